"""Sanctions matching of common names written short of a list entry's second family name (issue 12, round 10)."""

from __future__ import annotations

from _sanctions_helpers import listed, person

from pesquisa.resolve.sanctions import MentionContext, countries


def test_resolve_sanctions_a_common_name_in_a_courtroom_is_no_listed_person_issue_12(sdn_index):
    # "A third defendant, Luis Sánchez, a notary public in Los Mochis, is charged with structuring": thousands are
    # named Luis Sánchez; SANCHEZ ARELLANO, Luis Fernando is not found by the role and the charge alone
    notary = MentionContext("A third defendant, ", "Luis Sánchez", ", a notary public in Los Mochis, is charged with",
                            "2025-03-06")
    assert listed(sdn_index, person("Luis Sánchez", titles=("defendant",), contexts=(notary,))) == []
    acusado = MentionContext("El acusado ", "Sergio Hernández", " fue vinculado a proceso por narcotráfico.", "2025-08-07")
    assert listed(sdn_index, person("Sergio Hernández", contexts=(acusado,))) == []


def test_resolve_sanctions_a_common_name_with_the_entrys_alias_still_fits_issue_12(sdn_index):
    # "Sergio Hernández, alias 'Chavelo'": the a.k.a. of HERNANDEZ MAZON, Sergio Isaias is the entry's own
    chavelo = MentionContext("", "Sergio Hernández", ', alias "Chavelo", was charged', "2025-08-07")
    assert listed(sdn_index, person("Sergio Hernández", aliases=("Chavelo",), contexts=(chavelo,))) == ["37261"]
    # a rarer name still fits on the trade beside it
    plea = MentionContext("", "Ovidio Guzman", " pleaded guilty last week in a Chicago courtroom.", "2025-07-14")
    assert listed(sdn_index, person("Ovidio Guzman", contexts=(plea,))) == ["13149"]


def test_resolve_sanctions_both_family_names_and_an_alias_of_the_entry_issue_12(sdn_index):
    # "Cruz Sánchez Medrano, alias "Cruzita"" read as a place and "Sánchez Medrano": her family names and her a.k.a.
    cruzita = MentionContext("", "Sánchez Medrano", ', alias "Cruzita", quien según el Tesoro administra', "2024-11-12")
    assert listed(sdn_index, person("Sánchez Medrano", aliases=("Cruzita",), contexts=(cruzita,))) == ["21584"]
    assert listed(sdn_index, person("Sánchez Medrano", contexts=(cruzita,))) == []  # the family names alone
    # named with another given name ("Pedro Sánchez", a grocer grouped with her): not her entry
    assert listed(sdn_index, person("Pedro Sánchez", aliases=("Sánchez Medrano", "Cruzita"), contexts=(cruzita,))) == []


def test_resolve_sanctions_every_given_name_and_the_first_family_name_issue_12(sdn_index):
    # "La disputa entre Iván Archivaldo Guzmán y ...": both given names of GUZMAN SALAZAR, Ivan Archivaldo and his
    # first family name tell him as well as a second family name would, with nothing else said of him
    assert listed(sdn_index, person("Iván Archivaldo Guzmán")) == ["13148"]
    assert listed(sdn_index, person("Monica del Rosario Zambada")) == ["10357"]
    assert listed(sdn_index, person("Marcos Arturo Beltrán")) == ["10899"]
    # two listed half-brothers are both Fausto Isidro Meza (MEZA FLORES, MEZA ANGULO): neither
    assert listed(sdn_index, person("Fausto Isidro Meza")) == []
    # given names borne by thousands ("Francisco Javier") still need something more
    assert listed(sdn_index, person("Francisco Javier Arellano")) == []
    # an office beside the name is still evidence against
    mayor = MentionContext("el presidente municipal ", "Iván Archivaldo Guzmán", " inauguró la obra.", "2025-01-01")
    assert listed(sdn_index, person("Iván Archivaldo Guzmán", titles=("presidente municipal",), contexts=(mayor,))) == []


def test_resolve_sanctions_an_entity_named_by_its_nickname_with_the_short_name_as_alias_issue_12(sdn_index):
    # 'Jose Rodrigo Arechiga, alias "El Chino Antrax," once led ...': the entity goes by the nickname, its name short of
    # the second family name is ARECHIGA GAMBOA, Jose Rodrigo (a.k.a. 'CHINO ANTRAX')
    said = MentionContext("", "Jose Rodrigo Arechiga", ', alias "El Chino Antrax," once led the armed wing.', "2025-06-10")
    assert listed(sdn_index, person("El Chino Antrax", aliases=("Jose Rodrigo Arechiga",), contexts=(said,))) == ["16161"]
    # an entity whose own full name is another person's stays apart from the entry
    assert listed(sdn_index, person("Jose Rodrigo Arechiga Pérez", aliases=("Jose Rodrigo Arechiga",))) == []


def test_resolve_sanctions_a_nicknames_word_is_no_nationality_issue_12(sdn_index):
    # "El Chino Antrax" and "alias el Chino" say nothing of China: no nationality against a Mexican entry
    assert countries([MentionContext("", "Jose Rodrigo Arechiga", ', alias "El Chino Antrax," led', "2025")]) == set()
    assert countries([MentionContext("", "José Rodrigo Aréchiga", ", alias el Chino Ántrax, fue", "2025")]) == set()
    assert countries([MentionContext("the Chinese national ", "Zhang Wei", " was charged", "2025")]) == {"China"}


def test_resolve_sanctions_a_common_given_name_and_family_name_short_of_the_second_issue_12(sdn_index):
    # "María Monserrat Ávila" (AVILA ROCHA, Maria Monserrat): one common given name and a common family name are borne
    # by many; something more must fit. "Ulises Jovani González": neither given name is common
    assert listed(sdn_index, person("María Monserrat Ávila")) == []
    # the halves of the commonest double given names are common: "Julio César Estrada" (ESTRADA GUTIERREZ, Julio Cesar)
    # and "Miguel Ángel Caro" (CARO QUINTERO, Miguel Angel) are borne by many
    assert listed(sdn_index, person("Julio César Estrada")) == []
    assert listed(sdn_index, person("Miguel Ángel Caro")) == []
    assert listed(sdn_index, person("Ulises Jovani González")) == ["25697"]


def test_resolve_sanctions_a_police_chief_is_no_cartel_chief_issue_12(sdn_index):
    # "Sinaloa state police chief Ruben Acosta said": the reader keeps the title "chief", a role of the trade alone;
    # written after a public body it is an office (ACOSTA IBARRA, Ruben is listed)
    chief = MentionContext("Sinaloa state police chief ", "Ruben Acosta", " said patrols had doubled.", "2024-09-20")
    assert listed(sdn_index, person("Ruben Acosta", titles=("chief",), contexts=(chief,))) == []
    # a cartel's chief is still one of the trade
    boss = MentionContext("the Gulf cartel chief ", "Ruben Acosta Ibarra", " was arrested.", "2024-09-20")
    assert listed(sdn_index, person("Ruben Acosta Ibarra", titles=("chief",), contexts=(boss,))) == ["11928"]


def test_resolve_sanctions_a_criminal_groups_name_beside_the_name_is_the_trade_issue_12(sdn_index):
    # "Jesús Alfredo" is a common double given name: short of the second family name, something more must fit; the
    # faction he is told a member of is the drug trade beside the name
    loyal = MentionContext("Gunmen loyal to ", "Jesus Alfredo Guzman", ", one of the Chapitos, clashed with", "2024-09-20")
    assert listed(sdn_index, person("Jesus Alfredo Guzman", contexts=(loyal,))) == ["13120"]
    assert listed(sdn_index, person("Jesus Alfredo Guzman")) == []
    del_cjng = MentionContext("un operador del CJNG, ", "Ulises Jovani González", ", fue detenido", "2022-03-01")
    assert listed(sdn_index, person("Ulises Jovani González", contexts=(del_cjng,))) == ["25697"]
