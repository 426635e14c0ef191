"""``title_head_before`` answers as the search of ``_title_head_ending`` over the 40 characters before a span."""

from __future__ import annotations

import pytest

from pesquisa.extract.entities import _title_heads

WINDOWS = [
    "según declaró la diputada ", "the Attorney General ", "the Attorney General\xa0", "the attorney general \n",
    "the Attorney General\n", "said the ATTORNEY GENERAL  ", "el secretario ", "El SECRETARIO\xa0 ", "exsecretario ",
    "la ſecretaria ", "the Attorney Generalx ", "foreign minister of ", "minister", "", " ", "\n",
    "el gobernador de Sinaloa, ", "a un lado del presidente municipal ", "1secretario ", "_secretario ",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_title_head_before_answers_as_the_search(window: str) -> None:
    for prefix in ("", "a" * 30, "a" * 40 + " "):
        text = prefix + window + "Ana Pérez"
        at = len(prefix + window)
        expected = bool(_title_heads._title_head_ending().search(text[max(0, at - 40):at]))
        assert _title_heads.title_head_before(text, at) is expected


def test_title_head_before_finds_a_head() -> None:
    assert _title_heads.title_head_before("la diputada Ana Pérez", len("la diputada "))
    assert not _title_heads.title_head_before("la casa de Ana Pérez", len("la casa de "))
