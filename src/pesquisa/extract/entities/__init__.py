"""People, organizations and places: spaCy's model, the lexicon, and rules for what both miss.

Steps (``extract_entities``):
1. lexicon matches for organizations and places (EN/ES names, acronyms, aliases), then
   companies with a legal suffix, coordinated cartels, the signer of an embedded tweet and
   names after a group noun ("el colectivo Guerreros Buscadores de Jalisco");
2. the model's PERSON/PER, ORG and GPE/LOC spans that the lexicon did not claim;
3. person names the model misses: after a title ("Secretary of Homeland Security
   Alejandro Mayorkas"), after a photo credit, with a withheld surname ("Homero «N»"),
   prominent people by their nickname alone ("El Chapo"); model places and organizations
   that start with a given name or carry an age become people; a full name holding a shorter
   person of the model ("Fausto Isidro| Meza Flores") replaces its pieces;
4. person names cleaned: titles, honorifics, quotes and possessives stripped; a first
   name the model cut off restored; fragments, organizations and places rejected;
5. aliases ("Julio César Montero Pinzón, alias “El Tarjetas”") attached to their person; kin listed by
   their given names before one full name ("los hermanos José de Jesús, Luis Ignacio y Adán Amezcua
   Contreras") take its family names;
6. mentions grouped into in-document entities: a surname alone joins the full name
   it abbreviates; organizations and places group by lexicon key or folded name;
   a compound surname the model cut at its particle ("García Cabeza| de Vaca") takes its last word;
7. a surname the model left untagged ("Tillerson later left") joins the only person of
   the document with that surname.
"""


from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from pesquisa.extract.entities._acronyms import bracketed_acronyms, defined_names, initialed_bodies
from pesquisa.extract.entities._aged_given import without_aged_given_names
from pesquisa.extract.entities._agency_units import agency_units
from pesquisa.extract.entities._aliases import alias_mentions, aliased_owners
from pesquisa.extract.entities._around import located_bodies, names_crossing
from pesquisa.extract.entities._bands import bands_retyped, completed_groups
from pesquisa.extract.entities._bare_figures import figures_read
from pesquisa.extract.entities._body_then_name import bodies_before_names
from pesquisa.extract.entities._brands import brand_mentions, committee_mentions
from pesquisa.extract.entities._capital_bodies import capital_bodies
from pesquisa.extract.entities._capitals import capital_people
from pesquisa.extract.entities._clans import clans_retyped
from pesquisa.extract.entities._companies import company_mentions_retyped, headed_companies, trade_names
from pesquisa.extract.entities._coordinated_bodies import coordinated_bodies
from pesquisa.extract.entities._coordinated_names import coordinated_with_people
from pesquisa.extract.entities._crime_heads import crime_groups_retyped
from pesquisa.extract.entities._datelines import dateline_states
from pesquisa.extract.entities._districts import federal_districts
from pesquisa.extract.entities._families import without_family_names
from pesquisa.extract.entities._family_orgs import family_organizations
from pesquisa.extract.entities._field_units import field_units
from pesquisa.extract.entities._figures import public_figure_surnames
from pesquisa.extract.entities._given_first import given_first_words, given_name_people
from pesquisa.extract.entities._given_opened import given_opened_people
from pesquisa.extract.entities._given_places import placed_given_names, without_given_name_bodies
from pesquisa.extract.entities._given_runs import given_before_people, surnames_read_as_places, whole_names_as_people
from pesquisa.extract.entities._grouping import add_surname_mentions, group_mentions
from pesquisa.extract.entities._groups import glossed_groups
from pesquisa.extract.entities._headed import complemented_bodies, headed_bodies, numbered_units, spelled_units
from pesquisa.extract.entities._headline_case import headline_words_cut
from pesquisa.extract.entities._headline_words import headline_cut, verb_named
from pesquisa.extract.entities._honorifics import honorific_people
from pesquisa.extract.entities._joined import joined_institutions
from pesquisa.extract.entities._known_nicknames import known_nicknames
from pesquisa.extract.entities._lexicon_match import company_mentions, coordinated_cartels, lexicon_mentions
from pesquisa.extract.entities._local_bodies import crossing_places, local_bodies
from pesquisa.extract.entities._model import model_mentions
from pesquisa.extract.entities._model_slips import closing_bodies, heads_alone_dropped, model_slips_read
from pesquisa.extract.entities._modifiers import without_adjective_places
from pesquisa.extract.entities._names import alias_key, clean_person_name, is_given_name, names_data, nickname_owner
from pesquisa.extract.entities._nickname_owners import nickname_surname_owners
from pesquisa.extract.entities._nickname_surnames import nickname_surnames
from pesquisa.extract.entities._nicknamed import nicknamed_people
from pesquisa.extract.entities._of_bodies import of_complemented_bodies
from pesquisa.extract.entities._office_matters import without_office_matters
from pesquisa.extract.entities._one_type import bare_heads_joined, one_type_per_name
from pesquisa.extract.entities._opening_names import opening_names_read
from pesquisa.extract.entities._outlets import outlets_retyped
from pesquisa.extract.entities._owner_bodies import owner_bodies_split
from pesquisa.extract.entities._paired_names import paired_names
from pesquisa.extract.entities._particles import with_particle_surnames
from pesquisa.extract.entities._placed_names import names_after_places
from pesquisa.extract.entities._plural_groups import article_dropped, plural_groups
from pesquisa.extract.entities._plural_heads import plural_bodies
from pesquisa.extract.entities._plural_titles import plural_title_people
from pesquisa.extract.entities._possessed_surnames import possessed_surnames
from pesquisa.extract.entities._quoted_names import without_quoted_places
from pesquisa.extract.entities._record_fields import without_sex_fields
from pesquisa.extract.entities._remnants import without_remnants
from pesquisa.extract.entities._role_labels import labelled_people
from pesquisa.extract.entities._rules import (
    full_names,
    holiday_spans,
    longer_full_names,
    mission_mentions,
    org_cue_mentions,
    title_people,
    tweet_authors,
    withheld_people,
)
from pesquisa.extract.entities._seat_bodies import seat_bodies
from pesquisa.extract.entities._sectors import patrol_sectors
from pesquisa.extract.entities._settlements import settled_places
from pesquisa.extract.entities._siblings import family_then_given, shared_family_names, sibling_after_full_name, sibling_people
from pesquisa.extract.entities._speaking import speaking_names
from pesquisa.extract.entities._streets import without_street_names
from pesquisa.extract.entities._surroundings import capitals_fragment, headline_fragment, headline_subject, title_trimmed
from pesquisa.extract.entities._tags import place_noun_people, read_formulas
from pesquisa.extract.entities._vehicles import without_vehicles
from pesquisa.extract.entities._venues import station_places, venue_mentions
from pesquisa.extract.nlp import doc_text, tokens_from
from pesquisa.records import LocalEntity, Mention, Span

__all__ = ["clean_person_name", "extract_entities"]


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _coordinated_people(doc: Doc, bare: list[Mention], others: list[Span]) -> list[Mention]:
    """Bare names the model calls people that are joined by "and"/"y" to another it calls a person
    ("Sheinbaum y Trump sostuvieron una llamada"): people, though each is named by one word; not beside a
    model "person" that is an organization or place of ``others`` ("Cemex and Fomento Económico Mexicano
    (FEMSA)")."""
    spans = {m.span.start: m for m in bare}
    out = []
    for m in bare:
        if is_given_name(m.name):
            continue  # "Ricardo y Roberto siguen prófugos": first names alone name no one the reader can tell
        at = tokens_from(doc, m.span.start, m.span.start + 1)  # the token starting where the name does
        if not at:
            continue
        tok = doc[at[0]]
        partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        if any(p.idx in spans or (p.ent_type_ in {"PERSON", "PER"} and not any(o.start <= p.idx < o.end for o in others))
               for p in partners):
            out.append(Mention("person", m.text, m.span, m.name, source="rule"))
    return out


def _model_around_places(doc: Doc, mentions: list[Mention], taken: list[Span]) -> tuple[list[Mention], list[Mention]]:
    """The model's mentions, and the lexicon's without the places a longer model name holds.

    A place the lexicon knows, written inside a longer name the model reads as a person or an
    organization, is part of that name: "la Policía Municipal de Mérida", "Denzel Washington".
    So is a lexicon place inside a crossing's name ("the Otay Mesa Port of Entry").
    Anywhere else the lexicon's place wins over the model's guess ("Sinaloa" as an ORG, "Tamaulipas"
    as a PERSON)."""
    places = [m for m in mentions if m.type == "place" and m.source == "lexicon"]
    closing = closing_bodies(doc, mentions)  # "la Oficina de Rendición de Cuentas |del Gobierno|": the model's name
    released = {p.span for p in places + closing}
    model = model_mentions(doc, [t for t in taken if t not in released])
    model = settled_places(doc, model, [t for t in taken if t not in released])  # "la aldea |El Zapotal|"
    model += agency_units(doc, mentions, taken + [m.span for m in model])  # "the CBP |Office of Field Operations|"
    model = crime_groups_retyped(bands_retyped(place_noun_people(doc_text(doc), model)))  # "Tijuana Man", "Juárez woman"
    model = coordinated_with_people(doc, model)  # "the accused, |Gagandeep Dhaliwal| and Wei Chen": a person
    model = [m for m in model if not any(m.span.overlaps(p.span) and not (
        (m.type != "place" or names_crossing(doc_text(doc), m.span, m.name)) and _within(p.span, m.span))
        for p in places + closing)]
    model = [m for m in model if not _only_places(m, places) and not headline_fragment(doc_text(doc), m) and
             not capitals_fragment(doc_text(doc), m)]
    model = outlets_retyped(doc, without_adjective_places(doc, model), taken)  # "según El Debate": the outlet; "Olympic"
    model = headline_cut(doc, [title_trimmed(m) for m in model])  # "Starr County| Sheriff", "Trump| Before Marine"
    # "Mexico Arrests| Suspect in |Killing", "Colaboramos, ...": forced capitals; a cut leaving a lexicon place leaves it
    model = [m for m in names_after_places(doc_text(doc), located_bodies(doc, headline_words_cut(doc, model, mentions)), places)
             if m.span not in released]  # "en |Culiacán| Jesús Alfredo Beltrán Guzmán"
    model += seat_bodies(doc_text(doc), places, model, taken)  # "la Fiscalía de |Sonora|": the state's own body
    held = [p for p in places + closing if any(_within(p.span, m.span) for m in model)]
    return model, [m for m in mentions if m not in held]


def _dateline_states(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each state abbreviated in a dateline ("Mexicali, B.C.") as the state: it replaces a
    place read at its span ("B.C." British Columbia, the model's "Col"), and so does the city in capitals before it
    over the model's organization ("EL CENTRO, Calif."); a longer name over it (the model's
    "Jal.- Elementos de la Fiscalía" before its trimming) keeps it out."""
    mexican = any(m.type == "place" and (m.key or "").startswith("mx") for m in mentions)
    states = dateline_states(text, mexican=mexican)
    if not states:
        return mentions
    mentions = [m for m in mentions if not any(((m.type == "place" or m.source == "model") and
                                                (m.span == s.span or _within(m.span, s.span))) or
                                               _state_and_dash(text, m.span, s.span) or _person_at_state(text, m, s.span)
                                               for s in states)]
    return mentions + [s for s in states if not any(s.span.overlaps(m.span) for m in mentions)]


def _state_and_dash(text: str, span: Span, state: Span) -> bool:
    """``span`` is the dateline's state abbreviation with the dash after it ("Gto.-")."""
    return span.start == state.start and span.end > state.end and not text[state.end:span.end].strip("-—–. ")


def _person_at_state(text: str, mention: Mention, state: Span) -> bool:
    """A model person opened by the dateline's state and its dash ("Zac.- Fuerzas federales ..."): the state and the
    sentence's first word, no one's name."""
    return mention.type == "person" and mention.source == "model" and mention.span.start == state.start and \
        re.match(r"[ \xa0]*[-—–]", text[state.end:mention.span.end]) is not None


def _only_places(mention: Mention, places: list[Mention]) -> bool:
    """The model's name is made of lexicon places alone, with particles: "U.S.-Mexico", "México y EU"."""
    text = mention.text
    for p in sorted((p for p in places if _within(p.span, mention.span)), key=lambda p: -p.span.start):
        at = p.span.start - mention.span.start
        text = text[:at] + " " + text[at + p.span.end - p.span.start:]
    particles = names_data().particles
    return not any(len(w) > 2 and w.lower() not in particles for w in re.findall(r"\w+", text))


def _alias_elsewhere(text: str, mentions: list[Mention], aliases: list[Mention]) -> list[Mention]:
    """A model name (person, place or organization) written as an alias is that alias wherever it stands:
    the headline's “El Chapo Isidro” is Fausto Isidro Meza Flores, whom the body names with his alias; so is a model
    name closing a quoted alias, title and all (the headline's «El Comandante Toro», read "Toro")."""
    owners = {alias_key(a.text): a.alias_of for a in aliases if a.alias_of}
    out = []
    for m in mentions:
        # the model's name, or a prominent person's nickname where the article gives it as another spelling's alias
        # ("Nemesio Rubén Oseguera-Cervantes, also known as 'El Mencho'"): the name the article gives stands
        owner = owners.get(alias_key(m.text)) if m.source == "model" or _known_nickname(m) else None
        quoted = _QUOTED_AROUND.search(text, max(0, m.span.start - 20), m.span.start) if m.source in {"model", "title"} \
            else None  # the model's "Toro" of "«El Comandante Toro»", its title cut off
        if owner is None and quoted and text[m.span.end:m.span.end + 1] in "»”\"" and \
                owners.get(alias_key(text[quoted.end(1):m.span.end])):  # the headline's «El Comandante| Toro»
            m = Mention("person", text[quoted.end(1):m.span.end], Span(quoted.end(1), m.span.end), m.text, source="rule")
            owner = owners[alias_key(m.text)]
        out.append(Mention("person", m.text, m.span, m.text, alias_of=owner, source="rule") if owner else m)
    return out


def _known_nickname(mention: Mention) -> bool:
    """A prominent person named by their nickname alone, named by the full name of names.yaml's ``nicknames``."""
    return mention.type == "person" and mention.alias_of is None and nickname_owner(mention.text) == mention.name


# an opening quote and the words of a nickname before a model name ("«El Comandante |Toro|»")
_QUOTED_AROUND = re.compile(r"([«“\"])(?:[A-ZÁÉÍÓÚÑ]?[\wáéíóúñ]+[ \xa0]+){1,3}$")


def _one_reading_per_name(text: str, model: list[Mention], people: list[Mention]) -> list[Mention]:
    """A one-word name the model took for an organization or a place where the same document names a person by it
    ("President Sheinbaum's conference ... Sheinbaum also said"), or by a full name it opens ("Ceci Flores ... Ceci's
    group"), or a public figure's surname (``_figures``): the person, as one name reads once per text.
    Elsewhere a headline's one-word subject ("Trump seeks faster extraditions") is no organization."""
    people = people + [m for m in model if m.type == "person" and m.source != "model"]  # a title's evidence
    words = {m.name for m in people} | {m.name.split()[-1] for m in people if " " in m.name} | \
        given_first_words(people + [m for m in model if m.type == "person"])
    figures = public_figure_surnames() - words  # a figure's surname alone stands as the person (a rule's evidence)
    model = [dataclasses.replace(m, type="person", source="rule" if m.name in figures else m.source)
             if m.type in {"organization", "place"} and m.source == "model" and " " not in m.name and
             m.name in words | figures else m for m in model]
    return [m for m in possessed_surnames(model, people) if not headline_subject(text, m)]  # "San Juan Treviño's mother"


def _given_names_read(text: str, model: list[Mention]) -> list[Mention]:
    """The model's ``mentions`` with a given name it cut from its surnames made the person ("Cecilia| Farfán"), a town
    named with given names a place ("en |Jesús María|"), a given name alone no organization ("|Joaquín|, otro de los
    hermanos"), and no family named by its surnames ("la familia |Carrillo Fuentes|", "the |Guzmán| family")."""
    model = given_before_people(text, whole_names_as_people(bodies_before_names(text, model)))  # "said |Wilfredo| |Antonio|"
    model = surnames_read_as_places(text, model)  # "a |Byron Estuardo| |Lima Oliva|"
    model = given_opened_people(text, given_name_people(text, model))  # "a |Cruz Sánchez|, de 19 años"
    return without_family_names(text, without_given_name_bodies(placed_given_names(text, model)))


def _full_and_paired(doc: Doc, longer: list[Mention], taken: list[Span]) -> list[Mention]:
    """``longer`` with the full names no other step found ("... and Ovidio Guzmán López on Tuesday") and the two people
    of a model person span joined by "y"/"and" ("Ulises Santiago Mendoza y Jovany de Jesús Lugo Reyes")."""
    named = headline_cut(doc, longer + full_names(doc_text(doc), taken + [m.span for m in longer]))
    return named + paired_names(doc, taken + [m.span for m in named])


def _kin_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with siblings and kin named by given names alone given their family's names (``_siblings``: "los
    hermanos Johnny y José Alfredo Hurtado", "Iván Archivaldo Guzmán Salazar and his brother |Jesús Alfredo|")."""
    kin = family_then_given(text, shared_family_names(text, sibling_people(text, mentions)))
    return sibling_after_full_name(text, kin)


def _titled_people(text: str, taken: list[Span]) -> list[Mention]:
    """Names after a title or a credit, and the names two after one plural title ("Assistant U.S. Attorneys |Sandra
    Villarreal| and |Kyle Morrison|")."""
    plural = plural_title_people(text, taken)  # two names after a plural head beat a name cut inside the head
    # ("Assistant |United States Attorneys Nina| Gupta and ...")
    return [t for t in title_people(text, taken) if not any(t.span.overlaps(p.span) for p in plural)] + plural


def _without_things(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without vehicles and ships ("una camioneta Ford Lobo"), and without places inside a quoted name
    ("the “Fentanyl Free America” priority"), a list's field of sex ("Gender Male") or streets ("calle Durango")."""
    return without_street_names(text, without_sex_fields(without_quoted_places(text, without_vehicles(text, mentions))))


def _companies(text: str) -> list[Mention]:
    """Companies with a trade name or a legal suffix, brands, committees, and companies opened by a business word."""
    companies = trade_names(text) + company_mentions(text) + brand_mentions(text) + committee_mentions(text)
    return companies + [m for m in headed_companies(text) if not any(m.span.overlaps(c.span) for c in companies)]


def _completed_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bodies the model cut, whole: at their head noun, after their number, before a complement ("la |Fiscalía
    Especializada| en Personas Desaparecidas", "the |Sonora Secretariat| of |Public Security|"), at a coordinated
    area ("la |Secretaría de Seguridad| y Paz de Guanajuato"), and an agency's office named by its city ("the DEA
    |Houston| Field Division"); a unit named with its state owner is two ("la Agencia de Investigación Criminal| de la
    |Fiscalía General del Estado de Coahuila")."""
    bodies = complemented_bodies(text, numbered_units(text, headed_bodies(text, mentions)))
    return owner_bodies_split(field_units(text, of_complemented_bodies(text, coordinated_bodies(text, bodies))))


def _rule_bodies(text: str) -> list[Mention]:
    """Cartels named together, bodies after a cue or defined by an acronym, missions, a county's or city's forces
    ("the Pima County Sheriff's Department"), border crossings ("the Laredo–Colombia Solidarity International
    Bridge"), and quoted names glossed as groups ("the “Tigrillos”, a violent group")."""
    return coordinated_cartels(text) + org_cue_mentions(text) + defined_names(text) + mission_mentions(text) + \
        local_bodies(text) + crossing_places(text) + glossed_groups(text) + spelled_units(text) + \
        patrol_sectors(text) + venue_mentions(text) + station_places(text)  # "the Rio Grande Valley Sector"; "el Bar X"


def _read_once(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the model's organizations that name none ("3 DEC 2026", "Según la Fiscalía", "The House"),
    each name read as one type ("Guayaquil"), a head word alone named as the body of that head ("la Fiscalía"), and
    no one named by given names alone with an age ("detenidos |Luis Ángel|, de 19 años")."""
    read = heads_alone_dropped(bare_heads_joined(one_type_per_name(model_slips_read(text, mentions)), text))
    return without_aged_given_names(text, opening_names_read(read))  # "Marina del Pilar" of the governor's full name


def _holds(extra: Mention, inner: Mention, companies: list[Mention], capitals: list[Mention]) -> bool:
    """A rule's name ``extra`` holds the lexicon's ``inner``: a place, or a body inside a company's name or a body's
    name in capitals (any of the lexicon's readings there)."""
    return extra.span.start <= inner.span.start and inner.span.end <= extra.span.end and (
        extra in capitals or ((inner.type == "place" or extra in companies) and inner.source == "lexicon"))


def _aliases(text: str, people: list[Mention], nicknamed: list[Mention]) -> list[Mention]:
    """Nicknames after a name, inside one, and a quoted nickname by a surname ("'El Chavo' Ramírez": his, no one new)."""
    aliases = alias_mentions(text, people) + [m for m in nicknamed if m.alias_of is not None]
    return aliases + nickname_surname_owners(text, people, [a.span for a in aliases])


def extract_entities(doc: Doc, doc_id: str) -> list[LocalEntity]:
    """In-document entities with their mentions (see the module docstring for the steps)."""
    text = doc_text(doc)
    signers = tweet_authors(text)  # "— Embajada EU en Mex (@USEmbassyMEX)": whole, though "EU" is a place
    mentions = signers + [m for m in lexicon_mentions(text) if not any(m.span.overlaps(t.span) for t in signers)]
    taken = [m.span for m in mentions]
    companies = _companies(text)
    capitals = capital_bodies(text)  # "la SECRETARÍA DE SEGURIDAD PÚBLICA DE SINALOA": no federal body inside
    for extra in companies + capitals + _rule_bodies(text):
        # a lexicon place inside the rule's name is part of it ("el colectivo Guerreros Buscadores de Jalisco"), or is the
        # name ("the Sinaloa and Jalisco cartels"); so is a lexicon organization inside a company's name with its legal
        # form ("Cambiaria del Noroeste, S.A. de C.V."), a committee's ("the House Homeland Security Committee")
        held = [m for m in mentions if _holds(extra, m, companies, capitals)]
        if not any(extra.span.overlaps(t) for t in taken if t not in {h.span for h in held}):
            mentions = [m for m in mentions if m not in held] + [extra]
            taken = [t for t in taken if t not in {h.span for h in held}] + [extra.span]
    nicknamed = nicknamed_people(text)
    people_rules = withheld_people(text) + [m for m in nicknamed if m.alias_of is None]
    people_rules += [m for m in honorific_people(text) if not any(m.span.overlaps(p.span) for p in people_rules + mentions)]
    known = known_nicknames(text, taken + [m.span for m in people_rules])
    people_rules += known + nickname_surnames(text, known, taken + [m.span for m in people_rules])  # '"El Mayo" Zambada'
    people_rules += capital_people(text, taken + [m.span for m in people_rules])  # "a JOSÉ LUIS ORTEGA MARTÍNEZ"
    taken += [m.span for m in people_rules]
    model, mentions = _model_around_places(doc, mentions, taken + holiday_spans(text))
    titled = headline_cut(doc, [t for t in _titled_people(text, taken) if not verb_named(doc, t)])  # "Agent| Accused of"
    # a name after a title or credit beats the model's guess that it is a place or organization,
    # and a shorter person of the model ("Minister Rosa Icela| Rodríguez"); a longer one stays
    titled = [t for t in titled if not any(m.type == "person" and m.span.overlaps(t.span) and not _within(m.span, t.span)
                                           for m in model)]
    model = [m for m in model if not any(m.span.overlaps(t.span) for t in titled)]
    longer = longer_full_names(text, model, taken + [m.span for m in titled])  # "Fausto Isidro| Meza Flores"
    model = [m for m in model if not any(_within(m.span, n.span) for n in longer)]
    named = _full_and_paired(doc, longer, taken + [m.span for m in model + titled])  # "A Soto y |Jovany de Jesús Lugo|"
    # a bare name that speaks is a person even where it is the article's only mention of them ("Sheinbaum dijo")
    bare = [m for m in model if m.type == "person" and len(m.name.split()) == 1 and m.source == "model"]
    speaking = speaking_names(doc, taken + [m.span for m in model + titled + named if m not in bare],
                              [m.name for m in people_rules + model + titled + named if m.type == "person" and m not in bare])
    model = [m for m in model if not any(m.span == s.span for s in speaking)]
    named += speaking + _coordinated_people(doc, [m for m in bare if m in model],
                                            [m.span for m in mentions + model if m.type != "person"])
    model, named = figures_read(doc, model, named, taken + [m.span for m in mentions + titled], bare)
    model = aliased_owners(text, _one_reading_per_name(text, model, people_rules + titled + named))
    model = _given_names_read(text, without_office_matters(without_remnants(text, model)))  # "Cecilia| Farfán"
    named = without_remnants(text, named)  # "Derechos Humanos, Migración y Población"
    people = people_rules + [m for m in model if m.type == "person"] + titled + named
    mentions = plural_bodies(text, joined_institutions(text, mentions + people_rules + model + titled + named))  # "Departments"
    # "Divisas San Jorge" no place, "the Southern District of New York" an organization
    mentions = federal_districts(text, company_mentions_retyped(text, _dateline_states(text, _without_things(text, mentions))))
    aliases = _aliases(text, people, nicknamed)
    # the model's names that cut into an alias, and any name inside one ('aka "El Comandante Beto"'), are the alias
    mentions = [m for m in mentions if not any(m.span.overlaps(a.span) and (m.source == "model" or _within(m.span, a.span))
                                               for a in aliases)] + aliases
    mentions = read_formulas(text, _alias_elsewhere(text, mentions, aliases))  # "(R-Texas)", "jefa de Gobierno"
    mentions = initialed_bodies(text, bracketed_acronyms(text, _completed_bodies(text, mentions)))
    mentions = with_particle_surnames(text, labelled_people(text, mentions))  # "RUBIO:"; "Cabeza| de Vaca"
    # kin ("los hermanos Johnny y José Alfredo Hurtado"); "Los Tigres| del Norte"; "están |Los Pelones|"; clans ("Los Lorenzana")
    kin = clans_retyped(text, article_dropped(plural_groups(text, _kin_named(text, completed_groups(text, mentions)))))
    entities = group_mentions(_read_once(text, family_organizations(text, kin)), doc_id, text=text)  # "the X Y DTO"
    add_surname_mentions(text, entities)  # "Tillerson later left"; "De la Vega Arriaga había sido detenido"
    return entities
