"""Two bare claims joined in one message: "Esper went alone, Pompeo skipped it", "Pompeo
stayed home; Esper went", "Esper went alone and Pompeo skipped it". Read as one they match
no fact; each is a claim the article can check, and the whole is false when either is."""

from __future__ import annotations

import re

from bot.engine import prefilter
from bot.engine.lexicon import IRREGULAR
from bot.text import normalise

__all__ = ["joined_claims"]

# Where one clause ends and the next begins: a comma or semicolon (with "and" or "but"
# after it), or a bare "and" between two whole clauses.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;]\s*(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but)\s+)", re.I
)
# First words that open a setting or a list, not a subject: "Earlier this month, Esper went
# to Tokyo" is one claim, "In Tokyo, Esper met Pompeo" too.
_NOT_A_SUBJECT = frozenset(
    "in on at during after before earlier later when while if although though because since"
    " as with without despite for by from to ahead prior including between among according"
    " yes no ok okay so well but and or also then now who what which when where why how"
    " whose whom is was were are did does do has have had can could will would".split()
)
_MODALS_AND_COPULAS = frozenset(
    "is was were are will would did didnt does doesnt has had have wasnt werent isnt".split()
)
# What puts a claim up to be checked: "T/F: …", "true or false: …", "is it true that …".
_CLAIM_FRAME = re.compile(
    r"^(?:t/f|true or false|true/false|is it true that|is it correct that"
    # "Confirm: the two countries have had three such dialogues, and Esper attended all three."
    r"|confirm|verify|check|fact check|fact-check)\s*[:,-]?\s*",
    re.I,
)
# A question word anywhere makes it a question, not two claims ("Esper went, but where?").
_QUESTION_WORD = prefilter.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b")
# How far into a clause its verb may stand: "Pompeo skipped it", "the Quad talks were…".
_SUBJECT_WORDS = 3


def _is_clause(words: list[str]) -> bool:
    """Whether words are a subject and its verb: "pompeo skipped it", "esper went alone";
    not a list item ("japan"), a noun phrase ("india and australia") or a setting ("earlier
    this month")."""
    if len(words) < 2 or words[0] in _NOT_A_SUBJECT:
        return False
    return any(_is_verb(word) for word in words[1 : _SUBJECT_WORDS + 1])


# Words ending like a past verb that are not one: "the United States".
_NOT_VERBS = frozenset("united related limited speed need indeed".split())


def _is_verb(word: str) -> bool:
    """A past verb, a modal or a copula; not a noun IRREGULAR also lists ("meetings")."""
    if word in _NOT_VERBS:
        return False
    irregular = word in IRREGULAR and not word.endswith(("ing", "s"))
    return word.endswith("ed") or irregular or word in _MODALS_AND_COPULAS


def joined_claims(text: str) -> list[str] | None:
    """The claims of a message that joins two or more whole clauses ("Esper went alone,
    Pompeo skipped it": ["Esper went alone", "Pompeo skipped it"]), or None when it is one
    claim, a list ("the four were the US, Japan, India and Australia") or a question."""
    said = text.strip().rstrip("?.!").strip()
    # "T/F: Singh is India's Defense Minister, and Esper is U.S. Secretary of State": the
    # frame asks of every claim, each put with it.
    frame = _CLAIM_FRAME.match(said)
    lead = frame.group(0) if frame is not None else ""
    said = said[len(lead) :]
    if _QUESTION_WORD.search(normalise(said)) is not None:
        return None
    parts = [p.strip() for p in _CLAUSE_BREAK.split(said) if p.strip()]
    if len(parts) < 2 or not all(_is_clause(normalise(p).split()) for p in parts):
        return None
    return [f"{lead}{part}" for part in _elisions_filled(parts)]


# A clause that is a subject and its auxiliary alone: "Esper was not", "Pompeo was", "Singh
# wasn't", "Begin has too".
_ELIDED = re.compile(
    r"^(?P<subject>.+?)\s+(?P<aux>is|was|were|are|has|have|had)(?P<neg>n[o']?t|\s+not)?"
    r"(?:\s+(?:either|too|as well))?$",
    re.I,
)
# The first clause's auxiliary, what follows it, and whether it is negated: "Pompeo was
# quoted" → ("was", "quoted"); "Begin was not quoted" → ("was", "quoted").
_AUX_AND_REST = re.compile(
    r"^(?P<subject>.+?)\s+(?P<aux>is|was|were|are|has|have|had)(?:n[o']?t|\s+not|\s+never)?"
    r"\s+(?P<rest>.+)$",
    re.I,
)


def _elisions_filled(parts: list[str]) -> list[str]:
    """Each clause, one that leaves its verb out completed from the one before: "Pompeo was
    quoted, and Esper was not" → "Esper was not quoted"; "Begin was not quoted, and Pompeo
    was" → "Pompeo was quoted". Alone, "Esper was not" asks nothing the article can check."""
    filled = [parts[0]]
    for part in parts[1:]:
        elided = _ELIDED.match(part)
        before = _AUX_AND_REST.match(filled[-1])
        if elided is None or before is None or before["aux"].lower() != elided["aux"].lower():
            filled.append(part)
            continue
        negation = " not" if elided["neg"] else ""
        filled.append(f"{elided['subject']} {elided['aux']}{negation} {before['rest']}")
    return filled
