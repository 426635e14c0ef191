"""Where speech is: quoted text, the clause a speech verb introduces, "according to" frames."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.quotes._cues import is_speech_verb, speech_cues
from pesquisa.records import Span

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "„": "“"}
RAYA = re.compile(r"[—―]\s?([^—―]+?)\s*(?=[—―]\s?[a-záéíóúñ]|$)")
MIN_DIRECT_WORDS = 3
WH_WORDS = {"why", "how", "what", "when", "where", "whether", "if", "who", "which", "cómo", "qué", "si",
            "cuándo", "dónde", "quién", "cuál"}


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


def inside(pos: int, spans: list[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def subject_span(verb: Token, quotes: list[Span]) -> Span | None:
    """Span of the verb's subject: its nsubj subtree, an inverted subject, or a governing verb's."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"} and not inside(child.idx, quotes):
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
    if nxt < len(doc) and doc[nxt].pos_ in {"DET", "PROPN", "NOUN", "PRON"} and not inside(doc[nxt].idx, quotes):
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
        return subject_span(verb.head, quotes)
    # a noun phrase right before the verb the parser did not attach: "el primer ministro Mark Carney reconoció"
    j = verb.i
    while j > verb.sent.start and doc[j - 1].pos_ in {"PROPN", "NOUN", "ADJ", "DET"} and not inside(doc[j - 1].idx, quotes):
        j -= 1
    if j < verb.i and any(tok.pos_ in {"PROPN", "NOUN"} for tok in doc[j:verb.i]):
        return Span(doc[j].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1].text))
    return None


def reported_content(verb: Token, quotes: list[Span]) -> Span | None:
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
    subject = subject_span(verb, quotes)
    if comma > 15 and (verb.i >= sent.end - 6 or (subject is not None and subject.start >= sent.start_char + comma)):
        return Span(sent.start_char, sent.start_char + comma)
    return None


def cut_at_next_attribution(sent: SpacySpan, verb: Token, content: Span, quotes: list[Span]) -> Span:
    """A reported clause ends where another speaker's attribution starts ('..., while Kelly said ...')."""
    for tok in sent:
        if tok.i == verb.i or not (content.start < tok.idx < content.end) or inside(tok.idx, quotes):
            continue
        if is_speech_verb(tok) and tok.dep_ == "conj" and tok.head.i == verb.i:
            # "said that X, but acknowledged that Y": Y is a second quote of the same speaker
            lead = verb.doc.text[content.start:tok.idx]
            cut = max(lead.rfind(","), lead.rfind(" but "), lead.rfind(" and "), lead.rfind(" pero "), lead.rfind(" y "))
            if cut > 0:
                return Span(content.start, content.start + cut)
        if is_speech_verb(tok):
            subject = subject_span(tok, quotes)
            lead = verb.doc.text[content.start:subject.start].rstrip() if subject is not None else ""
            if subject is not None and content.start < subject.start < tok.idx and \
                    re.search(r"(,|\bwhile|\bmientras|\bwhereas|\band|\by)$", lead):
                cut = verb.doc.text.rfind(",", content.start, subject.start)
                end = cut if cut > content.start else subject.start
                return Span(content.start, end)
    return content


def quote_phrases(sent: SpacySpan) -> list[Span]:
    """Reported clauses after multi-word speech expressions ('hizo énfasis en que ...')."""
    out = []
    for phrase in speech_cues().phrases:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+(?:que\s+|that\s+)?", sent.text, re.I):
            out.append(Span(sent.start_char + match.end(), sent.end_char))
    return out


def according_frames(sent: SpacySpan) -> list[tuple[Span, Span]]:
    """(content, source) pairs framed by 'according to X' / 'según X' in one sentence."""
    cues = speech_cues()
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


def attribution_verb(doc: Doc, quote: Span, quotes: list[Span]) -> Token | None:
    """The speech verb that attributes a direct quote: in its sentences, outside any quote."""
    para_start = doc.text.rfind("\n\n", 0, quote.start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = doc.text.find("\n\n", quote.end)
    para_end = len(doc.text) if para_end == -1 else para_end
    best, best_key = None, (2, 10**9)
    for tok in doc.char_span(para_start, para_end, alignment_mode="expand") or []:
        if inside(tok.idx, quotes) or not is_speech_verb(tok):
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


def slip_after(text: str, quote: Span) -> bool:
    tail = text[quote.end:quote.end + 16]
    return any(re.match(rf"[”\"»’]?\s*,?\s*{re.escape(s)}\b", tail) for s in speech_cues().slips)
