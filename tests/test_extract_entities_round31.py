"""People, organizations and places on hand-written pages of round 31 (state prosecutors' and police communiqués in
capitals, EFE on security appointments, DOJ indictments with co-defendants, AP profiles of cartel families).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_mentions, entity_names


@pytest.mark.parametrize("text, body", [
    ("La FISCALÍA GENERAL DEL ESTADO DE GUERRERO informa que fue detenido un hombre en Iguala por el delito de robo.",
     "Fiscalía General del Estado de Guerrero"),
    ("Elementos de la POLICÍA ESTATAL PREVENTIVA detuvieron a dos hombres en la colonia Centro de Zitácuaro.",
     "Policía Estatal Preventiva"),
    ("Según la SECRETARÍA DE SEGURIDAD PÚBLICA DE DURANGO, los detenidos fueron trasladados a la capital.",
     "Secretaría de Seguridad Pública de Durango"),
])
def test_entities_a_body_in_capitals_inside_a_sentence_is_whole(nlp_es, text, body):
    orgs = entity_names(nlp_es, text, "organization")
    assert body in orgs
    assert "Secretaría de Seguridad y Protección Ciudadana" not in orgs  # a state's body, not the federal one


def test_entities_two_bodies_in_capitals_joined_by_y_stay_two(nlp_es):
    text = "La SECRETARÍA DE MARINA Y LA GUARDIA NACIONAL informaron que aseguraron una embarcación con droga en el puerto."
    orgs = entity_names(nlp_es, text, "organization")
    assert {"Secretaría de Marina", "Guardia Nacional"} <= orgs


@pytest.mark.parametrize("lang, text, given", [
    ("es", "En Navolato fueron detenidos Luis Ángel, de 19 años, y Cristian Iván, de 24, con armas largas.", "Luis Ángel"),
    ("es", "La víctima fue identificada como María Fernanda, de 17 años, estudiante de bachillerato.", "María Fernanda"),
    ("en", "Police said the victims, Juan Pablo, 16, and his cousin, were shot outside a store.", "Juan Pablo"),
])
def test_entities_given_names_alone_with_an_age_name_no_one(nlp_en, nlp_es, lang, text, given):
    nlp = nlp_en if lang == "en" else nlp_es
    assert given not in entity_names(nlp, text, "person")


def test_entities_given_names_with_an_age_join_the_full_name_of_the_article(nlp_es):
    text = ("Fue detenido Luis Ángel Ruiz Soto en la colonia Centro. Luis Ángel, de 19 años, fue trasladado a la "
            "Fiscalía del estado.")
    people = entity_names(nlp_es, text, "person")
    assert "Luis Ángel Ruiz Soto" in people
    assert "Luis Ángel" not in people


@pytest.mark.parametrize("lang, text", [
    ("en", "DOJ keeps reward for 'El Mencho'\n\nWASHINGTON — The Justice Department renewed its reward for the arrest of "
           "Nemesio Rubén Oseguera-Cervantes, also known as 'El Mencho'."),
    ("es", "Ofrecen recompensa por \"El Chapo\"\n\nCULIACÁN.- Las autoridades buscan a Joaquín Archivaldo Guzmán-Loera, "
           "alias \"El Chapo\", desde su fuga."),
])
def test_entities_a_known_nickname_joins_the_article_spelling_it_is_given_as_an_alias_of(nlp_en, nlp_es, lang, text):
    nlp = nlp_en if lang == "en" else nlp_es
    people = entity_mentions(nlp, text)
    people = {name: forms for (kind, name), forms in people.items() if kind == "person"}
    assert len(people) == 1, people


@pytest.mark.parametrize("lang, text, owner, other", [
    ("en", 'Gunmen loyal to Ismael Zambada Sicairos, a son of "El Mayo" Zambada, ambushed a patrol near Eldorado.',
     "Ismael Zambada García", "Ismael Zambada Sicairos"),
    ("es", "Ovidio Guzmán López, hijo de «El Chapo» Guzmán, se declaró culpable en Chicago.",
     "Joaquín Guzmán Loera", "Ovidio Guzmán López"),
])
def test_entities_the_surname_after_a_known_nickname_is_its_owners(nlp_en, nlp_es, lang, text, owner, other):
    nlp = nlp_en if lang == "en" else nlp_es
    mentions = entity_mentions(nlp, text)
    surname = other.split()[1]
    assert surname in mentions[("person", owner)]
    assert surname not in mentions[("person", other)]


@pytest.mark.parametrize("text, person, place", [
    ('Fueron detenidos en Culiacán Jesús Alfredo Beltrán Guzmán, alias "El Mochomito", y dos escoltas.',
     "Jesús Alfredo Beltrán Guzmán", "Culiacán"),
    ("La Marina capturó en Mazatlán Luis Fernando Osuna Lizárraga, señalado como jefe de plaza.",
     "Luis Fernando Osuna Lizárraga", "Mazatlán"),
])
def test_entities_a_full_name_right_after_a_town_is_a_person(nlp_es, text, person, place):
    assert person in entity_names(nlp_es, text, "person")
    assert place in entity_names(nlp_es, text, "place")
    assert not any(place in o for o in entity_names(nlp_es, text, "organization"))


def test_entities_colombian_given_names_open_a_person(nlp_en):
    text = ("His partner, Yuliana Andrea Ospina, and two associates, Wilmer Antonio Chaverra and Édison Ríos Castaño, "
            "were also detained in Medellín.")
    people = entity_names(nlp_en, text, "person")
    assert "Édison Ríos Castaño" in people
    assert "Édison Ríos Castaño" not in entity_names(nlp_en, text, "place")


@pytest.mark.parametrize("text, town", [
    ("Familias desplazadas de Leonardo Bravo y Heliodoro Castillo llegaron a Chilpancingo para pedir seguridad.",
     "Heliodoro Castillo"),
    ("Hombres armados atacaron a policías estatales en Miguel Alemán, Tamaulipas, la noche del sábado.", "Miguel Alemán"),
])
def test_entities_a_town_named_after_a_person_is_a_place(nlp_es, text, town):
    assert town in entity_names(nlp_es, text, "place")
    assert town not in entity_names(nlp_es, text, "person")


@pytest.mark.parametrize("text", [
    "A federal judge in the Northern District of Illinois postponed the sentencing of the cartel leader's son.",
    "A federal judge in the Eastern District of New York set the trial for March.",
])
def test_entities_a_judge_in_a_federal_district_gives_no_person(nlp_en, text):
    assert not any("District" in p for p in entity_names(nlp_en, text, "person"))
    assert any("District of" in o for o in entity_names(nlp_en, text, "organization"))


@pytest.mark.parametrize("text, court", [
    ("El Juzgado Primero de Distrito de Amparo en Materia Penal en Sinaloa negó un amparo a un presunto sicario.",
     "Juzgado Primero de Distrito de Amparo en Materia Penal"),
    ("Un Tribunal Colegiado en Materia Penal del Primer Circuito confirmó la sentencia contra el exfuncionario.",
     "Tribunal Colegiado en Materia Penal del Primer Circuito"),
])
def test_entities_a_court_named_with_its_matter_is_whole(nlp_es, text, court):
    assert court in entity_names(nlp_es, text, "organization")


def test_entities_a_full_name_after_the_town_read_as_one_misc_span_is_a_person(nlp_es):
    text = ("Agentes de la fiscalía capturaron en Apatzingán Ramón Eduardo Sánchez Mendoza, señalado como jefe de plaza "
            "de Cárteles Unidos.")
    assert "Ramón Eduardo Sánchez Mendoza" in entity_names(nlp_es, text, "person")
    assert "Apatzingán" in entity_names(nlp_es, text, "place")


@pytest.mark.parametrize("text, person", [
    ("Los exfuncionarios siguen en el centro del debate. La presidenta Sheinbaum pidió a la UIF investigar el caso.",
     "Sheinbaum"),
    ("Los colaboradores del exsecretario fueron detenidos. El gobernador Rocha dijo que no habrá toque de queda.", "Rocha"),
])
def test_entities_a_title_and_a_surname_opening_a_sentence_are_a_person(nlp_es, text, person):
    assert person in entity_names(nlp_es, text, "person")


def test_entities_a_full_name_right_after_a_country_and_de_is_found(nlp_es):
    text = ("El ministro anunció la extradición a Estados Unidos de Wilmer Josué Padilla Cárcamo, señalado de enviar "
            "cocaína a México.")
    assert "Wilmer Josué Padilla Cárcamo" in entity_names(nlp_es, text, "person")
