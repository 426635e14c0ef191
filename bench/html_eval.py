"""Score pesquisa's HTML main-text extractor against plain trafilatura on the shared gold pages.

Usage: .venv/bin/python bench/html_eval.py [--shared PATH] [--verbose]

Scoring follows shared/corpus/html/README.md (trafilatura's tests/eval_common.py,
``count_item``): collapse whitespace, then a ``with`` string found is a TP (missing: FN),
a ``without`` string found is an FP (absent: TN); F1 = 2TP / (2TP + FP + FN). Both
extractors read the raw bytes and run in the same process, so the ratio compares like
with like. Prints figures; asserts nothing (the gate is tests/test_clean_html.py).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from pesquisa.clean.html import decode_html, extract_html

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
_SPACES = re.compile(r"\s+")


@dataclass
class Score:
    """Counts of expected strings found and missed over a set of pages."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def collapse(text: str) -> str:
    """``text`` with every whitespace run made one space, ends stripped."""
    return _SPACES.sub(" ", text).strip()


def score_page(text: str | None, expected: dict, score: Score, *, name: str = "") -> None:
    """Add one page's counts to ``score``; record each miss as ``name: +/-string``."""
    flat = collapse(text or "")
    for s in expected["with"]:
        if collapse(s) in flat:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(f"{name}: missing {s!r}")
    for s in expected["without"]:
        if collapse(s) in flat:
            score.fp += 1
            score.misses.append(f"{name}: found {s!r}")
        else:
            score.tn += 1


def pesquisa_text(data: bytes, url: str | None) -> str | None:
    """Main text by pesquisa.clean.html (decoding included)."""
    result = extract_html(decode_html(data), url=url)
    return result.text if result else None


def trafilatura_text(data: bytes, url: str | None) -> str | None:
    """Main text by trafilatura 'standard' mode, as its own evaluation runs it."""
    return trafilatura.extract(data, url=url)


def evaluate(shared: Path, extractor: Callable[[bytes, str | None], str | None]) -> tuple[Score, float]:
    """Score ``extractor`` on every page of the gold file; return the score and seconds taken."""
    folder = shared / "corpus" / "html"
    gold = json.loads((folder / "expectations.json").read_text("utf-8"))["files"]
    score = Score()
    start = time.perf_counter()
    for name, expected in gold.items():
        score_page(extractor((folder / name).read_bytes(), expected.get("url")), expected, score, name=name)
    return score, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default: beside the repo)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    reference, ref_seconds = evaluate(args.shared, trafilatura_text)
    ours, our_seconds = evaluate(args.shared, pesquisa_text)
    print(f"trafilatura {trafilatura.__version__} (reference)")
    print(f"{'extractor':<14}{'TP':>4}{'FP':>4}{'FN':>4}{'TN':>4}{'P':>7}{'R':>7}{'F1':>7}{'seconds':>9}")
    for label, score, seconds in (("trafilatura", reference, ref_seconds), ("pesquisa", ours, our_seconds)):
        print(f"{label:<14}{score.tp:>4}{score.fp:>4}{score.fn:>4}{score.tn:>4}"
              f"{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}{seconds:>9.2f}")
    print(f"F1 ratio pesquisa / trafilatura: {ours.f1 / reference.f1:.3f}")
    if args.verbose:
        for label, score in (("trafilatura", reference), ("pesquisa", ours)):
            print(f"\n{label} misses:")
            for miss in score.misses:
                print("  " + miss)


if __name__ == "__main__":
    main()
