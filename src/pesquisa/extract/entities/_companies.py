"""Companies the model takes for people or places: a name opened by the kind of business ("Cambios Fronterizos del
Golfo", "Divisas San Jorge"; ``company_heads`` in names.yaml), the model's person right after such a word ("Casa de
Cambio| Tepeyac", "Cambios| Fronterizos del Golfo"), two of them joined by "y"/"and", and a company named again
by its first word ("Vector Casa de Bolsa ... Vector said in a statement"); a company and the trade name it does
business as ("Loma Arms LLC d/b/a The Range"), one name in court filings and lawsuits."""

from __future__ import annotations

import dataclasses
import re

from pesquisa._required import matches_in
from pesquisa.extract.entities._mention_keys import mention_key, mention_keys
from pesquisa.extract.entities._names import Names, is_given_name, is_known_place, names_data
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

_HOUSE_BEFORE = re.compile(r"\b(?:Casas?|House)[ \xa0]+(?:de|of)[ \xa0]+$")
_HEAD_BEFORE = re.compile(r"(?:(?:Casas?|House)[ \xa0]+(?:de|of)[ \xa0]+)?([A-ZÁÉÍÓÚ][a-záéíóúñ]+)[ \xa0]+$")


def _opened_by_head(text: str, m: Mention) -> Mention | None:
    """The company a model person or place (or a lexicon place) names: opened by a business word, or right after
    one ("Casa de Cambio| Puebla"); a model company opened by one keeps the "Casa de" before it."""
    names = names_data()
    if m.type == "organization" and m.source == "model" and m.name.split()[0].lower() in names.company_heads:
        house = _HOUSE_BEFORE.search(text, max(0, m.span.start - 12), m.span.start)  # "Casa de| Cambio Tepeyac"
        return Mention("organization", text[house.start():m.span.end], Span(house.start(), m.span.end),
                       text[house.start():m.span.end], source="model") if house else None
    if m.type == "organization" or (m.source != "model" and not (m.source == "lexicon" and m.type == "place")):
        return None
    if m.source == "model" and m.name.split()[0].lower() in names.company_heads:
        return Mention("organization", m.text, m.span, m.name, source="model")
    before = _HEAD_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
    if before and before.group(1).lower() in names.company_heads:
        surface = text[before.start():m.span.end]
        return Mention("organization", surface, Span(before.start(), m.span.end), surface, source="model")
    return None


def _split_pair(m: Mention) -> list[Mention]:
    """Two companies the model joined by "y"/"and" ("Divisas San Jorge y Cambios Sonora del Pacífico"), each
    opened by a business word and named by more; else the mention itself."""
    parts = re.split(r"[ \xa0]+(?:y|and)[ \xa0]+", m.text)
    heads = names_data().company_heads
    if m.type != "organization" or len(parts) != 2 or not all(p.split()[0].lower() in heads and len(p.split()) >= 2
                                                              for p in parts):  # "Cambios y Divisas del Bravo": one
        return [m]
    second = m.span.end - len(parts[1])
    return [Mention("organization", parts[0], Span(m.span.start, m.span.start + len(parts[0])), parts[0], source="model"),
            Mention("organization", parts[1], Span(second, m.span.end), parts[1], source="model")]


def company_mentions_retyped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the companies the model took for people or places (see the module docstring)."""
    out: list[Mention] = []
    heads = [m for m in mentions if _bare_head(m)]
    for m in mentions:
        if m.source == "model" and m.name.split()[0].lower() in names_data().company_heads and \
                m.name.split()[1:2] in (["y"], ["and"]):
            continue  # "(Cámara Nacional de Comercio,) Servicios y Turismo": nouns of a longer name, no company
        company = _opened_by_head(text, m)
        if company is not None and any(company.span.overlaps(o.span) for o in mentions if o is not m and o not in heads):
            company = None  # the business word belongs to another name
        out += _split_pair(company or m)
    # the model's lone business word inside a company it opens ("|Servicios| Turísticos Valle Dorado") goes
    given = mention_keys(mentions)
    companies = [c for c in out if mention_key(c) not in given]
    return _named_again(_with_partners(text, [m for m in out if not (m in heads and any(m.span.overlaps(c.span)
                                                                                        for c in companies))]))


_PARTNERS = re.compile(r"[ \xa0]+(?:y|e|&|and)[ \xa0]+(?:Asociados|Associates|Hijos|Hermanos|Sons|Brothers|Compañía|Company)\b")


def _with_partners(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each company the model cut before its partners ("Servicios Aduanales Garza| y Asociados",
    "Transportes Ruiz| e Hijos", "Smith| & Sons") whole; the rest of the name is no other name."""
    out = []
    for m in mentions:
        tail = _PARTNERS.match(text, m.span.end) if m.type == "organization" and m.source != "lexicon" else None
        if tail is not None and not any(o.span.overlaps(Span(m.span.start, tail.end())) for o in mentions if o is not m):
            surface = text[m.span.start:tail.end()]
            m = Mention("organization", surface, Span(m.span.start, tail.end()), m.name + tail.group(0), source=m.source)
        out.append(m)
    return out


def _bare_head(m: Mention) -> bool:
    """A model organization that is a business word alone ("Servicios"), cut off the company it opens."""
    return m.source == "model" and m.type == "organization" and m.name.lower() in names_data().company_heads


def _named_again(mentions: list[Mention]) -> list[Mention]:
    """A company named again by the first word of its name, which the model or a speaker's rule took for a person
    or a place ("Vector Casa de Bolsa ... Vector said"): that company. Not a given name, a known place or a
    body's common word ("Mexico City Police": "Mexico" stays the country)."""
    names = names_data()
    openers = {o.name.split()[0]: o.name for o in mentions if o.type == "organization" and len(o.name.split()) >= 2}
    shorts = {short: o.name for o in mentions if o.type == "organization"
              for short in _without_business_words(o.name, names.company_heads | names.org_words)}
    # a body's name without its common head ("Financial Intelligence| Unit") is no company named again
    firms = {short: o.name for o in mentions if o.type == "organization"
             for short in _without_business_words(o.name, names.company_heads)}
    out = []
    for m in mentions:
        whole = openers.get(m.name) if _bare_word(m.name, names) else None
        whole = whole or ((firms if m.type == "organization" else shorts).get(m.name) if " " in m.name and
                          not is_given_name(m.name.split()[0]) and not is_known_place(m.name) and
                          not load_lexicon().place_key(m.name) else None)
        if whole and m.type == "place" and _named_after_place(whole, names, len(m.name.split())):
            whole = None  # "the Juárez Cartel ... reporters in Juárez", "Chula Vista Police Department ... in Chula
            # Vista": the town the body is named after
        out.append(dataclasses.replace(m, type="organization", name=whole)
                   if whole and m.source != "lexicon" and whole != m.name else m)
    return out


def _named_after_place(whole: str, names: Names, size: int = 1) -> bool:
    """A body's name of a place (its first ``size`` words) and common words of bodies alone ("Juárez Cartel",
    "Tijuana Police"): the place, read as one, is that place."""
    return all(w.lower() in names.org_words or w.lower() in names.company_heads or w.lower() in names.particles
               for w in whole.split()[size:])


def _without_business_words(name: str, heads: set[str]) -> list[str]:
    """A company's name without the business words (``heads``) that open or close it ("Desert Crown| Resorts",
    "Centro Cambiario| Baja Norte"): the words it is named again by, two at least."""
    words = name.split()
    first = next((i for i, w in enumerate(words) if w.lower() not in heads), len(words))
    last = next((i for i in range(len(words), 0, -1) if words[i - 1].lower() not in heads), 0)
    out = [" ".join(words[first:]) if first else "", " ".join(words[:last]) if last < len(words) else ""]
    return [o for o in out if len(o.split()) >= 2 and o.split()[0][:1].isupper() and o != name]


def _bare_word(name: str, names: Names) -> bool:
    """One word that names no person or place by itself (no given name, known place or organization word)."""
    return " " not in name and not is_given_name(name) and not is_known_place(name) and \
        name.lower() not in names.org_words and not load_lexicon().place_key(name)


_WORD = r"[A-ZÁÉÍÓÚÑ][\w&'’-]*"
_HEADED = re.compile(rf"(?<=[a-záéíóúñ,(] )({_WORD})((?:[ \xa0](?:(?:de|del|de la|de los|y)[ \xa0])?{_WORD})+)")


def headed_companies(text: str) -> list[Mention]:
    """Companies opened by a business word inside a sentence that nothing else names ("a broker in Monterrey,
    Grupo Logístico Sierra Madre, arranged ..."): the business word and the capitalized words after it, with their
    particles; not at a line's start, where a headline capitalizes every word."""
    names = names_data()
    out = []
    for match in _HEADED.finditer(text):
        if match.group(1).lower() not in names.company_heads or match.group(1).lower() in {"cambio", "servicios"}:
            continue  # "Cambio Climático", "Servicios Periciales": common nouns of a body's name
        words = match.group(2).split()
        if any(w.lower() in names.title_words for w in words):
            continue
        for span in _split_at_second_head(text, Span(match.start(1), match.end(2))):
            out.append(Mention("organization", text[span.start:span.end], span, text[span.start:span.end], source="rule"))
    return out


def _split_at_second_head(text: str, span: Span) -> list[Span]:
    """The companies of ``span``: two where "y" joins a second business word ("|Transportes del Bravo| y |Grupo Norte|")
    or follows companies in the plural ("las empresas |Transportes del Bravo| y |Combustibles Fronterizos|"), else one."""
    heads = names_data().company_heads
    several = re.search(r"\b(?:empresas|compañías|companies|firms|sociedades)[ \xa0]+$", text[max(0, span.start - 20):span.start])
    for joiner in re.finditer(r"[ \xa0](?:y|and)[ \xa0](\w+)", text[span.start:span.end]):
        if joiner.group(1).lower() in heads or several:
            return [Span(span.start, span.start + joiner.start()), Span(span.start + joiner.start(1), span.end)]
    return [span]


# "X D/B/A Y", "X d/b/a Y", "X doing business as Y": a company and its trade name, one party of a filing
_TRADE_NAME = re.compile(r"(?<![\w’'])((?:[A-Z][\w&’'.-]*[ \xa0]+){1,5}?)(?:D/B/A|d/b/a|DBA|dba|doing business as)[ \xa0]+"
                         r"((?:The[ \xa0]+)?[A-Z][\w&’'-]*(?:[ \xa0]+[A-Z][\w&’'-]*){0,3})")


def trade_names(text: str) -> list[Mention]:
    """Each company named with the trade name it does business as, whole ("Loma Arms LLC d/b/a The Range"); the
    sentence's opening article is no part of it."""
    out = []
    for match in matches_in(_TRADE_NAME, text):
        start = match.start(1) + (4 if match.group(1).startswith("The ") else 0)
        surface = text[start:match.end()]
        out.append(Mention("organization", surface, Span(start, match.end()), surface, source="rule"))
    return out
