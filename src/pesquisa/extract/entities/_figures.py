"""Surnames that name one public figure of this field when written alone (``public_figures`` in names.yaml).

spaCy's small models read a surname alone at a sentence's start as an organization ("Sheinbaum has said
repeatedly ...", "Trump has imposed tariffs ..."); where the document gives no full name to join it to, the
surname of a head of state or a cabinet-level official is still the person's."""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import read_data


@cache
def public_figure_surnames() -> frozenset[str]:
    """The surnames of ``public_figures``, as written."""
    return frozenset(str(name) for name in read_data("names.yaml")["public_figures"])
