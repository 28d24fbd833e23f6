"""Where the article's words stand, paragraph by paragraph, built once with the index.

"Which paragraph mentions Tokyo?" and "…in the paragraph starting 'In a statement'?" ask
about the text itself rather than a fact: these tables answer them from postings (term or
entity → the paragraphs that have it) without reading the article on every question.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.engine.lexicon import STOPWORDS
from bot.factbase.model import FactBase
from bot.text import normalise, tokens

__all__ = ["Paragraphs", "Place", "build_paragraphs"]

# (article id, paragraph number): 0 is the headline, as in `Quote.paragraph`.
Place = tuple[str, int]

# The words of a paragraph's opening kept for "the paragraph starting '…'": enough to tell
# any two paragraphs apart, however long the words quoted.
OPENING_WORDS = 12


@dataclass(frozen=True, slots=True)
class Paragraphs:
    by_term: dict[str, tuple[Place, ...]]  # term → the paragraphs whose words have it
    by_entity: dict[str, tuple[Place, ...]]  # entity → the paragraphs that name it
    facts: dict[Place, tuple[str, ...]]  # the facts quoting each paragraph, in text order
    openings: dict[Place, tuple[str, ...]]  # each paragraph's first words, normalised
    named: dict[Place, frozenset[str]]  # the entities each paragraph names
    # Each paragraph's own words, normalised, and the paragraphs each word is in: "is
    # Washington mentioned?" asks about the article's words, not the entities they link to.
    words: dict[Place, tuple[str, ...]] = field(default_factory=dict)
    by_word: dict[str, tuple[Place, ...]] = field(default_factory=dict)

    def having_all(self, entities: Iterable[str], terms: Iterable[str]) -> list[Place]:
        """The paragraphs that name every one of the entities and use every term, in
        the article's order; none when nothing is asked."""
        lists = [self.by_entity.get(e, ()) for e in entities]
        lists += [self.by_term.get(t, ()) for t in terms]
        if not lists:
            return []
        found = set(lists[0]).intersection(*lists[1:])
        return sorted(found)

    def starting_with(self, words: list[str]) -> list[Place]:
        """The paragraphs that open with these (normalised) words."""
        wanted = tuple(words[:OPENING_WORDS])
        if not wanted:
            return []
        return sorted(p for p, opening in self.openings.items() if opening[: len(wanted)] == wanted)

    def with_phrase(self, phrase: tuple[str, ...]) -> list[Place]:
        """The paragraphs whose words hold the (normalised) phrase, in the article's order:
        ("tokyo",) is in ¶8, ("washington",) nowhere. Only the paragraphs having its first
        word are read."""
        if not phrase:
            return []
        size = len(phrase)
        return [
            place
            for place in self.by_word.get(phrase[0], ())
            if any(
                self.words[place][i : i + size] == phrase
                for i in range(len(self.words[place]) - size + 1)
            )
        ]


def build_paragraphs(
    factbase: FactBase,
    term: Callable[[str], str],
    entities_named: Callable[[str], Iterable[str]],
) -> Paragraphs:
    """The tables for every paragraph of the fact base's one article (none when it has
    several, as paragraph questions are not asked of those): `term` makes a word comparable as
    questions compare it, and `entities_named` gives the entities a text names by name (a
    group by its own name, not as its members: "the two Secretaries of Defense" does not
    name Esper)."""
    if len(factbase.articles) != 1:
        # Paragraph questions are asked of the one article a fact base has ("which
        # paragraph…?" names no article); a newsroom's many would cost memory for nothing.
        return Paragraphs(by_term={}, by_entity={}, facts={}, openings={}, named={})
    by_term: dict[str, list[Place]] = defaultdict(list)
    by_entity: dict[str, list[Place]] = defaultdict(list)
    openings: dict[Place, tuple[str, ...]] = {}
    named: dict[Place, frozenset[str]] = {}
    words: dict[Place, tuple[str, ...]] = {}
    by_word: dict[str, list[Place]] = defaultdict(list)
    for article in factbase.articles.values():
        for number, (start, end) in enumerate(article.paragraphs):
            place = (article.id, number)
            text = article.text[start:end]
            for t in {term(w) for w in tokens(text) if w not in STOPWORDS}:
                by_term[t].append(place)
            named[place] = frozenset(entities_named(text))
            for entity in named[place]:
                by_entity[entity].append(place)
            openings[place] = tuple(normalise(text).split()[:OPENING_WORDS])
            words[place] = tuple(tokens(text))
            for word in set(words[place]):
                by_word[word].append(place)
    facts: dict[Place, list[tuple[int, str]]] = defaultdict(list)
    for fact in factbase.facts.values():
        quote = fact.quote
        facts[(quote.article, quote.paragraph)].append((quote.start, fact.id))
    return Paragraphs(
        by_term={t: tuple(v) for t, v in by_term.items()},
        by_entity={e: tuple(v) for e, v in by_entity.items()},
        facts={p: tuple(f for _, f in sorted(v)) for p, v in facts.items()},
        openings=openings,
        named=named,
        words=words,
        by_word={w: tuple(v) for w, v in by_word.items()},
    )
