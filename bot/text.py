"""Text normalisation shared by the fact-base compiler and the engine's index.

One place decides what "the same text" means, so an alias the compiler accepts is the
alias the engine matches, and a quote found at compile time is found the same way later.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

__all__ = [
    "QuoteMap",
    "fold_quotes",
    "fold_for_quotes",
    "normalise",
    "stem",
    "tokens",
]

_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)


def fold_quotes(text: str) -> str:
    """Curly and typographic quotation marks become straight ones."""
    return text.translate(_QUOTE_FOLD)


class QuoteMap:
    """A text folded for quote matching (whitespace runs → one space, quotes straightened),
    with a map back to offsets in the original, so a match can be reported as a real span."""

    __slots__ = ("folded", "origin", "_offsets")

    def __init__(self, origin: str) -> None:
        self.origin = origin
        out: list[str] = []
        offsets: list[int] = []
        in_space = False
        for index, char in enumerate(fold_quotes(origin)):
            if char.isspace():
                if in_space or not out:
                    continue
                in_space = True
                out.append(" ")
            else:
                in_space = False
                out.append(char)
            offsets.append(index)
        # A trailing space is never part of a match.
        if out and out[-1] == " ":
            out.pop()
            offsets.pop()
        self.folded = "".join(out)
        self._offsets = offsets

    def find(self, passage: str) -> tuple[int, int] | None:
        """The (start, end) span of `passage` in the original text, or None."""
        needle = fold_for_quotes(passage)
        if not needle:
            return None
        at = self.folded.find(needle)
        if at < 0:
            return None
        return self.span(at, at + len(needle))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded offsets [start, end) as offsets in the original text."""
        return self._offsets[start], self._offsets[end - 1] + 1


def fold_for_quotes(text: str) -> str:
    """What quote matching compares: whitespace collapsed and quotes straightened, no more."""
    return " ".join(fold_quotes(text).split())


# --- Words -----------------------------------------------------------------------------

_STEMMER = Stemmer.Stemmer("english")

# Written forms that mean one country or organisation, folded before tokenising, so that
# "U.S.", "US" and "United States" all become the token "us" and "2+2" stays one token.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bu\.\s?s\.\s?a\.?(?![a-z])"), " us "),
    (re.compile(r"\bu\.\s?s\.?(?![a-z])"), " us "),
    (re.compile(r"\bu\.\s?k\.?(?![a-z])"), " uk "),
    (re.compile(r"\b(\d+)\s*\+\s*(\d+)\b"), r" \1plus\2 "),
    (re.compile(r"\b(\d+)\s*(?:and|&)\s*(\d+)\s+(?=dialog|meeting|talk|format|ministerial)"), r" \1plus\2 "),
    (re.compile(r"\btwo[\s-]*(?:plus|\+|and)[\s-]*two\b"), " 2plus2 "),
    (re.compile(r"(\w)['’]s\b"), r"\1"),
    (re.compile(r"(\w)s['’](?=\s|$)"), r"\1s"),
)

_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def normalise(text: str) -> str:
    """Lower case, folded quotes and compatibility characters, canonical "us" and "2plus2",
    possessives dropped, punctuation removed; words separated by single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = fold_quotes(text).lower()
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return " ".join(_TOKEN.findall(text))


def tokens(text: str) -> list[str]:
    """Words of `normalise(text)`; hyphenated words also give their parts."""
    out: list[str] = []
    for word in normalise(text).split():
        out.append(word)
        if "-" in word:
            out.extend(part for part in word.split("-") if part)
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of one lower-case word."""
    return str(_STEMMER.stemWord(word))
