"""A nickname written without quotes, the one second in command, verbs of leading and a cell named after its
organization (issue 11, relations round 9): FGR and SSPC arrest notes, extradition stories, InSight Crime and Proceso
profiles of a cartel's structure (hand-written English and Spanish sentences)."""

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


@pytest.mark.parametrize(("text", "person", "org"), [
    ("La Guardia Nacional detuvo a Jesús Alberto Méndez Ruiz, alias El Chuy, presunto jefe de plaza de La Nueva Familia "
     "Michoacana en Tejupilco.", "Jesús Alberto Méndez Ruiz", "La Nueva Familia Michoacana"),
    ("Fue extraditado José Rodolfo Villarreal Hernández, alias El Gato, operador de los Beltrán Leyva, a Texas.",
     "José Rodolfo Villarreal Hernández", "Cártel de los Beltrán Leyva"),
    ("Marines detained Mario Alberto Cárdenas Ruiz, a.k.a. El Tigre, a plaza boss of the Gulf Cartel, in Matamoros.",
     "Mario Alberto Cárdenas Ruiz", "Cártel del Golfo"),
])
def test_relations_round9_a_nickname_without_quotes_keeps_the_role_its_own(text, person, org):
    assert ("member_of", person, org) in _relations(text, "member_of")


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Según fuentes federales, Audias Flores Silva es el segundo al mando del CJNG.", "Audias Flores Silva",
     "Cártel de Jalisco Nueva Generación"),
    ("Juan Pérez López, número dos del Cártel del Golfo, fue detenido por la Semar.", "Juan Pérez López", "Cártel del Golfo"),
    ("The DEA says Juan Pérez López is the Sinaloa Cartel's second-in-command.", "Juan Pérez López", "Cártel de Sinaloa"),
])
def test_relations_round9_the_second_in_command_is_a_member(text, person, org):
    assert ("member_of", person, org) in _relations(text, "member_of")


def test_relations_round9_the_second_in_command_answers_to_the_leader():
    text = ("Audias Flores Silva, El Jardinero, es el segundo al mando del CJNG y responde directamente a Nemesio "
            "Oseguera Cervantes.")
    assert ("works_for", "Audias Flores Silva", "Nemesio Oseguera Cervantes") in _relations(text, "works_for")


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Nicolás Sierra Santana encabezaba a Los Viagras en Apatzingán.", "Nicolás Sierra Santana", "Los Viagras"),
    ("El Departamento de Estado dijo que Fausto Isidro Meza Flores dirige a la organización de los Beltrán Leyva.",
     "Fausto Isidro Meza Flores", "Cártel de los Beltrán Leyva"),
    ("Officials say Nemesio Oseguera Cervantes still leads the CJNG from the mountains of Jalisco.",
     "Nemesio Oseguera Cervantes", "Cártel de Jalisco Nueva Generación"),
])
def test_relations_round9_a_verb_of_leading_names_the_leader(text, person, org):
    assert ("leader_of", person, org) in _relations(text, "leader_of")


def test_relations_round9_who_leads_a_cell_named_after_the_organization_is_a_member():
    found = _relations("José Luis Gutiérrez Valencia leads the CJNG cell in Colima.", "leader_of", "member_of")
    assert found == {("member_of", "José Luis Gutiérrez Valencia", "Cártel de Jalisco Nueva Generación")}


@pytest.mark.parametrize(("text", "owner", "company"), [
    ("The Treasury Department sanctioned Sergio Ávila Reyes, a CJNG financial operator, and Comercializadora Ávila del "
     "Pacífico, a company he controls in Guadalajara.", "Sergio Ávila Reyes", "Comercializadora Ávila del Pacífico"),
    ("OFAC also designated Rosa María Castro Ortiz, the wife of Ricardo Ruiz Velasco, and Inmobiliaria Costa Dorada, a "
     "real estate company she owns in Puerto Vallarta.", "Rosa María Castro Ortiz", "Inmobiliaria Costa Dorada"),
    ("La OFAC sancionó a Marcos Ríos Quiñones y a Transportes Ríos del Norte, una empresa de su propiedad en Culiacán.",
     "Marcos Ríos Quiñones", "Transportes Ríos del Norte"),
])
def test_relations_round9_a_company_a_pronoun_owns_is_the_antecedents(text, owner, company):
    assert ("owner_of", owner, company) in _relations(text, "owner_of")


def test_relations_round9_the_relative_owns_when_the_ownership_joins_the_kin_phrase():
    text = ("La OFAC sancionó a Laura Patricia Ávila Reyes, hermana de Sergio Ávila Reyes y dueña de la empresa "
            "Inmobiliaria Laura del Mar.")
    found = _relations(text, "owner_of", "relative_of")
    assert ("owner_of", "Laura Patricia Ávila Reyes", "Inmobiliaria Laura del Mar") in found
    assert ("relative_of", "Laura Patricia Ávila Reyes", "Sergio Ávila Reyes") in found
    assert ("owner_of", "Sergio Ávila Reyes", "Inmobiliaria Laura del Mar") not in found


@pytest.mark.parametrize(("text", "person", "father"), [
    ("Mexico extradited Rubén Oseguera González, alias El Menchito, the son of CJNG leader Nemesio Oseguera Cervantes, to "
     "the United States in 2020.", "Rubén Oseguera González", "Nemesio Oseguera Cervantes"),
    ("La FGR detuvo a Rubén Oseguera González, hijo del líder del CJNG, Nemesio Oseguera Cervantes.",
     "Rubén Oseguera González", "Nemesio Oseguera Cervantes"),
])
def test_relations_round9_a_relative_named_with_a_title_is_not_acted_on(text, person, father):
    acted = {(s, o) for _k, s, o in _relations(text, "extradited_by", "arrested_by")}
    assert {s for s, _o in acted} == {person}


def test_relations_round9_a_phrase_put_in_front_is_no_list_of_leaders():
    text = "Con la detención de Joaquín Guzmán Loera, Ismael Zambada García quedó como líder del Cártel de Sinaloa."
    assert _relations(text, "leader_of") == {("leader_of", "Ismael Zambada García", "Cártel de Sinaloa")}


@pytest.mark.parametrize(("text", "kin"), [
    ("Ismael Zambada García y sus hijos, Vicente Zambada Niebla, Ismael Zambada Sicairos y Serafín Zambada Ortiz, fueron "
     "sancionados por el Tesoro.", {"Vicente Zambada Niebla", "Ismael Zambada Sicairos", "Serafín Zambada Ortiz"}),
    ("Treasury named Ovidio Guzmán López and his brothers, Iván Archivaldo Guzmán Salazar and Jesús Alfredo Guzmán "
     "Salazar.", {"Iván Archivaldo Guzmán Salazar", "Jesús Alfredo Guzmán Salazar"}),
])
def test_relations_round9_a_plural_kin_word_names_each_relative_listed(text, kin):
    assert kin <= {s for _k, s, _o in _relations(text, "relative_of")}


@pytest.mark.parametrize(("text", "person", "body"), [
    ("La FGR cumplimentó una orden de aprehensión contra Ricardo Tapia Ochoa, alias El Chamaco, señalado como jefe de "
     "sicarios del Cártel del Noreste.", "Ricardo Tapia Ochoa", "Fiscalía General de la República"),
])
def test_relations_round9_a_warrant_served_on_someone_is_an_arrest(text, person, body):
    assert ("arrested_by", person, body) in _relations(text, "arrested_by")


@pytest.mark.parametrize(("text", "expected"), [
    ("The superseding indictment charges Ovidio Guzmán López and Joaquín Guzmán López, leaders of the Sinaloa Cartel "
     "faction known as Los Chapitos.", {("leader_of", "Ovidio Guzmán López", "Los Chapitos"),
                                        ("leader_of", "Joaquín Guzmán López", "Los Chapitos"),
                                        ("faction_of", "Los Chapitos", "Cártel de Sinaloa")}),
    ("Agentes de la FGR detuvieron a Luis Ruiz Pérez, jefe de una célula del CJNG denominada Los Deltas.",
     {("leader_of", "Luis Ruiz Pérez", "Los Deltas"), ("faction_of", "Los Deltas", "Cártel de Jalisco Nueva Generación")}),
    ("Ovidio Guzmán López es uno de los líderes de la facción del Cártel de Sinaloa conocida como Los Chapitos.",
     {("leader_of", "Ovidio Guzmán López", "Los Chapitos"), ("faction_of", "Los Chapitos", "Cártel de Sinaloa")}),
])
def test_relations_round9_a_part_named_after_its_whole_is_the_one_led(text, expected):
    assert _relations(text, "leader_of", "member_of", "faction_of") == expected


def test_relations_round9_a_regional_leader_in_english_is_a_member():
    text = "Gonzalo Mendoza Gaytán, a.k.a. El Sapo Gaytán, a CJNG regional leader in Puerto Vallarta, was arrested."
    assert _relations(text, "leader_of", "member_of") == {
        ("member_of", "Gonzalo Mendoza Gaytán", "Cártel de Jalisco Nueva Generación")}


def test_relations_round9_a_closely_allied_group():
    text = "José González Valencia is a leader of Los Cuinis, a group closely allied with the CJNG."
    assert ("allied_with", "Los Cuinis", "Cártel de Jalisco Nueva Generación") in _relations(text, "allied_with")


def test_relations_round9_who_ran_a_plaza_for_a_group_answers_to_the_boss_not_the_group():
    text = ("Prosecutors say Jorge Humberto Figueroa Benítez, alias El 27, ran the plaza in Navolato for Los Mayos and "
            "answered to Ismael Zambada Sicairos.")
    found = _relations(text, "works_for")
    assert ("works_for", "Jorge Humberto Figueroa Benítez", "Ismael Zambada Sicairos") in found
    assert ("works_for", "Los Mayos", "Ismael Zambada Sicairos") not in found


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Tras la muerte de su padre, Juan José Esparragoza Monzón heredó el mando de la facción de Los Esparragoza.",
     "Juan José Esparragoza Monzón", "Los Esparragoza"),
    ("Juan Pérez López quedó al frente del CJNG en Colima.", "Juan Pérez López", "Cártel de Jalisco Nueva Generación"),
    ("Miguel Treviño Morales took over Los Zetas in 2012.", "Miguel Treviño Morales", "Los Zetas"),
])
def test_relations_round9_a_command_taken_names_the_leader(text, person, org):
    assert ("leader_of", person, org) in _relations(text, "leader_of")


def test_relations_round9_a_second_role_joined_by_and_is_the_same_persons():
    text = ("El Departamento de Estado ofrece una recompensa por Rafael Caro Quintero, fundador del Cártel de Guadalajara y "
            "líder del Cártel de Caborca.")
    assert _relations(text, "leader_of") == {("leader_of", "Rafael Caro Quintero", "Cártel de Guadalajara"),
                                             ("leader_of", "Rafael Caro Quintero", "Cártel de Caborca")}


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Juan Pérez López trasladaba droga para el CJNG desde Colima, según la FGR.", "Juan Pérez López",
     "Cártel de Jalisco Nueva Generación"),
    ("Prosecutors say Pedro Flores Aguirre distributed cocaine for the Sinaloa Cartel in Chicago.", "Pedro Flores Aguirre",
     "Cártel de Sinaloa"),
])
def test_relations_round9_drugs_moved_for_an_organization_is_working_for_it(text, person, org):
    assert ("works_for", person, org) in _relations(text, "works_for")


def test_relations_round9_a_front_company_somewhere_is_owned_not_its_owner_sanctioned():
    text = ("OFAC sanctioned Servicios Turísticos Bahía, a travel agency in Cancún that officials say is a front company for "
            "the CJNG.")
    found = _relations(text, "owner_of", "sanctioned_by")
    assert ("owner_of", "Cártel de Jalisco Nueva Generación", "Servicios Turísticos Bahía") in found
    assert ("sanctioned_by", "Cártel de Jalisco Nueva Generación", "Office of Foreign Assets Control") not in found


def test_relations_round9_a_source_before_listed_factions_is_none_of_them():
    text = ("Según InSight Crime, Los Chapitos y Los Mayos, las dos principales facciones del Cártel de Sinaloa, se disputan "
            "Culiacán.")
    assert _relations(text, "faction_of") == {("faction_of", "Los Chapitos", "Cártel de Sinaloa"),
                                              ("faction_of", "Los Mayos", "Cártel de Sinaloa")}


def test_relations_round9_a_country_after_by_extradites():
    text = ("Juan Manuel Abouzaid El Bayeh, alias El Escorpión, a former Gulf Cartel plaza boss, was extradited by Mexico "
            "to Texas.")
    assert ("extradited_by", "Juan Manuel Abouzaid El Bayeh", "Mexico") in _relations(text, "extradited_by")


@pytest.mark.parametrize(("text", "person", "org"), [
    ("A federal grand jury returned an indictment naming Juan Carlos Valencia González, whom prosecutors describe as a "
     "CJNG commander.", "Juan Carlos Valencia González", "Cártel de Jalisco Nueva Generación"),
    ("Treasury said Leonardo Ramírez Vega works with CJNG financier Abigael González Valencia.", "Abigael González Valencia",
     "Cártel de Jalisco Nueva Generación"),
])
def test_relations_round9_a_source_describing_in_the_plural_and_a_financier(text, person, org):
    assert ("member_of", person, org) in _relations(text, "member_of")
