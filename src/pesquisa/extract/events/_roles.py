"""What an entity is to an event: a state body or an official (an agent), a target, a medium, a country.

Organizations are read through the lexicon (their kind: ministry, police, cartel, media...);
a person is an agent when one of their titles is an official's ("secretary", "fiscal") and
none is of the other side ("cartel leader").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from pesquisa.extract.events._cues import Cues
from pesquisa.extract.quotes import is_speech_verb
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import LocalEntity, Mention, Quote, Span

STATE_KINDS = {"ministry", "agency", "military", "police", "court", "prosecutor", "legislature", "international"}
TARGET_KINDS = {"cartel", "faction", "gang", "company"}


def _country_of_key(key: str | None) -> str | None:
    """Country code of a place lexicon key ("mx", "mx-cdmx" -> "mx"; "gulf-of-mexico" -> None)."""
    if not key:
        return None
    if re.fullmatch(r"[a-z]{2}", key):
        return key
    match = re.match(r"([a-z]{2})-", key)
    return match.group(1) if match else None


def place_country(entity: LocalEntity) -> str | None:
    """Country code of a place entity (None for a place of no one country)."""
    lex = load_lexicon()
    return _country_of_key(entity.key or lex.place_key(entity.name))


def org_entry(entity: LocalEntity):
    """The lexicon entry of an organization entity, or None when the lexicon does not know it."""
    lex = load_lexicon()
    key = entity.key or lex.org_key(entity.name)
    return lex.organizations.get(key) if key else None


def is_media(entity: LocalEntity) -> bool:
    """True for an outlet of the press (the lexicon's kind ``media``)."""
    entry = org_entry(entity)
    return bool(entry and entry.kind == "media")


def is_agent(entity: LocalEntity, cues: Cues) -> bool:
    """True for a state body, or a person holding an official title in the document."""
    if entity.type == "organization":
        entry = org_entry(entity)
        return bool(entry and entry.kind in STATE_KINDS)
    titles = [t.lower() for t in entity.titles]
    # a title is official when it has a title word ("secretary", "fiscal") and no word of the other side
    heads = _title_heads()
    return any(heads.search(t) for t in titles) and not any(any(w in t for w in cues.non_official_titles)
                                                             for t in titles)


def is_force(entity: LocalEntity, cues: Cues) -> bool:
    """True for a state body (``is_agent``), or an organization the lexicon does not list named as a state's or a town's
    force ("Policía de Investigación", "Hidalgo County Sheriff's Office"): who may have made an arrest or seizure that
    names no one. (Not an agent everywhere: "Un agente de la Policía Estatal Preventiva murió luego de que civiles
    armados atacaron su patrulla" keeps the police the attack's.)"""
    if entity.type == "organization" and org_entry(entity) is None:
        return bool(_unlisted_force().fullmatch(entity.name))
    return is_agent(entity, cues)


@cache
def _unlisted_force() -> re.Pattern[str]:
    """A name the lexicon does not list that names a state's or a town's force by its opening or closing words
    ("Policía de Investigación", "Hidalgo County Sheriff's Office"; events.yaml ``unlisted_forces``)."""
    forces = read_data("events.yaml")["unlisted_forces"]
    heads, tails = ("|".join(re.escape(w) for w in sorted(forces[k], key=len, reverse=True)) for k in ("heads", "tails"))
    return re.compile(rf"(?:{heads})(?:\s.*)?|(?:.*\s)?(?:{tails})", re.S)


@cache
def _title_heads() -> re.Pattern[str]:
    heads = sorted(load_lexicon().title_heads(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)", re.I)


def told_inside(quotes: list[Quote], mention: Mention, trigger: Span) -> bool:
    """True when ``mention`` stands inside the reported words that hold ``trigger``, their speaker named outside them.

    A teller of an arrest only reports it (``_context.TOLD_TYPES``), but the same body named as the subject of its own
    words made it: "Mexico's navy seized ... and arrested four people, the Navy said". ("The Navy said soldiers
    arrested four people" names no body inside the words.)"""
    return any(q.span.contains(trigger) and q.span.contains(mention.span) and q.speaker_span is not None and
               not q.span.contains(q.speaker_span) for q in quotes)


OWN_PRONOUNS = frozenset({"it", "they", "we"})  # "The Navy said it seized", "Police said they arrested"


def tells_own_deed(doc: Doc, quote: Quote, trigger: Span) -> bool:
    """True when the teller of ``quote`` is the subject of the reported verb that holds ``trigger``: a singular active
    verb with no subject of its own right under the verb of telling ("La FGR informó que detuvo a X", "La UIF informó
    este miércoles que bloqueó las cuentas de"), or one whose subject is a pronoun ("The Navy said it arrested four
    people"). "informó que fue detenido", "informó que detuvieron a" (someone else, or no one named) stay told only."""
    words = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if words is None or not len(words) or quote.speaker_span is None:
        return False
    verb = words[0] if words[0].pos_ in {"VERB", "AUX"} else words.root
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or not is_speech_verb(verb.head) or \
            not any(speaker.idx < quote.speaker_span.end and quote.speaker_span.start < speaker.idx + len(speaker.text)
                    for c in verb.head.children if c.dep_.startswith("nsubj") for speaker in c.subtree):
        return False
    subjects = [c for c in verb.children if c.dep_.startswith(("nsubj", "expl")) or c.lower_ == "se"]
    if subjects:
        return len(subjects) == 1 and subjects[0].lower_ in OWN_PRONOUNS and subjects[0].dep_ == "nsubj"
    return "Fin" in verb.morph.get("VerbForm", []) and "Sing" in verb.morph.get("Number", []) and \
        not any(c.dep_ in {"aux:pass", "auxpass"} for c in verb.children)


def teller_words(doc: Doc, quote: Quote, trigger: Span) -> list[Span]:
    """The words of a teller of ``quote`` that name no party to what it tells: those from the teller to the words told, and
    the teller's own phrase ("the U.S. Attorney's Office for the Western District of Texas said": the district names
    the office, no party to the extradition), with the teller's name where no entity is linked to it, unless that
    phrase holds the trigger ("the agents who arrested him said")."""
    if quote.speaker_span is None:
        return []
    spans = [Span(quote.speaker_span.start, quote.span.start)] if quote.speaker_span.start < quote.span.start else []
    words = doc.char_span(quote.speaker_span.start, quote.speaker_span.end, alignment_mode="expand")
    if words is None or not len(words):
        return spans
    phrase = list(words.root.subtree)
    at = Span(phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
    if at.overlaps(trigger) or at.overlaps(quote.span):
        return spans
    # the words around the teller's name (who the teller is keeps the say of ``told_inside``), and the name itself when
    # the quote links it to no entity ("..., Chihuahua state prosecutors said": the body tells the attack, no side of it)
    named = [] if quote.speaker_local_id else [quote.speaker_span]
    return [*spans, *named, Span(at.start, quote.speaker_span.start), Span(quote.speaker_span.end, at.end)]


def fronts_others(quote: Quote) -> bool:
    """True when the teller of ``quote`` is a body named before the words it tells ("Mexico's Foreign Ministry said on
    Tuesday that Foreign Minister Alicia Bárcena met with Antony Blinken", "La Cancillería informó que el canciller se
    reunió con"): it reports the gathering of the people it names, as a person who tells does (``reports_others``; a
    seizure is the body's own people's deed, and its own secretary's trip abroad the body's: ``_hosts``)."""
    return quote.speaker_local_id is not None and quote.speaker_span is not None and \
        quote.speaker_span.end <= quote.span.start
