"""Listed companies and vessels as the trade and the regional press name them: a company told of beside the SDN list
by its Colombian name ("la Lista Clinton"), a one-word company written with its legal form ("Viscaya Ltda."), and a
ship after the trade's word for its kind ("the VLCC Dune"). Hand-written EN/ES sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from pesquisa.resolve.sanctions._companies import company_matches
from pesquisa.resolve.sanctions._vessels import vessel_matches


@pytest.fixture(scope="module")
def sdn_entries(sdn_path: Path) -> list:
    from pesquisa.ingest import SanctionEntry, read_ofac

    return [e for e in read_ofac(sdn_path) if isinstance(e, SanctionEntry)]


def companies(entries, text: str) -> list[tuple[str, str]]:
    return sorted((m.entity_name, m.list_id) for m in company_matches([("doc-1", text)], entries))


def vessels(entries, text: str) -> list[tuple[str, str]]:
    return [(m.entity_name, m.list_id) for m in vessel_matches([("doc-1", text)], entries)]


def test_companies_beside_the_lists_colombian_name(sdn_entries):
    assert companies(sdn_entries, "En la Lista Clinton siguen Viscaya Ltda. y Vigilar Colombia, dos firmas de Cali.") \
        == [("Vigilar Colombia", "11910"), ("Viscaya Ltda", "7295")]
    assert companies(sdn_entries, "Vigilar Colombia remains on the OFAC list, the registry said.") \
        == [("Vigilar Colombia", "11910")]


def test_a_one_word_company_needs_its_legal_form_or_a_longer_name_is_another(sdn_entries):
    assert companies(sdn_entries, "En la Lista Clinton sigue la firma Viscaya, de Cali.") == []  # the bare word
    # another company of a longer name, told beside the list
    assert companies(sdn_entries, "La Lista Clinton no incluye a Vigilar Colombia Seguridad Privada S.A.S.") == []


def test_a_ship_after_the_trades_word_for_its_kind(sdn_entries):
    assert vessels(sdn_entries, "The VLCC Dune, also on the OFAC list, was seen off Malaysia.") == [("Dune", "25736")]
    assert vessels(sdn_entries, "The VLCC Dune Star sailed to Qingdao after sanctions were lifted.") == []
