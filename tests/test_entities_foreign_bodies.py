"""Another country's state body named by a generic alias is not Mexico's or the United States' body."""

from pesquisa.extract.entities._lexicon_match import lexicon_mentions


def _keys(text: str) -> dict[str, str | None]:
    return {m.text: m.key for m in lexicon_mentions(text) if m.type == "organization"}


def test_nationality_before_alias_names_another_countrys_body() -> None:
    keys = _keys("The Indian Coast Guard intercepted a trawler off the Andaman Islands on Monday.")
    assert keys.get("Indian Coast Guard", "missing") is None
    assert "us-coast-guard" not in keys.values()


def test_country_possessive_before_alias() -> None:
    keys = _keys("India's Finance Ministry said the haul was worth millions. Spain's Interior Ministry made 12 arrests.")
    assert "mx-shcp" not in keys.values() and "mx-segob" not in keys.values()
    assert "India's Finance Ministry" in keys and "Spain's Interior Ministry" in keys


def test_spanish_nationality_after_alias() -> None:
    keys = _keys("Los detenidos fueron entregados, informó la Gobernación guatemalteca el martes.")
    assert "mx-segob" not in keys.values()


def test_own_country_word_keeps_the_body() -> None:
    assert _keys("The Mexican Interior Ministry said the talks would go on.").get("Interior Ministry") == "mx-segob" or \
        "mx-segob" in _keys("The Mexican Interior Ministry said the talks would go on.").values()
    assert "us-coast-guard" in _keys("A U.S. Coast Guard cutter stopped the boat. The Coast Guard said.").values()
    assert "mx-shcp" in _keys("México's Finance Ministry said the UIF froze the accounts.").values()


def test_possessive_of_a_country_ending_in_s() -> None:
    keys = _keys("Honduras' Attorney General's Office said the suspect was flown to New York.")
    assert "mx-fgr" not in keys.values()
    assert "Honduras' Attorney General's Office" in keys


def test_nationality_of_two_words() -> None:
    keys = _keys("The Costa Rican Security Ministry said the crew were Colombian nationals.")
    assert "Costa Rican Security Ministry" in keys
    assert all(key is None or not key.startswith("mx-") for key in keys.values())
