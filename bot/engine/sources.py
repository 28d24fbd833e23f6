"""The article's sources: whose words it quotes ("Who is quoted in the article?", "what are
its sources?") and whether any is of a country ("Does the article cite Indian sources?").
Read from the article's own quotation marks and the facts naming whose words they are, so
the answer lists only those it quotes, never the people it merely names."""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.answer import Answer
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
