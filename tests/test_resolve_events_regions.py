"""Operations in places no one operation has (issue 11, round 14): two states across articles, two towns in one
article. An army arrest of one Thursday in Río Bravo, Tamaulipas, had joined the army's arrest of that Thursday in
Navolato, Sinaloa; an FGR release's arrests in Zapopan and in Hermosillo were one event."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import exported

from pesquisa.records import make_id
from pesquisa.resolve._regions import places_apart


def _export(tmp_path: Path, pages: dict[str, str]) -> dict[str, list[dict]]:
    return {source: doc["events"] for source, doc in exported(tmp_path, pages).items()}


def _place(key: str) -> str:
    return make_id("plc", key)


def test_resolve_events_places_apart_reads_states_and_towns():
    navolato, culiacan, reynosa, sinaloa = (_place(k) for k in ("mx-navolato", "mx-culiacan", "mx-reynosa", "mx-sinaloa"))
    assert places_apart(navolato, reynosa, one_article=False)  # two states
    assert not places_apart(navolato, culiacan, one_article=False)  # two outlets, two neighbouring towns of one state
    assert places_apart(navolato, culiacan, one_article=True)  # one article, two towns
    assert not places_apart(culiacan, sinaloa, one_article=True)  # a town and its state
    assert not places_apart(_place("mx-cabo-san-lucas"), _place("mx-los-cabos"), one_article=True)  # and municipality
    assert not places_apart(culiacan, _place("somewhere-unknown"), one_article=True)
    assert places_apart(_place("mx-celaya"), _place("mx-salamanca"), one_article=True)  # two attacks of one day


def test_resolve_events_two_arrests_of_one_release_in_two_towns_are_two_events(tmp_path: Path):
    # no body named for the first, no one named at all (releases write "Ernesto «N»"): only the towns tell them apart
    events = _export(tmp_path, {"fgr.txt": "Capturan a dos integrantes de una banda\n\n4 de diciembre de 2026\n\n"
                                "La FGR informa que el 3 de diciembre, en dos operativos, detuvo a dos presuntos "
                                "integrantes de una banda.\n\nEn Zapopan, Jalisco, agentes federales detuvieron a "
                                "Ernesto «N», señalado como jefe de la banda.\n\nEn Hermosillo, Sonora, elementos de la "
                                "AIC capturaron a Rosa María «N», presunta encargada de las finanzas.\n"})
    assert {"Zapopan", "Hermosillo"} <= {e["place"] for e in events["fgr.txt"] if e["type"] == "arrest"}


def test_resolve_events_arrests_of_one_day_by_one_army_in_two_states_are_two_events(tmp_path: Path):
    tamaulipas = ("Troops arrest cell leader near the border\n\nDecember 4, 2026\n\nMexican army soldiers arrested a "
                  "suspected cell leader in Río Bravo on Thursday, Tamaulipas officials said.\n")
    sinaloa = ("Detienen a operador en Navolato\n\n3 de diciembre de 2026\n\nElementos del Ejército Mexicano detuvieron "
               "este jueves en Navolato, Sinaloa, a un presunto operador de una célula delictiva.\n")
    culiacan = ("Army arrests cell operator in Sinaloa\n\nDecember 4, 2026\n\nMexican army soldiers arrested a suspected "
                "cell operator in Culiacán on Thursday, officials said.\n")
    events = _export(tmp_path, {"a.txt": tamaulipas, "b.txt": sinaloa, "c.txt": culiacan})
    ids = {name: {e["id"] for e in found if e["type"] == "arrest"} for name, found in events.items()}
    assert not ids["a.txt"] & ids["b.txt"]
    assert ids["b.txt"] & ids["c.txt"]  # two outlets naming two neighbouring towns of one state: one arrest
