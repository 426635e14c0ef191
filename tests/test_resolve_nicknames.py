"""Resolution of a trafficker an article names by a nickname only, beside a namesake titled with an office elsewhere
(issue 10, round 18): "Omar Treviño Morales, alias “Z-42”" with no title is not "Police Commissioner Omar Treviño"."""

from __future__ import annotations

from pesquisa.resolve import EntityRef, resolve_entities
from pesquisa.resolve._nicknames import goes_by_nickname


def ref(doc: str, name: str, forms: list[str], *titles: str) -> EntityRef:
    return EntityRef(doc, f"{doc}:{name}", "person", name, forms=forms, titles=list(titles))


def clusters(refs: list[EntityRef]) -> list[set[str]]:
    return [{f"{m.document_id}:{m.name}" for m in e.members} for e in resolve_entities(refs)]


def test_resolve_nickname_keeps_a_titled_namesake_apart():
    got = clusters([ref("a", "Omar Treviño Morales", ["Omar Treviño Morales", "Z-42", "Treviño Morales"]),
                    ref("b", "Omar Treviño", ["Omar Treviño", "Treviño"], "Police Commissioner")])
    assert {"b:Omar Treviño"} in got, got


def test_resolve_without_nickname_or_title_names_still_join():
    got = clusters([ref("a", "Omar García Harfuch", ["Omar García Harfuch", "García Harfuch"]),
                    ref("b", "Omar García", ["Omar García"], "Security Secretary"),
                    ref("c", "Andrés Manuel López Obrador", ["Andrés Manuel López Obrador", "AMLO"]),
                    ref("d", "Andrés Manuel López", ["Andrés Manuel López"], "presidente")])
    assert {"a:Omar García Harfuch", "b:Omar García"} in got, got
    assert {"c:Andrés Manuel López Obrador", "d:Andrés Manuel López"} in got, got


def test_resolve_goes_by_nickname_reads_forms_sharing_no_name_word():
    assert goes_by_nickname(["joaquin", "guzman", "loera"], ["Joaquín Guzmán Loera", "El Chapo"])
    assert not goes_by_nickname(["joaquin", "guzman", "loera"], ["Joaquín Guzmán Loera", "Guzmán", "El Guzmán"])
    assert not goes_by_nickname(["andres", "manuel", "lopez", "obrador"], ["López Obrador", "AMLO"])
