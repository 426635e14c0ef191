"""A listed company whose legal form compares as written ("PETROLEOS DE VENEZUELA, S.A.") named without it (issue 12)."""

from __future__ import annotations

from pesquisa.resolve.sanctions import KBEntity, match_entity


def listed(index, entity: KBEntity) -> list[str]:
    return [m.list_id for m in match_entity(entity, index)]


def test_resolve_sanctions_a_company_listed_with_sa_named_without_it_issue_12(sdn_index):
    assert listed(sdn_index, KBEntity(id="org-1", type="organization", name="Petróleos de Venezuela")) == ["26367"]
    assert listed(sdn_index, KBEntity(id="org-2", type="organization", name="Hotelera Mundial")) == ["19158"]


def test_resolve_sanctions_a_name_without_a_listed_companys_words_stays_apart_issue_12(sdn_index):
    # one word of the listed name is not the company; nor is the country's name
    assert listed(sdn_index, KBEntity(id="org-3", type="organization", name="Venezuela")) == []
    assert listed(sdn_index, KBEntity(id="org-4", type="organization", name="Hotelera Mundial de Cancún")) == []


def test_resolve_sanctions_pdvsa_named_by_its_acronym_issue_12(sdn_index):
    org = KBEntity(id="org-5", type="organization", name="PDVSA", key="ve-pdvsa")
    assert listed(sdn_index, org) == ["26367"]
