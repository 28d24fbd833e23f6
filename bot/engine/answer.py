"""What the engine returns: an answer, or an honest abstention, with its evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

from bot.engine.context import Context
from bot.factbase.model import Quote

__all__ = ["AbstainReason", "Answer", "CitedQuote", "Explanation"]


class AbstainReason(str, Enum):
    NOT_IN_ARTICLE = "not_in_article"
    AMBIGUOUS = "ambiguous"
    OFF_TOPIC = "off_topic"
    CHIT_CHAT = "chit_chat"
    EMPTY = "empty"


# An answer cites the fact base's own Quote: the verbatim text, its article, paragraph
# and span, and the label answers show ("¶3", "headline").
CitedQuote = Quote


@dataclass(frozen=True, slots=True)
class Explanation:
    """For maintainers: how the engine read the question and what it weighed."""

    question_type: str
    normalised: str
    entities: tuple[tuple[str, str, float], ...] = ()  # (entity id, matched text, score)
    candidates: tuple[tuple[str, float], ...] = ()  # (fact id, score), best first
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    quotes: tuple[CitedQuote, ...]
    fact_ids: tuple[str, ...]
    confidence: float
    abstained: bool
    reason: AbstainReason | None = None
    suggestions: tuple[str, ...] = ()
    explanation: Explanation | None = None
    role: str | None = None
    summary_topic: str | None = None
    notes: tuple[str, ...] = field(default=())  # e.g. "your question was shortened"
    # Quotes (also in `quotes`, after the first) that say the same answer again elsewhere in
    # the article: the agreement of ¶3 is in ¶1 too. Front ends may name them by ¶ only.
    corroborating: tuple[CitedQuote, ...] = ()
    # The context to pass with the next question of this conversation.
    context: Context = field(default_factory=Context, compare=False)

    @property
    def quote(self) -> CitedQuote | None:
        return self.quotes[0] if self.quotes else None

    @property
    def evidence(self) -> tuple[CitedQuote, ...]:
        """The quotes to show in full: the first, and every one that is not corroboration."""
        return tuple(q for i, q in enumerate(self.quotes) if i == 0 or q not in self.corroborating)

    @property
    def also(self) -> tuple[CitedQuote, ...]:
        """The quotes that only say the same again (shown compactly: "also ¶1")."""
        shown = self.evidence
        return tuple(q for q in self.quotes if q not in shown)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json`: stable keys, quote flattened for convenience."""
        data = asdict(self)
        data.pop("context", None)
        data["reason"] = self.reason.value if self.reason else None
        data["quote"] = self.quotes[0].text if self.quotes else None
        data["paragraph"] = self.quotes[0].paragraph if self.quotes else None
        data["quotes"] = [asdict(q) | {"label": q.label} for q in self.quotes]
        data["corroborating"] = [asdict(q) | {"label": q.label} for q in self.also]
        return data
