"""Listed companies named in English and Spanish news without their legal form, where no entity was extracted (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pesquisa.resolve.sanctions import KBEntity, match_sanctions
from pesquisa.resolve.sanctions._companies import company_matches


@pytest.fixture(scope="module")
def sdn_entries(sdn_path: Path) -> list:
    from pesquisa.ingest import SanctionEntry, read_ofac

    return [e for e in read_ofac(sdn_path) if isinstance(e, SanctionEntry)]


def found(entries, text: str) -> list[tuple[str, str]]:
    return sorted((m.entity_name, m.list_id) for m in company_matches([("doc-1", text)], entries))


def test_resolve_sanctions_companies_told_in_a_sentence_of_companies_issue_12(sdn_entries):
    assert found(sdn_entries, "OFAC also designated a Tijuana wholesaler and Kontroles Electronicos de Baja California, "
                              "an electronics store.") == [("Kontroles Electronicos de Baja California", "9386")]
    assert found(sdn_entries, "El Tesoro incluyó en su lista negra a las empresas Asesores Turísticos y Playa Mar, "
                              "señaladas por lavar dinero.") == [("Asesores Turísticos", "18823"), ("Playa Mar", "9971")]
    (match,) = company_matches([("doc-1", "Treasury also named Toys Factory, a toy importer in Culiacán.")], sdn_entries)
    assert (match.list_id, match.mentions[0]["start"], match.mentions[0]["text"]) == ("10638", 20, "Toys Factory")


def test_resolve_sanctions_no_company_without_a_cue_or_in_a_longer_name_issue_12(sdn_entries):
    # no word of companies in the sentence; a listed name inside a longer one; places and common words
    assert found(sdn_entries, "Tourists crowded Playa Mar on Sunday.") == []
    assert found(sdn_entries, "La empresa Playa Mar Hotel abrió una sucursal en Mazatlán.") == []
    assert found(sdn_entries, "The Treasury sanctioned companies in Hong Kong, Baja California and Costa Rica.") == []
    # a word for a company elsewhere in the sentence is no cue: it must stand right before the name or end its apposition
    assert found(sdn_entries, "The company's offices faced Playa Mar, a beach north of Mazatlán.") == []
    assert found(sdn_entries, "Offices faced Playa Mar, a Mazatlán real estate firm.") == [("Playa Mar", "9971")]


def test_resolve_sanctions_a_company_an_entity_matched_is_not_matched_twice_issue_12(sdn_entries):
    text = "Las empresas Asesores Turísticos y Playa Mar fueron sancionadas."
    entity = KBEntity(id="org-1", type="organization", name="Asesores Turísticos")
    matches = match_sanctions([entity], sdn_entries, documents=[("doc-1", text)])
    assert sorted((m.entity_id[:8], m.list_id) for m in matches) == [("company-", "9971"), ("org-1", "18823")]
