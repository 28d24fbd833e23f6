"""The compiled fact base: immutable records that everything downstream reads.

Nothing here touches files; `bot.factbase.compiler` builds these from `seeds/` and `facts/`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

__all__ = [
    "ENTITY_KINDS",
    "ROLE_NAMES",
    "Article",
    "Entity",
    "Fact",
    "FactBase",
    "Quote",
    "Role",
    "Summary",
    "SummaryPoint",
]

# The roles a fact can fill, named after the question each one answers.
ROLE_NAMES: tuple[str, ...] = (
    "who",
    "with_whom",
    "when",
    "where",
    "what",
    "why",
    "how",
    "how_many",
)

ENTITY_KINDS: tuple[str, ...] = (
    "person",
    "organisation",
    "country",
    "place",
    "agreement",
    "event",
    "group",
)


def _by_fields(record: object) -> tuple[type, tuple[object, ...]]:
    """How a record is pickled (the build cache): its class and its fields, so unpickling
    calls the constructor once instead of the slower generic state restore of slotted
    dataclasses."""
    cls = type(record)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(record))  # type: ignore[arg-type]
    return cls, tuple([getattr(record, name) for name in names])


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class Article:
    """One seed article: its text exactly as stored, and where its paragraphs start."""

    id: str
    title: str
    date: str
    publisher: str | None
    text: str
    # (start, end) character offsets of each paragraph; index 0 is the headline.
    paragraphs: tuple[tuple[int, int], ...]

    def paragraph_of(self, offset: int) -> int:
        """The paragraph number (0 = headline) that contains a character offset."""
        for number, (start, end) in enumerate(self.paragraphs):
            if start <= offset < end:
                return number
        return len(self.paragraphs) - 1

    @property
    def paragraph_count(self) -> int:
        """Paragraphs of body text, not counting the headline."""
        return len(self.paragraphs) - 1

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _by_fields(self)


@dataclass(frozen=True, slots=True)
class Quote:
    """A verbatim passage of an article: the exact text and where it stands."""

    article: str
    text: str  # exactly as in the seed (curly quotes and all)
    start: int
    end: int
    paragraph: int  # 0 is the headline, 1..N the body paragraphs

    @property
    def label(self) -> str:
        """How answers cite it: "¶3", or "headline"."""
        return "headline" if self.paragraph == 0 else f"¶{self.paragraph}"

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _by_fields(self)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    kind: str
    description: str
    # Aliases the article itself uses (checked against the seed by the compiler).
    aliases: tuple[str, ...]
    # Aliases from the maintainers' knowledge (acronyms, usual spellings, first names);
    # they help people find things but are never presented as the article's words.
    maintainer_aliases: tuple[str, ...]
    # The fact whose answer says who or what this entity is, if any.
    identity_fact: str | None
    source: str  # "path:line" where it is defined, for maintainers' messages
    # For a group ("the two defense chiefs"): the entities it stands for.
    members: tuple[str, ...] = ()
    # What it belongs to: a city's country, a minister's country ("Indian" finds Singh).
    part_of: tuple[str, ...] = ()

    @property
    def all_aliases(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.maintainer_aliases)

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _by_fields(self)


@dataclass(frozen=True, slots=True)
class Role:
    name: str  # one of ROLE_NAMES
    answer: str
    entities: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _by_fields(self)


@dataclass(frozen=True, slots=True, eq=False)  # identity: facts are unique by construction
class Fact:
    id: str
    article: str
    statement: str  # the fact in plain words, as a maintainer wrote it
    quote: Quote
    roles: Mapping[str, Role]
    entities: tuple[str, ...]  # every entity the fact is about (role entities included)
    keywords: tuple[str, ...]  # words that name what happens: "meet", "agree", "praise"…
    topics: tuple[str, ...]
    negative: bool  # the statement says something did NOT happen
    timeline: int | None  # relative order of time for /timeline, smaller is earlier
    questions: tuple[str, ...]  # example questions it answers (suggestions, tests)
    # Where it is defined, for maintainers' messages: the file (one string for all the facts
    # of a file) and the line, not a "path:line" string per fact (at 100,000 facts, some
    # 10 MB that only a duplicate's message ever read).
    path: str
    line: int

    @property
    def source(self) -> str:
        """ "path:line" where it is defined."""
        return f"{self.path}:{self.line}"

    def role(self, name: str) -> Role | None:
        return self.roles.get(name)

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _by_fields(self)


@dataclass(frozen=True, slots=True)
class SummaryPoint:
    text: str
    facts: tuple[str, ...]

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _by_fields(self)


@dataclass(frozen=True, slots=True)
class Summary:
    topic: str
    title: str
    aliases: tuple[str, ...]
    short: str
    points: tuple[SummaryPoint, ...]
    source: str

    @property
    def fact_ids(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for point in self.points:
            for fact_id in point.facts:
                seen.setdefault(fact_id, None)
        return tuple(seen)

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _by_fields(self)


@dataclass(frozen=True, slots=True)
class FactBase:
    """Everything the engine knows, checked and cross-referenced; never mutated."""

    articles: Mapping[str, Article]
    entities: Mapping[str, Entity]
    facts: Mapping[str, Fact]
    summaries: Mapping[str, Summary]
    # A digest of the sources it was compiled from, so a reload can tell it changed.
    fingerprint: str = field(default="")

    def __post_init__(self) -> None:
        for name in ("articles", "entities", "facts", "summaries"):
            value = getattr(self, name)
            if not isinstance(value, MappingProxyType):
                object.__setattr__(self, name, MappingProxyType(dict(value)))

    def __reduce__(self) -> tuple[type[FactBase], tuple[object, ...]]:
        # Read-only views cannot be pickled; the build cache stores plain dicts instead.
        return (
            FactBase,
            (
                dict(self.articles),
                dict(self.entities),
                dict(self.facts),
                dict(self.summaries),
                self.fingerprint,
            ),
        )

    def facts_about(self, entity_id: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts.values() if entity_id in f.entities)

    def timeline(self) -> tuple[Fact, ...]:
        dated = [f for f in self.facts.values() if f.timeline is not None]
        return tuple(sorted(dated, key=lambda f: (f.timeline or 0, f.quote.start)))
