"""The fact base a running bot serves, swapped atomically on a successful reload.

A broken edit never replaces a working fact base: `reload()` compiles first and swaps only
on success, keeping the problems so maintainers can be told about them.
"""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass

from bot.config import Paths
from bot.engine.engine import Engine
from bot.factbase.compiler import compile_factbase, load_factbase
from bot.factbase.model import FactBase
from bot.factbase.problems import Problem

__all__ = ["LiveFactBase", "ReloadResult"]


@dataclass(frozen=True, slots=True)
class ReloadResult:
    ok: bool
    changed: bool
    problems: tuple[Problem, ...]
    fingerprint: str
    seconds: float


class LiveFactBase:
    """Holds the current Engine. Reading `engine` is a single attribute load, so callers on
    any thread always see either the old or the new engine, never a mix."""

    def __init__(self, paths: Paths, engine: Engine | None = None) -> None:
        self.paths = paths
        self._engine = engine or Engine(load_factbase(paths.facts, paths.seeds))
        self._lock = threading.Lock()
        self.last_problems: tuple[Problem, ...] = ()
        self.last_result: ReloadResult | None = None

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def factbase(self) -> FactBase:
        return self._engine.factbase

    def reload(self) -> ReloadResult:
        """Compile the files now on disk; swap only if they compile. Safe from any thread."""
        with self._lock:
            started = time.perf_counter()
            result = compile_factbase(self.paths.facts, self.paths.seeds)
            if result.factbase is None or result.problems:
                outcome = ReloadResult(
                    False,
                    False,
                    tuple(result.problems),
                    self._engine.factbase.fingerprint,
                    time.perf_counter() - started,
                )
                self.last_problems = outcome.problems
            else:
                changed = result.factbase.fingerprint != self._engine.factbase.fingerprint
                if changed:
                    self._engine = Engine(result.factbase)
                    # The new engine lives until the next reload; the collector need not walk
                    # it (the old one has no cycles and is freed by reference counting).
                    gc.freeze()
                outcome = ReloadResult(
                    True, changed, (), result.factbase.fingerprint, time.perf_counter() - started
                )
                self.last_problems = ()
            self.last_result = outcome
            return outcome
