"""Shared helpers of the extraction benches: the scorer and the gold sets beside the repository."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SETS = ("news", "dev", "dx", "dy")


def load_scorer(shared: Path = SHARED) -> ModuleType:
    """``shared/eval/score.py``, imported unmodified."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_documents(shared: Path = SHARED, sets: tuple[str, ...] = SETS) -> Iterator[tuple[str, dict, dict, object]]:
    """(set name, gold file, gold document, clean document) for every gold document, cleaned by the pipeline."""
    from pesquisa.clean import clean_document
    from pesquisa.records import RawDocument

    for name in sets:
        gold = json.loads((shared / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        for doc in gold["documents"]:
            path = shared / "corpus" / name / doc["file"]
            raw = RawDocument(source=path.name, raw=path.read_text(encoding="utf-8"), path=str(path))
            yield name, gold, doc, clean_document(raw)
