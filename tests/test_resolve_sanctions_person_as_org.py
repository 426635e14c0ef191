"""A listed person the news reader took for an organization ("Chhota Shakeel, another key aide, remains in Pakistan"):
matched as the person when every part of the list name is written and no other; a group's name, a company's, or a
name that fits a person only in part, is not. Hand-written names."""

from __future__ import annotations

from pesquisa.resolve.sanctions import KBEntity, match_entity


def _org(name: str, key: str | None = None) -> KBEntity:
    return KBEntity(id="org-test", type="organization", name=name, key=key)


def _listed(index, entity: KBEntity) -> list[str]:
    return [m.list_id for m in match_entity(entity, index)]


def test_person_read_as_organization(sdn_index):
    [match] = match_entity(_org("Chhota Shakeel"), sdn_index)
    assert (match.list_id, match.entity_name) == ("13103", "Chhota Shakeel")
    assert "organization's" in match.evidence[-1]


def test_names_of_groups_and_partial_names_stay_apart(sdn_index):
    assert _listed(sdn_index, _org("Shakeel gang")) == []
    assert _listed(sdn_index, _org("Caro Quintero")) == []  # family names alone
    assert _listed(sdn_index, _org("Rafael Caro")) == []  # a given name and one family name: a person's only in part
    assert _listed(sdn_index, _org("Mohammed Ibrahim")) == []  # a common name alone, as for a person
