"""Two articles each naming a different man the FGR extradited on one day tell two extraditions, each the one other
outlets tell of its own man; a transfer told with a head count still takes in the report naming one of those sent
(issue 11)."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import event_ids, exported

from pesquisa.resolve.events import EventReport, resolve_events

PAGES = {
    "fgr.txt": "FGR extradita a EU a Bernardo Ochoa Llamas\n\n9 de septiembre de 2026\n\nCiudad de México.- La Fiscalía "
               "General de la República extraditó este miércoles a los Estados Unidos a Bernardo Ochoa Llamas, requerido por una corte "
               "federal de Nuevo México por tráfico de metanfetamina.\n",
    "portal.txt": "Extraditan a operador financiero del Cártel del Noreste\n\n9 de septiembre de 2026\n\nLa FGR extraditó "
                  "este miércoles a Estados Unidos a Leticia Garza Villarreal, señalada de lavar dinero del Cártel del "
                  "Noreste y requerida por una corte de Luisiana.\n",
    "usao.txt": "Mexican man extradited to New Mexico on meth charges\n\nSeptember 10, 2026\n\nALBUQUERQUE — Bernardo Ochoa "
                "Llamas was extradited from Mexico on Wednesday and made his first appearance in federal court in "
                "Albuquerque, the U.S. Attorney's Office said.\n",
}


def test_resolve_events_two_articles_naming_different_men_sent_apart(tmp_path: Path):
    docs = exported(tmp_path, PAGES)
    fgr, portal, usao = (event_ids(docs, name, "extradition") for name in PAGES)
    assert fgr and portal and usao
    assert fgr == usao and not portal & fgr


def _sent(rid: str, document: str, targets: list[str], count: float | None = None) -> EventReport:
    amounts = [{"item": "personas", "value": count, "unit": None, "kind": "count"}] if count else []
    return EventReport(rid, document, "extradition", "2026-08-12", None, "org-fgr", ["org-fgr", *targets],
                       target_ids=targets, amounts=amounts)


def test_resolve_events_transfer_with_a_head_count_takes_another_articles_named_man():
    # "envió a 26 personas ... Entre ellos, X" in one article, "Y fue enviado" in another: one transfer
    reports = [_sent("r1", "d1", ["per-x"], 26), _sent("r2", "d2", ["per-y"])]
    assert len(resolve_events(reports)) == 1
    # without a head count, X sent in one article and Y in another are two
    assert len(resolve_events([_sent("r3", "d1", ["per-x"]), _sent("r4", "d2", ["per-y"])])) == 2
