"""Problems found in the fact base, each pinned to a file, line and column."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["FactBaseError", "Problem", "display_path"]


def display_path(path: Path) -> str:
    """The path as a maintainer would type it: relative to the working directory if inside."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    path: str
    line: int  # 1-based
    col: int  # 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class FactBaseError(Exception):
    """The fact base did not compile; `problems` lists every reason, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the fact base"
        super().__init__(head + "".join(f"\n{p}" for p in self.problems[:20]))
