"""`talksbot facts check | coverage | draft`."""

from __future__ import annotations

import argparse
import sys

from bot.config import Paths
from bot.factbase.compiler import compile_factbase
from bot.factbase.problems import display_path

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    paths = Paths.from_env()
    action = args.facts_command
    if action == "check":
        if args.watch:
            from bot.commands.facts_watch import watch

            return watch(paths)
        return check(paths)
    if action == "coverage":
        return report_coverage(paths)
    if action == "draft":
        from bot.maintain.draft import run_draft

        return run_draft(args, paths)
    return 2  # pragma: no cover - argparse requires an action


def check(paths: Paths) -> int:
    result = compile_factbase(paths.facts, paths.seeds)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.factbase is None or result.problems:
        count = len(result.problems)
        print(
            f"{count} problem{'s' if count != 1 else ''}; the fact base was not compiled",
            file=sys.stderr,
        )
        return 1
    fb = result.factbase
    print(
        f"ok: {len(fb.articles)} article(s), {len(fb.entities)} entities, {len(fb.facts)} facts, "
        f"{len(fb.summaries)} summaries in {display_path(paths.facts)}"
    )
    return 0


def report_coverage(paths: Paths) -> int:
    from bot.factbase.coverage import coverage

    result = compile_factbase(paths.facts, paths.seeds)
    if result.factbase is None or result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print("fix the problems above first (talksbot facts check)", file=sys.stderr)
        return 1
    report = coverage(result.factbase)
    for sentence in report.uncovered:
        where = "headline" if sentence.paragraph == 0 else f"¶{sentence.paragraph}"
        print(f"{sentence.article} {where} ({sentence.share:.0%} quoted): {sentence.text}")
    covered = len(report.sentences) - len(report.uncovered)
    print(f"{report.percent:.1f}% of sentences covered ({covered} of {len(report.sentences)})")
    return 0
