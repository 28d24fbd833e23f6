"""The index the engine searches, built once from a FactBase.

It holds every alias in normalised form for entity linking, the stems of each fact for scoring,
postings from stems and entities to facts (so a question only looks at facts that share
something with it), and the vocabulary that typo correction searches.
"""

from __future__ import annotations

import bisect
import math
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from bot.engine.corroboration import build_corroboration
from bot.engine.fuzzyfilter import FuzzyFilter
from bot.engine.lexicon import COMMON_WORD_ALIASES, IRREGULAR, NEUTRAL, STOPWORDS, SYNONYMS
from bot.engine.paragraphs import build_paragraphs
from bot.engine.spelling import COMMON_WORDS, Speller
from bot.engine.spoken import sound_keys
from bot.factbase.model import Fact, FactBase
from bot.text import is_word_char, normalise, normalised_tokens, occurs_as_words, stem, tokens

__all__ = ["FactEntry", "Index", "term"]

_T = TypeVar("_T")

# A text's linkable words, whether the word at a position is capitalised in it, and the
# (start, end, entity) spans of the aliases it names.
_Linked = tuple[list[str], Callable[[int], bool], list[tuple[int, int, str]]]

# Terms in more facts than this also get a bit set of them (`Index.term_bits`): one bit per
# fact, 12.5 KB at 100,000 facts, where some 330 terms have one.
BITS_MIN = 256

# Question-side words that must never be typo-corrected into something else.
_QUESTION_WORDS = frozenset(
    "who whom whose what which when where why how many much long old often "
    "yes no did does do is are was were has have had can could will would should".split()
)


def term(word: str) -> str:
    """The comparable form of one normalised word: irregular forms and paraphrases folded,
    then stemmed. Facts and questions both go through here."""
    word = IRREGULAR.get(word, word)
    word = SYNONYMS.get(word, word)
    return stem(word)


@dataclass(frozen=True, slots=True)
class FactEntry:
    """One fact as the engine searches it.

    Its term sets are sorted tuples of interned terms, equal ones shared: a frozenset of ten
    strings costs ~750 bytes, the tuple ~140, and at 100,000 facts these sets were most of the
    index's memory. The ranking reads the postings (and bit sets) instead; `bag`,
    `statement_terms` and `answer_terms` give the terms as sets, built when asked (a few times
    per question)."""

    fact: Fact
    order: int
    terms: tuple[str, ...]  # terms of everything the fact says, sorted
    predicate: frozenset[str]  # terms of its keywords: what happens in it
    entities: frozenset[str]
    role_terms: tuple[tuple[str, ...], ...]  # per role (in `fact.roles` order): its answer's
    role_entities: dict[str, frozenset[str]]  # role → entities its answer names (shared)
    stated: tuple[str, ...]  # terms of its statement, sorted
    central: frozenset[str]  # entities the fact is about, not just when/where/why it happened
    implied: frozenset[str]  # what its entities belong to: a fact about Singh is about India
    involved: frozenset[str] = field(init=False)  # entities and what they belong to

    def __post_init__(self) -> None:
        object.__setattr__(self, "involved", self.entities | self.implied)

    @property
    def bag(self) -> frozenset[str]:
        """Terms of everything the fact says."""
        return frozenset(self.terms)

    @property
    def statement_terms(self) -> frozenset[str]:
        return frozenset(self.stated)

    @property
    def answer_terms(self) -> Mapping[str, frozenset[str]]:
        """Role → terms of that role's answer (as a set when looked up)."""
        return _ByRole(self.fact.roles, self.role_terms)

    def __reduce__(self) -> tuple[Callable[..., FactEntry], tuple[object, ...]]:
        # Pickled (the build cache) as its fields; `involved` too, to keep it shared.
        return _restore_entry, tuple(getattr(self, name) for name in self.__slots__)


class _ByRole(Mapping[str, frozenset[str]]):
    """One fact's answer terms per role (in `fact.roles` order), each made a set only when
    it is looked up: a question reads one or two roles of a few facts."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: Iterable[str], values: tuple[tuple[str, ...], ...]) -> None:
        self._names = names
        self._values = values

    def __getitem__(self, name: str) -> frozenset[str]:
        for known, value in zip(self._names, self._values, strict=True):
            if known == name:
                return frozenset(value)
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._values)


class _TermSets(Mapping[str, frozenset[str]]):
    """Term sets by key, kept as sorted shared tuples and made sets when looked up: a
    question reads a few of them, and at 100,000 facts the sets themselves were 13 MB."""

    __slots__ = ("_tuples",)

    def __init__(self, tuples: dict[str, tuple[str, ...]]) -> None:
        self._tuples = tuples

    def __getitem__(self, key: str) -> frozenset[str]:
        return frozenset(self._tuples[key])

    def __contains__(self, key: object) -> bool:
        return key in self._tuples

    def __iter__(self) -> Iterator[str]:
        return iter(self._tuples)

    def __len__(self) -> int:
        return len(self._tuples)


def _restore_entry(*values: object) -> FactEntry:
    entry = FactEntry(*values[:-1])  # type: ignore[arg-type]
    object.__setattr__(entry, "involved", values[-1])
    return entry


class Index:
    def __init__(
        self, factbase: FactBase, normalised_aliases: Mapping[str, str] | None = None
    ) -> None:
        """`normalised_aliases`: each alias's `normalise`d form, if the compiler gives them
        (`CompileResult.normalised_aliases`), so that they are not normalised again."""
        self.factbase = factbase
        self.aliases: dict[tuple[str, ...], str] = {}
        # Each text is normalised, tokenised and linked once, however many facts repeat it;
        # equal term sets are one shared frozenset and every term one interned string (a large
        # base repeats them endlessly: this is most of the index's memory and build time).
        known = normalised_aliases or {}
        build = _Builder(self, known)
        # The words of an entity's names, as terms: what naming it already says. Read with
        # its aliases, while `normalise` still remembers them (a large base has more aliases
        # than it keeps: read after all of them, each was normalised again).
        entity_terms: dict[str, tuple[str, ...]] = {}
        for entity in factbase.entities.values():
            for alias in entity.all_aliases:
                # Interned: one string per distinct word, however many aliases repeat it
                # (the build cache then stores and loads each once).
                normalised = known.get(alias)
                key = tuple(
                    map(
                        sys.intern,
                        _linkable_words(alias)
                        if normalised is None
                        else _linkable_words_of(normalised),
                    )
                )
                if key and key not in self.aliases:
                    self.aliases[key] = entity.id
            entity_terms[entity.id] = build.share_tuple(
                tuple(
                    sorted(
                        {build.term(w) for alias in entity.all_aliases for w in build.tokens(alias)}
                    )
                )
            )
        self.entity_terms: Mapping[str, frozenset[str]] = _TermSets(entity_terms)
        self.alias_max_len = max((len(k) for k in self.aliases), default=1)
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self.aliases:
            lengths[key[0]].add(len(key))
        self.alias_lengths = {w: tuple(sorted(v, reverse=True)) for w, v in lengths.items()}
        # Parallel lists for rapidfuzz: the alias text to compare, and the entity it names.
        self.alias_choices: tuple[str, ...] = tuple(" ".join(k) for k in self.aliases)
        self.alias_entities: tuple[str, ...] = tuple(self.aliases.values())
        by_size = sorted(
            zip(self.alias_choices, self.alias_entities, strict=True),
            key=lambda pair: (len(pair[0]), pair[0]),
        )
        self._aliases_sorted = tuple(text for text, _ in by_size)
        self._alias_owners_sorted = tuple(owner for _, owner in by_size)
        self._alias_lengths_sorted = tuple(len(text) for text in self._aliases_sorted)
        self.alias_words = frozenset(w for k in self.aliases for w in k)
        # The alias words by sound, to join a name heard as several words ("pom pay oh").
        self.alias_sounds = sound_keys(self.aliases)
        self.members = {e.id: e.members for e in factbase.entities.values() if e.members}
        # Everything each entity belongs to, transitively: Singh → India.
        self.part_of: dict[str, frozenset[str]] = {}
        for entity in factbase.entities.values():
            seen: set[str] = set()
            todo = list(entity.part_of)
            while todo:
                parent = todo.pop()
                if parent not in seen and parent in factbase.entities:
                    seen.add(parent)
                    todo.extend(factbase.entities[parent].part_of)
            self.part_of[entity.id] = build.share(frozenset(seen))

        entries: list[FactEntry] = []
        # Posting lists grow as compact arrays from the start: lists of the same positions,
        # alive for the whole build and freed at its end amid what stays, cost twice the
        # memory and left it unusable to the system afterwards.
        postings: dict[str, array[int]] = defaultdict(_positions)
        entity_postings: dict[str, array[int]] = defaultdict(_positions)
        vocabulary: set[str] = set(self.alias_words)
        central_roles = ("who", "with_whom", "what", "how_many")
        names = _NameWords()
        for order, fact in enumerate(factbase.facts.values()):
            build.forget_links()
            roles = fact.roles
            answers = [role.answer for role in roles.values()]
            texts = (fact.statement, fact.quote.text, *fact.keywords, *answers)
            for text in texts:
                if text not in names.seen:
                    names.read(text, text is fact.quote.text, build.linked(text))
            # The terms of everything the fact says: the union of its texts' terms (a text
            # repeated by many facts, as answers and keywords are, is read once).
            bag = build.share_tuple(
                tuple(sorted(set().union(*(build.text_terms(text, vocabulary) for text in texts))))
            )
            predicate = build.predicate(fact.keywords)
            role_terms = build.share_tuple(
                tuple(build.text_terms(role.answer, vocabulary) for role in roles.values())
            )
            adjunct_only = {
                e
                for name, role in roles.items()
                if name not in central_roles
                for e in role.entities
            } - {e for name, role in roles.items() if name in central_roles for e in role.entities}
            fact_level = {e for e in fact.entities if e not in adjunct_only}
            # Entities the fact's own words name count as involved, not just those listed.
            in_statement = build.entities_in(fact.statement)
            named = set(in_statement).union(*(build.entities_in(a) for a in answers))
            role_entities = {
                name: build.share(
                    frozenset(m for e in role.entities for m in self.expand(e))
                    | build.entities_in(role.answer)
                )
                for name, role in roles.items()
            }
            entry = FactEntry(
                fact,
                order,
                bag,
                predicate,
                build.share(frozenset(fact.entities) | named),
                role_terms,
                build.share_dict(role_entities),
                build.text_terms(fact.statement, vocabulary),
                build.share(
                    frozenset(fact_level)
                    | frozenset(e for name in central_roles for e in role_entities.get(name, ()))
                    | (in_statement - adjunct_only)
                ),
                build.share(
                    frozenset(p for e in {*fact.entities, *named} for p in self.part_of.get(e, ()))
                ),
            )
            object.__setattr__(entry, "involved", build.share(entry.involved))
            entries.append(entry)
            for t in bag:
                postings[t].append(order)
            for entity_id in entry.entities:
                entity_postings[entity_id].append(order)
        for summary in factbase.summaries.values():
            for text in (summary.title, summary.short, *summary.aliases):
                vocabulary.update(tokens(text))
        vocabulary.update(STOPWORDS, NEUTRAL, _QUESTION_WORDS, IRREGULAR, SYNONYMS)
        self.entries = tuple(entries)
        topic_postings: dict[str, array[int]] = defaultdict(_positions)
        for entry in entries:
            for topic in entry.fact.topics:
                topic_postings[topic].append(entry.order)
        self.topic_postings = dict(topic_postings)
        # Hyphenated pairs of entities as the facts write them: ("united-states", "india") →
        # the term of "usa-india", either way round.
        self.compounds: dict[tuple[str, str], str] = {}
        for word in sorted(vocabulary):
            parts = word.split("-")
            if len(parts) == 2 and all((p,) in self.aliases for p in parts):
                a, b = self.aliases[(parts[0],)], self.aliases[(parts[1],)]
                self.compounds.setdefault((a, b), term(word))
                self.compounds.setdefault((b, a), term(word))
        # How many facts involve each entity: a rare one missing from a fact matters more.
        self.entity_share = {e: len(v) / max(1, len(entries)) for e, v in entity_postings.items()}
        self.postings = dict(postings)
        # The terms of many facts also as bit sets over fact positions (a byte per eight
        # facts): the ranking tests a candidate against one without walking a long posting.
        self.term_bits = {
            t: _bits(v, len(entries)) for t, v in postings.items() if len(v) > BITS_MIN
        }
        self.entity_postings = dict(entity_postings)
        count = len(entries)
        self.idf = {
            t: math.log((count + 1) / (len(v) + 0.5)) + 0.1 for t, v in self.postings.items()
        }
        self.max_idf = math.log((count + 1) / 0.5) + 0.1
        self.vocabulary = frozenset(vocabulary)
        self.known_terms = frozenset(term(w) for w in vocabulary)
        # What a misspelt ordinary word was meant as: a word of the facts or of English.
        self.speller = Speller(self.vocabulary | COMMON_WORDS)
        # Terms some fact has as a keyword: what can happen, as opposed to names.
        self.predicate_terms: frozenset[str] = frozenset().union(*(e.predicate for e in entries))
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(self.vocabulary):
            if len(word) >= 4 and not word.isdigit():
                by_length[len(word)].append(word)
        self.vocabulary_by_length = {k: tuple(v) for k, v in by_length.items()}
        self._vocabulary_sorted = tuple(
            w for n in sorted(self.vocabulary_by_length) for w in self.vocabulary_by_length[n]
        )
        self._vocabulary_lengths = tuple(len(w) for w in self._vocabulary_sorted)
        # So fuzzy matching scores only the texts that could reach its cutoff.
        self._alias_filter = FuzzyFilter(self._aliases_sorted)
        self._word_filter = FuzzyFilter(self._vocabulary_sorted)
        self.by_id = {entry.fact.id: entry for entry in entries}
        # "Is Esper new to it?": "new" is a word of the article only in "New Delhi", so a
        # fact naming New Delhi does not say anyone is new.
        self.name_only_words = names.words()

        self.topic_terms: dict[str, frozenset[str]] = {}
        self.topic_aliases: dict[tuple[str, ...], str] = {}
        for topic, summary in factbase.summaries.items():
            self.topic_terms[topic] = build.share(
                frozenset(
                    build.term(w)
                    for text in (topic, summary.title, *summary.aliases)
                    for w in build.tokens(text)
                    if w not in STOPWORDS
                )
            )
            for text in (topic, summary.title, *summary.aliases):
                key = tuple(_linkable_words(text))
                if key:
                    self.topic_aliases.setdefault(key, topic)

        # Who said what, per fact (see attribution.py); built here so the build cache keeps it.
        from bot.engine.attribution import sayers  # it reads this index: imported when built

        self.sayers: Mapping[str, Fact] = sayers(self)
        # Which paragraphs name each entity or use each term ("which paragraph mentions
        # Tokyo?"), the facts quoting each, and the words each opens with.
        self.paragraphs = build_paragraphs(factbase, build.term, self.entities_mentioned)
        # Which facts say the same answer again in another sentence (the agreement in ¶1
        # and ¶3): answers quote those sentences too.
        self.corroboration = build_corroboration(
            self,
            lambda text: build.text_terms(text, set()),  # (every quote was read already)
        )
        # The passages the article puts in quotation marks ("is 'thwart the threat…' a direct
        # quote?"), read from the seed's own marks.
        from bot.engine.quoting import build_quotations  # it reads this index, as sayers do

        self.quotations = build_quotations(self)

    def aliases_near_length(
        self, length: int, cutoff: float
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The aliases (and their entities) whose length allows a normalised similarity of
        `cutoff`: 2·common / (a + b) ≥ cutoff needs the longer at most (200 − cutoff)/cutoff
        times the shorter. Aliases are kept sorted by length, so this is one slice."""
        factor = (200 - cutoff) / cutoff
        low = bisect.bisect_left(self._alias_lengths_sorted, int(length / factor))
        high = bisect.bisect_right(self._alias_lengths_sorted, int(length * factor) + 1)
        return self._aliases_sorted[low:high], self._alias_owners_sorted[low:high]

    def aliases_like(self, phrase: str, cutoff: float) -> tuple[list[str], list[str]]:
        """The aliases (and their entities) that could score `cutoff` or more against
        `phrase` under `fuzz.ratio`, in the order `aliases_near_length` gives them (so
        rapidfuzz breaks ties as before): that slice, less the aliases that share too few
        letters or character pairs with the phrase to reach the cutoff (see `FuzzyFilter`)."""
        factor = (200 - cutoff) / cutoff
        low = bisect.bisect_left(self._alias_lengths_sorted, int(len(phrase) / factor))
        high = bisect.bisect_right(self._alias_lengths_sorted, int(len(phrase) * factor) + 1)
        kept = self._alias_filter.near(phrase, cutoff, low, high)
        texts, owners = self._aliases_sorted, self._alias_owners_sorted
        return [texts[i] for i in kept], [owners[i] for i in kept]

    def words_like(self, word: str, shortest: int, longest: int, cutoff: float) -> list[str]:
        """`words_of_length(shortest, longest)`, in its order, less the words that cannot
        score `cutoff` against `word` under `fuzz.ratio`."""
        low = bisect.bisect_left(self._vocabulary_lengths, shortest)
        high = bisect.bisect_right(self._vocabulary_lengths, longest)
        words = self._vocabulary_sorted
        return [words[i] for i in self._word_filter.near(word, cutoff, low, high)]

    def words_of_length(self, shortest: int, longest: int) -> tuple[str, ...]:
        """Vocabulary words (four letters or more) of a length in [shortest, longest]."""
        low = bisect.bisect_left(self._vocabulary_lengths, shortest)
        high = bisect.bisect_right(self._vocabulary_lengths, longest)
        return self._vocabulary_sorted[low:high]

    def expand(self, entity_id: str) -> tuple[str, ...]:
        """A group's members, or the entity itself."""
        return self.members.get(entity_id, (entity_id,))

    def alias_spans(
        self, words: list[str], everyday_ok: Callable[[int], bool]
    ) -> list[tuple[int, int, str]]:
        """(start, end, entity) for the aliases in `words`, longest first, none overlapping.
        Only the alias lengths that start with each word are tried; a one-word alias that is
        also an everyday word ("begin") counts only where `everyday_ok(position)` says so."""
        # (-length, start): sorted as they are, longest first. `in` before the lookup: most
        # words start no alias, and this runs for every text an index build reads.
        lengths_of, aliases, count = self.alias_lengths, self.aliases, len(words)
        found = [
            (-length, start)
            for start, word in enumerate(words)
            if word in lengths_of
            for length in lengths_of[word]
            if start + length <= count and tuple(words[start : start + length]) in aliases
        ]
        if not found:
            return []
        found.sort()
        used = [False] * count
        spans: list[tuple[int, int, str]] = []
        for negative, start in found:
            length = -negative
            if any(used[start : start + length]):
                continue
            if length == 1 and words[start] in COMMON_WORD_ALIASES and not everyday_ok(start):
                continue
            spans.append(
                (start, start + length, self.aliases[tuple(words[start : start + length])])
            )
            for i in range(start, start + length):
                used[i] = True
        return sorted(spans)

    def is_alias(self, phrase: str) -> bool:
        """Whether the phrase is one of the names the fact base gives an entity."""
        return tuple(_linkable_words(phrase)) in self.aliases

    def entities_in(self, text: str) -> set[str]:
        """Entities a fact's text names, a group as its members; an everyday-word alias
        ("Begin") only where the text capitalises it."""
        words = _linkable_words(text)
        return {
            m
            for _, _, entity in self.alias_spans(words, _capitalised_in(text, words))
            for m in self.expand(entity)
        }

    def entities_mentioned(self, text: str) -> set[str]:
        """Every entity whose name is somewhere in the text, inside a longer name too
        ("Tokyo" in "quadripartite talks in Tokyo", "Esper" in "Esper and Singh"); a group
        as itself (the two Secretaries of Defense are not Esper by name); an everyday-word
        alias ("Begin") only where the text capitalises it."""
        words = _linkable_words(text)
        capitalised = _capitalised_in(text, words)
        return {
            self.aliases[tuple(words[start : start + length])]
            for start, word in enumerate(words)
            for length in self.alias_lengths.get(word, ())
            if tuple(words[start : start + length]) in self.aliases
            and (length > 1 or word not in COMMON_WORD_ALIASES or capitalised(start))
        }

    def idf_of(self, t: str) -> float:
        return self.idf.get(t, self.max_idf)


def _positions() -> array[int]:
    """A new posting list: fact positions as a compact array (4 bytes each; a tuple would
    hold an int object per entry, and a pickled one comes back as that many new objects)."""
    return array("i")


def _bits(orders: array[int], count: int) -> bytes:
    """Fact positions as a bit set: bit `p & 7` of byte `p >> 3` is set for position p."""
    bits = bytearray((count + 7) // 8)
    for p in orders:
        bits[p >> 3] |= 1 << (p & 7)
    return bytes(bits)


def _capitalised_in(text: str, words: list[str]) -> Callable[[int], bool]:
    """Whether the word at a position of `words` (the text's) is capitalised in the text:
    whether `\\bWord\\b` is in it. Answered with `str.find` for a word that starts and ends
    with a word character (`\\b` is then "no word character beside it", and a pattern per
    word overflowed `re`'s cache, a tenth of a large build); remembered per word."""
    answers: dict[str, bool] = {}

    def capitalised(start: int) -> bool:
        word = words[start]
        found = answers.get(word)
        if found is None:
            found = answers[word] = _has_capitalised(word.capitalize(), text)
        return found

    return capitalised


def _has_capitalised(name: str, text: str) -> bool:
    if name and is_word_char(name[0]) and is_word_char(name[-1]):
        return occurs_as_words(name, text)
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


class _NameWords:
    """Words the article capitalises before another word of a name ("New" of New Delhi,
    "South" of South Asia) and no fact's text uses outside one: in a question, outside
    that name, they are not the article's words. Read text by text during the fact pass,
    from the words and name spans linking finds there anyway (read in a pass of its own,
    every text was normalised and linked a second time: half the index's build)."""

    def __init__(self) -> None:
        self.inside: set[str] = set()
        self.outside: set[str] = set()
        self.seen: set[str] = set()

    def read(self, text: str, is_quote: bool, linked: _Linked) -> None:
        """One text of a fact, the first time any fact has it (`is_quote`: it is the very
        string of that fact's quote)."""
        self.seen.add(text)
        words, capitalised, found = linked
        spans = [(a, b) for a, b, _ in found if b - a > 1]
        if not spans:  # most texts name nobody by a name of several words
            self.outside.update(words)
            return
        in_names = {i for start, end in spans for i in range(start, end)}
        if is_quote:
            # A capitalised word before another of the name ("New Delhi"), not its head
            # ("the department" alone is still the Defense Department).
            self.inside.update(
                words[i]
                for start, end in spans
                for i in range(start, end - 1)
                if capitalised(i) and capitalised(i + 1)
            )
        # "a basic agreement" (¶3) is the article's own word, as "Basic Exchange…" is not.
        self.outside.update(
            w for i, w in enumerate(words) if i not in in_names or not capitalised(i)
        )

    def words(self) -> frozenset[str]:
        return frozenset(self.inside - self.outside - STOPWORDS)


def _linkable_words(text: str) -> list[str]:
    """Words of an alias or a question as entity linking compares them: hyphenated words
    split, a leading "the" dropped (people type "Pentagon" and "the Pentagon" alike)."""
    return _linkable_words_of(normalise(text))


def _linkable_words_of(normalised: str) -> list[str]:
    """`_linkable_words` of a text whose `normalise`d form is `normalised`."""
    if "-" in normalised:
        words = [part for word in normalised.split() for part in word.split("-") if part]
    else:  # the common case: no word to split
        words = normalised.split()
    while words and words[0] == "the":
        words = words[1:]
    return words


class _Builder:
    """Memos for one index build: each distinct text is tokenised and linked once, each word
    turned into a term once; terms are interned and equal frozensets shared."""

    def __init__(self, index: Index, normalised: Mapping[str, str]) -> None:
        self.index = index
        self._normalised = normalised  # texts whose normalised form is known already
        self._tokens: dict[str, list[str]] = {}
        self._terms: dict[str, str] = {}
        self._entities: dict[str, frozenset[str]] = {}
        self._links: dict[str, _Linked] = {}
        self._text_terms: dict[str, tuple[str, ...]] = {}
        self._predicates: dict[tuple[str, ...], frozenset[str]] = {}
        self._sets: dict[frozenset[str], frozenset[str]] = {}
        self._tuples: dict[tuple[object, ...], tuple[object, ...]] = {}
        # Keyed by names and values in one flat tuple: a tuple of pairs, a pair per role, was
        # a fifth of the objects alive while a large base was indexed.
        self._dicts: dict[tuple[str | frozenset[str], ...], dict[str, frozenset[str]]] = {}

    def tokens(self, text: str) -> list[str]:
        found = self._tokens.get(text)
        if found is None:
            normalised = self._normalised.get(text)
            words = tokens(text) if normalised is None else normalised_tokens(normalised)
            found = self._tokens[text] = [sys.intern(w) for w in words]
        return found

    def term(self, word: str) -> str:
        found = self._terms.get(word)
        if found is None:
            found = self._terms[word] = sys.intern(term(word))
        return found

    def text_terms(self, text: str, vocabulary: set[str]) -> tuple[str, ...]:
        """`sorted_terms` of the text's words, as one shared tuple, remembered per text; the
        first time, its words join `vocabulary` (a fact's texts are read only here, so
        their word lists are not kept: at 100,000 facts they were tens of MB)."""
        found = self._text_terms.get(text)
        if found is None:
            words = list(map(sys.intern, tokens(text)))
            vocabulary.update(words)
            found = self._text_terms[text] = self.sorted_terms(words)
        return found

    def predicate(self, keywords: tuple[str, ...]) -> frozenset[str]:
        """The terms of a fact's keywords, stop words too, shared; remembered per list
        (the compiler shares equal lists, and a large base repeats them a lot)."""
        found = self._predicates.get(keywords)
        if found is None:
            found = self._predicates[keywords] = self.share(
                frozenset(self.term(w) for k in keywords for w in self.tokens(k))
            )
        return found

    def sorted_terms(self, words: list[str]) -> tuple[str, ...]:
        """The terms of the words that are not stop words, sorted, as one shared tuple."""
        known, term_of = self._terms, self.term  # most words are known: looked up inline
        found = {known[w] if w in known else term_of(w) for w in words if w not in STOPWORDS}
        return self.share_tuple(tuple(sorted(found)))

    def forget_links(self) -> None:
        """A new fact: the texts linked for the last one are not needed again (a fact's texts
        are linked for its entities and for `_NameWords`, one right after the other)."""
        self._links.clear()

    def linked(self, text: str) -> _Linked:
        """The text's linkable words, its capitalisation test and its alias spans."""
        found = self._links.get(text)
        if found is None:
            words = _linkable_words(text)
            capitalised = _capitalised_in(text, words)
            spans = self.index.alias_spans(words, capitalised)
            found = self._links[text] = (words, capitalised, spans)
        return found

    def entities_in(self, text: str) -> frozenset[str]:
        """`Index.entities_in`, from the spans `linked` found."""
        found = self._entities.get(text)
        if found is None:
            expand = self.index.expand
            named = {m for _, _, entity in self.linked(text)[2] for m in expand(entity)}
            found = self._entities[text] = self.share(frozenset(named))
        return found

    def share(self, items: frozenset[str]) -> frozenset[str]:
        found = self._sets.get(items)
        if found is None:
            # Copied from a set, a frozenset's table is sized for what it holds; built from
            # a generator it keeps the slack of every growth step (up to twice the memory).
            found = self._sets[items] = frozenset(set(items)) if len(items) > 4 else items
        return found

    def share_tuple(self, items: tuple[_T, ...]) -> tuple[_T, ...]:
        """One tuple for all equal ones."""
        return self._tuples.setdefault(items, items)  # type: ignore[return-value]

    def share_dict(self, items: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        """One dict for all equal ones (never changed once built)."""
        return self._dicts.setdefault((*items, *items.values()), items)
