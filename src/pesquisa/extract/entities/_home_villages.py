"""The village or town after a person's name and "of", as Indian and Pakistani police releases list the accused
("Kuldeep Singh of Dharamkot and Gurpreet Singh of |Kot Ise Khan|"): the English model reads the village's
capitalised words as a second person; they are the first one's home, a place. Only where no given name opens them
("the son of Joaquín Guzmán" names a man)."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.records import Mention

_OF = re.compile(r"[A-Z][\w'’-]+[ \xa0]+of[ \xa0]+$")


def home_village(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """``mention`` is a model person right after another person of ``mentions`` and "of", opened by no given name,
    or a one-word model organization there, no acronym ("Harpreet Singh of |Nakodar|")."""
    one_word_body = mention.type == "organization" and " " not in mention.name and not mention.name.isupper()
    if mention.source != "model" or not (mention.type == "person" or one_word_body) or \
            is_given_name(mention.name.split()[0]) or mention.name.lower() in names_data().org_words:
        return False
    before = _OF.search(text, max(0, mention.span.start - 60), mention.span.start)
    return before is not None and any(p.type == "person" and p is not mention and p.span.end == before.start() +
                                      len(before.group().split()[0]) for p in mentions)
