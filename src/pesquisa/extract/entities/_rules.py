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
    is_given_name,
    is_known_place,
    names_data,
    nickname_owner,
    raw_demonyms,
)
from pesquisa.extract.quantities._lexicon import commodity_key, load_quantity_lexicon
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
        cue_end = match.end("cue") if match.group("cue") else match.end("credit")
        inner = [t.end for t in taken if cue_end <= t.start and t.end <= match.end("name")]  # not "U.S." of the cue
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
            given = next((i for i, w in enumerate(keep[1:-1], start=1) if is_given_name(w)), None)
            if keep and given and not is_given_name(keep[0]):
                keep = keep[given:]  # "...District of California Martin Estrada": the name starts at the given name
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
        if len(candidate.split()) == 1 and (match.group("credit") or not (
                match.group(0)[:1].isupper() and re.fullmatch(r"\w+", candidate))):
            continue  # "Foto: Especial", "Foto: Cuartoscuro": a credit names a person with two words at least
        if not inner and _complement_of_title(text, cstart, candidate):
            continue  # "jefe de Operaciones de Vigilancia Aduanera": the title's own complement, no name
        span = Span(cstart, cstart + len(candidate))
        if any(span.overlaps(t) for t in taken):
            continue
        found.append(Mention("person", candidate, span, candidate, source="rule"))
    return found


def _complement_of_title(text: str, start: int, candidate: str) -> bool:
    """True when ``candidate`` follows 'de'/'of' inside a title and nothing marks it a person's name."""
    if not re.search(r"\b(?:de|del|de la|of|of the|for|for the)\s+$", text[max(0, start - 12):start], re.I):
        return False
    return not is_given_name(candidate.split()[0])


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
        known = nickname_owner(match.group(2))
        if known and fold(last).split()[0] in fold(known).split():
            name = known  # "Joaquín “El Chapo” Guzmán" is Joaquín Guzmán Loera, not his son Joaquín Guzmán López
        out.append(Mention("person", match.group(0), Span(match.start(), match.end()), name, source="rule"))
        start = match.start(2)
        out.append(Mention("person", match.group(2), Span(start, start + len(match.group(2))), match.group(2),
                           alias_of=name, source="rule"))
    return out


@cache
def _nickname_pattern() -> re.Pattern[str]:
    forms = []
    for nick in sorted(names_data().nicknames, key=len, reverse=True):
        article, _, rest = nick.partition(" ")
        if article.lower() in {"el", "la"} and rest:
            forms.append(rf"(?:{article}|{article.lower()})\s+{re.escape(rest)}")
        else:
            forms.append(re.escape(nick))
    return re.compile(r"(?<![\w])(?:" + "|".join(forms) + r")(?![\w])")


def known_nicknames(text: str, taken: list[Span]) -> list[Mention]:
    """Prominent people named by their nickname alone ('El Chapo's cartel', 'hijo de Joaquín “el Chapo”')."""
    out = []
    for match in _nickname_pattern().finditer(text):
        span = Span(match.start(), match.end())
        full = nickname_owner(match.group(0))
        if full and not any(span.overlaps(t) for t in taken):
            out.append(Mention("person", match.group(0), span, full, source="rule"))
    return out


def tweet_authors(text: str) -> list[Mention]:
    """The display name that signs an embedded tweet: '— Embajada EU en Mex (@USEmbassyMEX) August 13, 2025'.

    An organization when the name holds an organization word or a lexicon name, a person when it
    starts with a given name; otherwise left to the model.
    """
    names = names_data()
    out = []
    for match in re.finditer(r"[—–-]\s*([A-ZÁÉÍÓÚ][^\n()—–]{1,60}?)\s*\(@\w{2,30}\)", text):
        name = match.group(1).strip()
        span = Span(match.start(1), match.start(1) + len(name))
        words = name.split()
        if any(w.strip(".,").lower() in names.org_words for w in words) or load_lexicon().org_key(name):
            out.append(Mention("organization", name, span, name, source="rule"))
        elif is_given_name(words[0]) and clean_person_name(name, span.start):
            out.append(Mention("person", name, span, name, source="rule"))
    return out


@cache
def _org_cue_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(names_data().org_cues, key=len, reverse=True))
    adjectives = (r"(?:criminal|criminales|delictivo|delictiva|armado|armada|civil|de búsqueda|de madres buscadoras|"
                  r"de periodistas|no gubernamental|criminal organization|armed|militant|rebel|drug|trafficking|"
                  r"paramilitary|advocacy|human rights|news)")
    name = (r"(?P<name>[A-ZÁÉÍÓÚÑ][\w’'&-]*(?:[ \xa0]+(?:(?:de|del|de la|de los|y|and|of|the|for|en)[ \xa0]+)?"
            r"[A-ZÁÉÍÓÚÑ][\w’'&-]*){0,6})")
    return re.compile(rf"\b(?:{cues})(?:[ \xa0]+{adjectives})?,?[ \xa0]+[“\"«]?{name}")


def org_cue_mentions(text: str) -> list[Mention]:
    """Organizations named after a group noun: 'el colectivo Guerreros Buscadores de Jalisco', 'grupo Luz de Esperanza'."""
    out = []
    for match in _org_cue_pattern().finditer(text):
        name = match.group("name").rstrip(".")
        words = name.split()
        if (is_given_name(words[0]) and len(words) > 1) or is_known_place(name) or load_lexicon().place_key(name):
            continue  # "el grupo de Juan Pérez" is no organization name; neither is a place
        if fold(name) in names_data().demonyms or name.lower() in names_data().not_names:
            continue
        start = match.start("name")
        out.append(Mention("organization", name, Span(start, start + len(name)), name, source="rule"))
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
    """The model's PERSON/PER, ORG and GPE/LOC spans outside ``taken``, checked and retyped.

    A person span is cleaned (titles, possessives) and dropped when it reads as a place or a
    thing; an organization or place span becomes a person when it starts with a given name or
    carries an age ("Heriberto Salazar Amaya, 36,"), and is dropped when it is a verb.
    """
    lowered = {t.lower_ for t in doc if t.is_alpha and t.text == t.lower_}
    out = []
    for ent in doc.ents:
        if ent.label_ in PERSON_LABELS:
            mention = _model_person(doc, ent, taken, lowered)
        elif ent.label_ in ORG_LABELS | PLACE_LABELS:
            mention = _model_named(doc, ent, taken)
        elif ent.label_ == "MISC":
            mention = _misc_organization(doc, ent, taken)
        else:
            continue
        if mention is not None:
            out.append(mention)
    return out


PLACE_BEFORE = re.compile(r"\b(?:en|in|desde|hacia|near|cerca de|municipio de|localidad de|alcaldía)\s+$", re.I)


def _model_person(doc: Doc, ent: Any, taken: list[Span], lowered: set[str]) -> Mention | None:
    """The person the model's PERSON span names, an organization for 'Ammo AZ', or None."""
    text = doc.text
    first = _extend_left(doc, ent.start)
    start_char = doc[first].idx
    cleaned = clean_person_name(text[start_char:_name_end(text, start_char, ent.end_char, lowered)], start_char)
    if cleaned is None:
        return _acronym_organization(ent, taken)
    name, start, title = cleaned
    span = Span(start, start + len(name))
    if any(span.overlaps(t) for t in taken) or _looks_like_place_or_thing(text, span):
        return None
    inner: Any = doc.char_span(span.start, span.end, alignment_mode="expand") or []
    if any(t.pos_ not in {"PROPN", "PUNCT", "X"} and t.lower_ not in names_data().particles for t in inner):
        return None  # every word of a name is a proper noun ("Issues Prison" is not a person)
    if not is_given_name(name.split()[0]):
        if _common_nouns(name, lowered) or PLACE_BEFORE.search(text[max(0, start - 16):start]):
            return None  # "Embarcación de Bajo Perfil" (its words also written lower case), "en Florencio Varela"
    titled = bool(title or re.search(r"\b(?:" + "|".join(names_data().title_words) + r")\s+$",
                                     text[max(0, start - 25):start], re.I))
    return Mention("person", name, span, name, source="title" if titled else "model")


def _name_end(text: str, start: int, end: int, lowered: set[str]) -> int:
    """End of a person span cut before a third word the document also writes in lower case.

    A title-case headline runs the name into what follows: "Alvaro Serey Issues Prison Update".
    """
    names = names_data()
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, w in enumerate(words[2:], start=2):
        if w.group().lower() in lowered and w.group().lower() not in names.particles:
            return start + words[i - 1].end()
    return end


def _common_nouns(name: str, lowered: set[str]) -> bool:
    """True when most words of ``name`` are written lower case elsewhere in the document: common nouns."""
    words = [w.lower() for w in name.split() if w.lower() not in names_data().particles]
    return bool(words) and sum(w in lowered for w in words) * 2 > len(words)


def _acronym_organization(ent: Any, taken: list[Span]) -> Mention | None:
    """'Ammo AZ': a mixed-case name with an acronym in it is an organization, not a person."""
    surface = ent.text.strip(QUOTE_CHARS + " ,;:")
    words = surface.split()
    span = Span(ent.start_char + ent.text.find(surface), ent.start_char + ent.text.find(surface) + len(surface))
    if len(words) < 2 or any(span.overlaps(t) for t in taken) or not all(NAME_TOKEN.match(w) for w in words):
        return None
    if any(w.isupper() and len(w) > 1 for w in words) and not all(w.isupper() for w in words):
        return Mention("organization", surface, span, surface)
    return None


def _model_named(doc: Doc, ent: Any, taken: list[Span]) -> Mention | None:
    """The organization or place of the model's ORG/GPE/LOC span, a person it really names, or None."""
    text = doc.text
    span = Span(ent.start_char, ent.end_char)
    if any(span.overlaps(t) for t in taken):
        return None
    if all(t.pos_ in {"VERB", "AUX"} for t in ent):
        return None  # "Aseguró que ...", "Afirmó que ...": a sentence-initial verb, capitalized
    surface = _trim_lowercase_tail(ent.text.strip(QUOTE_CHARS + " ,;:"))
    if not surface or not surface[0].isupper() or re.search(r"https?:|#|@|\d{3,}", surface):
        return None
    surface_start = ent.start_char + ent.text.find(surface)
    span = Span(surface_start, surface_start + len(surface))
    name = re.sub(r"^(the|The|la|La|el|El)\s+", "", surface)
    person = _person_in_disguise(text, span, surface)
    if person is not None:
        return person
    kind = "organization" if ent.label_ in ORG_LABELS else "place"
    if kind == "organization" and _title_follows(text, span.end) and \
            not any(w.lower() in names_data().org_words for w in name.split()):
        return None  # "Foreign Affairs Minister ...": part of a title, not an organization
    if kind == "organization" and len(name.split()) == 1 and _title_precedes(text, span.start):
        return None  # "Secretary of State": the rest of a title
    if fold(name) in names_data().demonyms or name.lower() in names_data().not_names | names_data().title_heads:
        return None  # "Mexican", "Today", "Senador": no organization or place
    if commodity_key(name) in load_quantity_lexicon().commodities:
        return None  # "MDMA", "Fentanilo": a drug, no organization or place
    if kind == "organization" and (load_lexicon().place_key(name) or is_known_place(name)):
        kind = "place"  # "MÉXICO" in a dateline, "in Sinaloa"
    if kind == "place" and any(w.lower() in names_data().org_words for w in name.split()):
        kind = "organization"
    if kind == "organization" and re.search(r"['’]s$", name):
        return None
    return Mention(kind, surface, span, name)


ORG_TAIL = re.compile(r"(?:[ \xa0]+(?:de|del|de la|de los|of|of the)[ \xa0]+[A-ZÁÉÍÓÚ][\w.-]*(?:[ \xa0]+[A-ZÁÉÍÓÚ][\w.-]*)*)+")


def _misc_organization(doc: Doc, ent: Any, taken: list[Span]) -> Mention | None:
    """An organization inside a span the Spanish model calls MISC, from its first organization word.

    "El comandante de la Estación de Guardacostas de Buenaventura" holds "Estación de
    Guardacostas de Buenaventura"; "de <Name>" right after the span still belongs to it
    ("Estación de Guardacostas| de Bahía Solano").
    """
    text, names = doc.text, names_data()
    words = list(re.finditer(r"\S+", ent.text))
    first = next((w for w in words if w.group().lower() in names.org_words and w.group()[:1].isupper()), None)
    if first is None:
        return None
    start = ent.start_char + first.start()
    end = ent.end_char
    tail = ORG_TAIL.match(text, end)
    if tail:
        end = tail.end()
    surface = text[start:end].rstrip(" .,;:")
    parts = surface.split()
    if len(parts) < 2 or not all(p[:1].isupper() or p.lower() in names.particles for p in parts):
        return None
    span = Span(start, start + len(surface))
    if any(span.overlaps(t) for t in taken):
        return None
    return Mention("organization", surface, span, surface)


def _person_in_disguise(text: str, span: Span, surface: str) -> Mention | None:
    """A person the model called a place or organization: a given name first, or an age after it.

    "captured Ovidio Guzman in Sinaloa" is left to grouping (his surname names a person);
    "María del Carmen Morales, del colectivo" starts with a given name; "Heriberto Salazar
    Amaya, 36, a Mexican national" carries an age. Not after "en"/"in" ("en Benito Juárez").
    """
    words = surface.split()
    if len(words) < 2 or PLACE_BEFORE.search(text[max(0, span.start - 16):span.start]):
        return None
    aged = re.match(r",\s*\d{1,2}\s*,", text[span.end:span.end + 6]) is not None
    if not (aged or is_given_name(words[0])):
        return None
    lex = load_lexicon()
    if lex.place_key(surface) or lex.org_key(surface) or is_known_place(surface):
        return None
    cleaned = clean_person_name(surface, span.start)
    if cleaned is None or cleaned[0] != surface:
        return None
    return Mention("person", surface, span, surface, source="model")


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
