"""Briefings (issue 13): sections built from stored facts, every item cited, figures checked against the store.

Built on four hand-written arms-trafficking articles (``tests/data/arms_articles.jsonl``,
see ``_brief_fixtures``); the pure helpers on hand-written strings.
"""

from __future__ import annotations

import copy
import importlib
import json

import pytest

from pesquisa.errors import ConfigError, InputError
from pesquisa.report.brief import (
    ARMS_SECTIONS,
    SECTIONS,
    build_arms_picture,
    build_briefing,
    check_briefing,
    figures_of,
    make_filters,
    to_csv,
    to_html,
    to_markdown,
)
from pesquisa.report.brief._results import is_aggregate
from pesquisa.report.brief._scope import within
from pesquisa.store import read

GENERATED = "2024-06-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def weapons(brief_engine) -> dict:
    """The arms briefing of the hand-written store, as JSON."""
    return build_briefing(brief_engine, make_filters(topic="weapons"), generated=GENERATED).to_dict()


def section(briefing: dict, key: str) -> dict:
    return next(s for s in briefing["sections"] if s["key"] == key)


def texts(briefing: dict, key: str) -> list[str]:
    return [i["text"] for i in section(briefing, key)["items"]]


def item(briefing: dict, key: str, start: str) -> dict:
    return next(i for i in section(briefing, key)["items"] if i["text"].startswith(start))


# --- pure helpers ---------------------------------------------------------------------------

def test_report_brief_figures_of_leaves_dates_and_years_out():
    assert figures_of("Seizure: 1,200 firearms in Sonora (2024-03-12); 9.2% fewer; 350 mil cartuchos (2024)") == \
        ["1,200", "9.2", "350"]
    assert figures_of("Total in 2024-03: 2,024 kg and 6,715.5 l") == ["2,024", "6,715.5"]


def test_report_brief_within_compares_at_the_precision_both_have():
    assert within("2023", "2023-06", None) is True
    assert within("2024-03-12", "2024-04", None) is False
    assert within("2024-03-12", None, "2024-03") is True
    assert within(None, "2024", None) is None


def test_report_brief_make_filters_refuses_bad_options_in_one_line():
    with pytest.raises(ConfigError) as err:
        make_filters(topic="guns")
    assert str(err.value) == ("--topic guns: no such topic (known: weapons, fentanyl, kingpins, sovereignty, "
                              "migration, cooperation, money)")
    with pytest.raises(ConfigError, match=r"^--from 2024-02-30: not a date \(YYYY, YYYY-MM or YYYY-MM-DD\)$"):
        make_filters(date_from="2024-02-30")
    with pytest.raises(ConfigError, match=r"^--from 2024-06: after --to 2024-05$"):
        make_filters(date_from="2024-06", date_to="2024-05")
    with pytest.raises(ConfigError, match=r"^--lang fr: no such language \(use en or es\)$"):
        make_filters(lang="fr")
    assert make_filters(topic=" ", date_from="", lang="es").to_dict() == {"topic": None, "from": None, "to": None,
                                                                        "lang": "es"}


def test_report_brief_aggregate_figures_are_periods_not_single_seizures():
    assert is_aggregate("En lo que va del año, la Defensa ha asegurado 4 mil armas.", "2024-03-20")
    assert is_aggregate("CBP seized 27,023 pounds of fentanyl in fiscal year 2023.", "2024-01-10")
    assert is_aggregate("Authorities seized 32,000 firearms over the past year.", None)
    assert not is_aggregate("In December 2024, soldiers seized 1.65 tons of fentanyl in Sinaloa.", "2025-01-02")
    assert not is_aggregate("Soldiers seized 1,200 firearms in Sonora on March 12.", "2024-03-15")


# --- the briefing of the hand-written store ---------------------------------------------------

def test_report_brief_has_the_four_sections_and_for_weapons_the_arms_picture(weapons, brief_engine):
    assert [s["key"] for s in weapons["sections"]] == [*SECTIONS, *ARMS_SECTIONS]
    assert [s["heading"] for s in weapons["sections"][:4]] == ["Key developments", "Results", "Positions", "Actors"]
    assert weapons["title"] == "Briefing: Arms trafficking"
    assert weapons["filters"] == {"topic": "weapons", "from": None, "to": None, "lang": "en"}
    everything = build_briefing(brief_engine, make_filters(), generated=GENERATED).to_dict()
    assert [s["key"] for s in everything["sections"]] == list(SECTIONS)
    assert everything["title"] == "Briefing"


def test_report_brief_developments_name_participants_place_and_date(weapons):
    meeting = item(weapons, "developments", "Meeting")
    assert meeting["text"] == ("Meeting in Mexico City (2024-03-14): Secretaría de Relaciones Exteriores, "
                               "Merrick Garland, Alicia Bárcena")
    assert [c["text"][:45] for c in meeting["citations"]] == ["MEXICO CITY — Mexican Foreign Minister Alicia"]
    agreement = item(weapons, "developments", "Agreement in Washington")
    assert agreement["text"].startswith("Agreement in Washington (2024-05-01): Bureau of Alcohol, Tobacco, Firearms and "
                                        "Explosives, Steven Dettelbach — “U.S. and Mexican officials signed an agreement")


def test_report_brief_a_seizure_told_twice_is_one_item_citing_both(weapons):
    sonora = item(weapons, "results", "Seizure: 1,200 firearms")
    assert sonora["text"] == ("Seizure: 1,200 firearms in Sonora (2024-03-12); by Ejército Mexicano; "
                              "also reported as “1,200 armas de fuego”")
    assert {c["source"] for c in sonora["citations"]} == {"arms_articles.jsonl#1", "arms_articles.jsonl#4"}
    assert [c["text"] for c in sonora["citations"][:2]] == ["1,200 firearms", "1,200 armas de fuego"]


def test_report_brief_totals_are_derived_from_single_seizures_only(weapons):
    firearms = item(weapons, "results", "Total firearms")
    assert firearms["text"] == "Total firearms seized, each seizure counted once: 1,840"
    assert firearms["derived"] is True and firearms["total"] == {"value": 1840.0, "unit": None}
    assert [c["text"] for c in firearms["citations"]] == ["1,200 firearms", "640 armas de fuego"]
    period = item(weapons, "results", "Seizure: 4 mil armas")
    assert period["text"].endswith("— a figure over a period, not added to the totals")
    assert "derived" not in period


def test_report_brief_positions_are_people_and_direct_quotes_by_speaker(weapons):
    assert texts(weapons, "positions")[:3] == [
        "Alicia Bárcena (2024-03-15, direct): “Most of the guns we seize were bought in Arizona and Texas”",
        "Alicia Bárcena (2024-03-15, direct): “We will not stop until the straw purchases end.”",
        "Ricardo Trevilla Trejo (2024-03-20, direct): “El tráfico hormiga nos obliga a revisar cada vehículo que "
        "entra a México”"]
    assert not [t for t in texts(weapons, "positions") if t.startswith(("officials", "autoridades", "Secretaría"))]
    first = section(weapons, "positions")["items"][0]
    assert [c["text"] for c in first["citations"]] == ["Most of the guns we seize were bought in Arizona and Texas",
                                                       "Bárcena"]


def test_report_brief_actors_carry_their_relations(weapons):
    assert "Alicia Bárcena (person): met Merrick Garland" in texts(weapons, "actors")
    assert "Jorge Luis Ramírez (person): extradited by Mexico" in texts(weapons, "actors")  # "Mexico extradited X"


def test_report_brief_routes_name_counties_crossings_and_states(weapons):
    routes = texts(weapons, "routes")
    assert any(t.startswith("Route: Pima County (county); Maricopa County (county); Nogales (crossing); "
                            "Arizona (state) — “Investigators say traffickers") for t in routes)
    assert any(t.startswith("Route: condado de Harris (county); Laredo (crossing); Texas (state) — “Según") for t in routes)
    assert not any("Mexico City" in t for t in routes)  # the meeting's city is no route


def test_report_brief_tactics_from_the_bilingual_lexicon(weapons):
    labels = [t.split(":")[0] for t in texts(weapons, "tactics")]
    assert labels == ["Straw purchases"] * 3 + ["“Hormiga” (ant) smuggling"] * 3 + ["Ghost guns"] * 2 + \
        ["Parts kits"] * 2
    assert "Ghost guns: “Entre lo asegurado había armas fantasma armadas con kits de partes comprados en línea.”" \
        in texts(weapons, "tactics")


def test_report_brief_every_citation_is_exactly_its_span(weapons, brief_engine):
    cites = [c for s in weapons["sections"] for i in s["items"] for c in i["citations"]]
    docs = read.cited_documents(brief_engine, {c["document_id"] for c in cites})
    assert len(cites) > 60
    for c in cites:
        assert docs[c["document_id"]]["body"][c["start"]:c["end"]] == c["text"]
        assert docs[c["document_id"]]["source"] == c["source"]


def test_report_brief_spanish_prose_keeps_quotes_as_written(brief_engine):
    es = build_briefing(brief_engine, make_filters(topic="weapons", lang="es"), generated=GENERATED).to_dict()
    assert es["title"] == "Informe: Tráfico de armas"
    assert [s["heading"] for s in es["sections"][:4]] == ["Hechos clave", "Resultados", "Posiciones", "Actores"]
    assert item(es, "positions", "Alicia")["text"] == \
        "Alicia Bárcena (2024-03-15, cita directa): «Most of the guns we seize were bought in Arizona and Texas»"
    assert item(es, "results", "Total de firearms")["text"] == \
        "Total de firearms asegurado, cada aseguramiento una vez: 1,840"


def test_report_brief_date_filters_keep_the_range_and_count_what_they_leave_out(brief_engine):
    may = build_briefing(brief_engine, make_filters(topic="weapons", date_from="2024-05"), generated=GENERATED)
    data = may.to_dict()
    assert [i["text"][:40] for i in section(data, "developments")["items"]] == [
        "Agreement in Washington (2024-05-01): Bu"]
    assert texts(data, "results") == []  # the extradition of 2024-04-30 and the March seizures are before May
    assert texts(data, "arms_figures") == ["Stated figure: 300 rifles (2024-05-02)"]
    assert (data["left_out"]["outside_dates"], data["left_out"]["undated"]) == (37, 0)
    assert "\nLeft out by the date filters: 37 outside the dates, 0 undated.\n" in to_markdown(may)


def test_report_brief_check_passes_on_a_fresh_briefing(weapons, brief_engine):
    report = check_briefing(brief_engine, json.loads(json.dumps(weapons)))
    assert report.ok, report.failures
    # 90 citations since events round 5: the unnamed officials' agreement right after the meeting is of its people
    # 22 figures since quotes round 16: "En lo que va del año, la Defensa ha asegurado 4 mil armas, agregó ..." is quoted
    # whole (a seizure verb inside a statement no longer cuts it), and its figure is checked too
    assert report.summary() == "OK: 59 items, 90 citations, 22 figures checked against the store"


def _edited(briefing: dict, key: str, start: str, old: str, new: str, *, field: str = "text") -> dict:
    data = copy.deepcopy(briefing)
    target = item(data, key, start)
    if field == "text":
        assert old in target["text"]
        target["text"] = target["text"].replace(old, new)
    elif field == "citation":
        target["citations"][0]["text"] = target["citations"][0]["text"].replace(old, new)
    elif field == "total":
        target["total"]["value"] = float(new)
    return data


def test_report_brief_check_fails_on_an_edited_figure(weapons, brief_engine):
    bad = _edited(weapons, "results", "Seizure: 640", "640 armas", "840 armas")
    report = check_briefing(brief_engine, bad)
    assert report.failures == ["section 2 (Results) item 4: figure '840' is in none of its citations (not derived)"]
    assert report.summary().startswith("1 failure:")


def test_report_brief_check_fails_on_an_edited_total_citation_or_source(weapons, brief_engine):
    total = _edited(weapons, "results", "Total firearms", "1,840", "1,940")
    assert check_briefing(brief_engine, total).failures == [
        "section 2 (Results) item 9: figure '1,940' is in none of its citations",
        "section 2 (Results) item 9: derived total 1,840 is not written in the item"]
    value = _edited(_edited(weapons, "results", "Total firearms", "1,840", "1,940"), "results", "Total firearms", "",
                    "1940", field="total")
    assert check_briefing(brief_engine, value).failures == [
        "section 2 (Results) item 9: derived total 1,940 is not the sum of its cited parts (1,840)"]
    cited = _edited(weapons, "developments", "Meeting", "Thursday", "Friday", field="citation")
    assert check_briefing(brief_engine, cited).failures[0].startswith(
        "section 1 (Key developments) item 1: citation 1: text is not body[")
    moved = copy.deepcopy(weapons)
    moved["sections"][0]["items"][0]["citations"][0]["source"] = "elsewhere.txt"
    assert "citation 1: source 'elsewhere.txt' is not the document's ('arms_articles.jsonl#1')" in \
        check_briefing(brief_engine, moved).failures[0]


def test_report_brief_check_refuses_what_is_not_a_briefing(brief_engine):
    with pytest.raises(InputError, match=r"^briefing: not a briefing"):
        check_briefing(brief_engine, {"title": "x"})
    with pytest.raises(InputError, match=r"^briefing section 1 item 1 citation 1: citation field 'start' missing"):
        check_briefing(brief_engine, {"sections": [{"items": [{"text": "a", "citations": [
            {"source": "s", "document_id": "doc-1", "end": 3, "text": "abc"}]}]}]})


def test_report_brief_renders_markdown_html_and_csv_with_numbered_notes(brief_engine):
    briefing = build_arms_picture(brief_engine, make_filters(), generated=GENERATED)
    assert briefing.title == "Arms-trafficking picture"
    assert [s.key for s in briefing.sections] == list(ARMS_SECTIONS)
    md = to_markdown(briefing)
    assert md.startswith("# Arms-trafficking picture\n\nGenerated 2024-06-01T00:00:00+00:00. Filters: topic: weapons; "
                         "language: en.\n")
    assert "\n- Route: Arizona (state); Texas (state) — “Most of the guns we seize were bought in Arizona and Texas,” " \
           "Bárcena said. [1]\n" in md
    assert "\n1. arms\\_articles.jsonl\\#1 [" in md
    html = to_html(briefing)
    assert '<sup><a class="note-ref" href="#n1">1</a></sup>' in html and '<li id="n1">' in html
    assert "<script" not in html
    rows = to_csv(briefing).splitlines()
    assert rows[0] == "section,item,text,derived,note,source,document_id,start,end,citation"
    assert len(rows) - 1 == sum(len(i.citations) for i in briefing.items)


def test_report_brief_on_the_shared_corpus_plus_new_articles(corpus_brief_db):
    """The issue's bar: >= 3 sections, >= 12 items, every citation its span, every figure cited or derived."""
    from pesquisa.store import open_store

    engine = open_store(corpus_brief_db, create=False)
    data = json.loads(json.dumps(build_briefing(engine, make_filters()).to_dict()))
    assert len(data["sections"]) >= 3
    assert sum(len(s["items"]) for s in data["sections"]) >= 12
    report = check_briefing(engine, data)
    assert report.ok, report.failures[:5]


def test_report_brief_gives_the_verdict_where_an_official_series_exists(official_store):
    from pesquisa.store import open_store

    engine = open_store(official_store, create=False)
    data = build_briefing(engine, make_filters(topic="fentanyl"), generated=GENERATED).to_dict()
    fy23 = item(data, "results", "Seizure: 27,023 pounds of fentanyl")
    assert fy23["verdict"] == "consistent"
    assert fy23["text"].endswith("— a figure over a period, not added to the totals — official series: consistent")
    assert check_briefing(engine, data).ok
    wrong = copy.deepcopy(data)
    item(wrong, "results", "Seizure: 27,023 pounds of fentanyl")["verdict"] = "inconsistent"
    assert [f.split(": ", 1)[1] for f in check_briefing(engine, wrong).failures] == [
        "verdict 'inconsistent' is not the reconciliation of its cited figures"]


def test_report_brief_all_is_honest():
    module = importlib.import_module("pesquisa.report.brief")
    public = {n for n in vars(module) if not n.startswith("_") and not isinstance(getattr(module, n), type(module))}
    assert set(module.__all__) == public - {"annotations"}
