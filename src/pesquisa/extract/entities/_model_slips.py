"""What the model tags as an organization that names none, read after its other checks and the cuts of a headline:

- a month abbreviated in capitals beside a day or a year ("WASHINGTON, 14 NOV 2026 —"): a date;
- a sentence opener and its article before a body ("Según la Fiscalía, ...", "Para la Secretaría ..."): the body
  alone, which joins the body of that head named before it, if any;
- a possessor ("A Cartel’s Tunnel ..."), once a headline's cut left it alone: no body of its own;
- a tax ("el pago del IEPS", names.yaml ``taxes``): no body;
- a natural region ("the Imperial Valley", names.yaml ``landform_tails``): a place;
- an institution's head word alone ("The House passed ...", "the Department said") where no full name of that head
  stands before it: nothing the reader can tell.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from pesquisa.calendar import month_numbers
from pesquisa.extract.entities._datelines import capitals_opener_place
from pesquisa.extract.entities._names import names_data
from pesquisa.extract.nlp import doc_text
from pesquisa.lexicon import read_data
from pesquisa.records import Mention, Span

# articles and demonstratives a sentence opener leaves before the body ("Según |la| Fiscalía")
_ARTICLE = re.compile(r"(?:el|la|los|las|the|this|that)[ \xa0]+", re.I)
_OPENER = re.compile(r"([A-ZÁÉÍÓÚ][a-záéíóúñ]+)[ \xa0]+")
_POSSESSIVE = re.compile(r"['’]s$")


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Taxes (folded to lower case), landform tails and head-alone words, from names.yaml."""
    data = read_data("names.yaml")
    return (frozenset(w.lower() for w in data["taxes"]), frozenset(w.lower() for w in data["landform_tails"]),
            frozenset(w.lower() for w in data["head_alone_words"]))


def _date_month(text: str, mention: Mention) -> bool:
    """A month's name or abbreviation in capitals with a day or a year beside it ("3 DEC 2026", "OCT 22")."""
    word = mention.text.rstrip(".")
    return word.isupper() and word.lower() in month_numbers() and (
        re.search(r"\d[ \xa0,]*$", text[max(0, mention.span.start - 4):mention.span.start]) is not None or
        re.match(r"\.?[ \xa0,]*\d", text[mention.span.end:mention.span.end + 4]) is not None)


def _opener_trimmed(mention: Mention) -> Mention:
    """``mention`` without a sentence opener of names.yaml ``not_names`` and the article after it ("Según la
    Fiscalía" -> "Fiscalía"); an article alone stays (it is trimmed elsewhere)."""
    opener = _OPENER.match(mention.text)
    if opener is None or opener.group(1).lower() not in names_data().not_names:
        return mention
    article = _ARTICLE.match(mention.text, opener.end())
    if article is None:
        return mention
    rest = mention.text[article.end():]
    if not rest[:1].isupper():
        return mention
    start = mention.span.start + article.end()
    return replace(mention, text=rest, name=rest, span=Span(start, mention.span.end))


def _head_alone(mention: Mention, mentions: list[Mention]) -> bool:
    """One head word of an institution, with no full name of that head before it ("The House passed ...")."""
    names = names_data()
    word = mention.name.lower()
    if " " in mention.name or word in names.sole_bodies or word not in names.org_words | _word_lists()[2]:
        return False
    return not any(m.type == "organization" and " " in m.name and m.name.split()[0].lower() == word and
                   m.span.start < mention.span.start for m in mentions)


# a law's name the model cut before its bracketed qualifier and "Act" ("the |Criminal Justice| (Drug Trafficking) Act
# 1996", Irish and British court copy): the words name a law, no body
_LAW_CUT = re.compile(r"[ \xa0]+\([A-Z][^()\n]{1,40}\)[ \xa0]+(?:Act|Bill)\b")


def model_slips_read(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the model's organizations that name none dropped or read again (see the module docstring)."""
    taxes, landforms = _word_lists()[:2]
    out = []
    for m in mentions:
        if m.source != "model" or m.key or m.type not in {"organization", "place", "person"}:
            out.append(m)
            continue
        if _date_month(text, m) or (m.type != "person" and _LAW_CUT.match(text, m.span.end)):
            continue
        if m.type in {"person", "place"} and (place := capitals_opener_place(text, m)):
            out.append(place)
            continue
        if m.type != "organization":
            out.append(m)
            continue
        m = _opener_trimmed(m)
        if _POSSESSIVE.search(m.name) or m.name.lower() in taxes:
            continue
        if m.name.split()[-1].lower() in landforms and len(m.name.split()) > 1:
            m = replace(m, type="place")
        out.append(m)
    return out


def heads_alone_dropped(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the model's institution head words alone that no full name of theirs came to name."""
    return [m for m in mentions if not (m.type == "organization" and m.source == "model" and not m.key and
                                        _head_alone(m, mentions))]


_OF_BEFORE = re.compile(r"(?:de|del|de la|de los|of|of the)[ \xa0]+$")


def closing_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The lexicon's organizations of one head word ("Gobierno", "Senate") that close a longer name the model reads as
    an organization after "de"/"of" ("la Oficina de Rendición de Cuentas |del Gobierno| (GAO)"): part of that name,
    no mention of the government or chamber it names alone."""
    ends = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    text = doc_text(doc)
    return [m for m in mentions if m.type == "organization" and m.source == "lexicon" and " " not in m.text and
            m.text.lower() in names_data().org_words and
            any(start < m.span.start and m.span.end == end and _OF_BEFORE.search(text[start:m.span.start])
                for start, end in ends)]
