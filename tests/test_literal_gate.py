"""A pattern searched only over the lines that hold the strings every match of it holds finds what the plain search
finds."""

import re

from pesquisa._literal_gate import LiteralGate, branch_gate
from pesquisa._required import caseless, holds, required
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


def test_the_strings_a_gated_pattern_needs_are_ones_every_match_holds():
    assert ("sole responsibility of",) in required(re.compile(r"\bsole responsibility of\b", re.I))
    assert all(" responsabilidad " in s for s in required(re.compile(r"\b(es|son) responsabilidad (estricta|exclusiva) de\b", re.I))[0])
    # (a choice whose branch ends in optional characters is not joined to what follows it: "the author's own")
    assert holds(required(re.compile(r"\b(their|the author['’]?s?) own\b", re.I)), caseless("the author's own"))
    assert ("all rights reserved",) in required(re.compile(r"\bAll (rights) reserved\b"))  # a group matched once: in sequence
    assert required(re.compile(r"\b(this )?(text|transcript) may not be", re.I)) == (("text may not be", "transcript may not be"),)
    assert required(re.compile(r"^(a|b)c?$")) is None  # nothing of two characters in every match
    assert required(re.compile(r"\b(?:x|y)\b")) is None


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
