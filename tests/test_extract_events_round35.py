"""Events from hand-written EN/ES pages (issue 11, round 35): a killing named by its noun and its victim ("in the 2023
killing of a bartender") is an attack; a crime told as what a deed of the state is for ("obtiene vinculación a proceso
contra imputado por el secuestro", "por su probable participación en el secuestro") has no prosecutor or force among
its sides; the counterpart named last in a clause of an earlier meeting ("tras reunirse con el secretario de Comercio,
Howard Lutnick.") is that meeting's, not the sentence's."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(text: str, kind: str, published: str = "2026-12-10") -> list[dict]:
    return [e for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_a_killing_named_with_its_victim_is_an_attack():
    text = ("Tucson police on Monday arrested a 20-year-old in the 2023 killing of a bartender who was shot outside a bar "
            "on Fourth Avenue, officials said.")
    assert _of(text, "attack") and _of(text, "arrest")
    assert _of("Nobody has been charged in the slaying of the two brothers near Nogales.", "attack") == []


def test_extract_events_a_crime_a_deed_of_the_state_is_for_has_no_prosecutor_among_its_sides():
    headline = ("FGR obtiene vinculación a proceso contra imputado por el secuestro de 2022 en Jerez\n\n"
                "El imputado permanecerá en prisión preventiva.")
    assert [e["participants"] for e in _of(headline, "attack")] == [[]]
    lead = ("Agentes federales de la FGR cumplimentaron una orden de aprehensión en contra de Mario Ruelas Soto, por su "
            "probable participación en el secuestro de un ganadero en Fresnillo.")
    assert [e["participants"] for e in _of(lead, "attack")] == [[]]
    assert any(len(e["participants"]) == 2 for e in _of(lead, "arrest"))
    # ... nor is the prosecutor whose communiqué tells its agents' arrest (``_teller_force`` leaves a charge alone)
    told = ("La FGR informó que policías federales cumplimentaron una orden de aprehensión contra Rigoberto Salcido Ávila "
            "por su probable participación en el secuestro de un comerciante de Cuautla.")
    assert [e["participants"] for e in _of(told, "attack")] == [[]]


def test_extract_events_a_counterpart_named_last_in_an_earlier_meeting_s_clause_is_that_meeting_s():
    text = ("El canciller Juan Ramón de la Fuente se reunió este martes con la secretaria de Seguridad Nacional, Kristi "
            "Noem, tras reunirse con el fiscal general adjunto, Todd Blanche.")
    meetings = {e["trigger"]: e["participants"] for e in _of(text, "meeting")}
    assert "Todd Blanche" not in meetings["se reunió"] and "Kristi Noem" in meetings["se reunió"]
    assert "Todd Blanche" in meetings["reunirse"]


def test_extract_events_the_one_who_arrived_after_an_extradition_naming_no_one_was_extradited():
    text = ("Reputed Sinaloa Cartel lieutenant extradited to San Diego\n\n"
            "SAN DIEGO – A Mexican man described by prosecutors as a lieutenant of the Sinaloa Cartel has been extradited "
            "from Mexico to face cocaine trafficking charges, federal prosecutors in San Diego said.\n\n"
            "Arturo Beltrán Quiroz, 52, arrived in San Diego on Thursday and pleaded not guilty before a federal judge.")
    extraditions = [e for e in _of(text, "extradition") if e["participants"]]
    assert any("Arturo Beltrán Quiroz" in e["participants"] and e["date"] == "2026-12-10" for e in extraditions)
    assert _of(text, "visit") == []


def test_extract_events_a_communique_s_own_personnel_act_for_the_force_that_tells_it():
    text = ("Repelen agresión en Tepalcatepec\n\n"
            "La Secretaría de Marina informó que personal naval fue atacado por civiles armados la madrugada del lunes en "
            "Tepalcatepec, Michoacán.\n\n"
            "Según el reporte, los marinos repelieron el ataque. En el sitio fueron detenidos dos hombres y se aseguraron "
            "tres fusiles y una camioneta.")
    for kind in ("attack", "arrest", "seizure"):
        assert any("Secretaría de Marina" in e["participants"] for e in _of(text, kind)), kind


def test_extract_events_a_search_told_again_with_its_day_dates_its_operation():
    text = ("Agentes de la Fiscalía estatal catearon una vivienda en Tonalá, donde detuvieron a dos "
            "hombres y aseguraron un fusil y 150 dosis de cristal.\n\n"
            "El cateo se realizó la mañana del domingo, tras una denuncia anónima.")
    assert [e["date"] for e in _of(text, "seizure")] == ["2026-12-06"]
    assert [e["date"] for e in _of(text, "arrest")] == ["2026-12-06"]
    english = ("Phoenix police officers arrested two men and seized 12 pounds of fentanyl pills at a west Phoenix home.\n\n"
               "The raid took place on Tuesday after a months-long investigation, police said.")
    assert [e["date"] for e in _of(english, "seizure")] == ["2026-12-08"]


def test_extract_events_a_warrant_or_search_executed_is_no_killing():
    text = ("Policías de Investigación ejecutaron una orden de cateo en una casa de Nezahualcóyotl, donde detuvieron a "
            "un hombre.")
    assert _of(text, "attack") == [] and _of(text, "arrest")
    assert _of("Agentes ministeriales ejecutaron el pasado lunes dos órdenes de aprehensión en Toluca.", "attack") == []
    assert _of("Hombres armados ejecutaron a dos comerciantes en un mercado de Uruapan.", "attack")


def test_extract_events_the_attack_on_a_communique_s_personnel_is_of_its_force_beside_a_named_arrest():
    text = ("La Secretaría de Marina informó que personal naval fue atacado por civiles armados la tarde del martes en "
            "Aquila, Michoacán.\n\n"
            "Tras repeler la agresión, los marinos detuvieron a dos hombres y aseguraron cuatro fusiles.")
    assert any("Secretaría de Marina" in e["participants"] for e in _of(text, "attack"))


def test_extract_events_a_designation_told_with_also_after_the_office_is_a_sanction():
    text = ("El Departamento del Tesoro sancionó este martes a tres personas de Sinaloa por lavar dinero del narcotráfico. "
            "La OFAC también designó a la empresa Transportes Río Verde y a su dueño, Arnulfo Pérez Lugo.")
    assert any("Arnulfo Pérez Lugo" in e["participants"] for e in _of(text, "sanction"))


def test_extract_events_an_inspection_tour_of_a_crossing_is_a_visit():
    text = ("El comisionado de CBP, Rodney Scott, recorrió este miércoles la garita de Otay Mesa, donde supervisó "
            "las obras de ampliación.")
    assert [(e["date"], "Rodney Scott" in e["participants"]) for e in _of(text, "visit")] == [("2026-12-09", True)]
    assert _of("La caravana recorrió 40 kilómetros entre Tapachula y Huixtla.", "visit") == []


def test_extract_events_a_lead_s_arrest_told_again_by_name_and_day_is_one_arrest():
    text = ("Mexico arrests alleged boss of fuel theft gang\n\n"
            "MEXICO CITY (AP) — Mexican soldiers arrested the alleged boss of a fuel theft gang that tapped pipelines in "
            "the state of Hidalgo, the Defense Department said Thursday.\n\n"
            "The department said Octavio Rangel Barrios was captured Monday at a ranch near Tula.")
    arrests = _of(text, "arrest")
    assert [e["date"] for e in arrests if "Octavio Rangel Barrios" in e["participants"]] == ["2026-12-07"]
    assert [e for e in arrests if e["date"] is None and e["trigger"] != "arrests"] == []
    # another operation told next stays another arrest
    separate = ("Soldiers arrested three gunmen after a clash near Culiacán, the Defense Department said Thursday. In a "
                "separate operation, marines captured Rubén Ortiz Lara on Monday in Mazatlán.")
    assert len(_of(separate, "arrest")) == 2


def test_extract_events_a_clash_of_the_army_with_one_cell_is_an_attack():
    text = ("Un enfrentamiento entre elementos del Ejército Mexicano y una célula delictiva se registró la madrugada de este "
            "miércoles en el municipio de Chicomuselo, Chiapas.")
    assert [e["date"] for e in _of(text, "attack")] == ["2026-12-09"]
    assert _of("El enfrentamiento entre Morena y la oposición se registró en la Cámara.", "attack") == []
    # a cell's record of crimes listed after "responsable de" is no attack
    record = ("Las autoridades ligan a la red con un grupo de hombres armados en Manzanillo, responsable de secuestros y "
              "ataques a policías.")
    assert _of(record, "attack") == []
