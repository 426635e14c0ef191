"""Mentions grouped into in-document entities."""

from __future__ import annotations

import re

from pesquisa.extract.entities._acronyms import acronym_mentions, defined_acronym, spells_without_place
from pesquisa.extract.entities._families import names_family
from pesquisa.extract.entities._family_forms import add_family_mentions
from pesquisa.extract.entities._kin_names import told_as_kin
from pesquisa.extract.entities._lexicon_match import context_named, context_owner, country_named
from pesquisa.extract.entities._located import local_reading
from pesquisa.extract.entities._names import NAME_TOKEN, in_any, is_given_name, is_known_place, names_data
from pesquisa.extract.entities._officials_apart import nicknames_apart, nicknames_of, official_apart
from pesquisa.extract.entities._setting import country_weights, mention_countries
from pesquisa.extract.entities._spokespeople import spokesperson_apart
from pesquisa.extract.entities._written_accents import with_written_accents
from pesquisa.lexicon import fold, full_given_name, generation_of, load_lexicon, namesake_marked, press_title_before
from pesquisa.records import LocalEntity, Mention, Span, make_id
from pesquisa.text import WITHHELD


def _same_person(short: list[str], full: list[str]) -> bool:
    """The folded name parts of ``short`` abbreviate ``full`` ('Luis Martinez' of 'Luis Ángel Martínez Cabrera')."""
    if len(short) >= 2 and generation_of(short) != generation_of(full):
        return False  # "Rafael Caro Quintero Jr." is not his uncle "Rafael Caro Quintero" ("Zamorano" is either)
    short, full = full_given_name(short), full_given_name(full)  # "Pam Bondi" of "Pamela Jo Bondi"
    rest = iter(full)  # in the full name's order: "González Valencia" is not "Juan Carlos Valencia González"
    return set(short) <= set(full) and short[-1] in full[1:] + ([full[0]] if len(short) == 1 else []) and \
        all(part in rest for part in short)


def _double_surname(short: list[str], entities: list[LocalEntity]) -> LocalEntity | None:
    """'Calderón Hinojosa' (both surnames) and the only 'Felipe Calderón' or 'Pedro Pablo Kuczynski' ending with the first."""
    if len(short) != 2:
        return None
    people = [(e, fold(e.name).split()) for e in entities if e.type == "person"]
    # the name of two surnames opens with no given name ("Freeman Martin" is not "Martin Cuellar"'s)
    hits = [(e, p[-1] if p[-1] == short[0] else p[0]) for e, p in people
            if (len(p) >= 2 and p[-1] == short[0] and not is_given_name(short[0])) or
            (len(p) == 2 and p[0] == short[-1] and not is_given_name(p[0]))]
    if len(hits) != 1:
        return None
    entity, shared = hits[0]
    return entity if sum(shared in p for _e, p in people) == 1 else None


def group_mentions(mentions: list[Mention], doc_id: str, *, text: str = "") -> list[LocalEntity]:
    """In-document entities from ``mentions``; assigns each mention's ``local_id`` (and may retype it).

    Steps: model organizations/places named like a relative of a person become people
    ("Ovidio Guzman" beside "Iván Archivaldo Guzmán"); people by name (fullest names
    first, shorter names joining the one they abbreviate); nicknames to their person;
    model organizations/places that are a person's surname or nickname become that
    person; organizations and places by lexicon key or folded name. Mentions that join
    no entity (a lone first name, a first name with a withheld surname and no full name
    beside it) are left out.
    """
    entities: list[LocalEntity] = []
    _relatives_as_people(mentions)
    by_name = _group_people(mentions, doc_id, entities, text)
    _attach_aliases(mentions, by_name)
    _alias_words_joined(entities)
    _surnames_as_people(mentions, entities)
    _group_named(mentions + acronym_mentions(text, mentions), doc_id, entities, text)
    return with_written_accents([e for e in entities if e.mentions])  # "JUAREZ, Mexico —" and "in Juárez": "Juárez"


def _new_person(doc_id: str, name: str, entities: list[LocalEntity]) -> LocalEntity:
    owner = LocalEntity(make_id("loc", doc_id, "person", fold(name)), "person", name)
    entities.append(owner)
    return owner


def _press_before(text: str, pos: int) -> bool:
    """True when a title of the press stands right before ``pos`` ("la periodista |Teresa Zambada")."""
    return bool(text) and press_title_before(text[max(0, pos - 40):pos])


def _press_apart(text: str, short_at: int, other_given: bool, nicknamed_spans: list[Span] | None) -> bool:
    """True when the shorter name at ``short_at`` is a reporter's ("la periodista |Teresa Zambada") and skips the longer
    name's first given name, or the longer name (at ``nicknamed_spans``) goes by a nickname and is never a reporter's."""
    return _press_before(text, short_at) and (other_given or (
        nicknamed_spans is not None and not any(_press_before(text, s.start) for s in nicknamed_spans)))


def _marked_namesake(text: str, start: int, end: int) -> bool:
    """True when the article marks the name at [start, end) as another person's (``lexicon.namesake_marked``)."""
    # after the name, room for an appositive before a denial of kinship (names.yaml ``kin_denied``)
    return bool(text) and namesake_marked(text[max(0, start - 60):start], text[end:end + 120])


def _group_people(mentions: list[Mention], doc_id: str, entities: list[LocalEntity], text: str = "") \
        -> dict[str, LocalEntity]:
    """People grouped by name (appends to ``entities``); returns the person of each full name."""
    people = [m for m in mentions if m.type == "person" and m.alias_of is None]
    first_seen: dict[str, int] = {}
    words: dict[str, set[str]] = {}  # name -> the words it is written with ("Joaquín Guzmán Loera": "el", "chapo")
    for m in people:
        first_seen.setdefault(m.name, m.span.start)
        words.setdefault(m.name, set()).update(fold(m.text).split())
    # the fullest names first; among equals, the one the article uses first (its introduction)
    full = sorted({m.name for m in people if len(m.name.split()) >= 2 and not WITHHELD.search(m.name)},
                  key=lambda n: (-len(n.split()), first_seen[n]))
    by_name: dict[str, LocalEntity] = {}
    marked = {m.name for m in people if _marked_namesake(text, m.span.start, m.span.end)}
    namesakes: set[str] = set()  # people the article marks as namesakes: they take no name used before them
    nicknames = nicknames_of(mentions)  # names that go by a nickname, and theirs
    for name in full:
        parts = fold(name).split()
        owner = _abbreviated(parts, entities, by_name, (first_seen, words), first_seen[name])
        if owner and (name in marked or (owner.local_id in namesakes and first_seen[name] < first_seen[owner.name])
                      or _press_apart(text, first_seen[name], parts[0] != fold(owner.name).split()[0],
                                      [m.span for m in people if m.name == owner.name] if owner.name in nicknames else None)
                      or _offices_apart(text, name, owner.name) or nicknames_apart(nicknames, name, owner.name)
                      or spokesperson_apart(text, first_seen[name], [m.span for m in people if m.name == owner.name])
                      or official_apart(text, first_seen[name], [m.span for m in people if m.name == owner.name],
                                        full_nicknamed=owner.name in nicknames)
                      or (told_as_kin(text, first_seen[name], first_seen[owner.name]) and not all(map(is_given_name, parts)))):
            # "la periodista Teresa Zambada" after "María Teresa Zambada Niebla": a reporter's name that skips the
            # full name's first given name is a namesake, not the subject named shorter ("el almirante Pedro
            # Morales" of Raymundo Pedro Morales stays one); so is a name the article marks as another person's, and
            # a lawmaker's short name beside another office's long one ("Sen. Ron Johnson", "Ambassador Ronald Johnson"),
            # a spokesman's; given names alone are no father of the kin named after them ("su hermano Miguel Ángel")
            owner = None
        by_name[name] = owner or _double_surname(parts, entities) or _new_person(doc_id, name, entities)
        if name in marked:
            namesakes.add(by_name[name].local_id)
    for m in sorted(people, key=lambda m: m.span.start):
        owner = by_name.get(m.name)
        if owner is None and WITHHELD.search(m.name):
            # "Homero «N»" joins the only Homero named in full; alone it identifies no one, unless the article gives
            # the nickname they go by ("Eduardo N., alias “El Chino”"): then a person of their own. Every given
            # name written must open the full name: "Luis Alberto «N»" is not "Luis Joaquín Méndez Ruiz"
            given = [w for w in fold(WITHHELD.sub(" ", m.name)).split() if w.isalpha()]
            hits = [e for e in entities if e.type == "person" and given and fold(e.name).split()[:len(given)] == given]
            owner = hits[0] if len(hits) == 1 else None
            if owner is None and given and not hits and m.name in nicknames:
                owner = by_name[m.name] = by_name.get(m.name) or _new_person(doc_id, m.name, entities)
            if owner is None:
                continue
        if owner is None:
            parts = fold(m.name).split()
            owner = _abbreviated(parts, entities, by_name, (first_seen, words), m.span.start)
            if owner is None and (m.source in {"rule", "title"} or len(parts) >= 2):
                owner = by_name[m.name] = _new_person(doc_id, m.name, entities)
            if owner is None:
                continue
        m.local_id = owner.local_id
        owner.mentions.append(m)
    return by_name


def _offices_apart(text: str, short: str, full: str) -> bool:
    """``short`` abbreviates ``full`` only through a short given name ("Ron" of "Ronald"), and the text writes one
    of them after a lawmaker's title and the other after another office's ("Sen. Ron Johnson", "Ambassador Ronald
    Johnson"): two people (titles.yaml ``legislator_titles``)."""
    if all(full_given_name(fold(n).split()) == fold(n).split() for n in (short, full)):
        return False
    titles = load_lexicon().titles
    lawmakers = {w.lower() for w in titles["legislator_titles"]}
    offices = load_lexicon().title_heads() | {h.lower() for h in titles["honorifics"]}

    def head(name: str) -> str | None:
        found = re.search(rf"(\S+)[ \xa0]+{re.escape(name)}\b", text)
        word = found.group(1).lower() if found else ""
        return word if word in offices or word.rstrip(".") in offices or word in lawmakers else None

    a, b = head(short), head(full)
    return a is not None and b is not None and (a in lawmakers) != (b in lawmakers)


def _abbreviated(parts: list[str], entities: list[LocalEntity], by_name: dict[str, LocalEntity],
                 seen: tuple[dict[str, int], dict[str, set[str]]], pos: int) -> LocalEntity | None:
    """The person a shorter name abbreviates; of several ("Zambada" of Ismael Zambada García and of his daughter
    María Teresa Zambada Niebla), one the article wrote those words for (not "Guzmán" of a capo only called "El
    Chapo"), the one it introduced first before it, as news names the relatives of its subject in full and the
    subject by the surname. ``seen``: where each name is first used, and the words it is written with."""
    first_seen, words = seen
    found = [e for e in entities if e.type == "person" and _same_person(parts, fold(e.name).split())]
    if len(found) < 2:
        return found[0] if found else None
    written = [e for e in found if any(set(parts) <= words.get(n, set()) for n, o in by_name.items() if o is e)]
    found = written or found
    intro = {e.local_id: min((first_seen[n] for n, o in by_name.items() if o is e and n in first_seen),
                             default=first_seen.get(e.name, pos)) for e in found}
    return _introduced_first(found, intro, pos)


def _introduced_first(found: list[LocalEntity], intro: dict[str, int], pos: int) -> LocalEntity:
    """Of several people a name may stand for, the one introduced first before ``pos`` (else first of all)."""
    before = [e for e in found if intro[e.local_id] <= pos]
    return min(before or found, key=lambda e: intro[e.local_id])


def _attach_aliases(mentions: list[Mention], by_name: dict[str, LocalEntity]) -> None:
    """Nicknames join the person they name ("..., alias “El Tarjetas”")."""
    for m in mentions:
        owner = by_name.get(m.alias_of) if m.alias_of else None
        if owner:
            m.local_id = owner.local_id
            owner.mentions.append(m)


def _alias_words_joined(entities: list[LocalEntity]) -> None:
    """A person named by one word that closes another person's alias joins that person ("el Toro" and "El Comandante
    Toro", the alias of José Ángel Canobbio Inzunza), where that person is the only one (changes ``entities``)."""
    for lone in [e for e in entities if e.type == "person" and " " not in e.name and e.mentions]:
        owners = [e for e in entities if e is not lone and e.type == "person" and
                  any(m.alias_of and fold(m.name).split()[-1:] == [fold(lone.name)] for m in e.mentions)]
        if len(owners) == 1:
            for m in lone.mentions:
                m.local_id = owners[0].local_id
            owners[0].mentions.extend(lone.mentions)
            lone.mentions.clear()


def _relatives_as_people(mentions: list[Mention]) -> None:
    """Model places/organizations of two or three name words ending with a person's surname become people.

    "captured Ovidio Guzman in Sinaloa" beside "Ivan Archivaldo Guzman": the model's
    organization is a relative, named like the people of the article.
    """
    names = names_data()
    surnames = {fold(m.name).split()[-1] for m in mentions if m.type == "person" and len(m.name.split()) >= 2
                and not WITHHELD.search(m.name)}
    lex = load_lexicon()
    for m in mentions:
        words = m.name.split()
        if m.type == "person" or m.source != "model" or m.key or not 2 <= len(words) <= 3:
            continue
        if fold(words[-1]) not in surnames or not all(NAME_TOKEN.match(w) for w in words):
            continue
        if any(in_any(w.lower(), names.org_words, names.geo_words, names.title_words) for w in words):
            continue
        if lex.org_key(m.name) or lex.place_key(m.name) or is_known_place(m.name) or any(w.isupper() for w in words):
            continue
        m.type = "person"


def _surnames_as_people(mentions: list[Mention], entities: list[LocalEntity]) -> None:
    """The model sometimes calls a person's surname or nickname an organization or place ("Sheinbaum told ...")."""
    surnames: dict[str, list[LocalEntity]] = {}
    for e in entities:
        parts = fold(e.name).split()
        if e.type == "person" and len(parts) >= 2:
            runs = {" ".join(parts)} | {" ".join(parts[i:j]) for i in range(1, len(parts))  # runs after the first name
                                        for j in range(i + 1, len(parts) + 1)}
            for run in runs:
                surnames.setdefault(run, []).append(e)
    by_id = {e.local_id: e for e in entities}
    for m in mentions:
        if m.alias_of is not None and m.local_id in by_id:  # "El Mayo" again, alone, after 'Ismael "El Mayo" Zambada'
            for nick in (fold(m.name), re.sub(r"^(?:el|la|los|las) ", "", fold(m.name))):
                surnames.setdefault(nick, [by_id[m.local_id]])
    intro = {e.local_id: min((m.span.start for m in e.mentions), default=0) for e in entities}
    for m in mentions:
        if m.type != "person" and m.source == "model" and not m.key and fold(m.name) in surnames:
            owner = _introduced_first(surnames[fold(m.name)], intro, m.span.start)
            m.type, m.local_id = "person", owner.local_id
            owner.mentions.append(m)


def _acronym_in_wrong_case(name: str) -> bool:
    """True when ``name`` folds to a lexicon acronym but is not written in capitals ('Un' for 'UN')."""
    lex = load_lexicon()
    key = lex.org_key(name)
    if key is None or name.isupper():
        return False
    entry = lex.organizations[key]
    forms = [f for f in (entry.name, *entry.aliases) if fold(f) == fold(name)]
    return bool(forms) and all(f.isupper() for f in forms)


def _group_named(mentions: list[Mention], doc_id: str, entities: list[LocalEntity], text: str) -> None:
    """Organizations and places grouped by lexicon key, else by folded name (appends to ``entities``)."""
    groups: dict[tuple[str, str], LocalEntity] = {}
    defined: dict[str, tuple[str, str]] = {}  # acronym -> group of the name it was defined beside
    lex = load_lexicon()
    full = {m.key or lex.org_key(m.name) or "" for m in mentions if m.type == "organization"}
    for m in sorted((m for m in mentions if m.type != "person"), key=lambda m: m.span.start):
        if m.type == "organization" and m.source == "model" and not m.key and _acronym_in_wrong_case(m.name):
            continue  # "Un" is not the UN
        if m.type == "organization":
            key = m.key or lex.org_key(m.name) or (lex.context_key(m.name) if m.source == "model" else None)
            if key and not m.key and key == lex.context_key(m.name) and (named := context_named(m.name, full - {key})):
                key = named  # "a Navy veteran" in a story that names "the U.S. Navy": that navy, not Mexico's
            elif key and not m.key and key == lex.context_key(m.name):
                key = context_owner(m.name, country_weights(mentions)) or key  # "Congress": whose, by the article
                country = lex.organizations[key].country
                if country and text and country not in mention_countries(mentions) and not country_named(text, country):
                    key = None  # "Congress" in an article that never names Mexico is not Mexico's
        else:
            key = m.key or lex.place_key(m.name)
        key, m.name = local_reading(text, m, key, mentions)  # "Las Cruces, en Acapulco"; "la Guardia Civil estatal"
        if key and m.type == "organization" and lex.org_key(m.name) != key:
            # a common word the article made an organization's ("the Navy"): the mention carries the
            # organization's name, so resolution keys it as this article did, without the context
            m.name = lex.organizations[key].name
        m.key = key
        group_key = (m.type, key or fold(m.name))
        if m.type == "organization" and not key and m.name in defined:
            group_key = defined[m.name]  # "CNI" after "Centro Nacional de Inteligencia (CNI)"
        elif m.type == "organization":
            acronym = defined_acronym(text, m)
            if acronym:
                defined.setdefault(acronym, group_key)
        owner = groups.get(group_key)
        if owner is None:
            if key and m.type == "organization":
                name = lex.organizations[key].name
            elif key:
                name = lex.places[key].name
            else:
                name = m.name
            owner = LocalEntity(make_id("loc", doc_id, m.type, group_key[1]), m.type, name, key=key)
            groups[group_key] = owner
            entities.append(owner)
        m.local_id = owner.local_id
        owner.mentions.append(m)
    _join_early_acronyms(groups, defined, entities)


def _join_early_acronyms(groups: dict[tuple[str, str], LocalEntity], defined: dict[str, tuple[str, str]],
                         entities: list[LocalEntity]) -> None:
    """An acronym used before the name that defines it ("Detecta C5 ..." in a headline, then "el Centro de Comando,
    ... e Inteligencia (C5)"), or one that spells a state body's name without its state, joins that name's
    organization (changes ``entities``)."""
    for acronym, group_key in defined.items():
        early, owner = groups.get(("organization", fold(acronym))), groups.get(group_key)
        if early is not None and owner is not None and early is not owner and not early.key:
            _merge_into(early, owner, entities)
    # an acronym the text never defines that spells a state body's name without its state ("la FGE" beside "la Fiscalía
    # General del Estado de Guanajuato (FGEG)"): that body, where only one spells so
    for early in [e for e in entities if e.type == "organization" and not e.key and re.fullmatch(r"[A-Z]{2,6}", e.name)]:
        owners = [e for e in entities if e.type == "organization" and spells_without_place(early.name, e.name)]
        if len(owners) == 1 and early.name not in defined:
            _merge_into(early, owners[0], entities)


def _merge_into(early: LocalEntity, owner: LocalEntity, entities: list[LocalEntity]) -> None:
    """Moves ``early``'s mentions to ``owner`` and drops ``early`` (changes ``entities``)."""
    for m in early.mentions:
        m.local_id = owner.local_id
    owner.mentions = sorted(owner.mentions + early.mentions, key=lambda m: m.span.start)
    entities.remove(early)


def add_surname_mentions(text: str, entities: list[LocalEntity]) -> None:
    """Adds each untagged occurrence of a person's surname to the only person who bears it (changes ``entities``).

    "Rex Tillerson ... Tillerson later left": the model tags the surname now and then; a
    capitalized surname standing alone (no capitalized word touching it) is the person's.
    Two people of one surname ("Ovidio Guzmán", "Iván Guzmán") get none. A Spanish name's first surname stands
    for it too ("Raymundo Pedro Morales Ángeles ... Morales said"), and so does a family name with its particle
    (``add_family_mentions``: "De la Vega Arriaga").
    """
    people = [e for e in entities if e.type == "person" and len(e.name.split()) >= 2]
    owners: dict[str, list[LocalEntity]] = {}
    for e in people:
        owners.setdefault(_short_surnames(e.name)[0], []).append(e)
    for e in people:  # a first surname, where it is no one's last ("Ovidio Guzmán" keeps "Guzmán" from "Joaquín
        for surname in _short_surnames(e.name)[1:]:  # Guzmán Loera")
            if not any(o is not e for o in owners.get(surname, [])):
                owners.setdefault(surname, []).append(e)
    taken = [m.span for e in entities for m in e.mentions]
    for surname, found in owners.items():
        if len(found) != 1 or len(surname) < 3 or not surname[:1].isupper():
            continue
        intro = min((m.span.start for m in found[0].mentions), default=0)
        if any(e is not found[0] and surname in e.name.split()[1:-1] and
               min((m.span.start for m in e.mentions), default=0) < intro for e in people):
            continue  # "Teresa Zambada" after "Ismael Zambada García": the surname is the one introduced first's
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’-])", text):
            span = Span(match.start(), match.end())
            before, after = text[max(0, span.start - 30):span.start], text[span.end:span.end + 30]
            if any(span.overlaps(t) for t in taken) or re.search(r"[A-ZÁÉÍÓÚ][\w.]*\s+$", before) or \
                    names_family(text, span, surname) \
                    or re.match(r"\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚ]", after):
                continue  # part of a longer name ("Ovidio Guzmán", "Guzmán Salazar")
            owner = found[0]
            owner.mentions.append(Mention("person", surname, span, surname, local_id=owner.local_id, source="rule"))
            taken.append(span)
        found[0].mentions.sort(key=lambda m: m.span.start)
    add_family_mentions(text, entities)  # "De la Vega Arriaga había sido detenido"


def _short_surnames(name: str) -> list[str]:
    """The surnames a person is named by alone: the last word, and the first of two surnames after one given name or
    more ("José Luis Carrillo Méndez": "Méndez" and "Carrillo"), not a given name or an initial, nor a word after a
    particle ("de la Cruz Ochoa": "Cruz" alone is the family's, ``add_family_mentions`` reads "De la Cruz Ochoa")."""
    words = name.split()
    while len(words) > 2 and words[-1].lower() in names_data().particles and words[-1][:1].isupper():
        words.pop()  # "Eddie Morales Jr.": "Morales"
    out = [words[-1]]
    if len(words) >= 3 and words[-2][:1].isupper() and not words[-2].endswith(".") and \
            words[-3].lower() not in names_data().particles and \
            any(is_given_name(w) for w in words[:-2]) and not is_given_name(words[-2]):
        out.append(words[-2])
    return out
