"""Quantities, round 33: British pounds told in words as a value, Indian papers' goods right after the unit and their
"recover", a spelled size before the noun ("52 one-kilo blocks"), narcolancha jerrycans sized in litres, and a bare
"ton" read by the body the text named last."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Police seized cocaine worth an estimated 4 million pounds ($5 million) after raiding a storage unit.",
         "4 million pounds", 4_000_000.0),
        ("The haul was valued at 250,000 pounds by detectives.", "250,000 pounds", 250_000.0),
    ],
)
def test_quantity_british_pounds_told_as_a_value_are_money(text, written, value):
    q = one(text, "en", written)
    assert (q.unit, q.value, q.kind) == ("GBP", value, "money")


def test_quantity_pounds_of_goods_stay_a_weight_beside_pounds_sterling():
    found = by_text("Officers seized 4,000 pounds of marijuana ($6 million) and cash worth 90,000 pounds ($113,000).", "en")
    assert (found["4,000 pounds of marijuana"].unit, found["90,000 pounds"].unit) == ("kg", "GBP")


@pytest.mark.parametrize(
    ("text", "written", "item"),
    [
        ("Punjab Police recover 6 kg heroin, two Glock pistols dropped by drone in Attari", "6 kg", "heroin"),
        ("The Excise department seized 120 kg ganja from a lorry on Saturday.", "120 kg", "cannabis"),
    ],
)
def test_quantity_goods_right_after_the_unit_are_seized(text, written, item):
    q = one(text, "en", written)
    assert (q.item, q.kind) == (item, "seizure")


def test_quantity_a_spelled_size_before_the_noun_is_no_count_of_its_own():
    q = one("Police in Liverpool have seized 52 one-kilo blocks of cocaine.", "en", "52 one-kilo blocks of cocaine")
    assert (q.value, q.kind) == (52.0, "seizure")


def test_quantity_the_size_of_narcolancha_jerrycans_is_no_fuel_seized():
    found = by_text("La Guardia Civil localizó 1.500 kilos de hachís y 80 petacas de gasolina de 25 litros.", "es")
    assert (found["80 petacas de gasolina"].kind, found["25 litros"].kind) == ("seizure", "count")


def test_quantity_a_bare_ton_reads_by_the_body_named_last():
    text = ("CBP officers seized nearly 3 tons of meth at Laredo. The truck was hauling 18 tons of produce. On Monday "
            "Mexico's Navy seized 3 tons of cocaine off Manzanillo. The boat carried another 2 tons of fuel.")
    found = by_text(text, "en")
    assert found["18 tons of produce"].value == pytest.approx(18 * 907.18474)
    assert found["another 2 tons of fuel"].value == pytest.approx(2000.0)
