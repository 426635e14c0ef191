"""Acronyms an article defines in brackets: "la Comisión Nacional Bancaria y de Valores (CNBV)".

Written by hand: spaCy's small models split long official names at "y"/"and" and leave unknown
acronyms untagged or MISC, and no library reads a definition in brackets. The name before the
brackets is one organization when the acronym's capitals are its capitalized words' initials
(or the acronym is a known organization's); later uses of the acronym are that organization.
"""

from __future__ import annotations

import re
from itertools import dropwhile

from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span

# "(CNBV)", "(FinCEN)", "(C5)", and two bodies' letters joined as their names are ("Coordinadora Regional de
# Autoridades Comunitarias–Policía Comunitaria (CRAC-PC)")
_ACRONYM = r"\(([A-ZÁÉÍÓÚÑ](?:[A-Za-zÁÉÍÓÚÑ]{1,7}(?:-[A-ZÁÉÍÓÚÑ]{1,4})?|\d[a-z]?))\)"
DEFINED_ACRONYM = re.compile(r"\s*" + _ACRONYM)
# a title-case name ending right before the brackets: capitalized words and the joiners of official names
_JOINER_WORDS = r"(?:de|del|el|la|las|los|a|al|y|e|en|contra|para|of|the|and|for|on|in|against)"
_DEFINED_NAME = re.compile(r"((?:[A-ZÁÉÍÓÚÑ][\w’'-]+)(?:(?:,?[ \xa0]+(?:" + _JOINER_WORDS + r"[ \xa0]+)*|–)"
                           r"[A-ZÁÉÍÓÚÑ][\w’'-]+){1,10})[ \xa0]*" + _ACRONYM)
_JOINERS = {"de", "del", "el", "la", "las", "los", "a", "al", "y", "e", "en", "contra", "para", "of", "the", "and", "for",
            "on", "in", "against"}  # "Red Nacional de Defensoras de Derechos Humanos en México (RNDDHM)", "para el Combate a las"


def _initials_match(name: str, acronym: str) -> bool:
    """The acronym's capitals are the initials of the name's capitalized words, in order; a numbered acronym counts
    its letter's words ("Centro de Comando, Control, Comunicaciones, Cómputo, Coordinación e Inteligencia (C5)")."""
    initials = [w[0] for w in name.replace(",", " ").replace("–", " ").split() if w not in _JOINERS and w[:1].isupper()]
    numbered = re.fullmatch(r"([A-Z])(\d)[a-z]?", acronym)
    if numbered:
        letter, count = numbered.group(1), int(numbered.group(2))
        run = len(initials) - len(list(dropwhile(lambda c: fold(c) == fold(letter), initials)))
        return count >= 2 and count <= run <= count + 1 and len(initials) - run <= 1
    capitals = [fold(c) for c in acronym if c.isupper()]
    if len(capitals) >= 2 and capitals == [fold(c) for c in initials]:
        return True
    words = [w for w in name.replace(",", " ").split() if w[:1].isupper() or w in _LETTERED_JOINERS]
    return len(capitals) >= 2 and any(w in _LETTERED_JOINERS for w in words) and _initials_with_joiners(words, capitals)


# joiners some acronyms spell a letter for: "Unidad Especializada en Investigación de Delitos contra la Salud (UEIDCS)"
_LETTERED_JOINERS = {"contra", "para"}


def _initials_with_joiners(words: list[str], letters: list[str]) -> bool:
    """``letters`` are the initials of ``words`` in order, each capitalized word giving one and each lettered joiner
    one or none."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    takes = bool(letters) and fold(first[0]) == letters[0] and _initials_with_joiners(rest, letters[1:])
    return takes or (first in _LETTERED_JOINERS and _initials_with_joiners(rest, letters))


def _prefixes_match(name: str, acronym: str) -> bool:
    """A mixed-case acronym spells the openings of the name's words, each word giving one or more letters in order
    ("Centro de Investigación y Seguridad Nacional (Cisen)": C-I-Se-N; "Asociación Mexicana de Empresas
    Gasolineras (Amegas)"); so does a long one in capitals ("Procuraduría de los Derechos Humanos del Estado de
    Guanajuato (PRODHEG)": PRO-D-H-E-G)."""
    if len(acronym) < (5 if acronym.isupper() else 4) or not (acronym.isupper() or acronym[1:].islower()):
        return False
    words = [fold(w) for w in name.replace(",", " ").split() if w not in _JOINERS]
    return len(words) >= 2 and _spelled(words, fold(acronym))


def _spelled(words: list[str], letters: str) -> bool:
    """``letters`` is the openings of ``words``, one or more letters of each, in order."""
    if not words:
        return not letters
    return any(letters[:k] == words[0][:k] and _spelled(words[1:], letters[k:])
               for k in range(1, min(len(words[0]), len(letters) - len(words) + 1) + 1))


def _without_place_tail(name: str) -> str:
    """``name`` without the known place that closes it ("Comisión Estatal de Derechos Humanos |de Sinaloa|"), whose
    acronym often leaves the place out ("CEDH")."""
    head, sep, place = name.rpartition(" de ")
    return head if sep and head and is_known_place(place) else name


def spells_without_place(acronym: str, name: str) -> bool:
    """``acronym`` spells the initials of ``name`` without the state or town closing it: a headline's "FGE" for "la
    Fiscalía General del Estado de Guanajuato (FGEG)"."""
    short = _without_place_tail(name)
    return short != name and _initials_match(short, acronym)


def defined_names(text: str) -> list[Mention]:
    """Organizations named in full right before the acronym that defines them: the name is taken from its
    last run of words whose initials spell the acronym ("... de la Secretaría de Hacienda y Crédito Público
    (SHCP)"), or whole when the acronym is a known organization's ("Red de Control de Delitos Financieros
    (FinCEN)"), keyed to it."""
    lex = load_lexicon()
    out = []
    for match in _DEFINED_NAME.finditer(text):
        words, acronym = match.group(1).split(" "), match.group(2)
        key = lex.org_key(acronym) if acronym.isupper() or acronym[1:].lower() != acronym[1:] else None
        if any(w.isupper() and len(w) > 1 for w in words):
            continue  # "MEXICO CITY (AP)": a dateline
        for i in range(len(words) - 1):
            if words[i] in _JOINERS or not words[i][:1].isupper() or is_given_name(words[i].strip(",")):
                continue  # "Blanca Gutiérrez (PAN)": a person and her party; "Sandra Ley, del Centro de ... (CIDE)"
            name = " ".join(words[i:]).strip(" ,")
            if _initials_match(name, acronym) or _prefixes_match(name, acronym) or \
                    _initials_match(_without_place_tail(name), acronym) or \
                    (key and i == _first_word(words) and _names_a_body(name)):
                start = match.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
                out.append(Mention("organization", name, Span(start, start + len(name)), name, key=key, source="rule"))
                break
    return out


def _names_a_body(name: str) -> bool:
    """The name holds an organization word ("Red de Control ...", "Office of ...")."""
    return any(w.strip(",").lower() in names_data().org_words for w in name.split())


def _first_word(words: list[str]) -> int:
    """Index of the first word of a name opened by an article ("La Red de ..." -> 1), after the run's last comma
    where the run names a person before a comma ("Under President Claudia Sheinbaum, |Mexico's Security Secretariat|
    (SSPC)"; "Centro Nacional de Planeación, Análisis e ..." stays whole)."""
    after = max((k + 1 for k, w in enumerate(words[:-1]) if w.endswith(",")), default=0)
    after = after if any(is_given_name(w) for w in words[:after]) else 0
    return after + (1 if words[after].lower() in {"la", "el", "los", "las", "the"} else 0)


def defined_acronym(text: str, m: Mention) -> str | None:
    """The acronym an article defines in brackets right after an organization's name, when its first letter
    is the name's and it has no more letters than the name has words ("Centro Nacional de Inteligencia
    (CNI)") or spells their openings ("Amegas"); later mentions of the acronym are that organization, lexicon or not.
    A Spanish name of three words or more may carry the acronym of its English original ("la Oficina de Rendición de
    Cuentas del Gobierno (GAO)", "la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)")."""
    found = DEFINED_ACRONYM.match(text, m.span.end) if text else None
    if found is None:
        return None
    acronym, words = found.group(1), m.name.split()
    if len(acronym) > len(words) and not _prefixes_match(m.name, acronym):
        return None
    if fold(acronym[0]) != fold(words[0][0]) and not _translated(m.name, acronym):
        return None
    return acronym


def _translated(name: str, acronym: str) -> bool:
    """A Spanish name of three words or more ("Oficina de ... del Gobierno"), with an acronym in capitals no other
    organization of the lexicon holds: the acronym of the body's own (English) name."""
    words = [w for w in name.split() if w not in _JOINERS]
    return len(words) >= 3 and acronym.isupper() and any(w in _SPANISH_JOINERS for w in name.split()) and \
        not load_lexicon().org_key(acronym)


_SPANISH_JOINERS = frozenset({"de", "del", "las", "los", "contra", "para"})


def acronym_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each use of an acronym an article defined beside an organization (``defined_acronym``) that no
    mention covers: the model often leaves an unknown acronym untagged, or calls it MISC."""
    acronyms = {a for m in mentions if m.type == "organization" and (a := defined_acronym(text, m))}
    out = []
    for acronym in sorted(acronyms):
        for found in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])", text):
            span = Span(found.start(), found.end())
            if not any(span.overlaps(m.span) for m in mentions):
                out.append(Mention("organization", acronym, span, acronym, source="rule"))
    return out


def spelled_by_acronym(text: str, span: Span, name: str) -> bool:
    """The name is followed by an acronym in brackets whose capitals open with the initials of all its words
    ("Fomento Económico Mexicano (FEMSA)"): an organization's name, which the model may call a person; a
    person's party ("Blanca Gutiérrez (PAN)") does not spell the name."""
    found = DEFINED_ACRONYM.match(text, span.end)
    if found is None:
        return False
    capitals = [fold(c) for c in found.group(1) if c.isupper()]
    initials = [fold(w[0]) for w in name.split() if w not in _JOINERS]
    return len(initials) >= 2 and len(capitals) >= len(initials) and capitals[:len(initials)] == initials


def bracketed_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the model's place or person in brackets right after an organization ("la Fiscalía General
    del Estado de Baja California (FGEBC)", "el Servicio Médico Forense (Semefo)"), and its other uses, made that
    organization's acronym."""
    orgs = [m for m in mentions if m.type == "organization"]
    defined = {found.group(1) for m in orgs if (found := DEFINED_ACRONYM.match(text, m.span.end))}
    return [Mention("organization", m.text, m.span, m.text, source=m.source)
            if m.type != "organization" and m.source == "model" and m.text in defined else m for m in mentions]


def _spells(acronym: str, name: str) -> bool:
    """``acronym`` spells the initials of ``name``, or of its words after a place opening it ("Arizona| Department of
    Public Safety": "DPS")."""
    if _initials_match(name, acronym):
        return True
    first, _, rest = name.partition(" ")
    if "–" in name and _initials_match(name.split("–")[0], acronym):
        return True  # "CRAC" for the first of two bodies joined in one name ("Coordinadora Regional de ...–Policía ...")
    return bool(rest) and is_known_place(first) and _initials_match(rest, acronym)


def initialed_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each acronym in capitals that spells an organization of the text, defined or not ("Arizona
    Department of Public Safety troopers ... DPS said"), as that organization: free uses are added, the model's
    guesses at it (a person, a place, a body of its own) replaced. An acronym the lexicon knows is left to it."""
    orgs = [m for m in mentions if m.type == "organization" and len(m.name.split()) >= 2]
    if not orgs:
        return mentions
    for acronym in sorted(set(re.findall(r"(?<![\w.-])[A-Z]{3,6}(?:-[A-Z]{1,4})?(?![\w-])", text))):
        owner = next((m for m in orgs if _spells(acronym, m.name)), None)
        if owner is None or load_lexicon().org_key(acronym):
            continue
        # the model's guesses: a person, a place, or an organization of its own ("la |CRAC|" beside the CRAC-PC)
        guesses = [m for m in mentions if m.source == "model" and m.text == acronym]
        mentions = [m for m in mentions if m not in guesses]
        for found in re.finditer(rf"(?<![\w.-]){re.escape(acronym)}(?![\w-])", text):
            span = Span(found.start(), found.end())
            if not any(span.overlaps(m.span) for m in mentions):
                mentions.append(Mention("organization", acronym, span, owner.name, key=owner.key, source="rule"))
    return mentions
