"""The fact base a running bot serves, swapped atomically on a successful reload.

A broken edit never replaces a working fact base: `reload()` compiles first and swaps only
on success, keeping the problems so maintainers can be told about them. Files that hash to
what the current engine was built from are not compiled again, and a build the cache holds
(`bot.buildcache`) is loaded instead of compiled.
"""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass

from bot.buildcache import build, build_key
from bot.config import Paths
from bot.engine.engine import Engine
from bot.factbase.model import FactBase
from bot.factbase.problems import FactBaseError, Problem

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
        # The build key of what `_engine` was built from (None: not known, always compile).
        self._key: str | None = None
        if engine is None:
            built = build(paths.facts, paths.seeds, paths.cache)
            if built.factbase is None or built.index is None or built.problems:
                raise FactBaseError(list(built.problems))
            engine = Engine(built.factbase, index=built.index)
            self._key = built.key
        self._engine = engine
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
            current = self._engine.factbase.fingerprint
            key = build_key(self.paths.facts, self.paths.seeds)
            if key is not None and key == self._key:
                # The very files (and code) the engine was built from: nothing to compile.
                outcome = ReloadResult(True, False, (), current, time.perf_counter() - started)
                self.last_problems = ()
                self.last_result = outcome
                return outcome
            result = build(self.paths.facts, self.paths.seeds, self.paths.cache, key=key)
            if result.factbase is None or result.index is None or result.problems:
                outcome = ReloadResult(
                    False,
                    False,
                    tuple(result.problems),
                    current,
                    time.perf_counter() - started,
                )
                self.last_problems = outcome.problems
            else:
                changed = result.factbase.fingerprint != current
                self._key = result.key if changed else self._key or result.key
                if changed:
                    self._engine = Engine(result.factbase, index=result.index)
                    # The new engine lives until the next reload; the collector need not walk
                    # it (the old one has no cycles and is freed by reference counting).
                    gc.freeze()
                outcome = ReloadResult(
                    True, changed, (), result.factbase.fingerprint, time.perf_counter() - started
                )
                self.last_problems = ()
            self.last_result = outcome
            return outcome
