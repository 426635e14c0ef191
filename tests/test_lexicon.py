"""``lexicon.fold``: the key names are compared by."""

from pesquisa.lexicon import fold


def test_lexicon_fold_drops_accents_case_and_punctuation():
    assert fold("Secretaría de Seguridad y Protección Ciudadana (SSPC)") == "secretaria de seguridad y proteccion ciudadana sspc"
    assert fold("García Harfuch’s") == "garcia harfuch s"  # an apostrophe parts words like a space
    assert fold("Ñuñoa") == "nunoa"


def test_lexicon_fold_long_text_and_marks_written_apart():
    # over 64 characters (not cached); an accent typed as its own combining mark; a compatibility ligature
    line = "El Cartel de Sinaloa y la Fiscali\u0301a General de la República —dijo el ﬁscal— en Culiacán."
    assert fold(line) == "el cartel de sinaloa y la fiscalia general de la republica dijo el fiscal en culiacan"
    assert fold("plain ascii, unchanged!") == "plain ascii unchanged"
    assert fold("") == "" and fold(None) == ""
