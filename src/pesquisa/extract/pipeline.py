"""The extract stage as named components that declare what they read and what they set.

Like spaCy's factories (``requires=`` / ``assigns=``), each component names the fields
of the ``Extraction`` state it needs and the ones it fills; ``assemble`` checks, when a
pipeline is put together, that every need is met by the document or by an earlier
component, so a reordering that would read an empty field fails at once with the name
of the component and the field. Components live in ``REGISTRY`` under versioned names
("pesquisa.quotes.v1"); a new algorithm gets a new version and old configurations keep
working.

The default order, with what each reads and sets:
- nlp: body -> tokens, sentences, model entities (spaCy, in chunks when long)
- entities: doc -> entities (LocalEntity/Mention)
- titles: body, entities -> roles (and each person's titles, read by quote attribution)
- quotes: doc, entities, roles -> quotes
- quantities: body, sentences -> quantities
- dates: body, sentences -> dates
- events (v2): doc, entities and their titles, dates, quantities, quotes -> events
- relations: body, sentences, entities, roles, events -> relations (membership, money, sanctions, nationality)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pesquisa.errors import ConfigError
from pesquisa.extract.dates import extract_dates
from pesquisa.extract.entities import extract_entities
from pesquisa.extract.events import extract_events, extract_events_v1, filed_day
from pesquisa.extract.nlp import model_language, parse
from pesquisa.extract.quantities import extract_quantities
from pesquisa.extract.quotes import extract_quotes
from pesquisa.extract.relations import extract_relations
from pesquisa.extract.titles import extract_roles
from pesquisa.records import CleanDocument, Extraction, Span


@dataclass(slots=True)
class State:
    """What the components share while one document is extracted."""

    document: CleanDocument
    lang: str
    doc: Any = None  # the spaCy Doc
    sentences: list[Span] = field(default_factory=list)
    extraction: Extraction | None = None


# fields a component can read without another component setting them
GIVEN = ("body", "published", "lang")


@dataclass(frozen=True, slots=True)
class Component:
    """A named, versioned step: what it reads, what it sets, and the function that does it."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[State], None]


def _nlp(state: State) -> None:
    if state.doc is None:  # not parsed already with other documents (``parse_batch``)
        state.doc = parse(state.document.body, state.lang)
    state.sentences = [Span(s.start_char, s.end_char) for s in state.doc.sents]


def _entities(state: State) -> None:
    assert state.extraction is not None
    state.extraction.entities = extract_entities(state.doc, state.document.id)


def _titles(state: State) -> None:
    assert state.extraction is not None
    x = state.extraction
    x.roles = extract_roles(state.document.body, x.entities, published=state.document.published)


def _quotes(state: State) -> None:
    assert state.extraction is not None
    state.extraction.quotes = extract_quotes(state.doc, state.extraction.entities)


def _quantities(state: State) -> None:
    assert state.extraction is not None
    state.extraction.quantities = extract_quantities(state.document.body, lang=state.lang, sentences=state.sentences)


def _dates(state: State) -> None:
    assert state.extraction is not None
    state.extraction.dates = extract_dates(state.document.body, published=state.document.published,
                                           sentences=state.sentences)


def _events_v1(state: State) -> None:
    assert state.extraction is not None
    x = state.extraction
    x.events = extract_events_v1(state.doc, x.entities, x.dates, published=state.document.published)


def _events(state: State) -> None:
    assert state.extraction is not None
    x = state.extraction
    x.events = extract_events(state.doc, x.entities, x.dates, quantities=x.quantities, quotes=x.quotes,
                              published=state.document.published, filed=filed_day(state.document))


def _relations(state: State) -> None:
    assert state.extraction is not None
    x = state.extraction
    x.relations = extract_relations(state.document.body, x.entities, x.roles, x.events, sentences=state.sentences)


REGISTRY: dict[str, Component] = {c.name: c for c in (
    Component("pesquisa.nlp.v1", ("body", "lang"), ("doc", "sentences"), _nlp),
    Component("pesquisa.entities.v1", ("doc",), ("entities",), _entities),
    Component("pesquisa.titles.v1", ("body", "entities", "published"), ("roles", "entities.titles"), _titles),
    Component("pesquisa.quotes.v1", ("doc", "entities", "entities.titles"), ("quotes",), _quotes),
    Component("pesquisa.quantities.v1", ("body", "lang", "sentences"), ("quantities",), _quantities),
    Component("pesquisa.dates.v1", ("body", "published", "sentences"), ("dates",), _dates),
    Component("pesquisa.events.v1", ("doc", "entities", "dates", "published"), ("events",), _events_v1),
    Component("pesquisa.events.v2", ("doc", "entities", "entities.titles", "dates", "quantities", "quotes", "published"),
              ("events",), _events),
    Component("pesquisa.relations.v1", ("body", "sentences", "entities", "roles", "events"), ("relations",), _relations),
)}
DEFAULT = ("pesquisa.nlp.v1", "pesquisa.entities.v1", "pesquisa.titles.v1", "pesquisa.quotes.v1",
           "pesquisa.quantities.v1", "pesquisa.dates.v1", "pesquisa.events.v2", "pesquisa.relations.v1")


def assemble(names: Sequence[str] = DEFAULT) -> list[Component]:
    """The components ``names`` in order, checked: raises ``ConfigError`` for an unknown name or an unmet need."""
    have = set(GIVEN)
    out = []
    for name in names:
        component = REGISTRY.get(name)
        if component is None:
            raise ConfigError(f"{name}: no such extract component (known: {', '.join(sorted(REGISTRY))})")
        missing = [f for f in component.requires if f not in have]
        if missing:
            raise ConfigError(f"{name}: needs {', '.join(missing)}, which no earlier component sets")
        have.update(component.assigns)
        out.append(component)
    return out


_DEFAULT_COMPONENTS = assemble()

# ``re`` keeps 512 compiled patterns and drops the oldest first. Extraction builds patterns from each
# document's own names (a surname, the forms of a place: 942 distinct ones in 144 documents), and they
# pushed out the fixed patterns of extraction and of spaCy's Spanish lemmatizer, compiled again and again
# (2,525 compiles in those 144 documents; cleaning, parse and extraction of bench/scale.py's 300 texts took
# 54 s of CPU, 50 s with room for more). With room for a few thousand the fixed ones stay compiled; the
# matches are the same, and the cache stays bounded.
REGEX_CACHE = 4096
if getattr(re, "_MAXCACHE", REGEX_CACHE) < REGEX_CACHE:
    setattr(re, "_MAXCACHE", REGEX_CACHE)  # noqa: B010 (a private knob of re, absent from its stubs)


def extract_document(document: CleanDocument, *, components: Sequence[Component] | None = None,
                     doc: Any = None) -> Extraction:
    """All facts of ``document`` (pure: reads nothing but the document and the shipped models).

    ``doc``: the document's body already parsed by its language's pipeline (``nlp.parse_batch``).
    """
    lang = document_lang(document)
    state = State(document, lang, doc=doc, extraction=Extraction(document))
    for component in components or _DEFAULT_COMPONENTS:
        component.run(state)
    assert state.extraction is not None
    return state.extraction


def document_lang(document: CleanDocument) -> str:
    """The pipeline that parses ``document`` and the lexicons extraction reads it with (``model_language``:
    Spanish for the other Romance languages, English for the rest)."""
    return model_language(document.lang)
