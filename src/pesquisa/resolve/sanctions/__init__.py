"""Sanctions matching: the people and organizations of the knowledge base against the entries of a sanctions list.

Names are normalized with rigour (``ascii_text`` transliterates any script, ``tokenize_name``
splits, ``replace_org_types_compare`` folds legal forms like "S.A. de C.V."), blocked by
name-part tokens so the whole knowledge base meets the whole list in one pass, and then
compared by rules, because what decides a match here is which parts are shared, not how
many letters: Rafael and Miguel Ángel Caro Quintero share two of three parts, and
Joaquín Guzmán Loera and Joaquín Guzmán López share two of three as well. So:

- a person matches a person entry when every part of the shorter name is in the longer
  one, both family names included when the list gives two ("Ismael Zambada" may be
  ZAMBADA GARCIA, Ismael only if no other entry fits, and only with a given name);
  a surname or a first name alone never matches;
- an organization matches an entity entry when the name parts are the same set, legal
  forms and articles aside ("Cártel de Sinaloa" = SINALOA CARTEL), also through the
  entry's a.k.a./f.k.a. names and the lexicon's aliases of the organization;
- evidence moves the score: an alias the list gives (a.k.a. 'El Mayo'), the birth year
  (from "Zambada, 76," or "born in 1948"), the nationality ("the Mexican drug lord"),
  and the role: a title of office, press or diplomacy ("canciller", "ambassador") is
  evidence against a narcotics entry, a public body (ministry, army, press) never
  matches, a trafficker's role ("capo", "kingpin") is evidence for.

Why rules rather than a similarity score: a score grows with the characters two names share,
and "Joaquín Guzmán" shares most of them with both Guzmán entries; the analyst needs to know
which parts are missing, which a rule can say and a score cannot. nomenklatura's matchers
were not added: the package pulls duckdb, scikit-learn, scipy and textual into the install
for what rigour already gives here. Spelling drift of one letter in a long part
("Cazarez"/"Cazares") is allowed and named in the evidence. Everything here is pure.

Records and settings are in ``_records``, names and the list index in ``_names``, what the
news says beyond the name in ``_evidence``, the rules in ``_match``.
"""

from pesquisa.resolve.sanctions._evidence import birth_years, countries, title_side
from pesquisa.resolve.sanctions._match import match_entity, match_sanctions
from pesquisa.resolve.sanctions._names import (
    SanctionIndex,
    alias_key,
    has_legal_form,
    name_tokens,
    nicknames,
    org_key,
    person_parts,
)
from pesquisa.resolve.sanctions._records import KBEntity, MentionContext, SanctionJudgement, SanctionMatch, settings

__all__ = ["ALGORITHM", "KBEntity", "MentionContext", "SanctionIndex", "SanctionJudgement", "SanctionMatch", "alias_key",
           "birth_years", "countries", "has_legal_form", "match_entity", "match_sanctions", "name_tokens", "nicknames",
           "org_key", "person_parts", "settings", "title_side"]

ALGORITHM = "pesquisa.sanctions.v1"
