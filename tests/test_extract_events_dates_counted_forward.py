"""Event dates counted forward (dates round 4): "A day after officers arrested the driver, agents detained a second
man" is the day after the driver's arrest the story told before, not the day of that arrest."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(text: str, kind: str, published: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_a_day_after_an_arrest_told_before_is_the_next_day():
    text = ("Meth found in a load of limes at the bridge\n\n"
            "PHARR, Texas — Border officers seized 300 pounds of methamphetamine at the Pharr bridge on Wednesday, "
            "the agency said.\n\n"
            "The driver, a 38-year-old man from Reynosa, was arrested at the scene.\n\n"
            "A day after officers arrested the driver, agents in McAllen detained a second man at a warehouse.")
    assert "2026-12-03" in _dates(text, "arrest", "2026-12-04")


def test_extract_events_dos_dias_despues_de_la_captura_counts_from_the_day_told():
    text = ("Capturan a hermano de presunto jefe de plaza\n\n"
            "Culiacán, Sin.- Agentes de la Guardia Nacional detuvieron el lunes a Ramiro López en la colonia Centro.\n\n"
            "Dos días después de la captura de Ramiro López, los agentes detuvieron a su hermano en Navolato.")
    assert "2026-12-02" in _dates(text, "arrest", "2026-12-04")



def test_extract_events_two_days_after_his_arrest_counts_forward_from_the_day_told_before():
    text = ("Laredo man indicted in cocaine conspiracy\n\n"
            "LAREDO, Texas – A federal grand jury has returned an indictment against a Laredo man for conspiring to "
            "traffic cocaine, prosecutors said.\n\n"
            "Mario Martinez was arrested on Nov. 20 in Laredo. Two days after his arrest, agents seized 15 kilograms of "
            "cocaine from a warehouse he rented.")
    events = event_dicts(text, "2026-12-03")
    assert [e["date"] for e in events if e["type"] == "seizure"] == ["2026-11-22"]
    assert "2026-11-18" not in [e["date"] for e in events if e["type"] == "arrest"]
