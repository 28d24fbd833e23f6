"""Slash commands, autocomplete and buttons, end to end against the fake Discord."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from bot.discordbot.runner import sync_commands
from bot.feedback import Vote, Where
from bot.live import LiveFactBase
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import (
    RunningBot,
    copy_factbase,
    running_bot,
    settings_for,
)

SNAPSHOT = Path(__file__).parent / "snapshots" / "commands.json"
EPHEMERAL = 1 << 6
JSON = dict[str, Any]


def embed_of(response: JSON) -> JSON:
    embed: JSON = response["data"]["embeds"][0]
    return embed


def buttons_of(message: JSON) -> list[JSON]:
    return [c for row in message["components"] for c in row["components"]]


def is_ephemeral(response: JSON) -> bool:
    return bool(int(response["data"].get("flags") or 0) & EPHEMERAL)


# --- /ask and its buttons -----------------------------------------------------------------


async def test_ask_answers_publicly_with_quote_and_votes(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """/ask replies in the channel with the answer, the ¶-labelled quote and 👍/👎."""
    handle = await fake.slash(
        fake.alice, fake.general, "ask", {"question": "Where did Esper and Singh meet?"}
    )
    response = await handle.response()
    assert response["type"] == 4 and not is_ephemeral(response)
    embed = embed_of(response)
    assert embed["title"] == "Where did Esper and Singh meet?"
    assert "New Delhi" in embed["description"] and "— ¶1" in embed["description"]
    emoji = [b["emoji"]["name"] for b in buttons_of(await handle.message())]
    assert emoji == ["👍", "👎"]
    assert response["data"]["allowed_mentions"]["parse"] == []


async def test_ask_follow_up_shares_the_chat_context(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """A chat question and a /ask follow-up in the same channel form one conversation."""
    first = await fake.say(fake.alice, fake.general, f"<@{fake.bot.id}> Who met Rajnath Singh?")
    await fake.wait_for_reply(first)
    handle = await fake.slash(fake.alice, fake.general, "ask", {"question": "and where?"})
    assert "New Delhi" in embed_of(await handle.response())["description"]


async def test_ask_autocomplete_offers_example_questions(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """Typing in /ask's question offers the fact base's example questions that match."""
    choices = await fake.autocomplete(
        fake.alice, fake.general, "ask", {"question": "who met"}, focused="question"
    )
    assert choices and len(choices) <= 25
    assert choices[0]["name"] == "Who met Rajnath Singh?"
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_suggestion_button_asks_that_question(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """Clicking a suggestion under an abstention answers the suggested question."""
    handle = await fake.slash(
        fake.alice, fake.general, "ask", {"question": "What did Pompeo have for lunch?"}
    )
    message = await handle.message()
    suggestion = buttons_of(message)[0]
    click = await fake.click(fake.bob, message, suggestion["custom_id"])
    response = await click.response()
    assert response["type"] == 4
    embed = embed_of(response)
    assert embed["title"] == suggestion["label"]
    assert not embed["description"].startswith("The article doesn't say")
    assert "> " in embed["description"]


async def test_none_of_these_is_recorded_once_as_a_gap(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """“None of these” records the question as a gap, once per person, and thanks them."""
    question = "What did Pompeo have for lunch?"
    handle = await fake.slash(fake.alice, fake.general, "ask", {"question": question})
    message = await handle.message()
    for _ in range(2):
        click = await fake.click(fake.alice, message, "talksbot:gap")
        response = await click.response()
        assert is_ephemeral(response)
    where = Where("guild", fake.guild.id, fake.general.id, fake.alice.id)
    assert talksbot.sink.gaps == [(question, where)]


async def test_votes_are_recorded_with_question_answer_and_facts(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """👍 records the question, the answer text and the facts behind it; a second vote by
    the same person on the same answer is not counted."""
    handle = await fake.slash(
        fake.alice, fake.general, "ask", {"question": "Who met Rajnath Singh?"}
    )
    message = await handle.message()
    up, down = buttons_of(message)
    first = await fake.click(fake.bob, message, up["custom_id"])
    assert is_ephemeral(await first.response())
    second = await fake.click(fake.bob, message, down["custom_id"])
    assert "already" in embed_of(await second.response())["description"]
    assert len(talksbot.sink.votes) == 1
    question, text, facts, vote, _ = talksbot.sink.votes[0]
    assert question == "Who met Rajnath Singh?"
    assert text == "Mark T. Esper, the U.S. Secretary of Defense"
    assert facts == ("meeting",) and vote is Vote.UP


async def test_buttons_work_on_answers_sent_before_a_restart(fake: FakeDiscord) -> None:
    """A bot started afresh handles clicks on an answer the previous run sent."""
    async with running_bot(fake):
        handle = await fake.slash(
            fake.alice, fake.general, "ask", {"question": "What did Pompeo have for lunch?"}
        )
        message = await handle.message()
    async with running_bot(fake) as restarted:
        click = await fake.click(fake.alice, message, "talksbot:gap")
        assert is_ephemeral(await click.response())
        assert len(restarted.sink.gaps) == 1


# --- Browsing -----------------------------------------------------------------------------


async def test_summary_defaults_to_the_whole_article_short(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """/summary with no options gives the overall short summary and the ¶s it rests on."""
    handle = await fake.slash(fake.alice, fake.general, "summary")
    embed = embed_of(await handle.response())
    assert embed["title"] == "The U.S.–India defense talks in brief"
    assert "From ¶1, ¶2" in embed["description"]


async def test_summary_full_lists_points_with_quotes(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """/summary topic:BECA length:full gives each point with the quotes it cites."""
    handle = await fake.slash(
        fake.alice, fake.general, "summary", {"topic": "BECA", "length": "full"}
    )
    embed = embed_of(await handle.response())
    assert embed["title"] == "The Basic Exchange and Cooperation Agreement"
    values = [field["value"] for field in embed["fields"]]
    assert any("> The two Secretaries of Defense expressed appreciation" in v for v in values)


async def test_summary_topic_autocomplete(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """The topic option completes from the summaries' titles and aliases."""
    choices = await fake.autocomplete(
        fake.alice, fake.general, "summary", {"topic": "quad"}, focused="topic"
    )
    assert choices[0] == {"name": "The talks in Tokyo and other visits", "value": "tokyo"}
    everything = await fake.autocomplete(
        fake.alice, fake.general, "summary", {"topic": ""}, focused="topic"
    )
    assert [c["value"] for c in everything][:2] == ["overall", "meeting"]


async def test_summary_of_an_unknown_topic_lists_the_topics(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """An unknown topic gets an ephemeral list of the topics there are."""
    handle = await fake.slash(fake.alice, fake.general, "summary", {"topic": "cricket scores"})
    response = await handle.response()
    assert is_ephemeral(response)
    assert "Topics:" in embed_of(response)["description"]


async def test_who_tells_who_someone_is_and_what_they_did(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """/who person:singh describes Singh and quotes what the article says he did."""
    handle = await fake.slash(fake.alice, fake.general, "who", {"person": "singh"})
    embed = embed_of(await handle.response())
    assert embed["title"] == "Rajnath Singh"
    assert "Defense Minister" in embed["description"]
    assert any("praised the strength" in f["name"] + f["value"] for f in embed["fields"])


async def test_who_autocomplete_and_unknown_names(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """/who completes names as they are typed, and an unknown name is refused kindly."""
    choices = await fake.autocomplete(
        fake.alice, fake.general, "who", {"person": "raj"}, focused="person"
    )
    assert choices[0]["value"] == "singh"
    handle = await fake.slash(fake.alice, fake.general, "who", {"person": "Zorblax"})
    response = await handle.response()
    assert is_ephemeral(response) and "can't tell who" in embed_of(response)["description"]


async def test_timeline_orders_events_as_the_article_dates_them(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """/timeline lists the Tokyo talks before the New Delhi meeting, each with its date."""
    handle = await fake.slash(fake.alice, fake.general, "timeline")
    embed = embed_of(await handle.response())
    names = [field["name"] for field in embed["fields"]]
    assert names[0].startswith("Earlier this month")
    tokyo = next(i for i, f in enumerate(embed["fields"]) if "Tokyo" in f["value"])
    delhi = next(i for i, f in enumerate(embed["fields"]) if "meets with" in f["value"])
    assert tokyo < delhi


async def test_source_names_the_article_and_explains_citations(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """/source gives the title, the date, each paragraph and how ¶N cites them."""
    handle = await fake.slash(fake.alice, fake.general, "source")
    embed = embed_of(await handle.response())
    assert embed["title"].startswith("U.S., India Defense Chiefs Commit")
    assert "Monday (Oct. 26)" in embed["description"] and "“¶1”" in embed["description"]
    assert [f["name"] for f in embed["fields"]] == [f"¶{n}" for n in range(1, 9)]


async def test_facts_pages_with_buttons_for_its_owner_only(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """/facts shows the first page with Next; Next turns the page for whoever ran it and
    is refused, ephemerally, to anyone else."""
    handle = await fake.slash(fake.alice, fake.general, "facts")
    message = await handle.message()
    assert "page 1 of" in message["embeds"][0]["description"]
    previous, following = buttons_of(message)
    assert previous.get("disabled") is True and not following.get("disabled")
    stranger = await fake.click(fake.bob, message, following["custom_id"])
    assert is_ephemeral(await stranger.response())
    click = await fake.click(fake.alice, message, following["custom_id"])
    response = await click.response()
    assert response["type"] == 7
    assert "page 2 of" in embed_of(response)["description"]


async def test_facts_search_finds_matching_facts(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """/facts query:logistics (misspelt, even) finds the cooperation areas, on one page."""
    handle = await fake.slash(fake.alice, fake.general, "facts", {"query": "logisitcs"})
    response = await handle.response()
    embed = embed_of(response)
    assert "cooperation-areas" in embed["fields"][0]["name"]
    assert not response["data"].get("components")


async def test_help_is_ephemeral(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """/help explains how to ask, only to whoever asked for it."""
    handle = await fake.slash(fake.alice, fake.dm, "help")
    response = await handle.response()
    assert is_ephemeral(response)
    assert "¶N" in embed_of(response)["description"]


async def test_slash_cooldown_is_ephemeral(fake: FakeDiscord) -> None:
    """Past the allowance, a slash command gets an ephemeral “try again in” notice."""
    settings = settings_for(fake, cooldown_seconds=30.0, cooldown_burst=1)
    async with running_bot(fake, settings=settings):
        first = await fake.slash(fake.alice, fake.general, "timeline")
        assert not is_ephemeral(await first.response())
        second = await fake.slash(fake.alice, fake.general, "who", {"person": "esper"})
        response = await second.response()
        assert is_ephemeral(response)
        assert "Try again in 30 seconds" in embed_of(response)["description"]


# --- /reload ------------------------------------------------------------------------------


async def test_reload_is_refused_without_permission(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """A member without Manage Server or a maintainer role cannot reload."""
    handle = await fake.slash(fake.alice, fake.general, "reload")
    response = await handle.response()
    assert response["type"] == 4 and is_ephemeral(response)
    assert "Only maintainers" in embed_of(response)["description"]
    assert talksbot.live.last_result is None


async def test_reload_keeps_serving_after_a_broken_edit(fake: FakeDiscord, tmp_path: Path) -> None:
    """A broken fact base is reported to the maintainer and never replaces the working one."""
    paths = copy_factbase(tmp_path)
    settings = settings_for(fake, paths=paths)
    async with running_bot(fake, settings=settings, live=LiveFactBase(paths)) as running:
        before = running.live.factbase.fingerprint
        facts = paths.facts / "facts.yaml"
        facts.write_text(
            facts.read_text().replace(
                'quote: "During the visit, the U.S. and India reached',
                'quote: "During the visit, the U.S. and Narnia reached',
            )
        )
        handle = await fake.slash(fake.moderator, fake.general, "reload")
        deferred = await handle.response()
        assert deferred["type"] == 5 and is_ephemeral(deferred)
        message = await handle.message()
        assert message["flags"] & EPHEMERAL
        text = message["embeds"][0]["description"]
        assert "kept serving the previous one" in text and "facts.yaml:" in text
        assert running.live.factbase.fingerprint == before
        ask = await fake.slash(
            fake.alice,
            fake.general,
            "ask",
            {"question": "When did the U.S. and India reach the agreement?"},
        )
        answer = embed_of(await ask.response())["description"]
        assert "> During the visit, the U.S. and India reached" in answer


async def test_reload_by_a_maintainer_role_serves_the_edit(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A member with a configured maintainer role reloads, and answers use the new facts."""
    paths = copy_factbase(tmp_path)
    settings = settings_for(fake, paths=paths, maintainer_role_ids=(fake.keepers_role.id,))
    async with running_bot(fake, settings=settings, live=LiveFactBase(paths)):
        facts = paths.facts / "facts.yaml"
        facts.write_text(
            facts.read_text().replace(
                "Mark T. Esper, the U.S. Secretary of Defense", "Mark T. Esper, Pentagon chief"
            )
        )
        handle = await fake.slash(fake.keeper, fake.general, "reload")
        message = await handle.message()
        assert "Reloaded" in message["embeds"][0]["description"]
        ask = await fake.slash(
            fake.alice, fake.general, "ask", {"question": "Who met Rajnath Singh?"}
        )
        assert "Pentagon chief" in embed_of(await ask.response())["description"]


# --- Registration -------------------------------------------------------------------------


async def test_commands_are_never_synced_by_running(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """Starting, answering and reconnecting never registers commands with Discord."""
    handle = await fake.slash(fake.alice, fake.general, "ask", {"question": "Who is Begin?"})
    await handle.response()
    await fake.drop_gateway()
    await fake.wait_until(lambda: fake.resumes == 1)
    assert not [r for r in fake.requests if "/commands" in r.path]


async def test_command_surface_matches_the_snapshot(fake: FakeDiscord) -> None:
    """`talksbot sync` registers exactly the checked-in command JSON (names, descriptions,
    options, default permissions); set TALKSBOT_UPDATE_SNAPSHOTS=1 to accept a change."""
    outcome = await sync_commands(settings_for(fake))
    assert outcome.code == 0, outcome.message
    body = fake.requests_to("PUT", rf"/applications/{fake.application_id}/commands")[0].body
    current = sorted(body, key=lambda command: command["name"])
    if os.environ.get("TALKSBOT_UPDATE_SNAPSHOTS"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(
            json.dumps(current, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        )
    assert current == json.loads(SNAPSHOT.read_text())
    for command in current:
        assert 1 <= len(command["description"]) <= 100
        for option in command.get("options", []):
            assert 1 <= len(option["description"]) <= 100


async def test_reload_command_defaults_to_manage_server(fake: FakeDiscord) -> None:
    """/reload is hidden from members without Manage Server and unavailable in DMs."""
    await sync_commands(settings_for(fake))
    reload = next(c for c in fake.commands[None] if c["name"] == "reload")
    assert str(reload["default_member_permissions"]) == str(1 << 5)
    assert reload["contexts"] == [0]


async def test_guild_sync_registers_in_that_guild_only(fake: FakeDiscord) -> None:
    """`talksbot sync --guild ID` puts the commands in that server, not globally."""
    outcome = await sync_commands(settings_for(fake), fake.guild.id)
    assert outcome.code == 0 and f"server {fake.guild.id}" in (outcome.message or "")
    assert {c["name"] for c in fake.commands[fake.guild.id]} >= {"ask", "reload", "facts"}
    assert None not in fake.commands
