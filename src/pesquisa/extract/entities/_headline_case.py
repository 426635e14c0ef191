"""Words capitalized only where every word is: a Title Case or capitals headline ("Mexico Arrests Suspect in
Killing of Two U.S. Tourists", "FGR OBTIENE VINCULACIÓN ... CONTRA TRES PERSONAS"), a line's or sentence's first
word ("Enfrentamiento deja 6 muertos"), a quote's first word ("“Colaboramos, coordinamos ...”"). The model reads
such words as names; the capital says nothing there.

A word in such a place counts as part of a name only on evidence from the rest of the document or the lexicon:
the document capitalizes it where nothing forces a capital, or it is a known given name, place, organization or
acronym. Against it: the document writes it in lower case, or (written nowhere else) the parse of its line in
sentence case (each word without evidence lower-cased) reads it as no proper noun. A model name loses its words
against from the first such word on; none is left where no word holds evidence for it.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from pesquisa.extract.datelines import dateline_spans
from pesquisa.extract.entities._figures import public_figure_surnames
from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.extract.nlp import doc_text, tagged
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ARTICLES = {"the", "el"}  # an article opening a name ("The Departments of ...") is the name's, like "la", "los"
_OPENERS = "\"“«‘'¿¡(—–-:"


def _headline_line(line: str) -> bool:
    """A line capitalized throughout: each of its words of four letters or more opens with a capital (Title Case,
    capitals), in a line no longer than a headline (a body's line of titles and names has its verbs)."""
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(words) >= 3 and len(line) <= 250 and all(w[:1].isupper() for w in words) and not _list_entry(line)


_LIST_END = re.compile(r"(?:[;,]|[;,][ \xa0]+(?:and|y|e|or|o))[ \xa0]*$")
_AGE_OF = re.compile(r",[ \xa0]+\d{1,3},[ \xa0]+(?:of|de)[ \xa0]")


def in_list_entry(text: str, at: int) -> bool:
    """The character ``at`` of ``text`` lies on a line of a list of names (``_list_entry``)."""
    end = text.find("\n", at)
    return _list_entry(text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end])


def _list_entry(line: str) -> bool:
    """A line of a list of names, no headline: it ends as an item does (";", ", and", "; y"), or gives an age and a
    home town ("Brandon Lee Whitaker, 36, of Las Cruces, New Mexico"): an indictment's defendants, a list of victims."""
    return _LIST_END.search(line) is not None or _AGE_OF.search(line) is not None


def _forced(text: str, start: int, headline: bool, starts: frozenset[int]) -> bool:
    """The word at ``start`` would be capitalized whatever it is: in a headline, opening a line, a sentence (as the
    parse splits them: "la 4a. Zona" goes on), a quote."""
    if headline or start in starts:
        return True
    at = start - 1
    while at >= 0 and text[at] in " \xa0":
        at -= 1  # back over the spaces, not a copy of the line up to the word (long paragraphs: many words each)
    return at < 0 or text[at] == "\n" or text[at] in _OPENERS


@dataclasses.dataclass
class _Casing:
    """The document's own evidence on words: capitalized where nothing forced it, written in lower case."""

    capitalized: set[str]
    lowered: set[str]
    headlines: list[tuple[int, int]]
    starts: frozenset[int]
    english: bool = False  # an accented word of an English text is a Spanish name's ("Guzmán"), no English word


def _casing(text: str, starts: frozenset[int], named: set[str]) -> _Casing:
    """Casing evidence of ``text``, line by line; the words of ``named`` (other names of the text: "Vector| Casa de
    Bolsa") count as capitalized."""
    capitalized: set[str] = {w.lower() for w in named}
    lowered: set[str] = set()
    headlines = []
    at = 0
    for line in text.split("\n"):
        headline = _headline_line(line)
        if headline:
            headlines.append((at, at + len(line)))
        for w in _WORD.finditer(line):
            word = w.group().rstrip(".")
            if word.islower():
                lowered.add(word)
            elif word[:1].isupper() and not word.isupper() and word.lower() not in capitalized and \
                    not _forced(text, at + w.start(), headline, starts):
                capitalized.add(word.lower())
        at += len(line) + 1
    return _Casing(capitalized, lowered, headlines, starts)


def _known(word: str) -> bool:
    """A word the names data or the lexicon knows as (part of) a name."""
    lex = load_lexicon()
    return is_given_name(word) or word.title() in public_figure_surnames() or is_known_place(word) or \
        bool(lex.place_key(word) or lex.org_key(word)) or word.lower() in names_data().particles | _ARTICLES


def _evidence(word: str, casing: _Casing) -> bool | None:
    """True: ``word`` is a name's; False: a common word; None: the document does not say."""
    bare = word.rstrip(".")
    low = bare.lower()
    if _known(bare) or low in casing.capitalized or (casing.english and not bare.isascii()) or \
            (bare.isupper() and len(bare) <= 5 and word not in casing.lowered):
        return True  # an acronym in capitals ("FGR", "U.S.") names its body
    if low in casing.lowered:
        return False
    return None


def _sentence_case(text: str, start: int, end: int, casing: _Casing) -> str:
    """The line ``text[start:end]`` with each word lacking evidence for a name in lower case (same length)."""
    out = list(text[start:end])
    for w in _WORD.finditer(text, start, end):
        if _evidence(w.group(), casing) is not True:
            out[w.start() - start:w.end() - start] = w.group().lower()
        elif w.group().isupper() and len(w.group().rstrip(".")) > 5:
            out[w.start() - start:w.end() - start] = w.group()[:1] + w.group()[1:].lower()
    return "".join(out)


def _clause_of(doc: Doc, at: int) -> tuple[int, int]:
    """The sentence of the parse holding the character ``at`` (its line where no token starts there): what is
    parsed again in sentence case, a paragraph's other sentences left alone."""
    tok = next((t for t in doc if t.idx == at), None)
    if tok is None:
        return _line_of(doc_text(doc), at)
    return tok.sent.start_char, tok.sent.end_char


def _line_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _name_words(doc: Doc, mention: Mention, casing: _Casing, reparsed: dict[int, Doc]) -> list[bool]:
    """For each word of ``mention`` in a forced capital: whether it holds evidence for a name; a word capitalized
    where nothing forces it holds it anyway."""
    text = doc_text(doc)
    out = []
    for w in _WORD.finditer(text, mention.span.start, mention.span.end):
        headline = any(a <= w.start() < b for a, b in casing.headlines)
        if not _forced(text, w.start(), headline, casing.starts):
            out.append(True)
            continue
        found = _evidence(w.group(), casing)
        if found is None:
            start, end = _clause_of(doc, w.start())
            if start not in reparsed:
                reparsed[start] = tagged(_sentence_case(text, start, end, casing), doc.lang_)  # its parts of speech
            tok = next((t for t in reparsed[start] if t.idx == w.start() - start), None)
            found = tok is not None and tok.pos_ == "PROPN"
        out.append(found)
    return out


def headline_words_cut(doc: Doc, mentions: list[Mention], others: list[Mention]) -> list[Mention]:
    """The model's ``mentions`` without the words of forced capitals that name nothing (see the module docstring),
    ``others`` the names found before the model's; outside a headline only a one-word name is read:
    a name cut before its first such word ("Ovidio Guzmán| Pleads Guilty"), none where its first word is one; a
    name the document writes the same way outside forced capitals stays whole; a demonym left alone goes ("Mexican|
    Cartels")."""
    text = doc_text(doc)
    opening = doc.to_array(SENT_START).tolist()  # 1 where a sentence starts: the array, not a walk over every token
    starts = frozenset(doc[i].idx for i, flag in enumerate(opening) if flag == 1 and not (i and _abbreviation(doc[i - 1].text)))
    casing = _casing(text, starts, set())
    # words of the text's other names, and of the model's names of several words outside headlines ("Vector| Casa de
    # Bolsa": its later words capitalized freely), stand for names wherever they open a sentence
    named = {w for m in others + [m for m in mentions if " " in m.text and not _in_headline(m, casing)]
             for w in _WORD.findall(m.text)}
    casing = dataclasses.replace(casing, capitalized=casing.capitalized | {w.lower() for w in named},
                                 english=doc.lang_ == "en")
    datelines = dateline_spans(text)
    reparsed: dict[int, Doc] = {}
    out = []
    for m in mentions:
        if m.source != "model" or _person_kept(m, casing, text) or (" " in m.text and not _in_headline(m, casing)) or \
                _written_freely(text, m, starts) or \
                any(m.span.overlaps(d) for d in datelines) or _place_before_state(text, m):
            out.append(m)
            continue
        words = list(_WORD.finditer(text, m.span.start, m.span.end))
        marks = _name_words(doc, m, casing, reparsed)
        keep = next((i for i, ok in enumerate(marks) if not ok), len(marks))
        while keep and words[keep - 1].group().lower() in names_data().particles:
            keep -= 1
        if m.type == "person" and is_given_name(words[0].group()) and keep < 2:
            keep = len(words)  # "Adolfo Guerra Cancels ...": a given name keeps a surname the text writes as a word
        if keep == len(words):
            out.append(m)
        elif keep and not (keep == 1 and fold(words[0].group()) in names_data().demonyms):  # "Mexican| Cartels"
            end = words[keep - 1].end()
            name = text[m.span.start:end]
            place = is_known_place(name) or load_lexicon().place_key(name)  # "Mexico| Arrests": the place
            out.append(dataclasses.replace(m, type="place" if place else m.type, text=name,
                                           name=_cut_name(m.name, m.text, name), span=Span(m.span.start, end)))
    return out


def _place_before_state(text: str, mention: Mention) -> bool:
    """A place followed by the state or country it lies in ("Concordia, Sinaloa", "Tepalcatepec, Mich."): a town."""
    after = re.match(r",[ \xa0]+([A-ZÁÉÍÓÚÑ][\w.]*(?:[ \xa0]+[A-ZÁÉÍÓÚÑ][\w.]*)?)", text[mention.span.end:mention.span.end + 40])
    return mention.type == "place" and after is not None and \
        any(is_known_place(p) or load_lexicon().place_key(p) for p in (after.group(1), after.group(1).split()[0]))


def _abbreviation(word: str) -> bool:
    """A short word with its period ("4a.", "Sr.", "No."): the sentence goes on after it."""
    return len(word) > 1 and word.endswith(".") and len(word) <= 4


def _in_headline(mention: Mention, casing: _Casing) -> bool:
    return any(a <= mention.span.start < b for a, b in casing.headlines)


def _person_kept(mention: Mention, casing: _Casing, text: str) -> bool:
    """A person the model names outside a headline line ("...": Harfuch sobre ..."): a surname alone after a quote
    or a colon is as likely a name as a word; or a person opened by a given name that is its line, whole (a byline or
    a section's name over a story, "Roberto Carlos Alemán Ibarra" alone on a line reads as a headline of 4 words)."""
    line = text[slice(*_line_of(text, mention.span.start))].strip()
    return mention.type == "person" and (not _in_headline(mention, casing) or (
        line == mention.text and is_given_name(mention.text.split()[0])))


def _cut_name(name: str, surface: str, kept: str) -> str:
    """The mention's name cut as its surface was ("the Treasury Sanctions" -> "Treasury")."""
    return kept[surface.find(name):] if name in surface and surface.find(name) < len(kept) else kept


def _written_freely(text: str, mention: Mention, starts: frozenset[int]) -> bool:
    """The document writes the mention's words elsewhere, outside a headline line's start."""
    words = mention.text
    for found in re.finditer(re.escape(words), text):
        line = text[slice(*_line_of(text, found.start()))]
        if found.start() != mention.span.start and not _forced(text, found.start(), _headline_line(line), starts):
            return True
    return False

