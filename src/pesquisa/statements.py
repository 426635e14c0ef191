"""Attributed statements of official releases: a line that says whose words follow ("The following is
attributable to Spokesperson Tammy Bruce:", "La siguiente declaración es atribuible al vocero adjunto Tommy
Pigott:") and the paragraphs under it, which are that person's statement, said whole.

Read by cleaning (the line is no chrome: it says who speaks) and by the quote extractor (the paragraphs
are a direct statement of the person the line names). The statement runs over the paragraphs that end
as sentences do, up to the next such line; a heading or a tag list below it ends it.

Hand-written: the attribution line is a layout convention of government press offices, which no parser
reads as speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pesquisa.lexicon import load_lexicon
from pesquisa.records import Span

# a paragraph that ends as a sentence does, a closing quote mark or bracket after it allowed
_SENTENCE_END = re.compile(r"[.!?…][”\"»’)]*\s*$")
_MARKS = {"“": "”", '"': '"', "«": "»"}


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: the line that attributes it, the name it gives, the paragraphs said."""

    lead: Span  # the attributing line
    name: Span  # who speaks, as the line writes it ("Spokesperson Tammy Bruce")
    body: tuple[Span, ...]  # the paragraphs of the statement, quote marks around a whole paragraph left out


@cache
def _lead() -> re.Pattern[str]:
    cues = sorted(load_lexicon().speech["statement_leads"], key=len, reverse=True)
    alternation = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"\b(?:{alternation})[ \t]+(?:(?:the|el|la)[ \t]+)?(?P<name>[^:\n]{{2,120}}?)[ \t]*:[ \t]*$", re.I)


def unquoted(text: str, start: int, end: int) -> Span:
    """The paragraph at ``start``-``end`` without the quote marks that enclose all of it."""
    para = text[start:end]
    lead = len(para) - len(para.lstrip())
    body = para.strip()
    if (len(body) > 2 and body[0] in _MARKS and body.endswith(_MARKS[body[0]]) and body.count(body[0]) == 1) or \
            (len(body) > 2 and body[0] == '"' and body.endswith('"') and body.count('"') == 2):
        return Span(start + lead + 1, start + lead + len(body) - 1)
    return Span(start + lead, start + lead + len(body))


def ends_as_sentence(paragraph: str) -> bool:
    """The paragraph ends as a sentence does (a closing mark or bracket after the stop allowed): no heading."""
    return _SENTENCE_END.search(paragraph) is not None


def attributed_statements(text: str) -> list[Statement]:
    """The attributed statements of ``text``, in text order (none in most texts)."""
    paras: list[tuple[int, int]] = []
    at = 0
    for para in text.split("\n\n"):
        paras.append((at, at + len(para)))
        at += len(para) + 2
    out = []
    for k, (start, end) in enumerate(paras):
        match = _lead().search(text, start, end)
        if match is None or "\n" in text[start:end].strip() or not re.search(r"[A-ZÁÉÍÓÚÑ]", match.group("name")):
            continue  # "attributable to three factors:" names no one
        body = []
        for s, e in paras[k + 1:]:
            if _lead().search(text, s, e) or not ends_as_sentence(text[s:e]):
                break
            body.append(unquoted(text, s, e))
        if body:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append(Statement(Span(start + lead, end), Span(match.start("name"), match.end("name")), tuple(body)))
    return out


def statement_lines(lines: list[str]) -> set[int]:
    """The lines that attribute a statement and the paragraphs of the statement under them, for cleaning to keep (a
    readout's first paragraph, full of titles and names, reads like a headline to the line model)."""
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 2
    found = attributed_statements("\n\n".join(lines))
    leads = {s.lead.start for s in found}
    said = [span for s in found for span in s.body]
    return {k for k, s in enumerate(starts) if s + len(lines[k]) - len(lines[k].lstrip()) in leads or
            any(span.start < s + len(lines[k]) and s < span.end for span in said)}
