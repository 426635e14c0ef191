"""Issue 10: a private person an article gives an ordinary occupation ("X, a real estate agent") is not the
nicknamed trafficker of another article whose longer name the shorter one fits; with no occupation the shorter name
still joins. Hand-written EN and ES pages, ingested together and one after the other."""

from __future__ import annotations

import pytest
from test_resolve_namesakes import _sources

from pesquisa.resolve._occupations import occupation_told

CAPO = {"url": "https://example.test/es/capo", "title": "Detienen a operador del Cártel del Golfo",
        "published": "2025-04-02",
        "text": "Detienen a operador del Cártel del Golfo\n\nMarinos detuvieron en Matamoros a Efraín Leonel Benavides "
                "Treviño, alias \"El Cuervo\", señalado como operador financiero del Cártel del Golfo.\n"}
AGENT = {"url": "https://example.test/en/agent", "title": "Home prices climb in Brownsville", "published": "2025-04-05",
         "text": "Home prices climb in Brownsville\n\nMedian prices rose 9 percent this spring. \"Buyers are back,\" said "
                 "Efrain Benavides, a Brownsville real estate agent who has sold homes there for 20 years.\n"}
SHORT = {"url": "https://example.test/en/short", "title": "Gulf Cartel figure to face U.S. charges",
         "published": "2025-04-06",
         "text": "Gulf Cartel figure to face U.S. charges\n\nMexican marines arrested Efrain Benavides in Matamoros on "
                 "Tuesday. He is wanted in Texas on money laundering charges, officials said.\n"}


@pytest.mark.parametrize("order", ["together", "capo first", "agent first"])
def test_resolve_occupations_a_real_estate_agent_is_not_the_nicknamed_operator(tmp_path, order):
    batches = {"together": [[CAPO, AGENT]], "capo first": [[CAPO], [AGENT]], "agent first": [[AGENT], [CAPO]]}
    people = _sources(tmp_path / "kb.sqlite", *batches[order])
    assert people["Efraín Leonel Benavides Treviño"] == {"capo"}
    assert people["Efrain Benavides"] == {"agent"}


def test_resolve_occupations_the_same_man_named_shorter_without_a_job_still_joins(tmp_path):
    people = _sources(tmp_path / "kb.sqlite", [CAPO, SHORT])
    assert people["Efraín Leonel Benavides Treviño"] == {"capo", "short"}


def test_resolve_occupations_words_beside_a_name():
    assert occupation_told("said ", ", 51, a truck driver from El Paso, was sentenced")
    assert occupation_told("Brownsville real estate agent ", " said buyers are back")
    assert occupation_told("Vecinos de Guasave y la maestra ", " denunciaron la desaparición")
    # a past job, a job of someone else named after the mention, or a cartel's accountant tell nothing
    assert not occupation_told("", ", a former police officer and schoolteacher, founded the cartel")
    assert not occupation_told("The teacher said ", " was absent")
    assert not occupation_told("", ", the cartel's accountant, was arrested")


ACCUSED = {"url": "https://example.test/es/accused", "title": "Vinculan a proceso a hombre por extorsión en Juárez",
           "published": "2025-05-02",
           "text": "Vinculan a proceso a hombre por extorsión en Juárez\n\nCIUDAD JUÁREZ, Chih.- Un juez vinculó a proceso a "
                   "Rigoberto Alonso Quiñónez Lerma, acusado de extorsionar a comerciantes del Centro. Seguirá en prisión "
                   "preventiva, informó la Fiscalía.\n"}
LAWYER = {"url": "https://example.test/en/lawyer", "title": "El Paso lawyer cleared in ethics complaint",
          "published": "2025-05-04",
          "text": "El Paso lawyer cleared in ethics complaint\n\nEL PASO, Texas — The State Bar of Texas dismissed an ethics "
                  "complaint against Rigoberto Quiñónez, an El Paso criminal defense lawyer, his office said Thursday.\n"}


def test_resolve_occupations_a_defense_lawyer_of_his_own_article_is_not_the_accused(tmp_path):
    # "|X|, an El Paso criminal defense lawyer" is read as the name's title: the job in it still puts him on no side of
    # the trade, apart from the man a judge "vinculó a proceso" in another article
    people = _sources(tmp_path / "kb.sqlite", [ACCUSED, LAWYER])
    assert people["Rigoberto Alonso Quiñónez Lerma"] == {"accused"}
    assert people["Rigoberto Quiñónez"] == {"lawyer"}
