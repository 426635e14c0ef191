"""Rows of a table flattened to text: the label before a colon names what the figure counts or weighs.

Press releases, weekly security reports and infographics list their figures as rows: "Personas
detenidas: 742. Armas de fuego aseguradas: 318.", "Fentanyl: 1,210 lbs; Methamphetamine: 3,480 lbs",
"Vehículos asegurados: 121". The number after the colon names no item of its own; the label does.
A label is a short capitalized phrase with no digit that opens its line, its sentence or its cell
(after ";", "|" or another colon); the quantity's text stays the figure, so the label is read
as the item, and the clause of the figure includes it (the seizure verb of "Armas aseguradas: 318").
Labels that name no item ("Total", "Fuente", "Edad") are in ``row_labels_not_items``.

Releases also list what was seized as bullets under a header that tells the seizure: "donde se
aseguraron:" then "- 8 mil litros de metilamina", "- 35 tambos", "- Un vehículo"; each line's goods
were seized (``in_seized_list``).
"""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._headless import read_table_intro
from pesquisa.extract.quantities._items import Items
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.extract.quantities._tons import ton_told
from pesquisa.records import Span

# The label of a row ending right before the figure: up to five words after a line, sentence or cell start
BULLET = re.compile(r"[ \t]*[-•*·–—][ \t]")
# a labelled row of a list of figures: "Detenidos: 78", "Droga asegurada: 312 kilos", "Heroin: 38 lbs"
# a row's label in a table flattened into prose, after a bar, a semicolon, a full stop or the dash opening the rows
# ("balance de noviembre. Detenidos: 1,240 | Armas: 890", "Results through Sept. 30 - Arrests: 310; Firearms: 95"), or
# the first cell of a "|"-parted row ("Detenidos | 412", "Droga (kg) | 1,340")
ROW_CELL_LABEL = re.compile(r"(?:^|(?<=[|;\n.\-–—]))[ \t]*([a-z][a-z ]{0,40}?)[ \t]*(?:\([a-z. ]+\)[ \t]*)?[:|][ \t]*\d")
CELL_BEFORE = re.compile(r"(?:^|(?<=[|;\n.\-–—]))[ \t]*[a-z][a-z ]{0,40}(?:\([a-z. ]+\)[ \t]*)?[:|][ \t]*\Z")
OWN_ACT = re.compile(r"[a-z](?:ad|id)[oa]s?(?![a-z])|[a-z]ed(?![a-z])")
SEMICOLON_CELLS = re.compile(r";[ \t]*[^\W\d][^:;|\n]{0,40}:[ \t]*[$€£]?[ \t]?\d")
# the unit a row's first cell names in brackets: "Droga (kg) | 1,340", "Cocaine (lbs) | 2,050"
ROW_CELL_UNIT = re.compile(r"()\(([a-z. ]+)\)[ \t]*$")
# ... or a row's label: "Droga (kg): 1,340", "Cocaine (lbs): 2,050"
UNIT_LABEL_BEFORE = re.compile(r"(?:^|(?<=[|;\n.\-–—]))[ \t]*([a-z][a-z ]{0,40}?)[ \t]*\(([a-z. ]+)\)[ \t]*:[ \t]*\Z")
LABEL_ROW_LINE = re.compile(r"[ \t]*[A-ZÁÉÍÓÚÑ][^\d:|\n]{0,40}:[ \t]*[$€£]?[ \t]?\d[\d.,]*(?:[ \t]+mil[ \t]+\d{1,3})?"
                            r"(?:[ \t]*%|(?:[ \t]+[^\W\d]+\.?){0,2})[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*[.;]?[ \t]*$")
YEAR = re.compile(r"\(?\b(?:fy\s?)?(?:19|20)\d\d\b\)?", re.IGNORECASE)
# the noun phrase opening a table's introducing line: "homicide victims" of "homicide victims by state, 2023 vs 2024:"
TABLE_INTRO = re.compile(r"([a-z]+(?: [a-z]+){0,2})(?= (?:by|per|por|in|en|de|of|from|segun|according)\b|,|:)")
# a table cell holding a figure and nothing else: "1,568", "-20.7%", "$4.2 million", "39.2"
FIGURE_CELL = re.compile(r"[-+−]?[$€£]?\s?\d[\d.,]*(?:\s(?:mil|millones|million|billion)(?:\s\d+)?)*\s?(?:%|[a-zA-Z]{1,8}\.?)?")
# the goods' last words may stand before a measure told again, read or not: "6 kilos of fentanyl powder, or 13 pounds"
GOODS_TAIL = r"(?:\s+(?:of|de)(?:\s+(?:the|el|la|los|las))?)?(?:\s+(?!(?:and|y|e|or|o|u)\s)[a-z]+){0,3}"
# the words that tell a measure again in other units: ", or", "o sea", "es decir", "that is", "equivalentes a"
RESTATED = re.compile(GOODS_TAIL + r"\s*(?:(?:[,;]|\s-+|\s[–—])\s*(?:or|o|that is|i\.e\.)"
                      r"|,?\s*(?:o sea|es decir|esto es|(?:el\s+)?equivalentes?\s+(?:a|de)|(?:the\s+)?equivalent\s+(?:to|of)"
                      r"|lo que equivale a|que equivalen? a))"
                      r"\s*,?\s*", re.IGNORECASE)
# ... after a bullet too: "- Marihuana: 3,450 kilogramos", "• Firearms: 61"
ROW_LABEL = re.compile(r"(?:^|(?<=[\n;|:.]))[ \t]*(?:[-•*·–—][ \t]+)?([A-Za-z][a-z]*(?:[ \t]+[a-z]+){0,4})[ \t]*:[ \t]*\Z")
# the goods cell before a weight in a "|"-parted row: "| Marihuana | 850 kg |", "Cocaína | 12.5 kg"
GOODS_CELL = re.compile(r"(?:^|(?<=[\n|]))[ \t]*([A-Za-z][a-z]*(?:[ \t]+[a-z]+){0,4})[ \t]*\|[ \t]*\Z")


class Rows(Items):
    """Items that a flattened table's row label gives to the figure after it."""

    def row_label(self, d: Draft) -> tuple[int, int] | None:
        """Offsets of the row label right before the figure (``d.start``), or None."""
        line_start = self.text.rfind("\n", 0, d.start) + 1
        m = ROW_LABEL.search(self.scan, line_start, d.start)
        if m is None or not self.text[m.start(1)].isupper():
            return None
        words = m.group(1).split()
        if words[0] in self.words("row_labels_not_items") or words[-1] in self.words("row_labels_not_items"):
            return None  # "Total: 742", "Fuente: ..."
        if any(w in self.words("not_row_label_words") for w in words):
            return None  # "Violence is also concentrated: 6 of ...": a sentence, no label
        return m.start(1), m.end(1)

    def row_label_no_quantity(self, d: Draft) -> bool:
        """True for a figure whose row label makes it an age, a year or a phone ("Edad: 45", "Year: 2019", "Tel.:
        555 ..."), no count; "Total: 742" is still a figure."""
        line_start = self.text.rfind("\n", 0, d.start) + 1
        m = ROW_LABEL.search(self.scan, line_start, d.start)
        return m is not None and self.names_no_quantity(m.group(1).split())

    def names_no_quantity(self, words: list[str]) -> bool:
        """True for the words of a label or header naming ages, years, ranks or phones, no quantities."""
        return bool(words) and (words[0] in self.words("row_labels_not_quantities") or
                                words[-1] in self.words("row_labels_not_quantities"))

    def in_table_header(self, start: int) -> bool:
        """True for a figure in the header row of a flattened table: no cell of its line is a figure and the next
        line, as wide, holds one ("Entidad | Víctimas | Tasa por 100 mil habitantes" over "Colima | 301 | 39.2")."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line = self.line_at(line_start)
        if "|" not in line or any(FIGURE_CELL.fullmatch(c.strip()) for c in line.split("|")):
            return False
        above = self.line_at(self.text.rfind("\n", 0, line_start - 1) + 1) if line_start else ""
        if above.count("|") == line.count("|"):
            return False  # a row under another as wide is no header: the table's first row is
        pos = line_start + len(line) + 1
        while pos < len(self.text) and not self.line_at(pos).strip():
            pos += len(self.line_at(pos)) + 1
        below = self.line_at(pos) if pos < len(self.text) else ""
        return below.count("|") == line.count("|") and any(FIGURE_CELL.fullmatch(c.strip()) for c in below.split("|"))

    def read_row_label(self, d: Draft) -> None:
        """Takes the row label as the item of a figure that names none: "Cocaína: 1,200 kg", "Personas detenidas: 742"."""
        span = self.row_label(d)
        if span is None and d.measured:  # a weight's goods in the cell before it: "| Marihuana | 850 kg |"
            cell = GOODS_CELL.search(self.scan, self.text.rfind("\n", 0, d.start) + 1, d.start)
            span = (cell.start(1), cell.end(1)) if cell else None
        if span is None:
            return
        start, end = span
        words = self.scan[start:end]
        m = self.lex.commodity_re.match(words)
        commodity = self.lex.commodities[commodity_key(m.group(1))] if m else None
        if d.measured:  # a weight or volume: only goods name it ("Fentanyl: 1,210 lbs")
            if commodity is not None and m is not None and m.end() == len(words):
                d.commodity = d.item = commodity
                d.label = start
            return
        k = self.tok_at(start)
        np = self.noun_phrase(k, plural=False, mass=True) if k is not None else None
        if np is None:
            return
        d.form, d.label = "np", start
        d.head = self.toks[np[1]].text
        d.item_words = " ".join(words.split())
        d.item = self.text[start:end]
        found = next((g for g in self.lex.commodity_re.finditer(d.item_words)
                      if not d.item_words[g.start() - 1:g.start()].isalnum()), None)
        d.commodity = self.lex.commodities[commodity_key(found.group(1))] if found else None
        d.packaging = self.lex.packaging.get(d.head)
        if d.commodity:
            d.item = f"{d.commodity} {d.packaging}" if d.packaging else d.commodity


class Columns(Rows):
    """Cells of a table flattened to rows of "|"-parted cells: the header cell over a figure names its unit or its
    goods ("Port | Fentanyl (lbs) | Pills" over "Nogales | 4,210 | 12.1 million")."""

    def read_table_labels(self, d: Draft) -> None:
        """The item a row's label ("Personas detenidas: 742") or else a column's header gives a bare figure."""
        self.read_row_label(d)
        if d.form == "bare":
            self.read_column_header(d)
        self.read_row_cell(d)
        read_table_intro(self, d)  # "Overdose deaths by county, 2024:" over "Harris | 412" and no header row

    def read_row_cell(self, d: Draft) -> None:
        """The unit and goods the first cell of a two-cell "|"-parted row, or a row's label with its unit in brackets, gives
        the bare figure after it: "Droga (kg) | 1,340" and "Droga (kg): 1,340" are 1,340 kilos of drugs, "Cocaine (lbs) |
        2,050" 2,050 pounds of cocaine, "Armas | 21" 21 arms; a place ("Colima | 301") names no goods."""
        if d.measured or d.value_max is not None or d.percent or d.currency:
            return
        start = self.text.rfind("\n", 0, d.start) + 1
        cells = self.scan[start:d.start].split("|")
        labelled = UNIT_LABEL_BEFORE.search(self.scan, max(start, d.start - 60), d.start)
        unit: re.Match[str] | None
        if labelled is not None:
            label, unit = labelled.group(1).strip(), labelled
        elif len(cells) == 2 and not cells[1].strip() and self.line_at(start).count("|") == 1:
            unit = ROW_CELL_UNIT.search(self.scan, start, start + len(cells[0]))
            label = self.scan[start:unit.start() if unit else start + len(cells[0])].strip()
        else:
            return
        goods = self.lex.commodity_re.match(label)
        measure = self.lex.units[self.lang].get(unit.group(2).strip(" .")) if unit else None
        if measure is not None and unit is not None:
            d.value *= measure.factor
            d.unit, d.raw_unit, d.form = measure.unit, self.text[unit.start(2):unit.end(2)], "measure"
        if goods is not None and goods.end() == len(label) and (measure is not None or d.form == "bare"):
            d.commodity = d.item = self.lex.commodities[commodity_key(goods.group(1))]

    def label_no_quantity(self, d: Draft) -> bool:
        """True for a figure whose row label or column header makes it no quantity: "Edad: 45", "Posición" over
        "1 | Colima"."""
        if self.row_label_no_quantity(d):
            return True
        cell = self.column_header(d) if "|" in self.line_at(self.text.rfind("\n", 0, d.start) + 1) else None
        return cell is not None and self.names_no_quantity(self.scan[cell.start:cell.end].split())

    def column_header(self, d: Draft) -> Span | None:
        """Offsets of the header cell of the column of the figure ``d``, or None outside a table."""
        start = self.text.rfind("\n", 0, d.start) + 1
        line = self.scan[start:len(self.text) if self.text.find("\n", start) < 0 else self.text.find("\n", start)]
        width = line.count("|") + 1
        if width < 2:
            return None
        column, header = self.scan[start:d.start].count("|"), None
        pos = start
        while pos > 0:  # up the rows of the same width (blank lines between them) to the first, the header
            prev = self.text.rfind("\n", 0, pos - 1) + 1
            above = self.scan[prev:pos - 1]
            pos = prev
            if not above.strip():
                continue
            if above.count("|") + 1 != width:
                break
            header = Span(prev, prev + len(above))
        if header is None:
            return None
        cells = self.text[header.start:header.end].split("|")
        offset = header.start + sum(len(c) + 1 for c in cells[:column])
        return Span(offset, offset + len(cells[column]))

    def read_column_header(self, d: Draft) -> None:
        """Takes the unit and goods a column's header names for a bare figure under it: "Fentanyl (lbs)" makes
        "4,210" 4,210 pounds of fentanyl; a noun ("Pills", "Víctimas") is its item."""
        cell = self.column_header(d)
        if cell is None or d.value_max is not None:
            return
        # the year of a column is no part of what it counts: "Víctimas 2024", "Seizures (FY2023)"; a year or a month
        # alone leaves the table's introducing line to name the cells
        header, written = (" ".join(YEAR.sub(" ", t[cell.start:cell.end]).split()) for t in (self.scan, self.text))
        if header in self.words("months"):
            header = written = ""  # a column of a month ("Enero | Febrero | Marzo") names a period, no item
        if not header and self.scan[cell.start:cell.end].strip():
            header, written = self.table_intro(cell.start)  # a column of a year: the line over the table names its cells
        unit = re.search(r"\(([a-z. ]+)\)", header)
        measure = self.lex.units[self.lang].get(unit.group(1).strip(" .")) if unit else None
        goods = self.lex.commodity_re.search(header)
        if measure is not None:
            d.value *= measure.factor
            d.unit, d.raw_unit, d.form = measure.unit, unit.group(1).strip() if unit else None, "measure"
        if goods is not None:
            d.commodity = d.item = self.lex.commodities[commodity_key(goods.group(1))]
        elif measure is None and self.rx("(?<![a-z])WORDS(?![a-z])", "rate_words").match(header):
            d.rate = True  # "Rate per 100,000" over "25": a rate (a statistic), whole or not; the header names no item
        elif measure is None and re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", header) and \
                not self.rx("WORDS", "rate_words").search(header) and header not in self.words("row_labels_not_items"):
            d.form, d.head, d.item_words = "np", header.split()[-1], header
            d.item = self.lex.packaging.get(d.head) or written  # "Pills": pills counted
            d.packaging = self.lex.packaging.get(d.head)

    def table_intro(self, header_start: int) -> tuple[str, str]:
        """(folded, written) noun phrase opening the line, ending in a colon, right over a table's header row: "Homicide
        victims" of "Homicide victims by state, 2023 vs 2024, according to SESNSP:"; empty strings when none."""
        row_start = self.text.rfind("\n", 0, header_start) + 1
        if row_start == 0:
            return "", ""
        line_start = self.text.rfind("\n", 0, row_start - 1) + 1
        while line_start > 0 and not self.line_at(line_start).strip():  # blank lines between
            line_start = self.text.rfind("\n", 0, line_start - 1) + 1
        line = self.scan[line_start:line_start + len(self.line_at(line_start))].rstrip()
        m = TABLE_INTRO.match(line)
        if not line.endswith(":") or m is None:
            return "", ""
        return m.group(1), self.text[line_start:line_start + m.end(1)]

    def agrees(self, prev: Draft, d: Draft) -> bool:
        """True when ``d`` tells the measure of ``prev`` again, within rounding (either ton for a bare English ton)."""
        told = ton_told(prev.raw_value, prev.raw_unit or "", d.value, self.lang) if d.unit == "kg" else None
        value = prev.value if told is None else told
        if not value or (prev.raw_unit or "").lower() == (d.raw_unit or "").lower() or abs(d.value - value) > 0.12 * value:
            return False
        if told is not None:
            prev.value = told
        return True

    def adds_to_measure(self, prev: Draft, d: Draft, gap: str) -> bool:
        """True for a smaller unit added to a measure after "con" or a blank: "1 tonelada con 200 kilos de cocaína" is 1,200
        kilos, "un kilo 300 gramos" 1.3 kilos, "2 pounds 4 ounces"; ``prev`` takes the sum, the goods and the text of both."""
        if re.fullmatch(r"[^\S\n]+(?:con\s+)?", gap) is None or prev.item is not None or not prev.raw_value or \
                not d.raw_value or d.value >= prev.value / prev.raw_value:
            return False
        prev.value += d.value
        prev.raw_value, prev.raw_unit = prev.value / (d.value / d.raw_value), d.raw_unit
        prev.item, prev.commodity, prev.packaging, prev.end = d.item, d.commodity, d.packaging, d.end
        return True

    def is_conversion(self, drafts: list[Draft], d: Draft) -> bool:
        """True for the same measure in other units, in brackets: "400 kilograms (880 pounds)"."""
        if not drafts or not d.unit:
            return False
        prev = drafts[-1]
        if prev.unit != d.unit or prev.currency or d.currency:
            return False
        hedge = self.ends_with("qualifiers", d.start, window=30)  # "2.3 million liters (about 608,000 gallons)"
        gap = self.scan[prev.end:hedge.start() if hedge else d.start]
        if self.adds_to_measure(prev, d, gap):
            return True
        if re.fullmatch(r"\s*\(\s*", gap) is None:
            # told after "or" / "o sea": "3.5 tons of cocaine, or 3,500 kilograms", "1.5 toneladas, es decir, mil 500
            # kilos": the same measure when the two agree; "3 tons of cocaine or 500 kilos of heroin" are two
            # ... or after a comma and a hedge, naming no goods of its own: "2,100 pounds of meth, about 950 kilograms,"
            hedged = hedge is not None and re.fullmatch(GOODS_TAIL + r"\s*,\s*", gap)
            same = (RESTATED.fullmatch(gap) is not None or bool(hedged)) and d.commodity in (None, prev.commodity) and \
                self.agrees(prev, d)
            aside = re.match(r"\s*,(?=\s*(?:of|de)\s)", self.scan[d.end:]) if same and prev.item is None else None
            if aside:  # "2 tons, or 4,400 pounds, of cocaine": the goods after the aside are the first measure's
                end = prev.end
                self.read_goods_after(prev, d.end + aside.end())
                prev.end = end
            return same
        closed = re.match(r"\s*\)", self.scan[d.end:])
        if prev.item is None and closed:
            end = prev.end  # the text stays the first measure: "45 kilos" of "45 kilos (99 pounds) of cocaine"
            self.read_goods_after(prev, d.end + closed.end())  # ... and its goods are those after the bracket
            prev.end = end
        told = ton_told(prev.raw_value, prev.raw_unit or "", d.value, self.lang) if d.unit == "kg" else None
        if told is not None:
            prev.value = told  # "3.5 tons (3,500 kilograms)", "3 tons (6,000 pounds)": the ton the conversion tells
        return True


class SeizedLists(Scanner):
    """Bullet lines and labelled rows under a header that seizes: their goods were seized."""

    def in_seized_list(self, d: Draft) -> bool:
        """True for a figure on a bullet line or a labelled row ("Cocaine: 4,205 lbs") of a list whose header, ending
        in a colon, seizes or finds ("se aseguraron:", "Drug seizures by type:"), or one of whose lines seizes
        ("Results of the surge:" over bullets "- 1.4 million fentanyl pills seized" and "- 214 firearms": the list is
        the haul, told once)."""
        start = self.text.rfind("\n", 0, d.start) + 1
        if not self.is_list_line(self.line_at(start)):
            return False
        lines, header = [], None
        pos = start
        while header is None:  # up to the header
            line = self.line_at(pos)
            if line.strip():
                if self.is_list_line(line):
                    lines.append(Span(pos, pos + len(line)))
                else:
                    header = self.scan[pos:pos + len(line.rstrip())]
            if pos == 0:
                break
            pos = self.text.rfind("\n", 0, pos - 1) + 1
        pos = start + len(self.line_at(start)) + 1
        while pos < len(self.text):  # down to the list's end
            line = self.line_at(pos)
            if line.strip() and not self.is_list_line(line):
                break
            lines.append(Span(pos, pos + len(line)))
            pos += len(line) + 1
        # a table's rows under a sentence that seizes, colon or not ("CBP seized 1,020 pounds of fentanyl in July." over
        # "Fentanyl (lbs) | Cocaine (lbs)" and "1,020 | 6,211")
        # ... or a heading, no sentence: "Resumen de aseguramientos (enero-junio 2026)" over "Cocaína: 31,480 kg"
        table = "|" in self.line_at(start) or (header is not None and not header.endswith(".") and
                                               LABEL_ROW_LINE.match(self.line_at(start)) is not None)
        if header is not None and (header.endswith(":") or table) and \
                self.seizes(header, ("seizure_triggers", "discovery_triggers", "seizure_nouns")):
            return True
        if header is not None and header.endswith(":") and BULLET.match(self.line_at(start)) and \
                self.seizes(header, ("result_headers",)):
            return True  # "Results of the surge:" over "• 218 firearms": what an operation took
        cell = CELL_BEFORE.search(self.scan, max(start, d.start - 45), d.start)
        # not a row whose label tells what else befell it: "Inmuebles cateados: 11", "Tomas inhabilitadas: 15"
        own_act = cell is not None and OWN_ACT.search(cell.group(0)) and not self.seizes(cell.group(0), ("seizure_triggers",))
        if cell and not own_act and self.rows_of_arrests([*lines, Span(start, start + len(self.line_at(start)))]):
            return True  # a security balance's rows "Detenidos: 1,240 | Armas: 890": the arms were seized with them
        # a labelled row says what befell its own goods ("Tomas clandestinas inhabilitadas: 15"); a bullet may not
        return BULLET.match(self.line_at(start)) is not None and any(
            BULLET.match(self.text, s.start) and self.seizes(self.scan[s.start:s.end], ("seizure_triggers",)) for s in lines)

    def rows_of_arrests(self, lines: list[Span]) -> bool:
        """True when a row label of the table ``lines`` names people arrested ("Detenidos: 1,240", "Arrests: 310"): the
        goods its other rows count are the haul of the same operations."""
        return any(self.rx(r"(?<![a-z0-9])WORDS[ \t]*\Z", "arrest_label_words").search(label.group(1))
                   for s in lines for label in ROW_CELL_LABEL.finditer(self.scan, s.start, s.end))

    @staticmethod
    def is_list_line(line: str) -> bool:
        """True for a bullet line, a labelled row of figures, a table's row of "|"-parted cells or a line of labelled cells
        parted by semicolons ("Arrests: 310; Firearms: 95; Fentanyl pills: 1.2 million")."""
        return bool(BULLET.match(line) or LABEL_ROW_LINE.match(line) or line.count("|") >= 1 or
                    len(SEMICOLON_CELLS.findall(line)) >= 2)

    def seizes(self, text: str, names: tuple[str, ...]) -> bool:
        """True when ``text`` holds a word of one of the lists ``names``."""
        return any(self.rx("(?<![a-z0-9])WORDS", name).search(text) for name in names)
