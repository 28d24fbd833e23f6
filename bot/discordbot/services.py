"""What the bot's handlers share: the live fact base, conversations, cooldowns, feedback.

Handlers reach it through the client (`services_of(interaction.client)`), so no handler
module needs to import the client class and the modules stay free of import cycles.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

import discord

from bot.config import Settings
from bot.discordbot.contexts import ConversationKey, ConversationStore
from bot.discordbot.cooldown import Cooldowns
from bot.engine.answer import Answer
from bot.feedback import FeedbackSink, LoggingFeedbackSink, Where
from bot.live import LiveFactBase

__all__ = ["OnceSet", "Services", "services_of", "where_of"]

log = logging.getLogger(__name__)


class OnceSet:
    """Remembers the last `size` keys seen, to accept a vote or a gap report once."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._seen: OrderedDict[tuple[int, int], None] = OrderedDict()

    def first(self, key: tuple[int, int]) -> bool:
        """True the first time `key` is offered (within the last `size` keys)."""
        if key in self._seen:
            return False
        self._seen[key] = None
        if len(self._seen) > self.size:
            self._seen.popitem(last=False)
        return True


@dataclass(slots=True)
class Services:
    settings: Settings
    live: LiveFactBase
    feedback: FeedbackSink = field(default_factory=LoggingFeedbackSink)
    contexts: ConversationStore = field(default_factory=ConversationStore)
    cooldowns: Cooldowns = field(default_factory=lambda: Cooldowns(0, 1))
    feedback_once: OnceSet = field(default_factory=OnceSet)

    @classmethod
    def create(
        cls, settings: Settings, live: LiveFactBase, feedback: FeedbackSink | None = None
    ) -> Services:
        return cls(
            settings=settings,
            live=live,
            feedback=feedback or LoggingFeedbackSink(),
            contexts=ConversationStore(ttl=settings.context_ttl),
            cooldowns=Cooldowns(settings.cooldown_seconds, settings.cooldown_burst),
        )

    def ask(self, question: str, key: ConversationKey) -> Answer:
        """Answer in this conversation's context and remember the context it leaves."""
        answer = self.live.engine.answer(question, self.contexts.get(key))
        self.contexts.put(key, answer.context)
        return answer

    def report(self, what: str, call: Callable[[], None]) -> None:
        """Hand something to the feedback sink; its failures are logged, never raised."""
        try:
            call()
        except Exception:
            log.exception("the feedback sink failed to record %s", what)


def services_of(client: discord.Client) -> Services:
    services = getattr(client, "services", None)
    if not isinstance(services, Services):
        raise RuntimeError("this client was not created by talksbot (no services)")
    return services


def where_of(guild_id: int | None, channel_id: int | None, user_id: int | None) -> Where:
    if guild_id is not None:
        return Where("guild", guild_id, channel_id, user_id)
    return Where("dm", None, channel_id, user_id)
