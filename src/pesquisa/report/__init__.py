"""Report stage (reads the store): exports, summaries, entity and event pages, evaluation."""

from pesquisa.report.export import evaluation_export, followthemoney_entities
from pesquisa.report.summary import event_page, find_entity, role_timeline, summarize

__all__ = ["evaluation_export", "event_page", "find_entity", "followthemoney_entities", "role_timeline", "summarize"]
