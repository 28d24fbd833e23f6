"""People asked for by role instead of by name: "Who is America's top diplomat?", "which
official is Indian?", "which diplomat visited New Delhi?", "who's the guy from the State
Department?", "the name of the minister of defence of India".

The description is read as a set of the article's people (its diplomats are those of the
State Department, its defense chiefs those whose titles say "Defense", its Americans those of
the United States), narrowed by what the rest of the question asks ("…visited New Delhi":
of those who did, only the ones the description fits). A who-question is answered by people
or not at all: never by a country, a department or a phrase restating the question.
"""

from __future__ import annotations

import abc
import re
from dataclasses import dataclass, replace
from functools import cached_property

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import Parsed, parse
from bot.factbase.model import Fact
from bot.text import normalise

__all__ = ["RoleAnswers"]

# Nouns that say a person is asked for, and only by what the words around them describe.
_PERSON_NOUNS = frozenset(
    "diplomat diplomats official officials minister ministers secretary secretaries chief"
    " chiefs guy guys person people man men woman leader leaders envoy envoys representative"
    " representatives".split()
)
# Words a description is made of besides those nouns and country words.
_DESCRIBING = frozenset("top senior chief deputy defense state foreign department of the s".split())
# "Who is America's top diplomat?": a rank the article never gives anyone.
_RANKS = frozenset({"top", "chief", "head", "leading", "highest", "most"})
_DIPLOMATS = frozenset({"diplomat", "diplomats", "envoy", "envoys"})
_PLURAL = frozenset(
    "diplomats officials ministers secretaries chiefs guys people men leaders envoys"
    " representatives".split()
)
# "…mentioned in the article", "…named": how a question says "of the article's people".
_IN_ARTICLE = re.compile(
    r"(?: (?:(?:who|that) )?(?:is|are|was|were))?"
    r"(?: (?:mentioned|named|cited|featured|quoted|given|rendered))?"
    r"(?: (?:at|in) (?:the )?(?:very )?(?:end|start|beginning|last line|first line))?"
    r"(?: (?:according to|per|in|by|from|as (?:given|rendered|named) in|as)"
    r" (?:the|this|that)(?: (?:article|artical|story|piece|text|report|passage|news))?"
    r"(?: (?:gives|names|has) (?:it|him|her|them))?)?$"
)
_LEAD = re.compile(r"^(?:(?:please|kindly|can you|could you|tell me|give me|me|so|and|ok) )*")
# "which of the people named is Indian?", "which of them": the choosing words.
_WHICH_OF = re.compile(r"^which (?:one )?(?:of (?:the|these|those) )?")
_WHO_IS = re.compile(r"^(?:who|which) (?:is|are|was|were|s) (?:the |a |an )?")
_NAME_OF = re.compile(r"^(?:what is |what s )?(?:the )?(?:full )?names? of (?:the |a |an )?")
_BELONGS = re.compile(r"^(?:(?:is|are|was|were) )?(?:from|of) (?:the )?")
# "Which of the people named is Indian?": "named" says only that they are the article's.
_NAMED = re.compile(
    r"^(?:mentioned|named|listed|featured)(?: (?:in|by) (?:the|this) article)?(?: |$)"
)
_IS = re.compile(r"^(?:is|are|was|were) ")
# "Who is Pompeo talking about when he says free nations?", "who does the article mean by
# the two men?": whom the words stand for, not what the speaker said of them.
_REFERENT_ASKED = re.compile(
    r"^(?:who|whom|which (?:countries|nations|people|ones)|what (?:countries|nations))"
    r" (?:is|are|was|were|does|do|did) (?:\w+ ){1,3}?"
    r"(?:talking about|referring to|refer to|talk about|mean|meaning|have in mind)"
    r" (?:by|with|when (?:he|she|they|it) (?:says|said|mentions|mentioned|uses|used|writes))"
    r" (?:the (?:words?|phrase|term) )?(?P<phrase>.+)$"
)


@dataclass(frozen=True, slots=True)
class Described:
    """A description of people read from a question: who it can be, and what is left."""

    people: frozenset[str]
    narrowed: bool  # the words say more than "a person"
    by_office: bool  # by a department or office ("diplomat", "defense"), not only a country
    ranked: bool  # "top", "chief": a rank the article does not give
    plural: bool
    rest: list[str]  # the words after the description: "visited new delhi"
    asked_as: str = "who is"  # "what is the full name of", for "the full name of the…"


class RoleAnswers(EngineCore):
    @abc.abstractmethod
    def _read_and_answer(self, text: str, context: Context) -> Answer:
        """The whole reading and answering of one question."""

    @abc.abstractmethod
    def _naming(
        self, entities: list[str], lead: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """The entities by name, each quoted from a sentence that names it."""

    @cached_property
    def _named_people(self) -> frozenset[str]:
        """The people the article itself names (not groups, not maintainers' extras)."""
        return frozenset(
            e for e in self._of_kind.get("person", ()) if self.factbase.entities[e].aliases
        )

    @cached_property
    def _people_titled(self) -> dict[str, frozenset[str]]:
        """Who the article's titles put in a department or office, by title word: "defense"
        (Esper, Singh), "deputy" (Begin), "state" (Begin)."""
        titled: dict[str, set[str]] = {}
        for person in self._named_people:
            for alias in self.factbase.entities[person].aliases:
                for word in normalise(alias).split():
                    titled.setdefault(word, set()).add(person)
        return {w: frozenset(p) for w, p in titled.items()}

    def _members_of(self, body: str) -> frozenset[str]:
        """The people who belong to a country, place's country or organisation."""
        bodies = {body} | (
            {c for c in self.index.part_of.get(body, ()) if self._kind(c) == "country"}
            if self._kind(body) == "place"
            else set()
        )
        return frozenset(
            p for p in self._named_people if bodies & {p, *self.index.part_of.get(p, ())}
        )

    def _body_at(self, words: list[str], at: int) -> tuple[str, int] | None:
        """The country, place or organisation whose name starts at `at`, and its length:
        "india", "state department", "new delhi"."""
        for size in range(min(self.index.alias_max_len, len(words) - at), 0, -1):
            entity = self.index.aliases.get(tuple(words[at : at + size]))
            if entity is not None and self._kind(entity) in ("country", "place", "organisation"):
                return entity, size
        return None

    def _bodies_in(self, words: list[str]) -> list[str] | None:
        """The countries, places and organisations the words name, all of them; None when a
        word is neither one of those nor a describing word."""
        found: list[str] = []
        at = 0
        while at < len(words):
            body = self._body_at(words, at)
            if body is not None:
                found.append(body[0])
                at += body[1]
            elif words[at] in _DESCRIBING or words[at] in _PERSON_NOUNS:
                at += 1
            else:
                return None
        return found

    def _names_someone(self, words: list[str]) -> bool:
        """Whether some run of the words is a name or title of one person ("defense
        minister", "us defense chief"): then it is no description. A group's ("defense
        chief", of the two) still is: "the defense chief from Delhi" is one of them."""
        return any(
            self._kind(self.index.aliases.get(tuple(words[at : at + size]), "")) == "person"
            for at in range(len(words))
            for size in range(1, min(self.index.alias_max_len, len(words) - at) + 1)
        )

    def _described(self, words: list[str]) -> Described | None:
        """The people a description at the start of the words can be: "usa top diplomat",
        "defense chief from delhi", "officials are from the defense department"."""
        end = 0
        while end < len(words):
            body = self._body_at(words, end)
            if body is not None:
                end += body[1]
            elif words[end] in _DESCRIBING or words[end] in _PERSON_NOUNS:
                end += 1
            else:
                break
        head = words[:end]
        while head and head[-1] in ("of", "the", "s"):
            head.pop()
        if self._names_someone(head):
            return None  # "who is the Defense Minister?": the article's own title for Singh
        nouns = [w for w in head if w in _PERSON_NOUNS]
        bodies = self._bodies_in(head)
        countries_as_nouns = bool(head) and head[-1] in ("americans", "indians", "australians")
        if bodies is None or (not nouns and not countries_as_nouns):
            return None
        people = set(self._named_people)
        by_office = False
        for named in bodies:
            people &= self._members_of(named)
            by_office |= self._kind(named) == "organisation"
        if _DIPLOMATS & set(head):
            people &= self._members_of("state-department")
            by_office = True
        for word in ("defense", "deputy", "foreign"):
            if word in head and "department" not in head:
                people &= self._people_titled.get(word, frozenset())
                by_office = True
        return Described(
            people=frozenset(people),
            narrowed=by_office or bool(bodies),
            by_office=by_office,
            ranked=bool(_RANKS & set(head[:-1])) or "head" in nouns,
            plural=bool(_PLURAL & set(nouns)) or countries_as_nouns,
            rest=words[len(head) :],
        )

    def _referent_answered(self, text: str, context: Context) -> Answer | None:
        """ "Who is Pompeo talking about when he says free nations?" is "who are the free
        nations?" (the article doesn't say), never China's Communist Party, whom they are to
        thwart. Only when the words are a name the fact base knows."""
        asked = _REFERENT_ASKED.match(normalise(text))
        if asked is None:
            return None
        phrase = asked["phrase"].split()
        named = self.index.aliases.get(tuple(phrase[1:] if phrase[0] == "the" else phrase))
        if named is None or self._kind(named) not in ("group", "person", "organisation"):
            return None
        return self._read_and_answer(f"who are the {' '.join(phrase)}?", context)

    def _role_described_answered(self, text: str, context: Context) -> Answer | None:
        """ "Which diplomat visited New Delhi?" (Begin), "which official is Indian?" (Singh),
        "who are the Americans in the article?" (Esper, Pompeo and Begin). None when the
        question does not ask for people by a description."""
        said = _LEAD.sub("", normalise(text))
        for lead in (_WHO_IS, _NAME_OF, _WHICH_OF):
            found = lead.match(said)
            if found is not None and (lead is not _WHICH_OF or said.startswith("which")):
                break
        else:
            return None
        asked = said[found.end() :]
        words = _IN_ARTICLE.sub("", asked).split()
        described = self._described(words)
        if described is not None and lead is _NAME_OF:
            full = "full " if "full" in found[0].split() else ""
            described = replace(described, asked_as=f"what is the {full}name of")
        if described is None or (not described.narrowed and not described.rest):
            return None
        if context.fact_id is not None and not described.rest and " ".join(words) == asked:
            # "Which US officials?" after the Tokyo talks: of those there, not everyone.
            return None
        if not described.rest and self._kind(self.index.aliases.get(tuple(words), "")) == "group":
            return None  # "Who are the defense chiefs?": the group's own answer names both
        if described.rest[:1] == ["s"]:
            return None  # "Who is the diplomat's boss?": someone else, by the description
        people, rest = set(described.people), " ".join(described.rest)
        rest = _NAMED.sub("", rest)
        belongs = _BELONGS.match(rest)
        if rest and belongs is not None:
            # "…from the Defense Department", "…is from Delhi": one more description.
            bodies = self._bodies_in(rest[belongs.end() :].split())
            if not bodies:
                return None
            for body in bodies:
                people &= self._members_of(body)
            if any(self._kind(body) == "organisation" for body in bodies):
                described = replace(described, by_office=True)  # "…from the State Department"
            rest = ""
        elif rest and _IS.match(rest) and (bodies := self._bodies_in(rest.split()[1:])):
            # "Which official is Indian?": a country word after "is".
            for body in bodies:
                people &= self._members_of(body)
            rest = ""
        elif rest and not described.by_office:
            # "Which official visited New Delhi?": an ordinary who-question; "which Indian
            # official was at the meeting?", "the Indian official's guest": the stand-in's.
            return None
        if not people and not described.by_office:
            return None  # "Who is the Japanese official?": no one from Japan, as the stand-in says
        parsed = parse(text, self.index)
        if rest:
            return self._doers_described(people, rest, parsed, context)
        return self._people_described(
            sorted(people, key=self._person_order), described, parsed, context
        )

    def _person_order(self, person: str) -> int:
        """The fact base's order of people: Esper, Singh, Pompeo, Begin."""
        return self._of_kind["person"].index(person)

    def _people_described(
        self, people: list[str], described: Described, parsed: Parsed, context: Context
    ) -> Answer | None:
        """Those the description fits, by name; the one, as who he is; none, abstaining."""
        if not people:
            return self._not_found(parsed, context, [], [])  # "Who is India's foreign minister?"
        if len(people) > 1 and not described.plural and not described.by_office:
            # "Who is the guy from America?": one of several, with nothing to say which;
            # the usual answer names the one the article is about, and the others.
            return None
        names = [self.factbase.entities[p].name for p in people]
        if described.ranked and len(people) > 1:
            # "Who is America's top diplomat?": the article gives no one that rank.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say which of them that is; it names "
                + " and ".join(names)
                + ".",
                context,
                parsed=parsed,
            )
        if len(people) == 1:
            # "The name of the minister of defence of India": his name; "who is…": who he is.
            return self._read_and_answer(f"{described.asked_as} {names[0]}?", context)
        named = self._naming(people, "", parsed, context, [])
        if named is None:
            return self._not_found(parsed, context, [], [])
        return named

    def _doers_described(
        self, people: set[str], rest: str, parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Which diplomat visited New Delhi?": of those who visited it (Esper, Begin),
        the ones the description fits (Begin)."""
        verb = "" if rest.split()[0] in ("who", "that") else "was "
        if rest.split()[0] in ("who", "that"):
            rest = rest.split(" ", 1)[1] if " " in rest else ""
        elif rest.split()[0] not in ("at", "in", "on", "with", "to", "from"):
            verb = ""
        answer = self._read_and_answer(f"who {verb}{rest}?", context)
        if answer.abstained:
            return None  # "… per the last line": words this reading does not know
        doers = {
            p
            for e in answer.context.answer_entities
            for p in (e, *self.index.expand(e))
            if p in self._named_people
        }
        if not doers:
            return None  # the answer names no people: not this reading's to judge
        fit = [p for p in sorted(doers & people, key=self._person_order)]
        if not fit:
            return self._not_found(parsed, context, [], [])  # "Which diplomat met Singh?"
        if set(fit) == doers:
            return None  # "which Americans went to Tokyo?": all who did fit; asked as usual
        facts = [self.factbase.facts[f] for f in answer.fact_ids if f in self.factbase.facts]
        parts = [self._as_doer(p, facts) for p in fit]
        if any(part is None for part in parts):
            return None
        shown = [part for part in parts if part is not None]
        return self._direct(
            text="; ".join(text for text, _ in shown),
            facts=list(dict.fromkeys(fact for _, fact in shown)),
            confidence=answer.confidence,
            parsed=parsed,
            context=context,
            notes=[],
            about=fit,
        )

    def _as_doer(self, person: str, facts: list[Fact]) -> tuple[str, Fact] | None:
        """The role answer that names this person alone, with its fact ("Begin, the U.S.
        Deputy Secretary of State" from the visit); else the person's name, with a fact
        that has them do it ("Secretary Pompeo", of "Esper and Secretary Pompeo" at Tokyo)."""
        for fact in facts:
            for name in ("who", "with_whom"):
                role = fact.roles.get(name)
                if role is not None and tuple(role.entities) == (person,):
                    return role.answer, fact
        for fact in facts:
            for name in ("who", "with_whom"):
                role = fact.roles.get(name)
                if role is not None and person in role.entities:
                    return self.factbase.entities[person].name, fact
        return None
