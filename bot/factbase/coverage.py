"""Which sentences of the articles no fact quotes: the gaps in the fact base."""

from __future__ import annotations

from dataclasses import dataclass

from bot.factbase.model import FactBase
from bot.factbase.sentences import sentence_spans

__all__ = ["COVERED_SHARE", "Coverage", "SentenceCoverage", "coverage"]

# A sentence counts as covered when quotes span at least this share of its characters:
# a quote of one clause of a long sentence leaves the sentence's other statements uncovered.
COVERED_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class SentenceCoverage:
    article: str
    paragraph: int
    start: int
    end: int
    text: str
    share: float  # of its non-space characters inside some quote

    @property
    def covered(self) -> bool:
        return self.share >= COVERED_SHARE


@dataclass(frozen=True, slots=True)
class Coverage:
    sentences: tuple[SentenceCoverage, ...]

    @property
    def uncovered(self) -> tuple[SentenceCoverage, ...]:
        return tuple(s for s in self.sentences if not s.covered)

    @property
    def percent(self) -> float:
        if not self.sentences:
            return 100.0
        return 100.0 * (len(self.sentences) - len(self.uncovered)) / len(self.sentences)


def coverage(factbase: FactBase) -> Coverage:
    results: list[SentenceCoverage] = []
    for article in factbase.articles.values():
        quoted = bytearray(len(article.text))
        for fact in factbase.facts.values():
            if fact.article == article.id:
                quoted[fact.quote.start : fact.quote.end] = b"\1" * (
                    fact.quote.end - fact.quote.start
                )
        for paragraph, start, end in sentence_spans(article):
            positions = [i for i in range(start, end) if not article.text[i].isspace()]
            inside = sum(quoted[i] for i in positions)
            share = inside / len(positions) if positions else 1.0
            results.append(
                SentenceCoverage(article.id, paragraph, start, end, article.text[start:end], share)
            )
    return Coverage(tuple(results))
