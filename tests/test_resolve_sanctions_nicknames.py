"""Sanctions matching of nicknames set in quotes after a name, and of a.k.a.s the list writes family first (issue 12)."""

from __future__ import annotations

from _sanctions_helpers import listed, person

from pesquisa.resolve.sanctions import MentionContext, match_entity


def sanction_notes(index, entity) -> list[str]:
    """The evidence notes of the entity's matches."""
    return [note for m in match_entity(entity, index) for note in m.evidence]


def test_resolve_sanctions_a_quoted_nickname_after_the_name_is_an_alias_issue_12(sdn_index):
    # "Fausto Isidro Meza, 'El Chapo Isidro', líder de ...": the name fits MEZA FLORES and MEZA ANGULO (both Fausto
    # Isidro); the nickname in quotes after it is the first one's a.k.a. ('ISIDRO, Chapo')
    meza = MentionContext("la segunda por ", "Fausto Isidro Meza", ", 'El Chapo Isidro', líder de una facción de",
                          "2024-03-20")
    assert listed(sdn_index, person("Fausto Isidro Meza", contexts=(meza,))) == ["15001"]
    wire = MentionContext("the Treasury said ", "Fausto Isidro Meza", ', "Chapo Isidro," runs a faction', "2024-03-20")
    assert listed(sdn_index, person("Fausto Isidro Meza", contexts=(wire,))) == ["15001"]
    # in brackets: 'Liborio Nunez ("Karateca")', NUNEZ AGUIRRE, Liborio, a.k.a. 'Karateca'
    nunez = MentionContext("", "Liborio Nunez", ' ("Karateca"), a Sinaloa trafficker, was sentenced', "2025-06-11")
    assert "alias 'karateca' is an a.k.a. of the entry" in sanction_notes(sdn_index, person("Liborio Nunez", contexts=(nunez,)))
    # a quote of what he said is no nickname, and the name alone cannot tell the two entries apart
    said = MentionContext("", "Fausto Isidro Meza", ', "Yo no tengo nada que ver con eso", dijo su abogado', "2024-03-20")
    assert listed(sdn_index, person("Fausto Isidro Meza", contexts=(said,))) == []


def test_resolve_sanctions_a_nickname_of_neither_namesake_tells_none_issue_12(sdn_index):
    # "Fausto Isidro Meza, alias 'El Güero'": the nickname is no a.k.a. of MEZA FLORES, which has a.k.a.s; that says
    # nothing for MEZA ANGULO, which has none: both still share the name
    guero = MentionContext("", "Fausto Isidro Meza", ", alias 'El Güero', fue detenido", "2024-03-20")
    assert listed(sdn_index, person("Fausto Isidro Meza", aliases=("El Güero",), contexts=(guero,))) == []


def test_resolve_sanctions_an_aka_written_family_first_is_read_in_the_news_order_issue_12(sdn_index):
    # the list's a.k.a. 'ISIDRO, Chapo' is "El Chapo Isidro" in the news
    meza = MentionContext("", "Fausto Isidro Meza", " fue sancionado por el Tesoro", "2024-03-20")
    assert listed(sdn_index, person("Fausto Isidro Meza", aliases=("El Chapo Isidro",), contexts=(meza,))) == ["15001"]
