"""Security: nobody can make the bot ping, format its messages, leak a token, run a
maintainers' command, load unsafe YAML, or repeat a question where it would act as a
command.

The fake Discord notes everyone a bot message would have notified, by Discord's own rules
(mentions count in `content` only, filtered by `allowed_mentions`): `fake.pings` must stay
empty whatever people type and whatever the fact base says.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import functools
import io
import json
import logging
import re
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Paths, Settings
from bot.discordbot.answers import build_answer
from bot.discordbot.errors import GENERIC
from bot.discordbot.logs import setup_logging
from bot.discordbot.maintenance import maintaining
from bot.discordbot.render import answer_text_of, question_of
from bot.discordbot.runner import create_bot
from bot.discordbot.services import Services
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.factbase.compiler import compile_factbase
from bot.factbase.yamlnodes import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, MAX_STRING
from bot.live import LiveFactBase, ReloadResult
from tests.fakediscord import FakeDiscord, loopback_only
from tests.fakediscord.harness import (
    RunningBot,
    copy_factbase,
    running_bot,
    settings_for,
    shared_engine,
    start_talksbot_run,
)

JSON = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent
EPHEMERAL = 1 << 6
MESSAGES = r"/channels/\d+/messages"
# Markdown a person might type to dress up the bot's message: every kind Discord renders.
MARKDOWN = "**bold** __under__ ~~gone~~ `code` ||hidden|| [click me](https://evil.example)"
# Markup that would still work in a text: an unescaped marker, or a masked link.
_LIVE_MARKUP = re.compile(r"(?<!\\)(?:\*|_|~~|`|\|\|)|(?<!\\)\[[^\]\n]*\]\([^)\n]*\)")


ESPER = (
    "description: The U.S. Secretary of Defense, who met India's Defense Minister "
    "Rajnath Singh in New Delhi."
)


def hostile(fake: FakeDiscord) -> str:
    """Every kind of mention: everyone, here, a role, a user and a channel."""
    return f"@everyone @here <@&{fake.moderators_role.id}> <@{fake.bob.id}> <#{fake.general.id}>"


def mention(fake: FakeDiscord) -> str:
    return f"<@{fake.bot.id}>"


def live_markup(text: str) -> list[str]:
    """The markdown in `text` that Discord would render rather than show as typed."""
    return [m[0] for m in _LIVE_MARKUP.finditer(text)]


def bot_bodies(fake: FakeDiscord) -> list[JSON]:
    """Every message body the bot sent: channel messages, interaction responses (their
    data), followups and edits."""
    bodies: list[JSON] = []
    for record in fake.requests:
        if record.method not in ("POST", "PATCH") or not isinstance(record.body, dict):
            continue
        if record.path.endswith("/callback"):
            data = record.body.get("data")
            if isinstance(data, dict) and record.body.get("type") in (4, 7):
                bodies.append(data)
        elif re.fullmatch(r"/channels/\d+/messages(/\d+)?|/webhooks/.+", record.path):
            bodies.append(record.body)
    return bodies


# --- No pings ------------------------------------------------------------------------------


async def test_mentions_in_questions_ping_nobody_anywhere(fake: FakeDiscord) -> None:
    """@everyone, @here, role, user and channel mentions typed into chat questions, DMs,
    ask channels, every slash command option and button flow notify nobody."""
    settings = settings_for(fake, ask_channels=(fake.ask_channel.id,))
    text = hostile(fake)
    async with running_bot(fake, settings=settings):
        chat = [
            await fake.say(fake.alice, fake.general, f"{mention(fake)} {text} Who met Singh?"),
            await fake.say(fake.alice, fake.dm, f"{text} What is the BECA?"),
            await fake.say(fake.alice, fake.ask_channel, f"{text} Where did they meet?"),
            await fake.say(
                fake.alice, fake.general, f"{mention(fake)} {text} What did Pompeo have for lunch?"
            ),
        ]
        replies = [await fake.wait_for_reply(message) for message in chat]
        handles = [
            await fake.slash(
                fake.alice, fake.general, "ask", {"question": f"{text} Who is Esper?"}
            ),
            await fake.slash(fake.alice, fake.general, "ask", {"question": f"{text} lunch?"}),
            await fake.slash(fake.alice, fake.general, "who", {"person": text}),
            await fake.slash(fake.alice, fake.general, "summary", {"topic": text}),
            await fake.slash(fake.alice, fake.general, "facts", {"query": text[:50]}),
        ]
        for handle in handles:
            await handle.response()
        answered, unanswered = await handles[0].message(), await handles[1].message()
        clicks = [(fake.bob, unanswered, "talksbot:gap")]
        clicks += [
            (fake.bob, unanswered, b["custom_id"])
            for row in unanswered["components"]
            for b in row["components"]
            if b["custom_id"].startswith("talksbot:ask:")
        ][:1]
        clicks += [
            (fake.bob, answered, b["custom_id"])
            for row in answered["components"]
            for b in row["components"]
        ][:1]
        for who, message, custom_id in clicks:
            await (await fake.click(who, message, custom_id)).response()
    assert len(replies) == 4 and len(clicks) == 3
    assert fake.pings == []
    assert all(body.get("allowed_mentions", {}).get("parse") == [] for body in bot_bodies(fake))


async def test_mentions_in_the_fact_base_ping_nobody(fake: FakeDiscord, tmp_path: Path) -> None:
    """An answer, a description and a summary that contain mentions (a careless or
    malicious edit) are shown, but notify nobody; nor does a reload notice quoting them."""
    paths = copy_factbase(tmp_path)
    text = hostile(fake)
    edits = {
        "facts.yaml": (
            'answer: "Mark T. Esper, the U.S. Secretary of Defense"',
            f'answer: "{text} Mark T. Esper, the U.S. Secretary of Defense"',
        ),
        "entities.yaml": (ESPER, f'description: "{text} {ESPER.split(": ", 1)[1]}"'),
        "summaries.yaml": (
            "short: >-\n      U.S. Defense Secretary",
            f"short: >-\n      {text} U.S. Defense Secretary",
        ),
    }
    for name, (old, new) in edits.items():
        file = paths.facts / name
        source = file.read_text(encoding="utf-8")
        assert old in source, name
        file.write_text(source.replace(old, new), encoding="utf-8")
    settings = settings_for(fake, paths=paths, notify_channel=fake.general.id)
    live = LiveFactBase(paths)
    async with (
        running_bot(fake, settings=settings, live=live) as running,
        maintaining(running.bot, settings, live) as watcher,
    ):
        assert watcher is not None
        message = await fake.say(fake.alice, fake.dm, "Who met Rajnath Singh?")
        reply = await fake.wait_for_reply(message)
        who = await (
            await fake.slash(fake.alice, fake.general, "who", {"person": "Esper"})
        ).response()
        summary = await (await fake.slash(fake.alice, fake.general, "summary")).response()
        facts = paths.facts / "facts.yaml"
        facts.write_text(
            facts.read_text(encoding="utf-8").replace(
                'Secretary of Defense", entities: [esper]}',
                'Secretary of Defense", entities: ["@everyone <@&1>"]}',
                1,
            ),
            encoding="utf-8",
        )
        report = await watcher.reload_now()
        assert not report.ok
        notice = await fake.wait_for_request("POST", rf"/channels/{fake.general.id}/messages")
    shown = [reply.body["embeds"][0]["description"], json.dumps(who), json.dumps(summary)]
    assert all("@everyone" in text for text in shown)  # the mentions really reached Discord
    assert "everyone <@" in notice.body["content"].replace("\u200b", "")
    assert fake.pings == []


# --- Echoed text is shown as typed ---------------------------------------------------------


async def test_markdown_in_echoed_questions_is_shown_as_typed(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """Bold, underline, strike-through, code, spoilers and masked links typed into a
    question come back escaped wherever the bot repeats them, and "None of these" still
    records the question as it was typed."""
    question = f"Who is {MARKDOWN}?"
    message = await fake.say(fake.alice, fake.general, f"{mention(fake)} {question}")
    chat = (await fake.wait_for_reply(message)).body["embeds"][0]
    asked = await fake.slash(fake.alice, fake.general, "ask", {"question": question})
    slash = (await asked.response())["data"]["embeds"][0]
    echoed = [chat["title"], slash["title"]]
    for name, options in (
        ("who", {"person": MARKDOWN}),
        ("summary", {"topic": MARKDOWN}),
        ("facts", {"query": "**b** ||s|| [x](https://e.example)"}),
    ):
        response = await (await fake.slash(fake.alice, fake.general, name, options)).response()
        embed = response["data"]["embeds"][0]
        echoed.append(embed.get("title") or "")
        echoed.append(embed.get("description") or "")
    assert [live_markup(text) for text in echoed] == [[]] * len(echoed)
    assert chat["title"] == slash["title"] and "click me" in chat["title"]
    await (await fake.click(fake.bob, await asked.message(), "talksbot:gap")).response()
    assert talksbot.sink.gaps[-1][0] == question


FRAGMENTS = [
    MARKDOWN,
    "*",
    "_",
    "~~",
    "`",
    "||",
    "> ",
    "# ",
    "- ",
    "\\",
    "[a](https://e.x)",
    "Zorblax",
    "Modi",
    "Who met",
    "Singh",
    "Esper",
    "did",
    "meet",
    "?",
    "<@123>",
    "@everyone",
    "Xi_Jinping",
    "Mo*di*",
    "**Pompeo**",
    "visit",
    "Tokyo",
    "BECA",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12).map(" ".join))
def test_an_answer_never_renders_markdown_from_the_question(question: str) -> None:
    """Whatever the engine makes of a question (it may repeat a name it does not know),
    the rendered answer carries no markup the person typed: the title and the answer
    text are escaped, and both read back as they were."""
    answer: Answer = shared_engine().answer(question, Context())
    embed, _ = build_answer(unit_services(), question, answer)
    title = embed.title or ""
    assert live_markup(title) == []
    assert live_markup(answer_text_of_raw(embed.description or "")) == []
    if not title.endswith("…"):
        assert question_of(embed) == " ".join(question.split())
    assert answer_text_of(embed) == " ".join(answer.text.split())


@functools.cache
def unit_services() -> Services:
    """The bot's services without a client, for rendering answers directly."""
    settings = Settings(paths=Paths(ROOT / "facts", ROOT / "seeds"))
    return Services.create(settings, LiveFactBase(settings.paths, engine=shared_engine()))


def answer_text_of_raw(description: str) -> str:
    """The answer paragraph of an embed as sent, without the bot's own bold markers."""
    first = description.split("\n\n", 1)[0]
    return first[2:-2] if first.startswith("**") and first.endswith("**") else first


# --- Tokens --------------------------------------------------------------------------------


class LeakyEngine:
    """An engine that fails with the bot token in its error, as a careless bug might."""

    def __init__(self, secret: str) -> None:
        self.factbase = shared_engine().factbase
        self.secret = secret

    def answer(self, question: str, context: Context | None = None) -> Answer:
        raise RuntimeError(f"could not answer; connected with token {self.secret}")


@contextlib.contextmanager
def restored_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    http_level = logging.getLogger("discord.http").level
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        logging.getLogger("discord.http").setLevel(http_level)


@pytest.mark.parametrize("level", ["DEBUG", "INFO", "WARNING", "ERROR"])
async def test_tokens_never_reach_the_log_at_any_level(fake: FakeDiscord, level: str) -> None:
    """With interactions, a rate-limited interaction response, a refused reply and an
    error whose message and traceback hold the bot token, the log at every level shows
    neither the bot token nor any interaction token."""
    stream = io.StringIO()
    with restored_logging():
        setup_logging(level, secrets=[fake.token], stream=stream)
        async with running_bot(fake) as running:
            handle = await fake.slash(
                fake.alice, fake.general, "ask", {"question": "Who is Esper?"}
            )
            message = await handle.message()
            fake.rate_limit_next("POST", r"/interactions/\d+/[^/]+/callback", retry_after=0.05)
            click = await fake.click(fake.alice, message, "talksbot:vote:up:esper-identity")
            await click.response()
            fake.forbid_next("POST", MESSAGES)
            refused = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who is Begin?")
            await fake.wait_for_request("POST", MESSAGES)
            running.live._engine = LeakyEngine(fake.token)  # type: ignore[assignment]
            failed = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who is Esper?")
            await fake.wait_for_reply(failed)
            broken = await fake.slash(fake.alice, fake.general, "ask", {"question": "Who?"})
            await broken.response()
            assert refused
    output = stream.getvalue()
    assert "connected with token [redacted]" in output  # the error was logged, redacted
    if level != "ERROR":
        assert "is rate limited" in output
    if level == "DEBUG":
        assert "/interactions/" in output
    assert fake.token not in output
    for interaction in fake.interactions.values():
        assert interaction.token not in output


async def test_error_replies_never_show_the_token(fake: FakeDiscord) -> None:
    """When answering fails with the token in the error, people are told something went
    wrong, in chat and for /ask, and never see the error itself."""
    async with running_bot(fake) as running:
        running.live._engine = LeakyEngine(fake.token)  # type: ignore[assignment]
        message = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who is Esper?")
        chat = await fake.wait_for_reply(message)
        handle = await fake.slash(fake.alice, fake.general, "ask", {"question": "Who is Esper?"})
        slash = await handle.response()
    texts = [json.dumps(chat.body), json.dumps(slash)]
    assert all(GENERIC in text and fake.token not in text for text in texts)
    assert all("token" not in text.replace(GENERIC, "") for text in texts)


async def test_reprs_of_configuration_and_client_hide_the_token(fake: FakeDiscord) -> None:
    """Printing the settings, the services or the client (as a debugger or an error report
    would) never shows the token."""
    env = {"DISCORD_TOKEN": fake.token, "TALKSBOT_ENV_FILE": "/nonexistent"}
    settings = Settings.from_env(env)
    assert settings.token == fake.token
    live = LiveFactBase(settings.paths, engine=shared_engine())
    services = Services.create(settings, live)
    with loopback_only():
        bot = create_bot(settings_for(fake), live)
        try:
            await bot.login(fake.token)
            shown = [
                repr(settings),
                str(settings),
                f"{settings!r}",
                repr(services),
                repr(bot),
                repr(bot.http),
                repr(bot.user),
            ]
        finally:
            await bot.close()
    assert [text for text in shown if fake.token in text] == []


@contextlib.contextmanager
def fake_on_its_own_loop() -> Iterator[FakeDiscord]:
    """A fake Discord on a thread, for driving `talksbot run` in a child process."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    with loopback_only():
        fake = FakeDiscord()
        asyncio.run_coroutine_threadsafe(fake.start(), loop).result(5)
        try:
            yield fake
        finally:
            asyncio.run_coroutine_threadsafe(fake.close(), loop).result(5)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            loop.close()


def test_talksbot_run_at_debug_prints_no_token(tmp_path: Path) -> None:
    """`talksbot run` at DEBUG, answering a slash command and a click, prints neither the
    bot token nor the interaction tokens on stdout or stderr, from start to SIGTERM."""
    with fake_on_its_own_loop() as fake:
        process = start_talksbot_run(fake, tmp_path, "DEBUG")
        loop = fake.loop
        assert loop is not None

        def on_fake(coroutine: Any, within: float = 10) -> Any:
            return asyncio.run_coroutine_threadsafe(coroutine, loop).result(within)

        try:
            deadline = time.monotonic() + 20
            while not fake.connected():
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the bot never connected"
                time.sleep(0.02)
            handle = on_fake(
                fake.slash(fake.alice, fake.general, "ask", {"question": "Who met Rajnath Singh?"})
            )
            message = on_fake(handle.message(within=10), 15)
            click = on_fake(fake.click(fake.bob, message, "talksbot:vote:up:meeting"))
            on_fake(click.response(within=10), 15)
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    output = out + err
    assert process.returncode == 0, err
    assert "/interactions/" in output and "[redacted]" in output  # DEBUG was really on
    assert fake.token not in output
    assert all(i.token not in output for i in fake.interactions.values())


# --- Maintainers' commands ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "where", "roles_configured", "allowed"),
    [
        ("alice", "general", True, False),  # no permission, no role
        ("keeper", "general", False, False),  # a role, but not one configured as maintainers'
        ("keeper", "general", True, True),  # a configured maintainer role
        ("moderator", "general", False, True),  # Manage Server
        ("owner", "general", False, True),  # the server's owner (every permission)
        ("alice", "dm", True, False),  # a DM has no server permissions at all
        ("moderator", "dm", True, False),  # nor for someone who manages the server
    ],
)
async def test_reload_is_checked_by_the_bot_itself(
    fake: FakeDiscord,
    monkeypatch: pytest.MonkeyPatch,
    who: str,
    where: str,
    roles_configured: bool,
    allowed: bool,
) -> None:
    """Discord delivers /reload from anyone an admin lets see it (the fake never filters);
    the bot runs it only for Manage Server or a configured maintainer role, in a server."""
    roles = (fake.keepers_role.id,) if roles_configured else ()
    settings = settings_for(fake, maintainer_role_ids=roles)
    async with running_bot(fake, settings=settings) as running:
        calls: list[int] = []
        real = running.live.reload

        def counted() -> ReloadResult:
            calls.append(1)
            return real()

        monkeypatch.setattr(running.live, "reload", counted)
        person = {
            "alice": fake.alice,
            "keeper": fake.keeper,
            "moderator": fake.moderator,
            "owner": fake.owner,
        }[who]
        channel = {"general": fake.general, "dm": fake.dm}[where]
        handle = await fake.slash(person, channel, "reload")
        response = await handle.response()
        if allowed:
            assert response["type"] == 5
            await handle.message()
        else:
            assert response["type"] == 4 and response["data"]["flags"] & EPHEMERAL
            refusal = response["data"]["embeds"][0]["description"]
            assert "Only maintainers" in refusal or "only in a server" in refusal
    assert calls == ([1] if allowed else [])


# --- YAML -------------------------------------------------------------------------------------


def _nested_mappings(depth: int) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "leaf\n"


def _laughs(levels: int) -> str:
    lines = ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, levels):
        lines.append(f"lol{n}: &lol{n} [" + ", ".join([f"*lol{n - 1}"] * 9) + "]")
    return "\n".join(lines) + f"\nfacts: *lol{levels - 1}\n"


HOSTILE_YAML: dict[str, tuple[str, str]] = {
    "python object": ("facts: !!python/object/apply:os.system ['touch {marker}']\n", "YAML tag"),
    "python name": ("facts: !!python/name:os.system\n", "YAML tag"),
    "python module": ("facts: !!python/module:os\n", "YAML tag"),
    "local tag": ("facts: !evil {a: 1}\n", "YAML tag"),
    "binary": ("facts: !!binary aGVsbG8=\n", "YAML tag"),
    "billion laughs": (_laughs(10), "anchors and aliases"),
    "recursive alias": ("facts: &a [*a]\n", "anchors and aliases"),
    "merge key": ("base: &b {id: x}\nfacts: [{<<: *b}]\n", "tag:yaml.org,2002:merge"),
    "huge string": ("facts: " + "x" * (MAX_STRING + 1) + "\n", "the limit is"),
    "huge file": ("facts: []\n" + "#" * MAX_FILE_BYTES + "\n", "the limit is"),
    "deep flow nesting": ("facts: " + "[" * 100_000 + "]" * 100_000 + "\n", "nesting depth"),
    "deep block nesting": (_nested_mappings(MAX_DEPTH + 30), "levels deep"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_YAML))
def test_hostile_fact_files_are_rejected_quickly_and_cheaply(tmp_path: Path, name: str) -> None:
    """Tags that would build Python objects, alias bombs, huge strings, huge files and
    deep nesting each give a problem naming what is wrong, in under a second and 32 MB,
    and nothing in them runs."""
    marker = tmp_path / "pwned"
    text, expected = HOSTILE_YAML[name]
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "facts.yaml").write_text(text.replace("{marker}", str(marker)), encoding="utf-8")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = compile_factbase(facts, ROOT / "seeds")
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.factbase is None
    assert any(expected in problem.message for problem in result.problems), result.problems
    assert seconds < 1.0 and peak < 32 * 2**20, (seconds, peak)
    assert not marker.exists()


_WIDE = """
import json, resource, sys, time
from pathlib import Path
from bot.factbase.compiler import compile_factbase


def peak_mb():
    # VmHWM is this process's own high-water mark; ru_maxrss would also count the parent's
    # memory at fork (Linux keeps it across exec), so it grows with the test run around it.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


facts = Path(sys.argv[1])
# CPU time, not wall time: the bound is on the compiler's work, which a busy machine
# (other test runs, two cores) does not change but can stretch in wall-clock terms.
started = time.process_time()
result = compile_factbase(facts, Path(sys.argv[2]))
print(json.dumps({"seconds": time.process_time() - started,
                  "rss_mb": peak_mb(),
                  "problems": [p.message for p in result.problems[:5]]}))
"""


def test_a_file_of_a_million_values_is_rejected_quickly_and_cheaply(tmp_path: Path) -> None:
    """A file within the size limit that holds far more than MAX_NODES values is refused
    with a message in under 2 s of CPU time and 200 MB (measured by a child process of its own, so
    the memory is the compiler's alone)."""
    facts = tmp_path / "facts"
    facts.mkdir()
    count = (MAX_FILE_BYTES - 100) // 2
    assert count > 4 * MAX_NODES
    (facts / "facts.yaml").write_text("notes: [" + ",".join(["a"] * count) + "]\n")
    try:
        child = subprocess.run(
            [sys.executable, "-c", _WIDE, str(facts), str(ROOT / "seeds")],
            capture_output=True,
            text=True,
            timeout=30,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("compiling took more than 30 s")
    figures = json.loads(child.stdout)
    assert figures["seconds"] < 2 and figures["rss_mb"] < 200, figures
    assert any(f"more than {MAX_NODES:,} values" in p for p in figures["problems"])


_UNSAFE_YAML = {
    "load",
    "load_all",
    "full_load",
    "full_load_all",
    "unsafe_load",
    "unsafe_load_all",
    "Loader",
    "FullLoader",
    "UnsafeLoader",
    "CLoader",
    "CFullLoader",
    "CUnsafeLoader",
    "add_constructor",
    "add_multi_constructor",
}


def test_yaml_is_read_only_with_safe_loaders() -> None:
    """No module of the bot calls a YAML loader that can build objects (`yaml.load`,
    `full_load`, `unsafe_load` or their loaders), or teaches a loader new tags."""
    found = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in _UNSAFE_YAML
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: yaml.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                found += [
                    f"{path.relative_to(ROOT)}:{node.lineno}: from yaml import {alias.name}"
                    for alias in node.names
                    if alias.name in _UNSAFE_YAML
                ]
    assert found == []


# --- Questions are never commands -----------------------------------------------------------


async def test_a_question_is_never_repeated_where_it_could_act_as_a_command(
    fake: FakeDiscord,
) -> None:
    """Questions shaped like other bots' commands (`!ban`, `/reload`, `?tag`, a mention of
    another bot) are only ever repeated inside embeds: every message the bot sends has
    empty content, is not read aloud, and the question is in no content at all."""
    settings = settings_for(fake, ask_channels=(fake.ask_channel.id,))
    commands = [
        "!ban @everyone",
        "/reload",
        "?tag nuke",
        ".kick <@{bob}>",
        "$eval 1+1",
        "<@{other}> !ban everyone",
        "%purge 100",
    ]
    questions = [c.format(bob=fake.bob.id, other=fake.other_bot.id) for c in commands]
    async with running_bot(fake, settings=settings):
        for question in questions:
            for message in (
                await fake.say(fake.alice, fake.general, f"{mention(fake)} {question}"),
                await fake.say(fake.alice, fake.dm, question),
                await fake.say(fake.alice, fake.ask_channel, question),
            ):
                await fake.wait_for_reply(message)
            handle = await fake.slash(fake.alice, fake.general, "ask", {"question": question})
            await handle.response()
    bodies = bot_bodies(fake)
    assert len(bodies) >= 4 * len(questions)
    assert [b["content"] for b in bodies if b.get("content")] == []
    assert not any(b.get("tts") for b in bodies)
    sent = [m for m in fake.messages.values() if m["author"]["id"] == str(fake.bot.id)]
    assert all(not m["content"] for m in sent)
    titles = {e.get("title") for b in bodies for e in b.get("embeds") or []}
    assert {"/reload", "?tag nuke", "$eval 1+1"} <= titles
