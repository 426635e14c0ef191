"""Events from hand-written EN/ES pages (issue 11, round 20): kidnappings told by their victims in the feminine or
"privadas de la libertad", assaults on troops told in the passive ("fue agredido"), land mines and explosive devices
that went off under a patrol, the body that told an attack or rescued its victims, and a delegation's companions
named in a sentence of their own."""

from __future__ import annotations

from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-10-08") -> list[dict]:
    return event_dicts(text, published)


def test_extract_events_victims_deprived_of_liberty_are_a_kidnapping_es():
    text = ("Las víctimas habían sido privadas de la libertad el pasado 3 de octubre cuando viajaban por la carretera "
            "Monterrey-Reynosa, informaron las autoridades.")
    attacks = [e for e in _events(text) if e["type"] == "attack"]
    assert attacks and attacks[0]["date"] == "2026-10-03"


def test_extract_events_kidnapped_women_are_a_kidnapping_es():
    text = "Las tres mujeres fueron secuestradas el 5 de octubre en una gasolinera de Reynosa, Tamaulipas."
    assert [e["date"] for e in _events(text) if e["type"] == "attack"] == ["2026-10-05"]


def test_extract_events_the_body_that_rescued_kidnap_victims_took_no_part_in_the_kidnapping_es():
    text = ("La Fiscalía General de la República (FGR), en coordinación con la Secretaría de Marina, rescató en Reynosa a "
            "cinco personas que habían sido privadas de la libertad el pasado 3 de octubre.")
    (attack,) = [e for e in _events(text) if e["type"] == "attack"]
    assert attack["organizer"] is None and attack["participants"] == []


def test_extract_events_troops_assaulted_with_explosives_is_an_attack_es():
    text = ("La Secretaría de la Defensa Nacional informa que hoy personal militar fue agredido por medio de artefactos "
            "explosivos lanzados desde drones, lo que ocasionó el fallecimiento de dos elementos.")
    (attack,) = [e for e in _events(text, "2026-10-02") if e["type"] == "attack"]
    assert attack["organizer"] is None


def test_extract_events_a_journalist_assaulted_with_words_is_no_attack_es():
    text = "El periodista dijo que fue agredido verbalmente por un funcionario durante la conferencia."
    assert [e for e in _events(text) if e["type"] == "attack"] == []


def test_extract_events_a_land_mine_that_exploded_under_a_convoy_is_an_attack():
    text = "A land mine exploded under a National Guard convoy on a dirt road in Jalisco on Tuesday, wounding two officers."
    assert [e["date"] for e in _events(text, "2026-11-11") if e["type"] == "attack"] == ["2026-11-10"]


def test_extract_events_a_land_mine_that_exploded_is_an_attack_es():
    text = ("Dos elementos de la Guardia Nacional resultaron heridos ayer luego de que una mina terrestre explotó al paso "
            "de su convoy en Teocaltiche, Jalisco.")
    assert [e["date"] for e in _events(text, "2026-11-11") if e["type"] == "attack"] == ["2026-11-10"]


def test_extract_events_seized_land_mines_are_no_attack_es():
    text = "En el operativo, los militares aseguraron diez minas terrestres y dos fusiles en Tepalcatepec, Michoacán."
    assert [e for e in _events(text) if e["type"] == "attack"] == []


def test_extract_events_a_delegations_companions_join_its_meeting_es():
    text = ("Este miércoles se llevó a cabo en la Cancillería la tercera reunión del Grupo de Seguridad México-Estados "
            "Unidos. La delegación mexicana estuvo encabezada por el canciller Juan Ramón de la Fuente. La acompañaron "
            "el secretario de Seguridad, Omar García Harfuch, y la fiscal general Ernestina Godoy.")
    (meeting,) = [e for e in _events(text, "2026-10-22") if e["type"] == "meeting"]
    assert {"Omar García Harfuch", "Ernestina Godoy"} <= set(meeting["participants"])


def test_extract_events_the_body_that_rescued_kidnapped_men_is_no_kidnapper_es():
    text = ("La Fiscalía General de la República rescató en Reynosa a cinco hombres que habían sido secuestrados el "
            "pasado 3 de octubre.")
    (attack,) = [e for e in _events(text) if e["type"] == "attack"]
    assert attack["organizer"] is None and attack["participants"] == []


def test_extract_events_the_seat_of_a_press_conference_organized_no_kidnapping_es():
    text = ("En una conferencia de prensa ofrecida en la sede de la Secretaría de Seguridad y Protección Ciudadana, la "
            "fiscal estatal dijo que tres de los cinco jornaleros secuestrados fueron liberados.")
    attacks = [e for e in _events(text) if e["type"] == "attack"]
    assert attacks and attacks[0]["organizer"] is None


def test_extract_events_who_led_each_side_joins_the_meeting():
    text = ("The U.S. and Mexican delegations met on Wednesday at the State Department. Foreign Minister Juan Ramon de la "
            "Fuente led Mexico's team; Secretary of State Marco Rubio led the U.S. side.")
    (meeting,) = [e for e in _events(text, "2026-11-28") if e["type"] == "meeting"]
    assert {"Juan Ramon de la Fuente", "Marco Rubio"} <= set(meeting["participants"])


def test_extract_events_a_signing_at_the_end_of_a_meeting_takes_its_day_past_the_attendee_lists_es():
    text = ("El canciller Juan Ramón de la Fuente encabezó este miércoles la delegación mexicana en la reunión bilateral "
            "de seguridad celebrada en Washington. Lo acompañaron el secretario de la Defensa, Ricardo Trevilla Trejo, y "
            "el secretario de Marina, Raymundo Pedro Morales. La delegación estadounidense estuvo encabezada por el "
            "secretario de Estado, Marco Rubio. Asistieron también la secretaria de Seguridad Nacional, Kristi Noem, y "
            "el fiscal general adjunto Todd Blanche. Al término del encuentro, ambas delegaciones firmaron un memorando "
            "sobre intercambio de información.")
    (agreement,) = [e for e in _events(text, "2026-11-26") if e["type"] == "agreement"]
    assert agreement["date"] == "2026-11-25"


def test_extract_events_an_agreement_of_the_delegations_takes_the_meetings_day_past_the_attendee_lists_es():
    text = ("Este miércoles se llevó a cabo en la Cancillería la tercera reunión del Grupo de Seguridad México-Estados "
            "Unidos. La delegación mexicana estuvo encabezada por el canciller Juan Ramón de la Fuente. La acompañaron "
            "el secretario de Seguridad, Omar García Harfuch, y la fiscal general Ernestina Godoy. Por parte de Estados "
            "Unidos participaron el subsecretario de Estado, Christopher Landau, y el embajador Ronald Johnson. "
            "También asistió el director de la DEA, Terrance Cole. Las delegaciones acordaron fortalecer el "
            "intercambio de información.")
    (agreement,) = [e for e in _events(text, "2026-10-22") if e["type"] == "agreement"]
    assert agreement["date"] == "2026-10-21"


def test_extract_events_persons_deprived_of_liberty_sent_abroad_are_prisoners_es():
    text = "El Gobierno de México envió este martes a 26 personas privadas de la libertad a los Estados Unidos."
    assert [e["type"] for e in _events(text)] == ["extradition"]


def test_extract_events_the_next_meeting_of_a_group_is_planned_with_who_met_es():
    text = ("El canciller Juan Ramón de la Fuente y el subsecretario de Estado Christopher Landau se reunieron este "
            "miércoles en la Cancillería. La próxima reunión se realizará en Washington en enero de 2027.")
    planned = [e for e in _events(text, "2026-10-22") if e["type"] == "meeting" and e["date"] == "2027-01"]
    assert planned and "Christopher Landau" in planned[0]["participants"]


def test_extract_events_the_next_meeting_with_no_meeting_before_is_dropped():
    text = "The next meeting will be held in Washington in January."
    assert [e for e in _events(text, "2026-10-22") if e["type"] == "meeting"] == []


def test_extract_events_killings_of_a_week_a_visit_came_after_are_no_attack():
    text = ("Garcia Harfuch traveled to Sinaloa on Thursday, where he met with Governor Ruben Rocha Moya after a week in "
            "which more than 40 people were killed.")
    events = _events(text, "2026-11-20")
    assert [e for e in events if e["type"] == "attack"] == [] and [e for e in events if e["type"] == "meeting"]


def test_extract_events_killings_of_a_week_are_no_attack_es():
    text = "El secretario llegó a Culiacán tras una semana en la que fueron asesinadas más de 40 personas."
    assert [e for e in _events(text, "2026-11-20") if e["type"] == "attack"] == []


def test_extract_events_a_killing_told_in_a_week_is_still_an_attack():
    text = "Gunmen killed five people at a bar in Culiacán on Saturday, the state prosecutor's office said."
    assert [e["type"] for e in _events(text, "2026-11-20") if e["type"] == "attack"] == ["attack"]
