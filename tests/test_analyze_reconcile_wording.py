"""Reconciliation of claims as outlets word them (issue 12, round 22): a change told with "aseguró" and a base year,
a count told "counted in 2023" after a crime named before it, a fiscal year followed by the month it ended in, two figures each told for its own border.

Hand-written EN and ES articles against the real nationwide CBP series and the SESNSP-shaped counts of
``test_analyze_reconcile.victims_csv``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_analyze_reconcile import victims_csv

from pesquisa.analyze.reconcile import reconcile
from pesquisa.analyze.reconcile._seizure_changes import tells_seizures
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")

ARTICLES = [
    ("2025-01-20", "es", "Menos fentanilo en la frontera\n\nWASHINGTON.— La CBP decomisó 21 mil 890 libras de fentanilo "
                         "en el año fiscal 2024, informó la dependencia.\n\nEl dato supone un descenso de 19 por ciento "
                         "frente al año fiscal 2023, cuando la dependencia aseguró 27 mil 20 libras de la droga.\n"),
    ("2025-01-21", "en", "A deadly year\n\nMEXICO CITY (AP) — Mexico recorded 30,000 homicide victims in 2024, "
                         "slightly more than the 29,640 counted in 2023, according to official data.\n"),
    ("2025-10-22", "es", "El año fiscal en la frontera\n\nDurante el año fiscal pasado, que concluyó en septiembre, la CBP "
                         "incautó 12 mil 30 libras de fentanilo, según cifras oficiales.\n"),
    ("2024-12-02", "en", "Fentanyl at the border\n\nIn fiscal 2024, which ended in September, CBP seized 21,900 pounds of "
                         "fentanyl nationwide, the agency said.\n"),
    ("2025-12-04", "es", "Dos fronteras\n\nEn la frontera con Canadá, la CBP decomisó 77 libras de fentanilo en el año fiscal "
                         "2025, frente a 155 mil 990 libras de metanfetamina en la frontera suroeste.\n"),
    ("2025-12-04", "en", "Two borders\n\nCBP seized 77.1 pounds of fentanyl at the northern border in fiscal 2025, "
                         "compared with 155,900 pounds of methamphetamine at the southwest border.\n"),
    ("2024-12-03", "en", "Meth by the numbers\n\nSome 174,200 pounds of methamphetamine were seized by CBP officers and "
                         "agents in fiscal year 2024, agency data show.\n"),
    ("2024-12-03", "es", "La cocaína en la frontera\n\nEn el año fiscal 2024, agentes y oficiales de la CBP incautaron 68 mil "
                         "200 libras de cocaína, según la dependencia.\n"),
    ("2023-01-16", "es", "Cocaína en la frontera\n\nLa CBP decomisó 70 mil 300 libras de cocaína en el año fiscal 2022. En el "
                         "mismo periodo, los oficiales de la Oficina de Operaciones de Campo decomisaron 57 mil 800 libras "
                         "de cocaína.\n"),
]


@pytest.fixture(scope="module")
def worded(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("worded")
    path = folder / "worded.jsonl"
    path.write_text("".join(json.dumps({"url": f"https://example.test/worded/{i}", "title": text.split("\n")[0],
                                        "published": published, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                            for i, (published, lang, text) in enumerate(ARTICLES)), encoding="utf-8")
    engine = open_store(folder / "worded.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    assert import_official(engine, "sesnsp", [str(victims_csv(folder / "victimas.csv"))]).ok
    assert not ingest_documents(engine, iter_documents([path])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


def test_reconcile_seizure_change_told_with_aseguro_and_its_base_issue_12(worded):
    # FY2024 21,889.21 lb against FY2023 27,022.85 lb: -19.0 %
    change = worded["19 por ciento"]
    assert (change["claim_value"], change["period"]["start"], change["scope"]["compared_with"]["start"]) == \
        (-19.0, "2023-10-01", "2022-10-01")
    assert (change["official_value"], change["verdict"]) == (-19.0, "consistent"), change["reason"]


@pytest.mark.parametrize(("sentence", "seizing"), [
    ("La agencia aseguró 27 mil libras de fentanilo en el año fiscal 2023.", True),
    ("La Marina aseguró más de 3 toneladas de cocaína.", True),
    ("El Ejército incautó 200 kilos de cocaína.", True),
    ("El vocero aseguró que las muertes por sobredosis bajaron 20 por ciento en 2024.", False),
    ("Las muertes bajaron 20 por ciento, aseguró el secretario.", False),
])
def test_reconcile_aseguro_tells_a_seizure_only_before_an_amount_issue_12(sentence, seizing):
    assert tells_seizures(sentence) is seizing


def test_reconcile_count_told_as_counted_takes_the_crime_before_it_issue_12(worded):
    claim = worded["29,640"]
    assert (claim["item"], claim["scope"]["regions"], claim["period"]["start"]) == ("Homicidio doloso", ["Nacional"],
                                                                                   "2023-01-01")
    assert (claim["official_value"], claim["verdict"]) == (29640.0, "consistent")


@pytest.mark.parametrize(("text", "start", "official"), [
    ("12 mil 30 libras de fentanilo", "2024-10-01", 12027.28),  # "el año fiscal pasado, que concluyó en septiembre"
    ("21,900 pounds of fentanyl", "2023-10-01", 21889.21),  # "In fiscal 2024, which ended in September"
])
def test_reconcile_fiscal_year_then_the_month_it_ended_issue_12(worded, text, start, official):
    claim = worded[text]
    assert (claim["period"]["start"], claim["period"]["end"][:7]) == (start, f"{int(start[:4]) + 1}-09")
    assert (claim["official_value"], claim["verdict"]) == (official, "consistent")


@pytest.mark.parametrize(("text", "region", "official"), [
    ("77 libras de fentanilo", "Northern Border", 77.06),  # "En la frontera con Canadá, ..., frente a ... en la frontera suroeste"
    ("155 mil 990 libras de metanfetamina", "Southwest Border", 155992.74),
    ("77.1 pounds of fentanyl", "Northern Border", 77.06),  # each figure with the border of its own clause
    ("155,900 pounds of methamphetamine", "Southwest Border", 155992.74),
])
def test_reconcile_two_figures_each_told_for_its_own_border_issue_12(worded, text, region, official):
    claim = worded[text]
    assert (claim["scope"]["regions"], claim["period"]["start"]) == ([region], "2024-10-01")
    assert (claim["official_value"], claim["verdict"]) == (official, "consistent")


@pytest.mark.parametrize(("text", "official"), [
    ("174,200 pounds of methamphetamine", 174196.97),  # "seized by CBP officers and agents": OFO and Border Patrol
    ("68 mil 200 libras de cocaína", 68215.07),  # "agentes y oficiales de la CBP"
])
def test_reconcile_officers_and_agents_are_all_of_cbp_issue_12(worded, text, official):
    claim = worded[text]
    assert claim["scope"]["components"] == ["OFO", "USBP"]
    assert (claim["official_value"], claim["verdict"]) == (official, "consistent")


def test_reconcile_the_office_of_field_operations_named_in_spanish_issue_12(worded):
    # "los oficiales de la Oficina de Operaciones de Campo decomisaron ..." after a CBP total: OFO alone, though no
    # "(OFO)" or "de la CBP" follows
    claim = worded["57 mil 800 libras de cocaína"]
    assert claim["scope"]["components"] == ["OFO"]
    assert (claim["official_value"], claim["verdict"]) == (57823.99, "consistent")
