"""Quotes and speakers, round 27: a Spanish infinitive after "insistió en" (an aim, no words said), and a headline
that puts a place and a scene before a colon and a resident's quote ("Nogales, entre cierres y filas: “...”"), the
parse gluing the place onto the quoted verb as its subject."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_place_before_a_headline_colon_names_no_speaker_es(nlp_es):
    """'Reynosa, entre balaceras y bloqueos: “Aquí nadie duerme tranquilo”' is no one named, not the city."""
    text = ("Reynosa, entre balaceras y bloqueos: “Aquí nadie duerme tranquilo”\n\n"
            "Los comercios del centro cerraron temprano y las escuelas suspendieron clases durante dos días.")
    assert said(quotes_of(nlp_es, text), "Aquí nadie duerme") == (None, False)


def test_extract_quotes_place_before_a_headline_colon_names_no_speaker_en(nlp_en):
    """'Tijuana, after a week of shootings: “Nobody sleeps here”' is no one named, not the city."""
    text = ("Tijuana, after a week of shootings: \"Nobody here sleeps anymore\"\n\n"
            "Shops in the downtown area closed early and schools cancelled classes for two days.")
    assert said(quotes_of(nlp_en, text), "Nobody here sleeps")[1] is False


def test_extract_quotes_an_infinitive_after_en_is_no_reported_speech_es(nlp_es):
    """'insistió en designar a ...' is an aim, no words said; 'insistió en que ...' reports a clause."""
    text = ("El senador Tom Walsh insistió en clasificar a las bandas de tráfico de armas como grupos terroristas.\n\n"
            "La diputada Ana Ruiz insistió en que las aduanas del norte necesitan más inspectores y escáneres.")
    quotes = quotes_of(nlp_es, text)
    assert not any(q.text.startswith(("en clasificar", "clasificar")) for q in quotes)
    assert said(quotes, "las aduanas del norte") == ("Ana Ruiz", True)


def test_extract_quotes_a_reflexive_passive_after_a_quote_is_not_the_last_person_es(nlp_es):
    """'“...”, se informó.' after a spokesman's quote is no one's words; in a paragraph where the office spoke, its."""
    text = ("El vocero de la policía estatal, Mario Treviño, dijo que los detenidos fueron trasladados a la capital.\n\n"
            "«Se trata de una célula dedicada al robo de combustible», explicó Treviño.\n\n"
            "“Las diligencias continúan en la zona de la refinería”, se informó.\n\n"
            "La Secretaría de Marina informó que aseguró dos embarcaciones. “El personal naval mantiene la vigilancia "
            "en la costa”, se detalló.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Las diligencias continúan") == (None, False)
    assert said(quotes, "El personal naval mantiene") == ("Secretaría de Marina", True)


def test_extract_quotes_a_reflexive_passive_after_the_office_spoke_the_paragraph_before_es(nlp_es):
    """'La Guardia Nacional informó que ...' then, in its own paragraph, '«...», se precisó.': the office's communiqué."""
    text = ("El comisario Pedro Salas encabezó el operativo en la colonia Centro.\n\n"
            "La Guardia Nacional informó que sus elementos detuvieron a dos hombres en el puerto.\n\n"
            "«A los detenidos se les aseguraron tres armas cortas y varias dosis de droga», se precisó.")
    assert said(quotes_of(nlp_es, text), "A los detenidos") == ("Guardia Nacional", True)


def test_extract_quotes_an_impersonal_speech_phrase_after_a_quote_is_not_the_last_person_es(nlp_es):
    """'“...”, se dio a conocer.' after a president's post is no one's words, not the president's."""
    text = ("La presidenta Xiomara Castro escribió en su cuenta de X: «No habrá refugio para los narcotraficantes».\n\n"
            "“El capturado será trasladado a la base aérea para su entrega a la DEA”, se dio a conocer.")
    assert said(quotes_of(nlp_es, text), "El capturado será") == (None, False)
