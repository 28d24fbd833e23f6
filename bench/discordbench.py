"""Placeholder: replaced below."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def available(root: Path) -> str | None:
    return "not written yet"


def measure(root: Path, users: int, channels: int, messages: int) -> dict[str, Any]:
    return {"available": False}
