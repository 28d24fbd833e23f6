"""Per-user cooldown: a small burst of questions, then one every few seconds.

A token bucket per user: `burst` questions at once, refilled at one per `seconds`. Buckets
that have refilled completely carry no information and are dropped, and the table is
bounded, so memory stays flat.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Cooldowns", "Verdict"]


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    retry_after: float = 0.0  # seconds until the next question is allowed
    first_refusal: bool = False  # the first refusal since the user was last allowed


class Cooldowns:
    def __init__(
        self,
        seconds: float,
        burst: int,
        max_users: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.seconds = seconds
        self.burst = max(1, burst)
        self.max_users = max_users
        self._clock = clock
        # user id -> (tokens, time of last update, refused since last allowed)
        self._buckets: OrderedDict[int, tuple[float, float, bool]] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self.seconds > 0

    def hit(self, user_id: int) -> Verdict:
        """Count one question by `user_id`: allowed, or how long to wait."""
        if not self.enabled:
            return Verdict(True)
        now = self._clock()
        tokens, updated, refused = self._buckets.get(user_id, (float(self.burst), now, False))
        tokens = min(float(self.burst), tokens + (now - updated) / self.seconds)
        if tokens >= 1.0:
            self._store(user_id, tokens - 1.0, now, False)
            return Verdict(True)
        self._store(user_id, tokens, now, True)
        return Verdict(False, (1.0 - tokens) * self.seconds, first_refusal=not refused)

    def _store(self, user_id: int, tokens: float, now: float, refused: bool) -> None:
        self._buckets[user_id] = (tokens, now, refused)
        self._buckets.move_to_end(user_id)
        while len(self._buckets) > self.max_users:
            self._buckets.popitem(last=False)
        # Drop the oldest bucket if it has refilled: it would read the same as a new one.
        oldest, (o_tokens, o_updated, _) = next(iter(self._buckets.items()))
        if oldest != user_id and o_tokens + (now - o_updated) / self.seconds >= self.burst:
            del self._buckets[oldest]

    def __len__(self) -> int:
        return len(self._buckets)
