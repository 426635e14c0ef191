"""Quotes of round 34 on hand-written sentences: a columnist's quote split by an aside that opens with a pronoun
("—me dijo un comerciante—"), a quote whose speaker the next paragraph names as its "reaction".

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_quotes_an_aside_told_to_the_columnist_splits_the_quote(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El secretario de Seguridad de Sonora, Víctor Hugo Enríquez, presentó el plan en Cajeme.\n\n"
        "\"Nadie nos ha visitado —nos contó una vecina de la colonia Aves del Castillo—, ni una patrulla en meses\"."))
    nobody = next(q for q in quotes if q.text.startswith("Nadie nos ha visitado"))
    assert "nos contó" not in nobody.text
    assert nobody.speaker_local_id is None
    assert nobody.speaker == "una vecina de la colonia Aves del Castillo"
    assert said(quotes, "ni una patrulla") == ("una vecina de la colonia Aves del Castillo", False)


def test_quotes_an_aside_told_to_me_leaves_the_quote_unnamed(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El alcalde de Cuauhtémoc, Humberto Pérez Mendoza, dijo que la policía municipal está completa.\n\n"
        "\"Aquí cobran piso desde hace tres años —me dijo un transportista que pidió el anonimato—, y todos lo "
        "saben\"."))
    assert said(quotes, "Aquí cobran piso")[1] is False


def test_quotes_a_reaction_named_in_the_next_paragraph(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Webb County Sheriff Martin Cuellar said two deputies were treated for minor injuries.\n\n"
        "\"I thought the whole street was on fire.\"\n\n"
        "That was the reaction of Rosa Delgado, who lives two houses from the warehouse."))
    assert said(quotes, "I thought the whole street") == ("Rosa Delgado", True)


def test_quotes_a_reaccion_named_after_the_quote(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El fiscal de Veracruz, Lisbeth Aurelia Jiménez Aguirre, informó que hay tres detenidos.\n\n"
        "«Ya no dejamos salir a los niños».\n\n"
        "Esa fue la reacción de Guadalupe Hernández, vecina del fraccionamiento Las Américas."))
    assert said(quotes, "Ya no dejamos salir") == ("Guadalupe Hernández", True)


def test_quotes_a_frame_in_the_compound_tense_names_its_sources(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Valencia, 4 jun (EFE).- La Policía Nacional ha detenido en el puerto a cinco personas que recibían "
        "metanfetamina oculta en maquinaria agrícola, según han informado fuentes policiales."))
    assert said(quotes, "La Policía Nacional ha detenido") == ("fuentes policiales", False)


def test_quotes_a_frame_in_the_compound_tense_keeps_a_named_body(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Bilbao, 9 oct (EFE).- Un hombre de 44 años ha sido detenido con doce kilos de cocaína en el aeropuerto, "
        "según ha informado la Guardia Civil en un comunicado."))
    assert said(quotes, "Un hombre de 44 años")[1] is True


def test_quotes_a_lawyer_for_the_accused_reports_his_clause(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The Mexican Embassy did not respond to a request for comment.\n\n"
        "Daniel Ortega Ruiz, a lawyer for the accused, said his client would ask for a jury trial."))
    assert said(quotes, "his client would ask") == ("Daniel Ortega Ruiz", True)
    assert not [q for q in quotes if q.text.startswith("Daniel Ortega Ruiz")]


def test_quotes_an_aside_in_the_compound_tense_splits_the_quote(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El delegado del Gobierno en Galicia, Pedro Blanco, ha visitado el puerto de Vigo.\n\n"
        "\"El hachís y la cocaína llegan por las mismas rutas —ha explicado un mando de la Guardia Civil—, y eso "
        "nos obliga a vigilar toda la ría\"."))
    first = next(q for q in quotes if q.text.startswith("El hachís y la cocaína"))
    assert "ha explicado" not in first.text
    assert first.speaker_local_id is None
    assert said(quotes, "y eso nos obliga")[1] is False


def test_quotes_a_closing_the_lawsuit_claims_stays_a_verb(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Filed Tuesday in Phoenix, the suit names four stores that sold rifles to straw buyers. The stores are "
        "fueling the violence that grips Sinaloa, the suit claims."))
    assert [q for q in quotes if q.text.startswith("The stores are fueling")]
