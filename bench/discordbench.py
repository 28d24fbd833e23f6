"""Questions through the Discord layer: the real bot against the fake Discord of
`tests/fakediscord`, over loopback, as its own tests run it (`tests.fakediscord.harness`).

Two phases, each over the same questions:
- one at a time (send, wait for the reply, send the next): end-to-end latency with no
  queueing, paired message by message with the time the engine itself took for it, which
  gives what the Discord layer adds;
- under load: every user at once, each asking its questions one after another, as a busy
  server would: all answered?, latency with queueing, messages per second.

A monitor coroutine on the event loop measures how late its 1 ms sleeps wake up: the longest
delay is the longest time something held the loop. The fake server shares that loop (and the
process), so its own work counts in both figures: they are upper bounds for the bot alone.
Cooldowns are off (`cooldown_seconds=0`), since 10 questions per user in a few seconds
would otherwise be refused by design.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["available", "measure"]

JSON = dict[str, Any]
REPLY_TIMEOUT = 30.0


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


def measure(root: Path, users: int, channels: int, messages: int) -> JSON:
    return asyncio.run(_measure(root, users, channels, messages))


class _Arrivals(list[Any]):
    """Stands in for the fake's `requests` list: notes when each reply reached the fake
    (a POST whose body references the question), and wakes whoever waits for it."""

    def __init__(self, existing: Iterable[Any]) -> None:
        super().__init__(existing)
        self.at: dict[str, float] = {}
        self.waiters: dict[str, asyncio.Future[float]] = {}

    def append(self, record: Any) -> None:
        now = time.perf_counter()
        body = getattr(record, "body", None)
        reference = body.get("message_reference") if isinstance(body, dict) else None
        if record.method != "POST" or not isinstance(reference, dict):
            # Replies are timed below and not kept: a copy of every one would be the fake's
            # memory, and the collector walking it would count as the bot blocking its loop.
            super().append(record)
        if record.method == "POST" and isinstance(reference, dict):
            key = str(reference.get("message_id"))
            self.at.setdefault(key, now)
            waiter = self.waiters.pop(key, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(now)

    async def reply_time(self, message_id: str) -> float:
        if message_id in self.at:
            return self.at[message_id]
        waiter: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiters[message_id] = waiter
        return await asyncio.wait_for(waiter, REPLY_TIMEOUT)


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


# The harness keeps every message and every answer for tests to assert on; a deployed bot
# keeps neither (its feedback goes to SQLite). Left to grow, they are what the collector's
# full passes walk (60 ms each at 2,000 messages), so the run would time the harness.
FORGET_EVERY = 100
IDLE_GAP = 0.005  # seconds between questions asked one at a time
KEEP_MESSAGES = 400  # more than can be in flight: one question per user at a time


def _forget_traffic(fake: Any, sink: Any) -> None:
    """Drop the fake's copies of all but the latest messages, and what the sink kept."""
    for key in list(fake.messages)[:-KEEP_MESSAGES]:
        del fake.messages[key]
    sink.answers.clear()
    sink.gaps.clear()
    sink.votes.clear()


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

    def reset(self) -> None:
        self.frames.clear()
        self.requests.clear()

    def span(self) -> float | None:
        """From the first frame received to the first request started since the reset."""
        if not self.frames or not self.requests or self.requests[0] < self.frames[0]:
            return None
        return self.requests[0] - self.frames[0]


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


async def _measure(root: Path, user_count: int, channel_count: int, messages: int) -> JSON:
    from bot.discordbot.runner import settle_heap
    from bot.engine.answer import Answer
    from bot.engine.context import Context
    from bot.engine.engine import Engine
    from bot.evaluation import load_eval
    from bot.factbase.compiler import load_factbase
    from bot.live import LiveFactBase
    from tests.fakediscord.harness import running_bot, running_fake, settings_for
    from tests.fakediscord.payloads import Channel, Person

    class TimedEngine(Engine):
        """The real engine, noting how long each answer took, in call order."""

        calls: list[float]

        def answer(self, question: str, context: Context | None = None) -> Answer:
            began = time.perf_counter()
            try:
                return super().answer(question, context)
            finally:
                self.calls.append(time.perf_counter() - began)

    engine = TimedEngine(load_factbase(root / "facts", root / "seeds"))
    engine.calls = []
    questions = [
        item.q
        for item in load_eval(root / "tests" / "eval" / "questions.yaml")
        if not item.conversation and "\n" not in item.q
    ]
    gc_timer = _GcTimer()
    async with running_fake() as fake:
        people = [Person(fake.ids.next(), f"user{n:03d}") for n in range(user_count)]
        rooms = [
            Channel(fake.ids.next(), f"questions-{n}", fake.guild.id) for n in range(channel_count)
        ]
        for person in people:
            fake.people[person.id] = person
            fake.guild.members[person.id] = ()
        fake.guild.channels.extend(rooms)
        arrivals = _Arrivals(fake.requests)
        fake.requests = arrivals
        settings = settings_for(fake, cooldown_seconds=0.0)
        live = LiveFactBase(settings.paths, engine=engine)
        # As `talksbot run` does once everything is built: what start-up made leaves the
        # collector's generations, so full collections stop walking it.
        settle_heap()
        monitor = _LoopMonitor()
        async with running_bot(fake, settings=settings, live=live) as running:
            mention = f"<@{fake.bot.id}>"

            def plan(n: int) -> tuple[Any, Any, str]:
                person = people[n % user_count]
                room = rooms[(n % user_count) % channel_count]  # each user stays in one room
                return person, room, f"{mention} {questions[n % len(questions)]}"

            async def ask(n: int) -> float | None:
                """Seconds from sending the question to the reply reaching the fake;
                None if no reply came (counted, not fatal)."""
                person, room, content = plan(n)
                if n % FORGET_EVERY == 0:
                    _forget_traffic(fake, running.sink)
                began = time.perf_counter()
                message = await fake.say(person, room, content)
                try:
                    return await arrivals.reply_time(str(message["id"])) - began
                except TimeoutError:
                    return None

            # Warm-up: connections, caches, the first embed built.
            for n in range(min(20, messages)):
                await ask(n)

            # One at a time.
            gc_timer.__enter__()
            callbacks = _CallbackTimer().__enter__()
            bot_side = _BotSideTimer().__enter__()
            engine.calls = []
            monitor.start()
            sequential_raw = []
            bot_spans: list[float | None] = []
            for n in range(messages):
                bot_side.reset()
                sequential_raw.append(await ask(n))
                bot_spans.append(bot_side.span())
                # One at a time means the bot is idle when a question arrives: it has still
                # to read Discord's response to its reply and the echo of its own message,
                # which would otherwise be charged to the next question.
                await asyncio.sleep(IDLE_GAP)
            sequential = [t for t in sequential_raw if t is not None]
            sequential_delay = await monitor.stop()
            sequential_block = callbacks.reset()
            bot_side.__exit__()
            engine_times = list(engine.calls)
            # Message n's answer was engine call n: one at a time, nothing interleaves.
            paired = len(engine_times) == len(sequential_raw) == len(sequential)
            overheads = (
                sorted(e2e - spent for e2e, spent in zip(sequential, engine_times, strict=False))
                if paired
                else []
            )
            bot_overheads = (
                sorted(
                    span - spent
                    for span, spent in zip(bot_spans, engine_times, strict=False)
                    if span is not None
                )
                if paired
                else []
            )

            # Under load: every user at once, each asking its share in turn.
            async def user(index: int) -> list[float | None]:
                return [await ask(n) for n in range(index, messages, user_count)]

            monitor.start()
            began = time.perf_counter()
            per_user = await asyncio.gather(*(user(i) for i in range(user_count)))
            elapsed = time.perf_counter() - began
            load_delay = await monitor.stop()
            load_block = callbacks.reset()
            callbacks.__exit__()
            gc_timer.__exit__()
            loaded = sorted(t for times in per_user for t in times if t is not None)
    sequential.sort()
    engine_times.sort()
    return {
        "available": True,
        "users": user_count,
        "channels": channel_count,
        "messages": messages,
        "mode": "one at a time, then all users at once",
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
