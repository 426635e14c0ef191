"""Events from hand-written EN/ES pages (issue 11, round 28): goods seized "from him" told with the pronoun and what was
seized counted right after the verb ("le aseguraron un arma larga", "les aseguraron 12 kilos") are a seizure, while
"le aseguró que" stays speech; an account freeze by Mexico's Financial Intelligence Unit ("La UIF bloqueó las cuentas
de X", "froze the bank accounts of X") is a sanction of X."""

from __future__ import annotations

from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-04") -> list[dict]:
    return event_dicts(text, published)


def _types(text: str) -> list[str]:
    return [e["type"] for e in _events(text)]


def test_extract_events_lo_asegurado_al_detenido_contado_es_un_aseguramiento():
    assert "seizure" in _types("Al revisarlo, los agentes estatales le aseguraron un revólver y 30 envoltorios de "
                               "metanfetamina.")
    assert "seizure" in _types("En la inspección del camión les aseguraron 45 kilos de marihuana a los dos ocupantes.")


def test_extract_events_le_aseguro_que_sigue_siendo_decir():
    assert "seizure" not in _types("El gobernador le aseguró a los productores que las armas del cártel no llegarán "
                                   "a la región.")
    assert "seizure" not in _types("La fiscal le aseguró que los cargamentos de droga serían investigados.")


def test_extract_events_la_uif_que_bloquea_cuentas_sanciona():
    (sanction,) = [e for e in _events("La Unidad de Inteligencia Financiera bloqueó este miércoles las cuentas de "
                                      "Evaristo Lozoya Benítez, señalado como operador financiero de una célula "
                                      "criminal en Michoacán.") if e["type"] == "sanction"]
    assert "Evaristo Lozoya Benítez" in sanction["participants"]
    assert sanction["date"] == "2026-12-02"


def test_extract_events_frozen_bank_accounts_are_a_sanction():
    (sanction,) = [e for e in _events("Mexico's Financial Intelligence Unit froze the bank accounts of Evaristo Lozoya "
                                      "Benítez, a suspected money launderer, officials said.") if e["type"] == "sanction"]
    assert "Evaristo Lozoya Benítez" in sanction["participants"]


def test_extract_events_a_road_blocked_is_no_sanction():
    assert "sanction" not in _types("Pobladores bloquearon la carretera y las cuentas de los comercios quedaron sin "
                                    "cobrar.")


def test_extract_events_en_el_lugar_es_donde_la_oracion_anterior_puso_lo_suyo():
    text = ("Efectivos de la Guardia Nacional repelieron el lunes una agresión armada en Apatzingán, Michoacán, donde "
            "murió uno de los atacantes.\n\n"
            "En el lugar fueron detenidos Rigoberto Salas Quintero y otro hombre, y se aseguraron tres fusiles.")
    events = _events(text)
    (seizure,) = [e for e in events if e["type"] == "seizure"]
    (arrest,) = [e for e in events if e["type"] == "arrest"]
    assert seizure["place"] == arrest["place"] == "Apatzingán"
    assert seizure["organizer"] == "Guardia Nacional"


def test_extract_events_at_the_scene_is_where_the_sentence_before_put_its_event():
    text = ("Soldiers clashed with gunmen on Monday in Pantelhó, Chiapas, the Defense Ministry said. At the scene, "
            "troops seized four rifles and a pickup truck.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["place"] == "Pantelhó"


def test_extract_events_arrested_at_the_scene_takes_the_day_of_the_sentence_before():
    text = ("The pursuit started on Sept. 14, 2025, when Border Patrol agents tried to stop a pickup near Sarita and ended "
            "when it crashed into a canal.\n\nDelfino Arreola Ibarra was arrested at the scene, prosecutors said.")
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["date"] == "2025-09-14"


def test_extract_events_had_frozen_the_accounts_is_a_sanction():
    text = ("Mexico's Financial Intelligence Unit said on Thursday it had frozen the bank accounts of 31 people, "
            "including the businessman Evaristo Lozoya Benítez.")
    (sanction,) = [e for e in _events(text) if e["type"] == "sanction"]
    assert "Evaristo Lozoya Benítez" in sanction["participants"]


def test_extract_events_un_dia_antes_de_la_firma_tras_la_ceremonia():
    text = ("El fiscal general de Guatemala, Julio Rivera Clavería, y el embajador estadounidense Tobin Bradley "
            "firmaron el pasado jueves en la capital una carta de entendimiento contra el lavado de dinero.\n\n"
            "Durante la ceremonia, ambos funcionarios destacaron la cooperación entre sus países.\n\n"
            "Un día antes, Rivera Clavería sostuvo una reunión con el director de la DEA, Terrance Cole.")
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert meeting["date"] == "2026-12-02"


def test_extract_events_the_suspects_identified_after_an_arrest_for_a_shooting_are_the_arrested():
    text = ("Brownsville police arrested two men Thursday in connection with a shooting that left one man dead outside a "
            "convenience store.\n\nPolice identified the suspects as Eliseo Cárdenas Tovar, 22, and Ramiro Saldaña, 25.")
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert "Eliseo Cárdenas Tovar" in arrest["participants"]


def test_extract_events_los_investigadores_que_incautan_son_del_cuerpo_nombrado_antes():
    text = ("Agentes ministeriales de la FGR catearon el martes una vivienda en Culiacán. Los "
            "investigadores incautaron dos fusiles y 30 kilos de cocaína.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["organizer"] == "Fiscalía General de la República"
