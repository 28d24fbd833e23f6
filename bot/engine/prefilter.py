"""Regular expressions that skip the regex engine when a match is impossible.

Python's `re` tries an unanchored pattern such as ``\\b(?:why|what for)\\b`` at every position
of the text, and the engine runs some ninety patterns on each question. Most of them can only
match when the text contains some literal strings ("why" or "what for"), and testing for those
with `in` costs a fraction of the scan. `compile` reads the pattern's syntax tree once and
keeps up to three such sets of strings (every match contains a string of each); a search on a
text lacking all the strings of one set returns None at once, as the scan would have.

Patterns `re` already scans quickly (anchored at the start, or with a first character or
literal prefix it looks for) are left to `re`: testing first would only cost more. On our
eval set, of the 89 patterns a question meets, `re` scans 8 (20 when only one set per
pattern was kept); bench/FINDINGS.md has the instruction counts.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

# The parser `re` itself uses (3.11+). It is private, so anything it does not give as
# expected means only that the pattern is not prefiltered.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")
_REPEATS = tuple(
    getattr(_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_constants, name)
)


MAX_CLAUSES = 3  # necessary conditions tested before a scan, at most


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of the pattern contains at least one (the most
    selective such set), or None when no such set is known."""
    clauses = required_clauses(pattern, flags)
    return clauses[0] if clauses else None


def required_clauses(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match contains at least one string of each set,
    most selective first; () when none is known. Literals are as written: a pattern that
    ignores case must be tested against a lower-cased text (see `Prefiltered`)."""
    return _required_clauses_of(_parsed(pattern, flags))


def _parsed(pattern: str, flags: int) -> Any:
    """The pattern's syntax tree, or None when `re`'s parser does not give one. Parsed
    without IGNORECASE, which changes nothing in the tree but `state.flags`: that then tells
    a "(?i)" written inside the pattern. One tree serves both analyses and the compiling
    (`Prefiltered` parses once, not once each)."""
    try:
        # Plain ints: flags as `re.RegexFlag` make every test of them in the parser and the
        # compiler a call into `enum`.
        return _parser.parse(pattern, int(flags) & ~int(re.IGNORECASE))
    except Exception:
        return None


def _required_clauses_of(tree: Any) -> tuple[frozenset[str], ...]:
    if tree is None:
        return ()
    try:
        if tree.state.flags & re.IGNORECASE:
            return ()  # "(?i)" inside: the literals' case is not known
        clauses = _clauses(list(tree))
    except Exception:
        return ()
    kept: list[frozenset[str]] = []
    for clause in sorted({_simplest(c) for c in clauses}, key=_selectivity):
        # "wh" is there whenever one of "why", "what for" is: a clause another implies goes.
        implied = any(all(any(n in s for n in clause) for s in other) for other in kept)
        if not implied:
            kept.append(clause)
    return tuple(kept[:MAX_CLAUSES])


def scans_fast(pattern: str, flags: int = 0) -> bool:
    """Whether `re` itself skips most of a text quickly: a pattern anchored at the start,
    or one whose first character or literal prefix `re` looks for before trying a match.
    Testing for literals first only slows such a pattern down."""
    return _scans_fast_tree(_parsed(pattern, flags), flags)


def _scans_fast_tree(tree: Any, flags: int) -> bool:
    # `flags` as compiled (with IGNORECASE if the pattern has it): the tree is the same.
    if tree is None:
        return False
    try:
        if _anchored(list(tree)):
            return True
        prefix, _skip, _whole = _compiler._get_literal_prefix(tree, flags)
        return bool(prefix) or bool(_compiler._get_charset_prefix(tree, flags))
    except Exception:
        return False


def _anchored(items: list[tuple[Any, Any]]) -> bool:
    if not items:
        return False
    op, arg = items[0]
    if op is _constants.AT:
        return arg in (_constants.AT_BEGINNING, _constants.AT_BEGINNING_STRING)
    if op is _constants.BRANCH:
        return all(_anchored(list(branch)) for branch in arg[1])
    if op is _constants.SUBPATTERN:
        return _anchored(list(arg[3]))
    return False


def _selectivity(clause: frozenset[str]) -> tuple[int, int]:
    # Longer strings are rarer in a question; fewer of them, fewer chances to be there.
    return (-min(map(len, clause)), len(clause))


def _simplest(clause: frozenset[str]) -> frozenset[str]:
    # A string that contains another adds nothing: the shorter is there whenever it is.
    return frozenset(s for s in clause if not any(o != s and o in s for o in clause))


def _best(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective single requirement of a sequence, or None."""
    clauses = _clauses(items)
    return min(clauses, key=_selectivity) if clauses else None


def _clauses(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Every requirement a sequence has that is known: each of its parts must match, so
    each part's requirement is the sequence's."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _constants.LITERAL:
            run.append(chr(arg))
            continue
        before = "".join(run)
        if run:
            options.append(frozenset({before}))
            run = []
        if op is _constants.SUBPATTERN:
            _group, add_flags, _del_flags, sub = arg
            if not add_flags & re.IGNORECASE:
                options += _clauses(list(sub))
                if before and len(sub) == 1 and sub[0][0] is _constants.BRANCH:
                    options.append(_run_on(before, sub[0][1]))
        elif op is _constants.BRANCH:
            # One alternative matches, so the union of what each needs is needed.
            branches = [_best(list(branch)) for branch in arg[1]]
            if all(b is not None for b in branches):
                options.append(frozenset().union(*(b for b in branches if b is not None)))
            if before:
                options.append(_run_on(before, arg))
        elif op in _REPEATS:
            low, _high, sub = arg
            if low >= 1:
                options += _clauses(list(sub))
        elif op is getattr(_constants, "ATOMIC_GROUP", None):
            options += _clauses(list(arg))
        elif op is _constants.ASSERT:
            # "(?=…)", "(?<=…)": what they look at must be in the text too.
            _direction, sub = arg
            options += _clauses(list(sub))
        # Anything else (a class, "\b", "(?!…)", "."): nothing it must contain.
    if run:
        options.append(frozenset({"".join(run)}))
    return [o for o in options if o and "" not in o]


def _run_on(before: str, branch: Any) -> frozenset[str]:
    """ "\bwhy\b|\bwhat for\b" is parsed as "\bwh" and then "y…" or "at for…": the text
    before a branch runs on into each alternative's opening letters."""
    return frozenset(before + _opening(list(alternative)) for alternative in branch[1])


def _opening(items: list[tuple[Any, Any]]) -> str:
    """The literal text a sequence starts with ("" when it starts otherwise)."""
    letters = []
    for op, arg in items:
        if op is not _constants.LITERAL:
            break
        letters.append(chr(arg))
    return "".join(letters)


Gate = Callable[[str], bool]


def _gate(clauses: tuple[frozenset[str], ...], folded: bool) -> Gate | None:
    """A test that is False only for texts no match can be found in: one lacking every
    string of some clause. A pattern that ignores case is tested on the lower-cased text,
    and only when the text is ASCII: elsewhere case folding has exceptions ("ſ" matches
    "s"), and the scan decides."""
    if folded:
        # "ſ" is an "s" and "ı" an "i" to `re` but not to `str.lower`: only ASCII literals.
        clauses = tuple(c for c in clauses if all(n.isascii() for n in c))
    if not clauses:
        return None
    if len(clauses) == 1 and not folded:
        # The common case: one set of strings, tested in C.
        needles = tuple(sorted(clauses[0]))
        return lambda text: any(map(text.__contains__, needles))
    if len(clauses) == 1:
        # The next most common: one set, against a text whose case is ignored.
        lowered = tuple(sorted(n.lower() for n in clauses[0]))
        return lambda text: not text.isascii() or any(map(text.lower().__contains__, lowered))
    ordered = tuple(tuple(sorted(c.lower() if folded else c for c in clause)) for clause in clauses)

    # Loops, not all() over a generator: this runs some ninety times a question.
    def possible(text: str) -> bool:
        if folded:
            if not text.isascii():
                return True
            text = text.lower()
        for clause in ordered:  # noqa: SIM110 - a loop, not all() over a generator
            if not any(map(text.__contains__, clause)):
                return False
        return True

    return possible


Lookup = Callable[..., "re.Match[str] | None"]
Replacement = str | Callable[["re.Match[str]"], str]


def _gated_lookup(lookup: Lookup, gate: Gate) -> Lookup:
    """`search`, `match` or `fullmatch`, answering None at once for a text the gate turns
    away."""

    def gated(text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return lookup(text, pos, endpos) if gate(text) else None

    return gated


class Prefiltered:
    """A compiled pattern with the `re.Pattern` methods the engine uses; each answers "no
    match" at once when the text lacks what every match needs. The methods are set per
    pattern: the plain `re` ones when nothing is known, so those cost no extra call.

    Reading the syntax tree waits for the first use: a process that answers one question
    (`talksbot ask`) meets about half of the engine's patterns, and building all of them was
    most of the time it took to import the engine. Compiling waits longer, for the first
    text the prefilter lets through: most patterns meet many questions before one could
    match (of the 217 that the eval set first meets after its first question, compiling
    was a third of what an answer cost). The one tree serves both, so `re` does not parse
    the pattern a second time."""

    __slots__ = (
        "_tree",
        "clauses",
        "findall",
        "finditer",
        "flags",
        "fullmatch",
        "match",
        "pattern",
        "regex",
        "search",
        "split",
        "sub",
    )

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a slot not yet set: the first use reads the pattern and sets the
        # methods, after which attribute lookups find them directly.
        if name in ("pattern", "flags", "_tree") or name.startswith("__"):
            raise AttributeError(name)
        if name == "regex":
            return self._compiled()
        self._build()
        return object.__getattribute__(self, name)

    def _build(self) -> None:
        tree = _parsed(self.pattern, self.flags)
        # The flags `re` compiles with: those given, those written inside, and UNICODE.
        flags = self.flags if tree is None else int(self.flags) | tree.state.flags
        fast = _scans_fast_tree(tree, flags)
        self.clauses = () if fast else _required_clauses_of(tree)
        gate = _gate(self.clauses, bool(flags & re.IGNORECASE))
        self._tree = tree
        if gate is None:
            self._compiled()
            return
        self._gate_until_compiled(gate)

    def _compiled(self) -> re.Pattern[str]:
        """The pattern compiled (now, if not yet) and the methods set to use it."""
        try:
            return object.__getattribute__(self, "regex")  # type: ignore[no-any-return]
        except AttributeError:
            pass
        try:
            tree = object.__getattribute__(self, "_tree")
        except AttributeError:  # `regex` asked for before any method (the tests do)
            self._build()  # which compiles when there is no gate
            return self._compiled()
        regex = _compile_parsed(tree, self.pattern, self.flags)
        self.regex = regex
        self._tree = None
        gate = _gate(self.clauses, bool(regex.flags & re.IGNORECASE))
        if gate is None:
            self._use_plain(regex)
        else:
            self._use_gated(regex, gate)
        return regex

    def _use_plain(self, regex: re.Pattern[str]) -> None:
        self.search: Lookup = regex.search
        self.match: Lookup = regex.match
        self.fullmatch: Lookup = regex.fullmatch
        self.finditer: Callable[[str], Iterator[re.Match[str]]] = regex.finditer
        self.findall: Callable[[str], list[Any]] = regex.findall
        self.sub: Callable[..., str] = regex.sub
        self.split: Callable[..., list[str]] = regex.split

    def _use_gated(self, regex: re.Pattern[str], gate: Gate) -> None:
        def gated_finditer(text: str) -> Iterator[re.Match[str]]:
            return regex.finditer(text) if gate(text) else iter(())

        def gated_findall(text: str) -> list[Any]:
            return regex.findall(text) if gate(text) else []

        def gated_sub(repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
            # A text the gate turns away has no match at all, so nothing to replace.
            return regex.sub(repl, text, count) if gate(text) else text

        def gated_split(text: str, maxsplit: int = 0) -> list[str]:
            return regex.split(text, maxsplit) if gate(text) else [text]

        self.search = _gated_lookup(regex.search, gate)
        self.match = _gated_lookup(regex.match, gate)
        self.fullmatch = _gated_lookup(regex.fullmatch, gate)
        self.finditer, self.findall = gated_finditer, gated_findall
        self.sub, self.split = gated_sub, gated_split

    def _gate_until_compiled(self, gate: Gate) -> None:
        """Methods that answer from the gate alone until a text passes it; that text has
        the pattern compiled, and the methods replaced by the gated ones."""

        def lookup(name: str) -> Lookup:
            def pending(text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
                if not gate(text):
                    return None
                return getattr(self._compiled(), name)(text, pos, endpos)  # type: ignore[no-any-return]

            return pending

        def pending_finditer(text: str) -> Iterator[re.Match[str]]:
            return self._compiled().finditer(text) if gate(text) else iter(())

        def pending_findall(text: str) -> list[Any]:
            return self._compiled().findall(text) if gate(text) else []

        def pending_sub(
            repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
        ) -> str:
            return self._compiled().sub(repl, text, count) if gate(text) else text

        def pending_split(text: str, maxsplit: int = 0) -> list[str]:
            return self._compiled().split(text, maxsplit) if gate(text) else [text]

        self.search, self.match, self.fullmatch = (
            lookup("search"),
            lookup("match"),
            lookup("fullmatch"),
        )
        self.finditer, self.findall = pending_finditer, pending_findall
        self.sub, self.split = pending_sub, pending_split

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r}, clauses={self.clauses!r})"


def _compile_parsed(tree: Any, pattern: str, flags: int) -> re.Pattern[str]:
    """What `re.compile(pattern, flags)` gives, from the tree `_parsed` read (the parser
    ignores IGNORECASE, which `_code` takes from `flags`); `re.compile` itself when there is
    no tree or `re`'s private compiler does not do as expected."""
    if tree is not None:
        try:
            flags = int(flags)
            code = _compiler._code(tree, flags)
            state = tree.state
            indexgroup: list[str | None] = [None] * state.groups
            for name, index in state.groupdict.items():
                indexgroup[index] = name
            compiled = _sre.compile(
                pattern,
                flags | state.flags,
                code,
                state.groups - 1,
                state.groupdict,
                tuple(indexgroup),
            )
        except Exception:  # `re.compile` below decides, and raises if it must
            compiled = None
        if isinstance(compiled, re.Pattern):
            return compiled
    return re.compile(pattern, flags)


def compile(pattern: str, flags: int = 0) -> Prefiltered:
    return Prefiltered(pattern, flags)


class RewriteSieve:
    """Which of an ordered list of rewrites could change a text, found for all of them in
    one scan of it.

    A rewrite is (guard, pattern, flags): it runs only on a text holding its guard ("" for
    always), and can change only a text holding at least one string of each of its
    pattern's `required_clauses`. Testing that rewrite by rewrite costs a Python call or
    more each (some four hundred of them in `bot.text.normalise`); here one regular
    expression built as a trie of every such string finds, at each position of the text,
    the longest one starting there (the shorter ones starting there are its prefixes), and
    the rewrites each string speaks for are bits of one integer per clause level.

    `candidates` may keep a rewrite whose pattern then does not match (its pattern decides),
    never drop one that could: a rewrite whose guard or required strings are absent leaves
    the text as it was."""

    __slots__ = ("_all", "_count", "_find", "_free", "_levels", "_longer", "_single")

    def __init__(self, rewrites: Sequence[tuple[str, str, int]]) -> None:
        needs = [_needs(guard, pattern, flags) for guard, pattern, flags in rewrites]
        self._count = count = len(rewrites)
        self._levels = levels = max((len(need) for need in needs), default=0)
        self._all = (1 << count) - 1
        # One integer per string: at level k, bit k·count + i is set when rewrite i needs,
        # as its k-th clause, one of a set of strings holding this one. A rewrite with fewer
        # than k clauses has its bit of level k always set (`_free`).
        wanting: dict[str, int] = {}
        self._free = 0
        for i, need in enumerate(needs):
            for level in range(levels):
                bit = 1 << (level * count + i)
                if level >= len(need):
                    self._free |= bit
                    continue
                for string in need[level]:
                    wanting[string] = wanting.get(string, 0) | bit
        longer = sorted(string for string in wanting if len(string) > 1)
        # A string found is found with every listed string it starts with.
        self._longer = {
            string: _union(wanting.get(string[:n], 0) for n in range(1, len(string) + 1))
            for string in longer
        }
        self._single = {string: bits for string, bits in wanting.items() if len(string) == 1}
        self._find = re.compile(f"(?=({_trie(longer)}))").findall if longer else None

    def candidates(self, text: str) -> int:
        """The rewrites that could change `text`: bit i for the i-th rewrite."""
        bits = self._free
        if self._find is not None:
            longer = self._longer
            for string in self._find(text):
                bits |= longer[string]
        single = self._single
        for char in single.keys() & set(text):
            bits |= single[char]
        found, count = bits, self._count
        for level in range(1, self._levels):
            found &= bits >> (level * count)
        return found & self._all


def _needs(guard: str, pattern: str, flags: int) -> list[frozenset[str]]:
    """Sets of strings a text must hold one of each for the rewrite to change it."""
    need = [frozenset({guard})] if guard else []
    if not flags & re.IGNORECASE:  # its literals would match in any case: none is known
        need += required_clauses(pattern, flags)
    return need


def _union(bits: Iterator[int]) -> int:
    total = 0
    for value in bits:
        total |= value
    return total


def _trie(strings: Sequence[str]) -> str:
    """A pattern matching the longest of `strings` that starts where it is tried: one path
    per shared prefix, so a position costs a few steps however many strings there are."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        options = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
        # Greedy: a longer string through here is tried before the one ending here.
        return f"(?:{body})?" if "" in node else body

    return branch(root)
