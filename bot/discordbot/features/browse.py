"""Browsing what the bot knows: /summary, /who, /timeline, /source and /facts.

The content comes from `bot.present` (shared with the console chat); this module only
turns it into embeds. /facts pages with buttons whose custom ids carry the page, the
query and who may turn the pages, so paging needs no state kept in memory.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot import present
from bot.discordbot.answers import NO_MENTIONS, send_ephemeral
from bot.discordbot.errors import report_failure
from bot.discordbot.features.common import cooldown, to_choices
from bot.discordbot.limits import CUSTOM_ID
from bot.discordbot.render import card_embed, literal
from bot.discordbot.services import services_of

if TYPE_CHECKING:
    from bot.discordbot.client import TalksBot

__all__ = ["FACTS_PER_PAGE", "FactsPageButton", "facts_message", "setup"]

FACTS_PER_PAGE = 5
MAX_QUERY = 50
PAGE_PREFIX = "talksbot:facts:"

LENGTHS = [
    app_commands.Choice(name="short: a few sentences", value="short"),
    app_commands.Choice(name="full: every point, with its quotes", value="full"),
]


def setup(bot: TalksBot) -> None:
    bot.add_dynamic_items(FactsPageButton)
    tree = bot.tree
    contexts = app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    installs = app_commands.allowed_installs(guilds=True, users=False)

    @tree.command(
        name="summary",
        description="A summary of the article or of one topic, citing its paragraphs",
    )
    @app_commands.describe(
        topic="What to summarise (default: the whole article)",
        length="Short (default) or full, point by point with quotes",
    )
    @app_commands.choices(length=LENGTHS)
    @app_commands.check(cooldown)
    @contexts
    @installs
    async def summary(
        interaction: discord.Interaction[Any],
        topic: str | None = None,
        length: app_commands.Choice[str] | None = None,
    ) -> None:
        factbase = services_of(interaction.client).live.factbase
        found = present.resolve_summary(factbase, topic)
        if found is None:
            topics = ", ".join(s.title for s in factbase.summaries.values())
            await send_ephemeral(
                interaction, f"I have no summary about “{literal(topic or '')}”. Topics: {topics}."
            )
            return
        card = present.summary_card(factbase, found, length.value if length else "short")
        await interaction.response.send_message(
            embed=card_embed(card), allowed_mentions=NO_MENTIONS
        )

    @summary.autocomplete("topic")
    async def summary_topic(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        factbase = services_of(interaction.client).live.factbase
        return to_choices(present.summary_choices(factbase, current))

    @tree.command(
        name="who", description="Who someone in the article is and what they did, with quotes"
    )
    @app_commands.describe(person="A person or group, e.g. Esper, Rajnath Singh, Pompeo")
    @app_commands.check(cooldown)
    @contexts
    @installs
    async def who(
        interaction: discord.Interaction[Any], person: app_commands.Range[str, 1, 100]
    ) -> None:
        factbase = services_of(interaction.client).live.factbase
        entity, candidates = present.resolve_entity(factbase, person)
        if entity is None:
            hint = (
                " Did you mean " + ", ".join(c.name for c in candidates) + "?"
                if candidates
                else " Start typing a name to see who is in it."
            )
            await send_ephemeral(
                interaction, f"I can't tell who “{literal(person)}” is in the article.{hint}"
            )
            return
        card = present.who_card(factbase, entity)
        await interaction.response.send_message(
            embed=card_embed(card), allowed_mentions=NO_MENTIONS
        )

    @who.autocomplete("person")
    async def who_person(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        factbase = services_of(interaction.client).live.factbase
        return to_choices(present.entity_choices(factbase, current))

    @tree.command(
        name="timeline", description="The events in order of time, as the article dates them"
    )
    @app_commands.check(cooldown)
    @contexts
    @installs
    async def timeline(interaction: discord.Interaction[Any]) -> None:
        factbase = services_of(interaction.client).live.factbase
        await interaction.response.send_message(
            embed=card_embed(present.timeline_card(factbase)), allowed_mentions=NO_MENTIONS
        )

    @tree.command(
        name="source", description="The article behind every answer, and how answers cite it (¶N)"
    )
    @app_commands.check(cooldown)
    @contexts
    @installs
    async def source(interaction: discord.Interaction[Any]) -> None:
        factbase = services_of(interaction.client).live.factbase
        embeds = [card_embed(card) for card in present.source_cards(factbase)[:10]]
        await interaction.response.send_message(embeds=embeds, allowed_mentions=NO_MENTIONS)

    @tree.command(
        name="facts", description="Browse or search the facts I know, with the quote behind each"
    )
    @app_commands.describe(
        query="Words to look for, e.g. logistics, Tokyo, China (default: every fact)"
    )
    @app_commands.check(cooldown)
    @contexts
    @installs
    async def facts(
        interaction: discord.Interaction[Any],
        query: app_commands.Range[str, 1, MAX_QUERY] | None = None,
    ) -> None:
        embed, view = facts_message(interaction.client, interaction.user.id, query or "", 0)
        if view is None:
            await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(
                embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )


def facts_message(
    client: discord.Client, owner_id: int, query: str, page: int
) -> tuple[discord.Embed, discord.ui.View | None]:
    factbase = services_of(client).live.factbase
    found = present.search_facts(factbase, query)
    pages = present.page_count(len(found), FACTS_PER_PAGE)
    page = min(max(page, 0), pages - 1)
    # The query only titles the page: shown as typed, markdown and all.
    card = present.facts_page(factbase, found, page, query=literal(query), per_page=FACTS_PER_PAGE)
    embed = card_embed(card)
    if pages <= 1:
        return embed, None
    view = discord.ui.View(timeout=None)
    view.add_item(FactsPageButton(owner_id, page - 1, query, "◀ Previous", page == 0))
    view.add_item(FactsPageButton(owner_id, page + 1, query, "Next ▶", page == pages - 1))
    view.stop()
    return embed, view


class FactsPageButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.escape(PAGE_PREFIX) + r"(?P<owner>\d+):(?P<page>-?\d+):"
    r"(?P<query>.*)",
):
    """Turns a /facts message to another page; only for whoever ran /facts."""

    def __init__(
        self, owner_id: int, page: int, query: str, label: str = "Page", disabled: bool = False
    ) -> None:
        custom_id = f"{PAGE_PREFIX}{owner_id}:{page}:{query}"[:CUSTOM_ID]
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                custom_id=custom_id,
                disabled=disabled,
            )
        )
        self.owner_id = owner_id
        self.page = page
        self.query = query

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> FactsPageButton:
        return cls(int(match["owner"]), int(match["page"]), match["query"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            if interaction.user.id != self.owner_id:
                await send_ephemeral(
                    interaction,
                    "These pages belong to whoever ran /facts. Run /facts to browse on your own.",
                )
                return
            embed, view = facts_message(interaction.client, self.owner_id, self.query, self.page)
            await interaction.response.edit_message(embed=embed, view=view)
        except Exception as exc:
            await report_failure(interaction, exc)
