"""A flattened table with no header row: its rows ("Harris | 412", "Bexar | 241") name places, and the line introducing
the table names what the figures count ("Overdose deaths by county, 2024:"), as it does over a column of a year."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pesquisa.extract.quantities._draft import Draft

if TYPE_CHECKING:
    from pesquisa.extract.quantities._rows import Columns

BY_PLACE = re.compile(r" (?:by|per|por|segun) ")


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
    if not header or header in scan.words("row_labels_not_items") or scan.rx("WORDS", "rate_words").search(header):
        return
    d.form, d.head, d.item_words = "np", header.split()[-1], header
    d.packaging = scan.lex.packaging.get(d.head)
    d.item = d.packaging or written
