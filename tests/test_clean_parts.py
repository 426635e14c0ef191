"""Articles set out in parts: an interview's questions and answers, numbered sections, a list of figures and the
sentence closing it (hand-written pages in the shapes of Mexican interviews, US explainers and government bulletins)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _paragraphs(text: str) -> list[str]:
    return clean_document(RawDocument(source="page.txt", raw=text)).body.split("\n\n")


INTERVIEW = ("Entrevista\n\n\"No vamos a negociar con criminales\": fiscal de Chihuahua\n\nPor Luis Chaparro\n\n"
             "5 de diciembre de 2026\n\nEl fiscal general de Chihuahua, César Jáuregui, habló con este medio sobre la violencia "
             "en Ciudad Juárez y la cooperación con las autoridades de El Paso y de Texas.\n\n"
             "¿Cuántos homicidios hubo en noviembre?\n\nCiento doce en Juárez. Es menos que el año pasado, pero sigue siendo "
             "mucho.\n\n¿Hay coordinación con las autoridades de Texas?\n\nSí. Nos reunimos cada mes con la policía de El Paso "
             "y con la ATF.\n\n¿Qué pasa con las armas?\n\nCasi todas vienen del otro lado. Eso no es un secreto.\n\n"
             "¿Y las extorsiones?\n\nCrecieron. Es el delito que más nos preocupa.\n\n")


def test_clean_an_interviews_last_questions_and_answers_stay():
    kept = _paragraphs(INTERVIEW + "Comparte esta entrevista\n")
    assert kept[-2:] == ["¿Y las extorsiones?", "Crecieron. Es el delito que más nos preocupa."]
    assert "Comparte esta entrevista" not in kept


NUMBERED = ("Five takeaways from the U.S.-Mexico security talks\n\nBy Dana Cole\n\nDec. 5, 2026\n\nU.S. and Mexican officials "
            "met in Washington on Thursday for the fourth meeting of their security implementation group. Here is what came "
            "out of it.\n\n1. Arms trafficking moves up the agenda\n\nMexico pressed for more tracing of U.S. guns, and both "
            "sides agreed to expand joint investigations of gun shops.\n\n2. Fentanyl precursors\n\nThe United States asked "
            "Mexico to tighten controls on chemical imports from Asia.\n\n3. Extraditions\n\nOfficials discussed pending "
            "extradition requests, but gave no numbers.\n\n4. Money laundering\n\nTreasury officials presented new cases "
            "involving Mexican exchange houses.\n\n5. Next meeting\n\nThe group will meet again in Mexico City in March.\n")


def test_clean_numbered_sections_stay_to_the_last_one():
    kept = _paragraphs(NUMBERED)
    assert kept[-2:] == ["5. Next meeting", "The group will meet again in Mexico City in March."]


def test_clean_a_numbered_list_of_other_stories_under_the_article_goes():
    kept = _paragraphs(NUMBERED.split("\n\n1. ")[0] + "\n\nMost read\n\n1. Tucson police identify man killed in crash\n\n"
                       "2. Rain expected across southern Arizona this weekend\n\n3. City council delays vote on budget\n")
    assert not any(p[:2] in ("1.", "2.", "3.") for p in kept)


def test_clean_the_sentence_closing_a_list_of_figures_stays():
    closing = "La dependencia indicó que las acciones continuarán en coordinación con la Guardia Nacional."
    kept = _paragraphs("Sedena: resultados de la semana en Sinaloa\n\nCuliacán, Sinaloa, 5 de diciembre de 2026\n\nLa Secretaría "
                       "de la Defensa Nacional informó los resultados de las operaciones en Sinaloa entre el 28 de noviembre y el "
                       "4 de diciembre:\n\n- 23 personas detenidas\n\n- 41 armas aseguradas\n\n- 2,300 kilos de metanfetamina\n\n"
                       "- 8 laboratorios inhabilitados\n\n" + closing + "\n\nComparte en redes sociales\n")
    assert kept[-1] == closing
