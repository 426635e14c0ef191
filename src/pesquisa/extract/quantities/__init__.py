"""Quantities: numbers with their unit, item and meaning, in English and Spanish news.

A quantity is read outward from a numeral (``_numbers.read_numeral``): a currency
before it ("US $", "$"), a unit, percent sign or currency word after it ("toneladas",
"%", "millones de dólares"), a second numeral making a range ("between 5 and 10"), a
qualifier before it ("more than", "al menos"), and the item it counts or measures
("of fentanyl", "ciudadanos mexicanos", "from Mexico"). Its kind comes from the
sentence: money for a currency; statistic for percentages, ratios, rates, deaths and
population figures; seizure when the sentence reports goods seized; count otherwise.

Rules, not a model: numbers in news are formulaic, the data files carry the vocabulary
(units.yaml, commodities.yaml, quantity_kinds.yaml) and the whole corpus reads in
milliseconds. What is *not* a quantity matters as much: years, dates, times of day,
durations, ages, labels ("Article 19", "MS-13"), list markers, phone numbers, and number
words not followed by a noun ("one of the survivors", "un día").

The trade-off is precision for breadth: a count's noun phrase is found by shape (the
first English plural; a Spanish plural and its agreeing adjectives), not by parsing, so
an unusual noun phrase yields a shorter item rather than a wrong number.

The reader is split by concern: ``_numerals`` (numbers; ``_halves`` for halves and shares), ``_reader`` (currency, unit,
range, rate), ``_rejects`` (what is not a quantity), ``_items`` (what is counted), ``_refer``
(items named by referring back: "of the drug", "de la droga") and ``_kinds`` (what it
means), over the shared ``_scanner`` state and ``_lexicon`` word lists.
"""

from __future__ import annotations

from pesquisa.extract.quantities._headline_copy import take_body_seizures
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._peso_country import country_pesos
from pesquisa.extract.quantities._reader import Reader
from pesquisa.records import Quantity, Span

__all__ = ["commodity_key", "extract_quantities"]


def extract_quantities(text: str, *, lang: str, sentences: list[Span] | None = None) -> list[Quantity]:
    """Quantities in ``text`` (a clean article body), in text order; pure, writes nothing.

    ``lang`` is "en" or "es" (anything starting with "es" reads as Spanish). ``sentences``
    are sentence spans in ``text``; when None the text is split by a simple rule. Each
    quantity's ``span`` gives its ``text`` exactly. Raises nothing for messy input: what
    cannot be read is left out.
    """
    if not text:
        return []
    reader = Reader(text, "es" if lang.lower().startswith("es") else "en", sentences)
    drafts = reader.read_all()
    country_pesos(drafts, reader.scan, reader.lang, reader.sentence_span)  # "150.000 millones de pesos" in Bogotá
    reader.read_sterling(drafts)  # "worth an estimated 4 million pounds ($5 million)": money, no weight
    reader.share_units(drafts)  # "1,900 and 640 pounds of fentanyl and meth, respectively"
    reader.resolve_items(drafts)
    reader.read_worth_goods(drafts)  # "$1.5 million worth of methamphetamine"
    reader.classify(drafts)
    take_body_seizures(drafts, text)  # a headline's "narcolancha con 2.400 kilos" the body tells intercepted
    # "the two countries", "these two groups": the text counted them before; no new ledger entry
    return [d.to_quantity(text) for d in drafts if not reader.adds_no_fact(d)]
