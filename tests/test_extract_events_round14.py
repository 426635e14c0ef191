"""Events from hand-written EN/ES pages (issue 11, round 14): the day a wire was told, events the story tells against
("comes amid"), a speaker's pronoun, negated headlines, a group's trade, labs put out of use, warrants carried out,
counts of a year's events."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned,
             "place": names.get(e.place), "organizer": names.get(e.organizer),
             "participants": sorted(names[p] for p in e.participants)} for e in ex.events]


def test_extract_events_a_wire_told_on_a_day_does_not_date_the_seizure_by_its_dateline():
    # the day is the navy's telling; the dateline's day is no day of the seizure either
    page = ("Navy seizes cocaine from narco sub\n\nLIMA, Nov 18 (Reuters) - Peru's navy seized more than 2 tonnes of "
            "cocaine from a semi-submersible vessel off the northern coast, the navy said on Wednesday.\n")
    seizures = [e for e in _events(page, "2026-11-18") if e["type"] == "seizure" and e["trigger"] == "seized"]
    assert [e["date"] for e in seizures] == [None]


@pytest.mark.parametrize("text", [
    "Sin detenidos tras el ataque a la comandancia de Zamora.",
    "El operativo en Apatzingán concluyó sin detenidos.",
])
def test_extract_events_sin_before_the_trigger_negates_it(text):
    assert [e["type"] for e in _events(text, "2026-11-18") if e["type"] == "arrest"] == []


@pytest.mark.parametrize("text", [
    "La FGR informó que los dos hombres integraban una célula dedicada al secuestro de comerciantes.",
    "Según la fiscalía, los detenidos se dedicaban a la extorsión y al secuestro en la región.",
    "Prosecutors said the cell was dedicated to kidnapping migrants.",
])
def test_extract_events_a_group_dedicated_to_a_crime_tells_no_attack(text):
    assert [e["type"] for e in _events(text, "2026-11-18") if e["type"] == "attack"] == []


def test_extract_events_a_lab_put_out_of_use_is_a_seizure_and_dates_what_follows():
    events = _events("La Defensa informa que ayer, en el municipio de Tamazula, Durango, personal militar localizó e "
                     "inhabilitó un laboratorio clandestino. En el lugar se aseguraron 300 kilos de metanfetamina.",
                     "2026-11-18")
    assert [(e["type"], e["trigger"], e["date"]) for e in events] == [
        ("seizure", "inhabilitó", "2026-11-17"), ("seizure", "aseguraron", "2026-11-17")]
    # an official barred from office is none
    assert _events("La Función Pública inhabilitó por diez años al exdirector del penal.", "2026-11-18") == []


@pytest.mark.parametrize("text, trigger", [
    ("La FGR informa que el 17 de noviembre cumplimentó órdenes de aprehensión en contra de dos presuntos "
     "integrantes de una banda.", "cumplimentó"),
    ("Deputies served an arrest warrant on the suspect on November 17.", "served"),
])
def test_extract_events_a_warrant_carried_out_is_an_arrest(text, trigger):
    assert [(e["type"], e["trigger"], e["date"]) for e in _events(text, "2026-11-18")] == [
        ("arrest", trigger, "2026-11-17")]


def test_extract_events_a_warrant_alone_is_no_arrest():
    assert _events("Tenía una orden de aprehensión vigente desde 2023.", "2026-11-18") == []


@pytest.mark.parametrize("text", [
    "The navy has reported at least a dozen such seizures this year.",
    "La Marina reportó al menos una docena de decomisos similares este año.",
])
def test_extract_events_a_count_of_the_years_events_is_no_event(text):
    assert _events(text, "2026-11-18") == []


def test_extract_events_what_an_arrest_comes_amid_is_no_party_to_it():
    events = _events("Soldiers arrested two men on Friday in Reynosa. The arrest comes amid weeks of clashes between "
                     "factions of the Gulf Cartel.", "2026-11-21")
    assert [(e["type"], e["date"], e["participants"]) for e in events] == [
        ("arrest", "2026-11-20", []), ("arrest", "2026-11-20", [])]


def test_extract_events_a_date_of_the_background_is_no_date_of_the_event():
    events = _events("Mexico extradited Juan Carlos Pérez Ruiz to the United States. His extradition comes amid a "
                     "surge of handovers, including 26 prisoners sent in a single flight in August.", "2026-11-21")
    assert [e["date"] for e in events if e["type"] == "extradition"] == [None, None]
    events = _events("La detención de Ramón Ortiz Salas ocurre en medio de la disputa que desde septiembre de 2024 "
                     "enfrenta a Los Chapitos y La Mayiza.", "2026-11-21")
    assert [(e["type"], e["date"], e["participants"]) for e in events] == [("arrest", None, ["Ramón Ortiz Salas"])]


def test_extract_events_the_pronoun_that_told_it_is_no_party_to_it():
    events = _events("Security Secretary Omar García Harfuch announced the operation. Six other people were detained "
                     "in the raid, and troops seized five rifles, he said.", "2026-11-21")
    assert [(e["type"], e["participants"]) for e in events if e["trigger"] in {"detained", "seized"}] == [
        ("seizure", []), ("arrest", [])]


@pytest.mark.parametrize("text, trigger", [
    ("A man prosecutors call a plaza boss pleaded not guilty Friday to trafficking charges, a day after Mexico "
     "extradited him to the United States.", "extradited"),
    ("Juan Pérez Ruiz compareció este viernes ante un juez federal, un día después de ser extraditado desde México.",
     "extraditado"),
])
def test_extract_events_a_day_after_counts_from_the_day_of_the_main_clause(text, trigger):
    # the sentence tells no event of ours (a plea, an appearance): the day it names is the one counted from
    events = _events(text, "2026-12-05")
    assert [(e["type"], e["trigger"], e["date"]) for e in events] == [("extradition", trigger, "2026-12-03")]


@pytest.mark.parametrize("text", [
    "La reunión fue acordada durante la llamada que sostuvieron el martes la presidenta Claudia Sheinbaum y el "
    "presidente Donald Trump.",
    "The meeting was agreed during the call that Claudia Sheinbaum and Donald Trump held on Tuesday.",
])
def test_extract_events_a_clause_on_the_event_dates_it_though_its_verb_can_tell(text):
    # "sostener" also means "to claim": here it holds the call, and its day is the call's
    calls = [e for e in _events(text, "2026-12-02") if e["type"] == "call"]
    assert [e["date"] for e in calls] == ["2026-12-01"]


@pytest.mark.parametrize("text", [
    "The Deputy Secretary welcomed Mexico's recent extraditions and transfers of cartel leaders.",
    "El subsecretario agradeció las recientes extradiciones de líderes criminales.",
])
def test_extract_events_recent_events_of_a_kind_are_no_event(text):
    assert _events(text, "2026-12-04") == []


def test_extract_events_a_headline_present_meets_and_a_visit_told_as_background():
    page = ("Harfuch meets FBI chief in Washington as Ronald Johnson visits Baja California\n\nDecember 3, 2026\n\n"
            "Security Secretary Omar García Harfuch met with FBI Director Kash Patel in Washington on Wednesday.\n\n"
            "U.S. Ambassador Ronald Johnson met Baja California Governor Marina del Pilar Ávila in Mexicali.\n")
    events = _events(page, "2026-12-03")
    assert next(e["trigger"] for e in events if e["type"] == "meeting") == "meets FBI"
    # not Harfuch's visit, nor in Washington
    assert [(e["participants"], e["place"]) for e in events if e["type"] == "visit"] == [
        (["Ronald Johnson"], "Baja California")]


def test_extract_events_the_one_who_speaks_next_is_not_the_one_extradited():
    page = ("Businessman extradited\n\nDecember 2, 2026\n\nA Tijuana businessman was extradited to the United States on "
            "Tuesday.\n\nMaria Cortez Lugo, a lawyer for the family, said the case was weak.\n")
    events = _events(page, "2026-12-02")
    assert [e["participants"] for e in events if e["date"] == "2026-12-01"] == [[], []]  # the headline and the lead


def test_extract_events_a_prisoner_handed_to_us_authorities_is_extradited():
    events = _events("Juan Pérez Ruiz was flown from Tijuana and handed to U.S. authorities on Thursday.", "2026-12-05")
    assert [(e["type"], e["date"], e["participants"][:1]) for e in events] == [
        ("extradition", "2026-12-03", ["Juan Pérez Ruiz"])]


@pytest.mark.parametrize("text", [
    "Ramón Quiñones Lara was arrested on Nov. 30 in Phoenix. After his arrest, U.S. Marshals transported Quiñones to "
    "the federal courthouse.",
    "Ramón Quiñones Lara fue detenido el 30 de noviembre en Culiacán. Tras su captura, elementos de la Guardia Nacional "
    "trasladaron a Quiñones al penal del Altiplano.",
])
def test_extract_events_who_acted_after_an_arrest_took_no_part_in_it(text):
    events = _events(text, "2026-12-02")
    assert not any(set(e["participants"]) & {"U.S. Marshals", "Guardia Nacional"} for e in events)


@pytest.mark.parametrize("text", [
    "La defensa de Audias Flores Silva presentó un nuevo amparo contra su extradición a Estados Unidos.",
    "La extradición de Audias Flores Silva se complica.",
    "Audias Flores Silva is fighting extradition to the United States.",
])
def test_extract_events_an_extradition_still_fought_is_none(text):
    assert _events(text, "2026-12-04") == []


def test_extract_events_a_week_after_counts_from_the_meeting_told_with_its_day():
    page = ("Sheinbaum meets Landau\n\nDecember 3, 2026\n\nMexican President Claudia Sheinbaum met with U.S. Deputy "
            "Secretary of State Christopher Landau at the National Palace on Thursday.\n\nLandau later met Foreign "
            "Secretary Juan Ramón de la Fuente.\n\nThe meeting comes a week after Sheinbaum spoke by phone with President "
            "Donald Trump.\n")
    assert [e["date"] for e in _events(page, "2026-12-03") if e["type"] == "call"] == ["2026-11-26"]


def test_extract_events_a_president_receives_an_undersecretary():
    events = _events("La presidenta Claudia Sheinbaum recibió ayer en Palacio Nacional al subsecretario de Estado, "
                     "Christopher Landau.", "2026-12-04")
    assert [(e["type"], e["date"], e["participants"]) for e in events] == [
        ("meeting", "2026-12-03", ["Christopher Landau", "Claudia Sheinbaum"])]


def test_extract_events_an_arrest_announced_today_takes_the_day_told_next():
    page = ("Cartel associate arrested\n\nDecember 2, 2026\n\nPHOENIX – The Drug Enforcement Administration announced "
            "today the arrest of Ramón Esteban Quiñones Lara on fentanyl charges.\n\nQuiñones was arrested on Nov. 30 in "
            "Phoenix by DEA agents.\n")
    dated = [e["date"] for e in _events(page, "2026-12-02") if e["type"] == "arrest" and e["date"]]
    assert dated == ["2026-11-30", "2026-11-30"]


def test_extract_events_an_arrest_after_a_dated_clash_of_its_sentence_takes_its_day():
    events = _events("Mexican soldiers arrested two men after a shootout Friday in the outskirts of Reynosa.",
                     "2026-12-05")
    assert [(e["type"], e["date"]) for e in events] == [("arrest", "2026-12-04"), ("attack", "2026-12-04")]
