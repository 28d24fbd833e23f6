"""The Discord layer's parts on their own: limits, rendering, contexts, cooldowns, log
redaction, sharding options."""

from __future__ import annotations

import io
import logging

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Paths, Settings
from bot.discordbot.answers import AskButton, VoteButton, answer_view, build_answer
from bot.discordbot.contexts import ConversationStore
from bot.discordbot.cooldown import Cooldowns
from bot.discordbot.features.common import to_choices
from bot.discordbot.limits import (
    EMBED_DESCRIPTION,
    EMBED_FIELDS,
    EMBED_TITLE,
    EMBED_TOTAL,
    FIELD_NAME,
    FIELD_VALUE,
    truncate,
)
from bot.discordbot.logs import REDACTED, RedactingFilter, redact
from bot.discordbot.render import answer_embed, answer_text_of, card_embed, question_of
from bot.discordbot.runner import Sharding
from bot.discordbot.services import Services
from bot.engine.answer import AbstainReason, Answer, CitedQuote
from bot.engine.context import Context
from bot.feedback import Vote
from bot.live import LiveFactBase
from bot.present import Card, Choice, Item, QuoteRef
from tests.fakediscord.harness import ROOT, shared_engine

FACTBASE = shared_engine().factbase
ARTICLE = next(iter(FACTBASE.articles))
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=5000)


def assert_within_limits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= EMBED_TITLE
    assert len(data.get("description", "")) <= EMBED_DESCRIPTION
    assert len(data.get("fields", [])) <= EMBED_FIELDS
    for field in data.get("fields", []):
        assert 0 < len(field["name"]) <= FIELD_NAME
        assert 0 < len(field["value"]) <= FIELD_VALUE
    assert len(embed) <= EMBED_TOTAL


def quote(text: str, paragraph: int = 1) -> CitedQuote:
    return CitedQuote(article=ARTICLE, text=text, start=0, end=len(text), paragraph=paragraph)


# --- Limits and rendering -----------------------------------------------------------------


@settings(deadline=None)
@given(TEXT, st.integers(min_value=1, max_value=5000))
def test_truncate_never_exceeds_the_limit(text: str, limit: int) -> None:
    """A truncated text fits its limit and is unchanged when it already fit."""
    cut = truncate(text, limit)
    assert len(cut) <= limit
    if len(text) <= limit:
        assert cut == text


@settings(max_examples=25, deadline=None)
@given(
    question=TEXT,
    text=TEXT,
    quotes=st.lists(TEXT, max_size=6),
    notes=st.lists(st.text(max_size=300), max_size=3),
)
def test_answer_embeds_always_fit_discord(
    question: str, text: str, quotes: list[str], notes: list[str]
) -> None:
    """Whatever the question, answer, notes and quotes, the embed is within every limit."""
    answer = Answer(
        text=text,
        quotes=tuple(quote(q, i) for i, q in enumerate(quotes)),
        fact_ids=(),
        confidence=1.0,
        abstained=False,
        notes=tuple(notes),
    )
    embed = answer_embed(question, answer, FACTBASE)
    assert_within_limits(embed)


def test_answer_embed_reads_back_question_and_answer() -> None:
    """The question and answer text come back out of the embed unchanged (for buttons)."""
    answer = shared_engine().answer("Who met Rajnath Singh?")
    embed = answer_embed("Who met Rajnath Singh?", answer, FACTBASE)
    assert question_of(embed) == "Who met Rajnath Singh?"
    assert answer_text_of(embed) == answer.text


@settings(max_examples=40, deadline=None)
@given(
    title=TEXT,
    description=TEXT,
    items=st.lists(
        st.tuples(
            st.text(max_size=400),
            st.one_of(st.none(), st.text(max_size=300)),
            st.lists(st.text(max_size=1500), max_size=3),
        ),
        max_size=40,
    ),
)
def test_cards_always_fit_discord(
    title: str, description: str, items: list[tuple[str, str | None, list[str]]]
) -> None:
    """Any card, however long or numerous its items, renders within every limit."""
    card = Card(
        title=title or "t",
        description=description,
        items=tuple(
            Item(
                text=text or "x",
                lead=lead or None,
                quotes=tuple(QuoteRef(q or "q", "¶1", 1) for q in quotes),
            )
            for text, lead, quotes in items
        ),
        footer="Source",
    )
    assert_within_limits(card_embed(card))


async def test_abstention_gets_at_most_three_suggestions_and_none_of_these() -> None:
    """An abstention's view has up to three suggestion buttons and “None of these”; a
    suggestion too long for a button id is listed in the text instead."""
    long = "What did " + "the minister " * 10 + "say?"
    answer = Answer(
        text="The article doesn't say.",
        quotes=(),
        fact_ids=(),
        confidence=0.1,
        abstained=True,
        reason=AbstainReason.NOT_IN_ARTICLE,
        suggestions=("Who is Esper?", long, "Who is Begin?", "Who is Pompeo?"),
    )
    view, leftover = answer_view(answer)
    assert view is not None
    ids = [getattr(item, "custom_id", None) for item in view.children]
    assert ids == ["talksbot:ask:Who is Esper?", "talksbot:ask:Who is Begin?", "talksbot:gap"]
    assert leftover == [long]
    settings = Settings(paths=Paths(ROOT / "facts", ROOT / "seeds"))
    services = Services.create(settings, LiveFactBase(settings.paths, shared_engine()))
    embed, _ = build_answer(services, "lunch?", answer)
    assert long in (embed.description or "")


async def test_greetings_offer_suggestions_without_a_gap_button() -> None:
    """“None of these” is not offered under a greeting: small talk is no gap."""
    answer = Answer(
        text="Hello!",
        quotes=(),
        fact_ids=(),
        confidence=0.0,
        abstained=True,
        reason=AbstainReason.CHIT_CHAT,
        suggestions=("Who is Esper?",),
    )
    view, _ = answer_view(answer)
    assert view is not None
    assert [getattr(i, "custom_id", None) for i in view.children] == ["talksbot:ask:Who is Esper?"]


def test_vote_ids_fit_discord_with_many_facts() -> None:
    """A vote button's custom id stays within 100 characters, keeping whole fact ids."""
    facts = tuple(f"a-rather-long-fact-id-{n}" for n in range(20))
    custom_id = VoteButton.custom_id_for(Vote.DOWN, facts)
    assert len(custom_id) <= 100
    kept = custom_id.removeprefix("talksbot:vote:down:").split(",")
    assert kept == list(facts[: len(kept)]) and len(kept) >= 2
    assert AskButton.fits("Who is Esper?") and not AskButton.fits("x" * 100)


def test_autocomplete_choices_respect_discord_limits() -> None:
    """At most 25 choices, names cut to 100 characters, values too long left out."""
    many = [Choice("n" * 150, f"v{n}") for n in range(40)] + [Choice("ok", "v" * 101)]
    choices = to_choices(many)
    assert len(choices) == 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)


# --- Conversations and cooldowns ----------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_contexts_expire_after_the_ttl() -> None:
    """A conversation's context is forgotten once its TTL has passed."""
    clock = Clock()
    store = ConversationStore(ttl=300, clock=clock)
    store.put((1, 2), Context(turn=1))
    clock.now = 299
    assert store.get((1, 2)) == Context(turn=1)
    clock.now = 300
    assert store.get((1, 2)) is None and len(store) == 0


def test_contexts_are_bounded_dropping_the_least_recent() -> None:
    """The store never holds more than its bound; the least recently used goes first."""
    store = ConversationStore(ttl=300, max_entries=3, clock=Clock())
    for user in range(3):
        store.put((1, user), Context(turn=user))
    store.put((1, 0), Context(turn=9))  # used again: now the most recent
    store.put((1, 3), Context(turn=3))
    assert len(store) == 3
    assert store.get((1, 1)) is None and store.get((1, 0)) == Context(turn=9)


def test_cooldown_allows_a_burst_then_one_per_period() -> None:
    """`burst` questions at once, then one each `seconds`; only the first refusal in a
    row is marked as the one to answer with a notice."""
    clock = Clock()
    cooldowns = Cooldowns(seconds=3, burst=2, clock=clock)
    assert cooldowns.hit(7).allowed and cooldowns.hit(7).allowed
    refused = cooldowns.hit(7)
    assert not refused.allowed and refused.first_refusal
    assert refused.retry_after == pytest.approx(3.0)
    assert not cooldowns.hit(7).first_refusal
    assert cooldowns.hit(8).allowed  # per user
    clock.now = 3.0
    assert cooldowns.hit(7).allowed
    assert not cooldowns.hit(7).allowed


def test_cooldown_of_zero_is_off_and_the_table_stays_small() -> None:
    """A cooldown of 0 s allows everything; refilled buckets are dropped from memory."""
    assert all(Cooldowns(0, 1).hit(1).allowed for _ in range(100))
    clock = Clock()
    cooldowns = Cooldowns(seconds=1, burst=1, clock=clock)
    for user in range(1000):
        clock.now += 2
        cooldowns.hit(user)
    assert len(cooldowns) <= 2


# --- Logs ---------------------------------------------------------------------------------


TOKEN = "MTA4NzY1NDMyMTA5ODc2NTQzMg.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"


@pytest.mark.parametrize(
    "line",
    [
        f"logging in with {TOKEN}",
        "POST https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb246c2VjcmV0/callback",
        "PATCH https://discord.com/api/v10/webhooks/456/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original",
        "{'type': 2, 'token': 'aW50ZXJhY3Rpb246c2VjcmV0', 'version': 1}",
        '{"token": "aW50ZXJhY3Rpb246c2VjcmV0"}',
        "headers={'Authorization': 'Bot aW50ZXJhY3Rpb246c2VjcmV0'}",
    ],
)
def test_redact_removes_tokens(line: str) -> None:
    """Bot tokens, interaction tokens in URLs and payloads, and Authorization values go."""
    cleaned = redact(line, [TOKEN])
    assert TOKEN not in cleaned and "aW50ZXJhY3Rpb246c2VjcmV0" not in cleaned
    assert REDACTED in cleaned


def test_redacting_filter_cleans_arguments_and_tracebacks() -> None:
    """A record's arguments and its exception text are redacted before any handler."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter([TOKEN]))
    logger = logging.getLogger("talksbot.test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            raise RuntimeError(f"bad token {TOKEN}")
        except RuntimeError:
            logger.exception("failed with %s", TOKEN)
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN not in output and output.count(REDACTED) == 2
    assert "RuntimeError" in output


# --- Sharding options ---------------------------------------------------------------------


def test_sharding_options() -> None:
    """The `run` options map to a sharding plan, and contradictory ones are refused."""
    assert not Sharding.from_options().sharded
    assert Sharding.from_options(shards=4) == Sharding(shard_count=4)
    assert Sharding.from_options(auto_shard=True).auto
    plan = Sharding.from_options(shard_ids="0-2,5", shard_count=8)
    assert plan.shard_ids == (0, 1, 2, 5) and plan.describe() == "shards 0, 1, 2, 5 of 8"
    for bad in (
        {"shards": 2, "auto_shard": True},
        {"shard_ids": "1"},
        {"shard_ids": "8", "shard_count": 8},
        {"shards": 0},
        {"shard_ids": "1,1", "shard_count": 2},
        {"shard_ids": "x", "shard_count": 2},
    ):
        with pytest.raises(ValueError):
            Sharding.from_options(**bad)


def test_answer_embed_names_a_corroborating_quote_by_paragraph() -> None:
    """A sentence that only says the same answer again is named ("Also from ¶1"), not
    quoted in full."""
    answer = shared_engine().answer("What was the main agreement reached in New Delhi?")
    assert answer.also
    description = answer_embed("q", answer, FACTBASE).description or ""
    assert "Also from ¶1 of the article." in description
    assert "Basic Exchange and Cooperation Agreement and" not in description
