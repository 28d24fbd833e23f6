"""The gaps report: what people asked that the bot could not answer, grouped so that
"who met sing" and "who met singh?" count as one question, and the answers people 👎'd.

Pure functions over stored records; `bot.commands.gaps` reads the database and prints.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from rapidfuzz import fuzz, process

from bot.feedback import Vote
from bot.maintain.store import StoredGap, StoredVote
from bot.text import normalise

__all__ = [
    "SIMILARITY",
    "DownvotedAnswer",
    "GapGroup",
    "GapsReport",
    "build_report",
    "group_questions",
    "parse_since",
    "render_table",
    "report_json",
]

# Two normalised questions at least this alike (rapidfuzz ratio, 0-100) are one question:
# a typo or a trailing word apart ("who met sing" ~ "who met singh": 96, "what is beca" ~
# "what is the beca": 86) but not a different name ("who met singh" ~ "who met esper": 69).
SIMILARITY = 85.0

# "when did Esper meet Singh" and "where did Esper meet Singh" are 94% alike and ask
# different things, so questions are grouped only when they open with the same such word.
_QUESTION_WORDS = frozenset(
    {
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "which",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "can",
        "will",
        "has",
        "have",
    }
)


@dataclass(frozen=True, slots=True)
class GapGroup:
    question: str  # the phrasing asked most often (the earliest on a tie)
    count: int
    variants: tuple[tuple[str, int], ...]  # every phrasing with its count, most asked first
    kinds: tuple[tuple[str, int], ...]  # abstained / low_confidence / none_of_these counts
    first_seen: datetime
    last_seen: datetime
    places: int  # distinct guild channels, DMs and consoles it came from


@dataclass(frozen=True, slots=True)
class DownvotedAnswer:
    answer: str
    fact_ids: tuple[str, ...]
    down: int
    up: int
    questions: tuple[tuple[str, int], ...]  # the questions it was given for, most asked first
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class GapsReport:
    since: datetime | None
    unanswered: tuple[GapGroup, ...]
    downvoted: tuple[DownvotedAnswer, ...]
    gaps_total: int
    votes_total: int


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`2026-11-01` (midnight UTC) or an age: `90m`, `12h`, `7d`, `2w`."""
    now = now or datetime.now(UTC)
    value = text.strip().lower()
    age = re.fullmatch(r"(\d+)\s*([mhdw])", value)
    if age:
        amount = int(age.group(1))
        unit = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[age.group(2)]
        return now - timedelta(**{unit: amount})
    try:
        day = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise ValueError(
            f"--since takes a date (YYYY-MM-DD) or an age (30m, 12h, 7d, 2w), not '{text}'"
        ) from None
    return day.replace(tzinfo=UTC)


def _question_word(normalised: str) -> str:
    first = normalised.split(" ", 1)[0]
    return first if first in _QUESTION_WORDS else ""


def group_questions(questions: Sequence[str], similarity: float = SIMILARITY) -> list[list[int]]:
    """Indices of `questions` grouped by near-duplicates, largest group first.

    Leader clustering: distinct normalised forms, most frequent first, each joins the most
    alike existing group (same opening question word, ratio >= similarity) or starts one.
    Deterministic, and a group never drifts away from its leader through a chain of small steps.
    """
    forms = [normalise(q) for q in questions]
    by_form: dict[str, list[int]] = {}
    for index, form in enumerate(forms):
        by_form.setdefault(form, []).append(index)
    ordered = sorted(by_form, key=lambda f: (-len(by_form[f]), by_form[f][0]))
    groups: list[list[int]] = []
    leaders: dict[str, dict[int, str]] = {}  # question word -> {group number: leader form}
    for form in ordered:
        word = _question_word(form)
        candidates = leaders.setdefault(word, {})
        best = process.extractOne(form, candidates, scorer=fuzz.ratio, score_cutoff=similarity)
        if best is not None:
            groups[best[2]].extend(by_form[form])
        else:
            candidates[len(groups)] = form
            groups.append(list(by_form[form]))
    groups.sort(key=lambda g: (-len(g), min(g)))
    return [sorted(g) for g in groups]


def _most_common(texts: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Texts that normalise alike counted together, each shown as its most used spelling,
    most asked first. Counter keeps first-seen order among equals: ties go to the earliest."""
    spellings: dict[str, Counter[str]] = {}
    for text in texts:
        spellings.setdefault(normalise(text), Counter())[" ".join(text.split())] += 1
    counted = [(c.most_common(1)[0][0], c.total()) for c in spellings.values()]
    return tuple(sorted(counted, key=lambda pair: -pair[1]))


def build_report(
    gaps: Sequence[StoredGap],
    votes: Sequence[StoredVote],
    *,
    since: datetime | None = None,
    limit: int = 20,
    similarity: float = SIMILARITY,
) -> GapsReport:
    """Group the gaps and tally the votes; keep the `limit` largest of each."""
    unanswered: list[GapGroup] = []
    for indices in group_questions([g.question for g in gaps], similarity):
        members = [gaps[i] for i in indices]
        variants = _most_common(g.question for g in members)
        unanswered.append(
            GapGroup(
                question=variants[0][0],
                count=len(members),
                variants=variants,
                kinds=tuple(Counter(g.kind.value for g in members).most_common()),
                first_seen=min(g.at for g in members),
                last_seen=max(g.at for g in members),
                places=len(
                    {(g.where.place, g.where.guild_id, g.where.channel_id) for g in members}
                ),
            )
        )
    # The same answer is the same facts; an answer with no facts is known by its words.
    by_answer: dict[tuple[str, ...], list[StoredVote]] = {}
    for vote in votes:
        key = vote.fact_ids or (normalise(vote.answer),)
        by_answer.setdefault(key, []).append(vote)
    downvoted: list[DownvotedAnswer] = []
    for group in by_answer.values():
        down = sum(1 for v in group if v.vote is Vote.DOWN)
        if not down:
            continue
        latest = max(group, key=lambda v: (v.at, v.id))
        downvoted.append(
            DownvotedAnswer(
                answer=latest.answer,
                fact_ids=latest.fact_ids,
                down=down,
                up=len(group) - down,
                questions=_most_common(v.question for v in group if v.vote is Vote.DOWN),
                last_seen=latest.at,
            )
        )
    downvoted.sort(key=lambda d: (-d.down, d.up, -d.last_seen.timestamp()))
    return GapsReport(
        since, tuple(unanswered[:limit]), tuple(downvoted[:limit]), len(gaps), len(votes)
    )


# --- Output ----------------------------------------------------------------------------


def _time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int], width: int
) -> list[str]:
    """Plain aligned columns; the last column takes what is left of the width and is cut."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers[:-1])]
    last = max(width - sum(widths) - 2 * len(widths), 20)

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells[:-1], widths, strict=True))
        ]
        return "  ".join([*parts, _clip(cells[-1], last)]).rstrip()

    return [line(headers), *(line(r) for r in rows)]


def render_table(report: GapsReport, width: int = 100) -> str:
    """The report as two tables for a terminal."""
    since = f" since {_time(report.since)} UTC" if report.since else ""
    out = [
        f"Unanswered questions{since}: {report.gaps_total} recorded, {len(report.unanswered)} shown"
    ]
    if report.unanswered:
        rows = []
        for rank, group in enumerate(report.unanswered, 1):
            kinds = ", ".join(f"{kind.replace('_', ' ')} {n}" for kind, n in group.kinds)
            others = [v for v, _ in group.variants[1:]]
            also = f"  (also: {'; '.join(others)})" if others else ""
            rows.append(
                [str(rank), str(group.count), _time(group.last_seen), kinds, group.question + also]
            )
        out += _table(["#", "asked", "last asked", "how", "question"], rows, {0, 1}, width)
    else:
        out.append("  none: every question got a confident answer")
    out.append("")
    out.append(f"Answers with the most 👎{since}: {report.votes_total} votes recorded")
    if report.downvoted:
        rows = []
        for rank, answer in enumerate(report.downvoted, 1):
            facts = ", ".join(answer.fact_ids) or "-"
            asked = answer.questions[0][0] if answer.questions else ""
            rows.append(
                [
                    str(rank),
                    str(answer.down),
                    str(answer.up),
                    facts,
                    f"{answer.answer}  (asked: {asked})",
                ]
            )
        out += _table(["#", "down", "up", "facts", "answer"], rows, {0, 1, 2}, width)
    else:
        out.append("  none")
    return "\n".join(out)


def report_json(report: GapsReport) -> dict[str, Any]:
    """The report as plain JSON-ready data, times in ISO 8601 UTC."""

    def iso(at: datetime) -> str:
        return at.astimezone(UTC).isoformat().replace("+00:00", "Z")

    return {
        "since": iso(report.since) if report.since else None,
        "gaps_total": report.gaps_total,
        "votes_total": report.votes_total,
        "unanswered": [
            {
                "question": g.question,
                "count": g.count,
                "variants": [{"question": q, "count": n} for q, n in g.variants],
                "kinds": dict(g.kinds),
                "first_seen": iso(g.first_seen),
                "last_seen": iso(g.last_seen),
                "places": g.places,
            }
            for g in report.unanswered
        ],
        "downvoted": [
            {
                "answer": d.answer,
                "fact_ids": list(d.fact_ids),
                "down": d.down,
                "up": d.up,
                "questions": [{"question": q, "count": n} for q, n in d.questions],
                "last_seen": iso(d.last_seen),
            }
            for d in report.downvoted
        ],
    }
