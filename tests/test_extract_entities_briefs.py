"""People and organizations of local crime briefs, court pages, company stories and victims' profiles (round 10):
hand-written English and Spanish sentences in the shapes of local TV and Mexican portal briefs, federal court
coverage, sanctions on companies that speak once, and obituaries of searching mothers and reporters."""

from __future__ import annotations

from _entity_helpers import entity_mentions as _entities
from _entity_helpers import entity_names as _names

from pesquisa.extract.entities import extract_entities


def test_extract_entities_briefs_dateline_dash_before_a_given_name(nlp_es):
    text = ("CELAYA, Gto.- María del Rosario Jiménez Torres, integrante del colectivo Hasta Encontrarte, fue "
            "localizada sin vida la mañana del jueves en un camino de terracería.")
    found = _entities(nlp_es, text)
    assert ("person", "María del Rosario Jiménez Torres") in found
    assert ("place", "Guanajuato") in found
    assert not any(name.startswith("Gto") or name == "María" for _t, name in found)


def test_extract_entities_briefs_court_titles_before_names(nlp_en, nlp_es):
    text = ('"The bribes bought silence at the checkpoint," said Special Agent in Charge Raymond Duda of the FBI. '
            "His lawyer, Federal Public Defender Carla Ruelas, declined to comment.")
    assert {"Raymond Duda", "Carla Ruelas"} <= _names(nlp_en, text, "person")
    assert not _names(nlp_en, text, "place")
    assert "Federal Public" not in _names(nlp_en, text, "organization")
    text = "Marc Tremblay, a superintendent with the RCMP Federal Policing program in Ontario, said the lab was the largest."
    assert _names(nlp_en, text, "person") == {"Marc Tremblay"}  # the long titles' small words are no title
    text = ("El fiscal federal adjunto pidió 30 años de prisión, mientras que el abogado defensor, Eitan Brodsky, "
            "solicitó diez años para su cliente.")
    found = _entities(nlp_es, text)
    assert ("person", "Eitan Brodsky") in found and ("place", "Eitan Brodsky") not in found


def test_extract_entities_briefs_chemical_suppliers(nlp_en):
    text = ("Prosecutors charged Sunrise Fine Chemicals Pvt Ltd and Jiangsu Hengtai Pharma Co Ltd of Nanjing with "
            "selling 4-AP and other precursors to buyers in Mexico.")
    orgs = _names(nlp_en, text, "organization")
    assert {"Sunrise Fine Chemicals", "Jiangsu Hengtai Pharma"} <= orgs
    assert "Associated Press" not in orgs


def test_extract_entities_briefs_companies_opened_or_closed_by_their_business(nlp_en, nlp_es):
    text = ("Regulators said Silver Mesa Casinos failed to report the cash. Silver Mesa said in a statement that it "
            "had fired two managers. Treasury also named Promociones Beltrán Box and a betting site, Apuestas "
            "Norteñas.")
    found = _entities(nlp_en, text)
    assert not _names(nlp_en, text, "person")
    assert {"Silver Mesa Casinos", "Promociones Beltrán Box", "Apuestas Norteñas"} <= _names(nlp_en, text, "organization")
    assert "Silver Mesa" in found[("organization", "Silver Mesa Casinos")]
    text = ("La OFAC sancionó a Centro Cambiario Costa Azul, con cuatro sucursales en Ensenada, y a Transportadora "
            "de Valores del Golfo. En un comunicado, Costa Azul afirmó que siempre cumplió la ley.")
    found = _entities(nlp_es, text)
    assert "Costa Azul" in found[("organization", "Centro Cambiario Costa Azul")]
    assert ("organization", "Transportadora de Valores del Golfo") in found
    assert not any((t == "place" and "Costa Azul" in name) or ("Transportadora" in name and t != "organization")
                   for t, name in found)


def test_extract_entities_briefs_group_named_company(nlp_en):
    text = "A freight broker in Monterrey, Grupo Logístico Sierra Madre, arranged the loads, the indictment says."
    assert "Grupo Logístico Sierra Madre" in _names(nlp_en, text, "organization")
    assert not _names(nlp_en, text, "person")


def test_extract_entities_briefs_nicknames_before_particles_and_prefixes(nlp_en, nlp_es):
    text = ('She worked with Mariana "Nana" Ibarra O\'Donnell, a lawyer for the families, and with a broker '
            'identified as Aurelio "El Tejón" de la Rosa.')
    assert {"Mariana Ibarra O'Donnell", "Aurelio de la Rosa"} <= _names(nlp_en, text, "person")
    text = 'El párroco Ernesto "el Padre Neto" Salgado Ruiz, de la diócesis, ofició la misa.'
    found = _entities(nlp_es, text)
    assert ("person", "Ernesto Salgado Ruiz") in found
    assert not any(t == "place" for t, _name in found)


def test_extract_entities_briefs_searching_mothers_given_names(nlp_es):
    text = "Alma Delia de la Fuente, vocera del colectivo, dijo que las amenazas comenzaron en enero."
    assert _names(nlp_es, text, "person") == {"Alma Delia de la Fuente"}


def test_extract_entities_briefs_no_occupation_before_a_name_or_place_for_a_child(nlp_en):
    text = ("Historian Juan Manuel Carrasco-Luna said the songs would outlive the bans. She is survived by her "
            "daughter, Sofía, 12; and her father, Ramón Ortega.")
    found = _entities(nlp_en, text)
    assert ("person", "Juan Manuel Carrasco-Luna") in found
    assert not any(t == "place" for t, _name in found)


def test_extract_entities_briefs_headline_participle_and_gerund_are_no_people(nlp_en):
    text = ("Deputy Accused of Tipping Off Smugglers Pleads Not Guilty\n\n"
            "A sheriff's deputy in Starr County pleaded not guilty Monday, prosecutors said.")
    assert not _names(nlp_en, text, "person")
    text = ("Hauling Meth Loads Sends Edinburg Driver to Prison for a Decade\n\n"
            "A truck driver was sentenced Thursday to ten years in prison.")
    assert not _names(nlp_en, text, "person")


def test_extract_entities_briefs_navy_of_the_story(nlp_en):
    text = ("Army Veteran and Navy Veteran Charged in Rifle Scheme\n\n"
            "One of the two men served eight years in the U.S. Navy, prosecutors said. The Navy declined to comment.")
    orgs = _entities(nlp_en, text)
    assert ("organization", "U.S. Navy") in orgs
    assert ("organization", "Secretaría de Marina") not in orgs
    text = "Mexico's Navy seized a tonne of cocaine off Manzanillo, the Navy said."
    assert ("organization", "Secretaría de Marina") in _entities(nlp_en, text)


def test_extract_entities_briefs_singer_with_a_bare_middle_initial(nlp_en):
    text = ("Jorge R Almada, one of the best-selling corrido artists, told fans at a palenque in Toluca in May that he "
            "would stop. Fans booed when Carlos R Medina, a corrido singer from Culiacán, said he would drop the songs.")
    assert {"Jorge R Almada", "Carlos R Medina"} <= _names(nlp_en, text, "person")


def test_extract_entities_briefs_clubs_and_dioceses(nlp_en, nlp_es):
    text = ("The sanctions also targeted a former youth coach, Arturo Medina del Valle.\n\n"
            "Club Atlas said Medina del Valle had left the club in 2023.")
    assert "Club Atlas" in _names(nlp_en, text, "organization")
    text = "En un comunicado, la Diócesis de Chilpancingo-Chilapa explicó que los prelados escucharon a las partes."
    assert "Diócesis de Chilpancingo-Chilapa" in _names(nlp_es, text, "organization")


def test_extract_entities_briefs_town_last_in_a_list_is_no_person(nlp_es):
    text = "Los desplazados provienen de los municipios de Tlacotepec y Leonardo Bravo, informó la diócesis."
    found = _entities(nlp_es, text)
    assert ("person", "Leonardo Bravo") not in found


def test_extract_entities_briefs_siblings_share_the_surnames(nlp_es, nlp_en):
    text = "La célula, encabezada por los hermanos Brandon y Luis Ángel Tapia Sotelo, opera en Zitácuaro."
    assert {"Brandon Tapia Sotelo", "Luis Ángel Tapia Sotelo"} <= _names(nlp_es, text, "person")
    text = "The faction is run by the brothers Omar and Carlos Treviño Morales, prosecutors said."
    assert {"Omar Treviño Morales", "Carlos Treviño Morales"} <= _names(nlp_en, text, "person")


def test_extract_entities_briefs_state_prosecutors_in_english(nlp_en):
    text = ("The Guerrero State Attorney General's Office said two suspects were held. The state attorney general's "
            "office gave no names. Mexico's Attorney General's Office took the case on Friday.")
    found = _entities(nlp_en, text)
    assert ("organization", "Guerrero State Attorney General's Office") in found
    assert found[("organization", "Fiscalía General de la República")] == ["Attorney General's Office"]


def test_extract_entities_briefs_church_mediators(nlp_en, nlp_es):
    text = "Bishop Salvador Rangel, who met cartel leaders in 2018, said the church would keep talking."
    ents = extract_entities(nlp_en(text), "d")
    bishop = next(e for e in ents if e.name == "Salvador Rangel")
    assert {m.source for m in bishop.mentions} == {"title"}
    text = ("Obispos de Michoacán piden tregua a grupos criminales en Apatzingán\n\n"
            "El párroco Filiberto Velázquez respaldó al obispo Cristóbal Ascencio García.")
    found = _entities(nlp_es, text)
    assert ("place", "Michoacán") in found
    assert not any(t == "place" and name.startswith("Obispos") for t, name in found)


def test_extract_entities_briefs_bands_keep_their_complement(nlp_en):
    text = "Corridos were censored in the 1970s and it only made Los Tigres del Norte more famous, he said."
    assert "Los Tigres del Norte" in _names(nlp_en, text, "organization")
