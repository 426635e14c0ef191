"""Labels and dialogue shapes around a direct quote: a question the next turn answers, a question alone in its
paragraph, a name and a colon before a quote ('Harfuch: «No habrá impunidad»') or after it in a headline
('“No vamos a permitir ...”: Sheinbaum')."""

from __future__ import annotations

import re

from pesquisa.extract.quotes._kin import gendered_noun
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span


def answered(text: str, span: Span) -> bool:
    """The quote is a question the next dialogue turn of its paragraph answers ("—¿Habrá más? —Sí, ...")."""
    return text[span.start:span.end].rstrip().endswith("?") and \
        re.match(r"[ \t]*[—―][ \t]?[¿¡A-ZÁÉÍÓÚÑ]", text[span.end:span.end + 4]) is not None


def alone_question(text: str, span: Span) -> bool:
    """The quote is a question and nothing else stands in its paragraph but dashes and quote marks."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end == -1 else end
    rest = text[start:span.start] + text[span.end:end]
    return text[span.start:span.end].rstrip().endswith("?") and not rest.strip(" \t—–-«»“”\"'")


# a section's kicker before a headline ("Entrevista | Fiscal antidrogas: «...»", "Opinion | ..."): one or two words
# and a bar, read past as the headline's start
_KICKER = r"(?:\w+(?:[ \t]\w+)?[ \t]*\|[ \t]*)?"
# a headline or paragraph that opens with one to four capitalized words and a colon before a quote
_COLON_LABEL = re.compile(r"(?:^|\n)[ \t]*" + _KICKER +
                          r"((?:[A-ZÁÉÍÓÚÑ][\w’'.-]*)(?:[ \t]+(?:de[ \t]+|la[ \t]+)?[A-ZÁÉÍÓÚÑ][\w’'.-]*){0,3})"
                          r"[ \t]*:[ \t]*[«“\"']?$")


# a headline's description before the colon: a capitalized word, then words in lower case ending in a title
# ("Tijuana police chief: “We are outgunned”", "Fiscal de Sonora: «...»")
_DESCRIBED_LABEL = re.compile(r"(?:^|\n)[ \t]*" + _KICKER +
                              r"([A-ZÁÉÍÓÚÑ][\w’'.-]*(?:[ \t]+[a-záéíóúñ][\w’'.-]*){1,3})[ \t]*:[ \t]*[«“\"']?$")


# a headline's relative of someone before the colon, whatever the words after ("Madre de joven desaparecido en
# Jalisco: «...»")
_KIN_LABEL = re.compile(r"(?:^|\n)[ \t]*" + _KICKER + r"([A-ZÁÉÍÓÚÑ][\w’'.-]*(?:[ \t]+[\w’'.-]+){1,7})[ \t]*:[ \t]*[«“\"']?$")


def colon_label(text: str, span: Span) -> Span | None:
    """The name that labels a quote opening its line ('Harfuch: «No habrá impunidad»', 'Sheinbaum: “...”'), or the
    description of who speaks that a headline puts there ("Tijuana police chief: “...”")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    match = _COLON_LABEL.search(text, line_start, span.start)
    if match is None and (described := _DESCRIBED_LABEL.search(text, line_start, span.start)) is not None and \
            _titled_label(described.group(1).split()):
        match = described
    if match is None and (kin := _KIN_LABEL.search(text, line_start, span.start)) is not None and \
            gendered_noun(fold(kin.group(1).split()[0])):
        match = kin
    return Span(match.start(1), match.end(1)) if match else None


def _titled_label(words: list[str]) -> bool:
    """A headline's description ends in a title ("Tijuana police chief") or opens with one that a word in lower
    case qualifies ("Fiscal antidrogas", "Jefe policial")."""
    heads = load_lexicon().title_heads()
    return words[-1].lower() in heads or (len(words) == 2 and words[0].lower() in heads)


# a headline that closes a quote with a colon and who said it ("“...”: Sheinbaum", "“...”: gobernador de Sinaloa en
# entrevista televisiva"), up to a semicolon that opens the headline's second story ("; Ebrard detalla ...")
_COLON_TAIL = re.compile(r"[”\"»']?[ \t]*:[ \t]*([^\s:.!?“”\"«»;][^\n:.!?“”\"«»;]{0,70})[ \t]*(?:;[^\n]*)?(?:\n|$)")


def colon_tail(text: str, span: Span) -> Span | None:
    """Who a headline names after a quote and a colon (one to eight words to the line's end), or None."""
    line_start = text.rfind("\n", 0, span.start) + 1
    lead = text[line_start:span.start].strip(" \t“\"«'‘")
    if lead and not re.fullmatch(r"\w+(?:[ \t]\w+)?[ \t]*\|", lead):
        return None  # the quote opens its line, as a headline's does (after a kicker at most: "Entrevista |")
    match = _COLON_TAIL.match(text, span.end)
    if match is None or not 1 <= len(match.group(1).split()) <= 8:
        return None
    piece = _interviewed(match.group(1))
    if piece is not None:  # "A conversation with |the DEA's new Houston chief|": the one interviewed
        return Span(match.start(1) + piece, match.start(1) + len(match.group(1).rstrip()))
    # who, without the occasion: "gobernador de Sinaloa| en entrevista", "Foreign minister speaks| with CBS"
    occasion = re.search(r"\s+(?:en|con|ante|tras|durante|sobre|in|with|to|on|after|during|about)\s", match.group(1))
    return Span(match.start(1), match.start(1) + len(match.group(1)[:occasion.start() if occasion else None].rstrip()))


def _interviewed(tail: str) -> int | None:
    """Where the one interviewed starts in a headline's tail that names the piece ("A conversation with X",
    "Entrevista con X", ``interview_nouns``), or None."""
    nouns = "|".join(re.escape(n) for n in load_lexicon().speech["interview_nouns"])
    piece = re.match(rf"(?:(?:an?|the|una?|la|el)[ \t]+)?(?:{nouns})[ \t]+(?:with|con)[ \t]+(?=\S)", tail, re.I)
    return piece.end() if piece else None


# a paragraph that opens a dialogue turn ("—¿Renunciaría?", "—No.")
RAYA_TURN = re.compile(r"[ \t]*[—―][ \t]?[¿¡A-ZÁÉÍÓÚÑ]")


def interview_start(text: str, at: int) -> int | None:
    """Where the run of dialogue-dash paragraphs holding the turn at ``at`` starts, when a question of the run
    comes before it (an interview told with dashes: "—¿Renunciaría? ... —No."); else None."""
    start = text.rfind("\n\n", 0, at)
    start = 0 if start == -1 else start + 2
    if not RAYA_TURN.match(text, start):
        return None
    asked = "?" in text[start:at]  # "—¿Habrá más? —Sí, ...": asked in the turn's own paragraph
    while start > 2:
        before = text.rfind("\n\n", 0, start - 2)
        before = 0 if before == -1 else before + 2
        if not RAYA_TURN.match(text, before):
            break
        asked = asked or "?" in text[before:start]
        start = before
    return start if asked else None
