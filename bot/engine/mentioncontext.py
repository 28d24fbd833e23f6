"""The context a name comes up in: "In what context is Japan mentioned?", "in what context
does the article mention Australia?", and after "is Japan in the article?" a bare "in what
context?". They ask what the article says about that name (the Tokyo talks), which the
question reader would otherwise take as the backdrop of the warming ties ("in what context
does the article place the warming?"), a when-question, and answer with a date."""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = ["mention_context_asked"]

_LEAD = r"^\s*(?:(?:and|so|ok|okay|then|but|if so|if yes|and if so)[,\s]+)*"
_CONTEXT = r"(?:in )?(?:what|which) (?:sort of |kind of )?(?:context|connection)"
_MENTIONED = (
    r"(?:mentioned|named|brought up|raised|referred to|referenced|cited|discussed|come up"
    r"|comes up|came up|appear|appears|appeared|featured|used|included)"
)
_IN_THE_ARTICLE = r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?"

# "In what context?", "in what context is it mentioned?", "which context was that in?":
# the name the last answer was about (the reader resolves "it").
_BARE = prefilter.compile(
    _LEAD + _CONTEXT + r"(?: (?:is|was|are|were) (?:it|that|this|they|them|those))?"
    rf"(?: {_MENTIONED})?{_IN_THE_ARTICLE}(?: in)?\W*$",
    re.IGNORECASE,
)
# "In what context is Japan mentioned?", "in what context does Australia come up?",
# "in what context does the article mention China?".
_NAME_MENTIONED = prefilter.compile(
    _LEAD + _CONTEXT + r" (?:is|was|are|were|does|did|do) (?P<name>[\w .'’-]{2,40}?) "
    rf"{_MENTIONED}{_IN_THE_ARTICLE}(?: in)?\W*$",
    re.IGNORECASE,
)
_ARTICLE_MENTIONS = prefilter.compile(
    _LEAD + _CONTEXT + r" (?:does|did) (?:the article|the story|the piece|it|the text)"
    r" (?:mention|name|bring up|raise|refer to|reference|cite|discuss|use|include)"
    r" (?P<name>[\w .'’-]{2,40}?)\W*$",
    re.IGNORECASE,
)


def mention_context_asked(text: str) -> str:
    """ "In what context is Japan mentioned?" → "what does the article say about Japan?";
    a bare "in what context?" → "what does the article say about it?"."""
    if _BARE.match(text):
        return "what does the article say about it?"
    found = _NAME_MENTIONED.match(text) or _ARTICLE_MENTIONS.match(text)
    if found is None:
        return text
    return f"what does the article say about {found['name'].strip()}?"
