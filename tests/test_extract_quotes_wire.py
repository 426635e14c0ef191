"""Quotes of long wire stories and Mexican portals (round 8): dialogue dashes, a speaker named after the quote,
documents quoted again, a post or a surname named again, told stories."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_quotes_a_dialogue_dash_is_no_subject(nlp_es):
    quotes = quotes_of(nlp_es, "El gobernador de Michoacán, Alfredo Ramírez Bedolla, visitó la zona el lunes.\n\n"
                               "—Vamos a recuperar cada camino —dijo el gobernador—. No habrá un solo municipio "
                               "abandonado.")
    assert said(quotes, "Vamos a recuperar") == ("Alfredo Ramírez Bedolla", True)
    assert said(quotes, "No habrá un solo municipio") == ("Alfredo Ramírez Bedolla", True)


def test_quotes_speech_resumed_after_an_aside_keeps_its_unnamed_speaker(nlp_es):
    quotes = quotes_of(nlp_es, "El gobernador de Michoacán, Alfredo Ramírez Bedolla, visitó la zona el lunes.\n\n"
                               "—Aquí no entra nadie, ni el Ejército —dijo el comisario ejidal—. Los del cártel "
                               "pusieron minas en los caminos.")
    assert said(quotes, "Aquí no entra nadie")[1] is False
    assert said(quotes, "Los del cártel pusieron")[1] is False


def test_quotes_a_story_told_is_speech(nlp_es):
    quotes = quotes_of(nlp_es, "El fiscal del estado, Carlos Torres Piña, informó que se abrieron 14 carpetas.\n\n"
                               "Una maestra de la escuela primaria local contó que las clases se suspendieron desde "
                               "octubre.\n\n—Los niños ya no saben lo que es ir a la escuela —lamentó.")
    assert said(quotes, "las clases se suspendieron")[1] is False
    assert said(quotes, "Los niños ya no saben")[1] is False


def test_quotes_a_document_named_again_is_the_same_document(nlp_en):
    quotes = quotes_of(nlp_en, "The indictment says the mayor conspired with cartel members to import cocaine. It says "
                               "he received at least $40,000 a month.\n\n"
                               "U.S. Attorney Justin Simmons said in a statement that no public official is beyond "
                               "the reach of the law.\n\n"
                               "A report by the Government Accountability Office last year found gaps between "
                               "agencies. The report said the FBI and DEA did not consistently share informant "
                               "information.")
    assert said(quotes, "he received at least")[1] is False
    assert said(quotes, "the FBI and DEA")[0] == "Government Accountability Office"


def test_quotes_a_document_of_an_office_the_story_does_not_name(nlp_es):
    quotes = quotes_of(nlp_es, "El Cártel Jalisco Nueva Generación publicó un mensaje en el que asegura que no tiene "
                               "presencia en la capital sinaloense.\n\nEl documento de la fiscalía estatal señala que "
                               "en noviembre se registraron 168 homicidios en el municipio.")
    assert said(quotes, "en noviembre se registraron")[1] is False


def test_quotes_an_envoy_and_the_head_of_a_diplomacy_named_again(nlp_en, nlp_es):
    en = quotes_of(nlp_en, "U.S. Ambassador Ronald Johnson said on Tuesday that Mexico's seizures were saving lives.\n\n"
                           "Nuevo Leon Governor Samuel Garcia said his state had cut homicides by a third.\n\n"
                           "The envoy said Washington had opened 200 new investigations into gun trafficking.")
    assert said(en, "Washington had opened")[0] == "Ronald Johnson"
    es = quotes_of(nlp_es, "El secretario de Estado de Estados Unidos, Marco Rubio, y el canciller mexicano, Juan "
                           "Ramón de la Fuente, acordaron instalar un grupo de trabajo.\n\n"
                           "El canciller precisó que el grupo estará integrado por funcionarios de seguridad.\n\n"
                           "El jefe de la diplomacia estadounidense agregó que su gobierno revisará las licencias de "
                           "exportación de armas.")
    assert said(es, "su gobierno revisará")[0] == "Marco Rubio"


def test_quotes_a_surname_with_its_particle_after_the_verb(nlp_es):
    quotes = quotes_of(nlp_es, "El secretario de Estado, Marco Rubio, y el canciller mexicano, Juan Ramón de la "
                               "Fuente, se reunieron este jueves.\n\n“Este grupo se va a reunir cada mes y va a rendir "
                               "cuentas”, declaró De la Fuente tras el encuentro.")
    assert said(quotes, "Este grupo se va a reunir") == ("Juan Ramón de la Fuente", True)


def test_quotes_a_quote_whose_speaker_the_next_sentence_names(nlp_en, nlp_es):
    en = quotes_of(nlp_en, "Sheriff David Hathaway has spent two years pressing federal agencies for more inspectors. "
                           "\"We need people at the port,\" Hathaway said.\n\n\"Nobody checks southbound. Nobody.\" The "
                           "words came from Maria Elena Castro, an ATF special agent in Tucson. She said the agency "
                           "had 14 agents assigned to the whole state.")
    assert said(en, "Nobody checks southbound") == ("Maria Elena Castro", True)
    assert said(en, "the agency had 14 agents") == ("Maria Elena Castro", True)
    es = quotes_of(nlp_es, "El alcalde Juan Francisco Gim ha pedido más inspectores. \"Necesitamos gente en la "
                           "garita\", dijo Gim.\n\n\"Nadie revisa hacia el sur. Nadie\". La frase es de María Elena "
                           "Castro, agente de la ATF en Tucson, quien habló en un foro el martes.")
    assert said(es, "Nadie revisa hacia el sur") == ("María Elena Castro", True)


def test_quotes_a_banner_sentence_full_of_names_is_a_direct_quote(nlp_es):
    quotes = quotes_of(nlp_es, "Al menos cinco narcomantas aparecieron este viernes en puentes de Culiacán.\n\n"
                               "\"Los de la Policía Estatal trabajan para la Mayiza\", dice uno de los mensajes.")
    quote = next(q for q in quotes if "Policía Estatal" in q.text)
    assert quote.direct and quote.text == "Los de la Policía Estatal trabajan para la Mayiza"


def test_quotes_a_time_phrase_after_the_verb_is_no_part_of_the_claim(nlp_en):
    quotes = quotes_of(nlp_en, "Mexican President Claudia Sheinbaum said on Friday she had told U.S. President Donald "
                               "Trump in a phone call that Mexico would not accept U.S. military operations.")
    assert quotes[0].text.startswith("she had told")


def test_quotes_a_mayor_and_a_legislator_named_again_by_their_office(nlp_es):
    quotes = quotes_of(nlp_es, "La presidenta municipal de Tijuana, Montserrat Caballero Ramírez, pidió reforzar la "
                               "revisión de vehículos.\n\nLa diputada local del PAN, Michelle Tejeda Medina, acusó a "
                               "la administración municipal de omisión. \"La alcaldesa se acuerda de las armas cuando "
                               "le conviene\", afirmó la legisladora.\n\nLa edil sostuvo que la policía municipal ha "
                               "detenido a 1,200 personas desde enero.")
    assert said(quotes, "La alcaldesa se acuerda") == ("Michelle Tejeda Medina", True)
    assert said(quotes, "la policía municipal ha detenido") == ("Montserrat Caballero Ramírez", True)


def test_quotes_a_body_named_by_its_alias_alone_is_no_person(nlp_es):
    quotes = quotes_of(nlp_es, "WASHINGTON.- El senador John Cornyn dijo que la paciencia de los productores se "
                               "agotó.\n\nLa cancillería respondió en un comunicado que México ha cumplido y seguirá "
                               "cumpliendo sus compromisos.")
    assert said(quotes, "México ha cumplido")[1] is False
