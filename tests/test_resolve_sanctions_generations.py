"""A father and a son of one name on the SDN list: the generation mark of the news ("Snr", "Jnr", "Jr.") picks the
entry, however the list writes it ("KINAHAN JUNIOR, Christopher Vincent", "GONZALEZ PIZANA JR., Rogelio")."""

from __future__ import annotations

import pytest
from _sanctions_helpers import listed, person

from pesquisa.lexicon import generation_of


def test_generation_marks_read_alike():
    assert generation_of(["christopher", "kinahan", "snr"]) == generation_of(["rafael", "caro", "sr"]) == "sr"
    assert generation_of(["christopher", "kinahan", "jnr"]) == generation_of(["rafael", "caro", "jr"]) == "jr"
    assert generation_of(["daniel", "kinahan"]) is None


@pytest.mark.parametrize(("name", "uids"), [
    # British and Irish papers mark father and son "Snr" and "Jnr"; the list marks only the son
    ("Christopher Kinahan Snr", ["34980"]),
    ("Christopher Kinahan Jnr", ["34993"]),
    ("Christopher Kinahan Jr.", ["34993"]),
    ("Christopher Vincent Kinahan Junior", ["34993"]),
    ("Christopher Kinahan", ["34980"]),  # unmarked: the father, whom the list writes unmarked
    # a son the list names alone, his mark inside the family part: with or without it in the news
    ("Rogelio González Pizana Jr.", ["11960"]),
    ("Rogelio González Pizana", ["11960"]),
    ("Ruben Pestano Lavilla Jr.", ["10853"]),
    # "Sr." in the news is the father: an unmarked entry
    ("Rafael Caro Quintero Sr.", ["6707"]),
    # the son of a listed father, and the father of a listed son: someone else
    ("Rafael Caro Quintero Jr.", []),
    ("Daniel Kinahan Jnr", []),
    ("Rogelio González Pizana Sr.", []),
    # "Junior" the list gives as a name is no mark
    ("Onofre Aguino Arboleda", ["22663"]),
])
def test_generation_picks_the_entry(sdn_index, name, uids):
    assert listed(sdn_index, person(name)) == uids
