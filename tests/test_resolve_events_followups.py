"""A follow-up a week on that names the gathering it follows up by its own past day (issue 11, cross-document events).

"La reunión dio seguimiento a los acuerdos alcanzados en la reunión del pasado jueves entre X y Y": the sentence's
own meeting is the news, and the one "del pasado jueves" was lost with it, so the follow-up never met the reports of
that meeting a week before.
"""

from __future__ import annotations

from pathlib import Path

from _event_helpers import event_dicts
from _export_helpers import event_ids, exported

FOLLOW_UP = ("Comité bilateral de armas se reúne en Monterrey\n\n10 de diciembre de 2026\n\nEl comité bilateral contra el "
             "tráfico de armas celebró este miércoles en Monterrey su tercera reunión, encabezada por la subsecretaria "
             "Laura Ibarra Sosa y el agregado de la ATF, Kevin Doyle.\n\nEl encuentro revisó los avances pactados en la "
             "reunión del pasado jueves entre la secretaria Alicia Montaño Ruiz y el embajador Ronald Johnson en la "
             "Ciudad de México, informó la dependencia.\n")


def _gatherings(text: str, kind: str = "meeting") -> list[dict]:
    return [e for e in event_dicts(text, "2026-12-10") if e["type"] == kind and not e["planned"]]


def test_extract_events_gathering_named_by_its_past_day_beside_the_news_is_its_own():
    meetings = _gatherings(FOLLOW_UP)
    earlier = [m for m in meetings if "Ronald Johnson" in m["participants"]]
    assert len(earlier) == 1 and earlier[0]["date"] == "2026-12-03"
    assert "Alicia Montaño Ruiz" in earlier[0]["participants"] and "Kevin Doyle" not in earlier[0]["participants"]
    assert any(m["date"] == "2026-12-09" and "Kevin Doyle" in m["participants"] for m in meetings)
    call = ("Hablan de nuevo Sheinbaum y Carney\n\n10 de diciembre de 2026\n\nLa presidenta Claudia Sheinbaum conversó este "
            "miércoles por teléfono con el primer ministro Mark Carney, y ambos retomaron la llamada del pasado 26 de "
            "noviembre entre sus ministros de Economía, Marcelo Ebrard y Dominic LeBlanc.\n")
    assert any(c["date"] == "2026-11-26" and "Dominic LeBlanc" in c["participants"] for c in _gatherings(call, "call"))
    # the sentence's own meeting told with its day ("se reunió el pasado jueves con") is one, not an earlier one
    own = ("Montaño y Johnson revisan casos\n\n10 de diciembre de 2026\n\nLa secretaria Alicia Montaño Ruiz se reunió el "
           "pasado jueves con el embajador Ronald Johnson en la Ciudad de México.\n")
    assert {m["date"] for m in _gatherings(own)} == {"2026-12-03"}


def test_resolve_events_follow_up_a_week_on_joins_the_meeting_it_names(tmp_path: Path):
    pages = {
        "comunicado.txt": "Montaño recibe al embajador Johnson\n\n3 de diciembre de 2026\n\nLa secretaria Alicia Montaño "
                          "Ruiz recibió este jueves en la Ciudad de México al embajador de Estados Unidos, Ronald Johnson, "
                          "con quien revisó la cooperación contra el tráfico de armas.\n",
        "seguimiento.txt": FOLLOW_UP,
    }
    docs = exported(tmp_path, pages)
    first, later = event_ids(docs, "comunicado.txt", "meeting"), event_ids(docs, "seguimiento.txt", "meeting")
    assert len(first) == 1 and first < later and len(later) == 2
