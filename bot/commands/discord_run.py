"""`talksbot run` (connect to Discord and answer) and `talksbot sync` (register the slash
commands). Configuration comes from the environment and `.env`; see the README's Discord
section for every variable."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from bot.config import Settings, load_env_file
from bot.discordbot.client import point_at
from bot.discordbot.logs import setup_logging
from bot.discordbot.maintenance import maintaining
from bot.discordbot.runner import (
    NO_TOKEN,
    Outcome,
    Sharding,
    create_bot,
    serve,
    settle_heap,
    sync_commands,
)
from bot.factbase.problems import FactBaseError
from bot.live import LiveFactBase
from bot.maintain.sink import open_feedback_sink

__all__ = ["run"]

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    load_env_file()
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        return _done(Outcome(2, f"configuration: {exc}"))
    if settings.token is None:
        return _done(Outcome(2, NO_TOKEN))
    try:
        setup_logging(settings.log_level, secrets=[settings.token])
    except ValueError as exc:
        return _done(Outcome(2, f"configuration: TALKSBOT_LOG_LEVEL: {exc}"))
    try:
        point_at(settings.api_base, settings.gateway_url)
    except ValueError as exc:
        return _done(Outcome(2, f"configuration: {exc}"))
    if args.command == "sync":
        try:
            outcome = asyncio.run(sync_commands(settings, args.guild))
        except Exception:
            log.exception("the sync failed on an unexpected error")
            outcome = Outcome(1, "the sync failed on an unexpected error (see the log above)")
        return _done(outcome)
    try:
        sharding = Sharding.from_options(
            args.shards, args.auto_shard, args.shard_ids, args.shard_count
        )
    except ValueError as exc:
        return _done(Outcome(2, str(exc)))
    try:
        live = LiveFactBase(settings.paths)
    except FactBaseError as exc:
        return _done(Outcome(1, f"{exc}\nfix the fact base first (talksbot facts check)"))
    try:
        outcome = asyncio.run(_serve(settings, live, sharding))
    except Exception:
        # Through the log, not Python's own traceback printer, so tokens are redacted.
        log.exception("the bot stopped on an unexpected error")
        outcome = Outcome(1, "the bot stopped on an unexpected error (see the log above)")
    return _done(outcome)


async def _serve(settings: Settings, live: LiveFactBase, sharding: Sharding) -> Outcome:
    # Gaps and votes go to the SQLite store; the fact base reloads itself on edits.
    feedback = open_feedback_sink(settings, live)
    bot = create_bot(settings, live, sharding=sharding, feedback=feedback)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        # Closing the bot ends `serve` cleanly; not available on every platform.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, lambda: asyncio.ensure_future(bot.close()))
    fb = live.factbase
    log.info(
        "starting: %s; fact base of %d facts (%s); ask channels: %s; API %s",
        sharding.describe(),
        len(fb.facts),
        fb.fingerprint[:12],
        ", ".join(map(str, settings.ask_channels)) or "none",
        settings.api_base or "Discord",
    )
    settle_heap()  # everything is built: keep full collections short (see its docstring)
    try:
        async with maintaining(bot, settings, live):
            outcome = await serve(bot, settings.token or "")
    finally:
        if feedback is not None:
            await feedback.store.aclose()  # commits what is still queued
    if outcome.code == 0:
        log.info("stopped")
    return outcome


def _done(outcome: Outcome) -> int:
    if outcome.message:
        stream = sys.stdout if outcome.code == 0 else sys.stderr
        prefix = "" if outcome.code == 0 else "talksbot: "
        print(prefix + outcome.message, file=stream)
    return outcome.code
