"""Answer messages and their buttons: asking, suggestions, "none of these", 👍/👎.

Every button is a `DynamicItem`: its `custom_id` carries what the click needs (the
suggested question, the vote and the fact ids) and the message's embed carries the rest
(the question and the answer), so clicks work on any answer the bot ever sent, after a
restart too, and no per-message state is kept in memory.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import discord

from bot.discordbot.cooldown import Verdict
from bot.discordbot.errors import GENERIC, cooldown_text, report_failure
from bot.discordbot.limits import BUTTON_LABEL, CUSTOM_ID, truncate
from bot.discordbot.render import (
    answer_embed,
    answer_text_of,
    literal,
    notice_embed,
    question_of,
)
from bot.discordbot.services import Services, services_of, where_of
from bot.engine.answer import AbstainReason, Answer
from bot.feedback import Vote, Where

__all__ = [
    "AskButton",
    "GapButton",
    "VoteButton",
    "answer_interaction",
    "answer_message",
    "build_answer",
    "send_ephemeral",
]

log = logging.getLogger(__name__)

ASK_PREFIX = "talksbot:ask:"
GAP_ID = "talksbot:gap"
VOTE_PREFIX = "talksbot:vote:"
# Abstentions for which "none of these" means nothing: a greeting, an empty message.
_NO_GAP = {AbstainReason.CHIT_CHAT, AbstainReason.EMPTY}
NO_MENTIONS = discord.AllowedMentions.none()


# --- Buttons -------------------------------------------------------------------------------


class AskButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.escape(ASK_PREFIX) + r"(?P<question>.+)",
):
    """A suggested question; clicking it asks it."""

    def __init__(self, question: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=truncate(question, BUTTON_LABEL),
                style=discord.ButtonStyle.primary,
                custom_id=ASK_PREFIX + question,
            )
        )
        self.question = question

    @classmethod
    def fits(cls, question: str) -> bool:
        return len(ASK_PREFIX + question) <= CUSTOM_ID

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> AskButton:
        return cls(match["question"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await answer_interaction(interaction, self.question)
        except Exception as exc:
            await report_failure(interaction, exc)


class GapButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=re.escape(GAP_ID)
):
    """ "None of these": the suggestions missed; the question is recorded as a gap."""

    def __init__(self) -> None:
        super().__init__(
            discord.ui.Button(
                label="None of these", style=discord.ButtonStyle.secondary, custom_id=GAP_ID
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> GapButton:
        return cls()

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await self._record(interaction)
        except Exception as exc:
            await report_failure(interaction, exc)

    async def _record(self, interaction: discord.Interaction[Any]) -> None:
        services = services_of(interaction.client)
        found = await _answer_message(interaction, "That message is gone; ask again?")
        if found is None:
            return
        message, embed = found
        if services.feedback_once.first((message.id, interaction.user.id)):
            question = question_of(embed)
            where = _where(interaction)
            services.report("a gap", lambda: services.feedback.record_gap(question, where))
        await send_ephemeral(
            interaction,
            "Thanks, noted: the maintainers review the questions the article could not "
            "answer, and add facts where it does say more.",
        )


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.escape(VOTE_PREFIX) + r"(?P<vote>up|down):(?P<facts>[a-z0-9,-]*)",
):
    """👍 or 👎 on an answer; the fact ids it was built from ride in the custom id."""

    def __init__(self, vote: Vote, fact_ids: tuple[str, ...]) -> None:
        self.vote = vote
        self.fact_ids = fact_ids
        super().__init__(
            discord.ui.Button(
                emoji="👍" if vote is Vote.UP else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=self.custom_id_for(vote, fact_ids),
            )
        )

    @staticmethod
    def custom_id_for(vote: Vote, fact_ids: tuple[str, ...]) -> str:
        head = f"{VOTE_PREFIX}{vote.value}:"
        kept: list[str] = []
        for fact_id in fact_ids:
            candidate = ",".join([*kept, fact_id])
            if len(head + candidate) > CUSTOM_ID:
                break
            kept.append(fact_id)
        return head + ",".join(kept)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> VoteButton:
        facts = tuple(f for f in match["facts"].split(",") if f)
        return cls(Vote(match["vote"]), facts)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await self._record(interaction)
        except Exception as exc:
            await report_failure(interaction, exc)

    async def _record(self, interaction: discord.Interaction[Any]) -> None:
        services = services_of(interaction.client)
        found = await _answer_message(interaction, "That answer is gone.")
        if found is None:
            return
        message, embed = found
        if not services.feedback_once.first((message.id, interaction.user.id)):
            await send_ephemeral(interaction, "You already rated this answer. Thank you!")
            return
        question, text = question_of(embed), answer_text_of(embed)
        where, vote, facts = _where(interaction), self.vote, self.fact_ids
        services.report(
            "a vote", lambda: services.feedback.record_vote(question, text, facts, vote, where)
        )
        thanks = (
            "Thanks! Glad it helped."
            if vote is Vote.UP
            else "Thanks for telling me. The maintainers review answers marked 👎."
        )
        await send_ephemeral(interaction, thanks)


async def _answer_message(
    interaction: discord.Interaction[Any], gone: str
) -> tuple[discord.Message, discord.Embed] | None:
    """The answer message a feedback button sits on, and its embed; if either is gone,
    the person is told so (`gone`) and None is returned."""
    message = interaction.message
    embed = message.embeds[0] if message and message.embeds else None
    if message is None or embed is None:
        await send_ephemeral(interaction, gone)
        return None
    return message, embed


def answer_view(answer: Answer) -> tuple[discord.ui.View | None, list[str]]:
    """The buttons for an answer, and any suggestions too long to be a button (to be
    listed in the text instead)."""
    view = discord.ui.View(timeout=None)
    leftover: list[str] = []
    if answer.abstained:
        for suggestion in answer.suggestions[:3]:
            if AskButton.fits(suggestion):
                view.add_item(AskButton(suggestion))
            else:
                leftover.append(suggestion)
        if answer.reason not in _NO_GAP and (answer.suggestions or answer.reason):
            view.add_item(GapButton())
    elif answer.quotes:
        view.add_item(VoteButton(Vote.UP, answer.fact_ids))
        view.add_item(VoteButton(Vote.DOWN, answer.fact_ids))
    # Only dynamic items: discord.py keeps nothing per message, and a finished view is
    # not even registered.
    view.stop()
    return (view if view.children else None), leftover


def build_answer(
    services: Services, question: str, answer: Answer
) -> tuple[discord.Embed, discord.ui.View | None]:
    view, leftover = answer_view(answer)
    extra: list[str] = []
    if answer.abstained and answer.suggestions and answer.reason not in _NO_GAP:
        extra.append(
            "I can answer these instead:"
            if not leftover
            else "I can answer these instead:\n" + "\n".join(f"• {literal(s)}" for s in leftover)
        )
    elif leftover:
        extra.append("Try asking:\n" + "\n".join(f"• {literal(s)}" for s in leftover))
    embed = answer_embed(question, answer, services.live.factbase, extra)
    return embed, view


# --- Flows ---------------------------------------------------------------------------------


async def answer_message(
    client: discord.Client, message: discord.Message, question: str, display: str
) -> None:
    """Reply to a chat message with the answer to `question` (`display` is how the
    question reads, mentions as names, for the embed's title)."""
    services = services_of(client)
    verdict = services.cooldowns.hit(message.author.id)
    if not verdict.allowed:
        await _refuse_in_chat(message, verdict)
        return
    try:
        answer = services.ask(question, (message.channel.id, message.author.id))
    except Exception:
        log.exception("the engine failed on a chat question")
        await _reply(message, embed=notice_embed(GENERIC))
        return
    where = where_of(
        message.guild.id if message.guild else None, message.channel.id, message.author.id
    )
    services.report("an answer", lambda: services.feedback.record_answer(display, answer, where))
    embed, view = build_answer(services, display, answer)
    await _reply(message, embed=embed, view=view)


async def answer_interaction(interaction: discord.Interaction[Any], question: str) -> None:
    """Answer `question` as the response to a slash command or a suggestion click."""
    services = services_of(interaction.client)
    verdict = services.cooldowns.hit(interaction.user.id)
    if not verdict.allowed:
        await send_ephemeral(interaction, cooldown_text(verdict.retry_after))
        return
    channel_id = interaction.channel_id or 0
    answer = services.ask(question, (channel_id, interaction.user.id))
    where = _where(interaction)
    services.report("an answer", lambda: services.feedback.record_answer(question, answer, where))
    embed, view = build_answer(services, question, answer)
    if view is None:
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            embed=embed, view=view, allowed_mentions=NO_MENTIONS
        )


async def send_ephemeral(
    interaction: discord.Interaction[Any], text: str, title: str | None = None
) -> None:
    """A short notice only the person who acted sees, as a response or, if the
    interaction was already answered, a followup."""
    embed = notice_embed(text, title)
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def _refuse_in_chat(message: discord.Message, verdict: Verdict) -> None:
    # One notice per burst: a user who keeps typing should not get a notice per message.
    if verdict.first_refusal:
        await _reply(message, embed=notice_embed(cooldown_text(verdict.retry_after)))


async def _reply(
    message: discord.Message, *, embed: discord.Embed, view: discord.ui.View | None = None
) -> None:
    """Reply without pinging anyone; a refusal from Discord is logged, never raised, so
    one channel where the bot may not speak does not disturb the others."""
    reference = message.to_reference(fail_if_not_exists=False)
    try:
        if view is None:
            await message.channel.send(
                embed=embed, reference=reference, allowed_mentions=NO_MENTIONS, mention_author=False
            )
        else:
            await message.channel.send(
                embed=embed,
                view=view,
                reference=reference,
                allowed_mentions=NO_MENTIONS,
                mention_author=False,
            )
    except discord.Forbidden as exc:
        log.warning(
            "cannot reply in channel %s of guild %s: %s (check the bot's "
            "permissions there: View Channel, Send Messages, Embed Links, "
            "Read Message History)",
            message.channel.id,
            message.guild.id if message.guild else "-",
            exc.text or exc.status,
        )
    except discord.HTTPException as exc:
        log.warning(
            "could not reply in channel %s: %s %s", message.channel.id, exc.status, exc.text
        )


def _where(interaction: discord.Interaction[Any]) -> Where:
    return where_of(interaction.guild_id, interaction.channel_id, interaction.user.id)
