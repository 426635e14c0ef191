"""Who speaks: the verb's subject read as a person, a joint statement, an unnamed source, a document that carries
someone's words, a pronoun, a description, a country or nothing at all (then the last speaker), in that order."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pesquisa.extract.quotes._anonymous import anonymous_source
from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._apposed import apposed_name
from pesquisa.extract.quotes._article_gender import gendered_title
from pesquisa.extract.quotes._behalf import without_reader
from pesquisa.extract.quotes._bodies import cut_names, head_mention, named_group, nameless_body, org_headed, own_outlet
from pesquisa.extract.quotes._compiled import names_its_own
from pesquisa.extract.quotes._cues import verb_led
from pesquisa.extract.quotes._described_topic import described_topic
from pesquisa.extract.quotes._descriptions import DETERMINERS, INDEFINITES, description_head, name_head, without_level
from pesquisa.extract.quotes._dropped import kept_anonymous, unnamed_since
from pesquisa.extract.quotes._generic_office import office_head_or_unnamed
from pesquisa.extract.quotes._given_names import given_name_of, identified_name, lone_given_name
from pesquisa.extract.quotes._kin import last_unless_a_body
from pesquisa.extract.quotes._led_by import led_by
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._named_after import named_after
from pesquisa.extract.quotes._occasion import before_occasion, relative_named, segments, subject_words
from pesquisa.extract.quotes._person_noun import titled_as_person
from pesquisa.extract.quotes._relations import counted_members, someone_of_theirs
from pesquisa.extract.quotes._spokespeople import body_titled, member_speaking, office_holder, speaking_body, spokesperson_speaker
from pesquisa.extract.quotes._state_official import state_official
from pesquisa.extract.quotes._titled import Titles
from pesquisa.extract.quotes._together import said_together
from pesquisa.extract.quotes._topic import described_person, is_latter, latter
from pesquisa.extract.quotes._unnamed_again import points_to_unnamed
from pesquisa.lexicon import fold
from pesquisa.records import LocalEntity, Span

_BYLINE = re.compile(r"[ \t]*(?:by|por|reporting by|texto:|texto y fotos:)[ \t]", re.I)  # the writer, who speaks nowhere


class Resolver(Titles):
    """Resolves subjects to speakers, remembering the last speakers of the document."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], quotes: list[Span]):
        super().__init__(doc, entities, quotes)
        self.last = self.last_org = self.last_org_at = None  # (declared on ``Antecedents``)
        self.last_person: Speaker | None = None
        self.last_plural: Speaker | None = None
        self.people_heard: list[Speaker] = []  # every person who spoke, in order
        self.last_at: int | None = None  # where the last speaker spoke
        self.heard: dict[tuple[int, int], Speaker | None] = {}  # the speaker each subject resolved to

    def _by_surname(self, words: list[str]) -> LocalEntity | None:
        """The one person of the document whose name holds the subject's last words ('la fiscal Ibarra' -> Ibarra)."""
        for size in range(min(len(words), 3), 0, -1):
            tail = words[-size:]
            if any(w in DETERMINERS or w in self.heads for w in tail):
                continue  # "la fiscal Ibarra": the title is no part of the name
            hits = []
            for entity in self.entities:
                parts = fold(entity.name).split()
                if entity.type == "person" and len(parts) > len(tail) and not verb_led(entity.name) and any(
                        parts[i:i + len(tail)] == tail for i in range(1, len(parts) - len(tail) + 1)):
                    hits.append(entity)
            if len(hits) == 1:
                return hits[0]
        return None

    def _named_by_text(self, words: list[str], before: int) -> LocalEntity | None:
        """The person or organization a subject names without being a mention of it.

        'El Ministerio de Defensa' written again where the recognizer missed it; 'la Fiscalía' for the 'Fiscalía
        General de la República' named before (a definite description built on a word of the organization's name).
        """
        content = [w for w in words if w not in DETERMINERS]
        if not content:
            return None
        phrase = " ".join(content)
        for mention, entity in self.mentions:  # the name is the name, wherever else it is written
            if phrase in {fold(entity.name), fold(mention.text)} or phrase in self._aliases(entity):
                return entity
        named = [(m, e) for m, e in self.mentions if m.span.start < before]
        if len(content) == 1 and words[0] in DETERMINERS and content[0] not in self.heads:
            for mention, entity in reversed(named):  # "the embassy": "the U.S. Embassy in Mexico" (not "of Defense")
                head = name_head(entity.name) + name_head(mention.text)  # ("la embajada": "la Embajada de ...")
                if entity.type == "organization" and content[0] in (head if content[0] not in self.cues.unnamed
                                                                    else head[:1]):
                    return entity
        return state_official(self, content, before)  # ("la mandataria chihuahuense": the governor of Chihuahua)

    def _is_plural_group(self, subject: Span) -> bool:
        """The subject is a bare group of people ('currency traders', 'los diputados', a plural name: 'Republicans')."""
        root = self._head_token(subject)
        return root is not None and (((root.pos_ == "NOUN" or (root.pos_ == "PROPN" and root.tag_ == "NNPS")) and
                                      "Number=Plur" in str(root.morph)) or self._opening_plural(root))

    def resolve(self, subject: Span | None, at: int, *, source: bool = False) -> Speaker | None:
        """The speaker behind ``subject`` (a quote at ``at``), by the reasons in the module docstring.

        Steps: no subject -> the last speaker; a subject naming no person -> a joint statement,
        an unnamed group, a document's author or the person a title describes; a person or
        organization it names; else what its words describe (``_described_speaker``).
        """
        if subject is not None and (subject.start, subject.end) in self.heard:
            return self.heard[(subject.start, subject.end)]  # "—... —dijo el comisario—. ...": one aside, one speaker
        if subject is None and (after := named_after(self, at)) is not None:
            return after  # "“...” The words came from X": the person the next sentence names
        if subject is None:  # pro-drop: who spoke last, or a person who spoke or acted since, else who acted last
            later = self._last_speaking_person(at)
            if later is not None and self.last is not None and self.last.span is not None and \
                    later.span is not None and later.span.start > max(self.last.span.end, self.last_at or 0):
                return later
            return unnamed_since(self, at) or self._topic_person(at) or described_topic(self, at, self.last) or self.last or \
                self._last_subject(at)
        subject = before_occasion(self, subject)  # "el mandatario en entrevista con Milenio": not Milenio
        if (named := relative_named(self, subject, at) or anonymous_source(self, subject)) is not None:
            return named  # "dijo el legislador, quien exigió ...": the lawmaker, whatever the clause names
        within = [(m, e) for m, e in self.mentions if subject.start <= m.span.start and m.span.end <= subject.end] or \
            [(m, e) for m, e in self.mentions if m.span.start < subject.start < m.span.end == subject.end
             and not verb_led(m.text)] or cut_names(self, subject)  # (not "Insistió Navarro": the verb opening it)
        # (the second: a name the parse cut the subject out of, "Mexico's| foreign ministry said"; the third: cut short)
        within = without_reader(self, subject, within)  # "The statement, read by Sheriff X, said": X only reads it
        people = [(m, e) for m, e in within if e.type == "person"]
        words = subject_words(self.text, subject)  # "afirmó el fiscal en entrevista": the fiscal, not an interview
        if not people and (nameless := self._nameless_speaker(subject, words, at)) is not None:
            return nameless
        if not people and (apposed := apposed_name(self, subject, within)) is not None:
            return apposed  # "One of the banks, CIBanco, wrote": the bank named
        if not people and within and ((joint := self._joint_bodies(subject, within)) or counted_members(self, within) or
                                      self._someone_of(subject, words)):
            return joint or self._unnamed(subject)
        if (leader := led_by(self, subject)) is not None:
            return leader  # "La defensa de X, a cargo del abogado Y": Y, who speaks for it
        if people and someone_of_theirs(self, subject, people):
            return self._unnamed(subject)  # "The lawyer for a former aide to X": someone of X's, not X
        if people:
            return said_together(self, subject, people) or self._entity_speaker(*self._head_person(people), "subject")
        named = (self._by_surname(words) or given_name_of(self.entities, words)) \
            if words and not self.text[subject.start:subject.end].islower() else None  # "doña Eusebia"; not "la fuente"
        if named is not None:
            return self._entity_speaker(named, subject, "subject")
        titled = self._titled_member(subject, words, within, at) if within and not people else None
        if titled is not None:
            return titled
        if within:
            return self._entity_speaker(*head_mention(self, subject, within), "subject")
        if not words:
            return self.last
        described = self._described_speaker(subject, without_level(words, self.cues.unnamed), at)  # ("fiscalía estatal")
        if source and described is not None and described is self.last and not self._names_last(words):
            return self._unnamed(subject)  # "according to the national registry": a source of its own, not who spoke last
        return described

    def _titled_member(self, subject: Span, words: list[str], within: list, at: int) -> Speaker | None:
        """'The DEA administrator said', 'Former DEA chief says': a person a title describes, the body only its modifier;
        the holder of that title, or in a headline or lede the first person named after (not after "un portavoz de X")."""
        root = self._head_token(subject)
        if root is None or fold(root.text) not in self.heads or any(m.span.start <= root.idx < m.span.end for m, _e in within):
            return None
        own = [w for w in fold(self.text[subject.start:subject.end].split(",")[0]).split() if w not in DETERMINERS]
        hit = office_holder(self, own, at) or self._described(own, at) or body_titled(self, subject, within)
        if hit is not None:  # ("el titular de la Defensa": the office's head title; own: not "The ambassador|, a former")
            return Speaker(hit.name, hit.local_id, subject, "title", person=True)
        later = None if words[:1] and words[0] in INDEFINITES else self._next_person(at)  # (an unnamed one: X's)
        return self._held_or_unnamed(subject, own, later) or member_speaking(self, subject, within, at)

    def _names_last(self, words: list[str]) -> bool:
        """The words are a pronoun or a short description that can stand for the last speaker ("he", "the minister",
        "el litigante"); not a source described at length ("the national registry of missing persons")."""
        content = [w for w in words if w not in DETERMINERS]
        cues = self.cues
        return (len(words) == 1 and (words[0] in cues.singular or words[0] in cues.plural or words[0] in cues.neuter)) or \
            (words[0] in DETERMINERS and len(content) <= 2) or description_head(content, self.lang) in self.heads

    def _someone_of(self, subject: Span, words: list[str]) -> bool:
        """'one GOP operative', 'a Treasury official', 'un funcionario de la SSPC': someone unnamed
        an organization only describes (an indefinite subject whose head is an unnamed-source noun)."""
        root = self._head_token(subject)
        head = re.sub(r"^ex-?", "", fold(root.text)) if root is not None else ""  # "un exagente de la DEA"
        sources = (self.cues.unnamed | self.cues.generic_heads) - self.cues.spokespeople
        return bool(words) and words[0] in INDEFINITES and root is not None and \
            bool({head, head + "s", head + "es"} & sources) and \
            not any(m.span.start <= root.idx < m.span.end for m, _e in self.mentions)

    def _unnamed(self, subject: Span) -> Speaker:
        """An unnamed source speaking in the words of ``subject``, to the dash closing an aside (no speaker id)."""
        return Speaker(re.split(r"\s?[—―]", self.text[subject.start:subject.end])[0], None, subject, "unnamed")

    def _nameless_speaker(self, subject: Span, words: list[str], at: int) -> Speaker | None:
        """For a subject that names no person: a joint statement, a nameless group, a document's author, or the
        person a title-led description fits; None to read the subject on."""
        if (spoken := spokesperson_speaker(self, subject, words, at)) is not None:
            return spoken  # "a Treasury spokesperson", "the spokesman" after one spoke: the one they speak for
        if any(j in " ".join(words) for j in self.cues.joint):
            return Speaker("joint statement: " + self.text[subject.start:subject.end], None, subject, "joint", plural=True)
        if self._relation_subject(subject, words):  # "his lawyer said": someone of the person's, never the person
            return self._unnamed(subject)
        if (body := nameless_body(self, subject, words)) is not None:  # "la alcaldía informó", "local media"
            return body
        # "officials in Sinaloa said": a nameless group speaks, whatever it names after itself
        # (the group is the subject's head: in "la titular de Interior a los senadores" it is not)
        root = self._head_token(subject)
        group = root is not None and fold(root.text) in self.cues.unnamed and fold(root.text).endswith("s") \
            and fold(root.text) not in self.cues.carriers and "Number=Sing" not in str(root.morph)  # (not "the witness")
        if group:
            return self._unnamed(subject)
        own = fold(self.text[subject.start:subject.end].split(",")[0]).split()  # not its relative clause
        public_figures = any(w in self.cues.public_owners for w in own) and any(w in self.cues.statistics for w in own)
        if self._is_carrier(words, root) and (public_figures or any(w in self.cues.court_papers for w in own)) \
                and not names_its_own(self, subject):  # (not the one who compiled them: "figures compiled by AFP")
            return self._unnamed(subject)  # "according to (U.S.) court documents", "government figures": no one named
        if self._is_carrier(words, root):  # (or one its participle follows: "A memo seen by Reuters says")
            # "the lawsuit claims": whoever filed it; if no one is named, no one (never a court named
            # in its relative clause); the outlet's own ("según registros de este semanario"): no one
            if own_outlet().search(self.text[subject.start:subject.end]):
                return self._unnamed(subject)
            return self._carrier_owner(subject, at) or self._unnamed(subject)
        lead = [w for w in words if w not in DETERMINERS][:1]
        if lead and lead[0] in self.heads and not self._an_office(subject):  # not "la Secretaría de Hacienda"
            hit = self._described(gendered_title(self, words[0], [w for w in words if w not in {"the", "el", "la"}]), at)
            if hit:
                return Speaker(hit.name, hit.local_id, subject, "title", person=True)
        return None

    def _described_speaker(self, subject: Span, words: list[str], at: int) -> Speaker | None:
        """The speaker a subject that names no entity stands for: an organization written out, an unnamed
        source, a pronoun's antecedent, a country, a described person or organization, else the last speaker."""
        written = self._named_by_text(words, at)
        if written is not None:
            return self._entity_speaker(written, subject, "subject")
        name = self._written_name(subject)
        if name is not None:
            return name
        if words[-1] in self.cues.unnamed or (words[0] in INDEFINITES) or self._unnamed_head(subject) or \
                any(w in self.cues.unnamed and w.endswith("s") for w in words):
            return office_head_or_unnamed(self, subject, words, at)  # ("la titular de la fiscalía": its holder)
        if len(words) == 1 and (words[0] in self.cues.singular or is_latter(words[0])):  # or "éste", the latter
            return latter(self, words, at) or self._agreeing_pronoun(self._pronoun_speaker(at), words[0], at)
        if len(words) == 1 and words[0] in self.cues.plural:
            return self.last_plural or self.last
        if len(words) == 1 and words[0] in self.cues.neuter:
            return self._neuter_speaker(at)
        if self._is_plural_group(subject):
            return self._unnamed(subject)
        country = self._country(subject)
        if country is not None:
            return country
        if set(words[-2:]) & self.cues.governments and set(words[-2:]) & self.cues.local_levels and len(words) >= 2:
            return self._unnamed(subject)  # "confirmó el gobierno municipal", "the state government": no entity names it
        plain = [w for w in words if w not in DETERMINERS]
        content = gendered_title(self, words[0], plain)  # ("la titular del Ejecutivo": the presidenta)
        head = description_head(content, self.lang)
        # only a role noun fits a title: "el Gabinete de Seguridad" is not "el secretario de Seguridad"
        if content and head in self.heads:  # "el canciller": the secretario de Relaciones Exteriores, or someone titled canciller
            hit = self._described(content, at) if plain == content or self._fits_whole(content, at) else None
            if hit is None and plain != content and description_head(plain, self.lang) in self.heads:
                hit = self._described(plain, at)
            if hit:
                return Speaker(hit.name, hit.local_id, subject, "title", person=True)
        if head in self.cues.org_descriptions and not titled_as_person(self, subject):  # (not "la secretaria agregó")
            return self._described_body(subject, at, speaking_body(self, subject, at) or self.last_org)
        former = named_group(self, subject, head, at) or self._former_holder(plain, at) or self._story_person(plain, head, at)
        if former is not None:  # "El exfuncionario también negó ...": the former official named before
            return former
        if points_to_unnamed(self, head):
            # "a senior official said ... “...”, el funcionario added": still nobody named (not "records reviewed by")
            return self._unnamed(subject)
        if org_headed(self, subject):  # "The company that owns the truck said": a body, never the last person
            return self._described_body(subject, at, self.last_org)
        return self._title_speaker(subject, words, plain != content, at)

    def _title_speaker(self, subject: Span, words: list[str], synonym: bool, at: int) -> Speaker | None:
        """The speaker a description no title of the story fits stands for: someone unnamed, the last person
        speaking (of the description's gender), the first named after a lede, else the last speaker."""
        plain = [w for w in words if w not in DETERMINERS]
        if self._is_body(plain):
            return self._unnamed(subject)  # "La cancillería respondió" with no foreign ministry named: no person
        head = description_head(self._as_title(plain), self.lang)
        if head in self.heads and head not in self.cues.generic_heads and not self._holds_title(head) and \
                (self._titled(self.last_person) or self._accused_before(at)):
            # "the judge said" where no one is titled judge and the last person speaking holds another title, or the
            # story tells of an accused ("el acusado", "the defendant"): someone unnamed (an untitled last speaker may
            # otherwise be the one described)
            return self._unnamed(subject)
        # "el funcionario", "the official": the person speaking before (in a lede that names no one yet, the first
        # person named after it); a subject the parse got wrong also ends here, with whoever spoke last
        if head in self.heads:
            person = described_person(self, words, at)  # (one the story turned to)
            # "dijo el comisario ejidal" where no one is a comisario and the person named before holds another
            # title ("el gobernador X"): someone unnamed (a synonym is no mismatch: "el mandatario" may be the governor)
            mismatch = not synonym and head not in self.cues.generic_heads and not self._holds_title(head) and \
                self._titled(person)
            return self._unnamed(subject) if mismatch else \
                person or self._held_or_unnamed(subject, plain, self._next_person(at)) or \
                self._last_mention(at, "person") or self._unnamed(subject)  # (a title no one holds: none named)
        if self.last is not None and self.last.person:  # "la mandataria estatal": a person, of the article's gender
            return described_person(self, words, at)  # ("Aguilar no le cree. ...")
        return self._written_speaker(subject) or last_unless_a_body(self, subject, at)  # (not a place for "la mujer")

    def _pronoun_speaker(self, at: int) -> Speaker | None:
        """Who "he", "she", "él", "ella" is: the person the narration turned to, else the last person speaking or
        named; someone it turned to without naming them after both stays unnamed. A person the sentence before
        is about comes first ("Hardin was not convinced. “...,” he said")."""
        adjacent = self._sentence_topic(at) or described_topic(self, at, self._topic_person(at) or self.last_person)
        if adjacent is not None:
            return adjacent
        topic = self._topic_person(at) or self.last_person or self._last_mention(at, "person")
        actor = self._unnamed_actor(at, self.last_at if self.last_at is not None else 0)
        if actor is not None and actor.span is not None and (topic is None or topic.span is None or
                                                             topic.span.start < actor.span.start):
            return actor  # "The mayor of one of the towns ... denied any ties. “...,” he told Reuters"
        return self._still_unnamed(topic) or topic

    def _agreeing_person(self, words: list[str], at: int) -> Speaker | None:
        """The last person who spoke whose Spanish titles agree in gender with the description's article
        ("el funcionario" is not "la senadora Lilly Téllez" who spoke after him); the last person when the
        description or the titles tell no gender."""
        wanted = {"el": "m", "la": "f"}.get(words[0]) if self.lang == "es" and words else None
        if wanted is None:
            return self.last_person
        heard = next((s for s in reversed(self.people_heard) if self._gender(s.local_id) in {wanted, None}), None)
        return heard or self._of_gender(wanted, at, self._gender, "title") or self.last_person

    def _written_name(self, subject: Span) -> Speaker | None:
        """A person's name the entity finder missed ("Tomás Hirsch, quien ... anticipó", "Alejandro Celorio, a
        legal adviser to the ministry, told"): that name speaks, without an id, never whoever spoke before nor
        the title after it. An apposition may name ("Su timonel, Andrés Santander,"), a title may lead ("la
        doctora Sandra Ley": the name after it)."""
        for segment in segments(self.text, subject):
            name = self._past_title(segment)
            if self._is_name(name) or lone_given_name(self.text[name.start:name.end]):  # (or "relata Karla")
                return Speaker(self.text[name.start:name.end], None, name, "name", person=True)
        return identified_name(self.doc, subject)  # ("The driver, who was identified only by his last name, Ramírez")

    def _past_title(self, segment: Span) -> Span:
        """``segment`` without the determiners and lower-case words (a title) leading it ("la doctora X" -> "X")."""
        span = self.doc.char_span(segment.start, segment.end, alignment_mode="expand")
        toks = list(span or [])
        k = 0
        while k < len(toks) - 1 and (toks[k].pos_ == "DET" or fold(toks[k].text) in self.heads or
                                     (toks[k].pos_ in {"NOUN", "ADJ"} and toks[k].text.islower())):
            k += 1
        return Span(max(segment.start, toks[k].idx), segment.end) if k else segment

    def _is_name(self, subject: Span) -> bool:
        """The subject is a written-out name: two to four capitalized proper nouns and nothing else."""
        span = self.doc.char_span(subject.start, subject.end, alignment_mode="expand")
        words = [t for t in span or [] if not t.is_punct]
        return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)

    def _next_person(self, after: int) -> Speaker | None:
        """The first person named after ``after`` when no person is named before it (a lede's description)."""
        people = [(m, e) for m, e in self.mentions if e.type == "person" and not inside(m.span.start, self.quotes)
                  and not _BYLINE.match(self.text, self.text.rfind("\n", 0, m.span.start) + 1)]  # not the writer
        if not people or people[0][0].span.start < after or kept_anonymous(self.text, after, people[0][0].span.start):
            return None  # (nor one after a lede that keeps the one described anonymous)
        mention, entity = people[0]
        return self._entity_speaker(entity, mention.span, "title")

    def resolve_named(self, subject: Span) -> Speaker | None:
        """The person or organization a subject names, or None (for subjects borrowed from another verb)."""
        within = [(m, e) for m, e in self.mentions if subject.start <= m.span.start and m.span.end <= subject.end]
        people = [(m, e) for m, e in within if e.type == "person"]
        if people:
            return self._entity_speaker(people[0][1], people[0][0].span, "subject")
        named = self._by_surname(fold(self.text[subject.start:subject.end]).split())
        if named is not None:
            return self._entity_speaker(named, subject, "subject")
        if within:
            return self._entity_speaker(within[0][1], within[0][0].span, "subject")
        return None

    def _topic_person(self, at: int) -> Speaker | None:
        """A person who became the subject of the narration after the last speaker spoke: "Sheinbaum
        defended the move. “...”, she said" is hers, not the previous paragraph's speaker's."""
        if self.last_at is None:
            return None
        acting = self._last_speaking_person(at, acting=True)
        if acting is None or acting.span is None or acting.span.start <= self.last_at or \
                (self.last is not None and acting.local_id == self.last.local_id):
            return None
        return acting

    def remember(self, speaker: Speaker | None, at: int | None = None, subject: Span | None = None) -> None:
        if subject is not None:
            self.heard.setdefault((subject.start, subject.end), speaker)
        if speaker is None:
            return
        self.last_at = at if at is not None else self.last_at
        self.last = speaker  # an unnamed source too: a quote that follows it is theirs
        if speaker.cue == "unnamed":
            return
        if speaker.person:
            self.last_person = speaker
            self.people_heard.append(speaker)
        if speaker.plural:
            self.last_plural = speaker
        if speaker.local_id is not None and not speaker.person and speaker.cue != "country":
            self.last_org, self.last_org_at = speaker, at
