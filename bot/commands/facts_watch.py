"""`talksbot facts check --watch`: check the fact base now and again on every save.

For editing sessions: leave it running in a terminal beside the editor, and each save of
a fact file or seed prints either the `ok:` line or every `file:line:col` problem.
"""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from pathlib import Path

from watchfiles import watch as watch_files

from bot.commands.facts import check
from bot.config import Paths
from bot.factbase.compiler import compile_factbase
from bot.factbase.problems import display_path
from bot.maintain.watcher import STEP_MS, is_source_file

__all__ = ["watch"]

# How often the watch loop wakes with no changes: the first wake-up tells the user the
# watch is set up, later ones cost a few microseconds.
IDLE_MS = 300


def _stamp() -> str:
    return datetime.now().strftime("%H:%M:%S")


def watch(
    paths: Paths,
    *,
    stop_event: threading.Event | None = None,
    debounce_ms: int = 400,
    step_ms: int = STEP_MS,
) -> int:
    """Check, then check again after each change until Ctrl-C (or `stop_event`).

    Returns 0 if the fact base compiles when the watch ends, else 1, so a script that stops
    the watch knows the state it left the fact base in.
    """
    print(f"[{_stamp()}] checking", flush=True)
    status = check(paths)
    folders = [paths.facts, paths.seeds]
    changes_seen = watch_files(
        *folders,
        watch_filter=is_source_file,
        debounce=debounce_ms,
        step=step_ms,
        stop_event=stop_event,
        recursive=False,
        rust_timeout=IDLE_MS,
        yield_on_timeout=True,
    )
    announced = False
    try:
        for changes in changes_seen:
            if not announced:
                # Printed only now: the first yield means the folders are really watched.
                shown = " and ".join(display_path(f) for f in folders)
                print(f"watching {shown} for changes (Ctrl-C to stop)", flush=True)
                announced = True
            if not changes:
                continue
            changed = ", ".join(sorted({display_path(Path(p)) for _, p in changes}))
            print(f"\n[{_stamp()}] {changed} changed", flush=True)
            status = check(paths)
            # Problems go to stderr and the verdict to stdout: flush both to keep the order.
            sys.stderr.flush()
            sys.stdout.flush()
    except KeyboardInterrupt:
        # Ctrl-C is how a watch ends; it may land mid-check, so the exit status comes from
        # a silent check of the files as they are now.
        print(file=sys.stderr)
        return 0 if compile_factbase(paths.facts, paths.seeds).ok else 1
    return status
