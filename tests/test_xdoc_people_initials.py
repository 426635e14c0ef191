"""A name written with an initial for a given name in one article ("Hector M. Luna") is the name written out in another
("Héctor Manuel Luna Salgado"); an initial that opens none of the given names, or the other name's only, is not.
Hand-written EN and ES names."""

from __future__ import annotations

from pesquisa.resolve._initials import written_out
from pesquisa.resolve.entities import EntityRef, resolve_entities
from pesquisa.resolve.names import NameIndex


def _ids(*names: tuple[str, str]) -> dict[str, str]:
    refs = [EntityRef(doc, "p1", "person", name, forms=[name]) for doc, name in names]
    return {m.document_id: e.id for e in resolve_entities(refs) for m in e.members}


def test_xdoc_people_an_initial_for_a_given_name_is_the_name_written_out():
    ids = _ids(("es", "Héctor Manuel Luna Salgado"), ("en", "Hector M. Luna"))
    assert ids["es"] == ids["en"]


def test_xdoc_people_an_initial_that_opens_another_name_stays_apart():
    ids = _ids(("es", "Héctor Manuel Luna Salgado"), ("en", "Hector R. Luna"))
    assert ids["es"] != ids["en"]
    assert not written_out(("j", "luna"), ("jorge", "luna"))  # one spelled part is too little to go on
    assert not written_out(("hector", "m", "luna"), ("hector", "luna", "salgado"))


def test_xdoc_people_initials_are_neighbours_both_ways_for_incremental_resolution():
    index = NameIndex([("hector", "manuel", "luna", "salgado"), ("hector", "m", "luna")])
    assert ("hector", "manuel", "luna", "salgado") in index.neighbours(("hector", "m", "luna"))
    assert ("hector", "m", "luna") in index.neighbours(("hector", "manuel", "luna", "salgado"))
