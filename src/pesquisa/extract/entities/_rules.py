"""People the model misses (after titles and credits, withheld surnames, nicknames), aliases,
and the model's own PERSON/ORG/GPE spans checked against the lexicon and the names data."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Doc

from pesquisa.extract.entities._names import (
    NAME_TOKEN,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    QUOTE_CHARS,
    clean_person_name,
    is_known_place,
    names_data,
    raw_demonyms,
)
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span


def _extend_left(doc: Doc, start_token: int) -> int:
    """Index of the first token of a name whose first part the model cut off."""
    names = names_data()
    i = start_token
    while i > 0:
        tok = doc[i - 1]
        if (not NAME_TOKEN.match(tok.text) or tok.text.lower() in names.title_words
                or tok.text.lower() in names.not_names or tok.pos_ not in {"PROPN"} or tok.ent_type_ in PLACE_LABELS
                or tok.text.lower() in names.org_words):
            break
        i -= 1
    return i


def title_people(text: str, taken: list[Span]) -> list[Mention]:
    """Names right after a title head or a credit: 'Captain Robert Passerello', 'Foto: Berenice Fregoso'."""
    names = names_data()
    heads = sorted(names.title_heads, key=len, reverse=True)
    cue = r"(?:" + "|".join(re.escape(h) for h in heads) + r")"
    org_gap = (r"(?:[ \xa0]+(?:of|de|del|de la|for)[ \xa0]+(?:the[ \xa0]+|la[ \xa0]+|el[ \xa0]+)?"
               r"[A-ZÁÉÍÓÚ][\w.’'-]*(?:[ \xa0]+[A-ZÁÉÍÓÚ][\w.’'-]*){0,4}){0,2}")
    name = (r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:[ \xa0]+(?:[A-Z]\.[ \xa0]+)?"
            r"(?:de[ \xa0]+la[ \xa0]+|de[ \xa0]+|del[ \xa0]+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){0,3}(?:[ \xa0]+Jr\.)?)")
    credits = r"(?:" + "|".join(re.escape(c) for c in names.credits) + r")"
    demonym = r"(?:[ \xa0]+(?:" + "|".join(re.escape(d) for d in sorted(raw_demonyms(), key=len, reverse=True)) + r"))?"
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
            if len(words) > 1 and len(keep) >= 2 and keep[0].lower() in names_data().title_words:
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
        if is_known_place(candidate) or load_lexicon().place_key(candidate):
            continue
        if len(candidate.split()) == 1 and not (match.group(0)[:1].isupper() and re.fullmatch(r"\w+", candidate)):
            continue
        span = Span(cstart, cstart + len(candidate))
        if any(span.overlaps(t) for t in taken):
            continue
        found.append(Mention("person", candidate, span, candidate, source="rule"))
    return found


def withheld_people(text: str) -> list[Mention]:
    names = names_data()
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


def nicknamed_people(text: str) -> list[Mention]:
    """'Joaquín “El Chapo” Guzmán': a person named around a nickname (the nickname becomes an alias)."""
    names = names_data()
    out = []
    for match in NICKNAMED.finditer(text):
        first, last = match.group(1), match.group(3)
        if first.split()[0].lower() in names.not_names | names.title_words or not match.group(2)[:1].isupper():
            continue
        name = f"{first} {last}"
        out.append(Mention("person", match.group(0), Span(match.start(), match.end()), name, source="rule"))
        start = match.start(2)
        out.append(Mention("person", match.group(2), Span(start, start + len(match.group(2))), match.group(2),
                           alias_of=name, source="rule"))
    return out


def alias_mentions(text: str, people: list[Mention]) -> list[Mention]:
    """Nicknames in quotes right after a person's name ('..., alias “El Tarjetas”')."""
    out = []
    for person in people:
        tail = text[person.span.end:person.span.end + 60]
        match = re.match(r"\s*,?\s*(?:alias|a\.k\.a\.|aka|apodado|conocido como|\(a\))?\s*[“\"«]([^”\"»]{2,30})[”\"»]", tail)
        if match and match.group(1)[:1].isupper():
            start = person.span.end + match.start(1)
            out.append(Mention("person", match.group(1), Span(start, start + len(match.group(1))),
                               match.group(1), alias_of=person.name, source="rule"))
    return out


def model_mentions(doc: Doc, taken: list[Span]) -> list[Mention]:
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
            if any(t.pos_ not in {"PROPN", "PUNCT", "X"} and t.lower_ not in names_data().particles for t in inner):
                continue  # every word of a name is a proper noun ("Issues Prison" is not a person)
            titled = bool(_title or re.search(r"\b(?:" + "|".join(names_data().title_words) + r")\s+$",
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
                    not any(w.lower() in names_data().org_words for w in name.split()):
                continue  # "Foreign Affairs Minister ...": part of a title, not an organization
            if kind == "organization" and len(name.split()) == 1 and _title_precedes(text, span.start):
                continue  # "Secretary of State": the rest of a title
            if fold(name) in names_data().demonyms or name.lower() in names_data().not_names:
                continue  # "Mexican", "Today": no organization or place
            if kind == "organization" and load_lexicon().place_key(name):
                kind = "place"  # "MÉXICO" in a dateline
            if kind == "place" and any(w.lower() in names_data().org_words for w in name.split()):
                kind = "organization"
            if kind == "organization" and re.search(r"['’]s$", name):
                continue
            out.append(Mention(kind, surface, span, name))
    return out


@cache
def _title_head_after() -> re.Pattern[str]:
    heads = sorted(names_data().title_heads, key=len, reverse=True)
    return re.compile(r"[ \xa0]+(?:" + "|".join(re.escape(h) for h in heads) + r")\b", re.I)


@cache
def _title_of_before() -> re.Pattern[str]:
    heads = sorted(names_data().title_heads, key=len, reverse=True)
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
    return bool(word and is_known_place(word.group(1)))


def _trim_lowercase_tail(surface: str) -> str:
    """An organization span cut before the first lowercase word that is no particle."""
    names = names_data()
    words = surface.split(" ")
    for i, word in enumerate(words[1:], start=1):
        joiners = {"of", "for", "and", "on", "in", "en", "contra", "para"}
        if word[:1].islower() and word.lower() not in names.particles and word not in joiners:
            return " ".join(words[:i]).rstrip(" ,")
    return surface
