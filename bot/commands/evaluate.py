"""`talksbot eval FILE.yaml [--sweep] [--quiet]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import Paths
from bot.engine.engine import ANSWER_THRESHOLD, Engine
from bot.evaluation import EvalError, EvalReport, evaluate, load_eval
from bot.factbase.compiler import compile_factbase

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    try:
        items = load_eval(Path(args.file))
    except EvalError as error:
        print(error, file=sys.stderr)
        return 2
    paths = Paths.from_env()
    result = compile_factbase(paths.facts, paths.seeds)
    if result.factbase is None or result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    report = evaluate(Engine(result.factbase), items)
    sweep = evaluate(Engine(result.factbase, threshold=0.0), items) if args.sweep else None
    if not args.quiet:
        print_failures(report)
    print_summary(report)
    if sweep is not None:
        print_sweep(sweep)
    return 0


def print_failures(report: EvalReport) -> None:
    for outcome in report.failures:
        item, answer = outcome.item, outcome.answer
        convo = f" [{item.conversation}]" if item.conversation else ""
        expected = "abstain" if item.abstain else " & ".join(item.answer)
        print(f"#{item.number}{convo} {item.q}")
        print(f"    expected: {expected}")
        print(f"    got:      {answer.text[:160]!r} (confidence {answer.confidence:.2f})")
        print(f"    why:      {outcome.why}")


def print_summary(report: EvalReport) -> None:
    answerable, unanswerable = report.answerable, report.unanswerable
    print(
        f"questions: {len(report.outcomes)} ({len(answerable)} answerable, "
        f"{len(unanswerable)} not answerable from the article)"
    )
    print(f"answerable accuracy:       {report.accuracy:6.1%}")
    print(f"abstention on unanswerable: {report.abstention:6.1%}")
    print(f"false-answer rate:          {report.false_answer_rate:6.1%}")
    lengths = sorted(len(o.answer.text) for o in report.outcomes if not o.answer.abstained)
    if lengths:
        print(f"median answer length:       {lengths[len(lengths) // 2]} characters")
    print("per tag (correct/total):")
    for tag, (good, total) in report.per_tag().items():
        print(f"  {tag:<22} {good:>4}/{total:<4} {good / total:6.1%}")


def print_sweep(report: EvalReport) -> None:
    print(f"threshold sweep (the engine's own threshold is {ANSWER_THRESHOLD:.2f}):")
    print("  threshold  accuracy  abstention  false answers")
    for step in range(0, 20):
        threshold = step / 20
        accuracy, abstention, false = report.at_threshold(threshold)
        print(f"  {threshold:9.2f}  {accuracy:8.1%}  {abstention:10.1%}  {false:13.1%}")
