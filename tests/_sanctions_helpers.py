"""A knowledge-base person to match against the SDN list, and the list ids it matches."""

from __future__ import annotations

from pesquisa.resolve.sanctions import KBEntity, MentionContext, match_entity


def person(name: str, *, aliases: tuple[str, ...] = (), titles: tuple[str, ...] = (),
           contexts: tuple[MentionContext, ...] = ()) -> KBEntity:
    return KBEntity(id="per-test", type="person", name=name, aliases=list(aliases), titles=list(titles),
                    contexts=list(contexts))


def listed(index, entity: KBEntity) -> list[str]:
    return [m.list_id for m in match_entity(entity, index)]
