"""The words that place a claim: agencies, regions, states, pills, single seizures, crimes and drugs.

Every phrase is data (the ``reconcile`` section of ``official.yaml``; drug names from
``commodities.yaml``), compiled once into one alternation per way of matching. Read-only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from pesquisa.extract.quantities import commodity_key
from pesquisa.lexicon import read_data
from pesquisa.text import fold_chars

DRUG_ITEMS_ALL = "drugs"


@dataclass(slots=True, frozen=True)
class Cue:
    """One cue word in a text, where it is and what it stands for."""

    start: int
    end: int
    key: str  # agency key, "other", region name, "nationwide", "binational", "pill"
    text: str


@cache
def settings() -> dict:
    """The reconcile section of official.yaml, its phrases compiled into one pattern per way of matching."""
    data = read_data("official.yaml")["reconcile"]
    cues: list[tuple[str, str, str]] = []  # (kind, key, form)
    for key, agency in data["agencies"].items():
        cues += [("agency", key, form) for form in agency["forms"]]
    cues += [("agency", "other", form) for lang in data["other_agencies"].values() for form in lang]
    cues += [("region", region, form) for region, forms in data["regions"].items() for form in forms]
    cues += [("region", "nationwide", form) for form in data["nationwide"]]
    cues += [("binational", "binational", form) for form in data["binational"]]
    cues += [("joint", "joint", form) for form in data["joint"]]
    cues += [("pill", "pill", form) for form in data["pill_words"]]
    cues += [("single", "single", form) for form in data["single_seizure"]]
    cues += [("state", state, form) for state, forms in data["states"].items() for form in forms]
    # Acronyms ("CBP", "DEA") match as written, so "ice" in a word or a sentence is not ICE;
    # everything else case- and accent-free. One alternation each, longest phrase first.
    exact = {form: (kind, key) for kind, key, form in cues if form.isupper() and " " not in form}
    folded = {" ".join(fold_chars(form).split()): (kind, key) for kind, key, form in cues
              if not (form.isupper() and " " not in form)}
    return {**data, "exact": (exact, _alternation(exact)), "folded": (folded, _alternation(folded))}


def _alternation(phrases: dict[str, tuple[str, str]]) -> re.Pattern:
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


@cache
def coordinated() -> re.Pattern:
    """What joins two agencies named together: a conjunction, with at most their people's words and articles
    around it ("CBP officers and Border Patrol agents", "la Patrulla Fronteriza y los oficiales de la CBP")."""
    words = "|".join(re.escape(w) for w in settings()["coordination"]["words"])
    joins = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in settings()["coordination"]["joins"])
    return re.compile(rf"^\s*(?:(?:{words})\s+){{0,2}}(?:{joins})(?:\s+(?:{words})){{0,2}}\s*$", re.IGNORECASE)


def find_cues(text: str) -> dict[str, list[Cue]]:
    """Agencies, regions, binational, pill and single-seizure words in ``text``, by kind, in text order."""
    hits: list[tuple[int, int, str, str]] = []
    for name, source in (("exact", text), ("folded", fold_chars(text))):
        phrases, pattern = settings()[name]
        for m in pattern.finditer(source):
            kind, key = phrases[" ".join(m.group(0).split())] if name == "folded" else phrases[m.group(0)]
            if kind == "state" and key == "back" and (inner := _state_inside(source, m, phrases, pattern)):
                m, key = inner  # "El Estado de México sumó ...": the state named, not "el estado" referring back
            hits.append((m.start(), m.end(), kind, key))
    out: dict[str, list[Cue]] = defaultdict(list)
    taken: list[tuple[int, int, str]] = []
    for start, end, kind, key in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if any(s < end and start < e and k == kind for s, e, k in taken):
            continue
        taken.append((start, end, kind))
        out[kind].append(Cue(start, end, key, text[start:end]))
    return out


def _state_inside(source: str, back: re.Match, phrases: dict, pattern: re.Pattern) -> tuple[re.Match, str] | None:
    """The state named from the second word of a referring-back match on ("El |Estado de México|"), or None."""
    second = source.find(" ", back.start()) + 1
    m = pattern.match(source, second) if 0 < second < back.end() else None
    found = phrases.get(" ".join(m.group(0).split())) if m else None
    return (m, found[1]) if m and found and found[0] == "state" and found[1] != "back" else None


@cache
def _crime_forms() -> list[tuple[re.Pattern, str]]:
    """How news names each SESNSP crime (EN/ES, folded) -> the crime as the series writes it, longest first."""
    forms = [(" ".join(fold_chars(form).split()), crime) for crime, words in settings()["crimes"].items()
             for form in words]
    return [(re.compile(r"(?<![\w-])" + re.escape(f).replace(r"\ ", r"\s+") + r"(?![\w-])"), crime)
            for f, crime in sorted(forms, key=lambda x: -len(x[0]))]


def crime_of(text: str | None) -> str | None:
    """The SESNSP crime a written item names ("víctimas de homicidio doloso" -> "Homicidio doloso"), or None."""
    if not text:
        return None
    folded = fold_chars(text)
    return next((crime for pattern, crime in _crime_forms() if pattern.search(folded)), None)


def last_crime_of(text: str) -> str | None:
    """The SESNSP crime ``text`` names last ("... durante 2024, y las de extorsión" -> "Extorsión"), or None."""
    folded = fold_chars(text)
    found = [(m.end(), -len(m.group(0)), crime) for pattern, crime in _crime_forms() for m in pattern.finditer(folded)]
    return max(found)[2] if found else None


def claim_unit(raw_unit: str | None) -> tuple[str, float] | None:
    """(unit shown, kg per unit) of a written mass unit ("pounds" -> ("lb", 0.4536)); None for others."""
    if not raw_unit:
        return None
    entry = settings()["units"].get(" ".join(fold_chars(raw_unit).split()).rstrip("."))
    return (entry[0], float(entry[1])) if entry else None


def kg_per_unit(shown: str) -> float | None:
    """Kilograms in one unit as a claim shows it ("lb", "kg", "short ton", "t"), or None for a unit of no mass."""
    return next((float(factor) for unit, factor in settings()["units"].values() if unit == shown), None)


@cache
def series_items() -> dict[str, str]:
    """Item key of news quantities -> item key of the CBP rows (the same keys; commodities folded)."""
    drugs = read_data("official.yaml")["cbp"]["drugs"]
    return {commodity_key(item): item for item in drugs.values()}


@cache
def commodity_forms() -> list[tuple[re.Pattern, str]]:
    """Drug names (EN/ES forms of commodities.yaml that the series counts) -> item key."""
    data = read_data("commodities.yaml")["commodities"]
    items = series_items()
    forms = []
    for key, langs in data.items():
        item = items.get(commodity_key(key))
        if item is None and key != DRUG_ITEMS_ALL:
            continue
        for form in [*langs.get("en", []), *langs.get("es", [])]:
            folded = " ".join(fold_chars(form).split())
            forms.append((re.compile(r"(?<![\w-])" + re.escape(folded) + r"(?![\w-])"), item or DRUG_ITEMS_ALL))
    return sorted(forms, key=lambda f: -len(f[0].pattern))


def item_of(text: str | None) -> str | None:
    """The series item a written item names ("fentanyl pills" -> fentanyl, "drogas" -> drugs), or None."""
    if not text:
        return None
    folded = fold_chars(text)
    return next((item for pattern, item in commodity_forms() if pattern.search(folded)), None)


@cache
def _anaphors() -> re.Pattern:
    return _alternation({" ".join(fold_chars(f).split()): ("anaphor", "") for f in settings()["drug_anaphors"]})


def refers_back(text: str | None) -> bool:
    """True when a quantity as written names its drug by a word that refers back ("of the synthetic opioid")."""
    return text is not None and _anaphors().search(fold_chars(text)) is not None


def without_anaphors(folded: str) -> str:
    """``folded`` (case- and accent-free) with the words that refer back to a drug blanked out, offsets kept: "la
    droga" of "cuando aseguró 27 mil libras de la droga" names no drug of its own (not all drugs)."""
    return _anaphors().sub(lambda m: " " * len(m.group()), folded)
