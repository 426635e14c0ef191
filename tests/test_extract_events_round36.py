"""Events from hand-written EN/ES pages (issue 11, round 36): "meet" with what must be met ("pressed Mexico to meet its
obligations") is no meeting; a crime's noun naming a group's trade ("the leader of a kidnapping ring", "una banda de
secuestradores") is no attack; a call told with its pair after its noun ("una llamada telefónica que ambos
funcionarios sostuvieron") is of the two named before; "el ataque armado" is violence; who stands in the words of the
crime an arrest is for ("por el ataque armado contra la Guardia Nacional", "in an ambush that killed four National
Guard officers") made no arrest."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(text: str, kind: str, published: str = "2026-12-10") -> list[dict]:
    return [e for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_meeting_an_obligation_is_no_meeting():
    assert _of("President Donald Trump on Monday urged Mexico to meet its commitments under the 1944 water treaty, "
               "threatening new tariffs.", "meeting") == []
    assert _of("Canada has until Friday to meet U.S. demands on border security, the White House said.", "meeting") == []
    # a meeting of people stays
    assert _of("Foreign Minister Juan Ramón de la Fuente will meet Secretary of State Marco Rubio on Thursday in "
               "Washington.", "meeting")


def test_extract_events_a_crime_naming_a_group_s_trade_is_no_attack():
    text = ("Federal agents on Monday arrested the suspected head of an extortion gang that operated in Toluca, the "
            "Attorney General's Office said.")
    assert _of(text, "attack") == [] and _of(text, "arrest")
    assert _of("Elementos de la Guardia Nacional detuvieron el domingo al presunto líder de una banda de secuestro que "
               "operaba en Cuernavaca.", "attack") == []
    # a kidnapping told as a deed stays
    assert _of("Gunmen kidnapped two engineers in Cuernavaca on Sunday, local authorities said.", "attack")


def test_extract_events_a_call_with_its_pair_after_its_noun_is_of_the_two_named_before():
    text = ("La secretaria de Energía, Luz Elena González, informó que acordó con el secretario de Energía de Estados "
            "Unidos, Chris Wright, crear un grupo de trabajo.\n\n"
            "En una llamada telefónica que ambos funcionarios sostuvieron el lunes, revisaron el suministro de gas.")
    calls = _of(text, "call")
    assert calls and set(calls[0]["participants"]) >= {"Luz Elena González", "Chris Wright"}


def test_extract_events_an_armed_attack_on_a_force_told_for_an_arrest_is_an_attack_with_its_own_sides():
    text = ("Irapuato, Guanajuato.- La Fiscalía General del Estado detuvo este martes a dos hombres por el ataque armado "
            "contra elementos de la Policía Estatal ocurrido el domingo.")
    attacks, arrests = _of(text, "attack"), _of(text, "arrest")
    assert attacks and arrests
    assert all("Policía Estatal" not in a["participants"] and a["organizer"] != "Policía Estatal" for a in arrests)


def test_extract_events_the_sides_of_the_crime_an_arrest_is_for_made_no_arrest():
    text = ("Prosecutors said they had arrested a man suspected of taking part in an ambush that killed three "
            "National Guard officers in Michoacán.\n\n"
            "The suspect was detained Tuesday in the town of Apatzingán.")
    arrests = _of(text, "arrest")
    assert arrests and all("Guardia Nacional" not in a["participants"] for a in arrests)
    headline = ("Police arrest man in killing of two Border Patrol agents near Yuma\n\n"
                "The man was taken into custody Tuesday, the sheriff's office said.")
    assert all("U.S. Border Patrol" not in a["participants"] for a in _of(headline, "arrest"))
    # the other side of a clash an arrest is made in made it
    clash = "Two suspects were arrested in a shootout with Mexican Army soldiers in Culiacán on Tuesday."
    assert any("Ejército Mexicano" in a["participants"] for a in _of(clash, "arrest"))


def test_extract_events_a_crime_the_held_are_linked_to_told_as_having_taken_place_is_an_attack_of_its_own():
    text = ("Salamanca, Guanajuato.- Agentes de la Fiscalía General del Estado detuvieron el martes a dos hombres "
            "presuntamente relacionados con el ataque armado contra elementos de la Policía Estatal ocurrido el pasado "
            "domingo en la colonia Bellavista.")
    attacks, arrests = _of(text, "attack"), _of(text, "arrest")
    assert [a["date"] for a in attacks] == ["2026-12-06"]
    assert arrests and all("Policía Estatal" not in a["participants"] for a in arrests)
    # crimes someone is linked to, told as a record, stay none
    assert _of("Detuvieron en Tlaquepaque a cinco operadores vinculados a secuestros y homicidios.", "attack") == []


def test_extract_events_the_arrest_told_again_takes_no_force_from_the_attack_the_held_are_linked_to():
    text = ("Salamanca, Guanajuato.- Agentes de la Fiscalía General del Estado detuvieron a dos hombres presuntamente "
            "relacionados con el ataque armado contra elementos de la Guardia Nacional ocurrido el pasado domingo en la "
            "colonia Bellavista.\n\n"
            "En la agresión murió un guardia nacional. Los detenidos fueron capturados la madrugada de este martes "
            "durante un cateo.")
    arrests = _of(text, "arrest", "2026-12-09")
    assert arrests and all("Guardia Nacional" not in a["participants"] for a in arrests)
