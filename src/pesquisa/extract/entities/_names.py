"""Names data (``names.yaml``, titles) and the rules that clean a span into a person's name."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache

from rigour.names import extract_org_types

from pesquisa.calendar import weekday_numbers
from pesquisa.lexicon import fold, load_lexicon, read_data

PERSON_LABELS = {"PERSON", "PER"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NAME_TOKEN = re.compile(r"^[A-ZÁÉÍÓÚÑÜ][\w'’.\-]*$")
DETERMINERS = re.compile(r"(?:\b(?:the|la|el|los|las|del|al|de la|de los|of the|por la|por el)\s+)$", re.I)
# where a surname goes on after a capital inside it: "Claver-Carone", "McCaul", "MacArthur", "DeSantis"
INNER_CAPITAL = r"(?:(?<=-)|(?<=Mc)|(?<=Mac)|(?<=De)|(?<=Di)|(?<=La))"
QUOTE_CHARS = "\"“”«»'‘’"


@dataclass(slots=True)
class Names:
    org_words: set[str]
    sole_bodies: set[str]
    led_by_name: dict[str, set[str]]
    headline_verbs: set[str]
    particles: set[str]
    not_names: set[str]
    credits: list[str]
    withheld: list[str]
    title_heads: set[str]
    title_words: set[str]
    honorifics: set[str]
    geo_words: set[str]
    geo_tails: set[str]
    crossing_tails: list[str]  # lower case
    crossing_heads: list[str]  # lower case
    crossing_after: list[str]
    programme_words: set[str]  # lower case
    company_suffixes: list[str]
    demonyms: set[str]
    given_names: set[str]  # folded
    org_cues: list[str]
    member_nouns: set[str]
    group_words: set[str]  # folded
    surname_org_words: set[str]
    institution_heads: list[str]
    nicknames: dict[str, str]  # nickname as written ("El Chapo") -> full name
    given_abbreviations: set[str]  # "Ma.", "Fco."
    company_heads: set[str]  # lower case: "cambios", "divisas"
    local_modifiers: set[str]  # lower case: "municipal", "estatal"


@cache
def title_word_before() -> re.Pattern[str]:
    """A title word or an honorific ending a window right before a name, the honorific's dot left out as British,
    Irish and Ghanaian papers write it ("Mr Jabre said", "Dr Amoako"); compiled once."""
    honorifics = "|".join(re.escape(h) for h in names_data().honorifics)
    return re.compile(r"\b(?:" + "|".join(names_data().title_words) + rf"|(?:{honorifics})\.?)\s+$", re.I)


@cache
def names_data() -> Names:
    data = read_data("names.yaml")
    lex = load_lexicon()
    heads = lex.title_heads()
    # the small and common words of long titles ("Special Agent in Charge", "Federal Public Defender", "abogado
    # defensor") are no title on their own: "the RCMP Federal Policing program", "Defensoras de Derechos Humanos"
    title_words = {w for h in heads for w in h.split()} - {"of", "de", "del", "la", "general"} - \
        {"in", "charge", "federal", "public", "defense", "defensor", "defensora"}
    title_words |= {f"{ex}{w}" for w in title_words for ex in ("ex", "ex-") if w[:1].isalpha()}  # "exgobernador"
    return Names(
        org_words={w.lower() for w in data["org_words"] + data["company_heads"]},
        sole_bodies={w.lower() for w in data["sole_bodies"]},
        led_by_name={lang: {w.lower() for w in words} for lang, words in data["led_by_name"].items()},
        headline_verbs={fold(w) for w in data["headline_verbs"]},
        particles={p.lower() for p in data["particles"]},
        not_names={w.lower() for w in data["not_names"]} | _weekdays(data),
        credits=data["credits"],
        withheld=data["withheld_surname"],
        title_heads=heads,
        title_words=title_words | {"general", "gral", "gen"},
        honorifics={h.lower().rstrip(".") for h in lex.titles["honorifics"]},
        geo_words={w.lower() for w in data["geo_words"]},
        geo_tails={w.lower() for w in data["geo_tails"]},
        crossing_tails=[w.lower() for w in data["crossing_tails"]],
        crossing_heads=[w.lower() for w in data["crossing_heads"]],
        crossing_after=sorted(data["crossing_after"], key=len, reverse=True),
        programme_words={w.lower() for w in data["programme_words"]},
        company_suffixes=data["company_suffixes"],
        demonyms={fold(w) for w in data["demonyms"]},
        given_names={fold(w) for lang in data["given_names"].values() for w in lang},
        org_cues=[c for lang in data["org_cues"].values() for c in lang],
        member_nouns={fold(w) for lang in data["member_nouns"].values() for w in lang},
        group_words={fold(w) for lang in data["group_words"].values() for w in lang},
        surname_org_words={w.lower() for w in data["surname_org_words"]},
        institution_heads=list(data["institution_heads"]),
        nicknames={str(k): str(v) for k, v in data["nicknames"].items()},
        given_abbreviations=set(data["given_abbreviations"]),
        local_modifiers={w.lower() for w in data["local_body_modifiers"]},
        company_heads={w.lower() for w in data["company_heads"]},
    )


def _weekdays(data: dict) -> set[str]:
    """The weekday names that open no one's name ("On Tuesday Ovidio Guzmán López ..."), but those given to people
    ("Domingo")."""
    given = {fold(w) for lang in data["given_names"].values() for w in lang}
    return {w for w in weekday_numbers() if fold(w) not in given}


def is_given_name(word: str) -> bool:
    """True when ``word`` is a common given name (names.yaml), in any case or accents."""
    return fold(word) in names_data().given_names


def is_headline_verb(word: str, *, alone: bool = False) -> bool:
    """A Spanish verb that opens a headline ("Capturan en Sonora a ...", "Abandonan Jeep Cherokee con ..."): one of
    names.yaml ``headline_verbs``, or, before more words of a name (not ``alone``), a third person plural of the
    present the list lacks ("Relevan", "Exhiben"), which no given name or known place spells (a name ending so
    carries an accent: "Julián", "Germán"); a surname alone ("Sullivan dijo") is left to the list."""
    if fold(word) in names_data().headline_verbs:
        return True
    return not alone and re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{3,}(?:an|en)", word) is not None and \
        not is_given_name(word) and not is_known_place(word)


def alias_key(alias: str) -> str:
    """An alias folded without its quotes and leading article: “El Chapo Isidro” -> "chapo isidro"."""
    return fold(re.sub(r"^(?:el|la|los|las|the)\s+", "", alias.strip(QUOTE_CHARS + " "), flags=re.I))


def nickname_owner(nickname: str) -> str | None:
    """Full name of the prominent person known by ``nickname`` ('El Chapo', 'el Chapo', 'Chapo'), or None."""
    key = alias_key(nickname)
    for nick, full in names_data().nicknames.items():
        if fold(re.sub(r"^(?:el|la)\s+", "", nick, flags=re.I)) == key:
            return full
    return None


@cache
def raw_demonyms() -> tuple[str, ...]:
    """Nationalities as written, lowercase ones only: they sit between a title and a name ('periodista ruso')."""
    return tuple(w for w in read_data("names.yaml")["demonyms"] if w[:1].islower())


@cache
def _known_places() -> set[str]:
    data = read_data("regions.yaml")
    return {fold(n) for n in data}


def in_any(word: str, *sets: AbstractSet[str]) -> bool:
    """``word`` is in one of ``sets``: ``word in a | b`` without building the union on every call."""
    return any(word in words for words in sets)


def place_forms(name: str, aliases: tuple[str, ...] | list[str]) -> list[str]:
    """A lexicon place's forms, and those of two words or more as a dateline sets them in capitals ("CIUDAD DE MÉXICO
    (apro).-", "NUEVO LAREDO, Tamps.-"); one word in capitals stays the model's to read (an acronym may spell it)."""
    forms = [name, *aliases]
    return forms + [f.upper() for f in forms if " " in f and f != f.upper() and f.upper() not in forms]


def is_known_place(word: str) -> bool:
    return fold(word) in _known_places()


@cache
def _law_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = read_data("names.yaml")
    return frozenset(data["law_heads"]), frozenset(data["law_next"]), frozenset(data["law_tails"])


def names_law(name: str) -> bool:
    """``name`` is a law's or a code's ("Ley de Seguridad Nacional", "Código Penal Federal", "Bank Secrecy Act")."""
    heads, following, tails = _law_words()
    words = name.split()
    return len(words) > 1 and ((words[0] in heads and words[1] in following) or words[-1] in tails)


def without_article(surface: str) -> str:
    """A body's or place's name without the article before it, unless a known place opening it carries the
    article as its own: "El Paso Police Department", "Los Angeles County Sheriff's Department" (no "Paso Police
    Department")."""
    name = re.sub(r"^(the|The)\s+", "", surface)
    words = name.split()
    if len(words) > 2 and words[0] in {"El", "La", "Los", "Las"} and \
            any(load_lexicon().place_key(" ".join(words[:n])) for n in (2, 3)):
        return name
    return re.sub(r"^(la|La|el|El)\s+", "", name)


def _is_name_token(word: str, names: Names) -> bool:
    return bool(NAME_TOKEN.match(word)) or word.lower() in names.particles


# words of ``not_names`` that are not stripped off a longer name: articles and demonstratives ("la Firma" is no
# name), and the honorifics of a nickname ("Don Neto")
_KEPT_OPENERS = frozenset({"el", "la", "los", "las", "the", "this", "that", "these", "those", "este", "esta", "estos",
                           "estas", "ese", "esa", "dicho", "dicha", "don", "doña"})


def title_word(word: str, names: Names) -> bool:
    """A title word, singular or plural ("Assistant U.S. |Attorneys| Kristen Rees and ...")."""
    low = word.lower()
    return low in names.title_words or (low.endswith("s") and (low[:-1] in names.title_words or
                                                                (low.endswith("es") and low[:-2] in names.title_words)))


def _surname(word: str, i: int, words: list[str], names: Names) -> bool:
    """An organization word that is a surname here: after a given name ("Sandra Ley Gutiérrez")."""
    return word.lower() in names.surname_org_words and i > 0 and is_given_name(words[0])


def _acronym(word: str, i: int, count: int) -> bool:
    """A word in capitals that is no initial (with its dot, or alone between a given name and a surname: "Luis R
    Conriquez"), no run of initials before a surname that names no place or body ("J.R. Delgado", not "U.S. Marshals")
    and no generation ("III")."""
    return word.isupper() and word not in {"II", "III"} and not re.fullmatch(r"[A-ZÁÉÍÓÚÑ]\.", word) and \
        not (len(word) == 1 and 0 < i < count - 1) and not _initials(word, i, count)


def _initials(word: str, i: int, count: int) -> bool:
    """'J.R.', 'A.J.' before the surname: a person's initials, unless the letters name a place or a body ("U.S.")."""
    lexicon = load_lexicon()
    return i < count - 1 and bool(re.fullmatch(r"(?:[A-ZÁÉÍÓÚÑ]\.){2,3}", word)) and \
        lexicon.place_key(word) is None and lexicon.org_key(word) is None


def _place_glued(words: list[str]) -> bool:
    """The place of a title glued to the name: "exgobernador de |Tamaulipas| Tomás Yarrington Ruvalcaba", "the
    ambassador to |Mexico| Ronald Johnson"."""
    return len(words) >= 3 and (is_known_place(words[0]) or load_lexicon().place_key(words[0]) is not None) and \
        is_given_name(words[1]) and not is_given_name(words[0])


def _lead_word(words: list[str], names: Names) -> bool:
    """The first of ``words`` goes before the name: an honorific, a title's word, a clause's opener ("Según X Y"),
    "Don"/"Doña" before two words ("Doña Lupita Hernández"; "Don Neto" stays) or a nationality ("Guatemalan (Aler
    Samayoa Recinos)")."""
    return words[0].lower().rstrip(".") in names.honorifics or title_word(words[0], names) or \
        (len(words) > 1 and words[0].lower() in names.not_names - _KEPT_OPENERS) or \
        (len(words) > 2 and (words[0].lower() in {"don", "doña"} or _nationality_word(words[0], names)))


def _nationality_word(word: str, names: Names) -> bool:
    """The word is a nationality as written, not a given name it folds to ("Guatemalan", "German"; not "Germán")."""
    return fold(word) in names.demonyms and (not is_given_name(word) or word in read_data("names.yaml")["demonyms"])


def clean_person_name(text: str, start: int) -> tuple[str, int, str | None] | None:
    """(name, new start, stripped title) of a person span, or None if it is no name."""
    names = names_data()
    title_parts: list[str] = []
    stripped = text.strip(QUOTE_CHARS + " ,;:")
    start += text.find(stripped) if stripped else 0
    stripped = re.sub(r"['’]s$", "", stripped)
    # the model glues what a possessive owns to the name: "Trump’s Executive (Order)"
    stripped = re.split(r"['’]s\s", stripped, maxsplit=1)[0]
    words = stripped.split()
    while words and _lead_word(words, names):
        title_parts += [words[0]] if words[0].lower() not in names.not_names and fold(words[0]) not in names.demonyms else []
        cut = stripped.find(words[0]) + len(words[0])
        rest = stripped[cut:]
        start += cut + (len(rest) - len(rest.lstrip()))
        stripped = rest.lstrip()
        words = words[1:]
    inner = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower() in names.title_words and
                  is_given_name(words[k + 1]) and len(words) - k - 1 >= 2), None)
    if inner is None and len(words) >= 4 and not any(is_given_name(w) or w.lower() in names.particles
                                                       for w in words[:2]):
        # the end of an office's name before the name: "(Under Secretary for Terrorism and) Financial
        # Intelligence Brian E. Nelson": two words that are no given name, then one and a surname
        inner = next((k - 1 for k in range(2, len(words) - 1) if is_given_name(words[k])), None)
    if inner is not None:
        # the rest of a title before the name: "(Chief) Patrol Agent Ricardo Guerra", "Border Agent Ana Ruiz"
        title_parts += words[:inner + 1]
        cut = stripped.find(words[inner + 1], len(" ".join(words[:inner + 1])))
        start += cut
        stripped, words = stripped[cut:], words[inner + 1:]
    if _place_glued(words):
        cut = stripped.find(words[1], len(words[0]))
        start += cut
        stripped, words = stripped[cut:], words[1:]
    if not words or (len(words) > 1 and words[-1].lower().rstrip(".") in names.honorifics - {"sr", "jr"}):
        return None  # a title ending in a rank, the name after it: "Defense Secretary Gen(. Ricardo ...)"
    if any(not _is_name_token(w, names) for w in words):
        return None
    if any(re.search(r"['’]s\b|-[a-z]", w) for w in words[:-1]) or (re.search(r"-[a-z]+$", words[-1]) and len(words) > 1 \
            and not re.search(r"-[a-z]+$", words[0])):
        return None  # "Walker’s Greensboro-area": a possessive or a compound inside is no name
    if words[0].lower() in names.particles | names.local_modifiers or \
            words[-1].lower() in names.particles - {"jr.", "jr", "sr.", "ii", "iii"}:
        return None  # "Municipal de Tecpan": the rest of a local body's name cut after its head ("la Policía|")
    if any((w.strip(".,").lower() in names.org_words and not _surname(w, i, words, names)) or fold(w) in names.group_words
           for i, w in enumerate(words)) or extract_org_types(stripped):
        return None  # organization or group words ("Madres Buscadoras"), or a legal form rigour knows ("GmbH")
    if len(words) == 1 and words[0].lower() in names.not_names:
        return None
    if any(w.lower() in names.not_names - names.particles - _KEPT_OPENERS for w in words[1:]):
        return None  # "Amparo Penal" (a court's matter), not a given name and a surname
    if words[0].lower() in names.geo_words or (len(words) > 1 and words[-1].lower() in names.geo_tails):
        return None  # "Bahía de Banderas", "Hudson Bay"; a Spanish surname may be one ("Farías Laguna")
    if any(_acronym(w, i, len(words)) for i, w in enumerate(words)):
        return None  # acronyms belong to organizations or headlines
    if len([w for w in words if w.lower() not in names.particles]) > 5 or re.search(r"\d|https?:|#|@", stripped):
        return None  # up to five name words: "Manuel Montesinos Díez de la Lastra" has six with particles
    return stripped, start, " ".join(title_parts) or None
