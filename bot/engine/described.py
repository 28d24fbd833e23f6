"""Questions naming someone by what they did instead of by name ("Where was the man who met
Singh earlier this month?", "What title does the official who recently visited Delhi
hold?"): the description is the who-question "who met Singh?", and when the article answers
it with exactly one person, the rest of the question is asked of that person ("Where was
Mark T. Esper earlier this month?"). A description the article answers with no one, or with
several people, is left as it was."""

from __future__ import annotations

import abc
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.lexicon import STOPWORDS
from bot.engine.phrases import joined
from bot.engine.question import parse
from bot.text import normalise

__all__ = ["DescribedAnswers"]

# "the man who", "the official that", "the guy who", "the American who": a person described
# by a relative clause, or by an office ("the defence minister the US secretary met"). "The
# other American who…" is left to other_one_who_asked, and "the one who isn't…" picks among
# people already named, not by a deed.
_DESCRIBED_PERSON = prefilter.compile(
    r"\bthe\s+(?:(?:u\.?s\.?|us|american|indian|senior|top|same)\s+)?(?:defen[cs]e\s+)?"
    r"(?:man|person|official|guy|fellow|gentleman|woman|lady|minister|secretary|diplomat"
    r"|politician|leader|chief|head|visitor|american|indian)\s+"
    r"(?:(?:who|that)\s+(?!is\b|was\b|isn['’]?t\b|wasn['’]?t\b|are\b|were\b)"
    # "the minister the defense secretary met": "who the defense secretary met?" is Singh
    r"|(?=the\s+\w+(?:\s+\w+){0,3}\s+(?:met|visited|received|hosted|joined|saw)\b))",
    re.IGNORECASE,
)
# "Who is the man who met Singh on Oct. 26?", "Identify the official who…", "the name of the
# Indian gentleman who received Esper": the description is what is asked, which the
# who-question answers as a whole ("…on Oct. 26" is part of the deed, not a question of
# Esper). "The other American who…" is left to other_one_who_asked.
_ASKS_WHO_THEY_ARE = re.compile(
    r"(?:\bwho(?:\s+is|\s+was|\s+are|\s+were|['’]?s|['’]re)?|\bidentify|\bname|\bthe\s+(?:full\s+)?name\s+of"
    r"|\bother)\s*$",
    re.IGNORECASE,
)
# "the two men who met in New Delhi", "the two defence heads who met in Delhi": the pair
# who did it, asked of as "Esper and Singh".
_DESCRIBED_PAIR = prefilter.compile(
    r"\bthe\s+(?:two|2)\s+(?:(?:defen[cs]e|top|senior)\s+)?(?:men|officials|ministers"
    r"|leaders|people|heads|chiefs|guys|secretaries)\s+(?:who|that)\s+",
    re.IGNORECASE,
)
# "the country whose defence minister is Rajnath Singh", "the country where Esper met
# Singh", "the nation that hosted Esper on Monday", "the country Esper visited on Monday": a
# country described by what happened.
_DESCRIBED_COUNTRY = prefilter.compile(
    r"\bthe\s+(?:country|nation)\s+(?:(?P<rel>whose|where|that|which)\s+"
    # "the country Esper visited on Monday": "which country Esper visited on Monday?"
    r"|(?=(?:the\s+)?\w+(?:\s+\w+){0,3}\s+(?:visited|met|went\s+to|travell?ed\s+to|hosted)\b))",
    re.IGNORECASE,
)
# "the two countries whose defence chiefs met in Delhi": the countries of the two people
# who did it ("who met in Delhi?": Esper and Singh, so the U.S. and India).
_DESCRIBED_COUNTRY_PAIR = prefilter.compile(
    r"\bthe\s+(?:two|2)\s+(?:countries|nations|sides)\s+whose\s+", re.IGNORECASE
)
# "Which are the two countries whose…", "what were the two nations whose…": they are asked.
_WHICH_ARE = re.compile(r"\b(?:which|what|list|give)(?:\s+(?:are|were|me))?\s*$", re.IGNORECASE)
# The most words the people's noun may take: "whose | top defence officials | met".
_MAX_NOUN_WORDS = 3
# How each kind of description asks for its country.
_COUNTRY_ASKED = {
    "whose": "which country's {}?",
    "where": "in which country {}?",
    "that": "which country {}?",
    "which": "which country {}?",
}
# "Is Pompeo the person who met Singh?": a name put as the one who did it, which the yes-no
# answers by who did ("No. … Esper met …"), not "Is Pompeo Mark T. Esper?". ("Is this the 3rd
# 2+2 for the guy who…" puts the description after a small word, and is asked of him.)
_PUT_AS_THE_ONE = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:is|was|are|were|isn['’]?t|wasn['’]?t|aren['’]?t"
    r"|weren['’]?t)\s+[\w.'’ -]*?"
    r"(?<!\bfor)(?<!\bof)(?<!\bto)(?<!\bwith)(?<!\bby)(?<!\bthan)(?<!\bfrom)\s+$",
    re.IGNORECASE,
)
# The words a description's deed may not end on: "who went to Tokyo with" names no one yet.
_OPEN_ENDINGS = STOPWORDS | {"with", "at", "in", "to", "from", "of", "about", "for", "and"}
# The words that start the rest of the question after a description, where the deed ends:
# an adverb or time ("the man who met Singh | earlier this month", "| also meet Singh") or
# the main verb ("the official who recently visited Delhi | hold", "| say about China").
# Only there: "the man who held a press | conference…" would find Pompeo from half a deed,
# and "who went…" alone finds Esper of any trip.
_REST_STARTS = frozenset(
    "also ever really actually still first earlier later last this next before after on"
    " recently once then now say said hold held meet attend attended go travel do have"
    " take taken took visit agree want discuss sign call describe mention tell think"
    " represent participate participated reach".split()
)
# Where a deed's own setting may go on after it: "met | on Monday", "met | in New Delhi".
_SETTING_STARTS = frozenset({"on", "in", "at", "earlier", "last", "this", "during", "recently"})
# "Where is the man who met Singh | from?": a last small word that is the question's own.
_STRANDED = frozenset({"from", "of", "with", "to", "for", "about", "in", "at"})
# "Is the guy who…", "Was the man who…": a question whose rest may be a bare predicate.
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+$", re.IGNORECASE)
# "What did … | say?", "Where did … | go?": a question whose own verb comes after the subject.
_AUXILIARY = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would|can|could|should)\s+$", re.IGNORECASE
)
# "Is the country where the quad talks took place India?": the description is the subject,
# put against a name, which the yes-no answers itself ("No, Japan").
_COPULA_ALONE = re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:is|was)\s*$", re.IGNORECASE)
# Who-questions answer with these roles when they name the doer ("who met Singh?").
_DOER_ROLES = frozenset({"who", "with_whom"})
# "the Tokyo talks the Pentagon head went to", "the quad talks that Esper attended": a named
# event described again by who went to it, which adds nothing to ask of.
_EVENT_ATTENDED_BY = prefilter.compile(
    r"\b(?P<event>talks|meeting|meetings|summit|dialogue|conference)\s+(?:that\s+|which\s+)?"
    r"(?P<doer>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s+"
    r"(?:went\s+to|attended|took\s+part\s+in|participated\s+in|joined|was\s+at|sat\s+in\s+on)"
    r"(?=\s*[?.!,]*\s*$)",
    re.IGNORECASE,
)
# "tokyo countries", "countries at tokyo?", "countries tokyo": a bare keyword question of a
# place's countries, which are those of the event held there.
_PLACE_COUNTRIES = re.compile(
    r"^\s*(?:(?P<before>[\w .'’-]+?)\s+(?:countries|nations)"
    r"|(?:countries|nations)\s+(?:(?:in|at)\s+)?(?P<after>[\w .'’-]+?))\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The longest deed tried: descriptions are short ("who held a press conference at the
# State Dept"), and each try is one more who-question.
_MAX_DEED_WORDS = 10


class DescribedAnswers(EngineCore):
    @abc.abstractmethod
    def _answer(self, question: str, context: Context) -> Answer:
        """The whole reading and answering of one question."""

    def _described_answered(self, text: str, context: Context) -> Answer | None:
        """The question asked of the one person its description names: "Did the man who
        went to Tokyo with Pompeo also meet Singh?" is "Did Mark T. Esper also meet
        Singh?". None when it describes no one this way, or the article does not single
        out one person who did it."""
        held_there = self._place_countries_asked(text)
        if held_there is not None:
            answer = self._answer(held_there, context)
            return replace(answer, notes=("read the place as the event held there", *answer.notes))
        attended = self._event_attended_dropped(text)
        if attended is not None:
            answer = self._answer(attended, context)
            return replace(answer, notes=("read the event without who went to it", *answer.notes))
        for pattern, doers in (
            (_DESCRIBED_PERSON, self._one_doer),
            (_DESCRIBED_PAIR, self._two_doers),
        ):
            found = pattern.search(text)
            if found is None:
                continue
            if _ASKS_WHO_THEY_ARE.search(text[: found.start()]) is not None:
                return None
            if _PUT_AS_THE_ONE.match(text[: found.start()]) is not None:
                return None
            return self._asked_of_described(text, found, context, doers)
        pair = _DESCRIBED_COUNTRY_PAIR.search(text)
        if pair is not None and not self._pair_itself_asked(text[: pair.start()]):
            return self._asked_of_described(text, pair, context, self._countries_of_two)
        found = _DESCRIBED_COUNTRY.search(text)
        if found is None or _PUT_AS_THE_ONE.match(text[: found.start()]) is not None:
            return None
        if _COPULA_ALONE.match(text[: found.start()]) is not None:
            return None  # "Is the country where the quad talks took place India?": checked
        if _ASKS_WHO_THEY_ARE.search(text[: found.start()]) is not None:
            # "Name the country Esper visited": the country is what is asked, read as "which
            # country Esper visited" (India); not "name India?", which found the BECA.
            return None

        def country(deed: str, context: Context) -> tuple[str, ...] | None:
            asked = _COUNTRY_ASKED[(found["rel"] or "that").lower()].format(deed)
            one = self._one_country(asked, context)
            return (one,) if one is not None else None

        return self._asked_of_described(text, found, context, country)

    def _event_attended_dropped(self, text: str) -> str | None:
        """The question without the words that say again who went to an event it names:
        "Name the countries at the Tokyo talks the Pentagon head went to" is "Name the
        countries at the Tokyo talks". Only when the article has that person take part in
        it: "the Tokyo talks Singh went to" is left, as he did not."""
        found = _EVENT_ATTENDED_BY.search(text)
        if found is None:
            return None
        event = self._event_ending(text[: found.end("event")])
        doers = self._attendees_named(found["doer"])
        if event is None or not doers or not doers <= self._participants.get(event, frozenset()):
            return None
        return f"{text[: found.end('event')]}{text[found.end() :]}"

    def _place_countries_asked(self, text: str) -> str | None:
        """ "tokyo countries" → "which countries were at the quadripartite talks in
        Tokyo?": the one event the article holds at that place. None for a place of no
        event ("delhi countries": the meeting there is no named event) or of several."""
        found = _PLACE_COUNTRIES.match(text)
        if found is None:
            return None
        place = self.index.aliases.get(tuple(normalise(found["before"] or found["after"]).split()))
        events = self._events_held_at.get(place or "", ())
        if len(events) != 1:
            return None
        return f"which countries were at {self.factbase.entities[events[0]].name}?"

    @cached_property
    def _events_held_at(self) -> dict[str, tuple[str, ...]]:
        """The events each place is where of (Tokyo: the quadripartite talks), built once."""
        found: dict[str, list[str]] = {}
        for fact in self.factbase.facts.values():
            what, where = fact.roles.get("what"), fact.roles.get("where")
            if what is None or where is None:
                continue
            for place in where.entities:
                if self._kind(place) != "place":
                    continue
                for event in what.entities:
                    if self._kind(event) == "event" and event not in found.get(place, []):
                        found.setdefault(place, []).append(event)
        return {place: tuple(events) for place, events in found.items()}

    def _attendees_named(self, words: str) -> frozenset[str]:
        """The people the words name, when they name nothing else ("the Pentagon head":
        Esper; "esper and pompeo"); empty otherwise."""
        parsed = parse(words, self.index)
        linked = {link.entity for link in parsed.entities}
        covered = sum(link.end - link.start for link in parsed.entities if link.start >= 0)
        content = [w for w in parsed.words if w not in ("the", "that", "which", "and")]
        if covered < len(content) or any(self._kind(e) != "person" for e in linked):
            return frozenset()
        return frozenset(linked)

    def _event_ending(self, text: str) -> str | None:
        """The event whose name the text ends with ("…at the Tokyo talks": the quad
        talks), else None."""
        words = normalise(text).split()
        for size in range(min(self.index.alias_max_len, len(words)), 1, -1):
            entity = self.index.aliases.get(tuple(words[-size:]))
            if entity is not None and self._kind(entity) == "event":
                return entity
        return None

    @cached_property
    def _participants(self) -> dict[str, frozenset[str]]:
        """The people the article has take part in each event, as the doers of a fact
        whose what-role is that event (Esper and Pompeo at the Tokyo talks); built once."""
        found: dict[str, set[str]] = {}
        for fact in self.factbase.facts.values():
            what, who = fact.roles.get("what"), fact.roles.get("who")
            if what is None or who is None:
                continue
            for event in what.entities:
                if self._kind(event) == "event":
                    people = {m for e in who.entities for m in self.index.expand(e)}
                    found.setdefault(event, set()).update(people)
        return {event: frozenset(people) for event, people in found.items()}

    def _asked_of_described(
        self,
        text: str,
        found: re.Match[str],
        context: Context,
        resolve: Callable[[str, Context], tuple[str, ...] | None],
    ) -> Answer | None:
        """The question with the description `found` starts put as the one thing `resolve`
        finds for its deed, tried from the shortest deed that may end ("met Singh") on."""
        before, after = text[: found.start()], text[found.end() :]
        copula = _COPULA_BEFORE.search(before) is not None
        # "What did the two men who met on Monday | praise?": the verb is still to come.
        verb_to_come = _AUXILIARY.search(before) is not None
        words = after.split()
        for end in range(1, min(len(words), _MAX_DEED_WORDS) + 1):
            deed = " ".join(words[:end]).rstrip("?.!,")
            if not self._deed_may_end(words, end, copula, verb_to_come):
                continue
            meant = resolve(deed, context)
            if meant is None:
                continue
            end = self._setting_kept(words, end, meant, (copula, verb_to_come), context, resolve)
            deed = " ".join(words[:end]).rstrip("?.!,")
            name = joined([self.factbase.entities[e].name for e in meant])
            rest = " ".join(words[end:])
            asked = f"{before}{name} {rest}".strip()
            if not asked.endswith("?"):
                asked = f"{asked.rstrip('.!,')}?"
            answer = self._answer(asked, context)
            note = f"read '{found[0].strip()} {deed}' as {name}"
            return replace(answer, notes=(note, *answer.notes))
        return None

    def _setting_kept(
        self,
        words: list[str],
        end: int,
        meant: tuple[str, ...],
        frame: tuple[bool, bool],
        context: Context,
        resolve: Callable[[str, Context], tuple[str, ...] | None],
    ) -> int:
        """Where the deed ends once its own setting is kept with it: "the man the US
        defense secretary met | on Monday" is still Singh, so "on Monday" is the deed's, not
        the question's ("the title of Singh on Monday?" found nothing); "the man who met
        Singh | earlier this month" finds no one, so that time is the question's."""
        if end >= len(words) or normalise(words[end]) not in _SETTING_STARTS:
            return end
        longest = end
        for longer in range(end + 1, min(len(words), _MAX_DEED_WORDS) + 1):
            if not self._deed_may_end(words, longer, *frame):
                continue
            if resolve(" ".join(words[:longer]).rstrip("?.!,"), context) == meant:
                longest = longer
        return longest

    @staticmethod
    def _pair_itself_asked(before: str) -> bool:
        """ "Name the two countries whose…", "which are the two countries whose…", "Are the
        US and Japan the two countries whose…": the countries are what is asked or put."""
        return (
            _ASKS_WHO_THEY_ARE.search(before) is not None
            or _WHICH_ARE.search(before) is not None
            or _PUT_AS_THE_ONE.match(before) is not None
        )

    def _countries_of_two(self, said: str, context: Context) -> tuple[str, ...] | None:
        """The two countries of the two people who did what `said` tells after their
        noun ("defence chiefs | met in Delhi": Esper and Singh, the U.S. and India), else
        None."""
        words = said.split()
        for skip in range(1, min(_MAX_NOUN_WORDS, len(words) - 1) + 1):
            people = self._two_doers(" ".join(words[skip:]), context)
            if people is None:
                continue
            countries = [self._countries_it_is_in(person) for person in people]
            if all(len(c) == 1 for c in countries) and countries[0] != countries[1]:
                return (countries[0][0], countries[1][0])
        return None

    def _one_country(self, asked: str, context: Context) -> str | None:
        """The one country the answer to `asked` is in: "which country hosted Esper on
        Monday?" (New Delhi: India), "which country's defence minister is Rajnath Singh?"
        (Singh: India); None when it abstains or spans several."""
        answer = self._answer(asked, context)
        if answer.abstained or answer.text.lower().startswith("no"):
            return None
        countries = {
            country
            for entity in answer.context.answer_entities
            for country in self._countries_it_is_in(entity)
        }
        return countries.pop() if len(countries) == 1 else None

    def _countries_it_is_in(self, entity: str) -> tuple[str, ...]:
        """A country itself, or the countries a place or person belongs to."""
        if self._kind(entity) == "country":
            return (entity,)
        found = self.factbase.entities.get(entity)
        return tuple(e for e in found.part_of if self._kind(e) == "country") if found else ()

    def _deed_may_end(self, words: list[str], end: int, copula: bool, verb_to_come: bool) -> bool:
        """Whether a description may end after `end` words: where the rest of the question
        starts (see _REST_STARTS), not on a small word ("who spoke at"), nor inside a name
        ("who spoke at the State" of "the State Department")."""
        if end < len(words) and not self._rest_starts(words, end, copula):
            return False
        if end >= len(words) and verb_to_come:
            return False
        last = normalise(words[end - 1])
        if not last or last.split()[-1] in _OPEN_ENDINGS:
            return False
        if words[end - 1].rstrip().endswith((",", ";", ":")):
            return True
        folded = [normalise(w) for w in words]
        longest = self.index.alias_max_len
        for start in range(max(0, end - longest), end):
            for stop in range(end + 1, min(len(folded), start + longest) + 1):
                if tuple(" ".join(folded[start:stop]).split()) in self.index.aliases:
                    return False  # "State Dept" goes on past "State"
        return True

    @staticmethod
    def _rest_starts(words: list[str], end: int, copula: bool) -> bool:
        """Whether the rest of the question starts at `end`: "…State Department | about to
        travel", "Where is the man who met Singh | from?", and after "is"/"was" a predicate
        ("Is the guy who recently visited New Delhi | a deputy defense secretary?")."""
        first = normalise(words[end])
        if first in _REST_STARTS:
            return True
        if first == "about":
            return end + 1 < len(words) and normalise(words[end + 1]) == "to"
        if end + 1 == len(words) and first in _STRANDED:
            return True
        return copula and first in ("a", "an", "the", "from", "in", "at", "also")

    def _one_doer(self, deed: str, context: Context) -> tuple[str, ...] | None:
        """The one person who did the deed ("met Singh": Esper), else None."""
        return self._doers(deed, context, 1)

    def _two_doers(self, deed: str, context: Context) -> tuple[str, ...] | None:
        """The two people who did the deed ("met in New Delhi": Esper and Singh), else
        None."""
        return self._doers(deed, context, 2)

    def _doers(self, deed: str, context: Context, count: int) -> tuple[str, ...] | None:
        """The `count` people the article says did the deed. Those the deed itself names
        are not meant: "who visited Tokyo with Pompeo?" finds Esper and Pompeo, and the one
        who went with Pompeo is Esper."""
        who = self._answer(f"who {deed}?", context)
        if who.abstained or who.role not in _DOER_ROLES or who.text.lower().startswith("no"):
            return None
        named = self._people_named_in(deed)
        people = list(
            dict.fromkeys(
                e
                for e in who.context.answer_entities
                if self._kind(e) == "person" and e not in named
            )
        )
        return tuple(people) if len(people) == count else None

    def _people_named_in(self, deed: str) -> set[str]:
        """The people a deed names by an alias ("went to Tokyo with Pompeo": Pompeo)."""
        words = normalise(deed).split()
        longest = self.index.alias_max_len
        return {
            entity
            for start in range(len(words))
            for stop in range(start + 1, min(len(words), start + longest) + 1)
            if (entity := self.index.aliases.get(tuple(words[start:stop]))) is not None
            and self._kind(entity) == "person"
        }
