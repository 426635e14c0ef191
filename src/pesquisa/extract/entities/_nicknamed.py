"""People named around a nickname in quotes: 'Joaquín “El Chapo” Guzmán', 'Guadalupe "Lupita" Mendívil
O'Farrill', 'Javier "el Padre Chano" Ávila Aguirre', in capitals ('ADRIANA "LA GÜERA" CASTRO'), and in single quotes,
as AP sets them inside a quote or a headline: "Juan Antonio 'Tony' Hernández" (the nickname becomes the person's
alias)."""

from __future__ import annotations

import re

from pesquisa.extract.entities._lone_nicknames import lone_nicknames
from pesquisa.extract.entities._names import in_any, is_given_name, names_data, nickname_owner
from pesquisa.lexicon import fold
from pesquisa.records import Mention, Span

# a surname after the nickname, with a particle or an Irish or Scottish prefix: "Mendívil O'Farrill", "de la Garza"
_SURNAME_WORD = r"(?:(?:de|del|de la|de los) )?(?:Mc|Mac|O['’])?[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:-[A-ZÁÉÍÓÚ][a-záéíóúñ]+)?"
# given names before the nickname, with a middle initial ("Richard F."), or initials alone ("J.E.", "J. E.")
_GIVEN = r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?: [A-ZÁÉÍÓÚ][a-záéíóúñ]+)?(?: [A-Z]\.)?|\b[A-Z]\.(?: ?[A-Z]\.)+"
NICKNAMED = re.compile(rf"\b({_GIVEN}) [“\"«‘']([^”\"»’'\n]{{2,25}})[”\"»’'] "
                       rf"({_SURNAME_WORD}(?: {_SURNAME_WORD})?)")


def nicknamed_people(text: str) -> list[Mention]:
    """'Joaquín “El Chapo” Guzmán': a person named around a nickname (the nickname becomes an alias); and people named
    by an unquoted nickname alone after a marker ("un mando apodado El Mayito Flaco": ``_lone_nicknames``)."""
    names = names_data()
    out = []
    for match in NICKNAMED.finditer(text):
        first, last = match.group(1), match.group(3)
        opener = first.split()[0]
        if " " not in first and not is_given_name(first) and " " in last and is_given_name(last.split()[0]) and \
                _opens_line(text, match.start(1)):
            out += _nickname_first(text, match)  # the headline's 'Cae “El Sapo” Gonzalo Mendoza': verb, nickname, name
            continue
        if " " in first and not is_given_name(opener) and (is_given_name(first.split()[1]) or
                                                           opener.lower() in names.title_words):
            first = first.split()[1]  # 'Since Ismael "El Mayo" Zambada', 'Sheriff Rene "Orta" Fuentes': an opener or a title
        elif in_any(opener.lower(), names.not_names, names.title_words) or not _nickname_cased(match.group(2)):
            continue
        if text[match.start(2) - 1] in "‘'" and not all(is_given_name(w) or w.endswith(".") for w in first.split()):
            continue  # single quotes are a headline's scare quotes ("Calls Cartels 'Terrorists' Again") but after given names
        begin = match.start(1) + match.group(1).find(first)
        name = f"{first} {last}"
        known = nickname_owner(match.group(2))
        if known and fold(last).split()[0] in fold(known).split():
            name = known  # "Joaquín “El Chapo” Guzmán" is Joaquín Guzmán Loera, not his son Joaquín Guzmán López
        out.append(Mention("person", text[begin:match.end()], Span(begin, match.end()), name, source="rule"))
        start = match.start(2)
        out.append(Mention("person", match.group(2), Span(start, start + len(match.group(2))), match.group(2),
                           alias_of=name, source="rule"))
    out += [m for m in _capitals_nicknamed(text) if not any(m.span.overlaps(o.span) for o in out)]
    return out + lone_nicknames(text, [m.span for m in out])


# the same in capitals, as a release lists its defendants ('ADRIANA "LA GÜERA" CASTRO'): given names, the nickname, a
# surname or two
_CAP = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’-]+"
CAPITALS_NICKNAMED = re.compile(rf"(?<![\w.])({_CAP}(?: {_CAP})?) [“\"«]({_CAP}(?: {_CAP}){{0,3}})[”\"»] "
                                rf"((?:(?:DE|DEL|DE LA) )?{_CAP}(?: (?:(?:DE|DEL|DE LA) )?{_CAP})?)(?![\w])")


def _capitals_nicknamed(text: str) -> list[Mention]:
    """'ADRIANA "LA GÜERA" CASTRO': the person in title case, given names first, and the nickname as an alias."""
    out = []
    for match in CAPITALS_NICKNAMED.finditer(text):
        if not is_given_name(match.group(1).split()[0]) or is_given_name(match.group(3).split()[-1]):
            continue
        name = " ".join("-".join(p.capitalize() for p in w.split("-")) if w not in {"DE", "DEL", "LA"} else w.lower()
                        for w in f"{match.group(1)} {match.group(3)}".split())
        out.append(Mention("person", text[match.start():match.end()], Span(match.start(), match.end()), name, source="rule"))
        nick = match.group(2)
        out.append(Mention("person", nick, Span(match.start(2), match.end(2)), nick.title(), alias_of=name, source="rule"))
    return out


def _nickname_cased(nickname: str) -> bool:
    """A nickname opens with a capital, or with a lower-case article before one ("el Padre Chano")."""
    return nickname[:1].isupper() or re.match(r"(?:el|la) [A-ZÁÉÍÓÚ]", nickname) is not None


def _opens_line(text: str, at: int) -> bool:
    """``at`` opens its line (a headline's first word)."""
    return at == 0 or text[at - 1] == "\n"


def _nickname_first(text: str, match: re.Match[str]) -> list[Mention]:
    """The full name after a headline's verb and a nickname in quotes ('Cae “El Sapo” Gonzalo Mendoza'), and the
    nickname as its alias."""
    name, start = match.group(3), match.start(2)
    return [Mention("person", name, Span(match.start(3), match.end(3)), name, source="rule"),
            Mention("person", match.group(2), Span(start, start + len(match.group(2))), match.group(2), alias_of=name,
                    source="rule")]
