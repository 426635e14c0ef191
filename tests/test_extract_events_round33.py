"""Events from hand-written EN/ES pages (issue 11, round 33): a second call told with a verb whose subject opens on an
article ("Más tarde, la mandataria conversó con ...") is a call of its own, not the first one named again; a deployment
named again counts the days of an attack it came after."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(text: str, kind: str, published: str = "2026-12-10") -> list[dict]:
    return [e for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_a_later_call_told_by_its_verb_is_a_call_of_its_own():
    text = ("Sheinbaum habla con Carney y Lula\n\n"
            "La presidenta Claudia Sheinbaum sostuvo este lunes una llamada con el primer ministro de Canadá, "
            "Mark Carney.\n\n"
            "Horas después, la mandataria conversó con el presidente de Brasil, Luiz Inácio Lula da Silva, con "
            "quien revisó la agenda regional.")
    calls = [(e["date"], sorted(e["participants"])) for e in _of(text, "call")]
    assert ("2026-12-07", ["Claudia Sheinbaum", "Luiz Inácio Lula da Silva"]) in calls
    assert ("2026-12-07", ["Claudia Sheinbaum", "Mark Carney"]) in calls
    english = ("Sheinbaum talks with Carney and Lula\n\n"
               "Mexican President Claudia Sheinbaum held a phone call with Canadian Prime Minister Mark Carney on "
               "Monday.\n\n"
               "Later, the president spoke with Brazilian President Luiz Inácio Lula da Silva about regional trade.")
    calls = [sorted(e["participants"]) for e in _of(english, "call")]
    assert ["Claudia Sheinbaum", "Mark Carney"] in calls
    assert any("Luiz Inácio Lula da Silva" in p and "Mark Carney" not in p for p in calls)


def test_extract_events_a_call_named_again_by_its_noun_still_joins_the_one_told():
    text = ("La presidenta Claudia Sheinbaum sostuvo este lunes una llamada con el primer ministro de Canadá, "
            "Mark Carney.\n\n"
            "En la llamada, el canciller Juan Ramón de la Fuente presentó la agenda comercial.")
    calls = _of(text, "call")
    assert len(calls) == 1 and "Juan Ramón de la Fuente" in calls[0]["participants"]


def test_extract_events_a_deployment_named_again_dates_the_attack_it_came_after():
    text = ("Detienen a dos tras ataque a policías\n\n"
            "Elementos de la Guardia Nacional y del Ejército Mexicano desplegaron este martes un operativo en "
            "la colonia Las Palmas, donde fueron detenidos dos hombres.\n\n"
            "El despliegue se realizó un día después de que un grupo armado atacó a agentes de la Policía Municipal "
            "en la carretera estatal.")
    assert [e["date"] for e in _of(text, "attack")] == ["2026-12-07"]


_RELEASE = ("Canciller sostiene llamadas con sus homólogos de Honduras y Panamá\n\n"
            "{line}\n\n"
            "El canciller Juan Ramón de la Fuente conversó vía telefónica con el canciller de Honduras, Javier Bu, "
            "con quien revisó la agenda migratoria y los acuerdos en materia de seguridad regional.\n\n"
            "Posteriormente, el titular de la SRE sostuvo una llamada con la canciller de Panamá, Marta Alemán.")


def test_extract_events_a_release_s_lead_takes_the_day_of_its_date_line():
    for line in ("Ciudad de México, 8 de diciembre de 2026", "Comunicado 512\n\nCiudad de México, 8 de diciembre de 2026"):
        calls = {e["trigger"]: e["date"] for e in _of(_RELEASE.format(line=line), "call", "2026-12-08")}
        assert calls.get("conversó vía telefónica") == "2026-12-08"
    english = ("Secretary holds call with Mexican counterpart\n\n"
               "Washington, D.C., December 8, 2026\n\n"
               "Secretary of Homeland Security Kristi Noem spoke by phone with Mexican Security Minister Omar García "
               "Harfuch to review joint efforts against fentanyl trafficking along the southwest border.")
    assert [e["date"] for e in _of(english, "call", "2026-12-08")] == ["2026-12-08"]


def test_extract_events_a_site_s_header_date_does_not_date_the_lead():
    text = _RELEASE.format(line="Tuesday, December 8, 2026")
    calls = {e["trigger"]: e["date"] for e in _of(text, "call", "2026-12-08")}
    assert calls.get("conversó vía telefónica") is None


def test_extract_events_an_earlier_meeting_of_the_same_morning_takes_the_day():
    text = ("El canciller Juan Ramón de la Fuente se reunió ayer con Marco Rubio, titular del Departamento de Estado, tras "
            "reunirse por la mañana con la fiscal general, Pam Bondi, en Washington.")
    meetings = {e["trigger"]: e["date"] for e in _of(text, "meeting")}
    assert meetings.get("reunirse") == "2026-12-09"
    english = ("Mexican Foreign Minister Juan Ramón de la Fuente met Secretary of State Marco Rubio on Wednesday, hours "
               "after meeting with Attorney General Pam Bondi at the Justice Department.")
    dated = [(e["date"], e["participants"]) for e in _of(english, "meeting")]
    assert any(d == "2026-12-09" and "Pam Bondi" in p for d, p in dated)


def test_extract_events_a_paragraph_opened_by_the_crime_does_not_date_the_arrest_above_it():
    text = ("Detienen a presunto homicida\n\n"
            "Agentes de la Policía de Investigación cumplimentaron una orden de aprehensión en contra de Mauricio "
            "\"N\", por su probable participación en el delito de homicidio calificado.\n\n"
            "Los hechos ocurrieron el 3 de marzo de 2025 en la colonia Centro de Hermosillo, donde la víctima fue "
            "atacada con arma blanca.")
    assert "2025-03-03" not in [e["date"] for e in _of(text, "arrest")]
    english = ("Police arrest suspect in 2025 killing\n\n"
               "Officers of the Phoenix Police Department arrested Daniel Ortega on a warrant for first-degree murder.\n\n"
               "The shooting happened on March 3, 2025, outside an apartment complex in west Phoenix.")
    assert "2025-03-03" not in [e["date"] for e in _of(english, "arrest")]


def test_extract_events_a_paragraph_opened_by_the_crime_still_dates_the_crime():
    text = ("Asesinan a comerciante en Culiacán\n\n"
            "Un comerciante fue asesinado a balazos por hombres armados que lo atacaron en la colonia Centro de Culiacán.\n\n"
            "Los hechos ocurrieron el 8 de diciembre de 2026 alrededor de las 20:00 horas, según la Fiscalía.")
    assert "2026-12-08" in [e["date"] for e in _of(text, "attack")]
