"""Goods counted on their way whose seizure the article tells later: "Un semisumergible llegó a la costa con 3.000 kilos
de cocaína a bordo. (...) La droga fue asegurada", "A narco sub carrying 3,000 kilos of cocaine reached the coast. The
drugs were later seized". The later sentence names the goods again (a word referring back to the drug, or the drug's
own name) beside a seizure verb; the weight told last before it of that drug is what was seized. A seizure denied ("la
droga nunca fue asegurada") or a figure of the drug told in between (the word then refers to that one) takes none."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# how far a seizure verb may stand from the goods it takes: "La droga fue asegurada", "the drugs were later seized",
# "los agentes aseguraron la droga"
NEAR = 40
# a relative clause set off by commas right after the goods, stepped over to their verb: "The drugs, which had a potential
# street value of £5.6 million, were intercepted", "La droga, que tenía un valor de 90 millones de pesos, fue asegurada"
ASIDE_AFTER = re.compile(r"\s*,\s*(?:which|that|que|la\s+cual|el\s+cual|las\s+cuales|los\s+cuales|cuyo|cuya)\s"
                         r"(?:[^,.;:()]|(?<=\d)[.,](?=\d)){1,100},")


class SeizedLater(Scanner):
    """Counts of goods whose seizure a later sentence tells."""

    def read_seized_told_later(self, goods: list[Draft], drafts: list[Draft]) -> None:
        """Makes a seizure of each weight of goods in ``goods`` (counts, in text order) a later sentence seizes."""
        for d in goods:
            if d.rate or d.commodity is None:
                continue
            told_again = [p.sentence for p in drafts if p is not d and p.commodity == d.commodity and p.start > d.end]
            last = min(told_again) if told_again else len(self.sentences) - 1
            if any(self.seizes_goods_again(s, d.commodity) for s in range(d.sentence + 1, last + 1)):
                d.kind = "seizure"

    def seizes_goods_again(self, sentence: int, commodity: str) -> bool:
        """True when sentence number ``sentence`` names the goods ``commodity`` again beside a seizure verb, undenied."""
        span = self.sentence_span(sentence)
        if self.blank_sentence(sentence):
            return False
        for m in self.goods_named(span, commodity):
            aside = ASIDE_AFTER.match(self.scan, m.end(), span.end)
            if aside is not None:  # "The drugs, which had a street value of £5.6 million, were intercepted"
                after = Span(aside.end(), min(span.end, aside.end() + NEAR))
                if self.seizes_undenied(after):
                    return True
            near = Span(max(span.start, m.start() - NEAR), min(span.end, m.end() + NEAR))
            if self.seizes_undenied(near):
                return True
        return False

    def seizes_undenied(self, near: Span) -> bool:
        """True when ``near`` holds a seizure verb, no figure and no denial ("la droga nunca fue asegurada")."""
        return self.has_trigger("seizure_triggers", near) and re.search(r"\d", self.scan[near.start:near.end]) is None and \
            self.rx(r"(?<![a-z])WORDS(?![a-z])", "seizure_denials").search(self.scan, near.start, near.end) is None

    def goods_named(self, span: Span, commodity: str) -> list[re.Match[str]]:
        """The words of ``span`` naming ``commodity``: a word referring back to a drug ("la droga", "the drugs") or its
        own name ("la cocaína")."""
        lex = self.lex
        back = [m for m in lex.anaphor_re[self.lang].finditer(self.scan, span.start, span.end)
                if commodity in lex.anaphors[" ".join(m.group(1).split())]]
        named = [m for m in lex.commodity_re.finditer(self.scan, span.start, span.end)
                 if not self.scan[m.start() - 1:m.start()].isalnum()
                 and lex.commodities.get(commodity_key(m.group(1))) == commodity]
        return [m for m in back + named if self.names_goods_alone(m)]

    def names_goods_alone(self, m: re.Match[str]) -> bool:
        """True when the goods word ``m`` modifies no noun after it: English puts the modified noun last ("the drug lord",
        "cocaine trafficking"), so a word must follow that a noun phrase can end before."""
        after = re.match(r"\s*([a-z]+)", self.scan[m.end():m.end() + 30])
        return self.lang != "en" or after is None or after.group(1) in self.words("goods_again_followers")
