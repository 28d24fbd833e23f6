"""Compile `facts/*.yaml` against `seeds/`: check everything, report every problem at once.

The result is either an immutable FactBase or a list of `path:line:col: message` problems.
Nothing downstream reads files again.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from bot.factbase.model import (
    ENTITY_KINDS,
    ROLE_NAMES,
    Article,
    Entity,
    Fact,
    FactBase,
    Quote,
    Role,
    Summary,
    SummaryPoint,
)
from bot.factbase.problems import FactBaseError, Problem, display_path
from bot.factbase.seeds import load_seeds
from bot.factbase.sentences import split_sentences
from bot.factbase.yamlnodes import Located, parse_yaml
from bot.text import QuoteMap, fold_for_quotes, normalise, occurs_as_words

__all__ = ["CompileResult", "compile_factbase", "fact_files", "load_factbase", "source_digest"]

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MAX_SHORT_SENTENCES = 2

_FILE_KEYS = {"article", "entities", "facts", "summaries"}
_ENTITY_KEYS = {
    "id",
    "name",
    "kind",
    "description",
    "aliases",
    "maintainer_aliases",
    "identity",
    "members",
    "part_of",
}
_ENTITY_REQUIRED = ("id", "name", "kind", "description")
_FACT_KEYS = {
    "id",
    "statement",
    "quote",
    "roles",
    "entities",
    "keywords",
    "topics",
    "negative",
    "timeline",
    "questions",
}
_FACT_REQUIRED = ("id", "statement", "quote", "roles", "topics")
_ROLE_KEYS = {"answer", "entities"}
_SUMMARY_KEYS = {"topic", "title", "aliases", "short", "points"}
_SUMMARY_REQUIRED = ("topic", "title", "short", "points")
_POINT_KEYS = {"text", "facts"}


@dataclass
class CompileResult:
    factbase: FactBase | None
    problems: list[Problem] = field(default_factory=list)
    # Each alias's `normalise`d form, as the alias check computed it: the index links names
    # through the same form, and a large base has far more aliases than `normalise`
    # remembers (at 100,000 facts each was normalised a second time to index it).
    normalised_aliases: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.factbase is not None and not self.problems


def load_factbase(facts_dir: Path, seeds_dir: Path) -> FactBase:
    """Compile, or raise FactBaseError listing every problem."""
    result = compile_factbase(facts_dir, seeds_dir)
    if result.factbase is None or result.problems:
        raise FactBaseError(result.problems)
    return result.factbase


def fact_files(facts_dir: Path) -> list[Path]:
    """The files a compile reads from the fact folder, in the order it reads them."""
    # By name: the order of sorting the paths (one folder), without comparing Path objects.
    return [
        path
        for pattern in ("*.yaml", "*.yml")
        for path in sorted(facts_dir.glob(pattern), key=lambda p: p.name)
    ]


def source_digest(facts_dir: Path, seeds_dir: Path) -> str:
    """The SHA-256 (hex) of every file a compile reads, without compiling: a compiled fact
    base's `fingerprint` is its first 16 characters. Raises OSError if a file is unreadable."""
    digest = _seed_digest(seeds_dir)
    for path in fact_files(facts_dir):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _seed_digest(seeds_dir: Path) -> hashlib._Hash:
    digest = hashlib.sha256()
    if not seeds_dir.is_dir():
        return digest
    with os.scandir(seeds_dir) as found:
        files = sorted((entry for entry in found if entry.is_file()), key=lambda e: e.name)
    for entry in files:
        with open(entry.path, "rb") as file:
            digest.update(entry.name.encode() + b"\0" + file.read())
    return digest


def compile_factbase(facts_dir: Path, seeds_dir: Path) -> CompileResult:
    articles, problems = load_seeds(seeds_dir)
    files = fact_files(facts_dir)
    if not facts_dir.is_dir() or not files:
        problems.append(Problem(display_path(facts_dir), 1, 1, "no fact files (*.yaml) found"))
        return CompileResult(None, problems)
    builder = _Builder(articles, problems)
    digest = _seed_digest(seeds_dir)
    for path in files:
        parsed, file_problems = parse_yaml(path, display_path(path))
        digest.update(path.name.encode() + b"\0" + parsed.raw)
        problems.extend(file_problems)
        if parsed.root is not None:
            builder.read_file(parsed.root)
    factbase = builder.finish(digest.hexdigest()[:16])
    if problems:
        return CompileResult(None, sorted(set(problems)))
    return CompileResult(factbase, [], builder.normalised_aliases)


class _Builder:
    """Reads each file's records, then checks references across all files."""

    def __init__(self, articles: dict[str, Article], problems: list[Problem]) -> None:
        self.articles = articles
        self.problems = problems
        self.quote_maps = {aid: QuoteMap(a.text) for aid, a in articles.items()}
        self.folded_text = {aid: m.folded.lower() for aid, m in self.quote_maps.items()}
        self.word_articles: dict[str, list[str]] = {}
        for aid, text in self.folded_text.items():
            for word in set(re.findall(r"\w+", text)):
                self.word_articles.setdefault(word, []).append(aid)
        # Each record's own `source` says where it is, for a later duplicate's message.
        self.entities: dict[str, Entity] = {}
        self.facts: dict[str, Fact] = {}
        self.summaries: dict[str, Summary] = {}
        # References to what no file read so far declares (the reference is the node's
        # value), checked once every file is read. One already declared is known for good:
        # it is not kept (at 100,000 facts, half a million nodes kept to the end of the
        # compile and freed then, amid what stays, left their memory unusable to the system).
        self.entity_refs: list[Located] = []
        self.fact_refs: list[Located] = []
        self.topic_refs: list[Located] = []
        self.alias_owner: dict[str, Located] = {}  # normalised alias → its entity's id
        self.normalised_aliases: dict[str, str] = {}
        self.declared_facts: set[str] = set()
        self.declared_entities: set[str] = set()
        self._tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._equal_roles: dict[Role, Role] = {}

    def _role(self, role: Role) -> Role:
        """Equal roles ("when: On Tuesday") are one object: records are immutable."""
        return self._equal_roles.setdefault(role, role)

    def _shared(self, items: Iterable[str]) -> tuple[str, ...]:
        """One tuple for equal lists of references: a large base repeats them a lot."""
        key = tuple(items)
        return self._tuples.setdefault(key, key)

    # --- reading -----------------------------------------------------------------------

    def read_file(self, root: Located) -> None:
        if not isinstance(root.value, dict):
            self._add(root, "a fact file is a mapping with 'entities', 'facts' and/or 'summaries'")
            return
        top: dict[str, Located] = root.value
        self._unknown_keys(top, _FILE_KEYS, "file")
        article = self._article_for(top, root)
        for item in self._list(top.get("entities"), "entities"):
            self._entity(item)
        for item in self._list(top.get("facts"), "facts"):
            self._fact(item, article)
        for item in self._list(top.get("summaries"), "summaries"):
            self._summary(item)

    def _article_for(self, top: dict[str, Located], root: Located) -> str | None:
        located = top.get("article")
        if located is None:
            if len(self.articles) == 1:
                return next(iter(self.articles))
            if "facts" in top and self.articles:
                self._add(
                    root,
                    "several seed articles: name this file's one with 'article: ID' "
                    f"(known: {', '.join(sorted(self.articles))})",
                )
            return None
        if not isinstance(located.value, str):
            self._add(located, "'article' must be the id of a seed article")
            return None
        if located.value not in self.articles:
            self._add(
                located,
                f"unknown article '{located.value}' (seeds: "
                f"{', '.join(sorted(self.articles)) or 'none'})",
            )
            return None
        return located.value

    def _entity(self, item: Located) -> None:
        fields = self._record(item, "entity", _ENTITY_KEYS, _ENTITY_REQUIRED)
        if fields is None:
            return
        entity_id = self._id(fields, self.entities, "entity")
        if entity_id is not None:
            self.declared_entities.add(entity_id)
        name = self._str(fields, "name")
        kind = self._str(fields, "kind")
        if kind is not None and kind not in ENTITY_KINDS:
            self._add(fields["kind"], f"unknown kind '{kind}' (one of: {', '.join(ENTITY_KINDS)})")
        description = self._str(fields, "description")
        aliases = self._str_list(fields, "aliases")
        extra = self._str_list(fields, "maintainer_aliases")
        identity = self._str(fields, "identity", required=False)
        if identity is not None:
            self._refer(self.fact_refs, fields["identity"], self.declared_facts)
        part_of = self._str_list(fields, "part_of")
        for node, _ in self._located_strs(fields.get("part_of")):
            self._refer(self.entity_refs, node, self.declared_entities)
        members = self._str_list(fields, "members")
        for node, _ in self._located_strs(fields.get("members")):
            self._refer(self.entity_refs, node, self.declared_entities)
        if members and kind is not None and kind != "group":
            self._add(fields["members"], "only an entity of kind 'group' has members")
        if entity_id is None or name is None or kind is None or description is None:
            return
        for alias_node, alias in self._located_strs(fields.get("aliases")):
            folded = fold_for_quotes(alias).lower()
            # Search only the articles that contain the alias's longest word.
            key = max(re.findall(r"\w+", folded) or [folded], key=len)
            texts = [self.folded_text[a] for a in self.word_articles.get(key, ())]
            if not any(occurs_as_words(folded, t) for t in texts):
                self._add(
                    alias_node,
                    f"alias '{alias}' does not occur in the article; list it "
                    "under maintainer_aliases if it is the maintainers' knowledge",
                )
        entity = Entity(
            entity_id,
            name,
            kind,
            description,
            tuple(aliases),
            tuple(extra),
            identity,
            item.where,
            tuple(members),
            tuple(part_of),
        )
        self.entities[entity_id] = entity
        names = [
            (fields["name"], name),
            *self._located_strs(fields.get("aliases")),
            *self._located_strs(fields.get("maintainer_aliases")),
        ]
        claimed_here: set[str] = set()
        for node, alias in names:
            key = self.normalised_aliases[alias] = normalise(alias)
            if not key:
                self._add(node, f"alias '{alias}' has no letters or digits")
                continue
            if key in claimed_here:
                continue
            claimed_here.add(key)
            owner = self.alias_owner.get(key)
            if owner is not None and owner.value != entity_id:
                self._add(
                    node,
                    f"alias '{alias}' is already claimed by entity '{owner.value}' ({owner.where})",
                )
            else:
                # Who claimed it, where: one node, not the alias's node and a pair.
                self.alias_owner[key] = node._replace(value=entity_id)

    def _fact(self, item: Located, article: str | None) -> None:
        fields = self._record(item, "fact", _FACT_KEYS, _FACT_REQUIRED)
        if fields is None:
            return
        fact_id = self._id(fields, self.facts, "fact")
        if fact_id is not None:
            self.declared_facts.add(fact_id)
        statement = self._str(fields, "statement")
        quote_text = self._str(fields, "quote")
        roles = self._roles(fields.get("roles"))
        entities = self._str_list(fields, "entities")
        for node, _ in self._located_strs(fields.get("entities")):
            self._refer(self.entity_refs, node, self.declared_entities)
        keywords = self._str_list(fields, "keywords")
        topics = self._str_list(fields, "topics")
        if "topics" in fields and not topics and isinstance(fields["topics"].value, list):
            self._add(fields["topics"], "a fact needs at least one topic")
        for node, _ in self._located_strs(fields.get("topics")):
            self._refer(self.topic_refs, node, self.summaries)
        questions = self._str_list(fields, "questions")
        negative = self._bool(fields, "negative")
        timeline = self._int(fields, "timeline")
        quote = self._locate(fields.get("quote"), quote_text, article) if quote_text else None
        if fact_id is None or statement is None or quote is None or roles is None:
            return
        all_entities = dict.fromkeys(entities)
        for role in roles.values():
            all_entities.update(dict.fromkeys(role.entities))
        fact = Fact(
            fact_id,
            quote.article,
            statement,
            quote,
            roles,
            self._shared(all_entities),
            self._shared(keywords),
            self._shared(topics),
            negative,
            timeline,
            tuple(questions),
            item.path,
            item.line,
        )
        self.facts[fact_id] = fact

    def _roles(self, located: Located | None) -> dict[str, Role] | None:
        if located is None:
            return None
        if not isinstance(located.value, dict) or not located.value:
            self._add(
                located,
                "'roles' maps role names to answers, e.g. where: New Delhi "
                f"(roles: {', '.join(ROLE_NAMES)})",
            )
            return None
        roles: dict[str, Role] = {}
        for name, value in located.value.items():
            if name not in ROLE_NAMES:
                self._add(value, f"unknown role '{name}' (one of: {', '.join(ROLE_NAMES)})")
                continue
            if isinstance(value.value, str):
                if not value.value.strip():
                    self._add(value, f"role '{name}' has an empty answer")
                    continue
                roles[name] = self._role(Role(name, value.value.strip()))
                continue
            if not isinstance(value.value, dict):
                self._add(
                    value,
                    f"role '{name}' is an answer text, or a mapping with 'answer' and 'entities'",
                )
                continue
            role_fields: dict[str, Located] = value.value
            self._unknown_keys(role_fields, _ROLE_KEYS, f"role '{name}'")
            answer = self._str(role_fields, "answer", owner=value)
            entity_ids = self._str_list(role_fields, "entities")
            for node, _ in self._located_strs(role_fields.get("entities")):
                self._refer(self.entity_refs, node, self.declared_entities)
            if answer is not None:
                roles[name] = self._role(Role(name, answer.strip(), self._shared(entity_ids)))
        return roles if roles else None

    def _summary(self, item: Located) -> None:
        fields = self._record(item, "summary", _SUMMARY_KEYS, _SUMMARY_REQUIRED)
        if fields is None:
            return
        topic = self._str(fields, "topic")
        if topic is not None and not _ID.match(topic):
            self._add(
                fields["topic"], f"topic '{topic}' must be lower-case letters, digits, hyphens"
            )
            topic = None
        elif topic is not None and topic in self.summaries:
            first = self.summaries[topic]
            self._add(fields["topic"], f"duplicate topic '{topic}' (first at {first.source})")
            topic = None
        title = self._str(fields, "title")
        aliases = self._str_list(fields, "aliases")
        short = self._str(fields, "short")
        if short is not None and len(split_sentences(short)) > MAX_SHORT_SENTENCES:
            self._add(
                fields["short"], f"the short summary has more than {MAX_SHORT_SENTENCES} sentences"
            )
        points: list[SummaryPoint] = []
        for point in self._list(fields.get("points"), "points"):
            point_fields = self._record(point, "point", _POINT_KEYS, ("text", "facts"))
            if point_fields is None:
                continue
            text = self._str(point_fields, "text")
            cited = self._str_list(point_fields, "facts")
            if "facts" in point_fields and not cited:
                self._add(point_fields["facts"], "a summary point must cite at least one fact")
            for node, _ in self._located_strs(point_fields.get("facts")):
                self._refer(self.fact_refs, node, self.declared_facts)
            if text is not None:
                points.append(SummaryPoint(text, tuple(cited)))
        if "points" in fields and not points and isinstance(fields["points"].value, list):
            self._add(fields["points"], "a summary needs at least one point")
        if topic is None or title is None or short is None or not points:
            return
        summary = Summary(topic, title, tuple(aliases), short, tuple(points), item.where)
        self.summaries[topic] = summary

    # --- quotes ------------------------------------------------------------------------

    def _locate(self, located: Located | None, text: str, article: str | None) -> Quote | None:
        if located is None or article is None:
            return None
        quote_map = self.quote_maps[article]
        span = quote_map.find(text)
        if span is None:
            self._add(located, f"quote not found in {article}: {_closest(quote_map, text)}")
            return None
        start, end = span
        paragraph = self.articles[article].paragraph_of(start)
        return Quote(article, quote_map.origin[start:end], start, end, paragraph)

    # --- finishing ---------------------------------------------------------------------

    def finish(self, fingerprint: str) -> FactBase:
        self._check_refs(self.entity_refs, dict.fromkeys(self.declared_entities), "entity")
        # A record that failed its own checks is still a valid target: its problems are
        # reported once, where it is, not again at every reference to it.
        self._check_refs(self.fact_refs, dict.fromkeys(self.declared_facts), "fact")
        self._check_refs(self.topic_refs, self.summaries, "topic (a summary's 'topic')")
        return FactBase(
            articles=self.articles,
            entities=self.entities,
            facts=self.facts,
            summaries=self.summaries,
            fingerprint=fingerprint,
        )

    def _check_refs(self, refs: Iterable[Located], known: Mapping[str, object], what: str) -> None:
        for node in refs:
            ref = str(node.value)  # (text: only text references are kept)
            if ref not in known:
                hint = _did_you_mean(ref, known)
                self._add(node, f"unknown {what} '{ref}'{hint}")

    def _refer(self, refs: list[Located], node: Located, known: Container[str]) -> None:
        """Keeps a reference to check at the end, unless what it names is known already."""
        if node.value not in known:
            refs.append(node)

    # --- typed field access ------------------------------------------------------------

    def _add(self, located: Located, message: str) -> None:
        self.problems.append(located.problem(message))

    def _unknown_keys(self, fields: dict[str, Located], known: set[str], what: str) -> None:
        for key, value in fields.items():
            if key not in known:
                hint = _did_you_mean(key, dict.fromkeys(known))
                self._add(value, f"unknown key '{key}' in {what}{hint}")

    def _record(
        self, item: Located, what: str, known: set[str], required: tuple[str, ...]
    ) -> dict[str, Located] | None:
        if not isinstance(item.value, dict):
            self._add(item, f"each {what} is a mapping of {', '.join(required)}…")
            return None
        fields: dict[str, Located] = item.value
        self._unknown_keys(fields, known, what)
        for key in required:
            if key not in fields:
                self._add(item, f"{what} is missing '{key}'")
        return fields

    def _list(self, located: Located | None, what: str) -> list[Located]:
        if located is None or located.value is None:
            return []
        if not isinstance(located.value, list):
            self._add(located, f"'{what}' must be a list (items start with '- ')")
            return []
        return list(located.value)

    def _id(
        self, fields: dict[str, Located], seen: Mapping[str, Entity | Fact], what: str
    ) -> str | None:
        value = self._str(fields, "id")
        if value is None:
            return None
        if not _ID.match(value):
            self._add(
                fields["id"], f"{what} id '{value}' must be lower-case letters, digits and hyphens"
            )
            return None
        if value in seen:
            self._add(
                fields["id"], f"duplicate {what} id '{value}' (first at {seen[value].source})"
            )
            return None
        return value

    def _str(
        self,
        fields: dict[str, Located],
        key: str,
        *,
        required: bool = True,
        owner: Located | None = None,
    ) -> str | None:
        located = fields.get(key)
        if located is None:
            if required and owner is not None:
                self._add(owner, f"missing '{key}'")
            return None
        if not isinstance(located.value, str):
            self._add(located, f"'{key}' must be text, not {_kind(located.value)}")
            return None
        if not located.value.strip():
            self._add(located, f"'{key}' is empty")
            return None
        return located.value

    def _located_strs(self, located: Located | None) -> list[tuple[Located, str]]:
        if located is None or not isinstance(located.value, list):
            return []
        return [
            (item, item.value)
            for item in located.value
            if isinstance(item.value, str) and item.value.strip()
        ]

    def _str_list(self, fields: dict[str, Located], key: str) -> list[str]:
        located = fields.get(key)
        if located is None or located.value is None:
            return []
        if not isinstance(located.value, list):
            self._add(located, f"'{key}' must be a list of text")
            return []
        out: list[str] = []
        for item in located.value:
            if not isinstance(item.value, str) or not item.value.strip():
                self._add(item, f"items of '{key}' must be text, not {_kind(item.value)}")
            else:
                out.append(item.value.strip())
        return out

    def _bool(self, fields: dict[str, Located], key: str) -> bool:
        located = fields.get(key)
        if located is None:
            return False
        if not isinstance(located.value, bool):
            self._add(located, f"'{key}' must be true or false")
            return False
        return located.value

    def _int(self, fields: dict[str, Located], key: str) -> int | None:
        located = fields.get(key)
        if located is None:
            return None
        if isinstance(located.value, bool) or not isinstance(located.value, int):
            self._add(located, f"'{key}' must be a whole number")
            return None
        return located.value


def _kind(value: object) -> str:
    names: dict[type, str] = {
        dict: "a mapping",
        list: "a list",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "empty",
    }
    return names.get(type(value), "text")


def _did_you_mean(word: str, known: dict[str, object] | Iterable[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(word, list(known), scorer=fuzz.ratio, score_cutoff=70)
    return f" (did you mean '{best[0]}'?)" if best else ""


def _closest(quote_map: QuoteMap, text: str) -> str:
    """The passage of the article that best matches a quote that was not found."""
    needle = fold_for_quotes(text)
    alignment = fuzz.partial_ratio_alignment(needle, quote_map.folded)
    if alignment is None or alignment.score < 50:
        return "nothing in the article comes close"
    start, end = quote_map.span(
        alignment.dest_start, max(alignment.dest_end, alignment.dest_start + 1)
    )
    origin = quote_map.origin
    # Widen to whole words, and to the sentence's end when it is near: easier to compare.
    while start > 0 and not origin[start - 1].isspace():
        start -= 1
    while end < len(origin) and not origin[end].isspace():
        end += 1
    stop = min((origin.find(c, end) for c in ".?!" if origin.find(c, end) != -1), default=-1)
    if stop != -1 and stop - end <= 40:
        end = stop + 1
    passage = " ".join(origin[start:end].split())
    return f'closest passage ({alignment.score:.0f}% alike): "{passage}"'
