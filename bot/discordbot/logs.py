"""One logging setup for the bot, and a filter that keeps secrets out of every line.

discord.py logs request URLs (which carry interaction tokens) and, at DEBUG, every gateway
event (interaction payloads carry their token too); an exception may quote a header. The
filter rewrites each record before any formatter sees it: the bot token, anything shaped
like a Discord token, `Authorization` values, interaction and webhook tokens in URLs and
`"token": ...` pairs in payloads become `[redacted]`, in the message, its arguments, the
traceback and the stack.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO

__all__ = ["REDACTED", "RedactingFilter", "redact", "setup_logging"]

REDACTED = "[redacted]"

# Discord bot tokens: base64 user id, a timestamp, an HMAC, dot-separated.
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{5,7}\.[A-Za-z0-9_-]{25,}")
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # /interactions/{id}/{token}/callback and /webhooks/{id}/{token}[/...]
    (re.compile(r"(/(?:interactions|webhooks)/\d+/)[^/\s?'\"]+"), rf"\1{REDACTED}"),
    # 'token': '...' or "token": "..." in a dict or JSON payload
    (re.compile(r"""(["']token["']\s*:\s*["'])[^"']*"""), rf"\1{REDACTED}"),
    # Authorization: Bot xyz / 'Authorization': 'Bot xyz'
    (
        re.compile(r"""(Authorization["']?\s*[:=]\s*["']?(?:Bot|Bearer)\s+)[^\s"',}]+""", re.I),
        rf"\1{REDACTED}",
    ),
    (_TOKEN_SHAPE, REDACTED),
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with the given secrets and anything token-shaped replaced by `[redacted]`."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites records in place, so every handler after this one sees them clean too."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message, self.secrets)
        record.args = None
        if record.exc_info:
            text = record.exc_text or self._formatter.formatException(record.exc_info)
            record.exc_text = redact(text, self.secrets)
            # The text is rendered; dropping the live exception keeps formatters from
            # rendering it again from the raw objects.
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.secrets)
        return True


class _Handler(logging.StreamHandler[TextIO]):
    """The handler `setup_logging` installs, told apart from any other on the root."""


def setup_logging(
    level: str = "INFO", *, secrets: Iterable[str] = (), stream: TextIO | None = None
) -> logging.Handler:
    """Log to stderr (or `stream`) at `level`, secrets redacted. Replaces any handler a
    previous call installed, so calling it again reconfigures rather than duplicates.
    Returns the handler (tests remove it when done)."""
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level '{level}' (use DEBUG, INFO, WARNING or ERROR)")
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
    handler = _Handler(stream or sys.stderr)
    handler.addFilter(RedactingFilter(secrets))
    handler.setFormatter(
        logging.Formatter(
            "%(asctime)s %(levelname)-7s %(name)s: %(message)s", datefmt="%Y-%m-%d %H:%M:%S"
        )
    )
    root.addHandler(handler)
    root.setLevel(numeric)
    # discord.py's HTTP layer is chatty at INFO; keep it to warnings unless debugging.
    logging.getLogger("discord.http").setLevel(
        logging.DEBUG if numeric <= logging.DEBUG else logging.WARNING
    )
    return handler
