"""Listed groups and companies named by one word of their listed name, and ships listed after "the vessels named
were" (issue 12). Hand-written EN and ES sentences against the real SDN list."""

from __future__ import annotations

import pytest

from pesquisa.resolve.sanctions import KBEntity, MentionContext, match_entity
from pesquisa.resolve.sanctions._vessels import vessel_matches


def org(name: str, *contexts: tuple[str, str]) -> KBEntity:
    return KBEntity(id="org-test", type="organization", name=name,
                    contexts=[MentionContext(before, name, after, "2024-02-23") for before, after in contexts])


def test_a_group_named_by_its_article_and_one_word(sdn_index):
    # LOS HUISTAS DRUG TRAFFICKING ORGANIZATION, a.k.a. LOS HUISTAS DTO
    assert [m.list_id for m in match_entity(org("Los Huistas"), sdn_index)] == ["32452"]
    assert [m.list_id for m in match_entity(org("Cártel de Los Huistas"), sdn_index)] == ["32452"]
    assert [m.list_id for m in match_entity(org("Los Pochos"), sdn_index)] == ["26785"]
    # the word alone, or a name the list holds as a person's: no group
    assert match_entity(org("Huistas"), sdn_index) == []
    assert match_entity(org("Los Flores"), sdn_index) == []


SANCTIONED = ("The US Treasury on Friday sanctioned tankers managed by the Russian shipping giant ",
              ", tightening pressure on Moscow.")
PLAIN = ("Russian state shipping giant ", " reported higher freight rates for the quarter, the company said.")


def test_a_company_named_by_the_one_word_beside_its_legal_form(sdn_index):
    # JOINT STOCK COMPANY SOVCOMFLOT, named in a mention that tells of sanctions
    assert [m.list_id for m in match_entity(org("Sovcomflot", SANCTIONED), sdn_index)] == ["34741"]
    # the same word where nothing tells of sanctions, or a short common word ("JOINT STOCK COMPANY STAR"): none
    assert match_entity(org("Sovcomflot", PLAIN), sdn_index) == []
    assert match_entity(org("Star", SANCTIONED), sdn_index) == []


@pytest.fixture(scope="module")
def sdn_entries(sdn_path) -> list:
    from pesquisa.ingest import SanctionEntry, read_ofac

    return [e for e in read_ofac(sdn_path) if isinstance(e, SanctionEntry)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Treasury sanctioned 14 tankers. Among the vessels named were the NS Captain and the Sakhalin Island, both of "
     "which called at Indian ports.", [("NS Captain", "47007"), ("Sakhalin Island", "47015")]),
    ("The tankers designated include the NS Lion and the Krymsk, the Treasury said.",
     [("Krymsk", "47037"), ("NS Lion", "46976")]),
    ("Entre los buques sancionados por el Departamento del Tesoro figuran el NS Consul y el Georgy Maslov.",
     [("Georgy Maslov", "46991"), ("NS Consul", "47003")]),
])
def test_ships_listed_after_the_vessels_named_were(sdn_entries, text, expected):
    assert sorted((m.entity_name, m.list_id) for m in vessel_matches([("doc-1", text)], sdn_entries)) == expected


@pytest.mark.parametrize(("name", "uids"), [
    # SINALOA CARTEL, f.k.a. 'GUADALAJARA CARTEL': the cartel of the 1980s is not the listed one
    ("Guadalajara Cartel", []),
    ("Cártel de Guadalajara", []),
    ("Cártel de Sinaloa", ["11440"]),
    ("Sinaloa Cartel", ["11440"]),
])
def test_a_groups_former_name_is_no_match(sdn_index, name, uids):
    assert [m.list_id for m in match_entity(org(name), sdn_index)] == uids
