"""Listed traffickers the news names by a nickname alone (issue 12, round 29): the nickname is read as the person
(names.yaml ``nicknames``), whose full name is matched to the list entry."""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names
from _sanctions_helpers import listed, person

from pesquisa.resolve.sanctions import MentionContext


@pytest.mark.parametrize(("lang", "text", "name", "uid"), [
    ("es", "Extraditan a \"El Nini\"\n\nCIUDAD DE MÉXICO.— La FGR entregó a Estados Unidos a \"El Nini\", a quien "
           "señala como jefe de sicarios de una facción del Cártel de Sinaloa.", "Néstor Isidro Pérez Salas", "43476"),
    ("en", "Sinaloa hitman chief pleads not guilty\n\nNEW YORK — El Nini, the alleged security chief of the Chapitos, "
           "pleaded not guilty in federal court on Monday.", "Néstor Isidro Pérez Salas", "43476"),
    ("es", "Trasladan a El Cuini\n\nGUADALAJARA.— El Cuini, cuñado del líder del CJNG, fue trasladado a un penal "
           "federal, informaron autoridades.", "Abigael González Valencia", "17673"),
    ("en", "Juárez cartel founder sentenced\n\nEL PASO — A judge sentenced the former Juárez cartel leader known as "
           "El Viceroy to 28 years in prison.", "Vicente Carrillo Fuentes", "6708"),
])
def test_resolve_sanctions_a_listed_trafficker_named_by_nickname_alone_issue_12(nlp_en, nlp_es, sdn_index, lang, text,
                                                                               name, uid):
    people = entity_names(nlp_en if lang == "en" else nlp_es, text, "person")
    assert name in people, people
    told = MentionContext("", name, " señalado como operador del Cártel de Sinaloa", "2025-03-10")
    assert listed(sdn_index, person(name, contexts=(told,))) == [uid]


@pytest.mark.parametrize(("name", "title", "before", "after"), [
    # "El reportero Juan Quintero, de Ríodoce, documentó sus empresas" after a sentence on QUINTERO ARCE, Juan
    # Francisco, the financial operator of the drug trade: a reporter who shares part of the name
    ("Juan Quintero", "reportero", "operador financiero del narcotráfico. El reportero ",
     ", de Ríodoce, documentó sus empresas en Culiacán"),
    ("Juan Quintero", "corresponsal", "señalado como operador del narcotráfico, explicó el corresponsal ",
     " desde Culiacán"),
    ("Juan Quintero", "correspondent", "a drug trafficking financier, said Reuters correspondent ", " in Culiacan"),
])
def test_resolve_sanctions_a_reporter_of_part_of_a_listed_name_is_not_listed_issue_12(sdn_index, name, title, before,
                                                                                     after):
    told = MentionContext(before, name, after, "2023-09-12")
    assert listed(sdn_index, person(name, titles=(title,), contexts=(told,))) == []
