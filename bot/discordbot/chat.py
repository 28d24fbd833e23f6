"""Which chat messages are questions for the bot, and what the question is.

The bot answers when it is mentioned (by name or by its role), in DMs, and in every
message of the configured ask channels (and their threads). It ignores bots, itself
included, webhooks and system messages.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from enum import Enum

import discord

from bot.discordbot.answers import answer_message
from bot.discordbot.services import services_of

__all__ = ["Why", "handle_message", "is_for_bot", "question_text"]

_ANSWERABLE = {discord.MessageType.default, discord.MessageType.reply}


class Why(Enum):
    """Why a message is for the bot: addressed to it, or posted where every message is."""

    ADDRESSED = "addressed"
    ASK_CHANNEL = "ask channel"


def is_for_bot(
    message: discord.Message, me: discord.ClientUser, ask_channels: Collection[int]
) -> Why | None:
    if message.author.bot or message.webhook_id is not None:
        return None
    if message.type not in _ANSWERABLE:
        return None
    if message.guild is None:
        return Why.ADDRESSED
    # `mentioned_in` would also count @everyone; only a mention of the bot itself counts.
    if any(user.id == me.id for user in message.mentions):
        return Why.ADDRESSED
    own_role = message.guild.self_role
    if own_role is not None and own_role in message.role_mentions:
        return Why.ADDRESSED
    channel = message.channel
    parent = getattr(channel, "parent_id", None)
    if channel.id in ask_channels or (parent is not None and parent in ask_channels):
        return Why.ASK_CHANNEL
    return None


def question_text(message: discord.Message, me: discord.ClientUser) -> tuple[str, str]:
    """(what the engine reads, how the question reads to people): the bot's own mention
    is dropped from both; other mentions are dropped for the engine and shown as names."""
    text = re.sub(rf"<@!?{me.id}>", " ", message.content)
    if message.guild is not None and message.guild.self_role is not None:
        text = text.replace(f"<@&{message.guild.self_role.id}>", " ")
    engine = re.sub(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b", " ", text)
    display = text
    for user in message.mentions:
        display = re.sub(rf"<@!?{user.id}>", f"@{user.display_name}", display)
    for role in message.role_mentions:
        display = display.replace(f"<@&{role.id}>", f"@{role.name}")
    for channel in message.channel_mentions:
        display = display.replace(f"<#{channel.id}>", f"#{channel.name}")
    return " ".join(engine.split()), " ".join(display.split())


async def handle_message(client: discord.Client, message: discord.Message) -> None:
    me = client.user
    if me is None:
        return
    services = services_of(client)
    why = is_for_bot(message, me, services.settings.ask_channels)
    if why is None:
        return
    question, display = question_text(message, me)
    # An image or a sticker posted in an ask channel is not a question; someone who
    # mentions the bot with nothing else gets the help text, as they asked for something.
    if not question and why is Why.ASK_CHANNEL:
        return
    await answer_message(client, message, question, display)
