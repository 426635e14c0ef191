"""Direct quotes and reported speech, with the speaker resolved.

Direct quotes are the text between quotation marks (curly, straight, «»), an
unclosed mark running to the end of its paragraph. Reported speech is the clause
a speech verb introduces ("said that ...", "afirmó que ...", "X said Mexico ..."),
the sentence before a closing attribution ("..., Velasco explained."), and what
"according to X" / "según X" frames.

Speakers come from the verb's subject, in this order of evidence:
1. a person or organization mention inside the subject;
2. several governments ("the Mexican and U.S. governments") -> a joint statement;
3. an unnamed source ("officials", "a Mexican immigration official") -> no speaker id;
4. a pronoun -> the last person (or, for "they", the last joint/plural) speaker;
5. a description ("the foreign minister", "el funcionario") -> the person whose title
   matches, else the last person speaker;
6. no subject (pro-drop, "adding", a quote standing alone) -> the last speaker.
Hand-written because no open library attributes quotes in Spanish and English
with these cues; textacy's direct-quote triples cover only case 1 in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import LocalEntity, Mention, Quote, Span

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "„": "“"}
RAYA = re.compile(r"[—―]\s?([^—―]+?)\s*(?=[—―]\s?[a-záéíóúñ]|$)")
MIN_DIRECT_WORDS = 3
WH_WORDS = {"why", "how", "what", "when", "where", "whether", "if", "who", "which", "cómo", "qué", "si",
            "cuándo", "dónde", "quién", "cuál"}


@dataclass(slots=True)
class Speaker:
    name: str | None
    local_id: str | None
    span: Span | None
    cue: str
    plural: bool = False
    person: bool = False


@dataclass(slots=True)
class _Candidate:
    span: Span
    direct: bool
    verb: Token | None
    subject: Span | None  # explicit subject text span, if any
    according: Span | None = None


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """The speech lexicon (``data/speech.yaml``), lower-cased, in the shapes the extractor reads."""

    verbs: frozenset[str]  # English lemmas
    es_forms: frozenset[str]  # Spanish inflected forms
    phrases: tuple[str, ...]
    according: tuple[str, ...]
    slips: frozenset[str]
    unnamed: frozenset[str]
    carriers: frozenset[str]
    singular: frozenset[str]
    plural: frozenset[str]
    joint: tuple[str, ...]


@cache
def _cues() -> SpeechCues:
    sp = load_lexicon().speech
    both = ("en", "es")
    return SpeechCues(
        verbs=frozenset(v.lower() for v in sp["verbs"]["en"]),
        es_forms=frozenset(v.lower() for v in sp["verbs"]["es"]),
        phrases=tuple(p.lower() for code in both for p in sp["phrases"][code]),
        according=tuple(a.lower() for code in both for a in sp["according"][code]),
        slips=frozenset(s["wrong"] for code in sp["slips"] for s in sp["slips"][code]),
        unnamed=frozenset(u.lower() for code in both for u in sp["unnamed"][code]),
        carriers=frozenset(c.lower() for c in sp["carriers"]),
        singular=frozenset(p.lower() for p in sp["pronouns"]["singular"]),
        plural=frozenset(p.lower() for p in sp["pronouns"]["plural"]),
        joint=tuple(j.lower() for code in both for j in sp["joint"][code]),
    )


def is_speech_verb(token: Token) -> bool:
    """The token is a verb (or participle) that introduces speech."""
    cues = _cues()
    if token.text.lower() in cues.es_forms:
        return True
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in cues.verbs


def is_quoted_name(inner: str) -> bool:
    """A title or name in quotation marks ('“CBS This Morning”'), not something said."""
    words = [w for w in inner.split() if w[:1].isalpha()]
    if not words or len(words) > 7 or re.search(r"[.!?;]", inner.strip()[:-1] if inner.strip() else ""):
        return False
    capitalized = sum(w[0].isupper() for w in words)
    return capitalized >= 2 and capitalized / len(words) >= 0.6


def find_direct_quotes(text: str) -> list[Span]:
    """Spans of quoted text (marks excluded), paragraph by paragraph."""
    spans: list[Span] = []
    offset = 0
    for para in text.split("\n\n"):
        i = 0
        dialogue = RAYA.match(para)
        if dialogue:  # Spanish dialogue dash: "—No vamos a negociar —dijo el gobernador."
            end = dialogue.end(1)
            if len(para[1:end].split()) >= MIN_DIRECT_WORDS:
                spans.append(Span(offset + 1, offset + end))
            i = end
        while i < len(para):
            ch = para[i]
            if ch in OPEN_CLOSE and (ch != '"' or i == 0 or not para[i - 1].isalnum()):
                close = OPEN_CLOSE[ch]
                j = para.find(close, i + 1)
                end = j if j != -1 else len(para)
                inner = para[i + 1:end]
                if len(inner.split()) >= MIN_DIRECT_WORDS and not is_quoted_name(inner):
                    spans.append(Span(offset + i + 1, offset + end))
                i = end + 1
                continue
            i += 1
        offset += len(para) + 2
    return spans


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _subject_span(verb: Token, quotes: list[Span]) -> Span | None:
    """Span of the verb's subject: its nsubj subtree, an inverted subject, or a governing verb's."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"} and not _inside(child.idx, quotes):
            if child.lower_ in {"who", "quien", "que", "which"} and verb.dep_ in {"relcl", "acl"}:
                head = verb.head
                return Span(head.left_edge.idx, head.idx + len(head.text))
            left = child.left_edge.idx
            right_tok = child.right_edge
            if child.i > verb.i:  # inverted subject: "said Francisco Garduno, chief of ..."
                return Span(max(left, verb.idx + len(verb.text)), right_tok.idx + len(right_tok.text))
            # an apposition ends at the verb
            end = min(right_tok.idx + len(right_tok.text), verb.idx)
            if end > left:
                return Span(left, end)
    # inverted: "said the researcher", "declaró el canciller Marcelo Ebrard"
    doc = verb.doc
    nxt = verb.i + 1
    if nxt < len(doc) and doc[nxt].pos_ in {"DET", "PROPN", "NOUN", "PRON"} and not _inside(doc[nxt].idx, quotes):
        j = nxt
        while j < len(doc) and (doc[j].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "PRON"}
                                or (doc[j].pos_ == "ADP" and doc[j].lower_ in {"of", "de", "del"})):
            j += 1
        if j > nxt:
            end = doc[j - 1].idx + len(doc[j - 1].text)
            # "expuso el titular de Marina, Rafael Ojeda," : include the apposition
            if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].pos_ == "PROPN":
                k = j + 1
                while k < len(doc) and doc[k].pos_ == "PROPN":
                    k += 1
                end = doc[k - 1].idx + len(doc[k - 1].text)
            return Span(doc[nxt].idx, end)
    if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp", "acl"} and verb.head is not verb and verb.head.i < verb.i:
        return _subject_span(verb.head, quotes)
    # a noun phrase right before the verb the parser did not attach: "el primer ministro Mark Carney reconoció"
    j = verb.i
    while j > verb.sent.start and doc[j - 1].pos_ in {"PROPN", "NOUN", "ADJ", "DET"} and not _inside(doc[j - 1].idx, quotes):
        j -= 1
    if j < verb.i and any(tok.pos_ in {"PROPN", "NOUN"} for tok in doc[j:verb.i]):
        return Span(doc[j].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1].text))
    return None


def _reported_content(verb: Token, quotes: list[Span]) -> Span | None:
    """The clause a speech verb reports: after 'that/que', its ccomp, or the sentence before it."""
    sent = verb.sent
    doc = verb.doc
    # "said that ...", "informó esta mañana que ...", "told reporters that ..."
    for tok in doc[verb.i + 1: min(verb.i + 15, sent.end)]:
        if is_speech_verb(tok):
            break  # "expuso ..., al explicar que": the later verb owns that clause
        if (tok.lower_ in {"that", "que"} and tok.pos_ != "PRON") or tok.text == ":":
            # a complementizer, not a relative pronoun ("an interview that published ...")
            start = tok.idx + len(tok.text)
            return Span(start, sent.end_char)
        if tok.is_punct and tok.text not in {",", "“", '"', "«"}:
            break
    ccomps = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
    if ccomps and ccomps[0].left_edge.lower_ in WH_WORDS:
        return None  # "explaining why he ...": an indirect question is no statement
    if ccomps:
        start_tok = ccomps[0].left_edge
        if start_tok.i <= verb.i:
            start_tok = doc[verb.i + 1]
        return Span(start_tok.idx, sent.end_char)
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is not None and nxt.text in {":", "“", '"', "«"}:
        return Span(nxt.idx + (1 if nxt.text == ":" else 0), sent.end_char)
    # "..., Velasco explained." / "..., expuso el titular de Marina": content before the comma
    # that opens the attribution clause
    before = doc.text[sent.start_char:verb.idx]
    comma = before.rfind(",")
    subject = _subject_span(verb, quotes)
    if comma > 15 and (verb.i >= sent.end - 6 or (subject is not None and subject.start >= sent.start_char + comma)):
        return Span(sent.start_char, sent.start_char + comma)
    return None


def _cut_at_next_attribution(sent: SpacySpan, verb: Token, content: Span, quotes: list[Span]) -> Span:
    """A reported clause ends where another speaker's attribution starts ('..., while Kelly said ...')."""
    for tok in sent:
        if tok.i == verb.i or not (content.start < tok.idx < content.end) or _inside(tok.idx, quotes):
            continue
        if is_speech_verb(tok) and tok.dep_ == "conj" and tok.head.i == verb.i:
            # "said that X, but acknowledged that Y": Y is a second quote of the same speaker
            lead = verb.doc.text[content.start:tok.idx]
            cut = max(lead.rfind(","), lead.rfind(" but "), lead.rfind(" and "), lead.rfind(" pero "), lead.rfind(" y "))
            if cut > 0:
                return Span(content.start, content.start + cut)
        if is_speech_verb(tok):
            subject = _subject_span(tok, quotes)
            lead = verb.doc.text[content.start:subject.start].rstrip() if subject is not None else ""
            if subject is not None and content.start < subject.start < tok.idx and \
                    re.search(r"(,|\bwhile|\bmientras|\bwhereas|\band|\by)$", lead):
                cut = verb.doc.text.rfind(",", content.start, subject.start)
                end = cut if cut > content.start else subject.start
                return Span(content.start, end)
    return content


def _phrases(sent: SpacySpan) -> list[Span]:
    """Reported clauses after multi-word speech expressions ('hizo énfasis en que ...')."""
    out = []
    for phrase in _cues().phrases:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+(?:que\s+|that\s+)?", sent.text, re.I):
            out.append(Span(sent.start_char + match.end(), sent.end_char))
    return out


def _according(sent: SpacySpan) -> list[tuple[Span, Span]]:
    """(content, source) pairs framed by 'according to X' / 'según X' in one sentence."""
    cues = _cues()
    text = sent.text
    out = []
    for cue in cues.according:
        for match in re.finditer(rf"(?:^|(?<=[\s,(]))({re.escape(cue)})\s+", text, re.I):
            rest = text[match.end():]
            src_end = re.search(r"[,;]|\.?\s*$", rest)
            if not src_end:
                continue
            source = Span(sent.start_char + match.end(), sent.start_char + match.end() + src_end.start())
            after_que = text[:match.start(1)].rstrip().endswith(("que,", "que", ","))
            if match.start(1) < 3 or (after_que and rest[src_end.start()] == ","):
                # "According to X, CONTENT" / "que, según X, CONTENT"
                content = Span(source.end + 1, sent.end_char)
            else:
                # "CONTENT, according to X."
                content = Span(sent.start_char, sent.start_char + match.start(1))
            out.append((content, source))
    return out


class _Resolver:
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
        self.cues = _cues()

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
                  and not _inside(m.span.start, self.quotes)]
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


def _attribution_verb(doc: Doc, quote: Span, quotes: list[Span]) -> Token | None:
    """The speech verb that attributes a direct quote: in its sentences, outside any quote."""
    para_start = doc.text.rfind("\n\n", 0, quote.start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = doc.text.find("\n\n", quote.end)
    para_end = len(doc.text) if para_end == -1 else para_end
    best, best_key = None, (2, 10**9)
    for tok in doc.char_span(para_start, para_end, alignment_mode="expand") or []:
        if _inside(tok.idx, quotes) or not is_speech_verb(tok):
            continue
        dist = tok.idx - quote.end if tok.idx >= quote.end else quote.start - tok.idx
        if tok.idx >= quote.end:
            dist -= 5  # "“...,” X said" is the usual shape
        # a verb in a sentence the quote belongs to beats a nearer one in the sentence before
        same_sentence = tok.sent.start_char <= quote.end and quote.start - 1 <= tok.sent.end_char
        key = (0 if same_sentence else 1, dist)
        if key < best_key:
            best, best_key = tok, key
    return best if best_key[1] < 220 else None


def _slip_after(text: str, quote: Span) -> bool:
    tail = text[quote.end:quote.end + 16]
    return any(re.match(rf"[”\"»’]?\s*,?\s*{re.escape(s)}\b", tail) for s in _cues().slips)


def extract_quotes(doc: Doc, entities: list[LocalEntity]) -> list[Quote]:
    """Direct and reported quotes of a parsed document, speakers resolved (see module docstring)."""
    text = doc.text
    direct = find_direct_quotes(text)
    candidates: list[_Candidate] = []
    for span in direct:
        verb = _attribution_verb(doc, span, direct)
        if verb is None and _slip_after(text, span):
            candidates.append(_Candidate(span, True, None, None))
            continue
        candidates.append(_Candidate(span, True, verb, _subject_span(verb, direct) if verb is not None else None))
    for sent in doc.sents:
        for tok in sent:
            if _inside(tok.idx, direct) or not is_speech_verb(tok):
                continue
            subject = _subject_span(tok, direct)
            if subject is not None and fold(text[subject.start:subject.end]) in {"that", "this", "eso", "esto"}:
                continue  # "That said, ..." is no attribution
            content = _reported_content(tok, direct)
            if content is None or len(text[content.start:content.end].split()) < 4:
                continue
            content = _cut_at_next_attribution(sent, tok, content, direct)
            covered = sum(min(d.end, content.end) - max(d.start, content.start) for d in direct if d.overlaps(content))
            if covered > 0.8 * (content.end - content.start):
                continue
            candidates.append(_Candidate(content, False, tok, subject))
        for content in _phrases(sent):
            if len(text[content.start:content.end].split()) >= 4:
                candidates.append(_Candidate(content, False, None, None))
        for content, source in _according(sent):
            attributed = any(is_speech_verb(t) and content.start <= t.idx < content.end and _subject_span(t, direct)
                             for t in sent)
            if attributed:
                continue  # "X said ..., according to a statement": X already speaks
            if len(text[content.start:content.end].split()) >= 4:
                candidates.append(_Candidate(content, False, None, source, according=source))
    candidates.sort(key=lambda c: (c.span.start, not c.direct))
    resolver = _Resolver(text, entities, direct)
    quotes: list[Quote] = []
    for cand in candidates:
        speaker = resolver.resolve(cand.subject, cand.subject.start if cand.subject else cand.span.start)
        resolver.remember(speaker)
        body = text[cand.span.start:cand.span.end].strip(" ,;:")
        start = cand.span.start + text[cand.span.start:cand.span.end].find(body)
        cue = "according" if cand.according else (speaker.cue if speaker else None)
        quotes.append(Quote(
            text=body, span=Span(start, start + len(body)), direct=cand.direct,
            speaker=speaker.name if speaker else None,
            speaker_local_id=speaker.local_id if speaker else None,
            speaker_span=speaker.span if speaker else None,
            verb=cand.verb.text if cand.verb is not None else None, cue=cue))
    return quotes
