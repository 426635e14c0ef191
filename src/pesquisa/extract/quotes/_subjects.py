"""Who a speech verb's subject is, as a span of text: the parse's subject, else the words around the verb.

The parser misses subjects in the shapes news attribution takes: after the verb ("said the
researcher", "declaró el canciller Marcelo Ebrard"), right before it but unattached
("el primer ministro Mark Carney reconoció"), or only on the verb it depends on
("..., adding that"). ``subject_span`` tries each in order; ``_speakers`` then reads the
span as a person, an organization or nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.nlp import name_tokens, opens_participle_clause
from pesquisa.extract.quotes._agent import passive_agent
from pesquisa.extract.quotes._clitic import name_opened_by_particle, subject_before_clitic
from pesquisa.extract.quotes._complement import misread_complement, opens_sentence, speaker_nouns
from pesquisa.extract.quotes._cues import is_speech_verb, sentence_of, time_words
from pesquisa.extract.quotes._dateline_subject import dateline_misread
from pesquisa.extract.quotes._fronted import frame_document
from pesquisa.extract.quotes._inverted_aside import inverted_in_aside
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._outlet_told import outlet_then_name
from pesquisa.extract.quotes._participle import participle_clause_only
from pesquisa.extract.quotes._quoted_as import quoted_as_subject
from pesquisa.extract.quotes._topic_label import topic_before_quote
from pesquisa.extract.quotes._unclosed import titled_name_in_clause, unclosed_apposition
from pesquisa.lexicon import fold
from pesquisa.records import Span


def token_end(tok: Token) -> int:
    """Character offset right after ``tok``."""
    return tok.idx + len(tok.text)


_AUX = {"aux", "auxpass", "aux:pass"}
_CLITICS = {"se", "le", "les", "me", "nos", "te"}  # ("”, se limitó", "—nos contó una vecina—": told the writer)


def verb_group_start(verb: Token) -> Token:
    """The first word of the verb with its auxiliaries and clitic before it: a compound tense ('ha afirmado', the press
    of Spain writes so), '”, se limitó'."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and (doc[i].dep_ in _AUX or (doc[i].lower_ in _CLITICS and i == verb.i - 1)):
        i -= 1
    return doc[i + 1]


def attribution_opens(verb: Token, subject: Span | None) -> int:
    """Where the attribution of a closing "..., VERB SUBJECT" opens: its subject, the verb's auxiliaries ("..., ha
    asegurado el secretario"), or the one told of a passive verb whose agent speaks ("..., AFP was told by ...")."""
    told = [c.left_edge.idx for c in verb.children if c.dep_ in {"nsubjpass", "nsubj:pass"} and c.i < verb.i]
    return min([verb_group_start(verb).idx, *told] + ([subject.start] if subject is not None else []))


def _attribution_position(verb: Token) -> bool:
    """The verb follows what it attributes: after a comma, a closing quote or a dash ('”, detalló el funcionario')."""
    doc = verb.doc
    if verb.dep_ == "xcomp" and "VerbForm=Inf" in str(verb.morph) and 0 < verb.i - verb.head.i <= 2:
        return _attribution_position(verb.head)  # '”, se limitó a señalar la dependencia': the verb it completes
    i = verb_group_start(verb).i - 1
    prev = doc[i] if i >= sentence_of(verb).start else None
    return prev is not None and (prev.text in {",", "”", "»", '"', "—", "―", "-", "–"} or prev.text.endswith(","))


def _inverted_subject(verb: Token, quotes: list[Span]) -> Span | None:
    """The noun phrase after a verb that is its subject: 'said the researcher', 'declaró el canciller Marcelo Ebrard'."""
    doc = verb.doc
    nxt = past_the_one_told(verb)
    # a surname opening with its particle is a name too ("declaró De la Fuente", "dijo Del Mazo")
    named = nxt < len(doc) and doc[nxt].ent_iob_ == "B" and doc[nxt].ent_type_ in {"PER", "PERSON"}
    if nxt < len(doc) and doc[nxt].pos_ == "ADP" and not named and _attribution_position(verb):
        return _titled_name_after(verb)  # '“...,” said Under Secretary for Terrorism ... John K. Hurley'
    if nxt >= len(doc) or (doc[nxt].pos_ not in {"DET", "PROPN", "NOUN", "PRON"} and not named) or \
            inside(doc[nxt].idx, quotes):
        return None
    j = nxt
    while j < len(doc) and doc[j].lower_ not in {"que", "that"} and (  # "Respondió Trevilla| que ..."
            doc[j].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "PRON"}
            or (doc[j].pos_ == "ADP" and doc[j].lower_ in {"of", "de", "del"})):
        j += 1
    # the word the parse hangs on the verb heads the phrase, a nominalized adjective too ("subrayó la comisionada
    # estatal de búsqueda, X": "estatal" is the subject, "búsqueda" only its modifier), else the noun the verb governs
    # over a title the parse made its modifier ("ha explicado el coronel jefe de la Zona, X": "jefe", not "coronel")
    phrase = doc[nxt:j]
    head = next((t for t in phrase if t.head.i == verb.i and t.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}), None) or \
        next((t for t in phrase if t.head.i == verb.i and t.pos_ in {"NOUN", "PROPN", "PRON"}), None) or \
        next((t for t in phrase if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    if head is None or fold(head.text) in time_words():
        return None  # "«...», dijo el miércoles en su conferencia": when it was said, not who said it
    # (a verb the model made a name's first word has that name as its "flat" part: "Insistió Navarro en que")
    if head.dep_ not in {"nsubj", "nsubjpass", "nsubj:pass"} and not _attribution_position(verb) and \
            head.dep_ != "flat" and not _speaker_after_opening_verb(verb, head):
        return None  # "defendió la reforma": an object, not a subject after its verb
    # the phrase must hang on the verb itself ("saying Washington has ..." is the clause's
    # subject) and not be its object ("told reporters", "detalló la estrategia")
    past_told = nxt > verb.i + 1  # (after the one told, the parse's object is who told it: "told Reuters a spokeswoman")
    if (head.head.i != verb.i and not verb.i < head.head.i < nxt) or \
            (head.dep_ in {"dobj", "iobj", "dative"} and not past_told) or \
            (head.dep_ == "obj" and doc.lang_ != "es"):
        return None
    end = token_end(doc[j - 1])
    # "expuso el titular de Marina, Rafael Ojeda," : include the apposition
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].pos_ == "PROPN":
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "PROPN":
            k += 1
        end = token_end(doc[k - 1])
    return Span(doc[nxt].idx, end)


_TITLE_LINKS = frozenset({"for", "of", "and", "the", "on", "de", "del", "y", "la", "el", "para"})


def _titled_name_after(verb: Token) -> Span | None:
    """A title in capitals the parse read as a preposition's phrase, then a name, right after a closing verb
    ('said Under Secretary for Terrorism and Financial Intelligence John K. Hurley'): the title and the name."""
    doc = verb.doc
    end = sentence_of(verb).end
    for j in range(verb.i + 1, min(end, verb.i + 14)):
        tok = doc[j]
        if tok.ent_type_ in {"PER", "PERSON"} and tok.ent_iob_ == "B" and j > verb.i + 1:
            last = j
            while last + 1 < end and doc[last + 1].ent_iob_ == "I":
                last += 1
            return Span(doc[verb.i + 1].idx, token_end(doc[last]))
        if not (tok.text[:1].isupper() or tok.lower_ in _TITLE_LINKS):
            return None
    return None


def _speaker_after_opening_verb(verb: Token, head: Token) -> bool:
    """'Apuntó el senador X, coordinador del PAN, que ...': a Spanish verb opening its sentence, then an office the
    parse calls its object; the office speaks (a thing told, "Anunció la estrategia", is no office)."""
    return verb.doc.lang_ == "es" and head.dep_ in {"obj", "dobj"} and opens_sentence(verb) and \
        fold(head.text) in speaker_nouns()


def past_the_one_told(verb: Token, *, framed: bool = False) -> int:
    """Where the words after a verb of attribution start, past the one told ("dijo a Reuters un funcionario",
    "declaró a este medio el alcalde", "según dijo a EFE una fuente"): the subject comes after them.
    ``framed``: the verb follows a frame ("según"), not a comma."""
    doc = verb.doc
    nxt = verb.i + 1
    if doc.lang_ == "en" and nxt < len(doc) and verb.lower_ == "told" and _attribution_position(verb):
        return outlet_then_name(doc, nxt, sentence_of(verb).end)  # '"...," told Reuters a spokeswoman, X'
    if nxt >= len(doc) or doc[nxt].lower_ not in {"a", "al"} or not (framed or _attribution_position(verb)):
        return nxt
    j = nxt + 1 + (doc[nxt + 1].pos_ == "DET" if nxt + 2 < len(doc) and doc[nxt + 2].pos_ == "PROPN" else 0)
    if j < len(doc) and doc[j].pos_ == "PROPN":
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        opened = nxt + 1 + (doc[nxt + 1].pos_ == "DET")
        named = outlet_then_name(doc, opened, j)
        if named > opened:
            return named  # "dijo a la AFP |Lucía Díaz": the outlet told, then its speaker
    elif j + 1 < len(doc) and doc[j].pos_ == "DET" and doc[j + 1].pos_ == "NOUN":
        j += 2
    else:
        return nxt
    plural = any("Plur" in t.morph.get("Number", []) for t in [verb, *(c for c in verb.children if c.dep_ == "aux")])
    if j < len(doc) and doc[j].pos_ == "NOUN" and "Plur" in doc[j].morph.get("Number", []) and plural:
        # a bare plural agreeing with the verb: "revelaron a MILENIO funcionarios del Gabinete", "han informado a
        # Europa Press fuentes de la investigación" (the number on the auxiliary)
        return j
    return j if j < len(doc) and doc[j].pos_ == "DET" else nxt


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
        if prev.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} and any(ch.isalnum() for ch in prev.text):
            j -= 1  # (not a dialogue dash the parse tags as a name: "... encuentre —dice mientras revisa el mapa")
        elif prev.text == ")" and "(" in [t.text for t in doc[max(start, j - 6):j - 1]]:
            j = max(t.i for t in doc[max(start, j - 6):j - 1] if t.text == "(")
        elif prev.pos_ == "ADP" and prev.lower_ in {"of", "for", "de", "del"} and j - 2 >= start and \
                doc[j - 2].pos_ in {"PROPN", "NOUN", "DET"} and doc[j].pos_ in {"PROPN", "DET"}:
            j -= 1
        else:
            break
    if j - 2 >= start and doc[j - 1].lower_ in {"de", "del", "of"} and doc[j - 2].pos_ == "VERB":
        return None  # "que no está autorizado para hablar del |tema| aseguró": a verb's complement, no subject
    if j < verb.i and any(tok.pos_ in {"PROPN", "NOUN"} for tok in doc[j:verb.i]) and \
            not any(t.dep_ in {"obj", "dobj"} and t.head.pos_ == "VERB" and t.head.i < j for t in doc[j:verb.i]):
        # (not the object of a verb before it: "justificó los envíos alegando que ...")
        return Span(doc[j].idx, token_end(doc[verb.i - 1]))
    return _apposed_name_before(verb, start)


def _apposed_name_before(verb: Token, start: int) -> Span | None:
    """A title and the name set off by commas right before the verb, which the parser hung on an earlier
    phrase: "En entrevista con Milenio, el alcalde de Culiacán, Juan Pérez Gámez, reconoció que"."""
    doc = verb.doc
    k = verb.i - 1
    if k <= start or doc[k].text != ",":
        return None
    j = k
    while j > start and (_name_word(doc[j - 1]) or (doc[j - 1].lower_ in {"de", "del", "la"} and j < k)):
        j -= 1
    if j == k or not _name_word(doc[j]) or j - 1 <= start or doc[j - 1].text != ",":
        return None
    title = j - 1
    while title > start and doc[title - 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET", "ADP"} and doc[title - 1].text != ",":
        title -= 1
    return Span(doc[title].idx if title < j - 1 else doc[j].idx, token_end(doc[k - 1]))


def _name_word(tok: Token) -> bool:
    """A word of a name: a proper noun, or a capitalized word the tagger took for another part of speech ("Raymundo"
    tagged as an interjection before "Pedro Morales")."""
    return tok.pos_ == "PROPN" or (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in {"INTJ", "X", "NOUN", "ADJ"})


# Prepositions that open who was spoken to or where, never part of a speaker's name or title:
# "advirtió la titular de Interior a los senadores", "said the minister to reporters".
# ("en"/"in" stay: "el embajador en México" is a title.)
_AUDIENCE_CASES = frozenset({"a", "al", "ante", "durante", "tras", "con", "to", "at", "before", "during", "with"})


def _before_audience(head: Token, last: Token) -> Token:
    """The last word of an inverted subject, cut before a phrase naming its audience or occasion.

    An apposition after it keeps the whole ("dijo el embajador ante la OEA, Ken Salazar"): the
    name is what the speaker resolves by.
    """
    doc = head.doc
    for tok in doc[head.i + 1:last.i + 1]:
        if tok.lower_ in _AUDIENCE_CASES and tok.dep_ == "case" and tok.head.head.i == head.i:
            if any(t.text == "," for t in doc[tok.i:last.i + 1]):
                return last
            return doc[tok.i - 1]
    return last


_RELATIVES = frozenset({"who", "quien", "quienes", "que", "which"})


def _named_antecedent(pronoun: Token) -> Span | None:
    """The name right before a relative pronoun: "Tomás Hirsch, quien ...", "Senator John Cornyn, who ..."."""
    doc = pronoun.doc
    j = pronoun.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    end = j
    while j >= 0 and doc[j].pos_ == "PROPN":
        j -= 1
    return Span(doc[j + 1].idx, token_end(doc[end])) if end - j >= 2 else None


def _shared_relative_subject(verb: Token) -> Span | None:
    """The second verb of a relative clause shares its pronoun: "X, quien tomó distancia y anticipó que ...".

    The parser often hangs that second verb on the clause's antecedent, and the subject found
    above it is then the main clause's. A relative pronoun subject earlier in the sentence
    whose verb is joined to this one by "y"/"and" names the speaker.
    """
    doc = verb.doc
    start = sentence_of(verb).start
    pronouns = [t for t in doc[start:verb.i] if t.lower_ in {"who", "quien", "quienes"} and t.dep_.startswith("nsubj")]
    if not pronouns:
        return None
    pronoun = pronouns[-1]
    between = doc[pronoun.head.i + 1:verb.i]
    if pronoun.head.i >= verb.i or not any(t.lower_ in {"y", "and", "e"} for t in between) or \
            any(t.text in {";", ":"} or t.dep_.startswith("nsubj") for t in between):
        return None
    return _named_antecedent(pronoun)


def _after_participle_clause(verb: Token, first: Token, left: int) -> int:
    """Where a subject starts after a participle clause the parser took into it: "Consultado por este medio,
    un exagente de la DEA afirmó", "Asked about the flights, the minister said" (the subject follows the comma)."""
    if not opens_participle_clause(first):
        return left
    commas = [t for t in verb.doc[first.i:verb.i] if t.text == ","]
    return token_end(commas[-1]) + 1 if commas and commas[-1].i + 1 < verb.i else left


def subject_span(verb: Token, quotes: list[Span]) -> Span | None:
    """Span of the verb's subject: the one whose words it reports ("quoted X as saying": X), none when a participle
    clause stands alone before it (not even a name that ends the clause: "Interrogada sobre las declaraciones del
    embajador X, respondió"), a name the parse set beside the clause said (``unclosed_apposition``), else its own
    subject (``_subject_span``)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"} and participle_clause_only(verb, c) for c in verb.children):
        return None
    topic = _inverted_subject(verb, quotes) if topic_before_quote(verb, quotes) else None  # "Topic: “...,” says mayor"
    return topic or quoted_as_subject(verb) or passive_agent(verb) or unclosed_apposition(verb) or \
        titled_name_in_clause(verb) or _subject_span(verb, quotes)


def _subject_span(verb: Token, quotes: list[Span]) -> Span | None:
    """Span of the verb's subject, in this order of evidence:

    1. its nsubj subtree (the one nearest the verb; an inverted one after it);
    2. a noun phrase after it that hangs on it ("said the researcher");
    3. a noun phrase right before it that the parser left unattached;
    4. the subject of the verb it depends on ("..., saying", "y agregó").
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}
                and not inside(c.idx, quotes) and not (c.pos_ == "ADJ" and c.i > verb.i and c.i - 1 != verb.i)
                and any(ch.isalnum() for ch in c.text) and not dateline_misread(c, verb)]
    if any(inverted_in_aside(verb, c) for c in verb.children):  # "La investigación, ha precisado la Policía, ...":
        subjects = [c for c in subjects if c.i > verb.i]  # the aside's speaker, not the sentence's subject
    # (not an adjective the parser hung on the verb after a circumstance: "respondió a pregunta expresa"; not a
    # dialogue dash the Spanish parse tags as a name: "—Vamos a recuperar cada camino —dijo el gobernador—.")
    subjects.sort(key=lambda c: abs(c.i - verb.i))
    for child in subjects[:1]:
        if child.lower_ in _RELATIVES and verb.dep_ in {"relcl", "acl"}:
            named = _named_antecedent(child)
            if named is not None:
                return named
            head = verb.head
            if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i:
                # "Marisela Gómez, a shop owner in Culiacán who asked": the name the description is set beside
                name = name_tokens(head.head)
                return Span(name[0].idx, token_end(name[-1]))
            return Span(head.left_edge.idx, token_end(head))
        left = child.left_edge.idx
        right_tok = child.right_edge
        while right_tok.is_punct and right_tok.i > child.i:
            right_tok = verb.doc[right_tok.i - 1]  # "The lawsuit, which was filed ...," ends at its last word
        if child.i > verb.i:  # inverted subject: "said Francisco Garduno, chief of ..."
            said = next((t for t in verb.doc[child.i + 1:right_tok.i + 1] if misread_complement(verb, t)), None)
            right_tok = verb.doc[said.i - 1] if said is not None else right_tok  # "Advirtió la funcionaria| que ..."
            return Span(max(left, token_end(verb)), token_end(_before_audience(child, right_tok)))
        left = _after_participle_clause(verb, child.left_edge, left)
        # an apposition ends at the verb
        end = min(token_end(right_tok), verb.idx)
        if end > left:
            return Span(left, end)
    inverted = _inverted_subject(verb, quotes) or frame_document(verb)  # (or "As alleged in the indictment, ...")
    if inverted is not None:
        return inverted
    # a noun phrase right before the verb the parser did not attach: "el primer ministro Mark Carney reconoció",
    # "..., U.S. Attorney Ann Ross told reporters"
    before = _phrase_before(verb, quotes) or subject_before_clitic(verb) or name_opened_by_particle(verb)
    # (or "La activista X lo explicó así:", "De la Fuente, por su parte, puntualizó")
    if before is not None:
        return before
    shared = _shared_relative_subject(verb) if verb.dep_ == "conj" else None
    if shared is not None:
        return shared
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < verb.i:
        # "Un exfuncionario de la DEA con quien conversé lo resumió así:": a sentence the parse rooted on its subject
        return Span(verb.head.left_edge.idx, token_end(verb.doc[verb.left_edge.i - 1]))
    if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp", "acl"} and verb.head is not verb and verb.head.i < verb.i:
        # "X said the focus would be ..., adding that": the speech verb above speaks, not the clause it reports
        governor = next((a for a in verb.ancestors if a.i < verb.i and is_speech_verb(a)), verb.head)
        return subject_span(governor, quotes)
    return None
