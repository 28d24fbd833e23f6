"""The one error handler of the Discord front end: log what went wrong, tell the person
something useful, ephemerally, and carry on."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.discordbot.render import notice_embed

__all__ = ["GENERIC", "NotMaintainer", "OnCooldown", "cooldown_text", "explain", "report_failure"]

log = logging.getLogger(__name__)

GENERIC = (
    "Something went wrong on my side and I couldn't finish that. "
    "It has been logged; please try again in a moment."
)


class OnCooldown(app_commands.CheckFailure):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"on cooldown for {retry_after:.1f}s")
        self.retry_after = retry_after


class NotMaintainer(app_commands.CheckFailure):
    pass


def cooldown_text(retry_after: float) -> str:
    seconds = max(1, round(retry_after + 0.49))
    unit = "second" if seconds == 1 else "seconds"
    return f"You're asking faster than I can keep up with. Try again in {seconds} {unit}."


def explain(error: Exception) -> str:
    """What to tell the person; logs the failures that are the bot's fault."""
    if isinstance(error, OnCooldown):
        return cooldown_text(error.retry_after)
    if isinstance(error, NotMaintainer):
        return (
            "Only maintainers can do that: you need the Manage Server permission "
            "or one of the maintainer roles."
        )
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command works only in a server, not in DMs."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        log.warning(
            "Discord sent a command this bot does not know as registered (%s); "
            "run `talksbot sync` to update the commands",
            error,
        )
        return (
            "This command has changed since it was registered. "
            "An admin needs to run `talksbot sync`; please try again after that."
        )
    original = getattr(error, "original", error)
    log.error("unhandled error in an interaction", exc_info=original)
    return GENERIC


async def report_failure(interaction: discord.Interaction[Any], error: Exception) -> None:
    """Answer the interaction with what went wrong, whatever state it is in."""
    text = explain(error)
    embed = notice_embed(text)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(embed=embed, ephemeral=True)
        else:
            await interaction.response.send_message(embed=embed, ephemeral=True)
    except discord.HTTPException as exc:
        # Expired (more than 15 minutes) or already answered elsewhere: nothing to tell.
        log.info("could not report an error to the user: %s %s", exc.status, exc.text)
