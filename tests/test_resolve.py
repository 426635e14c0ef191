"""Resolution across documents: people by name evidence, organizations by lexicon key, events by shared facts."""

from __future__ import annotations

from pesquisa.resolve import EntityRef, EventReport, Judgement, merge_evidence, resolve_entities, resolve_events


def person(doc: str, name: str) -> EntityRef:
    return EntityRef(doc, f"{doc}:{name}", "person", name, forms=[name])


def clusters(refs, judgements=None) -> dict[str, set[str]]:
    return {e.id: {f"{m.document_id}:{m.name}" for m in e.members} for e in resolve_entities(refs, judgements)}


def test_resolve_two_rodriguez_stay_apart():
    got = clusters([person("a", "Rosa Icela Rodríguez"), person("b", "Luis Rodríguez Bucio"),
                    person("c", "Salvador Díaz Rodríguez")])
    assert len(got) == 3


def test_resolve_ambiguous_surname_joins_nobody():
    got = clusters([person("a", "Rosa Icela Rodríguez"), person("b", "Salvador Díaz Rodríguez"), person("c", "Rodríguez")])
    assert {"c:Rodríguez"} in got.values()


def test_resolve_shorter_names_and_accents_join():
    got = clusters([person("a", "Roberto Velasco Álvarez"), person("b", "Roberto Velasco"), person("c", "Velasco"),
                    person("d", "Francisco Garduño"), person("e", "Francisco Garduno"),
                    person("f", "Luis Ángel Martínez Cabrera"), person("g", "Luis Martinez")])
    assert {"a:Roberto Velasco Álvarez", "b:Roberto Velasco", "c:Velasco"} in got.values()
    assert {"d:Francisco Garduño", "e:Francisco Garduno"} in got.values()
    assert {"f:Luis Ángel Martínez Cabrera", "g:Luis Martinez"} in got.values()


def test_resolve_withheld_surname_joins_the_only_full_name():
    got = clusters([person("a", "Homero Zamorano Jr."), person("b", "Homero «N»")])
    assert list(got.values()) == [{"a:Homero Zamorano Jr.", "b:Homero «N»"}]


def test_resolve_ids_do_not_depend_on_order():
    refs = [person("a", "Marcelo Ebrard"), person("b", "Ebrard"), person("c", "Antony Blinken")]
    assert clusters(refs) == clusters(list(reversed(refs)))


def test_resolve_organizations_by_lexicon_key_across_languages():
    refs = [EntityRef("a", "a1", "organization", "Secretaría de Relaciones Exteriores", key="mx-sre"),
            EntityRef("b", "b1", "organization", "Mexican Foreign Ministry", key="mx-sre"),
            EntityRef("c", "c1", "organization", "SRE", key="mx-sre")]
    resolved = resolve_entities(refs)
    assert len(resolved) == 1 and resolved[0].name == "Secretaría de Relaciones Exteriores"
    assert set(resolved[0].aliases) == {"Mexican Foreign Ministry", "SRE"}


def test_resolve_judgements_merge_and_split():
    refs = [person("a", "Luis Ángel Martínez Cabrera"), person("b", "Luis Martinez"), person("c", "Anne Milgram")]
    base = resolve_entities(refs)
    martinez = next(e.id for e in base if len(e.members) == 2)
    milgram = next(e.id for e in base if len(e.members) == 1)
    split = clusters(refs, [Judgement("split", martinez)])
    assert len(split) == 3 and martinez in split
    merged = clusters(refs, [Judgement("merge", martinez, milgram)])
    assert list(merged) == [min(martinez, milgram)]


def test_resolve_events_merge_on_shared_participants_with_evidence():
    a = EventReport("r1", "d1", "meeting", "2017-05-18", "plc-dc", None, ["per-t", "per-v"])
    b = EventReport("r2", "d2", "meeting", None, None, None, ["per-t", "per-v", "per-k"])
    c = EventReport("r3", "d3", "meeting", "2023-10-12", "plc-dc", None, ["per-t"])
    events = resolve_events([a, b, c])
    assert sorted(len(e.reports) for e in events) == [1, 2]
    assert merge_evidence(a, b)["shared_participants"] == ["per-t", "per-v"]
    assert merge_evidence(a, c) is None  # dates five years apart


def test_resolve_events_no_chaining_across_conflicting_dates():
    a = EventReport("r1", "d1", "meeting", "2017-05-18", None, None, ["per-1", "per-2"])
    b = EventReport("r2", "d2", "meeting", None, None, None, ["per-1", "per-2"])
    c = EventReport("r3", "d3", "meeting", "2023-10-12", None, None, ["per-1", "per-2"])
    events = resolve_events([a, b, c])
    assert len(events) == 2
