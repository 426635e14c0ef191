"""Full-text search over documents (title + body), quotes (text + speaker) and entities (name + aliases).

Primary method: three SQLite FTS5 tables (migration 0002) with the ``unicode61``
tokenizer and diacritics removed, so "Lopez Obrador" finds "López Obrador" and
"Secretaria de Relaciones Exteriores" finds the ministry. Entity rows also index
the lexicon's English and Spanish names, so "Mexican Foreign Ministry" and "SRE"
find the same entity. The index is derived data: ``refresh_search_index``
rebuilds it from the store and is safe to run any number of times; ``update_search_index``
(after an ingest) writes only the rows that differ from what a rebuild would write.

Fallback: on other dialects (or a SQLite without FTS5) ``search`` uses LIKE over
the same columns; it is case-insensitive but not accent-insensitive. The rule is
``_use_fts``: the FTS tables exist.

What the user types is parsed first (``pesquisa.store.search_query``): ``OR``, ``-word``,
quoted phrases, and each word expanded to its synonyms in both languages and its aliases
(armas ⇄ weapons, AMLO ⇄ López Obrador). Both methods answer the same tree, and every hit
says which forms it matched (``matched``), so an expansion is never a surprise.

Every hit carries the document id and a span in that document's clean body: the
first match for a document, the quote itself for a quote, the first mention for
an entity.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, and_, func, or_, select, text

from pesquisa.lexicon import load_lexicon
from pesquisa.store import schema as t
from pesquisa.store.search_query import Query, Term, fts_expression, parse_query
from pesquisa.store.search_scope import SearchScope, rewrite_scoped

log = logging.getLogger(__name__)

KINDS = ("entity", "quote", "document")
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_INDEXED = {"search_documents": "documents", "search_quotes": "quotes", "search_entities": "entities"}
_FTS_TABLES = {
    "search_documents": f"doc_id UNINDEXED, title, body, {_TOKENIZE}",
    "search_quotes": f"quote_id UNINDEXED, document_id UNINDEXED, text, speaker, {_TOKENIZE}",
    "search_entities": f"entity_id UNINDEXED, type UNINDEXED, name, aliases, {_TOKENIZE}",
}


@dataclass(slots=True)
class SearchHit:
    """One match: what it is, where it is (document id + span) and the text around it."""

    kind: str  # entity | quote | document
    id: str
    label: str  # entity name, quote text or document title
    document_id: str | None
    start: int | None
    end: int | None
    context: tuple[str, str, str] = ("", "", "")  # before, match, after (plain text)
    detail: dict = field(default_factory=dict)  # entity type, speaker, source ...

    def to_dict(self) -> dict:
        span = [self.start, self.end] if self.start is not None else None
        return {"kind": self.kind, "id": self.id, "label": self.label, "document_id": self.document_id,
                "span": span, "snippet": "".join(self.context), **self.detail}


@dataclass(slots=True)
class SearchResults:
    """A page of hits, the total over all pages, the count per kind, and the query as parsed (expansions included)."""

    total: int
    hits: list[SearchHit]
    counts: dict[str, int]
    query: Query = field(default_factory=lambda: Query(()))


def fts_query(query: str | None) -> str | None:
    """The FTS5 MATCH expression for a user query (see ``search_query``); None when it asks for nothing."""
    return fts_expression(parse_query(query))


# Each index row takes the rowid of the row it indexes, so a rebuilt index and one brought up to date
# (``update_search_index``) hold the same rows under the same rowids: hits of equal rank list alike.
_SOURCES = {  # index table -> the rowid, each indexed column's value, and where they are read
    "search_documents": ("d.rowid", {"doc_id": "d.id", "title": "coalesce(d.title, '')", "body": "d.body"},
                         "documents d", ""),
    "search_quotes": ("q.rowid", {"quote_id": "q.id", "document_id": "q.document_id", "text": "q.text",
                                  "speaker": "trim(coalesce(q.speaker, '') || ' ' || coalesce(e.name, ''))"},
                      "quotes q", " LEFT JOIN entities e ON e.id = q.speaker_id"),
}


def refresh_search_index(engine: Engine) -> dict[str, int]:
    """Rebuild the search index from the store (writes; idempotent). Returns rows indexed per table.

    Steps: create the FTS tables if missing, empty them, refill documents and quotes
    with INSERT ... SELECT, entities with their lexicon names. A no-op off SQLite.
    """
    return _index(engine, rebuild=True)


def update_search_index(engine: Engine, *, scope: SearchScope | None = None) -> dict[str, int]:
    """Bring the search index to what ``refresh_search_index`` builds, writing only the rows that differ
    (writes; an ingest's new documents and the entities and quotes its resolution changed). Returns
    rows indexed per table. ``scope``: what an increment's resolution rewrote; only its documents and
    quotes are written again (``search_scope``), the whole index compared when the counts then disagree."""
    if scope is not None:
        counts = _index(engine, rebuild=False, scope=scope)
        with engine.connect() as conn:
            if not counts or all(n == conn.exec_driver_sql(f"SELECT count(*) FROM {_INDEXED[name]}").scalar_one()
                                 for name, n in counts.items()):
                return counts
    return _index(engine, rebuild=False)


def _index(engine: Engine, *, rebuild: bool, scope: SearchScope | None = None) -> dict[str, int]:
    """Create the FTS tables if missing; rebuild them, or write the rows that differ; rows per table."""
    if engine.dialect.name != "sqlite":
        return {}
    with engine.begin() as conn:
        if not _fts5_available(conn):
            log.info("search: SQLite without FTS5, searching with LIKE")
            return {}
        for name, columns in _FTS_TABLES.items():
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5({columns})")
            if rebuild:
                conn.exec_driver_sql(f"DELETE FROM {name}")
        if scope is not None:
            rewrite_scoped(conn, scope, _SOURCES)
        for name in _SOURCES if scope is None else ():
            _index_rows(conn, name, rebuild=rebuild)
        _index_entities(conn, rebuild=rebuild)
        return {name: conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one() for name in _FTS_TABLES}


def _index_rows(conn: Connection, name: str, *, rebuild: bool) -> None:
    """Index the rows of one table under their rowids; unless ``rebuild``, first drop the index rows that differ
    from the row under their rowid (or whose row went), then add the rows not indexed."""
    rowid, columns, table, joins = _SOURCES[name]
    if not rebuild:
        differs = " OR ".join(f"s.{column} IS NOT {value}" for column, value in columns.items())
        conn.exec_driver_sql(f"DELETE FROM {name} WHERE rowid IN (SELECT s.rowid FROM {name} s LEFT JOIN {table} "
                             f"ON {rowid} = s.rowid{joins} WHERE {rowid} IS NULL OR {differs})")
    conn.exec_driver_sql(f"INSERT INTO {name} (rowid, {', '.join(columns)}) SELECT {rowid}, {', '.join(columns.values())} "
                         f"FROM {table}{joins}" + ("" if rebuild else f" WHERE {rowid} NOT IN (SELECT rowid FROM {name})"))


def _index_entities(conn: Connection, *, rebuild: bool) -> None:
    """Index each entity under its rowid with its lexicon names; unless ``rebuild``, only the rows that differ."""
    rows = {r["rowid"]: {"rowid": r["rowid"], "id": r["id"], "type": r["type"], "name": r["name"],
                         "aliases": " | ".join(entity_names(dict(r)))}
            for r in conn.execute(select(text("rowid"), t.entities)).mappings()}
    if not rebuild:
        indexed = {r[0]: r for r in conn.exec_driver_sql(
            "SELECT rowid, entity_id, type, name, aliases FROM search_entities")}
        stale = [{"rowid": n} for n, row in indexed.items()
                 if n not in rows or tuple(row[1:]) != tuple(rows[n][k] for k in ("id", "type", "name", "aliases"))]
        if stale:
            conn.execute(text("DELETE FROM search_entities WHERE rowid = :rowid"), stale)
        kept = indexed.keys() - {row["rowid"] for row in stale}
        rows = {n: row for n, row in rows.items() if n not in kept}
    if rows:
        conn.execute(text("INSERT INTO search_entities (rowid, entity_id, type, name, aliases) "
                          "VALUES (:rowid, :id, :type, :name, :aliases)"), list(rows.values()))


def ensure_search_index(engine: Engine) -> bool:
    """Refresh the index when it is missing rows of the store (writes only then); True if it refreshed."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        if not _fts5_available(conn) or (_use_fts(conn) and not index_is_stale(conn)):
            return False
    refresh_search_index(engine)
    return True


def index_is_stale(conn: Connection) -> bool:
    """True when the FTS tables hold a different number of rows than the tables they index."""
    pairs = _INDEXED.items()
    return any(conn.exec_driver_sql(f"SELECT count(*) FROM {a}").scalar_one()
               != conn.exec_driver_sql(f"SELECT count(*) FROM {b}").scalar_one() for a, b in pairs)


def entity_names(row: dict) -> list[str]:
    """Every name of an entity: its aliases, plus the lexicon's names (English and Spanish) for its key."""
    names = [row["name"], *(row.get("aliases") or [])]
    key = row.get("key")
    if key:
        lex = load_lexicon()
        entry = lex.organizations.get(key) if row["type"] == "organization" else lex.places.get(key)
        if entry is not None:
            names += [entry.name, *entry.aliases, *getattr(entry, "context_only", [])]
    return list(dict.fromkeys(n for n in names if n))


def search(engine: Engine, query: str, *, kinds: tuple[str, ...] = KINDS, entity_type: str | None = None,
           limit: int = 20, offset: int = 0) -> SearchResults:
    """Hits for ``query`` (read-only): entities first, then quotes, then documents, best first within each.

    ``query`` is parsed by ``search_query.parse_query`` (OR, -word, phrases, synonyms,
    aliases); a query that asks for nothing (only exclusions) finds nothing.
    """
    parsed = parse_query(query)
    if parsed.empty:
        return SearchResults(0, [], {k: 0 for k in kinds}, parsed)
    with engine.connect() as conn:
        use_fts = _use_fts(conn)
        log.debug("search %r with %s", query, "fts5" if use_fts else "like")
        ranked = {kind: (_fts_ids if use_fts else _like_ids)(conn, kind, parsed, entity_type) for kind in kinds}
        counts = {kind: len(ids) for kind, ids in ranked.items()}
        page = [(kind, ident) for kind in kinds for ident in ranked[kind]][offset:offset + limit]
        hits = _make_hits(conn, page, parsed)
    return SearchResults(sum(counts.values()), hits, counts, parsed)


def matching_ids(engine: Engine, query: str, kind: str, *, entity_type: str | None = None) -> list[str]:
    """Ids of the ``kind`` rows matching ``query``, best first (read-only); for filters in other queries."""
    parsed = parse_query(query)
    if parsed.empty:
        return []
    with engine.connect() as conn:
        return (_fts_ids if _use_fts(conn) else _like_ids)(conn, kind, parsed, entity_type)


def _fts5_available(conn: Connection) -> bool:
    options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def _use_fts(conn: Connection) -> bool:
    """The FTS tables exist (SQLite with migration 0002 applied): search with MATCH, else LIKE."""
    if conn.dialect.name != "sqlite":
        return False
    names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'search_%'")}
    return set(_FTS_TABLES) <= names


_FTS_SELECT = {
    # bm25 weights follow the column order; UNINDEXED columns get 0.
    "document": "SELECT doc_id FROM search_documents WHERE search_documents MATCH :q "
                "ORDER BY bm25(search_documents, 0, 5.0, 1.0)",
    "quote": "SELECT quote_id FROM search_quotes WHERE search_quotes MATCH :q "
             "ORDER BY bm25(search_quotes, 0, 0, 1.0, 2.0)",
    # Every entity hit has all the words, so the most-mentioned comes first ("Ebrard": the person,
    # not a stray one-mention organization of the same name).
    "entity": "SELECT entity_id FROM search_entities WHERE search_entities MATCH :q {type} "
              "ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = search_entities.entity_id) DESC, "
              "bm25(search_entities, 0, 0, 10.0, 1.0)",
}


def _fts_ids(conn: Connection, kind: str, query: Query, entity_type: str | None) -> list[str]:
    sql = _FTS_SELECT[kind]
    params = {"q": fts_expression(query)}
    if kind == "entity":
        sql = sql.format(type="AND type = :type" if entity_type else "")
        if entity_type:
            params["type"] = entity_type
    return [r[0] for r in conn.execute(text(sql), params)]


def _like_ids(conn: Connection, kind: str, query: Query, entity_type: str | None) -> list[str]:
    """LIKE fallback: each clause has a form in one of the searched columns, no excluded one does (case-insensitive)."""
    if kind == "entity":
        return _entity_ids_by_name(conn, query, entity_type)
    table, columns = {
        "document": (t.documents, [t.documents.c.title, t.documents.c.body]),
        "quote": (t.quotes, [t.quotes.c.text, t.quotes.c.speaker]),
    }[kind]

    def holds(terms: tuple[Term, ...], *, expand: bool = True):
        forms = [f for term in terms for f in (term.forms if expand else term.forms[:1])]
        return or_(*(func.lower(func.coalesce(c, "")).contains(f, autoescape=True) for f in forms for c in columns))

    where = [holds(clause) for clause in query.clauses]
    if query.excluded:
        where.append(~holds(query.excluded, expand=False))
    return list(conn.execute(select(table.c.id).where(and_(*where)).order_by(table.c.id)).scalars())


def _entity_ids_by_name(conn: Connection, query: Query, entity_type: str | None) -> list[str]:
    """Entities whose names (lexicon names too) satisfy the query, folded, whole words; most-mentioned first."""
    counts: dict[str, int] = dict(conn.execute(select(t.mentions.c.entity_id, func.count())
                                               .group_by(t.mentions.c.entity_id)).all())
    stmt = select(t.entities)
    if entity_type:
        stmt = stmt.where(t.entities.c.type == entity_type)
    found = [row["id"] for row in conn.execute(stmt).mappings() if query.matches(" | ".join(entity_names(dict(row))))]
    return sorted(found, key=lambda i: -counts.get(i, 0))


def _make_hits(conn: Connection, page: list[tuple[str, str]], query: Query) -> list[SearchHit]:
    """The hits of ``page`` ((kind, id) in rank order), read with one query per kind, never one per hit.

    Each hit lists in ``matched`` the forms of the query it holds (the typed word, or the
    synonym or alias that found it), read from the text that was indexed for it.
    """
    wanted: dict[str, list[str]] = {kind: [i for k, i in page if k == kind] for kind in KINDS}
    made: dict[tuple[str, str], SearchHit] = {}
    if wanted["document"]:
        for row in conn.execute(select(t.documents.c.id, t.documents.c.title, t.documents.c.source,
                                       t.documents.c.body, t.documents.c.published, t.documents.c.lang)
                                .where(t.documents.c.id.in_(wanted["document"]))).mappings():
            start, end = query.first_match(row["body"]) or (0, 0)
            made[("document", row["id"])] = SearchHit(
                "document", row["id"], row["title"] or row["source"], row["id"], start, end,
                _context(row["body"], start, end),
                {"source": row["source"], "published": row["published"], "lang": row["lang"],
                 "matched": query.matched_forms(f"{row['title'] or ''} | {row['body']}")})
    if wanted["quote"]:
        for row in conn.execute(select(t.quotes, t.documents.c.source, t.entities.c.name.label("speaker_name"))
                                .join(t.documents, t.documents.c.id == t.quotes.c.document_id)
                                .outerjoin(t.entities, t.entities.c.id == t.quotes.c.speaker_id)
                                .where(t.quotes.c.id.in_(wanted["quote"]))).mappings():
            indexed = f"{row['text']} | {row['speaker'] or ''} {row['speaker_name'] or ''}"
            made[("quote", row["id"])] = SearchHit(
                "quote", row["id"], row["text"], row["document_id"], row["start"], row["end"], ("", row["text"], ""),
                {"speaker": row["speaker"], "speaker_id": row["speaker_id"], "direct": row["direct"],
                 "source": row["source"], "matched": query.matched_forms(indexed)})
    if wanted["entity"]:
        made.update(_entity_hits(conn, wanted["entity"], query))
    return [made[hit] for hit in page if hit in made]


def _entity_hits(conn: Connection, ids: list[str], query: Query) -> dict[tuple[str, str], SearchHit]:
    """Entity hits, each at its first mention (oldest document, then offset): two queries for all of them."""
    rank = func.row_number().over(partition_by=t.mentions.c.entity_id,
                                  order_by=(t.documents.c.published, t.mentions.c.document_id, t.mentions.c.start))
    ranked = (select(t.mentions.c.entity_id, t.mentions.c.document_id, t.mentions.c.start, t.mentions.c.end,
                     t.documents.c.body, rank.label("n"))
              .join(t.documents, t.documents.c.id == t.mentions.c.document_id)
              .where(t.mentions.c.entity_id.in_(ids)).subquery())
    first = {r["entity_id"]: r for r in conn.execute(select(ranked).where(ranked.c.n == 1)).mappings()}
    out = {}
    for row in conn.execute(select(t.entities).where(t.entities.c.id.in_(ids))).mappings():
        ident = row["id"]
        detail = {"type": row["type"], "aliases": row["aliases"],
                  "matched": query.matched_forms(" | ".join(entity_names(dict(row))))}
        m = first.get(ident)
        if m is None:
            out[("entity", ident)] = SearchHit("entity", ident, row["name"], None, None, None, ("", row["name"], ""),
                                               detail)
        else:
            out[("entity", ident)] = SearchHit("entity", ident, row["name"], m["document_id"], m["start"], m["end"],
                                               _context(m["body"], m["start"], m["end"]), detail)
    return out


def _context(body: str, start: int, end: int, *, width: int = 90) -> tuple[str, str, str]:
    """The text before, at and after a span, cut at word boundaries, whitespace collapsed."""
    before = body[max(0, start - width):start]
    after = body[end:end + width]
    if start > width:
        before = "…" + before.split(" ", 1)[-1]
    if end + width < len(body):
        after = after.rsplit(" ", 1)[0] + "…"
    return _squash(before), body[start:end], _squash(after)


def _squash(piece: str) -> str:
    """Whitespace runs collapsed to one space, a leading/trailing space kept if there was one."""
    core = " ".join(piece.split())
    if not core:
        return " " if piece else ""
    return (" " if piece[0].isspace() else "") + core + (" " if piece[-1].isspace() else "")
