"""Two extraditions one communiqué tells (one to Arizona, "también" another to Texas) are two events, each the one other
outlets tell of its own man, while a transfer with a head count keeps the people it names together; a minister who
meets the FBI director, then the DEA administrator, on one day held two meetings (issue 11)."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import event_ids, exported

from pesquisa.resolve.events import EventReport, merge_evidence, resolve_events

PAGES = {
    "fgr.txt": "Entrega FGR a dos requeridos por cortes de EU\n\n4 de marzo de 2026\n\nCiudad de México.- La Fiscalía "
               "General de la República entregó este miércoles en extradición a Ramiro Quintero Sauceda, requerido por "
               "una corte federal de Arizona por tráfico de fentanilo.\n\nEn otra diligencia, la institución también "
               "extraditó a Efraín Lugo Armenta, requerido en el Distrito Sur de Texas por lavado de dinero.\n",
    "doj.txt": "Mexican national extradited to Arizona on fentanyl charges\n\nMarch 5, 2026\n\nPHOENIX — Ramiro "
               "Quintero Sauceda was extradited from Mexico on Wednesday and appeared before a federal judge in Phoenix, "
               "the U.S. Attorney's Office said.\n",
    "diario.txt": "Extraditan a Texas a Efraín Lugo\n\n5 de marzo de 2026\n\nEfraín Lugo Armenta fue extraditado este "
                  "miércoles a Estados Unidos, donde lo reclama una corte de Houston por lavado de dinero.\n",
}


def test_resolve_events_two_extraditions_of_one_communique_apart(tmp_path: Path):
    docs = exported(tmp_path, PAGES)
    fgr, doj, diario = (event_ids(docs, name, "extradition") for name in PAGES)
    assert len(fgr) == 2 and doj and diario
    assert doj < fgr and diario < fgr and not doj & diario


def _sent(rid: str, targets: list[str], count: float | None = None) -> EventReport:
    amounts = [{"item": "personas", "value": count, "unit": None, "kind": "count"}] if count else []
    return EventReport(rid, "d1", "extradition", "2026-08-12", None, "org-fgr", ["org-fgr", *targets], target_ids=targets,
                       amounts=amounts)


def test_resolve_events_transfer_with_a_head_count_keeps_its_named_together():
    # "envió a 26 personas ... Entre ellos, X. También fue enviado Y": one transfer, in any order
    reports = [_sent("r1", [], 26), _sent("r2", ["per-x"]), _sent("r3", ["per-y"])]
    for order in (reports, reports[::-1], [reports[1], reports[0], reports[2]]):
        assert len(resolve_events(order)) == 1
    # without a head count, X sent and, in another sentence, Y sent are two
    assert len(resolve_events([_sent("r4", ["per-x"]), _sent("r5", ["per-y"]), _sent("r6", [])])) == 2


def _meeting(rid: str, people: list[str], place: str, date: str | None = "2026-06-09") -> EventReport:
    return EventReport(rid, rid, "meeting", date, place, None, people)


def test_resolve_events_visitor_meeting_two_counterparts_one_day():
    # "met Tuesday with FBI Director Kash Patel" and, by the DEA, "met with ... Terrance Cole on Tuesday"
    fbi = _meeting("r1", ["per-harfuch", "per-patel"], "loc-washington")
    dea = _meeting("r2", ["per-harfuch", "per-cole"], "loc-arlington")
    assert merge_evidence(fbi, dea) is None and merge_evidence(dea, fbi) is None
    # the Spanish report of the FBI meeting names the minister's own ministry, not another person: one meeting
    assert merge_evidence(fbi, _meeting("r3", ["per-harfuch", "org-sspc"], "loc-washington", None)) is not None
    assert merge_evidence(fbi, _meeting("r4", ["per-harfuch", "per-patel", "per-aide"], "loc-dc")) is not None


PATEL = {
    "ap.txt": "Mexican security chief meets FBI director\n\nJune 9, 2026\n\nWASHINGTON (AP) — Mexico's security "
              "secretary, Omar García Harfuch, met Tuesday with FBI Director Kash Patel to discuss fugitives and "
              "gun trafficking, officials said.\n",
    "sspc.txt": "Se reúne García Harfuch con director del FBI\n\n9 de junio de 2026\n\nEl secretario de Seguridad, Omar "
                "García Harfuch, se reunió este martes en Washington con el director del FBI, Kash Patel.\n",
    "dea.txt": "DEA administrator meets Mexican security secretary\n\nJune 9, 2026\n\nWASHINGTON — DEA Administrator "
               "Terrance Cole met with Mexican Security Secretary Omar Garcia Harfuch on Tuesday to discuss "
               "fentanyl laboratories, the agency said.\n",
}


def test_resolve_events_fbi_and_dea_meetings_of_one_day_apart(tmp_path: Path):
    docs = exported(tmp_path, PATEL)
    ap, sspc, dea = (event_ids(docs, name, "meeting") for name in PATEL)
    assert ap and sspc and dea
    assert ap & sspc and not (ap | sspc) & dea


def test_resolve_events_companion_told_alone_is_no_other_counterpart():
    # "Sheinbaum recibió ... al subsecretario Christopher Landau ... estuvo presente el canciller" and AP's "met Friday
    # with the U.S. deputy secretary of state ... Ambassador Ronald Johnson also attended the meeting"
    jornada = [EventReport("r1", "d1", "meeting", "2026-10-09", "loc-palace", None, ["per-s", "per-landau", "per-dlf"])]
    ap = [EventReport("r2", "d2", "meeting", "2026-10-09", "loc-palace", None, ["per-s"]),
          EventReport("r3", "d2", "meeting", "2026-10-09", None, None, ["per-johnson"])]
    for order in (jornada + ap, ap + jornada):
        assert len(resolve_events(order)) == 1
