"""Which SESNSP crime and which state a crime figure stands for, when its own words do not say.

News gives crime figures in runs: "Guanajuato led with 3,104 homicide victims, followed by Baja
California with 2,417" (the second figure names no crime: the sentence's first does), "En
diciembre, la entidad registró 304 víctimas" (the crime and the state are the claim before's:
"la entidad" refers back), "while nationally Mexico registered 2,373" (the country, not the
state named earlier in the sentence). A state in a dateline ("MEXICO CITY (AP) —") is where the
reporter filed from, no scope. Read-only, pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pesquisa.analyze._period_forms import respectively_pattern
from pesquisa.analyze.reconcile._cues import Cue, crime_of, last_crime_of, settings
from pesquisa.calendar import month_numbers
from pesquisa.records import Span
from pesquisa.text import fold_chars

BACK = "back"  # the key of a state cue that refers back ("el estado", "la entidad", "the state")
NATIONAL = "Nacional"
WORD = re.compile(r"\w+")


@dataclass(slots=True, frozen=True)
class LastCrime:
    """The crime and state of the last crime claim of a document, and where its sentence and paragraph start."""

    crime: str
    state: str
    sentence: int
    paragraph: int


def crime_named(body: str, row: dict, sentence: tuple[int, int], last: LastCrime | None, paragraphs: tuple[int, int],
                states: list[Cue], *, since: int | None = None) -> str | None:
    """The SESNSP crime a count names: its item, else the words right after it in its clause; else the crime of the
    claim before, for a count of no item in the same sentence ("followed by Baja California with 2,417") or a count
    of bare victims in the same or the next paragraph, in the claim's own sentence or one naming its state ("la
    entidad registró 304 víctimas"; not "el ataque dejó 12 víctimas"). ``paragraphs``: where this paragraph and the
    one before it start; ``states``: the state words of the sentence. A count of no item that nothing qualifies takes
    the crime named last before it since ``since`` (the figure before it in the sentence, or the sentence's start):
    "Las víctimas de secuestro sumaron 898 ..., y las de extorsión, 10 mil 849"."""
    end = row["end"]
    named = crime_of(row["item"]) or crime_of(body[end:min(end + 40, sentence[1])].split(",")[0])
    if not named and row["item"] is None and since is not None and float(row["value"]).is_integer() \
            and row["kind"] not in ("rate", "percentage", "money") and _bare_figure(body[end:end + 20]):
        named = last_crime_of(body[since:row["start"]])
    if not named and _bare_victims(body, row):  # "Las extorsiones ... subieron 23.7% en 2024, con 1,222 víctimas"
        named = last_crime_of(body[sentence[0]:row["start"]])
    if not named and is_rate(body, row["start"], end):  # "La tasa de homicidio fue de 23.1 víctimas por cada ..."
        before = last_crime_of(body[since:row["start"]]) if since is not None else None
        return before or (last.crime if last is not None and last.paragraph in paragraphs else None)
    if named or last is None or row["kind"] in ("rate", "percentage") or not float(row["value"]).is_integer():
        return named  # "un promedio diario de 60.4": no count of victims
    if row["item"] is None and last.sentence == sentence[0]:
        return last.crime if _bare_figure(body[end:end + 20]) else None  # not "un promedio de 82 al día"
    victims = {" ".join(fold_chars(w).split()) for w in settings()["victim_words"]}
    if row["item"] is None and last.paragraph in paragraphs and _bare_figure(body[end:end + 20]):
        # "Guanajuato fue el estado con más víctimas, con 3 mil 4": the victims were named before the figure
        told = " " + " ".join(WORD.findall(fold_chars(body[sentence[0]:row["start"]]))) + " "
        return last.crime if any(f" {w} " in told for w in victims) else None
    if not row["item"] or " ".join(fold_chars(row["item"]).split()) not in victims or _victims_of_what(body[end:end + 40]):
        return None  # "5,000 víctimas de violencia familiar": victims of something else
    own = last.sentence == sentence[0] or bool(states) or _names_country(body[sentence[0]:row["start"]])
    return last.crime if own and last.paragraph in paragraphs else None


def _names_country(text: str) -> bool:
    """True when ``text`` names the country as a whole (``reconcile.country_words``: "el país", "the country")."""
    told = " " + " ".join(WORD.findall(fold_chars(text))) + " "
    return any(f" {' '.join(WORD.findall(fold_chars(w)))} " in told for w in settings()["country_words"])


def _bare_victims(body: str, row: dict) -> bool:
    """True when a count's item is bare victims ("1,222 víctimas") and the words after it say of no other thing."""
    victims = {" ".join(fold_chars(w).split()) for w in settings()["victim_words"]}
    return bool(row["item"]) and " ".join(fold_chars(row["item"]).split()) in victims \
        and not _victims_of_what(body[row["end"]:row["end"] + 40])


def is_rate(body: str, start: int, end: int) -> bool:
    """True when the figure at [start, end) of ``body``, with the words after it up to a clause break, gives a crime
    per head of population ("22.8 homicidios por cada 100 mil habitantes", "110 per 100,000 residents"), which the
    victims series, counts alone, cannot check ("3,151 victims in 2024, a rate of 50 per 100,000" is a count)."""
    after = re.split(r",\s|;|\.\s|\.$", body[end:end + 40], maxsplit=1)[0]
    folded = f" {' '.join(fold_chars(body[start:end] + after).split())} "
    return any(f" {' '.join(fold_chars(w).split())} " in folded for w in settings()["rate_words"])


def _bare_figure(after: str) -> bool:
    """True when nothing qualifies a figure of no item: punctuation, a conjunction or a period follows it ("with
    2,417 and Chihuahua", "con 174.", "250 en noviembre", "29,714 the year before"), not a rate ("82 al día", "81 a
    day", "per 100,000")."""
    words = fold_chars(after).split()
    if len(words) > 1 and words[0] in ("the", "a", "el", "la", "un") and words[1] in settings()["victim_period_words"]:
        return True  # "from 29,714 the year before", "frente a 29 mil 714 el año anterior"
    return not words or not words[0][:1].isalnum() or words[0] in settings()["bare_figure_next"] \
        or words[0] in {fold_chars(w) for w in settings()["counted_words"]}  # "the 29,714 counted in 2023"


def _victims_of_what(after: str) -> bool:
    """True when the words after a count of victims say of what ("de violencia familiar", "of robbery"), not of
    when ("del año anterior", "de 2024", "en diciembre")."""
    words = fold_chars(after).split()
    if len(words) < 2 or words[0] not in ("de", "del", "of", "por", "by"):
        return False
    nxt = words[1] if words[1] not in ("el", "la", "los", "las", "the") or len(words) < 3 else words[2]
    return not (nxt[:1].isdigit() or nxt in settings()["victim_period_words"] or nxt in month_numbers())


def state_of(states: list[Cue], nearest: Cue | None, last: LastCrime | None, previous: list[Cue]) -> str:
    """The state of a crime figure from the state words of its sentence (``states``, ``nearest`` the one chosen): a
    word that refers back ("el estado") is the state named before it in the sentence, else the last claim's, else the
    last state the document named (``previous``); none: the country."""
    if nearest is None:
        return NATIONAL
    if nearest.key != BACK:
        return nearest.key
    named = [c for c in states if c.end <= nearest.start and c.key not in (BACK, NATIONAL)]
    if named:
        return named[-1].key
    if last is not None:
        return last.state
    real = [c for c in previous if c.key not in (BACK, NATIONAL)]
    return real[-1].key if real else NATIONAL


def state_cues(cues: list[Cue], datelines: list[Span], body: str = "") -> list[Cue]:
    """The state cues that place a figure: none inside a dateline ("MEXICO CITY (AP) —" is where the story was
    filed), no capitalized "Estado" or "State" referring back ("el Estado mexicano", "the State Department"), and
    none that only locates another ("In Morelos, south of Mexico City, ...")."""
    return [c for c in cues if not any(d.start <= c.start < d.end for d in datelines)
            and not (c.key == BACK and any(w[:1].isupper() for w in c.text.split()[1:]))
            and not _locator_before().search(fold_chars(body[max(0, c.start - 30):c.start]))]


@cache
def _locator_before() -> re.Pattern:
    """The words of ``reconcile.state_locators`` (and an article) right before a state's name."""
    words = sorted({" ".join(fold_chars(w).split()) for w in settings()["state_locators"]}, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alt})(?:\s+(?:la|el|the))?\s*$")



JOINT = re.compile(r"^\s*(?:,|y|e|and|&)\s*$", re.IGNORECASE)


def joined_states(states: list[Cue], nearest: Cue | None, body: str, sentence: tuple[int, int], figures: int) \
        -> list[str]:
    """The states named together with ``nearest`` in its sentence ("In Guanajuato and Jalisco, 5,000 homicide
    victims", "Sinaloa y Sonora sumaron"), when the sentence gives one figure for them all (not "respectively"): their
    victims count together. One state alone, or none: an empty list."""
    if nearest is None or nearest.key in (BACK, NATIONAL) or figures != 1 \
            or respectively_pattern().search(fold_chars(body[sentence[0]:sentence[1]])):
        return []
    named = [c for c in states if c.key not in (BACK, NATIONAL) and sentence[0] <= c.start < sentence[1]]
    if nearest not in named:
        return []
    lo = hi = named.index(nearest)
    while lo > 0 and JOINT.match(body[named[lo - 1].end:named[lo].start]):
        lo -= 1
    while hi + 1 < len(named) and JOINT.match(body[named[hi].end:named[hi + 1].start]):
        hi += 1
    keys = list(dict.fromkeys(c.key for c in named[lo:hi + 1]))
    return keys if len(keys) > 1 else []


# a clause opening after a figure: a comma or semicolon, or a conjunction of clauses
_CLAUSE_AFTER = re.compile(r"[;,—–]|\b(?:y|and|while|mientras|whereas)\b", re.IGNORECASE)


def state_of_later_clause(body: str, near: Cue | None, end: int, figures: list[int], sentence_end: int) -> bool:
    """True when ``near``, the state chosen for a figure ending at ``end``, comes after it in a later clause that has
    a figure of its own after the state ("se registraron 15,104 víctimas en el país, y Chihuahua acumuló 2,019"):
    the state is that figure's, not this one's; "15,104 víctimas en Chihuahua y 2,019 en Sonora" keeps it."""
    if near is None or near.start < end or not _CLAUSE_AFTER.search(body[end:near.start]):
        return False
    return any(near.end <= f < sentence_end for f in figures)
