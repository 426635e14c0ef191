"""A sum that ends a list of goods a seizure verb opens is seized; a sum the goods are worth is money."""

from __future__ import annotations

from _quantity_helpers import one


def test_a_headline_sum_after_the_goods_is_seized() -> None:
    q = one("NCB busts drug network, seizes 88 kg ganja, Rs 12 lakh", "en", "Rs 12 lakh")
    assert (q.kind, q.value) == ("seizure", 1200000.0)


def test_a_sum_in_spanish_after_the_goods_is_seized() -> None:
    text = "La Guardia Nacional aseguró 40 kilos de cocaína y 2 millones de pesos en Sonora."
    assert one(text, "es", "2 millones de pesos").kind == "seizure"


def test_the_worth_of_the_goods_stays_money() -> None:
    text = "Police seized 40 kg of cocaine worth Rs 12 lakh in Jammu."
    assert one(text, "en", "Rs 12 lakh").kind == "money"
