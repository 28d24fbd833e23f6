"""How often the article uses a name or word: "How many times is China mentioned?" (5, in
¶6 and ¶7), "how many paragraphs mention Pompeo?" (2), "how often does the name Esper
appear?" (5). Counted from the words of the article as written (the paragraph tables built
with the index), so the answer says which word it counted and where: a count of the word,
never of the pronouns or descriptions that may also stand for someone."""

from __future__ import annotations

import abc
import re
from dataclasses import dataclass, replace

from bot.engine import prefilter
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.lexicon import STOPWORDS
from bot.engine.paragraphs import Place
from bot.engine.phrases import joined
from bot.engine.question import Parsed, parse
from bot.factbase.model import Fact
from bot.text import normalise, tokens

__all__ = ["MentionCounts"]

_PIECE = r"(?:the |this )?(?:article|story|text|piece|report|news|write ?up)"
_MENTIONED = (
    r"(?:mentioned|named|cited|referred to|referenced|used|brought up|written|said"
    r"|appear|appears|occur|occurs|come up|comes up|show up|shows up|get mentioned"
    r"|gets mentioned|get named|gets named)"
)


def _subject(name: str) -> str:
    """The words counted, under a group name of their own in each alternative."""
    return rf"(?P<{name}>[a-z0-9][a-z0-9 '\-]{{0,40}}?)"


_WHERE = rf"(?: (?:in|throughout|across) {_PIECE})?"
# "How many times is China mentioned?", "how often does the name Esper appear?", "how many
# times does the article mention New Delhi?", "how many mentions of Australia are there?"
# (normalised text). The count asked of a deed ("how many times has he been to India?") is
# no count of words, and is left to the facts.
TIMES_MENTIONED = prefilter.compile(
    r"^(?:and |so )?(?:how many times|how often)"
    rf" (?:is|was|are|were|does|did|has|have) {_subject('w1')}(?: been)? {_MENTIONED}{_WHERE}$"
    rf"|^(?:and |so )?(?:how many times|how often) (?:does|did) {_PIECE}"
    rf" (?:mention|name|use|cite|refer to|reference|bring up) {_subject('w2')}$"
    rf"|^(?:and |so )?how many mentions (?:of|for) {_subject('w3')}"
    rf"(?: are there| is there| does it get| do they get)?{_WHERE}$"
    rf"|^(?:and |so )?how many mentions (?:does|did) {_subject('w4')} get{_WHERE}$"
)
# "Is Japan mentioned? How many times?", "does the article mention Australia, and how
# often?": both asked in one message, answered Yes with the count.
MENTIONED_AND_TIMES = prefilter.compile(
    rf"^(?:is|was|are|were|does|did) {_subject('w10')} (?:get )?(?:mentioned|named|appear)"
    rf"{_WHERE}(?: and| if so| if yes| and if so)? (?:how many times|how often)$"
    rf"|^(?:does|did) {_PIECE} (?:mention|name) {_subject('w11')}"
    r"(?: and| if so| if yes| and if so)? (?:how many times|how often)$"
)
_PARAGRAPHS = r"(?:paragraphs|paras|grafs|paragraph|para)"
# "How many paragraphs mention China?", "in how many paragraphs is Pompeo named?", "how many
# paragraphs does Esper appear in?"
PARAGRAPHS_MENTIONING = prefilter.compile(
    rf"^(?:and |so )?how many {_PARAGRAPHS}(?: of {_PIECE})?"
    r" (?:mention|name|cite|refer to|reference|contain|include|talk about|bring up)"
    rf" {_subject('w5')}$"
    rf"|^(?:and |so )?in how many {_PARAGRAPHS}(?: of {_PIECE})?"
    rf" (?:is|was|are|were|does|did) {_subject('w6')} {_MENTIONED}$"
    rf"|^(?:and |so )?how many {_PARAGRAPHS}(?: of {_PIECE})? (?:is|was|are|were|does|did)"
    rf" {_subject('w7')} (?:mentioned|named|cited|appear|appears|found|used) in$"
)
# After a count of mentions: "In how many paragraphs?", "and how many times?" ask the other
# count of the same word.
PARAGRAPHS_AGAIN = re.compile(
    rf"^(?:and |so )?(?:in )?how many {_PARAGRAPHS}(?: (?:is|was|are) (?:it|that|they|he|she))?"
    r"(?: in)?$"
)
TIMES_AGAIN = re.compile(r"^(?:and |so )?(?:how many times|how often)(?: in all| in total)?$")
# A yes-or-no question about whether the article names something, which "how many times?"
# goes on to count: "Is Japan mentioned?" "How many times?"
MENTION_CLAIMED = re.compile(
    rf"^(?:is|was|are|were|does|did) {_subject('w8')} (?:get )?(?:mentioned|named|appear)"
    rf"(?: (?:in|anywhere in) {_PIECE})?$"
    rf"|^(?:does|did) {_PIECE} (?:mention|name) {_subject('w9')}$"
)
# Words that say which word is counted, not part of it: "the name Esper", "the word China".
_LEAD_WORDS = frozenset({"the", "name", "names", "word", "words", "term", "country", "a", "an"})
_PRONOUNS = {"he": "person", "him": "person", "she": "person", "her": "person", "it": "thing"}
_COUNT_WORDS = {1: "once", 2: "twice"}


@dataclass(frozen=True, slots=True)
class _Counted:
    """Where the article uses a phrase: how often in each paragraph (0 is the headline)."""

    shown: str  # the phrase as the answer names it
    phrase: tuple[str, ...]  # its words as the paragraph tables hold them
    per_place: dict[Place, int]

    @property
    def total(self) -> int:
        return sum(self.per_place.values())

    @property
    def body(self) -> list[Place]:
        """The paragraphs after the headline that use it, in the article's order."""
        return sorted(p for p in self.per_place if p[1] != 0)


# "cooperation between the two militaries - is that the statement's wording or the
# headline's?", "is the phrase information sharing from the headline or the body?": which of
# two places some words stand in, one of them the headline.
_PLACE = r"(?:statement|headline|title|body|article|text|story)"
_PLACE_WORDING = r"(?: s)?(?: own)?(?: (?:wording|words|phrase|phrasing|language))?"
# The leading connectives are taken possessively (never given back to the phrase), so a
# long run of "so so so…" costs one pass, not one per way of splitting it.
_HEADLINE_OR_OTHER = re.compile(
    r"^(?:(?:so|and|but|ok) )*+(?:is |was |does |did )?"
    r"(?:the (?:phrase|words?|wording|term|expression) )?"
    r"(?P<phrase>[a-z0-9][a-z0-9 \-]+?) (?:(?:that|this|it|those|these) )?"
    r"(?:(?:is|are|was|were|come|comes|came) )?(?:(?:from|in|of|part of) )?(?:the )?"
    rf"(?P<first>{_PLACE}){_PLACE_WORDING} or (?:(?:from|in|of) )?(?:the )?"
    rf"(?P<second>{_PLACE}){_PLACE_WORDING}$"
)
_HEADLINE_WORDS = frozenset({"headline", "title"})
# A sentence the article gives as the statement's: "…, the U.S. Defense Department said in a
# statement", "In a statement, the U.S. Department of Defense said…", "The DOD statement also
# said…"; not "the statement does not explicitly mention China", the writer's own.
_STATEMENT_SAID = re.compile(
    r"\bsaid in a statement\b|\bin a statement\b(?: \w+){0,8} said\b|\bstatement (?:also )?said\b"
)


class MentionCounts(EngineCore):
    @abc.abstractmethod
    def _pronoun_entities(self, pronouns: set[str], context: Context) -> list[str]:
        """Whom or what "he" or "it" stands for in the conversation."""

    def _mentions_counted(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "How many times is China mentioned?" → 5, with where; "how many paragraphs
        mention Pompeo?" → 2; "in how many paragraphs?" after a count, the other count of the
        same word. None when the question is no such count, or the article never uses the
        word (the usual reading then says it doesn't mention it)."""
        said = normalise(text)
        asked = self._mention_count_asked(said, context)
        if asked is None:
            return None
        what, paragraphs = asked
        confirmed = MENTIONED_AND_TIMES.match(said) is not None
        counted = self._counted(what, text, context)
        if counted is None or not counted.total:
            return None
        fact = self._first_fact_using(counted)
        if fact is None:
            return None
        # Named as the article writes it ("New Delhi", "U.S."), however it was typed.
        counted = replace(counted, shown=_as_typed(counted.phrase, fact.quote.text, counted.shown))
        answer = self._direct(
            text=("Yes. " if confirmed else "")
            + (_paragraphs_text(counted) if paragraphs else _times_text(counted)),
            facts=[fact],
            confidence=0.9,
            parsed=parse(what, self.index),
            context=context,
            notes=[*notes, f"counted “{counted.shown}” as the article writes it"],
        )
        # Kept for "in how many paragraphs?" next, which counts the same word.
        remembered = f"how many times is {normalise(counted.shown)} mentioned"
        return replace(answer, context=replace(answer.context, asked=remembered))

    def _mention_count_asked(self, said: str, context: Context) -> tuple[str, bool] | None:
        """What is counted, and whether in paragraphs (else in times), or None."""
        times = TIMES_MENTIONED.match(said)
        if times is not None:
            return _what(times), False
        both = MENTIONED_AND_TIMES.match(said)
        if both is not None:
            return _what(both), False
        paragraphs = PARAGRAPHS_MENTIONING.match(said)
        if paragraphs is not None:
            return _what(paragraphs), True
        earlier = TIMES_MENTIONED.match(context.asked or "")
        if earlier is not None and PARAGRAPHS_AGAIN.match(said):
            return _what(
                earlier
            ), True  # "How many times is China mentioned?" "In how many paragraphs?"
        if earlier is not None and TIMES_AGAIN.match(said):
            return _what(earlier), False
        claimed = MENTION_CLAIMED.match(normalise(context.question or ""))
        if claimed is not None and TIMES_AGAIN.match(said):
            return _what(claimed), False  # "Is Japan mentioned?" "How many times?"
        return None

    def _counted(self, what: str, typed: str, context: Context) -> _Counted | None:
        """The phrase counted and where it is: the words asked ("New Delhi"), or for "he",
        "it", the name of whom the conversation is about ("Pompeo")."""
        words = what.split()
        while words and words[0] in _LEAD_WORDS:
            words = words[1:]
        if len(words) == 1 and words[0] in _PRONOUNS:
            return self._name_counted(_PRONOUNS[words[0]], context)
        phrase = tuple(tokens(" ".join(words)))
        if not phrase or all(w in STOPWORDS for w in phrase):
            return None
        uses = self._uses(phrase)
        person = self._person_named(" ".join(words))
        if person is not None:
            surname = tuple(tokens(self.factbase.entities[person].name.split()[-1]))
            if not uses or _holds(phrase, surname):
                # "How many times is Mark Esper mentioned?", "…Rajnath Singh…": every
                # mention by surname, not only those as typed ("Rajnath Singh" is once).
                return self._surname_counted(person)
        return _Counted(_as_typed(phrase, typed), phrase, uses)

    def _person_named(self, words: str) -> str | None:
        """The one person the words name, if they name one."""
        people = {
            link.entity
            for link in parse(words, self.index).entities
            if self._kind(link.entity) == "person"
        }
        return people.pop() if len(people) == 1 else None

    def _name_counted(self, pronoun: str, context: Context) -> _Counted | None:
        """The name counted for whom "he" or "it" stands: a person's surname ("Pompeo"), a
        thing's shortest name when every other name the article uses holds it; else None."""
        kinds = ("person",) if pronoun == "person" else ("organisation", "agreement", "event")
        about = [e for e in self._pronoun_entities({pronoun}, context) if self._kind(e) in kinds]
        if not about:
            return None
        entity = self.factbase.entities[about[0]]
        if entity.kind == "person":
            return self._surname_counted(entity.id)
        found = [
            _Counted(alias, phrase, uses)
            for alias in (entity.name, *entity.aliases)
            if (phrase := tuple(tokens(alias))) and (uses := self._uses(phrase))
        ]
        if not found:
            return None
        shortest = min(found, key=lambda c: len(c.phrase))
        if not all(_holds(c.phrase, shortest.phrase) for c in found):
            # "What is the BECA?" "How many times is it mentioned?": named by words that
            # share no one name ("Basic Exchange and Cooperation Agreement", "basic
            # agreement"), so no count of one word is a count of its mentions.
            return None
        return shortest

    def _surname_counted(self, person: str) -> _Counted | None:
        """A person counted by surname, as the article always names people ("Rajnath Singh",
        "Singh"); their titles alone ("Defense Minister") stand before the name, not for it."""
        surname = self.factbase.entities[person].name.split()[-1]
        phrase = tuple(tokens(surname))
        uses = self._uses(phrase)
        return _Counted(surname, phrase, uses) if uses else None

    def _headline_or_other_wording(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Cooperation between the two militaries - the statement's wording or the
        headline's?": where the article's words stand, read from the paragraph tables; None
        when the words are not the article's, for the usual reading."""
        found = _HEADLINE_OR_OTHER.match(parsed.text)
        if found is None or len({found["first"], found["second"]} & _HEADLINE_WORDS) != 1:
            return None
        phrase = tuple(tokens(found["phrase"]))
        uses = self._uses(phrase) if phrase and not set(phrase) <= STOPWORDS else {}
        body = {place: count for place, count in uses.items() if place[1] != 0}
        fact = self._first_fact_using(_Counted(found["phrase"], phrase, body or uses))
        if fact is None:
            return None
        other = found["second"] if found["first"] in _HEADLINE_WORDS else found["first"]
        shown = f"“{_as_typed(phrase, fact.quote.text, found['phrase'])}”"  # the article's case
        text = self._whose_wording(shown, fact, other, in_headline=len(body) < len(uses))
        if not body:
            text = f"The headline's: {shown} stands in the headline, not in the body."
        return self._direct(
            text=text, facts=[fact], confidence=0.9, parsed=parsed, context=context, notes=notes
        )

    def _whose_wording(self, shown: str, fact: Fact, other: str, *, in_headline: bool) -> str:
        """Where words of the body stand: the statement's when the article gives their
        sentence as the statement's, else the paragraph's ("Not the headline's: …¶6")."""
        where = f"¶{fact.quote.paragraph}"
        said = self.index.sayers.get(fact.id)
        stated = any(
            _STATEMENT_SAID.search(normalise(f.quote.text)) for f in (fact, said) if f is not None
        )
        if in_headline:
            return f"Both: the headline and {where} use {shown}."
        if other == "statement" and stated:
            return f"The statement's, as {where} reports it; the headline doesn't use {shown}."
        return f"Not the headline's: {shown} stands in {where}, not in the headline."

    def _uses(self, phrase: tuple[str, ...]) -> dict[Place, int]:
        """How often each paragraph's words hold the phrase; only the paragraphs having its
        first word are read."""
        paragraphs = self.index.paragraphs
        size = len(phrase)
        found: dict[Place, int] = {}
        for place in paragraphs.with_phrase(phrase):
            words = paragraphs.words[place]
            found[place] = sum(words[i : i + size] == phrase for i in range(len(words) - size + 1))
        return found

    def _first_fact_using(self, counted: _Counted) -> Fact | None:
        """The first fact, in the article's order, whose quote uses the phrase: the answer's
        quote."""
        phrase = counted.phrase
        size = len(phrase)
        for place in sorted(counted.per_place):
            for fact_id in self.index.paragraphs.facts.get(place, ()):
                fact = self.factbase.facts[fact_id]
                words = tokens(fact.quote.text)
                if any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1)):
                    return fact
        return None


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether the words hold the part, in order and together."""
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def _what(found: re.Match[str]) -> str:
    """The words a pattern's alternative took as what is counted."""
    return next(v for v in found.groupdict().values() if v)


def _times(count: int) -> str:
    return _COUNT_WORDS.get(count, f"{count} times")


def _where(counted: _Counted) -> str:
    """ "¶6 (3 times) and ¶7 (twice)", with the headline first if it has it."""
    places = sorted(counted.per_place)
    parts = [
        ("the headline" if p[1] == 0 else f"¶{p[1]}")
        + (f" ({_times(counted.per_place[p])})" if counted.per_place[p] > 1 < len(places) else "")
        for p in places
    ]
    return joined(parts)


def _times_text(counted: _Counted) -> str:
    """ "5 times: “China” is in ¶6 (3 times) and ¶7 (twice)"."""
    total = _times(counted.total)
    return f"{total[:1].upper()}{total[1:]}: “{counted.shown}” is in {_where(counted)}."


def _paragraphs_text(counted: _Counted) -> str:
    """ "2 paragraphs: ¶6 and ¶7 (“China” 5 times in all)"; the headline is no paragraph."""
    body = counted.body
    number = f"{len(body)} paragraph{'s' if len(body) != 1 else ''}"
    listed = joined([f"¶{p[1]}" for p in body])
    headline = ", and the headline" if any(p[1] == 0 for p in counted.per_place) else ""
    return f"{number}: {listed}{headline} (“{counted.shown}” {_times(counted.total)} in all)."


def _as_typed(phrase: tuple[str, ...], text: str, otherwise: str | None = None) -> str:
    """The words as the question wrote them ("New Delhi", "U.S.", "2+2"), not as compared
    ("new delhi", "usa", "2plus2"); `otherwise`, or the compared form, if the words do not
    hold it."""
    chunks = [chunk.strip("?!,;:'\"“”‘’()") for chunk in text.split()]
    for start in range(len(chunks)):
        for end in range(start + 1, min(start + len(phrase), len(chunks)) + 1):
            typed = " ".join(chunks[start:end])
            if tuple(tokens(typed)) == phrase:
                # "Australia." ends a sentence; "U.S." keeps its stop.
                unstopped = typed.removesuffix(".")
                return unstopped if tuple(tokens(unstopped)) == phrase else typed
    return otherwise or " ".join(phrase)
