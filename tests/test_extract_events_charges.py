"""Charges, plans, lists and dates that let one real event be told apart from another (issue 11, round 7): a
charge with no one held, a price charged, a list of who an indictment named, a meeting still to come, an event
only supposed, the earlier event a sentence counts from, a release naming the one it is about, a day of the
current month."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.extract.dates import extract_dates
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = "2026-12-04") -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned,
             "place": names.get(e.place), "participants": sorted(names[p] for p in e.participants)}
            for e in ex.events]


def _types(text: str, published: str | None = "2026-12-04") -> list[str]:
    return [e["type"] for e in _events(text, published)]


@pytest.mark.parametrize("text", [
    "The brokers also collect fees of up to 12% charged to fuel buyers, according to the Treasury.",
    "Straw buyers were paid fees of $200 charged per rifle, the complaint says.",
    "The networks kept commissions of 3% charged to each cartel client.",
])
def test_extract_events_a_price_charged_is_no_arrest(text):
    assert _types(text) == []


def test_extract_events_who_an_indictment_lists_makes_no_arrest_of_its_own():
    text = ("A federal grand jury has returned an indictment charging five men with laundering drug proceeds for the "
            "Gulf Cartel. Among those charged is Arturo Salinas Treviño, 52, of Houston.")
    assert "arrest" not in _types(text)
    text = ("El Departamento del Tesoro sancionó el jueves a seis personas. Entre los sancionados figura Gerardo "
            "Villaseñor Pineda, propietario de gasolineras en Sonora.")
    (sanction,) = _events(text)
    assert sanction["type"] == "sanction" and "Gerardo Villaseñor Pineda" in sanction["participants"]


@pytest.mark.parametrize("text", [
    "The other four defendants were charged with conspiracy to launder monetary instruments. They remain fugitives "
    "and are believed to be in Mexico.",
    "Two Laredo men have been charged with smuggling rifles into Mexico, prosecutors said. The complaint was filed "
    "in federal court. Neither man has been taken into custody, according to court records.",
])
def test_extract_events_a_charge_of_people_still_at_large_is_no_arrest(text):
    assert "arrest" not in _types(text)


def test_extract_events_a_charge_dated_to_the_day_stays_an_arrest_whoever_is_at_large():
    text = ("Two of the buyers were charged on Wednesday and booked into jail, prosecutor Joshua Levy said. A third "
            "remains at large.")
    assert _types(text) == ["arrest"]


def test_extract_events_those_a_sanction_named_are_no_new_sanction():
    assert _types("La UIF informó este viernes que congeló las cuentas de los sancionados.") == []
    assert _types("Banks froze the accounts of the sanctioned companies on Friday.") == []


def test_extract_events_a_topic_listed_after_discussed_is_no_event():
    text = ("President Donald J. Trump spoke today with President Claudia Sheinbaum of Mexico. The two leaders "
            "discussed border security, the flow of fentanyl and the extradition of cartel leaders.")
    assert _types(text, "2026-11-30") == ["call"]


def test_extract_events_a_gathering_still_planned_takes_no_day_of_the_call_just_told():
    text = ("President Donald J. Trump spoke today with President Claudia Sheinbaum of Mexico. The leaders also agreed "
            "that their security teams would hold talks before the meeting.")
    meetings = [e for e in _events(text, "2026-11-30") if e["type"] == "meeting"]
    assert all(m["planned"] and m["date"] is None for m in meetings)


@pytest.mark.parametrize("text", [
    "What a Trump-Sheinbaum summit could deliver on fentanyl",
    "A summit between Claudia Sheinbaum and Donald Trump could also produce a new security agreement.",
    "La reunión entre Claudia Sheinbaum y Donald Trump podría servir para destrabar el acuerdo.",
])
def test_extract_events_an_event_subject_of_a_modal_is_only_supposed(text):
    assert _types(text) == []


def test_extract_events_a_call_a_meeting_counts_a_week_from_is_one_of_its_own():
    text = ("La presidenta Claudia Sheinbaum y el presidente Donald Trump se reunieron ayer en la Casa Blanca, una "
            "semana después de la llamada telefónica del pasado 30 de noviembre.")
    events = {e["type"]: e for e in _events(text, "2026-12-09")}
    assert events["meeting"]["date"] == "2026-12-08"
    assert events["call"]["date"] == "2026-11-30"
    assert events["call"]["participants"] == ["Claudia Sheinbaum", "Donald Trump"]


def test_extract_events_a_release_names_the_extradited_in_a_sentence_telling_his_earlier_arrest():
    text = ("A Mexican national alleged to be a regional leader of the Cártel de Jalisco Nueva Generación was "
            "extradited from Mexico on Thursday. According to court documents, Rogelio Carranza Medina, 41, was "
            "arrested by Mexican authorities in Zapopan, Jalisco, in March 2025.")
    extradition = next(e for e in _events(text) if e["type"] == "extradition")
    assert "Rogelio Carranza Medina" in extradition["participants"]


def test_extract_events_an_arrest_told_again_takes_no_date_of_another_clause():
    text = ("Mexican marines arrested Héctor Manuel Lizárraga Ochoa in Culiacán on Wednesday, the Attorney General's "
            "Office said. The arrest is the latest in a string of blows against the Chapitos since Mexico stepped up "
            "operations in Sinaloa last year.")
    assert {e["date"] for e in _events(text) if e["type"] == "arrest"} <= {"2026-12-02", None}


def test_extract_events_a_place_before_port_of_is_not_where_it_happened():
    text = ("The navy seized about 1.25 metric tons of cocaine hidden in a container of bananas at the Pacific port "
            "of Manzanillo, in Colima, on Thursday.")
    (seizure,) = _events(text, "2026-12-05")
    assert seizure["place"] != "Pacific"
    text = "ATF agents arrested Joel Peña, 23, on Wednesday at the Laredo port of entry."
    assert _events(text, "2026-12-03")[0]["place"] == "Laredo"


@pytest.mark.parametrize(("text", "value"), [
    ("la Secretaría de Marina informa que el 3 del mes en curso aseguró 1,250 kilogramos de cocaína", "2026-12-03"),
    ("detenido el pasado 2 del presente mes en Tijuana", "2026-12-02"),
    ("agents seized the shipment on the 1st of this month", "2026-12-01"),
])
def test_extract_dates_a_day_of_the_current_month(text, value):
    assert [d.value for d in extract_dates(text, published="2026-12-05")] == [value]


@pytest.mark.parametrize("text", [
    "Entre los sancionados hay presuntos operadores del CJNG vinculados a asesinatos, extorsiones y lavado de dinero.",
    "Prosecutors say the cell is linked to several killings in Zacatecas.",
])
def test_extract_events_crimes_someone_is_linked_to_are_no_attack(text):
    assert "attack" not in _types(text)


def test_extract_events_a_record_of_crimes_is_no_attack_but_one_attack_is():
    text = "Las autoridades vinculan al grupo con una célula armada responsable de asesinatos y ataques a funcionarios."
    assert "attack" not in _types(text)
    assert "attack" in _types("Hombres armados atacaron el martes a policías estatales en Zamora; murieron dos agentes.")


def test_extract_events_a_designation_told_in_the_present_is_a_sanction_an_appointment_none():
    assert _types("Today, the Department of State is designating Cárteles Unidos as a Foreign Terrorist "
                  "Organization.", "2026-12-01") == ["sanction"]
    assert _types("EU designa terroristas a Cárteles Unidos y a La Nueva Familia Michoacana", "2026-12-02") == \
        ["sanction"]
    assert _types("La presidenta Claudia Sheinbaum designa a Ernestina Godoy como fiscal general.", "2026-12-02") == []


def test_extract_events_an_earlier_designation_a_release_follows_is_its_own_with_its_own_actors():
    text = ("Today, the Department of State is designating Cárteles Unidos as a Foreign Terrorist Organization. These "
            "designations follow the February designation of the Sinaloa Cartel.")
    sanctions = [e for e in _events(text, "2026-12-01") if e["type"] == "sanction"]
    earlier = [e for e in sanctions if e["date"] == "2026-02"]
    assert len(earlier) == 1 and any("Sinaloa" in p for p in earlier[0]["participants"])
    assert not any("Sinaloa" in p for e in sanctions if e is not earlier[0] for p in e["participants"])


def test_extract_events_an_event_told_again_keeps_a_day_of_its_own():
    text = ("Fentanyl pills worth millions seized at Nogales port of entry\n\nThe seizure happened Tuesday at the "
            "Mariposa crossing, the agency said.")
    # ... and gives it to the headline that told it undated (round 13: the headline had none)
    assert {e["date"] for e in _events(text, "2026-12-04") if e["type"] == "seizure"} == {"2026-12-01"}


def test_extract_events_a_spanish_conditional_on_a_condition_is_no_meeting():
    text = ("La presidenta Claudia Sheinbaum conversó por teléfono con el primer ministro de Canadá, Mark Carney. "
            "Según la mandataria, ambos gobiernos se reunirían antes a nivel de cancilleres si la revisión del tratado "
            "se complica.")
    assert _types(text, "2026-11-28") == ["call"]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("acordó reunirse el próximo 15 de enero en Ottawa", "2026-11-28", "2027-01-15"),
    ("the two will meet on January 15 in Ottawa", "2026-11-28", "2027-01-15"),
    ("the two met on January 15 in Ottawa", "2026-11-28", "2026-01-15"),
    ("officers found the pills earlier this week", "2026-12-10", "2026-12"),
    ("se reunió esta semana con el embajador", "2026-12-10", "2026-12"),
    ("These designations follow the February designation", "2026-12-01", "2026-02"),
])
def test_extract_dates_a_coming_day_and_this_week(text, published, value):
    assert [d.value for d in extract_dates(text, published=published)] == [value]


@pytest.mark.parametrize("text", [
    "Sheinbaum y Carney hablan por teléfono; acuerdan reunirse en la cumbre del T-MEC",
    "Sheinbaum y Trump acuerdan reunirse en Washington tras llamada",
])
def test_extract_events_a_headline_s_meeting_agreed_on_is_planned(text):
    meetings = [e for e in _events(text, "2026-11-28") if e["type"] == "meeting"]
    assert meetings and all(m["planned"] for m in meetings)


def test_extract_events_a_day_before_the_one_told_dates_its_meeting():
    text = ("La presidenta Claudia Sheinbaum recibió este jueves en Palacio Nacional a la secretaria Kristi Noem. Un día "
            "antes, Noem se reunió con el secretario de Seguridad, Omar García Harfuch.")
    assert sorted(e["date"] for e in _events(text) if e["type"] == "meeting") == ["2026-12-02", "2026-12-03"]
    assert [d.value for d in extract_dates("He was arrested on Monday. The next day, he was charged.",
                                           published="2026-12-04")] == ["2026-11-30", "2026-12-01"]


def test_extract_events_a_troop_s_round_is_no_visit():
    text = ("La Marina señaló que sus elementos localizaron 2 toneladas de cocaína durante un recorrido en una bodega "
            "de Navolato.")
    assert "visit" not in _types(text)


def test_extract_events_custody_on_arrival_after_an_extradition_is_its_hand_over():
    text = ("A Sinaloa Cartel plaza boss was extradited from Mexico on Tuesday. Jesús Valenzuela Ortiz, 47, was taken "
            "into custody by U.S. Marshals at El Paso International Airport upon his arrival from Mexico City.")
    events = _events(text, "2026-12-02")
    assert [e["type"] for e in events] == ["extradition"]
    assert "Jesús Valenzuela Ortiz" in events[0]["participants"]
    # without an extradition told before, an arrest on arrival is an arrest
    assert _types("Jesús Valenzuela Ortiz was arrested upon his arrival at Houston airport on Tuesday.",
                  "2026-12-02") == ["arrest"]


def test_extract_events_a_year_an_ordinal_counts_in_dates_no_visit():
    text = ("Homeland Security Secretary Kristi Noem met with Mexican Security Secretary Omar García Harfuch on "
            "Wednesday, her second visit to Mexico this year.")
    assert {e["date"] for e in _events(text, "2026-12-02")} == {"2026-12-02"}


def test_extract_events_two_events_of_a_sentence_each_take_the_day_of_their_own_clause():
    text = ("Mexican authorities arrested alleged Gulf Cartel trafficker Ramiro Salazar Garza in Monterrey on Saturday "
            "and extradited him to the United States on Sunday, the Attorney General's Office said.")
    dates = {e["type"]: e["date"] for e in _events(text, "2026-12-07")}
    assert dates == {"arrest": "2026-12-05", "extradition": "2026-12-06"}


def test_extract_events_what_a_call_prepares_and_a_reported_conditional_are_planned():
    text = ("El pasado martes, Juan Ramón de la Fuente y Marco Rubio hablaron por teléfono para preparar la visita. "
            "Rubio se reuniría con la presidenta Claudia Sheinbaum, de acuerdo con fuentes de la cancillería.")
    events = _events(text, "2026-12-01")
    call = next(e for e in events if e["type"] == "call")
    assert call["date"] == "2026-11-24"  # "el pasado martes" told on a Tuesday: a week before
    assert all(e["planned"] for e in events if e["type"] in {"visit", "meeting"})


@pytest.mark.parametrize(("text", "country"), [
    ("President Donald Trump and Mexican President Claudia Sheinbaum met at the White House on Tuesday.", "us"),
    ("La presidenta Claudia Sheinbaum y el presidente Donald Trump se reunieron ayer en la Casa Blanca.", "us"),
])
def test_extract_events_a_meeting_at_a_body_s_seat_is_in_its_country(text, country):
    """So it never joins a meeting of the same people the next day at the National Palace."""
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-09")))
    assert [(e.type, e.country) for e in ex.events] == [("meeting", country)]


def test_extract_events_a_judge_s_ruling_on_an_extradition_is_none():
    assert _types("Un juez federal resolverá este lunes sobre su extradición.", "2026-12-06") == []
    assert _types("A Mexican judge will rule on his extradition Monday.", "2026-12-06") == []


def test_extract_events_a_place_after_a_region_and_a_place_noun_is_where_it_happened():
    text = "Gunmen ambushed a state police patrol in the western Mexico state of Michoacan on Tuesday, killing four officers."
    assert _events(text, "2026-12-02")[0]["place"] == "Michoacán"


@pytest.mark.parametrize("text", [
    "Mexico has stepped up arrests of cartel figures since U.S. President Donald Trump threatened tariffs.",
    "El gobierno intensificó las detenciones de operadores del cártel en Sinaloa.",
])
def test_extract_events_more_arrests_in_general_are_no_arrest(text):
    assert "arrest" not in _types(text)


@pytest.mark.parametrize("text", [
    "Washington has pressed Mexico to stem the flow of fentanyl, which killed about 48,000 Americans last year.",
    "El fentanilo, que mató a más de 70 mil personas en Estados Unidos, llega desde México.",
])
def test_extract_events_a_drug_that_kills_is_no_attack(text):
    assert "attack" not in _types(text)
