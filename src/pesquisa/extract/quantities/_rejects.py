"""What is not a quantity: numbers glued to codes, years and dates, durations, times, labels."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._arrested import taken_by_an_arrest
from pesquisa.extract.quantities._cases import Cases
from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._lengths import SQUARED
from pesquisa.extract.quantities._letter_currency import letter_currency
from pesquisa.extract.quantities._numerals import Numeral, mass_unit_follows
from pesquisa.extract.quantities._parts import counts_a_part
from pesquisa.extract.quantities._points import Points
from pesquisa.extract.quantities._scanner import CLOSE_QUOTES, OPEN_QUOTES

# Ages between commas or brackets, alone or listed, with Spanish "de": ", de 19 y 22,", "(de 45)".
# an age told between commas before a prison term in its sentence: "El hombre, de 47 años, enfrenta ... prisión"
# ... and the last of ages listed so: "Dos cómplices, de 25 y 28 años, recibieron penas de 32 años"
# The saying that one is too many: "One murder is too many", "One death is one too many", "Un solo muerto es demasiado"
ONE_TOO_MANY = re.compile(r"(?:\s+[a-z]+)?\s+(?:is|was|es|era)\s+(?:(?:one|uno|una)\s+)?(?:too\s+many|too\s+much|demasiad[oa]s?"
                          r"|de\s+mas)(?![a-z])|\s+too\s+many(?![a-z])")
HYPHEN_SIZE = re.compile(r"[-–]([a-z]+)[-–](long|wide|deep|high|tall)\s+")  # "a 2-mile-long tunnel", "a 30-foot-high wall"
LOAD_OF = re.compile(r"[a-z]+\s+(?:of|de)\s+")  # "a 2-ton shipment of cocaine", "a 500-pound load of marijuana"
# What opens a rate's base: "por cada 100 mil habitantes", "per 100,000 residents", "for every 1,000 people"
RATE_BASE = re.compile(r"(?<![a-z])(?:por\s+cada|per|for\s+every)\s+\Z")
AGE_APPOSITION = re.compile(r"[,(]\s*de\s+(?:\d{1,3}\s*(?:,|y|e|o)\s*){0,3}\Z")
# Half a unit more of a prison term: "tres años y medio de prisión"
HALF_A_TERM = re.compile(r"\s+y\s+medio(?![a-z])")
# Someone of an age, told by an article, a noun and "de": "a un comerciante de 52 (años)", "la víctima, una mujer de 30"
# ... or counted, their ages listed: "dos hombres de 24 y 29 (años)", "los tres detenidos, de 19, 22 y 25"
AGE_OF_NOUN = re.compile(r"(?<![a-z])(?:un|una|el|la|al|del|los|las|sus|ambos|ambas|dos|tres|cuatro|cinco|seis|\d)\s+"
                         r"([a-z]+)\s+de\s+(?:\d{1,3}\s*(?:,|y|e)\s*){0,3}\Z")
AGES_BEFORE = re.compile(r"[,(]\s*(?:de\s+)?(?:\d{1,3}\s*(?:,|y|e|o|and|or)\s*)*\Z")
AGES_AFTER = re.compile(r"(?:\s*(?:,|y|e|o|and|or)\s*\d{1,3})*\s*[,);]")
# The denominator of a share whose numerator was no quantity: "uno de cada tres pesos", "one out of every five dollars"
DENOMINATOR = re.compile(r"(?<![a-z0-9])(\d+|[a-z]+)\s+(?:de cada|en cada|out of every|out of|of every|in every|"
                         r"for every)\s*\Z")

# A speech verb after a noun phrase of a few words or an aside between commas: "One official in Culiacán said", "Un
# vecino, que pidió no ser identificado, relató"
SPEAKER_AFTER_TEMPLATE = (r"(?:\s+(?!(?:who|that|which|que|quien|quienes|el|la|los|las|the)\s)[a-z]+){0,3}?"
                          r"(?:\s*,[^,.;:]{1,60},)?\s+WORDS(?![a-z])")


class Rejects(Cases, Points):
    """What is not a quantity: numbers glued to codes, years and dates, durations, times, labels."""

    def lowercase_follows(self, num: Numeral) -> bool:
        """True when the word after the numeral is lower case ("Cuatro ciudadanos" after a dateline)."""
        k = num.last + 1
        return k < len(self.toks) and self.toks[k].is_word and self.text[self.toks[k].start].islower()

    def glued(self, start: int, end: int, num: Numeral) -> bool:
        """True when the numeral is part of a word, code, date or time ("MS-13", "24/7", "10:30", "14th")."""
        text = self.text
        before = text[start - 1] if start > 0 else " "
        before2 = text[start - 2] if start > 1 else " "
        after = text[end] if end < len(text) else " "
        after2 = text[end + 1] if end + 1 < len(text) else " "
        if (before.isalnum() and not letter_currency(text, start, num.value)) or before in "_#=/@&" or \
                (before in "-–" and (before2.isalnum() or num.words_only)):
            return True
        if (before == ":" and before2.isdigit()) or (before in "'’" and before2.isalnum()):
            return True
        if (before in "\"'" and before2 == "=") or (after in "/:" and after2.isdigit()):
            return True
        if (after in "-–" and after2.isalpha()) or after in "°ºª":
            return not self.hyphen_unit(end) and not self.hyphen_points(end)  # "MS-13", "14-year-old"; not "460-month
            # sentence", "10-count", "a 2.3-percentage-point drop"
        if before == "." and not before2.isdigit():
            return True  # ".50 caliber", "calibre .50": a caliber, no quantity
        if after.isalpha() and not num.words_only:
            return not self.attached_unit(end) or self.bare_scale_letter(start, end)  # "5kg", "$3bn", "50mdd"; not "14th"
        return False

    def bare_scale_letter(self, start: int, end: int) -> bool:
        """True for a scale letter glued to a figure with no money or unit around it: "a 5k run", "a 10k trail" (a
        race's distance, a label); not "$5k", "180bn pesos", "3.6m litres"."""
        m = re.match(r"[a-z]+", self.scan[end:end + 4])
        word = m.group() if m else ""
        lex = self.lex
        if word not in lex.currency_scales or word in lex.units[self.lang]:
            return False
        after = end + len(word)
        return lex.currency_before_re.search(self.scan, max(0, start - 12), start) is None and \
            lex.currency_after_re[self.lang].match(self.scan, after) is None and \
            lex.unit_re[self.lang].match(self.scan, after) is None

    def is_denominator(self, start: int) -> bool:
        """True for the second number of a share: "Uno de cada tres pesos que lava" is no money of three pesos."""
        m = DENOMINATOR.search(self.scan, max(0, start - 30), start)
        return m is not None and (m.group(1).isdigit() or m.group(1) in self.lex.number_words[self.lang])

    def attached_unit(self, pos: int) -> bool:
        m = re.match(r"[a-z0-9]+", self.scan[pos:pos + 12])
        word = m.group() if m else ""
        lex = self.lex
        return (word in lex.units[self.lang] or word in lex.currency_scales or word in lex.currency_abbrev
                or word in self.words("time_nouns"))

    def is_year_or_date(self, d: Draft, num: Numeral) -> bool:
        """True for a year ("in 2019", "fiscal 2019") or the day of a date ("13 de agosto", "Aug. 13")."""
        if d.measured:
            return False
        digits = num.plain_digits
        if digits and re.fullmatch(r"\d{4}", digits) and 1800 <= int(digits) <= 2100:
            return True
        if num.value > 31 or num.value != int(num.value):
            return False
        day_after = r"(?:\s*(?:,|y|and|al|a|-|–|to)\s*\d{1,2})*\s*(?:de\s+|of\s+)?WORDS"
        if self.rx(day_after, "months").match(self.scan, d.end):
            return True  # "13 de agosto", "22 y 24 de enero", "13 August"
        day_before = r"(WORDS)(\.?)[^\S\n]+(?:\d{1,2}\s*(?:,|and|y|-|–|to)\s*)*\Z"
        m = self.rx(day_before, "months").search(self.scan, max(0, d.start - 40), d.start)
        return m is not None and not (m.group(2) and len(m.group(1)) > 4)  # "Aug. 13"; not "from September. Six states"

    def hyphen_unit(self, end: int) -> str | None:
        """The word after "<number>-" when it makes a count of a case: "460-month sentence", "10-count indictment"."""
        m = re.match(r"[-–]([a-z]+)(?![-a-z])", self.scan[end:end + 12]) or HYPHEN_SIZE.match(self.scan, end)
        if m is None:
            return None
        word = m.group(1)
        if word == "count" or (word in self.words("sentence_units") and self.in_sentencing(end)):
            return word
        return word if self.hyphen_mass(end) else None

    def hyphen_mass(self, end: int) -> bool:
        """True for a mass joined to its number before the goods or the seizure it weighs: "a record 8-ton meth
        bust", "a 500-pound cocaine load", "a 2-ton shipment of cocaine"; not "a 10-ton truck", "55-gallon drums" nor a
        pill's "30-milligram" dose; and for a length before what it measures: "a 1,300-foot tunnel", "a 20-mile stretch",
        "a 2-mile-long tunnel" (not "5-foot-6", nor someone's height: "a 6-foot-tall suspect")."""
        m = re.match(r"[-–]([a-z]+)(?![-a-z])\s+", self.scan[end:end + 40])
        unit = self.lex.units[self.lang].get(m.group(1)) if m else None
        if unit is not None and unit.unit == "m":
            return True
        sized = HYPHEN_SIZE.match(self.scan, end)  # "a 2-mile-long tunnel", "a 30-foot-high wall"
        if sized and getattr(self.lex.units[self.lang].get(sized.group(1)), "unit", None) == "m":
            # not someone's height: "a 6-foot-tall suspect"
            return sized.group(2) != "tall" or self.rx("WORDS(?![a-z])", "stature_nouns").match(self.scan, sized.end()) is None
        if m is None or unit is None or unit.unit != "kg" or unit.factor < 0.001:
            return False  # "a 30-milligram oxycodone pill": a dose, no load
        pos = end + m.end()
        load = LOAD_OF.match(self.scan, pos)
        return self.lex.commodity_re.match(self.scan, pos) is not None or \
            self.rx("WORDS(?![a-z])", "seizure_triggers").match(self.scan, pos) is not None or \
            (load is not None and self.lex.commodity_re.match(self.scan, load.end()) is not None)

    def in_sentencing(self, pos: int) -> bool:
        """True when the sentence at ``pos`` is about a prison term ("sentenced", "prisión", "jail")."""
        span = self.sentence_span(self.sentence_of(pos))
        return self.rx("(?<![a-z0-9])WORDS", "sentencing_words").search(self.scan, span.start, span.end) is not None

    def read_sentence_length(self, d: Draft, last: Numeral) -> bool:
        """Reads a prison term as a count of its unit ("38 years", "460-month sentence"); False when it is none."""
        toks = self.toks
        k = last.last + 1
        if k + 1 < len(toks) and toks[k].text in "-–" and toks[k + 1].text in ("count", *self.words("sentence_units")):
            unit = toks[k + 1]
            noun = k + 2 if k + 2 < len(toks) and not self.gap_breaks(k + 1, k + 2) and toks[k + 2].is_word \
                and toks[k + 2].text not in self.words("function_words") else None
            d.end = toks[noun].end if noun is not None else unit.end
            d.item = self.text[unit.start:d.end]
        elif k < len(toks) and toks[k].text in self.words("sentence_units") and self.in_sentencing(d.start) \
                and not self.span_of_something_else(toks[k].end) and not self.is_deadline(d) \
                and not AGE_APPOSITION.search(self.scan, max(0, d.start - 24), d.start) and not self.age_of_someone(d):
            d.end, d.item = toks[k].end, self.text[toks[k].start:toks[k].end]
            half = HALF_A_TERM.match(self.scan, d.end)  # "años" and "meses" take "medio", never "media docena"
            if half and d.value == int(d.value):  # "tres años y medio de prisión"
                d.value, d.raw_value, d.end = d.value + 0.5, d.raw_value + 0.5, half.end()
        else:
            return False
        d.form, d.head = "np", toks[k].text if toks[k].is_word else toks[k + 1].text
        return True

    def is_deadline(self, d: Draft) -> bool:
        """True for a deadline or a time ago, no term ("un plazo de 3 meses", "hace 3 meses"); not the time someone has
        been held: "permanecía en prisión preventiva desde hace cinco años"."""
        return self.ends_with("deadline_words", d.start, 30) is not None and self.ends_with("held_since", d.start, 30) is None

    def age_of_someone(self, d: Draft) -> bool:
        """True for the age of someone named by a noun, in a sentence about prison: "privaron de la libertad a un
        comerciante de 52 años"; not a term ("una condena de 45 años", "una pena de prisión de 20 años")."""
        m = AGE_OF_NOUN.search(self.scan, max(0, d.start - 40), d.start)
        if self.rx(r"\s+[a-z]+\s+(?:de|en)\s+WORDS", "sentencing_words").match(self.scan, d.end):
            return False  # "un total de 60 años de prisión"
        return m is not None and self.rx("WORDS", "sentencing_words").fullmatch(m.group(1)) is None and \
            m.group(1) not in self.words("function_words")

    def span_of_something_else(self, pos: int) -> bool:
        """True when "of"/"de" after a time unit names what lasted, no prison term: "50 años de carrera criminal"."""
        m = re.compile(r"\s+(?:of|de)\s+([a-z]+)").match(self.scan, pos)
        if m is None or m.group(1) in self.words("function_words"):
            return False
        return self.rx("WORDS", "sentencing_words").match(self.scan, m.start(1)) is None  # "of supervised release"

    def is_duration_or_time(self, d: Draft, last: Numeral) -> bool:
        """True for a duration, age, distance or time of day ("45 años", "nine months", "6 de la tarde")."""
        if d.measured:
            return False
        toks, time_nouns = self.toks, self.words("time_nouns")
        k = last.last + 1
        if k < len(toks) and toks[k].text in time_nouns:
            return True
        if k < len(toks) and toks[k].text in self.words("short_lengths") and \
                self.rx(r"\s*WORDS(?![a-z])", "dimension_words").match(self.scan, toks[k].end):
            return True  # "a 5m tall wall", "un muro de 5 m de altura": a size
        if k < len(toks) and (toks[k].text in self.words("short_lengths") or
                              getattr(self.lex.units[self.lang].get(toks[k].text), "unit", None) == "m") and \
                SQUARED.match(self.scan, toks[k].end):
            return True  # "una bodega de 300 m2", "1,200 m² of land": an area, no count
        if k + 1 < len(toks) and toks[k].text in self.words("duration_adjectives") and toks[k + 1].text in time_nouns:
            return True  # "for two straight years", "three consecutive months"
        if k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text in time_nouns:
            return True  # "20-year-old", "a 20-year plan"
        if k + 1 < len(toks) and toks[k].text in ("of", "de") and toks[k + 1].text in time_nouns and \
                toks[last.last].text in self.lex.scales[self.lang]:
            return True  # "for a couple of years", "durante un par de meses", "una decena de días"
        listed = re.compile(r"(?:\s*(?:,|y|and|o|or|-|–)\s*\d+)+\s+([a-z]+)").match(self.scan, d.end)
        if listed and listed.group(1) in time_nouns:
            return True  # "de 19 y 23 años"
        return re.compile(r"\s*(?:de la (?:manana|tarde|noche|madrugada)|o'clock)").match(self.scan, d.end) is not None

    def adds_no_fact(self, d: Draft) -> bool:
        """True for a count that adds no fact to the ledger.

        Parts of an argument ("three main goals", "one reason"), and a small count of a bare
        noun after a determiner that refers back ("the two countries", "los dos países");
        "las dos personas asesinadas" states a fact (a statistic) again and stays. A number word whose noun was left
        out and found in no figure before it ("y dos de pasajeros") says nothing.
        """
        if d.form == "elided" and d.words_only and d.item is None:
            return True
        if d.words_only and d.value == 1 and (ONE_TOO_MANY.match(self.scan, d.end) or d.item_words.startswith("too ")):
            return True  # "One death is one too many", "Un muerto es demasiado": a saying, no count
        if d.words_only and d.value == 1 and d.head is not None and \
                any(d.head in self.words(name) for name in ("fall_words", "rise_words")):
            return True  # ", una baja de 54 %", "an increase of 12%": the change its own figure tells, no count
        first = d.item_words.split()[0] if d.words_only and d.value == 1 and d.item_words else None
        if d.kind == "count" and (d.head in self.words("discourse_nouns") or first in self.words("discourse_nouns")) and \
                not any(d.item_words.startswith(p) for p in self.words("target_phrases")):
            return True  # "three main goals", "one reason", "In one case last year": parts of an argument, no fact
        if d.kind == "count" and d.words_only and self.ends_with("rank_words", d.start, window=12):
            return True  # "the number one killer", "el número dos": a rank
        if d.kind == "count" and d.value == 1 and d.words_only and d.form == "np" and \
                self.rx(SPEAKER_AFTER_TEMPLATE, "speech_verbs").match(self.scan, d.end):
            return True  # "One official in Culiacán said", "Un vecino, que pidió el anonimato, relató": a source
        if d.kind != "count" or d.value > 12 or not d.words_only or d.form != "np" or len(d.item_words.split()) != 1:
            return False
        m = re.search(r"([a-z]+)\s+\Z", self.scan[max(0, d.start - 15):d.start])
        if m is None or m.group(1) not in self.words("anaphoric") or taken_by_an_arrest(self, d):
            return False
        det = d.start - len(self.scan[max(0, d.start - 15):d.start]) + m.start(1)
        # "detuvo a sus cuatro tripulantes": the people an arrest took, a fact
        return m.group(1) not in self.words("possessive_determiners") or \
            self.rx(r"(?<![a-z])WORDS\s+(?:a\s+)?\Z", "arrest_words").search(self.scan, max(0, det - 30), det) is None

    def is_figurative_mass(self, d: Draft, num: Numeral) -> bool:
        """True for "a ton of" as a figure of speech: "That's a ton of drugs", a quote opening "'A ton of drugs won't
        hit our streets'"; not "seized a ton of cocaine"."""
        if not num.words_only or self.toks[num.first].text not in ("a", "an") or d.raw_unit is None or \
                d.raw_unit.lower() not in self.words("figurative_units"):
            return False
        return self.text[:d.start].rstrip()[-1:] in OPEN_QUOTES or self.ends_with("figurative_before", d.start, 25) is not None

    def is_no_measure_held(self, d: Draft, num: Numeral) -> bool:
        """True for a measure no one holds: a figure of speech, someone's weight or height, the unit of a price."""
        return self.is_figurative_mass(d, num) or self.is_body_weight(d) or self.is_stature(d) or self.is_priced_unit(d, num)

    def is_priced_unit(self, d: Draft, num: Numeral) -> bool:
        """True for the one unit a price is told of: "a kilo of cocaine sells for about $20,000", "el precio de un kilo de
        fentanilo", "un kilo de cocaína cuesta 4 mil dólares"; no goods anyone held."""
        if not num.words_only or d.raw_value != 1 or d.unit is None:
            return False
        clause = self.clause_span(d)
        if any(self.rx("(?<![a-z0-9])WORDS", name).search(self.scan, clause.start, d.start)
               for name in ("seizure_triggers", "discovery_triggers")):
            return False  # "seized a kilo of fentanyl that sells for $20,000": the kilo held
        return self.ends_with("price_of", d.start, window=25) is not None or \
            self.rx(r"(?<![a-z0-9])WORDS(?![a-z0-9])", "price_words").search(self.scan, d.end, clause.end) is not None

    def is_body_weight(self, d: Draft) -> bool:
        """True for the weight of someone described ("is 5 feet 9 inches tall and weighs 180 pounds", "mide 1.70 metros
        y pesa 80 kilos"): a trait of a person, no goods."""
        if d.unit != "kg":
            return False
        hedged = self.ends_with("qualifiers", d.start, window=25)  # "5 feet 10 inches tall, about 170 pounds"
        if self.rx(r"(?:(?<![a-z])WORDS|\d-(?:foot|feet)-\d+)\s*(?:,|and|y)\s*\Z", "stature_ends").search(
                self.scan, max(0, d.start - 40), hedged.start() if hedged else d.start):
            return True  # ... "5-foot-9 and about 160 pounds"
        if self.ends_with("weight_words", d.start, window=20) is None:
            return False
        span = self.sentence_span(d.sentence)
        return self.rx("(?<![a-z0-9])WORDS(?![a-z])", "body_words").search(self.scan, span.start, span.end) is not None

    def is_stature(self, d: Draft) -> bool:
        """True for someone's height ("who is about 6 feet tall", "mide 1.75 metros de estatura"): a trait of a person, no
        length of a tunnel or a wall."""
        if d.unit != "m":
            return False
        if self.rx(r"\s*WORDS(?![a-z])", "stature_after").match(self.scan, d.end):
            return True
        hedged = self.ends_with("qualifiers", d.start, window=25)  # "who is about 6 feet tall"
        before = hedged.start() if hedged else d.start
        verb = self.ends_with("stature_verbs", before, window=30)
        if verb and (self.lang == "en" or self.rx(r"(?<![a-z])WORDS(?:\s+[a-z]+)?\s+\Z", "stature_nouns").search(
                self.scan, max(0, verb.start() - 30), verb.start())):
            return True  # "who stands 5 feet 7 inches", "la víctima medía 1.60 metros"
        # "who is 6 feet tall", "a 20-year-old man, 5 feet 8 inches tall"
        return re.compile(r"\s*tall(?![a-z])").match(self.scan, d.end) is not None and (
            self.ends_with("stature_subjects", before, window=30) is not None or
            self.rx(r"(?<![a-z])WORDS\s*,\s*\Z", "stature_nouns").search(self.scan, max(0, before - 30), before) is not None)

    def is_age_after_comparative(self, d: Draft) -> bool:
        """True for a small figure after an age comparative, whatever noun the text runs into: "victims older than 60
        reported losses", "personas mayores de 65 perdieron" (an age, no count)."""
        return d.value <= 120 and self.ends_with("age_comparatives", d.start, window=30) is not None

    def is_rate_base(self, d: Draft) -> bool:
        """True for the base of a rate read apart from its figure: a headline's "los estados con más homicidios por cada
        100 mil habitantes", "deaths per 100,000 residents" (the figure, when there is one, reads the base with it)."""
        return RATE_BASE.search(self.scan, max(0, d.start - 16), d.start) is not None

    def is_lone_one(self, d: Draft, num: Numeral) -> bool:
        """True for "one" with no noun after it ("one of the survivors", "one in five" aside) and no "a kilo of"."""
        return d.words_only and d.value == 1 and (d.form != "np" or d.measured) and not d.rate and \
            not self.stands_for_its_noun(d) and not (d.measured and mass_unit_follows(self.scan, self.toks[num.last].end,
                                                                                      self.lang))

    def stands_for_its_noun(self, d: Draft) -> bool:
        """True for a bare number word that stands for its noun: the other end of a comparison or an average
        (``compared_before``), the people a killing verb right before it took ("killing seven", "mataron a siete"), or a
        part of a group counted before ("de las cuales once son menores")."""
        return self.compared_before(d) or self.taken_by_killing(d) or counts_a_part(self, d)

    def compared_before(self, d: Draft) -> bool:
        """True for the other end of a comparison, no label nor article: "38 homicidios, frente a los 61 del mismo mes",
        "compared with the 61 recorded a year earlier", "four labs since January, compared with one in all of 2025"."""
        if re.compile(r"\s+(?:another|other|otro|otra)(?![a-z])").match(self.scan, d.end):
            return False  # "compared with one another"
        hedge = self.ends_with("qualifiers", d.start, window=30)  # "un promedio de casi seis al día", "an average of six"
        return self.rx(r"(?<![a-z])WORDS\s+(?:(?:los|las|the)\s+)?\Z", "change_links").search(
            self.scan, max(0, d.start - 40), d.start) is not None or \
            self.ends_with("average_words", hedge.start() if hedge else d.start, window=30) is not None

    def ranks_by_rate(self, d: Draft) -> bool:
        """True for a figure set off after a name that is no age: a fraction ("Colima (113.2)", no one is 48.7), or one in
        brackets after a rate its sentence names ("la tasa más alta: Colima (48), Guanajuato (31)")."""
        return d.value != int(d.value) or (self.bracketed_alone(d) and self.levels_a_rate(d))

    def sized(self, d: Draft) -> bool:
        """True for a numeral written as a size, no label: thousands grouped or a scale word ("190,000", "5 millones")."""
        if re.search(r"\d[.,]\d{3}(?!\d)", self.scan[d.start:d.end]):
            return True
        scales = self.lex.scales[self.lang]
        return any(w in scales for w in re.findall(r"[a-z]+", self.scan[d.start:d.end]))

    def is_bare_label(self, d: Draft) -> bool:
        """True when a number with no unit and no item is a label, age, marker or id, not a count."""
        text = self.text
        if (d.words_only or d.value < 2) and not self.stands_for_its_noun(d) and not self.listed_before_unit(d):
            return True  # "one of them", "the two met"; not "compared with one in 2025", "killing seven"
        listed = re.compile(r"(?:\d+\s*(?:,|and|y|or|o|-|–|\+)\s*)+\Z").search(self.scan, max(0, d.start - 30), d.start)
        if self.ends_with("label_words", listed.start() if listed else d.start, window=20) and not self.sized(d) \
                and not self.levels_a_rate(d) and not self.ends_with("average_words", d.start, window=30) \
                and not self.compared_before(d):
            return True  # "a las 6", "el 22", "aged 45", "article 19", "ages 19 and 23"
        if self.rx(r"(?<![a-z])WORDS\s+[a-z]+\s*\Z", "label_heads").search(self.scan, max(0, d.start - 40), d.start):
            return True  # "la carretera federal 15", "el vuelo comercial 512"
        if self.rx(r"(?<![a-z])WORDS\s+de\s*\Z", "age_nouns").search(self.scan, max(0, d.start - 30), d.start):
            return True  # "una mujer de 28": an age with its "años" left out
        if d.value <= 120 and self.ends_with("age_limits", d.start, window=30):
            return True  # "missing people were under 18", "víctimas menores de 18": an age limit
        if d.value_max is not None and d.value_max <= 120 and self.ends_with("age_range_holders", d.start, window=20):
            return True  # "men between 15 and 40", "hombres de entre 15 y 34": their ages
        k = self.tok_at(d.start)
        if k and self.toks[k - 1].is_word and self.capitalized(k - 1) and not self.gap_breaks(k - 1, k) \
                and not self.sentence_initial(self.toks[k - 1].start):
            return True  # "Highway 15", "Flight 370"
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        rest = text[d.end:len(text) if line_end < 0 else line_end]
        if not text[line_start:d.start].strip(" \t•*-–—") and (not rest.strip() or re.match(r"[.)]\s", rest)):
            return True  # alone on its line, or a list marker "1." / "2)"
        before, after = text[:d.start].rstrip(), text[d.end:].lstrip()
        if before.endswith((",", "(")) and after[:1] in (",", ")", ";") and d.value <= 120 and not self.ranks_by_rate(d):
            return True  # an age: "Homero Zamorano Jr., 45, who"
        if before.endswith(",") and before[:-1].rstrip()[-1:].isalpha() and re.match(r"\.(?:\s|\Z)", after) and \
                d.value <= 120:
            return True  # an age ending the sentence: "including the port's security chief, 47."
        if d.value <= 120 and AGES_BEFORE.search(self.scan, max(0, d.start - 30), d.start) and \
                AGES_AFTER.match(self.scan, d.end) and not self.ranks_by_rate(d):
            return True  # ages set off by commas: "sus dos cómplices, de 19 y 22, enfrentan", "(de 45)"
        if before[-1:] in OPEN_QUOTES + "[" and after[:1] in CLOSE_QUOTES + "]" and d.value_max is None:
            return True  # a quoted id: [the_ad id="89560"]
        return re.compile(r"(?:per|cada)\s*\Z").search(self.scan, max(0, d.start - 12), d.start) is not None
