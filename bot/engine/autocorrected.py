"""Names a phone's autocorrect turned into English words: "wat did pompous say abt china"
(Pompeo), "wen did eager meet single" (Esper, Singh). Such a word is a real word, so no
speller touches it; it is read as the name only where the question, as typed, found nothing
in the article, and only where a name can stand ("a single deal", "eager to" stay words)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import pairwise
from string import ascii_lowercase

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.engine.lexicon import STOPWORDS
from bot.engine.spelling import COMMON_WORDS, ENGLISH_WORDS

# How alike a word and the name it replaced must be: "eager"/"esper" are 60.
_MIN_RATIO = 60
# Words that start as the name does must be more alike: "single"/"singh" are 73,
# "pompous"/"pompeo" 77, "since"/"singh" only 60.
_MIN_RATIO_SAME_START = 70
# A word no English list has must start with the name's first three letters and be this
# alike: "espy"/"esper" are 67, "esprit"/"esper" 73, never "rajesh"/"rajnath" (62).
_MIN_RATIO_NO_WORD = 65
# A word that shares no more than its first letter with the name must be as long and this
# rare in English (by rank): "eager" (6,675) for Esper, never "people" (65) for Pompeo.
_RARE_RANK = 2000
_ENGLISH_RANK = {word: rank for rank, word in enumerate(dict.fromkeys(ENGLISH_WORDS))}

# Words before an adjective or a verb, not a name: "a single deal", "more eager", "is it
# easier", "being…".
_NOT_BEFORE_A_NAME = frozenset(
    """
a an the this that these those one every each very so too more most less least quite really
rather how as be been being not seem seems seemed look looks it much far even get gets got
getting make makes made become became
""".split()
)
# Words after an adjective, not a name: "eager to", "single for", "sign of".
_NOT_AFTER_A_NAME = frozenset("to for about of than enough".split())

# The shortest alias a letter typed before it may hide: "squad" (quad), never "arm" (rm).
_LEAST_PADDED = 4

# Words a person who was met stands right after: "what day did esper meet sign" (Singh),
# "when did esper meet with sign". There a word is the person, not a verb ("did they sign").
_MET_BEFORE = frozenset("meet meets met meeting with".split())
# A word in the place of a person met may be further from the name than elsewhere: two
# edits ("sign" for "singh", letters swapped and one dropped), starting as the name does.
_MET_EDITS = 2

_WORD = re.compile(r"[A-Za-z]+")
_PRONOUNS = frozenset("he she they i you we it him her them".split())


class NameSlips:
    """The people's names autocorrect may have turned into words, and how to find them."""

    def __init__(
        self,
        names: Mapping[str, str],
        alias_words: Mapping[str, frozenset[str]],
        vocabulary: frozenset[str],
        things: frozenset[str] = frozenset(),
        phrases: Iterable[tuple[str, ...]] = (),
    ) -> None:
        """`names` maps each one-word alias of a person to the person; `alias_words` each
        entity to the words of its aliases; `vocabulary` the words of the facts, never a
        slip ("sharing" is no Singh); `things` the one-word aliases of everything else
        ("quad"); `phrases` the aliases of more than one word ("new delhi", "beca agreement")."""
        # An English word that is a short alias with a letter typed before it: "the squad
        # talks" (the Quad). Built once: only the words that are such a slip.
        self._padded = {
            letter + alias: alias
            for alias in things
            if len(alias) >= _LEAST_PADDED
            for letter in ascii_lowercase
            if letter + alias in _ENGLISH_RANK and letter + alias not in vocabulary
        }
        # Only names no common English word is ("esper", "singh"; not "begin", "mark").
        self._names = {n: e for n, e in names.items() if len(n) >= 5 and n not in COMMON_WORDS}
        # The names by first letter, in order: a slip keeps the name's first letter, so a
        # word is weighed against those alone, never every person of a large fact base.
        # By first letter and length: a slip keeps the first letter and is within two
        # letters of the name's length, so a word is weighed against a few names, not every
        # name with its initial (some thousand at 100,000 facts).
        self._names_by_initial: dict[tuple[str, int], list[str]] = {}
        for name in sorted(self._names):
            self._names_by_initial.setdefault((name[0], len(name)), []).append(name)
        self._all_names = dict(names)  # "did Rajnath sing?" names Singh ("sing" is a verb)
        self._names_words = frozenset().union(*alias_words.values())
        self._vocabulary = vocabulary | self._names_words
        # Each word of a many-word alias by the word before it and the word after it: "new"
        # is followed by "delhi", "agreement" preceded by "beca". Built once.
        self._follows: dict[str, set[str]] = defaultdict(set)
        self._precedes: dict[str, set[str]] = defaultdict(set)
        for phrase in phrases:
            for first, second in pairwise(phrase):
                if first not in STOPWORDS and second not in STOPWORDS:
                    self._follows[first].add(second)
                    self._precedes[second].add(first)

    def read(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
        """The question with each autocorrected name put back, and each (typed, meant);
        None when no word of it is one."""
        return _words_put_back(
            text, lambda word, before, after: self._name_meant(word, before, after, text)
        )

    def alias_words_read(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
        """The question with each word slipped beside the rest of a many-word alias put
        back ("was the meeting in New Deli or Tokyo?" → "…New Delhi…"), read before anything
        else, as the alias's own word beside it leaves no other reading; each (typed, meant)
        too. None when no word is one. Words in quotation marks are the asker's own, to be
        checked as typed: "is it 'Rajnat Singh'?" asks of that spelling."""
        quoted = tuple(
            (m.start(), m.end())
            for pattern in (_QUOTED_WORDS, _SPELLING_PUT)
            for m in pattern.finditer(text)
        )
        return _words_put_back(text, self._alias_word_meant, quoted)

    def _alias_word_meant(self, word: str, before: str, after: str) -> str | None:
        """The word of a many-word alias `word` is one slip from, with the alias's word
        beside it: "did esper go to New Deli" (Delhi, after "new"), "what is the Becca
        agreement" (BECA, before "agreement"). None when no one word is meant."""
        if len(word) < 4 or word in self._vocabulary or word in STOPWORDS:
            return None
        if word in COMMON_WORDS:
            return None  # typed as meant: "the defence secretary" is no "defense" slipped
        beside = self._follows.get(before, set()) | self._precedes.get(after, set())
        meant = [
            alias_word
            for alias_word in sorted(beside)
            if len(alias_word) >= 4
            and alias_word[0] == word[0]
            and OSA.distance(word, alias_word) <= 1
        ]
        return meant[0] if len(meant) == 1 else None

    def met_read(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
        """The question with a word in a met person's place read as the name it is one slip
        from: "what day did esper meet sign", "where did esper and sign meet" (Singh), read
        before anything else, as "sign" there is no verb; each (typed, meant) too. None when
        no word is one."""
        words = list(_WORD.finditer(text))
        for number, match in enumerate(words[1:], start=1):
            lowered = [w.group(0).lower() for w in words[max(0, number - 2) : number]]
            if not self._in_met_place(lowered):
                continue
            name = self._met_name(match.group(0).lower(), text)
            if name is not None:
                read = text[: match.start()] + name + text[match.end() :]
                return read, ((match.group(0), name),)
        return None

    def _in_met_place(self, before: list[str]) -> bool:
        """Whether the words before (one or two) put the next where a person met stands:
        "…meet _", "…with _", "Esper and _"."""
        if before[-1] in _MET_BEFORE:
            return True
        return len(before) == 2 and before[1] == "and" and before[0] in self._all_names

    def _met_name(self, word: str, text: str) -> str | None:
        """The one person's name `word` is a slip of, in a met person's place: an English
        word, no small word ("since" is none), starting with the name's first two letters,
        within two edits, and the person not named already."""
        if len(word) < 4 or word in STOPWORDS or word not in _ENGLISH_RANK:
            return None
        if word in self._all_names:
            return None
        meant = [
            name
            for name in self._names_like(word, _MET_EDITS)
            if word[:2] == name[:2]
            and OSA.distance(word, name) <= _MET_EDITS
            and fuzz.ratio(word, name) > _MIN_RATIO
        ]
        if len(meant) != 1 or self._named(self._names[meant[0]], text):
            return None
        return meant[0]

    def _name_meant(self, word: str, before: str, after: str, text: str) -> str | None:
        """The one name `word` stands for ("pompous" → "pompeo"), where a name can stand."""
        if word in self._vocabulary or word in STOPWORDS:
            return None  # "since Esper…": a word of the question's own frame, never a name
        if word in self._padded:
            return self._padded[word]  # "where were the squad talks held": the Quad
        if len(word) < 4:
            return None
        if before in _NOT_BEFORE_A_NAME or after in _NOT_AFTER_A_NAME:
            return None
        if before in self._names_words or before in _PRONOUNS:
            return None  # "did Rajnath sing?": after a name, a verb
        meant = [name for name in self._names_like(word, 2) if self._slip_of(word, name)]
        if len(meant) != 1 or self._named(self._names[meant[0]], text):
            return None  # two names as near, or the person is named too
        return meant[0]

    def _names_like(self, word: str, spread: int) -> Iterator[str]:
        """The names with the word's first letter and within `spread` letters of its length."""
        for length in range(len(word) - spread, len(word) + spread + 1):
            yield from self._names_by_initial.get((word[0], length), ())

    def _named(self, entity: str, text: str) -> bool:
        """Whether the question names the person already ("did Rajnath sing?": Singh)."""
        words = {w.lower() for w in _WORD.findall(text)}
        return any(self._all_names[w] == entity for w in words if w in self._all_names)

    @staticmethod
    def _slip_of(word: str, name: str) -> bool:
        """Whether autocorrect could have made `word` of `name`: same first letter, about as
        long, alike; sharing only that letter, the word must be a rare one."""
        if word[0] != name[0] or abs(len(word) - len(name)) > 2:
            return False
        ratio = fuzz.ratio(word, name)
        if word not in _ENGLISH_RANK:
            # No English word: autocorrect's foreign or obscure pick ("espy", "esprit" for
            # Esper), too far for the linker's one edit, and starting as the name does.
            return word[:3] == name[:3] and ratio >= _MIN_RATIO_NO_WORD
        if word[:2] == name[:2]:
            return ratio >= _MIN_RATIO_SAME_START  # "single", never "since" (60), for Singh
        rare = _ENGLISH_RANK[word] >= _RARE_RANK and len(word) == len(name)
        return ratio >= _MIN_RATIO and rare  # "eager" for "esper"


# Words in quotation marks: 'Rajnat Singh', "Becca" (an apostrophe inside a word, as in
# "Esper's", opens none).
_QUOTED_WORDS = re.compile(r"(?<!\w)'[^']+'(?!\w)|\"[^\"]+\"|[‘“][^’”]+[’”]")
# A spelling put to the article, unquoted, is the asker's own too: "is the city spelt New
# Dehli?" asks of "Dehli", not of the "Delhi" it is one slip from.
_SPELLING_PUT = re.compile(r"\b(?:spelt|spelled|written)(?: as)? [a-z][\w -]*", re.IGNORECASE)


def _words_put_back(
    text: str,
    meant: Callable[[str, str, str], str | None],
    kept: tuple[tuple[int, int], ...] = (),
) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The text with each word `meant` (of the word, the word before it and the one after,
    lower-cased) gives a replacement for put back, and each (typed, meant); None when no
    word is replaced. Words within the `kept` spans are left as typed."""
    fixed: list[tuple[str, str]] = []
    pieces: list[str] = []
    at = 0
    words = list(_WORD.finditer(text))
    for number, match in enumerate(words):
        if any(start <= match.start() < end for start, end in kept):
            continue
        before = words[number - 1].group(0).lower() if number else ""
        after = words[number + 1].group(0).lower() if number + 1 < len(words) else ""
        replacement = meant(match.group(0).lower(), before, after)
        if replacement is None:
            continue
        pieces += [text[at : match.start()], replacement]
        at = match.end()
        fixed.append((match.group(0), replacement))
    if not fixed:
        return None
    return "".join([*pieces, text[at:]]), tuple(fixed)
