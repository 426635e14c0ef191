"""Events from hand-written EN/ES pages (issue 11, round 30): an attack told by the gerund of its toll after the scene
("stormed a rehab centre late on Friday, killing seven people"), and the UIF's sanction told by who it put on its list
("incluyó en la Lista de Personas Bloqueadas a ...")."""

from __future__ import annotations

from _event_helpers import event_dicts


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["date"]) for e in event_dicts(text, "2026-12-06")]


def test_extract_events_an_attack_told_by_its_toll_is_dated():
    text = ("Gunmen stormed a drug rehabilitation centre in Ciudad Obregón late on Friday, killing nine people, "
            "state police said.")
    assert ("attack", "2026-12-04") in _types(text)


def test_extract_events_the_killing_weeks_ago_is_no_count_of_victims():
    assert _types("Police have made no arrests in the killing two weeks ago of a local reporter.") == []


def test_extract_events_la_lista_de_personas_bloqueadas_es_una_sancion():
    text = ("La Unidad de Inteligencia Financiera informó que este jueves incluyó en la Lista de Personas Bloqueadas a "
            "Eleuterio Garza Montemayor y a cuatro empresas de Monterrey.")
    assert ("sanction", "2026-12-03") in _types(text)
    assert _types("El titular de la UIF agregó que en la Lista de Personas Bloqueadas hay más de 300 nombres.") == []


def test_extract_events_lo_supuesto_es_la_participacion_no_el_secuestro():
    text = ("Los detenidos habrían participado en el secuestro de un empresario ocurrido el 14 de noviembre en "
            "Atlixco, Puebla.")
    assert ("attack", "2026-11-14") in _types(text)
    assert _types("Un grupo armado habría atacado una patrulla en Atlixco.") == []
