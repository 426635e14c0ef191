"""Turn a ``RawDocument`` into a ``CleanDocument``: body, offset map, language, metadata."""

from __future__ import annotations

import logging
import re

from pesquisa.clean._boilerplate import classify, is_bare_date, is_body_paragraph, is_headline_shaped
from pesquisa.clean._langid import classify as classify_language
from pesquisa.clean._published import find_published, title_date
from pesquisa.clean._publisher import pair_again, short_headline
from pesquisa.clean._records import is_stamp, names_record
from pesquisa.clean._release_line import opening_date
from pesquisa.clean._repair import align, fix_lost_byte, fix_mojibake
from pesquisa.clean._signals import (
    DATELINE_END,
    HEADLINE_SENTENCE_WORDS,
    has_date,
    heads_a_byline,
    is_terminal,
)
from pesquisa.clean._unwrap import joiner, wrap_joins
from pesquisa.errors import InputError
from pesquisa.records import CleanDocument, OffsetMap, RawDocument

log = logging.getLogger(__name__)

PARAGRAPH_BREAK = "\n\n"
LANGUAGE_SAMPLE = 5000  # characters the language is detected from


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language ``text`` is written in ('en' when unsure)."""
    if not text.strip():
        return "en"
    lang, _score = classify_language(text[:LANGUAGE_SAMPLE])  # py3langid's, walked faster (``_langid``)
    return lang or "en"


def _lines(text: str) -> list[tuple[int, str]]:
    """(raw offset, line content without its line break) for each non-empty line."""
    out = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group(0)
        stripped = line.strip()
        if stripped:
            out.append((match.start() + len(line) - len(line.lstrip()), stripped))
    return out


def _glued(text: str, lines: list[tuple[int, str]]) -> list[bool]:
    """For each line, whether it follows the line before with no blank line between."""
    return [i > 0 and text.count("\n", lines[i - 1][0] + len(lines[i - 1][1]), pos) <= 1
            for i, (pos, _line) in enumerate(lines)]


def _paragraph_lines(physical: list[tuple[int, str]], glued: list[bool]
                     ) -> tuple[list[list[tuple[int, str]]], list[bool]]:
    """The lines of the text as paragraphs: the physical lines of a hard-wrapped paragraph joined
    (``_unwrap``), each with its raw offset; and for each, whether its first line is glued to the one before."""
    out: list[list[tuple[int, str]]] = []
    tight: list[bool] = []
    for piece, joined, g in zip(physical, wrap_joins([text for _pos, text in physical], glued), glued, strict=True):
        if joined:
            out[-1].append(piece)
        else:
            out.append([piece])
            tight.append(g)
    return out, tight


def _joined(texts: list[str]) -> str:
    """The repaired pieces of one line joined as its text (``_unwrap.joiner``)."""
    out = texts[0]
    for text in texts[1:]:
        out += joiner(out, text) + text
    return out


def _add_pieces(line: list[tuple[int, str, str]], offsets: OffsetMap, parts: list[str], cursor: int) -> int:
    """Append a kept line's pieces to ``parts`` with their offsets (a join maps onto the raw line break);
    the new cursor."""
    text = ""
    for k, (pos, old, new) in enumerate(line):
        if k:
            glue = joiner(text, new)
            end = line[k - 1][0] + len(line[k - 1][1])
            offsets.add(cursor, cursor + len(glue), end, pos)
            parts.append(glue)
            cursor += len(glue)
            text += glue
        for seg in align(old, new, pos, cursor):
            offsets.add(*seg)
        parts.append(new)
        cursor += len(new)
        text += new
    return cursor


def repair_line(line: str) -> str:
    """One line with mojibake and lost bytes repaired; the same line when it needs neither.

    Translation slips (a speech verb mistranslated after a quote) stay in the body, which must keep the
    publisher's words; the quote extractor reads them as the verb they stand for
    (``slips`` in ``data/speech.yaml``, empty until a slip is seen across sources).
    """
    return fix_lost_byte(fix_mojibake(line)).translate(SPACES)


# no-break, narrow and thin spaces read as the space they stand for ("Osorio said\u00a0that", a figure's "1\u202f200"), one
# character for one, so offsets hold; not recorded as a repair. Invisible marks inside words (a soft hyphen, a zero-width
# space) stay: the body keeps the publisher's characters, and a line compared with its raw text must still be found there
SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000"})


DATELINE_WORDS = 8  # a line this short holding a full date is a dateline, not a headline
LONG_HEADLINE_WORDS = 30
CLAUSE_BREAK = re.compile(r"\w[;:]\s+\w")  # the break between a long headline's two clauses
SUBJECT_LABEL = re.compile(r"^(?:subject|asunto|re|fwd?|rv)\s*:\s*", re.I)


def _title(lines: list[str], reasons: list[str | None]) -> str | None:
    """The headline: the first kept, headline-like line above the first body paragraph."""
    for i, (line, reason) in enumerate(zip(lines, reasons, strict=False)):
        if reason:
            continue
        # not a place and date line kept over the headline ("Ciudad de México, 4 de diciembre de 2026")
        # ... nor one with only a place and label words beside its date ("Ciudad de México, a 3 de noviembre de 2026")
        dateline = is_bare_date(line) or (has_date(line) and not names_record(line) and (
            len(line.split()) <= DATELINE_WORDS or is_stamp(line)))
        # a long headline of two clauses that ends no sentence ("Ataque armado en bar de Irapuato deja 9 muertos; Fiscalía
        # apunta a disputa entre ...": Spanish portals write them past a headline's usual length)
        # ... or right over its date stamp ("Quién es X, la mujer acusada por EEUU de ..." / "21 Nov, 2026 07:40 p.m.")
        stamped = i + 1 < len(lines) and has_date(lines[i + 1]) and len(lines[i + 1].split()) <= DATELINE_WORDS
        long = HEADLINE_SENTENCE_WORDS[1] < len(line.split()) <= LONG_HEADLINE_WORDS and not is_terminal(line) and \
            not DATELINE_END.search(line) and (bool(CLAUSE_BREAK.search(line)) or stamped)
        # (not a sentence that opens a quote or a list with its colon: "… posted on Thursday night about the arrest:")
        opens = line.rstrip().endswith(":") and len(line.split()) > 4
        # (a magazine's short headline over its standfirst and byline: "The Smuggler's Road")
        # (or a headline over its standfirst, the pair printed atop the page and again over the body, whatever its
        # shape: "Texas DPS troopers seized more fentanyl this year. Experts question what it means.")
        if (is_headline_shaped(line) or heads_a_byline(lines, i) or long or pair_again(lines, i + 1)) and \
                not dateline and not opens and (len(line.split()) >= 4 or short_headline(lines, i)):
            return SUBJECT_LABEL.sub("", line)  # a mail saved as text: "Subject: <headline>"
        if is_body_paragraph(line):
            return None
    return None


def clean_document(raw: RawDocument) -> CleanDocument:
    """Clean one document.

    Steps:
    1. HTML pages: main text extracted (``clean.html``); text documents as they are;
    2. split into lines (a hard-wrapped paragraph's lines joined), each repaired (mojibake, lost byte;
       translation slips are left as written);
    3. classify boilerplate lines and drop them;
    4. join the kept lines as paragraphs, recording clean -> raw offsets;
    5. detect the language (of the body, when it starts otherwise than the text), the title and the date.

    Raises ``InputError`` when nothing of the article is left.
    """
    source_text = raw.raw
    title, published = raw.title, raw.published
    if raw.content_type == "html":
        from pesquisa.clean.html import extract_html

        extracted = extract_html(raw.raw, url=raw.url)
        if extracted is None or not extracted.text.strip():
            raise InputError(raw.path or raw.source, "no article text found in HTML")
        source_text = extracted.text
        title = title or extracted.title
        published = published or extracted.published

    lang = detect_language(source_text)
    physical = _lines(source_text)
    paragraphs, tight = _paragraph_lines(physical, _glued(source_text, physical))
    pieces = [[(pos, old, repair_line(old)) for pos, old in line] for line in paragraphs]
    repairs = [f"{old!r} -> {new!r}" for line in pieces for _p, old, new in line if old.translate(SPACES) != new]
    repaired = [_joined([new for _p, _o, new in line]) for line in pieces]
    reasons = classify(repaired, lang, glued=tight)

    offsets = OffsetMap()
    parts: list[str] = []
    removed: list[str] = []
    cursor = 0
    for line, new, reason in zip(pieces, repaired, reasons, strict=False):
        if reason:
            removed.append(new)
            continue
        if parts:
            parts.append(PARAGRAPH_BREAK)
            offsets.add(cursor, cursor + len(PARAGRAPH_BREAK), line[0][0], line[0][0])
            cursor += len(PARAGRAPH_BREAK)
        cursor = _add_pieces(line, offsets, parts, cursor)
    body = "".join(parts)
    if not body.strip():
        raise InputError(raw.path or raw.source, "no article text left after cleaning")
    kept = [ln for ln, r in zip(repaired, reasons, strict=False) if not r]
    title = title or _title(repaired, reasons)
    if published is None:
        published = find_published(repaired, reasons, lang, url=raw.url) or opening_date(repaired, raw.url) or title_date(title)
    lang = lang if body[:LANGUAGE_SAMPLE] == source_text[:LANGUAGE_SAMPLE] else detect_language(body)
    log.debug("%s: kept %d of %d lines, lang=%s", raw.source, len(kept), len(pieces), lang)
    return CleanDocument(
        id=raw.id, source=raw.source, raw=raw.raw, body=body, offsets=offsets, lang=lang,
        content_type=raw.content_type, title=title, published=published, url=raw.url, path=raw.path,
        removed=removed, repairs=repairs,
    )
