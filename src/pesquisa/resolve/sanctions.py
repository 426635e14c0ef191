"""Sanctions matching: the people and organizations of the knowledge base against the entries of a sanctions list.

Names are normalized with rigour (``ascii_text`` transliterates any script, ``tokenize_name``
splits, ``replace_org_types_compare`` folds legal forms like "S.A. de C.V."), blocked by
name-part tokens so the whole knowledge base meets the whole list in one pass, and then
compared by rules, because what decides a match here is which parts are shared, not how
many letters: Rafael and Miguel Ángel Caro Quintero share two of three parts, and
Joaquín Guzmán Loera and Joaquín Guzmán López share two of three as well. So:

- a person matches a person entry when every part of the shorter name is in the longer
  one, both family names included when the list gives two ("Ismael Zambada" may be
  ZAMBADA GARCIA, Ismael only if no other entry fits, and only with a given name);
  a surname or a first name alone never matches;
- an organization matches an entity entry when the name parts are the same set, legal
  forms and articles aside ("Cártel de Sinaloa" = SINALOA CARTEL), also through the
  entry's a.k.a./f.k.a. names and the lexicon's aliases of the organization;
- evidence moves the score: an alias the list gives (a.k.a. 'El Mayo'), the birth year
  (from "Zambada, 76," or "born in 1948"), the nationality ("the Mexican drug lord"),
  and the role: a title of office, press or diplomacy ("canciller", "ambassador") is
  evidence against a narcotics entry, a public body (ministry, army, press) never
  matches, a trafficker's role ("capo", "kingpin") is evidence for.

Why rules rather than a similarity score: a score grows with the characters two names share,
and "Joaquín Guzmán" shares most of them with both Guzmán entries; the analyst needs to know
which parts are missing, which a rule can say and a score cannot. nomenklatura's matchers
were not added: the package pulls duckdb, scikit-learn, scipy and textual into the install
for what rigour already gives here. Spelling drift of one letter in a long part
("Cazarez"/"Cazares") is allowed and named in the evidence. Everything here is pure.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rigour.names import replace_org_types_compare, tokenize_name
from rigour.text import ascii_text, levenshtein

from pesquisa.ingest import SanctionEntry
from pesquisa.lexicon import fold, load_lexicon, read_data

ALGORITHM = "pesquisa.sanctions.v1"
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "dos", "das", "do", "van", "von", "der",
                       "di", "le", "jr", "sr", "n"})
ORG_STOPWORDS = frozenset({"de", "del", "la", "las", "los", "el", "the", "of", "y", "and", "e", "&"})
ARTICLES = frozenset({"el", "la", "los", "las", "the"})
NICKNAME = re.compile(r"[\"“”«»]([^\"“”«»]{2,40})[\"“”«»]|'([^']{2,40})'")
AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:de\s+)?|\(\s*)(\d{2})\s*(?:años)?\s*[,)]")
AGE_BEFORE = re.compile(r"(\d{2})-year-old\b[^.;]{0,40}$")
BORN = re.compile(r"^\s*,?\s*(?:\(|who was\s+|quien\s+)?(?:born|nacido|nacida|nació)\s+(?:in\s+|en\s+(?:el\s+año\s+)?)?"
                  r"(?:[^.;,]{0,25}?\s)?((?:19|20)\d\d)")


@dataclass(slots=True, frozen=True)
class MentionContext:
    """A few words either side of one mention of an entity, and when its document was published."""

    before: str
    text: str
    after: str
    published: str | None = None


@dataclass(slots=True)
class KBEntity:
    """A person or organization of the knowledge base, with what the news says about it."""

    id: str
    type: str  # person | organization
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    key: str | None = None  # lexicon key
    contexts: list[MentionContext] = field(default_factory=list)


@dataclass(slots=True)
class SanctionMatch:
    """One knowledge-base entity matched to one list entry, with the score and the reasons."""

    entity_id: str
    entity_name: str
    entry_id: str
    dataset: str  # the list: us-ofac-sdn
    list_id: str  # the entry's id on the list (OFAC uid)
    list_name: str  # the entry's primary name
    programs: list[str]
    score: float
    evidence: list[str]
    status: str = "suggested"  # suggested | confirmed

    def to_dict(self) -> dict:
        """The JSON object of ``pesquisa sanctions --json``."""
        return {"entity_id": self.entity_id, "entity_name": self.entity_name, "list": self.dataset,
                "list_id": self.list_id, "list_name": self.list_name, "programs": list(self.programs),
                "score": self.score, "evidence": list(self.evidence), "status": self.status}

    def to_row(self) -> dict:
        """The row of ``sanction_matches`` (the store adds id and time)."""
        return {"entity_id": self.entity_id, "entry_id": self.entry_id, "list": self.dataset, "list_id": self.list_id,
                "score": self.score, "evidence": list(self.evidence), "status": self.status}


@dataclass(slots=True, frozen=True)
class SanctionJudgement:
    """An analyst's decision about one entity and one list entry."""

    decision: str  # confirm | reject
    entity_id: str
    dataset: str  # the list
    list_id: str


@cache
def settings() -> dict:
    """The sanctions section of official.yaml, with title and demonym lists folded for lookup."""
    data = read_data("official.yaml")
    section = dict(data["sanctions"])
    section["narcotics_programs"] = set(data["ofac"]["narcotics_programs"])
    section["official_set"] = {fold(w) for lang in section["official_titles"].values() for w in lang}
    section["trafficker_set"] = {fold(w) for lang in section["trafficker_titles"].values() for w in lang}
    section["demonym_map"] = {fold(w): country for country, words in section["demonyms"].items() for w in words}
    section["trade_set"] = {fold(w) for w in section["trade_words"]}
    return section


def name_tokens(name: str) -> list[str]:
    """Comparable parts of a name: transliterated to ASCII, lower-case, split by rigour; particles kept."""
    text = ascii_text(NICKNAME.sub(" ", name)).lower()
    return [tok for tok in tokenize_name(text) if tok]


def person_parts(name: str) -> list[str]:
    """Parts of a person's name that identify them: no particles ("de", "del"), no quoted nickname."""
    return [tok for tok in name_tokens(name) if tok not in PARTICLES and len(tok) > 1]


def nicknames(name: str) -> list[str]:
    """Quoted nicknames inside a name ('Joaquín "El Chapo" Guzmán' -> ["el chapo"])."""
    return [" ".join(tokenize_name(ascii_text(a or b).lower())) for a, b in NICKNAME.findall(name)]


def org_key(name: str) -> frozenset[str]:
    """The set of an organization's name parts, legal forms folded and articles dropped."""
    text = replace_org_types_compare(ascii_text(name).lower())
    return frozenset(tok for tok in tokenize_name(text) if tok not in ORG_STOPWORDS)


def alias_key(name: str) -> str:
    """A nickname as compared: ASCII, lower-case, parts joined by one space ("El Güero" -> "el guero")."""
    return " ".join(tokenize_name(ascii_text(name).lower()))


def has_legal_form(name: str) -> bool:
    """True when a name carries a legal form (S.A. de C.V., LLC, Ltd) that rigour folds."""
    text = ascii_text(name).lower()
    return set(tokenize_name(replace_org_types_compare(text))) != set(tokenize_name(text))


def birth_years(contexts: Iterable[MentionContext]) -> set[int]:
    """Birth years the news implies: an age beside the name with the publication year, or "born in 1948"."""
    years: set[int] = set()
    for ctx in contexts:
        if m := BORN.match(ctx.after):
            years.add(int(m.group(1)))
        age = AGE_AFTER.match(ctx.after) or AGE_BEFORE.search(ctx.before)
        if age and ctx.published and 15 <= int(age.group(1)) <= 99:
            year = int(ctx.published[:4])
            years.update({year - int(age.group(1)), year - int(age.group(1)) - 1})
    return years


def countries(contexts: Iterable[MentionContext]) -> set[str]:
    """Countries the news ties a person to by a demonym right beside the name ("the Mexican drug lord X")."""
    demonyms = settings()["demonym_map"]
    found: set[str] = set()
    for ctx in contexts:
        words = fold(ctx.before).split()[-4:] + fold(ctx.after).split()[:4]
        found.update(demonyms[w] for w in words if w in demonyms)
    return found


def _title_words(titles: Iterable[str]) -> set[str]:
    return {fold(t) for t in titles} | {w for t in titles for w in fold(t).split()}


def _same(a: str, b: str) -> bool:
    """Two name parts are the same: equal, or one letter apart in parts of five letters or more."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and levenshtein(a, b) <= 1)


def _covered(small: list[str], large: list[str]) -> tuple[bool, list[str]]:
    """Whether every part of ``small`` is a distinct part of ``large``; and the spelling differences allowed."""
    free = list(large)
    drift = []
    for part in small:
        hit = next((p for p in free if p == part), None) or next((p for p in free if _same(part, p)), None)
        if hit is None:
            return False, []
        free.remove(hit)
        if hit != part:
            drift.append(f"spelling {part}~{hit}")
    return True, drift


@dataclass(slots=True)
class _ListName:
    entry: SanctionEntry
    kind: str  # primary | aka | fka | nka
    text: str
    family: list[str]
    given: list[str]

    @property
    def parts(self) -> list[str]:
        return self.family + self.given


class SanctionIndex:
    """A sanctions list prepared for matching: normalized names, blocked by name part."""

    def __init__(self, entries: Iterable[SanctionEntry]):
        self.people: list[_ListName] = []
        self.orgs: dict[frozenset[str], list[_ListName]] = defaultdict(list)
        self.blocks: dict[str, set[int]] = defaultdict(set)
        self.entries: dict[str, SanctionEntry] = {}
        self.nicknames: dict[str, set[str]] = defaultdict(set)  # entry id -> normalized a.k.a.s
        for entry in entries:
            self.entries[entry.id] = entry
            if entry.kind == "person":
                self._add_person(entry)
            elif entry.kind == "organization":
                for kind, text in [("primary", entry.name), *entry.aliases]:
                    key = org_key(text)
                    if key:
                        self.orgs[key].append(_ListName(entry, kind, text, [], sorted(key)))

    def _add_person(self, entry: SanctionEntry) -> None:
        names = [("primary", entry.name)] + [(k, a) for k, a in entry.aliases]
        for kind, text in names:
            if "," in text:
                family_text, given_text = text.split(",", 1)
                family, given = person_parts(family_text), person_parts(given_text)
            else:
                family, given = [], person_parts(text)
            if kind != "primary":
                self.nicknames[entry.id].add(alias_key(text))
                if not family and (len(given) < 3 or alias_key(text).split()[0] in ARTICLES):
                    continue  # a nickname ('El Mayo') is evidence, not a name to match on
            item = _ListName(entry, kind, text, family, given)
            self.people.append(item)
            for part in item.parts:
                self.blocks[part[:4]].add(len(self.people) - 1)

    def person_candidates(self, parts: list[str]) -> list[_ListName]:
        """List names sharing at least two part prefixes with ``parts`` (the block)."""
        counts: Counter[int] = Counter()
        for prefix in {p[:4] for p in parts}:
            counts.update(self.blocks.get(prefix, ()))
        return [self.people[i] for i, n in sorted(counts.items()) if n >= 2]


def _name_fit(parts: list[str], listed: _ListName) -> tuple[str, float, list[str]] | None:
    """How a person's name parts fit one list name: (fit, base score, spelling notes), or None."""
    full = listed.parts
    if len(parts) < 2 or len(full) < 2:
        return None
    inside, drift = _covered(parts, full)
    if inside and len(parts) == len(full):
        return "all name parts", 0.9, drift
    around, drift2 = _covered(full, parts)
    if around and len(full) >= 3:
        return "every listed name part (the news adds a name)", 0.85, drift2
    if not inside or not listed.family:
        return None
    family_in, _ = _covered(listed.family, parts)
    given_in = any(any(_same(g, p) for p in parts) for g in listed.given)
    if not given_in:
        return None  # surnames alone are never enough
    if family_in:
        return "family names and a given name", 0.85, drift
    if any(_same(listed.family[0], p) for p in parts):
        return f"given name and first family name (second family name {listed.family[-1].upper()} not written)", 0.75, \
            drift
    return None


@dataclass(slots=True)
class _Traits:
    """What the news says about one person, worked out once per entity."""

    forms: set[str]  # nicknames and aliases, as compared
    own_parts: set[str]
    years: set[int]
    countries: set[str]
    office: list[str]  # titles of office, press or diplomacy
    trade: list[str]  # roles of the drug trade
    trade_context: list[str]  # words of the drug trade around the name


def _traits(entity: KBEntity) -> _Traits:
    conf = settings()
    words = _title_words(entity.titles)
    # the head of a title is its last word in English ("Foreign Affairs Minister"), its first in
    # Spanish ("secretario de Marina")
    office = sorted(t for t in entity.titles if fold(t) in conf["official_set"] or
                    any(w in conf["official_set"] for w in fold(t).split()[:1] + fold(t).split()[-1:]))
    return _Traits(
        forms={alias_key(a) for a in entity.aliases} | {n for a in [entity.name, *entity.aliases] for n in nicknames(a)},
        own_parts=set(person_parts(entity.name)), years=birth_years(entity.contexts),
        countries=countries(entity.contexts), office=office, trade=sorted(words & conf["trafficker_set"]),
        trade_context=sorted({w for c in entity.contexts for w in fold(f"{c.before} {c.after}").split()}
                             & conf["trade_set"]))


def _person_evidence(traits: _Traits, entry: SanctionEntry, nicks: set[str]) -> tuple[float, list[str]]:
    """Score change and reasons from aliases, birth year, nationality and role."""
    delta, notes = 0.0, []
    shared = sorted(n for n in traits.forms & nicks if not (len(n.split()) == 1 and n in traits.own_parts))
    if shared:
        delta += 0.1
        notes.append(f"alias '{shared[0]}' is an a.k.a. of the entry")
    elif nicks and any(n.split()[0] in ARTICLES for n in traits.forms if n):
        delta -= 0.1
        notes.append("the news' nickname is not among the entry's a.k.a.")
    listed_years = {int(d[:4]) for d in entry.birth_dates}
    if traits.years and listed_years:
        if any(abs(y - ly) <= 1 for y in traits.years for ly in listed_years):
            delta += 0.05
            notes.append(f"birth year {sorted(listed_years)[0]} fits the news")
        elif min(abs(y - ly) for y in traits.years for ly in listed_years) >= 3:
            delta -= 0.4
            notes.append(f"birth year differs (news: {min(traits.years)}-{max(traits.years)}, "
                         f"list: {', '.join(map(str, sorted(listed_years)))})")
    listed_countries = set(entry.countries)
    if traits.countries and listed_countries:
        if traits.countries & listed_countries:
            delta += 0.03
            notes.append(f"nationality {sorted(traits.countries & listed_countries)[0]}")
        else:
            delta -= 0.15
            notes.append(f"nationality differs (news: {', '.join(sorted(traits.countries))})")
    narcotics = bool(set(entry.programs) & settings()["narcotics_programs"])
    if traits.office and narcotics:
        delta -= 0.5
        notes.append(f"title '{traits.office[0]}' is an office, the entry a narcotics designation")
    elif traits.trade and narcotics:
        delta += 0.05
        notes.append(f"role '{traits.trade[0]}' fits a narcotics designation")
    elif traits.trade_context and narcotics:
        delta += 0.03
        notes.append(f"the news speaks of the drug trade beside the name ('{traits.trade_context[0]}')")
    return delta, notes


def _match_person(entity: KBEntity, index: SanctionIndex) -> list[SanctionMatch]:
    names = sorted({entity.name, *entity.aliases}, key=lambda n: (-len(person_parts(n)), n))
    best: dict[str, tuple[float, str, list[str], _ListName]] = {}
    for name in names:
        parts = person_parts(name)
        for listed in index.person_candidates(parts):
            fit = _name_fit(parts, listed)
            if fit is None:
                continue
            how, base, drift = fit
            score = base - 0.05 * len(drift)
            known = best.get(listed.entry.id)
            if known is None or score > known[0]:
                best[listed.entry.id] = (score, how, [f"name '{name}' = list name '{listed.text}': {how}", *drift],
                                         listed)
    if not best:
        return []
    traits = _traits(entity)
    partial = {eid for eid, (_s, how, _e, _l) in best.items() if how.startswith("given name and first family")}
    scored = []
    for eid, (score, _how, notes, listed) in best.items():
        delta, more = _person_evidence(traits, listed.entry, index.nicknames.get(eid, set()))
        if eid in partial and delta <= 0:
            continue  # a name short of a family name needs something more the news says to fit
        scored.append((round(score + delta, 2), eid, notes + more))
    kept = [k for k in scored if k[0] >= settings()["threshold"]]
    if not kept:
        return []
    # One person is one entry: keep the best. A name without its second family name is only
    # enough when a single entry leads once the evidence is in (two Joaquín Guzmán are listed).
    top = max(s for s, _e, _n in kept)
    leaders = [k for k in kept if k[0] == top]
    if len(leaders) > 1 and any(k[1] in partial for k in leaders):
        return []
    return [_make(entity, index.entries[eid], score, notes) for score, eid, notes in leaders]


def _org_names(entity: KBEntity) -> list[str]:
    names = [entity.name, *entity.aliases]
    lex = load_lexicon()
    if entity.key and entity.key in lex.organizations:
        entry = lex.organizations[entity.key]
        names += [entry.name, *entry.aliases]
    return list(dict.fromkeys(names))


def _match_org(entity: KBEntity, index: SanctionIndex) -> list[SanctionMatch]:
    lex = load_lexicon()
    kind = lex.organizations[entity.key].kind if entity.key and entity.key in lex.organizations else None
    if kind in settings()["public_kinds"]:
        return []  # a ministry, an army or a newspaper is not the sanctioned group of the same name
    best: dict[str, tuple[float, list[str]]] = {}
    base = {"primary": 0.9, "aka": 0.85, "nka": 0.85, "fka": 0.8}
    for name in _org_names(entity):
        key = org_key(name)
        for listed in index.orgs.get(key, []):
            if len(key) == 1 and (len(next(iter(key))) < 4 or has_legal_form(listed.text) != has_legal_form(name)):
                continue  # one short word, or a company name against a bare word: too little to go on
            score = base[listed.kind]
            label = {"primary": "list name", "aka": "a.k.a.", "nka": "n.k.a.", "fka": "formerly known as"}[listed.kind]
            if score > best.get(listed.entry.id, (0.0, []))[0]:
                best[listed.entry.id] = (score, [f"name '{name}' = {label} '{listed.text}'"])
    return [_make(entity, index.entries[eid], score, notes) for eid, (score, notes) in best.items()
            if score >= settings()["threshold"]]


def _make(entity: KBEntity, entry: SanctionEntry, score: float, evidence: list[str]) -> SanctionMatch:
    return SanctionMatch(entity_id=entity.id, entity_name=entity.name, entry_id=entry.id, dataset=entry.dataset,
                         list_id=entry.uid, list_name=entry.name, programs=list(entry.programs),
                         score=round(min(score, 1.0), 2), evidence=evidence)


def match_entity(entity: KBEntity, index: SanctionIndex) -> list[SanctionMatch]:
    """The list entries ``entity`` matches, best first (pure). Persons meet person entries, organizations entities."""
    if entity.type == "person":
        found = _match_person(entity, index)
    elif entity.type == "organization":
        found = _match_org(entity, index)
    else:
        found = []
    return sorted(found, key=lambda m: (-m.score, m.list_id))


def match_sanctions(entities: Iterable[KBEntity], entries: Iterable[SanctionEntry],
                    judgements: Iterable[SanctionJudgement] = ()) -> list[SanctionMatch]:
    """Every match of the knowledge base against the list, with the analyst's judgements replayed (pure).

    Steps: index the list by name part; match each person and organization; drop the
    pairs an analyst rejected; mark confirmed pairs (adding them when the rules missed
    them, as long as entity and entry still exist), in the order the judgements were made.
    """
    index = SanctionIndex(entries)
    entities = list(entities)
    found = {(m.entity_id, m.dataset, m.list_id): m for e in entities for m in match_entity(e, index)}
    by_id = {e.id: e for e in entities}
    by_uid = {(e.dataset, e.uid): e for e in index.entries.values()}
    for j in judgements:
        pair = (j.entity_id, j.dataset, j.list_id)
        if j.decision == "reject":
            found.pop(pair, None)
        elif j.decision == "confirm" and j.entity_id in by_id and (j.dataset, j.list_id) in by_uid:
            match = found.get(pair) or _make(by_id[j.entity_id], by_uid[(j.dataset, j.list_id)], 1.0, [])
            match.score, match.status = 1.0, "confirmed"
            match.evidence = [*match.evidence, "confirmed by an analyst"]
            found[pair] = match
    return sorted(found.values(), key=lambda m: (m.entity_name, -m.score, m.list_id))
