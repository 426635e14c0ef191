"""Listed vessels named with no ship word, beside a ship of the same owner or the owner itself (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pesquisa.resolve.sanctions import match_sanctions


@pytest.fixture(scope="module")
def sdn_entries(sdn_path: Path) -> list:
    from pesquisa.ingest import SanctionEntry, read_ofac

    return [e for e in read_ofac(sdn_path) if isinstance(e, SanctionEntry)]


def vessels(entries, text: str) -> list[tuple[str, str]]:
    return sorted((m.entity_name, m.list_id) for m in match_sanctions([], entries, documents=[("doc-1", text)])
                  if m.entity_id.startswith("vessel-"))


def test_resolve_sanctions_sister_ships_named_without_a_ship_word_issue_12(sdn_entries):
    text = ("The Terepaima, a PDVSA-owned supertanker, sailed toward Asia. The U.S. Treasury sanctioned it in 2019. "
            "The Yare and the Paramaconi remained anchored near the terminal, shipping data showed.")
    assert vessels(sdn_entries, text) == [("Paramaconi", "28015"), ("Terepaima", "28016"), ("Yare", "28017")]


def test_resolve_sanctions_a_ship_named_beside_its_sanctioned_owner_issue_12(sdn_entries):
    text = ("Washington sanctioned Petróleos de Venezuela in 2019. Según datos de navegación, el Icaro zarpó del "
            "terminal de Jose con crudo Merey.")
    assert vessels(sdn_entries, text) == [("Icaro", "28012")]


def test_resolve_sanctions_names_of_places_and_plants_are_no_ships_issue_12(sdn_entries):
    # the owner is named and the page tells of sanctions, but the names are a refinery's and a sea's
    text = ("The Treasury sanctioned Petroleos de Venezuela, S.A. in 2019. The Amuay refinery was shut, and "
            "tankers crossed the Caribe. The tanker Terepaima sailed from Jose.")
    assert vessels(sdn_entries, text) == [("Terepaima", "28016")]
    # a listed ship's name without a ship word, but no ship of its owner and not its owner in the page
    assert vessels(sdn_entries, "The Treasury sanctioned four firms. The Yare remained a quiet river town.") == []
    # no word of sanctions in the page: the tanker named with its ship word only
    assert vessels(sdn_entries, "The tanker Terepaima docked in Jose. The Yare sailed on Monday.") \
        == [("Terepaima", "28016")]


def test_resolve_sanctions_a_ship_acting_after_an_apposition_issue_12(sdn_entries):
    text = ("The Treasury sanctioned Gallion Navigation last year. The NS Century, operated by Gallion Navigation, sailed "
            "near Cuba on Monday.")
    assert vessels(sdn_entries, text) == [("NS Century", "46290")]


def test_resolve_sanctions_ships_beside_their_owner_named_by_its_acronym_issue_12(sdn_entries):
    # PDVSA is how the news names PETROLEOS DE VENEZUELA, S.A. (the lexicon's alias); the ships follow one another
    text = ("The Treasury renewed sanctions on PDVSA's fleet. The Yare, the Paramaconi and the Icaro were among the "
            "vessels named, a statement said.")
    assert vessels(sdn_entries, text) == [("Icaro", "28012"), ("Paramaconi", "28015"), ("Yare", "28017")]


@pytest.mark.parametrize(("text", "expected"), [
    # a ship at rest after an apposition: "sat", "lay", "permanecía"
    ("Tankers owned by PDVSA remained idle under U.S. sanctions. The Terepaima, a PDVSA-owned supertanker, has been "
     "loaded for weeks. The Yare, also blacklisted, sat empty near the Jose terminal.",
     [("Terepaima", "28016"), ("Yare", "28017")]),
    ("Los tanqueros de Pdvsa siguen sancionados por la OFAC. El Paramaconi, según datos satelitales, permanecía "
     "fondeado frente a José.", [("Paramaconi", "28015")]),
    # a hotel or a refinery of the same name sits nowhere as a ship does
    ("PDVSA tankers remained idle under U.S. sanctions. The Caribe hotel, near the port, was fully booked.", []),
])
def test_resolve_sanctions_a_ship_at_rest_after_an_apposition(sdn_entries, text, expected):
    assert vessels(sdn_entries, text) == expected


def test_resolve_sanctions_a_ship_named_with_a_ship_word_elsewhere_keeps_every_mention(sdn_entries):
    docs = [("doc-1", "El tanquero Yare, sancionado por la OFAC, zarpó el martes rumbo a Asia."),
            ("doc-2", "PDVSA tankers stayed idle under U.S. sanctions. The Terepaima, a PDVSA-owned supertanker, was "
                      "loaded. The Yare, also blacklisted, sat empty near the terminal.")]
    yare = [m for m in match_sanctions([], sdn_entries, documents=docs) if m.list_id == "28017"]
    assert len(yare) == 1 and sorted(m["document_id"] for m in yare[0].mentions) == ["doc-1", "doc-2"]
