"""Shared by the maintainers' workflow tests: a private copy of the fact base, a second
article about the talks, and filling in a draft's TODOs the way a maintainer would."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from bot.config import Paths

ROOT = Path(__file__).resolve().parent.parent

# A second, short article (written for these tests) about the Quad meeting the first
# article mentions; its people are new, Pompeo and Tokyo are already in the fact base.
QUAD_ID = "quad-tokyo-meeting"
QUAD_TITLE = "Quad Foreign Ministers Meet in Tokyo, Pledge a Free and Open Indo-Pacific"
QUAD_TEXT = f"""{QUAD_TITLE}

U.S. Secretary of State Mike Pompeo met with Japanese Foreign Minister Toshimitsu Motegi, \
Indian External Affairs Minister Subrahmanyam Jaishankar and Australian Foreign Minister \
Marise Payne in Tokyo on Tuesday (Oct. 6).

The four ministers reaffirmed their commitment to a free and open Indo-Pacific and agreed \
to meet regularly.

Japanese Prime Minister Yoshihide Suga received the ministers before the talks.
"""

QUAD_META = f"""\
id: {QUAD_ID}
title: "{QUAD_TITLE}"
date: "Tuesday (Oct. 6)"
publisher: null
"""

# Pompeo and Tokyo are the first article's entities, referred to from the second.
QUAD_FACTS = f"""\
article: {QUAD_ID}

entities:
  - id: motegi
    name: Toshimitsu Motegi
    kind: person
    description: Japan's Foreign Minister.
    aliases: [Toshimitsu Motegi, Japanese Foreign Minister]
  - id: payne
    name: Marise Payne
    kind: person
    description: Australia's Foreign Minister.
    aliases: [Marise Payne, Australian Foreign Minister]
  - id: jaishankar
    name: Subrahmanyam Jaishankar
    kind: person
    description: India's External Affairs Minister.
    aliases: [Subrahmanyam Jaishankar, Indian External Affairs Minister]
  - id: suga
    name: Yoshihide Suga
    kind: person
    description: Japan's Prime Minister.
    aliases: [Yoshihide Suga, Japanese Prime Minister]

facts:
  - id: quad-ministers-met
    statement: Pompeo met the foreign ministers of Japan, India and Australia in Tokyo.
    quote: "U.S. Secretary of State Mike Pompeo met with Japanese Foreign Minister Toshimitsu
      Motegi, Indian External Affairs Minister Subrahmanyam Jaishankar and Australian Foreign
      Minister Marise Payne in Tokyo on Tuesday (Oct. 6)."
    roles:
      who: {{answer: "Mike Pompeo, the U.S. Secretary of State", entities: [pompeo]}}
      with_whom:
        answer: "Toshimitsu Motegi, Subrahmanyam Jaishankar and Marise Payne"
        entities: [motegi, jaishankar, payne]
      where: {{answer: "In Tokyo", entities: [tokyo]}}
      when: "On Tuesday, Oct. 6"
    keywords: [meet, met, meeting, talks, foreign, ministers]
    topics: [{QUAD_ID}]
  - id: suga-received
    statement: Japan's Prime Minister Yoshihide Suga received the ministers before the talks.
    quote: "Japanese Prime Minister Yoshihide Suga received the ministers before the talks."
    roles:
      who: {{answer: "Yoshihide Suga, Japan's Prime Minister", entities: [suga]}}
      when: "Before the talks"
    keywords: [receive, received, host, hosted, welcome]
    topics: [{QUAD_ID}]

summaries:
  - topic: {QUAD_ID}
    title: The Quad foreign ministers in Tokyo
    short: Pompeo met his Japanese, Indian and Australian counterparts in Tokyo.
    points:
      - text: Pompeo met Motegi, Jaishankar and Payne in Tokyo on Tuesday (Oct. 6).
        facts: [quad-ministers-met, suga-received]
"""


def copy_project(root: Path) -> Paths:
    """The project's facts/ and seeds/ copied under `root`: tests edit the copy only."""
    shutil.copytree(ROOT / "facts", root / "facts")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    return Paths(facts=root / "facts", seeds=root / "seeds")


def name_the_first_article(paths: Paths) -> None:
    """What a maintainer does when a second seed arrives: the existing facts file says
    which article its quotes come from."""
    facts = paths.facts / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "\nfacts:\n" in text and "\narticle:" not in text
    facts.write_text(
        text.replace("\nfacts:\n", "\narticle: us-india-defense-talks\n\nfacts:\n", 1),
        encoding="utf-8",
    )


def add_quad_seed(paths: Paths) -> None:
    """The second article, with its metadata, in seeds/."""
    (paths.seeds / f"{QUAD_ID}.txt").write_text(QUAD_TEXT, encoding="utf-8")
    (paths.seeds / f"{QUAD_ID}.yaml").write_text(QUAD_META, encoding="utf-8")


def add_quad_article(paths: Paths) -> None:
    """The second article and its fact file, with the first article's file named."""
    name_the_first_article(paths)
    add_quad_seed(paths)
    (paths.facts / f"{QUAD_ID}.yaml").write_text(QUAD_FACTS, encoding="utf-8")


def fill_draft(path: Path, kinds: dict[str, str] | None = None) -> dict[str, Any]:
    """Resolve every TODO of a draft as a maintainer would, and save it.

    Entities: keep the guessed kind (or take one from `kinds`), keep the description.
    Facts: drop the headline candidate (a headline restates the body), give a fact with no
    guessed role the one its sentence answers ("what"), keep the rest. Summary: write a
    short summary and let each point cite only facts that remain.
    """
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entity in data.get("entities") or []:
        del entity["TODO"]
        if entity["kind"] == "TODO":
            entity["kind"] = (kinds or {}).get(entity["id"], "organisation")
    kept = []
    for fact in data["facts"]:
        if fact["id"].endswith("-headline"):
            continue
        del fact["TODO"]
        if not fact["roles"]:
            fact["roles"] = {"what": fact["statement"]}
        kept.append(fact)
    data["facts"] = kept
    kept_ids = {fact["id"] for fact in kept}
    [summary] = data["summaries"]
    del summary["TODO"]
    summary["short"] = "What the article reports, in brief."
    summary["points"] = [
        {"text": point["text"], "facts": [f for f in point["facts"] if f in kept_ids]}
        for point in summary["points"]
        if any(f in kept_ids for f in point["facts"])
    ]
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
    )
    return data
