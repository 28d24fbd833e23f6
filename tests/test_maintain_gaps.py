"""The gaps report: near-duplicate questions grouped, 👎 answers ranked, `talksbot gaps`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.feedback import Vote, Where
from bot.maintain.gaps import build_report, group_questions, parse_since, render_table
from bot.maintain.store import (
    FeedbackStore,
    GapKind,
    GapRecord,
    StoredGap,
    StoredVote,
    VoteRecord,
)

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
GUILD = Where("guild", 1, 2)


def _stored_gap(
    number: int, question: str, kind: GapKind = GapKind.ABSTAINED, at: datetime = NOW
) -> StoredGap:
    return StoredGap(number, at, kind, question, "not_in_article", None, None, (), (), GUILD, None)


def _stored_vote(
    number: int, answer: str, up: bool, facts: tuple[str, ...] = (), question: str = "q"
) -> StoredVote:
    return StoredVote(
        number, NOW, Vote.UP if up else Vote.DOWN, question, answer, facts, GUILD, None
    )


def _grouped(questions: list[str]) -> list[list[str]]:
    return [[questions[i] for i in group] for group in group_questions(questions)]


def test_who_met_sing_and_who_met_singh_are_one_question() -> None:
    """A typo and a question mark apart, they are grouped under one row."""
    assert _grouped(["who met sing", "who met singh?"]) == [["who met sing", "who met singh?"]]


def test_different_questions_stay_apart() -> None:
    """A different name, or a different question word with the same rest, is a different
    question even when most characters agree."""
    questions = [
        "who met singh",
        "who met esper",
        "when did esper meet singh",
        "where did esper meet singh",
    ]
    assert sorted(map(sorted, _grouped(questions))) == sorted([[q] for q in questions])


def test_grouping_does_not_chain_away_from_the_leader() -> None:
    """Each question is compared with a group's first question, so small steps cannot
    drift a group into something else."""
    chain = ["what is beca", "what is the beca", "what is the becaaa", "what is the quad"]
    groups = _grouped(chain)
    assert ["what is the quad"] in groups


def test_the_report_counts_the_most_asked_first_and_shows_the_usual_spelling() -> None:
    """Groups are ranked by how often they were asked; each is named by its most used
    phrasing, with the other phrasings listed as variants."""
    gaps = [
        _stored_gap(1, "what is beca"),
        _stored_gap(2, "who met sing"),
        _stored_gap(3, "Who met Singh?", GapKind.NONE_OF_THESE),
        _stored_gap(4, "who met singh?", at=NOW + timedelta(hours=1)),
    ]
    report = build_report(gaps, [])
    first = report.unanswered[0]
    assert (first.question, first.count) == ("Who met Singh?", 3)
    assert first.variants == (("Who met Singh?", 2), ("who met sing", 1))
    assert dict(first.kinds) == {"abstained": 2, "none_of_these": 1}
    assert first.last_seen == NOW + timedelta(hours=1)
    assert [g.question for g in report.unanswered] == ["Who met Singh?", "what is beca"]


def test_answers_with_the_most_thumbs_down_come_first() -> None:
    """Votes on the same facts are one answer; only answers with a 👎 are listed, most 👎
    first."""
    votes = [
        _stored_vote(1, "In New Delhi", False, ("meeting",), "where did they meet"),
        _stored_vote(2, "In New Delhi.", False, ("meeting",), "where was it"),
        _stored_vote(3, "In New Delhi", True, ("meeting",)),
        _stored_vote(4, "Three", False, ("three-dialogues",)),
        _stored_vote(5, "Mark T. Esper", True, ("meeting",)),
        _stored_vote(6, "The BECA", True, ("agreement",)),
    ]
    report = build_report([], votes)
    assert [(d.fact_ids, d.down, d.up) for d in report.downvoted] == [
        (("meeting",), 2, 2),
        (("three-dialogues",), 1, 0),
    ]
    assert report.votes_total == 6


def test_limit_keeps_the_most_asked_groups() -> None:
    """--limit cuts the table to the groups asked most often."""
    asked = {
        "why did china object": 1,
        "who is modi": 4,
        "what is the quad": 2,
        "how many ships": 5,
        "where is tokyo": 3,
    }
    gaps = [
        _stored_gap(i, question)
        for i, (question, times) in enumerate(asked.items())
        for _ in range(times)
    ]
    report = build_report(gaps, [], limit=3)
    assert [(g.question, g.count) for g in report.unanswered] == [
        ("how many ships", 5),
        ("who is modi", 4),
        ("where is tokyo", 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d", NOW - timedelta(days=7)),
        ("12h", NOW - timedelta(hours=12)),
        ("90m", NOW - timedelta(minutes=90)),
        ("2w", NOW - timedelta(weeks=2)),
        ("2026-11-01", datetime(2026, 11, 1, tzinfo=UTC)),
    ],
)
def test_since_takes_a_date_or_an_age(text: str, expected: datetime) -> None:
    """--since accepts an ISO date or an age in minutes, hours, days or weeks."""
    assert parse_since(text, NOW) == expected


def test_since_rejects_anything_else() -> None:
    """A value that is neither says what is accepted."""
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_since("last week", NOW)


def test_the_table_names_both_sections() -> None:
    """The table shows each group's count and variants, and the 👎 answers with their facts."""
    report = build_report(
        [_stored_gap(1, "who met sing"), _stored_gap(2, "who met singh?")],
        [_stored_vote(1, "In New Delhi", False, ("meeting",))],
    )
    table = render_table(report, width=120)
    assert "who met sing" in table and "(also: who met singh?)" in table
    assert "meeting" in table and "In New Delhi" in table


def _record(path: Path, gaps: list[GapRecord], votes: list[VoteRecord]) -> None:
    with FeedbackStore(path) as store:
        records: list[GapRecord | VoteRecord] = [*gaps, *votes]
        for record in records:
            assert store.submit(record).result(timeout=10) is not None


def test_talksbot_gaps_json_groups_the_stored_questions(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`talksbot gaps --json --since` reads the configured database and groups what it finds,
    leaving out what came before --since."""
    path = tmp_path / "gaps.sqlite3"
    old = datetime.now(UTC) - timedelta(days=30)
    _record(
        path,
        [
            GapRecord("who met sing", GapKind.ABSTAINED, GUILD),
            GapRecord("who met singh?", GapKind.NONE_OF_THESE, Where("dm")),
            GapRecord("what is the quad", GapKind.ABSTAINED, GUILD, at=old),
        ],
        [
            VoteRecord(
                "where did they meet", "In New Delhi", Vote.DOWN, GUILD, fact_ids=("meeting",)
            )
        ],
    )
    monkeypatch.setenv("TALKSBOT_GAPS_DB", str(path))
    assert main(["gaps", "--json", "--since", "7d"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gaps_total"] == 2
    [group] = data["unanswered"]
    assert group["count"] == 2 and group["places"] == 2
    assert {v["question"] for v in group["variants"]} == {"who met sing", "who met singh?"}
    assert data["downvoted"][0]["fact_ids"] == ["meeting"]


def test_talksbot_gaps_without_a_database_says_so(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before anything was recorded the command explains, creates nothing, and succeeds."""
    path = tmp_path / "never-written.sqlite3"
    monkeypatch.setenv("TALKSBOT_GAPS_DB", str(path))
    assert main(["gaps"]) == 0
    assert "nothing recorded yet" in capsys.readouterr().err
    assert not path.exists()


def test_talksbot_gaps_rejects_a_bad_since(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A malformed --since is a usage error (exit 2) with the accepted forms."""
    monkeypatch.setenv("TALKSBOT_GAPS_DB", str(tmp_path / "gaps.sqlite3"))
    assert main(["gaps", "--since", "yesterday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
