"""What the relation extractors share: the cue words of ``data/relations.yaml`` compiled once, the mentions of one
sentence with the gap tests between them, and what an organization or a person is (a state body, an official)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pesquisa._regex import whole_phrases
from pesquisa._required import needed_by
from pesquisa.lexicon import load_lexicon, read_data, speech_forms
from pesquisa.records import LocalEntity, Mention, Relation, Span


def phrases(entries: list[str]) -> re.Pattern[str]:
    """One pattern for a list of phrases (whole words, optional plural) and ``re:`` entries, longest first
    (``whole_phrases``: the phrases as one tree, the cue scans of a sentence a sixth of what they were)."""
    return re.compile(whole_phrases(entries), re.I)


@dataclass(frozen=True, slots=True)
class Cues:
    membership: tuple[tuple[str, re.Pattern[str]], ...]
    led_by: re.Pattern[str]
    faction: re.Pattern[str]
    money: tuple[tuple[str, re.Pattern[str]], ...]
    filler: re.Pattern[str]
    anaphors: re.Pattern[str]
    event_kinds: dict[str, str]
    trigger_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    contacts: dict[str, str]
    demonyms: tuple[tuple[str, re.Pattern[str]], ...]
    country_names: tuple[tuple[str, re.Pattern[str]], ...]
    national: re.Pattern[str]
    state_kinds: frozenset[str]
    cue_to_org: re.Pattern[str]  # what may stand between a role and its organization
    alias: re.Pattern[str]  # a nickname in apposition: ', alias "El Mencho",', ', known as "El Mencho,"'
    kin_of: re.Pattern[str]  # a kin word closing the words before a person: "a son of ", "uno de los hijos de"
    kin_inside: re.Pattern[str]  # a kin word and its "of" anywhere: "the son of the CJNG leader"
    minor_part: re.Pattern[str]  # a part whose leader is a member of the whole: "jefe de célula del CJNG"
    named_after: re.Pattern[str]  # "Sinaloa Cartel| money laundering network": the organization only qualifies
    named_before: re.Pattern[str]  # "una red de lavado del |CJNG": the organization only qualifies
    possessor: tuple[re.Pattern[str], re.Pattern[str]]  # "X|'s cousin", "lugarteniente de |X": X only qualifies
    accused_of: re.Pattern[str]  # "a former police officer accused of working for": a description, not a report
    siblings: re.Pattern[str]  # kin named as a group: "led by brothers X and Y", "los hermanos X y Y"
    staff: re.Pattern[str]  # the staff of a body closing the words before it: "agentes de la |Policía Municipal"
    needed: frozenset[str]  # every string the membership and money cues need (``scanned``)


@cache
def cues() -> Cues:
    data = read_data("relations.yaml")
    fev = data["from_events"]
    filler = sorted({w.lower() for w in data["filler"]}, key=len, reverse=True)
    demonyms = {k: v for k, v in data["demonyms"].items()}
    names: dict[str, list[str]] = {k: list(v) for k, v in data["countries"].items()}
    for place in load_lexicon().places.values():
        if re.fullmatch(r"[a-z]{2}", place.key):
            names.setdefault(place.key, []).extend([place.name, *place.aliases])
    all_demonyms = [w for words in demonyms.values() for w in words]
    kin = "|".join(re.escape(w) for w in sorted(data["kin"], key=len, reverse=True))
    return Cues(
        membership=tuple((kind, phrases(words)) for kind, words in data["membership"].items()),
        led_by=phrases(data["led_by"]),
        faction=phrases(data["faction"]),
        money=tuple((kind, phrases(words)) for kind, words in data["money"].items()), needed=needed_by(
            [phrases(words) for group in ("membership", "money") for words in data[group].values()]),
        filler=re.compile(r"^(?:[\s,:()]|\d+|(?:" + "|".join(re.escape(w) for w in filler) + "|"
                          + "|".join(re.escape(w) for w in all_demonyms) + r")(?!\w))*$", re.I),
        anaphors=phrases(data["anaphors"]),
        event_kinds={k: v for k, v in fev.items() if k not in {"triggers", "pending"}},
        trigger_kinds=tuple((kind, phrases(words)) for kind, words in fev["triggers"].items()),
        contacts=dict(data["contacts"]),
        demonyms=tuple((code, re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])"))
                       for code, words in demonyms.items()),
        country_names=tuple((code, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(set(ws), key=len,
                                                                                                  reverse=True))
                                              + r")(?!\w)")) for code, ws in names.items() if ws),
        national=phrases(data["national_cues"]),
        state_kinds=frozenset(data["state_kinds"]),
        cue_to_org=_cue_to_org(data),
        # single quotes only after an alias word ("X, alias 'El Nini', jefe de seguridad de"): an apostrophe is no quote
        alias=re.compile(r"(?:\s*(?:" + _either(data["alias_words"]) + r")?\s*[“\"«][^”\"»]{1,30}[”\"»],?|\s*(?:"
                         + _either(data["alias_words"]) + r")\s*['‘][^'’]{1,30}['’],?|\s*(?:"
                         + _either(data["alias_words"]) + r")\s+" + _BARE_NICKNAME + r")", re.I),
        minor_part=phrases(data["minor_parts"]),
        named_after=_named_parts(data)[0],
        named_before=_named_parts(data)[1],
        possessor=_possessor(data),
        accused_of=phrases(data["accused_of"]),
        staff=re.compile(r"(?<!\w)(?:" + _alternation(data["staff"]) + r")\s+(?:of|de|del)\s+(?:(?:the|la|el|los)\s+)?$", re.I),
        siblings=re.compile(r"(?<!\w)(?:(?:the|los|las)\s+)?(?:" + _alternation(data["siblings"]) + r")(?!\w)", re.I),
        kin_inside=re.compile(r"(?<!\w)(?:" + kin + r")\s+(?:of|de|del)(?!\w)", re.I),
        kin_of=re.compile(r"(?:^|[\s,])(?:(?:a|an|the|one of the|one of|uno de los|una de las|el|la|los|las|his|her|su|sus)"
                          # a second tie after the kin word ("sobrino y sucesor de", "the cousin and business partner of")
                          r"\s+)?(?:" + kin + r")(?:\s+(?:and|y|e)\s+(?:(?:a|an|the|el|la)\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                          r"\s+(?:of|de|del)\s*$", re.I),
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FUNCTION_WORD = r"(?:and|or|its|their|the|a|an|with|for|of|to|in|on|at|by|as|y|e|o)\s"


def _named_parts(data: dict) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The heads that make an organization before them ("Sinaloa Cartel| money laundering network", "CJNG's
    operatives") or after them ("una red de lavado del |CJNG") only a qualifier of what was acted on."""
    words = data["named_parts"]
    after = re.compile(rf"^\s*(?:['’]s\s+)?(?:(?!{_FUNCTION_WORD})[\w-]+\s+){{0,2}}?(?:{_alternation(words['after'])})(?!\w)"
                       rf"|^-(?:{_alternation(words['compound'])})(?!\w)", re.I)
    before = re.compile(rf"(?<!\w)(?:{_alternation(words['before'])})(?:\s+\w+){{0,3}}?\s+(?:de|del|de\s+la|de\s+los)\s*$",
                        re.I)
    return after, before


def _possessor(data: dict) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person named only as whose relative or boss someone is: after them ("X|'s cousin, Y", "X's top lieutenant")
    and before them ("el primo de |X", "lugarteniente de "|El Mencho"")."""
    held = _alternation(data["kin"] + [w for w in data["membership"]["member_of"] if not w.startswith("re:")])
    after = re.compile(rf"^['’]s\s+(?:[\w-]+\s+)?(?:{held})(?:e?s)?(?!\w)", re.I)
    # the relative's or boss's own role may stand between ("the son of CJNG leader |X", "hijo del líder del CJNG, |X")
    word = r"(?:(?!(?:and|y|e|or|o|with|con|to|a|por|by)\s)[\w.'’-]+\s+)"
    role = (rf"(?:{word}{{0,3}}?(?:{_alternation(data['membership']['leader_of'])})(?:\s+(?:of|de|del)\s+(?:(?:the|el|la)\s+)?"
            rf"{word}{{0,3}}?[\w.'’-]+)?\s*,?\s+)?")
    # a second tie between may stand between ("the niece |and business partner| of |X")
    also = r"(?:\s+(?:and|y|e)\s+(?:(?!(?:of|de|del)\s)[\w-]+\s+){0,2}(?!(?:of|de|del)\s)[\w-]+)?"
    before = re.compile(rf"(?<!\w)(?:{held})(?:e?s)?{also}\s+(?:of|de|del)\s+(?:(?:the|el|la)\s+)?{role}[“\"«]?\s*$"
                        # a relative clause of whose leader or kin they are ("C, a front for the CJNG, whose leader |X")
                        rf"|,\s*(?:whose|cuyo|cuya|cuyos|cuyas)\s+(?:{_alternation(data['membership']['leader_of'])}|{held})"
                        r"(?:e?s)?\s*,?\s*[“\"«]?\s*$", re.I)
    return after, before


_PREP = (r"(?:of the|in the|within the|for the|para el|para la|en el|en la|de la|de los|de las|del|of|de|in|within|"
         r"for)")


def _cue_to_org(data: dict) -> re.Pattern[str]:
    """What may stand between a role and its organization: a preposition, a part of it ("líder de una facción
    de la organización de los Beltrán Leyva", "a leader of a faction of the Sinaloa Cartel"), or an article after
    a verb ("encabeza la facción de Los Chapitos", "encabeza una célula del CJNG")."""
    parts = "|".join(re.escape(w) for w in sorted(data["faction"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in data["org_heads"])
    # "lugarteniente del líder del CJNG", "a lieutenant of the leader of the CJNG": a member of the organization
    leaders = "|".join(re.escape(w) for w in data["membership"]["leader_of"] if " " not in w)
    # a time adverb after a verb cue ("encabeza ahora a Los Salazar", "lidera hoy Los Cuinis")
    adverbs = "|".join(re.escape(w) for w in sorted(data["cue_adverbs"], key=len, reverse=True))
    bare = "|".join(re.escape(w) for w in sorted(data["bare_heads"], key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{adverbs})\s+)*"
                      rf"(?:{_PREP}\s+(?:(?:a|an|one|una|un|the|el|la|its|su)\s+)?(?:{parts})\s+{_PREP}\s+"
                      rf"(?:(?:{heads})\s+{_PREP}\s+)?|{_PREP}\s+(?:(?:the|el|la)\s+)?(?:{leaders})\s+{_PREP}\s+"
                      # a criminal head noun before the name ("dirige a la Organización |Beltrán Leyva")
                      rf"|{_PREP}\s+(?:(?:{heads})\s+{_PREP}\s+|(?:{bare})\s+)?"
                      rf"|(?:(?:a\s+)?(?:the|el|la|los|las)|a|al|an|una|un)\s+(?:(?:{parts}|{heads})\s+{_PREP}\s+|(?:{bare})\s+)?)?\s*",
                      re.I)


def org_kind(entity: LocalEntity) -> str | None:
    lex = load_lexicon()
    key = entity.key or lex.org_key(entity.name)
    entry = lex.organizations.get(key) if key else None
    return entry.kind if entry else None


def org_country(entity: LocalEntity) -> str | None:
    lex = load_lexicon()
    key = entity.key or lex.org_key(entity.name)
    entry = lex.organizations.get(key) if key else None
    return entry.country if entry and entry.kind in cues().state_kinds else None


def cover(*spans: Span) -> Span:
    return Span(min(s.start for s in spans), max(s.end for s in spans))


# an apposition of the relative's own: an article or a hedge, then the role (", presunto líder regional del", ", a CJNG
# leader"); a verb after the comma is the first person's (", encabeza la facción", ", serves as a")
# an apposition between an actor and its verb (", Mexico's oldest criminal organization, was |founded by",
# ", propietario de tres casas de cambio, fue |sancionado"): a noun phrase without a verb of its own
APPOSED_BE = re.compile(r"\s*,\s*(?P<np>[^,;()]{1,80}?),\s*(?:(?:is|was|were|are|has\s+been|had\s+been|es|fue|era|ha\s+sido|"
                        r"había\s+sido|have|has|had|ha|han|había|habían)\s+)?"
                        r"(?:(?:also|once|first|originally|later|allegedly|presuntamente|también)\s+)?$", re.I)
CLAUSE_WORD = re.compile(r"(?<!\w)(?:is|are|was|were|has|have|had|which|that|who|whose|es|son|era|fue|que|quien|cuyo|cuya|"
                         r"said|dijo|según)(?!\w)", re.I)


def across_apposition(s: Sentence, kind: str, pos: int) -> tuple[Mention, LocalEntity] | None:
    """The actor of type ``kind`` whose apposition, with no verb of its own, stands right before ``pos`` (an actor of
    another type may stand in it: "X, contador de Los Zetas, fue arrestado")."""
    near = s.nearest(kind, pos, before=True)
    if near is None:
        return None
    found = APPOSED_BE.fullmatch(s.body, near[0].span.end, pos)
    return near if found and not CLAUSE_WORD.search(found.group("np")) else None


# a body acting on someone for what they did ("X fue sancionado por la OFAC por |lavar dinero para", "X was charged by
# federal prosecutors for |laundering money for", "fue vinculada a proceso por la FGR por |financiar a"): the passive,
# its agent, the reason
PASSIVE_FOR = re.compile(r"(?<!\w)(?:was|were|fue|fueron|has\s+been|had\s+been|ha\s+sido|había\s+sido)\s+(?:[\w-]+\s+){0,2}"
                         r"[\w-]+\s+(?:by|por)\s+[^,;:]{2,50}?\s+(?:for|por)\s+(?:(?:allegedly|presuntamente|supuestamente)\s+)?$",
                         re.I)


def acted_on_for(s: Sentence, pos: int) -> list[tuple[Mention, LocalEntity]]:
    """The one a body acted on for the deed at ``pos`` ("X, ..., fue sancionado por la OFAC por |lavar dinero para"): the
    actor right before the passive, across an apposition; none when the words do not say so."""
    found = PASSIVE_FOR.search(s.body, s.span.start, pos)
    if found is None:
        return []
    for kind in ("person", "organization"):
        near = s.nearest(kind, found.start(), before=True)
        if near and (not s.body[near[0].span.end:found.start()].strip() or across_apposition(s, kind, found.start())):
            return [near]
    return []


@cache
def _not_before() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + _alternation(read_data("relations.yaml")["cue_not_before"]) + r")(?!\w)", re.I)


def another_phrase(body: str, end: int) -> bool:
    """True when the word after a cue ending at ``end`` makes it another phrase ("vinculada a| proceso")."""
    return bool(_not_before().match(body, end))


def as_stated(rel: Relation) -> Relation:
    """The relation a money cue told from the payer's side ("X financed the CDN": ``finances``) reads as the one paid:
    the CDN is ``financed_by`` X."""
    return replace(rel, kind="financed_by", subject=rel.object, object=rel.subject) if rel.kind == "finances" and \
        rel.object else rel


OWN_APPOSITION = re.compile(r"\s*,\s*(?:(?:a|an|the|un|una|el|la|presunto|presunta|supuesto|supuesta|alleged|reputed|"
                            r"suspected|top|senior|former|ex)\s+)+", re.I)
# a nickname written without quotes up to the comma that closes it, as FGR and SSPC notes write it ("X, alias El Chuy,
# presunto jefe de plaza de"): capitalized words or numbers, with the articles and "de" inside ("El Señor de los Cielos")
_BARE_NICKNAME = (r"(?-i:(?:El|La|Los|Las|[A-ZÁÉÍÓÚÑ0-9][\w.'’-]*)(?:\s+(?:el|la|los|las|de|del|[A-ZÁÉÍÓÚÑ0-9][\w.'’-]*)){0,4})"
                  r"(?=\s*,)")


def _either(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


CLOSING_QUOTE = re.compile(r"^[\s,]*[”\"»’]")
# a source named inside a relative clause about the person (", who the DEA says ran the plaza for", ", quien, según la FGR,
# era operador de", ", whom the DEA describes as a lieutenant of"): the clause still describes the person
SOURCE_INSIDE = re.compile(r"(?<!\w)(?:(?:who|whom|that)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?\s+(?:says|said|say|"
                           r"alleges|alleged|allege|believes|believed|believe|claims|claimed|claim|describes|described|describe|"
                           r"identifies|identified|identify)|"
                           r"(?:según|de\s+acuerdo\s+con)\s+[^,;]{1,40},)(?!\w)", re.I)


class Sentence:
    """The mentions of one sentence, in order, for the adjacency tests below."""

    def __init__(self, body: str, span: Span, mentions: list[tuple[Mention, LocalEntity]]):
        self.body, self.span = body, span
        inside = [(m, e) for m, e in mentions if span.contains(m.span)]
        named = {e.local_id for m, e in inside if not m.alias_of}
        # nicknames inside or beside a full name ("Ismael “El Mayo” Zambada", 'X, alias "El Perris",') are part of it,
        # not another actor; a nickname alone names the person ('"El Perris" estaría bajo las órdenes de')
        kept = [(m, e) for m, e in inside if not m.alias_of or e.local_id not in named]
        # a name's shorter reading inside it ('Perris' in '"El Perris"') is the same mention
        self.mentions = [(m, e) for m, e in kept if not any(o is not m and o.span.contains(m.span) and o.span != m.span
                                                              for o, _e in kept)]
        self.referents: list[LocalEntity] = []  # the criminal organizations named so far ("the cartel" points back)

    def gap_is_filler(self, start: int, end: int) -> bool:
        """True when only commas, ages, articles, qualifiers and a nickname in apposition (", alias “El Mencho”,")
        stand between two offsets."""
        # a nickname's closing quote after its mention ('"El Mencho", líder del ...', '"El Mencho," the leader')
        gap = CLOSING_QUOTE.sub(" ", cues().alias.sub(" ", self.body[start:end])) if start <= end else ""
        gap = SOURCE_INSIDE.sub(" who ", gap)
        # a relative's role is not theirs: "X, "El Menchito," the son of the CJNG leader"
        return start <= end and end - start <= 80 and len(gap) <= 60 and bool(cues().filler.match(gap)) and \
            not cues().kin_inside.search(gap)

    def kin_subject(self, person: tuple[Mention, LocalEntity], cue: int) -> tuple[Mention, LocalEntity]:
        """The person a kin phrase before ``person`` qualifies when the role at ``cue`` joins that phrase ("X, a son of
        <person> and a leader of ..." -> X), else ``person``: the relative only names whose son or brother the subject
        is. A role in apposition to the relative is theirs ("X, hermano de <person>, presunto líder regional del CJNG");
        ``cue`` is where the role starts."""
        head = self.body[max(self.span.start, person[0].span.start - 40):person[0].span.start]
        kin = cues().kin_of.search(head)
        if kin is None or OWN_APPOSITION.fullmatch(self.body, person[0].span.end, max(cue, person[0].span.end)):
            return person
        edge = person[0].span.start - len(head) + kin.start()
        before = self.nearest("person", edge, before=True)
        # a nickname may stand between ("X, alias "El Chavo Félix", yerno de <person> y presunto operador de ...")
        gap = cues().alias.sub(" ", self.body[before[0].span.end:edge]) if before else ""
        return before if before and re.fullmatch(r"\s*,?\s*,?\s*", gap) else person

    def past_place(self, pos: int) -> int:
        """Where a place named right after ``pos`` ends ("plaza boss| in Tepic|, X", "jefe de plaza| en Colima|, X"), else
        ``pos``: the place says where a role is held."""
        place = self.nearest("place", pos, before=False)
        return place[0].span.end if place and re.fullmatch(r"\s+(?:in|en)\s+", self.body[pos:place[0].span.start]) else pos

    def nearest(self, kind: str, pos: int, *, before: bool) -> tuple[Mention, LocalEntity] | None:
        """The mention of entity type ``kind`` ending right before / starting right after ``pos``."""
        if before:
            found = [(m, e) for m, e in self.mentions if e.type == kind and m.span.end <= pos]
            return max(found, key=lambda t: t[0].span.end) if found else None
        found = [(m, e) for m, e in self.mentions if e.type == kind and m.span.start >= pos]
        return min(found, key=lambda t: t[0].span.start) if found else None


@cache
def title_heads() -> re.Pattern[str]:
    heads = sorted(load_lexicon().title_heads(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)", re.I)


def is_official(entity: LocalEntity) -> bool:
    """True for a person with an official title in the document (officials act; they are not members or launderers):
    a title word and none of the other side ("Co-defendant", "Another defendant" are no office)."""
    return entity.type == "person" and any(title_heads().search(t) and not _non_official().search(t) for t in entity.titles)


@cache
def _non_official() -> re.Pattern[str]:
    """The title words of those acted on, not acting (events.yaml ``non_official_titles``)."""
    return re.compile(rf"(?<!\w)(?:{_alternation(read_data('events.yaml')['non_official_titles'])})(?!\w)", re.I)


def reports(gap: str) -> bool:
    """True when a speech verb stands in ``gap`` ("X explicó que la célula ...", "X said the cell ..."): who is
    before it tells the relation, they are not in it."""
    forms = speech_forms("en") | speech_forms("es")
    return any(w in forms for w in re.findall(r"\w+", gap.lower()))


@cache
def _frame() -> re.Pattern[str]:
    """A sentence's opening attribution: "According to the FGR, ", "Según la fiscalía, ", "Prosecutors say (that) "."""
    speech = load_lexicon().speech
    according = [w for lang in ("en", "es") for w in speech["according"].get(lang, [])]
    lemmas = [v.lower() for v in speech["verbs"].get("en", []) if " " not in v]
    verbs = set(speech_forms("en") | speech_forms("es")) | set(lemmas) | {v + "s" for v in lemmas} | {"allege", "alleges"}
    return re.compile(rf"^\s*(?:(?:{_alternation(according)})\s[^,;]{{1,60}},|[^,;.]{{1,60}}?\s(?:{_alternation(sorted(verbs))})"
                      r"(?:\s+(?:that|que))?)\s*", re.I)


def is_attribution(head: str) -> bool:
    """True when ``head`` only says who tells what follows ("Según la FGR, ", "De acuerdo con la Fiscalía de Jalisco, ")."""
    return bool(head.strip()) and bool(_frame().fullmatch(head))


def with_source(rel_span: Span, sentence: Span, body: str) -> Span:
    """``rel_span`` from the start of its sentence when the words before it only say who tells it ("Prosecutors say X
    ran the plaza", "Según la FGR, X era jefe de plaza") or hedge it ("Presuntamente, X trabajaba para"): a claim keeps
    its source and its hedge in its evidence."""
    head = body[sentence.start:rel_span.start]
    return Span(sentence.start, rel_span.end) if is_attribution(head) or _hedge().fullmatch(head) else rel_span


@cache
def _hedge() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternation(read_data('relations.yaml')['hedges'])})\s*,?\s*", re.I)


@cache
def _negation() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(read_data('relations.yaml')['negations'])})(?!\w)", re.I)


def is_negated(rel: Relation, body: str) -> bool:
    """True when a negation or a denial stands between the start of the relation and the end of its cue ("X never
    worked for", "X negó trabajar para", "X no pertenece al"), or a question or condition opens it ("whether X laundered
    money for", "si X es dueño de"): the sentence states no such relation."""
    text = body[rel.span.start:rel.span.end]
    at = text.lower().find(rel.cue.lower()) if rel.cue else -1
    return (at >= 0 and bool(_negation().search(text, 0, at + len(rel.cue)))) or \
        bool(_unasserted().search(body, max(0, rel.span.start - 20), rel.span.start))


@cache
def _unasserted() -> re.Pattern[str]:
    """A question or a condition closing the words before a relation ("checking whether |X", "confirmado si |X")."""
    words = phrases(read_data("relations.yaml")["unasserted"]).pattern
    return re.compile(rf"(?:{words})\s+$", re.I)


@cache
def titled_gap() -> re.Pattern[str]:
    """The post between an organization and the person holding it ("CDN| commander identified as |X", "CJNG| leader |X")."""
    roles = "|".join(re.escape(w) for w in sorted(read_data("relations.yaml")["membership"]["leader_of"], key=len, reverse=True)
                     if " " not in w) + "|commander|comandante|lieutenant|plaza boss"
    return re.compile(rf"\s+(?:{roles})(?:\s+(?:identified\s+as|named|known\s+as|identificado\s+como|conocido\s+como))?\s*,?\s*"
                      r"[“\"«]?", re.I)
