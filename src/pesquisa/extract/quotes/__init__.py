"""Direct quotes and reported speech, with the speaker resolved.

Direct quotes are the text between quotation marks (curly, straight, «», a Spanish
dialogue dash), an unclosed mark running to the end of its paragraph. Names, titles,
handles and scare quotes of one or two words between marks are not speech. Reported
speech is the clause a speech verb introduces ("said that ...", "afirmó que ...",
"señalando que ...", "X said Mexico ..."), the sentence before a closing attribution
("..., Velasco explained."), what a fronted frame introduces ("Tal como lo aseguró X, ...")
and what "according to X" / "según X" / "de acuerdo con X" frames (its claim starting after an
apposition of X: "Según X, del CIDE, CLAIM"). An opinion framed by its holder at the head of a
sentence ("Para el investigador X, CLAIM", "For X, CLAIM") is X's when the frame names a person or
body (``_frames``). A release's paragraphs under "The following is attributable to X:" are X's
statement, said whole (``pesquisa.statements``), and so is a paragraph set off after "X said:"
(``_blocks``). A negated verb ("no precisó") reports nothing,
and cues inside a quote are the speaker's own words.

Each stretch of text is said once: a direct quote inside a reported clause (a partial
quote, 'dijo que los detenidos eran “los operadores de la red” y ...') is part of that clause, and of
two reported clauses over the same words the one with the better evidence stays (a verb
with its subject, then a verb without one, then an "according to" frame, then a phrase).

Speakers come from the verb's subject, in this order of evidence:
1. a person or organization mention inside the subject;
2. several governments ("the Mexican and U.S. governments") -> a joint statement;
3. an unnamed source ("officials", "currency traders", "a Mexican immigration
   official", "the defense") -> no speaker id;
4. a document ("the lawsuit", "el comunicado") -> whoever it names, else the last named subject;
5. a pronoun -> the last person (or, for "they", the last joint/plural) speaker;
6. a description ("the foreign minister", "el funcionario", "la dependencia") -> the person
   whose title is built on it, else the last person (or organization) speaker;
7. a country ("Mexico said") -> the country, speaking through its government;
8. no subject (pro-drop, "adding", a quote standing alone) -> the subject of an earlier
   verb of the same sentence, else the last speaker.
Hand-written because no open library attributes quotes in Spanish and English
with these cues; textacy's direct-quote triples cover only case 1 in English.

Direct quotes are found in ``_marks``, reported speech in ``_spans``, the verb's subject in
``_subjects``, speaker resolution in ``_speakers``, the lexicon tables in ``_cues``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pesquisa.extract.datelines import after_dateline, dateline_spans
from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._asked_reports import asked_reports, named_within
from pesquisa.extract.quotes._blocks import colon_blocks, colon_lists
from pesquisa.extract.quotes._carried import carried_verb
from pesquisa.extract.quotes._closing_phrase import closing_phrase_reports
from pesquisa.extract.quotes._colon_clause import before_colon_clause, colon_clause_subject
from pesquisa.extract.quotes._colon_named import fills_claim
from pesquisa.extract.quotes._cues import (
    asked_of_the_speaker,
    is_negated,
    is_speech_verb,
    only_a_time,
    sentence_of,
    speech_verbs,
    text_of,
)
from pesquisa.extract.quotes._embedded import embedding_verb, own_sentence_verb, relaying_verb
from pesquisa.extract.quotes._frames import according_frames, holder_named, opinion_frames, possessive_frames, relative_source
from pesquisa.extract.quotes._headline_copies import headline_copies_dropped, printed_once
from pesquisa.extract.quotes._impersonal import (
    asks_anonymity,
    impersonal_closing,
    is_impersonal,
    issuer,
    question_verb,
    quoted_with_verb,
    the_one_asked,
)
from pesquisa.extract.quotes._labelled import past_the_label
from pesquisa.extract.quotes._labels import alone_question, answered, colon_label, colon_tail
from pesquisa.extract.quotes._marks import embedded_posts, find_direct_quotes, inside
from pesquisa.extract.quotes._named_later import named_later
from pesquisa.extract.quotes._narrated import without_narration
from pesquisa.extract.quotes._noun_owner import speech_noun_owner
from pesquisa.extract.quotes._pointed_back import pointing_back_verb
from pesquisa.extract.quotes._pointer_reports import pointed_reports
from pesquisa.extract.quotes._pointers import announces_list, points_elsewhere
from pesquisa.extract.quotes._read_for import colon_reading_author
from pesquisa.extract.quotes._reporter_turns import spoken_turns
from pesquisa.extract.quotes._spans import (
    attribution_verb,
    cut_at_next_attribution,
    quote_phrases,
    reported_content,
    slip_after,
)
from pesquisa.extract.quotes._speakers import Resolver
from pesquisa.extract.quotes._subjects import subject_span
from pesquisa.extract.quotes._trimmed import trim, unwrapped
from pesquisa.extract.quotes._turns import answer_speaker, interviewee, turn_speaker
from pesquisa.extract.quotes._vocative import address_of, addressed
from pesquisa.lexicon import fold
from pesquisa.records import LocalEntity, Quote, Span
from pesquisa.statements import attributed_statements
from pesquisa.transcripts import Turn, transcript_turns

__all__ = ["extract_quotes", "find_direct_quotes", "is_speech_verb"]

MIN_REPORTED_WORDS = 4
_NO_ONE = {"that", "this", "eso", "esto", "which", "lo que", "lo cual"}  # subjects that are no speaker
_SUBORDINATE = {"ccomp", "acl", "relcl", "csubj", "acl:relcl"}


@dataclass(slots=True)
class _Candidate:
    span: Span
    direct: bool
    verb: Token | None
    subject: Span | None  # explicit subject text span, if any
    according: Span | None = None
    evidence: int = 0  # 0 best: direct or verb with subject; 1 verb alone; 2 according; 3 phrase
    borrowed: Span | None = None  # for a verb without subject: the subject of an earlier verb of its sentence
    asked: bool = False  # a question put to the one the sentence names: the reporter speaks, unnamed
    turn: Turn | None = None  # a transcript's labelled turn: the label says who speaks
    opinion: bool = False  # "Para X, ...": kept only when X resolves to someone the frame names
    impersonal: bool = False  # "Se informó que", "It was reported that": the paragraph's issuing body or no one
    answerer: Span | None = None  # for a question: the one asked, named after its verb ("—se le preguntó a Díaz")
    address: Span | None = None  # for a question: the title it opens by addressing ("—¿Presidenta, ...?")
    relayed: bool = False  # a claim a question reports ("—Presidenta, X dijo que ..."): X's, but X is not speaking


def _earlier_subject(verb: Token, quotes: list[Span]) -> Span | None:
    """The subject of the nearest verb before ``verb`` in its sentence ('X describió el operativo: “...”, explicó')."""
    for tok in reversed(verb.doc[sentence_of(verb).start:verb.i]):
        if (tok.dep_ in _SUBORDINATE or any(c.dep_ == "mark" for c in tok.children)) and tok.head.i < tok.i:
            continue  # 'X advirtió que las células se han debilitado, aunque reconoció': said, not saying
        if tok.pos_ in {"VERB", "AUX"} and not inside(tok.idx, quotes) and \
                any(c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} for c in tok.children):
            return subject_span(tok, quotes)
    return None


def _too_short(doc: Doc, content: Span) -> bool:
    """A reported clause too short to be a statement: under four words, unless a finite verb makes a clause of it
    ("He said it was false.", "Dijo que mintieron."; not "dijo que no", "said so")."""
    if len(text_of(doc)[content.start:content.end].split()) >= MIN_REPORTED_WORDS:
        return False
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    words = [t for t in span or [] if not t.is_punct]
    return not any("VerbForm=Fin" in str(t.morph) for t in words)


def _direct_candidates(doc: Doc, direct: list[Span]) -> list[_Candidate]:
    """Each direct quote with the verb that attributes it and that verb's subject."""
    out = []
    for span in direct:
        verb = past_the_label(doc, span, direct, attribution_verb(doc, span, direct)) or \
            carried_verb(doc, span, direct) or pointing_back_verb(doc, span)  # "«...\n\n»...», relató"; "“...”. Así lo dijo X"
        verb = own_sentence_verb(doc, span, direct, verb)  # "X called it “...”. Y described it as “...”"
        verb = None if before_colon_clause(doc, span, direct, verb) else verb  # "X said ... . Y put it bluntly: “...”"
        if verb is None and slip_after(text_of(doc), span):
            out.append(_Candidate(span, True, None, None))
            continue
        label = speech_noun_owner(doc, span, verb=verb) if verb is not None else None  # "citó el testimonio de X: «»"
        label = label or (colon_label(text_of(doc), span) if verb is None else None)
        label = label or (colon_tail(text_of(doc), span) if verb is None else None)
        # "El mensaje de X fue claro:", "Carlos fue más breve:": the owner of the words, else the clause's someone
        label = label or (speech_noun_owner(doc, span) or colon_reading_author(doc, span) or
                          colon_clause_subject(doc, span, direct) if verb is None else None)
        if label is not None:  # 'Harfuch: «No habrá impunidad»': the name before the colon speaks
            out.append(_Candidate(span, True, None, label))
            continue
        verb = question_verb(doc, span, verb)  # "“¿Entiende los cargos?”, le preguntó el juez X"
        verb = verb or embedding_verb(doc, span, direct)  # "la Embajada agradeció “la colaboración de ...”"
        verb = relaying_verb(verb, span) if verb is not None else None  # "She said X told her, “...”": hers
        if _asked(doc, span, verb):  # '—¿Hubo fallas? —se le preguntó.', '"Were there failures?" he was asked.'
            asker = verb or _next_verb(doc, span)
            out.append(_Candidate(span, True, verb, None, asked=True, answerer=the_one_asked(asker) if asker else None,
                                  address=address_of(text_of(doc), span)))
            continue
        subject = subject_span(verb, direct) if verb is not None else None
        borrowed = _earlier_subject(verb, direct) if verb is not None and subject is None else None
        out.append(_Candidate(span, True, verb, subject, borrowed=borrowed, impersonal=impersonal_closing(doc, verb, span)))
    return out


def _asked(doc: Doc, span: Span, verb: Token | None) -> bool:
    """True when the quote at ``span`` is a question put to someone: its verb, or the first verb right
    after it, asks the one the sentence names; or, with no verb, it is a question alone in its paragraph
    (an interview's "—¿Habrá más extradiciones?", answered in the next one)."""
    if verb is not None and not answered(text_of(doc), span):
        return asked_of_the_speaker(verb)
    if alone_question(text_of(doc), span) or answered(text_of(doc), span):
        return True
    first = _next_verb(doc, span)
    return first is not None and asked_of_the_speaker(first)


def _next_verb(doc: Doc, span: Span) -> Token | None:
    """The first verb in the few words right after a quote ('—¿...? —se le preguntó a Díaz')."""
    after = doc.char_span(span.end, min(len(text_of(doc)), span.end + 30), alignment_mode="contract")
    return next((t for t in after or [] if t.pos_ in {"VERB", "AUX"}), None)


def _reported_candidates(doc: Doc, direct: list[Span]) -> list[_Candidate]:
    """Reported clauses of speech verbs, speech phrases and 'according to' frames, outside direct quotes."""
    text = text_of(doc)
    verbs = speech_verbs(doc)
    datelines = dateline_spans(text)
    out: list[_Candidate] = []
    for sent in doc.sents:
        for tok in (doc[i] for i in range(sent.start, sent.end) if i in verbs):
            if inside(tok.idx, direct) or is_negated(tok):
                continue
            subject = subject_span(tok, direct)
            if subject is not None and fold(text[subject.start:subject.end]) in _NO_ONE:
                continue  # "That said, ...", "..., which suggests ...": no one's attribution
            content = reported_content(tok, direct)
            if content is None or _too_short(doc, content) or only_a_time(text[content.start:content.end]) or \
                    points_elsewhere(text, content) or announces_list(text, subject):
                continue  # (a page's "Posted: 6:14 PM CDT Jun 2, 2026")
            content = without_narration(doc, cut_at_next_attribution(sent, tok, content, direct), direct)
            if asks_anonymity(tok, content):
                continue  # "asked that her name not be used": a condition of speaking, no statement
            covered = sum(min(d.end, content.end) - max(d.start, content.start) for d in direct if d.overlaps(content))
            if covered > 0.8 * len(text[content.start:content.end].strip(" \"“”«».,;:!?")):
                continue  # 'said that “...”', 'said: "I do."' (marks aside): the direct quote is the statement
            borrowed = _earlier_subject(tok, direct) if subject is None else None
            out.append(_Candidate(content, False, tok, subject, evidence=0 if subject is not None else 1,
                                  borrowed=borrowed, impersonal=is_impersonal(tok, content)))
        for content, first in quote_phrases(sent):
            if not inside(content.start, direct) and len(text[content.start:content.end].split()) >= MIN_REPORTED_WORDS:
                # "el canciller Marcelo Ebrard hizo énfasis en que": the phrase verb's subject spoke
                head = first.head if first is not None and first.dep_ in {"cop", "aux"} else first  # "es de la idea"
                subject = subject_span(head, direct) if head is not None else None
                out.append(_Candidate(content, False, None, subject, evidence=0 if subject is not None else 3,
                                      impersonal=head is not None and is_impersonal(head, content)))  # "Se dio a conocer"
        out += [_Candidate(words, False, verb, who, evidence=0 if who is not None else 1)  # "Lo anterior fue dado a
                for words, verb, who in pointed_reports(sent, direct) + closing_phrase_reports(sent, direct)]  # conocer
        # por X" after a paragraph of facts; "..., dio a conocer la Mesa de Seguridad."
        # "A su juicio, ...": the holder is who the sentences before are about, as for a verb with no subject
        out += [_Candidate(claim, False, None, None, evidence=2) for claim in possessive_frames(sent, direct)]
        framed = [(c, s, False) for c, s in according_frames(sent, direct)] + \
            [(c, s, True) for c, s in opinion_frames(sent, direct)]
        for content, source, opinion in framed:
            attributed = any(c.verb is not None and c.subject is not None and content.start <= c.verb.idx < content.end
                             for c in out)
            if attributed or quoted_with_verb(doc, content, direct):  # "“...”, dijo, según la traducción": the quote
                continue  # "X said ..., according to a statement": X already speaks (not "se aseguraron 2 armas")
            if len(text[content.start:content.end].split()) >= MIN_REPORTED_WORDS and not points_elsewhere(text, content):
                # an opinion frame is the weakest evidence: any verb or "according to" over its words wins
                out.append(_Candidate(content, False, None, source, according=source, evidence=4 if opinion else 2,
                                      opinion=opinion))
    for cand in out:  # "MEXICO CITY (AP) — ..., officials said": the dateline is no one's words, nor who speaks
        cand.span, cand.subject = after_dateline(cand.span, datelines), cand.subject and after_dateline(cand.subject, datelines)
    return out


def _attribution_start(cand: _Candidate) -> int | None:
    """Where a reported candidate's own attribution starts (its subject or verb), if it has one."""
    if cand.verb is None:
        return None
    starts = [cand.verb.idx] + ([cand.subject.start] if cand.subject is not None else [])
    return min(starts)


def _cut_before(outer: _Candidate, at: int, text: str) -> bool:
    """Ends ``outer`` at the last comma before ``at`` (another speaker's attribution); False if too little is left."""
    cut = text.rfind(",", outer.span.start, at)
    if cut == -1 or len(text[outer.span.start:cut].split()) < MIN_REPORTED_WORDS:
        return False
    outer.span = Span(outer.span.start, cut)
    return True


def said_once(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """The candidates with each stretch of text said once (see the module docstring), in text order.

    A reported clause that holds another verb's attribution and clause ('la carretera seguirá
    cerrada, una decisión que ha defendido el secretario ..., al explicar que ...') ends
    before that attribution, and both stay.
    """
    reported = [c for c in candidates if not c.direct]
    for outer in reported:
        for inner in reported:
            at = _attribution_start(inner)
            if inner is outer or at is None or inner.span.end > outer.span.end or inner.verb is outer.verb:
                continue
            if outer.verb is not None and outer.verb.idx < at and not text[outer.span.start:at].strip():
                # "Dijo que un comandante le aseguró que ...": what the one who says it was told, in his words
                inner.evidence = max(inner.evidence, outer.evidence + 1)
            elif outer.span.start < at < outer.span.end and (outer.verb is None or outer.verb.idx < at):
                _cut_before(outer, at, text)
    kept: list[_Candidate] = []
    for cand in sorted(reported, key=lambda c: (c.evidence, c.span.start, -(c.span.end - c.span.start))):
        clash = next((k for k in kept if k.span.overlaps(cand.span)), None)
        if clash is None:
            kept.append(cand)
            continue
        shorter = min(cand.span.end - cand.span.start, clash.span.end - clash.span.start)
        shared = min(cand.span.end, clash.span.end) - max(cand.span.start, clash.span.start)
        if shared < 0.5 * shorter:
            kept.append(cand)  # "said that X, and added that Y": two statements touching at the edge
    for cand in candidates:
        if cand.direct:
            _introduced(cand, kept, text)
        if cand.direct and not any(k.span.contains(cand.span) for k in kept):
            kept.append(cand)
    return sorted([k for k in kept if k.span.end > k.span.start], key=lambda c: (c.span.start, not c.direct))


def _introduced(quote: _Candidate, kept: list[_Candidate], text: str) -> None:
    """A direct quote a framed claim introduces with a colon ('Según X, la violencia cambió la vida: “...”'):
    the claim ends at the colon and the quote is the same source's (changes ``kept`` and ``quote``)."""
    for k in kept:
        if k.according is not None and quote.subject is None and quote.verb is None and fills_claim(text, k.span, quote.span):
            quote.subject, quote.according = k.subject, k.according  # "En palabras de X: “...”": the claim is the quote
            k.span = Span(k.span.start, k.span.start)
            continue
        colon = text.rfind(":", k.span.start, quote.span.start)
        if k.according is None or not k.span.contains(quote.span) or colon == -1 or \
                text[colon + 1:quote.span.start].strip(" “\"«") or len(text[k.span.start:colon].split()) < MIN_REPORTED_WORDS:
            continue
        k.span = Span(k.span.start, colon)
        if quote.subject is None and quote.verb is None:
            quote.subject, quote.according = k.subject, k.according


def _relayed(doc: Doc, told: list[_Candidate], direct: list[Span]) -> list[_Candidate]:
    """The candidates with each claim a question reports (``asked_reports``) taken out of it: the claim is the named
    one's, the question's words before and after it the reporter's."""
    out = []
    for cand in told:
        start = cand.span.start
        for claim, verb, subject in asked_reports(doc, cand.span, direct) if cand.asked else []:
            out += [replace(cand, span=Span(start, claim.start)), _Candidate(claim, False, verb, subject, relayed=True)]
            start = claim.end
        out.append(replace(cand, span=Span(start, cand.span.end)))
    text = text_of(doc)
    return [c for c in out if any(ch.isalnum() for ch in text[c.span.start:c.span.end])]


def extract_quotes(doc: Doc, entities: list[LocalEntity]) -> list[Quote]:
    """Direct and reported quotes of a parsed document, speakers resolved (see module docstring).

    Steps: find direct quotes; attribute each to its verb; find reported clauses; keep each
    stretch of text once; resolve speakers in text order, each remembered for the next.
    """
    text = text_of(doc)
    turns = spoken_turns(text, transcript_turns(text))  # (a radio reporter's turns are narration)
    posts = embedded_posts(text)
    # a transcript's turn and an embedded post are said whole: the quotes and speech verbs inside are the
    # speaker's own words
    statements = [(para, s.name) for s in attributed_statements(text) for para in s.body]
    blocks = [(para, verb) for para, verb in colon_blocks(doc) if not any(w.body.overlaps(para) for w in turns)]
    whole = [t.body for t in turns] + [words for words, _signer in posts] + [para for para, _name in statements] + \
        [para for para, _verb in blocks]
    direct = sorted([s for s in find_direct_quotes(text) if not any(w.overlaps(s) for w in whole)] + whole,
                    key=lambda s: s.start)
    bodies = {(w.start, w.end) for w in whole}
    told = [c for c in _direct_candidates(doc, direct) if (c.span.start, c.span.end) not in bodies]
    told += [_Candidate(t.body, True, None, t.name, asked=t.role == "question", turn=t) for t in turns]
    told += [_Candidate(words, True, None, signer) for words, signer in posts]  # signed by its byline
    told += [_Candidate(para, True, None, name) for para, name in statements]  # "attributable to X:"
    told += [_Candidate(para, True, verb, subject_span(verb, direct)) for para, verb in blocks]  # "X said:" + paragraph
    told += [_Candidate(item, False, verb, subject_span(verb, direct)) for item, verb in colon_lists(doc)]  # "- ..." items
    candidates = said_once(_relayed(doc, told, direct) + _reported_candidates(doc, direct), text)
    resolver = Resolver(doc, entities, direct)
    quotes: list[Quote] = []
    answerer: Speaker | None = None  # the one a question named, who answers the dashes after it
    for cand in candidates:
        speaker = resolver.resolve_named(cand.borrowed) if cand.borrowed is not None else None
        answerer = ((resolver.resolve_named(cand.answerer) if cand.answerer else None) or
                    (addressed(resolver, cand.address) if cand.address else None)) if cand.asked else \
            answerer if cand.direct and cand.verb is None and cand.subject is None else None
        speaker = speaker or (answerer if not cand.asked else None)
        if cand.turn is not None:
            speaker = turn_speaker(resolver, cand.turn, turns)
        elif cand.impersonal:
            speaker = issuer(resolver, resolver.last, resolver.last_at, cand.span.start)
        elif speaker is None and not cand.asked:  # (first: an answer after a question alone on its line)
            speaker = answer_speaker(resolver, cand.span.start, bare=cand.direct and not (cand.verb or cand.subject)) or \
                resolver.resolve(cand.subject, (cand.subject or cand.span).start, source=cand.according is not None)
        speaker = named_within(speaker, cand.subject) if cand.relayed else speaker  # (a question's "Mexico's president")
        if speaker is None and cand.direct and cand.verb is None and cand.subject is None and not cand.asked:
            speaker = interviewee(resolver, cand.span.start)  # "—No." in an interview told with dashes
        if cand.opinion and not holder_named(speaker, cand.subject):
            continue  # "Para 2027, ...", "For many families, ...": no one's opinion
        if not (cand.asked or cand.impersonal or cand.relayed) and not relative_source(text, cand.according):  # (a side remark)
            resolver.remember(speaker, cand.subject.start if cand.subject else cand.span.start, cand.subject)
        body = trim(text[cand.span.start:cand.span.end])
        body = unwrapped(body) if cand.direct else body
        start = cand.span.start + text[cand.span.start:cand.span.end].find(body)
        asked = cand.asked or (cand.turn is not None and cand.turn.role == "question")
        cue = "according" if cand.according else "asked" if asked else (speaker.cue if speaker else None)
        quotes.append(Quote(
            text=body, span=Span(start, start + len(body)), direct=cand.direct,
            speaker=speaker.name if speaker else None,
            speaker_local_id=speaker.local_id if speaker else None,
            speaker_span=speaker.span if speaker else None,
            verb=cand.verb.text if cand.verb is not None else None, cue=cue))
    return printed_once(headline_copies_dropped(named_later(quotes, text, entities), text))  # ("The witness, X, said")

