"""Mexican and US states abbreviated in datelines: "Culiacán, Sin.", "Mexicali, B.C.", "Monterrey, N.L.", "Nogales, Ariz.".

The abbreviations (``data/dateline_states.yaml``) name the state only right after a place name and a
comma; anywhere else they are other words ("Col." a colonia, "B.C." British Columbia in Canadian news),
so the lexicon does not hold them as aliases."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.datelines import dateline_spans
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    states = {form: key for key, forms in read_data("dateline_states.yaml").items() for form in forms}
    forms = "|".join(re.escape(f) for f in sorted(states, key=len, reverse=True))
    place = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*(?:[^\S\n]+(?:de|del|la|las|los|[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*))*"
    return re.compile(rf"\b{place},[^\S\n]+({forms})(?![\w])"), states


def dateline_states(text: str, *, mexican: bool = True) -> list[Mention]:
    """A place mention of the state for each abbreviation after a place and a comma. An abbreviation that is also
    another country's region ("B.C." British Columbia) names the Mexican state only after a Mexican place
    ("Mexicali, B.C.") or in a text that names one (``mexican``): "Falkland, B.C." in Canadian news is the province."""
    pattern, states = _pattern()
    lexicon = load_lexicon()
    places = lexicon.places
    out = []
    for match in pattern.finditer(text):
        key = states[match.group(1)]
        other = lexicon.place_key(match.group(1))
        if other and other != key and not mexican and not _mexican_place(text[match.start():match.start(1)]):
            continue
        out += _unknown_capitals_city(text, match.start(), match.start(1))
        span = Span(match.start(1), match.end(1))
        if key in places:
            out.append(Mention("place", match.group(1), span, places[key].name, key=key, source="rule"))
        elif not key.startswith(("mx-", "us-")):  # a state the lexicon leaves unkeyed: named like a surname ("Gro."), a US one
            out.append(Mention("place", match.group(1), span, key, source="rule"))
    out += [m for d in dateline_spans(text) for m in _capitals_city(_CITY_END.split(text[d.start:d.end])[0], d.start)]
    out += [m for d in _STOP_DATELINE.finditer(text) for m in _capitals_city(d.group(1), d.start(1))
            if not any(o.span.overlaps(m.span) for o in out)]
    return out + [m for m in _region_written_out(text) if not any(o.span == m.span for o in out)]


def _region_written_out(text: str) -> list[Mention]:
    """The unknown city in capitals that opens a dateline before a state or country written out ("DAYTON, Ohio —",
    "TRALEE, Co Kerry —"): a place, where the model reads the capitals as an organization."""
    out = []
    for d in dateline_spans(text):
        region = re.match(r"[A-ZÁÉÍÓÚÑ' ]+,[^\S\n]+(?=[A-Z][a-záéíóúñ]+\b)", text[d.start:d.end])
        out += _unknown_capitals_city(text, d.start, d.start + region.end()) if region else []
    return out


# a city in capitals, the agency in brackets or none, and a full stop opening a paragraph ("BOGOTÁ (Colprensa). Tropas
# ...", "TEGUCIGALPA. Agentes ...": Colombian and Central American papers): only a city the lexicon knows is taken
_STOP_DATELINE = re.compile(r"(?:^|(?<=\n))([A-ZÁÉÍÓÚÑ]{3,}(?:[^\S\n][A-ZÁÉÍÓÚÑ]+){0,3})(?:[^\S\n]+\([^()\n]{2,40}\))?\."
                            r"[^\S\n]+(?=[A-ZÁÉÍÓÚÑ¿¡])")
_CITY_END = re.compile(r"[ \xa0]*(?:[,(—–/]|-[ \xa0]|\.-)")  # "CULIACÁN|, Sin.-", "SAN ANTONIO| —", "MÉRIDA|.-", "CDMX|/"


def _capitals_city(city: str, start: int) -> list[Mention]:
    """The dateline's city before its comma where it is set in capitals and the lexicon knows it ("CULIACÁN, Sin.-",
    "MONTERREY, Mexico (Reuters) -"): the lexicon leaves one word in capitals to the model, which may read it as nothing."""
    key = load_lexicon().place_key(city) if city.isupper() else None
    if key is None or key not in load_lexicon().places:
        return []
    return [Mention("place", city, Span(start, start + len(city)), load_lexicon().places[key].name, key=key, source="rule")]


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y"})


def _unknown_capitals_city(text: str, start: int, state: int) -> list[Mention]:
    """The city in capitals that opens a dateline before a state's abbreviation, where the lexicon does not know it
    ("TULANCINGO, Hgo.-"): a place, named as a sentence writes it ("Tulancingo"; "SAN JUAN DEL RÍO" "San Juan del Río")."""
    city = text[start:state].rstrip(", \xa0")
    if not city.isupper() or load_lexicon().place_key(city) or not any(d.start == start for d in dateline_spans(text)):
        return []
    name = " ".join(w.lower() if i and w.lower() in _PARTICLES else w.capitalize() for i, w in enumerate(city.split()))
    return [Mention("place", city, Span(start, start + len(city)), name, source="rule")]


def _mexican_place(before: str) -> bool:
    """The dateline's place before the comma ("Mexicali, ") is a Mexican place the lexicon knows."""
    key = load_lexicon().place_key(before.rstrip(", \xa0"))
    return bool(key and key.startswith("mx-"))


_OPENER_END = re.compile(r"[^\S\n]*(?:[.,]|[-—–]|\.-)[^\S\n]+[A-ZÁÉÍÓÚÑ¿¡\"“]")


def capitals_opener_place(text: str, mention: Mention) -> Mention | None:
    """The model's person or place that is a paragraph's opening word(s) set in capitals before a stop, a comma or a
    dash and a sentence ("LIMA. En otra acción ...", "BAWKU, Ghana — ..."): the dateline's city, a place (named as a
    sentence writes it, keyed where the lexicon knows it) the rule vouches for, never a surname that grouping joins to a
    person of the story ("Byron Estuardo Lima Oliva")."""
    start, end = mention.span.start, mention.span.end
    if not mention.text.isupper() or len(mention.text) < 3 or (start and text[start - 1] != "\n") or \
            not _OPENER_END.match(text, end):
        return None
    name = " ".join(w.lower() if i and w.lower() in _PARTICLES else w.capitalize() for i, w in enumerate(mention.text.split()))
    key = load_lexicon().place_key(name)
    known = load_lexicon().places.get(key) if key else None
    return Mention("place", mention.text, mention.span, known.name if known else name, key=key if known else None,
                   source="rule")
