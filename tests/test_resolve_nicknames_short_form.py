"""A short name that fits two longer ones (a father and his son of the same given name and first surname) joins the
one going by the nickname its article gives (issue 11)."""

from __future__ import annotations

from _store_helpers import exported_documents

from pesquisa.records import RawDocument
from pesquisa.resolve import EntityRef, resolve_entities


def _ref(doc: str, name: str, *forms: str) -> EntityRef:
    return EntityRef(doc, f"{doc}:{name}", "person", name, forms=[name, *forms])


def _homes(refs: list[EntityRef]) -> dict[str, str]:
    return {f"{m.document_id}:{m.name}": e.id for e in resolve_entities(refs) for m in e.members}


def test_resolve_nicknames_short_form_joins_the_one_going_by_its_nickname():
    homes = _homes([_ref("a", "Joaquín Guzmán Loera", "El Chapo"), _ref("a", "Joaquín Guzmán López"),
                    _ref("b", "Joaquín Guzmán", "El Chapo")])
    assert homes["b:Joaquín Guzmán"] == homes["a:Joaquín Guzmán Loera"] != homes["a:Joaquín Guzmán López"]


def test_resolve_nicknames_short_form_without_a_telling_nickname_joins_neither():
    homes = _homes([_ref("a", "Joaquín Guzmán Loera", "El Chapo"), _ref("a", "Joaquín Guzmán López", "El Güero"),
                    _ref("b", "Joaquín Guzmán")])
    assert homes["b:Joaquín Guzmán"] not in {homes["a:Joaquín Guzmán Loera"], homes["a:Joaquín Guzmán López"]}
    both = _homes([_ref("a", "Pedro Ruiz Soto", "El Flaco"), _ref("c", "Pedro Ruiz Mena", "El Flaco"),
                   _ref("b", "Pedro Ruiz", "El Flaco")])
    assert both["b:Pedro Ruiz"] not in {both["a:Pedro Ruiz Soto"], both["c:Pedro Ruiz Mena"]}


def test_resolve_nicknames_short_form_in_two_outlets_arrest(tmp_path):
    docs = [
        RawDocument(source="wire.txt", published="2026-06-02", raw=(
            "Marinos detuvieron este lunes en Mazatlán, Sinaloa, a Heriberto Lizárraga Osuna, alias \"El Tigre\", "
            "hijo de Heriberto Lizárraga Beltrán, quien fue extraditado a Estados Unidos en 2021.")),
        RawDocument(source="portal.txt", published="2026-06-01", raw=(
            "Mazatlán, Sinaloa.- Elementos de la Secretaría de Marina detuvieron la mañana de este lunes a Heriberto "
            "Lizárraga, alias \"El Tigre\", en la colonia Centro.")),
    ]
    people = {source: {e["name"]: e["id"] for e in d["entities"] if e["type"] == "person"}
              for source, d in exported_documents(tmp_path, docs).items()}
    short = next(i for n, i in people["portal.txt"].items() if "Lizárraga" in n)
    assert short == people["wire.txt"]["Heriberto Lizárraga Osuna"] != people["wire.txt"]["Heriberto Lizárraga Beltrán"]
