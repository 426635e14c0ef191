"""People, organizations and places on hand-written pages of round 31 (state prosecutors' and police communiqués in
capitals, EFE on security appointments, DOJ indictments with co-defendants, AP profiles of cartel families).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize("text, body", [
    ("La FISCALÍA GENERAL DEL ESTADO DE GUERRERO informa que fue detenido un hombre en Iguala por el delito de robo.",
     "Fiscalía General del Estado de Guerrero"),
    ("Elementos de la POLICÍA ESTATAL PREVENTIVA detuvieron a dos hombres en la colonia Centro de Zitácuaro.",
     "Policía Estatal Preventiva"),
    ("Según la SECRETARÍA DE SEGURIDAD PÚBLICA DE DURANGO, los detenidos fueron trasladados a la capital.",
     "Secretaría de Seguridad Pública de Durango"),
])
def test_entities_a_body_in_capitals_inside_a_sentence_is_whole(nlp_es, text, body):
    orgs = entity_names(nlp_es, text, "organization")
    assert body in orgs
    assert "Secretaría de Seguridad y Protección Ciudadana" not in orgs  # a state's body, not the federal one


def test_entities_two_bodies_in_capitals_joined_by_y_stay_two(nlp_es):
    text = "La SECRETARÍA DE MARINA Y LA GUARDIA NACIONAL informaron que aseguraron una embarcación con droga en el puerto."
    orgs = entity_names(nlp_es, text, "organization")
    assert {"Secretaría de Marina", "Guardia Nacional"} <= orgs

