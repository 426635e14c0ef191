"""Main text of a news page, and which method found it.

trafilatura reads the DOM and is the primary method. Two habits of news pages defeat it:
a body shipped only as JSON (scmp.com renders from ``__APOLLO_STATE__``; its DOM holds one
photo caption) and boilerplate trafilatura keeps (captions, "follow us on" lines,
related-headline lists, agency credits). So ``extract_html`` runs these steps:

1. parse the page (a fragment, e.g. a feed entry, is wrapped as a page first);
2. trafilatura on a copy of the tree: the primary text, one paragraph per block;
3. subtract the boilerplate trafilatura kept: lines equal to the text of a caption, a
   follow-us block or a related-headline list found in the page (``boilerplate_texts``);
4. the JSON-LD ``articleBody``: the fallback, chosen over the primary by ``prefer_json_ld``;
5. restore the standfirst when the page shows its description above the body and the
   body lacks it (infobae's ``h2.article-subheadline``); drop agency-credit lines ("aja/PAP");
6. reject the result unless ``is_article_text``; title, date and URL from the page's
   metadata, the language from ``<html lang>`` or ``og:locale``.

Trade-off: every rule is structural (tags, link targets, sizes), never a site or a phrase,
so it carries to pages we have not seen; each was measured on the 20 annotated pages in
``shared/corpus/html`` (``bench/html_eval.py``; ablation in ``bench/README.md``). Rules
subtract from trafilatura's output rather than prune its input, because a pruned tree
changes what trafilatura keeps (eluniversal gained six "Espacio publicitario" ad slots).
JSON-LD bodies are flat (no paragraphs, inline related headlines left in), so they only
win when trafilatura found almost nothing.
"""

from __future__ import annotations

import copy
import html as html_lib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document

from pesquisa.clean._html_boilerplate import boilerplate_texts, drop_boilerplate
from pesquisa.ingest import decode_html

__all__ = [
    "HtmlText", "boilerplate_texts", "decode_html", "drop_boilerplate", "extract_html", "is_article_text", "prefer_json_ld",
]

log = logging.getLogger(__name__)

METHOD_TRAFILATURA = "trafilatura"
METHOD_JSON_LD = "json_ld"

MIN_SENTENCE_WORDS = 6  # a paragraph shorter than this is a menu item or a label, not prose
MIN_JSON_LD_CHARS = 500  # a shorter articleBody is a teaser (infobae ships a 240-char one)
JSON_LD_RATIO = 0.4  # trafilatura text under 40% of the articleBody means it missed the body
MIN_STANDFIRST_CHARS = 40

# An agency credit alone on its line: initials of the editor, then the agency ("aja/PAP", "mm/EFE").
_CREDIT_LINE = re.compile(r"^\(?[A-Za-z]{1,6}(?:/[A-Za-z]{2,8}){1,3}\)?$")
_FRAGMENT_PROBE = re.compile(r"<(?:html|body|head)[\s>]", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_INLINE_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_BLOCK_TAGS = {"p", "head", "item", "row", "quote", "list", "table", "div", "code", "cell"}
_NOT_STANDFIRST = ("ancestor-or-self::*[self::a or self::figure or self::figcaption or self::script"
                   " or self::noscript or self::template or self::title]")


@dataclass(slots=True, frozen=True)
class HtmlText:
    """The main text of a page: paragraphs separated by a blank line, with page metadata."""

    text: str
    method: str  # trafilatura | json_ld
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) from the page's metadata
    lang: str | None = None  # declared language, primary subtag ("es" for "es-CL")
    url: str | None = None  # canonical URL the page declares, else the one given


def extract_html(raw_html: str, *, url: str | None = None) -> HtmlText | None:
    """Main article text of ``raw_html``, or None when the page holds no article text.

    ``url`` is where the page came from (helps trafilatura's metadata). Read-only; never
    raises for bad markup. Steps are listed in the module docstring.
    """
    tree = _parse(raw_html)
    if tree is None:
        return None
    doc = _trafilatura(tree, url=url)
    paragraphs = _paragraphs(doc.body) if doc is not None and doc.body is not None else []
    kept = drop_boilerplate(paragraphs, boilerplate_texts(tree))
    primary = "\n\n".join(kept)
    article = _json_ld_article(tree)
    fallback = _json_ld_text(article) if article else ""
    if prefer_json_ld(primary, fallback):
        text, method = fallback, METHOD_JSON_LD
    else:
        text, method = primary, METHOD_TRAFILATURA
    text = _drop_credit_lines(_with_standfirst(text, tree, title=doc.title if doc else None))
    if not is_article_text(text):
        log.debug("%s: no article text (trafilatura %d chars, json-ld %d)", url or "page", len(primary), len(fallback))
        return None
    log.debug("%s: main text from %s (%d chars; %d boilerplate paragraphs dropped)",
              url or "page", method, len(text), len(paragraphs) - len(kept))
    return HtmlText(
        text=text,
        method=method,
        title=_title(tree, doc.title if doc else None),
        published=(doc.date if doc else None) or _json_ld_date(article),
        lang=_declared_lang(tree),
        url=(doc.url if doc else None) or url,
    )


def _trafilatura(tree: HtmlElement, *, url: str | None) -> Document | None:
    """trafilatura's result for the page, metadata included; None when it finds nothing.

    Options measured on the gold pages (bench/README.md): the defaults beat favor_recall
    and favor_precision; tables stay in (no change there, and seizure tables are content);
    reader comments stay out; dates come from the page's metadata, not its text.
    """
    doc = trafilatura.bare_extraction(
        copy.deepcopy(tree),  # trafilatura edits the tree it is given; ours stays whole
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    return doc if isinstance(doc, Document) else None


def prefer_json_ld(primary: str, fallback: str) -> bool:
    """True when the JSON-LD body should replace trafilatura's text.

    Reasons, all required: the JSON-LD body is a real article (``MIN_JSON_LD_CHARS``), and
    trafilatura found less than ``JSON_LD_RATIO`` of it (scmp: a 151-char caption against a
    4,312-char body). Near-equal lengths keep trafilatura, which has paragraphs and no
    inline related headlines (correio24horas: 2,299 against 3,286, with script code).
    """
    if len(fallback) < MIN_JSON_LD_CHARS:
        return False
    return len(primary) < JSON_LD_RATIO * len(fallback)


def is_article_text(text: str | None) -> bool:
    """True when ``text`` holds at least one paragraph of sentence length."""
    if not text:
        return False
    return any(len(p.split()) >= MIN_SENTENCE_WORDS for p in text.split("\n\n"))


def _parse(raw_html: str) -> HtmlElement | None:
    """The page as an lxml tree, or None when it is not HTML at all."""
    if not raw_html or not raw_html.strip():
        return None
    if not _FRAGMENT_PROBE.search(raw_html[:4096]):
        raw_html = f"<html><body><div>{raw_html}</div></body></html>"
    try:
        return trafilatura.load_html(raw_html)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _paragraphs(body: etree._Element) -> list[str]:
    """Paragraphs of trafilatura's output tree: one per block, list item and table row.

    Inline runs (text, ``<hi>``, tails) join without added spaces; one ``<lb/>`` is a line
    break inside a paragraph, two in a row end it (eluniversal writes paragraphs that way).
    """
    out: list[str] = []
    _collect(body, out)
    return out


def _collect(element: etree._Element, out: list[str]) -> None:
    if element.tag == "row":
        cells = (_INLINE_SPACES.sub(" ", _inline_text(cell)).strip() for cell in element)
        line = " | ".join(c for c in cells if c)
        if line:
            out.append(line)
        return
    if not any(child.tag in _BLOCK_TAGS for child in element):
        out.extend(_blocks(_inline_text(element)))
        return
    run = [element.text or ""]
    for child in element:
        if child.tag in _BLOCK_TAGS:
            out.extend(_blocks("".join(run)))
            run = []
            _collect(child, out)
        else:
            run.append(_inline_text(child))
        run.append(child.tail or "")
    out.extend(_blocks("".join(run)))


def _inline_text(element: etree._Element) -> str:
    """Text of an inline element; ``<lb/>`` becomes a line break, other tags join without space."""
    if element.tag == "lb":
        return "\n"
    parts = [element.text or ""]
    for child in element:
        parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(text: str) -> list[str]:
    """Paragraphs of a run of text: split at blank lines, spaces collapsed, empty lines gone."""
    out = []
    for block in _BLANK_LINE.split(text):
        lines = (_INLINE_SPACES.sub(" ", line).strip() for line in block.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            out.append(paragraph)
    return out


def _title(tree: HtmlElement, found: str | None) -> str | None:
    """The page's ``og:title``, else the title trafilatura found.

    ``og:title`` is what the publisher shows when the article is shared; JSON-LD headlines,
    which trafilatura prefers, can be CMS placeholders (telegraph: "escenic").
    """
    for value in tree.xpath('//meta[@property="og:title"]/@content'):
        if _clean_line(value):
            return _clean_line(value)
    return _clean_line(found)


def _clean_line(text: str | None) -> str | None:
    return _SPACES.sub(" ", text).strip() or None if text else None


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, nested ones included."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content(), strict=False)
        except ValueError:
            continue  # broken JSON-LD is common (eluniversal); the DOM still has the text
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def _json_ld_article(tree: HtmlElement) -> dict[str, Any] | None:
    """The JSON-LD object with the longest ``articleBody``, or None."""
    articles = [o for o in _json_ld_objects(tree) if isinstance(o.get("articleBody"), str)]
    return max(articles, key=lambda o: len(o["articleBody"]), default=None)


def _json_ld_text(article: dict[str, Any]) -> str:
    """The ``articleBody`` as paragraphs: entities decoded, markup and blank lines dropped."""
    body = html_lib.unescape(article["articleBody"])
    if "<" in body:
        try:
            tree = trafilatura.load_html(f"<html><body><div>{body}</div></body></html>")
            body = etree.tostring(tree, method="text", encoding="unicode")
        except (ValueError, TypeError, etree.ParserError):
            pass
    paragraphs = (_INLINE_SPACES.sub(" ", p).strip() for p in body.split("\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _json_ld_date(article: dict[str, Any] | None) -> str | None:
    """ISO date (YYYY-MM-DD) of the article's JSON-LD ``datePublished``, when well formed."""
    value = (article or {}).get("datePublished")
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def _with_standfirst(text: str, tree: HtmlElement, *, title: str | None) -> str:
    """``text`` with the standfirst put back in front, when the page shows one the text lacks.

    The standfirst is the page's description (``og:description``, ``description``) when the
    same words are an element of the page body (not a link, caption or script). Teasers
    written only for search engines are not on the page and are left out.
    """
    flat = _SPACES.sub(" ", text)
    for description in _descriptions(tree):
        if len(description) < MIN_STANDFIRST_CHARS or description in flat or description == title:
            continue
        shown = tree.xpath("//body//*[normalize-space(.) = $d]", d=description)
        if any(not el.xpath(_NOT_STANDFIRST) for el in shown):
            return f"{description}\n\n{text}" if text else description
    return text


def _descriptions(tree: HtmlElement) -> list[str]:
    """The page's distinct descriptions, whitespace collapsed, in order of preference."""
    found: list[str] = []
    for query in ('//meta[@property="og:description"]/@content', '//meta[@name="description"]/@content',
                  '//meta[@name="twitter:description"]/@content'):
        for value in tree.xpath(query):
            value = _SPACES.sub(" ", value).strip()
            if value and value not in found:
                found.append(value)
    return found


def _drop_credit_lines(text: str) -> str:
    """``text`` without paragraphs that are only an agency credit ("aja/PAP")."""
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not _CREDIT_LINE.match(p.strip())]
    return "\n\n".join(kept) if len(kept) < len(paragraphs) else text


_LANG_QUERIES = (
    "/html/@lang",
    "/html/@*[name()='xml:lang']",
    '//meta[translate(@http-equiv, "CONTENLAGU", "contenlagu")="content-language"]/@content',
    '//meta[@property="og:locale"]/@content',  # "es_ES"; latercera and wpolityce declare only this
)


def _declared_lang(tree: HtmlElement) -> str | None:
    """Primary language subtag the page declares (``<html lang>``, Content-Language), lower case."""
    for query in _LANG_QUERIES:
        for value in tree.xpath(query):
            tag = value.strip().replace("_", "-").split("-")[0].split(",")[0].lower()
            if tag.isalpha() and 2 <= len(tag) <= 3:
                return tag
    return None
