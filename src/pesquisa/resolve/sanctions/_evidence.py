"""What the news says about a person beyond the name, and how it moves a match's score.

An alias the list gives (a.k.a. 'El Mayo'), the birth year (from "Zambada, 76," or "born in
1948"), the nationality ("the Mexican drug lord"), and the role: a title of office, press or
diplomacy ("canciller", "ambassador") counts against a narcotics entry, a trafficker's role
("capo", "kingpin") or drug-trade words around the name count for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from pesquisa.ingest import SanctionEntry
from pesquisa.lexicon import fold, namesake_marked, read_data
from pesquisa.resolve.sanctions._names import (
    ARTICLES,
    NICKNAME,
    alias_key,
    bare_alias,
    covered,
    name_tokens,
    nicknames,
    person_parts,
    same_part,
)
from pesquisa.resolve.sanctions._records import KBEntity, MentionContext, settings

AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:de\s+)?|\(\s*)(\d{2})\s*(?:años)?\s*[,)]")
AGE_BEFORE = re.compile(r"(\d{2})-year-old\b[^.;]{0,40}$")
# a nickname set in quotes right after the name ("Fausto Isidro Meza, 'El Chapo Isidro', líder de ...", 'Joaquín Guzmán
# López, "El Guano," was ...', 'Liborio Nunez ("Karateca"), a ...'): capitalized, four words at most, closed by its own
# or the next punctuation
QUOTED_AFTER = re.compile(r"^\s*[,(]\s*[\"“«'‘](?P<n>[A-ZÁÉÍÓÚÑ0-9][^\"“”«»'‘’,.;:!?]{1,38})(?:[\"”»'’]\s*[,;.)]|[,.][\"”»'’])")
BORN = re.compile(r"^\s*,?\s*(?:\(|who was\s+|quien\s+)?(?:born|nacido|nacida|nació)\s+(?:in\s+|en\s+(?:el\s+año\s+)?)?"
                  r"(?:[^.;,]{0,25}?\s)?((?:19|20)\d\d)")


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
        # a nickname's word is no nationality: 'alias "El Chino Antrax"', "alias el Chino"
        words = fold(NICKNAME.sub(" ", ctx.before)).split()[-4:] + fold(NICKNAME.sub(" ", ctx.after)).split()[:4]
        found.update(demonyms[w] for i, w in enumerate(words) if w in demonyms and not _after_alias_word(words, i))
    return found


def quoted_nicknames_after(contexts: Iterable[MentionContext]) -> set[str]:
    """The nicknames (as compared) the news sets in quotes right after a full name of the entity, four words at most."""
    found = (QUOTED_AFTER.match(c.after) for c in contexts if len(person_parts(c.text)) >= 2)
    return {alias_key(m["n"]) for m in found if m and len(m["n"].split()) <= 4}


@cache
def _alias_cues() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("relations.yaml")["alias_words"] if " " not in w)


def _after_alias_word(words: list[str], i: int) -> bool:
    """True when one of the two words before ``words[i]`` is a one-word alias cue (relations.yaml ``alias_words``)."""
    return any(w in _alias_cues() for w in words[max(0, i - 2):i])


def _title_words(titles: Iterable[str]) -> set[str]:
    return {fold(t) for t in titles} | {w for t in titles for w in fold(t).split()}


@dataclass(slots=True)
class Traits:
    """What the news says about one person, worked out once per entity."""

    forms: set[str]  # nicknames and aliases, as compared
    own_parts: set[str]
    years: set[int]
    firm_years: set[int]  # only those told beside a name of two parts or more: what can count against an entry
    countries: set[str]
    office: list[str]  # titles of office, press or diplomacy
    trade: list[str]  # roles of the drug trade
    trade_context: list[str]  # words of the drug trade around the name
    kin_told: list[str] = field(default_factory=list)  # the article before each mention a word for kin precedes
    namesake: bool = False  # the news marks the name as another person's ("another woman named X")
    office_names: dict[str, list[str]] = field(default_factory=dict)  # office title -> the names written beside it


def read_traits(entity: KBEntity) -> Traits:
    conf = settings()
    # the head of a title is its last word in English ("Foreign Affairs Minister"), its first in
    # Spanish ("secretario de Marina"); "chief" written after a public body ("state police chief X") is its office
    office = sorted(t for t in entity.titles if _names_office(t, conf) or _body_before_title(t, entity.contexts, conf))
    words = _title_words([t for t in entity.titles if t not in office])
    forms = {alias_key(a) for a in entity.aliases} | {n for a in [entity.name, *entity.aliases] for n in nicknames(a)}
    forms |= quoted_nicknames_after(entity.contexts)
    if alias_key(entity.name).split()[:1] and alias_key(entity.name).split()[0] in ARTICLES:
        forms.add(alias_key(entity.name))  # a person known by the nickname ("El Mencho", alias "Nemesio Oseguera")
    return Traits(
        forms=forms, own_parts=set(person_parts(entity.name)), years=birth_years(entity.contexts),
        # "Ovidio Guzmán ... son of Joaquín "El Chapo" Guzmán. |Guzmán|, 35," may be grouped with the father: an age
        # beside a bare family name, which kin share, fits an entry but never rules one out
        firm_years=birth_years(c for c in entity.contexts if len(person_parts(c.text)) >= 2),
        countries=countries(entity.contexts), office=office, trade=sorted(words & conf["trafficker_set"]),
        trade_context=sorted({w for c in entity.contexts for w in fold(f"{c.before} {c.after}").split()}
                             & conf["trade_set"]),
        # a mark on a shorter name than the entity's ("said Mr. |López|, who has no relation to the family", grouped
        # with Ovidio Guzmán López) is the namesake's, not the listed person's
        namesake=any(namesake_marked(c.before, c.after) and len(person_parts(c.text)) >= len(person_parts(entity.name))
                     for c in entity.contexts),
        office_names={t: entity.title_names.get(t, []) for t in office},
        kin_told=[c.wider for c in entity.contexts if _kin_before(c.before)])


def _body_before_title(title: str, contexts: Iterable[MentionContext], conf: dict) -> bool:
    """True when a mention's title is written right before the name with a public body in the three words before it
    ("Sinaloa state police chief |Ruben Acosta|", "the county sheriff's chief"): an office, whatever the title alone."""
    head = fold(title).split()
    for ctx in contexts:
        before = fold(ctx.before).replace("'s ", " ").split()
        if head and before[-len(head):] == head:
            near = f" {' '.join(before[-len(head) - 3:-len(head)])} "
            if any(f" {body} " in near for body in conf["public_body_set"]):
                return True
    return False


def _names_office(title: str, conf: dict) -> bool:
    """True when a title names an office of the state, the press or diplomacy: its head word is one ("la senadora",
    "secretario de Marina") or it names a public body ("El jefe de la policía municipal"), unless it is a bare post a
    company has as well ("su director", "the general manager")."""
    words = fold(title).split()
    while words and words[0] in conf["post_determiner_set"]:
        words = words[1:]
    # "U.S. Secretary of State": the country's name or demonym before the post
    words = next((words[len(c):] for c in conf["country_before_post_set"] if tuple(words[:len(c)]) == c), words)
    if not words or " ".join(words) in conf["company_post_set"]:
        return False
    if any(f" {body} " in f" {' '.join(words)} " for body in conf["public_body_set"]):
        return True
    whole = " ".join(words)
    return whole in conf["official_set"] or whole in conf["office_alone_set"] \
        or any(w in conf["official_set"] for w in words[:1] + words[-1:]) or _head_before_phrase(words, conf)


def _head_before_phrase(words: list[str], conf: dict) -> bool:
    """True when the word before the first phrase opener of a title is an office, not a company's post, and nothing
    of the trade follows ("a chemistry professor at Peking University"; not "an agent for the cartel")."""
    cut = next((i for i, w in enumerate(words) if w in conf["title_opener_set"]), 0)
    if cut == 0 or set(words) & (conf["trade_set"] | conf["trafficker_set"] | conf["group_word_set"]):
        return False
    return words[cut - 1] in conf["official_set"] and words[cut - 1] not in conf["company_post_set"]


def title_side(title: str) -> str | None:
    """Which side of the law a title puts its holder on: "office" (a title of office, press or diplomacy held now),
    "trade" (a role of the drug trade, held now or before: "the former Zetas leader", "capo"), or None (neither, or an
    office held before: "former governor")."""
    conf = settings()
    words = fold(title).split()
    if _names_office(title, conf):
        return None if any(w in conf["past_office_set"] or w.startswith("ex-") for w in words) else "office"
    return "trade" if set(words) & conf["trafficker_set"] or fold(title) in conf["trafficker_set"] else None


SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _kin_before(before: str) -> bool:
    """True when a word for kin comes before the mention in its sentence ("Sus hermanos Benjamín Arellano, preso en
    Estados Unidos, y |Ramón Arellano|")."""
    tail = f" {' '.join(fold(SENTENCE_END.split(before)[-1]).split())} "
    return any(f" {w} " in tail for w in settings()["kin_set"])


def _kin_of_family(traits: Traits, family: Sequence[str]) -> bool:
    """True when a mention marked as kin follows, in the article, a name with every family name of the entry."""
    wanted = f" {' '.join(family)} "
    return len(family) >= 2 and any(wanted in f" {' '.join(name_tokens(w))} " for w in traits.kin_told)


def _office_of_listed(traits: Traits, family: list[str], given: list[str]) -> list[str]:
    """The office titles that may be the listed person's: those written beside a name with every family name of the
    list name and one of its given names, or beside no name known. "El periodista Rafael Félix" of an entity also
    named "Rafael Guadalupe Félix Núñez" is a reporter who shares part of the name, and "China's foreign minister, Wang
    Yi" no WANG, Hongfei: no evidence against the entry. Beside the entity's own name, it is."""
    def full(name: str) -> bool:
        parts = person_parts(name)
        return covered(family, parts)[0] and (not given or any(same_part(g, p) for g in given for p in parts))

    # beside the entity's own name, however short ("Eduardo Arellano, director de Obras Públicas"), it is that person's
    return [t for t in traits.office if not family or not traits.office_names.get(t)
            or any(full(n) or set(person_parts(n)) == traits.own_parts for n in traits.office_names[t])]


def person_evidence(traits: Traits, entry: SanctionEntry, nicks: set[str], family: Sequence[str] = (),
                    given: Sequence[str] = (), *, alias_fit: bool = False) -> tuple[float, list[str]]:
    """Score change and reasons from aliases, birth year, nationality and role (``family`` and ``given``: the list
    name's parts, to tell whose name an office title was written beside; ``alias_fit``: the name fit already rests on
    an a.k.a., which then counts once)."""
    delta, notes = 0.0, []
    office = _office_of_listed(traits, list(family), list(given))
    # "El Gordo" in the news is the list's a.k.a. 'Gordo': the article is how Spanish writes a nickname, not part of it
    listed = nicks | {bare_alias(n) for n in nicks}
    shared = sorted(n for n in traits.forms if (n in listed or bare_alias(n) in listed)
                    and not (len(n.split()) == 1 and n in traits.own_parts))
    if alias_fit:
        pass
    elif shared:
        delta += 0.1
        notes.append(f"alias '{shared[0]}' is an a.k.a. of the entry")
    elif nicks and any(n.split()[0] in ARTICLES for n in traits.forms if n):
        delta -= 0.1
        notes.append("the news' nickname is not among the entry's a.k.a.")
    if _kin_of_family(traits, family):
        delta += 0.05
        notes.append(f"told as kin after a name with the entry's family names ({' '.join(family).upper()})")
    listed_years = {int(d[:4]) for d in entry.birth_dates}
    if traits.years and listed_years:
        if any(abs(y - ly) <= 1 for y in traits.years for ly in listed_years):
            delta += 0.05
            notes.append(f"birth year {sorted(listed_years)[0]} fits the news")
        elif traits.firm_years and min(abs(y - ly) for y in traits.firm_years for ly in listed_years) >= 3:
            delta -= 0.4
            notes.append(f"birth year differs (news: {min(traits.firm_years)}-{max(traits.firm_years)}, "
                         f"list: {', '.join(map(str, sorted(listed_years)))})")
    listed_countries = set(entry.countries)
    if traits.countries and listed_countries:
        if traits.countries & listed_countries:
            delta += 0.03
            notes.append(f"nationality {sorted(traits.countries & listed_countries)[0]}")
        else:
            delta -= 0.15
            notes.append(f"nationality differs (news: {', '.join(sorted(traits.countries))})")
    if traits.namesake:
        delta -= 0.5
        notes.append("the news marks the name as another person's (a namesake)")
    narcotics = bool(set(entry.programs) & settings()["narcotics_programs"])
    if office and narcotics:
        delta -= 0.5
        notes.append(f"title '{office[0]}' is an office, the entry a narcotics designation")
    elif traits.trade and narcotics:
        delta += 0.05
        notes.append(f"role '{traits.trade[0]}' fits a narcotics designation")
    elif traits.trade_context and narcotics:
        delta += 0.03
        notes.append(f"the news speaks of the drug trade beside the name ('{traits.trade_context[0]}')")
    return delta, notes
