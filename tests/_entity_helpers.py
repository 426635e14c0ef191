"""What the entity tests read of ``extract_entities`` for a text parsed with a test's spaCy pipeline."""

from __future__ import annotations

from pesquisa.extract.entities import extract_entities


def entity_mentions(nlp, text: str) -> dict[tuple[str, str], list[str]]:
    """(type, name) -> mention texts of the entities of ``text``."""
    return {(e.type, e.name): [m.text for m in e.mentions] for e in extract_entities(nlp(text), "d")}


def entity_names(nlp, text: str, kind: str) -> set[str]:
    """The names of the entities of type ``kind`` in ``text``."""
    return {name for (t, name) in entity_mentions(nlp, text) if t == kind}
