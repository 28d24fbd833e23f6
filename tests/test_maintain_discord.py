"""The maintainers' workflow in the running Discord bot, against the fake Discord: live
reload notices in the maintainers' channel, gaps and votes in SQLite, a second article
cited by its title."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.discordbot.maintenance import maintaining
from bot.discordbot.runner import create_bot, serve
from bot.feedback import Vote, Where
from bot.live import LiveFactBase
from bot.maintain.sink import SqliteFeedbackSink, open_feedback_sink
from bot.maintain.store import GapKind, open_for_reading, read_gaps, read_votes
from tests.fakediscord.harness import FAST, running_bot, settings_for
from tests.fakediscord.server import FakeDiscord
from tests.maintain_helpers import QUAD_TITLE, add_quad_article, copy_project

REFERENCE = 'Secretary of Defense", entities: [esper]}'
BROKEN = 'Secretary of Defense", entities: [espr]}'


def _save(path: Path, old: str, new: str) -> None:
    """Save as editors do: a temporary file renamed over the old one."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    temporary = path.with_name("." + path.name + ".tmp")
    temporary.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.replace(temporary, path)


async def test_a_broken_edit_and_its_fix_are_posted_to_the_maintainers_channel(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """With TALKSBOT_NOTIFY_CHANNEL set, a save that does not compile is posted there with
    its file:line:col problems while questions keep their answers; the fix is posted too."""
    paths = copy_project(tmp_path)
    settings = settings_for(fake, paths=paths, notify_channel=fake.general.id)
    live = LiveFactBase(paths)
    posts = rf"/channels/{fake.general.id}/messages"
    async with (
        running_bot(fake, settings=settings, live=live) as running,
        maintaining(
            running.bot, settings, live, debounce_ms=200, step_ms=20, idle_ms=50
        ) as watcher,
    ):
        assert watcher is not None
        await asyncio.wait_for(watcher.ready.wait(), 10)
        _save(paths.facts / "facts.yaml", REFERENCE, BROKEN)
        notice = await fake.wait_for_request("POST", posts, within=10)
        content = notice.body["content"]
        assert "did not reload" in content and "unknown entity 'espr'" in content
        assert "facts/facts.yaml:" in content
        assert notice.body["allowed_mentions"] == {"parse": []}

        message = await fake.say(fake.alice, fake.dm, "Who met Rajnath Singh?")
        reply = await fake.wait_for_reply(message)
        assert reply.body["embeds"][0]["description"].startswith("**Mark T. Esper")

        _save(paths.facts / "facts.yaml", BROKEN, REFERENCE)
        fixed = await fake.wait_for_request("POST", posts, count=2, within=10)
        assert "fixed" in fixed.body["content"]


async def test_without_a_notify_channel_nothing_is_posted(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A failed reload without a configured channel is only logged: the bot posts nowhere
    on its own."""
    paths = copy_project(tmp_path)
    settings = settings_for(fake, paths=paths)
    live = LiveFactBase(paths)
    async with (
        running_bot(fake, settings=settings, live=live) as running,
        maintaining(running.bot, settings, live) as watcher,
    ):
        assert watcher is not None
        _save(paths.facts / "facts.yaml", REFERENCE, BROKEN)
        report = await watcher.reload_now()
        assert not report.ok
    assert fake.requests_to("POST", r"/channels/\d+/messages") == []


@contextlib.asynccontextmanager
async def _bot_with_store(
    fake: FakeDiscord, settings: Settings, live: LiveFactBase
) -> AsyncIterator[SqliteFeedbackSink]:
    """The bot as `talksbot run` wires it: the SQLite sink as its feedback seam."""
    sink = open_feedback_sink(settings, live)
    assert sink is not None
    options: dict[str, Any] = dict(FAST)
    bot = create_bot(settings, live, feedback=sink, **options)
    task = asyncio.create_task(serve(bot, settings.token or ""))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        yield sink
    finally:
        await bot.close()
        await asyncio.wait_for(task, 10)
        await sink.store.aclose()


async def test_gaps_and_votes_from_discord_are_kept_in_sqlite(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """An abstention, a “None of these” click and a 👎 from Discord end up in the gaps
    database, with where they came from and no user ids."""
    database = tmp_path / "gaps.sqlite3"
    settings = settings_for(fake, gaps_db=database)
    live = LiveFactBase(settings.paths)
    async with _bot_with_store(fake, settings, live):
        question = "What did Pompeo have for lunch?"
        handle = await fake.slash(fake.alice, fake.general, "ask", {"question": question})
        unanswered = await handle.message()
        await (await fake.click(fake.alice, unanswered, "talksbot:gap")).response()
        handle = await fake.slash(
            fake.alice, fake.general, "ask", {"question": "Who met Rajnath Singh?"}
        )
        answered = await handle.message()
        down = next(
            c
            for row in answered["components"]
            for c in row["components"]
            if c.get("emoji", {}).get("name") == "👎"
        )
        await (await fake.click(fake.bob, answered, down["custom_id"])).response()
    conn = open_for_reading(database)
    assert conn is not None
    try:
        gaps, votes = read_gaps(conn), read_votes(conn)
    finally:
        conn.close()
    where = Where("guild", fake.guild.id, fake.general.id)
    assert [(g.question, g.kind, g.where) for g in gaps] == [
        (question, GapKind.ABSTAINED, where),
        (question, GapKind.NONE_OF_THESE, where),
    ]
    assert gaps[0].factbase == live.factbase.fingerprint
    assert [(v.question, v.vote, v.fact_ids, v.where) for v in votes] == [
        ("Who met Rajnath Singh?", Vote.DOWN, ("meeting",), where)
    ]


async def test_an_answer_from_a_second_article_names_that_article(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """With two articles, a Discord answer's source line names the article the quote is
    from."""
    paths = copy_project(tmp_path)
    add_quad_article(paths)
    settings = settings_for(fake, paths=paths)
    async with running_bot(fake, settings=settings, live=LiveFactBase(paths)):
        message = await fake.say(fake.alice, fake.dm, "Where did Pompeo meet Marise Payne?")
        embed = (await fake.wait_for_reply(message)).body["embeds"][0]
        assert "Tokyo" in embed["description"]
        assert embed["footer"]["text"].startswith(f"Source: “{QUAD_TITLE}”")
        message = await fake.say(fake.alice, fake.dm, "Where did Esper meet Singh?")
        embed = (await fake.wait_for_reply(message)).body["embeds"][0]
        assert embed["footer"]["text"].startswith("Source: “U.S., India Defense Chiefs")
