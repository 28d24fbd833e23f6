"""What the headline calls someone: "what does the headline call Esper and Singh?", "how
does the headline refer to the two men?", "what are they called in the headline?".

The headline names no one: it calls the two men "Defense Chiefs". Without this reader the
question was matched to the headline's fact and answered with what the headline says they
did ("To deepen cooperation…"), which is not a name at all.
"""

from __future__ import annotations

from bot.engine import prefilter

__all__ = ["headline_naming_asked"]

# "headline", "heading", "title" of the article ("the article's title" — not a person's
# "title", which is their office: "what title does the article give Pompeo?").
_HEADLINE = prefilter.compile(
    r"\b(?:headline|heading|headlines|header)\b"
    # "what are they called in the title?", "what does the article's title call them?"
    r"|\b(?:in|of|by) the (?:article s |articles |article )?title\b"
    r"|\bthe (?:article s |articles |article )?title (?:call|calls|name|names|refer|refers"
    r"|describe|describes|label|labels)\b"
)
# The naming asked for: "call", "refer to", "name", "describe", "label", "what are … called".
_NAMING = prefilter.compile(
    r"\b(?:call|calls|called|refer to|refers to|referred to|name|names|named|term|terms"
    r"|termed|describe|describes|described|label|labels|labelled|labeled)\b"
)
# A wh-question about the wording: "what does…", "how does…", "which words…".
_ASKS = prefilter.compile(r"^(?:(?:and|so|ok|okay|then) )*(?:what|how|which|by what)\b")


def headline_naming_asked(normalised: str) -> bool:
    """Whether the question asks what the headline calls someone ("what does it call the
    two of them together in the headline?"), not what the headline says they did."""
    return (
        _ASKS.search(normalised) is not None
        and _HEADLINE.search(normalised) is not None
        and _NAMING.search(normalised) is not None
    )
