"""Quantities read with their context: what a figure is (seizure, flow, potential, judgment), the
other end of a change, lists of seized goods, rates after a noun, and items that refer back.

Sentences are hand-written in the style of wire stories, DOJ releases and Mexican and Colombian
portals; none is taken from the shared evaluation corpus.
"""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one

from pesquisa.extract.quantities import extract_quantities

# --- who died, and who did it -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind"),
    [
        ("es", "Agentes de la fiscalía detuvieron a cuatro presuntos secuestradores en Reynosa.",
         "cuatro presuntos secuestradores", "count"),
        ("es", "La policía estatal capturó a dos homicidas en Celaya.", "dos homicidas", "count"),
        ("en", "Police arrested three suspected murderers near Tijuana.", "three suspected murderers", "count"),
        ("es", "Fueron localizadas cinco personas secuestradas en una bodega.", "cinco personas secuestradas",
         "statistic"),
        ("en", "More than 120,000 people are registered as missing in Mexico.", "120,000 people", "statistic"),
        ("en", "Some 2,300 people remain missing after the clashes.", "2,300 people", "statistic"),
    ],
)
def test_extract_quantities_perpetrators_are_no_victims_the_missing_are(lang, sentence, text, kind):
    assert one(sentence, lang, text).kind == kind


def test_extract_quantities_un_before_a_person_noun_counts_one():
    text = "El enfrentamiento en Culiacán dejó un muerto, un lesionado y una detenida."
    found = by_text(text, "es")
    assert (found["un muerto"].value, found["un muerto"].kind) == (1, "statistic")
    assert (found["un lesionado"].value, found["un lesionado"].kind) == (1, "statistic")
    assert (found["una detenida"].value, found["una detenida"].kind) == (1, "count")
    assert "un arma" not in by_text("Le encontraron un arma y una motocicleta.", "es")


# --- what kind of figure goods are -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind"),
    [
        # a flow per year, after a sentence that seized: no seizure
        ("en", "Soldiers seized 40 rifles in Sonora. Officials estimate that 150,000 guns are smuggled across "
               "the border each year.", "150,000 guns", "count"),
        ("es", "Las fuerzas federales han asegurado 15 mil armas. Cada año ingresan ilegalmente al país "
               "alrededor de 200 mil armas de fuego.", "200 mil armas de fuego", "count"),
        # a period that dates is no rate
        ("en", "Agents seized 500 pounds of meth, up from 300 pounds a year earlier.", "300 pounds", "seizure"),
        # what could be produced, not what was seized
        ("en", "Troops seized a clandestine lab capable of producing 100 kilos of methamphetamine a week.",
         "100 kilos of methamphetamine", "count"),
        ("es", "La Marina aseguró 40 kilos de fentanilo. Un kilo de fentanilo puede producir hasta 500 mil dosis.",
         "Un kilo de fentanilo", "count"),
        # money a court orders paid is money
        ("en", "Ramírez was ordered to forfeit $4.5 million after pleading guilty.", "$4.5 million", "money"),
        ("en", "He agreed to the forfeiture of $2 billion in drug proceeds.", "$2 billion", "money"),
        # destroying drugs: they were seized
        ("es", "México destruye 1.500 kilos de fentanilo en Sinaloa.", "1.500 kilos de fentanilo", "seizure"),
        ("en", "Soldiers destroyed 2 tons of marijuana in Durango.", "2 tons of marijuana", "seizure"),
    ],
)
def test_extract_quantities_flows_potentials_judgments_and_destruction(lang, sentence, text, kind):
    assert one(sentence, lang, text).kind == kind


@pytest.mark.parametrize(
    ("lang", "sentence", "text"),
    [
        ("es", "En el inmueble se aseguraron dos armas cortas, 60 cartuchos, 3 vehículos con reporte de robo "
               "y 150 mil pesos en efectivo.", "3 vehículos"),
        ("en", "Officers seized 12 rifles, 3,000 rounds of ammunition and 4 trucks at the ranch.", "4 trucks"),
    ],
)
def test_extract_quantities_a_list_of_seized_goods_is_all_seized(lang, sentence, text):
    assert one(sentence, lang, text).kind == "seizure"


def test_extract_quantities_people_listed_after_goods_are_no_seizure():
    text = "Soldiers seized 5 tons of cocaine and 14 people in Chiapas."
    assert one(text, "en", "14 people").kind == "count"


# --- the other end of a change ----------------------------------------------------------------


def test_extract_quantities_first_end_of_a_change_reads_like_the_second():
    text = "Los homicidios bajaron, al pasar de un promedio de 86 a 64 víctimas diarias."
    first = one(text, "es", "86")
    assert (first.kind, first.item) == ("statistic", "víctimas diarias")
    pct = one("La pobreza pasó de 5 a 10 por ciento en la región.", "es", "5")
    assert (pct.value, pct.unit) == (5, "%")


def test_extract_quantities_second_end_of_a_change_reads_like_the_first():
    text = "CBP seized 1,200 pounds of fentanyl in February, down from 2,100 in June."
    second = one(text, "en", "2,100")
    assert (second.kind, second.item, second.unit) == ("seizure", "fentanyl", "kg")
    assert second.value == pytest.approx(2100 * 0.45359237)
    deaths = "Overdose deaths dropped 27% in 2024, to about 80,400, according to the CDC."
    level = one(deaths, "en", "80,400")
    assert (level.kind, level.unit, level.value) == ("statistic", None, 80400)


def test_extract_quantities_a_figure_after_a_verb_compares_nothing():
    text = "La Marina aseguró 5 kilos de cocaína y detuvo a 12 en Manzanillo."
    assert "12" not in by_text(text, "es") or by_text(text, "es")["12"].unit is None


# --- rates after a noun -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "item"),
    [
        ("es", "Colima, con 97 homicidios por cada 100 mil habitantes, encabeza la lista.",
         "97 homicidios por cada 100 mil habitantes", "homicidios"),
        ("en", "The state recorded 41 murders per 100,000 residents last year.",
         "41 murders per 100,000 residents", "murders"),
    ],
)
def test_extract_quantities_rate_after_a_noun_is_one_statistic(lang, sentence, text, item):
    found = by_text(sentence, lang)
    assert list(found) == [text]
    assert (found[text].kind, found[text].item) == ("statistic", item)


# --- items that refer back --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "article", "text", "item"),
    [
        ("en", "CBP seized 900 pounds of fentanyl and 300 pounds of cocaine in March.\n\n"
               "Fentanyl remains the top concern at the border.\n\n"
               "At Otay Mesa, officers found 385 pounds of the drug in the gas tank of a sedan.",
         "385 pounds of the drug", "fentanyl"),
        ("es", "El Ejército aseguró 2,5 toneladas de metanfetamina en Cosalá.\n\n"
               "En lo que va del año se han asegurado más de 1.200 kilos de la droga en Sinaloa.",
         "1.200 kilos de la droga", "methamphetamine"),
        ("es", "La Armada incautó 4 toneladas de cocaína y 600 kilos de marihuana.\n\n"
               "En la primera operación se hallaron 2.340 kilogramos del alcaloide en una lancha.",
         "2.340 kilogramos del alcaloide", "cocaine"),
        ("es", "Se aseguraron 300 kilos de cocaína y 1.500 kilos de fentanilo. También se incautaron "
               "1,2 millones de pastillas del opioide sintético.",
         "1,2 millones de pastillas del opioide sintético", "fentanyl pills"),
        ("en", "Agents found 22 bundles of cocaine weighing a combined 55 pounds.", "55 pounds", "cocaine"),
    ],
)
def test_extract_quantities_item_referring_back_is_the_drug_named_before(lang, article, text, item):
    assert one(article, lang, text).item == item


def test_extract_quantities_drug_before_a_noun_refers_to_nothing():
    text = "Police seized 40 kilos of cocaine. About 70 percent of the drug trade in Sonora is local."
    share = next(q for q in extract_quantities(text, lang="en") if q.text.startswith("70 percent"))
    assert share.item != "cocaine"


# --- where a noun phrase ends ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text"),
    [
        ("en", "Officers found 40 pounds of white powder hidden inside the gas tank.", "40 pounds of white powder"),
        ("es", "Semar asegura más de 3 toneladas de cocaína frente a Oaxaca", "3 toneladas de cocaína"),
        ("es", "Los guardacostas hallaron 900 kilos de marihuana cerca de Tumaco.", "900 kilos de marihuana"),
        ("en", "The U.S. trained 3,000 Mexican police officers in 2024.", "3,000 Mexican police officers"),
    ],
)
def test_extract_quantities_noun_phrase_ends_before_adverbs_and_participles(lang, sentence, text):
    assert text in by_text(sentence, lang)


def test_extract_quantities_present_tense_fall_verb_makes_a_fall():
    assert one("Homicidios bajan 25% en Guanajuato", "es", "25%").value == -25


# --- round 2: shares, restatements, sentence drugs, labels -------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value"),
    [
        ("en", "The DEA estimates that seven in ten pills it seizes contain a lethal dose.", "seven in ten pills", 70),
        ("en", "Texas and Arizona accounted for 3 out of every 4 traced guns.", "3 out of every 4", 75),
        ("en", "One in five detainees was released within a week.", "One in five detainees", 20),
        ("es", "Dos de cada tres elementos no han aprobado los exámenes.", "Dos de cada tres elementos", 66.67),
        ("es", "La encuesta indica que 7 de cada 10 realizan tareas de vigilancia.", "7 de cada 10", 70),
    ],
)
def test_extract_quantities_a_share_is_one_statistic(lang, sentence, text, value):
    # round 10: a share is the percentage it states ("one in five" is 20%), the written figure kept as raw_value
    q = one(sentence, lang, text)
    assert (q.value, q.unit, q.kind) == (value, "%", "statistic")


def test_extract_quantities_a_year_after_in_is_no_share():
    assert one("The cartel moved 5 in 2024, officials said.", "en", "5").kind == "count"


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind", "item"),
    [
        ("en", "Synthetic opioids killed 48,000 people, or roughly 130 a day.", "130", "statistic", "people"),
        ("es", "Pemex reportó 13 mil 800 tomas clandestinas, es decir, 38 por día.", "38", "count",
         "tomas clandestinas"),
        ("es", "La corporación cuenta con 133 mil elementos, de los cuales 92 mil 400 están desplegados.",
         "92 mil 400", "count", "elementos"),
    ],
)
def test_extract_quantities_a_restated_or_partial_figure_reads_like_the_first(lang, sentence, text, kind, item):
    q = one(sentence, lang, text)
    assert (q.kind, q.item) == (kind, item)


@pytest.mark.parametrize(
    ("lang", "article", "text", "kind", "item"),
    [
        ("en", "Fentanyl seizures at Arizona ports dropped by half last year, to about 6,000 pounds.",
         "6,000 pounds", "seizure", "fentanyl"),
        ("es", "La Marina aseguró mil kilos de cocaína en Manzanillo. La droga estaba distribuida en 35 paquetes.",
         "35 paquetes", "seizure", "cocaine packages"),
        ("en", "CBP seized 6,000 pounds of fentanyl in Arizona. At the Nogales port, officers made 312 fentanyl "
               "busts in fiscal 2025.", "312 fentanyl busts", "count", "fentanyl"),
    ],
)
def test_extract_quantities_goods_of_the_sentence_and_counted_seizures(lang, article, text, kind, item):
    q = one(article, lang, text)
    assert (q.kind, q.item) == (kind, item)


@pytest.mark.parametrize(
    ("lang", "sentence", "text"),
    [
        ("en", "Mexico sent 26 more alleged cartel members to the United States.", "26 more alleged cartel members"),
        ("en", "The prisoners were flown on six military aircraft.", "six military aircraft"),
    ],
)
def test_extract_quantities_noun_phrases_after_more_and_collectives(lang, sentence, text):
    assert text in by_text(sentence, lang)


def test_extract_quantities_a_qualifier_ends_the_noun_phrase_before_it():
    found = by_text("More than 60% of the country's roughly 30,000 annual homicides involve a gun.", "en")
    assert "30,000 annual homicides" in found
    assert not any("roughly" in text for text in found)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "Fue detenido en el kilómetro 45 de la carretera federal 15, cerca de Hermosillo."),
        ("es", "Para denuncias, comuníquese a la Fiscalía, extensión 8100."),
    ],
)
def test_extract_quantities_labels_after_an_adjective_or_an_extension(lang, sentence):
    assert by_text(sentence, lang) == {}


@pytest.mark.parametrize(
    ("lang", "sentence", "text"),
    [
        ("es", "Juan N fue detenido en posesión de dos armas largas y 320 cartuchos útiles.", "320 cartuchos útiles"),
        ("en", "The driver was arrested in possession of 3 pistols and a rifle.", "3 pistols"),
    ],
)
def test_extract_quantities_goods_in_possession_at_arrest_are_seized(lang, sentence, text):
    assert one(sentence, lang, text).kind == "seizure"


# --- round 3: remains, the missing "more", recovered guns, parts of a later figure -----------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind"),
    [
        ("es", "Los colectivos suman 500 restos localizados este año en Tlajomulco.", "500 restos localizados",
         "statistic"),
        ("es", "El colectivo ha localizado 1,850 bolsas con restos en la zona metropolitana.", "1,850 bolsas",
         "statistic"),
        ("en", "Prosecutors said about 2,000 more were reported missing in Sinaloa.", "2,000", "statistic"),
        ("en", "At least 9 of the guns were later recovered at crime scenes in Tamaulipas.", "9 of the guns",
         "seizure"),
    ],
)
def test_extract_quantities_remains_the_missing_and_recovered_guns(lang, sentence, text, kind):
    assert one(sentence, lang, text).kind == kind


def test_extract_quantities_part_of_a_later_figure_reads_like_it():
    text = "Jalisco concentra 15 mil 600 de las 128 mil personas desaparecidas en el país."
    part = one(text, "es", "15 mil 600")
    assert (part.kind, part.item) == ("statistic", "personas desaparecidas")


def test_extract_quantities_options_of_an_argument_are_no_fact():
    assert "two options" not in by_text("\"We have two options: cooperate or confront,\" she said.", "en")


# --- round 4: holders of the goods, bales, listed models, seized participles, "otros" ---------


def test_extract_quantities_vessels_the_goods_were_seized_from_are_counted():
    text = "The navy seized more than eight tons of cocaine from two vessels off Guerrero."
    found = by_text(text, "en")
    assert (found["eight tons of cocaine"].kind, found["two vessels"].kind) == ("seizure", "count")


def test_extract_quantities_bales_of_the_drugs_are_seized_cocaine():
    text = ("Mexico's navy seized eight tons of cocaine on Tuesday. The drugs, packed in 300 bales, were found "
            "aboard a fishing boat.")
    bales = one(text, "en", "300 bales")
    assert (bales.kind, bales.item) == ("seizure", "cocaine packages")


def test_extract_quantities_arms_listed_by_model_share_the_seizure():
    text = "Entre las armas aseguradas destacan 620 fusiles AR-15, 410 AK-47 y 95 fusiles Barrett calibre .50."
    listed = one(text, "es", "410")
    assert (listed.kind, listed.item) == ("seizure", "firearms")


def test_extract_quantities_goods_called_seized_are_a_seizure():
    text = "De las 4 mil 350 armas aseguradas por el Ejército en 2025, la mayoría vino de Texas."
    assert one(text, "es", "4 mil 350 armas aseguradas").kind == "seizure"


def test_extract_quantities_otros_after_a_measure_takes_its_unit():
    text = "En marzo se aseguraron 10 millones de litros de diésel en Tampico, y en julio otros 8 millones en Ensenada."
    more = one(text, "es", "otros 8 millones")
    assert (more.value, more.unit, more.kind) == (8_000_000, "l", "seizure")


# --- round 5: money in a list of seized cash, plea forfeiture, careers, gunmen, calibers ---------


def test_extract_quantities_currencies_listed_after_seized_cash_are_seized():
    text = "Los agentes decomisaron 2,5 millones de pesos, 150 mil dólares y 30 mil euros en efectivo."
    found = by_text(text, "es")
    assert [found[t].kind for t in ("2,5 millones de pesos", "150 mil dólares", "30 mil euros")] == ["seizure"] * 3


def test_extract_quantities_a_plea_decomiso_is_money():
    text = "Como parte del acuerdo, aceptó el decomiso de 15 mil millones de dólares."
    assert one(text, "es", "15 mil millones de dólares").kind == "money"


def test_extract_quantities_years_of_a_career_are_no_prison_term():
    text = "Zambada, quien nunca había pisado una prisión en más de 50 años de carrera criminal, se declaró culpable."
    assert "50 años" not in by_text(text, "es")
    kept = "Fue condenado a 20 años de prisión por delincuencia organizada."
    assert one(kept, "es", "20 años").kind == "count"


def test_extract_quantities_gunmen_and_calibers():
    assert "20 gunmen" in by_text("More than 20 gunmen armed with rifles attacked the convoy.", "en")
    assert by_text("Se aseguraron dos pistolas calibre 9 milímetros.", "es").keys() == {"dos pistolas"}


# --- round 6: converted money, model numbers, ranges up to "mil", ages without "años" ---------


def test_extract_quantities_money_converted_in_brackets_shares_its_kind():
    found = by_text("Officials seized 3 million pesos ($160,000) in cash.", "en")
    assert (found["3 million pesos"].kind, found["$160,000"].kind) == ("seizure", "seizure")


def test_extract_quantities_a_model_number_is_no_count():
    assert by_text("Agents seized Glock 19 pistols and an M16 rifle.", "en") == {}
    assert "26 Cartel Members" in by_text("Mexico Sends 26 Cartel Members to US", "en")
    assert "20 municipalities" in by_text("In three of Sinaloa's 20 municipalities schools closed.", "en")
    assert "3 narcolaboratorios" in by_text("Asegura Marina 3 narcolaboratorios en Sinaloa", "es")


def test_extract_quantities_range_up_to_a_scale_word():
    q = one("Entre 200 y mil personas marcharon en Culiacán.", "es", "Entre 200 y mil personas")
    assert (q.value, q.value_max) == (200, 1000)


def test_extract_quantities_age_without_anos_and_goods_held_at_arrest():
    found = by_text("Un hombre de 34 años y una mujer de 28 fueron detenidos con 5 kilos de cristal.", "es")
    assert list(found) == ["5 kilos de cristal"]
    assert found["5 kilos de cristal"].kind == "seizure"
    caught = one("The driver was arrested with 40 pounds of cocaine.", "en", "40 pounds of cocaine")
    assert caught.kind == "seizure"


def test_extract_quantities_each_weight_weighs_the_drug_named_before_it():
    text = ("Seizures of methamphetamine fell to 13,255 pounds, and cocaine seizures rose 12% to "
            "6,908 pounds.")
    found = by_text(text, "en")
    assert (found["13,255 pounds"].item, found["6,908 pounds"].item) == ("methamphetamine", "cocaine")
    potency = "Fentanyl is 50 times more potent than heroin, and two milligrams can be fatal."
    assert one(potency, "en", "two milligrams").item is None


def test_extract_quantities_packages_among_several_drugs_hold_none_of_them():
    text = ("Inspectors look for methamphetamine, cocaine and marijuana among the 3.5 million ship containers "
            "that pass through the port.")
    assert one(text, "en", "3.5 million ship containers").item == "ship containers"


# --- round 8: addresses and ages set off by commas ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "El cuerpo fue hallado en la avenida Juárez, lote 14, manzana 3, de la colonia Centro."),
        ("en", "Agents searched apartment 12 of the complex on Monday."),
        ("es", "El detenido y sus dos cómplices, de 19 y 22, fueron trasladados al penal."),
    ],
)
def test_extract_quantities_address_parts_and_ages_are_no_facts(lang, sentence):
    found = by_text(sentence, lang)
    assert not any(q.item is None for q in found.values()), list(found)


def test_extract_quantities_casualties_are_a_statistic():
    assert one("The clashes left 14 casualties in Culiacán.", "en", "14 casualties").kind == "statistic"


# --- stop 24: people counted after an adjective; an adjective standing for the noun before it --------


def test_extract_quantities_people_after_a_prenominal_adjective_are_no_seized_goods():
    text = ("La presidenta recordó que su gobierno ha enviado a Estados Unidos a 55 presuntos narcotraficantes "
            "este año y que el decomiso de fentanilo ha caído.")
    q = one(text, "es", "55 presuntos narcotraficantes")
    assert q.kind == "count"


def test_extract_quantities_a_listed_adjective_takes_the_commodity_of_the_noun_before():
    text = "Durante el operativo se aseguraron 38 armas largas, 12 cortas y seis vehículos."
    q = one(text, "es", "12 cortas")
    assert (q.kind, q.item) == ("seizure", "firearms")
    assert one(text, "es", "seis vehículos").item == "vehículos"


def test_extract_quantities_a_bare_fraction_is_a_level_not_a_count():
    text = ("El promedio diario de homicidios dolosos bajó 32 por ciento, al pasar de 86.9 en septiembre de 2024 "
            "a 59.1 en noviembre de 2026.")
    assert one(text, "es", "86.9").kind == "statistic"
    assert one(text, "es", "59.1").kind == "statistic"
    assert one("Police said 12 were arrested.", "en", "12").kind == "count"


def test_extract_quantities_a_prison_term_beside_a_forfeiture_is_no_seizure():
    text = "He was sentenced to 25 years in prison and ordered to forfeit $3.2 million."
    assert one(text, "en", "25 years").kind == "count"


# --- containers and areas -------------------------------------------------------------------
def test_quantity_a_containers_size_is_no_seizure_but_one_containers_contents_are():
    drums = by_text("En el lugar fueron localizados 35 tambos de 200 litros con precursores químicos.", "es")
    assert drums["35 tambos"].kind == "seizure"
    assert drums["200 litros"].kind == "count"
    sacks = by_text("Se aseguraron 15 costales de 25 kilos de marihuana.", "es")
    assert sacks["25 kilos de marihuana"].kind == "count"
    tank = one("Aseguraron un tanque de 30 mil litros de diésel en Salamanca.", "es", "30 mil litros de diésel")
    assert (tank.kind, tank.value) == ("seizure", 30000)


def test_quantity_areas_of_crops_and_land_are_counted_in_hectares():
    poppy = one("The Army said it had eradicated 1,200 hectares of poppy this year.", "en", "1,200 hectares of poppy")
    assert (poppy.kind, poppy.unit, poppy.value) == ("count", "ha", 1200)
    field = one("Soldados destruyeron 4 hectáreas de plantíos de marihuana en la sierra.", "es", "4 hectáreas de plantíos")
    assert (field.kind, field.unit) == ("count", "ha")
    acres = one("Soldiers destroyed 40 acres of marijuana plants.", "en", "40 acres of marijuana")
    assert acres.value == pytest.approx(16.187, abs=0.01)
    # "ha" is a Spanish verb, never a hectare
    assert not any(q.unit == "ha" for q in extract_quantities(
        "La disputa, que desde 2024 ha dejado más de 1,700 asesinatos, sigue.", lang="es"))


def test_quantity_water_in_acre_feet_is_a_volume():
    water = one("Mexico owes Texas 1.3 million acre-feet of water under the 1944 treaty.", "en",
                "1.3 million acre-feet of water")
    assert water.unit == "l" and water.value == pytest.approx(1.3e6 * 1233481.84, rel=1e-6)


# --- people, asides and the two ends of a change ------------------------------------------------
def test_quantity_people_beside_a_seizure_are_counted_not_seized():
    found = by_text("The suspect was detained alongside two alleged accomplices during a raid in which police "
                    "seized 3.2 million pesos ($176,000) in cash and seven vehicles, he said.", "en")
    assert found["two alleged accomplices"].kind == "count"
    # the bracketed dollar figure is an aside: the vehicles are still what the police seized
    assert found["seven vehicles"].kind == "seizure"
    es = by_text("Detuvieron a tres cómplices y aseguraron dos camionetas.", "es")
    assert es["tres cómplices"].kind == "count"


def test_quantity_a_seizure_noun_before_que_stays_a_seizure_and_the_change_shares_its_unit():
    found = by_text("Washington destaca los decomisos de fentanilo, que según la CBP cayeron de 27.000 libras "
                    "en 2023 a unas 12.000 en 2025.", "es")
    assert found["27.000 libras"].kind == "seizure"
    later = found["12.000"]
    assert (later.kind, later.unit) == ("seizure", "kg") and later.value == pytest.approx(5443.1, abs=0.1)
    # "aseguró que" is still speech
    said = by_text("El secretario aseguró que 300 elementos llegarán a Sinaloa.", "es")
    assert said["300 elementos"].kind == "count"


def test_quantity_attackers_killed_in_a_clash_are_a_death_figure():
    found = by_text("El enfrentamiento dejó cinco agresores abatidos y un militar herido.", "es")
    assert found["cinco agresores abatidos"].kind == "statistic"
    en = by_text("Three gunmen were shot dead by soldiers in Culiacán.", "en")
    assert en["Three gunmen"].kind == "statistic"


def test_quantity_goods_after_with_in_an_arrest_clause_are_seized():
    found = by_text("Los imputados fueron detenidos en Hermosillo con 40 kilos de metanfetamina y 12 mil pastillas "
                    "de fentanilo.", "es")
    assert found["40 kilos de metanfetamina"].kind == "seizure"
    assert found["12 mil pastillas de fentanilo"].kind == "seizure"
    en = one("The two men were arrested in Tucson with 15 pounds of fentanyl pills.", "en", "15 pounds of fentanyl pills")
    assert en.kind == "seizure"
    # targets captured are people, not goods
    assert by_text("Authorities have captured 32 of the 37 priority targets on the list.", "en")["32"].kind == "count"


def test_quantity_the_value_of_seized_drugs_is_money_and_seized_cash_a_seizure():
    assert one("CBP officers seize $9 million in fentanyl at Nogales port of entry", "en", "$9 million").kind == "money"
    assert one("Officers seized $250,000 in cash and 3 kilograms of cocaine.", "en", "$250,000").kind == "seizure"


def test_quantity_a_forecast_fall_is_a_fall():
    fall = one("Analistas estimaron que las operaciones en efectivo caerán hasta 15 por ciento.", "es", "15 por ciento")
    assert fall.value == -15
    assert one("El banco prevé que las remesas aumentarán 3 por ciento.", "es", "3 por ciento").value == 3
