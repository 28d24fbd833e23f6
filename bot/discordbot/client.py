"""The Discord client: intents, endpoints, the command tree, and the features it loads.

The bot asks only for what it uses: guilds, guild and DM messages, and the privileged
Message Content intent only when ask channels are configured (mentions and DMs carry their
content without it). It pings nobody: `AllowedMentions.none()` is the client's default.
Commands are registered with Discord only by `talksbot sync`, never here.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.config import Settings
from bot.discordbot.chat import handle_message
from bot.discordbot.errors import report_failure
from bot.discordbot.services import Services

__all__ = [
    "DISCORD_API_BASE",
    "DISCORD_GATEWAY",
    "FEATURES",
    "ShardedTalksBot",
    "TalksBot",
    "make_intents",
    "point_at",
]

log = logging.getLogger(__name__)

DISCORD_API_BASE = "https://discord.com/api/v10"
DISCORD_GATEWAY = "wss://gateway.discord.gg/"
# Each module under bot/discordbot/features/ ends in `setup(bot)`.
FEATURES: tuple[str, ...] = ("ask", "browse", "admin")


def make_intents(settings: Settings) -> discord.Intents:
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    # Privileged: needed only to read every message of an ask channel.
    intents.message_content = bool(settings.ask_channels)
    return intents


def point_at(api_base: str | None, gateway_url: str | None) -> None:
    """Send REST calls and the gateway connection to these URLs (a self-hosted or test
    server); None means Discord. Process-wide, as discord.py keeps both on classes."""
    base = (api_base or DISCORD_API_BASE).rstrip("/")
    gateway = gateway_url or DISCORD_GATEWAY
    if not base.startswith(("http://", "https://")):
        raise ValueError(f"DISCORD_API_BASE must be an http(s) URL, not '{base}'")
    if not gateway.startswith(("ws://", "wss://")):
        raise ValueError(f"DISCORD_GATEWAY_URL must be a ws(s) URL, not '{gateway}'")
    Route.BASE = base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


class TalksTree(app_commands.CommandTree[Any]):
    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        await report_failure(interaction, error)


class TalksBot(discord.Client):
    """talksbot on one connection (or, as `ShardedTalksBot`, on several shards)."""

    def __init__(
        self,
        services: Services | None,
        *,
        intents: discord.Intents,
        identify_interval: float = 5.0,
        **options: Any,
    ) -> None:
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        options.setdefault(
            "activity", discord.CustomActivity(name="Ask me about the U.S.–India defence talks")
        )
        # Nothing here reads members or old messages: keep the caches empty.
        options.setdefault("member_cache_flags", discord.MemberCacheFlags.none())
        options.setdefault("chunk_guilds_at_startup", False)
        options.setdefault("max_messages", None)
        # A text bot: discord.py's warnings that voice libraries are missing are noise.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(intents=intents, **options)
        self._services = services
        self.identify_interval = identify_interval
        self.tree = TalksTree(self)

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("this bot was created only to sync commands; it has no fact base")
        return self._services

    async def setup_hook(self) -> None:
        for name in FEATURES:
            module = importlib.import_module(f"bot.discordbot.features.{name}")
            module.setup(self)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # Discord allows one IDENTIFY per 5 s per bucket: shards after the first, and new
        # sessions after a failed resume, wait. Tests against a local server shorten it.
        if not initial:
            await asyncio.sleep(self.identify_interval)

    async def on_ready(self) -> None:
        user = self.user
        log.info(
            "connected as %s (id %s) to %d server(s)",
            user,
            user.id if user else "?",
            len(self.guilds),
        )

    async def on_resumed(self) -> None:
        log.info("gateway session resumed")

    async def on_message(self, message: discord.Message) -> None:
        await handle_message(self, message)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("error while handling %s", event_method)


class ShardedTalksBot(TalksBot, discord.AutoShardedClient):
    """The same bot over several shards in one process (AutoShardedClient)."""

    async def on_shard_ready(self, shard_id: int) -> None:
        log.info("shard %s ready", shard_id)
