"""The BM25 baseline: rank_bm25's Okapi BM25 over the seed articles' sentences.

Its answer to a question is the best-scoring sentence, verbatim, and it abstains when that
score is below a threshold. The threshold is chosen by a sweep over every score it produced
on the question set, keeping the one that gets the most items right (answered correctly or
rightly abstained), ties going to the higher threshold (fewer false answers). The sweep sees
the answers, so the baseline's figure is the best any single threshold could do: an upper
bound, which is the fair side to err on for a baseline.

Its words go through the same steps a careful BM25 set-up would use: lower case, the
engine's stop words dropped, Snowball stems. Nothing under `bot/` imports this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rank_bm25 import BM25Okapi

from bot.engine.answer import AbstainReason, Answer, CitedQuote
from bot.engine.lexicon import STOPWORDS
from bot.evaluation import EvalItem, EvalReport, judge
from bot.factbase.model import Article
from bot.factbase.sentences import sentence_spans
from bot.text import fold_quotes, stem

__all__ = ["BM25Baseline", "Scored", "Sweep", "bm25_tokens", "sweep"]

_WORD = re.compile(r"[a-z0-9]+")


def bm25_tokens(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(fold_quotes(text).lower()) if w not in STOPWORDS]


@dataclass(frozen=True, slots=True)
class Scored:
    """BM25's best sentence for one question and its score."""

    quote: CitedQuote
    score: float

    def answer(self, threshold: float) -> Answer:
        abstained = self.score < threshold
        if abstained:
            return Answer(
                text="",
                quotes=(),
                fact_ids=(),
                confidence=self.score,
                abstained=True,
                reason=AbstainReason.NOT_IN_ARTICLE,
            )
        return Answer(
            text=self.quote.text,
            quotes=(self.quote,),
            fact_ids=(),
            confidence=self.score,
            abstained=False,
        )


class BM25Baseline:
    def __init__(self, articles: Iterable[Article]) -> None:
        self.sentences: list[CitedQuote] = []
        for article in articles:
            for paragraph, start, end in sentence_spans(article):
                self.sentences.append(
                    CitedQuote(
                        article=article.id,
                        text=article.text[start:end],
                        start=start,
                        end=end,
                        paragraph=paragraph,
                    )
                )
        self.model = BM25Okapi([bm25_tokens(s.text) for s in self.sentences])

    def best(self, question: str) -> Scored:
        scores = self.model.get_scores(bm25_tokens(question))
        position = int(scores.argmax())
        return Scored(self.sentences[position], float(scores[position]))


@dataclass(frozen=True, slots=True)
class Sweep:
    threshold: float
    accuracy: float  # answerable items answered correctly
    abstention: float  # unanswerable items it abstained on
    false_answer_rate: float  # items where it asserted something wrong
    correct: int  # items right either way, what the sweep maximises

    def as_row(self) -> tuple[float, float, float, float]:
        return self.threshold, self.accuracy, self.abstention, self.false_answer_rate


def report_at(items: Sequence[EvalItem], scored: Sequence[Scored], threshold: float) -> EvalReport:
    report = EvalReport()
    for item, best in zip(items, scored, strict=True):
        report.outcomes.append(judge(item, best.answer(threshold)))
    return report


def sweep(items: Sequence[EvalItem], scored: Sequence[Scored]) -> tuple[Sweep, list[Sweep]]:
    """Every useful threshold (0, and just above each score produced) and the best one.

    Each item is judged once as answered; at a threshold an item is answered if its score
    reaches it, so the sweep is arithmetic on those verdicts (the same `judge` decides)."""
    right_if_answered = [
        judge(item, best.answer(float("-inf"))).correct
        for item, best in zip(items, scored, strict=True)
    ]
    answerable = sum(1 for item in items if not item.abstain)
    unanswerable = sum(1 for item in items if item.abstain)
    rows: list[Sweep] = []
    for threshold in sorted({0.0, *(s.score + 1e-9 for s in scored)}):
        correct_answers = rightly_abstained = false = 0
        for item, best, right in zip(items, scored, right_if_answered, strict=True):
            answered = best.score >= threshold
            if item.abstain:
                rightly_abstained += not answered
            else:
                correct_answers += answered and right
            false += answered and not right
        # An empty group counts as all right, as `EvalReport` counts it.
        rows.append(
            Sweep(
                threshold,
                correct_answers / answerable if answerable else 1.0,
                rightly_abstained / unanswerable if unanswerable else 1.0,
                false / len(items),
                correct_answers + rightly_abstained,
            )
        )
    chosen = max(rows, key=lambda r: (r.correct, r.threshold))
    return chosen, rows
