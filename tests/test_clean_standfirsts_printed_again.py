"""A standfirst printed under the headline and again over the body (past the byline, the photo's caption and its
credit, or a reading time), a teaser block whose headline opens with a name and a colon ("Sheinbaum: “...”") with
the story's closing sentence under it, and a byline that dates the page with "Escrito en <place> el <date>", in
English and Spanish (hand-written pages): the standfirst is kept once, the headline printed once is the title, the
closing sentence stays, the page has its date; a pull quote under the headline printed again in the body is kept once."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(raw: str):
    """The page's lines as blocks parted by blank lines, as a page's text comes out of its HTML."""
    return clean_document(RawDocument(source="p.txt", raw="\n\n".join(raw.splitlines()) + "\n"))


def _count(body: str, line: str) -> int:
    return body.split("\n").count(line)


EN_TITLE = "Agents seize 900 pounds of cocaine at a Dallas trucking yard"
EN_DEK = "Investigators say the drugs were packed inside pallets of frozen shrimp from Sinaloa."
EN_BODY = ("Federal agents seized about 900 pounds of cocaine at a trucking yard in south Dallas, the largest cocaine "
           "seizure in North Texas this year, the Drug Enforcement Administration said on Tuesday.\n"
           "Two drivers were arrested at the yard and face federal charges of possession with intent to distribute.\n")


def test_clean_a_standfirst_printed_again_over_the_body_past_the_photo_is_kept_once():
    raw = (f"Skip to content\nLocal News\n{EN_TITLE}\n{EN_DEK}\nLaura Pike | December 1, 2026, 3:05 PM\nShare\n"
           f"Agents load boxes into a truck at the yard on Monday.\nLaura Pike/Staff\n{EN_DEK}\n{EN_BODY}")
    doc = _clean(raw)
    assert doc.title == EN_TITLE
    assert _count(doc.body, EN_DEK) == 1
    assert "Agents load boxes into a truck" not in doc.body


def test_clean_a_pull_quote_under_the_headline_printed_again_in_the_body_is_kept_once():
    quote = "\"Every pallet we open tells us more about the route,\" said agent Mark Cole."
    raw = (f"{EN_TITLE}\n{quote}\nDALLAS, TX, December 1, 2026 --\n"
           "Federal agents seized about 900 pounds of cocaine at a trucking yard in south Dallas, the largest cocaine "
           "seizure in North Texas this year, the Drug Enforcement Administration said on Tuesday.\n"
           f"{quote}\nTwo drivers were arrested at the yard and face federal charges.\n")
    assert _count(_clean(raw).body, quote) == 1


ES_TITLE = "La ruta del diésel que cruza por Coahuila"
ES_DEK = ("Empresas de reciente creación importan combustible declarado como lubricante; el SAT revisa 31 pedimentos "
          "de este año")
ES_BODY = ("El contrabando de combustibles declarados como otra mercancía se ha vuelto uno de los negocios más "
           "rentables para los grupos que operan en la frontera de Coahuila.\n"
           "De acuerdo con registros de la agencia aduanera, entre enero y septiembre se detectaron 88 importaciones de "
           "supuestos aditivos que en realidad eran diésel, la mayoría por el puente de Piedras Negras.\n"
           "Las empresas importadoras tienen domicilios fiscales en casas habitación y no registran empleados.\n")


def test_clean_the_headline_printed_once_over_its_standfirst_printed_again_is_the_title():
    raw = (f"Revista Norte\nInicio\nNacional\nOpinión\n{ES_TITLE}\n{ES_DEK}\nPor Redacción\n2 diciembre 2026\n"
           f"Lectura de 3 min\n{ES_DEK}\n{ES_BODY}")
    doc = _clean(raw)
    assert doc.title == ES_TITLE
    assert _count(doc.body, ES_DEK) == 1


def test_clean_the_closing_sentence_under_a_teaser_block_with_a_named_headline_stays():
    closing = "La Fiscalía estatal tiene abiertas 19 carpetas de investigación por estas importaciones, según una respuesta de transparencia."
    raw = (f"{ES_TITLE}\n{ES_BODY}También te puede interesar:\n"
           "Sheinbaum: “No habrá impunidad en el contrabando de combustibles”\n"
           "Congelan cuentas de nueve gasolineras en Saltillo\n"
           f"{closing}\nEtiquetas:\ncontrabando\nCoahuila\n")
    body = _clean(raw).body
    assert closing in body
    assert "Congelan cuentas de nueve gasolineras" not in body and "Sheinbaum: “No habrá impunidad" not in body


def test_clean_a_page_dated_by_its_byline_written_in_a_place_on_a_day():
    raw = ("Detienen en Morelos a presunto extorsionador de comerciantes en Cuautla\n"
           "Escrito en MORELOS el 3/12/2026\n"
           "Agentes de la Comisión Estatal de Seguridad detuvieron en Cuautla a un hombre señalado como operador de una "
           "célula que cobraba cuotas semanales a los locatarios del mercado municipal de la ciudad.\n"
           "El detenido quedó a disposición del Ministerio Público.\n")
    doc = _clean(raw)
    assert doc.published == "2026-12-03"
    assert "Escrito en MORELOS" not in doc.body


def test_clean_a_question_headline_over_a_standfirst_as_long_printed_again_is_the_title():
    title = "Quién es “El Güero Palma Jr.”, el operador que será juzgado en Texas"
    dek = "El hijo de un fundador del cártel de Sinaloa fue entregado a EU tras su captura en Nayarit"
    raw = (f"Diario Sur\nMéxico\n{title}\n{dek}\n3 Dic, 2026 07:10 p.m.\nPor Redacción\nGuardar\n{dek}\n"
           "Héctor Palma, conocido como “El Güero Palma Jr.”, fue entregado a Estados Unidos, donde enfrentará cargos "
           "por narcotráfico en una corte federal de Texas, informó la Fiscalía General de la República.\n"
           "Fue detenido en agosto en Tepic, Nayarit, por elementos de la Defensa y la Guardia Nacional.\n")
    doc = _clean(raw)
    assert doc.title == title
    assert _count(doc.body, dek) == 1


def test_clean_a_stations_licensee_line_and_a_logos_link_text_go():
    raw = ("Semar asegura más de una tonelada de cocaína en costas de Oaxaca\n"
           "Salina Cruz, Oaxaca.- Personal naval aseguró mil 150 kilogramos de cocaína y detuvo a cuatro personas a bordo "
           "de una embarcación menor, aproximadamente a 120 millas náuticas al suroeste de Salina Cruz.\n"
           "Los detenidos fueron puestos a disposición de la autoridad competente en el puerto.\n"
           "KXYZ is a service of Desert Valley College and the Pima Community College District.\n"
           "Imagen con enlace a la página principal de gob.mx\n")
    body = _clean(raw).body
    assert "is a service of" not in body and "Imagen con enlace" not in body
    assert "Los detenidos fueron puestos a disposición" in body


def test_clean_a_header_printed_atop_and_again_twice_in_a_row_keeps_its_standfirst_once():
    title = "Honduras extradita a EU a presunto operador de una red de cocaína"
    dek = "Mario Ordóñez, acusado de traficar cocaína, fue entregado a agentes de la DEA en la base aérea de Tegucigalpa."
    raw = (f"Diario Centro\nMundo\n{title}\n{dek}\nEFE\n03/12/2026\nÚltima actualización 03/12/2026\n{title}\n{title}\n"
           f"{dek}\n"
           "Honduras extraditó este miércoles a Estados Unidos a Mario Ordóñez Paz, señalado como operador de una red "
           "que enviaba cocaína hacia el norte, informó la Policía Nacional.\n"
           "El hondureño es requerido por una corte del Distrito Sur de Nueva York por conspiración para importar "
           "cocaína.\n")
    doc = _clean(raw)
    assert doc.title == title
    assert _count(doc.body, dek) == 1
    assert "03/12/2026" not in doc.body.split("\n")


def test_clean_a_headline_written_as_sentences_over_its_standfirst_printed_twice_is_the_title():
    title = "Border agents found more meth this year. Researchers doubt the count."
    dek = ("Seizure totals rose at the ports of entry, but analysts say the figures show where officers looked, not how "
           "much of the drug crossed.")
    raw = (f"The Border Ledger\nDonate\nNewsletters\n{title}\n{dek}\nBy Ana Ruiz\nDec. 2, 2026\nShare\nRepublish\n"
           f"{title}\n{dek}\n"
           "Officers at the Arizona ports of entry seized about 9,000 pounds of methamphetamine this year, up from "
           "about 7,000 pounds last year, according to the agency's monthly figures.\n"
           "Researchers who study drug markets say seizure totals mostly reflect where and how hard officers look.\n")
    doc = _clean(raw)
    assert doc.title == title
    assert _count(doc.body, title) == 1 and _count(doc.body, dek) == 1
