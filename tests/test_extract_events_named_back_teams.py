"""Events, stop 41: a visit named again is the meeting told; teams sent to meet are who meets; a teller is no party."""

from __future__ import annotations

from _event_helpers import event_dicts

VISIT = ("U.S. Homeland Security Secretary Kristi Noem met Security Minister Omar García Harfuch in Mexico City on "
         "Tuesday. Noem's visit came two days after the Treasury Department sanctioned four Mexican casinos.")


def test_a_visit_named_again_is_no_visit_of_its_own():
    events = event_dicts(VISIT, "2026-12-09")
    assert not [e for e in events if e["type"] == "visit"], events


def test_the_sanction_before_a_visit_named_again_counts_from_the_meeting():
    events = event_dicts(VISIT, "2026-12-09")
    sanctions = [e for e in events if e["type"] == "sanction"]
    assert sanctions and sanctions[0]["date"] == "2026-12-06", sanctions


def test_teams_sent_to_meet_meet_without_the_leaders_who_agreed():
    text = ("La presidenta Claudia Sheinbaum y el primer ministro Mark Carney acordaron este lunes que los equipos "
            "comerciales de ambos países se reunirán en enero en Ottawa.")
    meetings = [e for e in event_dicts(text, "2026-12-08") if e["type"] == "meeting"]
    assert meetings and all("Claudia Sheinbaum" not in m["participants"] for m in meetings), meetings


def test_words_of_a_quote_refer_back_to_no_operation():
    text = ("Officers found 30 kilograms of cocaine hidden in a lorry at Holyhead port in May. The driver, Kevin Doyle, 44, "
            "admitted importing the drugs. Judge Margaret Evans told him: \"You were a trusted part of this operation.\"")
    seized = [e for e in event_dicts(text, "2026-12-04") if e["type"] == "seizure"]
    assert seized and all("Margaret Evans" not in e["participants"] for e in seized), seized


def test_agents_of_a_body_telling_an_attack_are_no_party_to_it():
    text = ("Agents with the Drug Enforcement Administration said the pistols were recovered by Mexican soldiers after a "
            "gunfight in Altar, Sonora.")
    attacks = [e for e in event_dicts(text, "2026-12-04") if e["type"] == "attack"]
    assert attacks and not any(e["participants"] for e in attacks), attacks


def test_a_meeting_of_teams_agreed_on_is_not_the_leaders():
    text = "Leaders agree to a meeting of security teams next week in Ottawa"
    meetings = [e for e in event_dicts(text, "2026-12-08") if e["type"] == "meeting"]
    assert all(not m["participants"] for m in meetings), meetings
    text = "Ebrard y Lutnick acuerdan reunión de equipos técnicos en Washington"
    meetings = [e for e in event_dicts(text, "2026-12-08") if e["type"] == "meeting"]
    assert meetings and all("Ebrard" not in " ".join(m["participants"]) for m in meetings), meetings


def test_the_district_of_a_telling_office_is_no_party():
    text = ("A Gulf Cartel plaza boss was extradited from Mexico on Thursday, the U.S. Attorney's Office for the Southern "
            "District of Texas said.")
    sent = [e for e in event_dicts(text, "2026-12-04") if e["type"] == "extradition"]
    assert sent and all("Southern District of Texas" not in e["participants"] for e in sent), sent


def test_a_headline_of_officials_to_meet_told_by_one_is_planned_without_him():
    text = ("US, Mexico officials to meet on migration in February, Landau says\n\nWASHINGTON (Reuters) - Deputy Secretary "
            "of State Christopher Landau said on Thursday that officials from both countries would hold talks in February.")
    meetings = [e for e in event_dicts(text, "2026-12-04") if e["type"] == "meeting" and e["trigger"] == "to meet"]
    assert meetings and meetings[0]["planned"] and meetings[0]["participants"] == [], meetings
    assert meetings[0]["date"] in {None, "2027-02"}, meetings


def test_a_headline_visit_the_story_tells_as_a_meeting_is_that_meeting():
    text = ("Mexico, Canada agree on new trade talks after Carney visit\n\nCanadian Prime Minister Mark Carney met "
            "President Claudia Sheinbaum at the National Palace on Tuesday to discuss trade and security.")
    events = event_dicts(text, "2026-12-09")
    assert not [e for e in events if e["type"] == "visit"], events
    assert [e for e in events if e["type"] == "meeting"], events


def test_a_headline_visit_with_its_place_stays():
    text = ("Carney visits Mexico City for trade talks\n\nCanadian Prime Minister Mark Carney met President Claudia "
            "Sheinbaum at the National Palace on Tuesday to discuss trade and security.")
    assert [e for e in event_dicts(text, "2026-12-09") if e["type"] == "visit"]
