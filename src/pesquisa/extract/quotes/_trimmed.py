"""A quote's words as printed: without edge punctuation, an unpaired mark at an edge, or the pair of marks that
wraps it whole."""

from __future__ import annotations


def trim(body: str) -> str:
    """The quote's words without edge punctuation or a quotation mark left unpaired at an edge."""
    body = body.strip(" ,;:\n")
    partner = {"“": "”", "”": "“", "«": "»", "»": "«", '"': '"'}
    for mark, other in partner.items():
        unpaired = body.count(mark) % 2 == 1 if mark == other else body.count(mark) > body.count(other)
        if unpaired and body.endswith(mark):
            body = body[:-1].rstrip(" ,;:")
        elif unpaired and body.startswith(mark):
            body = body[1:].lstrip()
    return body


def unwrapped(body: str) -> str:
    """A direct quote's words without the pair of marks that wraps it whole (a post: “Con todo respeto, ... calles.”)."""
    partner = {"“": "”", "«": "»", '"': '"'}
    opener = body[:1]
    if opener in partner and body.count(opener) == 1 + (opener == '"') and body.rstrip(".").endswith(partner[opener]):
        return body[1:].rstrip(".")[:-1].strip()
    return body
