"""Relations of company ownership, kin named in the sentence after their relative, and a source inside a relative
clause (issue 11, relations round 6): Treasury and UIF notes on front companies, arrest reports that name a relative
next, and indictments that say "who prosecutors say" (hand-written English and Spanish sentences)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _relations(text: str, *kinds: str) -> set[tuple[str, str, str]]:
    raw = RawDocument(source="t.txt", raw="Security notes of the week\n\n" + text)
    ex = extract_document(clean_document(raw))
    names = {e.local_id: e.name for e in ex.entities}
    return {(r.kind, names[r.subject], names.get(r.object or "", "")) for r in ex.relations if r.kind in kinds}


@pytest.mark.parametrize(("text", "owner", "company"), [
    ("Prosecutors said Distribuidora Alameda S.A. de C.V. was owned by Rigoberto Lerma Chávez, a former customs broker.",
     "Rigoberto Lerma Chávez", "Distribuidora Alameda"),
    ("La UIF bloqueó las cuentas de Gasolinera El Mirador, empresa propiedad de Anselmo Beltrán Ruelas, en Sinaloa.",
     "Anselmo Beltrán Ruelas", "Gasolinera El Mirador"),
    ("Fermín Olvera Tapia, dueño de la empresa Autotransportes Olvera del Bajío, fue vinculado a proceso en Querétaro.",
     "Fermín Olvera Tapia", "Autotransportes Olvera del Bajío"),
    ("Agents searched the offices of Hidalgo Freight Logistics, a company owned by Ramiro Hidalgo Sáenz, in Laredo.",
     "Ramiro Hidalgo Sáenz", "Hidalgo Freight Logistics"),
])
def test_relations_round6_a_company_and_its_owner(text, owner, company):
    assert ("owner_of", owner, company) in _relations(text, "owner_of")


def test_relations_round6_a_front_company_is_owned_not_sanctioned_with_it():
    text = "The Treasury Department also sanctioned Comercializadora Punta Azul, a front company for the CJNG in Colima."
    found = _relations(text, "owner_of", "sanctioned_by")
    assert ("owner_of", "Cártel de Jalisco Nueva Generación", "Comercializadora Punta Azul") in found
    assert {s for k, s, _o in found if k == "sanctioned_by"} == {"Comercializadora Punta Azul"}


def test_relations_round6_an_owner_in_a_relative_clause_is_the_companys_not_a_target():
    text = "La empresa Maderas Finas del Norte, cuyo dueño es Gonzalo Treviño Salas, fue sancionada por la OFAC."
    found = _relations(text, "owner_of", "sanctioned_by")
    assert ("owner_of", "Gonzalo Treviño Salas", "Maderas Finas del Norte") in found
    assert {s for k, s, _o in found if k == "sanctioned_by"} == {"Maderas Finas del Norte"}


@pytest.mark.parametrize(("text", "rivals"), [
    ("Los Zetas and the Gulf Cartel were fighting over Nuevo Laredo when the army arrived, residents said.", True),
    ("Los Viagras y el CJNG se disputan Apatzingán desde hace años, según vecinos de la zona.", True),
    ("Los Zetas and the Gulf Cartel were fighting the Mexican Army in Tamaulipas.", False),
])
def test_relations_round6_two_organizations_fighting_each_other_are_rivals(text, rivals):
    assert bool(_relations(text, "rival_of")) is rivals


@pytest.mark.parametrize("text", [
    "The Sinaloa Cartel, controlled by Ismael Zambada García for decades, moved cocaine through Sonora.",
    "Damián Robles Ochoa, a manager at Banco Azteca, testified that the bank had not flagged the transfers.",
    "Rigoberto Lerma Chávez denied that he owned Distribuidora Alameda S.A. de C.V., his lawyer said.",
])
def test_relations_round6_no_ownership_without_a_company_owned(text):
    assert not _relations(text, "owner_of")


@pytest.mark.parametrize(("text", "relative", "of"), [
    ("Border Patrol agents detained Efraín Maldonado Cota near Nogales on Tuesday. His nephew, Saúl Maldonado Ruiz, "
     "was arrested a day later in Tucson.", "Saúl Maldonado Ruiz", "Efraín Maldonado Cota"),
    ("La FGR cumplimentó una orden de aprehensión contra Leopoldo Cisneros Ávila en Morelia. Su hermano, Arturo "
     "Cisneros Ávila, permanece prófugo.", "Arturo Cisneros Ávila", "Leopoldo Cisneros Ávila"),
])
def test_relations_round6_kin_named_in_the_next_sentence(text, relative, of):
    assert ("relative_of", relative, of) in _relations(text, "relative_of")


def test_relations_round6_kin_of_the_next_sentence_needs_one_person_before():
    text = ("Efraín Maldonado Cota and Julián Peralta Soto were detained near Nogales. His nephew, Saúl Maldonado "
            "Ruiz, was arrested a day later.")
    assert not _relations(text, "relative_of")


def test_relations_round6_a_source_inside_a_relative_clause_keeps_the_subject():
    text = ("Treasury on Tuesday designated Evaristo Núñez Vega, who it said laundered money for the Sinaloa Cartel "
            "through car dealerships.")
    assert ("laundered_for", "Evaristo Núñez Vega", "Cártel de Sinaloa") in _relations(text, "laundered_for")


def test_relations_round6_ownership_reaches_the_store_pages_export_and_brief(tmp_path):
    from sqlalchemy import select

    from pesquisa.pipeline import ingest_documents
    from pesquisa.report.brief._text import relation_label
    from pesquisa.report.export import evaluation_export
    from pesquisa.store import open_store, read
    from pesquisa.store import schema as t

    engine = open_store(tmp_path / "kb.sqlite")
    text = ("UIF congela cuentas\n\nLa Unidad de Inteligencia Financiera congeló las cuentas de Inmobiliaria Punta "
            "Arena, empresa propiedad de Saturnino Robles Quiñónez, en Mazatlán.\n")
    assert ingest_documents(engine, [RawDocument(source="uif.txt", raw=text, published="2025-03-02")]).ok
    with engine.connect() as conn:
        ids = dict(conn.execute(select(t.entities.c.name, t.entities.c.id)).all())
    owner, company = ids["Saturnino Robles Quiñónez"], ids["Inmobiliaria Punta Arena"]
    assert {(r["kind"], r["direction"], r["other"]) for r in read.person_profile(engine, owner)["relations"]} >= {
        ("owner_of", "out", "Inmobiliaria Punta Arena")}
    org = read.organization_profile(engine, company)
    # the company whose accounts the UIF froze is sanctioned by it (round 11); its owner is not
    assert sorted((r["kind"], r["subject"]) for r in org["relations"]) == [
        ("owner_of", "Saturnino Robles Quiñónez"), ("sanctioned_by", "Inmobiliaria Punta Arena")]
    (doc,) = evaluation_export(engine)["documents"]
    assert {(r["kind"], r["subject_id"], r["object_id"]) for r in doc["relations"]} >= {("owner_of", owner, company)}
    assert (relation_label("owner_of", "out", "en"), relation_label("owner_of", "in", "es")) == ("owner of", "propiedad de")


@pytest.mark.parametrize(("text", "member"), [
    ("The Gulf Cartel's security chief, Abelardo Tinoco Vela, was detained in Reynosa with three escorts.",
     ("member_of", "Abelardo Tinoco Vela", "Cártel del Golfo")),
    ("The CJNG's plaza boss in Tepic, Marcial Ocampo Ruiz, was killed on Sunday.",
     ("member_of", "Marcial Ocampo Ruiz", "Cártel de Jalisco Nueva Generación")),
])
def test_relations_round6_a_role_after_the_organizations_possessive_is_membership(text, member):
    assert member in _relations(text, "member_of")


def test_relations_round6_a_charge_before_the_money_cue_keeps_a_long_apposition_subject():
    text = ("Liu Qiang, a Chinese businessman living in Guadalajara, was charged with laundering money for the CJNG "
            "through trading companies.")
    assert ("laundered_for", "Liu Qiang", "Cártel de Jalisco Nueva Generación") in _relations(text, "laundered_for")


@pytest.mark.parametrize(("text", "owner", "company"), [
    ("Según la FGR, Aurelio Benítez Gaxiola es el verdadero dueño de Comercializadora Altamar, registrada a nombre de "
     "su chofer.", "Aurelio Benítez Gaxiola", "Comercializadora Altamar"),
    ("Investigators searched Baja Fresh Produce Exports, a company that prosecutors say is controlled by the CJNG.",
     "Cártel de Jalisco Nueva Generación", "Baja Fresh Produce Exports"),
])
def test_relations_round6_an_owner_behind_a_nominee_or_told_by_a_source(text, owner, company):
    assert ("owner_of", owner, company) in _relations(text, "owner_of")


@pytest.mark.parametrize(("text", "kinds"), [
    ("Autoridades no han confirmado si Anselmo Corral Peña es propietario de Transportes Corral del Norte.", ("owner_of",)),
    ("Treasury is examining whether Nicanor Villa Ulloa laundered money for the Sinaloa Cartel.", ("laundered_for",)),
])
def test_relations_round6_a_question_or_condition_states_no_relation(text, kinds):
    assert not _relations(text, *kinds)


@pytest.mark.parametrize(("text", "relative", "of"), [
    ("“I will keep looking,” said Rosario Villegas, whose son, Brandon Villegas Soto, vanished in Reynosa in 2020.",
     "Brandon Villegas Soto", "Rosario Villegas"),
    ("Habló Graciela Pinto Leal, cuya hija Daniela Ruiz Pinto desapareció en Irapuato.", "Daniela Ruiz Pinto",
     "Graciela Pinto Leal"),
])
def test_relations_round6_kin_named_in_a_whose_clause(text, relative, of):
    assert ("relative_of", relative, of) in _relations(text, "relative_of")


def test_relations_round6_an_owner_named_with_an_occupation_first():
    text = "Rigoberto Saldaña Ortiz, empresario y dueño de la constructora Grupo Saldaña, fue privado de la libertad en Iguala."
    assert ("owner_of", "Rigoberto Saldaña Ortiz", "Grupo Saldaña") in _relations(text, "owner_of")


@pytest.mark.parametrize("text", [
    "Los Zetas were founded in the late 1990s by Arturo Guzmán Decena, a former army special forces officer.",
    "El grupo Los Zetas fue creado en 1999 por Arturo Guzmán Decena, según la Sedena.",
])
def test_relations_round6_a_founding_dated_between_names_the_founder(text):
    assert ("leader_of", "Arturo Guzmán Decena", "Los Zetas") in _relations(text, "leader_of")


@pytest.mark.parametrize(("text", "owner", "company"), [
    ("Ernesto Vidal Ortega, a driver for Transportes Benavides del Norte, said he never spoke to the company's owner, Abundio "
     "Zamora Rico.", "Abundio Zamora Rico", "Transportes Benavides del Norte"),
    ("Los empleados de Inmobiliaria Santa Elena denunciaron que el dueño de la empresa, Emiliano Cortés Vega, no les "
     "paga desde marzo.", "Emiliano Cortés Vega", "Inmobiliaria Santa Elena"),
])
def test_relations_round6_the_owner_of_a_company_pointed_back_to(text, owner, company):
    assert ("owner_of", owner, company) in _relations(text, "owner_of")


def test_relations_round6_a_facade_is_no_front_company():
    text = "Manifestantes colgaron mantas frente a Banco Azteca, en la fachada de Grupo Elektra, en el centro de Monterrey."
    assert not _relations(text, "owner_of")


def test_relations_round6_a_company_described_in_a_closed_apposition_before_its_owner():
    text = ("Treasury said Grupo Minero Sierra, a Durango-based mining company, is owned by Cristóbal Anaya Vega, a CJNG "
            "financial operator.")
    found = _relations(text, "owner_of", "member_of")
    assert ("owner_of", "Cristóbal Anaya Vega", "Grupo Minero Sierra") in found
    assert ("member_of", "Cristóbal Anaya Vega", "Cártel de Jalisco Nueva Generación") in found
