"""`talksbot facts check`: every mistake a maintainer can make is reported with its place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.factbase.compiler import compile_factbase
from tests.factbase_helpers import ENTITIES, FACTS, make_base


def problems(tmp_path: Path, **files: str) -> list[str]:
    """Problems in the files given (follow-on ones elsewhere, e.g. a summary citing a fact
    that no longer compiles, are left out)."""
    facts, seeds = make_base(tmp_path, **files)
    result = compile_factbase(facts, seeds)
    return [
        f"{Path(p.path).name}:{p.line}:{p.col}: {p.message}"
        for p in result.problems
        if Path(p.path).name in files
    ]


def test_a_valid_fact_base_compiles_with_spans_and_paragraphs(tmp_path: Path) -> None:
    """The quote is found despite straight quotes and its paragraph and span are recorded."""
    facts, seeds = make_base(tmp_path)
    result = compile_factbase(facts, seeds)
    assert result.problems == []
    assert result.factbase is not None
    fact = result.factbase.facts["meeting"]
    assert fact.quote.paragraph == 1
    assert fact.quote.text.startswith("Minister Ada Lovelace")


def test_quotes_tolerate_whitespace_and_straight_quotes_only(tmp_path: Path) -> None:
    """Straight quotes and reflowed spaces match the curly original; a changed word does not."""
    ok = FACTS.replace(
        '"Minister Ada Lovelace met Minister Alan Turing on Monday in Springfield."',
        "'They  agreed on a \"Basic Engine Agreement,\" the ministry said.'",
    )
    assert problems(tmp_path / "a", **{"facts.yaml": ok}) == []
    bad = ok.replace("ministry said", "ministry stated")
    found = problems(tmp_path / "b", **{"facts.yaml": bad})
    assert len(found) == 1
    assert found[0].startswith("facts.yaml:4:12: quote not found")
    assert "closest passage" in found[0] and "the ministry said" in found[0]


def test_yaml_syntax_error_is_one_line_with_position(tmp_path: Path) -> None:
    """A broken YAML file gives its line and column, not a traceback."""
    found = problems(tmp_path, **{"facts.yaml": "facts:\n  - id: [unclosed\n"})
    assert len(found) == 1 and found[0].startswith("facts.yaml:3:")
    assert "YAML syntax error" in found[0]


def test_a_tab_is_reported_as_such(tmp_path: Path) -> None:
    """YAML indents with spaces; a tab gets a message that says so."""
    found = problems(tmp_path, **{"facts.yaml": "facts:\n\t- id: x\n"})
    assert found == ["facts.yaml:2:1: a tab character; YAML indents with spaces only"]


def test_duplicate_keys_are_caught(tmp_path: Path) -> None:
    """PyYAML would keep the last of two equal keys silently; the compiler refuses."""
    text = FACTS.replace("    topics: [meeting]\n", "    topics: [meeting]\n    topics: [x]\n")
    found = problems(tmp_path, **{"facts.yaml": text})
    assert "facts.yaml:10:5: duplicate key 'topics' (first at line 9)" in found


def test_wrong_types_unknown_and_missing_keys(tmp_path: Path) -> None:
    """Each field problem names the field and stands at its line."""
    text = """\
    facts:
      - id: meeting
        statment: typo
        quote: 42
        roles: {where: In Springfield}
        topics: [meeting]
    """
    found = problems(tmp_path, **{"facts.yaml": text})
    assert "facts.yaml:2:5: fact is missing 'statement'" in found
    assert any(p.startswith("facts.yaml:3:15: unknown key 'statment' in fact") for p in found)
    assert "facts.yaml:4:12: 'quote' must be text, not a number" in found


def test_empty_and_non_utf8_files(tmp_path: Path) -> None:
    """An empty file and a file in another encoding each get one clear line."""
    facts, seeds = make_base(tmp_path)
    (facts / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    (facts / "latin.yaml").write_bytes(b"facts:\n  - id: caf\xe9\n")
    found = [str(p) for p in compile_factbase(facts, seeds).problems]
    assert any(p.endswith("empty.yaml:1:1: file is empty") for p in found)
    assert any("latin.yaml:2:" in p and "not UTF-8" in p for p in found)


def test_missing_seed_is_reported(tmp_path: Path) -> None:
    """No article to check quotes against is an error, not a crash."""
    facts, seeds = make_base(tmp_path)
    (seeds / "springfield.txt").unlink()
    found = [str(p) for p in compile_factbase(facts, seeds).problems]
    assert any("no seed article" in p for p in found)


def test_duplicate_ids_and_unknown_references(tmp_path: Path) -> None:
    """A second fact with the same id, and a role naming an unknown entity, are both reported."""
    text = FACTS + FACTS.replace("facts:\n", "").replace("entities: [ada]", "entities: [adda]")
    found = problems(tmp_path, **{"facts.yaml": text})
    assert any("duplicate fact id 'meeting' (first at" in p for p in found)
    assert any("unknown entity 'adda' (did you mean 'ada'?)" in p for p in found)


def test_alias_claimed_by_two_entities(tmp_path: Path) -> None:
    """One alias may name one entity only; the message points at the first claim too."""
    text = ENTITIES.replace("maintainer_aliases: [Turing]", "maintainer_aliases: [Lovelace]")
    found = problems(tmp_path, **{"entities.yaml": text})
    assert any("alias 'Lovelace' is already claimed by entity 'ada'" in p for p in found)


def test_article_alias_must_occur_in_the_article(tmp_path: Path) -> None:
    """An alias the article never uses belongs under maintainer_aliases."""
    text = ENTITIES.replace("aliases: [Alan Turing]", "aliases: [Alan Turing, Al]")
    found = problems(tmp_path, **{"entities.yaml": text})
    assert any("alias 'Al' does not occur in the article" in p for p in found)


def test_summary_citing_an_unknown_fact(tmp_path: Path) -> None:
    """A summary point must cite facts that exist."""
    text = """\
    summaries:
      - topic: meeting
        title: The meeting
        short: Ada met Alan.
        points:
          - text: Ada met Alan.
            facts: [meeting, meetng]
    """
    found = problems(tmp_path, **{"summaries.yaml": text})
    assert any(":7:" in p and "unknown fact 'meetng'" in p for p in found)


def test_yaml_cannot_build_objects_or_expand_aliases(tmp_path: Path) -> None:
    """Python tags and anchor/alias bombs are refused with a message."""
    text = "facts: !!python/object/apply:os.system ['true']\n"
    found = problems(tmp_path, **{"facts.yaml": text})
    assert any("YAML tag" in p and "not allowed" in p for p in found)
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nfacts: [*b, *b]\n"
    found = problems(tmp_path / "bomb", **{"facts.yaml": bomb})
    assert any("anchors and aliases" in p for p in found)


def test_all_problems_are_reported_in_one_run(tmp_path: Path) -> None:
    """Several mistakes in several files all appear at once, in file order."""
    facts = FACTS.replace("entities: [ada]", "entities: [nobody]").replace('Springfield."', 'X."')
    entities = ENTITIES.replace(
        "kind: person\n    description: Another", "kind: robot\n    description: Another"
    )
    found = problems(tmp_path, **{"facts.yaml": facts, "entities.yaml": entities})
    assert len(found) >= 3
    assert found == sorted(found)


def test_check_command_exit_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`talksbot facts check` exits 0 on a good base and 1 with file:line:col lines on a bad one."""
    facts, seeds = make_base(tmp_path)
    monkeypatch.setenv("TALKSBOT_FACTS_DIR", str(facts))
    monkeypatch.setenv("TALKSBOT_SEEDS_DIR", str(seeds))
    assert main(["facts", "check"]) == 0
    assert "ok:" in capsys.readouterr().out
    (facts / "facts.yaml").write_text("facts:\n  - id: [\n", encoding="utf-8")
    assert main(["facts", "check"]) == 1
    err = capsys.readouterr().err
    assert "facts.yaml:" in err and "Traceback" not in err


def test_coverage_command_lists_uncovered_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sentences no fact quotes are listed with their paragraph, and the share is printed."""
    facts, seeds = make_base(tmp_path)
    monkeypatch.setenv("TALKSBOT_FACTS_DIR", str(facts))
    monkeypatch.setenv("TALKSBOT_SEEDS_DIR", str(seeds))
    assert main(["facts", "coverage"]) == 0
    out = capsys.readouterr().out
    assert "three such meetings" in out and "¶2" in out
    assert "% of sentences covered" in out


def test_a_changed_seed_is_refused_when_its_hash_is_recorded(tmp_path: Path) -> None:
    """A seed whose bytes no longer match the recorded SHA-256 is a problem at that line."""
    facts, seeds = make_base(tmp_path)
    (seeds / "springfield.yaml").write_text(
        "title: Ministers Meet\nsha256: " + "ab" * 32 + "\n", encoding="utf-8"
    )
    found = [str(p) for p in compile_factbase(facts, seeds).problems]
    assert any("springfield.yaml:2:9: springfield.txt has changed" in p for p in found)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab _-é1.’\u0660", max_size=3),
    st.text(alphabet="ab _-é1.’\u0660", max_size=12),
)
def test_an_alias_occurs_as_words_exactly_where_the_word_bounded_pattern_finds_it(
    needle: str, text: str
) -> None:
    from bot.text import occurs_as_words

    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    assert occurs_as_words(needle, text) == (pattern.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="aB _-é1.’\u0660", max_size=3),
    st.text(alphabet="aAbB _-é1.’\u0660", max_size=12),
)
def test_the_index_finds_a_capitalised_word_exactly_where_the_word_bounded_pattern_does(
    name: str, text: str
) -> None:
    from bot.engine.index import _has_capitalised

    pattern = re.compile(rf"\b{re.escape(name)}\b")
    assert _has_capitalised(name, text) == (pattern.search(text) is not None)
