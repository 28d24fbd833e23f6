"""Text normalisation shared by the fact-base compiler and the engine's index.

One place decides what "the same text" means, so an alias the compiler accepts is the
alias the engine matches, and a quote found at compile time is found the same way later.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

import Stemmer

# Only the standard library behind it: the regex prefilter, which the rewrites of
# `normalise` use as the engine's readings do.
from bot.engine import prefilter

__all__ = [
    "QuoteMap",
    "fold_for_quotes",
    "fold_quotes",
    "normalise",
    "stem",
    "tokens",
]

_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)


_QUOTE_CHARS = re.compile("[" + "".join(chr(c) for c in _QUOTE_FOLD) + "]")


def fold_quotes(text: str) -> str:
    """Curly and typographic quotation marks become straight ones."""
    if text.isascii():
        return text
    return _QUOTE_CHARS.sub(lambda m: _QUOTE_FOLD[ord(m.group())], text)


class QuoteMap:
    """A text folded for quote matching (whitespace runs → one space, quotes straightened),
    with a map back to offsets in the original, so a match can be reported as a real span."""

    __slots__ = ("_marks", "_shifts", "folded", "origin")

    def __init__(self, origin: str) -> None:
        self.origin = origin
        text = fold_quotes(origin)  # (one character for one: offsets are the original's)
        # Only a run of whitespace longer than one character (or one the text starts with)
        # moves what follows: from folded position `_marks[k]` on, the original offset is
        # that position plus `_shifts[k]`. A few entries an article, where an offset per
        # character was 4 bytes each of all the seed text, alive for the whole compile.
        marks, shifts = array("I", [0]), array("I", [0])
        removed = 0
        for run in _DROPPED_SPACE.finditer(text):
            start, end = run.span()
            removed += end - start if start == 0 else end - start - 1
            marks.append(end - removed)
            shifts.append(removed)
        folded = _SPACE_RUN.sub(" ", text)
        if folded[:1] == " " and text[:1].isspace():
            folded = folded[1:]
        # A trailing space is never part of a match.
        if folded[-1:] == " ":
            folded = folded[:-1]
        self.folded = folded
        self._marks = marks
        self._shifts = shifts

    def find(self, passage: str) -> tuple[int, int] | None:
        """The (start, end) span of `passage` in the original text, or None."""
        needle = fold_for_quotes(passage)
        if not needle:
            return None
        at = self.folded.find(needle)
        if at < 0:
            return None
        return self.span(at, at + len(needle))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded offsets [start, end) as offsets in the original text."""
        return self._offset(start), self._offset(end - 1) + 1

    def _offset(self, position: int) -> int:
        return position + self._shifts[bisect_right(self._marks, position) - 1]


# Whitespace `QuoteMap` drops: a run at the start, and all but the first of a longer run.
_DROPPED_SPACE = re.compile(r"\A\s+|\s{2,}")
_SPACE_RUN = re.compile(r"\s+")


def fold_for_quotes(text: str) -> str:
    """What quote matching compares: whitespace collapsed and quotes straightened, no more."""
    return " ".join(fold_quotes(text).split())


def occurs_as_words(needle: str, text: str) -> bool:
    """Whether `needle` is in `text` with no word character (`\\w`) just before or after
    it: what `(?<!\\w)needle(?!\\w)` finds, without compiling a pattern per needle (one
    each was a tenth of a large base's compile, and `re`'s cache holds only 512)."""
    if not needle:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    at = text.find(needle)
    while at != -1:
        end = at + len(needle)
        if (at == 0 or not is_word_char(text[at - 1])) and (
            end == len(text) or not is_word_char(text[end])
        ):
            return True
        at = text.find(needle, at + 1)
    return False


def is_word_char(char: str) -> bool:
    """`re`'s `\\w` for one character of a str pattern: alphanumeric (str.isalnum's
    Unicode classes) or the underscore."""
    return char.isalnum() or char == "_"


# --- Words -----------------------------------------------------------------------------

_STEMMER = Stemmer.Stemmer("english")

# Written forms that mean one country or organisation, folded before tokenising, so that
# "U.S.", "US" and "United States" all become the token "us" and "2+2" stays one token.
# Upper-case "US" is the country; lower-case "us" is usually the pronoun, so the country
# becomes the token "usa" before lower-casing, and lower-case "us" only where the pronoun
# cannot be meant ("the us", "us-india", "us and india").
_CASED = re.compile(
    r"\b[Uu]\.\s?[Ss]\.(?:\s?[Aa]\.?)?(?![A-Za-z])|\b[Uu]\.\s?[Ss](?![A-Za-z])"
    r"|\bU\.?S\.?A?\b|\b(?P<uk>[Uu]\.\s?[Kk]\.?)(?![A-Za-z])"
)

# Countries a lower-case "us" may stand beside as the U.S.: "just us and japan".
_OTHER_COUNTRY = (
    r"(?:india|japan|australia|china|russia|pakistan|uk|britain|france|germany|canada"
    r"|israel|korea|taiwan|europe)"
)

# The author of the statement the article reports, as people name it.
_STATEMENT_AUTHOR = (
    r"(?:(?:(?:usa?|american) )?(?:dod|pentagon|defen[cs]e department|department of defen[cs]e)"
    r"(?: statement)?|(?:official |joint )?statement)"
)

# The statement the article reports, as a question names it coming from someone:
# "the statement", "this dod readout", "the pentagon press release".
_STATEMENT_NAMED = (
    r"(?:(?:the|this|that|its) )?(?:(?:dod|pentagon|defen[cs]e department|us) )?"
    r"(?:statement|stmt|readout|press release)"
)
_COMING = r"(?:coming|come|comes|came)(?: out)?"
_SOURCE_ASKED = r"(?:who|whom|where)"

# What the statement the article reports does not cover: China and the threat it poses,
# and the other people and talks the article goes on to.
_NOT_IN_THE_STATEMENT = (
    r"(?!.*\b(?:china|chinese|beijing|communist|pompeo|begin|tokyo|quad|japan|australia"
    r"|threats?|threaten\w*|dangers?|thwart\w*)\b)"
)


class _LazyPattern:
    """A rewrite's pattern, compiled the first time a text has its guard: most of the
    rewrites never apply in a process that answers one question, and compiling them all
    was most of the time it took to import this module. It is compiled prefiltered: a
    guard is one short string ("s", "the", or none for fifteen rewrites) that most
    questions have, and the prefilter's test for the strings every match needs spares
    `re` the scan of a text that has none of them (some twenty scans a question)."""

    __slots__ = ("compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags
        self.compiled: prefilter.Prefiltered | None = None

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        if self.compiled is None:
            self.compiled = prefilter.compile(self.source, self.flags)
        return self.compiled.sub(replacement, text)


# A yes-or-no question whose verb says a topic was talked over, and the topic after it
# (not "did esper talk to singh", "did they talk for long", "did they talk about trade").
_TOPIC_TALKED_OVER = (
    r"^((?:(?:so|ok|okay|and|but|like) )*(?:did|do|does|have|has|had) (?:\w+ ){1,4}?)"
    r"(?:(?:discuss|discussed|talk|talked|chat|chatted)(?: (?:over|of|on|about))?"
    # "does esper speak hindi?", "did they speak highly of it?": no topic talked over
    r"|(?:speak|spoke) (?:about|of|on))"
    r" (?!(?:to|with|for|about|at|in|during|after|before|together|much|long|again|there|then"
    r"|it|that|this|him|her|them|us|each|anything|something|any|privately|alone|directly"
    r"|first|only|a|an|highly|well|warmly|fondly|positively|badly|ill|up|out|openly"
    r"|publicly"
    # "Did they discuss China?": the article tells of no talk of China between them (the
    # statement does not name it; Pompeo spoke of it), so that stays unanswered.
    r"|china|chinese|beijing)\b)(?=\w)"
)


def _lazy(source: str, flags: int = 0) -> _LazyPattern:
    return _LazyPattern(source, flags)


# Someone received or welcomed as a visitor: a person the article names, a title or a
# pronoun, never a thing ("welcomed the expansion of information sharing").
_VISITOR = (
    r"(?:(?:the )?(?:u\.?s\.? |usa |american |indian |us )?(?:defen[cs]e )?"
    r"(?:secretary|minister|mr\.?|deputy) )*"
    r"(?:esper|singh|pompeo|begin|mark|rajnath|him|her|them|the (?:visitor|guest|delegation"
    r"|secretary|minister|americans?|indians?))\b"
)
# "Tell me", "could you please tell me", "would you be so kind as to give us": asking for
# what follows, as "what is" does.
_NAME_REQUEST = (
    r"(?:(?:can|could|would|will|might) you (?:please |kindly )?"
    r"(?:be (?:so )?(?:kind|good) (?:enough |as )?to )?)?(?:please |kindly )?"
    r"(?:tell|give|let) (?:me|us)(?: know)?"
)
_HOSTING_FOR_ENDING = {"e": "host ", "ed": "hosted ", "es": "hosts ", "ing": "hosting "}
_VISITING_FOR_CALLING = {
    "call": "visit",
    "calls": "visits",
    "called": "visited",
    "calling": "visiting",
}


# Each rewrite with a cheap substring test, so most text skips most regular expressions.
# What follows a verb of putting an event on when it only says where or when it was.
_WHERE_OR_WHEN_AFTER = (
    r"\W*$| (?:in|at|on|during|there|here|earlier|last|this|recently|then|when|where)\b"
)

# "How was the agreement received?": a how-question, and a thing one reacts to.
_HOW_MANNER = r"(?:how|in what (?:manner|way)),?(?: then,?)?"
_RECEIVED_THING = (
    r"it|this|that|(?:the|this|that) (?:[\w-]+ ){0,2}?(?:agreement|deal|pact|accord|news|expansion)"
    r"(?: (?:on|of) [\w ]{1,40}?)?"
)

# "Q2 I wrote", "for Q3 I put that", "I answered": how a candidate gives an answer to check.
_ANSWER_GIVEN = (
    r"^(?:(?:for|in|on|at) )?(?:(?:q|qn|question|no|number|#) ?\d+[a-z]?\W* )?"
    r"(?:i|i've|ive|i have) (?:wrote|written|put|put down|said|answered|gave|went with"
    r"|chose|picked|argued|claimed|stated)(?: that|:)? (?!(?:who|what|when|where|why|how"
    r"|which)\b)"
)
# "For 'How did the two ministers respond to the basic agreement?' I wrote that they were
# critical of it": the answer's "they" and "it" are the quoted question's reactors and what
# they reacted to, so the claim checked is "the two ministers were critical of the basic
# agreement".
_REACTION_ANSWERED = (
    r"^(?:(?:for|in|on|to) )?(?:(?:q|qn|question) ?\d+[a-z]?\W* )?['\"]how (?:did|do|does)"
    r" (?P<s>[^'\"?]+?) (?:respond|react|reply|feel|view|see|regard|greet|receive|take)"
    r"(?: to| about| towards?| on)? (?P<o>[^'\"?]+?)\??['\"][.,:]?"
    r" (?:i|i've|ive|i have) (?:wrote|written|put|put down|said|answered|gave)(?: that|:)?"
    r" (?P<c>[^?]+?)"
    r"(?:[.,;]? ?(?:(?:is|was) (?:that|it|this|i) )?(?:right|correct|ok|okay|accurate)\W*|\W*)$"
)
_REACTOR_PRONOUN = re.compile(r"\b(?:they|he|she)\b")
_REACTED_TO_PRONOUN = re.compile(r"\b(?:it|them)\b")


def _reaction_claim(answered: re.Match[str]) -> str:
    """The candidate's answer with its pronouns put back to what the question named."""
    claim = _REACTOR_PRONOUN.sub(answered["s"], answered["c"])
    claim = _REACTED_TO_PRONOUN.sub(answered["o"], claim)
    return f"is it true that {claim}?"


# "For the three strands of military collaboration I said: the services, secure comms and
# logistics": the answer put on what it was the answer for.
_ANSWER_FOR_THING = (
    r"^(?:(?:ok|okay|so|and|right|well)\W+)?(?:for|on) (?P<s>the [^:'\"?]+?)"
    r",? (?:i|i've|ive|i have) (?:wrote|written|put|put down|said|answered|gave|went with"
    r"|chose|picked|listed|named)(?: that|:)? (?!(?:who|what|when|where|why|how|which|they|he"
    r"|she|it|we|i)\b)(?P<a>[^?]+?)"
    r"(?:[.,;]? ?(?:(?:is|was) (?:that|it|this|i) )?(?:right|correct|ok|okay|accurate)\W*|\W*)$"
)


def _answer_for_claim(answered: re.Match[str]) -> str:
    """ "the three strands … are the services, …", "the city is New Delhi"."""
    head = answered["s"].split(" of ")[0].split()[-1]
    verb = "are" if head.endswith("s") and not head.endswith("ss") else "is"
    return f"is it true that {answered['s']} {verb} {answered['a']}?"


# What follows "came to X" when it is a trip there: "…to meet Esper", "…for talks".
_TRIP_PURPOSE = r"(?=(?:the )?\w+(?: \w+)? (?:to meet|to see|to talk|for talks|for the)\b)"


_PHRASES: tuple[tuple[str, _LazyPattern, str | Callable[[re.Match[str]], str]], ...] = (
    # "sorry, who was the Indian guy again?", "oops, where did they meet?": an apology
    # before a question is no part of it, and rewrites that read a question from its
    # first word ("who was … again") must see the question word first.
    (
        "",
        _lazy(
            r"^(?:(?:ok|okay|oh|ah|um+|uh+)[,\s]+)*(?:sorry|soz|oops|whoops|my bad|apologies"
            r"|pardon me)\s*[,;:.!-]+\s*"
            r"(?=(?:who|whom|whose|what|whats|where|wheres|when|which|why|how)\b\W*\w)"
        ),
        "",
    ),
    # "who is come from Australia?", "who are go to Tokyo?": a learner's "is" before a
    # plain verb, which reads as asking who someone is; the verb is what is asked.
    (
        "who",
        _lazy(
            r"^(who) (?:is|are) (?=(?:come|go|meet|visit|attend|travel|talk|speak|sign"
            r"|agree)\b)"
        ),
        r"\1 ",
    ),
    # "there've been five of these dialogues?", "they've met before?": "have", which
    # tells a claim of what has happened from a bare phrase.
    ("'ve", _lazy(r"\b(there|they|we|you|i|who|what)'ve\b"), r"\1 have"),
    ("i ", _lazy(_ANSWER_FOR_THING), _answer_for_claim),
    ("how", _lazy(_REACTION_ANSWERED), _reaction_claim),
    (
        "us",
        _lazy(
            r"\b(the|to|and|between|with|from|of|in) us\b(?! (?:about|what|who|how|"
            r"when|where|why|more|if|know)\b)"
        ),
        r"\1 usa",
    ),
    ("us-", _lazy(r"\bus(?=-)"), "usa"),
    # "were the tokyo talks just us and japan", "us or india": beside another country, the
    # U.S., never the pronoun.
    ("us ", _lazy(rf"\bus(?= (?:and|n|&|or|vs|versus) (?:the )?{_OTHER_COUNTRY}\b)"), "usa"),
    # A reading test's "True, false or not given: …", "TFNG: …", "T/F/NG", "Yes/No/Not
    # Given": a claim put up as "true or false" puts it ("not given" is an abstention).
    (
        "not given",
        _lazy(r"\b(?:true|yes)[,/ ]+(?:false|no)[,/ ]+(?:or )?not given\b"),
        "true or false",
    ),
    ("ng", _lazy(r"\b(?:tfng|ynng|[ty] ?/ ?[fn] ?/ ?ng)\b"), "true or false"),
    # A candidate's answer to a quoted exam question: "My answer to 'Identify the reason
    # given for widening the exchange of data' is 'to counter terrorism'. Is that right?" is
    # the claim "the reason given for widening the exchange of data is to counter terrorism".
    (
        "answer to",
        _lazy(
            r"^(?:my )?answer to (?:(?:q|question) ?\d+[a-z]?\W* )?['\"](?:identify|name|state"
            r"|give|explain|describe|what (?:is|was|were|are)) (?P<s>the [^'\"?]+?)\??['\"]"
            r"[.,:]? (?:is|was) ['\"]?(?P<a>[^'\"?]+?)['\"]?"
            r"(?:[.,;]? ?(?:(?:is|was) (?:that|it|this|i) )?(?:right|correct|ok|okay|accurate)"
            r"\W*|\W*)$"
        ),
        r"is it true that \g<s> is \g<a>?",
    ),
    # "Q7 asks which statement best describes US-China relations. I put 'improving
    # steadily'": the claim "US-China relations are improving steadily".
    (
        "best describes",
        _lazy(
            r"^(?:(?:q|question) ?\d+[a-z]? )?asks (?:which (?:statement|option|description|word)"
            r"|what) best describes (?P<s>[^.?]+?)\W+ (?:and )?(?:i|i've|ive) (?:wrote|put|said"
            r"|answered|chose|picked|went with|gave)(?: that|:)? ['\"]?(?P<a>[^'\"?]+?)['\"]?"
            r"(?:[.,;]? ?(?:(?:is|was) (?:that|it|this|i) )?(?:right|correct|ok|okay|accurate)"
            r"\W*|\W*)$"
        ),
        r"is it true that \g<s> are \g<a>?",
    ),
    # A candidate checking an answer: "Q2 I wrote the pact is called BECA. correct?", "For
    # Q3 I put that Esper has attended three 2+2s", "I answered that they met in Delhi": the
    # answer is the claim (the question's number is no content).
    (
        "i ",
        _lazy(rf"{_ANSWER_GIVEN}(?=.*\W(?:correct|right|true|ok|okay|accurate)\W*$)"),
        "",
    ),
    ("i ", _lazy(_ANSWER_GIVEN), "is it true that "),
    ("sino-", _lazy(r"\bsino-indian\b"), "india-china"),
    ("sino-", _lazy(r"\bsino-(?:us|u\.s\.|american)\b"), "usa-china"),
    # "Indo-US ties", "Indo-American relations": India's, as "Sino-" is China's.
    ("indo-", _lazy(r"\bindo-(?:us|usa|u\.s\.|american)\b"), "usa-india"),
    ("indo-", _lazy(r"\bindo-(?:china|chinese|sino)\b"), "india-china"),
    # "Was India left out of the Tokyo talks?", "were any countries excluded from the 2+2?":
    # whether they missed it, which the list of those there settles. Not out of something
    # said: "Was China left out of the DOD statement?" is whether it goes unmentioned.
    (
        "",
        _lazy(
            r"^((?:so |and |but )?)(?:was|were|is|are) ((?:[\w.-]+ ){1,3}?)(?:left out of"
            r"|excluded from|absent from|missing from|kept out of|shut out of)\b"
            r"(?! (?:the |its |their |his |that )?(?:[\w.-]+ ){0,2}"
            r"(?:statement|readout|article|report|remarks|release|speech|text|piece|story"
            r"|press conference|briefing)s?\b)"
        ),
        r"\1did \2miss",
    ),
    # "Did all four - the US, Japan, India and Australia - take part?", "were both (Esper and
    # Pompeo) in Tokyo?": the count then its list set off is the list, claimed of each.
    (
        "all",
        _lazy(
            r"\b(?:all|both)(?: of)?(?: the)?(?: (?:two|three|four|five|\d))?(?: [a-z]+)?"
            r" ?[-\u2013\u2014(:] ?(?=(?:the )?[\w.]+(?: [\w.]+){0,3}(?:, [\w. ]+)*,? and"
            r" \w[^-\u2013\u2014)]*[-\u2013\u2014)])"
        ),
        "",
    ),
    # "How does the article frame China's place in the US-India relationship?", "where
    # does China fit in the partnership?": the part it plays there, its role (not a place).
    ("'s ", _lazy(r"\b(\w+)'s (?:place|position|standing) (in|within)\b"), r"\1's role \2"),
    (
        "fit",
        _lazy(r"^(?:and |so )?where (?:does|do|did) (\w+) fit (?:in|into|within)\b"),
        r"what is \1's role in",
    ),
    # "whats the deal…", "wheres the meeting": "what's" and "where's" typed without the
    # apostrophe ("what's" itself reads as "what is" once the apostrophe is folded).
    ("whats", _lazy(r"\bwhats\b"), "what is"),
    # "Begin's the deputy defense secretary, isn't he?", "Singh's a foreign minister?": a
    # name's "'s" before an article or "not" is "is", no possessive (that drops to "begin
    # the deputy…", a claim with no verb).
    (
        "'s ",
        _lazy(r"\b(\w+)'s (?=(?:the|a|an|not|still|also|really|actually|definitely)\b)"),
        r"\1 is ",
    ),
    ("ts", _lazy(r"\b(?:wuts|wats|wots|wuts|whts)\b"), "what is"),
    # "whats BECA stand for?", "what's quadripartite mean?": "what does", the "'s" of a
    # "does" dropped in speech, not an "is".
    *(
        (
            guard,
            _lazy(r"\bwhat(?: is|'s) ((?:\S+ ){0,3}?\S+) (stand for|mean|refer to)\b"),
            r"what does \1 \2",
        )
        for guard in ("stand for", "mean", "refer to")
    ),
    ("wheres", _lazy(r"\bwheres\b"), "where is"),
    # "theres been four 2+2s?": "there's" without its apostrophe, a claim put as a question.
    ("theres", _lazy(r"\btheres\b"), "there's"),
    (
        "us ",
        _lazy(
            r"\bus (?=and india|& india|& china|and china|india|china|japan|australia|defen"
            r"|secretary|department|government|official|militar|deputy|relation|ties|side)"
        ),
        "usa ",
    ),
    ("united", _lazy(r"\bunited states( of america)?\b"), "usa"),
    # "who travelled to the states?", "back in the states": the United States, as people
    # say it; "what the article states" is a verb.
    ("states", _lazy(r"\b(to|in|from|back to|back in) the states\b"), r"\1 usa"),
    # "singh = foreign min?": is Singh the foreign minister? ("Begin = ?" asks who he is;
    # "2+2 = 4?", with no word before the sign, is a sum, not a claim about anything.)
    (
        "=",
        _lazy(
            r"^(?=[^=]*[^\W\d_])([^=]*\w)\s*=\s*(?=\w)"
            r"(?!.*\b(?:which|what|who|whom|where|when|why|how)\b)"
        ),
        r"is \1 ",
    ),
    # "two largest democracies = who?", "the Begin guy - who?": who is the one named
    # before the sign, asked after it ("singh = foreign min?" is a claim, above).
    *(
        (
            guard,
            _lazy(r"^([^=?]*\w)\s*(?:=|\s[-\u2013\u2014]+|:)\s*(who|what)\s*\??\s*$"),
            r"\2 is \1",
        )
        for guard in ("=", " -", ":", "\u2013", "\u2014")
    ),
    # "did they big up the relationship?", "who bigged up the ties?": praise, in slang
    # ("talked up" is not: how officials talked the ties up is how they described them).
    ("up", _lazy(r"\b(?:big|bigs|bigged|bigging) up\b"), "praise"),
    # "how many of em", "which of 'em": "them" as it is said. Only after a word that takes
    # an object: "em, who met Singh?" is a pause.
    (
        "em",
        _lazy(
            r"\b(of|at|to|with|for|about|on|in|between|among|all|both|met|meet|name|named"
            r"|call|called|signed|sign|agreed|attended|attend) '?em\b"
        ),
        r"\1 them",
    ),
    # "singh - indian or american?", "Begin: state or defense?": which of the two he is.
    *(
        (
            guard,
            _lazy(
                r"^(?!(?:which|what|who|whom|where|when|why|how|is|was|are|were|did|does|do)\b)"
                r"([^=?]*\w)\s*(?:=|\s[-\u2013\u2014]+|:)\s*(\w+(?: \w+)? or \w+(?: \w+)?)\W*$"
            ),
            r"is \1 \2",
        )
        for guard in (" or ",)
    ),
    # "Begin's the deputy defence secretary isnt he", "singh's a minister?": "'s" before
    # "the"/"a" at the start is "is" (no one owns "the"), a claim put as a question.
    *(
        (
            guard,
            _lazy(
                r"^(?!(?:what|who|where|when|why|how|which|whose|that|this|it|there|here|he"
                r"|she|let|so|and|but|now|ok|okay|wat|wot|wut|wht|wha|whos|wuz)\b)"
                r"([a-z]+(?: (?!(?:what|who|where|when|why|how|which|that|it|there)\b)[a-z]+)?)"
                r"'s (the|an?) "
            ),
            r"is \1 \2 ",
        )
        for guard in ("'s the ", "'s a ")
    ),
    # "india china relations getting better?", "us-india ties heating up?": a trend put as
    # a question without its "are" (the whole question: "With US-China ties improving,
    # why…?" is not one).
    *(
        (
            guard,
            _lazy(
                r"^(?!(?:are|were|is|was|why|how|what|when|where|who|which|have|has|had|do|did"
                r"|does|will|would|can|could|and|so|but|with|since|given|as|if|while)\b)"
                r"(?![^,]*,)((?:[a-z-]+ ){0,3}(?:relations|ties)) (?=(?:getting|improving"
                r"|warming|heating|cooling|worsening|deteriorating|souring|going|growing"
                r"|becoming)\b)"
            ),
            r"are \1 ",
        )
        for guard in ("relations ", "ties ")
    ),
    # "no. of quad countries": the number of them.
    ("no", _lazy(r"\bno\.\s*of\b|^(?:total )?no of\b"), "number of"),
    # "info sharing expanded y/n": an analyst's "yes or no?".
    ("/", _lazy(r"\by\s*/\s*n\b"), " yes or no "),
    # "Pompeo presser @ Pentagon?": "@" on its own is "at" (a mention is "@name").
    ("@", _lazy(r"(?<!\S)@(?=\s)"), " at "),
    ("co-", _lazy(r"\bco-(?=op|ord)"), "co"),
    ("+", _lazy(r"\b(\d+)\s*\+\s*(\d+)(?:s|'s)?\b"), r" \1plus\2 "),
    (
        "2",
        _lazy(r"\b(\d+)\s*(?:and|&)\s*(\d+)\s+(?=dialog|meeting|talk|format|ministerial)"),
        r" \1plus\2 ",
    ),
    ("two", _lazy(r"\btwo[\s-]*(?:plus|\+|and)[\s-]*twos?\b"), " 2plus2 "),
    # "the 2 plus 2", "the 2-plus-2": the Dialogue written out; a bare sum ("what is 2 plus
    # 2?") is turned away as arithmetic before this is read.
    ("plus", _lazy(r"\b(\d+)[\s-]*plus[\s-]*(\d+)(?:s|'s)?\b"), r" \1plus\2 "),
    # "Was the Esper-Singh meeting the 2+2 itself?", "did the meeting take place during the
    # 2+2?": whether the meeting was the Dialogue (No, it came ahead of it), never whether
    # 2+2 meetings took place (three did).
    (
        "meeting",
        _lazy(
            r"\b(?:was|is|did) the (?:[\w–-]+ ){0,2}meeting"
            r" (?:held |take place |taking place |happen |occur )?"
            r"(?:during|at|part of|the)(?: the)?\s+2plus2\s*"
            r"(?:dialogue|meeting|talks)?(?: itself)?"
        ),
        "is the meeting the same as the 2plus2 ",
    ),
    (
        "up with",
        _lazy(r"\b(?:link|linked|hook|hooked|catch|caught|meet|met) up with\b"),
        "meet with",
    ),
    # "Upon which day did the Secretary call upon the Minister?", "who had lately called upon
    # New Delhi?": paying someone or somewhere a call is visiting them. ("Pompeo called on
    # free nations to work together" urges, so only a call on a short name that ends the
    # question or comes before where or when.)
    (
        "call",
        _lazy(
            r"\b(call|calls|called|calling) (?:up)?on (?=(?:the |him\b|her\b|them\b)?"
            r"(?:[\w.'-]+ ){0,3}?[\w.'-]+(?:\W*$| (?:in|at|on|during|before|after|when|while)\b))"
        ),
        lambda found: _VISITING_FOR_CALLING[found[1]] + " ",
    ),
    # "What did Esper and Singh agree to carry on doing?", "…to go on working at?": to
    # continue, as the article has them agree.
    (
        " on",
        _lazy(r"\b(?:carry|go|keep) on(?= (?:\w+ing|with)\b)"),
        "continue",
    ),
    # "What's the vibe between the US and China?", "the state of affairs between India and
    # China", "the tenor of U.S.-China dealings": how relations are between them. Only
    # between two sides: "the mood at the meeting" is no relations the article describes.
    (
        "between",
        _lazy(
            r"\b(?:vibes?|tenor|climate|mood|atmosphere|state of (?:affairs|play|things))"
            r"(?= (?:(?:now|rn|currently|today) )?between\b)"
        ),
        "relations",
    ),
    # "How many's he been to?": "how many has he…", a count that does not say of what (not
    # a possessive, which would leave "how many he visited" and read "visited" as counted).
    ("many", _lazy(r"\bhow many(?:'s|’s)(?= there\b)"), "how many is"),
    # "which countries?" "how many's that then": how many is that.
    ("many", _lazy(r"\bhow many(?:'s|’s)(?= (?:that|this|it)\b)"), "how many is"),
    ("many", _lazy(r"\bhow many(?:'s|’s)"), "how many has"),
    ("been to", _lazy(r"\b(?:been|gone) to\b"), "visited"),
    # "which countries was in that talks?", "what they decide at this meetings?": a
    # learner's "that" before a plural is "those" (after a preposition, where "talks" is
    # no verb: "the one that talks to Singh" stays).
    *(
        (
            near,
            _lazy(
                rf"\b(in|at|of|from|to|during|about|for|after|before|on|with) {near}"
                r" (talks|meetings|dialogues|discussions|negotiations|sessions)\b"
            ),
            rf"\1 {far} \2",
        )
        for near, far in (("that", "those"), ("this", "these"))
    ),
    # "anyone else from the US government been in new delhi lately?": being in a place
    # lately is having visited it ("has he been in Delhi long?" is not).
    ("been in", _lazy(r"\bbeen in ((?:\w+ ){1,3}?)(?=(?:lately|recently)\b)"), r"visited \1"),
    # "Is Esper a newcomer to these 2+2 meetings?": is this his first one, which the
    # article's count answers ("the second time"); "is he an old hand at them?" is whether
    # he has taken part before.
    *(
        (
            guard,
            _lazy(
                r"\b(is|was|isnt|wasnt) (.+?),? (?:an? )?(?:complete |total )?"
                r"(?:newcomer|novice|rookie|first[- ]timer|beginner|new(?:bie)?) "
                r"(?:to|at|in|on) (?:these |those |the |this |that |such |an? )?"
            ),
            r"\1 this \2 first ",
        )
        for guard in ("newcomer", "novice", "rookie", "first", "beginner", "new")
    ),
    # "ok but Esper is new to it", "Singh's a rookie at these": the same claim said in
    # statement order, of one person ("this is new to…" and "what's new to…" are not).
    *(
        (
            guard,
            _lazy(
                r"\b(?!(?:it|this|that|what|which|who|there|here|everything|something|"
                r"anything|nothing)\b)(\w+)(?: is|'s|’s| was) (?:an? )?(?:complete |total )?"
                r"(?:newcomer|novice|rookie|first[- ]timer|beginner|new(?:bie)?) "
                r"(?:to|at|in|on) (?:these |those |the |this |that |such |an? )?"
            ),
            r"is this \1 first ",
        )
        for guard in ("newcomer", "novice", "rookie", "first", "beginner", "new")
    ),
    *(
        (
            guard,
            _lazy(
                r"\b(?:is|was) (.+?),? (?:an? )?(?:old[- ]hand|veteran|old[- ]timer|"
                r"seasoned hand|experienced hand|regular)s? (?:at|of|in|on|to) "
                r"(?:these |those |the |this |such )?(.+?)(?=\W*(?:\?|$))"
            ),
            r"has \1 attended \2 before",
        )
        for guard in ("old", "veteran", "seasoned", "experienced", "regular")
    ),
    # "a threat from whom?": who poses it, as the article says ("the threat posed by…")
    (
        "from",
        _lazy(r"\b(threats?|dangers?) (?:coming )?from (?=whom|who|what|which|where)\b"),
        r"\1 posed by ",
    ),
    # "the agreement at which the two sides arrived", "the accord upon which they settled":
    # the preposition put back after its verb ("…the two sides arrived at"), which the
    # reading of that verb then takes.
    (
        "which",
        _lazy(
            r"\b(at|upon|on|to) which ((?:the |both |these |those )?[\w-]+(?: [\w-]+)?) "
            r"(agreed|settled|committed)\b"
        ),
        r"\2 \3 \1",
    ),
    # …and "arrived" only after an agreement ("the city at which they arrived" is a visit).
    (
        "which",
        _lazy(
            r"\b(agreements?|accords?|deals?|pacts?|consensus|understandings?) (at|upon) which"
            r" ((?:the |both |these |those )?[\w-]+(?: [\w-]+)?) (arrived|came)\b"
        ),
        r"\1 \3 \4 \2",
    ),
    # "Of what nature was the agreement…?", "of what character were the challenges?": the
    # older words for "of what kind…?".
    ("of what", _lazy(r"^(and )?of what (?:nature|character|description)\b"), r"\1of what kind"),
    # "the basic agreement arrived at during the visit": the one reached. ("arrived at New
    # Delhi" is a visit, so only after an agreement.)
    (
        "arrived at",
        _lazy(r"\b(agreement|deal|accord|pact|understanding)s? arrived (?:at|upon)\b"),
        r"\1 reached",
    ),
    (
        "arriv",
        _lazy(
            # "what accord did the two gentlemen arrive upon?": the older "arrive upon".
            r"\b(?:arrive|arrived|arriving|arrives) (?:at|upon)"
            r"(?= (?:an? |the )?(?:agreement|accord|deal|pact|consensus|understanding)"
            r"|\W*$| during| in the course)"
        ),
        "agree on",
    ),
    # "Did they cut a deal on BECA?": made one, not reduced one ("cut" alone is "reduce":
    # "did they agree to cut defense trade?").
    (
        "cut",
        _lazy(r"\b(?:cut|cuts|cutting) (?=(?:an?|the|any) (?:deal|agreement|accord|pact)s?\b)"),
        "reach ",
    ),
    # "Did Esper cut his trip short?": shortened, not reduced.
    ("short", _lazy(r"\b(?:cut|cuts|cutting)\b(?=(?: [\w'-]+){0,3} short\b)"), "shortened"),
    # "According to the Pentagon, who met Singh?": the statement reports who met where and
    # when; naming its author says where the asker read it. (Not "according to the DOD, is
    # China a threat?", which asks what the statement says, nor anything about China or the
    # Tokyo talks, which the statement does not report.)
    (
        "according",
        _lazy(
            r"^according to (?:the )?"
            + _STATEMENT_AUTHOR
            + r",?\s+(?=(?:who|whom|where|when|how)\b)"
            + _NOT_IN_THE_STATEMENT
        ),
        "",
    ),
    (
        "according",
        _lazy(
            r"^"
            + _NOT_IN_THE_STATEMENT
            + r"((?:who|whom|where|when|how)\b.*?),? according to (?:the )?"
            + _STATEMENT_AUTHOR
            + r"(?=\W*$)"
        ),
        r"\1",
    ),
    # "Who are the largest democracies, according to officials?": the officials are where
    # the words come from, not who is asked about.
    (
        "according",
        _lazy(
            r"^(who\b.*?),? according to (?:the )?(?:usa |american )?"
            r"(?:government )?officials(?=\W*$)"
        ),
        r"\1",
    ),
    # "Upon whose authority does the account of this meeting rest?", "on whose word is the
    # report based?": who gave the account, as "who is the source of…?" asks.
    (
        "whose",
        _lazy(
            r"\b(?:up)?on whose (?:authority|word|say[- ]so|testimony) (?:does |do |did |is |was )?"
            r"((?:the |this |that )?(?:account|report|story|information|news|version)"
            r"(?: (?:of|about|on) (?:the |this |that )?(?:meeting|visit))?) "
            r"(?:rests?|rested|is based|was based|based|relies|relied|rely|depends?|depended)\b"
        ),
        r"who said \1",
    ),
    # "And upon whose authority is all of this reported?", "on whose word do we have
    # this?": who says so, as "according to whom" asks.
    (
        "whose",
        _lazy(r"\b(?:up)?on whose (?:authority|word|say[- ]so|testimony)\b"),
        "according to whom",
    ),
    # "What nationality is Singh?", "Esper's nationality?": the country they are from.
    (
        "nationality",
        _lazy(r"^(?:what|which) (?:is the )?nationality (?:is|was|of) (?:the )?(.+?)\W*$"),
        r"which country is \1 from",
    ),
    (
        "nationality",
        _lazy(r"^(?:what is )?(\w+(?: \w+)?)(?:'s|s)? nationality\W*$"),
        r"which country is \1 from",
    ),
    # "The statement is from who?": who issued it. "Who issued the statement saying the two
    # men praised…?": who issued it, whatever it said.
    (
        "statement",
        _lazy(r"^(?:the |that |this )?statement (?:is|was|came) (?:from|by) (?:who|whom)\W*$"),
        "who issued the statement",
    ),
    (
        "statement",
        _lazy(
            r"^(who (?:issued|released|put out|made) (?:the|that|this) statement)"
            r" (?:saying|that said|which said)\b.*$"
        ),
        r"\1",
    ),
    # "What party is Pompeo in?", "what party's he in": a political party, which the
    # article gives no one (not China's Communist Party, which it names).
    (
        "party",
        _lazy(
            r"^(?:what|which) (?:political )?party(?: is| was| does| did|'s|\u2019s) (.+?)"
            r" (?:in|from|belong to|a member of)\W*$"
        ),
        r"what is the political affiliation of \1",
    ),
    ("course of", _lazy(r"\bin the course of\b"), "during"),
    # "…before his trip." "The trip to where?": where that trip went.
    (
        "to where",
        _lazy(
            r"^(?:and |so )?(?:the |that |this |his |her )?(trip|visit|journey|tour)"
            r" to where\W*$"
        ),
        r"where was his \1 to",
    ),
    # "Where was Pompeo travelling to when he spoke?": where he was headed.
    (
        " to",
        _lazy(
            r"^(where (?:was|were|is|are) .+?) (?:travell?ing|flying) to"
            r"(?= when\b| before\b| after\b|\W*$)"
        ),
        r"\1 headed",
    ),
    # "Who signed it for the United States?": on its behalf, which the article never says.
    (
        "sign",
        _lazy(
            r"\b(sign|signed|signs|signing)((?: \w+){0,3}?) for"
            r" (?=(?:the )?(?:usa|india|u s)\b)"
        ),
        r"\1\2 on behalf of ",
    ),
    # "In which multilateral forum…": which forum; "was the meeting multilateral?" stays.
    ("multilateral", _lazy(r"\b(which|what) multilateral\b"), r"\1"),
    (
        "implicitly",
        _lazy(
            r"\b(?:implicitly|tacitly|quietly) (?=(?:targeted|aimed|meant|directed|intended"
            r"|designed)\b)"
        ),
        "",
    ),
    # "…is such sharing directed?", "have the two states convened?": at the end, nothing more
    # than aimed or held ("who directed the talks?" keeps its verb).
    ("direct", _lazy(r"\b(?:directed|geared)(?= at\b| towards?\b| against\b|\W*$)"), "aimed"),
    # "Whom is the US-India partnership meant to counter?", "who is it aimed against?": the
    # threat it is for, which the article gives as a thing ("the threat posed by China"), so
    # asked as "what…?" is; "who is Esper meant to meet?" is left a who.
    (
        "o ",
        _lazy(
            r"^(and )?whom? (is|are|was|were) (.+?) (meant|supposed|intended|designed|aimed"
            r"|directed|geared) (to (?:counter|contain|check|deter|confront|tackle|thwart"
            r"|combat|counterbalance|balance|counterweigh)|against|at)"
            r"(?=\W*$|,? according to\b)"
        ),
        r"\1what \2 \3 \4 \5",
    ),
    ("conven", _lazy(r"\b(?:convened|convene)(?=\W*$| in\b| at\b)"), "held"),
    # "Is inter-service cooperation one of the elements?": cooperation among the services.
    (
        "inter",
        _lazy(r"\binter[- ]?services?(?= (?:cooperation|collaboration|ties|links)\b)"),
        "service",
    ),
    # "Did they reaffirm their pledge to closer collaboration?": their commitment; "how much
    # did the U.S. pledge?" is money, no commitment the article reports.
    ("pledge", _lazy(r"\b(?:their|its|his|her|a|the) pledge(?= to\b)"), "their commitment"),
    # "Did they consent to carry on working jointly?": to continue, together.
    (
        "jointly",
        _lazy(r"(?:(?<=work )|(?<=works )|(?<=working )|(?<=worked ))jointly\b"),
        "together",
    ),
    (
        "carr",
        _lazy(r"\b(?:carry|carries|carried|carrying) on(?= (?:working|to|with)\b)"),
        "continue",
    ),
    # "Which region was Pompeo about to set off for?": travel to.
    ("set", _lazy(r"\b(?:set|sets|setting) (?:off|out) (?:for|to)\b"), "travel to"),
    # "Which development received a favourable reception?", "what else did they greet
    # positively?": what was welcomed.
    (
        "recept",
        _lazy(
            r"\b(?:received|receive|receives|got|met with) (?:a )?(?:favou?rable|positive|warm"
            r"|good) (?:reception|response)\b"
        ),
        "was welcomed",
    ),
    ("greet", _lazy(r"\bgreet(?:ed)? (?:positively|warmly|favou?rably)\b"), "welcome"),
    # "Name the two officials who convened on Monday.", "who convened with Singh?": people
    # who convene on a day or with someone meet.
    (
        "conven",
        _lazy(
            r"\bconvened(?= on\b| with\b| together\b| last\b| earlier\b| recently\b"
            r"| (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
        ),
        "met",
    ),
    # "the talks organised in Tokyo", "the Tokyo talks organised earlier this month", "were the
    # talks arranged there?": put on where or when they were, no more than held; "who
    # organised them?" and "arranged by whom?" keep their verb, which the article never uses.
    ("organi", _lazy(rf"\borgani[sz]ed(?={_WHERE_OR_WHEN_AFTER})"), "held"),
    ("arrang", _lazy(rf"\barranged(?={_WHERE_OR_WHEN_AFTER})"), "held"),
    ("hosted", _lazy(r"\bhosted(?= in\b| at\b)"), "held"),
    (
        "which",
        _lazy(
            r"\b(?:up)?on which (?:this|the) (?:account|article|story|report|piece)"
            r" (?:relies|rests|draws|is based)\b"
        ),
        "",
    ),
    ("undert", _lazy(r"\b(?:undertook|undertake|undertaken|undertakes) to\b"), "committed to"),
    # "Is addressing China's threat meant to be undertaken jointly?", "…carried out together?":
    # done jointly, as "to jointly address" is; the verb says nothing more.
    (
        "t",
        _lazy(
            r"\b(?:undertaken|undertake|carried out|carry out|pursued|pursue)"
            r"(?= (?:jointly|together|collectively|in concert)\b)"
        ),
        "done",
    ),
    # "Did the reinforced commitment extend to cooperation among the services?", "does the
    # cooperation stretch to logistics?": whether it included it ("was the invitation
    # extended to Japan?" keeps its verb).
    (
        "to ",
        _lazy(
            r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
            r"\b(?:extend|extends|extended|stretch|stretches|stretched) to\b(?= (?!be\b)\w)"
        ),
        "include",
    ),
    ("limited", _lazy(r"\b(?:limited|restricted|confined) to\b"), "only"),
    # "When did the Tokyo talks take place relative to the New Delhi meeting?": before or after.
    (
        "relative",
        _lazy(
            r"^when (?:did|was|were) (.+?) (?:take place |happen |held |occur )?"
            r"(?:relative to|in relation to|compared (?:to|with))(?: the timing of)?"
            r" (?!(?:the |this )?(?:article|story|piece|text|report|news)\b)(.+)$"
        ),
        r"was \1 before or after \2",
    ),
    # "And when, relative to his travels?": whether what was just talked about came before
    # or after them.
    (
        "when",
        _lazy(
            r"^(?:(?:and|so|but|ok|okay) )?when,? (?:relative to|in relation to"
            r"|compared (?:to|with))(?: the timing of)?"
            r" (?!(?:the |this )?(?:article|story|piece|text|report|news)\b)(.+)$"
        ),
        r"was it before or after \1",
    ),
    # "Did they talk about cooperation between the different services?": the services the
    # article names; "different" or "various" says no more of them.
    (
        " the ",
        _lazy(r"\b(between|among|amongst|across) the (?:different|various|respective) "),
        r"\1 the ",
    ),
    # "Did the two men say anything nice about the relationship?", "did they have good things
    # to say about it?": whether they praised it (not whether it, or the meeting, was nice).
    (
        " about ",
        _lazy(
            r"\b(?:say|said|says) (?:anything|something|things|much) (?:nice|good|kind|positive"
            r"|complimentary|flattering|warm) about\b"
            r"|\b(?:have|had|has) (?:anything|something|(?:any |some )?(?:nice|good|kind|positive"
            r"|complimentary|warm) (?:things|words)) (?:nice |good |kind |positive )?to say about\b"
        ),
        "praise",
    ),
    # "Which country is described as a threat…?": which country is the threat.
    (
        " as ",
        _lazy(
            r"^(which|what) (\w+) (is|are|was|were) (?:described|characteri[sz]ed|portrayed|seen"
            r"|regarded|viewed|depicted|identified|cast|named|labell?ed) as (?:an? )?"
        ),
        r"\1 \2 \3 the ",
    ),
    (
        "agree",
        _lazy(
            r"\b(agree|agreed|agrees|agreeing) (?:about|regarding|concerning|with regard to"
            r"|in relation to|as to|when it comes to)\b"
        ),
        r"\1 on",
    ),
    # "to what end was it expanded?", "info sharing - to what end": why.
    ("to what end", _lazy(r"\bto what end\b"), "why"),
    # "info sharing end goal", "what's the endgame?": the purpose.
    ("end", _lazy(r"\bend[- ]?(?:goal|game)s?\b"), "purpose"),
    ("terms", _lazy(r"^in what (?:terms|words|way|manner)\b"), "how"),
    ("to date", _lazy(r"\b(?:to date|so far|thus far|up to now|until now)\b"), ""),
    # "Prior to which meeting did officials describe the relationship so glowingly?", "…in
    # such glowing terms?": how warmly points back at words the reader already has, and
    # asks nothing the words without it do not.
    (
        "so ",
        _lazy(
            r" so (?:glowingly|warmly|highly|effusively|positively|favou?rably|fulsomely"
            r"|enthusiastically|admiringly|flatteringly|approvingly)\b"
        ),
        "",
    ),
    (
        "terms",
        _lazy(
            r" in (?:such|so|these|those) (?:glowing|warm|flattering|positive|lofty|high"
            r"|glorious|effusive|favou?rable) terms\b"
        ),
        "",
    ),
    ("fit", _lazy(r"\bsee(?:s|n)? fit to\b|\bsaw fit to\b"), ""),
    ("matters", _lazy(r"\b(?:matters|issues|questions) of\b"), ""),
    ("as well", _lazy(r"\bas well\b"), "also"),
    ("little", _lazy(r"\ba (?:little|bit|tad) (?=earlier|later|before|after)"), ""),
    (
        "upon",
        _lazy(r"\b(?:called|call|calls|calling) (?:up)?on (?=new delhi|delhi|india|tokyo)"),
        "visited ",
    ),
    (
        "pop",
        _lazy(r"\b(?:pop|pops|popped|popping) (?:into|in to|in at|over to|by|in)\b"),
        "visited",
    ),
    ("up w", _lazy(r"\b(?:link|linked|hook|hooked|meet|met) up w\b"), "meet with"),
    # "Did Esper see Singh before it or after?": "before or after it", an either-or, not a
    # yes or no about "before it".
    (
        " or ",
        _lazy(r"\b(before|after)\s+((?:\w+\s+){0,3}?[\w+]+)\s+or\s+(after|before)(?=\W*$)"),
        r"\1 or \3 \2",
    ),
    ("concert", _lazy(r"\bin concert\b"), "together"),
    # "buying and selling military hardware", "arms sales", "do they want to buy and sell
    # defence stuff?": trade in defense goods.
    (
        "sell",
        _lazy(
            r"\b(?:buy(?:ing)? and sell(?:ing)?|sell(?:ing)? and buy(?:ing)?)(?: of)?"
            r" (?:military|defen[cs]e|arms|weapons?|weaponry)"
            r"(?: (?:stuff|hardware|equipment|gear|kit|goods|systems|things))?"
        ),
        "defense trade",
    ),
    ("sell", _lazy(r"\b(?:buy(?:ing)? and sell(?:ing)?|sell(?:ing)? and buy(?:ing)?)\b"), "trade"),
    # "Were weapons sales agreed?", "did they agree on arms sales?": sales themselves agreed,
    # which the article never tells of (they agreed to keep working together on defense
    # trade enhancements); read as selling weapons, not as the defense trade below.
    (
        "agree",
        _lazy(r"\b(agree\w*)\b(.{0,40}?)\b(?:arms|weapons?) sales\b"),
        r"\1\2selling weapons",
    ),
    (
        "agree",
        _lazy(r"\b(?:arms|weapons?) sales\b(.{0,30}?)\b(agree\w*)\b"),
        r"selling weapons\1\2",
    ),
    (
        "s",
        _lazy(
            r"\b(?:arms|weapons?|military hardware|military equipment|defen[cs]e equipment)"
            r" (?:sales|trade|trading|deals)\b"
            r"|\b(?:sales?|trade|trading) (?:of|in) (?:arms|weapons|weaponry"
            r"|military (?:hardware|equipment|gear|goods))\b"
        ),
        "defense trade",
    ),
    # "Is the BECA a military pact?", "did they form a security alliance?": a pact of arms,
    # an alliance, which the article never tells of (it says only that the two sides
    # agreed on a "Basic Exchange and Cooperation Agreement"), not the agreement itself.
    *(
        (
            guard,
            _lazy(
                r"\b(?:formal |mutual )?(?:military|security|defen[cs]e|mutual[- ]defen[cs]e)"
                r" (?:pacts?|alliances?|treaty|treaties)\b"
            ),
            "alliance",
        )
        for guard in ("pact", "allian", "treat")
    ),
    (
        "closer",
        _lazy(r"\b(?:drawing|drawn|draw|drew|growing|grow|getting) closer\b"),
        "closer",
    ),
    (
        "apart",
        _lazy(r"\b(?:drifting|drift|drifted|growing|moving|falling) apart\b"),
        "deteriorating",
    ),
    # "Are India-China relations on the mend?": getting better, which the article denies.
    ("mend", _lazy(r"\b(?:on the mend|mending)\b"), "improving"),
    # "Is this Esper's debut at a 2+2?", "the first ever 2+2": a first, as the article counts.
    ("debut", _lazy(r"\bdebut (?:at|in) (?:an? |the )?"), "first "),
    ("debut", _lazy(r"\bdebut\b"), "first"),
    ("ever", _lazy(r"\b(?:first|1st) ever\b|\bvery first\b"), "first"),
    ("inaugural", _lazy(r"\binaugural\b"), "first"),
    ("maiden", _lazy(r"\bmaiden\b"), "first"),
    (
        # "Why did the talks fail?", "did the talks end without any agreement?": whether the
        # sides came to no agreement, which the article answers (they agreed on BECA).
        "",
        _lazy(
            r"\b(?:the|these|those|their) (?:talks|meeting|meetings|discussions)"
            r" (?=(?:fail|fails|failed|collapse|collapses|collapsed|break down|broke down"
            r"|broken down|end|ends|ended|conclude|concluded|close|closed|wrap up|wrapped up)\b)"
        ),
        "the two sides ",
    ),
    (
        "",
        _lazy(
            r"\b(?:end|ends|ended|conclude|concluded|close|closed|wrap up|wrapped up|part|parted)"
            r" (?:with no |without (?:any |an? |reaching (?:any |an? )?)?)"
            r"(?:agreement|deal|accord)s?\b"
            r"|\b(?:reach|reached|reaches|make|made|strike|struck) no (?:agreement|deal|accord)s?\b"
        ),
        "fail to agree",
    ),
    (
        "",
        _lazy(r"\bthe two sides (?:break|broke|broken) down\b"),
        "the two sides fail",
    ),
    ("away with", _lazy(r"\b(?:walk|walks|walked|come|came|comes) away with\b"), "agree on"),
    ("paper", _lazy(r"\bon paper\b"), ""),
    (
        "tuning",
        _lazy(r"\b(?:for )?(?:those|anyone|people|folks|you) (?:just )?tuning in\b"),
        "",
    ),
    ("table", _lazy(r"\b(?:was|sat|is|were) across the table from\b"), "met"),
    ("across", _lazy(r"\b(?:sitting |sat |seated )?across (?:the table )?from\b"), "meeting with"),
    (
        "table",
        _lazy(r"\b(?:sitting|sat|sit|seated) (?:at|around) (?:that|the) table\b"),
        "taking part",
    ),
    ("table", _lazy(r"\b(?:around|at) (?:that|the) (?:\w+ )?table\b"), "at the talks"),
    ("words", _lazy(r"\bwarm words (?:about|for|on)\b"), "praise for"),
    ("talking up", _lazy(r"\b(?:talking|talked|talk) (?:up|\w+ up)\b"), "praising"),
    ("sit", _lazy(r"\bsit[\s-]?downs?\b"), "meetings"),
    (
        "reference",
        _lazy(
            r"\b(?:make|made|makes|making) (?:any |an? |express |explicit |direct )*reference to\b"
        ),
        "mention",
    ),
    ("name", _lazy(r"\b(?:call|called|calls|calling) out (.+?) by name\b"), r"name \1"),
    # "What did they call the pact?", "what do people call the dialogue?": with no one named
    # as the caller, the name it goes by, as "what is the pact called?" asks; "what did the
    # officials call the relationship?" stays theirs.
    (
        "call",
        _lazy(
            r"\bwhat (?:do|did|does) (?:they|you|people|folks|we|everyone|both sides"
            r"|the two sides) call (?!(?:on|upon|for|out|up|in)\b)(.+?)"
            r"(?=,| again\b| fr\b| exactly\b|[?.!]|$)"
        ),
        r"what is \1 called",
    ),
    (
        "at home",
        _lazy(
            r"\bfor (?:the )?(?:folks|people|listeners|viewers|those)"
            r" (?:at home|counting at home|listening|watching)\b"
        ),
        "",
    ),
    ("said", _lazy(r"\bthe said\b"), "the"),
    ("nah", _lazy(r"\bor (?:nah|naw|not|what)\s*$"), ""),
    (
        " up w",
        _lazy(r"^(?:n |and )?what is up w(?:ith)? (.+?)(?: rn| now| these days)?$"),
        r"how are \1 relations going",
    ),
    (
        "identity",
        _lazy(r"^(?:what is |what s )?the identity of\b|\b(?:as to|about) the identity of\b"),
        "who is",
    ),
    # "Who did India send to meet Esper?", "the man India sent to meet Esper": who from
    # India met him.
    (
        " to meet",
        _lazy(r"\bwho(?:m)? (?:did|does|do|will|would) (\w+(?: \w+)?) (?:send|dispatch) to meet\b"),
        r"which person from \1 met",
    ),
    (
        " to meet",
        _lazy(
            r"\b(who (?:is|was|s) the (?:man|woman|person|official|minister|one|gentleman|lady"
            r"|envoy|representative)) (\w+(?: \w+)?) (?:send|sent|sends|dispatched) to meet\b"
        ),
        r"which person from \2 met",
    ),
    # "What is the name of the Indian official who met Esper?", "…of the man Esper met",
    # "would you be so kind as to tell me the name of the Indian gentleman who…?": who that
    # person is; the name of the one person the question names is someone else's.
    (
        "name of the",
        _lazy(
            r"^(?:(?:what|whats|what s|what's)(?: is| was)? the|which|" + _NAME_REQUEST + r" the)"
            r" (?:full |complete )?name of (?=the (?:\w+ ){0,2}?(?:man|woman|person|official"
            r"|minister|guy|gentleman|lady|politician|counterpart|fella|fellow|figure|individual|leader|envoy)"
            r" (?!(?:of|from|in|at|for|on|to|named|called)\b)\w)"
        ),
        "who is ",
    ),
    # "Who is the man who met Esper?", "who was the official that Esper met?", "…the man
    # Esper met?", "…the Indian gentleman meeting with Esper?": which person.
    (
        "who",
        _lazy(
            r"\bwho (?:is|was|s) the ((?:indian |american |us |usa |u s |japanese |australian )?)"
            r"(?:man|woman|person|official|minister|guy|one|leader|gentleman|lady|politician"
            r"|counterpart|fella|fellow|figure|individual|envoy|representative)"
            r"(?: (?:who|that|whom|with whom) "
            # "the man Esper met", "the official meeting with Esper": a meeting said without
            # "who"; other verbs ("the man Pompeo criticized") are no person the article has.
            r"| (?=\w+ing (?:with )?\w)"
            r"| (?=(?:\w+ ){1,2}(?:met|meets|saw|sees|visited|hosted|welcomed|received)\b))"
            r"(?=\w)"
        ),
        r"which \1person ",
    ),
    # "In what context does the article place the warming?", "what backdrop accompanies it?":
    # at what time, as the article sets one thing beside another.
    (
        "what",
        _lazy(
            r"^(?:in |against )?what (?:\w+ )?(?:context|backdrop|circumstances|climate)\b"
            r"(?: (?:accompanies|surrounds|frames))?"
        ),
        "when",
    ),
    # "What they want make better about communication?": improve it.
    ("better", _lazy(r"\b(?:make|made|making|makes) better\b"), "improve"),
    # "What are the three things about the army they want to do better?", "what do they
    # want to get better at?": what they want to improve.
    ("better", _lazy(r"\b(?:do|doing|get|getting) better(?: at)?(?=\W*$)"), "improve"),
    ("better", _lazy(r"\b(?:make|made|making|makes) ((?:\w+ ){1,3}?)better\b"), r"improve \1"),
    ("down", _lazy(r"\b(?:sit|sat|sits|sitting) down (?:for talks )?with\b"), "meet with"),
    # "Singh came to the Pentagon to meet Esper", "did he come to Washington for talks?": a
    # trip there, checked as one ("came to" alone is no trip: "came to an agreement").
    ("came", _lazy(rf"\bcame to {_TRIP_PURPOSE}"), "went to "),
    (
        "come",
        _lazy(rf"\bcomes? to {_TRIP_PURPOSE}"),
        "go to ",
    ),
    # "What are they scared of?", "what are America and India worried about?": a child's
    # word for the threat their partnership is there to address (China). Only the two
    # sides: what Esper or the Japanese fear the article never says.
    *(
        (
            fear,
            _lazy(
                r"^what (?:are|is|were|was) (?:they|both of them|both sides|the two"
                r" (?:countries|sides|nations|militaries|men)|the militaries"
                r"|(?:the )?(?:us|u s|usa|united states|america) and india"
                r"|india and (?:the )?(?:us|u s|usa|united states|america)"
                r"|india|america|the (?:us|u s|usa|united states)) (?:most |so |really )?"
                r"(?:scared|afraid|frightened|worried|nervous|fearful|concerned)"
                r" (?:of|about|by)\W*$"
            ),
            "what threat does the partnership address",
        )
        for fear in ("scared", "afraid", "frightened", "worried", "nervous", "fearful", "concerned")
    ),
    # "Who gave the statement?", "who wrote the statement in the article?": who issued it.
    (
        "statement",
        _lazy(
            r"^(who|which \w+|what \w+) (?:give|gave|given|gives|giving|make|made|makes|release"
            r"|released|releases|publish|published|publishes|send|sent|write|wrote|writes"
            r"|written|draft|drafted|drew up|draw up|typed) (?:out )?"
            r"(?:the|a|its|this|that) statement\b"
        ),
        r"\1 issued the statement",
    ),
    # "Did Esper make a statement?": whether he issued one, which the article never says;
    # "did the Indian MoD release the statement?": whether it issued the article's one.
    (
        "statement",
        _lazy(
            r"^(did|does|has|have) ((?:\w+ ){1,3}?)(?:make|made|give|given|release|released"
            r"|publish|published|put out|send|sent) (?:out )?(a|any|the|an) statement\b"
        ),
        r"\1 \2issue \3 statement",
    ),
    # "What rationale is given for expanding information sharing?": why they expand it.
    (
        "what",
        _lazy(
            r"^what(?:'s|s)? (?:is |was |are |were )?(?:one of )?(?:the )?"
            r"(?:(?:main|stated|official|big|biggest|key|chief|major|primary) )?"
            r"(?:reason|reasons|rationale|justification|motive|motivation|motives)"
            r" (?:is |was |are |were )?(?:given |offered |cited |stated |provided )?(?:for|behind) "
        ),
        "why ",
    ),
    (
        "visit",
        _lazy(r"\b(?:paid|pay|pays|paying|made|make) (?:a |an )?(?:\w+ )?visit to\b"),
        "visited",
    ),
    # "trade-related objective": about trade; "related" is not "relations".
    ("related", _lazy(r"\b(\w+)[\s-]related\b"), r"\1"),
    ("flow", _lazy(r"\binformation flows?\b"), "information sharing"),
    (
        "exchange",
        _lazy(
            r"\b(?:intelligence|information|data|intel) exchanges?\b"
            r"|\bexchanges? of (?:intelligence|information|data|intel)\b"
        ),
        "information sharing",
    ),
    # "What regime type…", "in terms of their political systems": what kind of state.
    (
        "system",
        _lazy(
            r",?\s*\bin terms of (?:their |its )?(?:political|government|governmental) systems?\b"
            r"|,?\s*\bin terms of (?:their |its )?(?:system|form|type|kind)s? of government\b"
        ),
        " as democracies",
    ),
    (
        "regime",
        _lazy(r"^what (?:regime type|type of regime|kind of regime) (?=is (?:invoked|used))"),
        "what democracy ",
    ),
    # "How many iterations of the 2+2 have they held?": how many 2+2s.
    (
        " of ",
        _lazy(
            r"\b(?:iterations|rounds|editions|instances|installments|instalments|sessions)"
            r" of (?:the )?(?=\w)"
        ),
        "",
    ),
    # "What was the sequencing of the meeting relative to the 2+2?": before or after it.
    (
        "relative",
        _lazy(
            r"^what (?:was|is) the (?:sequencing|sequence|timing|order|chronology) of (.+?)"
            r" (?:relative to|in relation to|compared (?:to|with)|vis a vis) (.+)$"
        ),
        r"was \1 before or after \2",
    ),
    ("bound", _lazy(r"\bbound for\b"), "headed to"),
    (
        "bound",
        _lazy(r"\bbound(?= when| after| before| on (?:his|her|that|this|the)|$)"),
        "headed",
    ),
    ("departure", _lazy(r"\bpre[\s-]?departure\b"), "before his trip"),
    # "The four were the US, Japan, India and Australia": a number standing for the
    # countries it lists, as "the four countries were…" says.
    (
        " were ",
        _lazy(
            r"\bthe (two|three|four|five|2|3|4|5) (were|are)"
            r"(?= (?:the )?(?:usa|us|united states|america|india|japan|australia|china)\b)"
        ),
        r"the \1 countries \2",
    ),
    # "What came out of the Tokyo talks?": their outcome, not where something came from.
    (
        "out of",
        _lazy(r"\bwhat (?:has |have |had )?(?:come|came|comes|emerged) out of\b"),
        "what was the outcome of",
    ),
    # "The statement came out of India's MoD": the body that put it out, not what it
    # resulted from.
    (
        "out of",
        _lazy(
            r"\b(statement|readout|report|announcement|release|communique)"
            r" (?:(?:was|had|has) )?(?:come|came|comes|coming|emerged) out of\b"
            # of a body that puts statements out, not a place ("…out of new delhi")
            r"(?=(?: \S+){0,3} (?:mod|ministry|department|dept|dod|pentagon|government|office)\b)"
        ),
        r"\1 came from",
    ),
    # "What agreement came out of the meeting?": the agreement it resulted in.
    (
        "out of",
        _lazy(r"\b(?:come|came|comes|coming|emerge|emerged) out of\b"),
        "resulted from",
    ),
    (
        "four",
        _lazy(r"\bfour[\s-]?(?:way|nation|country|party|sided)\b"),
        "quadripartite",
    ),
    ("4", _lazy(r"\b4[\s-]?(?:way|nation|country|party|sided)\b"), "quadripartite"),
    # "trilateral talks": talks of three countries, a count to check.
    ("trilateral", _lazy(r"\btrilateral\b"), "three country"),
    # "Were the talks in Tokyo bilateral?": talks of two countries, a count to check; before
    # a noun ("the bilateral meeting") it only describes.
    ("bilateral", _lazy(r"\bbilateral$"), "between two countries"),
    ("south", _lazy(r"\b(?:go|goes|going|gone|went) south\b"), "deteriorating"),
    ("out with", _lazy(r"\b(?:hang|hung|hanging|hangs) out with\b"), "meet with"),
    (
        "team",
        _lazy(r"\b(?:team|teams|teaming|teamed) up\b|\bjoin(?:s|ed|ing)? forces\b"),
        "work together",
    ),
    # "the deputy SecState that recently passed through Delhi": who visited it.
    (
        "through",
        _lazy(r"\b(?:pass|passed|passes|passing|swung|swing|swings|swinging) through\b"),
        "visited",
    ),
    # "How many 2+2s has the Defense Secretary sat in on?": taken part in.
    ("sat in", _lazy(r"\b(?:sit|sat|sits|sitting) in on\b"), "taken part in"),
    ("together", _lazy(r"\b(?:get|got|gets|getting|come|came) together\b"), "meet"),
    # "Where did Pompeo brief reporters?": where he gave his press conference.
    (
        "brief",
        _lazy(
            r"\b(?:brief|briefs|briefed|briefing) (?:the )?(?:reporters|journalists|press|media)\b"
        ),
        "gave a press conference",
    ),
    # "What did Singh say to the press?", "did Singh speak to the press?": at a press
    # conference, which he gave none of (not the "pressing" challenges).
    (
        "",
        _lazy(
            r"\b(say|said|tell|told|tells|says|speak|spoke|speaks|speaking|talk|talked|talks"
            r"|talking) (?:to |with )?(?:the )?(?:reporters|journalists|press|media)\b"
        ),
        r"\1 at a pressconference",
    ),
    ("put", _lazy(r"\b(?:put|puts|putting) out\b"), "issued"),
    # "Do India and China get along?", "Are the US and China on good terms?": whether their
    # relations are good; "How are they getting along?" (below) asks how they are going.
    (
        "along",
        _lazy(r"^(?!.*\bhow\b)(.*?)\b(?:getting|get|gets|got) along\b"),
        r"\1relations good",
    ),
    # "so the US and China are best buddies now lol", "India and the US are BFFs?", "are the
    # US and China pals?": whether their relations are good, a claim the article can check.
    (
        "",
        _lazy(
            r"^(?!.*\brelations\b)((?:(?:so|and|ok|wait|lol) )?(?:the )?(?:\w+ )?\w+ and "
            r"(?:the )?\w+) (?:are|were) (?:(?:now|really|like|basically|totally) )?"
            r"(?:(?:best|good|close|great|old|total) )?"
            r"(?:friends|buddies|buddys|pals|besties|bffs|bff|chums|chummy|mates)\b"
        ),
        r"\1 relations are good",
    ),
    (
        "",
        _lazy(
            r"^(?!.*\brelations\b)((?:are|were) (?:\w+ ){1,4}?)(?:(?:best|good|close|great|old) )?"
            r"(?:friends|buddies|buddys|pals|besties|bffs|bff|chums|chummy|mates)\b"
        ),
        r"\1relations good",
    ),
    ("terms", _lazy(r"\bon (?:good|friendly|great) terms\b"), "relations good"),
    (
        "friend",
        _lazy(
            r"^(?!.*\brelations\b)((?:(?:and|so|but|ok|then) )*(?:are|is|were|was) (?:\w+ ){1,4}?)"
            r"(?:friendly|friends)\b"
        ),
        r"\1relations good",
    ),
    # "Are India and China getting on?", "do the US and China get on well?": "getting along"
    # said the British way, whether their relations are good (not "getting on board").
    (
        " on",
        _lazy(
            r"^(?!.*\b(?:how|relations)\b)(.*?)\b(?:getting|get|gets|got) on(?: well)?"
            r"(?= with\b| these days\b| nowadays\b| now\b| at all\b|\W*$)"
        ),
        r"\1relations good",
    ),
    # "Relation of U.S. and China is becoming good?", "are US-China ties turning warmer?": a
    # trend, asked as whether they improve (or worsen: "becoming bad"). Not "getting better
    # or worse?", a choice answered in the trend's own word, nor "why are they becoming
    # warmer?", read as heating up.
    (
        "",
        _lazy(
            r"^(?!.*\b(?:why|how|what)\b)(.*?)\b(?:(?:becoming|getting|growing|turning) good"
            r"|(?:becoming|turning) (?:better"
            r"|friendlier|warmer))\b(?!.* or )"
        ),
        r"\1improving",
    ),
    (
        "",
        _lazy(
            r"^(?!.*\b(?:why|how|what)\b)(.*?)\b(?:(?:becoming|getting|growing|turning) bad"
            r"|(?:becoming|turning) (?:worse"
            r"|unfriendly|hostile))\b(?!.* or )"
        ),
        r"\1deteriorating",
    ),
    # "Anything about logistics?", "any mention of tech?": whether the article says anything
    # about it.
    (
        "any",
        _lazy(
            r"^(?:and |so |ok )?(?:anything|any thing|any mention|any word|any talk)"
            r" (?:about|on|of|regarding|concerning)\b"
        ),
        "was there anything about",
    ),
    # "secure comms in the readout?", "tech + trade bits in the DoD statement?": whether the
    # statement says anything about it, a yes or no (not just the list it is in).
    (
        " the ",
        _lazy(
            r"^(?:and |so |ok )?(?!(?:is|was|are|were|did|do|does|has|have|had|what|which|who"
            r"|how|why|when|where|whose|anything|any|was there)\b)"
            # (a question word inside asks it: "cooperation among whom was stressed in the
            # statement?" asks among whom, not whether)
            r"((?:(?!(?:not|no|never|mentioned|named|cited|included|covered|said|left"
            r"|who|whom|whose|what|which|where|when|why|how)\b)[\w+-]+ )"
            r"{0,4}?(?!(?:not|no|never|mentioned|named|cited|included|covered|said|left)\b)[\w+-]+?)"
            r"(?: (?:bits|parts|pieces|stuff|items|elements|angle|language))?"
            r" (?:in|from) the (?:dod |pentagon |usa |defen[cs]e department |official )?"
            r"(?:readout|statement|stmt|release)\W*$"
        ),
        r"was there anything about \1 in the statement",
    ),
    # "ok, and that makes four 2+2s to date?", "so this makes it his third?": a count
    # claimed, as "there have been four 2+2s" is.
    (
        "makes",
        _lazy(
            r"\b(?:that|this) (?:makes|made|would make)(?: it)? "
            r"(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)"
        ),
        "there have been ",
    ),
    # "so this makes his third 2+2?": which one it is for him, as "this is his third" asks.
    (
        "makes",
        _lazy(
            r"\b(?:that|this) (?:makes|made|would make)(?: it)? (?=(?:his|her|their|the) "
            r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b)"
        ),
        "this is ",
    ),
    # "how did USG officials describe the relationship?": the U.S. government.
    ("usg", _lazy(r"\busg\b"), "usa government"),
    # "what did Pompeo say at Foggy Bottom?": the State Department by the nickname of its
    # neighbourhood, read as the name the article writes (the words the facts share).
    ("foggy", _lazy(r"\b(?:the )?foggy bottom\b"), "the state department"),
    # "what mil-to-mil lines of effort were flagged?": a planner's word for areas of work.
    ("effort", _lazy(r"\blines? of efforts?\b"), "areas"),
    # "Emerging tech part of the convo?": whether it was part of the talks.
    (
        "part of",
        _lazy(
            r"^(?!(?:is|was|are|were|did|do|does|has|have|had|what|which|who|how|why|when|where)"
            r"\b)((?:\w+ ){1,4}?)(?:a )?part of the (?:convo|conversation|discussion|discussions"
            r"|talks|agenda|meeting)\W*$"
        ),
        r"was \1part of the discussion",
    ),
    # "And the 2+2 itself?": the 2+2, set apart from what was just answered.
    ("itself", _lazy(r" itself\b"), ""),
    # "Why is the relationship becoming hot like fire?", "why are ties as hot as an oven?":
    # a literal simile for heating up, which the article says relations are doing.
    (
        "hot",
        _lazy(
            r"\b(?:as )?(?:red )?hot(?:ter)? (?:like|as) (?:a |an |the )?"
            r"(?:fire|furnace|oven|sun|hell|chill?i|anything)\b"
        ),
        "heating",
    ),
    # "Why are relations becoming warmer?", "why ties became so hot?": the change itself,
    # which "becoming" only links (as "getting" does), not a word of its own.
    (
        "bec",
        _lazy(
            r"\b(?:becom(?:e|es|ing)|became) (?=(?:more |so |very |much |really |this )?"
            r"(?:hot|hotter|warm|warmer|heating|closer|colder|cold|worse|better|stronger"
            r"|tense|tenser|friendlier|sour|sourer)\b)"
        ),
        "",
    ),
    # "How are the US and India getting along?": how their relations are going.
    ("along", _lazy(r"\b(?:getting|get|gets|got|going) along\b"), "relations going"),
    # "…do they plan to cooperate in developing?": what they will do, as the article says it.
    ("plan", _lazy(r"\b(?:plan|plans|planned|planning) to (?=\w)"), ""),
    # "Who were the parties to the quadripartite talks?": the countries at the talks, not
    # who agreed on anything.
    (
        "ies",
        _lazy(
            r"^(?:who|which countries) (?:are|were) the parties (?:to|of|in|at) "
            r"(?=(?:the )?(?:[\w-]+ ){0,3}(?:talks|quad)\b)"
        ),
        "which countries took part in ",
    ),
    # "stmt issued by?", "statement by whom?", "whose statement?": who issued it, not who
    # did what it reports.
    (
        "st",
        _lazy(
            r"^(?:and )?(?:(?:the |this |that )?(?:dod |pentagon )?(?:statement|stmt|readout)"
            r"(?: (?:was|is))? (?:(?:issued|released|put out|made|published|given) )?by"
            r"(?: whom| who)?|whose (?:statement|stmt|readout)(?: (?:is|was) (?:it|this|that))?)"
            r"\W*$"
        ),
        "who issued the statement",
    ),
    # "Who is the statement from?", "From who the statement is coming out?", "the statement
    # came from whom?": who issued it, not the people it reports (Esper and Singh).
    (
        "from",
        _lazy(
            r"^(?:(?:and|so|but|ok) )*(?:"
            rf"from {_SOURCE_ASKED}(?: (?:is|was|did|does))? {_STATEMENT_NAMED}"
            rf"(?: (?:is|was))? {_COMING}"
            rf"|{_SOURCE_ASKED}(?: (?:is|was|did|does))? {_STATEMENT_NAMED}(?: (?:is|was))?"
            rf"(?: {_COMING})? from"
            rf"|{_STATEMENT_NAMED} (?:(?:is|was) )?{_COMING} from {_SOURCE_ASKED})\W*$"
        ),
        "who issued the statement",
    ),
    # "pompeo line on it", "his stance on China": what he said about it.
    (
        " on ",
        _lazy(r"\b(?:line|stance|stand|views?|position) (?=on (?!the (?:agenda|table)))"),
        "remarks ",
    ),
    # "BECA - full name?" "parties": the parties to what was just asked about.
    (
        "ies",
        _lazy(r"^(?:and )?(?:the )?(?:parties|signatories)(?: (?:to it|to that|involved))?\W*$"),
        "who are the parties to it",
    ),
    # "Who are the parties to BECA?", "BECA signatories": who agreed on it.
    (
        "ies",
        _lazy(r"^(?:who|which countries) (?:are|were) the (?:parties|signatories) (?:to|of) "),
        "who agreed on ",
    ),
    (
        "ies",
        _lazy(
            r"^((?:the )?(?:beca|basic exchange and cooperation agreement|agreement|deal|pact))"
            r"(?:'s)? (?:parties|signatories)\W*$"
        ),
        r"who agreed on \1",
    ),
    # "in Tokyo or in New Delhi?": one preposition for both options.
    (" or ", _lazy(r"\b(in|on|at|to|with|from) ((?:\w+ ){0,2}?\w+) or \1 "), r"\1 \2 or "),
    # "expanded or merely sustained?", "enhancing or just maintaining?": the second option
    # with a hedge before it is still just the option, weighed against the first.
    (" or ", _lazy(r"\bor (?:merely|just|simply|only|mere|barely) (?=\w)"), "or "),
    # "What did they talk about?": what they discussed (not the Tokyo "talks").
    (
        "talk",
        _lazy(
            r"\b(?:talk|talked) (?:about|over)"
            r"(?=\W*$| (?:while|when|during|in|on|there|then|that day)\b)"
        ),
        "discuss",
    ),
    # "did they discuss trade?", "did they talk trade at all", "did they chat about logistics":
    # whether something came up, asked as "did they talk about trade?" is.
    *(
        (guard, _lazy(_TOPIC_TALKED_OVER), r"\1talk about ")
        for guard in ("discuss", "talk", "chat", "speak", "spoke")
    ),
    ("brass", _lazy(r"\b(?:the )?top brass\b"), "the defense chiefs"),
    # "Who is named as the deputy secretary who visited…?": who is.
    (
        " as ",
        _lazy(r"^(who (?:is|was)) (?:named|identified|mentioned|listed|described) as\b"),
        r"\1",
    ),
    # "What does the article identify as one of the purposes of the partnership?", "(could
    # you indicate) what the article nonetheless identifies as…": what that is.
    (
        " as ",
        _lazy(
            r"\bwhat (?:(?:does|did) (?:the|this) (?:article|text|piece|story|report|author)"
            r"(?: \w+ly| still| also| nonetheless| nevertheless)?"
            r" (?:identify|single out|put forward|point to)"
            r"|(?:the|this) (?:article|text|piece|story|report|author)"
            r"(?: \w+ly| still| also| nonetheless| nevertheless)?"
            r" (?:identifies|identified|singles out|puts forward|points to)) as\b"
            # Only an aim or a reason: "what does the article identify as the threat?" wants
            # the one named (China), which "what is the threat?" would not give.
            r"(?= (?:one of )?(?:the |a |an )?(?:\w+ )?(?:purpose|aim|goal|objective|reason"
            r"|motive|rationale)s?\b)"
        ),
        "what is",
    ),
    # "Which of the following best describes Singh: …": which of them he is.
    (
        "describes",
        _lazy(
            r"^(which (?:one )?of (?:these|the following)) (?:best |most accurately )?describes\b"
        ),
        r"\1 is",
    ),
    # "new technologies", "cutting-edge tech": technologies still emerging.
    (
        "tech",
        _lazy(
            r"(?:(?<=about )|(?<=on )|(?<=in )|(?<=regarding )|(?<=concerning )|(?<=of )"
            r"|(?<=into )|(?<=re )|(?<=discuss )|(?<=discussed )|(?<=mention )|(?<=cover )"
            # "do they want to develop (make, build) new technology together?": what is made
            r"|(?<=develop )|(?<=developing )|(?<=make )|(?<=making )|(?<=build )"
            r"|(?<=building )|(?<=create )|(?<=creating ))"
            r"(?:new|newer|newest|novel|cutting edge|cutting-edge|advanced"
            r"|next gen(?:eration)?|next-gen(?:eration)?|future|latest|frontier|upcoming|modern)"
            r"\s+(?=tech)"
        ),
        "emerging ",
    ),
    # "who r the 4 countries in the quad": chat's "r" is "are" after a question word.
    (" r ", _lazy(r"^(who|what|where|when|which|how|why|how many \w+) r\b"), r"\1 are"),
    # "Esper's how manyth 2+2?": which number it is, as an ordinal.
    ("how man", _lazy(r"\bhow man(?:y|ie)e?th\b"), "what number"),
    # "Which country's Communist Party…?": whose.
    ("which ", _lazy(r"\bwhich (?:country|nation)(?:'s|’s|s') "), "whose "),
    # "Was South Korea one of the (four) countries in the Tokyo talks?": part of them (also
    # as chat misspells it, "one of the countrys at the tokyo thing").
    (
        " of the ",
        _lazy(
            r"\b(?:one|among) of the (?:(?:two|three|four|five|six|\d+) )?"
            r"(?:countries|countrys|contries|countires|nations|participants|members|sides"
            r"|parties) (?:in|at|of)\b"
        ),
        "part of",
    ),
    (
        "among the ",
        _lazy(
            r"\bamong the (?:(?:two|three|four|five|six|\d+) )?"
            r"(?:countries|countrys|contries|countires|nations|participants|members|sides"
            r"|parties) (?:in|at|of)\b"
        ),
        "part of",
    ),
    # "…held 5 of these 2+2 dialogues": five of them.
    (
        " of th",
        _lazy(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten) of (?:these|those)\b"),
        r"\1",
    ),
    # "Whose statement used the phrase …?": who used it.
    (
        "whose",
        _lazy(
            r"^whose (?:statement|readout|remarks|words) (?=(?:used|uses|contained|contains"
            r"|included|includes|featured|features|had|has)\b)"
        ),
        "who ",
    ),
    ("sec", _lazy(r"\bsecstate\b"), "secretary of state"),
    ("conference", _lazy(r"\b(?:press|news) conferences?\b"), "pressconference"),
    (
        "capital",
        # Only as a place something happened in: "what is India's capital?" is general
        # knowledge the article does not give.
        _lazy(
            r"\b(in|to|at|from|visit|visits|visited|visiting|toured)(?: the)? "
            r"(?:(?:india(?:'s|s)?|indian) capital(?: city)?|capital(?: city)? of india)\b"
        ),
        r"\1 new delhi",
    ),
    (
        "number two",
        _lazy(r"\b(?:number|no\.?) (?:two|2)\b|\bsecond[\s-]in[\s-]command\b"),
        "deputy",
    ),
    (
        # "Did Pompeo go to Tokyo?" "And then where did he go?": where he went next, not
        # where he went ("then" as a lead is otherwise only a filler).
        "then",
        _lazy(
            r"^(?:and |so )?then,? ((?:where|what) (?:did|does|do) \w+ (?:go|do|visit)\b)"
            r"(?!.* next\b)"
        ),
        r"\1 next",
    ),
    (
        # "Which country did the statement avoid naming?": what it does not mention.
        "o",
        _lazy(
            r"\b(?:avoid|avoids|avoided|avoiding) (?:naming|mentioning|referring to)\b"
            r"|\b(?:leave|leaves|left|leaving) out\b|\b(?:omit|omits|omitted|omitting)\b"
            r"|\b(?:fail|fails|failed|failing) to (?:name|mention)\b"
            # "Does the statement say nothing explicit about China?", "keep quiet about
            # China", "is it silent on China?", "refrain from naming China?"
            r"|\b(?:say|says|said) nothing(?: explicit| explicitly| directly)? (?:about|of|on)\b"
            r"|\b(?:keep|keeps|kept|stay|stays|stayed|remain|remains|remained) (?:quiet|silent)"
            r" (?:about|on)\b|\bsilent (?:about|on)\b"
            r"|\b(?:refrain|refrains|refrained) from (?:naming|mentioning)\b"
        ),
        "not mention",
    ),
    # "what's missing from the US statement?", "what is absent from the readout?": what it
    # does not mention.
    (
        "from",
        _lazy(
            r"^(?:so |and )?what(?:'s| is| was) (?:missing|absent|left out) from "
            r"((?:the |this |that )?(?:[\w-]+ ){0,3}?(?:statement|readout|release|stmt))\b"
        ),
        r"what did \1 not mention",
    ),
    (
        "back",
        _lazy(r"\b(?:cut|cuts|cutting|scale|scaled|scaling|roll|rolled|rolling) back\b"),
        "reduced",
    ),
    ("sit", _lazy(r"\b(?:sit|sits|sat|sitting) down with\b"), "meet with"),
    # "They pushed back on expanding information sharing": opposed it, not pushed for it.
    ("back", _lazy(r"\b(?:push|pushes|pushed|pushing) back (?:on|against)\b"), "opposed"),
    ("object", _lazy(r"\b(?:object|objects|objected|objecting) to\b"), "opposed"),
    ("balk", _lazy(r"\b(?:balk|balks|balked|balking) at\b"), "opposed"),
    ("", _lazy(r"\b(?:a |the )?(?:prelude|precursor|lead-up|run-up) to\b"), "ahead of"),
    ("advance of", _lazy(r"\bin advance of\b"), "ahead of"),
    # "What did the officials call the relationship beforehand?": earlier, as the article's
    # "prior to the 2+2 meeting" is, a word no fact has.
    ("beforehand", _lazy(r"\bbeforehand\b"), "earlier"),
    # An examiner's phrasings: "Which forthcoming event did the meeting serve as a precursor
    # to?" is what the meeting was ahead of ("Which country does Esper serve as defense
    # secretary?" is not: no "a"/"the" after "as").
    (
        "did",
        _lazy(r"\bdid (.{1,40}?) (?:serve|act|function) as(?= (?:a|an|the) | ahead of\b)"),
        r"was \1",
    ),
    (
        "does",
        _lazy(r"\b(?:does|do) (.{1,40}?) (?:serve|act|function) as(?= (?:a|an|the) | ahead of\b)"),
        r"is \1",
    ),
    # "On how many occasions has Esper taken part in a 2+2?": how many times.
    ("how many", _lazy(r"\b(?:on |in )?how many (?:occasions|instances)\b"), "how many times"),
    # "the purpose of broadening the flow of information", "widening the exchange of
    # data", "the exchange of informations" (a learner's plural): the information sharing
    # the article names.
    (
        " of ",
        _lazy(
            r"\b(?:the )?(?:flow|flows|exchange|exchanges|sharing) of (?:information|data"
            r"|intelligence|info|informations)\b"
        ),
        "information sharing",
    ),
    # "Where does the phrase 'pressing global security challenges' originate?": whose words
    # they are ("come from" as well).
    (
        "where",
        _lazy(
            r"^where (?:does|did) (?:the )?(?:phrase|expression|wording|quote|quotation|words)"
            r" (.+?) (?:originate|come from)\b"
        ),
        r"who said \1",
    ),
    ("presser", _lazy(r"\bpressers?\b"), "pressconference"),
    # "Did he do a presser before he left?": before his trip, as the article has it.
    (
        "before he",
        _lazy(r"\bbefore he (?:left|departed|set off|set out|took off|headed off)\b"),
        "before his trip",
    ),
    (
        "before they",
        _lazy(r"\bbefore they (?:left|departed|set off|set out|took off|headed off)\b"),
        "before their trip",
    ),
    ("bring", _lazy(r"\b(?:bring|brings|brought|bringing) up\b"), "mention"),
    (
        # "why does the article mention China if the statement didn't?": why it does
        "statement",
        _lazy(
            r",? ?\b(?:if|even though|although|though|when|since|given) the (?:\w+ )?statement"
            r" (?:didn[’']?t|doesn[’']?t|did not|does not|never) (?:\w+ )?(?:mention|name)s?"
            r" (?:it|china)\b"
        ),
        "",
    ),
    (
        " up",  # "why does the article bring China up?"
        _lazy(r"\b(?:bring|brings|brought|bringing) ((?:\w+ ){0,2}?\w+) up\b"),
        r"mention \1",
    ),
    ("press conf", _lazy(r"\bpress conf\b"), "pressconference"),
    (
        " as ",
        _lazy(
            r"^(?:does|did) the (?:article|piece|story|report|text) (?:describe|characteri[sz]e"
            r"|portray|depict|present) ((?:[\w.'-]+ ){1,4}?)as "
        ),
        r"are \1",
    ),
    ("point of", _lazy(r"\bthe point of\b"), "the purpose of"),  # not "at what point"
    # "Who were the four countries?": which countries, not who someone is.
    (
        "who ",
        _lazy(r"^who (is|are|was|were) the ((?:\w+ )?(?:countries|nations|cities|places))\b"),
        r"which \2 \1",
    ),
    ("help ", _lazy(r"\b(supposed|meant|intended|expected) to help (?=\w)"), r"\1 to "),
    # "Who took part along with Esper?": the others, as "besides Esper" asks.
    ("with", _lazy(r"\b(?:along|together) with\b|\balongside\b"), "besides"),
    # "Is Singh described as India's foreign minister?", "are relations described as
    # stable?": whether he, or they, are that by the article.
    (
        " as ",
        _lazy(
            r"^((?:is|was|are|were) (?:[\w.-]+ ){1,3}?)(?:described|referred to|identified"
            r"|named|listed|introduced|presented|characteri[sz]ed|portrayed|depicted) as "
        ),
        r"\1",
    ),
    # "what did Pompeo say in his own words?": how it is asked, not what it is about.
    ("words", _lazy(r"\b(?:in )?(?:his|her|their|its) (?:own |exact )words\b"), " "),
    # Chat abbreviations of the titles and bodies in the story.
    # "def min", "defmin", "defsec": one word or two.
    ("def", _lazy(r"\bdef ?(?=min\b|minister\b|secy?\b|secretary\b|chief)"), "defense "),
    ("sec", _lazy(r"\bsec(?:y|retary)?\.? ?def\b"), "secretary of defense"),
    ("sec", _lazy(r"\bsec(?:y)?\.? (?=of\b|state\b)"), "secretary "),
    ("sec", _lazy(r"\b(deputy|defen[cs]e|us|usa) secy?\b"), r"\1 secretary"),
    ("min", _lazy(r"\b(defen[cs]e|foreign|prime|external affairs) min\b"), r"\1 minister"),
    ("dept", _lazy(r"\bdept\b"), "department"),
    ("whereabouts", _lazy(r"\bwhereabouts\b"), "where"),
    # "Pompeo's trip to South-East Asia", "South East Asia": one region, "southeast", not
    # the article's South Asia with a stray "east".
    ("east", _lazy(r"\b(north|south)(?:-| (?=east asia\b))(east)\b"), r"\1\2"),
    ("west", _lazy(r"\b(north|south)(?:-| (?=west asia\b))(west)\b"), r"\1\2"),
    ("-", _lazy(r"\b([a-z])-([a-z])-([a-z])(?:-([a-z]))?\b"), r"\1\2\3\4"),  # "B-E-C-A"
    ("weak", _lazy(r"\bday of the weak\b"), "day of the week"),
    # "after returning from his trip", "after the 2+2 had concluded": after the trip, the 2+2
    (
        "after",
        _lazy(
            r"\bafter (?:returning|coming back|getting back|(?:he|she|they) (?:got|came) back"
            r"|(?:he|she|they) returned) from\b"
        ),
        "after the trip to",
    ),
    (
        "after",
        _lazy(
            r"(\bafter\b.*?) (?:had |has |have |was |were )?(?:already )?(?:concluded|ended"
            r"|finished|wrapped up|been held|taken place|over)\b"
        ),
        r"\1",
    ),
    # "the defense ministers first name": a possessive typed without its apostrophe.
    (
        "name",
        _lazy(
            r"\b(?!(?:his|hers|its|theirs|yours|ours|this|was|is)\b)(\w{3,}?)s "
            r"(first|last|full|given|middle|family) name\b"
        ),
        r"\1 \2 name",
    ),
    # A service chief (army, navy) is a title of its own, not the "defense chiefs".
    ("chief", _lazy(r"\b(service|army|navy|air force|armed forces) chiefs?\b"), r"\1chief"),
    (
        "us ",  # "the other us guy", "the us side": the U.S., typed in lower case
        _lazy(
            r"\bus (?=(?:guy|guys|bloke|official|officials|side|delegation|secretary|team"
            r"|government|person|people|representative|defen[cs]e|military)\b)"
        ),
        "usa ",
    ),
    (
        " the ",  # "who used the phrase 'pressing global security challenges'": who said it
        _lazy(r"\b(?:use|used|uses|using|coined|coin) the (?:phrase|term|words?|expression)\b"),
        "said",
    ),
    ("job title", _lazy(r"\bjob title\b"), "job"),  # not the article's title
    ("govt", _lazy(r"\bgovt\b"), "government"),
    ("mtg", _lazy(r"\bmtgs?\b"), "meeting"),
    ("comms", _lazy(r"\bcomms\b"), "communications"),
    (
        "government",  # "from the US government": from the U.S.
        _lazy(
            r"\b(usa|india|indian|american|japan|japanese|australia|australian) government\b"
            r"(?! official)"
        ),
        r"\1",
    ),
    ("wise", _lazy(r"\b([a-z]+)-wise\b"), r"\1"),  # "democracy-wise": of democracy
    ("good name", _lazy(r"\bgood name\b"), "name"),  # Indian English for "name"
    ("together", _lazy(r"\b(?:bring|brings|brought|bringing) together\b"), "is between"),
    # "Whither was Pompeo bound?", "was he bound for South Asia?": where he was headed;
    # "is India bound by the agreement?" is no journey.
    ("bound", _lazy(r"\bbound for\b"), "headed to"),
    ("bound", _lazy(r"^((?:where|whither)\b[^?]*?) bound\b(?! by\b)"), r"\1 headed"),
    # "after his return from South Asia", "after returning from South Asia": after his
    # trip there, which the article dates (the press conference came before it).
    (
        "return",
        _lazy(r"\b(his|her|their|the) (?:return|homecoming) from\b"),
        r"\1 trip to",
    ),
    (
        "from",
        _lazy(
            r"\b(after|before|since) (?:returning|coming back|getting back|arriving back)"
            r" from\b"
        ),
        r"\1 the trip to",
    ),
    ("pre-", _lazy(r"\bpre-(?=[a-z])"), ""),  # "his pre-trip press conference": the trip
    # Not "which state of India is Singh from?", which asks for a state (a region).
    (
        "state of",
        _lazy(r"(?<!which )(?<!what )\b(?:the )?(?:current |present )?state of (?:the )?"),
        "",
    ),
    # "Did they remark upon the condition of the defence relationship?": its state, which
    # is the relationship itself as "the state of" is.
    (
        " of ",
        _lazy(r"\b(?:the )?(?:current |present |overall )?(?:condition|health) of (?:the )?"),
        "",
    ),
    (
        "highly",
        _lazy(r"\b(?:speak|spoke|speaks|speaking|think|thought) highly of\b"),
        "praise",
    ),
    ("touch", _lazy(r"\b(?:touch|touched|touches|touching) (?:on|upon)\b"), "discuss"),
    ("up", _lazy(r"\b(?:ramp|step|scale|beef)(?:s|ed|ped|ing|ping)? up\b"), "expand"),
    ("out", _lazy(r"\b(?:single|singled|singling|call|calls|called|calling) out\b"), "name"),
    (
        "going to",
        # "are going to expand": what they will do, not where they go.
        _lazy(
            r"\b(?:is|are|was|were|am|s|re)\s+going to\b(?! (?:the|new|delhi|india|tokyo|japan|"
            r"washington|south|asia|america|usa|china|australia|a|an)\b)"
        ),
        "will",
    ),
    (
        "",  # pentagon, defence, military: no one cheap cue
        _lazy(
            r"\b(defen[sc]e|pentagon|military) (?:boss|bosses|head|heads|supremo|czar|guy|man)\b"
        ),
        r"\1 chief",
    ),
    (
        # "What even is the 2+2?", "what actually is BECA?": the question, without the filler.
        "",
        _lazy(
            r"\b(what|who|where|when|why|how) (?:even|actually|really) "
            r"(?=is|are|was|were|did|does|do)\b"
        ),
        r"\1 ",
    ),
    # "Is China mentioned anywhere in the article?", "does it name Modi anywhere?": whether it
    # is mentioned; "did Esper go anywhere else?" keeps its word.
    (
        "anywhere",
        _lazy(
            r"\b(mention(?:s|ed)?|name[sd]?|cite[sd]?|refer(?:s|red)? to|discuss(?:es|ed)?"
            r"|appear(?:s|ed)?|feature[sd]?)((?: [\w+.-]+){0,4}?) (?:anywhere|somewhere)\b"
        ),
        r"\1\2",
    ),
    # "was it the first occasion on which Mr Esper took part…?": the first time he did.
    (
        "occasion",
        _lazy(
            r"\b(first|second|third|fourth|last|only|1st|2nd|3rd) occasion"
            r"(?: on which| in which| when| that| where)?\b"
        ),
        r"\1 time",
    ),
    # "What title does the article use for Pompeo?": his title, as the article gives it.
    (
        "title",
        _lazy(
            r"\bwhat (title|job title|rank) (?:does|did) (?:the article|the story|the piece|it"
            r"|the report|the text) (?:use|give|gives|assign) (?:for|to) "
        ),
        r"what is the \1 of ",
    ),
    # "to deal with what exactly?": the verb, to address, not a deal (an agreement).
    (
        "deal",
        _lazy(r"\b(to|will|would|can|could|should|must|help|helps|and) deal with\b"),
        r"\1 address",
    ),
    ("deal", _lazy(r"\bdealt with\b"), "addressed"),
    ("deal", _lazy(r"\bdealing with\b"), "addressing"),
    # "India's Ministry of Defence": a defense department (whose, the country before says).
    ("ministry", _lazy(r"\bministry of defen[cs]e\b"), "department of defense"),
    ("ministry", _lazy(r"\bdefen[cs]e ministry\b"), "defense department"),
    # "Esper, not Pompeo, met Singh, right?": the claim without the aside.
    (
        ", not ",
        _lazy(r", not [^,?]{1,40}, (?=(?:met|visited|issued|that|who|was|is|did)\b)"),
        " ",
    ),
    # "Begin visited Tokyo, not New Delhi, right?": the claim is what comes first.
    (
        ", not ",
        _lazy(
            r", not [^,?]{1,40}(?=, (?:right|correct|true|yes|no|isn't|wasn't|didn't|isnt|wasnt"
            r"|didnt|did|was|is)\b)"
        ),
        "",
    ),
    # "How was the meeting connected to the 2+2?": how they stand in time, which is all the
    # article says of two events together.
    (
        "how",
        _lazy(
            r"^how (was|is|were|are) ((?:the )?[\w+ -]+?) (?:connected|related|linked|tied)"
            r" (?:to|with) ((?:the )?[\w+ -]+?)\W*$"
        ),
        r"\1 \2 before or after \3?",
    ),
    # "more then two": than.
    (
        "then",
        _lazy(r"\b(more|less|fewer|rather|other|better|worse|sooner|later) then\b"),
        r"\1 than",
    ),
    # "Name anyone who went to New Delhi besides Esper", "list everybody who attended": who
    # did it, not whatever else the sentence names.
    (
        " who ",
        _lazy(
            r"^(?:please )?(?:name|list|identify|give me|tell me) (?:any|every|some)(?:one|body)"
            r"(?: else)? who\b"
        ),
        "who",
    ),
    # "Anyone else visit Tokyo?", "anybody go to New Delhi besides Esper?": whether someone
    # did, asked without its "did".
    (
        "",
        _lazy(
            r"^((?:any|some)(?:one|body)(?: else)?) (visit|go|travel|come|attend"
            r"|participate|fly)\b"
        ),
        r"did \1 \2",
    ),
    # "Could you kindly tell me who…": a request, not a yes-or-no question.
    (
        "you ",
        _lazy(r"\b(could|would|can|will) you (?:kindly|please|possibly|just|perhaps) "),
        r"\1 you ",
    ),
    # "india's guy", "the us rep": the official from there.
    (
        "",
        _lazy(r"\bindia(?:'s|s|n)? (?:guy|man|bloke|dude|rep|representative|person)\b"),
        "indian official",
    ),
    (
        "",
        _lazy(
            r"\b(?:the )?(?:america|usa|us)(?:'s|s)? (?:guy|man|bloke|dude|rep|representative"
            r"|person)\b"
        ),
        "the american official",
    ),
    # "Who is the U.S. official named Begin?": who Begin is; the name says which one.
    (
        "who",
        _lazy(
            r"^who (is|was) (?:the |an? )?(?:(?:indian|american|us|usa|u\.s\.|u s) )?"
            r"(?:official|minister|man|person|guy|representative|diplomat|secretary)"
            r" (?:named|called|by the name of)(?= \w)"
        ),
        r"who \1",
    ),
    # "Which Indian took part?", "who from India took part in the meeting?": the person of
    # that country who participated ("take part" alone also says what the 2+2 is made of).
    (
        " part",
        _lazy(
            r"^((?:which|what) (?:indian|american|us|usa|u s|japanese|australian)(?: \w+)?"
            r"|who from (?:the )?\w+(?: side)?) (?:took|take|takes) part\b"
        ),
        r"\1 participated",
    ),
    # "What is the counterpart's portfolio on the Indian side?", "who is the counterpart on
    # the American side?": the Indian counterpart's.
    (
        " side",
        _lazy(
            r"\bthe (counterpart|official|minister|participant|representative|delegate)"
            r"(?:'s|s| s)? (?:(title|portfolio|role|position|job|rank) )?on the"
            r" (indian|american|us|usa|u s|japanese|australian) side\b"
        ),
        r"the \3 \1 \2",
    ),
    # "who was the indian official at the meeting?", "who is the Indian counterpart?",
    # "who was the indian participant?": which one of that country; "Indian" says whose the
    # person is, not whose counterpart.
    (
        "who",
        _lazy(
            r"^who(?: (was|is)|'s| s|s) (?:the )?"
            r"(indian|american|us|usa|u\.s\.|japanese|australian|chinese)"
            r" (official|minister|representative|counterpart|participant|person|man|woman|guy"
            # "who was the Indian man's counterpart?" asks whose counterpart, not him
            r"|delegate|attendee|politician|gentleman|lady|figure|envoy|diplomat)\b(?!['’])"
        ),
        r"which \2 \3 \1",
    ),
    # "Who are the Americans?", "who were the U.S. officials?", "who is the Indian?": the
    # people of that country the article names, as "which American people are…" asks, not
    # the country.
    (
        "who",
        _lazy(
            r"^who (are|were) (?:the )?"
            r"(indian|american|japanese|australian|chinese)s?(?=[\s?.!]*$)"
        ),
        r"which \2 people \1",
    ),
    (
        "who",
        _lazy(
            r"^who(?: (is|was)|'s| s|s) (?:the )?"
            r"(indian|american|japanese|australian|chinese)(?=[\s?.!]*$)"
        ),
        r"which \2 person \1",
    ),
    (
        "who",
        _lazy(
            r"^who (are|were) (?:the )?(indian|american|us|usa|japanese|australian|chinese)"
            r" (officials|ministers|representatives|participants|people|men|guys|delegates"
            r"|attendees|politicians|diplomats|envoys)(?=[\s?.!]*$)"
        ),
        r"which \2 \3 \1",
    ),
    # "What was Pompeo doing before his trip?": what he did.
    (
        "doing",
        _lazy(r"\bwhat (?:was|were|is|are) ((?:the )?\w+(?: \w+)?) doing\b"),
        r"what did \1 do",
    ),
    # "no. of us-india 2+2 dialogues so far", "# of dialogues": how many.
    ("of", _lazy(r"(?:\bno\.|\bnum\.?|\bnbr\.?|#) ?of\b"), "number of"),
    # "tech angle?", "trade angle?": that part of it.
    ("angle", _lazy(r"\b(\w+) angle(?=\W*$)"), r"\1"),
    # "quad timing": when it was.
    (
        "timing",
        _lazy(r"^(?:the )?(\w+(?: \w+)?) (?:timing|date|dates|day)(?=\W*$)"),
        r"when was the \1",
    ),
    # "and we wrote 'last month' for the timing — ok?", "the timing was last month, right?":
    # a claim of when it was, checked as "it was last month, ok?" is.
    (
        "timing",
        _lazy(
            r"\b(?:we|i) (?:wrote|put|put down|have|had|gave|used|said) ['\"‘’“”]?(.+?)['\"‘’“”]?"
            r" for (?:the|its|their) timing\b"
        ),
        r"it was \1",
    ),
    ("timing", _lazy(r"\b(?:the|its|their) timing (?:was|is)\b"), "it was"),
    # "a bigger get-together": a meeting.
    ("get-together", _lazy(r"\bget-togethers?\b"), "meeting"),
    # "passing intel back and forth": sharing it.
    (
        "back and forth",
        _lazy(r"\bpass(?:ing|ed|es)? (\w+(?: \w+)?) back and forth\b"),
        r"sharing \1",
    ),
    # "What was the destination of Pompeo's trip?", "the destination of his trip": where
    # it went.
    (
        "destination",
        _lazy(r"^(?:what|which) (?:is|was|were) the destinations? of (.+?)(?=\W*$)"),
        r"where was \1 headed",
    ),
    ("destination", _lazy(r"^(?:the )?destinations? of (.+?)(?=\W*$)"), r"where was \1 headed"),
    # "To what end are they to keep collaborating?": keep working together.
    (
        "co",
        _lazy(
            r"\b(keep|keeps|kept|continue|continues|continued|carry on|carried on) (?:to )?"
            r"(?:collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing))\b"
        ),
        r"\1 working together",
    ),
    # "What was the subject matter of the basic agreement?": what it was about.
    (
        "the",
        _lazy(
            r"^(?:what|which) (?:is|was|were) the (?:subject matter|subject|topic)"
            r" of (.+?)(?=\W*$)"
        ),
        r"what was \1 about",
    ),
    # "what did Pompeo want free countries to gang up against?": to work together to thwart.
    ("gang", _lazy(r"\bgang(?:ing|ed|s)? up (?:against|on)\b"), "work together to thwart"),
    # "where was Pompeo off to?": heading to.
    ("off to", _lazy(r"\b(was|were|is|are) (\w+) off to\b"), r"\1 \2 heading to"),
    # "who else dropped by Delhi?": visited.
    (
        "",
        _lazy(r"\b(?:dropped|drop|drops|dropping|stopped|popped) (?:by|in on|in at|into)\b"),
        "visited",
    ),
    # "who visited Delhi lately?", "who lately visited Delhi?": recently. Only beside a
    # visit: elsewhere "lately" is a hedge ("getting along better lately?").
    (
        "lately",
        _lazy(r"\blately (?=(?:visited|visit|visits|called on|called upon|traveled|travelled)\b)"),
        "recently ",
    ),
    (
        "lately",
        _lazy(r"\b(visited|visit|visits|called on|called upon|been to) ((?:\w+ ){1,3}?)lately\b"),
        r"\1 \2recently",
    ),
    # "Where was he going afterwards?": where he was going (after what the last answer said).
    (
        "after",
        _lazy(
            r"\b(going|headed|heading|go|goes|went|travell?ing|travell?ed|off)"
            r" (?:afterwards|afterward|after that|next)\b"
        ),
        r"\1",
    ),
    # "What part of the world was Pompeo heading to?": where.
    (
        "part of",
        _lazy(r"\bwhat (?:part|parts|region|corner) of the (?:world|globe)\b"),
        "where",
    ),
    # "…a warm-up for what bigger event?", "a prelude to the 2+2": what it came ahead of.
    (
        "",
        _lazy(
            r"\b(?:a |the )?(?:warm[- ]?up|prelude|curtain[- ]raiser|precursor|lead[- ]in"
            r"|run[- ]up) (?:for|to)\b"
        ),
        "ahead of",
    ),
    # "What did the two men have good things to say about?": what they praised.
    (
        "things",
        _lazy(
            r"\b(?:have|had|has|say|said|says) (?:good|nice|positive|kind|glowing|warm)"
            r" things (?:to say )?about\b"
        ),
        "praise",
    ),
    # "Is there any tech angle to the cooperation?": tech in it.
    (
        "angle",
        _lazy(r"\b(\w+) (?:angle|dimension) (?:to|of)\b"),
        r"\1 in",
    ),
    # "How would you describe the direction US-India ties are heading?": how they are changing.
    (
        "direction",
        _lazy(
            r"\b(?:describe |what is |whats )?the direction (?:that |in which )?(.+?) (?:are|is)"
            r" (?:heading|going|moving|headed|trending)(?: in)?\b"
        ),
        r"how \1 are changing",
    ),
    # "moving supplies and gear around", "the supply stuff": logistics, in plain words.
    (
        "suppl",
        _lazy(r"\bsupply (?:stuff|lines?|side|issues|matters|things)\b"),
        "logistics",
    ),
    (
        "mov",
        _lazy(
            r"\b(?:moving|move|moves|moved)"
            r" (?:of )?(?:military )?(?:supplies|gear|equipment|materiel)"
            r"(?: and (?:supplies|gear|equipment|materiel|troops|people))?(?: around)?\b"
        ),
        "logistics",
    ),
    # "…, logistics I think, what did they say?": the asker's hedge on a half-remembered
    # word, not part of what is asked.
    (
        " i ",
        _lazy(
            r"(?<!\bdo)(?<!\bdid)(?<!\bshould)\s+i (?:think|believe|guess|reckon|suppose)"
            r"(?=\s*,\s*(?:so |and )?(?:what|who|whom|where|when|which|how|why)\b|\W*$)"
        ),
        "",
    ),
    # "…, tbh i skimmed", "was it oct 26 or 27 i forgot": the asker owning up to not
    # remembering or not reading closely, an aside at the end and not part of what is asked.
    (
        " i ",
        _lazy(
            r"[\s,;.!-]+(?:(?:tbh|honestly|lol|sorry|ngl|haha)[\s,]+)*i (?:forgot|forget"
            r"|skimmed(?: (?:it|the article|the story|through it))?|only skimmed(?: it)?"
            r"|missed (?:it|that)|do ?n'?t (?:remember|recall)|ca ?n'?t (?:remember|recall)"
            r"|did ?n'?t (?:read|catch) (?:it|that)(?: (?:closely|properly|carefully))?)"
            r"(?=\W*$)"
        ),
        "",
    ),
    # "whom did he meet, the us defence secy i mean": the trailing words say who "he" is.
    (
        " i mean",
        _lazy(
            r"^((?:who|whom|what|where|when|which|how|why|did|does|do|was|were|is|are)\b.*?)"
            r"\b(?:he|she|him|they|them)\b([^,]*?)\s*,\s*(?:like )?"
            r"((?:the )?[a-z][\w .+-]*?) i mean\W*$"
        ),
        r"\1\3\2",
    ),
    # "where did the meet happen, mumbai?": a place guessed after the question is the place
    # it asks about, right or wrong.
    (
        "where",
        _lazy(
            r"^(where (?:did|was|were|is|are|do|does) [^,?]+?)\s*,\s*(?:in |at )?([a-z]+)\?+\W*$"
        ),
        r"\1 in \2",
    ),
    # "acc to the article": according to it.
    ("acc", _lazy(r"\bacc\.? to\b"), "according to"),
    # "wdym 2+2 dialogue, between who": the question after the comma is the one asked; alone,
    # "wdym 2+2 dialogue" asks what that is.
    (
        "wdym",
        _lazy(r"^(?:wdym|what do (?:you|u) mean)(?: by)? (?=[^,?]+,\s*\w)"),
        "",
    ),
    ("wdym", _lazy(r"^wdym(?: by)? (?=\S)"), "what is "),
    # "whats the agreement called that they agreed on": the clause says which one is named.
    (
        "called",
        _lazy(
            r"^((?:what|wat|whats|wats)(?: is| was|s)? (?:the|that|this) [\w+-]+(?: [\w+-]+)?)"
            r" called ((?:that|which|they|he|she|esper|singh) [^?]+?)(\W*)$"
        ),
        r"\1 \2 called\3",
    ),
    # "what was it called again?", "wats the deal called fr": the asker's aside at the end.
    (
        "",
        _lazy(
            r"^((?:what|who|whom|where|when|which|how)\b.*?)\s+(?:again|fr|for real|tho|though)"
            r"(?=\W*$)"
        ),
        r"\1",
    ),
    # "the ministers' engagement", "where did the engagement take place?": the meeting, not
    # the article's "engagement on logistics".
    (
        "engagement",
        _lazy(
            r"(?<=\S )(?<!mutual )\bengagements?\b(?! on\b)(?=\W*$| (?:take|took|taking|happen"
            r"|happened|occur|occurred|held|was held|in (?:new )?delhi|on monday))"
        ),
        "meeting",
    ),
    # "what bigger get-together was this a warm-up for?": the event itself, however big.
    (
        "",
        _lazy(
            r"\b(what|which) (?:(?:bigger|larger|broader|wider|higher[- ]level|more senior"
            r"|ministerial|high[- ]level) )+(?="
            r"(?:\w+ )?(?:meeting|meetings|talks|dialogue|dialogues|summit|event|gathering"
            r"|convocation|conference|session|get-together|meet)\b)"
        ),
        r"\1 ",
    ),
    # "To what convocation was this meeting a prelude?", "to what was the meeting a
    # prelude?": what it came ahead of.
    (
        "",
        _lazy(
            r"^(?:to|for) (what|which)( .+?)? (was|were|is|are) (.+?) (?:a |the |an )?"
            r"(?:prelude|precursor|warm[- ]?up|curtain[- ]raiser|lead[- ]in|run[- ]up)(?=\W*$)"
        ),
        r"\1\2 \3 \4 ahead of",
    ),
    # "Which ministerial portfolios make up the 2+2?": which ministers.
    (
        "portfolios",
        _lazy(r"\b(which|what) (?:ministerial |cabinet |government )?portfolios\b"),
        r"\1 ministers",
    ),
    # "which ministers, from each capital, …": one from each side.
    (
        "capital",
        _lazy(r"\bfrom (?:each|both|either|the two|the respective) (?:capitals?|governments?)\b"),
        "from each side",
    ),
    # "Which ministers are represented in the 2+2?": who takes part in it (not whom the
    # meeting's "Indian Defense Minister" represents).
    (
        "represented",
        _lazy(
            r"\b(?:is|are|was|were) (?:customarily |usually |typically |normally |always )?"
            r"represented (?=in )"
        ),
        "take part ",
    ),
    # "What role does Singh have in the Government of India?", "…in the Indian cabinet?",
    # "which is the function of Singh in the government?" (a false friend for his post):
    # a post is held in a government; saying which adds nothing the title does not.
    (
        "govern",
        _lazy(
            r"\b(?P<asked>role|position|post|office|job|title|portfolio|capacity|function"
            r"|charge)\b(?P<mid>.*?)"
            r" in the (?:[a-z.]+ )?(?:government|administration|cabinet)"
            r"(?: of (?:the )?(?:india|the u\.?s\.?|united states|america|usa|us))?\b",
            re.IGNORECASE,
        ),
        r"\g<asked>\g<mid>",
    ),
    # "Who was present at the meeting?", "were any Indians present at the talks?": who
    # attended, not what was presented.
    (
        "present",
        _lazy(r"\b(?:was|were) present (?=(?:at|in|for|during) )"),
        "attended ",
    ),
    # "How did they receive the agreement?", "greet the deal", "receive the basic agreement
    # on exchanges": how they reacted to it. Receiving a person is meeting them.
    (
        "receiv",
        _lazy(
            r"\b(?:receive|received|receives|receiving)"
            r" (?=(?:the|this|that) (?:[\w-]+ ){0,2}?(?:agreement|deal|pact|accord|news"
            r"|expansion)\b)"
        ),
        "react to ",
    ),
    # "…the Indian gentleman who received Secretary Esper?", "who welcomed Esper in New
    # Delhi?": receiving a visitor is hosting him, which the article's meeting is.
    # Receiving or welcoming a thing ("welcomed the expansion") stays a reaction.
    *(
        (
            verb,
            _lazy(rf"\b{verb}(e|ed|es|ing) (?=" + _VISITOR + r")"),
            lambda found: _HOSTING_FOR_ENDING[found[1]],
        )
        for verb in ("receiv", "welcom")
    ),
    # "Did the two Secretaries express any sentiment upon reaching the agreement?", "how
    # did they feel after concluding the deal?": how they felt about it, which the article
    # gives; when they felt it adds nothing.
    (
        "ing ",
        _lazy(
            r"\b((?:express|feel|felt|react|respond|sentiment|emotion|reaction)[\w ]*?)"
            r" (?:(?:up)?on|after|when|in) (?:reaching|concluding|striking|sealing|securing"
            r"|agreeing on|agreeing to|signing)"
            r" (?=(?:the|this|that|an?|their) (?:[\w-]+ ){0,2}?(?:agreement|deal|pact|accord"
            r"|beca)\b)"
        ),
        r"\1 about ",
    ),
    # "How was it received by the two Secretaries?", "in what manner was the agreement
    # received?": how they reacted to it, asked the other way round. Only of a thing:
    # "how was Esper received by Singh?" is no reaction the article gives.
    (
        "receiv",
        _lazy(rf"^{_HOW_MANNER} (?:was|were) ({_RECEIVED_THING}) received by ([^?.!;]+?)(?=\W*$)"),
        r"how did \2 react to \1",
    ),
    (
        "receiv",
        _lazy(rf"^{_HOW_MANNER} (?:was|were) ({_RECEIVED_THING}) received(?=\W*$)"),
        r"how did they react to \1",
    ),
    (
        "greet",
        _lazy(
            r"\b(?:greet|greeted|greets|greeting)"
            r" (?=(?:the|this|that) (?:agreement|deal|pact|accord|news)\b)"
        ),
        "react to ",
    ),
    # "Which tech was highlighted as an area of cooperation?": for cooperation; "an area"
    # only frames what is asked, which is the technology.
    (
        " as ",
        _lazy(
            r"\bas (?:an? |one )?(?:area|field|sphere|domain|realm|avenue)s? (?:of|for)"
            r" (cooperation|collaboration|cooperating|collaborating|partnership)\b"
        ),
        r"for \1",
    ),
    # "What exact words did the statement use about defense trade?", "what phrase does the
    # article use for how relations are changing?": what it says about them. ("What phrase
    # does it use for the challenges…?" asks for the words themselves, quoted elsewhere.)
    (
        " use ",
        _lazy(
            r"^what (?:exact |precise |specific )?(?:words|phrasing|wording|language"
            r"|(?:phrases?|terms?|expressions?)(?= .* (?:for|about) how\b))"
            r" (?:did|does|do) ((?:the |this )?\w+(?: \w+)?) use"
            r" (?:about|for|on|regarding|to describe|to talk about)\b"
        ),
        r"what did \1 say about",
    ),
    # "America's diplomatic corps", "the U.S. diplomatic service": its State Department.
    (
        "diplomatic",
        _lazy(
            r"\b(?:the )?(?:america|americas|america's|usa|usas|usa's|united states|american)"
            r" (?:diplomatic (?:corps|service)|foreign service|diplomatic establishment)\b"
        ),
        "the state department",
    ),
    # "In the field of technology, what did they agree…?": the field only frames the thing it
    # names, which is what the question is about ("about technology"), not a place.
    (
        " of ",
        _lazy(r"\b(?:in|within|on) the (?:field|area|domain|realm|sphere) of (?=\w)"),
        "about ",
    ),
    # "Which technological domain…?": which technology.
    (
        "tech",
        _lazy(r"\b(?:technological|technology|tech) (?:domain|area|field|sphere|realm)(s?)\b"),
        r"technology\1",
    ),
    # "the reasons behind the closer US-India partnership": the partnership, however close.
    (
        "partnership",
        _lazy(
            r"\bthe (?:closer|deeper|stronger|growing|tighter|warmer) (?=(?:\S+ )?partnership\b)"
        ),
        "the ",
    ),
    # "What pact did they settle on?": agree on.
    ("settl", _lazy(r"\bsettle(?:d|s)? (?=on|upon)\b"), "agree "),
    # "India's minister in charge of the armed forces": its defense minister.
    (
        "in charge of",
        _lazy(
            r"\b(minister|secretary|official) in charge of (?:the )?(?:(?:country|nation)s? )?"
            r"(?:armed forces|military|militaries|defen[cs]e)\b"
        ),
        r"defense \1",
    ),
    # "Washington and Delhi": the two governments, as news writing names them.
    (
        "washington",
        _lazy(r"\bwashington and (?:new )?delhi\b|\b(?:new )?delhi and washington\b"),
        "washington and new delhi",
    ),
    # "…, even if they don't say it out loud": what is left unsaid is still asked about.
    (
        "even",
        _lazy(
            r",?\s*\beven (?:if|though) (?:they|it|he|she|officials|the statement)"
            r" (?:do not|dont|don't|does not|doesnt|doesn't|did not|didnt|didn't)"
            r" (?:say|mention|admit|name) (?:it|so|that|this)"
            r"(?: out loud| aloud| openly| explicitly| publicly| directly)?\b"
        ),
        "",
    ),
    # "the elephant in the room": the problem no one names.
    ("elephant", _lazy(r"\bthe elephant in the room\b"), "the threat"),
    ("n't", _lazy(r"(\w)n't\b"), r"\1nt"),
    ("'", _lazy(r"\b(what|who|where|when|how|why|that|it|there|here)'s\b"), r"\1 is"),
    ("'", _lazy(r"(\w)'s\b"), r"\1"),
    ("'", _lazy(r"(\w)s'(?=\s|$)"), r"\1s"),
)

# Small numbers as words, as the article writes them: "2 men" is "two men".
_NUMBER_WORDS = {
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
    "10": "ten",
    "2nd": "second",
    "3rd": "third",
    "1st": "first",
}

_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# British spellings folded to American ones, so "defence" finds "defense". Both sides of every
# comparison go through here, so a fold only has to be consistent, not always a real word.
_BRITISH = {
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "licence": "license",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "metre": "meter",
    "travelled": "traveled",
    "travelling": "traveling",
    "traveller": "traveler",
    "counsellor": "counselor",
    "judgement": "judgment",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "dialog": "dialogue",
    "dialogs": "dialogues",
    "catalogue": "catalog",
    "grey": "gray",
    "whilst": "while",
    "amongst": "among",
    "co-operation": "cooperation",
    "co-operate": "cooperate",
    "co-operated": "cooperated",
    "cooperative": "cooperative",
    "co-ordinate": "coordinate",
    "cheque": "check",
    "aeroplane": "airplane",
    "manoeuvre": "maneuver",
    "ageing": "aging",
    "labour": "labor",
}
_KEEP_ISE = frozenset(
    {
        "advise",
        "advised",
        "advises",
        "advising",
        "exercise",
        "exercised",
        "exercises",
        "otherwise",
        "promise",
        "promised",
        "promises",
        "precise",
        "concise",
        "expertise",
        "enterprise",
        "franchise",
        "surprise",
        "surprised",
        "compromise",
        "premise",
        "premises",
        "revise",
        "revised",
        "supervise",
        "supervised",
        "televise",
        "televised",
        "devise",
        "devised",
        "disguise",
        "despise",
        "raise",
        "raised",
        "raises",
        "raising",
        "praise",
        "praised",
        "praises",
        "praising",
        "noise",
        "cruise",
        "wise",
        "rise",
        "rises",
        "rising",
        "arise",
        "arising",
        "arises",
        "likewise",
        "clockwise",
        "merchandise",
        "paradise",
        "poise",
        "reprise",
        "demise",
        "excise",
        "incise",
        "comprise",
        "comprised",
        "comprises",
        "treatise",
    }
)
_ISE = re.compile(r"^(\w{3,}?)is(e|ed|es|ing|ation|ations|er|ers)$")
_OUR = re.compile(r"^(\w{3,})our(s|ed|ing|able|ite|ites)?$")
_KEEP_OUR = frozenset(
    {
        "detour",
        "contour",
        "devour",
        "devoured",
        "glamour",
        "paramour",
        "troubadour",
        "tour",
        "tours",
        "toured",
        "touring",
    }
)


@lru_cache(maxsize=65536)
def _americanise(word: str) -> str:
    folded = _BRITISH.get(word)
    if folded is not None:
        return folded
    if (
        word.endswith(("ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers"))
        and word not in _KEEP_ISE
    ):
        match = _ISE.match(word)
        if match:
            return f"{match.group(1)}iz{match.group(2)}"
    if "our" in word and word not in _KEEP_OUR:
        match = _OUR.match(word)
        if match:
            return f"{match.group(1)}or{match.group(2) or ''}"
    if word.endswith(("yse", "ysed", "yses", "ysing")):
        return word.replace("yse", "yze").replace("ysing", "yzing")
    return word


def american_spelling(word: str) -> str:
    """One lower-case word as the article, American, spells it: "defence" is "defense"."""
    return _americanise(word)


# "B.E.C.A.", "d.o.d": an acronym spelled with dots is the acronym ("U.S." is read before
# the case is lost, as "usa").
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}(?:[a-z]\b)?")


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower case, folded quotes and compatibility characters, canonical "usa" and "2plus2",
    possessives dropped, punctuation removed; words separated by single spaces."""
    if not text.isascii():
        text = fold_quotes(unicodedata.normalize("NFKC", text))
    if (
        "US" in text
        or "U.S" in text
        or "u.s" in text
        or "U.K" in text
        or "u.k" in text
        or "U. S" in text
        or "u. s" in text
    ):
        text = _CASED.sub(lambda m: "uk" if m.group("uk") else "usa", text)
    text = text.lower()
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _rewrite_phrases(text)
    return " ".join([_NUMBER_WORDS.get(w) or _americanise(w) for w in _TOKEN.findall(text)])


# Texts `normalise` rewrites before it builds the sieve of `_PHRASES`: building it costs about
# as much as testing the rewrites one by one on a few thousand texts, which is more than a
# process answering a question meets; an index build meets tens of thousands.
SIEVE_AFTER = 2000
_phrase_sieve: prefilter.RewriteSieve | None = None
_rewritten = 0


def _rewrite_phrases(text: str) -> str:
    """`_PHRASES` applied in order, each where its guard is in the text (as it then is)."""
    global _phrase_sieve, _rewritten
    sieve = _phrase_sieve
    if sieve is None:
        _rewritten += 1
        if _rewritten > SIEVE_AFTER:
            sieve = _phrase_sieve = prefilter.RewriteSieve(
                [(guard, pattern.source, pattern.flags) for guard, pattern, _ in _PHRASES]
            )
        else:
            for guard, pattern, replacement in _PHRASES:
                if guard in text:
                    text = pattern.sub(replacement, text)
            return text
    return _sieved_rewrites(sieve, text)


def _sieved_rewrites(sieve: prefilter.RewriteSieve, text: str) -> str:
    """The same, running only the rewrites the sieve says could change the text (a few in a
    hundred texts), and asking it again about the rest once one has changed it."""
    pending = sieve.candidates(text)
    while pending:
        lowest = pending & -pending
        pending ^= lowest
        _, pattern, replacement = _PHRASES[lowest.bit_length() - 1]
        rewritten = pattern.sub(replacement, text)
        if rewritten != text:
            text = rewritten
            pending = sieve.candidates(text) & ~((lowest << 1) - 1)
    return text


def tokens(text: str) -> list[str]:
    """Words of `normalise(text)`; hyphenated words also give their parts."""
    return normalised_tokens(normalise(text))


def normalised_tokens(normalised: str) -> list[str]:
    """`tokens` of a text whose `normalise`d form is `normalised`."""
    if "-" not in normalised:  # most texts: the words as they are
        return normalised.split()
    out: list[str] = []
    for word in normalised.split():
        out.append(word)
        if "-" in word:
            out.extend(part for part in word.split("-") if part)
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of one lower-case word."""
    return str(_STEMMER.stemWord(word))
