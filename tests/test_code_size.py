"""Size limits: no module in ``src/`` over 400 lines, no function over 60, unless a ``# size:`` comment says why.

A module is excused by a line ``# size: <why>`` among its top comments (before the first
statement after the docstring); a function by ``# size: <why>`` at the end of its ``def`` line
or on the line above it. Lines count as in an editor, blank lines and docstrings included.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "pesquisa"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
SIZE_COMMENT = re.compile(r"#\s*size:\s*\S")

def _excused_module(lines: list[str], tree: ast.Module) -> bool:
    """True when a ``# size:`` comment sits before the module's first statement after its docstring."""
    body = tree.body[1:] if tree.body and isinstance(tree.body[0], ast.Expr) else tree.body
    first = body[0].lineno if body else len(lines) + 1
    return any(SIZE_COMMENT.search(line) for line in lines[:first - 1] if line.lstrip().startswith("#"))


def _excused_function(lines: list[str], node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """True when the ``def`` line (or the line above it, decorators included) carries a ``# size:`` comment."""
    top = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return any(SIZE_COMMENT.search(lines[i - 1]) for i in {top - 1, top, node.lineno} if i >= 1)


def oversized(root: Path = SRC) -> list[str]:
    """Every module over ``MAX_MODULE_LINES`` and function over ``MAX_FUNCTION_LINES`` without a ``# size:`` comment.

    Modules as ``path (N lines)``, functions as ``path:name (N lines)``; paths relative to ``root``.
    """
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        if len(lines) > MAX_MODULE_LINES and not _excused_module(lines, tree):
            found.append(f"{rel} ({len(lines)} lines)")
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_FUNCTION_LINES and not _excused_function(lines, node):
                    found.append(f"{rel}:{node.name} ({size} lines)")
    return found


def test_code_size_modules_and_functions_within_limits():
    assert oversized() == []


def test_code_size_fails_on_a_long_function_and_module(tmp_path: Path):
    long_body = "\n".join(f"    x{i} = {i}" for i in range(61))
    (tmp_path / "big.py").write_text('"""A module."""\n\ndef long():\n' + long_body + "\n" + "\n" * 340)
    (tmp_path / "ok.py").write_text('"""A module."""\n# size: one table of data, split by nothing\n\n'
                                    "def long():  # size: a flat list of cases, read top to bottom\n" + long_body
                                    + "\n" + "\n" * 340)
    assert oversized(tmp_path) == ["big.py (404 lines)", "big.py:long (62 lines)"]


@pytest.mark.parametrize("line", ["def f():  # size: one state machine", "# size: parser table"])
def test_code_size_comment_pattern(line: str):
    assert SIZE_COMMENT.search(line)
