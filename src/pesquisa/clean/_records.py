"""Date lines and records: a stamp of a date and a few words, a record's dated headline ("Department Press Briefing –
December 4, 2026"), and a line with nothing of the body above it."""

from __future__ import annotations

from functools import lru_cache

from pesquisa.clean._signals import has_date, is_body_paragraph, is_headline_shaped, words_beside_date, words_of
from pesquisa.lexicon import read_data

# A line with this many words beside its date and label words can be the headline ("¿Qué pasó en Culiacán hoy? Reportan
# balaceras este 5 de diciembre de 2026"), no stamp.
DATED_HEADLINE_WORDS = 6


def on_top(lines: list[str], j: int) -> bool:
    """No paragraph of the body stands above line ``j``."""
    return not any(is_body_paragraph(line) for line in lines[:j])


def is_stamp(line: str) -> bool:
    """A date with fewer than ``DATED_HEADLINE_WORDS`` other words (a place, a label); not a dated headline naming a
    record of ``record_kinds`` ("Department Press Briefing – December 4, 2026", "Mañanera del 5 de diciembre de 2026")."""
    return has_date(line) and len(words_beside_date(line, label_words=True)) < DATED_HEADLINE_WORDS and not names_record(line)


def dated_records(lines: list[str], anchor: int) -> set[int]:
    """Headlines above the body that are a record's kind and date ("Department Press Briefing – December 4, 2026")."""
    return {i for i in range(anchor) if has_date(lines[i]) and is_headline_shaped(lines[i]) and len(lines[i].split()) >= 4
            and names_record(lines[i])}


def names_record(line: str) -> bool:
    """The line holds a word of ``record_kinds`` ("briefing", "mañanera")."""
    return bool(_record_kinds() & {w.casefold() for w in words_of(line)})


@lru_cache(maxsize=1)
def _record_kinds() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("boilerplate.yaml")["record_kinds"])
