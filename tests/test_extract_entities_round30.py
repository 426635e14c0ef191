"""People, organizations and places on hand-written pages of round 30 (San Diego and Tijuana courts, Juárez and
Culiacán desks, DEA and ATF releases).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize("lang, text", [
    ("en", "Prosecutors said the smuggler was paid by a cell of the Arellano Félix organization in Rosarito."),
    ("en", "The brothers who led the AFO were extradited years ago."),
    ("es", "El detenido fue jefe de plaza del Cártel Arellano Félix en Ensenada, informó la FGR."),
    ("es", "Según la Fiscalía, el grupo es un remanente del cártel de Tijuana."),
])
def test_entities_tijuana_cartel_named_after_the_family_or_the_city(nlp_en, nlp_es, lang, text):
    nlp = nlp_en if lang == "en" else nlp_es
    assert "Cártel de Tijuana" in entity_names(nlp, text, "organization")


def test_entities_arellano_felix_brothers_stay_people(nlp_en):
    text = "The brothers Benjamín and Ramón Arellano Félix built the smuggling routes through Otay Mesa."
    assert "Ramón Arellano Félix" in entity_names(nlp_en, text, "person")
    assert "Cártel de Tijuana" not in entity_names(nlp_en, text, "organization")


@pytest.mark.parametrize("text, person", [
    ("Prosecutors said J.R. Delgado drove the truck across the line at Lukeville.", "J.R. Delgado"),
    ("A.J. Whitfield, 34, was sentenced Tuesday to eight years in prison.", "A.J. Whitfield"),
])
def test_entities_initials_before_a_surname_are_a_person(nlp_en, text, person):
    assert person in entity_names(nlp_en, text, "person")
    assert person not in entity_names(nlp_en, text, "organization")
