"""Packages of something that is no drug, the goods hidden in them, are cover; packages that hold the drug are seized."""

from __future__ import annotations

from _quantity_helpers import one


def test_sacks_of_maize_that_hid_the_drug_are_cover() -> None:
    text = "NACOC intercepted 1.2 tonnes of cannabis concealed in 40 sacks of maize at the Aflao border."
    assert one(text, "en", "1.2 tonnes of cannabis").kind == "seizure"
    assert one(text, "en", "40 sacks").kind == "count"


def test_sacks_of_fertilizer_in_spanish() -> None:
    text = "Aseguraron 200 kilos de cocaína ocultos en 300 costales de fertilizante."
    assert one(text, "es", "300 costales").kind == "count"


def test_sacks_that_held_the_drug_stay_seized() -> None:
    assert one("Officers found cocaine hidden in 40 sacks.", "en", "40 sacks").kind == "seizure"
