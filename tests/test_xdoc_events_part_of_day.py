"""A gathering told by the part of the day it came in ("Por la tarde, ...", "In the afternoon, ...") after a dated one
took place that day, and so joins another outlet's report of it."""

from __future__ import annotations

from pathlib import Path

from pesquisa.ingest import iter_documents
from pesquisa.pipeline import ingest_documents
from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store

LOCAL = """Ministro guatemalteco cumple agenda en Washington

Prensa Libre
Viernes 13 de marzo de 2026

WASHINGTON.- El ministro de Gobernación de Guatemala, Rodrigo Alvarado Pinto, se reunió este jueves con la
secretaria de Seguridad Nacional, Kristi Noem, para revisar la cooperación contra el tráfico de migrantes.

Por la tarde, el funcionario sostuvo un encuentro con el director de la DEA, Terrance Cole, sobre el paso de cocaína
por el país.
"""

WIRE = """Guatemala's interior minister meets U.S. officials on drug trafficking

March 12, 2026

Guatemalan Interior Minister Rodrigo Alvarado Pinto met Homeland Security Secretary Kristi Noem in Washington on
Thursday, the ministry said.

In the afternoon, Alvarado held talks with DEA Administrator Terrance Cole on cocaine moving through the country.
"""


def _meetings(tmp_path: Path) -> dict[str, list[tuple[str, str | None, list[str]]]]:
    for name, text in (("local.txt", LOCAL), ("wire.txt", WIRE)):
        paragraphs = [" ".join(p.split("\n")) for p in text.split("\n\n")]  # one line a paragraph, as outlets write
        (tmp_path / name).write_text("\n\n".join(paragraphs), encoding="utf-8")
    store = open_store(tmp_path / "kb.sqlite")
    ingest_documents(store, [d for p in sorted(tmp_path.glob("*.txt")) for d in iter_documents([p])])
    out: dict[str, list[tuple[str, str | None, list[str]]]] = {}
    for doc in evaluation_export(store)["documents"]:
        names = {e["id"]: e["name"] for e in doc["entities"]}
        out[Path(doc["source"]).name] = [(v["id"], v["date"], [names.get(p, p) for p in v["participant_ids"]])
                                         for v in doc["events"] if v["type"] == "meeting"]
    return out


def _with(meetings: list[tuple[str, str | None, list[str]]], name: str) -> tuple[str, str | None, list[str]]:
    return next(m for m in meetings if any(name in p for p in m[2]))


def test_xdoc_events_an_afternoon_meeting_takes_the_day_and_joins_the_other_outlet(tmp_path: Path):
    got = _meetings(tmp_path)
    assert len(got["local.txt"]) == 2 and len(got["wire.txt"]) == 2
    local_cole, wire_cole = _with(got["local.txt"], "Cole"), _with(got["wire.txt"], "Cole")
    assert local_cole[1] == "2026-03-12"
    assert local_cole[0] == wire_cole[0]
    assert _with(got["local.txt"], "Noem")[0] == _with(got["wire.txt"], "Noem")[0] != local_cole[0]
