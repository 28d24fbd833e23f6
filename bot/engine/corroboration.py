"""Which facts say the same thing again elsewhere in the article, built once with the index.

The article often tells one act twice: the agreement in ¶1 ("agreed on a Basic Exchange and
Cooperation Agreement") and ¶3 ("reached a basic agreement on exchanges and cooperation"),
the meeting in ¶1 and again in ¶2, the DOD statement in ¶1, ¶2 and ¶4. An answer quotes the
sentence it came from and names the others as corroboration, so whoever checks it finds the
wording they remember ("What agreement was reached?" quotes ¶3 and also ¶1).

Two facts corroborate each other on a role when
- their quotes are different passages of the same article (neither overlaps the other),
- they tell the same act: three or more rarer words of their statements in common (the
  engine's `_same_act_with` test), or most of their rarer keywords (the DOD "said in a
  statement" in ¶1, ¶2 and ¶4); and of the same doers, or their sides (Esper and Singh,
  the U.S. and India),
- and that role gives the same answer in both: the same people, bodies or places for who,
  with whom and where; for the others, most of the rarer words of the shorter answer
  ("expanding information sharing" and "the expansion of information sharing").

And a sentence that names who or where only by reference ("The two countries have had
three such dialogues") is borne out by the one saying what the event is, when that names
them ("the 2+2 Dialogue between the U.S. and Indian foreign and defense ministers").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sized
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine.index import FactEntry, Index

__all__ = ["Corroboration", "build_corroboration"]

# A word in at most this share of the facts tells one act from another (as `_same_act_with`).
RARE_SHARE = 4
# …and a word in more facts than this is never used to find candidates, so building stays
# linear in the number of facts (a large base has words in thousands of facts).
CANDIDATE_POSTINGS = 64
SAME_ACT_TERMS = 3
# …or this many rarer keywords, and at least this share of the fewer ones: a meeting and a
# 2+2 both "attended" share three words of fourteen, the DOD "said" five of five.
SAME_ACT_KEYWORDS = 3
KEYWORD_SHARE = 0.5
# Kinds of entity whose identity sentence says what they are about and who is in them.
EVENT_KINDS = frozenset({"event", "agreement"})
# Roles whose answers are entities: they agree when they name the same ones.
ENTITY_ROLES = frozenset({"who", "with_whom", "where"})
# A reason or a manner is of one act: two facts give the same one only when their statements
# have the act in common apart from it ("to address pressing global security challenges" is
# why information sharing expands in ¶1, and why they keep working together in ¶4).
ACT_BOUND_ROLES = frozenset({"why", "how"})
# Other roles agree when they share this many rarer words, and at least this share of the
# shorter answer's rarer words.
AGREEING_TERMS = 2
AGREEING_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Corroboration:
    # fact position → (other fact position, roles on which the two give the same answer)
    by_fact: dict[int, tuple[tuple[int, frozenset[str]], ...]]
    # fact position → the other facts whose statements have three or more of its rarer
    # words, whatever their quotes and roles ("welcomed the expansion of information
    # sharing" and "expanding information sharing to address…", for "Why?" after one)
    same_act: dict[int, tuple[int, ...]]
    # fact position → (the sentence saying what its event is, roles whose answer the fact's
    # own quote names only by reference and that sentence names): quoted, never answering,
    # as its own roles answer something else ("the U.S. and Indian … ministers")
    references: dict[int, tuple[tuple[int, frozenset[str]], ...]]
    # The terms of each such fact's quote, sorted: which sentence shares most of a
    # question's words (a tuple, as the index keeps term sets: a tenth of a frozenset's size).
    quote_terms: dict[int, tuple[str, ...]]

    def of(self, order: int, roles: Iterable[str]) -> list[int]:
        """The other facts that give the same answer as this one for any of these roles,
        in the article's order."""
        wanted = frozenset(roles)
        return [other for other, agreed in self.by_fact.get(order, ()) if agreed & wanted]

    def naming(self, order: int, roles: Iterable[str]) -> list[int]:
        """The sentences that name what this fact's quote refers to for these roles."""
        wanted = frozenset(roles)
        return [other for other, agreed in self.references.get(order, ()) if agreed & wanted]


def build_corroboration(index: Index, terms_of: Callable[[str], tuple[str, ...]]) -> Corroboration:
    """The corroboration table of the index's facts; `terms_of` gives a quote's terms as
    questions compare them (sorted, shared with equal ones)."""
    facts = index.entries
    count = len(facts)

    # Each fact's rarer statement words and keywords, as shared tuples: made sets only for
    # the pairs compared (a set per fact was ~100 MB at 100,000 facts, all of it at once).
    rare_terms = _RareTerms(index.postings, count)

    def rare(terms: Iterable[str]) -> frozenset[str]:
        return frozenset(t for t in terms if rare_terms.is_rare(t))

    stated = [rare_terms.of(e.stated) for e in facts]
    keywords = [rare_terms.of(e.predicate) for e in facts]
    by_stated = _postings(stated)
    by_keyword = _postings(keywords)
    by_fact: dict[int, list[tuple[int, frozenset[str]]]] = {}
    # The roles two facts agree on, one set for all equal ones: a few dozen combinations of
    # seven roles, and at 100,000 facts some 20,000 pairs.
    role_sets: dict[frozenset[str], frozenset[str]] = {}
    same_act_of: dict[int, tuple[int, ...]] = {}
    quotes = [entry.fact.quote for entry in facts]
    articles = [quote.article for quote in quotes]
    for entry in facts:
        one = entry.order
        shared_stated = _shared(stated[one], by_stated, one)
        shared_keywords = _shared(keywords[one], by_keyword, one)
        told_alike = tuple(sorted(o for o, n in shared_stated.items() if n >= SAME_ACT_TERMS))
        if told_alike:
            same_act_of[one] = told_alike
        # Each pair once, recorded both ways; only quotes of the same article that do not
        # overlap can agree (`_overlapping`), and most facts sharing rare words are in
        # other articles: they are dropped here, by a list lookup, before anything else.
        article, start, end = articles[one], quotes[one].start, quotes[one].end
        for other in sorted(
            o
            for o in shared_stated.keys() | shared_keywords.keys()
            if o > one
            and articles[o] == article
            and not (start < quotes[o].end and quotes[o].start < end)
        ):
            second = facts[other]
            keywords_alike = shared_keywords[other] >= max(
                SAME_ACT_KEYWORDS, KEYWORD_SHARE * min(len(keywords[one]), len(keywords[other]))
            )
            same_act = shared_stated[other] >= SAME_ACT_TERMS or keywords_alike
            if not same_act or not _same_doers(index, entry, second):
                continue
            both = frozenset(stated[one]).intersection(stated[other])
            agreed = frozenset(
                name
                for name in entry.role_entities
                if name in second.role_entities
                and _agree(entry, second, name, rare)
                and (name not in ACT_BOUND_ROLES or _same_act_besides(entry, second, name, both))
            )
            if agreed:
                agreed = role_sets.setdefault(agreed, agreed)
                by_fact.setdefault(one, []).append((other, agreed))
                by_fact.setdefault(other, []).append((one, agreed))
    references: dict[int, list[tuple[int, frozenset[str]]]] = {}
    for one, other, name in _named_by_reference(index):
        references.setdefault(one, []).append((other, frozenset({name})))
    quote_terms = {
        order: terms_of(facts[order].fact.quote.text)
        for order in {*by_fact, *(o for v in references.values() for o, _ in v)}
    }
    return Corroboration(
        by_fact={o: tuple(sorted(v)) for o, v in by_fact.items()},
        same_act=same_act_of,
        references={o: tuple(v) for o, v in references.items()},
        quote_terms=quote_terms,
    )


def _same_act_besides(one: FactEntry, other: FactEntry, name: str, shared: frozenset[str]) -> bool:
    """The statements share enough words besides those of this role's answers."""
    besides = shared - one.answer_terms[name] - other.answer_terms[name]
    return len(besides) >= SAME_ACT_TERMS


def _named_by_reference(index: Index) -> list[tuple[int, int, str]]:
    """(fact, other fact, role) where the fact's quote names who or where only by reference
    ("The two countries have had three such dialogues.") and the other is the sentence
    that says what the event it is about is, naming them ("ahead of the 2+2 Dialogue
    between the U.S. and Indian foreign and defense ministers"): that one bears out the
    answer ("between which countries is the 2+2?" the U.S. and India)."""
    entities = index.factbase.entities
    identities = {
        e.id: index.by_id[e.identity_fact]
        for e in entities.values()
        if e.kind in EVENT_KINDS and e.identity_fact in index.by_id
    }
    found: list[tuple[int, int, str]] = []
    for entry in index.entries:
        events = [identities[e] for e in sorted(entry.central) if e in identities]
        if not events:
            continue
        named = index.entities_mentioned(entry.fact.quote.text)
        for name in ENTITY_ROLES:
            answer = entry.role_entities.get(name)
            if not answer or answer <= named:
                continue
            found.extend(
                (entry.order, identity.order, name)
                for identity in events
                if identity is not entry
                and not _overlapping(entry, identity)
                and answer <= index.entities_mentioned(identity.fact.quote.text)
            )
    return found


class _RareTerms:
    """The terms of a term set that few facts have (in at most 1/RARE_SHARE of them), as a
    tuple in the set's order, one for all equal results."""

    def __init__(self, postings: Mapping[str, Sized], count: int) -> None:
        self._postings = postings
        self._count = count
        self._rare: dict[str, bool] = {}
        self._shared: dict[tuple[str, ...], tuple[str, ...]] = {}

    def of(self, terms: Iterable[str]) -> tuple[str, ...]:
        found = tuple(t for t in terms if self.is_rare(t))
        return self._shared.setdefault(found, found)

    def is_rare(self, term: str) -> bool:
        """Whether few enough facts have the term (`RARE_SHARE`) for it to tell them apart."""
        rare = self._rare.get(term)
        if rare is None:
            rare = self._rare[term] = len(self._postings.get(term, ())) * RARE_SHARE <= self._count
        return rare


def _postings(sets: list[tuple[str, ...]]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for order, terms in enumerate(sets):
        for t in terms:
            found.setdefault(t, []).append(order)
    return found


def _shared(terms: tuple[str, ...], postings: dict[str, list[int]], own: int) -> Counter[int]:
    """How many of these terms each other fact has, through the terms few facts have."""
    # One Counter over the postings of all those terms (counted in C, the lists chained
    # rather than each added by its own update); `own` dropped below.
    counts: Counter[int] = Counter(
        chain.from_iterable(
            having
            for having in map(postings.get, terms, repeat((), len(terms)))
            if len(having) <= CANDIDATE_POSTINGS
        )
    )
    counts.pop(own, None)
    return counts


def _overlapping(one: FactEntry, other: FactEntry) -> bool:
    """The two quotes share words of the article (or come from different articles): the
    second says nothing the first does not already show."""
    a, b = one.fact.quote, other.fact.quote
    return a.article != b.article or (a.start < b.end and b.start < a.end)


def _same_doers(index: Index, one: FactEntry, other: FactEntry) -> bool:
    """Both facts say who did it, and name the same doers or their sides: Esper and Singh
    for "the U.S. and India" ("reinforced their commitment" and "welcomed the expansion"),
    not Pompeo's free nations for the partnership's purpose."""
    mine, theirs = one.role_entities.get("who"), other.role_entities.get("who")
    if not mine or not theirs:
        return False
    return not _with_sides(index, mine).isdisjoint(_with_sides(index, theirs))


def _with_sides(index: Index, entities: frozenset[str]) -> set[str]:
    return {p for e in entities for p in (e, *index.part_of.get(e, ()))}


def _agree(
    one: FactEntry, other: FactEntry, name: str, rare: Callable[[Iterable[str]], frozenset[str]]
) -> bool:
    """The role gives the same answer in both facts."""
    if name in ENTITY_ROLES:
        named = one.role_entities[name]
        return bool(named) and named == other.role_entities[name]
    mine, theirs = rare(one.answer_terms[name]), rare(other.answer_terms[name])
    shared = len(mine & theirs)
    return shared >= AGREEING_TERMS and shared >= AGREEING_SHARE * min(len(mine), len(theirs))
