"""Groups the model takes for a person or a place: a name built of group words ("Madres Buscadoras de
Sonora", "Amnistía Internacional", ``group_words`` in names.yaml), or a body named after its members
("Analistas de Banorte", "integrantes de Los Mexicles", ``member_nouns``). A quoted name glossed as a group right
after it ("the “Tigrillos”, a violent group of gunmen") is that group's."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import QUOTE_CHARS, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention, Span

# members of the body before its name ("Elementos de la ", "Agents of the ", "Analistas de ")
_MEMBERS_OF = re.compile(r"^(\w+)[ \xa0]+(?:de[ \xa0]+la|de[ \xa0]+los|de[ \xa0]+las|del|de|of[ \xa0]+the|of)"
                         r"[ \xa0]+(?=[A-ZÁÉÍÓÚ])")


@cache
def _record_labels() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["record_labels"])


def trim_member_lead(surface: str) -> str:
    """``surface`` without a lead naming the body's members: "Elementos de la Fiscalía del Estado" ->
    "Fiscalía del Estado", "Analistas de Banorte" -> "Banorte"; or a list's field label ("POB Toluca" -> "Toluca")."""
    label = re.match(r"(\w+)[ \xa0]+(?=[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:\W|$))", surface)
    if label and label.group(1) in _record_labels():
        return surface[label.end():]  # "POB |Tejupilco|": a sanctions list's field label
    lead = _MEMBERS_OF.match(surface)
    return surface[lead.end():] if lead and fold(lead.group(1)) in names_data().member_nouns else surface


def members_body(untrimmed: str, name: str) -> bool:
    """``name`` followed a members' lead in ``untrimmed`` ("Analistas de Banorte") and is no known place: the
    body they belong to, an organization."""
    lead = _MEMBERS_OF.match(untrimmed)
    return lead is not None and fold(lead.group(1)) in names_data().member_nouns and \
        not (is_known_place(name) or load_lexicon().place_key(name))


def group_organization(text: str, span: Span) -> Mention | None:
    """The organization a model "person" of two capitalized words or more names when it holds a group word
    ("Madres Buscadoras de Sonora", "Human Rights Watch"), or the body after a members' lead ("Analistas de
    Monex"); None otherwise."""
    raw = text[span.start:span.end]
    surface = raw.strip(QUOTE_CHARS + " ,;:")
    start = span.start + raw.find(surface)
    trimmed = trim_member_lead(surface)
    names = names_data()
    words = surface.split()
    if trimmed != surface:
        name = trimmed
    elif _article_then_body(words):
        name = surface.split(None, 1)[1]  # "El Juzgado Especializado de Sentencia de San Salvador conocerá ..."
    elif len(words) >= 2 and (any(fold(w) in names.group_words for w in words) or _company_word_ends(words)) and \
            all(w[:1].isupper() or w in names.particles for w in words):
        name = surface
    else:
        return None
    if is_known_place(name) or load_lexicon().place_key(name):
        return None
    begin = start + len(surface) - len(name)
    seat = _SEAT.match(text, begin + len(name))
    if seat and (is_known_place(seat.group("place")) or load_lexicon().place_key(seat.group("place"))):
        name += seat.group(0)  # "Guerreros Buscadores| de Jalisco": the model cut the group's state off
    return Mention("organization", name, Span(begin, begin + len(name)), name)


def _article_then_body(words: list[str]) -> bool:
    """An article, a body's word and its capitalized name: the model's "person" read over a sentence's opening article
    ("El |Juzgado Especializado de Sentencia| ...", "La Procuraduría General ...") is that body."""
    names = names_data()
    return len(words) >= 3 and words[0] in {"El", "La", "Los", "Las", "The"} and words[1].lower() in names.org_words and \
        all(w[:1].isupper() or w in names.particles for w in words[2:])


# "de <a place>" right after a group's name: its seat, part of the name ("Madres Buscadoras de Sonora")
_SEAT = re.compile(r"[ \xa0]+(?:de|del)[ \xa0]+(?P<place>[A-ZÁÉÍÓÚ][\wáéíóú]+(?:[ \xa0]+[A-ZÁÉÍÓÚ][\wáéíóú]+)?)")


def _company_word_ends(words: list[str]) -> bool:
    """A name that opens with a business word ("Transportes Treviño Hermanos"), or ends in an organization word no
    surname is after a word of its own ("Vector Casa de Bolsa"; "Seguridad Pública" is the rest of a title)."""
    names = names_data()
    last = words[-1].lower()
    own = [w for w in words if w.lower() not in names.org_words | names.particles | {"el", "the"}]  # "El Gobierno": none
    return (last in names.org_words and last not in names.surname_org_words and bool(own)) or \
        words[0].lower() in names.company_heads


def glossed_groups(text: str) -> list[Mention]:
    """Each quoted name glossed as a criminal group right after it (names.yaml ``group_glosses``: "the “Tigrillos”,
    a violent group of gunmen for the cartel", "“Los Pelones”, una célula del Cártel de Sinaloa"): an organization; up
    to two words (no "of"/"de") may stand between the article and the gloss; unquoted, a name of a plural article
    ("Los Rusos, a cell of the Sinaloa Cartel", "Las Flacas, célula del CJNG")."""
    return [Mention("organization", m.group(1), Span(m.start(1), m.end(1)), m.group(1), source="rule")
            for pattern in (_glossed_group(), _plural_glossed()) for m in pattern.finditer(text) if m.group(1)[:1].isupper()]


@cache
def _glossed_group() -> re.Pattern[str]:
    """A quoted name and the group gloss after it; built once per process (it was read from names.yaml and compiled
    for every document)."""
    glosses = "|".join(re.escape(g) for g in read_data("names.yaml")["group_glosses"])
    return re.compile(r"[“\"«]([A-ZÁÉÍÓÚÑ][\w'’-]*(?:[ \xa0]+[\w'’-]+){0,3})[”\"»],[ \xa0]+(?:a|an|the|un|una|el|la)"
                      rf"[ \xa0]+(?:(?!of\b|de\b)[\w-]+[ \xa0]+){{0,2}}(?:{glosses})\b", re.I)


@cache
def _plural_glossed() -> re.Pattern[str]:
    """An unquoted name of a plural article and of up to three capitalized words, a comma, and the group gloss (its
    article is optional: "Los Rusos, célula del ...")."""
    glosses = "|".join(re.escape(g) for g in read_data("names.yaml")["group_glosses"])
    return re.compile(r"(?<![\w-])((?-i:(?:Los|Las)[ \xa0]+[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \xa0]+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2})),"
                      r"[ \xa0]+(?:(?:a|an|the|un|una|el|la)[ \xa0]+)?(?:(?!of\b|de\b|del\b)[\w-]+[ \xa0]+){0,2}"
                      rf"(?:{glosses})\b", re.I)
