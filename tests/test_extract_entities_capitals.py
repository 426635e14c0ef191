"""People and organizations on hand-written pages of round 8: Mexican bulletins naming people in capitals, the
defendants of an indictment and the entries of a sanctions list, aliases in single quotes or after a name the model
calls an organization, exchange houses and brokerages, federal districts, titles and headlines the model reads as
names.

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

from _entity_helpers import entity_names as _names

from pesquisa.extract.entities import extract_entities


def _mentions(nlp, text: str, name: str) -> set[str]:
    return {m.text for e in extract_entities(nlp(text), "d") if e.name == name for m in e.mentions}


def test_entities_people_named_in_capitals_in_a_bulletin(nlp_es):
    text = ("La Fiscalía General del Estado informó que un juez de control vinculó a proceso a JOSÉ LUIS ORTEGA "
            "MARTÍNEZ, alias “EL PELÓN”, y a ALEJANDRA TORRES CASTREJÓN por el delito de secuestro agravado.\n\n"
            "La Fiscal General del Estado, LIC. SANDRA LUZ VALDOVINOS SALMERÓN, reiteró que no habrá impunidad.")
    people = _names(nlp_es, text, "person")
    assert {"José Luis Ortega Martínez", "Alejandra Torres Castrejón", "Sandra Luz Valdovinos Salmerón"} <= people
    assert "EL PELÓN" in _mentions(nlp_es, text, "José Luis Ortega Martínez")
    assert not {"PELÓN", "ALEJANDRA", "Fiscal General del Estado"} & _names(nlp_es, text, "organization")
    streets = "Se aseguraron armas en la calle FRANCISCO VILLA de la COLONIA EMILIANO ZAPATA, en Culiacán."
    assert not _names(nlp_es, streets, "person")


def test_entities_defendants_in_capitals_and_a_sanctions_entry(nlp_en):
    text = ("The defendants are:\n- OSCAR NOÉ MEDINA GONZÁLEZ, a/k/a \"El Panu,\" 38;\n"
            "- JORGE HUMBERTO FIGUEROA BENÍTEZ, a/k/a \"El 27,\" 36;\n\n"
            "The following individuals were designated today:\n\n"
            "GARZA VILLARREAL, Patricia Elena (a.k.a. \"La Licenciada\"); DOB 03 Jun 1984; POB Monterrey, Nuevo "
            "Leon, Mexico.")
    people = _names(nlp_en, text, "person")
    assert {"Oscar Noé Medina González", "Jorge Humberto Figueroa Benítez", "Patricia Elena Garza Villarreal"} <= people
    assert "El Panu" in _mentions(nlp_en, text, "Oscar Noé Medina González")
    assert "La Licenciada" in _mentions(nlp_en, text, "Patricia Elena Garza Villarreal")
    assert "DOB" not in _names(nlp_en, text, "organization")


def test_entities_alias_after_a_name_the_model_calls_an_organization(nlp_en):
    text = ("A federal grand jury in the District of Columbia returned an indictment charging Johnny Hurtado "
            "Olascoaga, also known as \"El Pez,\" and his brother, José Alfredo Hurtado Olascoaga, also known as "
            "\"El Fresa,\" with narco-terrorism.")
    assert "El Pez" in _mentions(nlp_en, text, "Johnny Hurtado Olascoaga")
    assert not {"Pez", "El Pez"} & _names(nlp_en, text, "organization")


def test_entities_alias_in_single_quotes(nlp_es, nlp_en):
    es = "La policía detuvo a Juan Pérez Soto, alias 'El Gordo', y a Luis Ramírez Peña, alias ‘El Flaco’."
    assert "El Gordo" in _mentions(nlp_es, es, "Juan Pérez Soto")
    assert "El Flaco" in _mentions(nlp_es, es, "Luis Ramírez Peña")
    assert not {"El Gordo", "El Flaco"} & _names(nlp_es, es, "place")
    en = "Police arrested Juan Perez Soto, alias 'El Gordo,' on Monday."
    assert "El Gordo" in _mentions(nlp_en, en, "Juan Perez Soto")


def test_entities_exchange_houses_are_organizations(nlp_es, nlp_en):
    es = ("El titular de la UIF dijo que la dependencia congeló cuentas de doce casas de cambio en Sinaloa y Sonora. "
          "Entre ellas figuran Casa de Cambio Tepeyac, Divisas San Jorge y Cambios Sonora del Pacífico.")
    assert not _names(nlp_es, es, "person") and "Divisas San Jorge" not in _names(nlp_es, es, "place")
    assert {"Divisas San Jorge", "Cambios Sonora del Pacífico"} <= _names(nlp_es, es, "organization")
    en = ("Exchange houses along the border remain the main concern, he said. Companies such as Cambios Fronterizos "
          "del Golfo and Divisas Internacionales de Reynosa were frozen in October.")
    assert not _names(nlp_en, en, "person")
    assert {"Cambios Fronterizos del Golfo", "Divisas Internacionales de Reynosa"} <= _names(nlp_en, en, "organization")
    chamber = ("En Monterrey, la Cámara Nacional de Comercio, Servicios y Turismo (Canaco Servytur) pidió no criminalizar "
               "a los pequeños comercios que reciben dólares.")
    assert "Servicios y Turismo" not in _names(nlp_es, chamber, "organization")


def test_entities_a_company_named_again_by_its_first_word_is_no_person(nlp_en):
    text = ("Vector Casa de Bolsa, the brokerage founded by businessman Alfonso Romo, also lost clients. Vector said "
            "in a statement that it had strong controls and would challenge the order.")
    assert _names(nlp_en, text, "person") == {"Alfonso Romo"}
    assert {"Vector", "Vector Casa de Bolsa"} <= _mentions(nlp_en, text, "Vector Casa de Bolsa")


def test_entities_a_federal_district_is_an_organization(nlp_en, nlp_es):
    en = ("His older brother awaits trial in the Eastern District of New York. \"They moved tons,\" U.S. Attorney for "
          "the Central District of California Martin Estrada told reporters.")
    assert {"Eastern District of New York", "Central District of California"} <= _names(nlp_en, en, "organization")
    assert not {"Eastern District", "Central District"} & _names(nlp_en, en, "place")
    assert "Martin Estrada" in _names(nlp_en, en, "person")
    es = "El caso se sigue en el Distrito Sur de Texas, en Houston."
    assert "Distrito Sur de Texas" in _names(nlp_es, es, "organization")


def test_entities_titles_and_ranks_are_no_organization(nlp_en, nlp_es):
    en = "Secretaries of Foreign Relations from both countries are set to meet in January, the spokesperson added."
    assert not _names(nlp_en, en, "organization")
    es = ("El Gral. de División Diplomado de Estado Mayor Gabriel García Rincón asumirá la comandancia. El comisario, "
          "Gral. Ret. Tomás Rojas Mendoza, fue asesinado la noche del martes.")
    assert {"Gabriel García Rincón", "Tomás Rojas Mendoza"} <= _names(nlp_es, es, "person")
    assert "Ret" not in _names(nlp_es, es, "person")
    assert not any(n.startswith("Gral") for n in _names(nlp_es, es, "organization"))


def test_entities_headline_words_make_no_person(nlp_en, nlp_es):
    en = ("Thirteen Charged in Manhattan With Trafficking Fentanyl for the Sinaloa Cartel\n\nThe cell sold fentanyl "
          "pills in the Bronx, prosecutors said, and its trafficking network reached Phoenix.")
    assert "Trafficking Fentanyl" not in _names(nlp_en, en, "person")
    es = ("Comparece Harfuch ante el Senado\n\nEl secretario de Seguridad, Omar García Harfuch, compareció ante el "
          "Pleno del Senado de la República.")
    assert _names(nlp_es, es, "person") == {"Omar García Harfuch"}


def test_entities_surname_with_a_capital_inside_after_an_honorific(nlp_en):
    text = "Rep. Michael McCaul (R-Texas) said the designations had given federal agencies new tools."
    assert "Michael McCaul" in _names(nlp_en, text, "person")


def test_entities_a_collective_named_by_a_gerund_and_its_object(nlp_es):
    text = ("El colectivo Buscando a Nuestros Desaparecidos de Tijuana informó el hallazgo de cinco cuerpos en un "
            "predio de la colonia Camino Verde.")
    assert "Buscando a Nuestros Desaparecidos de Tijuana" in _names(nlp_es, text, "organization")


def test_entities_abstract_nouns_of_an_office_are_no_people(nlp_es):
    text = ("La subsecretaria de Derechos Humanos, Migración y Población de la Secretaría de Gobernación, Dra. María "
            "Luisa Rodea Pimentel, respondió que el mecanismo protege a más de 600 periodistas.")
    assert _names(nlp_es, text, "person") == {"María Luisa Rodea Pimentel"}


def test_entities_lexicon_tells_la_nueva_familia_michoacana_and_journalists_bodies(nlp_en, nlp_es):
    en = ("According to the indictment, the Hurtado Olascoaga brothers lead La Nueva Familia Michoacana, which the State "
          "Department designated as a Foreign Terrorist Organization.")
    orgs = _names(nlp_en, en, "organization")
    assert "La Nueva Familia Michoacana" in orgs and "La Familia Michoacana" not in orgs
    es = ("CIBanco entró en liquidación bajo supervisión del Instituto para la Protección al Ahorro Bancario (IPAB). "
          "Según la periodista Marcela Turati, fundadora de Quinto Elemento Lab, las agresiones vienen de autoridades.")
    assert {"Instituto para la Protección al Ahorro Bancario", "Quinto Elemento Lab"} <= _names(nlp_es, es, "organization")
    assert _names(nlp_es, es, "person") == {"Marcela Turati"}


def test_entities_a_given_name_the_model_calls_a_place_takes_its_surname(nlp_en):
    text = ("Causa en Común, which tracks atrocities reported in the press, counted more than 5,000 atrocities in 2025. "
            "Its president, María Elena Morera, said the drop in homicides was \"real but fragile.\"\n\nThe Washington "
            "Office on Latin America (WOLA) has also questioned the figures. Stephanie Brewer, WOLA's director for "
            "Mexico, said that data from the National Search Commission had stopped being updated for months.\n\n"
            "Cecilia Farfán-Méndez of the University of California San Diego said the government deserved credit for "
            "arrests. But Falko Ernst, a senior analyst for Mexico at the International Crisis Group, warned that the "
            "cartels had fragmented.")
    assert "Cecilia Farfán-Méndez" in _names(nlp_en, text, "person")
    assert "Cecilia" not in _names(nlp_en, text, "place")
