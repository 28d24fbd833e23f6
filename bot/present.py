"""The fact base as people browse it: who someone is, the timeline, the source, summaries,
and a searchable list of facts, as plain structured values any front end can render.

Pure functions of a FactBase, no I/O and no discord import: the Discord bot turns a `Card`
into an embed, the console chat prints `Card.to_text()`. Autocomplete-style lookups live
here too, so both front ends rank names the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from bot.factbase.model import Article, Entity, Fact, FactBase, Quote, Summary
from bot.text import normalise, stem, tokens

__all__ = [
    "PEOPLE_KINDS",
    "Card",
    "Choice",
    "Item",
    "QuoteRef",
    "entity_choices",
    "facts_page",
    "page_count",
    "question_choices",
    "resolve_entity",
    "resolve_summary",
    "search_facts",
    "source_cards",
    "summary_card",
    "summary_choices",
    "timeline_card",
    "who_card",
]

# Kinds `/who` offers: people first, then the groups and bodies the article quotes.
PEOPLE_KINDS: tuple[str, ...] = ("person", "group", "organisation")

# A fuzzy name match is accepted outright at this score, or when it leads the runner-up
# (a different entity) by the margin: RoboDanny's "extract or exact" rule.
_ACCEPT_SCORE = 90.0
_MIN_SCORE = 75.0
_MARGIN = 8.0
# A query word matches a fact's word with a typo or two at this ratio.
_TYPO_SCORE = 84.0


# --- Values --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """A verbatim passage and how answers cite it ("¶3", "headline")."""

    text: str
    label: str
    paragraph: int = 0

    @classmethod
    def of(cls, quote: Quote) -> QuoteRef:
        return cls(quote.text, quote.label, quote.paragraph)


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a card: an optional short lead (a date, a ¶ label, a fact id),
    the text, and the quotes that back it."""

    text: str
    lead: str | None = None
    quotes: tuple[QuoteRef, ...] = ()
    fact_id: str | None = None


@dataclass(frozen=True, slots=True)
class Card:
    title: str
    description: str = ""
    items: tuple[Item, ...] = ()
    footer: str = ""

    def to_text(self) -> str:
        """The card as plain text for a terminal: title, body, indented items."""
        lines = [self.title, "=" * min(len(self.title), 72)]
        if self.description:
            lines += [self.description, ""]
        for item in self.items:
            head = f"{item.lead}: {item.text}" if item.lead else item.text
            lines.append(f"- {head}")
            lines.extend(f"    “{quote.text}” ({quote.label})" for quote in item.quotes)
        if self.footer:
            lines += ["", self.footer]
        return "\n".join(lines).rstrip() + "\n"


@dataclass(frozen=True, slots=True)
class Choice:
    """An autocomplete choice: what people see and the value the command receives."""

    name: str
    value: str


# --- People and things ------------------------------------------------------------------


def who_card(fb: FactBase, entity: Entity) -> Card:
    """Who someone is and what they did in the article: the facts where they act or are
    acted with come first, then the ones that merely mention them, each with its quote."""
    kind = entity.kind.capitalize()
    description = f"{kind}. {entity.description}"
    named = [alias for alias in entity.aliases if alias != entity.name]
    if named:
        description += "\nThe article calls them: " + ", ".join(named) + "."
    actor: list[Fact] = []
    mentioned: list[Fact] = []
    for fact in fb.facts_about(entity.id):
        if fact.id == entity.identity_fact:
            continue
        acts = any(entity.id in role.entities for role in fact.roles.values())
        (actor if acts else mentioned).append(fact)
    facts: list[Fact] = []
    if entity.identity_fact and entity.identity_fact in fb.facts:
        facts.append(fb.facts[entity.identity_fact])
    facts += sorted(actor, key=_reading_order) + sorted(mentioned, key=_reading_order)
    items = tuple(_fact_item(fact) for fact in _distinct_quotes(facts))
    if not items:
        description += "\nThe article says nothing more about them."
    return Card(
        title=entity.name,
        description=description,
        items=items,
        footer=_source_footer(fb, (f.article for f in facts)),
    )


def resolve_entity(
    fb: FactBase, text: str, kinds: Sequence[str] = PEOPLE_KINDS
) -> tuple[Entity | None, tuple[Entity, ...]]:
    """The entity `text` names (an id, a name or alias, or a close misspelling of one),
    or None with the closest candidates when the name is unknown or ambiguous."""
    pool = [e for e in fb.entities.values() if e.kind in kinds]
    wanted = text.strip()
    for entity in pool:
        if entity.id == wanted:
            return entity, ()
    key = normalise(wanted)
    if not key:
        return None, tuple(pool[:3])
    exact = [e for e in pool if any(normalise(a) == key for a in e.all_aliases)]
    if len(exact) == 1:
        return exact[0], ()
    ranked = _rank_entities(pool, wanted, limit=len(pool))
    if exact:
        return None, tuple(exact)
    if not ranked:
        return None, ()
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score >= _ACCEPT_SCORE or (
        best_score >= _MIN_SCORE and best_score - runner_up >= _MARGIN
    ):
        return best, ()
    return None, tuple(entity for entity, _ in ranked[:3])


def entity_choices(
    fb: FactBase, query: str, kinds: Sequence[str] = PEOPLE_KINDS, limit: int = 25
) -> list[Choice]:
    """Autocomplete for a name: with no query, everyone of those kinds (people first);
    otherwise the best matches over every name and alias."""
    pool = [e for e in fb.entities.values() if e.kind in kinds]
    if query.strip():
        ordered = [entity for entity, _ in _rank_entities(pool, query, limit=limit)]
    else:
        ordered = sorted(pool, key=lambda e: kinds.index(e.kind))[:limit]
    return [Choice(f"{e.name} ({e.kind})", e.id) for e in ordered]


def _rank_entities(pool: Sequence[Entity], query: str, limit: int) -> list[tuple[Entity, float]]:
    aliases = {(e.id, alias): alias for e in pool for alias in e.all_aliases}
    found = process.extract(
        query, aliases, scorer=fuzz.WRatio, processor=default_process, limit=None, score_cutoff=50
    )
    by_id = {e.id: e for e in pool}
    best: dict[str, float] = {}
    for _alias, score, (entity_id, _) in found:
        if score > best.get(entity_id, -1.0):
            best[entity_id] = score
    ranked = sorted(best.items(), key=lambda pair: -pair[1])[:limit]
    return [(by_id[entity_id], score) for entity_id, score in ranked]


# --- Timeline and source ----------------------------------------------------------------


def timeline_card(fb: FactBase) -> Card:
    """The dated facts in order of time, each led by when the article says it happened."""
    timeline = fb.timeline()
    # A fact with no "when" of its own happened with the others of its step.
    step_when: dict[int | None, str] = {}
    for fact in timeline:
        when = fact.role("when")
        if when is not None:
            step_when.setdefault(fact.timeline, when.answer)
    items = []
    for fact in timeline:
        when = fact.role("when")
        lead = when.answer if when else step_when.get(fact.timeline, "Undated")
        items.append(_fact_item(fact, lead=lead))
    return Card(
        title="Timeline",
        description="The events in order of time, as the article dates them. "
        "The article gives days and months, never a year.",
        items=tuple(items),
        footer=_source_footer(fb, (f.article for f in timeline)),
    )


def source_cards(fb: FactBase) -> tuple[Card, ...]:
    """One card per article: title, date, publisher, its paragraphs, and how answers
    cite them."""
    return tuple(_source_card(article) for article in fb.articles.values())


def _source_card(article: Article) -> Card:
    publisher = article.publisher or "not named in the article"
    description = (
        f"Date: {article.date} (as the article gives it)\n"
        f"Publisher: {publisher}\n"
        f"Paragraphs: {article.paragraph_count}, after the headline\n\n"
        "Every answer quotes the article word for word and cites where the quote stands: "
        "“¶1” is the first paragraph after the headline, “headline” the headline itself."
    )
    items = []
    for number, (start, end) in enumerate(article.paragraphs):
        if number == 0:
            continue
        items.append(Item(text=_excerpt(article.text[start:end], 140), lead=f"¶{number}"))
    return Card(
        title=article.title,
        description=description,
        items=tuple(items),
        footer=f"Article id: {article.id}",
    )


# --- Summaries --------------------------------------------------------------------------


def summary_card(fb: FactBase, summary: Summary, length: str = "short") -> Card:
    """A topic's summary: the short form with the paragraphs it rests on, or the full
    form, each point with the quotes of the facts it cites."""
    facts = [fb.facts[fact_id] for fact_id in summary.fact_ids if fact_id in fb.facts]
    if length == "full":
        items = []
        for point in summary.points:
            cited = _distinct_quotes([fb.facts[f] for f in point.facts if f in fb.facts])
            quotes = tuple(QuoteRef.of(fact.quote) for fact in cited)
            items.append(Item(text=point.text, lead=_labels(quotes), quotes=quotes))
        return Card(
            title=summary.title,
            items=tuple(items),
            footer=_source_footer(fb, (f.article for f in facts)),
        )
    labels = _labels(tuple(QuoteRef.of(f.quote) for f in facts))
    description = summary.short + (f"\n\nFrom {labels} of the article." if labels else "")
    return Card(
        title=summary.title,
        description=description,
        footer=_source_footer(fb, (f.article for f in facts)),
    )


def resolve_summary(fb: FactBase, text: str | None) -> Summary | None:
    """The summary `text` names by topic id, title or alias (typos tolerated); no text
    means the overall one."""
    if not text or not text.strip():
        return fb.summaries.get("overall") or next(iter(fb.summaries.values()), None)
    if text in fb.summaries:
        return fb.summaries[text]
    key = normalise(text)
    names = {
        (topic, name): name
        for topic, s in fb.summaries.items()
        for name in (topic, s.title, *s.aliases)
    }
    for topic, name in names:
        if normalise(name) == key:
            return fb.summaries[topic]
    hit = process.extractOne(
        text, names, scorer=fuzz.WRatio, processor=default_process, score_cutoff=_MIN_SCORE
    )
    return fb.summaries[hit[2][0]] if hit else None


def summary_choices(fb: FactBase, query: str, limit: int = 25) -> list[Choice]:
    """Autocomplete for a summary topic, in the maintainers' order when nothing is typed."""
    summaries = list(fb.summaries.values())
    if query.strip():
        names = {(s.topic, name): name for s in summaries for name in (s.title, *s.aliases)}
        found = process.extract(
            query, names, scorer=fuzz.WRatio, processor=default_process, limit=None, score_cutoff=50
        )
        order: dict[str, None] = {}
        for _name, _score, (topic, _) in found:
            order.setdefault(topic, None)
        summaries = [fb.summaries[topic] for topic in order]
    return [Choice(s.title, s.topic) for s in summaries[:limit]]


# --- Facts ------------------------------------------------------------------------------


def search_facts(fb: FactBase, query: str | None) -> tuple[Fact, ...]:
    """Facts matching `query`, best first; every fact in reading order when it is empty.

    A fact matches on the words of its statement, quote, keywords, topics and the names of
    what it is about, stemmed, with a typo or two forgiven; the more query words it
    matches, the higher it ranks. A fact id matches that fact first."""
    ordered = sorted(fb.facts.values(), key=_reading_order)
    if not query or not query.strip():
        return tuple(ordered)
    wanted = [stem(word) for word in tokens(query)]
    if not wanted:
        return tuple(ordered)
    vocabularies = _vocabularies(fb)
    everything = vocabularies[""]
    close = {word: _near(word, everything) for word in wanted}
    scored: list[tuple[float, int, Fact]] = []
    for position, fact in enumerate(ordered):
        vocabulary = vocabularies[fact.id]
        score = 0.0
        for word in wanted:
            if word in vocabulary:
                score += 1.0
            elif not close[word].isdisjoint(vocabulary):
                score += 0.7
        score /= len(wanted)
        if fact.id == query.strip():
            score += 2.0
        if score > 0:
            scored.append((score, position, fact))
    scored.sort(key=lambda entry: (-entry[0], entry[1]))
    return tuple(fact for _, _, fact in scored)


def page_count(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def facts_page(
    fb: FactBase, facts: Sequence[Fact], page: int, *, query: str | None = None, per_page: int = 5
) -> Card:
    """One page (0-based, clamped) of a fact list: each fact's statement and quote."""
    pages = page_count(len(facts), per_page)
    page = min(max(page, 0), pages - 1)
    shown = facts[page * per_page : (page + 1) * per_page]
    title = f"Facts matching “{query.strip()}”" if query and query.strip() else "Facts"
    if facts:
        first = page * per_page + 1
        description = (
            f"{first}–{first + len(shown) - 1} of {len(facts)} · page {page + 1} of {pages}"
        )
    else:
        description = "No fact matches that. Try a name, a place or a word from the article."
    items = tuple(_fact_item(fact, lead=f"{fact.quote.label} · {fact.id}") for fact in shown)
    return Card(
        title=title,
        description=description,
        items=items,
        footer=_source_footer(fb, (f.article for f in shown)),
    )


def question_choices(fb: FactBase, query: str, limit: int = 25) -> list[Choice]:
    """Example questions from the fact base that resemble what is being typed."""
    questions: dict[str, None] = {}
    for fact in sorted(fb.facts.values(), key=_reading_order):
        for question in fact.questions:
            questions.setdefault(question, None)
    pool = list(questions)
    if query.strip():
        found = process.extract(
            query, pool, scorer=fuzz.WRatio, processor=default_process, limit=limit, score_cutoff=55
        )
        pool = [question for question, _, _ in found]
    return [Choice(q, q) for q in pool[:limit]]


# --- Helpers ----------------------------------------------------------------------------


def _reading_order(fact: Fact) -> tuple[str, int, int]:
    return (fact.article, fact.quote.start, -fact.quote.end)


def _fact_item(fact: Fact, lead: str | None = None) -> Item:
    return Item(text=fact.statement, lead=lead, quotes=(QuoteRef.of(fact.quote),), fact_id=fact.id)


def _distinct_quotes(facts: Iterable[Fact]) -> list[Fact]:
    """Facts whose quotes differ, in the given order: a quote equal to or inside another
    one of the list is shown once, with the first fact that has the longer quote."""
    facts = list(facts)
    spans = [(f.article, f.quote.start, f.quote.end) for f in facts]

    def covered(index: int) -> bool:
        article, start, end = spans[index]
        for other, (o_article, o_start, o_end) in enumerate(spans):
            if other == index or o_article != article or not o_start <= start <= end <= o_end:
                continue
            # Inside a longer quote, or equal to one listed earlier.
            if (o_start, o_end) != (start, end) or other < index:
                return True
        return False

    return [fact for index, fact in enumerate(facts) if not covered(index)]


def _labels(quotes: Sequence[QuoteRef]) -> str:
    """ "¶1, ¶3": each paragraph once, in the article's order."""
    ordered = sorted({(q.paragraph, q.label) for q in quotes})
    return ", ".join(label for _, label in ordered)


def _source_footer(fb: FactBase, article_ids: Iterable[str]) -> str:
    ids: dict[str, None] = dict.fromkeys(article_ids)
    articles = [fb.articles[i] for i in ids if i in fb.articles] or list(fb.articles.values())
    return "; ".join(f"Source: “{a.title}”, {a.date}" for a in articles[:2])


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


# The words of each fact, stemmed, for the fact base last searched (keyed by identity and
# fingerprint, holding the FactBase itself so the id cannot be reused); "" holds them all.
_VOCABULARY_CACHE: dict[tuple[int, str], tuple[FactBase, dict[str, frozenset[str]]]] = {}


def _vocabularies(fb: FactBase) -> dict[str, frozenset[str]]:
    key = (id(fb), fb.fingerprint)
    cached = _VOCABULARY_CACHE.get(key)
    if cached is not None:
        return cached[1]
    vocabularies: dict[str, frozenset[str]] = {}
    for fact in fb.facts.values():
        texts = [fact.statement, fact.quote.text, fact.id, *fact.keywords, *fact.topics]
        for entity_id in fact.entities:
            entity = fb.entities.get(entity_id)
            if entity is not None:
                texts += entity.all_aliases
        vocabularies[fact.id] = frozenset(stem(w) for text in texts for w in tokens(text))
    vocabularies[""] = frozenset().union(*vocabularies.values())
    _VOCABULARY_CACHE.clear()
    _VOCABULARY_CACHE[key] = (fb, vocabularies)
    return vocabularies


def _near(word: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """Words of the vocabulary within a typo or two of `word` (itself excluded)."""
    if len(word) < 4:
        return frozenset()
    found = process.extract(
        word, vocabulary, scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE, limit=None
    )
    return frozenset(match for match, _, _ in found if match != word)
