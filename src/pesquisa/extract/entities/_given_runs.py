"""A first given name the model cuts off a person whose next given name it keeps: "said |Wilfredo| |Antonio Henríquez
Menjívar|, known as ..." (the English model's place "Wilfredo" and a person of given name and two surnames). A one-word
place or organization of the model that is a given name or a word no list holds, right before (one space) a model
person of three words or more opened by a given name the lexicon lists, is that person's first given name: Central
American and Colombian names of two given names and two surnames. So is a whole name of that shape the model reads as
one organization or place ("Police said |Nelson Ernesto Portillo Ayala| was detained"): three or four capitalized
words, the first a given name or a word no list holds (no saint's or place's head word: "San Juan Bautista"), the
second a listed given name, the rest no given name, no body's or title's word and no known place. And the surnames of
a person the model reads as a place of their own after the given names ("capturó a |Byron Estuardo| |Lima Oliva|",
whose first surname is a capital): a model place or organization of one or two capitalized words, no known place
as a whole and no body's or place's head word, one space after a model person of one or two given names (listed or
unknown words), are that person's surnames; so are they after given names the model tags as nothing
(`_untagged_given`)."""

from __future__ import annotations

import re

from pesquisa.extract.entities._given_first import unknown_word
from pesquisa.extract.entities._names import clean_person_name, is_given_name, is_known_place, names_data
from pesquisa.extract.entities._untagged_given import untagged_given_people
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+")  # one capitalized word, no initial nor abbreviation


def _first_given(text: str, m: Mention, person: Mention) -> bool:
    """``m`` is one word the model calls a place or organization, a given name or an unknown word, one space before
    ``person``, a model person of three words or more opened by a listed given name."""
    return person.span.start == m.span.end + 1 and m.type in {"place", "organization"} and m.source == "model" and \
        not m.key and person.type == "person" and text[m.span.end] == " " and _WORD.fullmatch(m.text) is not None and \
        (is_given_name(m.name) or unknown_word(m.name)) and len(person.name.split()) >= 3 and \
        is_given_name(person.name.split()[0])


def given_before_people(text: str, model: list[Mention]) -> list[Mention]:
    """``model`` with each first given name cut off its person (see the module docstring) joined to that person."""
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for i, m in enumerate(model):
        j = next((j for j, p in enumerate(model) if _first_given(text, m, p)), None)
        if j is None or j in joined:
            continue
        span = Span(m.span.start, model[j].span.end)
        cleaned = clean_person_name(text[span.start:span.end], span.start)
        if cleaned is None or cleaned[0] != text[span.start:span.end]:
            continue
        joined[j] = Mention("person", cleaned[0], span, cleaned[0], source="model")
        dropped.add(i)
    return [joined.get(i, m) for i, m in enumerate(model) if i not in dropped]


def _person_named_whole(m: Mention) -> bool:
    """``m``, a model organization or place, is a name of one or two given names and one or two surnames (see the
    module docstring)."""
    names = names_data()
    words = m.name.split()
    if m.type == "person" or m.source != "model" or m.key or not 3 <= len(words) <= 4 or m.name != m.text:
        return False
    if any(not w[:1].isupper() or w.isupper() or w.lower() in names.org_words | names.title_words | names.particles or
           is_known_place(w) or load_lexicon().place_key(w) or load_lexicon().org_key(w) for w in words):
        return False
    first_ok = is_given_name(words[0]) or unknown_word(words[0])
    return first_ok and words[0].lower() not in names.geo_words and is_given_name(words[1]) and \
        not any(is_given_name(w) for w in words[2:]) and not load_lexicon().org_key(m.name) and \
        not load_lexicon().place_key(m.name)


def whole_names_as_people(model: list[Mention]) -> list[Mention]:
    """``model`` with each organization or place shaped as a person's whole name (see the module docstring) read as
    that person."""
    return [Mention("person", m.text, m.span, m.name, source="model") if _person_named_whole(m) else m for m in model]


def _surnames_of(text: str, person: Mention, m: Mention) -> bool:
    """``m`` is the surnames of ``person``, given names alone, read as a place or organization (see the module
    docstring)."""
    # the two names side by side first: this is asked of every pair of the model's names
    if m.span.start != person.span.end + 1 or person.type != "person" or m.type not in {"place", "organization"}:
        return False
    given = person.name.split()
    return person.source == "model" and len(given) <= 2 and \
        all(is_given_name(w) or unknown_word(w) for w in given) and \
        text[person.span.end] == " " and _surnames_shaped(m)


def _surnames_shaped(m: Mention) -> bool:
    """``m``, a model place or organization, is shaped as one or two surnames: capitalized words, no given name and no
    body's, title's or place's word, no known place or body."""
    names = names_data()
    words = m.name.split()
    return m.type in {"place", "organization"} and m.source == "model" and not m.key and m.name == m.text and \
        1 <= len(words) <= 2 and \
        all(_WORD.fullmatch(w) for w in words) and \
        not any(w.lower() in names.org_words | names.title_words | names.geo_words or is_given_name(w) for w in words) and \
        not is_known_place(m.name) and not load_lexicon().place_key(m.name) and not load_lexicon().org_key(m.name)


def surnames_read_as_places(text: str, model: list[Mention]) -> list[Mention]:
    """``model`` with each person of given names alone joined to the surnames the model read as a place after it."""
    out, dropped = [], set()
    for person in model:
        tail = next((m for m in model if _surnames_of(text, person, m)), None)
        span = Span(person.span.start, tail.span.end) if tail else None
        cleaned = clean_person_name(text[span.start:span.end], span.start) if span else None
        if tail is None or span is None or cleaned is None or cleaned[0] != text[span.start:span.end]:
            out.append(person)
            continue
        out.append(Mention("person", cleaned[0], span, cleaned[0], source="model"))
        dropped.add(id(tail))
    kept = [m for m in out if id(m) not in dropped]
    return untagged_given_people(text, kept, [m for m in kept if _surnames_shaped(m)])  # "..., María Fernanda |Olguín|"
