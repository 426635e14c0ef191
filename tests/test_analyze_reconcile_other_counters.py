"""A crime figure another counter gives (a civil group, an observatory, INEGI's death records, a press tally) is no
SESNSP figure: it gets no official figure and says whose it is, however close or far it is from SESNSP's.

Hand-written EN and ES articles; the SESNSP-shaped counts are those of ``test_analyze_reconcile.victims_csv``
(30,000 homicide victims nationally in 2024, 29,640 in 2023).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_analyze_reconcile import victims_csv

from pesquisa.analyze.reconcile import CONSISTENT, NO_SERIES, reconcile
from pesquisa.analyze.reconcile._counters import other_counter
from pesquisa.store import open_store

ARTICLES = [
    ("2025-01-21", "es", "Homicidios en 2024\n\nDe acuerdo con el SESNSP, en 2024 se registraron 30,000 víctimas de "
                         "homicidio doloso en el país.\n\nOrganizaciones civiles como Causa en Común estimaron que en "
                         "2024 hubo 36,500 asesinatos.\n\nPor su parte, el INEGI reportó 32,100 homicidios en 2023 "
                         "con base en actas de defunción.\n"),
    ("2025-01-25", "en", "Mexico's killings\n\nMexico recorded 29,650 homicide victims in 2023, according to official "
                         "figures.\n\nA tally by the nonprofit Mexico United Against Crime counted 31,200 murders in "
                         "2024.\n\nMexico counted 30,100 homicide victims in 2024, more than the 29,900 killings an "
                         "NGO reported, the SESNSP said.\n"),
    ("2025-01-20", "es", "Homicidios a la baja\n\nSegún México Evalúa, los homicidios dolosos bajaron 6% en 2024 respecto a "
                         "2023.\n\nDe acuerdo con el SESNSP, los homicidios dolosos subieron 1.2% en 2024 respecto a "
                         "2023.\n"),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory) -> dict[str, dict]:
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("counters")
    path = folder / "counters.jsonl"
    path.write_text("".join(json.dumps({"url": f"https://example.test/counters/{i}", "title": text.split("\n")[0],
                                        "published": published, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                            for i, (published, lang, text) in enumerate(ARTICLES)), encoding="utf-8")
    engine = open_store(folder / "counters.sqlite")
    assert not ingest_documents(engine, iter_documents([Path(path)])).failed
    assert import_official(engine, "sesnsp", [str(victims_csv(folder / "victimas.csv"))]).ok
    return {c.text: c.to_dict() for c in reconcile(engine)}


@pytest.mark.parametrize(("start", "counter"), [
    ("36,500", "Causa en Común"),  # the counter named nearest before it
    ("32,100", "INEGI"),
    ("31,200", "nonprofit"),
])
def test_another_counters_figure_gets_no_official_figure(claims, start, counter):
    claim = next(c for t, c in claims.items() if t.startswith(start))
    assert claim["verdict"] == NO_SERIES and "official_value" not in claim
    assert counter in claim["reason"]


def test_another_counters_change_gets_no_official_figure(claims):
    assert claims["6%"]["verdict"] == NO_SERIES and "México Evalúa" in claims["6%"]["reason"]
    assert "official_value" not in claims["6%"]
    assert claims["1.2%"]["verdict"] == CONSISTENT  # SESNSP's own: 30,000 against 29,640 is +1.2 %


@pytest.mark.parametrize("start", ["30,000", "29,650", "30,100"])
def test_sesnsp_or_official_figures_are_judged(claims, start):
    claim = next(c for t, c in claims.items() if t.startswith(start))
    assert claim["verdict"] == CONSISTENT


def test_nearest_counter_decides():
    text = "Mexico counted 30,100 homicide victims in 2024, more than the 29,900 killings an NGO reported."
    assert other_counter(text, (0, len(text)), _span(text, "30,100")) == "NGO"  # the only counter, after it
    said = text[:-1] + ", the SESNSP said."  # its closing attribution, another figure between it and the NGO
    assert other_counter(said, (0, len(said)), _span(said, "30,100"), [15, said.index("29,900")]) is None
    assert other_counter(said, (0, len(said)), _span(said, "29,900"), [15, said.index("29,900")]) == "NGO"
    text = "Según el SESNSP, hubo 30,100 víctimas; según México Evalúa, 35,000 asesinatos."
    assert other_counter(text, (0, len(text)), _span(text, "30,100")) is None
    assert other_counter(text, (0, len(text)), _span(text, "35,000")) == "México Evalúa"
    assert other_counter("Hubo 30,100 víctimas en 2024.", (0, 29), (5, 11)) is None


def _span(text: str, figure: str) -> tuple[int, int]:
    return text.index(figure), text.index(figure) + len(figure)
