"""The article's sources: whose words it quotes ("Who is quoted in the article?", "what are
its sources?") and whether any is of a country ("Does the article cite Indian sources?").
Read from the article's own quotation marks and the facts naming whose words they are, so
the answer lists only those it quotes, never the people it merely names."""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.phrases import joined
from bot.engine.question import parse
from bot.factbase.model import Fact
from bot.text import normalise

__all__ = ["SourceAnswers"]

_PIECE = r"(?:the |this )?(?:article|story|piece|text|report)"
# "Who is quoted in the article?", "whom does the article quote?", "what are its sources?",
# "which sources does the story cite?" (normalised text).
SOURCES_ASKED = prefilter.compile(
    r"^(?:who|whom|which (?:people|officials|sources|voices))"
    rf" (?:is|are|was|were|gets?|got) (?:quoted|cited)(?: (?:in|by) {_PIECE})?$"
    rf"|^(?:who|whom|which (?:people|officials|sources|voices)) (?:does|did) {_PIECE}"
    r" (?:quote|cite)$"
    r"|^(?:what|which|who) (?:are|were) (?:the |its |all the |all )?"
    r"(?:article(?: s)? |story(?: s)? )?"
    r"(?:sources|sources quoted|sources cited)"
    rf"(?: (?:of|for|in|used in) {_PIECE}| (?:that )?(?:it|{_PIECE}) (?:cites|quotes|uses))?$"
    r"|^(?:list|name) (?:all )?(?:the |its )?(?:article(?: s)? )?sources"
    rf"(?: (?:of|in) {_PIECE})?$"
)
# "Does the article cite Indian sources?", "does it quote any Chinese officials?", "does the
# story quote India?": a country's voice among the sources (normalised text).
COUNTRY_SOURCES_ASKED = prefilter.compile(
    r"^(?:does|did) (?:it|the |this )?(?:article|story|piece|text|report)? ?"
    r"(?:cite|quote|rely on|use|have|include) (?:any )?(?P<who>[a-z]+)"
    r"(?: (?:sources?|officials?|voices?|government|officials words))?(?: at all)?$"
)

# "Give me Singh's exact quote on information sharing", "quote him word for word pls",
# "what did Esper say, word for word?": someone's own words, which only a quotation gives
# (normalised text).
OWN_WORDS_ASKED = prefilter.compile(
    r"^(?:(?:ok|okay|so|and|now|then|pls|please|can you|could you) )*"
    r"(?:(?:give me|show me|what (?:is|are|were|was)|i need|need|quote) (?:the )?(?P<a>.+?)"
    r" (?:exact|actual|direct|verbatim|precise) (?:quotes?|quotations?|words|wording)"
    r"(?: (?:on|about|regarding) (?P<topic>.+?))?"
    r"|quote (?P<b>.+?) (?:word for word|verbatim|exactly|directly)"
    r"|what (?:exactly )?did (?P<c>.+?) say(?: (?:on|about) (?P<topic2>.+?))?"
    r" (?:word for word|verbatim|in (?:his|her|their) own words))"
    r"(?: (?:pls|please|for a citation))?$"
)
# Who may be quoted: "quote Pompeo", "the Defense Department's exact words", "the officials'".
SPEAKER_KINDS = frozenset({"person", "organisation", "group"})
# Who "quote him word for word" means: the person the conversation is about.
PRONOUNS = frozenset({"him", "her", "them", "he", "she", "his", "hers"})


class SourceAnswers(EngineCore):
    def _sources_answered(self, text: str, context: Context) -> Answer | None:
        """ "Who is quoted in the article?": each voice the article quotes, with its words;
        "does the article cite Indian sources?": whether one is India's. None for any other
        question."""
        normalised = normalise(text)
        if SOURCES_ASKED.match(normalised):
            return self._sources_listed(context)
        country = COUNTRY_SOURCES_ASKED.match(normalised)
        if country is not None:
            return self._country_among_sources(country["who"], context)
        return None

    def _own_words_asked(self, text: str, context: Context) -> Answer | None:
        """ "Give me Singh's exact quote on information sharing", "quote him word for word":
        someone's own words, read before the question is taken for what they said."""
        own = OWN_WORDS_ASKED.match(normalise(text))
        if own is None:
            return None
        who = own["a"] or own["b"] or own["c"]
        return self._words_quoted_of(who, own["topic"] or own["topic2"], context)

    def _words_quoted_of(self, who: str, topic: str | None, context: Context) -> Answer | None:
        """ "Quote him word for word" (Pompeo): the words the article quotes as his. "Give
        me Singh's exact quote on information sharing": the article quotes none of Singh's,
        which is all there is to say (not its own report of what he did, as if his words).
        None for anyone but one person or body, and for a topic asked of quoted words, which
        may be about something else ("Pompeo's exact words about India")."""
        parsed = parse(who, self.index)
        named = [link.entity for link in parsed.entities if link.start >= 0]
        if not named and who in PRONOUNS:
            # "Who talks of a threat from China?" (Pompeo) "Quote him word for word."
            named = [e for e in (context.answered_person, *context.entities) if e][:1]
        speakers = list(dict.fromkeys(named))
        if not speakers or any(self._kind(e) not in SPEAKER_KINDS for e in speakers):
            return None
        theirs = [
            quotation
            for quotations in self.index.quotations.by_article.values()
            for quotation in quotations
            if quotation.speaker is not None
            and "who" in quotation.speaker.roles
            and set(speakers) & set(quotation.speaker.roles["who"].entities)
        ]
        if not theirs:
            # "Give me the two men's exact words": neither Esper nor Singh is quoted.
            name = joined([self.factbase.entities[e].name for e in speakers], "or")
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't quote {name} directly: it puts no words of {name} in "
                "quotation marks.",
                context,
                parsed=parsed,
                suggestions=self._suggest_for(parsed, speakers),
            )
        if topic is not None or len(speakers) > 1:
            return None
        speaker = speakers[0]
        # The sentence holding the words: the statement's “pressing global security
        # challenges” stand in ¶1's first sentence, not in "…said in a statement".
        first = theirs[0]
        return self._direct(
            text=f"“{first.text}”",
            facts=[first.fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[],
            about=[speaker],
        )

    def _quoted_voices(self) -> list[tuple[Fact, str]]:
        """Each fact naming whose words the article quotes, once, with the first words of
        theirs it quotes, in the article's order."""
        voices: dict[str, tuple[Fact, str]] = {}
        for quotations in self.index.quotations.by_article.values():
            for quotation in quotations:
                speaker = quotation.speaker
                if speaker is not None and "who" in speaker.roles:
                    voices.setdefault(speaker.id, (speaker, quotation.text))
        return list(voices.values())

    @staticmethod
    def _voices_named(voices: list[tuple[Fact, str]]) -> str:
        """ "the U.S. Defense Department, in a statement, Secretary Pompeo and U.S.
        government officials": each as its fact names it, mid-sentence."""
        names = [speaker.roles["who"].answer for speaker, _ in voices]
        return joined(
            [name[0].lower() + name[1:] if name.startswith("The ") else name for name in names]
        )

    def _sources_listed(self, context: Context) -> Answer | None:
        voices = self._quoted_voices()
        if not voices:
            return None
        parsed = parse("who is quoted", self.index)
        return self._direct(
            text=f"The article quotes {self._voices_named(voices)}.",
            facts=[speaker for speaker, _ in voices],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[],
            about=[e for speaker, _ in voices for e in speaker.roles["who"].entities],
        )

    def _country_among_sources(self, word: str, context: Context) -> Answer | None:
        parsed = parse(word, self.index)
        countries = [e for e in parsed.entity_ids if self._kind(e) == "country"]
        if len(countries) != 1 or parsed.unknown:
            return None  # "does the article cite figures?": not a country's voice
        country = countries[0]
        voices = self._quoted_voices()
        if not voices:
            return None
        theirs = [
            speaker
            for speaker, _ in voices
            if any(
                country == e or country in self.index.part_of.get(e, ())
                for e in speaker.roles["who"].entities
            )
        ]
        if theirs:
            text = f"Yes. The article quotes {self._voices_named([(s, '') for s in theirs])}."
            facts = theirs
        else:
            text = f"No. The sources it quotes are {self._voices_named(voices)}."
            facts = [speaker for speaker, _ in voices]
        return self._direct(
            text=text,
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[],
            about=[country],
        )
