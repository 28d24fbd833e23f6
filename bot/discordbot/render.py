"""Answers and cards as Discord embeds, always within Discord's size limits.

An answer embed is titled with the question, says the answer first, then quotes the
article as block quotes labelled "¶N", and names the source in its footer. The question
and the answer text are read back from the embed when someone clicks its buttons (so the
buttons keep working after a restart): `question_of` and `answer_text_of` are the inverse
of `answer_embed` and live next to it for that reason.

Text that is not the bot's own markup (the question as typed, and the engine's answer,
which may repeat a name from it) goes through `literal`: markdown in it shows as typed,
so nobody can make the bot's message bold, hidden or a disguised link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import discord

from bot.discordbot.limits import (
    ELLIPSIS,
    EMBED_DESCRIPTION,
    EMBED_FIELDS,
    EMBED_TITLE,
    EMBED_TOTAL,
    FIELD_NAME,
    FIELD_VALUE,
    FOOTER_TEXT,
    truncate,
)
from bot.engine.answer import Answer, CitedQuote
from bot.factbase.model import FactBase
from bot.present import Card, Item, QuoteRef

__all__ = [
    "ANSWER_COLOUR",
    "CARD_COLOUR",
    "NOTICE_COLOUR",
    "UNSURE_COLOUR",
    "answer_embed",
    "answer_text_of",
    "card_embed",
    "literal",
    "notice_embed",
    "question_of",
    "unliteral",
]

ANSWER_COLOUR = discord.Colour(0x2F6FDE)
UNSURE_COLOUR = discord.Colour(0x8A94A6)
NOTICE_COLOUR = discord.Colour(0xD97706)
CARD_COLOUR = discord.Colour(0x0E9F6E)

# How many quotes an answer shows in full; the rest are named by paragraph.
MAX_QUOTES = 3
# A quote longer than this is shortened with "…" in an answer.
ANSWER_QUOTE_CHARS = 600
# Quote lengths tried in turn until a card fits Discord's 6,000 characters per message.
_CARD_QUOTE_STEPS = (400, 220, 120, 60, 0)


def answer_embed(
    question: str, answer: Answer, factbase: FactBase, extra: Sequence[str] = ()
) -> discord.Embed:
    """The answer, its quotes and its source. `extra` lines go after the quotes (for
    suggestions that could not become buttons)."""
    title = literal(" ".join(question.split()) or "Your question", EMBED_TITLE)
    # The first paragraph is the answer alone: `answer_text_of` reads it back.
    text = literal(" ".join(answer.text.split()))
    parts = [f"**{text}**" if not answer.abstained else text]
    parts += [f"*{literal(note)}*" for note in answer.notes]
    # Quotes that only say the same answer again are named by paragraph, as are any
    # beyond the first few.
    evidence = answer.evidence
    shown = evidence[:MAX_QUOTES]
    parts += [_block_quote(quote, ANSWER_QUOTE_CHARS) for quote in shown]
    more = _labels((*evidence[MAX_QUOTES:], *answer.also))
    if more:
        parts.append(f"Also from {more} of the article.")
    parts += list(extra)
    description = _join_within(parts, EMBED_DESCRIPTION)
    colour = UNSURE_COLOUR if answer.abstained else ANSWER_COLOUR
    embed = discord.Embed(title=title, description=description, colour=colour)
    articles = [
        factbase.articles[q.article] for q in answer.quotes if q.article in factbase.articles
    ]
    if articles:
        article = articles[0]
        labels = _labels(answer.quotes)
        footer = f"Source: “{article.title}” · {article.date} · {labels}"
    else:
        footer = "Answers come only from the article; use /source to see it."
    embed.set_footer(text=truncate(footer, FOOTER_TEXT))
    return embed


def question_of(embed: discord.Embed) -> str:
    return unliteral(embed.title or "")


def answer_text_of(embed: discord.Embed) -> str:
    first = (embed.description or "").split("\n\n", 1)[0]
    if first.startswith("**") and first.endswith("**") and len(first) >= 4:
        first = first[2:-2]
    return unliteral(first)


def literal(text: str, limit: int | None = None) -> str:
    """`text` with its markdown escaped, so Discord shows it as typed: every character
    that marks up inline (`*`, `_`, `~`, `` ` ``, `|`, brackets of masked links, the
    backslash itself), and quotes, headings and lists at the start of a line. Cut to
    `limit` after escaping, never between a backslash and the character it escapes.

    (discord.py's `escape_markdown` is not enough for hostile text: its pattern for a
    masked link spans from the first `[` to the last `)` of a line and escapes only the
    first bracket, leaving everything in between, a second link included, live.)"""
    escaped = _LINE_START.sub(_escape_line_start, _INLINE.sub(r"\\\1", text))
    if limit is None or len(escaped) <= limit:
        return escaped
    cut = truncate(escaped, limit)
    body, tail = (cut[: -len(ELLIPSIS)], ELLIPSIS) if cut.endswith(ELLIPSIS) else (cut, "")
    if (len(body) - len(body.rstrip("\\"))) % 2:
        body = body[:-1]  # a lone backslash would escape the ellipsis
    return body + tail


def unliteral(text: str) -> str:
    """The inverse of `literal` (for a text it did not cut)."""
    return _ESCAPED.sub(r"\1", text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match[1], match[2]
    if marker[0].isdigit():  # "1. " starts a numbered list: escape its dot
        return f"{indent}{marker[:-1]}\\."
    return f"{indent}\\{marker}"


_INLINE = re.compile(r"([\\*_~`|\[\]])")
_LINE_START = re.compile(r"^([ \t]*)([>#-]|\d+\.)", re.M)
_ESCAPED = re.compile(r"\\(.)", re.S)


def card_embed(card: Card, colour: discord.Colour = CARD_COLOUR) -> discord.Embed:
    """A card as an embed: items become fields, quotes are shortened as much as needed
    (and, as a last resort, trailing items dropped) to fit Discord's limits."""
    for quote_chars in _CARD_QUOTE_STEPS:
        embed = _card_embed(card, colour, quote_chars, len(card.items))
        if len(embed) <= EMBED_TOTAL:
            return embed
    keep = min(len(card.items), EMBED_FIELDS)
    while keep > 0:
        keep -= 1
        embed = _card_embed(card, colour, 0, keep)
        if len(embed) <= EMBED_TOTAL:
            return embed
    return discord.Embed(
        title=truncate(card.title, EMBED_TITLE),
        colour=colour,
        description=truncate(card.description, 1000),
    )


def notice_embed(text: str, title: str | None = None) -> discord.Embed:
    """A short message from the bot itself (cooldowns, refusals, errors)."""
    return discord.Embed(
        title=truncate(title, EMBED_TITLE) if title else None,
        description=truncate(text, EMBED_DESCRIPTION),
        colour=NOTICE_COLOUR,
    )


def _card_embed(card: Card, colour: discord.Colour, quote_chars: int, items: int) -> discord.Embed:
    embed = discord.Embed(
        title=truncate(card.title, EMBED_TITLE),
        colour=colour,
        description=truncate(card.description, EMBED_DESCRIPTION) or None,
    )
    shown = card.items[: min(items, EMBED_FIELDS)]
    for item in shown:
        name, value = _field(item, quote_chars)
        embed.add_field(name=name, value=value, inline=False)
    hidden = len(card.items) - len(shown)
    footer = card.footer
    if hidden:
        footer = f"…and {hidden} more not shown here. " + footer
    if footer:
        embed.set_footer(text=truncate(footer, FOOTER_TEXT))
    return embed


def _field(item: Item, quote_chars: int) -> tuple[str, str]:
    if item.lead:
        name = truncate(item.lead, FIELD_NAME)
        lines = [item.text]
    else:
        name = truncate(item.text, FIELD_NAME)
        lines = [] if len(item.text) <= FIELD_NAME else [item.text]
    if quote_chars:
        lines += [_block_quote(quote, quote_chars) for quote in item.quotes]
    elif item.quotes and not item.lead:
        lines.append(_labels(item.quotes))
    value = _join_within(lines, FIELD_VALUE) or "\u200b"
    return name, value


def _block_quote(quote: CitedQuote | QuoteRef, limit: int) -> str:
    text = truncate(" ".join(quote.text.split()), limit)
    return f"> {discord.utils.escape_markdown(text)}\n— {quote.label}"


def _labels(quotes: Sequence[CitedQuote | QuoteRef]) -> str:
    """ "¶1, ¶3": each paragraph once, in the article's order."""
    ordered = sorted({(q.paragraph, q.label) for q in quotes})
    return ", ".join(label for _, label in ordered)


def _join_within(parts: Sequence[str], limit: int) -> str:
    """Paragraphs joined by blank lines; the last that fits is shortened, the rest left
    out, so the answer (always first) survives."""
    out: list[str] = []
    used = 0
    for part in parts:
        if not part:
            continue
        gap = 2 if out else 0
        room = limit - used - gap
        if room <= 1:
            break
        piece = truncate(part, room)
        out.append(piece)
        used += gap + len(piece)
        if len(piece) < len(part):
            break
    return "\n\n".join(out)
