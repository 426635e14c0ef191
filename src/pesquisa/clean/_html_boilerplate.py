"""Page parts trafilatura keeps but that are boilerplate: captions, follow-us blocks, headline lists.

Every rule is structural (tags, link targets, sizes), never a site or a phrase, so it
carries to pages not seen yet. The texts found here are subtracted from trafilatura's
output (``drop_boilerplate``), not cut from the tree: a pruned tree changes what
trafilatura keeps (see ``pesquisa.clean.html``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from lxml.html import HtmlElement

MAX_FOLLOW_US_CHARS = 200  # a "follow us on" block is one line; anything longer is content
MIN_LINK_LIST_ITEMS = 2
LINK_LIST_SHARE = 0.9  # share of a list item's text inside links for it to count as a link
MAX_LIST_TITLE_CHARS = 80
# Hosts a "follow us" or "share" link points to. Two different ones in a short block mark it.
SOCIAL_HOSTS = (
    "facebook.com", "twitter.com", "x.com", "instagram.com", "t.me", "telegram.me", "whatsapp.com",
    "wa.me", "youtube.com", "tiktok.com", "linkedin.com", "pinterest.com", "reddit.com",
    "threads.net", "flipboard.com", "snapchat.com", "bsky.app", "mastodon.social", "vk.com",
)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_HEADINGS = ".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"


def boilerplate_texts(tree: HtmlElement) -> set[str]:
    """Texts (whitespace removed) of page parts trafilatura keeps but that are boilerplate.

    Captions (``<figcaption>``; clarin), follow-us and share blocks (short blocks linking to
    two or more social networks; eluniversal) and related-headline lists with their title
    (a list whose items are all links; latercera). Each part gives its own text and that of
    every element inside it, since trafilatura may split it into several paragraphs.
    Read-only: the texts are subtracted from trafilatura's output, not cut from the tree
    (see the module docstring).
    """
    parts: list[HtmlElement] = list(tree.xpath("//figcaption"))
    parts.extend(_follow_us_blocks(tree))
    for link_list in tree.xpath("//body//ul | //body//ol"):
        if _is_link_list(link_list):
            parts.append(link_list)
            title = _list_title(link_list)
            if title is not None:
                parts.append(title)
    texts: set[str] = set()
    for part in parts:
        for element in part.iter():
            if isinstance(element.tag, str):
                key = _key(element.text_content())
                if key:
                    texts.add(key)
    return texts


def drop_boilerplate(paragraphs: list[str], boilerplate: set[str]) -> list[str]:
    """``paragraphs`` without lines that are boilerplate texts or hold no letter or digit."""
    kept: list[str] = []
    for paragraph in paragraphs:
        lines = [line for line in paragraph.split("\n") if _key(line) not in boilerplate and _WORD.search(line)]
        if lines:
            kept.append("\n".join(lines))
    return kept


@lru_cache(maxsize=4096)  # a page links the same networks again and again
def _is_social(href: str) -> str | None:
    """The social network ``href`` points to, or None."""
    host = urlsplit(href.strip()).hostname or ""
    host = host.removeprefix("www.").removeprefix("m.")
    return next((s for s in SOCIAL_HOSTS if host == s or host.endswith("." + s)), None)


def _follow_us_blocks(tree: HtmlElement) -> list[HtmlElement]:
    """Outermost short blocks whose links reach two or more social networks."""
    candidates: list[HtmlElement] = []
    stops: dict[HtmlElement, bool] = {}  # each ancestor read once, however many of its links are social
    for link in tree.xpath("//body//a[@href]"):
        if _is_social(link.get("href", "")) is None:
            continue
        block = None
        for ancestor in link.iterancestors():
            if ancestor not in stops:
                # a block with a heading is an article header that also has share links
                stops[ancestor] = ancestor.tag in ("body", "html", "article", "main") or bool(ancestor.xpath(_HEADINGS)) or \
                    len(_SPACES.sub(" ", ancestor.text_content()).strip()) > MAX_FOLLOW_US_CHARS
            if stops[ancestor]:
                break
            block = ancestor
        if block is not None and block not in candidates:
            candidates.append(block)
    blocks = [b for b in candidates if len({_is_social(a.get("href", "")) for a in b.xpath(".//a[@href]")} - {None}) >= 2]
    return [b for b in blocks if not any(other in b.iterancestors() for other in blocks)]


def _is_link_list(element: HtmlElement) -> bool:
    """True when every item of the list is (almost) all link text: a headline trail."""
    items = element.xpath("./li")
    if len(items) < MIN_LINK_LIST_ITEMS:
        return False
    for item in items:
        text = _SPACES.sub("", item.text_content())
        linked = "".join(_SPACES.sub("", a.text_content()) for a in item.xpath(".//a"))
        if not text or len(linked) < LINK_LIST_SHARE * len(text):
            return False
    return True


def _list_title(element: HtmlElement) -> HtmlElement | None:
    """The short heading right before a list ("Más sobre La Tercera AM"), if any."""
    previous = element.getprevious()
    if previous is None or previous.tag not in ("h2", "h3", "h4", "h5", "h6"):
        return None
    if previous.tail and previous.tail.strip():
        return None
    if len(previous.text_content().strip()) > MAX_LIST_TITLE_CHARS:
        return None
    return previous


def _key(text: str) -> str:
    """``text`` with all whitespace removed: equal for the same words however they were spaced."""
    return _SPACES.sub("", text)
