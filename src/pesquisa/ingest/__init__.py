"""pesquisa.ingest: read files into ``RawDocument`` records, one per article.

Formats: ``.txt`` (UTF-8), ``.html``/``.htm``, ``.jsonl`` (one article per line),
``.warc``/``.warc.gz`` (HTML responses), RSS/Atom (``.rss``, ``.atom``, ``.xml``), PDF
(text layer), DOCX, e-mail (``.eml``, ``.mbox``: bodies and text attachments).
Bad input never raises: it yields an ``IngestFailure`` naming the file (or line, record,
entry) and the problem, and the walk goes on. Only regular files are read, within the
size limits of ``pesquisa.limits``.

The official record is read here too (``_official``): ``read_cbp``, ``read_ofac`` and
``read_sesnsp`` stream typed rows (``SeizureRow``, ``SanctionEntry``, ``VictimCount``) that
name the file and line they came from.

    >>> for item in iter_documents([Path("corpus")]):
    ...     if isinstance(item, IngestFailure):
    ...         print(item)          # corpus/b.txt: not valid UTF-8 (byte 0xe9 at offset 12)
"""

from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._html import decode_html
from pesquisa.ingest._office import PAGE_BREAK
from pesquisa.ingest._official import (
    KG_PER_LB,
    ListIdentifier,
    SanctionEntry,
    SeizureRow,
    VictimCount,
    calendar_month,
    fiscal_year_of,
    read_cbp,
    read_ofac,
    read_sesnsp,
)
from pesquisa.ingest._walk import SUPPORTED_SUFFIXES, iter_documents, read_path

__all__ = ["KG_PER_LB", "PAGE_BREAK", "SUPPORTED_SUFFIXES", "IngestFailure", "ListIdentifier", "SanctionEntry",
           "SeizureRow", "VictimCount", "calendar_month", "decode_html", "fiscal_year_of", "iter_documents", "read_cbp",
           "read_ofac", "read_path", "read_sesnsp"]
