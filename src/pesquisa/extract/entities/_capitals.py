"""People named in capitals: Mexican prosecutors' bulletins ("vinculó a proceso a JOSÉ LUIS ORTEGA MARTÍNEZ"),
the defendants' list of an indictment ("- OSCAR NOÉ MEDINA GONZÁLEZ, a/k/a ...") and the surname-first entries
of a sanctions list ("ALANIS RUIZ, Hector Manuel (a.k.a. ...)"). The model reads such runs as organizations or
cuts them into one word; a run that opens with a given name, or initials ("J.R. WHITFIELD"), is a person, named in
title case."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_WORD = rf"[{_UPPER}][{_UPPER}'’-]+"
_PARTICLE = r"(?:DE|DEL|DE LA|DE LOS|DE LAS|Y)"
_INITIALS = rf"(?:[{_UPPER}]\.){{1,3}}"
# a given name (or initials) and up to four more words in capitals, with particles between them ("SANDRA LUZ
# VALDOVINOS SALMERÓN", "J.R. WHITFIELD")
_RUN = re.compile(rf"(?<![\w.])(?P<run>(?:{_WORD}|{_INITIALS})"
                  rf"(?:[ \xa0]+(?:{_PARTICLE}[ \xa0]+)?(?:{_WORD}|[{_UPPER}]\.)){{1,5}})(?![\w])")
# a sanctions entry opening its line (maybe after a bullet): surnames in capitals, a comma, given names in title case
_SURNAME_FIRST = re.compile(rf"(?m)^(?:[-•*·][ \xa0]*|\d{{1,3}}[.)][ \xa0]*)?"
                            rf"(?P<surnames>{_WORD}(?:[ \xa0-]+(?:{_PARTICLE}[ \xa0]+)?{_WORD}){{0,3}}),[ \xa0]+"
                            rf"(?P<given>[{_UPPER}][a-záéíóúñü]+(?:[ \xa0]+[{_UPPER}][a-záéíóúñü]+){{0,2}})(?![\w])")
# the fields a sanctions entry goes on with after its name ("(a.k.a. ...)", ", DOB 07 Jul 1982"): a given name the
# data lacks ("HURTADO OLASCOAGA, Johnny (a.k.a. ...)") is still one there
_ENTRY_FIELDS = re.compile(r"[ \xa0]*(?:\((?:a\.k\.a\.|f\.k\.a\.|individual)|[,;][ \xa0]*(?:DOB|POB)\b)")
_SMALL = {"de", "del", "la", "los", "las", "y"}
# words of a headline in capitals that end a name run ("DETIENEN A JUAN PÉREZ EN CULIACÁN")
_FUNCTION_WORDS = {"en", "a", "al", "con", "por", "para", "que", "se", "su", "sus", "tras", "sin", "and", "of", "in",
                   "on", "at", "for", "the", "to", "with", "by", "from", "el", "un", "una"}


def _title_case(words: list[str]) -> str:
    """Capitals as a name is written: "JOSÉ LUIS DE LA O" -> "José Luis de la O"."""
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(w if re.fullmatch(_INITIALS, w) else low if i and low in _SMALL else
                   "-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _no_name_word(word: str) -> bool:
    """A word in capitals that no person's name holds: a title, an organization, a place, a headline's word."""
    names = names_data()
    low = word.lower().rstrip(".")
    return low in names.title_words | names.org_words | names.honorifics | names.not_names or \
        fold(word) in names.group_words | names.headline_verbs | names.demonyms or is_known_place(word)


def _person_words(words: list[str]) -> tuple[int, int] | None:
    """The words of a run in capitals that name a person: from its first given name ("LIC. SANDRA LUZ ...",
    "DETIENEN A JUAN ...") to the last word before one no name holds ("... EN CULIACÁN"); at least one of them no
    given name (a surname); their first and last index, None when they name no one."""
    start = next((i for i, w in enumerate(words) if is_given_name(w) or _initials(w)), None)
    if start is None:
        return None
    end = start + 1
    while end < len(words) and (words[end].lower() in _SMALL or not (
            _no_name_word(words[end]) or words[end].lower() in _FUNCTION_WORDS)):
        end += 1
    while words[end - 1].lower() in _SMALL:
        end -= 1
    kept = words[start:end]
    if len(kept) < 2 or all(is_given_name(w) or _initials(w) for w in kept if w.lower() not in _SMALL):
        return None
    name = _title_case(kept)
    if is_known_place(name) or load_lexicon().place_key(name) or load_lexicon().org_key(name):
        return None
    return start, end - 1


def _initials(word: str) -> bool:
    """Given names written as initials ("J.R. WHITFIELD" of an indictment's list), no country's ("U.S.")."""
    return re.fullmatch(_INITIALS, word) is not None and not _no_name_word(word)


def _named_place(text: str, start: int) -> bool:
    """A place word right before the name ("COLONIA EMILIANO ZAPATA", "la calle FRANCISCO VILLA", "el municipio de
    BENITO JUÁREZ"): a place named after a person."""
    before = [w for w in text[max(0, start - 30):start].split() if w.lower() not in _SMALL][-1:]
    return bool(before) and before[0].lower().strip(",.") in names_data().geo_words


def capital_people(text: str, taken: list[Span]) -> list[Mention]:
    """People named in capitals outside ``taken``: a run that opens with a given name, and a sanctions entry's
    "SURNAMES, Given Names" (named given names first)."""
    out: list[Mention] = []
    for match in _SURNAME_FIRST.finditer(text):
        given, surnames = match.group("given").split(), re.split(r"[ \xa0]+", match.group("surnames"))
        if not (is_given_name(given[0]) or _ENTRY_FIELDS.match(text, match.end())) or \
                any(_no_name_word(w) for w in surnames if w.lower() not in _SMALL):
            continue
        span = Span(match.start("surnames"), match.end())
        if not any(span.overlaps(t) for t in taken):
            out.append(Mention("person", text[span.start:span.end], span, " ".join(given) + " " + _title_case(surnames),
                               source="rule"))
    for match in _RUN.finditer(text):
        found = list(re.finditer(r"\S+", match.group("run")))
        kept = _person_words([w.group() for w in found])
        if kept is None:
            continue
        span = Span(match.start() + found[kept[0]].start(), match.start() + found[kept[1]].end())
        if _named_place(text, span.start):
            continue
        if not any(span.overlaps(t) for t in taken + [m.span for m in out]):
            out.append(Mention("person", text[span.start:span.end], span,
                               _title_case(text[span.start:span.end].split()), source="rule"))
    return out
