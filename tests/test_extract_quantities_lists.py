"""Quantities, round 10: lists of figures, cover loads, fines in UMAs and ranges whose ends differ in scale."""

from __future__ import annotations

from _quantity_helpers import by_text, one


def test_quantity_bullets_of_a_list_one_of_whose_lines_seizes_are_seized_goods_and_cash():
    text = ("The agency announced the results of a four-month surge against fentanyl networks.\n\n"
            "Results of the operation:\n\n- 512 arrests\n\n- 900,000 fentanyl pills seized\n\n- 187 firearms\n\n"
            "- $4.1 million in cash\n\nThe operation involved 20 field divisions.")
    found = by_text(text, "en")
    assert (found["187 firearms"].kind, found["$4.1 million"].kind) == ("seizure", "seizure")
    assert found["512 arrests"].kind == "count"


def test_quantity_labelled_rows_under_a_header_of_seizures_are_seized():
    text = ("Officers stopped record amounts of drugs last month.\n\nDrug seizures by type, March:\n"
            "Fentanyl: 1,210 lbs\nMethamphetamine: 7,480 lbs\nHeroin: 52 lbs\n")
    found = by_text(text, "en")
    assert (found["7,480 lbs"].kind, found["7,480 lbs"].item) == ("seizure", "methamphetamine")
    assert (found["52 lbs"].kind, round(found["52 lbs"].value, 2)) == ("seizure", 23.59)
    # a labelled row says what befell its own goods: "inhabilitadas" seizes nothing
    es = ("En las últimas 24 horas se obtuvieron los siguientes resultados:\nArmas aseguradas: 41\n"
          "Tomas clandestinas inhabilitadas: 15\n")
    assert (one(es, "es", "41").kind, one(es, "es", "15").kind) == ("seizure", "count")


def test_quantity_the_load_that_hid_the_drugs_is_no_seizure():
    es = "Localizaron 500 kilos de cocaína ocultos entre un cargamento de 18 toneladas de aguacate."
    assert one(es, "es", "18 toneladas de aguacate").kind == "count"
    assert one(es, "es", "500 kilos de cocaína").kind == "seizure"
    en = "Police found the cocaine in 6 of the 40 containers, each holding about 20 tonnes of fruit."
    assert one(en, "en", "20 tonnes of fruit").kind == "count"
    truck = "Agents seized a tractor-trailer carrying 700 kilograms of cocaine near Laredo."
    assert one(truck, "en", "700 kilograms of cocaine").kind == "seizure"  # drugs carried are the seizure


def test_quantity_a_fine_in_umas_is_money_in_umas_with_its_range():
    text = "Podrían alcanzar una pena de hasta 30 años de prisión y una multa de 500 a 3 mil Unidades de Medida y Actualización."
    q = one(text, "es", "de 500 a 3 mil Unidades de Medida y Actualización")
    assert (q.kind, q.value, q.value_max, q.unit) == ("money", 500, 3000, "UMA")
    assert one("El juez le impuso una multa de 1,200 UMAs.", "es", "1,200 UMAs").unit == "UMA"


def test_quantity_a_range_keeps_its_shared_scale_only_where_the_low_end_stays_lower():
    assert one("Pagaron entre 4 y 8 mil dólares.", "es", "entre 4 y 8 mil dólares").value == 4000
    q = one("Tenían deudas de 300 a 2 mil pesos.", "es", "de 300 a 2 mil pesos")
    assert (q.value, q.value_max) == (300, 2000)


def test_quantity_a_bare_average_after_of_is_a_statistic():
    text = "Border Patrol recorded 7,850 apprehensions in October, an average of 253 a day."
    q = one(text, "en", "253")
    assert (q.kind, q.value) == ("statistic", 253)


def test_quantity_a_duration_with_an_adjective_before_its_time_noun_is_no_count():
    found = by_text("Fentanyl seizures have fallen for two straight years and for three consecutive months.", "en")
    assert not any("years" in written or "months" in written for written in found)


def test_quantity_an_age_set_off_by_a_comma_at_the_end_of_a_sentence_is_no_count():
    found = by_text("Police arrested 3 people, including the port's security chief, 47. Two others fled.", "en")
    assert "47" not in found and found["3 people"].value == 3


def test_quantity_where_a_spanish_count_came_from_is_not_its_item():
    assert one("El combustible llegó en 6 embarques procedentes de Texas.", "es", "6 embarques").item == "embarques"


def test_quantity_a_weight_takes_the_goods_it_is_said_to_be():
    text = "Se aseguraron 310 toneladas de droga, de las cuales 2.1 toneladas son de fentanilo."
    assert one(text, "es", "2.1 toneladas").item == "fentanyl"


def test_quantity_a_list_goes_on_after_where_the_goods_were_with_asi_como():
    text = ("Autoridades federales aseguraron 1.2 millones de litros de combustible de procedencia ilícita en un predio "
            "de Altamira, así como 30 autotanques y un buque.")
    assert one(text, "es", "30 autotanques").kind == "seizure"


def test_quantity_a_signed_change_in_a_flattened_table_is_no_range_and_keeps_its_sign():
    found = by_text("Fiscal year Fentanyl (lbs) Change\n2024 21,900 -19%\n2025 11,500 -47%\n", "en")
    assert (found["21,900"].unit, found["-19%"].value, found["-47%"].value) == (None, -19, -47)


def test_quantity_a_range_with_a_currency_before_its_low_end_shares_the_high_ends_scale():
    assert one("They paid between $2 and $3 million.", "en", "between $2 and $3 million").value == 2_000_000
    q = one("Analysts put the bribes at $5-10 million.", "en", "$5-10 million")
    assert (q.value, q.value_max) == (5_000_000, 10_000_000)
    es = one("Cobraban de $500 a $800 pesos por cabeza.", "es", "de $500 a $800 pesos")
    assert (es.unit, es.value, es.value_max) == ("MXN", 500, 800)


def test_quantity_a_share_is_the_percentage_it_states_of_its_noun():
    q = one("One in four Mexicans told the survey they had been victims of a crime.", "en", "One in four Mexicans")
    assert (q.value, q.unit, q.item, q.raw_value) == (25, "%", "Mexicans", 1)
    es = one("Uno de cada cuatro mexicanos fue víctima de un delito.", "es", "Uno de cada cuatro mexicanos")
    assert (es.value, es.unit, es.item) == (25, "%", "mexicanos")
    assert one("La tasa fue de 16 por cada 100 mil habitantes.", "es", "16 por cada 100 mil habitantes").unit is None


def test_quantity_a_row_label_that_gives_an_age_or_a_year_makes_no_quantity():
    found = by_text("Nombre: Juan Pérez\nEdad: 45\nDelito: homicidio\nTotal: 742\n", "es")
    assert list(found) == ["742"]


def test_quantity_the_dead_told_with_have_been_or_han_sido_are_a_statistic():
    assert one("Since 2024, more than 2,000 people have been killed in Sinaloa.", "en", "2,000 people").kind == "statistic"
    assert one("Más de 300 personas han sido asesinadas en la región.", "es", "300 personas").kind == "statistic"


def test_quantity_a_part_of_seized_goods_told_with_of_them_is_seized_too():
    q = one("Troops seized 14 vehicles, seven of them armored, at a ranch.", "en", "seven of them")
    assert (q.kind, q.item) == ("seizure", "vehicles")


def test_quantity_labs_and_taps_are_counted_places_not_the_drug_they_name():
    assert one("Desmantelaron 5 laboratorios de metanfetamina.", "es", "5 laboratorios").item == "laboratorios"
    q = one("Se inhabilitaron 1,106 tomas clandestinas de hidrocarburo.", "es", "1,106 tomas clandestinas")
    assert (q.kind, q.item) == ("count", "tomas clandestinas")
    assert one("Police raided three fentanyl labs.", "en", "three fentanyl labs").item == "fentanyl labs"


def test_quantity_a_percentage_whose_verb_is_left_out_shares_the_fall_before_it():
    found = by_text("El robo de vehículo disminuyó 14.2 por ciento y el secuestro 21 por ciento.", "es")
    assert found["21 por ciento"].value == -21
    assert by_text("Robbery fell 12% and kidnapping rose 21%.", "en")["21%"].value == 21


def test_quantity_a_hyphened_adjective_in_ed_opens_a_noun_phrase():
    assert one("The scheme moved cash through 14 used-car dealerships.", "en", "14 used-car dealerships").value == 14


def test_quantity_a_sentence_ending_with_a_colon_is_no_row_label():
    found = by_text("Violence is also concentrated: 6 of Mexico's 32 states account for half of all homicides.", "en")
    assert found["6"].item == "states"  # the whole's noun, as "Six of the 40 containers"; no label before the colon


def test_quantity_fewer_is_a_fall():
    q = one("They counted 1,950 atrocities, about 15 percent fewer than a year earlier.", "en", "15 percent fewer")
    assert q.value == -15


def test_quantity_a_figure_after_double_the_reads_like_the_one_before():
    text = ("Troopers have seized more than 6 million fentanyl pills so far this year, nearly double the 3.2 million "
            "seized in all of 2025.")
    q = one(text, "en", "3.2 million")
    assert (q.kind, q.item) == ("seizure", "fentanyl pills")


def test_quantity_listed_after_a_copula_the_short_arms_are_seized_arms():
    q = one("Aseguraron 512 armas de fuego, de las cuales 348 son largas y 164 cortas.", "es", "164 cortas")
    assert (q.kind, q.item) == ("seizure", "firearms")


def test_quantity_a_spanish_preterite_ends_the_item():
    q = one("El 61.5% de la población consideró que vivir en su entidad es inseguro.", "es", "61.5% de la población")
    assert q.item == "población"


def test_quantity_a_column_header_names_the_unit_and_goods_of_the_figures_under_it():
    text = ("Nogales again led all ports in fentanyl seizures during the fiscal year, CBP data show:\n\n"
            "Port | Fentanyl (lbs) | Pills\n\nNogales | 4,210 | 12.1 million\n\nSan Diego | 3,880 | 6.4 million\n")
    found = by_text(text, "en")
    q = found["4,210"]
    assert (q.kind, q.item, q.unit, round(q.value, 1), q.raw_unit) == ("seizure", "fentanyl", "kg", 1909.6, "lbs")
    assert (found["6.4 million"].kind, found["6.4 million"].item) == ("seizure", "pills")
    es = by_text("Entidad | Víctimas | Tasa\nGuanajuato | 198 | 3.1\nChihuahua | 151 | 3.9\n", "es")
    assert (es["198"].item, es["198"].kind, es["3.1"].item) == ("Víctimas", "statistic", None)


def test_quantity_a_deadline_in_a_sentence_about_prison_is_no_prison_term():
    text = "El juez otorgó un plazo de 3 meses para la investigación complementaria y ordenó la prisión preventiva oficiosa."
    assert by_text(text, "es") == {}
    assert one("Fue condenado a 20 años de prisión.", "es", "20 años").value == 20


def test_quantity_a_weight_told_after_weighing_weighs_the_goods_before_it():
    text = "The seizure includes:\n• 412 pounds of fentanyl powder\n• 1.1 million fentanyl pills weighing about 240 pounds\n"
    assert one(text, "en", "240 pounds").item == "fentanyl"


def test_quantity_a_short_aside_does_not_hide_the_dead_a_bare_figure_counts():
    text = "Deaths involving synthetic opioids, mostly fentanyl, fell to about 42,000 from 58,000."
    found = by_text(text, "en")
    assert (found["42,000"].kind, found["58,000"].kind) == ("statistic", "statistic")


def test_quantity_an_average_of_goods_is_a_statistic_and_so_is_its_comparison():
    text = "El volumen de combustible robado promedió 5,800 barriles diarios, frente a 6,900 barriles un año antes."
    found = by_text(text, "es")
    assert (found["5,800 barriles"].kind, found["6,900 barriles"].kind) == ("statistic", "statistic")


def test_quantity_spain_seizes_with_interviene_and_lists_with_y_de():
    assert one("La Guardia Civil interviene 4,2 toneladas de cocaína en Algeciras", "es",
               "4,2 toneladas de cocaína").kind == "seizure"
    text = "Los agentes también se incautaron de 250.000 euros en efectivo y de 6 vehículos de alta gama."
    assert one(text, "es", "6 vehículos").kind == "seizure"


def test_quantity_a_dose_after_a_seizure_is_no_cargo():
    text = "The DEA seized more than 9,500 pounds of fentanyl powder. A lethal dose of fentanyl is about 2 milligrams."
    assert one(text, "en", "2 milligrams").kind == "count"


def test_quantity_both_ends_of_a_range_of_a_fall_are_negative():
    q = one("Las remesas caerían entre 4 y 5 por ciento en 2026.", "es", "entre 4 y 5 por ciento")
    assert (q.value, q.value_max) == (-4, -5)


def test_quantity_bullets_under_a_header_of_results_are_seized_goods():
    text = ("The DEA announced the results of a surge in 32 cities across the country.\n\nResults of the surge:\n\n"
            "• 412 arrests\n\n• 1,100 pounds of fentanyl powder\n\n• 218 firearms\n\n• $12 million in cash\n\n"
            "\"These numbers represent lives saved,\" the Administrator said.")
    found = by_text(text, "en")
    assert [found[w].kind for w in ("412 arrests", "1,100 pounds of fentanyl", "218 firearms", "$12 million")] == \
        ["count", "seizure", "seizure", "seizure"]


def test_quantity_an_age_between_commas_in_a_sentence_about_prison_is_no_term():
    text = "El hombre, de 47 años, enfrenta cargos que podrían significarle una pena mínima de 10 años de prisión."
    assert list(by_text(text, "es")) == ["10 años"]


def test_quantity_a_budget_cut_is_a_fall_and_a_ranking_goes_on_after_seguido_del():
    assert one("La FGR verá un recorte de 2.1%, a 19 mil 600 millones de pesos.", "es", "2.1%").value == -2.1
    text = "Guanajuato acumuló 3 mil 210 homicidios, seguido del Estado de México con 2 mil 640."
    q = one(text, "es", "2 mil 640")
    assert (q.kind, q.item) == ("statistic", "homicidios")


def test_quantity_victims_of_an_age_group_are_a_statistic():
    text = "Se estima que 21.1 millones de personas de 18 años y más fueron víctimas de algún delito."
    assert one(text, "es", "21.1 millones de personas").kind == "statistic"
    assert one("About 21 million people aged 18 and older were victims of a crime.", "en",
               "21 million people").kind == "statistic"


def test_quantity_a_fine_in_days_is_money_in_uma_and_other_days_are_durations():
    text = "La FGR obtuvo sentencia condenatoria de 45 años de prisión y multa de 4 mil días contra Pedro."
    q = one(text, "es", "4 mil días")
    assert (q.kind, q.value, q.unit) == ("money", 4000, "UMA")
    assert by_text("Las víctimas permanecieron 21 días en cautiverio.", "es") == {}


def test_quantity_packages_naming_their_own_contents_hold_no_drug_of_the_sentence():
    text = "Se aseguraron 3 mil kilos de metanfetamina, 15 mil litros de químicos diversos y 40 costales de sosa cáustica."
    assert one(text, "es", "40 costales").item == "costales"
    hedged = "La Marina aseguró 62 bultos con 1,860 paquetes de presunta cocaína."
    assert one(hedged, "es", "1,860 paquetes").item == "cocaine packages"


def test_quantity_a_disappearance_makes_victims_and_an_afectacion_is_money():
    text = "Un juez condenó a un exsoldado por la desaparición de los 43 estudiantes de Ayotzinapa."
    assert one(text, "es", "43 estudiantes").kind == "statistic"
    money = "El aseguramiento representa una afectación de más de 700 millones de pesos a la delincuencia organizada."
    assert one(money, "es", "700 millones de pesos").kind == "money"
