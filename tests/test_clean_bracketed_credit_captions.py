"""A short sentence closed by its photo's credit in brackets ("... at the National Palace on Thursday. (Presidencia)",
"... (Mario Jasso/Cuartoscuro)") is a caption; a wire's sign-off closing the story's last paragraph ("(EFE)"), an
acronym spelled out in brackets and a sentence that reports speech stay (hand-written pages)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE = ("U.S. Deputy Secretary of State Christopher Landau met with President Claudia Sheinbaum in Mexico City on "
        "Thursday, and the two governments agreed to set up a group to oversee their security cooperation.")
SECOND = ("Foreign Minister Juan Ramón de la Fuente and Security Minister Omar García Harfuch also attended the "
          "meeting, as did the U.S. ambassador.")
LAST = "The visit came a day after the U.S. Treasury Department sanctioned three Mexican financial institutions."


def _body(raw: str) -> str:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body


@pytest.mark.parametrize("caption", ["Sheinbaum and Landau at the National Palace on Thursday. (Presidencia)",
                                     "The security cabinet during the morning press conference. (Mario Jasso/Cuartoscuro)"])
@pytest.mark.parametrize("where", ["top", "middle"])
def test_clean_a_caption_closed_by_its_bracketed_credit_goes(caption, where):
    parts = [caption, LEDE, SECOND] if where == "top" else [LEDE, caption, SECOND]
    body = _body("Mexico, US agree to set up security group after Landau visit\n\n" + "\n\n".join([*parts, LAST]) + "\n")
    assert caption not in body and LEDE in body and SECOND in body and LAST in body


@pytest.mark.parametrize(("line", "last"), [
    ("Las autoridades no informaron el nombre de los detenidos, que fueron llevados ante el juez. (EFE)", True),
    ("The accounts of the three banks were frozen by the Financial Intelligence Unit (UIF).", False),
    ("“We will keep working together,” the ambassador said. (Reuters)", False)])
def test_clean_a_sign_off_an_acronym_or_speech_stays(line, last):
    parts = [LEDE, SECOND, LAST, line] if last else [LEDE, line, SECOND, LAST]
    body = _body("Mexico, US agree to set up security group after Landau visit\n\n" + "\n\n".join(parts) + "\n")
    assert line in body and LEDE in body
