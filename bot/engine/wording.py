"""Whether the article uses a word: "Is Washington mentioned?", "is Tokyo in the article?".

Such a question asks about the article's words, not about the entity a word links to: the
fact base links "Washington" to the United States and "Beijing" to China from the
maintainers' knowledge, but the article says "U.S." and "China", so neither word is
mentioned. These answers read the article's own words (`Paragraphs.with_phrase`), built
once with the index, never every fact.
"""

from __future__ import annotations

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore, Scored
from bot.engine.index import FactEntry, _linkable_words, term
from bot.engine.lexicon import COUNTRY_NAMES, STOPWORDS, is_country_word
from bot.engine.question import Parsed
from bot.text import normalise, tokens

__all__ = ["WordingAnswers"]

# Words before the thing asked that are no part of its name: "is THE Pentagon mentioned?".
LEADING_WORDS = frozenset({"the", "a", "an", "any"})
# A thing asked of is a name or a short phrase; a longer one is a claim for the usual
# reading ("is the threat posed by China's Communist Party mentioned?").
MAX_WORDS = 4
# Words that turn the question round ("is China not mentioned?"): left to the usual reading.
TURNING_WORDS = frozenset({"not", "never", "no", "nt"})


class WordingAnswers(EngineCore):
    def _wording_checked(self, what: str, parsed: Parsed, context: Context) -> Answer | None:
        """ "Is Tokyo mentioned?": Yes, quoting where the article says it. "Is Washington
        mentioned?": not by that name, the article says "U.S.". "Is intelligence
        mentioned?": the article has no such word. None when the words are not so plain
        a question (a typo, a longer phrase, some words in the article and some not)."""
        words = self._asked_words(what)
        if not words or parsed.corrections:
            return None
        if self.index.paragraphs.with_phrase(words):
            return self._phrase_in_article(words, parsed, context) or self._named_in_article(
                parsed, context
            )
        return self._named_otherwise(words, parsed, context) or self._word_not_used(
            words, parsed, context
        )

    def _named_in_article(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Is China mentioned?" (only one thing named, nothing else asked of it): yes,
        with the first of the article's own sentences that names it, not one saying the
        statement leaves it out."""
        links = [link for link in parsed.entities if link.start >= 0]
        covered = {i for link in links for i in range(link.start, link.end)}
        rest = [w for i, w in enumerate(parsed.words) if i not in covered]
        if len({link.entity for link in links}) != 1 or not set(rest) <= {"the", "a", "an"}:
            return None
        entity = links[0].entity
        naming = [
            self.index.entries[p]
            for p in self.index.entity_postings.get(entity, ())
            if not self.index.entries[p].fact.negative
            and entity in self.index.entities_in(normalise(self.index.entries[p].fact.quote.text))
        ]
        if not naming:
            return None
        first = min(naming, key=lambda e: (e.fact.quote.paragraph, e.fact.quote.start))
        scored = Scored(first, 1.0, (), True)
        return self._stated("Yes.", scored, 0.9, parsed, context, [scored], [])

    @staticmethod
    def _asked_words(what: str) -> tuple[str, ...]:
        """The words of the thing asked, without the article before it: "the Pentagon" →
        ("pentagon",); nothing for a long phrase or a turned question."""
        words = normalise(what).split()
        while words and words[0] in LEADING_WORDS:
            words = words[1:]
        if len(words) > MAX_WORDS or not TURNING_WORDS.isdisjoint(words):
            return ()
        return tuple(words)

    def _phrase_in_article(
        self, words: tuple[str, ...], parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Is Tokyo mentioned?", "does the article mention logistics?": the article has
        these words, so Yes, with the first sentence saying them (one that states rather
        than denies, where there is one)."""
        entry = self._first_quoting(words, frozenset(parsed.entity_ids))
        if entry is None:
            return None
        scored = Scored(entry, 1.0, (), True)
        return self._answered(
            text=f"Yes. {entry.fact.statement}",
            facts=[entry.fact],
            role=None,
            confidence=0.9,
            parsed=parsed,
            context=context,
            ranked=[scored],
            notes=[],
        )

    def _first_quoting(
        self, words: tuple[str, ...], about: frozenset[str] = frozenset()
    ) -> FactEntry | None:
        """The first fact, in the article's order, whose quote has these words; one that
        is not a denial first ("the statement does not explicitly mention China" names
        China, but "China" is better shown where the article speaks of it)."""
        paragraphs = self.index.paragraphs
        quoting = [
            self.index.by_id[fact_id]
            for place in paragraphs.with_phrase(words)
            for fact_id in paragraphs.facts.get(place, ())
        ]
        having = [e for e in quoting if _has_phrase(tokens(e.fact.quote.text), words)]
        # Of the facts quoting one sentence, one about what was asked whose statement says
        # the words too: "Is Tokyo mentioned?" shows the Tokyo talks, not Pompeo's title
        # from that sentence.
        return min(
            having,
            key=lambda e: (
                e.fact.negative,
                not about <= e.entities,
                not _has_phrase(tokens(e.fact.statement), words),
            ),
            default=None,
        )

    def _named_otherwise(
        self, words: tuple[str, ...], parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Is Washington mentioned?", "is Beijing named?", "is the Pentagon in the
        article?": a name from the maintainers' knowledge, none of whose words the article
        uses, for something it calls otherwise: not by that name, with its own name for it.
        "Is the defense secretary mentioned?" is not (the article has those words, as
        "Secretary of Defense"), nor is a description of several words ("Tokyo talks")."""
        entity = self._whole_name_of(words, parsed)
        if entity is None or any(self.index.paragraphs.by_word.get(w) for w in words):
            return None
        if any(is_country_word(w.removesuffix("s")) and w not in COUNTRY_NAMES for w in words):
            return None  # "Are the Chinese mentioned?" asks of a people, not of a name
        own = self._article_name_of(entity)
        if own is None:
            return None
        name, entry = own
        asked = self._as_named(entity, words)
        scored = Scored(entry, 1.0, (), True)
        return self._answered(
            text=f"No, not by that name: the article says “{name}”, not “{asked}”.",
            facts=[entry.fact],
            role=None,
            confidence=0.9,
            parsed=parsed,
            context=context,
            ranked=[scored],
            notes=[],
        )

    def _whole_name_of(self, words: tuple[str, ...], parsed: Parsed) -> str | None:
        """The one entity (not a group) whose name is exactly the words asked, or None."""
        links = [link for link in parsed.entities if link.start >= 0]
        if len(links) != 1 or links[0].score < 100 or links[0].entity in self.index.members:
            return None
        linked = tuple(_linkable_words(links[0].text))
        return links[0].entity if linked == words else None

    def _article_name_of(self, entity: str) -> tuple[str, FactEntry] | None:
        """The article's own name for the entity that comes first in it, with the first
        fact saying it: the United States → "U.S.", ¶0."""
        found: list[tuple[tuple[int, bool, bool], str, FactEntry]] = []
        for alias in self.factbase.entities[entity].aliases:
            alias_words = tuple(tokens(alias))
            entry = self._first_quoting(alias_words)
            if entry is not None:
                quote = entry.fact.quote
                # "U.S." and "United States" are the same words normalised: the one the
                # quote itself writes is shown.
                written = alias in quote.text
                found.append(((quote.paragraph, entry.fact.negative, not written), alias, entry))
        if not found:
            return None
        _, alias, entry = min(found, key=lambda f: f[0])
        return alias, entry

    def _as_named(self, entity: str, words: tuple[str, ...]) -> str:
        """The asked name as the maintainers write it ("Beijing", "BECA"), else as asked."""
        for alias in self.factbase.entities[entity].maintainer_aliases:
            if tuple(_linkable_words(alias)) == words:
                return alias
        return " ".join(words)

    def _word_not_used(
        self, words: tuple[str, ...], parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Is intelligence mentioned?", "are drones mentioned?": nothing named, and none
        of the words asked (nor any form of them: "militaries" for "military") is in the
        article, which is all there is to say. The fact base may link the word to a fact
        ("intelligence" to information sharing), but the article does not use it."""
        content = [w for w in words if w not in STOPWORDS]
        if parsed.entities or parsed.unknown_names or not set(parsed.unknown).isdisjoint(content):
            return None  # "Is Modi mentioned?": a name the bot does not know, said as such
        by_term = self.index.paragraphs.by_term
        if not content or any(term(w) in by_term or w in by_term for w in content):
            return None
        said = " ".join(words)
        noun = "word" if len(content) == 1 else "words"
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't mention {said}: it never uses the {noun} “{said}”.",
            context,
            parsed=parsed,
            suggestions=self._suggest_for(parsed, parsed.entity_ids),
        )


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))
