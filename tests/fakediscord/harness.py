"""Running the real bot against the fake Discord, the way `talksbot run` does."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bot.config import Paths, Settings
from bot.discordbot.client import TalksBot, point_at
from bot.discordbot.runner import Outcome, Sharding, create_bot, serve
from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.factbase.compiler import load_factbase
from bot.feedback import Vote, Where
from bot.live import LiveFactBase

from .netguard import loopback_only
from .server import FakeDiscord

__all__ = [
    "RecordingSink",
    "RunningBot",
    "copy_factbase",
    "running_bot",
    "running_fake",
    "settings_for",
    "start_talksbot_run",
]

ROOT = Path(__file__).resolve().parents[2]
# discord.py waits `guild_ready_timeout` after the last GUILD_CREATE before `on_ready` (2 s by
# default), and `identify_interval` between shards' IDENTIFYs (5 s, Discord's rate limit).
FAST = {"guild_ready_timeout": 0.05, "identify_interval": 0.0}


@cache
def shared_engine() -> Engine:
    """One engine for every test that does not change the fact base (it is immutable)."""
    return Engine(load_factbase(ROOT / "facts", ROOT / "seeds"))


def copy_factbase(target: Path) -> Paths:
    """A writable copy of the project's fact base, for tests that edit it."""
    shutil.copytree(ROOT / "facts", target / "facts")
    shutil.copytree(ROOT / "seeds", target / "seeds")
    return Paths(facts=target / "facts", seeds=target / "seeds")


def start_talksbot_run(fake: FakeDiscord, state: Path, log_level: str) -> subprocess.Popen[str]:
    """`talksbot run` as its own process, pointed at the fake, keeping its state in `state`."""
    env = {
        **os.environ,
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "TALKSBOT_ENV_FILE": "/nonexistent",
        "TALKSBOT_GAPS_DB": str(state / "gaps.sqlite3"),
        "TALKSBOT_WATCH": "0",
        "TALKSBOT_ASK_CHANNELS": "",
        "TALKSBOT_LOG_LEVEL": log_level,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def settings_for(fake: FakeDiscord, **overrides: Any) -> Settings:
    base = Settings(
        paths=Paths(ROOT / "facts", ROOT / "seeds"),
        token=fake.token,
        api_base=fake.api_base,
        gateway_url=fake.gateway_url,
        cooldown_seconds=0.0,
        cooldown_burst=3,
        context_ttl=300.0,
    )
    return dataclasses.replace(base, **overrides)


@dataclass
class RecordingSink:
    """A feedback sink that keeps what it is told, for assertions."""

    answers: list[tuple[str, Answer, Where]] = field(default_factory=list)
    gaps: list[tuple[str, Where]] = field(default_factory=list)
    votes: list[tuple[str, str, tuple[str, ...], Vote, Where]] = field(default_factory=list)

    def record_answer(self, question: str, answer: Answer, where: Where) -> None:
        self.answers.append((question, answer, where))

    def record_gap(self, question: str, where: Where) -> None:
        self.gaps.append((question, where))

    def record_vote(
        self, question: str, answer_text: str, fact_ids: Sequence[str], vote: Vote, where: Where
    ) -> None:
        self.votes.append((question, answer_text, tuple(fact_ids), vote, where))


@dataclass
class RunningBot:
    bot: TalksBot
    fake: FakeDiscord
    settings: Settings
    live: LiveFactBase
    sink: RecordingSink
    task: asyncio.Task[Outcome]


@contextlib.asynccontextmanager
async def running_fake(**options: Any) -> AsyncIterator[FakeDiscord]:
    """A started fake Discord; nothing may leave loopback meanwhile."""
    with loopback_only():
        fake = FakeDiscord(**options)
        await fake.start()
        try:
            yield fake
        finally:
            await fake.close()
            point_at(None, None)


async def wait_ready_or_fail(running: RunningBot, within: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not running.bot.is_ready():
        if running.task.done():
            raise AssertionError(f"the bot stopped before it was ready: {running.task.result()}")
        if loop.time() > deadline:
            raise AssertionError("the bot did not get ready in time")
        await asyncio.sleep(0.005)


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord,
    *,
    settings: Settings | None = None,
    live: LiveFactBase | None = None,
    sharding: Sharding | None = None,
    wait_ready: bool = True,
    **options: Any,
) -> AsyncIterator[RunningBot]:
    """The bot connected to `fake` (and ready, unless told otherwise); closed after."""
    settings = settings or settings_for(fake)
    live = live or LiveFactBase(settings.paths, engine=shared_engine())
    sink = RecordingSink()
    bot = create_bot(settings, live, sharding=sharding, feedback=sink, **{**FAST, **options})
    task = asyncio.create_task(serve(bot, settings.token or ""))
    running = RunningBot(bot, fake, settings, live, sink, task)
    try:
        if wait_ready:
            await wait_ready_or_fail(running)
        yield running
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)
