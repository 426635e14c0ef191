"""Events from hand-written EN/ES pages (issue 11, round 16): a day told before a teller closing the sentence, a
standing dialogue kept between governments, and a kind of event a rule speaks of ("within 30 days of a seizure")."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument, make_id
from pesquisa.resolve.events import EventReport, resolve_events


def _events(text: str, published: str | None = "2026-07-25") -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    return [{"type": e.type, "trigger": e.trigger, "date": e.date} for e in ex.events]


@pytest.mark.parametrize("text", [
    "Three Mexican soldiers were killed and five wounded Saturday when suspected members of the Jalisco cartel attacked "
    "an army patrol with explosive-laden drones in the western state of Michoacán, the Defense Department said.",
    "Two police officers were killed and three wounded Saturday when gunmen opened fire on a patrol in the town of "
    "Apatzingán, state officials said.",
])
def test_extract_events_a_day_before_a_closing_teller_dates_the_event(text):
    (attack,) = [e for e in _events(text) if e["type"] == "attack"]
    assert attack["date"] == "2026-07-25"


def test_extract_events_the_day_a_closing_teller_spoke_still_dates_nothing():
    events = _events("Marines seized 1.5 tons of cocaine from a boat off the coast of Oaxaca, the Navy said on Thursday.")
    (seizure,) = [e for e in events if e["type"] == "seizure"]
    assert seizure["date"] != "2026-07-23"


@pytest.mark.parametrize("text", [
    "During the call, the two leaders agreed to keep a \"permanent dialogue\" on security, Sheinbaum told reporters.",
    "Ebrard said the two governments agreed on Tuesday to maintain a permanent dialogue on trade and security.",
    "Tras la llamada, Sheinbaum dijo que ambos gobiernos mantendrán un diálogo permanente sobre seguridad.",
])
def test_extract_events_a_standing_dialogue_kept_is_no_meeting(text):
    assert [e for e in _events(text) if e["type"] == "meeting"] == []


def test_extract_events_a_meeting_that_keeps_a_dialogue_stays_a_meeting():
    events = _events("El canciller Juan Ramón de la Fuente se reunió el jueves en Washington con Marco Rubio y acordaron "
                     "mantener un diálogo permanente.")
    assert [e["type"] for e in events if e["type"] == "meeting"] == ["meeting"]


@pytest.mark.parametrize("text", [
    "The agreement commits both countries to share ballistic data within 30 days of a seizure.",
    "El acuerdo obliga a ambos países a compartir datos balísticos dentro de los 30 días posteriores a un aseguramiento.",
    "The treaty requires the two countries to notify each other within 48 hours of an arrest of a citizen.",
])
def test_extract_events_a_kind_of_event_a_rule_speaks_of_is_none(text):
    assert [e for e in _events(text) if e["type"] in {"seizure", "arrest"}] == []


def test_extract_events_a_seizure_made_stays():
    events = _events("Marines seized 300 kilograms of cocaine within hours of a tip from the DEA, the Navy said.")
    assert [e["type"] for e in events if e["type"] == "seizure"] == ["seizure"]


def _placed(text: str, published: str | None = "2026-11-21") -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "place": names.get(e.place) if e.place else None,
             "actors": sorted(names[p] for p in e.participants)} for e in ex.events]


@pytest.mark.parametrize("text, place", [
    ("Elementos de la Guardia Nacional detuvieron ayer en Tijuana a Jesús Alberto Pineda, presunto jefe de sicarios, "
     "mientras que en un operativo paralelo en Ensenada soldados aseguraron 35 armas largas y 12 mil cartuchos.", "Ensenada"),
    ("National Guard officers arrested Jesús Alberto Pineda in Tijuana on Friday, while in a separate operation in "
     "Ensenada soldiers seized 35 rifles and 12,000 rounds of ammunition.", "Ensenada"),
])
def test_extract_events_a_seizure_told_after_while_is_where_and_by_whom_its_clause_says(text, place):
    (seizure,) = [e for e in _placed(text) if e["type"] == "seizure"]
    assert seizure["place"] == place
    assert "Jesús Alberto Pineda" not in seizure["actors"]


@pytest.mark.parametrize("text", [
    "Envía Gobierno de México a Estados Unidos a 26 personas vinculadas a organizaciones criminales",
    "Entregan a EU a 10 presuntos integrantes del Cártel de Sinaloa",
])
def test_extract_events_a_headline_transfer_in_the_present_is_one(text):
    assert [e["type"] for e in _placed(text)] == ["extradition"]


def test_extract_events_a_proposal_sent_to_the_us_is_no_transfer():
    assert [e for e in _placed("México envía a Estados Unidos una propuesta de acuerdo de seguridad.")
            if e["type"] == "extradition"] == []


def _seizure(rid: str, doc: str, date: str | None, place: str, value: float, qualifier: str | None = None) -> EventReport:
    amount = {"quantity_id": f"qty-{rid}", "item": "cocaine", "value": value, "unit": "kg", "kind": "seizure",
              **({"qualifier": qualifier} if qualifier else {})}
    return EventReport(rid, doc, "seizure", date, place, "org-semar", ["org-semar"], country="mx", amounts=[amount])


@pytest.mark.parametrize("qualifier", ["más de", "more than"])
def test_resolve_events_a_floor_and_the_figure_just_above_it_are_one_seizure(qualifier):
    # "Semar asegura más de una tonelada de cocaína frente a costas de Oaxaca" over "aseguró 1,150 kilogramos ... al
    # suroeste de Puerto Escondido": one seizure, told at the state and at the town
    headline = _seizure("rep-a", "doc-1", None, "pla-oaxaca", 1000.0, qualifier)
    body = _seizure("rep-b", "doc-1", "2026-10-13", "pla-puerto-escondido", 1150.0)
    assert len(resolve_events([headline, body])) == 1


def test_resolve_events_a_floor_far_below_a_figure_or_two_figures_apart_stay_two():
    far = [_seizure("rep-a", "doc-1", None, "pla-oaxaca", 1000.0, "más de"),
           _seizure("rep-b", "doc-1", "2026-10-13", "pla-puerto-escondido", 2600.0)]
    plain = [_seizure("rep-a", "doc-1", None, "pla-oaxaca", 1000.0),
             _seizure("rep-b", "doc-1", "2026-10-13", "pla-puerto-escondido", 1150.0)]
    assert len(resolve_events(far)) == 2
    assert len(resolve_events(plain)) == 2


def test_extract_events_a_transfer_told_as_a_noun_is_one():
    events = _placed("President Trump thanked President Sheinbaum for the transfer of 26 fugitives to the United States "
                     "last week.", published="2026-11-03")
    assert [e["type"] for e in events] == ["extradition"]


def test_extract_events_an_amount_found_in_the_infinitive_is_a_seizure():
    events = _placed("Agentes de la CBP detuvieron el viernes a Daniel Herrera tras hallar cerca de 18 kilos de "
                     "metanfetamina en el tanque de gasolina de su camioneta.")
    assert sorted(e["type"] for e in events) == ["arrest", "seizure"]


def test_extract_events_an_agreement_on_a_meeting_later_this_month_is_dated_by_the_call():
    text = ("Readout of the President's Call with President Claudia Sheinbaum\n\nNovember 3, 2026\n\nPresident Donald "
            "Trump spoke today with President Claudia Sheinbaum of Mexico. President Trump thanked President Sheinbaum "
            "for the transfer of 26 fugitives to the United States last week.\n\nThe two leaders agreed that their "
            "security teams will meet in Mexico City later this month.")
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-11-03")))
    (agreement,) = [e for e in ex.events if e.type == "agreement"]
    assert agreement.date == "2026-11-03"


def _told(text: str) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-09-03")))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "date": e.date, "organizer": names.get(e.organizer) if e.organizer else None,
             "actors": sorted(names[p] for p in e.participants)} for e in ex.events]


@pytest.mark.parametrize("text, kind", [
    ("“Me reuní ayer con el director del FBI, Kash Patel, en Washington”, afirmó el secretario de Seguridad, Omar "
     "García Harfuch.", "meeting"),
    ("“Ayer hablé por teléfono con el primer ministro Mark Carney; fue una conversación muy buena”, dijo la presidenta "
     "Claudia Sheinbaum.", "call"),
])
def test_extract_events_a_gathering_told_in_the_first_person_is_one_of_its_teller(text, kind):
    (event,) = [e for e in _told(text) if e["type"] == kind]
    assert event["date"] == "2026-09-02"
    assert any(name in event["actors"] for name in ("Omar García Harfuch", "Claudia Sheinbaum"))


def test_extract_events_this_morning_dates_the_event_and_where_reporters_were_told_hosts_nothing():
    (call,) = _told("\"I spoke with President Claudia Sheinbaum this morning and we had a very good call,\" President "
                    "Donald Trump told reporters at the White House.")
    assert call["date"] == "2026-09-03"
    assert call["organizer"] is None and "White House" not in call["actors"]


def test_extract_events_a_headline_takes_the_one_day_its_story_gives_the_event():
    text = ("Cartel drone attack kills 3 Mexican soldiers in Michoacán\n\nMEXICO CITY (AP) — Three Mexican soldiers "
            "were killed and five wounded Saturday when gunmen attacked an army patrol in the western state of "
            "Michoacán, the Defense Department said.")
    assert [e["date"] for e in _events(text) if e["type"] == "attack"] == ["2026-07-25", "2026-07-25"]


def test_extract_events_a_headline_over_two_arrests_of_two_days_stays_undated():
    text = ("Two truck drivers arrested in separate smuggling cases\n\nLAREDO, Texas — On Saturday, agents arrested "
            "Jose Luis Mendoza, 41, after finding 23 migrants inside his trailer. On Sunday, Border Patrol agents "
            "arrested a second driver, Ricardo Salinas Treviño, 36.")
    headline = next(e for e in _events(text, published="2026-07-07") if e["type"] == "arrest")
    assert headline["date"] is None


def _lab(rid: str, doc: str, place: str, body: str) -> EventReport:
    amount = {"quantity_id": f"qty-{rid}", "item": "methamphetamine", "value": 1500.0, "unit": "kg", "kind": "seizure"}
    return EventReport(rid, doc, "seizure", "2026-06-20", place, body, [body], country="mx", amounts=[amount])


def test_resolve_events_the_army_and_its_ministry_seize_as_one_body():
    # a wire's "Mexico's army dismantled a lab in Sinaloa state" and Sedena's release on the lab in Cosalá
    army, sedena = make_id("org", "mx-army"), make_id("org", "mx-sedena")
    reports = [_lab("rep-a", "doc-1", "plc-sinaloa", army), _lab("rep-b", "doc-2", "plc-cosala", sedena)]
    assert len(resolve_events(reports)) == 1


def test_resolve_events_two_agencies_of_one_department_stay_two_bodies():
    dea, fbi = make_id("org", "us-dea"), make_id("org", "us-fbi")
    reports = [_lab("rep-a", "doc-1", "plc-a", dea), _lab("rep-b", "doc-2", "plc-b", fbi)]
    assert len(resolve_events(reports)) == 2


def test_resolve_events_a_floor_qualifier_is_folded_once_for_every_pair(monkeypatch):
    """Issue 15: copies of one seizure compared pair by pair fold each distinct qualifier once, not per amount and pair
    (a quarter of event resolution's comparisons went to folding "más de" again)."""
    import pesquisa.resolve._clusters as clusters

    folded = []
    real = clusters.fold_form
    monkeypatch.setattr(clusters, "fold_form", lambda form: folded.append(form) or real(form))
    clusters._floor_qualifier.cache_clear()
    copies = [_seizure(f"rep-{n:02d}", f"doc-{n:02d}", "2026-10-13", "pla-oaxaca", 1000.0 + n, "más de") for n in range(12)]
    assert len(resolve_events(copies)) == 1
    assert folded.count("más de") == 1
