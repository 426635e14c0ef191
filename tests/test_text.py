"""Shared text utilities: folding that keeps offsets, rule-based sentence splitting."""

from __future__ import annotations

from pesquisa.records import Span
from pesquisa.text import abbreviations, fold_chars, fold_form, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_text_fold_chars_one_character_per_character():
    text = "Secretaría de Relaciones Exteriores, ÁLVAREZ y Peña"
    folded = fold_chars(text)
    assert folded == "secretaria de relaciones exteriores, alvarez y pena"
    assert len(folded) == len(text)
    start = folded.index("pena")
    assert text[start:start + 4] == "Peña"  # an offset found in the folded copy is one in the original


def test_text_fold_chars_keeps_characters_whose_fold_is_longer():
    # "ﬁ" decomposes to two letters: kept (lower-cased) so the length stays the same
    assert fold_chars("Ofﬁcial ½ Ǆ") == "ofﬁcial ½ ǆ"


def test_text_fold_form_collapses_blanks():
    assert fold_form("  Armas   de\tFuego ") == "armas de fuego"


def test_text_abbreviations_come_from_the_data_files():
    found = abbreviations()
    assert {"gen", "lic", "no", "sept", "jan", "núm"} <= found
    assert "may" not in found  # a full month name, not an abbreviation


def test_text_split_sentences_skips_abbreviations_initials_and_acronyms():
    text = "Gen. Trevilla met Sen. J. Smith in the U.S. on Sept. 15. Lic. Ebrard said No. 3 was next. ¿Y ahora?"
    assert sentences(text) == ["Gen. Trevilla met Sen. J. Smith in the U.S. on Sept. 15.",
                               "Lic. Ebrard said No. 3 was next.", "¿Y ahora?"]


def test_text_split_sentences_lines_quotes_and_spanish_dateline():
    text = "CIUDAD DE MÉXICO.- El canciller habló.\n\n“Es una prioridad”. Dijo que 2025 será clave.\n  "
    assert sentences(text) == ["CIUDAD DE MÉXICO.-", "El canciller habló.", "“Es una prioridad”.",
                               "Dijo que 2025 será clave."]


def test_text_split_sentences_spans_are_trimmed_offsets():
    text = "  One here.  Two there!\n"
    assert split_sentences(text) == [Span(2, 11), Span(13, 23)]
    assert split_sentences("") == []
