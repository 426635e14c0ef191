"""Quotes and their speakers on hand-written English and Spanish sentences and pages.

Every case is a kind of text news carries (a closing attribution, pro-drop, a partial
quote, a lost opening mark ...), written here so that the tests say what the extractor
does without reading the shared corpus or its gold.
"""

from __future__ import annotations

import pytest
from _quote_helpers import quotes_of, said

from pesquisa.extract.entities import extract_entities
from pesquisa.extract.quotes import extract_quotes, find_direct_quotes
from pesquisa.extract.quotes._cues import spanish_forms

_quotes = quotes_of
_said = said


def _direct(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_direct_quotes(text)]


# --- speakers through a story (closing attribution, standing quote, pronoun) ---------------

STORY_EN = (
    "Deputy Foreign Minister Ana Beltrán met U.S. officials in Washington on Monday.\n\n"
    "“Our teams have compared notes on weapons smuggling all year,” Beltrán said.\n\n"
    "“Both sides will have to change how the border is inspected.”\n\n"
    "She said the new inspection rules would also slow commercial traffic at the main crossings.\n\n"
    "Washington could stop far more rifles before they cross, Beltrán argued."
)


@pytest.mark.parametrize("start", [
    "Our teams have compared notes",  # "..., Beltrán said"
    "Both sides will have to change",  # a quote paragraph standing alone
    "the new inspection rules would",  # "She said ..."
    "Washington could stop far more",  # "..., Beltrán argued."
])
def test_extract_quotes_story_speakers(nlp_en, start):
    quotes = _quotes(nlp_en, STORY_EN)
    quote = next(q for q in quotes if q.text.startswith(start))
    assert (quote.speaker, STORY_EN[quote.span.start:quote.span.end]) == ("Ana Beltrán", quote.text)


def test_extract_quotes_title_pronoun_and_joint_statement(nlp_en):
    text = ("Foreign Minister Laura Méndez and Secretary of State John Harlan met in Ottawa on Friday.\n\n"
            "The foreign minister said the new radar stations had halved the number of illegal flights.\n\n"
            "“Extortion reports have fallen in every northern state,” she said.\n\n"
            "The secretary of state said the alliance between the two countries had never been closer.\n\n"
            "In a joint statement, the Mexican and U.S. governments said they will publish a common plan "
            "against arms smuggling before the summer.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the new radar stations") == ("Laura Méndez", True)
    assert _said(quotes, "Extortion reports have fallen") == ("Laura Méndez", True)
    assert _said(quotes, "the alliance between") == ("John Harlan", True)  # a title the roles step misses
    speaker, has_id = _said(quotes, "they will publish a common plan")
    assert speaker.startswith("joint statement") and not has_id


def test_extract_quotes_institution_then_unnamed_officials(nlp_en):
    text = ("The U.S. Embassy in Mexico said the two delegations reviewed twelve extradition requests.\n\n"
            "“We expect the first transfers before the end of the month.”\n\n"
            "US officials stated that port inspections would double next year.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the two delegations reviewed") == ("U.S. Embassy in Mexico", True)
    assert _said(quotes, "We expect the first transfers") == ("U.S. Embassy in Mexico", True)
    assert _said(quotes, "port inspections would double") == ("US officials", False)


def test_extract_quotes_unnamed_prosecutors_and_inverted_named_subject(nlp_en):
    text = ("The driver was arrested at a checkpoint near Laredo, prosecutors said.\n\n"
            "“The container held far more people than it could safely carry,” said Mario Ruiz Luna, head of the "
            "National Migration Institute.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "The driver was arrested") == ("prosecutors", False)
    assert _said(quotes, "The container held") == ("Mario Ruiz Luna", True)


# --- Spanish reported speech --------------------------------------------------------------

def test_extract_quotes_spanish_reported_speech_and_according_frames(nlp_es):
    text = ("El secretario de Estado, Marco Rubio, enfatizó que las sanciones cortarán el flujo de dinero de la "
            "red. El secretario del Tesoro, Scott Bessent, subrayó que “los bancos que mueven ese dinero también "
            "serán sancionados”.\n\n"
            "Según el Departamento del Tesoro, las casas de cambio ocultaban a sus verdaderos dueños. "
            "De acuerdo con la OFAC, la red operaba desde hace al menos seis años en tres países.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "las sanciones cortarán") == ("Marco Rubio", True)
    assert _said(quotes, "los bancos que mueven") == ("Scott Bessent", True)
    assert _said(quotes, "las casas de cambio") == ("U.S. Department of the Treasury", True)
    assert _said(quotes, "la red operaba") == ("Office of Foreign Assets Control", True)


def test_extract_quotes_spanish_inverted_described_and_joint(nlp_es):
    text = ("Los marinos encontraron dos laboratorios en la sierra durante la semana, informó la Secretaría de Marina.\n\n"
            "El director de la aduana, Julio Peña Robles, dijo que las revisiones se harán también de noche. "
            "“Cada contenedor pasará por rayos X”, explicó el funcionario.\n\n"
            "Ambos gobiernos informaron que crearán un equipo conjunto contra el tráfico de armas.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "Los marinos encontraron") == ("Secretaría de Marina", True)
    assert _said(quotes, "las revisiones se harán") == ("Julio Peña Robles", True)
    assert _said(quotes, "Cada contenedor pasará") == ("Julio Peña Robles", True)
    speaker, has_id = _said(quotes, "crearán un equipo conjunto")
    assert speaker.startswith("joint statement") and not has_id


def test_extract_quotes_inverted_subject_ends_before_its_audience(nlp_es):
    text = ("La ministra del Interior, Izkia Siches, acudió a la comisión. “Sabemos que han pasado bandas, "
            "lo que nos tiene muy preocupados”, advirtió la titular de Interior a los senadores.\n\n"
            "“Es un problema grave”, dijo la ministra ante la comisión del Senado.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "Sabemos que han pasado") == ("Izkia Siches", True)
    assert _said(quotes, "Es un problema grave")[0] != "Senado"  # the audience never speaks
    # an apposition after the audience is still the speaker's name
    quotes = _quotes(nlp_es, "“La frontera está cerrada”, dijo el embajador ante la OEA, Ken Salazar.")
    assert _said(quotes, "La frontera está cerrada") == ("Ken Salazar", True)


def test_extract_quotes_a_relative_pronoun_speaks_for_the_name_before_it(nlp_es, nlp_en):
    text = ("Una de las voces más críticas es el diputado Tomás Hirsch, quien ya tomó distancia del proyecto "
            "y anticipó que será complejo analizar una modificación de la ley.")
    assert _said(_quotes(nlp_es, text), "será complejo analizar") == ("Tomás Hirsch", True)
    # a name the entity finder missed still speaks, without an id, never the speaker before
    text = ("Diego Ibáñez dijo que la reforma es urgente para todos los chilenos. " + text)
    assert _said(_quotes(nlp_es, text), "será complejo analizar")[0] == "Tomás Hirsch"
    text = "Critics include Senator John Cornyn, who visited the border and said the wall would not stop the smugglers."
    assert _said(_quotes(nlp_en, text), "the wall would not stop") == ("John Cornyn", True)


def test_extract_quotes_someone_an_organization_describes_is_unnamed(nlp_en, nlp_es):
    quotes = _quotes(nlp_en, '"Meadows screwed everybody," said one GOP operative in the state. '
                             '"We will act," Treasury spokesperson John Smith said.')
    assert _said(quotes, "Meadows screwed") == ("one GOP operative in the state", False)
    assert _said(quotes, "We will act") == ("John Smith", True)
    quotes = _quotes(nlp_es, "“No habrá tregua”, dijo un funcionario de la Secretaría de Marina.")
    assert _said(quotes, "No habrá tregua") == ("un funcionario de la Secretaría de Marina", False)
    # a spokesperson speaks for the body
    quotes = _quotes(nlp_en, "A spokesperson for the U.S. Embassy in Mexico said the two governments remain in contact.")
    speaker, has_id = _said(quotes, "the two governments remain")
    assert has_id and "Embassy" in speaker


def test_extract_quotes_a_reported_clause_starts_after_the_dateline(nlp_en, nlp_es):
    quotes = _quotes(nlp_en, "MEXICO CITY (AP) — Mexican marines seized 300 kilos of cocaine at the port, officials said.")
    assert [q.text for q in quotes] == ["Mexican marines seized 300 kilos of cocaine at the port"]
    for dateline in ("Ciudad de México.- ", "CULIACÁN, Sin. (apro).- "):
        text = dateline + "Soldados detuvieron a cinco hombres en la colonia Las Quintas, informó la Sedena."
        assert [q.text for q in _quotes(nlp_es, text)] == ["Soldados detuvieron a cinco hombres en la colonia Las Quintas"]


def test_extract_quotes_a_body_sharing_a_title_word_is_not_that_person(nlp_es):
    text = ("El secretario de Seguridad, Omar García Harfuch, encabezó la reunión.\n\n"
            "Los soldados detuvieron a cinco hombres en la colonia Las Quintas, "
            "informó el grupo de coordinación de seguridad.")
    assert _said(_quotes(nlp_es, text), "Los soldados detuvieron")[0] != "Omar García Harfuch"


def test_extract_quotes_a_description_standing_for_a_title(nlp_es):
    text = ("La presidenta Claudia Sheinbaum habló en Palacio Nacional.\n\n"
            "El embajador Ronald Johnson sostuvo que la relación bilateral nunca había sido tan cercana.\n\n"
            "Consultada sobre los aranceles, la jefa del Ejecutivo dijo que su gobierno sigue dialogando con Washington.")
    assert _said(_quotes(nlp_es, text), "su gobierno sigue dialogando") == ("Claudia Sheinbaum", True)


def test_extract_quotes_it_and_a_name_the_recognizer_missed(nlp_en):
    text = ("The Bureau of Alcohol, Tobacco, Firearms and Explosives traced 8,000 guns, the agency said.\n\n"
            "Mexico's Foreign Ministry welcomed the findings. In a statement, it said the responsibility is shared "
            "between both countries.\n\n"
            "Alejandro Celorio, a legal adviser to the ministry, told reporters that the lawsuit against gunmakers "
            "would continue. \"We are not going to stop,\" he said.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the responsibility is shared") == ("Secretaría de Relaciones Exteriores", True)
    assert _said(quotes, "the lawsuit against gunmakers")[0] == "Alejandro Celorio"
    assert _said(quotes, "We are not going to stop")[0] == "Alejandro Celorio"


def test_extract_quotes_an_according_frame_starts_after_the_dateline(nlp_en):
    text = "WASHINGTON — The agency traced more than 8,000 firearms recovered in Mexico, according to a report."
    assert [q.text for q in _quotes(nlp_en, text)] == [
        "The agency traced more than 8,000 firearms recovered in Mexico"]


def test_extract_quotes_a_speech_phrase_speaks_for_its_own_subject(nlp_en, nlp_es):
    text = ("La presidenta Claudia Sheinbaum afirmó que la cooperación va bien. Por su parte, el canciller "
            "Marcelo Ebrard hizo énfasis en que México no aceptará ninguna intervención militar extranjera.")
    assert _said(_quotes(nlp_es, text), "México no aceptará") == ("Marcelo Ebrard", True)
    text = ("Secretary of State Marco Rubio said the talks were productive. Mexican Foreign Minister Juan Ramón "
            "de la Fuente made clear that Mexico would not accept foreign troops on its soil.")
    assert _said(_quotes(nlp_en, text), "Mexico would not accept") == ("Juan Ramón de la Fuente", True)
    # the phrase's subject through a copula, named in an apposition the recognizer may miss
    text = ("La senadora Emilia Nuyado criticó la medida. Su timonel, Andrés Santander, es de la idea de que "
            "“toda iniciativa que fortalezca las atribuciones del gobierno será valorada por nosotros”.")
    assert _said(_quotes(nlp_es, text), "“toda iniciativa")[0] == "Andrés Santander"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Attorney General Merrick Garland remarked that the department would prosecute the traffickers."),
    ("en", "Attorney General Merrick Garland estimated that half of the guns came from three states."),
    ("es", "El canciller Marcelo Ebrard asentó que el gobierno no aceptará tropas extranjeras en su territorio."),
])
def test_extract_quotes_more_reporting_verbs(nlp_en, nlp_es, lang, text):
    quotes = _quotes(nlp_en if lang == "en" else nlp_es, text)
    assert [q.speaker for q in quotes] in (["Merrick Garland"], ["Marcelo Ebrard"])


@pytest.mark.parametrize("verb", ["señalando", "asegurando", "destacando", "puntualizando"])
def test_extract_quotes_spanish_gerund_takes_the_main_subject(nlp_es, verb):
    text = (f"La senadora Lucía Trejo (PT) respaldó la iniciativa, {verb} que el cambio permitirá coordinar mejor a "
            "las policías. Afirmó que la medida reducirá los secuestros en el norte del país.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("el cambio permitirá coordinar mejor a las policías.", "Lucía Trejo"),
        ("la medida reducirá los secuestros en el norte del país.", "Lucía Trejo")]


def test_extract_quotes_spanish_seizure_sense_of_asegurar_is_no_speech(nlp_es):
    text = ("Agentes de la Guardia Nacional aseguraron 40 kilos de metanfetamina en un autobús en Sonora. "
            "El comandante Jorge Salas aseguró que la droga iba a Arizona.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [("la droga iba a Arizona.", "Jorge Salas")]


def test_extract_quotes_negated_verb_reports_nothing(nlp_es):
    text = ("La vocera de la fiscalía, Ana Ruiz Prado, dijo que tres sospechosos fueron detenidos en Tijuana, "
            "pero no precisó sus edades.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [("tres sospechosos fueron detenidos en Tijuana", "Ana Ruiz Prado")]


@pytest.mark.parametrize("text", [
    "El pago se hará en dos partes, es decir, la mitad este año y el resto al siguiente.",
    "Cabe señalar que el operativo se realizó durante la madrugada en tres municipios del estado.",
    "It should be noted that the operation took place overnight in three towns of the state.",
])
def test_extract_quotes_idioms_with_a_speech_verb_report_nothing(nlp_en, nlp_es, text):
    nlp = nlp_en if text.startswith("It") else nlp_es
    assert _quotes(nlp, text) == []


def test_extract_quotes_fronted_as_frame_and_nested_attribution(nlp_es):
    text = ("Tal como lo advirtió el gobernador Samuel Treviño el martes, la carretera seguirá cerrada todo el "
            "invierno, una decisión que ha defendido el secretario de Obras, Mario Vela, al explicar que el puente "
            "necesita refuerzos.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("la carretera seguirá cerrada todo el invierno", "Samuel Treviño"),
        ("el puente necesita refuerzos.", "Mario Vela")]


def test_extract_quotes_title_then_surname_and_pro_drop(nlp_es):
    text = ("La fiscal general Marta Ibarra Solís y el secretario Pedro Lozano dieron una conferencia. "
            "La fiscal Ibarra dijo que la red tenía contactos en tres puertos del Pacífico.\n\n"
            "“Habrá más detenciones en los próximos días”, afirmó.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text[:25], q.speaker) for q in quotes] == [
        ("la red tenía contactos en", "Marta Ibarra Solís"),
        ("Habrá más detenciones en ", "Marta Ibarra Solís")]


def test_extract_quotes_pro_drop_borrows_the_subject_of_its_sentence(nlp_es):
    text = ("La presidenta Rosa Elena Díaz habló por la mañana.\n\n"
            "El jefe de la base naval, capitán Andrés Mora, describió el operativo: “Interceptamos la lancha a "
            "cuarenta millas de la costa”, explicó.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "Interceptamos la lancha") == ("Andrés Mora", True)


def test_extract_quotes_cues_inside_a_quote_are_the_speakers_words(nlp_es):
    text = ("El general Raúl Medina habló de los decomisos. “Las armas que ustedes mencionan (de acuerdo con el "
            "reportaje) llegaron por Nogales”, reveló. Al ser cuestionado sobre las rutas, confirmó que la mayoría "
            "cruza por Sonora y Chihuahua.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text[:22], q.speaker) for q in quotes] == [
        ("Las armas que ustedes ", "Raúl Medina"),
        ("la mayoría cruza por S", "Raúl Medina")]


def test_extract_quotes_partial_quote_inside_a_reported_clause_is_one_quote(nlp_es):
    text = ("El secretario de Marina, José Luis Peña, dijo que los detenidos eran “los operadores financieros más "
            "importantes de la red” y serán juzgados en Jalisco.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.direct, q.speaker) for q in quotes] == [
        ("los detenidos eran “los operadores financieros más importantes de la red” y serán juzgados en Jalisco.",
         False, "José Luis Peña")]


def test_extract_quotes_partial_quote_after_a_relative_que_is_reported(nlp_es):
    text = ("El comisario Luis Ortega destaca el valor de un hallazgo que \"quizá\" sea \"el mayor de la década en "
            "este puerto\".")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("\"quizá\" sea \"el mayor de la década en este puerto\".", "Luis Ortega")]


# --- subjects that are documents, countries, groups, descriptions --------------------------

def test_extract_quotes_document_speaks_for_whoever_filed_it(nlp_en):
    text = ("Mexico filed a complaint against three Texas arms sellers on Monday.\n\n"
            "The complaint, which was lodged in a federal court in Houston, claims that the sellers knowingly "
            "supplied cartel buyers.\n\n"
            "After each sale, the rifles reach criminal groups within days, the complaint alleges.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the sellers knowingly") == ("Mexico", True)  # not a court of the relative clause
    assert _said(quotes, "After each sale") == ("Mexico", True)


def test_extract_quotes_document_with_no_named_author_is_unnamed(nlp_en):
    text = ("Three arms sellers were sued on Monday.\n\n"
            "The complaint, which was lodged in a federal court in Houston, claims that the sellers knowingly "
            "supplied cartel buyers.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the sellers knowingly") == ("The complaint, which was lodged in a federal court in "
                                                      "Houston", False)


def test_extract_quotes_according_to_the_statement_of_the_agency_named_before(nlp_es):
    text = ("Elementos de la Secretaría de Marina revisaron un pesquero frente a Mazatlán.\n\n"
            "De acuerdo con el comunicado oficial, en la bodega había dos toneladas de cocaína.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "en la bodega había") == ("Secretaría de Marina", True)


def test_extract_quotes_according_to_the_agency_over_a_seizure_verb(nlp_es):
    # "se aseguraron dos armas" is a seizure, not "assured": the frame still speaks for the agency
    text = ("La Secretaría de Marina informó la detención de tres hombres en Manzanillo.\n\n"
            "De acuerdo con la dependencia, en el cateo se aseguraron dos armas largas y documentos contables.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "en el cateo se aseguraron") == ("Secretaría de Marina", True)


@pytest.mark.parametrize("text, start", [
    ("Extortion reports fell 11% in February compared with the same month last year, according to the "
     "Interior Ministry, the third monthly decline in a row.", "Extortion reports fell 11%"),
    ("Los homicidios bajaron 15% en el primer semestre, según la Secretaría de Gobernación, la mayor caída "
     "desde 2016.", "Los homicidios bajaron 15%"),
    ("However, according to the Interior Ministry, extortion reports fell 11% in February.", "extortion reports"),
])
def test_extract_quotes_a_frame_after_its_clause_closes_it(request, text, start):
    """'CONTENT, according to X, an apposition': the words before the frame are X's, not the apposition."""
    quotes = _quotes(request.getfixturevalue("nlp_es" if "según" in text else "nlp_en"), text)
    assert [q.text[:len(start)] for q in quotes] == [start]


@pytest.mark.parametrize("lang, text, speaker", [
    ("es", "Sheinbaum dijo que su gobierno no aceptará la intervención de tropas extranjeras en el país.", "Sheinbaum"),
    ("es", "El acuerdo se firmará la próxima semana en Washington, afirmó Ebrard durante la conferencia.", "Ebrard"),
    ("en", "Rubio told reporters that the cartels would be treated as terrorist organizations from now on.", "Rubio"),
    ("es", "Pemex dijo que el robo de combustible bajó 20 por ciento en el último año en Tabasco.",
     "Petróleos Mexicanos"),
    ("en", "\"We will not negotiate with criminals,\" said Sheinbaum, who spoke at her morning news conference.",
     "Sheinbaum"),
])
def test_extract_quotes_a_bare_name_that_speaks_is_a_person(request, lang, text, speaker):
    """The article's only mention of the speaker is a bare surname: still the speaker (an organization stays one)."""
    nlp = request.getfixturevalue(f"nlp_{lang}")
    doc = nlp(text)
    ents = extract_entities(doc, "d")
    quotes = extract_quotes(doc, ents)
    owner = next(e for e in ents if e.local_id == quotes[0].speaker_local_id)
    assert (owner.name, owner.type) == (speaker, "organization" if speaker == "Petróleos Mexicanos" else "person")


@pytest.mark.parametrize("text", [
    "Diputados de la oposición señalaron que la Corte ya había declarado inconstitucional una medida similar.",
    "Elementos dijeron que el vehículo fue abandonado en la carretera federal durante la madrugada.",
    "Militares aseguran que el cargamento salió de Arizona rumbo a Hermosillo durante la noche.",
    "NUEVO LAREDO, Tamaulipas — La Secretaría de la Defensa Nacional aseguró 640 armas de fuego y 90 mil "
    "cartuchos en un almacén de Nuevo Laredo el pasado lunes, informó la dependencia.",
])
def test_extract_quotes_a_group_noun_that_speaks_is_no_person(nlp_es, text):
    assert not [e for e in extract_entities(nlp_es(text), "d") if e.type == "person"]


@pytest.mark.parametrize("text", [
    "El gobernador Rubén Rocha Moya hizo saber que los enfrentamientos en Culiacán disminuyeron en octubre.",
    "El gobernador Rubén Rocha Moya dio a conocer que los enfrentamientos en Culiacán disminuyeron en octubre.",
])
def test_extract_quotes_spanish_speech_phrases(nlp_es, text):
    assert _said(_quotes(nlp_es, text), "los enfrentamientos") == ("Rubén Rocha Moya", True)


def test_extract_quotes_a_relative_clause_on_a_description_speaks_for_the_name_beside_it(nlp_en):
    text = ("Residents are less convinced. \"At night nobody goes out,\" said Marisela Gómez, a shop owner in Culiacán "
            "who asked that her surname not be published for fear of reprisals. \"The shootings are fewer, but the "
            "fear is the same.\"")
    quotes = _quotes(nlp_en, text)
    assert {q.speaker for q in quotes} == {"Marisela Gómez"}


def test_extract_quotes_figures_of_an_owner_no_entity_names_are_unnamed(nlp_es):
    # "la Fiscalía estatal" is no entity here: its figures are no one's, not the last subject's
    text = ("Lilly Téllez exigió que el Congreso local cite a comparecer al secretario.\n\n"
            "De acuerdo con datos de la Fiscalía estatal, desde septiembre se han registrado más de 1,800 homicidios "
            "en la entidad.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "desde septiembre") == (_said(quotes, "desde septiembre")[0], False)


_TWO_SPEAKERS = ("La gobernadora Marina del Pilar Ávila dijo que hubo avances importantes en materia de seguridad. "
                 "El senador Ricardo Monreal afirmó que faltan recursos para las policías estatales.\n\n")


@pytest.mark.parametrize("text, speaker", [
    (_TWO_SPEAKERS + "La funcionaria insistió en que la estrategia de seguridad da resultados.", "Marina del Pilar Ávila"),
    (_TWO_SPEAKERS + "La mandataria estatal insistió en que la estrategia de seguridad da resultados.",
     "Marina del Pilar Ávila"),
    (_TWO_SPEAKERS + "El funcionario insistió en que la estrategia de seguridad da resultados.", "Ricardo Monreal"),
    ("El gobernador de Sinaloa, Rubén Rocha Moya, rechazó las acusaciones. Sin embargo, la senadora Lilly Téllez "
     "afirmó que el gobernador debe dar explicaciones.\n\nEl funcionario insistió en que la estrategia de "
     "seguridad da resultados.", "Rubén Rocha Moya"),
])
def test_extract_quotes_a_spanish_description_agrees_in_gender(nlp_es, text, speaker):
    """'el funcionario' / 'la funcionaria': the last person of that gender (by their titles), not the last one."""
    assert _said(_quotes(nlp_es, text), "la estrategia de seguridad") == (speaker, True)


def test_extract_quotes_an_interview_question_alone_in_its_paragraph_is_the_reporters(nlp_es):
    text = ("El canciller Juan Ramón de la Fuente habló con reporteros en Washington.\n\n"
            "—¿Habrá más extradiciones?\n\n"
            "—Sí, vamos a seguir colaborando con Estados Unidos —respondió el canciller.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "¿Habrá") == (None, False)
    assert _said(quotes, "Sí, vamos") == ("Juan Ramón de la Fuente", True)


def test_extract_quotes_a_bare_surname_of_several_named_people_adds_no_one(nlp_es):
    text = ("Ovidio Guzmán López se declaró culpable. Su padre, Joaquín Guzmán Loera, cumple cadena perpetua. "
            "Guzmán dijo que cooperará con la fiscalía de Estados Unidos.")
    ents = extract_entities(nlp_es(text), "d")
    assert sorted(e.name for e in ents if e.type == "person") == ["Joaquín Guzmán Loera", "Ovidio Guzmán López"]


@pytest.mark.parametrize("lang, text", [
    ("es", "En entrevista con Milenio, el alcalde de Culiacán, Juan Pérez Gámez, reconoció que la violencia ha "
           "afectado la economía local."),
    ("en", "In an interview with Reuters, the mayor of Culiacán, Juan Pérez Gámez, acknowledged that the violence "
           "had hurt the local economy."),
])
def test_extract_quotes_a_name_set_off_by_commas_before_the_verb_speaks(request, lang, text):
    """The parser hangs the title and name on the interview's outlet; the name right before the verb speaks."""
    quotes = _quotes(request.getfixturevalue(f"nlp_{lang}"), text)
    assert [(q.speaker, q.speaker_local_id is not None) for q in quotes] == [("Juan Pérez Gámez", True)]


def test_extract_quotes_a_country_speaks_through_its_government(nlp_en):
    text = "Two suspects were arrested in Panama last week. Colombia said it would ask for their extradition."
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("it would ask for their extradition.", "Colombia",
                                                             "country")]


def test_extract_quotes_bare_plural_group_is_unnamed(nlp_en):
    text = "The peso fell again on Friday, which currency traders say could push inflation higher this spring."
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker, q.speaker_local_id) for q in quotes] == [
        ("could push inflation higher this spring.", "currency traders", None)]


def test_extract_quotes_trial_parties_are_unnamed(nlp_en):
    text = ("His lawyer Tom Reyes asked for a shorter sentence. The defense told the jury that the informants "
            "invented the meetings to win lighter terms.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the informants invented") == ("The defense", False)


def test_extract_quotes_the_judge_is_the_person_titled_judge(nlp_en):
    text = ("U.S. District Judge Helen Park sentenced Rafael Soto on Wednesday. But the judge said Soto had "
            "betrayed the public trust for years.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "Soto had betrayed") == ("Helen Park", True)


def test_extract_quotes_org_description_points_to_the_last_organization(nlp_en):
    text = ("The sanctions were announced by the Office of Foreign Assets Control on Tuesday.\n\n"
            "The agency is warning investors: “Check every fund that promises double returns before you pay.”")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "Check every fund") == ("Office of Foreign Assets Control", True)


def test_extract_quotes_specific_title_nobody_holds_is_unnamed(nlp_es):
    text = ("El líder de la banda, Héctor Luna, se declaró culpable ante la corte. Héctor Luna, de 40 años, "
            "aseguró que colaborará con la justicia. Sin embargo, el fiscal puntualizó que pedirá una condena "
            "de veinte años.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "colaborará con la justicia") == ("Héctor Luna", True)
    assert _said(quotes, "pedirá una condena") == ("el fiscal", False)


def test_extract_quotes_lede_description_named_after(nlp_es):
    text = ("La analista sostuvo que la inflación bajará antes de junio en todo el país.\n\n"
            "Paula Ríos, profesora de la universidad, habló en Monterrey.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [("la inflación bajará antes de junio en todo el país.",
                                                      "Paula Ríos")]


# --- what is not speech ---------------------------------------------------------------------

def test_extract_quotes_subordinate_clause_before_a_comma_is_no_attribution(nlp_es):
    text = ("El debate creció en el Congreso durante toda la semana, sobre todo porque diputados locales han "
            "expresado dudas sobre el presupuesto.")
    assert _quotes(nlp_es, text) == []


def test_extract_quotes_object_relative_and_english_infinitive_report_nothing(nlp_en):
    text = ("She visited the old bridge that the mayor has said he wants to rebuild. "
            "The gang is alleged to have moved cash through two exchange houses.")
    assert _quotes(nlp_en, text) == []


def test_extract_quotes_verb_with_its_own_object_is_no_closing_attribution(nlp_es):
    text = "Durante la sesión del jueves, el senador Tomás Gil calificó esas sentencias como un abuso de los jueces."
    assert _quotes(nlp_es, text) == []


def test_extract_quotes_quoted_title_after_told_is_not_the_statement(nlp_en):
    text = ('Asked about the group, Rosa Field told "Morning Report" host Dan Hill, "We knock on every door because '
            'nobody else does."')
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.direct, q.speaker) for q in quotes] == [
        ("We knock on every door because nobody else does.", True, "Rosa Field")]


# --- quotation marks --------------------------------------------------------------------------

def test_extract_quotes_direct_marks():
    text = ('He said: «Nada va a cambiar». A “scare” quote. Then “first part of it,” she added, "and the second part."'
            "\n\n“An unclosed quote runs to the end")
    assert _direct(text) == ["Nada va a cambiar", "first part of it,", "and the second part.",
                             "An unclosed quote runs to the end"]


def test_extract_quotes_lost_opening_marks_quote_from_the_paragraph_or_the_last_attribution():
    text = ('The ministry has not answered a single letter from us," she said. We will keep asking every week. '
            'They owe the families an answer."')
    assert _direct(text) == ["The ministry has not answered a single letter from us,",
                             "We will keep asking every week. They owe the families an answer."]


def test_extract_quotes_nested_and_mixed_marks():
    text = ("“Uno de los detenidos, Mario “N”, tenía una orden vigente en Sinaloa”, dijo el fiscal.\n\n"
            'The audit raises "serious doubts about the contract,” Lee said.')
    assert _direct(text) == ["Uno de los detenidos, Mario “N”, tenía una orden vigente en Sinaloa",
                             "serious doubts about the contract,"]


@pytest.mark.parametrize("text", [
    "She told “Noticias Hoy” that the “Premio Nacional de Periodismo” mattered to her.",  # names and titles
    "The forum was titled “Border Security in the U.S.-Canada Corridor.” and ran all day.",  # abbreviations
    "The shop sold “luxury replica watches” to tourists.",  # a borrowed term mid-sentence
    "The crates were declared as “spare engine parts.” Inspectors found rifles.",  # a term closing a sentence
    "The agency posted “@CustomsNews #PortWatch” on Monday.",  # handles and hashtags
    "So-called “collectors” run the market.",  # a scare quote of one word
    "— Ministerio del Interior (@MinInterior) March 2, 2024",  # the byline of an embedded post
])
def test_extract_quotes_names_terms_handles_and_bylines_are_not_speech(text):
    assert _direct(text) == []


def test_extract_quotes_short_quote_after_a_speech_verb_is_speech():
    text = "He said “we will win this.” Then he left the room."
    assert _direct(text) == ["we will win this."]


def test_extract_quotes_quoted_names_next_to_speech():
    text = ("She told “Noticias Hoy” that the “Premio Nacional de Periodismo” and “a very long campaign” mattered. "
            "“It was a very long campaign for all of us,” she said.")
    assert _direct(text) == ["It was a very long campaign for all of us,"]


# --- the earlier hand-written cases -----------------------------------------------------------

def test_extract_quotes_reported_speech_english(nlp_en):
    quotes = _quotes(nlp_en, "Interior Minister Jane Doe warned that cartels are recruiting teenagers in the border states.")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("cartels are recruiting teenagers in the border states.", "Jane Doe", False)]


def test_extract_quotes_according_to(nlp_en):
    quotes = _quotes(nlp_en, "According to the DEA, the shipments crossed at Nogales every week.")
    assert quotes[0].text.startswith("the shipments crossed at Nogales")
    assert quotes[0].speaker == "Drug Enforcement Administration"


def test_extract_quotes_multi_paragraph_continuation(nlp_en):
    text = ("“We will not stop until the network is dismantled,” said Attorney General Maria Lopez.\n\n"
            "“Every shipment we stop saves lives in both countries.”")
    quotes = _quotes(nlp_en, text)
    assert [q.speaker for q in quotes if q.direct] == ["Maria Lopez", "Maria Lopez"]


def test_extract_quotes_described_speaker_after_comma_title(nlp_es):
    quotes = _quotes(nlp_es, "La gobernadora de Baja California, Marina del Pilar Ávila, visitó Tijuana. "
                             "“No vamos a permitirlo”, aseveró la gobernadora.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("No vamos a permitirlo", "Marina del Pilar Ávila", "title")]


def test_extract_quotes_unnamed_spanish_sources(nlp_es):
    quotes = _quotes(nlp_es, "Según fuentes de la Fiscalía, el detenido tenía una orden de aprehensión vigente.")
    assert [(q.text, q.speaker_local_id) for q in quotes] == [("el detenido tenía una orden de aprehensión vigente.", None)]


def test_extract_quotes_surname_the_model_called_an_organization(nlp_en):
    quotes = _quotes(nlp_en, "Mexican President Claudia Sheinbaum met U.S. Secretary of State Marco Rubio on Thursday. "
                             "Sheinbaum told reporters that cooperation would continue without subordination.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Claudia Sheinbaum", "cooperation would continue without subordination.")]


@pytest.mark.parametrize("verb", ["said", "told reporters", "added", "warned", "stressed"])
def test_extract_quotes_english_speech_verbs_with_that(nlp_en, verb):
    text = f"Interior Minister Jane Doe {verb} that cartels are recruiting teenagers along the border."
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker, q.verb.split()[0] if q.verb else None) for q in quotes] == [
        ("cartels are recruiting teenagers along the border.", "Jane Doe", verb.split()[0])]


@pytest.mark.parametrize("verb", ["dijo", "afirmó", "señaló", "aseguró", "detalló", "informó esta mañana",
                                  "puntualizó", "indicó", "explicó"])
def test_extract_quotes_spanish_speech_verbs_with_que(nlp_es, verb):
    text = f"El fiscal general, Alejandro Gertz Manero, {verb} que los detenidos serán trasladados a la capital."
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("los detenidos serán trasladados a la capital.", "Alejandro Gertz Manero")]


def test_extract_quotes_spanish_de_acuerdo_con_and_pronoun_drop(nlp_es):
    text = ("De acuerdo con la Secretaría de Marina, el cargamento salió de Colombia. "
            "El almirante Rafael Ojeda explicó que la carga venía oculta. “No habrá impunidad”, señaló.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("el cargamento salió de Colombia.", "Secretaría de Marina"),
        ("la carga venía oculta.", "Rafael Ojeda"),
        ("No habrá impunidad", "Rafael Ojeda")]


def test_extract_quotes_official_after_unnamed_source_stays_unnamed(nlp_es):
    text = ("El ministro ruso Serguei Lavrov habló el lunes. El viernes pasado un alto cargo de defensa aclaró que "
            "no existe una amenaza inminente en la región. “Seguimos monitoreando sus capacidades todos los días”, "
            "manifestó el funcionario.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text[:20], q.speaker_local_id is None) for q in quotes] == [
        ("no existe una amenaz", True), ("Seguimos monitoreand", True)]


def test_extract_quotes_description_named_later_in_the_article(nlp_es):
    text = ("El periodista sostuvo que la guerra no terminará pronto en la región.\n\n"
            "El periodista ruso Dmitry Muratov habló en Ginebra.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [("la guerra no terminará pronto en la región.", "Dmitry Muratov")]


def test_extract_quotes_spanish_dialogue_dash(nlp_es):
    quotes = _quotes(nlp_es, "—No vamos a negociar con criminales —dijo el gobernador Rubén Rocha Moya.")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("No vamos a negociar con criminales", "Rubén Rocha Moya", True)]


def test_extract_quotes_nameless_group_before_a_place_is_unnamed(nlp_en):
    quotes = _quotes(nlp_en, "Officials in Sinaloa said at least 20 people were killed in clashes over the weekend.")
    assert [(q.speaker, q.speaker_local_id) for q in quotes] == [("Officials in Sinaloa", None)]


def test_extract_quotes_relative_that_and_indirect_questions_are_not_speech(nlp_en):
    text = ("Meadows disclosed his decision in an interview with Politico that published around 5:30 a.m. on Thursday. "
            "Explaining why he won’t release former employees from confidentiality agreements has been hard.")
    assert _quotes(nlp_en, text) == []


def test_extract_quotes_attribution_prefers_the_quote_sentence(nlp_en):
    text = ("Mexican authorities seized 1.5 tonnes of cocaine in Manzanillo, the Navy said on Tuesday. "
            "“This is a blow to the cartels,” Navy Secretary Raymundo Morales said.")
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker) for q in quotes if q.direct] == [("This is a blow to the cartels", "Raymundo Morales")]


def test_extract_quotes_according_to_a_statement_does_not_replace_the_speaker(nlp_en):
    text = ("The Drug Enforcement Administration said on Monday that it had seized more than 20 million fentanyl "
            "pills in 2024, according to a statement released by the agency.")
    quotes = _quotes(nlp_en, text)
    assert [q.speaker for q in quotes] == ["Drug Enforcement Administration"]


# --- the lexicon ------------------------------------------------------------------------------

def test_extract_quotes_spanish_forms_of_an_infinitive():
    assert spanish_forms("señalar") == {"señaló", "señalaron", "señalando"}
    assert spanish_forms("exponer") == {"exponió", "exponieron", "exponiendo"}  # "expuso" is listed as irregular
    assert spanish_forms("según") == set()


def test_extract_quotes_a_name_and_a_colon_label_a_headline_quote(nlp_es):
    text = ("Harfuch: «No habrá impunidad» en caso de alcalde asesinado\n\n"
            "Morelia, Mich., 2 de noviembre de 2025.- El secretario de Seguridad, Omar García Harfuch, aseveró "
            "que el asesinato no quedará impune.")
    assert _said(_quotes(nlp_es, text), "No habrá impunidad") == ("Omar García Harfuch", True)


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("es", "Precisó que ya se identificó a uno de los responsables.\n\n"
           "—¿Hubo fallas en la seguridad del alcalde? —se le preguntó.\n\n"
           "—Eso lo estamos revisando —respondió.", "¿Hubo fallas"),
    ("en", "The minister spoke to reporters in Culiacán. \"Were there failures?\" he was asked.", "Were there"),
])
def test_extract_quotes_a_question_put_to_someone_has_no_speaker(nlp_en, nlp_es, lang, text, question):
    quote = next(q for q in _quotes(nlp_es if lang == "es" else nlp_en, text) if q.text.startswith(question))
    assert (quote.speaker, quote.speaker_local_id) == (None, None)


def test_extract_quotes_court_papers_speak_for_no_one_and_a_department_statement_for_the_department(nlp_en):
    text = ("The Justice Department announced the charges on Thursday. According to court documents, Juan Carlos "
            "Valencia González, 40, oversaw the cartel's operations in Michoacán. The indictment alleges that he "
            "paid bribes to police. The department's statement said the case was investigated by the DEA.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "Juan Carlos Valencia")[1] is False
    assert _said(quotes, "he paid bribes")[1] is False
    assert _said(quotes, "the case was investigated") == ("U.S. Department of Justice", True)


def test_extract_quotes_it_said_is_the_body_that_spoke_last_through_a_statement(nlp_en):
    text = ("Sheinbaum's spokesman, Jesús Ramírez, told reporters the president would not accept any unilateral "
            "action.\n\nAccording to a statement from the U.S. Embassy, the ambassador also met with Security "
            "Minister Omar García Harfuch. The two discussed fentanyl seizures, it said.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "The two discussed") == _said(quotes, "the ambassador also met")
    assert "Embassy" in _said(quotes, "The two discussed")[0]


def test_extract_quotes_a_reported_clause_opens_after_its_que_whatever_the_parse(nlp_es):
    text = ("Por su parte, Donald Trump escribió en su red Truth Social que ambos países seguirán trabajando en "
            "temas de seguridad y migración.")
    quote = next(q for q in _quotes(nlp_es, text) if "ambos países" in q.text)
    assert quote.text.startswith("ambos países seguirán")


def test_extract_quotes_government_figures_speak_for_no_one_named(nlp_en, nlp_es):
    en = ("The arrest of Ismael Zambada García in July 2024 triggered a violent struggle.\n\n"
          "Since September, more than 1,200 people have been killed in Sinaloa state, according to government figures.")
    assert _said(_quotes(nlp_en, en), "Since September")[1] is False
    es = "El gobernador Rubén Rocha Moya habló del tema. Según cifras oficiales, los homicidios bajaron 25 por ciento."
    assert _said(_quotes(nlp_es, es), "los homicidios bajaron")[1] is False


def test_extract_quotes_pro_drop_after_someone_spoke_without_a_clause(nlp_es):
    text = ("Agentes de la Fiscalía detuvieron a Fausto Isidro Meza Flores en Guasave, informaron autoridades "
            "federales.\n\nEl secretario de Seguridad, Omar García Harfuch, destacó en redes sociales la "
            "coordinación entre las instituciones. \"Seguiremos trabajando sin descanso\", escribió.")
    assert _said(_quotes(nlp_es, text), "Seguiremos trabajando") == ("Omar García Harfuch", True)


def test_extract_quotes_a_pronoun_is_the_person_the_narration_turned_to(nlp_en, nlp_es):
    en = ("Security Secretary Omar García Harfuch told reporters the prisoners had kept running their gangs.\n\n"
          "President Claudia Sheinbaum defended the move on Wednesday. \"It was a sovereign decision,\" she said. "
          "She added that her government would not accept foreign troops.")
    quotes = _quotes(nlp_en, en)
    assert _said(quotes, "It was a sovereign") == ("Claudia Sheinbaum", True)
    assert _said(quotes, "her government would not") == ("Claudia Sheinbaum", True)
    es = ("El secretario Omar García Harfuch dijo que los enviados seguían operando desde las cárceles.\n\n"
          "La presidenta Claudia Sheinbaum defendió la medida el miércoles. «Fue una decisión soberana», dijo.")
    assert _said(_quotes(nlp_es, es), "Fue una decisión") == ("Claudia Sheinbaum", True)


def test_extract_quotes_someone_acted_upon_does_not_take_the_pronoun(nlp_en):
    text = ("Security Secretary Omar García Harfuch said the faction had been weakened.\n\n"
            "Ismael Zambada was arrested in Texas in 2024. \"They are not defeated,\" he said.")
    assert _said(_quotes(nlp_en, text), "They are not defeated") == ("Omar García Harfuch", True)


def test_extract_quotes_a_seizure_verb_closing_a_clause_reports_nothing(nlp_es):
    text = ("En lo que va del año, las fuerzas federales han asegurado en Sinaloa más de 1.5 toneladas de "
            "metanfetamina, según cifras oficiales.")
    quotes = _quotes(nlp_es, text)
    assert [q.text for q in quotes] == ["En lo que va del año, las fuerzas federales han asegurado en Sinaloa más de "
                                        "1.5 toneladas de metanfetamina"]
    assert quotes[0].speaker_local_id is None


def test_extract_quotes_a_source_described_at_length_is_no_earlier_speaker(nlp_en, nlp_es):
    en = ("Jalisco's state prosecutor, Salvador González, told reporters that forensic teams had identified 400 bodies.\n\n"
          "According to the national registry of missing persons, more than 127,000 people are missing in Mexico.")
    assert _said(_quotes(nlp_en, en), "more than 127,000")[1] is False
    es = ("Su abogado, Ramiro Salinas, sostuvo ante el juez que su cliente es víctima de una persecución. Según el "
          "litigante, las pruebas se basan en testigos que buscan reducir sus condenas.")
    assert _said(_quotes(nlp_es, es), "las pruebas se basan") == ("Ramiro Salinas", True)


def test_extract_quotes_a_participle_clause_is_no_part_of_the_subject(nlp_es):
    text = ("La fiscal Julie Hampton señaló que presentará grabaciones.\n\nConsultado por este semanario, un exagente "
            "de la DEA que pidió el anonimato afirmó que el caso es uno de los más sólidos contra un exgobernador.")
    assert _said(_quotes(nlp_es, text), "el caso es uno") == ("un exagente de la DEA que pidió el anonimato", False)


def test_extract_quotes_a_rate_per_day_frames_nothing(nlp_en):
    text = ("Figueroa reported an average of 70.5 homicides a day between January and June.\n\n"
            "The figure represents a decrease of 15% compared to the average of 83 homicides per day recorded in 2024.")
    assert not any(q.text.startswith("The figure") for q in _quotes(nlp_en, text))


def test_extract_quotes_a_described_body_is_no_cartel_and_shares_a_noun_with_its_name(nlp_en, nlp_es):
    en = ("CIUDAD JUAREZ, Mexico — Police arrested a suspected leader of La Linea, the armed wing of the Juarez Cartel, "
          "in a raid on Sunday, the state attorney general's office said on Monday.")
    assert _said(_quotes(nlp_en, en), "Police arrested")[1] is False
    es = ("La Fiscalía General de la República detuvo a un operador del Cártel de Sinaloa en Culiacán. El detenido "
          "fue trasladado al penal del Altiplano, informó la dependencia.")
    assert _said(_quotes(nlp_es, es), "El detenido fue") == ("Fiscalía General de la República", True)


def test_extract_quotes_alleged_to_be_reports_nothing(nlp_en):
    text = ("A Mexican national alleged to be a plaza boss for the Sinaloa Cartel in Sonora was extradited from Mexico "
            "on Thursday and made his initial appearance in federal court.")
    assert _quotes(nlp_en, text) == []


def test_extract_quotes_state_figures_speak_for_no_one(nlp_en):
    text = ("The Chapitos faction has lost ground, analysts said.\n\nIn Sinaloa, the war between the Chapitos and the "
            "Mayos factions has killed more than 1,800 people since September 2024, according to state figures.")
    assert _said(_quotes(nlp_en, text), "In Sinaloa")[1] is False


def test_extract_quotes_a_two_word_quote_a_speech_verb_closes_is_speech(nlp_es, nlp_en):
    es = ("La alcaldesa pidió más elementos de la Guardia Nacional.\n\n«Estamos rebasados», admitió un comandante de "
          "la policía municipal que pidió no ser identificado.")
    assert _said(_quotes(nlp_es, es), "Estamos rebasados")[1] is False
    en = "The so-called \"cartel\" is small, Smith said. He called it \"a disaster\" in a speech."
    assert not any(q.direct for q in _quotes(nlp_en, en))


def test_extract_quotes_a_subject_the_parse_cut_out_of_a_name_is_that_name(nlp_en):
    text = ("The Mexican Embassy in Washington did not immediately respond. In a post on X, Mexico's foreign ministry "
            "said it \"categorically rejects\" any unilateral action.")
    assert _said(_quotes(nlp_en, text), "it \"categorically") == ("Secretaría de Relaciones Exteriores", True)


def test_extract_quotes_british_single_marks_quote_and_apostrophes_do_not(nlp_en):
    text = ("Interior minister Rosa Icela Rodríguez spoke in Culiacán. ‘We will not rest until the violence ends,’ she "
            "told reporters. The cartels’ routes have not changed, she added.\n\nCritics were unconvinced. ‘It’s the "
            "same promise we heard last year,’ said Adrián López, a local journalist.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "We will not rest") == ("Rosa Icela Rodríguez", True)
    assert _said(quotes, "It’s the same promise") == ("Adrián López", True)
    assert _direct("The strategy known as ‘Plan México’ also included aid to Haiti and the Dominican Republic.") == []


def test_quotes_a_subject_verb_after_a_person_named_beside_the_office_of_a_body(nlp_es):
    text = ("El coordinador del PAN, Ricardo Mejía Salas, defendió el dictamen en tribuna. \"No vamos a permitir que "
            "crucen más armas por la frontera\", sostuvo.")
    assert _said(_quotes(nlp_es, text), "No vamos a permitir") == ("Ricardo Mejía Salas", True)


def test_extract_quotes_a_dialogue_resumes_after_the_narrators_aside(nlp_es):
    text = ("El fiscal de Sonora, Gustavo Leyva Ochoa, presentó el balance de los operativos en la frontera.\n\n"
            "—No vamos a permitir que crucen armas —dijo el fiscal—. Es nuestra prioridad y vamos a trabajar con "
            "las agencias de Estados Unidos.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "No vamos a permitir") == ("Gustavo Leyva Ochoa", True)
    assert _said(quotes, "Es nuestra prioridad") == ("Gustavo Leyva Ochoa", True)


def test_extract_quotes_que_after_the_one_told_opens_the_clause(nlp_es):
    text = ("En entrevista con Reuters, Ramiro Cordero Lugo dijo a la agencia que México ha entregado a 55 "
            "presuntos narcotraficantes en lo que va del año.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("México ha entregado a 55 presuntos narcotraficantes en lo que va del año.", "Ramiro Cordero Lugo")]


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), [
    ("es", "El secretario de Relaciones Exteriores, Tomás Arriaga Lugo, viajó a Washington.\n\nEl presidente Donald "
           "Trump había dicho el domingo que México está gobernado por los cárteles.\n\nEl canciller afirmó que la "
           "relación bilateral se basa en el respeto mutuo.", "la relación bilateral", "Tomás Arriaga Lugo"),
    ("es", "El canciller Tomás Arriaga Lugo viajó a Washington. El canciller afirmó que la relación bilateral se basa "
           "en el respeto mutuo.", "la relación bilateral", "Tomás Arriaga Lugo"),
    ("en", "Mexican Foreign Secretary Alicia Serrano met her U.S. counterpart. The foreign minister said both countries "
           "agreed on a new security group.", "both countries agreed", "Alicia Serrano"),
])
def test_extract_quotes_a_description_is_the_title_it_stands_for(nlp_en, nlp_es, lang, text, start, speaker):
    assert _said(_quotes(nlp_es if lang == "es" else nlp_en, text), start) == (speaker, True)


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("en", "The list includes 30 people, a security cabinet source told EFE.", "The list includes 30"),
    ("es", "La lista incluye a 30 personas, dijo a Reuters un funcionario que pidió el anonimato.", "La lista incluye"),
    ("es", "Según dijo a EFE una fuente del gabinete de seguridad, la lista de extraditables incluye a 30 personas.",
     "la lista de extraditables"),
])
def test_extract_quotes_the_outlet_told_is_no_speaker(nlp_en, nlp_es, lang, text, start):
    """An unnamed source 'told EFE' / 'dijo a Reuters': the outlet only listens, the source stays unnamed."""
    assert _said(_quotes(nlp_es if lang == "es" else nlp_en, text), start)[1] is False


def test_extract_quotes_a_subject_after_the_one_told_speaks(nlp_es):
    text = "La lista incluye a 30 personas, declaró a este medio el alcalde Julián Peralta Soto."
    assert _said(_quotes(nlp_es, text), "La lista incluye") == ("Julián Peralta Soto", True)


@pytest.mark.parametrize("text", [
    "Former President Andrés López’s “hugs, not bullets” policy has been replaced by intelligence work.",
    "La estrategia de “abrazos, no balazos” quedó atrás, según la presidenta.",
])
def test_extract_quotes_a_slogan_with_a_comma_named_in_the_sentence_is_no_quote(text):
    assert _direct(text) == []


def test_extract_quotes_an_embedded_post_is_its_signers_words(nlp_es):
    text = ("El secretario de Seguridad, Rodrigo Almada Fuentes, informó la detención de un operador del cártel.\n\n"
            "A través de sus redes sociales, el funcionario compartió el mensaje:\n\n"
            "En un operativo conjunto en Zapopan detuvimos a un operador financiero, responsable de la compra de "
            "armas en Estados Unidos. pic.twitter.com/AbC123xyz\n\n"
            "— Rodrigo Almada Fuentes (@RAlmadaF) October 2, 2025\n\n"
            "El detenido fue trasladado a la Ciudad de México.")
    quotes = _quotes(nlp_es, text)
    post = next(q for q in quotes if q.text.startswith("En un operativo conjunto"))
    assert (post.speaker, post.direct, post.text.endswith("Estados Unidos.")) == ("Rodrigo Almada Fuentes", True, True)


def test_extract_quotes_a_verb_with_its_subject_before_the_comma_closes_no_attribution(nlp_es):
    text = ("GUADALAJARA, Jal., 2 de octubre de 2025.- El secretario de Seguridad, Rodrigo Almada Fuentes, informó la "
            "detención de un operador financiero del Cártel Jalisco Nueva Generación.")
    assert [q.text for q in _quotes(nlp_es, text)] == []


def test_extract_quotes_a_story_paragraph_above_a_lost_posts_byline_is_no_post():
    from pesquisa.extract.quotes._marks import embedded_posts

    lost = "El detenido fue trasladado a la Ciudad de México en un vuelo.\n\n— Juan Pérez (@jperez) May 2, 2025"
    announced = "Escribió en X:\n\nSeguimos unidos contra el tráfico de armas.\n\n— Juan Pérez (@jperez) May 2, 2025"
    assert embedded_posts(lost) == []
    assert [announced[w.start:w.end] for w, _ in embedded_posts(announced)] == ["Seguimos unidos contra el tráfico de armas."]


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("en", "“These officials betrayed the people they serve,” Deputy Treasury Secretary Alan Brice said.\n\n"
           "The mayor of one of the towns, reached by phone, denied any ties to organized crime. “I have never met "
           "anyone from the cartel,” he told Reuters.", "I have never met"),
    ("es", "“Estos funcionarios traicionaron a su pueblo”, dijo el subsecretario del Tesoro, Alan Brice.\n\n"
           "El alcalde de uno de los municipios, consultado por teléfono, negó cualquier vínculo con el crimen. "
           "“Nunca he conocido a nadie del cártel”, dijo él.", "Nunca he conocido"),
])
def test_extract_quotes_a_pronoun_after_someone_unnamed_the_narration_turned_to_is_unnamed(nlp_en, nlp_es, lang, text,
                                                                                          start):
    assert _said(_quotes(nlp_es if lang == "es" else nlp_en, text), start)[1] is False


@pytest.mark.parametrize(("text", "start", "speaker"), [
    ("Q&A: Former DEA chief says cartels adapted faster than governments\n\nBy Peter Haldane, Associated Press\n\n"
     "MEXICO CITY (AP) — Former DEA administrator Laura Whitcombe spoke with reporters about fentanyl.",
     "cartels adapted faster", "Laura Whitcombe"),
    ("Treasury Secretary Frank Olsen met Mexican officials on Monday. The Treasury secretary said the sanctions "
     "would continue for months.", "the sanctions would", "Frank Olsen"),
])
def test_extract_quotes_a_title_the_body_only_modifies_is_a_person(nlp_en, text, start, speaker):
    assert _said(_quotes(nlp_en, text), start) == (speaker, True)


def test_extract_quotes_a_circumstance_the_parse_hangs_on_the_subject_is_no_part_of_it(nlp_es):
    text = ("CIUDAD JUÁREZ (AP) — El fiscal general de Chihuahua, Mauricio Lozano Terán, dijo a The Associated Press "
            "que la mayoría de las armas aseguradas fueron compradas en El Paso.\n\n"
            "\"Tenemos rastreadas más de 300 armas. Casi todas salieron de tiendas de Texas\", afirmó el fiscal en "
            "entrevista.")
    assert _said(_quotes(nlp_es, text), "Tenemos rastreadas") == ("Mauricio Lozano Terán", True)


def test_extract_quotes_a_programs_title_in_marks_is_no_quote():
    assert _direct('Homan told CNN’s host on "State of the Union." He repeated it later.') == []


def test_extract_quotes_a_question_and_its_answer_in_one_dialogue_paragraph(nlp_es):
    text = ("El fiscal Ernesto Villalobos Pardo recibió a este diario en su oficina.\n\n"
            "—¿Habrá más extradiciones? —Sí, todas las que sean necesarias para desmantelar las redes.\n\n"
            "—¿Y las armas? —Ese es el gran pendiente de Estados Unidos —respondió el fiscal.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "¿Habrá más") == (None, False)
    assert _said(quotes, "¿Y las armas?") == (None, False)
    assert _said(quotes, "Sí, todas las que") == ("Ernesto Villalobos Pardo", True)
    assert _said(quotes, "Ese es el gran pendiente") == ("Ernesto Villalobos Pardo", True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Navy Secretary Raymundo Ortiz spoke Tuesday. Asked whether the seizure was linked to the Chapitos faction, "
           "Ortiz declined to comment, citing the investigation."),
    ("es", "Cuestionado sobre el caso, el almirante Raymundo Ortiz se negó a comentar la investigación en curso."),
    ("es", "La fiscal Laura Benítez declinó comentar si los detenidos serán extraditados a Estados Unidos este año."),
])
def test_extract_quotes_a_speech_verb_someone_refused_reports_nothing(nlp_en, nlp_es, lang, text):
    assert _quotes(nlp_es if lang == "es" else nlp_en, text) == []


def test_quotes_the_outlets_own_records_name_no_speaker(nlp_es):
    text = ("La fiscal Ana López Ruiz condenó el ataque y aseguró que \"no quedará impune\".\n\n"
            "En lo que va del año, cuatro policías municipales han sido asesinados en Ensenada, según registros de "
            "este semanario.")
    assert _said(_quotes(nlp_es, text), "En lo que va del año")[1] is False


def test_quotes_a_framed_claim_that_introduces_a_quote_with_a_colon_keeps_both(nlp_es):
    text = ("La disputa entre facciones cumplió un año.\n\nSegún la investigadora Laura Méndez Soto, de la Universidad "
            "de Sonora, el miedo cambió la vida de los barrios: \"Nadie sale después de las ocho y las tiendas cierran "
            "temprano\".")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "Nadie sale después") == ("Laura Méndez Soto", True)


def test_quotes_a_compound_tense_after_the_quote_names_its_speaker(nlp_es):
    # the press of Spain: "..., ha afirmado el secretario del Tesoro, X."
    text = ("La oficina de sanciones ha señalado en un comunicado que la red movió al menos 30 millones de dólares.\n\n"
            "\"Seguiremos atacando a quienes facilitan el tráfico de fentanilo\", ha afirmado el secretario del Tesoro, "
            "Scott Bessent.")
    assert _said(_quotes(nlp_es, text), "Seguiremos atacando") == ("Scott Bessent", True)


def test_quotes_a_plural_party_name_is_an_unnamed_group(nlp_en):
    text = ("\"The cartels are using drones,\" acting Commissioner Pete Flores told the committee on Tuesday.\n\n"
            "Democrats on the panel said the administration should do more to stop the flow of American guns south.")
    assert _said(_quotes(nlp_en, text), "the administration should do more") == ("Democrats on the panel", False)


def test_quotes_a_request_carries_the_words_of_who_sent_it(nlp_en):
    text = ("The White House asked Congress on Wednesday for $1 billion to deploy drones along the border.\n\n"
            "The request, sent to House and Senate appropriators, says Border Patrol agents detected more than 1,000 "
            "drone flights a month.")
    assert _said(_quotes(nlp_en, text), "Border Patrol agents detected")[0] == "White House"


def test_quotes_a_role_in_the_story_points_to_the_person_it_is_about(nlp_es):
    text = ("Ismael Zambada García, cofundador del Cártel de Sinaloa, se declaró culpable este jueves ante una corte "
            "federal.\n\n\"Durante 50 años dirigí una organización criminal\", admitió el narcotraficante, de 78 años, "
            "ante el juez.")
    assert _said(_quotes(nlp_es, text), "Durante 50 años") == ("Ismael Zambada García", True)


def test_quotes_a_relative_clause_reports_no_further_than_itself(nlp_en):
    text = ("Maria, who asked that her last name not be used for fear of reprisals, said her 15-year-old son was "
            "approached on a gaming app by a man offering money.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "her 15-year-old son was approached")[0] == "Maria"
    assert not any("said her" in q.text for q in quotes)


def test_quotes_a_clause_before_an_attribution_that_goes_on(nlp_en):
    text = ("WASHINGTON/MEXICO CITY, Dec 5 (Reuters) - The administration has discussed using armed drones against "
            "fentanyl laboratories run by cartels, three U.S. officials told Reuters, a move Mexico's government has "
            "said would violate its sovereignty.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "The administration has discussed using armed drones") == ("three U.S. officials", False)


def test_quotes_a_quote_after_a_label_keeps_its_own_attribution(nlp_en):
    text = ("Officials from both countries met in Washington on Wednesday.\n\n"
            "What they're saying: \"We are very close to a deal,\" a Mexican official said.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "We are very close to a deal") == ("a Mexican official", False)
    assert next(q for q in quotes if q.text.startswith("We are very close")).direct


def test_quotes_a_figures_comma_opens_no_apposition(nlp_en):
    text = "According to the newspaper Noroeste, at least 1,700 people have been killed in the state since June."
    assert _said(_quotes(nlp_en, text), "at least 1,700 people")[0] == "Noroeste"
