"""A briefing as Markdown, a standalone HTML page, or CSV: the same content, with numbered source notes.

Notes are numbered in order of first citation; a passage cited by several items is one
note. Each note gives the document's file name, the span ``[start:end]`` in its clean body,
the document id and the cited text, so a reader can find the words without the tool.
"""

from __future__ import annotations

import csv
import io
import re
from html import escape

from pesquisa.report.brief._records import Briefing, Citation, Item
from pesquisa.report.brief._text import phrase

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def source_notes(briefing: Briefing) -> tuple[list[Citation], dict[tuple, int]]:
    """The distinct cited passages in order of first citation, and passage key -> note number (from 1)."""
    notes: list[Citation] = []
    numbers: dict[tuple, int] = {}
    for item in briefing.items:
        for c in item.citations:
            if c.key not in numbers:
                notes.append(c)
                numbers[c.key] = len(notes)
    return notes, numbers


def item_notes(item: Item, numbers: dict[tuple, int]) -> list[int]:
    """The note numbers an item cites, in its order, without repeats."""
    return list(dict.fromkeys(numbers[c.key] for c in item.citations))


def preamble(briefing: Briefing) -> list[str]:
    """The lines under the title: when, which filters, what the filters and limits left out."""
    f, lang, left = briefing.filters, briefing.filters.get("lang") or "en", briefing.left_out
    shown = [f"{phrase('topic', lang)}: {f.get('topic') or phrase('everything', lang)}"]
    shown += [f"{phrase(k, lang)}: {f[k]}" for k in ("from", "to") if f.get(k)]
    shown.append(f"{phrase('language', lang)}: {lang}")
    lines = [f"{phrase('generated', lang)} {briefing.generated}. {phrase('filters', lang)}: {'; '.join(shown)}."]
    if f.get("from") or f.get("to"):
        lines.append(phrase("left_out", lang, outside=str(left.get("outside_dates", 0)),
                            undated=str(left.get("undated", 0))))
    if left.get("over_limit"):
        lines.append(phrase("over_limit", lang, n=str(left["over_limit"])))
    return lines


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown: title, preamble, sections of bullet items with [n] marks, then the numbered sources."""
    lang = briefing.filters.get("lang") or "en"
    notes, numbers = source_notes(briefing)
    out = [f"# {_md(briefing.title)}", "", *(_md(line) for line in preamble(briefing)), ""]
    for section in briefing.sections:
        out += [f"## {_md(section.heading)}", ""]
        if not section.items:
            out.append(f"_{_md(phrase('nothing', lang))}_")
        for item in section.items:
            marks = "".join(f"[{n}]" for n in item_notes(item, numbers))
            derived = f" _({phrase('derived', lang)})_" if item.derived else ""
            out.append(f"- {_md(item.text)}{derived} {marks}")
        out.append("")
    out += [f"## {phrase('sources', lang)}", ""]
    for n, c in enumerate(notes, 1):
        out.append(f"{n}. {_md(c.source)} [{c.start}:{c.end}] ({c.document_id}): “{_md(' '.join(c.text.split()))}”")
    return "\n".join(out) + "\n"


def html_body(briefing: Briefing, *, link: str | None = None) -> str:
    """The briefing's sections and source notes as an HTML fragment (every text escaped).

    ``link`` (a format with ``{document_id}``, ``{start}``, ``{end}``) makes each note a link to its passage.
    """
    lang = briefing.filters.get("lang") or "en"
    notes, numbers = source_notes(briefing)
    out = []
    for section in briefing.sections:
        out.append(f'<section class="brief-section" id="s-{escape(section.key)}"><h2>{escape(section.heading)}</h2>')
        if not section.items:
            out.append(f'<p class="muted">{escape(phrase("nothing", lang))}</p>')
        else:
            out.append('<ol class="brief-items">')
            for item in section.items:
                marks = "".join(f'<sup><a class="note-ref" href="#n{n}">{n}</a></sup>' for n in item_notes(item, numbers))
                derived = f' <span class="derived">({escape(phrase("derived", lang))})</span>' if item.derived else ""
                out.append(f"<li>{escape(item.text)}{derived}{marks}</li>")
            out.append("</ol>")
        out.append("</section>")
    out.append(f'<section class="brief-sources"><h2>{escape(phrase("sources", lang))}</h2><ol class="notes">')
    for n, c in enumerate(notes, 1):
        where = f"{escape(c.source)} [{c.start}:{c.end}]"
        if link:
            where = f'<a href="{escape(link.format(document_id=c.document_id, start=c.start, end=c.end))}">{where}</a>'
        out.append(f'<li id="n{n}">{where} <q>{escape(" ".join(c.text.split()))}</q></li>')
    out.append("</ol></section>")
    return "\n".join(out)


def to_html(briefing: Briefing) -> str:
    """The briefing as a standalone HTML page (no script, no external file)."""
    lang = escape(briefing.filters.get("lang") or "en")
    lines = "".join(f"<p>{escape(line)}</p>" for line in preamble(briefing))
    style = ("body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#111}"
             "sup a{text-decoration:none;margin-left:.15em}.derived{color:#555;font-style:italic}"
             ".notes li{font-size:.9rem;margin:.3rem 0}.muted{color:#555}")
    return (f'<!doctype html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(briefing.title)}</title><style>{style}</style></head>\n<body>\n"
            f"<h1>{escape(briefing.title)}</h1>{lines}\n{html_body(briefing)}\n</body>\n</html>\n")


CSV_COLUMNS = ("section", "item", "text", "derived", "note", "source", "document_id", "start", "end", "citation")


def to_csv(briefing: Briefing) -> str:
    """The briefing as CSV: one row per citation of each item (the item's text repeated), notes numbered as above."""
    _notes, numbers = source_notes(briefing)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for section in briefing.sections:
        for n, item in enumerate(section.items, 1):
            for c in item.citations:
                writer.writerow([section.heading, n, item.text, "true" if item.derived else "", numbers[c.key],
                                 c.source, c.document_id, c.start, c.end, c.text])
    return buffer.getvalue()
