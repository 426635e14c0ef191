"""Quotes and speakers, round 23: a document or a subject that names a body only to describe a counted group of its
members ("A letter signed by 12 House Democrats", "20 senadores de Morena") is those members', unnamed; a pronoun
after "heard testimony from a former pilot" is that witness, unnamed, not whoever was quoted before."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_letter_of_counted_members_is_not_the_body_en(nlp_en):
    """'A letter signed by 16 Senate Republicans warned that ...': no id for the Senate; 'A letter from the DEA' stays
    the DEA's."""
    text = ("WASHINGTON (Reuters) - A letter signed by 16 Senate Republicans on Tuesday warned that the cartels were "
            "recruiting teenagers on social media in Arizona. Senator Mark Kelly said the Senate would hold hearings.")
    quotes = quotes_of(nlp_en, text)
    speaker, named = said(quotes, "the cartels were recruiting")
    assert not named and speaker != "Senate"
    assert said(quotes, "the Senate would") == ("Mark Kelly", True)
    text = "WASHINGTON (Reuters) - Nine Senate Republicans warned that the border wall funds were running out."
    assert said(quotes_of(nlp_en, text), "the border wall funds")[1] is False
    text = "WASHINGTON (Reuters) - A letter from the DEA warned that the cartels were buying rifles at gun shows."
    assert said(quotes_of(nlp_en, text), "the cartels were buying")[1] is True


def test_extract_quotes_letter_of_counted_members_is_not_the_party_es(nlp_es):
    """'Una carta firmada por 20 diputados del PAN advirtió que ...': the deputies, unnamed, not the party."""
    text = ("Una carta firmada por 30 diputados del PAN advirtió este martes que el crimen organizado cobra cuotas "
            "a los productores de limón en Michoacán.")
    assert said(quotes_of(nlp_es, text), "el crimen organizado cobra")[1] is False


def test_extract_quotes_he_after_testimony_from_someone_unnamed_en(nlp_en):
    """'"...," attorney X told reporters. ... jurors heard testimony from a former cartel pilot who ... He testified
    that ...': the pilot, unnamed, not the attorney."""
    text = ("CHICAGO (AP) — The trial of a Sinaloa cartel money launderer entered its third week on Wednesday.\n\n"
            "\"My client never touched the cash,\" defense attorney Laura Stein told reporters.\n\n"
            "On Tuesday, jurors heard testimony from a former cartel accountant who kept ledgers for the group in "
            "Guadalajara. He testified that the payments reached $3 million a month.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "My client never") == ("Laura Stein", True)
    speaker, named = said(quotes, "the payments reached")
    assert not named and "accountant" in speaker and "Guadalajara" not in speaker


def test_extract_quotes_subject_before_a_clitic_speaks_es(nlp_es):
    """'El fiscal X dijo que ... La activista Y lo explicó así: «...»': the parse reads the activist as the object
    because of "lo"; she speaks, not the prosecutor quoted before."""
    text = ("El fiscal del estado, Salvador González, dijo que la búsqueda en el predio continuaría. La madre "
            "buscadora Rosa Elena Quiroz lo explicó así: «Aquí hay restos de nuestros hijos y nadie los quiere ver».")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "la búsqueda en el predio") == ("Salvador González", True)
    assert said(quotes, "Aquí hay restos") == ("Rosa Elena Quiroz", True)


def test_extract_quotes_colon_clause_after_someone_said_en(nlp_en):
    """'X said ... . A former DEA official, Y, put it bluntly: "..."': Y, whose clause the colon ends, speaks; not X,
    though the parse hangs Y's clause on the quote's verb."""
    text = ("Mexican Foreign Minister Juan Ramon de la Fuente said talks with Washington would continue. A former "
            "State Department envoy, Roberta Jacobson, put it bluntly: \"Both governments need a win on fentanyl.\"")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "talks with Washington") == ("Juan Ramon de la Fuente", True)
    assert said(quotes, "Both governments need") == ("Roberta Jacobson", True)


def test_extract_quotes_atajo_is_a_verb_of_speech_es(nlp_es):
    """'—...—atajó Rodríguez.' after another senator spoke: the one who cut in, named by her surname."""
    text = ("La secretaria de Gobernación, Rosa Icela Rodríguez, compareció ante el Senado.\n\n"
            "«Este gobierno pactó con los criminales», acusó la senadora Lilly Téllez.\n\n"
            "—No voy a responder a calumnias —atajó Rodríguez.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Este gobierno pactó") == ("Lilly Téllez", True)
    assert said(quotes, "No voy a responder") == ("Rosa Icela Rodríguez", True)


def test_extract_quotes_surname_opened_by_particle_speaks_es(nlp_es):
    """'Y subrayó que ... De la Fuente, por su parte, puntualizó que ...': the foreign minister named in full before,
    not the one who spoke last; 'De Culiacán, informó' names no place as a speaker."""
    text = ("El canciller Juan Ramón de la Fuente recibió al secretario de Seguridad Nacional de Estados Unidos, "
            "Kristi Noem, en la Cancillería.\n\nNoem subrayó que el tráfico de armas hacia México preocupa a su "
            "gobierno. De la Fuente, por su parte, puntualizó que la cooperación debe darse sin injerencias.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "el tráfico de armas") == ("Kristi Noem", True)
    assert said(quotes, "la cooperación debe") == ("Juan Ramón de la Fuente", True)
