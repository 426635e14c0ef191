"""Events from hand-written EN/ES pages (issue 11, round 24): a day that hangs from the trigger's own verb beside a day
of another verb of the sentence ("appeared in court today after he was extradited on Monday"), and the man a release
names in the sentence after his extradition when the parser finds no verb there."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-03") -> list[dict]:
    return event_dicts(text, published)


@pytest.mark.parametrize("text", [
    "A Juárez man pleaded not guilty in federal court today after he was extradited from Mexico on Monday, prosecutors said.",
    "El acusado compareció hoy ante un juez federal en Texas, luego de que fue extraditado por México el lunes.",
])
def test_extract_events_the_day_of_the_trigger_verb_not_of_the_court_appearance(text):
    (extradition,) = [e for e in _events(text) if e["type"] == "extradition"]
    assert extradition["date"] == "2026-11-30"


@pytest.mark.parametrize(("text", "name"), [
    ("A reputed CJNG plaza boss was extradited to Houston on Monday.\n\nAccording to the complaint, Jorge Armando Lugo "
     "Pérez, 38, supervised cocaine loads through Laredo between 2020 and 2023.", "Jorge Armando Lugo Pérez"),
    ("Un presunto operador del Cártel del Golfo fue extraditado a Texas el lunes.\n\nSegún la acusación, Ramiro Elizondo "
     "Garza, de 45 años, coordinaba envíos de cocaína por Reynosa.", "Ramiro Elizondo Garza"),
])
def test_extract_events_the_man_named_after_an_unnamed_extradition_is_its_participant(text, name):
    (extradition,) = [e for e in _events(text) if e["type"] == "extradition"]
    assert name in extradition["participants"] and extradition["date"] == "2026-11-30"


@pytest.mark.parametrize("text", [
    "Manzanillo, Colima, 2 de diciembre de 2026.- La Secretaría de Marina informa que personal naval aseguró 400 kilos "
    "de cocaína en un contenedor procedente de Ecuador.",
    "LAREDO, Texas, Dec. 2, 2026 — U.S. Customs and Border Protection announced that officers seized 90 pounds of "
    "methamphetamine hidden in a pickup truck.",
])
def test_extract_events_a_release_telling_its_seizure_takes_its_dateline_day(text):
    (seizure,) = [e for e in _events(text, "2026-12-02") if e["type"] == "seizure"]
    assert seizure["date"] == "2026-12-02"


@pytest.mark.parametrize(("text", "day"), [
    ("Mexico on Friday sent 12 alleged cartel members to the United States, officials said.\n\nThe transfer came two "
     "days after Sheinbaum spoke by phone with Donald Trump.", "2026-12-02"),
    ("Soldados aseguraron el viernes 300 kilos de fentanilo en Culiacán.\n\nEl decomiso ocurrió un día después de que la "
     "presidenta Claudia Sheinbaum conversara por teléfono con Donald Trump.", "2026-12-03"),
])
def test_extract_events_an_earlier_call_counted_from_the_operation_named_again(text, day):
    events = _events(text, "2026-12-05")
    (call,) = [e for e in events if e["type"] == "call"]
    assert call["date"] == day
    # the one who spoke is the call's, not the transfer's or the seizure's
    assert all("Sheinbaum" not in " ".join(e["participants"]) for e in events if e["type"] != "call")


def test_extract_events_a_meeting_of_teams_agreed_on_is_a_meeting():
    text = "Trump and Sheinbaum agreed to have their security teams meet in Washington next week."
    (meeting,) = [e for e in _events(text, "2026-12-02") if e["type"] == "meeting"]
    assert meeting["planned"] and meeting["place"] == "Washington"


@pytest.mark.parametrize(("text", "published", "wrong"), [
    ("León, Gto., 4 de diciembre de 2026.- Agentes de la Policía de Investigación detuvieron a Marco Antonio Lira Vega "
     "por su probable participación en el homicidio de un comerciante ocurrido en septiembre en Irapuato.",
     "2026-12-04", "2026-09"),
    ("EL PASO, Texas – Federal agents arrested Daniel Ortega Ruiz in connection with the killing of two men in "
     "September in Ciudad Juárez, prosecutors said.", "2026-12-04", "2026-09"),
])
def test_extract_events_the_day_of_the_crime_an_arrest_is_for_is_not_the_arrests(text, published, wrong):
    (arrest,) = [e for e in _events(text, published) if e["type"] == "arrest"]
    assert arrest["date"] != wrong
    assert arrest["date"] in {None, published}


@pytest.mark.parametrize(("text", "forces"), [
    ("Tres presuntos delincuentes murieron ayer en un enfrentamiento con elementos de la Guardia Nacional en el "
     "municipio de Zitácuaro.\n\nTras el enfrentamiento, se aseguraron cuatro armas largas y una camioneta.",
     "Guardia Nacional"),
    ("Three suspected gunmen were killed Sunday in a shootout with the Mexican Army in the town of Guachochi.\n\nAfter "
     "the clash, four rifles and a truck were seized at the scene.", "Ejército Mexicano"),
])
def test_extract_events_a_seizure_naming_no_one_after_a_clash_is_of_its_forces(text, forces):
    (seizure,) = [e for e in _events(text, "2026-12-07") if e["type"] == "seizure"]
    assert seizure["participants"] == [forces] and seizure["date"] == "2026-12-06"



def test_extract_events_a_crime_day_in_the_arrests_paragraph_does_not_date_it_es():
    text = ("Toluca, Estado de México, 6 de diciembre de 2026.- La Fiscalía General de Justicia del Estado de México "
            "informa que agentes de investigación cumplimentaron una orden de aprehensión contra Kevin Ulises Reyna "
            "Patiño, por su probable responsabilidad en el delito de extorsión cometido el 3 de abril en Naucalpan.")
    (arrest,) = [e for e in _events(text, "2026-12-06") if e["type"] == "arrest"]
    assert arrest["date"] == "2026-12-06"


@pytest.mark.parametrize(("text", "forces"), [
    ("U.S. Customs and Border Protection officers at the Lukeville crossing seized 60 pounds of cocaine from a pickup "
     "truck, the agency said Friday.\n\nThe seizure happened Wednesday, when a drug-sniffing dog alerted to the truck. The "
     "driver, a 30-year-old Mexican man, was arrested and turned over to Homeland Security Investigations.",
     "U.S. Customs and Border Protection"),
    ("Elementos de la Guardia Nacional aseguraron 40 kilos de cocaína en un tractocamión en la caseta de Sayula, informó "
     "la dependencia este viernes.\n\nEl aseguramiento ocurrió el miércoles. El conductor fue detenido y puesto a "
     "disposición del Ministerio Público de la Federación.", "Guardia Nacional"),
])
def test_extract_events_an_arrest_dated_with_the_seizure_just_told_is_of_its_forces(text, forces):
    (arrest,) = [e for e in _events(text, "2026-12-05") if e["type"] == "arrest"]
    assert arrest["participants"] == [forces] and arrest["date"] == "2026-12-02"


@pytest.mark.parametrize("text", [
    "FGR-845/26\n\nCiudad de México, a 3 de diciembre de 2026\n\nFGR obtiene prisión preventiva contra dos detenidos en "
    "Sonora\n\nLa Fiscalía General de la República (FGR) informa que agentes de la Agencia de Investigación Criminal "
    "detuvieron a Luis Alberto Quiroz Meza y a Ramón Ochoa Bernal, en posesión de cinco kilos de metanfetamina, en el "
    "municipio de Navojoa.",
    "BROWNSVILLE, Texas – Border Patrol agents arrested two Mexican nationals who were transporting 30 pounds of cocaine "
    "near the Rio Grande, according to a news release.",
])
def test_extract_events_an_arrest_of_a_release_naming_no_day_is_of_its_day(text):
    arrests = [e for e in _events(text, "2026-12-03") if e["type"] == "arrest"]
    assert arrests and all(e["date"] == "2026-12-03" for e in arrests)


def test_extract_events_a_release_naming_a_month_gives_no_day_to_its_arrest():
    text = ("La Fiscalía General de la República informa que agentes federales detuvieron a Luis Alberto Quiroz Meza, "
            "requerido por un juez desde marzo de 2024, en el municipio de Navojoa.")
    (arrest,) = [e for e in _events(text, "2026-12-03") if e["type"] == "arrest"]
    assert arrest["date"] is None


@pytest.mark.parametrize("text", [
    "El canciller Juan Ramón de la Fuente se reunió este viernes con el embajador Ronald Johnson en la Ciudad de México."
    "\n\nDe acuerdo con la cancillería, en el encuentro ambos revisaron la agenda bilateral. Al término de la reunión, "
    "acordaron verse de nuevo en enero.\n\nUn día antes, De la Fuente sostuvo una llamada con el secretario de Estado, "
    "Marco Rubio.",
    "Foreign Secretary Juan Ramón de la Fuente met with Ambassador Ronald Johnson on Friday in Mexico City.\n\nAccording "
    "to the ministry, at the meeting the two reviewed the bilateral agenda. At the end of the meeting, they agreed to "
    "meet again in January.\n\nThe day before, de la Fuente held a phone call with Secretary of State Marco Rubio.",
])
def test_extract_events_the_day_before_counts_past_sentences_on_the_same_meeting(text):
    (call,) = [e for e in _events(text, "2026-12-05") if e["type"] == "call"]
    assert call["date"] == "2026-12-03"


@pytest.mark.parametrize("text", [
    "The U.S. Treasury Department on Thursday imposed sanctions on eight people it said laundered money for the Sinaloa "
    "Cartel.\n\nThe action comes a week after Mexican authorities arrested two alleged members of the network in Culiacán.",
    "El Departamento del Tesoro sancionó el jueves a ocho personas por lavar dinero para el Cártel de Sinaloa.\n\nLa "
    "medida se da una semana después de que autoridades mexicanas detuvieron a dos presuntos integrantes de la red en "
    "Culiacán.",
])
def test_extract_events_an_arrest_counted_from_the_sanction_named_as_the_action(text):
    (arrest,) = [e for e in _events(text, "2026-12-04") if e["type"] == "arrest"]
    assert arrest["date"] == "2026-11-26"
