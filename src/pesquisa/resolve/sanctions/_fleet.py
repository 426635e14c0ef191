"""Listed vessels named with no ship word beside them: "The Yare and the Paramaconi remained anchored".

A story on a sanctioned fleet names the first ship with a ship word ("the Terepaima, a PDVSA-owned
supertanker") and its sister ships by name alone. A ship's name is often a common word or a place
("Caribe", "Amuay"), so a name without a ship word is read as a vessel only when all of these hold:

- it comes after "the" and is, word for word and capitalized, the whole name of one listed vessel,
  not the start of a longer name (``_vessels.name_at``);
- a ship does something right after it, or after an apposition between commas (official.yaml
  ``sanctions.vessel_followers``: "sailed", "remained", "zarpó"), or it is joined by "and"/"y"
  to another such name ("the Yare and the Paramaconi remained"); a name used as a modifier
  ("the Amuay refinery", "the Sakhalin Island oil projects") is not followed so;
- the page tells of sanctions;
- and the entry's owner ("Linked To") is the owner of a vessel the same document names with a ship
  word, or is itself named in the document ("Petroleos de Venezuela", or an alias the lexicon gives it: "PDVSA").

Each match keeps its document and characters, like the ship-word matches. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pesquisa.ingest import SanctionEntry
from pesquisa.lexicon import load_lexicon
from pesquisa.resolve.sanctions._names import strip_legal_forms
from pesquisa.resolve.sanctions._records import SanctionMatch, settings
from pesquisa.resolve.sanctions._vessels import JOINT, name_at, tells_of_sanctions, vessel_names
from pesquisa.text import fold_chars

ARTICLE = re.compile(r"(?<![\w-])(?:the|The|el|El|la|La)\s+")
LINKED = re.compile(r"Linked To:\s*([^;]+)")
WORDS = re.compile(r"[^\W_]+")
APPOSITION = re.compile(r",(?:\s+[\w\-.'’]+){1,8},")  # ", operated by Gallion Navigation,"
NEXT_WORD = re.compile(r"\s+([^\W\d_][\w\-]*)")


@cache
def _followers() -> frozenset[str]:
    """The words that say a ship did something right after its name, folded."""
    return frozenset(fold_chars(w).lower() for w in settings()["vessel_followers"])


def _owner_keys(entry: SanctionEntry) -> set[str]:
    """The names of the entry's owners ("Linked To", from the remarks when the links were not read) as compared: legal
    form and punctuation aside, folded, one space between words."""
    links = entry.links or [m.rstrip(". ") for m in LINKED.findall(entry.remarks or "")]
    return {" ".join(WORDS.findall(strip_legal_forms(link))) for link in links if link.strip()}


@cache
def _owner_names(owner: str) -> frozenset[str]:
    """The ways the news writes an owner compared as ``owner``: that name (six letters or more), and the names and
    aliases of the lexicon's organization of that name ("PDVSA" of PETROLEOS DE VENEZUELA, S.A.), folded."""
    names = {owner} if len(owner) > 5 else set()
    for entry in load_lexicon().organizations.values():
        written = [entry.name, *entry.aliases]
        if any(" ".join(WORDS.findall(strip_legal_forms(n))) == owner for n in written):
            names |= {" ".join(WORDS.findall(fold_chars(n).lower())) for n in written if len(n) >= 4}
    return frozenset(names)


def _acts_after(body: str, end: int) -> bool:
    """True when the word right after a name, or after an apposition between commas ("The NS Century, operated by
    Gallion Navigation, sailed"), says a ship did something ("remained", "sailed", "zarpó")."""
    aside = APPOSITION.match(body, end)
    word = NEXT_WORD.match(body, aside.end() if aside else end)
    return word is not None and fold_chars(word.group(1)).lower() in _followers()


def _bare_names(body: str, index: dict[str, list[SanctionEntry]]) -> list[tuple[int, int, SanctionEntry]]:
    """The listed vessels written after "the" as ships are, alone or joined to one another, in document order."""
    found: dict[int, tuple[int, int, SanctionEntry]] = {}
    for article in ARTICLE.finditer(body):
        chain: list[tuple[int, int, SanctionEntry]] = []
        pos: int | None = article.end()
        while pos is not None and (named := name_at(body, pos, index)):
            chain.append(named)
            joint = JOINT.match(body, named[1])
            pos = joint.end() if joint else None
        if chain and _acts_after(body, chain[-1][1]):
            found.update({named[0]: named for named in chain})
    return [found[k] for k in sorted(found)]


def fleet_matches(documents: Iterable[tuple[str, str]], entries: Iterable[SanctionEntry],
                  named: Iterable[SanctionMatch]) -> list[SanctionMatch]:
    """One match per listed vessel a document names without a ship word, where the document names a vessel of the same
    owner with one (``named``: the ship-word matches) or the owner itself. A vessel ``named`` already, in other
    documents, gets these mentions added to its match instead (it is changed in place)."""
    index = vessel_names(entries)
    if not index:
        return []
    by_uid = {e.uid: e for keyed in index.values() for e in keyed}
    owners_in: dict[str, set[str]] = {}
    for match in named:
        for mention in match.mentions:
            owners_in.setdefault(mention["document_id"], set()).update(_owner_keys(by_uid[match.list_id])
                                                                       if match.list_id in by_uid else ())
    known = {m.list_id: m for m in named}
    seen: dict[str, tuple[SanctionEntry, str, list[dict]]] = {}
    for document_id, body in documents:
        if not body or not tells_of_sanctions(body):
            continue
        text = " ".join(WORDS.findall(fold_chars(body).lower()))
        for start, end, entry in _bare_names(body, index):
            owners = _owner_keys(entry)
            shared = owners & owners_in.get(document_id, set())
            written = {o for o in owners if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in _owner_names(o))}
            if not (shared or written) or (entry.uid in known and any(
                    m["document_id"] == document_id for m in known[entry.uid].mentions)):
                continue
            why = (f"a vessel of the same owner ({sorted(shared)[0].upper()}) named with a ship word in the document"
                   if shared else f"its owner ({sorted(written)[0].upper()}) named in the document")
            mention = {"document_id": document_id, "start": start, "end": end, "text": body[start:end]}
            seen.setdefault(entry.uid, (entry, why, []))[2].append(mention)
    out = []
    for entry, why, mentions in seen.values():
        if earlier := known.get(entry.uid):  # named with a ship word in another document: these mentions are its too
            earlier.mentions.extend(mentions)
            earlier.evidence[1:1] = [f"named in document {m['document_id']}, characters {m['start']}-{m['end']}, "
                                   f"{why}" for m in mentions]
            continue
        read = f"'{mentions[0]['text']}' written after 'the' as a ship's name = vessel list name '{entry.name}': {why}"
        kind = entry.vessel.get("vessel_type")
        out.append(SanctionMatch.named_in_text("vessel", entry, read, mentions, 0.8,
                                               listed=(f"listed as a vessel: {kind}",) if kind else ()))
    return sorted(out, key=lambda m: (m.entity_name, m.list_id))
