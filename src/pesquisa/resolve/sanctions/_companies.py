"""Listed companies named in the news without their legal form where no news reader extracted them.

"Treasury also named Arfel Transportadora Cool Logistic, a refrigerated trucking firm", "OFAC also designated ...
and Kontroles Electronicos de Baja California, an electronics store", "las empresas Asesores Turísticos y Playa
Mar": in a sentence with a word that says companies are designated (official.yaml ``sanctions.company_cues``), or
right after a word for a company or before an apposition ending in one (``company_nouns``: "the company's offices
faced Playa Mar, a beach" names none), a run of capitalized words (a name's particles between them) is read as
names joined by "y"/"and": a listed
company's name, legal form aside, two words or more, is a match when it is a whole part of the run ("Playa Mar
Hotel" is not PLAYA MAR S.A. DE C.V.), and only one entry bears it. Each match keeps its document and characters.
Pure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from pesquisa.ingest import SanctionEntry
from pesquisa.resolve.sanctions._names import listed_with_legal_form, one_word_company, org_key, strip_legal_forms
from pesquisa.resolve.sanctions._records import SanctionMatch, settings
from pesquisa.text import fold_chars

# a sentence runs past a point inside a word ("S.A."), or an abbreviation's before a comma or a lower-case word ("Viscaya
# Ltda., Globanty y ...", "Viscaya Ltda. y Vigilar Colombia")
SENTENCE = re.compile(r"[^.!?\n]+(?:\.(?=\w|[,;]|[ \t]+[a-záéíóúüñ])[^.!?\n]*)*")
WORD = re.compile(r"[^\W_][\w\-]*|&")


@cache
def _conf() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Cue words, joint words and name particles, folded."""
    conf = settings()
    fold = lambda words: frozenset(fold_chars(w).lower() for w in words)  # noqa: E731
    return fold(conf["company_cues"]), fold(conf["company_joints"]), fold(conf["company_name_particles"])


@cache
def _noun_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A word for a company right before a name ("las empresas "), and an apposition after one ending in such a word
    (", a refrigerated trucking firm"), over folded text."""
    nouns = "|".join(re.escape(fold_chars(n).lower()).replace(r"\ ", r"\s+")
                     for n in sorted(settings()["company_nouns"], key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{nouns})\s+\Z"),
            re.compile(rf"\A,\s+(?:an?|un|una)\s+(?:[\w\-]+\s+){{0,4}}?(?:{nouns})(?!\w)"))


def _told_as_company(body: str, start: int, end: int) -> bool:
    """True when a word for a company stands right before a name, or ends an apposition right after it."""
    before, after = _noun_patterns()
    return bool(before.search(fold_chars(body[max(0, start - 40):start]).lower())
                or after.search(fold_chars(body[end:end + 80]).lower()))


def company_names(entries: Iterable[SanctionEntry]) -> dict[frozenset[str], list[SanctionEntry]]:
    """Each listed company's name parts without its legal form (two parts at least) -> the entries bearing it; a name
    of one word beside its legal form (``one_word_company``: "VISCAYA LTDA.") with its legal form, as news writing
    the form names it ("Viscaya Ltda.")."""
    index: dict[frozenset[str], list[SanctionEntry]] = defaultdict(list)
    for entry in entries:
        if entry.kind != "organization":
            continue
        for name in [entry.name, *(text for _kind, text in entry.aliases)]:
            key = org_key(strip_legal_forms(name)) if listed_with_legal_form(name) else frozenset()
            if len(key) < 2 and one_word_company(name):
                key = org_key(name)
            if len(key) >= 2 and entry not in index[key]:
                index[key].append(entry)
    return index


def _runs(sentence: re.Match) -> list[list[re.Match]]:
    """The runs of capitalized words of a sentence, particles inside them kept, none at their ends."""
    _cues, _joints, particles = _conf()
    runs: list[list[re.Match]] = [[]]
    for word in WORD.finditer(sentence.string, sentence.start(), sentence.end()):
        text = word.group()
        gap = sentence.string[runs[-1][-1].end():word.start()] if runs[-1] else " "
        if (text[0].isupper() or text[0].isdigit()) and gap.strip() == "":
            runs[-1].append(word)
        elif fold_chars(text).lower() in particles and runs[-1] and gap.strip() == "":
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    out = []
    for run in runs:
        while run and not (run[-1].group()[0].isupper() or run[-1].group()[0].isdigit()):
            run = run[:-1]
        if len(run) >= 2:
            out.append(run)
    return out


def _names_in_run(run: list[re.Match], index: dict[frozenset[str], list[SanctionEntry]]) \
        -> list[tuple[int, int, SanctionEntry]]:
    """The listed companies a run names, each a whole part of it between joint words, with its characters."""
    _cues, joints, _particles = _conf()
    parts: list[list[re.Match]] = [[]]
    for word in run:
        if fold_chars(word.group()).lower() in joints:
            parts.append([])
        else:
            parts[-1].append(word)
    found, i = [], 0
    text = run[0].string
    while i < len(parts):
        for j in range(len(parts) - 1, i - 1, -1):
            if not parts[i] or not parts[j]:
                continue
            start, end = parts[i][0].start(), parts[j][-1].end()
            entries = index.get(org_key(text[start:end]), [])
            if len(entries) == 1:
                found.append((start, end, entries[0]))
                i = j
                break
        i += 1
    return found


def company_matches(documents: Iterable[tuple[str, str]], entries: Iterable[SanctionEntry]) -> list[SanctionMatch]:
    """One match per listed company the documents ``(id, body)`` name where a cue says a company is told of (pure)."""
    index = company_names(entries)
    cues = _conf()[0]
    seen: dict[str, tuple[SanctionEntry, str, list[dict]]] = {}
    for document_id, body in documents:
        for sentence in SENTENCE.finditer(body or ""):
            words = {fold_chars(w).lower() for w in WORD.findall(sentence.group())}
            said = sorted(words & cues) or sorted(c for c in cues if " " in c and c in fold_chars(sentence.group()).lower())
            for run in _runs(sentence):
                told = said or (["a word for a company"] if _told_as_company(body, run[0].start(), run[-1].end()) else [])
                for start, end, entry in _names_in_run(run, index) if told else []:
                    mention = {"document_id": document_id, "start": start, "end": end, "text": body[start:end]}
                    seen.setdefault(entry.id, (entry, told[0], []))[2].append(mention)
    out = []
    for entry, cue, mentions in seen.values():
        read = f"'{mentions[0]['text']}' written in a sentence with '{cue}' = list name '{entry.name}' without its legal form"
        out.append(SanctionMatch.named_in_text("company", entry, read, mentions, 0.8))
    return sorted(out, key=lambda m: (m.entity_name, m.list_id))
