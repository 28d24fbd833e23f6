"""The bot under Discord's weather: rate limits, refusals, dropped connections, rejected
tokens and intents, sharding; and its logs never show a token."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.discordbot.logs import setup_logging
from bot.discordbot.runner import INTENTS_REFUSED, TOKEN_REJECTED, Sharding
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.live import LiveFactBase
from tests.fakediscord import FakeDiscord, loopback_only
from tests.fakediscord.harness import (
    RunningBot,
    running_bot,
    running_fake,
    settings_for,
    shared_engine,
    start_talksbot_run,
)

MESSAGES = r"/channels/\d+/messages"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    http_level = logging.getLogger("discord.http").level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.getLogger("discord.http").setLevel(http_level)


def ask(fake: FakeDiscord, question: str) -> str:
    return f"<@{fake.bot.id}> {question}"


# --- REST trouble -------------------------------------------------------------------------


async def test_rate_limited_send_is_retried(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """A 429 with `retry_after` on sending the reply is waited out and the reply retried."""
    fake.rate_limit_next("POST", MESSAGES, retry_after=0.05)
    message = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    await fake.wait_for_reply(message)
    statuses = [r.status for r in fake.requests_to("POST", MESSAGES)]
    assert statuses == [429, 200]


async def test_forbidden_send_is_logged_and_the_bot_goes_on(
    fake: FakeDiscord, talksbot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    """A 403 on replying is logged as a warning naming the channel; the next question is
    answered as usual."""
    fake.forbid_next("POST", MESSAGES)
    refused = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    await fake.wait_for_request("POST", MESSAGES)
    answered = await fake.say(fake.alice, fake.general, ask(fake, "Who is Begin?"))
    await fake.wait_for_reply(answered)
    assert fake.replies_to(refused) == []
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(f"cannot reply in channel {fake.general.id}" in w for w in warnings)
    assert not talksbot.task.done()


class FailingEngine:
    """An engine that fails, standing in for a bug."""

    def __init__(self) -> None:
        self.factbase = shared_engine().factbase

    def answer(self, question: str, context: Context | None = None) -> Answer:
        raise RuntimeError("a bug in the engine")


async def test_an_internal_error_is_reported_not_swallowed(fake: FakeDiscord) -> None:
    """If answering fails, the person is told so (ephemerally for /ask) and the bot runs on."""
    live = LiveFactBase(settings_for(fake).paths, engine=shared_engine())
    live._engine = FailingEngine()  # type: ignore[assignment]
    async with running_bot(fake, live=live) as running:
        handle = await fake.slash(fake.alice, fake.general, "ask", {"question": "Who is Esper?"})
        response = await handle.response()
        assert response["data"]["flags"] & (1 << 6)
        assert "went wrong" in response["data"]["embeds"][0]["description"]
        message = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
        reply = await fake.wait_for_reply(message)
        assert "went wrong" in reply.body["embeds"][0]["description"]
        assert not running.task.done()


# --- Gateway trouble ----------------------------------------------------------------------


async def test_dropped_gateway_resumes_and_answers_again(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """After the gateway drops, the bot RESUMEs its session (no new IDENTIFY), receives
    what was sent meanwhile, and answers it."""
    first = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
    await fake.wait_for_reply(first)
    await fake.drop_gateway(code=4000)
    missed = await fake.say(fake.alice, fake.general, ask(fake, "Who is Begin?"))
    await fake.wait_until(lambda: fake.resumes == 1, what="a RESUME")
    reply = await fake.wait_for_reply(missed)
    assert "Begin" in reply.body["embeds"][0]["description"]
    assert fake.identifies == 1
    after = await fake.say(fake.alice, fake.dm, "Where is Tokyo?")
    await fake.wait_for_reply(after)


async def test_refused_privileged_intent_says_which_switch(fake: FakeDiscord) -> None:
    """Close code 4014 stops the bot with a message naming the Developer Portal switch."""
    fake.privileged_intents_enabled = False
    settings = settings_for(fake, ask_channels=(fake.ask_channel.id,))
    async with running_bot(fake, settings=settings, wait_ready=False) as running:
        outcome = await asyncio.wait_for(running.task, 10)
    assert outcome.code == 1 and outcome.message == INTENTS_REFUSED
    assert "Message Content Intent" in INTENTS_REFUSED
    assert fake.close_codes_sent == [4014]


async def test_rejected_token_is_a_clear_message(fake: FakeDiscord) -> None:
    """A token Discord rejects stops the bot with a plain explanation."""
    settings = settings_for(fake, token="MTIz.bad.token")
    async with running_bot(fake, settings=settings, wait_ready=False) as running:
        outcome = await asyncio.wait_for(running.task, 10)
    assert outcome.code == 1 and outcome.message == TOKEN_REJECTED


# --- Sharding -----------------------------------------------------------------------------


async def test_shards_in_one_process_each_identify_and_answer(fake: FakeDiscord) -> None:
    """`--shards 2` identifies shards 0 and 1 of 2 and still answers in the guild and DMs."""
    async with running_bot(fake, sharding=Sharding.from_options(shards=2)):
        assert sorted(tuple(p["shard"]) for p in fake.identify_payloads()) == [(0, 2), (1, 2)]
        message = await fake.say(fake.alice, fake.general, ask(fake, "Who is Esper?"))
        await fake.wait_for_reply(message)
        dm = await fake.say(fake.alice, fake.dm, "Who is Begin?")
        await fake.wait_for_reply(dm)


async def test_auto_shard_asks_discord_for_the_count() -> None:
    """`--auto-shard` takes the shard count and gateway URL from GET /gateway/bot."""
    async with (
        running_fake(shards=3) as fake,
        running_bot(fake, sharding=Sharding.from_options(auto_shard=True)),
    ):
        assert fake.requests_to("GET", "/gateway/bot")
        assert sorted(p["shard"][0] for p in fake.identify_payloads()) == [0, 1, 2]


async def test_shard_ids_run_only_those_shards(fake: FakeDiscord) -> None:
    """`--shard-ids 1 --shard-count 2` connects shard 1 of 2 and nothing else."""
    sharding = Sharding.from_options(shard_ids="1", shard_count=2)
    async with running_bot(fake, sharding=sharding):
        assert [p["shard"] for p in fake.identify_payloads()] == [[1, 2]]


# --- Logs ---------------------------------------------------------------------------------


async def test_logs_never_show_tokens_even_at_debug(
    fake: FakeDiscord, restore_logging: None
) -> None:
    """At DEBUG, with interactions and a failing request logged, neither the bot token nor
    any interaction token appears in the log output."""
    stream = io.StringIO()
    setup_logging("DEBUG", secrets=[fake.token], stream=stream)
    async with running_bot(fake):
        handle = await fake.slash(fake.alice, fake.general, "ask", {"question": "Who is Esper?"})
        await handle.response()
        click = await fake.click(
            fake.alice, await handle.message(), "talksbot:vote:up:esper-identity"
        )
        await click.response()
        fake.forbid_next("POST", MESSAGES)
        message = await fake.say(fake.alice, fake.general, ask(fake, "Who is Begin?"))
        await fake.wait_for_request("POST", MESSAGES)
        assert message
    output = stream.getvalue()
    assert "WebSocket Event" in output and "/interactions/" in output  # DEBUG was on
    assert fake.token not in output
    for interaction in fake.interactions.values():
        assert interaction.token not in output
    assert "[redacted]" in output


# --- The command line ---------------------------------------------------------------------


@contextlib.contextmanager
def fake_in_thread(**options: Any) -> Iterator[FakeDiscord]:
    """A fake Discord on its own loop, for driving the synchronous `talksbot` command."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    with loopback_only():
        fake = FakeDiscord(**options)
        asyncio.run_coroutine_threadsafe(fake.start(), loop).result(5)
        try:
            yield fake
        finally:
            asyncio.run_coroutine_threadsafe(fake.close(), loop).result(5)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            loop.close()


def cli_env(monkeypatch: pytest.MonkeyPatch, fake: FakeDiscord | None, **extra: str) -> None:
    for name in (
        "DISCORD_TOKEN",
        "TALKSBOT_ASK_CHANNELS",
        "DISCORD_API_BASE",
        "DISCORD_GATEWAY_URL",
        "TALKSBOT_LOG_LEVEL",
    ):
        # Set, then delete: monkeypatch then restores the original state even if the
        # code under test (reading a .env file) sets the variable again.
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.setenv("TALKSBOT_ENV_FILE", "/nonexistent/talksbot.env")
    if fake is not None:
        monkeypatch.setenv("DISCORD_API_BASE", fake.api_base)
        monkeypatch.setenv("DISCORD_GATEWAY_URL", fake.gateway_url)
    for name, value in extra.items():
        monkeypatch.setenv(name, value)


def test_run_without_a_token_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`talksbot run` with no DISCORD_TOKEN explains where to get one and exits 2."""
    cli_env(monkeypatch, None)
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "DISCORD_TOKEN is not set" in err and ".env" in err


def test_run_with_a_rejected_token_exits_1_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    """A rejected token ends `talksbot run` with the explanation, no traceback, and the
    token nowhere in the output."""
    with fake_in_thread() as fake:
        wrong = fake.token[:-4] + "abcd"
        cli_env(monkeypatch, fake, DISCORD_TOKEN=wrong, TALKSBOT_LOG_LEVEL="DEBUG")
        code = main(["run"])
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert code == 1
    assert TOKEN_REJECTED in captured.err
    assert "Traceback" not in output and wrong not in output


def test_run_with_refused_intents_names_the_switch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    """With ask channels but the Message Content intent off in the portal, `talksbot run`
    exits 1 saying which switch to turn on."""
    with fake_in_thread(privileged_intents_enabled=False) as fake:
        cli_env(
            monkeypatch,
            fake,
            DISCORD_TOKEN=fake.token,
            TALKSBOT_ASK_CHANNELS=str(fake.ask_channel.id),
        )
        code = main(["run"])
    err = capsys.readouterr().err
    assert code == 1 and "Message Content Intent" in err and "Traceback" not in err


def test_sync_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    """`talksbot sync --guild ID` registers the commands in that server and says so."""
    with fake_in_thread() as fake:
        cli_env(monkeypatch, fake, DISCORD_TOKEN=fake.token)
        code = main(["sync", "--guild", str(fake.guild.id)])
        registered = fake.commands.get(fake.guild.id, [])
    assert code == 0
    assert f"in server {fake.guild.id}" in capsys.readouterr().out
    assert len(registered) == 8


def test_bad_shard_options_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    """`--shard-ids` without `--shard-count` is refused before connecting."""
    cli_env(monkeypatch, None, DISCORD_TOKEN="x")
    assert main(["run", "--shard-ids", "0,1"]) == 2
    assert "--shard-count" in capsys.readouterr().err


def test_talksbot_alone_chats_on_the_console_without_a_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`talksbot` with no command and no token starts the console chat."""
    cli_env(monkeypatch, None)
    monkeypatch.setattr("bot.commands.chat.run_console", lambda: 7)
    assert main([]) == 7


def test_talksbot_alone_runs_the_bot_with_a_token_from_dotenv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`talksbot` with no command runs the Discord bot when `.env` holds a token."""
    cli_env(monkeypatch, None)
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=from-the-file\n")
    monkeypatch.setenv("TALKSBOT_ENV_FILE", str(env_file))
    seen: list[argparse.Namespace] = []

    def run(args: argparse.Namespace) -> int:
        seen.append(args)
        return 5

    monkeypatch.setattr("bot.commands.discord_run.run", run)
    assert main([]) == 5
    assert seen[0].command == "run" and os.environ["DISCORD_TOKEN"] == "from-the-file"


def test_talksbot_run_answers_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """`talksbot run` as its own process connects, answers a mention, and on SIGTERM
    closes the connection and exits 0 without a traceback."""
    with fake_in_thread() as fake:
        process = start_talksbot_run(fake, tmp_path, "INFO")
        try:
            loop = fake.loop
            assert loop is not None
            deadline = time.monotonic() + 20
            while not fake.connected() or not fake.identifies:
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the bot never connected"
                time.sleep(0.02)
            message = asyncio.run_coroutine_threadsafe(
                fake.say(fake.alice, fake.dm, "Who met Rajnath Singh?"), loop
            ).result(5)
            reply = asyncio.run_coroutine_threadsafe(
                fake.wait_for_reply(message, within=10), loop
            ).result(15)
            assert "Esper" in reply.body["embeds"][0]["description"]
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err and fake.token not in err + out
    assert "stopped" in err
