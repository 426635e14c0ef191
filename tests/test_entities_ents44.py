"""People and bodies on hand-written pages of stop 43 (second round): a Spanish headline's visit verb before a
surname, a nickname with its article and no name, Punjab police forces, a body's head named after a comma.

None is taken from the shared evaluation corpus.
"""

from __future__ import annotations

from _entity_helpers import entity_names as _names


def test_entities_spanish_visit_verb_opening_a_headline_is_no_name(nlp_es):
    text = ("Llega Rubio a México para reunión de seguridad\n\n"
            "El secretario de Estado, Marco Rubio, llegó este miércoles a la capital.")
    people = _names(nlp_es, text, "person")
    assert "Marco Rubio" in people
    assert not any(n.startswith("Llega") for n in people)
