"""Reconciliation of claims beside CBP's in the foreign and wire press (issue 12): another country's force's seizure
is never paired with CBP's series, and "the agency said" after a sentence of CBP's ports of entry is CBP's whole
figure; hand-written EN and ES pages against the real CBP series."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")
PAGES = [
    ("2025-04-10", "es", "Cocaína en el Atlántico\n\nVigo. La Oficina de Aduanas y Protección Fronteriza (CBP) de "
     "Estados Unidos decomisó 68,215 libras de cocaína en el año fiscal 2024, según sus estadísticas.\n\nLa Guardia "
     "Civil interceptó en 2024 cuatro toneladas de cocaína frente a las costas gallegas."),
    ("2025-01-28", "en", "Border drug seizures\n\nWashington, Jan 28 (PTI) CBP officers at ports of entry on the "
     "southwest border accounted for 18,213 pounds of fentanyl seized in fiscal year 2024. Heroin seizures totalled "
     "1,511 pounds in FY 2023, the agency said.\n\nSpain's Civil Guard seized 12 tons of cocaine at Algeciras in 2024."),
    ("2024-10-20", "es", "Alijo récord en Algeciras\n\nAlgeciras. La Policía Nacional y Vigilancia Aduanera intervinieron "
     "13 toneladas de cocaína en un contenedor de bananas.\n\nEl alijo deja atrás los mayores decomisos conocidos "
     "hasta ahora (7,2 toneladas en 2022 y 6,1 toneladas en 2019), según Vigilancia Aduanera."),
]


@pytest.fixture(scope="module")
def forces(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of the pages above, by text."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("forces")
    engine = open_store(folder / "forces.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    pages = folder / "pages.jsonl"
    pages.write_text("".join(json.dumps({"url": f"https://example.test/forces/{i}", "title": text.split("\n")[0],
                                         "published": pub, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                             for i, (pub, lang, text) in enumerate(PAGES)), encoding="utf-8")
    assert not ingest_documents(engine, iter_documents([pages])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


def test_reconcile_another_countrys_force_gets_no_cbp_figure_issue_12(forces):
    ours = next(c for t, c in forces.items() if t.startswith("68,215 libras"))
    assert (ours["official_value"], ours["verdict"]) == (68215.07, "consistent")
    for text, claim in forces.items():
        if text.startswith(("cuatro toneladas", "12 tons")):
            assert claim["verdict"] == "no official series" and "official_value" not in claim, text


def test_reconcile_the_agency_said_is_the_whole_agency_issue_12(forces):
    ports = next(c for t, c in forces.items() if t.startswith("18,213 pounds"))
    assert (ports["official_value"], ports["verdict"]) == (18213.4, "consistent")  # OFO at the southwest border
    heroin = forces["1,511 pounds"]
    assert (heroin["official_value"], heroin["verdict"]) == (1511.01, "consistent")  # all of CBP, every region


def test_reconcile_record_seizures_compared_are_no_aggregates_issue_12(forces):
    # "los mayores decomisos conocidos hasta ahora (7,2 toneladas en 2022 y 6,1 toneladas en 2019)": each one seizure
    assert not [t for t in forces if t.startswith(("7,2 toneladas", "6,1 toneladas"))]
