"""Crime figures told for a municipality, a city or a borough: SESNSP counts victims by state, so no official figure.

Hand-written EN and ES articles; the SESNSP-shaped counts are those of ``test_analyze_reconcile.victims_csv``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_analyze_reconcile import victims_csv

from pesquisa.analyze.reconcile import NO_SERIES, reconcile
from pesquisa.analyze.reconcile._cues import find_cues
from pesquisa.analyze.reconcile._localities import find_localities, locality_of_figure
from pesquisa.store import open_store

ARTICLES = [
    ("2025-01-22", "es", "Reynosa y la violencia\n\nREYNOSA, Tamps.— Reynosa sumó 410 víctimas de homicidio doloso en "
                         "2024, informó el ayuntamiento.\n\nEn el municipio de Cajeme se contaron 380 víctimas de "
                         "homicidio doloso en 2024.\n\nEn Irapuato, Guanajuato, hubo 290 víctimas de homicidio doloso "
                         "en 2024, mientras que Guanajuato cerró el año con 3,130 víctimas de homicidio doloso.\n"),
    ("2025-02-03", "en", "Killings in Sinaloa\n\nCULIACÁN, Mexico (AP) — The city of Culiacán counted 950 homicide "
                         "victims in 2024, local officials said.\n\nThe state of Sinaloa recorded 1,210 homicide "
                         "victims in 2024, and Mexico City's Iztapalapa borough recorded 520 homicide victims in "
                         "2024.\n\nMexico City recorded 1,000 homicide victims in 2024.\n"),
    ("2025-01-30", "es", "Sinaloa, un año de guerra\n\nSinaloa acumuló 1,180 víctimas de homicidio doloso en 2024. En "
                         "la capital del estado se registraron 870 víctimas de homicidio doloso en 2024.\n"),
    ("2025-01-30", "en", "Culiacán's toll\n\nSinaloa recorded 1,175 homicide victims in 2024. The city counted 640 "
                         "homicide victims in 2024, the mayor said.\n"),
    ("2025-02-10", "en", "Killings on both sides\n\nIn Los Angeles, police counted 270 homicide victims in 2024, "
                         "officials said.\n\nIn Mexico, 30,020 homicide victims were counted in 2024.\n\nIn "
                         "Sheinbaum's first months, Chihuahua recorded 2,030 homicide victims in 2024.\n"),
    ("2025-02-11", "es", "Juárez y Chihuahua\n\nEn Cd. Juárez se contaron 930 víctimas de homicidio doloso en 2024, "
                         "según la fiscalía.\n\nEn diciembre, Chihuahua registró 2,045 víctimas de homicidio doloso "
                         "en 2024.\n"),
    ("2025-02-12", "es", "Dos estados\n\nGuanajuato y Chihuahua sumaron 5 mil 170 víctimas de homicidio doloso en "
                         "2024.\n"),
    ("2025-02-12", "en", "Two states\n\nIn Sinaloa and Guanajuato, 4,300 homicide victims were counted in 2024.\n"),
]


@pytest.fixture(scope="module")
def local_claims(tmp_path_factory) -> dict[str, dict]:
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("localities")
    path = folder / "local.jsonl"
    path.write_text("".join(json.dumps({"url": f"https://example.test/local/{i}", "title": text.split("\n")[0],
                                        "published": published, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                            for i, (published, lang, text) in enumerate(ARTICLES)), encoding="utf-8")
    engine = open_store(folder / "local.sqlite")
    assert not ingest_documents(engine, iter_documents([Path(path)])).failed
    assert import_official(engine, "sesnsp", [str(victims_csv(folder / "victimas.csv"))]).ok
    return {c.text: c.to_dict() for c in reconcile(engine)}


@pytest.mark.parametrize(("text", "place"), [
    ("410 víctimas", "Reynosa"),  # a town of the lexicon before the figure (not the dateline's)
    ("380 víctimas", "Cajeme"),  # "el municipio de": any name
    ("290 víctimas", "Irapuato"),  # "En Irapuato, Guanajuato,": the state only places the town
    ("950 homicide victims", "Culiacán"),
    ("520 homicide victims", "Iztapalapa"),  # a borough of Mexico City, after a state's figure in the sentence
    ("870 víctimas", "la capital del estado"),  # a town with no name, after the state's figure
    ("640 homicide victims", "The city"),
    ("270 homicide victims", "Los Angeles"),  # a place abroad: no SESNSP series either
    ("930 víctimas", "Juárez"),  # "Cd." opens a town's name and ends no sentence
])
def test_reconcile_crime_figure_of_a_municipality_has_no_series_issue_12(local_claims, text, place):
    claim = local_claims[text]
    assert claim["verdict"] == NO_SERIES and "official_value" not in claim
    assert claim["scope"]["regions"] == [place] and "by state" in claim["reason"]


@pytest.mark.parametrize(("text", "state"), [
    ("3,130 víctimas", "Guanajuato"),  # the state named after a town's figure in the same sentence
    ("1,210 homicide victims", "Sinaloa"),  # "The state of Sinaloa": a state, not a town
    ("1,000 homicide victims", "Ciudad de México"),  # Mexico City is a state of the series
    ("1,180 víctimas", "Sinaloa"), ("1,175 homicide victims", "Sinaloa"),
    ("30,020 homicide victims", "Nacional"),  # "In Mexico": the country
    ("2,030 homicide victims", "Chihuahua"),  # "In Sheinbaum's first months": no place
    ("2,045 víctimas", "Chihuahua"),  # "En diciembre": no place
])
def test_reconcile_crime_figure_of_a_state_beside_towns_keeps_its_series_issue_12(local_claims, text, state):
    claim = local_claims[text]
    assert claim["scope"]["regions"] == [state] and claim["verdict"] != NO_SERIES


def test_localities_not_a_state_nor_a_month_before_the_state():
    text = "En diciembre, el estado sumó 300 víctimas; en la Ciudad de México hubo 90 y en Sonora, Sinaloa y Jalisco 500."
    states = find_cues(text)["state"]
    assert find_localities(text, states) == []
    start = text.index("300")
    assert locality_of_figure([], states, text, (start, start + 3), (0, len(text))) is None


@pytest.mark.parametrize(("text", "states", "official"), [
    ("5 mil 170 víctimas", ["Guanajuato", "Chihuahua"], 5160),
    ("4,300 homicide victims", ["Sinaloa", "Guanajuato"], 4320),
])
def test_reconcile_one_crime_figure_of_two_states_counts_both_issue_12(local_claims, text, states, official):
    claim = local_claims[text]
    assert (claim["scope"]["regions"], claim["official_value"], claim["verdict"]) == (states, official, "consistent")
