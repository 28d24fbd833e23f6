"""Questions about how the article spells a word, letter by letter or as a word it might
not use: "Is Esper spelt with one p?", "does Rajnath start with an R?", "is Esper spelt
E-S-P-E-R?", "how is Rajnath spelt?", "does the article use the word 'BECA'?".

Only the reading of the question is here; the answers come from the article's own
characters (verbatim.py), so nothing is said of a word the article does not write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "LetterAsked",
    "letter_asked",
    "letters_joined",
    "spelling_of_asked",
    "variant_asked",
    "word_use_asked",
]

_LEAD = r"^(?:(?:so|and|but|ok|okay|also|then|quick q)\W+)*"
# The word asked of, bare or quoted, or as "the name X" / "X's name".
_WORD = r"(?:the (?:name|word|surname|spelling) )?['\"]?(?P<word>[a-z][a-z-]*)['\"]?(?:'s name)?"
_SPELT = r"(?:spelt|spelled|spelt out|spelled out|written)"
_LETTER = r"(?:the letter )?['\"]?(?P<letter>[a-z])['\"]?(?:'?s)?"
# How many of a letter: "one p", "two p's", "a double s", "a j".
_COUNT = r"(?P<count>a single|a double|double|single|one|two|three|an|a)"
_WHERE = r"(?: (?:at|in) the (?P<where>start|beginning|front|end)|(?: in it| in there| anywhere))?"
# "Is Esper spelt with one p?", "is Delhi spelt with an h?", "is Esper spelt with an e at
# the start?", "is Singh written with a double n?".
_SPELT_WITH = re.compile(
    rf"{_LEAD}(?:is|was) {_WORD} {_SPELT} with {_COUNT} {_LETTER}{_WHERE}"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?\W*$"
)
# "Does Esper start with an E?", "does Rajnath begin with r?", "does Singh end in h?",
# "does Rajnath have a j in it?", "does Esper contain two p's?".
_DOES_HAVE = re.compile(
    rf"{_LEAD}(?:does|do) {_WORD} (?:(?P<verb>start|begin|end)s? (?:with|in)|have|contain)"
    rf"(?: {_COUNT})? {_LETTER}{_WHERE}"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?\W*$"
)
# "Is there a j in Rajnath?", "are there two p's in Esper?"
_THERE_IS = re.compile(
    rf"{_LEAD}(?:is|are) there {_COUNT} {_LETTER} in {_WORD}"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?\W*$"
)
_COUNTS = {"one": 1, "a single": 1, "single": 1, "two": 2, "double": 2, "a double": 2, "three": 3}
_POSITIONS = {"start": "start", "beginning": "start", "front": "start", "begin": "start"}
# A word spelt out letter by letter: "E-S-P-E-R", "E S P E R", "S.I.N.G.H" (three letters
# at least, so "U.S." is no spelling).
_SPELT_OUT = re.compile(r"(?<![\w.-])[a-z](?:[-. ][a-z]){2,}(?![\w-])", re.IGNORECASE)
_SPELLING_CUE = re.compile(r"\bspel(?:l|ls|led|lt|t|ling)\b|\bwritten\b", re.IGNORECASE)
# "How is Rajnath spelt?", "how is New Delhi spelled in the article?", "how does the article
# spell Esper?", "what's the spelling of Rajnath?": the word as the article writes it.
_HOW_SPELT = re.compile(
    rf"{_LEAD}(?:how (?:is|are|was) (?P<a>[a-z][a-z .-]*?) {_SPELT}"
    r"|how (?:does|did) (?:the (?:article|story|piece|text|report)|it) spell (?P<b>[a-z][a-z .-]*?)"
    r"|what(?:'s| is) the spelling (?:of|for) (?P<c>[a-z][a-z .-]*?))"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report)| here)?\W*$"
)
# "Does the article use the word 'BECA'?", "does it say 'Pentagon' anywhere?", "is the
# term 'Quad' used in the article?", "does the word 'BECA' appear?": of the word itself.
_WORD_USE = re.compile(
    rf"{_LEAD}(?:(?:does|did) (?:the (?:article|story|piece|text|report)|it) (?:ever )?"
    r"(?:use|say|contain|mention|write|include)(?: the (?:word|term|name|acronym|abbreviation))?"
    r"(?: ['\"](?P<a>[^'\"]+)['\"]|(?<= word| term| name) (?P<d>[a-z][\w-]*))"
    r"(?: anywhere| at all| ever)?"
    r"|(?:does|did) the (?:word|term|name|acronym|abbreviation) ['\"](?P<b>[^'\"]+)['\"]"
    r" (?:appear|occur|come up|show up)(?: anywhere| at all)?"
    r"|(?:is|was) the (?:word|term|name|acronym|abbreviation) ['\"](?P<c>[^'\"]+)['\"]"
    r" (?:used|mentioned|in it|there))"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?\W*$"
)


@dataclass(frozen=True, slots=True)
class LetterAsked:
    """A letter asked of a word: how many times it has it (None: at least once), or
    whether it starts or ends with it."""

    word: str
    letter: str
    count: int | None
    position: str | None  # "start", "end" or None (anywhere)


def letter_asked(lowered: str) -> LetterAsked | None:
    """ "is esper spelt with one p?" → (esper, p, 1, None); "does rajnath start with an
    r?" → (rajnath, r, None, start); None for any other question."""
    found = _SPELT_WITH.match(lowered) or _DOES_HAVE.match(lowered) or _THERE_IS.match(lowered)
    if found is None:
        return None
    groups = found.groupdict()
    where = groups.get("where") or groups.get("verb")
    position = _POSITIONS.get(where, where) if where else None
    count = _COUNTS.get(groups.get("count") or "")
    return LetterAsked(found["word"], found["letter"], count, position)


def letters_joined(text: str) -> str:
    """A spelling question with a word spelt out letter by letter put as the word: "is
    Esper spelt E-S-P-E-R?" → "is Esper spelt Esper?"; other text as it is."""
    if _SPELLING_CUE.search(text) is None:
        return text
    return _SPELT_OUT.sub(_letters_as_words, text)


def _letters_as_words(spelt: re.Match[str]) -> str:
    """Letters spelt out as words: "E-S-P-E-R" → "Esper", "E S P E R" → "Esper"; where
    hyphens or dots join the letters, a space parts two words: "N-E-W D-E-L-H-I" → "New
    Delhi" (not "Newdelhi", which the article never writes)."""
    letters = spelt.group()
    parts = letters.split() if re.search(r"[-.]", letters) else [letters]
    return " ".join(re.sub(r"[-. ]", "", part).capitalize() for part in parts)


def spelling_of_asked(lowered: str) -> str | None:
    """The words whose spelling is asked: "how is new delhi spelt?" → "new delhi"."""
    found = _HOW_SPELT.match(lowered)
    if found is None:
        return None
    asked = (found["a"] or found["b"] or found["c"] or "").strip(" .")
    return asked.removesuffix("'s name").removesuffix(" name") or None


def word_use_asked(folded: str) -> str | None:
    """The word a question asks whether the article writes, as typed: "does the article use
    the word 'BECA'?" → "BECA"."""
    found = _WORD_USE.match(folded.lower())
    if found is None:
        return None
    # "does the article use the word BECA?": unquoted after what it is called.
    group = next(name for name in ("a", "b", "c", "d") if found[name])
    return folded[found.start(group) : found.end(group)].strip()


_PHRASE = r"(?P<{0}>[a-z][a-z-]*(?: [a-z][a-z-]*){{0,2}})"
_IN_ARTICLE = r"(?:anywhere|here|at all|in the (?:article|story|piece|text|report))"
# A spelling put to the article, unquoted: "is it Defence anywhere?", "is Defence used in
# the article?", "does the article spell it Defence?", "does it write Rajnaath?".
_VARIANT = re.compile(
    rf"{_LEAD}(?:is it {_PHRASE.format('a')} {_IN_ARTICLE}"
    rf"|(?:is|was) {_PHRASE.format('b')} (?:used|written|spelt|spelled) {_IN_ARTICLE}"
    rf"|(?:does|did) (?:the (?:article|story|piece|text|report)|it) (?:spell it|spell|write)"
    rf" {_PHRASE.format('c')}(?: {_IN_ARTICLE})?)\W*$"
)
# After a spelling question, another put short: "How is Rajnath spelt?" "and is it Defence
# Minister?" (a spelling too, not Singh's title), "and Esper?" (how Esper is spelt).
# Quoted too: "Is it spelt 'Esper'?" "and 'Biegun'?" (a spelling, not who Pompeo is).
_SPELLING_AGAIN = re.compile(
    rf"{_LEAD}(?:(?P<claim>is it|it's|or) ['\"]?{_PHRASE.format('a')}['\"]?"
    rf"|(?P<about>what about |how about )?['\"]?{_PHRASE.format('b')}['\"]?)\W*$"
)
# A spelling question asked for a yes or a no: "is it spelt 'Esper'?", "is BECA spelt…?".
_YES_NO_ASKED = re.compile(rf"{_LEAD}(?:is|was|are|does|did)\b")
# "How is Rajnath spelt?" "when?": a question of its own, not a word to spell.
_QUESTION_WORDS = frozenset("who whom whose what when where why how which".split())


def variant_asked(lowered: str, last_questions: tuple[str, ...]) -> tuple[str, bool] | None:
    """The words a question asks whether the article spells so, and whether it claims
    them (True: "is it Defence anywhere?") or asks how they are spelt (False: "and Esper?"
    after "how is Rajnath spelt?", one of the last questions); None for any other."""
    found = _VARIANT.match(lowered)
    if found is not None:
        return (found["a"] or found["b"] or found["c"]), True
    if not any(_spelling_question(last.lower()) for last in last_questions):
        return None
    again = _SPELLING_AGAIN.match(lowered)
    if again is None or _asks_of_its_own(again):
        return None
    return (again["a"] or again["b"]), bool(again["claim"]) or _claimed_again(again, last_questions)


def _claimed_again(again: re.Match[str], last_questions: tuple[str, ...]) -> bool:
    """Whether a quoted word put short after a yes-or-no spelling question claims its
    spelling too: "Is it spelt 'Esper'?" "and 'Biegun'?" (No: “Begin”)."""
    word = again["a"] or again["b"]
    quoted = again.string[: again.string.find(word)].endswith(("'", '"'))
    return quoted and any(
        _YES_NO_ASKED.match(last.lower()) and _spelling_question(last.lower())
        for last in last_questions
    )


def _asks_of_its_own(again: re.Match[str]) -> bool:
    """ "when?", "then what about china?" after a spelling question: a question word, or
    a question put of a thing (what the article says of China), not a word to spell."""
    if again["b"] is None:
        return False
    return bool(again["about"]) or again["b"].split()[0] in _QUESTION_WORDS


def _spelling_question(lowered: str) -> bool:
    """Whether a question asks how the article spells something."""
    return bool(_SPELLING_CUE.search(lowered) or letter_asked(lowered) or _HOW_SPELT.match(lowered))
