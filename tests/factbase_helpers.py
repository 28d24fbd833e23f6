"""Building small fact bases in a temporary folder, for tests of the compiler."""

from __future__ import annotations

import textwrap
from pathlib import Path

SEED = (
    "Ministers Meet in Springfield\n\n"
    "Minister Ada Lovelace met Minister Alan Turing on Monday in Springfield. "
    "They agreed on a “Basic Engine Agreement,” the ministry said.\n\n"
    "The two countries have had three such meetings."
)

ENTITIES = """\
entities:
  - id: ada
    name: Ada Lovelace
    kind: person
    description: A minister.
    aliases: [Ada Lovelace, Lovelace]
  - id: alan
    name: Alan Turing
    kind: person
    description: Another minister.
    aliases: [Alan Turing]
    maintainer_aliases: [Turing]
"""

FACTS = """\
facts:
  - id: meeting
    statement: Ada Lovelace met Alan Turing in Springfield.
    quote: "Minister Ada Lovelace met Minister Alan Turing on Monday in Springfield."
    roles:
      who: {answer: Ada Lovelace, entities: [ada]}
      with_whom: {answer: Alan Turing, entities: [alan]}
      where: In Springfield
    topics: [meeting]
"""

SUMMARIES = """\
summaries:
  - topic: meeting
    title: The meeting
    short: Ada met Alan.
    points:
      - text: Ada met Alan in Springfield.
        facts: [meeting]
"""


def make_base(root: Path, **files: str) -> tuple[Path, Path]:
    """A seeds/ and facts/ pair under `root`; `files` maps file names to YAML text."""
    seeds = root / "seeds"
    facts = root / "facts"
    seeds.mkdir(parents=True, exist_ok=True)
    facts.mkdir(parents=True, exist_ok=True)
    (seeds / "springfield.txt").write_text(SEED, encoding="utf-8")
    defaults = {"entities.yaml": ENTITIES, "facts.yaml": FACTS, "summaries.yaml": SUMMARIES}
    defaults.update(files)
    for name, text in defaults.items():
        (facts / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return facts, seeds
