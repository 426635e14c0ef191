"""People, organizations and places: spaCy's model, the lexicon, and rules for what both miss.

Steps (``extract_entities``):
1. lexicon matches for organizations and places (EN/ES names, acronyms, aliases);
2. the model's PERSON/PER, ORG and GPE/LOC spans that the lexicon did not claim;
3. person names the model misses: after a title ("Secretary of Homeland Security
   Alejandro Mayorkas"), after a photo credit, with a withheld surname ("Homero «N»");
4. person names cleaned: titles, honorifics, quotes and possessives stripped; a first
   name the model cut off restored; fragments, organizations and places rejected;
5. aliases ("Julio César Montero Pinzón, alias “El Tarjetas”") attached to their person;
6. mentions grouped into in-document entities: a surname alone joins the full name
   it abbreviates; organizations and places group by lexicon key or folded name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from rigour.names import extract_org_types
from spacy.tokens import Doc

from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import LocalEntity, Mention, Span, make_id

PERSON_LABELS = {"PERSON", "PER"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NAME_TOKEN = re.compile(r"^[A-ZÁÉÍÓÚÑÜ][\w'’.\-]*$")
DETERMINERS = re.compile(r"(?:\b(?:the|la|el|los|las|del|al|de la|de los|of the|por la|por el)\s+)$", re.I)
QUOTE_CHARS = "\"“”«»'‘’"


@dataclass(slots=True)
class _Names:
    org_words: set[str]
    particles: set[str]
    not_names: set[str]
    credits: list[str]
    withheld: list[str]
    title_heads: set[str]
    title_words: set[str]
    honorifics: set[str]
    geo_words: set[str]
    company_suffixes: list[str]
    demonyms: set[str]


@cache
def _names() -> _Names:
    data = read_data("names.yaml")
    lex = load_lexicon()
    heads = lex.title_heads()
    title_words = {w for h in heads for w in h.split()} - {"of", "de", "del", "la", "general"}
    return _Names(
        org_words={w.lower() for w in data["org_words"]},
        particles={p.lower() for p in data["particles"]},
        not_names={w.lower() for w in data["not_names"]},
        credits=data["credits"],
        withheld=data["withheld_surname"],
        title_heads=heads,
        title_words=title_words | {"general", "gral", "gen"},
        honorifics={h.lower().rstrip(".") for h in lex.titles["honorifics"]},
        geo_words={w.lower() for w in data["geo_words"]},
        company_suffixes=data["company_suffixes"],
        demonyms={fold(w) for w in data["demonyms"]},
    )


# The left edge is checked in Python, not by a lookbehind: a pattern that starts with its
# literal lets the regex engine skip ahead to candidates (issue 16: with the lookbehind
# first, a 1,000,000-digit number took minutes across the lexicon's aliases).
_LEFT_EDGE = re.compile(r"[\w@#]")


@cache
def _lexicon_regex() -> list[tuple[re.Pattern[str], str, str, bool]]:
    """(pattern, type, key, context_only) for every lexicon alias, longest first (left edge: ``_LEFT_EDGE``)."""
    lex = load_lexicon()
    out = []
    for form, key, ctx in lex.org_patterns():
        out.append((re.compile(re.escape(form) + r"(?![\w])"), "organization", key, ctx))
    places = []
    for place in lex.places.values():
        for form in (place.name, *place.aliases):
            if len(form) >= 2:
                places.append((form, place.key))
    for form, key in sorted(set(places), key=lambda t: -len(t[0])):
        out.append((re.compile(re.escape(form) + r"(?![\w])"), "place", key, False))
    out.sort(key=lambda t: -len(t[0].pattern))
    return out


def _lexicon_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    taken: list[Span] = []
    for pattern, kind, key, context_only in _lexicon_regex():
        for match in _left_edged(pattern, text):
            span = Span(match.start(), match.end())
            if any(span.overlaps(t) for t in taken):
                continue
            if context_only and not DETERMINERS.search(text[max(0, span.start - 12):span.start]):
                continue
            taken.append(span)
            found.append(Mention(kind, match.group(0), span, match.group(0), key=key, source="lexicon"))
    return found


def _left_edged(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` not preceded by a word character, @ or # (as ``finditer`` would give them)."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        if match.start() and _LEFT_EDGE.match(text, match.start() - 1):
            pos = match.start() + 1
            continue
        pos = max(match.end(), match.start() + 1)
        yield match


def _is_name_token(word: str, names: _Names) -> bool:
    return bool(NAME_TOKEN.match(word)) or word.lower() in names.particles


def clean_person_name(text: str, start: int) -> tuple[str, int, str | None] | None:
    """(name, new start, stripped title) of a person span, or None if it is no name."""
    names = _names()
    title_parts: list[str] = []
    stripped = text.strip(QUOTE_CHARS + " ,;:")
    start += text.find(stripped) if stripped else 0
    stripped = re.sub(r"['’]s$", "", stripped)
    words = stripped.split()
    while words and (words[0].lower().rstrip(".") in names.honorifics or words[0].lower() in names.title_words):
        title_parts.append(words[0])
        cut = stripped.find(words[0]) + len(words[0])
        rest = stripped[cut:]
        start += cut + (len(rest) - len(rest.lstrip()))
        stripped = rest.lstrip()
        words = words[1:]
    if not words:
        return None
    if any(not _is_name_token(w, names) for w in words):
        return None
    if any(re.search(r"['’]s\b|-[a-z]", w) for w in words[:-1]) or (re.search(r"-[a-z]+$", words[-1]) and len(words) > 1 \
            and not re.search(r"-[a-z]+$", words[0])):
        return None  # "Walker’s Greensboro-area": a possessive or a compound inside is no name
    if words[0].lower() in names.particles or words[-1].lower() in names.particles - {"jr.", "jr", "sr.", "ii", "iii"}:
        return None
    if any(w.strip(".,").lower() in names.org_words for w in words) or extract_org_types(stripped):
        return None  # organization words, or a legal form rigour knows in any language ("GmbH", "S.A.S.")
    if len(words) == 1 and words[0].lower() in names.not_names:
        return None
    if any(w.strip(".,").lower() in names.geo_words for w in words):
        return None
    if any(w.isupper() and len(w) > 1 and w not in {"II", "III"} and not re.fullmatch(r"[A-Z]\.", w) for w in words):
        return None  # acronyms belong to organizations or headlines
    if len(words) > 5 or re.search(r"\d|https?:|#|@", stripped):
        return None
    return stripped, start, " ".join(title_parts) or None


def _extend_left(doc: Doc, start_token: int) -> int:
    """Index of the first token of a name whose first part the model cut off."""
    names = _names()
    i = start_token
    while i > 0:
        tok = doc[i - 1]
        if (not NAME_TOKEN.match(tok.text) or tok.text.lower() in names.title_words
                or tok.text.lower() in names.not_names or tok.pos_ not in {"PROPN"} or tok.ent_type_ in PLACE_LABELS
                or tok.text.lower() in names.org_words):
            break
        i -= 1
    return i


def _title_people(text: str, taken: list[Span]) -> list[Mention]:
    """Names right after a title head or a credit: 'Captain Robert Passerello', 'Foto: Berenice Fregoso'."""
    names = _names()
    heads = sorted(names.title_heads, key=len, reverse=True)
    cue = r"(?:" + "|".join(re.escape(h) for h in heads) + r")"
    org_gap = (r"(?:[ \xa0]+(?:of|de|del|de la|for)[ \xa0]+(?:the[ \xa0]+|la[ \xa0]+|el[ \xa0]+)?"
               r"[A-ZÁÉÍÓÚ][\w.’'-]*(?:[ \xa0]+[A-ZÁÉÍÓÚ][\w.’'-]*){0,4}){0,2}")
    name = (r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:[ \xa0]+(?:[A-Z]\.[ \xa0]+)?"
            r"(?:de[ \xa0]+la[ \xa0]+|de[ \xa0]+|del[ \xa0]+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){0,3}(?:[ \xa0]+Jr\.)?)")
    credits = r"(?:" + "|".join(re.escape(c) for c in names.credits) + r")"
    demonym = r"(?:[ \xa0]+(?:" + "|".join(re.escape(d) for d in sorted(_raw_demonyms(), key=len, reverse=True)) + r"))?"
    pattern = re.compile(rf"(?:\b(?P<cue>(?i:{cue}))\b{demonym}{org_gap}|(?P<credit>(?i:{credits}))),?[ \xa0]+{name}")
    found = []
    for match in pattern.finditer(text):
        start = match.start("name")
        # an organization or place named inside the title ends it: the name follows;
        # without one, the name is the last two or three capitalized words
        inner = [t.end for t in taken if match.start() <= t.start and t.end <= match.end("name")]
        if inner:
            start = max(inner)
        else:
            run = text[match.end("cue") if match.group("cue") else match.end("credit"):match.end("name")]
            if ", " in run:  # "gobernadora de Baja California, Marina del Pilar Ávila": the name follows the comma
                keep = run.rsplit(", ", 1)[1].split()
            else:
                words = re.split(r"\s(?:of|de|del|la|the|for|el)\s", run)[-1].split()
                keep = words[-3:] if len(words) <= 3 or len(words) > 4 else words[-2:]
            words = keep
            if len(words) > 1 and len(keep) >= 2 and keep[0].lower() in _names().title_words:
                keep = keep[1:]
            while keep and keep[0][:1].islower():  # a nationality between title and name: "periodista ruso"
                keep = keep[1:]
            start = match.end("name") - len(" ".join(keep)) if keep else start
            start = min(start, match.start("name"))
        while start < match.end("name") and not text[start].isalpha():
            start += 1
        cleaned = clean_person_name(text[start:match.end("name")], start)
        if cleaned is None:
            continue
        candidate, cstart, _ = cleaned
        if _is_known_place(candidate) or load_lexicon().place_key(candidate):
            continue
        if len(candidate.split()) == 1 and not (match.group(0)[:1].isupper() and re.fullmatch(r"\w+", candidate)):
            continue
        span = Span(cstart, cstart + len(candidate))
        if any(span.overlaps(t) for t in taken):
            continue
        found.append(Mention("person", candidate, span, candidate, source="rule"))
    return found


@cache
def _raw_demonyms() -> tuple[str, ...]:
    """Nationalities as written, lowercase ones only: they sit between a title and a name ('periodista ruso')."""
    return tuple(w for w in read_data("names.yaml")["demonyms"] if w[:1].islower())


def _withheld_people(text: str) -> list[Mention]:
    names = _names()
    marks = "|".join(re.escape(w) for w in names.withheld)
    out = []
    for match in re.finditer(rf"\b([A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:\s[A-ZÁÉÍÓÚ][a-záéíóúñ]+)?)\s({marks})", text):
        if match.group(1).lower() in names.not_names:
            continue
        surface = match.group(0)
        out.append(Mention("person", surface, Span(match.start(), match.end()), surface, source="rule"))
    return out


NICKNAMED = re.compile(r"\b([A-ZÁÉÍÓÚ][a-záéíóúñ]+(?: [A-ZÁÉÍÓÚ][a-záéíóúñ]+)?) [“\"«]([^”\"»\n]{2,25})[”\"»] "
                       r"([A-ZÁÉÍÓÚ][a-záéíóúñ]+(?: [A-ZÁÉÍÓÚ][a-záéíóúñ]+)?)")


def _nicknamed_people(text: str) -> list[Mention]:
    """'Joaquín “El Chapo” Guzmán': a person named around a nickname (the nickname becomes an alias)."""
    names = _names()
    out = []
    for match in NICKNAMED.finditer(text):
        first, last = match.group(1), match.group(3)
        if first.split()[0].lower() in names.not_names | names.title_words or not match.group(2)[:1].isupper():
            continue
        name = f"{first} {last}"
        out.append(Mention("person", match.group(0), Span(match.start(), match.end()), name, source="rule"))
        start = match.start(2)
        out.append(Mention("person", match.group(2), Span(start, start + len(match.group(2))), match.group(2),
                           local_id="alias:" + name, source="rule"))
    return out


def _aliases(text: str, people: list[Mention]) -> list[Mention]:
    """Nicknames in quotes right after a person's name ('..., alias “El Tarjetas”')."""
    out = []
    for person in people:
        tail = text[person.span.end:person.span.end + 60]
        match = re.match(r"\s*,?\s*(?:alias|a\.k\.a\.|aka|apodado|conocido como|\(a\))?\s*[“\"«]([^”\"»]{2,30})[”\"»]", tail)
        if match and match.group(1)[:1].isupper():
            start = person.span.end + match.start(1)
            out.append(Mention("person", match.group(1), Span(start, start + len(match.group(1))),
                               match.group(1), local_id="alias:" + person.name, source="rule"))
    return out


def _model_mentions(doc: Doc, taken: list[Span]) -> list[Mention]:
    out = []
    text = doc.text
    for ent in doc.ents:
        span = Span(ent.start_char, ent.end_char)
        if ent.label_ in PERSON_LABELS:
            first = _extend_left(doc, ent.start)
            start_char = doc[first].idx
            cleaned = clean_person_name(text[start_char:ent.end_char], start_char)
            if cleaned is None:
                continue
            name, start, _title = cleaned
            span = Span(start, start + len(name))
            if any(span.overlaps(t) for t in taken) or _looks_like_place_or_thing(text, span):
                continue
            inner: Any = doc.char_span(span.start, span.end, alignment_mode="expand") or []
            if any(t.pos_ not in {"PROPN", "PUNCT", "X"} and t.lower_ not in _names().particles for t in inner):
                continue  # every word of a name is a proper noun ("Issues Prison" is not a person)
            titled = bool(_title or re.search(r"\b(?:" + "|".join(_names().title_words) + r")\s+$",
                                              text[max(0, start - 25):start], re.I))
            out.append(Mention("person", name, span, name, source="title" if titled else "model"))
        elif ent.label_ in ORG_LABELS | PLACE_LABELS:
            if any(span.overlaps(t) for t in taken):
                continue
            surface = _trim_lowercase_tail(ent.text.strip(QUOTE_CHARS + " ,;:"))
            if not surface or not surface[0].isupper() or re.search(r"https?:|#|@|\d{3,}", surface):
                continue
            surface_start = ent.start_char + ent.text.find(surface)
            span = Span(surface_start, surface_start + len(surface))
            name = re.sub(r"^(the|The|la|La|el|El)\s+", "", surface)
            kind = "organization" if ent.label_ in ORG_LABELS else "place"
            if kind == "organization" and _title_follows(text, span.end) and \
                    not any(w.lower() in _names().org_words for w in name.split()):
                continue  # "Foreign Affairs Minister ...": part of a title, not an organization
            if kind == "organization" and len(name.split()) == 1 and _title_precedes(text, span.start):
                continue  # "Secretary of State": the rest of a title
            if fold(name) in _names().demonyms or name.lower() in _names().not_names:
                continue  # "Mexican", "Today": no organization or place
            if kind == "organization" and load_lexicon().place_key(name):
                kind = "place"  # "MÉXICO" in a dateline
            if kind == "place" and any(w.lower() in _names().org_words for w in name.split()):
                kind = "organization"
            if kind == "organization" and re.search(r"['’]s$", name):
                continue
            out.append(Mention(kind, surface, span, name))
    return out


@cache
def _title_head_after() -> re.Pattern[str]:
    heads = sorted(_names().title_heads, key=len, reverse=True)
    return re.compile(r"[ \xa0]+(?:" + "|".join(re.escape(h) for h in heads) + r")\b", re.I)


@cache
def _title_of_before() -> re.Pattern[str]:
    heads = sorted(_names().title_heads, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def _title_precedes(text: str, start: int) -> bool:
    """A title head and 'of' right before a span ('Secretary of |State')."""
    return bool(_title_of_before().search(text[max(0, start - 40):start]))


def _title_follows(text: str, end: int) -> bool:
    """A title head right after a span ('Foreign Affairs| Minister')."""
    return bool(_title_head_after().match(text, end))


def _looks_like_place_or_thing(text: str, span: Span) -> bool:
    """A capitalized phrase after an article ('el Crimen Grave') or before ', State' is no person."""
    before = text[max(0, span.start - 5):span.start]
    if re.search(r"\b(el|la|los|las|the|del|al)\s+$", before):
        return True
    after = text[span.end:span.end + 40]
    return bool(re.match(r",\s+(?:y\s+)?[A-ZÁÉÍÓÚ][\w]+(?:,|\.|\s+y\s|\s+and\s|$)", after) and
                _lexicon_place_follows(after))


def _lexicon_place_follows(after: str) -> bool:
    word = re.match(r",\s+(?:y\s+)?([A-ZÁÉÍÓÚ][\w]+)", after)
    return bool(word and _is_known_place(word.group(1)))


@cache
def _known_places() -> set[str]:
    data = read_data("regions.yaml")
    return {fold(n) for n in data}


def _is_known_place(word: str) -> bool:
    return fold(word) in _known_places()


def _trim_lowercase_tail(surface: str) -> str:
    """An organization span cut before the first lowercase word that is no particle."""
    names = _names()
    words = surface.split(" ")
    for i, word in enumerate(words[1:], start=1):
        joiners = {"of", "for", "and", "on", "in", "en", "contra", "para"}
        if word[:1].islower() and word.lower() not in names.particles and word not in joiners:
            return " ".join(words[:i]).rstrip(" ,")
    return surface


def _company_mentions(text: str) -> list[Mention]:
    """Companies named with a legal suffix: 'Grupo de Combustibles S.A de C.V.'."""
    names = _names()
    suffix = "|".join(re.escape(s) for s in sorted(names.company_suffixes, key=len, reverse=True))
    pattern = re.compile(rf"((?:[A-ZÁÉÍÓÚ][\w&’'.-]*\s+)(?:(?:de|del|y|and|of|la)\s+|[A-ZÁÉÍÓÚ][\w&’'.-]*\s+){{0,6}}?)"
                         rf",?\s*({suffix})")
    out = []
    for match in pattern.finditer(text):
        name = match.group(1).strip(" ,")
        surface = text[match.start(1):match.end(2)]
        out.append(Mention("organization", surface, Span(match.start(1), match.end(2)), name, source="rule"))
    return out


def _coordinated_cartels(text: str) -> list[Mention]:
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


def _same_person(short: list[str], full: list[str]) -> bool:
    """The folded name parts of ``short`` abbreviate ``full`` ('Luis Martinez' of 'Luis Ángel Martínez Cabrera')."""
    return set(short) <= set(full) and short[-1] in full[1:] + ([full[0]] if len(short) == 1 else [])


def _double_surname(short: list[str], entities: list[LocalEntity]) -> LocalEntity | None:
    """'Calderón Hinojosa' (both surnames) and the only 'Felipe Calderón' or 'Pedro Pablo Kuczynski' ending with the first."""
    if len(short) != 2:
        return None
    people = [(e, fold(e.name).split()) for e in entities if e.type == "person"]
    hits = [(e, p[-1] if p[-1] == short[0] else p[0]) for e, p in people
            if (len(p) >= 2 and p[-1] == short[0]) or (len(p) == 2 and p[0] == short[-1])]
    if len(hits) != 1:
        return None
    entity, shared = hits[0]
    return entity if sum(shared in p for _e, p in people) == 1 else None


def _group(mentions: list[Mention], doc_id: str) -> list[LocalEntity]:
    entities: list[LocalEntity] = []
    people = [m for m in mentions if m.type == "person" and not m.local_id.startswith("alias:")]
    first_seen: dict[str, int] = {}
    for m in people:
        first_seen.setdefault(m.name, m.span.start)
    # the fullest names first; among equals, the one the article uses first (its introduction)
    full = sorted({m.name for m in people if len(m.name.split()) >= 2 and "«" not in m.name},
                  key=lambda n: (-len(n.split()), first_seen[n]))
    by_name: dict[str, LocalEntity] = {}
    for name in full:
        parts = fold(name).split()
        owner = next((e for e in entities if e.type == "person" and _same_person(parts, fold(e.name).split())), None)
        owner = owner or _double_surname(parts, entities)
        if owner is None:
            owner = LocalEntity(make_id("loc", doc_id, "person", fold(name)), "person", name)
            entities.append(owner)
        by_name[name] = owner
    for m in sorted(people, key=lambda m: m.span.start):
        owner = by_name.get(m.name)
        if owner is None:
            parts = fold(m.name).split()
            candidates = [e for e in entities if e.type == "person" and _same_person(parts, fold(e.name).split())]
            if len(candidates) > 1:
                candidates = candidates[:1]
            if candidates:
                owner = candidates[0]
            elif m.source in {"rule", "title"} or len(parts) >= 2:
                owner = LocalEntity(make_id("loc", doc_id, "person", fold(m.name)), "person", m.name)
                entities.append(owner)
                by_name[m.name] = owner
            else:
                continue
        m.local_id = owner.local_id
        owner.mentions.append(m)
    for m in mentions:
        if m.local_id.startswith("alias:"):
            owner = by_name.get(m.local_id[6:])
            if owner:
                m.local_id = owner.local_id
                owner.mentions.append(m)
    # the model sometimes calls a person's surname an organization or place ("Sheinbaum told ...")
    surnames: dict[str, LocalEntity] = {}
    for e in entities:
        parts = fold(e.name).split()
        if e.type == "person" and len(parts) >= 2:
            surnames.setdefault(" ".join(parts), e)
            for i in range(1, len(parts)):  # every run of name parts after the first name
                for j in range(i + 1, len(parts) + 1):
                    surnames.setdefault(" ".join(parts[i:j]), e)
    for m in mentions:
        if m.type != "person" and m.source == "model" and not m.key and fold(m.name) in surnames:
            owner = surnames[fold(m.name)]
            m.type, m.local_id = "person", owner.local_id
            owner.mentions.append(m)
    groups: dict[tuple[str, str], LocalEntity] = {}
    lex = load_lexicon()
    for m in sorted((m for m in mentions if m.type != "person"), key=lambda m: m.span.start):
        if m.type == "organization":
            key = m.key or lex.org_key(m.name) or (lex.context_key(m.name) if m.source == "model" else None)
        else:
            key = m.key or lex.place_key(m.name)
        m.key = key
        group_key = (m.type, key or fold(m.name))
        owner = groups.get(group_key)
        if owner is None:
            if key and m.type == "organization":
                name = lex.organizations[key].name
            elif key:
                name = lex.places[key].name
            else:
                name = m.name
            owner = LocalEntity(make_id("loc", doc_id, m.type, group_key[1]), m.type, name, key=key)
            groups[group_key] = owner
            entities.append(owner)
        m.local_id = owner.local_id
        owner.mentions.append(m)
    return [e for e in entities if e.mentions]


def extract_entities(doc: Doc, doc_id: str) -> list[LocalEntity]:
    """In-document entities with their mentions (see the module docstring for the steps)."""
    text = doc.text
    mentions = _lexicon_mentions(text)
    taken = [m.span for m in mentions]
    for extra in _company_mentions(text) + _coordinated_cartels(text):
        if not any(extra.span.overlaps(t) for t in taken):
            mentions.append(extra)
            taken.append(extra.span)
    nicknamed = _nicknamed_people(text)
    people_rules = _withheld_people(text) + [m for m in nicknamed if not m.local_id.startswith("alias:")]
    taken += [m.span for m in people_rules]
    model = _model_mentions(doc, taken)
    model_people = [m.span for m in model if m.type == "person"]
    titled = _title_people(text, taken + model_people)
    # a name after a title or credit beats the model's guess that it is a place or organization
    model = [m for m in model if m.type == "person" or not any(m.span.overlaps(t.span) for t in titled)]
    people = people_rules + [m for m in model if m.type == "person"] + titled
    mentions += people_rules + model + titled
    mentions += _aliases(text, people) + [m for m in nicknamed if m.local_id.startswith("alias:")]
    # a person the model found only once by its first name elsewhere stays out (fragments)
    return _group(mentions, doc_id)
