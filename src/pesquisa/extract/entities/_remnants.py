"""What the model calls an organization or a person that is the rest of a title or a headline: a person's title
with its office ("Fiscal General del Estado", "the Secretaries of Foreign Relations"), a rank after its
abbreviation ("Gral. de División Diplomado"), a run of a Title Case headline ("... With Trafficking Fentanyl"), and
an abstract noun of an office's name ("Migración")."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention

# title heads that also open the names of bodies or things ("General Motors", "Chief Executive", "Fiscal Policy")
_SHARED_HEADS = frozenset({"general", "head", "chief", "executive", "assistant", "deputy", "counsel", "fiscal",
                           "official", "leader", "boss", "expert", "titular", "suspect", "defendant"})


@cache
def _title_opening() -> re.Pattern[str]:
    heads = sorted(names_data().title_heads - _SHARED_HEADS, key=len, reverse=True)
    alternation = "|".join(re.escape(h) for h in heads)
    # the head, maybe plural or joined to another word ("Director-General", "Inspector-General"), then the end of the
    # name or its office after "of"/"de" ("Fiscal General| del Estado")
    return re.compile(rf"(?:{alternation})(?:-\w+)*(?:e?s)?(?:$|[ \xa0]+(?:of|for|de|del|para)\b)", re.I)


def title_remnant(mention: Mention) -> bool:
    """A model organization that is a person's title ("Fiscal General del Estado", "Secretaries of Foreign
    Relations") or opens with an honorific or rank abbreviation ("Gral. de División Diplomado"): no organization."""
    if mention.type != "organization" or mention.source != "model":
        return False
    first = mention.name.split()[0]
    if first.endswith(".") and first.lower().rstrip(".") in names_data().honorifics:
        return True
    rest = _without_country(mention.name)  # "US Chargé" is a title; "U.S. Marshals", a plural head, the service
    return bool(_title_opening().match(mention.name)) or rest.split("-")[0].split(" ")[0].lower() in names_data().title_heads


def _without_country(name: str) -> str:
    """``name`` without a country or nationality before it ("US Chargé" -> "Chargé"), or "" when none opens it."""
    first, _, rest = name.partition(" ")
    known = is_known_place(first) or load_lexicon().place_key(first) or fold(first) in names_data().demonyms
    return rest if known and rest else ""


@cache
def _abstract_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = read_data("names.yaml")
    return tuple(data["abstract_endings"]), tuple(data["abstract_openings"])


def abstract_noun_person(mention: Mention) -> bool:
    """A person of one word the model or a coordination read that is an abstract noun, no given name ("Derechos
    Humanos, |Migración| y |Población|" of an office's name), or a model person opened by one ("Centro de
    |Reinserción Social| de Hermosillo"): no person."""
    words, (endings, openings) = mention.name.split(), _abstract_endings()
    if mention.type != "person" or mention.source not in {"model", "rule"} or not words or is_given_name(words[0]):
        return False
    return words[0].lower().endswith(endings) if len(words) == 1 else \
        mention.source == "model" and words[0].lower().endswith(openings)


@cache
def _headline_verbs() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["headline_verbs_en"])


def headline_person(text: str, mention: Mention) -> bool:
    """A model person on the headline's line with no given name, one of whose words the article writes in lower
    case ("... Charged With |Trafficking Fentanyl|", "Laundering Probe Widens") or is a headline's verb ("|Mexico
    Arrests Ex-Governor|"): words of the headline."""
    if mention.type != "person" or mention.source != "model" or "\n" in text[:mention.span.start].strip():
        return False
    words = mention.name.split()
    if len(words) < 2 or any(is_given_name(w) for w in words):
        return False
    if any(w in _headline_verbs() for w in words[1:]):
        return True  # "Mexico Arrests Ex-Governor": a subject, its verb and its object
    lowered = set(re.findall(r"\b[a-záéíóúñ]+\b", text[text.find("\n") + 1:] if "\n" in text else ""))
    return any(w.lower() in lowered for w in words)


_PLACE_CUE = re.compile(r"\b(?:en|in|de|of|desde|hacia|from|to|at|near|a)[ \xa0]+$", re.I)


def given_name_place(text: str, mention: Mention) -> bool:
    """A model place that is a given name alone, no known place, not after "en"/"in"/"de" ("Gracias, |Omar|.", a
    transcript's host thanking a minister): a person named by the first name, whom the text does not identify; not
    before a capitalized word, a surname the model cut off ("Cecilia| Farfán-Méndez")."""
    if mention.type != "place" or mention.source != "model" or " " in mention.name or not is_given_name(mention.name):
        return False
    lexicon = load_lexicon()
    return not (is_known_place(mention.name) or lexicon.place_key(mention.name) or
                _PLACE_CUE.search(text, max(0, mention.span.start - 8), mention.span.start) or
                re.match(r"[ \xa0-]+[A-ZÁÉÍÓÚÑ]", text[mention.span.end:mention.span.end + 3]))  # "Cecilia| Farfán"


def preterite_place(text: str, mention: Mention) -> bool:
    """A model place or organization of one word opening a sentence that ends like a Spanish preterite ("|Falleció|
    este martes ...", "|Murió| en el hospital"): the sentence's verb, no known place."""
    if mention.type == "person" or mention.source != "model" or " " in mention.name or \
            re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}(?:ó|ió)", mention.name) is None:
        return False
    # the start of a line or sentence, or a dateline's dash ("Los Mochis, Sinaloa.- Falleció ...")
    opens = re.search(r"(?:^|[.!?:\n—–-])[ \xa0\"“]*$", text[max(0, mention.span.start - 4):mention.span.start]) is not None
    return opens and not (is_known_place(mention.name) or load_lexicon().place_key(mention.name))


def without_remnants(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without titles, headline runs and abstract nouns read as names (see the module docstring), nor a
    given name alone or a sentence's verb read as a place."""
    return [m for m in mentions if not (title_remnant(m) or headline_person(text, m) or abstract_noun_person(m) or
                                        given_name_place(text, m) or preterite_place(text, m))]
