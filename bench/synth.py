"""Synthetic fact bases of any size, shaped like the real one, for the scaling benchmark.

A newsroom corpus, not random strings: articles of a headline and paragraphs, each sentence a
fact; people, organisations, places, countries, agreements, events and groups with the aliases
an article uses and the ones maintainers add (acronyms, "Minister X"); a few popular entities
(countries, ministers) that recur across many articles and many that appear once, so postings
have the skew of real text. Every quote is a sentence of the generated seed text and every alias
occurs in it, so the real compiler validates the result: we measure the real code path.

Questions come with expected answers (every answer the base supports for the same wording, so
a question two facts answer is not marked wrong for picking either) and some questions the base
cannot answer, so accuracy at scale is measured with `bot.evaluation.judge` like the eval set.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.text import normalise

__all__ = ["SynthQuestion", "Synthetic", "generate", "load_questions", "write"]

# Everyday domain words. Drawn with a skew (the first ones far more often), as in real news,
# where "defense" is everywhere and "fisheries" rare.
NOUNS: tuple[str, ...] = (
    "defense",
    "trade",
    "security",
    "energy",
    "logistics",
    "intelligence",
    "technology",
    "investment",
    "maritime security",
    "cybersecurity",
    "counterterrorism",
    "satellites",
    "shipbuilding",
    "supply chains",
    "semiconductors",
    "infrastructure",
    "training",
    "exercises",
    "research",
    "space",
    "navigation",
    "radar",
    "missiles",
    "aviation",
    "ports",
    "railways",
    "telecommunications",
    "fisheries",
    "border security",
    "peacekeeping",
    "disaster relief",
    "climate",
    "water",
    "agriculture",
    "minerals",
    "fuel",
    "nuclear safety",
    "arms control",
    "sanctions",
    "customs",
    "education",
    "health",
    "vaccines",
    "finance",
    "banking",
    "tariffs",
    "rare earths",
    "drones",
    "submarines",
    "artillery",
    "refugees",
    "pipelines",
    "electricity",
    "fertilizer",
    "steel",
    "textiles",
    "tourism",
    "shipping lanes",
    "air defense",
    "coast guards",
    "military medicine",
    "data protection",
    "export controls",
    "visa rules",
    "student exchanges",
    "weather forecasting",
    "mapping",
    "hydrography",
    "demining",
    "cyber crime",
    "piracy",
    "food security",
    "grain",
    "copper",
    "lithium",
    "hydrogen",
    "solar power",
    "wind power",
    "broadband",
    "postal services",
    "public health",
)
VERBS: tuple[str, ...] = (
    "expand",
    "strengthen",
    "deepen",
    "review",
    "increase",
    "coordinate",
    "modernize",
    "share",
    "fund",
    "protect",
    "monitor",
    "upgrade",
    "simplify",
    "accelerate",
    "restore",
    "extend",
    "finance",
    "harmonize",
    "secure",
    "reduce",
)
TITLES: tuple[str, ...] = (
    "Defense Minister",
    "Foreign Minister",
    "Trade Minister",
    "Prime Minister",
    "Deputy Foreign Minister",
    "Chief of Defense Staff",
    "Ambassador",
    "Energy Minister",
    "National Security Adviser",
    "Finance Minister",
    "Interior Minister",
    "Navy Chief",
)
ORG_KINDS: tuple[str, ...] = (
    "Defense Agency",
    "Trade Council",
    "Research Institute",
    "Coast Guard",
    "Space Agency",
    "Export Bank",
    "Energy Board",
    "Intelligence Service",
    "Customs Office",
    "Port Authority",
)
EVENT_KINDS: tuple[str, ...] = ("Summit", "Dialogue", "Forum", "Conference", "Talks")
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS: tuple[tuple[str, str], ...] = (
    ("Jan.", "January"),
    ("Feb.", "February"),
    ("March", "March"),
    ("April", "April"),
    ("May", "May"),
    ("June", "June"),
    ("July", "July"),
    ("Aug.", "August"),
    ("Sept.", "September"),
    ("Oct.", "October"),
    ("Nov.", "November"),
    ("Dec.", "December"),
)
_ONSETS = (
    "b",
    "d",
    "g",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "dr",
    "kr",
    "tr",
    "vl",
    "sh",
    "th",
    "zh",
    "kh",
)
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou", "ia")
_CODAS = ("", "", "", "n", "r", "l", "s", "m", "k", "th", "nd", "rn")


def _skewed(rng: random.Random, items: tuple[str, ...] | list[Any], power: float = 2.0) -> Any:
    """An item drawn with a heavy skew towards the start of the list (a few very common)."""
    return items[int(len(items) * rng.random() ** power)]


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    kind: str
    description: str
    aliases: list[str] = field(default_factory=list)  # candidates; kept only if used in text
    maintainer_aliases: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)  # surface forms the articles contain
    identity: str | None = None
    members: tuple[str, ...] = ()
    # persons: (title, country id); others: unused
    title: str = ""
    country: str = ""
    last: str = ""

    def mention(self, form: str) -> str:
        self.used.add(form)
        return form


@dataclass(frozen=True, slots=True)
class SynthQuestion:
    q: str
    answers: tuple[str, ...]  # alternatives; empty when the base cannot answer
    quote: str | None
    kind: str

    @property
    def abstain(self) -> bool:
        return not self.answers


@dataclass(slots=True)
class Synthetic:
    facts: int
    articles: int
    entities: int
    sentences: int
    seed_bytes: int
    questions: list[SynthQuestion]


class _Names:
    """Pronounceable made-up proper nouns, unique once normalised, never an English word the
    engine's lexicon knows (so no name is read as a stop word or a question word)."""

    def __init__(self, rng: random.Random) -> None:
        from bot.engine.lexicon import IRREGULAR, NEUTRAL, STOPWORDS, SYNONYMS

        self.rng = rng
        self.taken: set[str] = set(STOPWORDS) | set(NEUTRAL) | set(IRREGULAR) | set(SYNONYMS)
        self.taken |= {normalise(w) for w in (*NOUNS, *VERBS, *TITLES, *ORG_KINDS, *EVENT_KINDS)}

    def word(self, syllables: int | None = None) -> str:
        while True:
            count = syllables or self.rng.choice((2, 2, 3, 3, 4))
            text = "".join(
                self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS) for _ in range(count)
            ) + self.rng.choice(_CODAS)
            word = text.capitalize()
            # Not reserved here: the alias that uses it claims it (a first name is no alias).
            if normalise(word) not in self.taken and len(word) >= 5:
                return word

    def claim(self, alias: str) -> bool:
        """Reserve an alias; False if another entity has it already."""
        key = normalise(alias)
        if not key or key in self.taken:
            return False
        self.taken.add(key)
        return True


def _acronym(text: str) -> str:
    return "".join(w[0] for w in text.split() if w[0].isupper())


class _World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = _Names(rng)
        self.entities: dict[str, Entity] = {}
        self.by_kind: dict[str, list[Entity]] = defaultdict(list)
        self.counter = 0

    def _new(
        self,
        kind: str,
        name: str,
        description: str,
        aliases: list[str],
        extra: list[str],
        **more: Any,
    ) -> Entity:
        self.counter += 1
        entity_id = f"{kind[:3]}-{normalise(name).replace(' ', '-')}-{self.counter}"
        entity = Entity(entity_id, name, kind, description, **more)
        if not self.names.claim(name):
            raise AssertionError(f"generated a name twice: {name}")  # a bug in _Names
        for alias in aliases:
            if normalise(alias) == normalise(name) or self.names.claim(alias):
                entity.aliases.append(alias)
        for alias in extra:
            if self.names.claim(alias):
                entity.maintainer_aliases.append(alias)
        self.entities[entity_id] = entity
        self.by_kind[kind].append(entity)
        return entity

    def pick(self, kind: str, new_share: float, avoid: set[str]) -> Entity:
        """An existing entity of this kind (popular ones far more often) or a new one."""
        pool = self.by_kind[kind]
        if pool and self.rng.random() >= new_share:
            for _ in range(6):
                entity: Entity = _skewed(self.rng, pool, 3.0)
                if entity.id not in avoid:
                    return entity
        make: dict[str, Callable[[], Entity]] = {
            "country": self.new_country,
            "person": self.new_person,
            "place": self.new_place,
            "organisation": self.new_organisation,
            "agreement": self.new_agreement,
            "event": self.new_event,
        }
        return make[kind]()

    def fresh(self, make: Callable[[], str]) -> str:
        """A name from `make` that no entity has yet (a made-up word is new, but the same
        word with the same noun can come up twice in a big corpus)."""
        while True:
            name = make()
            if normalise(name) not in self.names.taken:
                return name

    def new_country(self) -> Entity:
        name = self.fresh(lambda: self.names.word(self.rng.choice((2, 3))))
        adjective = name + "ian" if name[-1] not in "aeiou" else name + "n"
        return self._new(
            "country",
            name,
            f"{name}, a country in the news.",
            [name, adjective],
            [f"Republic of {name}", f"{adjective}s"],
        )

    def new_person(self) -> Entity:
        first = self.names.word(2)
        full = self.fresh(lambda: f"{first} {self.names.word()}")
        last = full.split()[1]
        country = self.pick("country", 0.15, set())
        title = _skewed(self.rng, TITLES, 1.5)
        return self._new(
            "person",
            full,
            f"{country.name}'s {title}.",
            [full, last],
            [f"Minister {last}", f"{first[0]}. {last}", f"{country.name} {title.lower()} {last}"],
            title=title,
            country=country.id,
            last=last,
        )

    def new_place(self) -> Entity:
        name = self.fresh(self.names.word)
        return self._new("place", name, f"{name}, a city.", [name], [f"{name} City"])

    def new_organisation(self) -> Entity:
        country = self.pick("country", 0.1, set())
        kind = self.rng.choice(ORG_KINDS)
        name = f"{country.name} {kind}"
        if self.rng.random() >= 0.3 or normalise(name) in self.names.taken:
            name = self.fresh(lambda: f"{self.names.word()} {kind}")
        return self._new(
            "organisation",
            name,
            f"The {name}.",
            [name, _acronym(name)],
            [f"the {kind} of {country.name}"],
        )

    def new_agreement(self) -> Entity:
        noun = _skewed(self.rng, NOUNS, 1.5)
        name = self.fresh(lambda: f"{self.names.word()} Agreement on {noun.title()}")
        return self._new(
            "agreement",
            name,
            f"An agreement on {noun}.",
            [name, _acronym(name)],
            [f"{name.split()[0]} Accord", f"{name.split()[0]} deal"],
        )

    def new_event(self) -> Entity:
        name = self.fresh(lambda: f"{self.names.word()} {self.rng.choice(EVENT_KINDS)}")
        return self._new(
            "event", name, f"The {name}.", [name], [name.replace(" ", " Security ", 1)]
        )

    def new_group(self, a: Entity, b: Entity) -> Entity:
        name = f"{a.last} and {b.last}"
        return self._new(
            "group",
            name,
            f"{a.name} and {b.name}.",
            [name],
            [f"{b.last} and {a.last}"],
            members=(a.id, b.id),
        )


# template number -> sentences of it per article (meet, sign, say, count, visit, purpose,
# held, announce, did-not-attend)
_BUDGET = {0: 3, 1: 1, 2: 4, 3: 2, 4: 2, 5: 1, 6: 1, 7: 2, 8: 1}


@dataclass(slots=True)
class _Article:
    id: str
    paragraphs: list[list[str]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    introduced: set[str] = field(default_factory=set)
    next_fact: int = 0
    # How many more sentences of each template this article may have: a real article
    # reports a signing once, not five times.
    budget: dict[int, int] = field(default_factory=lambda: dict(_BUDGET))

    @property
    def exhausted(self) -> bool:
        return not any(self.budget.values())


def _a(count: int) -> str:
    return "an" if str(count)[0] == "8" or count in (11, 18) else "a"


class _Writer:
    """Writes articles sentence by sentence; each sentence is one fact (identity facts
    quote a phrase of the sentence that introduces a person)."""

    def __init__(self, world: _World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.fact_count = 0
        # question text -> (acceptable answers, the quote of the first fact, kind)
        self.questions: dict[str, tuple[set[str], str, str]] = {}
        self.unanswerable: list[SynthQuestion] = []

    # --- mentions ------------------------------------------------------------------------

    def person(self, article: _Article, p: Entity) -> str:
        """First mention: "Velmoria's Defense Minister Kalo Brandu"; later: "Brandu"."""
        if p.id in article.introduced:
            return p.mention(p.last)
        article.introduced.add(p.id)
        country = self.world.entities[p.country]
        phrase = f"{country.mention(country.name)}'s {p.title} {p.mention(p.name)}"
        if p.identity is None:
            p.identity = self._fact_id(article)
            self._add(
                article,
                p.identity,
                phrase,
                f"{p.name} is {country.name}'s {p.title}.",
                {
                    "who": {"answer": f"{p.name}, {country.name}'s {p.title}", "entities": [p.id]},
                    "what": f"{country.name}'s {p.title}",
                },
                [p.country],
                ["title", "role", "position"],
            )
            self._ask(f"Who is {p.name}?", p.title, phrase, "who-is")
        return phrase

    def name(self, e: Entity) -> str:
        if (
            e.kind in ("agreement", "organisation")
            and len(e.aliases) > 1
            and self.rng.random() < 0.3
        ):
            return e.mention(e.aliases[1])  # the acronym, as articles do on second mention
        return e.mention(e.name)

    # --- facts ---------------------------------------------------------------------------

    def _fact_id(self, article: _Article) -> str:
        self.fact_count += 1
        article.next_fact += 1
        return f"{article.id}-f{article.next_fact}"

    def _add(
        self,
        article: _Article,
        fact_id: str,
        quote: str,
        statement: str,
        roles: dict[str, Any],
        entities: list[str],
        keywords: list[str],
        negative: bool = False,
    ) -> None:
        fact: dict[str, Any] = {
            "id": fact_id,
            "statement": statement,
            "quote": quote,
            "roles": roles,
        }
        if entities:
            fact["entities"] = list(dict.fromkeys(entities))
        fact["keywords"] = keywords
        fact["topics"] = [f"t-{article.id}"]
        if negative:
            fact["negative"] = True
        article.facts.append(fact)

    def _ask(self, q: str, answer: str, quote: str, kind: str) -> None:
        answers, first_quote, first_kind = self.questions.get(q, (set(), quote, kind))
        answers.add(answer)
        self.questions[q] = (answers, first_quote, first_kind)

    def sentence(self, article: _Article, cast: dict[str, list[Entity]]) -> str:
        """One sentence of the article, its fact(s), and the questions it answers."""
        rng = self.rng
        c1, c2 = cast["country"][0], cast["country"][1]
        people = cast["person"]
        a, b = rng.sample(people, 2)
        place = rng.choice(cast["place"])
        org = cast["organisation"][0]
        agreement = cast["agreement"][0]
        event = cast["event"][0]
        n1, n2, n3 = (_skewed(rng, NOUNS, 1.6) for _ in range(3))
        while n2 == n1:
            n2 = rng.choice(NOUNS)
        verb = rng.choice(VERBS)
        weekday = rng.choice(WEEKDAYS)
        short_month, month = rng.choice(MONTHS)
        day, year, count = rng.randint(1, 28), rng.randint(1995, 2024), rng.randint(2, 12)
        template = rng.choice([t for t, left in article.budget.items() if left])
        article.budget[template] -= 1
        fid = self._fact_id(article)
        if template == 0:
            sa, sb = self.person(article, a), self.person(article, b)
            text = (
                f"{sa} met {sb} in {place.mention(place.name)} on {weekday} "
                f"({short_month} {day}) to discuss {n1} and {n2}."
            )
            self._add(
                article,
                fid,
                text,
                f"{a.name} met {b.name} in {place.name} to discuss {n1} and {n2}.",
                {
                    "who": {"answer": a.name, "entities": [a.id]},
                    "with_whom": {"answer": b.name, "entities": [b.id]},
                    "where": {"answer": f"In {place.name}", "entities": [place.id]},
                    "when": f"On {weekday} ({short_month} {day})",
                    "why": f"To discuss {n1} and {n2}",
                },
                [],
                ["meet", "met", "talks", "discuss", *n1.split()],
            )
            self._ask(f"Who met {b.last}?", a.last, text, "who")
            self._ask(f"Where did {a.last} meet {b.last}?", place.name, text, "where")
            self._ask(f"When did {a.last} meet {b.name}?", weekday, text, "when")
            self._ask(f"Why did {a.name} meet {b.last}?", n1, text, "why")
        elif template == 1:
            s1, s2 = c1.mention(c1.name), c2.mention(c2.name)
            text = (
                f"{s1} and {s2} signed the {self.name(agreement)} in "
                f"{place.mention(place.name)}, covering {n1}, {n2} and {n3}."
            )
            self._add(
                article,
                fid,
                text,
                f"{c1.name} and {c2.name} signed the {agreement.name}.",
                {
                    "who": {"answer": f"{c1.name} and {c2.name}", "entities": [c1.id, c2.id]},
                    "what": {"answer": f"The {agreement.name}", "entities": [agreement.id]},
                    "where": {"answer": f"In {place.name}", "entities": [place.id]},
                    "how": f"By signing it; it covers {n1}, {n2} and {n3}",
                },
                [],
                ["sign", "signed", "agreement", "cover", *n1.split()],
            )
            self._ask(f"Where was the {agreement.name} signed?", place.name, text, "where")
            self._ask(f"Who signed the {agreement.name}?", c1.name, text, "who")
        elif template == 2:
            sa = self.person(article, a)
            text = (
                f"{sa} said that {c2.mention(c2.name)} would {verb} its {n1} with "
                f"{c1.mention(c1.name)} by {year}."
            )
            self._add(
                article,
                fid,
                text,
                f"{a.name} said {c2.name} would {verb} its {n1} with {c1.name} by {year}.",
                {
                    "who": {"answer": a.name, "entities": [a.id]},
                    "what": f"{c2.name} would {verb} its {n1} with {c1.name}",
                    "when": f"By {year}",
                },
                [c1.id, c2.id],
                ["say", "said", verb, *n1.split()],
            )
            self._ask(
                f"By when will {c2.name} {verb} its {n1} with {c1.name}?", str(year), text, "when"
            )
            self._ask(f"Who said {c2.name} would {verb} its {n1}?", a.last, text, "who")
        elif template == 3:
            text = (
                f"{c1.mention(c1.name)} and {c2.mention(c2.name)} have held {count} rounds of "
                f"{n1} talks since {year}."
            )
            self._add(
                article,
                fid,
                text,
                f"{c1.name} and {c2.name} have held {count} rounds of {n1} talks since {year}.",
                {
                    "how_many": f"{count} rounds",
                    "who": {"answer": f"{c1.name} and {c2.name}", "entities": [c1.id, c2.id]},
                    "when": f"Since {year}",
                },
                [],
                ["hold", "held", "round", "rounds", "talks", *n1.split()],
            )
            self._ask(
                f"How many rounds of {n1} talks have {c1.name} and {c2.name} held?",
                str(count),
                text,
                "how_many",
            )
        elif template == 4:
            sa = self.person(article, a)
            text = (
                f"{sa} visited {place.mention(place.name)} ahead of the "
                f"{event.mention(event.name)}."
            )
            self._add(
                article,
                fid,
                text,
                f"{a.name} visited {place.name} ahead of the {event.name}.",
                {
                    "who": {"answer": a.name, "entities": [a.id]},
                    "where": {"answer": place.name, "entities": [place.id]},
                    "why": {"answer": f"Ahead of the {event.name}", "entities": [event.id]},
                },
                [],
                ["visit", "visited", "trip", "travel"],
            )
            self._ask(
                f"Where did {a.last} go ahead of the {event.name}?", place.name, text, "where"
            )
            self._ask(f"Who visited {place.name} ahead of the {event.name}?", a.last, text, "who")
        elif template == 5:
            text = (
                f"The {self.name(agreement)} aims to {verb} {n1} between "
                f"{c1.mention(c1.name)} and {c2.mention(c2.name)}."
            )
            self._add(
                article,
                fid,
                text,
                f"The {agreement.name} aims to {verb} {n1}.",
                {
                    "what": {
                        "answer": f"To {verb} {n1} between {c1.name} and {c2.name}",
                        "entities": [agreement.id],
                    },
                    "why": f"To {verb} {n1}",
                },
                [c1.id, c2.id],
                ["aim", "purpose", verb, *n1.split()],
            )
            self._ask(f"What is the purpose of the {agreement.name}?", n1, text, "why")
        elif template == 6:
            text = (
                f"The {event.mention(event.name)} was held in {place.mention(place.name)} in "
                f"{month} {year}, hosted by the {self.name(org)}."
            )
            self._add(
                article,
                fid,
                text,
                f"The {event.name} was held in {place.name} in {month} "
                f"{year}, hosted by the {org.name}.",
                {
                    "where": {"answer": f"In {place.name}", "entities": [place.id]},
                    "when": f"In {month} {year}",
                    "who": {"answer": f"The {org.name}", "entities": [org.id]},
                },
                [event.id],
                ["hold", "held", "host", "hosted"],
            )
            self._ask(f"Where was the {event.name} held?", place.name, text, "where")
            self._ask(f"When was the {event.name} held?", f"{month} {year}", text, "when")
        elif template == 7:
            text = (
                f"The {self.name(org)} announced {_a(count)} {count}-point plan on {n1} and "
                f"{n2} on {weekday}."
            )
            self._add(
                article,
                fid,
                text,
                f"The {org.name} announced {_a(count)} {count}-point plan on {n1} and {n2}.",
                {
                    "who": {"answer": f"The {org.name}", "entities": [org.id]},
                    "what": f"{_a(count).capitalize()} {count}-point plan on {n1} and {n2}",
                    "how_many": f"{count} points",
                    "when": f"On {weekday}",
                },
                [],
                ["announce", "announced", "plan", "point", *n1.split()],
            )
            self._ask(
                f"How many points are in the {org.name}'s plan on {n1}?",
                str(count),
                text,
                "how_many",
            )
        else:
            sa = self.person(article, a)
            text = f"{sa} did not attend the {event.mention(event.name)}, citing {n1}."
            self._add(
                article,
                fid,
                text,
                f"{a.name} did not attend the {event.name}.",
                {"who": {"answer": a.name, "entities": [a.id]}, "why": f"Citing {n1}"},
                [event.id],
                ["attend", "attended", "absent", "skip"],
                negative=True,
            )
            self._ask(f"Did {a.last} attend the {event.name}?", "no", text, "yesno")
            self._ask(f"Why did {a.name} skip the {event.name}?", n1, text, "why")
        if rng.random() < 0.12:
            # Questions the base cannot answer: a name it has never seen, or a detail the
            # sentence does not give.
            stranger = f"{self.world.names.word(2)} {self.world.names.word()}"
            self.unanswerable.append(
                SynthQuestion(
                    f"Where did {a.last} meet {stranger}?", (), None, "abstain-unknown-name"
                )
            )
        if rng.random() < 0.06:
            self.unanswerable.append(
                SynthQuestion(
                    f"How much did the {agreement.name} cost?", (), None, "abstain-detail"
                )
            )
        return text


def _cast(world: _World, rng: random.Random, group_share: float) -> dict[str, list[Entity]]:
    """The entities one article is about: a few popular ones and some of its own."""
    countries: list[Entity] = []
    while len(countries) < 2:
        c = world.pick("country", 0.08, {e.id for e in countries})
        if c not in countries:
            countries.append(c)
    people: list[Entity] = []
    for _ in range(rng.randint(3, 5)):
        p = world.pick("person", 0.5, {e.id for e in people})
        if p not in people:
            people.append(p)
    while len(people) < 2:
        people.append(world.new_person())
    cast = {
        "country": countries,
        "person": people,
        "place": [world.pick("place", 0.4, set()) for _ in range(rng.randint(1, 2))],
        "organisation": [world.pick("organisation", 0.5, set())],
        "agreement": [world.pick("agreement", 0.7, set())],
        "event": [world.pick("event", 0.6, set())],
    }
    pair = f"{people[0].last} and {people[1].last}"
    if rng.random() < group_share and normalise(pair) not in world.names.taken:
        cast["group"] = [world.new_group(people[0], people[1])]
    return cast


def generate(
    target_facts: int,
    out: Path,
    *,
    seed: int = 7,
    facts_per_article: int = 30,
    questions: int = 2000,
) -> Synthetic:
    """Write seeds/, facts/ and questions.json for a base of about `target_facts` facts
    (exactly that many, as the last article stops when the count is reached)."""
    rng = random.Random(seed)
    world = _World(rng)
    writer = _Writer(world, rng)
    articles: list[_Article] = []
    number = 0
    while writer.fact_count < target_facts:
        number += 1
        article = _Article(f"a{number:05d}")
        cast = _cast(world, rng, 0.1)
        size = rng.randint(facts_per_article * 2 // 3, facts_per_article * 4 // 3)
        paragraph: list[str] = []
        group = cast.get("group", [None])[0]
        while (
            len(article.facts) < size and writer.fact_count < target_facts and not article.exhausted
        ):
            if group is not None and not paragraph and article.paragraphs:
                text = (
                    f"{group.mention(group.name)} agreed to "
                    f"{rng.choice(VERBS)} cooperation on {rng.choice(NOUNS)}."
                )
                fid = writer._fact_id(article)
                writer._add(
                    article,
                    fid,
                    text,
                    text,
                    {
                        "who": {"answer": group.description.rstrip("."), "entities": [group.id]},
                        "what": text.split(" agreed to ")[1].rstrip("."),
                    },
                    [],
                    ["agree", "agreed"],
                )
                writer._ask(
                    f"What did {group.name} agree to?",
                    text.split(" agreed to ")[1].split()[0],
                    text,
                    "what",
                )
                group = None
            else:
                text = writer.sentence(article, cast)
            paragraph.append(text)
            if len(paragraph) >= rng.randint(2, 4):
                article.paragraphs.append(paragraph)
                paragraph = []
        if paragraph:
            article.paragraphs.append(paragraph)
        article.paragraphs.insert(0, [_headline(cast, rng)])
        articles.append(article)
    return _write(out, world, articles, writer, rng, questions)


def _headline(cast: dict[str, list[Entity]], rng: random.Random) -> str:
    c1, c2 = cast["country"][0], cast["country"][1]
    verb = rng.choice(VERBS).capitalize()
    return (
        f"{c1.mention(c1.name)} and {c2.mention(c2.name)} {verb} Cooperation on "
        f"{rng.choice(NOUNS).title()}"
    )


def _write(
    out: Path,
    world: _World,
    articles: list[_Article],
    writer: _Writer,
    rng: random.Random,
    question_count: int,
) -> Synthetic:
    seeds, facts = out / "seeds", out / "facts"
    seeds.mkdir(parents=True, exist_ok=True)
    facts.mkdir(parents=True, exist_ok=True)
    seed_bytes = sentences = 0
    for article in articles:
        text = "\n\n".join(" ".join(p) for p in article.paragraphs) + "\n"
        seed_bytes += len(text.encode())
        sentences += sum(len(p) for p in article.paragraphs)
        (seeds / f"{article.id}.txt").write_text(text, encoding="utf-8")
        summary = {
            "topic": f"t-{article.id}",
            "title": article.paragraphs[0][0],
            "short": article.paragraphs[1][0] if len(article.paragraphs) > 1 else "News.",
            "points": [{"text": f["statement"], "facts": [f["id"]]} for f in article.facts[:3]],
        }
        _dump(
            facts / f"{article.id}.yaml",
            {"article": article.id, "facts": article.facts, "summaries": [summary]},
        )
    # Every entity, mentioned or not: real entity lists also hold some an article only
    # implies (a group's members, a minister's country).
    entities = [_entity_record(e) for e in world.entities.values()]
    for start in range(0, len(entities), 1000):
        _dump(
            facts / f"entities-{start // 1000:04d}.yaml",
            {"entities": entities[start : start + 1000]},
        )
    answerable = [
        SynthQuestion(q, tuple(sorted(a)), quote if len(a) == 1 else None, kind)
        for q, (a, quote, kind) in writer.questions.items()
    ]
    rng.shuffle(answerable)
    unanswerable = list(writer.unanswerable)
    rng.shuffle(unanswerable)
    wanted_abstain = min(len(unanswerable), question_count // 10)
    chosen = answerable[: question_count - wanted_abstain] + unanswerable[:wanted_abstain]
    chosen = [_maybe_typo(q, rng) for q in chosen]
    rng.shuffle(chosen)
    (out / "questions.json").write_text(
        json.dumps(
            [
                {"q": q.q, "answers": list(q.answers), "quote": q.quote, "kind": q.kind}
                for q in chosen
            ],
            indent=0,
        ),
        encoding="utf-8",
    )
    return Synthetic(writer.fact_count, len(articles), len(entities), sentences, seed_bytes, chosen)


def _maybe_typo(question: SynthQuestion, rng: random.Random) -> SynthQuestion:
    """One question in six has a letter dropped from a long name, as people type."""
    if rng.random() >= 1 / 6:
        return question
    words = question.q.split()
    long = [i for i, w in enumerate(words) if len(w) >= 7 and w[0].isupper() and w.isalpha()]
    if not long:
        return question
    i = rng.choice(long)
    cut = rng.randrange(2, len(words[i]) - 1)
    words[i] = words[i][:cut] + words[i][cut + 1 :]
    return SynthQuestion(" ".join(words), question.answers, question.quote, question.kind + "+typo")


def _entity_record(e: Entity) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "description": e.description,
    }
    aliases = [a for a in e.aliases if a in e.used and normalise(a) != normalise(e.name)]
    if aliases:
        record["aliases"] = aliases
    unused = [a for a in e.aliases if a not in e.used and normalise(a) != normalise(e.name)]
    if e.maintainer_aliases or unused:
        # An alias the articles never use is the maintainers' knowledge, as the schema says.
        record["maintainer_aliases"] = [*e.maintainer_aliases, *unused]
    if e.identity:
        record["identity"] = e.identity
    if e.members:
        record["members"] = list(e.members)
    return record


def _dump(path: Path, data: dict[str, Any]) -> None:
    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(
        yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120),
        encoding="utf-8",
    )


def load_questions(path: Path) -> list[SynthQuestion]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [SynthQuestion(r["q"], tuple(r["answers"]), r["quote"], r["kind"]) for r in raw]


def write(target_facts: int, out: Path, seed: int = 7, questions: int = 2000) -> Synthetic:
    """`generate`, named for callers that only want the files."""
    return generate(target_facts, out, seed=seed, questions=questions)
