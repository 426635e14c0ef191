"""Sanctions matching of drug-trafficking organizations as news names them in English and Spanish (issue 12)."""

from __future__ import annotations

from pesquisa.resolve.sanctions import KBEntity, match_entity, org_key


def group(name: str) -> KBEntity:
    return KBEntity(id="org-test", type="organization", name=name)


def test_resolve_sanctions_a_drug_trafficking_organization_in_spanish_issue_12(sdn_index):
    assert org_key("Organización de Narcotráfico Ruelas Torres") == org_key("RUELAS TORRES DRUG TRAFFICKING ORGANIZATION")
    found = match_entity(group("Organización de Narcotráfico Ruelas Torres"), sdn_index)
    assert [(m.list_id, m.score) for m in found] == [("18956", 0.9)]
    # "la organización Ruelas Torres": the group without its designation, a little less sure
    assert [(m.list_id, m.score) for m in match_entity(group("Ruelas Torres"), sdn_index)] == [("18956", 0.85)]
    # "the Meza Flores drug-trafficking organization"
    assert [m.list_id for m in match_entity(group("Meza Flores Drug-Trafficking Organization"), sdn_index)] == ["15000"]


def test_resolve_sanctions_a_private_limited_company_named_without_its_form_issue_12(sdn_index):
    # "la empresa Khadija Ship Management" for KHADIJA SHIP MANAGEMENT PRIVATE LIMITED
    assert [m.list_id for m in match_entity(group("Khadija Ship Management"), sdn_index)] == ["27186"]


def test_resolve_sanctions_a_cartel_named_for_a_family_the_list_calls_an_organization_issue_12(sdn_index):
    # "el Cártel Arellano Félix", "the Arellano Felix cartel": ARELLANO FELIX ORGANIZATION, another word for the group
    for name, uid in [("Cártel Arellano Félix", "8236"), ("Cártel de los Arellano Félix", "8236"),
                      ("Arellano Felix Cartel", "8236"), ("Organización Hernández Salas", "40795"),
                      ("Meza Flores Cartel", "15000")]:
        assert [(m.list_id, m.score) for m in match_entity(group(name), sdn_index)] == [(uid, 0.8)], name
    # a company or a family of the same name is no group of that kind; a listed group's own name is as before
    assert match_entity(group("Grupo Arellano Félix"), sdn_index) == []
    assert match_entity(group("Arellano Félix S.A. de C.V."), sdn_index) == []
    assert [m.list_id for m in match_entity(group("Cártel de Sinaloa"), sdn_index)] == ["11440"]


def test_resolve_sanctions_a_business_by_its_trade_name_or_a_spaced_legal_form_issue_12(sdn_index):
    # "the Anarquía Paintball park in Hermosillo": TEMPLE DEL PITIC S.A. DE C.V., d.b.a. 'ANARQUIA PAINTBALL'
    found = match_entity(group("Anarquía Paintball"), sdn_index)
    assert [(m.list_id, m.score) for m in found] == [("11005", 0.85)]
    assert "d.b.a." in found[0].evidence[0]
    # "Mega Empacadora de Frutas, S. A. de C. V.": the legal form spaced as registries write it
    found = match_entity(group("Mega Empacadora de Frutas, S. A. de C. V."), sdn_index)
    assert [(m.list_id, m.score) for m in found] == [("12026", 0.9)]


def test_resolve_sanctions_two_companies_read_as_one_organization_issue_12(sdn_index):
    # "la UIF congeló las cuentas de Grupo Cinjab y Grupo Impergoza": the reader made one organization of the two
    found = match_entity(group("Grupo Cinjab y Grupo Impergoza"), sdn_index)
    assert sorted(m.list_id for m in found) == ["13419", "13420"]
    assert all("named together" in m.evidence[-1] for m in found)
    # a listed name with a "y" of its own matches whole ("Socialika Rentas y Catering"), seam at the first "y"
    found = match_entity(group("Grupo Impergoza y Socialika Rentas y Catering"), sdn_index)
    assert sorted(m.list_id for m in found) == ["13420", "15342"]
    assert [m.list_id for m in match_entity(group("Aceros y Refacciones del Humaya"), sdn_index)] == ["40382"]
    found = match_entity(group("Servicios Administrativos Fordtwoo and Corporativo TS Business Inc"), sdn_index)
    assert sorted(m.list_id for m in found) == ["39477", "39480"]
    # one side matching nothing gives nothing
    assert match_entity(group("Grupo Impergoza y Asociados"), sdn_index) == []
