"""Event dates (evdates10, stop 43): a deed told "at the scene" after a lead whose teller names a later day ("..., the
sheriff's office said Thursday") is of the scene's day, not the telling's; a teller the parser joins to the deed's
verb as its conjunct ("were arrested ... and are held at X, a spokesman said on Sunday") dates no deed."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(events: list[dict], kind: str) -> set[str | None]:
    return {e["date"] for e in events if e["type"] == kind}


def test_extract_events_arrest_at_the_scene_takes_the_scene_day_not_the_telling_day():
    text = ("Trooper hurt in exchange of gunfire on border highway\n\n"
            "LAREDO, Texas — A state trooper was wounded Monday night in an exchange of gunfire with suspected cartel "
            "gunmen on a highway north of Laredo, the Department of Public Safety said Tuesday.\n\n"
            "The trooper was taken to a local hospital. Officers arrested three men at the scene and seized two rifles.")
    events = event_dicts(text, "2026-03-11")  # a Wednesday
    assert _dates(events, "arrest") == {"2026-03-09"}
    assert _dates(events, "seizure") == {"2026-03-09"}


def test_extract_events_the_scene_day_is_still_the_sentence_before_when_no_one_told_it_later():
    text = ("Two held after shootout in Nogales\n\n"
            "NOGALES, Ariz. — Police exchanged fire with two men on Sunday near the port of entry.\n\n"
            "Officers arrested both men at the scene.")
    assert _dates(event_dicts(text, "2026-03-11"), "arrest") == {"2026-03-08"}


def test_extract_events_a_teller_joined_to_the_arrest_verb_dates_no_arrest():
    text = ("Heroin worth €4m seized at Dublin Port\n\n"
            "Revenue officers seized heroin worth an estimated €4 million from a lorry at Dublin Port on Friday "
            "evening.\n\n"
            "Two men, aged 28 and 40, were arrested when the lorry was searched and are being held at Store Street "
            "Garda Station, a Garda spokesman said on Saturday.")
    events = event_dicts(text, "2026-03-09")  # a Monday
    assert _dates(events, "arrest") == {"2026-03-06"}
