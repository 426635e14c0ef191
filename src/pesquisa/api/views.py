"""JSON shapes of the analyst's comfort features (issue 13): judgements in the history. A sibling of ``serialize``.

Builders are pure, rows of ``store.read`` in, dicts out; the history page and
``GET /api/judgements`` (JSON and CSV) show the same fields.
"""

from __future__ import annotations

JUDGEMENT_COLUMNS = ("id", "kind", "subject", "status", "target", "target_name", "target_now", "target_label", "other",
                     "other_name", "other_now", "other_label", "author", "created_at", "deleted_at", "undone_by")


def judgement_dict(row: dict) -> dict:
    """A judgement as listed: what was judged (ids as judged and where they lead now), by whom, when, undone or not."""
    detail = row.get("detail") or {}
    names = [*(detail.get("names") or []), None, None]  # as judged: "John Kelly (per-…)"; older rows have none
    out = {"id": row["id"], "kind": row["kind"], "subject": row["subject"], "status": row["status"],
           "target": row["target"], "target_name": names[0], "target_now": row["target_now"],
           "target_label": row["target_label"], "other": row["other"], "other_name": names[1] if row["other"] else None,
           "other_now": row["other_now"], "other_label": row["other_label"],
           "author": row["author"], "created_at": row["created_at"], "deleted_at": row["deleted_at"],
           "undone_by": row["undone_by"]}
    if row["subject"] == "event":
        out.update(reports=list(detail.get("reports") or []), other_reports=list(detail.get("other") or []))
    return out
