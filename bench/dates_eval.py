"""Publication dates: share of the shared documents that state a date and get it.

    .venv/bin/python bench/dates_eval.py [--shared ../shared] [-v]

``dates_stated.csv`` lists every document of the shared corpus (news, dev, dx, dy and
the HTML pages) with the publication date it states in its text, metadata or URL, as a
reader finds it (empty: it states none; the note says why, e.g. only the site's
'today' banner). Each file is read the way ``pesquisa ingest`` reads it (SOURCES.tsv
URLs included) and cleaned; the found date is compared with the stated one.

Prints, per set and in all: documents stating a date, how many got it exactly, and how
many documents stating none were given one anyway (a wrong date is worse than none).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from pesquisa.clean import clean_document
from pesquisa.ingest import read_path
from pesquisa.records import RawDocument

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every document")
    args = ap.parse_args()
    rows = list(csv.DictReader((HERE / "dates_stated.csv").open(encoding="utf-8")))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # stated, right, unstated, invented
    for row in rows:
        path = args.shared / "corpus" / row["set"] / row["file"]
        raw = next(iter(read_path(path)))
        found = clean_document(raw).published if isinstance(raw, RawDocument) else None
        stated = row["stated"] or None
        for key in (row["set"], "all"):
            t = tally[key]
            if stated:
                t[0] += 1
                t[1] += found == stated
            else:
                t[2] += 1
                t[3] += found is not None
        if args.verbose or (stated and found != stated) or (not stated and found):
            mark = "ok " if found == stated else "BAD"
            print(f"{mark} {row['set']}/{row['file']}: stated={stated} found={found}  ({row['where'] or row['note']})")
    print("set,stating_a_date,got_it,share,stating_none,given_one_anyway")
    for key, (stated, right, unstated, invented) in tally.items():
        share = right / stated if stated else 1.0
        print(f"{key},{stated},{right},{share:.2f},{unstated},{invented}")


if __name__ == "__main__":
    main()
