"""Who speaks: the verb's subject read as a person, a joint statement, an unnamed source,
a pronoun, a description or nothing at all (then the last speaker), in that order."""

from __future__ import annotations

from dataclasses import dataclass

from pesquisa.extract.quotes._cues import speech_cues
from pesquisa.extract.quotes._spans import inside
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import LocalEntity, Mention, Span


@dataclass(slots=True)
class Speaker:
    name: str | None
    local_id: str | None
    span: Span | None
    cue: str
    plural: bool = False
    person: bool = False


class Resolver:
    """Resolves subjects to speakers, remembering the last speakers of the document."""

    def __init__(self, text: str, entities: list[LocalEntity], quotes: list[Span]):
        self.text = text
        self.quotes = quotes
        self.entities = entities
        self.mentions: list[tuple[Mention, LocalEntity]] = sorted(
            ((m, e) for e in entities for m in e.mentions if e.type in {"person", "organization"}),
            key=lambda t: t[0].span.start)
        self.last: Speaker | None = None
        self.last_person: Speaker | None = None
        self.last_plural: Speaker | None = None
        self.cues = speech_cues()

    def _entity_speaker(self, entity: LocalEntity, span: Span, cue: str) -> Speaker:
        return Speaker(entity.name, entity.local_id, span, cue, person=entity.type == "person")

    def _described(self, words: list[str], before: int) -> LocalEntity | None:
        """The person whose title shares most words with a description ('the foreign minister')."""
        wanted = set(words) - {"of", "de", "del", "the", "la", "el"}
        best, best_key = None, (0, -1)
        for entity in self.entities:
            if entity.type != "person":
                continue
            seen = [m.span.start for m in entity.mentions if m.span.start < before] or \
                [-m.span.start for m in entity.mentions]  # named only later: the lede's "el periodista"
            overlap = max((len(wanted & set(fold(t).split())) for t in entity.titles), default=0)
            if words[-1] not in {w for t in entity.titles for w in fold(t).split()}:
                continue
            key = (overlap, max(seen))
            if key > best_key:
                best, best_key = entity, key
        return best

    def _by_surname(self, words: list[str], before: int) -> LocalEntity | None:
        """A person of the document whose name ends with the subject's words ('Velasco')."""
        if not words or len(words) > 4:
            return None
        hits = []
        for entity in self.entities:
            parts = fold(entity.name).split()
            if entity.type == "person" and len(parts) > len(words) and any(
                    parts[i:i + len(words)] == words for i in range(1, len(parts) - len(words) + 1)):
                hits.append(entity)
        return hits[0] if len(hits) == 1 else None

    def resolve(self, subject: Span | None, at: int) -> Speaker | None:
        if subject is None:
            return self.last
        inside = [(m, e) for m, e in self.mentions if subject.start <= m.span.start and m.span.end <= subject.end]
        people = [(m, e) for m, e in inside if e.type == "person"]
        words = fold(self.text[subject.start:subject.end]).split()
        if words and words[-1] in {"s"}:
            words = words[:-1]
        if any(j in " ".join(words) for j in self.cues.joint) and not people:
            return Speaker("joint statement: " + self.text[subject.start:subject.end], None, subject, "joint", plural=True)
        # "officials in Sinaloa said": a nameless group speaks, whatever it names after itself
        unnamed_at = next((i for i, w in enumerate(words) if w in self.cues.unnamed and w.endswith("s")
                           and w not in self.cues.carriers), None)
        if unnamed_at is not None and not people and (not inside or unnamed_at == 0):
            return Speaker(self.text[subject.start:subject.end], None, subject, "unnamed")
        heads = load_lexicon().title_heads()
        lead = [w for w in words if w not in {"the", "el", "la", "los", "las"}][:1]
        if lead and lead[0] in heads and not people:
            hit = self._described([w for w in words if w not in {"the", "el", "la"}], at)
            if hit:
                return Speaker(hit.name, hit.local_id, subject, "title", person=True)
        if people:
            return self._entity_speaker(people[0][1], people[0][0].span, "subject")
        named = self._by_surname(words, at) if words else None
        if named is not None:
            return self._entity_speaker(named, subject, "subject")
        if inside:
            return self._entity_speaker(inside[-1][1], inside[-1][0].span, "subject")
        if not words:
            return self.last
        if words[-1] in self.cues.unnamed or (words[0] in {"a", "an", "un", "una", "one", "uno"}) or \
                any(w in self.cues.unnamed and w.endswith("s") for w in words):
            return Speaker(self.text[subject.start:subject.end], None, subject, "unnamed")
        if len(words) == 1 and words[0] in self.cues.singular:
            return self.last_person or self._last_person_mention(at)
        if len(words) == 1 and words[0] in self.cues.plural:
            return self.last_plural or self.last
        content = [w for w in words if w not in {"the", "el", "la", "los", "las", "this", "that", "este", "esta"}]
        if content:
            hit = self._described(content, at)
            if hit:
                return Speaker(hit.name, hit.local_id, subject, "title", person=True)
        if self.last is not None and self.last.cue == "unnamed":
            # "a senior official said ... “...”, el funcionario added": still nobody named
            return Speaker(self.text[subject.start:subject.end], None, subject, "unnamed")
        return self.last_person if content and content[-1] in load_lexicon().title_heads() else self.last

    def _last_person_mention(self, before: int) -> Speaker | None:
        """The person named last before ``before``, outside quotes (a pronoun's antecedent)."""
        people = [(m, e) for m, e in self.mentions if e.type == "person" and m.span.end <= before
                  and not inside(m.span.start, self.quotes)]
        if not people:
            return None
        mention, entity = people[-1]
        return self._entity_speaker(entity, mention.span, "pronoun")

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is None:
            return
        self.last = speaker  # an unnamed source too: a quote that follows it is theirs
        if speaker.cue == "unnamed":
            return
        if speaker.person:
            self.last_person = speaker
        if speaker.plural:
            self.last_plural = speaker
