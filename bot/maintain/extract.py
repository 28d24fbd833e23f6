"""Candidate entities, dates and counts in a news article, for `talksbot facts draft`.

Plain heuristics over capitalisation and a few word lists, no language model: a draft is
a head start that a maintainer reviews line by line, so a guess that is easy to check beats
a clever one that is hard to. Every candidate keeps the exact spans it was found at, so the
aliases it proposes occur in the article (as `facts check` demands).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.engine.lexicon import STOPWORDS
from bot.maintain.gazetteer import COUNTRIES, DEMONYMS

__all__ = ["Candidate", "find_candidates", "find_counts", "find_dates"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CALENDAR = _words("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday""")

# Words that make a phrase a title ("Secretary of Defense"), and the words that may stand
# in a title around them; what follows the title in the phrase is the person's name.
_TITLES = _words("""secretary minister president premier ambassador general admiral
chairman chairwoman chair director senator governor mayor chief commander envoy adviser
advisor chancellor king queen prince spokesman spokeswoman spokesperson undersecretary
mr mrs ms dr""")
_PLURAL_TITLES = _words("""secretaries ministers presidents ambassadors generals
chiefs commanders envoys officials""")
_TITLE_MODIFIERS = _words("""of the for and defense defence state foreign external
affairs home finance deputy vice prime assistant under national security u.s us
trade commerce""")
_ORGANISATION = _words("""department ministry party agency office council committee
army navy force forces command government administration pentagon commission bank union
organization organisation corporation company university institute parliament congress
senate court embassy service services guard police bureau fund""")
_AGREEMENT = _words("agreement treaty accord pact memorandum convention protocol deal charter")
_EVENT = _words("""dialogue dialog summit talks conference meeting exercise exercises forum
ministerial games election elections war session""")
_GROUP = _words("quad alliance coalition bloc group")
_KIND_WORDS = _ORGANISATION | _AGREEMENT | _EVENT | _GROUP
_CONNECTORS = frozenset({"of", "and", "the", "for", "on"})
# Capitalised only because they open a sentence.
_STARTERS = STOPWORDS | _words("""during although earlier later prior meanwhile however
according after before today yesterday tomorrow recently also again then thus still""")
_PLACE_CUES = frozenset({"in", "at", "to", "from", "near", "visited", "visit", "across"})

# Tokens: "U.S.", "2+2", words with a possessive, numbers.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\d+\+\d+|[A-Za-z]+(?:[’'][A-Za-z]+)?|\d+")
_POSSESSIVE = re.compile(r"[’']s$")


@dataclass
class Candidate:
    """An entity the article seems to name, with every place it was found."""

    key: str
    kind: str | None  # one of ENTITY_KINDS, or None when the heuristics cannot tell
    name: str
    title: str | None = None  # for people: "U.S. Secretary of Defense"
    mentions: list[tuple[str, tuple[int, int]]] = field(default_factory=list)  # exact text

    def add(self, form: str, span: tuple[int, int]) -> None:
        self.mentions.append((form, span))

    @property
    def forms(self) -> list[str]:
        """Each way the article writes it, first seen first."""
        return list(dict.fromkeys(form for form, _ in sorted(self.mentions, key=lambda m: m[1])))

    @property
    def spans(self) -> list[tuple[int, int]]:
        return sorted(span for _, span in self.mentions)


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    possessive: bool


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out: list[_Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        possessive = bool(_POSSESSIVE.search(word))
        if possessive:
            word, e = word[:-2], e - 2
        # A single capital followed by a full stop is an initial: "Mark T. Esper".
        if len(word) == 1 and word.isupper() and text[e : e + 1] == ".":
            word, e = word + ".", e + 1
        out.append(_Token(s, e, word, possessive))
    return out


def _capitalised(token: _Token) -> bool:
    return token.text[:1].isupper() or bool(re.fullmatch(r"\d+\+\d+", token.text))


def _phrases(text: str, start: int, end: int) -> list[list[_Token]]:
    """Runs of capitalised words in text[start:end], joined by spaces and small words,
    broken by punctuation, possessives, hyphens, dates and sentence openers."""
    tokens = _tokens(text, start, end)
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    previous: _Token | None = None
    for index, token in enumerate(tokens):
        gap = text[previous.end : token.start] if previous is not None else ""
        joined = previous is not None and gap.strip() == "" and not previous.possessive
        # "Indo-Pacific" is one name; "U.S.-India" is two countries.
        if (
            previous is not None
            and gap == "-"
            and _capitalised(previous)
            and _capitalised(token)
            and not _country(previous.text)
            and not _country(token.text)
        ):
            joined = True
        lower = token.text.lower().rstrip(".")
        opens_sentence = previous is None or bool(re.search(r"[.!?]\s*[\"“”']?\s*$", gap))
        if not joined or lower in _CALENDAR:
            runs.append(current)
            current = []
        if lower in _CALENDAR:
            previous = token
            continue
        if _capitalised(token):
            if opens_sentence and lower in _STARTERS:
                previous = token
                continue
            if re.fullmatch(r"\d+\+\d+", token.text):
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if following is None or not following.text[:1].isupper():
                    runs.append(current)
                    current = []
                    previous = token
                    continue
            current.append(token)
        elif lower in _CONNECTORS and current:
            current.append(token)
        else:
            runs.append(current)
            current = []
        previous = token
    runs.append(current)
    cleaned: list[list[_Token]] = []
    for run in runs:
        while run and run[-1].text.lower() in _CONNECTORS:
            run = run[:-1]
        if run:
            cleaned.extend(_split_on_and(run))
    return cleaned


def _split_on_and(run: list[_Token]) -> list[list[_Token]]:
    """ "Esper and Singh" is two names; "Exchange and Cooperation Agreement" is one."""
    if run[-1].text.lower() in _KIND_WORDS or not any(t.text == "and" for t in run):
        return [run]
    parts: list[list[_Token]] = [[]]
    for token in run:
        if token.text == "and":
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


def _country(form: str) -> str | None:
    key = form.lower().replace(".", "").strip()
    return COUNTRIES.get(key) or DEMONYMS.get(key)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether a passage is in Title Case, as headlines are: nearly every longer word
    capitalised (ordinary prose full of names stays well below)."""
    words = [t for t in _tokens(text, start, end) if len(t.text) > 3]
    return len(words) >= 4 and sum(_capitalised(t) for t in words) / len(words) > 0.8


def find_candidates(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[Candidate]:
    """Entities the article seems to name, in order of first mention."""
    found: dict[str, Candidate] = {}
    bare_titles: list[tuple[str, tuple[int, int]]] = []

    def note(
        key: str,
        kind: str | None,
        name: str,
        form: str,
        span: tuple[int, int],
        title: str | None = None,
    ) -> None:
        candidate = found.setdefault(key, Candidate(key, kind, name, title))
        if len(name) > len(candidate.name) and kind == "person":
            candidate.name = name  # "Mark T. Esper" over "Esper"
        candidate.title = candidate.title or title
        candidate.add(form, span)

    for number, (p_start, p_end) in enumerate(paragraphs):
        headline = number == 0 and _title_case(text, p_start, p_end)
        for run in _phrases(text, p_start, p_end):
            words = [t.text for t in run]
            lowered = [w.lower().rstrip(".") for w in words]
            span = (run[0].start, run[-1].end)
            form = text[span[0] : span[1]]
            country = _country(form)
            if country:
                note(f"country:{country}", "country", country, form, span)
                continue
            if headline:
                continue  # Title Case headlines capitalise everything: trust only countries
            # "Japanese Foreign Minister …", "U.S. Defense Department": the phrase is about
            # a country too.
            for token in run:
                nation = _country(token.text)
                if nation:
                    note(
                        f"country:{nation}", "country", nation, token.text, (token.start, token.end)
                    )
            if any(w in _PLURAL_TITLES for w in lowered):
                continue
            if any(w in _TITLES for w in lowered):
                tail = len(words)
                while tail > 0 and (
                    lowered[tail - 1] not in _TITLES | _TITLE_MODIFIERS
                    and not _country(words[tail - 1])
                ):
                    tail -= 1
                name_tokens = run[tail:]
                if not name_tokens:
                    bare_titles.append((form, span))
                    continue
                title = text[run[0].start : run[tail - 1].end] if tail else None
                name = text[name_tokens[0].start : name_tokens[-1].end]
                surname = name_tokens[-1].text
                note(
                    f"person:{surname.lower()}",
                    "person",
                    name,
                    name,
                    (name_tokens[0].start, name_tokens[-1].end),
                    title,
                )
                key = f"person:{surname.lower()}"
                if surname != name:
                    note(key, "person", name, surname, (name_tokens[-1].start, name_tokens[-1].end))
                if title:
                    note(key, "person", name, form, span)  # "Secretary Pompeo"
                    if " " in title:  # "Secretary" alone would name anyone
                        note(key, "person", name, title, (run[0].start, run[tail - 1].end))
                continue
            if len(run) == 1 and words[0].isupper() and len(words[0]) >= 2:
                note(f"acronym:{words[0]}", None, words[0], form, span)
                continue
            last = lowered[-1]
            kind = (
                "agreement"
                if last in _AGREEMENT
                else "event"
                if last in _EVENT
                else "group"
                if any(w in _GROUP for w in lowered)
                else "organisation"
                if any(w in _ORGANISATION for w in lowered)
                else None
            )
            if kind is not None:
                content = sorted(w for w in lowered if w not in _CONNECTORS and not _country(w))
                note(f"{kind}:{' '.join(content)}", kind, form, form, span)
                continue
            before = text[max(p_start, span[0] - 12) : span[0]].split()
            place = bool(before) and before[-1].lower() in _PLACE_CUES
            note(f"name:{' '.join(lowered)}", "place" if place else None, form, form, span)
    _merge_people(found)
    _attach_acronyms(found)
    _attach_titles(found, bare_titles)
    return sorted(found.values(), key=lambda c: min(c.spans))


def _merge_people(found: dict[str, Candidate]) -> None:
    """A lone "Pompeo" is the person "Secretary Pompeo" found elsewhere."""
    for key in [k for k in found if k.startswith("name:")]:
        candidate = found[key]
        person = found.get(f"person:{candidate.name.lower()}")
        if person is not None and " " not in candidate.name:
            person.mentions.extend(candidate.mentions)
            del found[key]


def _initials(name: str, with_small_words: bool) -> str:
    """ "Department of Defense" -> "DOD" (with small words) or "DD"; a leading country
    ("U.S. Department of Defense") is not part of the acronym."""
    words = name.split()
    if len(words) > 1 and _country(words[0]):
        words = words[1:]
    letters = [
        w
        for w in re.findall(r"[A-Za-z]+", " ".join(words))
        if with_small_words or w.lower() not in _CONNECTORS
    ]
    return "".join(w[0] for w in letters).upper()


def _attach_acronyms(found: dict[str, Candidate]) -> None:
    """ "BECA" is the Basic Exchange and Cooperation Agreement; "DOD" the Department of
    Defense: an acronym that spells a candidate's initials becomes its alias."""
    for key in [k for k in found if k.startswith("acronym:")]:
        acronym = found[key]
        for other in found.values():
            if other is acronym or other.kind in (None, "person", "country"):
                continue
            if any(acronym.name in (_initials(f, True), _initials(f, False)) for f in other.forms):
                other.mentions.extend(acronym.mentions)
                del found[key]
                break


def _attach_titles(
    found: dict[str, Candidate], bare_titles: list[tuple[str, tuple[int, int]]]
) -> None:
    """A title alone ("Indian Defense Minister") names the one person who holds it."""
    people = [c for c in found.values() if c.kind == "person" and c.title]
    for form, span in bare_titles:
        holders = [p for p in people if p.title and form.lower() in p.title.lower()]
        if len(holders) == 1:
            holders[0].add(form, span)


# --- Dates and counts ------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\(?{_MONTH}\s+\d{{1,2}}\)?)?"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    r"|\b(?i:(?:(?:earlier|later|late|early)\s+)?this\s+(?:week|month|year))"
    r"|\b(?i:(?:last|next)\s+(?:week|month|year))"
    r"|\b(?:19|20)\d{2}\b"
)
_NUMBER = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|millions?|\d[\d,.]*"
)
_COUNT = re.compile(
    rf"(?<!the )(?<!\+)\b(?:{_NUMBER})\s+(?:such\s+|more\s+|new\s+)?[a-z]+", re.IGNORECASE
)


def find_dates(text: str) -> list[str]:
    """Expressions of time, as written: "Monday (Oct. 26)", "Earlier this month"."""
    return [m.group().strip() for m in _DATE.finditer(text)]


def find_counts(text: str) -> list[str]:
    """Counted things, as written: "three such dialogues" (not "the two sides", "one of")."""
    counts = []
    for match in _COUNT.finditer(text):
        noun = match.group().split()[-1].lower()
        if noun in STOPWORDS or noun.endswith("est"):
            continue
        counts.append(match.group())
    return counts
