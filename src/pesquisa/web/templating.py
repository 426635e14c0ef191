"""Jinja2 environment of the web UI: templates shipped in the package, autoescape always on."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

_ENV = Environment(loader=PackageLoader("pesquisa.web", "templates"), autoescape=True, undefined=StrictUndefined,
                   trim_blocks=True, lstrip_blocks=True)


def format_number(value: float | int | None) -> str:
    """A figure for people: thousands separated, no trailing .0 ("94,000", "9.2"); "" for None."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def with_query(request: Request, **changes) -> str:
    """The current URL's query string with ``changes`` applied (None drops a parameter)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return "?" + urlencode(params) if params else "?"


DOWNLOAD_ROWS = 500  # the API's largest page: a download holds this many rows at a time


def download_url(request: Request, api_path: str, fmt: str, *, keep: tuple[str, ...] | None = None) -> str:
    """``api_path`` as ``fmt`` (csv, json) with this page's filters (blanks, ``offset`` and ``keep``'s others dropped)."""
    params = [(k, v) for k, v in request.query_params.multi_items()
              if v and k not in ("offset", "limit", "format") and (keep is None or k in keep)]
    return f"{api_path}?{urlencode([*params, ('limit', DOWNLOAD_ROWS), ('format', fmt)])}"


def span_link(document_id: str, span: list[int] | tuple[int, int] | None) -> str:
    """URL of a document page with ``span`` marked and scrolled to."""
    if not span:
        return f"/documents/{document_id}"
    return f"/documents/{document_id}?span={span[0]}-{span[1]}#focus"


def source_link(fact: dict, label: str | None = None) -> Markup:
    """A fact's citation as a page shows it (the ``where`` of ``_macros.html``): its source, or ``label``, and
    span, linking to the span in its document, every piece escaped. A Python function, not a macro (an
    entity page cites about a hundred facts; the macro calls were a third of its rendering), and an
    f-string, not ``Markup.format`` (whose formatter costs more than the macro did)."""
    doc, span = fact["document_id"], fact["span"]
    at = f"[{escape(span[0])}:{escape(span[1])}]"
    return Markup(f'<a class="src" href="{escape(span_link(doc, span))}" title="{escape(doc)} {at}">'
                  f'{escape(label or fact.get("source") or doc)} <span class="span">{at}</span></a>')


def http_url(url: str | None) -> str | None:
    """``url`` when it is http(s), else None: a stored URL never becomes a ``javascript:`` link."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


EDGE_KINDS = {"met": "met", "co_mention": "same sentence", "quoted_about": "quoted about", "role": "role"}


def edge_kinds(kinds: list[str]) -> str:
    """Network edge kinds in words ("met, same sentence")."""
    return ", ".join(EDGE_KINDS.get(k, k) for k in kinds)


def unique_spans(spans: list[dict]) -> list[dict]:
    """Spans without repeats of the same document passage (one edge may cite it for two kinds)."""
    seen: dict[tuple, dict] = {}
    for span in spans:
        seen.setdefault((span["document_id"], tuple(span["span"])), span)
    return list(seen.values())


_ENV.filters["num"] = format_number
_ENV.filters["unique_spans"] = unique_spans
_ENV.filters["edge_kinds"] = edge_kinds
_ENV.filters["http_url"] = http_url
_ENV.globals["span_link"] = span_link
_ENV.globals["source_link"] = source_link
_ENV.globals["with_query"] = with_query
_ENV.globals["download_url"] = download_url
_ENV.globals["DOWNLOAD_ROWS"] = DOWNLOAD_ROWS
templates = Jinja2Templates(env=_ENV)


def render(request: Request, name: str, *, status_code: int = 200, **context) -> HTMLResponse:
    """The template ``name`` rendered with ``context`` (every value escaped unless it is ``Markup``)."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)
