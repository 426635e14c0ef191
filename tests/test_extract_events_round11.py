"""Events of calls, extraditions, transfers, parallel meetings and operations told by several outlets (issue 11,
round 11): who took part in what, months still to come or said "last", transfers told as such, and what keeps two
reports of one day apart or together across outlets."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.extract.dates import extract_dates
from pesquisa.records import RawDocument
from pesquisa.resolve.events import EventReport, merge_evidence, resolve_events


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "date": e.date, "planned": e.planned, "place": names.get(e.place),
             "targets": sorted(names[p] for p in e.targets),
             "participants": sorted(names[p] for p in e.participants)} for e in ex.events]


def _report(rid: str, doc: str, kind: str, date: str | None, *, people=(), place=None, organizer=None, country=None,
            targets=(), amounts=()) -> EventReport:
    return EventReport(rid, doc, kind, date, place, organizer, list(people), country=country,
                       target_ids=list(targets), amounts=list(amounts))


def test_extract_events_who_is_named_in_an_opening_clause_of_before_takes_no_part():
    # "Tras conversar con Trump, la presidenta encabezó la reunión": Trump had been at the cabinet meeting (and
    # "la presidenta encabezó ..." had been his title, an apposition after his name)
    text = ("Sheinbaum habla con Trump\n\nRedacción | 12 de febrero de 2026\n\nLa presidenta Claudia Sheinbaum sostuvo "
            "este jueves una llamada telefónica con el presidente de Estados Unidos, Donald Trump.\n\nTras conversar "
            "con Trump, la presidenta encabezó la reunión del Gabinete de Seguridad en Palacio Nacional, acompañada "
            "por el secretario de Seguridad, Omar García Harfuch.")
    meeting = next(e for e in _events(text) if e["type"] == "meeting")
    assert "Donald Trump" not in meeting["participants"]
    assert {"Claudia Sheinbaum", "Omar García Harfuch"} <= set(meeting["participants"])
    en = _events("After speaking with Donald Trump, Claudia Sheinbaum met with her security cabinet at the National Palace on Thursday.",
                 "2026-02-12")
    assert [e["participants"] for e in en if e["type"] == "meeting"] == [["Claudia Sheinbaum"]]


def test_extract_events_a_meeting_of_the_same_time_elsewhere_keeps_its_people():
    # ", mientras en la Ciudad de México García Harfuch recibió al director del FBI": they had met Rubio in Washington
    (meeting,) = [e for e in _events(
        "El canciller Juan Ramón de la Fuente se reunió ayer en Washington con el secretario de Estado, Marco Rubio, "
        "mientras en la Ciudad de México el titular de la SSPC, Omar García Harfuch, recibió al director del FBI, "
        "Kash Patel.", "2026-07-09") if e["place"] == "Washington"]
    assert meeting["participants"] == ["Juan Ramón de la Fuente", "Marco Rubio"]


def test_extract_events_an_arrest_of_its_own_keeps_the_man_it_identifies():
    # "detuvo a X, identificado como jefe de plaza": X had also joined the arrest of the sentence before
    es = _events("El miércoles, en Culiacán, la Marina detuvo a Édgar Noé Inzunza Beltrán, operador de Los Chapitos. "
                 "También el miércoles, en Reynosa, la Guardia Nacional detuvo a José Luis Treviño Garza, identificado "
                 "como jefe de plaza del Cártel del Golfo.", "2026-03-06")
    arrests = [e for e in es if e["type"] == "arrest"]
    assert [a["targets"] for a in arrests] == [["Édgar Noé Inzunza Beltrán"], ["José Luis Treviño Garza"]]


def test_extract_events_a_transfer_with_whom_between_verb_and_country():
    (transfer,) = _events("Mexico transferred 26 prisoners linked to drug cartels to the United States on Wednesday, "
                          "Mexico's security cabinet said.", "2026-02-11")
    assert (transfer["type"], transfer["date"]) == ("extradition", "2026-02-11")


def test_extract_events_a_planned_month_already_past_is_the_coming_one():
    # "celebrar la próxima reunión en septiembre", told in May, had been last September
    es = _events("En el encuentro participaron el general Ricardo Trevilla Trejo y el embajador Ronald Johnson.\n\n"
                 "Las delegaciones acordaron ampliar el intercambio de información y celebrar la próxima reunión en "
                 "Washington en septiembre.", "2026-05-21")
    assert [e["date"] for e in es if e["type"] == "meeting" and e["planned"]] == ["2026-09"]


def test_extract_dates_last_month_name_is_the_latest_such_month():
    assert [d.value for d in extract_dates("He was arrested in Culiacan last August.", published="2026-03-07")] == \
        ["2025-08"]
    assert [d.value for d in extract_dates("He was arrested last March.", published="2026-03-07")] == ["2025-03"]
    assert [d.value for d in extract_dates("He was arrested last February.", published="2026-03-07")] == ["2026-02"]


def test_resolve_events_an_extradition_told_where_handed_over_and_where_tried_is_one():
    # Tijuana (Mexico) in one outlet, San Diego (US) in the other: one extradition of one man that day
    mexico = _report("r1", "d1", "extradition", "2026-03-06", people=["per-tigre", "org-fgr"], place="plc-tijuana",
                     country="mx", targets=["per-tigre"])
    us = _report("r2", "d2", "extradition", "2026-03-06", people=["per-tigre"], place="plc-san-diego", country="us",
                 targets=["per-tigre"])
    assert merge_evidence(mexico, us) is not None
    assert len(resolve_events([mexico, us])) == 1
    # a meeting in two countries stays two
    assert merge_evidence(_report("r3", "d1", "meeting", "2026-03-06", people=["per-a", "per-b"], country="mx"),
                          _report("r4", "d2", "meeting", "2026-03-06", people=["per-a", "per-b"], country="us")) is None


def test_resolve_events_seizures_of_counted_things_in_two_places_are_two():
    # 1,200 liters of meth in Tamazula and 40 rifles in Navolato, told in one article: two seizures
    labs = _report("r1", "d1", "seizure", "2026-09", place="plc-tamazula",
                   amounts=[{"item": "methamphetamine", "value": 1200.0, "unit": "l", "kind": "seizure"}])
    guns = _report("r2", "d1", "seizure", "2026-09-26", place="plc-navolato", organizer="org-semar",
                   amounts=[{"item": "firearms", "value": 40.0, "unit": None, "kind": "seizure"}])
    assert len(resolve_events([labs, guns])) == 2
    # the same 40 rifles told by two outlets at two place names stay open to one
    again = _report("r3", "d2", "seizure", "2026-09-26", place="plc-sinaloa", organizer="org-semar",
                    amounts=[{"item": "firearms", "value": 40.0, "unit": None, "kind": "seizure"}])
    assert len(resolve_events([guns, again])) == 1


def test_extract_events_a_meeting_told_done_inside_a_promise_is_no_plan():
    # "We met with him, he promised everything": the parser hangs "met" from "promised"; it had been planned
    (meeting,) = _events("Mothers accused prosecutors on Sunday of shutting them out.\n\n\"We met with him, he promised "
                         "everything and then he shut the door on us,\" said Indira Navarro, the collective's leader.",
                         "2026-03-08")
    assert (meeting["type"], meeting["planned"]) == ("meeting", False)


def test_extract_events_what_officers_found_told_by_its_amount_is_a_seizure():
    (seizure,) = _events("Officers found about 1.3 million fentanyl pills hidden in a tomato shipment at the Nogales "
                         "port on Friday, CBP said.", "2026-04-19")
    assert (seizure["type"], seizure["date"]) == ("seizure", "2026-04-17")
    (es,) = _events("Soldados hallaron 68 paquetes con cocaína en una bodega de Culiacán el viernes, informó la Defensa.",
                    "2026-04-19")
    assert (es["type"], es["place"]) == ("seizure", "Culiacán")
    assert _events("Police found the bodies of five men in a ravine near Culiacán on Friday, the state prosecutor "
                   "said.", "2026-04-19") == []


def test_extract_events_charging_a_fee_is_no_charge():
    assert _events("Palma Ruiz is accused of running an extortion racket that charged lime growers in Apatzingán a fee "
                   "for every box of fruit.", "2026-01-26") == []
    assert [e["type"] for e in _events("Federal prosecutors charged Juan Pérez Gómez, held in custody, with fentanyl "
                                       "trafficking on Monday.", "2026-01-26")] == ["arrest"]


def test_extract_events_the_cartel_of_the_one_extradited_takes_no_part():
    # "a plaza boss for the Sinaloa Cartel", "operador de la facción de Los Chapitos": had been participants
    (en,) = _events("Julio César Montaño Ruelas, a plaza boss for the Sinaloa Cartel, was extradited from Mexico on "
                    "Friday.", "2026-03-06")
    assert en["participants"] == ["Julio César Montaño Ruelas"]
    es = _events("La FGR extraditó este viernes a Julio César Montaño Ruelas, jefe de plaza de la facción de Los "
                 "Chapitos en Tijuana.", "2026-03-06")
    assert all("Los Chapitos" not in e["participants"] for e in es)


def test_extract_events_an_arrest_object_pronoun_is_the_man_named_before():
    # "La FGR lo detuvo", "Federal agents detained him": the arrest had named no one arrested
    es = _events("De acuerdo con fuentes de seguridad, Héctor Palma Ruiz es señalado por cobros de piso a limoneros.\n\n"
                 "La FGR lo detuvo en un domicilio de Morelia.", "2026-01-24")
    assert [e["targets"] for e in es if e["type"] == "arrest"] == [["Héctor Palma Ruiz"]]
    en = _events("Héctor Palma Ruiz is accused of extortion of lime growers.\n\nFederal agents detained him at a house in "
                 "Morelia on Saturday.", "2026-01-26")
    assert [e["targets"] for e in en if e["type"] == "arrest"] == [["Héctor Palma Ruiz"]]


def test_extract_events_who_else_attended_joins_the_meeting_told():
    # "En el encuentro también participaron ...": had been a second meeting, kept apart by its other host
    text = ("El secretario Omar García Harfuch y el subsecretario de Estado Christopher Landau encabezaron ayer en la "
            "Cancillería una reunión de seguridad.\n\nEn el encuentro también participaron el general Ricardo Trevilla "
            "Trejo y el embajador Ronald Johnson.")
    meetings = [e for e in _events(text, "2026-05-21") if e["type"] == "meeting"]
    assert len(meetings) == 1
    assert {"Ricardo Trevilla Trejo", "Ronald Johnson", "Christopher Landau"} <= set(meetings[0]["participants"])


def test_extract_events_a_call_with_its_day_between_verb_and_manner():
    # "conversó hoy vía telefónica con": had told no call
    (call,) = _events("La presidenta Claudia Sheinbaum Pardo conversó hoy vía telefónica con el presidente Donald J. Trump.",
                      "2026-02-12")
    assert (call["type"], call["date"]) == ("call", "2026-02-12")


def test_extract_events_a_transfer_counted_from_the_call_told_again():
    # "La llamada ocurrió un día después de que ... enviara a 26 ... a Estados Unidos": no transfer had been told
    # (whom before where, after "después de que"), nor dated from the call
    es = _events("La presidenta Claudia Sheinbaum sostuvo este jueves una llamada con Donald Trump.\n\nLa llamada ocurrió "
                 "un día después de que el gobierno de México enviara a 26 presuntos integrantes de cárteles a Estados "
                 "Unidos.", "2026-02-12")
    assert [(e["type"], e["date"]) for e in es] == [("call", "2026-02-12"), ("extradition", "2026-02-11")]


def test_extract_events_a_meeting_or_call_denied_is_none():
    # "Niega SRE reunión secreta ...", "denied that ... met": had been meetings
    assert _events("Niega SRE reunión secreta entre Harfuch y funcionarios de la CIA\n\nLa Secretaría de Relaciones "
                   "Exteriores negó este lunes que Omar García Harfuch se haya reunido con funcionarios de la CIA.",
                   "2026-10-05") == []
    assert _events("The Foreign Ministry denied on Monday that Security Secretary Omar García Harfuch met with CIA "
                   "officials in Langley.", "2026-10-05") == []


def test_extract_events_a_signing_told_again_and_its_commitment_take_its_day():
    # "Hooker and de la Fuente signed the memorandum at the Foreign Ministry. Both governments committed to ...": undated
    es = _events("The United States and Mexico today signed a memorandum of understanding to combat arms trafficking.\n\n"
                 "Under Secretary Allison Hooker and Foreign Minister Juan Ramón de la Fuente signed the memorandum at "
                 "the Foreign Ministry.\n\nBoth governments committed to trace every firearm seized in Mexico.",
                 "2026-09-04")
    assert [(e["type"], e["date"]) for e in es if e["type"] in {"agreement", "commitment"}] == [
        ("agreement", "2026-09-04"), ("agreement", "2026-09-04"), ("commitment", "2026-09-04")]


def test_extract_events_whom_a_letter_is_addressed_to_takes_no_part():
    # "In a letter to Governor Pablo Lemus, ... said prosecutor X had promised at a meeting": Lemus had met X
    en = _events("In a letter to Governor Pablo Lemus, the collective said state prosecutor Salvador González de los "
                 "Santos had promised at a meeting in December to give them access to the case file.", "2026-03-08")
    assert [e["participants"] for e in en if e["type"] == "meeting"] == [["Salvador González de los Santos"]]


def test_extract_events_suscribieron_is_a_signing():
    text = ("Firma en la Cancillería\n\nCiudad de México, 4 de septiembre de 2026.- El canciller Juan Ramón de la Fuente "
            "y la subsecretaria de Estado Allison Hooker suscribieron este viernes el documento en la sede de la "
            "Cancillería.")
    assert [(e["type"], e["date"]) for e in _events(text, "2026-09-04")] == [("agreement", "2026-09-04")]


def test_extract_events_the_arrest_of_a_class_of_targets_is_no_arrest():
    # "ha permitido la detención de objetivos prioritarios": a strategy's aim had been an arrest
    head = "Operativo en Tierra Caliente\n\nMorelia, Mich., 25 de enero de 2026.- "
    assert _events(head + "El secretario Omar García Harfuch informó que la Operación Paricutín ha permitido la "
                   "detención de objetivos prioritarios en Tierra Caliente.", "2026-01-25") == []
    assert _events("Operation in Michoacán\n\nMORELIA, Mexico, Jan. 25, 2026 - The strategy focuses on the arrest of "
                   "high-value targets and violence generators, García Harfuch said.", "2026-01-25") == []
    (arrest,) = _events(head + "Elementos de la Marina detuvieron este sábado en Apatzingán a dos objetivos "
                        "prioritarios del CJNG.", "2026-01-25")
    assert (arrest["type"], arrest["date"]) == ("arrest", "2026-01-24")


def test_extract_events_a_count_in_the_perfect_over_a_past_stretch_is_no_event():
    # "Mexico has extradited or transferred more than 90 ... in the past year": had been an extradition
    assert _events("Mexico has extradited or transferred more than 90 suspected cartel figures to the United States "
                   "in the past year, officials said.", "2026-05-20") == []
    (seizure,) = _events("Soldiers seized more than 400 kilograms of cocaine in Culiacán on Monday, the largest seizure "
                         "in the past year.", "2026-05-20")
    assert (seizure["type"], seizure["date"]) == ("seizure", "2026-05-18")


def test_extract_events_a_release_narrative_of_one_stop_keeps_its_day():
    # "seized ... on Friday. Officers referred ... found 68 packages ... HSI agents arrested the driver": undated
    text = ("CBP officers seize fentanyl at Nogales\n\nNOGALES, Ariz. — CBP officers at the Nogales Port of Entry seized "
            "more than 140 pounds of fentanyl pills on Friday.\n\nOfficers referred a tractor-trailer for a secondary "
            "inspection. A canine team alerted to the trailer, and officers found 68 packages of pills.\n\nHomeland "
            "Security Investigations special agents arrested the driver.")
    es = _events(text, "2026-04-19")
    assert [(e["type"], e["date"]) for e in es if e["type"] == "arrest"] == [("arrest", "2026-04-17")]
    # one that names a place of its own is another operation
    other = _events("Navy seizes cocaine in Manzanillo\n\nMANZANILLO — Marines seized 620 kilograms of cocaine in "
                    "Manzanillo on Thursday.\n\nThe navy said the cargo came from Colombia. Officials did not say who "
                    "owned it.\n\nIn Tijuana, police arrested two men with 30 kilograms of methamphetamine.", "2026-05-22")
    assert [(e["type"], e["date"]) for e in other if e["type"] == "arrest"] == [("arrest", None)]
