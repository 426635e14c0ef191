"""Clean stage: raw original -> clean body with an exact offset map back to the raw.

Public: ``clean_document`` (RawDocument -> CleanDocument), ``detect_language``,
``repair_line``.
"""

from pesquisa.clean._document import clean_document, detect_language, repair_line

__all__ = ["clean_document", "detect_language", "repair_line"]
