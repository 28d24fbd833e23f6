"""A quiz's lettered options after its question: "Which countries took part in the Tokyo
talks? A) US, Japan, India, Australia B) US and India", "Who went to Tokyo? (a) Begin (b)
Singh (c) Esper and Pompeo". The question is answered alone, and the one option whose whole
content that answer bears out is picked: not an option naming only part of it ("US and
India" of the four), and none when two fit equally or the answer is a denial."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.choices import Choices
from bot.engine.index import term
from bot.engine.lexicon import NUMBER_WORDS, STOPWORDS
from bot.text import normalise

__all__ = [
    "NONE_OF_THEM",
    "Lettered",
    "Reading",
    "completed_claims",
    "lettered_split",
    "option_borne_out",
    "read_once",
    "terms_of",
]

# "A) …", "(b) …", "c. …" is too loose (initials): a letter closed by a bracket.
_LETTER = re.compile(r"(?:(?<=^)|(?<=[\s:;,?]))\(?([A-Fa-f])\)\s*")
_TRAILING_JOIN = re.compile(r"[\s,]+(?:or|and)$", re.IGNORECASE)
# "Q1:", "Question 3.", "Multiple choice:", "Quiz -": a quiz's label, not the question.
_QUIZ_LABEL = re.compile(
    r"^\s*(?:q\s*\d+|question\s*\d+|multiple[- ]choice|mcq|quiz(?: time)?)\s*[:.)\-–—]\s*",
    re.IGNORECASE,
)
# "Choose: the meeting was on A) … B) …", "Pick one - …": an instruction to pick, which asks
# nothing itself; what follows it is the question or the stem to complete.
_PICK_LEAD = re.compile(
    r"^\s*(?:(?:please |now )?(?:choose|pick|select|circle|tick)"
    r"(?: (?:one|the (?:right|correct|best) (?:one|answer|option)|an? (?:answer|option)))?"
    r"|which is (?:right|correct))\s*[:.)\-–—]\s*",
    re.IGNORECASE,
)
# A stem ending in an article or a preposition is a sentence the options complete: "the
# meeting was on A) Oct 25 B) Oct 26", "BECA stands for A) … B) …", "the number is A) 2".
# A stem opening as a question does ("Was the meeting A) after or B) before the 2+2?") has
# its options inside it, unless it breaks off at a preposition ("Was it held in A) …").
_ASKS = re.compile(
    r"^\s*(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has"
    r"|have|had|can|could|will|would|should)\b",
    re.IGNORECASE,
)
_STEM_END = re.compile(
    r"\b(?:on|in|at|for|by|with|to|from|of|is|was|are|were|be|means|stands for|called|named"
    r"|between|during|about|the|a|an)$",
    re.IGNORECASE,
)
# "Which of these was NOT listed…": the option the article does not bear out, which the
# yes-or-no reading of each option decides (choices.py), not this one.
_NEGATED = re.compile(r"\bnot\b|n't\b|\bexcept\b|\bodd one\b", re.IGNORECASE)
_DIGITS = {str(value): word for word, value in NUMBER_WORDS.items()}
# "C) both", "D) all of the above": a pick among the others, which this reading never makes.
# "C) none of the above", "D) none of these", "neither": the option left for an answer that
# fits no other.
NONE_OF_THEM = re.compile(
    r"^\s*(?:none(?: of (?:the above|these|those|them|the others|the options))?|neither"
    r"(?: of (?:them|these|the above))?|no(?:ne)? such|not (?:mentioned|stated|in the article)"
    r"|other)\s*[.!?]*\s*$",
    re.IGNORECASE,
)
_NO_CONTENT = frozenset(term(w) for w in ("both", "all", "none", "above", "neither"))


@dataclass(frozen=True, slots=True)
class Lettered:
    """The question asked, and the options in order with their letters."""

    question: str
    letters: tuple[str, ...]
    options: tuple[str, ...]
    # "the meeting was on A) Oct 25 B) Oct 26": the options complete the question's
    # sentence, which is asked as a blank to fill ("the meeting was on ___.").
    completes: bool = False


def lettered_split(text: str) -> Lettered | None:
    """The question and options of "Who went to Tokyo? A) Begin B) Singh C) Esper and
    Pompeo", or None: options must run from A in order and follow the whole question
    (after "?", ":" or a dash), as options inside a sentence ("the meeting was A) after
    B) before the 2+2") are no question of their own."""
    if ")" not in text:
        return None
    markers = list(_LETTER.finditer(text))
    letters = "".join(m[1].lower() for m in markers)
    if len(markers) < 2 or letters != "abcdef"[: len(markers)]:
        return None
    before = _PICK_LEAD.sub("", text[: markers[0].start()].rstrip(), count=1)
    completes = not before.endswith(("?", ":", "-", "–", "—")) or _clause_before_colon(before)
    if completes and _STEM_END.search(before) is None and _ASKS.match(before):
        return None  # "Was the meeting A) after or B) before the 2+2?": options inside it
    question = _QUIZ_LABEL.sub("", before.rstrip(" :-–—")).strip()
    ends = [m.start() for m in markers[1:]] + [len(text)]
    options = tuple(
        _TRAILING_JOIN.sub("", text[m.end() : end].strip(" ,;.?"))
        for m, end in zip(markers, ends, strict=True)
    )
    if len(question.split()) < 2 or not all(options) or _NEGATED.search(question):
        return None
    if completes:
        question = f"{question} ___."
    elif not question.endswith("?"):
        question = f"{question}?" if not before.endswith(":") else question
    return Lettered(question, tuple(m[1].upper() for m in markers), options, completes)


def _clause_before_colon(before: str) -> bool:
    """ "US-India relations are: A) improving B) worsening": a sentence the options finish,
    set off by a colon; not a question ("Which day did they meet: A) …") nor a label alone
    ("Multiple choice: A) …")."""
    if not before.endswith(":") or _ASKS.match(_QUIZ_LABEL.sub("", before)):
        return False
    stem = _QUIZ_LABEL.sub("", before.removesuffix(":")).strip()
    return _STEM_END.search(stem) is not None


def completed_claims(stem: str, options: tuple[str, ...]) -> Choices:
    """ "the Tokyo talks were ___." with "bilateral", "quadripartite" → "is it true that the
    Tokyo talks were bilateral?" and so on: each option completing the sentence, a claim."""
    sentence = stem.removesuffix("___.").strip()
    return Choices(options, tuple(f"is it true that {sentence} {option}?" for option in options))


def terms_of(words: list[str]) -> frozenset[str]:
    """Content terms of normalised words, digits as words: "2" → two."""
    return frozenset(term(_DIGITS.get(w, w)) for w in words if w not in STOPWORDS)


def _terms(text: str) -> frozenset[str]:
    """Content terms, digits as words: "US-India, 2" → {usa, india, two}."""
    return terms_of(normalise(text).replace("-", " ").replace("/", " ").split())


# What a phrase names: the things it links to, and the terms of its words outside those names.
Reading = tuple[frozenset[str], frozenset[str]]


def read_once(read: Callable[[str], Reading]) -> Callable[[str], Reading]:
    """`read` remembering each phrase's reading: the answer and every option are read to
    pick one and read again to count those fitting when none is picked ("Who went to
    Tokyo? A) … F) …" parsed 8 times, not 14)."""
    readings: dict[str, Reading] = {}

    def remembered(phrase: str) -> Reading:
        found = readings.get(phrase)
        if found is None:
            found = readings[phrase] = read(phrase)
        return found

    return remembered


def option_borne_out(
    options: tuple[str, ...], answer: str, read: Callable[[str], Reading]
) -> int | None:
    """The index of the one option the answer bears out whole, or None. An option fits when
    the answer names every thing it names and says each of its other words; one naming only
    part of another fitting option's things is dropped ("US and India" beside "US, Japan,
    India, Australia"). Two fitting after that settle nothing."""
    named, _ = read(answer)
    said = _terms(answer)
    fitting: list[tuple[int, frozenset[str]]] = []
    for at, option in enumerate(options):
        things, words = read(option)
        words = words - _NO_CONTENT
        if not (things or words) or not things <= named or not words <= said:
            continue
        fitting.append((at, things))
    whole = [at for at, things in fitting if not any(things < other for _, other in fitting)]
    return whole[0] if len(whole) == 1 else None
