"""A cooperation framework as data: its goals, their indicators, and what evidences each indicator.

A framework file (``data/frameworks/<id>.yaml``, or any file given with ``--framework``) names
goals, each with indicators; an indicator has names in English and Spanish, keywords in both
languages, the rules a stored fact must meet to evidence it, and the official series that
measure it where one is imported. The code knows no goal or indicator by name: a second file
works the same way (``tests/data/frameworks/mini.yaml``).

A rule (``EvidenceRule``) names one fact type (quantity, event, quote, relation) and what the
fact must be: its kind, item, unit, event type or relation kind, whether its sentence must hold
one of the indicator's keywords, extra words it must (``with``) or must not (``unless``) hold,
the countries its actors must cover, and for events, whether a target must be a known leader.
Words match whole, case- and accent-insensitively; a trailing ``*`` matches any ending
(like ``data/topics.yaml``). The file is checked when loaded: an unknown key, fact type, event
type or quantity kind is a ``ConfigError`` naming the file and the place in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from pesquisa.errors import ConfigError
from pesquisa.lexicon import read_data
from pesquisa.text import fold_chars, fold_form

FACTS = ("quantity", "event", "quote", "relation")
QUANTITY_KINDS = ("seizure", "money", "statistic", "count", "length")  # records.Quantity.kind
SERIES_KINDS = ("seizures", "victims")  # official_seizures (CBP), official_victims (SESNSP)
RULE_KEYS = {"fact", "kinds", "items", "units", "types", "relations", "keywords", "with", "unless", "parties",
             "target_relations", "target_titles", "value"}
DEFAULT_FRAMEWORK = "bicentennial"


@dataclass(frozen=True, slots=True)
class Terms:
    """Words and phrases (English and Spanish together) and the one pattern that finds any of them."""

    words: tuple[str, ...]
    pattern: re.Pattern[str] | None

    def found_in(self, text: str) -> bool:
        """True when ``text`` holds one of the words (whole, any case and accents)."""
        return bool(self.pattern and self.pattern.search(fold_chars(text)))


NO_TERMS = Terms((), None)


def make_terms(words: Iterable[str]) -> Terms:
    """The ``Terms`` of ``words``: longest first, a trailing ``*`` any word ending, blanks any run of blanks."""
    kept = tuple(dict.fromkeys(str(w).strip() for w in words if str(w).strip()))
    parts = []
    for word in sorted({fold_form(w) for w in kept}, key=len, reverse=True):
        body = re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
        parts.append(body.replace(r"\ ", r"\s+"))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None
    return Terms(kept, pattern)


@dataclass(frozen=True, slots=True)
class EvidenceRule:
    """What a stored fact must be to evidence an indicator (every field set must hold)."""

    fact: str  # quantity | event | quote | relation
    kinds: tuple[str, ...] = ()  # quantity kinds
    items: Terms = NO_TERMS  # words of the quantity's item
    units: tuple[str | None, ...] = ()  # quantity units; None for counts
    types: tuple[str, ...] = ()  # event types
    relations: tuple[str, ...] = ()  # relation kinds
    keywords: bool = False  # the fact's sentence holds one of the indicator's keywords
    with_terms: Terms = NO_TERMS  # ... and one of these
    unless: Terms = NO_TERMS  # the fact's own text holds none of these
    parties: tuple[str, ...] = ()  # countries that must each have an actor in the event
    target_relations: tuple[str, ...] = ()  # an event target is the subject of one of these relations
    target_titles: bool = False  # ... or holds a title among the indicator's keywords
    value: tuple[str, ...] = ()  # amount kinds that give an event its figure


@dataclass(frozen=True, slots=True)
class SeriesSpec:
    """An official series that measures an indicator: CBP seizures of an item, or SESNSP victims of a crime."""

    kind: str  # seizures | victims
    name: dict[str, str]
    dataset: str = "cbp-nationwide"
    item: str | None = None
    crime: str | None = None
    state: str = "Nacional"

    @property
    def id(self) -> str:
        """A stable id: ``cbp-nationwide:fentanyl``, ``sesnsp-victims:Homicidio doloso:Nacional``."""
        if self.kind == "seizures":
            return f"{self.dataset}:{self.item}"
        return f"sesnsp-victims:{self.crime}:{self.state}"

    @property
    def unit(self) -> str:
        """The unit of its points: kilograms seized, or victims."""
        return "kg" if self.kind == "seizures" else "victims"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator: names, keywords, evidence rules and official series."""

    id: str
    name: dict[str, str]
    keywords: Terms
    rules: tuple[EvidenceRule, ...]
    series: tuple[SeriesSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class Goal:
    """One goal of the framework and its indicators."""

    id: str
    name: dict[str, str]
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class Framework:
    """A framework: id, names, year, the countries it covers, its goals, and the file it came from."""

    id: str
    name: dict[str, str]
    goals: tuple[Goal, ...]
    countries: tuple[str, ...] = ()
    year: int | None = None
    path: str = ""

    @property
    def indicators(self) -> list[Indicator]:
        """Every indicator, goal by goal, in file order."""
        return [i for g in self.goals for i in g.indicators]


def label(names: dict[str, str], lang: str = "en") -> str:
    """The name in ``lang``, else in English."""
    return names.get(lang) or names.get("en") or next(iter(names.values()), "")


def framework_path(name_or_path: str | Path | None = None) -> Path:
    """The file of a shipped framework by id ("bicentennial"), or the path given; default bicentennial."""
    name = str(name_or_path or DEFAULT_FRAMEWORK)
    if re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name) and not name.endswith((".yaml", ".yml")):
        return Path(str(resources.files("pesquisa.data").joinpath("frameworks").joinpath(f"{name}.yaml")))
    return Path(name)


def shipped_frameworks() -> list[str]:
    """Ids of the frameworks shipped in ``data/frameworks``, sorted."""
    folder = resources.files("pesquisa.data").joinpath("frameworks")
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_framework(name_or_path: str | Path | None = None) -> Framework:
    """The framework read from its file (see ``framework_path``). Raises ``ConfigError`` naming what is wrong."""
    path = framework_path(name_or_path)
    return _load(str(path))


@cache
def _load(path: str) -> Framework:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such framework file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read the framework file ({err})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}") from None
    return parse_framework(data, path=path)


def parse_framework(data: object, *, path: str = "<framework>") -> Framework:
    """A ``Framework`` from the parsed YAML ``data``. Raises ``ConfigError`` ("<path>: goals[0]...: problem")."""
    top = _mapping(data, path, "the file")
    goals = tuple(_goal(g, path, f"goals[{n}]") for n, g in enumerate(_list(top, "goals", path, "the file")))
    if not goals:
        raise ConfigError(f"{path}: goals: at least one goal is needed")
    ids = [i.id for g in goals for i in g.indicators] + [g.id for g in goals]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise ConfigError(f"{path}: id '{twice[0]}' is used twice (goal and indicator ids must be unique)")
    year = top.get("year")
    if year is not None and not isinstance(year, int):
        raise ConfigError(f"{path}: year: a year is a number, not {year!r}")
    return Framework(id=_ident(top.get("id"), path, "id"), name=_names(top.get("name"), path, "name"), goals=goals,
                     countries=_strings(top.get("countries", []), path, "countries"), year=year, path=path)


def _goal(data: object, path: str, where: str) -> Goal:
    goal = _mapping(data, path, where)
    indicators = tuple(_indicator(i, path, f"{where}.indicators[{n}]")
                       for n, i in enumerate(_list(goal, "indicators", path, where)))
    return Goal(_ident(goal.get("id"), path, f"{where}.id"), _names(goal.get("name"), path, f"{where}.name"),
                indicators)


def _indicator(data: object, path: str, where: str) -> Indicator:
    ind = _mapping(data, path, where)
    rules = tuple(_rule(r, path, f"{where}.evidence[{n}]") for n, r in enumerate(_list(ind, "evidence", path, where)))
    if not rules:
        raise ConfigError(f"{path}: {where}.evidence: at least one rule is needed")
    series = tuple(_series(s, path, f"{where}.series[{n}]") for n, s in enumerate(ind.get("series") or []))
    return Indicator(_ident(ind.get("id"), path, f"{where}.id"), _names(ind.get("name"), path, f"{where}.name"),
                     _terms(ind.get("keywords", {}), path, f"{where}.keywords"), rules, series)


def _rule(data: object, path: str, where: str) -> EvidenceRule:
    rule = _mapping(data, path, where)
    unknown = sorted(set(rule) - RULE_KEYS)
    if unknown:
        raise ConfigError(f"{path}: {where}: unknown key '{unknown[0]}' (known: {', '.join(sorted(RULE_KEYS))})")
    fact = rule.get("fact")
    if fact not in FACTS:
        raise ConfigError(f"{path}: {where}.fact: {fact!r} is no fact type (use {', '.join(FACTS)})")
    kinds = _strings(rule.get("kinds", []), path, f"{where}.kinds")
    _known(kinds, QUANTITY_KINDS, path, f"{where}.kinds", "quantity kind")
    types = _strings(rule.get("types", []), path, f"{where}.types")
    _known(types, tuple(read_data("events.yaml")["triggers"]), path, f"{where}.types", "event type")
    if fact == "relation" and not rule.get("relations"):
        raise ConfigError(f"{path}: {where}.relations: a relation rule names the relation kinds it takes")
    units = tuple(None if u is None else str(u) for u in _plain_list(rule.get("units", []), path, f"{where}.units"))
    return EvidenceRule(
        fact=fact, kinds=kinds, items=make_terms(_strings(rule.get("items", []), path, f"{where}.items")),
        units=units, types=types, relations=_strings(rule.get("relations", []), path, f"{where}.relations"),
        keywords=bool(rule.get("keywords", False)), with_terms=_terms(rule.get("with", {}), path, f"{where}.with"),
        unless=_terms(rule.get("unless", {}), path, f"{where}.unless"),
        parties=_strings(rule.get("parties", []), path, f"{where}.parties"),
        target_relations=_strings(rule.get("target_relations", []), path, f"{where}.target_relations"),
        target_titles=bool(rule.get("target_titles", False)),
        value=_strings(rule.get("value", []), path, f"{where}.value"))


def _series(data: object, path: str, where: str) -> SeriesSpec:
    spec = _mapping(data, path, where)
    kind = spec.get("kind")
    if kind not in SERIES_KINDS:
        raise ConfigError(f"{path}: {where}.kind: {kind!r} is no series kind (use {', '.join(SERIES_KINDS)})")
    needed = "item" if kind == "seizures" else "crime"
    if not spec.get(needed):
        raise ConfigError(f"{path}: {where}.{needed}: a {kind} series needs one")
    return SeriesSpec(kind=kind, name=_names(spec.get("name"), path, f"{where}.name"),
                      dataset=str(spec.get("dataset", "cbp-nationwide")), item=spec.get("item"),
                      crime=spec.get("crime"), state=str(spec.get("state", "Nacional")))


# --- checks of the parsed YAML ---------------------------------------------------------------------------


def _mapping(data: object, path: str, where: str) -> dict:
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {where}: a mapping (key: value) is needed")
    return data


def _plain_list(data: object, path: str, where: str) -> list:
    if not isinstance(data, list):
        raise ConfigError(f"{path}: {where}: a list is needed")
    return data


def _list(data: dict, key: str, path: str, where: str) -> list:
    return _plain_list(data.get(key) or [], path, f"{where}.{key}" if where != "the file" else key)


def _strings(data: object, path: str, where: str) -> tuple[str, ...]:
    items = _plain_list(data, path, where)
    if not all(isinstance(x, str | int | float) and str(x).strip() for x in items):
        raise ConfigError(f"{path}: {where}: a list of words is needed")
    return tuple(str(x) for x in items)


def _known(values: tuple[str, ...], known: tuple[str, ...], path: str, where: str, what: str) -> None:
    wrong = [v for v in values if v not in known]
    if wrong:
        raise ConfigError(f"{path}: {where}: '{wrong[0]}' is no {what} (known: {', '.join(known)})")


def _ident(value: object, path: str, where: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", value):
        raise ConfigError(f"{path}: {where}: an id of letters, digits, - and _ is needed, not {value!r}")
    return value


def _names(value: object, path: str, where: str) -> dict[str, str]:
    if isinstance(value, str) and value.strip():
        return {"en": value}
    if isinstance(value, dict) and value.get("en") and all(isinstance(v, str) for v in value.values()):
        return {str(k): str(v) for k, v in value.items()}
    raise ConfigError(f"{path}: {where}: a name is needed ({{en: ..., es: ...}})")


def _terms(value: object, path: str, where: str) -> Terms:
    """Words given as a list or by language ({en: [...], es: [...]}), as one ``Terms``."""
    if isinstance(value, dict):
        return make_terms(w for lang in sorted(value) for w in _strings(value[lang], path, f"{where}.{lang}"))
    return make_terms(_strings(value, path, where))
