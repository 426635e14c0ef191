"""Highlight stored spans in a document body, server-side, escaping every piece of text.

Marks come from the fact tables (mentions, quotes, quantities) and nest: a quote
may hold mentions and quantities, a mention may hold a quantity. A mark that
crosses the end of an enclosing mark is dropped (its fact is still listed beside
the text), and a link never goes inside a link: a mention is an ``<a>`` to its
entity, so a quote is a ``<mark>`` followed by a small ``<a>`` to its speaker.
Trailing whitespace is trimmed from quote spans so the speaker link sits at the
end of the words, not after the paragraph break the extractor included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

# Outer marks first when two start together: a quote encloses what it mentions.
PRIORITY = {"focus": 0, "quote": 1, "mention": 2, "quantity": 3}


@dataclass(slots=True)
class Mark:
    """A span to highlight: where, what kind, where it links and what its tooltip says."""

    start: int
    end: int
    kind: str  # focus | quote | mention | quantity
    css: str
    title: str
    href: str | None = None  # a link (mentions)
    anchor: str | None = None  # element id, so other pages can link to the span
    after: Markup | None = None  # what follows the mark (the quote's speaker link)
    children: list[Mark] = field(default_factory=list)

    @property
    def is_link(self) -> bool:
        return self.href is not None


def nest_marks(marks: list[Mark]) -> list[Mark]:
    """Marks arranged as a tree (outer first); crossing marks and links inside links are dropped."""
    roots: list[Mark] = []
    stack: list[Mark] = []
    focus = [m for m in marks if m.kind == "focus"]
    # The passage a link asked for always shows: marks crossing its edges give way.
    marks = [m for m in marks if m.kind == "focus" or not any(_crosses(m, f) for f in focus)]
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, PRIORITY[m.kind])):
        if mark.end <= mark.start:
            continue
        mark.children = []
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack and (mark.end > stack[-1].end or (mark.is_link and any(m.is_link for m in stack))):
            continue
        (stack[-1].children if stack else roots).append(mark)
        stack.append(mark)
    return roots


def _crosses(a: Mark, b: Mark) -> bool:
    """True when ``a`` and ``b`` overlap without one containing the other."""
    overlap = a.start < b.end and b.start < a.end
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return overlap and not nested


def render_marked(body: str, marks: list[Mark]) -> Markup:
    """``body`` as HTML with ``marks`` as ``<mark>``/``<a>`` elements; all text escaped."""
    return Markup("").join(_render(body, nest_marks(marks), 0, len(body)))


def _render(body: str, nodes: list[Mark], start: int, end: int) -> list[Markup]:
    out, pos = [], start
    for node in nodes:
        out.append(escape(body[pos:node.start]))
        out.append(_open(node))
        out.extend(_render(body, node.children, node.start, node.end))
        out.append(Markup("</a>" if node.is_link else "</mark>"))
        if node.after is not None:
            out.append(node.after)
        pos = node.end
    out.append(escape(body[pos:end]))
    return out


def _open(mark: Mark) -> Markup:
    anchor = Markup(' id="{}"').format(mark.anchor) if mark.anchor else Markup("")
    if mark.is_link:
        return Markup('<a class="{}" href="{}" title="{}"{}>').format(mark.css, mark.href, mark.title, anchor)
    return Markup('<mark class="{}" title="{}"{}>').format(mark.css, mark.title, anchor)


def trimmed_end(body: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace (never before ``start``)."""
    while end > start and body[end - 1].isspace():
        end -= 1
    return end


def document_marks(doc: dict, *, focus: tuple[int, int] | None = None) -> list[Mark]:
    """Marks for a document as ``get_document`` returns it: mentions, quotes, quantities, and an optional focus."""
    body = doc["body"]
    marks = []
    for m in doc["mentions"]:
        href = f"/entities/{m['entity_id']}" if m["entity_id"] else None
        title = f"{m['entity_name'] or m['name']} ({m['type']})"
        marks.append(Mark(m["span"][0], m["span"][1], "mention", f"mention {m['type']}", title, href,
                          anchor=f"m-{m['id']}"))
    badged: set[tuple] = set()
    for q in sorted(doc["quotes"], key=lambda q: (q["span"][0], -q["span"][1])):
        who = q["speaker_name"] or q["speaker"] or "unattributed"
        kind = "direct" if q["direct"] else "reported"
        end = trimmed_end(body, *q["span"])
        after = None
        if (end, who) in badged:  # a quote inside a longer one by the same speaker: one link is enough
            pass
        elif q["speaker_id"]:
            after = Markup('<a class="speaker" href="/entities/{}" title="Quote by {}">{}</a>').format(
                q["speaker_id"], who, who)
        elif q["speaker"]:
            after = Markup('<span class="speaker">{}</span>').format(q["speaker"])
        badged.add((end, who))
        marks.append(Mark(q["span"][0], end, "quote", f"quote {kind}", f"{kind} quote — {who}",
                          anchor=f"q-{q['id']}", after=after))
    for n in doc["quantities"]:
        unit = f" {n['unit']}" if n["unit"] else ""
        item = f" {n['item']}" if n["item"] else ""
        title = f"{n['value']:g}{unit}{item} ({n['kind']})"
        marks.append(Mark(n["span"][0], n["span"][1], "quantity", f"quantity {n['kind']}", title,
                          anchor=f"n-{n['id']}"))
    if focus and 0 <= focus[0] < focus[1] <= len(body):
        marks.append(Mark(focus[0], focus[1], "focus", "focus", "the span you followed", anchor="focus"))
    return marks
