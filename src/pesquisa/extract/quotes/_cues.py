"""The speech lexicon (``data/speech.yaml``) as typed tables, and what counts as a speech verb.

English verbs are matched by lemma. Spanish verbs are matched three ways, because the
small Spanish model lemmatizes and tags unevenly (a sentence-initial "Afirmó" may come
out as a proper noun): the inflected forms the lexicon lists, the regular preterite and
gerund of every infinitive it lists ("señalar" -> señaló, señalaron, señalando), and the
model's lemma when the model does call the token a verb.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.attrs import ORTH, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa._required import caseless
from pesquisa.calendar import month_numbers, weekday_numbers
from pesquisa.extract.nlp import doc_text, lemma_of
from pesquisa.extract.quotes._calling import calling_verbs
from pesquisa.lexicon import fold, load_lexicon


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """The speech lexicon (``data/speech.yaml``), lower-cased, in the shapes the extractor reads."""

    verbs: frozenset[str]  # English lemmas
    es_lemmas: frozenset[str]  # Spanish infinitives
    es_forms: frozenset[str]  # Spanish inflected forms, listed and generated
    clause_only: frozenset[str]  # lemmas and forms that report speech only before a clause
    negations: frozenset[str]
    refusals: frozenset[str]  # verbs of refusing: a speech verb they govern reports nothing
    idioms: tuple[str, ...]  # fixed expressions holding a speech verb that report nothing ("es decir")
    phrases: tuple[str, ...]
    according: tuple[str, ...]
    opinion_frames: tuple[str, ...]  # "para X, ...", "for X, ...": a frame naming an opinion's holder
    frame_asides: frozenset[str]  # folded sentence adverbs between a frame and its claim ("sin embargo")
    slips: frozenset[str]
    unnamed: frozenset[str]  # this and the tables below are folded (compared with folded subject words)
    carriers: frozenset[str]
    org_descriptions: frozenset[str]
    governments: frozenset[str]
    generic_heads: frozenset[str]
    person_descriptions: frozenset[str]
    relations: frozenset[str]  # folded nouns of someone of a person's: "the lawyer for X", "la madre de X"
    clause_words: frozenset[str]  # folded words that make a 'title' a clause: speech verb forms, que/that
    singular: frozenset[str]
    plural: frozenset[str]
    neuter: frozenset[str]
    spokespeople: frozenset[str]
    joint: tuple[str, ...]
    court_papers: frozenset[str]
    public_owners: frozenset[str]
    statistics: frozenset[str]
    asking: frozenset[str]  # forms of the verbs of asking (English lemmas and forms, Spanish forms)
    readers: frozenset[str]  # participles of reading a document aloud: "read by X" names its reader, not its author
    local_levels: frozenset[str]  # "el gobierno municipal", "the state government": a local government unnamed


def spanish_forms(infinitive: str) -> set[str]:
    """Regular third-person preterite forms and the gerund of a Spanish infinitive ('señalar' -> señaló, ...)."""
    stem, ending = infinitive[:-2], infinitive[-2:]
    if ending == "ar":
        return {stem + "ó", stem + "aron", stem + "ando"}
    if ending in {"er", "ir"}:
        return {stem + "ió", stem + "ieron", stem + "iendo"}
    return set()


def _english_forms(lemmas: list[str]) -> set[str]:
    """Third-person and past forms of English speech lemmas ('say' -> says, said; 'note' -> notes, noted)."""
    irregular = {"say": {"said"}, "tell": {"told"}, "write": {"wrote"}, "tweet": {"tweeted"}}
    out: set[str] = set()
    for lemma in lemmas:
        lemma = lemma.lower()
        out |= {lemma + "s", lemma + "d" if lemma.endswith("e") else lemma + "ed"} | irregular.get(lemma, set())
    return out


@cache
def speech_cues() -> SpeechCues:
    sp = load_lexicon().speech
    both = ("en", "es")
    listed = {v.lower() for v in sp["verbs"]["es"]}
    lemmas = {v for v in listed if " " not in v and v.endswith(("ar", "er", "ir"))}
    lemmas |= {v.lower() for v in sp["clause_only"]["es"]}
    generated = {form for lemma in lemmas for form in spanish_forms(lemma)}
    clause_only = {v.lower() for code in both for v in sp["clause_only"][code]}
    clause_only |= {form for lemma in sp["clause_only"]["es"] for form in spanish_forms(lemma.lower())}
    clause_only |= {v.lower() for v in sp["clause_only_forms"]}
    return SpeechCues(
        verbs=frozenset(v.lower() for v in (*sp["verbs"]["en"], *sp["clause_only"]["en"])),
        es_lemmas=frozenset(lemmas),
        es_forms=frozenset(listed | generated | {v.lower() for v in sp["clause_only_forms"]}),
        clause_only=frozenset(clause_only),
        negations=frozenset(n.lower() for code in both for n in sp["negations"][code]),
        refusals=frozenset(r.lower() for r in sp["refusals"]),
        idioms=tuple(i.lower() for code in both for i in sp["idioms"][code]),
        phrases=tuple(p.lower() for code in both for p in sp["phrases"][code]),
        according=tuple(a.lower() for code in both for a in sp["according"][code]),
        opinion_frames=tuple(a.lower() for code in both for a in sp["opinion_frames"][code]),
        frame_asides=frozenset(fold(a) for code in both for a in sp["frame_asides"][code]),
        slips=frozenset(s["wrong"] for code in sp["slips"] for s in sp["slips"][code]),
        unnamed=frozenset(fold(u) for code in both for u in sp["unnamed"][code]),
        carriers=frozenset(fold(c) for c in sp["carriers"]),
        org_descriptions=frozenset(fold(d) for code in both for d in sp["org_descriptions"][code]),
        governments=frozenset(fold(g) for code in both for g in sp["governments"][code]),
        generic_heads=frozenset(fold(g) for code in both for g in sp["generic_heads"][code]),
        person_descriptions=frozenset(fold(g) for code in both for g in sp["person_descriptions"][code]),
        relations=frozenset(fold(r) for code in both for r in sp["relations"][code]),
        clause_words=frozenset(fold(w) for w in (*listed, *generated, *_english_forms(sp["verbs"]["en"]),
                                                 "que", "that", "who", "quien")),
        singular=frozenset(fold(p) for p in sp["pronouns"]["singular"]),
        plural=frozenset(fold(p) for p in sp["pronouns"]["plural"]),
        neuter=frozenset(fold(p) for p in sp["pronouns"]["neuter"]),
        spokespeople=frozenset(fold(w) for code in both for w in sp["spokespeople"][code]),
        joint=tuple(fold(j) for code in both for j in sp["joint"][code]),
        court_papers=frozenset(fold(w) for w in sp["court_papers"]),
        public_owners=frozenset(fold(w) for w in sp["public_owners"]),
        statistics=frozenset(fold(w) for w in sp["statistics"]),
        asking=frozenset({a.lower() for a in sp["asking"]["en"]} | _english_forms(sp["asking"]["en"])
                         | {"asked"} | {f for lemma in sp["asking"]["es"] for f in spanish_forms(lemma)}),
        readers=frozenset(fold(w) for w in sp["readers"]),
        local_levels=frozenset(fold(w) for w in sp["local_levels"]),
    )


@cache
def _folded_forms() -> frozenset[str]:
    return frozenset(fold(f) for f in speech_cues().es_forms)


def verb_led(name: str) -> bool:
    """The name opens with a Spanish speech verb the model took into it ("Insistió Navarro", "Advirtió García
    Harfuch": a verb that opens its sentence before the speaker's name); no one is named so."""
    words = fold(name).split()
    return len(words) > 1 and words[0] in _folded_forms()


@cache
def time_words() -> frozenset[str]:
    """Folded heads of a time expression ("el miércoles", "esta mañana", "last week"): weekday and month names
    (``data/calendar.yaml``) and the time nouns of ``data/speech.yaml``."""
    names = {*weekday_numbers(), *month_numbers()}
    return frozenset(fold(w) for w in (*names, *load_lexicon().speech["time_nouns"]))


def only_a_time(text: str) -> bool:
    """``text`` is a time or a date and nothing else ("6:14 PM CDT Jun 2, 2026"), which no one says."""
    words = [fold(w) for w in re.findall(r"[^\W\d]+(?:\.[^\W\d]+)*\.?", text)]
    clock = {fold(w) for w in load_lexicon().speech["clock_words"]}
    return bool(re.search(r"\d", text)) and all(w.rstrip(".") in time_words() | clock or w in clock or
                                                 w.rstrip(".")[:3] in _month_stems() for w in words)


@cache
def _month_stems() -> frozenset[str]:
    """The first three letters of each month name ("Jun", "Sept." read as June, September)."""
    return frozenset(fold(m)[:3] for m in month_numbers())


def is_speech_verb(token: Token) -> bool:
    """The token is a verb (or participle) that introduces speech, outside an idiom ('es decir')."""
    return token.i in speech_verbs(token.doc)


def speech_verbs(doc: Doc) -> frozenset[int]:
    """Indices of the document's speech verbs (``is_speech_verb``), found once per document.

    The quote extractor asks about every token, several times: asked token by token, the
    question was a tenth of extraction outside spaCy. Forms are looked up once per distinct
    word, from the token arrays; lemmas only for verbs (``lemma_of``).
    """
    found = doc.user_data.get(_SPEECH_KEY)
    if found is None:
        found = doc.user_data[_SPEECH_KEY] = frozenset(i for i in _speech_verb_candidates(doc)
                                                      if not in_idiom(doc[i])) | calling_verbs(doc)
    return found


_SPEECH_KEY = "pesquisa.speech_verbs"
_VERB_POS = frozenset({VERB, AUX})


def _speech_verb_candidates(doc: Doc) -> list[int]:
    """Tokens listed as Spanish forms, or tagged VERB/AUX with a speech lemma (the idiom test aside)."""
    cues = speech_cues()
    strings = doc.vocab.strings
    lemmas = cues.es_lemmas if doc.lang_ == "es" else cues.verbs
    form_ok: dict[int, bool] = {}
    out = []
    for i, (orth, pos) in enumerate(doc.to_array([ORTH, POS]).tolist()):
        form = form_ok.get(orth)
        if form is None:
            form = form_ok[orth] = strings[orth].lower() in cues.es_forms
        if form:
            if not (pos == NOUN and _determined(doc[i])):  # "en su cuenta de X": a noun the form also spells
                out.append(i)
        elif pos in _VERB_POS and lemma_of(doc[i]).lower() in lemmas and not _article_before(doc[i]):  # lemmatized
            out.append(i)  # here, verbs only (and no "the accused" the parse tagged as one)
    return out


def _determined(token: Token) -> bool:
    """The token has an article or a possessive of its own ("su cuenta", "la denuncia"): a noun, not a verb."""
    return any(child.dep_ == "det" for child in token.children)


def _article_before(token: Token) -> bool:
    """The word right before the token is its own article ("for the accused"): a noun, though tagged a verb ("the
    lawsuit claims", its article further back, stays a verb)."""
    return token.i > 0 and token.doc[token.i - 1].dep_ == "det" and token.doc[token.i - 1].head.i == token.i


def in_idiom(token: Token) -> bool:
    """The verb belongs to a fixed expression that reports nothing ('es decir', 'cabe señalar', 'so to speak')."""
    text = text_of(token.doc)
    start, end = token.idx, token.idx + len(token.text)
    window = text[max(0, start - 25):end + 25].lower()
    offset = max(0, start - 25)
    for idiom in speech_cues().idioms:
        at = window.find(idiom)
        while at != -1:
            if offset + at <= start and end <= offset + at + len(idiom):
                return True
            at = window.find(idiom, at + 1)
    return False


def needs_clause(token: Token) -> bool:
    """The verb reports speech only before a that/que clause, a colon or a quote ('aseguró que', not 'aseguró 5 kilos')."""
    cues = speech_cues()
    return token.text.lower() in cues.clause_only or lemma_of(token).lower() in cues.clause_only


def is_negated(token: Token) -> bool:
    """The speech verb is negated ('no precisó sus edades', 'did not say'): nothing is reported."""
    cues = speech_cues()
    if any(child.dep_ in {"neg", "advmod"} and child.lower_ in cues.negations and child.i < token.i
           for child in token.children):
        return True
    doc = token.doc
    before = [doc[i].lower_ for i in range(max(sentence_of(token).start, token.i - 2), token.i)]
    return any(word in cues.negations for word in before) or _refused(token)


def _refused(token: Token) -> bool:
    """Someone refused to say it: 'declined to comment', 'declinó comentar', 'se negó a detallar' (the verb of
    refusing itself, 'negó' after 'se' and before 'a', is no denial either)."""
    refusals = speech_cues().refusals
    head = token.head
    if token.dep_ in {"xcomp", "ccomp", "advcl"} and head.i < token.i and \
            (head.lower_ in refusals or head.lemma_.lower() in refusals):
        return True
    doc = token.doc
    return token.lower_ in refusals and token.i > 0 and doc[token.i - 1].lower_ == "se" and \
        token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "a"


def sentence_of(token: Token) -> SpacySpan:
    """The sentence of ``token``, from starts indexed once per document.

    spaCy's ``Token.sent`` walks the document's sentences on every call; the extractor
    asks for it thousands of times per article.
    """
    doc = token.doc
    starts = doc.user_data.get("pesquisa.sentence_starts")
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data["pesquisa.sentence_starts"] = starts
    k = bisect_right(starts, token.i) - 1
    spans = doc.user_data.setdefault("pesquisa.sentence_spans", {})
    sent = spans.get(k)
    if sent is None:  # the span made once per sentence, not once per call
        sent = spans[k] = doc[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(doc)]
    return sent


def text_of(doc: Doc) -> str:
    """The document's text, kept once (spaCy's ``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get("pesquisa.text")
    if text is None:
        text = doc_text(doc)
        doc.user_data["pesquisa.text"] = text
    return text


def cues_in_text(doc: Doc, cues: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases of ``cues`` that occur in the document's text, ignoring case as ``re.I`` does (kept per doc).

    A sentence's pattern for a phrase ("according to", "hizo énfasis en") matches the phrase
    itself, and a sentence's text is part of its document's: a phrase the document lacks is in
    none of its sentences, so the per-sentence patterns run over the few phrases it holds.
    """
    present = doc.user_data.setdefault("pesquisa.quote_cues", {})
    found = present.get(cues)
    if found is None:
        # ``re.I`` matches a plain phrase where its characters' classes (``caseless``) are in the text's: one search
        # per phrase of the folded text, where a case-blind regex tried every position for each
        folded = doc.user_data.get(_FOLDED)
        if folded is None:
            folded = doc.user_data[_FOLDED] = caseless(text_of(doc))
        found = present[cues] = tuple(cue for cue in cues if _caseless(cue) in folded)
    return found


_FOLDED = "pesquisa.caseless_text"  # the document's ``caseless`` text
_caseless = cache(caseless)


def asked_of_the_speaker(verb: Token) -> bool:
    """True when ``verb`` asks the person the sentence names ("he was asked", "—se le preguntó",
    "le cuestionaron"): the quote it attributes is the reporter's question."""
    if verb.lower_ not in speech_cues().asking and lemma_of(verb).lower() not in speech_cues().asking:
        return False
    passive = any(c.dep_ in {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"} for c in verb.children)
    named = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and
             not any(g.dep_ == "case" for g in c.children)]  # not "se le preguntó al fiscal"
    if named and all(fold(c.text) in _reporters() for c in named):
        return True  # "un periodista le preguntó a X: «¿...?»", "a reporter asked X": the reporter's, unnamed
    if not passive and named and not any(c.lower_ == "se" for c in verb.children):
        return False  # "“¿Entiende los cargos?”, le preguntó el juez": the judge asks, named
    return passive or any(c.lower_ in {"le", "les"} for c in verb.children)


@cache
def _reporters() -> frozenset[str]:
    """The nouns of one who asks for the press ("reporter", "periodista"): the transcript's question roles."""
    return frozenset(fold(w) for w in load_lexicon().speech["transcript"]["questions"])
