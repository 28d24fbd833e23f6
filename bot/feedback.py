"""Where people's feedback goes: the answers the bot gave (so abstentions can be reviewed),
"none of these" clicks on suggestions (gaps), and 👍/👎 votes on answers.

Front ends report through a `FeedbackSink`; the default only logs. A store that keeps the
feedback (the SQLite one in `bot.maintain`, say) implements the same three methods and is
handed to the front end, so nothing else changes when it arrives. No discord import: the
console chat can report through it too.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from bot.engine.answer import Answer

__all__ = ["FeedbackSink", "LoggingFeedbackSink", "Vote", "Where"]

log = logging.getLogger(__name__)


class Vote(StrEnum):
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class Where:
    """Where feedback came from. Front ends pass everything they know; whether user ids
    are kept is the sink's decision (see `TALKSBOT_STORE_USER_IDS`)."""

    place: Literal["guild", "dm", "console"]
    guild_id: int | None = None
    channel_id: int | None = None
    user_id: int | None = None

    def __str__(self) -> str:
        if self.place == "guild":
            return f"guild {self.guild_id} channel {self.channel_id}"
        return self.place


@runtime_checkable
class FeedbackSink(Protocol):
    """Receives feedback. Called on the front end's event loop, so each call must return
    quickly (queue the write, as a SQLite writer thread would). Callers log and swallow
    whatever a sink raises: a broken store never stops the bot answering."""

    def record_answer(self, question: str, answer: Answer, where: Where) -> None:
        """The bot answered (or abstained on) `question`; a store keeps the gaps."""

    def record_gap(self, question: str, where: Where) -> None:
        """Someone saw the suggestions offered for `question` and said none of them fit."""

    def record_vote(
        self, question: str, answer_text: str, fact_ids: Sequence[str], vote: Vote, where: Where
    ) -> None:
        """Someone rated the answer `answer_text` to `question`, built from `fact_ids`."""


class LoggingFeedbackSink:
    """The default sink: a log line per event, nothing kept."""

    def record_answer(self, question: str, answer: Answer, where: Where) -> None:
        if answer.abstained:
            reason = answer.reason.value if answer.reason else "-"
            log.info("abstained (%s): %r (%s)", reason, question, where)

    def record_gap(self, question: str, where: Where) -> None:
        log.info("gap: none of the suggestions fit %r (%s)", question, where)

    def record_vote(
        self, question: str, answer_text: str, fact_ids: Sequence[str], vote: Vote, where: Where
    ) -> None:
        log.info("vote %s: %r -> %s (%s)", vote.value, question, ",".join(fact_ids) or "-", where)
