"""Issue 11: the same person across documents and languages where only the role tells.

A name fitting two longer names ("Juan Carlos López" of the sanctioned businessman Juan Carlos López Hernández and the
mayor Juan Carlos López Ramírez) joins the one whose role agrees; an ambiguous short given name ("Alex" for Alejandro
or Alexander) joins the full form of the same surname only where the role agrees ("Sen. Alex Padilla", "el senador
Alejandro Padilla"), never a namesake of another role."""

from __future__ import annotations

from pesquisa.resolve import EntityRef
from pesquisa.resolve._roles import roles_of, roles_told
from pesquisa.resolve.entities import resolve_entities


def _person(doc: str, name: str, *, titles: tuple[str, ...] = (), roles: tuple[str, ...] = ()) -> EntityRef:
    return EntityRef(doc, "p1", "person", name, forms=[name], titles=list(titles), roles=set(roles))


def _homes(refs: list[EntityRef]) -> dict[str, str]:
    return {m.document_id: e.id for e in resolve_entities(refs) for m in e.members}


def test_resolve_roles_told_beside_a_name_in_english_and_spanish():
    assert roles_told("Today, OFAC sanctioned ", ", a Nuevo Laredo businessman, who owns") == {"business"}
    assert roles_told("Entre los sancionados está el empresario ", ", propietario de las casas") == {"business"}
    assert roles_of("El alcalde de Anáhuac") == {"mayor"} and roles_of("Sen.") == {"senator"}
    assert roles_told("The mayor said that ", " met the press.") == set()  # another clause, not this name's role


def test_resolve_roles_short_name_joins_the_longer_name_of_its_role():
    refs = [_person("d1", "Juan Carlos López Hernández", roles=("business",)),
            _person("d2", "Juan Carlos López", roles=("business",)),
            _person("d3", "Juan Carlos López Ramírez", titles=("El alcalde de Anáhuac",))]
    homes = _homes(refs)
    assert homes["d2"] == homes["d1"] and homes["d3"] != homes["d1"]


def test_resolve_roles_short_name_with_no_role_joins_neither():
    refs = [_person("d1", "Juan Carlos López Hernández", roles=("business",)), _person("d2", "Juan Carlos López"),
            _person("d3", "Juan Carlos López Ramírez", titles=("alcalde",))]
    homes = _homes(refs)
    assert len({homes["d1"], homes["d2"], homes["d3"]}) == 3


def test_resolve_roles_ambiguous_short_given_name_joins_where_the_role_agrees():
    refs = [_person("d1", "Alex Padilla", titles=("Sen.",)), _person("d2", "Alejandro Padilla", titles=("El senador",))]
    homes = _homes(refs)
    assert homes["d1"] == homes["d2"]


def test_resolve_roles_ambiguous_short_given_name_keeps_apart_another_role_or_none():
    mayor = _homes([_person("d1", "Alex Padilla", titles=("Sen.",)), _person("d2", "Alejandro Padilla", titles=("alcalde",))])
    assert mayor["d1"] != mayor["d2"]
    untold = _homes([_person("d1", "Alex Padilla"), _person("d2", "Alejandro Padilla")])
    assert untold["d1"] != untold["d2"]


def test_resolve_roles_a_mexican_deputy_is_no_us_representative():
    """"Rep. Alex Morales", a Texas lawmaker, and "el diputado Alejandro Morales" hold two offices of two countries."""
    homes = _homes([_person("d1", "Alex Morales", titles=("State Rep.",)), _person("d2", "Alejandro Morales", titles=("diputado",))])
    assert homes["d1"] != homes["d2"]
    assert roles_told("El diputado federal ", " presentó una iniciativa") == {"deputy"}
    assert roles_told("El asesor fiscal ", " dijo") == set()
