"""Clean stage: raw original -> clean body with an exact offset map back to the raw.

Public: ``clean_document`` (RawDocument -> CleanDocument), ``detect_language``,
``repair_line``, ``stopped_dateline`` (a dateline closed by a full stop or a colon: extract's datelines read it too).
"""

from pesquisa.clean._document import clean_document, detect_language, repair_line
from pesquisa.clean._stopped_dateline import stopped_dateline

__all__ = ["clean_document", "detect_language", "repair_line", "stopped_dateline"]
