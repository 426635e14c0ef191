"""Events from hand-written EN/ES pages (issue 11, round 34): a homicide told as a life taken ("fue privado de la
vida", "Privan de la vida a") is an attack; a bare year that qualifies a crime's noun ("arrest in 2023 slaying", "el
homicidio de 2022") dates the crime, not the arrest told beside it; victims counted up to now ("suman 14 personas
asesinadas") are no attack; a warrant served with its day told between ("cumplimentaron el pasado 4 de diciembre una
orden") is an arrest."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(text: str, kind: str, published: str = "2026-12-10") -> list[dict]:
    return [e for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_a_life_taken_is_an_attack_of_its_day():
    text = ("Un taxista fue privado de la vida la tarde de este martes en la colonia Obrera de Chihuahua, informó la "
            "Fiscalía del Estado.")
    assert [e["date"] for e in _of(text, "attack")] == ["2026-12-08"]
    headline = "Privan de la vida a dos hermanos en un rancho de Zitácuaro\n\nLos cuerpos fueron hallados por familiares."
    assert _of(headline, "attack")
    assert not _of("Fue vinculado a proceso por el delito de privación de la vida en grado de tentativa.", "attack")


def test_extract_events_a_year_of_the_crime_noun_dates_no_arrest():
    english = ("Deputies arrest woman in 2023 slaying of Tucson grocer\n\n"
               "Pima County Sheriff's Office deputies arrested a 41-year-old woman on Thursday, the agency said.")
    arrests = _of(english, "arrest")
    assert arrests and "2023" not in [e["date"] for e in arrests]
    assert "2026-12-10" in [e["date"] for e in arrests]
    spanish = ("Capturan a señalado por el homicidio de 2022 de un regidor en Uruapan\n\n"
               "Agentes de la Fiscalía General del Estado lo detuvieron este jueves en Morelia.")
    arrests = _of(spanish, "arrest")
    assert arrests and "2022" not in [e["date"] for e in arrests]


def test_extract_events_victims_counted_up_to_now_are_no_attack():
    text = ("Un comerciante fue asesinado la noche del martes en Irapuato. Con este homicidio suman 14 personas "
            "asesinadas en el municipio durante diciembre.")
    assert [e["trigger"] for e in _of(text, "attack")] == ["asesinado"]
    english = ("A deputy was shot dead on Tuesday in Culiacán, bringing to 21 the number of police officers killed in "
               "Sinaloa this year.")
    assert [e["trigger"] for e in _of(english, "attack")] == ["shot dead"]


def test_extract_events_a_warrant_served_on_a_day_told_before_it_is_an_arrest():
    text = ("Elementos de la Agencia Estatal de Investigación cumplimentaron el pasado 4 de diciembre una orden de "
            "aprehensión contra Rogelio \"N\", señalado por extorsión.")
    assert [e["date"] for e in _of(text, "arrest")] == ["2026-12-04"]
