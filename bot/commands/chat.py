"""`talksbot chat`: the console chat, with follow-ups, line editing and history."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from bot.commands.loading import load_engine
from bot.engine.context import Context
from bot.engine.engine import Engine
from bot.render import explain_text, render_answer

__all__ = ["run", "run_console"]

WELCOME = (
    "talksbot: ask about the U.S.–India defense talks in New Delhi in October (Esper, Singh, "
    "BECA, the 2+2 Dialogue, Tokyo, China).\n"
    "Type a question, /help for commands, /quit (or Ctrl-D) to leave."
)
HELP = """Commands:
  /help             this list
  /summary [topic]  a summary (topics: {topics})
  /source           the article this bot answers from
  /explain          how the last question was read
  /reset            forget the conversation (follow-ups start afresh)
  /quit             leave (Ctrl-D works too)"""


def run(args: argparse.Namespace) -> int:
    return run_console()


def run_console() -> int:
    engine = load_engine()
    if engine is None:
        return 1
    read = _reader()
    print(WELCOME)
    session = ChatSession(engine)
    while True:
        try:
            line = read("you> ")
        except EOFError:
            print()
            return 0
        except KeyboardInterrupt:
            print()
            return 0
        reply = session.handle(line)
        if reply is None:
            return 0
        if reply:
            print(reply)
            print()


class ChatSession:
    """One conversation: turns lines into replies, keeping the follow-up context."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.context = Context()
        self.last_explanation = ""

    def handle(self, line: str) -> str | None:
        """The reply to one line, or None when the user asks to leave."""
        text = line.strip()
        if not text:
            return ""
        if text.startswith("/"):
            return self._command(text)
        if text.lower().rstrip(".!") in ("quit", "exit", ":q"):
            return None  # what people type to leave, slash or not
        answer = self.engine.answer(text, self.context)
        self.context = answer.context
        self.last_explanation = explain_text(answer)
        return render_answer(answer, self.engine.factbase)

    def _command(self, text: str) -> str | None:
        name, _, rest = text[1:].partition(" ")
        name = name.lower()
        fb = self.engine.factbase
        if name in ("quit", "exit", "q", "bye"):
            return None
        if name in ("help", "h", "?"):
            return HELP.format(topics=", ".join(fb.summaries))
        if name == "reset":
            self.context = Context()
            return "(conversation reset)"
        if name == "explain":
            return self.last_explanation or "(ask a question first)"
        if name == "source":
            lines = []
            for article in fb.articles.values():
                lines.append(f"{article.title}")
                lines.append(
                    f"  date: {article.date or 'not given'}; publisher: "
                    f"{article.publisher or 'unknown'}; {article.paragraph_count} paragraphs"
                )
            lines.append(
                "Answers cite the article's paragraphs as ¶1…¶N (the headline as 'headline')."
            )
            return "\n".join(lines)
        if name == "summary":
            topic = rest.strip().lower()
            question = f"summarize {topic}" if topic else "summarize the article"
            answer = self.engine.answer(question + " in full", Context())
            return render_answer(answer, fb)
        return f"unknown command /{name}; /help lists them"


def _reader() -> Callable[[str], str]:
    """Line editing and history with prompt_toolkit on a terminal; plain input otherwise,
    so `echo question | talksbot chat` works too."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):

        def plain(prompt: str) -> str:
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            return line

        return plain
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    history_path = Path.home() / ".talksbot_history"
    try:
        history: FileHistory | InMemoryHistory = FileHistory(str(history_path))
        history_path.touch(exist_ok=True)
    except OSError:
        history = InMemoryHistory()
    session: PromptSession[str] = PromptSession(history=history)
    return session.prompt
