"""Events, stop 42: an undated deal or pledge told after a meeting and an arrival takes the meeting's day, the one
its sentence names ("During the meeting"), or, naming none, the day of the talks rather than of the arrival."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts

EN = ("President Bernardo Arévalo received U.S. Homeland Security Secretary Kristi Noem at the presidential palace on "
      "Monday, where the two discussed migration. Noem arrived in Guatemala City on Sunday evening after a stop in "
      "Honduras. {deal}")
ES = ("El presidente Bernardo Arévalo recibió el lunes en el Palacio Nacional a la secretaria de Seguridad Nacional "
      "de Estados Unidos, Kristi Noem. Noem llegó a la capital guatemalteca el domingo por la noche. {deal}")


@pytest.mark.parametrize("text, kind", [
    (EN.format(deal="During the meeting, Arévalo pledged to expand cooperation on border security."), "commitment"),
    (EN.format(deal="The two officials also signed an agreement on the exchange of biometric data."), "agreement"),
    (ES.format(deal="Durante la reunión, Arévalo se comprometió a ampliar la cooperación fronteriza."), "commitment"),
])
def test_a_deal_after_a_meeting_and_an_arrival_takes_the_meeting_day(text, kind):
    days = {e["type"]: e["date"] for e in event_dicts(text, "2025-08-12")}
    assert days.get("meeting") == "2025-08-11" and days.get(kind) == "2025-08-11", days


def test_a_pledge_naming_the_visit_takes_its_day():
    text = ("Homeland Security Secretary Kristi Noem met President Bernardo Arévalo at the palace on Monday. On "
            "Wednesday, Noem visited the border crossing at Tecún Umán. During the visit, Noem pledged to send more "
            "agents to the border.")
    days = {e["type"]: e["date"] for e in event_dicts(text, "2025-08-14")}
    assert days.get("visit") == "2025-08-13" and days.get("commitment") == "2025-08-13", days
