"""General signals that tell page chrome from article text, one line at a time.

A plain-text article keeps the page around it as lines: date banners, bylines and section labels above it,
captions printed twice inside it, calls to subscribe or comment and a trail of teaser headlines below it. No
single signal decides; each is a number the boilerplate model (``_boilerplate``) weighs:

- shape: length, sentence-final punctuation, capitalization, digits;
- language: the share of stop words, in the document's language, as jusText measures it (with jusText's own
  stoplists: article prose is dense in function words, navigation and captions are not);
- cues from ``data/boilerplate.yaml``: calls to action, photo credits, lines that are only a date, a time, a
  byline, a handle, a file name or a section label;
- place: above the first long paragraph, below the last one, first line;
- context: printed twice (captions), part of a run of headline-like lines (teasers).

The cues name kinds of text (a subscription prompt, a credit), never a site's strings, so they hold on pages
the model was not trained on. This module reads one line at a time (shape, language, cues); ``_page_context``
reads the page around it (place and context) and gathers every signal into the model's features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, cast

from pesquisa._literal_gate import branch_gate
from pesquisa.calendar import DMY, MDY, alternation, month_numbers, weekday_numbers
from pesquisa.lexicon import load_lexicon, read_data, speech_forms

# jusText's stoplist names for the languages py3langid reports most in this field.
STOPLISTS = {"en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian"}
ANCHOR_WORDS = 30  # a paragraph this long is article text on any page we have seen: it anchors "above" / "below the body"
CTA_LEAD_WORDS = 12  # a line of at most this many words that opens with a call to action is one
CAPTION_WORDS = 40  # lines printed twice shorter than this are captions (a longer pair is a repeated lede)
# (also under a wire's sign-off: "... of the faction. – Reuters", "... la frontera. (EFE)")
TERMINAL = re.compile(r"[.!?…][”\"'’»)\]]*(\s*[–—-]{1,2}\s*[A-Z][\w.&]*(\s+[A-Z][\w.&]*){0,2}|\s+\([A-Z][A-Za-z.]{1,15}\))?\s*$")
# a line ending in an initialism ("... through Chinese brokers in L.A.", "... to the U.S.") ends on the
# abbreviation's own stop, not a sentence's: a headline may end so
INITIALISM_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b[A-Z]{2}\.\s?[A-Z]{2}\.)\s*$")  # "U.S.", Spanish "EE. UU.", "FF.AA."
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WEEKDAYS = alternation(weekday_numbers(abbreviations=True))
_MONTHS = alternation(month_numbers())
WEEKDAY = re.compile(rf"\b({_WEEKDAYS})\b\.?", re.I)
# year first: ISO "2025-10-14", and "2025/04/18" or "2025.04.18" as Japanese, Chinese and Korean wires write it
ISO_DAY = re.compile(r"(?<![\d./])((?:19|20)\d\d)([-/.])([01]?\d)\2([0-3]?\d)(?![\d./])")
NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](19|20)?\d\d\b|\b[0-3]?\d-[01]?\d-(19|20)\d\d\b")  # "06-12-2026" too
MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d\b", re.I)
STAMP_SECTION_WORDS = 4  # a section's name beside a stamp's dates ("in News - Local")
TIME = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?|hrs?\.?|h\b)?", re.I)


# the label of a numbered press release or statement opening its page ("Comunicado No. 512/2026", "NEWS RELEASE")
RELEASE = re.compile(r"(?:^|\|\s*)(?:comunicado|bolet[ií]n|press release|news release|media note|readout)s?\b", re.I)


@cache
def stopwords(lang: str) -> frozenset[str]:
    """jusText's stop words for the language ``lang`` (ISO 639-1; English when jusText has none)."""
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist(STOPLISTS.get(lang, "English")))


@cache
def _cues() -> dict[str, Any]:
    bp = load_lexicon().boilerplate
    header = bp["header"]
    return {
        "cta": [re.compile("|".join(f"(?:{p})" for p in [*bp["cta"], *bp["reading_path"], bp["note_header"]]), re.I)],
        "reading_path": re.compile("|".join(f"(?:{p})" for p in [*bp["reading_path"], bp["note_header"]]), re.I),
        **{key: re.compile(bp[key], re.I) for key in ("note_header", "summary_header", "gallery_headline", "media_label")},
        **{key: frozenset(w.casefold() for w in bp[key]) for key in ("publisher_words", "reader_words", "anaphora_words",
                                                                         "time_units", "roles")},
        "credit": [re.compile("|".join(f"(?:{p})" for p in bp["credit"]), re.I),
                   re.compile("|".join(f"(?:{p})" for p in bp["credit_cased"]))],
        "credit_gate": (branch_gate(bp["credit"], re.I), branch_gate(bp["credit_cased"])),  # searched: ``_literal_gate``
        "trailing_credit": re.compile(bp["trailing_credit"]),
        "caption_label": re.compile(bp["caption_label"], re.I), "caption_itself": re.compile(bp["caption_itself"], re.I),
        "disclaimer": branch_gate([bp["disclaimer"], *bp["appeal"]], re.I),
        "cta_gate": branch_gate([*bp["cta"], *bp["reading_path"], bp["note_header"]], re.I),  # searched: ``_literal_gate``
        "topics_header": re.compile(bp["topics_header"], re.I),
        "source_note": [re.compile(p, re.I) for p in bp["source_note"]],
        "inline": [re.compile(p, re.I) for p in [*bp["ad_slot"], *bp["inline"], bp["post_signature"]]],
        "post_signature": re.compile(bp["post_signature"], re.I),
        "ad_slot": [re.compile(p, re.I) for p in bp["ad_slot"]],
        "label_words": frozenset(w.lower() for w in bp["label_words"]),
        "tagline": re.compile(header["site_tagline"]), "handle": re.compile(header["handle"]),
        "mail_header": re.compile(header["mail_header"], re.I),
        "byline": re.compile(header["byline"], re.I),
        "staff_credit": re.compile(header["staff_credit"], re.I),
        "breadcrumb": re.compile(header["breadcrumb"]),
        "nav_bar": re.compile(header["nav_bar"]),
        "section_label": re.compile(header["section_label"]),
        "separator": re.compile(header["separator"]),
        # a line that is only a company's name with its legal form: the page owner's credit ("NBCUniversal, Inc.")
        "company_line": re.compile(r"^[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3},?\s+(?:"
                                   + alternation(read_data("names.yaml")["company_suffixes"]) + r")$"),
        "file": re.compile(header["file"], re.I),
        **{key: re.compile(header[key], re.I) for key in ("filing_stamp", "age_notice")},
        "author_bio": re.compile(header["author_bio"]),
    }


# a name: capitalized words and the particles between them ("La Voz de la Frontera", "Ana de la Peña")
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|de|del|la|las|los|y|of|the|and))*")


def byline_pattern() -> re.Pattern[str]:
    """The byline shape of ``data/boilerplate.yaml`` ("By Ana Ruiz and Luis Pérez", "Por Redacción")."""
    return cast(re.Pattern[str], _cues()["byline"])


def words_of(line: str) -> list[str]:
    """The words of ``line`` (letters only, apostrophes kept inside a word)."""
    return _WORD.findall(line)


@cache
def open_ends() -> frozenset[str]:
    """Words no headline or paragraph ends with (``open_ends`` in ``data/boilerplate.yaml``)."""
    return frozenset(load_lexicon().boilerplate["open_ends"])


def ends_open(line: str) -> bool:
    """The line ends with a word no headline or sentence ends with ("... Through", "publicado el"), not after a time_unit."""
    words = line.lower().split()
    return bool(words) and words[-1] in open_ends() and not (len(words) > 1 and words[-2] in cue_words("time_units"))


def is_terminal(line: str) -> bool:
    """The line ends as a sentence does (., !, ?, … maybe followed by a closing quote)."""
    return bool(TERMINAL.search(line))


def stop_density(line: str, lang: str) -> float:
    """Share of the line's words that are stop words of ``lang`` (0 for a line without words)."""
    words = words_of(line)
    stops = stopwords(lang)
    return sum(w.lower() in stops for w in words) / len(words) if words else 0.0


def capitalized_share(line: str, lang: str) -> float:
    """Share of the content words (not stop words) that start with a capital: high in headlines and names."""
    stops = stopwords(lang)
    words = [w for w in words_of(line) if w.lower() not in stops]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def digit_share(line: str) -> float:
    """Share of the line's visible characters that are digits."""
    chars = "".join(line.split())  # (``str.split`` cuts at the characters ``str.isspace`` names)
    return sum(map(str.isdigit, chars)) / len(chars) if chars else 0.0


def is_lone_number(line: str) -> bool:
    """A bare number on its own line (comment counters in teaser lists)."""
    return bool(re.fullmatch(r"\d{1,4}", line.strip()))


@lru_cache(maxsize=4096)  # asked about a dozen times per line
def has_date(line: str) -> bool:
    """The line holds a full date (month name and year, ISO, or day/month/year)."""
    year = re.search(r"(19|20)\d\d", line)
    return bool((year and (MDY.search(line) or DMY.search(line))) or ISO_DAY.search(line) or NUMERIC_DATE.search(line) or
                MONTH_YEAR.search(line))


def words_beside_date(line: str, *, label_words: bool) -> list[str]:
    """The words of ``line`` left once dates, times, weekdays and numbers (and label words, when asked) are taken away."""
    text = TIME.sub(" ", line)
    for pattern in (ISO_DAY, NUMERIC_DATE, MDY, DMY, WEEKDAY):
        text = pattern.sub(" ", text)
    words = words_of(text)
    if not label_words:
        return words
    label = _cues()["label_words"]
    return [w for w in words if w.lower() not in label]


def is_date_only(line: str) -> bool:
    """The line is a date (maybe with its weekday and time) and nothing else: a banner or a dateline."""
    return has_date(line) and not words_beside_date(line, label_words=False)


@lru_cache(maxsize=4096)  # asked of a line by its signals, its cues and the headline's search
def is_label(line: str) -> bool:
    """The line is a page label: a byline (alone or beside its date), staff credits, a company's name alone,
    a handle, a file name, a breadcrumb, a "Site | Section" label, a site tagline, or only label words
    ("Published", "3 min read") around a date or time."""
    c = _cues()
    text = line.strip()
    if any(c[k].match(text) for k in ("handle", "byline", "staff_credit", "file", "tagline", "breadcrumb",
                                      "nav_bar", "company_line", "author_bio", "mail_header", "filing_stamp", "age_notice")):
        return True
    if c["section_label"].match(text) and (len(text.split()) <= 6 or RELEASE.search(text) or all(
            _NAME.fullmatch(p.strip()) or c["publisher_words"] & set(words_of(p.casefold())) for p in text.split("|"))):
        # "Seguridad | Nación"; names or outlets on both sides: "Jorge Heras | La Voz de la Frontera", "KGBT Action 4
        # News | Rio Grande Valley"; a publisher beside its release label: "Secretaría de Marina | Comunicado 112/2025"
        return True
    parts = [p for p in c["separator"].split(text) if p.strip()]
    if len(parts) >= 2 and any(c["byline"].match(p.strip()) for p in parts) and \
            all(c["byline"].match(p.strip()) or not words_beside_date(p, label_words=True) for p in parts):
        return True  # a byline beside its date and label words: "Por Redacción | 14 de enero de 2026"
    if _dated_byline(text):
        return True
    if is_date_only(text):
        return False
    if not words_of(text):
        return bool(TIME.fullmatch(text))  # a live page's entry time alone on its line: "13:50"
    # (a stamp that prints its date three times may name its section: "Tuesday, December 2 2026 Dec 2, 2026 December
    # 02, 2026 6:45 PM December 02, 2026 in News - Local")
    section = STAMP_SECTION_WORDS if len(re.findall(r"(19|20)\d\d", text)) >= 3 else 0
    return len(words_beside_date(text, label_words=True)) <= section


_BY = re.compile(r"\s(?:by|por)\s", re.I)


def _dated_byline(text: str) -> bool:
    """A date label whose byline follows it without a separator: "Posted on January 29, 2025 by Ana Ruiz",
    "Publicado el 3 de marzo de 2025 por Redacción" (the words before "by" are only a date and label words)."""
    cut = _BY.search(text)
    if cut is None or not (has_date(text[:cut.start()]) or TIME.search(text[:cut.start()])):
        return False
    return text[cut.end():cut.end() + 1].isupper() and not words_beside_date(text[:cut.start()], label_words=True) and \
        bool(_cues()["byline"].match(text[cut.start() + 1:]))


@lru_cache(maxsize=4096)
def is_cta(line: str) -> bool:
    """The line holds a call to action or self-promotion (subscribe, share, read more, comments)."""
    return _cues()["cta_gate"].any_search(line)


def is_cta_lead(line: str) -> bool:
    """A short line (``CTA_LEAD_WORDS`` words at most) opening with a call: "Sign up for...", "📌 Lee también"."""
    return len(line.split()) <= CTA_LEAD_WORDS and any(r.match(_MARKS.sub("", line)) for r in _cues()["cta"])


_MARKS = re.compile(r"^[^\w¡¿\"“'«(\[]+")  # a call's marks before its words: an emoji, an arrow, a bullet


def is_reading_path(line: str) -> bool:
    """The line heads a list of other stories ("Te puede interesar", "Related", "Historias recomendadas:")."""
    return bool(_cues()["reading_path"].match(line.strip()))


@lru_cache(maxsize=4096)
def is_credit(line: str) -> bool:
    """The line is or ends in a photo/video credit."""
    c = _cues()
    return any(g.any_search(line) for g in c["credit_gate"]) or bool(c["trailing_credit"].search(line)) or is_caption_label(line)


def cue_words(name: str) -> frozenset[str]:  # a word list of data/boilerplate.yaml, casefolded ("publisher_words")
    return frozenset(_cues()[name])


def matches_cue(name: str, line: str) -> bool:
    """The line matches the cue of that name in ``data/boilerplate.yaml``: "post_signature" ("— Name (@handle) date"),
    "gallery_headline" ("Photos: <headline>"), "note_header" ("Disclaimer"), "media_label" ("Video" over its title)."""
    return bool(_cues()[name].match(line.strip()))


def is_disclaimer(line: str) -> bool:
    """The line is a publisher's legal notice ("... es estricta responsabilidad de ...") or plea for money (``appeal``)."""
    return _cues()["disclaimer"].any_search(line)


def is_ad_slot(line: str) -> bool:
    """The line is an ad's label or a break set in the text for one ("Espacio publicitario", "Story continues below ad")."""
    return any(r.match(line.strip()) for r in _cues()["ad_slot"])


def is_topics_header(line: str) -> bool:
    """The line heads a story's topic list ("Etiquetas", "Tags:")."""
    return bool(_cues()["topics_header"].match(line.strip()))


def is_caption_label(line: str) -> bool:
    """The line opens with a caption's label ("Pie de foto, ...", "Image caption, ...")."""
    return bool(_cues()["caption_label"].match(line))


def is_source_note(line: str) -> bool:
    """The line names the article's sources or is an editor's note (article text, however short)."""
    return any(r.search(line) for r in _cues()["source_note"])


def is_inline_slot(line: str) -> bool:
    """The line opens as an ad slot or an inline teaser does: page furniture that sits inside articles."""
    return any(r.match(line) for r in _cues()["inline"])


@lru_cache(maxsize=4096)  # asked of each line by every step that looks for the article's top
def is_anchor(line: str) -> bool:
    """A line that is surely article text: ``ANCHOR_WORDS`` words or more, and no call to action or credit."""
    return len(line.split()) >= ANCHOR_WORDS and not is_cta(line) and not is_credit(line)


QUOTED = re.compile(r"[“\"«‘'](\S+\s+){3,}[^”\"»’']*[”\"»’']")


def has_quote(line: str) -> bool:
    """The line quotes someone's words at some length (four words or more between quotation marks)."""
    return bool(QUOTED.search(line))


def without_credit(line: str) -> str:
    """``line`` with a photo credit that closes it cut off ("... en la aduana. Foto: X / Y" -> "... en la aduana.")."""
    # (none when no credit pattern matches the line anywhere: ``is_credit``, cached, says so)
    starts = [m.start() for r in _cues()["credit"] for m in [r.search(line)] if m and m.start() > 20] if is_credit(line) else []
    return line[:min(starts)].rstrip(" -–|ı•(") if starts else line


def reports_speech(line: str, lang: str) -> bool:
    """The line is a full sentence (credit aside) in which someone says something: a speech verb
    of ``data/speech.yaml`` in the past tense ("said", "señalaron")."""
    text = without_credit(line)
    return is_terminal(text) and any(w.lower() in speech_forms(lang) for w in words_of(text))


def is_headline_like(line: str) -> bool:
    """Short line without sentence-final punctuation: a headline, label or teaser."""
    return len(line.split()) <= 20 and (not is_terminal(line) or bool(INITIALISM_END.search(line))) and \
        not is_lone_number(line)


def is_body_paragraph(line: str) -> bool:
    """A line that is clearly article prose: long, or a full sentence."""
    return len(line.split()) >= 25 or (len(line.split()) >= 8 and is_terminal(line) and not is_headline_like(line))


def is_headline_shaped(line: str) -> bool:
    """A headline-like line, or a headline that ends as a sentence does: a question ("Can Texas Stop the Flow
    of Guns to Mexico?", "¿Funciona el acuerdo?") or a Title Case sentence ("Guns Keep Turning Up at Crime
    Scenes. The ATF Knows Where They Came From."), which prose never is. Used to find the headline, not as a
    signal of the boilerplate model."""
    if DATELINE_END.search(line):
        return False  # a wire dateline set on its own line: "MÉXICO, 5 Dic. (EUROPA PRESS) -"
    if is_headline_like(line):
        return True
    words = line.split()
    if not HEADLINE_SENTENCE_WORDS[0] <= len(words) <= HEADLINE_SENTENCE_WORDS[1]:
        return False
    if line.rstrip('"”’»\' ').endswith("?"):
        return True
    return is_title_case(line)


def is_title_case(line: str) -> bool:
    """Most of the line's words of four letters or more (``TITLE_CASE_SHARE``, at least ``TITLE_CASE_WORDS``) are
    capitalized: "Two Cartel Associates Sentenced for Fentanyl Trafficking"."""
    long = [w for w in words_of(line) if len(w) >= 4]
    return len(long) >= TITLE_CASE_WORDS and sum(w[0].isupper() for w in long) / len(long) >= TITLE_CASE_SHARE


def heads_a_byline(lines: list[str], i: int) -> bool:
    """Line ``i`` is a headline by its place: a sentence or two of ``HEADLINE_SENTENCE_WORDS`` at most right above the
    byline ("Texas lawmakers want to label cartels terrorists. Critics say it could ensnare migrants." over "By
    Ana Ruiz and Luis Pérez"), or above a longer standfirst over it, which prose never is."""
    words, byline = len(lines[i].split()), _cues()["byline"]
    return HEADLINE_SENTENCE_WORDS[0] <= words <= HEADLINE_SENTENCE_WORDS[1] and i + 1 < len(lines) and (bool(byline.match(
        lines[i + 1].strip())) or (i + 2 < len(lines) and len(lines[i + 1].split()) > words and bool(byline.match(lines[i + 2]))))


HEADLINE_SENTENCE_WORDS = (4, 20)
# a dateline's closing dash after the agency or the place: "(EUROPA PRESS) -", "(EFE).-", "Culiacán, Sin.—"
DATELINE_END = re.compile(r"(?:(?:\)|\.)\s*[-—–]{1,2}|[^\W\d]\s+[—–]|[^\W\d]\s+--)\s*$")  # "(EFE) -", "COAH.-", "Washington —"
TITLE_CASE_WORDS, TITLE_CASE_SHARE = 5, 0.85  # long words (4 letters or more) of a Title Case line, and their capitals


@dataclass(slots=True, frozen=True)
class LineSignals:
    """The signals of one line, before context."""

    words: int
    terminal: bool
    stop_density: float
    capitalized: float
    digits: float
    date_only: bool
    weekday: bool
    label: bool
    cta: bool
    credit: bool
    headline_like: bool
    lone_number: bool


@lru_cache(maxsize=4096)
def line_signals(line: str, lang: str) -> LineSignals:
    """The context-free signals of ``line`` written in ``lang``."""
    date_only = is_date_only(line)
    return LineSignals(
        words=len(line.split()), terminal=is_terminal(line), stop_density=stop_density(line, lang),
        capitalized=capitalized_share(line, lang), digits=digit_share(line), date_only=date_only,
        weekday=date_only and bool(WEEKDAY.search(line)), label=is_label(line), cta=is_cta(line),
        credit=is_credit(line), headline_like=is_headline_like(line), lone_number=is_lone_number(line))
