"""Who stands before a money or tie cue: how far the subject may be ("X, a Chinese national living in Mexico,
laundered money for"), and the holder of a role whose complement closes right before the cue ("X fungía como operador
financiero del CJNG y respondía a Y": X, not the CJNG)."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract._relation_base import Sentence, cues, title_heads
from pesquisa.lexicon import read_data
from pesquisa.records import LocalEntity, Mention

# an organization closing a title before the person listed after it ("El exdirector de |Seguridad Pública de Fresnillo|,
# Raymundo Soto Araiza, recibía sobornos del CJNG"): where the person served, not a second subject
COMPLEMENT = re.compile(r"(?<!\w)(?:de|del|of|at)\s+(?:(?:the|la|el)\s+)?$", re.I)


# a source inside a relative clause about the one before it ("X, who it said laundered money for", "X, who prosecutors
# say worked for", "X, who OFAC says laundered", "X, quien según la OFAC lavaba"): the clause still describes X; "X, who
# said ..." is X telling
SOURCE_CLAUSE = re.compile(r",?\s*(?:(?:who|whom|that)\s+(?!(?:said|says|told|tells)\b)(?:[\w.'’-]+\s+){1,3}?"
                           r"(?:said|says|say|alleged|alleges|allege|claimed|claims|believe|believes|believed)|"
                           r"(?:quien|quienes)\s*,?\s+(?:según|de\s+acuerdo\s+con)\s+[^,;]{1,40}?,?)\s*$", re.I)


# an apposition naming another actor as what its head belongs to (", el brazo armado del ", ", a lieutenant of the ",
# ", operador del ", ", a plaza boss for the "): no verb of its own
APPOSED = re.compile(r",\s*(?:(?:a|an|the|el|la|un|una)\s+)?(?:(?!(?:is|are|was|were|has|had|which|that|who|es|son|era|fue|"
                     r"que|quien)\b)[^,;()])*?\s(?:of|de|del|from|for|para)\s+(?:(?:the|el|la|los|las)\s+)?", re.I)


def aside(s: Sentence, m: Mention, cue: int) -> bool:
    """True when ``m`` only stands aside before a money or tie cue: the source of a relative clause ("X, who |OFAC| says
    laundered money for", "X, quien según la |UIF| lavaba dinero para"), or the organization closing an apposition of
    the one before ("La Línea, el brazo armado del |Cártel de Juárez|, responde a", "X, operador del |CJNG|, lavaba
    dinero para"): never the subject."""
    found = SOURCE_CLAUSE.search(s.body, max(s.span.start, cue - 80), cue)
    if found is not None and found.start() <= m.span.start and m.span.end <= cue:
        return True
    # "X, a plaza boss for the |CJNG| in Colima, answered to": the place only says where
    if not re.fullmatch(r"\s*,\s*", s.body[s.past_place(m.span.end):cue]):
        return False
    outer = [t for t in s.mentions if t[1].type in {"person", "organization"} and t[0].span.end <= m.span.start]
    return bool(outer) and bool(APPOSED.fullmatch(s.body, outer[-1][0].span.end, m.span.start))


def subject_reach(gap: str, actors_between: bool) -> int:
    """How far the subject of a money or tie cue may stand before it: 30 characters, 60 (and its nickname) across an
    apposition that describes it ("X, a Chinese national living in Mexico, laundered money for", "X, a lawyer who
    provided ...") and names no one else, nor goes on to another clause ("X, a CJNG operator, and froze assets")."""
    # 'X, alias "El Contador", un operador financiero que trabaja para'; "X, a Chinese national living in Mexico City, was
    # charged with laundering money for": the nickname and the charge do not count
    bare = cues().accused_of.sub("", cues().alias.sub("", gap))
    # an apposition opened by an article, or closed by a relative pronoun ("X, ciudadano mexicano residente en Tijuana,
    # quien proporcionó apoyo material a")
    # or told by nationality (", de nacionalidad mexicana, es señalado como responsable de lavar dinero para"); a relative
    # clause may carry an adverb and a verb of being (", quien presuntamente estaba al servicio del")
    # or a title ("X, exgobernador de Tamaulipas, de haber recibido sobornos del")
    head = re.match(r",\s*(?:ex-?)?([\w-]+)", bare)
    opened = re.match(r",\s+(?:a|an|the|un|una|el|la)\s", bare) or cues().national.match(bare[1:].lstrip()) or \
        re.search(r",\s*(?:quien|who)\s+(?:\w+\s+){0,2}$", bare) or (head and title_heads().fullmatch(head.group(1)))
    apposition = bare.startswith(",") and opened and not re.search(r"\b(?:and|y)\b", bare)
    # an actor between only says whose part the subject is (", el brazo armado del Cártel de Juárez, responde a")
    owned = re.fullmatch(APPOSED.pattern + r"[^,;()]{1,50},\s*", bare, re.I)
    return 60 + len(gap) - len(bare) if apposition and (not actors_between or owned) else 30


def closes_complement(s: Sentence, m: Mention, gap: str) -> bool:
    """True when ``m`` closes the complement of an earlier clause joined to the cue by "and" / "y" ("fungía como operador
    financiero |del CJNG| y respondía a", "es enlace |del CJNG| en Fresnillo y responde a", "ran the plaza for |Los
    Mayos| and answered to"): it is not the subject."""
    before = s.body[max(0, m.span.start - 12):m.span.start]
    return bool(re.search(r"(?<!\w)(?:and|y|e)\s*$", gap)) and bool(SERVED.search(before))


# the organization a role is held in or a plaza run for ("operador del |CJNG|", "ran the plaza in Navolato for |Los Mayos|")
SERVED = re.compile(r"(?<!\w)(?:de|del|of|at|for|para)\s+(?:(?:the|la|el|los|las)\s+)?$", re.I)


def clause_subject(s: Sentence, org: Mention) -> list[tuple[Mention, LocalEntity]]:
    """The person whose role ``org`` closes ("|X| fungía como operador financiero del CJNG y respondía a"), if any."""
    person = s.nearest("person", org.span.start, before=True)
    between = s.body[person[0].span.end:org.span.start] if person else ""
    for _kind, pattern in cues().membership:
        for found in pattern.finditer(between):
            if person and s.gap_is_filler(person[0].span.end, person[0].span.end + found.start()) and \
                    cues().cue_to_org.fullmatch(between, found.end()):
                return [person]
    return []


def chained_role(s: Sentence, person: Mention, left: int) -> bool:
    """True when another role of ``person`` and its organization, or a kin word, stand between them and a role starting
    at ``left``, joined by "and" / "y" ("X, fundador del Cártel de Guadalajara y |líder del", "X, a Gulf Cartel plaza boss
    and |a member of", "X es sobrino y |operador de"): the second role is X's too."""
    if (kin := _kin_and().search(s.body, person.span.end, left)) and kin.end() == left and \
            s.gap_is_filler(person.span.end, kin.start()):
        return True  # "X es sobrino y |operador de Y", "X, the nephew and |bodyguard of Y"
    orgs = [m for m, e in s.mentions if e.type == "organization" and person.span.end <= m.span.start and m.span.end <= left]
    if len(orgs) != 1:
        return False
    if not JOINED.fullmatch(s.body, orgs[0].span.end, left):  # "X, a Gulf Cartel plaza boss and |a lieutenant of"
        rest = s.body[orgs[0].span.end:left]
        return s.gap_is_filler(person.span.end, orgs[0].span.start) and any(
            (found := pattern.match(rest, len(rest) - len(rest.lstrip()))) and JOINED.fullmatch(rest, found.end())
            for _kind, pattern in cues().membership)
    between = s.body[person.span.end:orgs[0].span.start]
    return any(s.gap_is_filler(person.span.end, person.span.end + found.start()) and
               cues().cue_to_org.fullmatch(between, found.end())
               for _kind, pattern in cues().membership for found in pattern.finditer(between))


@cache
def _kin_and() -> re.Pattern[str]:
    """A kin word joined to the role after it ("sobrino y |", "the nephew and |")."""
    kin = "|".join(re.escape(w) for w in sorted(read_data("relations.yaml")["kin"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{kin})\s+(?:and|y|e)\s+(?:(?:also|también|a|an|the|el|la|un|una)\s+)?", re.I)


JOINED = re.compile(r"\s*,?\s*(?:and|y|e)\s+(?:(?:also|también|a|an|the|el|la|un|una)\s+)?", re.I)
