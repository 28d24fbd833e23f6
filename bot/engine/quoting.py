"""Which of the article's words it puts in quotation marks: "is 'thwart the threat posed by
China's Communist Party' a direct quote?" is answered from the seed's own marks, found once
when the index is built, never from a list of phrases.

A passage between “ and ” (or straight double quotes) is a direct quote; an opening mark the
article never closes (“also included discussions … Communist Party.) runs to the end of its
paragraph. Every other word is the article's own report."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine import prefilter
from bot.engine.index import Index, term
from bot.engine.lexicon import STOPWORDS
from bot.factbase.model import Article, Fact
from bot.factbase.sentences import split_sentences
from bot.text import fold_quotes, tokens

__all__ = [
    "Quotation",
    "Quotations",
    "asked_words",
    "build_quotations",
    "quotation_marks_asked",
    "quote_check_asked",
    "quote_verdict",
    "quote_verdict_of_sentence",
    "quoted_as_another",
    "whose_words",
]

_OPENING = re.compile(r"[\u201c\"]")
_CLOSING = {"\u201c": "\u201d", '"': '"'}
_SAY = term("say")
_WORDED = frozenset({_SAY, term("describe")})
_WORD = re.compile(r"\w+")
# A base of at most this many articles is searched whole for words asked about.
SCANNED_ARTICLES = 64


@dataclass(frozen=True, slots=True)
class Quotation:
    """One passage the article puts in quotation marks."""

    article: str
    start: int  # the first character inside the marks
    end: int  # the closing mark, or the end of the paragraph when the article never closes it
    text: str  # the words inside, without the punctuation that ends them
    fact: Fact  # the fact quoting the sentence it stands in
    speaker: Fact | None  # the fact naming whose words they are, when one does


@dataclass(frozen=True, slots=True)
class Found:
    """Where words asked about stand in the article, and the quotation marks around them."""

    article: str
    start: int
    end: int
    fact: Fact | None  # the fact quoting the sentence they stand in
    quotations: tuple[Quotation, ...]  # those the words overlap

    @property
    def inside(self) -> Quotation | None:
        """The quotation the words stand wholly inside, if they do."""
        for quotation in self.quotations:
            if quotation.start <= self.start and self.end <= quotation.end:
                return quotation
        return None


class Quotations:
    """The article's quotation marks, and a search for words asked about.

    Only the marks are kept: the sentences of a fact's quote and the places of asked words
    are read from the article's text when a question needs them, so a base of thousands of
    articles holds no folded copy of its text (at 100,000 facts, some 70 MB a restart kept)."""

    def __init__(self, index: Index) -> None:
        articles: Mapping[str, Article] = index.factbase.articles
        # Texts, not the fact base's read-only mapping, so the build cache can pickle this.
        self._texts = {key: article.text for key, article in articles.items()}
        self._paragraphs = {key: article.paragraphs for key, article in articles.items()}
        # Where asked words may stand in a base of many articles (see `_articles_with`).
        self._postings = index.postings
        self._entries = index.entries
        # The facts of each paragraph (by article and paragraph), shortest quote first, so a
        # span is looked for among a few facts, not all of them, and the sentence told whole
        # is found before a longer passage holding it.
        self._facts: dict[tuple[str, int], list[Fact]] = {}
        speakers: dict[str, Fact] = {}
        for entry in index.entries:
            fact = entry.fact
            self._facts.setdefault((fact.quote.article, fact.quote.paragraph), []).append(fact)
            said = index.sayers.get(fact.id)
            if said is None and "who" in fact.roles and not _WORDED.isdisjoint(entry.predicate):
                said = fact  # "Pompeo said that …": the fact names its own speaker
            if said is not None:
                speakers[fact.id] = said
        for facts in self._facts.values():
            facts.sort(key=lambda fact: fact.quote.end - fact.quote.start)
        self.by_article: dict[str, tuple[Quotation, ...]] = {}
        for key, article in articles.items():
            marked = []
            for start, end in _marked(article):
                holder = self._fact_around(key, start, end)
                if holder is not None:
                    text = article.text[start:end].strip().rstrip(",.;:")
                    said = speakers.get(holder.id)
                    marked.append(Quotation(key, start, end, text, holder, said))
            self.by_article[key] = tuple(marked)

    def in_fact(self, fact: Fact) -> Found:
        """The sentences of a fact's quote and the quotations in them: what of them the
        article quotes directly ("…, the U.S. Defense Department said in a statement." ends a
        sentence whose “pressing global security challenges” counts)."""
        quote = fact.quote
        text = self._texts.get(quote.article, "")
        spans = [
            span
            for start, end in self._paragraphs.get(quote.article, ())
            if start < quote.end and quote.start < end
            for span in split_sentences(text, start, end)
        ]
        low = min((s for s, e in spans if s <= quote.start < e), default=quote.start)
        high = max((e for s, e in spans if s < quote.end <= e), default=quote.end)
        return self._found(quote.article, low, high)

    def text(self, found: Found) -> str:
        """The article's own words at a span, as it writes them."""
        return self._texts[found.article][found.start : found.end]

    def find(self, words: str, shortest: int = 2) -> Found | None:
        """Where the words stand in the article (case, spacing, punctuation and the kind of
        quotation marks aside), or None when the article has no such words in that order.
        Of several places, one inside quotation marks, else one of the body, is preferred:
        "pressing global security challenges" is quoted in ¶1 and reported in ¶4. Fewer
        than `shortest` words are not looked for ("is 'thwart' his word…?" asks of one)."""
        found_words = _WORD.findall(words.lower())
        if len(found_words) < max(1, shortest):
            return None
        # Any run of spaces and punctuation between the words, curly quotes included, as
        # the asker types them straight: "China's" finds "China’s".
        pattern = re.compile(
            r"\b" + r"\W+".join(map(re.escape, found_words)) + r"\b", re.IGNORECASE
        )
        places = [
            self._found(key, match.start(), match.end())
            for key in self._articles_with(found_words)
            for match in pattern.finditer(self._texts[key])
        ]
        if not places:
            return None
        return min(
            places,
            key=lambda f: (f.inside is None, not f.quotations, f.fact is None or _in_headline(f)),
        )

    def _articles_with(self, words: list[str]) -> list[str]:
        """The articles the words may stand in: all of a base of a few articles; of a larger
        one, those some fact quotes the asked word fewest facts have from (a question never
        reads every article of a newsroom's base)."""
        if len(self._texts) <= SCANNED_ARTICLES:
            return list(self._texts)
        having = [
            self._postings[t]
            for t in (term(w) for w in words if w not in STOPWORDS)
            if t in self._postings
        ]
        if not having:
            return []
        rarest = min(having, key=len)
        return sorted({self._entries[order].fact.quote.article for order in rarest})

    def _found(self, article: str, start: int, end: int) -> Found:
        overlapping = tuple(
            q for q in self.by_article.get(article, ()) if q.start < end and start < q.end
        )
        return Found(article, start, end, self._fact_around(article, start, end), overlapping)

    def _fact_around(self, article: str, start: int, end: int) -> Fact | None:
        """The fact with the shortest quote holding the span whole."""
        paragraph = next(
            (n for n, (s, e) in enumerate(self._paragraphs.get(article, ())) if s <= start < e),
            -1,
        )
        for fact in self._facts.get((article, paragraph), ()):
            if fact.quote.start <= start and end <= fact.quote.end:
                return fact
        return None


def _in_headline(found: Found) -> bool:
    return found.fact is not None and found.fact.quote.paragraph == 0


def _marked(article: Article) -> list[tuple[int, int]]:
    """(start, end) inside each pair of quotation marks; an unclosed one runs to the end of
    its paragraph."""
    text = article.text
    spans: list[tuple[int, int]] = []
    for opening in _OPENING.finditer(text):
        start = opening.end()
        if opening.group() == '"' and spans and spans[-1][1] == opening.start():
            continue  # the closing straight mark of the quotation just found
        paragraph_end = next((e for s, e in article.paragraphs if s <= start < e), len(text))
        closing = text.find(_CLOSING[opening.group()], start, paragraph_end)
        spans.append((start, paragraph_end if closing < 0 else closing))
    return spans


def build_quotations(index: Index) -> Quotations:
    """The article's quotation marks, found once when the index is built."""
    return Quotations(index)


# Words the asker puts in quotation marks: 'thwart the threat posed by China's Communist
# Party' (an apostrophe inside a word does not end it), "free nations".
_ASKED_WORDS = re.compile(r"(?<!\w)'(.+?)'(?!\w)|\"(.+?)\"")
# Whether words are the article's quotation, not its report: "a direct quote", "verbatim",
# "in quotation marks", "quoted or paraphrased".
_QUOTE_CHECKED = prefilter.compile(
    r"\b(?:direct(?:ly)? quot\w*|quot\w* (?:directly|verbatim|word for word|exactly)"
    r"|in (?:quotes|quotation marks|inverted commas|quote marks)|quotation marks|quote marks"
    r"|inverted commas|(?:actual|exact|verbatim|real|direct) (?:quotes?|quotations?|words)"
    r"|word for word|verbatim|paraphras\w*)\b"
)
# Put for a yes or a no: "is that a direct quote?", "were those his exact words?"
_YES_NO = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait|also|then|hmm|quick|q)\s+)*"
    r"(?:is|was|are|were|does|did|do|has|have|isnt|wasnt|arent|werent|didnt|doesnt)\b"
)
# Asked bare: "direct quote?", "quoted or paraphrased?"
_BARE = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\s+)?(?:a |an )?(?:direct quote|direct quotation"
    r"|quoted directly|verbatim|word for word|quote or paraphrase|quoted or paraphrased"
    r"|direct quote or (?:a )?paraphrase|paraphrase or (?:a )?(?:direct )?quote|paraphrased)$"
)
# What "is that a direct quote?" points back to.
_POINTED = re.compile(r"\b(?:that|this|it|those|these|his|her|their|the quote|the line)\b")


def asked_words(question: str) -> str | None:
    """The words a question puts in quotation marks, when it quotes two or more."""
    for found in _ASKED_WORDS.finditer(fold_quotes(question)):
        words = (found[1] or found[2] or "").strip(" ,.;:?!")
        if len(words.split()) >= 2:
            return words
    return None


def quotation_marks_asked(question: str) -> bool:
    """Whether a question asks of direct quotation ("verbatim?", "a direct quote?", "word for
    word?"), which is answered from the article's quotation marks, not its wording alone."""
    return _QUOTE_CHECKED.search(fold_quotes(question).lower()) is not None


def quote_check_asked(question: str) -> str | None:
    """For a question whether words are a direct quote: the words it quotes, or "" when it
    points back ("is that a direct quote?"); None for any other question ("work together to
    do what, exact words?" asks for the words themselves)."""
    lowered = fold_quotes(question).lower()
    if _QUOTE_CHECKED.search(lowered) is None:
        return None
    phrase = asked_words(question)
    rest = lowered.replace(phrase.lower(), " ") if phrase else lowered
    rest = " ".join(re.findall(r"[\w']+", rest)).replace("'", "")
    bare = _BARE.match(rest) is not None
    if not bare and _YES_NO.match(rest) is None:
        return None
    if phrase:
        return phrase
    return "" if bare or _POINTED.search(rest) else None


def whose_words(quotation: Quotation) -> str:
    """Whose words the article quotes them as: "the U.S. Defense Department, in a statement"."""
    who = quotation.speaker.roles.get("who") if quotation.speaker is not None else None
    if who is None:
        return ""
    answer = who.answer
    return answer[:1].lower() + answer[1:] if answer.startswith("The ") else answer


def _quoted(words: str, quotation: Quotation) -> str:
    whose = whose_words(quotation)
    return f"Yes: the article puts “{words}” in quotation marks" + (
        f", quoting {whose}" if whose else ""
    )


def quoted_as_another(words: str, quotation: Quotation) -> str:
    """ "Did Esper say 'free nations could work together' word for word?": No, another's."""
    return f"No: the article quotes “{words}” as the words of {whose_words(quotation)}"


def _partly(quotation: Quotation) -> str:
    return (
        f"Partly: only “{quotation.text}” is in quotation marks; the rest is the article's "
        "own report"
    )


def quote_verdict(found: Found, words: str) -> tuple[str, Fact] | None:
    """Whether the words found are inside the article's quotation marks, and the fact to
    quote: "Yes: … quoting Secretary Pompeo", "Partly: only “…” is…", or "No: …"."""
    inside = found.inside
    if inside is not None:
        return _quoted(words, inside), inside.fact
    if found.quotations:
        return _partly(found.quotations[0]), found.quotations[0].fact
    if found.fact is None:
        return None
    return (
        f"No: the article does not put “{words}” in quotation marks; it reports them in its "
        "own words",
        found.fact,
    )


def _terms(text: str) -> set[str]:
    return {term(word) for word in tokens(text) if word not in STOPWORDS}


def quote_verdict_of_sentence(
    found: Found, sentence: str, last: Fact, asked: tuple[str, ...]
) -> tuple[str, Fact]:
    """Whether what the last question asked about is quoted directly, from its sentence:
    the last question's words inside the sentence's quotation marks, outside them, or both
    ("who said the two sides agreed on a BECA?" "is that a direct quote?": No)."""
    if not found.quotations:
        return (
            "No: the article puts none of that in quotation marks; it reports it in its own words",
            last,
        )
    inside = set().union(*(_terms(q.text) for q in found.quotations))
    outside = _terms(sentence) - inside
    wanted = set(asked) - _SAID_TERMS
    hits_in = wanted & inside
    hits_out = wanted & outside
    quotation = next((q for q in found.quotations if _terms(q.text) & hits_in), found.quotations[0])
    if hits_in and not hits_out:
        return _quoted(quotation.text, quotation), quotation.fact
    if hits_in:
        return _partly(quotation), quotation.fact
    return (
        f"No: only “{quotation.text}” is in quotation marks there; the rest is the article's "
        "own report",
        quotation.fact,
    )


_SAID_TERMS = frozenset(term(w) for w in ("say", "said", "quote", "described", "call", "line"))
