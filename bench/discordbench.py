"""Questions through the Discord layer: the real bot against the fake Discord of
`tests/fakediscord`, over loopback, connected as `talksbot run` connects (the harness the
Discord tests use, `tests.fakediscord.harness.running_bot`).

The fake runs in a process of its own (`bench.discordfake.own_process_fake`: spawned, with
its own interpreter and event loop, on 127.0.0.1 at a free port), as real Discord runs on
other machines: its JSON, websocket and HTTP work is neither charged to the bot nor competing
for the bot's loop. `fake_mode="inline"` (`python -m bench --discord-fake inline`) runs it on
the bot's loop instead, as the figures before were taken, for comparison.

Two phases, each over the same questions:
- one at a time (send, wait for the reply, send the next): end-to-end latency with no
  queueing, from the fake starting to send a MESSAGE_CREATE to the bot's reply reaching the
  fake (both read in the fake's process), paired message by message with the time the engine
  itself took for it, which gives what the Discord layer adds; and the bot's own share, from
  discord.py receiving the frame to it starting the reply's request (read in the bot's
  process: `time.perf_counter` is CLOCK_MONOTONIC on Linux, one clock for both processes);
- under load: every user at once, each asking its questions one after another, as a busy
  server would: all answered?, latency with queueing, messages per second.

On the bot's event loop, a monitor coroutine measures how late its 1 ms sleeps wake up
(queueing, or a block) and a wrapper around every callback the longest one ran (a block);
with the fake inline, its work counts in both, so they are upper bounds for the bot alone.
Cooldowns are off (`cooldown_seconds=0`), since 10 questions per user in a few seconds
would otherwise be refused by design.
"""

from __future__ import annotations

import asyncio
import bisect
import collections
import contextlib
import gc
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.discordfake import Timing

__all__ = ["FAKE_MODES", "available", "measure"]

JSON = dict[str, Any]
# Where the fake Discord runs, for the report.
FAKE_MODES = {
    "process": "its own process (own interpreter and event loop)",
    "inline": "the bot's process, on its event loop",
}


def available(root: Path) -> str | None:
    """None if the Discord layer and the fake server are there, else what is missing."""
    needed = [
        "bot/discordbot/runner.py",
        "bot/discordbot/client.py",
        "tests/fakediscord/server.py",
        "tests/fakediscord/harness.py",
    ]
    missing = [path for path in needed if not (root / path).exists()]
    if missing:
        return "missing " + ", ".join(missing)
    return None


def measure(
    root: Path, users: int, channels: int, messages: int, fake_mode: str = "process"
) -> JSON:
    """Both phases, with the fake Discord in its own process (`fake_mode` "process") or on
    the bot's event loop ("inline")."""
    return asyncio.run(_measure(root, users, channels, messages, fake_mode))


class _GcTimer:
    """The longest pause of Python's cyclic garbage collector, by generation: a long
    event-loop block that matches one of these is the collector, not our code."""

    def __init__(self) -> None:
        self.longest: dict[int, float] = {}
        self.count: dict[int, int] = {}
        self._began = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
            return
        generation = info.get("generation", -1)
        spent = time.perf_counter() - self._began
        self.longest[generation] = max(self.longest.get(generation, 0.0), spent)
        self.count[generation] = self.count.get(generation, 0) + 1

    def __enter__(self) -> _GcTimer:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self)


IDLE_GAP = 0.005  # seconds between questions asked one at a time
WARM_UP = 20  # questions asked before measuring: connections, caches, the first embed
# The harness's sink keeps what it is told for tests to assert on; a deployed bot keeps
# nothing (its feedback goes to SQLite). Left to grow, it is what the collector's full passes
# walk (60 ms each at 2,000 messages), so the run would time the harness: it keeps the last few.
KEEP_FEEDBACK = 100


class _CallbackTimer:
    """The longest time one callback of the event loop ran: while it runs, nothing else
    on the loop can. Handle._run is the one place the loop calls every callback through."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._original: Any = None

    def __enter__(self) -> _CallbackTimer:
        original = self._original = asyncio.events.Handle._run
        timer = self

        def timed(handle: asyncio.events.Handle) -> None:
            began = time.perf_counter()
            try:
                original(handle)
            finally:
                timer.longest = max(timer.longest, time.perf_counter() - began)

        asyncio.events.Handle._run = timed  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *_: object) -> None:
        asyncio.events.Handle._run = self._original  # type: ignore[method-assign]

    def reset(self) -> float:
        longest, self.longest = self.longest, 0.0
        return longest


class _BotSideTimer:
    """When the bot's discord.py received each gateway frame and started each REST request:
    one question at a time, a question's frame and its reply's request bound the bot's own
    Discord work (parsing the event, our handler, building and sending the reply), without
    the fake's share of the end-to-end time."""

    def __init__(self) -> None:
        self.frames: list[float] = []
        self.requests: list[float] = []
        self._saved: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> _BotSideTimer:
        import discord.gateway
        import discord.http

        def timed(owner: Any, name: str, into: list[float]) -> None:
            original = getattr(owner, name)

            async def wrapper(*args: Any, **kwargs: Any) -> Any:
                into.append(time.perf_counter())
                return await original(*args, **kwargs)

            self._saved.append((owner, name, original))
            setattr(owner, name, wrapper)

        timed(discord.gateway.DiscordWebSocket, "received_message", self.frames)
        timed(discord.http.HTTPClient, "request", self.requests)
        return self

    def __exit__(self, *_: object) -> None:
        for owner, name, original in reversed(self._saved):
            setattr(owner, name, original)
        self._saved.clear()

    def legs(self, timings: Sequence[Timing]) -> list[tuple[float, float, float] | None]:
        """For each question asked one at a time: the first frame the bot received after
        the fake began sending it, and the first request the bot started after that frame,
        if that request began before the reply reached the fake. Three legs: the fake
        sending → discord.py has the frame; frame → request started (the bot's own work,
        the engine included); request started → the fake has it. The fake's clock and ours
        are both CLOCK_MONOTONIC, so this holds with the fake in another process."""
        frames, requests = sorted(self.frames), sorted(self.requests)
        legs: list[tuple[float, float, float] | None] = []
        for _, sent, replied in timings:
            frame = bisect.bisect_left(frames, sent)
            if replied is None or frame == len(frames):
                legs.append(None)
                continue
            request = bisect.bisect_left(requests, frames[frame])
            if request == len(requests) or requests[request] > replied:
                legs.append(None)
            else:
                received, started = frames[frame], requests[request]
                legs.append((received - sent, started - received, replied - started))
        return legs


class _LoopMonitor:
    """The longest time a 1 ms timer waited past its time: under load, the callbacks queued
    ahead of it (the loop is busy, not blocked), plus any one that blocks it."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(0.001)
            self.longest = max(self.longest, loop.time() - before - 0.001)

    def start(self) -> None:
        self.longest = 0.0
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> float:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        return self.longest


async def _measure(
    root: Path, user_count: int, channel_count: int, messages: int, fake_mode: str
) -> JSON:
    from bench.discordfake import inline_fake, own_process_fake
    from bot.discordbot.runner import settle_heap
    from bot.engine.answer import Answer
    from bot.engine.context import Context
    from bot.engine.engine import Engine
    from bot.evaluation import load_eval
    from bot.factbase.compiler import load_factbase
    from bot.live import LiveFactBase
    from tests.fakediscord.harness import running_bot, settings_for

    class TimedEngine(Engine):
        """The real engine, noting how long each answer took, in call order."""

        calls: list[float]

        def answer(self, question: str, context: Context | None = None) -> Answer:
            began = time.perf_counter()
            try:
                return super().answer(question, context)
            finally:
                self.calls.append(time.perf_counter() - began)

    if fake_mode not in FAKE_MODES:
        raise ValueError(f"fake_mode is one of {', '.join(FAKE_MODES)}, not {fake_mode!r}")
    engine = TimedEngine(load_factbase(root / "facts", root / "seeds"))
    engine.calls = []
    questions = [
        item.q
        for item in load_eval(root / "tests" / "eval" / "questions.yaml")
        if not item.conversation and "\n" not in item.q
    ]
    gc_timer = _GcTimer()
    monitor = _LoopMonitor()
    start_fake = own_process_fake if fake_mode == "process" else inline_fake
    async with start_fake(user_count, channel_count, questions) as fake:
        # The bot needs the fake's token and URLs only (`running_bot` keeps `fake` for tests).
        address: Any = fake.address
        settings = settings_for(address, cooldown_seconds=0.0)
        live = LiveFactBase(settings.paths, engine=engine)
        # As `talksbot run` does once everything is built: what start-up made leaves the
        # collector's generations, so full collections stop walking it.
        settle_heap()
        async with running_bot(address, settings=settings, live=live) as running:
            for name in ("answers", "gaps", "votes"):
                setattr(running.sink, name, collections.deque(maxlen=KEEP_FEEDBACK))
            await fake.ask([range(min(WARM_UP, messages))], IDLE_GAP)

            # One at a time (a single lane).
            with gc_timer, _CallbackTimer() as callbacks:
                with _BotSideTimer() as bot_side:
                    engine.calls = []
                    monitor.start()
                    sequential_timings = await fake.ask([range(messages)], IDLE_GAP)
                    sequential_delay = await monitor.stop()
                    sequential_block = callbacks.reset()
                    engine_times = list(engine.calls)
                legs = bot_side.legs(sequential_timings)

                # Under load: every user at once, each asking its share in turn.
                lanes = [range(index, messages, user_count) for index in range(user_count)]
                monitor.start()
                load_timings = await fake.ask(lanes, 0.0)
                load_delay = await monitor.stop()
                load_block = callbacks.reset()
    sequential = [replied - sent for _, sent, replied in sequential_timings if replied is not None]
    # Message n's answer was engine call n: one at a time, nothing interleaves.
    paired = len(engine_times) == len(sequential_timings) == len(sequential)
    overheads = (
        sorted(e2e - spent for e2e, spent in zip(sequential, engine_times, strict=False))
        if paired
        else []
    )
    bot_overheads = (
        sorted(
            leg[1] - spent
            for leg, spent in zip(legs, engine_times, strict=False)
            if leg is not None
        )
        if paired
        else []
    )
    measured = [leg for leg in legs if leg is not None]
    loaded = sorted(replied - sent for _, sent, replied in load_timings if replied is not None)
    # From the first question sent to the last reply received, both in the fake's process.
    arrived = [replied for _, _, replied in load_timings if replied is not None]
    elapsed = max(arrived) - min(sent for _, sent, _ in load_timings) if arrived else 0.0
    sequential.sort()
    engine_times.sort()
    return {
        "available": True,
        "users": user_count,
        "channels": channel_count,
        "messages": messages,
        "mode": "one at a time, then all users at once",
        "fake_mode": fake_mode,
        "fake": FAKE_MODES[fake_mode],
        "answered": len(loaded),
        "answered_one_at_a_time": len(sequential),
        "e2e_median_ms": 1000 * _pick(sequential, 0.5),
        "e2e_p99_ms": 1000 * _pick(sequential, 0.99),
        "engine_median_ms": 1000 * _pick(engine_times, 0.5),
        # Paired message by message; if pairing failed, the difference of the medians.
        "overhead_ms": 1000
        * (
            _pick(overheads, 0.5)
            if overheads
            else _pick(sequential, 0.5) - _pick(engine_times, 0.5)
        ),
        "overhead_p99_ms": 1000 * _pick(overheads, 0.99) if overheads else float("nan"),
        # The bot's own share: its gateway frame in to its reply's request out, less the
        # engine (the fake's sending and receiving, on the same loop, left out).
        "bot_side_ms": 1000 * _pick(bot_overheads, 0.5) if bot_overheads else float("nan"),
        "bot_side_p99_ms": (1000 * _pick(bot_overheads, 0.99) if bot_overheads else float("nan")),
        "bot_side_measured": len(bot_overheads),
        # The two legs on either side of it: the fake's sending and discord.py's receiving
        # of the gateway frame; the reply's request, from discord.py starting it to the fake
        # having read it (aiohttp's client, loopback, the fake's HTTP server).
        "gateway_leg_ms": 1000 * _pick(sorted(leg[0] for leg in measured), 0.5)
        if measured
        else float("nan"),
        "rest_leg_ms": 1000 * _pick(sorted(leg[2] for leg in measured), 0.5)
        if measured
        else float("nan"),
        "paired": paired,
        "load_e2e_median_ms": 1000 * _pick(loaded, 0.5),
        "load_e2e_p99_ms": 1000 * _pick(loaded, 0.99),
        "messages_per_s": len(loaded) / elapsed if elapsed else 0.0,
        "load_elapsed_s": elapsed,
        "sequential_messages_per_s": len(sequential) / sum(sequential) if sequential else 0.0,
        # Blocked: the longest single callback. Delayed: how late a timer ran (queueing).
        "longest_block_ms": 1000 * max(sequential_block, load_block),
        "sequential_block_ms": 1000 * sequential_block,
        "load_block_ms": 1000 * load_block,
        "sequential_delay_ms": 1000 * sequential_delay,
        "load_delay_ms": 1000 * load_delay,
        "gc_longest_ms": {str(g): 1000 * t for g, t in sorted(gc_timer.longest.items())},
        "gc_collections": {str(g): n for g, n in sorted(gc_timer.count.items())},
    }


def _pick(sorted_values: list[float], share: float) -> float:
    from bench.measure import percentile

    return percentile(sorted_values, share)
