"""Who speaks a transcript's turn: the person its label names, the interviewee for an answer, no one for a
reporter's question (see ``pesquisa.transcripts``); and who answers in an interview told with dialogue dashes, or
with the reporter's questions alone on their lines (in bold on the page) and the answers in quotation marks."""

from __future__ import annotations

import re

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._labels import interview_start
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._titled import Titles
from pesquisa.lexicon import fold
from pesquisa.records import LocalEntity
from pesquisa.transcripts import Turn, initialed_name, is_title_only, label_name

_PARTICLES = {"de", "del", "la", "las", "los", "y", "of"}


def turn_speaker(known: Titles, turn: Turn, turns: list[Turn]) -> Speaker | None:
    """The speaker of ``turn``: a named label's person (an entity of the document where one fits the label's
    name, else the name as the label writes it, without an id); for an answer, the person the text names last
    before the first turn (the interviewee an introduction presents); for a question, no one."""
    if turn.role == "question":
        return None
    if turn.role == "answer":
        first = turns[0].label.start
        named = [(m, e) for m, e in known.mentions if e.type == "person" and m.span.end <= first]
        return known._entity_speaker(named[-1][1], named[-1][0].span, "label") if named else None
    if turn.name is None or _names_a_body(known, turn):
        return None  # "Texas Tribune: Has the framework changed anything?": the outlet asks, no one named
    if is_title_only(known.text[turn.name.start:turn.name.end]):  # "THE PRESIDENT:": the president of the page
        title = [w for w in fold(known.text[turn.name.start:turn.name.end]).split() if w not in {"the", "el", "la"}]
        hit = known._described(title, turn.label.start)
        if hit is not None:
            return known._entity_speaker(hit, turn.name, "label")
    entity = _label_person(known, turn) or _initialed_person(known, turn)
    if entity is not None:
        return known._entity_speaker(entity, turn.name, "label")
    return Speaker(label_name(known.text[turn.name.start:turn.name.end]), None, turn.name, "label", person=True)


def _names_a_body(known: Titles, turn: Turn) -> bool:
    """The label names an organization, not a person: one the document knows as such, or a name the text writes
    after "the" as the subject of a verb ("The Texas Tribune spoke with him" for the label "Texas Tribune:"), as
    no person's name is."""
    assert turn.name is not None
    if any(e.type == "organization" and turn.label.start <= m.span.start and m.span.end <= turn.label.end
           for m, e in known.mentions):
        return True
    name = known.text[turn.name.start:turn.name.end]
    if any(e.type == "organization" and fold(m.text) == fold(name) for m, e in known.mentions):
        return True  # "EL UNIVERSAL:" where the introduction says "recibió a EL UNIVERSAL"
    for match in re.finditer(rf"\b[Tt]he[ \t]+{re.escape(name)}\b", known.text):
        after = known.doc.char_span(match.end(), len(known.text), alignment_mode="expand")
        nxt = next((t for t in after or [] if not t.is_space), None)
        if nxt is None or nxt.pos_ in {"VERB", "AUX", "PUNCT"}:
            return True  # "The Texas Tribune spoke with him", not "the Cuellar family"
    return False


def _label_person(known: Titles, turn: Turn) -> LocalEntity | None:
    """The person of the document a label names: one with a mention in the label, else the one person whose name
    holds all the label's words or whose words the label holds ("SECRETARY RUBIO", "MS BRUCE")."""
    assert turn.name is not None
    inside = [e for m, e in known.mentions if e.type == "person" and
              turn.label.start <= m.span.start and m.span.end <= turn.label.end]
    if inside:
        return inside[0]
    label = set(fold(known.text[turn.name.start:turn.name.end]).split()) - _PARTICLES
    if not label:
        return None
    fits = {e.local_id: e for e in known.entities if e.type == "person" and
            (label <= set(fold(e.name).split()) or set(fold(e.name).split()) - _PARTICLES <= label)}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _initialed_person(known: Titles, turn: Turn) -> LocalEntity | None:
    """The person a label of initials stands for ("RRM:" after "Rubén Rocha Moya (RRM):"), or None."""
    assert turn.name is not None
    name = initialed_name(known.text, known.text[turn.name.start:turn.name.end])
    folded = fold(name).split() if name else []
    return next((e for e in known.entities if e.type == "person" and folded and
                 (set(folded) <= set(fold(e.name).split()) or set(fold(e.name).split()) <= set(folded))), None)


def interviewee(known: Titles, at: int) -> Speaker | None:
    """Who answers at ``at`` in an interview told with dialogue dashes (``_labels.interview_start``): the person
    named last before its first turn, as for a transcript's answer; None outside such an interview."""
    start = interview_start(known.text, at)
    named = [(m, e) for m, e in known.mentions if e.type == "person" and start is not None and m.span.end <= start
             and not inside(m.span.start, known.quotes)]
    return known._entity_speaker(named[-1][1], named[-1][0].span, "label") if named else None


_OPENING = re.compile(r"[ \t]*[—―-]?[ \t]?[“\"«'‘]")  # a paragraph that opens on a quote ("—“Tenemos ...”")
_QUOTE_MARKS = frozenset("“”\"«»")


def answer_speaker(known: Titles, at: int, *, bare: bool) -> Speaker | None:
    """Who answers at ``at`` when the quote there opens its paragraph right after a paragraph that is one question of
    the reporter's, in no marks ("¿Cuántos elementos tiene la policía?" then "«Tenemos mil 200»"): the person named
    last, outside quotes, before the first question of that run of questions and answers; else None, and for a quote
    not ``bare`` (one with a verb or a subject of its own)."""
    text = known.text
    start = _paragraph_start(text, at)
    if not bare or not _OPENING.match(text, start) or text[start:at].strip(" \t—―-“\"«'‘") or start < 2:
        return None
    first = None
    while start >= 2:
        before = _paragraph_start(text, start - 2)
        para = text[before:start].strip()
        if _question(para):
            first = before
        elif not _OPENING.match(text, before) or first is None:
            break
        start = before
    named = [(m, e) for m, e in known.mentions if e.type == "person" and first is not None and m.span.end <= first
             and not inside(m.span.start, known.quotes)]
    return known._entity_speaker(named[-1][1], named[-1][0].span, "label") if named else None


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding ``at`` starts."""
    start = text.rfind("\n\n", 0, at)
    return 0 if start == -1 else start + 2


def _question(para: str) -> bool:
    """The paragraph is one short question alone, in no quotation marks ("¿Hay coordinación con la Defensa?")."""
    return para.endswith("?") and len(para) < 400 and para.count("?") == 1 and not _QUOTE_MARKS & set(para)
