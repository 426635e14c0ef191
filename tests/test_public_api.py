"""Each package's ``__all__`` names exactly what it exports (a small public face per package)."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = ["pesquisa.clean", "pesquisa.ingest", "pesquisa.extract", "pesquisa.resolve", "pesquisa.store",
            "pesquisa.analyze", "pesquisa.report"]


@pytest.mark.parametrize("name", PACKAGES)
def test_public_api_all_is_honest(name):
    module = importlib.import_module(name)
    public = {n for n in vars(module) if not n.startswith("_") and not isinstance(getattr(module, n), type(module))}
    public -= {"annotations"}
    assert set(module.__all__) == public
    for item in module.__all__:
        assert getattr(module, item) is not None
