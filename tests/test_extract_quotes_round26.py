"""Quotes and speakers, round 26: a radio transcript whose first label gives the host's role after the name ("JANE
ROE, HOST:", the name typed an organization elsewhere), "la titular del Ejecutivo" where a president of each gender
is named, a pro-drop "agregó" after "De acuerdo con X, Y viajará ...", and a lede closed by "sources told Reuters, a
step that ..."."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_radio_label_with_the_host_role_en(nlp_en):
    """'MARY LOUISE KELLY, HOST:' (on its own line) and then 'KELLY:' are the host's turns, named with an id."""
    text = ("Texas sheriff on cartel smuggling through ranch land\n\n"
            "NPR's Mary Louise Kelly talks with Sheriff Brad Coe of Kinney County about smuggling near the border.\n\n"
            "MARY LOUISE KELLY, HOST:\n\n"
            "Kinney County sits along a quiet stretch of the Rio Grande. Its sheriff says the smugglers never left. "
            "Sheriff Brad Coe joins us now.\n\n"
            "BRAD COE: Thanks for having me.\n\n"
            "KELLY: How many pursuits did your deputies have this year?\n\n"
            "COE: More than two hundred, most of them ending in a crash.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "Kinney County sits") == ("Mary Louise Kelly", True)
    assert said(quotes, "How many pursuits") == ("Mary Louise Kelly", True)
    assert said(quotes, "More than two hundred") == ("Brad Coe", True)


def test_extract_quotes_radio_label_with_the_reporter_role_es(nlp_es):
    """'ANA LÓPEZ, CORRESPONSAL:' gives the correspondent's name, not the role."""
    text = ("Enlace desde Culiacán sobre la violencia en Sinaloa\n\n"
            "El programa conversó con la corresponsal Ana López y con el alcalde Juan de Dios Gámez.\n\n"
            "ANA LÓPEZ, CORRESPONSAL:\n\n"
            "Buenas noches. Las escuelas de la capital siguen cerradas por tercer día consecutivo.\n\n"
            "JUAN DE DIOS GÁMEZ: Estamos trabajando con la Guardia Nacional para reabrirlas la próxima semana.\n\n"
            "LÓPEZ: ¿Cuántos elementos llegaron a la ciudad?\n\n"
            "GÁMEZ: Alrededor de seiscientos, según nos informó la Defensa.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Buenas noches") == ("Ana López", True)
    assert said(quotes, "¿Cuántos elementos") == ("Ana López", True)


def test_extract_quotes_titular_del_ejecutivo_by_the_article_es(nlp_es):
    """'De acuerdo con la titular del Ejecutivo' where 'el presidente Trump' is named later: the presidenta; a bare
    'agregó' after it is hers too, not the person her words are about."""
    text = ("La presidenta Claudia Sheinbaum dijo que su gobierno revisará el acuerdo migratorio.\n\n"
            "Recordó que el presidente Donald Trump anunció nuevos aranceles la semana pasada.\n\n"
            "De acuerdo con la titular del Ejecutivo, el secretario Marcelo Ebrard irá a Washington el lunes. Allí "
            "presentará a los negociadores la propuesta mexicana sobre el acero, agregó.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "el secretario Marcelo Ebrard irá") == ("Claudia Sheinbaum", True)
    assert said(quotes, "Allí presentará") == ("Claudia Sheinbaum", True)


def test_extract_quotes_lede_closed_by_sources_told_an_outlet_en(nlp_en):
    """'..., two people familiar with the matter told Reuters, a move that ...': the clause before is theirs."""
    text = ("WASHINGTON, June 9 (Reuters) - The Treasury Department has drafted sanctions on four Mexican banks, two "
            "people familiar with the matter told Reuters, a move that would deepen the pressure on the country's "
            "financial system.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "The Treasury Department has") == ("two people familiar with the matter", False)


def test_extract_quotes_radio_reporter_turns_are_narration_en(nlp_en):
    """'JANE ROE, BYLINE:' and 'ROE:' tell the piece: the 'said' inside goes to the mayor it names, the anonymous
    driver stays unnamed, and the sign-off 'For NPR News, I'm ...' is no one's opinion."""
    text = ("Migrants stranded in Ciudad Juárez as shelters fill up\n\n"
            "STEVE INSKEEP, HOST:\n\n"
            "Shelters in Ciudad Juárez are full again. NPR's Jane Roe has the story.\n\n"
            "JANE ROE, BYLINE: The line outside the church shelter starts before dawn. Most of the people in it were "
            "sent back from El Paso.\n\n"
            "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
            "CRUZ PÉREZ CUÉLLAR: (Speaking Spanish).\n\n"
            "ROE: Mayor Cruz Pérez Cuéllar said the city would open two more shelters before the end of the month.\n\n"
            "ROE: A bus driver who asked not to be named said the gangs stop his bus at night and take the migrants' "
            "phones.\n\n"
            "For NPR News, I'm Jane Roe in Ciudad Juárez.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "the city would open") == ("Cruz Pérez Cuéllar", True)
    assert said(quotes, "the gangs stop his bus")[1] is False
    assert not any(q.text.startswith("I'm Jane Roe") for q in quotes)


def test_extract_quotes_interview_with_inline_name_labels_es(nlp_es):
    """'León Krauze: ¿...?' / 'Omar García Harfuch: ...' opening each paragraph, both named in the introduction."""
    text = ("García Harfuch: “No hay pacto con ningún grupo criminal”\n\n"
            "El secretario de Seguridad, Omar García Harfuch, habló con León Krauze sobre la estrategia del gobierno "
            "federal en Sinaloa.\n\n"
            "León Krauze: ¿Cuántos detenidos hay desde septiembre?\n\n"
            "Omar García Harfuch: Más de mil quinientos, y seguimos trabajando con la fiscalía del estado.\n\n"
            "León Krauze: ¿Hay negociación con alguna facción?\n\n"
            "Omar García Harfuch: Ninguna. Con la delincuencia no se negocia.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "¿Cuántos detenidos") == ("León Krauze", True)
    assert said(quotes, "Más de mil quinientos") == ("Omar García Harfuch", True)
    assert said(quotes, "Ninguna. Con la") == ("Omar García Harfuch", True)


def test_extract_quotes_interview_with_inline_name_labels_en(nlp_en):
    """'Scott Pelley: ...' / 'Anne Milgram: ...' inline, the interviewee named in the introduction."""
    text = ("The former DEA chief on the fentanyl crisis\n\n"
            "Scott Pelley spoke with Anne Milgram, who led the Drug Enforcement Administration until January.\n\n"
            "Scott Pelley: Where does the fentanyl come from?\n\n"
            "Anne Milgram: Almost all of it is made in Mexico, from chemicals shipped from China.\n\n"
            "Scott Pelley: Can it be stopped at the border?\n\n"
            "Anne Milgram: Not at the border alone. You have to go after the money.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "Where does the fentanyl") == ("Scott Pelley", True)
    assert said(quotes, "Almost all of it") == ("Anne Milgram", True)
    assert said(quotes, "Not at the border") == ("Anne Milgram", True)


def test_extract_quotes_quote_then_the_assessment_of_a_named_person(nlp_en, nlp_es):
    """'“...” That was the assessment of X' and '«...». Ese fue el diagnóstico de X': X, not the headline's body."""
    en = ("FBI warns of cartel recruiting on social media\n\n"
          "WASHINGTON (AP) — “They recruit kids the way a video game does.”\n\n"
          "That was the assessment of Laura Eimiller, a spokesperson for the FBI, at a briefing on Monday.")
    es = ("La FGR alerta sobre el reclutamiento de jóvenes en redes\n\n"
          "«Los reclutan como si fuera un juego».\n\n"
          "Ese fue el diagnóstico de Raúl Benítez Manaut, investigador de la UNAM, durante un foro en el Senado.")
    assert said(quotes_of(nlp_en, en), "They recruit kids") == ("Laura Eimiller", True)
    assert said(quotes_of(nlp_es, es), "Los reclutan") == ("Raúl Benítez Manaut", True)


def test_extract_quotes_inline_labels_under_a_headline_of_the_same_name_es(nlp_es):
    """'Ernestina Godoy: ‘...’' as the headline over 'Ernestina Godoy: ...' turns: the headline is no turn, so the
    introduction under it stays narration, no part of her words."""
    text = ("Ernestina Godoy: ‘La fiscalía no va a proteger a nadie’\n\n"
            "La fiscal general, Ernestina Godoy, conversó con Carmen Aristegui sobre los expedientes de desaparición "
            "que la institución revisará este año.\n\n"
            "Carmen Aristegui: ¿Cuántos expedientes hay?\n\n"
            "Ernestina Godoy: Más de cien mil en todo el país.\n\n"
            "Carmen Aristegui: ¿Y cuántos fiscales?\n\n"
            "Ernestina Godoy: Muy pocos, y por eso pedimos más presupuesto.")
    quotes = quotes_of(nlp_es, text)
    assert not any("conversó con" in q.text for q in quotes)
    assert said(quotes, "Más de cien mil") == ("Ernestina Godoy", True)


def test_extract_quotes_inline_label_of_a_name_the_model_reads_as_a_body_en(nlp_en):
    """'Lesley Stahl: ...?' twice, whom the model types an organization: the interviewer is a person with an id."""
    text = ("Inside the port where the pills come through\n\n"
            "Lesley Stahl traveled to Otay Mesa, California, where she spoke with Sidney Aki, the port director.\n\n"
            "Lesley Stahl: How many trucks cross here every day?\n\n"
            "Sidney Aki: About four thousand on a normal day.\n\n"
            "Lesley Stahl: And how many do you scan?\n\n"
            "Sidney Aki: Fewer than we should.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "How many trucks") == ("Lesley Stahl", True)
    assert said(quotes, "About four thousand") == ("Sidney Aki", True)


def test_extract_quotes_titular_of_an_office_named_by_its_kind_es(nlp_es):
    """'Según el titular de la fiscalía' after 'El fiscal de Sonora, X, ...': X; 'La fiscalía informó' with no one
    holding its head title before stays a nameless source."""
    text = ("HERMOSILLO, Son. El fiscal de Sonora, Gustavo Salas Chávez, presentó el balance de homicidios del mes.\n\n"
            "Según el titular de la fiscalía, los asesinatos bajaron 12 por ciento respecto de octubre en Cajeme.")
    assert said(quotes_of(nlp_es, text), "los asesinatos bajaron") == ("Gustavo Salas Chávez", True)
    other = ("NOGALES, Son. Un hombre fue detenido con 30 kilos de fentanilo en la garita.\n\n"
             "La fiscalía informó que el detenido fue trasladado a un penal federal en Hermosillo.")
    assert said(quotes_of(nlp_es, other), "el detenido fue trasladado")[1] is False


def test_extract_quotes_headline_surname_and_quote_over_inline_turns_es(nlp_es):
    """'Godoy: ‘...’' as the headline over 'Ernestina Godoy: ...' turns: the headline credits its quote, and the
    introduction under it is no part of any turn."""
    text = ("Godoy: ‘Ningún expediente se va a cerrar’\n\n"
            "En entrevista con Carmen Aristegui, la fiscal general Ernestina Godoy habló de los casos de desaparición.\n\n"
            "Carmen Aristegui: ¿Cuántos expedientes hay abiertos?\n\n"
            "Ernestina Godoy: Más de cien mil en todo el país.\n\n"
            "Carmen Aristegui: ¿Y cuántos fiscales?\n\n"
            "Ernestina Godoy: Muy pocos, y por eso pedimos más presupuesto.")
    quotes = quotes_of(nlp_es, text)
    assert not any("En entrevista con" in q.text for q in quotes)
    assert said(quotes, "¿Cuántos expedientes") == ("Carmen Aristegui", True)
