"""Words before a model span that say what it names: the last of a list of towns ("los municipios de San Miguel
Totolapan y |Heliodoro Castillo|": a place, though named after a person) and the holders of a title before a place
("|Obispos de| Guerrero piden tregua": the place alone); a body's whereabouts ("Police in |Guayaquil|": a place);
a border crossing ("the |Otay Mesa Port of Entry|", "the |Zaragoza| international bridge": a place); a programme ("el
programa |Mexiquense Seguro|", "la |Plataforma Centinela|": an organization, as the codebase types programmes)."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from pesquisa.extract.entities._names import names_data, title_word
from pesquisa.extract.entities._title_heads import opens_title
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span

# the last of a list of towns: "los municipios de San Miguel Totolapan y ", "the towns of Altar, Caborca and ", "the
# ports of Manzanillo and |Lázaro Cárdenas|"
_PLACE_WORD = r"[A-ZÁÉÍÓÚ][\w.-]*(?:[ \xa0]+(?:(?:de|del|la|las|los)[ \xa0]+)?[A-ZÁÉÍÓÚ][\w.-]*)*"
_LISTED_PLACES = re.compile(rf"\b(?:municipios|localidades|comunidades|poblados|municipalities|towns|puertos|ports|ciudades|"
                            rf"cities)[ \xa0]+(?:de|of)[ \xa0]+"
                            rf"{_PLACE_WORD}(?:,[ \xa0]+{_PLACE_WORD})*,?[ \xa0]+(?:y|e|and)[ \xa0]+$")
# a title's holders and "de"/"of" opening the model's place: "Obispos de ", "Bishops of the "
_TITLE_LEAD = re.compile(r"(\w+)[ \xa0]+(?:de|del|of)[ \xa0]+(?:la[ \xa0]+|the[ \xa0]+)?(?=[A-ZÁÉÍÓÚ])")


def last_of_listed_places(text: str, start: int) -> bool:
    """The name at ``start`` closes a list of towns."""
    return _LISTED_PLACES.search(text[max(0, start - 80):start]) is not None


def after_title_lead(text: str, start: int, end: int, place: bool) -> int:
    """Start of a place the model's span opens with a title's holders and "de" ("Obispos de |Guerrero|"); else
    ``start`` (always for an organization: "Director de Seguridad Pública" is read elsewhere)."""
    lead = _TITLE_LEAD.match(text, start, end) if place else None
    if lead is None or opens_title(text, Span(start, lead.end())):
        return start  # "General de |Brigada|": one rank, no place after it
    return lead.end() if title_word(lead.group(1), names_data()) else start


def located_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a one-word organization of the model that says where a body or its people are ("Police in
    |Guayaquil| say", "agentes en |Zamora|") as the place: the object of "in"/"en" after a body's or its members'
    noun, where the lexicon knows no organization by that word."""
    names = names_data()
    out = []
    for m in mentions:
        tok = doc.char_span(m.span.start, m.span.end) if m.type == "organization" and m.source == "model" else None
        prep = tok[0].head if tok is not None and len(tok) == 1 else None
        if tok is not None and prep is not None and prep.lower_ in {"in", "en"} and prep.i + 1 == tok[0].i and \
                prep.head.i < prep.i and (prep.head.lower_ in names.org_words or fold(prep.head.text) in names.member_nouns) and \
                not load_lexicon().org_key(m.name) and m.name.lower() not in names.org_words:
            m = dataclasses.replace(m, type="place")
        out.append(m)
    return out


def names_crossing(text: str, span: Span, name: str) -> bool:
    """``name`` at ``span`` is a border crossing's or a bridge's: it ends in a crossing tail ("World Trade International
    Bridge", "Otay Mesa Port of Entry"), opens with a crossing head ("Bridge of the Americas", "Garita El Chaparral"),
    or a crossing word in lower case follows it ("the Zaragoza international bridge"; not an acronym: "a DPS
    checkpoint" is the body's)."""
    names = names_data()
    folded = name.lower()
    if any(folded.endswith(" " + tail) for tail in names.crossing_tails) or \
            any(folded.startswith(head + " ") for head in names.crossing_heads):
        return True
    after = text[span.end:span.end + 30]
    return not name.isupper() and any(re.match(rf"[ \xa0]+{re.escape(word)}\b", after) for word in names.crossing_after)


def names_programme(text: str, span: Span, name: str) -> bool:
    """``name`` at ``span`` is a programme's, an operation's or a platform's: a programme word (names.yaml
    ``programme_words``) opens it or stands right before it ("el programa Mexiquense Seguro", "la Plataforma
    Centinela", "Operation Lone Star")."""
    words = names_data().programme_words
    before = text[max(0, span.start - 20):span.start].split()[-1:]
    return name.split()[0].lower() in words or (bool(before) and before[0].lower() in words)
