"""Briefings (issue 13): cited intelligence products built from the knowledge base, and their check.

``build_briefing`` turns the store into sections of items (key developments, results,
positions, actors; the arms-trafficking picture for the arms topic), each item citing the
passages it stands on; ``to_markdown``, ``to_html`` and ``to_csv`` render it with numbered
source notes; ``check_briefing`` re-verifies a briefing's JSON against the store.
``pesquisa brief``, ``GET /api/brief`` and the /brief and /arms pages are built on these.
"""

from pesquisa.report.brief._records import Briefing, Citation, Item, Section, Total
from pesquisa.report.brief._scope import BriefFilters, make_filters
from pesquisa.report.brief._text import figures_of
from pesquisa.report.brief.build import ARMS_SECTIONS, SECTIONS, build_arms_picture, build_briefing, sections_for
from pesquisa.report.brief.check import CheckReport, check_briefing
from pesquisa.report.brief.render import html_body, preamble, source_notes, to_csv, to_html, to_markdown

__all__ = [
    "ARMS_SECTIONS",
    "SECTIONS",
    "BriefFilters",
    "Briefing",
    "CheckReport",
    "Citation",
    "Item",
    "Section",
    "Total",
    "build_arms_picture",
    "build_briefing",
    "check_briefing",
    "figures_of",
    "html_body",
    "make_filters",
    "preamble",
    "sections_for",
    "source_notes",
    "to_csv",
    "to_html",
    "to_markdown",
]
