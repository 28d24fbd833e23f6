"""`talksbot facts draft ARTICLE.txt`: a head start on the fact base for a new article.

Copies the article into `seeds/` (byte-exact, with a metadata file), then writes a skeleton
fact file: every sentence a candidate fact with its verbatim quote and guessed roles, the
people, organisations, places, agreements and events it names as candidate entities with
the aliases the article uses (reusing entities the fact base already has), and a summary.
Every decision left to a maintainer is a `TODO:` key, which `facts check` reports as an
unknown key, so a draft cannot pass until each one is resolved and deleted.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import Paths
from bot.engine.lexicon import STOPWORDS
from bot.factbase.compiler import compile_factbase
from bot.factbase.model import ENTITY_KINDS, ROLE_NAMES, Article, FactBase
from bot.factbase.problems import display_path
from bot.factbase.seeds import ARTICLE_ID, split_paragraphs
from bot.factbase.sentences import sentence_spans
from bot.maintain.extract import Candidate, find_candidates, find_counts, find_dates
from bot.text import normalise

__all__ = ["Draft", "article_id_for", "make_draft", "run_draft"]

MAX_KEYWORDS = 8
# Values YAML 1.1 would read as something other than text if left unquoted.
_YAML_WORDS = frozenset("y n yes no on off true false null".split())
_ACTOR_KINDS = ("person", "organisation", "group", "country")

_HEADER = """\
# Draft facts for seeds/{id}.txt: “{title}”
# Written by `talksbot facts draft`; every line is a guess until a maintainer has read it.
#
# Each TODO is a decision for you. `talksbot facts check` reports every TODO left (as
# "unknown key 'TODO'") and fails until all are resolved and deleted:
#   entities   check kind, name and description; delete what nobody will ask about. The
#              aliases are spellings the article uses; add others under maintainer_aliases.
#   facts      one candidate per sentence, with its verbatim quote (leave the quote as it
#              is). Rewrite the statement in plain words, keep the guessed roles that are
#              right, add the others the sentence answers, and delete facts nobody will
#              ask about. Roles: {roles}.
#   summaries  write the short summary (two sentences at most) and the points.
# Keep the `article:` line: with several articles every fact file names its own.
"""


@dataclass
class Draft:
    """The skeleton, and what it holds, for the command's report."""

    text: str
    facts: int = 0
    new_entities: list[str] = field(default_factory=list)
    linked_entities: list[str] = field(default_factory=list)
    todos: int = 0


def _slug(text: str, empty: str = "entity") -> str:
    """An id from a name: "United States" -> "united-states", "2+2 Dialogue" ->
    "2plus2-dialogue", "U.S. talks" -> "us-talks"."""
    text = text.lower().replace("+", "plus").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or empty


def article_id_for(path: Path) -> str:
    """A seed id from a file name: "Quad Talks (Tokyo).txt" -> "quad-talks-tokyo"."""
    return _slug(path.stem, empty="article")


def _fact_files(folder: Path) -> list[Path]:
    """The files the compiler reads."""
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))


def _q(text: str) -> str:
    """A YAML double-quoted scalar: JSON's string syntax is valid YAML."""
    return json.dumps(text, ensure_ascii=False)


def _plain_or_q(text: str) -> str:
    return text if re.fullmatch(r"[a-z][a-z0-9-]*", text) and text not in _YAML_WORDS else _q(text)


def _flow(items: Iterable[str], quote_all: bool = False) -> str:
    return "[" + ", ".join(_q(i) if quote_all else _plain_or_q(i) for i in items) + "]"


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


@dataclass
class _Entity:
    id: str
    name: str
    kind: str | None
    candidate: Candidate
    linked: bool  # already in the fact base


def _entities(article: Article, existing: FactBase | None) -> list[_Entity]:
    """Candidates as entities: linked to an existing entity when one of their spellings is
    its alias, else new, with ids and aliases that clash with nothing."""
    owner: dict[str, str] = {}  # normalised alias -> entity id (the compiler's rule)
    taken: set[str] = set()
    if existing is not None:
        taken.update(existing.entities)
        for entity in existing.entities.values():
            for alias in entity.all_aliases:
                owner.setdefault(normalise(alias), entity.id)
    out: list[_Entity] = []
    for candidate in find_candidates(article.text, article.paragraphs):
        spellings = [candidate.name, *candidate.forms]
        known = [
            owner[normalise(s)]
            for s in spellings
            if existing is not None and owner.get(normalise(s)) in existing.entities
        ]
        if known and existing is not None:
            entity = existing.entities[max(set(known), key=known.count)]
            out.append(_Entity(entity.id, entity.name, entity.kind, candidate, linked=True))
            continue
        acronyms = [f for f in candidate.forms if f.isupper() and len(f) >= 2]
        base = (
            candidate.name.split()[-1]
            if candidate.kind == "person"
            else acronyms[0]
            if acronyms
            else candidate.name
        )
        entity_id = _unique(_slug(base), taken)
        aliases = []
        for form in candidate.forms:
            key = normalise(form)
            if key and owner.setdefault(key, entity_id) == entity_id:
                aliases.append(form)
        candidate.mentions[:] = [(f, s) for f, s in candidate.mentions if f in aliases]
        if candidate.mentions:
            out.append(_Entity(entity_id, candidate.name, candidate.kind, candidate, False))
    return out


def _mentions(entities: Sequence[_Entity], start: int, end: int) -> list[tuple[int, _Entity]]:
    """(offset, entity) of each entity first named within [start, end), in order."""
    first: dict[str, tuple[int, _Entity]] = {}
    for entity in entities:
        for s, e in entity.candidate.spans:
            if start <= s and e <= end and (entity.id not in first or s < first[entity.id][0]):
                first[entity.id] = (s, entity)
    return sorted(first.values(), key=lambda pair: pair[0])


def _roles(
    text: str, start: int, end: int, mentions: list[tuple[int, _Entity]]
) -> list[tuple[str, str, tuple[str, ...]]]:
    """Guessed (role, answer, entity ids): the doer, the other party after "with", the
    place after "in"/"at", the first date and the one count."""
    sentence = text[start:end]
    roles: list[tuple[str, str, tuple[str, ...]]] = []
    actors = [(at, e) for at, e in mentions if e.kind in _ACTOR_KINDS]
    # A person is the likelier doer than the country in their title ("U.S. Secretary …").
    people = [(at, e) for at, e in actors if e.kind == "person"]
    if actors:
        at, who = (people or actors)[0]
        roles.append(("who", who.name, (who.id,)))
        with_at = sentence.find(" with ", at - start)
        others = [
            e for a, e in actors[1:] if with_at >= 0 and a - start > with_at and e.kind == "person"
        ]
        if others:
            roles.append(("with_whom", others[0].name, (others[0].id,)))
    for at, entity in mentions:
        before = text[max(start, at - 4) : at].lower()
        if entity.kind in ("place", "country") and before.rstrip().endswith(("in", "at")):
            roles.append(("where", f"In {entity.name}", (entity.id,)))
            break
    dates = find_dates(sentence)
    if dates:
        roles.append(("when", dates[0], ()))
    counts = find_counts(sentence)
    if len(counts) == 1:
        roles.append(("how_many", counts[0][:1].upper() + counts[0][1:], ()))
    return roles


def _keywords(text: str, mentions: list[tuple[int, _Entity]]) -> list[str]:
    named = {w.lower() for _, e in mentions for f in e.candidate.forms for w in f.split()}
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    picked = [
        w for w in dict.fromkeys(words) if len(w) > 3 and w not in STOPWORDS and w not in named
    ]
    return picked[:MAX_KEYWORDS]


def make_draft(article: Article, existing: FactBase | None = None) -> Draft:
    """The skeleton fact file for one article, as YAML text."""
    entities = _entities(article, existing)
    taken_facts = set(existing.facts) if existing is not None else set()
    topics = set(existing.summaries) if existing is not None else set()
    topic = _unique(article.id, topics)
    draft = Draft("")
    lines = _HEADER.format(
        id=article.id, title=article.title, roles=", ".join(ROLE_NAMES)
    ).splitlines()
    linked = [e for e in entities if e.linked]
    if linked:
        reused = (
            "Already in the fact base, and reused here: "
            + ", ".join(f"{e.id} ({e.name})" for e in linked)
            + "."
        )
        lines += ["#", *textwrap.wrap(reused, 90, initial_indent="# ", subsequent_indent="#   ")]
    lines += ["", f"article: {_plain_or_q(article.id)}", "", "entities:"]
    draft.linked_entities = [e.id for e in linked]
    for entity in entities:
        if entity.linked:
            continue
        c = entity.candidate
        first = article.paragraph_of(c.spans[0][0])
        where = "the headline" if first == 0 else f"¶{first}"
        description = (
            c.title
            if entity.kind == "person" and c.title
            else f"{(entity.kind or 'something').capitalize()} the article names first in {where}."
        )
        lines += [
            f"  - id: {_plain_or_q(entity.id)}",
            "    TODO: check the kind, name, description and aliases; delete if not needed",
            f"    name: {_q(entity.name)}",
            f"    kind: {entity.kind}"
            if entity.kind
            else f"    kind: TODO  # one of: {', '.join(ENTITY_KINDS)}",
            f"    description: {_q(description)}",
            f"    aliases: {_flow(c.forms, quote_all=True)}",
            "",
        ]
        draft.new_entities.append(entity.id)
        draft.todos += 1 if entity.kind else 2
    if not draft.new_entities:
        lines[-1:] = ["entities: []", ""]
    lines.append("facts:")
    points: list[tuple[str, list[str]]] = []
    paragraph_seen = -1
    for paragraph, start, end in sentence_spans(article):
        if paragraph != paragraph_seen:
            label = "headline" if paragraph == 0 else f"¶{paragraph}"
            lines.append(f"  # --- {label} " + "-" * (84 - len(label)))
            paragraph_seen = paragraph
            points.append((" ".join(article.text[start:end].split()), []))
        sentence = " ".join(article.text[start:end].split())
        mentions = _mentions(entities, start, end)
        base = f"{article.id}-headline" if paragraph == 0 else f"{article.id}-p{paragraph}"
        fact_id = (
            _unique(base, taken_facts)
            if paragraph == 0
            else _unique(f"{base}-s{len(points[-1][1]) + 1}", taken_facts)
        )
        points[-1][1].append(fact_id)
        roles = _roles(article.text, start, end, mentions)
        lines += [
            f"  - id: {_plain_or_q(fact_id)}",
            "    TODO: rewrite the statement; check the roles, add what, why or how; "
            "or delete the fact",
            f"    statement: {_q(sentence)}",
            f"    quote: {_q(sentence)}",
        ]
        if roles:
            lines.append("    roles:")
            for name, answer, ids in roles:
                value = f"{{answer: {_q(answer)}, entities: {_flow(ids)}}}" if ids else _q(answer)
                lines.append(f"      {name}: {value}")
        else:
            lines.append(f"    roles: {{}}  # none guessed: {', '.join(ROLE_NAMES)}")
        others = [e.id for _, e in mentions if not any(e.id in ids for _, _, ids in roles)]
        if others:
            lines.append(f"    entities: {_flow(others)}")
        keywords = _keywords(sentence, mentions)
        if keywords:
            lines.append(f"    keywords: {_flow(keywords)}")
        lines += [f"    topics: [{_plain_or_q(topic)}]", ""]
        draft.facts += 1
        draft.todos += 1
    lines += [
        "summaries:",
        f"  - topic: {_plain_or_q(topic)}",
        "    TODO: write the short summary (two sentences at most) and the points in your words",
        f"    title: {_q(article.title)}",
        "    aliases: []",
        f"    short: {_q(article.title)}",
        "    points:",
    ]
    for text, fact_ids in points:
        lines += [f"      - text: {_q(text)}", f"        facts: {_flow(fact_ids)}"]
    draft.todos += 1
    draft.text = "\n".join(lines) + "\n"
    return draft


# --- The command -----------------------------------------------------------------------


def _existing_factbase(paths: Paths, out: Path) -> FactBase | None:
    """The fact base as it stands, without the draft being (re)written, or None when it
    does not compile (then nothing is linked, and the report says why)."""
    if not paths.facts.is_dir():
        return None
    with tempfile.TemporaryDirectory() as folder:
        for path in _fact_files(paths.facts):
            if path.resolve() != out.resolve():
                shutil.copy2(path, Path(folder) / path.name)
        return compile_factbase(Path(folder), paths.seeds).factbase


def _fact_files_without_article(paths: Paths, out: Path) -> list[Path]:
    """Fact files that hold facts but name no article: they stop compiling once there are
    several seeds."""
    missing = []
    for path in _fact_files(paths.facts):
        if path.resolve() == out.resolve():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if re.search(r"(?m)^facts\s*:", text) and not re.search(r"(?m)^article\s*:", text):
            missing.append(path)
    return missing


def _seed(
    article_path: Path, raw: bytes, article_id: str, title: str, paths: Paths
) -> tuple[Path, bool] | str:
    """Put the article in seeds/ (unless it is there); returns (seed, copied) or an error."""
    seed = paths.seeds / f"{article_id}.txt"
    if seed.exists():
        if seed.read_bytes() == raw:
            return seed, False
        return (
            f"{display_path(seed)} exists and is a different article; rename "
            f"{article_path.name} (its name becomes the article id)"
        )
    paths.seeds.mkdir(parents=True, exist_ok=True)
    seed.write_bytes(raw)
    meta = seed.with_suffix(".yaml")
    if not meta.exists():
        meta.write_text(
            f"# Metadata for seeds/{article_id}.txt (the article itself is kept byte-exact).\n"
            f"# date: as the article gives it; publisher: null when the article names none.\n"
            f'id: {article_id}\ntitle: {_q(title)}\ndate: ""  # TODO: the date as the '
            f"article gives it\npublisher: null\n",
            encoding="utf-8",
        )
    return seed, True


def run_draft(args: argparse.Namespace, paths: Paths) -> int:
    """The `talksbot facts draft` command."""
    article_path = Path(args.article)
    try:
        raw = article_path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as error:
        print(
            f"talksbot facts draft: cannot read {article_path}: {error.strerror}", file=sys.stderr
        )
        return 1
    except UnicodeDecodeError:
        print(
            f"talksbot facts draft: {article_path} is not UTF-8 text; save it as UTF-8",
            file=sys.stderr,
        )
        return 1
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        print(f"talksbot facts draft: {article_path} is empty", file=sys.stderr)
        return 1
    in_seeds = article_path.resolve().parent == paths.seeds.resolve()
    article_id = article_path.stem if in_seeds else article_id_for(article_path)
    if not ARTICLE_ID.match(article_id):
        print(
            f"talksbot facts draft: the seed name '{article_id}' must be lower-case letters, "
            "digits and hyphens; rename the file",
            file=sys.stderr,
        )
        return 1
    out = Path(args.out) if args.out else paths.facts / f"draft-{article_id}.yaml"
    if out.exists() and not args.force:
        print(
            f"talksbot facts draft: {display_path(out)} exists; --force overwrites it",
            file=sys.stderr,
        )
        return 1
    # Read the fact base before the new seed joins it: with two seeds, files that name no
    # article stop compiling, and entities could not be linked.
    existing = _existing_factbase(paths, out)
    others = [p for p in _fact_files(paths.facts) if p.resolve() != out.resolve()]
    headline = " ".join(text[paragraphs[0][0] : paragraphs[0][1]].split())
    seeded = _seed(article_path, raw, article_id, headline, paths)
    if isinstance(seeded, str):
        print(f"talksbot facts draft: {seeded}", file=sys.stderr)
        return 1
    seed, copied = seeded
    title = headline
    if existing is not None and article_id in existing.articles:
        title = existing.articles[article_id].title
    article = Article(article_id, title, "", None, text, paragraphs)
    draft = make_draft(article, existing)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(draft.text, encoding="utf-8")

    if copied:
        print(f"copied {article_path} to {display_path(seed)} (and wrote its metadata beside it)")
    print(
        f"wrote {display_path(out)}: {draft.facts} candidate facts, "
        f"{len(draft.new_entities)} new entities, {len(draft.linked_entities)} reused "
        f"from the fact base, {draft.todos} TODOs"
    )
    if existing is None and others:
        print(
            "note: the fact base does not compile right now, so no entity was linked to an "
            "existing one (talksbot facts check)"
        )
    seeds = sorted(paths.seeds.glob("*.txt"))
    if len(seeds) > 1:
        for path in _fact_files_without_article(paths, out):
            own = [s.stem for s in seeds if s.stem != article_id]
            hint = f"article: {own[0]}" if len(own) == 1 else "article: ID"
            print(
                f"note: {display_path(path)} has facts but no 'article:' line; with several "
                f"seeds it needs one at the top, e.g. '{hint}'"
            )
    print("next: resolve each TODO (and delete it), then run talksbot facts check")
    return 0
