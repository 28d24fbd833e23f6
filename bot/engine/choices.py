"""Questions that offer three or more options: "Did they meet in Tokyo, New Delhi or
Washington?", "Which of these is NOT mentioned: Esper, Singh, Pompeo, Modi?". Each is read as
one yes-or-no question per option, so the engine's careful yes-or-no reading decides every
option and nothing here judges the article."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from bot.engine.lexicon import STOPWORDS

__all__ = ["Choices", "each_option_asked", "listed_choices", "two_noun_phrases"]

# A yes-or-no question opens with one of these: "Was it…", "Did they…".
_AUXILIARIES = frozenset("is was are were did does do has have had will would can could".split())
# Words an option may open with when every listed option does ("in Tokyo, in Delhi or in
# Beijing"), and the "of" inside a title ("Deputy Secretary of State").
_OPENERS = frozenset("the a an in on at to with by from".split())
_INSIDE = frozenset({"of"})
_MAX_OPTION_WORDS = 5
# "Which of these people is NOT mentioned in the article: Esper, Singh, Pompeo, Modi?",
# "Which of the following does the statement not mention — logistics, sharing or China?"
_WHICH_NOT = re.compile(
    r"^\s*which(?: one)?(?: of (?:these|the following|those)(?: \w+)?)?"
    r" (?P<aux>is|was|are|were|does|did|do|has|have|had)"
    r"(?P<subject>(?: [\w.'’+-]+)*?) not (?P<rest>[^:—–]+?)"
    r"\s*(?::|—|–| - )\s*(?P<list>.+?)\s*\??\s*$",
    re.IGNORECASE,
)
# "Which of these didn't Esper do: …", "which one isn't mentioned: …": the contracted
# "not" before the subject, up to the colon (or dash) before the options.
_WHICH_NOT_CONTRACTED = re.compile(
    r"^(?P<head>\s*which(?: one)?(?: of (?:these|the following|those)(?: \w+)?)?)"
    r" (?P<aux>is|was|are|were|does|did|do|has|have|had)n[’']t"
    r" (?P<words>[^:—–]+?)(?P<tail>\s*(?::|—|–| - ).*)$",
    re.IGNORECASE,
)
# A list of examples: "…, e.g. navy or air force", "…, such as AI, drones or cyber".
_EXAMPLES_LISTED = re.compile(
    r"(?:,|\s[-–—])\s*(?:e\.?\s?g\b\.?|i\.?\s?e\b\.?|such as|like|for example|for instance"
    r"|including)\b",
    re.IGNORECASE,
)
_TOKENS = re.compile(r"[^\s,]+|,")
# "Is Esper the defence secretary or the foreign minister?": two options, each a noun
# phrase of its own, the second ending the question.
_TWO_NOUN_PHRASES = re.compile(
    r"^\s*(?P<head>(?:is|was|are|were|did|does|do|has|had)\b.*?\s)"
    r"(?P<a>(?:the|a|an) [\w.'’+-]+(?: [\w.'’+-]+){0,3}?) or "
    r"(?P<b>(?:the|a|an) [\w.'’+-]+(?: [\w.'’+-]+){0,3})\s*\??\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Choices:
    """The options offered, and the yes-or-no question asked of each one alone."""

    options: tuple[str, ...]
    questions: tuple[str, ...]
    # "Which … is NOT …": the answer is the one option the article does not bear out.
    negated: bool = False


def listed_choices(text: str, is_name: Callable[[str], bool]) -> Choices | None:
    """The options of a question offering three or more, or None. `is_name` says whether
    a phrase is a name the fact base knows ("New Delhi"), so that a name of several words
    next to the list is taken whole."""
    return _which_not(odd_one_out_asked(text)) or _yes_no_choices(text, is_name)


def two_noun_phrases(text: str) -> Choices | None:
    """ "Is Esper the defence secretary or the foreign minister?" → "Is Esper the defence
    secretary?" and "Is Esper the foreign minister?": options the either-or reading of
    single words cannot take apart."""
    found = _TWO_NOUN_PHRASES.match(text)
    if found is None:
        return None
    options = (found["a"], found["b"])
    if not all(_an_option(option.split()) for option in options):
        return None
    head = found["head"].strip()
    return Choices(options, tuple(f"{head} {option}?" for option in options))


_AUXILIARIES = frozenset("did does do is are was were has have had will would can could".split())
_SUBJECT_PRONOUNS = frozenset("they he she it we".split())
# "did they praise the relationship or criticise it?": a yes-or-no question whose "or" joins
# two clauses (normalised text: one "or", the second clause with or without its own start).
_TWO_CLAUSES = re.compile(r"^(?P<aux>[a-z]+) (?P<left>(?:\S+ ){1,8}?\S+) or (?P<right>.+)$")


def two_clauses(text: str) -> Choices | None:
    """ "did they praise the relationship or criticise it" → "did they praise the
    relationship?" and "did they criticise it?"; "… or was it frosty" → "was it frosty?".
    None unless each clause can be asked alone."""
    found = _TWO_CLAUSES.match(text.strip(" ?"))
    if found is None or found["aux"] not in _AUXILIARIES or " or " in f" {found['right']} ":
        return None
    left, right = found["left"].split(), found["right"].split()
    if len(right) < 2 and right[0] not in _AUXILIARIES:
        return None  # "… or not", "… or China": an option, not a clause
    if right[0] in _AUXILIARIES:
        second = " ".join(right)
    elif left[0] in _SUBJECT_PRONOUNS:
        second = f"{found['aux']} {left[0]} {' '.join(right)}"
    else:
        return None
    first = f"{found['aux']} {found['left']}"
    return Choices((first, second), (f"{first}?", f"{second}?"))


# "Odd one out: USA, Japan, India, Australia, Russia - which wasn't part of the talks?",
# "odd one out: secure communications, logistics, cyber warfare": a list, then maybe what
# the odd one lacks.
_ODD_ONE_OUT = re.compile(
    r"^\s*(?:(?:which|what|who) (?:is|was|'s) )?(?:the )?odd (?:one|man|thing) out\s*[:,.\-–—]\s*"
    r"(?P<list>[^?:—–]+?)(?:\s*(?:[?—–]|\s-\s)\s*(?P<asked>which\b[^?]*?))?\s*\??\s*$",
    re.IGNORECASE,
)
_NOT_CONTRACTED = re.compile(r"\b(is|was|are|were|does|did|do|has|have|had)n[’']t\b", re.IGNORECASE)


def odd_one_out_asked(text: str) -> str:
    """ "Odd one out: A, B, C - which wasn't part of the talks?" → "which was not part of
    the talks: A, B, C?"; with no criterion, the one the article does not mention ("which
    of these is not mentioned: A, B, C?"). Other text unchanged."""
    found = _ODD_ONE_OUT.match(text)
    if found is None or "," not in found["list"]:
        return text
    asked = found["asked"] or "which of these is not mentioned"
    asked = _NOT_CONTRACTED.sub(r"\1 not", asked.strip())
    return f"{asked}: {found['list'].strip()}?"


def _which_not(text: str) -> Choices | None:
    """ "Which of these is NOT mentioned in the article: Esper, Singh, Pompeo, Modi?" →
    "Is Esper mentioned in the article?" and so on; "Which of these does the statement not
    mention: logistics, China?" → "Does the statement mention logistics?"."""
    found = _WHICH_NOT.match(text) or _WHICH_NOT.match(_not_put_back(text))
    if found is None:
        return None
    options = _split_list(found["list"])
    if options is None:
        return None
    aux, subject, rest = found["aux"].capitalize(), found["subject"].strip(), found["rest"]
    if subject:
        questions = [f"{aux} {subject} {rest} {option}?" for option in options]
    else:
        questions = [f"{aux} {option} {rest}?" for option in options]
    return Choices(tuple(options), tuple(questions), negated=True)


def _not_put_back(text: str) -> str:
    """ "Which of these didn't Esper do: …" as "which of these did Esper not do: …", where
    the uncontracted "not" stands: after the subject, before the verb a "do" carries;
    "which isn't mentioned: …" as "which is not mentioned: …"."""
    found = _WHICH_NOT_CONTRACTED.match(text)
    if found is None:
        return text
    words = found["words"].split()
    if found["aux"].lower() in ("do", "does", "did") and len(words) > 1:
        words.insert(len(words) - 1, "not")  # "didn't the statement mention"
    else:
        words.insert(0, "not")
    return f"{found['head']} {found['aux']} {' '.join(words)}{found['tail']}"


def _split_list(listed: str) -> list[str] | None:
    """ "Esper, Singh, Pompeo, Modi", "logistics, sharing or China": two or more short
    options, each of a few words."""
    parts = [p.strip() for p in re.split(r",|\bor\b|\band\b", listed)]
    options = [p for p in parts if p]
    if len(options) < 2 or any(len(o.split()) > _MAX_OPTION_WORDS for o in options):
        return None
    return options


def _yes_no_choices(text: str, is_name: Callable[[str], bool]) -> Choices | None:
    """ "Did they meet in Tokyo, New Delhi or Washington?" → the options Tokyo, New Delhi
    and Washington, and "Did they meet in Tokyo?" and so on. Two options are left to the
    engine's own either-or reading (and `two_noun_phrases` when it cannot take them apart)."""
    if "," not in text or " or " not in text:
        return None  # most questions: no list of options
    if _EXAMPLES_LISTED.search(text):
        # "Does the text specify which services, e.g. navy or air force?": examples of what
        # is asked, all of them part of it, not options to pick one from.
        return None
    body = text.strip().rstrip("?.! ")
    tokens = _TOKENS.findall(body)
    if len(tokens) < 5 or tokens[0].lower() not in _AUXILIARIES:
        return None
    lowered = [t.lower() for t in tokens]
    if "or" not in lowered:
        return None
    at_or = lowered.index("or")
    commas = [i for i in range(at_or) if tokens[i] == ","]
    if not commas:
        return None
    middles = _segments(tokens, commas, at_or)
    if middles is None:
        return None
    longest = max(end - start for start, end in middles)
    opener = lowered[middles[0][0]]
    first = _first_option(tokens, commas[0], longest, opener, is_name)
    last = _last_option(tokens, at_or + 1, longest, opener, is_name)
    if first is None or last is None:
        return None
    spans = [first, *middles, last]
    options = [" ".join(tokens[start:end]) for start, end in spans]
    head, tail = tokens[: first[0]], tokens[last[1] :]
    questions = [" ".join([*head, option, *tail]).replace(" ,", ",") + "?" for option in options]
    return Choices(tuple(options), tuple(questions))


def _segments(tokens: list[str], commas: list[int], at_or: int) -> list[tuple[int, int]] | None:
    """The options between the commas and before "or" (an Oxford comma leaves none
    between itself and "or"): each a few words with no function word inside."""
    bounds = [*commas, at_or]
    spans = [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]
    if not spans or any(not _an_option(tokens[s:e]) for s, e in spans):
        return None
    return spans


def _an_option(words: list[str]) -> bool:
    """A short phrase naming one thing: "Tokyo", "the foreign minister", "in New Delhi",
    "Deputy Secretary of State"; not a clause ("meet Singh in Tokyo")."""
    if not 1 <= len(words) <= _MAX_OPTION_WORDS:
        return False
    lowered = [w.lower() for w in words]
    inner = lowered[1:] if lowered[0] in _OPENERS else lowered
    return bool(inner) and all(w not in STOPWORDS or w in _INSIDE for w in inner)


def _first_option(
    tokens: list[str], comma: int, longest: int, opener: str, is_name: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The option before the first comma: as many words as the longest listed option,
    back to a function word (the option opens with it only when the listed ones do), and
    a name of several words taken whole ("in New Delhi, Tokyo or Beijing")."""
    start = comma
    while start > 1 and comma - start < longest:
        word = tokens[start - 1].lower()
        if word in STOPWORDS and word not in _INSIDE:
            if word == opener and opener in _OPENERS:
                start -= 1
            break
        start -= 1
    while start > 1 and is_name(" ".join(tokens[start - 1 : comma])):
        start -= 1
    if start >= comma or not _an_option(tokens[start:comma]):
        return None
    return start, comma


def _last_option(
    tokens: list[str], begin: int, longest: int, opener: str, is_name: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The option after "or": the rest of the question when it is short ("…or New
    Delhi?"), else as many words as the longest listed option, up to a function word."""
    if begin >= len(tokens):
        return None
    if len(tokens) - begin <= longest + 1 and _an_option(tokens[begin:]):
        return begin, len(tokens)
    end = begin
    while end < len(tokens) and end - begin < longest:
        word = tokens[end].lower()
        if word == ",":
            break
        if word in STOPWORDS and word not in _INSIDE and not (end == begin and word == opener):
            break
        end += 1
    while end < len(tokens) and is_name(" ".join(tokens[begin : end + 1])):
        end += 1
    if end == begin or not _an_option(tokens[begin:end]):
        return None
    return begin, end


# "Which of the following did the DoD statement mention?", "Which of these did Esper and
# Singh agree on?", "Which of the options was mentioned in the article?": a quiz question
# asked of every lettered option in turn.
_WHICH_OF_THESE = re.compile(
    r"^\s*which(?: one)?(?: of)? (?:the following|these|those|the options|the choices)"
    r"(?: \w+)? (?P<aux>is|was|are|were|does|did|do|has|have|had)"
    r"(?P<rest>(?: [\w.'’+-]+)+?)\s*\??\s*$",
    re.IGNORECASE,
)
_BE = frozenset("is was are were".split())


def each_option_asked(question: str, options: tuple[str, ...]) -> Choices | None:
    """ "Which of the following did the DoD statement mention?" with "China", "secure
    communications", "Modi" → "Did the DoD statement mention China?" and so on; "which of
    these was mentioned in the article?" → "Was China mentioned in the article?". None for
    other questions, or with a "NOT" (the negated reading is _which_not's)."""
    found = _WHICH_OF_THESE.match(question)
    if found is None or re.search(r"\bnot\b|n't\b", question, re.IGNORECASE):
        return None
    aux, rest = found["aux"].capitalize(), found["rest"].strip()
    if found["aux"].lower() in _BE:
        questions = [f"{aux} {option} {rest}?" for option in options]
    else:
        questions = [f"{aux} {rest} {option}?" for option in options]
    return Choices(options, tuple(questions))
