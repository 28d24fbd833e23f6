"""A quiz whose options finish its sentence: "Select one: the relationship was described by
A) Indian officials B) U.S. government officials", "Pick one: the statement came from a) the
State Department b) the Defense Department". Each option completes the sentence into a claim
of its own, for the engine's yes-or-no reading to decide; nothing here judges the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["StemChoices", "stem_choices"]

# "Select one:", "pick one -", "choose the right answer:": the lead that makes the lettered
# options a quiz even though the sentence before them is no question.
_LEAD = re.compile(
    r"^\s*(?:please\s+)?(?:select|pick|choose|circle|tick)(?:\s+(?:one|the\s+(?:right|"
    r"correct|best)\s+(?:answer|option|one)))?\s*[:\-–—]\s*",
    re.IGNORECASE,
)
# "A) …", "(b) …": a letter closed by a bracket, at the start or after a space.
_LETTER = re.compile(r"(?:(?<=\s)|(?<=^))\(?([A-Fa-f])\)\s*")
_TRAILING_JOIN = re.compile(r"[\s,]+(?:or|and)$", re.IGNORECASE)
# "C) both", "D) none of the above": picks among the others, never claims of their own.
_NO_CLAIM = re.compile(r"^\s*(?:both|all|none|neither)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StemChoices:
    """The options as given, and the claim each makes of the sentence it finishes."""

    options: tuple[str, ...]
    claims: tuple[str, ...]


def stem_choices(text: str) -> StemChoices | None:
    """ "Select one: the relationship was described by A) Indian officials B) U.S.
    government officials" → options "Indian officials", "U.S. government officials" with
    claims "the relationship was described by Indian officials", …; None without the lead,
    with a stem that is a question of its own (lettered.py reads those), or with options out
    of order."""
    lead = _LEAD.match(text)
    if lead is None:
        return None
    body = text[lead.end() :]
    markers = list(_LETTER.finditer(body))
    letters = "".join(m[1].lower() for m in markers)
    if len(markers) < 2 or letters != "abcdef"[: len(markers)]:
        return None
    stem = body[: markers[0].start()].strip(" ,;")
    if len(stem.split()) < 2 or stem.endswith(("?", ":", "-", "–", "—")):
        return None
    ends = [m.start() for m in markers[1:]] + [len(body)]
    options = tuple(
        _TRAILING_JOIN.sub("", body[m.end() : end].strip(" ,;.?"))
        for m, end in zip(markers, ends, strict=True)
    )
    if not all(options) or any(_NO_CLAIM.match(option) for option in options):
        return None
    return StemChoices(options, tuple(f"{stem} {option}" for option in options))
