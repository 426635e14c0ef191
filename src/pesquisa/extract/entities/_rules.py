"""People and organizations the model misses: names after titles and credits, withheld surnames,
nicknames, the signers of embedded tweets, groups after a group noun (aliases: ``_aliases``).

The model's own spans are checked in ``_model``."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from pesquisa._regex import longest_first
from pesquisa._required import matches_in
from pesquisa.calendar import month_numbers, weekday_numbers
from pesquisa.extract.entities._appositive_names import appositive_names
from pesquisa.extract.entities._known_nicknames import surnamed_nickname_owner
from pesquisa.extract.entities._name_runs import full_name_runs, inside_particle_name
from pesquisa.extract.entities._names import (
    INNER_CAPITAL,
    clean_person_name,
    is_given_name,
    is_known_place,
    names_data,
    raw_demonyms,
)
from pesquisa.extract.entities._namesake_units import namesake_units
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention, Span

if TYPE_CHECKING:
    pass


@cache
def _title_people_pattern() -> re.Pattern[str]:
    """A title head or a credit, then a capitalized name (built once: hundreds of heads and demonyms)."""
    names = names_data()
    cue = r"(?:" + longest_first(names.title_heads, ignore_case=True) + r")"
    # "of the Treasury", "de Marina", and where a post is held: "Ambassador to Mexico", "Special Agent in Charge"
    # a word's dot is an abbreviation's ("U.S."), not a sentence's end ("... de la Fuente. The Secretary welcomed")
    gap_word = r"[A-ZÁÉÍÓÚ](?:[\w’'-]|(?<![a-záéíóúñ][a-záéíóúñ])\.)*"
    org_gap = (r"(?:[ \xa0]+(?:of|de|del|de la|for|to|in|en|ante|por)[ \xa0]+(?:the[ \xa0]+|la[ \xa0]+|el[ \xa0]+)?"
               rf"{gap_word}(?:[ \xa0]+{gap_word}){{0,4}}){{0,3}}(?:[ \xa0]+\([A-ZÁÉÍÓÚ]{{2,8}}\))?")  # "(SCJN)" after the body
    particle = r"(?:de[ \xa0]+(?:la|los|las)[ \xa0]+|de[ \xa0]+|del[ \xa0]+)?"
    word = rf"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:{INNER_CAPITAL}[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’]+)?"  # "Claver-Carone", "McCaul"
    short = "|".join(re.escape(a) for a in names.given_abbreviations if a.endswith("."))
    name = (rf"(?P<name>(?:(?:{short})[ \xa0]+{particle})?{word}(?:[ \xa0]+(?:[A-ZÁÉÍÓÚÑ]\.[ \xa0]+)?"
            rf"{particle}{word}){{0,3}}(?:[ \xa0]+Jr\.)?)")
    credits = r"(?:" + "|".join(re.escape(c) for c in names.credits) + r")"
    demonym = r"(?:[ \xa0]+(?:" + longest_first(raw_demonyms()) + r"))?"
    ranks = r"(?:[ \xa0]+(?:" + longest_first(load_lexicon().titles["rank_qualifiers"]) + r"))*"
    ranks += r"(?:[ \xa0]+(?:" + "|".join(load_lexicon().titles["title_adjectives"]) + r"))?"
    return re.compile(rf"(?:\b(?P<cue>(?i:{cue})\b{ranks}){demonym}{org_gap}|(?P<credit>(?i:{credits}))),?[ \xa0]+{name}")


_NICKNAME_OPENING = re.compile(r"[«“\"](?:(?:El|La|el|la)[ \xa0]+)?$")


def _quoted_nickname(text: str, start: int, end: int) -> bool:
    """The title and name at [start, end) are a quoted nickname whole: an opening quote (and an article) right before
    the title, a closing quote right after the name."""
    return _NICKNAME_OPENING.search(text, max(0, start - 5), start) is not None and text[end:end + 1] in {"»", "”", '"'}


def title_people(text: str, taken: list[Span]) -> list[Mention]:
    """Names right after a title head or a credit: 'Captain Robert Passerello', 'Foto: Berenice Fregoso'."""
    found = []
    for match in _title_people_pattern().finditer(text):
        if match.group("cue") and _quoted_nickname(text, match.start("cue"), match.end("name")):
            continue  # «El Comandante Toro», known as "Comandante Toro": a nickname built on a rank, no one's title
        start = match.start("name")
        # an organization or place named inside the title ends it: the name follows;
        # without one, the name is the last two or three capitalized words
        cue_end = match.end("cue") if match.group("cue") else match.end("credit")
        inner = [t.end for t in taken if cue_end <= t.start and t.end <= match.end("name")]  # not "U.S." of the cue
        if inner:
            start = max(inner)
        else:
            run = text[match.end("cue") if match.group("cue") else match.end("credit"):match.end("name")]
            if _whole_name(run):  # "el fiscal Salvador González de los Santos": the particles are the surname's
                keep = run.split()
            elif ", " in run:  # "gobernadora de Baja California, Marina del Pilar Ávila": the name follows the comma
                keep = run.rsplit(", ", 1)[1].split()
            else:
                words = re.split(r"\s(?:of|de|del|la|the|for|el)\s", run)[-1].split()
                keep = words[-3:] if len(words) <= 3 or len(words) > 4 or (  # "subsecretario de Seguridad Luis R. B."
                    is_given_name(words[1]) and not is_given_name(words[0])) else words[-2:]
            words = keep
            if len(words) > 1 and len(keep) >= 2 and keep[0].lower() in names_data().title_words:
                keep = keep[1:]
            while keep and keep[0][:1].islower():  # a nationality between title and name: "periodista ruso"
                keep = keep[1:]
            given = next((i for i, w in enumerate(keep[1:-1], start=1) if is_given_name(w)), None)
            if keep and given and not is_given_name(keep[0]):
                keep = keep[given:]  # "...District of California Martin Estrada": the name starts at the given name
            if _named_after(run, keep):
                continue  # "profesora de la Universidad George Mason": a body named after a person
            start = match.end("name") - len(" ".join(keep)) if keep else start
            start = min(start, match.start("name"))
        while start < match.end("name") and not text[start].isalpha():
            start += 1
        cleaned = clean_person_name(text[start:match.end("name")], start)
        if cleaned is None:
            continue
        candidate, cstart, _ = cleaned
        if is_known_place(candidate) or load_lexicon().place_key(candidate):
            continue
        if len(candidate.split()) == 1 and (match.group("credit") or not (
                match.group(0)[:1].isupper() and re.fullmatch(r"\w+", candidate)) or
                re.search(rf"\b{re.escape(candidate.lower())}\b", text) or
                re.match(r"[ \xa0]+(?:\d|(?:de|del|en)[ \xa0]+[A-ZÁÉÍÓÚ\w])", text[cstart + len(candidate):]) or
                _body_goes_on(text, cstart + len(candidate))):
            continue  # "Foto: Especial": a credit names a person with two words at least; "Plaza Boss Extradited"
            # in a title-case headline: a word the text also writes in lower case; "Executive Order 14059": a number;
            # "el Coordinador Territorial de la GN": a Spanish title goes on after its adjective; "the Chief Executive
            # of the Ghana |Ports| and Harbours Authority": a body's word, its name going on to its head
        if _title_before_name(text, cstart, candidate) or (not inner and _complement_of_title(text, cstart, candidate)):
            continue  # "jefe de Operaciones de Vigilancia Aduanera": the title's own complement, no name
        span = Span(cstart, cstart + len(candidate))
        if any(span.overlaps(t) for t in taken):
            continue
        found.append(Mention("person", candidate, span, candidate, source="rule"))
    return found


def _body_goes_on(text: str, end: int) -> bool:
    """The word ending at ``end`` is joined by "and"/"y"/"&" to capitalized words that close on an organization's word
    ("Ports| and Harbours Authority"): a body's name, no one's."""
    rest = re.match(r"[ \xa0]+(?:and|y|&)[ \xa0]+((?:[A-ZÁÉÍÓÚ][\w'’-]*[ \xa0]+){0,3}[A-ZÁÉÍÓÚ][\w'’-]*)", text[end:end + 80])
    return rest is not None and rest.group(1).split()[-1].lower() in names_data().org_words


def _title_before_name(text: str, start: int, candidate: str) -> bool:
    """The words end on a title head with a capitalized name right after them ("El Paso |County Judge| Ricardo
    Samaniego"): a title of the name that follows, no one's name."""
    after = text[start + len(candidate):start + len(candidate) + 4]
    return candidate.split()[-1].lower() in names_data().title_heads and \
        re.match(r"[ \xa0]+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]", after) is not None


def _named_after(run: str, keep: list[str]) -> bool:
    """The word before the name is an organization word after "de la"/"del" ("de la |Universidad| George
    Mason", "del |Centro| Miguel Agustín Pro"): a Spanish body's name, opened by its head, not a person's."""
    before = run[:len(run) - len(" ".join(keep))].split()
    return bool(keep and before) and before[-1].lower() in names_data().org_words and \
        re.search(r"\b(?:de la|del|en la|en el)$", " ".join(before[:-1])) is not None  # not "subsecretario de |Seguridad|"


def _whole_name(run: str) -> bool:
    """The words after a title are one person's name: a given name first, then capitalized words and
    name particles, ending on a capitalized word."""
    words, names = run.split(), names_data()
    return 2 <= len(words) <= 6 and is_given_name(words[0]) and words[-1][:1].isupper() and \
        all(w[:1].isupper() or w in names.particles for w in words)


def _complement_of_title(text: str, start: int, candidate: str) -> bool:
    """True when ``candidate`` follows 'de'/'of' inside a title and nothing marks it a person's name."""
    if not re.search(r"\b(?:de|del|de la|of|of the|for|for the)\s+$", text[max(0, start - 12):start], re.I):
        return False
    return not is_given_name(candidate.split()[0])


_FULL_NAME = re.compile(r"(?<![\w.])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
                        r"(?:\s(?:(?:de|del|de la|de las|de los)\s)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?){2,3})"
                        r"(?![\w-])")  # "María Elena Treviño-Garza": a US record's hyphenated surnames are one


# a name closed by a generational suffix: "Breon Peace Jr.", "Robert F. Kennedy Jr.", "John Smith III"
_SUFFIXED_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z’'-]+){1,2},?\s(?:Jr\.|Sr\.|III|II|IV))(?![\w])")


def full_names(text: str, taken: list[Span]) -> list[Mention]:
    """A full name no other step found: a known given name and two or three capitalized words ("... and
    Ovidio Guzmán López on Tuesday", which the small English model leaves untagged), any two or three
    closed by a generational suffix ("Breon Peace Jr."), or a given name and a surname in apposition ("A relative of
    the men, |Ana Lugo|, told")."""
    out: list[Mention] = []
    for match in [*full_name_runs(_FULL_NAME, text), *_SUFFIXED_NAME.finditer(text), *appositive_names(text)]:
        span = Span(match.start(1), match.end(1))
        if any(span.overlaps(t) for t in taken + [m.span for m in out]) or not _free_standing(text, span) or \
                inside_particle_name(text, span.start, taken):
            continue
        cleaned = clean_person_name(match.group(1), span.start)
        if cleaned is not None and cleaned[0] == match.group(1):
            out.append(Mention("person", match.group(1), span, match.group(1), source="rule"))
    return out


def _free_standing(text: str, span: Span) -> bool:
    """A full name opening with a known given name, not glued to a capitalized word before it ("Avenida Marco
    Antonio ...", but a comma closes the word: "Salinas Peña, María Fernanda Olguín") nor after a place word ("la
    colonia Benito Juárez García")."""
    previous = text[text.rfind("\n", 0, span.start) + 1:span.start].split()[-1:] or [""]  # on its own line
    glued = previous[0][:1].isupper() and not previous[0].endswith((".", ":", "—", ",", ";"))
    street = previous[0].lower() in names_data().geo_words
    suffixed = _SUFFIXED_NAME.fullmatch(text, span.start, span.end) is not None
    return (suffixed or is_given_name(text[span.start:span.end].split()[0])) and not glued and not street


def _in_title_case(text: str, span: Span) -> bool:
    """The name runs on into another capitalized word, or sits on a line of capitalized words (a headline)."""
    after = text[span.end:].split(maxsplit=1)
    line = text[text.rfind("\n", 0, span.start) + 1:(text.find("\n", span.end) + 1 or len(text) + 1) - 1].split()
    words = [w for w in line if w[:1].isalpha()]
    return bool(after and after[0][:1].isupper()) or (len(words) >= 5 and
                                                      sum(w[:1].isupper() for w in words) >= 0.85 * len(words))


def longer_full_names(text: str, model: list[Mention], taken: list[Span]) -> list[Mention]:
    """A Spanish full name the model cut short or in pieces: a known given name and two or three capitalized
    words holding a shorter person of the model ("Fausto Isidro| Meza Flores", "Iván| Archivaldo Guzmán Salazar"
    with "Iván" read as a place). The words it adds are no month, weekday, known place, title or organization
    word ("Omar García Harfuch Monday" stays the model's)."""
    names, out = names_data(), []
    calendar = set(month_numbers()) | set(weekday_numbers())
    for match in _FULL_NAME.finditer(text):
        span = Span(match.start(1), match.end(1))
        inside = [m for m in model if span.start <= m.span.start and m.span.end <= span.end]
        shorter = [m for m in inside if m.type == "person" and m.span != span]
        if not shorter or len(shorter) < len([m for m in inside if m.type == "person"]) or \
                any(m.span.overlaps(span) and m not in inside for m in model) or \
                any(span.overlaps(t) for t in taken) or not _free_standing(text, span):
            continue
        if _in_title_case(text, span):
            continue  # a headline ("Alvaro Serey Issues Prison Update"): capitals say nothing there
        added = text[span.start:span.end]
        for m in shorter:
            added = added[:m.span.start - span.start] + " " * (m.span.end - m.span.start) + added[m.span.end - span.start:]
        if any(fold(w) in calendar or is_known_place(w) or w.lower() in names.title_words or w.lower() in names.org_words
               for w in added.split()):
            continue
        cleaned = clean_person_name(match.group(1), span.start)
        if cleaned is not None and cleaned[0] == match.group(1):
            out.append(Mention("person", match.group(1), span, match.group(1), source="rule"))
    return out


@cache
def _holiday_pattern() -> re.Pattern[str]:
    forms = sorted(read_data("names.yaml")["holidays"], key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])", re.I)


def holiday_spans(text: str) -> list[Span]:
    """Spans of holidays (names.yaml ``holidays``): no entity is read inside one."""
    return [Span(m.start(), m.end()) for m in matches_in(_holiday_pattern(), text)]


def withheld_people(text: str) -> list[Mention]:
    names = names_data()
    marks = "|".join(re.escape(w) for w in names.withheld)
    out = []
    for match in re.finditer(rf"\b((?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+\s){{0,3}}[A-ZÁÉÍÓÚ][a-záéíóúñ]+)\s({marks})", text):
        if match.group(1).lower() in names.not_names or \
                (match.group(2) == "N." and re.match(r"[ \xa0]+[A-ZÁÉÍÓÚ][a-záéíóúñ]", text[match.end():])):
            continue  # "Walter N. Slosar": a middle initial before the surname, nothing withheld
        words = match.group(1).split()
        # from the first given name ("Soldado de Infantería Alan «N»": the rank stays out; "a Nicolás Sierra Gallardo
        # «N»": given name and surnames, the last one withheld); without one, the last two words
        first = next((k for k, w in enumerate(words) if is_given_name(w)), max(0, len(words) - 2))
        start = match.start(1) + len(" ".join(words[:first])) + (1 if first else 0)
        surface = text[start:match.end()]
        out.append(Mention("person", surface, Span(start, match.end()), surface, source="rule"))
    return out


def tweet_authors(text: str) -> list[Mention]:
    """The display name that signs an embedded tweet: '— Embajada EU en Mex (@USEmbassyMEX) August 13, 2025'.

    An organization when the name holds an organization word or a lexicon name, a person when it
    starts with a given name; otherwise left to the model.
    """
    names = names_data()
    out = []
    for match in re.finditer(r"[—–-]\s*([A-ZÁÉÍÓÚ][^\n()—–]{1,60}?)\s*\(@\w{2,30}\)", text):
        name = match.group(1).strip()
        span = Span(match.start(1), match.start(1) + len(name))
        words = name.split()
        if any(w.strip(".,").lower() in names.org_words for w in words) or load_lexicon().org_key(name):
            out.append(Mention("organization", name, span, name, source="rule"))
        elif is_given_name(words[0]) and clean_person_name(name, span.start):
            out.append(Mention("person", name, span, name, source="rule"))
    return out


@cache
def _org_cue_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(names_data().org_cues, key=len, reverse=True))
    adjectives = (r"(?:criminal|criminales|delictivo|delictiva|armado|armada|civil|de búsqueda|de madres buscadoras|"
                  r"de periodistas|no gubernamental|criminal organization|armed|militant|rebel|drug|trafficking|"
                  r"paramilitary|advocacy|human rights|news)")
    name = (r"(?P<name>[A-ZÁÉÍÓÚÑ][\w’'&-]*(?:(?<=ando|endo)[ \xa0]+al?(?=[ \xa0]))?"  # a gerund's object: "Buscando a ..."
            r"(?:[ \xa0]+(?:(?:de|del|de la|de los|y|and|of|the|for|en|por|&)[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\w’'&-]*){0,6})")
    # "a group known as Los Cuinis", "la célula denominada Los Mayos"
    known = r"(?:[ \xa0]+(?:known as|called|dubbed|conocid[oa] como|denominad[oa]|llamad[oa]|autodenominad[oa]))?"
    # several groups by one plural cue: "gangs such as Los Choneros and Los Lobos", "grupos como Los Viagras"
    listing = r"[ \xa0]+(?:known as|called|such as|like|including|conocid[oa]s como|como|entre ellos)"
    plural = rf"(?P<plural>(?:{cues})e?s)(?:[ \xa0]+{adjectives})?{listing}"
    return re.compile(rf"\b(?:{plural}|(?:{cues})(?:[ \xa0]+{adjectives})?{known}),?[ \xa0]+[“\"«]?{name}")


@cache
def _member_of_pattern() -> re.Pattern[str]:
    """A membership or faction word, "of", and a name opened by a capitalized article: 'operador de La
    Mayiza', 'a member of La Nueva Familia Michoacana' (Spanish group names carry their article)."""
    relations = read_data("relations.yaml")
    cues = sorted({w for ws in relations["membership"].values() for w in ws} | set(relations["faction"]),
                  key=len, reverse=True)
    name = (r"(?P<name>(?:La|Las|Los|El)[ \xa0]+[A-ZÁÉÍÓÚÑ][\w-]*(?:[ \xa0]+(?:(?:de|del|de la|de los|y)[ \xa0]+)?"
            r"[A-ZÁÉÍÓÚÑ][\w-]*){0,4})(?![\w’'])")  # no possessive: "members of El Chapo's cartel"
    # the cues as one tree (``longest_first``: the same matches, tried in the same order), not hundreds of branches
    return re.compile(rf"\b(?i:{longest_first(cues, ignore_case=True)})(?:e?s)?[ \xa0]+(?:de|of)[ \xa0]+(?:the[ \xa0]+)?{name}")


@cache
def _mission_pattern() -> re.Pattern[str]:
    demonyms = "|".join(re.escape(w) for w in read_data("names.yaml")["demonyms"] if w[:1].isupper())
    return re.compile(rf"\b(?:{demonyms})[ \xa0]+(?:Embassy|Consulate(?:[ \xa0]+General)?)\b")


def mission_mentions(text: str) -> list[Mention]:
    """A country's mission named by its nationality: 'the Chinese Embassy', 'the Guatemalan Consulate' (the model
    calls it a work of art or splits the demonym off)."""
    return [Mention("organization", m.group(0), Span(m.start(), m.end()), m.group(0), source="rule")
            for m in matches_in(_mission_pattern(), text)]


def org_cue_mentions(text: str) -> list[Mention]:
    """Organizations named after a group noun: 'el colectivo Guerreros Buscadores de Jalisco', 'grupo Luz de
    Esperanza'; or after a membership word and "of": 'operador de La Mayiza'."""
    out = []
    for name, start in _cued_names(text):
        words = name.split()
        if (is_given_name(words[0]) and len(words) > 1) or is_known_place(name) or load_lexicon().place_key(name):
            continue  # "el grupo de Juan Pérez" is no organization name; neither is a place
        if fold(name) in names_data().demonyms or name.lower() in names_data().not_names or \
                surnamed_nickname_owner(name) or (_titled(words) and text[start - 2:start] == ", "):
            continue  # "integrantes de El Chapo": a nickname; "... organization, (Sonora) Attorney General X said": the speaker
        out.append(Mention("organization", name, Span(start, start + len(name)), name, source="rule"))
    return out + [u for u in namesake_units(text) if not any(u.span.overlaps(m.span) for m in out)]  # "la columna X Y"


def _titled(words: list[str]) -> bool:
    """The words open with a title, or hold one before a given name ("Baja California Attorney General María ...")."""
    titles = names_data().title_words
    return words[0].lower() in titles or any(w.lower() in titles and is_given_name(n) for w, n in pairwise(words))


@cache
def _named_before_cue() -> re.Pattern[str]:
    """Two groups named with their articles, then an apposition whose plural cue says what they are: "Los Lobos and
    Los Choneros, the country's two largest gangs", "La Nueva Familia Michoacana y Los Tlacos, dos grupos
    criminales"."""
    cues = "|".join(re.escape(c) for c in sorted(names_data().org_cues, key=len, reverse=True) if " " not in c)
    group = r"(?:El|La|Los|Las)[ \xa0]+[A-ZÁÉÍÓÚÑ][\w-]*(?:[ \xa0]+(?:de[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\w-]*){0,3}"
    return re.compile(rf"(?<![\w])(?P<name>{group}[ \xa0]+(?:and|y)[ \xa0]+{group}),[ \xa0]+(?:the|los|las|dos|two)"
                      rf"[ \xa0][^,.;]{{0,40}}?\b(?P<plural>(?:{cues})e?s)\b")


def _cued_names(text: str) -> list[tuple[str, int]]:
    """Each name after an organization cue, with its start; after a plural cue ("gangs such as"), each of the names
    listed with "and"/"y" ("Los Choneros| and |Los Lobos")."""
    out = []
    for match in [*_org_cue_pattern().finditer(text), *_member_of_pattern().finditer(text),
                  *_named_before_cue().finditer(text)]:
        name, start = match.group("name").rstrip("."), match.start("name")
        if "plural" not in match.re.groupindex or not match.group("plural"):
            out.append((name, start))
            continue
        at = 0
        for sep in [*re.finditer(r",?[ \xa0]+(?:and|y|e)[ \xa0]+|,[ \xa0]+", name), None]:
            out.append((name[at:sep.start() if sep else len(name)], start + at))
            at = sep.end() if sep else at
    return out
