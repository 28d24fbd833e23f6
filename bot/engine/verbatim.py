"""Checks of the article's exact words, put in quotation marks by the asker: "does the article
use the phrase 'elevated strategic partnership'?" (Yes), "it calls it a 'comprehensive strategic
partnership', right?" (No: "elevated strategic partnership"), "is it 'logistics' or 'logistical
support'?" ("logistics").

Read from the article's own words and where they stand, tabled once per engine; a question
reads only the paragraphs having its rarest word, never every fact. Nothing here says what the
article does not: words it never uses, with nothing near them, are left to the usual reading
("does it call India an 'ally'?" stays unanswered).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import Match, SequenceMatcher, get_close_matches
from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.index import FactEntry
from bot.engine.lexicon import STOPWORDS, SYNONYMS
from bot.engine.marks import AGAIN_ASKED, POINTED_WORDS
from bot.engine.question import parse
from bot.engine.quoting import asked_words as quoted_phrase
from bot.engine.quoting import quotation_marks_asked
from bot.engine.spelledletters import (
    letter_asked,
    letters_joined,
    spelling_of_asked,
    variant_asked,
    word_use_asked,
)
from bot.engine.wording import WordingAnswers
from bot.factbase.model import Article
from bot.text import fold_quotes, stem

__all__ = ["VerbatimAnswers"]

_WORD = re.compile(r"\w+")
# Words the asker puts in quotation marks, one or more: 'quadripartite', "free nations"; an
# apostrophe inside a word ("China's") does not end them.
_QUOTED = re.compile(r"(?<!\w)'(.+?)'(?!\w)|\"(.+?)\"")
# A question about wording, asked for a yes or a no: "does the article use…", "is '…' the
# article's own word?", "did it call it a '…'?", "'…' - is that the exact wording?".
_YES_NO = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait|also|then|hmm|quick|q)\W+)*"
    r"(?:is|was|are|were|does|did|do|has|have)\b"
)
# How the article writes words the asker quotes: "how does the article write 'mutual
# engagement on logistics'?", "how is 'quadripartite' spelt in the text?".
_HOW_WRITTEN = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\W+)*how (?:does|did|do|is|are|was) (?:the (?:article|story"
    r"|piece|text|report)|it) (?:write|spell|phrase|word|put|render)\b"
    r"|^(?:(?:so|and|but|ok|okay)\W+)*how (?:is|are|was) .+ (?:written|spelt|spelled|worded"
    r"|phrased)\b"
)
# A bare claim of the article's own wording, which only the article can bear out: "the
# article calls it an 'elevated strategic partnership'", "the story describes ties as
# 'heating up rapidly'". Not "Esper said '…'": whose words those are is the speaker's.
_ARTICLE_SUBJECT = r"(?:the )?(?:article|story|piece|text|report|writer|author|reporter)"
_ARTICLE_WORDING = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait|also|then|hmm)\W+)*"
    rf"{_ARTICLE_SUBJECT} (?:calls|called|describes|described|labels|labelled|labeled|terms"
    r"|termed|refers to|referred to|uses|used|says|said|words|worded|speaks of|spoke of)\b"
)
# The name a wording claim gives, put without quotation marks: "…calls it an elevated
# strategic partnership", "does the article describe ties as heating up rapidly?". Only
# after a pronoun, or "as" after the relationship, where the name plainly starts and is
# of what it names ("describes China as a partnership" is left alone); two to six words.
_NAMED_UNQUOTED = re.compile(
    r"^(?P<lead>.*?\b(?:call|calls|called|label|labels|labelled|labeled|term|terms|termed)"
    r" (?:it|them|this|that|these|those)"
    r"|.*?\b(?:describe|describes|described|refer to|refers to|referred to|characteri[sz]es?)"
    r" (?:it|them|this|that|these|those|(?:the )?(?:[\w.-]+ )?(?:relationship|relations|ties"
    r"|partnership)) as)"
    r" (?:(?P<article>a|an|the) )?(?P<name>[a-z][\w-]*(?: [a-z][\w-]*){1,5})\s*[?.!]*$"
)
_WORDING_CUE = prefilter.compile(
    r"\b(?:use[sd]?|using|say|says|said|call|calls|called|write|writes|wrote|word|words|wording"
    r"|phrase|phrasing|term|termed|spell|spelt|spelled|exact|exactly|verbatim|right|correct"
    r"|accurate|describe[sd]?|describing|label(?:l?ed|s)?|refer(?:s|red)? to)\b"
)
# "Is it 'logistics' or 'logistical support'?", "does the article spell it defence or
# defense?": two wordings, one of which the article uses.
# Between two quoted wordings offered as a choice: "'hail' the relationship or 'praise' it".
_OR_BETWEEN = re.compile(r"^\W*(?:\w+\W+){0,3}or\W*$")
_SPELT = re.compile(
    r"\bspel(?:l|ls|led|lt|t|ling)\b(?: (?:it|that|the word|this))? (\w+) or (\w+)\b"
)
# Two spellings of one word offered bare, with no cue but the choice: "is it Defence or
# Defense in this article?", "Cooperation or Co-operation?", "Dialogue or Dialog?".
# The choice is the whole question, but for where to look: not "defence or defense ministry
# statement, who put it out?".
_TWO_SPELLINGS = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\W+)?(?:(?:is|was) it |it's |which (?:spelling|form|one)"
    r"(?: does (?:it|the article) use)?\W+)?"
    r"([a-z][a-z-]{2,}) or ([a-z][a-z-]{2,})"
    r"(?: (?:in|for|by|on) (?:the|this) [\w+.-]+(?: [\w+.-]+)?| here| in (?:paragraph|para) \d+)?"
    r"\W*$"
)
# Where a wording question looks, by paragraph number: "…in paragraph 2?" (¶2).
_PARAGRAPH_ASKED = re.compile(r"\b(?:in|of) (?:paragraph|para|¶) ?(\d+)\b")
# Two quoted wordings put to the article with nothing else asked, so a choice of wording
# and not of who did something: "is it 'Defense Department' or 'Department of Defense' in
# the article?" (not "was it 'Esper' or 'Pompeo' who went to Tokyo?").
_BARE_QUOTED_CHOICE = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\W+)?(?:(?:is|was) it |it's |(?:does|did) (?:it|the article)"
    r" (?:say|use|write) )?\W*q\W+or\W+q\W*"
    r"(?:(?:in|by) (?:the|this) (?:article|story|piece|text|report)|here"
    r"|in (?:paragraph|para) \d+)?\W*$"
)
# How alike two spellings of one word are, at least (defence/defense 0.86; Monday/Tuesday,
# deal/pact are two words).
SPELLING_LIKENESS = 0.8
# How alike a misspelling put to the article is to the article's word it means, at least
# ("Biegun" for "Begin" 0.73); the answer is No whatever the nearest word.
NEAR_SPELLING = 0.7
# A word's longer spelling may add only these to the shorter: "dialog(ue)", "program(me)";
# "India"/"Indian" are two words.
_SPELLING_TAILS = frozenset({"ue", "me"})
# A spelling put to the article: "is Begin spelled Biegun in the article?", "the deputy
# secretary's surname is spelt 'Biegun' in the text, correct?", "Singh is written Sing?".
_SPELLING_CLAIMED = re.compile(
    r"\b(?:spel(?:led|t)|written)(?: as)? ['\"]?"
    r"(?P<spelling>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)['\"]?"  # "New Delhi" too
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?\W*"
    r"(?:(?:right|correct|yes|no|true)\W*)?$"
)
# A quoted name or wording put to the article bare: "is it 'Rajnat Singh'?", "is his name
# 'Biegun'?", "it's 'Mark T. Espar', right?".
_QUOTED_PUT = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait|hmm)\W+)*(?:(?:is|was) (?:it|that|this|(?:his|her|their|the)"
    r" (?:full |first |last |sur)?(?:name|word|term|spelling))|it's|it is)"
    r"(?: (?:the|a|an))? ['\"](?P<quoted>[^'\"]+)['\"]\W*(?:(?:right|correct|yes)\W*)?$"
)
# A quoted name put to someone the question names: "is the deputy secretary 'Begun'?", "is
# the minister named 'Rajanth Singh'?", "is the Indian minister called 'Rajnath Sing'?".
_QUOTED_NAME_OF = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait|hmm)\W+)*(?:is|was)"
    # Someone named, not where something came from: "was the statement from the 'Defence
    # Department'?" asks of the statement's source, not of a name.
    r" (?P<named>(?:the|his|her)(?: (?!(?:from|by|in|at|to|with|for|on|about)\b)[\w.'-]+)+?)"
    r"(?: (?:named|called|spelt|spelled|written))? ['\"](?P<quoted>[^'\"]+)['\"]"
    r"\W*(?:(?:right|correct|yes)\W*)?$"
)
# Two bare words put to the article's choice, with nothing they are asked of: "deal or
# agreement, which word?", "which term does the article use: quadripartite or
# quadrilateral?", "talks or meeting - which one does it say?". Not "which word for Singh":
# a word the article uses elsewhere is no answer for him.
_WHICH_WORD = (
    r"which (?:word|term|one|wording)(?: (?:does|did) (?:the article|the story|the text|it)"
    r" (?:use|say|pick|choose)| is (?:used|it))?"
)
_TWO_WORDS = r"([a-z]+(?: [a-z]+)?) or ([a-z]+(?: [a-z]+)?)"
_WORD_CHOSEN = re.compile(
    rf"^(?:(?:so|and|ok|okay)\W+)?(?:{_TWO_WORDS}\W+{_WHICH_WORD}|{_WHICH_WORD}\W+{_TWO_WORDS})"
    r"\W*$"
)
# Where an either-or looks: "does the headline end with 'two services' or 'two countries'?".
_HEADLINE = re.compile(r"\b(?:headline|title)\b")
_AT_END = re.compile(r"\bend(?:s|ed)? (?:with|in|on)\b")
_AT_START = re.compile(r"\b(?:start|starts|started|begin|begins|began|open|opens|opened) with\b")
# Whose words the question asks about, which a plain yes would not check: "did Singh say
# 'pressing global security challenges'?" (the Defense Department did).
_SPEAKER_KINDS = frozenset({"person", "organisation", "group"})
# A wording the article has near the asked one shares this much of it, in order.
NEAR_SHARE = 0.6
# Around one asked word the article does not use, how many words of the question's own on
# each side are compared: "work together to 'defeat' the threat".
CONTEXT_WORDS = 3
# A wording checked against the article's nearest is at most this long; a longer passage
# quoted is a claim about what happened, for the usual reading.
MAX_NEAR_WORDS = 8
# Longer when the question asks what something is called: "does the article describe the
# relationship as 'one of the most important relationships of the 21st century'?"
MAX_NAMED_WORDS = 14
_NAMING_CUE = prefilter.compile(
    r"\b(?:call(?:s|ed)?|describe[sd]?|term(?:s|ed)?|label(?:l?ed|s)?|refer(?:s|red)? to|phrase"
    r"|phrasing|wording|words?)\b"
)
# A passage in quotation marks up to this many words is shown whole when a wording in it
# differs from the one asked.
MAX_SHOWN_QUOTATION = 25
ARTICLES = frozenset({"a", "an", "the"})
# "Is the partnership described as 'new'?": what the quoted words are asked of, the
# subject, which they must describe, not only stand somewhere in the article ("New Delhi").
_DESCRIBED_AS = re.compile(
    r"^(?:(?:so|and|but|ok|okay|then)\W+)*(?:is|are|was|were) (?P<subject>.+?)"
    r"(?: (?:ever|actually|really|explicitly|anywhere|also))?"
    r" (?:described|called|referred to|labell?ed|termed|characteri[sz]ed|portrayed|depicted)"
    r"(?: (?:anywhere|ever|explicitly))? as\b"
)
_PRONOUN_SUBJECT = frozenset("it they this that these those he she them".split())
# How far from the quoted words the subject may stand, in words, and still be what they
# describe: "described the U.S.-India relationship as “one of the most significant".
DESCRIBED_WITHIN = 8
# The end of a sentence between two words: "…by China. In a press conference" (not "U.S.
# Secretary", "Mark T. Esper", "Oct. 26").
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][”\"]?\s+[A-Z]")
# A capitalised run may go on over these: "Secretary of Defense Esper".
_RUN_JOINERS = frozenset({"of"})


# "Is the phrase '…' attributed to Indian officials?", "…said by Pompeo?": words put to a
# speaker, a country's people as much as a person, so not a bare question of wording.
_ATTRIBUTED = re.compile(
    r"\b(?:attributed|credited|ascribed) to\b|\b(?:said|spoken|written|uttered|used) by\b"
)


@dataclass(frozen=True, slots=True)
class Span:
    """Words of the article: where they stand, by paragraph and character offsets."""

    paragraph: int
    first: int  # index of the first word in the paragraph's words
    last: int  # index past the last word
    start: int  # character offsets in the article
    end: int


@dataclass(frozen=True, slots=True)
class ParagraphWords:
    """One paragraph's words, lower case, with their character offsets."""

    words: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...]


class VerbatimAnswers(WordingAnswers):
    @cached_property
    def _the_article(self) -> Article:
        """The one article the readers here quote (the first, if the base had several)."""
        return next(iter(self.factbase.articles.values()))

    @cached_property
    def _article_words(self) -> tuple[ParagraphWords, ...]:
        """Each paragraph's words of the one article, built once (none for several)."""
        if len(self.factbase.articles) != 1:
            return ()
        article = self._the_article
        table = []
        for start, end in article.paragraphs:
            found = list(_WORD.finditer(article.text, start, end))
            table.append(
                ParagraphWords(
                    tuple(m.group().lower() for m in found),
                    tuple((m.start(), m.end()) for m in found),
                )
            )
        return tuple(table)

    @cached_property
    def _word_paragraphs(self) -> dict[str, tuple[int, ...]]:
        """The paragraphs each (lower-case) word stands in."""
        where: dict[str, list[int]] = {}
        for number, paragraph in enumerate(self._article_words):
            for word in set(paragraph.words):
                where.setdefault(word, []).append(number)
        return {word: tuple(numbers) for word, numbers in where.items()}

    def _verbatim_checked(self, text: str, context: Context) -> Answer | None:
        """ "Does the article use the phrase 'elevated strategic partnership'?": Yes, with
        its sentence; "it calls it a 'comprehensive strategic partnership', right?": No, it
        says "elevated strategic partnership"; "is it 'logistics' or 'logistical support'?":
        "logistics". None for any other question, and for words the article neither uses
        nor has near ("does it call India an 'ally'?")."""
        if not self._article_words:
            return None
        typed = letters_joined(fold_quotes(text).strip())  # "spelt E-S-P-E-R?": "ESPER"
        folded = _name_quoted(typed)
        lowered = folded.lower()
        if quotation_marks_asked(folded):
            return None  # "is 'thwart…' a direct quote?", "…verbatim?": the quoting's own
        # A name put without quotation marks may be the asker's own words for the same
        # thing ("calls them the two biggest democracies"): only its exact words get a Yes,
        # never a No for another wording.
        exact_only = folded != typed
        return (
            self._letters_checked(lowered, context)
            or self._spelling_shown(lowered, context)
            or self._maintainer_word_checked(folded, lowered, context)
            or self._spelling_variant_checked(folded, context)
            or self._either_wording(lowered, context)
            or self._spelling_claimed(folded, lowered, context)
            or self._quoted_misspelling_checked(folded, lowered, context)
            or self._wording_claimed(folded, lowered, context, exact_only=exact_only)
        )

    def _phrase_repeated(self, text: str, context: Context) -> Answer | None:
        """ "What's in quotation marks in ¶1?" “pressing global security challenges” "Does
        the same phrase show up again later?": Yes, in ¶4 (without the marks); No when the
        article uses the words once. Only for words quoted, by the question or the last
        turn; never for what something is called ("is the agreement mentioned again?")."""
        if not self._article_words:
            return None
        folded = fold_quotes(text).strip()
        lowered = folded.lower()
        if AGAIN_ASKED.search(lowered) is None:
            return None
        phrase = quoted_phrase(folded)
        if phrase is None and context.quoted and POINTED_WORDS.search(lowered):
            phrase = context.quoted
        words = _words_of(phrase or "")
        spans = self._exact_spans(words, (-1, "")) if len(words) > 1 else []
        if not spans:
            return None
        if len(spans) == 1:
            where = "the headline" if spans[0].paragraph == 0 else f"¶{spans[0].paragraph}"
            return self._wording_shown(
                spans[0], f"No. The article uses it only once, in {where}:", lowered, context
            )
        first, again = spans[0], spans[1]
        shown = self._wording_shown(again, f"Yes, again in ¶{again.paragraph}:", lowered, context)
        if shown is None or not self._marked_at(first) or self._marked_at(again):
            return shown
        return replace(shown, text=shown.text.removesuffix(".") + ", without quotation marks.")

    def _marked_at(self, span: Span) -> bool:
        """Whether the article puts the words at a span inside quotation marks."""
        return any(
            q.start <= span.start and span.end <= q.end
            for q in self.index.quotations.by_article.get(next(iter(self.factbase.articles)), ())
        )

    # --- one word, letter by letter ---

    def _letters_checked(self, lowered: str, context: Context) -> Answer | None:
        """ "Is Esper spelt with one p?" Yes; "…with two p's?" No; "does Rajnath start with
        an R?" Yes: of the word as the article writes it. None for a word it never writes
        ("is Espr spelt with one p?" is no question of its spelling)."""
        asked = letter_asked(lowered)
        if asked is None:
            return None
        span = self._body_span(_words_of(asked.word))
        if span is None:
            return None
        written = self._the_article.text[span.start : span.end]
        letters = written.lower()
        if asked.position == "start":
            holds = letters.startswith(asked.letter)
        elif asked.position == "end":
            holds = letters.endswith(asked.letter)
        elif asked.count is not None:
            holds = letters.count(asked.letter) == asked.count
        else:
            holds = asked.letter in letters
        detail = _letters_told(written, asked.letter, asked.position)
        verdict = "Yes" if holds else "No"
        text = f"{verdict}. The article writes “{written}”, {detail}."
        return _spelling_kept(self._written_answer(span, text, lowered, context), written)

    def _spelling_shown(self, lowered: str, context: Context) -> Answer | None:
        """ "How is Rajnath spelt?", "how does the article spell New Delhi?": the words as
        the article writes them; None for words it never writes ("how is the date
        written?" is no spelling of "the date")."""
        asked = spelling_of_asked(lowered)
        if asked is None:
            return None
        span = self._body_span(_words_of(asked))
        if span is None:
            # "how is BECA spelt?": a name only the maintainers give; what the article
            # writes instead.
            shown = self._maintainer_word_answer(asked, "", lowered, context)
            return _spelling_kept(shown, asked)
        return _spelling_kept(
            self._wording_shown(span, "The article writes", lowered, context), asked
        )

    def _maintainer_word_checked(
        self, folded: str, lowered: str, context: Context
    ) -> Answer | None:
        """ "Does the article use the word 'BECA'?": No, a name only the maintainers give
        (BECA, Pentagon), never the article, which says “Basic Exchange and Cooperation
        Agreement”. None for a word the article writes, or one nobody names anything."""
        asked = word_use_asked(folded)
        if asked is None:
            return None
        return (
            self._maintainer_word_answer(asked, "No. ", lowered, context)
            or self._other_word_answer(asked, lowered, context)
            or self._unquoted_word_used(asked, folded, lowered, context)
        )

    def _unquoted_word_used(
        self, asked: str, folded: str, lowered: str, context: Context
    ) -> Answer | None:
        """ "Does it use the word quadripartite?": Yes, where it does. A quoted word is the
        wording check's, which also asks whose words they are."""
        if "'" in folded or '"' in folded:
            return None
        span = self._body_span(_words_of(asked))
        if span is None:
            return None
        return self._wording_shown(span, "Yes. The article says", lowered, context)

    def _other_word_answer(self, asked: str, lowered: str, context: Context) -> Answer | None:
        """ "Does the article say 'quadrilateral'?": No, it says “quadripartite”, a word of
        the same sense; None for a word the article writes, or has no word for."""
        if self._exact_spans(_words_of(asked), (-1, "")):
            return None
        instead = self._article_word_for(asked)
        if instead is None:
            return None
        return self._wording_shown(instead, "No. The article says", lowered, context, asked)

    def _maintainer_word_answer(
        self, asked: str, verdict: str, lowered: str, context: Context
    ) -> Answer | None:
        """What the article writes for a name only the maintainers give ("BECA": “Basic
        Exchange and Cooperation Agreement”), led by `verdict`; None for a word the
        article writes, or one nobody names anything."""
        if self._exact_spans(_words_of(asked), (-1, "")):
            return None
        entity_id = self._named_only_by_maintainers.get(" ".join(_words_of(asked)))
        if entity_id is None:
            return None
        entity = self.factbase.entities[entity_id]
        spans = [
            (span.start, -len(name), span)
            for name in (entity.name, *entity.aliases)
            if (span := self._body_span(_words_of(name))) is not None
        ]
        if not spans:
            return None
        # "and 'Biegun'?": the name it is another spelling of (“Begin”), not the title
        # written first (“U.S. Deputy Secretary of State”).
        span = min(self._near_spellings(asked, spans) or spans)[2]
        written = self._the_article.text[span.start : span.end]
        # Shown as the maintainers write it ("BECA"), however it was typed ("B-E-C-A").
        shown = next(
            (a for a in entity.maintainer_aliases if _words_of(a) == _words_of(asked)), asked
        )
        return self._written_answer(
            span,
            f"{verdict}The article never writes “{shown}”; it says “{written}”.",
            lowered,
            context,
        )

    def _near_spellings(
        self, asked: str, spans: list[tuple[int, int, Span]]
    ) -> list[tuple[int, int, Span]]:
        """Those of the article's names for a thing that are spelt near the asked word."""
        asked_words = " ".join(_words_of(asked))
        text = self._the_article.text
        return [
            found
            for found in spans
            if SequenceMatcher(
                None, asked_words, " ".join(_words_of(text[found[2].start : found[2].end]))
            ).ratio()
            >= NEAR_SPELLING
        ]

    def _spelling_variant_checked(self, folded: str, context: Context) -> Answer | None:
        """ "Is it Defence anywhere?": No, the article writes “Defense”; "How is Rajnath
        spelt?" "and is it Defence Minister?": No, “Defense Minister” (a spelling, not
        Singh's title); "and Esper?": “Esper”. None for words the article neither writes
        nor writes another way."""
        lowered = folded.lower()
        # What the last answer kept asked too: "How is Rajnath spelt?" "and Esper?" (kept
        # as "how is Esper spelt?") "and is it Defence Minister?"
        asked = variant_asked(lowered, tuple(q for q in (context.question, context.asked) if q))
        if asked is None:
            return None
        phrase, claimed = asked
        at = lowered.rfind(phrase)
        typed = folded[at : at + len(phrase)]  # as typed: “Defence Minister”
        words = _words_of(phrase)
        span = self._body_span(words)
        if span is not None:
            lead = "Yes. The article writes" if claimed else "The article writes"
            return _spelling_kept(self._wording_shown(span, lead, lowered, context), typed)
        respelt = tuple(self._article_spelling_of(word) for word in words)
        span = self._body_span(respelt) if all(respelt) else None
        if span is None:
            # "is BECA spelt B-E-C-A?" "is it Pentagon?": a name the article never
            # writes, so No, with what it writes instead (not Yes of BECA as "it").
            verdict = "No. " if claimed else ""
            shown = self._maintainer_word_answer(typed, verdict, lowered, context)
            return _spelling_kept(shown, typed)
        # "How is Rajnath spelt?" "and Tokio?": the article's spelling, a No only to a
        # spelling claimed ("is it Defence anywhere?").
        lead = "No. The article writes" if claimed else "The article writes"
        shown = self._wording_shown(span, lead, lowered, context, typed)
        return _spelling_kept(shown, typed)

    def _article_spelling_of(self, word: str) -> str:
        """The article's word that the asked one is another spelling of ("defence":
        "defense"), the word itself when the article writes it, else ""."""
        if word in self._word_paragraphs:
            return word
        near = get_close_matches(word, self._article_vocabulary, 1, SPELLING_LIKENESS)
        return near[0] if near and _spelling_variants(word, near[0]) else ""

    @cached_property
    def _named_only_by_maintainers(self) -> dict[str, str]:
        """The maintainers' names for things (BECA, Pentagon), by their words, with what
        they name; built once."""
        return {
            " ".join(_words_of(alias)): entity.id
            for entity in self.factbase.entities.values()
            for alias in entity.maintainer_aliases
        }

    def _body_span(self, words: tuple[str, ...]) -> Span | None:
        """Where the article first writes the words, in the body if it does, else in the
        headline; None if it never does."""
        spans = self._exact_spans(words, (-1, ""))
        return next((span for span in spans if span.paragraph > 0), spans[0] if spans else None)

    def _written_answer(
        self, span: Span, text: str, lowered: str, context: Context
    ) -> Answer | None:
        """An answer about the article's words at a span, quoting the sentence they stand
        in."""
        entry = self._entry_around(span)
        if entry is None:
            return None
        return self._quoting_one(entry, text, parse(lowered, self.index), context)

    # --- two wordings, one the article's ---

    def _either_wording(self, lowered: str, context: Context) -> Answer | None:
        """ "Is it 'logistics' or 'logistical support'?", "did they 'hail' the relationship
        or 'praise' it?", "does it spell it defence or defense?": the one of the two the
        article uses, as it writes it; None when it uses both or neither."""
        options = _offered(lowered)
        if not options:
            return None
        scope = self._scope_of(lowered)
        if _words_of(options[0]) == _words_of(options[1]):
            # "Is it 'information-sharing' or 'information sharing'?": one wording, told
            # apart only by its hyphen, so by the article's own characters.
            return self._punctuation_chosen(options, scope, lowered, context)
        for match in (self._exact_spans, self._form_spans):
            found = [match(_words_of(option), scope) for option in options]
            used = [spans for spans in found if spans]
            if len(used) > 1 and _BARE_QUOTED_CHOICE.match(_QUOTED.sub("q", lowered.strip())):
                return self._both_wordings_shown(used, context, lowered)
            if len(used) == 1:
                # Shown from the body, not the headline, unless the headline is asked of:
                # "spell it defence or defense?" quotes "Indian Defense Minister".
                spans = used[0]
                shown = next((span for span in spans if span.paragraph > 0), spans[0])
                return self._wording_shown(shown, "", lowered, context)
            if len(used) > 1:
                return self._word_not_chosen(options, "both", lowered, context)
        return self._word_not_chosen(options, "neither", lowered, context)

    def _punctuation_chosen(
        self, options: list[str], scope: tuple[int, str], lowered: str, context: Context
    ) -> Answer | None:
        """The one of two wordings differing only in hyphens or spaces that the article
        writes: "information sharing", not "information-sharing". None when it writes
        both or neither."""
        text = self._the_article.text.lower()
        spans = self._exact_spans(_words_of(options[0]), scope)
        written = {o: [sp for sp in spans if text[sp.start : sp.end] == o] for o in options}
        used = [o for o in options if written[o]]
        if len(used) != 1:
            return None
        other = next(o for o in options if o != used[0])
        span = next((sp for sp in written[used[0]] if sp.paragraph > 0), written[used[0]][0])
        return self._wording_shown(span, "", lowered, context, not_said=other)

    def _both_wordings_shown(
        self, used: list[list[Span]], context: Context, lowered: str
    ) -> Answer | None:
        """ "Is it 'Defense Department' or 'Department of Defense'?": the article writes
        both, each shown where it first stands in the body, each sentence quoted."""
        shown = [next((sp for sp in spans if sp.paragraph > 0), spans[0]) for spans in used]
        entries = [self._entry_around(span) for span in shown]
        if any(entry is None for entry in entries):
            return None
        text = self._the_article.text
        places = [
            f"“{text[span.start : span.end]}” (¶{span.paragraph})"
            if span.paragraph
            else f"“{text[span.start : span.end]}” (the headline)"
            for span in shown
        ]
        return self._direct(
            text=f"Both: the article writes {places[0]} and {places[1]}.",
            facts=[entry.fact for entry in entries if entry is not None],
            confidence=0.9,
            parsed=parse(lowered, self.index),
            context=context,
            notes=["two wordings, both the article's"],
        )

    def _word_not_chosen(
        self, options: list[str], found: str, lowered: str, context: Context
    ) -> Answer | None:
        """ "Meeting or talks, which word?": the article uses both; "deal or pact, which
        word?": neither. Said without choosing, never left to a reading of "which word?"
        alone (which found Pompeo's words). None for a quoted either-or, which the usual
        reading answers as before."""
        if _WORD_CHOSEN.match(lowered.strip()) is None:
            return None
        first, second = options
        text = (
            f"The article uses both “{first}” and “{second}”."
            if found == "both"
            else f"The article uses neither “{first}” nor “{second}”."
        )
        return self._abstain(AbstainReason.NOT_IN_ARTICLE, text, context)

    def _scope_of(self, lowered: str) -> tuple[int, str]:
        """Which paragraph an either-or looks in (-1: all) and at which end ("" for
        anywhere): "does the headline end with…" looks at the end of ¶0."""
        paragraph = 0 if _HEADLINE.search(lowered) else -1
        numbered = _PARAGRAPH_ASKED.search(lowered)
        if numbered is not None and int(numbered[1]) < len(self._article_words):
            return int(numbered[1]), ""  # "…Defense or Defence in paragraph 2?"
        if paragraph != 0:
            return paragraph, ""
        if _AT_END.search(lowered):
            return paragraph, "end"
        if _AT_START.search(lowered):
            return paragraph, "start"
        return paragraph, ""

    # --- one spelling, claimed ---

    @cached_property
    def _article_vocabulary(self) -> tuple[str, ...]:
        """The article's words, each once, for the nearest to a spelling it does not use."""
        return tuple(self._word_paragraphs)

    def _spelling_claimed(self, folded: str, lowered: str, context: Context) -> Answer | None:
        """ "Is Begin spelled Biegun in the article?": No, it writes “Begin”; "is Singh spelt
        Singh?": Yes. Only of what the question names, around the article's word ("is Esper
        spelled Begin?" is left alone); None for a spelling near no word of the article."""
        claimed = _SPELLING_CLAIMED.search(lowered)
        if claimed is None:
            return None
        spelling = claimed["spelling"]
        words = _words_of(spelling)
        spans = self._exact_spans(words, (-1, ""))
        lead, not_said = "Yes. The article writes", ""
        if not spans:
            # "is the city spelt New Dehli?": each word as the article spells it.
            respelt = tuple(self._article_near_spelling(word) for word in words)
            spans = self._exact_spans(respelt, (-1, "")) if all(respelt) else []
            typed = folded[claimed.start("spelling") : claimed.end("spelling")]
            lead, not_said = "No. The article writes", typed
        if not spans:
            # "is BECA spelt B-E-C-A?": the article never writes BECA at all, so neither
            # Yes nor No of its letters, but what it writes instead.
            typed = folded[claimed.start("spelling") : claimed.end("spelling")]
            return _spelling_kept(self._maintainer_word_answer(typed, "", lowered, context), typed)
        asked = folded[: claimed.start()]
        if not self._word_of_those_named(spans[0], asked):
            return None
        return self._wording_shown(spans[0], lead, lowered, context, not_said=not_said)

    def _quoted_misspelling_checked(
        self, folded: str, lowered: str, context: Context
    ) -> Answer | None:
        """ "Is it 'Rajnat Singh'?", "his name is 'Biegun', right?": a quoted name put to the
        article with a word it spells otherwise gets No, with its own spelling (“Rajnath
        Singh”), before the speller reads the slip as the name and says Yes. None when the
        quoted words are the article's own (whose they are is the usual reading's) or no
        spelling of it is near them."""
        put = _QUOTED_PUT.match(lowered) or _QUOTED_NAME_OF.match(lowered)
        if put is None:
            return None
        words = _words_of(put["quoted"])
        if not words or self._exact_spans(words, (-1, "")):
            return None
        respelt = tuple(self._article_near_spelling(word) for word in words)
        span = self._body_span(respelt) if all(respelt) else None
        if span is None:
            return None
        if put.re is _QUOTED_NAME_OF and not self._name_of_those_named(span, put["named"]):
            return None  # "is the minister 'Pompio'?": Pompeo's name, not Singh's
        typed = folded[put.start("quoted") : put.end("quoted")]
        shown = self._wording_shown(span, "No. The article writes", lowered, context, typed)
        return _spelling_kept(shown, typed)

    def _article_near_spelling(self, word: str) -> str:
        """The article's word nearest in spelling to the asked one ("rajnat": "rajnath"),
        the word itself when the article writes it, else ""."""
        if word in self._word_paragraphs:
            return word
        near = get_close_matches(word, self._article_vocabulary, 1, NEAR_SPELLING)
        if near:
            return near[0]
        # "Is it 'Quadrilateral talks'?": a word of the same sense the article writes
        # otherwise ("quadripartite talks"), so No too.
        instead = SYNONYMS.get(word)
        return instead if isinstance(instead, str) and instead in self._word_paragraphs else ""

    @cached_property
    def _name_words(self) -> frozenset[str]:
        """The words of the names the article gives anyone or anything ("rajnath", "delhi",
        "defense"), built once."""
        return frozenset(
            word
            for entity in self.factbase.entities.values()
            for name in (entity.name, *entity.aliases)
            for word in _words_of(name)
        )

    def _name_of_those_named(self, span: Span, asked: str) -> bool:
        """Whether the article's word at a span is a name's, and of whoever the question
        names: "is the deputy secretary 'Begun'?" has Begin's "Begin"; "is the relationship
        'strongest'?" has no name ("strength" is a plain word)."""
        word = self._article_words[span.paragraph].words[span.first]
        return word in self._name_words and self._word_of_those_named(span, asked)

    def _word_of_those_named(self, span: Span, asked: str) -> bool:
        """Whether the article's word at a span is the word asked of, or part of the name of
        whoever the question names: "is the deputy secretary's surname spelled Biegun?" has
        Begin's "Begin"; "is Esper spelled Begin?" has no Begin in Esper's name."""
        word = self._article_words[span.paragraph].words[span.first]
        if word in _words_of(asked):
            return True  # "is Rajnath spelt Rajnat?"
        named = {link.entity for link in parse(asked, self.index).entities if link.start >= 0}
        names: set[str] = set()
        for entity_id in named:
            entity = self.factbase.entities.get(entity_id)
            if entity is not None:
                for name in (entity.name, *entity.aliases):
                    names.update(_words_of(name))
        return not named or word in names

    # --- one wording, claimed ---

    def _wording_claimed(
        self, folded: str, lowered: str, context: Context, *, exact_only: bool = False
    ) -> Answer | None:
        """ "Is 'quadripartite' the article's own word?": Yes, with where it says it.
        "Officials called it 'the most significant relationship of the 21st century' - is
        that the exact wording?": No, with the article's own words where they differ."""
        if " or " in lowered or not _WORDING_CUE.search(lowered):
            return None
        asked = [(m[1] or m[2] or "").strip(" ,.;:?!") for m in _QUOTED.finditer(folded)]
        phrases = _widest(list(dict.fromkeys(p for p in asked if _words_of(p))))
        if len(phrases) != 1:
            return None
        phrase = phrases[0]
        words = _words_of(phrase)
        spans = self._exact_spans(words, (-1, ""))
        if spans:
            put = (
                _YES_NO.match(lowered)
                or _ARTICLE_WORDING.match(lowered)
                or _HOW_WRITTEN.match(lowered)
            )
            described = self._description_checked(folded, phrase, spans, context) if put else None
            if described is not None:
                return described
            if put is None or self._speaker_named(folded, phrase):
                return None  # "did Singh say '…'?": the words are there, but whose?
            # "How does the article write '…'?" asks no yes or no: it gets the words alone.
            lead = "The article writes" if put.re is _HOW_WRITTEN else "Yes. The article says"
            return self._wording_shown(spans[0], lead, lowered, context)
        longest = MAX_NAMED_WORDS if _NAMING_CUE.search(lowered) else MAX_NEAR_WORDS
        if exact_only or len(words) > longest or _pasted_sentence(folded):
            return None  # "Draft says: 'Esper met Singh on Monday…'": a claim, not a wording
        near = self._near_span(words) if len(words) > 1 else self._near_word(folded, phrase)
        if near is None and _NAMING_CUE.search(lowered):
            near = self._article_word_for(phrase)
        if near is None or not self._about_those_named(near, folded, phrase):
            return None
        lead = (
            "Not quite. The article says"
            if self._only_forms_differ(near, words)
            else "No. The article says"
        )
        return self._wording_shown(near, lead, lowered, context, not_said=" ".join(phrase.split()))

    def _description_checked(
        self, folded: str, phrase: str, spans: list[Span], context: Context
    ) -> Answer | None:
        """ "Is the partnership described as 'new'?": the article's "New" is of New Delhi,
        so it doesn't; "is Esper described as 'Indian'?": "Indian" is Singh's title; "is the
        relationship described as 'the most significant'?": "one of the most significant".
        None when the question asks of no subject the article has words for ("is it
        described as…"), left to the plain check of wording."""
        lowered = folded.lower()
        asked = _DESCRIBED_AS.match(lowered)
        if asked is None:
            return None
        subject = folded[asked.start("subject") : asked.end("subject")]
        words = {stem(w) for w in _words_of(subject) if w not in STOPWORDS}
        if not words or not words.isdisjoint(_PRONOUN_SUBJECT):
            return None
        if not any(w in self._word_paragraphs for w in _words_of(subject)):
            return None  # "are the ties described as…": the article's words are others
        entities = {link.entity for link in parse(subject, self.index).entities}
        describing = [s for s in spans if self._describes(s, words, entities)]
        if not describing:
            said = " ".join(phrase.split())
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't describe {subject} as “{said}”: it uses those words"
                " only of something else.",
                context,
            )
        span = describing[0]
        if self._one_of_before(span) and "one of" not in lowered:
            wider = self._span(span.paragraph, span.first - 2, span.last)
            return self._wording_shown(
                wider, "Not quite. The article says", lowered, context, not_said=phrase
            )
        return self._wording_shown(span, "Yes. The article says", lowered, context)

    def _describes(self, span: Span, subject: set[str], entities: set[str]) -> bool:
        """Whether the words at a span describe the subject asked of: as part of its own
        name or title ("Indian Defense Minister Rajnath Singh" for Singh); never as part of
        another's ("New" of "New Delhi", "Indian" of Singh for Esper); otherwise with the
        subject near, in the same sentence ("the U.S.-India elevated strategic partnership")."""
        named, covering = self._named_around(span)
        if not named.isdisjoint(entities):
            return True
        if any(self._kind(e) == "person" for e in named):
            return False  # "Indian" in Singh's title, asked of Esper
        if covering and self._capitalised(span):
            return False  # "New" in "New Delhi"
        return self._subject_near(span, subject)

    def _capitalised(self, span: Span) -> bool:
        article = self._the_article
        return article.text[span.start].isupper()

    def _named_around(self, span: Span) -> tuple[set[str], bool]:
        """Who and what the capitalised run around the span names ("U.S. Secretary of
        Defense Mark T. Esper": Esper), and whether one of those names holds the span."""
        first, last = self._capitalised_run(span)
        run = self._article_words[span.paragraph].words[first:last]
        named: set[str] = set()
        covering = False
        for size in range(len(run), 0, -1):
            for start in range(len(run) - size + 1):
                entity = self.index.aliases.get(run[start : start + size])
                if entity is None:
                    continue
                named.add(entity)
                held = first + start <= span.first and span.last <= first + start + size
                covering = covering or held
        return named, covering

    def _capitalised_run(self, span: Span) -> tuple[int, int]:
        """The words around the span that are capitalised (or "of" between such)."""
        article = self._the_article
        paragraph = self._article_words[span.paragraph]

        def in_run(at: int) -> bool:
            return (
                article.text[paragraph.offsets[at][0]].isupper()
                or paragraph.words[at] in _RUN_JOINERS
            )

        first, last = span.first, span.last
        while first > 0 and in_run(first - 1):
            first -= 1
        while last < len(paragraph.words) and in_run(last):
            last += 1
        return first, last

    def _subject_near(self, span: Span, subject: set[str]) -> bool:
        """A word of the subject within a few words of the span, in its sentence."""
        article = self._the_article
        paragraph = self._article_words[span.paragraph]
        low = max(0, span.first - DESCRIBED_WITHIN)
        high = min(len(paragraph.words), span.last + DESCRIBED_WITHIN)
        for at in [*range(low, span.first), *range(span.last, high)]:
            if stem(paragraph.words[at]) not in subject:
                continue
            start, end = sorted((paragraph.offsets[at][0], paragraph.offsets[span.first][0]))
            if _SENTENCE_END.search(article.text, start, end) is None:
                return True
        return False

    def _one_of_before(self, span: Span) -> bool:
        """ "one of" just before the span: "one of the most significant relationships"."""
        words = self._article_words[span.paragraph].words
        return span.first >= 2 and words[span.first - 2 : span.first] == ("one", "of")

    def _only_forms_differ(self, span: Span, words: tuple[str, ...]) -> bool:
        """Whether the article's wording is the asked one but for "a" or "the" and the form
        of a word: "a basic agreement on exchanges" for "the basic agreement on exchange"."""
        said = self._article_words[span.paragraph].words[span.first : span.last]
        return _stems_of(said) == _stems_of(words)

    def _about_those_named(self, span: Span, folded: str, phrase: str) -> bool:
        """Whether the sentence of the article's wording is about everyone the question
        names outside the quoted words: "does it call Begin 'Deputy Secretary of Defense'?"
        is not answered with Esper's "Secretary of Defense"."""
        entry = self._entry_around(span)
        if entry is None:
            return False
        rest = folded.replace(phrase, " ")
        named = {
            link.entity
            for link in parse(rest, self.index).entities
            if link.start >= 0 and self._kind(link.entity) in _SPEAKER_KINDS
        }
        return named <= entry.entities

    def _speaker_named(self, folded: str, phrase: str) -> bool:
        """Whether the question names someone, outside the quoted words, as saying them."""
        rest = folded.replace(phrase, " ")
        if _ATTRIBUTED.search(rest):
            return True  # "is the phrase '…' attributed to Indian officials?": whose, asked
        return any(
            link.start >= 0 and self._kind(link.entity) in _SPEAKER_KINDS
            for link in parse(rest, self.index).entities
        )

    def _near_span(self, words: tuple[str, ...]) -> Span | None:
        """The article's wording nearest a phrase it does not use, sharing most of its words
        in order: "comprehensive strategic partnership" → "elevated strategic partnership"."""
        content = [w for w in words if w not in STOPWORDS]
        having = [self._word_paragraphs.get(w, ()) for w in content]
        if not any(having):
            return None
        best: tuple[int, Span] | None = None
        for number in sorted({n for h in having for n in h}):
            span, shared = self._aligned(number, words)
            if span is not None and (best is None or shared > best[0]):
                best = (shared, span)
        if best is None or best[0] < max(2, NEAR_SHARE * len(words)):
            return None
        return best[1]

    def _aligned(self, number: int, words: tuple[str, ...]) -> tuple[Span | None, int]:
        """Where in a paragraph the phrase lines up best, and how many of its words do:
        the article's words from where its first word would stand to where its last would,
        counting only content words among those shared."""
        paragraph = self._article_words[number]
        # Compared by stem: "relationship" lines up with "relationships".
        matcher = SequenceMatcher(
            None, [stem(w) for w in words], [stem(w) for w in paragraph.words], autojunk=False
        )
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            return None, 0
        # The longest run of blocks close together: a phrase, not words strewn about.
        runs: list[list[Match]] = [[blocks[0]]]
        for block in blocks[1:]:
            previous = runs[-1][-1]
            if block.b - (previous.b + previous.size) <= 2:
                runs[-1].append(block)
            else:
                runs.append([block])
        run = max(runs, key=lambda r: sum(b.size for b in r))
        shared = sum(b.size for b in run)
        content = sum(1 for b in run for w in words[b.a : b.a + b.size] if w not in STOPWORDS)
        if content < 2 and shared < 3:
            return None, 0  # "historic talks" is not "quadripartite talks" mistyped
        # The phrase laid over the article from its first word to its last.
        first = max(0, run[0].b - run[0].a)
        last = min(len(paragraph.words), run[-1].b + len(words) - run[-1].a)
        # Not out to a scrap standing where an asked word would: "S" of "U.S." for "Deputy".
        while first < run[0].b and _scrap(paragraph.words[first]):
            first += 1
        while last > run[-1].b + run[-1].size and _scrap(paragraph.words[last - 1]):
            last -= 1
        return self._span(number, first, last), shared

    def _article_word_for(self, phrase: str) -> Span | None:
        """ "Is the Tokyo meeting described as 'quadrilateral'?": a word the article does not
        use, for one it does ("quadripartite"), which is what it says instead."""
        word = SYNONYMS.get(phrase.lower())
        if not isinstance(word, str) or word not in self._word_paragraphs:
            return None
        spans = self._exact_spans((word,), (-1, ""))
        return spans[0] if len(spans) == 1 else None

    def _near_word(self, folded: str, phrase: str) -> Span | None:
        """One asked word the article does not use, where the question's words around it
        stand in the article around another: "work together to 'defeat' the threat" →
        "work together to thwart the threat"."""
        word = phrase.lower()
        if word in self._word_paragraphs:
            return None
        at = folded.find(f"'{phrase}'")
        if at < 0:
            at = folded.find(f'"{phrase}"')
        before = _WORD.findall(folded[:at].lower())[-CONTEXT_WORDS:]
        after = _WORD.findall(folded[at + len(phrase) + 2 :].lower())[:CONTEXT_WORDS]
        for left in range(len(before), -1, -1):
            for right in range(len(after), -1, -1):
                around = [*before[len(before) - left :], *after[:right]]
                if left + right < 3 or all(w in STOPWORDS for w in around):
                    continue
                found = self._gap_spans(tuple(before[len(before) - left :]), tuple(after[:right]))
                if len(found) == 1:
                    return found[0]
        return None

    def _gap_spans(self, before: tuple[str, ...], after: tuple[str, ...]) -> list[Span]:
        """The places where the words before, one other word, and the words after stand."""
        key = (before or after)[0]
        size = len(before) + 1 + len(after)
        spans = []
        for number in self._word_paragraphs.get(key, ()):
            paragraph = self._article_words[number].words
            for i in range(len(paragraph) - size + 1):
                window = paragraph[i : i + size]
                if window[: len(before)] == before and window[len(before) + 1 :] == after:
                    spans.append(self._span(number, i, i + size))
        return spans

    # --- where words stand ---

    def _exact_spans(self, words: tuple[str, ...], scope: tuple[int, str]) -> list[Span]:
        """Where the article has the words, in order, as they are."""
        return self._spans_where(words, scope, lambda a, b: a == b)

    def _form_spans(self, words: tuple[str, ...], scope: tuple[int, str]) -> list[Span]:
        """Where it has them in some form: "praise" in "praised"."""
        return self._spans_where(words, scope, lambda a, b: stem(a) == stem(b))

    def _spans_where(
        self, words: tuple[str, ...], scope: tuple[int, str], same: Callable[[str, str], bool]
    ) -> list[Span]:
        if not words:
            return []
        paragraph_asked, end = scope
        numbers = range(len(self._article_words)) if paragraph_asked < 0 else [paragraph_asked]
        size = len(words)
        spans = []
        for number in numbers:
            paragraph = self._article_words[number].words
            starts = range(len(paragraph) - size + 1)
            if end == "end":
                starts = range(max(0, len(paragraph) - size), len(paragraph) - size + 1)
            elif end == "start":
                starts = range(min(1, len(paragraph) - size + 1))
            for i in starts:
                if all(same(a, b) for a, b in zip(words, paragraph[i : i + size], strict=True)):
                    spans.append(self._span(number, i, i + size))
        return spans

    def _span(self, number: int, first: int, last: int) -> Span:
        offsets = self._article_words[number].offsets
        return Span(number, first, last, offsets[first][0], offsets[last - 1][1])

    # --- the answer ---

    def _wording_shown(
        self, span: Span, lead: str, lowered: str, context: Context, not_said: str = ""
    ) -> Answer | None:
        """The article's own words at a span, as it writes them, quoting the sentence they
        stand in: "Yes. The article says “quadripartite talks”." """
        entry = self._entry_around(span)
        if entry is None:
            return None
        article = self._the_article
        written = article.text[span.start : span.end]
        if not_said and len(_words_of(not_said)) > 1:
            written = self._quotation_around(span) or written
        shown = f"{lead} “{written}”" if lead else f"“{written}”"
        if not_said:
            shown += f", not “{not_said}”"
        return self._quoting_one(entry, f"{shown}.", parse(lowered, self.index), context)

    def _quotation_around(self, span: Span) -> str | None:
        """The whole of a short passage the article puts in quotation marks around the
        span: "one of the most significant relationships of the 21st century between the
        world's two largest democracies", where "the most significant relationship" was
        asked, shows the "one of" that makes the difference."""
        for quotation in self.index.quotations.by_article.get(
            next(iter(self.factbase.articles)), ()
        ):
            inside = quotation.start <= span.start and span.end <= quotation.end
            if inside and len(quotation.text.split()) <= MAX_SHOWN_QUOTATION:
                return quotation.text
        return None

    def _entry_around(self, span: Span) -> FactEntry | None:
        """The fact with the shortest quote holding the span, else one holding its start."""
        facts = [
            self.index.by_id[fact_id]
            for fact_id in self.index.paragraphs.facts.get(
                (next(iter(self.factbase.articles)), span.paragraph), ()
            )
        ]
        holding = [
            e for e in facts if e.fact.quote.start <= span.start and span.end <= e.fact.quote.end
        ] or [e for e in facts if e.fact.quote.start <= span.start < e.fact.quote.end]
        return min(
            holding,
            key=lambda e: (e.fact.negative, e.fact.quote.end - e.fact.quote.start),
            default=None,
        )


# A whole sentence pasted in quotation marks, its full stop inside them: "'Deputy Secretary
# of State Begin recently visited Tokyo.' Accurate?" is a draft's claim, not a wording.
_PASTED_SENTENCE = re.compile(r"(?<!\w)(['\"])[A-Z][^'\"]*(?:\s\S+){3,}[.!]\1(?!\w)")


def _pasted_sentence(folded: str) -> bool:
    """Whether the quoted words are a sentence of their own, capital to full stop, which
    is checked as a claim: "No. … visited New Delhi", not a wording cut at "New"."""
    return _PASTED_SENTENCE.search(folded) is not None


def _name_quoted(folded: str) -> str:
    """A wording claim with its unquoted name put in quotation marks: "does the article call
    it an elevated strategic partnership?" → "…call it an 'elevated strategic
    partnership'?"; a question already quoting, or naming no name, as it is."""
    if "'" in folded or '"' in folded:
        return folded
    found = _NAMED_UNQUOTED.match(folded.lower())
    if found is None:
        return folded
    article = f"{found['article']} " if found["article"] else ""
    name = folded[found.start("name") : found.end("name")]
    return f"{folded[: found.end('lead')]} {article}'{name}'{folded[found.end('name') :]}"


def _offered(lowered: str) -> list[str]:
    """The two wordings a question offers: two quoted with "or" between, or two after
    "spell it"."""
    quoted = list(_QUOTED.finditer(lowered))
    if len(quoted) == 2 and _OR_BETWEEN.match(lowered[quoted[0].end() : quoted[1].start()]):
        return [(m[1] or m[2] or "").strip(" ,.;:?!") for m in quoted]
    spelt = _SPELT.search(lowered)
    if spelt is not None:
        return [spelt[1], spelt[2]]
    spellings = _TWO_SPELLINGS.match(lowered.strip())
    if spellings is not None and _spelling_variants(spellings[1], spellings[2]):
        return [spellings[1], spellings[2]]
    chosen = _WORD_CHOSEN.match(lowered.strip())
    if chosen is None:
        return []
    first, second = (chosen[1], chosen[2]) if chosen[1] else (chosen[3], chosen[4])
    return [first, second]


def _spelling_kept(answer: Answer | None, words: str) -> Answer | None:
    """The answer to a spelling question, its context keeping it asked as one ("how is
    Esper spelt?"), so that a short follow-up asks of spelling too: "and is it Defence
    Minister?" after it is a spelling, not Singh's title."""
    if answer is None:
        return None
    return replace(answer, context=replace(answer.context, asked=f"how is {words} spelt?"))


def _letters_told(written: str, letter: str, position: str | None) -> str:
    """What a word's letters say of the one asked: "beginning with “E”", "with two “p”s"."""
    if position == "start":
        return f"beginning with “{written[:1]}”"
    if position == "end":
        return f"ending with “{written[-1:]}”"
    times = written.lower().count(letter)
    told = {0: "no", 1: "one", 2: "two", 3: "three"}.get(times, str(times))
    return f"with {told} “{letter}”" + ("" if times == 1 else "s")


def _widest(phrases: list[str]) -> list[str]:
    """The quoted phrases not inside another one asked: "the 'logistics' phrase — 'mutual
    engagement on logistics'" asks of the second."""
    return [
        p
        for p in phrases
        if not any(
            p != other and f" {' '.join(_words_of(p))} " in f" {' '.join(_words_of(other))} "
            for other in phrases
        )
    ]


def _spelling_variants(first: str, second: str) -> bool:
    """Whether two words are one word spelt two ways: "defence"/"defense",
    "cooperation"/"co-operation", "dialog"/"dialogue"; not "India"/"Indian"."""
    if first == second:
        return False
    shorter, longer = sorted((first, second), key=len)
    if longer.startswith(shorter) and longer[len(shorter) :] not in _SPELLING_TAILS:
        return False
    return SequenceMatcher(None, first, second).ratio() >= SPELLING_LIKENESS


def _scrap(word: str) -> bool:
    """A word too slight to stand for an asked one: "s", "of", "the"."""
    return len(word) < 3 or word in STOPWORDS


def _stems_of(words: tuple[str, ...]) -> list[str]:
    return [stem(w) for w in words if w not in ARTICLES]


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))
