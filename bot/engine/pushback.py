"""A push-back on the last answer ("really? I read it was on Monday"), checked value by value.

The asker's value is compared only with the same kind of value in the last answer's fact: a
day or date with its date, a place with its place (New Delhi is in India), a count with its
count, a person with the person answered, a trend with its trend. Consistent → "Yes";
contradicted → "No"; anything the fact does not settle → None, and the message is read as
it was before push-backs were recognised (never a guess)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from bot.engine.index import term
from bot.engine.lexicon import MONTHS, NUMBER_WORDS, PACE, POLARITY, STOPWORDS, WEEKDAYS
from bot.engine.question import Parsed
from bot.factbase.model import Fact, Role
from bot.text import normalise


class Verdict(Enum):
    CONSISTENT = "consistent"
    CONTRADICTED = "contradicted"
    UNSETTLED = "unsettled"


# "Oct. 26", "October 26th" and "26 October" (normalised: "oct 26", "october 26th").
_MONTH_DAY = re.compile(r"\b([a-z]+) (\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\b")
_DIGITS = re.compile(r"^\d+$")
# A trend's first clause only: "heating up rapidly, while U.S.-China … deteriorating" is
# about U.S.-India ties heating up; the China ties after "while" are another subject.
_OTHER_CLAUSE = re.compile(r",?\s+(?:while|whereas|but|at a time when)\s+.*$", re.IGNORECASE)
# Words a paraphrase of an answer uses for the answer's own ("before the 2+2" for "ahead of").
_SAME_WORDS = {"before": "ahead", "prior": "ahead", "such": "", "his": "", "her": ""}
_PERSONS = ("person", "group")
_PLACES = ("place", "country")


@dataclass(frozen=True)
class Answered:
    """The last answer a push-back is checked against: its fact and the role answered."""

    fact: Fact
    role: Role | None

    @property
    def text(self) -> str:
        return self.role.answer if self.role is not None else self.fact.statement

    @property
    def main_clause(self) -> str:
        return _OTHER_CLAUSE.sub("", self.text)

    def role_named(self, name: str) -> Role | None:
        return self.fact.roles.get(name)


def month_days(text: str) -> set[tuple[str, int]]:
    """The month-and-day dates a text gives: "on Monday, Oct. 26" → {("october", 26)}."""
    words = normalise(text)
    found = {(MONTHS[m], int(d)) for m, d in _MONTH_DAY.findall(words) if m in MONTHS}
    found |= {(MONTHS[m], int(d)) for d, m in _DAY_MONTH.findall(words) if m in MONTHS}
    return found


def weekdays(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w in WEEKDAYS}


def counts(text: str) -> set[int]:
    """The counts a text gives ("three 2+2 dialogues" → {3}); "one" is left out, as in
    "one of the most significant relationships"."""
    values = set()
    for word in normalise(text).split():
        if word in NUMBER_WORDS and word != "one":
            values.add(NUMBER_WORDS[word])
        elif _DIGITS.match(word) and len(word) < 4:
            values.add(int(word))
    return values


def trend(text: str) -> set[tuple[str, int]]:
    """The direction and pace a text gives a trend: "deteriorating" → {("way", -1)},
    "warming fast" → {("way", 1), ("pace", 1)}."""
    words = normalise(text).split()
    return {("way", POLARITY[w]) for w in words if w in POLARITY} | {
        ("pace", PACE[w]) for w in words if w in PACE
    }


def _compared(claimed: set, stated: set) -> Verdict:  # type: ignore[type-arg]
    if not claimed or not stated:
        return Verdict.UNSETTLED
    return Verdict.CONSISTENT if claimed <= stated else Verdict.CONTRADICTED


def date_verdict(claim: str, answered: Answered) -> Verdict:
    """ "I read it was on Monday" / "October 26th" against the fact's date."""
    when = answered.role_named("when")
    stated_text = when.answer if when is not None else answered.fact.statement
    verdicts = [
        _compared(weekdays(claim), weekdays(stated_text)),
        _compared(month_days(claim), month_days(stated_text)),
    ]
    return _combined(verdicts)


def count_verdict(claim: str, answered: Answered) -> Verdict:
    """ "I read it was four" against the count answered (three 2+2 dialogues)."""
    how_many = answered.role_named("how_many")
    if how_many is None:
        return Verdict.UNSETTLED
    return _compared(counts(claim), counts(how_many.answer))


def trend_verdict(claim: str, answered: Answered) -> Verdict:
    """ "I read they were deteriorating" against "heating up rapidly" (the main clause)."""
    claimed, stated = trend(claim), trend(answered.main_clause)
    stated_aspects = {aspect for aspect, _ in stated}
    # "warming fast" against "heating up" (no pace given) is checked on its direction only.
    return _compared({c for c in claimed if c[0] in stated_aspects}, stated)


def _combined(verdicts: list[Verdict]) -> Verdict:
    if Verdict.CONTRADICTED in verdicts:
        return Verdict.CONTRADICTED
    if Verdict.CONSISTENT in verdicts:
        return Verdict.CONSISTENT
    return Verdict.UNSETTLED


def entity_verdict(
    claimed: list[str],
    answered: Answered,
    kind_of: Callable[[str], str],
    covers: Callable[[str, str], bool],
    identity_of: Callable[[str], str | None],
    within: Callable[[str], frozenset[str]] = lambda _: frozenset(),
) -> Verdict:
    """A person or place the asker names against the one answered: Singh for Singh, India
    for New Delhi (India covers it), "Pentagon chief" for Esper after "what is Esper's
    title?"; Pompeo for Singh, Tokyo for New Delhi contradict. A place the fact does not
    give ("Washington" for "at the State Department") settles nothing."""
    verdicts = []
    people = [e for e in claimed if kind_of(e) in _PERSONS]
    if len(people) > 1:
        # "I read Esper met Singh": a sentence, not another person for the one answered.
        claimed = [e for e in claimed if e not in people]
    for entity in claimed:
        kind = kind_of(entity)
        if kind in _PERSONS:
            if identity_of(entity) == answered.fact.id:
                # "What is Esper's title?" "I read he was Pentagon chief": Esper's own title.
                verdicts.append(Verdict.CONSISTENT)
            else:
                verdicts.append(_person_verdict(entity, answered, kind_of, covers))
        elif kind in _PLACES:
            verdicts.append(_place_verdict(entity, answered, kind_of, covers, within))
    return _combined(verdicts)


def _person_verdict(
    person: str,
    answered: Answered,
    kind_of: Callable[[str], str],
    covers: Callable[[str, str], bool],
) -> Verdict:
    role = answered.role
    if role is None or role.name not in ("who", "with_whom"):
        return Verdict.UNSETTLED
    people = [e for e in role.entities if kind_of(e) in _PERSONS]
    if not people:
        return Verdict.UNSETTLED
    if any(person == e or covers(e, person) or covers(person, e) for e in people):
        return Verdict.CONSISTENT
    return Verdict.CONTRADICTED


def negated(text: str) -> bool:
    """ "it didn't explicitly", "the statement does not mention China"."""
    return bool(re.search(r"\b(?:not|never|no)\b|n't\b", text.lower()))


def _place_verdict(
    place: str,
    answered: Answered,
    kind_of: Callable[[str], str],
    covers: Callable[[str, str], bool],
    within: Callable[[str], frozenset[str]],
) -> Verdict:
    # "When did they meet?" (Monday) "I read it was in New Delhi": still the fact's place.
    where = answered.role_named("where")
    if where is None:
        return Verdict.UNSETTLED
    places = [e for e in where.entities if kind_of(e) in _PLACES]
    if not places:
        return _body_place_verdict(place, where.entities, covers, within)
    if any(covers(place, e) for e in places):
        return Verdict.CONSISTENT  # India covers New Delhi
    if any(covers(e, place) for e in places):
        return Verdict.UNSETTLED  # narrower than the article says
    return Verdict.CONTRADICTED


def _body_place_verdict(
    place: str,
    bodies: tuple[str, ...],
    covers: Callable[[str, str], bool],
    within: Callable[[str], frozenset[str]],
) -> Verdict:
    """ "Where did Pompeo speak?" (at the State Department) "It was in New Delhi": a body
    is in the country it belongs to, so a place outside that country contradicts it; one
    inside it ("Washington", were it a city) or an unplaced body settles nothing."""
    verdicts = []
    for body in bodies:
        if covers(place, body):
            verdicts.append(Verdict.CONSISTENT)  # "in the US": the State Department is
        elif within(body) and within(body).isdisjoint({place, *within(place)}):
            verdicts.append(Verdict.CONTRADICTED)
        else:
            verdicts.append(Verdict.UNSETTLED)
    return _combined(verdicts)


def leftover_terms(parsed: Parsed) -> list[str]:
    """The claim's words no checked value accounts for ("deteriorating" in "they were
    deteriorating" is a trend; "interesting" in "it was interesting" is left over)."""
    return [
        word
        for word in parsed.terms
        if word not in STOPWORDS
        and word not in _VALUE_TERMS
        and not re.fullmatch(r"\d+(?:st|nd|rd|th)?", word)
    ]


# The terms of words checked as values: days, months, counts, trends and their pace.
_VALUE_TERMS = frozenset(
    term(w) for w in (*WEEKDAYS, *MONTHS, *NUMBER_WORDS, *POLARITY, *PACE)
) | frozenset((*WEEKDAYS, *MONTHS, *NUMBER_WORDS, *POLARITY, *PACE))


def said_by_answer(words: list[str], answered: Answered) -> bool:
    """Every word left is the answer's own (main clause), or a paraphrase of it: "before
    the 2+2" for "ahead of the 2+2 Dialogue", "three such dialogues"."""
    said = {term(w) for w in normalise(answered.main_clause).split()}
    said |= {term(w) for w in normalise(answered.fact.statement).split()}
    for word in words:
        same = _SAME_WORDS.get(word, word)
        if same and term(same) not in said and same not in said:
            return False
    return True
