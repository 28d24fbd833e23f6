"""Which texts could `fuzz.ratio` score at a cutoff against a query: a filter in front of
rapidfuzz, so fuzzy matching over a large fact base scores tens of texts, not tens of
thousands. It never drops a text that reaches the cutoff, so the matches are the same.

`fuzz.ratio(a, b)` is 200·LCS(a, b) / (|a| + |b|): the cutoff c needs an LCS of at least
L = ⌈c·(|a| + |b|)/200⌉ characters. Two bounds on the LCS, both cheap to test for every text
at once, rule most texts out:

- Letters: the LCS uses each letter at most as often as the rarer side has it, so
  Σ over letters of min(count in a, count in b) must reach L.
- Character pairs: at most |a| − L characters of a are left out and |b| − L of b put in.
  Each left-out character breaks at most two of a's pairs, each run of put-in ones at most
  one pair between kept characters; every other pair of a occurs in b. So b holds at least
  pairs(a) − 2·(|a| − L) − (|b| − L) of a's distinct pairs (a repeated pair counted once).

The texts are kept sorted by length, and for each letter count and each pair the set of
texts that have it is one Python integer used as a bit set: counting, for every text, how
many of the query's letters and pairs it has is a few hundred integer operations, whatever
the number of texts.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

__all__ = ["FuzzyFilter"]

SMALL_WINDOW = 512  # texts of a possible length: below this many, none is filtered out


class FuzzyFilter:
    __slots__ = ("_lengths", "_letters", "_pairs")

    def __init__(self, texts: Sequence[str]) -> None:
        """`texts` sorted by length; positions in it are what `near` returns."""
        lengths = [len(text) for text in texts]
        if lengths != sorted(lengths):
            raise ValueError("FuzzyFilter needs its texts sorted by length")
        self._lengths = tuple(lengths)
        letters: dict[tuple[str, int], list[int]] = defaultdict(list)
        pairs: dict[str, list[int]] = defaultdict(list)
        join = str.__add__
        for position, text in enumerate(texts):
            # Letters in order of first appearance, as a Counter gives them (without the
            # cost of making one per text: there are tens of thousands).
            for letter in dict.fromkeys(text):
                for at_least in range(1, text.count(letter) + 1):
                    letters[(letter, at_least)].append(position)
            # Each distinct pair of neighbouring characters, in the set's own order.
            for pair in set(map(join, text, text[1:])):
                pairs[pair].append(position)
        size = len(texts)
        self._letters = {key: _bits(found, size) for key, found in letters.items()}
        self._pairs = {key: _bits(found, size) for key, found in pairs.items()}

    def near(self, query: str, cutoff: float, low: int, high: int) -> list[int]:
        """Positions in [low, high), ascending, of the texts that may score `cutoff`."""
        if high <= low:
            return []
        if high - low <= SMALL_WINDOW:
            return list(range(low, high))  # rapidfuzz scores a few hundred faster than we filter
        width = high - low
        window = (1 << width) - 1
        letter_counts = _Counter()
        for letter, count in Counter(query).items():
            for at_least in range(1, count + 1):
                letter_counts.add(self._letters.get((letter, at_least), 0) >> low & window)
        # The letter bound first, for every length at once; the pair bound only if it
        # leaves more texts than rapidfuzz scores faster than the pairs can be counted.
        lengths, size = self._lengths, len(query)
        groups: list[tuple[int, int, int, int, int]] = []  # offset, count, common, length, bits
        kept = 0
        start = low
        while start < high:
            length = lengths[start]
            end = bisect.bisect_right(lengths, length, start, high)
            common = math.ceil(cutoff * (size + length) / 200 - 1e-9)
            offset, count = start - low, end - start
            possible = letter_counts.at_least(common, offset, count)
            groups.append((offset, count, common, length, possible))
            kept |= possible << offset
            start = end
        if kept.bit_count() <= SMALL_WINDOW:
            return _positions(kept, low)
        pairs = {query[i : i + 2] for i in range(len(query) - 1)}
        pair_counts = _Counter()
        for pair in pairs:
            pair_counts.add(self._pairs.get(pair, 0) >> low & window)
        kept = 0
        for offset, count, common, length, possible in groups:
            shared_pairs = len(pairs) - 2 * (size - common) - (length - common)
            if possible and shared_pairs > 0:
                possible &= pair_counts.at_least(shared_pairs, offset, count)
            kept |= possible << offset
        return _positions(kept, low)


class _Counter:
    """A count per bit position, kept as binary digits across integers ("bit planes")."""

    __slots__ = ("planes",)

    def __init__(self) -> None:
        self.planes: list[int] = []

    def add(self, bits: int) -> None:
        carry = bits
        for digit, plane in enumerate(self.planes):
            if not carry:
                return
            self.planes[digit] = plane ^ carry
            carry &= plane
        if carry:
            self.planes.append(carry)

    def at_least(self, threshold: int, offset: int, count: int) -> int:
        """The bits, among `count` from `offset` (shifted down to 0), whose count ≥ threshold."""
        every = (1 << count) - 1
        if threshold <= 0:
            return every
        if threshold >> len(self.planes):
            return 0  # more than any count can be
        planes = [plane >> offset & every for plane in self.planes]
        greater, equal = 0, every
        for digit in range(len(planes) - 1, -1, -1):
            plane = planes[digit]
            if threshold >> digit & 1:
                equal &= plane
            else:
                greater |= equal & plane
                equal &= ~plane
        return greater | equal


def _bits(positions: Iterable[int], size: int) -> int:
    field = bytearray((size + 7) // 8)
    for position in positions:
        field[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(field, "little")


def _positions(bits: int, base: int) -> list[int]:
    """The set bits of `bits`, ascending, plus `base`."""
    if not bits:
        return []
    # The binary digits as text, searched from the right (the lowest bit) with rfind: one
    # conversion in C, then a step per set bit, not a Python step per byte of the window.
    digits = bin(bits)
    top = len(digits) - 1 + base
    rfind = digits.rfind
    found: list[int] = []
    at = rfind("1")
    while at >= 2:  # digits[:2] is "0b"
        found.append(top - at)
        at = rfind("1", 2, at)
    return found
