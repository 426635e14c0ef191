"""Listed vessels named in English and Spanish news after a word that says a ship comes (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pesquisa.resolve.sanctions._vessels import vessel_matches


@pytest.fixture(scope="module")
def sdn_entries(sdn_path: Path) -> list:
    from pesquisa.ingest import SanctionEntry, read_ofac

    return [e for e in read_ofac(sdn_path) if isinstance(e, SanctionEntry)]


def found(entries, *texts: str) -> list[tuple[str, str]]:
    return [(m.entity_name, m.list_id) for m in vessel_matches([(f"doc-{i}", t) for i, t in enumerate(texts)], entries)]


def test_resolve_sanctions_a_listed_tanker_named_after_its_cue_issue_12(sdn_entries):
    assert found(sdn_entries, "One of the ships, the tanker Forest, had been sanctioned in June, officials said.") \
        == [("Forest", "15049")]
    assert found(sdn_entries, "El buque petrolero Fortune atracó en el puerto de El Palito con gasolina iraní.") \
        == [("Fortune", "15068")]
    assert found(sdn_entries, "Treasury blacklisted the Iranian oil tanker Adrian Darya 1 and its captain.") \
        == [("Adrian Darya 1", "27304")]
    assert found(sdn_entries, "Prosecutors seized sanctioned crude loaded on a vessel named Sinopa.") \
        == [("Sinopa", "15090")]



def test_resolve_sanctions_listed_vessels_named_one_after_another_issue_12(sdn_entries):
    # after a plural ship word, names joined by "and", "y" or commas are each a vessel
    assert sorted(found(sdn_entries, "The United States sanctioned the tankers Starla and Diona last year.")) \
        == [("Diona", "25729"), ("Starla", "15902")]
    assert sorted(found(sdn_entries, "Los buques petroleros Forest, Fortune y Golsan, sancionados por EU, zarparon.")) \
        == [("Forest", "15049"), ("Fortune", "15068"), ("Golsan", "25306")]
    # after one ship, the next capitalized word is not another: "the tanker Forest and Fortune magazine"
    assert found(sdn_entries, "A report on the tanker Forest and Fortune magazine's story drew attention.") \
        == [("Forest", "15049")]


def test_resolve_sanctions_a_listed_vessel_named_before_its_apposition_issue_12(sdn_entries):
    (match,) = vessel_matches([("doc-1", "Investigators tracked the Sinopa, an Iranian-flagged tanker, near Malaysia.")],
                              sdn_entries)
    assert (match.entity_name, match.list_id) == ("Sinopa", "15090")
    assert match.evidence[0] == "'Sinopa' written before an apposition ending in 'tanker' = vessel list name 'SINOPA'"
    assert found(sdn_entries, "Llegó el Golsan, un buque sancionado por el Tesoro, a La Guaira.") == [("Golsan", "25306")]
    # no article before the name: a person or a place before a ship apposition is no vessel
    assert found(sdn_entries, "Prosecutors said Forest, a ship broker, helped the scheme.") == []



def test_resolve_sanctions_a_listed_vessel_after_a_nationality_or_a_comma_issue_12(sdn_entries):
    # Spanish writes the ship's nationality between the word and the name; English may set the name off by commas
    assert found(sdn_entries, "El buque petrolero iraní Fortune atracó el domingo en El Palito.") == [("Fortune", "15068")]
    assert found(sdn_entries, "The tanker, Adrian Darya 1, was sighted off Syria on Friday.") \
        == [("Adrian Darya 1", "27304")]
    # an unlisted name in a list of ships does not end the list
    assert sorted(found(sdn_entries, "Le seguirán los tanqueros iraníes Forest, Petunia, Faxon y Clavel.")) \
        == [("Faxon", "25708"), ("Forest", "15049")]
    # any other word between the ship word and a name is not a nationality: "the vessel sailed to Forest" is no ship
    assert found(sdn_entries, "Officials said the vessel sailed to Forest Hills in May.") == []



def test_resolve_sanctions_a_one_word_vessel_name_needs_sanctions_or_its_kind_issue_12(sdn_entries):
    # FORTUNA (a Russian vessel of no listed type) is not the merchant ship of a story that tells of no sanction
    assert found(sdn_entries, "El barco mercante Fortuna encalló frente al puerto de Manzanillo.") == []
    assert found(sdn_entries, "El barco Fortuna, sancionado por el Tesoro, encalló frente a Manzanillo.") \
        == [("Fortuna", "30823")]
    # the kind the list gives: "tanker" of a Crude Oil Tanker; and a name of two words or more goes alone
    assert found(sdn_entries, "Un tanquero, identificado como Diona, partió de Bandar Abbas.") == [("Diona", "25729")]
    assert found(sdn_entries, "The ship Happiness I left Bandar Abbas on Monday.") == [("Happiness I", "15055")]


def test_resolve_sanctions_a_vessel_match_keeps_where_it_was_read_issue_12(sdn_entries):
    text = "Iranian crude was loaded on the tanker Sinopa. Later the tanker Sinopa sailed for Asia."
    (match,) = vessel_matches([("doc-1", text)], sdn_entries)
    assert [(m["document_id"], text[m["start"]:m["end"]]) for m in match.mentions] == [("doc-1", "Sinopa")] * 2
    assert match.mentions[0]["start"] == text.index("Sinopa")
    assert "named in document doc-1, characters 39-45" in match.evidence


def test_resolve_sanctions_a_common_word_or_another_name_is_no_vessel_issue_12(sdn_entries):
    # a listed vessel's name as a common word, a person's name, a company's name after a ship word, a longer name
    assert found(sdn_entries, "The FBI said the scheme made a fortune for the cartel.",
                 "A local businessman, Luis Forest, runs a travel agency.",
                 "The vessel crossed the forest of masts in the harbor.",
                 "La Marina aseguró el buque tanque Golden Star con combustible ilícito.",
                 "The tanker Forest Star, which carried a separate cargo, is not on any list.") == []


def test_resolve_sanctions_a_named_vessel_in_the_store_and_the_json_issue_12(tmp_path: Path):
    from typer.testing import CliRunner

    from pesquisa.cli import get_app
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents
    from pesquisa.store import open_store

    text = ("U.S. seizes Iranian fuel bound for Venezuela\n\nWASHINGTON — Prosecutors said they had seized the cargo of "
            "the tanker Arbolada, which the Treasury Department sanctioned last year.\n")
    (tmp_path / "docs.jsonl").write_text(json.dumps({"url": "https://example.test/en/tanker", "title": text.split("\n")[0],
                                                     "published": "2020-08-14", "lang": "en", "text": text}) + "\n")
    (tmp_path / "sdn.csv").write_text('90101,"ARBOLADA","vessel","IRAN",-0- ,"9HA1","Crude Oil Tanker","1,000","900",'
                                      '"Iran",-0- ,"Vessel Registration Identification IMO 9000001."\r\n')
    db = tmp_path / "kb.sqlite"
    engine = open_store(db)
    assert not ingest_documents(engine, iter_documents([tmp_path / "docs.jsonl"])).failed
    assert import_official(engine, "ofac", [str(tmp_path / "sdn.csv")]).sanctions["matches"] == 1
    result = CliRunner().invoke(get_app(), ["sanctions", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    (match,) = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert (match["entity_name"], match["list_id"], match["list_name"]) == ("Arbolada", "90101", "ARBOLADA")
    assert match["evidence"][0] == "'Arbolada' written after 'tanker' = vessel list name 'ARBOLADA'"
    assert match["evidence"][1].startswith("named in document doc-")


def test_resolve_sanctions_a_named_vessel_in_the_ftm_export_issue_12(tmp_path: Path):
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents
    from pesquisa.report.export import sanction_entities
    from pesquisa.store import open_store

    text = "Iranian fuel reaches Venezuela\n\nCARACAS — The tanker Arbolada docked at El Palito on Tuesday, officials said.\n"
    (tmp_path / "docs.jsonl").write_text(json.dumps({"url": "https://example.test/en/arbolada", "title": "Iranian fuel",
                                                     "published": "2020-06-24", "lang": "en", "text": text}) + "\n")
    (tmp_path / "sdn.csv").write_text('90101,"ARBOLADA","vessel","IRAN",-0- ,-0- ,"Crude Oil Tanker",-0- ,-0- ,"Iran",'
                                      '-0- ,-0- \r\n')
    engine = open_store(tmp_path / "kb.sqlite")
    assert not ingest_documents(engine, iter_documents([tmp_path / "docs.jsonl"])).failed
    import_official(engine, "ofac", [str(tmp_path / "sdn.csv")])
    vessel, sanction = list(sanction_entities(engine))
    assert (vessel["schema"], vessel["properties"]["name"]) == ("Vessel", ["Arbolada"])
    assert sanction["properties"]["entity"] == [vessel["id"]] and sanction["properties"]["authorityId"] == ["90101"]


def test_resolve_sanctions_a_listed_vessel_with_a_particle_in_its_name_issue_12(sdn_entries):
    assert found(sdn_entries, "The tanker Luisa Caceres de Arismendi was also listed by the Treasury.") \
        == [("Luisa Caceres de Arismendi", "28013")]
    assert sorted(found(sdn_entries, "El buque Manuela Saenz zarpó; el tanquero Luisa Caceres de Arismendi, sancionado.")) \
        == [("Luisa Caceres de Arismendi", "28013"), ("Manuela Saenz", "28014")]
    # a particle does not join two ships into one name nor hide the first
    assert sorted(found(sdn_entries, "The United States sanctioned the tankers Starla and Diona last year.")) \
        == [("Diona", "25729"), ("Starla", "15902")]
