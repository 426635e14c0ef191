"""The titles people of a document hold, and the person a description ("the foreign minister", "el canciller",
"la mandataria") stands for through them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from pesquisa.extract.nlp import tokens_from
from pesquisa.extract.quotes._access import only_holds
from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.extract.quotes._behalf import behalf_owner, earlier_document
from pesquisa.extract.quotes._comma_names import first_own_comma
from pesquisa.extract.quotes._completing import completes_noun
from pesquisa.extract.quotes._descriptions import DETERMINERS, description_head, title_head
from pesquisa.extract.quotes._filer import charges_filer
from pesquisa.extract.quotes._gender import person_gender, pronoun_gender
from pesquisa.extract.quotes._heard_from import main_subject, own_end, testimony_giver
from pesquisa.extract.quotes._kin import gendered_actor, gendered_noun, noun_gender, unnamed_of_gender
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._possessive_title import synonym_titles
from pesquisa.extract.quotes._relations import counted_members, of_someone
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import LocalEntity, Span

# a document's owner written out after it: "datos de la Fiscalía estatal", "figures from the Interior Ministry"
_OWNER_WRITTEN = re.compile(r"\b(?:de|del|of|from)[ \xa0]+(?:la[ \xa0]+|el[ \xa0]+|los[ \xa0]+|the[ \xa0]+)?[A-ZÁÉÍÓÚ]")


@cache
def _synonyms(lang: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's title synonyms, folded, keyed without determiners as descriptions are read ("jefe de la
    diplomacia" is looked up as "jefe de diplomacia"); a word that stands for several titles ("la edil": a
    presidenta municipal or an alcaldesa) gives them all, in order."""
    table = load_lexicon().titles.get("synonyms", {}).get(lang, {})
    return {" ".join(w for w in fold(k).split() if w not in DETERMINERS):
            tuple(fold(t) for t in ([v] if isinstance(v, str) else v)) for k, v in table.items()}


@cache
def _abbreviations() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in load_lexicon().titles.get("title_abbreviations", {}).items()}


def _spelled_out(title: str) -> str:
    """The title with its short forms written out ("Rep." -> "representative", "Gov." -> "governor"), folded; the
    title itself when it has none."""
    words = fold(title).split()
    full = [_abbreviations().get(w, w) for w in words]
    return " ".join(full) if full != words else title


# a definite description set before a name by a comma, a short title between ("The subcommittee chair, Senator X")
_APPOSED_TITLE = re.compile(r"\b(?i:the|el|la)[ \t]+([^,;:\n()“”\"]{3,50}),[ \t]*(?:[A-Z][\w.]*[ \t]+){0,3}$")
_POSSESSIVE = re.compile(r"(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w.-]*){0,2}['’]s\b")  # 's after a name or the capitalized words ending it


@cache
def _office_holders() -> dict[str, str]:
    """Folded first word of an office's name -> the title of whoever heads it ("secretaria" -> "secretario")."""
    table = load_lexicon().titles.get("office_holders", {})
    return {fold(k): v for code in table for k, v in table[code].items()}


@cache
def _body_words() -> frozenset[str]:
    """Folded lexicon names and aliases of organizations that are common words ("Cancillería", "Hacienda",
    "gobierno mexicano"; not acronyms): a body, never a person, when the article names no entity they fit."""
    found = {fold(a) for e in load_lexicon().organizations.values() for a in (e.name, *e.aliases) if a[1:].islower()}
    return frozenset(" ".join(w for w in a.split() if w not in DETERMINERS) for a in found)


class Titles(Antecedents):
    """The document's people by their titles."""

    people_heard: list[Speaker]  # every person who spoke, in order (kept by the resolver)
    heard: dict[tuple[int, int], Speaker | None]  # the speaker each subject resolved to (kept by the resolver)

    def __init__(self, doc: Doc, entities: list[LocalEntity], quotes: list[Span]):
        super().__init__(doc, entities, quotes)
        self._title_cache: dict[str, list[str]] = {}
        self.heads = {fold(h) for h in load_lexicon().title_heads()}

    def _described(self, words: list[str], before: int) -> LocalEntity | None:
        """The person whose title matches a description ('the foreign minister'), nearest before ``before``.

        A title built on the description's head ('District Judge' for 'the judge') beats one
        that only contains the word; then more shared words; then the latest mention.
        """
        wanted, head, best, best_key = set(words) - {"of", "de", "del", "the", "la", "el"}, description_head(words, self.lang), \
            None, (0, 0, -1)
        for entity in self.entities:
            if entity.type != "person":  # (below, not "el funcionario estadounidense" for the "embajador estadounidense")
                continue
            seen = [m.span.start for m in entity.mentions if m.span.start < before] or \
                [-m.span.start for m in entity.mentions]  # named only later: the lede's "el periodista"
            titles = self._titles(entity)
            held = {w for t in titles for w in fold(t).split()}
            if words[-1] not in held or (head is not None and head in words and head not in held):
                continue
            built_on = max((int(title_head(t, self.lang) == head) for t in titles), default=0)
            overlap = max((len(wanted & set(fold(t).split())) for t in titles), default=0)
            key = (built_on, overlap, max(seen))
            if key > best_key:
                best, best_key = entity, key
        return best

    def _fits_whole(self, title: list[str], at: int) -> bool:
        """The person ``title`` describes holds every word of it ("foreign secretary" is no "Secretary of Homeland
        Security")."""
        hit = self._described(title, at)
        wanted = set(title) - {"of", "de", "del", "the", "la", "el"}
        return hit is not None and any(wanted <= set(fold(t).split()) for t in self._titles(hit))

    def _as_title(self, content: list[str]) -> list[str]:
        """The title a description stands for ("jefa del ejecutivo" -> presidenta), else the description."""
        titles = synonym_titles(_synonyms(self.lang), content)  # (past a possessive: "Mexico's defense minister")
        held = [t for t in titles if any(set(t.split()) <= set(fold(title).split()) for e in self.entities
                                         if e.type == "person" for title in self._titles(e))]
        if len(titles) > 1 and not held:
            return content  # "según el legislador" where no one is titled diputado or senador: the word as written
        return (held or list(titles) or [" ".join(content)])[0].split()

    def _gender(self, local_id: str | None) -> str | None:
        """'f' or 'm' when all of a person's Spanish titles agree on it ("senadora", "gobernador"), else None."""
        entity = next((e for e in self.entities if e.local_id == local_id), None)
        found: set[str | None] = set()
        for title in self._titles(entity) if entity is not None else []:
            words = fold(title).split()
            if words and words[0] in {"el", "la"}:  # "la senadora", "El gobernador de Sinaloa"
                found.add("m" if words[0] == "el" else "f")
                words = words[1:]
            if words:
                found.add("f" if words[0].endswith("a") else "m" if words[0].endswith(("o", "or")) else None)
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _agreeing_pronoun(self, found: Speaker | None, pronoun: str, at: int) -> Speaker | None:
        """``found``, or when its gender (given name, Spanish titles, an unnamed one's noun: "Her son") is known and is
        not the pronoun's, the last person of the pronoun's gender ("Sheinbaum said ... Trump has said ... She added")."""
        wanted = pronoun_gender(pronoun)
        gender = person_gender(self._gender)
        told = found and ((gender(found.name, found.local_id) if found.person else None) or noun_gender(self, found))
        if wanted is None or found is None or told in {wanted, None}:
            return found
        if (kin := unnamed_of_gender(self, wanted)) is not None:  # "according to his sister ... she said": the sister
            return kin
        return self._of_gender(wanted, at, lambda local_id: gender(self._name_of(local_id), local_id), "pronoun") \
            or gendered_actor(self, wanted, at) or found  # "Chilton's wife, Sue, has photographed ... she said": his wife

    def _of_gender(self, wanted: str, at: int, gender: Callable[[str | None], str | None], cue: str) -> Speaker | None:
        """The last person who spoke, else was named before ``at``, whose ``gender`` (by local id) is ``wanted``."""
        heard = next((s for s in reversed(self.people_heard) if gender(s.local_id) == wanted), None)
        if heard is not None:
            return heard
        named = [(m, e) for m, e in self.mentions if e.type == "person" and m.span.start < at and gender(e.local_id) == wanted]
        return self._entity_speaker(named[-1][1], named[-1][0].span, cue) if named else None

    def _name_of(self, local_id: str | None) -> str | None:
        """The name of the document's entity ``local_id``."""
        return next((e.name for e in self.entities if e.local_id == local_id), None)

    def _titled(self, speaker: Speaker | None) -> bool:
        """The speaker is a person of the document with a title."""
        return speaker is not None and any(e.local_id == speaker.local_id and self._titles(e) for e in self.entities)

    def _held_or_unnamed(self, subject: Span, words: list[str], person: Speaker | None) -> Speaker | None:
        """``person`` (named after ``subject``) for a description of them, but someone unnamed when they hold other
        titles, no one in the story holds the one described and they are not named right after a story's first
        speaker ('"...": alcalde de Culiacán responde', a governor named at the end; not "La analista sostuvo ...
        \n\nPaula Ríos, profesora", nor one of another title in the same paragraph: "Mexico's president called it
        ... The U.S. ambassador, X, described it")."""
        heads = {description_head(words, self.lang), description_head(self._as_title(words), self.lang)}
        if person is None or person.span is None or \
                (self.last is None and 0 < self.text.count("\n\n", subject.end, person.span.start) < 2) or \
                not self._titled(person) or any(self._holds_title(h) for h in heads if h) or \
                heads & (self.cues.generic_heads | self.cues.spokespeople):
            return person
        words_at = subject.start + len(self.text[subject.start:subject.end]) - \
            len(self.text[subject.start:subject.end].lstrip(":;,—–- "))  # (a headline's ': alcalde de X')
        return Speaker(self.text[words_at:subject.end], None, Span(words_at, subject.end), "unnamed")

    def _holds_title(self, head: str) -> bool:
        """Some person of the document holds a title built on ``head``."""
        return any(title_head(t, self.lang) == head for e in self.entities if e.type == "person"
                   for t in self._titles(e))

    def _titles(self, entity: LocalEntity) -> list[str]:
        """The person's titles that read as titles (not a clause the title finder took in: 'judge said').

        Besides the titles the roles step found, the words right before any of the person's names when they hold a
        title head ('... and Secretary of State Antony Blinken', where the roles step, seeing another person in it, gives none).
        """
        cached = self._title_cache.get(entity.local_id)
        if cached is None:
            found = list(entity.titles)
            for mention in entity.mentions:
                before = self.text[max(0, mention.span.start - 80):mention.span.start]
                # (a period closes a sentence, not an initial's: "U.S. Attorney X" keeps "U.S.")
                run = re.split(r"(?<!\b[A-Z])\.|[;:\n,()“”\"]|\band\b|\by\b|\bwith\b|\bcon\b", before)[-1].strip()
                words = fold(run).split()
                if 0 < len(words) <= 8 and any(w in self.heads for w in words):
                    found.append(run)
                apposed = _APPOSED_TITLE.search(before)  # "The subcommittee chair, Senator Pete Ricketts"
                if apposed is not None and any(w in self.heads for w in fold(apposed.group(1)).split()):
                    found.append(apposed.group(1))
            found += [held for t in found if (held := self._office_title(t)) is not None]
            found += [full for t in found if (full := _spelled_out(t)) != t]  # "Rep." is a representative
            # (not a phrase that ends on its preposition, "El abogado de| X": someone of X's, no title of X's)
            cached = [t for t in found if not (set(fold(t).split()) & self.cues.clause_words) and
                      fold(t).split()[-1:] not in (["de"], ["del"], ["of"], ["for"], ["para"])]
            self._title_cache[entity.local_id] = cached
        return cached

    def _office_title(self, title: str) -> str | None:
        """The title held by the head of an office the article names ("titular de la SSPC" -> "secretario de
        Seguridad y Protección Ciudadana", ``office_holders``), else None."""
        match = re.search(r"\btitular\s+(?:de\s+la|de\s+los|del|de)\s+(.+)$", title, re.I)
        if match is None:
            return None
        office = fold(match.group(1).strip())
        body = next((e for m, e in self.mentions if e.type == "organization" and office in {fold(m.text), fold(e.name)}),
                    None)
        words = body.name.split() if body is not None else [office] if " " not in office else []  # "de la fiscalía"
        holder = _office_holders().get(fold(words[0])) if words else None
        return " ".join([holder, *words[1:]]) if holder else None

    def _someones_relation(self, words: list[str]) -> bool:
        """The subject is a possessive and a noun that names someone of the possessor's ("his lawyer", "her aide",
        "su abogado"), not the possessor; not an office or role that stands for a body ("su vocero", "su
        titular", "her office", "his government", "its statement")."""
        stands_for = self.cues.generic_heads | self.cues.spokespeople | self.cues.org_descriptions | \
            self.cues.governments | self.cues.carriers
        # a chain of possessives ends on the one speaking: "his client's wife" (words "his client s wife")
        chain = len(words) >= 2 and len(words) % 2 == 0 and all(w == "s" for w in words[2::2])
        return chain and words[0] in {"his", "her", "their", "su", "sus"} and words[-1] not in stands_for

    def _unnamed_actor(self, before: int, after: int) -> Speaker | None:
        """Someone the narration turned to between ``after`` and ``before`` without naming them: the last subject
        of an active main verb whose head is a title or a person noun and that holds no name ("The mayor of one
        of the towns, reached by phone, denied any ties. “...,” he told Reuters")."""
        found: Speaker | None = None
        for tok in (self.doc[i] for i in tokens_from(self.doc, after, before)):  # those starting in [after, before)
            if tok.pos_ != "NOUN" or inside(tok.idx, self.quotes) or \
                    not ((given := testimony_giver(tok)) or main_subject(tok)):  # ("heard testimony from a former pilot")
                continue
            folded = fold(tok.text)
            if not (given or folded in self.heads or folded in self.cues.unnamed or gendered_noun(folded)) or \
                    "Number=Plur" in str(tok.morph) or any(c.dep_ == "det" and c.lower_ in {"no", "ningún", "ninguna"}
                                                             for c in tok.children):
                continue  # (a group is no "he" or "she", nor is "no one"; "The mother of a victim also spoke")
            end = next((t.idx for t in tok.subtree if t.text == "," and t.i > tok.i), own_end(tok) if given else None)
            span = Span(tok.left_edge.idx, end if end is not None else tok.right_edge.idx + len(tok.right_edge.text))
            if any(span.start <= m.span.start < span.end for m, _e in self.mentions) or self._named_beside(tok):
                continue
            # "Still, the ambassador has pressed the issue": the person titled so before, else someone unnamed
            bare = fold(tok.text) in self.heads and not any(t.pos_ == "ADP" for t in tok.subtree)  # not "of one of the towns"
            hit = self._described([fold(tok.text)], before) if bare else None
            found = Speaker(hit.name, hit.local_id, span, "title", person=True) if hit is not None else \
                Speaker(self.text[span.start:span.end], None, span, "unnamed")
        return found

    def _named_beside(self, tok: Token) -> bool:
        """The title or person noun has a person's name set beside it ("La fiscal ..., Laura Estrada, conversó"; an
        apposition anywhere in its phrase, as the parse may hang it on the title's last noun)."""
        return any(c.dep_ == "appos" and any(c.left_edge.idx <= m.span.start <= c.right_edge.idx and e.type == "person"
                                             for m, e in self.mentions) for c in tok.subtree)

    def _still_unnamed(self, topic: Speaker | None) -> Speaker | None:
        """The unnamed source that spoke last, when one person ("Her neighbour, a retired teacher who asked not
        to be identified, said ... “...,” he said") and no person named became the topic after them; else None."""
        last = self.last
        if last is None or last.cue != "unnamed" or last.span is None or \
                (topic is not None and topic.span is not None and topic.span.start > last.span.start):
            return None
        head = self._head_token(last.span)
        return last if head is not None and head.pos_ == "NOUN" and "Number=Sing" in str(head.morph) else None

    def _unnamed_head(self, subject: Span) -> bool:
        """The subject's head names people without naming anyone ("The family, who asked that their names not be
        published, said"; "la familia", "el colectivo"), whatever its relative clause says."""
        head = self._head_token(subject)
        return head is not None and head.pos_ == "NOUN" and fold(head.text) in self.cues.unnamed

    def _relation_subject(self, subject: Span, words: list[str]) -> bool:
        """The subject is someone of a person's (``_someones_relation``), alone or described after a comma ("Her
        neighbour, a 61-year-old retired teacher, said"), not named after it ("Su timonel, Andrés Santander")."""
        if self._someones_relation(words):
            return True
        own, _, rest = self.text[subject.start:subject.end].partition(",")
        after = self.doc.char_span(subject.start + len(own) + 1, subject.end, alignment_mode="expand") if rest else None
        # "la madre del exgobernador, que pidió no ser citada": a relation noun and whose (``of_someone``)
        related = (bool(rest) and self._someones_relation(fold(own).split())) or of_someone(self, fold(own).split())
        # (a body's name describes them, "His handler, a retired FBI agent", and names no one)
        bodies = [m.span for m, e in self.mentions if e.type != "person"]
        return related and not any(t.pos_ == "PROPN" and t.text[:1].isupper() and
                                   not any(b.start <= t.idx < b.end for b in bodies) for t in after or [])

    def _head_person(self, people: list) -> tuple[LocalEntity, Span]:
        """Of the people a subject names, the one who speaks: not a possessor or complement before a name apposed
        to its noun ("Gastélum Iribe's attorney, Gal Pissetzky", "el abogado de X, Y": the attorney, Y)."""
        for mention, entity in people:
            # (a possessive after words of the name the recognizer cut off too: "Latavia Washington| McGee's cousin")
            after = _POSSESSIVE.match(self.text, mention.span.end)
            if after is not None or completes_noun(self.text, mention.span, [m.span for m, _e in self.mentions]):
                continue
            return entity, mention.span
        return people[0][1], people[0][0].span

    def _opening_plural(self, root: Token) -> bool:
        """A plural common noun the Spanish model tags as a name because it opens the sentence ("Usuarios en redes
        sociales cuestionaron que ...", "Pobladores de la zona denunciaron"): no entity's mention, a word in -s
        before lower-case words."""
        nxt = root.nbor(1) if root.i + 1 < len(root.doc) else None
        return self.lang == "es" and root.pos_ == "PROPN" and bool(root.is_sent_start) and root.lower_.endswith("s") and \
            nxt is not None and nxt.text.islower() and \
            not any(m.span.start <= root.idx < m.span.end for m, _e in self.mentions)

    def _joint_bodies(self, subject: Span, within: list) -> Speaker | None:
        """Two organizations or more speaking together in a sentence that calls their words joint ("informaron en un
        comunicado conjunto la SRE y el Departamento de Estado"): a joint statement; else None."""
        bodies = {e.local_id for _m, e in within if e.type == "organization"}
        here = self.doc.char_span(subject.start, subject.end, alignment_mode="expand")
        sentence = fold(here.sent.text) if here is not None else ""
        if len(bodies) < 2 or not any(j in sentence for j in self.cues.joint if " " in j):
            return None
        return Speaker("joint statement: " + self.text[subject.start:subject.end], None, subject, "joint", plural=True)

    def _aliases(self, entity: LocalEntity) -> set[str]:
        """The folded aliases the lexicon gives an entity ("cancilleria" for the Secretaría de Relaciones Exteriores)."""
        entry = load_lexicon().organizations.get(entity.key) if entity.key else None
        return {fold(a) for a in entry.aliases} if entry is not None else set()

    def _carrier_owner(self, subject: Span, at: int) -> Speaker | None:
        """Whose words a document carries: the entity it names before any clause, else the last named subject."""
        own_end = first_own_comma(self.text, subject.start, subject.end)  # "The complaint, which was lodged ...": no author
        own = Span(subject.start, own_end if own_end != -1 else subject.end)
        named = [(m, e) for m, e in self.mentions if own.start <= m.span.start and m.span.end <= own.end
                 and not only_holds(self.text[own.start:m.span.start])]  # (not "seen by Reuters", "prepared for DHS")
        if not named and self.last is not None and self.last.cue == "joint":  # "the statement said": the joint one
            return self.last
        if named:  # (none when the names only describe counted members: "A letter signed by 12 House Democrats")
            return None if counted_members(self, named) else self._entity_speaker(named[0][1], named[0][0].span, "subject")
        author = self._author_after(Span(own.end, subject.end))  # "el informe, elaborado por la organización X"
        if author is not None:
            return author
        words = fold(self.text[own.start:own.end]).split()
        if any(w.removesuffix("s") in self.cues.org_descriptions for w in words):
            # "the department's statement", "el comunicado de la dependencia": the body spoken of before
            return self._last_subject(at, organization=True) or self._last_subject(at)
        lead = next((i for i, w in enumerate(words) if w in self.cues.carriers), len(words))
        if _OWNER_WRITTEN.search(self.text, own.start, own.end) or \
                any(w in self.cues.unnamed and w not in self.cues.carriers for w in words[lead + 1:]):
            # (or an office written in lower case that the article does not name: "el documento de la fiscalía")
            return None  # "datos de la Fiscalía estatal": an owner written out that no entity is; not whoever spoke
        # "De acuerdo con el reporte": the body that spoke since the last named subject, else that subject
        behalf = behalf_owner(self, at) or earlier_document(self, own)  # "X read a statement on his behalf": the one X reads for
        if behalf is not None:
            return behalf
        acted = charges_filer(self, words, self._last_subject(at, agent=True))  # who filed it acted (not "X was charged")
        spoke = self.last_org_at if self.last_org_at is not None else -1
        if self.last_org is not None and (acted is None or acted.span is None or acted.span.start < spoke):
            return self.last_org
        return acted

    def _is_carrier(self, words: list[str], root: Token | None = None) -> bool:
        """The subject is a document that carries someone's words ('the lawsuit', 'el comunicado oficial'): its first
        or last word is a document's, or its head ``root`` is ("A U.S. intelligence memo seen by Reuters")."""
        content = [w for w in words if w not in DETERMINERS]
        return bool(content) and (content[0] in self.cues.carriers or content[-1] in self.cues.carriers or
                                  (root is not None and root.pos_ == "NOUN" and fold(root.text) in self.cues.carriers))

    def _an_office(self, subject: Span) -> bool:
        """The subject's head is an organization's name ("informó la Secretaría de Hacienda"), though its word folds
        to a title's ("secretaria"): the institution speaks, never the person whose title is built on it."""
        root = self._head_token(subject)
        return root is not None and any(e.type == "organization" and m.span.start <= root.idx < m.span.end
                                        for m, e in self.mentions)

    def _is_body(self, plain: list[str]) -> bool:
        """The description, determiners aside, is an organization's lexicon alias ("la cancillería respondió")."""
        return " ".join(plain) in _body_words()

    def _neuter_speaker(self, at: int) -> Speaker | None:
        """Who "it" is: the document that spoke last with no one named ("The indictment says ... It says he
        received ..."), else the body last acting ("Mexico's Foreign Ministry welcomed the findings. In a
        statement, it said"), or the one that spoke last ("according to a statement from the Embassy"), if later."""
        if self.last is not None and self.last.cue == "unnamed" and self._is_carrier(fold(self.last.name).split()):
            return self.last
        found = [sp for sp in (self._last_subject(at, organization=True), self.last_org) if sp is not None]
        return max(found, key=lambda sp: sp.span.start if sp.span else -1) if found else None

    def _accused_before(self, at: int) -> bool:
        """The story names someone before ``at`` by their part in a case ("el acusado", "the defendant", "el
        narcotraficante", ``person_descriptions``): an official's title after it is not that person's."""
        words = fold(self.text[:at]).replace("-", " ")
        return any(re.search(rf"\b{re.escape(d.replace('-', ' '))}\b", words) for d in self.cues.person_descriptions)
