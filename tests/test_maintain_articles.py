"""Several articles: a second seed and its fact file are compiled, answered and cited by
their own article, and the draft workflow gets a maintainer there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Paths
from bot.engine.engine import Engine
from bot.factbase.compiler import compile_factbase
from bot.factbase.model import FactBase
from tests.maintain_helpers import (
    QUAD_ID,
    QUAD_TEXT,
    QUAD_TITLE,
    add_quad_article,
    add_quad_seed,
    copy_project,
    fill_draft,
    name_the_first_article,
)

FIRST_ID = "us-india-defense-talks"


def _compiled(paths: Paths) -> FactBase:
    result = compile_factbase(paths.facts, paths.seeds)
    assert result.problems == []
    assert result.factbase is not None
    return result.factbase


def test_a_second_article_is_answered_and_cited_by_name(tmp_path: Path) -> None:
    """Questions about the second article are answered from its facts and cite it by id
    and title; questions about the first still cite the first."""
    paths = copy_project(tmp_path)
    add_quad_article(paths)
    factbase = _compiled(paths)
    assert set(factbase.articles) == {FIRST_ID, QUAD_ID}
    assert factbase.articles[QUAD_ID].title == QUAD_TITLE
    engine = Engine(factbase)

    answer = engine.answer("Where did Pompeo meet Marise Payne?")
    assert not answer.abstained and "Tokyo" in answer.text
    [quote] = answer.quotes[:1]
    assert (quote.article, quote.label) == (QUAD_ID, "¶1")
    assert factbase.articles[quote.article].title == QUAD_TITLE
    assert quote.text in factbase.articles[QUAD_ID].text

    answer = engine.answer("Who received the ministers?")
    assert "Suga" in answer.text and answer.quotes[0].article == QUAD_ID

    answer = engine.answer("Where did Esper meet Singh?")
    assert "New Delhi" in answer.text and answer.quotes[0].article == FIRST_ID
    summary = factbase.summaries[QUAD_ID]
    assert {factbase.facts[f].article for f in summary.fact_ids} == {QUAD_ID}


def test_with_two_seeds_a_fact_file_must_name_its_article(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing guesses which article a fact quotes: once there are two seeds, a fact file
    without `article:` is a problem that names both ids."""
    paths = copy_project(tmp_path)
    add_quad_seed(paths)
    monkeypatch.setenv("TALKSBOT_FACTS_DIR", str(paths.facts))
    monkeypatch.setenv("TALKSBOT_SEEDS_DIR", str(paths.seeds))
    assert main(["facts", "check"]) == 1
    err = capsys.readouterr().err
    assert re.search(r"facts/facts\.yaml:\d+:1: several seed articles", err)
    assert FIRST_ID in err and QUAD_ID in err


def test_drafting_a_new_article_is_the_way_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`facts draft` on a new article copies it into seeds/, reuses known entities, says
    which existing file needs an `article:` line; after that and the TODOs, `facts check`
    passes with both articles, and the new one is answered and cited."""
    paths = copy_project(tmp_path)
    monkeypatch.setenv("TALKSBOT_FACTS_DIR", str(paths.facts))
    monkeypatch.setenv("TALKSBOT_SEEDS_DIR", str(paths.seeds))
    incoming = tmp_path / "Quad Tokyo Meeting.txt"
    incoming.write_text(QUAD_TEXT, encoding="utf-8")

    assert main(["facts", "draft", str(incoming)]) == 0
    out = capsys.readouterr().out
    assert (paths.seeds / f"{QUAD_ID}.txt").read_bytes() == incoming.read_bytes()
    assert f"article: {FIRST_ID}" in out and "facts.yaml has facts but no 'article:'" in out
    name_the_first_article(paths)
    data = fill_draft(paths.facts / f"draft-{QUAD_ID}.yaml")
    assert {"pompeo", "tokyo", "japan"} <= {
        e
        for f in data["facts"]
        for role in f["roles"].values()
        if isinstance(role, dict)
        for e in role["entities"]
    } | {e for f in data["facts"] for e in f.get("entities", [])}
    assert {"motegi", "payne", "suga"} <= {e["id"] for e in data["entities"]}

    assert main(["facts", "check"]) == 0
    assert "ok: 2 article(s)" in capsys.readouterr().out
    factbase = _compiled(paths)
    assert factbase.articles[QUAD_ID].title == QUAD_TITLE
    answer = Engine(factbase).answer("Who received the ministers before the talks?")
    assert not answer.abstained and "Suga" in answer.text
    assert answer.quotes[0].article == QUAD_ID
