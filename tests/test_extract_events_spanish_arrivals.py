"""Events, stop 42: a Spanish arrival in a named place is a visit of its day ("llegó a Quito la noche del miércoles"),
not a deal reached ("llegó a un acuerdo"), and no day for the deal signed at the talks that followed."""

from __future__ import annotations

from _event_helpers import event_dicts

TEXT = ("El presidente de Ecuador, Daniel Noboa, y el secretario de Estado de Estados Unidos, Marco Rubio, se reunieron "
        "este jueves en el Palacio de Carondelet. Rubio llegó a Quito la noche del miércoles procedente de Lima. "
        "Ambos mandatarios firmaron un acuerdo de cooperación contra el narcotráfico.")


def test_a_spanish_arrival_is_a_visit_of_its_day():
    events = event_dicts(TEXT, "2025-09-04")
    visits = [e for e in events if e["type"] == "visit"]
    assert visits and visits[0]["date"] == "2025-09-03" and "Marco Rubio" in visits[0]["participants"], events
    deals = [e for e in events if e["type"] == "agreement"]
    assert deals and deals[0]["date"] == "2025-09-04", deals


def test_reaching_a_deal_is_no_arrival():
    text = "El gobierno de Honduras llegó a un acuerdo con la embajada de Estados Unidos el martes, informó la cancillería."
    assert not [e for e in event_dicts(text, "2025-09-04") if e["type"] == "visit"]
