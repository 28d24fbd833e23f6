"""What the article puts in quotation marks, listed: "what exactly is in quotation marks in
the first paragraph?" (“pressing global security challenges”, the Defense Department's),
"who is quoted directly and who is paraphrased?" (Pompeo and U.S. government officials; the
rest is the article's own report).

Read from the quotation marks the index finds once (`Index.quotations`, a few per article),
never from the facts; with several articles these questions are left to the usual reading."""

from __future__ import annotations

import abc
import re
from dataclasses import replace

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.lexicon import STOPWORDS
from bot.engine.phrases import paragraph_asked
from bot.engine.question import parse
from bot.engine.quoting import Quotation, asked_words, whose_words
from bot.text import fold_quotes, normalise

__all__ = [
    "AGAIN_ASKED",
    "POINTED_WORDS",
    "QUOTATIONS_LISTED_NOTE",
    "QUOTATION_END_ASKED",
    "WRITER_OR_SPEAKER",
    "QuotationMarkAnswers",
    "points_back_at_words",
]

QUOTATIONS_LISTED_NOTE = "the passages the article puts in quotation marks"

_LEAD = r"^(?:(?:and|so|ok|okay|then|also|but|now)\s+)*"
_SOURCE = r"(?:the |this )?(?:article|story|piece|text|report|writer|author|reporter|it)"
_MARKS = r"(?:quotation marks|quote marks|quotes|inverted commas|speech marks)"
# Where the list is asked for, if anywhere: "…in the article", "…in the first paragraph",
# "…in para 6", "…in the headline"; and "…and who is paraphrased?", answered by the list.
_TAIL = (
    rf"(?: (?:in|from|by|within) {_SOURCE})?"
    r"(?: (?:anywhere|at all))?"
    r"(?: and (?:who|what|which)(?: (?:is|are|was|were|gets?|just|only))* (?:paraphrased"
    r"|reported|summari[sz]ed|indirect|in (?:its|the article s|the writer s) own words))?"
    r"(?: (?:in|of) (?:the |this )?(?:\w+ )?(?:paragraph|para|graf|par|headline|title)"
    r"(?: \w+)?)?(?: of {_SOURCE})?$"
)
# "What exactly is in quotation marks in the first paragraph?", "which words does the
# article put in quotes?", "what's quoted directly in para 6?", "what are the direct quotes?"
WHAT_IS_MARKED = prefilter.compile(
    _LEAD + r"(?:what|which)(?: exactly)?(?: (?:words?|phrases?|passages?|parts?|bits?|text"
    r"|lines?|sentences?))?"
    r"(?:"
    rf"(?: (?:is|are|was|were|appears?|stands?|sits?))?(?: exactly)? (?:put |placed |set )?"
    rf"(?:in|inside|within|between) {_MARKS}"
    rf"|(?: (?:does|do|did) {_SOURCE} (?:put|place|set|have) (?:in|inside|within|between)"
    rf" {_MARKS})"
    r"|(?: (?:is|are|was|were|gets?))? (?:directly quoted|quoted directly|quoted verbatim"
    r"|quoted word for word|quoted)"
    rf"|(?: (?:does|do|did) {_SOURCE} quote)(?: directly| verbatim| word for word)?"
    r"|(?: (?:is|are|were))? (?:the |its )?direct (?:quotes|quotations)"
    r")" + _TAIL
)
# "Who is quoted directly and who is paraphrased?", "who does the article quote directly?",
# "whose words are in quotation marks?", "who gets quoted in the article?"
WHO_IS_MARKED = prefilter.compile(
    _LEAD + r"(?:"
    r"who(?: (?:is|are|was|were|gets?))? (?:directly quoted|quoted directly|quoted verbatim"
    r"|quoted word for word|quoted)"
    rf"|who (?:does|do|did) {_SOURCE} quote(?: directly| verbatim| word for word)?"
    rf"|whose (?:words|remarks|statements?) (?:are|is|were|was|get|gets) (?:in {_MARKS}"
    r"|quoted(?: directly)?|directly quoted)"
    r")" + _TAIL
)

# "Are there any direct quotes in the article?", "does the article quote anyone directly?",
# "is anything in quotation marks in para 6?": Yes, with them; a No said as an abstention.
YES_NO_MARKED = prefilter.compile(
    _LEAD + r"(?:"
    r"(?:are|is) there (?:any |some )?(?:direct (?:quotes|quotations)|quotation marks|quotes"
    r"|(?:words|phrases|passages) in " + _MARKS + r")"
    r"|(?:is|are) (?:anything|any words|any phrases|something) (?:in|inside) " + _MARKS + r""
    r")" + _TAIL
)
WHO_YES_NO = prefilter.compile(
    _LEAD + rf"(?:does|did) {_SOURCE} (?:quote|cite) (?:anyone|anybody|someone|somebody|people"
    r"|sources)(?: directly| verbatim| word for word)?" + _TAIL
)

# "Who's that phrase attributed to?", "whose words are those?", "who said that line?": the
# words the last turn quoted (or listed), pointed back at.
WHOSE_POINTED = prefilter.compile(
    _LEAD + r"(?:who(?: is| was| s| are| were)?|whose|to whom (?:is|was|are|were))"
    r"(?: (?:is|was|are|were|said|used|wrote|came up with|coined))?"
    r" (?:that|this|those|these|the) (?:phrase|quote|quotation|line|wording|words|bit"
    r"|expression|remark)s?"
    r"(?: (?:is|was|are|were))?(?: (?:attributed|credited|ascribed))?"
    r"(?: (?:to|from|by))?(?: (?:then|again|exactly))?$"
)

# Whether words are used again: "does the same phrase show up again later?", "is 'pressing
# global security challenges' repeated anywhere?", "does it appear elsewhere?".
AGAIN_ASKED = prefilter.compile(
    r"\b(?:show|shows|showed|turn|turns|crop|crops|pop|pops) up\b.*\b(?:again|later|elsewhere"
    r"|anywhere else|a second time|twice|further (?:down|on)|more than once)\b"
    r"|\b(?:appear|appears|appeared|occur|occurs|recur|recurs|come up|comes up|used|use|uses"
    r"|mentioned|said|written)\b.*\b(?:again|later on|later|elsewhere|anywhere else"
    r"|a second time|twice|further (?:down|on)|more than once)\b"
    r"|\b(?:repeated|repeats|repeat|reused|reappear|reappears)\b"
)
# What "the same phrase", "that phrase", "it" points back to: the words last quoted.
POINTED_WORDS = prefilter.compile(
    r"\b(?:(?:the same|that|this|those|these|the) (?:phrase|words|wording|expression|line|quote"
    r"|bit|term)|it|they|that|those)\b"
)

# "Does the Pompeo quote end with 'Communist Party'?", "does his quotation start with
# 'also included'?": which end of a quotation, asked of.
QUOTATION_END_ASKED = prefilter.compile(
    r"\b(?:quote|quotation|quoted words|remark|remarks|words)\b.*\b(?P<end>end|ends|ended"
    r"|finish|finishes|finished|close|closes|closed|start|starts|started|begin|begins|began"
    r"|open|opens|opened) (?:with|on|in)\b"
)

# "Is 'thwart' his word or the reporter's?", "the article's phrase or Pompeo's?": whether
# words are someone's quoted or the writer's own.
_WRITER = r"(?:reporter|writer|author|journalist|article|story|paper|piece|narrator)"
WRITER_OR_SPEAKER = prefilter.compile(
    rf"\b(?:word|words|wording|phrase|phrasing|term|language|expression)\b.* or\b.*\b{_WRITER}"
    rf"|\b{_WRITER}(?: s|'s|’s)?(?: own)? (?:word|words|wording|phrase|phrasing|term|language"
    r"|expression)\b.* or\b"
)


def points_back_at_words(question: str) -> bool:
    """Whether a question asks about the words the last turn quoted: "who's that phrase
    attributed to?", "does the same phrase show up again later?"; they stay quoted after."""
    said = normalise(question)
    if WHOSE_POINTED.match(said) is not None:
        return True
    lowered = fold_quotes(question).lower()
    return AGAIN_ASKED.search(lowered) is not None and POINTED_WORDS.search(lowered) is not None


class QuotationMarkAnswers(EngineCore):
    @abc.abstractmethod
    def _answer(self, question: str, context: Context) -> Answer:
        """The whole engine's answer to a question of its own ("who said “…”?")."""

    def _quotations_listed(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What exactly is in quotation marks in the first paragraph?": the passages the
        article quotes directly there (or anywhere), each with whose words they are; "who is
        quoted directly?": whose words those are. None for words the asker quotes ("who said
        'pressing global security challenges'?" is the quoting check's)."""
        if len(self.factbase.articles) != 1 or asked_words(text) is not None:
            return None
        said = normalise(text)
        who = WHO_IS_MARKED.match(said) is not None or WHO_YES_NO.match(said) is not None
        if not who and WHAT_IS_MARKED.match(said) is None and YES_NO_MARKED.match(said) is None:
            return None
        article = next(iter(self.factbase.articles))
        paragraph = paragraph_asked(said, self.factbase)
        marked = [
            q
            for q in self.index.quotations.by_article.get(article, ())
            if paragraph is None or q.fact.quote.paragraph == paragraph
        ]
        if not marked:
            return self._none_marked(paragraph, context, notes)
        yes = "Yes. " if YES_NO_MARKED.match(said) or WHO_YES_NO.match(said) else ""
        listed = _speakers_listed(marked, paragraph) if who else _passages_listed(marked)
        answer = self._direct(
            text=yes + listed,
            facts=list({q.fact.id: q.fact for q in marked}.values()),
            confidence=0.9,
            parsed=parse(said, self.index),
            context=context,
            notes=[*notes, QUOTATIONS_LISTED_NOTE],
            about=[],  # the article's marks, no one named: "the first paragraph" is not Esper
        )
        if len(marked) > 1:
            return answer
        # One passage: "who's that phrase attributed to?" next asks about its words.
        return replace(answer, context=replace(answer.context, quoted=marked[0].text))

    def _whose_pointed_words(self, text: str, context: Context) -> Answer | None:
        """ "What's in quotation marks in ¶1?" (“pressing global security challenges”)
        "Who's that phrase attributed to?": asked as "who said “…”?" of those words, not of
        whoever the last fact names (Esper and Singh agreed; the Defense Department said)."""
        if not context.quoted or asked_words(text) is not None:
            return None
        if WHOSE_POINTED.match(normalise(text)) is None:
            return None
        return self._answer(f"who said “{context.quoted}”?", context)

    def _writer_or_speaker(self, text: str, context: Context) -> Answer | None:
        """ "Is 'thwart' his word or the reporter's?": inside the marks around Pompeo's
        words, so his; "is 'heating up' the officials' phrase or the writer's?": outside any
        marks, so the writer's own."""
        words = asked_words(text) or _single_quoted(text)
        if not words or WRITER_OR_SPEAKER.search(fold_quotes(text).lower()) is None:
            return None
        quotations = self.index.quotations
        found = quotations.find(words, shortest=1)  # the asker quoted even one word
        if found is None or found.fact is None:
            return None
        written = quotations.text(found)
        inside = found.inside
        if inside is not None:
            whose = whose_words(inside) or "someone the article does not name"
            said = f"Quoted from {whose}: “{written}” is inside the article's quotation marks."
            fact = inside.fact
        elif found.quotations:
            return None  # partly quoted: the quoting check says which part
        else:
            said = (
                f"The article's own wording: “{written}” is not inside quotation marks, so it "
                "is not quoted from anyone."
            )
            fact = found.fact
        return self._direct(
            text=said,
            facts=[fact],
            confidence=0.9,
            parsed=parse(normalise(text), self.index),
            context=context,
            notes=[],
        )

    def _quotation_end_checked(self, text: str, context: Context) -> Answer | None:
        """ "Does the Pompeo quote end with 'Communist Party'?": Yes, with the quotation's
        last words; No, with what they are instead. Only for the one quotation of whoever
        the question names (or the one just talked about)."""
        asked = QUOTATION_END_ASKED.search(normalise(text))
        words = asked_words(text) or _single_quoted(text)
        if asked is None or not words:
            return None
        quotation = self._quotation_of_named(text, words, context)
        if quotation is None:
            return None
        at_end = asked["end"][0] in "efc"  # end, finish, close; not start, begin, open
        own = _plain_words(quotation.text)
        checked = _plain_words(words)
        if not checked:
            return None
        matches = own[-len(checked) :] == checked if at_end else own[: len(checked)] == checked
        shown = " ".join(quotation.text.split()[-4:] if at_end else quotation.text.split()[:4])
        edge = f"“…{shown}”" if at_end else f"“{shown}…”"
        verb = "ends" if at_end else "begins"
        # "the U.S. Defense Department, in a statement" → "the U.S. Defense Department"
        whose = whose_words(quotation).split(",")[0] or "the article's source"
        lead = "Yes" if matches else "No"
        return self._direct(
            text=f"{lead}. The quotation from {whose} {verb} {edge}.",
            facts=[quotation.fact],
            confidence=0.9,
            parsed=parse(normalise(text), self.index),
            context=context,
            notes=[],
        )

    def _quotation_of_named(self, text: str, words: str, context: Context) -> Quotation | None:
        """The one quotation of the speaker the question names outside the quoted words
        ("the Pompeo quote"), or of the words the last turn quoted."""
        article = next(iter(self.factbase.articles), None)
        quotations = self.index.quotations.by_article.get(article or "", ())
        rest = text.replace(words, " ")
        named = {link.entity for link in parse(rest, self.index).entities if link.start >= 0}
        if named:
            found = [q for q in quotations if _spoken_by(q, named)]
        else:
            # "the officials' quote": a speaker the article leaves unnamed, by its words
            asked = set(_plain_words(rest.replace("'", " ")))
            found = [q for q in quotations if asked & _speaker_words(q)] or [
                q for q in quotations if context.quoted and context.quoted in q.text
            ]
        return found[0] if len(found) == 1 else None

    def _none_marked(self, paragraph: int | None, context: Context, notes: list[str]) -> Answer:
        """ "What's in quotation marks in the last paragraph?": nothing there; said as an
        abstention, as no sentence of the article shows an absence."""
        where = "the headline" if paragraph == 0 else f"paragraph {paragraph}"
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article puts nothing in quotation marks in {where}.",
            context,
            notes=(*notes, QUOTATIONS_LISTED_NOTE),
        )


def _passages_listed(marked: list[Quotation]) -> str:
    """ "“pressing global security challenges” (the U.S. Defense Department, in a statement;
    ¶1)", one passage after another."""
    parts = []
    for quotation in marked:
        whose = whose_words(quotation)
        where = f"¶{quotation.fact.quote.paragraph}"
        parts.append(f"“{quotation.text}” ({whose}; {where})" if whose else f"“{quotation.text}”")
    lead = "The article puts in quotation marks: " if len(parts) > 1 else ""
    return lead + "; ".join(parts) + "."


def _speakers_listed(marked: list[Quotation], paragraph: int | None) -> str:
    """ "The article quotes directly Secretary Pompeo (¶6) and U.S. government officials
    (¶7); …": whose the words in quotation marks are, as the article says; every other word
    is its own report."""
    whose = list(
        dict.fromkeys(
            f"{whose_words(q) or 'an unnamed source'} (¶{q.fact.quote.paragraph})" for q in marked
        )
    )
    names = whose[0] if len(whose) == 1 else ", ".join(whose[:-1]) + " and " + whose[-1]
    where = "The article" if paragraph is None else f"In paragraph {paragraph}, the article"
    return f"{where} quotes directly {names}; everything else it reports in its own words."


def _spoken_by(quotation: Quotation, named: set[str]) -> bool:
    who = quotation.speaker.roles.get("who") if quotation.speaker is not None else None
    return who is not None and bool(named & set(who.entities))


def _plain_words(text: str) -> list[str]:
    """Lower-case words, curly apostrophes as straight ones: "China’s" is "china's"."""
    return re.findall(r"[\w']+", fold_quotes(text).lower())


def _single_quoted(text: str) -> str | None:
    """One word the question puts in quotation marks ('democracies'), which `asked_words`
    (two or more) leaves out."""
    found = re.search(r"(?<!\w)['\"]([\w’']+)['\"](?!\w)", fold_quotes(text))
    return found[1] if found else None


def _speaker_words(quotation: Quotation) -> set[str]:
    """The telling words of whose a quotation is: {"government", "officials"}."""
    return {w for w in _plain_words(whose_words(quotation)) if len(w) > 3 and w not in STOPWORDS}
