"""Titles and roles tied to a person, with the span that asserts them.

Two shapes cover most news prose, in both languages:
- a title right before the name: "Foreign Affairs Minister Marcelo Ebrard",
  "then Secretary of State Rex Tillerson", "el canciller Marcelo Ebrard";
- an apposition right after it: "Roberto Velasco, Director for North America of the
  Foreign Ministry," / "Omar García Harfuch, titular de la SSPC,".
A title before a name in an apposition ("el titular de la SSPC, Omar García Harfuch")
is the first shape with a comma.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import load_lexicon
from pesquisa.records import LocalEntity, Role, Span


@cache
def _head_pattern() -> re.Pattern[str]:
    heads = sorted(load_lexicon().title_heads(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b", re.I)


@cache
def _qualifiers() -> set[str]:
    q = load_lexicon().titles["qualifiers"]
    return {w.lower() for lang in q.values() for w in lang}


@cache
def _breaks() -> tuple[frozenset[str], frozenset[str]]:
    """Words a title never runs across, and those that may not precede an apposition's head (titles.yaml)."""
    titles = load_lexicon().titles
    both = frozenset(w.lower() for lang in titles["breaks"].values() for w in lang)
    return both, both | {w.lower() for w in titles["apposition_breaks"]}


@cache
def _clause_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().titles["clause_openers"])


@cache
def _dangling_ends() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().titles["dangling_ends"])


# a Spanish verb in the preterite ("encabezó", "firmaron", "detuvieron") makes the words after a name's comma a clause
# of its own ("Tras conversar con Trump, la presidenta encabezó la reunión"), no apposition
_PRETERITE = re.compile(r"\b[a-záéíóúñ]{3,}(?:ó|aron|ieron)\b")
# an English past verb ending the phrase right after its head, maybe with its day ("a federal judge ruled Tuesday", "a
# jury found on Monday"): the words after the name's comma are a clause that reports, no apposition
_REPORTED_AFTER_HEAD = re.compile(r"[ \xa0]+(?:[a-z]{2,}ed|said|told|wrote|found|held)(?:[ \xa0]+(?:on[ \xa0]+)?"
                                  r"(?:[A-Z][a-z]+day|today|yesterday|(?:last|this)[ \xa0]+\w+))?[ \xa0]*$")


_TITLE_WORD = r"(?:[A-ZÁÉÍÓÚ][\w.’'-]*|of|for|de|del|la|the|and|y|[a-záéíóú]+)"
# a run of title words ending the window before a name (compiled once: it ran for every person)
_TITLE_RUN = re.compile(rf"((?:{_TITLE_WORD}\s+){{0,17}}{_TITLE_WORD})\s*,?\s*$")


@cache
def _abbreviation_dot() -> re.Pattern[str]:
    """A rank or honorific ("Gen.", "Adm.", "Lt.") or a single capital, with its period, before a capital or the end."""
    titles = load_lexicon().titles
    forms = sorted({h.rstrip(".") for h in titles["honorifics"] + titles["rank_abbreviations"]}, key=len, reverse=True)
    return re.compile(rf"(?:\b(?:{'|'.join(re.escape(f) for f in forms)})|(?<![\w])[A-Z])\.(?=[ \xa0]*(?:[A-Z]|$))")


def _no_break(window: str, m: re.Match[str]) -> bool:
    """The period of ``m`` ends no sentence: a rank's, or an initial's after a capitalized word ("William J.") or in
    dotted capitals ("U.S."); "a post on X." ends one."""
    if len(m.group(0)) > 2:
        return True
    before = window[:m.start()]
    return bool(re.search(r"[A-Z]\.$", before) or re.match(r"[A-Z]\.", window[m.end():]) or
                re.search(r"(?<![\w.])[A-ZÁÉÍÓÚÑ][\w'’-]*[ \xa0]+$", before))


# the last period of dotted capitals before a word in lower case, which no sentence opens ("the U.S. ambassador")
_DOTTED_BEFORE_LOWER = re.compile(r"(?<=[A-Z]\.[A-Z])\.(?=[ \xa0]+[a-z])")


def _masked(window: str, *, dotted: bool = False) -> str:
    """``window`` with the periods that end no sentence (``_no_break``) hidden, the same length; with ``dotted``, also
    those of dotted capitals before a word in lower case (an apposition after a name: "Ronald Johnson, the U.S.
    ambassador to Mexico,"; before a name the title starts after them: "The U.S. |ambassador to Mexico| Ronald ...")."""
    chars = list(window)
    for m in _abbreviation_dot().finditer(window):
        if _no_break(window, m):
            chars[m.end() - 1] = "\x00"
    for m in _DOTTED_BEFORE_LOWER.finditer(window) if dotted else ():
        chars[m.start()] = "\x00"
    return "".join(chars)


def _last_break(window: str) -> int:
    """Where the text after the last sentence or clause break of ``window`` begins."""
    breaks = list(re.finditer(r"[.;:\n“”\"()]", _masked(window)))
    return breaks[-1].end() if breaks else 0


@cache
def _rank_run() -> re.Pattern[str]:
    forms = sorted(load_lexicon().titles["rank_abbreviations"], key=len, reverse=True)
    rank = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w.])((?:{rank})(?:[ \xa0]+(?:{rank}))*)[ \xa0]+$")


def _body_of(words: list[str]) -> bool:
    """The last of ``words`` is "of"/"de" after a capitalized organization word: "Bank of", "Banco de"."""
    return len(words) >= 2 and words[-1] in {"of", "de", "del"} and words[-2][:1].isupper() and \
        words[-2].lower() in names_data().org_words


def _ranks_before(window: str, start: int) -> tuple[str, int] | None:
    """Ranks written short right before ``start`` ("Lt. Col. ", "Gov. "), the title of a name with no other."""
    ranks = _rank_run().search(window)
    return (ranks.group(1), start - len(window) + ranks.start(1)) if ranks else None


def _adjective_of_body(phrase: str, head: re.Match[str]) -> bool:
    """The head is the capitalized "General" of a body's name, right after its organization word ("la Fiscalía
    General", "la Dirección General de ..."): no title, a body's name ("Attorney General" and "Consul General" keep
    theirs)."""
    before = phrase[:head.start()].split()
    return head.group(0) == "General" and bool(before) and before[-1].lower() in names_data().org_words


def _birth_order(phrase: str, head: re.Match[str]) -> bool:
    """True when the head, in lower case, tells an order of birth among kin, no office: "Guzmán Salazar, el |mayor| de
    los hermanos," (titles.yaml ``birth_order``)."""
    conf = load_lexicon().titles["birth_order"]
    rest = " ".join(phrase[head.end():].split()).lower()
    return head.group(0) in conf["heads"] and any(f"{rest} ".startswith(f"{w} ") for w in conf["after"])


def _before(text: str, start: int, people: list[Span]) -> tuple[str, int] | None:
    """The title phrase ending right before ``start`` ('Foreign Affairs Minister ')."""
    # a title runs across no one's name: "Judge Brian M. Cogan admonished |defense lawyer| César de Castro"
    window = text[max(0, start - 90, *(p.end for p in people if p.end <= start)):start]
    window = window[_last_break(window):]
    match = _TITLE_RUN.search(window)
    if not match:
        return None
    phrase = match.group(1).strip(" ,")
    words = phrase.split()
    # a break as written in running text, in lower case: a capitalized one is the title's own ("Under Secretary of
    # the Treasury"), or opens the phrase, where it cuts nothing off
    breaks = [w for w in re.finditer(r"\S+", phrase) if w.group(0) in _breaks()[0]]
    if breaks:  # "la que aprovechó un encuentro con la periodista": the title starts after "con"
        phrase = phrase[breaks[-1].end():].strip()
        words = phrase.split()
    served = phrase.rsplit(" to ", 1)
    if len(served) == 2 and _head_pattern().search(served[1]):  # "a former chief of staff to |President| López Obrador"
        phrase = served[1]
        words = phrase.split()
    # the phrase starts at its first title head (or a qualifier/adjective just before it)
    head = _head_pattern().search(phrase)
    while head is not None and (_adjective_of_body(phrase, head) or _birth_order(phrase, head)):
        head = _head_pattern().search(phrase, head.end())  # "fuentes de la Fiscalía General de la República, Marín"
    if not head:
        return _ranks_before(window, start)
    begin = head.start()
    before_words = phrase[:begin].split()
    while before_words and ((before_words[-1][:1].isupper() and before_words[-1].lower() not in _qualifiers() and
                             before_words[-1].lower() not in _clause_openers()) or _body_of(before_words)):
        before_words.pop()  # "Bank of Mexico| Governor": the body of the office, "of" and all
    begin = len(" ".join(before_words)) + (1 if before_words else 0)
    title = re.sub(r"[ \xa0]+(?:named|called|llamad[oa]|de nombre)$", "", phrase[begin:].strip())  # "a commander named"
    if not title or len(words) > 19 or title.split()[-1].lower() in _dangling_ends():
        return None  # "jefe de seguridad de| Iván Archivaldo": the name is the object of the last word
    title_start = start - len(window) + window.rfind(phrase) + begin
    if any(title_start <= p.start < title_start + len(title) for p in people):
        return None  # "President López Obrador’s morning press conference, Ebrard": another person, no title
    return title, title_start


def _after(text: str, end: int, people: list[Span]) -> tuple[str, int] | None:
    """The apposition after a name: ', Director for North America of the Foreign Ministry,'."""
    window = text[end:end + 140]
    masked = _masked(window, dotted=True)  # "at the William J. Perry Center", "the U.S. ambassador"
    # a line break ends it: a headline's apposition runs into no dateline ("..., primer titular del Cisen\n\nCiudad de México")
    match = re.match(r",[ \t\xa0]+((?:a|an|the|el|la|los|las)\s+)?([^,.;:()“”\"\n]{3,120}?)(?=,|\.|;|\)|\n|$)", masked)
    if not match:
        return None
    phrase = window[match.start(2):match.end(2)].strip()
    head = _head_pattern().search(phrase)
    if not head or head.start() > 40 or len(phrase.split()) > 14 or _birth_order(phrase, head):
        return None
    if any(w.lower() in _breaks()[1] for w in phrase[:head.start()].split()):
        return None  # "ambos del riñón del Presidente": the head belongs to someone else
    if _REPORTED_AFTER_HEAD.match(phrase, head.end()):
        return None  # "Enrique Camarena, a federal judge ruled Tuesday": the head is a reporting clause's subject
    start = end + match.start(2)
    if re.search(r"\b(que|that|who|quien|said|dijo)\b", phrase) or _PRETERITE.search(phrase) or any(
            start <= p.start < start + len(phrase) for p in people):
        return None  # a clause, or another person named: not an apposition
    return phrase, start


def extract_roles(text: str, entities: list[LocalEntity], *, published: str | None) -> list[Role]:
    """Titles the document gives its people, each with its span and qualifier ('then', 'former').

    Also appends each title to its person's ``LocalEntity.titles`` (changes ``entities``;
    quote attribution reads them to resolve "the foreign minister").
    """
    roles: list[Role] = []
    seen: set[tuple[str, str]] = set()
    people = [m.span for e in entities if e.type == "person" for m in e.mentions]
    for entity in entities:
        if entity.type != "person":
            continue
        for mention in entity.mentions:
            for found in (_before(text, mention.span.start, people), _after(text, mention.span.end, people)):
                if not found:
                    continue
                title, start = found
                qualifier = None
                prefix = text[max(0, start - 12):start].lower().split()
                if prefix and prefix[-1] in _qualifiers():
                    qualifier = prefix[-1]
                key = (entity.local_id, title.lower())
                if key in seen:
                    continue
                seen.add(key)
                org = next((m.local_id for e in entities if e.type == "organization" for m in e.mentions
                            if start <= m.span.start and m.span.end <= start + len(title)), None)
                roles.append(Role(entity.local_id, title, Span(start, start + len(title)), organization=org,
                                  qualifier=qualifier, date=published))
                entity.titles.append(title)
    return roles
