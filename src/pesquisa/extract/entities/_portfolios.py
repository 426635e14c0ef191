"""The portfolio of a title written before a name ("Minister for |Justice| Jim O'Callaghan", "Secretary of |Defence|
John Healey"): the capitalized word is the title's, never the first word of the name the model cut."""

from __future__ import annotations

from spacy.tokens import Doc

from pesquisa.extract.entities._names import names_data


def portfolio_word(doc: Doc, i: int) -> bool:
    """Token ``i`` follows "for"/"of" after a title word: the portfolio of that title."""
    return i >= 2 and doc[i - 1].lower_ in {"for", "of"} and doc[i - 2].lower_ in names_data().title_words
