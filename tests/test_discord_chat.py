"""The bot in chat, end to end against the fake Discord: mentions, DMs, ask channels,
follow-ups, pings, other bots and cooldowns."""

from __future__ import annotations

from bot.discordbot.contexts import ConversationStore
from bot.feedback import Where
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import RunningBot, running_bot, settings_for

MESSAGES = r"/channels/\d+/messages"


def mention(fake: FakeDiscord) -> str:
    return f"<@{fake.bot.id}>"


async def test_mention_gets_a_reply_with_the_quote(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """A question that mentions the bot gets a reply quoting the article with its ¶."""
    message = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who met Rajnath Singh?")
    reply = await fake.wait_for_reply(message)
    embed = reply.body["embeds"][0]
    assert embed["title"] == "Who met Rajnath Singh?"
    assert embed["description"].startswith("**Mark T. Esper")
    assert "> U.S. Secretary of Defense Mark T. Esper meets" in embed["description"]
    assert "— ¶1" in embed["description"]
    assert embed["footer"]["text"].startswith("Source: “U.S., India Defense Chiefs Commit")
    buttons = [c["emoji"]["name"] for row in reply.body["components"] for c in row["components"]]
    assert buttons == ["👍", "👎"]


async def test_dm_is_answered_without_a_mention(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """A direct message is a question even without mentioning the bot."""
    message = await fake.say(fake.alice, fake.dm, "What is the BECA?")
    reply = await fake.wait_for_reply(message)
    assert reply.path == f"/channels/{fake.dm.id}/messages"
    assert "Basic Exchange and Cooperation Agreement" in reply.body["embeds"][0]["description"]
    assert talksbot.sink.answers[-1][2] == Where("dm", None, fake.dm.id, fake.alice.id)


async def test_unaddressed_messages_are_ignored(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """Outside ask channels, a message that does not mention the bot gets no reply."""
    ignored = await fake.say(fake.alice, fake.general, "Who met Rajnath Singh?")
    everyone = await fake.say(fake.bob, fake.general, "@everyone who met Rajnath Singh?")
    asked = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who is Pompeo?")
    await fake.wait_for_reply(asked)
    assert fake.replies_to(ignored) == [] and fake.replies_to(everyone) == []


async def test_every_message_of_an_ask_channel_is_answered(fake: FakeDiscord) -> None:
    """In a configured ask channel, and its threads, the bot answers messages that do not
    mention it; elsewhere it does not."""
    settings = settings_for(fake, ask_channels=(fake.ask_channel.id,))
    async with running_bot(fake, settings=settings):
        message = await fake.say(fake.alice, fake.ask_channel, "Where did Esper and Singh meet?")
        reply = await fake.wait_for_reply(message)
        assert "New Delhi" in reply.body["embeds"][0]["description"]
        in_thread = await fake.say(
            fake.bob, fake.ask_thread, "Who took part in the talks in Tokyo?"
        )
        assert "Pompeo" in (await fake.wait_for_reply(in_thread)).body["embeds"][0]["description"]
        elsewhere = await fake.say(fake.alice, fake.general, "Where did they meet?")
        picture = await fake.say(fake.alice, fake.ask_channel, "")  # an image, say
        sentinel = await fake.say(fake.alice, fake.ask_channel, "Who is Begin?")
        await fake.wait_for_reply(sentinel)
        assert fake.replies_to(elsewhere) == [] and fake.replies_to(picture) == []


async def test_follow_up_uses_the_conversation(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """“and when?” after a question resolves against that person's last question."""
    first = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who met Rajnath Singh?")
    await fake.wait_for_reply(first)
    follow = await fake.say(fake.alice, fake.general, f"{mention(fake)} and when?")
    reply = await fake.wait_for_reply(follow)
    assert "Oct. 26" in reply.body["embeds"][0]["description"]


async def test_follow_up_context_is_per_user(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """Another person's “and when?” does not continue someone else's conversation."""
    first = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who met Rajnath Singh?")
    await fake.wait_for_reply(first)
    other = await fake.say(fake.bob, fake.general, f"{mention(fake)} and when?")
    reply = await fake.wait_for_reply(other)
    assert "Oct. 26" not in reply.body["embeds"][0]["description"]


async def test_follow_up_context_expires(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """After the context TTL, a follow-up no longer continues the old conversation."""
    now = [0.0]
    talksbot.bot.services.contexts = ConversationStore(ttl=300, clock=lambda: now[0])
    first = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who met Rajnath Singh?")
    await fake.wait_for_reply(first)
    now[0] += 301
    follow = await fake.say(fake.alice, fake.general, f"{mention(fake)} and when?")
    reply = await fake.wait_for_reply(follow)
    assert "Oct. 26" not in reply.body["embeds"][0]["description"]


async def test_replies_ping_nobody(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """A question with @everyone, a role and a user mention gets a reply that pings no one."""
    role = fake.moderators_role.id
    text = f"{mention(fake)} @everyone <@&{role}> <@{fake.bob.id}> what did Esper and Singh praise?"
    message = await fake.say(fake.alice, fake.general, text)
    reply = await fake.wait_for_reply(message)
    assert reply.body["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert reply.body.get("content") in (None, "")
    embed = reply.body["embeds"][0]
    assert "strength of the U.S.-India defense relationship" in embed["description"]
    assert embed["title"] == "@everyone @Moderators @Bob what did Esper and Singh praise?"


async def test_bots_are_ignored_including_itself(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """Messages from other bots, or from the bot itself, never get a reply."""
    from_bot = await fake.say(fake.other_bot, fake.general, f"{mention(fake)} Who is Esper?")
    from_self = await fake.say(fake.bot, fake.general, f"{mention(fake)} Who is Esper?")
    sentinel = await fake.say(fake.alice, fake.general, f"{mention(fake)} Who is Begin?")
    await fake.wait_for_reply(sentinel)
    assert fake.replies_to(from_bot) == [] and fake.replies_to(from_self) == []
    assert len(fake.requests_to("POST", MESSAGES)) == 1


async def test_abstention_offers_suggestions_and_none_of_these(
    fake: FakeDiscord, talksbot: RunningBot
) -> None:
    """A question the article does not answer gets suggestion buttons and “None of these”."""
    message = await fake.say(
        fake.alice, fake.general, f"{mention(fake)} What did Pompeo have for lunch?"
    )
    reply = await fake.wait_for_reply(message)
    assert "doesn't say" in reply.body["embeds"][0]["description"]
    buttons = [c for row in reply.body["components"] for c in row["components"]]
    labels = [b["label"] for b in buttons]
    assert 1 <= len(labels) - 1 <= 3 and labels[-1] == "None of these"
    assert all(b["custom_id"].startswith("talksbot:") for b in buttons)


async def test_cooldown_answers_a_burst_then_says_when_to_try_again(fake: FakeDiscord) -> None:
    """Past the burst allowance a user gets one friendly notice, then silence, not answers."""
    settings = settings_for(fake, cooldown_seconds=60.0, cooldown_burst=2)
    async with running_bot(fake, settings=settings):
        asked = [
            await fake.say(fake.alice, fake.general, f"{mention(fake)} Who is Esper?")
            for _ in range(4)
        ]
        for message in asked[:3]:
            await fake.wait_for_reply(message)
        notice = fake.replies_to(asked[2])[0].body["embeds"][0]["description"]
        assert "Try again in" in notice and "60 seconds" in notice
        other = await fake.say(fake.bob, fake.general, f"{mention(fake)} Who is Begin?")
        reply = await fake.wait_for_reply(other)
        assert "Begin" in reply.body["embeds"][0]["description"]
        assert fake.replies_to(asked[3]) == []


async def test_empty_mention_gets_help(fake: FakeDiscord, talksbot: RunningBot) -> None:
    """Mentioning the bot with no question gets a pointer on how to ask, not silence."""
    message = await fake.say(fake.alice, fake.general, mention(fake))
    reply = await fake.wait_for_reply(message)
    assert "Who met Rajnath Singh?" in reply.body["embeds"][0]["description"]


async def test_ask_channel_needs_message_content_only_then(fake: FakeDiscord) -> None:
    """IDENTIFY asks for no privileged intent unless ask channels are configured."""
    async with running_bot(fake):
        plain = fake.identify_payloads()[-1]["intents"]
    settings = settings_for(fake, ask_channels=(fake.ask_channel.id,))
    async with running_bot(fake, settings=settings):
        with_channels = fake.identify_payloads()[-1]["intents"]
    privileged = (1 << 1) | (1 << 8) | (1 << 15)
    assert plain & privileged == 0
    assert with_channels & privileged == 1 << 15
