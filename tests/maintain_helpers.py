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
    facts.write_text(text.replace("\nfacts:\n", "\narticle: us-india-defense-talks\n\nfacts:\n",
                                  1), encoding="utf-8")


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
        for point in summary["points"] if any(f in kept_ids for f in point["facts"])
    ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
                    encoding="utf-8")
    return data
