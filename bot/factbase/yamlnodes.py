"""Safe YAML parsing that keeps positions: every value knows its file, line and column.

PyYAML's composer gives nodes with marks; we read those nodes directly instead of letting
PyYAML construct objects, so no tag can build a Python object, a duplicate key is caught
(PyYAML would keep the last one silently), and anchors/aliases, which would let a small file
expand into a huge one, are refused.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from bot.factbase.problems import Problem

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_STRING",
    "Located",
    "YamlFile",
    "parse_yaml",
]

try:  # libyaml is several times faster; the pure-Python loader behaves the same.
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 12
MAX_STRING = 20_000
MAX_NODES = 200_000
_SHARED_TEXT = 64  # texts up to this long are interned by the one-pass reading

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_FLOAT = "tag:yaml.org,2002:float"
_SCALAR_TAGS = frozenset({_STR, _INT, _BOOL, _NULL, _FLOAT, "tag:yaml.org,2002:timestamp"})
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class Located(NamedTuple):
    """A plain value (str, int, bool, None, list or dict of Located) and where it stands.

    A named tuple, not a frozen dataclass: as immutable, but made four times faster (a
    frozen dataclass sets each field through `object.__setattr__`), and the reader makes one
    per value of every file (a quarter of a large base's compile went to that)."""

    value: object
    path: str
    line: int
    col: int

    def problem(self, message: str) -> Problem:
        return Problem(self.path, self.line, self.col, message)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class YamlFile:
    path: Path
    shown: str  # the path as messages show it
    raw: bytes
    root: Located | None  # None when the file could not be read


def parse_yaml(path: Path, shown: str) -> tuple[YamlFile, list[Problem]]:
    """Read and parse one file; problems instead of exceptions for every kind of bad input."""
    problems: list[Problem] = []
    try:
        raw = path.read_bytes()
    except OSError as error:
        return YamlFile(path, shown, b"", None), [
            Problem(shown, 1, 1, f"cannot read the file: {error.strerror or error}")
        ]
    if len(raw) > MAX_FILE_BYTES:
        return YamlFile(path, shown, raw, None), [
            Problem(shown, 1, 1, f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return YamlFile(path, shown, raw, None), [
            Problem(
                shown,
                line,
                col,
                f"not UTF-8: byte 0x{raw[error.start]:02x} cannot be decoded; "
                "save the file as UTF-8",
            )
        ]
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return YamlFile(path, shown, raw, None), [Problem(shown, 1, 1, "file is empty")]
    fast = _read_plain(text, shown)
    if fast is not None:
        return YamlFile(path, shown, raw, fast), problems
    try:
        # Count the parser's events first: a file of a million tiny values (or nesting a
        # thousand deep) is refused before a node is built for each.
        too_big = _too_big(text)
        if too_big is not None:
            return YamlFile(path, shown, raw, None), [Problem(shown, *too_big)]
        documents = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = _yaml_message(error)
        lines = text.splitlines()
        if mark and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
            message = "a tab character; YAML indents with spaces only"
        return YamlFile(path, shown, raw, None), [Problem(shown, line, col, message)]
    except yaml.YAMLError as error:  # pragma: no cover - every parser error carries a mark
        return YamlFile(path, shown, raw, None), [Problem(shown, 1, 1, f"YAML error: {error}")]
    documents = [d for d in documents if d is not None]
    if not documents:
        return YamlFile(path, shown, raw, None), [Problem(shown, 1, 1, "file is empty")]
    if len(documents) > 1:
        second = documents[1].start_mark
        problems.append(
            Problem(
                shown,
                second.line + 1,
                second.column + 1,
                "only one YAML document per file; remove the '---' separator",
            )
        )
    converter = _Converter(shown)
    root = converter.convert(documents[0], depth=0)
    problems.extend(converter.problems)
    return YamlFile(path, shown, raw, root), problems


class _NotPlain(Exception):
    """The file needs the careful reading: it has a problem to report, or something (an
    anchor, a tag, a second document) only that reading knows how to report."""


def _read_plain(text: str, shown: str) -> Located | None:
    """The common case, fast: one pass over the parser's events, building the `Located` tree
    the careful reading would build, without a node tree in between. None when the file is
    not plain (see `_NotPlain`): then the careful reading runs and reports what is wrong.

    Limits are checked as events arrive, so a huge or deeply nested file stops early."""
    loader = _Loader(text)
    try:
        return _plain_tree(loader, shown)
    except (_NotPlain, yaml.YAMLError):
        return None
    finally:
        loader.dispose()


def _plain_tree(loader: yaml.SafeLoader, shown: str) -> Located:
    resolvers = _Loader.yaml_implicit_resolvers
    if None in resolvers:  # pragma: no cover - PyYAML's safe resolvers have no wildcard
        raise _NotPlain
    # The parser's events one by one (`yaml.parse` asks whether there is one, then for it,
    # through a generator: twice the calls, for the one answer `get_event` gives alone).
    get_event: Callable[[], Any] = loader.get_event
    # Open collections: [the list or dict being filled, its line, its column, the key
    # awaiting a value]; a list, changed in place as keys and values arrive.
    stack: list[list[Any]] = []
    root: Located | None = None
    values = 0
    # The value of each short text already read in this file, plain and quoted apart (a
    # plain "12" is a number, a quoted one text): keys, ids, role names and references
    # repeat on every record, and resolving each again was most of a scalar's cost.
    seen_plain: dict[str, object] = {}
    seen_quoted: dict[str, object] = {}
    kinds = [type(get_event()), type(get_event())]
    if kinds != [yaml.StreamStartEvent, yaml.DocumentStartEvent]:
        raise _NotPlain
    # The exact event classes PyYAML makes (anything else goes to the careful reading).
    scalar, mapping_start, sequence_start = (
        yaml.ScalarEvent,
        yaml.MappingStartEvent,
        yaml.SequenceStartEvent,
    )
    mapping_end, sequence_end, document_end = (
        yaml.MappingEndEvent,
        yaml.SequenceEndEvent,
        yaml.DocumentEndEvent,
    )
    # `Located(...)` without its keyword-taking constructor: one per value read.
    make = tuple.__new__
    for event in iter(get_event, None):
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None or event.tag is not None:
                raise _NotPlain
            raw: str = event.value
            seen = seen_plain if event.implicit[0] else seen_quoted
            value = seen.get(raw, _UNSEEN)
            if value is _UNSEEN:
                value = _plain_scalar(raw, seen is seen_plain, resolvers)
                if len(raw) <= _SHARED_TEXT:
                    seen[raw] = value
            mark = event.start_mark
            if mark is not None:
                line = mark.line + 1
                col = mark.column + 1
            else:
                line = col = 1
            values += 1
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None:
                raise _NotPlain
            values += 1
            if len(stack) >= MAX_DEPTH or values > MAX_NODES:
                raise _NotPlain
            mark = event.start_mark
            stack.append(
                [
                    [] if kind is sequence_start else {},
                    *((mark.line + 1, mark.column + 1) if mark is not None else (1, 1)),
                    None,
                ]
            )
            continue
        elif kind is mapping_end or kind is sequence_end:
            value, line, col, _ = stack.pop()
        elif kind is document_end:
            break
        else:  # an alias, or anything else the careful reading reports
            raise _NotPlain
        if values > MAX_NODES:
            raise _NotPlain
        located: Located = make(Located, (value, shown, line, col))
        if not stack:
            root = located
            continue
        top = stack[-1]
        parent = top[0]
        if type(parent) is list:
            parent.append(located)
        elif top[3] is None:  # a key: plain text, not seen before in this mapping
            if not isinstance(value, str) or value in parent:
                raise _NotPlain
            top[3] = value
        else:
            parent[top[3]] = located
            top[3] = None
    if root is None or stack:
        raise _NotPlain
    if [type(event) for event in iter(get_event, None)] != [yaml.StreamEndEvent]:
        raise _NotPlain  # a second document
    return root


_UNSEEN = object()


def _plain_scalar(raw: str, plain: bool, resolvers: dict[str, Any]) -> object:
    """The value of a scalar as the careful reading would give it (a short text interned:
    ids, role names, keys and references repeat endlessly in a large base, one string
    object each shared by everything compiled from them); _NotPlain if it needs that
    reading."""
    tag = _STR
    if plain:
        for candidate, pattern in resolvers.get(raw[:1], ()):
            if pattern.match(raw):
                tag = candidate
                break
    if tag not in _SCALAR_TAGS or len(raw) > MAX_STRING:
        raise _NotPlain
    return sys.intern(raw) if tag == _STR and len(raw) <= _SHARED_TEXT else _scalar_value(tag, raw)


def _too_big(text: str) -> tuple[int, int, str] | None:
    """(line, column, message) where the document passes MAX_NODES values or MAX_DEPTH
    levels, from the event stream alone; None if it stays within both."""
    values = depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
            values += 1
        elif isinstance(event, yaml.CollectionStartEvent):
            values += 1
            depth += 1
            if depth > MAX_DEPTH:
                return (*_position(event), f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if values > MAX_NODES:
            return (*_position(event), f"more than {MAX_NODES:,} values in one file")
    return None


def _position(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _yaml_message(error: yaml.MarkedYAMLError) -> str:
    problem = (error.problem or "").strip()
    if "'\\t'" in problem or "\\t" in problem or "tab" in problem.lower():
        return "a tab character; YAML indents with spaces only"
    context = (error.context or "").strip()
    text = f"{context}: {problem}" if context and problem else problem or context
    return f"YAML syntax error: {text}"


class _Converter:
    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.count = 0

    def _problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(
            Problem(self.shown, node.start_mark.line + 1, node.start_mark.column + 1, message)
        )

    def _located(self, node: yaml.Node, value: object) -> Located:
        return Located(value, self.shown, node.start_mark.line + 1, node.start_mark.column + 1)

    def convert(self, node: yaml.Node, depth: int) -> Located:
        self.count += 1
        if id(node) in self.seen:
            self._problem(node, "anchors and aliases (& and *) are not allowed in the fact base")
            return self._located(node, None)
        if self.count > MAX_NODES:
            if self.count == MAX_NODES + 1:
                self._problem(node, f"more than {MAX_NODES:,} values in one file")
            return self._located(node, None)
        if depth > MAX_DEPTH:
            self._problem(node, f"nested more than {MAX_DEPTH} levels deep")
            return self._located(node, None)
        self.seen.add(id(node))
        if not isinstance(node, yaml.ScalarNode) and node.tag not in (_SEQ, _MAP):
            self._problem(node, f"YAML tag '{node.tag}' is not allowed; write plain values")
            return self._located(node, None)
        if isinstance(node, yaml.ScalarNode):
            return self._located(node, self._scalar(node))
        if isinstance(node, yaml.SequenceNode):
            return self._located(node, [self.convert(item, depth + 1) for item in node.value])
        if isinstance(node, yaml.MappingNode):
            mapping: dict[str, Located] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
                if not isinstance(key, str):
                    self._problem(key_node, "keys must be plain words")
                    continue
                if key in mapping:
                    first = mapping[key]
                    self._problem(key_node, f"duplicate key '{key}' (first at line {first.line})")
                    continue
                mapping[key] = self.convert(value_node, depth + 1)
            return self._located(node, mapping)
        self._problem(node, "unsupported YAML node")  # pragma: no cover
        return self._located(node, None)

    def _scalar(self, node: yaml.ScalarNode) -> object:
        tag, raw = node.tag, node.value
        if tag not in _SCALAR_TAGS:
            self._problem(node, f"YAML tag '{tag}' is not allowed; write plain values")
            return None
        if len(raw) > MAX_STRING:
            self._problem(node, f"text of {len(raw):,} characters; the limit is {MAX_STRING:,}")
            return None
        return _scalar_value(tag, raw)


def _scalar_value(tag: str, raw: str) -> object:
    """The value of a scalar of an allowed tag, as the text was written."""
    if tag == _STR:
        return raw
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return raw.lower() in ("true", "yes", "on", "y")
    if tag == _INT:
        try:
            return int(raw.replace("_", ""), 0)
        except ValueError:
            return raw
    if tag == _FLOAT:
        try:
            return float(raw.replace("_", ""))
        except ValueError:
            return raw
    # Timestamps, binary and the like: kept as the text written.
    return raw
