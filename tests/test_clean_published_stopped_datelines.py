"""Publication dates from a dateline closed by a full stop, a colon or a wire's bracket instead of a dash (dates round
7): "Cali, 3 de abril de 2025. La Policía ...", "Ludhiana, Feb 4, 2025: Police ...", "Shillong, Sep 2, 2025 (PTI)
Police ...". With the day read, a lead's "ayer" or weekday dates its event."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.clean import clean_document
from pesquisa.clean._stopped_dateline import stopped_dateline_date
from pesquisa.records import RawDocument


def _published(text: str) -> str | None:
    return clean_document(RawDocument(source="a.txt", raw=text)).published


def test_clean_published_a_spanish_dateline_closed_by_a_full_stop():
    text = ("Cae en Cali cabecilla de disidencias\n\nCali, 3 de abril de 2025. La Policía Nacional capturó ayer a un "
            "cabecilla de una disidencia de las FARC señalado de cobrar extorsiones.\n\nEl capturado fue enviado a "
            "la cárcel por orden de un juez.")
    assert _published(text) == "2025-04-03"


def test_clean_published_an_indian_dateline_closed_by_a_colon():
    text = ("Two held with heroin in Ludhiana\n\nLudhiana, Feb 4, 2025: Police arrested two men with 500 grams of "
            "heroin near the bus stand on Monday, officials said.\n\nA case has been registered against them.")
    assert _published(text) == "2025-02-04"


def test_clean_published_a_dateline_with_the_wire_in_brackets_and_no_dash():
    text = ("Meghalaya police seize drugs\n\nShillong, Sep 2, 2025 (PTI) Police seized 1 kg of heroin in East Khasi "
            "Hills district on Sunday, an officer said.\n\nTwo people were arrested.")
    assert _published(text) == "2025-09-02"


def test_clean_published_a_sentence_opening_with_a_place_and_a_date_is_no_dateline():
    assert stopped_dateline_date("Bogotá, 17 de julio de 2025 fue el día en que cayó el capo.") is None
    assert stopped_dateline_date("Since Jan 9, 2025: the police have arrested ten men.") is None
    assert stopped_dateline_date("Tegucigalpa, a fines de 2024. El gobierno dijo ...") is None


def test_extract_events_ayer_under_a_stopped_dateline_is_the_day_before():
    text = ("Decomisan cocaína en lancha en Trujillo\n\nLa Ceiba, 12 de junio de 2025. Agentes de la Fuerza Naval "
            "decomisaron ayer 200 kilos de cocaína en una lancha frente a las costas de Trujillo, Colón.\n\n"
            "La droga será incinerada.")
    doc = clean_document(RawDocument(source="t.txt", raw=text))
    assert doc.published == "2025-06-12"
    dates = [e["date"] for e in event_dicts(text, doc.published) if e["type"] == "seizure"]
    assert dates and set(dates) == {"2025-06-11"}


def test_extract_datelines_a_place_and_date_closed_by_a_colon_or_a_full_stop():
    from pesquisa.extract.datelines import dateline_spans
    body = "Ludhiana, Feb 4, 2025: Police arrested two men on Monday.\n\nCali, 3 de abril de 2025. La Policía capturó a dos."
    assert [body[s.start:s.end].strip() for s in dateline_spans(body)] == ["Ludhiana, Feb 4, 2025:",
                                                                           "Cali, 3 de abril de 2025."]


def test_extract_events_the_leads_weekday_not_the_colon_datelines_day_dates_a_second_deed():
    text = ("Arms module busted in Ludhiana\n\nLudhiana, Jan 9, 2025: The Ludhiana Police on Wednesday busted an arms "
            "smuggling module and arrested three men with four pistols, the Commissioner of Police said on Thursday."
            "\n\nThe accused were sent to police custody.")
    dates = [e["date"] for e in event_dicts(text, "2025-01-09") if e["type"] == "arrest"]
    assert dates and set(dates) == {"2025-01-08"}


def test_clean_published_a_yearless_dateline_takes_the_year_of_the_urls_month():
    text = ("Customs intercept cocaine at Tema port\n\nTema, April 7, GNA - Officers of the Customs Division have "
            "intercepted 40 kilograms of cocaine hidden in a container of frozen fish on Saturday.\n\nThe case has "
            "been handed over to the Narcotics Control Commission.")
    url = "https://gna.org.gh/2025/04/customs-intercept-cocaine-at-tema-port/"
    assert clean_document(RawDocument(source="a.txt", raw=text, url=url)).published == "2025-04-07"


def test_clean_published_a_yearless_dateline_of_another_month_leaves_the_urls_month():
    text = ("Customs intercept cocaine at Tema port\n\nTema, March 30, GNA - Officers of the Customs Division have "
            "intercepted 40 kilograms of cocaine.\n\nThe case has been handed over to the police.")
    url = "https://gna.org.gh/2025/04/customs-intercept-cocaine-at-tema-port/"
    assert clean_document(RawDocument(source="a.txt", raw=text, url=url)).published == "2025-04"


def test_extract_events_the_search_told_again_with_its_day_dates_the_seizure():
    text = ("Cocaine worth €1m seized in Co Louth\n\nGardaí have seized cocaine worth an estimated €1 million at a "
            "house in Dundalk, Co Louth.\n\nThe search was carried out on Wednesday evening by the Louth Divisional "
            "Drugs Unit.")
    dates = [e["date"] for e in event_dicts(text, "2025-05-08") if e["type"] == "seizure"]
    assert dates and set(dates) == {"2025-05-07"}


def test_extract_events_el_allanamiento_told_again_with_its_day_dates_the_seizure():
    text = ("Incautan armas en Soacha\n\nLa Policía incautó 12 fusiles y 3.000 cartuchos en una vivienda de Soacha, "
            "Cundinamarca.\n\nEl allanamiento se realizó el martes por la noche con apoyo del Ejército.")
    dates = [e["date"] for e in event_dicts(text, "2025-05-08") if e["type"] == "seizure"]
    assert dates and set(dates) == {"2025-05-06"}


def test_clean_published_a_stopped_dateline_whose_place_goes_on_with_its_state():
    assert stopped_dateline_date("Fresnillo, Zac., 5 de julio de 2025: Elementos de la Guardia Nacional ...") == \
        "2025-07-05"
    assert stopped_dateline_date("San Pedro Sula, Cortés, 8 de marzo de 2025. La Policía ...") == "2025-03-08"


def test_extract_events_a_seizure_in_the_past_subjunctive_another_event_counts_from():
    text = ("Enfrentamiento en Fresnillo\n\nFresnillo, Zac., 5 de julio de 2025: Elementos de la Guardia Nacional "
            "repelieron una agresión armada este sábado en el municipio de Fresnillo.\n\nEl enfrentamiento ocurrió "
            "horas después de que el Ejército asegurara un arsenal en una casa de seguridad del mismo municipio.")
    assert [e["type"] for e in event_dicts(text, "2025-07-05")].count("seizure") == 1
