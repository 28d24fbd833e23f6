"""Answers composed from facts rather than read from one role: who or what something
is, profiles, summaries, paragraphs, the article itself, names and places."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from bot.engine import prefilter
from bot.engine.abbreviated import (
    abbreviation_asked,
    expands_to,
    expansion_asked,
    is_abbreviation,
)
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import (
    DISCUSSION_TERMS,
    EngineCore,
    Scored,
)
from bot.engine.headlinenames import headline_naming_asked
from bot.engine.index import term
from bot.engine.lexicon import COMPANION_WORDS, STOPWORDS, TITLE_WORDS, is_country_word
from bot.engine.phrases import (
    ASKS_ARTICLE_DATE,
    ASKS_AUTHOR,
    ASKS_GENRE,
    ASKS_TITLE,
    ASKS_WRITTEN,
    CALLED,
    DEFINE,
    DEFINE_OR_ABOUT,
    FULL,
    IDENTITY_TERMS,
    LOCATED,
    PRONOUN_WORDS,
    SUMMARY_WORD,
    TITLE_DOMAIN_WORDS,
    TITLE_OF_ANOTHER,
    TITLE_OF_WHAT,
    TITLE_RANKS,
    TITLES,
    WHAT_IS,
    identity_text,
    joined,
    paragraph_asked,
    replace_type,
)
from bot.engine.question import KIND_NOUNS, Linked, Parsed, parse
from bot.engine.titles import Office, PersonTitles
from bot.factbase.model import Entity, Fact, Role, Summary
from bot.text import fold_for_quotes, normalise, tokens

__all__ = ["DescriptiveAnswers"]

# The noun of an event that only took place, among the words of discussing: "talks" in
# "participated in quadripartite talks" tells nothing of what was said.
_EVENT_NOUNS = frozenset({term("talk")})

# "What happened in Tokyo?", "what took place earlier this month?": what the article puts
# there or then ("before the 2+2" is an order, for the order's own answers).
HAPPENED_AT = prefilter.compile(
    r"^what (?:happened|took place|went on|occurred|transpired|was going on)"
    # "What happened first, earlier in the month?": the first of the story's events, which
    # the time named says.
    r"(?: first)?"
    r" (?P<prep>in|at|on|during|earlier|recently)\b(?P<rest>.*)$"
)

# "Which happened first, the Tokyo talks or the meeting?", "which came later: A or B?";
# "came first: A or B?" with the question word left out.
# "Ok, which of those came first then, the meeting or the 2+2?": the same after a lead.
WHICH_FIRST = prefilter.compile(
    r"^(?:(?:ok|okay|so|and|then|well|now) )*"
    r"(?:(?:which|what)(?: one| event)?(?: of (?:these|those|the two|the following|them|both))?"
    r"(?: happened| came| took place| was held| occurred| was)?"
    r"|(?:happened|came|took place|occurred))"
    r" (?P<order>first|earlier|sooner|last|later|second)\b(?: of these| of the two)?"
    r"(?: then| now)? (?:the )?(?P<a>.+?) or (?:the )?(?P<b>.+?)$"
)

# "The Esper-Singh meeting vs the 2+2 dialogue, which came first?", "which was first: the
# Tokyo talks vs the meeting?": the same, the two set against each other by "vs".
VERSUS_FIRST = prefilter.compile(
    r"^(?:and )?(?:the )?(?P<a>.+?) (?:vs|versus) (?:the )?(?P<b>.+?)"
    r" (?:which|what)(?: one| event)?(?: happened| came| took place| was held| occurred| was)?"
    r" (?:first|earlier|sooner|last|later|second)$"
    r"|^(?:which|what)(?: one| event)?(?: happened| came| took place| was held| occurred| was)?"
    r" (?:first|earlier|sooner|last|later|second) (?:the )?(?P<a2>.+?) (?:vs|versus)"
    r" (?:the )?(?P<b2>.+?)$"
)

# "Was the press conference before or after his trip?": the event, then the one it is
# placed against.
BEFORE_OR_AFTER = prefilter.compile(
    r"\b(?:before|after|earlier|later|prior to|ahead of) or (?:before|after|earlier|later)"
    r"(?: than| to)?(?P<other>(?: \w+)*)"
)


# "Where did Singh go after meeting Esper?", "where did he head before that?", "where had
# Esper travelled before the meeting?": where someone went on one side of an event, not
# where the event itself was ("Where was Esper before…?" asks where he was all along).
WENT_AROUND = prefilter.compile(
    r"\bwhere (?:did|had|has|would) (?P<who>.+?)"
    r" (?:go|gone|head|headed|travel|travell?ed|fly|flown|journey|move|moved|go off|head off)"
    r"(?: to)?"
    r"(?: next| then| first| afterwards?)? (?:right |just |shortly |soon |immediately )?"
    r"(?P<side>before|after|prior to|following|ahead of) (?P<other>.+)$"
)
# The words that stand for the event just talked about: "where did he go before that?"
_THAT_EVENT = frozenset("that it this then".split())


# "How many countries are mentioned (in the article)?": a count of what the article names.
# Words that open what describes someone: "the minister whom Esper met".
_RELATIVE_WORDS = frozenset(("who", "whom", "that", "which", "whose"))
_MEETING_NOUNS = frozenset("meeting talk gathering conference session summit".split())
COUNT_NAMED = prefilter.compile(
    r"^how many (?P<kind>\w+) (?:are |is |were |(?:does|did) the (?:article|story|text|piece) )?"
    r"(?:mentioned|named|mention|name|cited|referred to|in the article)\b"
    # "…are named in the article" once the framing is read off: "how many people are".
    r"|^how many (?P<bare>\w+) (?:are|is|were|does it name|does it mention)$"
    # "What countries are mentioned?", "name two cities in the article": all of that kind.
    r"|^(?:what|which) (?:other )?(?P<listed>\w+) (?:are |is |were |does the article |does it )?"
    r"(?:mentioned|named|mention|name|cited|referred to|in the article)\b"
    r"|^(?:what|which) (?P<bare_listed>\w+) (?:are|is|were)$"
    # "Which US departments are mentioned?": those of one country.
    r"|^(?:what|which) (?P<listed_of>\w+) (?P<listed_own>\w+) (?:(?:are |is |were )?"
    r"(?:mentioned|named|cited|referred to|in the article)\b|(?:are|is|were)$)"
    # "Name all countries mentioned except the US and India": the exception is read off.
    r"|^(?:name|list|identify) (?:(?:all|every) )?(?:the )?(?:\w+ )?"
    r"(?P<some>cities|countries|people|persons|places|nations|citys)"
    r"(?: (?:(?:that|which) (?:are|were) )?(?:mentioned|named|cited|referred to))?"
    r"(?: (?:in|from) the (?:article|story|text|piece))?"
    r"(?=$| (?:except|besides|but|other than|apart from|aside from|excluding|bar|save)\b)"
    # "How many US officials are named?": people of one country.
    r"|^how many (?P<of>\w+) (?P<own>\w+) (?:(?:are |is |were |does the article |does it )?"
    r"(?:mentioned|named|mention|name|cited|referred to|in the article)\b|(?:are|is|were)$)"
)
# The groups of COUNT_NAMED that qualify the noun asked for ("US" of "US officials").
_QUALIFIERS = frozenset({"of", "listed_of"})
# Kinds the article places in a country: people, and bodies (the State Department's).
_OF_A_COUNTRY = frozenset({"person", "organisation"})
_DEPARTMENT_NOUNS = frozenset({"department", "ministry"})
# "Which US government departments are mentioned?": a department is the government's.
_GOVERNMENT_BODY = prefilter.compile(r"\b(?:government|federal) (?=(?:department|ministr)\w*\b)")
# "Esper's full name and job?", "Singh's title and full name": a name and a title asked.
_TITLE_WORD = r"(?:job|title|role|position|post|office|rank)s?"
NAME_AND_TITLE = prefilter.compile(
    rf"\b(?:sur)?names? (?:and|&|plus) (?:(?:his|her|their|the) )?{_TITLE_WORD}\b"
    rf"|\b{_TITLE_WORD} (?:and|&|plus) (?:(?:his|her|their|the) )?(?:(?:full|first|last) )?"
    r"(?:sur)?names?\b"
)
# "Besides India, what countries are mentioned?": what is set aside before what is asked,
# which the question's entity links already hold as set aside.
LEADING_SET_ASIDE = prefilter.compile(
    r"^(?:besides|apart from|aside from|other than|except(?: for)?|excluding|not counting)"
    r" .+? (?=(?:what|which|how many|name|list)\b)"
)
# The words that set aside what follows: "…except the US and India".
SETS_ASIDE_WORDS = prefilter.compile(
    r"^(?:except(?: for)?|besides|but|other than|apart from|aside from|excluding|bar|save"
    r"|not counting)\b"
)
# Words that only join the names set aside: "the US and India".
_LIST_GLUE = frozenset(("the", "and", "or", "nor", ","))
# "How many people are named?" "How many of them are American?", "and how many are from
# India?": a count within the last one's.
WITHIN_LAST_COUNT = prefilter.compile(
    r"^(?:and |so )?how many (?:of (?:them|those|these) )?(?:are|were|is|was) (?:from )?"
    r"(?:the )?\S+$"
)
# "How many is that?", "so how many are there?", "how many are they in all?": of what the
# last answer named (normalised text).
LAST_LISTED_COUNTED = prefilter.compile(
    r"^(?:and |so |ok |okay )?how many (?:is|are|was|were) (?:that|those|these|there|they|it)"
    r"(?: (?:in total|in all|altogether|all together|then))?$"
)
# "Who is mentioned in the article?" (read as "who is"), "list the people in the article"
# (read as "which people"), "who are the main people?": everyone the article names, when no
# answer before it makes these a follow-up.
EVERYONE_NAMED = prefilter.compile(
    r"^(?:who (?:is|are)|which people|who are the (?:main|key|important|principal)"
    r" (?:people|persons|players|figures|officials))$"
)
# "Name everyone from the US", "list all the people of India", "who are all the Americans".
EVERYONE_FROM = prefilter.compile(
    r"\b(?:everyone|everybody|all (?:the )?(?:people|persons|officials)|all the \w+ people)"
    r" (?:from|of)\b"
)
# "Apart from Esper, who is mentioned?", "who else gets a mention?": the article's naming.
MENTIONED = prefilter.compile(r"\b(?:mention(?:ed|s)?|named?|cited|referred to)\b")
# "What do the Tokyo talks and the Delhi meeting have in common?": of two events or places.
IN_COMMON = prefilter.compile(r"\bin common\b")
# "Who was in both…?", "who attended both the Tokyo talks and the Delhi meeting?", "who took
# part in the Tokyo talks and the Delhi meeting both?": one present at each of two.
IN_BOTH = prefilter.compile(
    r"\b(?:in|at|to|attended|attend|joined|join|of) both\b|\band (?:\w+ ){1,4}both$"
)
# "Which department does he work for?": the body someone belongs to.
WORKS_FOR = prefilter.compile(
    r"\b(?:work|works|worked|working) (?:for|at|in)\b|\bbelongs? to\b"
    r"|\b(?:serve|serves|served) (?:in|at|with)\b|\bpart of\b|\bemployed by\b"
)
# "Are Esper and Singh from the same country?", "…from different countries?"
SAME_OR_DIFFERENT = prefilter.compile(
    r"\b(?:from|of|represent|representing) (?:the )?(?:(?P<same>same)|different|two different)"
    r" (?:countries|country|nations|nation|sides|side)\b"
)
NUMBER_NAMES = {
    **{1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven"},
    **{8: "Eight", 9: "Nine", 10: "Ten"},
}


# "What does BECA refer to?": what it is.
# "Which two democracies are they on about?", "which two countries?", "what are the two
# sides?": which things a group's name stands for, its alias right after the question word.
WHICH_GROUP = prefilter.compile(r"^(?:which|what)(?: (?:are|were))?(?: the)? (?=two |both )")
REFERS_TO = prefilter.compile(r"^what (?:does|do) .+ refers? to$")
# "What deal exactly was it?", "which agreement is that?": the one thing of the kind named
# that the pronoun points at, asked by name (the noun is checked against KIND_NOUNS).
WHICH_KIND_WAS_IT = prefilter.compile(
    r"^(?:what|which) (?P<noun>\w+) (?:exactly |again |then )?(?:was|is|were|are|s) "
    r"(?:it|that|this|they|those|these)(?: exactly| again| then)?$"
)

# "Esper is secretary of which department?": words that ask only what a title is of, and
# those of them that ask for a country.
_TITLE_DOMAIN_TERMS = frozenset(term(w) for w in TITLE_DOMAIN_WORDS)
_COUNTRY_TERMS = frozenset(term(w) for w in ("country", "nation", "government"))

# "What does the article call Pompeo?", "Pompeo's called what – what title?": no other words.
CALL_TERMS = frozenset(term(w) for w in "call called term name title refer known".split())


# "What came after the meeting?", "what happened before the 2+2?", "what followed the
# meeting?": the events the article places on that side of it.
NEXT_TO = prefilter.compile(
    r"^what (?:came|comes|happened|happens|was|is|took place|takes place|occurred)"
    r"(?: next| right| immediately| just)?"
    # "What happened earlier this month, before the Delhi meeting?": the time restates the
    # side ("earlier" is before), the event named is what it is placed against.
    r"(?: (?:earlier|later) (?:this|that|the same|last|in the) (?:month|week))?"
    r" (?P<side>after|before|following|ahead of|prior to)"
    r" (?P<other>.+)$"
    r"|^what (?:was|is) (?:next|planned|scheduled|coming up) after (?P<after>.+)$"
    r"|^what (?P<verb>followed|preceded|came before|came after) (?P<object>.+)$"
)

# "What did they do before the 2+2?", "what did Esper do earlier this month, before
# Delhi?": what someone did on that side of an event, of the events that are theirs.
DONE_NEXT_TO = prefilter.compile(
    r"^(?:and |so |then )?what (?:did|does|do|will|would) (?P<doer>.+?) do"
    r"(?: next| then| right| just| immediately)?"
    r"(?: (?:earlier|later) (?:this|that|the same|last) (?:month|week))?"
    r" (?P<side>after|before|following|ahead of|prior to) (?P<other>.+)$"
)

_POSSESSIVES = frozenset({"his", "her", "their"})
# What a question asks to be before: "…do before his trip to south asia" (his trip…).
_ASKED_BEFORE = prefilter.compile(r"\b(?:before|prior to|ahead of) (?P<other>.+)$")


def _content_terms(words: str) -> set[str]:
    """The terms of words that are not stopwords ("his trip to south asia": trip, south,
    asia)."""
    return {term(w) for w in words.split() if w not in STOPWORDS}


# "After meeting Singh, what was the next big event on Esper's schedule?" (read with the
# clause put last): the event after that one.
NEXT_EVENT_AFTER = prefilter.compile(
    r"^what (?:was|is|will be|would be) (?:the |his |her |their )?next (?:\w+ )?"
    r"(?:event|thing|step|stop|item|engagement|meeting)"
    r"(?: on (?:the |his |her |their )?(?:\w+ )?(?:schedule|agenda|calendar|itinerary))?"
    r" after (?P<other>.+)$"
)

# "What came next?", "what happens next?", "and after that?", "and before that?": the
# event on that side of the one the conversation was last about (of the article's lead
# event, asked first: "what happens next, according to the article?" is the 2+2).
NEXT_OF_LAST = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|then) )*(?:what )?(?:(?:came|comes|happened|happens|was|is) )?"
    r"(?:(?P<next>next)|(?P<side>after|before|prior to) (?:that|this|it|then))$"
)

# "Was that before or after his trip?": the words before it name nothing new.
_ONLY_THAT = frozenset(
    "was is were are did does do that it this they he she happen happened so".split()
    # "When did they say it – before or after the 2+2?": when what was just said was said.
    + "when say said describe described call called".split()
)


def _names_kind_of_it(text: str) -> bool:
    """ "What deal was it?": the kind of the thing "it" is, asked for its name. Not of a
    person or an event: "which event was it?", with nothing before it, could be any."""
    found = WHICH_KIND_WAS_IT.match(text)
    return found is not None and KIND_NOUNS.get(found["noun"]) not in (None, "person", "event")


# "exec summary pls", "an elevator-pitch overview": the kind of summary, asked of the
# article as a whole, not words the article lacks.
_SUMMARY_KINDS = frozenset("exec executive elevator pitch management boardroom".split())


class DescriptiveAnswers(EngineCore):
    @cached_property
    def _person_titles(self) -> PersonTitles:
        return PersonTitles(self.factbase)

    def _holder_of_title(self, parsed: Parsed) -> str | None:
        """The one person the article gives the office the question names by title alone
        ("what is the name of minister of india defence?": Singh), or None."""
        office = Office.of(parsed.words)
        if office.noun is None or not office.departments:
            return None
        titles = self._person_titles
        return titles.holder.get(office) or titles.holder_of(office)

    def _profile(
        self, entity_id: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Tell me about Pompeo": who he is and what he did, from the facts about him."""
        entity = self.factbase.entities[entity_id]
        identity = self._identity_of(entity.id)
        about = [
            f
            for f in self._facts_about(entity_id)
            if f.id != (entity.identity_fact or "") and entity_id in self.index.by_id[f.id].central
        ]
        facts = ([identity] if identity else []) + about[:2]
        if not facts:
            return None
        first = identity.roles.get("who") or identity.roles.get("what") if identity else None
        lines = [first.answer + "." if first else entity.description]
        lines += [f.statement for f in about[:2]]
        return self._direct(
            text=" ".join(lines),
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity_id],
        )

    def _count_named(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "How many countries are mentioned?", "how many people does the article name?":
        the entities of that kind the article itself names, each with a sentence naming it."""
        if parsed.lists_occasions and context.fact_id is None:
            # "List the meetings mentioned": the New Delhi meeting, the 2+2s, the Tokyo
            # talks, the press conference; no one fact lists them, and one is no list.
            return self._not_found(parsed, context, [], notes)
        asked = _GOVERNMENT_BODY.sub("", LEADING_SET_ASIDE.sub("", parsed.text))
        match = COUNT_NAMED.match(asked)
        if match is not None and not self._rest_only_set_aside(parsed, asked, match.end()):
            return None  # "name all countries except India that were at the Tokyo talks"
        if match is None:
            if context.fact_id is None and EVERYONE_NAMED.match(parsed.text):
                people = self._of_kind.get("person", [])
                named = [e for e in people if self.factbase.entities[e].aliases]
                return self._naming(named, "", parsed, context, notes)
            return None
        noun = next(
            (g for name, g in match.groupdict().items() if g and name not in _QUALIFIERS), ""
        )
        asks_count = bool(match["kind"] or match["bare"] or match["of"])
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
        kind = KIND_NOUNS.get(noun) or KIND_NOUNS.get(singular)
        if kind is None and singular in _MEETING_NOUNS and (match["kind"] or match["bare"]):
            # "How many meetings are mentioned?": the meeting in New Delhi, three 2+2s, the
            # Tokyo talks, those on Pompeo's trip — the article counts no such thing.
            return self._not_found(parsed, context, [], notes)
        # "How many Indian officials…", "how many Americans are named?": only the people
        # who belong to that country.
        qualifier = match["of"] or match["listed_of"] or (noun if kind is None else None)
        country = self._country_at(parsed, qualifier) if qualifier else None
        if qualifier and country is not None:
            kind = kind or "person"
        if kind is None or (qualifier and (country is None or kind not in _OF_A_COUNTRY)):
            return None
        named = [e for e in self._of_kind.get(kind, []) if self.factbase.entities[e].aliases]
        if singular in _DEPARTMENT_NOUNS:
            # "Which departments are mentioned?": the Defense and State Departments, not
            # China's Communist Party, a body but no department.
            named = [e for e in named if self._called_a_department(e)]
        if country is not None:
            named = [e for e in named if country in self.index.part_of.get(e, ())]
            if not named and kind != "person":
                # "Which Indian departments are mentioned?": none, which no other body is.
                # (Of people, "the article names no one from Japan" is said further on.)
                return self._not_found(parsed, context, [], notes)
        if noun in ("cities", "city", "citys", "towns"):
            # A city is in a country; South Asia, a region, is not.
            named = [e for e in named if self._countries_of({e}) - {e}]
        elif noun in ("regions", "region"):
            # "Which regions are mentioned?": South Asia, in no country; not the cities.
            named = [e for e in named if not self._countries_of({e}) - {e}]
        elif kind == "place" and self._places_include_countries(parsed):
            named = named + self._named_countries()
        if self._all_named_excluded(parsed):
            # "Which countries are named other than the US and India?", "name all countries
            # mentioned except India": those the question sets aside go.
            named = [e for e in named if e not in parsed.excluded]
            count = NUMBER_NAMES.get(len(named), str(len(named)))
            return self._naming(named, f"{count}: " if asks_count else "", parsed, context, notes)
        if match["listed"] and parsed.words[1:2] == ["other"]:
            # "Which other countries are mentioned?": besides those just talked about, or
            # the two the article is about (its headline's): China, Japan and Australia.
            named = [e for e in named if e not in self._besides(context, kind)]
            return self._naming(named, "", parsed, context, notes)
        count = NUMBER_NAMES.get(len(named), str(len(named)))
        return self._naming(named, f"{count}: ", parsed, context, notes)

    @staticmethod
    def _places_include_countries(parsed: Parsed) -> bool:
        """ "List all the places mentioned": every place, the countries too (Japan, India…),
        or "Three: New Delhi, Tokyo and South Asia" passes for all of them; not when the
        question keeps to cities or regions ("all the places, cities and regions")."""
        return not parsed.places_kept

    def _named_countries(self) -> list[str]:
        """The countries the article names, in the factbase's order of them."""
        return [e for e in self._of_kind.get("country", []) if self.factbase.entities[e].aliases]

    def _called_a_department(self, entity: str) -> bool:
        """Its name calls it a department or ministry ("State Department")."""
        found = self.factbase.entities[entity]
        return any(
            word in _DEPARTMENT_NOUNS
            for name in (found.name, *found.aliases)
            for word in normalise(name).split()
        )

    @staticmethod
    def _rest_only_set_aside(parsed: Parsed, asked: str, end: int) -> bool:
        """Whether what follows the kind asked for only sets things aside, by name: "…except
        the US and India", not "…except India that were at the Tokyo talks"; true when
        nothing is set aside after it ("which countries are mentioned?")."""
        rest = asked[end:].split()
        aside = SETS_ASIDE_WORDS.match(" ".join(rest))
        if aside is None:
            return True
        first = len(parsed.words) - len(rest)
        covered = {
            at
            for link in parsed.entities
            if link.start >= first and link.entity in parsed.excluded
            for at in range(link.start, link.end)
        }
        names_from = first + len(aside[0].split())
        return bool(covered) and all(
            at in covered or parsed.words[at] in _LIST_GLUE
            for at in range(names_from, len(parsed.words))
        )

    @staticmethod
    def _all_named_excluded(parsed: Parsed) -> bool:
        """Whether the question names things only to set them aside: "which countries are
        mentioned besides the US?"; not "which countries are mentioned with China?"."""
        named = {link.entity for link in parsed.entities if link.start >= 0}
        return bool(parsed.excluded) and named <= parsed.excluded

    def _count_within_named(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "How many people are named?" (four) "How many of them are American?": those of
        the last count's people who belong to that country, counted and named again."""
        if parsed.qtype != "how_many" or not WITHIN_LAST_COUNT.match(parsed.text):
            return None
        countries = {
            link.entity
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) == "country"
        }
        # A count composed of those it names keeps them as the conversation's entities.
        counted = context.answer_entities or context.entities
        people = [e for e in counted if self._kind(e) == "person"]
        typed = {link.entity for link in parsed.entities if link.start >= 0}
        if (
            context.question_type != "how_many"
            or len(countries) != 1
            or len(people) < 2
            or len(people) != len(counted)
            or len(typed) != 1
        ):
            return None
        country = countries.pop()
        named = [e for e in people if country in self.index.part_of.get(e, ())]
        if not named:
            return None
        count = NUMBER_NAMES.get(len(named), str(len(named)))
        return self._naming(named, f"{count}: ", parsed, context, notes)

    def _count_of_last_listed(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Which US government departments are mentioned?" "How many is that?": the
        things the last answer named, when it named several of one kind, counted."""
        if not LAST_LISTED_COUNTED.match(parsed.text) or context.last_abstained:
            return None
        # A list by name ("Two: U.S. Department of Defense and State Department") keeps
        # what it names as the conversation's entities, with no role of a fact.
        listed = context.role is None and context.question_type in ("who", "what")
        named = list(dict.fromkeys(context.answer_entities or (context.entities if listed else ())))
        kinds = {self._kind(e) for e in named}
        if len(named) < 2 or len(kinds) != 1:
            return None
        count = NUMBER_NAMES.get(len(named), str(len(named)))
        return self._naming(named, f"{count}: ", parsed, context, notes)

    def _besides(self, context: Context, kind: str) -> set[str]:
        """Those of this kind the conversation has named, else the headline's."""
        said = {e for e in (*context.entities, *context.answer_entities) if self._kind(e) == kind}
        return said or {e for e in self._headline_entities if self._kind(e) == kind}

    @cached_property
    def _headline_entities(self) -> frozenset[str]:
        """What the headline names (the U.S. and India), found once."""
        return frozenset(
            e
            for fact in self.factbase.facts.values()
            if fact.quote.paragraph == 0
            for e in fact.entities
        )

    def _country_at(self, parsed: Parsed, word: str) -> str | None:
        """The one country a word of the question names ("Indian", "Americans")."""
        at = parsed.text.split().index(word)
        countries = {
            link.entity
            for link in parsed.entities
            if link.start == at and self._kind(link.entity) == "country"
        }
        return countries.pop() if len(countries) == 1 else None

    def _people_of(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Name everyone from the US the article mentions": the people the article names
        who belong to that country or body."""
        if not EVERYONE_FROM.search(parsed.text):
            return None
        bodies = [
            link.entity
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) in ("country", "organisation")
        ]
        if len(set(bodies)) != 1:
            return None
        people = [
            e
            for e in self._of_kind.get("person", [])
            if bodies[0] in self.index.part_of.get(e, ()) and self.factbase.entities[e].aliases
        ]
        return self._naming(people, "", parsed, context, notes)

    def _others_mentioned(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Apart from Esper and Singh, who is mentioned?": the other people the article
        names, not a group some fact has them in."""
        if not parsed.wants_other or parsed.wanted_kind != "person" or parsed.terms:
            return None
        if parsed.unknown or not MENTIONED.search(parsed.text):
            return None
        if not set(parsed.entity_ids) <= parsed.excluded:
            return None  # "who else is mentioned with Esper?" asks of him
        people = [
            e
            for e in self._of_kind.get("person", [])
            if self.factbase.entities[e].aliases and e not in parsed.excluded
        ]
        return self._naming(people, "", parsed, context, notes)

    def _naming(
        self, entities: list[str], lead: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """The entities by name ("A, B and C"), each quoted from a sentence that names it;
        none if one has no such sentence."""
        # A sentence of the body, not the headline, which names no people and calls the
        # two countries only "U.S., India": "how many countries are mentioned?"
        facts = [
            f
            for e in entities
            for f in sorted(self._facts_about(e), key=lambda f: f.quote.paragraph == 0)[:1]
        ]
        if not entities or len(facts) != len(entities):
            return None
        names = [self.factbase.entities[e].name for e in entities]
        listed = joined(names)
        text = f"{lead}{listed}"
        return self._direct(
            text=text[:1].upper() + text[1:],  # "The United States, China, …"
            facts=list(dict.fromkeys(facts)),
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=entities,
        )

    def _in_both(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Who was in both Tokyo and Delhi?", "which American official appears in both the
        Tokyo talks and the New Delhi meeting?": the people facts place at each."""
        asks_person = parsed.qtype in ("who", "who_is") or parsed.wanted_kind == "person"
        in_common = IN_COMMON.search(parsed.text) is not None
        if not (asks_person and IN_BOTH.search(parsed.text)) and not in_common:
            return None
        places = [
            link.entity
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) in ("place", "event")
        ]
        if len(set(places)) != 2:
            return None
        present: list[dict[str, Fact]] = []
        for place in dict.fromkeys(places):
            there: dict[str, Fact] = {}
            for fact in self._facts_about(place):
                where = fact.roles.get("where")
                if where is None or not (
                    place in where.entities
                    # an event is where the facts that tell of it took place
                    or place in self.index.by_id[fact.id].central
                ):
                    continue
                for name in ("who", "with_whom"):
                    role = fact.roles.get(name)
                    for e in role.entities if role is not None else ():
                        if self._kind(e) == "person":
                            there.setdefault(e, fact)
            present.append(there)
        both = [e for e in present[0] if e in present[1]]
        if not both:
            return None
        if parsed.nationality is not None:
            both = [e for e in both if self._countries_of({e}) == {parsed.nationality}]
            if not both:
                # "Which Indian official was at both…?": the one who was is American.
                return self._not_found(parsed, context, [], notes)
        names = ", ".join(self.factbase.entities[e].name for e in both)
        if in_common:
            # "What do the Tokyo talks and the Delhi meeting have in common?": who was at
            # both, which the article bears out; nothing it does not set side by side.
            events = all(self._kind(p) == "event" for p in places)
            names = f"{names} {'took part in' if events else 'was in'} both"
        return self._direct(
            text=names,
            facts=list(dict.fromkeys([present[0][both[0]], present[1][both[0]]])),
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=both,
        )

    def _where_both(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Which city did both Esper and Begin visit?": the places facts put each of the
        two people in, where they meet."""
        asks_place = parsed.qtype == "where" or parsed.wanted_kind in ("place", "country")
        if not asks_place or "both" not in parsed.words:
            return None
        people = list(
            dict.fromkeys(
                link.entity
                for link in parsed.entities
                if link.start >= 0 and self._kind(link.entity) == "person"
            )
        )
        if len(people) != 2:
            return None
        placed: list[dict[str, Fact]] = []
        for person in people:
            places: dict[str, Fact] = {}
            for fact in self._facts_about(person):
                where = fact.roles.get("where")
                doers = {
                    e
                    for name in ("who", "with_whom")
                    if (role := fact.roles.get(name)) is not None
                    for e in role.entities
                }
                if where is not None and person in doers:
                    for place in where.entities:
                        if parsed.within is None or parsed.within in self.index.part_of.get(
                            place, ()
                        ):
                            places.setdefault(place, fact)
            placed.append(places)
        both = [p for p in placed[0] if p in placed[1]]
        if not both:
            return None
        text = ", ".join(self.factbase.entities[p].name for p in both)
        countries = sorted(self._countries_of(both) - set(both))
        if parsed.wanted_kind == "country" and countries:
            named = " and ".join(self.factbase.entities[c].name for c in countries)
            text = f"{named}: {text}"  # "which country did both visit?": India, New Delhi
        return self._direct(
            text=text,
            facts=list(dict.fromkeys([placed[0][both[0]], placed[1][both[0]]])),
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=both,
        )

    def _same_country(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Are Esper and Singh from the same country?": each one's country, as the article
        gives their titles, compared."""
        asked = SAME_OR_DIFFERENT.search(parsed.text)
        if asked is None or parsed.qtype != "yesno":
            return None
        people = list(dict.fromkeys(e for e in parsed.entity_ids if self._kind(e) == "person"))
        countries = [self._countries_of([p]) for p in people]
        if len(people) != 2 or not all(len(c) == 1 for c in countries):
            return None
        same = countries[0] == countries[1]
        yes = same if asked["same"] else not same
        names = [self.factbase.entities[p].name for p in people]
        places = [self.factbase.entities[next(iter(c))].name for c in countries]
        told = (
            f"both are from {places[0]}"
            if same
            else f"{names[0]} is from {places[0]} and {names[1]} from {places[1]}"
        )
        facts = [
            self.factbase.facts[fact]
            for p in people
            if (fact := self.factbase.entities[p].identity_fact) is not None
        ]
        return self._direct(
            text=f"{'Yes' if yes else 'No'}: {told}.",
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=people,
        )

    def _body_of(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Which department does Begin work for?": the body the article's title for him
        puts him in (Deputy Secretary of State: the State Department)."""
        if parsed.wanted_kind != "organisation" or WORKS_FOR.search(parsed.text) is None:
            return None
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        if len(people) != 1:
            return None
        person = self.factbase.entities[people[0]]
        bodies = [
            b for b in self.index.part_of.get(person.id, ()) if self._kind(b) == "organisation"
        ]
        identity = self._identity_of(person.id)
        if len(bodies) != 1 or identity is None:
            return None
        body = self.factbase.entities[bodies[0]]
        return self._direct(
            text=f"{body.name}: {identity.statement}",
            facts=[identity],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[person.id, body.id],
        )

    def _about_article(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """Questions about the article itself: its headline, its date, who wrote it."""
        if ASKS_GENRE.search(parsed.text):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say what kind of piece it is.",
                context,
                parsed=parsed,
            )
        if parsed.entities or len(self.factbase.articles) != 1:
            return None
        article = next(iter(self.factbase.articles.values()))
        text = parsed.text
        # The facts are scanned only for a question about the article, not for every one.
        headline = (
            [f for f in self.factbase.facts.values() if f.quote.paragraph == 0]
            if ASKS_TITLE.search(text) and not TITLE_OF_ANOTHER.search(text)
            else []
        )
        if headline:
            return self._direct(
                text=f"“{article.title}”",
                facts=headline[:1],
                confidence=0.9,
                parsed=parsed,
                context=context,
                notes=notes,
            )
        if ASKS_AUTHOR.search(text):
            who = f"It names its publisher as {article.publisher}." if article.publisher else ""
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say who wrote it. {who}".strip(),
                context,
                parsed=parsed,
            )
        if ASKS_WRITTEN.search(text):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say when it was written or published; it dates the events "
                f"it reports “{article.date}”.",
                context,
                parsed=parsed,
            )
        if ASKS_ARTICLE_DATE.search(text) and article.date:
            dated = [f for f in self.factbase.facts.values() if "when" in f.roles]
            if dated:
                return self._direct(
                    text=f"It dates the events it reports “{article.date}”; it gives no year.",
                    facts=dated[:1],
                    confidence=0.85,
                    parsed=parsed,
                    context=context,
                    notes=notes,
                )
        return None

    def _located(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Where is Tokyo?", "which country is New Delhi in?": where a place is, only as
        the article puts it ("Tokyo, Japan"); general knowledge is not the article. So is a
        country's or a body's ("where is the Pentagon?"): where it is, not where the events
        it took part in were."""
        if not LOCATED.match(parsed.text):
            return None
        places = [
            e for e in parsed.entity_ids if self._kind(e) in ("place", "country", "organisation")
        ]
        if len(places) != 1 or len(parsed.entity_ids) != 1:
            return None
        place = self.factbase.entities[places[0]]
        for container_id in self.index.part_of.get(place.id, ()):
            container = self.factbase.entities.get(container_id)
            if container is None:
                continue
            written = [f"{a}, {b}".lower() for a in place.aliases for b in container.aliases]
            for position in self.index.entity_postings.get(place.id, ()):
                entry = self.index.entries[position]
                quote = entry.fact.quote.text.lower()
                if any(w in quote for w in written):
                    return self._direct(
                        text=f"{place.name} is in {container.name}.",
                        facts=[entry.fact],
                        confidence=0.9,
                        parsed=parsed,
                        context=context,
                        notes=notes,
                        about=[place.id],
                    )
        named = place.name
        if place.kind == "organisation" and "'s " not in named and not named.startswith("the "):
            named = f"the {named}"  # "the State Department"; "China's Communist Party"
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say where {named} is.",
            context,
            parsed=parsed,
            notes=tuple(notes),
            suggestions=self._suggest_for(parsed, [place.id]),
        )

    def _which_first(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Which happened first, the Tokyo talks or the meeting with Singh?": the two
        events as the maintainers ordered them (each fact's `timeline`)."""
        match = WHICH_FIRST.match(parsed.text)
        versus = VERSUS_FIRST.match(parsed.text) if match is None else None
        if match is not None:
            one, two = match["a"], match["b"]
        elif versus is not None:
            one, two = versus["a"] or versus["a2"], versus["b"] or versus["b2"]
        else:
            return None
        # The events' own words first ("before his trip to South Asia"), then the timeline.
        order = self._first_by_own_words(one, two)
        if order is None:
            first = self._timed_event(one)
            second = self._timed_event(two)
            if first is None or second is None:
                return None
            order = self._timeline_order(first, second)
            if order is None:
                return self._abstain(
                    AbstainReason.NOT_IN_ARTICLE,
                    "The article doesn't say which of the two came first.",
                    context,
                    parsed=parsed,
                    notes=tuple(notes),
                )
        earlier, later = order
        return self._direct(
            text=f"First: {earlier.statement} Then: {later.statement}",
            facts=[earlier, later],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _before_or_after(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Was Pompeo's press conference before or after his trip?": when the article
        places the event, if it places it against the very thing the question names; else
        the two events' order in the timeline."""
        match = BEFORE_OR_AFTER.search(parsed.text)
        if match is None:
            return None
        other = {term(w) for w in match["other"].split() if w not in STOPWORDS}
        if not other and PRONOUN_WORDS.issuperset(match["other"].split()):
            # "What's the 2+2?" "Did Esper see Singh before or after it?": the event just
            # talked about, by its name.
            other = self._last_event_terms(context)
        # The event is what the question names before "before or after".
        subject = parse(parsed.text[: match.start()], self.index)
        ranked = self._rank(subject)
        last = self.index.by_id.get(context.fact_id or "")
        if last is not None and set(subject.words) <= _ONLY_THAT:
            # "When were the Tokyo talks?" "Before or after the New Delhi meeting?": they.
            ranked = [Scored(last, 1.0, (), True)]
        for scored in ranked[:2]:
            role = scored.entry.fact.roles.get("when")
            if role is None or scored.missing or scored.score < self.threshold:
                continue
            side = self._placed_against(scored.entry.fact, other)
            if side is None:
                continue
            confidence = self._confidence(scored, ranked, 0, subject)
            if confidence < self.threshold:
                return None
            said_so = role.answer.lower().startswith(side.lower())
            text = role.answer if said_so else f"{side}: {role.answer}"
            return self._answered(
                text=text,
                facts=[scored.entry.fact],
                role=role,
                confidence=min(0.9, confidence),
                parsed=parsed,
                context=context,
                ranked=ranked,
                notes=notes,
            )
        # Else the two events' order, only where the article's words settle it (the
        # maintainers' timeline alone is rough); "before or after it?" was handled above.
        if not other or (last is not None and set(subject.words) <= _ONLY_THAT):
            return None
        return self._ordered_against(subject, match["other"], parsed, context, notes)

    def _went_around(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Where did Esper go before meeting Singh?": where the article has him at the
        nearest event on that side of the meeting (Tokyo, earlier this month); "Where did
        Singh go after meeting Esper?" abstains, where it once gave the meeting's own New
        Delhi. None when the question names no one person or no event of the timeline."""
        match = WENT_AROUND.search(parsed.text)
        if match is None:
            return None
        people = self._one_named_person(match["who"], parsed)
        event = self._event_around(match["other"], context)
        if people is None or event is None or not self._own_event(people, event, parsed):
            return None
        if not self._owned_as_said(event, match["other"], frozenset({people})):
            return None  # "Where did Pompeo go before his trip?": his trip, not the meeting
        before = match["side"] != "after" and match["side"] != "following"
        found = self._nearest_place_of(people, event, before)
        name = self.factbase.entities[people].name
        if found is None and not before and self._placed_before_a_place(event):
            return None  # "Where did Pompeo go after the press conference?": his trip's South Asia
        if found is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say where {name} went {match['side']} that.",
                context,
                parsed=parsed,
                notes=(*notes, f"no event of {name}'s on that side of '{event.id}'"),
            )
        where = found.roles["where"]
        return self._answered(
            text=where.answer,
            facts=[found],
            role=where,
            confidence=0.85,
            parsed=parsed,
            context=context,
            ranked=[],
            notes=[*notes, f"where {name} was {match['side']} '{event.id}': '{found.id}'"],
        )

    def _own_event(self, person: str, event: Fact, parsed: Parsed) -> bool:
        """Whether the event the question places against is the person's own, when it is
        "his"/"her" event: "where was Pompeo before his trip?" is not before the Esper-Singh
        meeting, whatever event a lone "trip" ranks first."""
        if not {"his", "her", "their"} & set(parsed.words):
            return True
        who = event.roles.get("who")
        return who is None or person in who.entities

    def _placed_before_a_place(self, event: Fact) -> bool:
        """Whether the event's own time puts it before going somewhere ("Before his trip to
        South Asia"), which tells where its doer went after it."""
        placing = self._placing(event)
        if placing is None or placing[0] != "Before":
            return False
        return any(
            self._kind(e) in ("place", "country") for e in parse(placing[2], self.index).entity_ids
        )

    def _one_named_person(self, said: str, parsed: Parsed) -> str | None:
        """The one person `said` names ("Singh", "the Indian defence minister"), or, for
        "he"/"she", the one person the question was read as being about."""
        words = said.split()
        if words and set(words) <= PRONOUN_WORDS:
            pool = parsed.entity_ids
        else:
            named = parse(said, self.index)
            if named.terms or named.unknown:
                return None  # "Where did Pompeo hold a press conference before his trip?"
            pool = named.entity_ids
        people = list(dict.fromkeys(e for e in pool if self._kind(e) == "person"))
        return people[0] if len(people) == 1 else None

    def _event_around(self, said: str, context: Context) -> Fact | None:
        """The timed event `said` names ("meeting Singh": the meeting), or the one the
        conversation was last about ("that")."""
        if set(said.split()) <= _THAT_EVENT:
            last = self.index.by_id.get(context.fact_id or "")
            return last.fact if last is not None and last.fact.timeline is not None else None
        return self._timed_event(said)

    def _nearest_place_of(self, person: str, event: Fact, before: bool) -> Fact | None:
        """The fact with a place of the person's own event nearest `event` on its side,
        when the article orders the two ("earlier this month" is before Oct. 26); None when
        there is none or two are equally near."""
        sided = []
        for fact in self._timed_places:
            who = fact.roles["who"]
            order = self._timeline_order(fact, event)
            if person not in who.entities or order is None:
                continue
            if (order[0] is fact) == before:
                sided.append(fact)
        if not sided:
            return None
        near = (max if before else min)(f.timeline or 0 for f in sided)
        nearest = [f for f in sided if f.timeline == near]
        return nearest[0] if len(nearest) == 1 else None

    @cached_property
    def _timed_places(self) -> tuple[Fact, ...]:
        """The events of the timeline with a doer and a place, read once."""
        return tuple(
            fact
            for fact in self.factbase.facts.values()
            if fact.timeline is not None and "who" in fact.roles and "where" in fact.roles
        )

    def _next_to(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What came after the meeting?": the 2+2 Dialogue, which the meeting came ahead
        of; "what happened before the meeting?": the Tokyo talks, earlier that month. Only
        events the article itself places against the one named."""
        asked = self._next_to_asked(parsed, context)
        if asked is None:
            return None
        own, after, doer = asked
        found: list[Fact] = []
        beyond: list[Fact] = []
        for fact, side, against in self._placed_facts:
            if fact is not own:
                if (side == "After") == after and against is own:
                    found.append(fact)  # "after the Esper–Singh meeting": the 2+2
            elif (side == "Before") == after and against is not None and against is not own:
                # The meeting came ahead of the 2+2: the 2+2 came after the meeting.
                beyond.append(against)
        found = list(dict.fromkeys([*found, *beyond]))
        if not found and not after and self._before_its_own_anchor(own, parsed):
            # "What did Pompeo do before his trip to South Asia?": the trip is told only in
            # the press conference's own time ("prior to his trip"), so that is what came
            # before it.
            found = [own]
        if not found:
            # "What happened before the Tokyo talks?": the article places nothing before
            # them; the talks themselves, or a visit it gives no order to, are no answer.
            side = "after" if after else "before"
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say what happened {side} that.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if doer:
            # "What did Esper do before the meeting?": his events, not the officials' words;
            # "what did Singh do before it?": none the article tells of.
            found = [f for f in found if doer <= self.index.by_id[f.id].involved]
            if not found:
                return self._not_found(parsed, context, self._rank(parsed), notes)
        return self._direct(
            text=" ".join(f.statement for f in found),
            facts=found,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=self._events_defined(found),
        )

    def _before_its_own_anchor(self, own: Fact, parsed: Parsed) -> bool:
        """Whether the question asks before what the event's own time places it before,
        the event standing for it as no fact of its own tells of it: "before his trip to
        South Asia" is the press conference's own "Before his trip to South Asia"; "before
        the press conference" names the event itself, which is not before itself."""
        placing = self._placing(own)
        asked = _ASKED_BEFORE.search(parsed.text)
        if placing is None or placing[0] != "Before" or asked is None:
            return False
        if self._event_named(placing[2]) is not own:
            return False
        anchor = _content_terms(placing[2])
        named = _content_terms(asked["other"])
        own_words = {term(w) for k in own.keywords for w in k.split()} - anchor
        return not named.isdisjoint(anchor) and named.isdisjoint(own_words)

    def _events_defined(self, facts: list[Fact]) -> list[str] | None:
        """The events the answer's facts define, which the conversation is then about:
        "What came after the Delhi meeting?" (the 2+2) "What was decided there?" asks of
        the 2+2, not of the Delhi meeting the question named. None when no fact defines one."""
        events = [self._identity_facts[f.id] for f in facts if f.id in self._identity_facts]
        return events or None

    def _next_to_asked(
        self, parsed: Parsed, context: Context
    ) -> tuple[Fact, bool, frozenset[str]] | None:
        """The event a "what came after (before)…?" question is placed against, whether it
        asks after it, and the people whose doings are asked ("what did Esper do…": Esper;
        none for "they" or "what happened…"); None when it asks no such thing."""
        match = NEXT_TO.match(parsed.text)
        if match is not None:
            other = match["other"] or match["after"] or match["object"]
            verb = match["side"] or ("after" if match["after"] else match["verb"])
            # "What came after that?": the event the conversation was last about.
            said_of_last = other in ("that", "this", "it", "then")
            own = self._event_last_answered(context) if said_of_last else self._event_named(other)
            after = verb in ("after", "following", "followed", "came after")
            return None if own is None else (own, after, frozenset())
        done = DONE_NEXT_TO.match(parsed.text) or NEXT_EVENT_AFTER.match(parsed.text)
        if done is not None:
            own = self._event_named(done["other"])
            doer = done.groupdict().get("doer") or ""
            people = frozenset(self.index.entities_in(doer)) if doer else frozenset()
            if own is None or not self._owned_as_said(own, done["other"], people):
                return None
            side = done.groupdict().get("side") or "after"
            return own, side in ("after", "following"), people
        last = NEXT_OF_LAST.match(parsed.text)
        if last is None:
            return None
        own = self._event_last_answered(context, lead_if_first=bool(last["next"]))
        return None if own is None else (own, last["side"] != "before", frozenset())

    def _owned_as_said(self, event: Fact, said: str, people: frozenset[str]) -> bool:
        """Whether an event named as the doer's own ("what did Pompeo do before his trip?")
        is one of theirs: his trip to South Asia, not the Delhi meeting it ranks first. Words
        naming only the doer name no event: "what did Esper do before being named defense
        secretary?" asks of his life before the post, which the article does not tell."""
        named = self.index.entities_in(said)
        if people and named and named <= people:
            return False
        if not people or _POSSESSIVES.isdisjoint(said.split()):
            return True
        return people <= self.index.by_id[event.id].involved

    def _event_last_answered(self, context: Context, *, lead_if_first: bool = False) -> Fact | None:
        """The timed event the conversation last answered with ("What happened in Tokyo?"
        "What came next?": the talks), or, asked first, the article's lead event ("what
        happens next?": after the meeting); None when its last answer was no event ("Who is
        Begin?" "What came next?") or there was none ("what happened after that?")."""
        if context.fact_id is None:
            if context.turn or not lead_if_first:
                return None  # "What was the outcome of the 2+2?" (no answer) "What next?"
            lead = self._lead_event
            return lead.fact if lead is not None and lead.fact.timeline is not None else None
        fact = self.factbase.facts.get(context.fact_id)
        return fact if fact is not None and fact.timeline is not None else None

    @cached_property
    def _placed_facts(self) -> tuple[tuple[Fact, str, Fact | None], ...]:
        """The events the maintainers put in the timeline whose own time places them against
        another ("ahead of the 2+2 Dialogue"): each with its side ("Before" or "After") and
        the event it is placed against, read once rather than ranked on every question."""
        return tuple(
            (fact, placing[0], self._event_named(placing[2]))
            for fact in self.factbase.facts.values()
            if fact.timeline is not None and (placing := self._placing(fact)) is not None
        )

    def _event_named(self, words: str) -> Fact | None:
        """The event these words name ("the Esper–Singh meeting", "the 2+2 meeting"): the
        best fact for them, if the maintainers placed it in the timeline (an event), else
        None ("Pompeo's trip" is best told by a fact of no time)."""
        ranked = self._clearly_ranked(parse(words, self.index))
        # "the Tokyo talks" names Pompeo, who took part, as well as the talks: of the facts
        # as good as the best, the event.
        tied = [r for r in ranked if r.score >= ranked[0].score and not r.missing]
        return next((r.entry.fact for r in tied if r.entry.fact.timeline), None)

    def _last_event_terms(self, context: Context) -> set[str]:
        """The words of the name of the one event the conversation was last about."""
        events = [e for e in context.entities if self._kind(e) == "event"]
        if len(events) != 1:
            return set()
        name = self.factbase.entities[events[0]].name
        return {term(w) for w in normalise(name).split() if w not in STOPWORDS}

    def _first_by_own_words(self, a: str, b: str) -> tuple[Fact, Fact] | None:
        """The earlier and the later of two events, if one's own "when" places it against
        the other ("Before his trip to South Asia")."""
        for one, two in ((a, b), (b, a)):
            ranked = self._clearly_ranked(parse(one, self.index))
            if not ranked:
                continue
            fact = ranked[0].entry.fact
            side = self._placed_against(fact, {term(w) for w in two.split() if w not in STOPWORDS})
            if side is None:
                continue
            # The other event: a good match for its words that is not this one and is what
            # this one is placed against ("his trip": Pompeo's, not Esper's).
            others = [
                r.entry.fact
                for r in self._rank(parse(two, self.index))[:3]
                if r.entry.fact.id != fact.id
                and r.entry.fact.id not in self._identity_facts
                and not r.missing
            ]
            placing = self._placing(fact)
            against = placing[2] if placing is not None else ""
            named = {r.entry.fact.id for r in self._rank(parse(against, self.index))[:3]}
            other = next((o for o in others if o.id in named), None)
            if other is None:
                continue  # "Esper's meeting" is not "the 2+2 meeting" the officials spoke before
            pair = (fact, other)
            return pair if side == "Before" else (pair[1], pair[0])
        return None

    def _timeline_order(self, one: Fact, other: Fact) -> tuple[Fact, Fact] | None:
        """The earlier and the later of two timed events, when the article orders them."""
        if one.id == other.id or not self._timeline_orders(one, other):
            return None
        return (one, other) if (one.timeline or 0) < (other.timeline or 0) else (other, one)

    def _ordered_against(
        self, subject: Parsed, other: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Did Esper meet Singh before or after the Tokyo talks?": after, as the two events
        are ordered (the talks were "earlier this month"), when neither is placed against
        the other in its own words; None when the article does not order them."""
        ranked = self._rank(subject)
        timed = [r for r in ranked[:3] if r.entry.fact.timeline is not None and not r.missing]
        if not timed or timed[0].score < self.threshold:
            return None
        event = timed[0].entry.fact
        against = self._timed_event(other)
        order = None if against is None else self._timeline_order(event, against)
        if order is None:
            return None
        earlier, later = order
        side = "Before" if earlier.id == event.id else "After"
        return self._direct(
            text=f"{side}. First: {earlier.statement} Then: {later.statement}",
            facts=[earlier, later],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[*notes, "the two events in the order the article gives them"],
        )

    def _timeline_orders(self, one: Fact, other: Fact) -> bool:
        """Whether the article's own words order the two events: the maintainers' timeline
        is a guess where they do not ("recently", before a trip the article does not date)."""
        if one.timeline is None or other.timeline is None or one.timeline == other.timeline:
            return False
        if self._loosely_timed(one) or self._loosely_timed(other):
            return False
        earlier, later = sorted((one.timeline, other.timeline))
        steps = self._time_steps
        reached, frontier = {earlier}, [earlier]
        while frontier:
            step = frontier.pop()
            for before, after in steps:
                if before == step and after not in reached:
                    reached.add(after)
                    frontier.append(after)
        return later in reached

    @cached_property
    def _time_steps(self) -> set[tuple[int, int]]:
        """Pairs of timeline places, earlier then later, that some event's own "when" puts
        in that order ("ahead of the 2+2 Dialogue")."""
        steps: set[tuple[int, int]] = set()
        for fact in self.factbase.facts.values():
            anchor = self._time_anchor(fact)
            if fact.timeline is None or anchor is None or anchor.timeline is None:
                continue
            placing = self._placing(fact)
            before = placing is not None and placing[0] == "Before"
            steps.add(
                (fact.timeline, anchor.timeline) if before else (anchor.timeline, fact.timeline)
            )
        return steps

    def _time_anchor(self, fact: Fact) -> Fact | None:
        """The event a fact's own "when" places it against, if the words name one."""
        placing = self._placing(fact)
        if placing is None:
            return None
        ranked = self._rank(parse(placing[2], self.index))
        return next(
            (r.entry.fact for r in ranked[:3] if r.entry.fact.id != fact.id and not r.missing),
            None,
        )

    def _loosely_timed(self, fact: Fact) -> bool:
        """A "when" that gives no date and places the event against nothing dated:
        "recently", "before his trip to South Asia"."""
        when = fact.roles.get("when")
        if when is None or any(c.isdigit() for c in when.answer):
            return False
        anchor = self._time_anchor(fact)
        return anchor is None or anchor.timeline is None

    def _timed_event(self, said: str) -> Fact | None:
        """The event a phrase names, if the maintainers placed it in the timeline."""
        ranked = self._rank(parse(said, self.index))
        timed = [r for r in ranked[:3] if r.entry.fact.timeline is not None and not r.missing]
        return timed[0].entry.fact if timed and timed[0].score >= self.threshold else None

    def _called(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What does the article call the four-way talks?": the article's own name for it."""
        if headline_naming_asked(parsed.text):
            return self._called_in_headline(parsed, context, notes)
        abbreviation = abbreviation_asked(parsed.text)
        if not abbreviation and not CALLED.search(parsed.text):
            return None
        # A link the question did not write is one it implies ("the agreement": the one).
        entities = [link for link in parsed.entities if link.start >= 0] or parsed.entities[:1]
        if len(entities) > 1:  # "the four-way talks in Tokyo": the talks, not the city
            entities = [e for e in entities if self._kind(e.entity) not in ("place", "country")]
        if len({link.entity for link in entities}) != 1:
            return None
        if parsed.unknown and not abbreviation:  # "abbreviation" is no word of the facts
            return None
        entity = self.factbase.entities[entities[0].entity]
        if abbreviation and entity.kind not in ("person", "place", "country"):
            return self._abbreviation_of(entity, parsed, context, notes)
        if entity.kind == "person" and CALL_TERMS.issuperset(parsed.terms):
            return self._called_person(entity.id, parsed, context, notes)
        if entity.kind in ("person", "group"):
            # "What is the dialogue between the foreign and defense ministers called?": the
            # one event whose name has the word the question opens with, not the ministers.
            head = next((w for w in parsed.words[2:] if w not in STOPWORDS), "")
            alongside = {x for fact in self._facts_about(entity.id) for x in fact.entities}
            named = [
                e
                for kind in ("event", "agreement")
                for e in self._of_kind.get(kind, [])
                if term(head) in self.index.entity_terms.get(e, frozenset()) and e in alongside
            ]
            if len(named) != 1:
                return None
            entity = self.factbase.entities[named[0]]
        if entity.kind == "person" or not entity.aliases:
            return None
        if entity.kind in ("place", "country") and parsed.terms:
            return None  # "what are the talks in Tokyo called?" is not about Tokyo's name
        shown = entity.aliases[:2]
        facts = self._facts_using(entity.id, shown[0])
        if not facts:
            return None
        names = ", ".join(f"“{a}”" for a in shown)
        return self._direct(
            text=f"{entity.name} (the article's words: {names})",
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )

    def _facts_using(self, entity_id: str, alias: str) -> list[Fact]:
        """The entity's fact whose quote uses the alias ("U.S. Department of Defense": ¶2's
        sentence, not the meeting's), else its identity or first fact."""
        phrase = f" {' '.join(tokens(alias))} "
        identity = self._identity_of(entity_id)
        facts = [identity] if identity is not None else []
        facts += self._facts_about(entity_id)
        using = [f for f in facts if phrase in f" {' '.join(tokens(f.quote.text))} "]
        return (using or facts)[:1]

    def _abbreviation_of(
        self, entity: Entity, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """ "What abbreviation does the article use for the defense department?": “DOD”,
        quoted where the article uses it; that it uses none, when it has no short form."""
        short = [a for a in entity.aliases if is_abbreviation(a)]
        facts = self._facts_using(entity.id, short[0]) if short else []
        if not facts:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article uses no abbreviation for {entity.name}.",
                context,
                parsed=parsed,
            )
        return self._direct(
            text=f"“{short[0]}” ({entity.name})",
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )

    def _called_in_headline(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "What does the headline call Esper and Singh?": the headline's words for them
        ("Defense Chiefs"), or that it names none of them; None when nothing is asked of."""
        asked = parsed.entity_ids
        if not asked:
            return None
        headline = [f for f in self._facts_in_headline if f.entities]
        if not headline:
            return None
        found, unnamed = self._headline_names_of(asked)
        if not found:
            names = " or ".join(self.factbase.entities[e].name for e in asked)
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The headline doesn't name {names}: it reads “{self._article_title}”.",
                context,
                parsed=parsed,
            )
        said = " and ".join(f"“{name}”" for name in found)
        if unnamed:
            # "what does the headline call india and pompeo?": "India"; Pompeo it doesn't name
            said += f"; it doesn't name {' or '.join(unnamed)}"
        return self._direct(
            text=f"{said} (the headline: “{self._article_title}”)",
            facts=headline[:1],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=asked,
        )

    def _headline_names_of(self, asked: list[str]) -> tuple[list[str], list[str]]:
        """The headline's words for the entities asked of, and the names of those it leaves
        unnamed: the group's word for all of them ("Defense Chiefs" for Esper and Singh),
        else each one's own ("U.S." and "India" for "india and the us", not "India" alone)."""
        aliases = self._headline_alias
        groups = [e for e in self._with_group(asked) if e not in asked and e in aliases]
        if groups:
            return [aliases[groups[0]]], []
        found = list(dict.fromkeys(aliases[e] for e in asked if e in aliases))
        unnamed = [self.factbase.entities[e].name for e in asked if e not in aliases]
        return found, unnamed if found else []

    def _with_group(self, asked: list[str]) -> list[str]:
        """The group standing for exactly the people asked of first ("Esper and Singh": the
        two defense chiefs), then each of them."""
        groups = self._groups_by_members.get(frozenset(asked), []) if len(asked) > 1 else []
        return [*groups, *asked]

    @cached_property
    def _groups_by_members(self) -> dict[frozenset[str], list[str]]:
        """The groups by their members, found once."""
        found: dict[frozenset[str], list[str]] = {}
        for entity in self.factbase.entities.values():
            if entity.members:
                found.setdefault(frozenset(entity.members), []).append(entity.id)
        return found

    @cached_property
    def _facts_in_headline(self) -> list[Fact]:
        """The facts quoting the headline, found once."""
        return [f for f in self.factbase.facts.values() if f.quote.paragraph == 0]

    @cached_property
    def _article_title(self) -> str:
        return next(iter(self.factbase.articles.values())).title if self.factbase.articles else ""

    @cached_property
    def _headline_alias(self) -> dict[str, str]:
        """Each entity's first article alias the headline uses ("Defense Chiefs" for the two
        defense chiefs, "U.S." for the United States), found once."""
        words = f" {' '.join(tokens(self._article_title))} "
        found: dict[str, str] = {}
        for entity in self.factbase.entities.values():
            used = [
                alias
                for alias in (*entity.aliases, entity.name)
                if (phrase := " ".join(tokens(alias))) and f" {phrase} " in words
            ]
            # The headline's own spelling first: "U.S.", not "United States".
            typed = [a for a in used if a.casefold() in self._article_title.casefold()]
            if used:
                found[entity.id] = (typed or used)[0]
        return found

    def _called_person(
        self, entity_id: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "What does the article call Pompeo?": the title it gives him."""
        identity = self._identity_of(entity_id)
        title = identity.roles.get("what") if identity else None
        if identity is None or title is None:
            return None
        return self._direct(
            text=title.answer,
            facts=[identity],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity_id],
        )

    def _whose_name(self, parsed: Parsed) -> list[str]:
        """The people a name is asked of, not those in what describes them: "the first name
        of the man Esper met" asks Singh's, never Esper's; "…of the Indian defence minister
        whom Esper met", the minister's."""
        words = parsed.words
        at = words.index("name") if "name" in words else len(words)
        named = [w for w in words[at + 1 : at + 4] if w not in ("of", "the", "this", "that")]
        if named and KIND_NOUNS.get(named[0], "person") != "person":
            # "whats the full name of the agreement?" after Esper and Singh: the agreement's
            # name, never the full name of one of them.
            return []
        covered = {i for link in parsed.entities for i in range(max(link.start, 0), link.end)}

        def describing(link: Linked) -> bool:
            # After "name", behind a relative word or an unnamed "man", "minister": part of
            # the description of whoever the name is asked of.
            between = range(at + 1, link.start)
            return link.start > at and any(
                words[i] in _RELATIVE_WORDS
                or (KIND_NOUNS.get(words[i]) == "person" and i not in covered)
                for i in between
            )

        described = {link.entity for link in parsed.entities if describing(link)}
        described -= {link.entity for link in parsed.entities if not describing(link)}
        people = [e for e in parsed.entity_ids if self._kind(e) == "person" and e not in described]
        if people or any(self._kind(e) == "person" for e in described):
            return people
        # "name of minister of defence of india": a title in an order no alias has, whose
        # one holder the article names.
        holder = self._holder_of_title(parsed)
        return [holder] if holder is not None else []

    def _name_answer(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What is Esper's first name?": the name as the fact base records it."""
        people = self._whose_name(parsed)
        if len(people) != 1:
            return None
        if any(map(_companion_word, parsed.words)):
            # "esper wife name", "name of Singh's son", "whats his wifes name": someone the
            # article never names, not the official himself.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        countries = [e for e in parsed.entity_ids if self._kind(e) == "country"]
        if (countries and not any(self._covers(c, people[0]) for c in countries)) or any(
            map(is_country_word, parsed.unknown)
        ):
            # "the name of the Chinese defence minister", "pakistani def min name": not
            # India's, whose title it shares.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        entity = self.factbase.entities[people[0]]
        identity = self._identity_of(entity.id)
        candidates = [f for f in (identity, *self._facts_about(entity.id)) if f is not None]
        # The whole sentence that gives the name in full, rather than a shorter cut of it.
        naming = [
            f for f in candidates if fold_for_quotes(entity.name) in fold_for_quotes(f.quote.text)
        ]
        about = (
            max(naming, key=lambda f: len(f.quote.text)) if naming else next(iter(candidates), None)
        )
        if about is None:
            return None
        words = [w for w in entity.name.split() if w.lower().strip(".") not in TITLES]
        part = parsed.name_part or "full"
        # "Give me Esper's full name and job": both, as "who is Esper?" gives them.
        # "Esper's first name and job?": "Mark (Mark T. Esper, the U.S. Secretary of Defense)".
        with_title = self._title_asked_too(parsed, identity)
        if with_title is not None and identity is not None:
            about = identity
        if part == "first" and len(words) >= 2:
            text = f"{words[0]} ({with_title or entity.name})"
        elif part == "last" and len(words) >= 2:
            text = f"{words[-1]} ({with_title or entity.name})"
        elif part == "last" and (titled := _titled_name(entity, words)) is not None:
            # "Surname of the Deputy Secretary of State?": a title then one name, as in
            # "Deputy Secretary of State Begin" or "Secretary Pompeo", is title and surname.
            text = f"{words[0]} (the article names only “{titled}”, with no first name)"
        elif part == "full" and len(words) >= 2:
            text = with_title or entity.name
        elif part == "middle initial" and len(words) >= 3 and words[1][0].isupper():
            text = f"{words[1][0]}. ({entity.name})"  # "What's Esper's middle initial?"
        elif part == "middle" and len(words) >= 3 and len(words[1].strip(".")) > 1:
            text = f"{' '.join(words[1:-1])} ({entity.name})"
        elif with_title is not None:
            # "Begin's full name and title?": the title, and that no fuller name is given.
            text = f"{with_title} (the article gives no fuller name)"
        elif parsed.name_part is None:
            # "What is the name of the Deputy Secretary of State?", "his good name?": the
            # name the article calls him by, not a full name it does not give.
            text = f"{' '.join(words) or entity.name} (the article gives no fuller name)"
        else:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't give his or her {part} name; it calls them “{entity.name}”.",
                context,
                parsed=parsed,
            )
        given = _name_claimed(parsed)
        if given is not None:
            # "Is Esper's first name Michael?": a yes or a no to the name put up, then the name.
            verdict = _name_verdict(given, normalise(text.split(" (")[0]))
            text = f"{verdict}. {text}" if verdict is not None else text
        answer = self._direct(
            text=text,
            facts=[about],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )
        if parsed.name_part is None:
            return answer
        # "Esper's first name?" (Mark) "And Pompeo?": his first name, which the article
        # doesn't give, not who he is.
        return replace(answer, context=replace(answer.context, asked=parsed.text))

    @staticmethod
    def _title_asked_too(parsed: Parsed, identity: Fact | None) -> str | None:
        """The name with the title, when a name question asks the job too ("Esper's full
        name and job?", "Singh's title and full name"): the identity fact's answer, which
        starts with the name ("Mark T. Esper, the U.S. Secretary of Defense")."""
        if identity is None or not NAME_AND_TITLE.search(parsed.text):
            return None
        who = identity.roles.get("who")
        title = identity.roles.get("what")
        if who is None or title is None:
            return None
        return who.answer if "," in who.answer and title.answer in who.answer else None

    def _is_definition(self, parsed: Parsed) -> bool:
        """ "What is the BECA?": a what-question about one entity and nothing else."""
        return (
            parsed.qtype == "what"
            and len(parsed.entity_ids) == 1
            and not parsed.terms
            and not parsed.unknown
            and WHAT_IS.match(parsed.text) is not None
        )

    def _group_answer(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Who are the two Secretaries of Defense?": the people a group alias stands for."""
        groups = {link.group for link in parsed.entities if link.group}
        if len(groups) != 1 or parsed.unknown or parsed.terms:
            return None
        if parsed.asks_action:
            return None  # "Tell me what the two men did": their acts, not who they are
        if not parsed.copula and not self._group_named_after_which(parsed):
            return None
        group = self.factbase.entities[groups.pop() or ""]
        postings = [set(self.index.entity_postings.get(m, ())) for m in group.members]
        shared = set.intersection(*postings) if postings else set()
        together = [self.index.entries[p].fact for p in sorted(shared)]
        if not together:
            return None
        best = min(together, key=lambda f: len(f.entities))
        return self._direct(
            text=group.description,
            facts=[best],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=list(group.members),
        )

    @staticmethod
    def _group_named_after_which(parsed: Parsed) -> bool:
        """ "Which two democracies are they on about?": the group's alias follows "which";
        what is left asks nothing more (no terms), only who is meant."""
        which = WHICH_GROUP.match(parsed.text)
        if which is None:
            return False
        after = len(parsed.text[: which.end()].split())
        # "Which two countries are in the 2+2?" asks of the 2+2, which its facts answer.
        named = [link for link in parsed.entities if link.start >= 0]  # not "they" recalled
        return bool(named) and all(link.group and link.start == after for link in named)

    def _people_recalled_with_others(self, entities: list[str], parsed: Parsed) -> list[str]:
        """ "Who took part in the Tokyo talks?" (Esper and Pompeo, with Japan, India and
        Australia) "What are their roles?": the people's titles; the countries "their"
        also recalled have no title. Only when no one is named in the question itself."""
        if any(link.start >= 0 for link in parsed.entities):
            return entities
        people = [e for e in entities if self._kind(e) == "person"]
        return people if len(people) > 1 else entities

    def _identities(
        self, entities: list[str], parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "What are Esper's and Singh's titles?": each person's identity, in turn."""
        if not parsed.terms or any(t not in IDENTITY_TERMS for t in parsed.terms):
            return None
        entities = self._people_recalled_with_others(entities, parsed)
        people = [self.factbase.entities[e] for e in entities]
        if any(p.kind != "person" for p in people):
            return None
        facts = [self._identity_of(p.id) for p in people]
        if any(f is None for f in facts):
            return None
        found = [f for f in facts if f is not None]
        texts = [identity_text(f) for f in found]
        return self._direct(
            text="; ".join(dict.fromkeys(texts)),
            facts=found,
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=entities,
        )

    def _defines_others(self, entity_id: str, entities: list[str]) -> bool:
        identity = self.factbase.entities[entity_id].identity_fact
        entry = self.index.by_id.get(identity or "")
        return entry is not None and all(e in entry.entities for e in entities)

    def _described_person(self, parsed: Parsed) -> bool:
        """A person linked through a description ("India's defense minister"), not a name."""
        for link in parsed.entities:
            entity = self.factbase.entities.get(link.entity)
            if entity is None or entity.kind != "person" or link.start < 0:
                continue
            name_words = set(normalise(entity.name).split()) | {
                w
                for alias in entity.aliases
                for w in normalise(alias).split()
                if len(normalise(alias).split()) == 1
            }
            words = link.text.split()
            if len(words) >= 2 and not set(words) <= name_words:
                return True
        return False

    def _described_as_another_country_s(self, parsed: Parsed) -> bool:
        """ "American defense minister?": a person linked through a description ("defense
        minister") that a country they are not of qualifies. That is someone else, whom the
        article does not name (the U.S. has a Secretary of Defense instead)."""
        if not self._described_person(parsed):
            return False
        for link in parsed.entities:
            if link.start <= 0 or link.group is not None or self._kind(link.entity) != "person":
                continue  # "the U.S. and Indian defense chiefs": a group, of both countries
            countries = {
                other.entity
                for other in parsed.entities
                if other.end == link.start and self._kind(other.entity) == "country"
            }
            # Anyone else those words name may be of that country ("American defence guy").
            described = {
                other.entity
                for other in parsed.entities
                if (other.start, other.end) == (link.start, link.end)
            }
            if countries and not any(
                country in self.index.part_of.get(person, ())
                for country in countries
                for person in described
            ):
                return True
        return False

    def _unexpanded_short_name(self, parsed: Parsed, entity: Entity) -> str | None:
        """ "Quad full form", "what does Quad stand for?": the short name asked about when it
        is only the maintainers' word and no name the article gives spells it out (unlike
        "BECA", the initials of the Basic Exchange and Cooperation Agreement)."""
        if not expansion_asked(parsed.text):
            return None
        article_names = {a.lower() for a in entity.aliases}
        for link in parsed.entities:
            short = link.text.strip()
            if link.entity != entity.id or " " in short or not short.isalpha():
                continue
            if short.lower() in article_names:
                return None
            if not any(expands_to(short, n) for n in (entity.name, *entity.aliases)):
                return short.title()
        return None

    def _identity(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        entities = parsed.entity_ids
        if not entities or parsed.unknown or parsed.wants_other:
            return None  # "who was the other guy with Esper?" is not who Esper is
        if len(entities) > 1:
            several = self._identities(entities, parsed, context, notes)
            if several is not None:
                return several
            # "What is the 2+2 dialogue between the US and India?": one entity is defined,
            # the others are part of its definition.
            defined = [e for e in entities if self._defines_others(e, entities)]
            if len(defined) != 1:
                return None
            entities = defined
        entity = self.factbase.entities[entities[0]]
        if entity.kind == "group" and not entity.members and parsed.words[:1] == ["which"]:
            # "Which free nations did he mean?": the article never says which.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say which {entity.name.lower()}.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        fact = self._identity_of(entity.id)
        if fact is not None and entity.kind == "person" and TITLE_OF_WHAT.search(parsed.text):
            return self._title_of(parsed, fact, context, notes)
        allowed = IDENTITY_TERMS
        if parsed.qtype == "who_is" and fact is not None:
            allowed = allowed | self.index.by_id[fact.id].bag
        if any(t not in allowed for t in parsed.terms):
            return None
        if entity.kind == "person" and {term("stand"), term("mean")} & set(parsed.terms):
            # "What does the T in Mark T. Esper stand for?": a name's parts are not explained.
            return self._not_found(parsed, context, [], notes)
        unexpanded = self._unexpanded_short_name(parsed, entity)
        if unexpanded is not None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article never says what “{unexpanded}” stands for: it doesn't use "
                "that short name.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if (
            parsed.qtype == "what"
            and not parsed.terms
            and WHAT_IS.match(parsed.text) is None
            and DEFINE.match(parsed.text) is None
            # "What agreement?" as a first question, "what deal exactly was it?": the one
            # agreement the article has.
            and not (
                (len(parsed.words) == 2 or _names_kind_of_it(parsed.text))
                and parsed.words[1] in KIND_NOUNS
                and parsed.followup_fact is None
            )
            and (REFERS_TO.match(parsed.text) is None or entity.kind == "person")
        ):
            return None  # "what did Esper…" is not "what is Esper"
        if fact is not None:
            order = ("what", "who") if parsed.qtype == "what" else ("who", "what")
            role = fact.roles.get(order[0]) or fact.roles.get(order[1])
            if (
                parsed.one_person
                and role is not None
                and role.entities
                and all(self._kind(e) == "group" for e in role.entities)
            ):
                return None  # "who is the foreign minister taking part?": one, by name
            text = role.answer if role is not None else fact.statement
            return self._answered(
                text=text,
                facts=[fact],
                role=role,
                confidence=0.95,
                parsed=parsed,
                context=context,
                ranked=[],
                notes=notes,
                about=[entity.id],
            )
        about = sorted(
            self._facts_about(entity.id),
            key=lambda f: (
                not any(entity.id in r.entities for r in f.roles.values()),
                len(f.entities),
            ),
        )
        if not about:
            return None
        return self._direct(
            text=entity.description,
            facts=self._backing_description(entity.description, about),
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )

    def _backing_description(self, description: str, about: list[Fact]) -> list[Fact]:
        """The facts a description is quoted from: the one whose quote says most of what
        it says first ("How does China figure in the article?": "China, whose threat is
        one of the purposes of the partnership, though the statement does not name it"
        is the partnership's purpose, then the statement's silence), then the entity's
        own fact if that is another."""
        said = {term(w) for w in normalise(description).split() if w not in STOPWORDS}

        def shared(fact: Fact) -> int:
            return len(said & {term(w) for w in normalise(fact.quote.text).split()})

        best = max(about, key=shared)  # max keeps the first of equals: the entity's own
        return [best] if best is about[0] else [best, about[0]]

    def _title_of(
        self, parsed: Parsed, fact: Fact, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Esper is secretary of what?": his title as the article gives it (Secretary of
        Defense), if it says what the title is of; "Secretary Pompeo" does not."""
        asked = {term(w) for w in parsed.words}
        title_words = self._title_terms | IDENTITY_TERMS | _TITLE_DOMAIN_TERMS
        if not title_words.issuperset(parsed.terms):
            return None  # "…minister of which country did Esper meet?": more than the title
        role = fact.roles.get("what") or fact.roles.get("who")
        said = normalise(role.answer if role is not None else fact.statement).split()
        if asked & _COUNTRY_TERMS:
            # "Singh is defense minister of which country?": the country his title gives
            # ("India's Defense Minister"); "Secretary Pompeo" gives none.
            named = (self.index.aliases.get((w,)) for w in said)
            given = {e for e in named if e is not None and self._kind(e) == "country"}
        else:
            given = {term(w) for w in said if w in TITLE_WORDS and w not in TITLE_RANKS} - asked
        if not given:
            return self._not_found(parsed, context, [], notes)
        return self._answered(
            text=role.answer if role is not None else fact.statement,
            facts=[fact],
            role=role,
            confidence=0.9,
            parsed=parsed,
            context=context,
            ranked=[],
            notes=notes,
            about=list(fact.roles["who"].entities) if "who" in fact.roles else [],
        )

    def _summary(self, parsed: Parsed, context: Context, text: str, notes: list[str]) -> Answer:
        paragraph = paragraph_asked(parsed.text, self.factbase)
        if paragraph is not None:
            return self._paragraph(paragraph, parsed, context, notes)
        topic = self._topic(parsed)
        asked_to_summarise = SUMMARY_WORD.search(
            parsed.text,
        )
        unknown = [w for w in parsed.unknown if w not in _SUMMARY_KINDS or not asked_to_summarise]
        if unknown == ["first"] and HAPPENED_AT.match(parsed.text):
            unknown = []  # "What happened first, earlier in the month?": the time says which
        if unknown and (topic is None or not asked_to_summarise):
            # "What happened on the India-China border?" asks something specific.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if (
            self._named_topic(parsed) is None
            and len(parsed.entity_ids) == 1
            and DEFINE_OR_ABOUT.match(parsed.text)
        ):
            profile = self._profile(parsed.entity_ids[0], parsed, context, notes)
            if profile is not None:
                return profile
        if not asked_to_summarise and parsed.entity_ids and DISCUSSION_TERMS & set(parsed.terms):
            # "What did Begin discuss in Delhi?": only if the article says what they discussed.
            # A place alone ("What was discussed in Tokyo?") must have something said there;
            # with people named, their own facts answer, or correct where they met.
            people = any(self._kind(e) == "person" for e in parsed.entity_ids)
            discussed = [
                e
                for e in parsed.entity_ids
                if self._discussed(e)
                or (self._kind(e) == "place" and (people or self._discussed_at(e)))
            ]
            if len(discussed) < len(parsed.entity_ids):
                return self._not_found(parsed, context, self._rank(parsed), notes)
        summary = self.factbase.summaries.get(topic) if topic else None
        if summary is None:
            summary = self.factbase.summaries.get("overall")
        strays = self._others_summarised(parsed, summary.fact_ids) if summary else None
        if not asked_to_summarise and strays:
            return self._own_discussion(strays, parsed, context, notes)
        if not asked_to_summarise and summary is not None:
            there = self._happened_there(parsed, summary.fact_ids)
            if there:
                return self._direct(
                    text=" ".join(f.statement for f in there[:3]),
                    facts=there[:3],
                    confidence=0.85,
                    parsed=parsed,
                    context=context,
                    notes=notes,
                )
        if summary is None:
            summary = next(iter(self.factbase.summaries.values()), None)
        if summary is None:
            return self._factual(replace_type(parsed, "keyword"), context, notes)
        return self._summary_of(summary, parsed, context, notes)

    def _summary_of(
        self, summary: Summary, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """The topic's summary as the answer, short unless the full one is asked."""
        full = bool(FULL.search(parsed.text))
        body = summary.short if not full else "\n".join(f"• {p.text}" for p in summary.points)
        facts = [self.factbase.facts[f] for f in summary.fact_ids if f in self.factbase.facts]
        asked = set(parsed.entity_ids)
        if asked:
            # "Tell me about Begin": his sentence first, and the one "when did he visit?" asks
            # about next, not the Tokyo talks his paragraph opens with.
            facts.sort(key=lambda f: asked.isdisjoint(self.index.by_id[f.id].involved))
        answer = self._direct(
            text=body,
            facts=facts[:3],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
        )
        return replace(answer, summary_topic=summary.topic, fact_ids=tuple(f.id for f in facts))

    @cached_property
    def _topics_by_term(self) -> dict[str, str]:
        """The topic each term of a topic's own id names ("cooper" → cooperation)."""
        return {
            term(word): topic
            for topic in self.factbase.summaries
            if topic != "overall"
            for word in topic.split("-")
        }

    def _whole_list_summarised(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "List the things they agreed to cooperate on", "what stuff will they cooperate
        on? list them": every area at once, which is the topic's summary (services, secure
        communications, logistics, information sharing, technologies, trade), not the one
        fact that tells part of it. The topic is the last one the question's words name."""
        if not parsed.lists_things or parsed.lists_occasions:
            return None
        named = [
            self._topics_by_term[w] for w in map(term, parsed.words) if w in self._topics_by_term
        ]
        summary = self.factbase.summaries.get(named[-1]) if named else None
        if summary is None:
            return None
        return self._summary_of(summary, parsed, context, notes)

    def _others_summarised(self, parsed: Parsed, summarised: tuple[str, ...]) -> list[str]:
        """The people a question about what was discussed names, when the summary its words
        pick tells of none of them: "What was discussed during Pompeo's visit?" picks the
        summary of Esper's visit, with no Pompeo in it. Empty when it tells of them."""
        if DISCUSSION_TERMS.isdisjoint(parsed.terms):
            return []
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        involved = [self.index.by_id[f].involved for f in summarised if f in self.index.by_id]
        if not people or any(p in them for p in people for them in involved):
            return []
        return people

    @cached_property
    def _discussions_by_person(self) -> dict[str, Fact]:
        """The first fact that has each person tell of discussions (Pompeo: the meetings
        during his visit included discussions on…), built once."""
        found: dict[str, Fact] = {}
        for entry in self.index.entries:
            if term("discuss") not in entry.predicate:
                continue
            for person in entry.role_entities.get("who", frozenset()):
                found.setdefault(person, entry.fact)
        return found

    def _own_discussion(
        self, people: list[str], parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """What the one person asked about says was discussed, or nothing: never the
        summary of someone else's visit."""
        fact = self._discussions_by_person.get(people[0]) if len(people) == 1 else None
        if fact is None:
            return self._not_found(parsed, context, self._rank(parsed), notes)
        return self._direct(
            text=fact.statement,
            facts=[fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[*notes, f"what {people[0]} tells of discussions"],
        )

    def _happened_there(self, parsed: Parsed, summarised: tuple[str, ...]) -> list[Fact]:
        """ "What happened in Tokyo?", "what happened earlier this month?": the events the
        article puts at that place or time, when the summary the question would get also
        tells of others elsewhere or at other times; none otherwise."""
        asked = HAPPENED_AT.match(parsed.text)
        if asked is None:
            return []
        places = [
            e
            for e in parsed.entity_ids
            if self._kind(e) in ("place", "country", "organisation", "city")
        ]
        if asked["prep"] in ("in", "at") and len(places) == 1 == len(parsed.entity_ids):

            def fits(role: Role) -> bool:
                return any(self._covers(places[0], e) for e in role.entities)

            name = "where"
        elif asked["prep"] != "at" and not parsed.entity_ids:
            words = f"{asked['prep']} {asked['rest']}".split()
            said = {term(w) for w in words if w not in STOPWORDS}

            def fits(role: Role) -> bool:
                return bool(said) and said <= {term(w) for w in normalise(role.answer).split()}

            name = "when"
        else:
            return []
        placed = [
            f
            for f in self.factbase.facts.values()
            if name in f.roles and f.id not in self._identity_facts
        ]
        there = [f for f in placed if fits(f.roles[name])]
        elsewhere = [f for f in placed if f.id in summarised and f not in there]
        return there if elsewhere else []

    def _discussed_at(self, place: str) -> bool:
        """Some fact placed there tells what was said or agreed: New Delhi (they praised,
        agreed), not Tokyo, where the article only has talks take place ("What was
        discussed in Tokyo?": it doesn't say)."""
        for position in self.index.entity_postings.get(place, ()):
            entry = self.index.entries[position]
            if place not in entry.role_entities.get("where", frozenset()):
                continue
            if not (entry.predicate & DISCUSSION_TERMS) <= _EVENT_NOUNS:
                return True
        return False

    def _discussed(self, entity_id: str) -> bool:
        """Some fact has the entity (or someone of it: Esper for the U.S.) discuss, say or
        agree something, as the one who does it."""
        for position in self.index.entity_postings.get(entity_id, ()):
            entry = self.index.entries[position]
            if entry.predicate.isdisjoint(DISCUSSION_TERMS):
                continue
            doers = {
                m for e in entry.role_entities.get("who", frozenset()) for m in self.index.expand(e)
            }
            if any(self._covers(entity_id, d) for d in doers):
                return True
        return False

    def _paragraph(
        self, paragraph: int, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """ "Summarize the last paragraph": what the facts quoting that paragraph say."""
        identities = {e.identity_fact for e in self.factbase.entities.values()}
        facts = sorted(
            (f for f in self.factbase.facts.values() if f.quote.paragraph == paragraph),
            key=lambda f: (f.id in identities, f.quote.start),
        )
        if not facts:
            return self._not_found(parsed, context, [], notes)
        statements = list(dict.fromkeys(f.statement for f in facts))
        where = "The headline" if paragraph == 0 else f"Paragraph {paragraph}"
        return self._direct(
            text=f"{where}: " + " ".join(statements[:3]),
            facts=facts[:3],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _named_topic(self, parsed: Parsed) -> str | None:
        """A topic the question names by one of its aliases ("the China angle")."""
        words = parsed.words
        for length in range(len(words), 0, -1):
            for start in range(len(words) - length + 1):
                topic = self.index.topic_aliases.get(tuple(words[start : start + length]))
                if topic is None or topic == "overall":
                    continue
                if self._inside_name_of_another_topic(parsed, start, start + length, topic):
                    continue  # "the four-way meeting": the Tokyo talks, not "the meeting"
                return topic
        return None

    def _inside_name_of_another_topic(
        self, parsed: Parsed, start: int, end: int, topic: str
    ) -> bool:
        """Whether the words from `start` to `end` are only part of a longer name the
        question links, of something the topic's summary does not tell of ("meeting" of
        "quadripartite meeting"; "quad" of "quad talks" is still the Tokyo topic's)."""
        return any(
            0 <= link.start <= start
            and end <= link.end
            and link.end - link.start > end - start
            and link.entity not in self._entities_by_topic.get(topic, frozenset())
            for link in parsed.entities
        )

    @cached_property
    def _entities_by_topic(self) -> dict[str, frozenset[str]]:
        """The entities each topic's summary facts name, built once."""
        return {
            topic: frozenset(
                e
                for f in summary.fact_ids
                if f in self.factbase.facts
                for e in self.factbase.facts[f].entities
            )
            for topic, summary in self.factbase.summaries.items()
        }

    def _topic(self, parsed: Parsed) -> str | None:
        named = self._named_topic(parsed)
        if named is not None:
            return named
        entities = parsed.entity_ids
        if entities:
            best: tuple[int, str] | None = None
            for topic, summary in self.factbase.summaries.items():
                if topic == "overall":
                    continue
                count = sum(
                    1 for f in summary.fact_ids if entities[0] in self.factbase.facts[f].entities
                )
                if count and (best is None or count > best[0]):
                    best = (count, topic)
            if best:
                return best[1]
        return None


def _companion_word(word: str) -> bool:
    """A word for someone around an official, also as a possessive typed without its
    apostrophe: "wifes", "bodyguards", "moms" ("his wifes name")."""
    return word in COMPANION_WORDS or (word.endswith("s") and word[:-1] in COMPANION_WORDS)


# "is esper first name michael", "is singh surname singh": the name put up after the part.
_NAME_CLAIMED = prefilter.compile(
    r"\b(?:first|last|given|family|middle|sur)\s?name (?:is |was |really |actually )*"
    r"(?P<name>[a-z]+)$"
    # "Esper's full name is Mark T. Esper", "his middle initial's T": the whole name, or
    # the one letter, put up.
    r"|\bfull\s?name (?:is |was |really |actually )*(?P<full>[a-z]+(?: [a-z]+){1,3})$"
    r"|\bmiddle initial (?:is |was |s )*(?P<initial>[a-z])$"
)


def _titled_name(entity: Entity, words: list[str]) -> str | None:
    """The article's name for someone it calls by a title and one name ("Deputy Secretary
    of State Begin", "Secretary Pompeo"), whose one name is then a surname; None when that
    one name has no title before it anywhere."""
    if len(words) != 1:
        return None
    for name in (entity.name, *entity.aliases):
        parts = name.split()
        if len(parts) >= 2 and parts[-1] == words[0] and parts[0].lower() in TITLES:
            return name
    return None


def _name_claimed(parsed: Parsed) -> str | None:
    """The name a yes-or-no question puts up for a part of someone's name, if it does."""
    if parsed.qtype != "yesno":
        return None
    found = _NAME_CLAIMED.search(parsed.text)
    if found is None:
        return None
    full = found["full"]
    if full is not None and not _NOT_A_NAME.isdisjoint(w for w in full.split() if len(w) > 1):
        return None  # "Esper's full name exactly as printed?": how it is asked, no name
    return str(found["name"] or full or found["initial"])


# Words of how a name is asked for, which no name has: "…full name exactly as printed?"
_NOT_A_NAME = STOPWORDS | frozenset(
    "exactly precisely printed written given used spelled spelt please pls".split()
)


def _name_verdict(given: str, shown: str) -> str | None:
    """Yes when the name put up is the article's, No when it names someone else ("Is
    Esper's first name Michael?"); None when it may only spell out what the article
    shortens ("Mark Thomas Esper" of "Mark T. Esper": T. may be Thomas)."""
    said, put = shown.split(), given.split()
    if put == said:
        return "Yes"
    if len(put) == len(said) and all(
        p == s or (len(s) == 1 and p.startswith(s)) for p, s in zip(put, said, strict=True)
    ):
        return None
    if len(put) > 1 and put[0] == said[0] and put[-1] == said[-1]:
        return None  # "Mark Esper": his name, short of the initial
    return "No"
