"""A prosecutor's list of defendants (name, alias, age, home town) is article text, not a block of teasers.

The page is hand-written in the style of a US Attorney's press release; none is taken from the shared corpus.
"""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

PAGE = """U.S. Attorney's Office | Southern District of Texas

PRESS RELEASE

Nine charged in indictment targeting cartel faction's fentanyl pipeline

Thursday, October 15, 2026

HOUSTON – A federal grand jury has returned an indictment charging nine people with conspiring to import \
fentanyl on behalf of a faction of the Gulf Cartel, announced the U.S. Attorney.

The indictment, unsealed Wednesday, names the following defendants:

Jesús Alberto Treviño Salinas, aka "El Comandante Beto," 44, of Reynosa, Tamaulipas;
María Guadalupe de la Garza Villarreal, aka "La Güera," 37, of McAllen;
Rogelio "El Cuervo" Cantú Ibarra, 51, of Matamoros, Tamaulipas;
- Ling Chen, 45, of Flushing, New York
and five others whose names remain under seal.

According to the indictment, the defendants moved fentanyl across the Rio Grande in tractor-trailers.

If convicted, the defendants face a minimum of 10 years and up to life in federal prison.

Topic: Drug Trafficking
"""


def test_clean_defendant_list_stays_in_the_body():
    body = clean_document(RawDocument(source="usao.txt", raw=PAGE)).body
    for line in ("names the following defendants:", "Jesús Alberto Treviño Salinas, aka", "Rogelio \"El Cuervo\"",
                 "Ling Chen, 45, of Flushing"):
        assert line in body
    assert "Topic: Drug Trafficking" not in body


TRANSFER = """Gabinete de Seguridad
Comunicado 77/2026

Ciudad de México, a 9 de octubre de 2026

TRASLADA GOBIERNO DE MÉXICO A 12 PERSONAS A ESTADOS UNIDOS

En coordinación con la Fiscalía General de la República, el Gabinete de Seguridad realizó el envío de 12 personas \
privadas de la libertad a los Estados Unidos de América, a solicitud de su gobierno.

Las personas enviadas son:

1. Efraín Salcido Ontiveros, a) “El Tigre”
2. Rosa Isela Bañuelos de la Peña
3. Heriberto del Toro Maldonado, a) “El Toro”

Las personas fueron trasladadas desde el penal federal de Almoloya al aeropuerto, donde fueron entregadas.

---o0o---
"""


def test_clean_numbered_list_of_people_stays_in_the_body():
    body = clean_document(RawDocument(source="gabinete.txt", raw=TRANSFER)).body
    for line in ("Las personas enviadas son:", "1. Efraín Salcido Ontiveros, a) “El Tigre”",
                 "2. Rosa Isela Bañuelos de la Peña", "3. Heriberto del Toro Maldonado"):
        assert line in body


def test_clean_defendants_with_a_k_a_and_an_age_alone_stay_in_the_body():
    page = ("Thirteen Charged in Manhattan With Trafficking Fentanyl\n\nNEW YORK — The U.S. Attorney announced the "
            "unsealing of an indictment charging members of a Sinaloa Cartel cell.\n\nThe defendants are:\n"
            "- JOSÉ ÁNGEL CANOBBIO INZUNZA, a/k/a \"El Güerito,\" 44, of Culiacán;\n"
            "- OSCAR NOÉ MEDINA GONZÁLEZ, a/k/a \"El Panu,\" 38;\n"
            "- MARÍA FERNANDA LÓPEZ ARMENTA, 29, of Phoenix, Arizona.\n\n"
            "According to the indictment, Canobbio Inzunza oversaw shipments of fentanyl pills.\n")
    body = clean_document(RawDocument(source="sdny.txt", raw=page)).body
    assert "OSCAR NOÉ MEDINA GONZÁLEZ, a/k/a" in body and "JOSÉ ÁNGEL CANOBBIO INZUNZA" in body


def test_clean_a_bulleted_list_of_figures_under_article_text_stays_and_a_teaser_list_goes():
    bullets = ["• 412 arrests", "• 1.2 million fentanyl pills and 740 pounds of fentanyl powder", "• 218 firearms",
               "• $14.6 million in cash"]
    page = ("DEA announces results of Operation Overdrive surge\n\nWASHINGTON – The Drug Enforcement Administration "
            "announced Thursday the results of a 90-day surge targeting the distribution networks of two cartels in "
            "32 cities across the country.\n\nResults of the surge:\n\n" + "\n\n".join(bullets) +
            "\n\n\"These numbers represent lives saved,\" the Administrator said in a statement on Thursday.\n\n"
            "Related:\n\n• Cartel violence spikes in Sinaloa\n\n• Mexico extradites cartel figures\n")
    body = clean_document(RawDocument(source="dea.txt", raw=page)).body.split("\n\n")
    assert "Results of the surge:" in body and all(b in body for b in bullets)
    assert not any("Cartel violence spikes" in line for line in body)
    es = ("Desmantelan narcolaboratorio en Sinaloa\n\nEn el municipio de Cosalá, efectivos de la Defensa localizaron un "
          "laboratorio clandestino para la producción de drogas sintéticas, donde se aseguraron:\n\n- 8 mil litros de "
          "metilamina\n\n- 2 toneladas de ácido tartárico\n\n- Un vehículo y una cuatrimoto\n\nLo asegurado quedó a "
          "disposición del Ministerio Público de la Federación, que integró la carpeta de investigación.\n")
    assert "- 8 mil litros de metilamina" in clean_document(RawDocument(source="es.txt", raw=es)).body


def test_clean_a_table_flattened_to_rows_after_article_text_stays_and_a_sites_header_line_goes():
    rows = ["Entidad | Víctimas | Tasa por 100 mil habitantes", "Guanajuato | 198 | 3.1", "Chihuahua | 151 | 3.9",
            "Baja California | 140 | 3.7"]
    page = ("Estos son los estados con más homicidios en febrero\n\nDiario del Centro | Datos | 8 de marzo de 2026\n\n"
            "De acuerdo con el reporte mensual del SESNSP, estos son los estados con más víctimas de homicidio doloso en "
            "febrero:\n\n" + "\n".join(rows) + "\n\nEn total se registraron mil 412 víctimas en el mes, un promedio de "
            "50.4 al día, según el secretariado.\n")
    doc = clean_document(RawDocument(source="tabla.txt", raw=page))
    assert all(row in doc.body for row in rows)
    assert "Diario del Centro | Datos | 8 de marzo de 2026" in doc.removed


def test_clean_rows_of_labelled_figures_under_a_sentence_ending_with_a_colon_stay():
    rows = ["Detenidos: 78", "Armas aseguradas: 41", "Droga asegurada: 312 kilos", "Vehículos recuperados: 23"]
    page = ("Gabinete de Seguridad informa resultados\n\nGobierno de México | Boletín\n\nComo parte de las acciones del "
            "Gabinete de Seguridad, en las últimas 24 horas se obtuvieron los siguientes resultados:\n\n" + "\n".join(rows) +
            "\n\nEn Sinaloa, personal de la Defensa desmanteló cuatro laboratorios clandestinos y aseguró 900 kilos de "
            "metanfetamina.\n")
    doc = clean_document(RawDocument(source="gabinete.txt", raw=page))
    assert all(row in doc.body for row in rows)
    assert "Gobierno de México | Boletín" in doc.removed
    # a date label is no row of figures
    assert not clean_document(RawDocument(source="x.txt", raw=page + "\nLast Modified: Nov 14, 2026\n")).body.endswith(
        "Last Modified: Nov 14, 2026")


def test_clean_short_sentences_under_a_table_ending_the_story_stay():
    rows = ["Entidad | Víctimas 2024 | Víctimas 2025 | Tasa", "Guanajuato | 1,568 | 1,243 | 19.8",
            "Chihuahua | 1,002 | 874 | 22.4", "Baja California | 1,019 | 812 | 21.1", "Colima | 388 | 301 | 39.2"]
    closing = ["En contraste, el delito de extorsión aumentó 7.2% con 5 mil 887 víctimas reportadas ante las fiscalías.",
               "La tasa nacional se ubicó en 8.7 homicidios por cada 100 mil habitantes, la más baja desde 2016."]
    page = ("Homicidios dolosos bajan 18.4% en el primer semestre\n\nRedacción | Ciudad de México | 14 de julio de 2026\n\n"
            "El Secretariado Ejecutivo informó que entre enero y junio se registraron 11 mil 402 víctimas de homicidio "
            "doloso, 18.4% menos que en el mismo periodo del año anterior, cuando se contabilizaron 13 mil 973.\n\n"
            "Guanajuato encabezó la lista con 1 mil 243 víctimas, seguido de Chihuahua con 874 y Baja California con 812.\n\n"
            + "\n".join(rows) + "\n\n" + "\n\n".join(closing) + "\n\nTemas relacionados: Seguridad, Homicidios\n")
    body = clean_document(RawDocument(source="tabla.txt", raw=page)).body
    assert all(row in body for row in rows) and all(sentence in body for sentence in closing)


def test_clean_a_header_over_one_row_of_figures_is_a_table():
    page = ("CBP Releases July 2026 Monthly Update\n\nWASHINGTON — U.S. Customs and Border Protection today released its "
            "monthly operational update for the southwest border and the ports of entry.\n\nDrug seizures: CBP seized "
            "1,020 pounds of fentanyl nationwide in July, a 27% decrease from June.\n\n"
            "Fentanyl (lbs) | Methamphetamine (lbs) | Cocaine (lbs)\n1,020 | 9,834 | 6,211\n\nApprehensions between ports "
            "of entry totaled 4,601, the lowest monthly total in the agency's history.\n")
    body = clean_document(RawDocument(source="cbp.txt", raw=page)).body
    assert "Fentanyl (lbs) | Methamphetamine (lbs) | Cocaine (lbs)" in body and "1,020 | 9,834 | 6,211" in body


def test_clean_a_wire_credit_in_brackets_goes():
    page = ("Mexico homicides fall for third straight year\n\nMEXICO CITY, Sept 24 (Reuters) - Mexico registered 30,057 "
            "homicides in 2024, a 5.7% decrease from the previous year and the third consecutive annual decline, the "
            "national statistics agency said on Wednesday.\n\nMen accounted for 87.4% of victims, and firearms were used "
            "in 69% of killings, the agency said.\n\n(Reporting by Ana Roe; Editing by John Doe)\n")
    doc = clean_document(RawDocument(source="wire.txt", raw=page))
    assert "(Reporting by Ana Roe; Editing by John Doe)" in doc.removed


def test_clean_a_sentence_right_under_a_table_goes_on_with_the_article():
    sentence = "Among women, homicides dropped 8.1 percentage points in the share of killings committed with guns."
    page = ("Mexico homicides fall for third straight year, statistics agency says\n"
            "MEXICO CITY, Sept 24 (Reuters) - Mexico registered 30,057 homicides in 2024, a 5.7% decrease from the "
            "previous year and the third consecutive annual decline, the national statistics agency said on Wednesday.\n"
            "The national homicide rate fell to 23 per 100,000 inhabitants from 24 per 100,000 in 2023.\n"
            "Men accounted for 87.4% of victims, and firearms were used in 69% of killings.\n"
            "Year | Homicides | Rate per 100,000\n2022 | 32,223 | 25\n2023 | 31,062 | 24\n2024 | 30,057 | 23\n"
            + sentence + "\n(Reporting by Ana Roe; Editing by John Doe)\n")
    doc = clean_document(RawDocument(source="wire.txt", raw=page))
    assert sentence in doc.body and "(Reporting by Ana Roe; Editing by John Doe)" in doc.removed

def test_clean_a_sanctions_release_list_of_companies_stays_in_the_body_issue_12():
    companies = ["Marmolera del Desierto, S.A. de C.V., a stone-cutting business in Hermosillo;",
                 "Servicios Mineros Altar, S. de R.L. de C.V., a mining company in Caborca, Sonora;",
                 "Distribuidora Costa Brava, S.A. de C.V. (RFC DCB150101AB1), a seafood wholesaler."]
    page = ("Treasury Sanctions Cartel Front Companies in Sonora\n\nPress Releases\n\nJune 2, 2026\n\nWASHINGTON — Today, "
            "the Department of the Treasury's Office of Foreign Assets Control sanctioned three Mexican companies that "
            "launder proceeds of fentanyl sales for a cartel faction based in Sonora.\n\nOFAC also designated the "
            "following companies:\n\n" + "\n".join(companies) + "\n\nAs a result of today's action, all property of the "
            "designated persons in the United States is blocked.\n\nRelated: Recent Actions | Sanctions List Search\n")
    doc = clean_document(RawDocument(source="treasury.txt", raw=page))
    assert "OFAC also designated the following companies:" in doc.body
    assert all(line in doc.body for line in companies)
    assert "Related: Recent Actions | Sanctions List Search" in doc.removed


def test_clean_a_list_of_detainees_whose_surnames_are_withheld_and_the_sentences_closing_it_stay():
    names = ['José Luis "N"', 'María Fernanda "N"', 'Carlos Alberto «N»', "Juan Pablo N."]
    closing = ["Todos fueron puestos a disposición de un juez federal en Reynosa.",
               "La dependencia precisó que se les aseguraron armas, droga y vehículos."]
    page = ("Estos son los detenidos en el operativo en Reynosa\n"
            "La Fiscalía General de la República informó que fueron detenidas las siguientes personas:\n"
            + "\n".join(names + closing) + "\n")
    kept = clean_document(RawDocument(source="page.txt", raw=page)).body.split("\n\n")
    assert all(n in kept for n in names) and all(c in kept for c in closing)


def test_clean_rows_of_labelled_figures_under_a_heading_without_a_colon_stay():
    rows = ["Cocaína: 31,480 kg", "Marihuana: 2.3 ton", "Embarcaciones: 27", "Motores fuera de borda: 51", "Detenidos: 188"]
    page = ("SECRETARÍA DE MARINA\n\nInforme de resultados, operación Pacífico Sur\n\nResumen de aseguramientos "
            "(enero-junio 2026)\n\n" + "\n".join(rows) + "\n\nLa Secretaría destacó que el volumen de cocaína asegurada "
            "aumentó 60% respecto al mismo periodo del año anterior.\n")
    doc = clean_document(RawDocument(source="semar.txt", raw=page))
    assert all(row in doc.body for row in rows)
    assert "Resumen de aseguramientos (enero-junio 2026)" in doc.body


def test_clean_a_pages_few_counters_under_a_heading_still_go():
    page = ("Cartel violence spikes in Sinaloa\n\nBy Staff | Nov. 3, 2026\n\nCULIACÁN — Gunmen attacked a police convoy "
            "on Monday, killing four officers, the state security ministry said in a statement on Tuesday.\n\n"
            "Share this story\n\nComments: 12\n\nShares: 48\n\nOfficials said the attackers fled toward the mountains, "
            "where soldiers were searching for them on Tuesday.\n")
    doc = clean_document(RawDocument(source="page.txt", raw=page))
    assert "Comments: 12" not in doc.body
