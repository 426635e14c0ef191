"""A spokesperson who shares a shorter form of the name of a man the article names in full is another person (issue
12: "Jesús González", a spokesman, is not "Jesús González Peñuelas"). Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions


def _people(nlp, text: str) -> dict[str, list[str]]:
    return {name: mentions for (kind, name), mentions in entity_mentions(nlp, text).items() if kind == "person"}


def test_entities_a_spokesman_sharing_a_short_form_of_a_suspects_name_is_another_person(nlp_en, nlp_es):
    en = ("Marines arrested Leonel Cárdenas Ibarra, alias \"El Gato,\" in Reynosa on Sunday. The Navy's spokesman in "
          "Tamaulipas, Leonel Cárdenas, said no shots were fired.")
    people = _people(nlp_en, en)
    assert "Leonel Cárdenas" in people and "Leonel Cárdenas" not in people.get("Leonel Cárdenas Ibarra", [])
    es = ("Agentes ministeriales detuvieron a Octavio Salgado Ruelas, alias \"El Pelón\", en Mazatlán. El vocero de la "
          "Fiscalía, Octavio Salgado, informó que el detenido fue puesto a disposición de un juez.")
    people = _people(nlp_es, es)
    assert "Octavio Salgado" in people and "Octavio Salgado" not in people.get("Octavio Salgado Ruelas", [])


def test_entities_a_spokesman_named_in_full_and_then_shorter_stays_one_person(nlp_en, nlp_es):
    en = ("Octavio Salgado Ruelas, a spokesman for the state prosecutor's office, said the suspects were detained. "
          "Spokesman Octavio Salgado added that a judge would hear the case.")
    assert "Octavio Salgado" in _people(nlp_en, en).get("Octavio Salgado Ruelas", [])
    es = ("El vocero de la Fiscalía, Octavio Salgado Ruelas, informó de la detención. Más tarde, el vocero Octavio "
          "Salgado precisó que no hubo heridos.")
    assert "Octavio Salgado" in _people(nlp_es, es).get("Octavio Salgado Ruelas", [])


def test_entities_a_lawyer_sharing_a_short_form_of_the_clients_name_is_another_person(nlp_en, nlp_es):
    es = ("Un juez de control difirió la audiencia de Ramiro Adán Beltrán Osuna, alias \"El Tejón\", detenido en "
          "Guasave. Su abogado, Ramiro Beltrán, alegó que la captura se hizo sin orden judicial.")
    people = _people(nlp_es, es)
    assert "Ramiro Beltrán" in people and "Ramiro Beltrán" not in people.get("Ramiro Adán Beltrán Osuna", [])
    en = ("Prosecutors say Daniel Ortiz Mendívil, known as \"El Flaco,\" ran a stash house in Nogales. His defense "
          "attorney, Daniel Ortiz, told the judge his client would plead not guilty.")
    people = _people(nlp_en, en)
    assert "Daniel Ortiz" in people and "Daniel Ortiz" not in people.get("Daniel Ortiz Mendívil", [])


def test_entities_a_client_named_after_his_lawyer_or_a_lawyer_named_in_full_stays_one_person(nlp_en, nlp_es):
    es = ("Ramiro Adán Beltrán Osuna fue detenido en Guasave. El abogado de Ramiro Beltrán pidió que se revisara la "
          "legalidad de la detención.")
    assert "Ramiro Beltrán" in _people(nlp_es, es).get("Ramiro Adán Beltrán Osuna", [])
    en = ("The defense attorney, Daniel Ortiz Mendívil, filed a motion on Monday. His attorney Daniel Ortiz said the "
          "evidence was obtained illegally.")
    assert "Daniel Ortiz" in _people(nlp_en, en).get("Daniel Ortiz Mendívil", [])
