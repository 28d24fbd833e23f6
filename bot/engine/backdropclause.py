"""A claim about ties set against a backdrop: "US-India relations are cooling off as China
tensions rise, correct?", "are US-India ties heating up amid rising tensions with China?".
Read as one, the backdrop's words match no fact and the whole is left unanswered; each part
is a claim the article can check (the ties are heating up; relations with China are
deteriorating), and the whole is false when either part is."""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = ["backdrop_split"]

# Only a backdrop of how countries get on: "as China tensions rise", "while ties with
# Beijing sour", "amid the rivalry with China"; "Esper described India as a partner" has none.
_RELATION_NOUNS = (
    r"(?:tensions?|relations?|ties|relationship|rivalry|hostility|friction|standoff|clash(?:es)?"
    r"|disputes?|threat|competition|pressure)"
)
_BACKDROP = prefilter.compile(
    r"^(?P<main>.*?\w)\s*,?\s+(?:as|while|whilst|amid|amidst|at a time when|at a time of"
    r"|even as|just as|against a backdrop of|against the backdrop of|with)\s+"
    rf"(?P<backdrop>(?:[\w.'’-]+\s+){{0,6}}?{_RELATION_NOUNS}\b[^?,]*?)"
    r"(?P<tag>\s*,\s*(?:correct|right|true|yes|yeah|yep|no|ok|isn'?t it|aren'?t they"
    r"|don'?t they|didn'?t it|innit|eh|huh))?\s*\??\s*$",
    re.IGNORECASE,
)
# The main claim must be of the ties' own course, which the backdrop is set against.
_TIES = re.compile(r"\b(?:relations?|ties|relationship|partnership)\b", re.IGNORECASE)


def backdrop_split(text: str) -> tuple[str, str] | None:
    """ "US-India relations are cooling off as China tensions rise, correct?" → ("US-India
    relations are cooling off, correct?", "is it true that China tensions rise?"), or None."""
    found = _BACKDROP.match(text.strip())
    if found is None or _TIES.search(found["main"]) is None:
        return None
    main = f"{found['main']}{found['tag'] or ''}?"
    return main, f"is it true that {found['backdrop'].strip()}?"
