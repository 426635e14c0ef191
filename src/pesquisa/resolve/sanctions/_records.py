"""What sanctions matching reads and gives: the knowledge base's entities with their mention
contexts, the matches, the analyst's judgements; and the settings the rules are tuned by.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import fold, read_data
from pesquisa.records import make_id

if TYPE_CHECKING:
    from pesquisa.ingest import SanctionEntry


@dataclass(slots=True, frozen=True)
class MentionContext:
    """A few words either side of one mention of an entity, and when its document was published."""

    before: str
    text: str
    after: str
    published: str | None = None
    wider: str = ""  # more of the article before the mention (a few hundred characters), for kin told before


@dataclass(slots=True)
class KBEntity:
    """A person or organization of the knowledge base, with what the news says about it."""

    id: str
    type: str  # person | organization
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    key: str | None = None  # lexicon key
    contexts: list[MentionContext] = field(default_factory=list)
    title_names: dict[str, list[str]] = field(default_factory=dict)  # title -> the names it is written beside


@dataclass(slots=True)
class SanctionMatch:
    """One knowledge-base entity matched to one list entry, with the score and the reasons."""

    entity_id: str
    entity_name: str
    entry_id: str
    dataset: str  # the list: us-ofac-sdn
    list_id: str  # the entry's id on the list (OFAC uid)
    list_name: str  # the entry's primary name
    programs: list[str]
    score: float
    evidence: list[str]
    status: str = "suggested"  # suggested | confirmed
    mentions: list[dict] = field(default_factory=list)  # a name read in the text: document_id, start, end, text

    def to_dict(self) -> dict:
        """The JSON object of ``pesquisa sanctions --json``."""
        return {"entity_id": self.entity_id, "entity_name": self.entity_name, "list": self.dataset,
                "list_id": self.list_id, "list_name": self.list_name, "programs": list(self.programs),
                "score": self.score, "evidence": list(self.evidence), "status": self.status}

    def to_row(self) -> dict:
        """The row of ``sanction_matches`` (the store adds id and time)."""
        return {"entity_id": self.entity_id, "entry_id": self.entry_id, "list": self.dataset, "list_id": self.list_id,
                "score": self.score, "evidence": list(self.evidence), "status": self.status,
                "mentions": [dict(m) for m in self.mentions] or None}

    @classmethod
    def named_in_text(cls, kind: str, entry: SanctionEntry, read: str, mentions: list[dict], score: float,
                      listed: tuple[str, ...] = ()) -> SanctionMatch:
        """A list entry whose own name the documents write where no entity was extracted (a vessel, a company):
        named as first written; its evidence is how the name was read, each mention's document and offsets, and
        what the list says of the entry."""
        evidence = [read, *(f"named in document {m['document_id']}, characters {m['start']}-{m['end']}"
                            for m in mentions), *listed]
        return cls(entity_id=make_id(kind, entry.dataset, entry.uid), entity_name=mentions[0]["text"],
                   entry_id=entry.id, dataset=entry.dataset, list_id=entry.uid, list_name=entry.name,
                   programs=list(entry.programs), score=score, evidence=evidence, mentions=mentions)


@dataclass(slots=True, frozen=True)
class SanctionJudgement:
    """An analyst's decision about one entity and one list entry."""

    decision: str  # confirm | reject
    entity_id: str
    dataset: str  # the list
    list_id: str


@cache
def settings() -> dict:
    """The sanctions section of official.yaml, with title and demonym lists folded for lookup."""
    data = read_data("official.yaml")
    section = dict(data["sanctions"])
    section["narcotics_programs"] = set(data["ofac"]["narcotics_programs"])
    section["official_set"] = {fold(w) for lang in section["official_titles"].values() for w in lang}
    section["office_alone_set"] = {fold(w) for w in section["office_alone"]}
    section["country_before_post_set"] = sorted({tuple(fold(w).split()) for w in section["country_before_post"]}, key=len,
                                                reverse=True)
    section["group_word_set"] = {fold(w) for w in section["group_words"]}
    section["group_article_set"] = {fold(w) for w in section["group_articles"]}
    section["trafficker_set"] = {fold(w) for lang in section["trafficker_titles"].values() for w in lang}
    section["demonym_map"] = {fold(w): country for country, words in section["demonyms"].items() for w in words}
    section["trade_set"] = {fold(w) for w in section["trade_words"]}
    section["short_legal_forms"] = {fold(w) for w in section["short_legal_forms"]}
    section["kin_set"] = {fold(w) for w in section["kin_words"]}
    section["company_post_set"] = {fold(w) for w in section["company_posts"]}
    section["post_determiner_set"] = {fold(w) for w in section["post_determiners"]}
    section["title_opener_set"] = {fold(w) for w in section["title_phrase_openers"]}
    section["public_body_set"] = {" ".join(fold(w).split()) for w in section["public_body_words"]}
    section["past_office_set"] = {fold(w) for w in section["past_office_words"]}
    section["common_given_set"] = {fold(w) for w in section["common_given_names"]}
    section["common_family_set"] = {fold(w) for w in section["common_family_names"]}
    # prominent people the news names by a nickname alone (names.yaml): "El Azul" is Juan José Esparragoza Moreno
    section["known_nicknames"] = {" ".join(fold(k).split()): str(v) for k, v in read_data("names.yaml")["nicknames"].items()}
    return section
