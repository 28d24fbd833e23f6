"""The `FeedbackSink` that keeps what people tell the bot, in the SQLite gaps store.

Front ends call it on their event loop; each call builds a record and queues it for the
store's writer thread, so it returns at once (see `bot.maintain.store`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.feedback import Vote, Where
from bot.maintain.store import (
    LOW_CONFIDENCE,
    FeedbackStore,
    GapKind,
    GapRecord,
    VoteRecord,
    gap_from_answer,
)

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.engine.answer import Answer
    from bot.live import LiveFactBase

__all__ = ["SqliteFeedbackSink", "open_feedback_sink"]


class SqliteFeedbackSink:
    """Abstentions, unsure answers, "none of these" clicks and votes, each stamped with the
    version of the fact base that answered (`version()`), so a report can tell old gaps
    that a later edit has closed from new ones."""

    def __init__(
        self,
        store: FeedbackStore,
        *,
        version: Callable[[], str] | None = None,
        low_confidence: float = LOW_CONFIDENCE,
    ) -> None:
        self.store = store
        self.version = version
        self.low_confidence = low_confidence

    def _version(self) -> str | None:
        return self.version() if self.version is not None else None

    def record_answer(self, question: str, answer: Answer, where: Where) -> None:
        gap = gap_from_answer(
            question, answer, where, low_confidence=self.low_confidence, factbase=self._version()
        )
        if gap is not None:
            self.store.submit(gap)

    def record_gap(self, question: str, where: Where) -> None:
        self.store.submit(
            GapRecord(question, GapKind.NONE_OF_THESE, where, factbase=self._version())
        )

    def record_vote(
        self, question: str, answer_text: str, fact_ids: Sequence[str], vote: Vote, where: Where
    ) -> None:
        self.store.submit(
            VoteRecord(
                question,
                answer_text,
                vote,
                where,
                fact_ids=tuple(fact_ids),
                factbase=self._version(),
            )
        )


def open_feedback_sink(settings: Settings, live: LiveFactBase) -> SqliteFeedbackSink | None:
    """The sink over a started store at `settings.gaps_db` (None if none is configured),
    stamping records with the version of the fact base serving at the time. Close it with
    `await sink.store.aclose()` when the bot stops."""
    if settings.gaps_db is None:
        return None
    store = FeedbackStore(settings.gaps_db, store_user_ids=settings.store_user_ids).start()
    return SqliteFeedbackSink(store, version=lambda: live.factbase.fingerprint)
