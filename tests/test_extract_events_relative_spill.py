"""Events, stop 41: a deed told in a relative clause of an attack's noun is that attack; a negated spill-over of
violence is no event."""

from __future__ import annotations

from _event_helpers import event_dicts


def _attacks(text: str) -> list[dict]:
    return [e for e in event_dicts(text, "2026-12-07") if e["type"] == "attack"]


def test_a_shootout_that_killed_soldiers_is_one_attack():
    text = ("Federal agents said at least six of the rifles were recovered by Mexican troops after a shootout in Tecpan, "
            "Guerrero, that killed three soldiers.")
    assert [e["trigger"] for e in _attacks(text)] == ["shootout"], _attacks(text)


def test_un_enfrentamiento_que_mato_a_soldados_es_un_ataque():
    text = "Un hombre fue detenido tras un enfrentamiento en Apatzingán, Michoacán, que mató a dos soldados."
    assert len(_attacks(text)) == 1, _attacks(text)


def test_a_later_killing_of_its_own_is_still_an_attack():
    text = ("Gunmen ambushed a patrol in Tecpan on Saturday. On Sunday, gunmen killed a municipal police officer in "
            "Iguala.")
    assert len(_attacks(text)) == 2, _attacks(text)


def test_violence_that_has_not_crossed_is_no_attack():
    text = ("A wave of shootings in Piedras Negras has not crossed into Eagle Pass, Eagle Pass Police Chief Daniel "
            "Ramos said Tuesday.")
    assert not _attacks(text), _attacks(text)


def test_violence_that_spread_is_an_attack():
    text = "The shootings in Piedras Negras spread into Eagle Pass on Monday, police said."
    assert _attacks(text)
