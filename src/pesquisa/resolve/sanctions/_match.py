"""The rules that match a person or an organization of the knowledge base to list entries, and the
analyst's judgements replayed over them.

A person matches when every part of the shorter name is in the longer one (both family
names when the list gives two; a surname or a first name alone never), then the evidence
of ``_evidence`` moves the score; an organization matches when its name parts are the same
set as a list name's, legal forms and articles aside. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable

from pesquisa.ingest import SanctionEntry
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.resolve.sanctions._companies import company_matches
from pesquisa.resolve.sanctions._coordinated import coordinated_matches
from pesquisa.resolve.sanctions._evidence import person_evidence, read_traits
from pesquisa.resolve.sanctions._fleet import fleet_matches
from pesquisa.resolve.sanctions._generation import mark_after, unmarked_parts
from pesquisa.resolve.sanctions._judged import replay_judgements
from pesquisa.resolve.sanctions._names import (
    ARTICLES,
    ListName,
    SanctionIndex,
    alias_key,
    bare_alias,
    covered,
    former_group_name,
    group_core,
    has_legal_form,
    name_tokens,
    nicknames,
    org_key,
    person_parts,
    same_generation,
    same_part,
    strip_legal_forms,
)
from pesquisa.resolve.sanctions._one_word import one_word_matches
from pesquisa.resolve.sanctions._person_as_org import person_read_as_org
from pesquisa.resolve.sanctions._records import KBEntity, SanctionJudgement, SanctionMatch, settings
from pesquisa.resolve.sanctions._vessels import vessel_matches

WHOLE_AKA = "the whole name is an a.k.a. of the entry"


def _name_fit(parts: list[str], listed: ListName) -> tuple[str, float, list[str]] | None:
    """How a person's name parts fit one list name: (fit, base score, spelling notes), or None."""
    full = listed.parts
    if len(parts) < 2 or len(full) < 2:
        return None
    inside, drift = covered(parts, full)
    if inside and len(parts) == len(full):
        return "all name parts", 0.9, drift
    around, drift2 = covered(full, parts)
    if around and len(full) >= 3:
        return "every listed name part (the news adds a name)", 0.85, drift2
    if not inside or not listed.family:
        return None
    family_in, _ = covered(listed.family, parts)
    given_in = any(any(same_part(g, p) for p in parts) for g in listed.given)
    if not given_in:
        return None  # surnames alone are never enough
    if family_in:
        return "family names and a given name", 0.85, drift
    if any(same_part(listed.family[0], p) for p in parts):
        return f"given name and first family name (second family name {listed.family[-1].upper()} not written)", 0.75, \
            drift
    return None


def _given_in_order(parts: list[str], listed: ListName) -> bool:
    """True when the list name's given names come in the order the news writes them."""
    given = [g for g in listed.given if g in parts]
    return [p for p in parts if p in given] == given


def _first_given_written(parts: list[str], listed: ListName) -> bool:
    """True when the list name's first given name is among the parts the news writes."""
    return bool(listed.given) and listed.given[0] in parts


def _full_name_differs(entity: KBEntity, listed: ListName) -> bool:
    """True when the entity's own name, three parts or more, does not fit the list name: "Ovidio Guzmán" of an
    entity named "Ovidio Guzmán Pérez" is not GUZMAN LOPEZ, Ovidio, however the short name fits. A nickname the
    entity is named by ("El Chino Antrax", alias "Jose Rodrigo Arechiga"), opening with an article, is no full name."""
    full = person_parts(entity.name)
    return len(full) >= 3 and full[0] not in ARTICLES and _name_fit(full, listed) is None


def _known_full_names(entity: KBEntity) -> set[str]:
    """The full names the lexicon gives the nicknames the entity goes by ("Juan José Esparragoza", alias "El Azul":
    Juan José Esparragoza Moreno), for a short name the news never completes."""
    known = settings()["known_nicknames"]
    full = {known[k] for k in (" ".join(fold(a).split()) for a in [entity.name, *entity.aliases]) if k in known}
    # the entity's own name must be the nickname or a part of the full name: "Pedro Sánchez, alias El Azul" of a police
    # bulletin is someone else who goes by the same nickname
    own = person_parts(entity.name)
    return {f for f in full if " ".join(fold(entity.name).split()) in known or covered(own, person_parts(f))[0]}


def _match_person(entity: KBEntity, index: SanctionIndex) -> list[SanctionMatch]:
    from_nickname, mark = _known_full_names(entity) - {entity.name, *entity.aliases}, mark_after(entity.contexts)
    names = sorted({entity.name, *entity.aliases, *from_nickname}, key=lambda n: (-len(person_parts(n)), n))
    best: dict[str, tuple[float, str, list[str], ListName, list[str]]] = {}
    for name in names:
        parts = person_parts(name)
        for listed in index.person_candidates(parts):
            fit = _name_fit(unmarked_parts(parts, listed), listed)
            if fit is None or not same_generation(f"{name} {mark}" if mark else name, listed) \
                    or (fit[1] < 0.8 and _full_name_differs(entity, listed)):
                continue  # "Rafael Caro Quintero Jr." is not CARO QUINTERO, Rafael
            how, base, drift = fit
            score = base - 0.05 * len(drift)
            known = best.get(listed.entry.id)
            if known is None or score > known[0]:
                said = f"name '{name}'" + (" (the lexicon's full name of the nickname)" if name in from_nickname else "")
                best[listed.entry.id] = (score, how, [f"{said} = list name '{listed.text}': {how}", *drift],
                                         listed, parts)
        for listed in index.nickname_candidates(parts):  # "Mayo Zambada": an a.k.a. of the entry and its family name
            if listed.entry.id not in best:
                how = "an a.k.a. of the entry and its family name"
                best[listed.entry.id] = (0.8, how, [f"name '{name}' = list name '{listed.text}': {how}"], listed, parts)
        key = alias_key(name)
        for eid in sorted(index.by_nickname.get(key, ())) if len(parts) >= 2 and key.split()[0] not in ARTICLES else []:
            primary = index.primary.get(eid)  # "Ponchito Corona": word for word an a.k.a. of CORONA ROBLES, Edgar Alfonso
            if primary and eid not in best:
                best[eid] = (0.75, WHOLE_AKA, [f"name '{name}' = a.k.a. of '{primary.text}': {WHOLE_AKA}"], primary, parts)
    # the lost given name's entry even beside a namesake's partial fit the evidence will drop ("Pedro Sánchez")
    best = {**_family_names_and_alias(entity, names, index), **best} or _given_names_and_alias(entity, names, index)
    if not best:
        return []
    traits = read_traits(entity)
    # a name short of a family name, or a two-word a.k.a. ("Chucho Pérez" is also anyone's name): evidence must add
    partial = {eid for eid, (_s, how, _e, _l, _p) in best.items()
               if how.startswith("given name and first family") or how == WHOLE_AKA or _common_name(_p)}
    short = sum(how.startswith("given name and first family") for _s, how, _e, _l, _p in best.values())
    scored = []
    for eid, (score, how, notes, listed, _parts) in best.items():
        delta, more = person_evidence(traits, listed.entry, index.nicknames.get(eid, set()), listed.family, listed.given,
                                      alias_fit="a.k.a." in how)
        if eid in partial and not (more := _partial_fit(delta, more, _parts, listed, alone=short < 2)):
            continue  # a name short of a family name needs something more the news says to fit
        scored.append((round(score + delta, 2), eid, notes + more))
    kept = [k for k in scored if k[0] >= settings()["threshold"]]
    if not kept:
        return []
    # One person is one entry: keep the best. A name without its second family name is only
    # enough when a single entry leads once the evidence is in (two Joaquín Guzmán are listed).
    top = max(s for s, _e, _n in kept)
    leaders = [k for k in kept if k[0] == top]
    # siblings listed with the same given names in another order ("Ramon Eduardo", "Eduardo Ramon"): the order written
    in_order = [k for k in leaders if _given_in_order(best[k[1]][4], best[k[1]][3])]
    leaders = in_order or leaders
    # one given name written of two listed ("Ramón Arellano Félix", "Ramón Arellano"): the one whose first given name
    # it is (Ramon Eduardo), not his brother's second (Eduardo Ramon); people go by their first given name
    first = [k for k in leaders if _first_given_written(best[k[1]][4], best[k[1]][3])]
    leaders = first or leaders
    if len(leaders) > 1 and any(k[1] in partial for k in leaders):
        return []  # still several, and a name short of a family name cannot tell them apart
    return [_make(entity, index.entries[eid], score, notes) for score, eid, notes in leaders]


def _partial_fit(delta: float, notes: list[str], parts: list[str], listed: ListName, *, alone: bool) -> list[str]:
    """The evidence notes of a name short of the entry's second family name when it fits (``_partial_enough``, or
    every given name of the entry written and nothing against), else none. Every given name tells one entry only when
    the name is short of no other's (``alone``): "Fausto Isidro Meza" is MEZA FLORES and MEZA ANGULO, and a nickname
    of neither beside it ("El Güero") that speaks against the one with a.k.a.s says nothing for the other."""
    if _partial_enough(delta, notes, parts):
        return notes
    told = alone and delta >= 0 and _every_given_written(parts, listed)
    return [*notes, "every given name of the entry written"] if told else []


def _every_given_written(parts: list[str], listed: ListName) -> bool:
    """True when the news writes, in the list's order, every given name of an entry that has two or more, not all of
    them common ("Iván Archivaldo Guzmán" of GUZMAN SALAZAR, Ivan Archivaldo): as telling as a second family name,
    though "Juan José" or "José Luis" with a family name is borne by thousands, and "María Fernanda" with a common
    family name ("López") by many."""
    given, common = listed.given, settings()["common_given_set"]
    if len(given) < 2 or " ".join(given) in common or all(g in common for g in given) \
            or (any(g in common for g in given) and listed.family[0] in settings()["common_family_set"]):
        return False
    return any(parts[i:i + len(given)] == given for i in range(len(parts)))


def _common_name(parts: list[str]) -> bool:
    """True when a name is one of the commonest given names and one of the commonest family names ("Luis Sánchez")."""
    conf = settings()
    return len(parts) == 2 and parts[0] in conf["common_given_set"] and parts[1] in conf["common_family_set"]


def _partial_enough(delta: float, notes: list[str], parts: list[str]) -> bool:
    """True when what the news says beside a name short of the entry's second family name is enough to fit: something
    for it; for a common name ("Luis Sánchez", a defendant "charged with structuring"), something of the entry's own
    (an a.k.a., a birth year, kin of its family), not the trade or the courtroom around it, which thousands share."""
    if delta <= 0:
        return False
    own = [n for n in notes if n.startswith(("alias '", "told as kin")) or (n.startswith("birth year") and
                                                                         n.endswith("fits the news"))]
    return bool(own) or not _common_name(parts)


def _given_names_and_alias(entity: KBEntity, names: list[str], index: SanctionIndex) \
        -> dict[str, tuple[float, str, list[str], ListName, list[str]]]:
    """The one entry whose given names are all a name of the entity has, whose a.k.a. the entity also goes by, and
    whose first family name the news writes beside a mention: "Juan Carlos Morgan Huerta y su hermano José Arnoldo,
    alias 'El Chachio'" is MORGAN HUERTA, Jose Arnoldo, a.k.a. 'Chachio', though the news never writes his family
    names with those words (a "José Luis, alias 'El Gordo'" of a police bulletin is no one). Several entries: none."""
    keys = {alias_key(n) for n in names} | {k for n in names for k in nicknames(n)}
    nearby = {tok for c in entity.contexts for tok in name_tokens(f"{c.before} {c.after}")}
    found: dict[str, tuple[float, str, list[str], ListName, list[str]]] = {}
    for key in sorted(keys):
        for eid in sorted(index.by_nickname.get(key, set()) | index.by_nickname.get(bare_alias(key), set())):
            listed = index.primary.get(eid)
            given = next((n for n in names if listed and listed.family and person_parts(n) == listed.given), None)
            if listed and given and listed.family[0] in nearby and eid not in found:
                how = "the entry's given names and one of its a.k.a."
                found[eid] = (0.8, how, [f"name '{given}' and alias '{key}' = list name '{listed.text}': {how}"],
                              listed, person_parts(given))
    return found if len(found) == 1 else {}


def _family_names_and_alias(entity: KBEntity, names: list[str], index: SanctionIndex) \
        -> dict[str, tuple[float, str, list[str], ListName, list[str]]]:
    """The one entry whose two family names are a name of the entity, written alone, and whose a.k.a. the entity also
    goes by: "Sánchez Medrano, alias 'Cruzita'" is SANCHEZ MEDRANO, Cruz, a.k.a. 'CRUZITA', though the news (or its
    reader) lost her given name; the family names alone never are, nor an entity named with another given name.
    Several entries: none."""
    keys = {alias_key(n) for n in names} | {k for n in names for k in nicknames(n)}
    keys |= {bare_alias(k) for k in keys}
    found: dict[str, tuple[float, str, list[str], ListName, list[str]]] = {}
    for name in names:
        parts = person_parts(name)
        for listed in index.person_candidates(parts) if len(parts) >= 2 else []:
            nicks = index.nicknames.get(listed.entry.id, set())
            shared = sorted(keys & (nicks | {bare_alias(n) for n in nicks}))
            own = covered(person_parts(entity.name), listed.parts)[0]  # not "Pedro Sánchez" grouped with her
            if listed.kind == "primary" and listed.family == parts and shared and own and listed.entry.id not in found:
                how = "both family names and one of its a.k.a."
                found[listed.entry.id] = (0.8, how, [f"name '{name}' and alias '{shared[0]}' = list name "
                                                     f"'{listed.text}': {how}"], listed, parts)
    return found if len(found) == 1 else {}


def _without_short_form(name: str) -> frozenset[str]:
    """The name parts of a company whose name ends with a short legal form ("Co.", "Inc."), without it; two parts
    at least, else nothing."""
    words = name.split()
    if len(words) < 3 or fold(words[-1]) not in settings()["short_legal_forms"]:
        return frozenset()
    return org_key(" ".join(words[:-1]).rstrip(","))


def _org_names(entity: KBEntity) -> list[str]:
    names = [entity.name, *entity.aliases]
    lex = load_lexicon()
    if entity.key and entity.key in lex.organizations:
        entry = lex.organizations[entity.key]
        names += [entry.name, *entry.aliases]
    return list(dict.fromkeys(names))


def _match_org(entity: KBEntity, index: SanctionIndex) -> list[SanctionMatch]:
    lex = load_lexicon()
    kind = lex.organizations[entity.key].kind if entity.key and entity.key in lex.organizations else None
    if kind in settings()["public_kinds"]:
        return []  # a ministry, an army or a newspaper is not the sanctioned group of the same name
    best: dict[str, tuple[float, list[str]]] = {}
    base = {"primary": 0.9, "aka": 0.85, "nka": 0.85, "dba": 0.85, "fka": 0.8}
    for name in _org_names(entity):
        key = org_key(name)
        # a company named without its legal form ("Real Estates & Holiday Cities"), two words or more, is the
        # listed company of that name, a little less sure
        bare = index.orgs_bare.get(key, []) if len(key) >= 2 and not has_legal_form(name) else []
        bare = bare or index.orgs_bare.get(_without_short_form(name), [])  # "Youli Technology Development Co."
        for listed in [*index.orgs.get(key, []), *bare]:
            if (len(key) == 1 and (len(next(iter(key))) < 4 or has_legal_form(listed.text) != has_legal_form(name))) \
                    or former_group_name(listed):
                continue  # one short word, or a company name against a bare word: too little to go on
            without = listed in bare
            score = base[listed.kind] - (0.05 if without else 0.0)
            label = {"primary": "list name", "aka": "a.k.a.", "nka": "n.k.a.", "dba": "d.b.a.",
                     "fka": "formerly known as"}[listed.kind]
            if score > best.get(listed.entry.id, (0.0, []))[0]:
                best[listed.entry.id] = (score, [f"name '{name}' = {label} '{listed.text}'"
                                                 + (" without its legal form" if without else "")])
    if not best:
        names = _org_names(entity)
        best = _short_name_of_company(names, index) or _group_by_other_kind_word(names, index) \
            or one_word_matches(entity, names, index)
    return [_make(entity, index.entries[eid], score, notes) for eid, (score, notes) in best.items()
            if score >= settings()["threshold"]]


def _short_name_of_company(names: list[str], index: SanctionIndex) -> dict[str, tuple[float, list[str]]]:
    """A company named by its one-word a.k.a. and other words of its listed name ("Club Morumbi" of CLUB DEPORTIVO
    MORUMBI, ASOCIACION CIVIL, a.k.a. 'MORUMBI'): that company, a little less sure; two words at least."""
    found: dict[str, tuple[float, list[str]]] = {}
    for name in names:
        key = org_key(name)
        for word in sorted(key) if len(key) >= 2 else []:
            for listed in index.orgs.get(frozenset({word}), []) if len(word) >= 5 else []:
                full = org_key(strip_legal_forms(listed.entry.name))
                if listed.kind == "aka" and key <= full and listed.entry.id not in found:
                    found[listed.entry.id] = (0.8, [f"name '{name}' = a.k.a. '{listed.text}' with words of the list "
                                                    f"name '{listed.entry.name}'"])
    return found


def _group_by_other_kind_word(names: list[str], index: SanctionIndex) -> dict[str, tuple[float, list[str]]]:
    """The one listed group named by the same words as a group of the news but another word of its kind ("Cártel
    Arellano Félix" of ARELLANO FELIX ORGANIZATION, "Organización Hernández Salas" of HERNANDEZ SALAS TRANSNATIONAL
    CRIMINAL ORGANIZATION): that group, a little less sure. Several: none."""
    found: dict[str, tuple[float, list[str]]] = {}
    for name in names:
        for listed in [g for g in index.orgs_core.get(group_core(name), []) if not former_group_name(g)]:
            found.setdefault(listed.entry.id, (0.8, [f"name '{name}' = list name '{listed.text}': the same words, "
                                                     "another word for the group"]))
    return found if len(found) == 1 else {}


def _company_read_as_person(entity: KBEntity, index: SanctionIndex) -> list[SanctionMatch]:
    """The listed company (with a legal form, or a business named without one: "Gallística Diamante") a name read as
    a person's is, word for word ("Camelias Bar", "Pandas Frios" of a sanctions story): two words at least, no two
    of them parts of listed persons' names ("Bar" is one), so a name like "Juan Pérez" is never a company's."""
    names = [n for n in [entity.name, *entity.aliases]
             if len(org_key(n)) >= 2 and len(set(name_tokens(n)) & index.person_words) < 2]
    if not names:
        return []
    found = [m for m in _match_org(KBEntity(id=entity.id, type="organization", name=names[0], aliases=names[1:]), index)
             if has_legal_form(m.list_name) or not _names_group(m.list_name)]  # a group read as a person stays apart
    for match in found:
        match.entity_name = entity.name
        match.evidence.append("the news reader took the name for a person's")
    return found


def _names_group(list_name: str) -> bool:
    """True when a listed name with no legal form names a group ("SINALOA CARTEL", "LOS CUINIS"), not a business
    ("GALLISTICA DIAMANTE"): official.yaml ``group_words``, or an article first."""
    words = name_tokens(list_name)
    conf = settings()
    return bool(set(words) & conf["group_word_set"]) or (bool(words) and words[0] in conf["group_article_set"])


def _make(entity: KBEntity, entry: SanctionEntry, score: float, evidence: list[str]) -> SanctionMatch:
    return SanctionMatch(entity_id=entity.id, entity_name=entity.name, entry_id=entry.id, dataset=entry.dataset,
                         list_id=entry.uid, list_name=entry.name, programs=list(entry.programs),
                         score=round(min(score, 1.0), 2), evidence=evidence)


def match_entity(entity: KBEntity, index: SanctionIndex) -> list[SanctionMatch]:
    """The list entries ``entity`` matches, best first (pure). Persons meet person entries, organizations entities."""
    if entity.type == "person":
        found = _match_person(entity, index) or _company_read_as_person(entity, index)
    elif entity.type == "organization":
        found = _match_org(entity, index) or coordinated_matches(entity, index, _match_org) \
            or person_read_as_org(entity, index, _match_person)
    else:
        found = []
    return sorted(found, key=lambda m: (-m.score, m.list_id))


def match_sanctions(entities: Iterable[KBEntity], entries: Iterable[SanctionEntry],
                    judgements: Iterable[SanctionJudgement] = (), *,
                    documents: Iterable[tuple[str, str]] = ()) -> list[SanctionMatch]:
    """Every match of the knowledge base against the list, with the analyst's judgements replayed (pure).

    Steps: index the list by name part; match each person and organization, and the listed
    vessels the ``documents`` (id, text) name after a cue word (``_vessels``) or, beside a vessel of
    the same owner or the owner itself, with no cue word (``_fleet``), and the listed companies
    they name where no entity matched them (``_companies``); drop the
    pairs an analyst rejected; mark confirmed pairs (adding them when the rules missed
    them, as long as entity and entry still exist), in the order the judgements were made
    (``_judged``; a name read in the text is judged by its match's id).
    """
    entries = list(entries)
    index = SanctionIndex(entries)
    entities = list(entities)
    found = {(m.entity_id, m.dataset, m.list_id): m for e in entities for m in match_entity(e, index)}
    documents = list(documents)
    vessels = vessel_matches(documents, entries)
    found |= {(m.entity_id, m.dataset, m.list_id): m for m in [*vessels, *fleet_matches(documents, entries, vessels)]}
    # a listed company no entity of the knowledge base matched, named in a sentence that tells of companies
    matched = {m.entry_id for m in found.values()}
    found |= {(m.entity_id, m.dataset, m.list_id): m for m in company_matches(documents, entries)
              if m.entry_id not in matched}
    by_uid = {(e.dataset, e.uid): e for e in index.entries.values()}
    found = replay_judgements(found, judgements, {e.id: e for e in entities}, by_uid, _make)
    return sorted(found.values(), key=lambda m: (m.entity_name, -m.score, m.list_id))
