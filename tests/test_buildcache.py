"""The build cache: a restart with unchanged files loads the compiled fact base and its index
instead of compiling; anything else (an edit, a damaged or foreign entry, the cache turned
off, `facts check`) compiles in full."""

from __future__ import annotations

import dataclasses
import os
import pickle
from pathlib import Path

import pytest

import bot.buildcache as buildcache
from bot.buildcache import build, build_key, entry_path
from bot.cli import main
from bot.config import Paths, cache_dir_from_env
from bot.engine.engine import Engine
from bot.factbase.compiler import CompileResult, compile_factbase
from bot.live import LiveFactBase
from tests.factbase_helpers import FACTS, make_base

_EDITED = FACTS.replace("Alan Turing in Springfield.", "Alan Turing in Springfield town.")


@pytest.fixture
def base(tmp_path: Path) -> tuple[Path, Path]:
    return make_base(tmp_path / "project")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every full compile the build cache starts, by fact folder."""
    calls: list[Path] = []

    def counting(facts: Path, seeds: Path) -> CompileResult:
        calls.append(facts)
        return compile_factbase(facts, seeds)

    monkeypatch.setattr(buildcache, "compile_factbase", counting)
    return calls


def test_a_second_start_with_the_same_files_loads_the_cache(
    base: tuple[Path, Path], cache: Path, compiles: list[Path]
) -> None:
    """The first build compiles and stores; the second loads the same fact base, unchanged."""
    facts, seeds = base
    first = build(facts, seeds, cache)
    second = build(facts, seeds, cache)
    assert (first.from_cache, second.from_cache) == (False, True)
    assert len(compiles) == 1
    assert second.factbase is not None and second.index is not None and first.factbase
    assert second.factbase.fingerprint == first.factbase.fingerprint
    assert second.factbase.facts.keys() == first.factbase.facts.keys()
    assert second.index.factbase is second.factbase
    engine = Engine(second.factbase, index=second.index)
    assert engine.index is second.index
    assert engine.answer("Where did Ada Lovelace meet Alan Turing?").text == (
        Engine(first.factbase).answer("Where did Ada Lovelace meet Alan Turing?").text
    )


def test_a_loaded_entry_is_the_build_it_stored_value_for_value(
    base: tuple[Path, Path], cache: Path
) -> None:
    """The entry writes facts as columns and the index's facts as lookups in the fact base:
    what loads is equal field for field (quotes, roles, sources), equal roles are one object
    as the compiler made them, and the index's facts are the fact base's own."""
    facts, seeds = base
    first = build(facts, seeds, cache)
    second = build(facts, seeds, cache)
    assert first.factbase is not None and second.factbase is not None and second.index
    assert second.from_cache
    for fact_id, fact in first.factbase.facts.items():
        loaded = second.factbase.facts[fact_id]
        assert [getattr(loaded, name) for name in fact.__slots__] == [
            getattr(fact, name) for name in fact.__slots__
        ]
        assert list(loaded.roles) == list(fact.roles)
    assert second.factbase.entities == first.factbase.entities
    assert second.factbase.summaries == first.factbase.summaries
    assert all(e.fact is second.factbase.facts[e.fact.id] for e in second.index.entries)
    roles = [r for f in second.factbase.facts.values() for r in f.roles.values()]
    assert len({id(r) for r in roles}) == len(set(roles))  # equal roles are one object
    assert pickle.dumps((second.factbase, second.index)) == pickle.dumps(
        pickle.loads(pickle.dumps((first.factbase, first.index)))  # noqa: S301 - our own
    )


def test_the_entry_layout_keeps_a_quote_it_cannot_rebuild(
    base: tuple[Path, Path],
) -> None:
    """A quote whose text is not its article's at its span is written as it is (only a
    compiled quote is rebuilt); a fact's file and line are written as they are."""
    facts, seeds = base
    factbase = build(facts, seeds, None).factbase
    assert factbase is not None
    fact = next(iter(factbase.facts.values()))
    odd = dataclasses.replace(
        fact,
        quote=dataclasses.replace(fact.quote, text="not the article's words"),
        path="somewhere else",
        line=7,
    )
    changed = dataclasses.replace(factbase, facts={**factbase.facts, fact.id: odd})
    loaded = buildcache._factbase_from_columns(*buildcache._factbase_columns(changed))
    assert loaded.facts[fact.id].quote == odd.quote
    assert loaded.facts[fact.id].source == "somewhere else:7"


def test_an_edited_file_is_compiled_again_never_served_stale(
    base: tuple[Path, Path], cache: Path, compiles: list[Path]
) -> None:
    """An edit changes the key: the next build compiles the new text and replaces the entry."""
    facts, seeds = base
    build(facts, seeds, cache)
    (facts / "facts.yaml").write_text(_EDITED)
    edited = build(facts, seeds, cache)
    assert not edited.from_cache and len(compiles) == 2
    assert edited.factbase is not None
    assert edited.factbase.facts["meeting"].statement.endswith("in Springfield town.")
    assert len(list(cache.glob("build-*.pickle"))) == 1  # one entry per fact folder
    assert build(facts, seeds, cache).from_cache


def test_a_changed_seed_or_compiler_source_is_a_miss(
    base: tuple[Path, Path], cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key covers the seed folder and the code that builds, not just the fact files."""
    facts, seeds = base
    key = build_key(facts, seeds)
    (seeds / "notes.yaml").write_text("title: Ministers Meet\n")
    assert build_key(facts, seeds) not in (None, key)
    monkeypatch.setattr(buildcache, "_code_digest", lambda: b"another version of the code")
    assert build_key(facts, seeds) not in (None, key)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short by a crash or a full disk
        lambda raw: raw[:-200] + b"\x00" * 200,
        lambda raw: raw.split(b"\n", 2)[0] + b"\n" + raw.split(b"\n", 2)[1] + b"\nnot a pickle",
    ],
    ids=["truncated", "garbled", "not-a-pickle"],
)
def test_a_damaged_entry_falls_back_to_a_full_compile(
    base: tuple[Path, Path], cache: Path, compiles: list[Path], damage: object
) -> None:
    """Whatever is wrong with the stored bytes, the build compiles and rewrites the entry."""
    facts, seeds = base
    build(facts, seeds, cache)
    entry = entry_path(cache, facts, seeds)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    again = build(facts, seeds, cache)
    assert not again.from_cache and again.ok and len(compiles) == 2
    assert build(facts, seeds, cache).from_cache


def test_an_entry_with_the_right_key_but_foreign_contents_is_refused(
    base: tuple[Path, Path], cache: Path
) -> None:
    """A pickle of something else (or of another fact base) under a matching header is not
    served."""
    facts, seeds = base
    build(facts, seeds, cache)
    entry = entry_path(cache, facts, seeds)
    header = b"\n".join(entry.read_bytes().split(b"\n", 2)[:2]) + b"\n"
    entry.write_bytes(header + pickle.dumps({"not": "a fact base"}))
    assert not build(facts, seeds, cache).from_cache


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_an_entry_others_could_write_is_never_unpickled(
    base: tuple[Path, Path], cache: Path, compiles: list[Path]
) -> None:
    """Unpickling runs code: a group- or world-writable entry or folder is ignored."""
    facts, seeds = base
    build(facts, seeds, cache)
    entry = entry_path(cache, facts, seeds)
    entry.chmod(0o666)
    assert not build(facts, seeds, cache).from_cache
    cache.chmod(0o777)
    assert not build(facts, seeds, cache).from_cache
    assert len(compiles) == 3


def test_the_cache_is_off_when_the_environment_says_so(tmp_path: Path) -> None:
    """`TALKSBOT_CACHE_DIR=off` disables it; unset, it follows XDG, then ~/.cache."""
    assert cache_dir_from_env({"TALKSBOT_CACHE_DIR": "off"}) is None
    assert cache_dir_from_env({"TALKSBOT_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache_dir_from_env({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "talksbot"
    assert Paths.from_env({"TALKSBOT_CACHE_DIR": "off"}).cache is None
    assert Paths(tmp_path, tmp_path).cache is None  # built by hand: no cache


def test_commands_load_through_the_cache_only_when_enabled(
    base: tuple[Path, Path], cache: Path, monkeypatch: pytest.MonkeyPatch, compiles: list[Path]
) -> None:
    """`talksbot ask` writes and then reuses the entry; with the cache off it writes none."""
    facts, seeds = base
    monkeypatch.setenv("TALKSBOT_FACTS_DIR", str(facts))
    monkeypatch.setenv("TALKSBOT_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("TALKSBOT_CACHE_DIR", "off")
    assert main(["ask", "Where did Ada Lovelace meet Alan Turing?"]) == 0
    assert not cache.exists()
    monkeypatch.setenv("TALKSBOT_CACHE_DIR", str(cache))
    assert main(["ask", "Where did Ada Lovelace meet Alan Turing?"]) == 0
    assert main(["ask", "Where did Ada Lovelace meet Alan Turing?"]) == 0
    assert len(compiles) == 2
    assert entry_path(cache, facts, seeds).exists()


def test_facts_check_always_compiles_in_full(
    base: tuple[Path, Path], cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check is the compiler's verdict on the files now: it never reads the cache."""
    facts, seeds = base
    build(facts, seeds, cache)
    monkeypatch.setenv("TALKSBOT_FACTS_DIR", str(facts))
    monkeypatch.setenv("TALKSBOT_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("TALKSBOT_CACHE_DIR", str(cache))

    def refuse(*args: object) -> None:
        raise AssertionError("facts check read the build cache")

    monkeypatch.setattr(buildcache, "_read", refuse)
    assert main(["facts", "check"]) == 0


def test_a_reload_recompiles_an_edit_and_skips_unchanged_files(
    base: tuple[Path, Path], cache: Path, compiles: list[Path]
) -> None:
    """The live fact base compiles only when the files differ from what it serves."""
    facts, seeds = base
    live = LiveFactBase(Paths(facts, seeds, cache))
    assert live.reload().changed is False
    assert len(compiles) == 1
    (facts / "facts.yaml").write_text(_EDITED)
    result = live.reload()
    assert result.ok and result.changed and len(compiles) == 2
    assert live.factbase.facts["meeting"].statement.endswith("in Springfield town.")
    (facts / "facts.yaml").write_text("facts: [broken")
    assert not live.reload().ok
    assert live.factbase.facts["meeting"].statement.endswith("in Springfield town.")


def test_an_entry_with_one_byte_changed_inside_is_never_served(
    base: tuple[Path, Path], cache: Path, compiles: list[Path]
) -> None:
    """A flipped bit that still unpickles (a column of posting lengths read one off) would
    serve a wrong index: the payload's digest catches it and the build compiles."""
    facts, seeds = base
    build(facts, seeds, cache)
    entry = entry_path(cache, facts, seeds)
    raw = bytearray(entry.read_bytes())
    middle = len(raw) // 2
    raw[middle] ^= 0x01
    entry.write_bytes(bytes(raw))
    again = build(facts, seeds, cache)
    assert not again.from_cache and again.ok and len(compiles) == 2
    assert build(facts, seeds, cache).from_cache


def test_memory_tuning_is_left_alone_outside_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another C library's `mallopt` may read the parameter numbers otherwise: without
    glibc's own marker function no C function is looked up or called."""

    class _OtherLibc:
        def mallopt(self, param: int, value: int) -> int:
            raise AssertionError("called a C library that is not glibc")

    monkeypatch.setattr("bot.buildcache.ctypes.CDLL", lambda name: _OtherLibc())
    assert buildcache._glibc("mallopt") is None
    assert buildcache._glibc("malloc_trim") is None
