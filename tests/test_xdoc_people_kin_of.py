"""A son named shorter than his father, "X, the son of former mayor X Y", is not the father: in one article and across
articles (the son named in full by another outlet keeps one id; the father his own)."""

from __future__ import annotations

from _store_helpers import exported_documents

from pesquisa.extract.entities._kin_names import told_as_kin
from pesquisa.records import RawDocument


def test_xdoc_people_kin_of_in_one_sentence():
    text = 'Soldiers detained Marco Antonio Rivas, alias "El Pelón," the son of former mayor Marco Antonio Rivas Solís.'
    short, full = text.index("Marco"), text.rindex("Marco")
    assert told_as_kin(text, short, full)
    es = "Detuvieron a Marco Antonio Rivas, el Pelón, hijo del exalcalde Marco Antonio Rivas Solís."
    assert told_as_kin(es, es.index("Marco"), es.rindex("Marco"))


def test_xdoc_people_kin_of_not_across_sentences_nor_far():
    text = "Marco Antonio Rivas defended his record. The son of the governor met Marco Antonio Rivas Solís."
    assert not told_as_kin(text, text.index("Marco"), text.rindex("Marco"))
    far = "Marco Antonio Rivas, son of a family of farmers from the hills of Zacatecas, met Marco Antonio Rivas Solís."
    assert not told_as_kin(far, far.index("Marco"), far.rindex("Marco"))


def test_xdoc_people_kin_of_across_outlets(tmp_path):
    docs = [
        RawDocument(source="es.txt", published="2026-08-14", raw=(
            "Elementos del Ejército detuvieron este miércoles en Fresnillo, Zacatecas, a Marco Antonio Rivas Delgado, "
            "\"El Pelón\", hijo del exalcalde Marco Antonio Rivas Solís.")),
        RawDocument(source="en.txt", published="2026-08-14", raw=(
            "Mexican soldiers on Wednesday detained Marco Antonio Rivas, alias \"El Pelón,\" the son of former "
            "Fresnillo mayor Marco Antonio Rivas Solís. Rivas Solís said his son was innocent.")),
    ]
    people = {source: {e["id"]: e["mentions"] for e in d["entities"] if e["type"] == "person"}
              for source, d in exported_documents(tmp_path, docs).items()}
    assert len(people["en.txt"]) == 2
    assert set(people["es.txt"]) == set(people["en.txt"])
