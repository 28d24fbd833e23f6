"""`talksbot facts draft`: a skeleton fact file that passes `facts check` once its TODOs
are resolved, and only then."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.config import Paths
from bot.engine.engine import Engine
from bot.factbase.compiler import compile_factbase
from bot.factbase.seeds import load_seeds
from bot.maintain.extract import find_candidates, find_counts, find_dates
from tests.maintain_helpers import ROOT, copy_project, fill_draft

SEED_ID = "us-india-defense-talks"


def _use(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKSBOT_FACTS_DIR", str(paths.facts))
    monkeypatch.setenv("TALKSBOT_SEEDS_DIR", str(paths.seeds))


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """The seed article alone, and an empty facts/ folder."""
    paths = copy_project(tmp_path)
    for path in paths.facts.iterdir():
        path.unlink()
    _use(paths, monkeypatch)
    return paths


def test_a_draft_of_the_seed_article_passes_facts_check_once_its_todos_are_filled(
    fresh: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    """Drafting the seed article gives one candidate fact per sentence with a verbatim
    quote; with its TODOs resolved, `facts check` passes and the engine answers from it."""
    assert main(["facts", "draft", str(fresh.seeds / f"{SEED_ID}.txt")]) == 0
    assert "candidate facts" in capsys.readouterr().out
    data = fill_draft(fresh.facts / f"draft-{SEED_ID}.yaml")
    assert len(data["facts"]) >= 14
    assert {"esper", "singh", "new-delhi"} <= {e["id"] for e in data["entities"]}

    assert main(["facts", "check"]) == 0
    assert "ok: 1 article(s)" in capsys.readouterr().out
    factbase = compile_factbase(fresh.facts, fresh.seeds).factbase
    assert factbase is not None
    answer = Engine(factbase).answer("Where did Esper meet Singh?")
    assert not answer.abstained and "New Delhi" in answer.text
    assert answer.quotes[0].article == SEED_ID


def test_until_its_todos_are_resolved_a_draft_fails_at_each_one(
    fresh: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every TODO left is a `file:line:col` problem of `facts check`, so no draft can pass
    unreviewed."""
    assert main(["facts", "draft", str(fresh.seeds / f"{SEED_ID}.txt")]) == 0
    draft = fresh.facts / f"draft-{SEED_ID}.yaml"
    todo_lines = [
        n
        for n, line in enumerate(draft.read_text("utf-8").splitlines(), 1)
        if line.lstrip().startswith("TODO:")
    ]
    capsys.readouterr()
    assert main(["facts", "check"]) == 1
    problems = capsys.readouterr().err
    for line in todo_lines:
        assert f"draft-{SEED_ID}.yaml:{line}:" in problems
    assert problems.count("unknown key 'TODO'") == len(todo_lines)


def test_each_candidate_fact_quotes_its_sentence_verbatim(fresh: Paths) -> None:
    """A draft's quotes are the article's sentences, found where they stand."""
    assert main(["facts", "draft", str(fresh.seeds / f"{SEED_ID}.txt")]) == 0
    data = yaml.safe_load((fresh.facts / f"draft-{SEED_ID}.yaml").read_text("utf-8"))
    article = (fresh.seeds / f"{SEED_ID}.txt").read_text("utf-8")
    flat = " ".join(article.split())
    assert all(fact["quote"] in flat for fact in data["facts"])
    meeting = next(f for f in data["facts"] if f["quote"].startswith("U.S. Secretary"))
    assert meeting["roles"]["who"] == {"answer": "Mark T. Esper", "entities": ["esper"]}
    assert meeting["roles"]["with_whom"]["entities"] == ["singh"]
    assert meeting["roles"]["where"]["answer"] == "In New Delhi"
    assert meeting["roles"]["when"] == "Monday (Oct. 26)"


def test_a_draft_beside_the_fact_base_reuses_its_entities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Entities the fact base already has are referred to, not defined again, so the
    filled draft compiles together with the existing files."""
    paths = copy_project(tmp_path)
    _use(paths, monkeypatch)
    assert main(["facts", "draft", str(paths.seeds / f"{SEED_ID}.txt")]) == 0
    reused = re.search(r"(\d+) reused from the fact base", capsys.readouterr().out)
    assert reused is not None and int(reused.group(1)) >= 15
    data = fill_draft(paths.facts / f"draft-{SEED_ID}.yaml")
    assert not {"esper", "singh", "pompeo", "tokyo"} & {e["id"] for e in data["entities"]}
    referenced = {e for f in data["facts"] for e in f.get("entities", [])}
    referenced |= {
        e
        for f in data["facts"]
        for role in f["roles"].values()
        if isinstance(role, dict)
        for e in role["entities"]
    }
    assert {"esper", "singh", "dod", "china", "united-states"} <= referenced
    assert main(["facts", "check"]) == 0


def test_an_existing_draft_is_kept_unless_forced(
    fresh: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second draft of the same article refuses to overwrite the first (a maintainer's
    work in progress) unless --force is given."""
    seed = str(fresh.seeds / f"{SEED_ID}.txt")
    assert main(["facts", "draft", seed]) == 0
    draft = fresh.facts / f"draft-{SEED_ID}.yaml"
    draft.write_text("# my edits\n", encoding="utf-8")
    assert main(["facts", "draft", seed]) == 1
    assert "--force" in capsys.readouterr().err
    assert draft.read_text("utf-8") == "# my edits\n"
    assert main(["facts", "draft", seed, "--force"]) == 0
    assert "facts:" in draft.read_text("utf-8")


def test_an_unreadable_article_is_refused_clearly(
    fresh: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text that is not UTF-8, or a missing file, is an error that says what to do."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 talks".encode("latin-1"))
    assert main(["facts", "draft", str(latin)]) == 1
    assert "not UTF-8" in capsys.readouterr().err
    assert main(["facts", "draft", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert not (fresh.seeds / "latin.txt").exists()


def test_candidates_are_people_with_titles_organisations_places_and_countries() -> None:
    """The seed article's people come with their titles and every spelling it uses; an
    acronym joins the name it abbreviates; countries are recognised by name."""
    articles, _ = load_seeds(ROOT / "seeds")
    article = articles[SEED_ID]
    found = {c.name: c for c in find_candidates(article.text, article.paragraphs)}
    esper = found["Mark T. Esper"]
    assert (esper.kind, esper.title) == ("person", "U.S. Secretary of Defense")
    assert {"Esper", "Mark T. Esper", "Secretary of Defense Esper"} <= set(esper.forms)
    assert found["Rajnath Singh"].title == "Indian Defense Minister"
    assert found["Begin"].title == "U.S. Deputy Secretary of State"
    assert "DOD" in found["U.S. Defense Department"].forms
    assert found["Basic Exchange and Cooperation Agreement"].kind == "agreement"
    assert found["2+2 Dialogue"].kind == "event"
    assert found["New Delhi"].kind == "place"
    assert {"India", "Indian"} <= set(found["India"].forms)
    assert found["United States"].kind == "country"
    # The Title Case headline is not read as a string of names.
    assert not any("Chiefs" in name for name in found)


def test_dates_and_counts_are_found_as_written() -> None:
    """Dates keep the article's wording; a count with "the" before it is not a count."""
    assert find_dates("meets on Monday (Oct. 26) in New Delhi") == ["Monday (Oct. 26)"]
    assert find_dates("Earlier this month, Esper went to Tokyo.") == ["Earlier this month"]
    assert find_counts("The two countries have had three such dialogues.") == [
        "three such dialogues"
    ]
    assert find_counts("one of the most significant relationships") == []
