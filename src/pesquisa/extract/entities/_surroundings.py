"""What the words around a model's span say about it: the institution a place is the seat of, a
possessor or a family the model took for an organization or place."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import is_known_place, names_data
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span


@cache
def _family_words() -> re.Pattern[str]:
    words = read_data("relations.yaml")["kin"]  # "los hermanos Bonilla", "la familia Carrasco"
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})[ \xa0]+$", re.I)


def possessor_or_family(text: str, span: Span, name: str, kind: str) -> bool:
    """A possessor the model calls an organization ("Trump's border czar", "Mexico's"), or a family named
    by its surname that it calls a place ("los hermanos Bonilla"): no organization or place."""
    if kind == "organization" and (re.search(r"['’]s$", name) or (
            " " not in name and not name.isupper() and re.match(r"['’]s\s+[a-z]", text[span.end:span.end + 4]))):
        return True
    before = text[max(0, span.start - 30):span.start]
    # "los Bonilla pagan ...", "la célula de los Cabrera Sarabia": a plural article before a family's surnames
    return kind == "place" and (bool(_family_words().search(before)) or (
        len(name.split()) <= 2 and before.endswith(("los ", "los\xa0")) and
        not any(is_known_place(w) or load_lexicon().place_key(w) for w in [name, *name.split()])))


@cache
def _institution_head() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in names_data().institution_heads)
    return re.compile(rf"\b(?:{heads})(?:[ \xa0](?:de |del |de la |of |of the )?[A-ZÁÉÍÓÚÑ][\w-]+){{0,2}}"
                      r"[ \xa0](?:de|del|de la|de los|of|of the)[ \xa0]$")


INSTITUTION_TAIL = re.compile(r"(?:[ \xa0](?:de|del|de la|of)[ \xa0][A-ZÁÉÍÓÚÑ][\w-]+(?:[ \xa0][A-ZÁÉÍÓÚÑ][\w-]+)?){1,2}")


def institution_around(text: str, span: Span, taken: list[Span]) -> Mention | None:
    """The institution a model place is the seat of: "la Corte del| Distrito Norte |de Illinois" (see
    ``institution_heads`` in names.yaml), from the head word to the last "de <Name>" after the place;
    None when there is none or the lexicon took part of it."""
    window = text[max(0, span.start - 80):span.start]
    head = _institution_head().search(window)
    if head is None:
        return None
    tail = INSTITUTION_TAIL.match(text, span.end)
    body = Span(span.start - len(window) + head.start(), tail.end() if tail else span.end)
    if any(body.overlaps(t) for t in taken):
        return None
    return Mention("organization", text[body.start:body.end], body, text[body.start:body.end])


_HOME_TOWN = re.compile(r"\b\d{1,3},[ \xa0]+(?:of|from|de)[ \xa0]+$")  # "José Villalobos, 35, of |Socorro"
# "near |Casa Grande|", "the port city of |Guayaquil|", "el puerto de |Manzanillo|": where a place stands
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:near(?:by)?|outside|(?:north|south|east|west)(?:east|west)?[ \xa0]+of|"
                                r"(?:city|town|village|port|municipality)[ \xa0]+of|"
                                r"(?:ciudad|puerto|poblado|municipio|cerca)[ \xa0]+de|"
                                r"POB|born[ \xa0]+in|nacid[oa][ \xa0]+en|originari[oa][ \xa0]+de)[ \xa0]+$")
_AFTER_PLACE = re.compile(r"\b(?:in|en|between|entre)[ \xa0]+(?P<place>[A-ZÁÉÍÓÚ][\w.]*(?:[ \xa0][A-ZÁÉÍÓÚ][\w.]*){0,2})"
                          r"[ \xa0]+(?:and|y)[ \xa0]+$")


def place_by_position(text: str, span: Span, name: str) -> bool:
    """A name the model calls an organization stands where a place does: a home town after an age ("José
    Villalobos, 35, of Socorro"), a birthplace ("POB Toluca", "born in Tejupilco"), after a place's noun or "near"
    ("the port city of Guayaquil", "near Casa Grande"), or coordinated with a known place after "in" ("in El Paso and
    Las Cruces").
    Not a name with an organization word."""
    if any(w.lower() in names_data().org_words for w in name.split()):
        return False
    before = text[max(0, span.start - 60):span.start]
    if _HOME_TOWN.search(before) or _PLACE_NOUN_BEFORE.search(before):
        return True
    coordinated = _AFTER_PLACE.search(before)
    return bool(coordinated and (is_known_place(coordinated.group("place")) or
                                 load_lexicon().place_key(coordinated.group("place"))))


def headline_fragment(text: str, mention: Mention) -> bool:
    """A run of a Title Case headline the model calls an organization ("Mexico's| Fuel Theft Boom Moves
    Offshore"): three words or more, none an organization word, on a short line that capitalizes its words."""
    words = mention.name.split()
    if mention.type != "organization" or mention.source != "model" or len(words) < 3:
        return False
    names = names_data()
    if any(w.strip(".,").lower() in names.org_words for w in words):
        return False
    start = text.rfind("\n", 0, mention.span.start) + 1
    end = text.find("\n", mention.span.end)
    line = text[start:end if end != -1 else len(text)].strip()
    long_words = [w for w in line.split() if len(w) >= 4]
    title_case = bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)
    return title_case and len(line.split()) <= 20 and not line.endswith(".")


def capitals_fragment(text: str, mention: Mention) -> bool:
    """A run of a headline set in capitals the model calls an organization ("ENVÍA GOBIERNO DE MÉXICO A 37
    PERSONAS PRIVADAS DE LA |LIBERTAD A| ESTADOS UNIDOS"): two words or more in capitals, on a line of five or
    more words in capitals (the lexicon reads the names such a line holds)."""
    if mention.type != "organization" or mention.source != "model" or len(mention.name.split()) < 2 or \
            not mention.name.isupper():
        return False
    start = text.rfind("\n", 0, mention.span.start) + 1
    end = text.find("\n", mention.span.end)
    line = text[start:end if end != -1 else len(text)].strip()
    return line.isupper() and len(line.split()) >= 5


def headline_subject(text: str, mention: Mention) -> bool:
    """A one-word name the model calls an organization that opens a short headline line before a lower-case
    verb ("Trump seeks faster extraditions", "Sheinbaum pide calma"): the headline's subject, most often a person
    named by surname, whom the line alone does not tell from a body."""
    if mention.type != "organization" or mention.source != "model" or " " in mention.name or mention.name.isupper():
        return False
    start = text.rfind("\n", 0, mention.span.start) + 1
    end = text.find("\n", mention.span.end)
    line = text[start:end if end != -1 else len(text)].strip()
    opens = text[start:mention.span.start].strip() == ""
    verb = re.match(r"[ \xa0]+[a-záéíóúñ]{3,}\b", text[mention.span.end:])
    return opens and verb is not None and len(line.split()) <= 12 and not line.endswith((".", ":"))


def leader_of(text: str, span: Span) -> bool:
    """A one-word name beside what its bearer leads: "the Trump administration", "la administración Sheinbaum"."""
    if " " in text[span.start:span.end].strip():
        return False
    led = names_data().led_by_name
    after = re.match(r"[ \xa0]+(\w+)", text[span.end:span.end + 20])
    before = re.search(r"(\w+)[ \xa0]+(de[ \xa0]+)?$", text[max(0, span.start - 20):span.start])
    name = text[span.start:span.end].strip()
    if before and before.group(2) and (is_known_place(name) or load_lexicon().place_key(name) or load_lexicon().org_key(name)):
        return False  # "el gobierno de Sinaloa" is the state's; "el gobierno de Trump" is the man's
    return bool(after and after.group(1) in led["en"]) or bool(before and before.group(1).lower() in led["es"])


def title_trimmed(mention: Mention) -> Mention:
    """A model place that runs into the title after it ("Starr County Sheriff| Rene Fuentes", "Roma Mayor") without
    the title: the place; a one-word place before a title stays as it is."""
    words = mention.name.split()
    if mention.type != "place" or mention.source != "model" or len(words) < 3 or \
            words[-1].lower() not in names_data().title_words:
        return mention
    name = mention.name[:mention.name.rfind(" ")]
    surface = mention.text[:len(mention.text) - len(words[-1])].rstrip()
    return Mention("place", surface, Span(mention.span.start, mention.span.start + len(surface)), name, source="model")
