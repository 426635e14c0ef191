"""Listed groups and companies the news names by one word of their listed name. Pure.

A group the list names by a plural article, one word and a word of its kind ("LOS HUISTAS
DRUG TRAFFICKING ORGANIZATION") is the group the news calls "Los Huistas". A company the list
names by one word beside its legal form ("JOINT STOCK COMPANY SOVCOMFLOT") is the company the
news calls by that word alone, when the word is long, no part of a listed person's name, borne
by that one company, and a mention of it tells of sanctions; a short or common word ("STAR",
"GAMMA") names too many things to go on.
"""

from __future__ import annotations

from pesquisa.resolve.sanctions._names import SanctionIndex, article_group, has_legal_form, org_key
from pesquisa.resolve.sanctions._records import KBEntity
from pesquisa.resolve.sanctions._vessels import tells_of_sanctions


def one_word_matches(entity: KBEntity, names: list[str], index: SanctionIndex) -> dict[str, tuple[float, list[str]]]:
    """Entry id -> (score, evidence) of the one listed group or company ``names`` name by one word; else nothing."""
    found: dict[str, tuple[float, list[str]]] = {}
    for name in names:
        groups = index.groups_by_article.get(article_group(name) or "", [])
        if len({g.entry.id for g in groups}) == 1:
            found.setdefault(groups[0].entry.id, (0.8, [f"name '{name}' = list name '{groups[0].text}': the same "
                                                        "article and word, the word of its kind aside"]))
        key = org_key(name)
        word = next(iter(key)) if len(key) == 1 and not has_legal_form(name) else ""
        companies = index.orgs_one_word.get(word, []) if word not in index.person_words else []
        if len({c.entry.id for c in companies}) == 1 and _told_of_sanctions(entity):
            found.setdefault(companies[0].entry.id, (0.8, [f"name '{name}' = list name '{companies[0].text}' without "
                                                           "its legal form, in a mention that tells of sanctions"]))
    return found if len(found) == 1 else {}


def _told_of_sanctions(entity: KBEntity) -> bool:
    return any(tells_of_sanctions(f"{c.wider} {c.before}{c.text}{c.after}") for c in entity.contexts)
