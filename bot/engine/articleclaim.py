"""A claim about the article itself, put up to be checked: "T/F: The article quotes Singh.",
"the article gives the year of the meeting, right?", "is it true the article mentions the
Pentagon?".

Its subject is the article, not the events: it is asked as "does the article quote Singh?"
is, whose readings know what the article quotes, dates, names and calls people (the claim
read as it stands weighs "quotes Singh" against any sentence about Singh, and got True).
A "true or false" item has its Yes or No said as True or False.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine import prefilter
from bot.engine.lexicon import TITLE_WORDS

__all__ = ["ArticleClaim", "article_claim_asked", "article_scope_dropped", "title_said_asked"]

# What an article does with its words, in the third person as a claim says it, with the
# form "does the article …?" asks it in.
_ARTICLE_VERBS = {
    "quotes": "quote",
    "mentions": "mention",
    "gives": "give",
    "says": "say",
    "states": "state",
    "names": "name",
    "dates": "date",
    "calls": "call",
    "uses": "use",
    "includes": "include",
    "reports": "report",
    "specifies": "specify",
    "provides": "provide",
    "cites": "cite",
    "refers to": "refer to",
    "talks about": "talk about",
    "identifies": "identify",
    "reveals": "reveal",
    "tells us": "tell us",
}
_ARTICLE = r"(?:the|this) (?:article|story|piece|text|report|news article|news story)"
_LEAD = (
    r"(?:(?P<tf>true or false)\s*[:,.-]*\s*"
    r"|(?:is it (?:true|correct|right|accurate)|is it the case) (?:that )?"
    r"|(?:so|and|ok|okay)\s*,?\s+)?"
)
_TAG = (
    r"(?:\s*[,;:-]*\s*(?:(?P<tf2>true or false)|right|correct|yes or no|isn'?t it|doesn'?t it"
    r"|yeah|yes|no))?"
)
_CLAIMED = prefilter.compile(
    rf"^\s*{_LEAD}{_ARTICLE} (?P<verb>{'|'.join(map(re.escape, _ARTICLE_VERBS))})"
    rf" (?P<rest>.+?){_TAG}\s*[.?!]*\s*$",
    re.IGNORECASE,
)
# "Does the article say Pompeo is Secretary of State?": whether it puts that title to that
# name, as "does the article call Pompeo the Secretary of State?" asks (it calls him only
# "Secretary Pompeo").
_TITLE_SAID = prefilter.compile(
    rf"^\s*(?:does|did) {_ARTICLE} (?:say|state|claim|report) (?:that )?"
    r"(?P<who>[\w.'’-]+(?: [\w.'’-]+){0,2}?) (?:is|was) (?:the |a |an )?"
    r"(?P<title>[\w.'’-]+(?: [\w.'’-]+){0,4})\s*[.?!]*\s*$",
    re.IGNORECASE,
)


# "T/F: the article is based on a statement by India's MoD", "is the story drawn from a
# statement by the State Department?", "the article quotes a statement from the Pentagon":
# who issued the statement the article reports, as "did the statement come from …?" asks
# (the claim read as it stands found no sentence that says what the article is based on).
_STATEMENT_SOURCE_CLAIMED = prefilter.compile(
    rf"^\s*{_LEAD}(?:(?:is|was|does|did) )?{_ARTICLE}"
    r" (?:(?:is |was )?(?:based on|drawn from|sourced from|built on|taken from)"
    r"|(?:quotes?|cites?|reports?|relies on|rel(?:y|ies) on|draws? on"
    r"|rests? on|uses?))"
    r" (?:an? |the |one )?(?:official )?(?:statement|press release|release|readout"
    r"|announcement)"
    r" (?:issued |released |put out )?(?:by|from|of) (?P<who>[\w.'’&-]+(?: [\w.'’&-]+){0,6}?)"
    rf"{_TAG}\s*[.?!]*\s*$",
    re.IGNORECASE,
)
# "…a statement by the Pentagon about China": what the statement says is asked too, which
# "did the statement come from …?" would drop.
_MORE_THAN_A_SOURCE = re.compile(
    r"\b(?:about|on|that|saying|says|mentioning|naming|which|who|when|where|why|and|or|but"
    r"|not|no)\b",
    re.IGNORECASE,
)


# A body a statement is issued by: "a statement by the Pentagon / India's MoD / the State
# Department". A person is left out: the article reports Pompeo's and officials' words too,
# so "is the article based on a statement by Pompeo?" is no plain No.
_ISSUING_BODY = re.compile(
    r"\b(?:ministry|ministries|department|dept|pentagon|dod|mod|mea|office|government|govt"
    r"|white house|embassy|agency|administration|military|india|indian|us|u\.s\.?|usa"
    r"|american|america|united states|china|chinese|japan|japanese|australia|australian)\b",
    re.IGNORECASE,
)
_PERSON_WORDS = re.compile(
    r"\b(?:secretary|minister|officials?|spokesm[ae]n|spokesperson|pompeo|esper|singh|begin)\b",
    re.IGNORECASE,
)


def _statement_source_claim(text: str) -> ArticleClaim | None:
    """ "T/F: the article is based on a statement by India's MoD" → "did the statement
    come from India's MoD?", said as True or False; None for any other text."""
    found = _STATEMENT_SOURCE_CLAIMED.match(text)
    if found is None:
        return None
    who = found["who"]
    if _MORE_THAN_A_SOURCE.search(who) or not _ISSUING_BODY.search(who):
        return None
    if _PERSON_WORDS.search(who):
        return None
    question = f"did the statement come from {who}?"
    return ArticleClaim(question, found["tf"] is not None or found["tf2"] is not None)


# A question word within the claim asks something of it, a blank to fill ("The article
# calls the US and India the world's two largest what?") or a question after it ("The
# article mentions 'the two Secretaries of Defense' - who are they?").
_QUESTION_WORD = re.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.IGNORECASE)
# Where a second sentence or question starts: "…recently called at New Delhi; what is…".
_BREAK = re.compile(r"[;?]|\s[-–—]\s|\.\s")


def _asks_of_it(rest: str) -> bool:
    """Whether the words after the verb ask a question, not only put up a claim; a reported
    question right after the verb is the claim ("the article says what year it is")."""
    first, _, after = rest.partition(" ")
    return _BREAK.search(rest.rstrip(" ?.!")) is not None or (
        _QUESTION_WORD.search(after) is not None
        or (_QUESTION_WORD.fullmatch(first) is not None and rest.rstrip().endswith("?"))
    )


@dataclass(frozen=True)
class ArticleClaim:
    """The question a claim about the article asks, and whether to say True or False."""

    question: str
    true_false: bool

    def verdict_said(self, text: str) -> str:
        """The answer's Yes or No as the claim asks for it: "True."/"False." for a true or
        false item, else as it is."""
        if not self.true_false:
            return text
        for said, verdict in (("Yes", "True"), ("No", "False")):
            if text.startswith((f"{said}.", f"{said},")):
                return verdict + text[len(said) :]
        return text


def article_claim_asked(text: str) -> ArticleClaim | None:
    """ "T/F: The article quotes Singh." → "does the article quote Singh?", said as True or
    False; None for anything but a claim about what the article does."""
    source_claim = _statement_source_claim(text)
    if source_claim is not None:
        return source_claim
    found = _CLAIMED.match(text)
    if found is None or _asks_of_it(found["rest"]):
        return None
    verb = _ARTICLE_VERBS[found["verb"].lower()]
    rest = found["rest"].strip(" ,")
    question = f"does the article {verb} {rest}?"
    return ArticleClaim(question, found["tf"] is not None or found["tf2"] is not None)


def title_said_asked(text: str) -> str | None:
    """ "Does the article say Pompeo is Secretary of State?" → "does the article call Pompeo
    the Secretary of State?"; None for any other question."""
    found = _TITLE_SAID.match(text)
    if found is None or not _is_title(found["title"]):
        return None
    return f"does the article call {found['who']} the {found['title']}?"


def _is_title(words: str) -> bool:
    """Whether the words are an office's ("Secretary of State", "India's foreign minister"),
    not any description ("happy with the deal")."""
    said = re.findall(r"[a-z]+", words.lower())
    return bool(said) and said[-1] in TITLE_WORDS and said[0] not in ("not", "no", "never")


# "…in the DoD statement?" "and in the article overall?", "the piece as a whole": the whole
# article, which "the article" alone says (not a statement within it).
_WHOLE_ARTICLE = re.compile(
    r"\b(the (?:article|piece|story|report|text))(?: overall| as a whole| in general| in full"
    r"| at large| altogether)\b",
    re.IGNORECASE,
)


def article_scope_dropped(question: str) -> str | None:
    """ "and in the article overall?" → "and in the article?"; None without such a word."""
    found = _WHOLE_ARTICLE.search(question)
    if found is None:
        return None
    return question[: found.start()] + found[1] + question[found.end() :]
