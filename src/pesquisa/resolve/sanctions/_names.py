"""Names as matching compares them, and a sanctions list indexed by them.

rigour normalizes (``ascii_text`` transliterates any script, ``tokenize_name`` splits,
``replace_org_types_compare`` folds legal forms like "S.A. de C.V."); a person's list name
keeps its family names apart from its given names, as the list writes them ("CARO
QUINTERO, Rafael"); the index blocks people by the first four letters of each name part,
so the whole knowledge base meets the whole list in one pass.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rigour.names import remove_org_types, replace_org_types_compare, tokenize_name
from rigour.text import ascii_text, levenshtein

from pesquisa.ingest import SanctionEntry
from pesquisa.lexicon import fold, generation_of, read_data

PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "dos", "das", "do", "van", "von", "der",
                       "di", "le", "jr", "sr", "jnr", "snr", "n"})
ORG_STOPWORDS = frozenset({"de", "del", "la", "las", "los", "el", "the", "of", "y", "and", "e", "&"})
ARTICLES = frozenset({"el", "la", "los", "las", "the"})
NICKNAME = re.compile(r"[\"“”«»]([^\"“”«»]{2,40})[\"“”«»]|'([^']{2,40})'")


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


@cache
def _extra_forms() -> list[tuple[re.Pattern, str]]:
    """The legal forms rigour does not fold (official.yaml ``extra_legal_forms``), longest first, as patterns over
    ASCII lower-case text, each with the token it compares as."""
    forms = []
    section = read_data("official.yaml")["sanctions"]
    # the list's "DRUG TRAFFICKING ORGANIZATION" folds like a legal form, as news writes it in either language
    for token, written in [*section["extra_legal_forms"].items(), *section["group_designations"].items()]:
        for form in written:
            words = form.split()
            if len(words) == 1:
                body = re.escape(form)
            else:  # "s.c. de r.l. de c.v." also as "S.C. DE R.L. DE C.V", "SC de RL de CV"
                body = r"\s*".join("".join(r"\.?\s*" if ch == "." else re.escape(ch) for ch in w) for w in words)
            forms.append((len(form), re.compile(rf"(?<![a-z0-9]){body}(?![a-z0-9])"), token))
    return [(pattern, token) for _, pattern, token in sorted(forms, key=lambda f: -f[0])]


def _fold_extra_forms(text: str, *, keep: bool) -> str:
    """``text`` (ASCII, lower-case) with the extra legal forms as their tokens (``keep``) or taken out."""
    for pattern, token in _extra_forms():
        text = pattern.sub(f" {token} " if keep else " ", text)
    return text


def org_key(name: str) -> frozenset[str]:
    """The set of an organization's name parts, legal forms folded and articles dropped."""
    text = replace_org_types_compare(_fold_extra_forms(ascii_text(name).lower(), keep=True))
    return frozenset(tok for tok in tokenize_name(text) if tok not in ORG_STOPWORDS)


def strip_legal_forms(name: str) -> str:
    """An organization's name without its legal forms, rigour's and the extra ones (ASCII, lower-case)."""
    return remove_org_types(_fold_extra_forms(ascii_text(name).lower(), keep=False))


def alias_key(name: str) -> str:
    """A nickname as compared: ASCII, lower-case, parts joined by one space ("El Güero" -> "el guero")."""
    return " ".join(tokenize_name(ascii_text(name).lower()))


def bare_alias(key: str) -> str:
    """A compared nickname without its leading article ("el gordo" -> "gordo"); one word stays as it is."""
    words = key.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in ARTICLES else key


def has_legal_form(name: str) -> bool:
    """True when a name carries a legal form (S.A. de C.V., LLC, Ltd, S.C. de R.L. de C.V.) that is folded."""
    text = ascii_text(name).lower()
    folded = replace_org_types_compare(_fold_extra_forms(text, keep=True))
    return set(tokenize_name(folded)) != set(tokenize_name(text))


def listed_with_legal_form(name: str) -> bool:
    """True when a listed name carries a legal form: one that is folded, or one that folds to how it is written
    and is taken out ("PETROLEOS DE VENEZUELA, S.A.": "S.A." compares as "sa"), so the news may write it without."""
    words = set(tokenize_name(ascii_text(name).lower()))
    return has_legal_form(name) or set(tokenize_name(strip_legal_forms(name))) != words


def same_part(a: str, b: str) -> bool:
    """Two name parts are the same: equal, or one letter apart in parts of five letters or more."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and levenshtein(a, b) <= 1)


def covered(small: list[str], large: list[str]) -> tuple[bool, list[str]]:
    """Whether every part of ``small`` is a distinct part of ``large``; and the spelling differences allowed."""
    free = list(large)
    drift = []
    for part in small:
        hit = next((p for p in free if p == part), None) or next((p for p in free if same_part(part, p)), None)
        if hit is None:
            return False, []
        free.remove(hit)
        if hit != part:
            drift.append(f"spelling {part}~{hit}")
    return True, drift


@dataclass(slots=True)
class ListName:
    entry: SanctionEntry
    kind: str  # primary | aka | fka | nka | dba
    text: str
    family: list[str]
    given: list[str]
    generation: str | None = None  # "jr" of "GONZALEZ PIZANA JR., Rogelio", "KINAHAN JUNIOR, Christopher Vincent"
    elder_listed: bool = False  # a list name of the same parts with no mark is listed too (the son's father)
    # unmarked, of a family whose father the list tells by his son's mark ("KINAHAN JUNIOR, Christopher Vincent"
    # beside KINAHAN, Christopher Vincent), and not that father: no "Senior" of the news ("KINAHAN, Daniel Joseph")
    not_the_elder: bool = False

    @property
    def parts(self) -> list[str]:
        return self.family + self.given


def _bare_keys(text: str) -> set[frozenset[str]]:
    """The keys of a listed company's name as news may write it without its legal form, two parts at least: every
    legal form aside ("INTERNATIONAL REALTY & MAINTENANCE, S.A. DE C.V."), or only the one after its last comma, a
    short form inside the name kept ("NOCTURNUM INC, S. DE R.L. DE C.V." is "Nocturnum Inc" in the news)."""
    if not listed_with_legal_form(text):
        return set()
    keys = {org_key(strip_legal_forms(text))}
    if "," in text and has_legal_form(text.rsplit(",", 1)[1]):
        keys.add(org_key(text.rsplit(",", 1)[0]))
    return {k for k in keys if len(k) >= 2}


@cache
def _group_kind_words() -> frozenset[str]:
    return frozenset(org_key(" ".join(read_data("official.yaml")["sanctions"]["group_kind_words"])))


def group_core(name: str) -> frozenset[str]:
    """The name parts of a group named with a word of its kind ("Cártel Arellano Félix", "ARELLANO FELIX
    ORGANIZATION", "MEZA FLORES DRUG TRAFFICKING ORGANIZATION") without that word, two parts at least, every one as
    written (no legal form); else nothing."""
    key = org_key(name)
    core = key - _group_kind_words()
    written = set(tokenize_name(ascii_text(name).lower()))
    return core if core != key and len(core) >= 2 and core <= written else frozenset()


@cache
def list_generation_words() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in read_data("official.yaml")["sanctions"]["list_generation_words"].items()}


def list_generation(text: str) -> str | None:
    """The generation a list name marks, at the end of its family part ("GONZALEZ PIZANA JR., Rogelio", "KINAHAN
    JUNIOR, Christopher Vincent") or of the whole name ("LAVILLA, Ruben Pestano, Jr."), as ``generation_of`` reads
    it; a given name "Junior" at the end ("AGUINO ARBOLEDA, Onofre Junior") is no generation."""
    family = fold(text.split(",", 1)[0]).split() if "," in text else []
    if family and (mark := list_generation_words().get(family[-1]) or generation_of(family)):
        return mark
    return generation_of(fold(text).split())


def same_generation(name: str, listed: ListName) -> bool:
    """True when a name of the news and a list name may be one person's by their generation marks: the same mark; a
    father marked "Sr." in the news and a list name with no mark (the list marks the son); or a name with no mark and
    a son the list names alone (no father of his name listed beside him); a "Senior" is no unmarked name of a family
    whose father the list tells apart by his son's mark, other than that father's. A last word "Junior" or "Senior" the list
    name does not hold is a mark too ("Christopher Kinahan Junior")."""
    words = fold(name).split()
    news = generation_of(words)
    if news is None and words and words[-1] not in listed.parts:
        news = list_generation_words().get(words[-1])
    mark = listed.generation
    return news == mark or (news == "sr" and mark is None and not listed.not_the_elder) \
        or (news is None and mark == "jr" and not listed.elder_listed)


def _mark_elders(people: list[ListName]) -> None:
    """Flag the list names of sons whose fathers, of the same name parts, are listed too."""
    unmarked = {tuple(sorted(p.parts)) for p in people if p.generation is None}
    for item in people:
        item.elder_listed = item.generation is not None and tuple(sorted(item.parts)) in unmarked
    elders = {tuple(sorted(p.parts)) for p in people if p.elder_listed}
    families = {tuple(sorted(p.family)) for p in people if p.elder_listed}
    for item in people:
        item.not_the_elder = item.generation is None and tuple(sorted(item.family)) in families \
            and tuple(sorted(item.parts)) not in elders


def former_group_name(listed: ListName) -> bool:
    """True for a criminal group's former name ("SINALOA CARTEL", f.k.a. 'GUADALAJARA CARTEL'): news naming the old
    group tells of its past (the cartel of the 1980s), not of the listed one; a company's former name still holds."""
    return listed.kind == "fka" and bool(org_key(listed.text) & _group_kind_words())


def one_word_company(text: str) -> str | None:
    """The one word a listed company is named by beside its legal form ("JOINT STOCK COMPANY SOVCOMFLOT": sovcomflot),
    seven letters at least; else None."""
    if not listed_with_legal_form(text) or org_key(text) & _group_kind_words():
        return None  # a group's designation ("LOS POCHOS DTO") is no company's legal form
    bare = org_key(strip_legal_forms(text))
    word = next(iter(bare)) if len(bare) == 1 else ""
    return word if len(word) >= 7 and word.isalpha() else None


def article_group(name: str, *, listed: bool = False) -> str | None:
    """A group named by a plural article and one word ("Los Huistas", "el cártel de Los Huistas"; a list name with a
    word of its kind: "LOS HUISTAS DRUG TRAFFICKING ORGANIZATION"), as "los huistas"; else None."""
    key = org_key(name)
    if listed and not key & _group_kind_words():
        return None
    words = [w for w in tokenize_name(_fold_extra_forms(ascii_text(name).lower(), keep=True))
             if w not in _group_kind_words() and w not in {"el", "la", "de", "del", "the", "of"}]
    return " ".join(words) if len(words) == 2 and words[0] in {"los", "las"} and len(words[1]) >= 4 else None


class SanctionIndex:
    """A sanctions list prepared for matching: normalized names, blocked by name part."""

    def __init__(self, entries: Iterable[SanctionEntry]):
        self.people: list[ListName] = []
        self.orgs: dict[frozenset[str], list[ListName]] = defaultdict(list)
        self.orgs_bare: dict[frozenset[str], list[ListName]] = defaultdict(list)  # names of companies, legal form aside
        self.orgs_core: dict[frozenset[str], list[ListName]] = defaultdict(list)  # names of groups, kind word aside
        self.blocks: dict[str, set[int]] = defaultdict(set)
        self.person_words: set[str] = set()  # every part of a listed person's name
        self.entries: dict[str, SanctionEntry] = {}
        self.nicknames: dict[str, set[str]] = defaultdict(set)  # entry id -> normalized a.k.a.s
        self.by_nickname: dict[str, set[str]] = defaultdict(set)  # a.k.a. (with and without its article) -> entry ids
        self.primary: dict[str, ListName] = {}  # entry id -> its primary name, for a.k.a. + family name
        self.orgs_one_word: dict[str, list[ListName]] = defaultdict(list)  # "JOINT STOCK COMPANY SOVCOMFLOT"
        self.groups_by_article: dict[str, list[ListName]] = defaultdict(list)  # "LOS HUISTAS DTO": "los huistas"
        for entry in entries:
            self.entries[entry.id] = entry
            if entry.kind == "person":
                self._add_person(entry)
            elif entry.kind == "organization":
                for kind, text in [("primary", entry.name), *entry.aliases]:
                    key = org_key(text)
                    if key:
                        self.orgs[key].append(ListName(entry, kind, text, [], sorted(key)))
                    for bare in _bare_keys(text):
                        self.orgs_bare[bare].append(ListName(entry, kind, text, [], sorted(bare)))
                    if core := group_core(text):
                        self.orgs_core[core].append(ListName(entry, kind, text, [], sorted(core)))
                    if word := one_word_company(text):
                        self.orgs_one_word[word].append(ListName(entry, kind, text, [], [word]))
                    if named := article_group(text, listed=True):
                        self.groups_by_article[named].append(ListName(entry, kind, text, [], [named]))
        _mark_elders(self.people)

    def _add_person(self, entry: SanctionEntry) -> None:
        names = [("primary", entry.name)] + [(k, a) for k, a in entry.aliases]
        for kind, text in names:
            if "," in text:
                family_text, given_text = text.split(",", 1)
                family, given = person_parts(family_text), person_parts(given_text)
            else:
                family, given = [], person_parts(text)
            generation = list_generation(text)
            if family and family[-1] in list_generation_words():
                family = family[:-1]  # "KINAHAN JUNIOR": the family name is KINAHAN
            if kind != "primary":
                # an a.k.a. the list writes family first ('ISIDRO, Chapo') is written in the news in its own order
                keys = {alias_key(text)} | ({alias_key(f"{given_text} {family_text}")} if family else set())
                self.nicknames[entry.id] |= keys
                for nick in keys | {bare_alias(k) for k in keys}:
                    self.by_nickname[nick].add(entry.id)
                if not family and (len(given) < 3 or alias_key(text).split()[0] in ARTICLES):
                    continue  # a nickname ('El Mayo') is evidence, not a name to match on
            item = ListName(entry, kind, text, family, given, generation)
            if kind == "primary":
                self.primary[entry.id] = item
            self.people.append(item)
            for part in item.parts:
                self.blocks[part[:4]].add(len(self.people) - 1)
                self.person_words.add(part)

    def nickname_candidates(self, parts: list[str]) -> list[ListName]:
        """Entries a name made of an a.k.a. and the entry's family name stands for ("Mayo Zambada", "El Mayo
        Zambada": ZAMBADA GARCIA, Ismael, a.k.a. 'El Mayo'), by their primary names."""
        out = []
        for k in range(1, len(parts)):
            family = parts[k:]
            for eid in sorted(self.by_nickname.get(" ".join(parts[:k]), ())):
                listed = self.primary.get(eid)
                if listed and listed.family and family == listed.family[:len(family)]:
                    out.append(listed)
        return out

    def person_candidates(self, parts: list[str]) -> list[ListName]:
        """List names sharing at least two part prefixes with ``parts`` (the block)."""
        counts: Counter[int] = Counter()
        for prefix in {p[:4] for p in parts}:
            counts.update(self.blocks.get(prefix, ()))
        return [self.people[i] for i, n in sorted(counts.items()) if n >= 2]
