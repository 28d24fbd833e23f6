"""/reload: maintainers load the fact base again from disk, without restarting the bot.

Compiling happens off the event loop, after deferring (Discord allows 3 seconds for the
first response). A fact base with problems is never swapped in: the bot keeps serving the
previous one and the maintainer sees every problem, ephemerally.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.discordbot.features.common import maintainer
from bot.discordbot.limits import EMBED_DESCRIPTION, truncate
from bot.discordbot.render import ANSWER_COLOUR, NOTICE_COLOUR
from bot.discordbot.services import Services, services_of
from bot.live import ReloadResult

if TYPE_CHECKING:
    from bot.discordbot.client import TalksBot

__all__ = ["reload_embed", "setup"]

log = logging.getLogger(__name__)


def setup(bot: TalksBot) -> None:
    @bot.tree.command(
        name="reload",
        description="Maintainers: load the fact base again from disk (a broken one is not used)",
    )
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @app_commands.allowed_installs(guilds=True, users=False)
    @app_commands.check(maintainer)
    async def reload(interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        services = services_of(interaction.client)
        result = await asyncio.to_thread(services.live.reload)
        if result.ok and result.changed:
            # Contexts may name facts that are gone; conversations start afresh.
            services.contexts.clear()
            log.info("fact base reloaded by %s: %s", interaction.user.id, result.fingerprint)
        elif not result.ok:
            log.warning(
                "reload by %s refused: %d problem(s) in the fact base",
                interaction.user.id,
                len(result.problems),
            )
        await interaction.edit_original_response(embed=reload_embed(services, result))


def reload_embed(services: Services, result: ReloadResult) -> discord.Embed:
    fb = services.live.factbase
    counts = f"{len(fb.facts)} facts, {len(fb.entities)} entities, {len(fb.summaries)} summaries"
    if result.ok:
        if result.changed:
            text = (
                f"Reloaded in {result.seconds:.2f} s. Now serving {counts} "
                f"(fingerprint `{result.fingerprint[:12]}`)."
            )
        else:
            text = (
                f"Nothing changed on disk; still serving {counts} "
                f"(fingerprint `{result.fingerprint[:12]}`)."
            )
        return discord.Embed(title="Fact base reloaded", description=text, colour=ANSWER_COLOUR)
    count = len(result.problems)
    head = (
        f"The fact base on disk has {count} problem{'s' if count != 1 else ''}, so I "
        f"kept serving the previous one ({counts}, fingerprint "
        f"`{fb.fingerprint[:12]}`). Fix them and run /reload again; "
        "`talksbot facts check` shows the same list."
    )
    lines = [str(problem) for problem in result.problems]
    room = EMBED_DESCRIPTION - len(head) - 12
    listing = truncate("\n".join(lines).replace("```", "'''"), room)
    return discord.Embed(
        title="Reload refused", colour=NOTICE_COLOUR, description=f"{head}\n```\n{listing}\n```"
    )
