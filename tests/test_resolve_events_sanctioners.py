"""Resolution (issue 11, round 28): Mexico's account freeze and a US designation one article tells are two sanctions,
even when one of them is undated and they share whom they name; bodies of one country (OFAC, the Treasury) may tell
one sanction."""

from __future__ import annotations

from pesquisa.records import make_id
from pesquisa.resolve._sanctioners import sanctioners_differ
from pesquisa.resolve.events import EventReport, resolve_events

UIF, OFAC, TREASURY = make_id("org", "mx-uif"), make_id("org", "us-ofac"), make_id("org", "us-treasury")


def _report(rid: str, organizer: str, date: str | None, doc: str = "d1") -> EventReport:
    return EventReport(id=rid, document_id=doc, type="sanction", date=date, place_id=None,
                       participant_ids=[organizer, "per-evaristo", "org-celula"], organizer_id=organizer,
                       target_ids=["per-evaristo"])


def test_resolve_events_an_account_freeze_and_a_designation_are_two_sanctions():
    uif = _report("r1", UIF, None)
    ofac = _report("r2", OFAC, "2026-11-28")
    assert sanctioners_differ(uif, ofac)
    assert len(resolve_events([uif, ofac])) == 2


def test_resolve_events_one_body_told_twice_is_one_sanction():
    first = _report("r1", UIF, None)
    again = _report("r2", UIF, "2026-11-28")
    assert not sanctioners_differ(first, again)
    assert len(resolve_events([first, again])) == 1


def test_resolve_events_two_bodies_of_one_country_may_tell_one_sanction():
    assert not sanctioners_differ(_report("r1", OFAC, "2026-11-28"), _report("r2", TREASURY, None))


def test_resolve_events_a_freeze_told_the_next_day_is_not_the_designation_of_another_article():
    # the Treasury's release designates four people; a Mexican paper the next day: "La UIF informó este miércoles que
    # bloqueó las cuentas bancarias de X, Y y otras dos personas" (undated, the same people acted on)
    ofac = EventReport(id="r1", document_id="treasury", type="sanction", date="2026-12-01", place_id=None,
                       organizer_id=TREASURY, participant_ids=[TREASURY, "per-ruelas", "per-arreola"],
                       target_ids=["per-ruelas", "per-arreola"])
    freeze = EventReport(id="r2", document_id="paper", type="sanction", date=None, place_id=None, organizer_id=UIF,
                         participant_ids=[UIF, "per-ruelas", "per-arreola"], target_ids=["per-ruelas", "per-arreola"])
    assert sanctioners_differ(ofac, freeze)
    assert len(resolve_events([ofac, freeze])) == 2
    # a wire on the designation, with no sanctioning body of its own, joins the release, and the freeze still stays out
    wire = EventReport(id="r3", document_id="wire", type="sanction", date="2026-12-01", place_id=None, organizer_id=None,
                       participant_ids=["per-ruelas", "per-arreola"], target_ids=["per-ruelas", "per-arreola"])
    groups = {r.id: e.id for e in resolve_events([ofac, freeze, wire]) for r in e.reports}
    assert groups["r1"] == groups["r3"] != groups["r2"]


def test_resolve_events_a_designation_placed_where_the_network_works_and_where_assets_are_blocked_is_one():
    # a wire: "sanctions on ... exchange houses in Culiacan" (Mexico); a portal the same day: "los bienes de los
    # sancionados en Estados Unidos quedan bloqueados" (the United States), naming the same Treasury and cartel
    wire = EventReport(id="r1", document_id="wire", type="sanction", date="2026-12-10", place_id="plc-culiacan",
                       organizer_id=TREASURY, participant_ids=[TREASURY, "org-chapitos"], target_ids=["org-chapitos"],
                       country="mx")
    portal = EventReport(id="r2", document_id="portal", type="sanction", date="2026-12-10", place_id="plc-us",
                         organizer_id=TREASURY, participant_ids=[TREASURY, "org-chapitos", "per-quinonez"],
                         target_ids=["org-chapitos", "per-quinonez"], country="us")
    assert len(resolve_events([wire, portal])) == 1
    # the UIF's listing of the same people the next day is still Mexico's measure
    uif = EventReport(id="r3", document_id="paper", type="sanction", date="2026-12-11", place_id=None, organizer_id=UIF,
                      participant_ids=[UIF, "per-quinonez"], target_ids=["per-quinonez"], country="mx")
    assert len(resolve_events([wire, portal, uif])) == 2
