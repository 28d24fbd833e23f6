"""A spoken question, as a voice assistant transcribes it, read as if typed: restarts keep
only the question finally asked ("who met uh no scratch that where was the meeting"), the
filler "like" goes ("did they talk about like cooperation"), number words misheard as their
sound-alikes count again ("too plus too" is "two plus two"), and a name heard as several
words is joined back when its sound is an alias's ("pom pay oh" is "pompeo", "quad repartee"
"quadripartite"), numbers said in words are digits ("october twenty sixth" is "october 26"),
and "who exactly is…" asks who one is. Everything else is left as transcribed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import pairwise

from bot.engine import prefilter
from bot.engine.lexicon import MONTHS, STOPWORDS
from bot.engine.message import QUESTION_START
from bot.engine.spelling import ENGLISH_WORDS

# "who met uh no wait where did they meet", "when was the um actually what was the agreement
# called", "who met singh scratch that who met pompeo": a speaker restarting, and the words
# that say so. "actually" and "sorry" alone restart only after a hesitation ("um actually"):
# "what actually did they sign" asks on.
_RESTART = prefilter.compile(
    r"(?:\b(?:u+h+|u+m+|e+r+m*|h+m+)\s+(?:no\s+)?(?:actually|sorry|no|wait|i\s+mean)"
    r"|\bno\s+(?:wait|sorry)|\bwait\s+no|\bscratch\s+that|\bi\s+mean|\bor\s+rather)"
    r"(?:\s+(?:wait|no|sorry|scratch\s+that|actually|i\s+mean))*\s+",
    re.IGNORECASE,
)

# "like" said only to hold the floor: after a hesitation or "so"/"about" ("talk about like
# cooperation", "so like who are…"), or before a question word ("raj nath sing like whats
# his job"). "like Japan" after a noun ("countries like Japan") is left as meant.
_FILLER_LIKE = prefilter.compile(
    r"(?:(?<=\b(?:uh|um|er|so))|(?<=\babout)|^)\s+like\b(?=\s)|(?<=\w)\s+like(?=\s+(?:who|what|whats|"
    r"what's|when|where|why|how|which)\b)|^like\s+",
    re.IGNORECASE,
)

_SPACES = re.compile(r" {2,}")

# A question's last words that only hand the turn back: "where did they meet you know".
_TRAILING_FILLER = prefilter.compile(r"\s+(?:you\s+know|so\s+yeah)\s*\??\s*$", re.IGNORECASE)

# Number words the transcriber hears as their sound-alikes, where a sum says a number is
# meant: "too plus too", "to plus two", "for plus for".
_SOUND_ALIKE_NUMBERS = {"too": "two", "to": "two", "for": "four", "won": "one", "ate": "eight"}
_SUMMED = prefilter.compile(r"\b(too|to|two|for|four|won|one|ate|eight)\s+plus\s+(\w+)", re.I)


def spoken_read(text: str, sounds: Mapping[str, tuple[str, ...]]) -> str:
    """The question a voice transcript asks (see the module's note); `sounds` is
    `sound_keys` of the aliases' words."""
    text = _restarted(text)
    text = _SPACES.sub(" ", _FILLER_LIKE.sub(" ", text)).strip()
    text = _TRAILING_FILLER.sub("", text) or text
    text = _SUMMED.sub(_numbers_summed, text)
    text = _SPOKEN_NUMBER.sub(_number_written, text)
    text = _WH_EMPHASIS.sub(r"\g<wh> ", text)
    return _names_joined(text, sounds)


_PUNCTUATED = re.compile(r"[.,;:!?\u2014\u2013]|\s-")


def _restarted(text: str) -> str:
    """The question after the last restart, when what follows it is a whole question
    ("…uh no wait where did they meet" → "where did they meet"); the message as it was
    otherwise ("is it signed i mean" restarts nothing)."""
    last = None
    for found in _RESTART.finditer(text):
        last = found
    if last is None or last.start() == 0:
        return text
    if _PUNCTUATED.search(text[: last.start()]):
        # "Was the meeting in Washington — sorry, I mean was it in India?": typed, and
        # `self_corrected` puts back what "it" stands for.
        return text
    after = text[last.end() :].strip()
    if len(after.split()) < 3 or not QUESTION_START.match(after):
        return text
    return after


def _numbers_summed(found: re.Match[str]) -> str:
    first, second = found[1], found[2]
    first = _SOUND_ALIKE_NUMBERS.get(first.lower(), first)
    return f"{first} plus {_SOUND_ALIKE_NUMBERS.get(second.lower(), second)}"


# "twenty first century", "october twenty sixth": a number said in words, written as digits
# the way the article and the date readers take it ("21st century", "october 26").
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_UNITS = {
    **dict.fromkeys(("one", "first"), 1),
    **dict.fromkeys(("two", "second"), 2),
    **dict.fromkeys(("three", "third"), 3),
    **dict.fromkeys(("four", "fourth"), 4),
    **dict.fromkeys(("five", "fifth"), 5),
    **dict.fromkeys(("six", "sixth"), 6),
    **dict.fromkeys(("seven", "seventh"), 7),
    **dict.fromkeys(("eight", "eighth"), 8),
    **dict.fromkeys(("nine", "ninth"), 9),
}
_ORDINAL_ENDINGS = {"first": "st", "second": "nd", "third": "rd"}
_SPOKEN_NUMBER = prefilter.compile(
    r"(?P<month>\b(?:" + "|".join(MONTHS) + r")\s+(?:the\s+)?)?"
    r"\b(?P<tens>" + "|".join(_TENS) + r")[\s-]+(?P<unit>" + "|".join(_UNITS) + r")\b",
    re.IGNORECASE,
)


def _number_written(found: re.Match[str]) -> str:
    unit = found["unit"].lower()
    number = _TENS[found["tens"].lower()] + _UNITS[unit]
    month = found["month"]
    if month:
        return f"{month.split()[0]} {number}"  # "october twenty sixth" is "october 26"
    if unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        return str(number)
    return f"{number}{_ORDINAL_ENDINGS.get(unit, 'th')}"


# "who exactly is singh", "what exactly is BECA": the adverb only stresses who or what one
# is, and between the question word and its verb it hides the question. "When exactly did
# Begin go?" asks for more than the article gives: its "exactly" stays.
_WH_EMPHASIS = prefilter.compile(
    r"\b(?P<wh>who|what)\s+(?:exactly|precisely)\s+(?=(?:is|was|are|were)\b)",
    re.IGNORECASE,
)


# What a word sounds like, roughly: its consonants in order, with letters that sound alike
# made one ("ph" is "f", "c"/"k"/"q" are "k") and vowels, "h", "w", "y" and doubles
# dropped: "pompeo" and "pom pay oh" are both "pmp", "quadripartite" and "quad repartee"
# both "kdrprt".
_SOUND_PAIRS = (("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("z", "s"), ("x", "ks"))
_SILENT = frozenset("aeiouhwy")


# A pure function of a word met again in most questions ("esper", "what did"): remembered.
@lru_cache(maxsize=8192)
def sound_key(word: str) -> str:
    word = word.lower()
    for spelt, sound in _SOUND_PAIRS:
        word = word.replace(spelt, sound)
    key: list[str] = []
    for letter in word:
        if letter in _SILENT or not letter.isalpha():
            continue
        if not key or key[-1] != letter:
            key.append(letter)
    return "".join(key)


# A name joined from heard pieces must be at least this long: shorter names sound like too
# many pairs of ordinary words.
_MIN_NAME = 5
_ENGLISH = frozenset(ENGLISH_WORDS)


def sound_keys(aliases: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The names among the aliases' words by their sound, for `spoken_read`: the index
    computes this once. English words ("minister", "indian") are not names one mishears as
    pieces; nor is a name written as one word that the aliases also give as two
    ("newdelhi" for "new delhi", which "new deal" must not become)."""
    aliases = list(aliases)
    words = {word for alias in aliases for word in alias}
    spelt_apart = {"".join(alias) for alias in aliases if len(alias) > 1}
    keys: dict[str, list[str]] = {}
    for word in sorted(words - spelt_apart - _ENGLISH):
        if len(word) >= _MIN_NAME and word.isalpha():
            keys.setdefault(sound_key(word), []).append(word)
    return {key: tuple(names) for key, names in keys.items()}


_WORD = re.compile(r"[A-Za-z]+")


def _names_joined(text: str, sounds: Mapping[str, tuple[str, ...]]) -> str:
    """ "what did pom pay oh say" → "what did pompeo say": two or three words in a row that
    together sound like one alias word, start with its letter and are spelt nearly as it is
    (at most half its letters differ). A single word is left to spelling and fuzzy
    linking; the words of an alias already ("new delhi") are never joined."""
    words = list(_WORD.finditer(text))
    # A function word is in no name (`_heard_apart`): tested once a word here rather than in
    # each span of two and three words it would be in.
    function = [w[0].lower() in STOPWORDS for w in words]
    function.append(True)  # past the last word: no span goes on there
    pieces: list[str] = []
    at = 0
    i = 0
    while i < len(words):
        # Every span tried from here has this word and the next (a span is two or three).
        if function[i] or function[i + 1]:
            i += 1
            continue
        joined = _joined_at(words, i, sounds)
        if joined is None:
            i += 1
            continue
        name, taken = joined
        pieces.append(text[at : words[i].start()])
        pieces.append(name)
        at = words[i + taken - 1].end()
        i += taken
    if not pieces:
        return text
    return "".join(pieces) + text[at:]


def _joined_at(
    words: list[re.Match[str]], i: int, sounds: Mapping[str, tuple[str, ...]]
) -> tuple[str, int] | None:
    for taken in (3, 2):
        span = words[i : i + taken]
        if len(span) < taken:
            continue
        heard = "".join(w[0].lower() for w in span)
        # The length first: it turns most spans away, and costs less than hearing them.
        if len(heard) < _MIN_NAME or not _heard_apart(span, sounds):
            continue
        for name in sounds.get(sound_key(heard), ()):
            if name[0] == heard[0] and _nearly_spelt(heard, name):
                return name, taken
    return None


def _heard_apart(span: list[re.Match[str]], sounds: Mapping[str, tuple[str, ...]]) -> bool:
    """Words a single space apart that may be pieces of one name: none a function word ("a
    us" is no "aussie", "india is" no "indian"), and none after the first a name already
    ("new delhi" stays two words; "quad repartee" may join)."""
    text = span[0].string
    if any(text[a.end() : b.start()] != " " for a, b in pairwise(span)):
        return False  # "China's" is one word, not "china s"
    pieces = [w[0].lower() for w in span]
    if any(p in STOPWORDS for p in pieces):
        return False
    return not any(_is_name(p, sounds) for p in pieces[1:])


def _is_name(word: str, sounds: Mapping[str, tuple[str, ...]]) -> bool:
    return word in sounds.get(sound_key(word), ())


def _nearly_spelt(heard: str, name: str) -> bool:
    return abs(len(heard) - len(name)) <= 2 and _distance(heard, name) * 2 <= len(name)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance; both words are short."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        last, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            last, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, last + (x != y))
    return row[-1]
