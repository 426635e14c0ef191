"""One type per name in a document: the model reads a name now as a place, now as an organization ("in the port city
of Guayaquil" and "Guayaquil Raid" in a headline; "the Los Lobos gang" and "Los Lobos and Los Choneros" tagged a
place). A reading that something other than the model vouches for (the lexicon, a cue such as "gang", a title)
decides; between the model's own readings, a place wins over an organization whose name holds no organization word
(a town's name in a headline is no body).

A body named by its head word alone ("De acuerdo con la Fiscalía, ...") is the body of that head the article named
last before it: "la Fiscalía del Estado de Jalisco", not an organization called "Fiscalía"."""

from __future__ import annotations

from dataclasses import replace

from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import fold
from pesquisa.records import Mention


def one_type_per_name(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the model's organization or place readings of a name given its one type."""
    kinds: dict[str, dict[str, list[Mention]]] = {}
    for m in mentions:
        if m.type in {"organization", "place"}:
            kinds.setdefault(fold(m.name), {}).setdefault(m.type, []).append(m)
    retyped: dict[int, str] = {}
    for by_type in kinds.values():
        if len(by_type) < 2:
            continue
        vouched = {t for t, ms in by_type.items() if any(m.source != "model" or m.key for m in ms)}
        if len(vouched) == 1:
            kind = next(iter(vouched))
        elif not vouched and not any(w.lower() in names_data().org_words for m in by_type["organization"]
                                     for w in m.name.split()):
            kind = "place"
        else:
            continue
        for t, ms in by_type.items():
            if t != kind:
                retyped.update((id(m), kind) for m in ms if m.source == "model" and not m.key)
    return [replace(m, type=retyped[id(m)]) if id(m) in retyped else m for m in mentions]


def bare_heads_joined(mentions: list[Mention], text: str = "") -> list[Mention]:
    """``mentions`` with each model organization named by one organization word alone ("Fiscalía", "Secretaría")
    given the name and key of the article's body of that head named last before it, or (in the headline, the
    ``text``'s first line: "Senado aprueba reforma ...") first after it."""
    names = names_data()
    out = []
    for m in mentions:
        word = m.name.lower()
        if m.type == "organization" and m.source == "model" and not m.key and " " not in m.name and \
                word in names.org_words:
            bodies = sorted((o for o in mentions if o.type == "organization" and " " in o.name and
                             o.name.split()[0].lower() == word), key=lambda o: o.span.start)
            before = [o for o in bodies if o.span.start < m.span.start]
            if not before and bodies and "\n" in text and m.span.end <= text.index("\n"):
                before = bodies[:1]  # the headline's bare head is the body the article names in full
            if before:  # not one named after: "gerente de |Administración| y Finanzas de la Administración del ..."
                m = replace(m, name=before[-1].name, key=before[-1].key)
        out.append(m)
    return out
