"""`talksbot gaps`: the questions the bot could not answer, and the answers people 👎'd."""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys

from bot.config import Settings
from bot.maintain.gaps import build_report, parse_since, render_table, report_json
from bot.maintain.store import SchemaError, open_for_reading, read_gaps, read_votes

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as error:
        print(f"talksbot gaps: {error}", file=sys.stderr)
        return 2
    if args.limit < 1:
        print("talksbot gaps: --limit must be at least 1", file=sys.stderr)
        return 2
    path = Settings.from_env().gaps_db
    if path is None:  # pragma: no cover - from_env always names a file
        print("talksbot gaps: no gaps database configured (TALKSBOT_GAPS_DB)", file=sys.stderr)
        return 2
    try:
        conn = open_for_reading(path)
        if conn is None:
            gaps, votes = [], []
            if not args.json:
                print(
                    f"nothing recorded yet: {path} does not exist (the bot creates it when "
                    "someone asks a question it cannot answer)",
                    file=sys.stderr,
                )
        else:
            try:
                gaps, votes = read_gaps(conn, since), read_votes(conn, since)
            finally:
                conn.close()
    except (sqlite3.Error, SchemaError) as error:
        print(f"talksbot gaps: cannot read {path}: {error}", file=sys.stderr)
        return 1
    report = build_report(gaps, votes, since=since, limit=args.limit)
    if args.json:
        json.dump(report_json(report), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(render_table(report, width=shutil.get_terminal_size((100, 24)).columns))
    return 0
