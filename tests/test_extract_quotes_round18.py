"""Quotes and speakers, round 18: "el funcionario estadounidense" is not whoever holds a title with the same adjective,
the passive subject of a feature's aside ("Su hijo fue levantado") speaks nothing, a quote after a colon that ends a
clause about someone ("Carlos fue más breve: “...”"), a writer's comment joined after a quotation or a side remark on
the report's source ("como informaron algunos medios") is no part of the quote, and a description opening the
sentence before a quote with no named speaker ("La mandataria abrió ...", "the friar closed ...")."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_adjective_of_a_description_is_no_title_es(nlp_es):
    """'El funcionario estadounidense recordó que ...': the official who spoke, not the "embajador estadounidense"
    named only later."""
    text = ("El secretario de Estado de Estados Unidos, Marco Rubio, afirmó este jueves que México tiene que hacer más.\n\n"
            "El funcionario estadounidense recordó que en febrero México envió a 29 presuntos narcotraficantes.\n\n"
            "Por su parte, el embajador estadounidense en México, Ronald Johnson, declaró que la relación es cercana.")
    assert said(quotes_of(nlp_es, text), "en febrero") == ("Marco Rubio", True)


def test_extract_quotes_passive_subject_is_no_speaker_es(nlp_es):
    """'Su hijo, cuenta, fue levantado en 2024. «...», relata.': the woman telling it, not her son."""
    text = ("«Nos dejaron solos», dice Rosario, una mujer de 58 años.\n\n"
            "Rosario vive con sus dos nietos. Su hijo, cuenta, fue levantado en 2024 y nunca volvió. "
            "«Uno aprende a no preguntar», relata.")
    assert said(quotes_of(nlp_es, text), "Uno aprende")[0] == "Rosario"


def test_extract_quotes_colon_after_a_clause_about_someone_es(nlp_es):
    """'Carlos, un productor de limón ..., fue más breve: “...”': Carlos, not the source quoted before."""
    text = ("Un mando militar que pidió el anonimato reconoció que los grupos criminales tienen más drones.\n\n"
            "Carlos, un productor de limón que perdió su huerta, fue más breve: “Ya no hay nada que cuidar”.")
    assert said(quotes_of(nlp_es, text), "Ya no hay") == ("Carlos", False)


def test_extract_quotes_colon_after_an_unnamed_source_en(nlp_en):
    """'A Treasury official I spoke with put it bluntly: "..."': the unnamed official, not the scholar before."""
    text = ("Vanda Felbab-Brown, a scholar at the Brookings Institution, has written about precursor chemicals.\n\n"
            "A Treasury official I spoke with put it bluntly: \"We freeze accounts, and they open new ones the next day.\"")
    assert said(quotes_of(nlp_en, text), "We freeze") == ("A Treasury official", False)


def test_extract_quotes_comment_after_the_quotation_is_the_writers_en(nlp_en):
    """'has written that "...," and she is right.': the writer's comment is no part of her words."""
    text = ("Vanda Felbab-Brown, a scholar at the Brookings Institution, has written that \"precursor control is where "
            "the leverage is,\" and she is right.")
    quotes = quotes_of(nlp_en, text)
    assert not any("right" in q.text for q in quotes)
    assert said(quotes, "precursor control") == ("Vanda Felbab-Brown", True)


def test_extract_quotes_side_remark_on_the_source_es(nlp_es):
    """'X dijo que ..., como informaron algunos medios.': the media are neither the words nor the speaker."""
    text = ("El secretario de Seguridad, Omar García Harfuch, dijo que el aseguramiento forma parte de una estrategia "
            "para reforzar la vigilancia marítima, como informaron algunos medios.")
    quote = next(q for q in quotes_of(nlp_es, text) if q.text.startswith("el aseguramiento"))
    assert quote.text.endswith("vigilancia marítima")
    assert quote.speaker == "Omar García Harfuch"


def test_extract_quotes_side_remark_on_the_source_en(nlp_en):
    """'X said ..., as some media reported.': the remark ends the quote."""
    text = ("Security Secretary Omar García Harfuch said the arrests were part of a new strategy against fuel theft, "
            "as some media reported.")
    quote = next(q for q in quotes_of(nlp_en, text) if q.text.startswith("the arrests"))
    assert quote.text.endswith("fuel theft")
    assert quote.speaker == "Omar García Harfuch"


def test_extract_quotes_title_synonym_opening_the_sentence_before_es(nlp_es):
    """'La mandataria abrió la conferencia. "...", dijo.': the presidenta, not the headline's joint speakers."""
    text = ("Sheinbaum, Harfuch y Trevilla presentan resultados; \"no hay pacto con nadie\", dicen\n\n"
            "Durante la conferencia matutina de este martes en Palacio Nacional, la presidenta Claudia Sheinbaum Pardo y los integrantes del Gabinete de Seguridad "
            "presentaron un balance.\n\n"
            "La mandataria abrió la conferencia con un mensaje breve. \"Hemos reducido los homicidios, pero todavía "
            "falta mucho\", dijo.")
    assert said(quotes_of(nlp_es, text), "Hemos reducido") == ("Claudia Sheinbaum Pardo", True)


def test_extract_quotes_description_no_one_holds_keeps_its_person_en(nlp_en):
    """'The friar ... "...," he said' binds "the friar" to the one who spoke; later, 'the friar closed his notebook.
    "...," he said' is his, not the spokesman's who spoke in between."""
    text = ("Brother Tomás Salgado, a Franciscan, says the list is not finished. \"Every month I add names,\" he said.\n\n"
            "The friar does not name the bosses. \"They know who they are,\" he said.\n\n"
            "Guerrero's state security spokesman, Roberto Álvarez Heredia, said the state had increased patrols.\n\n"
            "Back in his parish office, the friar closed his notebook. \"Someone has to remember them,\" he said.")
    assert said(quotes_of(nlp_en, text), "Someone has") == ("Tomás Salgado", True)


def test_extract_quotes_titular_of_an_office_is_its_holder_es(nlp_es):
    """'El titular de la Defensa aseguró que ...': the secretary introduced before, not the ministry."""
    text = ("El secretario de la Defensa Nacional, general Ricardo Trevilla Trejo, compareció ante diputados.\n\n"
            "El titular de la Defensa aseguró que cuatro elementos ya fueron separados de su cargo.")
    assert said(quotes_of(nlp_es, text), "cuatro elementos") == ("Ricardo Trevilla Trejo", True)


def test_extract_quotes_relative_clause_after_a_description_es(nlp_es):
    """'«...», dijo el legislador, quien exigió que los militares ...': the lawmaker named before, not someone
    unnamed the plural of the clause made of him."""
    text = ("El diputado del PAN, Héctor Saúl Téllez, cuestionó la respuesta. «Pedir perdón no basta; queremos "
            "nombres», dijo el legislador, quien exigió que los militares involucrados sean juzgados en tribunales "
            "civiles.")
    assert said(quotes_of(nlp_es, text), "Pedir perdón") == ("Héctor Saúl Téllez", True)


def test_extract_quotes_reproach_is_speech_es(nlp_es):
    """'«...», reprochó la activista': a verb of reproach attributes the quote to its subject."""
    text = ("La fiscalía confirmó el hallazgo en un comunicado.\n\n"
            "«La fiscalía llegó cuatro horas después que nosotras», reprochó la activista.")
    assert said(quotes_of(nlp_es, text), "La fiscalía llegó") == ("la activista", False)


def test_extract_quotes_given_name_of_the_paragraph_before_es(nlp_es):
    """'Uno de ellos lo maneja Ramiro, de 52 años.' then a paragraph '“...”, cuenta': Ramiro, not no one."""
    text = ("A las ocho de la noche, la avenida se vacía. Uno de ellos lo maneja Ramiro, de 52 años, que lleva tres "
            "décadas en el oficio.\n\n"
            "“Antes trabajaba hasta la madrugada”, cuenta mientras espera pasaje frente al mercado.")
    assert said(quotes_of(nlp_es, text), "Antes trabajaba") == ("Ramiro", False)


def test_extract_quotes_act_joined_after_the_quotation_is_the_writers_es(nlp_es):
    """'sostuvo que la estrategia "está dando resultados" y pidió a los funcionarios ...': the request is told, not
    said; 'y que ...' after the quotation stays a second clause of hers."""
    text = ("En la conferencia, la presidenta Claudia Sheinbaum Pardo sostuvo que la estrategia de atención a las causas "
            "\"está dando resultados\" y pidió a los funcionarios del gabinete exponer las cifras.")
    quote = next(q for q in quotes_of(nlp_es, text) if q.text.startswith("la estrategia"))
    assert quote.text == "la estrategia de atención a las causas \"está dando resultados\""
    text = ("La presidenta Claudia Sheinbaum escribió en X que la reunión fue \"muy buena\" y que se logró un acuerdo "
            "\"con respeto a nuestra soberanía\".")
    assert any("se logró un acuerdo" in q.text for q in quotes_of(nlp_es, text))


def test_extract_quotes_headline_copy_yields_to_the_story_es(nlp_es):
    """'«Nos dejaron solos»: pobladores ... denuncian' then '«Nos dejaron solos», dice Rosario': one quote, Rosario's."""
    text = ("«Nos dejaron solos»: pobladores de Tierra Caliente denuncian abandono\n\n"
            "Los habitantes de El Aguaje llevan tres semanas sin salir de noche.\n\n"
            "«Nos dejaron solos», dice Rosario, una mujer de 58 años. «Aquí ni el Ejército entra ya».")
    copies = [q for q in quotes_of(nlp_es, text) if q.text == "Nos dejaron solos"]
    assert [(q.speaker, q.span.start > 80) for q in copies] == [("Rosario", True)]


def test_extract_quotes_headline_part_of_a_longer_quote_en(nlp_en):
    """"'Are they terrorists or not?': Senators clash ..." then the senator's whole question: said once, by her."""
    text = ("'Are they terrorists or not?': Senators clash with State official over cartel designations\n\n"
            "Sen. Jeanne Shaheen asked about the designations. \"Are they terrorists or not? Because if they are, a "
            "farmer who pays a cartel is funding terrorism,\" Shaheen said.")
    quotes = [q for q in quotes_of(nlp_en, text) if q.text.startswith("Are they")]
    assert [q.speaker for q in quotes] == ["Jeanne Shaheen"]


def test_extract_quotes_short_given_name_and_its_apposition_es(nlp_es):
    """'Lupita, la maestra de tercer grado, lleva ocho años ... «...», cuenta.' and later 'La maestra cierra el salón.
    «...», dice': both Lupita's, not the director's who spoke in between."""
    text = ("Lupita, la maestra de tercer grado, lleva ocho años en la comunidad. «Cuando empiezan los disparos, tiramos "
            "a los niños al piso», cuenta.\n\n"
            "El director de la escuela, Efraín Salgado, asegura que les prometieron una barda. “Llevamos dos años "
            "esperando”, lamenta.\n\n"
            "La maestra cierra el salón a las dos de la tarde. «Mañana volvemos», dice.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Cuando empiezan") == ("Lupita", False)
    assert said(quotes, "Mañana volvemos") == ("Lupita", False)


def test_extract_quotes_side_remark_after_a_closing_quotation_en(nlp_en):
    """'... "in the coming weeks," as several outlets reported.': the outlets neither speak nor end the quote's words."""
    text = ("FBI Director Kash Patel later told reporters that the bureau would publish the numbers \"in the coming "
            "weeks,\" as several outlets reported.")
    quotes = quotes_of(nlp_en, text)
    assert [q.speaker for q in quotes] == ["Kash Patel"]
    assert "outlets" not in quotes[0].text


def test_extract_quotes_synonym_of_a_title_with_an_adjective_es(nlp_es):
    """'El legislador texano había escrito: "..."': the senador named before ("legislador" stands for him), not someone
    unnamed."""
    text = ("El secretario Omar García Harfuch respondió este miércoles a través de su cuenta de X a las declaraciones "
            "del senador republicano Ted Cruz.\n\n"
            "El legislador texano había escrito horas antes en la misma red social: \"Morena is a narco-party\".")
    assert said(quotes_of(nlp_es, text), "Morena is") == ("Ted Cruz", True)
