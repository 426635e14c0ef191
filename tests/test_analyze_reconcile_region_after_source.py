"""A border region named in a paragraph after another agency was named as the source of a figure ("..., according to
DEA estimates." then "At the northern border, agents seized 43 pounds"): the region's CBP series, not "no series" of
the agency carried over. Hand-written EN and ES pages against the real CBP series (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")
PAGES = [
    ("2025-10-28", "en", "Border seizures slow\n\nTucson. CBP seized 21,889 pounds of fentanyl in fiscal 2024.\n\n"
     "Officers also seized more than 100 million fentanyl pills over the period, according to DEA estimates.\n\n"
     "At the northern border, agents seized just 43 pounds of fentanyl in fiscal year 2024."),
    ("2025-02-03", "es", "Fentanilo en la frontera\n\nHermosillo. La CBP decomisó 21,889 libras de fentanilo en el año "
     "fiscal 2024.\n\nLa DEA estima que se incautaron más de 100 millones de pastillas.\n\nEn la frontera con Canadá, los "
     "agentes aseguraron apenas 43 libras de fentanilo en el año fiscal 2024."),
    ("2026-05-14", "en", "Seizures decline\n\nWashington (PTI). CBP officers at ports of entry seized 18,900 pounds "
     "of fentanyl in FY 2024, and Border Patrol agents seized 2,989 pounds.\n\nAt the southwest border, 121,186 "
     "pounds of methamphetamine were seized in FY2023.\n\nAt the southwest border, agents seized 2,500 pounds of "
     "fentanyl in FY2023."),
    ("2025-03-01", "en", "Agents busy\n\nThe DEA seized 380 pounds of fentanyl in Phoenix in fiscal 2024, the DEA "
     "said.\n\nDEA agents at the southwest border seized 50 pounds of fentanyl in fiscal year 2024."),
]


@pytest.fixture(scope="module")
def claims(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("region_after_source")
    engine = open_store(folder / "kb.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    pages = folder / "pages.jsonl"
    pages.write_text("".join(json.dumps({"url": f"https://example.test/region/{i}", "title": text.split("\n")[0],
                                         "published": pub, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                             for i, (pub, lang, text) in enumerate(PAGES)), encoding="utf-8")
    assert not ingest_documents(engine, iter_documents([pages])).failed
    return [c.to_dict() for c in reconcile(engine)]


@pytest.mark.parametrize("text", ["43 pounds", "43 libras"])
def test_region_after_another_agencys_paragraph_is_cbps(claims, text):
    claim = next(c for c in claims if c["text"].startswith(text))
    assert (claim["official_value"], claim["verdict"]) == (43.04, "consistent")


def test_agency_named_in_the_sentence_keeps_no_series(claims):
    # DEA agents named in the sentence itself: DEA's figure, which no series here counts
    claim = next(c for c in claims if c["text"].startswith("50 pounds"))
    assert claim["verdict"] == "no official series" and "official_value" not in claim


def test_region_after_a_component_of_another_paragraph_is_all_of_cbp(claims):
    # the component named beside the other in the paragraph before tells nothing of this sentence
    claim = next(c for c in claims if c["text"].startswith("121,186 pounds"))
    assert (claim["official_value"], claim["verdict"], claim["scope"]["components"]) == (121186.24, "consistent",
                                                                                          ["OFO", "USBP"])


def test_region_with_the_components_people_keeps_the_component(claims):
    # "agents" in the sentence: Border Patrol's, as carried
    claim = next(c for c in claims if c["text"].startswith("2,500 pounds"))
    assert claim["scope"]["components"] == ["USBP"]
