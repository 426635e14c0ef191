"""The background an event is told against, and an event told before that opens a sentence.

"The arrest comes amid weeks of clashes between factions of the Gulf cartel in Reynosa", "His extradition comes amid
a surge of handovers: ... 26 transferred in a single flight in August", "La detención ocurre en medio de la disputa
entre Los Chapitos y La Mayiza": what follows "amid", "en medio de" in the trigger's sentence tells the times and the
groups around the event; the cartel fighting is no party to the arrest, and August is no day of the extradition. "After
his arrest, U.S. Marshals transported Quiñones to the courthouse": the main clause tells what came after the arrest,
and its actors took no part in it. The words are ``backdrops`` and ``after_references`` in ``data/events.yaml``.
"He had been arrested in Reynosa in March 2025", "había sido detenido en 2024": a sentence in the pluperfect tells
the past behind the story; its date is no day of the event told beside it. "Los hechos ocurrieron el 14 de agosto de
2024", "The shooting happened on Aug. 14": a paragraph opened by the crime told again dates the crime, not the arrest
told above it (``crime_openings``). "Police arrest suspect in 2025 killing", "la emboscada de 2023": a year that
qualifies a crime's noun dates the crime, no arrest of the sentence (``crime_years``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from pesquisa.extract.events._cues import Cues, compile_entry
from pesquisa.lexicon import read_data
from pesquisa.records import Span

_PHRASE_END = re.compile(r"[,;:]|\.(?:\s|$)|\n")


def in_backdrop(body: str, cues: Cues, span: Span, trigger: Span) -> bool:
    """True when ``span`` comes after a backdrop word that follows the trigger in its sentence ("comes amid ..."), or
    stands in a framing phrase that does not hold the trigger ("en el marco de la Estrategia del Gobierno de México")."""
    # the caller keeps to the trigger's sentence
    return bool(cues.backdrops.search(body, trigger.end, span.start)) or in_framing(body, cues, span, trigger)


_FRAME_REACH = 200  # characters a framing phrase may open before what it holds


def in_framing(body: str, cues: Cues, span: Span, trigger: Span) -> bool:
    """True when ``span`` stands in a phrase telling the policy an action is told under, from its opening words to the
    next comma or stop, and the trigger does not ("La Marina, en el marco de la Estrategia Nacional de Seguridad del
    Gobierno de México, inhabilitó ...": the government's plan, no actor of the raid)."""
    start = max(0, span.start - _FRAME_REACH)
    for pattern in cues.framings:
        for m in pattern.finditer(body, start, span.end + _FRAME_REACH):  # the plan's name may follow its owner
            if m.start() > span.start:
                break
            stop = _PHRASE_END.search(body, m.end())
            end = stop.start() if stop else len(body)
            if span.end <= end and not (m.start() <= trigger.start < end):
                return True
    return False


def opening_reference(body: str, cues: Cues, sentence_start: int, trigger: Span) -> Span | None:
    """The phrase that opens the sentence with the trigger as its noun, told before the news of the main clause ("After
    his arrest, U.S. Marshals transported Quiñones to the courthouse": "After his arrest"), or None."""
    if not any(p.match(body[sentence_start:trigger.start]) for p in cues.after_references):
        return None
    comma = body.find(",", trigger.end)
    return Span(sentence_start, comma if comma != -1 else trigger.end)


def told_in_pluperfect(doc: Doc, span: Span) -> bool:
    """True when the verb ``span`` hangs from is a pluperfect ("had been arrested in March 2025", "había sido detenido
    en 2024"): the past before the story."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inner is None or not len(inner):
        return False
    verb = next((t for t in inner.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_.startswith("aux") and c.lower_ in {"had", "había", "habían", "hubo"}
                                    for c in verb.children)


@cache
def _crime_openings() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["crime_openings"])


def crime_opens(body: str, start: int) -> bool:
    """True when the paragraph at ``start`` opens on the crime told again ("Los hechos ocurrieron el ...", "The shooting
    happened ..."): its date is the crime's, no day of an arrest or seizure told before it."""
    return any(p.match(body, start) for p in _crime_openings())


@cache
def _crime_years() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    entry = read_data("events.yaml")["crime_years"]
    return tuple(compile_entry(e) for e in entry["before"]), tuple(compile_entry(e) for e in entry["after"])


def crime_year(body: str, span: Span, kind: str) -> bool:
    """True when ``span`` is a bare year that qualifies a crime's noun ("in 2025 killing", "the 2019 murder of", "la
    emboscada de 2023", "el homicidio del año 2024") and ``kind`` is no attack: the crime's year, not the arrest's."""
    if kind == "attack" or not re.fullmatch(r"\d{4}", body[span.start:span.end]):
        return False
    before, after = _crime_years()
    ahead, behind = body[span.end:span.end + 40], body[max(0, span.start - 40):span.start]
    return any(p.match(ahead) for p in before) or any(p.search(behind) for p in after)
