"""``pesquisa._regex.longest_first``: a tree of shared beginnings matches what the sorted alternation matches."""

import re

from pesquisa._regex import longest_first

HEADS = ["fiscal", "fiscal general", "fiscalía", "Fiscal General de la República", "secretario", "secretaria",
         "secretaria de Seguridad", "Secretary", "Secretary of State", "Secretary of Homeland Security", "sheriff",
         "jefe", "jefe de la policía", "Attorney General", "attorney", "gobernador", "gobernadora", "Gov.", "Sen."]

SENTENCES = [
    "Secretary of State Marco Rubio met the Mexican attorney general, Ernestina Godoy, on Tuesday.",
    "The Secretary of Homeland Security Kristi Noem and Sheriff Rene Fuentes spoke in Brownsville.",
    "La secretaria de Seguridad Ana Ruiz dijo que el fiscal general Pedro Soto y la gobernadora Marina Ávila asistieron.",
    "El jefe de la policía municipal, Jorge Heras, habló con la Fiscalía General de la República en Culiacán.",
    "Gov. Greg Abbott and Sen. John Cornyn said the attorney for the defendant asked for a delay.",
    "FISCAL GENERAL DE LA REPÚBLICA: el SECRETARIO de Marina y la fiscalíaa estatal (a typo) no respondieron.",
]


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _matches(alternation: str, text: str, flags: int = 0) -> list[tuple[int, int, str]]:
    pattern = re.compile(rf"\b(?P<head>(?:{alternation}))\b[ ,]+(?P<next>\w+)", flags)
    return [(m.start(), m.end(), m.group("head")) for m in pattern.finditer(text)]


def test_regex_trees_match_the_sorted_alternation_ignoring_case() -> None:
    tree, plain = longest_first(HEADS, ignore_case=True), _plain(HEADS)
    assert tree != plain  # a tree, not the plain list
    for text in SENTENCES:
        assert _matches(tree, text, re.I) == _matches(plain, text, re.I)
    assert _matches(tree, SENTENCES[0], re.I)[0][2] == "Secretary of State"  # the longest head that fits


def test_regex_trees_match_the_sorted_alternation_as_written() -> None:
    tree, plain = longest_first(HEADS), _plain(HEADS)
    for text in SENTENCES:
        assert _matches(tree, text) == _matches(plain, text)
    assert [m[2] for m in _matches(tree, SENTENCES[2])] == ["secretaria de Seguridad", "fiscal general", "gobernadora"]


def test_regex_trees_fall_back_when_branches_share_a_character_ignoring_case() -> None:
    # "s" and the long s "ſ" are one character to re.I: their order would matter in a tree
    assert longest_first(["sa", "ſab"], ignore_case=True) == "ſab|sa"
    assert longest_first([]) == "(?!)"
    assert re.search(longest_first([]), "anything") is None


def test_regex_trees_required_strings_of_an_event_pattern() -> None:
    from pesquisa._required import caseless, holds, present, required

    agree = re.compile(r"\b(?:est[aá]n?|estamos)\s+de acuerdo\b", re.I)
    assert required(agree) == (("de acuerdo",), ("est",))  # re factors the branches' common beginning out
    assert holds(required(agree), caseless("Dijo que ESTÁN DE ACUERDO con el plan"))
    assert not holds(required(agree), caseless("Dijo que están a favor del acuerdo"))
    call = re.compile(r"\b(?:hold|holds|held)\s+(?:phone\s+)?call\b(?!\s+(?:for|on)\b)")
    assert set(required(call)) == {("call",), ("held", "hold")}  # "holds" holds "hold"
    assert required(re.compile(r"\b\w+\s+\d+")) is None  # nothing plain in every match
    assert required(re.compile(r"\bca(?:yó|en)\b")) == (("caen", "cayó"),)
    # re.I pairs "s" with the long "ſ" and "İ" with "i": the check passes every text the pattern matches
    long_s = re.compile(r"\bhost\b", re.I)
    assert long_s.search("HOſT") and holds(required(long_s), caseless("HOſT"))
    assert re.search("istanbul", "İSTANBUL", re.I) and holds(required(re.compile("istanbul", re.I)), caseless("İSTANBUL"))
    needed = frozenset({"call", "called", "held", "hold", "de acuerdo"})
    assert present(needed, caseless("They held a call; she CALLED back.")) == {"call", "called", "held"}


def test_regex_trees_required_strings_skip_only_sentences_without_a_match() -> None:
    # over every trigger and non-event pattern: a sentence failing the check is one the pattern does not match
    from pesquisa._required import caseless, holds, required
    from pesquisa.extract.events._cues import load_cues

    cues = load_cues()
    patterns = [p for _k, ps in cues.triggers for p in ps] + list(cues.not_events)
    for sentence in [*re.split(r"(?<=[.;])\s+", DOCUMENT), *SENTENCES, *CUE_SENTENCES]:
        folded = caseless(sentence)
        assert all(holds(required(p), folded) for p in patterns if p.search(sentence))


DOCUMENT = ("MEXICO CITY (AP) — Soldiers arrested two men on Monday. The arrest happened near Culiacán.\n\n"
            "El Ejército detuvo a dos hombres; la detención ocurrió el lunes. Los ministros se reunieron en Washington.")


def test_regex_trees_cues_here_find_in_each_sentence_what_all_cues_find() -> None:
    # the triggers of a document's own phrases (``cues_here``) match in each of its sentences what all of them match
    from pesquisa.extract.events._cues import cues_here, load_cues

    def found(cues, text: str) -> list[tuple[str, int, int]]:
        return [(kind, m.start(), m.end()) for kind, patterns in cues.triggers for p in patterns for m in p.finditer(text)]

    here = cues_here(DOCUMENT)
    assert sum(map(len, (p for _k, p in here.triggers))) < sum(map(len, (p for _k, p in load_cues().triggers)))
    for sentence in re.split(r"(?<=[.;])\s+", DOCUMENT):
        assert found(here, sentence) == found(load_cues(), sentence)
    assert ("arrest", DOCUMENT.index("arrested"), DOCUMENT.index("arrested") + len("arrested")) in found(here, DOCUMENT)


CUES = ["leader", "leaders of", "líder", "líder regional", "operator", "operador financiero", "jefe de plaza", "jefe",
        "boss", "re:(?:formó|forma|formaba)\\s+parte\\s+(?:de|del)(?!\\w)", "re:(?:was|is)\\s+(?:a\\s+)?part\\s+of(?!\\w)",
        "Cartel", "cártel"]
CUE_SENTENCES = [
    "Sinaloa Cartel leader Ismael Zambada and two leaders of the faction were named by the DOJ.",
    "El líder regional del CJNG, alias 'El Jardinero', y un operador financiero del cártel fueron detenidos.",
    "Luis Pérez formaba parte de Los Chapitos y era jefe de plaza en Culiacán; su jefe huyó.",
    "The operators, bosses and LEADERS said he was part of the gang; a cartelista (not a cue) and misleader too.",
]


def _plain_phrases(entries: list[str]) -> str:
    return "|".join(e[3:] if e.lower().startswith("re:") else r"(?<!\w)" + re.escape(e) + r"(?:e?s)?(?!\w)"
                    for e in sorted(entries, key=len, reverse=True))


def test_regex_trees_whole_phrases_match_the_plain_alternation() -> None:
    from pesquisa._regex import whole_phrases

    tree, plain = re.compile(whole_phrases(CUES), re.I), re.compile(_plain_phrases(CUES), re.I)
    assert tree.pattern != plain.pattern
    for text in CUE_SENTENCES:
        assert [(m.span(), m.group(0)) for m in tree.finditer(text)] == [(m.span(), m.group(0)) for m in plain.finditer(text)]
    assert [m.group(0) for m in tree.finditer(CUE_SENTENCES[1])] == ["líder regional", "operador financiero", "cártel"]
    assert [m.group(0) for m in tree.finditer(CUE_SENTENCES[3])][:3] == ["operators", "bosses", "LEADERS"]


def test_regex_trees_top_branches_split_only_the_top_level_alternation() -> None:
    from pesquisa._regex import top_branches

    pattern = r"\bthis (story|report) was updated\b|[|(]x\||[]|]y|[^]|]z|\\|\(a|b\)|\bsi (valoras|aprecias) (el|nuestro) trabajo\b"
    assert top_branches(pattern) == [r"\bthis (story|report) was updated\b", r"[|(]x\|", "[]|]y", "[^]|]z", "\\\\",
                                     r"\(a", r"b\)", r"\bsi (valoras|aprecias) (el|nuestro) trabajo\b"]
    assert top_branches("plain") == ["plain"]


def test_regex_trees_a_line_holds_a_notice_exactly_when_some_branch_matches() -> None:
    from pesquisa._regex import top_branches
    from pesquisa.clean._signals import is_disclaimer
    from pesquisa.lexicon import load_lexicon

    bp = load_lexicon().boilerplate
    whole = re.compile("|".join(f"(?:{p})" for p in [bp["disclaimer"], *bp["appeal"]]), re.I)
    assert sum(len(top_branches(p)) for p in [bp["disclaimer"], *bp["appeal"]]) > 20
    lines = [
        "Esta nota se encuentra en desarrollo y será actualizada.",
        "© 2026 Grupo Editorial. Todos los derechos reservados.",
        "The views expressed in this column are the author's own and do not reflect those of the newspaper.",
        "Si valoras nuestro periodismo independiente, considera apoyarnos con una aportación mensual.",
        "If you value our journalism, please consider supporting us from as little as $1.",
        "El contenido de esta columna es responsabilidad exclusiva del autor.",
        "Soldiers of the Sedena seized 40 kilos of fentanyl in Culiacán on Tuesday, the agency said.",
        "La Fiscalía General de la República informó que el detenido fue trasladado al penal del Altiplano.",
        "", "   ", "THIS STORY HAS BEEN UPDATED with comment from the sheriff's office.",
    ]
    for line in lines:
        assert is_disclaimer(line) == bool(whole.search(line)), line
    assert [is_disclaimer(line) for line in lines].count(True) >= 6
