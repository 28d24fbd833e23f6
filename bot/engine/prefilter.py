"""Regular expressions that skip the regex engine when a match is impossible.

Python's `re` tries an unanchored pattern such as ``\\b(?:why|what for)\\b`` at every position
of the text, and the engine runs some eighty of them on each question: about a fifth of the
time an answer takes. Most of them can only match when the text contains one of a few
literal strings ("why", "what for"), and testing for those with `in` costs a fraction of the
scan. `compile` reads the pattern's syntax tree once and keeps such a set of strings; a search
on a text containing none of them returns None at once, as the scan would have.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

# The parser `re` itself uses (3.11+). It is private, so anything it does not give as
# expected means only that the pattern is not prefiltered.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_REPEATS = tuple(
    getattr(_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_constants, name)
)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of the pattern contains at least one, or None when no
    such set is known (a pattern that ignores case, or can match without any literal)."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern, flags)
        if tree.state.flags & re.IGNORECASE:
            return None  # "(?i)" at the start
        return _sequence(list(tree))
    except Exception:
        return None


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective requirement of a sequence: each of its parts must match, so any
    one part's requirement is the sequence's."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _constants.LITERAL:
            run.append(chr(arg))
            continue
        before = "".join(run)
        if run:
            options.append(frozenset({before}))
            run = []
        found: frozenset[str] | None = None
        if op is _constants.SUBPATTERN:
            _group, add_flags, _del_flags, sub = arg
            if not add_flags & re.IGNORECASE:
                found = _sequence(list(sub))
                if before and len(sub) == 1 and sub[0][0] is _constants.BRANCH:
                    options.append(_run_on(before, sub[0][1]))
        elif op is _constants.BRANCH:
            branches = [_sequence(list(branch)) for branch in arg[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*(b for b in branches if b is not None))
            if before:
                options.append(_run_on(before, arg))
        elif op in _REPEATS:
            low, _high, sub = arg
            if low >= 1:
                found = _sequence(list(sub))
        elif op is getattr(_constants, "ATOMIC_GROUP", None):
            found = _sequence(list(arg))
        # Anything else (a class, "\b", a lookaround, "."): nothing it must contain.
        if found:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run)}))
    if not options:
        return None
    best = max(options, key=lambda o: (min(map(len, o)), -len(o)))
    # A string that contains another adds nothing: the shorter is there whenever it is.
    return frozenset(s for s in best if not any(o != s and o in s for o in best))


def _run_on(before: str, branch: Any) -> frozenset[str]:
    """ "\bwhy\b|\bwhat for\b" is parsed as "\bwh" and then "y…" or "at for…": the text
    before a branch runs on into each alternative's opening letters."""
    return frozenset(before + _opening(list(alternative)) for alternative in branch[1])


def _opening(items: list[tuple[Any, Any]]) -> str:
    """The literal text a sequence starts with ("" when it starts otherwise)."""
    letters = []
    for op, arg in items:
        if op is not _constants.LITERAL:
            break
        letters.append(chr(arg))
    return "".join(letters)


class Prefiltered:
    """A compiled pattern with the same methods as `re.Pattern` that the engine uses; each
    answers "no match" at once when the text lacks every string a match must contain."""

    __slots__ = ("needles", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        needles = required_literals(regex.pattern, regex.flags)
        self.needles: tuple[str, ...] | None = tuple(sorted(needles)) if needles else None

    def possible(self, string: str) -> bool:
        needles = self.needles
        return needles is None or any(map(string.__contains__, needles))

    # Each method tests inline rather than through `possible`: a call costs as much as the
    # test, and the engine makes some ninety of these a question.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        needles = self.needles
        if needles is not None and not any(map(string.__contains__, needles)):
            return None
        return self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        needles = self.needles
        if needles is not None and not any(map(string.__contains__, needles)):
            return None
        return self.regex.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.regex.fullmatch(string, pos, endpos) if self.possible(string) else None

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(string) if self.possible(string) else iter(())

    def findall(self, string: str) -> list[Any]:
        return self.regex.findall(string) if self.possible(string) else []

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        # No match leaves the text as it is; a pattern with needles never matches "".
        return self.regex.sub(repl, string, count) if self.possible(string) else string

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.regex.split(string, maxsplit) if self.possible(string) else [string]

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r}, needles={self.needles!r})"


def compile(pattern: str, flags: int = 0) -> Prefiltered:
    return Prefiltered(re.compile(pattern, flags))
