"""Patterns run over a document only where it holds their literal strings give the matches of running them everywhere."""


import ftfy
import pytest

from pesquisa._required import matches_in, matches_of, present
from pesquisa.clean._repair import _FTFY, is_plain_ascii
from pesquisa.extract import dates
from pesquisa.extract.entities._pieces import form_candidates
from pesquisa.extract.events._cues import load_cues

TEXTS = [
    "The next day, troops arrested two men in Culiacán. A week earlier, on Monday, marines seized 800 kg of cocaine.",
    "Un día antes, el Ejército detuvo a tres personas; la semana pasada, hace cinco días, la Marina aseguró un laboratorio.",
    "THE SAME DAY, FEDERAL AGENTS SAID THEY HAD ARRESTED HIM DURING A PRESS CONFERENCE IN EL PASO.",
    "Según informó la Fiscalía a reporteros, el detenido fue identificado como jefe de plaza del Cártel del Golfo.",
    "Acceſſing the records, officials ſaid the raid was part of a wider operation, the ſpokesman told reporters.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_matches_in_gives_the_matches_of_finditer(text):
    for pattern in (dates.WEEK, dates.DAYS_AGO, dates.DAY_THIS_MONTH, dates.WEEKDAY, dates.SAME_DAY, dates.DAY_APART,
                    dates.DAYS_APART):
        for body in (text, text.upper(), text.lower()):
            assert [m.span() for m in matches_in(pattern, body)] == [m.span() for m in pattern.finditer(body)]


@pytest.mark.parametrize("text", TEXTS)
def test_matches_of_gives_every_pattern_s_matches_in_order(text):
    patterns = load_cues().teller_frames
    for body in (text, text.upper()):
        assert [(m.re, m.span()) for m in matches_of(patterns, body)] == \
            [(p, m.span()) for p in patterns for m in p.finditer(body)]


def test_present_finds_each_string_held_and_the_shorter_ones_it_begins():
    strings = frozenset({"según", "según fuentes", "de acuerdo", "de acuerdo con", "told", "told reporters", "citing"})
    text = "según fuentes federales, el vocero told reporters que de acuerdo"
    assert present(strings, text) == {s for s in strings if s in text}
    assert present(strings, "") == frozenset()


def test_form_candidates_keep_every_form_a_text_holds_and_drop_those_missing_a_piece():
    forms = ("Cartel de Sinaloa", "Cartel del Golfo", "Cártel de Jalisco Nueva Generación", "DEA", "Fiscalía General")
    text = "El Cartel de Sinaloa y la DEA; la Fiscalía General de la República."
    kept = form_candidates(forms, text)
    assert {i for i in kept if forms[i] in text} == {i for i, form in enumerate(forms) if form in text}
    assert forms.index("Cartel del Golfo") not in kept  # its first piece is in the text, its last is not


@pytest.mark.parametrize("line", [
    "Mexican authorities arrested the suspect on Tuesday, officials said.",
    "Tom & Jerry&amp;co", "tab\there", "\x1b[31mred\x1b[0m", "Reportó el vocero.", "Ã©xito", "",
])
def test_plain_ascii_lines_are_left_as_ftfy_leaves_them(line):
    if is_plain_ascii(line):
        assert ftfy.fix_text(line, config=_FTFY) == line
    assert not is_plain_ascii("Tom &amp; Jerry") and not is_plain_ascii("a\x1b[0m") and not is_plain_ascii("Reportó")
    assert is_plain_ascii("Officials said the raid was part of a wider operation.")
