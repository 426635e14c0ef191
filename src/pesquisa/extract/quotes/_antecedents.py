"""The speakers a quote can point back to: who was named, who acted or spoke before a position of
the document, and the country a subject names. The state of one document that ``Resolver``
reads its subjects against."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.datelines import dateline_spans
from pesquisa.extract.nlp import subject_indexes
from pesquisa.extract.quotes._bodies import clause_body, kind_fits
from pesquisa.extract.quotes._cues import is_speech_verb, speech_cues, text_of
from pesquisa.extract.quotes._gender import named_as_people
from pesquisa.extract.quotes._glued import glued_to_quote
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._participle import participle_clause_only
from pesquisa.extract.quotes._passive import acted_upon, named_as_subject
from pesquisa.extract.quotes._sourced import within_sourced
from pesquisa.lexicon import CRIMINAL_KINDS, fold, load_lexicon
from pesquisa.records import LocalEntity, Mention, Span


@dataclass(slots=True)
class Speaker:
    name: str | None
    local_id: str | None
    span: Span | None
    cue: str
    plural: bool = False
    person: bool = False


class Antecedents:
    """The mentions of one document and the subjects a quote can point back to."""

    last: Speaker | None  # who spoke last (kept by the resolver)
    last_org: Speaker | None  # the organization that spoke last (kept by the resolver)
    last_org_at: int | None  # where it spoke

    def __init__(self, doc: Doc, entities: list[LocalEntity], quotes: list[Span]):
        self.doc = doc
        self.text = text_of(doc)
        self.lang = doc.lang_ if doc.lang_ in {"en", "es"} else "en"
        self.quotes = quotes
        self.entities = named_as_people(entities, self.text)  # "Indira| Navarro": the model's organization is her
        self.mentions: list[tuple[Mention, LocalEntity]] = sorted(
            ((m, e) for e in self.entities for m in e.mentions if e.type in {"person", "organization"}),
            key=lambda t: t[0].span.start)
        self.places: list[tuple[Mention, LocalEntity]] = sorted(
            ((m, e) for e in entities for m in e.mentions if e.type == "place"), key=lambda t: t[0].span.start)
        self.cues = speech_cues()
        self.described_as: dict[str, Speaker] = {}  # a description no one holds as a title: who it stood for

    def _entity_speaker(self, entity: LocalEntity, span: Span, cue: str) -> Speaker:
        return Speaker(entity.name, entity.local_id, span, cue, person=entity.type == "person")

    def _head_token(self, subject: Span):  # -> Token | None
        span = self.doc.char_span(subject.start, subject.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _written_speaker(self, subject: Span) -> Speaker | None:
        """Someone unnamed in the subject's own words, when its head is a noun the story names no one by: a
        possessor's ("The store's owner, who ..., said": its words before the relative clause) or an acronym no
        entity holds ("DPS said"); never whoever spoke last, who has nothing to do with them."""
        root = self._head_token(subject)
        if root is None or root.pos_ not in ("NOUN", "PROPN") or \
                not (root.text.isupper() or any(t.dep_ == "poss" for t in root.children)):
            return None
        own = self.text[subject.start:subject.end].split(",")[0].strip()
        return Speaker(own, None, Span(subject.start, subject.start + len(own)), "unnamed")

    def _last_speaking_person(self, before: int, *, acting: bool = False) -> Speaker | None:
        """The person last named as the subject of a speech verb of a main clause before ``before``
        ("El secretario, Omar García Harfuch, destacó en redes la coordinación. «...», escribió"); not
        a subject inside what someone reported ("Velasco said López Obrador has made clear ...").
        ``acting``: the subject of any active verb of a main clause ("Sheinbaum defended the move"),
        never a passive one ("Zambada was arrested")."""
        best: Speaker | None = None
        for tok in self._subjects:
            if tok.idx >= before:
                break
            verb = tok.head
            if (acting and tok.dep_ != "nsubj") or inside(tok.idx, self.quotes) or not (acting or is_speech_verb(verb)) or \
                    any(is_speech_verb(a) for a in verb.ancestors) or (acting and within_sourced(tok)) or \
                    participle_clause_only(verb, tok):  # ("Interrogada sobre ... X, respondió": not X)
                continue
            whole = Span(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
            hit = next(((m, e) for m, e in self.mentions if whole.start <= m.span.start and m.span.end <= whole.end
                        and e.type == "person"), None)
            if hit is not None:
                best = self._entity_speaker(hit[1], hit[0].span, "subject")
        return best

    @cached_property
    def _subjects(self) -> list[Token]:
        """The document's subjects (dependency ``nsubj...``) in order, listed once: ``_last_speaking_person`` walked
        every token before each quote to find them."""
        return [self.doc[i] for i in subject_indexes(self.doc)]

    def _sentence_topic(self, at: int, kind: str = "person") -> Speaker | None:
        """The person (or ``kind``) the sentence right before ``at``'s, in its paragraph and outside quotes, is about: one
        named as the subject of its main verb, active, copular or a bare passive state ("Hardin was not convinced.
        “...,” he said"), else None."""
        sents = [s for s in self.doc.sents if s.end_char <= at]
        paragraph = self.text.rfind("\n\n", 0, at)
        for sent in reversed(sents):
            if sent.start_char < paragraph:
                return None
            if inside(sent.root.idx, self.quotes) or sent.root.is_space:
                continue
            subject = next((c for c in sent.root.children if c.dep_.startswith("nsubj")), None) or _verbless(sent)
            if subject is None or (subject is not sent.root and subject.dep_ != "nsubj" and any(
                    c.dep_ in {"prep", "agent", "obl", "obl:agent"} for c in sent.root.children)):
                return None  # "Zambada was arrested in Texas": someone acted upon, an event told, is no topic
            whole = Span(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
            hits = [(m, e) for m, e in self.mentions if whole.start <= m.span.start and m.span.end <= whole.end
                    and e.type == kind]
            # "Lopez's lawyer, Alfonso Gutierrez, said ... He said": the lawyer, not the one whose lawyer he is
            own = [(m, e) for m, e in hits if not re.match(r"['’]s\b", self.text[m.span.end:m.span.end + 3])]
            hit = (own or hits)[0] if hits else None
            return self._entity_speaker(hit[1], hit[0].span, "pronoun" if kind == "person" else "description") \
                if hit is not None else None
        return None

    def _author_after(self, apposition: Span) -> Speaker | None:
        """The author an apposition of a document names with a participle and "por"/"by" ("el informe, elaborado
        por la organización X", "a report, prepared by the Wilson Center"), else None."""
        span = self.doc.char_span(apposition.start, apposition.end, alignment_mode="expand")
        words = [t for t in span or [] if not t.is_punct]
        if len(words) < 3 or "VerbForm=Part" not in str(words[0].morph) or words[1].lower_ not in {"por", "by"} or \
                fold(words[0].text) in self.cues.readers:
            return None  # (not "the statement, read by Sheriff X": its reader)
        named = [(m, e) for m, e in self.mentions if words[1].idx < m.span.start and m.span.end <= apposition.end]
        return self._entity_speaker(named[0][1], named[0][0].span, "subject") if named else None

    def _former_holder(self, words: list[str], before: int) -> Speaker | None:
        """For a generic description of a former office-holder ("el exfuncionario", "the former official"): the
        person named last before ``before`` whose title says former ("el exalcalde X", "former governor X")."""
        head = words[-1] if words else ""
        bare = re.sub(r"^ex-?", "", head)
        former = bare != head or any(w in {"former", "ex"} for w in words[:-1])
        if not former or bare not in self.cues.generic_heads:
            return None
        heads = {fold(h) for h in load_lexicon().title_heads()}
        found = []
        for mention, entity in reversed(self.mentions):
            if entity.type != "person" or mention.span.end > before or inside(mention.span.start, self.quotes):
                continue
            lead = fold(self.text[max(0, mention.span.start - 40):mention.span.start]).split()[-3:]
            lead += [w for t in entity.titles for w in fold(t).split()[:2]]  # "El exsecretario de Seguridad Pública X"
            if "former" in lead or "ex" in lead or any(re.sub(r"^ex-?", "", w) in heads for w in lead if w.startswith("ex")):
                found.append(self._entity_speaker(entity, mention.span, "title"))
        # the one named as a verb's subject before one it acted on ("X acusa al expresidente Y": X)
        return next((sp for sp in found if sp.span is not None and named_as_subject(self.doc, sp.span)), None) or \
            (found[0] if found else None)

    def _story_person(self, plain: list[str], head: str | None, at: int) -> Speaker | None:
        """For a subject that names a part in the story ("admitió el narcotraficante, de 78 años", "the defendant
        told", ``person_descriptions``): the person the story is about, acting last, or the last speaker."""
        if " ".join(plain[:2]) not in self.cues.person_descriptions and head not in self.cues.person_descriptions:
            return None
        return self._last_speaking_person(at, acting=True) or self.last

    def _last_subject(self, before: int, *, organization: bool = False, agent: bool = False) -> Speaker | None:
        """The person, organization or country (or only organization) last named as a verb's subject before ``before``
        (with ``agent``, of an active verb: "Lugo was charged" names the one charged, who files nothing)."""
        best: Speaker | None = None
        subjects = {"nsubj"} if agent else {"nsubj", "nsubj:pass", "nsubjpass"}
        datelines = dateline_spans(self.text)  # "PHOENIX — A ... officer took": the parse's subject is no one
        for tok in self._subjects:  # (``subjects`` are some of them)
            if tok.idx >= before:
                break
            if tok.dep_ not in subjects or inside(tok.idx, self.quotes) or fold(tok.text) in self.cues.carriers or \
                    glued_to_quote(self.text, tok, self.quotes):
                continue
            line = next((d for d in datelines if d.start <= tok.idx < d.end), None)
            if line is not None and not line.end < tok.head.idx:
                continue
            if agent and (_claimed(tok) or acted_upon(tok.head) or within_sourced(tok)):
                continue  # "Prosecutors allege that Toledo received payments": Toledo acts in their claim, files nothing
                # (nor "Olvera es requerido por una corte": who is sought is acted upon; nor "According to court
                # documents, Ramos attempted ...": who acts in the documents' words)
            # the subject up to its first comma: "The complaint, which was lodged in a federal court"
            end_tok = next((t for t in tok.subtree if t.text == ","), None)
            end = end_tok.idx if end_tok is not None else tok.right_edge.idx + len(tok.right_edge.text)
            span = Span(tok.left_edge.idx, end)
            whole = Span(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
            if line is not None:  # "MEXICO CITY (Reuters) - Tamaulipas Governor X denied": the words after the dateline
                span = whole = Span(line.end, tok.head.idx)
            hit = next(((m, e) for m, e in self.mentions if span.start <= m.span.start and m.span.end <= span.end
                        and (e.type == "organization" or not organization)), None)
            # "El secretario de Seguridad, Omar García Harfuch, destacó": no body, or one the head only
            # names the office of ("El coordinador de Morena, Adán Augusto López, defendió"): the person
            if not organization and (hit is None or not hit[0].span.start <= tok.idx < hit[0].span.end):
                hit = next(((m, e) for m, e in self.mentions if whole.start <= m.span.start
                            and m.span.end <= whole.end and e.type == "person"), None) or hit
            if hit is not None and hit[1].type == "person" and fold(tok.text) in self.cues.relations and \
                    fold(self.text[tok.idx + len(tok.text):hit[0].span.start]).split()[:1] in (["of"], ["de"], ["del"]):
                best = Speaker(self.text[span.start:span.end], None, span, "unnamed")  # "The family of X": not X
            elif hit is not None and agent and hit[1].type == "organization" and \
                    not hit[0].span.start <= tok.idx < hit[0].span.end and \
                    (any(c.dep_ == "det" and c.lower_ in {"a", "an", "un", "una"} for c in tok.children) or
                     _criminal(self.entities, hit[1].local_id)):
                continue  # "A CBP officer took bribes": one unnamed member acted (not "Elementos de la Semar aseguraron")
                # (nor "Gulf Cartel cell moved $40 million": members of a cartel act in crimes, they file nothing)
            elif hit is not None:
                best = self._entity_speaker(hit[1], hit[0].span, "carrier")
            elif not organization:
                best = self._country(span) or best
        return best

    def _country(self, subject: Span) -> Speaker | None:
        """'Mexico said', 'el gobierno de México': a country speaks through its government."""
        places = [(m, e) for m, e in self.places if subject.start <= m.span.start and m.span.end <= subject.end]
        root = self._head_token(subject)
        if not places or root is None:
            return None
        mention, entity = places[0]
        if entity.key is None:
            return None  # only a place the lexicon knows: a capitalized word the model took for one is no country
        if mention.span.start <= root.idx < mention.span.end or fold(root.text) in self.cues.governments:
            return Speaker(entity.name, entity.local_id, mention.span, "country")
        return None

    def _last_mention(self, before: int, kind: str) -> Speaker | None:
        """The person (or organization) named last before ``before``, outside quotes (an antecedent)."""
        named = [(m, e) for m, e in self.mentions if e.type == kind and m.span.end <= before
                 and not inside(m.span.start, self.quotes)]
        if not named:
            return None
        mention, entity = named[-1]
        return self._entity_speaker(entity, mention.span, "pronoun" if kind == "person" else "description")

    def _described_body(self, subject: Span, at: int, last_org: Speaker | None) -> Speaker | None:
        """The organization a description stands for ("la dependencia", "the agency"): the one speaking, else
        named, before; never a criminal group. A description with nouns of its own ("the state attorney
        general's office") must share one with that organization's name, else it is a body not named."""
        if self._unnamed_body_spoke(at):  # "The state prosecutor's office said ... The office said": still unnamed
            return Speaker(self.text[subject.start:subject.end], None, subject, "unnamed")
        # "La Fiscalía abrió una carpeta. No hay detenidos, precisó la institución": the body the sentence before is about
        here = self.doc.char_span(at, at + 1, alignment_mode="expand")
        start = here.sent.start_char if here is not None else at
        here_named = [(m, e) for m, e in self.mentions if e.type == "organization" and start <= m.span.start < at and
                      not _criminal(self.entities, e.local_id) and self.text[m.span.start - 1:m.span.end + 1] !=
                      f"({m.text})"]  # (not a dateline's outlet, "LAREDO, Texas (KGNS) -")
        topic = self._sentence_topic(at, "organization") if not here_named else \
            self._entity_speaker(here_named[0][1], here_named[0][0].span, "description") if last_org is None else None
        clause = clause_body(self, subject)  # type: ignore[arg-type]
        if clause is not None and not _criminal(self.entities, clause[1].local_id):  # "X agents seized ..., the agency said"
            topic = self._entity_speaker(clause[1], clause[0].span, "description")
        # ("CBP officers at the World Trade Bridge seized ..., the agency announced": the first body the sentence names)
        body = topic or last_org or self._last_mention(at, "organization")  # (a body the clause opens with first)
        if body is not None and not self._public_fits(subject, body):  # "la dependencia" is no party: the agency before
            body = self._last_public(at)
        if body is not None and _criminal(self.entities, body.local_id):
            named = [(m, e) for m, e in self.mentions if e.type == "organization" and m.span.end <= at and
                     not inside(m.span.start, self.quotes) and not _criminal(self.entities, e.local_id)]
            body = self._entity_speaker(named[-1][1], named[-1][0].span, "description") if named else None
        span = self.doc.char_span(subject.start, subject.end, alignment_mode="expand")
        head = span.root if span is not None and len(span) else None
        own = {fold(t.text) for t in span or [] if t.pos_ in {"NOUN", "PROPN"} and head is not None and t.i != head.i}
        if body is not None and ((own and not own & set(fold(body.name or "").replace("'s", "").split())) or
                                 not kind_fits(self, subject, body)):  # type: ignore[arg-type]
            return Speaker(self.text[subject.start:subject.end], None, subject, "unnamed")
        # ("informó la compañía" with no organization named before: a body no one names, not no speaker)
        return body or Speaker(self.text[subject.start:subject.end], None, subject, "unnamed")


    def _unnamed_body_spoke(self, at: int) -> bool:
        """The last speaker is a body the article does not name ("The Tamaulipas prosecutor's office said"), and
        no organization is named between it and ``at``."""
        last = self.last
        if last is None or last.cue != "unnamed" or last.span is None:
            return False
        head = self._head_token(last.span)
        return head is not None and fold(head.text) in self.cues.org_descriptions and \
            not any(e.type == "organization" and last.span.end <= m.span.start < at for m, e in self.mentions)


    def _public_fits(self, subject: Span, body: Speaker) -> bool:
        """A description of a public office ("la dependencia", "the agency") fits the body unless the lexicon makes it
        a party, an outlet, a company or a criminal group (``public_bodies``)."""
        heads, private = _public_bodies()
        words = {fold(w) for w in self.text[subject.start:subject.end].split()}
        return not (words & heads) or _kind(self.entities, body.local_id) not in private

    def _last_public(self, at: int) -> Speaker | None:
        """The organization last named before ``at`` that a description of a public office fits, else None."""
        _heads, private = _public_bodies()
        named = [(m, e) for m, e in self.mentions if e.type == "organization" and m.span.end <= at and
                 _kind(self.entities, e.local_id) not in private]
        return self._entity_speaker(named[-1][1], named[-1][0].span, "description") if named else None


@cache
def _public_bodies() -> tuple[frozenset[str], frozenset[str]]:
    """Folded descriptions of a public office and the lexicon kinds of organization they do not fit."""
    spec = load_lexicon().speech["public_bodies"]
    return frozenset(fold(w) for w in spec["descriptions"]), frozenset(spec["not_kinds"])


def _kind(entities: list[LocalEntity], local_id: str | None) -> str | None:
    """The lexicon kind of an entity of the document (None when the lexicon does not know it)."""
    entity = next((e for e in entities if e.local_id == local_id), None)
    org = load_lexicon().organizations.get(entity.key) if entity is not None and entity.key else None
    return org.kind if org is not None else None


def _criminal(entities: list[LocalEntity], local_id: str | None) -> bool:
    """The entity is a cartel, gang or faction (the lexicon's kind)."""
    entity = next((e for e in entities if e.local_id == local_id), None)
    org = load_lexicon().organizations.get(entity.key) if entity is not None and entity.key else None
    return org is not None and org.kind in CRIMINAL_KINDS




def _claimed(subject: Token) -> bool:
    """The subject's verb is in a clause a speech verb reports ("allege that X received ..."): X acts in someone's
    words, not in the story's narration."""
    verb = subject.head
    opened = verb.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ in {"that", "que"} for c in verb.children)
    return opened and any(is_speech_verb(a) for a in verb.ancestors)  # (the parse may hang it on a noun between)


def _verbless(sent: SpacySpan) -> Token | None:
    """The head of a sentence the parse left without a verb, a noun with a name set off beside it ("Su nuera, Karla
    Hernández, la acompaña ...", its clitic and verb read as an article and a noun): what the sentence is about."""
    root = sent.root
    return root if root.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                                           for c in root.children) else None
