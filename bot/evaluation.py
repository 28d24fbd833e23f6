"""Running a question set against the engine and measuring it.

The set is a YAML list of items: `q`; `expect`, either `abstain` or `{answer: [...], quote: "..."}`
(every answer item must occur in the answer text, case-insensitive, "a|b" matching either
alternative; the optional quote must occur in a returned quote); optional `conversation`
(items with one id are asked in order with shared context) and `tags`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.engine import Engine
from bot.text import fold_for_quotes

__all__ = ["EvalError", "EvalItem", "EvalReport", "Outcome", "evaluate", "load_eval", "matches"]


class EvalError(Exception):
    """The question set itself is malformed; the message says where."""


@dataclass(frozen=True, slots=True)
class EvalItem:
    number: int  # 1-based position in the file
    q: str
    abstain: bool
    answer: tuple[str, ...] = ()
    quote: str | None = None
    conversation: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    item: EvalItem
    answer: Answer
    correct: bool
    why: str  # empty when correct

    @property
    def false_answer(self) -> bool:
        """The bot asserted something wrong (an answer where it should abstain, or a wrong one)."""
        return not self.answer.abstained and not self.correct


@dataclass
class EvalReport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def answerable(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.item.abstain]

    @property
    def unanswerable(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.abstain]

    @property
    def accuracy(self) -> float:
        return _share(self.answerable, lambda o: o.correct)

    @property
    def abstention(self) -> float:
        return _share(self.unanswerable, lambda o: o.answer.abstained)

    @property
    def false_answer_rate(self) -> float:
        return _share(self.outcomes, lambda o: o.false_answer)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]

    def per_tag(self) -> dict[str, tuple[int, int]]:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for outcome in self.outcomes:
            for tag in outcome.item.tags:
                counts[tag][0] += outcome.correct
                counts[tag][1] += 1
        return {tag: (c[0], c[1]) for tag, c in sorted(counts.items())}

    def at_threshold(self, threshold: float) -> tuple[float, float, float]:
        """(accuracy, abstention, false-answer rate) if answers below `threshold` abstained."""

        def ok(o: Outcome) -> bool:
            abstains = o.answer.abstained or o.answer.confidence < threshold
            return abstains if o.item.abstain else (o.correct and not abstains)

        def false(o: Outcome) -> bool:
            return not (o.answer.abstained or o.answer.confidence < threshold) and not o.correct

        return (
            _share(self.answerable, ok),
            _share(self.unanswerable, ok),
            _share(self.outcomes, false),
        )


def _share(items: list[Outcome], test: Callable[[Outcome], bool]) -> float:
    if not items:
        return 1.0
    return sum(1 for o in items if test(o)) / len(items)


def _fold(text: str) -> str:
    """Compare answers loosely on form, strictly on content: case, quote marks, spacing and
    punctuation other than + and digits' separators do not matter."""
    text = fold_for_quotes(text).lower()
    text = re.sub(r"[^\w+]+", " ", text)
    return " ".join(text.split())


def matches(expected: str, text: str) -> bool:
    folded = f" {_fold(text)} "
    return any(
        f" {_fold(alt)} " in folded or _fold(alt) in folded
        for alt in expected.split("|")
        if _fold(alt)
    )


def load_eval(path: Path) -> list[EvalItem]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise EvalError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise EvalError(f"{path}: not UTF-8") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise EvalError(f"{where}: YAML error: {getattr(error, 'problem', error)}") from None
    if not isinstance(data, list) or not data:
        raise EvalError(f"{path}: expected a non-empty YAML list of questions")
    items: list[EvalItem] = []
    for number, raw in enumerate(data, 1):
        where = f"{path}: item {number}"
        if not isinstance(raw, dict) or not isinstance(raw.get("q"), str):
            raise EvalError(f"{where}: each item needs a 'q' string")
        unknown = set(raw) - {"q", "expect", "conversation", "tags"}
        if unknown:
            raise EvalError(f"{where}: unknown keys {sorted(unknown)}")
        expect = raw.get("expect")
        conversation = raw.get("conversation")
        tags = raw.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise EvalError(f"{where}: 'tags' must be a list of strings")
        if expect == "abstain":
            items.append(
                EvalItem(number, raw["q"], True, conversation=_str(conversation), tags=tuple(tags))
            )
            continue
        if isinstance(expect, dict) and isinstance(expect.get("answer"), list):
            # A bare 26 or 2 in YAML is a number; it is meant as the text "26".
            expect["answer"] = [
                str(a) if isinstance(a, int | float) and not isinstance(a, bool) else a
                for a in expect["answer"]
            ]
        booleans = expect.get("answer") if isinstance(expect, dict) else None
        if isinstance(booleans, list) and any(isinstance(a, bool) for a in booleans):
            # YAML reads a bare yes / no as true / false.
            raise EvalError(f"{where}: write yes and no as strings in 'answer': ['yes'], ['no']")
        if (
            not isinstance(expect, dict)
            or not isinstance(expect.get("answer"), list)
            or not all(isinstance(a, str) for a in expect["answer"])
        ):
            raise EvalError(f"{where}: 'expect' must be 'abstain' or {{answer: [...], quote: ...}}")
        quote = expect.get("quote")
        if quote is not None and not isinstance(quote, str):
            raise EvalError(f"{where}: 'quote' must be a string")
        items.append(
            EvalItem(
                number,
                raw["q"],
                False,
                tuple(expect["answer"]),
                quote,
                _str(conversation),
                tuple(tags),
            )
        )
    return items


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def evaluate(engine: Engine, items: list[EvalItem]) -> EvalReport:
    report = EvalReport()
    contexts: dict[str, Context] = {}
    for item in items:
        context = contexts.get(item.conversation, Context()) if item.conversation else Context()
        answer = engine.answer(item.q, context)
        if item.conversation:
            contexts[item.conversation] = answer.context
        report.outcomes.append(judge(item, answer))
    return report


def judge(item: EvalItem, answer: Answer) -> Outcome:
    if item.abstain:
        if answer.abstained:
            return Outcome(item, answer, True, "")
        return Outcome(item, answer, False, "answered, but the article cannot answer this")
    if answer.abstained:
        return Outcome(
            item, answer, False, f"abstained ({answer.reason.value if answer.reason else ''})"
        )
    missing = [a for a in item.answer if not matches(a, answer.text)]
    if missing:
        return Outcome(item, answer, False, f"answer lacks {missing}")
    if item.quote is not None and not any(
        _fold(item.quote) in _fold(q.text) for q in answer.quotes
    ):
        return Outcome(item, answer, False, "quote does not contain the expected passage")
    return Outcome(item, answer, True, "")
