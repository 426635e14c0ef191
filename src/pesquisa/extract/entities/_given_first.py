"""A given name the model calls a place or an organization by itself, its surnames left untagged after it:
"Cecilia| Farfán-Méndez of the University of California San Diego said" (the model's place "Cecilia"). The given
name and the capitalized words right after it are the person. So is a name given to both sexes that is a surname too
("Cruz", "Trinidad"; ``unisex_given_names``) when the model reads the words right after it as a person ("detuvieron a
|Cruz| |Valencia Pineda|"): it read a place "Cruz" and the man without his given name; and so is a word no list
holds right before two surnames the model reads as a person ("Prosecutors said |Wilfredo| |Ovando Zelaya| ran ...")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pesquisa.extract.entities._names import clean_person_name, is_given_name, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention, Span

_SURNAMES = re.compile(r"[ \xa0]+[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \xa0]+(?:(?:de|del|de la)[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\w'’-]+)?")


@cache
def _unisex() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("names.yaml")["unisex_given_names"])


def _opens_person(text: str, m: Mention, model: list[Mention]) -> bool:
    """``m`` is one word the model calls a place or organization, a given name; or a name given to both sexes right
    before a model person ("|Cruz| Valencia Pineda")."""
    if m.type == "person" or m.source != "model" or " " in m.name:
        return False
    before_surnames = any(o.type == "person" and o.source == "model" and o.span.start == m.span.end + 1 and
                          text[m.span.end] == " " for o in model)
    surnames = _SURNAMES.match(text, m.span.end)
    return is_given_name(m.name) or (fold(m.name) in _unisex() and before_surnames) or \
        (before_surnames and unknown_word(m.name) and surnames is not None and len(surnames.group(0).split()) == 2)


@lru_cache(maxsize=1 << 14)
def unknown_word(word: str) -> bool:
    """A capitalized word (no acronym) that no place, body or title of the lexicon and names data holds: a given name
    the English model does not know, cut off the surnames it reads as the person ("|Wilfredo| Ovando Zelaya").

    Kept per word (the data files are read once per process): the pairs of model names asked it thousands of times per
    hundred documents, each time joining three word sets and looking the word up in the lexicon."""
    return word[:1].isupper() and not word.isupper() and word.lower() not in _listed_words() and \
        not is_known_place(word) and not load_lexicon().place_key(word) and not load_lexicon().org_key(word)


@cache
def _listed_words() -> frozenset[str]:
    """The names data's organization, title and not-a-name words, lower case."""
    names = names_data()
    return frozenset(names.org_words | names.title_words | names.not_names)


def given_name_people(text: str, model: list[Mention]) -> list[Mention]:
    """``model`` with each one-word given name the model calls a place or organization, followed by one or two
    capitalized words that are no title, body or place, read as that person."""
    names = names_data()
    out = []
    for m in model:
        after = _SURNAMES.match(text, m.span.end) if _opens_person(text, m, model) else None
        words = after.group(0).split() if after else []
        if after is None or any(w.lower() in names.org_words | names.title_words or is_known_place(w) or is_given_name(w)
                                for w in words if w not in {"de", "del", "la"}):
            out.append(m)
            continue
        span = Span(m.span.start, after.end())
        cleaned = clean_person_name(text[span.start:span.end], span.start)
        if cleaned is None or cleaned[0] != text[span.start:span.end] or \
                any(o is not m and o.span.overlaps(span) and o.type != "person" for o in model):
            out.append(m)
            continue
        out.append(Mention("person", cleaned[0], span, cleaned[0], source="model"))
    return out


def given_first_words(people: list[Mention]) -> set[str]:
    """The first words of the people's full names (three words or more, so a given name and two surnames), no place the
    gazetteer knows, no particle and no given name the lexicon lists (those join otherwise; "Joaquín, otro de los
    hermanos" is no father): "Ceci" of "Ceci Flores Armenta", whom a feature goes on calling by it."""
    names = names_data()
    return {w for w in (m.name.split()[0] for m in people if len(m.name.split()) >= 3)
            if w[:1].isupper() and w.lower() not in names.particles and not is_given_name(w) and not is_known_place(w) and
            not load_lexicon().place_key(w) and not load_lexicon().org_key(w)}
