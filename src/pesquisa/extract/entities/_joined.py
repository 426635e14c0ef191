"""A Spanish institution's long name that the model split at "y" or "en" ("Registro Nacional de Personas
Desaparecidas| y |No Localizadas", "Fiscalía Especializada| en |Materia de Desaparición Forzada"): the
capitalized words after the joiner belong to the name, and the model's pieces there are no person, place or
organization of their own."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.datelines import dateline_spans
from pesquisa.extract.entities._names import PERSON_LABELS, is_given_name, is_known_place, names_data
from pesquisa.extract.nlp import doc_text
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

_WORD = r"[A-ZÁÉÍÓÚÑ][\w-]*"
# "y"/"e"/"en" and capitalized words, with the particles of a name between them: "y No Localizadas",
# "en Materia de Desaparición Forzada", "y Cobro de Piso"
_JOINED = re.compile(rf"[ \xa0]+(?:y|e|en|and)[ \xa0]+{_WORD}(?:[ \xa0]+(?:(?:de|del|de la|de los|de las|y|e)[ \xa0]+)?{_WORD})*")


def _institution(m: Mention) -> bool:
    """A Spanish organization name of two words or more that opens with an organization word."""
    words = m.name.split()
    return m.type == "organization" and len(words) >= 2 and words[0].lower() in names_data().org_words and \
        words[0][-1:].islower()


def _piece(m: Mention) -> bool:
    """A model name that may be a piece of a longer one: no given name first, no known place or lexicon name."""
    first = m.name.split()[0]
    return m.source == "model" and not is_given_name(first) and not is_known_place(m.name) and \
        not load_lexicon().place_key(m.name) and not load_lexicon().org_key(m.name) and \
        first.lower() not in {"el", "la", "los", "las"}


def joined_institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each institution that goes on after "y"/"en" into the model's pieces made whole, and each
    one the model cut after "<Body> for <Words> and" (``led_institutions``)."""
    out = led_institutions(text, mentions)
    for m in sorted((m for m in out if _institution(m)), key=lambda m: m.span.start):
        tail = _JOINED.match(text, m.span.end)
        if tail is None or m not in out or (tail.group().split()[0] == "en" and " de" not in tail.group()) or \
                text[m.span.start:m.span.end].endswith(tuple(names_data().company_suffixes)):
            continue  # "en Materia de Desaparición Forzada" is a matter; "la Policía Municipal en Cosalá" a seat; a
            # company closed by its legal form ("Inmobiliaria X S.A. de C.V. and Tours Y") is whole
        whole = Span(m.span.start, tail.end())
        inside = [o for o in out if o is not m and o.span.overlaps(Span(m.span.end, tail.end()))]
        if not inside or not all(_piece(o) and o.span.start >= m.span.end and o.span.end <= tail.end() for o in inside):
            continue  # only where the model read a piece there, and nothing else stands in the way
        surface = text[whole.start:whole.end]
        out = [o for o in out if o is not m and o not in inside]
        out.append(Mention("organization", surface, whole, m.name + text[m.span.end:tail.end()], source=m.source))
    return out


# an organization word, "for"/"of"/"on", capitalized words, then "and": "Foundation for Justice and |the Democratic
# Rule of Law|", "Center for Justice and |International Law|": the model kept only the words after "and"
_LED = re.compile(r"\b(?P<head>[A-Z][a-z]+)[ \xa0]+(?:for|of|on)[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w-]+"
                  r"(?:[ \xa0]+(?:of[ \xa0]+)?[A-Z][\w-]+)*[ \xa0]+(?:and|&)[ \xa0]+(?:the[ \xa0]+)?$")


def led_institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organization that follows "<Body> for <Words> and" made the whole name; a model
    organization holding the words before "and" ("|Institute for Peace| and |the Democratic Rule of Law|") was a
    piece of it."""
    out = list(mentions)
    for m in mentions:
        lead = _LED.search(text, max(0, m.span.start - 80), m.span.start) if m.type == "organization" and \
            m.source == "model" else None
        if lead is None or lead.group("head").lower() not in names_data().org_words or m not in out or \
                any(w.lower() in names_data().org_words for w in m.name.split()):
            continue  # "the Committee on Foreign Affairs and |the Senate Judiciary Committee|": a body of its own
        region = Span(lead.start(), m.span.start)
        inside = [o for o in out if o is not m and o.span.overlaps(region)]
        if not all(o.type == "organization" and o.source == "model" and o.span.start >= region.start and
                   o.span.end <= region.end for o in inside):
            continue
        whole = Span(lead.start(), m.span.end)
        out = [o for o in out if o is not m and o not in inside]
        out.append(Mention("organization", text[whole.start:whole.end], whole, text[whole.start:whole.end],
                           source=m.source))
    return out


_PARTICLES = frozenset({"del", "de", "la", "los", "las"})


def joined_person_ents(doc: Doc) -> list[Any]:
    """The model's spans, with two PERSON/PER (or MISC) spans a name particle apart made one where both sides of the particle
    are given names ("Luz María| del |Carmen Esparza Ochoa"): the model cut a compound given name at its particle; and
    two place spans side by side made one (``_split_place``)."""
    ents = _after_datelines(doc)
    out: list[Any] = []
    for ent in ents:
        prev = out[-1] if out else None
        gap = doc[prev.end:ent.start] if prev is not None else None
        if prev is not None and gap is not None and ent.label_ in PERSON_LABELS | {"MISC"} and \
                0 < len(gap) <= 2 and all(t.lower_ in _PARTICLES for t in gap) and \
                is_given_name(prev[-1].text) and is_given_name(ent[0].text):  # "María| del |Rosario ..." (MISC)
            label = "PER" if doc.lang_ == "es" else "PERSON"
            if prev.label_ in PERSON_LABELS | {"MISC"} or len(prev) == 1:  # "|María| del |Carmen Salazar|": a given
                out[-1] = SpacySpan(doc, prev.start, ent.end, label=label)  # name alone is no place or body
            elif _after_separator(prev):  # "SALAMANCA, |Gto.- María| del |Carmen Vázquez": a dateline ran into it
                out[-1:] = [SpacySpan(doc, prev.start, prev.end - 1, label=prev.label_),
                            SpacySpan(doc, prev.end - 1, ent.end, label=label)]
            else:
                out.append(ent)
        elif prev is not None and (_cut_at_particle(prev, ent) or _cut_at_surnames(prev, ent)):  # "Arturo de la| Cruz"
            out[-1] = SpacySpan(doc, prev.start, ent.end, label=prev.label_)
        elif prev is not None and _split_place(doc, prev, ent):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label=prev.label_)
        elif prev is not None and _split_by_surname(doc, prev, ent):  # "|Heriberto| Arce |Valdivia|": one man
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="PER" if doc.lang_ == "es" else "PERSON")
        else:
            out.append(ent)
    return out


def _cut_at_particle(prev: Any, ent: Any) -> bool:
    """A person's span of the model ending at a particle and the next span right after it, capitalized words: the
    model cut the surname at its particle ("Arturo de la| Cruz Villaseñor", "Juan Carlos del| Valle Ruiz")."""
    words = [t for t in prev if t.lower_ not in _PARTICLES]
    return prev.label_ in PERSON_LABELS and prev[-1].lower_ in _PARTICLES and bool(words) and \
        words[-1].text[:1].isupper() and prev.end == ent.start and ent.label_ != "DATE" and \
        all(t.text[:1].isupper() and t.is_alpha for t in ent)


def _cut_at_surnames(prev: Any, ent: Any) -> bool:
    """Two person spans of the model one space apart, the first ending on a given name, the second opening with no given
    name: one name the model cut before its surnames ("Navy Secretary |Raymundo Pedro| |Morales Angeles|")."""
    return prev.label_ in PERSON_LABELS and ent.label_ in PERSON_LABELS and prev.end == ent.start and \
        prev[-1].whitespace_ == " " and is_given_name(prev[-1].text) and not is_given_name(ent[0].text) and \
        all(t.text[:1].isupper() and t.is_alpha for t in ent)


def _split_place(doc: Doc, prev: Any, ent: Any) -> bool:
    """Two place spans of the model side by side (or a place and one word it calls an organization), one space
    apart, where neither is a place on its own: one name the model cut in two ("|Chula| |Vista|", "|Santa|
    |Catarina|")."""
    lex = load_lexicon()
    return prev.label_ in _PLACE and (ent.label_ in _PLACE or (ent.label_ in {"ORG"} and len(ent) == 1 and
                                                              ent[0].lower_ not in names_data().org_words)) and \
        prev.end == ent.start and \
        doc[prev.end - 1].whitespace_ == " " and doc[prev.end - 1].is_alpha and ent[0].is_alpha and \
        not any(lex.place_key(e.text) or is_known_place(e.text) for e in (prev, ent))


def _split_by_surname(doc: Doc, prev: Any, ent: Any) -> bool:
    """A given name alone that the model calls a place or a body, one or two capitalized words it tags as nothing, and
    one or two capitalized words it tags again, no known place among them: a full name the model broke up
    ("a |Heriberto| Arce |Valdivia|, alias ...")."""
    if len(prev) != 1 or not 0 < ent.start - prev.end <= 2:
        return False  # (asked of every two spans in a row: the words between are read only where they can qualify)
    gap = doc[prev.end:ent.start]
    words = [*gap, *ent]
    return prev.label_ not in PERSON_LABELS and is_given_name(prev[0].text) and \
        ent.label_ in _PLACE | {"ORG", "MISC"} | PERSON_LABELS and 0 < len(gap) <= 2 and len(ent) <= 2 and \
        all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not t.ent_type_ for t in gap) and \
        all(t.is_alpha and t.text[:1].isupper() and t.whitespace_ == " " for t in [prev[0], *gap]) and \
        not any(is_known_place(t.text) or load_lexicon().place_key(t.text) or t.lower_ in names_data().org_words
                for t in words)


_PLACE = frozenset({"GPE", "LOC"})


def _after_separator(ent: Any) -> bool:
    """The model's place or organization ends with one word after a dateline's dash ("Gto.- María")."""
    return len(ent) >= 2 and ent[-2].text[-1:] in {"-", "—", "–"}


def _after_datelines(doc: Doc) -> list[Any]:
    """The model's spans, a person's that opens inside a dateline and runs past it starting after it ("|MÉRIDA.- La|
    Fiscalía ...": the city in capitals and the sentence's first word are no one's name) and its article, dropped
    where only stop words are left; the dateline's city is read from the dateline itself."""
    out: list[Any] = []
    lines = dateline_spans(doc_text(doc))
    for ent in doc.ents:
        line = next((d for d in lines if d.start <= ent.start_char < d.end < ent.end_char), None)
        if line is not None and ent.label_ in PERSON_LABELS:
            rest = [t for t in ent if t.idx >= line.end]
            if all(t.is_stop or t.is_punct for t in rest):
                continue
            rest = rest[1:] if rest[0].pos_ == "DET" else rest  # "|La| Comisión Estatal de Seguridad": the article
            ent = SpacySpan(doc, rest[0].i, ent.end, label=ent.label_)
        out.append(ent)
    return out
