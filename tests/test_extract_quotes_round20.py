"""Quotes and speakers, round 20: a message or letter read out loud by a spokesperson (the author's words, never the
reader's: "X leyó un mensaje del gobernador Y: «...»", "X read a letter from Y ... “...,” the letter said", "dice el
texto"), and a subject that puts someone in charge of it ("La defensa de X, a cargo del abogado Y, aseguró": Y)."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_message_read_out_after_a_colon_es(nlp_es):
    """'El vocero X leyó un mensaje del gobernador Y: «...»': the governor's words; and one 'enviado por' Y."""
    text = ("El vocero estatal Jaime Olivas leyó un mensaje del gobernador Rubén Rocha Moya: \"Estamos con ustedes y no "
            "vamos a descansar\".\n\n"
            "Luego, Olivas dio lectura a una carta enviada por la senadora Lilly Téllez: \"No me van a callar\".")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Estamos con ustedes") == ("Rubén Rocha Moya", True)
    assert said(quotes, "No me van a callar") == ("Lilly Téllez", True)


def test_extract_quotes_text_of_a_message_read_out_es(nlp_es):
    """'la vocera X leyó un mensaje del alcalde Y, quien está hospitalizado. «...», dice el texto': the mayor's."""
    text = ("Durante la rueda de prensa, la vocera María Pérez leyó un mensaje del alcalde Juan Gómez, quien permanece "
            "hospitalizado. \"Pido a la ciudadanía mantener la calma\", dice el texto.")
    assert said(quotes_of(nlp_es, text), "Pido a la ciudadanía") == ("Juan Gómez", True)


def test_extract_quotes_message_read_out_said_after_en(nlp_en):
    """'Spokesman X read aloud a message from Governor Y ... “...,” the message said': the governor's, in the next
    paragraph too."""
    text = ("At the news conference, spokesman Jaime Olivas read aloud a message from Governor Rubén Rocha Moya, who "
            "is in Mexico City.\n\n"
            "\"To the families of Culiacán, I say you are not alone,\" the message said.")
    assert said(quotes_of(nlp_en, text), "To the families") == ("Rubén Rocha Moya", True)


def test_extract_quotes_letter_read_out_by_a_sheriff_is_not_his_en(nlp_en):
    """'Sheriff X read a letter from the victim's mother, Y. “...,” the letter said': never the sheriff's."""
    text = ("Later, Sheriff Tom Brown read a letter from the victim's mother, Ana Ruiz. \"My son was a good man,\" the "
            "letter said.")
    quote = next(q for q in quotes_of(nlp_en, text) if q.text.startswith("My son"))
    assert quote.speaker != "Tom Brown"


def test_extract_quotes_defense_in_charge_of_a_lawyer_es(nlp_es):
    """'La defensa de X, a cargo del abogado Y, aseguró que ...': the lawyer speaks, not his client."""
    text = ("La defensa de Ismael \"El Mayo\" Zambada, a cargo del abogado Frank Pérez, aseguró que su cliente no "
            "aceptará un acuerdo de culpabilidad.")
    assert said(quotes_of(nlp_es, text), "su cliente no") == ("Frank Pérez", True)


def test_extract_quotes_statement_read_from_an_official_parse_on_the_verb_en(nlp_en):
    """'a spokeswoman ..., X, read a statement from Attorney General Y. “...,” the statement said': Y's (the parse hangs
    "from" on "read")."""
    text = ("At a separate news conference, a spokeswoman for the state prosecutor's office, Carmen López, read a "
            "statement from Attorney General Sara Bonilla. \"Those responsible for these killings will be found,\" the "
            "statement said.")
    assert said(quotes_of(nlp_en, text), "Those responsible") == ("Sara Bonilla", True)


def test_extract_quotes_letter_of_a_mother_read_aloud_es(nlp_es):
    """'X leyó en voz alta una carta de su madre: «...»': the mother's words, unnamed; never the reader's, and "según
    la funcionaria" after it is still the secretary's."""
    text = ("La secretaria de Seguridad, Gloria Cantú, afirmó que los ataques contra policías disminuyeron.\n\n"
            "Al término del evento, la hermana de uno de los agentes asesinados, Laura Treviño, leyó en voz alta una carta "
            "de su madre: \"Mi hijo salió a trabajar y no regresó. Sólo pido justicia\".\n\n"
            "Según la funcionaria, el caso ya fue atraído por la Fiscalía estatal.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Mi hijo salió") == ("su madre", False)
    assert said(quotes, "el caso ya fue") == ("Gloria Cantú", True)


def test_extract_quotes_the_official_after_an_unnamed_one_es(nlp_es):
    """'Un alto funcionario de la Semar, que pidió no ser identificado, aseguró ... El funcionario explicó': still no
    one named, never an officer the story names further down."""
    text = ("Un alto funcionario de la Secretaría de Marina, que pidió no ser identificado, aseguró que el cargamento "
            "salió de Colombia a bordo de un semisumergible.\n\n"
            "El funcionario explicó que la embarcación fue interceptada frente a las costas de Oaxaca.\n\n"
            "En la ceremonia, el contralmirante Ignacio Reyes entregó reconocimientos a la tripulación.")
    assert said(quotes_of(nlp_es, text), "la embarcación fue") == ("El funcionario", False)


def test_extract_quotes_words_spoken_in_the_name_of_an_absent_official_es(nlp_es):
    """'X habló en nombre del secretario de Marina, Y, quien no pudo asistir: «...»': Y's message."""
    text = ("En la ceremonia, el contralmirante Ignacio Reyes habló en nombre del secretario de Marina, Raymundo "
            "Morales, quien no pudo asistir: \"La Armada de México seguirá cuidando nuestros mares\".")
    assert said(quotes_of(nlp_es, text), "La Armada") == ("Raymundo Morales", True)


def test_extract_quotes_sentence_ending_on_a_name_is_no_title_es(nlp_es):
    """'leyó un mensaje de la presidenta X: "Reconozco el trabajo de nuestras Fuerzas Armadas"': a sentence said (its
    capitals are the name it ends on), the president's; a title in quotation marks stays none."""
    text = ("Al final de la conferencia, la vocera presidencial leyó un mensaje de la presidenta Claudia Sheinbaum: "
            "\"Reconozco el trabajo de nuestras Fuerzas Armadas\".\n\n"
            "El grupo musical \"Los Tigres del Norte\" cantó en el evento.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Reconozco el trabajo") == ("Claudia Sheinbaum", True)
    assert not any(q.text.startswith("Los Tigres") for q in quotes)


def test_extract_quotes_former_official_is_the_one_acting_not_the_one_accused_es(nlp_es):
    """'El exsecretario X envió una carta en la que acusa al expresidente Y ... el exfuncionario sostiene: «...»': X,
    who wrote it (his title four words before his name), not Y, whom it accuses."""
    text = ("El exsecretario de Seguridad Pública Genaro García Luna envió una carta desde prisión en la que acusa al "
            "expresidente Andrés Manuel López Obrador de persecución política.\n\n"
            "En la misiva, leída por su abogado en una transmisión en redes sociales, el exfuncionario sostiene: "
            "\"Nunca recibí dinero del narcotráfico\".")
    assert said(quotes_of(nlp_es, text), "Nunca recibí") == ("Genaro García Luna", True)


def test_extract_quotes_aide_who_asked_anonymity_is_no_one_es(nlp_es):
    """'Consultado por este medio, un colaborador cercano del panista, que pidió no ser identificado, aseguró': an
    unnamed source, never the politician he works for."""
    text = ("El exgobernador de Tamaulipas Francisco García Cabeza de Vaca publicó un video en el que señala al exfiscal "
            "Irving Barrios de fabricar pruebas en su contra.\n\n"
            "\"Es una persecución política orquestada desde Palacio Nacional\", afirmó el exmandatario.\n\n"
            "Consultado por este medio, un colaborador cercano del panista, que pidió no ser identificado, aseguró que "
            "no regresará al país mientras no haya garantías.")
    quote = next(q for q in quotes_of(nlp_es, text) if q.text.startswith("no regresará"))
    assert quote.speaker_local_id is None


def test_extract_quotes_poem_read_out_is_not_the_readers_en(nlp_en):
    """'X read a poem written by the student before she disappeared. “...,” the poem said': never the reader's."""
    text = ("GUADALAJARA, Mexico (AP) — The mother of a missing university student, Lucía Martínez, said Thursday that "
            "prosecutors had ignored her pleas for months.\n\n"
            "At a protest outside the state prosecutor's office, classmate Daniela Ruiz read a poem written by the "
            "student before she disappeared. \"I walk home counting streetlights,\" the poem said.")
    quote = next(q for q in quotes_of(nlp_en, text) if q.text.startswith("I walk home"))
    assert quote.speaker_local_id is None


def test_extract_quotes_lawyer_in_charge_after_a_subject_cut_at_its_comma_es(nlp_es):
    """'La representación legal de los padres, a cargo del abogado Y, aseguró': Y, though the parse ends the subject
    at the comma before 'a cargo'."""
    text = ("En el homenaje, la madre de uno de los jóvenes, Hilda Legideño, pidió justicia.\n\n"
            "La representación legal de los padres, a cargo del abogado Isidoro Vicario, aseguró que la investigación "
            "no ha avanzado en el actual sexenio.")
    assert said(quotes_of(nlp_es, text), "la investigación no") == ("Isidoro Vicario", True)


def test_extract_quotes_former_mayor_named_after_the_place_of_his_title_es(nlp_es):
    """'El exalcalde de Acapulco X presentó una denuncia contra el exgobernador Y ... sostuvo el exfuncionario': X
    (the parse hangs his name on "Acapulco")."""
    text = ("El exalcalde de Acapulco Félix Salgado presentó una denuncia contra el exgobernador Héctor Astudillo por "
            "presunto desvío de recursos.\n\n"
            "\"Hay pruebas de que se desviaron más de 500 millones de pesos\", sostuvo el exfuncionario en conferencia.")
    assert said(quotes_of(nlp_es, text), "Hay pruebas") == ("Félix Salgado", True)
