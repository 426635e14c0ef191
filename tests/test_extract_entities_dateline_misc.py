"""A name right after a Spanish dateline with the outlet in parentheses, which the model runs into one MISC span with
the outlet ("NUEVO LAREDO (El Mañana).- Name fue ..."): the person (issue 10). Hand-written ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_a_name_after_a_dateline_with_the_outlet_is_a_person(nlp_es):
    es = "NUEVO LAREDO (El Mañana).- Rubén Darío Garza Villarreal fue declarado culpable de lavado de dinero en Texas."
    assert "Rubén Darío Garza Villarreal" in entity_names(nlp_es, es, "person")
    es = "MATAMOROS (El Diario).- Efraín Leonel Benavides Treviño fue detenido por marinos en la colonia Expofiesta."
    assert "Efraín Leonel Benavides Treviño" in entity_names(nlp_es, es, "person")
