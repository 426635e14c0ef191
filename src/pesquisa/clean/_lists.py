"""The defendants' list of a prosecutor's release: one person a line, with an alias, an age and a home town
("Jesús Alberto Treviño Salinas, aka "El Comandante Beto," 44, of Reynosa, Tamaulipas;", "- Ling Chen, 45,
of Flushing, New York"), or a government's numbered list of the people it sent or arrested ("1. Abigael
González Valencia, a) “El Cuini”", "2. María del Rosario Quintero de la Cruz"), or its list of detainees whose
surnames it withholds ("José Luis “N”"). Short lines without a verb,
the model reads them as a block of teasers; the names are the article's (its people), so the list and the
sentence introducing it stay. So does a sanctions release's list of companies, one a line with its legal form
("Morgan Golden Mining, S.A. de C.V., a mining company in Caborca, Sonora;") under "OFAC also designated:".

So do the article's figures set out as a list or a table: a bulleted list under a line ending with a colon
that follows article text ("Results of the surge:" over "• 412 arrests", "• 218 firearms"; "se aseguraron:"
over "- 8 mil litros de metilamina"), a government's rows of labelled figures under such a line ("Detenidos: 78",
"Droga asegurada: 312 kilos"; "Fentanyl: 1,874 lbs" under "Drug seizures by type, October 2026:"), and a table
flattened to rows of cells parted by "|" right after article text ("Entidad | Víctimas | Tasa" over "Guanajuato |
198 | 3.1"). Teaser lists hold no figures, a "Related:" header is a call to action, and a site's header line
("Milenio | Política | 20.01.2026") is one line, no table."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.calendar import alternation
from pesquisa.clean._signals import is_body_paragraph, is_cta, is_terminal
from pesquisa.lexicon import read_data

# a name (maybe after a bullet; no digit in it: "Página 1 de 2" is a page number), maybe an alias, then
# ", <age>, of <Town>" or the age ending the line ("..., 38;"), after a comma: "Telemundo 20" is a station
_DEFENDANT = re.compile(r"^(?:[-•*·]\s*)?[A-ZÁÉÍÓÚÑ][^\n,;:\d]{2,70},?(?:\s+(?:aka|a\.k\.a\.|a/k/a|also known as|alias)\s+"
                        r"[“\"«][^”\"»]{1,30}[”\"»],?)?(?<=[,”\"»])\s+\d{1,2}(?:,\s+(?:of|from)\s+[A-ZÁÉÍÓÚ]|[;.]?$)")
# a numbered line that is only a name (capitalized words and name particles), maybe with an alias
_NUMBERED_NAME = re.compile(r"^\d{1,3}[.)]\s+[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:(?:de|del|de la|de los|de las|y)\s+)?"
                            r"[A-ZÁÉÍÓÚÑ][\w'’.-]*){1,6},?(?:\s+(?:a\)|aka|alias|also known as)\s+[“\"«][^”\"»]{1,30}[”\"»])?"
                            r"[.;,]?$")
# a name whose surname the authorities withhold ("José Luis “N”", "María Fernanda «N», alias ...", "- Juan P. N."),
# maybe after a bullet or a number
_WITHHELD = re.compile(r"^(?:[-•*·]\s*|\d{1,3}[.)]\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,3}\s+"
                       r"(?:[“\"«]N[”\"»]|N\.)(?:[,;]?\s+(?:alias|a\)|de \d{1,2} años)\b.{0,60})?[.;,]?$")
MIN_ITEMS = 2  # one line alone with an age may be a caption
CLOSING_SENTENCES = 2  # sentences right under a list of people that close it


def defendant_lines(lines: list[str]) -> set[int]:
    """Indexes of a page's defendant lines (``MIN_ITEMS`` at least) and of the line ending in a colon that
    introduces them."""
    items = {i for i, line in enumerate(lines) if len(line) < 200 and (_DEFENDANT.match(line.strip()) or
                                                                    _NUMBERED_NAME.match(line.strip()) or
                                                                    _WITHHELD.match(line.strip()))}
    if len(items) < MIN_ITEMS:
        return set()
    first = min(items)
    intro = next((i for i in range(first - 1, -1, -1) if lines[i].strip()), None)
    if intro is not None and lines[intro].rstrip().endswith(":") and len(lines[intro].split()) >= 4:
        items.add(intro)
    # the sentences closing the list ("Todos fueron puestos a disposición de un juez federal.")
    for k in range(max(items) + 1, min(max(items) + 1 + CLOSING_SENTENCES, len(lines))):
        if not is_body_paragraph(lines[k]) or is_cta(lines[k]):
            break
        items.add(k)
    return items


@cache
def _company_item() -> re.Pattern[str]:
    """A line opening with a company's name and its legal form (names.yaml ``company_suffixes``), maybe after a
    bullet: "Morgan Golden Mining, S.A. de C.V., a mining company in Caborca;"."""
    return re.compile(r"^(?:[-•*·]\s*)?[A-ZÁÉÍÓÚÑ][^\n;:\d]{2,80}?,?\s+(?:"
                      + alternation(read_data("names.yaml")["company_suffixes"]) + r")(?=[\s,;.()]|$)")


def designee_lines(lines: list[str]) -> set[int]:
    """Indexes of a sanctions or charging release's list of companies (``MIN_ITEMS`` lines at least, one company
    a line with its legal form) and of the line ending in a colon right above it ("OFAC also designated four
    companies:"). Short lines without a verb, the model reads them as teasers; the companies are the article's."""
    kept: set[int] = set()
    for i, line in enumerate(lines):
        if not line.rstrip().endswith(":") or is_cta(line) or len(line.split()) < 4:
            continue
        items, j = [], i + 1
        while j < len(lines) and (not lines[j].strip() or (len(lines[j]) < 200 and _company_item().match(lines[j].strip()))):
            items += [j] if lines[j].strip() else []
            j += 1
        if len(items) >= MIN_ITEMS:
            kept |= {i, *items}
    return kept


_BULLET = re.compile(r"^\s*(?:[-•*·–]|\d{1,2}[.)])\s+\S")


def is_list_item(line: str) -> bool:
    """The line is an item of a bulleted or numbered list ("- 12 fusiles", "1) ...")."""
    return bool(_BULLET.match(line))
COUNTED_ITEM_WORDS = 6  # an item of a release's list of what was seized, with no bullet: "Tres armas largas.", "1,200 cartuchos."


def _counted(line: str) -> bool:
    """A short item opening with its count, in figures or words ("1,200 cartuchos.", "Dos vehículos.", "Three rifles")."""
    words = line.split()
    return 2 <= len(words) <= COUNTED_ITEM_WORDS and (words[0][0].isdigit() or words[0].lower() in _number_words())


@cache
def _number_words() -> frozenset[str]:
    """The number words of ``data/units.yaml`` in both languages, bar the articles ("a", "an")."""
    numbers = read_data("units.yaml")["number_words"]
    return frozenset(word for lang in numbers for word in numbers[lang] if word not in ("a", "an"))
# a row of figures with its label: "Detenidos: 78", "Droga asegurada: 312 kilos", "Fentanyl: 1,874 lbs" (a figure
# right after the colon, a unit word or two after it; "Release Date: November 14, 2026" is no row)
_LABEL_ROW = re.compile(r"^\s*[A-ZÁÉÍÓÚÑ][^\d:|\n]{0,40}:\s*[-+]?[$€£]?\s?\d[\d.,]*(?:\s*%|(?:\s+[^\W\d]+\.?){0,2})\s*$")
_NUMERIC_CELL = re.compile(r"^[\d.,%$ ]*\d[\d.,%$ ]*(?:mil|millones|k|m)?$", re.I)
TABLE_ROWS = 3  # a table has a header and two rows at least
CELL_CHARS = 40  # a table's cell is this short
TABLE_TITLE_WORDS = 8  # a table's title over it is this short


def figure_lists(lines: list[str]) -> set[int]:
    """Indexes of the article's bulleted lists of figures or rows of labelled figures ("Detenidos: 78", ``MIN_ITEMS``
    lines at least, half of them with a figure) with the line ending in a colon that introduces them, right under
    article text or over it."""
    kept: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_BULLET.match(lines[j]) or _LABEL_ROW.match(lines[j]) or _counted(lines[j])) and \
                len(lines[j]) < 200:
            j += 1
        intro, figured = i - 1, sum(bool(re.search(r"\d", lines[k])) or _counted(lines[k]) for k in range(i, j))
        if (j - i >= MIN_ITEMS and 2 * figured >= j - i and
                intro >= 0 and lines[intro].rstrip().endswith(":") and not is_cta(lines[intro]) and
                ((intro > 0 and is_body_paragraph(lines[intro - 1])) or (j < len(lines) and is_body_paragraph(lines[j])) or
                 _sentence_lead(lines[intro]))) or _headed_rows(lines, i, j):
            kept |= set(range(intro, j))
            if j < len(lines) and is_body_paragraph(lines[j]) and not is_cta(lines[j]):
                kept.add(j)  # the sentence closing the list ("La dependencia indicó que las acciones continuarán ...")
        i = max(j, i + 1)
    return kept


def _headed_rows(lines: list[str], i: int, j: int) -> bool:
    """True for ``HEADED_ROWS`` rows of labelled figures or more (lines ``i`` to ``j``) under a heading with no colon and
    over article text: a release's "Resumen de aseguramientos (enero-junio 2026)" over "Cocaína: 31,480 kg",
    "Embarcaciones: 27", ... then its paragraph. A page's counters ("Comentarios: 12") are fewer and head nothing."""
    heading = lines[i - 1].strip() if i > 0 else ""
    return j - i >= HEADED_ROWS and all(_LABEL_ROW.match(lines[k]) for k in range(i, j)) and heading != "" and \
        heading[-1] not in ".!?:;," and len(heading.split()) <= HEADING_WORDS and not is_cta(heading) and \
        j < len(lines) and is_body_paragraph(lines[j])


HEADED_ROWS = 4
HEADING_WORDS = 12


def _sentence_lead(line: str) -> bool:
    """A sentence that introduces what follows: ``LEAD_WORDS`` words or more ending with a colon."""
    return len(line.split()) >= LEAD_WORDS and line.rstrip().endswith(":")


LEAD_WORDS = 8


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")] if "|" in line else []


def table_rows(lines: list[str]) -> set[int]:
    """Indexes of a table flattened to text right after article text (an introducing line ending with a colon, or a
    short title, between them): ``TABLE_ROWS`` lines or more of the same number of short cells, the rows below the header
    holding a figure."""
    kept: set[int] = set()
    i = 0
    while i < len(lines):
        width = len(_cells(lines[i]))
        j = i
        while j < len(lines) and width >= 2 and len(_cells(lines[j])) == width and \
                all(len(c) <= CELL_CHARS for c in _cells(lines[j])):
            j += 1
        rows = range(i + 1, j)
        before = i - 1 if i > 0 and lines[i - 1].rstrip().endswith(":") and not is_cta(lines[i - 1]) else i
        # (or a short title over it after article text: "Tabla: víctimas identificadas por mes")
        if before == i and i > 1 and len(lines[i - 1].split()) <= TABLE_TITLE_WORDS and not is_terminal(lines[i - 1]) and \
                not is_cta(lines[i - 1]) and is_body_paragraph(lines[i - 2]):
            before = i - 1
        # a header over one row of figures only is a table too ("Fentanyl (lbs) | Cocaine (lbs)" over "1,020 | 6,211")
        one_row = j - i == 2 and all(_NUMERIC_CELL.match(c) for c in _cells(lines[i + 1])) and \
            not any(_NUMERIC_CELL.match(c) for c in _cells(lines[i]))
        if (j - i >= TABLE_ROWS or one_row) and all(any(_NUMERIC_CELL.match(c) for c in _cells(lines[k])) for k in rows) and \
                ((before > 0 and is_body_paragraph(lines[before - 1])) or (before < i and _sentence_lead(lines[before]))):
            kept |= set(range(before, j))
        i = max(j, i + 1)
    return kept
