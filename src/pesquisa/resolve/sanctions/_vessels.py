"""Listed vessels named in the news: "the tanker Sinopa", "el buque petrolero Fortune", "a vessel named Forest".

No news reader extracts a ship's name (it is neither a person nor an organization), and many
listed vessels bear common words ("FOREST", "FORTUNE", "MARIA"), so a vessel is looked for only
right after a word that says a ship comes (official.yaml ``sanctions.vessel_cues``, maybe with
an opener: "named", "llamado"), written capitalized as a name is, word for word one of the
list's names or a.k.a.s of a vessel entry, and not the start of a longer name ("the tanker
Forest Star" is another ship). A name several listed vessels share tells none of them; a
one-word name needs a page that tells of sanctions or names the listed kind of ship. Each
match keeps where it was read: the document and the characters of every mention. Pure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pesquisa.ingest import SanctionEntry
from pesquisa.resolve.sanctions._names import alias_key
from pesquisa.resolve.sanctions._records import SanctionMatch, settings
from pesquisa.text import fold_chars

MAX_WORDS = 6  # the longest vessel name looked for after a cue
WORD = re.compile(r"[^\W_][\w\-]*\.?|[\"“”'‘’«»]")
STOP = re.compile(r"[,;:()\[\]!?\n]|\.\s")  # a name does not run past a clause's end
QUOTES = "\"“”'‘’«»"
JOINT = re.compile(r"[\"”’»]?(?:\s*,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e|&)\s+)(?:the\s+|el\s+|la\s+)?", re.I)
APPOSITION = re.compile(r",\s+(?:an?|un|una|otro|otra)\s+(?:[\w\-]+\s+){0,3}\Z", re.I)
NAME_ARTICLES = frozenset({"the", "el", "la", "del", "al"})


@dataclass(slots=True, frozen=True)
class NamedVessel:
    """A listed vessel's name written in a document after a cue word: where, as written, and after which word."""

    document_id: str
    start: int
    end: int
    text: str
    cue: str
    before: bool = False  # the name comes before an apposition ending in the cue ("the Sinopa, an Iranian tanker")


@cache
def _cue_pattern() -> re.Pattern:
    """A cue word, then maybe an opener, as one pattern; the name is read from its end."""
    conf = settings()
    cues = sorted({c.lower() for c in conf["vessel_cues"]}, key=len, reverse=True)
    openers = sorted({o.lower() for o in conf["vessel_name_openers"]}, key=len, reverse=True)
    body = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    opener = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers)
    adjectives = "|".join(re.escape(a) for a in sorted({a.lower() for a in conf["vessel_name_adjectives"]}, key=len,
                                                       reverse=True))
    links = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        {w.lower() for w in conf["vessel_list_verbs"]}, key=len, reverse=True))
    participles = "|".join(re.escape(w) for w in sorted({w.lower() for w in conf["vessel_list_participles"]}, key=len,
                                                         reverse=True))
    # "the tanker Sinopa", "the tanker, Adrian Darya 1,", "a vessel named Forest", "el buque petrolero iraní Fortune",
    # "the vessels named were the NS Captain", "los buques sancionados figuran el X"
    return re.compile(rf"(?<![\w/])(?P<cue>{body})(?![\w/])(?:\s+(?:{adjectives})(?![\w/])){{0,2}}"
                      rf"(?:\s+(?:{participles})(?:\s+(?:by|por)(?:\s+[\w.]+){{1,4}}?)?\s+(?:{links})(?![\w/]))?"
                      rf"(?:,?\s+(?:(?:{opener})\s+)?)?", re.I)


def vessel_names(entries: Iterable[SanctionEntry]) -> dict[str, list[SanctionEntry]]:
    """Each compared name of a listed vessel (its name and its a.k.a.s, not former names) -> the entries bearing it."""
    index: dict[str, list[SanctionEntry]] = defaultdict(list)
    for entry in entries:
        if entry.kind != "vessel":
            continue
        for name in [entry.name, *(text for kind, text in entry.aliases if kind != "fka")]:
            key = alias_key(name)
            if key and entry not in index[key]:
                index[key].append(entry)
    return index


def _plural(cue: str) -> bool:
    """True when a cue word says several ships come ("tankers", "los buques"): then names may follow one another."""
    return cue.split()[0].lower().endswith("s")


def _is_name_word(word: str) -> bool:
    """True when a word is written as a name's is: capitalized, or a number ("Adrian Darya 1")."""
    return word[0].isupper() or word[0].isdigit()


def name_at(body: str, pos: int, index: dict[str, list[SanctionEntry]]) -> tuple[int, int, SanctionEntry] | None:
    """The listed vessel whose whole name is written from ``pos`` on, capitalized, in the clause: where it ends and its
    one entry; None when the words there are no such name, a longer name, or a name several vessels share."""
    stop = STOP.search(body, pos)
    words = list(WORD.finditer(body, pos, stop.start() if stop else len(body)))[:MAX_WORDS + 2]
    quoted = bool(words) and words[0].group() in QUOTES
    words = [w for w in words if w.group() not in QUOTES][:MAX_WORDS + 1]
    particles = _folded(tuple(settings()["vessel_name_particles"]))
    for n in range(min(MAX_WORDS, len(words)), 0, -1):
        taken = words[:n]
        # a particle inside a name ("Luisa Caceres de Arismendi") only where the whole name is a listed one
        inner = [0 < i < n - 1 and w.group().lower() in particles for i, w in enumerate(taken)]
        if not all(_is_name_word(w.group()) or p for w, p in zip(taken, inner, strict=True)) \
                or (not quoted and not taken[0].group()[0].isupper()):
            continue
        if n < len(words) and _is_name_word(words[n].group()):
            return None  # "the tanker Forest Star": a longer name than the listed one
        text = body[taken[0].start():taken[-1].end()].rstrip(".")
        entries = index.get(alias_key(text), [])
        if any(inner) and len(entries) != 1:
            continue
        return (taken[0].start(), taken[0].start() + len(text), entries[0]) if len(entries) == 1 else None
    return None


def _name_end(body: str, pos: int) -> int | None:
    """Where the capitalized words written from ``pos`` on end, in the clause; None when there are none."""
    stop = STOP.search(body, pos)
    end = None
    for word in WORD.finditer(body, pos, stop.start() if stop else len(body)):
        if word.group() in QUOTES or not _is_name_word(word.group()):
            break
        end = word.end()
    return end


def _named_before(body: str, cue: re.Match, index: dict[str, list[SanctionEntry]]) -> tuple[int, int, SanctionEntry] | None:
    """The listed vessel named with an article right before an apposition that ends in the cue word: "the Sinopa, an
    Iranian-flagged tanker", "el Golsan, un buque de bandera iraní"."""
    window = max(0, cue.start() - 160)
    lead = APPOSITION.search(body[window:cue.start()])
    if lead is None:
        return None
    comma = window + lead.start()
    words = list(WORD.finditer(body, max(0, comma - 80), comma))
    for n in range(min(MAX_WORDS, len(words) - 1), 0, -1):
        taken, article = words[-n:], words[-n - 1].group().lower()
        if article in NAME_ARTICLES and all(_is_name_word(w.group()) for w in taken):
            found = name_at(body, taken[0].start(), index)
            return found if found and found[1] == taken[-1].end() else None
    return None


def named_vessels(document_id: str, body: str, index: dict[str, list[SanctionEntry]]) \
        -> list[tuple[NamedVessel, SanctionEntry]]:
    """The listed vessels ``body`` names by a cue word: after it ("the tanker Sinopa"), one after another ("the
    tankers Starla and Diona"), or before an apposition ending in it ("the Sinopa, an Iranian tanker"). Pure."""
    found = []
    for cue in _cue_pattern().finditer(body):
        word = cue.group("cue")
        if before := _named_before(body, cue, index):
            found.append((NamedVessel(document_id, before[0], before[1], body[before[0]:before[1]], word, True),
                          before[2]))
        pos: int | None = cue.end()
        while pos is not None:
            if named := name_at(body, pos, index):
                found.append((NamedVessel(document_id, named[0], named[1], body[named[0]:named[1]], word), named[2]))
            # "the tankers Starla and Diona", "los tanqueros Forest, Petunia, Faxon y Clavel": past an unlisted name too
            end = named[1] if named else _name_end(body, pos) if _plural(word) else None
            joint = JOINT.match(body, end) if end is not None and _plural(word) else None
            pos = joint.end() if joint else None
    return found


def _told_enough(body: str, name: str, entry: SanctionEntry) -> bool:
    """True when a vessel's name is more than one word, or the page tells of sanctions, or it names the kind of ship
    the list says the vessel is ("tanker" of a "Crude Oil Tanker")."""
    if len(name.split()) > 1 or tells_of_sanctions(body):
        return True
    conf = settings()
    text = " ".join(re.findall(r"\w+(?:-\w+)?", fold_chars(body).lower()))
    words = set(text.split())
    kind = (entry.vessel.get("vessel_type") or "").lower()
    return any(k in kind and any((w in words) if " " not in w else (w in text) for w in _folded(tuple(forms)))
               for k, forms in conf["vessel_kinds"].items())


def tells_of_sanctions(body: str) -> bool:
    """True when the page has a word that tells of sanctions (official.yaml ``vessel_sanction_words``)."""
    text = " ".join(re.findall(r"\w+(?:-\w+)?", fold_chars(body).lower()))
    words = set(text.split())
    return any((w in words) if " " not in w else (w in text) for w in _folded(tuple(settings()["vessel_sanction_words"])))


@cache
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_chars(w).lower() for w in words)


def vessel_matches(documents: Iterable[tuple[str, str]], entries: Iterable[SanctionEntry]) -> list[SanctionMatch]:
    """One match per listed vessel the documents ``(id, body)`` name after a cue word, with every mention (pure)."""
    index = vessel_names(entries)
    if not index:
        return []
    seen: dict[str, tuple[SanctionEntry, list[NamedVessel]]] = {}
    for document_id, body in documents:
        for named, entry in named_vessels(document_id, body or "", index):
            if _told_enough(body, named.text, entry):
                seen.setdefault(entry.id, (entry, []))[1].append(named)
    out = []
    for entry, mentions in seen.values():
        first = mentions[0]
        where = "before an apposition ending in" if first.before else "after"
        read = f"'{first.text}' written {where} '{first.cue}' = vessel list name '{entry.name}'"
        kind = entry.vessel.get("vessel_type")
        out.append(SanctionMatch.named_in_text("vessel", entry, read, [
            {"document_id": m.document_id, "start": m.start, "end": m.end, "text": m.text} for m in mentions], 0.85,
            listed=(f"listed as a vessel: {kind}",) if kind else ()))
    return sorted(out, key=lambda m: (m.entity_name, m.list_id))
