"""The search language (store/search_query.py): OR, -word, phrases, synonyms and aliases, safe FTS5 expressions."""

from __future__ import annotations

import sqlite3

import pytest

from pesquisa.store.search_query import fts_expression, parse_query


def test_search_query_words_are_all_required_and_the_last_is_a_prefix():
    query = parse_query("Lopez Obrad")
    assert [[t.text for t in c] for c in query.clauses] == [["lopez"], ["obrad"]]
    assert [t.prefix for t in query.terms] == [False, True]
    assert fts_expression(query) == '"lopez" AND "obrad"*'
    # a blank after the last word: the user finished typing it
    assert fts_expression(parse_query("Ebrard ")) == '"ebrard"'


def test_search_query_or_joins_the_terms_around_it():
    query = parse_query("Kelly OR Videgaray muro")
    assert [[t.text for t in c] for c in query.clauses] == [["kelly", "videgaray"], ["muro"]]
    assert fts_expression(query) == '("kelly" OR "videgaray") AND "muro"*'
    # lower-case "or" is a word; a dangling OR is dropped
    assert [[t.text for t in c] for c in parse_query("this or that").clauses] == [["this"], ["or"], ["that"]]
    assert fts_expression(parse_query("OR Kelly OR")) == '"kelly"'


def test_search_query_minus_excludes_without_expanding():
    query = parse_query('muro -Trump -"Casa Blanca"')
    assert [t.text for t in query.excluded] == ["trump", "casa blanca"]
    assert fts_expression(query) == '"muro" NOT ("trump" OR "casa blanca")'
    # excluding "armas" does not exclude its synonyms: only what was typed
    assert [t.forms for t in parse_query("Ebrard -armas").excluded] == [("armas",)]
    # only exclusions ask for nothing
    assert parse_query("-armas").empty and fts_expression(parse_query("-armas")) is None


def test_search_query_expands_synonyms_in_both_languages():
    term, = parse_query("armas ").terms
    assert term.forms[0] == "armas"
    assert {"weapons", "firearms", "guns", "armas de fuego"} <= set(term.expansions)
    assert fts_expression(parse_query("fentanilo ")) == '("fentanilo" OR "fentanil" OR "fentanyl")'


def test_search_query_joins_words_that_have_aliases_into_one_phrase():
    term, = parse_query("López Obrador").terms
    assert (term.text, term.phrase) == ("lopez obrador", False)
    assert term.forms == ("lopez obrador", "amlo", "andres manuel lopez obrador")
    amlo, = parse_query("AMLO ").terms
    assert amlo.forms == ("amlo", "andres manuel lopez obrador", "lopez obrador")
    laundering = parse_query("lavado de dinero Sinaloa").clauses
    assert [c[0].text for c in laundering] == ["lavado de dinero", "sinaloa"]


def test_search_query_matches_and_says_which_expansion_matched():
    query = parse_query("Ebrard armas")
    spanish = "Marcelo Ebrard: el tráfico de armas de fuego hacia México"
    english = "Ebrard said the flow of firearms southbound must stop"
    assert query.matches(spanish) and query.matches(english)
    assert query.matched_forms(spanish) == ["ebrard", "armas", "armas de fuego"]
    assert query.matched_forms(english) == ["ebrard", "firearms"]
    assert not query.matches("Ebrard spoke about fentanyl")
    assert not parse_query("Ebrard -firearms").matches(english)
    # whole words: "arms" is a synonym, "farms" is not a match
    assert not parse_query("arms ").matches("the farms of Sinaloa")
    assert query.first_match(english) == (0, 6)


@pytest.mark.parametrize("hostile", ['"', '""', "OR OR", "-", "--", "*", "NEAR(", "NEAR(a b, 2)", "a AND", "AND",
                                     "NOT", "title:x", "^start", "a + b", "(a OR", ")", "'", "\\", "{col}: x",
                                     "armas -", '"unclosed phrase', "a OR OR b", "-\"\"", "x" * 5000, "ñ*ñ",
                                     "Ebrard armas", "a OR b c -d -e", "AMLO -\"Lopez Obrador\" fentanilo"])
def test_search_query_hostile_input_never_breaks_fts5(hostile):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('near and not or', 'title x start')")
    expression = fts_expression(parse_query(hostile))
    if expression is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()  # raises on a syntax error


def test_search_query_caps_the_number_of_terms():
    query = parse_query(" ".join(f"w{i}" for i in range(40)))
    assert len(query.terms) == 12
