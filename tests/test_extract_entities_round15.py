"""People, organizations and places on hand-written pages of round 15 (border crossings and bridges, state security
news with C5 centres and state prosecutors, US sheriff's and county attorney's stories, obituaries and profiles of
officials, analyses that gloss Spanish names): a crossing is a place, whatever the model says; a name an acronym
defines in brackets is kept whole, through "y", "para el", a closing state and a mixed-case or numbered acronym.

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def _titles(nlp, text: str) -> dict[str, list[str]]:
    from pesquisa.extract.entities import extract_entities
    from pesquisa.extract.titles import extract_roles

    entities = extract_entities(nlp(text), "d")
    extract_roles(text, entities, published=None)
    return {e.name: e.titles for e in entities if e.type == "person"}


def test_entities_bridges_and_ports_of_entry_are_places(nlp_en):
    text = ("The courier crossed through the World Trade International Bridge and returned by the Juarez-Lincoln "
            "International Bridge. Commercial traffic was diverted to the Bridge of the Americas, and a woman was "
            "arrested at the Otay Mesa Port of Entry on Friday.")
    places = entity_names(nlp_en, text, "place")
    assert {"World Trade International Bridge", "Juarez-Lincoln International Bridge", "Bridge of the Americas",
            "Otay Mesa Port of Entry"} <= places, places
    assert not entity_names(nlp_en, text, "organization") & places


def test_entities_a_name_before_a_crossing_word_is_a_place(nlp_en):
    text = "Mexican truckers blocked the Zaragoza international bridge on Monday, protesting extortion by police."
    assert "Zaragoza" in entity_names(nlp_en, text, "place")
    assert "Zaragoza" not in entity_names(nlp_en, text, "organization")


def test_entities_garita_names_a_place(nlp_es):
    text = "La Fuerza Estatal reforzará la vigilancia en la zona de la garita El Chaparral, dijo el secretario."
    assert "El Chaparral" in entity_names(nlp_es, text, "place")


def test_entities_numbered_acronym_keeps_a_centre_whole(nlp_es):
    text = ("Detecta C5 a hombres armados\n\nAgentes estatales detuvieron a tres hombres luego de que las cámaras del "
            "Centro de Comando, Control, Comunicaciones, Cómputo, Coordinación e Inteligencia (C5) detectaran un "
            "vehículo con personas armadas en la colonia Riberas del Bravo.")
    found = entity_mentions(nlp_es, text)
    name = "Centro de Comando, Control, Comunicaciones, Cómputo, Coordinación e Inteligencia"
    assert sorted(found[("organization", name)]) == ["C5", "C5", name]
    assert not {n for (t, n) in found if n in {"Comunicaciones", "Cómputo", "Coordinación", "Inteligencia"}}


def test_entities_mixed_case_acronym_spells_word_openings(nlp_es):
    text = ("Murió el primer director del Centro de Investigación y Seguridad Nacional (Cisen). Según la Asociación "
            "Mexicana de Empresas Gasolineras (Amegas), el contrabando creció.")
    found = entity_mentions(nlp_es, text)
    assert sorted(found[("organization", "Centro de Investigación y Seguridad Nacional")]) == \
        ["Centro de Investigación y Seguridad Nacional", "Cisen"]
    assert sorted(found[("organization", "Asociación Mexicana de Empresas Gasolineras")]) == \
        ["Amegas", "Asociación Mexicana de Empresas Gasolineras"]


def test_entities_defined_name_runs_through_para_el_and_a_closing_state(nlp_es):
    text = ("Más tarde coordinó el Instituto Nacional para el Combate a las Drogas (INCD). La Comisión Estatal de "
            "Derechos Humanos de Sinaloa (CEDH) registró 300 denuncias.")
    orgs = entity_names(nlp_es, text, "organization")
    assert {"Instituto Nacional para el Combate a las Drogas", "Comisión Estatal de Derechos Humanos de Sinaloa"} <= orgs
    assert "CEDH" not in orgs and "Instituto Nacional para" not in orgs


def test_entities_county_of_a_title_is_no_place(nlp_en):
    text = ("The Pima County Attorney's Office, led by County Attorney Laura Conover, will review the case, "
            "Sheriff Chris Nanos said.")
    assert "County" not in entity_names(nlp_en, text, "place")


def test_entities_english_name_with_its_spanish_gloss_and_dashed_acronym(nlp_en):
    text = ("In 2023, Mexico's Customs and Tax Administration Service (Servicio de Administración Tributaria - SAT) "
            "suspended 19 brokers, said an expert at the National Autonomous University of Mexico (Universidad "
            "Nacional Autónoma de México - UNAM).")
    orgs = entity_names(nlp_en, text, "organization")
    assert not [o for o in orgs if "(" in o or o.endswith(" - SAT")], orgs


def test_titles_headline_apposition_stops_at_the_line_break(nlp_es):
    text = ("Fallece Jorge Carrillo Olea, primer titular del Cisen\n\nCiudad de México. Murió a los 87 años el general "
            "retirado Jorge Carrillo Olea.")
    assert "primer titular del Cisen" in _titles(nlp_es, text)["Jorge Carrillo Olea"]
