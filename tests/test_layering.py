"""The stages import one way: a module may import its own stage and earlier ones, never a later one.

An AST walk over every module of ``src/pesquisa`` (imports inside functions included), so
a hidden back-edge such as ``clean`` importing ``extract`` fails here. ``make check`` runs it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "pesquisa"

# Lower layers first. Modules on one layer may import each other.
LAYERS: list[set[str]] = [
    {"records", "errors", "lexicon", "text", "calendar", "data", "limits", "topics", "quote_context", "transcripts", "label_shapes",
     "statements", "_regex", "_literal_gate", "_required"},
    {"ingest"},
    {"clean"},
    {"extract"},
    {"resolve"},
    {"store"},
    {"pipeline", "judging"},
    {"analyze", "report"},
    {"api"},
    {"web"},
    {"cli"},
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def stage_of(module: str) -> str:
    """``pesquisa.extract.quotes`` -> ``extract``; ``pesquisa`` alone -> ``records`` (the base)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "records"


def imported_modules(path: Path, root: Path = SRC) -> list[tuple[int, str]]:
    """(line, module) of every ``pesquisa`` import in the file, absolute or relative."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(("pesquisa", *path.relative_to(root).with_suffix("").parts))
    if path.name == "__init__.py":
        package = package.removesuffix(".__init__")
    else:
        package = package.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "pesquisa"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module.split(".")[0] == "pesquisa":
                if module == "pesquisa":
                    out += [(node.lineno, f"pesquisa.{a.name}") for a in node.names]
                else:
                    out.append((node.lineno, module))
    return out


def back_edges(root: Path = SRC) -> list[str]:
    """Every import from a later stage into an earlier one, as ``file:line: a -> b``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        own = "records" if len(rel.parts) == 1 and rel.stem in {"__init__", "records"} else rel.parts[0].removesuffix(".py")
        if own not in RANK:
            found.append(f"{rel}: module of no known stage ({own}); add it to LAYERS")
            continue
        for line, module in imported_modules(path, root):
            target = stage_of(module)
            if target not in RANK:
                found.append(f"{rel}:{line}: imports {module}, of no known stage")
            elif RANK[target] > RANK[own]:
                found.append(f"{rel}:{line}: {own} -> {target} ({module})")
    return found


def test_layering_no_import_from_a_later_stage():
    assert back_edges() == []


def test_layering_fails_on_a_deliberate_back_edge(tmp_path: Path):
    tree = tmp_path / "pesquisa"
    (tree / "clean").mkdir(parents=True)
    (tree / "extract").mkdir()
    (tree / "clean" / "__init__.py").write_text("")
    (tree / "extract" / "__init__.py").write_text("def f():\n    return 1\n")
    (tree / "clean" / "bad.py").write_text("def g():\n    from pesquisa.extract import f\n    return f()\n")
    assert back_edges(tree) == ["clean/bad.py:2: clean -> extract (pesquisa.extract)"]


@pytest.mark.parametrize("stage", sorted(RANK))
def test_layering_every_stage_is_known(stage: str):
    assert stage in RANK


# --- one query layer ----------------------------------------------------------------------

# Outside ``store/`` a module may name the engine and connection types (a connection opened by the pipeline is
# handed to ``store/read`` functions), nothing else of SQLAlchemy: queries are built in ``store/read`` (reads) and
# ``store/write`` (writes) only.
ALLOWED_SQLALCHEMY = {"Engine", "Connection"}


def query_building(root: Path = SRC) -> list[str]:
    """Every place outside ``store/`` that builds a query: ``select(...)``, SQLAlchemy query imports, the tables."""
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [f"{rel}:{node.lineno}: import {a.name}" for a in node.names
                          if a.name.split(".")[0] == "sqlalchemy" or a.name == "pesquisa.store.schema"]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
                found += [f"{rel}:{node.lineno}: from {node.module} import {a.name}" for a in node.names
                          if a.name not in ALLOWED_SQLALCHEMY]
            elif isinstance(node, ast.ImportFrom) and node.module in {"pesquisa.store", "pesquisa.store.schema"}:
                found += [f"{rel}:{node.lineno}: from {node.module} import {a.name}" for a in node.names
                          if node.module == "pesquisa.store.schema" or a.name == "schema"]
            elif isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name == "select":
                    found.append(f"{rel}:{node.lineno}: select(...)")
    return found


def test_layering_queries_only_in_the_store():
    assert query_building() == []


def test_layering_query_check_fails_on_a_query_outside_the_store(tmp_path: Path):
    tree = tmp_path / "pesquisa"
    (tree / "api").mkdir(parents=True)
    (tree / "store").mkdir()
    (tree / "store" / "read.py").write_text("from sqlalchemy import select\n")  # the store may
    (tree / "api" / "bad.py").write_text(
        "from sqlalchemy import Engine, func\nfrom pesquisa.store import schema as t\n\n"
        "def rows(engine: Engine):\n    return engine.connect().execute(t.documents.select())\n")
    assert query_building(tree) == ["api/bad.py:1: from sqlalchemy import func",
                                    "api/bad.py:2: from pesquisa.store import schema",
                                    "api/bad.py:5: select(...)"]
