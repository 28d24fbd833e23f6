"""The build cache: a compiled fact base and its index, kept on disk so that a restart with
unchanged files loads them instead of compiling and indexing again (seconds, not minutes, for a
large base).

What makes it safe to trust:

- An entry is keyed by every byte the compiler reads (the fact files and the seed folder, as
  the fact base's own fingerprint is) and by the source of the code that builds them, so an
  edited file or a new version of the compiler or index is never served from an old entry.
- Entries are pickles, and unpickling runs code: only a file in a cache folder owned by this
  user, that nobody else can write, and owned and writable only by this user too, is read;
  its header must name the key asked for before anything is unpickled.
- It is written to a temporary file in the same folder and moved into place with
  `os.replace`, so a reader sees the old entry or the new one, never half of one.
- Any failure to read, check or unpickle an entry is logged and answered by a full compile;
  a failure to write one is logged and the fresh build is served anyway.

Where entries live is configuration (`Paths.cache`, from `TALKSBOT_CACHE_DIR`; see
`bot.config`). `talksbot facts check` (and `eval`) always compile in full: they are the checks.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
import time
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import IO, Any

from bot.engine.index import FactEntry, Index
from bot.factbase.compiler import compile_factbase, source_digest
from bot.factbase.model import Article, Entity, Fact, FactBase, Quote, Role, Summary
from bot.factbase.problems import Problem

__all__ = ["Built", "build", "build_key", "entry_path"]

log = logging.getLogger(__name__)

_MAGIC = b"talksbot-build-cache 4\n"
# The payload's CRC-32 ends an entry: a flipped bit that still unpickles (a column of
# posting lengths read one off) would otherwise be served as the fact base. (Damage, not
# tampering, is what it is for: the entry is private to this user. CRC-32 catches every
# burst of up to 32 bits and reads 95 MB in 0.1 s, a fifth of a cryptographic hash's time.)
_DIGEST_SIZE = 4
_CHUNK = 1 << 20

# The code whose output the cache holds: any change to it makes every entry stale.
_PACKAGE = Path(__file__).resolve().parent
_CODE = ("factbase", "engine", "text.py")  # (the entry format is versioned by _MAGIC)


@dataclass(frozen=True, slots=True)
class Built:
    """A fact base and its index (both None if the sources have problems)."""

    factbase: FactBase | None
    index: Index | None
    problems: tuple[Problem, ...]
    from_cache: bool
    key: str | None  # what the sources and code hash to; None if a file could not be read
    # Seconds spent in each step taken: "key", "load" (from the cache), "compile", "index",
    # "store" (writing the cache entry).
    seconds: Mapping[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.factbase is not None and self.index is not None and not self.problems


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    digest = hashlib.sha256(f"{sys.version}\0{pickle.HIGHEST_PROTOCOL}\0".encode())
    for name in _CODE:
        target = _PACKAGE / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.digest()


def build_key(facts_dir: Path, seeds_dir: Path) -> str | None:
    """The key of the build these sources and this code give; None if a file is unreadable
    (the compile will say which)."""
    try:
        sources = source_digest(facts_dir, seeds_dir)
    except OSError:
        return None
    # The compiled base's fingerprint ends the key: a loaded entry can be checked against it.
    return hashlib.sha256(_code_digest() + sources.encode()).hexdigest() + sources[:16]


def entry_path(cache_dir: Path, facts_dir: Path, seeds_dir: Path) -> Path:
    """One entry per fact folder and seed folder, replaced by each new build of them."""
    where = f"{facts_dir.resolve()}\0{seeds_dir.resolve()}".encode()
    return cache_dir / f"build-{hashlib.sha256(where).hexdigest()[:20]}.pickle"


def build(
    facts_dir: Path, seeds_dir: Path, cache_dir: Path | None, *, key: str | None = None
) -> Built:
    """The fact base and index of these sources: from the cache if it holds this very build,
    else compiled and indexed (and then stored, if they compiled). `key`, if given, is
    `build_key` of the same folders, just computed."""
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    _map_large_blocks()
    if key is None:
        key = build_key(facts_dir, seeds_dir)
        clock = _lap(seconds, "key", clock)
    if cache_dir is not None and key is not None:
        cached = _read(entry_path(cache_dir, facts_dir, seeds_dir), cache_dir, key)
        if cached is not None:
            _return_freed_memory()  # (the unpickler's scratch)
        clock = _lap(seconds, "load", clock)
        if cached is not None:
            return Built(cached[0], cached[1], (), True, key, seconds)
    with _collector_paused():
        result = compile_factbase(facts_dir, seeds_dir)
        clock = _lap(seconds, "compile", clock)
        if result.factbase is None or result.problems:
            return Built(None, None, tuple(result.problems), False, key, seconds)
        # (The aliases' normalised forms are needed only while the index is built.)
        index = Index(result.factbase, result.normalised_aliases)
        result.normalised_aliases = {}
        _keep()
        clock = _lap(seconds, "index", clock)
    _return_freed_memory()  # before the store, whose peak would stand on it
    # The files may have changed while we compiled: store only what the key describes.
    if key is not None and key.endswith(result.factbase.fingerprint):
        if cache_dir is not None:
            _write(
                entry_path(cache_dir, facts_dir, seeds_dir), cache_dir, key, result.factbase, index
            )
            _return_freed_memory()  # (the pickler's scratch: not needed again)
            _lap(seconds, "store", clock)
    else:
        key = None
    return Built(result.factbase, index, (), False, key, seconds)


def _lap(seconds: dict[str, float], step: str, since: float) -> float:
    now = time.perf_counter()
    seconds[step] = now - since
    return now


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a build or a load allocates millions of objects
    that all stay alive (parse trees are freed by reference counting): at 100,000 facts the
    collector's repeated walks over what is built cost a third of the time. A successful
    build or load then calls `_keep()` before the collector comes back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _keep() -> None:
    """What was just built lives until the next reload: freeze it (`gc.freeze()`), as the
    commands do once the engine is built. Otherwise the first collection after a load with
    the collector paused walks all of it (1.5 s after loading 100,000 facts)."""
    gc.freeze()


def _return_freed_memory() -> None:
    """Hands the C heap's free pages back to the system. A cold build frees a great deal
    (parse trees, the compiler's and the index builder's tables: some 7 % of what it holds
    at 10,000 facts), which glibc keeps inside its heap for reuse; the store's largest
    allocation, the pickler's memo table, is mapped afresh and cannot reuse it, so the
    store's peak stood on top of it, and the bot held it for its life (a load leaves less:
    some 3 %, for 4 ms). Only glibc has `malloc_trim`; elsewhere this does nothing."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    return _glibc("malloc_trim")


# glibc's `mallopt` parameter for the size from which a block is mapped on its own, and
# its default (128 KiB), kept fixed.
_M_MMAP_THRESHOLD = -3
_MAPPED_FROM = 128 * 1024


@lru_cache(maxsize=1)
def _map_large_blocks() -> None:
    """Has every block of 128 KiB or more (a large build's big tables, pickle's memo table)
    mapped on its own, so that freeing one hands it back to the system at once. glibc
    raises that size each time a mapped block is freed (up to 32 MiB): once a build had
    freed its first large tables, later ones, the memo's table doubling during the store
    among them, came from the heap, and a freed one stayed in the process until trimmed
    (at 100,000 facts the store's peak stood on the memo's old tables). Set once per
    process, and kept for its life: while the bot answers, a block that large (rare: a
    table made on first use) is mapped and unmapped on its own too, which the bench's
    latency runs, made after a build, include. Only glibc has `mallopt`; elsewhere this
    does nothing."""
    mallopt = _glibc("mallopt")
    if mallopt is not None and mallopt(_M_MMAP_THRESHOLD, _MAPPED_FROM) == 0:
        log.debug("mallopt refused a fixed mmap threshold: freed large blocks stay in the heap")


def _glibc(name: str) -> Callable[..., int] | None:
    """A function of the C library if that library is glibc, else None: another C library's
    `mallopt` may give the parameter numbers other meanings (or export none)."""
    try:
        library = ctypes.CDLL(None)
        if not hasattr(library, "gnu_get_libc_version"):
            return None
        function = getattr(library, name)
    except (OSError, AttributeError, TypeError):  # no C library to name
        return None
    function.argtypes = _ARGUMENTS[name]
    function.restype = ctypes.c_int
    checked: Callable[..., int] = function
    return checked


# The C types of the arguments of each function above: `malloc_trim(size_t pad)`,
# `mallopt(int param, int value)`.
_ARGUMENTS: dict[str, list[type[ctypes.c_int] | type[ctypes.c_size_t]]] = {
    "malloc_trim": [ctypes.c_size_t],
    "mallopt": [ctypes.c_int, ctypes.c_int],
}


# --- reading and writing ------------------------------------------------------------------


def _private(st: os.stat_result) -> bool:
    """Owned by us and writable by nobody else (where the system has owners)."""
    if not hasattr(os, "getuid"):  # pragma: no cover - not POSIX
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path, cache_dir: Path, key: str) -> tuple[FactBase, Index] | None:
    try:
        if not _private(os.stat(cache_dir)):
            log.warning("build cache %s is writable by others: not used", cache_dir)
            return None
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning("build cache %s unreadable (%s): compiling", path, error)
        return None
    with os.fdopen(fd, "rb") as file:
        try:
            st = os.fstat(file.fileno())
            if not stat.S_ISREG(st.st_mode) or not _private(st):
                log.warning("build cache entry %s is not private to this user: not used", path)
                return None
            header = file.read(len(_MAGIC) + len(key) + 1)
            if header != _MAGIC + key.encode() + b"\n":
                return None  # another build of these folders: stale, replaced after compiling
            end = st.st_size - _DIGEST_SIZE
            if not _payload_intact(file, end):
                log.warning("build cache entry %s is damaged (its checksum): compiling", path)
                return None
            file.seek(len(header))
            with _collector_paused():
                loaded = pickle.load(file)  # noqa: S301 - a private file whose key matched
                if file.tell() != end:
                    raise ValueError("the pickle does not end where the payload does")
                if not _holds_this_build(loaded, key):
                    log.warning("build cache entry %s holds something else: compiling", path)
                    return None
                _keep()  # (only what is served: a refused entry is left to the collector)
        except Exception as error:  # a truncated or corrupt entry costs a compile, no more
            log.warning("build cache entry %s is damaged (%s): compiling", path, error)
            return None
    return loaded[0], loaded[1]


def _payload_intact(file: IO[bytes], end: int) -> bool:
    """Whether the bytes from here to `end` have the checksum stored after them."""
    checksum = 0
    left = end - file.tell()
    if left <= 0:
        return False
    while left > 0:
        chunk = file.read(min(_CHUNK, left))
        if not chunk:
            return False
        checksum = zlib.crc32(chunk, checksum)
        left -= len(chunk)
    return file.read() == checksum.to_bytes(_DIGEST_SIZE, "big")


def _holds_this_build(loaded: object, key: str) -> bool:
    """A (FactBase, Index) pair of the fact base the key names, the index over it."""
    return (
        isinstance(loaded, tuple)
        and len(loaded) == 2
        and isinstance(loaded[0], FactBase)
        and isinstance(loaded[1], Index)
        and loaded[1].factbase is loaded[0]
        and key.endswith(loaded[0].fingerprint)
    )


def _write(path: Path, cache_dir: Path, key: str, factbase: FactBase, index: Index) -> None:
    temp: str | None = None
    try:
        cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(os.stat(cache_dir)):
            log.warning("build cache %s is writable by others: not written", cache_dir)
            return
        fd, temp = tempfile.mkstemp(prefix=".build-", suffix=".tmp", dir=cache_dir)
        with os.fdopen(fd, "wb") as file:
            file.write(_MAGIC + key.encode() + b"\n")
            payload = _Summing(file)
            _EntryPickler(payload, factbase).dump((factbase, index))
            file.write(payload.checksum())
        os.replace(temp, path)
        temp = None
    except Exception as error:  # the cache is an optimisation: never fail a start for it
        log.warning("could not write the build cache %s: %s", path, error)
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


class _Summing:
    """A file the pickler writes through, summing what it writes (the sum ends the entry)."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self._checksum = 0

    def write(self, data: bytes) -> int:
        self._checksum = zlib.crc32(data, self._checksum)
        return self._file.write(data)

    def checksum(self) -> bytes:
        return self._checksum.to_bytes(_DIGEST_SIZE, "big")


# --- the entry's layout -------------------------------------------------------------------
#
# Pickling a large base remembers every object it writes (its memo: 16 bytes an object in a
# table that doubles, and each `__reduce__` tuple kept alive with it); at 100,000 facts the
# memo, not the fact base, set the cold build's peak memory. The facts are therefore written
# as columns, one list per field (no Fact, Quote or Role object, nor a tuple for each, to
# remember), and the index refers to each fact by the fact base and its id.


class _EntryPickler(pickle.Pickler):
    """Pickles (factbase, index): the fact base's facts as columns, the index's entries and
    postings as columns too (see `_index_parts`), and every later mention of a fact or an
    entry as a lookup, so each is one object again when loaded."""

    def __init__(self, file: _Summing, factbase: FactBase) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._factbase = factbase
        self._index: Index | None = None  # the index whose parts went as columns
        self._parts: dict[int, str] = {}  # id of each such part → its attribute name

    def reducer_override(self, obj: object) -> Any:
        # Called for objects of classes of ours (and for classes, functions and arrays), not
        # for strings, numbers and containers: a few hundred thousand calls at 100,000 facts.
        if obj is self._factbase:
            return _factbase_from_columns, _factbase_columns(self._factbase)
        if type(obj) is _Streamed:
            return list, (), None, iter(obj)
        if type(obj) is Fact and self._factbase.facts.get(obj.id) is obj:
            return _fact_in, (self._factbase, obj.id)
        if type(obj) is Index and self._index is None:
            if _entries_in_fact_order(obj, self._factbase):
                return self._index_by_parts(obj)
            return NotImplemented
        index = self._index
        if index is None:
            return NotImplemented
        if type(obj) is FactEntry and _entry_at(index, obj.order) is obj:
            return _entry_loaded, (index, obj.order)
        if _plain_object(obj) and not self._parts.keys().isdisjoint(map(id, vars(obj).values())):
            return _object_sharing_parts, (type(obj), index, self._with_part_names(vars(obj)))
        return NotImplemented

    def _index_by_parts(self, index: Index) -> Any:
        self._index = index
        self._parts = {id(getattr(index, name)): name for name in _INDEX_PARTS}
        return (
            _index_from_parts,
            (self._factbase, *_index_parts(index)),
            self._with_part_names(vars(index)),
            None,
            None,
            _set_state_in_order,
        )

    def _with_part_names(self, state: dict[str, Any]) -> dict[str, Any]:
        """An object's attributes, each that is one of the index's parts written as its
        name in a `_Part` (the part itself is in the index, rebuilt before this state)."""
        parts = self._parts
        return {
            name: _Part(parts[id(value)]) if id(value) in parts else value
            for name, value in state.items()
        }


def _fact_in(factbase: FactBase, fact_id: str) -> Fact:
    return factbase.facts[fact_id]


# --- the index as columns -----------------------------------------------------------------
#
# Each entry pickled as an object left a tuple of its eleven fields and a lookup of its fact
# in the memo, and each posting list an array, a copy of its bytes and a tuple: some 0.7 M
# objects and 40 MB the store held at its peak at 100,000 facts. The entries go as one list
# per field (their facts and positions are the fact base's order), and each posting table
# as its keys, their lengths and one array of every position.

# The index's attributes written as columns; anything else of ours holding one of them
# (the quotations keep the entries and postings) gets the index's own when loaded.
_INDEX_PARTS = ("entries", "by_id", "postings", "entity_postings", "topic_postings")
_POSTING_TABLES = ("postings", "entity_postings", "topic_postings")
# The fields of an entry after its fact and position, in the order `FactEntry` takes them.
_ENTRY_COLUMNS = tuple(name for name in FactEntry.__slots__ if name not in ("fact", "order"))


@dataclass(frozen=True, slots=True)
class _Part:
    """In a pickled state: "the index's attribute `name` (rebuilt from columns) goes here"."""

    name: str


def _entries_in_fact_order(index: Index, factbase: FactBase) -> bool:
    """Whether entry i is the fact base's i-th fact at position i (as `Index` builds them):
    only then can the columns leave out each entry's fact and position."""
    entries = index.entries
    return (
        index.factbase is factbase
        and len(entries) == len(factbase.facts)
        and all(
            type(entry) is FactEntry and entry.order == order and entry.fact is fact
            for order, (entry, fact) in enumerate(
                zip(entries, factbase.facts.values(), strict=True)
            )
        )
        and len(index.by_id) == len(entries)
        and all(index.by_id.get(entry.fact.id) is entry for entry in entries)
        and all(
            all(type(positions) is array for positions in getattr(index, table).values())
            for table in _POSTING_TABLES
        )
    )


def _index_parts(index: Index) -> tuple[Any, ...]:
    entries = index.entries
    columns = [_Streamed(map(attrgetter(name), entries)) for name in _ENTRY_COLUMNS]
    return (columns, *(_posting_columns(getattr(index, table)) for table in _POSTING_TABLES))


def _posting_columns(table: dict[str, array[int]]) -> tuple[Any, ...]:
    """A posting table as (keys, lengths, every position, typecode): the positions as one
    buffer pickled in place (no copy), not an array, a tuple and a bytes copy per key."""
    typecode = next(iter(table.values())).typecode if table else "i"
    every = array(typecode)
    lengths = array("I")
    for positions in table.values():
        every.extend(positions)
        lengths.append(len(positions))
    return _Streamed(table), pickle.PickleBuffer(lengths), pickle.PickleBuffer(every), typecode


def _postings_from_columns(
    keys: list[str], lengths: bytes | bytearray, every: bytes | bytearray, typecode: str
) -> dict[str, array[int]]:
    counts = array("I")
    counts.frombytes(lengths)
    positions = array(typecode)
    positions.frombytes(every)
    table: dict[str, array[int]] = {}
    start = 0
    for key, count in zip(keys, counts, strict=True):
        table[key] = positions[start : start + count]
        start += count
    return table


def _index_from_parts(
    factbase: FactBase, columns: list[list[Any]], *tables: tuple[Any, ...]
) -> Index:
    """An index with its entries and postings rebuilt; the rest of its attributes come
    next, from its state (`_set_state_in_order`)."""
    index = Index.__new__(Index)
    entries = tuple(
        _restore_entry_of(fact, order, values)
        for order, (fact, values) in enumerate(
            zip(factbase.facts.values(), zip(*columns, strict=True), strict=True)
        )
    )
    parts: dict[str, Any] = {"entries": entries, "by_id": {e.fact.id: e for e in entries}}
    for table, written in zip(_POSTING_TABLES, tables, strict=True):
        parts[table] = _postings_from_columns(*written)
    vars(index).update(parts)
    return index


def _restore_entry_of(fact: Fact, order: int, values: tuple[Any, ...]) -> FactEntry:
    entry = FactEntry(fact, order, *values[:-1])
    object.__setattr__(entry, "involved", values[-1])  # shared, as built
    return entry


def _set_state_in_order(index: Index, state: dict[str, Any]) -> None:
    """The index's attributes in the order they were built (so a loaded index pickles as
    the built one does), its parts put back where `_Part` names them."""
    parts = dict(vars(index))
    vars(index).clear()
    vars(index).update(
        (name, parts[value.name] if type(value) is _Part else value)
        for name, value in state.items()
    )


def _entry_loaded(index: Index, order: int) -> FactEntry:
    """The entry a stored reference names; a reference to none is a damaged entry."""
    entry = _entry_at(index, order)
    if entry is None:
        raise ValueError(f"a reference to index entry {order}, which is not there")
    return entry


def _entry_at(index: Index, order: int) -> FactEntry | None:
    entries = index.entries
    return entries[order] if 0 <= order < len(entries) else None


def _plain_object(obj: object) -> bool:
    """An object of ours pickled as its class and attributes (nothing custom)."""
    kind = type(obj)
    return (
        kind.__module__.startswith("bot.")
        and hasattr(obj, "__dict__")
        and not hasattr(kind, "__slots__")
        and kind.__new__ is object.__new__
        and kind.__reduce_ex__ is object.__reduce_ex__
        and kind.__reduce__ is object.__reduce__
        and kind.__getstate__ is object.__getstate__
        and not hasattr(kind, "__setstate__")
    )


def _object_sharing_parts(kind: type[Any], index: Index, state: dict[str, Any]) -> object:
    """An object of ours that held some of the index's parts: the same attributes, in
    order, those parts the loaded index's own."""
    obj: Any = object.__new__(kind)
    vars(obj).update(
        (name, getattr(index, value.name) if type(value) is _Part else value)
        for name, value in state.items()
    )
    return obj


def _factbase_columns(factbase: FactBase) -> tuple[Any, ...]:
    """The fact base with its facts as columns (see `_factbase_from_columns`), each column
    streamed as it is written (`_Streamed`)."""
    facts = list(factbase.facts.values())
    articles = factbase.articles

    def column(value_of: Callable[[Fact], Any]) -> _Streamed:
        return _Streamed(map(value_of, facts))

    def roles() -> Iterator[Role]:
        return (role for fact in facts for role in fact.roles.values())

    return (
        dict(articles),
        dict(factbase.entities),
        dict(factbase.summaries),
        factbase.fingerprint,
        column(lambda f: f.id),
        column(lambda f: f.article),
        column(lambda f: f.statement),
        # The quote's article when it is not the fact's, and its text when it is not the
        # article's text at its span (a quote located by the compiler always is).
        column(lambda f: None if f.quote.article == f.article else f.quote.article),
        column(lambda f: _quote_text_unless_located(f.quote, articles)),
        column(lambda f: f.quote.start),
        column(lambda f: f.quote.end),
        column(lambda f: f.quote.paragraph),
        column(lambda f: len(f.roles)),
        _Streamed(role.name for role in roles()),
        _Streamed(role.answer for role in roles()),
        _Streamed(role.entities for role in roles()),
        column(lambda f: f.entities),
        column(lambda f: f.keywords),
        column(lambda f: f.topics),
        column(lambda f: f.negative),
        column(lambda f: f.timeline),
        column(lambda f: f.questions),
        column(lambda f: f.path),
        column(lambda f: f.line),
    )


class _Streamed:
    """A column written as a list from an iterator, one value after another: never held
    whole while the entry is written (pickle's memo would keep every list to the end: at
    100,000 facts some 40 MB of the store's peak). Loaded, it is a plain list."""

    __slots__ = ("_values",)

    def __init__(self, values: Iterable[Any]) -> None:
        self._values = iter(values)

    def __iter__(self) -> Iterator[Any]:  # (once, as a column is read)
        return self._values


def _quote_text_unless_located(quote: Quote, articles: Mapping[str, Article]) -> str | None:
    article = articles.get(quote.article)
    if article is not None and article.text[quote.start : quote.end] == quote.text:
        return None
    return quote.text


def _factbase_from_columns(
    articles: dict[str, Article],
    entities: Mapping[str, Entity],
    summaries: Mapping[str, Summary],
    fingerprint: str,
    *columns: list[Any],
) -> FactBase:
    """The fact base `_factbase_columns` wrote, each fact, quote and (equal) role one
    object again."""
    (ids, fact_articles, statements, quote_articles, quote_texts, starts, ends, paragraphs,
     role_counts, role_names, role_answers, role_entities, entities_of, keywords, topics,
     negatives, timelines, questions, paths, lines) = columns  # fmt: skip
    equal_roles: dict[tuple[str, str, tuple[str, ...]], Role] = {}
    roles: list[Role] = []
    for key in zip(role_names, role_answers, role_entities, strict=True):
        role = equal_roles.get(key)
        if role is None:
            role = equal_roles[key] = Role(*key)
        roles.append(role)
    next_role = iter(roles).__next__
    facts: dict[str, Fact] = {}
    rows = zip(
        ids, fact_articles, statements, quote_articles, quote_texts, starts, ends, paragraphs,
        role_counts, entities_of, keywords, topics, negatives, timelines, questions, paths,
        lines, strict=True,
    )  # fmt: skip
    for (
        fact_id, article, statement, quote_article, text, start, end, paragraph, role_count,
        entities_, keywords_, topics_, negative, timeline, questions_, path, line,
    ) in rows:  # fmt: skip
        quote_article = quote_article or article
        if text is None:
            text = articles[quote_article].text[start:end]
        fact_roles: dict[str, Role] = {}
        for _ in range(role_count):
            role = next_role()
            fact_roles[role.name] = role
        facts[fact_id] = Fact(
            fact_id,
            article,
            statement,
            Quote(quote_article, text, start, end, paragraph),
            fact_roles,
            entities_,
            keywords_,
            topics_,
            negative,
            timeline,
            questions_,
            path,
            line,
        )
    return FactBase(articles, entities, facts, summaries, fingerprint)
