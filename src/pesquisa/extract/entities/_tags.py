"""Names that stand in a formula rather than name what they seem: a Title Case headline's place and common noun
("Tijuana Man Sentenced ...": the place, no person), a lawmaker's party-state tag ("(R-Texas)", "D-Calif.": no
place mention), a title's complement the model calls an organization ("la jefa de Gobierno": no organization), a
titled person's employer the model calls a person ("Top Rank chairman Bob Arum": an organization), a town before a
resident noun the model calls an organization ("A Katy man": the town)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from pesquisa.extract.entities._home_villages import home_village
from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span


@cache
def _person_nouns() -> set[str]:
    return {w.lower() for w in read_data("names.yaml")["place_person_nouns"]}


def place_noun_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model person made of a known place and a common noun for a person ("Tijuana Man",
    "Juarez Woman"), or a known place or one word alone before one ("Two El Paso men, |Juárez| woman indicted": no
    one's name goes on in a lower-case "woman"), as that place: the headline's subject is someone from there, unnamed."""
    out = []
    for m in mentions:
        words = m.name.split()
        place = " ".join(words[:-1])
        if m.type == "person" and m.source == "model" and len(words) >= 2 and words[-1].lower() in _person_nouns() \
                and _known(place):
            surface = m.text[:m.text.rfind(words[-1])].rstrip()
            m = Mention("place", surface, Span(m.span.start, m.span.start + len(surface)), place, source="model")
        elif m.type == "person" and m.source == "model" and \
                (noun := re.match(r"[ \xa0]+(\w+)", text[m.span.end:m.span.end + 20])) and \
                noun.group(1).lower() in _person_nouns() and (_known(m.name) or
                                                               (len(words) == 1 and noun.group(1).islower())):
            # read by this rule: no public figure's surname takes it back ("A |Kerry| man has been jailed")
            m = Mention("place", m.text, m.span, m.name, source="rule")
        elif _resident_of(text, m) or home_village(text, m, mentions):  # "Gurpreet Singh of |Kot Ise Khan|"
            m = Mention("place", m.text, m.span, m.name, source="model")
        out.append(m)
    return out


@cache
def _resident_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_data("names.yaml")["place_resident_nouns"])


def _resident_of(text: str, mention: Mention) -> bool:
    """A one-word model organization, no acronym, right before a lower-case noun for a resident ("A |Katy| man", "two
    |Laredo| women"): the town they live in."""
    noun = re.match(r"[ \xa0]+(\w+)", text[mention.span.end:mention.span.end + 20])
    return mention.type == "organization" and mention.source == "model" and " " not in mention.name and \
        not mention.name.isupper() and noun is not None and noun.group(1) in _resident_nouns()


def _known(place: str) -> bool:
    return bool(place) and (is_known_place(place) or load_lexicon().place_key(place) is not None)


@cache
def _party_tag() -> re.Pattern[str]:
    letters = "|".join(re.escape(x) for x in read_data("names.yaml")["party_letters"])
    return re.compile(rf"(?:\(|,[ \xa0]|^|[ \xa0])(?:{letters})[-–][ \xa0]?$")


def without_party_states(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the places of a lawmaker's party-state tag: "(R-Texas)", ", D-Calif.,"."""
    return [m for m in mentions if not (m.type == "place" and _party_tag().search(text[max(0, m.span.start - 4):m.span.start]))]


_TITLE_OF = re.compile(r"(\w+)[ \xa0]+(?:de|del|of)[ \xa0]+$")


@cache
def _portfolio_before() -> re.Pattern[str]:
    """An office-holder's title open for its portfolio: "el secretario de |", "Secretary of |", "Under Secretary of the
    Treasury for |" (titles.yaml ``portfolio_heads``)."""
    heads = sorted(load_lexicon().titles["portfolio_heads"], key=len, reverse=True)
    alternation = "|".join(re.escape(h).replace(r"\ ", r"[ \xa0]+") for h in heads)
    return re.compile(rf"\b(?:{alternation})[ \xa0]+(?:de|of|(?:of[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w-]+[ \xa0]+)?for)[ \xa0]+$",
                      re.I)


_CONJUNCT = re.compile(r"([A-ZÁÉÍÓÚÑ][\w-]+)(?:[ \xa0]+[A-ZÁÉÍÓÚÑ][\w-]+){0,3}[ \xa0]+(?:and|y|e)[ \xa0]+$")


def portfolio_complement(text: str, mention: Mention) -> bool:
    """A model organization that is the portfolio of an office-holder's title ("el secretario de |Seguridad Pública|
    estatal", "el vocero de |Seguridad del Gobierno de Sinaloa|", "Under Secretary of the Treasury for |Terrorism|"),
    or its second area ("for Terrorism and |Financial Intelligence|"): it opens with a word of an administration's area
    (titles.yaml ``portfolio_words``) right after the title and "de"/"of"/"for" (or the area before "and"/"y") with no
    article, so no body is named."""
    if mention.type != "organization" or mention.source != "model" or not mention.name:
        return False
    words = {w.lower() for w in load_lexicon().titles["portfolio_words"]}
    if mention.name.split()[0].lower() not in words:
        return False
    start = mention.span.start
    conjunct = _CONJUNCT.search(text, max(0, start - 60), start)
    if conjunct is not None and conjunct.group(1).lower() in words:
        start = conjunct.start()  # "Under Secretary for Terrorism and |Financial Intelligence|": the portfolio's second area
    return _portfolio_before().search(text, max(0, start - 60), start) is not None


def without_title_complements(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a model organization of one institution word right after a title and "de"/"of"
    ("la jefa de Gobierno, Clara Brugada", "el secretario de Gobierno"): the title's complement; a longer name
    ("jefa de Gobierno de la Ciudad de México") stays. Nor a portfolio after an office-holder's title
    (``portfolio_complement``)."""
    names = names_data()
    heads = {h.lower() for h in names.institution_heads}
    out = []
    for m in mentions:
        before = _TITLE_OF.search(text, max(0, m.span.start - 30), m.span.start)
        if (m.type == "organization" and m.source == "model" and " " not in m.name and m.name.lower() in heads and
                before and before.group(1).lower() in names.title_heads) or portfolio_complement(text, m):
            out.extend(_holder_in_portfolio(text, m))
            continue
        out.append(m)
    return out


def _holder_in_portfolio(text: str, mention: Mention) -> list[Mention]:
    """The person a portfolio the model read on into the name holds ("Assistant Secretary for |Terrorist Financing
    Brian Nelson|"): from a given name after the portfolio's first word to the end, as a person; else none."""
    words = list(re.finditer(r"\S+", mention.text))
    for i, word in enumerate(words[1:-1], start=1):
        if is_given_name(word.group()) and all(w.group()[:1].isupper() for w in words[i:]):
            start = mention.span.start + word.start()
            name = text[start:mention.span.end]
            return [dataclasses.replace(mention, type="person", text=name, span=Span(start, mention.span.end), name=name)]
    return []


def employer_named(text: str, mention: Mention) -> bool:
    """A model person with no given name that the text writes before a lower-case title and a name ("Top Rank
    chairman Bob Arum", "Grupo Salinas director Juan Pérez"): the body the titled person works for."""
    words = mention.name.split()
    if mention.type != "person" or mention.source != "model" or len(words) < 2 or is_given_name(words[0]):
        return False
    heads = names_data().title_heads
    for found in re.finditer(rf"\b{re.escape(mention.name)}[ \xa0]+([a-z]+)[ \xa0]+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]", text):
        if found.group(1) in heads:
            return True
    return False


@cache
def _business_apposition() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(read_data("names.yaml")["business_nouns"], key=len, reverse=True))
    return re.compile(rf",[ \xa0]+(?:un|una|a|an|the|el|la)[ \xa0]+(?:[a-záéíóúñ-]+[ \xa0]+)?(?:{nouns})\b")


def business_named(text: str, mention: Mention) -> bool:
    """A model person with no given name followed by an apposition of a business ("Desert Crown, un restaurante
    donde ..."), or a model person or place after a business noun ("el antro Desert Crown", "del bar Los Arcos"): that
    business."""
    words = mention.name.split()
    if mention.type == "organization" or mention.source != "model" or not words or is_given_name(words[0]):
        return False
    return (mention.type == "person" and _business_apposition().match(text, mention.span.end) is not None) or \
        _business_before().search(text, max(0, mention.span.start - 30), mention.span.start) is not None


@cache
def _business_before() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(read_data("names.yaml")["business_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:el|la|un|una|the|a|an|del|al)[ \xa0]+(?:{nouns})[ \xa0]+$", re.I)


def employers_retyped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model person that is a titled person's employer (``employer_named``), and each model
    person or place that is a business (``business_named``), an organization."""
    return [dataclasses.replace(m, type="organization") if employer_named(text, m) or business_named(text, m) else m
            for m in mentions]


def title_opening_tail(text: str, mention: Mention) -> int:
    """How many last words of a model organization open the title of the person named after it ("ATF |Houston Field
    Division| Special Agent in Charge Sam Rivera", "the |Border Patrol| Chief Michael Banks"): 0 where none do."""
    words = mention.name.split()
    if mention.type != "organization" or mention.source != "model" or len(words) < 2 or mention.text != mention.name:
        return 0
    heads = names_data().title_heads
    after = re.findall(r"\S+", text[mention.span.end:mention.span.end + 60])
    for k in (1, 2):
        for j in range(4):  # the title's words after the organization, then a capitalized name of two words
            phrase = " ".join(words[-k:] + after[:j]).lower()
            if phrase in heads and k < len(words) and all(re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ.]+", w) for w in after[j:j + 2]) \
                    and len(after) >= j + 2:
                return k
    return 0


def read_formulas(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` read through the formulas of this module: no place of a party-state tag, no organization of a
    title's complement or portfolio, the employer before a lower-case title an organization, and no title's opening
    words in an organization's name (``title_opening_tail``)."""
    out = []
    for m in employers_retyped(text, without_title_complements(text, without_party_states(text, mentions))):
        if (k := title_opening_tail(text, m)):
            name = " ".join(m.name.split()[:-k])
            m = dataclasses.replace(m, text=name, name=name, span=Span(m.span.start, m.span.start + len(name)))
        out.append(m)
    return out
