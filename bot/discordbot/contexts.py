"""Follow-up context per (channel, user): what "and when?" refers to.

Each conversation's context expires after a while (people move on, and a stale subject
would make a new question resolve wrongly) and the store holds a bounded number of them,
dropping the least recently used, so memory stays flat however many people talk to the bot.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from bot.engine.context import Context

__all__ = ["ConversationKey", "ConversationStore"]

ConversationKey = tuple[int, int]  # (channel id, user id)


class ConversationStore:
    def __init__(
        self,
        ttl: float = 300.0,
        max_entries: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[ConversationKey, tuple[float, Context]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: ConversationKey) -> Context | None:
        """The live context of this conversation, or None if there is none or it expired."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, context = entry
        if self._clock() >= expires:
            del self._entries[key]
            return None
        return context

    def put(self, key: ConversationKey, context: Context) -> None:
        if self.ttl <= 0:
            return
        self._entries[key] = (self._clock() + self.ttl, context)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        self._drop_expired(limit=2)

    def forget(self, key: ConversationKey) -> None:
        self._entries.pop(key, None)

    def clear(self) -> None:
        self._entries.clear()

    def _drop_expired(self, limit: int) -> None:
        """Expired entries go from the old end a few at a time, so a burst of new
        conversations never pays for one big sweep."""
        now = self._clock()
        for _ in range(limit):
            if not self._entries:
                return
            key, (expires, _) = next(iter(self._entries.items()))
            if now < expires:
                return
            del self._entries[key]
