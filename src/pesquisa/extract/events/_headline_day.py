"""What an undated headline's event takes beyond one day told below it (``_restated.date_headline``).

"Capturan a tres presuntos narcotraficantes en Izabal" over "capturaron a principios de semana a tres ...", "Cocaine
seized at port" over "seized ... over the weekend": the story tells its events only by the month of a week just past,
so the headline's event, the same news, takes that month. "Aseguran 1.5 millones de pastillas de fentanilo en Sonora"
over a story of two seizures on two days: the headline tells the one of its amount ("aseguraron anoche 1.5 millones de
pastillas"), so it takes that one's day.
"""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Event

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
WEEK = dt.timedelta(days=7)


def recent_month(published: str | None, days: set[str | None]) -> str | None:
    """The one month ``days`` all tell, when it is the month of publication or of the week before it; else None."""
    if not published or len(days) != 1 or None in days:
        return None
    month = str(next(iter(days)))
    recent = {published[:7]}
    if len(published) == 10:
        recent.add((dt.date.fromisoformat(published) - WEEK).isoformat()[:7])
    return month if len(month) == 7 and month in recent else None


def day_of_same_amount(ctx: DocumentContext, event: Event, told: list[Event]) -> str | None:
    """The day of the events of ``told`` that tell an amount of ``event`` (its numbers written alike), when they are
    dated by one day; else None."""
    numbers = _numbers(ctx, event)
    days = {e.date for e in told if numbers & _numbers(ctx, e)}
    day = next(iter(days)) if len(days) == 1 else None
    return day if day and len(day) == 10 else None


def _numbers(ctx: DocumentContext, event: Event) -> set[str]:
    return {n for a in event.amounts for n in NUMBER.findall(ctx.body[a.start:a.end])}
