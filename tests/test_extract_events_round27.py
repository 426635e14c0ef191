"""Events from hand-written EN/ES pages (issue 11, round 27): an arrest told by a definite description of the one an
extradition just told was done to ("The drug lord had been arrested", "El capo había sido capturado") is his."""

from __future__ import annotations

from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-04") -> list[dict]:
    return event_dicts(text, published)


def _arrest(text: str) -> dict:
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    return arrest


def test_extract_events_an_arrest_of_the_drug_lord_just_extradited_is_his():
    text = ("Colombia extradited Dairo Antonio Úsuga to the United States on Wednesday.\n\n"
            "The drug lord had been captured in October in the jungle of Antioquia by the Colombian army.")
    assert "Dairo Antonio Úsuga" in _arrest(text)["participants"]


def test_extract_events_la_captura_del_capo_recien_extraditado_es_suya():
    text = ("Honduras extraditó este martes a Estados Unidos a Juan Carlos Bonilla Valladares.\n\n"
            "El presunto narcotraficante había sido capturado el 9 de marzo en Tegucigalpa por la Policía Nacional.")
    arrest = _arrest(text)
    assert "Juan Carlos Bonilla Valladares" in arrest["participants"]
    assert arrest["date"] == "2026-03-09"


def test_extract_events_another_suspect_or_one_also_arrested_is_someone_else():
    for text in ("Police arrested Rodrigo Salas Peña on Monday. The other suspect was arrested on Tuesday.",
                 "Police arrested Rodrigo Salas Peña on Monday. The driver was also arrested on Tuesday.",
                 "La policía detuvo el lunes a Rodrigo Salas Peña. Otro sospechoso fue detenido el martes."):
        arrests = [e for e in _events(text) if e["type"] == "arrest"]
        assert [a["participants"] for a in arrests if a["date"] == "2026-12-01"] == [[]]
