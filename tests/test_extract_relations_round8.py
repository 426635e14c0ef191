"""An official or a described person as the one acted on, a country or its seat of government acting, and a source named
inside a relative clause (issue 11, relations round 8): extradition leads, FGR arrest notes on former officials, Treasury
notes on designations and on financiers (hand-written English and Spanish sentences)."""

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


@pytest.mark.parametrize(("text", "person", "body"), [
    ("Honduras extradited Wilmer Antonio Zelaya Bardales, a former police commander accused of moving cocaine for the "
     "Sinaloa Cartel, to New York on Thursday.", "Wilmer Antonio Zelaya Bardales", "Honduras"),
    ("The former police chief of Acapulco, Marcos Tinoco Villalva, was arrested by the FGR on Monday, officials said.",
     "Marcos Tinoco Villalva", "Fiscalía General de la República"),
])
def test_relations_round8_an_official_or_a_described_person_is_the_one_acted_on(text, person, body):
    assert (_relations(text, "extradited_by", "arrested_by") & {("extradited_by", person, body),
                                                                 ("arrested_by", person, body)})


@pytest.mark.parametrize(("text", "org"), [
    ("The Cartel del Noreste, which Washington designated a foreign terrorist organization in February, controls "
     "Nuevo Laredo.", "Cártel del Noreste"),
    ("El Cártel de Santa Rosa de Lima, al que Washington designó como organización terrorista en febrero, opera en "
     "Guanajuato.", "Cártel de Santa Rosa de Lima"),
])
def test_relations_round8_the_seat_of_government_designates(text, org):
    assert ("designated_by", org, "Washington") in _relations(text, "designated_by")


def test_relations_round8_a_place_visited_does_not_designate():
    text = "Officials who traveled to Washington designated the Cartel del Noreste a priority, a Mexican diplomat said."
    assert _relations(text, "designated_by") == set()


@pytest.mark.parametrize(("text", "person", "org"), [
    ("The Treasury Department sanctioned Ramón Castro Iturbe, who OFAC says laundered money for La Nueva Familia "
     "Michoacana through real estate firms.", "Ramón Castro Iturbe", "La Nueva Familia Michoacana"),
    ("Hacienda congeló las cuentas de Ramón Castro Iturbe, quien, según la UIF, lavaba dinero para La Nueva Familia "
     "Michoacana.", "Ramón Castro Iturbe", "La Nueva Familia Michoacana"),
])
def test_relations_round8_a_source_inside_the_relative_clause_is_not_the_launderer(text, person, org):
    assert ("laundered_for", person, org) in _relations(text, "laundered_for")


@pytest.mark.parametrize(("text", "subject", "kind", "whom"), [
    ("InSight Crime: La Línea, el brazo armado del Cártel de Juárez, responde a José Luis Ramírez Ángeles, alias "
     "'El 300'.", "La Línea", "works_for", "José Luis Ramírez Ángeles"),
    ("Juan Pérez Robles, operador del CJNG, lavaba dinero para Los Chapitos en Culiacán.", "Juan Pérez Robles",
     "laundered_for", "Los Chapitos"),
    ("Los Rusos, brazo armado de Los Mayos, trabaja para Ismael Zambada García.", "Los Rusos", "works_for",
     "Ismael Zambada García"),
])
def test_relations_round8_the_one_an_apposition_describes_does_the_deed(text, subject, kind, whom):
    found = _relations(text, kind)
    assert (kind, subject, whom) in found
    assert all(s == subject for _k, s, _o in found)


def test_relations_round8_a_person_who_finances_an_organization_named_after_by():
    text = ("Los Ardillos, un grupo criminal financiado por el exdiputado Bernardo Ortega Jiménez según Proceso, "
            "controla la Montaña de Guerrero.")
    assert ("financed_by", "Los Ardillos", "Bernardo Ortega Jiménez") in _relations(text, "financed_by")


@pytest.mark.parametrize("text", [
    "Prosecutors say Hugo Zamorano Beltrán, who the DEA says ran the plaza in Mexicali for the Sinaloa Cartel, was "
    "charged in Nevada.",
    "Hugo Zamorano Beltrán, quien, según la FGR, era operador del Cártel de Sinaloa, fue detenido en Mexicali.",
])
def test_relations_round8_a_source_inside_the_clause_keeps_the_membership(text):
    assert ("member_of", "Hugo Zamorano Beltrán", "Cártel de Sinaloa") in _relations(text, "member_of")


def test_relations_round8_a_relative_clause_of_designation_describes_its_antecedent_only():
    text = ("The Gulf Cartel, which the State Department designated a terrorist organization this year, is fighting "
            "Los Metros in Reynosa.")
    found = _relations(text, "designated_by", "rival_of")
    assert ("designated_by", "Cártel del Golfo", "U.S. Department of State") in found
    assert ("designated_by", "Los Metros", "U.S. Department of State") not in found
    assert ("rival_of", "Cártel del Golfo", "Los Metros") in found


@pytest.mark.parametrize("text", [
    "Israel Vallarta Cisneros y su esposa, Florence Laurent Cassez, fueron arrestados por la Agencia Federal de "
    "Investigación en 2005.",
    "Tomás Urquidi Lerma y su esposa, Sandra Peralta Ochoa, fueron detenidos por la Policía Federal en Mazatlán.",
])
def test_relations_round8_a_couple_arrested_together_are_both_targets(text):
    found = _relations(text, "arrested_by")
    assert len({person for _k, person, _o in found}) == 2


def test_relations_round8_a_nickname_in_single_quotes_after_alias_keeps_the_role():
    text = "Néstor Isidro Pérez Salas, alias 'El Nini', jefe de seguridad de Los Chapitos, fue detenido en Culiacán."
    assert ("member_of", "Néstor Isidro Pérez Salas", "Los Chapitos") in _relations(text, "member_of")


def test_relations_round8_a_faction_led_in_a_relative_clause_and_its_war():
    text = ("Ríodoce: Los Mayos, la facción que encabeza Ismael Zambada Sicairos, mantiene una guerra contra Los Chapitos "
            "desde septiembre.")
    found = _relations(text, "leader_of", "rival_of")
    assert ("leader_of", "Ismael Zambada Sicairos", "Los Mayos") in found
    assert ("rival_of", "Los Mayos", "Los Chapitos") in found


def test_relations_round8_a_front_man_of_an_organization_belongs_to_it():
    text = ("La UIF bloqueó las cuentas de Grupo Inmobiliario Arvizu, empresa propiedad de Samuel Arvizu Quiroz, presunto "
            "prestanombres del CJNG.")
    assert ("member_of", "Samuel Arvizu Quiroz", "Cártel de Jalisco Nueva Generación") in _relations(text, "member_of")


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Ecuador extraditó a Estados Unidos a Wilmer Chavarría Barré, conocido como 'Pipo', líder de Los Lobos.",
     "Wilmer Chavarría Barré", "Ecuador"),
    ("Peru extradited Ángel Rivas Montoya to the United States on cocaine trafficking charges.", "Ángel Rivas Montoya",
     "Peru"),
])
def test_relations_round8_more_countries_extradite(text, person, country):
    assert ("extradited_by", person, country) in _relations(text, "extradited_by")


def test_relations_round8_a_relative_clause_after_a_head_noun_and_a_reflexive_clash():
    text = ("Los Viagras, una organización a la que el Departamento del Tesoro sancionó en 2022, se enfrenta al CJNG en "
            "Michoacán.")
    found = _relations(text, "sanctioned_by", "rival_of")
    assert ("sanctioned_by", "Los Viagras", "U.S. Department of the Treasury") in found
    assert ("sanctioned_by", "Cártel de Jalisco Nueva Generación", "U.S. Department of the Treasury") not in found
    assert ("rival_of", "Los Viagras", "Cártel de Jalisco Nueva Generación") in found


def test_relations_round8_a_clash_with_a_state_body_is_no_rivalry():
    assert _relations("Los Viagras se enfrentaron a la Guardia Nacional en Apatzingán.", "rival_of") == set()


def test_relations_round8_a_possessor_after_led_by_is_not_the_leader():
    text = ("The State Department designated the Cartel de Santa Rosa de Lima, which prosecutors say is led by José "
            "Antonio Yépez Ortiz's successors, a terrorist organization.")
    assert _relations(text, "leader_of") == set()


def test_relations_round8_a_cell_described_with_its_whole_and_leader_before_its_war():
    text = ("Según Proceso, Los Salazar, una célula del Cártel de Sinaloa que encabeza Adán Salazar Zamorano, se enfrentan "
            "a Los Chapitos en Sonora.")
    found = _relations(text, "rival_of")
    assert ("rival_of", "Los Salazar", "Los Chapitos") in found
    assert ("rival_of", "Cártel de Sinaloa", "Los Chapitos") not in found


def test_relations_round8_a_leader_named_after_a_relative_clause_of_designation():
    text = ("El Cártel del Noreste, al que el Departamento de Estado designó como organización terrorista, está dirigido "
            "por Miguel Ángel de Anda Ledezma.")
    assert ("leader_of", "Miguel Ángel de Anda Ledezma", "Cártel del Noreste") in _relations(text, "leader_of")


def test_relations_round8_a_role_a_source_describes_in_a_relative_clause():
    text = ("The Justice Department said Samuel Zamudio Ortega, whom the DEA describes as a lieutenant of Los Chapitos, "
            "laundered money through casas de cambio.")
    assert ("member_of", "Samuel Zamudio Ortega", "Los Chapitos") in _relations(text, "member_of")


@pytest.mark.parametrize("text", [
    "Prosecutors said Los Chapitos paid Samuel Zamudio Ortega, who laundered money for the faction in Culiacán.",
    "Los Chapitos contrataron a Samuel Zamudio Ortega, quien lavaba dinero para la facción en Culiacán.",
])
def test_relations_round8_the_faction_points_back_to_the_one_named(text):
    assert ("laundered_for", "Samuel Zamudio Ortega", "Los Chapitos") in _relations(text, "laundered_for")


def test_relations_round8_a_plural_relative_clause_of_sanction_before_a_war():
    text = "Los Chapitos, a quienes el Departamento del Tesoro sancionó en 2023, mantienen una guerra contra Los Mayos."
    found = _relations(text, "sanctioned_by", "rival_of")
    assert ("rival_of", "Los Chapitos", "Los Mayos") in found
    assert ("sanctioned_by", "Los Mayos", "U.S. Department of the Treasury") not in found
