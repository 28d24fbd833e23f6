"""`talksbot ask "QUESTION" [--json | --jsonl] [--explain]`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from bot.commands.loading import load_engine
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.engine import Engine
from bot.render import explain_text, render_answer

__all__ = ["answer_lines", "run"]


def run(args: argparse.Namespace) -> int:
    question = " ".join(args.question).strip()
    if args.jsonl and question:
        print(
            "talksbot ask: give questions on stdin with --jsonl, not as arguments", file=sys.stderr
        )
        return 2
    if not args.jsonl and not question:
        print(
            'talksbot ask: what is the question? e.g. talksbot ask "Who met Singh?"',
            file=sys.stderr,
        )
        return 2
    engine = load_engine()
    if engine is None:
        return 1
    if args.jsonl:
        answer_lines(engine, sys.stdin, sys.stdout, explain=args.explain)
        return 0
    answer = engine.answer(question)
    if args.json:
        data = answer.to_json()
        if not args.explain:
            data.pop("explanation", None)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(render_answer(answer, engine.factbase))
    if args.explain:
        print()
        print(explain_text(answer))
    return 0


def _line_record(answer: Answer, explain: bool) -> dict[str, Any]:
    quote = answer.quote
    record: dict[str, Any] = {
        "answer": answer.text,
        "quote": quote.text if quote else None,
        "paragraph": quote.paragraph if quote else None,
        "article": quote.article if quote else None,
        # Every quote, the first being `quote`: later ones may say the same answer again
        # elsewhere in the article ("also": True).
        "quotes": [
            {
                "text": q.text,
                "paragraph": q.paragraph,
                "label": q.label,
                "also": q in answer.also,
            }
            for q in answer.quotes
        ],
        "abstained": answer.abstained,
        "reason": answer.reason.value if answer.reason else None,
        "confidence": answer.confidence,
        "fact_ids": list(answer.fact_ids),
        "suggestions": list(answer.suggestions),
    }
    if explain and answer.explanation is not None:
        record["explanation"] = answer.to_json()["explanation"]
    return record


def answer_lines(engine: Engine, source: TextIO, sink: TextIO, *, explain: bool = False) -> int:
    """Answer one question per input line, in order; a line may be plain text or a JSON
    object {"q": ..., "conversation": ...} that shares context with its conversation."""
    contexts: dict[str, Context] = {}
    count = 0
    out: list[str] = []
    for number, raw in enumerate(source, 1):
        line = raw.strip()
        if not line:
            continue
        conversation: str | None = None
        question = line
        if line.startswith("{"):
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                out.append(json.dumps({"line": number, "error": f"invalid JSON: {error.msg}"}))
                continue
            if not isinstance(item, dict) or not isinstance(item.get("q"), str):
                out.append(json.dumps({"line": number, "error": 'a JSON line needs a string "q"'}))
                continue
            question = item["q"]
            conv = item.get("conversation")
            conversation = None if conv is None else str(conv)
        context = contexts.get(conversation, Context()) if conversation is not None else None
        answer = engine.answer(question, context)
        if conversation is not None:
            contexts[conversation] = answer.context
        out.append(json.dumps(_line_record(answer, explain), ensure_ascii=False))
        count += 1
        if len(out) >= 512:  # write in batches: one syscall per line would dominate
            sink.write("\n".join(out) + "\n")
            out.clear()
    if out:
        sink.write("\n".join(out) + "\n")
    sink.flush()
    return count
