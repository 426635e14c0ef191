"""What an analyst types into search, parsed into a small query tree, and the FTS5 expression built from it.

The language is the one web search taught everybody:

- words are all required: ``Ebrard armas``;
- ``a OR b`` needs either (``OR`` in capitals; ``or`` is a word);
- ``-word`` or ``-"a phrase"`` excludes what holds it;
- ``"a phrase"`` keeps its words together, in order;
- the last word typed is also a prefix (``Obrad`` finds Obrador), as you type.

Each word or phrase stands for itself and its synonyms in both languages
(``pesquisa.topics.synonyms_of``: armas ⇄ weapons ⇄ firearms) and the names analysts type
for the same person or body (``aliases_of``: AMLO ⇄ López Obrador). Adjacent words that
together have synonyms or aliases ("lavado de dinero", "López Obrador") are taken as one
phrase first, longest first. Excluded words are not expanded: ``-armas`` removes what says
"armas", not every text about weapons, so an exclusion never removes more than was typed.

Why a hand-written parser: the grammar is four token kinds and one level of ``OR``, and
the result must be safe by construction. User text reaches FTS5 only as folded ``\\w+``
words inside double quotes, joined by operators we write, so no input (a lone ``"``,
``OR OR``, ``-``, ``*``, ``NEAR(``, a column filter ``title:x``) can raise an FTS5 syntax
error or reach FTS5's own operators. A parser library would add a dependency and still
leave that escaping to us.

The same tree answers the LIKE fallback (``matches``, ``like_clauses`` in ``search``) and
says which expansion a hit matched (``matched_forms``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pesquisa.text import fold_chars, fold_form
from pesquisa.topics import aliases_of, synonyms_of

MAX_TERMS = 12  # terms per query: a pasted paragraph stays a bounded FTS5 expression
MAX_FORMS = 16  # forms per term (itself, synonyms, aliases)
MAX_NGRAM = 6  # longest run of typed words looked up as one synonym or alias ("bureau of alcohol, tobacco ...")
_TOKEN = re.compile(r'(?P<neg>-?)"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase as typed (folded) and the forms it stands for: itself first, then synonyms and aliases."""

    text: str
    forms: tuple[str, ...]
    prefix: bool = False  # the last word typed: also matches words that start with it
    phrase: bool = False  # typed in double quotes

    @property
    def expansions(self) -> tuple[str, ...]:
        """The forms added by synonyms and aliases (the typed form left out)."""
        return self.forms[1:]

    def to_dict(self) -> dict:
        return {"text": self.text, "expansions": list(self.expansions), "prefix": self.prefix, "phrase": self.phrase}


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: every clause is required (a clause holds when any of its terms does); excluded terms must not occur."""

    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        """True when nothing is asked for (only exclusions, or no word at all): such a query finds nothing."""
        return not self.clauses

    @property
    def terms(self) -> tuple[Term, ...]:
        """The required terms, clause by clause."""
        return tuple(term for clause in self.clauses for term in clause)

    def to_dict(self) -> dict:
        return {"clauses": [[term.to_dict() for term in clause] for clause in self.clauses],
                "excluded": [term.to_dict() for term in self.excluded]}

    def matches(self, text: str) -> bool:
        """True when ``text`` satisfies the query: every clause has a term in it, no excluded term is (whole words)."""
        folded = fold_chars(text)
        return (not self.empty and all(any(_found(t, folded) for t in clause) for clause in self.clauses)
                and not any(_found(t, folded) for t in self.excluded))

    def matched_forms(self, text: str) -> list[str]:
        """The forms of the required terms that occur in ``text``, in query order: which expansion matched."""
        folded = fold_chars(text)
        return list(dict.fromkeys(form for term in self.terms for form in _found(term, folded)))

    def first_match(self, body: str) -> tuple[int, int] | None:
        """Span of the earliest occurrence of any required form in ``body`` (offsets as written), None if none."""
        folded = fold_chars(body)
        found = [m.span() for term in self.terms for i, form in enumerate(term.forms)
                 if (m := form_pattern(form, prefix=term.prefix and i == 0).search(folded))]
        return min(found) if found else None


def _found(term: Term, folded: str) -> list[str]:
    """The forms of ``term`` that occur in ``folded`` text (the typed form as a prefix when it is one)."""
    return [form for i, form in enumerate(term.forms) if form_pattern(form, prefix=term.prefix and i == 0).search(folded)]


@cache
def form_pattern(form: str, *, prefix: bool = False) -> re.Pattern[str]:
    """Regex of a folded form on folded text: whole words, any blanks or punctuation between them; a prefix if asked."""
    words = re.findall(r"\w+", form)
    body = r"\W+".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\w)" + body + (r"\w*" if prefix else r"(?!\w)"))


def words_of(text: str) -> list[str]:
    """Folded ``\\w+`` words of some user text (accents, case and punctuation dropped)."""
    return re.findall(r"\w+", fold_chars(text))


def forms_of(text: str) -> tuple[str, ...]:
    """``text`` (folded words) followed by its synonyms and aliases as folded word sequences, distinct, capped."""
    own = " ".join(words_of(text))
    extra = [*synonyms_of(own), *(fold_form(a) for a in aliases_of(own))]
    forms = [own, *(" ".join(words_of(f)) for f in extra)]
    return tuple(dict.fromkeys(f for f in forms if f))[:MAX_FORMS]


def has_expansions(text: str) -> bool:
    """True when ``text`` has synonyms or aliases."""
    return len(forms_of(text)) > 1


# --- parsing --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Token:
    kind: str  # word | phrase (typed in quotes) | joined (words with synonyms together) | or
    text: str = ""
    negated: bool = False


def tokenize(raw: str) -> list[_Token]:
    """The tokens of a user query: ``OR``, phrases (an unclosed quote runs to the end), words; ``-`` marks an exclusion."""
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(raw or ""):
        if m.group("phrase") is not None:
            words = words_of(m.group("phrase"))
            if words:
                tokens.append(_Token("phrase", " ".join(words), bool(m.group("neg"))))
            continue
        chunk = m.group("word")
        if chunk == "OR":
            tokens.append(_Token("or"))
            continue
        negated = chunk.startswith("-")
        tokens += [_Token("word", w, negated) for w in words_of(chunk)]
    return tokens


def _join_phrases(tokens: list[_Token]) -> list[_Token]:
    """Runs of plain typed words that have synonyms or aliases together ("lopez obrador") joined into one phrase."""
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        joined = None
        for n in range(min(MAX_NGRAM, len(tokens) - i), 1, -1):
            run = tokens[i:i + n]
            if all(t.kind == "word" and not t.negated for t in run) and has_expansions(" ".join(t.text for t in run)):
                joined = _Token("joined", " ".join(t.text for t in run))
                break
        out.append(joined or tokens[i])
        i += len(joined.text.split()) if joined else 1
    return out


def parse_query(raw: str | None) -> Query:
    """The query tree of what the user typed (pure; never raises: junk gives an empty query).

    Steps: tokenize; join runs of words that have synonyms or aliases; build clauses (``OR``
    joins the terms on either side; a dangling ``OR`` is dropped); expand each term; mark
    the last typed word a prefix; cap the terms at ``MAX_TERMS``.
    """
    tokens = _join_phrases(tokenize(raw or ""))
    ends_with_word = bool(tokens) and tokens[-1].kind == "word" and not tokens[-1].negated \
        and not (raw or "").endswith((" ", '"'))
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for i, token in enumerate(tokens):
        if token.kind == "or":
            join_next = bool(clauses)
            continue
        if token.negated:
            excluded.append(Term(token.text, (token.text,), phrase=token.kind == "phrase"))
            join_next = False
            continue
        prefix = ends_with_word and i == len(tokens) - 1
        term = Term(token.text, forms_of(token.text), prefix=prefix, phrase=token.kind == "phrase")
        if join_next:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    kept, count = [], 0
    for clause in clauses:
        if count + len(clause) > MAX_TERMS:
            break
        kept.append(tuple(clause))
        count += len(clause)
    return Query(tuple(kept), tuple(excluded[:MAX_TERMS]))


# --- FTS5 -----------------------------------------------------------------------------------


def fts_leaf(form: str, *, prefix: bool = False) -> str:
    """One FTS5 string: the folded words in double quotes (a phrase when several), ``*`` after it for a prefix."""
    return '"' + " ".join(re.findall(r"\w+", form)) + '"' + ("*" if prefix else "")


def _fts_term_group(terms: tuple[Term, ...], *, expand: bool = True) -> str:
    leaves = list(dict.fromkeys(fts_leaf(form, prefix=t.prefix and i == 0)
                                for t in terms for i, form in enumerate(t.forms if expand else t.forms[:1])))
    return leaves[0] if len(leaves) == 1 else "(" + " OR ".join(leaves) + ")"


def fts_expression(query: Query) -> str | None:
    """The FTS5 MATCH expression of a parsed query, None when it asks for nothing.

    Clauses are joined by ``AND`` (FTS5 allows the implicit AND between phrases only, not
    before a parenthesis), each a leaf or a parenthesised ``OR`` of leaves; exclusions follow
    as ``NOT (...)``. Only quoted folded words and our operators appear.
    """
    if query.empty:
        return None
    expression = " AND ".join(_fts_term_group(clause) for clause in query.clauses)
    if query.excluded:
        positive = expression if len(query.clauses) == 1 else f"({expression})"
        expression = f"{positive} NOT {_fts_term_group(query.excluded, expand=False)}"
    return expression
