"""A question texted in a hurry, read as if typed out: digits standing for the words they
sound like ("did esper go 2 tokyo", "beca stands 4?", "workin 2gether"), a dropped final g
("r relations gettin better"), and words run together ("whometsingh??"). Numbers that count
("2 sides", "the 4 countries", "2+2") are left as typed, and so is every other word."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot.engine.lexicon import MONTHS, STOPWORDS
from bot.engine.spelling import COMMON_WORDS

# Words texted with a digit for a syllable: "2gether", "2day", "4ever".
_DIGIT_WORDS = {
    "2gether": "together",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "4ever": "forever",
    "4get": "forget",
    "b4": "before",
    "w/": "with",
    "w/o": "without",
}
_DIGIT_WORD = re.compile(
    r"(?<![\w+/])(?:" + "|".join(re.escape(w) for w in _DIGIT_WORDS) + r")(?![\w+/])",
    re.IGNORECASE,
)

# Question words as texted, spelt out before anything reads the question, so that every
# reading sees them: "wat party is he in" asks what "what party is he in" asks (a party the
# article gives no one), not about China's Communist Party.
_QUESTION_WORDS_TEXTED = {
    "wat": "what",
    "wot": "what",
    "wut": "what",
    "wht": "what",
    "whta": "what",
    "wats": "whats",
    "wen": "when",
    "whn": "when",
    "wher": "where",
    "whr": "where",
    "wich": "which",
    "whcih": "which",
    "hw": "how",
    # "info sharing whys it being expanded": "why's" without its apostrophe, after the topic.
    "whys": "why is",
    # "WTF IS BECA", "wth did they agree on": an oath put for "what".
    "wtf": "what",
    "wth": "what",
}

# Small words slipped in typing, which the speller leaves alone (three letters are too
# short to correct safely): "the guy who spoke at teh state dept" is "at the state dept".
# Also "said" and "says" spelt as said, "who sed so": three letters, as short.
_SMALL_WORDS_SLIPPED = {
    "teh": "the",
    "hte": "the",
    "adn": "and",
    "nad": "and",
    "taht": "that",
    "sed": "said",
    "sez": "says",
}

# Slang shorthand for small words, spelt out: "whr was da meetin" is "where was the
# meeting", "did they sign smth or nah" "…sign something…".
_SLANG_WORDS = {
    "da": "the",
    "dat": "that",
    "dis": "this",
    "smth": "something",
    "smthn": "something",
    "sth": "something",
    "sumn": "something",
    # "is the partnership about china even tho the statement doesnt say so": "though".
    "tho": "though",
    "altho": "although",
}

# All three spelt out in one pass: no word of one table is another's, and none of what
# they are spelt as is a word of any, so one pass reads as three would.
_WORDS_SPELT_OUT = {**_QUESTION_WORDS_TEXTED, **_SMALL_WORDS_SLIPPED, **_SLANG_WORDS}
_WORD_SPELT_OUT = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(_WORDS_SPELT_OUT) + r")(?![\w'’-])", re.IGNORECASE
)

# "can u tell me what they agreed on", "do u know who pompeo is": a request texted with "u"
# for "you", spelt out so the request around the question is seen and set aside. Only
# after a request's verb and before its own verb: a lone "u" elsewhere may be a letter.
_YOU_TEXTED_IN_REQUEST = re.compile(
    r"(?<![\w'’.-])(?P<ask>can|could|would|will|do|did)\s+u"
    r"(?=\s+(?:tell|say|explain|give|list|let|know|name|remind|show)\b)",
    re.IGNORECASE,
)


# Office words slipped into another English word, which the speller leaves alone as a word
# of its own: "is Sing the indian foriegn minster", "is singh india's defence minster?" ask
# of a minister (a minster is a church, which this article has none of); "the deputy
# secretory of state" of a secretary. A name stays one: "York Minster", capitalised after
# a capitalised word.
_OFFICE_WORDS_SLIPPED = {
    "minster": "minister",
    "secretory": "secretary",
}
# Words of an office, never of a church's name: "the Foreign Minster" is a minister.
_OFFICE_WORDS_BEFORE = frozenset("foreign defense defence prime deputy chief cabinet".split())
_OFFICE_WORD_SLIPPED = re.compile(
    r"(?<![\w'’-])(?P<before>[A-Z][\w.'’]*\s+)?(?P<slip>"
    + "|".join(_OFFICE_WORDS_SLIPPED)
    + r")(?![\w'’-])",
    re.IGNORECASE,
)

# An oath put after a question word, which only says how impatient the asker is: "who tf
# is begin", "what the hell is BECA", "where on earth did they meet" ask what they would
# without it.
_OATH_AFTER_QUESTION_WORD = re.compile(
    r"(?<![\w'’-])(?P<asked>(?:who|what|where|when|why|how|which)(?:['’]?s)?)\s+"
    r"(?:tf|the\s+(?:hell|heck|fuck|frick|fudge|devil)|on\s+earth|in\s+the\s+world)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)

# A question asked inside a remark, in a statement's word order: "idk what beca is", "not
# sure what the quad is", "what the 2+2 is?" ask "what is beca?". The subject is a name or
# a noun of one or two words ("the 2+2"), never a pronoun ("what day it was").
_ASKED_INSIDE = re.compile(
    r"^\s*(?:(?:idk|dunno|i\s+(?:dont|don['’]t|do\s+not)\s+know|not\s+sure|no\s+idea"
    r"|i\s+wonder|wondering)\s+)?"
    r"(?P<asked>what|who)\s+(?P<subject>(?:the\s+)?[\w+.-]+(?:\s+[\w+.-]+)?)"
    r"\s+(?P<verb>is|are|was|were)\s*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)
_NOT_A_SUBJECT = frozenset("it he she they this that these those there you i we one".split())
# A request to explain put after such a question, which asks nothing more: "idk what BECA
# is, explain", "no idea what the quad is - pls explain it to me", "what the 2+2 is? tell me".
_EXPLAIN_REQUEST_AFTER = re.compile(
    r"(?:\s*[,;:]|\s+-|[?]|\s)\s*(?:(?:pls|plz|please|so|can\s+you|could\s+you)\s+)?"
    r"(?:explain|tell\s+me|help)(?:\s+(?:it|pls|plz|please|(?:it\s+)?to\s+me))*"
    r"(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)

# A true-or-false item in a quiz's shorthand ("T/F: Singh is India's foreign minister",
# "T or F - the talks were in Tokyo", "True/False: …", "…in Tokyo, T/F?"), put as the
# "true or false" every reading knows; so are its slips ("true or flase", "ture or false").
_TRUE_FALSE_SHORT = re.compile(
    r"(?:^\s*|(?<=[,;:-])\s*|\s+-\s+)(?:t\s*/\s*f|t\s+or\s+f|true\s*/\s*false"
    r"|t(?:rue|ure|reu|ru|rue?e)\s+or\s+f(?:alse|lase|asle|als|alce|lse|alsse))(?![\w/])",
    re.IGNORECASE,
)

# A lone "2" or "4" between words: not in a sum ("2+2", "2 + 2", "2 plus 2"), a date
# ("Oct. 2") or a bigger number.
_LONE_DIGIT = re.compile(
    r"(?<![\w+.,/:#¶§$£()\[-])(?<!\+ )[24](?![\w+.,/:%)\]-])(?! ?\+)(?! plus\b)"
)

# Words after which a number counts something: "were there 2?", "the 4 of them", "only 2",
# "2 plus 2".
_COUNTING_BEFORE = frozenset(
    """
the these those all only just about around over under than of were was are is be it there
his her their its top last first next my our your any some no nearly almost exactly least
most like plus minus times x
paragraph paragraphs para paras section line lines sentence page number no option step item
round part chapter question q point or and nor between vs versus
""".split()
)
# Words after which a number still counts: "2 or 3", "2 of them", "4 more".
_COUNTING_AFTER = frozenset("of or and more times people ppl men women x".split())

# "whometsingh": at most this many words run together, each from the facts or a question's
# own words, two letters or more ("in", "on"), never a clipped ending ("re", "ll").
_MOST_RUN_TOGETHER = 4
_NOT_WORDS_ALONE = frozenset("s t d ll re ve m".split())


def texted_read(text: str, known: Callable[[str], bool], vocabulary: frozenset[str]) -> str:
    """The question a texted one asks (see the module's note). `known` says whether a word
    is one of its own (never rewritten); `vocabulary` holds the words a run-together word
    may be split into (the facts' and a question's own words)."""
    text = _TRUE_FALSE_SHORT.sub(_true_or_false_spelt, text)
    text = _DIGIT_WORD.sub(lambda m: _DIGIT_WORDS[m.group(0).lower()], text)
    text = _WORD_SPELT_OUT.sub(lambda m: _WORDS_SPELT_OUT[m.group(0).lower()], text)
    text = _YOU_TEXTED_IN_REQUEST.sub(lambda m: f"{m.group('ask')} you", text)
    text = _OFFICE_WORD_SLIPPED.sub(_office_word_spelt, text)
    text = _OATH_AFTER_QUESTION_WORD.sub(lambda m: m.group("asked"), text)
    text = _asked_in_order(text)
    if "2" in text or "4" in text:
        text = _lone_digits_read(text)
    return _RUN_ON.sub(lambda m: _word_read(m, known, vocabulary), text)


def _office_word_spelt(match: re.Match[str]) -> str:
    """ "foreign minster" → "foreign minister": the office word the slip stands for; "York
    Minster", a name, as typed."""
    before, slip = match.group("before") or "", match.group("slip")
    named = before[:1].isupper() and slip[:1].isupper()
    if named and before.strip().lower() not in _OFFICE_WORDS_BEFORE:
        return match.group(0)
    return before + _OFFICE_WORDS_SLIPPED[slip.lower()]


def _asked_in_order(text: str) -> str:
    """ "idk what beca is" → "what is beca"; any other text as it is."""
    found = _ASKED_INSIDE.match(_EXPLAIN_REQUEST_AFTER.sub("", text, count=1))
    if found is None or not _NOT_A_SUBJECT.isdisjoint(found["subject"].lower().split()):
        return text
    return f"{found['asked']} {found['verb']} {found['subject']}{found['end']}"


def _true_or_false_spelt(match: re.Match[str]) -> str:
    """ "T/F:" → "true or false:", keeping what led up to it (" - T/F?" → " - true or false?")."""
    lead = match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip())]
    shorthand = match.group(0).strip()
    if shorthand.startswith("-"):
        return f"{lead}- true or false"
    return f"{lead}true or false"


def _lone_digits_read(text: str) -> str:
    """ "did esper go 2 tokyo" → "…go to tokyo", "at tokyo talks 2?" → "…talks too?",
    "beca stands 4?" → "…stands for?"; "the 2 sides", "how many? 4", "2 or 3" count."""
    if re.search(r"\bhow\s+many\b", text, re.IGNORECASE) or len(text.split()) < 2:
        return text  # "how many 2+2s, 2?": numbers asked about

    def read(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        after = text[match.end() :].split()
        previous = re.sub(r"\W", "", before[-1]).lower() if before else ""
        following = re.sub(r"[^\w+]", "", after[0]).lower() if after else ""
        if not previous or previous.isdigit() or previous in MONTHS:
            return match.group(0)  # "2 sides agreed", "oct 26 2", "oct 2"
        if previous in _COUNTING_BEFORE or following in _COUNTING_AFTER:
            return match.group(0)
        if following.isdigit() or (following.endswith("s") and len(following) > 3):
            return match.group(0)  # "met 2 ministers", "2 countries"
        if following.endswith("est") and len(following) > 4:
            return match.group(0)  # "worlds 2 largest democracies", "the 2 closest allies"
        if match.group(0) == "4":
            return "for"
        last = not following
        return "too" if last else "to"

    return _LONE_DIGIT.sub(read, text)


# A word of letters only, long enough to hold two words.
_RUN_ON = re.compile(r"(?<![\w'’-])[A-Za-z]{6,}(?![\w'’-])")


def _word_read(
    match: re.Match[str], known: Callable[[str], bool], vocabulary: frozenset[str]
) -> str:
    """One word as meant: "gettin" → "getting", "whometsingh" → "who met singh"; as typed
    when it is a word of its own or neither."""
    typed = match.group(0)
    word = typed.lower()
    if word in vocabulary or word in COMMON_WORDS:
        return typed
    if word.endswith("in") and (word + "g" in vocabulary or word + "g" in COMMON_WORDS):
        return typed + "g"  # "workin", "talkin": the g dropped, not a word of its own
    if known(word):
        return typed
    pieces = _split_run_on(word, vocabulary)
    return " ".join(pieces) if pieces else typed


def _split_run_on(word: str, vocabulary: frozenset[str]) -> tuple[str, ...] | None:
    """The fewest words `word` is made of ("whometsingh" → who, met, singh), longer pieces
    first when as few; None when it is no run of known words."""
    return _split_cached(word, vocabulary)


@lru_cache(maxsize=4096)
def _split_cached(word: str, vocabulary: frozenset[str]) -> tuple[str, ...] | None:
    best: tuple[str, ...] | None = None
    for end in range(len(word) - 2, 1, -1):  # longest first piece first
        head = word[:end]
        if not _piece(head, vocabulary):
            continue
        tail = word[end:]
        if _piece(tail, vocabulary):
            return (head, tail)  # two pieces: as few as there can be
        rest = _split_cached(tail, vocabulary)
        if (
            rest is not None
            and len(rest) < _MOST_RUN_TOGETHER
            and (best is None or len(rest) + 1 < len(best))
        ):
            best = (head, *rest)
    return best


def _piece(piece: str, vocabulary: frozenset[str]) -> bool:
    """A word a run-together word may hold: a known word, two letters or more; two-letter
    ones only the question's own ("in", "of"), never an ending ("re")."""
    if len(piece) < 2 or piece in _NOT_WORDS_ALONE or piece not in vocabulary:
        return False
    return len(piece) > 2 or piece in STOPWORDS
