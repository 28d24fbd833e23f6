"""Starting the bot, registering its commands, and turning failures into clear messages.

`serve` and `sync_commands` return an `Outcome` (an exit code and what to tell the
operator) instead of raising: a rejected token, a privileged intent the Developer Portal
has not enabled or an unreachable server are situations to explain, not tracebacks.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord
from discord.http import Route

from bot.config import Settings
from bot.discordbot.client import ShardedTalksBot, TalksBot, make_intents, point_at
from bot.discordbot.services import Services
from bot.feedback import FeedbackSink
from bot.live import LiveFactBase

__all__ = [
    "INTENTS_REFUSED",
    "NO_TOKEN",
    "TOKEN_REJECTED",
    "Outcome",
    "Sharding",
    "create_bot",
    "serve",
    "settle_heap",
    "sync_commands",
]

log = logging.getLogger(__name__)

# Messages about the token, not tokens (hence the noqa for the hard-coded secret check).
NO_TOKEN = (
    "DISCORD_TOKEN is not set. Create a bot in the Discord Developer Portal "  # noqa: S105
    "(https://discord.com/developers/applications → your app → Bot → Reset Token), then put "
    "DISCORD_TOKEN=... in the environment or in a .env file (see .env.example). "
    "Without a token, `talksbot` starts the console chat instead."
)
TOKEN_REJECTED = (
    "Discord rejected the bot token (401 Unauthorized). It may have been reset or mistyped: "  # noqa: S105
    "copy a fresh one from the Developer Portal (your app → Bot → Reset Token) into "
    "DISCORD_TOKEN."
)
INTENTS_REFUSED = (
    "Discord refused a privileged intent this bot asked for (close code 4014): the Message "
    "Content intent, which the bot needs because TALKSBOT_ASK_CHANNELS is set. Turn on "
    "“Message Content Intent” in the Developer Portal (your app → Bot → Privileged Gateway "
    "Intents) and start again, or leave TALKSBOT_ASK_CHANNELS empty to answer only "
    "mentions, DMs and slash commands."
)
# Gateway close codes that need the operator, not a retry.
_CLOSE_CODES = {
    4004: TOKEN_REJECTED,
    4010: "Discord refused the shard settings (close code 4010): check --shard-ids "
    "and --shard-count (ids run from 0 to count - 1).",
    4011: "Discord requires this bot to be sharded (close code 4011): run with "
    "--auto-shard, or --shards N.",
    4012: "Discord refused the gateway API version (close code 4012); upgrade discord.py.",
    4013: "Discord refused the requested intents as invalid (close code 4013).",
    4014: INTENTS_REFUSED,
}


@dataclass(frozen=True, slots=True)
class Outcome:
    code: int  # the process exit code: 0 fine, 1 failed, 2 misconfigured
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Sharding:
    """How this process shards: not at all, N shards, Discord's choice, or some of N."""

    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    auto: bool = False

    @property
    def sharded(self) -> bool:
        return self.auto or self.shard_count is not None

    @classmethod
    def from_options(
        cls,
        shards: int | None = None,
        auto_shard: bool = False,
        shard_ids: str | None = None,
        shard_count: int | None = None,
    ) -> Sharding:
        """The `run` options, checked; a ValueError says what is wrong with them."""
        if shards is not None:
            if auto_shard or shard_ids or shard_count is not None:
                raise ValueError(
                    "--shards N runs every shard here; it cannot be combined "
                    "with --auto-shard, --shard-ids or --shard-count"
                )
            if shards < 1:
                raise ValueError("--shards must be at least 1")
            return cls(shard_count=shards)
        if auto_shard:
            if shard_ids or shard_count is not None:
                raise ValueError(
                    "--auto-shard lets Discord choose the shards; it cannot be "
                    "combined with --shard-ids or --shard-count"
                )
            return cls(auto=True)
        if shard_count is not None and shard_count < 1:
            raise ValueError("--shard-count must be at least 1")
        if shard_ids:
            if shard_count is None:
                raise ValueError(
                    "--shard-ids needs --shard-count, the total number of "
                    "shards across all processes"
                )
            ids = _parse_ids(shard_ids)
            bad = [i for i in ids if not 0 <= i < shard_count]
            if bad:
                raise ValueError(
                    f"shard ids run from 0 to {shard_count - 1}; "
                    f"{', '.join(map(str, bad))} is out of range"
                )
            return cls(shard_count=shard_count, shard_ids=ids)
        if shard_count is not None:
            return cls(shard_count=shard_count)
        return cls()

    def describe(self) -> str:
        if self.auto:
            return "shards chosen by Discord"
        if self.shard_ids is not None:
            ids = ", ".join(map(str, self.shard_ids))
            return f"shard{'s' if len(self.shard_ids) > 1 else ''} {ids} of {self.shard_count}"
        if self.shard_count is not None:
            return f"{self.shard_count} shard{'s' if self.shard_count > 1 else ''}"
        return "one connection, no sharding"


def _parse_ids(text: str) -> tuple[int, ...]:
    ids: list[int] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:  # a range, "0-3"
            low, _, high = part.partition("-")
            if not (low.strip().isdigit() and high.strip().isdigit()):
                raise ValueError(f"'{part}' is not a shard id or a range like 0-3")
            ids.extend(range(int(low), int(high) + 1))
        elif part.isdigit():
            ids.append(int(part))
        else:
            raise ValueError(f"'{part}' is not a shard id")
    if not ids:
        raise ValueError("--shard-ids lists no shard")
    if len(set(ids)) != len(ids):
        raise ValueError("--shard-ids lists a shard twice")
    return tuple(ids)


def create_bot(
    settings: Settings,
    live: LiveFactBase | None,
    *,
    sharding: Sharding | None = None,
    feedback: FeedbackSink | None = None,
    **options: Any,
) -> TalksBot:
    """The bot, pointed at the configured server. `live` may be None only for a bot that
    just syncs commands. `options` go to discord.py's client (tests shorten timeouts)."""
    point_at(settings.api_base, settings.gateway_url)
    services = Services.create(settings, live, feedback) if live is not None else None
    intents = make_intents(settings)
    sharding = sharding or Sharding()
    if sharding.sharded:
        ids: Sequence[int] | None = list(sharding.shard_ids) if sharding.shard_ids else None
        return ShardedTalksBot(
            services, intents=intents, shard_count=sharding.shard_count, shard_ids=ids, **options
        )
    return TalksBot(services, intents=intents, **options)


def settle_heap() -> None:
    """Take what start-up built (modules, discord.py, the fact base and its index) out of
    the garbage collector's generations. None of it becomes garbage, yet every full
    collection walked all of it: about 60 ms with the event loop held, measured under
    load (tests/test_load.py). Call once, when everything is built and before connecting.
    An engine replaced by a reload is still freed, by reference counting: it holds no
    reference cycles (were that to change, only the first engine would stay in memory)."""
    gc.collect()
    gc.freeze()


async def serve(bot: TalksBot, token: str) -> Outcome:
    """Log in and stay connected until the bot is closed; failures become an Outcome."""
    try:
        async with bot:
            await bot.start(token)
    except discord.LoginFailure:
        return Outcome(1, TOKEN_REJECTED)
    except discord.PrivilegedIntentsRequired:
        return Outcome(1, INTENTS_REFUSED)
    except discord.ConnectionClosed as exc:
        message = _CLOSE_CODES.get(exc.code)
        return Outcome(1, message or f"Discord closed the connection (code {exc.code}).")
    except (aiohttp.ClientConnectionError, discord.GatewayNotFound, OSError) as exc:
        return Outcome(1, f"Cannot reach Discord at {Route.BASE}: {exc}")
    except discord.HTTPException as exc:
        return Outcome(1, f"Discord answered {exc.status} while starting: {exc.text}")
    return Outcome(0)


async def sync_commands(settings: Settings, guild_id: int | None = None, **options: Any) -> Outcome:
    """Register the slash commands with Discord: in one server (instant, for testing)
    or globally. The only place commands are synced."""
    if not settings.token:
        return Outcome(2, NO_TOKEN)
    bot = create_bot(settings, None, **options)
    try:
        async with bot:
            await bot.login(settings.token)
            if guild_id is not None:
                guild = discord.Object(guild_id)
                bot.tree.copy_global_to(guild=guild)
                synced = await bot.tree.sync(guild=guild)
            else:
                synced = await bot.tree.sync()
    except discord.LoginFailure:
        return Outcome(1, TOKEN_REJECTED)
    except discord.Forbidden as exc:
        where = f"server {guild_id}" if guild_id else "this application"
        return Outcome(
            1,
            f"Discord refused to register commands for {where} ({exc.text}). "
            "Is the bot in that server, invited with the applications.commands "
            "scope? See the invite URL in the README.",
        )
    except (aiohttp.ClientConnectionError, OSError) as exc:
        return Outcome(1, f"Cannot reach Discord at {Route.BASE}: {exc}")
    except discord.HTTPException as exc:
        return Outcome(1, f"Discord answered {exc.status} to the sync: {exc.text}")
    names = ", ".join(f"/{command.name}" for command in synced)
    if guild_id is not None:
        return Outcome(
            0,
            f"Registered {len(synced)} commands in server {guild_id}: {names}. "
            "They are usable there now.",
        )
    return Outcome(
        0,
        f"Registered {len(synced)} commands globally: {names}. Discord may "
        "take a few minutes to show changes everywhere.",
    )
