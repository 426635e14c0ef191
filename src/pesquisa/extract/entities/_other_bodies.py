"""A lexicon alias that opens the longer name of another body.

"La Familia del Sur" is no La Familia Michoacana, and "la Fuerza Aérea Guatemalteca" no Mexico's air force: a
criminal group's alias going on with "del"/"de la"/"de los" and a capitalized word that is no place the lexicon knows
names another group ("Los Zetas| del Sur"; "La Línea| de Ciudad Juárez" stays the Juárez cartel's), and an armed
force's or a police force's alias going on with a nationality (names.yaml ``demonyms``, either gender) names another
country's. The alias then keys nothing; the model's reading of the whole name stands."""

from __future__ import annotations

import re
from collections.abc import Callable

from pesquisa.extract.entities._foreign_bodies import foreign_lead, foreign_owned
from pesquisa.extract.entities._generic_setting import generic_set_elsewhere
from pesquisa.extract.entities._names import is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

_GROUP_KINDS = frozenset({"cartel", "gang", "faction"})
_FORCE_KINDS = frozenset({"military", "police"})
_OF_NAME = re.compile(r"[ \xa0]+(?:del|de[ \xa0]+la|de[ \xa0]+los|de[ \xa0]+las)[ \xa0]+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)")
_NEXT = re.compile(r"[ \xa0]+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)")


def state_or_foreign_lead(text: str, span: Span, key: str, kind: str,
                          state_lead: Callable[[str, int, str], int | None]) -> int | None:
    """Start of a lead that makes the organization alias at ``span`` part of another body's name: a state's ("the
    Sonora State |...", by ``state_lead``) or another country's ("the |Indian Coast Guard"); None when neither does."""
    if kind != "organization":
        return None
    lead = state_lead(text, span.start, load_lexicon().organizations[key].kind)
    return lead if lead is not None else foreign_lead(text, span, key)


def names_another_body(text: str, span: Span, key: str) -> bool:
    """True when the alias of the organization ``key`` at ``span`` opens another body's longer name."""
    org = load_lexicon().organizations.get(key)
    if org is None or fold(text[span.start:span.end]) == fold(org.name):
        return False
    if foreign_owned(text, span, key) or generic_set_elsewhere(text, text[span.start:span.end], org.country) is not None:
        return True  # "the Indian Coast Guard", "Spain's Interior Ministry", "la Gobernación guatemalteca"; "MADRID
        # (Reuters) - ... the Interior Ministry said": Spain's
    if org.kind in _GROUP_KINDS:
        rest = _OF_NAME.match(text, span.end)
        return rest is not None and not is_known_place(rest.group(1))
    if org.kind in _FORCE_KINDS:
        rest = _NEXT.match(text, span.end)
        return rest is not None and _nationality(rest.group(1))
    return False


def _nationality(word: str) -> bool:
    """The word is a nationality, masculine or feminine ("Guatemalteca", "Hondureña", "Colombiana")."""
    demonyms = names_data().demonyms
    folded = fold(word)
    return folded in demonyms or (folded.endswith("a") and folded[:-1] + "o" in demonyms)
