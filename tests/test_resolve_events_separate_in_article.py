"""One article telling two events of a kind keeps them two (issue 11): a sentence opening "En otro hecho", "In a
separate attack", "Por separado" tells another event than those told before it, whatever else the reports share
(no day, a place the lexicon does not chain); and an arrest naming whom it took, dated a day after an arrest of the
article naming no one ("A day after officers arrested the driver, agents detained ..."), is another arrest. A single
event told twice in one article (lead and a later retelling) still merges."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import exported

from pesquisa.resolve._separate import opens_apart
from pesquisa.resolve.events import EventReport, resolve_events


def test_resolve_events_openings_of_another_event_en_es():
    assert opens_apart("En otro hecho, un hombre fue asesinado a balazos en la sindicatura de Costa Rica")
    assert opens_apart("En un hecho distinto, sujetos armados atacaron la comandancia de Taxco")
    assert opens_apart("Por separado, agentes ministeriales detuvieron en Guasave a un hombre")
    assert opens_apart("In a separate attack, gunmen shot dead two men at a tire shop")
    assert opens_apart("Hours later, in an unrelated incident, police found a body")
    assert opens_apart("Separately, soldiers arrested three men in Sonoyta")
    assert not opens_apart("Gunmen killed four people at a bar in the city, prosecutors said")
    assert not opens_apart("Los hechos ocurrieron en otro punto")
    assert not opens_apart("The separatist group claimed the attack")
    assert not opens_apart(None)


def _attack(rid: str, start: int, *, apart: bool = False, place: str | None = None, date: str | None = None,
            doc: str = "doc-a") -> EventReport:
    return EventReport(rid, doc, "attack", date, place, None, [], published="2026-11-03", start=start, apart=apart)


def test_resolve_events_a_report_opening_apart_is_not_one_told_before_it():
    lead, detail, other = _attack("r1", 0), _attack("r2", 120), _attack("r3", 400, apart=True)
    assert len(resolve_events([lead, detail, other])) == 2
    unmarked = _attack("r3", 400)
    assert len(resolve_events([lead, detail, unmarked])) == 1  # one attack told three times


def test_resolve_events_a_retelling_after_the_other_event_may_join_the_first():
    first, other, retold = _attack("r1", 0, place="plc-x"), _attack("r2", 300, apart=True, place="plc-y"), \
        _attack("r3", 600, place="plc-x")
    events = resolve_events([first, other, retold])
    assert sorted(sorted(r.id for r in e.reports) for e in events) == [["r1", "r3"], ["r2"]]


def test_resolve_events_openings_apart_only_inside_one_article():
    # another outlet telling the second attack joins it; the first article's two stay two
    events = resolve_events([_attack("r1", 0, date="2026-11-02", place="plc-x"),
                             _attack("r2", 300, apart=True, date="2026-11-02", place="plc-x"),
                             _attack("r9", 0, date="2026-11-02", place="plc-x", doc="doc-b")])
    assert len(events) == 2


def _arrest(rid: str, start: int, date: str, targets: list[str]) -> EventReport:
    return EventReport(rid, "doc-a", "arrest", date, None, "org-police", ["org-police", *targets], target_ids=targets,
                       published="2026-11-06", start=start)


def test_resolve_events_an_arrest_named_a_day_after_one_naming_no_one_is_another():
    driver, second = _arrest("r1", 100, "2026-11-03", []), _arrest("r2", 300, "2026-11-04", ["per-villarreal"])
    assert len(resolve_events([driver, second])) == 2


def test_resolve_events_a_lead_dated_later_than_its_named_detail_still_merges():
    # the lead dated by the day the arrest was made known, the detail naming the man taken the day before
    lead, detail = _arrest("r1", 0, "2026-11-05", []), _arrest("r2", 200, "2026-11-04", ["per-lozano"])
    assert len(resolve_events([lead, detail])) == 1


def test_resolve_events_otro_hecho_en_una_nota_son_dos_ataques(tmp_path: Path):
    text = ("Asesinan a dos jóvenes en Culiacán\n\nCuliacán, Sinaloa, 12 de noviembre de 2026.- Dos jóvenes fueron "
            "asesinados a balazos la noche de este miércoles en la colonia Bicentenario, al norte de Culiacán, "
            "informó la Fiscalía General del Estado.\n\nLos agresores viajaban en un automóvil compacto y huyeron "
            "tras el ataque.\n\nEn otro hecho, sujetos armados dispararon contra la fachada de la comandancia de "
            "la policía municipal de Navolato, sin que se reportaran lesionados.\n")
    events = [e for e in exported(tmp_path, {"nota.txt": text})["nota.txt"]["events"] if e["type"] == "attack"]
    assert len(events) == 2


def test_resolve_events_a_day_after_officers_arrested_the_driver_two_arrests(tmp_path: Path):
    text = ("Second suspect detained in Laredo rancher kidnapping\n\nLAREDO, Texas (KGNS) - November 13, 2026 - A "
            "second man has been taken into custody in connection with the kidnapping of a Laredo rancher, the FBI said "
            "Thursday.\n\nOfficers with the Laredo Police Department arrested the driver of the truck used in the "
            "abduction on Tuesday near the Colombia Solidarity Bridge.\n\nA day after officers arrested the driver, "
            "FBI agents detained Hector Gallegos, 33, at a home in south Laredo.\n")
    events = [e for e in exported(tmp_path, {"kgns.txt": text})["kgns.txt"]["events"] if e["type"] == "arrest"]
    assert len(events) >= 2
    assert len({e["date"] for e in events if e["date"]}) >= 2
