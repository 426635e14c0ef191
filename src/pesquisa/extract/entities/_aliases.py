"""Aliases written right after a person's name: '..., alias “El Tarjetas”', '..., a) “La Flaca”', 'aka "La
Güera," 37', '..., de 24 años, alias “El Chapo Chiquito”', '..., a lieutenant known as "El Señorón"', "..., alias 'El
Gordo'", and unquoted after a marker ('..., a) El Gallo,', as prosecutors' bulletins write it)."""

from __future__ import annotations

import re

from pesquisa.extract.entities._known_as import bare_known_as
from pesquisa.extract.entities._names import clean_person_name, is_known_place, names_data
from pesquisa.records import Mention, Span

# a nickname in quotes after a name, maybe after an alias marker: 'alias', 'a)' and '(a)' of Mexican
# prosecutors' bulletins, 'also known as' and 'a/k/a' of US indictments, '(a.k.a. ' of sanctions lists
_ALIAS_AFTER = re.compile(r"(?:\s*,\s*de\s+\d{1,2}\s+años|\s*,\s*\d{1,2}(?=\s*,)|\s*,\s*(?:a|an|un|una)\s+[a-z]+"
                          r"(?:\s+[a-z]+)?(?=\s+(?:known as|conocid[oa] como|apodad[oa])))?"  # an age, "a lieutenant"
                          r"\s*,?\s*(?:\(\s*(?=a))?(?P<marker>alias|a\.k\.a\.|a/k/a|aka|also known as|known as|apodad[oa]|"
                          r"conocid[oa] como|\(a\)|a\))?\s*"
                          r"(?:[“\"«](?P<alias>[^”\"»]{2,30})[”\"»]|[‘'](?P<single>[^’'\n]{2,30})[’']"  # single: after a marker
                          # bare: after a marker, an article and capitalized words ("a) El Gallo,", "alias La Flaca y"),
                          # or capitalized words alone after "alias" ("alias Larry Changa,", Colombian papers' way)
                          r"|(?P<bare>(?:(?:El|La|Los|Las|el|la)[ \xa0]+)?[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñ]*"
                          r"(?:[ \xa0]+[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñ]*){0,2})"
                          r"(?=[,;.)\n]|[ \xa0]+[a-záéíóúñ]))")


# a nickname opened by its article in lower case, as Colombian and Central American papers write it ('alias el Abuelo',
# 'alias "el Diablito"'): the article in lower case, the name capitalized
_LOWER_ARTICLE = re.compile(r"(?:el|la|los|las)[ \xa0]+[A-ZÁÉÍÓÚÑ0-9]")


# markers that give a nickname and nothing else, so the words after them are one even without quotes
_STRONG_MARKER = re.compile(r"alias|a\.k\.a\.|a/k/a|aka|apodad[oa]|\(a\)|a\)")


# 'identificó a José Ángel Canobbio Inzunza como “El Comandante Toro”', 'identified him as "El Güero"': a quoted
# name with its article right after the person and "como"/"as" (the same groups as ``_ALIAS_AFTER``)
_AS_ALIAS = re.compile(r"[ \xa0]+(?P<marker>como|as)[ \xa0]+[“\"«](?P<alias>(?:El|La|Los|Las)[ \xa0][^”\"»\n]{2,30})[”\"»]"
                       r"(?P<single>)?(?P<bare>)?")


def alias_mentions(text: str, people: list[Mention]) -> list[Mention]:
    """Nicknames in quotes right after a person's name ('..., alias “El Tarjetas”', '... como “El Comandante Toro”')."""
    out = []
    for person in people:
        tail = text[person.span.end:person.span.end + 60]
        match = _ALIAS_AFTER.match(tail) or _AS_ALIAS.match(tail)
        if match is None or ((match.group("single") or match.group("bare")) and not match.group("marker")
                             and not _set_off_single(tail, match)) or \
                (match.group("bare") and not _STRONG_MARKER.fullmatch(match.group("marker")) and
                 not bare_known_as(text, person, match)):
            continue  # "la facción de Ismael Zambada, conocida como La Mayiza": a description may name something else
        group = next(g for g in ("alias", "single", "bare") if match.group(g))
        alias = match.group(group).rstrip(",.;")  # 'aka "La Güera," 37': the comma is the sentence's
        if len(alias) >= 2 and (alias[:1].isupper() or _LOWER_ARTICLE.match(alias)):
            start = person.span.end + match.start(group)
            out.append(Mention("person", alias, Span(start, start + len(alias)), alias, alias_of=person.name,
                               source="rule"))
            out += _more_aliases(text, person, start + len(alias))
    return out


# a nickname in single quotes set off by commas after the name, opened by its article: "Valentín Rendón Cázarez, 'El
# Tino', fue detenido" (Spanish regional sites quote nicknames so); scare quotes of a headline are no apposition
_SET_OFF_SINGLE = re.compile(r"[ \xa0]*,[ \xa0]*[‘'](?:El|La|Los|Las)[ \xa0]+[A-ZÁÉÍÓÚÑ][^’'\n]*[’'][ \xa0]*[,.;)]")


def _set_off_single(tail: str, match: re.Match[str]) -> bool:
    """The single-quoted nickname of ``match`` stands between commas right after the name, with its article."""
    return bool(match.group("single")) and _SET_OFF_SINGLE.match(tail) is not None


# a second quoted nickname after the first: 'also known as "El Flaco" and "Gordo,"', 'alias “El Chuy” o “El Chino”'
_MORE_ALIAS = re.compile(r"[”\"»’',]*\s*(?:,\s*)?(?:and|or|y|o|u|,)\s+[“\"«](?P<alias>[^”\"»\n]{2,30})[”\"»]")


def _more_aliases(text: str, person: Mention, end: int) -> list[Mention]:
    """The quoted nicknames listed after the first one of ``person`` that ends at ``end``."""
    out = []
    while (more := _MORE_ALIAS.match(text, end)) is not None:
        alias = more.group("alias").rstrip(",.;")
        if len(alias) < 2 or not alias[:1].isupper():
            break
        out.append(Mention("person", alias, Span(more.start("alias"), more.start("alias") + len(alias)), alias,
                           alias_of=person.name, source="rule"))
        end = more.end()
    return out


# an alias marker and an opening quote: what comes before is a person's name, what the quotes hold a nickname
_MARKED = re.compile(r"\s*,?\s*\(?\s*(?:alias|a\.k\.a\.|a/k/a|aka|also known as|apodad[oa]|conocid[oa] como|\(a\)|a\))"
                     r"\s*[“\"«‘']")
_MARKER_BEFORE = re.compile(r"(?:alias|a\.k\.a\.|a/k/a|aka|also known as|apodad[oa]|conocid[oa] como|\(a\)|a\))\s*[“\"«‘']$")
# a bare nickname after a name, a comma and a marker that gives nicknames ('Aler Samayoa Recinos, known as |Chicharra|,'),
# maybe after its article in lower case ('Ayón Lizárraga, alias el |Cholo|,': the Spanish model's organization)
_BARE_MARKER_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+),[ \xa0]+(?:alias|a\.k\.a\.|a/k/a|aka|also known as|known as|"
                                 r"apodad[oa])[ \xa0]+(?:(?:el|la|los|las)[ \xa0]+)?$")
# "como"/"as" before a quoted name with its article ('identificado por la DEA como "El Contador"'): a nickname too
_AS_BEFORE = re.compile(r"\b(?:como|as)\s*[“\"«]$")


def aliased_owners(text: str, model: list[Mention]) -> list[Mention]:
    """The model's mentions with the name before an alias marker a person ('charging Johnny Hurtado Olascoaga, also
    known as "El Pez,"': the model's organization), and no organization or place of the nickname after one (it is
    the alias of the name before it, or of no one)."""
    out = []
    for m in model:
        before = text[max(0, m.span.start - 20):m.span.start]
        if m.type != "person" and m.source == "model" and (_MARKER_BEFORE.search(before) or (
                _AS_BEFORE.search(before) and m.name.split()[0] in {"El", "La"}) or _bare_nickname(text, m)):
            continue  # '"El Pez,"' after "also known as": a nickname, no organization
        if m.type != "person" and m.source == "model" and len(m.name.split()) >= 2 and _MARKED.match(text, m.span.end):
            cleaned = clean_person_name(m.text, m.span.start)
            if cleaned is not None and cleaned[0] == m.text:
                m = Mention("person", m.text, m.span, m.text, source="model")
        out.append(m)
    return out


def _bare_nickname(text: str, mention: Mention) -> bool:
    """The model's organization or place of one or two words stands unquoted after a person's last word, a comma and a
    nickname marker ("..., known as |Chicharra|"); not after a body's or a place's name ("the Gulf Cartel, known as")."""
    before = _BARE_MARKER_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start)
    return mention.type != "person" and mention.source == "model" and len(mention.name.split()) <= 2 and \
        before is not None and before.group(1).lower() not in names_data().org_words and not is_known_place(before.group(1))
