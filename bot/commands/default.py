"""`talksbot` with no command: the Discord bot when a token is configured, else the
console chat. The token may come from the environment or from `.env`."""

from __future__ import annotations

import argparse
import os

from bot.config import load_env_file

__all__ = ["run_default"]


def run_default() -> int:
    load_env_file()
    if (os.environ.get("DISCORD_TOKEN") or "").strip():
        from bot.commands import discord_run

        return discord_run.run(
            argparse.Namespace(
                command="run", shards=None, auto_shard=False, shard_ids=None, shard_count=None
            )
        )
    from bot.commands.chat import run_console

    return run_console()
