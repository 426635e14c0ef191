"""Hard-wrapped text: a plain-text release, an e-mail or a PDF's text layer breaks each paragraph into lines
of at most a fixed width, where a web page gives a paragraph one line. Each line would then be classified
alone: a fragment of a sentence reads as a label or a teaser, and the whole article can go as chrome. A line
broken only because the next word would not fit (the greedy wrap every text wrapper does) is joined to the
next one before the lines are classified.

Written by hand: ftfy repairs characters, and jusText and trafilatura work on markup; none of them rejoins
the lines of wrapped plain text.
"""

from __future__ import annotations

from pesquisa.clean._signals import RELEASE, ends_open, is_terminal, is_title_case

WRAP_WIDTHS = (40, 100)  # widths text is wrapped at (the longest line of a wrapped text)
LONG_SHARE = 0.6  # a line this share of the width or longer may have been broken by the wrap
MIN_JOINS = 3  # a text is wrapped when this many of its lines were broken by the wrap
OVER_WIDTH = 1.5  # ... and not when two of its lines are this many times the width or longer
OVER_LINES = 2
MIN_ENDS = 2  # a text parts its paragraphs with blank lines when this many wrapped paragraphs end before one
JOIN_SHARE = 0.6  # ... and they are this share of its long lines followed by another with no blank line between


def wrap_joins(lines: list[str], glued: list[bool]) -> list[bool]:
    """For each line, whether it continues the line before it: that line was broken by the wrap.

    The width is the longest line's. A line followed by another with no blank line between was broken by the
    wrap when the next line's first word would not have fitted on it. On a text that parts its paragraphs
    with blank lines (``MIN_ENDS``) any such line is broken; on one that does not, a line ending a sentence may end its
    paragraph, so only a line ending mid-sentence is. Nothing is joined unless the text is wrapped as a whole
    (``MIN_JOINS``, ``JOIN_SHARE``): a web page's lines are paragraphs of any length. In a wrapped text, a
    line ending with a word that ends no headline or sentence (``open_ends``: "Through", "de") goes on too.
    """
    joins = [False] * len(lines)
    width = wrap_width(lines, glued)
    if width is None:
        # a headline in capitals broken by hand on any text, its first line ending with a word that cannot end it
        # ("FGR OBTIENE VINCULACIÓN ... CONTRA TRES PERSONAS POR" / "TRÁFICO DE ARMAS EN SONORA")
        return [i > 0 and glued[i] and lines[i - 1].isupper() and lines[i].isupper() and ends_open(lines[i - 1]) and
                not is_terminal(lines[i - 1]) for i in range(len(lines))]
    # a line the wrap broke: the next line's first word would not have fitted on it; never a Title Case headline set
    # over the first paragraph with no blank line between ("... Sentenced for Fentanyl Conspiracy" / "Two men were")
    fits = [i > 0 and glued[i] and _fit_break(lines[i - 1], lines[i], width) and
            not (lines[i][:1].isupper() and is_title_case(lines[i - 1])) for i in range(len(lines))]
    # paragraphs parted by blank lines: a wrapped paragraph's last line is followed by a blank line
    ends = sum(fits[i] and is_terminal(lines[i]) and (i + 1 == len(lines) or not glued[i + 1])
               for i in range(len(lines)))
    broken, long_glued = [], 0
    for i in range(1, len(lines)):
        if not glued[i] or len(lines[i - 1]) < width * LONG_SHARE:  # longer lines count against a wrap
            continue
        long_glued += 1
        if fits[i] and (ends >= MIN_ENDS or not is_terminal(lines[i - 1])):
            broken.append(i)
    if len(broken) >= MIN_JOINS and len(broken) >= JOIN_SHARE * long_glued:
        for i in broken:
            joins[i] = True
        # a headline broken by hand ends its first line with a word that cannot end it ("... Fentanyl Through"),
        # or is set in capitals on both lines (not the publisher's name over its release label: "SECRETARÍA DE MARINA" /
        # "COMUNICADO DE PRENSA 231/2026")
        for i in range(1, len(lines)):
            before = lines[i - 1]
            joins[i] = joins[i] or (glued[i] and not is_terminal(before) and (
                ends_open(before) or (before.isupper() and lines[i].isupper() and not RELEASE.search(lines[i]))))
    return joins


def _fit_break(before: str, after: str, width: int) -> bool:
    """``before`` was broken by a wrap at ``width``: long enough, and ``after``'s first word would not have fitted."""
    return width * LONG_SHARE <= len(before) <= width and len(before) + 1 + len(after.split()[0]) > width


def wrap_width(lines: list[str], glued: list[bool]) -> int | None:
    """The width a text was wrapped at, or None: of the widths in ``WRAP_WIDTHS``, the one at which the most lines
    followed by another (no blank line between) were broken by the wrap. The longest line is no guide: a headline,
    a URL or a signature is often longer than the width the paragraphs were wrapped at."""
    pairs = [(lines[i - 1], lines[i]) for i in range(1, len(lines)) if glued[i] and lines[i].split()]
    if not pairs:
        return None
    lengths = sorted({len(before) for before, _after in pairs if WRAP_WIDTHS[0] <= len(before) <= WRAP_WIDTHS[1]})
    best, best_count = None, 0
    for width in range(lengths[0], lengths[-1] + 1) if lengths else ():
        count = sum(_fit_break(before, after, width) for before, after in pairs)
        if count > best_count:
            best, best_count = width, count
    # a page whose paragraphs run far past that width is not wrapped at it: its short lines (a headline, its deck,
    # a desk's name) happened to be about as long ("Catean en Escobedo bodega con armas del CDN" / "Decomisan ...")
    if best is not None and sum(len(line) > OVER_WIDTH * best for line in lines) >= OVER_LINES:
        return None
    return best


def joiner(before: str, after: str) -> str:
    """What stands between two pieces of a wrapped line: nothing after a word cut by a hyphen, else a space."""
    return "" if len(before) > 1 and before.endswith("-") and before[-2].isalpha() and after[:1].islower() else " "
