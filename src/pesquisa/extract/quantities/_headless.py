"""A flattened table with no header row: its rows ("Harris | 412", "Bexar | 241") name places, and the line introducing
the table names what the figures count ("Overdose deaths by county, 2024:"), as it does over a column of a year."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._lexicon import commodity_key

if TYPE_CHECKING:
    from pesquisa.extract.quantities._rows import Columns

BY_PLACE = re.compile(r" (?:by|per|por|segun) ")
# the unit the introducing line names in brackets before its colon: "... fiscal year 2025 (pounds):", "(toneladas):"
INTRO_UNIT = re.compile(r"\(([a-z. ]+)\)[ \t]*:\Z")


def first_row_start(scan: Columns, d: Draft) -> int | None:
    """Start of the first row of the headless table whose last cell is the bare figure ``d``: the rows above, as wide,
    all end in a figure (blank lines between); None when ``d`` is in no such table or the table has a header row."""
    from pesquisa.extract.quantities._rows import FIGURE_CELL

    start = scan.text.rfind("\n", 0, d.start) + 1
    line = scan.line_at(start)
    width = line.count("|")
    if width == 0 or line[d.end - start:].strip() or FIGURE_CELL.fullmatch(line.split("|")[0].strip()):
        return None  # the figure ends its row; its first cell is a label ("Harris"), no figure
    first = start
    while first > 0:
        above_start = scan.text.rfind("\n", 0, first - 1) + 1
        above = scan.line_at(above_start)
        if not above.strip():
            first = above_start
            continue
        if above.count("|") != width:
            break
        if not FIGURE_CELL.fullmatch(above.split("|")[-1].strip()):
            return None  # a header row over the figures: its cells name them
        first = above_start
    return first


def read_table_intro(scan: Columns, d: Draft) -> None:
    """Takes the noun phrase of the line introducing a headless table as the item of its bare figures: "Overdose
    deaths by county, 2024:" over "Harris | 412" makes 412 overdose deaths."""
    if d.form != "bare" or d.item is not None or d.commodity is not None or d.measured or d.percent or d.currency or \
            d.value_max is not None:
        return
    first = first_row_start(scan, d)
    if first is None:
        return
    header, written = scan.table_intro(first)
    cut = BY_PLACE.search(header)  # "homicidios por estado": what the rows part them by is no part of the item
    if cut is not None:
        header, written = header[:cut.start()], written[:cut.start()]
    line = intro_line(scan, first)
    unit = INTRO_UNIT.search(line) if line.endswith(":") else None
    if (not header and unit is None) or header in scan.words("row_labels_not_items") or \
            scan.rx("WORDS", "rate_words").search(header):
        return
    measure = scan.lex.units[scan.lang].get(unit.group(1).strip(" .")) if unit else None
    if not header:  # the goods open a line that names no noun phrase: "Fentanyl seized at Arizona ports (pounds):"
        goods = scan.lex.commodity_re.match(line)
    else:  # "Fentanyl deaths" are no goods
        goods = None if header.split()[-1] in scan.words("not_goods") else scan.lex.commodity_re.search(header)
    if measure is not None and unit is not None:  # "Cocaine seizures, fiscal year 2025 (pounds):" over "Coast Guard | 51,300"
        d.value *= measure.factor
        d.unit, d.raw_unit, d.form = measure.unit, unit.group(1).strip(), "measure"
    if goods is not None:
        d.commodity = d.item = scan.lex.commodities[commodity_key(goods.group(1))]
        return
    if measure is None and header:
        d.form, d.head, d.item_words = "np", header.split()[-1], header
        d.packaging = scan.lex.packaging.get(d.head)
        d.item = d.packaging or written


def intro_line(scan: Columns, first: int) -> str:
    """The folded line over the table's first row (blank lines between)."""
    line_start = scan.text.rfind("\n", 0, first - 1) + 1 if first else 0
    while line_start > 0 and not scan.line_at(line_start).strip():
        line_start = scan.text.rfind("\n", 0, line_start - 1) + 1
    return scan.scan[line_start:line_start + len(scan.line_at(line_start))].rstrip()
