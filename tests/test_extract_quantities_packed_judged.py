"""Quantities, round 33: the packages a load was packed in (a headline before the seizure told), British "holdalls",
the people a court judges counted after a definite article, and goods listed after "y de" past an aside."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Record cocaine load at Laredo port was packed in 8,000 bricks\n\nCBP officers seized the cocaine on Thursday.",
         "en", "8,000 bricks"),
        ("La droga estaba repartida en 120 fardos\n\nLa Guardia Civil ha intervenido 3.000 kilos de cocaína en Vigo.", "es",
         "120 fardos"),
    ],
)
def test_quantity_packages_of_a_load_told_before_its_seizure_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_holdalls_of_drugs_found_are_seized():
    text = "Police seized 1.2 tonnes of cocaine. The drugs were found in 40 holdalls hidden in a refrigerated trailer."
    assert one(text, "en", "40 holdalls").kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("Condenados a 62 años los siete acusados del alijo de cocaína del pesquero.", "es", "siete acusados", 7.0),
        ("Los otros seis procesados han sido condenados a penas de entre 7 y 9 años.", "es", "otros seis procesados",
         6.0),
        ("The four defendants were sentenced on Friday at Cork Circuit Criminal Court.", "en", "four defendants", 4.0),
    ],
)
def test_quantity_people_a_court_judges_are_counted(text, lang, written, value):
    q = one(text, lang, written)
    assert (q.kind, q.value) == ("count", value)


def test_quantity_people_judged_after_their_arrest_are_not_counted_again():
    found = by_text("Two men were arrested in Cork. The two defendants were sentenced on Friday, and the three defendants "
                    "from Limerick were acquitted.", "en")
    assert "Two men" in found and "two defendants" not in found and found["three defendants"].kind == "count"


def test_quantity_goods_listed_after_y_de_past_an_aside_are_seized():
    text = ("Los investigadores se incautaron de 1,5 millones de euros en efectivo, ocultos en dobles fondos de muebles, y de "
            "seis coches de alta gama.")
    assert one(text, "es", "seis coches").kind == "seizure"
