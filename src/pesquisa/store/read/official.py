"""The query layer of the official record: list entries, matches, judgements, series sums, claims to check.

Every function here is read-only. Typed records come back where a stage consumes them
(``SanctionEntry`` and ``KBEntity`` for matching), plain dicts at the JSON edge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Engine, func, select

from pesquisa.ingest import ListIdentifier, SanctionEntry
from pesquisa.resolve.sanctions import KBEntity, MentionContext, SanctionJudgement
from pesquisa.store import schema as t

CONTEXT_CHARS = 80
WIDER_CHARS = 600  # the article before a mention, for the family names of kin told before


def sanction_entries(engine: Engine, *, list_name: str | None = None, include_retired: bool = False,
                     ids: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
                     details: bool = True) -> list[SanctionEntry]:
    """List entries with their aliases, identifiers and links, in list order (current ones only by default).

    ``kinds`` narrows to person, organization, vessel or aircraft entries; ``details=False``
    leaves identifiers and links out (matching does not read them, and they are most of the rows).
    """
    e = t.sanction_entries
    columns = [e.c.id, e.c.list, e.c.uid, e.c.name, e.c.kind, e.c.programs, e.c.source_file, e.c.source_line,
               e.c.title, e.c.birth_dates, e.c.birth_places, e.c.nationalities, e.c.citizenships, e.c.gender,
               e.c.vessel, e.c.remarks]
    query = select(*columns).order_by(e.c.list, e.c.source_line)
    if list_name:
        query = query.where(e.c.list == list_name)
    if not include_retired:
        query = query.where(e.c.retired_at.is_(None))
    if kinds is not None:
        query = query.where(e.c.kind.in_(list(kinds)))
    wanted = None if ids is None else set(ids)
    with engine.connect() as conn:
        rows = [r for r in conn.execute(query).all() if wanted is None or r[0] in wanted]
        keep = {r[0] for r in rows}
        aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for eid, kind, name in conn.execute(select(t.sanction_names.c.entry_id, t.sanction_names.c.kind,
                                                   t.sanction_names.c.name).order_by(t.sanction_names.c.id)):
            if kind != "primary" and eid in keep:
                aliases[eid].append((kind, name))
        idents: dict[str, list[ListIdentifier]] = defaultdict(list)
        links: dict[str, list[str]] = defaultdict(list)
        i = t.sanction_identifiers
        for eid, label, scheme, value, country in (conn.execute(select(
                i.c.entry_id, i.c.label, i.c.scheme, i.c.value, i.c.country).order_by(i.c.id)) if details else ()):
            if eid in keep:
                idents[eid].append(ListIdentifier(label, scheme, value, country))
        for eid, name in (conn.execute(select(t.sanction_links.c.entry_id, t.sanction_links.c.target_name)
                                       .order_by(t.sanction_links.c.id)) if details else ()):
            if eid in keep:
                links[eid].append(name)
    return [SanctionEntry(dataset=lst, uid=uid, name=name, kind=kind, programs=list(programs), source_file=file,
                          source_line=line, title=title, aliases=sorted(aliases[eid]), birth_dates=list(births),
                          birth_places=list(places), nationalities=list(nats), citizenships=list(cits), gender=gender,
                          identifiers=idents[eid], links=links[eid], vessel=dict(vessel), remarks=remarks)
            for (eid, lst, uid, name, kind, programs, file, line, title, births, places, nats, cits, gender, vessel,
                 remarks) in rows]


def has_sanction_entries(engine: Engine) -> bool:
    """True when any current list entry is stored."""
    with engine.connect() as conn:
        return conn.execute(select(t.sanction_entries.c.id).where(t.sanction_entries.c.retired_at.is_(None))
                            .limit(1)).first() is not None


def document_texts(engine: Engine) -> list[tuple[str, str]]:
    """Every stored document's id and clean text, in id order (listed names are looked for in them)."""
    with engine.connect() as conn:
        return [(r[0], r[1] or "") for r in conn.execute(select(t.documents.c.id, t.documents.c.body)
                                                         .order_by(t.documents.c.id))]


def kb_entities(engine: Engine) -> list[KBEntity]:
    """People and organizations of the knowledge base with aliases, titles and a few words around each mention."""
    with engine.connect() as conn:
        entities = conn.execute(select(t.entities.c.id, t.entities.c.type, t.entities.c.name, t.entities.c.key,
                                       t.entities.c.aliases)
                                .where(t.entities.c.type.in_(["person", "organization"]))
                                .order_by(t.entities.c.id)).all()
        titles: dict[str, list[str]] = defaultdict(list)
        roles = conn.execute(select(t.roles.c.entity_id, t.roles.c.title, t.roles.c.document_id, t.roles.c.start,
                                    t.roles.c.end).order_by(t.roles.c.id)).all()
        for eid, title, *_span in roles:
            if eid and title not in titles[eid]:
                titles[eid].append(title)
        mentions = conn.execute(select(t.mentions.c.entity_id, t.mentions.c.document_id, t.mentions.c.start,
                                       t.mentions.c.end, t.mentions.c.text).where(t.mentions.c.entity_id.is_not(None))
                                .order_by(t.mentions.c.document_id, t.mentions.c.start)).all()
        docs = {r[0]: (r[1], r[2]) for r in conn.execute(select(t.documents.c.id, t.documents.c.body,
                                                                t.documents.c.published))}
    contexts: dict[str, list[MentionContext]] = defaultdict(list)
    for eid, did, start, end, _text in mentions:
        body, published = docs[did]
        contexts[eid].append(MentionContext(body[max(0, start - CONTEXT_CHARS):start], body[start:end],
                                            body[end:end + CONTEXT_CHARS], published,
                                            body[max(0, start - WIDER_CHARS):start]))
    held = _titles_held(roles, mentions)
    return [KBEntity(id=eid, type=kind, name=name, aliases=list(aliases or []), titles=titles.get(eid, []), key=key,
                     contexts=contexts.get(eid, []), title_names=held.get(eid, {}))
            for eid, kind, name, key, aliases in entities]


def _titles_held(roles: Iterable, mentions: Iterable) -> dict[str, dict[str, list[str]]]:
    """Entity id -> title -> the names it was written beside: the entity's mention nearest each role's span in its
    document ("El periodista |Rafael Félix|" of an entity also named "Rafael Guadalupe Félix Núñez")."""
    by_doc: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for eid, did, start, end, text in mentions:
        by_doc[(eid, did)].append((start, end, text))
    held: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for eid, title, did, start, end in roles:
        near = by_doc.get((eid, did))
        if eid and near:
            _s, _e, text = min(near, key=lambda m: min(abs(m[0] - end), abs(start - m[1])))
            names = held[eid].setdefault(title, [])
            if text not in names:
                names.append(text)
    return held


def current_entity_id(engine: Engine, ident: str) -> str | None:
    """The entity id ``ident`` stands for now (following redirects), or None when it no longer exists."""
    with engine.connect() as conn:
        for _ in range(10):
            new = conn.execute(select(t.redirects.c.new_id).where(t.redirects.c.old_id == ident)).scalar()
            if not new:
                break
            ident = new
        return ident if conn.execute(select(t.entities.c.id).where(t.entities.c.id == ident)).scalar() else None


def is_text_match(engine: Engine, entity_id: str, list_name: str, list_id: str) -> bool:
    """True when a stored match of entry ``list_id`` is a name read in the text (no entity behind it) with this id."""
    m = t.sanction_matches
    with engine.connect() as conn:
        return conn.execute(select(m.c.id).where(m.c.entity_id == entity_id, m.c.list == list_name,
                                                 m.c.list_id == list_id, m.c.mentions.is_not(None))).first() is not None


def sanction_judgements(engine: Engine) -> list[SanctionJudgement]:
    """The analyst's standing confirm/reject decisions, oldest first, entity ids followed through redirects."""
    j = t.sanction_judgements
    with engine.connect() as conn:
        rows = conn.execute(select(j.c.decision, j.c.entity_id, j.c.list, j.c.list_id)
                            .where(j.c.deleted_at.is_(None)).order_by(j.c.id)).all()
    out = []
    for decision, entity_id, list_name, list_id in rows:
        current = current_entity_id(engine, entity_id) or entity_id
        out.append(SanctionJudgement(decision, current, list_name, list_id))
    return out


def sanction_matches(engine: Engine, *, entity_id: str | None = None) -> list[dict]:
    """Stored matches with the entity name and the list entry (name, programmes, aliases, identifiers, linked
    entries, file and line), best first. A name read in the text with no entity behind it (a listed vessel) is
    named as written, its first mention's, and typed as its entry."""
    m, e, ent = t.sanction_matches, t.sanction_entries, t.entities
    query = (select(m.c.entity_id, ent.c.name.label("entity_name"), ent.c.type.label("entity_type"), m.c.list,
                    m.c.list_id, e.c.name.label("list_name"), e.c.programs, m.c.score, m.c.evidence, m.c.status,
                    e.c.kind, e.c.birth_dates, e.c.nationalities, e.c.remarks, e.c.source_file, e.c.source_line,
                    e.c.id.label("entry_id"), m.c.mentions)
             .join(e, e.c.id == m.c.entry_id).outerjoin(ent, ent.c.id == m.c.entity_id)
             .where(ent.c.id.is_not(None) | m.c.mentions.is_not(None))
             .order_by(ent.c.name, m.c.score.desc(), m.c.list_id))
    if entity_id:
        query = query.where(m.c.entity_id == entity_id)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
        entry_ids = [r["entry_id"] for r in rows]
        aliases: dict[str, list[str]] = defaultdict(list)
        idents: dict[str, list[dict]] = defaultdict(list)
        links: dict[str, list[dict]] = defaultdict(list)
        if entry_ids:
            lk, e2 = t.sanction_links, t.sanction_entries.alias("target")
            for eid, name, target_uid in conn.execute(
                    select(lk.c.entry_id, lk.c.target_name, e2.c.uid).outerjoin(e2, e2.c.id == lk.c.target_entry_id)
                    .where(lk.c.entry_id.in_(entry_ids)).order_by(lk.c.id)):
                links[eid].append({"name": name, "list_id": target_uid})
            for eid, kind, name in conn.execute(select(t.sanction_names.c.entry_id, t.sanction_names.c.kind,
                                                       t.sanction_names.c.name)
                                                .where(t.sanction_names.c.entry_id.in_(entry_ids))):
                if kind != "primary":
                    aliases[eid].append(name)
            i = t.sanction_identifiers
            for eid, scheme, value, country in conn.execute(select(i.c.entry_id, i.c.scheme, i.c.value, i.c.country)
                                                            .where(i.c.entry_id.in_(entry_ids)).order_by(i.c.id)):
                idents[eid].append({"scheme": scheme, "value": value, "country": country})
    for r in rows:
        r["in_text"] = r["entity_name"] is None  # a vessel or company named in the text, no entity behind it
        if r["in_text"]:
            r["entity_name"], r["entity_type"] = r["mentions"][0]["text"], r["kind"]
        r["mentions"] = r["mentions"] or []
        r["aliases"] = sorted(aliases[r["entry_id"]])
        r["identifiers"] = idents[r["entry_id"]]
        r["links"] = links[r["entry_id"]]
    return sorted(rows, key=lambda r: (r["entity_name"], -r["score"], r["list_id"]))


def dataset_coverage(engine: Engine) -> dict[str, dict]:
    """Each imported official dataset: first and last month it covers, rows, files."""
    with engine.connect() as conn:
        return {r["dataset"]: dict(r) for r in conn.execute(select(t.official_datasets)).mappings()}


def seizure_areas(engine: Engine) -> dict[str, list[str]]:
    """The areas each seizure dataset counts by (field offices, Border Patrol sectors, AMO branches), sorted."""
    s = t.official_seizures
    out: dict[str, list[str]] = defaultdict(list)
    with engine.connect() as conn:
        for dataset, area in conn.execute(select(s.c.dataset, s.c.area).distinct().order_by(s.c.dataset, s.c.area)):
            out[dataset].append(area)
    return dict(out)


def seizure_sum(engine: Engine, *, dataset: str, item: str, start: str, end: str,
                components: Iterable[str] | None = None, regions: Iterable[str] | None = None,
                areas: Iterable[str] | None = None) -> dict:
    """Pounds, kilograms and events of one item over months ``start``..``end`` (YYYY-MM), with the rows behind them.

    ``components``, ``regions`` and ``areas`` narrow the sum (None: all). Returns ``pounds``, ``kg``,
    ``events``, ``rows`` (how many) and ``sources``: file name -> sorted line numbers.
    """
    s = t.official_seizures
    query = select(s.c.pounds, s.c.kg, s.c.events, s.c.source_file, s.c.source_line).where(
        s.c.dataset == dataset, s.c.item == item, s.c.month >= start, s.c.month <= end)
    if components is not None:
        query = query.where(s.c.component.in_(list(components)))
    if regions is not None:
        query = query.where(s.c.region.in_(list(regions)))
    if areas is not None:
        query = query.where(s.c.area.in_(list(areas)))
    pounds = kg = 0.0
    events = 0
    sources: dict[str, list[int]] = defaultdict(list)
    with engine.connect() as conn:
        for lb, k, ev, file, line in conn.execute(query):
            pounds += lb
            kg += k
            events += ev
            sources[file].append(line)
    return {"pounds": pounds, "kg": kg, "events": events, "rows": sum(len(v) for v in sources.values()),
            "sources": {f: sorted(v) for f, v in sorted(sources.items())}}


def seizure_totals_by_fiscal_year(engine: Engine, *, dataset: str, item: str) -> dict[int, float]:
    """Pounds of ``item`` per fiscal year in ``dataset`` (every component and region)."""
    s = t.official_seizures
    with engine.connect() as conn:
        rows = conn.execute(select(s.c.fiscal_year, func.sum(s.c.pounds)).where(s.c.dataset == dataset, s.c.item == item)
                            .group_by(s.c.fiscal_year).order_by(s.c.fiscal_year)).all()
    return {int(fy): float(lb) for fy, lb in rows}


def victim_sum(engine: Engine, *, crime: str, state: str, start: str, end: str) -> dict:
    """Victims of ``crime`` in ``state`` ("Nacional" for the country) over months ``start``..``end``, with the rows."""
    v = t.official_victims
    total = 0
    sources: dict[str, list[int]] = defaultdict(list)
    with engine.connect() as conn:
        for n, file, line in conn.execute(select(v.c.total, v.c.source_file, v.c.source_line).where(
                v.c.crime == crime, v.c.state == state, v.c.month >= start, v.c.month <= end)):
            total += n
            sources[file].append(line)
    return {"total": total, "rows": sum(len(x) for x in sources.values()),
            "sources": {f: sorted(x) for f, x in sorted(sources.items())}}


def documents_of_quantities(engine: Engine, ids: Iterable[str]) -> set[str]:
    """Ids of the documents the given quantities are in."""
    q = t.quantities
    with engine.connect() as conn:
        return set(conn.execute(select(q.c.document_id).where(q.c.id.in_(sorted(set(ids))))).scalars())


def quantity_claims(engine: Engine, *, ids: Iterable[str] | None = None,
                    document_ids: Iterable[str] | None = None) -> list[dict]:
    """Stored quantities with their document's clean body, publication date and language, in document order.

    ``ids`` keeps only those quantities, ``document_ids`` only those documents' quantities.
    """
    q, d = t.quantities, t.documents
    query = (select(q.c.id, q.c.document_id, q.c.text, q.c.value, q.c.unit, q.c.item, q.c.kind, q.c.raw_value,
                    q.c.raw_unit, q.c.qualifier, q.c.value_max, q.c.start, q.c.end, d.c.published, d.c.lang,
                    d.c.source)
             .join(d, d.c.id == q.c.document_id).order_by(d.c.source, q.c.start))
    if document_ids is not None:
        query = query.where(q.c.document_id.in_(sorted(set(document_ids))))
    wanted = None if ids is None else set(ids)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings() if wanted is None or r["id"] in wanted]
        bodies = {r[0]: r[1] for r in conn.execute(select(d.c.id, d.c.body).where(
            d.c.id.in_(sorted({r["document_id"] for r in rows}))))} if rows else {}
    for r in rows:
        r["body"] = bodies[r["document_id"]]
    return rows
