"""Where speech is: quoted text, the clause a speech verb introduces, "according to" frames.

Quotation marks are read per paragraph. A straight double quote opens when it follows a
space or the start of the paragraph and closes when it follows a word or punctuation,
so '... a single letter from us," she said' closes a quote whose opening mark the source lost; such
an orphan closing mark quotes the paragraph up to it. What sits between marks is speech
unless it is a name or title ('“Noticias Hoy”'), a handle, hashtag or address, or a
term of one or two words (a scare quote: 'so-called “cartel”').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.quotes._cues import is_negated, is_speech_verb, needs_clause, sentence_of, speech_cues, text_of
from pesquisa.records import Span

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "„": "“"}
CLOSERS = {"”", "»"}
RAYA = re.compile(r"[—―]\s?([^—―]+?)\s*(?=[—―]\s?[a-záéíóúñ]|$)")
MIN_DIRECT_WORDS = 3
WH_WORDS = {"why", "how", "what", "when", "where", "whether", "if", "who", "which", "cómo", "qué", "si",
            "cuándo", "dónde", "quién", "cuál"}
MARKS = {"“", '"', "«", "”", "»"}
# words after which a quoted phrase is a name for something, not words said
TERM_LEADS = {"as", "como", "the", "a", "an", "el", "la", "los", "las", "un", "una", "of", "de", "del", "its", "su",
              "sus", "their", "his", "her", "called", "llamado", "llamada", "denominado", "denominada", "dubbed",
              "termed", "so-called", "supuesto", "supuesta"}
HANDLE = re.compile(r"(?:@\w+|#\w+|https?://\S+|www\.\S+|pic\.twitter\.com/\S+)")


def is_quoted_name(inner: str) -> bool:
    """A title or name in quotation marks ('“Noticias Hoy”'), not something said."""
    words = [w for w in inner.split() if w[:1].isalpha()]
    # sentence punctuation inside ('U.S.' is an abbreviation, not a full stop)
    if not words or len(words) > 10 or re.search(r"[!?;]|\.\s", inner.strip()[:-1] if inner.strip() else ""):
        return False
    capitalized = sum(w[0].isupper() for w in words)
    return capitalized >= 2 and capitalized / len(words) >= 0.6


def is_handle_or_address(inner: str) -> bool:
    """Quoted text that is mostly handles, hashtags or web addresses ('“@CustomsNews”'), not speech."""
    words = inner.split()
    return bool(words) and sum(bool(HANDLE.fullmatch(w.strip(".,;:!?"))) for w in words) * 2 >= len(words)


def is_tweet_byline(para: str) -> bool:
    """The paragraph signs an embedded post: a dash, a name with its (@handle), a date."""
    return bool(re.match(r"[—―-]\s*[^\n]{1,80}\(@\w+\)", para)) or bool(
        re.match(r"[—―-]\s*[^\n]{1,80}\b(?:19|20)\d\d\s*$", para))


def is_speech_text(inner: str) -> bool:
    """What stands between quotation marks reads as speech: enough words, not a name, handle or scare quote."""
    return len(inner.split()) >= MIN_DIRECT_WORDS and not is_quoted_name(inner) and not is_handle_or_address(inner)


def _straight_opens(para: str, i: int) -> bool:
    """A straight double quote at ``i`` opens: it follows a space, an opening bracket or dash, or starts the paragraph."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (before.isspace() or before in "([{—―-–/") and not after.isspace()


def _closing(para: str, i: int) -> int:
    """Index of the mark closing the quote opened at ``i`` (the paragraph's end if none).

    Curly marks nest: in '“Uno de ellos, Mario “N”, tenía una orden”' the inner pair is a withheld surname.
    """
    opener, close = para[i], OPEN_CLOSE[para[i]]
    # sloppy sources open straight and close curly: '"serious doubts about the contract,” Lee said'
    closers = {close, "”"} if opener == '"' else {close}
    depth = 0
    for j in range(i + 1, len(para)):
        if para[j] in closers and (para[j] != '"' or not _straight_opens(para, j)):
            if depth == 0:
                return j
            depth -= 1
        elif para[j] == opener and opener != close:
            depth += 1
    return len(para)


def is_quoted_term(para: str, start: int, end: int) -> bool:
    """A short quoted phrase used inside a sentence of narration ('sold “luxury replica watches” to tourists').

    Four words or fewer, a word right before the opening mark, and either a word right after
    the closing one or, for a phrase in lower case, the end of the sentence ('declared as
    “spare engine parts.”'): the writer borrows a term, nobody is quoted saying it.
    """
    inner = para[start + 1:end]
    before = para[:start].rstrip()
    after = para[end + 1:].lstrip()
    if len(inner.split()) > 4 or not before or not before[-1].isalnum():
        return False
    if not re.search(r"[.!?;:,]", inner) and after[:1].isalnum():
        return True
    closes_sentence = not after or after[:1] in ".!?" or (inner.rstrip()[-1:] in ".!?" and after[:1].isupper())
    nominal = before.split()[-1].lower() in TERM_LEADS  # 'declared as “...”', not 'said “we will win.”'
    return nominal and inner[:1].islower() and closes_sentence and not re.search(r"[!?;:,]", inner)


def _orphan_start(para: str, i: int, earlier: list[Span], offset: int) -> int | None:
    """Where a quote closed at ``i`` without an opening mark starts: the paragraph's start, or the
    sentence after the previous quote's attribution ('..." she said. We aren't going ..."')."""
    if not earlier:
        return len(para) - len(para.lstrip(" —―-"))
    prev_end = max(s.end for s in earlier) - offset
    if prev_end >= i:
        return None
    stop = re.search(r"[.!?]\s+(?=\S)", para[prev_end + 1:i])
    return prev_end + 1 + stop.end() if stop else None


def find_direct_quotes(text: str) -> list[Span]:
    """Spans of quoted text (marks excluded), paragraph by paragraph."""
    spans: list[Span] = []
    offset = 0
    for para in text.split("\n\n"):
        i = 0
        dialogue = RAYA.match(para)
        if dialogue and is_tweet_byline(para):
            dialogue = None  # "— Ministerio (@handle) March 2, 2024" signs an embedded post
        if dialogue:  # Spanish dialogue dash: "—No vamos a negociar —dijo el gobernador."
            end = dialogue.end(1)
            if len(para[1:end].split()) >= MIN_DIRECT_WORDS:
                spans.append(Span(offset + 1, offset + end))
            i = end
        while i < len(para):
            ch = para[i]
            opens = ch in OPEN_CLOSE and (ch != '"' or _straight_opens(para, i))
            orphan = not opens and (ch in CLOSERS or ch == '"')
            if opens:
                end = _closing(para, i)
                if is_speech_text(para[i + 1:end]) and not is_quoted_term(para, i, end):
                    spans.append(Span(offset + i + 1, offset + end))
                i = end + 1
                continue
            if orphan and i > 0 and para[i - 1] in ",.!?":
                # the source lost the opening mark: '... a single letter from us," she said.'
                lead = _orphan_start(para, i, [s for s in spans if s.start >= offset], offset)
                if lead is not None and is_speech_text(para[lead:i]):
                    spans.append(Span(offset + lead, offset + i))
            i += 1
        offset += len(para) + 2
    return spans


def inside(pos: int, spans: list[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _token_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _attribution_position(verb: Token) -> bool:
    """The verb follows what it attributes: after a comma, a closing quote or a dash ('”, detalló el funcionario')."""
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
    return prev is not None and (prev.text in {",", "”", "»", '"', "—", "―", "-", "–"} or prev.text.endswith(","))


def _inverted_subject(verb: Token, quotes: list[Span]) -> Span | None:
    """The noun phrase after a verb that is its subject: 'said the researcher', 'declaró el canciller Marcelo Ebrard'."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt >= len(doc) or doc[nxt].pos_ not in {"DET", "PROPN", "NOUN", "PRON"} or inside(doc[nxt].idx, quotes):
        return None
    j = nxt
    while j < len(doc) and (doc[j].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "PRON"}
                            or (doc[j].pos_ == "ADP" and doc[j].lower_ in {"of", "de", "del"})):
        j += 1
    head = next((t for t in doc[nxt:j] if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    if head is None:
        return None
    if head.dep_ not in {"nsubj", "nsubjpass", "nsubj:pass"} and not _attribution_position(verb):
        return None  # "defendió la reforma": an object, not a subject after its verb
    # the phrase must hang on the verb itself ("saying Washington has ..." is the clause's
    # subject) and not be its object ("told reporters", "detalló la estrategia")
    if head.head.i != verb.i or head.dep_ in {"dobj", "iobj", "dative"} or \
            (head.dep_ == "obj" and doc.lang_ != "es"):
        return None
    end = _token_end(doc[j - 1])
    # "expuso el titular de Marina, Rafael Ojeda," : include the apposition
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].pos_ == "PROPN":
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "PROPN":
            k += 1
        end = _token_end(doc[k - 1])
    return Span(doc[nxt].idx, end)


def _phrase_before(verb: Token, quotes: list[Span]) -> Span | None:
    """A noun phrase right before the verb that the parser left unattached.

    'el primer ministro X reconoció', '..., U.S. Attorney for the Southern District of Texas
    Ann Ross told reporters', 'la senadora Lucía Trejo (PT) respaldó' (a party or acronym in
    brackets stays inside).
    """
    doc = verb.doc
    start = sentence_of(verb).start
    j = verb.i
    while j > start and not inside(doc[j - 1].idx, quotes):
        prev = doc[j - 1]
        if prev.pos_ in {"PROPN", "NOUN", "ADJ", "DET"}:
            j -= 1
        elif prev.text == ")" and "(" in [t.text for t in doc[max(start, j - 6):j - 1]]:
            j = max(t.i for t in doc[max(start, j - 6):j - 1] if t.text == "(")
        elif prev.pos_ == "ADP" and prev.lower_ in {"of", "for", "de", "del"} and j - 2 >= start and \
                doc[j - 2].pos_ in {"PROPN", "NOUN", "DET"} and doc[j].pos_ in {"PROPN", "DET"}:
            j -= 1
        else:
            break
    if j < verb.i and any(tok.pos_ in {"PROPN", "NOUN"} for tok in doc[j:verb.i]):
        return Span(doc[j].idx, _token_end(doc[verb.i - 1]))
    return None


def subject_span(verb: Token, quotes: list[Span]) -> Span | None:
    """Span of the verb's subject, in this order of evidence:

    1. its nsubj subtree (the one nearest the verb; an inverted one after it);
    2. a noun phrase after it that hangs on it ("said the researcher");
    3. a noun phrase right before it that the parser left unattached;
    4. the subject of the verb it depends on ("..., saying", "y agregó").
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}
                and not inside(c.idx, quotes)]
    subjects.sort(key=lambda c: abs(c.i - verb.i))
    for child in subjects[:1]:
        if child.lower_ in {"who", "quien", "que", "which"} and verb.dep_ in {"relcl", "acl"}:
            head = verb.head
            return Span(head.left_edge.idx, _token_end(head))
        left = child.left_edge.idx
        right_tok = child.right_edge
        while right_tok.is_punct and right_tok.i > child.i:
            right_tok = verb.doc[right_tok.i - 1]  # "The lawsuit, which was filed ...," ends at its last word
        if child.i > verb.i:  # inverted subject: "said Francisco Garduno, chief of ..."
            return Span(max(left, _token_end(verb)), _token_end(right_tok))
        # an apposition ends at the verb
        end = min(_token_end(right_tok), verb.idx)
        if end > left:
            return Span(left, end)
    inverted = _inverted_subject(verb, quotes)
    if inverted is not None:
        return inverted
    # a noun phrase right before the verb the parser did not attach: "el primer ministro Mark Carney reconoció",
    # "..., U.S. Attorney Ann Ross told reporters"
    before = _phrase_before(verb, quotes)
    if before is not None:
        return before
    if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp", "acl"} and verb.head is not verb and verb.head.i < verb.i:
        # "X said the focus would be ..., adding that": the speech verb above speaks, not the clause it reports
        governor = next((a for a in verb.ancestors if a.i < verb.i and is_speech_verb(a)), verb.head)
        return subject_span(governor, quotes)
    return None


def _clause_start(verb: Token) -> Span | None:
    """Where the reported clause opens after the verb: after 'that/que' or ':' (a complementizer, not a relative)."""
    sent = sentence_of(verb)
    doc = verb.doc
    for tok in doc[verb.i + 1: min(verb.i + 15, sent.end)]:
        if is_speech_verb(tok):
            return None  # "expuso ..., al explicar que": the later verb owns that clause
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        partial = nxt is not None and nxt.text in MARKS  # 'un hallazgo que "quizá" sea ...'
        if (tok.lower_ in {"that", "que"} and (tok.pos_ != "PRON" or tok.dep_ == "mark" or partial)) or tok.text == ":":
            # a complementizer, not a relative pronoun ("an interview that published ...")
            return Span(_token_end(tok), sent.end_char)
        if tok.is_punct and tok.text not in {",", "“", '"', "«"}:
            return None
    return None


def _object_relative(verb: Token) -> bool:
    """The verb sits in a relative clause whose pronoun is an object ('the bridge that the mayor has said he
    wants to rebuild'), so its clause has a gap; a pronoun that is the reported clause's subject leaves a
    statement ('the peso fell, which traders say could push inflation higher')."""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    relatives = [t for t in verb.doc[verb.head.i + 1:verb.i] if t.lower_ in {"which", "that", "whom", "que", "quien"}]
    return any(t.dep_ in {"dobj", "obj", "pobj", "iobj"} for t in relatives)


def _fronted_as(verb: Token) -> Span | None:
    """'Tal como lo aseguró X, CONTENT' / 'As X said, CONTENT': the content after the comma closing the frame."""
    sent = sentence_of(verb)
    lead = text_of(verb.doc)[sent.start_char:verb.idx].lower()
    if not re.fullmatch(r"\s*(?:tal\s+)?(?:como|as|así\s+como)\s+(?:lo\s+|ya\s+)?", lead):
        return None
    comma = text_of(verb.doc).find(",", _token_end(verb), sent.end_char)
    return Span(comma + 1, sent.end_char) if comma != -1 else None


def reported_content(verb: Token, quotes: list[Span]) -> Span | None:
    """The clause a speech verb reports, in this order:

    1. a fronted frame: "Tal como lo aseguró X, CONTENT";
    2. after 'that/que' or ':' ("said that ...", "informó esta mañana que ...");
    3. its clausal complement ("said Mexico would ...");
    4. a quote mark right after it;
    5. the sentence before a closing attribution ("..., Velasco explained."),
       unless that sentence holds a direct quote, which is then what is attributed.
    Verbs with a second, non-speech sense only take 1, 2, 4 and 5 ("aseguró 5 kilos").
    """
    sent = sentence_of(verb)
    doc = verb.doc
    if verb.i > sent.start and doc[verb.i - 1].text in {",", "”", "»", '"'} and \
            any(q.end <= verb.idx <= q.end + 3 for q in quotes):
        return None  # '“...”, sostuvo la ministra, a la vez que anunció ...': the quote is what it attributes
    fronted = _fronted_as(verb)
    if fronted is not None:
        return fronted
    clause = _clause_start(verb)
    if clause is not None:
        return clause
    # an English infinitive ("is alleged to have worked", "vowed to fight") states no words;
    # a Spanish one after a speech verb does ("aseguró no tener información")
    complements = {"ccomp", "xcomp"} if doc.lang_ == "es" else {"ccomp"}
    ccomps = [c for c in verb.children if c.dep_ in complements and c.i > verb.i]
    if ccomps and _object_relative(verb):
        return None  # "the bridge that the mayor has said he wants to rebuild": the clause has a gap
    if ccomps and not needs_clause(verb):
        start_tok = ccomps[0].left_edge
        if start_tok.i <= verb.i:
            start_tok = doc[verb.i + 1]
        if start_tok.lower_ in WH_WORDS:
            return None  # "explaining why he ...": an indirect question is no statement
        content = Span(start_tok.idx, sent.end_char)
        text = text_of(doc)
        if any(content.start < q.start < content.end and text[content.start:q.start].rstrip(" \"“«").endswith((",", ":"))
               for q in quotes):
            return None  # 'told "Morning Report" host Dan Hill, "We knock ..."': the quote is the statement
        return content
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is not None and (nxt.text == ":" or (nxt.text in {"“", '"', "«"} and any(q.start == nxt.idx + 1
                                                                                  for q in quotes))):
        # 'said: ...', 'dijo “...”' (a mark that opens a quote, not a title: 'told "Morning Report"')
        return Span(nxt.idx + (1 if nxt.text == ":" else 0), sent.end_char)
    return _before_attribution(verb, quotes)


def _before_attribution(verb: Token, quotes: list[Span]) -> Span | None:
    """The sentence before a closing attribution ('..., Velasco explained.', '..., dijo X al iniciar la conferencia.').

    The verb and its subject must close the sentence (a short tail at most), the comma must
    open the attribution, and the content must hold no direct quote (that quote is what the
    attribution is for). 'como lo aseguraban X' compares rather than attributes: no content.
    """
    sent = sentence_of(verb)
    doc = verb.doc
    if verb.dep_ in {"relcl", "acl"}:
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
    opens = min(verb.idx, subject.start) if subject is not None else verb.idx
    if text_of(doc)[sent.start_char + comma + 1:opens].strip(" ,"):
        return None  # "..., porque diputados han expresado ...": a subordinate clause, not an attribution
    for child in verb.children:
        in_subject = subject is not None and subject.start <= child.idx < subject.end
        if child.i > verb.i and not in_subject and (child.dep_ in {"ccomp", "xcomp"} or (
                child.dep_ in {"obj", "dobj"} and len(list(child.subtree)) > 1)):
            return None  # "..., el senador calificó esas sentencias como ...": the verb has its own object
    content = Span(sent.start_char, sent.start_char + comma)
    if any(q.overlaps(content) for q in quotes):
        return None
    return content


def cut_at_next_attribution(sent: SpacySpan, verb: Token, content: Span, quotes: list[Span]) -> Span:
    """A reported clause ends where another attribution starts ('..., while Kelly said ...', '..., pero no precisó')."""
    for tok in sent:
        if tok.i == verb.i or not (content.start < tok.idx < content.end) or inside(tok.idx, quotes):
            continue
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
        if is_speech_verb(tok):
            subject = subject_span(tok, quotes)
            lead = text_of(verb.doc)[content.start:subject.start].rstrip() if subject is not None else ""
            if subject is not None and content.start < subject.start < tok.idx and \
                    re.search(r"(,|\bwhile|\bmientras|\bwhereas|\band|\by)$", lead):
                cut = text_of(verb.doc).rfind(",", content.start, subject.start)
                if cut <= content.start:  # '... integrity" while Intercam said': drop the connective too
                    lead = re.sub(r"(?:\bwhile|\bmientras(?:\s+que)?|\bwhereas|\band|\by)?\s*$", "", lead)
                    cut = content.start + len(lead.rstrip())
                return Span(content.start, cut)
    return content


def quote_phrases(sent: SpacySpan) -> list[Span]:
    """Reported clauses after multi-word speech expressions ('hizo énfasis en que ...')."""
    out = []
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    for phrase in speech_cues().phrases:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+(?:que\s+|that\s+)?", text, re.I):
            lead = text[max(0, match.start() - 25):match.end()].lower()
            if any(idiom in lead for idiom in speech_cues().idioms):
                continue  # "it should be noted that": the writer's aside
            out.append(Span(sent.start_char + match.end(), sent.end_char))
    return out


def according_frames(sent: SpacySpan, quotes: list[Span]) -> list[tuple[Span, Span]]:
    """(content, source) pairs framed by 'according to X' / 'según X' in one sentence, outside quotes."""
    cues = speech_cues()
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    out = []
    for cue in cues.according:
        for match in re.finditer(rf"(?:^|(?<=[\s,(]))({re.escape(cue)})\s+", text, re.I):
            if inside(sent.start_char + match.start(1), quotes):
                continue  # the speaker's own words: "(de acuerdo con el reportaje)" inside a quote
            rest = text[match.end():]
            src_end = re.search(r"[,;)]|\.?\s*$", rest)
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


def attribution_verb(doc: Doc, quote: Span, quotes: list[Span]) -> Token | None:
    """The speech verb that attributes a direct quote: in its sentences, outside any quote, not negated."""
    para_start = text_of(doc).rfind("\n\n", 0, quote.start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = text_of(doc).find("\n\n", quote.end)
    para_end = len(text_of(doc)) if para_end == -1 else para_end
    best, best_key = None, (2, 10**9)
    for tok in doc.char_span(para_start, para_end, alignment_mode="expand") or []:
        if inside(tok.idx, quotes) or not is_speech_verb(tok) or is_negated(tok):
            continue
        dist = tok.idx - quote.end if tok.idx >= quote.end else quote.start - tok.idx
        if tok.idx >= quote.end:
            dist -= 5  # "“...,” X said" is the usual shape
        # a verb in a sentence the quote belongs to beats a nearer one in the sentence before
        sent = sentence_of(tok)
        same_sentence = sent.start_char <= quote.end and quote.start - 1 <= sent.end_char
        key = (0 if same_sentence else 1, dist)
        if key < best_key:
            best, best_key = tok, key
    return best if best_key[1] < 220 else None


def slip_after(text: str, quote: Span) -> bool:
    """A translation slip stands where the speech verb should ('”, Indicated.')."""
    tail = text[quote.end:quote.end + 16]
    return any(re.match(rf"[”\"»’]?\s*,?\s*{re.escape(s)}\b", tail) for s in speech_cues().slips)
