"""Settlements named after the word for their kind: "realizada en la aldea |El Zapotal|", "Vecinos de la tenencia de
|Santa Ana Amatlán|", "en la comunidad de |El Alcalde|", "en el poblado |Guadalupe Victoria|", "en la |comunidad de
Tlacotepec|". Regional reporting names a municipality's communities, ejidos, tenencias and sindicaturas, and a Central
American village, after that word; the Spanish model reads the name as a person (a given name opens it), as nothing
(a title word spells it: "El Alcalde"), as a place with the word in lower case, or, with the word and the sentence's
first words, as one miscellaneous span, and the place is lost.

The settlement words are names.yaml ``geo_words`` (a word that heads a place's name); here they are read in lower
case, as the common noun right before the name, with or without "de"; so are the English words of names.yaml
``settlement_words``, before "of" ("near the community of |Guadalupe de los Reyes|")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.entities._names import names_data
from pesquisa.extract.entities._role_places import role_before
from pesquisa.extract.nlp import doc_text
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_NAME = re.compile(r"(?:(?:El|La|Los|Las)[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü-]*"
                   r"(?:[ \xa0]+(?:(?:de|del|de[ \xa0]+la|de[ \xa0]+los)[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü-]*)*")
_WORD_BEFORE = re.compile(r"\b(\w+)(?:[ \xa0]+(?:de|del|of(?:[ \xa0]+the)?))?[ \xa0]+$")


@cache
def _settlement_words() -> frozenset[str]:
    """English words for a settlement before "of" (names.yaml ``settlement_words``)."""
    return frozenset(w.lower() for w in read_data("names.yaml")["settlement_words"])



def _name_start(text: str, start: int, end: int, *, inside: bool) -> int | None:
    """Where the settlement's name opens in the span [start, end): right at it where the word of its kind stands
    before it; where the span holds that word (``inside``, a MISC span), after the word's last use."""
    geo = names_data().geo_words
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and (before.group(1) in geo or before.group(1) in _settlement_words()):
        return None if role_before(text, start) else start
    if not inside:
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    at = next((k + 1 for k in range(len(words) - 1, -1, -1) if words[k].group() in geo), None)
    if at is not None and at < len(words) and words[at].group() in {"de", "del"}:
        at += 1
    return start + words[at].start() if at is not None and at < len(words) else None


def _headed_person(ent: SpacySpan) -> bool:
    """A model person of two words or more opened by a place's head word in capitals, after a word in lower case ("la
    |Hacienda San Antonio|", "en |Rancho Los Pinos|"): no one's name holds it, so the whole span is the place."""
    before = ent.doc[ent.start - 1].text if ent.start else ""
    return ent.label_ in {"PER", "PERSON"} and len(ent) >= 2 and ent[0].text[:1].isupper() and \
        ent[0].text.lower() in names_data().geo_words and before.islower()  # "Servicios Turísticos |Valle Dorado|": a name's


def settled_places(doc: Doc, model: list[Mention], taken: list[Span]) -> list[Mention]:
    """``model`` with each span of the model that names a settlement after its kind (see the module docstring) a place,
    in place of what the model's mention made of it: the name runs from its first capital to the span's end, every
    word capitalized or a particle; no organization word holds it ("la estación de |Policía Municipal|"), and none the
    lexicon knows is one."""
    text, names = doc_text(doc), names_data()
    out = list(model)
    for ent in doc.ents:
        # inside a MISC span, or a span the word opens ("|comunidad de Tlacotepec|" as LOC)
        inside = ent.label_ == "MISC" or ent[0].text in names.geo_words
        start = _name_start(text, ent.start_char, ent.end_char, inside=inside)
        if start is None and _headed_person(ent) and not any(
                m.type != "person" and m.span.overlaps(Span(ent.start_char, ent.end_char)) for m in model):
            start = ent.start_char  # "catearon la |Hacienda San Antonio|": the model's person, the estate's name
        name = _NAME.fullmatch(text, start, ent.end_char) if start is not None else None
        if name is None:
            continue
        span = Span(name.start(), name.end())
        if any(span.overlaps(t) for t in taken) or load_lexicon().org_key(name.group(0)) or \
                any(w.lower() in names.org_words for w in name.group(0).split()):
            continue
        out = [m for m in out if not m.span.overlaps(span)]
        out.append(Mention("place", name.group(0), span, re.sub(r"\s+", " ", name.group(0)), source="rule"))
    return out
