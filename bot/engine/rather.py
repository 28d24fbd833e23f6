"""A claim put against another: "did they meet in Mumbai rather than in the capital?",
"was the meeting in Delhi instead of Tokyo?". Read as one it matches no fact; it is the
first claim, with the second said not to hold."""

from __future__ import annotations

import re

__all__ = ["claim_and_alternative"]

# "… in Mumbai rather than in the capital?": the words up to the preposition, the claimed
# place (or person, or day), the contrast, and the alternative, which may repeat the
# preposition.
_RATHER = re.compile(
    r"^(?P<head>.*?\b(?:in|at|on|to|with|from|by)\s+)(?P<claimed>[^,;?]+?)\s*,?\s*"
    r"(?:rather than|instead of|as opposed to|and not|but not)\s+"
    r"(?:(?:in|at|on|to|with|from|by)\s+)?(?P<other>[^,;?]+?)\s*[?.!]*\s*$",
    re.I,
)


def claim_and_alternative(text: str) -> tuple[str, str] | None:
    """The claim and its alternative as two questions ("did they meet in Mumbai rather than
    in the capital?" → ("did they meet in Mumbai?", "did they meet in the capital?")), or
    None when the message sets no claim against another."""
    found = _RATHER.match(text.strip())
    if found is None:
        return None
    head = found["head"]
    return f"{head}{found['claimed']}?", f"{head}{found['other']}?"
