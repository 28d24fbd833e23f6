"""Gaps and feedback in SQLite: the questions the bot could not answer, "none of these"
clicks, and 👍/👎 votes on the answers it gave.

Writes go through one writer thread, so the Discord event loop never waits on the disk: a
front end calls `submit()` (returns at once) or awaits `write()` (which waits for the
commit on the writer thread, not on the loop). Each batch is one transaction in
a WAL database with `synchronous=FULL`, so whatever was committed survives the process being
killed at any moment. A full or read-only disk, or a path that cannot be created, costs the
records of that moment and a logged warning, never an exception in the caller.

User ids (and DM channel ids, which identify a user just as well) are stored only when the
configuration asks for it; the store drops them otherwise, whatever the caller passes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from bot.feedback import Vote, Where

if TYPE_CHECKING:
    from bot.engine.answer import Answer

__all__ = [
    "LOW_CONFIDENCE",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "FeedbackStore",
    "GapKind",
    "GapRecord",
    "SchemaError",
    "StoredGap",
    "StoredVote",
    "VoteRecord",
    "connect",
    "gap_from_answer",
    "migrate",
    "open_for_reading",
    "read_gaps",
    "read_votes",
]

log = logging.getLogger(__name__)

# An answer below this confidence is worth a maintainer's look even though the bot answered.
LOW_CONFIDENCE = 0.5
# Longer texts are cut: one pasted essay should not grow the database by megabytes.
MAX_TEXT = 2000
# Records waiting for the writer; past this a burst is dropped (with a warning) rather than
# letting memory grow while the disk is stuck.
MAX_PENDING = 10_000
# How many queued records one transaction takes at most.
BATCH = 256
# After a failure to open or write, how long before the next warning (and, for a database
# that could not be opened, the next attempt): a broken disk must not flood the log.
RETRY_SECONDS = 30.0


class GapKind(StrEnum):
    ABSTAINED = "abstained"
    LOW_CONFIDENCE = "low_confidence"
    NONE_OF_THESE = "none_of_these"


@dataclass(frozen=True, slots=True)
class GapRecord:
    """A question the bot did not answer well: it abstained, was unsure, or the asker said
    none of the suggestions fitted."""

    question: str
    kind: GapKind
    where: Where  # its user id is kept only when configured
    reason: str | None = None  # the engine's abstain reason, e.g. "not_in_article"
    confidence: float | None = None
    answer: str | None = None  # what the bot replied
    fact_ids: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()  # what it offered instead
    factbase: str | None = None  # fingerprint of the fact base that answered
    at: datetime | None = None  # None: now


@dataclass(frozen=True, slots=True)
class VoteRecord:
    """A 👍 or 👎 on an answer, with the answer as it was given."""

    question: str
    answer: str
    vote: Vote
    where: Where
    fact_ids: tuple[str, ...] = ()
    factbase: str | None = None
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoredGap:
    id: int
    at: datetime
    kind: GapKind
    question: str
    reason: str | None
    confidence: float | None
    answer: str | None
    fact_ids: tuple[str, ...]
    suggestions: tuple[str, ...]
    where: Where
    factbase: str | None


@dataclass(frozen=True, slots=True)
class StoredVote:
    id: int
    at: datetime
    vote: Vote
    question: str
    answer: str
    fact_ids: tuple[str, ...]
    where: Where
    factbase: str | None


def gap_from_answer(
    question: str,
    answer: Answer,
    where: Where,
    *,
    low_confidence: float = LOW_CONFIDENCE,
    factbase: str | None = None,
) -> GapRecord | None:
    """The gap an answer reveals, or None when it was a confident answer or small talk."""
    reason = answer.reason.value if answer.reason is not None else None
    if answer.abstained:
        # Greetings and empty messages are not holes in the fact base.
        if reason in ("chit_chat", "empty"):
            return None
        kind = GapKind.ABSTAINED
    elif answer.confidence < low_confidence:
        kind = GapKind.LOW_CONFIDENCE
    else:
        return None
    return GapRecord(
        question,
        kind,
        where,
        reason=reason,
        confidence=answer.confidence,
        answer=answer.text,
        fact_ids=answer.fact_ids,
        suggestions=answer.suggestions,
        factbase=factbase,
    )


# --- Schema ----------------------------------------------------------------------------

# MIGRATIONS[n] takes a database from schema version n to n + 1 (SQLite's user_version).
# Append, never edit: a database in the field may be at any earlier version.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE gaps (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,      -- UTC, ISO 8601: sorts as it reads
            kind        TEXT NOT NULL CHECK (kind IN ('abstained', 'low_confidence',
                                                      'none_of_these')),
            question    TEXT NOT NULL,
            reason      TEXT,
            confidence  REAL,
            answer      TEXT,
            fact_ids    TEXT NOT NULL DEFAULT '[]',   -- JSON list
            suggestions TEXT NOT NULL DEFAULT '[]',   -- JSON list
            place       TEXT NOT NULL CHECK (place IN ('guild', 'dm', 'console')),
            guild_id    INTEGER,
            channel_id  INTEGER,
            user_id     INTEGER,            -- only when TALKSBOT_STORE_USER_IDS is set
            factbase    TEXT
        )""",
        "CREATE INDEX gaps_at ON gaps (at)",
        """CREATE TABLE votes (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
            question    TEXT NOT NULL,
            answer      TEXT NOT NULL,
            fact_ids    TEXT NOT NULL DEFAULT '[]',
            place       TEXT NOT NULL CHECK (place IN ('guild', 'dm', 'console')),
            guild_id    INTEGER,
            channel_id  INTEGER,
            user_id     INTEGER,
            factbase    TEXT
        )""",
        "CREATE INDEX votes_at ON votes (at)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(Exception):
    """The database was written by a newer talksbot, or is not a talksbot database."""


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with WAL and full sync."""
    if read_only:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=5.0,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn
    conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("gaps database %s: journal mode is %s, not WAL", path, mode)
        # FULL: a commit is on disk before the writer reports it, power loss included.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(conn: sqlite3.Connection, migrations: Sequence[tuple[str, ...]] = MIGRATIONS) -> int:
    """Bring the schema up to date, one version per transaction; return the version."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(migrations):
        raise SchemaError(
            f"the gaps database has schema version {version}; this talksbot "
            f"knows up to {len(migrations)} (upgrade talksbot)"
        )
    for target in range(version + 1, len(migrations) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migrations[target - 1]:
                conn.execute(statement)
            # user_version lives in the database header and changes with the transaction.
            conn.execute(f"PRAGMA user_version = {int(target)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("gaps database migrated to schema version %d", target)
    return len(migrations)


# --- Writing ---------------------------------------------------------------------------


class _Stop:
    """Tells the writer thread to finish what is queued and end."""


_Item = tuple[GapRecord | VoteRecord, "Future[int | None]"]


class FeedbackStore:
    """The SQLite store for gaps and votes, written by one background thread.

    `start()` before use and `close()` at shutdown (it commits what is queued). Every
    recording method is safe from any thread and from the event loop, and never raises.
    """

    def __init__(
        self, path: Path, *, store_user_ids: bool = False, max_pending: int = MAX_PENDING
    ) -> None:
        self.path = path
        self.store_user_ids = store_user_ids
        self._queue: queue.Queue[_Item | _Stop] = queue.Queue(maxsize=max_pending)
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._closed = False
        self._next_open = 0.0  # monotonic time of the next attempt to open after a failure
        self._next_warning: dict[str, float] = {}
        self._healthy = False
        self.written = 0
        self.dropped = 0

    # Recording ------------------------------------------------------------

    async def write(self, record: GapRecord | VoteRecord) -> bool:
        """Store a record; True once it is committed. Waits without blocking the event loop."""
        return await asyncio.wrap_future(self.submit(record)) is not None

    def submit(self, record: GapRecord | VoteRecord) -> Future[int | None]:
        """Queue a record for the writer and return at once. The future gives its row id
        when committed, or None when it could not be stored (already logged)."""
        future: Future[int | None] = Future()
        if self._closed or self._thread is None:
            self._drop(future, "the gaps store is not running")
            return future
        try:
            self._queue.put_nowait((self._scrub(record), future))
        except queue.Full:
            self._drop(future, f"{self._queue.maxsize} records are waiting for the disk")
        return future

    # Lifecycle --------------------------------------------------------------------------

    def start(self) -> FeedbackStore:
        """Start the writer thread; the database is opened (and migrated) on it."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="talksbot-gaps-writer", daemon=True
            )
            self._thread.start()
        return self

    def close(self, timeout: float = 10.0) -> None:
        """Commit everything queued, then stop the writer. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._thread is not None:
            # put() may wait while a full queue drains: shutdown is not on the hot path.
            self._queue.put(_Stop())
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("gaps store: the writer did not finish within %.0f s", timeout)

    async def aclose(self) -> None:
        """`close()` for async callers: the join happens on a worker thread."""
        await asyncio.to_thread(self.close)

    def __enter__(self) -> FeedbackStore:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def healthy(self) -> bool:
        """Whether the last attempt to open or write succeeded."""
        return self._healthy

    # The writer thread ------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if isinstance(item, _Stop):
                break
            batch = [item]
            stop = False
            while len(batch) < BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if isinstance(more, _Stop):
                    stop = True
                    break
                batch.append(more)
            try:
                self._write(batch)
            except Exception:
                # A bug must not kill the writer: callers awaiting these would wait forever.
                log.exception("gaps store: writing %d record(s) failed", len(batch))
                for _, future in batch:
                    if not future.done():
                        self._drop(future, None)
            if stop:
                break
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def _write(self, batch: list[_Item]) -> None:
        conn = self._connection()
        if conn is None:
            for _, future in batch:
                self._drop(future, None)
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            ids = [_insert(conn, record) for record, _ in batch]
            conn.execute("COMMIT")
        except Exception as error:
            # Whatever failed, the transaction must not stay open for the next batch.
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if not isinstance(error, sqlite3.Error):
                raise
            self._warn(
                "write",
                f"gaps store: could not write {len(batch)} record(s) to {self.path}: {error}",
            )
            for _, future in batch:
                self._drop(future, None)
            self._healthy = False
            return
        self._healthy = True
        if self._next_warning.pop("write", None) is not None:
            log.info("gaps store: writing to %s again", self.path)
        self.written += len(batch)
        for row_id, (_, future) in zip(ids, batch, strict=True):
            future.set_result(row_id)

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is not None:
            return self._conn
        if time.monotonic() < self._next_open:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(self.path)
            try:
                migrate(conn)
            except BaseException:
                conn.close()
                raise
        except (OSError, sqlite3.Error, SchemaError) as error:
            self._next_open = time.monotonic() + RETRY_SECONDS
            self._healthy = False
            self._warn(
                "open",
                f"gaps store: cannot open {self.path}: {error}; gaps and votes "
                f"are not being recorded (next try in {RETRY_SECONDS:.0f} s)",
            )
            return None
        self._next_warning.pop("open", None)
        self._conn = conn
        return conn

    # Helpers ----------------------------------------------------------------------------

    def _scrub(self, record: GapRecord | VoteRecord) -> GapRecord | VoteRecord:
        """Fill in the time, cut long texts, drop what identifies a user unless allowed."""
        at = record.at or datetime.now(UTC)
        where = record.where
        if not self.store_user_ids:
            # A DM channel belongs to one user: its id identifies them as well.
            where = replace(
                where, user_id=None, channel_id=None if where.place == "dm" else where.channel_id
            )
        if isinstance(record, GapRecord):
            return replace(
                record,
                at=at,
                where=where,
                question=record.question[:MAX_TEXT],
                answer=record.answer[:MAX_TEXT] if record.answer else record.answer,
            )
        return replace(
            record,
            at=at,
            where=where,
            question=record.question[:MAX_TEXT],
            answer=record.answer[:MAX_TEXT],
        )

    def _drop(self, future: Future[int | None], why: str | None) -> None:
        self.dropped += 1
        if why is not None:
            self._warn("drop", f"gaps store: a record was dropped: {why}")
        future.set_result(None)

    def _warn(self, key: str, message: str) -> None:
        now = time.monotonic()
        if now >= self._next_warning.get(key, 0.0):
            log.warning("%s", message)
            self._next_warning[key] = now + RETRY_SECONDS
        else:
            log.debug("%s", message)


def _insert(conn: sqlite3.Connection, record: GapRecord | VoteRecord) -> int:
    at = _format_time(record.at or datetime.now(UTC))
    where = record.where
    if isinstance(record, GapRecord):
        cursor = conn.execute(
            "INSERT INTO gaps (at, kind, question, reason, confidence, answer, fact_ids, "
            "suggestions, place, guild_id, channel_id, user_id, factbase) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                at,
                record.kind.value,
                record.question,
                record.reason,
                record.confidence,
                record.answer,
                json.dumps(list(record.fact_ids)),
                json.dumps(list(record.suggestions), ensure_ascii=False),
                where.place,
                where.guild_id,
                where.channel_id,
                where.user_id,
                record.factbase,
            ),
        )
    else:
        cursor = conn.execute(
            "INSERT INTO votes (at, vote, question, answer, fact_ids, place, guild_id, "
            "channel_id, user_id, factbase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                at,
                1 if record.vote is Vote.UP else -1,
                record.question,
                record.answer,
                json.dumps(list(record.fact_ids)),
                where.place,
                where.guild_id,
                where.channel_id,
                where.user_id,
                record.factbase,
            ),
        )
    return int(cursor.lastrowid or 0)


def _format_time(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


# --- Reading ---------------------------------------------------------------------------


def open_for_reading(path: Path) -> sqlite3.Connection | None:
    """A connection for reports, or None when nothing was recorded yet (no file).

    Opens read-write so an older schema is migrated; falls back to read-only when the file
    cannot be written, which works as long as its schema is current.
    """
    if not path.exists():
        return None
    try:
        conn = connect(path)
        try:
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn
    except sqlite3.OperationalError:
        conn = connect(path, read_only=True)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version != SCHEMA_VERSION:
            conn.close()
            raise SchemaError(
                f"{path} has schema version {version} and is read-only; "
                f"this talksbot needs version {SCHEMA_VERSION}"
            ) from None
        return conn


def _where(place: str, guild_id: int | None, channel_id: int | None, user_id: int | None) -> Where:
    if place == "guild":
        return Where("guild", guild_id, channel_id, user_id)
    if place == "dm":
        return Where("dm", None, channel_id, user_id)
    return Where("console", user_id=user_id)


def _ids(text: str | None) -> tuple[str, ...]:
    value = json.loads(text or "[]")
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def read_gaps(conn: sqlite3.Connection, since: datetime | None = None) -> list[StoredGap]:
    """Every gap recorded since a moment (or ever), oldest first."""
    rows = conn.execute(
        "SELECT id, at, kind, question, reason, confidence, answer, fact_ids, suggestions, "
        "place, guild_id, channel_id, factbase, user_id FROM gaps WHERE at >= ? ORDER BY at, id",
        (_format_time(since) if since else "",),
    ).fetchall()
    return [
        StoredGap(
            row[0],
            _parse_time(row[1]),
            GapKind(row[2]),
            row[3],
            row[4],
            row[5],
            row[6],
            _ids(row[7]),
            _ids(row[8]),
            _where(row[9], row[10], row[11], row[13]),
            row[12],
        )
        for row in rows
    ]


def read_votes(conn: sqlite3.Connection, since: datetime | None = None) -> list[StoredVote]:
    """Every vote recorded since a moment (or ever), oldest first."""
    rows = conn.execute(
        "SELECT id, at, vote, question, answer, fact_ids, place, guild_id, channel_id, "
        "factbase, user_id FROM votes WHERE at >= ? ORDER BY at, id",
        (_format_time(since) if since else "",),
    ).fetchall()
    return [
        StoredVote(
            row[0],
            _parse_time(row[1]),
            Vote.UP if row[2] > 0 else Vote.DOWN,
            row[3],
            row[4],
            _ids(row[5]),
            _where(row[6], row[7], row[8], row[10]),
            row[9],
        )
        for row in rows
    ]
