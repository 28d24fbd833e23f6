"""The `talksbot` command. Each subcommand imports what it needs only when it runs, so
answering a question never pays for importing discord.py."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="talksbot",
        description="Grounded answers about the U.S.–India defence talks of October 2020. "
        "With no command: the Discord bot if DISCORD_TOKEN is set, else the console chat.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    facts = sub.add_parser("facts", help="check the fact base, report coverage, draft facts")
    facts_sub = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)
    check = facts_sub.add_parser("check", help="validate facts/ against seeds/; exit 1 on errors")
    check.add_argument("--watch", action="store_true", help="check again whenever a file changes")
    facts_sub.add_parser("coverage", help="list the article's sentences that no fact quotes")
    draft = facts_sub.add_parser("draft", help="write a skeleton fact file for a new article")
    draft.add_argument("article", help="path to the new article (plain UTF-8 text)")
    draft.add_argument("--out", help="where to write the YAML (default: facts/draft-ID.yaml)")
    draft.add_argument("--force", action="store_true", help="overwrite an existing draft")

    ask = sub.add_parser("ask", help="answer one question (or many with --jsonl)")
    ask.add_argument("question", nargs="*", help="the question; omit with --jsonl")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    mode.add_argument(
        "--jsonl",
        action="store_true",
        help="read questions from stdin, one per line, write JSON lines",
    )
    ask.add_argument("--explain", action="store_true", help="show how the question was read")

    sub.add_parser("chat", help="an interactive console chat")

    evaluate = sub.add_parser("eval", help="run a question set and report accuracy")
    evaluate.add_argument("file", help="YAML question set, e.g. tests/eval/questions.yaml")
    evaluate.add_argument(
        "--sweep",
        action="store_true",
        help="accuracy and false answers across confidence thresholds",
    )
    evaluate.add_argument("--quiet", action="store_true", help="only the summary, no failures")

    run = sub.add_parser("run", help="connect to Discord (needs DISCORD_TOKEN)")
    run.add_argument("--shards", type=int, help="run N shards in this process")
    run.add_argument(
        "--auto-shard",
        action="store_true",
        help="let Discord choose the shard count (AutoShardedClient)",
    )
    run.add_argument("--shard-ids", help="comma-separated shard ids for this process")
    run.add_argument("--shard-count", type=int, help="total shards across all processes")

    sync = sub.add_parser("sync", help="register the slash commands with Discord")
    sync.add_argument("--guild", type=int, help="sync to one server only (instant; for testing)")

    gaps = sub.add_parser("gaps", help="questions the bot could not answer, and 👎 answers")
    gaps.add_argument("--since", help="only since this date (YYYY-MM-DD) or age (7d, 12h)")
    gaps.add_argument("--json", action="store_true", help="print JSON instead of a table")
    gaps.add_argument("--limit", type=int, default=20, help="rows per table (default 20)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(parser, args)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    command = args.command
    if command is None:
        from bot.commands.default import run_default

        return run_default()
    if command == "facts":
        from bot.commands import facts

        return facts.run(args)
    if command == "ask":
        from bot.commands import ask

        return ask.run(args)
    if command == "chat":
        from bot.commands import chat

        return chat.run(args)
    if command == "eval":
        from bot.commands import evaluate

        return evaluate.run(args)
    if command in ("run", "sync"):
        from bot.commands import discord_run

        return discord_run.run(args)
    if command == "gaps":
        from bot.commands import gaps

        return gaps.run(args)
    parser.error(f"unknown command {command}")  # argparse rejects it first; this never returns
