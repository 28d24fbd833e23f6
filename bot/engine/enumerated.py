"""Questions put as a numbered or lettered list: "Q1: Where did Esper meet Singh? Q2: When?
Q3: What did they agree?", "(a) Who is Begin? (b) Where did he go?", "1) Who met Singh?
2) Where?", "Part 1: who met Singh. Part 2: when." Each label opens one question, asked in
turn (the later ones as follow-ups of the earlier); a lone label ("Q1: Who met Singh?") is
dropped. A quiz's options after its question ("Who went? A) Begin B) Singh") are no such
list: the message must open with the first label."""

from __future__ import annotations

import re

__all__ = ["enumerated_questions"]

# One label, and what it counts by: "Q1:", "Question 2.", "Part 3 -", "#3", "(a)", "b)",
# "1)", "2.", "(ii)", after a space or a sentence's end ("q1 who met singh q2 where");
# letters and Roman numerals need a bracket ("a." opens sentences), and a number with a
# full stop the start or a sentence's end ("Oct. 26. Who…" has no label).
_LABEL = re.compile(
    r"(?:(?<=^)|(?<=\s)|(?<=[?.!;:]))(?:"
    r"(?:q|question|part)\s*\.?\s*(?P<q>\d{1,2})\s*[:.)\-–—]?"
    r"|\#\s*(?P<hash>\d{1,2})\s*[:.)\-–—]?"
    r"|\(\s*(?P<bracketed>\d{1,2}|[a-h]|i{1,3}|iv|v)\s*\)\s*[:.\-–—]?"
    r"|(?P<closed>\d{1,2}|[a-h]|i{1,3}|iv|v)\)\s*[:.\-–—]?"
    r"|(?:(?<=^)|(?<=[?.!;:\n]\s)|(?<=\n))(?P<stopped>\d{1,2})\.(?!\d)"
    r")\s+(?=\S)",
    re.IGNORECASE,
)
# "(i)", "(ii)": Roman numerals, as a list of questions never runs to a ninth letter.
_ROMAN = ("i", "ii", "iii", "iv", "v")


def _place(label: re.Match[str]) -> tuple[str, int]:
    """What a label counts by and its place from 1: "Q2" → ("number-q", 2), "(b)" →
    ("letter", 2), "ii)" → ("roman", 2)."""
    group = next(g for g in ("q", "hash", "bracketed", "closed", "stopped") if label[g])
    mark = label[group].lower()
    if mark.isdigit():
        # "Q1 … Q2", "#1 … #2", "1) … 2." : a list keeps one kind of number label
        return f"number-{group if group in ('q', 'hash') else 'plain'}", int(mark)
    if mark in _ROMAN:
        return "roman", _ROMAN.index(mark) + 1
    return "letter", ord(mark) - ord("a") + 1


def _in_sequence(labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels that count on from the first, one by one, in its style: "Q1 … Q2 … Q3",
    not a quiz option "A)" after "Q1:" nor a stray "2." in a date."""
    if not labels or labels[0].start() != 0:
        return []
    style, first = _place(labels[0])
    if first != 1:
        return []
    kept = [labels[0]]
    for label in labels[1:]:
        if _place(label) == (style, len(kept) + 1):
            kept.append(label)
    return kept


def enumerated_questions(text: str) -> list[str] | None:
    """The questions of a message that numbers or letters them, each without its label, or
    None when it does not open with a first label: "Q1: Who met Singh? Q2: Where?" →
    ["Who met Singh?", "Where?"]; "Q1: Who met Singh?" → ["Who met Singh?"]."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "qQpPnN#(123456789aAiI":
        return None  # most questions open with no label
    labels = _in_sequence(list(_LABEL.finditer(stripped)))
    if not labels:
        return None
    ends = [label.start() for label in labels[1:]] + [len(stripped)]
    parts = [stripped[label.end() : end].strip() for label, end in zip(labels, ends, strict=True)]
    if not all(part.strip(" ?.!;,") for part in parts):
        return None
    if len(parts) == 1 and labels[0]["hash"]:
        return None  # "#1 - title?" after a list asks about its first item
    return parts
