"""Two seizures of one article on two days with different amounts stay two events (issue 11, xdoc round 30): "seized
about 900 kilograms of cocaine ... on Monday ... On Sunday, marines seized 350 kilograms of methamphetamine" in one
port were one seizure, the one-day tolerance meant for outlets also applying inside one article."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import exported

from pesquisa.resolve.events import EventReport, resolve_events


def _seizures(tmp_path: Path, name: str, text: str) -> list[str | None]:
    events = exported(tmp_path, {name: text})[name]["events"]
    return sorted(e["date"] for e in events if e["type"] == "seizure")


def test_resolve_events_an_article_two_seizures_on_two_days_in_one_port_are_two(tmp_path: Path):
    assert _seizures(tmp_path, "wire.txt", "Mexican navy finds cocaine in container at Lazaro Cardenas\n\n"
                     "December 22, 2026\n\nMEXICO CITY, Dec 22 (Reuters) - Mexico's navy seized 1,200 kilograms of "
                     "cocaine hidden in a container of bananas at the port of Lazaro Cardenas on Monday, the navy said.\n\n"
                     "On Sunday, marines seized 60 kilograms of fentanyl pills in a bus at a checkpoint in Lazaro "
                     "Cardenas, according to the statement.\n") == ["2026-12-20", "2026-12-21"]


def test_resolve_events_una_nota_dos_aseguramientos_en_dos_dias_son_dos(tmp_path: Path):
    assert _seizures(tmp_path, "nota.txt", "Aseguran droga y combustible en Tuxpan\n\n22 de diciembre de 2026\n\n"
                     "Tuxpan, Veracruz.- Marinos aseguraron este lunes 300 kilogramos de cocaína en un yate atracado "
                     "en el puerto de Tuxpan, informó la Semar.\n\nEl domingo, personal naval aseguró 45 mil litros "
                     "de huachicol en una bodega de Tuxpan.\n") == ["2026-12-20", "2026-12-21"]


def _report(rid: str, doc: str, date: str, kg: float) -> EventReport:
    amounts = [{"quantity_id": f"qty-{rid}", "item": "cocaine", "value": kg, "unit": "kg", "kind": "seizure"}]
    return EventReport(rid, doc, "seizure", date, "plc-port", "org-navy", ["org-navy"], amounts=amounts)


def test_resolve_events_a_seizure_told_again_on_its_reaction_day_stays_one():
    # "celebró este miércoles el aseguramiento de una tonelada" and "la Marina aseguró el martes una tonelada"
    assert len(resolve_events([_report("r1", "doc-a", "2026-12-16", 1000), _report("r2", "doc-a", "2026-12-15", 1000)])) == 1
    assert len(resolve_events([_report("r1", "doc-a", "2026-12-16", 1000), _report("r2", "doc-a", "2026-12-15", 60)])) == 2
    assert len(resolve_events([_report("r1", "doc-a", "2026-12-16", 1000), _report("r2", "doc-b", "2026-12-15", 1000)])) == 1
