"""How a person's name is spelled, for choosing the name a group is shown by (``entities._canonical``)."""

from __future__ import annotations

import re
import unicodedata


def written_accents(name: str) -> int:
    """How many letters of ``name`` carry an accent or a tilde."""
    return sum(len(unicodedata.normalize("NFD", c)) > 1 for c in name if c.isalpha())


_PARTICLE = re.compile(r"(?<=\s)(?:De|Del|La|Las|Los)(?=\s)")


def capital_particles(name: str) -> int:
    """How many particles inside ``name`` are capitalized ("Ortega De La Cruz")."""
    return len(_PARTICLE.findall(name))
