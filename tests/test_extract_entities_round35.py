"""People, organizations and places of round 35: a US county's or sector's title the model tags as a person before
the name it titles ("Bexar County Sheriff Javier Salazar"), Spain's port and coast towns in Spanish regional papers
("detenidos en Sanlúcar de Barrameda y Marbella"), and Mexico's institutions written wholly in lower case by wire copy
("the federal attorney general's office", "Mexico's security ministry"). Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names
from _quote_helpers import quotes_of, said


def test_entities_round35_a_county_title_before_a_name_is_no_person(nlp_en):
    en = "SAN ANTONIO — Bexar County Sheriff Javier Salazar said deputies found the pills hidden in a spare tire."
    people = entity_names(nlp_en, en, "person")
    assert "Javier Salazar" in people
    assert not any("Sheriff" in p for p in people)
    en = "Hidalgo County Sheriff J.E. Guerra said the deputy was taken to a hospital in Edinburg."
    people = entity_names(nlp_en, en, "person")
    assert "J.E. Guerra" in people
    assert not any("Sheriff" in p for p in people)


def test_entities_round35_a_surname_that_is_a_title_keeps_its_person(nlp_es):
    es = "La secretaria de Gobernación, Luisa María Alcalde Luján, recibió a las madres buscadoras en Palacio Nacional."
    assert "Luisa María Alcalde Luján" in entity_names(nlp_es, es, "person")


def test_entities_round35_spanish_coast_towns_are_places(nlp_es):
    es = ("Han sido detenidas 12 personas en Algeciras, La Línea de la Concepción, Sanlúcar de Barrameda y Marbella, "
          "informó la Guardia Civil.")
    places = entity_names(nlp_es, es, "place")
    assert {"Algeciras", "La Línea de la Concepción", "Sanlúcar de Barrameda", "Marbella"} <= places
    assert not entity_names(nlp_es, es, "person")
    assert "La Línea" not in entity_names(nlp_es, es, "organization")


def test_entities_round35_a_mexican_body_in_lower_case(nlp_en):
    en = "Mexico extradited the man to Texas on Friday, the federal attorney general's office said in a statement."
    assert "Fiscalía General de la República" in entity_names(nlp_en, en, "organization")
    en = "Mexico's attorney general's office said the two suspects were flown to Houston."
    assert "Fiscalía General de la República" in entity_names(nlp_en, en, "organization")
    en = "Mexico’s security ministry said federal agents were sent to Culiacan after the attack."
    found = entity_mentions(nlp_en, en)
    ministry = [v for (t, name), v in found.items() if t == "organization" and name.startswith("Secretaría de Seguridad")]
    assert ministry == [["Mexico’s security ministry"]]  # the SSPC


def test_entities_round35_an_agency_field_office_keeps_its_agency(nlp_en):
    en = ("Pacillas said the pills came from Ciudad Juárez. FBI El Paso Special Agent in Charge Jeffrey Downey said the "
          "case was part of a wider probe.")
    assert "Federal Bureau of Investigation" in entity_names(nlp_en, en, "organization")
    assert "Jeffrey Downey" in entity_names(nlp_en, en, "person")
    en = "Agents of DEA San Diego arrested the two men at a stash house in Chula Vista."
    assert "Drug Enforcement Administration" in entity_names(nlp_en, en, "organization")


def test_entities_round35_a_state_prosecutor_in_lower_case(nlp_en):
    en = "A judge ordered the man to stand trial over the killing, the Sonora attorney general's office said."
    assert "Sonora attorney general's office" in entity_names(nlp_en, en, "organization")
    en = "The Jalisco state prosecutor's office said 12 bodies were found in a well near Tlaquepaque."
    assert "Jalisco state prosecutor's office" in entity_names(nlp_en, en, "organization")
    en = "Investigators said the cartel's prosecutor's office of sorts kept ledgers."
    assert not any("prosecutor" in o for o in entity_names(nlp_en, en, "organization"))


def test_entities_round35_mexican_forces_in_lower_case_once_mexico_is_set(nlp_en):
    en = ("Gunmen killed eight people at a party in Irapuato, Guanajuato. Mexico's army and the national guard "
          "deployed patrols, the country's attorney general's office said.")
    orgs = entity_names(nlp_en, en, "organization")
    assert {"Ejército Mexicano", "Guardia Nacional", "Fiscalía General de la República"} <= orgs
    en = "Texas sued the pharmacy chain on Monday, the attorney general's office said."
    assert "Fiscalía General de la República" not in entity_names(nlp_en, en, "organization")


def test_entities_round35_spanish_regional_police_are_bodies(nlp_es):
    es = ("Agentes de la Ertzaintza detuvieron en Irún a un hombre de nacionalidad mexicana buscado por la Audiencia "
          "Nacional por blanquear dinero de un cártel.")
    orgs = entity_names(nlp_es, es, "organization")
    assert {"Ertzaintza", "Audiencia Nacional"} <= orgs
    assert "Ertzaintza" not in entity_names(nlp_es, es, "place")


def test_entities_round35_a_nickname_in_single_quotes_between_commas(nlp_es):
    es = "La Fiscalía de Sinaloa detuvo a Valentín Rendón Cázarez, 'El Tino', en la sindicatura de Villa Juárez."
    found = entity_mentions(nlp_es, es)
    assert "El Tino" in found.get(("person", "Valentín Rendón Cázarez"), [])
    assert "El Tino" not in entity_names(nlp_es, es, "place")


def test_entities_round35_a_constable_and_state_prosecutors(nlp_en):
    en = "Precinct 1 Constable Jimmy Gandara said his deputies pulled two migrants from the canal."
    assert entity_names(nlp_en, en, "person") == {"Jimmy Gandara"}
    en = "Sinaloa state prosecutors said Wednesday they had arrested two men in Navolato."
    assert "Sinaloa state prosecutors" in entity_names(nlp_en, en, "organization")


def test_entities_round35_a_state_prosecutor_in_lower_case_speaks_as_a_body(nlp_en):
    en = ("The Tamaulipas prosecutor's office said in a news release that three suspects had been detained. The office "
          "said it was cooperating with U.S. consular officials.")
    quotes = quotes_of(nlp_en, en)
    assert said(quotes, "three suspects had been detained") == ("Tamaulipas prosecutor's office", True)
    assert said(quotes, "it was cooperating")[1] is True


def test_entities_round35_a_state_title_after_a_cartel_gives_the_speaker(nlp_en):
    en = ("Police arrested a man described as a boss of hitmen for the Arellano Felix cartel, Baja California Attorney "
          "General Maria Elena Andrade said.")
    assert "Maria Elena Andrade" in entity_names(nlp_en, en, "person")
    orgs = entity_names(nlp_en, en, "organization")
    assert "Cártel de Tijuana" in orgs
    assert not any("Andrade" in o for o in orgs)
