"""Hinglish read as the English it means: the particles Indian readers mix into an English
question ("Singh foreign minister hai kya?", "US-China relations kaise hai?", "acha, what was
agreed?") are either a question word, the question's frame, or a filler. A small table, not
tuned to one article; everything else in the question is left as typed."""

from __future__ import annotations

import re

from bot.engine import prefilter

# Any of these in a question sends it through the rewrites below; most questions skip them.
# Never respelt as slips of English words ("yaar" is not "year").
PARTICLES = frozenset(
    """
kya hai hain kaise kaisa kaisi kitne kitna kitni kab kahan kaha kaun kyun kyu kyon
acha accha achha achcha acchha yaar arre arey haan toh na aur bhi
""".split()
)

# Interjections that only open or punctuate a remark: "acha, what was that meeting?",
# "yaar who met Singh?", "arre, where did they meet?".
_FILLER = prefilter.compile(
    r"(?:^|(?<=[\s,]))(?:acha|accha|achha|achcha|acchha|yaar|arre|arey|haan|toh)"
    r"\b\s*,?\s*",
    re.IGNORECASE,
)

# "Singh foreign minister hai kya?", "kya Singh foreign minister hai?": is it so.
_IS_IT_SO = prefilter.compile(
    r"^\s*(?:kya\s+)?(?P<claim>[^?]+?)\s+(?:(?P<are>hain)|hai|(?P<was>tha|thi)|(?P<were>the))"
    r"(?:\s+kya)?\s*(?P<end>\?*)\s*$",
    re.IGNORECASE,
)
# "US-China relations kaise hai?", "Esper ka visit kaisa tha?": how it is.
_HOW_IS = prefilter.compile(
    r"^\s*(?P<what>[^?]+?)\s+(?:kaise|kaisa|kaisi)(?:\s+(?:(?P<are>hain)|hai|(?P<was>tha|thi)"
    r"|(?P<were>the)))?\s*(?P<end>\?*)\s*$",
    re.IGNORECASE,
)
# "BECA kya hai?", "2+2 kya tha?": what it is.
_WHAT_IS = prefilter.compile(
    r"^\s*(?P<what>[^?]+?)\s+kya\s+(?:(?P<are>hain)|hai|(?P<was>tha|thi)|(?P<were>the))"
    r"\s*(?P<end>\?*)\s*$",
    re.IGNORECASE,
)
# "Esper is defence secretary, na?": the tag asks "right?".
_TAG_NA = prefilter.compile(r",?\s+na\s*(?P<end>\?*)\s*$", re.IGNORECASE)

# Question words and linking words, one for one: "meeting kab hui?" → "meeting when hui?"
# is still a question of when; "Tokyo bhi gaye?" asks "also".
_WORDS = {
    "kitne": "how many",
    "kitna": "how much",
    "kitni": "how many",
    "kab": "when",
    "kahan": "where",
    "kaha": "where",
    "kaun": "who",
    "kyun": "why",
    "kyu": "why",
    "kyon": "why",
    "aur": "and",
    "bhi": "also",
}
_WORD = prefilter.compile(r"\b(?:" + "|".join(_WORDS) + r")\b", re.IGNORECASE)


def _verb(found: re.Match[str]) -> str:
    if found["are"]:
        return "are"
    if found["was"]:
        return "was"
    if found["were"]:
        return "were"
    return "is"


def _asked(found: re.Match[str], wh: str, part: str) -> str:
    return f"{wh}{_verb(found)} {found[part]}{found['end'] or '?'}"


def hinglish_read(text: str) -> str:
    """The question with its Hinglish particles read as English: "Singh foreign minister hai
    kya?" → "is Singh foreign minister?"; "US-China relations kaise hai?" → "how is US-China
    relations?"; "acha, what was agreed?" → "what was agreed?"."""
    if PARTICLES.isdisjoint(re.findall(r"[a-z]+", text.lower())):
        return text
    text = _FILLER.sub("", text).strip() or text
    how = _HOW_IS.match(text)
    if how is not None:
        return _asked(how, "how ", "what")
    what = _WHAT_IS.match(text)
    if what is not None:
        return _asked(what, "what ", "what")
    so = _IS_IT_SO.match(text)
    if so is not None and _ends_hinglish(text):
        return _asked(so, "", "claim")
    text = _TAG_NA.sub(lambda found: f", right{found['end'] or '?'}", text)
    return _WORD.sub(lambda found: _WORDS[found[0].lower()], text)


def _ends_hinglish(text: str) -> bool:
    """ "…hai kya?", "kya … hai?": the Hindi frame is there, not an English "the" or
    "hai" alone ("who are the"): both "kya" and the verb, or a Hindi verb at the end."""
    words = re.findall(r"[a-z]+", text.lower())
    return "kya" in words or (bool(words) and words[-1] in ("hai", "hain"))
