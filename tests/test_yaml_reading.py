"""Reading YAML with positions: the one-pass reading of plain files gives exactly the tree of
the careful reading (node tree, then conversion), and leaves every unusual file to it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.factbase.yamlnodes as yamlnodes
from bot.factbase.yamlnodes import parse_yaml

ROOT = Path(__file__).resolve().parent.parent

scalars = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
    st.sampled_from(["yes", "no", "~", "0x1F", "1_000", "2020-10-27", "=", "<<", "*a", "!x"]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)
# Bits of YAML a maintainer might type, joined at random: anchors, tags, tabs, documents.
FRAGMENTS = [
    "a: 1\n",
    "- x\n",
    "  b: [1, 2]\n",
    "&anchor ",
    "*anchor\n",
    "!!str ",
    "!tag ",
    "---\n",
    "\t",
    "key: key\n",
    "? complex\n",
    ": value\n",
    "{a: b, a: c}\n",
    "'q'\n",
    "- - - deep\n",
    "c: |\n  text\n",
    "# comment\n",
    "d:\n",
    'e: "x"\n',
    "[\n",
]


def both(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    fast = parse_yaml(path, "f.yaml")
    with monkeypatch.context() as patched:
        patched.setattr(yamlnodes, "_read_plain", lambda text, shown: None)
        careful = parse_yaml(path, "f.yaml")
    assert fast == careful


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=documents, flow=st.booleans())
def test_any_dumped_document_reads_the_same_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: object, flow: bool
) -> None:
    """Values, types, lines and columns agree for whatever PyYAML itself writes."""
    both(
        tmp_path, yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True), monkeypatch
    )


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8))
def test_unusual_files_get_the_careful_readings_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parts: list[str]
) -> None:
    """Anchors, tags, duplicate keys, several documents, syntax errors: same tree, same
    problems."""
    both(tmp_path, "".join(parts), monkeypatch)


def test_the_real_fact_files_read_the_same_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fact base as it is reads identically (and through the fast path)."""
    for path in sorted((ROOT / "facts").glob("*.yaml")):
        both(tmp_path, path.read_text(encoding="utf-8"), monkeypatch)
        assert yamlnodes._read_plain(path.read_text(encoding="utf-8"), "f.yaml") is not None
