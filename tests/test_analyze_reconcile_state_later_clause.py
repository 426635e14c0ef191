"""A state named after a crime figure, in a later clause with a figure of its own ("se registraron 15,000 víctimas en
el país, y Chihuahua acumuló 2,040"): the state is that figure's, the first is the country's; a state right after the
figure's words ("15,000 víctimas en Chihuahua y ...") stays its own. Hand-written EN and ES articles against the
SESNSP-shaped counts of ``test_analyze_reconcile.victims_csv``."""

from __future__ import annotations

import json

import pytest
from test_analyze_reconcile import victims_csv

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

ARTICLES = [
    ("2025-04-10", "es", "Violencia en 2024\n\nCiudad de México. Según el SESNSP, en el primer semestre de 2024 se "
     "registraron 15,000 víctimas de homicidio doloso en el país, y Chihuahua acumuló 2,040 víctimas en todo 2024."),
    ("2025-04-11", "en", "Violence in 2024\n\nMexico City. According to SESNSP, 15,000 homicide victims were recorded "
     "in the first half of 2024, while Chihuahua had 2,040 victims in all of 2024."),
    ("2025-04-12", "es", "Chihuahua\n\nChihuahua. Según el SESNSP, en 2024 hubo 2,040 víctimas de homicidio doloso en "
     "Chihuahua y 1,200 en Sinaloa."),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory) -> list[dict]:
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("later_clause")
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps({"url": f"https://example.test/clause/{i}", "title": text.split("\n")[0],
                                        "published": pub, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                            for i, (pub, lang, text) in enumerate(ARTICLES)), encoding="utf-8")
    engine = open_store(folder / "kb.sqlite")
    assert not ingest_documents(engine, iter_documents([path])).failed
    assert import_official(engine, "sesnsp", [str(victims_csv(folder / "victimas.csv"))]).ok
    return [c.to_dict() for c in reconcile(engine)]


def test_first_figure_is_the_countrys(claims):
    first = [c for c in claims if c["text"].startswith("15,000")]
    assert len(first) == 2
    assert all((c["official_value"], c["verdict"]) == (15000.0, "consistent") for c in first)


def test_later_clause_figure_is_the_states(claims):
    later = [c for c in claims if c["text"].startswith("2,040")]
    assert len(later) == 3
    assert all((c["official_value"], c["verdict"]) == (2040.0, "consistent") for c in later)
