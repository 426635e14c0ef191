"""People counted after a definite article as the subject of their own arrest: "Los tres tripulantes fueron
capturados", "The four passengers were detained". The article usually refers back ("the two countries"), but people an
arrest took that the text had not named before are a new fact; "Dos hombres huyeron ... Los dos hombres fueron
detenidos" names them again and adds nothing."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner

# the passive after the noun: "fueron capturados", "were later arrested", "han sido detenidos"
PASSIVE = r"\s*WORDS\s+"


def taken_by_an_arrest(scan: Scanner, d: Draft) -> bool:
    """True when the people counted by ``d`` are the subject of a passive arrest right after them, and their noun was not
    in the text before."""
    if not d.item_words or d.item_words.split()[-1] not in scan.words("arrestable_people"):
        return False
    arrest = scan.rx("WORDS(?![a-z])", "arrest_words")
    m = scan.rx(PASSIVE, "passive_auxiliaries").match(scan.scan, d.end)
    if m is None or not (arrest.match(scan.scan, m.end()) or arrest.match(scan.scan, scan.scan.find(" ", m.end()) + 1)):
        return False
    return re.search(r"(?<![a-z])" + re.escape(d.item_words.split()[-1]) + r"(?![a-z])", scan.scan[:d.start]) is None
