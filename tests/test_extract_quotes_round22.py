"""Quotes and speakers, round 22: a claim a reporter's question reports of a third party ("—Presidenta, el senador X
dijo ayer que ...", "QUESTION: Senator X said that ...") is that party's, and the answer stays the one asked."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_claim_inside_a_question_is_the_named_ones_es(nlp_es):
    """'—Presidenta, el gobernador X dijo ayer que CLAIM. ¿Qué opina?': CLAIM is X's; the answer after it is still
    the president's, the question no one's."""
    text = ("La presidenta Claudia Sheinbaum habló este lunes sobre la seguridad en la frontera.\n\n"
            "—Presidenta, el gobernador de Texas, Greg Abbott, dijo ayer que los migrantes cruzan sin control por "
            "Ciudad Juárez. ¿Qué opina?\n\n"
            "—No es así, la frontera está atendida por la Guardia Nacional —contestó la mandataria.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "los migrantes cruzan") == ("Greg Abbott", True)
    assert said(quotes, "No es así") == ("Claudia Sheinbaum", True)
    assert said(quotes, "Presidenta, el gobernador")[1] is False


def test_extract_quotes_claim_inside_a_transcript_question_en(nlp_en):
    """'QUESTION: Senator X said on Sunday that CLAIM. Is that ...?': CLAIM is the senator's; 'you said' is not
    read as anyone else's."""
    text = ("Department Press Briefing\n\nTammy Bruce, Department Spokesperson\n\n"
            "MS BRUCE: Good afternoon. We have a few announcements today about our work with Mexico.\n\n"
            "QUESTION: Senator Chris Murphy said on Sunday that the strikes on drug boats have no legal basis. Is "
            "that the view of the department?\n\n"
            "MS BRUCE: The Secretary has been very clear about the legal basis for these operations.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "the strikes on drug boats") == ("Chris Murphy", True)
    assert said(quotes, "The Secretary has been") == ("Tammy Bruce", True)
    text = text.replace("Senator Chris Murphy said on Sunday", "You said on Sunday")
    assert not [q for q in quotes_of(nlp_en, text) if q.text.startswith("the strikes") and q.speaker_local_id]
