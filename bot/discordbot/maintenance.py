"""The maintainers' side of the running bot: the fact base reloads itself when `facts/` or
`seeds/` change, and a failed (or fixed) reload is posted to TALKSBOT_NOTIFY_CHANNEL.

The watching itself lives in `bot.maintain.watcher` (no discord import); this module only
plugs a channel message into its notify callback.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import discord

from bot.config import Settings
from bot.live import LiveFactBase
from bot.maintain.watcher import FactWatcher, Notify, ReloadReport

if TYPE_CHECKING:
    from bot.discordbot.client import TalksBot

__all__ = ["maintaining", "reload_notifier"]

log = logging.getLogger(__name__)


def reload_notifier(bot: TalksBot, channel_id: int | None) -> Notify:
    """What the watcher calls after each reload: a changed fact base starts conversations
    afresh (as /reload does), and failures and their fixes are posted to the channel."""

    async def notify(report: ReloadReport) -> None:
        if report.ok and report.result.changed:
            # Contexts may name facts that are gone.
            bot.services.contexts.clear()
        if channel_id is None or (report.ok and not report.recovered):
            return
        channel = bot.get_channel(channel_id) or await bot.fetch_channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            log.warning("TALKSBOT_NOTIFY_CHANNEL %s is not a channel I can post in", channel_id)
            return
        await channel.send(report.message(), allowed_mentions=discord.AllowedMentions.none())

    return notify


@contextlib.asynccontextmanager
async def maintaining(
    bot: TalksBot, settings: Settings, live: LiveFactBase, **watch_options: Any
) -> AsyncIterator[FactWatcher | None]:
    """Watch the fact base while the bot runs (unless TALKSBOT_WATCH is off)."""
    if not settings.watch:
        yield None
        return
    watcher = FactWatcher(
        live,
        notify=reload_notifier(bot, settings.notify_channel),
        notify_success=True,
        **watch_options,
    )
    watcher.start()
    try:
        yield watcher
    finally:
        await watcher.stop()
