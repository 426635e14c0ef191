"""Framework files: the shipped Bicentennial Framework, a second file, words matched, and bad files named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pesquisa.analyze.framework import (
    load_framework,
    make_terms,
    parse_framework,
    shipped_frameworks,
)
from pesquisa.errors import ConfigError

MINI = Path(__file__).resolve().parent / "data" / "frameworks" / "mini.yaml"
INDICATOR = {"id": "x", "name": "X", "evidence": [{"fact": "quantity", "kinds": ["seizure"]}]}


def framework_with(**indicator) -> dict:
    """A one-goal framework around one indicator (changes from ``INDICATOR`` given as keywords)."""
    return {"id": "t", "name": "T", "goals": [{"id": "g", "name": "G", "indicators": [{**INDICATOR, **indicator}]}]}


def test_analyze_framework_bicentennial_has_the_three_goals():
    fw = load_framework()
    assert (fw.id, fw.year, fw.countries) == ("bicentennial", 2021, ("mx", "us"))
    assert [(g.id, g.name["en"], g.name["es"]) for g in fw.goals] == [
        ("protect", "Protecting our people", "Proteger a nuestra gente"),
        ("prevent", "Preventing transborder crime", "Prevenir la delincuencia transfronteriza"),
        ("pursue", "Pursuing criminal networks", "Perseguir a las redes delictivas")]
    ids = [i.id for i in fw.indicators]
    # the list: firearms and ammunition, fentanyl and precursors, labs, extraditions and transfers,
    # leaders arrested, homicide rate, precursor controls, arms measures and counties, joint meetings
    assert {"firearms-seized", "fentanyl-seized", "labs-dismantled", "extraditions", "leader-arrests", "homicides",
            "precursor-controls", "arms-measures", "joint-meetings"} <= set(ids)
    assert all(i.name["en"] and i.name["es"] for i in fw.indicators)
    series = {i.id: [s.id for s in i.series] for i in fw.indicators if i.series}
    assert series == {"homicides": ["sesnsp-victims:Homicidio doloso:Nacional"],
                      "fentanyl-seized": ["cbp-nationwide:fentanyl"],
                      "drugs-seized": ["cbp-nationwide:methamphetamine", "cbp-nationwide:cocaine"]}
    assert shipped_frameworks() == ["bicentennial"]


def test_analyze_framework_a_second_file_loads_with_the_same_code():
    fw = load_framework(str(MINI))
    assert (fw.id, fw.name["es"], [g.id for g in fw.goals]) == ("mini", "Marco mínimo", ["supply", "justice"])
    talks = fw.indicators[-1]
    assert (talks.id, talks.rules[0].types, talks.rules[0].parties) == ("talks", ("meeting", "call"), ("mx", "us"))
    assert fw.indicators[1].name == {"en": "Cocaine seized"}  # a plain string is the English name


def test_analyze_framework_terms_whole_words_any_case_accent_and_ending():
    terms = make_terms(["fentanyl*", "cocaína", "arms", "head of", "U.S."])
    assert terms.found_in("3 million FENTANYL-laced pills") and terms.found_in("fentanyl pills")
    assert terms.found_in("94 toneladas de cocaina") and terms.found_in("COCAÍNA")
    assert terms.found_in("the head  of security") and terms.found_in("U.S. officials")
    assert not terms.found_in("farms and barns") and not terms.found_in("the header of")
    assert not make_terms([]).found_in("anything")


@pytest.mark.parametrize(("change", "message"), [
    ({"evidence": [{"fact": "quantiy"}]},
     "f.yaml: goals[0].indicators[0].evidence[0].fact: 'quantiy' is no fact type (use quantity, event, quote, relation)"),
    ({"evidence": [{"fact": "event", "types": ["seizures"]}]},
     "f.yaml: goals[0].indicators[0].evidence[0].types: 'seizures' is no event type (known: meeting, call, visit, "
     "seizure, arrest, extradition, agreement, commitment, sanction, attack)"),
    ({"evidence": [{"fact": "quantity", "kinds": ["seized"]}]},
     "f.yaml: goals[0].indicators[0].evidence[0].kinds: 'seized' is no quantity kind (known: seizure, money, "
     "statistic, count, length)"),
    ({"evidence": [{"fact": "quantity", "item": ["fentanyl"]}]},
     "f.yaml: goals[0].indicators[0].evidence[0]: unknown key 'item' (known: fact, items, keywords, kinds, parties, "
     "relations, target_relations, target_titles, types, units, unless, value, with)"),
    ({"evidence": [{"fact": "relation"}]},
     "f.yaml: goals[0].indicators[0].evidence[0].relations: a relation rule names the relation kinds it takes"),
    ({"evidence": []}, "f.yaml: goals[0].indicators[0].evidence: at least one rule is needed"),
    ({"id": "g"}, "f.yaml: id 'g' is used twice (goal and indicator ids must be unique)"),
    ({"id": "a b"}, "f.yaml: goals[0].indicators[0].id: an id of letters, digits, - and _ is needed, not 'a b'"),
    ({"name": {"es": "solo español"}}, "f.yaml: goals[0].indicators[0].name: a name is needed ({en: ..., es: ...})"),
    ({"series": [{"kind": "seizures", "name": "CBP"}]},
     "f.yaml: goals[0].indicators[0].series[0].item: a seizures series needs one"),
    ({"keywords": {"en": "fentanyl"}}, "f.yaml: goals[0].indicators[0].keywords.en: a list is needed"),
])
def test_analyze_framework_bad_file_is_one_line_naming_the_place(change, message):
    with pytest.raises(ConfigError) as err:
        parse_framework(framework_with(**change), path="f.yaml")
    assert str(err.value) == message


def test_analyze_framework_bad_files_on_disk(tmp_path):
    with pytest.raises(ConfigError, match=r"^.*nope\.yaml: no such framework file$"):
        load_framework(str(tmp_path / "nope.yaml"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("goals: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_framework(str(broken))
    assert str(err.value) == f"{broken}: not valid YAML (line 2)"
    empty = tmp_path / "empty.yaml"
    empty.write_text(yaml.safe_dump({"id": "e", "name": "E", "goals": []}), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_framework(str(empty))
    assert str(err.value) == f"{empty}: goals: at least one goal is needed"
