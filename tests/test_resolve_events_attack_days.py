"""Two attacks of one article on two days stay two events (issue 11, xdoc round 30): "killed four ... early on
Sunday ... In a separate attack on Saturday night" in one city were one attack, the one-day tolerance meant for
outlets counting from different days also applying inside one article."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import exported

from pesquisa.resolve.events import EventReport, resolve_events


def _attacks(tmp_path: Path, name: str, text: str) -> list[tuple[str, str | None]]:
    events = exported(tmp_path, {name: text})[name]["events"]
    return sorted((e["date"], e["place"]) for e in events if e["type"] == "attack")


def test_resolve_events_an_article_two_attacks_a_day_apart_in_one_city_are_two(tmp_path: Path):
    dates = [d for d, _ in _attacks(tmp_path, "wire.txt", "Gunmen kill four at a bar in Mexican city of Tijuana\n\n"
                                    "December 14, 2026\n\nTIJUANA, Mexico (AP) — Gunmen killed four people at a bar in "
                                    "the border city of Tijuana early on Sunday, Baja California prosecutors said.\n\n"
                                    "The attackers fled in a pickup truck, the prosecutors said in a statement.\n\n"
                                    "In a separate attack on Saturday night, gunmen killed two men outside a taco stand "
                                    "in the east of the city, municipal police said.\n")]
    assert dates == ["2026-12-12", "2026-12-13"]


def test_resolve_events_una_nota_dos_ataques_en_dos_dias_son_dos(tmp_path: Path):
    dates = [d for d, _ in _attacks(tmp_path, "nota.txt", "Dos ataques armados en Irapuato dejan seis muertos\n\n"
                                    "15 de diciembre de 2026\n\nIrapuato, Guanajuato.- Hombres armados asesinaron a "
                                    "cuatro personas la noche de este lunes en un bar de la zona centro de Irapuato, "
                                    "informó la Fiscalía del Estado.\n\nEn otro hecho, ocurrido el domingo por la "
                                    "tarde, sujetos armados mataron a dos hombres en una vulcanizadora de la misma "
                                    "ciudad.\n")]
    assert dates == ["2026-12-13", "2026-12-14"]


def _report(rid: str, doc: str, date: str) -> EventReport:
    return EventReport(rid, doc, "attack", date, "plc-city", None, [], target_ids=["per-victim"], published="2026-12-14")


def test_resolve_events_attacks_a_day_apart_join_across_outlets_not_inside_one():
    # one victim named by both: two outlets counting from different days ("anoche", "el sábado") tell one attack
    inside = resolve_events([_report("r1", "doc-a", "2026-12-13"), _report("r2", "doc-a", "2026-12-12")])
    assert len(inside) == 2
    across = resolve_events([_report("r1", "doc-a", "2026-12-13"), _report("r2", "doc-b", "2026-12-12")])
    assert len(across) == 1
