"""Report stage (reads the store through ``pesquisa.store.read``): exports, summaries, entity and event pages, evaluation."""

from pesquisa.report.export import evaluation_export, followthemoney_entities
from pesquisa.report.summary import event_page, role_timeline, summarize

__all__ = ["evaluation_export", "event_page", "followthemoney_entities", "role_timeline", "summarize"]
