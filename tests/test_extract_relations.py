"""Relations between actors from hand-written English and Spanish sentences, each with its span (issue 11)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _relations(text: str, published: str | None = None) -> list[tuple[str, str, str, str]]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    out = []
    for r in ex.relations:
        assert ex.document.body[r.span.start:r.span.end].strip(), r  # every relation points at its words
        out.append((r.kind, names[r.subject], names.get(r.object or "", r.value or ""), r.cue))
    return out


def _kinds(text: str, *kinds: str) -> list[tuple[str, str, str, str]]:
    return [r for r in _relations(text) if r[0] in kinds]


def test_extract_relations_leader_and_members_in_english():
    assert _kinds("Sinaloa Cartel leader Ismael Zambada pleaded guilty in Brooklyn.", "leader_of") == [
        ("leader_of", "Ismael Zambada", "Cártel de Sinaloa", "leader")]
    assert _kinds("Pedro Inzunza Noriega is the alleged leader of the Beltrán Leyva Organization.", "leader_of") == [
        ("leader_of", "Pedro Inzunza Noriega", "Cártel de los Beltrán Leyva", "leader")]
    assert _kinds("Bribes came from the Sinaloa Cartel once led by Joaquín Guzmán Loera.", "leader_of") == [
        ("leader_of", "Joaquín Guzmán Loera", "Cártel de Sinaloa", "led by")]


def test_extract_relations_members_listed_after_the_cue_in_spanish():
    text = ("Entre los señalados están tres operadores del CJNG: Julio César Montero Pinzón, alias “El Tarjetas”; "
            "Carlos Andrés Rivera Varela, “La Firma”; y Francisco Javier Gudiño Haro.")
    assert [(k, s, o) for k, s, o, _c in _kinds(text, "member_of")] == [
        ("member_of", "Julio César Montero Pinzón", "Cártel de Jalisco Nueva Generación"),
        ("member_of", "Carlos Andrés Rivera Varela", "Cártel de Jalisco Nueva Generación"),
        ("member_of", "Francisco Javier Gudiño Haro", "Cártel de Jalisco Nueva Generación")]


def test_extract_relations_faction_of_an_organization():
    text = "Prosecutors charged the Beltrán Leyva Organization, a violent faction of the Sinaloa Cartel, with terrorism."
    assert _kinds(text, "faction_of") == [("faction_of", "Cártel de los Beltrán Leyva", "Cártel de Sinaloa", "faction")]


def test_extract_relations_laundering_and_financing():
    text = "Prosecutors said Juan Carlos Pérez laundered money for the Sinaloa Cartel through Chinese brokers."
    assert _kinds(text, "laundered_for") == [("laundered_for", "Juan Carlos Pérez", "Cártel de Sinaloa",
                                              "laundered money for")]
    text = "La red de Pedro Sánchez Ruiz, financiada por el Cártel de Jalisco Nueva Generación, operaba en Colima."
    assert _kinds(text, "financed_by") == [("financed_by", "Pedro Sánchez Ruiz", "Cártel de Jalisco Nueva Generación",
                                            "financiada por")]


def test_extract_relations_sanctioned_and_designated_by():
    text = "The U.S. Treasury Department on Wednesday sanctioned Julio César Montero Pinzón."
    assert _kinds(text, "sanctioned_by") == [("sanctioned_by", "Julio César Montero Pinzón",
                                              "U.S. Department of the Treasury", "sanctioned")]
    text = "In February, the State Department designated the Sinaloa Cartel as a foreign terrorist organization."
    assert _kinds(text, "designated_by") == [("designated_by", "Cártel de Sinaloa", "U.S. Department of State",
                                              "designated")]


def test_extract_relations_arrested_charged_and_extradited_by():
    text = "The Mexican National Guard captured Néstor Isidro Pérez Salas in Culiacán on Wednesday."
    assert _kinds(text, "arrested_by") == [("arrested_by", "Néstor Isidro Pérez Salas", "Guardia Nacional", "captured")]
    text = "The Department of Justice charged Pedro Inzunza Coronel with narco-terrorism."
    assert _kinds(text, "charged_by") == [("charged_by", "Pedro Inzunza Coronel", "U.S. Department of Justice",
                                           "charged")]
    text = "Ovidio Guzmán López fue extraditado a Estados Unidos por la Fiscalía General de la República."
    assert _kinds(text, "extradited_by") == [("extradited_by", "Ovidio Guzmán López", "Fiscalía General de la República",
                                              "extraditado")]


def test_extract_relations_met_and_called():
    text = "Homeland Security Secretary Kristi Noem met with President Claudia Sheinbaum in Mexico City."
    assert _kinds(text, "met") == [("met", "Kristi Noem", "Claudia Sheinbaum", "met with")]
    text = "Foreign Minister Marcelo Ebrard held a phone call with Secretary of State Antony Blinken on Monday."
    assert _kinds(text, "called") == [("called", "Marcelo Ebrard", "Antony Blinken", "a phone call")]
    assert _kinds("Kristi Noem will meet with Claudia Sheinbaum next week.", "met") == []  # planned: not yet met


def test_extract_relations_nationality_from_the_words_around_a_person():
    text = ("U.S. Secretary of State Rex Tillerson and Mexican Foreign Affairs Minister Luis Videgaray spoke.\n\n"
            "Ramón Beltrán Díaz, a Mexican national, was arrested. El canciller colombiano, Luis Gilberto Murillo, "
            "viajó.\n\nUS courts have indicted Néstor Isidro Pérez Salas.")
    found = {(s, v) for k, s, v, _c in _relations(text) if k == "national_of"}
    assert {("Rex Tillerson", "us"), ("Luis Videgaray", "mx"), ("Ramón Beltrán Díaz", "mx"),
            ("Luis Gilberto Murillo", "co")} <= found
    assert ("Néstor Isidro Pérez Salas", "us") not in found  # "US courts": no title, no nationality


def test_extract_relations_nationality_after_another_speaker():
    # the words after the other person's name are this one's: "Velasco said Mexico President X"
    text = ("Roberto Velasco spoke at the webinar. Velasco said Mexico President Andrés Manuel López Obrador "
            "has made clear the policy will not change.")
    found = {(s, v) for k, s, v, _c in _relations(text) if k == "national_of"}
    assert ("Andrés Manuel López Obrador", "mx") in found and ("Roberto Velasco", "mx") not in found


def test_extract_relations_nationality_from_a_government_body():
    # "the Foreign Ministry" is Mexico's only in an article that shows Mexico (here, its capital)
    text = ("In Mexico City, Roberto Velasco, Director for North America of the Foreign Ministry, highlighted the "
            "agreed objectives.")
    assert ("national_of", "Roberto Velasco", "mx") in {(k, s, v) for k, s, v, _c in _relations(text)}


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Fausto Isidro Meza Flores es señalado como líder de una facción de la organización de los Beltrán Leyva.",
     "Fausto Isidro Meza Flores", "Cártel de los Beltrán Leyva"),
    ("Iván Archivaldo Guzmán, a leader of a faction of the Sinaloa Cartel, remains at large.",
     "Iván Archivaldo Guzmán", "Cártel de Sinaloa"),
])
def test_extract_relations_a_leader_of_a_faction_of_the_organization(text, person, org):
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text)))
    names = {e.local_id: e.name for e in ex.entities}
    assert ("leader_of", person, org) in {(r.kind, names.get(r.subject), names.get(r.object)) for r in ex.relations}
