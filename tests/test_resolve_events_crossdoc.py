"""One meeting told by a Foreign Ministry release, a wire story and, a week later, as the background of another
meeting: one event id, apart from the meeting agreed on and the later one (issue 11, round 6)."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import exported

PAGES = {
    "sre.txt": "El canciller De la Fuente recibe al secretario de Estado\n\nCiudad de México, 10 de noviembre de "
               "2026\n\nEl canciller Juan Ramón de la Fuente recibió este martes al secretario de Estado de Estados "
               "Unidos, Marco Rubio, en la sede de la Cancillería.\n\nAmbos funcionarios acordaron reunirse "
               "nuevamente.\n",
    "wire.txt": "Rubio meets Mexican officials\n\nNovember 11, 2026\n\nSecretary of State Marco Rubio met Tuesday "
                "with Mexican Foreign Secretary Juan Ramón de la Fuente in Mexico City.\n",
    "later.txt": "García Harfuch in Washington\n\nNovember 17, 2026\n\nMexican Security Secretary Omar García "
                 "Harfuch met with Secretary of State Marco Rubio in Washington on Tuesday, a week after Rubio held "
                 "talks in Mexico City.\n",
}


def test_resolve_events_one_meeting_across_outlets_apart_from_the_planned_and_the_later_one(tmp_path: Path):
    docs = exported(tmp_path, PAGES)
    meetings = {name: [(e["id"], e["date"], e["status"]) for e in docs[name]["events"] if e["type"] == "meeting"]
                for name in PAGES}
    held = {i for i, _d, status in meetings["sre.txt"] if status == "happened"}
    planned = {i for i, _d, status in meetings["sre.txt"] if status == "planned"}
    assert len(held) == 1 and len(planned) == 1 and held != planned
    assert {i for i, _d, _s in meetings["wire.txt"]} == held
    later = {d: i for i, d, _s in meetings["later.txt"]}
    assert later["2026-11-10"] in held and later["2026-11-17"] not in held | planned
