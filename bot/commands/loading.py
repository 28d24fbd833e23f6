"""Loading the engine for a command: from the build cache or a compile, or explain why the
fact base failed."""

from __future__ import annotations

import gc
import sys

from bot.buildcache import build
from bot.config import Paths
from bot.engine.engine import Engine

__all__ = ["load_engine"]


def load_engine(paths: Paths | None = None) -> Engine | None:
    """The engine over the configured fact base, or None after printing every problem."""
    paths = paths or Paths.from_env()
    built = build(paths.facts, paths.seeds, paths.cache)
    if built.factbase is None or built.index is None or built.problems:
        for problem in built.problems:
            print(problem, file=sys.stderr)
        print(
            "the fact base has problems; run `talksbot facts check` after fixing them",
            file=sys.stderr,
        )
        return None
    engine = Engine(built.factbase, index=built.index)
    # What is loaded now lives as long as the process: keep the cyclic garbage collector
    # from walking it again and again (a full pass over a large fact base takes seconds).
    gc.freeze()
    return engine
