"""Organizations and places the lexicon names, companies with a legal suffix, coordinated cartels."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from pesquisa.extract.entities._home_forces import home_of, names_with
from pesquisa.extract.entities._lowercase_forms import lowercase_owned
from pesquisa.extract.entities._name_heads import opens_longer_name
from pesquisa.extract.entities._names import DETERMINERS, is_given_name, is_known_place, names_data, place_forms
from pesquisa.extract.entities._other_bodies import names_another_body, state_or_foreign_lead
from pesquisa.extract.entities._pieces import form_candidates
from pesquisa.extract.entities._setting import country_weights, mention_countries, possessed, possessed_elsewhere, with_setting
from pesquisa.extract.entities._towns import in_person_name, placed_towns
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span

# The left edge is checked in Python, not by a lookbehind: a pattern that starts with its
# literal lets the regex engine skip ahead to candidates (issue 16: with the lookbehind
# first, a 1,000,000-digit number took minutes across the lexicon's aliases).
_LEFT_EDGE = re.compile(r"[\w@#]")
_CODE_BEFORE = re.compile(r"\d-")


@cache
def _lexicon_regex() -> list[tuple[str, str, str, str, bool]]:
    """(form, pattern, type, key, context_only) for every lexicon alias, longest first (left edge: ``_LEFT_EDGE``).

    The patterns are compiled when first used (``_compiled``): a document names a few of the 1,700 forms,
    and compiling them all was half a second of each worker's start."""
    lex = load_lexicon()
    out = []
    for form, key, ctx in lex.org_patterns() + _lowercase_variants() + _lowercase_heads() + _lowercase_tails() + \
            _capital_variants() + lowercase_owned():  # "Mexico's attorney general's office"
        out.append((form, re.escape(form) + r"(?![\w])", "organization", key, ctx))
    places = [(form, place.key) for place in lex.places.values() for form in place_forms(place.name, place.aliases)
              if len(form) >= 2]
    for form, key in sorted(set(places), key=lambda t: -len(t[0])):
        out.append((form, re.escape(form) + r"(?![\w])", "place", key, False))
    out.sort(key=lambda t: -len(t[1]))
    return out


def _lowercase_variants() -> list[tuple[str, str, bool]]:
    """(form, key, False) for aliases led by a country or nationality, the rest in lower case.

    Several outlets write institutions in lower case after the country: "the US state
    department", "the Mexican national guard", "the Mexican army".
    """
    lex, names = load_lexicon(), names_data()
    out = []
    for form, key, ctx in lex.org_patterns():
        lead, _, rest = form.partition(" ")
        if ctx or " " not in rest or rest.lower() == rest:
            continue
        if fold(lead) in names.demonyms or lex.place_key(lead) or lex.place_key(re.sub(r"['’]s$", "", lead)):
            out.append((f"{lead} {rest.lower()}", key, False))
    return out


def _capital_variants() -> list[tuple[str, str, bool]]:
    """(form, key, False) for names of two words or more written in capitals, as release headers and
    letterheads set them ("U.S. DEPARTMENT OF THE TREASURY"; the model splits them at the small words)."""
    lex = load_lexicon()
    have = {form for form, _key, _ctx in lex.org_patterns()}
    return [(form.upper(), key, False) for form, key, ctx in lex.org_patterns()
            if not ctx and " " in form and form != form.upper() and form.upper() not in have]


def _lowercase_tails() -> list[tuple[str, str, bool]]:
    """(form, key, False) for English cartel names whose head closes the name, written in lower case
    ("the Gulf cartel", "the Juarez cartel"), when the form has no such variant already."""
    lex = load_lexicon()
    have = {form for form, _key, _ctx in lex.org_patterns()}
    out = []
    for form, key, ctx in lex.org_patterns():
        if not ctx and form.endswith(" Cartel") and form[:1].isupper() and form[:-6] + "cartel" not in have:
            out.append((form[:-6] + "cartel", key, False))
    return out


_HEAD_END = re.compile(r"\s(?:de|del)\s")


def _lowercase_heads() -> list[tuple[str, str, bool]]:
    """(form, key, False) for aliases whose common-noun head is written in lower case, the name after it as is.

    Spanish style writes the head of an institution's or a cartel's name in lower case ("el cártel de
    Sinaloa", "la embajada de Estados Unidos en México", "la fiscalía general de la República"): the
    words before the first "de" go lower case when a capitalized name follows them.
    """
    lex, names = load_lexicon(), names_data()
    out = []
    for form, key, ctx in lex.org_patterns():
        cut = _HEAD_END.search(form)
        if ctx or cut is None:
            continue
        head, rest = form[:cut.start()], form[cut.start():]
        lead = head.split()[0]
        if not lead[:1].isupper() or lead.isupper() or not re.search(r"\s[A-ZÁÉÍÓÚ]", rest) or \
                fold(lead) in names.demonyms or lex.place_key(lead):
            continue
        out.append((head.lower() + rest, key, False))
    return out


def lexicon_mentions(text: str) -> list[Mention]:
    """Every lexicon name or alias in ``text``, longest first, none overlapping another.

    A pattern is run only when its literal form occurs in the text: the hundreds of
    regexes would otherwise each scan every article (the same matches, ~16x slower).
    Context-only aliases ("the Navy", "Congreso") run last, and count only in an article
    that shows their country: it names it or one of its organizations.
    """
    found: list[Mention] = []
    taken: list[Span] = []
    lex = load_lexicon()
    patterns = _lexicon_regex()
    # the forms the text holds: candidates by their first four characters, then each looked for whole, once
    present = [patterns[i] for i in form_candidates(_forms(), text) if patterns[i][0] in text]
    for second in (False, True):
        countries, weights = with_setting(text, mention_countries(found), country_weights(found)) if second else \
            (set(), Counter())
        for form, pattern, kind, key, context_only in present:
            if context_only != second:
                continue
            country = lex.organizations[key].country if kind == "organization" else None
            if context_only and country and country not in countries | home_of(found, key) and not country_named(text, country):
                continue  # "the Navy", "Congress" are Mexico's only in an article about Mexico
            named = context_named(form, _named_with(form, found))  # "Colombia's navy ... the navy said": Colombia's
            if context_only and (named or (context_owner(form, weights) if weights else key)) != key and \
                    not possessed(text, form, country):  # ("Mexico's Defense Department" where the Pentagon is named)
                continue  # "Congress" in an article mostly about the United States is not Mexico's
            if context_only and possessed_elsewhere(text, form, country):
                continue  # "Ecuador's navy ... the navy said": Ecuador's, listed or not
            for match in _left_edged(_compiled(pattern), text):
                span = Span(match.start(), match.end())
                owned = state_owned(text, span.end) if kind == "organization" and \
                    lex.organizations[key].kind in STATE_KINDS else None
                lead = state_or_foreign_lead(text, span, key, kind, _state_lead)  # "the Sonora State", "the Indian"
                if owned is not None:  # the state's own body, by its whole name
                    span, key_of = Span(span.start, owned), None
                elif lead is not None:  # "the Sonora State |Attorney General's Office|"
                    span, key_of = Span(lead, span.end), None
                else:
                    key_of = key
                if any(span.overlaps(t) for t in taken) or not _fits(text, span, kind, context_only, country) or \
                        (key_of and names_another_body(text, span, key_of)):
                    continue
                taken.append(span)
                name = text[span.start:span.end]
                found.append(Mention(kind, name, span, re.sub(r"[ \xa0]+\([^)]*\)", "", name), key=key_of,
                                     source="lexicon" if key_of else "rule"))
    return placed_towns(text, found)  # "Raúl Garza, 39, of |Mission|", "en |Lázaro Cárdenas|"


@cache
def _forms() -> tuple[str, ...]:
    """The literal form of each of ``_lexicon_regex``'s patterns, in its order (built once, not per document)."""
    return tuple(form for form, *_rest in _lexicon_regex())


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _left_edged(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` not preceded by a word character, @ or # (as ``finditer`` would give them)."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        if (match.start() and _LEFT_EDGE.match(text, match.start() - 1)) or (_CODE_BEFORE.match(text, max(0, match.start() - 2)) \
                and match.group().isupper()):  # "4-AP", "1-boc-4-piperidone": a chemical's code, no acronym
            pos = match.start() + 1
            continue
        pos = max(match.end(), match.start() + 1)
        yield match


# a country's possessive before a context-only alias: "Mexico's navy", "Mexico’s Congress"
_POSSESSOR = re.compile(r"([A-ZÁÉÍÓÚ](?:[\w.]*\w)?(?:[ \xa0][A-Z][\w.]+)?)['’]s[ \xa0]+$")  # no "Sonora. Mexico's"


# a state's or a city's body, not the nation's: "el Congreso local", "el Congreso del Estado", "state legislature"
SUBNATIONAL = re.compile(r"[ \xa0]+(?:\([A-Za-z]{2,10}\)[ \xa0]+)?(?:local|locales|estatal|estatales|del[ \xa0]+estado|municipal|"
                         r"municipales)\b", re.I)  # "la Secretaría de Seguridad Pública (SSP) estatal": the state's


def _fits(text: str, span: Span, kind: str, context_only: bool, country: str | None = None) -> bool:
    """False when the context says a lexicon match is not the lexicon's entity."""
    if context_only and not DETERMINERS.search(text[max(0, span.start - 12):span.start]):
        owner = _POSSESSOR.search(text[max(0, span.start - 30):span.start])
        if not (owner and country and load_lexicon().place_key(owner.group(1)) == country):
            return False  # a bare "navy", or "Colombia's navy": not Mexico's Secretaría de Marina
    nxt = re.match(r"[ \xa0]+([A-ZÁÉÍÓÚ]\w+)", text[span.end:span.end + 30])
    if (kind == "place" and nxt and nxt.group(1).lower() in names_data().org_words) or opens_longer_name(text, span, kind):
        return False  # "Mérida Initiative": the place names a programme; "la Hacienda Las Palomas": a ranch
    if kind == "place" and in_person_name(text, span):
        return False  # "María |Dolores Hidalgo| Ruiz": a woman's name, not the town
    if context_only and re.match(r"\s+(?:de|del|of)\s+(?:la\s+|the\s+)?[A-ZÁÉÍÓÚ]", text[span.end:span.end + 20]):
        return False  # "la Armada de Colombia", "the Navy of Peru": a longer name, another country's
    if kind == "organization" and _family_of(text, span):
        return False  # "Héctor Beltrán Leyva": the cartel's family name after a given name is a person's surnames
    if kind == "organization" and (SUBNATIONAL.match(text, span.end) or _STATE_BEFORE.search(text, max(0, span.start - 8),
                                                                                             span.start)):
        return False  # "el Congreso local", "la Fiscalía estatal", "the Sonora State Attorney General's Office": a
        # state's, not the nation's
    if kind == "organization" and _COMMITTEE_OF.search(text, max(0, span.start - 30), span.start) and \
            text[span.start:span.end].split()[0].lower() not in names_data().org_words:
        return False  # "la Comisión de Relaciones Exteriores" of the Senate: a committee on the subject, not the ministry
    return True


# a state's body in English: "the Sonora State |Attorney General's Office|", "the state |Attorney General's Office|"
_STATE_BEFORE = re.compile(r"\b[Ss]tate[ \xa0]+$")
_STATE_LEAD = re.compile(r"((?:[A-ZÁÉÍÓÚ][\w.]+[ \xa0])?([A-ZÁÉÍÓÚ][\w.]+))[ \xa0]+State[ \xa0]+$")
_STATE_NAMED = re.compile(r"\b(?:the|The)[ \xa0]+((?:[A-ZÁÉÍÓÚ][\w.]+[ \xa0])?([A-ZÁÉÍÓÚ][\w.]+))[ \xa0]+$")


def _state_lead(text: str, start: int, kind: str) -> int | None:
    """Start of a known state and "State" right before ``start`` ("Baja California State |..."), or of a state alone
    before a prosecutor's or a police force's name ("the Jalisco |Attorney General's Office|", "the Arizona |National
    Guard|"), or None."""
    lead = _STATE_LEAD.search(text, max(0, start - 40), start) or \
        (_STATE_NAMED.search(text, max(0, start - 40), start) if kind in {"prosecutor", "police"} else None)
    if lead is None:
        return None
    return lead.start(1) if is_known_place(lead.group(1)) else lead.start(2) if is_known_place(lead.group(2)) else None


# the word right before a match: "Héctor |Beltrán Leyva|", "Marcos Arturo |Beltrán Leyva|"
_WORD_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)[ \xa0]+$")


def _family_of(text: str, span: Span) -> bool:
    """True when a capitalized given name stands right before an organization's name that is a family's surnames."""
    before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    name = text[span.start:span.end]
    return before is not None and is_given_name(before.group(1)) and \
        all(w[:1].isupper() for w in name.split()) and not any(w in names_data().org_words for w in name.split())


# a legislature's committee named by its subject: "Comisión de |Relaciones Exteriores|", "Committee on |Homeland Security|"
_COMMITTEE_OF = re.compile(r"\b(?:Comisión|Comisiones|Comité|Committee|Subcommittee)[ \xa0]+(?:de|del|on|of)[ \xa0]+"
                           r"(?:la[ \xa0]+)?$")


# a longer name's rest: " de Justicia del Estado de Zacatecas", " (SSP) de Zacatecas", " y Protección Civil de Guerrero"
_NAME_TAIL = re.compile(r"(?:[ \xa0]+\([A-ZÁÉÍÓÚ]{2,8}\))?"
                        r"(?:[ \xa0]+[ye][ \xa0]+[A-ZÁÉÍÓÚ][\wáéíóú]+(?:[ \xa0]+[A-ZÁÉÍÓÚ][\wáéíóú]+)*)?"
                        r"(?:[ \xa0]+(?:de|del|de la)[ \xa0]+[A-ZÁÉÍÓÚ][\wáéíóú]+(?:[ \xa0]+[A-ZÁÉÍÓÚ][\wáéíóú]+)*)+")


def state_owned(text: str, end: int) -> int | None:
    """Where a longer name ends that goes on to name a state as its owner ("del Estado", a state, a state
    prosecutor's "de Justicia"), or None: "la Secretaría de Seguridad Pública de Michoacán" is the state's body,
    not the federal one."""
    tail = _NAME_TAIL.match(text, end)
    if tail is None:  # "la Secretaría de Seguridad y Protección Ciudadana del estado" (or "estatal"): the state's
        return sub.end() if (sub := SUBNATIONAL.match(text, end)) else None
    words = re.findall(r"[A-ZÁÉÍÓÚ][\wáéíóú]+(?:[ \xa0]+[A-ZÁÉÍÓÚ][\wáéíóú]+)*", tail.group(0))
    # "Fiscalía General| de Justicia" (Mexico City's, a state's): the federal body's name never goes on so
    owned = any(w.split()[0] in {"Estado", "Justicia"} or is_known_place(w) or _town(w) for w in words)
    return tail.end() if owned else None


def _town(name: str) -> bool:
    """A town or city of the lexicon ("de Irapuato"): the seat of a municipal body, no country."""
    key = load_lexicon().place_key(name)
    return key is not None and key.count("-") >= 1


# the kinds of body a state has its own of (a cartel "del Cártel de Sinaloa" is no state's)
STATE_KINDS = {"ministry", "prosecutor", "police", "agency", "court", "legislature"}


@cache
def _context_claims() -> dict[str, list[tuple[str, str]]]:
    """Each context-only alias with the (key, country) of every organization claiming it, in data-file order."""
    lex = load_lexicon()
    out: dict[str, list[tuple[str, str]]] = {}
    for entry in lex.organizations.values():  # file order: ``org_patterns`` is a set's order on equal lengths
        for form in entry.context_only:
            out.setdefault(form, []).append((entry.key, entry.country or ""))
    return out


def _setting_bound(form: str) -> bool:
    """A context-only alias every country's body is called: lower case ("attorney general's office"), or ``setting_only``."""
    return form.islower() or any(form in entry.setting_only for entry in load_lexicon().organizations.values())


def context_named(form: str, keys: set[str]) -> str | None:
    """The one organization of ``keys`` (those an article names in full) whose name ends with a context-only alias,
    or opens with it before its owner ("the U.S. Navy" ... "a Navy veteran": "Navy"; "la Armada de Colombia"), or None."""
    lex = load_lexicon()
    named = [key for key in keys if key in lex.organizations and
             any(names_with(f, form) for f in (lex.organizations[key].name, *lex.organizations[key].aliases))]
    return named[0] if len(named) == 1 else None


def _named_with(form: str, found: list[Mention]) -> set[str]:
    """The keys of the bodies found that claim a context-only alias, and of those written here ending with it
    ("Colombia's navy", "a U.S. Navy destroyer"; the Pentagon, named "Pentágono", is no "Defensa")."""
    claimants = {k for k, _c in _context_claims().get(form, [])}
    return {m.key for m in found if m.key and (m.key in claimants or names_with(m.text, form))}


def context_owner(form: str, weights: Counter[str]) -> str | None:
    """The organization a context-only alias names in an article: of those claiming it, that of the country it shows most.

    When several claim it ("Congress": Mexico's, the United States'), or the one claiming it is a common noun in
    lower case that every country has ("the attorney general's office"), the article's leading country must be the
    claimant's; on a tie the entry listed first wins.
    """
    claims = _context_claims().get(form, [])
    if (len(claims) == 1 and not _setting_bound(form)) or not weights:  # nobody else's ("Tesoro": the US Treasury's)
        return claims[0][0] if claims else None
    best = max(claims, key=lambda claim: weights[claim[1]] if claim[1] else 0, default=None)
    if best is None or (best[1] and weights[best[1]] < max(weights.values())):
        return None
    return best[0]


def country_named(text: str, country: str) -> bool:
    """True when ``text`` names the country whose place key is ``country`` ('mx': "Mexico", "México", ...).

    A name inside another country's place does not count: "New Mexico" does not name Mexico.
    """
    pattern = _country_pattern(country)
    if pattern is None:
        return True
    return any(match.group("country") for match in pattern.finditer(text))


@cache
def _country_pattern(country: str) -> re.Pattern[str] | None:
    """The country's names as whole words (group ``country``), after the places of other countries that contain
    them ("New Mexico", the United States'); a region ("Gulf of Mexico") still names the country."""
    lex = load_lexicon()
    place = lex.places.get(country)
    if place is None:
        return None
    forms = sorted({place.name, *place.aliases}, key=len, reverse=True)
    words = [r"(?<![\w])" + re.escape(f) + r"(?![\w])" for f in forms]
    others = [p for p in lex.places.values() if (owner := p.key.split("-")[0]) != country and owner in lex.places]
    shadows = sorted({f for other in others for f in (other.name, *other.aliases) if any(re.search(w, f) for w in words)},
                     key=len, reverse=True)
    shadow = "|".join(r"(?<![\w])" + re.escape(f) + r"(?![\w])" for f in shadows)
    return re.compile((f"(?:{shadow})|" if shadow else "") + f"(?P<country>{'|'.join(words)})")


def company_mentions(text: str) -> list[Mention]:
    """Companies named with a legal suffix: 'Grupo de Combustibles S.A de C.V.', 'Náutica Marina, S.A. de C.V.'.

    Two names joined by "and" before one suffix are two companies ("Casa de Cambio Frontera Norte and Cambios y
    Divisas del Bravo, S.A. de C.V."): the suffix is the second's; the first is kept when it has two words at
    least (a Spanish "y" or "e" stays inside a name: "Cambios y Divisas", "Constructora e Inmobiliaria X")."""
    names = names_data()
    suffix = "|".join(re.escape(s) for s in sorted(names.company_suffixes, key=len, reverse=True))
    # the words of a name stay on one line and in one sentence ("... for the Cartel del Noreste.\n\nTransportes
    # Fronterizos del Norte S.A. de C.V." names one company)
    pattern = re.compile(rf"((?:[A-ZÁÉÍÓÚ][\w&’'.-]*)(?:[^\S\n]+(?:de|del|y|e|and|of|la|los|por|&|(?:[A-ZÁÉÍÓÚ]|\d)[\w&’'.-]*))"
                         rf"{{0,6}}?),?[^\S\n]+({suffix})(?![\w])")
    out = []
    for match in pattern.finditer(text):
        start, name = match.start(1), match.group(1)
        ends = list(re.finditer(r"[a-záéíóúñ]{2}\.\s+", name))  # a sentence ends inside: the name starts after it
        if ends:
            start, name = start + ends[-1].end(), name[ends[-1].end():]
        person, of, firm = name.partition(" of ")
        if of and (is_given_name(person.split()[0]) or re.search(r"\s[A-Z]\.\s", person)):  # "Marc L. Mukasey of |X LLP"
            start, name = start + len(person) + len(of), firm
        first, joined, second = name.rpartition(" and ")
        if joined and second[:1].isupper():
            if len(first.split()) >= 2:
                out.append(Mention("organization", first, Span(start, start + len(first)), first, source="rule"))
            start, name = start + len(first) + len(joined), second
        surface = text[start:match.end(2)]
        out.append(Mention("organization", surface, Span(start, match.end(2)), name.strip(" ,"), source="rule"))
    return out


def coordinated_cartels(text: str) -> list[Mention]:
    """'the Sinaloa and Jalisco cartels': one cartel mention per name, found in the lexicon."""
    lex = load_lexicon()
    out = []
    for match in re.finditer(r"\b([A-Z]\w+) and ([A-Z]\w+) [Cc]artels\b|\bc[aá]rteles de ([A-Z]\w+) y (?:de )?([A-Z]\w+)", text):
        for group in (1, 2, 3, 4):
            word = match.group(group)
            if not word:
                continue
            key = lex.org_key(f"{word} Cartel") or lex.org_key(f"Cártel de {word}")
            if key:
                span = Span(match.start(group), match.end(group))
                out.append(Mention("organization", word, span, word, key=key, source="rule"))
    return out
