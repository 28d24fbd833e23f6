"""The SQLite gaps-and-feedback store: durable, private by default, never in the way."""

from __future__ import annotations

import asyncio
import logging
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bot.engine.answer import AbstainReason, Answer
from bot.feedback import FeedbackSink, Vote, Where
from bot.maintain import store as store_module
from bot.maintain.sink import SqliteFeedbackSink
from bot.maintain.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    FeedbackStore,
    GapKind,
    GapRecord,
    SchemaError,
    VoteRecord,
    connect,
    migrate,
    open_for_reading,
    read_gaps,
    read_votes,
)

GUILD = Where("guild", 111, 222)


def _gap(question: str = "who met sing", where: Where = GUILD) -> GapRecord:
    return GapRecord(question, GapKind.ABSTAINED, where, reason="not_in_article")


def _read(path: Path) -> tuple[list[store_module.StoredGap], list[store_module.StoredVote]]:
    conn = open_for_reading(path)
    assert conn is not None
    try:
        return read_gaps(conn), read_votes(conn)
    finally:
        conn.close()


async def test_gaps_and_votes_round_trip(tmp_path: Path) -> None:
    """What is recorded reads back as it was given: question, kind, place, answer, facts."""
    path = tmp_path / "sub" / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        assert await store.write(
            GapRecord(
                "who met sing",
                GapKind.LOW_CONFIDENCE,
                GUILD,
                reason=None,
                confidence=0.3,
                answer="Mark T. Esper",
                fact_ids=("meeting",),
                suggestions=("Who met Singh?",),
                factbase="abc123",
            )
        )
        assert await store.write(
            VoteRecord(
                "where did they meet?",
                "In New Delhi",
                Vote.DOWN,
                GUILD,
                fact_ids=("meeting",),
                factbase="abc123",
            )
        )
    gaps, votes = _read(path)
    assert [
        (g.question, g.kind, g.confidence, g.answer, g.fact_ids, g.suggestions, g.where, g.factbase)
        for g in gaps
    ] == [
        (
            "who met sing",
            GapKind.LOW_CONFIDENCE,
            0.3,
            "Mark T. Esper",
            ("meeting",),
            ("Who met Singh?",),
            GUILD,
            "abc123",
        )
    ]
    assert [(v.question, v.answer, v.vote, v.fact_ids, v.factbase) for v in votes] == [
        ("where did they meet?", "In New Delhi", Vote.DOWN, ("meeting",), "abc123")
    ]


async def test_user_ids_are_dropped_unless_configured(tmp_path: Path) -> None:
    """Without store_user_ids neither the user id nor a DM's channel id (which names a user
    just as well) reaches the disk; with it, both are kept."""
    for allowed in (False, True):
        path = tmp_path / f"allowed-{allowed}.sqlite3"
        with FeedbackStore(path, store_user_ids=allowed) as store:
            await store.write(_gap(where=Where("dm", None, 999, 42)))
            await store.write(VoteRecord("q", "a", Vote.UP, Where("guild", 111, 222, 42)))
        gaps, votes = _read(path)
        assert gaps[0].where == (Where("dm", None, 999, 42) if allowed else Where("dm"))
        assert votes[0].where == (Where("guild", 111, 222, 42) if allowed else GUILD)


def test_the_database_uses_wal_and_the_current_schema(tmp_path: Path) -> None:
    """A new database is in WAL mode at the latest schema version."""
    path = tmp_path / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        assert store.submit(_gap()).result(timeout=10) == 1
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_migrations_upgrade_an_existing_database_and_keep_its_rows(tmp_path: Path) -> None:
    """A later migration applies to a database already in use, and its rows survive."""
    path = tmp_path / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        store.submit(_gap()).result(timeout=10)
    later = (*MIGRATIONS, ("ALTER TABLE gaps ADD COLUMN language TEXT",))
    conn = connect(path)
    try:
        assert migrate(conn, later) == SCHEMA_VERSION + 1
        assert conn.execute("SELECT question, language FROM gaps").fetchall() == [
            ("who met sing", None)
        ]
    finally:
        conn.close()


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    """A migration that fails part-way is rolled back whole: same version, same tables."""
    path = tmp_path / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        store.submit(_gap()).result(timeout=10)
    broken = (*MIGRATIONS, ("CREATE TABLE extra (x)", "THIS IS NOT SQL"))
    conn = connect(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn, broken)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables
    finally:
        conn.close()


def test_a_database_from_a_newer_talksbot_is_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A schema newer than this code knows is not touched: reports fail clearly, the bot
    logs a warning and goes on without recording."""
    path = tmp_path / "gaps.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(SchemaError, match="upgrade talksbot"):
        open_for_reading(path)
    with caplog.at_level(logging.WARNING), FeedbackStore(path) as store:
        assert store.submit(_gap()).result(timeout=10) is None
    assert "cannot open" in caplog.text
    assert not store.healthy


def test_an_unwritable_location_degrades_to_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """When the database cannot be created the records are dropped with one warning, and
    nothing is raised to the caller."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with caplog.at_level(logging.WARNING), FeedbackStore(blocker / "gaps.sqlite3") as store:
        results = [store.submit(_gap(f"q{i}")).result(timeout=10) for i in range(5)]
    assert results == [None] * 5
    assert store.dropped == 5
    assert caplog.text.count("cannot open") == 1


def _patched_connect(monkeypatch: pytest.MonkeyPatch, *pragmas: str) -> None:
    real = store_module.connect

    def limited(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
        conn = real(path, read_only=read_only)
        for pragma in pragmas:
            conn.execute(pragma)
        return conn

    monkeypatch.setattr(store_module, "connect", limited)


def test_a_full_disk_degrades_to_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """When the disk fills up, writes that fit are kept, the rest are dropped with a logged
    warning, and the store keeps running."""
    path = tmp_path / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        store.submit(_gap()).result(timeout=10)
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own limit on the file's size behaves exactly like a full disk (SQLITE_FULL).
    _patched_connect(monkeypatch, f"PRAGMA max_page_count = {pages + 2}")
    with caplog.at_level(logging.WARNING), FeedbackStore(path) as store:
        results = [store.submit(_gap("x" * 1500 + str(i))).result(timeout=10) for i in range(20)]
    assert results[0] is not None
    assert None in results
    assert "disk is full" in caplog.text
    assert not store.healthy
    gaps, _ = _read(path)
    assert len(gaps) == 1 + sum(r is not None for r in results)


def test_a_read_only_database_degrades_to_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A database that cannot be written (here: SQLite's query-only mode, as root ignores
    file modes) costs the records and a warning, not a crash."""
    path = tmp_path / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        store.submit(_gap()).result(timeout=10)
    _patched_connect(monkeypatch, "PRAGMA query_only = ON")
    with caplog.at_level(logging.WARNING), FeedbackStore(path) as store:
        assert store.submit(_gap("second")).result(timeout=10) is None
    assert "readonly" in caplog.text
    assert [g.question for g in _read(path)[0]] == ["who met sing"]


def test_a_store_that_is_not_running_drops_records_quietly(tmp_path: Path) -> None:
    """Recording before start() or after close() returns a settled None instead of raising."""
    store = FeedbackStore(tmp_path / "gaps.sqlite3")
    assert store.submit(_gap()).result(timeout=1) is None
    store.start()
    store.close()
    store.close()
    assert store.submit(_gap()).result(timeout=1) is None


def test_close_commits_everything_queued(tmp_path: Path) -> None:
    """Records submitted just before close() are on disk after it."""
    path = tmp_path / "gaps.sqlite3"
    store = FeedbackStore(path).start()
    futures = [store.submit(_gap(f"question {i}")) for i in range(500)]
    store.close()
    assert all(f.result(timeout=0) is not None for f in futures)
    assert len(_read(path)[0]) == 500


async def test_a_slow_disk_delays_the_commit_but_never_the_event_loop(tmp_path: Path) -> None:
    """While another process holds the database locked, recording waits on the writer
    thread and the event loop keeps running."""
    path = tmp_path / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        await store.write(_gap())
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        pending = asyncio.ensure_future(store.write(_gap("blocked")))
        ticks = 0
        started = time.perf_counter()
        while time.perf_counter() - started < 0.3:
            await asyncio.sleep(0.01)
            ticks += 1
        assert not pending.done()
        assert ticks >= 10  # the loop ran about 30 times; 10 leaves room for a slow machine
        blocker.execute("COMMIT")
        blocker.close()
        assert await asyncio.wait_for(pending, 10)


_WRITER = textwrap.dedent("""
    import asyncio, sys
    from pathlib import Path
    from bot.feedback import Vote, Where
    from bot.maintain.store import FeedbackStore, GapRecord, GapKind, VoteRecord

    async def main() -> None:
        store = FeedbackStore(Path(sys.argv[1])).start()
        where = Where("guild", 1, 2)
        number = 0
        while True:
            gap, vote = await asyncio.gather(
                store.write(GapRecord(f"question {number}", GapKind.ABSTAINED, where)),
                store.write(VoteRecord(f"question {number}", "answer",
                                       Vote.UP if number % 2 == 0 else Vote.DOWN, where)))
            # Acknowledged only once both are committed, as a caller would see it.
            if gap and vote:
                print(number, flush=True)
            number += 1

    asyncio.run(main())
""")


def test_committed_gaps_and_votes_survive_sigkill_and_the_store_reopens(tmp_path: Path) -> None:
    """A writer killed with SIGKILL mid-stream loses nothing it had committed, leaves a sound
    database, and a new store carries on writing to it."""
    path = tmp_path / "gaps.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    acknowledged: list[int] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            acknowledged.append(int(line))
            if len(acknowledged) == 100:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert len(acknowledged) == 100

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    gaps, votes = _read(path)
    stored_gaps = {g.question for g in gaps}
    stored_votes = {v.question for v in votes}
    for number in acknowledged:
        assert f"question {number}" in stored_gaps
        assert f"question {number}" in stored_votes
    assert all((v.vote is Vote.UP) == (int(v.question.split()[1]) % 2 == 0) for v in votes)

    with FeedbackStore(path) as store:
        assert store.submit(_gap("after the restart")).result(timeout=10) is not None
    assert "after the restart" in {g.question for g in _read(path)[0]}


def _answer(confidence: float, reason: AbstainReason | None = None) -> Answer:
    return Answer(
        "In New Delhi" if reason is None else "The article does not say.",
        (),
        ("meeting",) if reason is None else (),
        confidence,
        reason is not None,
        reason,
        suggestions=("Who met Singh?",) if reason else (),
    )


def test_the_sqlite_sink_keeps_the_gaps_and_votes_front_ends_report(tmp_path: Path) -> None:
    """As the front ends' FeedbackSink it keeps abstentions, unsure answers, "none of these"
    clicks and votes, stamped with the fact base version, and skips confident answers and
    small talk."""
    path = tmp_path / "gaps.sqlite3"
    with FeedbackStore(path) as store:
        sink = SqliteFeedbackSink(store, version=lambda: "v1", low_confidence=0.6)
        assert isinstance(sink, FeedbackSink)
        sink.record_answer("where did they meet", _answer(0.9), GUILD)
        sink.record_answer("hello", _answer(0.0, AbstainReason.CHIT_CHAT), GUILD)
        sink.record_answer("who is modi", _answer(0.0, AbstainReason.NOT_IN_ARTICLE), GUILD)
        sink.record_answer("where was it", _answer(0.4), GUILD)
        sink.record_gap("who met sing", Where("dm", None, 5, 7))
        sink.record_vote("where was it", "In New Delhi", ["meeting"], Vote.DOWN, GUILD)
    gaps, votes = _read(path)
    assert [(g.question, g.kind, g.reason, g.factbase) for g in gaps] == [
        ("who is modi", GapKind.ABSTAINED, "not_in_article", "v1"),
        ("where was it", GapKind.LOW_CONFIDENCE, None, "v1"),
        ("who met sing", GapKind.NONE_OF_THESE, None, "v1"),
    ]
    assert gaps[0].suggestions == ("Who met Singh?",)
    assert gaps[2].where == Where("dm")
    assert [(v.question, v.vote, v.fact_ids) for v in votes] == [
        ("where was it", Vote.DOWN, ("meeting",))
    ]


def test_an_unexpected_error_while_writing_does_not_stop_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug in writing one batch settles its records as not stored, is logged, and the
    next records are written as usual."""
    path = tmp_path / "gaps.sqlite3"
    real = store_module._insert
    calls = 0

    def flaky(conn: sqlite3.Connection, record: GapRecord | VoteRecord) -> int:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("a bug")
        return real(conn, record)

    monkeypatch.setattr(store_module, "_insert", flaky)
    with caplog.at_level(logging.ERROR), FeedbackStore(path) as store:
        assert store.submit(_gap("first")).result(timeout=10) is None
        assert store.submit(_gap("second")).result(timeout=10) is not None
    assert "a bug" in caplog.text
    assert [g.question for g in _read(path)[0]] == ["second"]
