"""Dates of events (issue 11, round 12): a date after a participle that describes the object, arrests counted days
from another event, a relative clause's own date, and a release's "Ciudad, a 2 de agosto" line."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    return [(e.type, e.date) for e in ex.events]


def test_extract_events_a_date_after_a_participle_describing_the_object_is_the_event_s():
    # "sent 26 people accused of ... on Thursday": the parser hangs the date on "accused", a speech verb
    en = _events("Mexico sent 26 people accused of drug trafficking and other crimes to the United States on Thursday, "
                 "the security cabinet said.", "2027-01-22")
    assert ("extradition", "2027-01-21") in en
    es = _events("México envió a Estados Unidos a 26 personas acusadas de narcotráfico el jueves, informó el Gabinete "
                 "de Seguridad.", "2027-01-22")
    assert [d for t, d in es if t == "extradition"] == ["2027-01-21"]


def test_extract_events_an_arrest_counted_days_from_another_event_takes_no_day_of_the_one_before():
    en = _events("Police arrested the mayor of Tecpan on Monday in Guerrero. Two other suspects were arrested within "
                 "days of the killings, prosecutors said.", "2027-01-23")
    assert [d for t, d in en if t == "arrest"] == ["2027-01-18", None]
    es = _events("La Guardia Nacional detuvo este lunes a tres personas en Taxco. Otros dos policías fueron capturados "
                 "días después del operativo.", "2027-06-22")
    assert [d for t, d in es if t == "arrest"] == ["2027-06-21", None]
    # the event named after the words is the earlier one, dated as before
    attack = _events("Gunmen ambushed an army patrol in Nuevo Laredo on Friday night. The attack happened hours after "
                     "troops arrested a local leader of the Cartel del Noreste.", "2027-08-21")
    assert ("arrest", "2027-08-20") in attack


def test_extract_events_a_date_in_a_clause_describing_someone_is_not_the_event_s():
    en = _events("Security Secretary Omar García Harfuch, who arrived in Washington on Tuesday, met with Homeland "
                 "Security Secretary Kristi Noem on Wednesday.", "2027-10-14")
    assert ("meeting", "2027-10-13") in en
    assert ("visit", "2027-10-12") in en


def test_extract_events_a_release_dated_at_a_city_dates_no_headline_event():
    text = ("Gabinete de Seguridad informa detención de 12 personas en Sonora\n\nCiudad de México, a 2 de agosto de "
            "2027\n\nElementos de la Guardia Nacional detuvieron en Hermosillo, Sonora, a 12 personas el pasado "
            "viernes.")
    arrests = [d for t, d in _events(text) if t == "arrest"]
    assert "2027-08-02" not in arrests
    assert "2027-07-30" in arrests


def test_extract_events_an_earlier_meeting_a_call_told_again_counts_from_takes_its_day():
    # "The call came two weeks after ...": the call told again opens the sentence, after the earlier meeting's trigger
    # in the parser's order; a title and a name may stand between "after" and the verb
    text = ("Claudia Sheinbaum said on Friday she spoke by phone with Donald Trump on Thursday night.\n\nThe call came two "
            "weeks after U.S. Secretary of State Marco Rubio met Foreign Minister Juan Ramón de la Fuente in Mexico City.")
    assert ("meeting", "2027-05-27") in _events(text, "2027-06-11")


def test_extract_events_a_paragraph_after_a_dated_one_takes_no_day_opening_the_next():
    # the next paragraph's opening day dates a release's lead only, not what a story goes on to tell
    text = ("Tres presuntos delincuentes murieron y dos más fueron detenidos la madrugada de este viernes tras un "
            "enfrentamiento con la Guardia Nacional en Fresnillo, Zacatecas.\n\nLos agresores dispararon contra una "
            "patrulla. En el lugar se aseguraron cuatro armas largas.\n\nEl pasado 12 de septiembre, en la misma zona, "
            "fueron emboscados seis policías estatales.")
    events = _events(text, "2027-10-08")
    assert [d for t, d in events if t == "seizure"] == ["2027-10-08"]
    assert ("attack", "2027-09-12") in events


def test_extract_events_a_date_in_a_relative_clause_about_someone_is_their_past_not_the_event_s():
    assert _events("Police arrested Juan Pérez, who had been detained in 2019 in Sonora.", "2027-11-18") == [("arrest", None)]
    assert _events("La Marina detuvo a Juan Pérez, quien fue liberado en 2020 tras cumplir una condena.",
                   "2027-11-18") == [("arrest", None)]
    # one of a raid ("which") is the raid's day
    assert _events("Marines arrested three people in a raid, which began on Monday night.", "2027-11-18") == \
        [("arrest", "2027-11-15")]


def test_extract_events_hours_after_an_attack_is_its_day_and_a_call_of_a_longer_clause_counts_back():
    text = ("Cuatro policías murieron la noche del domingo al ser emboscados en Aguililla.\n\nHoras después de la "
            "emboscada, elementos del Ejército detuvieron a dos presuntos implicados.")
    assert ("arrest", "2027-11-21") in _events(text, "2027-11-22")
    text = ("El secretario de Seguridad, Omar García Harfuch, se reunió este miércoles en la Ciudad de México con el "
            "director del FBI, Kash Patel.\n\nLa reunión ocurrió "
            "una semana después de que Sheinbaum y Trump sostuvieran una llamada telefónica.")
    assert ("call", "2027-12-01") in _events(text, "2027-12-09")


def test_extract_events_what_someone_was_doing_when_arrested_dates_the_arrest():
    # a relative clause of what they were doing (no year, no pluperfect) tells the arrest's own day
    assert _events("Authorities arrested two men who were transporting 50 kilos of cocaine on Tuesday.", "2027-11-18") == \
        [("arrest", "2027-11-16")]
    assert _events("Agentes de la FGR detuvieron a un hombre que viajaba en un autobús la madrugada de este lunes.",
                   "2027-11-18") == [("arrest", "2027-11-15")]
    assert _events("Police arrested Juan Pérez, who had been detained on Nov. 3, 2025, in Sonora.", "2027-11-18") == \
        [("arrest", None)]
