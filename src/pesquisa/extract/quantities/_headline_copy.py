"""A headline's goods told again in the body: the body's sentence tells what happened to them. "Condenados los
tripulantes de una narcolancha con 2.400 kilos de hachís" over "una narcolancha interceptada ... con 2.400 kilos de
hachís": the headline's weight is the seizure the body tells, though its own line has no seizure verb."""

from __future__ import annotations

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft


def same_goods(a: Draft, b: Draft) -> bool:
    """True when ``a`` and ``b`` tell the same amount of the same goods."""
    return a.value == b.value and a.unit == b.unit and a.commodity == b.commodity and a.value_max == b.value_max


def take_body_seizures(drafts: list[Draft], text: str) -> None:
    """Marks as seized the goods of the headline (the first line) that the body tells again as a seizure."""
    end = text.find("\n")
    if end < 0:
        return  # no headline apart from the body
    body = [d for d in drafts if d.start > end and d.kind == "seizure"]
    for d in drafts:
        if d.end > end:
            break
        goods = d.commodity is not None or d.unit in MASS_OR_VOLUME
        if d.kind == "count" and goods and any(same_goods(d, b) for b in body):
            d.kind = "seizure"
