"""Direct quotes: the text between quotation marks, paragraph by paragraph.

Quotation marks are read per paragraph. A straight double quote opens when it follows a
space or the start of the paragraph and closes when it follows a word or punctuation,
so '... a single letter from us," she said' closes a quote whose opening mark the source lost; such
an orphan closing mark quotes the paragraph up to it. What sits between marks is speech
unless it is a name or title ('“Noticias Hoy”'), a handle, hashtag or address, or a
term of one or two words (a scare quote: 'so-called “cartel”'). A Spanish dialogue dash
("—No vamos a negociar —dijo el gobernador.") opens a quote too.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quotes._asides import around_aside
from pesquisa.extract.quotes._endash import em_dash_dialogue
from pesquisa.extract.quotes._exclaimed import exclaimed
from pesquisa.extract.quotes._fragment import fragment_said
from pesquisa.extract.quotes._judged import judged_fragment
from pesquisa.extract.quotes._said_after import said_after
from pesquisa.extract.quotes._variants import doubled_as_one
from pesquisa.lexicon import load_lexicon, speech_forms
from pesquisa.records import Span

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "„": "“", "‘": "’", "″": "″", "‹": "›"}  # ‘’: British style; ″: a typed variant
CLOSERS = {"”", "»"}
# a dialogue turn: up to a narrator's aside (a dash and a small letter), the paragraph's end, or, after a question
# or an exclamation, the next turn's dash ("—¿Habrá más extradiciones? —Sí, las que sean necesarias.")
RAYA = re.compile(r"[—―]\s?([^—―]+?)(?:\s*(?=[—―]\s?[a-záéíóúñ]|$)|(?<=[?!])(?=\s*[—―]\s?[¿¡A-ZÁÉÍÓÚÑ]))")
NEXT_TURN = re.compile(r"\s*(?=[—―]\s?[¿¡A-ZÁÉÍÓÚÑ])")
# a narrator's aside inside a dialogue, closed by a dash ("—dijo el fiscal—."), and the speech that resumes after it
ASIDE = re.compile(r"\s*[—―]\s?[a-záéíóúñ][^—―\n]*?[—―]\s*[.,;:]?\s*(?=\S)")
RESUMED = re.compile(r"([^—―]+?)\s*(?=[—―]\s?[a-záéíóúñ]|$)")
MIN_DIRECT_WORDS = 3
# the small words inside a title in capitals ("State of the Union", "La Hora de la Verdad")
NAME_PARTICLES = {"of", "the", "and", "for", "on", "in", "a", "de", "del", "la", "el", "los", "las", "y", "en"}
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
    content = [w for w in words if w.lower() not in NAME_PARTICLES]  # "State of the Union"
    capitalized = sum(w[0].isupper() for w in content)
    # (a sentence that ends on a name is no title: "Reconozco el trabajo de nuestras Fuerzas Armadas")
    prose = sum(w[0].islower() and len(w) >= 5 for w in content[1:]) >= 2
    return capitalized >= 2 and capitalized / max(len(content), 1) >= 0.6 and not prose


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


def _short_said(para: str, i: int, end: int) -> bool:
    """A quote of one or two words that opens its sentence (or a headline's clause after a semicolon) and that a
    speech verb closes: «Estamos rebasados», admitió un comandante; "Never," she said; 'Semar asegura ...; "golpe
    millonario", dice la dependencia'. Or one that a speech verb and a colon open and that ends its sentence:
    'Dotson said: "Very soon."'."""
    inner = para[i + 1:end].strip()
    if inner and not is_quoted_name(inner) and (_said_with_colon(para, i, end) or _said_on(para, i, end)):
        return True
    if not inner or is_quoted_name(inner) or (i > 0 and not re.search(r"(?:^|[.!?:;]\s+)$", para[:i])):
        return False
    return said_after(para[end + 1:end + 80], inner)


def _said_with_colon(para: str, i: int, end: int) -> bool:
    """The quote at ``i`` follows a speech verb and its colon ('she said: "...') and ends its sentence."""
    before = re.search(r"(\w+)\s*:\s*$", para[:i])
    closes = para[i + 1:end].rstrip().endswith((".", "!", "?")) or re.match(r"\s*(?:[.!?]|$)", para[end + 1:end + 3])
    return before is not None and bool(closes) and before.group(1).lower() in speech_forms("en") | speech_forms("es")


def _said_on(para: str, i: int, end: int) -> bool:
    """The quote at ``i`` carries on a quote its sentence before closed with a speech verb and ends its own sentence
    ('"He received a suitcase every month," the witness testified. "Sometimes two."')."""
    before = re.search(r"[”\"»],?\s+[^.!?”\"«»“]{0,80}?\b(\w+)\.\s+$", para[:i])
    closes = para[i + 1:end].rstrip().endswith((".", "!", "?")) or re.match(r"\s*(?:[.!?]|$)", para[end + 1:end + 3])
    return before is not None and bool(closes) and para[end:end + 1] in {'"', "”", "»"} and \
        before.group(1).lower() in speech_forms("en") | speech_forms("es")  # (closed: not a page cut off mid-quote)


def _said_sentence(para: str, i: int, end: int) -> bool:
    """A quote of a few capitalized words that a comma and a speech verb close, with a verb of its own: a banner's
    or a post's sentence full of names ('"Los de la Policía Estatal trabajan para la Mayiza", dice uno de los
    mensajes'), not a title in marks."""
    inner = para[i + 1:end].strip()
    after = re.match(r"\W?\s*,\s*(\w+)", para[end + 1:end + 30])
    if len(inner.split()) < MIN_DIRECT_WORDS or is_handle_or_address(inner) or after is None:
        return False
    forms = speech_forms("en") | speech_forms("es")
    lower = [w for w in re.findall(r"\w+", inner)[1:] if w.islower() and w not in NAME_PARTICLES]
    return after.group(1).lower() in forms and len(lower) >= 2


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
        if close == "’" and para[j] == "’" and not _single_closes(para, j):
            continue  # an apostrophe: "don’t", "the cartels’ routes"
        if para[j] in closers and (para[j] != '"' or not _straight_opens(para, j)):
            if depth == 0:
                return j
            depth -= 1
        elif para[j] == opener and opener != close:
            depth += 1
    return len(para)


def _single_closes(para: str, j: int) -> bool:
    """The ’ at ``j`` closes a single-marked quote rather than standing for an apostrophe: punctuation right
    before it (‘..., ’ she said) or right after it, the paragraph's end, or a space after a word that is no
    plural possessive (‘Plan México’ también, not "the cartels’ routes")."""
    after = para[j + 1] if j + 1 < len(para) else ""
    return not after.isalpha() and (para[j - 1] in ",.!?…" or after in {"", ",", ".", ";", ":", "!", "?", ")", "—"} or
                                    (after.isspace() and para[j - 1].isalpha() and para[j - 1] != "s"))


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
        return not _judged_as(before)  # 'calificó el ataque como «un acto de cobardía» y pidió': what was said
    lead = before.split()[-1].lower()
    if not re.search(r"[.!?;:]", inner) and after[:1].islower() and (lead in TERM_LEADS or lead.endswith(("'s", "’s"))):
        return True  # a slogan with a comma named in the sentence: 'López Obrador’s “hugs, not bullets” policy'
    if _listed_term(inner, lead, after):
        return True
    closes_sentence = not after or after[:1] in ".!?" or (inner.rstrip()[-1:] in ".!?" and after[:1].isupper())
    nominal = before.split()[-1].lower() in TERM_LEADS  # 'declared as “...”', not 'said “we will win.”'
    if nominal and _judged_as(before):
        return False
    return nominal and inner[:1].islower() and closes_sentence and not re.search(r"[!?;:,]", inner)


def _judged_as(before: str) -> bool:
    """The words before a quote end with a verb of judging, a few words and "como"/"as" ('calificó el acuerdo como
    “...”', 'described the ruling as "..."'), or the verb and "de" ('tildó de “...”'): the quote is what the speaker
    called it."""
    words = re.split(r"[.!?;:]\s", before)[-1].lower().split()
    return len(words) >= 2 and ((words[-1] in {"como", "as"} and any(w.strip(",") in _characterizing() for w in words[-7:-1]))
                                or (words[-1] == "de" and words[-2] in _characterizing()))  # "calificó de «...»"


@cache
def _characterizing() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().speech["characterizing"])


def _listed_term(inner: str, lead: str, after: str) -> bool:
    """A term among terms, its comma the sentence's ('speaks of “attention to the causes” and “intelligence and
    investigation,” phrases that ...'): no speech verb before it nor in the words after the comma, which would
    make it a partial quote ('said “we will win,” and', '“a historic step,” the minister said')."""
    forms = speech_forms("en") | speech_forms("es")
    return inner.rstrip().endswith(",") and not re.search(r"[.!?;:]", inner) and lead not in forms and \
        not any(re.sub(r"\W", "", w).lower() in forms for w in after.split()[:4])


@cache
def _naming_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().speech["naming"])


def is_given_name(para: str, start: int, end: int) -> bool:
    """A quoted phrase a naming word introduces ("la oposición bautizó como «la ley del miedo»", "known as "the
    Butcher"", "conocida como «Ley contra la Extorsión»"), or a work's title after its noun ("su libro «...»"): a
    name given to something, not words said. Eight words at most, no sentence inside."""
    inner = para[start + 1:end].strip()
    if len(inner.split()) > 8 or re.search(r"[.!?;:]\s|[.!?;:]$", inner):
        return False
    before = re.split(r"[.!?]\s", para[max(0, start - 40):start])[-1]  # its own sentence: not "... a sus llamadas. «...»"
    lead = re.findall(r"[\w-]+", before.lower())[-3:]
    # a work's noun right before the mark: 'En su libro "Los señores del narco"' (its title)
    return any(w in _naming_words() for w in lead) or (bool(lead) and lead[-1] in _work_words() and
                                                       before.rstrip()[-1:].isalnum())


@cache
def _work_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().speech["works"])


def _continued(para: str) -> tuple[int, int] | None:
    """(start, end) of the words of a paragraph that opens with "»", the Spanish mark that carries a quote of
    the paragraph before into this one, up to its closing "»", or the "”" of a quote the paragraph before opened
    with "“" ("“Fui a la fiscalía ... / »Nunca lo buscaron”, dijo Robles"), else the paragraph's end."""
    lead = len(para) - len(para.lstrip())
    if not para[lead:].startswith("»"):
        return None
    end = min((j for j in (para.find("»", lead + 1), para.find("”", lead + 1)) if j != -1), default=len(para))
    return (lead + 1, end) if is_speech_text(para[lead + 1:end]) else None


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


def _resumed(para: str, at: int) -> list[tuple[int, int]]:
    """The speech a dialogue resumes after each narrator's aside closed by a dash, from ``at`` (where the speech
    before the aside ends): "—No vamos a permitir que crucen armas —dijo el fiscal—. Es nuestra prioridad." """
    out = []
    while (aside := ASIDE.match(para, at)) is not None:
        words = RESUMED.match(para, aside.end())
        if words is None:
            break
        if len(words.group(1).split()) >= 2:
            out.append((words.start(1), words.end(1)))
        at = words.end(1)
    return out


def _short_turn(paras: list[str], k: int, end: int) -> bool:
    """Paragraph ``k`` is one turn of an interview told with dialogue dashes, whole up to ``end`` (or a question up to
    the dash of its attribution), between turns of its own ("—¿Renunciaría?", "—No."): said however short, where a
    short phrase between dashes is an aside."""
    rest = paras[k][end:].strip()
    asked = paras[k][:end].rstrip().endswith("?") and rest[:1] in {"—", "―"}  # "—¿Tienen protección? —se le preguntó."
    if (rest and not asked) or not _RAYA_TURN.match(paras[k]):
        return False
    near = [paras[j] for j in (k - 1, k + 1) if 0 <= j < len(paras)]
    return any(_RAYA_TURN.match(p) for p in near)


# a paragraph (a headline, mostly) that opens with a quote in straight single marks: "'We will not allow it,' says
# Sheinbaum", "'Mexico is not a colony': ..." (the closing mark follows a word or its punctuation and precedes a
# space or colon; an apostrophe inside a word, "don't", closes nothing)
_SINGLE_OPENING = re.compile(r"[ \t]*'(?=\S)(.+?[\w,.!?])'(?=[ \t]*[:,]|[ \t]+\w)")
# a headline that quotes its speaker after a colon in straight single marks ("Bondi: 'Cartel leaders will face
# American justice'"), the marks closing the paragraph
_SINGLE_AFTER_LABEL = re.compile(r"[ \t]*[A-ZÁÉÍÓÚÑ][^\n:'\"“”]{0,60}:[ \t]+'(?=\S)(.+[\w,.!?])'[ \t]*$")
_RAYA_TURN = re.compile(r"\s*[—―]\s?[¿¡A-ZÁÉÍÓÚÑ]")


def find_direct_quotes(text: str) -> list[Span]:
    """Spans of quoted text (marks excluded), paragraph by paragraph."""
    spans: list[Span] = []
    offset = 0
    paras = em_dash_dialogue(doubled_as_one(text).split("\n\n"))  # "–Son vuelos ... –respondió." reads as "—Son vuelos ..."
    for k, para in enumerate(paras):
        i = 0
        dialogue = RAYA.match(para)
        if dialogue and is_tweet_byline(para):
            dialogue = None  # "— Ministerio (@handle) March 2, 2024" signs an embedded post
        while dialogue:  # Spanish dialogue dash: "—No vamos a negociar —dijo el gobernador."
            end = dialogue.end(1)
            if len(para[dialogue.start(1):end].split()) >= MIN_DIRECT_WORDS or _short_turn(paras, k, end):
                spans.append(Span(offset + dialogue.start(1), offset + end))
            i = end
            for start, stop in _resumed(para, end):  # "... —dijo el fiscal—. Es nuestra prioridad."
                spans.append(Span(offset + start, offset + stop))
                i = stop
            turn = NEXT_TURN.match(para, i) if para[i - 1:i] in {"?", "!"} else None  # "—¿...? —Sí, ..."
            dialogue = RAYA.match(para, turn.end()) if turn is not None else None
        spans += [Span(offset + a, offset + b) for a, b in _turns_within(para)]
        single = _SINGLE_OPENING.match(para) or _SINGLE_AFTER_LABEL.match(para)
        if single is not None and is_speech_text(single.group(1)):  # a headline's "'We will not allow it,' says X"
            spans.append(Span(offset + single.start(1), offset + single.end(1)))
            i = single.end()
        continued = _continued(para)  # "»La cooperación es ...», afirmó": a quote of the paragraph before goes on
        if continued is not None:
            spans.append(Span(offset + continued[0], offset + continued[1]))
            i = continued[1] + 1
        while i < len(para):
            ch = para[i]
            opens = ch in OPEN_CLOSE and (ch not in {'"', "‘", "″"} or _straight_opens(para, i))  # (not 12″)
            orphan = not opens and (ch in CLOSERS or ch == '"')
            if opens:
                end = _closing(para, i)
                if ch == "‘" and end == len(para):
                    i += 1  # no closing mark: an apostrophe or a typo, no quote to the paragraph's end
                    continue
                said = (is_speech_text(para[i + 1:end]) or _short_said(para, i, end) or _said_sentence(para, i, end)) and \
                    not is_quoted_term(para, i, end)
                judged = len(para[i + 1:end].split()) > 1 and _judged_as(para[:i].rstrip())  # "calificó de «una burla»"
                judged = judged or (judged_fragment(para, i, end) and not is_quoted_name(para[i + 1:end]))
                said = said or judged or fragment_said(para, i, end) or exclaimed(para, i, end)
                if said and not is_given_name(para, i, end):
                    spans += [Span(offset + a, offset + b) for a, b in around_aside(para, i + 1, end)]
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


# a dialogue turn after a sentence of narration, closed by the dash of its attribution ("El alcalde insistió.
# —Pedimos 300 elementos y nos mandaron 80 —lamentó.")
_TURN_WITHIN = re.compile(r"(?<=[.!?…])\s+[—―]\s?([¿¡A-ZÁÉÍÓÚÑ][^—―\n]+?)\s*(?=[—―]\s?[a-záéíóúñ])")


def _turns_within(para: str) -> list[tuple[int, int]]:
    """(start, end) of the dialogue turns a paragraph opens after its first sentence, each closed by its attribution."""
    turns = [m for m in _TURN_WITHIN.finditer(para) if m.start() > 0 and len(m.group(1).split()) >= MIN_DIRECT_WORDS]
    return [span for m in turns for span in [(m.start(1), m.end(1)), *_resumed(para, m.end(1))]]  # (and "—detalló—. Y ...")


# the name that signs an embedded post, before its (@handle)
_SIGNER = re.compile(r"[—―–-]\s*([^\n()]{1,80}?)\s*\(@\w+\)")
_POST_TAIL = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|#\w+|@\w+|[^\w\s.,;:!?¡¿\"“”«»'’()-]+))+\s*$")


def embedded_posts(text: str) -> list[tuple[Span, Span]]:
    """(words, signer's name) of each post a page embeds: the paragraph above a byline that signs it with a
    name and its (@handle) ("— Omar García Harfuch (@OHarfuch) October 2, 2025"), without the trailing
    links, hashtags and emoji."""
    out = []
    offset = 0
    previous: tuple[int, str] | None = None
    lead_in = False  # the paragraph before the post announces it ("compartió el mensaje:")
    for para in text.split("\n\n"):
        signer = _SIGNER.match(para) if is_tweet_byline(para) else None
        if signer is not None and previous is not None:
            start, words = previous
            tail = _POST_TAIL.search(words)
            end = start + (tail.start() if tail else len(words.rstrip()))
            # a post carries its links, tags or emoji (or tags others inside: "En coordinación con @SEMAR_mx ..."), or
            # a colon announces it: else the page lost the post and the paragraph above its byline is the story's
            tagged = re.search(r"(?:^|\s)[@#]\w", words) is not None
            if len(text[start:end].split()) >= MIN_DIRECT_WORDS and (tail is not None or lead_in or tagged):
                out.append((Span(start, end), Span(offset + signer.start(1), offset + signer.end(1))))
        lead_in = previous is not None and previous[1].rstrip().endswith(":")
        previous = (offset, para) if para.strip() and signer is None else None
        offset += len(para) + 2
    return out


def inside(pos: int, spans: list[Span]) -> bool:
    """True when ``pos`` falls inside one of ``spans`` (a position inside a quote is the speaker's own words)."""
    return any(s.start <= pos < s.end for s in spans)
