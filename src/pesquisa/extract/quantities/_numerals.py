"""Numerals in English and Spanish news text: tokens of the folded text and their values.

Everything here works on a *folded* copy of the text: lower case, accents stripped, one
character for one character, so offsets found in the folded copy are offsets in the
original. Case is read from the original where it matters (a capitalized "Five Eyes" is a
name, a sentence-initial "Cuatro ciudadanos" is a count).

A numeral is a run of digits, number words and scale words read as one value:
"32,000", "1.100" (Spanish thousands dot), "2,5" (Spanish decimal comma), "17 millones",
"mil 400 millones" (1,400 × 10^6), "6 mil 602", "twenty-five", "treinta y cinco",
"a million". Scales accumulate the usual way: a thousand multiplies what is pending,
a million or more closes it ("dos millones trescientos mil" = 2,300,000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pesquisa.extract.quantities import _halves
from pesquisa.extract.quantities._halves import BY_FRACTION, SHARE_SUBJECT, WHOLE_OF, compared_after, half_atom, half_share
from pesquisa.extract.quantities._lexicon import half_words, load_quantity_lexicon
from pesquisa.extract.quantities._restated import restates_figure
from pesquisa.extract.quantities._spaced import spaced_thousands, thousand_groups

# Tokens of folded text: dotted acronyms ("u.s.", "ee.uu."), digit groups, words, any other
# single character. Hyphens split words so "twenty-five" and "MS-13" can be read apart.
# a dollar figure may drop its leading zero: "$.5 million" (not ".50-caliber", whose dot stands alone)
TOKEN = re.compile(r"(?:[a-z]{1,2}\.){2,}|\d+(?:[.,]\d+)*|(?<=\$)\.\d+|[a-z]+(?:'[a-z]+)?|\S")
# "uno de cada cuatro": a share's "uno" is a number, no article
ONE_OF_EACH = re.compile(r"\s+(?:de|en)\s+cada\s")
# Noise masked before reading numbers: links, e-mail, handles, hashtags, phone numbers.
# An e-mail starts at a word's start and its parts are bounded: an open-ended ``\S+@``
# retried at every position of a 1,000,000-letter word never finished (issue 16).
NOISE = re.compile(
    r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|(?<!\S)\S{1,256}@\S{1,256}\.\w+|[@#]\w+"
    r"|(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,3}\)|\d{2,3})[\s.-]\d{3,4}[\s.-]\d{4}(?![\w])"
)
# A Spanish "un/una" joined by a comma or "y" to the other things of a list a seizure verb opens is one of them:
# "aseguraron un arma larga, una granada y 50 cartuchos", "dos fusiles y un vehículo"
# ... and one that opens a bullet of a list ("- Un generador eléctrico"): whether the list is of seized goods is the
# kind's to say
BULLET_BEFORE = re.compile(r"(?:\A|\n)[ \t]*[-•*·▪][ \t]*\Z")
SAID_THAT = re.compile(r"\s+que\s")
LIST_JOIN_BEFORE = re.compile(r"(?:,|\s[ye])\s*\Z")
LIST_JOIN_AFTER = re.compile(r"(?:\s+[a-z0-9.-]+){1,5}?\s*(?:,|\s[ye](?=\s))\s*([a-z]+|\d)")
# How far back a list's verb may stand within its sentence: a Semar release lists a dozen goods after "se localizaron"
LIST_REACH = 400
# The joins of a list: "un arma larga, una granada y 50 cartuchos"
LIST_JOINS = re.compile(r",|\s[ye]\s")

# What joins a fraction to its unit: "a quarter of a ton", "tres cuartos de kilo"
FRACTION_LINK = {"en": re.compile(r"\s+of\s+an?(?=\s)"), "es": re.compile(r"\s+de(?=\s)")}
# A phone number written in groups of two to four digits: "800 00 85 400", "55 53 46 00 00", "01 800 123 45 67";
# masked when its digits make a phone's ten to thirteen and not all groups are years ("2019 2020 2021")
DIGIT_GROUPS = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?\d{2,4}(?:[ .-]\d{2,4}){2,4}(?![\w])")
PHONE_WORD = re.compile(r"(?<![a-z])(?:tel|tels|telefono|telefonos|phone|call|llame|llamar|llamando|marque|marcar|whatsapp|fax"
                        r"|contacto|hotline|tip line|linea)(?![a-z])[^\n]{0,30}\Z")
MAX_VALUE = 1e18  # numerals beyond this are junk (issue 16: a 1,000,000-digit number overflowed)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str  # folded

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit() or (self.text[0] == "." and self.text[1:2].isdigit())  # "$.5 million"

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def tokenize(scan: str) -> list[Token]:
    """Tokens of the folded, masked text, with offsets into the original."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(scan)]


def mask_noise(folded: str) -> str:
    """``folded`` with links, handles and phone numbers blanked out (same length)."""
    masked = NOISE.sub(lambda m: " " * (m.end() - m.start()), folded)
    return DIGIT_GROUPS.sub(lambda m: " " * (m.end() - m.start()) if _phone_digits(m, masked) else m.group(), masked)


def _phone_digits(m: re.Match[str], folded: str) -> bool:
    """True for a run of digit groups that reads as a phone number: 10 to 13 digits, not a row of years, with a group
    opening with 0 ("800 00 85 400") or a phone word before it ("Tel. 81 83 45 67 89"); not a table row of figures
    ("Enero 120 135 150 160")."""
    groups = re.findall(r"\d+", m.group())
    if not 10 <= sum(map(len, groups)) <= 13 or all(len(g) == 4 for g in groups):
        return False
    return any(g.startswith("0") for g in groups) or PHONE_WORD.search(folded, max(0, m.start() - 40), m.start()) is not None


def parse_digits(s: str, lang: str) -> float | None:
    """Value of a digit group as written in ``lang``; None for versions, ids and the like.

    A separator followed by exactly three digits groups thousands ("32,000"; in Spanish
    also "1.100"); otherwise it marks decimals ("16.5", "2,5"). With both separators the
    last one is the decimal mark. English reads a dot as a decimal point always.
    """
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    if len(set(seps)) == 2:
        dec = s[max(s.rfind("."), s.rfind(","))]
        thou = "," if dec == "." else "."
        whole, frac = s.rsplit(dec, 1)
        groups = whole.split(thou)
        if not thousand_groups(groups):
            return None
        return float("".join(groups) + "." + frac)
    sep = seps[0]
    groups = s.split(sep)
    if len(groups) > 2:
        return float("".join(groups)) if thousand_groups(groups) else None
    thousands = len(groups[1]) == 3 and thousand_groups(groups) and (sep == "," or lang == "es")
    return float("".join(groups)) if thousands else float(groups[0] + "." + groups[1])


@dataclass(slots=True)
class Numeral:
    """A numeral read from tokens ``first``..``last`` (inclusive)."""

    first: int
    last: int
    value: float
    words_only: bool  # no digit in it ("cuatro", "a million")
    scale: float  # the last scale applied (1 when none): "between 5 and 10 million"
    plain_digits: str | None  # the digit group when the numeral is only that ("2019")
    share: bool = False  # a fraction read as a percentage of what follows ("three-quarters of the guns": 75)


def _gap(scan: str, a: Token, b: Token) -> str:
    return scan[a.end:b.start]


def read_numeral(toks: list[Token], i: int, scan: str, lang: str) -> Numeral | None:
    """The numeral starting at token ``i``, or None when none starts there.

    Steps: read atoms (digits, number words, scale words) while the joins between them
    are ones a numeral allows; then fold them into one value.
    """
    lex = load_quantity_lexicon()
    words, scales = lex.number_words[lang], lex.scales[lang]
    t = toks[i]
    half = half_share(toks, i, scan, lang) if t.text in half_words(lang) else None
    if half is not None:  # "nearly half of the guns", "la mitad de los detenidos"
        return Numeral(i, half[0], half[1], True, 1.0, None, share=True)
    if t.is_digits:
        spaced, v = spaced_thousands(toks, i, scan) or (i, parse_digits(t.text, lang))  # "1 200 kilos", "3 000 kg"
        if v is None:
            return None
        atoms: list[tuple[str, float]] = [("d", v)]
    elif t.text in words:
        atoms = [("w", words[t.text])]
    elif t.text in scales and lang == "es" and scales[t.text] == 1000:
        atoms = [("s", 1000.0)]  # "mil personas", "mil millones"
    else:
        return None
    if (of_scale := _halves.fraction_of_scale(toks, i, scan, lang)) is not None:  # "a quarter of a million"
        return Numeral(i, of_scale[0], of_scale[1], True, of_scale[2], None)
    fraction = _fraction_of_unit(toks, i, scan, lang)
    if fraction is not None:  # "a quarter of a ton of", "tres cuartos de kilo de"
        return Numeral(i, fraction[0], fraction[1], True, 1.0, None)
    part = _share_fraction(toks, i, scan, lang)
    if part is not None:  # "three-quarters of the guns", "tres cuartas partes de"
        return Numeral(i, part[0], part[1], True, 1.0, None, share=True)
    j = spaced if t.is_digits else i
    if _half_a_scale(toks, i, scales):
        j = i + 1  # "half a million pills": half of the scale, the article between read as one
    while j + 1 < len(toks):
        nxt = _next_atom(toks, j, scan, atoms, words, scales, lang)
        if nxt is None:
            break
        j, atom = nxt
        atoms.append(atom)
    # an article counts only before a scale ("a million", "un millón", "medio millón"); so
    # does Spanish "un/una/uno", an article far more often than a number. English "one"
    # stands alone here; the extractor keeps it only before a noun ("one person").
    alone = len(atoms) == 1 or atoms[1][0] != "s"
    if atoms[0][0] == "w" and alone and (t.text in lex.article_numbers or (atoms[0][1] <= 1 and lang == "es")):
        half_a = t.text == "half" and i + 1 < len(toks) and toks[i + 1].text in ("a", "an")  # "half a ton"
        j = i + 1 if half_a else i
        one_person = lang == "es" and not half_a and i + 1 < len(toks) and _space(_gap(scan, t, toks[i + 1])) \
            and toks[i + 1].text in lex.words["article_counts"][lang]  # "un detenido", "un muerto y dos heridos"
        share = lang == "es" and t.text in ("uno", "una") and ONE_OF_EACH.match(scan, t.end) is not None
        share = share or _listed_one(scan, t, lang)
        weighed = _weight_before(scan, t.start, lang) and mass_unit_follows(scan, toks[j].end, lang, goods_after=False)
        if not (one_person or share or weighed or mass_unit_follows(scan, toks[j].end, lang)):
            return None
        atoms = [("w", atoms[0][1])]
    value, last_scale = _combine(atoms)
    if not value < MAX_VALUE:  # a digit run of thousands of characters, or inf: no figure anyone reports
        return None
    return Numeral(i, j, value, all(a[0] != "d" for a in atoms), last_scale,
                   t.text if len(atoms) == 1 and atoms[0][0] == "d" and j == i else None)


def _opens_list(name: str, between: str, numbers: dict[str, float]) -> bool:
    """True when a verb of the word list ``name`` opens a list of goods reaching "un/una" over ``between``: a seizure
    always, a find once a figure in digits shows the list, an inventory ("había") also when a number word opens it."""
    first = between.split()[:1]
    return name == "seizure_triggers" or re.search(r"\d", between) is not None or \
        (name == "inventory_verbs" and bool(first) and _opens_figure(first[0], numbers))


def _listed_one(scan: str, t: Token, lang: str) -> bool:
    """True for a Spanish "un/una" listed among seized things after a seizure verb of its sentence."""
    if lang != "es" or t.text not in ("un", "una") or restates_figure(scan, t.end, lang):
        return False  # "hubo 33 mil homicidios, una tasa de 25": the figure told again
    start = max(scan.rfind(". ", 0, t.start), scan.rfind("\n", 0, t.start), t.start - LIST_REACH, 0)
    if BULLET_BEFORE.search(scan, max(0, start - 1), t.start):
        return True
    lex = load_quantity_lexicon()
    # a find lists its goods too, once a figure in digits shows the list: "se localizaron 41 contenedores, 2 centrífugas
    # y una prensa hidráulica"; not "Le encontraron un arma y una motocicleta"
    verbs = sorted((m for name in ("seizure_triggers", "discovery_triggers", "inventory_verbs") for m in lex.regex[name][lang]
                    .finditer(scan, start, t.start) if _opens_list(name, scan[m.end():t.start], lex.number_words[lang])),
                   key=lambda m: m.start())
    if not verbs or SAID_THAT.match(scan, verbs[-1].end()) or scan[max(0, t.start - 2):t.start] == "a ":
        return False  # "aseguró que un hombre ...": speech; "aseguraron a un hombre": an arrest, no goods
    numbers = lex.number_words[lang]
    first, *others = LIST_JOINS.split(scan[verbs[-1].end():t.start])
    joined = LIST_JOIN_BEFORE.search(scan, start, t.start) is not None
    words = first.split()  # the words before the list: "se aseguraron [en Navolato] un fusil, una granada"
    lead = next((n for n, w in enumerate(words) if _opens_figure(w, numbers)), len(words)) if joined else len(words)
    if lead > 4 or any(part.split()[:1] and not _opens_figure(part.split()[0], numbers) for part in others):
        return False  # "El aseguramiento se realizó con un despliegue que incluyó una patrulla, dos aeronaves": no list of it
    if joined:
        return True
    after = LIST_JOIN_AFTER.match(scan, t.end)
    return _opens_figure(after.group(1) if after else "", numbers)


def _opens_figure(word: str, numbers: dict[str, float]) -> bool:
    """True for a word that starts a figure: digits or a number word ("50", "dos", "una")."""
    return word[:1].isdigit() or word in numbers


def _half_a_scale(toks: list[Token], i: int, scales: dict[str, float]) -> bool:
    """True for "half a million", "half a billion": "half", an article, then a scale word of a million or more."""
    return toks[i].text == "half" and i + 2 < len(toks) and toks[i + 1].text in ("a", "an") and \
        scales.get(toks[i + 2].text, 0) >= 1_000_000


def _fraction_of_unit(toks: list[Token], i: int, scan: str, lang: str) -> tuple[int, float] | None:
    """(last token, value) of a fraction before a unit of mass: "a quarter of a ton of" (0.25), "three-quarters of
    a ton of", "tres cuartos de kilo de" (0.75); None elsewhere ("three-quarters of the guns")."""
    lex = load_quantity_lexicon()
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].text == "-" and scan[toks[i].end] == "-" else i + 1
    if k >= len(toks) or toks[i].text not in lex.number_words[lang] or toks[k].text not in lex.fractions[lang] or \
            (k == i + 1 and not _space(_gap(scan, toks[i], toks[k]))):
        return None
    link = FRACTION_LINK[lang].match(scan, toks[k].end)
    if link is None or not mass_unit_follows(scan, link.end(), lang):
        return None
    last = next(n for n in range(k, len(toks)) if toks[n].end >= link.end())
    return last, lex.number_words[lang][toks[i].text] / lex.fractions[lang][toks[k].text]


def _share_fraction(toks: list[Token], i: int, scan: str, lang: str) -> tuple[int, float] | None:
    """(last token, percentage) of a fraction giving a share: "three-quarters of" (75), "two-thirds of", "tres cuartas
    partes" (75), "una tercera parte", a change "by a third"; None for a fraction of a unit ("tres cuartos de kilo")
    or none at all."""
    lex = load_quantity_lexicon()
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].text == "-" and scan[toks[i].end] == "-" else i + 1
    fractions = lex.share_fractions[lang]
    whole = WHOLE_OF.match(scan, toks[k].end) if lang == "es" and k < len(toks) else None
    compared = k < len(toks) and compared_after(scan, toks[k].end, lang)
    if ((whole and whole.group(1) not in lex.words["time_nouns"][lang]) or compared) and lang == "es" and \
            k < len(toks) and toks[k].text in lex.fractions[lang]:
        fractions = lex.fractions[lang]  # a share "de" a whole: "un tercio de la cocaína"; not "un cuarto de hora"
    if k >= len(toks) or toks[i].text not in lex.number_words[lang] or toks[k].text not in fractions or \
            (k == i + 1 and not _space(_gap(scan, toks[i], toks[k]))):
        return None
    numerator, denominator = lex.number_words[lang][toks[i].text], fractions[toks[k].text]
    if not 0 < numerator < denominator or numerator != int(numerator):
        return None  # "half a third", "five quarters": no share
    if compared:
        return k, 100 * numerator / denominator  # "a third higher than", "un tercio más que"
    if lang == "es" and fractions is lex.share_fractions[lang]:
        if k + 1 >= len(toks) or toks[k + 1].text not in ("parte", "partes"):
            return None
        k += 1
    elif lang == "en" and re.compile(r"\s+of\s").match(scan, toks[k].end) is None and \
            not SHARE_SUBJECT.match(scan, toks[k].end) and \
            BY_FRACTION.search(scan, max(0, toks[i].start - 25), toks[i].start) is None:
        return None  # "three-quarters of the guns", or a change "by": "fell by nearly a third"
    return k, 100 * numerator / denominator


def _weight_before(scan: str, start: int, lang: str) -> bool:
    """True when words giving goods their weight end at ``start``: "con un peso aproximado de (una tonelada)", "weighing
    (about a ton)"; not a finite verb ("He weighed a ton": an idiom, no goods)."""
    lex = load_quantity_lexicon()
    words = lex.regex["weight_words"].get(lang)
    m = re.compile("(" + words.pattern + r")(?:\s+(?:about|around|approximately|nearly|almost|aproximad[oa]|casi"
                   r"|cerca\s+de|alrededor\s+de))?\s+\Z").search(scan, max(0, start - 50), start) if words else None
    return m is not None and (" " in m.group(1).strip() or m.group(1) == "weighing")


def mass_unit_follows(scan: str, end: int, lang: str, *, goods_after: bool = True) -> bool:
    """A unit of mass right after ``end``, then "of"/"de" (unless not ``goods_after``): an article or "half" before it is
    a number ("a ton of cocaine", "una tonelada de", "media tonelada de", "half a ton of")."""
    lex = load_quantity_lexicon()
    match = lex.unit_re[lang].match(scan, end)
    if match is None or (unit := lex.units[lang].get(match.group(1))) is None or unit.unit != "kg":
        return False
    half = lex.regex["and_a_half"][lang].match(scan, match.end() + 1) if scan[match.end():match.end() + 1] == " " \
        else None  # "una tonelada y media de cocaína"
    # ... or "con" and a smaller unit added: "una tonelada con 800 kilos de", "un kilo 200 gramos de"
    rest = scan[half.end() if half else match.end():]
    return not goods_after or re.match(r"\s+(?:(?:of|de)\s|(?:con\s+)?\d)", rest) is not None


def _space(gap: str) -> bool:
    """True for the blank between two words of one numeral (not a line break)."""
    return gap != "" and gap.strip() == "" and "\n" not in gap


def _next_atom(toks, j, scan, atoms, words, scales, lang):
    """(index, atom) of the atom that continues the numeral after token ``j``, or None.

    Joins a numeral allows: a blank ("dos mil", "17 million"), a hyphen between tens and
    units ("twenty-five"), "y" between tens and units ("treinta y cinco"), "and" after a
    scale ("two hundred and fifty"). Digits follow only a Spanish scale word ("mil 400").
    """
    prev_kind, prev_val = atoms[-1]
    k = j + 1
    gap = _gap(scan, toks[j], toks[k])
    joiner = None
    if gap == "" and toks[k].text == "-":
        if k + 1 >= len(toks) or _gap(scan, toks[k], toks[k + 1]) != "":
            return None
        joiner, k = "-", k + 1
    elif _space(gap) and toks[k].text in ("y", "and"):
        if k + 1 >= len(toks) or not _space(_gap(scan, toks[k], toks[k + 1])):
            return None
        if (half := half_atom(toks, k, scan, atoms, lang)) is not None:
            return half  # "two and a half tons", "12 and a half years", "un millón y medio de pesos"
        joiner, k = toks[k].text, k + 1
    elif _space(gap) and toks[k].text == "of" and prev_kind == "s" and prev_val < 100 and _scale_follows(toks, k, scan, scales) \
            and scales[toks[k + 1].text] >= 100:
        return k + 1, ("s", float(scales[toks[k + 1].text]))  # "a couple of hundred pounds", "two dozen of thousand"
    elif not _space(gap):
        return None
    t = toks[k]
    tens_unit = prev_kind == "w" and 20 <= prev_val < 100 and prev_val % 10 == 0
    if t.is_digits:
        v = parse_digits(t.text, lang)
        if v is None or joiner or lang != "es" or prev_kind != "s" or v >= prev_val:
            return None
        return k, ("d", v)
    if t.text in scales:
        hyphened = joiner == "-" and prev_kind == "d" and scales[t.text] >= 1_000_000  # "a $1.3-billion penalty"
        if (joiner and not hyphened) or (prev_kind == "s" and scales[t.text] <= prev_val):
            return None
        return k, ("s", float(scales[t.text]))
    if t.text in words and t.text not in load_quantity_lexicon().article_numbers and (words[t.text] >= 2 or tens_unit):
        v = float(words[t.text])
        if prev_kind == "d" or (v < 100 and any(a[0] == "d" for a in atoms) and not _scale_follows(toks, k, scan, scales)):
            return None  # "$87 million two years earlier": a figure in digits goes on in words only by hundreds
        if joiner in ("-", "y"):
            ok = tens_unit and v < 10
        elif joiner == "and":
            ok = prev_kind == "s"
        else:
            ok = prev_kind == "s" or (tens_unit and v < 10) or (
                prev_kind == "w" and prev_val >= 100 and prev_val % 100 == 0 and v < 100)
        return (k, ("w", v)) if ok else None
    return None


def _scale_follows(toks: list[Token], k: int, scan: str, scales: dict[str, float]) -> bool:
    """True when a scale word follows token ``k`` in the same numeral ("5 million two hundred thousand")."""
    return k + 1 < len(toks) and toks[k + 1].text in scales and _space(_gap(scan, toks[k], toks[k + 1]))


def _combine(atoms: list[tuple[str, float]]) -> tuple[float, float]:
    """(value, last scale) of a list of atoms: "mil 400 millones" -> (1.4e9, 1e6); a scale takes the groups of smaller
    scales before it, not the larger: "one thousand two hundred" -> 1,200 (not 1,002 hundreds)."""
    groups: list[tuple[float, float]] = []  # (value, scale) of the groups read so far
    current, last_scale = None, 1.0
    for kind, v in atoms:
        if kind in ("d", "w"):
            current = (current or 0.0) + v
            continue
        below = [g for g, scale in groups if scale < v]
        groups = [(g, scale) for g, scale in groups if scale >= v]
        taken = (current or 0.0) + sum(below) if current is not None or below else 1.0
        groups.append((taken * v, v))
        current, last_scale = None, v
    return sum(g for g, _ in groups) + (current or 0.0), last_scale
