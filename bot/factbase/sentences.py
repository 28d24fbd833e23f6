"""Splitting text into sentences: coverage of the article, and the length of short summaries."""

from __future__ import annotations

import re

from bot.factbase.model import Article

__all__ = ["sentence_spans", "split_sentences"]

# A full stop after these is not the end of a sentence ("U.S. Secretary", "Oct. 26", "Mark T.").
_ABBREVIATIONS = frozenset(
    {
        "u.s",
        "oct",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "no",
        "vs",
        "etc",
        "u.k",
        "e.g",
        "i.e",
        "jr",
        "sr",
    }
)
_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+|$)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for match in _END.finditer(text, start, end):
        words = text[start : match.start()].rsplit(None, 1)
        last = words[-1].lower().lstrip("(\"'\u201c") if words else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < end and text[start].isspace():
            start += 1
    if text[start:end].strip():
        spans.append((start, end))
    return spans


def sentence_spans(article: Article) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) for every sentence; the headline counts as one sentence."""
    return [
        (number, start, end)
        for number, (p_start, p_end) in enumerate(article.paragraphs)
        for start, end in split_sentences(article.text, p_start, p_end)
    ]
