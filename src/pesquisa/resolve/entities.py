"""Cross-document entity resolution with stable ids.

People: blocking by name part, then a scored comparison of folded name parts:
- the same parts in any order, or a near-identical spelling (rapidfuzz ratio >= 92),
- a shorter name whose parts all appear in one longer name ("Roberto Velasco" of
  "Roberto Velasco Álvarez"; "Luis Martinez" of "Luis Ángel Martínez Cabrera"),
- a surname alone ("Ebrard") joining the only full name that ends with it,
- a first name with a withheld surname ("Homero «N»") joining the only full name
  that starts with it.
A shorter name that fits two longer ones joins neither: two Rodríguez stay apart
unless evidence joins them. Organizations and places resolve by lexicon key
(English, Spanish and acronyms are one key) or folded name.

Ids come from the canonical name (``make_id``), so the same documents give the same
ids in any order or batching. Analyst judgements (merge/split) are replayed on top
of every run, in the order they were made.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from pesquisa.lexicon import CRIMINAL_KINDS, fold, full_given_name, generation_of, load_lexicon, read_data
from pesquisa.records import make_id
from pesquisa.resolve._facts import GroupFacts, facts_of
from pesquisa.resolve._initials import written_out
from pesquisa.resolve._nickname_links import link_nicknames
from pesquisa.resolve._nicknames import article_opened, goes_by_nickname, nicknames, nicknames_apart, sharing_nickname
from pesquisa.resolve._occupations import names_occupation
from pesquisa.resolve._roles import roles_agreeing, short_form_hits
from pesquisa.resolve._spelling import capital_particles, written_accents
from pesquisa.resolve._trade_words import TRADE_AFTER, TRADE_BEFORE, trade_told  # noqa: F401  (re-exported)
from pesquisa.resolve.names import TRADE_MARK, NameIndex, Parts, name_length, other_short_form
from pesquisa.resolve.sanctions import title_side
from pesquisa.text import WITHHELD

# The withheld-surname marks of names.yaml ("Homero «N»", "José N."); "N." only at the end of a name.
ID_PREFIX = {"person": "per", "organization": "org", "place": "plc"}


@dataclass(slots=True)
class EntityRef:
    """One in-document entity, as resolution sees it."""

    document_id: str
    local_id: str
    type: str
    name: str
    key: str | None = None
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    resolved_id: str | None = None  # the entity it belongs to in the store now (None: not resolved yet)
    # its document makes it a leader or member of a cartel, faction or gang ("Omar Treviño Morales, the former leader
    # of the Los Zetas cartel"): a side of the law, as a trafficker's title would be
    trade: bool = False
    civil: bool = False  # its document gives it an ordinary occupation ("a Katy real estate agent": ``_occupations``)
    roles: set[str] = field(default_factory=set)  # the roles the words beside it tell ("el empresario |X|": ``_roles``)


@dataclass(slots=True)
class Judgement:
    kind: str  # merge | split
    target: str
    other: str | None = None


@dataclass(slots=True)
class ResolvedEntity:
    id: str
    type: str
    name: str
    key: str | None
    aliases: list[str]
    members: list[EntityRef]

    def to_row(self) -> dict:
        countries = sorted({c for c in [_country(self.key)] if c})
        return {"id": self.id, "type": self.type, "name": self.name, "key": self.key,
                "aliases": self.aliases, "countries": countries}


def _country(key: str | None) -> str | None:
    lex = load_lexicon()
    if key and key in lex.organizations:
        return lex.organizations[key].country
    return None


@cache
def particles() -> frozenset[str]:
    """Folded words that are no name part of their own: names.yaml's particles and withheld-surname marks.

    The extractor reads the same list to allow "de la", "Jr." inside a name; folding drops
    the period ("Jr." -> "jr"), and a bare "N" left by a mark is one too.
    """
    data = read_data("names.yaml")
    folded = (fold(str(p)) for p in [*data["particles"], *data["withheld_surname"]])
    return frozenset(p for p in folded if p.isalnum())


def name_parts(name: str) -> list[str]:
    """Folded name parts without particles or withheld-surname marks."""
    skip = particles()
    return full_given_name([p for p in fold(WITHHELD.sub(" ", name)).split() if p not in skip])


def build_refs(mentions: Iterable[tuple[str, str, str, str, str]],
               titles: Iterable[tuple[str, str, str]],
               memberships: Iterable[tuple[str, str, str]] = ()) -> list[EntityRef]:
    """In-document entities from stored mentions, titles and memberships (pure).

    ``mentions`` are ``(document_id, local_id, type, text, name)`` in document order;
    ``titles`` are ``(document_id, local_id, title)``; ``memberships`` are
    ``(document_id, person local_id, organization local_id)`` of the membership relations
    (leader_of, member_of). A person is named by its name with the most parts (then the
    most used), a nickname opened by an article last; an organization or place by its most used name, and keyed by the lexicon
    entry any of its names matches. A person a member or leader of a criminal organization
    of the lexicon is marked ``trade``.
    """
    refs: dict[tuple[str, str], EntityRef] = {}
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for doc_id, local_id, kind, text, name in mentions:
        forms[(doc_id, local_id)][name] += 1
        ref = refs.setdefault((doc_id, local_id), EntityRef(doc_id, local_id, kind, name))
        if text not in ref.forms:
            ref.forms.append(text)
    lex = load_lexicon()
    for key, ref in refs.items():
        names = forms[key]
        if ref.type == "person":
            ref.name = min(names, key=lambda n: (article_opened(n), -len(name_parts(n)), -names[n], n))
        else:
            # a context-only alias ("Congress") was keyed by its article (the mention has the organization's
            # name then); stored alone it names nobody for sure
            ref.key = next((k for k in (lex.org_key(n) if ref.type == "organization"
                                        else lex.place_key(n) for n in sorted(names)) if k), None)
            ref.name = sorted(names, key=lambda n: (-names[n], n))[0]
    for doc_id, local_id, title in titles:
        if (doc_id, local_id) in refs:
            refs[(doc_id, local_id)].titles.append(title)
    for doc_id, person, org in memberships:
        member, group = refs.get((doc_id, person)), refs.get((doc_id, org))
        if member and group and criminal_key(group.key):
            member.trade = True
    return sorted(refs.values(), key=lambda r: (r.document_id, r.local_id))


def criminal_key(key: str | None) -> bool:
    """True when ``key`` is the lexicon key of a cartel, faction or gang."""
    entry = load_lexicon().organizations.get(key) if key else None
    return entry is not None and entry.kind in CRIMINAL_KINDS


def _canonical(names: Counter[str]) -> str:
    """The name a group is shown by: the fullest, the most used, one that withholds nothing; among spellings of one
    name, the one written with its accents ("Juan Ramón Ortega de la Cruz" over an English wire's "Juan Ramon Ortega
    De La Cruz"), and its particles in lower case, as Spanish writes them; a nickname opened by an article last."""
    return sorted(names, key=lambda n: (article_opened(n), -len(name_parts(n)), -names[n], WITHHELD.search(n) is not None,
                                        -written_accents(n), capital_particles(n), n))[0]


def person_group(ref: EntityRef) -> Parts:
    """The name group of a person: its folded name parts (empty for particles only), ``TRADE_MARK`` where its document
    puts it on the drug trade's side alone (not a mayor of the same name: ``sides_apart``), a generation suffix ("Jr.")."""
    parts = tuple(name_parts(ref.name))
    suffix = generation_of(fold(ref.name).split())
    marked = (*parts, TRADE_MARK) if len(parts) >= 2 and _sides([ref]) == {"trade"} else parts
    return (*marked, suffix) if parts and suffix else marked


def keyed_group(ref: EntityRef) -> str:
    """The group of an organization or place: its lexicon key, else its folded name without a leading article."""
    return ref.key or re.sub(r"^(the|la|el|los|las) ", "", fold(ref.name))


def group_key(ref: EntityRef) -> str | None:
    """The stored key of a ref's group: name parts space-joined for people, else ``keyed_group``; None for no group."""
    if ref.type == "person":
        return " ".join(person_group(ref)) or None
    return keyed_group(ref)


def withheld(refs: Iterable[EntityRef]) -> bool:
    """True when every name of a group withholds the surname ("Homero «N»")."""
    return all(WITHHELD.search(r.name) for r in refs)


def full_name_order(groups: Iterable[Parts]) -> list[Parts]:
    """Full names (two parts or more) in the order the greedy clustering takes them: longest, then alphabetical."""
    return sorted((g for g in groups if len(g) >= 2), key=lambda g: (-name_length(g), g))


def person_facts(refs: list[EntityRef]) -> GroupFacts:
    """The facts (``GroupFacts``) of one person group's refs."""
    return facts_of(refs, _sides(refs))


def cluster_full_names(groups: dict[Parts, GroupFacts]) -> dict[Parts, Parts]:
    """The founder of the cluster each full-name group joins (a founder maps to itself).

    Longest names first; a name joins the only earlier cluster whose founder has all
    its parts (unless its surname is withheld), else the only one of as many parts
    spelled near-identically; with no hit or two hits it founds its own cluster. Only
    founders that are ``NameIndex`` neighbours are read, so a component of that graph
    can be clustered alone with the same result.
    """
    founders = NameIndex()
    out: dict[Parts, Parts] = {}
    merged: dict[Parts, GroupFacts] = {}  # founder -> its cluster's documents, sides of the law and names
    nicks: dict[Parts, frozenset[str]] = {}  # founder -> the nicknames its cluster goes by
    for parts in full_name_order(groups):
        own, mine = groups[parts].docs, nicknames_of(groups[parts])
        # two names one article keeps apart are two people (the senator "Abigail" beside "Abigael" of the same
        # surnames, the reporter "Teresa Zambada" beside "María Teresa Zambada Niebla"): a name joins only
        # clusters of other documents
        hits = set() if groups[parts].held else {f for f in founders.supersets(parts) if not merged[f].docs & own}
        if not hits:
            hits = {f for f in founders.similar(parts) if not merged[f].docs & own}
        if not hits:  # "Hector M. Luna" of "Héctor Manuel Luna Salgado"
            hits = {f for f in founders.initialed(parts) if written_out(parts, f) and not merged[f].docs & own}
        # "Jr." is the son, not the father; "Cruz Sánchez" (two surnames) is not "Cruz Sánchez Medrano"
        hits = {f for f in hits if generation_of(f) == generation_of(parts) and not other_short_form(parts, f)}
        # "el jefe de la policía municipal, Miguel Treviño" is not the "Zetas leader" Miguel Ángel Treviño Morales;
        # a man who goes by "El Güero" is not the one who goes by "El Barbón"
        hits = {f for f in hits if not sides_apart(groups[parts].sides, merged[f].sides)
                and not nicknames_apart(mine, nicks[f])}
        hits = sharing_nickname(hits, mine, nicks)  # of the father and the son, the one going by the nickname
        roles = {f: merged[f].roles for f in founders.supersets(parts[1:]) if not merged[f].docs & own} if len(parts) >= 2 else {}
        # "Juan Carlos López", a businessman, of the businessman and the mayor; "Sen. Alex Padilla", the senator Alejandro
        hits = roles_agreeing(hits, groups[parts].roles, roles) or short_form_hits(parts, roles, groups[parts].roles, roles)
        if len(hits) == 1:
            out[parts] = next(iter(hits))
        else:
            founders.add(parts)
            out[parts] = parts
        merged.setdefault(out[parts], GroupFacts()).add(groups[parts])
        nicks[out[parts]] = nicks.get(out[parts], frozenset()) | mine
    link_nicknames(out, merged, nicks, sides_apart)  # "Chiquito Malo" alone is "Juan Pérez, alias Chiquito Malo"
    return out


def nicknames_of(facts: GroupFacts) -> frozenset[str]:
    """The nicknames a name group goes by (``_nicknames.nicknames`` of its names and surface forms)."""
    return nicknames({p for n in facts.names for p in name_parts(n)}, facts.aliases)


def _sides(refs: list[EntityRef]) -> set[str]:
    """The sides of the law the titles of ``refs`` put them on (``sanctions.title_side``: office, trade), and trade for
    a ref its document makes a cartel's leader or member with no title ("X, the former leader of the Zetas") or names
    by a nickname (``goes_by_nickname``: "alias “Z-42”"), else civil for one given an ordinary occupation."""
    trade = any(r.trade or goes_by_nickname(name_parts(r.name), r.forms) for r in refs)
    # "|Mario Castañeda|, an El Paso criminal defense lawyer": an ordinary occupation read as the name's title
    civil = {"civil"} if any(r.civil or any(map(names_occupation, r.titles)) for r in refs) else set()
    return {side for r in refs for t in r.titles if (side := title_side(t))} | ({"trade"} if trade else civil)


def sides_apart(a: set[str], b: set[str]) -> bool:
    """True when one name holds an office or an ordinary occupation and the other only a role of the drug trade: a
    police chief, a mayor, a reporter or a real estate agent who shares a capo's name, not the capo."""
    return (a in ({"office"}, {"civil"}) and b == {"trade"}) or (a == {"trade"} and b in ({"office"}, {"civil"}))


def single_name_hits(word: str, held: bool, founders: Iterable[Parts]) -> set[Parts]:
    """Founders a one-word name can join: a surname ("Ebrard") after the first part, a withheld one as the first."""
    if held:
        return {f for f in founders if f[0] == word}
    return {f for f in founders if word in f[1:]}


def _person_clusters(refs: list[EntityRef]) -> list[list[EntityRef]]:
    groups: dict[Parts, list[EntityRef]] = defaultdict(list)
    for ref in refs:
        parts = person_group(ref)
        if parts:
            groups[parts].append(ref)
    founder = cluster_full_names({parts: person_facts(members) for parts, members in groups.items()})
    clusters: dict[Parts, list[EntityRef]] = {}  # founder -> members, in founding order
    for parts in full_name_order(groups):
        clusters.setdefault(founder[parts], []).extend(groups[parts])
    index = NameIndex(clusters)
    for parts, members in sorted(((g, m) for g, m in groups.items() if len(g) == 1), key=lambda t: t[0]):
        hits = single_name_hits(parts[0], withheld(members), index.with_part(parts[0]))
        home = next(iter(hits)) if len(hits) == 1 else parts
        clusters.setdefault(home, []).extend(members)
    return list(clusters.values())


def _keyed_clusters(refs: list[EntityRef]) -> list[list[EntityRef]]:
    groups: dict[str, list[EntityRef]] = defaultdict(list)
    for ref in refs:
        groups[keyed_group(ref)].append(ref)
    return [groups[k] for k in sorted(groups)]


def make_entity(kind: str, members: list[EntityRef], forced_id: str | None = None) -> ResolvedEntity:
    """The entity a cluster of refs makes: canonical name, id from its key or name (or ``forced_id``), aliases."""
    return entity_of(kind, [facts_of(members, set())], members, forced_id)


def entity_of(kind: str, facts: list[GroupFacts], members: list[EntityRef], forced_id: str | None = None) -> ResolvedEntity:
    """The entity of a cluster whose groups have ``facts`` (in cluster order), as ``make_entity`` makes it from all
    their refs; ``members`` are the refs it carries (all of them, or only those an increment writes again)."""
    lex = load_lexicon()
    key = next((f.key for f in facts if f.key), None)
    if key and kind == "organization" and key in lex.organizations:
        name = lex.organizations[key].name
    elif key and kind == "place" and key in lex.places:
        name = lex.places[key].name
    else:
        names = facts[0].names if len(facts) == 1 else Counter()
        for f in facts if len(facts) > 1 else ():
            names.update(f.names)
        name = _canonical(names)
    ident = forced_id or make_id(ID_PREFIX[kind], key or fold(name))
    aliases = sorted(set().union(*(f.aliases for f in facts)) - {name})
    return ResolvedEntity(ident, kind, name, key, aliases, sorted(members, key=lambda m: (m.document_id, m.local_id)))


def apply_judgements(entities: list[ResolvedEntity], judgements: list[Judgement], *,
                     taken: Callable[[str], bool] | None = None) -> list[ResolvedEntity]:
    """Replay merge/split judgements, in order, on ``entities`` (pure); returns the entities after them.

    Only entities named by a judgement (or made by an earlier one) change, so the replay can
    run on a part of the store: ``taken`` then says whether an id is used outside that part.
    """
    by_id = {e.id: e for e in entities}

    def used(ident: str) -> bool:
        return ident in by_id or (taken is not None and taken(ident))

    for j in judgements:
        if j.kind == "merge" and j.other and j.target in by_id and j.other in by_id and j.target != j.other:
            a, b = by_id.pop(j.target), by_id.pop(j.other)
            merged = make_entity(a.type, a.members + b.members, forced_id=min(a.id, b.id))
            by_id[merged.id] = merged
        elif j.kind == "split" and j.target in by_id:
            entity = by_id.pop(j.target)
            parts: dict[str, list[EntityRef]] = defaultdict(list)
            for m in entity.members:
                parts[fold(m.name)].append(m)
            for members in parts.values():
                piece = make_entity(entity.type, members)
                if used(piece.id):
                    piece = make_entity(entity.type, members, forced_id=make_id(ID_PREFIX[entity.type], "split", piece.id))
                by_id[piece.id] = piece
    return sorted(by_id.values(), key=lambda e: e.id)


def resolve_entities(refs: list[EntityRef], judgements: list[Judgement] | None = None) -> list[ResolvedEntity]:
    """Entities across documents, each with its members and a stable id (pure)."""
    out: list[ResolvedEntity] = []
    for kind in ("person", "organization", "place"):
        of_kind = [r for r in refs if r.type == kind]
        clusters = _person_clusters(of_kind) if kind == "person" else _keyed_clusters(of_kind)
        made: dict[str, ResolvedEntity] = {}
        for members in clusters:
            entity = make_entity(kind, members)
            if entity.id in made:  # two clusters with one canonical name: keep both, apart
                entity = make_entity(kind, members, forced_id=make_id(ID_PREFIX[kind], fold(entity.name),
                                                                min(m.local_id for m in members)))
            made[entity.id] = entity
        out.extend(made.values())
    return apply_judgements(out, judgements or [])


def carry_redirects(moved: Iterable[tuple[str | None, str | None]], old_ids: set[str], new_ids: set[str],
                    existing: dict[str, str]) -> dict[str, str]:
    """Redirects from ids that stopped existing to where their mentions went (pure).

    ``moved`` pairs each mention's old entity id with its new one. An old id that is
    gone points to the new id most of its mentions moved to; chains are followed to an
    id that exists, and standing redirects are kept.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for old, new in moved:
        if old and new and old not in new_ids:
            counts[old][new] += 1
    redirects = dict(existing)
    for old in sorted(old_ids - new_ids):
        if counts.get(old):
            redirects[old] = sorted(counts[old].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    for old, new in list(redirects.items()):
        seen = {old}
        while new in redirects and new not in new_ids and new not in seen:
            seen.add(new)
            new = redirects[new]
        redirects[old] = new
    return {o: n for o, n in redirects.items() if o not in new_ids and o != n}
