"""/ask and /help, and the buttons on answers (suggestions, "none of these", 👍/👎)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot import present
from bot.discordbot.answers import AskButton, GapButton, VoteButton, answer_interaction
from bot.discordbot.features.common import to_choices
from bot.discordbot.render import CARD_COLOUR
from bot.discordbot.services import Services, services_of

if TYPE_CHECKING:
    from bot.discordbot.client import TalksBot

__all__ = ["help_embed", "setup"]

MAX_QUESTION = 500


def setup(bot: TalksBot) -> None:
    bot.add_dynamic_items(AskButton, GapButton, VoteButton)

    @bot.tree.command(
        name="ask",
        description="Ask about the U.S.–India defence talks; the answer quotes the article",
    )
    @app_commands.describe(
        question="Your question, e.g. “Who met Rajnath Singh?” Follow-ups like “and when?” work too"
    )
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def ask(
        interaction: discord.Interaction[Any], question: app_commands.Range[str, 1, MAX_QUESTION]
    ) -> None:
        await answer_interaction(interaction, question)

    @ask.autocomplete("question")
    async def ask_question(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        factbase = services_of(interaction.client).live.factbase
        return to_choices(present.question_choices(factbase, current))

    @bot.tree.command(
        name="help", description="How to ask me questions, and what each command does"
    )
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def help_(interaction: discord.Interaction[Any]) -> None:
        embed = help_embed(services_of(interaction.client))
        await interaction.response.send_message(embed=embed, ephemeral=True)


def help_embed(services: Services) -> discord.Embed:
    settings = services.settings
    minutes = settings.context_ttl / 60
    ways = ["Mention me with your question, DM me, or use `/ask`."]
    if settings.ask_channels:
        channels = ", ".join(f"<#{c}>" for c in settings.ask_channels)
        ways.append(f"In {channels} I answer every message.")
    embed = discord.Embed(
        title="Asking talksbot",
        colour=CARD_COLOUR,
        description=(
            "I answer questions about the U.S.–India defence talks in New Delhi in October "
            "(Esper and Singh in New Delhi, the BECA, the 2+2 Dialogue, the Tokyo talks, "
            "China) from one article. Every answer quotes the article word for word and "
            "cites its paragraph as ¶N; when the article doesn't say, I say so."
        ),
    )
    embed.add_field(name="Asking", value=" ".join(ways), inline=False)
    if settings.context_ttl > 0:
        embed.add_field(
            name="Follow-ups",
            value=(
                f"After an answer, ask “and when?” or “where?”; I remember what we were "
                f"talking about for {minutes:g} minute{'s' if minutes != 1 else ''}, "
                "separately for each person and channel."
            ),
            inline=False,
        )
    embed.add_field(
        name="Commands",
        value=(
            "`/ask` a question · `/summary` of a topic, short or full · `/who` someone is "
            "and what they did · `/timeline` of events · `/source` the article and how "
            "¶N citations work · `/facts` to browse and search what I know"
        ),
        inline=False,
    )
    embed.add_field(
        name="Feedback",
        value=(
            "Rate answers with 👍/👎. When I can't answer, pick a suggestion or press "
            "“None of these”: the maintainers use both to fill the gaps."
        ),
        inline=False,
    )
    embed.set_footer(
        text="Examples: Who met Rajnath Singh? · What is the BECA? · "
        "How many 2+2 dialogues have there been?"
    )
    return embed
