"""Character-level repairs of one line: mojibake (with ftfy) and lost bytes.

Each repair returns the new line; ``align`` then turns (old, new) into offset
segments so every character of the clean text still points at the raw original.
"""

from __future__ import annotations

import re
from functools import cache

import ftfy
from rapidfuzz.distance import Indel

from pesquisa.lexicon import load_lexicon

# Quotes and dashes are evidence for quote extraction: ftfy must not straighten them.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, fix_latin_ligatures=False,
                             fix_character_width=False, normalization="NFC", explain=False)


def fix_mojibake(line: str) -> str:
    """``line`` with UTF-8-read-as-Windows-1252 damage undone (ftfy).

    Printable ASCII without an ``&`` is returned as it is without asking ftfy: it has no mojibake, control
    character, escape sequence or HTML entity, and NFC leaves it alone (``is_plain_ascii``)."""
    if is_plain_ascii(line):
        return line
    return ftfy.fix_text(line, config=_FTFY)


def is_plain_ascii(line: str) -> bool:
    """Whether ``line`` is printable ASCII holding no ``&``: a line none of ftfy's fixes changes."""
    return line.isascii() and line.isprintable() and "&" not in line


@cache
def _lost_byte_rules() -> list[tuple[str, str, list[tuple[re.Pattern[str], str]]]]:
    rules = []
    for rule in load_lexicon().mojibake["lost_byte"]:
        by_next = [(re.compile(r["pattern"]), r["char"]) for r in rule.get("by_next", [])]
        rules.append((rule["lead"], rule["default"], by_next))
    return rules


def fix_lost_byte(line: str) -> str:
    """``line`` with a lead byte whose partner byte was lost restored ("Ãlvarez" -> "Álvarez").

    Hand-written because ftfy cannot know which byte disappeared; only a lead
    character followed by a lowercase letter (never a valid second byte) is touched.
    """
    for lead, default, by_next in _lost_byte_rules():
        if lead not in line:
            continue

        def pick(match: re.Match[str], line: str = line, by_next=by_next, default: str = default) -> str:
            rest = line[match.end():match.end() + 3]
            return next((char for pattern, char in by_next if pattern.match(rest)), default)

        line = re.sub(re.escape(lead) + r"(?=[a-zñ])", pick, line)
    return line


def align(old: str, new: str, base: int, clean_base: int) -> list[tuple[int, int, int, int]]:
    """Offset segments mapping ``new`` (at ``clean_base``) back onto ``old`` (at ``base``)."""
    if old == new:
        return [(clean_base, clean_base + len(new), base, base + len(old))]
    segments: list[tuple[int, int, int, int]] = []
    for _tag, i1, i2, j1, j2 in edit_blocks(old, new):
        # a deletion (a soft hyphen, a zero-width space) is a segment of no clean text over the raw characters that
        # went, so the text around it keeps its exact, character for character offsets
        segments.append((clean_base + j1, clean_base + j2, base + i1, base + i2))
    return segments


def edit_blocks(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes (equal / replace / delete / insert) turning ``old`` into ``new``.

    rapidfuzz's bit-parallel Indel alignment, with each run of adjacent insertions and
    deletions merged into one block as ``difflib.SequenceMatcher`` reports it. difflib
    itself is quadratic on repetitive lines: a 2,000-character line of repeated mojibake
    took 39 s (issue 16); this takes milliseconds.
    """
    blocks: list[tuple[str, int, int, int, int]] = []
    for op in Indel.opcodes(old, new):
        block = (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        if blocks and op.tag != "equal" and blocks[-1][0] != "equal":
            _tag, i1, _i2, j1, _j2 = blocks[-1]
            i2, j2 = op.src_end, op.dest_end
            block = ("replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert", i1, i2, j1, j2)
            blocks[-1] = block
        else:
            blocks.append(block)
    return blocks
