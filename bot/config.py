"""Where things are and how the bot is set up: read from the environment (and `.env`).

Read once, in the entry point; nothing reads the environment at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CACHE_ENV", "Paths", "Settings", "cache_dir_from_env", "load_env_file", "project_root"]


def project_root() -> Path:
    """The checkout this package runs from, if it has `facts/`; else the working directory."""
    here = Path(__file__).resolve().parent.parent
    return here if (here / "facts").is_dir() else Path.cwd()


CACHE_ENV = "TALKSBOT_CACHE_DIR"
_CACHE_OFF = frozenset({"off", "none", "no", "false", "0", "disabled"})


def cache_dir_from_env(env: Mapping[str, str] | None = None) -> Path | None:
    """Where the build cache lives (see `bot.buildcache`): `TALKSBOT_CACHE_DIR`, else
    `$XDG_CACHE_HOME/talksbot`, else `~/.cache/talksbot`; None (no cache) when
    `TALKSBOT_CACHE_DIR=off`."""
    env = os.environ if env is None else env
    raw = env.get(CACHE_ENV, "").strip()
    if raw.lower() in _CACHE_OFF:
        return None
    if raw:
        return Path(raw).expanduser()
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    if xdg:
        return Path(xdg) / "talksbot"
    try:
        return Path.home() / ".cache" / "talksbot"
    except RuntimeError:  # no home directory to speak of
        return None


@dataclass(frozen=True, slots=True)
class Paths:
    facts: Path
    seeds: Path
    # The build cache's folder; None (the default outside `from_env`) compiles every time.
    cache: Path | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Paths:
        env = os.environ if env is None else env
        root = project_root()
        return cls(
            facts=Path(env.get("TALKSBOT_FACTS_DIR") or root / "facts"),
            seeds=Path(env.get("TALKSBOT_SEEDS_DIR") or root / "seeds"),
            cache=cache_dir_from_env(env),
        )


def _split_ids(value: str) -> tuple[int, ...]:
    ids: list[int] = []
    for part in value.replace(";", ",").split(","):
        part = part.strip()
        if part:
            if not part.isdigit():
                raise ValueError(f"'{part}' is not a Discord id (digits only)")
            ids.append(int(part))
    return tuple(ids)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable. The token is kept out of repr so it never reaches a log."""

    paths: Paths
    token: str | None = field(default=None, repr=False)
    ask_channels: tuple[int, ...] = ()
    maintainer_role_ids: tuple[int, ...] = ()
    log_level: str = "INFO"
    api_base: str | None = None
    gateway_url: str | None = None
    context_ttl: float = 300.0
    cooldown_seconds: float = 3.0
    cooldown_burst: int = 3
    gaps_db: Path | None = None
    store_user_ids: bool = False
    notify_channel: int | None = None
    watch: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def number(name: str, default: float) -> float:
            raw = env.get(name, "").strip()
            if not raw:
                return default
            try:
                value = float(raw)
            except ValueError:
                raise ValueError(f"{name} must be a number, not '{raw}'") from None
            if value < 0:
                raise ValueError(f"{name} must not be negative")
            return value

        notify = env.get("TALKSBOT_NOTIFY_CHANNEL", "").strip()
        notify_ids = _split_ids(notify) if notify else ()
        gaps = env.get("TALKSBOT_GAPS_DB", "").strip()
        return cls(
            paths=Paths.from_env(env),
            token=(env.get("DISCORD_TOKEN") or "").strip() or None,
            ask_channels=_split_ids(env.get("TALKSBOT_ASK_CHANNELS", "")),
            maintainer_role_ids=_split_ids(env.get("TALKSBOT_MAINTAINER_ROLES", "")),
            log_level=(env.get("TALKSBOT_LOG_LEVEL") or "INFO").upper(),
            api_base=(env.get("DISCORD_API_BASE") or "").strip() or None,
            gateway_url=(env.get("DISCORD_GATEWAY_URL") or "").strip() or None,
            context_ttl=number("TALKSBOT_CONTEXT_TTL", 300.0),
            cooldown_seconds=number("TALKSBOT_COOLDOWN_SECONDS", 3.0),
            cooldown_burst=int(number("TALKSBOT_COOLDOWN_BURST", 3)),
            gaps_db=Path(gaps) if gaps else project_root() / "talksbot-gaps.sqlite3",
            store_user_ids=env.get("TALKSBOT_STORE_USER_IDS", "").strip().lower()
            in ("1", "true", "yes"),
            notify_channel=notify_ids[0] if notify_ids else None,
            watch=env.get("TALKSBOT_WATCH", "1").strip().lower() not in ("0", "false", "no"),
        )


def load_env_file(env: MutableMapping[str, str] | None = None) -> Path | None:
    """Read a `.env` file into the environment; variables already set win over the file.

    The file is `TALKSBOT_ENV_FILE` if set, else `.env` in the working directory, else the
    one in the checkout. Returns the file read, or None if there was none.
    """
    from dotenv import dotenv_values

    env = os.environ if env is None else env
    explicit = env.get("TALKSBOT_ENV_FILE", "").strip()
    candidates = [Path(explicit)] if explicit else [Path.cwd() / ".env", project_root() / ".env"]
    for path in candidates:
        if path.is_file():
            for key, value in dotenv_values(path).items():
                if value is not None and key not in env:
                    env[key] = value
            return path
    return None
