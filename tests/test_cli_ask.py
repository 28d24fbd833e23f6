"""`talksbot ask`, `ask --jsonl`, `chat` and `eval` from a user's terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.commands.ask import answer_lines
from bot.commands.chat import ChatSession
from bot.engine.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


def test_ask_prints_the_answer_and_the_quote(capsys: pytest.CaptureFixture[str]) -> None:
    """The plain output is the answer, then the quote with its paragraph."""
    assert main(["ask", "Who met Singh?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Mark T. Esper")
    assert "meets with Indian Defense Minister" in out and "¶1" in out


def test_ask_json_is_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the Answer as one JSON object."""
    assert main(["ask", "--json", "Where did Esper meet Singh?"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "New Delhi" in data["text"] and data["abstained"] is False


def test_ask_explain_shows_how_it_read_the_question(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain adds the question type, entities and candidates for maintainers."""
    assert main(["ask", "--explain", "Who met Sing?"]) == 0
    out = capsys.readouterr().out
    assert "question type: who" in out and "singh" in out and "candidates:" in out


def test_ask_without_a_question_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """No question: exit 2 with an example, not a traceback."""
    assert main(["ask"]) == 2
    assert "talksbot ask" in capsys.readouterr().err


def test_jsonl_keeps_order_and_conversations(engine: Engine) -> None:
    """One JSON line per question, in order; lines with one conversation id share context;
    a malformed line gets an error record and the rest go on."""
    lines = [
        "Who met Singh?",
        json.dumps({"q": "Who met Singh?", "conversation": "a"}),
        json.dumps({"q": "Where?", "conversation": "a"}),
        "{not json",
        json.dumps({"q": "Where?", "conversation": "b"}),
    ]
    sink = io.StringIO()
    count = answer_lines(engine, io.StringIO("\n".join(lines) + "\n"), sink)
    records = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert count == 4 and len(records) == 5
    assert "Esper" in records[0]["answer"]
    assert "New Delhi" in records[2]["answer"] and records[2]["quote"]
    assert "error" in records[3]
    assert records[4]["abstained"] is True
    for record in records[:3]:
        assert {"answer", "quote", "abstained", "confidence", "fact_ids"} <= set(record)


def test_chat_session_follow_ups_and_commands(engine: Engine) -> None:
    """The console chat keeps context, resets on /reset, and leaves on /quit."""
    session = ChatSession(engine)
    assert "Esper" in (session.handle("Who met Singh?") or "")
    assert "New Delhi" in (session.handle("where?") or "")
    assert "reset" in (session.handle("/reset") or "")
    assert "/summary" in (session.handle("/help") or "")
    assert session.handle("/quit") is None
    assert session.handle("quit") is None  # typed without the slash, as people do
    assert session.handle("exit") is None


def test_chat_reads_piped_input_and_exits_cleanly() -> None:
    """`talksbot chat` works with piped input and ends at end of input."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="Who met Singh?\nWhere?\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Esper" in result.stdout and "New Delhi" in result.stdout


def test_ask_does_not_import_discord() -> None:
    """Answering a question never pays for importing discord.py."""
    code = (
        "import sys; from bot.cli import main; main(['ask', 'Who met Singh?']); "
        "print('discord' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr


def test_eval_command_reports_the_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    """`talksbot eval` prints accuracy, abstention, false answers, per-tag results; --sweep
    adds the threshold table."""
    assert main(["eval", str(ROOT / "tests" / "eval" / "questions.yaml"), "--sweep"]) == 0
    out = capsys.readouterr().out
    for text in (
        "answerable accuracy",
        "abstention on unanswerable",
        "false-answer rate",
        "per tag",
        "threshold sweep",
    ):
        assert text in out


def test_eval_command_rejects_a_malformed_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A question set with a bad item gets one clear message and exit 2."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("- q: fine\n  expect: abstain\n- expect: abstain\n", encoding="utf-8")
    assert main(["eval", str(bad)]) == 2
    assert "item 2" in capsys.readouterr().err


def test_answers_are_the_same_in_every_process() -> None:
    """String hashing differs between processes; the answers must not."""
    questions = (
        "\n".join(
            [
                "Who met Singh?",
                "Where?",
                "what did they agree",
                "quad countries",
                "How many 2+2 dialogues?",
                "Who is Begin?",
                "hello",
            ]
        )
        + "\n"
    )
    outputs = []
    for seed in ("1", "4242"):
        result = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--jsonl"],
            input=questions,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_a_corroborating_quote_is_named_compactly_and_listed_in_json(engine: Engine) -> None:
    """The terminal names a second sentence saying the same by its ¶ only; `--jsonl` keeps
    `quote` as the first and lists every quote, marking those that only corroborate."""
    from bot.render import render_answer

    answer = engine.answer("What was the main agreement reached in New Delhi?")
    shown = render_answer(answer, engine.factbase)
    assert "(also ¶1)" in shown and "Basic Exchange and Cooperation Agreement and" not in shown
    sink = io.StringIO()
    answer_lines(engine, io.StringIO("What was the main agreement reached in New Delhi?\n"), sink)
    record = json.loads(sink.getvalue())
    assert record["quote"] == record["quotes"][0]["text"]
    assert [(q["label"], q["also"]) for q in record["quotes"]] == [("¶3", False), ("¶1", True)]
    assert answer.to_json()["corroborating"][0]["label"] == "¶1"
