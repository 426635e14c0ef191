"""Transcripts: paragraphs that open with a speaker label ("SECRETARY RUBIO: ...", "PREGUNTA: ...").

A government's "versión estenográfica", a press briefing, a hearing or a Q&A interview gives each turn of speech a
label: a name or a title and name in capitals ("PRESIDENTA CLAUDIA SHEINBAUM PARDO:", "SECRETARIA DE GOBERNACIÓN, ROSA
ICELA RODRÍGUEZ:", "MS. LEAVITT:"), a reporter's role ("INTERLOCUTOR:", "Q:", the White House's bare "Q ") or an
answer ("A:"). A turn runs from its label to the next label, over paragraphs that carry none, and stops at a stage
direction ("(Aplausos)", "END 1:42 P.M. EDT", "—o0o—") or a credit ("Foto: Cuartoscuro"). A label in a name's case
("Milgram:") is one only where the text writes that name after a given name. A text is a transcript when at least two
paragraphs carry a label and one label comes back: a single "NOTA:" or "UPDATE:" line is not. A story that quotes an
exchange in labelled paragraphs far below its headline is no transcript as a whole: each turn is its own paragraph,
and the narration after it is the writer's.

Hand-written: labelled turns are a layout convention of transcripts, which no parser or entity
model reads (the model takes "CLAUDIA" or "INTERLOCUTOR" in a label for an organization).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import dropwhile

from pesquisa.label_shapes import initials_like, name_label, named_again, question_line
from pesquisa.lexicon import fold, load_lexicon, read_data, speech_forms
from pesquisa.records import Mention, Span

_UPPER = r"A-ZÁÉÍÓÚÜÑ"
# a label in capitals: up to twelve words of capitals, with dots, commas, hyphens and apostrophes
_NAMED = re.compile(rf"[{_UPPER}][{_UPPER}.'’\-]*(?:,?[ \t]+[{_UPPER}][{_UPPER}.'’\-]*){{0,11}}")
# a role label in any case ("Q:", "Pregunta:", "Respuesta.-"), or the White House's bare "Q " before a capital
_ROLE = re.compile(r"(\w+(?:[ \t]\w+)?)[ \t]*(?::|\.-|\.(?=[ \t]+[¿¡\"“A-ZÁÉÍÓÚ]))|(Q)[ \t]+(?=[¿¡\"“A-ZÁÉÍÓÚ])")
# a transcript opens with its labels within its first paragraphs (a title, a place and date, a room)
OPENING_PARAGRAPHS = 6
_CONNECTORS = {"of", "de", "del", "the", "la", "el"}
_PARTICLES = {"de", "del", "la", "las", "los", "y", "of"}
# the Congressional Record's labels: an honorific and a surname in capitals, a full stop ("Mr. CORNYN.",
# "Ms. SMITH of Texas.")
_RECORD = re.compile(rf"((?:Mr|Mrs|Ms|Miss)\.[ \t]+[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+)?)"
                     r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?\.[ \t]+(?=[A-Z¿\"“])")
# a stage direction in brackets inside a turn ("(PROYECCIÓN DE VIDEO)", "[inaudible]"): the turn goes on after it
# a label's words wholly in quotation marks: a headline quoting its speaker ("Rubén Rocha: “No hay pacto con nadie”"),
# which a transcript's turns never are
_QUOTED_WHOLE = re.compile(r"\s*[“\"«][^”\"»\n]+[”\"»]\s*$")
# a lawmaker's party and state after the name in a hearing's label ("REP. LOU CORREA (D-Calif.):"), no part of the name
_AFFILIATION = re.compile(r"[ \t]*\((?:[RDI]|R\.|D\.|I\.)[ \t]*-[ \t]*[A-Z][A-Za-z. ]{1,20}\)")
# a radio or TV transcript's first label: a name in a name's case and the initials its later turns go by
# ("Ciro Gómez Leyva (CGL): ...", then "CGL: ...")
_INITIALED = re.compile(rf"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+(?:[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+){{1,4}}"
                        rf"[ \t]*\(([{_UPPER}]{{2,5}})\)(?=[ \t]*:)")
_ASIDE = re.compile(r"^\s*[(\[][^)\]\n]*[)\]]\s*$")
_STAGE = re.compile(rf"^\s*(?:\w+(?:[ \t]\w+)?[ \t]*:.*|[(\[].*[)\]]|[-—–_=*o0\s]+|END\b.*|FIN\b.*|[{_UPPER}\d\s.:,'’-]+)\s*$")


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled turn of a transcript: who speaks by the label, and the words said."""

    label: Span  # the label without its colon
    body: Span  # the words of the turn (one or more paragraphs)
    role: str  # "named" | "question" | "answer"
    name: Span | None  # within the label: the name, titles and honorifics left out ("CLAUDIA SHEINBAUM PARDO")


@cache
def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded question labels, answer labels, and words of titles and honorifics (``data/speech.yaml``)."""
    spec = load_lexicon().speech["transcript"]
    title_words = {w for head in load_lexicon().title_heads() for w in fold(head).split()}
    return (frozenset(fold(w) for w in spec["questions"]), frozenset(fold(w) for w in spec["answers"]),
            frozenset(title_words | {fold(w) for w in spec["honorifics"]}))


@cache
def _closing() -> re.Pattern[str]:
    """An aside that closes the event ("(The briefing was concluded at 2:58 p.m.)", "(Termina)"; ``data/speech.yaml``)."""
    return re.compile(load_lexicon().speech["transcript"]["closing"], re.I)


@cache
def _page_labels() -> frozenset[str]:
    """Folded page labels that open no turn ("FOTO:", "LEA TAMBIÉN:")."""
    return frozenset(fold(w) for w in load_lexicon().speech["transcript"]["page_labels"])


def _label_of(para: str, text: str) -> tuple[int, int, str] | None:
    """(end of the label, start of the words after it, role) when the paragraph opens with a label."""
    questions, answers, _ = _tables()
    role = _ROLE.match(para)
    if role is not None:
        word = fold(role.group(1) or role.group(2))
        kind = "question" if word in questions else "answer" if word in answers else None
        if kind is not None:
            end = role.end(1) if role.group(1) else role.end(2)
            return end, role.end(), kind
    record = _RECORD.match(para)
    if record is not None:  # the Congressional Record's "Mr. CORNYN. Mr. President, ..."
        return record.end(1), record.end(), "named"
    initialed = _INITIALED.match(para)
    if initialed is not None:  # "Ciro Gómez Leyva (CGL): ...", whose later turns the initials label
        return initialed.end(), initialed.end() + 1, "named"
    named = _NAMED.match(para)
    party = _AFFILIATION.match(para, named.end()) if named is not None else None
    colon_at = party.end() if party is not None else named.end() if named is not None else 0
    if named is None or not re.match(r"[ \t]*:", para[colon_at:]):
        surname = name_label(para)  # (one the page tells is a label, below)
        label = surname.group(1) if surname is not None else ""
        asks = bool(label) and _interviewer(label, text)  # "Infobae: ¿...?" after "habló con Infobae"
        if surname is None or not (asks or _written_as_name(label, text) or _alone_again(para, label, text)):
            return None  # "Foto: Cuartoscuro", "Fuente: INEGI" are credits, not turns
        return surname.end(1), surname.end(), "question" if asks else "named"
    words = fold(named.group()).split()
    if not words or not any(len(w) > 1 for w in words) or " ".join(words) in _page_labels():
        return None  # "FOTO: CUARTOSCURO"
    after = colon_at + para[colon_at:].index(":") + 1
    kind = "question" if " ".join(words) in questions or _interviewer(named.group(), text) else "named"
    return named.end(), after, kind


def _interviewer(label: str, text: str) -> bool:
    """The label is the outlet the introduction says the interviewee spoke with, in capitals ("sat down with KGUN 9 ...
    KGUN: ...?") or known to the lexicon ("habló con Infobae"): it asks, no one named (not "with Sheinbaum", "SHEINBAUM:")."""
    return (label.isupper() or load_lexicon().org_key(label) is not None) and \
        re.search(rf"\b(?:[Ww]ith|con)[ \t]+(?:the[ \t]+)?{re.escape(label)}\b", text) is not None  # (or "con Infobae")


def _alone_again(para: str, label: str, text: str) -> bool:
    """A name of two or three words alone with its colon on its line, and so again elsewhere, or inline turns' name
    (``named_again``): a broadcast transcript's label ("Amna Nawaz:"), not a credit ("Foto: Cuartoscuro")."""
    lines = re.findall(rf"(?m)^[ \t]*{re.escape(label)}[ \t]*:[ \t]*$", text)
    return fold(label) not in _page_labels() and (
        (para.strip() == label + ":" and 2 <= len(label.split()) <= 3 and len(lines) >= 2) or named_again(label, text))


def _written_as_name(label: str, text: str) -> bool:
    """The text writes a label in a name's case as part of a longer name: after a given name ("Mark Milgram" for
    "Milgram:"), or, a label of two words, before a further surname ("Esteban Moctezuma Barragán" for "Esteban
    Moctezuma:")."""
    name = re.escape(label)
    if re.search(rf"[A-ZÁÉÍÓÚÑ]\w+[ \t]+{name}\b", text):
        return True
    return len(label.split()) >= 2 and re.search(rf"\b{name}[ \t]+[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+", text) is not None


def _name_in(label: str) -> tuple[int, int] | None:
    """Where the name stands in a named label: in its stretch between commas (``_name_part``), past the leading
    titles and honorifics ("GENERAL RICARDO TREVILLA TREJO"); a label of titles alone ("THE PRESIDENT") is all title;
    not the initials after a name ("Ciro Gómez Leyva (CGL)")."""
    label = re.sub(rf"[ \t]*\([{_UPPER}]{{2,5}}\)$", "", label)
    start, end = _name_part(label)
    words = list(re.finditer(r"[^\s,]+", label[start:end]))
    if not words:
        return None
    if is_title_only(label[start:end]):
        return start + words[0].start(), start + words[-1].end()
    _, _, titles = _tables()
    while len(words) > 1 and (fold(words[0].group()) in titles or _agency_word(words[0].group()) or (
            fold(words[0].group()) in _CONNECTORS and fold(words[1].group()) in titles)):
        words = words[1:]  # "SECRETARY OF STATE MARCO RUBIO"; not the "DE" of "SECRETARY DE LA FUENTE"
    return start + words[0].start(), start + words[-1].end()


def _name_part(label: str) -> tuple[int, int]:
    """The stretch of a label between commas that holds the name: the one before the first stretch that opens with a
    title ("PETE FLORES, ACTING CBP COMMISSIONER", "ANA RUIZ, FISCAL DE SONORA"), else the one after the last comma."""
    cuts = [-1] + [i for i, ch in enumerate(label) if ch == ","] + [len(label)]
    _, _, titles = _tables()

    def a_title(start: int, end: int) -> bool:  # titles alone, or a title of a body ("PRESIDENTA DE LA COMISIÓN")
        words = label[start:end].split()
        rest = list(dropwhile(lambda w: (fold(w) in titles and fold(w) not in _CONNECTORS) or _agency_word(w), words))
        return len(rest) < len(words) and (not rest or fold(rest[0]) in _CONNECTORS)

    for i in range(1, len(cuts) - 1):  # (not "SECRETARIO DE LA DEFENSA, GENERAL X": a titled name after the comma)
        if a_title(cuts[i] + 1, cuts[i + 1]) and label[cuts[i - 1] + 1:cuts[i]].strip() and \
                not a_title(cuts[i - 1] + 1, cuts[i]):
            return cuts[i - 1] + 1, cuts[i]
    return cuts[-2] + 1, len(label)


def _agency_word(word: str) -> bool:
    """The word is an agency's acronym the lexicon knows, before a title in a hearing's label ("CBP ACTING
    COMMISSIONER PETE FLORES", "DEA ADMINISTRATOR ..."): the body the speaker serves, no part of the name."""
    return len(word) <= 5 and word.isupper() and load_lexicon().org_key(word) is not None


@cache
def _body_words() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("names.yaml")["org_words"])


def body_label(text: str, span: Span) -> bool:
    """A label that names a body, no person: an outlet the lexicon knows ("Texas Tribune:"), a name with an
    organization word ("Valley Herald:", "Noticias del Norte:"), or one the text writes after "The" ("The Border
    Ledger spoke with him")."""
    name = text[span.start:span.end]
    return load_lexicon().org_key(name) is not None or any(w in _body_words() for w in fold(name).split()) or \
        re.search(rf"\bThe[ \xa0]+{re.escape(name)}\b", text) is not None


def is_title_only(name: str) -> bool:
    """The words are titles and honorifics alone, no name ("THE PRESIDENT", "LA PRESIDENTA", "RANKING MEMBER")."""
    _, _, titles = _tables()
    words = fold(name).split()
    return bool(words) and all(w in titles or w in _CONNECTORS for w in words)


def transcript_turns(text: str) -> list[Turn]:
    """The labelled turns of a transcript, in text order; none when the text is no transcript."""
    found: list[tuple[int, int, int, str, Span | None]] = []  # para start, label end, body start, role, name
    paras: list[tuple[int, int]] = []
    at = 0
    for para in text.split("\n\n"):
        paras.append((at, at + len(para)))
        lead = len(para) - len(para.lstrip(" \t\n*"))  # (a label set in bold as a page saves it: "**Kessler:** ...")
        label = _label_of(para[lead:], text)
        if label is not None and not _QUOTED_WHOLE.match(para[lead + label[1]:]):  # not 'Rocha: “No hay pacto”'
            end, after, role = label
            after += len(para[lead + after:]) - len(para[lead + after:].lstrip("*"))
            name = _name_in(para[lead:lead + end]) if role == "named" else None
            found.append((at + lead, at + lead + end, at + lead + after, role,
                          Span(at + lead + name[0], at + lead + name[1]) if name else None))
        at += len(para) + 2
    found = _asking_initials(text, found)
    # one speaker under a long label and a short one ("OLGA SOSA RUIZ, PRESIDENTA ...:", "SOSA RUIZ:"): by surname
    labels = Counter((fold(text[f[4].start:f[4].end]).split() or [""])[-1] if f[4] else fold(text[f[0]:f[1]]) for f in found)
    # (a headline with a kicker printed twice, "CNN EXCLUSIVA: ..." over itself, is no dialogue: two paragraphs at least)
    if len(found) < 2 or max(labels.values()) < 2 or len({text[f[0]:text.find("\n\n", f[0])] for f in found}) < 2:
        return bold_question_turns(text, paras)
    # (a Q&A interview answers over several paragraphs however long its introduction)
    whole = sum(s < found[0][0] for s, _e in paras) < OPENING_PARAGRAPHS or any(f[3] == "answer" for f in found)
    return [turn for i in range(len(found)) for turn in _turn(text, paras, found, i, whole=whole)]


def bold_question_turns(text: str, paras: list[tuple[int, int]]) -> list[Turn]:
    """The turns of an interview that sets its questions alone on their paragraphs, in bold or plainly, with no label
    (``question_line``), and prints the answers plainly under each ("**¿Por qué no denuncian?**" / "Porque no
    confían en las fiscalías."): each question the interviewer's, the paragraphs under it the interviewee's
    answer, up to a note or the story's narration; none with fewer than two such questions, or in a text that says
    nothing of an interview (``interview_cues``; for plain questions, nothing before the first)."""
    asked = [k for k, (s, e) in enumerate(paras) if question_line(text[s:e])]
    cues = load_lexicon().speech["transcript"]["interview_cues"]
    # (plain questions: the introduction before them says it is an interview, not only a line of the body)
    told = fold(text[:paras[asked[0]][0]] if asked and not text[paras[asked[0]][0]:].lstrip().startswith("*") else text)
    if len(asked) < 2 or not any(c in told for c in map(fold, cues)):
        return []  # (an explainer's bold headings: "**¿Quién es El Mencho?**" over the writer's paragraphs)
    turns = []
    for n, k in enumerate(asked):
        start, end = paras[k]
        body = question_line(text[start:end])
        assert body is not None
        opening = start + body[0] + _opening(text[start + body[0]:start + body[1]])
        turns.append(Turn(Span(start, start), Span(opening, start + body[1]), "question", None))
        stop = asked[n + 1] if n + 1 < len(asked) else len(paras)
        answer: list[tuple[int, int]] = []
        for s, e in paras[k + 1:stop]:
            if (_STAGE.match(text[s:e]) and not _opening(text[s:e])) or not text[s:e].strip() or \
                    _closing_note(text[s:e]) or (stop == len(paras) and answer and _narrated(text[s:e])):
                break
            answer.append((s, e))
        if answer:
            opening = answer[0][0] + _opening(text[answer[0][0]:answer[0][1]])
            turns.append(Turn(Span(answer[0][0], answer[0][0]), Span(opening, answer[-1][1]), "answer", None))
    return turns


def _opening(para: str) -> int:
    """How far a turn's words start into ``para``: past a dialogue dash or a role label ("—Es enorme.", "Respuesta:
    Que cruce ...", "Pregunta: ¿...?"); 0 when nothing leads them."""
    questions, answers, _ = _tables()
    role = _ROLE.match(para)
    if role is not None and fold(role.group(1) or role.group(2) or "") in questions | answers:
        return role.end() + len(para[role.end():]) - len(para[role.end():].lstrip())
    dash = re.match(r"[ \t]*[—―–-][ \t]*", para)
    return dash.end() if dash else 0


def _asking_initials(text: str, found: list) -> list:
    """``found`` with the turns of an outlet's initials that only ask ("SJJ: Why did you ...?" over every one of its
    paragraphs) read as questions: the interviewer, no one named (not "AMLO:", whose turns answer)."""
    asks: dict[str, bool] = {}
    for start, label_end, body_start, _role, _name in found:
        label = initials_of(text[start:label_end])
        end = text.find("\n\n", body_start)
        asked = text[body_start:end if end != -1 else len(text)].rstrip(" *").endswith("?")
        asks[label] = asks.get(label, True) and asked and initials_like(label, text)  # (not "KELLY:" of "Mary Louise Kelly")
    return [(s, e, b, "question", None) if asks[initials_of(text[s:e])] else (s, e, b, role, name)
            for s, e, b, role, name in found]


def initials_of(label: str) -> str:
    """The initials a label gives its speaker ("Ciro Gómez Leyva (CGL)" -> "CGL"), else the label as written."""
    initialed = _INITIALED.match(label.strip() + ":")
    return initialed.group(1) if initialed and initialed.end() == len(label.strip()) else label


def initialed_name(text: str, initials: str) -> str | None:
    """The name a transcript gives with ``initials`` at its first label ("Rubén Rocha Moya (RRM):" for "RRM"), else
    None."""
    found = next((m for m in _INITIALED.finditer(text) if m.group(1) == initials), None)
    return found.group()[:found.start(1) - found.start()].rstrip(" \t(") if found else None


def _turn(text: str, paras: list[tuple[int, int]], found: list, i: int, *, whole: bool) -> list[Turn]:
    """The turn of the ``i``-th label: its paragraph and the unlabelled ones after it, up to a stage direction,
    in pieces around the directions in brackets it holds ("(PROYECCIÓN DE VIDEO)"), each piece a Turn of the
    same label. Not ``whole`` (an exchange a story quotes, its labels far below the headline), a turn is its
    own paragraph, or the one under a label alone on its line: the story's narration resumes after it."""
    start, label_end, body_start, role, name = found[i]
    stop = found[i + 1][0] if i + 1 < len(found) else len(text)
    if i + 1 < len(found):  # the next label's paragraph ("**Kessler:**" in bold); after the last, the text's end
        stop = next((s for s, e in paras if s <= stop <= e), stop)
    end = next(e for s, e in paras if s <= start <= e)
    pieces: list[Turn] = []
    for s, e in paras:
        if end < s < stop:
            if _closing().match(text[s:e]):
                break  # "(The briefing was concluded at 2:58 p.m.)": the page's footer follows
            if whole and _ASIDE.match(text[s:e]):
                if text[body_start:end].strip():
                    pieces.append(Turn(Span(start, label_end), Span(body_start, end), role, name))
                body_start = end = e
                continue
            if _STAGE.match(text[s:e]) or not text[s:e].strip() or _closing_note(text[s:e]) or \
                    (i == len(found) - 1 and _narrated(text[s:e])):
                break  # (after the last turn, the story's narration: "Un funcionario ... dijo que ...", or its note)
            if not whole and text[body_start:end].strip():
                break
            end = e
    if text[body_start:end].strip() or not pieces:
        pieces.append(Turn(Span(start, label_end), Span(body_start, end), role, name))
    return pieces


def _closing_note(para: str) -> bool:
    """The paragraph is a note under an interview ("This interview has been condensed and edited.", "Con
    información de Agencias"), no words of its last turn."""
    return fold(para.strip()).startswith(tuple(fold(n) for n in load_lexicon().speech["transcript"]["closing_notes"]))


def _narrated(para: str) -> bool:
    """The paragraph reports someone's words in the third person ("..., dijo que las revisiones ...", "an official
    said"), as the narration of a story does and the words of a turn do not ("as I said")."""
    words = re.findall(r"\w+", para.lower())
    for before, word in zip(["", *words], words, strict=False):
        if word in speech_forms("es") and word.endswith(("ó", "aron", "ieron", "eron", "ijo", "uvo", "uso")):
            return True
        if word in speech_forms("en") and before not in {"i", "we", "you", "have", "had", "be", "been"}:
            return True
    return False


def label_name(label: str) -> str:
    """A name as a label writes it in capitals, in a name's case ("GARCÍA HARFUCH" -> "García Harfuch", "de la")."""
    return " ".join(w.lower() if fold(w) in _PARTICLES else w.capitalize() for w in label.split())


def label_mentions(text: str, turns: list[Turn], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the labels of ``turns`` read as names: nothing the model found in a label or a stage
    direction stays (no "INTERLOCUTOR", "CLAUDIA" or "PROYECCIÓN" organization), and a label's name of two
    words or more is a person."""
    asides = [Span(m.start(), m.end()) for m in re.finditer(r"(?m)^[ \t]*[(\[][^)\]\n]*[)\]][ \t]*$", text)] \
        if turns else []  # "(PROYECCIÓN DE VIDEO)" names no organization either
    kept = [m for m in mentions if not any(m.span.overlaps(t.label) for t in turns) and
            not any(m.span.overlaps(a) for a in asides)]
    # "EL UNIVERSAL:", "Texas Tribune:" (the body "The Texas Tribune"): the outlet that asks, no person
    bodies = {fold(n) for m in kept if m.type == "organization" for n in (m.text, m.name)}
    for turn in turns:
        if turn.name is not None and len(text[turn.name.start:turn.name.end].split()) >= 2 and \
                not is_title_only(text[turn.name.start:turn.name.end]) and \
                fold(text[turn.name.start:turn.name.end]) not in bodies and not body_label(text, turn.name):
            written = text[turn.name.start:turn.name.end]
            kept.append(Mention("person", written, turn.name, label_name(written), source="rule"))
    return kept


def transcript_lines(lines: list[str]) -> set[int]:
    """The lines of a transcript that are its turns (labels and the words of each, up to the last label's first
    paragraph of words), for cleaning to keep: a label printed again and again, or alone on its line, is no
    caption or page label, and a short question is no chrome."""
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 2
    text = "\n\n".join(lines)
    kept: set[int] = set()
    turns = transcript_turns(text)
    for i, turn in enumerate(turns):
        last = i == len(turns) - 1
        end = turn.body.end
        if last:  # below the last label only its words: the page's footer may follow
            # the line its words open on: the label's own line when they follow it there
            first = next((k for k, s in enumerate(starts) if s + len(lines[k]) > turn.body.start and lines[k].strip()),
                         None)
            end = starts[first] + len(lines[first]) if first is not None else turn.label.end
        kept |= {k for k, s in enumerate(starts) if turn.label.start <= s + len(lines[k]) and s < end}
    return kept
