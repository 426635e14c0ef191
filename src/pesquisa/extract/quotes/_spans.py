"""Where reported speech is: the clause a speech verb introduces, "according to" frames, and the verb that attributes
a direct quote.

A reported clause opens after "that"/"que" or a colon, at the verb's clausal complement, or is the sentence before a
closing attribution ("..., Velasco explained."); it ends where another attribution starts. Direct quotes (between
marks) are found in ``_marks``, the verb's subject in ``_subjects``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.nlp import lemma_of, tokens_from
from pesquisa.extract.quotes._addressee import object_words
from pesquisa.extract.quotes._calling import requests_of_someone
from pesquisa.extract.quotes._complement import JOINING, clause_first_word, misread_complement, reported_complements, told_object
from pesquisa.extract.quotes._cues import (
    cues_in_text,
    is_negated,
    is_speech_verb,
    needs_clause,
    sentence_of,
    speech_cues,
    text_of,
    time_words,
)
from pesquisa.extract.quotes._embedded import opens_a_later_quote, opens_the_quote
from pesquisa.extract.quotes._fronted import fronted_as, said_before, states_something
from pesquisa.extract.quotes._gapped import gapped_relative
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._parenthetical import RELATIVES, parenthetical
from pesquisa.extract.quotes._passive import agrees
from pesquisa.extract.quotes._pointers import object_before_colon
from pesquisa.extract.quotes._press_object import press_object
from pesquisa.extract.quotes._relatives import addressed_document, free_relative, medium_relative, no_complementizer, subordinated
from pesquisa.extract.quotes._subjects import attribution_opens, subject_span, token_end
from pesquisa.extract.quotes._title_cut import apposed_title_end
from pesquisa.lexicon import fold
from pesquisa.records import Span

WH_WORDS = {"why", "how", "what", "when", "where", "whether", "if", "who", "which", "cómo", "qué", "si",
            "cuándo", "dónde", "quién", "cuál"}
MARKS = {"“", '"', "«", "”", "»"}
_REACH = 21  # words after a verb its "that"/"que" may open at ("declaró ... en el juicio contra el exsecretario X que")

def _clause_start(verb: Token) -> Span | None:
    """Where the reported clause opens after the verb: after 'that/que' or ':' (a complementizer, not a relative)."""
    sent = sentence_of(verb)
    doc = verb.doc
    for tok in doc[verb.i + 1: min(verb.i + _REACH, sent.end)]:
        if is_speech_verb(tok):
            return None  # "expuso ..., al explicar que": the later verb owns that clause
        if tok.dep_ == "ccomp" and tok.head.i == verb.i and _coordinated_that(tok):
            return None  # 'said her government was doing ... but that ...': the clause opened without "that"
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        partial = nxt is not None and nxt.text in MARKS  # 'un hallazgo que "quizá" sea ...'
        told = misread_complement(verb, tok)
        if subordinated(tok) or medium_relative(verb, tok):
            continue  # "escribió ..., minutos después de que se confirmara ...": a circumstance; a medium's relative
        if tok.lower_ == "que" and doc[tok.i - 1].lower_ in JOINING and any(t.lower_ == "que" for t in doc[sent.start:verb.i]):
            return None  # "precisó que, tras ..., el personal aseguró dos fusiles, y que ...": the earlier verb's clause
        if tok.lower_ in {"that", "que"} and no_complementizer(verb, tok, told=told):
            return None  # "responde más a X que a Y", "so often that", "the pressure that ...": no clause reported
        # (a Spanish "que" after the one told that the parse made the subject of the verb's own clause is its
        # complementizer: "contó a la AFP que cerró"; not "relató lo que ocurrió", nor English "said that was ...")
        own = doc.lang_ == "es" and doc[verb.i + 1].lower_ in {"a", "al"} and doc[tok.i - 1].lower_ not in {"lo", "la"} \
            and tok.dep_.startswith("nsubj") and tok.head.dep_ == "ccomp" and tok.head.head.i == verb.i
        if (tok.lower_ in {"that", "que"} and (tok.pos_ != "PRON" or tok.dep_ == "mark" or partial or told or own)) or \
                (tok.text == ":" and not object_before_colon(verb, tok)):
            # a complementizer, not a relative pronoun ("an interview that published ...")
            return Span(token_end(tok), sent.end_char)
        if tok.is_punct and tok.text not in {",", "“", '"', "«"}:
            return None
    return None


def _coordinated_that(clause: Token) -> bool:
    """The clause a verb reports opens without "that", its subject first ("said her government was doing ... but
    that a drought ...", "has said her government will not accept ..., after reports that ..."): a "that" after it
    is the clause's own, joining a second one said or a noun's, never where what was said starts."""
    return clause.doc.lang_ == "en" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _object_relative(verb: Token) -> bool:
    """The verb sits in a relative clause whose pronoun is an object ('the bridge that the mayor has said he
    wants to rebuild'), so its clause has a gap; a pronoun that is the reported clause's subject leaves a
    statement ('the peso fell, which traders say could push inflation higher')."""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    relatives = [t for t in verb.doc[verb.head.i + 1:verb.i] if t.lower_ in {"which", "that", "whom", "que", "quien"}]
    return any(t.dep_ in {"dobj", "obj", "pobj", "iobj"} for t in relatives)


def reported_content(verb: Token, quotes: list[Span]) -> Span | None:
    """The clause a speech verb reports, in this order:

    1. a fronted frame: "Tal como lo aseguró X, CONTENT"; the sentence before "Así lo informó X.";
    2. after 'that/que' or ':' ("said that ...", "informó esta mañana que ..."), else the whole sentence of
       an aside between commas ("Cartels, he argued, can replace ...");
    3. its clausal complement ("said Mexico would ...");
    4. a quote mark right after it;
    5. a headline's object led by "no" ("says no deal yet on ..."); the sentence before a closing attribution
       ("..., Velasco explained."), unless that sentence holds a direct quote, which is then what is attributed.
    Verbs with a second, non-speech sense only take 1, 2, 4 and 5 ("aseguró 5 kilos").
    """
    sent = sentence_of(verb)
    doc = verb.doc
    if verb.i > sent.start and doc[verb.i - 1].text in {",", "”", "»", '"', "—", "–"} and \
            any(q.end <= verb.idx <= q.end + 3 for q in quotes):
        return None  # '“...”, sostuvo la ministra, a la vez que anunció ...': the quote is what it attributes
    if verb.i in requests_of_someone(doc):
        return None  # 'exhortó a las autoridades a «no dejar impune» el ataque': the quote is the words asked for
    fronted = fronted_as(verb) or said_before(verb, quotes)
    if fronted is not None:
        return fronted
    if doc.lang_ == "en" and verb.i + 1 < sent.end and doc[verb.i + 1].tag_ == "TO":
        return None  # "a national alleged to be a plaza boss", "vowed to fight": an infinitive states no words
    clause = _clause_start(verb) or parenthetical(verb, quotes)
    if clause is not None:
        return None if _quote_attributed_after(clause, quotes, sent) else clause
    ccomps = reported_complements(verb)
    if ccomps and (_object_relative(verb) or addressed_document(verb, ccomps[0].left_edge)):
        return None  # a gap: "the bridge that the mayor has said he wants to ...", "respondió a la carta que le envió X"
    if ccomps and not needs_clause(verb):
        start_tok = clause_first_word(verb, ccomps[0])
        if start_tok.i <= verb.i:
            start_tok = doc[verb.i + 1]
        if start_tok.i == verb.i + 1:
            start_tok = _past_when(start_tok, sent)  # "said on Friday she had told ...": when, not what
        if start_tok.lower_ in {"that", "que"} and start_tok.i + 1 < sent.end and \
                not (start_tok.dep_.startswith("nsubj") and doc[start_tok.i + 1].pos_ == "AUX"):
            # a complementizer the parser took for a relative: the clause follows it (not "said that was ...",
            # where "that" is the clause's subject)
            start_tok = doc[start_tok.i + 1]
        if start_tok.lower_ in WH_WORDS or free_relative(start_tok):
            return None  # "explaining why he ...", "relató lo que ocurrió": an indirect question is no statement
        content = Span(start_tok.idx, sent.end_char)
        text = text_of(doc)
        if any(content.start < q.start < content.end and text[content.start:q.start].rstrip(" \"“«").endswith((",", ":"))
               for q in quotes):
            return None  # 'told "Morning Report" host Dan Hill, "We knock ..."': the quote is the statement
        return _up_to_opening_quote(content, quotes, sent)
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is not None and (nxt.text == ":" or (nxt.text in {"“", '"', "«"} and any(q.start == nxt.idx + 1
                                                                                  for q in quotes))):
        # 'said: ...', 'dijo “...”' (a mark that opens a quote, not a title: 'told "Morning Report"'); the words after
        # the quote are the writer's ('corearon «...» durante todo el recorrido')
        opened = next((q for q in quotes if q.start == nxt.idx + 1), None) if nxt.text != ":" else None
        content = Span(nxt.idx + (1 if nxt.text == ":" else 0), sent.end_char if opened is None else opened.end)
        return None if _quote_attributed_after(content, quotes, sent) else content
    return _negative_object(verb, nxt) or press_object(verb) or gapped_relative(verb) or _before_attribution(verb, quotes) or \
        _clause_before(verb, quotes)


def _negative_object(verb: Token, first: Token | None) -> Span | None:
    """The object right after an English "say" when it is a phrase led by "no" ("says no deal yet on tariffs",
    "says no evidence of ..."), to the sentence's end: headlines' short form of "there is no ...", a statement."""
    if first is None or verb.doc.lang_ != "en" or lemma_of(verb).lower() != "say" or first.lower_ != "no" or \
            first.dep_ != "det" or first.head.dep_ != "dobj" or first.head.head.i != verb.i:
        return None
    return Span(first.idx, sentence_of(verb).end_char)


def _up_to_opening_quote(content: Span, quotes: list[Span], sent: SpacySpan) -> Span:
    """A clause that opens with a quote and goes on without a verb ('corearon "¡Vivos se los llevaron...!" durante
    todo el recorrido') ends with the quote: the words after it are the writer's (a clause going on after it is
    still said: 'dijo "..." y que seguirán los operativos')."""
    text = text_of(sent.doc)
    opening = next((q for q in quotes if content.start < q.start < content.end and
                    not text[content.start:q.start].strip(" \"“«¡¿")), None)
    if opening is None or any(t.idx > opening.end and t.pos_ in {"VERB", "AUX"} for t in sent):
        return content
    return Span(content.start, opening.end)


def _clause_before(verb: Token, quotes: list[Span]) -> Span | None:
    """The clause the parser hung on the verb before it, when the attribution goes on after the verb ("The
    administration has discussed ..., three U.S. officials told Reuters, a move Mexico has said ..."): the
    clause, up to the comma that opens the attribution."""
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or verb.dep_ in {"relcl", "acl"}:
        return None
    if needs_clause(verb) and any(c.dep_ in {"obj", "dobj"} and c.i > verb.i and not told_object(c) for c in verb.children):
        return None  # "X says ..., rejects Trump tariff threat": a verb of two senses with its object reports nothing
    subject = subject_span(verb, quotes)
    opens = attribution_opens(verb, subject)
    end = apposed_title_end(clause, opens) or token_end(clause.right_edge)  # (", director general of police X said")
    if end == token_end(clause.right_edge) and text_of(doc)[end:opens].strip() != ",":
        return None
    content = Span(clause.left_edge.idx, end)
    return None if any(q.overlaps(content) for q in quotes) else content


def _quote_attributed_after(content: Span, quotes: list[Span], sent: SpacySpan) -> bool:
    """The content opens with a direct quote that words after it attribute ('What they're saying: “...,” an
    official said.'): the quote is the statement, with its own speaker."""
    opening = next((q for q in quotes if content.start <= q.start <= content.start + 3), None)
    return opening is not None and any(t.idx >= opening.end and is_speech_verb(t) for t in sent)


def _before_attribution(verb: Token, quotes: list[Span]) -> Span | None:
    """The sentence before a closing attribution ('..., Velasco explained.', '..., dijo X al iniciar la conferencia.').

    The verb and its subject must close the sentence (a short tail at most), the comma must open the attribution, and
    the content must hold no direct quote (that quote is what the attribution is for). 'como lo aseguraban X' compares
    rather than attributes: no content; nor does a verb in the clause another verb reports ("informó que, en
    coordinación con la Semar, aseguró un laboratorio": what was seized).
    """
    sent = sentence_of(verb)
    doc = verb.doc
    if (verb.dep_ in {"relcl", "acl"} and not _misread_relative(verb)) or any(is_speech_verb(a) for a in verb.ancestors):
        return None  # "del grupo que denunció el robo": a relative clause attributes nothing
    before = text_of(doc)[sent.start_char:verb.idx]
    comma = before.rfind(",")
    if comma <= 15:
        return None
    if re.search(r"\b(?:como|as)\s+(?:lo\s+)?$", before, re.I):
        return None
    subject = subject_span(verb, quotes)
    if subject is not None and subject.start < sent.start_char + comma:
        return None  # "X, who ..., said": the subject opens the sentence
    if not states_something([t for t in doc[sent.start:verb.i] if t.idx < sent.start_char + comma]):
        return None  # "El secretario, Omar García Harfuch, informó la detención": a subject, no statement
    opens = attribution_opens(verb, subject)
    if text_of(doc)[sent.start_char + comma + 1:opens].strip(" ,"):
        return None  # "..., porque diputados han expresado ...": a subordinate clause, not an attribution
    if needs_clause(verb) and any((t.like_num or (t.pos_ in {"NOUN", "PROPN"} and doc.lang_ == "en")) and
                                  not (subject is not None and subject.start <= t.idx < subject.end)
                                  for t in doc[verb.i + 1:sent.end]):
        # "..., las fuerzas han asegurado 1.5 toneladas": a figure after the verb is what it seized; "X says ...,
        # rejects Trump tariff threat": what it rejects (the verb of two senses closes no sentence it attributes)
        return None
    for child in verb.children:
        in_subject = subject is not None and subject.start <= child.idx < subject.end
        if child.i > verb.i and not in_subject and (child.dep_ in {"ccomp", "xcomp"} or (
                child.dep_ in {"obj", "dobj"} and object_words(child) > 1 and not told_object(child))):
            return None  # "..., el senador calificó esas sentencias como ...": the verb has its own object
    content = Span(sent.start_char, sent.start_char + comma)
    if any(q.overlaps(content) for q in quotes):
        return None
    return content


def _misread_relative(verb: Token) -> bool:
    """A closing attribution the parser hung on the noun before it as a relative clause ("30 people, a cabinet
    source told EFE."): the verb's own subject, no relative pronoun, opens right after a comma."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} and child.i < verb.i:
            lead = child.left_edge
            return lead.lower_ not in RELATIVES and lead.i > 0 and doc[lead.i - 1].text == ","
    return False


def cut_at_next_attribution(sent: SpacySpan, verb: Token, content: Span, quotes: list[Span]) -> Span:
    """A reported clause ends where another attribution starts ('..., while Kelly said ...', '..., pero no precisó'),
    and a relative clause's where the clause does ('Maria, who asked that her name not be used, said ...')."""
    tail = text_of(verb.doc)[token_end(verb.right_edge):content.end]
    if verb.dep_ == "relcl" and tail.strip(" .,;:!?\n\"'”’»)") and token_end(verb.right_edge) > content.start:
        last = verb.right_edge
        while last.is_punct and last.i > verb.i:
            last = verb.doc[last.i - 1]
        content = Span(content.start, max(content.start, min(content.end, token_end(last))))
    doc = verb.doc
    for i in tokens_from(doc, content.start + 1, content.end):  # the sentence's words inside the content, in order
        tok = doc[i]
        if not sent.start <= i < sent.end or i == verb.i or inside(tok.idx, quotes):
            continue
        if tok.dep_ == "conj" and tok.head.i == verb.i and tok.pos_ == "VERB" and not is_speech_verb(tok) and agrees(verb, tok):
            # "said classes would resume ..., but offered no date", 'sostuvo que "..." y pidió': the writer's
            joint = re.search(r"(?:,\s*(?:but|and|yet|pero|y|aunque|sin embargo)|(?<=[\"”»])\s+(?:but|and|pero|y)(?!\s+(?:que|"
                              r"that)\s))\s+(?:\w+\s+){0,2}$", text_of(verb.doc)[content.start:tok.idx], re.I)
            if joint is not None and joint.start() > 0:
                return Span(content.start, content.start + joint.start())
        if is_speech_verb(tok) and tok.dep_ == "conj" and tok.head.i == verb.i:
            # "said that X, but acknowledged that Y": Y is a second quote of the same speaker
            lead = text_of(verb.doc)[content.start:tok.idx]
            cut = max(lead.rfind(","), lead.rfind(" but "), lead.rfind(" and "), lead.rfind(" pero "), lead.rfind(" y "))
            if cut > 0:
                return Span(content.start, content.start + cut)
        if is_speech_verb(tok) and not any(c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"} for c in tok.children):
            # "dijo que X, pero no precisó ...", "said X, though he did not say ...": the writer takes over
            lead = text_of(verb.doc)[content.start:tok.idx]
            joint = re.search(r",\s*(?:pero|y|aunque|sin embargo|but|and|although|though|while|mientras)\s+"
                              r"(?:(?:no|not|also|también|did|he|she|it|lo|se)\s+){0,3}$", lead, re.I)
            if joint is not None and joint.start() > 0:
                return Span(content.start, content.start + joint.start())
        if is_speech_verb(tok) and not (needs_clause(tok) and any(c.dep_ in {"obj", "dobj"} for c in tok.children)):
            subject = subject_span(tok, quotes)  # (not "el personal aseguró dos fusiles": a seizure, no attribution)
            lead = text_of(verb.doc)[content.start:subject.start].rstrip() if subject is not None else ""
            if subject is not None and content.start < subject.start < tok.idx and \
                    re.search(r"(,|;|\bwhile|\bmientras|\bwhereas|\band|\by)$", lead):  # (";": a headline's second story)
                cut = text_of(verb.doc).rfind(",", content.start, subject.start)
                if cut <= content.start:  # '... integrity" while Intercam said': drop the connective too
                    lead = re.sub(r"(?:\bwhile|\bmientras(?:\s+que)?|\bwhereas|\band|\by)?\s*$", "", lead)
                    cut = content.start + len(lead.rstrip())
                return Span(content.start, cut)
    return content


# compiled once per cue: built per sentence, the patterns went through re's cache lookup 10,000s of times per 100 articles
@cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\s+(?:(que|that)\s+)?", re.I)


def quote_phrases(sent: SpacySpan) -> list[tuple[Span, Token | None]]:
    """(reported clause, the phrase's first word) of multi-word speech expressions ('hizo énfasis en que ...').

    The first word is the phrase's verb ("hizo", "made", "dejó"): its subject is who spoke.
    """
    out = []
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    for phrase in cues_in_text(sent.doc, speech_cues().phrases):
        for match in _phrase_pattern(phrase).finditer(text):
            lead = text[max(0, match.start() - 25):match.end()].lower()
            if any(idiom in lead for idiom in speech_cues().idioms):
                continue  # "it should be noted that": the writer's aside
            if re.search(r"(?:^|\s)(?:así|asi|lo\s+anterior)\s+(?:lo\s+)?$", text[:match.start()], re.I) or \
                    (match.group(1) is None and not phrase.endswith((" en", " de", " that"))):
                continue  # "Así lo dio a conocer el secretario", "que dio a conocer el hallazgo": a subject, an object
            start = sent.start_char + match.start()
            first = next((t for t in sent if t.idx == start), None)
            out.append((Span(sent.start_char + match.end(), sent.end_char), first))
    return out


def attribution_verb(doc: Doc, quote: Span, quotes: list[Span]) -> Token | None:
    """The speech verb that attributes a direct quote: in its sentences, outside any quote, not negated."""
    para_start = text_of(doc).rfind("\n\n", 0, quote.start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = text_of(doc).find("\n\n", quote.end)
    para_end = len(text_of(doc)) if para_end == -1 else para_end
    best, best_key = None, (2, 10**9)
    for tok in doc.char_span(para_start, para_end, alignment_mode="expand") or []:
        if not is_speech_verb(tok) or inside(tok.idx, quotes) or is_negated(tok):
            continue
        dist = tok.idx - quote.end if tok.idx >= quote.end else quote.start - tok.idx
        if tok.idx >= quote.end:
            dist -= 5  # "“...,” X said" is the usual shape
        # a verb in a sentence the quote belongs to beats a nearer one in the sentence before
        sent = sentence_of(tok)
        same_sentence = sent.start_char <= quote.end and quote.start - 1 <= sent.end_char
        if not same_sentence and tok.idx >= quote.end and _sentence_between(doc, quote, sent.start_char):
            continue  # "“...” The words came from X. She said the agency ...": no verb of the quote's
        if tok.idx >= quote.end and opens_a_later_quote(text_of(doc), tok, quotes):
            continue  # "..., X se limitó a decir: “...”": the verb is the later quote's
        if tok.idx >= quote.end and ";" in text_of(doc)[quote.end:tok.idx]:
            continue  # "“...”: Sheinbaum sobre aranceles; Ebrard detalla ...": a headline's second story
        key = (-1, 0) if same_sentence and opens_the_quote(text_of(doc), tok, quote) else (0 if same_sentence else 1, dist)
        if key < best_key:
            best, best_key = tok, key
    return best if best_key[1] < 220 else None


def _sentence_between(doc: Doc, quote: Span, start: int) -> bool:
    """A whole sentence of narration stands between the end of ``quote`` and ``start`` (where a later sentence opens)."""
    words = [t for t in doc.char_span(quote.end, start, alignment_mode="expand") or [] if not t.is_punct and not t.is_space]
    if not words:
        return False
    first = sentence_of(words[0])
    return first.start_char >= quote.end and first.end_char <= start and len(words) >= 3


def _past_when(start: Token, sent: SpacySpan) -> Token:
    """The first word of a reported clause past a time phrase that opens it ("on Friday", "el lunes", "Friday").

    A day that owns the next noun ("Friday's talks") opens the clause itself.
    """
    doc = start.doc
    phrase = [start] if start.pos_ in {"ADP", "DET"} else []
    k = start.i + len(phrase)
    while k < sent.end and doc[k].pos_ == "DET":
        k += 1
    if k + 1 >= sent.end or fold(doc[k].text) not in time_words() or doc[k + 1].is_punct:
        return start
    if doc[k].dep_ == "poss" or doc[k + 1].tag_ == "POS":
        return start  # "said Friday's talks were ...": the day owns the clause's subject, it does not date the verb
    return doc[k + 1]


def slip_after(text: str, quote: Span) -> bool:
    """A translation slip stands where the speech verb should ('”, Indicated.')."""
    tail = text[quote.end:quote.end + 16]
    return any(re.match(rf"[”\"»’]?\s*,?\s*{re.escape(s)}\b", tail) for s in speech_cues().slips)
