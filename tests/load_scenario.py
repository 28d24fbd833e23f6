"""The fake Discord's side of the load tests, run as its own process (`python -m
tests.load_scenario PLAN`) so that the bot's event loop, measured by the test, carries only
the bot's own work, and the fake's garbage and GIL stay out of its figures.

It talks to the test over JSON lines: it prints `listening` (where to connect, the token),
then, once the bot has connected and answered a warm-up question, `warm`; it waits for a
`go` line on stdin, runs the plan through the gateway, waits for the replies, and prints
`done` with every reply each message got. It exits when stdin closes.

The plan (a JSON object) has two parts, run one after the other:
- `users` people in `channels` channels (person n stays in channel n % channels) each ask
  `per_user` questions, mentioning the bot, each as soon as their previous one is answered
  (as people do), starting one after another over `ramp` seconds;
- `flood` messages from one more person in channel 0, in `bystanders` bursts; after each
  burst one more person asks a question, and the next burst waits for its answer, so the
  bot is caught up before each burst whatever the speed of the machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.evaluation import load_eval
from tests.fakediscord import Channel, FakeDiscord, Person, loopback_only
from tests.fakediscord.server import Recorded

__all__ = ["Plan", "questions", "run"]

JSON = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent
REPLY_WAIT = 30.0  # seconds for an expected reply to arrive
QUIET = 0.5  # seconds without a new bot message before the count is final


@dataclass(frozen=True, slots=True)
class Plan:
    users: int = 0
    channels: int = 1
    per_user: int = 0
    flood: int = 0
    flood_answers: int = 0  # how many of the flood the cooldown should let through
    bystanders: int = 0
    ramp: float = 0.1  # seconds over which the `users` start asking


def questions() -> list[str]:
    """Eval-set questions whose text reads back unchanged as an embed title (no
    markdown characters to escape)."""
    items = load_eval(ROOT / "tests" / "eval" / "questions.yaml")
    plain = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ?,.'’+()]*")
    return [
        item.q
        for item in items
        if not item.conversation and plain.fullmatch(item.q) and len(item.q) < 200
    ]


def say(line: JSON) -> None:
    print(json.dumps(line), flush=True)


async def run(plan: Plan) -> None:
    with loopback_only():
        fake = FakeDiscord()
        await fake.start()
        try:
            await _run(fake, plan)
        finally:
            await fake.close()


async def _run(fake: FakeDiscord, plan: Plan) -> None:
    people = [_person(fake, f"user{n:03d}") for n in range(plan.users)]
    rooms = [
        Channel(fake.ids.next(), f"room-{n}", fake.guild.id) for n in range(max(1, plan.channels))
    ]
    fake.guild.channels.extend(rooms)
    flooder = _person(fake, "flooder")
    bystanders = [_person(fake, f"bystander{n:03d}") for n in range(plan.bystanders)]
    say(
        {
            "event": "listening",
            "api_base": fake.api_base,
            "gateway_url": fake.gateway_url,
            "token": fake.token,
        }
    )

    await fake.wait_until(lambda: fake.connected() > 0, 30, "the bot to connect")
    mention = f"<@{fake.bot.id}>"
    warm = await fake.say(fake.bob, fake.general, f"{mention} Who met Rajnath Singh?")
    await fake.wait_for_reply(warm, within=30)
    say({"event": "warm"})

    loop = asyncio.get_running_loop()
    go = await loop.run_in_executor(None, sys.stdin.readline)
    if not go.strip():
        return

    asked = questions()
    messages: list[tuple[str, str, JSON]] = []  # (who, question, message)
    arrivals = _Arrivals(fake.requests)
    fake.requests = arrivals

    async def post(kind: str, person: Person, room: Channel, question: str) -> JSON:
        message = await fake.say(person, room, f"{mention} {question}")
        messages.append((kind, question, message))
        return message

    async def user(n: int) -> None:
        await asyncio.sleep(plan.ramp * n / max(1, plan.users))
        for turn in range(plan.per_user):
            question = asked[(n * plan.per_user + turn) % len(asked)]
            message = await post("user", people[n], rooms[n % len(rooms)], question)
            await arrivals.reply(message, REPLY_WAIT)

    started = time.monotonic()
    await asyncio.gather(*(user(n) for n in range(len(people))))
    chunk = -(-plan.flood // len(bystanders)) if bystanders else plan.flood
    for n in range(0, plan.flood, max(1, chunk)):
        for k in range(n, min(n + chunk, plan.flood)):
            await post("flood", flooder, rooms[0], asked[k % len(asked)])
        if bystanders:
            index = n // chunk
            message = await post(
                "bystander",
                bystanders[index],
                rooms[index % len(rooms)],
                asked[(7 * index) % len(asked)],
            )
            await arrivals.reply(message, REPLY_WAIT)
    sent = time.monotonic() - started

    expected = sum(1 for kind, _, _ in messages if kind != "flood") + plan.flood_answers
    expected += 1 if plan.flood > plan.flood_answers else 0  # the cooldown notice
    replies = _Replies(fake)
    with contextlib.suppress(AssertionError):  # the account below tells what is missing
        await fake.wait_until(lambda: replies.count() >= expected, REPLY_WAIT, "the replies")
    answered = time.monotonic() - started
    deadline = time.monotonic() + REPLY_WAIT
    quiet_since, seen = time.monotonic(), len(fake.requests)
    while time.monotonic() - quiet_since < QUIET and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
        if len(fake.requests) != seen:
            quiet_since, seen = time.monotonic(), len(fake.requests)

    say(
        {
            "event": "done",
            "sent_seconds": sent,
            "answered_seconds": answered,
            "expected": expected,
            "pings": len(fake.pings),
            "failed_requests": sum(1 for r in fake.requests if r.status >= 300),
            "messages": [
                {
                    "kind": kind,
                    "question": question,
                    "author": message["author"]["id"],
                    "replies": [_summary(r) for r in replies.to(message)],
                }
                for kind, question, message in messages
            ],
        }
    )
    await loop.run_in_executor(None, sys.stdin.read)


def _person(fake: FakeDiscord, name: str) -> Person:
    person = Person(fake.ids.next(), name)
    fake.people[person.id] = person
    fake.guild.members[person.id] = ()
    return person


class _Arrivals(list[Recorded]):
    """Stands in for the fake's `requests`: notes each reply as it reaches the fake (a
    POST whose body references a message) and wakes whoever waits for it."""

    def __init__(self, existing: list[Recorded]) -> None:
        super().__init__(existing)
        self.replied: set[str] = set()
        self.waiters: dict[str, asyncio.Future[None]] = {}

    def append(self, record: Recorded) -> None:
        super().append(record)
        body = record.body
        reference = body.get("message_reference") if isinstance(body, dict) else None
        if record.method == "POST" and isinstance(reference, dict):
            key = str(reference.get("message_id"))
            self.replied.add(key)
            waiter = self.waiters.pop(key, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(None)

    async def reply(self, message: JSON, within: float) -> None:
        """Wait until the bot has replied to `message` (or `within` seconds: a lost reply
        shows in the final account, not as a crash here)."""
        key = str(message["id"])
        if key not in self.replied:
            waiter = asyncio.get_running_loop().create_future()
            self.waiters[key] = waiter
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(waiter, within)


class _Replies:
    """The bot's replies, indexed by the message they answer, read incrementally."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.read = 0
        self.by_message: dict[str, list[Recorded]] = {}

    def count(self) -> int:
        requests = self.fake.requests
        while self.read < len(requests) and requests[self.read].status:
            record = requests[self.read]  # answered: its status is final
            self.read += 1
            body = record.body
            reference = body.get("message_reference") if isinstance(body, dict) else None
            if record.method == "POST" and 200 <= record.status < 300 and reference:
                key = str(reference.get("message_id"))
                self.by_message.setdefault(key, []).append(record)
        return sum(len(found) for found in self.by_message.values())

    def to(self, message: JSON) -> list[Recorded]:
        self.count()
        return self.by_message.get(str(message["id"]), [])


def _summary(reply: Recorded) -> JSON:
    embed = (reply.body.get("embeds") or [{}])[0]
    return {
        "content": reply.body.get("content"),
        "title": embed.get("title"),
        "description": embed.get("description", ""),
    }


def main(argv: list[str]) -> None:
    plan = Plan(**json.loads(argv[0]))
    asyncio.run(run(plan))


if __name__ == "__main__":
    main(sys.argv[1:])
