"""Which side's words: "was that the US or the Indian side?", "is that from an Indian source
though?", "'cooperation among the services' - US or Indian wording?". The article reports the
talks through the U.S. Defense Department's statement and quotes U.S. officials and Pompeo;
it reports no Indian statement. Read by asking the engine who said it, then taking the
country of whoever the article says said it, so nothing here judges the article."""

from __future__ import annotations

import abc
import re
from dataclasses import replace
from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.index import _linkable_words, term
from bot.engine.question import parse
from bot.engine.several import verdict_of
from bot.engine.sidenames import SIDE_CITIES, SIDE_COUNTRIES, side_words_of
from bot.factbase.model import Fact
from bot.text import normalise

__all__ = ["SideAnswers"]

# The two sides a source may be of, as the question words them (normalised text: "U.S." is
# "usa", "U.S.-India" is "usa india").
_US = side_words_of("united-states")
_INDIA = side_words_of("india")
_SIDE = rf"(?:{_US}|{_INDIA})"
_SOURCE_NOUN = (
    r"(?:side|sides|source|sources|officials?|ones?|wording|words|statement|government|govt"
    r"|account|version|phrasing|line|claim|remark|view|position|quote|quotation|phrase)"
)
# What a side's words come as: "the US side", "an Indian source", "American officials",
# "US or Indian wording", "indian officials or american ones".
_OFFERED = rf"(?:(?:from|by) )?(?:an? |the )?(?P<{{name}}>{_SIDE})(?: {_SOURCE_NOUN})?"
# "…the US or the Indian side?", "US or Indian wording?": two sides offered, ending the
# question; what comes before them says what was said.
TWO_SIDES_OFFERED = prefilter.compile(
    rf"^(?P<lead>.*?)\b{_OFFERED.format(name='first')} or"
    rf" {_OFFERED.format(name='second')}(?: though| tho| then| really)?$"
)
# "is that from an Indian source though?", "was that the American side?", "did that come
# from the Indian side?": one side offered of the words just answered (normalised text).
ONE_SIDE_ASKED = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|wait) )*"
    r"(?:(?:is|was|are|were) (?:that|this|it|those|these)(?: (?:really|actually|all))?"
    r" (?:(?:from|by) )?(?:an? |the )?"
    r"|(?:did|does) (?:that|this|it) (?:(?:really|actually) )?come from (?:an? |the )?)"
    rf"(?P<side>{_SIDE}) (?P<noun>{_SOURCE_NOUN})(?: though| tho| then| really| too)?$"
)
# How words may be given to a side: "from the Indian side", "said by the Indian side",
# "put by US officials".
_GIVEN_BY = (
    r"(?P<via>(?:come |really come )?from|(?:said|stated|put|worded|phrased|written|used|uttered"
    r"|coined) by)"
)
# "whose words, Delhi's or Washington's?", "whose words were those - US or Indian?": the
# words just answered, offered as two sides (normalised text drops the "'s").
WHOSE_WORDS_POINTED = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|wait) )*(?:is )?whose (?:words?|wording|phrasing|line|lines"
    r"|quotes?|remarks?|comments?)(?: (?:is|was|are|were) (?:that|this|it|those|these|they))?"
    rf" (?:the )?{_SIDE}(?: side)? or (?:the )?{_SIDE}(?: side)?(?: then| though| tho)?$"
)
# "was the 'cooperation among the services' wording from the Indian side?", "Was 'pressing
# global security challenges' said by the Indian side?": one side offered of words the
# question names.
ONE_SIDE_OF_THING = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay) )*(?:was|is|were|are|did|does) (?P<thing>.+?)"
    rf" {_GIVEN_BY} (?:an? |the )?(?P<side>{_SIDE})"
    rf"(?P<noun> {_SOURCE_NOUN})?$"
)
# "is 'two largest democracies' an Indian quote?", "was the China-threat remark a US
# line?": the words named, then one side's words offered as what they are.
ONE_SIDE_NOUN_OF_THING = prefilter.compile(
    # "…issued by the Indian side?" asks who issued it, read as ever: no "by" before the side.
    r"^(?:(?:and|so|but|ok|okay) )*(?:was|is|were|are) (?P<thing>.+?)(?<! by)(?<! from)"
    rf" (?:an?|the) (?P<side>{_SIDE})(?P<noun> {_SOURCE_NOUN})(?: though| tho| then| really)?$"
)
# "'one of the most significant relationships' – was that the Indian side?", "'pressing
# global security challenges': is that from US officials?": the words quoted first, then
# one side offered of them.
ONE_SIDE_AFTER_THING = prefilter.compile(
    r"^(?P<thing>.+?) (?:(?:and|so|but|ok|okay|wait) )*(?:was|is|were|are)"
    r" (?:that|this|it|those|these)(?: (?:really|actually|all))?"
    rf"(?: {_GIVEN_BY})? (?:an? |the )?(?P<side>{_SIDE})(?P<noun> {_SOURCE_NOUN})"
    r"(?: though| tho| then| really| too)?$"
)
# What may stand before the two sides without naming what was said: "was that", "so is it".
_POINTING_LEAD = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|wait) )*(?:(?:was|is|were|are) (?:that|this|it|those|these)"
    r"|(?:did|does) (?:that|this|it) come|whose (?:was|is) (?:that|it|this))?"
    r"(?: (?:said|stated|put|worded|phrased|written))?(?: by| from)?$"
)
# "'cooperation among the services' - was that US or Indian wording?": the words quoted,
# then the question pointing back at them.
_THING_THEN_POINTER = prefilter.compile(
    r"^(?P<thing>.+?) (?:(?:was|is|were|are) (?:that|this|it|those|these)"
    r"|(?:did|does) (?:that|this|it) come)(?: (?:said|stated|put|worded|phrased|written))?"
    r"(?: by| from)?$"
)
# "Who said the two militaries would deepen cooperation - …": the lead already asks it.
_WHO_SAID_LEAD = prefilter.compile(r"^(?:who|which \w+) (?:said|says|stated|claimed|wrote)\b")
# "was the China-threat remark from…": the words asked of, named by what they are.
_THING_LEAD = prefilter.compile(
    r"^(?:(?:and|so|but|ok) )*(?:was|is|were|are|did|does) (?P<thing>.+?)"
    r"(?: (?:come|said|stated|put|worded|phrased|written))?(?: by| from)?$"
)
# What names words rather than a person or an event ("was Esper from the US side?" asks
# his side, not a source's): "the China-threat remark", "the 'two democracies' line".
_WORDS_NOUN = prefilter.compile(
    r"\b(?:wording|words?|line|lines|remarks?|quotes?|quotations?|phrases?|phrasing|statement"
    r"|claims?|comments?|descriptions?|language|terms?|characteri[sz]ation|framing|assessment)\b"
)
# A side asked of words, not of whoever did something: "was that Indian wording?", "was
# that said by the US side?", "is that an Indian source?".
_WORDS_ASKED = prefilter.compile(
    r"\b(?:wording|words?|source|sources|line|remarks?|claim|phrasing|statement|account"
    r"|version|view|position|said|stated|put|worded|phrased|written|quote|quoted)\b"
)
# "Was the statement from the US or the Indian side?": whose statement, which the issuer's
# reading answers with the statement's own sentences.
_THE_STATEMENT = prefilter.compile(r"^(?:the |that |this )?statement$")
# A side as the owner of a reaction: "India's", "the Indian side's", "Delhi's", "the Indian
# government's" (normalised text drops the "'s").
_SIDE_OWNER = (
    rf"(?:the )?(?P<side>{_SIDE})(?: (?:side|government|officials|establishment|leadership"
    r"|department of defense|defense ministry|ministry of defense|mod))?"
)
# What a side gives out as its own word: always a statement of its own ("India's statement
# on BECA", "the Indian side's position").
_OWN_WORD = r"(?:statement|stance|position|remarks|comments?|reply|line|readout|communique)"
# What is a side's own word only when asked as official: "India's official reaction" (its
# bare "reaction" may be the two chiefs' appreciation the statement reports).
_OFFICIAL_WORD = rf"(?:{_OWN_WORD}|reaction|response|view|take|verdict)"
_ABOUT_WHAT = r"(?: (?:to|on|about|regarding|towards?|over|of) .+?)?(?: then| though| tho)?"
_LEAD = r"^(?:(?:and|so|but|ok|okay|then|well) )*(?:(?:what|how) (?:was|is|were|are|s) )?"
# "what was india's official reaction to the agreement then?", "Delhi's official response to
# the deal?", "what's the indian side's position on BECA?"
_SIDES_OWN_WORD = prefilter.compile(
    rf"{_LEAD}{_SIDE_OWNER} (?:(?:official|formal) {_OFFICIAL_WORD}|{_OWN_WORD}){_ABOUT_WHAT}$"
)
# "what was the official Indian reaction?"
_OFFICIAL_SIDE_WORD = prefilter.compile(
    rf"{_LEAD}(?:the |an? )?(?:official|formal) {_SIDE_OWNER} {_OFFICIAL_WORD}{_ABOUT_WHAT}$"
)
# "how did india officially respond to the agreement?", "did delhi formally react?"
_SIDE_REACTED_OFFICIALLY = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then|well) )*(?:how|did|has|what) (?:did |has )?"
    rf"{_SIDE_OWNER} (?:officially|formally) (?:react|respond|reply|comment|say)\w*"
    rf"{_ABOUT_WHAT}$"
)
SIDES_OWN_WORD_ASKED = (_SIDES_OWN_WORD, _OFFICIAL_SIDE_WORD, _SIDE_REACTED_OFFICIALLY)
_SAY = term("say")
# The statement the article reports, named as a source: "the DoD statement", "the Pentagon's
# statement", "the US statement", "the statement" (normalised text: "U.S." is "usa"). No
# other side's or joint statement: the article reports none.
_THE_STATEMENT_NAMED = (
    r"(?:the |that |this |their |its )?(?:(?:usa|us|u s|american|pentagon|dod|defense"
    r"|department|of|official) )*statement"
)
_OPENER = r"^(?:(?:and|so|but|ok|okay|wait|then) )*"
# "did the DOD statement say they'd work on secure comms?", "does the statement mention
# logistics?"
_STATEMENT_SAYS = prefilter.compile(
    rf"{_OPENER}(?:did|does|do) {_THE_STATEMENT_NAMED} (?:(?:really|actually|also|even) )?"
    r"(?:say|state|report|include|claim|note|talk about|cover|list|refer to|mention)"
    r"(?: that)? (?P<thing>\w+(?: \w+)+?)(?: too| as well| then| though)?$"
)
# "is the line about the partnership countering china from the DoD statement?", "was the
# logistics bit part of the Pentagon statement?"
_FROM_THE_STATEMENT = prefilter.compile(
    # "was Singh quoted in the DoD statement?" asks whose words it gives, not whether
    # "Singh quoted" is in it: yesno's REPORT_QUOTES_WHOM reads it.
    rf"{_OPENER}(?:is|was|are|were|does|did) (?P<thing>.+?)(?<! quoted)(?<! cited)"
    rf"(?<! directly) (?:(?:really|actually) )?"
    rf"(?:come )?(?:from|in|part of|taken from) {_THE_STATEMENT_NAMED}$"
)
# Words pointing back at the last answer: "is that from the DOD statement?".
_POINTER = prefilter.compile(r"^(?:that|this|it|those|these)$")
# "Did the statement mention China?" "Who said it?", "…and who issued that?": who the
# statement is of, asked right after the article's word on what it leaves out.
_STATEMENT_POINTED_SPEAKER = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:who|which \w+) (?:(?:said|says|wrote) it"
    r"|(?:issued|released|put out|made|published|gave) (?:it|that|this))(?: then| though)?$"
)
# "Did the statement mention China?" "Who said that?": who says what was just answered,
# that the statement leaves China out, which the article says itself.
_DENIAL_POINTED_SPEAKER = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:who|which \w+) (?:said|says|stated|claims?|claimed"
    r"|wrote) (?:that|this)(?: then| though)?$"
)
_QUOTE_MARKS = frozenset("'\"‘’“”")
_SIDE_NAMES = {"united-states": "the U.S. side", "india": "the Indian side"}


def _side_of(word: str) -> str:
    """The country a side's word stands for: "american" → united-states. Every side word
    the patterns here match is one of SIDE_COUNTRIES (they are built from it)."""
    return SIDE_COUNTRIES[word]


def _put_out(named: re.Match[str]) -> bool:
    """Whether the words are asked as put out from somewhere ("did the statement come from
    new delhi?"), not as said by someone ("was it said by Delhi?")."""
    return (named.groupdict().get("via") or "").endswith("from")


def _names_words(thing: str, text: str) -> bool:
    """Whether what is asked of is words: quoted in the question, or named as words ("the
    China-threat remark"), not a person or an event ("was Esper from the US side?")."""
    return bool(_QUOTE_MARKS.intersection(text)) or _WORDS_NOUN.search(thing) is not None


class SideAnswers(EngineCore):
    @cached_property
    def _saying_sides(self) -> frozenset[str]:
        """Everyone the article has saying something, and the countries they are part of
        (the Defense Department's statement is the U.S.'s); built once."""
        sayers = {
            e
            for entry in self.index.entries
            if _SAY in entry.predicate and (who := entry.fact.roles.get("who")) is not None
            for e in who.entities
        }
        return frozenset(sayers | {p for e in sayers for p in self.index.part_of.get(e, ())})

    @property
    @abc.abstractmethod
    def _statement_issuers(self) -> frozenset[str]:
        """Who issued the statements the article reports (the Defense Department); the
        engine builds it once."""

    @cached_property
    def _statement_denials(self) -> dict[str, str]:
        """What the article says the statement does not mention, each with the fact saying
        so: {"china": "statement-no-china"}; built once."""
        return {
            e: fact.id
            for fact in self.factbase.facts.values()
            if fact.negative and self._statement_issuers.intersection(fact.entities)
            for e in fact.entities
            if e not in self._statement_issuers
        }

    def _statement_as_source_asked(self, text: str, context: Context) -> Answer | None:
        """ "Did the DOD statement say they'd work on secure comms?": Yes when the article
        gives those words to the statement; No when the article says them itself and says
        the statement does not mention what they name (China). None for any other question,
        words the article gives to someone else ("No. Pompeo said…" is answered as ever), or
        words it says itself of what the statement may have said too."""
        asked = normalise(text)
        found = _STATEMENT_SAYS.match(asked) or _FROM_THE_STATEMENT.match(asked)
        if found is None:
            return None
        said = self._answer(f"who said {found['thing']}?", context)
        if said.abstained or not said.fact_ids:
            return None
        facts = [self.factbase.facts[f] for f in said.fact_ids if f in self.factbase.facts]
        if not facts:
            return None
        if said.text.startswith("The article itself"):
            # "is the line about the partnership countering china from the DoD statement?":
            # the article's own words; No only where it says the statement leaves out what
            # they name (China).
            pointed = _POINTER.match(found["thing"]) is not None
            named = (
                self._entities_of_facts(facts)
                if pointed
                else self._entities_named_in(found["thing"])
            )
            denied = {self._statement_denials[e] for e in named if e in self._statement_denials}
            if len(denied) == 1:
                return self._statement_denies(said, self.factbase.facts[denied.pop()], facts)
            return self._unsourced(context) if pointed else None
        who = facts[0].roles.get("who")
        if who is None or who.answer.rstrip(".") != said.text.rstrip("."):
            return None
        if not self._statement_issuers.intersection(who.entities):
            return None  # "was Pompeo's China remark from the statement?": No, his, read as ever
        # "Did the statement say the two militaries agreed on BECA?": the statement is the
        # source, but the two sides agreed, not the militaries; the claim must hold too.
        claim = self._answer(f"is it true that {found['thing']}?", context)
        if verdict_of(claim) != "yes":
            return None
        return self._statement_confirms(said, facts[1:] or facts)

    def _statement_speaker_pointed(self, text: str, context: Context) -> Answer | None:
        """ "Did the statement mention China?" (No) "Who said it?": "it" is the statement, so
        its issuer, not whoever else spoke of China (Pompeo). None for any other question,
        or after any other answer."""
        if context.fact_id not in self._statement_denial_facts:
            return None
        asked = normalise(text)
        if _DENIAL_POINTED_SPEAKER.match(asked):
            return self._direct(
                text="The article itself: it gives no source for this",
                facts=[self.factbase.facts[context.fact_id]],
                confidence=0.85,
                parsed=parse(asked, self.index),
                context=context,
                notes=["the article's own word on what the statement leaves out"],
            )
        if not _STATEMENT_POINTED_SPEAKER.match(asked):
            return None
        return self._answer("who issued the statement?", context)

    @cached_property
    def _statement_denial_facts(self) -> frozenset[str]:
        """The facts saying what the statement leaves out ("statement-no-china"); built once."""
        return frozenset(self._statement_denials.values())

    def _unsourced(self, context: Context) -> Answer:
        """ "How many 2+2 dialogues?" "Is that from the DOD statement?": the article says it
        in its own voice, so whether the statement says it too is not said; never a Yes
        from another of the statement's sentences."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say: it says that itself, citing no source.",
            context,
        )

    def _entities_of_facts(self, facts: list[Fact]) -> set[str]:
        """What the facts pointed at name, and what those are part of: "is that from the DOD
        statement?" after the partnership's purpose (to address China's threat) names China."""
        named = {e for fact in facts for e in fact.entities}
        return named | {p for e in named for p in self.index.part_of.get(e, ())}

    def _entities_named_in(self, words: str) -> set[str]:
        """The entities some words name, and what they are part of: "the communist party"
        names the CCP, and so China."""
        named = {e for _, _, e in self.index.alias_spans(_linkable_words(words), lambda _: False)}
        return named | {p for e in named for p in self.index.part_of.get(e, ())}

    @staticmethod
    def _statement_confirms(said: Answer, contents: list[Fact]) -> Answer:
        """ "Yes. They reinforced their commitment to …", quoting what the statement says
        first, then that the statement says it."""
        quotes = (*(f.quote for f in contents), *(q for q in said.quotes))
        return replace(
            said,
            text=f"Yes. {contents[0].statement}",
            quotes=tuple(dict.fromkeys(quotes)),
        )

    @staticmethod
    def _statement_denies(said: Answer, denial: Fact, contents: list[Fact]) -> Answer:
        """ "No. The Defense Department statement does not explicitly mention China.",
        quoting the article's denial first, then the words asked of. Whose the words are is
        not said: "the China threat" is both Pompeo's and the article's own."""
        quotes = (denial.quote, *(f.quote for f in contents))
        return replace(
            said,
            text=f"No. {denial.statement}",
            quotes=tuple(dict.fromkeys(quotes)),
            fact_ids=(denial.id, *said.fact_ids),
        )

    def _unheard_side_asked(self, text: str, context: Context) -> Answer | None:
        """ "What was India's official reaction to the agreement?": a side's own statement or
        official reaction, which the article reports none of when no one of that side says
        anything in it (its account is the U.S. Defense Department's statement). None for
        any other question, or a side the article has speaking (the U.S.)."""
        asked = normalise(text)
        found = next(filter(None, (p.match(asked) for p in SIDES_OWN_WORD_ASKED)), None)
        if found is None:
            return None
        side = _side_of(found["side"])
        if side in self._saying_sides or side not in self.factbase.entities:
            return None
        name = _SIDE_NAMES[side]
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article reports no statement or official reaction from {name}: its account"
            " of the talks is the U.S. Defense Department's statement.",
            context,
        )

    def _side_of_words_answered(self, text: str, context: Context) -> Answer | None:
        """ "Was that the US or the Indian side?": whose side said what was asked, read from
        who the article says said it. None for any other question, or when the article names
        no one who said it (the question is then read as ever)."""
        asked = normalise(text)
        if WHOSE_WORDS_POINTED.match(asked):
            return self._side_answer("who said that?", None, context)
        if asked.startswith("whose "):
            return None  # "whose statement was it - US or Indian?": message.py puts it
        two = TWO_SIDES_OFFERED.match(asked)
        if two is not None:
            who_said = self._who_said_question(two["lead"], text)
            if who_said is None:
                return None
            if _side_of(two["first"]) == _side_of(two["second"]):
                # "was that the US or the US side?": no choice offered, so no Yes to give.
                return self._words_unknown(context)
            pointing = who_said == "who said that?"
            return (pointing and self._doers_side(asked, None, context)) or self._side_answer(
                who_said, None, context
            )
        one = ONE_SIDE_ASKED.match(asked)
        if one is not None and one["noun"] != "statement":
            # "was it an Indian statement?" asks whose the statement is: its issuer's reading.
            side = _side_of(one["side"])
            return self._doers_side(asked, side, context) or self._side_answer(
                "who said that?", side, context
            )
        named = (
            ONE_SIDE_OF_THING.match(asked)
            or ONE_SIDE_AFTER_THING.match(asked)
            or ONE_SIDE_NOUN_OF_THING.match(asked)
        )
        if (
            named is not None
            and not _POINTING_LEAD.match(named["thing"])
            and _names_words(named["thing"], text)
        ):
            if named["noun"] is None and named["side"] in SIDE_CITIES and _put_out(named):
                # "did the statement come from new delhi?": where it was put out, never said
                return self._abstain(
                    AbstainReason.NOT_IN_ARTICLE,
                    f"The article doesn't say where {named['thing']} was put out from.",
                    context,
                )
            who_said = f"who said {named['thing']}?"
            return self._side_answer(who_said, _side_of(named["side"]), context)
        return None

    def _doers_side(self, asked: str, asked_side: str | None, context: Context) -> Answer | None:
        """ "Who praised the relationship?" (Esper and Singh) "Was that the Indian side?":
        whose side did it, read from those the last answer named as its doers, not from the
        statement reporting it: "Both sides: Esper and Singh." None when the last answer
        named no doers, or the question asks of words ("was that Indian wording?")."""
        if context.role != "who" or context.fact_id is None or _WORDS_ASKED.search(asked):
            return None
        entry = self.index.by_id.get(context.fact_id)
        if entry is None or _SAY in entry.predicate:
            return None  # "who described the relationship so?": its doers said it, read as ever
        fact = entry.fact
        doers = fact.roles.get("who")
        if doers is None or set(doers.entities) != set(context.answer_entities):
            return None
        sides = self._countries_of(m for d in doers.entities for m in self.index.expand(d))
        if not sides or not sides <= _SIDE_NAMES.keys():
            return None
        who = doers.answer.rstrip(".")
        who = f"the {who[4:]}" if who.startswith("The ") else who
        if len(sides) > 1:
            alone = "" if asked_side is None else f", not {_SIDE_NAMES[asked_side]} alone"
            lead = f"Both sides{alone}"
        else:
            (side,) = sides
            name = _SIDE_NAMES[side]
            lead = {None: name[:1].upper() + name[1:], side: f"Yes, {name}"}.get(
                asked_side, f"No, {name}"
            )
        return self._direct(
            text=f"{lead} — {who}.",
            facts=[fact],
            confidence=0.85,
            parsed=parse(asked, self.index),
            context=context,
            notes=["side asked of the doers the last answer named"],
        )

    @staticmethod
    def _who_said_question(lead: str, text: str) -> str | None:
        """The question "who said it?" of what the lead names: "who said that?" after a bare
        "was that", the lead itself when it asks ("who said the militaries would deepen
        cooperation"), "who said the China threat remark?" of a thing named."""
        lead = lead.strip()
        if _POINTING_LEAD.match(lead):
            return "who said that?"
        if _WHO_SAID_LEAD.match(lead):
            return f"{lead}?"
        thing = _THING_THEN_POINTER.match(lead) or _THING_LEAD.match(lead)
        if thing is None or not _names_words(thing["thing"], text):
            return None
        if _THE_STATEMENT.match(thing["thing"]):
            return None  # "was the statement from the US or Indian side?": its issuer, asked
        return f"who said {thing['thing']}?"

    def _words_unknown(self, context: Context) -> Answer:
        """ "Was it the Indian side?" as the first question, or after one the article could
        not answer: "it" points at no words, so whose side they are is asked back, never a
        Yes from whatever fact names India."""
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            "Whose words do you mean? Tell me which words, for example “Was the 'most"
            " significant relationships' line from the Indian side?”.",
            context,
        )

    def _side_answer(self, who_said: str, asked_side: str | None, context: Context) -> Answer:
        """The answer to "who said it?", put as the side it is of: "The U.S. side: …", or for
        one side asked, Yes or No. When the words are unknown ("that" with nothing answered
        before) it is asked back; when no one the article names said them, or the one who
        did is of neither side, the bot abstains rather than read it as a general yes/no,
        which says Yes from any fact naming India."""
        pointing = who_said == "who said that?"
        if pointing and context.last_abstained:
            return self._words_unknown(context)  # "what did Singh say?" (unquoted) "US or Indian?"
        said = self._answer(who_said, context)
        if said.abstained or not said.fact_ids:
            return self._words_unknown(context) if pointing else said
        if said.text.startswith("The article itself"):
            # "US-India relations are heating up. US or Indian officials?": neither; the
            # article says it in its own voice.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't give it to either side: it says so itself, citing no source.",
                context,
            )
        side = self._country_of_speaker(said)
        if side is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't give those words to one side.",
                context,
            )
        name = _SIDE_NAMES[side]
        # "…the article reports no Indian statement": its only statement is the Pentagon's.
        unheard = (
            " (the article reports no statement from the Indian side)" if side != "india" else ""
        )
        who = said.text.rstrip(".")
        who = f"the {who[4:]}" if who.startswith("The ") else who
        if asked_side is None:
            text = f"{name[:1].upper()}{name[1:]}: {who}{unheard}."
        elif asked_side == side:
            text = f"Yes, {name}: {who}."
        else:
            text = f"No. It comes from {name}: {who}{unheard}."
        return replace(said, text=text)

    def _country_of_speaker(self, said: Answer) -> str | None:
        """The one country (the U.S. or India) of whoever the "who said it?" answer names: the
        "who" role of its first fact, which is the speaker's."""
        speaker = self.factbase.facts.get(said.fact_ids[0])
        if speaker is None or "who" not in speaker.roles:
            return None
        role = speaker.roles["who"]
        if role.answer.rstrip(".") != said.text.rstrip("."):
            return None
        countries = set()
        for entity_id in role.entities:
            entity = self.factbase.entities.get(entity_id)
            if entity is None:
                return None
            if self._kind(entity_id) == "country":
                countries.add(entity_id)
            else:
                countries.update(p for p in entity.part_of if self._kind(p) == "country")
        if len(countries) != 1:
            return None
        (country,) = countries
        return country if country in _SIDE_NAMES else None
