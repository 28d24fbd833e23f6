"""Answers about the article's text itself: which paragraph says or mentions something
("which paragraph mentions Tokyo?" → ¶8 and its sentence), and questions kept to one
paragraph ("who are the two secretaries of defense in para 3?")."""

from __future__ import annotations

import abc
import re
from dataclasses import dataclass, replace

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.index import term
from bot.engine.lexicon import NUMBER_WORDS, STOPWORDS
from bot.engine.paragraphs import Place
from bot.engine.phrases import ORDINALS, joined, paragraph_asked
from bot.engine.question import Parsed, parse
from bot.factbase.model import Fact, Quote
from bot.text import fold_quotes, normalise, tokens

__all__ = ["PassageAnswers"]

_PARAGRAPH = r"(?:paragraph|para|graf|passage|section|part)"
_ARTICLE = r"(?:article|story|text|piece|report)"
# "Which paragraph says Esper has done a 2+2 before?": a claim, whose sentence is wanted.
_SAYS = (
    r"(?:says|said|say|states|state|claims|reports|notes|shows|tells (?:us |me )?that"
    r"|mentions that|explains that)"
)
# "Which paragraph mentions Tokyo?", "…talks about the 21st century": a thing, wherever named.
_NAMES = (
    r"(?:mentions|mention|mentioned|names|name|talks about|talk about|tells (?:us |me )?about"
    r"|tell (?:us |me )?about|is about|are about|covers|cover|discusses|discuss|deals with"
    r"|refers to|describes|explains|has|contains|includes|brings up|says (?:something|anything)"
    r" about|says about|gives|features|is on)"
)
# "Which sentence mentions Tokyo?" is answered the same way: the sentence, with its ¶.
_PARAGRAPH_OR_LINE = r"(?:paragraph|para|graf|passage|section|part|sentence|line|bit)"
# "Which sentence lists the areas of cooperation?": the sentence answering what they are.
_LISTS = r"(?:lists|list|enumerates|spells out|sets out|lays out)"
WHICH_PARAGRAPH = prefilter.compile(
    rf"^(?:in |on )?(?:which|what) {_PARAGRAPH_OR_LINE}(?: of (?:the|this) {_ARTICLE})?"
    rf" (?:(?P<names>{_NAMES})|(?P<says>{_SAYS})|(?P<lists>{_LISTS}))(?: that)? (?P<what>.+)$"
)
# "Please cite the sentence that lists all three areas", "quote the line that mentions
# Tokyo": asked as "which sentence lists…".
_SENTENCE_REQUESTED = prefilter.compile(
    r"^(?:(?:ok|okay|so|and|now|then)\s+)*(?:please |pls |can you |could you )*(?:cite|quote"
    rf"|give me|show me|point me to|find) (?:the|a) (?P<unit>{_PARAGRAPH_OR_LINE})"
    r" (?:that|which) (?P<rest>.+?)(?: please| pls)?$"
)
# "Which paragraph is that in, roughly - what does it start with?", "what does that
# paragraph begin with?", "where in the article is that line?": of the last answer's sentence.
PARAGRAPH_OF_LAST = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|then|also|but)\s+)*(?:"
    rf"(?:in |on )?(?:which|what) {_PARAGRAPH}(?: number)? (?:is|was|s|are|were)"
    r" (?:that|this|it|they|those|that sentence|that line|that quote|that bit|that phrase"
    r"|that passage|this sentence|this line|this quote)\b"
    rf"|(?:what|how) (?:does|did) (?:that|this|the|its|their) {_PARAGRAPH}"
    r" (?:start|starts|begin|begins|open|opens)\b"
    rf"|where in the {_ARTICLE} (?:is|was|are|were) (?:that|this|it|those|these)\b"
    r")"
)
# What of a paragraph's opening is shown: enough to find it by, not the whole paragraph.
OPENING_SHOWN = 10
# "What para is the BECA in?", "in which paragraph is Begin mentioned?"
PARAGRAPH_OF = prefilter.compile(
    rf"^(?:in |on )?(?:which|what) {_PARAGRAPH_OR_LINE} (?:is|are|was|were|do|does) (?P<what>.+?)"
    r" (?:in|mentioned(?: in)?|named(?: in)?|discussed(?: in)?|described(?: in)?|brought up"
    r"|talked about|come up|comes up|appear|appears|found(?: in)?|covered(?: in)?)$"
)
# "Where in the article does it say the statement doesn't mention China?", "where does
# the article mention Tokyo?": where in the text, not where something happened.
WHERE_IN_ARTICLE = prefilter.compile(
    rf"^where (?:in (?:the|this) {_ARTICLE} (?:does|do|did|is) (?:it|they|the author|the writer)"
    rf"|(?:does|do|did) (?:the|this) (?:{_ARTICLE}|author|writer))"
    r" (?:(?P<names>mention|talk about|tell (?:us |me )?about|discuss|cover|refer to|bring up"
    r"|describe|name)|(?P<says>say|state|claim|report|tell (?:us |me )?that|note))"
    r"(?: that)? (?P<what>.+)$"
)
# "What does paragraph 3 say?", "what's in the last paragraph?", "what is para 2 about?"
PARAGRAPH_CONTENT = prefilter.compile(
    r"^what (?:does|did|do) (?:the )?(?P<a>[a-z ]*\b(?:paragraph|para)\b[a-z ]*?)"
    r" (?:say|says|tell us|tell me|talk about|cover|mention|describe|discuss|state|contain)$"
    # "What is meant by 'the visit' in paragraph 3?" asks about words, not the paragraph.
    r"|^what (?:is|s|was|happens) (?!meant by\b)(?:in |on )?(?:the )?"
    r"(?P<b>[a-z ]*\b(?:paragraph|para)\b[a-z ]*?)(?: about| saying)?$"
)
# "Who is mentioned…", "what countries are named…", "which people are in…" (a paragraph).
MENTIONED_OR_IN = prefilter.compile(
    r"\b(?:mention(?:ed|s)?|named?|cited|referred to|appears?|(?:is|are) in)$"
    r"|^(?:who|what \w+|which \w+) (?:is|are|was|were)$"
)
# "What does 'DOD' stand for in paragraph 4?", "what is meant by 'such dialogues' in para
# 5?": the paragraph only shows where the words stand; what they mean may be told elsewhere.
WORDS_MEANING_ASKED = prefilter.compile(
    r"^what (?:does|do|did) (?:the (?:word|words|term|phrase|abbreviation|acronym) )?"
    r"(?P<words>[a-z0-9+ -]+?) (?:mean|means|stand for|stands for|refer to|refers to|refer)$"
    r"|^what (?:is|s) (?:meant by|the meaning of) (?:the (?:word|term|phrase) )?"
    r"(?P<meant>[a-z0-9+ -]+?)$"
)
_MENTION_TERMS = frozenset(term(w) for w in ("mention", "mentioned", "named", "cited", "appear"))
_WH_WORDS = frozenset("how what who whom when where why which whether".split())

# A paragraph named inside a question: "…in para 3", "(paragraph 2)", "in the third
# paragraph", "according to the opening paragraph". Read from the words as typed, so that
# the rest of the question can be asked as it was.
_COUNT = r"\d{1,2}|" + "|".join(NUMBER_WORDS)
_ORDINAL = "|".join(
    [*ORDINALS, "last", "final", "closing", "opening", "lead", "top", "1st", "2nd", "3rd"]
    + [f"{n}th" for n in range(4, 11)]
)
_PLACE_WORDS = (
    r"(?:(?:in|from|of|on|at|within|according to|per|under)\s+)?(?:the\s+|this\s+)?"
    r"(?:(?:article|story|text|piece)(?:'s|s)?\s+)?"
)
IN_NUMBERED_PARAGRAPH = prefilter.compile(
    rf"\s*[(,]?\s*\b(?P<lead>{_PLACE_WORDS})"
    rf"(?:(?:paragraph|para|graf|par)\.?\s*(?P<number>{_COUNT})"
    rf"|(?P<ordinal>{_ORDINAL})\s+(?:paragraph|para|graf))\b\s*\)?",
    re.IGNORECASE,
)
IN_PARAGRAPH_STARTING = prefilter.compile(
    rf"\s*[(,]?\s*\b(?P<lead>{_PLACE_WORDS}){_PARAGRAPH}\s+(?:that\s+|which\s+)?"
    r"(?:starting|beginning|opening|starts|begins|opens|that starts|that begins)"
    r"(?:\s+with|\s+by)?\s*(?:'(?P<quoted>[^']+)'|\"(?P<dquoted>[^\"]+)\"|(?P<bare>[^,;?!]+))\s*\)?",
    re.IGNORECASE,
)
_FIRST_WORDS = frozenset({"first", "1st", "opening", "lead", "top"})
_LAST_WORDS = frozenset({"last", "final", "closing"})


@dataclass(frozen=True, slots=True)
class _Reference:
    """A paragraph a question names, and the question without that naming."""

    rest: str
    place: Place | None  # None: no such paragraph ("para 12" of eight)
    said: str  # how the question named it, for the abstention


class PassageAnswers(EngineCore):
    @abc.abstractmethod
    def _read_and_answer(self, text: str, context: Context, within: Place | None = None) -> Answer:
        """The whole engine's answer to a question, kept to one paragraph if `within`."""

    @abc.abstractmethod
    def _answer(self, question: str, context: Context) -> Answer:
        """The whole engine's answer to a question, as if it were asked anew."""

    @abc.abstractmethod
    def _paragraph(
        self, paragraph: int, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """What the facts quoting that paragraph say."""

    def _only_article(self) -> str | None:
        """The one article, where paragraph numbers are unambiguous."""
        if len(self.factbase.articles) != 1:
            return None
        return next(iter(self.factbase.articles))

    # --- "Which paragraph…?" -------------------------------------------------------------

    def _which_paragraph(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Which paragraph says Esper has done a 2+2 before?" → "¶5: This is the second
        time…"; "which paragraph mentions Tokyo?" → ¶8; "what para is the BECA in?" → ¶1 and
        ¶3. A claim is checked as one ("is it true that…?"); a thing is looked up in the
        paragraphs that name it."""
        said = _SENTENCE_REQUESTED.sub(r"which \g<unit> \g<rest>", normalise(text))
        asked = (
            WHICH_PARAGRAPH.match(said) or WHERE_IN_ARTICLE.match(said) or PARAGRAPH_OF.match(said)
        )
        if asked is None or self._only_article() is None:
            return None
        what = asked["what"]
        if what.split()[0] in _WH_WORDS:
            # "Which paragraph says how many dialogues there have been?": that answer's.
            return self._paragraph_of_answer(what, what, context)
        if asked.groupdict().get("lists"):
            listing = self._paragraph_of_answer(f"what are {what}", what, context)
            if not listing.abstained:
                return listing
        if asked.groupdict().get("says"):
            return self._paragraph_of_answer(f"is it true that {what}", what, context)
        return self._paragraphs_naming(what, text, context, notes)

    def _paragraph_of_last(self, text: str, context: Context) -> Answer | None:
        """ "Does the same phrase show up again later?" (¶4) "Which paragraph is that in,
        roughly - what does it start with?": the last answer's paragraph and its opening
        words, quoting the paragraph's first sentence."""
        article_id = self._only_article()
        last = self.factbase.facts.get(context.fact_id or "")
        if article_id is None or last is None or PARAGRAPH_OF_LAST.match(normalise(text)) is None:
            return None
        number = last.quote.paragraph
        first_facts = self.index.paragraphs.facts.get((article_id, number), ())
        opening = self.factbase.facts.get(first_facts[0]) if first_facts else None
        if opening is None:
            return None
        start, end = self.factbase.articles[article_id].paragraphs[number]
        words = self.factbase.articles[article_id].text[start:end].split()
        shown = " ".join(words[:OPENING_SHOWN]) + ("…" if len(words) > OPENING_SHOWN else "")
        label = _label_of(number)
        return self._direct(
            text=f"{label[:1].upper()}{label[1:]}, which begins “{shown}”",
            facts=[opening],
            confidence=0.9,
            parsed=parse(normalise(text), self.index),
            context=context,
            notes=[],
        )

    def _paragraph_of_answer(self, question: str, what: str, context: Context) -> Answer:
        """The paragraph of the sentence that answers the question (a claim: only if the
        article says it is so), led by its ¶."""
        answer = self._read_and_answer(question, context)
        refused = answer.abstained or not answer.quotes or answer.text.startswith(("No", "False"))
        if refused or not self._names_all_asked(what, _place(answer.quotes[0])):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "No paragraph of the article says that.",
                context,
                parsed=parse(what, self.index),
            )
        quote = answer.quotes[0]
        return replace(answer, text=f"{_label(quote)}: {quote.text}", quotes=(quote,))

    def _names_all_asked(self, what: str, place: Place) -> bool:
        """The paragraph names everyone and everything the claim names: a sentence about
        China's Communist Party is no paragraph saying that China is a democracy only if
        its paragraph never calls anything one, but one without China cannot say it."""
        named = {link.entity for link in parse(what, self.index).entities if link.start >= 0}
        return all(place in self.index.paragraphs.by_entity.get(e, ()) for e in named)

    def _paragraphs_naming(
        self, what: str, typed: str, context: Context, notes: list[str]
    ) -> Answer:
        """The paragraphs whose words name everything asked ("Tokyo", "the 21st century"),
        each with the sentence that does; the first if there are several."""
        parsed = parse(what, self.index)
        entities = list(dict.fromkeys(link.entity for link in parsed.entities if link.start >= 0))
        terms = list(dict.fromkeys(parsed.terms))
        if parsed.unknown:
            # "Which paragraph mentions Modi?": none, as the article never does.
            names = ", ".join(_as_typed(word, typed) for word in parsed.unknown[:3])
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't mention {names} in any paragraph.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        paragraphs = self.index.paragraphs
        if not (entities or terms) and parsed.wanted_kind is not None:
            # "What paragraph names the agreement?": wherever one of that kind is named.
            kind = self._of_kind.get(parsed.wanted_kind, ())
            places = sorted({p for e in kind for p in paragraphs.by_entity.get(e, ())})
            entities = list(kind)
        else:
            places = paragraphs.having_all(entities, terms)
        if not (entities or terms):
            return self._not_found(parsed, context, [], notes)
        if len(places) > 1:
            places = [p for p in places if p[1] != 0]  # the headline restates the body
        if not places:
            return self._not_found(parsed, context, [], notes)
        wanted = set(terms)
        facts = [self._sentence_naming(p, set(entities), wanted) for p in places]
        shown = [f for f in facts if f is not None]
        if not shown:
            return self._not_found(parsed, context, [], notes)
        first = shown[0].quote
        if len(places) == 1:
            answer = f"{_label(first)}: {first.text}"
        else:
            labels = [_label_of(p[1]) for p in places]
            listed = ", ".join(labels[:-1]) + f" and {labels[-1]}"
            answer = f"{listed}; the first, {_label(first)}: {first.text}"
        return self._direct(
            text=answer,
            facts=shown[:3],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _sentence_naming(self, place: Place, entities: set[str], wanted: set[str]) -> Fact | None:
        """Of the facts quoting the paragraph, the one whose quote names most of what is
        asked; a fact about what happened before one saying who someone is."""
        best: tuple[int, bool, int] | None = None
        chosen: Fact | None = None
        for order, fact_id in enumerate(self.index.paragraphs.facts.get(place, ())):
            fact = self.factbase.facts[fact_id]
            quote = fact.quote.text
            named = len(entities & self.index.entities_mentioned(quote))
            named += len(wanted & {term(w) for w in tokens(quote) if w not in STOPWORDS})
            key = (-named, fact_id in self._identity_facts, order)
            if best is None or key < best:
                best, chosen = key, fact
        return chosen

    # --- A question kept to one paragraph --------------------------------------------------

    def _paragraph_content(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What does paragraph 3 say?", "what's in the last paragraph?": its summary."""
        said = normalise(text)
        if PARAGRAPH_CONTENT.match(said) is None:
            return None
        number = paragraph_asked(said, self.factbase)
        if number is None:
            return None
        return self._paragraph(number, parse(text, self.index), context, notes)

    def _paragraph_referred(self, text: str) -> _Reference | None:
        """ "…in para 3", "(paragraph 2)", "in the third paragraph", "in the paragraph
        starting 'In a statement'": the paragraph, and the question without it."""
        article_id = self._only_article()
        if article_id is None:
            return None
        folded = fold_quotes(text)
        count = self.factbase.articles[article_id].paragraph_count
        starting = IN_PARAGRAPH_STARTING.search(folded)
        if starting is not None:
            opening = starting["quoted"] or starting["dquoted"] or starting["bare"]
            found = self.index.paragraphs.starting_with(normalise(opening).split())
            rest = folded[: starting.start()] + " " + folded[starting.end() :]
            place = found[0] if len(found) == 1 else None
            return _Reference(rest.strip(), place, f"paragraph starting “{opening.strip()}”")
        numbered = IN_NUMBERED_PARAGRAPH.search(folded)
        if numbered is None or not (numbered["lead"].strip() or "(" in numbered[0]):
            return None
        number = _paragraph_number(numbered["number"], numbered["ordinal"], count)
        rest = folded[: numbered.start()] + " " + folded[numbered.end() :]
        place = (article_id, number) if 0 < number <= count else None
        return _Reference(
            rest.strip(), place, f"paragraph {number}" if number else "such paragraph"
        )

    def _in_paragraph(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Who are the two secretaries of defense in para 3?": the question asked of that
        paragraph's facts only, and answered from its sentences or not at all."""
        reference = self._paragraph_referred(text)
        if reference is None:
            return None
        meaning = self._meaning_of_words_there(reference, context)
        if meaning is not None:
            return meaning
        rest = parse(reference.rest, self.index)
        if reference.place is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article has no {reference.said}: it has "
                f"{self._paragraph_total()} paragraphs after its headline.",
                context,
                parsed=rest,
                notes=tuple(notes),
            )
        named = self._named_in_paragraph(rest, reference.place, context, notes)
        if named is not None:
            return named
        asks_something = rest.entities or rest.terms or rest.unknown or rest.wanted_kind
        if not asks_something or rest.qtype == "summary":
            return None  # "what does paragraph 3 say?", "summarise para 2": the summary's
        # The question asked whole first, kept when it quotes that paragraph: "what verb
        # describes US-India relations in paragraph 7?" gets "heating up rapidly" from the
        # wording readers, not ¶7's other sentence about the relationship.
        whole = self._answered_there(reference, context)
        if whole is not None:
            return whole
        answer = self._read_and_answer(reference.rest, context, within=reference.place)
        if answer.abstained:
            return answer
        if not self._told_in(answer, reference.place):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"{_label_of(reference.place[1]).capitalize()} doesn't say.",
                context,
                parsed=rest,
                notes=tuple(notes),
            )
        return answer

    def _meaning_of_words_there(self, reference: _Reference, context: Context) -> Answer | None:
        """ "What does 'DOD' stand for in paragraph 4?", "what does quadripartite mean in the
        last paragraph?": what the words mean, asked without the paragraph, when that
        paragraph uses them (¶2 says what the DOD is; ¶4 only uses the letters)."""
        asked = WORDS_MEANING_ASKED.match(normalise(reference.rest))
        if asked is None or reference.place is None:
            return None
        words = tuple((asked["words"] or asked["meant"]).split())
        if reference.place not in self.index.paragraphs.with_phrase(words):
            return None
        return self._answer(reference.rest, context)

    def _answered_there(self, reference: _Reference, context: Context) -> Answer | None:
        """ "Which word in paragraph 1 is used to describe the global security challenges?":
        the question asked whole, as the words it asks for are found by more than one
        paragraph's facts, kept only when its answer quotes that paragraph."""
        if reference.place is None:
            return None
        answer = self._answer(reference.rest, context)
        if answer.abstained or not self._told_in(answer, reference.place):
            return None
        return answer

    def _named_in_paragraph(
        self, rest: Parsed, place: Place, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "What agreement is named in para 1?", "who is mentioned in paragraph 4?",
        "which countries are in the last paragraph?": those of that kind it names."""
        said = set(rest.terms) - _MENTION_TERMS
        if rest.entities or said or MENTIONED_OR_IN.search(rest.text) is None:
            return None
        kind = rest.wanted_kind or ("person" if rest.qtype in ("who", "who_is") else None)
        if kind is None:
            return None
        entities = self.factbase.entities
        found = sorted(
            (e for e in self.index.paragraphs.named.get(place, ()) if self._kind(e) == kind),
            key=lambda e: entities[e].name,
        )
        fact = self._sentence_naming(place, set(found), set())
        if not found or fact is None:
            return None
        names = [entities[e].name for e in found]
        listed = joined(names)
        return self._direct(
            text=f"{_label_of(place[1]).capitalize()} names {listed}",
            facts=[fact],
            confidence=0.85,
            parsed=rest,
            context=context,
            notes=notes,
            about=found,
        )

    def _told_in(self, answer: Answer, place: Place) -> bool:
        """The answer quotes only the paragraph, and names no one it does not ("what
        agreement is named in para 1?" is not answered with the partnership of ¶6)."""
        if any(_place(q) != place for q in answer.quotes):
            return False
        named = self.index.paragraphs.named.get(place, frozenset())
        there = named | {m for e in named for m in self.index.expand(e)}
        return self.index.entities_mentioned(answer.text) <= there

    def _paragraph_total(self) -> int:
        article_id = self._only_article()
        return self.factbase.articles[article_id].paragraph_count if article_id else 0


def _paragraph_number(number: str | None, ordinal: str | None, count: int) -> int:
    """The paragraph a number or an ordinal names (0 if none)."""
    if number is not None:
        said = number.lower()
        return int(said) if said.isdigit() else NUMBER_WORDS.get(said, 0)
    said = (ordinal or "").lower()
    if said in _LAST_WORDS:
        return count
    if said in _FIRST_WORDS:
        return 1
    if said[:-2].isdigit():
        return int(said[:-2])
    return ORDINALS.get(said, 0)


def _as_typed(word: str, text: str) -> str:
    """The word as the question wrote it ("Modi", not the normalised "modi")."""
    found = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    return found[0] if found is not None else word


def _place(quote: Quote) -> Place:
    return (quote.article, quote.paragraph)


def _label_of(paragraph: int) -> str:
    """How answers name a paragraph: "¶3", or "the headline"."""
    return "the headline" if paragraph == 0 else f"¶{paragraph}"


def _label(quote: Quote) -> str:
    return _label_of(quote.paragraph)
