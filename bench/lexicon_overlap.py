"""List the lexicon forms that equal a string of the shared gold, so new overlap is seen.

    .venv/bin/python bench/lexicon_overlap.py [--shared ../shared]

A lexicon entry should hold general knowledge (an agency's names, a speech verb, a kind of
page chrome), not a string that one shared article needed. This script compares every string
in ``src/pesquisa/data/*.yaml`` (folded: case, accents and punctuation ignored) with every
string of the gold files (names and aliases of people and organizations, places, quotes and
speakers, quantity texts and items, titles, boilerplate lines) and prints each match with
the gold fields and sets it matches. Regular expressions (``boilerplate.yaml``) are matched
against the gold boilerplate lines instead; a pattern that matches lines of only one document
is marked ONE-DOCUMENT. The output is for review: an entry listed here must be defensible as
general knowledge ("Cártel de Sinaloa" is; a tweet signature of one article is not).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from pesquisa.lexicon import fold

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "src" / "pesquisa" / "data"
SETS = ("news", "dev", "dx", "dy")
GENERATED = {"boilerplate_model.yaml"}  # weights, not forms
STRUCTURE = {"key", "parent", "kind", "country"}  # identifiers and enums, not forms


def leaves(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, string) for every string in a parsed YAML document (mapping keys included)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in STRUCTURE:
                continue
            if isinstance(key, str) and isinstance(value, dict | list) and not path.startswith("boilerplate.yaml"):
                yield f"{path}/{key}", key  # a key that names something ("fentanyl:")
            yield from leaves(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            yield from leaves(item, path)
    elif isinstance(node, str):
        yield path, node


def gold_strings(shared: Path) -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    """Folded gold string -> {"field@set"}; and every (document, boilerplate line) of the gold."""
    found: dict[str, set[str]] = defaultdict(set)
    boiler: list[tuple[str, str]] = []

    def add(text: Any, field: str, name: str) -> None:
        if isinstance(text, str) and fold(text):
            found[fold(text)].add(f"{field}@{name}")

    for name in SETS:
        gold = json.loads((shared / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        for person, info in gold.get("people", {}).items():
            add(person, "person", name)
            for alias in (info or {}).get("aliases", []):
                add(alias, "person alias", name)
        for org, aliases in gold.get("organizations", {}).items():
            add(org, "organization", name)
            for alias in aliases or []:
                add(alias, "organization alias", name)
        for doc in gold["documents"]:
            add(doc.get("title"), "title", name)
            for field in ("people", "organizations", "places"):
                for item in doc.get(field, []):
                    add(item, field.rstrip("s"), name)
            for quote in doc.get("quotes", []):
                add(quote[0], "quote", name)
                add(quote[1], "speaker", name)
            for qty in doc.get("quantities", []):
                add(qty.get("text"), "quantity", name)
                add(qty.get("item"), "quantity item", name)
            for line in doc.get("boilerplate", []):
                add(line, "boilerplate", name)
                boiler.append((f"{name}/{doc['file']}", line))
    return found, boiler


def is_pattern(path: str) -> bool:
    """Whether the leaf at ``path`` is a regular expression rather than a form."""
    return path.startswith("boilerplate.yaml/") and not any(key in path for key in ("/label_words", "/open_ends"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = ap.parse_args()
    gold, boiler = gold_strings(args.shared)
    forms = 0
    print("file/key\tform\tgold fields")
    for path in sorted(DATA.glob("*.yaml")):
        if path.name in GENERATED:
            continue
        for where, text in leaves(yaml.safe_load(path.read_text(encoding="utf-8")), path.name):
            if is_pattern(where):
                continue
            forms += 1
            hits = gold.get(fold(text))
            if hits:
                print(f"{where}\t{text}\t{', '.join(sorted(hits))}")
    print(f"\n{forms} lexicon forms compared with {len(gold)} gold strings\n")
    print("boilerplate.yaml pattern\tgold boilerplate lines matched\tdocuments")
    data = yaml.safe_load((DATA / "boilerplate.yaml").read_text(encoding="utf-8"))
    for where, text in leaves(data, "boilerplate.yaml"):
        if not is_pattern(where):
            continue
        flags = 0 if "cased" in where or where.endswith("trailing_credit") else re.I
        rx = re.compile(text, flags)
        docs = sorted({doc for doc, line in boiler if rx.search(line)})
        if docs:
            lines = sum(bool(rx.search(line)) for _doc, line in boiler)
            mark = "  ONE-DOCUMENT" if len(docs) == 1 else ""
            print(f"{where} {text!r}\t{lines}\t{', '.join(docs)}{mark}")


if __name__ == "__main__":
    main()
