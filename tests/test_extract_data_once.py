"""Issue 15: extraction reads its data files once per process, never again for each document.

A data file parsed per document (``names.yaml`` once for every capitalized word before a given name) made a
worker's extraction cost more than its parse; the YAML reads are counted while a second pair of documents is
extracted, after a first pair loaded everything.
"""

import yaml

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument

TEXTS = [
    "Rosa Icela Rodríguez Velázquez, secretaria de Gobernación, viajó a Culiacán el lunes.\n\n"
    "Lupita Ramírez Osuna, vocera de la Fiscalía General del Estado, dijo que Marcela Ríos Campos fue detenida.\n\n"
    "Andrés Manuel López Obrador y Pam Bondi hablaron por teléfono, según la Secretaría de Relaciones Exteriores.",
    "Customs officials said Ernesto Pérez Gómez was arrested in Laredo on Friday.\n\n"
    "Marisol Vega Lara, a spokeswoman for the Sinaloa state prosecutor, said Jorge Luis Fierro was detained.\n\n"
    "Attorney General Pam Bondi said the Justice Department charged Rubén Oseguera González.",
]


def _counted_loads(monkeypatch) -> list:
    """The YAML parses made from now on, recorded."""
    loads: list = []
    real = yaml.load

    def counted(*args, **kwargs):
        loads.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(yaml, "load", counted)
    return loads


def test_extract_reads_no_data_file_per_document(monkeypatch) -> None:
    for i, text in enumerate(TEXTS):
        extract_document(clean_document(RawDocument(f"first-{i}.txt", text)))
    loads = _counted_loads(monkeypatch)
    for i, text in enumerate(TEXTS):
        later = text.replace("Pérez", "Paredes").replace("Ríos", "Robles")
        extraction = extract_document(clean_document(RawDocument(f"second-{i}.txt", later)))
        assert any(e.type == "person" for e in extraction.entities)
    assert loads == []


def test_extract_data_files_parse_once_and_every_reader_gets_its_own_copy(monkeypatch) -> None:
    from pesquisa import lexicon

    first = lexicon.read_data("names.yaml")
    loads = _counted_loads(monkeypatch)
    again = lexicon.read_data("names.yaml")
    assert loads == [] and again == first and again is not first
    key = next(k for k, v in again.items() if isinstance(v, list))
    again[key].append("Zzyzx")  # a reader that changes its copy changes no one else's
    assert "Zzyzx" not in lexicon.read_data("names.yaml")[key] and "Zzyzx" not in first[key]
