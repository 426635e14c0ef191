"""Two seizures or arrests of one article told in two places stay two events (issue 11, round 13): two seizures of one
sentence had one report id, and two arrests of one day by two bodies in two cities were merged through the lead."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import exported

from pesquisa.resolve._sites import sites_differ


def _export(tmp_path: Path, name: str, text: str) -> list[dict]:
    return exported(tmp_path, {name: text})[name]["events"]


def test_resolve_events_two_seizures_of_one_sentence_are_two_events(tmp_path: Path):
    events = _export(tmp_path, "semar.txt", "Semar asegura cocaína en dos puertos\n\n28/11/2026\n\nLa Secretaría de "
                     "Marina aseguró este viernes 500 kilos de cocaína en el puerto de Manzanillo, Colima, y 300 kilos "
                     "en el puerto de Lázaro Cárdenas, Michoacán.\n")
    seizures = sorted((e["place"], e["date"]) for e in events if e["type"] == "seizure")
    assert seizures == [("Lázaro Cárdenas", "2026-11-27"), ("Manzanillo", "2026-11-27")]


def test_resolve_events_two_arrests_by_two_bodies_in_two_cities_are_two_events(tmp_path: Path):
    # the arrested are not named (Mexican releases write "Eduardo «N»"): only place and body tell them apart
    events = _export(tmp_path, "gabinete.txt", "Detienen a dos objetivos prioritarios\n\n1 diciembre, 2026\n\n"
                     "Autoridades federales detuvieron este lunes a dos presuntos líderes criminales en operativos "
                     "distintos.\n\nEn Zapopan, Jalisco, elementos de la Secretaría de Marina capturaron a Juan Carlos "
                     "«N», alias «El Pelón».\n\nPor otro lado, en Celaya, Guanajuato, agentes de la Fiscalía "
                     "General de la República aprehendieron a Eduardo «N», alias «El Lalo».\n")
    arrests = {e["place"] for e in events if e["type"] == "arrest"}
    assert {"Zapopan", "Celaya"} <= arrests


def test_resolve_events_sites_differ_needs_two_places_two_bodies_and_no_shared_person():
    navy, fgr, x = "org-navy", "org-fgr", "per-x"
    assert sites_differ(("plc-zapopan", navy, frozenset()), ("plc-celaya", fgr, frozenset()))
    assert not sites_differ(("plc-culiacan", navy, frozenset({x})), ("plc-sinaloa", fgr, frozenset({x})))
    assert not sites_differ(("plc-culiacan", navy, frozenset()), ("plc-sinaloa", navy, frozenset()))
