"""Two meetings or calls one article tells of one official's day, and a meeting an outlet dates a day off (issue 11).

"Se reunió ayer con la fiscal general ... Más tarde, el funcionario sostuvo una reunión con el director del FBI": the
second meeting names only its counterpart, so nothing told the two apart and they were one, which met neither
outlet's report of either. A mention of the meeting told before ("During the meeting, X said", "X, who took part in
the talks") names someone too, and stays the meeting told.
"""

from __future__ import annotations

from pathlib import Path

from _event_helpers import event_dicts
from _export_helpers import event_ids, exported

from pesquisa.resolve.events import EventReport, merge_evidence, resolve_events


def _meeting(rid: str, doc: str, people: list[str], date: str | None = "2026-10-05", place: str | None = None,
             kind: str = "meeting") -> EventReport:
    return EventReport(rid, doc, kind, date, place, None, people, published="2026-10-06")


def _groups(reports: list[EventReport]) -> dict[str, str]:
    return {r.id: e.id for e in resolve_events(reports) for r in e.reports}


def test_resolve_events_gathering_naming_its_counterpart_alone_is_another_one_of_the_article():
    # "se reunió con la fiscal Ortiz en Washington ... Más tarde, el funcionario sostuvo una reunión con Lemus"
    with_both = _meeting("r1", "d1", ["per-minister", "per-ortiz"], place="loc-washington")
    counterpart = _meeting("r2", "d1", ["per-lemus"])
    other_outlet = _meeting("r3", "d2", ["per-minister", "per-lemus"])
    for order in ([with_both, counterpart, other_outlet], [other_outlet, counterpart, with_both]):
        groups = _groups(order)
        assert groups["r2"] == groups["r3"] != groups["r1"]
    # "The two met with Foreign Secretary Ruiz and Interior Secretary Salas ... as Secretary Ruiz said"
    reports = [_meeting("r1", "d1", ["per-kemp", "per-lowe"]), _meeting("r2", "d1", ["per-lowe", "per-ruiz", "per-salas"]),
               _meeting("r3", "d1", ["per-ruiz"])]
    assert len(set(_groups(reports).values())) == 1
    # a visit is told with whomever the outlet names: left as it was
    visits = [_meeting("v1", "d1", ["per-kemp", "per-lowe"], kind="visit"), _meeting("v2", "d1", ["per-ruiz"], kind="visit")]
    assert len(set(_groups(visits).values())) == 1


def test_resolve_events_two_calls_of_one_article_with_two_counterparts_are_two():
    # "spoke by phone Wednesday with Trump ... Later in the day, she held a separate call with Carney"
    reports = [_meeting("c1", "d1", ["per-president", "per-trump"], kind="call"),
               _meeting("c2", "d1", ["per-president", "per-carney"], kind="call")]
    groups = _groups(reports)
    assert groups["c1"] != groups["c2"]
    # a meeting told with another of its people, no place given, is left as it was
    meetings = [_meeting("m1", "d1", ["per-president", "per-envoy"]), _meeting("m2", "d1", ["per-president", "per-aide"])]
    assert len(set(_groups(meetings).values())) == 1


def test_resolve_events_meeting_dated_a_day_off_by_the_visitor_s_outlet_joins_with_its_ministry():
    # the ministry's "recibió este jueves ... al canciller X"; the visitor's press: "X se reunió el miércoles con su
    # homólogo", naming the ministry
    host = _meeting("r1", "d1", ["org-ministry", "per-host", "per-visitor"], date="2026-12-03")
    visitor = _meeting("r2", "d2", ["org-ministry", "per-visitor"], date="2026-12-02")
    assert merge_evidence(host, visitor) is not None
    assert merge_evidence(host, _meeting("r3", "d3", ["per-visitor"], date="2026-12-02")) is None  # no body in common
    assert merge_evidence(host, _meeting("r4", "d4", ["org-ministry", "per-visitor"], date="2026-12-01")) is None
    # the host meets another minister that day: each names someone the other does not
    other = _meeting("r5", "d5", ["org-ministry", "per-host", "per-other"], date="2026-12-02")
    assert merge_evidence(host, other) is None


def _meetings(text: str) -> list[dict]:
    return [e for e in event_dicts(text, "2026-11-20") if e["type"] == "meeting" and not e["planned"]]


def test_extract_events_meeting_named_again_gives_its_people_to_the_one_told():
    english = ("Sheinbaum meets U.S. labor chief\n\nMEXICO CITY (AP) — Mexican President Claudia Sheinbaum met U.S. Labor Secretary Lori Chavez-DeRemer at the "
               "National Palace on Thursday.\n\nDuring the meeting, Economy Minister Marcelo Ebrard said Mexico would "
               "add inspectors.\n\nDeputy Secretary Keith Sonderling, who took part in the talks, called them useful.")
    meetings = _meetings(english)  # the headline's and the body's: none of Ebrard's or Sonderling's own
    assert meetings and all("Claudia Sheinbaum" in m["participants"] for m in meetings)
    assert any({"Marcelo Ebrard", "Keith Sonderling"} <= set(m["participants"]) for m in meetings)
    spanish = ("Ortega recibe al embajador\n\nEl almirante Julián Ortega Ruelas, secretario de Marina, se reunió ayer con "
               "el embajador Ronald Johnson.\n\nAl término del encuentro, la fiscal Ernestina Godoy dijo que se revisaron "
               "casos de extradición.")
    meetings = _meetings(spanish)
    assert meetings and all("Ernestina Godoy" not in m["participants"] or "Ronald Johnson" in m["participants"]
                            for m in meetings)
    assert any("Ernestina Godoy" in m["participants"] for m in meetings)
    # a judgement of the call told ("who was on the call", "described the call as cordial") is that call
    call = ("Rubio, De la Fuente talk by phone\n\nWASHINGTON (Reuters) - U.S. Secretary of State Marco Rubio spoke by "
            "phone on Thursday with Mexican Foreign Minister Juan Ramon de la Fuente.\n\nDeputy Secretary Christopher "
            "Landau, who was on the call, said ties were strong.\n\nAmbassador Esteban Moctezuma described the call as "
            "cordial.")
    calls = [e for e in event_dicts(call, "2026-11-20") if e["type"] == "call"]
    assert calls and all("Marco Rubio" in c["participants"] for c in calls)
    assert any({"Christopher Landau", "Esteban Moctezuma"} <= set(c["participants"]) for c in calls)
    quoted = ("Ortega recibe al embajador\n\nEl almirante Julián Ortega Ruelas, secretario de Marina, se reunió ayer con "
              "el embajador Ronald Johnson.\n\n«Tuvimos una reunión muy buena», dijo el vicealmirante Ramiro Solís Paz.")
    meetings = _meetings(quoted)
    assert meetings and not any(m["participants"] == ["Ramiro Solís Paz"] for m in meetings)
    # "Más tarde, el almirante sostuvo un encuentro con X" is another meeting, not one named again
    text = ("Ortega y Johnson revisan cooperación\n\nEl almirante Julián Ortega Ruelas, secretario de Marina, se reunió "
            "ayer con el embajador Ronald Johnson.\n\nMás tarde, el almirante sostuvo un encuentro con el gobernador de Sonora, Alfonso Durazo.")
    assert len(_meetings(text)) == 2


def test_resolve_events_second_meeting_of_an_official_s_day_joins_another_outlet_s_report(tmp_path: Path):
    pages = {
        "agenda.txt": "Velasco se reúne con la fiscal Ortiz en Washington\n\n6 de octubre de 2026\n\nEl subsecretario "
                      "Roberto Velasco se reunió ayer en Washington con la fiscal adjunta de Estados Unidos, Helena Ortiz, "
                      "para revisar casos de extradición.\n\nMás tarde, el funcionario sostuvo una reunión con el director "
                      "de ICE, Tomás Lemus, en las oficinas de esa agencia.\n",
        "ice.txt": "Velasco y Lemus acuerdan agilizar repatriaciones\n\n6 de octubre de 2026\n\nEl subsecretario Roberto "
                   "Velasco sostuvo ayer una reunión de trabajo con el director de ICE, Tomás Lemus, en Washington.\n",
    }
    docs = exported(tmp_path, pages)
    agenda, ice = event_ids(docs, "agenda.txt", "meeting"), event_ids(docs, "ice.txt", "meeting")
    assert len(agenda) == 2 and len(ice) == 1 and ice <= agenda
