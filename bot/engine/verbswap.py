"""Claims that put one of the article's verbs of growth on another of its objects: "Did they
agree to deepen information sharing?" of "deepening cooperation …, including expanding
information sharing". A bare "Yes" would endorse the swapped verb; the article's own pairing
is said instead ("The article says expanding information sharing, not deepening it.")."""

from __future__ import annotations

from bot.engine.index import term
from bot.engine.lexicon import STOPWORDS
from bot.text import normalise, stem

__all__ = ["verb_swapped"]

# Verbs of making something grow, as the article pairs them with what grows, by the way it
# grows: in depth (deepening cooperation, enhancing secure communications, strengthening
# mutual engagement), in extent (expanding information sharing; "expansion" is the noun of
# "expand"), or in rank (prioritizing defense trade). Verbs of one way stand for each other:
# "bolster cooperation" is what "deepening cooperation" says.
_GROWTH_VERBS = {
    **{term(w): "depth" for w in "deepen strengthen enhance".split()},
    **{term(w): "extent" for w in "expand expansion".split()},
    term("prioritize"): "rank",
}

# Short forms people type for the article's objects: "deepen info sharing".
_OBJECT_SPELLED = {"info": "information", "comms": "communications"}

# Words that may stand between a verb and what it acts on: "expand the information sharing".
_BEFORE_OBJECT = frozenset("the their its of a more further".split())

# At most this many words name what a verb acts on ("secure communications capabilities").
_OBJECT_WORDS = 3


def _growth_verb(word: str) -> str | None:
    return _GROWTH_VERBS.get(term(word))


def _object_at(words: list[str], at: int) -> tuple[int, int]:
    """The span of the words a verb at `at` acts on: past a determiner, up to a stop word,
    another verb of growth, or _OBJECT_WORDS words."""
    start = at + 1
    while start < len(words) and words[start] in _BEFORE_OBJECT:
        start += 1
    end = start
    while (
        end < len(words)
        and end - start < _OBJECT_WORDS
        and words[end] not in STOPWORDS
        and _growth_verb(words[end]) is None
    ):
        end += 1
    return start, end


def _object_term(word: str) -> str:
    return term(_OBJECT_SPELLED.get(word, word))


def _growth_noun(word: str) -> bool:
    """ "enhancements", "expansion": the noun of a verb of growth."""
    return word.endswith(("ment", "ments", "sion", "sions"))


def _named_before(words: list[str], at: int) -> int:
    """Where the words a noun of growth at `at` qualifies before it start: "defense trade
    enhancements" are defense trade enhanced. A verb ("enhance defense trade") has none."""
    start = at
    while (
        _growth_noun(words[at])
        and start > 0
        and at - start < _OBJECT_WORDS
        and words[start - 1] not in STOPWORDS
        and _growth_verb(words[start - 1]) is None
    ):
        start -= 1
    return start


def _pairings(words: list[str]) -> list[tuple[str, list[str], int, int]]:
    """Each verb (or noun) of growth with the words it acts on: (the way it grows things,
    object terms, where the phrase starts, where it ends)."""
    found = []
    for at, word in enumerate(words):
        way = _growth_verb(word)
        if way is None:
            continue
        first = _named_before(words, at)
        start, end = _object_at(words, at)
        if _growth_noun(word) and words[at + 1 : at + 2] != ["of"]:
            start = end = at + 1  # "defense trade enhancements, Esper…": nothing after
        objects = [*words[first:at], *words[start:end]]
        if objects:
            found.append((way, [_object_term(w) for w in objects], first, end))
    return found


def _ing_form(word: str, said: list[str]) -> str | None:
    """The claim's verb as the quote spells its "-ing" form ("deepen" → "deepening")."""
    if word.endswith("ing"):
        return word
    return next((w for w in said if w.endswith("ing") and term(w) == term(word)), None)


def verb_swapped(claim: list[str], quote: str) -> str | None:
    """What the quote says, when the claim has a thing grow one way ("deepen information
    sharing") that the quote has grow another way ("expanding information sharing"), and has
    something else grow the claim's way ("deepening cooperation"): "The article says
    expanding information sharing, not deepening it." None when the claim pairs them as the
    quote does, or grows things a way the quote never uses (weighed elsewhere)."""
    said = normalise(quote).split()
    pairings = _pairings(said)
    ways = {way for way, _, _, _ in pairings}
    # The quote's own verbs, as spelt: "broader cooperation" is no swap for "expanding"
    # (a word going the article's way), "expand cooperation" is its verb moved.
    verbs = {stem(w) for w in said if _growth_verb(w) is not None}
    for way, objects, at, _ in _pairings(claim):
        if (
            way not in ways
            or stem(claim[at]) not in verbs
            or any(
                other == way and not set(objects).isdisjoint(said_objects)
                for other, said_objects, _, _ in pairings
            )
        ):
            continue  # "deepen cooperation", "bolster cooperation": as the quote pairs them
        for other, said_objects, said_at, end in pairings:
            if other != way and objects[0] in said_objects:
                # "deepen information sharing" of "expanding information sharing"
                lead = f"The article says {' '.join(said[said_at:end])}"
                ing = _ing_form(claim[at], said)
                return f"{lead}, not {ing} it." if ing else f"{lead}."
    return None


# Verbs of passing things between the sides, whose object the claim may swap: "share
# intelligence" of "information sharing".
_PASSING = frozenset(stem(w) for w in "share sharing".split())


def _passed_objects(words: list[str]) -> list[tuple[int, int]]:
    """(verb's place, its object's place) for each verb of passing: its object after it
    ("share intelligence", "sharing of data") or before it ("information sharing")."""
    found = []
    for at, word in enumerate(words):
        if stem(word) not in _PASSING:
            continue
        start = at + 1
        while start < len(words) and words[start] in _BEFORE_OBJECT:
            start += 1
        if start < len(words) and words[start] not in STOPWORDS:
            found.append((at, start))
        elif at > 0 and words[at - 1] not in STOPWORDS:
            found.append((at, at - 1))
    return found


# Words that name nothing of their own: "the information sharing thing".
_PLACEHOLDERS = frozenset("thing things stuff something whatsit".split())


def object_swapped(claim: list[str], quote: str, article_terms: frozenset[str]) -> str | None:
    """What the quote says, when the claim has a word the article never uses passed where
    the quote passes another: "share intelligence" of "expanding information sharing" gets
    'Yes, as information sharing: the article does not say "intelligence".'
    The yes is the fact's, which our keywords tie to the claim's word; the article's word
    is given so no more is taken from it. None otherwise."""
    said = normalise(quote).split()
    passed = _passed_objects(said)
    for _, object_at in _passed_objects(claim):
        word = claim[object_at]
        if word in _PLACEHOLDERS or _object_term(word) in article_terms:
            continue  # "share information": the article's own word
        for verb_at, said_at in passed:
            if _object_term(said[said_at]) != _object_term(word):
                first, last = sorted((verb_at, said_at))
                phrase = " ".join(said[first : last + 1])
                return f'Yes, as {phrase}: the article does not say "{word}".'
    return None
