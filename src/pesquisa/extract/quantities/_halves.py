"""Halves and the words around a fraction that make it a share of a whole or the size of a change.

"Nearly half of the guns", "la mitad de los detenidos" are a 50% share of what follows; "dropped by roughly
half", "se redujeron a la mitad", "cut in half" a fall of 50%. A half of a time ("the second half of 2025",
"la mitad del año"), of a unit ("half a ton") or one of two halves ("the other half") is none. A fraction of a million or
more is a number: "a quarter of a million dollars", "a quarter-million", "tres cuartos de millón".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pesquisa.extract.quantities._lexicon import load_quantity_lexicon, words_pattern

if TYPE_CHECKING:
    from pesquisa.extract.quantities._numerals import Token

# A fraction giving the size or an end of a change: "fell by nearly a third", "down from two-thirds a decade ago"
BY_FRACTION = re.compile(r"(?<![a-z])(?:by|from|down|up)\s+(?:[a-z]+\s+){0,2}\Z")
# What a share is of, after "of"/"de": "half of the guns", "la mitad de los detenidos", "un tercio de la cocaína"
# a share standing alone as the plural subject of its verb: "about a third came from Texas", "nearly half were bought in
# Arizona" (a singular verb tells one more: "two were killed and a third was wounded")
SHARE_SUBJECT = re.compile(r"\s+(?:were|are|have\s+been|had\s+been|came\s+from|come\s+from)(?![a-z])")
# a whole counted after its article: "la mitad de las 3 mil 200 personas", "half of the 400 victims" (not "half of 2025")
COUNTED_WHOLE = re.compile(r"\s(?:the|its|their|los|las|sus)\s+\d")
WHOLE_OF = re.compile(r"\s+(?:of|de|del)\s+(?:(?:the|its|their|this|that|el|la|los|las|este|esta|su|sus)\s+)?([a-z0-9]+)")
# No share: "the second half of", "the other half", "la primera mitad", "se redujo a la mitad" (Spanish needs "la")
NOT_HALF_SHARE = {"en": re.compile(r"(?<![a-z])(?:first|second|other|latter|former|the|a|an|in)\s+\Z"),
                  "es": re.compile(r"(?<![a-z])(?:a|en|hasta|por|otra|primera|segunda)\s+(?:la\s+)?\Z|(?<!la)\s\Z")}
# What joins a fall to the half it falls to: "se redujeron a la mitad", "bajaron prácticamente a la mitad", "cut in half"
# between a fraction and the scale it takes a part of: "a quarter of a million", "a quarter-million", "un cuarto de millón"
SCALE_LINK = {"en": re.compile(r"(?:\s+of\s+an?\s+|-|\s+)"), "es": re.compile(r"\s+de\s+")}
FALL_TO_HALF = {"en": r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,2}?in\s+\Z", "es": r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,2}?a\s+la\s+\Z"}

# The place cut, told before the verb, and the word before it: "a city cut", "the town was cut", "Nogales, a city that
# is cut"; a place after a preposition is where an amount fell ("homicides in the city were cut"), no subject
CUT_THING_BEFORE = {
    "en": r"(?<![a-z])(?:([a-z]+)\s+)?(?:(?:a|an|the|this|that|its|their|our)\s+)?(?:[a-z]+\s+)?WORDS,?\s+"
          r"(?:(?:that|which|was|is|were|are|been|being|has|have|had|literally|effectively|virtually|now)\s+){0,3}\Z",
    "es": r"(?<![a-z])(?:([a-z]+)\s+)?(?:(?:la|el|las|los|una|un|esta|este|su|sus)\s+)?WORDS(?:\s+[a-z]+)?,?\s+"
          r"(?:(?:que|fue|es|ha|sido|quedo|se)\s+){0,3}\Z"}
# The object of "halved": "halved the town", "halved its murder rate"
HALVED_OBJECT = re.compile(r"\s+((?:the|its|their|a|an|this|that|his|her|our)\s+(?:[a-z]+\s+){0,2}?[a-z]+)")
PLACE_PREPOSITIONS = frozenset(("in", "of", "across", "throughout", "for", "at", "en", "de", "del", "por", "para"))
# What cut it, after "half": "cut in half by the border wall", "a la mitad por el río"
CUT_BY = {"en": r"\s+by\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+){0,2}?WORDS(?![a-z])",
          "es": r"\s+por\s+(?:(?:el|la|los|las|un|una|su|sus)\s+)?(?:[a-z]+\s+){0,2}?WORDS(?![a-z])"}


def half_share(toks: list[Token], i: int, scan: str, lang: str) -> tuple[int, float] | None:
    """(token, 50) for half of a whole: "nearly half of the guns", "la mitad de los robos", a change "by half"; (token,
    -50) for a fall to half ("se redujeron a la mitad", "cut in half", "halved"); None for half of a time ("half of 2025", "la
    mitad del año"), of a unit ("half of a ton") or one of two halves."""
    words, t = load_quantity_lexicon().words, toks[i]
    if t.text in load_quantity_lexicon().share_fractions[lang]:
        return the_part(toks, i, lang)  # "casi la tercera parte de las víctimas"
    if t.text in words["halving_verbs"][lang]:  # "homicides halved", "the program halved overdose deaths"
        return None if halves_a_thing(scan, t.start, t.end, lang) else (i, -50.0)
    of = WHOLE_OF.match(scan, t.end)
    whole = of.group(1) if of else None
    if whole is None and (fall := words_pattern(FALL_TO_HALF[lang], "fall_words", lang).search(scan, max(0, t.start - 50),
                                                                                                 t.start)):
        return None if cuts_a_thing_in_two(scan, fall.start(), t.end, lang) else (i, -50.0)
    times = words["time_nouns"][lang] | words["months"][lang]
    if NOT_HALF_SHARE[lang].search(scan, max(0, t.start - 25), t.start) or (whole is not None and (
            (whole[0].isdigit() and not (of and COUNTED_WHOLE.search(of.group(0)))) or whole in ("a", "an", "un", "una") or
            whole in times)):
        return None
    # English needs "of" or a change "by half": not "half a million"
    subject = lang == "en" and SHARE_SUBJECT.match(scan, t.end) is not None
    return (i, 50.0) if lang == "es" or whole is not None or subject or BY_FRACTION.search(scan, max(0, t.start - 25),
                                                                                          t.start) else None


def the_part(toks: list[Token], i: int, lang: str) -> tuple[int, float] | None:
    """(last token, percentage) of a Spanish share told with its article, "la tercera parte" (33.3), "la cuarta parte"
    (25); None for any other use of the ordinal ("la tercera vez", "una tercera parte" is read as a numeral)."""
    if lang != "es" or i == 0 or toks[i - 1].text != "la" or i + 1 >= len(toks) or toks[i + 1].text != "parte":
        return None
    return i + 1, 100 / load_quantity_lexicon().share_fractions[lang][toks[i].text]


def cuts_a_thing_in_two(scan: str, verb: int, half_end: int, lang: str) -> bool:
    """True when the "cut in half" between ``verb`` and ``half_end`` divides a place or a thing, no amount: "a city cut
    in half by the wall", "the fence cuts the town in half"; not "homicides in the city were cut in half", "the city cut
    its deaths in half", nor "la comunidad se redujo a la mitad" (its people: only a verb that also divides counts)."""
    cut = words_pattern(r"WORDS\s+", "halving_cuts", lang).match(scan, verb)
    if cut is None:
        return False
    obj = scan[cut.end():half_end].split()[:-2]  # the words before "in half"
    if obj:  # "cuts the town in half": what is cut is told after the verb
        return words_pattern(r"(?<![a-z])WORDS(?![a-z])", "halved_wholes", lang).search(" ".join(obj)) is not None
    return subject_is_a_thing(scan, verb, lang) or \
        words_pattern(CUT_BY[lang], "halving_dividers", lang).match(scan, half_end) is not None


def halves_a_thing(scan: str, verb: int, end: int, lang: str) -> bool:
    """True when the verb "halved" between ``verb`` and ``end`` divides a place or a thing ("the wall halved the town"),
    no amount: "homicides halved", "the state halved its murder rate" are a fall of 50%."""
    obj = HALVED_OBJECT.match(scan, end)
    if obj is not None:  # "halved the town", "halved its murder rate": what is halved follows
        return words_pattern(r"(?<![a-z])WORDS(?![a-z])", "halved_wholes", lang).search(obj.group(1)) is not None
    return subject_is_a_thing(scan, verb, lang)


def subject_is_a_thing(scan: str, verb: int, lang: str) -> bool:
    """True when the words before ``verb`` name a place or a thing as what is cut: "a city cut", "the town was halved";
    not one after a preposition ("homicides in the city were cut")."""
    opening = max(scan.rfind(".", 0, verb), scan.rfind(";", 0, verb), verb - 80) + 1
    before = words_pattern(CUT_THING_BEFORE[lang], "halved_wholes", lang).search(scan, opening, verb)
    return before is not None and before.group(1) not in PLACE_PREPOSITIONS


def half_atom(toks: list[Token], k: int, scan: str, atoms: list[tuple[str, float]],
              lang: str) -> tuple[int, tuple[str, float]] | None:
    """(last token, atom) of a half that goes on a numeral at the joiner token ``k``, or None.

    A whole number takes half a unit: "two and a half tons", "12 and a half years" (0.5). A million (or more) takes
    half of it: "un millón y medio de pesos", "dos millones y medio de litros", "a million and a half dollars".
    """
    words = load_quantity_lexicon().words["and_a_half"][lang]
    span = next((n for n in (2, 3) if k + n <= len(toks) and all(scan[toks[j].end:toks[j + 1].start] == " "
                                                                  for j in range(k, k + n - 1))
                 and " ".join(t.text for t in toks[k:k + n]) in words), None)
    if span is None:
        return None
    kind, value = atoms[-1]
    if kind in ("d", "w") and value == int(value) and not any(a[1] != int(a[1]) for a in atoms):
        return k + span - 1, ("w", 0.5)
    if kind == "s" and value >= 1_000_000:
        return k + span - 1, ("d", value / 2)
    return None


def compared_after(scan: str, end: int, lang: str) -> bool:
    """True when a comparative follows the fraction ending at ``end``, which is then the size of a change: "nearly a
    third higher than", "a fifth lower", "un tercio más que en 2024"."""
    return words_pattern(r"\s+WORDS(?![a-z])", "fraction_comparatives", lang).match(scan, end) is not None


def fraction_of_scale(toks: list[Token], i: int, scan: str, lang: str) -> tuple[int, float, float] | None:
    """(scale token, value, scale) of a fraction of a million or more starting at token ``i``: "a quarter of a million"
    (250,000), "three-quarters of a billion", "a quarter-million", "un cuarto de millón"; None elsewhere ("a quarter of
    the guns", "a quarter of a ton")."""
    lex = load_quantity_lexicon()
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].text == "-" and scan[toks[i].end] == "-" else i + 1
    if k >= len(toks) or toks[i].text not in lex.number_words[lang] or toks[k].text not in lex.fractions[lang] or \
            scan[toks[i].end:toks[k].start] not in (" ", "-"):
        return None
    link = SCALE_LINK[lang].match(scan, toks[k].end)
    if link is None:
        return None
    last = next((n for n in range(k + 1, len(toks)) if toks[n].start >= link.end()), None)
    if last is None or toks[last].start != link.end():
        return None
    scale = lex.scales[lang].get(toks[last].text, 0)
    if scale < 1_000_000:
        return None
    numerator = lex.number_words[lang][toks[i].text]
    return last, numerator / lex.fractions[lang][toks[k].text] * scale, scale
