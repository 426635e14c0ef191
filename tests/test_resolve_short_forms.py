"""Two words that are no short form of a longer name holding them, across documents: with no given name, someone's
two surnames ("Cruz Sánchez"), not the given name and first surname of a longer name that opens with the same word
("Cruz Sánchez Medrano"); a given name that is the second of the longer name's two ("Carlos Félix" of "Juan Carlos
Félix Gastélum"). A known given name ("Roberto Velasco"), the longer name's own surnames ("García Harfuch") and a first
word and first surname skipping a second given name ("Raymundo Morales") still join. Hand-written names."""

from __future__ import annotations

import pytest

from pesquisa.resolve.entities import EntityRef, build_refs, resolve_entities


def _joined(short: str, long: str) -> bool:
    refs = [EntityRef(doc, f"{doc}:{name}", "person", name, forms=[name]) for doc, name in (("a", short), ("b", long))]
    return len(resolve_entities(refs)) == 1


@pytest.mark.parametrize(("short", "long"), [("Cruz Sánchez", "Cruz Sánchez Medrano"),
                                             ("Ochoa Reyes", "Ochoa Reyes Palacios"),
                                             ("Carlos Félix", "Juan Carlos Félix Gastélum"),
                                             ("Manuel Beltrán", "Juan Manuel Beltrán Ruiz")])
def test_resolve_two_words_that_are_no_short_form_do_not_join_a_longer_name(short, long):
    assert not _joined(short, long)


@pytest.mark.parametrize(("short", "long"), [("Roberto Velasco", "Roberto Velasco Álvarez"),
                                             ("García Harfuch", "Omar García Harfuch"),
                                             ("Luis Martínez", "Luis Ángel Martínez Cabrera"),
                                             ("Rafael Ojeda", "José Rafael Ojeda Durán")])
def test_resolve_a_given_name_or_the_surnames_still_join_the_longer_name(short, long):
    assert _joined(short, long)


@pytest.mark.parametrize(("short", "long"), [("Raymundo Morales", "Raymundo Pedro Morales Ángeles"),
                                             ("Eustacio Ramírez", "Eustacio Arturo Ramírez Solís")])
def test_resolve_a_first_word_and_first_surname_skipping_a_second_given_name_join(short, long):
    # "Navy Secretary Raymundo Morales" of a wire beside "almirante Raymundo Pedro Morales Ángeles": the first word is a
    # given name names.yaml lacks, yet the short form skips the longer name's second given name, as short forms do
    assert _joined(short, long)


def test_resolve_a_person_named_by_a_nickname_twice_keeps_the_name_across_documents():
    # "hermano de Nemesio Oseguera, “El Mencho”, ... El Mencho": the nickname is used more, the name still names him
    mentions = [("a", "p1", "person", "Nemesio Oseguera", "Nemesio Oseguera"), ("a", "p1", "person", "El Mencho", "El Mencho"),
                ("a", "p1", "person", "El Mencho", "El Mencho"),
                ("b", "p1", "person", "Nemesio Oseguera Cervantes", "Nemesio Oseguera Cervantes")]
    refs = build_refs(mentions, [])
    assert {r.name for r in refs} == {"Nemesio Oseguera", "Nemesio Oseguera Cervantes"}
    assert len(resolve_entities(refs)) == 1
