"""What a quantity counts or measures: noun phrases, commodities, packaging, percent items."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._joined import Joined
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._numerals import Numeral, read_numeral
from pesquisa.extract.quantities._scanner import CLOSE_QUOTES, OPEN_QUOTES

ARTICLE = r"(?:(?:the|la|los|las|el|a|an|un|una)\s+)?"


# a copula between a weight and the goods it is: "2.1 toneladas son de fentanilo", "500 pounds were cocaine"
COPULA_GOODS = re.compile(r"\s+(?:son|es|eran|era|fueron|fue|were|was|are|is)\s+(?:de\s+|of\s+)?")
# goods named right after the unit, as Indian papers write them: "6 kg heroin", "500 gm brown sugar"
BARE_GOODS = re.compile(r"[ \t]+")


# A partitive through a possessive: "200 of last year's deaths", "12 of the cartel's leaders", "half of Mexico's"
POSSESSIVE_OF = re.compile(r"\s+of\s+(?:(?:the|last|this|that|next)\s+)?[a-z]+['’]s\s+")


class Items(Joined):
    """What a quantity counts or measures: noun phrases, commodities, packaging, percent items."""

    def read_count_item(self, d: Draft, num: Numeral) -> None:
        """Item of a count: a partitive ("51 de ellos"), an origin ("27 from Mexico"), a noun phrase."""
        scan = self.scan
        part = self.rx(r"\s+WORDS", "partitives").match(scan, d.end)
        if part:
            d.form, d.end = "partitive", part.end()
            return
        link = self.rx(r"\s+WORDS\s+", "partitive_links").match(scan, d.end) or POSSESSIVE_OF.match(scan, d.end)
        k = self.tok_at(link.end()) if link else None
        k = k if link and k is not None and self.starts[k] == link.end() else None
        whole = read_numeral(self.toks, k, scan, self.lang) if k is not None else None
        if whole is not None:  # a part of a whole counted: "Six of the 40 containers", "13 de los 20 detenidos"
            k = whole.last + 1 if whole.last + 1 < len(self.toks) and not self.gap_breaks(whole.last, whole.last + 1) \
                else None
        np = self.noun_phrase(k, plural=True) if k is not None else None
        if np is None and k is not None and self.toks[k].text in self.words("people_adjectives"):
            np = (k, k, k)  # "15,000 of the missing", "two of the dead": an adjective standing for the people
        if np is not None:  # "13 de las víctimas", "three of the gun shops"
            end = d.end
            self.set_item(d, *np)
            d.form = "partitive"
            if whole is not None:  # the part counts the whole's noun; the whole is a figure of its own: "40 containers"
                d.end, d.form = end, "np"
            return
        origin = self.rx(r"\s+WORDS\s+(?:the\s+)?", "origins").match(scan, d.end)
        if origin:
            place: list[int] = []
            k = self.tok_at(origin.end())
            while k is not None and k < len(self.toks) and self.toks[k].is_word and self.capitalized(k):
                if place and self.gap_breaks(place[-1], k):
                    break
                place.append(k)
                k += 1
            if place:
                d.form, d.end = "origin", self.toks[place[-1]].end
                return
        # "una decena de aeronaves", "un centenar de", "a couple of agents", "medio millar de armas"
        collective = (1 < num.scale < 1000 and (self.lang == "es" or num.scale < 100)) or \
            self.toks[num.last].text in self.words("collective_thousands")
        link = re.compile(r"\s+(?:de|of)\s+").match(scan, d.end) if num.scale >= 1_000_000 or collective else None
        k = self.tok_at(link.end() if link else d.end)  # "17 millones de personas"
        if k is None or self.gap_breaks(k - 1, k):
            return
        goods = self.lex.commodity_re.match(scan, self.starts[k]) if self.lang == "es" else None
        if goods:  # a Spanish commodity with its own "de": "150 armas de fuego"
            d.form, d.head = "np", goods.group(1).split()[0]
            d.commodity = d.item = self.lex.commodities[commodity_key(goods.group(1))]
            d.end = goods.end()
            self.extend_goods(d, goods)
            return
        np = self.noun_phrase(k, plural=d.value > 1 or d.value_max is not None)
        if np is None:
            return
        d.form = "np"
        self.set_item(d, *np)
        self.attach_goods(d)
        self.join_one_more(d)

    def noun_phrase(self, k: int, *, plural: bool, mass: bool = False) -> tuple[int, int, int] | None:
        """(first, head, last) token indexes of the noun phrase at token ``k``, or None.

        English: modifiers, then the head, the first plural ("Mexican nationals",
        "potentially lethal doses"). Spanish: the head first ("ciudadanos"), then up to
        two agreeing modifiers ("mexicanos"). After a unit (``mass``) the head may be
        singular ("of fuel"). A single quoted word counts too: 13 “actions”.
        """
        toks = self.toks
        quoted = toks[k].text in OPEN_QUOTES
        j = k + 1 if quoted else k
        if j >= len(toks) or (quoted and not self.touching(k, j)):
            return None
        span = self.np_es(j, plural=plural, mass=mass) if self.lang == "es" else self.np_en(j, plural=plural, mass=mass)
        if span is None:
            return None
        _first, head, last = span
        if not quoted:
            return span
        if last + 1 < len(toks) and toks[last + 1].text in CLOSE_QUOTES and self.touching(last, last + 1):
            return k, head, last + 1
        return None

    def np_word(self, k: int) -> bool:
        """True for a token that can stand in a noun phrase: a word, not a function word or numeral."""
        t = self.toks[k]
        lex = self.lex
        return (t.is_word and len(t.text) > 1 and t.text not in lex.number_words[self.lang]
                and t.text not in lex.scales[self.lang]
                and t.text not in self.words("function_words"))

    def skip_caliber(self, j: int) -> int:
        """The token after a caliber or a size written before the noun ("five .50-caliber rifles", "two 9mm pistols", "120
        30-round magazines"), else ``j``."""
        toks = self.toks
        calibers = self.words("caliber_words")
        if j + 3 < len(toks) and toks[j].text == "." and toks[j + 1].is_digits and toks[j + 2].text == "-" and \
                toks[j + 3].text in calibers and self.touching(j, j + 1):
            return j + 4
        if j + 2 < len(toks) and toks[j].text == "." and toks[j + 1].is_digits and toks[j + 2].text in calibers and \
                self.touching(j, j + 1) and not self.gap_breaks(j + 1, j + 2):
            return j + 3  # "nine .50 caliber rifles", the hyphen left out
        if j + 1 < len(toks) and toks[j].is_digits and toks[j + 1].text in calibers and not self.gap_breaks(j, j + 1):
            return j + 2  # "two 9mm pistols", "three 5.56 mm rifles"
        if j + 3 < len(toks) and (toks[j].is_digits or toks[j].text in self.lex.number_words[self.lang]) and \
                toks[j + 1].text == "-" and self.touching(j, j + 1) and self.touching(j + 1, j + 2) and \
                (toks[j + 2].text in self.lex.units[self.lang] or toks[j + 2].text in self.words("size_words")):
            return j + 3  # a size before the noun: "120 30-round magazines", "12 55-gallon drums", "52 one-kilo blocks"
        return self.skip_spelled_size(j)

    def skip_spelled_size(self, j: int) -> int:
        """The token after a container size spelled out before the noun ("20 fifty-five gallon drums", "two five-gallon
        buckets"), else ``j``."""
        toks = self.toks
        size = read_numeral(toks, j, self.scan, self.lang) if j < len(toks) and toks[j].is_word else None
        k = size.last + 1 if size is not None else len(toks)
        if k + 1 < len(toks) and toks[k].text == "-" and self.touching(k - 1, k) and self.touching(k, k + 1):
            k += 1  # "five-gallon"
        if k + 1 < len(toks) and toks[k].text in self.lex.units[self.lang] and \
                toks[k + 1].text in self.words("container_words") and not self.gap_breaks(k, k + 1):
            return k + 1
        return j

    def np_en(self, j: int, *, plural: bool, mass: bool) -> tuple[int, int, int] | None:
        toks, others = self.toks, self.words("others")
        cands: list[int] = []
        k = j = self.skip_caliber(j)
        while k < len(toks) and len(cands) < 4:
            hyphened = False
            if cands and toks[k].text == "-" and self.touching(k - 1, k) and self.touching(k, k + 1):
                k += 1  # "fentanyl-laced", "AR-15 rifles"
                hyphened = True
                if toks[k].is_digits:
                    k += 1
                    continue
            elif cands and self.gap_breaks(k - 1, k):
                break
            if cands and toks[k].is_digits and len(toks[k].text) <= 4 and self.capitalized(cands[-1]) and \
                    k + 1 < len(toks) and not self.gap_breaks(k, k + 1):
                k += 1  # a model's number: "eight Bell 412 helicopters", "12 Glock 19 pistols"
                continue
            word = toks[k].text
            leading_other = not cands and word in others  # "Two other men"
            if not (self.np_word(k) or leading_other) or word in self.words("qualifiers"):
                break  # "60% of the country's roughly 30,000 homicides": a qualifier opens the next figure
            if (word.endswith("ed") or word in self.words("participles")) and \
                    not (leading_other or hyphened or word in self.words("ed_adjectives")) and \
                    commodity_key(word) not in self.lex.commodities:
                break  # a participle or verb: "16 were arrested", "fuel believed stolen", "drug hidden inside"
            cands.append(k)
            if not leading_other and self.plural_en(word) and not self.names_before_noun(k):
                nxt = k + 1  # a collective plural names its members after it: "police officers", "crew members"
                collective = self.lex.words["irregular_plurals"]["en"] | self.lex.words["plural_adjuncts"]["en"]
                if word in collective and nxt < len(toks) and \
                        not self.gap_breaks(k, nxt) and self.np_word(nxt) and self.plural_en(toks[nxt].text) and \
                        toks[nxt].text != word:  # "military aircraft" too
                    return cands[0], nxt, nxt
                return cands[0], k, k
            k += 1
        cands = [c for c in cands if toks[c].text not in others]
        if not cands or (plural and not mass) or toks[cands[0]].text.endswith(("ing", "ly")):
            return None
        if not mass and len(cands) == 1:
            return cands[0], cands[0], cands[0]
        head = cands[0]  # a mass noun or a singular: the last word before a break ("one Mexican national")
        for c in cands[1:]:
            if self.capitalized(c) and not self.capitalized(head):
                break
            head = c
        return cands[0], head, head

    def names_before_noun(self, k: int) -> bool:
        """True for a capitalized name ending in -s that modifies the noun after it: "1,500 Texas Guard members",
        "Texas troopers"; not "20 Marines stationed there"."""
        n = k + 1
        if not self.capitalized(k) or self.toks[k].text in self.lex.words["irregular_plurals"]["en"] or \
                not self.np_continues(k):
            return False
        # "Texas Guard members": a second name, then the plural; "Three Men Arrested" in a Title Case headline
        return self.plural_en(self.toks[n].text) or \
            (self.capitalized(n) and self.np_continues(n) and self.plural_en(self.toks[n + 1].text))

    def np_continues(self, k: int) -> bool:
        """True when a word of the noun phrase follows token ``k`` on its line."""
        return k + 1 < len(self.toks) and not self.gap_breaks(k, k + 1) and self.np_word(k + 1)

    def plural_en(self, word: str) -> bool:
        if word in self.lex.words["irregular_plurals"]["en"]:
            return True
        if len(word) > 4 and word.endswith("men"):
            return True  # "20 gunmen", "two policemen"
        return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and "." not in word

    def np_es(self, j: int, *, plural: bool, mass: bool) -> tuple[int, int, int] | None:
        word = self.toks[j].text
        if not self.np_word(j) or _verb_like_es(word) or (self.capitalized(j) and not mass and not word.isupper()):
            return None
        if plural and not mass and not word.endswith("s"):
            return None
        head = j
        if word in self.words("prenominal_adjectives") and j + 1 < len(self.toks) and \
                not self.gap_breaks(j, j + 1) and self.np_word(j + 1) and not self.capitalized(j + 1):
            head = j + 1  # "55 presuntos narcotraficantes": the adjective before its noun
        last = self.es_modifiers(head, agree_with=self.toks[head].text)
        return j, head, last

    def es_modifiers(self, k: int, *, agree_with: str) -> int:
        """Last token of up to two Spanish adjectives after token ``k`` agreeing in number with ``agree_with``."""
        last = k
        for _ in range(2):
            n = last + 1
            if n >= len(self.toks) or self.gap_breaks(last, n) or not self.np_word(n) or self.capitalized(n):
                break
            w = self.toks[n].text
            if _verb_like_es(w) or w.endswith("mente") or agree_with.endswith("s") != w.endswith("s") or \
                    w in self.words("not_modifiers") or w in self.words("time_nouns"):
                break  # "2 toneladas de marihuana deja un muerto": a verb; "a los dos implicados días después": a time
            if self.text[self.toks[n].end - 1] in "óé":
                break  # a preterite: "61.5% de la población consideró ..."
            if self.rx("WORDS(?![a-z])", "origins").match(self.scan, self.toks[n].start):
                break  # "6 embarques procedentes de Texas": where they came from, no kind of shipment
            last = n
        return last

    def set_item(self, d: Draft, first: int, head: int, last: int) -> None:
        """Item from the noun phrase tokens: a commodity's English name, else the words as written."""
        words = [t for t in self.toks[first:last + 1] if t.is_word]
        if words and words[0].text in self.words("others"):
            words = words[1:]
        d.end = self.toks[last].end
        d.head = self.toks[head].text
        d.item_words = " ".join(t.text for t in words)
        d.item = self.text[words[0].start:words[-1].end] if words else None
        m = next((m for m in self.lex.commodity_re.finditer(d.item_words)
                  if not d.item_words[m.start() - 1:m.start()].isalnum()), None)  # not "centrifugas": no gas
        d.commodity = self.lex.commodities[commodity_key(m.group(1))] if m else None
        if d.head in self.words("facility_nouns") or d.head in self.words("not_goods"):
            d.commodity = None  # "three fentanyl labs", "two arms dealers": labs and people counted, no goods
        d.packaging = self.lex.packaging.get(d.head)
        if d.commodity and d.head not in self.words("equipment_nouns"):  # "40 fentanyl presses": the presses
            d.item = d.commodity if d.form == "measure" or not d.packaging else f"{d.commodity} {d.packaging}"

    def attach_goods(self, d: Draft) -> None:
        """Extends a count over "of/de <commodity>": "17 million rounds of ammunition"; pills and packages over "with/con"
        too ("200 mil pastillas con fentanilo", "bags with cocaine")."""
        links = r"of|de|del|con|with|laced with" if d.head in self.lex.packaging else r"of|de|del"
        m = re.compile(r"\s+(?:" + links + r")\s+" + ARTICLE).match(self.scan, d.end)
        g = self.lex.commodity_re.match(self.scan, m.end()) if m else None
        if not g or d.head in self.words("facility_nouns") or d.head in self.words("not_goods"):
            return  # "5 laboratorios de metanfetamina", "37 entregas de efectivo": places and runs counted, no goods
        d.commodity = self.lex.commodities[commodity_key(g.group(1))]
        if d.head in self.words("equipment_nouns"):
            return  # "2 prensas de fentanilo": equipment for the drug, seized as goods; the presses are the item
        if m is not None and m.group().split()[0] in ("of", "de", "del"):  # "pastillas con fentanilo" keeps its text
            d.end = g.end()
            self.extend_goods(d, g)
        d.packaging = self.lex.packaging.get(d.head or "")
        d.item = f"{d.commodity} {d.packaging}" if d.packaging else d.commodity

    def extend_goods(self, d: Draft, g: re.Match[str]) -> None:
        """Takes the words that still describe the goods: "fentanyl pills", "cigarros apócrifos"."""
        k = self.tok_at(g.end())
        if k is None or self.gap_breaks(k - 1, k):
            return
        if self.lang == "en":
            if self.toks[k].text in self.lex.packaging and not self.capitalized(k):
                d.end = self.toks[k].end
            return
        last = self.es_modifiers(k - 1, agree_with=g.group(1).split()[-1])
        d.end = self.toks[last].end

    def read_goods_after(self, d: Draft, pos: int, links: str = r"of|de|del") -> None:
        """Item after a unit or percentage: "of fentanyl pills", "de ácido acético glacial"."""
        m = re.compile(r"\.?[ \t]+(?:" + links + r")\s+" + ARTICLE).match(self.scan, pos)
        if not m or (self.scan[pos] == "." and self.text[m.end(0) - len(m.group(0).lstrip(". \t"))].isupper()):
            return  # "lbs. of fentanyl" reads on; "libras. De octubre..." is the next sentence
        g = self.lex.commodity_re.match(self.scan, m.end())
        if g:
            d.commodity = d.item = self.lex.commodities[commodity_key(g.group(1))]
            d.end = g.end()
            self.extend_goods(d, g)
            return
        k = self.tok_at(m.end())
        np = self.noun_phrase(k, plural=False, mass=True) if k is not None and self.starts[k] == m.end() else None
        if np is not None and self.toks[np[1]].text not in self.words("time_nouns"):
            self.set_item(d, *np)  # not "21,900 libras del año anterior": a time is no item
            if d.commodity is None and d.packaging:
                self.attach_goods(d)  # "5 toneladas de pastillas de fentanilo": the weight is of the drug they hold
                d.item = d.commodity or d.item

    def read_goods_told(self, d: Draft) -> None:
        """Goods a weight is said to be, its text left as written: "de las cuales 2.1 toneladas son de fentanilo",
        "1,000 pounds were methamphetamine", "6 kg heroin"."""
        m = COPULA_GOODS.match(self.scan, d.end) or BARE_GOODS.match(self.scan, d.end)
        g = self.lex.commodity_re.match(self.scan, m.end()) if m else None
        if g is not None and not self.scan[g.end():g.end() + 1].isalnum():
            d.commodity = d.item = self.lex.commodities[commodity_key(g.group(1))]

    def read_percent_item(self, d: Draft) -> None:
        """"9.2% decline in homicides", "30% of the fentanyl": the change word, what changed, the sign."""
        m = self.rx(r"[^\S\n]+(WORDS)", "fall_words").match(self.scan, d.end) or \
            self.rx(r"[^\S\n]+(WORDS)", "rise_words").match(self.scan, d.end)  # a new line is a new row: "-3.1%\nBaja California"
        if m:
            d.fell = self.rx("WORDS", "fall_words").fullmatch(m.group(1)) is not None
            d.end = m.end()
            self.read_goods_after(d, d.end, links=r"in|of|en|de|del")
        else:
            self.read_goods_after(d, d.end)
        if d.start >= 1 and self.text[d.start - 1] in "-−" and (d.start == 1 or self.text[d.start - 2] in " \t\n(|"):
            d.start -= 1  # a signed change, as tables print it: "-19%"
            d.fell = True
        if d.fell or self.falls_before(d):
            d.value = -abs(d.value)
            if d.value_max is not None:
                d.value_max = -abs(d.value_max)  # "caerían entre 4 y 5 por ciento": both ends fall

    def falls_before(self, d: Draft) -> bool:
        """True when a fall word stands just before the percentage ("fell 9.2%", "una caída del 9%"); not one of its
        qualifier ("menos del 1 por ciento" is under 1%, no fall; "cayó más del 9%" falls)."""
        fall, qualifiers = self.words("fall_words"), self.words("qualifiers")
        skip = {"a", "an", "by", "of", "some", "un", "una", "de", "del", "en", "el", "around", "about", "out"}
        qualifier = self.ends_with("qualifiers", d.start, window=30)
        k = self.tok_at(qualifier.start() if qualifier else d.start)
        for j in range((k or 0) - 1, max((k or 0) - 4, -1), -1):
            w = self.toks[j].text
            if w in fall:
                return True
            if w not in skip and w not in qualifiers:
                break
        pos = qualifier.start() if qualifier else d.start
        return self.fall_told_by_copula(pos) or self.fall_verb_by(d, pos) or self.fall_verb_object(k)

    def fall_verb_object(self, k: int | None) -> bool:
        """True when a fall verb and its object of one or two words stand right before the percentage at token ``k``, as
        headlines write it: "Zacatecas baja homicidios 37%", "Mexico cuts fentanyl seizures 40%"."""
        fall, rise, function = self.words("fall_words"), self.words("rise_words"), self.words("function_words")
        for j in range((k or 0) - 2, max((k or 0) - 4, -1), -1):
            words = self.toks[j + 1:k]
            if not all(t.is_word and t.text not in function and t.text not in fall and t.text not in rise for t in words):
                return False
            if self.toks[j].text in rise or self.gap_breaks(j, j + 1):
                return False
            if self.toks[j].text in fall:
                return self.toks[j].text not in self.words("comparatives")  # not "menos víctimas 37%"
        return False

    def fall_told_by_copula(self, pos: int) -> bool:
        """True when a fall noun is the subject of the percentage's copula: "la baja fue de 3.1%", "the drop was 4%"."""
        cop = self.rx(r"(?<![a-z])WORDS\s+(?:(?:de|del|of)\s+)?\Z", "change_copulas").search(self.scan, max(0, pos - 40), pos)
        return cop is not None and self.rx(r"(?<![a-z])WORDS\s+\Z", "fall_words").search(
            self.scan, max(0, cop.start() - 25), cop.start()) is not None

    def fall_verb_by(self, d: Draft, pos: int) -> bool:
        """True when the percentage hangs by "by"/"en" on a fall verb told before its object, the nearest change word
        back in the clause: "cuts funding for the agency by 15 percent", "redujo el presupuesto de la FGR en 12%"."""
        by = self.ends_with("change_by", pos, window=12)
        if by is None:
            return False
        fall, rise = self.words("fall_words"), self.words("rise_words")
        k, first = self.tok_at(by.start()), self.tok_at(self.clause_span(d).start) or 0
        for j in range((k or 0) - 1, first - 1, -1):
            if self.toks[j].text in fall or self.toks[j].text in rise:
                return self.toks[j].text in fall
        return False


def _verb_like_es(word: str) -> bool:
    """True for Spanish finite verbs and gerunds that follow a bare number ("fueron", "operando")."""
    return word.endswith(("ron", "ndo", "ban", "ria", "rian", "aba", "ian"))
