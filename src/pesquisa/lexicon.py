"""Domain knowledge loaded once from the YAML files in ``pesquisa/data``.

The files hold what a trained model does not know about this field: agency and
cartel names in English and Spanish with their acronyms, titles, speech verbs,
boilerplate patterns. ``load_lexicon()`` reads them into one ``Lexicon`` object.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

_FOLD_PUNCTUATION = re.compile(r"[\"'.,;:!?()\[\]…–—\-/]")


def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive key for comparing names."""
    if not text:
        return ""
    if len(text) <= 64:
        return _fold_short(text)
    return _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    """``fold`` of a word or name: the same few thousand are folded again and again by every extractor."""
    return _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # the accents NFKD split off, dropped in one pass (not a test per character)
        text = text.translate({ord(c): None for c in set(text) if unicodedata.combining(c)})
    text = text.replace("’", "'").lower()
    text = _FOLD_PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


# the words a translated or retyped name adds or drops without naming another body
_FUNCTION_WORDS = frozenset("the of and for on in de del la las los el y e para en".split())


def _loose(name: str) -> str:
    """A name without its function words and accents (folded): the key of its loose match."""
    return " ".join(w for w in fold(name).split() if w not in _FUNCTION_WORDS)


# libyaml's safe loader gives the same values as PyYAML's pure-Python one, ten times faster:
# every process (the writer and each ingest worker) read the data files in over a second.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data(name: str) -> Any:
    """Parsed content of the data file ``name`` shipped in ``pesquisa/data``: a copy of its own for each caller.

    The file is parsed once per process. Dozens of cached readers each asked for ``names.yaml`` again (47
    parses, about a second of a worker's start): a copy unpickled from the first parse is the same content
    about sixty times faster, and as free to change as a parse of its own.
    """
    return pickle.loads(_parsed(name))


@cache
def _parsed(name: str) -> bytes:
    content = yaml.load(resources.files("pesquisa.data").joinpath(name).read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    return pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL)


@cache
def _generation_suffixes() -> dict[str, str]:
    data = read_data("names.yaml")
    same = {fold(k): fold(v) for k, v in data["generation_same"].items()}
    return {fold(w): same.get(fold(w), fold(w)) for w in data["generation_suffixes"]}


def generation_of(parts: list[str] | tuple[str, ...]) -> str | None:
    """The generation suffix ending folded name parts ("jr" of "rafael caro quintero jr"; "snr" reads "sr"), or None:
    a father and his son of one name differ by it."""
    return _generation_suffixes().get(parts[-1]) if parts else None


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _namesake_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A press title ending a text; words marking a name as another person's, before it and after it."""
    data = read_data("names.yaml")
    cues = data["namesake_cues"]
    return (re.compile(rf"\b(?:{_alt(data['press_titles'])})\s+$", re.IGNORECASE),
            re.compile(rf"(?:\b(?:{_alt(cues['other'])})\b[^.;\n]{{0,25}}\b(?:{_alt(cues['named'])})|"
                       rf"\b(?:{_alt(cues['namesake'])}))\s+$", re.IGNORECASE),
            # after the name: a denial right there, in the clause after a comma, or in what the person says of themself
            # ("|X| declaró que no tiene relación con la familia", "|X| said he was not related to the capo")
            re.compile(rf"^(?:\W{{0,3}}(?:{_alt(cues['after'])})|\s*,[^.;:\n]{{0,90}}?\b(?:{_alt(cues['kin_denied'])})|"
                       rf"\s+(?:{_alt(cues['saying'])})\s+(?:(?:que|that)\s+)?[^.;:\n,]{{0,30}}?\b(?:{_alt(cues['kin_denied'])}))\b",
                       re.IGNORECASE))


def press_title_before(before: str) -> bool:
    """True when ``before`` (the text before a name) ends with a title of the press ("la periodista ")."""
    return _namesake_patterns()[0].search(before) is not None


def namesake_marked(before: str, after: str) -> bool:
    """True when the words around a name mark it as another person's than the one the article is about ("another
    woman named |X", "|X, who shares the name", "su homónimo |X"; names.yaml ``namesake_cues``)."""
    _press, marked_before, marked_after = _namesake_patterns()
    return marked_before.search(before) is not None or marked_after.match(after) is not None


# the kinds of organizations.yaml that are criminal groups (the rest are states, companies, media, ...)
CRIMINAL_KINDS = frozenset({"cartel", "faction", "gang"})


@dataclass(slots=True)
class OrgEntry:
    key: str
    name: str
    kind: str
    country: str | None
    aliases: list[str]
    context_only: list[str]
    parent: str | None = None
    # context-only forms every country's body is called ("Gobierno"): this body's only where its country leads the story
    setting_only: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PlaceEntry:
    key: str
    name: str
    aliases: list[str]
    within: str | None = None  # the key of the state or municipality it lies in ("mx-sinaloa" for Culiacán)


@dataclass
class Lexicon:
    organizations: dict[str, OrgEntry]
    places: dict[str, PlaceEntry]
    titles: dict[str, Any]
    speech: dict[str, Any]
    boilerplate: dict[str, Any]
    mojibake: dict[str, Any]
    _org_index: dict[str, str] = field(default_factory=dict)
    _context_index: dict[str, str] = field(default_factory=dict)
    _place_index: dict[str, str] = field(default_factory=dict)
    _org_loose: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.organizations.values():
            for form in (entry.name, *entry.aliases):
                self._org_index.setdefault(fold(form), entry.key)
                loose = _loose(form)
                if len(loose.split()) >= 3:  # a form ambiguous between two bodies is no key
                    self._org_loose[loose] = entry.key if self._org_loose.get(loose, entry.key) == entry.key else None
            for form in entry.context_only:
                self._context_index.setdefault(form, entry.key)
        for place in self.places.values():
            for form in (place.name, *place.aliases):
                self._place_index.setdefault(fold(form), place.key)

    def org_key(self, name: str) -> str | None:
        """Lexicon key of the organization called ``name`` (any language, acronym or alias)."""
        key = fold(name)
        hit = self._org_index.get(key)
        if hit:
            return hit
        stripped = re.sub(r"^(the|la|el|los|las|del|de la) ", "", key)
        # translations of a name differ in their function words: "Oficina de Control de Bienes de Extranjeros"
        return self._org_index.get(stripped) or self._org_loose.get(_loose(name))

    def context_key(self, name: str) -> str | None:
        """Key of a common-word alias ("Navy", "Treasury"), exactly as written; only for spans a model tagged."""
        return self._context_index.get(name)

    def place_key(self, name: str) -> str | None:
        """Lexicon key of the place called ``name`` in English or Spanish."""
        return self._place_index.get(fold(name))

    def org_patterns(self) -> list[tuple[str, str, bool]]:
        """(surface form, key, context_only) for every organization alias, longest first."""
        out = []
        for entry in self.organizations.values():
            for form in (entry.name, *entry.aliases):
                out.append((form, entry.key, False))
            for form in entry.context_only:
                out.append((form, entry.key, True))
        return sorted(set(out), key=lambda t: (-len(t[0]), t))  # ties in a fixed order, not a set's

    def title_heads(self, lang: str | None = None) -> set[str]:
        langs = [lang] if lang else list(self.titles["heads"])
        return {h.lower() for code in langs for h in self.titles["heads"].get(code, [])}


@cache
def _short_given_names() -> dict[str, list[str]]:
    data = read_data("names.yaml").get("short_given_names") or {}
    return {fold(str(short)): fold(str(full)).split() for short, full in data.items()}


@cache
def _kept_short_given_names() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("names.yaml")["kept_short_given_names"])


def is_short_given_name(word: str) -> bool:
    """True when ``word`` is the short form of a given name (names.yaml ``short_given_names``, "Lupita", and
    ``kept_short_given_names``, "Ceci")."""
    return fold(word) in _short_given_names() or fold(word) in _kept_short_given_names()


def full_given_name(parts: list[str]) -> list[str]:
    """Folded name parts with a short given name opening a longer name written out
    (names.yaml ``short_given_names``): ["pam", "bondi"] -> ["pamela", "bondi"]."""
    full = _short_given_names().get(parts[0]) if len(parts) >= 2 else None
    return full + parts[1:] if full else parts


def town_key(state: str, name: str) -> str:
    """The place key of a town of towns.yaml: its country's prefix and its folded name ("mx-dolores-hidalgo")."""
    return state.split("-")[0] + "-" + "-".join(re.findall(r"[a-z0-9]+", fold(name)))


def _towns(places: dict[str, PlaceEntry], part: str) -> dict[str, PlaceEntry]:
    """The towns of ``data/towns.yaml``'s ``part`` that places.yaml does not name, keyed by ``town_key``, each
    within its state."""
    named = {fold(form) for p in places.values() for form in (p.name, *p.aliases)}
    out: dict[str, PlaceEntry] = {}
    for state, names in read_data("towns.yaml")[part].items():
        for name in map(str, names):
            key = town_key(state, name)
            if fold(name) not in named:  # a name of towns in two states lies in neither ("Emiliano Zapata")
                out[key] = PlaceEntry(key, name, [], state if key not in out or out[key].within == state else None)
    return out


@cache
def placed_only_towns() -> dict[str, PlaceEntry]:
    """The towns of towns.yaml's ``placed_only`` (places only where the text places them), by key."""
    return _towns(load_lexicon().places, "placed_only")


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon (read once per process)."""
    orgs = {}
    for item in read_data("organizations.yaml"):
        orgs[item["key"]] = OrgEntry(
            key=item["key"],
            name=item["name"],
            kind=item.get("kind", "agency"),
            country=item.get("country"),
            aliases=[str(a) for a in item.get("aliases") or []],
            context_only=[str(a) for a in item.get("context_only") or []],
            parent=item.get("parent"),
            setting_only=[str(a) for a in item.get("setting_only") or []],
        )
    places = {p["key"]: PlaceEntry(p["key"], p["name"], [str(a) for a in p.get("aliases") or []], p.get("within"))
              for p in read_data("places.yaml")}
    places |= _towns(places, "towns")
    return Lexicon(
        organizations=orgs,
        places=places,
        titles=read_data("titles.yaml"),
        speech=read_data("speech.yaml"),
        boilerplate=read_data("boilerplate.yaml"),
        mojibake=read_data("mojibake.yaml"),
    )


@cache
def speech_forms(lang: str) -> frozenset[str]:
    """Past and present forms of the speech verbs of ``data/speech.yaml`` ("said", "señaló"), lower case: the
    Spanish list is inflected already; English lemmas get their regular past forms, irregulars are listed."""
    speech = load_lexicon().speech
    forms = {v.lower() for v in speech["verbs"].get(lang, []) if " " not in v}
    if lang == "en":
        forms = {v + "d" if v.endswith("e") else v[:-1] + "ied" if v.endswith("y") else v + "ed" for v in forms}
        forms |= {v.lower() for v in speech.get("irregular_past", {}).get(lang, [])}
    return frozenset(forms)
