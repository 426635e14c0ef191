"""Events from hand-written EN/ES pages (issue 11, round 32): a state's or a town's own force the lexicon does not list
("agentes de la Policía de Investigación", "the Cameron County Sheriff's Office") acts in the seizure of the operation
it arrested in, and a sanction "also" told after a dated one was made that day."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(text: str, kind: str, published: str = "2026-12-03") -> list[dict]:
    return [e for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_an_unlisted_state_force_makes_the_seizure_of_its_operation():
    text = ("La noche del martes, agentes de la Policía de Investigación detuvieron a dos hombres en una finca de la "
            "colonia Santa Fe, en Zapopan.\n\n"
            "Durante la intervención se aseguraron tres armas largas y un vehículo con reporte de robo.")
    assert [(e["date"], e["participants"]) for e in _of(text, "seizure")] == [("2026-12-01", ["Policía de Investigación"])]
    english = ("Deputies of the Cameron County Sheriff's Office arrested two men on Tuesday at a stash house in "
               "Brownsville.\n\nTwo rifles and a pistol were seized during the search.")
    assert [(e["date"], e["participants"]) for e in _of(english, "seizure")] == \
        [("2026-12-01", ["Cameron County Sheriff's Office"])]


def test_extract_events_a_crime_group_or_a_company_is_no_unlisted_force():
    text = ("El martes, hombres de La Nueva Empresa atacaron a dos comerciantes en la colonia Centro.\n\n"
            "Durante la intervención se aseguraron tres armas largas.")
    assert [e["participants"] for e in _of(text, "seizure")] == [[]]


def test_extract_events_a_sanction_also_told_takes_the_day_of_the_sanction_before():
    text = ("Treasury targets a Tijuana money launderer\n\n"
            "WASHINGTON — Today, the Treasury's OFAC sanctioned Anselmo Rocha "
            "Beltrán, a Tijuana-based money launderer for the Cártel de Sinaloa.\n\n"
            "Rocha Beltrán moves cash across the border in commercial trucks.\n\n"
            "OFAC also designated Cambios Frontera Norte, a currency exchange house owned by Rocha Beltrán.")
    assert [e["date"] for e in _of(text, "sanction", "2026-12-10") if "Cambios Frontera Norte" in e["participants"]] == \
        ["2026-12-10"]
    spanish = ("Sanciona EU a operador financiero\n\n"
               "La OFAC sancionó este miércoles a Anselmo Rocha Beltrán, operador "
               "financiero del Cártel de Sinaloa.\n\n"
               "La OFAC también sancionó a la empresa Cambios Frontera Norte, propiedad de Rocha Beltrán.")
    assert [e["date"] for e in _of(spanish, "sanction", "2026-12-10") if "Cambios Frontera Norte" in e["participants"]] == \
        ["2026-12-09"]


def test_extract_events_a_sanction_also_told_after_an_arrest_keeps_no_day_of_it():
    text = ("Soldiers arrest a money launderer\n\n"
            "Mexican soldiers arrested Anselmo Rocha Beltrán on Monday in Tijuana.\n\n"
            "The Treasury Department has also sanctioned Cambios Frontera Norte, a currency exchange house.")
    assert [e["date"] for e in _of(text, "sanction", "2026-12-10")] == [None]


def test_extract_events_an_operation_naming_no_one_is_the_page_s_one_force_s():
    text = ("Cutter returns home after Caribbean patrol\n\n"
            "On Nov. 17, the cutter's crew stopped a go-fast vessel south of Haiti and detained four suspected "
            "smugglers.\n\n"
            "On Nov. 22, a Coast Guard boarding team seized about 1,800 pounds of cocaine from a second vessel.")
    arrests = _of(text, "arrest", "2026-12-04")
    assert [(e["date"], e["participants"]) for e in arrests] == [("2026-11-17", ["U.S. Coast Guard"])]
    spanish = ("Concluye patrullaje en el Pacífico\n\n"
               "El 17 de noviembre, la tripulación del buque detuvo a cuatro presuntos traficantes frente a Oaxaca.\n\n"
               "El 22 de noviembre, la Secretaría de Marina aseguró 900 kilos de cocaína en una segunda embarcación.")
    arrests = _of(spanish, "arrest", "2026-12-04")
    assert [(e["date"], e["participants"]) for e in arrests] == [("2026-11-17", ["Secretaría de Marina"])]


def test_extract_events_an_operation_naming_no_one_on_a_page_of_two_forces_stays_so():
    text = ("Border seizures this week\n\n"
            "On Nov. 17, officers detained four men at a checkpoint near Sasabe.\n\n"
            "On Nov. 20, CBP officers seized 80 pounds of methamphetamine in Nogales.\n\n"
            "On Nov. 22, the Mexican Army seized 40 rifles in Sonoyta.")
    assert [e["participants"] for e in _of(text, "arrest", "2026-12-04")] == [[]]


def test_extract_events_personnel_after_the_raid_s_forces_are_theirs_not_the_source_s():
    text = ("Capturan a presunto jefe de plaza en Fresnillo\n\n"
            "Elementos de la Guardia Nacional y de la Policía Estatal Preventiva detuvieron este jueves en Fresnillo a "
            "Ramiro Solís Quezada, alias \"El Güero\", identificado como jefe de plaza de una célula delictiva.\n\n"
            "Según la FGR, Solís Quezada es investigado por el ataque a una patrulla en "
            "la carretera a Jerez.\n\n"
            "Al momento de su captura, los agentes le aseguraron un fusil AR-15 y cuatro cargadores.")
    seizures = _of(text, "seizure", "2026-12-11")
    assert [(e["date"], e["participants"]) for e in seizures] == [("2026-12-10", ["Guardia Nacional"])]


def test_extract_events_a_communique_s_personnel_stay_its_own():
    text = ("Asegura Marina embarcación en Guerrero\n\n"
            "La Secretaría de Marina informó que el pasado martes personal naval fue atacado en Tecpan de Galeana.\n\n"
            "Los elementos aseguraron dos fusiles y una camioneta.")
    assert [e["participants"] for e in _of(text, "seizure", "2026-12-07") if e["trigger"] == "aseguraron"] == \
        [["Secretaría de Marina"]]


def test_extract_events_an_arrest_in_the_past_subjunctive_is_one_a_request_is_none():
    text = ("Congelan cuentas de operadores\n\n"
            "La medida se tomó días después de que elementos de la FGR detuvieran el pasado "
            "viernes en Toluca a Gilberto Anaya Quiroz, alias \"El Contador\".")
    arrests = _of(text, "arrest", "2026-12-10")
    assert [(e["date"], "Gilberto Anaya Quiroz" in e["participants"]) for e in arrests] == [("2026-12-04", True)]
    asked = ("Marchan familias en Toluca\n\n"
             "Los familiares de las víctimas exigieron el viernes que detuvieran a los responsables.\n\n"
             "El gobernador pidió a la FGR que capturara a los autores del ataque.")
    assert _of(asked, "arrest", "2026-12-10") == []


def test_extract_events_a_body_that_tells_its_own_arrest_or_freeze_made_it():
    text = ("Detienen a operador en Toluca\n\n"
            "La FGR informó que detuvo a Juan Pérez Gómez en Toluca.\n\n"
            "La Unidad de Inteligencia Financiera informó este miércoles que bloqueó las cuentas de 12 personas.")
    assert "Fiscalía General de la República" in _of(text, "arrest", "2026-12-10")[-1]["participants"]
    assert "Unidad de Inteligencia Financiera" in _of(text, "sanction", "2026-12-10")[-1]["participants"]
    english = ("Navy arrests four at sea\n\n"
               "The Mexican Navy said on Monday it arrested four people aboard a semi-submersible off Oaxaca.")
    assert "Secretaría de Marina" in _of(english, "arrest", "2026-12-10")[-1]["participants"]


def test_extract_events_a_body_that_tells_another_s_arrest_only_tells_it():
    text = ("Detienen a operador en Toluca\n\n"
            "La FGR informó que fue detenido Juan Pérez Gómez en Toluca.\n\n"
            "La FGR informó que la Guardia Nacional detuvo a Luis Mora Ríos en Metepec.")
    arrests = _of(text, "arrest", "2026-12-10")
    assert all("Fiscalía General de la República" not in e["participants"] for e in arrests)


def test_extract_events_a_homicide_told_as_having_taken_place_is_an_attack_of_its_day():
    text = ("Detienen a presunto homicida en Navojoa\n\n"
            "Policías estatales detuvieron el martes a Raúl Mena Ortiz como probable responsable del homicidio de un "
            "comerciante ocurrido el 3 de mayo en Navojoa.")
    assert [e["date"] for e in _of(text, "attack", "2026-12-10")] == ["2026-05-03"]
    named = ("Detienen a presunto homicida\n\n"
             "Policías estatales detuvieron el martes a Raúl Mena Ortiz por el delito de homicidio calificado.\n\n"
             "Los homicidios dolosos del municipio bajaron 20 por ciento en noviembre.")
    assert _of(named, "attack", "2026-12-10") == []


def test_extract_events_an_unlisted_force_attacked_stays_the_attack_s():
    text = ("Atacan a policías en Culiacán\n\n"
            "Un agente de la Policía Estatal Preventiva murió luego de que civiles armados atacaron a balazos su patrulla "
            "la noche del viernes en la colonia Infonavit Humaya.")
    attacks = [e for e in _of(text, "attack", "2026-12-13") if e["trigger"] == "atacaron"]
    assert [(e["date"], e["participants"]) for e in attacks] == [("2026-12-11", ["Policía Estatal Preventiva"])]


def test_extract_events_goods_found_before_a_dated_arrest_take_no_day_of_the_next_sentence():
    text = ("Distributor sentenced in Tucson\n\n"
            "Ramón Pacheco Lugo was arrested on March 3, 2025, after federal agents stopped his vehicle near Rio Rico and "
            "found 28 pounds of fentanyl powder hidden in the dashboard. He pleaded guilty on June 18, 2026.")
    assert [e["date"] for e in _of(text, "seizure", "2026-12-10")] == ["2025-03-03"]
    spanish = ("Sentencian a operador en Sonora\n\n"
               "Ramón Pacheco Lugo fue detenido el 3 de marzo de 2025, luego de que agentes federales revisaron su camioneta "
               "y encontraron 12 kilos de cocaína en el tablero. El 18 de junio de 2026 se declaró culpable.")
    assert [e["date"] for e in _of(spanish, "seizure", "2026-12-10")] == ["2025-03-03"]
