"""Events, stop 41: who a transfer hands over and to whom; charges made public; a sanction told in a subjunctive clause."""

from __future__ import annotations

from _event_helpers import event_dicts


def _types(text: str, published: str = "2026-12-07") -> list[dict]:
    return event_dicts(text, published)


def test_migrants_handed_to_the_border_patrol_are_no_extradition():
    text = ("Deputies stopped a pickup truck on U.S. 83 near Zapata on Sunday and found 11 migrants in the bed. The migrants, "
            "from Honduras and El Salvador, were handed over to the U.S. Border Patrol, the sheriff's office said.")
    assert not [e for e in _types(text) if e["type"] == "extradition"]


def test_prisoners_handed_to_us_authorities_are_still_sent():
    text = "Mexico handed over 26 more cartel prisoners to U.S. authorities on Tuesday, the Attorney General's Office said."
    assert [e for e in _types(text) if e["type"] == "extradition"]


def test_one_detainee_handed_to_us_authorities_at_the_airport_is_sent():
    text = ("Jorge Luis Méndez Arriaga, alias el Güero, fue entregado a autoridades de Estados Unidos en el aeropuerto de "
            "Toluca, informó la Fiscalía General de la República. Es requerido por una corte de Arizona.")
    sent = [e for e in _types(text) if e["type"] == "extradition"]
    assert sent and "Jorge Luis Méndez Arriaga" in sent[0]["participants"], sent


def test_charges_unsealed_are_no_arrest():
    text = ("The Justice Department on Tuesday unsealed charges against Héctor Ruvalcaba Lima, an alleged fentanyl broker "
            "for the Jalisco cartel. Ruvalcaba Lima was arrested in Guadalajara in October, prosecutors said.")
    arrests = [e for e in _types(text) if e["type"] == "arrest"]
    assert [e["trigger"] for e in arrests] == ["arrested"], arrests


def test_a_sanction_in_a_despues_de_que_clause_is_an_event():
    text = ("El canciller se reunió este martes con el embajador de Estados Unidos en la Secretaría de Relaciones Exteriores. "
            "La reunión ocurrió un día después de que la OFAC sancionara a dos casas de cambio de Sinaloa.")
    assert [e for e in _types(text, "2026-12-09") if e["type"] == "sanction"]


def test_one_rescued_and_handed_to_us_authorities_at_the_bridge_is_not_sent():
    text = ("Una ciudadana estadounidense fue entregada a autoridades de Estados Unidos en el puente internacional tras "
            "ser rescatada por la Policía Estatal en Matamoros.")
    assert not [e for e in _types(text) if e["type"] == "extradition"]
