"""The state every quantity reader shares: the text, its folded copy, tokens and sentences.

``Scanner`` holds them and the small position helpers; the readers of rejects, items
and kinds are mixins over it, and ``_reader.Reader`` puts them together.
"""

from __future__ import annotations

import bisect
import re

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._lexicon import load_quantity_lexicon, words_pattern
from pesquisa.extract.quantities._numerals import Token, mask_noise, tokenize
from pesquisa.extract.quantities._peso_country import seizes_by_secuestro
from pesquisa.records import Span
from pesquisa.text import fold_chars, split_sentences

# Clause breaks: commas (not inside "32,000"), semicolons, colons, brackets, dashes.
CLAUSE_BREAK = re.compile(r",(?!\d)|[;:(\n—–]|\s-\s")
# an alias or an age set off by commas, ending where a clause starts: ', alias "el pelon", ', ", de 29 anos, ", ", 34, ";
# the ages of several: ", de entre 25 y 40 anos, ", ", aged 19 to 23, "
ASIDE_BEFORE = re.compile(r",\s*(?:alias|a\.?k\.?a\.?|also known as|conocid[oa] como|apodad[oa]"
                          r"|de\s+(?:entre\s+)?\d{1,2}(?:\s+(?:y|a)\s+\d{1,2})?\s+anos"
                          r"|aged\s+(?:between\s+)?\d{1,2}(?:\s+(?:to|and)\s+\d{1,2})?|\d{1,2}(?=\s*,))(?![a-z])[^,;:]{0,40},\s*\Z")
# A share's noun before a participle: "el 74 por ciento de las armas aseguradas", "70% of the firearms recovered": the
# participle tells which goods the share is of, no seizure of the sentence
SHARE_OF = re.compile(r"(?:%|por\s+ciento|percent|per\s+cent)\s+(?:de|del|of)\s+(?:(?:las|los|la|el|the|all)\s+)?"
                      r"(?:[a-z]+\s+){1,3}\Z")
OPEN_QUOTES = "\"“«‘'"
CLOSE_QUOTES = "\"”»’'"
# a figure listed before others, the last with the unit: "1,900 and 640 pounds", "1.2, 0.8 y 0.4 toneladas"
LISTED = re.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s(?:and|y|e)\s+)")
LISTED_WEIGHT = re.compile(LISTED.pattern + r"(?:[0-9][0-9.,]*\s*" + LISTED.pattern + r")*[0-9][0-9.,]*")


class Scanner:
    """Reads the quantities of one text; holds the text, its folded copy and its tokens."""

    def __init__(self, text: str, lang: str, sentences: list[Span] | None):
        self.text = text
        self.lang = lang
        self.lex = load_quantity_lexicon()
        self.scan = mask_noise(fold_chars(text))
        self.toks: list[Token] = tokenize(self.scan)
        self.starts = [t.start for t in self.toks]
        self.sentences = sorted(split_sentences(text) if sentences is None else sentences, key=lambda s: s.start)
        self.sent_starts = [s.start for s in self.sentences]
        southern = lang == "es" and seizes_by_secuestro(self.scan)
        self.seize_more = self.lex.regex["southern_seizure_triggers"][lang].pattern if southern else None

    def words(self, name: str) -> set[str]:
        return self.lex.words[name][self.lang]

    def rx(self, template: str, name: str) -> re.Pattern[str]:
        if name == "seizure_triggers" and self.seize_more:  # an Argentine text's "secuestró 25 kilos de cocaína"
            template = template.replace("WORDS", "(?:" + self.seize_more + "|WORDS)")
        return words_pattern(template, name, self.lang)

    def ends_with(self, name: str, pos: int, window: int = 40) -> re.Match[str] | None:
        """Match of the word list ``name`` ending right before ``pos`` (blanks allowed)."""
        return self.rx(r"(?<![a-z0-9])WORDS\s*\Z", name).search(self.scan, max(0, pos - window), pos)

    def line_at(self, start: int) -> str:
        """The line of the text starting at ``start``, without its newline."""
        end = self.text.find("\n", start)
        return self.text[start:len(self.text) if end < 0 else end]

    def tok_at(self, pos: int) -> int | None:
        """Index of the first token starting at or after ``pos``."""
        k = bisect.bisect_left(self.starts, pos)
        return k if k < len(self.toks) else None

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_span(self, idx: int) -> Span:
        return self.sentences[idx] if self.sentences else Span(0, len(self.text))

    def blank_sentence(self, idx: int) -> bool:
        """True for a parse's "sentence" of blanks only: the line break between two paragraphs."""
        span = self.sentence_span(idx)
        return not self.text[span.start:span.end].strip()

    def item_runs_into(self, d: Draft, name: str) -> bool:
        """True when a phrase of the word list ``name`` opens at the last word of ``d``'s counted noun and runs past the
        quantity's text: "mil 950 personas privadas| de la libertad" (the item read "personas privadas")."""
        return d.form == "np" and self.rx("WORDS", name).match(self.scan, self.scan.rfind(" ", 0, d.end) + 1) is not None

    def capitalized(self, k: int) -> bool:
        return self.text[self.toks[k].start].isupper()

    def sentence_initial(self, pos: int) -> bool:
        """True when only quotes, dashes and blanks stand between the sentence start and ``pos``."""
        span = self.sentence_span(self.sentence_of(pos))
        if not span.start <= pos <= span.end:
            return True
        return re.fullmatch(r"[\s\"“”‘’'«»¿¡(\-–—•*]*", self.text[span.start:pos]) is not None

    def touching(self, a: int, b: int) -> bool:
        """True when tokens ``a`` and ``b`` touch."""
        return 0 <= a and b < len(self.toks) and self.toks[a].end == self.toks[b].start

    def gap_breaks(self, a: int, b: int) -> bool:
        """True when tokens ``a`` and ``b`` are not on one line with only blanks between."""
        if a < 0 or b >= len(self.toks):
            return True
        gap = self.scan[self.toks[a].end:self.toks[b].start]
        return "\n" in gap or gap.strip() != ""

    def clause_span(self, d: Draft) -> Span:
        """The clause around a quantity: its sentence cut at commas, semicolons, colons and dashes."""
        span = self.sentence_span(d.sentence)
        # a bracket closed before the quantity is an aside, no break: "seized 3.2 million pesos ($176,000) in cash
        # and seven vehicles"
        # ... nor a bracket holding only the figure, after the name it is told of: "fueron Colima (48.7), Guanajuato"
        breaks = [b for b in CLAUSE_BREAK.finditer(self.scan, span.start, d.start)
                  if b.group() != "(" or (")" not in self.scan[b.end():d.start] and not self.bracketed_alone(d, b.end()))]
        after = CLAUSE_BREAK.search(self.scan, d.end, span.end)
        start = breaks[-1].end() if breaks else span.start
        if d.label is not None:
            start = min(start, max(span.start, d.label))  # a table row: "Vehículos asegurados: 121"
        return Span(start, after.start() if after else span.end)

    def bracketed_alone(self, d: Draft, opened: int | None = None) -> bool:
        """True for a bare figure alone in brackets (opened at ``opened``, else found right before it): a place's figure
        in a ranking, "Colima (48.7), Guanajuato (31.2)"; not a conversion "($176,000)" nor "(880 pounds)"."""
        if opened is None:
            m = re.compile(r"\(\s*\Z").search(self.scan, max(0, d.start - 3), d.start)
            opened = m.end() if m else None
        return opened is not None and not d.measured and self.scan[opened:d.start].strip() == "" and \
            re.match(r"\s*\)", self.scan[d.end:]) is not None

    def start_across_asides(self, start: int, sentence: Span) -> int:
        """The start of the clause that ends at ``start`` once the asides between commas before it are skipped: an
        alias or an age ("detuvieron a Ramón "N", alias "El Pelón", con ...", "arrested Juan Pérez, 34, with")."""
        while (m := ASIDE_BEFORE.search(self.scan, sentence.start, start)) is not None:
            breaks = list(CLAUSE_BREAK.finditer(self.scan, sentence.start, m.start()))
            start = breaks[-1].end() if breaks else sentence.start
        return start

    def has_trigger(self, name: str, span: Span) -> bool:
        """True when ``span`` holds a trigger word; a seizure verb must be no "aseguró que" ("stated that")."""
        not_before = self.words("not_before") if name == "seizure_triggers" else set()
        for m in self.rx("(?<![a-z0-9])WORDS", name).finditer(self.scan, span.start, span.end):
            if SHARE_OF.search(self.scan, max(0, m.start() - 60), m.start()):
                continue  # "el 74 por ciento de las armas aseguradas": which goods a share is of
            if name == "discovery_triggers" and self.concludes(m):
                continue  # "..., Study Finds", "the audit found": a conclusion, no goods found
            if self.describes_group(m):
                continue  # "la red desmantelada robaba 20 mil barriles": the group's past deeds, no goods taken
            following = re.findall(r"[a-z0-9]+", self.scan[m.end():min(span.end, m.end() + 40)])[:4]
            cut = next((n for n, w in enumerate(following) if w[0].isdigit() or w in not_before), None)
            objects = self.words("object_articles")
            if cut is not None and following[cut] in not_before and (cut == 0 or following[cut - 1] != "lo") \
                    and not any(w in objects for w in following[:cut]) \
                    and self.rx("WORDS", "stating_triggers").fullmatch(m.group(0)):
                continue  # "aseguró que", "aseguró este martes que"; not "asegurado en lo que va del año",
                # nor "interceptaron un semisumergible que transportaba"
            return True
        return False

    def describes_group(self, m: re.Match[str]) -> bool:
        """True for a participle ``m`` that describes a criminal group, no goods: "la red desmantelada robaba ...",
        "the dismantled gang had been shipping ..." (not "dismantled a network", nor "dismantled gangs and seized")."""
        if not re.search(r"(?:ed|ad[oa]s?)\Z", m.group(0)):
            return False
        if self.lang == "es":
            return self.rx(r"(?<![a-z])WORDS\s+\Z", "crime_groups").search(self.scan, max(0, m.start() - 30),
                                                                             m.start()) is not None
        return re.search(r"(?<![a-z])(?:the|a|an|this|that)\s+\Z", self.scan[max(0, m.start() - 8):m.start()]) is not None \
            and self.rx(r"\s+WORDS(?![a-z])", "crime_groups").match(self.scan, m.end()) is not None

    def concludes(self, m: re.Match[str]) -> bool:
        """True for a finding verb ``m`` told of a study or report: "Study Finds", "un estudio encontró"."""
        return self.rx(r"(?<![a-z])WORDS\s+(?:[a-z]+\s+)?\Z", "research_subjects").search(
            self.scan, max(0, m.start() - 30), m.start()) is not None

    def levels_a_rate(self, d: Draft) -> bool:
        """True for a bare figure its clause calls a rate: "La tasa de homicidios fue de 25.6", "the murder rate
        stood at 23"."""
        if d.form != "bare" or d.unit or d.currency or d.percent or d.item is not None:
            return False
        # a place's figure in brackets reads by its sentence: "Las tasas más altas: Colima (48), Guanajuato (31)"
        start = self.sentence_span(d.sentence).start if self.bracketed_alone(d) else self.clause_span(d).start
        return self.rx(r"(?<![a-z])WORDS(?![a-z])", "rate_words").search(self.scan, start, d.start) is not None

    def listed_before_unit(self, d: Draft) -> bool:
        """True for a figure listed before others the last of which has a weight, a volume or a percent: "1.2 y 0.4
        toneladas", "rose 1.5 and 2 percent"."""
        m = LISTED_WEIGHT.match(self.scan, d.end)
        if m and any(p.match(self.scan, m.end()) for p in (self.lex.percent_re[self.lang], self.lex.points_re[self.lang])):
            return True
        unit = self.lex.unit_re[self.lang].match(self.scan, m.end()) if m else None
        measure = self.lex.units[self.lang].get(" ".join(unit.group(1).split())) if unit else None
        return measure is not None and measure.unit in MASS_OR_VOLUME
