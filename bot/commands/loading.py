"""Loading the engine for a command: compile the fact base or explain why it failed."""

from __future__ import annotations

import gc
import sys

from bot.config import Paths
from bot.engine.engine import Engine
from bot.factbase.compiler import compile_factbase

__all__ = ["load_engine"]


def load_engine(paths: Paths | None = None) -> Engine | None:
    """The engine over the configured fact base, or None after printing every problem."""
    paths = paths or Paths.from_env()
    result = compile_factbase(paths.facts, paths.seeds)
    if result.factbase is None or result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(
            "the fact base has problems; run `talksbot facts check` after fixing them",
            file=sys.stderr,
        )
        return None
    engine = Engine(result.factbase)
    # What is loaded now lives as long as the process: keep the cyclic garbage collector
    # from walking it again and again (a full pass over a large fact base takes seconds).
    gc.freeze()
    return engine
