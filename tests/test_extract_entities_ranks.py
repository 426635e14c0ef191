"""People and organizations on hand-written pages of genres earlier rounds under-cover: Mexican military, naval and
Guardia Nacional communiqués, Senate and Cámara coverage, trial and transfer reports, outlets cited as sources.

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

from pesquisa.extract.entities import extract_entities


def _names(nlp, text: str, kind: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text), "d") if e.type == kind}


def test_entities_rank_qualifiers_are_part_of_the_title(nlp_es):
    text = ("Las acciones fueron coordinadas por el General de Brigada Diplomado de Estado Mayor Héctor Lorenzo Juárez "
            "Aguirre, comandante de la zona. El Vicealmirante Cuerpo General Diplomado de Estado Mayor Fernando Arturo "
            "Castañón Zamacona encabezó la conferencia. La Capitana de Corbeta Ana Laura Hernández Ríos, del servicio "
            "médico, informó que los detenidos fueron valorados.")
    people = _names(nlp_es, text, "person")
    assert {"Héctor Lorenzo Juárez Aguirre", "Fernando Arturo Castañón Zamacona", "Ana Laura Hernández Ríos"} <= people
    assert not any("Diplomado" in p or "Cuerpo" in p for p in people)
    assert "La Capitana de Corbeta" not in _names(nlp_es, text, "place")


def test_entities_a_title_goes_on_after_its_adjective(nlp_es):
    text = ("El Coordinador Territorial de la GN en Zacatecas, General de Brigada Miguel Ángel Bárcenas Ramírez, precisó "
            "que se aseguraron cuatro armas largas.")
    people = _names(nlp_es, text, "person")
    assert "Territorial" not in people
    assert "Miguel Ángel Bárcenas Ramírez" in people


def test_entities_an_institution_named_across_y_and_en(nlp_es):
    text = ("La comisión citó a la titular para que explique los cambios al Registro Nacional de Personas Desaparecidas "
            "y No Localizadas. El diputado propuso crear un Registro Nacional de Extorsiones y Cobro de Piso. Según la "
            "diputada, la Fiscalía Especializada en Materia de Desaparición Forzada tiene más de 5 mil carpetas.")
    orgs = _names(nlp_es, text, "organization")
    assert {"Registro Nacional de Personas Desaparecidas y No Localizadas",
            "Registro Nacional de Extorsiones y Cobro de Piso",
            "Fiscalía Especializada en Materia de Desaparición Forzada"} <= orgs
    assert "Desaparición Forzada" not in _names(nlp_es, text, "person")
    assert not {"No Localizadas", "Materia", "Cobro de Piso"} & _names(nlp_es, text, "place")


def test_entities_bodies_joined_by_y_stay_two(nlp_es):
    text = "En el operativo participaron la Secretaría de Marina y la Guardia Nacional, en Sinaloa y Sonora."
    orgs = _names(nlp_es, text, "organization")
    assert {"Secretaría de Marina", "Guardia Nacional"} <= orgs


def test_entities_an_outlet_cited_as_a_source_is_no_place(nlp_es, nlp_en):
    es = ("De acuerdo con La Voz del Norte, la familia del testigo fue reubicada. Según El Debate, la Fiscalía no ha "
          "solicitado información. La Opinión informó que hubo tres muertos.")
    assert {"La Voz del Norte", "El Debate", "La Opinión"} <= _names(nlp_es, es, "organization")
    assert not {"La Voz del Norte", "El Debate", "La Opinión", "Voz del Norte"} & _names(nlp_es, es, "place")
    en = ("Sen. John Cornyn told the Texas Tribune that the transfers show what pressure can do. According to the "
          "Houston Chronicle, the deployment has cost $11 billion.")
    assert {"The Texas Tribune", "Houston Chronicle"} <= _names(nlp_en, en, "organization")
    assert "Houston" not in _names(nlp_en, en, "place")
    assert "Texas Tribune" not in _names(nlp_en, en, "person")


def test_entities_a_headline_subject_is_no_organization(nlp_en):
    text = ("The trial resumes Thursday before the judge, who warned the defense about the scope of cross-examination.\n\n"
            "Trump seeks faster extraditions\n\n"
            "Outside the courthouse, a former federal prosecutor said the trial would test whether juries trust "
            "cooperators.")
    assert "Trump" not in _names(nlp_en, text, "organization")


def test_entities_civil_society_bodies_after_a_title(nlp_es):
    text = ("Según María Elena Morera Mitre, presidenta de Causa en Común, las policías estatales siguen sin "
            "capacitación. Edna Jaime Treviño, directora de México Evalúa, señaló que las fiscalías no investigan.")
    assert {"Causa en Común", "México Evalúa"} <= _names(nlp_es, text, "organization")
    assert "México Evalúa" not in _names(nlp_es, text, "person")
