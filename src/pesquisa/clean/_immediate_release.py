"""The date of a press release set on the line over its "For Immediate Release" label.

US agencies and offices open a release with its date and the label under it ("Thursday, July 10, 2025" / "For
Immediate Release" / "U.S. Attorney's Office, ..."): a date line first on the page, with its weekday, is otherwise read
as the site's 'today' banner (`_published.banner_date`); over this label it is the release's own day.
"""

from __future__ import annotations

from functools import cache

from pesquisa.clean._full_dates import full_date
from pesquisa.lexicon import read_data

TOP_LINES = 12
DATE_WORDS = 8  # a date line is this short ("Thursday, July 10, 2025")


@cache
def _labels() -> frozenset[str]:
    return frozenset(str(w).lower() for w in read_data("calendar.yaml")["immediate_release_labels"])


def immediate_release_date(lines: list[str]) -> str | None:
    """ISO day of a short date line right over (or under) a release's "For Immediate Release" label, or None."""
    shown = [line.strip() for line in lines[:TOP_LINES] if line.strip()]
    for i, line in enumerate(shown):
        if line.rstrip(".:").lower() not in _labels():
            continue
        for near in shown[max(0, i - 1):i] + shown[i + 1:i + 2]:
            if len(near.split()) <= DATE_WORDS and (iso := full_date(near)):
                return iso
    return None
