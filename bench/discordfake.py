"""The fake Discord's side of the Discord benchmark (see `bench.discordbench`): the people
who ask, and when each question left and each reply came back.

The fake (`tests.fakediscord.server.FakeDiscord`) runs either in a process of its own, as
real Discord runs on other machines (`FakeProcess`: started with the 'spawn' method, its
own interpreter and event loop, 127.0.0.1 on a free port), or on the bot's own loop, as the
Discord tests run it (`InlineFake`), so the two can be compared. Either way the questions
are sent and the replies timed by `Askers`, in the fake's process, with `time.perf_counter`
(CLOCK_MONOTONIC on Linux, so its readings compare across the two processes).

Both offer one call, `ask(lanes, gap)`: each lane is a list of message numbers asked one
after another (the next once the reply to the last has arrived, `gap` seconds later); lanes
run at once. It returns, for each message, when the fake started sending its MESSAGE_CREATE
and when the bot's reply (`POST /channels/…/messages` referencing it) reached the fake.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import multiprocessing
import signal
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

__all__ = ["Askers", "FakeProcess", "InlineFake", "Timing", "inline_fake", "own_process_fake"]

JSON = dict[str, Any]
# (message number, sent, replied or None): perf_counter seconds, in the fake's process.
Timing = tuple[int, float, float | None]
REPLY_TIMEOUT = 30.0
# The harness keeps a copy of every message for tests to assert on; a deployed Discord is
# not in the bot's process. Left to grow, the copies are what the collector's full passes
# walk, so every FORGET_EVERY questions all but the latest KEEP_MESSAGES are dropped.
FORGET_EVERY = 100
KEEP_MESSAGES = 400  # more than can be in flight: one question per user at a time
START_TIMEOUT = 60.0  # seconds for the fake's process to import and listen
STOP_TIMEOUT = 1.0  # an idle child stops at once; one busy asking is terminated


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
            # memory, for its collector to walk.
            super().append(record)
        if record.method == "POST" and isinstance(reference, dict):
            key = str(reference.get("message_id"))
            self.at.setdefault(key, now)
            waiter = self.waiters.pop(key, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(now)

    async def reply_time(self, message_id: str) -> float:
        if message_id in self.at:
            return self.at.pop(message_id)
        waiter: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiters[message_id] = waiter
        try:
            return await asyncio.wait_for(waiter, REPLY_TIMEOUT)
        finally:
            self.waiters.pop(message_id, None)
            self.at.pop(message_id, None)


class Askers:
    """The benchmark's users and channels on a started fake, and the questions they ask:
    message n is asked by user n mod users, in that user's channel, mentioning the bot."""

    def __init__(self, fake: Any, users: int, channels: int, questions: Sequence[str]) -> None:
        from tests.fakediscord.payloads import Channel, Person

        self.fake = fake
        self.people = [Person(fake.ids.next(), f"user{n:03d}") for n in range(users)]
        self.rooms = [
            Channel(fake.ids.next(), f"questions-{n}", fake.guild.id) for n in range(channels)
        ]
        for person in self.people:
            fake.people[person.id] = person
            fake.guild.members[person.id] = ()
        fake.guild.channels.extend(self.rooms)
        self.arrivals = _Arrivals(fake.requests)
        fake.requests = self.arrivals
        self.questions = list(questions)
        self.mention = f"<@{fake.bot.id}>"

    async def ask_one(self, n: int) -> Timing:
        person = self.people[n % len(self.people)]
        room = self.rooms[n % len(self.people) % len(self.rooms)]  # each user keeps one room
        if n % FORGET_EVERY == 0:
            for key in list(self.fake.messages)[:-KEEP_MESSAGES]:
                del self.fake.messages[key]
        content = f"{self.mention} {self.questions[n % len(self.questions)]}"
        sent = time.perf_counter()
        message = await self.fake.say(person, room, content)
        try:
            replied: float | None = await self.arrivals.reply_time(str(message["id"]))
        except TimeoutError:
            replied = None  # counted, not fatal
        return n, sent, replied

    async def ask(self, lanes: Sequence[Sequence[int]], gap: float) -> list[Timing]:
        async def lane(numbers: Sequence[int]) -> list[Timing]:
            timings = []
            for n in numbers:
                timings.append(await self.ask_one(n))
                if gap:
                    # One at a time means the bot is idle when a question arrives: it has
                    # still to read Discord's response to its reply and the echo of its own
                    # message, which would otherwise be charged to the next question.
                    await asyncio.sleep(gap)
            return timings

        per_lane = await asyncio.gather(*(lane(numbers) for numbers in lanes))
        return sorted((t for timings in per_lane for t in timings), key=lambda t: t[0])


@dataclass(frozen=True, slots=True)
class Address:
    """What the bot needs to connect: the fake's token and URLs."""

    token: str
    api_base: str
    gateway_url: str


class InlineFake:
    """The fake on the caller's event loop (as the Discord tests run it)."""

    def __init__(self, askers: Askers) -> None:
        self.askers = askers
        fake = askers.fake
        self.address = Address(fake.token, fake.api_base, fake.gateway_url)

    async def ask(self, lanes: Sequence[Sequence[int]], gap: float) -> list[Timing]:
        return await self.askers.ask(lanes, gap)


@contextlib.asynccontextmanager
async def inline_fake(users: int, channels: int, questions: Sequence[str]) -> AsyncIterator[Any]:
    from tests.fakediscord.harness import running_fake

    async with running_fake() as fake:
        yield InlineFake(Askers(fake, users, channels, questions))


class FakeProcess:
    """The fake in a process of its own, driven over a pipe. The bot's loop waits for
    each answer in a thread, so the pipe costs it nothing while a phase runs."""

    def __init__(self, process: Any, pipe: Connection, address: Address) -> None:
        self.process = process
        self.pipe = pipe
        self.address = address

    def _exchange(self, command: JSON) -> Any:
        self.pipe.send(command)
        reply = self.pipe.recv()
        if isinstance(reply, dict) and "error" in reply:
            raise RuntimeError(f"the fake Discord's process failed: {reply['error']}")
        return reply

    async def ask(self, lanes: Sequence[Sequence[int]], gap: float) -> list[Timing]:
        command = {"op": "ask", "lanes": [list(lane) for lane in lanes], "gap": gap}
        timings: list[Timing] = await asyncio.to_thread(self._exchange, command)
        return timings


@contextlib.asynccontextmanager
async def own_process_fake(
    users: int, channels: int, questions: Sequence[str]
) -> AsyncIterator[Any]:
    """A fake Discord in a child process; the child is stopped on the way out whatever
    happens (an error, a cancellation, Ctrl-C), and ends by itself if we die first (its end
    of the pipe closes)."""
    from bot.discordbot.client import point_at
    from tests.fakediscord.netguard import loopback_only

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(
        target=serve_in_child,
        args=(theirs, {"users": users, "channels": channels, "questions": list(questions)}),
        name="fake-discord",
        daemon=True,  # multiprocessing ends it at exit if all else failed
    )
    try:
        process.start()
        theirs.close()  # ours alone now: if the child dies, our reads see the end of the pipe
        ready = await asyncio.to_thread(_receive, ours, START_TIMEOUT)
        if "error" in ready:
            raise RuntimeError(f"the fake Discord's process failed to start: {ready['error']}")
        with loopback_only():
            yield FakeProcess(process, ours, Address(**ready["address"]))
    finally:
        point_at(None, None)
        _stop(process, ours)


def _receive(pipe: Connection, within: float) -> JSON:
    if not pipe.poll(within):
        raise TimeoutError(f"the fake Discord's process said nothing in {within:.0f} s")
    try:
        reply: JSON = pipe.recv()
    except EOFError:
        raise RuntimeError("the fake Discord's process ended before it was ready") from None
    return reply


def _stop(process: Any, pipe: Connection) -> None:
    """Ask the child to stop, then insist: terminate, then kill."""
    with contextlib.suppress(OSError, ValueError):
        pipe.send({"op": "stop"})
    if process.pid is not None:
        process.join(STOP_TIMEOUT)
        if process.is_alive():
            process.terminate()
            process.join(STOP_TIMEOUT)
        if process.is_alive():
            process.kill()
            process.join()
    pipe.close()


# --- In the child --------------------------------------------------------------------------


def serve_in_child(pipe: Connection, options: JSON) -> None:
    """The child's entry point: start the fake, say where it listens, then run what the
    parent asks until it says stop or goes away."""
    # Ctrl-C reaches the whole process group; the parent stops us, or its pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.run(_child(pipe, options))


async def _child(pipe: Connection, options: JSON) -> None:
    from tests.fakediscord.server import FakeDiscord

    fake = FakeDiscord()
    try:
        await fake.start()
        askers = Askers(fake, options["users"], options["channels"], options["questions"])
        # As the bot's process does once built: what exists now leaves the collector's care.
        gc.collect()
        gc.freeze()
        address = Address(fake.token, fake.api_base, fake.gateway_url)
        pipe.send({"address": dataclasses.asdict(address)})
        while True:
            try:
                command = await asyncio.to_thread(pipe.recv)
            except (EOFError, OSError):
                return  # the parent is gone
            if command.get("op") != "ask":
                return
            try:
                timings = await askers.ask(command["lanes"], float(command["gap"]))
            except Exception as failure:  # reported to the parent, which raises it
                pipe.send({"error": f"{type(failure).__name__}: {failure}"})
            else:
                pipe.send(timings)
    except Exception as failure:
        with contextlib.suppress(OSError):
            pipe.send({"error": f"{type(failure).__name__}: {failure}"})
    finally:
        await fake.close()
        pipe.close()
