"""Event dates (evdates6, stop 42): the day of a statement told apart from its verb ("The agency's spokesman, in a
statement on Thursday, said two suspects were arrested") is the telling's, none of the arrest's; and a seizure that a
"when" clause tells after a "since" date ("had been on the run since October, when the bureau seized 82 kg") is of
that date, not of the day the story's lead tells."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_a_statements_day_dates_no_arrest():
    text = ("Agency intercepts 1.2 tonnes of cannabis in Lagos\n\n"
            "The drug agency intercepted 1.2 tonnes of cannabis concealed in a truck in the Ikorodu area of Lagos "
            "State on Wednesday.\n\n"
            "The agency's spokesman, Femi Adeyemi, in a statement on Thursday, said two suspects were arrested in "
            "connection with the seizure.")
    arrests = [e["date"] for e in event_dicts(text, "2026-12-04") if e["type"] == "arrest"]
    assert arrests and "2026-12-03" not in arrests


def test_extract_events_en_un_comunicado_el_dia_es_del_comunicado():
    text = ("Aseguran cocaína en Manzanillo\n\n"
            "La Secretaría de Marina, en un comunicado emitido este jueves, detalló que fueron detenidas tres personas "
            "en el puerto de Manzanillo.\n")
    arrests = [e["date"] for e in event_dicts(text, "2026-12-03") if e["type"] == "arrest"]
    assert arrests and "2026-12-03" not in arrests


def test_extract_events_a_seizure_told_by_when_after_since_takes_that_month():
    text = ("Agency arrests hawala operator in drug money case\n\n"
            "New Delhi: The Enforcement Directorate on Friday arrested a Delhi-based hawala operator in a money "
            "laundering case linked to a drug cartel, officials said.\n\n"
            "The accused had been on the run since October, when the Narcotics Control Bureau seized 82 kg of cocaine "
            "at a container terminal in Gujarat.")
    seizures = [e["date"] for e in event_dicts(text, "2026-12-04") if e["type"] == "seizure"]
    assert seizures == ["2026-10"]
