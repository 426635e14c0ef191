"""Quantities, round 34: a headline's goods that the body tells again as a seizure are that seizure, cash a raid "led to the
recovery of" is seized, and goods told by their look before a test names them ("slabs of a whitish substance") are goods
seized."""

from __future__ import annotations

from _quantity_helpers import one

from pesquisa.extract.quantities import extract_quantities


def kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in extract_quantities(text, lang=lang)]


def test_quantity_a_headline_copy_of_goods_the_body_seized_is_the_seizure():
    text = ("Condenados los tripulantes de una narcolancha con 1.800 kilos de hachís\n\nLa Audiencia ha condenado a los "
            "tripulantes de una narcolancha interceptada frente a Barbate con 1.800 kilos de hachís.")
    assert kinds(text, "es") == [("1.800 kilos de hachís", "seizure")] * 2


def test_quantity_a_headline_copy_of_other_goods_keeps_its_own_kind():
    text = "Trucker hauled 200 pounds of meth, court hears\n\nOfficers seized 200 pounds of cocaine at the port."
    assert kinds(text, "en")[0] == ("200 pounds of meth", "count")


def test_quantity_goods_told_by_their_look_are_seized():
    text = "A scan of their luggage revealed 18 slabs of a whitish substance hidden in two suitcases."
    assert one(text, "en", "18 slabs of a whitish substance").kind == "seizure"


def test_quantity_cash_a_raid_led_to_the_recovery_of_is_seized():
    text = "A raid at a godown in Mundra led to the recovery of 9 kg of heroin and Rs 40 lakh in cash, he said."
    assert one(text, "en", "Rs 40 lakh").kind == "seizure"
