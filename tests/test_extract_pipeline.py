"""The extract components declare what they read and set; assembly checks the order."""

from __future__ import annotations

import pytest

from pesquisa.errors import ConfigError
from pesquisa.extract.pipeline import DEFAULT, REGISTRY, assemble


def test_extract_pipeline_default_order_assembles():
    assert [c.name for c in assemble()] == list(DEFAULT)


def test_extract_pipeline_quotes_before_entities_is_refused():
    order = ["pesquisa.nlp.v1", "pesquisa.quotes.v1", "pesquisa.entities.v1"]
    with pytest.raises(ConfigError, match=r"^pesquisa\.quotes\.v1: needs entities, entities.titles, which no earlier component sets$"):
        assemble(order)


def test_extract_pipeline_unknown_component_names_itself():
    with pytest.raises(ConfigError, match=r"^pesquisa\.nope\.v9: no such extract component"):
        assemble(["pesquisa.nope.v9"])


def test_extract_pipeline_every_component_is_versioned():
    assert all(name.startswith("pesquisa.") and name.rsplit(".", 1)[1].startswith("v") for name in REGISTRY)
