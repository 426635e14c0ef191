"""Readers of the official record: CBP seizure statistics, the OFAC SDN list, SESNSP victim counts.

Each reader streams typed records (``SeizureRow``, ``SanctionEntry``, ``VictimCount``) that
name the file and line they came from, and yields an ``IngestFailure`` (``file:line: problem``)
for a row it cannot read, then goes on. Nothing is held in memory beyond one row.
"""

from pesquisa.ingest._official.cbp import calendar_month, fiscal_year_of, read_cbp
from pesquisa.ingest._official.ofac import read_ofac
from pesquisa.ingest._official.records import KG_PER_LB, ListIdentifier, SanctionEntry, SeizureRow, VictimCount
from pesquisa.ingest._official.sesnsp import read_sesnsp

__all__ = ["KG_PER_LB", "ListIdentifier", "SanctionEntry", "SeizureRow", "VictimCount", "calendar_month",
           "fiscal_year_of", "read_cbp", "read_ofac", "read_sesnsp"]
