"""Yes-or-no questions whose subject is "none" or "no one": "Did none of the quad countries
include China?", "Did no one visit New Delhi recently besides Esper?". Each is the denial of
the same question asked of "any" or "anyone", so it is answered as that one, turned round:
someone did → "No"; the article's whole list leaves the one asked about out → "Yes". "Is
Pompeo the only person who mentioned China?" is "did no one besides Pompeo…?" the same way."""

from __future__ import annotations

import re

# The quantifier as the question's subject, after an optional lead ("so") and auxiliary:
# "did none of…", "so nobody else went…?". Only there: "why did no one…?" asks something
# else, and "no" elsewhere is no quantifier.
_NONE_SUBJECT = re.compile(
    r"^(?P<lead>(?:(?:so|and|but|ok|okay|then)\s*,?\s+)?"
    r"(?:(?:did|does|do|has|have|had|was|were|is|are)\s+)?)"
    r"(?P<none>none of|no one|no-one|nobody|no other)\b",
    re.IGNORECASE,
)
# "Is Pompeo the only person who mentioned China?", "was Esper the only U.S. official who
# recently visited New Delhi?": someone said to be the only one of people who did something
# (a clause says what: "the only Indian official named?" is about the article's naming).
_ONLY_ONE = re.compile(
    r"^(?:is|was) (?P<who>[\w.' -]+?) the only (?:[\w.-]+ ){0,2}?"
    r"(?:one|person|people|official|man|individual|figure|minister|secretary)"
    r" (?:who |that |to |the article says )(?:the article says )?(?P<rest>[^?]+?)\s*\??$",
    re.IGNORECASE,
)
_ANY_FOR = {
    "none of": "any of",
    "no one": "anyone",
    "no-one": "anyone",
    "nobody": "anybody",
    "no other": "any other",
}
# A "No" that says the one asked about is not in a list the article gives in full: "No.
# China is not among them: …". Only such a no makes "none of them" a yes; any other no
# ("the Defense Department statement does not mention China") speaks of one, not of all.
_LEFT_OUT_OF_LIST = " is not among them"


def positive_of_none(question: str) -> str | None:
    """ "Did none of the quad countries include China?" → "Did any of the quad countries
    include China?"; None when the question's subject is no "none" or "no one"."""
    found = _NONE_SUBJECT.match(question.strip())
    if found is None:
        return None
    any_word = _ANY_FOR[found.group("none").lower()]
    return f"{found.group('lead')}{any_word}{question.strip()[found.end() :]}"


def anyone_besides(question: str) -> str | None:
    """ "Is Pompeo the only person who mentioned China?" → "Did anyone besides Pompeo
    mention(ed) China?" (the parser reads either form of the verb); None for any other
    question."""
    found = _ONLY_ONE.match(question.strip())
    if found is None:
        return None
    return f"Did anyone besides {found.group('who')} {found.group('rest')}?"


def turned_round(text: str) -> str | None:
    """The answer to "did none…?" from the answer to "did any…?": "Yes: Begin, …" → "No:
    Begin, …"; "No. China is not among them: …" → "Yes. China is not among them: …"; None
    when the answer to "any" settles nothing of "none" (a no about one of them only)."""
    if text.startswith("Yes"):
        return "No" + text[3:]
    if text.startswith("No") and _LEFT_OUT_OF_LIST in text:
        return "Yes" + text[2:]
    return None
