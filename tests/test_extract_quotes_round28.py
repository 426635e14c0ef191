"""Quotes and speakers, round 28: court stories that open on a dateline and the plural of an office the parse takes
for a name ("LAREDO, Texas — Prosecutors told jurors ..."): people of that office, no one named; a mayor named again
as "la presidenta municipal" after "La alcaldesa X"; "a statement from" a body whose name holds commas."""

from __future__ import annotations

from _quote_helpers import entities_and_quotes, quotes_of, said


def test_extract_quotes_plural_office_after_a_dateline_is_no_named_speaker_en(nlp_en):
    """'Prosecutors told jurors ... that ...' after a dateline is an unnamed source, no person called Prosecutors."""
    text = ("Trial opens for alleged cartel gunman\n\n"
            "EL PASO, Texas — Prosecutors told jurors Tuesday that an alleged cartel gunman killed four men in "
            "Ciudad Juárez on orders from his bosses.\n\n"
            "Defense attorney Mark Ortega said his client was never in Juárez that week.")
    ents, quotes = entities_and_quotes(nlp_en, text)
    assert said(quotes, "an alleged cartel gunman") == ("Prosecutors", False)
    assert not any(e.name == "Prosecutors" for e in ents)
    assert said(quotes, "his client was never") == ("Mark Ortega", True)


def test_extract_quotes_presidente_municipal_names_the_alcalde_again_es(nlp_es):
    """'La alcaldesa X ...' then 'la presidenta municipal escribió: «...»' is the same mayor, by the other title."""
    text = ("Alcaldesa de Guasave condena balacera frente a una escuela\n\n"
            "Guasave, Sin.- La alcaldesa Lorena Quiñónez Beltrán condenó la balacera registrada el lunes frente a "
            "una primaria del centro.\n\n"
            "En sus redes sociales, la presidenta municipal escribió: «Las escuelas tienen que ser espacios de paz y "
            "vamos a reforzar los rondines».")
    assert said(quotes_of(nlp_es, text), "Las escuelas tienen") == ("Lorena Quiñónez Beltrán", True)


def test_extract_quotes_statement_from_a_body_with_commas_in_its_name_en(nlp_en):
    """'According to a statement from the Bureau of Alcohol, Tobacco, Firearms and Explosives, CLAIM' is the
    bureau's, not the person named before it: its source runs past the commas of the name."""
    text = ("Texas gun buyer sentenced for trafficking rifles to Mexico\n\n"
            "A Houston man, Raúl Garza Peña, was sentenced Friday to eight years in federal prison.\n\n"
            "According to a statement from the Bureau of Alcohol, Tobacco, Firearms and Explosives, nine of the rifles "
            "he bought were later found at crime scenes in Michoacán.")
    assert said(quotes_of(nlp_en, text), "nine of the rifles") == ("Bureau of Alcohol, Tobacco, Firearms and Explosives", True)
