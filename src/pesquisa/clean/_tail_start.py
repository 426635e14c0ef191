"""Where the page's tail opens: the first short call to action below the article's last prose."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.calendar import alternation
from pesquisa.clean._signals import LineSignals, has_quote, is_inline_slot, is_source_note, is_terminal, reports_speech
from pesquisa.lexicon import read_data, speech_forms

# A call to action of at most this many words below the body opens the page's tail.
TAIL_CTA_WORDS = 20
# A full sentence of this many words is prose (two in a row mean the article goes on).
PROSE_WORDS = 15
SOURCE_NOTE_WORDS = 12  # a source note is this short; a longer line opening "Fuente:" may be a paragraph of its own


def is_prose(s: LineSignals) -> bool:
    """A full sentence of some length that is no call to action or credit."""
    return s.terminal and s.words >= PROSE_WORDS and not s.cta and not s.credit


def tail_start(lines: list[str], sig: list[LineSignals], last_anchor: int, lang: str) -> int:
    """Index of the line that opens the page's tail (``len(lines)`` when there is none): the first short
    call to action below the last anchor that is no ad slot or inline teaser (those sit inside
    articles) and after which no two prose lines follow each other (the article went on; the teaser
    lists of a tail mix captions, headlines and one-sentence summaries). A sentence reporting what someone
    said is no call to action, whatever cue word it holds ("La Fiscalía informó en un boletín que ...")."""
    n = len(sig)
    prose = [is_prose(s) for s in sig]
    # the last two prose lines in a row, and the last sentence quoting someone's words with its speech verb (the
    # article's, not a teaser's): no tail opens above either
    last_pair = max((k for k in range(n - 1) if prose[k] and prose[k + 1]), default=-1)
    last_quoted = max((k for k in range(last_anchor + 1, n) if has_quote(lines[k]) and is_terminal(lines[k]) and
                       reports_speech(lines[k], lang)), default=-1)
    # ... nor above the note of the article's sources, which closes its text ("With reports from Reuters")
    last_noted = max((k for k in range(last_anchor + 1, n) if is_source_note(lines[k]) and
                      len(lines[k].split()) <= SOURCE_NOTE_WORDS), default=-1)
    # ... nor above a sentence whose speaker points back to the story ("La dependencia indicó que ...", "She said ...")
    last_told = max((k for k in range(last_anchor + 1, n) if points_back(lines[k], lang) and last_story(lines, k)),
                    default=-1)
    for i in range(max(last_anchor + 1, last_pair, last_quoted, last_noted, last_told), n):
        # (nor a link's label whose next line goes on telling the story: "Read more" / "The ministry said it ...")
        told_next = i + 1 < n and is_prose(sig[i + 1]) and reports_speech(lines[i + 1], lang)
        if sig[i].cta and sig[i].words <= TAIL_CTA_WORDS and not is_inline_slot(lines[i]) and \
                not reports_speech(lines[i], lang) and not told_next:
            return i
    return n


def points_back(line: str, lang: str) -> bool:
    """A sentence reporting speech whose speaker is a pronoun or a description that needs the story told above it
    ("La dependencia indicó que ...", "..., detalló la institución.", "She said the ..."): the article going on, not
    another story's summary, which names its subject."""
    return is_terminal(line) and bool(_pointing_speakers(lang).search(line.strip()))


def last_story(lines: list[str], k: int) -> bool:
    """No other story's headline (a line of ``TEASER_WORDS`` words or more that ends no sentence) follows line ``k``:
    a sentence under a reading path's headlines with only topics below it is the article's, one between two
    teasers is a teaser's summary ("The agency said the rifles were bought at gun shows.")."""
    return not any(len(line.split()) >= TEASER_WORDS and not is_terminal(line) for line in lines[k + 1:])


TEASER_WORDS = 4  # a teaser's headline is this long at least


@cache
def _pointing_speakers(lang: str) -> re.Pattern[str]:
    """A pronoun or a definite description of ``data/speech.yaml`` right before a speech verb opening the sentence
    ("She said", "La dependencia indicó"; not a note's "He has reported from Mexico since 2013"), or right after the
    verb closing it ("..., detalló la institución.")."""
    speech = read_data("speech.yaml")
    pronouns = [*speech["pronouns"]["singular"], *speech["pronouns"]["plural"]]
    nouns = [*speech["org_descriptions"].get(lang, []), *speech["official_descriptions"], *speech["spokespeople"].get(lang, [])]
    who, verbs = alternation(pronouns), alternation(speech_forms(lang))
    described = rf"(?:the|el|la|los|las)\s+(?:{alternation(nouns)})"
    return re.compile(rf"^(?:{who}|{described})\s+(?:{verbs})\b|,\s+(?:{verbs})\s+{described}\s*[.!?]$", re.I)
