"""A question about one item of the list just answered, put by the item's place rather than
its name: "List the people named." "Number 2's country?" (Rajnath Singh's), "#3?", "the
first one, how many 2+2s?", "and the one after?". The place is turned into the item's name,
so the question is then read like any other naming it: "Rajnath Singh's country?".

Pure text: the caller passes the list in view (entity ids in the answer's order) and the
entities' names."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.engine.lexicon import NUMBER_WORDS
from bot.engine.phrases import ORDINALS

__all__ = ["item_of_list_named", "neighbour_asked", "place_of"]

_ORDINAL_WORD = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|last|final"
    r"|1st|2nd|3rd|4th|5th|6th|7th|8th"
)
_NUMBER_WORD = r"[1-8]|one|two|three|four|five|six|seven|eight"
# "number 2", "no. 3", "#4", "num 1", "the third one", "the 2nd person", "the last country".
_ITEM = (
    r"(?P<item>(?:number|no\.?|num|#) ?(?P<number>" + _NUMBER_WORD + r")"
    r"|(?:the )?(?P<ordinal>" + _ORDINAL_WORD + r")"
    r"(?: (?:one|person|guy|man|official|country|nation|place|city|item|entry|name))?)"
)
_LEAD = (
    r"^(?P<lead>(?:and |so |ok |okay |now )?"
    r"(?:what(?: is|'s|’s| s) |whats |who(?: is|'s|’s) )?)"
)
# "number 2's country?", "what's the third one's title?", "#1's department?".
_POSSESSIVE = re.compile(_LEAD + _ITEM + r"(?:'s|’s|s'|') (?P<rest>.+)$", re.IGNORECASE)
# "the first one, how many 2+2s?", "number three: what department?", "the 3rd - was it there?".
_COMMA = re.compile(_LEAD + _ITEM + r" ?(?:,|:| -| –) ?(?P<rest>.+)$", re.IGNORECASE)
# "#2?", "no. 3?": a place the item questions of ordinals.py read as "number two".
_BARE = re.compile(r"^(?:and |so |ok )?(?:#|no\. ?|num )(?P<number>" + _NUMBER_WORD + r") ?\??$")
# "and the one after?", "the next one?", "next?", "the one before that?", "the previous?".
_NEIGHBOUR = re.compile(
    r"^(?:and |so |ok |okay |then )?"
    r"(?:what about |how about |who(?:'s|’s| is) |what(?:'s|’s| is) )?"
    r"(?:the )?(?:(?P<noun>one|person|country|place) )?"
    r"(?P<way>after|next|before|previous|preceding|following)"
    r"(?: (?:one|person|country|place))?(?: (?:that|it|him|her|them|on the list))? ?\??$",
    re.IGNORECASE,
)
_AFTER = frozenset({"after", "next", "following"})
# "after?" or "before?" alone asks of time ("was it before or after?"), not of a list.
_OF_TIME = frozenset({"after", "before"})
# A pronoun of the question that stands for the item: "the third one, where did he go?".
_PRONOUN = re.compile(r"\b(?P<word>he|she|it|they|him|them|his|her|its|their)\b", re.IGNORECASE)
_POSSESSIVE_PRONOUNS = frozenset({"his", "its", "their", "her"})


def place_of(number: str | None, ordinal: str | None, size: int) -> int | None:
    """The index a number ("2", "two") or ordinal ("third", "3rd", "last") asks for in a
    list of that size, or None when past its end."""
    if ordinal is not None and ordinal.lower() in ("last", "final"):
        return size - 1
    word = (number or ordinal or "").lower()
    value = (
        ORDINALS.get(word)
        or NUMBER_WORDS.get(word)
        or (int(word[:-2]) if word[:-2].isdigit() else 0)
        or (int(word) if word.isdigit() else 0)
    )
    return value - 1 if 0 < value <= size else None


def item_of_list_named(
    question: str, listed: tuple[str, ...], names: Mapping[str, str]
) -> str | None:
    """The question with the item of the list it names by place put by name ("number 2's
    country?" → "Rajnath Singh's country?"), or None when it names no item by place, or a
    place past the list's end (the item questions of ordinals.py say so)."""
    text = question.strip()
    bare = _BARE.match(text.lower())
    if bare is not None:
        return f"number {bare['number']}?"  # "#2?": read as "number 2?" is read
    for pattern, possessive in ((_POSSESSIVE, True), (_COMMA, False)):
        found = pattern.match(text)
        if found is None or (not possessive and _only_a_word(found)):
            continue
        position = place_of(found["number"], found["ordinal"], len(listed))
        if position is None:
            return None
        name = names[listed[position]]
        if possessive:
            return f"{found['lead']}{name}'s {found['rest']}"
        return f"{found['lead']}{_named_for_pronoun(found['rest'], name)}"
    return None


def neighbour_asked(question: str) -> int | None:
    """+1 for the item after the last one asked ("and the one after?", "next?"), -1 for
    the one before ("the previous one?"), None when the question asks neither."""
    found = _NEIGHBOUR.match(question.strip())
    if found is None or (found["way"].lower() in _OF_TIME and found["noun"] is None):
        return None
    return 1 if found["way"].lower() in _AFTER else -1


def _named_for_pronoun(rest: str, name: str) -> str:
    """The question with its first pronoun put as the item's name ("where did he go?" →
    "where did Secretary Pompeo go?"), or the name set before it when it has none ("how
    many 2+2s?" → "Mark T. Esper: how many 2+2s?")."""
    found = _PRONOUN.search(rest)
    if found is None:
        return f"{name}: {rest}"
    said = f"{name}'s" if found["word"].lower() in _POSSESSIVE_PRONOUNS else name
    return f"{rest[: found.start()]}{said}{rest[found.end() :]}"


def _only_a_word(found: re.Match[str]) -> bool:
    """The item is a bare ordinal ("First, who met Singh?"): a word ordering the asker's
    own questions, not one naming an item of the list ("the first one, …", "number 1, …")."""
    return found["item"].lower() == (found["ordinal"] or "").lower()
