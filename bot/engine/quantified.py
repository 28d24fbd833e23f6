"""Yes-or-no questions whose subject is "none" or "no one": "Did none of the quad countries
include China?", "Did no one visit New Delhi recently besides Esper?". Each is the denial of
the same question asked of "any" or "anyone", so it is answered as that one, turned round:
someone did → "No"; the article's whole list leaves the one asked about out → "Yes". "Is
Pompeo the only person who mentioned China?" is "did no one besides Pompeo…?" the same way."""

from __future__ import annotations

import re

# "So no relationship mentioned in the article is improving?", "no country was left out?":
# "no" before a noun of the article's kinds of thing is "none of them" (not "no, …" answering
# back, nor "no way").
_KIND_NOUNS = (
    r"(?:relationships?|relations|ties|countr(?:y|ies)|nations?|officials?|person|people"
    r"|ministers?|secretar(?:y|ies)|leaders?|participants?|sides?|governments?|departments?"
    r"|meetings?|talks|dialogues?|agreements?|statements?)"
)
# The quantifier as the question's subject, after an optional lead ("so") and auxiliary:
# "did none of…", "so nobody else went…?". Only there: "why did no one…?" asks something
# else, and "no" elsewhere is no quantifier.
_NONE_SUBJECT = re.compile(
    r"^(?P<lead>(?:(?:so|and|but|ok|okay|then)\s*,?\s+)?"
    r"(?P<aux>(?:did|does|do|has|have|had|was|were|is|are)\s+)?)"
    r"(?P<none>none of|no one|no-one|nobody|no other|no(?= (?:single )?" + _KIND_NOUNS + r"\b))\b",
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
    "no": "any",
}
# A "No" that says the one asked about is not in a list the article gives in full: "No.
# China is not among them: …". Only such a no makes "none of them" a yes; any other no
# ("the Defense Department statement does not mention China") speaks of one, not of all.
_LEFT_OUT_OF_LIST = " is not among them"


# "Is it true that no one besides Esper visited New Delhi?", "is it the case that anyone
# but Esper went to Tokyo?": a claim whose subject is a quantifier, asked as "did no one…?"
# is (the parser reads either form of the verb), so that "none" and "anyone besides" are
# answered as such and not as the claim with its quantifier dropped ("Esper visited…").
_CLAIM_OF_QUANTIFIED = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\s*,?\s+)?"
    r"(?:is it (?:true|the case|correct|right|accurate)|would it be (?:true|correct|right)"
    r"|am i (?:right|correct)(?: in saying| to say)?|is it fair to say)\s*,?\s+(?:that\s+)?"
    r"(?P<claim>(?:none of|no one|no-one|nobody|no other|anyone|anybody|someone|somebody)\b"
    r"[^?]*?)\s*\??$",
    re.IGNORECASE,
)


def quantified_claim_asked(question: str) -> str | None:
    """ "Is it true that no one besides Esper visited New Delhi?" → "Did no one besides
    Esper visited New Delhi?"; None when the claim's subject is no quantifier."""
    found = _CLAIM_OF_QUANTIFIED.match(question.strip())
    if found is None:
        return None
    return f"Did {found.group('claim')}?"


def positive_of_none(question: str) -> str | None:
    """ "Did none of the quad countries include China?" → "Did any of the quad countries
    include China?"; None when the question's subject is no "none" or "no one"."""
    found = _NONE_SUBJECT.match(question.strip())
    if found is None:
        return None
    any_word = _ANY_FOR[found.group("none").lower()]
    rest = question.strip()[found.end() :]
    if found.group("aux") is None:
        copula = _COPULA_AFTER_SUBJECT.match(rest)
        if copula is not None:
            # "so no relationship mentioned in the article is improving?" → "so is any
            # relationship mentioned in the article improving?": a claim put as asked.
            return (
                f"{found.group('lead')}{copula.group('be')} {any_word}{copula.group('subject')}"
                f" {copula.group('rest')}"
            )
        # "no talks took place in Tokyo?" → "did any talks took place in Tokyo?": put as
        # a yes-or-no question, whose yes or no turns round (the parser reads either form
        # of the verb); bare, "any talks took place…" reads as "where".
        return f"{found.group('lead')}did {any_word}{rest}"
    return f"{found.group('lead')}{any_word}{rest}"


# "did a meeting take place in Tokyo?", "no meeting took place in Tokyo?": a meeting, any
# one, not the Esper–Singh meeting the article's "meeting" names; asked as "talks", the
# word the parser reads of every event (the Tokyo talks as much as the New Delhi meeting).
# "My grandson says there was a meeting in Tokyo", "is it true there were meetings in
# Tokyo?", "I heard that there was a meeting in Tokyo": the same "there was a meeting",
# claimed; left a meeting, it was checked against New Delhi's and got a false No.
_CLAIMED_THERE = (
    r"(?:(?:[\w'’]+\s+){0,4}?(?:says?|said|told me|tells me|heard|thinks?|thought|reckons?"
    r"|claims?|claimed|believes?|is it true|isn'?t it true)\s+(?:that\s+)?)?"
    r"there\s+(?:was|were|is|are|has been|have been|had been)\s+"
)
_INDEFINITE_MEETING = re.compile(
    r"^(?P<lead>(?:(?:so|and|but|ok|okay|then)\s*,?\s+)?"
    rf"(?:{_CLAIMED_THERE}|(?:(?:did|was|were|has|have|had)\s+)?(?:there\s+)?)"
    r"(?:a|an|any|no|some)\s+)(?:meetings?|mtgs?)\b",
    re.IGNORECASE,
)


def indefinite_meeting_as_talks(question: str) -> str | None:
    """ "was there a meeting in Tokyo?" → "was there a talks in Tokyo?" (read as any
    talks); None when the question asks of no meeting in general."""
    found = _INDEFINITE_MEETING.match(question.strip())
    if found is None:
        return None
    return f"{found.group('lead')}talks{question.strip()[found.end() :]}"


# The subject's words, then its "is" or "are": "… relationship mentioned in the article| is|
# improving?" (not "… who is …": a clause of the subject's own).
_COPULA_AFTER_SUBJECT = re.compile(
    r"^(?P<subject>(?:(?!who\b|that\b|which\b)[^?,])*?)\s+(?P<be>is|are|was|were)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


# Words that point back to what was said before: "did none of them…?" is of those.
_POINTING_BACK = re.compile(
    r"\b(?:them|they|those|these|it|this|that|he|she|him|her|his|their|such)\b", re.IGNORECASE
)


def quantifier_names_its_kind(question: str) -> bool:
    """Whether a "none" question says itself what it ranges over, pointing back at nothing:
    "so no relationship mentioned in the article is improving?" is of every relationship,
    even after "India-China too?"; "did none of them go?" is of those just named."""
    found = _NONE_SUBJECT.match(question.strip())
    if found is None or found.group("none").lower() not in ("no", "none of"):
        return False
    return _POINTING_BACK.search(question[found.end() :]) is None


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


# "Did all the officials praise the relationship?", "did every minister agree…?": all of
# a kind of people, which a fact naming some of them (Esper and Singh) does not make all.
# A count ("all four countries", "all three") is a list the article may give in full.
_ALL_PEOPLE = re.compile(
    r"^(?:(?:so|and|but|then)\s*,?\s+)?(?:did|do|does|were|was|have|had|are|is)\s+"
    r"(?:(?:all|every|each)(?: of)?(?: the)?(?: [\w.-]+)?"
    r" (?:officials?|people|persons?|ministers?|leaders?|secretaries|secretary|men|man"
    r"|participants?|delegates?)|everyone|everybody|each one)\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\ball (?:of )?(?:the )?(?:two|three|four|five|both|\d+)\b", re.IGNORECASE)


def all_people_claimed(question: str) -> bool:
    """Whether a yes or no claims something of all of some people, no count given: "did all
    the officials praise it?", not "did all four countries take part?"."""
    text = question.strip()
    return _ALL_PEOPLE.match(text) is not None and _COUNTED.search(text) is None


def only_some_said(text: str) -> str | None:
    """A yes to "did all of them…?" as what the article says of those it names: "Yes.
    During the meeting…, Esper and Singh praised…" → "The article says it only of those it
    names: During the meeting…" ("each side" is left alone: the article has
    the two sides as one whole); None for an answer that is no yes."""
    if not text.startswith("Yes"):
        return None
    return f"The article says it only of those it names: {text[3:].lstrip('.:, ')}"
