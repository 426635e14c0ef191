"""Typed records of the official files: one per row, each naming the file and line it came from.

Official figures are facts like any other, so each keeps its provenance: ``source_file``
(the file name as imported) and ``source_line`` (the 1-based line of the CSV record;
the header is line 1). Ids hash the natural key, not the file, so a later release that
repeats a month replaces the row instead of counting it twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pesquisa.records import make_id

KG_PER_LB = 0.45359237  # the international avoirdupois pound, exactly


@dataclass(slots=True, frozen=True)
class SeizureRow:
    """One CBP row: drug seized in one month by one component in one area, in events and pounds."""

    dataset: str  # cbp-nationwide | cbp-amo
    fiscal_year: int  # US federal fiscal year: October of the year before to September
    month: str  # calendar month, YYYY-MM
    component: str  # OFO | USBP | AMO
    region: str  # Southwest Border | Northern Border | Coastal/Interior
    land_filter: str
    area: str  # area of responsibility (nationwide) or branch (AMO)
    drug: str  # CBP's drug type, as written
    item: str  # the item key news quantities use (fentanyl, cannabis, ...)
    events: int
    pounds: float
    source_file: str
    source_line: int
    year_to_date: bool = False  # the file marks the fiscal year as not complete ("2026 (FYTD)")

    @property
    def kg(self) -> float:
        return self.pounds * KG_PER_LB

    @property
    def id(self) -> str:
        return make_id("ofs", self.dataset, self.month, self.component, self.region, self.land_filter, self.area,
                       self.drug)


@dataclass(slots=True, frozen=True)
class VictimCount:
    """One SESNSP row: victims of one crime in one state (or "Nacional") in one month."""

    month: str  # YYYY-MM
    state: str
    crime: str
    total: int
    source_file: str
    source_line: int

    @property
    def id(self) -> str:
        return make_id("ofv", "sesnsp", self.month, self.state, self.crime)


@dataclass(slots=True, frozen=True)
class ListIdentifier:
    """An identity document or register number of a list entry ("C.U.R.P. ... (Mexico)")."""

    label: str  # as written: "C.U.R.P.", "Passport"
    scheme: str  # short name: curp, rfc, passport (official.yaml), else the label
    value: str
    country: str | None = None


@dataclass(slots=True)
class SanctionEntry:
    """One entry of a sanctions list: a person, organization, vessel or aircraft, with what the list says.

    ``name`` is the list's primary name as written ("CARO QUINTERO, Rafael"); for a person
    the part before the comma holds the family names and the part after it the given names.
    ``aliases`` are ``(kind, name)`` with kind ``aka``, ``fka`` (formerly), ``nka`` (now known as) or ``dba`` (the
    name a business trades under).
    ``links`` are the names of other entries the remarks link it to ("Linked To: ...").
    """

    dataset: str  # the list: us-ofac-sdn
    uid: str  # the list's own id (OFAC ent_num), as a string
    name: str
    kind: str  # person | organization | vessel | aircraft
    programs: list[str]
    source_file: str
    source_line: int
    title: str | None = None
    aliases: list[tuple[str, str]] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    citizenships: list[str] = field(default_factory=list)
    gender: str | None = None
    identifiers: list[ListIdentifier] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    vessel: dict[str, str] = field(default_factory=dict)  # call sign, type, tonnage, flag, owner when given
    remarks: str | None = None  # the remarks as written, everything above was read from them

    @property
    def id(self) -> str:
        return make_id("sdn", self.dataset, self.uid)

    @property
    def family_names(self) -> str | None:
        """The family names of a person entry ("CARO QUINTERO"), None for other kinds or no comma."""
        if self.kind != "person" or "," not in self.name:
            return None
        return self.name.split(",", 1)[0].strip()

    @property
    def given_names(self) -> str | None:
        """The given names of a person entry ("Rafael"), None for other kinds or no comma."""
        if self.kind != "person" or "," not in self.name:
            return None
        return self.name.split(",", 1)[1].strip()

    @property
    def display_name(self) -> str:
        """The name in reading order: "Rafael CARO QUINTERO" for "CARO QUINTERO, Rafael"."""
        if self.family_names is not None and self.given_names:
            return f"{self.given_names} {self.family_names}"
        return self.name

    @property
    def countries(self) -> list[str]:
        """Countries the entry is tied to: nationality, citizenship, then the last part of each birth place."""
        out = [*self.nationalities, *self.citizenships]
        out += [p.rsplit(",", 1)[-1].strip() for p in self.birth_places]
        return list(dict.fromkeys(c for c in out if c))
