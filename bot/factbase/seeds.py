"""Reading the seed articles: `seeds/ID.txt`, byte-exact, with optional `seeds/ID.yaml` metadata."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bot.factbase.model import Article
from bot.factbase.problems import Problem, display_path
from bot.factbase.yamlnodes import parse_yaml

__all__ = ["ARTICLE_ID", "load_seeds", "split_paragraphs"]

ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_METADATA_KEYS = {"id", "title", "date", "publisher", "sha256"}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def split_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each block of text between blank lines; the first is the headline."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(spans)


def load_seeds(seeds_dir: Path) -> tuple[dict[str, Article], list[Problem]]:
    problems: list[Problem] = []
    articles: dict[str, Article] = {}
    shown_dir = display_path(seeds_dir)
    if not seeds_dir.is_dir():
        return {}, [
            Problem(shown_dir, 1, 1, "seed folder is missing; put the article in it as ID.txt")
        ]
    texts = sorted(seeds_dir.glob("*.txt"))
    if not texts:
        return {}, [Problem(shown_dir, 1, 1, "no seed article (*.txt) in the seed folder")]
    for path in texts:
        shown = display_path(path)
        article_id = path.stem
        if not ARTICLE_ID.match(article_id):
            problems.append(
                Problem(
                    shown,
                    1,
                    1,
                    f"seed name '{article_id}' must be lower-case letters, digits and hyphens",
                )
            )
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            problems.append(Problem(shown, line, 1, "seed article is not UTF-8"))
            continue
        paragraphs = split_paragraphs(text)
        if not paragraphs:
            problems.append(Problem(shown, 1, 1, "seed article is empty"))
            continue
        headline = text[paragraphs[0][0] : paragraphs[0][1]].strip()
        title, date, publisher = headline, "", None
        meta_path = path.with_suffix(".yaml")
        if meta_path.exists():
            meta, meta_problems = parse_yaml(meta_path, display_path(meta_path))
            problems.extend(meta_problems)
            root = meta.root
            if root is not None and not isinstance(root.value, dict):
                problems.append(
                    root.problem("seed metadata must be a mapping of title, date, publisher")
                )
            elif root is not None and isinstance(root.value, dict):
                fields = root.value
                for key, located in fields.items():
                    if key not in _METADATA_KEYS:
                        problems.append(
                            located.problem(
                                f"unknown key '{key}' in seed metadata "
                                f"(known: {', '.join(sorted(_METADATA_KEYS))})"
                            )
                        )
                    elif key == "publisher":
                        if located.value is not None and not isinstance(located.value, str):
                            problems.append(located.problem("'publisher' must be text or null"))
                    elif not isinstance(located.value, str):
                        problems.append(located.problem(f"'{key}' must be text"))
                if "id" in fields and fields["id"].value != article_id:
                    problems.append(
                        fields["id"].problem(
                            f"id '{fields['id'].value}' does not match the file name '{article_id}'"
                        )
                    )
                title = _text(fields, "title", title)
                date = _text(fields, "date", date)
                pub = fields.get("publisher")
                publisher = pub.value if pub is not None and isinstance(pub.value, str) else None
                digest = fields.get("sha256")
                if digest is not None and isinstance(digest.value, str):
                    actual = hashlib.sha256(raw).hexdigest()
                    if digest.value.strip().lower() != actual:
                        # The article must stay byte-exact: an edit here changes the source.
                        problems.append(
                            digest.problem(
                                f"{path.name} has changed: its SHA-256 is {actual}, not the "
                                "recorded one; restore the original article"
                            )
                        )
        articles[article_id] = Article(article_id, title, date, publisher, text, paragraphs)
    return articles, problems


def _text(fields: dict[str, object], key: str, default: str) -> str:
    located = fields.get(key)
    value = getattr(located, "value", None)
    return value if isinstance(value, str) else default
