"""A short sentence closing the story under a bulleted list of seized goods stays, and a table flattened to text with
a short title over it ("Tabla: ...") after article text is article text (hand-written pages)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _body(raw: str) -> str:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body


def test_clean_a_short_closing_sentence_under_a_list_of_goods_stays():
    lede = ("Nuevo Laredo, Tamaulipas.- Elementos de la Guardia Estatal aseguraron armas y equipo táctico en un domicilio "
            "de la colonia Hidalgo, informó la Vocería de Seguridad.")
    items = "- 9 fusiles de asalto\n\n- 2 lanzagranadas\n\n- 1,500 cartuchos útiles\n\n- 12 cargadores"
    closing = "No hubo personas detenidas."
    body = _body(f"Aseguran armas en domicilio de Nuevo Laredo\n\n{lede}\n\nEn el lugar se encontraron:\n\n{items}\n\n"
                 f"{closing}\n\nPublicidad\n\nComentarios\n")
    assert closing in body and "- 2 lanzagranadas" in body


def test_clean_a_table_with_a_short_title_after_the_story_stays():
    lede = ("La Fiscalía del Estado informó que ha identificado a 31 de las 70 personas halladas en fosas clandestinas "
            "en el municipio, tras semanas de trabajos de exhumación.")
    table = "Tabla: personas identificadas por mes\n\nMes | Identificadas\n\nOctubre | 19\n\nNoviembre | 12"
    body = _body(f"Identifican a 31 víctimas de fosas clandestinas\n\n{lede}\n\nDe acuerdo con la dependencia, los "
                 "trabajos comenzaron a principios de octubre tras la denuncia de un colectivo de búsqueda.\n\n"
                 f"{table}\n\nTe recomendamos\n\nHallan restos en otro predio\n")
    assert "Octubre | 19" in body and "Tabla: personas identificadas por mes" in body
