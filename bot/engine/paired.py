"""Two whereabouts asked in one yes-or-no question, each of its own person: "was esper in
india and singh in the us?", "were esper in delhi and pompeo in tokyo?". Read as one, a fact
naming both people (the agreement) would answer Yes; each half is a claim of its own, and
the whole holds only when both do."""

from __future__ import annotations

import re

__all__ = ["each_half_asked"]

# "was esper in india and singh in the us": the verb, then two halves joined by "and".
_PAIRED = re.compile(r"^\s*(was|were|is|are)\s+(\S.*?)\s+and\s+(\S.*?)\s*[?.!]*\s*$", re.I)


def each_half_asked(text: str) -> list[str] | None:
    """The two questions a paired claim asks ("was esper in india and singh in the us?":
    ["was esper in india?", "was singh in the us?"]), or None when it joins no two halves.
    Whether each half is a person and a place is for the caller, who knows the entities."""
    found = _PAIRED.match(text)
    if found is None:
        return None
    verb = found[1].lower()
    return [f"{verb} {found[2]}?", f"{verb} {found[3]}?"]
