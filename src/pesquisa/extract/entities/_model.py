"""The model's own PERSON/PER, ORG, GPE/LOC and MISC spans, checked against the lexicon and the names data.

The model is right about most names and wrong in known ways: it cuts a first name off,
runs a title-case headline into a name, calls a capitalized verb or a common noun a
person, a person with an age a place, the rest of a title an organization. Each check
here undoes one of those; what the model misses entirely is found by ``_rules``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.datelines import after_dateline, dateline_spans
from pesquisa.extract.entities._acronyms import spelled_by_acronym
from pesquisa.extract.entities._around import after_title_lead, last_of_listed_places, names_crossing, names_programme
from pesquisa.extract.entities._division_leads import division_named
from pesquisa.extract.entities._groups import group_organization, members_body, trim_member_lead
from pesquisa.extract.entities._headline_case import in_list_entry
from pesquisa.extract.entities._headline_words import gerund_headline
from pesquisa.extract.entities._joined import joined_person_ents
from pesquisa.extract.entities._lexicon_match import SUBNATIONAL
from pesquisa.extract.entities._misc_bodies import misc_organization
from pesquisa.extract.entities._misc_people import misc_person
from pesquisa.extract.entities._names import (
    NAME_TOKEN,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    QUOTE_CHARS,
    clean_person_name,
    is_given_name,
    is_headline_verb,
    is_known_place,
    names_data,
    names_law,
    title_word_before,
    without_article,
)
from pesquisa.extract.entities._outlet_before import outlet_before_name
from pesquisa.extract.entities._portfolios import portfolio_word
from pesquisa.extract.entities._role_places import role_before
from pesquisa.extract.entities._surname_places import surname_place
from pesquisa.extract.entities._surroundings import institution_around, leader_of, place_by_position, possessor_or_family
from pesquisa.extract.entities._title_heads import opens_title, title_follows, title_head_before, title_precedes, titles_next
from pesquisa.extract.nlp import doc_text, lowercase_words, opens_participle_clause
from pesquisa.extract.quantities._lexicon import commodity_key, load_quantity_lexicon
from pesquisa.lexicon import fold, is_short_given_name, load_lexicon
from pesquisa.records import Mention, Span


def _extend_left(doc: Doc, start_token: int, lowered: set[str]) -> int:
    """Index of the first token of a name whose first part the model cut off; none where the words before it run
    to one the text also writes in lower case, as a title's do ("for Western Hemisphere |Affairs| Michael G. Kozak")."""
    names = names_data()
    i = start_token
    while i > 0:
        tok = doc[i - 1]
        if tok.text == "." and i > 1 and doc[i - 2].text + "." in names.given_abbreviations:
            i -= 2  # "Ma. Guadalupe Pérez Ortiz": a given name written short
            continue
        if tok.text[:1].isupper() and tok.lower_ in lowered:
            return start_token  # the words before run into a title ("Financial Intelligence| John K. Hurley")
        if _opener_before_given(doc, i - 1, i + 1) or portfolio_word(doc, i - 1) or \
                (i > 1 and doc[i - 2].text in {"the", "of"} and not is_given_name(tok.text)):
            break  # a first word capitalized anyway ("Musicologist| Juan"); "Minister for |Justice|"; "of the |Peace| Jerry"
        if (not NAME_TOKEN.match(tok.text) or tok.text.lower() in names.title_words
                or tok.text.lower() in names.not_names or tok.ent_type_ in PLACE_LABELS | ORG_LABELS
                or (tok.pos_ not in {"PROPN"} and tok.text not in names.given_abbreviations)
                or tok.text.lower() in names.org_words or is_headline_verb(tok.text, alone=not _opens_line(doc, i - 1))):
            break
        i -= 1
    return i


def _opener_before_given(doc: Doc, i: int, end: int) -> bool:
    """Token ``i`` opens a sentence, is no given name nor a short one ("Lupita"), and a given name follows it inside the
    span."""
    return i + 1 < end and bool(doc[i].is_sent_start) and not is_given_name(doc[i].text) and \
        not is_short_given_name(doc[i].text) and \
        is_given_name(doc[i + 1].text) and doc[i].text not in names_data().given_abbreviations and \
        not in_list_entry(doc_text(doc), doc[i].idx)  # "Dominic Anthony Russo, 37, of Joliet;": a list's name


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a line (or follows a crawler's date field opening the file: "date 2025-04-04 Recibe")."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws or bool(re.fullmatch(r"(?:19|20)\d\d-\d\d(?:-\d\d)?", doc[i - 1].text))


def _extend_right(doc: Doc, end_token: int, lowered: set[str], room: int = 2) -> int:
    """End (exclusive) of a name whose surnames the model cut off: "Omar García| Harfuch", "Martha Elena| Ruiz
    Sánchez" (up to two proper nouns right after it, capitalized, never written in lower case, no title,
    organization word or place)."""
    names = names_data()
    if end_token >= len(doc) or not room:
        return end_token
    tok = doc[end_token]
    cut_off = tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_ and \
        not any(tok.lower_ in words for words in (lowered, names.title_words, names.org_words, names.particles)) and \
        doc[end_token - 1].whitespace_ == " " and not is_known_place(tok.text)
    return _extend_right(doc, end_token + 1, lowered, room - 1) if cut_off else end_token


def model_mentions(doc: Doc, taken: list[Span]) -> list[Mention]:
    """The model's PERSON/PER, ORG and GPE/LOC spans outside ``taken``, checked and retyped.

    A person span is cleaned (titles, possessives) and dropped when it reads as a place or a
    thing; an organization or place span becomes a person when it starts with a given name or
    carries an age ("Heriberto Salazar Amaya, 36,"), and is dropped when it is a verb.
    """
    lowered = lowercase_words(doc)
    datelines = dateline_spans(doc_text(doc))
    out: list[Mention] = []
    for ent in joined_person_ents(doc):  # "Luz María| del |Carmen Esparza Ochoa": one person
        if doc.lang_ == "es" and is_headline_verb(ent[0].text, alone=len(ent) == 1) and _opens_line(doc, ent.start):
            if len(ent) == 1:
                continue  # "Capturan en Sonora a ...": a headline's verb
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=ent.label_)  # "Recibe Sheinbaum a Kristi Noem"
        mention = surname_place(doc_text(doc), ent, taken)  # "en |Guerrero|", "HIDALGO, Texas —"
        if mention is None and ent.label_ in PERSON_LABELS:
            mention = _model_person(doc, ent, taken, lowered)
        elif mention is None and ent.label_ == "MISC":
            mention = misc_organization(doc, ent, taken) or misc_person(doc_text(doc), ent, taken)
        elif mention is None and ent.label_ in ORG_LABELS | PLACE_LABELS:
            mention = _model_named(doc, ent, taken, datelines, lowered)
        if mention is not None:  # a body reaching back over the model's last name holds it ("|Corte Federal| del ...")
            out = [o for o in out if not (mention.span.start <= o.span.start and o.span.end <= mention.span.end)] + [mention]
            if mention.span.end > ent.end_char:  # the name took in the model's next span ("... de Illinois")
                taken = [*taken, mention.span]
    return out


PLACE_BEFORE = re.compile(r"\b(?:en|in|desde|hacia|near|cerca de|municipio de|localidad de|alcaldía)\s+$", re.I)


def _model_person(doc: Doc, ent: Any, taken: list[Span], lowered: set[str]) -> Mention | None:
    """The person the model's PERSON span names, an organization for 'Ammo AZ', or None."""
    text = doc_text(doc)
    first = _extend_left(doc, ent.start, lowered)
    if _opener_before_given(doc, first, ent.end):
        first += 1  # "Historian Juan Manuel ...": a sentence's first word, capitalized anyway, before a given name
    first += outlet_before_name([t.text for t in doc[first:ent.end]])  # "dijo a |Reuters Pedro Sánchez|": the outlet told
    start_char = doc[first].idx
    last = doc[_extend_right(doc, ent.end, lowered) - 1]
    end_char = last.idx + len(last)
    cleaned = clean_person_name(text[start_char:_name_end(text, start_char, end_char, lowered)], start_char)
    if cleaned is None:
        found = _acronym_organization(ent, taken) or group_organization(text, Span(start_char, end_char))
        return None if found is None or any(found.span.overlaps(t) for t in taken) else found
    name, start, title = cleaned
    if name.lower() in names_data().sole_bodies or gerund_headline(doc, start, name.split()):
        return None  # "Marina asegura 8 toneladas": the Navy, not a woman named Marina; "Smuggling Fentanyl Pills ..."
    span = Span(start, start + len(name))
    if spelled_by_acronym(text, span, name):  # "Fomento Económico Mexicano (FEMSA)"
        return None if any(span.overlaps(t) for t in taken) else Mention("organization", name, span, name)
    if any(span.overlaps(t) for t in taken) or _looks_like_place_or_thing(text, span) or titles_next(text, span):
        return None
    before = text[text.rfind("\n", 0, start) + 1:start].split()[-2:]
    if before and before[-1].lower() in names_data().geo_words and not role_before(text, start):
        return None  # "la colonia Jacinto López", "Avenida Benito Juárez": a place named after a person
    if before[-1:] in (["de"], ["del"]) and len(before) == 2 and before[0].lower() in names_data().geo_words:
        return Mention("place", name, span, name)  # "en la comunidad de Rincón de Tamayo", "el municipio de Benito Juárez"
    if last_of_listed_places(text, start):
        return Mention("place", name, span, name)  # "los municipios de San Miguel Totolapan y |Heliodoro Castillo|"
    inner: Any = doc.char_span(span.start, span.end, alignment_mode="expand") or []
    if any(t.pos_ not in {"PROPN", "PUNCT", "X"} and t.lower_ not in names_data().particles and not is_given_name(t.text)
           for t in inner):
        return None  # every word of a name is a proper noun ("Issues Prison" is not a person), or a given name the
        # tagger misread after a capitals dateline ("CIUDAD DE MÉXICO.– Óscar ...": a verb)
    if not is_given_name(name.split()[0]):
        if place_by_position(text, span, name):
            return Mention("place", name, span, name)  # "Karina López, 31, of Chula Vista": a home town
        if _common_nouns(name, lowered) or PLACE_BEFORE.search(text[max(0, start - 16):start]):
            return None  # "Embarcación de Bajo Perfil" (its words also written lower case), "en Florencio Varela"
    titled = bool(title or title_word_before().search(text[max(0, start - 25):start]))
    return Mention("person", name, span, name, source="title" if titled else "model")


def _name_end(text: str, start: int, end: int, lowered: set[str]) -> int:
    """End of a person span cut before a third word the document also writes in lower case.

    A title-case headline runs the name into what follows: "Alvaro Serey Issues Prison Update".
    """
    names = names_data()
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, w in enumerate(words[2:], start=2):
        if w.group().lower() in lowered and w.group().lower() not in names.particles:
            return start + words[i - 1].end()
    return end


def _common_nouns(name: str, lowered: set[str]) -> bool:
    """True when most words of ``name`` are written lower case elsewhere in the document: common nouns."""
    words = [w.lower() for w in name.split() if w.lower() not in names_data().particles]
    return bool(words) and sum(w in lowered for w in words) * 2 > len(words)


def _acronym_organization(ent: Any, taken: list[Span]) -> Mention | None:
    """'Ammo AZ': a mixed-case name with an acronym in it is an organization, not a person (but an acronym
    before a full name is a party's label: 'PS Emilia Nuyado')."""
    surface = ent.text.strip(QUOTE_CHARS + " ,;:")
    words = surface.split()
    span = Span(ent.start_char + ent.text.find(surface), ent.start_char + ent.text.find(surface) + len(surface))
    if len(words) < 2 or any(span.overlaps(t) for t in taken) or not all(NAME_TOKEN.match(w) for w in words):
        return None
    labelled = _labelled_person(surface, span)
    if labelled is not None:
        return labelled
    if any(w.isupper() and len(w) > 1 and not re.fullmatch(r"\w\.", w) for w in words) and not all(w.isupper() for w in words):
        return Mention("organization", surface, span, surface)
    return None


def _labelled_person(surface: str, span: Span) -> Mention | None:
    """'PS Emilia Nuyado' ('la diputada PS Emilia Nuyado'): a party's acronym before a full name; the person."""
    words = surface.split()
    rest = words[1:]
    if len(rest) < 2 or not (words[0].isupper() and 2 <= len(words[0]) <= 5) or any(w.isupper() for w in rest) \
            or not all(NAME_TOKEN.match(w) for w in rest) or any(w.lower() in names_data().org_words for w in rest):
        return None
    name = surface[len(words[0]):].lstrip()
    return Mention("person", name, Span(span.end - len(name), span.end), name)


def _model_named(doc: Doc, ent: Any, taken: list[Span], datelines: list[Span], lowered: set[str]) -> Mention | None:
    """The organization or place of the model's ORG/GPE/LOC span, a person it really names, or None.

    A span that opens inside a dateline starts after it ("Jal.- Elementos de la Fiscalía del Estado")."""
    text = doc_text(doc)
    span = Span(ent.start_char, ent.end_char)
    if any(span.overlaps(t) for t in taken):
        return None
    if all(t.pos_ in {"VERB", "AUX"} for t in ent) or all(t.is_stop for t in ent) or \
            (len(ent) == 1 and opens_participle_clause(ent[0])) or any(t.pos_ == "AUX" for t in ent):
        return None  # a capitalized verb ("Aseguró que ...", "Cartels Are Adapting"), a stop word ("Quién es ...")
    start = after_title_lead(text, after_dateline(span, datelines).start, ent.end_char, ent.label_ in PLACE_LABELS)
    surface = trim_member_lead(untrimmed := _trim_lowercase_tail(text[start:ent.end_char].strip(QUOTE_CHARS + " ,;:")))
    surface = division_named(surface) if ent.label_ in PLACE_LABELS else surface  # "departamento de |Nariño|"
    if not surface or not surface[0].isupper() or re.search(r"https?:|#|@|\d{3,}|\d\s*%", surface):
        return None  # a link, a handle, a figure: "Baja 32% homicidio" is a headline's verb and figure
    surface_start = start + text[start:ent.end_char].find(surface)
    if ent.label_ in ORG_LABELS:
        surface = _with_state_word(text, surface_start, surface)
    span = Span(surface_start, surface_start + len(surface))
    name = without_article(surface)
    if (person := _person_in_disguise(text, span, surface)) is not None:
        return person
    if title_head_before(text, span.start):  # "la diputada PS Emilia Nuyado"
        labelled = _labelled_person(surface, span)
        if labelled is not None:
            return labelled
    kind = "organization" if ent.label_ in ORG_LABELS else "place"
    if kind == "organization" and title_follows(text, span.end) and (
            not any(w.lower() in names_data().org_words for w in name.split()) or
            fold(name.split()[0]) in names_data().demonyms):
        return None  # "Foreign Affairs Minister ...", "Mexican Security Secretary ...": part of a title
    if kind == "organization" and opens_title(text, span):
        return None  # "Federal Public| Defender Sergio Garcia": the words open a title
    if kind == "organization" and len(name.split()) == 1 and title_precedes(text, span.start):
        return None  # "Secretary of State": the rest of a title
    if leader_of(text, span):
        return Mention("person", surface, span, name, source="model")  # "the Trump administration": the man
    if kind == "organization" and (len(name.split()) == 1 or _opens_line(doc, ent.start) or "\n" not in text[:span.start]) \
            and ({name.lower(), name.lower()[:-1]} & (names_data().org_words - names_data().sole_bodies) or
                 _common_nouns(re.sub(r"\W", " ", name), lowered)):
        return None  # "This Department": a head alone; "Narco-Terrorism": a headline's common noun, lower case elsewhere
    if _names_nothing(name) or _aged_given_name(text, span, surface) or _body_last_word(text, span, name):
        return None
    if kind == "organization" and (load_lexicon().place_key(name) or is_known_place(name) or
                                   load_lexicon().place_key(surface) or place_by_position(text, span, name)):
        kind = "place"  # "MÉXICO" in a dateline, "in Sinaloa", "José Villalobos, 35, of Socorro", "El Paso Police Chief"
    if kind == "place" and name.split()[-1] != "City" and (any(w.lower() in names_data().org_words for w in name.split())
                                                          or members_body(untrimmed, name) or names_programme(text, span, name)):
        kind = "organization"  # "Policía Municipal"; "Analistas de Banorte"; "el programa |Mexiquense Seguro|"
    before = text[text.rfind("\n", 0, span.start) + 1:span.start].split()[-1:]
    if kind == "organization" and ("".join(before).lower() in names_data().geo_words or names_crossing(text, span, name)):
        kind = "place"  # "la colonia Centro", "el municipio Benito Juárez": a place named like a body; a crossing
    if kind == "place" and re.match(r"(?:El|La)\s", surface) and not load_lexicon().place_key(name) and \
            not is_known_place(name) and name.split()[0].lower() not in names_data().geo_words:
        name = surface  # the article is part of the name: "El Paso", "La Paz", "El Fuerte"
    if possessor_or_family(text, span, name, kind):
        return None
    institution = institution_around(text, span, taken) if kind == "place" else None
    return institution or Mention(kind, surface, span, name)


def _with_state_word(text: str, start: int, surface: str) -> str:
    """An organization's span with the word after it that makes it a state's or a town's own body ("el Congreso
    local", "la Fiscalía estatal"); a known place before the word stays the place ("a former Tijuana municipal
    police officer")."""
    state_body = SUBNATIONAL.match(text, start + len(surface))
    if state_body is None or is_known_place(surface) or load_lexicon().place_key(surface):
        return surface
    return text[start:state_body.end()]


def _body_last_word(text: str, span: Span, name: str) -> bool:
    """One organization word right after a capitalized word: the last word of a body's name the model cut off
    alone ("la subsecretaria de Seguridad |Nacional|")."""
    return " " not in name and name.lower() in names_data().org_words and \
        re.search(r"[A-ZÁÉÍÓÚ]\w{3,} $", text[:span.start]) is not None


def _aged_given_name(text: str, span: Span, surface: str) -> bool:
    """A given name alone with an age after it ("her son, Mateo, 15;"): someone, no place or organization."""
    return " " not in surface and is_given_name(surface) and \
        re.match(r",\s*\d{1,2}\s*[,;.]", text[span.end:span.end + 6]) is not None


def _names_nothing(name: str) -> bool:
    """A nationality, a sentence opener, a title, an honorific, a drug, members, a number, a law or a place's last word
    alone ("County Attorney Laura Conover"): "Mexican",
    "Today", "Senador", "Lic.", "MDMA", "Integrantes", "Cuatro" (a sentence's first word after a dateline), "Ley de
    Seguridad" name no organization or place."""
    names = names_data()
    numbers = load_quantity_lexicon().number_words
    return fold(name) in names.demonyms | names.member_nouns or name.lower() in names.not_names | names.title_heads or \
        name.lower() in names.geo_tails or \
        names_law(name) or \
        name.lower().rstrip(".") in names.honorifics or commodity_key(name) in load_quantity_lexicon().commodities or \
        any(len(name) > 3 and fold(name) in words for words in numbers.values())


# capitalized words after a name cut at a particle, with the particles between them
GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)[ \xa0]+$")
NAME_GOES_ON = re.compile(r"(?:[ \xa0]+[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \xa0]+(?:de|del|de la|de los|de las)(?=[ \xa0]+[A-ZÁÉÍÓÚÑ]))?)+")


def _person_in_disguise(text: str, span: Span, surface: str) -> Mention | None:
    """A person the model called a place or organization: a given name first, or an age after it.

    "captured Ovidio Guzman in Sinaloa" is left to grouping (his surname names a person);
    "María del Carmen Morales, del colectivo" starts with a given name; "Heriberto Salazar
    Amaya, 36, a Mexican national" carries an age. Not after "en"/"in" ("en Benito Juárez").
    """
    words = surface.split()
    if len(words) < 2 or PLACE_BEFORE.search(text[max(0, span.start - 16):span.start]):
        return None
    if words[-1] in names_data().particles and (rest := NAME_GOES_ON.match(text, span.end)):
        # the model cut a compound given name at its particle: "María de los| Ángeles Guízar del Río"
        span, surface = Span(span.start, rest.end()), surface + rest.group(0)
    if is_given_name(words[0]) and (first := GIVEN_BEFORE.search(text, max(0, span.start - 20), span.start)) and \
            is_given_name(first.group(1)):  # "his sister, Ana| Cristina Marrufo-Delgado": a first given name cut off
        span, surface = Span(first.start(1), span.end), text[first.start(1):span.end]
    words = surface.split()
    aged = re.match(r",\s*\d{1,2}\s*,", text[span.end:span.end + 6]) is not None
    # a compound given name: "Marina del Pilar", "Ana de Jesús" (the first word alone may name other things)
    compound = len(words) >= 4 and words[1] in {"del", "de"} and is_given_name(words[2])
    if not (aged or is_given_name(words[0]) or compound):
        return None
    lex = load_lexicon()
    if lex.place_key(surface) or lex.org_key(surface) or is_known_place(surface):
        return None
    cleaned = clean_person_name(surface, span.start)
    if cleaned is None or cleaned[0] != surface:
        return None
    return Mention("person", surface, span, surface, source="model")




def _looks_like_place_or_thing(text: str, span: Span) -> bool:
    """A capitalized phrase after an article ('el Crimen Grave') or before ', State' is no person."""
    before = text[max(0, span.start - 5):span.start]
    if re.search(r"\b(el|la|los|las|the|del|al)\s+$", before) or (  # "el exdirector de |Tránsito Municipal|, X"
            title_precedes(text, span.start) and not is_given_name(text[span.start:span.end].split()[0])):
        return True
    head, _, place = text[span.start:span.end].partition(" de ")
    if place and " " not in head and not is_given_name(head) and (is_known_place(place) or load_lexicon().place_key(place)):
        return True  # "Originario de Michoacán": a word and a known place, no name
    after = text[span.end:span.end + 40]
    return bool(re.match(r",\s+(?:y\s+)?[A-ZÁÉÍÓÚ][\w]+(?:,|\.|\s+y\s|\s+and\s|$)", after) and
                _lexicon_place_follows(after))


def _lexicon_place_follows(after: str) -> bool:
    word = re.match(r",\s+(?:y\s+)?([A-ZÁÉÍÓÚ][\w]+)", after)
    return bool(word and is_known_place(word.group(1)))


def _trim_lowercase_tail(surface: str) -> str:
    """An organization span cut before the first lowercase word that is no particle, and after its "the" ("the
    University of California San Diego")."""
    names = names_data()
    surface = re.sub(r"^the[ \xa0]+(?:[A-Z][\w.]*['’]s[ \xa0]+)?(?=[A-Z])", "", surface)  # "the Office's |Section"
    # an English name with its Spanish one in brackets, and the acronym after a dash ("National Autonomous University
    # of Mexico (Universidad Nacional Autónoma de México - UNAM)"): the first name, without the acronym
    if surface.count("(") > surface.count(")"):
        surface = surface[:surface.index("(")].rstrip()
    surface = re.sub(r"[ \xa0]+[-–][ \xa0]+[A-Z]{2,8}$", "", surface)
    words = surface.split(" ")
    for i, word in enumerate(words[1:], start=1):
        joiners = {"of", "for", "and", "on", "in", "en", "contra", "para"} | ({"the"} if words[i - 1] == "of" else set())
        if word[:1].islower() and word.lower() not in names.particles and word not in joiners:
            return " ".join(words[:i]).rstrip(" ,")
    # a name never ends in a joiner: "la |Policía Estatal y de la| Guardia Nacional" (the model's cut)
    return re.sub(r"(?:[ \xa0]+(?:y|e|de|del|la|las|los|el|and|of|the|for|para|en))+$", "", surface)
