"""What commands share: the per-user cooldown, the maintainer check, autocomplete choices."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import discord
from discord import app_commands

from bot.discordbot.errors import NotMaintainer, OnCooldown
from bot.discordbot.limits import AUTOCOMPLETE_CHOICES, CHOICE_NAME, CHOICE_VALUE, truncate
from bot.discordbot.services import services_of
from bot.present import Choice

__all__ = ["cooldown", "maintainer", "to_choices"]


def to_choices(choices: Iterable[Choice]) -> list[app_commands.Choice[str]]:
    """At most 25 choices, names cut to 100 characters; a value that would not fit is
    left out rather than cut, since a cut value would name nothing."""
    out: list[app_commands.Choice[str]] = []
    for choice in choices:
        if len(choice.value) > CHOICE_VALUE or not choice.value:
            continue
        out.append(
            app_commands.Choice(
                name=truncate(choice.name, CHOICE_NAME) or choice.value, value=choice.value
            )
        )
        if len(out) == AUTOCOMPLETE_CHOICES:
            break
    return out


async def cooldown(interaction: discord.Interaction[Any]) -> bool:
    """Counts against the same per-user allowance as questions asked in chat."""
    verdict = services_of(interaction.client).cooldowns.hit(interaction.user.id)
    if not verdict.allowed:
        raise OnCooldown(verdict.retry_after)
    return True


async def maintainer(interaction: discord.Interaction[Any]) -> bool:
    """Manage Server, or a configured maintainer role. Checked here as well as by the
    command's default permissions, which server admins can override."""
    if interaction.guild_id is None:
        raise NotMaintainer()
    permissions = interaction.permissions
    if permissions.manage_guild or permissions.administrator:
        return True
    roles = set(services_of(interaction.client).settings.maintainer_role_ids)
    member = interaction.user
    if roles and isinstance(member, discord.Member) and any(r.id in roles for r in member.roles):
        return True
    raise NotMaintainer()
