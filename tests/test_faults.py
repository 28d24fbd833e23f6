"""Faults injected through the fake Discord: global and per-route rate limits, server
errors, a channel the bot may not speak in, slow REST, gateway RECONNECT and
INVALID_SESSION, fatal close codes, and a gaps database that is locked or read-only.

In each the bot either keeps answering every question it could answer, exactly once, or
stops once, cleanly, with a message for the operator. (A plain dropped connection, close
code 4000, a single 429 and a single 403 are in test_discord_resilience.py.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.discordbot.runner import INTENTS_REFUSED, TOKEN_REJECTED, Sharding, create_bot, serve
from bot.live import LiveFactBase, ReloadResult
from bot.maintain import store as store_module
from bot.maintain.sink import SqliteFeedbackSink, open_feedback_sink
from bot.maintain.store import open_for_reading, read_gaps
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import (
    FAST,
    RunningBot,
    running_bot,
    settings_for,
    shared_engine,
)
from tests.fakediscord.server import Recorded

JSON = dict[str, Any]
MESSAGES = r"/channels/\d+/messages"
EPHEMERAL = 1 << 6
# Questions the article cannot answer: each one is a gap record for the store.
UNANSWERABLE = [
    "What did Pompeo have for lunch?",
    "Who won the 2020 World Series?",
    "What is the capital of Peru?",
    "How tall is Esper?",
    "What did Singh eat for breakfast?",
]


def ask(fake: FakeDiscord, question: str) -> str:
    return f"<@{fake.bot.id}> {question}"


def channel_posts(fake: FakeDiscord, channel_id: int) -> list[Recorded]:
    return fake.requests_to("POST", rf"/channels/{channel_id}/messages")


async def wait_for_status(fake: FakeDiscord, status: int, within: float = 5.0) -> Recorded:
    """The first request the fake answered with `status` (once it has answered)."""
    await fake.wait_until(
        lambda: any(r.status == status for r in fake.requests),
        within,
        f"a request answered {status}",
    )
    return next(r for r in fake.requests if r.status == status)


async def eventually(
    predicate: Callable[[], bool], within: float = 5.0, what: str = "condition"
) -> None:
    """Poll for something that changes off the event loop (the store's writer thread)."""
    deadline = time.monotonic() + within
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {within}s waiting for: {what}"
        await asyncio.sleep(0.01)


def description(reply: Recorded) -> str:
    return str(reply.body["embeds"][0]["description"])


# --- REST: rate limits, server errors, refusals, slowness -----------------------------------


async def test_a_global_rate_limit_holds_every_request_until_it_passes(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """After a global 429 no request of the bot reaches Discord, on any route, before
    `retry_after` has passed; then both replies go through, once each."""
    fake.rate_limit_next("POST", MESSAGES, retry_after=0.5, is_global=True)
    first = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    limited = await wait_for_status(fake, 429)
    await asyncio.sleep(0.05)  # the bot reads the 429 and takes the global lock
    second = await fake.say(fake.alice, fake.dm, "Who is Begin?")
    one = await fake.wait_for_reply(first)
    other = await fake.wait_for_reply(second)
    assert "Esper" in description(one) and "Begin" in description(other)
    assert [r.status for r in channel_posts(fake, fake.general.id)] == [429, 200]
    assert [r.status for r in channel_posts(fake, fake.dm.id)] == [200]
    later = [r for r in fake.requests if r.at > limited.at]
    assert later and min(r.at for r in later) - limited.at >= 0.4


async def test_a_route_rate_limit_holds_only_that_route(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """A 429 on replying in one channel delays that reply only: a question in another
    channel is answered at once, and the held reply follows after `retry_after`."""
    fake.rate_limit_next("POST", rf"/channels/{fake.general.id}/messages", retry_after=1.0)
    held = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    limited = await wait_for_status(fake, 429)
    free = await fake.say(fake.alice, fake.dm, "Who is Begin?")
    quick = await fake.wait_for_reply(free)
    assert quick.at - limited.at < 0.8
    late = await fake.wait_for_reply(held)
    assert late.at - limited.at >= 0.9
    assert len(fake.replies_to(held)) == len(fake.replies_to(free)) == 1


async def test_server_errors_are_retried_until_the_reply_goes_through(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """A 500 and a 502 on sending replies are retried (after discord.py's back-off) and
    each question is answered exactly once."""
    fake.fail_next(
        "POST",
        rf"/channels/{fake.general.id}/messages",
        500,
        {"message": "Internal Server Error", "code": 0},
    )
    fake.fail_next("POST", rf"/channels/{fake.dm.id}/messages", 502, "Bad Gateway")
    in_guild = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    in_dm = await fake.say(fake.alice, fake.dm, "Who is Begin?")
    await fake.wait_for_reply(in_guild)
    await fake.wait_for_reply(in_dm)
    assert [r.status for r in channel_posts(fake, fake.general.id)] == [500, 200]
    assert [r.status for r in channel_posts(fake, fake.dm.id)] == [502, 200]
    assert len(fake.replies_to(in_guild)) == len(fake.replies_to(in_dm)) == 1


async def test_a_channel_the_bot_may_not_speak_in_is_tried_once_per_question(
    fake: FakeDiscord, talksbot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Where every reply is refused (403 Missing Permissions), each question costs one
    request and one warning naming the channel, never a retry; other channels are served."""
    fake.fail_next(
        "POST",
        rf"/channels/{fake.general.id}/messages",
        403,
        {"message": "Missing Permissions", "code": 50013},
        times=1000,
    )
    refused, served = [], []
    for n in range(5):
        refused.append(await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?")))
        served.append(await fake.say(fake.alice, fake.dm, f"Who is Begin? ({n})"))
    for message in served:
        await fake.wait_for_reply(message)
    await fake.wait_until(lambda: len(channel_posts(fake, fake.general.id)) == 5)
    await asyncio.sleep(0.1)  # time for a retry, if there were one
    assert [r.status for r in channel_posts(fake, fake.general.id)] == [403] * 5
    warnings = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING
        and f"cannot reply in channel {fake.general.id}" in r.getMessage()
    ]
    assert len(warnings) == 5
    assert not talksbot.task.done()


async def test_slow_rest_never_delays_acknowledging_interactions(
    fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While chat replies take 2.5 s each to be accepted and a reload takes 3.2 s to
    compile, /ask is answered and /reload deferred well within Discord's 3 s, and the
    reload's result still arrives."""
    async with running_bot(fake) as running:
        real_reload = running.live.reload

        def slow_reload() -> ReloadResult:
            time.sleep(3.2)  # on the worker thread, as a big fact base would
            return real_reload()

        monkeypatch.setattr(running.live, "reload", slow_reload)
        fake.slow_next("POST", MESSAGES, 2.5, times=3)
        chatted = [
            await fake.say(fake.alice, channel, ask(fake, "Who is Esper?"))
            for channel in (fake.general, fake.ask_channel, fake.dm)
        ]
        await fake.wait_for_request("POST", MESSAGES)
        started = time.monotonic()
        reload = await fake.slash(fake.moderator, fake.general, "reload")
        deferred = await reload.response(within=3.0)
        deferred_after = time.monotonic() - started
        started = time.monotonic()
        asked = await fake.slash(fake.alice, fake.general, "ask", {"question": "Who is Begin?"})
        answer = await asked.response(within=3.0)
        answered_after = time.monotonic() - started
        assert deferred["type"] == 5 and deferred_after < 1.0
        assert answer["type"] == 4 and answered_after < 1.0
        assert "Begin" in answer["data"]["embeds"][0]["description"]
        final = await reload.message(within=10.0)
        assert final["flags"] & EPHEMERAL
        assert "Nothing changed" in final["embeds"][0]["description"]
        for message in chatted:
            await fake.wait_for_reply(message, within=10.0)


# --- The gateway: RECONNECT, INVALID_SESSION, fatal close codes ---------------------------


async def test_op7_reconnect_resumes_and_delivers_what_was_sent_meanwhile(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """On RECONNECT the bot reconnects and RESUMEs its session (no new IDENTIFY); a
    question sent while it was away is answered once."""
    await fake.request_reconnect()
    meanwhile = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    await fake.wait_until(lambda: fake.resumes == 1, what="a RESUME")
    reply = await fake.wait_for_reply(meanwhile)
    assert "Esper" in description(reply)
    after = await fake.say(fake.alice, fake.dm, "Who is Begin?")
    await fake.wait_for_reply(after)
    assert fake.identifies == 1 and fake.connections == 2
    assert len(fake.replies_to(meanwhile)) == 1


@pytest.mark.parametrize("resumable", [True, False], ids=["resumable", "not-resumable"])
async def test_op9_invalid_session_resumes_or_identifies_again(
    fake: FakeDiscord, talksbot: RunningBot, resumable: bool
) -> None:
    """INVALID_SESSION that may be resumed is RESUMEd; one that may not makes the bot
    IDENTIFY afresh; either way it answers again afterwards."""
    await fake.invalidate_sessions(resumable=resumable)
    if resumable:
        await fake.wait_until(lambda: fake.resumes == 1, what="a RESUME")
    else:
        await fake.wait_until(
            lambda: fake.identifies == 2 and fake.connected() == 1, what="a second IDENTIFY"
        )
    message = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    reply = await fake.wait_for_reply(message)
    assert "Esper" in description(reply)
    assert (fake.resumes, fake.identifies) == ((1, 1) if resumable else (0, 2))


FATAL = {
    4004: TOKEN_REJECTED,
    4010: "close code 4010",
    4011: "close code 4011",
    4012: "close code 4012",
    4013: "close code 4013",
    4014: INTENTS_REFUSED,
}


@pytest.mark.parametrize("code", sorted(FATAL))
async def test_a_fatal_close_code_stops_the_bot_once_with_a_message(
    fake: FakeDiscord, code: int
) -> None:
    """A close code that no retry can fix (bad token, bad shard, sharding required, bad
    version or intents) ends the bot with an explanation, without reconnecting."""
    async with running_bot(fake) as running:
        await fake.drop_gateway(code=code)
        outcome = await asyncio.wait_for(running.task, 10)
        await asyncio.sleep(0.2)  # time for a reconnect, if there were one
    assert outcome.code == 1
    assert FATAL[code] in (outcome.message or "")
    assert fake.connections == 1 and fake.identifies == 1


@pytest.mark.parametrize("code", [4004, 4014])
async def test_a_fatal_close_code_stops_every_shard(fake: FakeDiscord, code: int) -> None:
    """With several shards in one process, a fatal close on one ends the whole bot with
    the same explanation, and no shard reconnects."""
    async with running_bot(fake, sharding=Sharding.from_options(shards=2)) as running:
        assert fake.connections == 2
        await fake.drop_gateway(code=code)
        outcome = await asyncio.wait_for(running.task, 10)
        await asyncio.sleep(0.2)
    assert outcome.code == 1 and outcome.message == FATAL[code]
    assert fake.connections == 2 and fake.identifies == 2


# --- The gaps database: locked, or read-only ---------------------------------------------


@contextlib.asynccontextmanager
async def bot_with_store(
    fake: FakeDiscord, database: Path
) -> AsyncIterator[tuple[SqliteFeedbackSink, Settings]]:
    """The bot wired as `talksbot run` wires it: gaps and votes go to SQLite."""
    settings = settings_for(fake, gaps_db=database)
    live = LiveFactBase(settings.paths, engine=shared_engine())
    sink = open_feedback_sink(settings, live)
    assert sink is not None
    options: dict[str, Any] = dict(FAST)
    bot = create_bot(settings, live, feedback=sink, **options)
    task = asyncio.create_task(serve(bot, settings.token or ""))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        yield sink, settings
    finally:
        await bot.close()
        await asyncio.wait_for(task, 10)
        await sink.store.aclose()


def stored_questions(database: Path) -> list[str]:
    conn = open_for_reading(database)
    if conn is None:
        return []
    try:
        return [gap.question for gap in read_gaps(conn)]
    finally:
        conn.close()


@contextlib.contextmanager
def locked(database: Path) -> Iterator[None]:
    """Another process holds the database in an exclusive transaction."""
    blocker = sqlite3.connect(database, isolation_level=None)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        yield
        blocker.execute("COMMIT")
    finally:
        blocker.close()


def patch_store_connections(monkeypatch: pytest.MonkeyPatch, *pragmas: str) -> None:
    """Every connection the store opens from now on runs these pragmas first."""
    real = store_module.connect

    def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
        conn = real(path, read_only=read_only)
        for pragma in pragmas:
            conn.execute(pragma)
        return conn

    monkeypatch.setattr(store_module, "connect", connect)


async def ask_each(fake: FakeDiscord, questions: list[str], within: float = 2.0) -> None:
    """Ask in the guild, one after another; each must be answered within `within` s."""
    for question in questions:
        message = await fake.say(fake.alice, fake.general, ask(fake, question))
        await fake.wait_for_reply(message, within=within)


async def test_a_locked_gaps_database_delays_the_records_not_the_answers(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """While another process holds the database locked, questions are answered as
    quickly as ever; their gaps are written once the lock is released."""
    database = tmp_path / "gaps.sqlite3"
    async with bot_with_store(fake, database) as (sink, _):
        await ask_each(fake, UNANSWERABLE[:1])
        await eventually(lambda: sink.store.written == 1, 5, "the store: written 1")
        with locked(database):
            started = time.monotonic()
            await ask_each(fake, UNANSWERABLE[1:], within=1.0)
            assert time.monotonic() - started < 2.0
            assert sink.store.written == 1
        await eventually(lambda: sink.store.written == 5, 10, "the store: written 5")
    assert stored_questions(database) == UNANSWERABLE


async def test_a_gaps_database_locked_for_too_long_costs_records_not_answers(
    fake: FakeDiscord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """When the lock outlasts SQLite's busy timeout the records of that moment are
    dropped with a warning, every question is still answered, and recording resumes."""
    patch_store_connections(monkeypatch, "PRAGMA busy_timeout = 100")
    database = tmp_path / "gaps.sqlite3"
    async with bot_with_store(fake, database) as (sink, _):
        await ask_each(fake, UNANSWERABLE[:1])
        await eventually(lambda: sink.store.written == 1, 5, "the store: written 1")
        with caplog.at_level(logging.WARNING), locked(database):
            await ask_each(fake, UNANSWERABLE[1:3])
            await eventually(lambda: sink.store.dropped == 2, 5, "the store: dropped 2")
        await ask_each(fake, UNANSWERABLE[3:])
        await eventually(lambda: sink.store.written == 3, 5, "the store: written 3")
    assert "database is locked" in caplog.text
    assert stored_questions(database) == [UNANSWERABLE[0], *UNANSWERABLE[3:]]


async def test_a_read_only_gaps_database_costs_records_not_answers(
    fake: FakeDiscord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """With a database that cannot be written (SQLite's query-only mode: as root, file
    modes would not stop the writer), questions are answered and votes thanked; the
    records are dropped with a warning."""
    database = tmp_path / "gaps.sqlite3"
    async with bot_with_store(fake, database) as (sink, _):
        await ask_each(fake, UNANSWERABLE[:1])
        await eventually(lambda: sink.store.written == 1, 5, "the store: written 1")
    patch_store_connections(monkeypatch, "PRAGMA query_only = ON")
    with caplog.at_level(logging.WARNING):
        async with bot_with_store(fake, database) as (sink, _):
            await ask_each(fake, UNANSWERABLE[1:])
            handle = await fake.slash(
                fake.alice, fake.general, "ask", {"question": "Who met Rajnath Singh?"}
            )
            answered = await handle.message()
            up = next(
                c["custom_id"]
                for row in answered["components"]
                for c in row["components"]
                if c.get("emoji", {}).get("name") == "👍"
            )
            thanks = await (await fake.click(fake.bob, answered, up)).response()
            assert "Thanks" in thanks["data"]["embeds"][0]["description"]
            await eventually(lambda: sink.store.dropped == 5, 5, "the store: dropped 5")
    assert "readonly" in caplog.text
    assert stored_questions(database) == UNANSWERABLE[:1]
