"""Events of wire stories, releases and portals telling one meeting, arrest, extradition, seizure or attack
(issue 11, round 8): where, when and what each is."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned,
             "place": names.get(e.place), "participants": sorted(names[p] for p in e.participants)}
            for e in ex.events]


def test_extract_events_a_meeting_at_an_embassy_is_in_the_host_city():
    # the embassy's country had placed it in the United States
    (meeting,) = _events("Mexican Security Minister Omar García Harfuch met on Tuesday with FBI Director Kash Patel "
                         "at the U.S. embassy in Mexico City to review joint operations.", "2026-12-02")
    assert (meeting["type"], meeting["date"], meeting["place"]) == ("meeting", "2026-12-01", "Mexico City")


def test_extract_events_troops_arriving_are_deployed_no_visit():
    assert _events("About 200 National Guard troops arrived in Culiacan on Monday to reinforce security.",
                   "2026-12-03") == []
    assert _events("Llegaron a Culiacán este lunes 500 elementos del Ejército para reforzar la seguridad.",
                   "2026-12-03") == []
    (visit,) = _events("Homeland Security Secretary Kristi Noem arrived in Mexico City on Monday.", "2026-12-03")
    assert (visit["type"], visit["date"], visit["place"]) == ("visit", "2026-11-30", "Mexico City")


def test_extract_events_talks_a_visitor_came_for_are_a_meeting_no_call():
    found = _events("Mexican Foreign Minister Juan Ramón de la Fuente arrived in Washington on Monday for talks with "
                    "Secretary of State Marco Rubio.", "2026-12-03")
    assert sorted(e["type"] for e in found) == ["meeting", "visit"]


def test_extract_events_a_head_count_told_in_parts_is_no_other_count():
    # "Two men" had been a head count of 2 against the lead's 3: one raid became two arrests (read whole, "Two men
    # and a woman" is the lead's 3 again)
    text = ("Mexican soldiers arrested three people at a drug lab in Sinaloa on Thursday. Two men and a woman were "
            "detained at the scene.")
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-04")))
    values = {(q.span.start, q.span.end): q.value for q in ex.quantities}
    counts = [[values[(a.start, a.end)] for a in e.amounts] for e in ex.events if e.type == "arrest"]
    assert counts[0] == [3.0] and all(count in ([], [3.0]) for count in counts[1:])
    es = "Marinos detuvieron a cinco personas el jueves en Culiacán. Fueron detenidos tres hombres y dos mujeres."
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=es, published="2026-12-04")))
    assert [len(e.amounts) for e in ex.events if e.type == "arrest"] == [1, 0]


def test_extract_events_a_month_a_plan_names_already_past_this_year_is_next_years():
    found = _events('Garcia Harfuch said the talks had been "productive" and that both sides had agreed to meet again '
                    'in January.', "2026-12-02")
    assert [(e["type"], e["date"], e["planned"]) for e in found if e["type"] == "meeting"] == \
        [("meeting", "2027-01", True)]
    (held,) = _events("García Harfuch se reunió con Kash Patel en enero.", "2026-12-02")
    assert (held["date"], held["planned"]) == ("2026-01", False)


def test_extract_events_an_arrest_for_extradition_and_a_call_centre_are_no_such_events():
    found = _events('Rafael "P" fue detenido el pasado 14 de octubre en Hermosillo, Sonora, en cumplimiento de una '
                    "orden de detención provisional con fines de extradición.", "2026-12-01")
    assert [(e["type"], e["date"]) for e in found] == [("arrest", "2026-10-14")]
    assert _events("La OFAC señaló que entre los sancionados está Julio César Montero Pinzón, operador encargado de "
                   "los centros de llamadas de la red.", "2026-12-03") == []
    assert _events("Montero oversees the network's call centers in Puerto Vallarta.", "2026-12-03") == []


def test_extract_events_a_seizure_in_the_sentence_of_an_arrest_told_again_takes_its_day():
    text = ('Detienen en Zapopan a "El Cuate", presunto jefe de plaza\n\n3 de diciembre de 2026\n\n'
            "Elementos del Ejército detuvieron la madrugada de este jueves en Zapopan a José Ramón Beltrán Ochoa, alias "
            '"El Cuate".\n\nEl Gabinete de Seguridad informó que Beltrán Ochoa contaba con una orden de aprehensión.\n\n'
            "La captura se realizó alrededor de las 04:00 horas en un domicilio de la colonia Ciudad Granja, donde los "
            "agentes aseguraron dos armas largas y cerca de 3 kilos de metanfetamina.")
    found = _events(text)
    assert [(e["type"], e["date"]) for e in found if e["type"] == "seizure"] == [("seizure", "2026-12-03")]


def test_extract_events_what_a_programme_has_led_to_counted_is_no_arrest():
    assert _events("Los funcionarios revisaron los resultados de la Operación Frontera Norte, que según el Gobierno "
                   "ha llevado a la detención de más de 8.000 personas.", "2026-12-02") == []
    assert _events("Officials said the operation has led to the arrests of more than 8,000 people.", "2026-12-02") == []
    # an arrest it led to, uncounted, is one
    assert [e["type"] for e in _events("La operación llevó a la detención de El Cuate el martes.", "2026-12-03")] == \
        ["arrest"]


def test_extract_events_more_of_them_pressed_for_is_none_told():
    for text in ("Washington has pressed Mexico to arrest more cartel leaders.",
                 "Rubio pressed for more extraditions of cartel leaders.",
                 "Trump urged Mexico to extradite more cartel bosses.",
                 "Estados Unidos presiona a México para que extradite a más líderes criminales.",
                 "El gobierno de Trump exige más detenciones de capos."):
        assert _events(text, "2026-12-03") == [], text
    (arrest,) = _events("Marines helped arrest more than 20 people in Culiacán on Tuesday.", "2026-12-03")
    assert (arrest["type"], arrest["date"]) == ("arrest", "2026-12-01")
