"""Quantities, stop 43: pesos are the pesos of the country the text tells of."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("lang", "text", "written", "currency"),
    [
        ("es", "BOGOTÁ.- La Policía Nacional de Colombia decomisó en Cúcuta un cargamento avaluado en 8.000 millones de pesos.",
         "8.000 millones de pesos", "COP"),
        ("es", "La Gendarmería Nacional secuestró en Jujuy 12 millones de pesos en efectivo.", "12 millones de pesos", "ARS"),
        ("es", "Carabineros incautó en Antofagasta droga avaluada en 900 millones de pesos chilenos.",
         "900 millones de pesos chilenos", "CLP"),
        ("es", "En Medellín, la Fiscalía General de la Nación ocupó bienes avaluados en $3.000 millones.", "$3.000 millones",
         "COP"),
        ("en", "Colombian police in Cali seized 400 million pesos in cash from the gang.", "400 million pesos", "COP"),
        # a Mexican text that names Colombia once keeps Mexican pesos; the dollar of a Mexican text stays one
        ("es", "En Culiacán, Sinaloa, la Semar aseguró 2 millones de pesos y cocaína traída de Colombia.",
         "2 millones de pesos", "MXN"),
        ("es", "La Guardia Nacional aseguró en Tijuana $500 mil en efectivo.", "$500 mil", "USD"),
    ],
)
def test_quantity_pesos_are_those_of_the_country_the_text_tells_of(lang, text, written, currency):
    assert one(text, lang, written).unit == currency


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("La Gendarmería Nacional secuestró 40 kilos de marihuana en un control de ruta en Jujuy, Argentina.",
         "40 kilos de marihuana", "seizure"),
        ("En Asunción, la Senad secuestró 300 kilos de cocaína ocultos en un camión.", "300 kilos de cocaína", "seizure"),
        # in a Mexican text "secuestrar" is to kidnap: the ransom is no seizure
        ("En Culiacán, Sinaloa, un grupo armado secuestró a un empresario y pidió 5 millones de pesos.",
         "5 millones de pesos", "money"),
    ],
)
def test_quantity_goods_an_argentine_or_paraguayan_force_secuestra_are_seized(text, written, kind):
    assert one(text, "es", written).kind == kind


def test_quantity_pesos_of_a_philippine_text_are_philippine():
    text = "MANILA — The Philippine Drug Enforcement Agency seized shabu worth 68 million pesos in a raid in Quezon City."
    assert one(text, "en", "68 million pesos").unit == "PHP"
    assert one("PDEA agents seized ₱3.4 million worth of shabu in Cebu.", "en", "₱3.4 million").unit == "PHP"
