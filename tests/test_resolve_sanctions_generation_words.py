"""A generation mark written out in the news ("Senior", "Junior", "hijo", "padre"), inside the name the reader took
("Christopher Kinahan Senior") or right after it ("Rafael Caro Quintero hijo, de 35 años"): it picks the father or
the son, and is no name part the list name must hold. Hand-written EN/ES names and sentences."""

from __future__ import annotations

import pytest
from _sanctions_helpers import listed, person

from pesquisa.resolve.sanctions import MentionContext


@pytest.mark.parametrize(("name", "uids"), [
    ("Christopher Kinahan Senior", ["34980"]),  # the father, whom the list writes unmarked
    ("Christopher Vincent Kinahan Senior", ["34980"]),
    ("Christopher Kinahan Junior", ["34993"]),
    ("Rafael Caro Quintero hijo", []),  # the son of the listed Rafael Caro Quintero
    ("Rafael Caro Quintero padre", ["6707"]),
    ("Onofre Junior Aguino Arboleda", ["22663"]),  # "Junior" the list holds as a given name
])
def test_written_out_mark_in_the_name(sdn_index, name, uids):
    assert listed(sdn_index, person(name)) == uids


def _said(name: str, after: str) -> MentionContext:
    return MentionContext(before="Autoridades buscan a ", text=name, after=after, published="2025-05-04")


def test_mark_right_after_the_name_is_the_son(sdn_index):
    son = person("Rafael Caro Quintero", contexts=(_said("Rafael Caro Quintero", " hijo, de 35 años, tras la "
                                                                                  "extradición de su padre."),))
    assert listed(sdn_index, son) == []


def test_son_of_is_no_mark(sdn_index):
    # "hijo de" tells whose son he is; the name is his own and listed as such
    ovidio = person("Ovidio Guzmán López", contexts=(_said("Ovidio Guzmán López", " hijo de Joaquín Guzmán Loera, "
                                                                                   "fue extraditado."),))
    assert listed(sdn_index, ovidio) == ["13149"]


def test_one_unmarked_full_mention_keeps_the_name(sdn_index):
    # the father written in full without a mark elsewhere in the news: the entity is not only the son
    father = person("Rafael Caro Quintero", contexts=(_said("Rafael Caro Quintero", " hijo fue visto en Sonora."),
                                                       _said("Rafael Caro Quintero", ", de 72 años, fue detenido.")))
    assert listed(sdn_index, father) == ["6707"]
