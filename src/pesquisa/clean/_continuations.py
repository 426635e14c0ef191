"""Article text the model would drop: a full sentence after article text, after an inline teaser or a
block of teasers, or after one call to action set between two paragraphs (``keep_article_continuations``);
a few short sentences between two kept ones (``keep_sentences_between_paragraphs``)."""

from __future__ import annotations

import re

from pesquisa.clean._lists import is_list_item
from pesquisa.clean._page_context import TITLE_SHARED_WORDS, content_stems, content_words
from pesquisa.clean._signals import (
    cue_words,
    is_body_paragraph,
    is_credit,
    is_cta,
    is_cta_lead,
    is_date_only,
    is_disclaimer,
    is_headline_like,
    is_inline_slot,
    is_label,
    is_reading_path,
    is_source_note,
    is_terminal,
    matches_cue,
    reports_speech,
)
from pesquisa.clean._tail_start import SOURCE_NOTE_WORDS

RESUMED_WORDS = 10  # a sentence this long after article text (or an inline teaser) is the article going on
SENTENCE_WORDS = 6  # a line of this many words ending a sentence is text, when nothing else is
PROMO_HEADER_LINES = 2  # a promotion's header over its call is this many lines at most
PROMO_HEADER_WORDS = 3  # ... each this short
CLOSING_WORDS = 3  # ... and a sentence this short right after article text ("La investigación continúa.")
CUE_REASONS = {"caption", "call to action", "label", "date", "note"}  # verdicts of a cue, not of the model


def keep_article_continuations(lines: list[str], reasons: list[str | None], rows: list[dict[str, float]],
                                lang: str) -> None:
    """A full sentence right after article text is the article going on, also after an inline teaser
    ("LEE TAMBIÉN: <headline>") or a block of teasers ("Te puede interesar" and up to three headlines)
    that follows it: the short last paragraphs of wire copy ("The case was investigated by the DEA.")
    would otherwise read as the page's end, and Mexican portals set teaser blocks mid-article. After a
    block, not the summary of the teaser above it (they share ``TITLE_SHARED_WORDS`` content words). A subhead
    of ``SUBHEAD_WORDS`` words at most between two paragraphs ("Antecedentes", "What's next") stays with the
    paragraph under it. Past the page's tail call, only the sentences that follow article text resumed so."""
    resumed: set[int] = set()
    for i in range(2, len(lines)):
        line = lines[i]
        if reasons[i] is None or reasons[i] in CUE_REASONS or len(line.split()) < CLOSING_WORDS or \
                not is_terminal(line) or is_cta(line):
            continue
        after_cta, pitched = _after_a_call(lines, reasons, i, lang)
        if len(line.split()) < RESUMED_WORDS:
            # a short closing sentence right after article text ("El caso lo investigó la ATF."), or after such a call
            # past the ad slots set in the text ("Advertisement", "Article continues below this ad") and the inline
            # teasers ("RELATED: <headline>", "Lee también: <headline>")
            k = i - 1
            while k > 0 and reasons[k] and is_inline_slot(lines[k]):
                k -= 1
            # article text: a finished sentence, or a kept table's row ("2024 | 30,057 | 23") or list item ("- 12 fusiles")
            # under the story's figures
            after_text = reasons[k] is None and (is_terminal(lines[k]) or "|" in lines[k] or is_list_item(lines[k]))
            # after the call, only a sentence on the story's subject ("Con él suman tres alcaldes detenidos"), not
            # the publisher's pitch that goes on ("Get the latest news delivered to your inbox.")
            after_cta = after_cta and _on_topic(line, lines, reasons, i, lang)
            # the shortest ("He remains in custody.", "El caso sigue abierto.") only right after article text, and
            # only a statement: not a reader poll ("¿Te gustó la nota?")
            short = len(line.split()) < SENTENCE_WORDS
            if short and (is_label(line) or not line.rstrip(' "”’»').endswith(".")):
                continue
            if (after_text or (after_cta and not short)) and not is_credit(line):
                reasons[i] = None
            continue
        if after_cta and not pitched:
            reasons[i] = None
            resumed.add(i)  # (the story goes on under it: "El gobernador condenó el ataque ...")
            continue
        if _under_subhead_or_captions(lines, reasons, i):
            reasons[i] = None
            resumed.add(i)
            continue
        j, block = _before_teasers(lines, reasons, i)
        if block:
            if len(content_words(line, lang) & content_words(lines[i - 1], lang)) >= TITLE_SHARED_WORDS:
                continue
        elif rows[i]["below_tail_cta"] and i - 1 not in resumed:
            continue
        # article text: a paragraph, a kept table's row, or a short sentence closing a paragraph run ("No hubo detenidos.")
        run = j > 0 and is_terminal(lines[j]) and reasons[j - 1] is None and is_body_paragraph(lines[j - 1])
        if reasons[j] is None and (is_body_paragraph(lines[j]) or "|" in lines[j] or run):
            reasons[i] = None
            resumed.add(i)
            if block is None and not is_credit(lines[i - 1]):
                reasons[i - 1] = None  # the subhead between them (a credit goes)


def _after_a_call(lines: list[str], reasons: list[str | None], i: int, lang: str) -> tuple[bool, bool]:
    """Whether line ``i`` follows article text past one call to action set between two paragraphs ("Únete a nuestro
    canal de WhatsApp"), or a prompt and its pitch ("SUBSCRIBE NOW" / "Get breaking news alerts on your phone."), maybe
    under the promotion's header of short names ("Proceso" / "Semanario" / "Suscríbete a la revista"); and whether it
    is past a pitch without being a sentence on the story or one reporting speech."""
    line, k = lines[i], i - 1
    while k > max(i - 1 - CTA_BLOCK, 0) and reasons[k] and is_cta(lines[k]) and not is_reading_path(lines[k]) and \
            (len(lines[k].split()) <= PROMPT_WORDS or _calls(lines[k])):
        k -= 1
    h = k
    while k < i - 1 and h > max(k - PROMO_HEADER_LINES, 0) and reasons[h] and not is_terminal(lines[h]) and \
            len(lines[h].split()) <= PROMO_HEADER_WORDS:
        h -= 1
    # (past a call told in sentences, only a sentence on the story or reporting speech: not the promotion going on,
    # "We can't wait to see you at our festival.")
    called = k < i - 1 and (is_cta_lead(lines[k + 1]) or (_calls(lines[k + 1]) and (
        reports_speech(line, lang) or _on_topic(line, lines, reasons, i, lang))))
    after_cta = called and reasons[h] is None and is_body_paragraph(lines[h])
    return after_cta, h < i - 2 and not (reports_speech(line, lang) or _on_topic(line, lines, reasons, i, lang))


def _calls(line: str) -> bool:
    """A call to action told in a few short sentences (``CALL_WORDS`` words in all), the last one the call: "ESTAMOS
    EN WHATSAPP. Recibe las noticias más importantes del día. Da clic aquí y únete a nuestro canal.", "X is now on
    WhatsApp! Join our channel ..."; or in one longer sentence a call opens: "Sign up for The Brief, our daily
    newsletter that keeps readers up to speed on ..." (its opening words are the call)."""
    parts = _SENTENCE_END.split(line.strip())
    if len(parts) == 1 and len(line.split()) <= CALL_WORDS:
        return is_cta_lead(" ".join(line.split()[:PROMPT_WORDS]))
    # (the pitch before the call may run longer: "Get local news, weather and sports stories to your inbox. Sign up ...")
    return len(parts) <= CALL_SENTENCES and len(line.split()) <= CALL_WORDS and len(parts[-1].split()) <= PROMPT_WORDS and \
        is_cta_lead(parts[-1])


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
CALL_SENTENCES = 3  # a call to action set between paragraphs is told in this many sentences at most
CALL_WORDS = 30  # ... or in one sentence this long at most


def _under_subhead_or_captions(lines: list[str], reasons: list[str | None], i: int) -> bool:
    """Line ``i`` goes on with the article text above it past a subhead kept between them ("What Happens Next" / "CBP is
    expected to ...") or past an image's captions set between paragraphs ("Fuente de la imagen, Reuters" / "Pie de foto,
    Soldados revisan ..." / "Según cifras oficiales, ...")."""
    k = i - 1
    if reasons[k] is None and len(lines[k].split()) <= SUBHEAD_WORDS and _teaser_headline(lines[k]):
        k -= 1
    else:
        # (its credit alone on its line and the slots of a gallery's widget too: "Getty Images" / "Loading")
        while k > i - 1 - CAPTION_LINES and (reasons[k] == "caption" or (reasons[k] and (
                is_inline_slot(lines[k]) or (is_credit(lines[k]) and not is_terminal(lines[k]))))):
            k -= 1
    return i - 1 > k > 0 and reasons[k] is None and is_body_paragraph(lines[k]) and is_terminal(lines[k])


def _on_topic(line: str, lines: list[str], reasons: list[str | None], i: int, lang: str) -> bool:
    """The line shares ``TITLE_SHARED_WORDS`` content words with the article text kept above it: the story's subject;
    or it points back to the story's people in its first ``ANAPHORA_WORDS`` words ("If convicted, he faces ...",
    ``anaphora_words``) and speaks to no reader (``reader_words``)."""
    words = [w.casefold() for w in re.findall(r"\w+", line)]
    if set(words[:ANAPHORA_WORDS]) & cue_words("anaphora_words") and not set(words) & cue_words("reader_words"):
        return True
    told = " ".join(lines[k] for k in range(i - 1) if reasons[k] is None)
    return len(content_stems(line, lang) & content_stems(told, lang)) >= TITLE_SHARED_WORDS


ANAPHORA_WORDS = 4


def _before_teasers(lines: list[str], reasons: list[str | None], i: int) -> tuple[int, bool | None]:
    """The line before the dropped teasers above line ``i`` (inline slots, or a block: a short header and up to three
    headlines, each with its summary or not), and whether a block was among them (None: no teaser but a subhead, right
    above ``i``)."""
    j, titles = i - 1, 0
    # (an inline teaser closing the block under its headlines: "Te recomendamos" / <headline> / "Lee también: <headline>")
    # (not an embedded post's signature under the post: "— Port Director X (@handle) December 5, 2026")
    while j > i - 1 - SLOT_LINES and reasons[j] and is_inline_slot(lines[j]) and j > 1 and reasons[j - 1] and \
            is_headline_like(lines[j - 1]) and not is_terminal(lines[j - 1]) and not matches_cue("post_signature", lines[j]):
        j -= 1
    while j > 0 and titles < 3 and reasons[j]:
        if (is_terminal(lines[j]) or is_date_only(lines[j])) and j > 1 and reasons[j - 1] and _teaser_headline(lines[j - 1]):
            j -= 1  # a teaser's summary or date under its headline ("Atacan a policías en ..." / "Dos policías resultaron ...")
        elif _teaser_headline(lines[j]):
            j, titles = j - 1, titles + 1
        elif j > 1 and is_headline_like(lines[j]) and not is_terminal(lines[j]) and reasons[j - 1] and \
                _block_header(lines[j - 1]):
            j, titles = j - 1, titles + 1  # a headline opened by a name right under the header ("Sheinbaum: “No ...”")
        else:
            break
    block = titles > 0 and bool(reasons[j]) and _block_header(lines[j])
    if titles == 1 and not block and len(lines[i - 1].split()) <= SLOT_WORDS and reasons[i - 1] not in CUE_REASONS and \
            reasons[j] is None and is_body_paragraph(lines[j]):
        # a subhead ("Antecedentes", "What's next"), or a photo's credit set between the paragraphs ("Foto: Especial"),
        # no teaser: teasers' headlines are longer
        return j, None
    if titles and not block:
        return i - 1, False
    j -= 1 if block else 0
    while j > 0 and is_inline_slot(lines[j]) and reasons[j]:
        j -= 2 if matches_cue("post_signature", lines[j]) and j > 1 else 1  # a post's signature, and the post's text above it
    if block and j > 0 and reasons[j] and is_cta(lines[j]) and len(lines[j].split()) <= PROMPT_WORDS:
        j -= 1  # a prompt set over the block ("¡Mantente informado! Síguenos en ..." / "Te puede interesar")
    if not block and j < i - 1 and reasons[j] and is_reading_path(lines[j]) and len(lines[j].split()) <= SLOT_WORDS:
        return j - 1, True  # a header over labelled teasers: "Mira también:" over "Video relacionado: <headline>"
    if block and reasons[j] and is_headline_like(lines[j]) and not is_terminal(lines[j]):
        # a block stacked on another ("Te recomendamos" / <headline> / "Más de X" / <headline>): the line above both
        # ... or under a short label over it alone, the outlet's name ("MILENIO" / "Lo más visto" / <headline>)
        above, stacked = _before_teasers(lines, reasons, j + 1)
        if stacked or stacked is None:
            return above, True
    return j, block


def _block_header(line: str) -> bool:
    """A teaser block's short header: "Te puede interesar", "Read more", "También te puede interesar:"."""
    return (is_inline_slot(line) or is_cta(line)) and len(line.split()) <= SLOT_WORDS


def _teaser_headline(line: str) -> bool:
    return not is_terminal(line) and is_headline_like(line) and not (is_cta(line) or is_inline_slot(line))


CTA_BLOCK = 2  # calls to action in a row set between two paragraphs: a prompt and its pitch
PROMPT_WORDS = 12  # a call to action set over a teaser block is this short
SLOT_WORDS = 4  # the header of an inline teaser block is this short ("Te puede interesar", "Read more")
SUBHEAD_WORDS = 7  # a subhead kept between two paragraphs is this short ("Es lo que sabemos hasta ahora")
CAPTION_LINES = 4  # an image's captions, credits and widget slots set between two paragraphs: this many lines at most
SLOT_LINES = 2  # inline teasers closing a block of teasers: this many at most


def keep_sentences_between_paragraphs(lines: list[str], reasons: list[str | None], rows: list[dict[str, float]]) -> None:
    """Up to ``BETWEEN_LINES`` full sentences in a row that the model dropped, with a kept sentence of the article
    right above and right below them, are article text: the short paragraphs of a police brief ("Murió en el
    lugar.") or a question subhead with its answer ("WHAT COMES NEXT?" / "Officials will meet again in January.")
    read as the tail once the long paragraphs are over (also under a kept subhead); so is the sentence a kept line
    ending with a colon introduces ("The following is attributable to ...:", "Al respecto, el titular ... señaló:"),
    and a sentence ending with a colon over the list it introduces, under article text ("..., but experts say the
    networks adapt quickly:" over "- They recruit students ..."). No line a cue
    dropped (a call to action between paragraphs, a caption, a label) and none below the tail's first call to
    action is kept."""
    def sentence(i: int) -> bool:
        return (is_terminal(lines[i]) and len(lines[i].split()) >= BETWEEN_WORDS and not is_headline_like(lines[i])) or \
            lines[i].rstrip().endswith("?")

    for i in range(1, len(lines)):  # what a kept line ending with a colon introduces: "Rafael Alvarado señaló:"
        if reasons[i] is not None and reasons[i] not in CUE_REASONS and reasons[i - 1] is None and \
                lines[i - 1].rstrip().endswith(":") and sentence(i) and len(lines[i].split()) >= SENTENCE_WORDS:
            reasons[i] = None
    for i in range(1, len(lines) - 1):  # a sentence that introduces the list under it: "..., but experts say:"
        if reasons[i] is not None and reasons[i] not in CUE_REASONS and lines[i].rstrip().endswith(":") and \
                len(lines[i].split()) >= LIST_LEAD_WORDS and reasons[i + 1] is None and \
                any(reasons[k] is None and is_body_paragraph(lines[k]) for k in range(max(i - 2, 0), i)):
            reasons[i] = None
    i = 1
    while i < len(lines):
        if reasons[i] is None:
            i += 1
            continue
        j = i
        while j < len(lines) and reasons[j] is not None and reasons[j] not in CUE_REASONS and sentence(j) and \
                not rows[j]["below_tail_cta"]:
            j += 1
        # (above them, a kept sentence, or a kept subhead under one: "... de búsqueda." / "Los desplazados" / <them>)
        above = sentence(i - 1) or (i > 1 and len(lines[i - 1].split()) <= SLOT_WORDS and reasons[i - 2] is None and
                                    sentence(i - 2))
        bounded = j < len(lines) and reasons[j] is None and sentence(j) and reasons[i - 1] is None and above
        if j > i and j - i <= BETWEEN_LINES and bounded:
            for k in range(i, j):
                reasons[k] = None
        i = max(j, i + 1)


BETWEEN_LINES = 3  # sentences in a row kept between two kept ones
BETWEEN_WORDS = 3  # a sentence this long at least
LIST_LEAD_WORDS = 8  # a line ending with a colon this long is a sentence introducing what follows


def dialogue_lines(lines: list[str]) -> set[int]:
    """The turns of an interview told with dialogue dashes ("—¿Qué le pide a Washington?" / "—Que revise a quién
    le vende rifles."): lines opening with a dash set tight against the words, full sentences or questions, when
    the page holds ``DIALOGUE_TURNS`` of them. A tweet's signature ("— Name (@handle) date") has a space after its
    dash."""
    turns = {i for i, line in enumerate(lines) if DIALOGUE_TURN.match(line) and is_terminal(line.rstrip("—– "))}
    return turns if len(turns) >= DIALOGUE_TURNS else set()


DIALOGUE_TURN = re.compile(r"^[—–][¿¡\"“«A-ZÁÉÍÓÚÑa-záéíóúñ]")
DIALOGUE_TURNS = 4  # an interview has this many turns at least


def post_signatures(lines: list[str], reasons: list[str | None]) -> set[int]:
    """An embedded post's signature ("— Embajada de EU (@USEmbassyMEX) August 13, 2025") and the post's text right above
    it, which no cue dropped: the post the article quotes, kept whole, as annotators keep it."""
    signed = [i for i in range(1, len(lines)) if reasons[i - 1] not in CUE_REASONS and matches_cue("post_signature", lines[i])]
    return {k for i in signed for k in (i - 1, i)}


def source_notes(lines: list[str], reasons: list[str | None]) -> set[int]:
    """A note of the article's sources right under its kept text ("(With information from EFE)", "Con información de
    Reuters"): the article's, as annotators keep it, even when a reading path follows it; not an editor's note that the
    article changed ("Nota del editor: esta nota fue actualizada ...", a disclaimer)."""
    return {i for i in range(1, len(lines)) if _under_kept_text(lines, reasons, i) and
            is_source_note(lines[i]) and not is_disclaimer(lines[i]) and len(lines[i].split()) <= SOURCE_NOTE_WORDS}


def _under_kept_text(lines: list[str], reasons: list[str | None], i: int) -> bool:
    """Line ``i`` stands right under a kept sentence, or under the outlet's name signing it ("Mexico News Daily")."""
    k = i - 1 if i > 1 and len(lines[i - 1].split()) <= SIGNATURE_WORDS and not is_terminal(lines[i - 1]) else i
    return reasons[k - 1] is None and is_terminal(lines[k - 1])


SIGNATURE_WORDS = 3

