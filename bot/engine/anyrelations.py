""" "Is any relationship getting worse?": a trend put to any one of the article's relations,
not to the first one found.

The article has U.S.-India relations heating up and U.S.-China and India-China relations
deteriorating; "is any relationship getting worse?", "are any ties souring?", "is some
relationship improving?" are Yes when one of them does, though the best-scoring fact (the
warming) alone would say No.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine import prefilter
from bot.engine.contrast import verdict
from bot.engine.core import Scored

__all__ = ["ANY_RELATIONS", "agreeing_first"]

# "is any relationship…", "are any of the relations…", "is there a relationship that…",
# "are some ties…", "is either relationship…" (normalised).
ANY_RELATIONS = prefilter.compile(
    r"^(?:(?:so|and|ok) )?(?:is|are) (?:there )?(?:any|some|either|a|one)(?: of the)?"
    r" (?:relationship|relationships|relation|relations|ties|tie)\b",
    re.IGNORECASE,
)


def agreeing_first(candidates: Sequence[Scored], trend: str) -> list[Scored]:
    """The candidates with those the asked trend holds for first, in their order otherwise:
    "is any relationship getting worse?" is decided by the souring ties with China."""
    return sorted(candidates, key=lambda one: verdict(trend, one.entry.fact) is not True)
