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
    {"records", "errors", "lexicon", "text", "calendar", "data", "limits"},
    {"ingest"},
    {"clean"},
    {"extract"},
    {"resolve"},
    {"store"},
    {"pipeline"},
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
