"""Plain-text rendering of an Answer, for the terminal (`talksbot ask`, `talksbot chat`)."""

from __future__ import annotations

import textwrap

from bot.engine.answer import Answer
from bot.factbase.model import FactBase

__all__ = ["explain_text", "render_answer"]


def render_answer(answer: Answer, factbase: FactBase | None = None, width: int = 88) -> str:
    lines: list[str] = [answer.text]
    for note in answer.notes:
        lines.append(f"({note})")
    for quote in answer.evidence:
        where = quote.label
        if factbase is not None and len(factbase.articles) > 1:
            article = factbase.articles.get(quote.article)
            where = f"{article.title}, {quote.label}" if article else where
        wrapped = textwrap.wrap(f"“{quote.text.strip('“”')}”", width=width - 4)
        lines.extend(f"  > {line}" for line in wrapped)
        lines.append(f"    — {where}")
    if answer.also:
        # The same answer said again elsewhere: named, not quoted, to keep answers short.
        lines[-1] += f" (also {', '.join(q.label for q in answer.also)})"
    if answer.abstained and answer.suggestions:
        lines.append("You could ask:")
        lines.extend(f"  • {s}" for s in answer.suggestions)
    return "\n".join(lines)


def explain_text(answer: Answer) -> str:
    explanation = answer.explanation
    if explanation is None:
        return "(no explanation: the question was not analysed)"
    lines = [
        f"question type: {explanation.question_type}",
        f"read as:       {explanation.normalised}",
        f"confidence:    {answer.confidence:.3f}"
        + (f" (abstained: {answer.reason.value})" if answer.reason else ""),
    ]
    if explanation.entities:
        lines.append(
            "entities:      "
            + ", ".join(f"{e} ← “{text}” ({score:g})" for e, text, score in explanation.entities)
        )
    if explanation.candidates:
        lines.append(
            "candidates:    " + ", ".join(f"{f} {s:.3f}" for f, s in explanation.candidates)
        )
    lines.extend(f"note:          {n}" for n in explanation.notes)
    if answer.fact_ids:
        lines.append(
            "answered from: "
            + ", ".join(answer.fact_ids)
            + (f" (role {answer.role})" if answer.role else "")
        )
    return "\n".join(lines)
