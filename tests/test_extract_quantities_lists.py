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
