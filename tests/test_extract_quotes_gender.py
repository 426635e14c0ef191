"""Whom "she" / "he" ("ella", "él") stands for: not a person whose given name tells the other gender
(hand-written wire sentences in English and Spanish)."""

from __future__ import annotations

from _quote_helpers import quotes_of, said

from pesquisa.extract.quotes._gender import name_gender, pronoun_gender


def test_quotes_she_is_not_the_man_named_last(nlp_en):
    quotes = quotes_of(nlp_en, "Mexican President Claudia Sheinbaum said on Friday that her government would not accept "
                               "foreign troops. U.S. President Donald Trump has said he is willing to send them. "
                               "\"We will defend our sovereignty,\" she said.")
    assert said(quotes, "We will defend")[0] == "Claudia Sheinbaum"
    quotes = quotes_of(nlp_en, "Attorney General Pam Bondi praised the transfer. Deputy Attorney General Todd Blanche "
                               "called it historic. \"These defendants will face justice,\" she said.")
    assert said(quotes, "These defendants")[0] == "Pam Bondi"


def test_quotes_ella_is_not_the_senator_named_last(nlp_es):
    quotes = quotes_of(nlp_es, "La presidenta Claudia Sheinbaum dijo que no habrá intervención. El senador Ricardo "
                               "Monreal respaldó la postura. \"No vamos a permitirlo\", afirmó ella.")
    assert said(quotes, "No vamos a permitirlo")[0] == "Claudia Sheinbaum"


def test_quotes_he_stays_with_the_man_named_last_and_unknown_names_tell_nothing(nlp_en):
    quotes = quotes_of(nlp_en, "Sheriff Mark Dannels said the county needs help. \"We cannot do this alone,\" he said.")
    assert said(quotes, "We cannot do this alone")[0] == "Mark Dannels"
    assert (name_gender("Claudia Sheinbaum"), name_gender("Omar García Harfuch"), name_gender("Guadalupe Pérez"),
            name_gender("Xyzzy Smith")) == ("f", "m", None, None)
    assert (pronoun_gender("She"), pronoun_gender("él"), pronoun_gender("they")) == ("f", "m", None)
