"""Event dates of a deed told by its noun under a verb of telling (dates round 4): "informaron este viernes de la
detención de X" tells the day the news came out, not the arrest's; a sanction announced keeps its day."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(text: str, kind: str, published: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_informaron_de_la_detencion_leaves_the_arrest_undated():
    text = ("Cae presunto operador en Hermosillo\n\n"
            "Agentes de la Fiscalía de Sonora informaron este viernes de la detención de Martín Alonso «N», alias "
            "el Güero, señalado como operador de una célula delictiva.\n\n"
            "El imputado fue puesto a disposición de un juez.")
    assert "2026-12-04" not in _dates(text, "arrest", "2026-12-04")


def test_extract_events_announced_the_arrest_leaves_the_arrest_undated():
    text = ("Police announce arrest in border smuggling case\n\n"
            "Texas police announced on Friday the arrest of Daniel Ortega, a 29-year-old man wanted for smuggling "
            "rifles into Mexico.")
    assert "2026-12-04" not in _dates(text, "arrest", "2026-12-04")

