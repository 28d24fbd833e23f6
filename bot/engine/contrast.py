"""Yes/no questions that put a value on something: "Was the meeting on a Friday?", "Have
they held five 2+2 dialogues?", "Are U.S.-China relations improving?". When the article gives
the value (Monday, three, deteriorating), the answer is yes if the two agree and no if not;
when it gives none, nothing is decided here."""

from __future__ import annotations

from collections.abc import Iterator

from bot.engine import prefilter
from bot.engine.lexicon import MONTHS, NUMBER_WORDS, PACE, POLARITY, STOPWORDS, WEEKDAYS
from bot.factbase.model import Fact
from bot.text import normalise, stem

__all__ = [
    "asks_since_or_until",
    "contrast_words",
    "day_words",
    "pace_verdict",
    "trend_text",
    "verdict",
]

# "may" and "march" are verbs far more often than months in a question.
_MONTH_WORDS = frozenset(MONTHS) - {"may", "mar", "march"}
# They are months after a word that dates: "were the Tokyo talks in May?" (read as a verb,
# "may" was dropped and the bare "were the Tokyo talks…?" got Yes), "since early March".
_VERB_MONTHS = frozenset({"may", "march"})
_DATING_WORDS = frozenset({"in", "early", "late", "mid", "last", "during"})
# A date after these bounds a span rather than dating the event: "did the talks happen since
# March?" is not "in March" (October is since March), so the month is no value to compare.
_RANGE_WORDS = frozenset({"since", "until", "till", "til", "before", "after"})
# The range words that leave the span open on one side, which no order of events settles.
_OPEN_SPAN_WORDS = frozenset({"since", "until", "till", "til"})
# Words between the range word and the date: "since early March", "until the 27th".
_DATE_MODIFIERS = frozenset({"early", "late", "mid", "the", "last"})


# "the 20th century": an ordinal written in digits (normalise spells out only 1st to 3rd).
_ORDINAL = prefilter.compile(r"^\d+(?:st|nd|rd|th)$")


# A time the article gives only by its own date: "earlier this month".
_THIS_MONTH = prefilter.compile(r"\bthis month\b")

_BOUNDS = frozenset({"than", "least", "most", "over", "under", "about", "around", "nearly"})
_ONE_AS_PRONOUN = frozenset(
    {"this", "that", "which", "each", "every", "another", "any", "the", "no", "last", "next"}
)
# "Was the relationship described as one between the two largest democracies?": "one"
# standing for the noun before it (a relationship), with what says which one after it.
_AFTER_PRONOUN_ONE = frozenset({"between", "that", "which", "where", "whose", "among", "amongst"})


def contrast_words(words: list[str]) -> Iterator[str]:
    """The words of a question that name a day, a month, a number or a trend."""
    dated = any(w in MONTHS for w in words)
    for at, word in enumerate(words):
        if word in NUMBER_WORDS and words[at + 1 : at + 2] == ["of"]:
            continue  # "one of the areas" is no count
        if word in NUMBER_WORDS and words[max(0, at - 1) : at] and words[at - 1] in _BOUNDS:
            continue  # "more than two", "at least three": a bound, not a count to match
        if word == "one" and words[max(0, at - 1) : at] and words[at - 1] in _ONE_AS_PRONOUN:
            continue  # "before this one", "which one": no count
        if _names_the_ranked(words, at):
            continue  # "the two largest democracies" names them, as "the two countries" does
        if word == "one" and words[at + 1 : at + 2] and words[at + 1] in _AFTER_PRONOUN_ONE:
            continue  # "is it one between the two largest democracies?": no count
        if word == "one" and words[at + 1 : at + 2] == ["another"]:
            continue  # "did they praise one another?": each other, no count
        if _bounds_a_span(words, at):
            continue  # "since March", "until Oct. 27": a span, not the event's date
        if (
            word in WEEKDAYS
            or word in _MONTH_WORDS
            or _dated_verb_month(words, at)
            or word in NUMBER_WORDS
            or word in POLARITY
            or _ORDINAL.match(word)
            or (dated and _day_of_month(word) is not None)
        ):
            yield word


def _dated_verb_month(words: list[str], at: int) -> bool:
    """ "in May", "early March": a month that is also a verb, read as the month."""
    return words[at] in _VERB_MONTHS and at > 0 and words[at - 1] in _DATING_WORDS


def _bounds_a_span(words: list[str], at: int, bounds: frozenset[str] = _RANGE_WORDS) -> bool:
    """Whether the day or month at `at` follows one of `bounds` ("since early March", "until
    May", "before Oct. 27"), past any modifier: it bounds a span the event may fall in."""
    if not (words[at] in WEEKDAYS or words[at] in MONTHS or _day_of_month(words[at])):
        return False
    before = at - 1
    while before >= 0 and (words[before] in _DATE_MODIFIERS or words[before] in MONTHS):
        before -= 1  # "until Oct. 27": past the month to "until"
    return before >= 0 and words[before] in bounds


def asks_since_or_until(words: list[str]) -> bool:
    """Whether a question dates its event by an open span ("were the Tokyo talks held until
    May?", "since March?"): a yes or no to the event alone says nothing of the span."""
    return any(_bounds_a_span(words, at, _OPEN_SPAN_WORDS) for at in range(len(words)))


_SUPERLATIVES = frozenset({"largest", "biggest", "oldest", "greatest", "strongest", "closest"})


def _names_the_ranked(words: list[str], at: int) -> bool:
    """ "Is the relationship between the (world's) two largest democracies?": "the two"
    before a superlative names a pair, it counts nothing the article could give another
    count of."""
    return (
        words[at] in NUMBER_WORDS
        and words[max(0, at - 1) : at] in (["the"], ["world"], ["worlds"])
        and words[at + 1 : at + 2] != []
        and words[at + 1] in _SUPERLATIVES
    )


_DAY = prefilter.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


def day_words(words: list[str]) -> list[str]:
    """The words of a question that name a day or a month ("Monday", "Oct.", "26")."""
    return [
        w
        for w in contrast_words(words)
        if w in WEEKDAYS
        or w in _MONTH_WORDS
        or w in _VERB_MONTHS
        or (_day_of_month(w) is not None and w.isdigit())
    ]


def _day_of_month(word: str) -> int | None:
    """27 for "27" in "on Oct. 27" or "27th": a day of a month the question names."""
    match = _DAY.match(word)
    return int(match.group(1)) if match and 1 <= int(match.group(1)) <= 31 else None


def verdict(
    word: str, fact: Fact, counted: frozenset[str] | None = None, dated: str = ""
) -> bool | None:
    """Whether the fact agrees with the value the question's word puts on it (True),
    contradicts it (False), or gives no value of that kind to compare (None). `counted`: the
    stems of what a number counts in the question ("dialogu" in "two dialogues"); `dated`:
    the article's own date, the month its "this month" means."""
    if word in WEEKDAYS or word in _MONTH_WORDS or word in _VERB_MONTHS:
        return _when_verdict(word, fact, dated)
    if word in NUMBER_WORDS:
        return _count_verdict(word, fact, counted)
    day = _day_of_month(word)
    if day is not None:
        said = _day_verdict(day, fact)
        if said is not None or not _ORDINAL.match(word):
            return said
    if _ORDINAL.match(word):
        return _ordinal_verdict(word, fact)
    return _trend_verdict(word, fact)


def _day_verdict(day: int, fact: Fact) -> bool | None:
    """ "On Oct. 27?": the day of the month the fact's "when" gives, if it gives one."""
    role = fact.roles.get("when")
    said = normalise(role.answer).split() if role is not None else []
    days = {d for w in said if (d := _day_of_month(w)) is not None}
    return (day in days) if days else None


def _ordinal_verdict(word: str, fact: Fact) -> bool | None:
    words = normalise(f"{fact.statement} {fact.quote.text}").split()
    said = {w for w in words if _ORDINAL.match(w)}
    return (word in said) if said else None


def _when_verdict(word: str, fact: Fact, dated: str = "") -> bool | None:
    role = fact.roles.get("when")
    if role is None:
        return None
    said = normalise(role.answer).split()
    if word in WEEKDAYS:
        days = WEEKDAYS.intersection(said)
        return (word in days) if days else None
    months = {MONTHS[w] for w in said if w in _MONTH_WORDS}
    if not months and _THIS_MONTH.search(" ".join(said)):
        # "Earlier this month": the month the article is dated in ("Monday (Oct. 26)").
        months = {MONTHS[w] for w in normalise(dated).split() if w in _MONTH_WORDS}
    return (MONTHS[word] in months) if months else None


def _count_verdict(word: str, fact: Fact, counted: frozenset[str] | None = None) -> bool | None:
    role = fact.roles.get("how_many")
    if role is None:
        return None
    first = normalise(role.answer).split()[:1]
    if not first or first[0] not in NUMBER_WORDS:
        return None
    said = normalise(f"{fact.statement} {fact.quote.text}").split()
    if NUMBER_WORDS[first[0]] == NUMBER_WORDS[word]:
        if counted is None:
            return True
        # "Three areas" is no count of countries: the same number of something else.
        counts = [w for w in normalise(role.answer).split()[1:2] if w not in NUMBER_WORDS]
        counts += [
            next((w for w in said[i + 1 :] if w != "2plus2"), "")
            for i, w in enumerate(said)
            if w == word
        ]
        return True if any(stem(c) in counted for c in counts if c) else None
    # "Did the two countries hold three dialogues?": a number the fact uses for something
    # else ("the two countries") is not the count being checked; but "two dialogues?" is
    # checked when the fact's "two" counts something else.
    if counted is None:
        return None if word in said else False
    uses = [said[i + 1] for i, w in enumerate(said[:-1]) if w == word]
    if any(stem(u) in counted for u in uses):
        return None
    # "Have there been two meetings for Esper?": the Tokyo talks' "four countries" count
    # countries, no meetings, so they say nothing of how many meetings there were.
    own = _counted_nouns(role.answer, said)
    return None if own and not any(stem(n) in counted for n in own) else False


# Words between a fact's number and what it counts: "three such dialogues", "three 2+2s".
_COUNT_SKIPPED = frozenset({"2plus2", "such", "of", "these", "those", "the"})


def _counted_nouns(answer: str, said: list[str]) -> list[str]:
    """What the fact's own count counts: the noun after its number ("Four countries",
    "three such dialogues"); none when its answer is a bare number or a clause ("Two: this
    is the second time…")."""
    words = normalise(answer).split()
    if len(words) < 2 or words[0] not in NUMBER_WORDS or words[1] in STOPWORDS:
        return []
    number = words[0]
    nouns = [words[1]]
    for i, w in enumerate(said):
        if w == number:
            after = [x for x in said[i + 1 : i + 4] if x not in _COUNT_SKIPPED]
            nouns += after[:1]
    return [n for n in nouns if n not in STOPWORDS and n not in NUMBER_WORDS]


def trend_text(fact: Fact) -> str:
    """What the fact says is happening: its "what" answer, else its statement."""
    role = fact.roles.get("what")
    return role.answer if role is not None else fact.statement


def _trend_verdict(word: str, fact: Fact) -> bool | None:
    text = trend_text(fact)
    signs = {POLARITY[w] for w in normalise(text).split() if w in POLARITY}
    if len(signs) != 1:
        return None  # no trend, or both ("heating up while others cool"): nothing to compare
    return POLARITY[word] in signs


def pace_verdict(words: list[str], fact: Fact) -> bool | None:
    """ "Deteriorating slowly?" of "deteriorating sharply": whether the pace the question's
    words put on a trend is the one the fact gives it (None when either gives none, or the
    question gives two)."""
    asked = {PACE[w] for w in words if w in PACE}
    said = {PACE[w] for w in normalise(trend_text(fact)).split() if w in PACE}
    if len(asked) != 1 or len(said) != 1:
        return None
    return asked == said
