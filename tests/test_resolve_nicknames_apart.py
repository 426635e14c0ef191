"""Issue 12: two articles naming a man by one given name and surname, each with a nickname of his own ("«El Güero»"
and "alias «El Tuerto»"), name two people, not one; the same nickname in both keeps one person. Hand-written pages,
ingested together and one after the other (the ids must not depend on the order)."""

from __future__ import annotations

import pytest
from test_resolve_namesakes import _sources

from pesquisa.resolve._nicknames import nicknames, nicknames_apart

VENDOR = {"url": "https://example.test/en/vendor-bridge", "title": "Vendor says he is stopped at the bridge",
          "published": "2025-04-02",
          "text": "Vendor says he is stopped at the bridge\n\nEL PASO, Texas — Marcelo Ontiveros, \"El Güero,\" has sold "
                  "elotes near the Stanton Street bridge for twenty years. Ontiveros said officers stopped him twice "
                  "this month.\n"}
GUNMAN = {"url": "https://example.test/es/vinculan-tuerto", "title": "Vinculan a proceso a «El Tuerto»",
          "published": "2025-04-05",
          "text": "Vinculan a proceso a «El Tuerto»\n\nLa Fiscalía General de la República obtuvo vinculación a proceso "
                  "contra Marcelo Ontiveros Beltrán, alias \"El Tuerto\", por portación de armas de uso exclusivo del "
                  "Ejército. Ontiveros Beltrán fue detenido en Ciudad Juárez.\n"}
SAME = {"url": "https://example.test/es/sentencia-tuerto", "title": "Sentencian a «El Tuerto»",
        "published": "2025-05-05",
        "text": "Sentencian a «El Tuerto»\n\nUn juez de Chihuahua sentenció a Marcelo Ontiveros, \"El Tuerto\", a 12 años "
                "de prisión. Ontiveros fue detenido en abril.\n"}


@pytest.mark.parametrize("order", ["together", "vendor first", "gunman first"])
def test_resolve_nicknames_apart_two_nicknames_are_two_people_issue_12(tmp_path, order):
    batches = {"together": [[VENDOR, GUNMAN]], "vendor first": [[VENDOR], [GUNMAN]], "gunman first": [[GUNMAN], [VENDOR]]}
    people = _sources(tmp_path / "kb.sqlite", *batches[order], by="id")
    assert {"vendor-bridge"} in people.values() and {"vinculan-tuerto"} in people.values()


@pytest.mark.parametrize("order", ["together", "short first"])
def test_resolve_nicknames_apart_one_nickname_keeps_one_person(tmp_path, order):
    batches = {"together": [[GUNMAN, SAME]], "short first": [[SAME], [GUNMAN]]}
    people = _sources(tmp_path / "kb.sqlite", *batches[order], by="id")
    assert {"vinculan-tuerto", "sentencia-tuerto"} in people.values()


def test_resolve_nicknames_apart_reads_forms_sharing_no_name_word():
    parts = ["joaquin", "guzman", "loera"]
    assert nicknames(parts, ['Joaquín "El Chapo" Guzmán', "El Chapo", "Guzmán", "JGL"]) == {"chapo"}
    assert nicknames_apart(frozenset({"guero"}), frozenset({"barbon"}))
    assert not nicknames_apart(frozenset({"guero"}), frozenset())
    assert not nicknames_apart(frozenset({"mayo", "mz"}), frozenset({"mayo"}))
