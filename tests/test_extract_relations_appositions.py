"""Membership told in appositions news writes around a name: a nickname between the name and the role, a relative
named between them, a role held by a verb or by a money job, and the organization someone served in a sanction or
arrest sentence (hand-written English and Spanish sentences, issue 11)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _relations(text: str, *kinds: str) -> list[tuple[str, str, str]]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw="Cartel news of the week in Mexico\n\n" + text)))
    names = {e.local_id: e.name for e in ex.entities}
    return [(r.kind, names[r.subject], names.get(r.object or "", "")) for r in ex.relations if r.kind in kinds]


def test_relations_a_nickname_between_the_name_and_the_role():
    es = 'Ofrecen recompensa por Nemesio Oseguera Cervantes, alias "El Mencho", líder del Cártel Jalisco Nueva Generación.'
    assert ("leader_of", "Nemesio Oseguera Cervantes", "Cártel de Jalisco Nueva Generación") in _relations(es, "leader_of")
    en = ('The reward is for Nemesio Oseguera Cervantes, known as "El Mencho," the leader of the Jalisco New Generation '
          'Cartel.')
    assert ("leader_of", "Nemesio Oseguera Cervantes", "Cártel de Jalisco Nueva Generación") in _relations(en, "leader_of")
    tigre = 'La policía detuvo a Pedro Luis Gómez, "El Tigre", jefe de plaza de La Nueva Familia Michoacana en Tejupilco.'
    assert _relations(tigre, "member_of") == [("member_of", "Pedro Luis Gómez", "La Nueva Familia Michoacana")]


def test_relations_a_relative_named_between_the_name_and_the_role_is_not_the_member():
    en = ("Ovidio Guzmán López, a son of Joaquín Guzmán Loera and a leader of the Chapitos faction, pleaded guilty in "
          "Chicago.")
    assert _relations(en, "leader_of") == [("leader_of", "Ovidio Guzmán López", "Los Chapitos")]
    es = ("Iván Archivaldo Guzmán Salazar, uno de los hijos de Joaquín Guzmán Loera, encabeza la facción de Los "
          "Chapitos.")
    assert _relations(es, "leader_of") == [("leader_of", "Iván Archivaldo Guzmán Salazar", "Los Chapitos")]


def test_relations_a_money_job_at_an_organization_is_membership():
    es = "Según la fiscalía, Mario Alberto Cárdenas era el encargado de las finanzas de Los Zetas en Nuevo Laredo."
    assert _relations(es, "member_of") == [("member_of", "Mario Alberto Cárdenas", "Los Zetas")]
    en = "Mario Alberto Cárdenas, the Gulf Cartel's top money man in Reynosa, was extradited to Texas."
    assert _relations(en, "member_of") == [("member_of", "Mario Alberto Cárdenas", "Cártel del Golfo")]


def test_relations_the_organization_served_is_no_target_of_the_sanction():
    kinds = ("sanctioned_by", "laundered_for")
    en = _relations("The U.S. Treasury Department sanctioned Transportes del Pacífico for laundering money for the "
                    "Sinaloa Cartel.", *kinds)
    assert ("laundered_for", "Transportes del Pacífico", "Cártel de Sinaloa") in en
    assert [r for r in en if r[0] == "sanctioned_by"] == [("sanctioned_by", "Transportes del Pacífico",
                                                           "U.S. Department of the Treasury")]
    es = _relations("El Tesoro sancionó a Transportes del Pacífico por presuntamente lavar dinero para el Cártel de "
                    "Sinaloa.", *kinds)
    assert not any(r[0] == "sanctioned_by" and r[1] == "Cártel de Sinaloa" for r in es)


def test_relations_one_of_the_main_operators_and_a_regional_commander():
    es = ('En Colima fue capturado Ricardo Ruiz Velasco, conocido como "El Doble R", uno de los principales operadores '
          'del CJNG en la región.')
    assert _relations(es, "member_of") == [("member_of", "Ricardo Ruiz Velasco", "Cártel de Jalisco Nueva Generación")]
    en = 'Ricardo Ruiz Velasco, known as "El Doble R," a top regional commander of the CJNG, was captured in Colima.'
    assert _relations(en, "member_of") == [("member_of", "Ricardo Ruiz Velasco", "Cártel de Jalisco Nueva Generación")]


def test_relations_a_relatives_role_after_a_nickname_is_not_theirs():
    en = 'Agents arrested Rubén Oseguera González, "El Menchito," the son of the CJNG leader, in Zapopan.'
    assert _relations(en, "leader_of", "member_of") == []
    es = 'El Ejército detuvo a Rubén Oseguera González, "El Menchito", hijo del líder del CJNG, en Zapopan.'
    assert _relations(es, "leader_of", "member_of") == []


def test_relations_a_country_inside_an_institutions_name_gives_no_nationality():
    text = ("La caída es real, dijo Laura Cárdenas Villegas, investigadora del Colegio de México. Lo confirmó Ana Ruiz, "
            "presidenta de México.")
    assert _relations(text, "national_of") == [("national_of", "Ana Ruiz", "")]
