"""HTML main-text extraction: the gold pages in shared/corpus/html, and small pages built by hand."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SHARED

import pesquisa.clean.html as html_module
import pesquisa.ingest
from pesquisa.clean.html import (
    HtmlText,
    boilerplate_texts,
    decode_html,
    drop_boilerplate,
    extract_html,
    is_article_text,
    prefer_json_ld,
)

HTML_DIR = SHARED / "corpus" / "html"
GOLD_FILE = HTML_DIR / "expectations.json"
MISSING = f"gold pages not found at {GOLD_FILE} (the shared folder sits beside the repo)"

# Measured with bench/html_eval.py: TP 60, FP 3, FN 0, TN 58 (plain trafilatura 2.3.1:
# TP 56, FP 5, FN 4, TN 56, F1 0.926). Lowering the floor is a decision, not a fix.
MEASURED_F1 = 0.976
F1_FLOOR = MEASURED_F1 - 0.01

# Pages the extractor cannot pass, and why. strict=True: a fix must remove the entry.
KNOWN_FAILURES = {
    "scmp.com.playbook.html": (
        "body exists only as JSON-LD articleBody, which inlines a related headline "
        "('Tsai says Beijing must face ...') and holds 'Lam staying on as chief executive' as body text"
    ),
    "elcomercio.pe-kenjifujimori.html": (
        "the 'without' string opens a photo caption and also the body paragraph the caption repeats"
    ),
}

_SPACES = re.compile(r"\s+")


def _gold() -> dict[str, dict]:
    return json.loads(GOLD_FILE.read_text("utf-8"))["files"] if GOLD_FILE.exists() else {}


GOLD = _gold()


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _page_cases() -> list:
    if not GOLD:
        return [pytest.param(None, marks=pytest.mark.skip(reason=MISSING), id="no-gold")]
    return [
        pytest.param(name, id=name, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[name])] if name in KNOWN_FAILURES else [])
        for name in GOLD
    ]


@pytest.fixture(scope="module")
def gold_texts() -> dict[str, str]:
    """Extracted main text of every gold page, decoded from raw bytes as the README asks."""
    if not GOLD:
        pytest.skip(MISSING)
    texts = {}
    for name, expected in GOLD.items():
        result = extract_html(decode_html((HTML_DIR / name).read_bytes()), url=expected["url"])
        texts[name] = _collapse(result.text) if result else ""
    return texts


@pytest.mark.parametrize("name", _page_cases())
def test_clean_html_gold_page(gold_texts, name):
    text, expected = gold_texts[name], GOLD[name]
    missing = [s for s in expected["with"] if _collapse(s) not in text]
    found = [s for s in expected["without"] if _collapse(s) in text]
    assert (missing, found) == ([], [])


def test_clean_html_gold_f1(gold_texts):
    tp = fp = fn = 0
    for name, expected in GOLD.items():
        text = gold_texts[name]
        hits = sum(_collapse(s) in text for s in expected["with"])
        tp, fn = tp + hits, fn + len(expected["with"]) - hits
        fp += sum(_collapse(s) in text for s in expected["without"])
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= F1_FLOOR, f"F1 {f1:.3f} below the floor {F1_FLOOR:.3f} (TP {tp}, FP {fp}, FN {fn})"


def test_clean_html_gold_json_ld_page_method():
    if not GOLD:
        pytest.skip(MISSING)
    result = extract_html(decode_html((HTML_DIR / "scmp.com.playbook.html").read_bytes()))
    assert result.method == "json_ld"
    assert result.text.startswith("Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.")


# -- small pages built by hand ---------------------------------------------------------------

S1 = "The Navy said on Tuesday that marines seized 300 kilograms of cocaine off the coast of Sinaloa."
S2 = "Officials said the shipment had left Colombia a week earlier aboard a fishing boat."
S3 = "Three men were arrested and handed to federal prosecutors in Culiacán, the statement said."
DEK = "The haul is the largest this year on the Pacific coast, officials said on Tuesday."

PAGE = f"""<!DOCTYPE html><html lang="es-MX"><head><title>Decomiso | Diario</title>
<meta property="og:title" content="Marines seize cocaine off Sinaloa">
<meta property="og:description" content="{DEK}">
<meta property="article:published_time" content="2024-05-03T10:00:00-06:00">
<link rel="canonical" href="https://example.org/news/seizure">
</head><body>
<nav><ul><li><a href="/">Inicio</a></li><li><a href="/seguridad">Seguridad</a></li></ul></nav>
<header><h1>Marines seize cocaine off Sinaloa</h1><h2 class="dek">{DEK}</h2>
<div class="share"><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?u=x">Twitter</a></div></header>
<article>
<figure><img src="a.jpg"><figcaption>Marines on the dock in Mazatlán. (Photo: Navy)</figcaption></figure>
<p>{S1}</p>
<p>{S2}<br>{S3}</p>
<p>aja/PAP</p>
<div class="follow"><em>Follow us on <a href="https://t.me/diario">Telegram</a>, <a href="https://instagram.com/diario">Instagram</a> and <a href="https://facebook.com/diario">Facebook</a></em></div>
<h3>More on security</h3><ul><li><a href="/n/1">Cartel boss extradited to the United States</a></li><li><a href="/n/2">Police chief arrested in Zacatecas</a></li></ul>
</article>
<footer><p>© 2024 Diario. All rights reserved.</p></footer>
</body></html>"""


def test_clean_html_names_exist():
    assert all(hasattr(html_module, name) for name in html_module.__all__)


def test_clean_html_decode_html_is_ingests():
    assert decode_html is pesquisa.ingest.decode_html


def test_clean_html_page():
    assert extract_html(PAGE) == HtmlText(
        # the standfirst (shown in <header>, outside the article) comes first; the agency
        # credit, the caption, the follow-us line and the related list are gone
        text=f"{DEK}\n\n{S1}\n\n{S2}\n{S3}",
        method="trafilatura",
        title="Marines seize cocaine off Sinaloa",
        published="2024-05-03",
        lang="es",
        url="https://example.org/news/seizure",
    )


def test_clean_html_fragment():
    result = extract_html(f"<p>{S1}</p><p>{S2}</p>")
    assert (result.text, result.method, result.title, result.lang) == (f"{S1}\n\n{S2}", "trafilatura", None, None)


def test_clean_html_json_ld_fallback():
    # The DOM holds one paragraph; the JSON-LD body holds the whole article (the scmp pattern).
    body = "\n".join([S1, S2, S3, S2, S1, S3] * 2)
    ld = json.dumps({"@type": "OpinionNewsArticle", "articleBody": body, "datePublished": "2024-05-03T10:00:00Z"})
    page = f"<html><head><script type='application/ld+json'>{ld}</script></head><body><div><p>{S1} {S2} {S3}</p></div></body></html>"
    result = extract_html(page)
    assert (result.method, result.text, result.published) == ("json_ld", body.replace("\n", "\n\n"), "2024-05-03")


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   \n",
        '<!DOCTYPE html><html><head><title>Cartel leader arrested</title><meta name="descr',
        "<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav></body></html>",
        "\x00\x01\x02 binary garbage",
    ],
    ids=["empty", "blank", "truncated-in-head", "menu-only", "binary"],
)
def test_clean_html_no_article_text(raw):
    assert extract_html(raw) is None


@pytest.mark.parametrize(
    ("primary", "fallback", "expected"),
    [
        ("x" * 151, "y" * 4312, True),  # scmp: a caption against the whole article
        ("", "y" * 600, True),
        ("x" * 2299, "y" * 3286, False),  # correio24horas: trafilatura has it, with paragraphs
        ("", "y" * 240, False),  # infobae: a 240-char teaser is not an article
        ("x" * 400, "y" * 1000, False),
    ],
)
def test_clean_html_prefer_json_ld(primary, fallback, expected):
    assert prefer_json_ld(primary, fallback) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (S1, True),
        ("Home\n\nAbout us\n\nContact", False),
        ("The Sinaloa", False),
        (None, False),
        ("", False),
    ],
)
def test_clean_html_is_article_text(text, expected):
    assert is_article_text(text) is expected


def test_clean_html_boilerplate_texts():
    tree = html_module._parse(PAGE)
    assert boilerplate_texts(tree) == {
        "Inicio", "Seguridad", "InicioSeguridad",  # the nav is a list of links
        "Facebook", "Twitter", "FacebookTwitter",  # share buttons, but not the header with the h1
        "MarinesonthedockinMazatlán.(Photo:Navy)",
        "FollowusonTelegram,InstagramandFacebook", "Telegram", "Instagram",
        "Moreonsecurity", "CartelbossextraditedtotheUnitedStates", "PolicechiefarrestedinZacatecas",
        "CartelbossextraditedtotheUnitedStatesPolicechiefarrestedinZacatecas",
    }


def test_clean_html_drop_boilerplate():
    paragraphs = [S1, "Follow us on\nTelegram", "—", f"{S2}\nMore on security"]
    assert drop_boilerplate(paragraphs, {"Followuson", "Telegram", "Moreonsecurity"}) == [S1, S2]
