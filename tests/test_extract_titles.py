"""Titles and roles tied to a person, with spans and the date the document asserts them."""

from __future__ import annotations

from pesquisa.extract.entities import extract_entities
from pesquisa.extract.titles import extract_roles


def _roles(nlp, text, published="2024-05-06"):
    doc = nlp(text)
    entities = extract_entities(doc, "d")
    names = {e.local_id: e.name for e in entities}
    return [(names[r.person], r.title, r.qualifier, r.date, text[r.span.start:r.span.end])
            for r in extract_roles(text, entities, published=published)]


def test_extract_titles_before_name(nlp_en):
    roles = _roles(nlp_en, "Foreign Affairs Minister Marcelo Ebrard said Friday that talks went well.")
    assert ("Marcelo Ebrard", "Foreign Affairs Minister", None, "2024-05-06", "Foreign Affairs Minister") in roles


def test_extract_titles_then_qualifier(nlp_en):
    roles = _roles(nlp_en, "The plan was agreed with then Secretary of State Rex Tillerson in 2017.")
    assert [(n, t, q) for n, t, q, _d, _s in roles] == [("Rex Tillerson", "Secretary of State", "then")]


def test_extract_titles_spanish_apposition_before_name(nlp_es):
    roles = _roles(nlp_es, "Lo anunció el titular de la SSPC, Omar García Harfuch, en conferencia.")
    assert [(n, t) for n, t, *_ in roles] == [("Omar García Harfuch", "titular de la SSPC")]


def test_extract_titles_apposition_after_name(nlp_en):
    text = ("Mexico sent a delegation. Roberto Velasco, Director for North America of the Foreign Ministry, led the "
            "talks. Velasco said the meeting went well.")
    entities = extract_entities(nlp_en(text), "d")
    roles = extract_roles(text, entities, published=None)
    velasco = next(e for e in entities if e.name == "Roberto Velasco")
    assert velasco.titles == ["Director for North America of the Foreign Ministry"]
    assert [(r.person, text[r.span.start:r.span.end]) for r in roles] == [
        (velasco.local_id, "Director for North America of the Foreign Ministry")]
    ministry = next(e for e in entities if e.key == "mx-sre")
    assert roles[0].organization == ministry.local_id  # the Foreign Ministry is named inside the title
    assert {e.name for e in entities if e.type == "place"} == {"Mexico", "North America"}


def test_extract_titles_spanish_rank_before_name(nlp_es):
    roles = _roles(nlp_es, "Lo informó el teniente de fragata Nicolás Andrés Falon Guzmán, comandante de la estación.")
    assert [(n, t) for n, t, *_ in roles] == [("Nicolás Andrés Falon Guzmán", "teniente de fragata"),
                                              ("Nicolás Andrés Falon Guzmán", "comandante de la estación")]


def test_extract_titles_do_not_run_across_a_clause_or_belong_to_someone_else(nlp_es):
    text = ("Fue la ex presidenta la que aprovechó un encuentro con la periodista Pilar del Río para hablar. "
            "Asistieron Juan Zabaleta y Victoria Tolosa Paz, ambos cercanos al Presidente, y otros dirigentes.")
    roles = {(n, t) for n, t, *_ in _roles(nlp_es, text)}
    assert ("Pilar del Río", "periodista") in roles
    assert not any(n == "Victoria Tolosa Paz" for n, _t in roles)
    assert not any("aprovechó" in t for _n, t in roles)


def test_extract_titles_eldest_of_the_brothers_is_no_office_issue_12(nlp_es):
    text = ("La OFAC sancionó a Ramiro Zepeda Olvera y a su hermano Teodoro. Zepeda Olvera, el mayor de los hermanos, "
            "es buscado por la DEA. La mayor de sus hijas, Lucía Zepeda Soto, también fue sancionada.")
    assert [t for _n, t, *_ in _roles(nlp_es, text) if "mayor" in t.lower()] == []
    roles = _roles(nlp_es, "El mayor Ernesto Valdivia Ortega, de la Guardia Nacional, encabezó el operativo.")
    assert any(n == "Ernesto Valdivia Ortega" and "mayor" in t.lower() for n, t, *_ in roles)
