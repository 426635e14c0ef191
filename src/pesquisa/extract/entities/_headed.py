"""Bodies the model cut at their head noun: "del |Centro| de |Reinserción Social| de |Ciudad Obregón|" comes as a
place, a person and a place; the head noun alone, an organization word, and its "de <Name>" complements are one
organization's name ("Centro de Reinserción Social de Ciudad Obregón"). Military units the model cut after their
number: "la I |Región Militar|", "la 4a. |Zona Militar|" (the number is part of the unit's name). Bodies the model cut before
a complement opened by "al", "en", "para el" ("la |Fiscalía Especializada| en Personas Desaparecidas", "el
|Instituto Municipal de Atención| al Migrante"): the complement is part of the name."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.extract.entities._office_matters import opens_a_matter
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

# up to three "de <Name>" complements, each of one to three capitalized words
_COMPLEMENTS = re.compile(r"(?:[ \xa0]+(?:de|del|de la|de los)[ \xa0]+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+"
                          r"(?:[ \xa0]+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+){0,2}){1,3}")


def _whole_body(text: str, head: Mention) -> Span | None:
    """The span of the body ``head`` (a model mention of one organization word) opens, or None: its first complement
    names no place ("el |Centro| de Culiacán" is the town's centre)."""
    if head.source != "model" or " " in head.name or head.name.lower() not in names_data().org_words:
        return None
    tail = _COMPLEMENTS.match(text, head.span.end)
    if tail is None:
        return None
    first = re.match(r"[ \xa0]+(?:de|del|de la|de los)[ \xa0]+([A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+)", tail.group(0))
    if first is None or is_known_place(first.group(1)) or load_lexicon().place_key(first.group(1)):
        return None
    at = head.text.find(head.name)  # "la |Fiscalía|": the article is no part of the name
    return Span(head.span.start + max(at, 0), tail.end())


def _keeps_own(mention: Mention) -> bool:
    """A name inside the body's words that stays what it is: a person found by a rule or named by a given name, or a
    lexicon organization."""
    if mention.type == "person":
        return mention.source != "model" or is_given_name(mention.name.split()[0])
    return mention.type == "organization" and mention.source == "lexicon"


def headed_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body the model cut at its head noun whole (see the module docstring); the model's and
    the lexicon's places and the model's names inside it go; not where a name inside keeps its own (``_keeps_own``)."""
    out = list(mentions)
    for head in mentions:
        span = _whole_body(text, head)
        inside = [m for m in out if m is not head and span is not None and m.span.overlaps(span)]
        if span is None or head not in out or any(_keeps_own(m) for m in inside):
            continue
        if any(m.span.end > span.end or m.span.start < span.start for m in inside):
            continue  # a name runs past the body's end: the complement is no part of it
        surface = text[span.start:span.end]
        out = [m for m in out if m is not head and m not in inside] + [
            Mention("organization", surface, span, surface, source="model")]
    return out


_UNIT_NUMBER = r"(?<![\w.])(?:[IVXL]{1,5}|\d{1,3}(?:/?(?:a|o)|ª|º|°|va|na|ra|da|ta)?\.?|{spelled})[ \xa0]+$"
# an English ordinal in figures numbers any body after it: "the 34th |Judicial District Attorney's Office|"
_ORDINAL = re.compile(r"(?<![\w.])\d{1,3}(?:st|nd|rd|th)[ \xa0]+$")


@cache
def _unit_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """The unit words (lower-case) and the pattern of a unit's number before one; read once per process (it was read
    from names.yaml for every document; with ``glossed_groups``, a third of extraction's CPU)."""
    data = read_data("names.yaml")
    return frozenset(w.lower() for w in data["unit_words"]), \
        re.compile(_UNIT_NUMBER.replace("{spelled}", "|".join(data["unit_ordinals"])))


@cache
def _spelled_unit() -> re.Pattern[str]:
    """A unit named by a spelled ordinal, its unit word and one capitalized word more ("la Octava Región Naval"), or the
    army whose it is ("la Séptima División del Ejército"); in English by an ordinal, spelled or in figures, and a unit's
    words ("the 7th Military Zone", "the Fourth Naval Region")."""
    data = read_data("names.yaml")
    ordinals, units = "|".join(data["unit_ordinals"]), "|".join(data["unit_words"])
    ordinals_en, units_en = "|".join(data["unit_ordinals_en"]), "|".join(data["unit_words_en"])
    return re.compile(rf"(?<![\w-])(?:(?:{ordinals})[ \xa0]+(?:{units})(?:[ \xa0]+[A-ZÁÉÍÓÚ][a-záéíóúñ]+)?"
                      rf"(?:[ \xa0]+(?:del|de[ \xa0]+la)[ \xa0]+(?:Ejército|Armada|Fuerza[ \xa0]+Aérea))?|"
                      rf"(?:{ordinals_en}|\d{{1,3}}(?:st|nd|rd|th))[ \xa0]+(?:{units_en}))(?![\w-])")


def spelled_units(text: str) -> list[Mention]:
    """Military and naval units named by a spelled ordinal ("a través de la Octava Región Naval", "la Tercera Zona
    Militar"), which the model reads as a person: organizations, whatever the model says."""
    return [Mention("organization", m.group(0), Span(m.start(), m.end()), re.sub(r"\s+", " ", m.group(0)), source="rule")
            for m in _spelled_unit().finditer(text)]


def numbered_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organization or place opened by a unit's word (names.yaml ``unit_words``) the
    text numbers before it ("la I |Región Militar|", "la 4a. |Zona Militar|", "la Octava |Región Naval|") an
    organization with its number, and each organization read by the model or a rule after an English ordinal in figures ("the 34th
    |Judicial District Attorney's Office|") with it."""
    out: list[Mention] = []
    units, unit_number = _unit_words()
    for m in mentions:
        number = unit_number.search(text, max(0, m.span.start - 12), m.span.start) if m.type != "person" and \
            m.source == "model" and m.name.split()[0].lower() in units else None
        if number is None and m.type == "organization" and m.source != "lexicon":
            number = _ORDINAL.search(text, max(0, m.span.start - 8), m.span.start)
        if number is not None:
            surface = text[number.start():m.span.end]
            m = Mention("organization", surface, Span(number.start(), m.span.end), surface, source="model")
        out.append(_number_after(text, m))
    return out


# a body's number after its name, the sign cut by the model or not ("el Tribunal Oral Federal |N|° 3", "Juzgado
# Federal No. 2", "Court No. 5", "el Juzgado Penal número 4")
_NUMBER_AFTER = re.compile(r"(?:[ \xa0]*(?:N|No|Nro|Núm)?[°º.]?|[ \xa0]+(?:N|No|Nro|Núm)[°º.]?|[ \xa0]+(?:número|number))"
                           r"[ \xa0]*\d{1,3}\b")


def _number_after(text: str, mention: Mention) -> Mention:
    """``mention`` with the number written after a body's name taken into it (see ``_NUMBER_AFTER``)."""
    if mention.type != "organization" or mention.source == "lexicon":
        return mention
    name = re.sub(r"[ \xa0]+(?:N|No|Nro|Núm)\.?$", "", mention.text)  # the model's cut "Tribunal Oral Federal N"
    start = mention.span.start + len(name)
    number = _NUMBER_AFTER.match(text, start)
    if number is None or not re.search(r"[N°ºn]", number.group(0)):
        return mention
    surface = text[mention.span.start:number.end()]
    return Mention("organization", surface, Span(mention.span.start, number.end()), " ".join(surface.split()),
                   source=mention.source)


# joiners inside the complement ("en Combate al Narcomenudeo"); no "en": it names a seat ("... en Caborca")
_INNER_JOINER = r"(?:de|del|de[ \xa0]+la|de[ \xa0]+los|y|e|al|a|a[ \xa0]+la|a[ \xa0]+los|a[ \xa0]+las|para|contra)"
_PREPOSED = re.compile(r"[ \xa0]+(?:al|en|para|contra|sobre)(?:[ \xa0]+(?:el|la|los|las))?(?P<case>[ \xa0]+caso)?[ \xa0]+"
                       rf"(?P<run>[A-ZÁÉÍÓÚÑ][\w-]+(?:[ \xa0]+(?:{_INNER_JOINER}[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\w-]+)*)")


def _keeps_person(mention: Mention) -> bool:
    """A person inside a body's complement that stays one: found by a rule, or opening with a given name (the model's
    "Tráfico de Armas" in "el Mecanismo de Consulta sobre Tráfico de Armas" is the matter the body deals with)."""
    return mention.type == "person" and (mention.source != "model" or is_given_name(mention.name.split()[0]))


def complemented_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body of two words or more, opened by an organization word, that the model or a rule cut
    before a complement opened by "al", "en", "para (el) (caso)", "contra (la)" or "sobre" whole: "la |Fiscalía Especializada| en
    Personas Desaparecidas", "el |Plan Integral| para el Istmo de Tehuantepec". Not where the complement is a known
    place ("la Fiscalía General en Ciudad Juárez": where it acts), another body ("... al Ministerio Público"), a
    person, or a lexicon name; "en" only after a participle ("Especializada en") or before a matter ("en Materia Penal")."""
    names, lex = names_data(), load_lexicon()
    out = list(mentions)
    for m in mentions:
        words = m.name.split()
        tail = _PREPOSED.match(text, m.span.end) if m.type == "organization" and m.source != "lexicon" and \
            len(words) >= 2 and words[0].lower() in names.org_words else None
        if tail is None or m not in out:
            continue
        run = tail.group("run")
        if tail.group(0).split()[0] == "en" and not re.search(r"ad[ao]s?$", words[-1]) and not opens_a_matter(run.split()[0]):
            # "en" complements a participle ("Especializada en ...") or opens a court's matter ("Juzgado Primero de
            # Distrito en Materia Penal"); else it says where ("Policía Municipal en X")
            continue
        if ((is_known_place(run) or lex.place_key(run)) and not tail.group("case")) or lex.org_key(run) or \
                run.split()[0].lower() in names.org_words \
                or is_given_name(run.split()[0]):
            continue
        span = Span(m.span.start, tail.end())
        inside = [o for o in out if o is not m and o.span.overlaps(span)]
        if any((o.source == "lexicon" and o.type != "place") or _keeps_person(o) or o.span.end > span.end for o in inside):
            continue  # a town inside stays part of the name ("... al Migrante de Tijuana")
        surface = text[m.span.start:span.end]
        name = m.name + surface[len(m.text):] if surface.startswith(m.text) else surface
        out = [o for o in out if o is not m and o not in inside] + [Mention("organization", surface, span, name,
                                                                                source=m.source)]
    return out
