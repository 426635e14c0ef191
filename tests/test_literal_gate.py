"""A pattern searched only over the lines that hold its run of plain characters finds what the plain search finds."""

import re

from pesquisa._literal_gate import LiteralGate, branch_gate, required_literal
from pesquisa.lexicon import load_lexicon

LINES = [
    "Todos los derechos reservados. Queda prohibida la reproducción total o parcial de esta nota.",
    "TODOS LOS DERECHOS RESERVADOS",
    "Esta nota se encuentra en desarrollo y será actualizada.",
    "This story has been updated with a statement from the Mexican Foreign Ministry.",
    "THIS STORY HAS BEEN UPDATED.",
    "Sign up for our newsletter to get the day's top stories delivered to your inbox.",
    "Suscríbete a nuestro boletín",
    "Las opiniones expresadas son responsabilidad exclusiva de sus autores.",
    "El fiscal dijo que los detenidos fueron trasladados al penal de Puente Grande.",
    "Prosecutors said the two men were arrested at the San Ysidro port of entry on Tuesday.",
    # characters ``re`` takes for others under re.I: a long s, a dotless i, a dotted capital I
    "All rightſ reserved",
    "thıs story has been updated",
    "THİS STORY HAS BEEN UPDATED",
    "Suſcríbete a nueſtro boletín",
    "Elementos de la Guardia Nacional resguardan la zona. Foto: Cuartoscuro",
    "Agents inspect a truck at the Laredo crossing. (AP Photo/Eric Gay)",
    "(Archivo)",
    "",
]


def test_required_literal_is_a_run_every_match_holds():
    assert required_literal(r"\bsole responsibility of\b", re.I) == "sole responsibility of"
    # (re itself takes the "e" the two words share out of the group)
    assert required_literal(r"\b(es|son) responsabilidad (estricta|exclusiva) de\b", re.I) == " responsabilidad e"
    assert required_literal(r"\bAll (rights) reserved\b") == "all rights reserved"  # a group matched once is in sequence
    assert required_literal(r"\b(this )?(text|transcript) may not be", re.I) == " may not be"
    assert required_literal(r"^(a|b)c?$") == ""  # no run of three plain characters
    assert required_literal(r"\b(?:x|y)\b") == ""


def test_the_gate_finds_what_the_plain_search_finds_on_the_boilerplate_cues():
    bp = load_lexicon().boilerplate
    for patterns in ([bp["disclaimer"], *bp["appeal"]], [*bp["cta"], *bp["reading_path"], bp["note_header"]], bp["credit"]):
        whole = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
        gate = branch_gate(patterns, re.I)
        for line in LINES + [line.upper() for line in LINES] + [line.lower() for line in LINES]:
            assert gate.any_search(line) == bool(whole.search(line)), line
    cased = re.compile("|".join(f"(?:{p})" for p in bp["credit_cased"]))  # the photo credits written in capitals
    for line in LINES + [line.upper() for line in LINES]:
        assert branch_gate(bp["credit_cased"]).any_search(line) == bool(cased.search(line)), line


def test_a_line_with_a_character_re_reads_as_another_is_searched_with_every_pattern():
    gate = LiteralGate([re.compile(r"\ball rights reserved\b", re.I), re.compile(r"\bthis story\b", re.I)])
    assert gate.any_search("ALL RIGHTS RESERVED")
    assert gate.any_search("All rightſ reserved")  # "ſ" is an "s" to re.I, not to str.lower
    assert gate.any_search("THİS STORY")  # "İ" is an "i" to re.I, "i̇" to str.lower
    assert gate.any_search("thıs story")
    assert not gate.any_search("All rights are reserved")
