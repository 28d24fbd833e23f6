"""Reading a question: its type, the entities it names, and the words that carry its content."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.engine import claimsupport, hinglish, prefilter
from bot.engine.index import Index, _linkable_words, term
from bot.engine.lexicon import (
    COMMON_WORD_ALIASES,
    COUNTRY_NAMES,
    FRAMING_RULES,
    IRREGULAR,
    LONG_AGO_WORD,
    MONTHS,
    NATIONAL_THINGS,
    NEUTRAL,
    NUMBER_WORDS,
    POLARITY,
    PRONOUNS,
    SOURCE,
    STOPWORDS,
    SYNONYMS,
    WEEKDAYS,
    is_country_word,
)
from bot.engine.spelling import COMMON_WORDS, ENGLISH_WORDS
from bot.text import fold_quotes, normalise

__all__ = ["ENTITY_CUTOFF", "ENTITY_MARGIN", "WORD_CUTOFF", "Linked", "Parsed", "parse", "respell"]

# Patterns used in the functions below, compiled once.
_ASKS_SUMMARY = prefilter.compile(
    r"\b(?:summari[sz]e|summary|summarize|overview|recap|tldr|tl dr|gist|brief me|"
    r"main points|key points|in a nutshell|sum up|run me through)\b"
    # ("what happened to uschina relations?", "…with india-china ties?": how they went,
    # asked of them, not the whole story; "what happened at the meeting?" is the story.)
    r"|\bwhat happened\b(?! (?:to|with) (?:the )?(?:[\w-]+ ){0,5}(?:relations|ties"
    r"|relationship)\b)"
    # "What transpired during the meeting?", "what took place at it?": what happened.
    r"|\bwhat (?:transpired|occurred|took place|went on)\b"
    r"|\bwhat (?:is|was) (?:this|the) (?:article|story|text|piece|news|report)"
    r" (?:mostly |mainly |really |basically |generally |all )?about\b"
    r"|\bwhat (?:is|s) (?:it|this) (?:all )?about\b|\bmain (?:idea|takeaway|story)\b"
    r"|^about\b|\b(?:key )?takeaways?\b|\bwhat is new\b|\bany news\b|\blatest news\b"
    r"|^what (?:was|were|is|are|did they|did (?:the )?\w+(?: and (?:the )?\w+)?"
    r"|did the two (?:sides|men|ministers|leaders|countries)) (?:discussed|discuss|talked about)\b"
    # "What is the story?", "what's the news here?", "so what's the story then?": the whole
    # of it, nothing more asked.
    r"|^(?:so |ok |okay |and )?what(?: is| was|s|'s) (?:the )?(?:main |big )?(?:story|news"
    r"|headline)(?: here| then| in short| in brief)?$"
)
# "What does the article say?": the whole of it, which the framing words ("the article
# says") would otherwise leave as a bare "what does".
_WHOLE_ARTICLE = prefilter.compile(
    r"^(?:so |and |ok )?what (?:does|did|do) (?:the|this|that) (?:article|story|piece|report"
    r"|text|news item) (?:say|state|tell us|tell me|report|cover)"
    r"(?: overall| in short| in brief| basically| in a nutshell)?$"
    r"|^what(?:'s| is| was|s) the (?:main |central )?(?:point|purpose) of (?:the|this)"
    r" (?:article|story|piece|report)$"
    r"|^what(?:'s| is| was|s) the (?:main|central|key) (?:point|idea)(?: here)?$"
)
# "What aspect of communications…?" asks which sort of it, as "what kind of…?" does.
SORT_WORDS = frozenset(
    ("kind", "kinds", "type", "types", "sort", "sorts", "aspect", "aspects", "variety")
)
_ASKS_DURATION_TYPE = prefilter.compile(r"\bhow long\b(?! ago)|\bsince when\b")
_ASKS_COUNT = prefilter.compile(
    r"\bhow (?:many|much)\b|\bnumber of\b|\bcount of\b|\bhow often\b|^total\b"
    r"|\bwhich time\b|\bwhat number\b"
)
# "posed by whom?", "the threat from whom?": who did it, the word before says what.
_BY_WHOM = prefilter.compile(
    r"(?:\b(\w+) )?\b(?:by|from) whom?\b"
    # "Who is the threat posed by?", "who did the threat come from?": the same, the
    # preposition left at the end.
    r"|^who (?:is|was|are|were|did|does|do) (?:\w+ )+?(\w+) (?:by|from)(?: exactly)?$"
)
# What something "came from" someone is what they pose: the article's one such thing is
# the threat "posed by China's Communist Party".
_SOURCE_VERBS = frozenset(
    "come comes came coming stem stems stemmed originate originates originated emanate"
    " emanates emanated".split()
)
# "Who poses the threat?": the verb whose doer is asked, as "posed by whom?" names it; also
# behind whose word it is ("according to the DOD statement, who poses…").
_WHO_DOES = prefilter.compile(
    r"^(?:according to (?:\w+ ){1,4})?who (?!(?:according|is|was|are|were|s|did|does|do"
    r"|has|have|had|will|would|could|can|should|else)\b)"
    r"(\w+)\b"
)
_WHO_AND_WHOM = prefilter.compile(r"^who\b.*\bwhom\b")
_ASKS_WHEN = prefilter.compile(
    r"\bwhen\b"
    r"|\b(?:what|which)(?: exact| precise| specific| calendar| actual)?"
    r" (?:day|date|month|year|week(?:day)?)s?\b"  # "what dates did Esper meet Singh?"
    r"|\bwhat time\b|^what (?:is|was|s) the (?:date|day|month|year|time)\b"
    r"|\bhow long ago\b|\b(?:ahead of|before|after|prior to|following) (?:what|which)\b"
)
# "In which country was Esper visiting when the agreement was reached?": a "when" that
# starts a clause inside another question asks nothing.
_WHEN_CLAUSE = prefilter.compile(
    r"^(?:(?:in |at |from |to |with )?(?:who|whom|what|which|where|why|how)"
    # "was esper in new delhi or washington when he met singh": a yes-or-no (or either-or)
    # question whose "when" starts the clause that sets the scene.
    r"|(?:was|were|is|are|did|does|do|had|has|have)(?= \S+ \S+ .* when ))\b"
    r"(?:(?! and when| or when).)* (?<!and )(?<!or )when (?!and\b|or\b)\S+ \S+"
)
_ASKS_WHERE = prefilter.compile(
    r"(?<![a-z] )\bwhere\b|^(?:\w+ )?where\b"
    r"|\b(?:what|which)(?: asian| indian| japanese| american)? (?:city|town|place|location|venue"
    r"|region|capital)\b"
    # "At which government building did Pompeo hold his presser?": where (a body's seat).
    r"|(?:^|\b(?:at|in|from|inside) )(?:what|which)(?: government| federal| official)?"
    r" (?:building|premises|headquarters|hq|venue)\b"
    r"|\b(?:in|to|from) (?:what|which) (?:city|town|place|country|countries|region|location)\b"
    r"|^what (?:was|is|were) the (?:venue|location|setting|city|place|country) (?:of|for)\b"
    # "Which country was the meeting in?", "what country did it take place in?": where.
    r"|^(?:which|what) (?:country|nation)\b.* (?:in|held|hosted in|take place|took place"
    r"|happen|happened|occur|occurred|located|situated)$"
    # "Which country hosted the Tokyo talks?", "what nation played host to the quad
    # talks?": the country they were held in, as "which city hosted…" asks where.
    r"|^(?:which|what) (?:country|nation) (?:hosted|hosts|organised|organized|staged"
    r"|convened|played host to|was (?:the )?host (?:to|of|for))\b"
)
_ASKS_WHY = prefilter.compile(
    r"\bwhy\b|\bwhat for\b|\b(?:for|with) (?:what|which) (?:purpose|reason|aim|goal|objective)s?\b"
    # "Did Esper go to Delhi?" "For what?": what he went for, as "what for?" asks.
    r"|^(?:and |so |but )?for what(?: exactly| then)?$"
    # "What led to that?", "what caused it?": the cause of what was just said.
    r"|^(?:and |so |but )?what (?:led to|lead to|leads to|caused|causes|triggered|prompted"
    r"|(?:is|was) behind) (?:that|this|it)$"
    # "the information sharing is for what?", "for what do they expand the sharing?": the
    # purpose, asked with "for what" first or last (not "…short for what?").
    r"|^(?:\w+ ){1,6}?(?:is|are|was|were) for what$"
    r"|^for what (?:do|does|did|will|would|are|is|they)\b"
    # "for what did they express appreciation?": what the thanks were for, not a purpose
    r"(?!.*\b(?:appreciat|thank|grateful|prais|credit|apologi|blame|known|famous|responsib))"
    r"|\bwhat (?:is|was|are|were) "
    r"(?:one of |one |a |an )?(?:the |its |their )?(?:main |key |stated )?"
    r"(?:purpose|aim|goal|reason|point|objective|rationale|justification)s?\b"
    r"|\bto what end\b"
    # "What reason did the Pentagon give for the info sharing?", "what rationale was
    # offered for it?": the purpose asked by its noun, as "for what reason" asks it.
    r"|^(?:and |so |but )?(?:what|which) (?:main |stated |official )?(?:reasons?|rationale"
    r"|justifications?|motives?|motivations?|explanation|purposes?)"
    r" (?:did|does|do|was|were|is|are|has|have|had)\b"
    # "What is the information sharing for?" (not "what is BECA short for?": its name).
    r"|^what (?:is|was|are|were|s) (?:\w+ ){1,5}?(?<!short )(?<!stands )for$"
    r"|\b(?:meant|supposed|intended|designed|aimed|aiming|expected|hoped) (?:to|at)\b"
    r"|\b(?:to|in order to) (?:address|tackle|counter|face|meet|confront|deal with) "
    r"what\b|\bin order to\b"
    # "What are they trying to address by sharing more?": what it is for.
    # ("what does the defence department want to address with all this cooperation").
    r"|^what (?:are|were|is|was|do|did|does|r) (?:\w+ ){1,5}?(?:trying |hoping |seeking )?"
    r"to (?:ad+res+|tackle|counter|confront|deal with|achieve|accomplish)"
    # …with nothing after it to say what: "what was expanded to address X" asks what.
    r"(?=$| by\b| with\b| through\b| in\b| here\b| there\b| together\b)"
)
_NAME_PART = prefilter.compile(
    # "his Christian name?": his first name, as "given name" is.
    r"\b(first|full|last|given|family|middle|christian)? ?name\b|\b(surname)\b|\b(middle) initial\b"
)
# "what is the T in Mark T. Esper?", "what T stand for in mark t esper": a one-letter
# word asked about, an initial.
_INITIAL_ASKED = prefilter.compile(
    r"^(?:what|whats) (?:is |s |does |do )?(?:the )?(?:letter )?[a-z]"
    r" (?:in|of|stand|stands|mean|means)\b"
)
# "what's the minister's name?", and put as keywords: "india foreign minister name".
_NAME_AT_END = prefilter.compile(
    r"^(?:what|whats) (?:is |was |s )?(?:the )?.+ name$"
    # ("the statement blasts China by name": how it would, not a name asked.)
    r"|^(?!.*\b(?:did|does|do|is|was|were|are|has|have|had|will|would)\b).+(?<! by) name$"
)
# "Give me the title of the deal.", "the agreement's full title?": an agreement's title is
# its name (a person's title is his post, and the article's its headline).
_AGREEMENT = r"(?:agreement|deal|pact|accord|treaty)"
_TITLE_OF_AGREEMENT = re.compile(
    rf"\btitle(?= of (?:the |this |that |their )?{_AGREEMENT}s?\b)"
    rf"|\b({_AGREEMENT}(?:s|'s|’s)? (?:(?:full|official|exact|formal|proper) )?)title\b",
    re.IGNORECASE,
)


def _title_as_name(text: str) -> str:
    return _TITLE_OF_AGREEMENT.sub(lambda m: (m[1] or "") + "name", text)


_BARE_NAME_OF = prefilter.compile(
    r"^(?:the )?(?:(?:full|exact|precise|complete|proper|actual) )?name of\b"
)
_BARE_NAME_ASKED = frozenset(
    {"name", "names", "his name", "her name", "their name", "their names", "the names"}
)
_NAME_OF = prefilter.compile(r"^(?:what|whats) (?:is |was |s )?(?:the )?(?:full )?name of\b")
_DETERMINERS = frozenset("the this that these those his her their its".split())
_WHICH_PHRASE = prefilter.compile(
    r"(?:\b(?:which|what|whose)|^(?:name|list|mention|identify))((?: \w+){1,7})"
)
_NUMBERED = prefilter.compile(r"^(?:which|what|name|list|name the)\s+(two|three|four|five)\s+(\w+)")
_WHICH_TOOK_PART = prefilter.compile(
    r"^(?:which|what) (countries|nations) (?:took part|participated|were (?:involved|there|present"
    r"|represented|part)|attended|joined|were at|were in)\b"
)
# Endings of adjectives that come before the noun counted ("ministerial dialogues",
# "bilateral meetings", "official statements", "military exercises").
_ADJECTIVE_ENDINGS = ("al", "ive", "ic", "ous", "ary")


def _describes_next(phrase: list[str], at: int) -> bool:
    """The word at `at` looks like an adjective and a content word follows it."""
    following = phrase[at + 1 : at + 2]
    return (
        phrase[at].endswith(_ADJECTIVE_ENDINGS)
        and bool(following)
        and following[0] not in STOPWORDS
        and not following[0].isdigit()
    )


_COUNTED_PHRASE = prefilter.compile(r"\b(?:how many|number of|count of)((?: [\w-]+){1,3})")
# "How many have the countries had?": an auxiliary right after "how many" leaves the thing
# counted unsaid, and the noun after it is who has them.
_COUNT_ELIDED = frozenset("has have had did does do is are was were will would".split())
_STARTS_WITH_WHOM = prefilter.compile(r"^(?:with whom|whom|to whom)\b")
_WITH_WHOM = prefilter.compile(r"\bwith whom\b")
_WHICH_PERSON = prefilter.compile(
    r"^(?:which|what) (?:person|people|official|minister|"
    r"secretary|leader|man|men|officials|organization|"
    r"department|agency|body)\b"
)
# Nouns that name the other party of an event, not a description of someone.
_RELATIONAL = frozenset({"counterpart", "counterparts", "host", "guest", "visitor"})
_WH_WORDS = frozenset("who whom whose what which when where why how whos whats".split())
_LATE_QUESTION_WORDS = {
    "who": "who",
    "whose": "who",
    "whom": "with_whom",
    "where": "where",
    "when": "when",
    "why": "why",
}
_TAG_QUESTION = prefilter.compile(
    # "na", "hai na", "ya": the same tag as "right?" in the chat of other languages; "y/n"
    # (read "y and": "n" is chat for "and") asks the same.
    r" (?:or not|right|true or false|correct|true|yes|no|eh|yeah|innit|isnt that so"
    r"|na|naa|hai na|haina|ya|amirite|aint it|or what|yea|y n|y and|yes or no|yes no|t f"
    r"|is (?:that|this|it) (?:accurate|right|correct|true|so)"
    r"|(?:is|isnt|was|wasnt|are|arent|were|werent|did|didnt|does|doesnt|do|dont|has|hasnt"
    r"|have|havent) (?:it|he|she|they|there))$"
)
_AUXILIARY_TAGS = frozenset("is was are were did does do has have".split())


def _auxiliary_tag(tag: re.Match[str] | None) -> bool:
    """Whether a tag question ends in a bare auxiliary ("…, did he?", "…, was he?"), which
    asks of the deed itself; "…, right?" asks whether the claim is right."""
    return tag is not None and tag.group(0).split()[0] in _AUXILIARY_TAGS


_WHAT_LIKE = prefilter.compile(r"^what (?:is|are|was|were|s) .+ like$")
_HOW_MANY_IN_ALL = prefilter.compile(
    r"^(?:and |so |ok |okay )?how many (?P<what>[\w+-]+ )?(?:are there |were there )?"
    r"(?:in total|total|altogether|overall|in all|all told|all together)\W*$"
)
# "esper been to how many", "they held how many 2+2s?", "esper has attended how many": the
# count asked at the end, as chat puts it; fronted, it reads as "how many has Esper been to".
_HOW_MANY_LAST = prefilter.compile(
    r"^(?:and |so |ok |okay |then )?(?P<subject>(?!(?:how|what|which|who|whom|when|where|why"
    r"|is|are|was|were|did|does|do|has|have|had|can|could|would|will)\b)[\w+-]+)"
    r" (?:(?P<aux>has|have|had|did|does|do) )?(?P<verb>[\w+-]+(?: [\w+-]+){0,3})"
    r" how many(?P<what>(?: [\w+-]+){0,2})$"
)
# "How about Pompeo?" asks the last question of Pompeo, not how anything went.
_STARTS_HOW = prefilter.compile(r"^how\b(?! about\b)")
_WHAT_OR_WHICH = prefilter.compile(r"\b(?:what|which)\b")
_NEGATION = prefilter.compile(r"\b(?:not|never|didnt|doesnt|isnt|wasnt|no)\b")
# "Neither Japan nor Australia took part…", "did neither Esper nor Singh…": both denied.
_NEITHER_NOR = re.compile(r"\bneither\b.*\bnor\b")
_ASKS_YEAR = prefilter.compile(r"\b(?:year|years|what year|which year)\b")
_ASKS_DURATION = prefilter.compile(r"\bhow long\b(?! ago)|\bduration\b|\blast(?:ed)?\b")
# "what's the time in delhi?", "the local time in tokyo": a clock time, never a date.
_ASKS_CLOCK = prefilter.compile(
    r"\bwhat time\b|\bat what time\b|\bwhich hour\b|\bo ?clock\b"
    r"|\bwhat is the (?:local |current |exact )?time\b|\b(?:local|current) time\b"
)
_ASKS_DATE = prefilter.compile(
    r"\b(?:what|which|exact) (?:date|day)\b|\bdate\b|^when (?:exactly|precisely)\b"
    r"|\bwhen\b.* (?:exactly|precisely)$"
)
# "And when, precisely, did those talks take place, so far as the article records?": the
# asker takes the article's own dating ("earlier this month"), however loose.
_ARTICLES_DATING_ACCEPTED = prefilter.compile(
    r"\b(?:as|so far as|as far as|insofar as|in so far as) (?:the|this) (?:article|text|story"
    r"|piece|report) (?:records|says|goes|tells|shows|states|reports|has it|lets on|puts it)\b"
)
# Occasions someone gives or holds: "who was the press conference by?" asks who held it.
_GIVEN_OCCASIONS = frozenset("pressconference conference briefing speech address".split())
_SINGULAR_WHO = prefilter.compile(r"^(?:whos|who (?:is|was))\b")
# "India's foreign ministry", "the prime minister": a title's qualifier the answer must have
_TITLE_QUALIFIER = prefilter.compile(
    r"\b(foreign|prime|external affairs|finance|home|commerce|interior) (?:minister|ministry"
    r"|ministers|secretary|office)\b"
)
_ONE_PERSON = prefilter.compile(
    r"^(?:whos|who (?:is|was)) (?:the |a |an )?(?:\w+ ){0,3}?(?:minister|secretary|official"
    r"|leader|chief|representative|envoy|ambassador|diplomat|counterpart)\b(?! and)"
)
_IN_PARTICULAR = prefilter.compile(r"\bin particular\b")
_WHICH_OPENS = prefilter.compile(r"^(?:which|what) ")
_ASKS_DETAIL = prefilter.compile(
    r"\b(?:which|what) specific\b|\bexactly (?:what|which|how)\b|\bspecifi\w*ly\b"
    r"|^(?:which|what) (?:\w+ ){1,3}exactly\b|\bin (?:more )?detail\b|\bprecisely\b"
    # "What global security challenges does the article mean?", "…are they talking about?":
    # which ones, of those it names only by their kind.
    r"|^(?:which|what) (?:\w+ ){1,4}(?:do|does|did) (?:the \w+|it|they|he|she|you) (?:mean"
    r"|refer to|have in mind)$"
    r"|^(?:which|what) (?:\w+ ){1,4}(?:are|is|were|was) (?:the \w+|it|they|he|she)"
    r" (?:talking|speaking|on) about$"
)
_ASKS_ACTION = prefilter.compile(
    # "Apart from BECA, what did they do?": an aside first is set aside, the act still asked.
    r"^(?:(?:besides|apart from|aside from|other than|except(?: for)?|in addition to) .+? )?"
    # "Esper meet who in delhi and what they do?": an auxiliary may be dropped, as "meet"
    # drops its past tense.
    r"what(?: (?:did|does|has|have|had|is|was|are|were)|(?= (?:he|she|they|esper|singh)\b))"
    # "what did the US deputy secretary of state do recently?": a title may take six words,
    # and a word of when may end it.
    # "what did they get done?" asks what they achieved, not what they did.
    r"(?: (?!(?:to|get|got|gotten|getting)\b)\w+){1,6}? (?:do|done|doing|did)"
    r"(?: (?:recently|lately|then|next|afterwards|earlier|later|exactly|also|too))?"
    r"(?: (?:in|at|during|on|there)\b.*)?$"
    # "Tell me what Begin did", "I wonder what the DOD has done": a question inside a
    # request keeps a statement's order, its doer before the verb; no modal ("what free
    # nations could do") nor "to" ("what they agreed to do") comes between.
    r"|what(?: (?!(?:to|get|got|gotten|getting|could|should|would|will|can|must|might|may"
    r"|did|does|do)\b)\w+){1,6}? (?:did|does|(?:has|have|had) done)"
    r"(?: (?:recently|lately|then|next|afterwards|earlier|later|exactly|also|too))?"
    r"(?: (?:in|at|during|on|there|before|after|prior to|ahead of)\b.*)?$"
)
# "How did they reach the agreement?", "how will they enhance secure communications?", "how
# can the two sides achieve that?": how an act is done. Not how something was described,
# felt, went or compares ("How did US officials describe the relationship?", "how did the
# ministers feel about it?"), which a fact's "what" can tell, nor how much or how many.
_ASKS_MEANS = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|well),? )?how"
    r" (?:did|do|does|will|would|can|could|should|might|may|are|is|were|was)"
    r" (?!.*\b(?:describ\w*|call\w*|characteri[sz]\w*|refer\w*|feel|felt|feeling|react\w*"
    r"|respond\w*|view\w*|see|saw|seen|regard\w*|go|going|gone|went|turn\w*|fare\w*"
    r"|think|thought|say|said|saying|put|word\w*|portray\w*|depict\w*|sum\w*|term\w*"
    r"|label\w*|rate\w*|look\w*|sound\w*|seem\w*|relat\w*|compar\w*|stand\w*|chang\w*"
    r"|end|ended|like|know|known|come|came|many|much|long|old|far|often|soon|big|important"
    r"|significant|close|strong|heating|deteriorating|doing|get along|greet\w*|receiv\w*"
    r"|welcom\w*|treat\w*|explain\w*|justif\w*|defin\w*|mean\w*|spell\w*|pronounc\w*"
    r"|name\w*|known|read|write|written|report\w*|cover\w*|tell|told|announc\w*"
    # "How are they planning to deepen military cooperation?": what they committed to.
    r"|plan\w*|intend\w*|aim\w*|hop\w*|seek\w*"
    # "how did Pompeo frame the threat?": how he put it, said in his words.
    r"|fram\w*|present\w*|express\w*|phras\w*|paint\w*|cast|characteri\w*|summari\w*"
    # "how did they get to an agreement?": an agreement not yet named asks which one came
    # of it (the BECA), as "what agreement did they reach?" does; "the agreement" is known.
    r"|an? (?:\w+ )?(?:agreement|deal|accord|pact|understanding|consensus|decision))\b)"
    r"(?:\w+ ){1,6}?\w+"
)
# "List the meetings mentioned", "which visits does the article mention?", "every quote in
# the article?": all occasions (or quotes) of a sort, the list itself asked. Not "which
# meetings did Esper attend?", nor "which talks?" alone after talks were named.
_OCCASIONS_LISTED = prefilter.compile(
    r"^(?:(?:can you |could you |please )?(?:list|name|give me|tell me|show me|enumerate)"
    r"(?: (?:all|every|each))?(?: (?:of )?the)?"
    r"|(?:which|what)(?: (?:are|were))?(?: (?:all|every))?(?: (?:of )?the)?"
    r"(?= \w+ (?:are |is |were |does the article |does it |did the article )?"
    r"(?:mentioned|named|cited|referred to|reported|described|mention|in the))"
    r"|(?:which|what) (?:are|were) (?:all|every)(?: (?:of )?the)?)"
    r" (?:other )?(?:meetings?|talks|visits?|trips?|travels|journeys?|conferences?|summits?"
    r"|gatherings?|sessions?|events?|quotes?|quotations?|statements?|remarks?)"
    r"(?: (?:that |which )?(?:are|is|were|does the article|does it|did the article))?"
    r"(?: (?:mentioned|named|cited|referred to|reported|described|mention|quoted))?"
    r"(?: (?:in|from|by) (?:the|this|that) (?:article|story|text|piece|report))?[ ?.!]*$"
)
# "List all the dates", "list the meetings Esper attended", "what are all the visits?",
# "which dates does the article mention?": every occasion (or date) asked for at once,
# whatever clause follows; no one fact lists them, and one of them is no list.
_OCCASION_NOUNS = (
    r"(?:dates|days|times|meetings|talks|visits|trips|events|engagements|dialogues"
    r"|conferences|summits|gatherings)"
)
_EVERY_OCCASION_LISTED = prefilter.compile(
    r"^(?:(?:can|could|would) you (?:please )?|please )?"
    r"(?:(?:list|enumerate)(?: out)?(?: (?:all|every|each))?"
    r"|(?:name|give me|tell me|show me) (?:all|every)"
    r"|(?:what|which) (?:are|were) (?:all|every))"
    rf"(?: (?:of )?the)?(?: other)? {_OCCASION_NOUNS}\b"
    r"|^(?:what|which) (?:dates|days) (?:are|were|does the article|does it|did the article)"
    r" (?:mention|mentioned|give|given|name|named|cite|cited|list|listed)\b"
)
# "List the things they agreed to cooperate on", "enumerate everything they'll cooperate
# on", "what stuff did they say they'd cooperate on? list them": every thing of a subject
# asked at once, which one fact's share of it would wrongly pass for.
_EVERY_THING_LISTED = prefilter.compile(
    r"^(?:(?:can|could|would) you (?:please )?|please )?"
    r"(?:list|enumerate|name|give me|tell me)(?: out)?(?: (?:all|every|each))?(?: (?:of )?the)?"
    r" (?:things|stuff|everything|all(?! (?:the|of)\b)|ways|items)\b"
    r"|\b(?:list|enumerate) (?:them|them all|it all|all of them|everything)[ ?.!]*$"
)
# "List what the two men praised", "enumerate what they agreed on": the what-clause is the
# question, as after "tell me"; read with "list" first, "the two men" answered who praised.
_LIST_WHAT = prefilter.compile(r"^(?:list|enumerate) (?=what\b)")
_CITIES_OR_REGIONS = prefilter.compile(r"\b(?:city|cities|towns?|regions?)\b")
_ASKS_BESIDES = (
    r"\b(?:else|other|others|another|besides|apart from|aside from|in addition to|except"
    r"|excluding)\b"
)
_ASKS_OTHER = prefilter.compile(
    _ASKS_BESIDES + r"|\b(?:together|along) with\b"
    r"|^who (?:was|were|went|traveled|travelled|came|flew|attended)\b[\w ]*? with\b"
    r"|^who (?:accompanied|joined)\b"
)
# "Who is Esper?", not "who was Esper meeting?" or "who's the guy Esper met with?".
_WHO_IS = prefilter.compile(
    r"^(?:who|whos) (?:is|was|are|were)\b"
    r"(?!.*\b(?:meet|meeting|met|with|talking|speaking|seeing|visiting|hosting|hosted)\b"
    # "who was at the Tokyo talks?" asks who attended, not who someone is.
    r"| (?:in|at) \w+"
    # "who is quoted about China?" asks the speaker, not who China is
    r"| (?:quoted|cited)\b"
    # "who is the threat posed by?": the doer of what is done, not who someone is
    r"|.* by(?: exactly)?$)"
)
# "according to the statement", leading or trailing: whose word it is, not what is asked.
_SOURCE_PHRASE = prefilter.compile(
    r"^(?:according|acc) to (?:\w+ ){1,4}(?=who\b)|\s(?:according|acc) to(?: \w+){1,4}$"
)
# "According to the DoD statement, was it Pompeo who…": a source, then a yes or no.
_ACCORDING_THEN_ASKED = prefilter.compile(
    r"^(?:according|acc) to (?:\w+ ){1,4}?(?=(?:was|is|wasnt|isnt) it \w)"
)
# "Whose wording is that?", "whose words are those?": who said the last answer's words,
# not whose thing they name (China's Communist Party's threat).
_WHOSE_WORDS_THOSE_ARE = prefilter.compile(
    r"^(?:and |so |but |ok )?whose (?:words|wording|phrase|phrasing|remark|remarks|quote"
    r"|quotation|line|comment|comments|language|expression) (?:is|are|was|were)"
    r" (?:that|this|those|these|it|they)$"
)
_WHO_ENDS_WITH_BE = prefilter.compile(r"^who\b.*\b(?:is|was|are|were)$")
_HOW_QUANTITY = prefilter.compile(r"^how (?:many|much|often|long)\b")
_DESCRIBE = prefilter.compile(r"^(?:describe|explain|define)\b")
# "Who was there from the U.S.?", "who was present?": who took part, not who someone is.
_WHO_WAS_THERE = prefilter.compile(
    r"^(?:whos|who (?:is|was|are|were)) (?:there|present|involved)\b"
)
_COPULA_WHO = prefilter.compile(
    r"^(?:whos|who (?:is|was|are|were))\b(?! (?:at|in|on|with|there|involved|present|"
    r"part|responsible|behind|meeting|visiting|going|taking|participating|it|that|this)\b)"
)


# Fuzzy matching (rapidfuzz's normalised Indel similarity, 0–100).
ENTITY_CUTOFF = 80.0  # "sing" ~ "singh" scores 89, "dehli" ~ "delhi" 80
ENTITY_MARGIN = 6.0  # the best entity must lead the next-best other entity by this much
ONE_EDIT_RATIO = 80.0  # the least fuzz.ratio one edit leaves between words of 5+ letters
WORD_CUTOFF = 84.0  # correcting a misspelt ordinary word needs a closer match
WORD_ALIGN = 70.0  # each word of a fuzzy multi-word match must be this close to one of the alias
TYPE_WORDS: dict[str, str] = {
    # nouns that say what kind of answer a keyword query wants
    "date": "when",
    "day": "when",
    "weekday": "when",
    "time": "when",
    "timing": "when",  # "Quad ministerial venue?" "timing?": when it was
    "timeframe": "when",
    "month": "when",
    "year": "when",
    "place": "where",
    "location": "where",
    "venue": "where",
    "city": "where",
    "town": "where",  # "In which town the talks were taking place?": a city, as "city" asks
    "building": "where",  # "at which government building did Pompeo speak?"
    "premises": "where",
    "headquarters": "where",
    "week": "when",
    "purpose": "why",
    "reason": "why",
    "participants": "who",
    "participant": "who",
    "attendees": "who",
    "members": "who",
    "count": "how_many",
    "often": "how_many",
    "number": "how_many",
}

# Words for those sent to talks: a keyword query with one asks who represented someone
# ("US reps"). Not type words, which a question drops ("Japan's representative at…").
_SENT_FOR = frozenset("representatives representative delegates delegate delegation".split())

_LONG_TYPE_WORDS = tuple(w for w in TYPE_WORDS if len(w) >= 6)

_CLAIM = prefilter.compile(
    r"^(?:true or false|right or wrong|fact or fiction|yes or no"
    r"|is it (?:true|correct|right|the case|accurate|fair|valid)"
    # "Is it accurate to say the two ministers lauded…?"
    r"(?: to (?:say|state|claim|suggest|conclude))?"
    # "Would it be fair to say relations are improving?", "would I be correct to say…",
    # "would I be right in thinking…": the claim put up as "is it accurate to say" does.
    r"|(?:would|could) it be (?:true|correct|right|accurate|fair|valid|reasonable)"
    r" to (?:say|state|claim|suggest|conclude|assume)"
    r"|would i be (?:right|correct) (?:to|in) (?:say|saying|think|thinking|assume"
    r"|assuming|believe|believing|conclude|concluding)"
    r"|(?:do|would) you (?:think|believe|say)"
    r"|am i (?:right|correct)(?: in (?:thinking|understanding|believing|supposing|assuming"
    r"|saying)| to (?:say|think|assume|believe|conclude))?"
    r"|did i (?:read|hear|get it) (?:right|correctly)"
    # "Is there any indication that the two men praised…?", "is there anything to suggest
    # that…?": whether the article says so, the claim itself.
    r"|is there (?:any |an )?(?:indication|evidence|sign|suggestion|mention)"
    r"|is there anything to (?:suggest|indicate|show)"
    # "I am given to understand that four dialogues were held; is that so?"
    r"|i (?:am|was|have been) (?:given to understand|told|led to believe)"
    r"|it is my understanding|my understanding is"
    # "Would you kindly confirm whether this was Esper's first 2+2?": asked formally.
    r"|(?:can|could|would|will) (?:you|u) (?:pls |please |kindly )?(?:confirm|verify|check)"
    r"|(?:please |pls |kindly )?(?:confirm|verify|check)"
    r"|is (?:this|that) (?:true|correct|right|the case|accurate)"
    # "Isn't it true that the statement mentions China?": a claim put up for a yes, as
    # "is it true that" does (the contraction is no denial of it).
    r"|isnt it (?:true|correct|right|the case|a fact)"
    r"|claim|fact[- ]?check(?:ing)?|(?:quick|sanity) check"
    r"|statement)"
    r"(?: that| whether| if)? "
)
# "Is it incorrect that…?", "is it false to say…?": a claim put up to be denied.
_DENIED_CLAIM = prefilter.compile(
    r"^(?:is it|would it be) (?:false|incorrect|untrue|wrong|inaccurate|not true|not correct"
    r"|not the case)(?: to (?:say|state|claim))?(?: that)? "
)
# "Does the statement never name China?", "are relations no longer warming up?": a
# question with a positive auxiliary that asks of a denial.
_NEVER_ASKED = re.compile(
    r"^(?:does|did|do|is|are|was|were|has|have|had) (?:\w+ ){1,5}"
    # ("Is Esper no longer defense secretary?" asks what is so now, which the article
    # cannot say; "no longer warming up" denies the trend it tells of.)
    r"(?:never|no longer \w+ing)\b"
)
_NO_LONGER = re.compile(r"\bno longer\b")
# "skip" means "not mention" only of something said or written ("Is it true the DOD
# statement skipped China?"); of a person it is of going ("Did Esper skip the 2+2?").
_SKIPPED = re.compile(r"\b(?:skip|skips|skipped|ignore|ignores|ignored)\b")
_SAID_OR_WRITTEN = re.compile(
    r"\b(?:statement|statements|readout|release|communique|remarks|speech)\b"
)
# "Did the statement not mention China?": a "not" after the subject negates the claim.
_LEFT_SOMETHING_OUT = re.compile(r"\b(?:leave|leaves|left) (\w+) out\b")
# "was china not mention from the dod statement" (the normaliser's "omitted from").
_NOT_MENTIONED_IN = re.compile(
    r"^(?:is|was|are|were) (?P<thing>(?:\w+ ){1,3}?)not mention(?:ed)? (?:of|from|in|by) "
    r"(?P<source>.+)$"
)
_NOT_AFTER_SUBJECT = re.compile(
    r"^(?:does|did|do|is|was|are|were) (?:\w+ ){1,5}not (?!only\b|just\b|even\b)"
    r"(?:mention|mentioned|name|named|refer)\b"
)
# Leads that put up a statement, whatever words it has ("Fact check: the meeting took
# place on Oct. 27": a claim about the date, not a where-question).
_STATEMENT_LEADS = (
    "true or false",
    "right or wrong",
    "fact or fiction",
    "fact check",
    "fact-check",
    "factcheck",
    "quick check",
    "sanity check",
)
# "Does the article say relations are cooling?" puts up a claim as "is it true that" does.
_SOURCE_SAYS = prefilter.compile(
    rf"^(?:(?:does|did|do) (?:the|this) {SOURCE} (?:say|state|claim|suggest|report|indicate"
    r"|imply|tell us)"
    # "Is the article claiming US-India relations are cooling?": the same check.
    rf"|(?:is|was) (?:the|this) {SOURCE} (?:saying|stating|claiming|suggesting|reporting"
    r"|indicating|implying))"
    r"(?: that)? (?!(?:who|whom|whose|what|when|where|why|how|which|whether|if)\b)"
    r"(?=\w)"
)
# "Give me the one-line version of this story", "what's the short version?": the story
# told short, a summary, whatever length is asked.
# "How did the statement characterise the talks?", "how were the talks characterized by the
# DOD?": someone's describing, asked as "describe" is. "How would you characterise…?" asks
# the reader's own account of the article, which "characterise" (left a framing word) gives.
_CHARACTERIZED = re.compile(
    r"(?<!\byou )(?<!\bi )(?<!\bwe )\bcharacteri[sz](?P<end>e|es|ed|ing)\b", re.IGNORECASE
)
_SHORT_VERSION = prefilter.compile(
    r"\b(?:the|a) (?:(?:one|two|three|1|2|3|single)[- ]?(?:line|sentence|paragraph|minute)"
    r"|short|shorter|quick|brief|potted|condensed|simple|simplified|headline|elevator"
    r"|cliffs? ?notes|tl ?dr|bite[- ]?sized) version\b"
)
# "Can I say on air that this was Esper's first 2+2?", "so can we report that they
# discussed logistics?", "may I tell listeners Esper was in Mumbai?": whether the asker may
# say it is whether the article says it, the claim put up as "is it true that" does.
_MAY_I_SAY = prefilter.compile(
    r"^(?:(?:so|and|ok|okay|then|but) )*(?:can|could|may|might|should|shall) (?:i|we)"
    r"(?: (?:safely|fairly|legitimately|honestly|accurately|confidently|really|still))?"
    r" (?:say|state|claim|report|write|assert|announce|broadcast|mention"
    r"|tell (?:listeners|viewers|readers|people|my (?:listeners|audience|readers|viewers)"
    r"|the (?:audience|listeners|viewers|readers)))"
    r"(?: (?:on (?:the )?(?:air|show|radio|podcast|programme|program)|in (?:print|my (?:piece"
    r"|story|report|segment|script|show notes|notes))|publicly))?"
    r"(?: that)? (?!(?:who|whom|whose|what|when|where|why|how|which|whether|if)\b)(?=\w)"
)
# "Can I describe U.S.-China relations as improving, based on this article?": whether they
# are, the description put up as a claim ("is it true that u.s.-china relations are
# improving").
_MAY_I_DESCRIBE = prefilter.compile(
    r"^(?:(?:so|and|ok|okay|then|but) )*(?:can|could|may|might|should|shall) (?:i|we)"
    r"(?: (?:safely|fairly|legitimately|honestly|accurately|confidently|really|still))?"
    r" (?:describe|characteri[sz]e|portray|label|present|depict) (?P<what>.+?) as"
    r" (?P<how>.+?)"
    rf"(?: (?:based on|according to|going by|per) (?:the |this )?{SOURCE})?$"
)
# Subjects that take "are": "relations", "ties", "the talks", "they", "esper and singh".
_PLURAL_SUBJECT = re.compile(r"(?:\b(?:they|we|both)|[^s\W]s|\band \w+(?: \w+)?)$")


def _may_i_say_as_claim(linkable: str) -> str:
    """ "can i say on air that esper was in mumbai" → "is it true that esper was in mumbai";
    "can i describe u.s.-china relations as improving" → "is it true that u.s.-china
    relations are improving"."""
    described = _MAY_I_DESCRIBE.match(linkable)
    if described is not None:
        what = described["what"]
        verb = "are" if _PLURAL_SUBJECT.search(what) else "is"
        return f"is it true that {what} {verb} {described['how']}"
    return _MAY_I_SAY.sub("is it true that ", linkable, count=1)


# "I was wondering whether the article says the meeting took place before or after the
# 2+2?" (read "whether the article says…"): whether the article says so is the claim itself,
# as "does the article say…" is; "if the article says X, why…?" is a condition, left alone.
_WHETHER_SOURCE_SAYS = prefilter.compile(
    rf"^(?P<whether>whether|if) (?:the|this) {SOURCE} (?:says|states|said|stated|mentions"
    r"|reports|claims|tells us)(?: that)? (?!(?:who|whom|whose|what|when|where|why|how|which"
    r"|whether|if)\b)(?=[^,]*$)"
)
# "I was wondering whether the article says who signed the BECA?": who signed it, not who
# said something.
_WHETHER_SOURCE_SAYS_WH = prefilter.compile(
    rf"^(?:whether|if) (?:the|this) {SOURCE} (?:says|states|mentions|tells us|reports)"
    r" (?=(?:who|whom|whose|what|when|where|why|how|which)\b)"
)
# "The article says 'the two men praised…' – which two men?": the article's words, quoted,
# not someone's speech.
_SOURCE_STATES = prefilter.compile(
    rf"^(?:(?:the|this) )?{SOURCE} (?:says|said|states|stated|mentions|notes|reports|writes)"
    # "The article says, does it not, that …": the tag put inside asks no more than the claim.
    r"(?: (?:does|did|doesnt|didnt) it(?: not)?)?"
    r"(?: that)? "
)
# "I think this is important.", "I believe this was Esper's third 2+2.": the reader's
# opinion of what "this" or "it" is; weighed as "this is important" (a remark, which names
# nothing of the article) and "this was Esper's third 2+2" (a claim), not as a feeling
# ("think" is no word of the reaction the two chiefs expressed).
_OPINION_ON_IT = re.compile(
    r"^i (?:think|feel)(?: that)?"
    r" (?=(?:this|that|it|these|those|there) )"
)


def _opinion_weighed(unframed: str, index: Index) -> str:
    """ "I think this was Esper's third 2+2" is the claim "this was Esper's third 2+2"; "I
    think this is important" / "I think that is significant" name nothing of the article, so
    only "this is" is left: the reader's judgement ("significant") is no word of the article
    to answer from ("one of the most significant relationships")."""
    opinion = _OPINION_ON_IT.match(unframed)
    if opinion is None:
        return unframed
    said = unframed[opinion.end() :].split()
    if _name_words(index).isdisjoint(said):
        return " ".join(said[:2])
    return " ".join(said)


# An examiner's words for the article: "According to the passage, …", "the writer
# reports…", "named in the passage", "how does the author portray…". The one reporting or
# the text reported in is the article; "who is the writer?" still asks for its author.
_EXAM_SOURCE = r"(?:(?:the|this) |^)(?:writer|author|passage|extract|excerpt)"
_WRITER_AS_ARTICLE = prefilter.compile(
    rf"(?<=\baccording to ){_EXAM_SOURCE}\b"
    r"|(?:(?<=\bin )|(?<=\bby )|(?<=\bfrom ))(?:the|this) (?:passage|extract|excerpt)\b"
    r"(?! (?:about|on|that|which|mentioning|discussing|dealing)\b)"
    # "How are relations characterised by the author?", "the deputy named by the writer"
    r"|(?<=ed by )(?:the|this) (?:writer|author)\b"
    rf"|{_EXAM_SOURCE}(?= (?:does |did |do )?(?:say|report|identif|cite|characteri[sz]e|portray"
    r"|describe|mention|note|state|suggest|impl|claim|tell|name|refer|list|give|call|present"
    r"|depict|write|quote|indicate|point|attribute|credit|explain|single|highlight|stress)\w*\b)"
)
# "Which country does the article identify as the threat?": which country is the threat.
# Not "what does the article identify as the threat?", whose answer is no thing named so.
_ARTICLE_NAMES_AS = prefilter.compile(
    r"(?<=\w )(?<!\bwhat )(?:does|did|do) (?:the|this) (?:article|story|text|piece|report)"
    r" (?:identify|name|single out|describe|cite|present|portray|characteri[sz]e|depict"
    r"|call|label|refer to|point to|list) as\b"
    # "Who does the article call the world's two largest democracies?": "call" names
    # without "as"; "who does the article call it?" still asks what it is called.
    # So does "who do US officials call…", the officials being the ones quoted.
    r"|(?<=\w )(?<!\bwhat )(?:does|did|do) (?:(?:the|this) (?:article|story|text|piece|report)"
    r"|(?:the )?(?:(?:u\.?s\.?a?|usa?|american) )?(?:government )?officials)"
    r" (?:call|term|dub)\b(?= (?:the|a|an)\b)"
    # "Who are described as the world's two largest democracies?": the same, put passively.
    r"|(?<=\bwho )(?:is|are|was|were) (?:described|called|referred to|labell?ed|termed|dubbed)"
    r"(?: as)?\b(?= (?:the|a|an)\b)"
)
# "Whose remarks does the writer cite to bring out the China dimension?": a purpose that
# only names a topic asks what was said about it ("whose remarks … about China?").
_TOPIC_BROUGHT_OUT = prefilter.compile(
    r"\b(?:in order )?to (?:bring out|bring in|bring up|highlight|illustrate|show|underline"
    r"|underscore|emphasi[sz]e|stress|introduce|convey|capture|flag|point up)"
    r" the (?P<topic>[\w.+-]+(?: [\w.+-]+)?) (?:dimension|angle|aspect|side|element|factor"
    r"|theme|perspective|issue|question|component)s?\b"
)
# "Where were those remarks delivered?", "where did Pompeo deliver his speech?": words are
# delivered where they are made; "what was delivered to India?" is no speech.
_SPOKEN = r"(?:remarks|comments|speech|statement|words|address)"
_SPEECH_DELIVERED = prefilter.compile(
    rf"\b(?P<said>{_SPOKEN} (?:(?:were|was|been) )?)(?P<verb>delivered)\b"
    rf"|\b(?P<verb2>deliver(?:ed|s|ing)?)(?= (?:his|her|their|those|these|the|that|this)"
    rf" {_SPOKEN}\b)"
)
_MADE = {"deliver": "make", "delivers": "makes", "delivered": "made", "delivering": "making"}


def _speech_made(delivered: re.Match[str]) -> str:
    return (delivered["said"] or "") + _MADE[delivered["verb"] or delivered["verb2"]]


# "State the date of the meeting", "Identify the American official who…": an exam's
# imperative asks which one; so does a busy reader's "tell me the name of…", "I need the
# city…".
_IMPERATIVE_THE = prefilter.compile(
    r"^(?:(?:can|could|would|will|might) you (?:please )?(?:be (?:so )?(?:good|kind) enough to )?)?"
    r"(?:please )?(?:(?:state|identify|name|give|list|mention|specify|provide|indicate|enumerate"
    r"|outline) (?:me |us )?|(?:tell|show|find|get) (?:me|us) "
    # "Name all the U.S. officials": every one of them, as "name the U.S. officials" asks.
    r"|(?:i )?(?:need|want|(?:would|d) like)(?: to know| to see)? )(?:all (?:of )?)?the (?=\w+)"
)
# "Name India's foreign minister", "identify America's defence secretary": an office held
# for someone, by its holder's country or person ("'s" already gone), asks who holds it,
# as "who is India's foreign minister?" does, not what the words name (which found "the
# U.S. and Indian foreign and defense ministers").
_HOLDER_OF_OFFICE = (
    r"(?:minister|secretary|official|leader|counterpart|deputy|chief|diplomat|envoy"
    r"|representative|delegate|spokesman|spokesperson|president|premier|ambassador)"
)
_IMPERATIVE_WHOSE_OFFICE = prefilter.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?)?(?:please )?"
    r"(?:name|identify|tell (?:me|us)|give (?:me|us))"
    # (not "tell me about Esper's counterpart", which asks about him)
    r" (?!(?:the|a|an|all|every|each|some|of|about|on|for|to|more)\b)"
    rf"(?P<office>(?:\w+ ){{1,3}}{_HOLDER_OF_OFFICE})$"
)
# "Who were the US officials who attended?", "who is the Indian minister that Esper met?":
# those the clause picks out, as "which US officials attended?" asks (which follows the
# conversation to the talks just spoken of), not who some officials are.
_WHO_ARE_THOSE_WHO = prefilter.compile(
    r"^(?:and |so |now )?who (?:is|was|are|were) the (?!(?:two|three|four|both|2|3|4)\b)"
    # (not "who were the two ministers that met?": both of them, which "which two
    # ministers met?" lost)
    r"(?P<kind>(?:[\w.-]+ ){0,2}?"
    r"(?:officials?|ministers?|leaders?|people|persons?|men|man|americans?|indians?))"
    r" (?:who|that) (?!(?:is|was|are|were)\b)(?P<deed>.+)$"
)
# "Who are the two main actors who met?", "who were the two people that met?": both of
# those who did it, as "who met?" asks (Esper and Singh); "which two people met?" would
# weigh "two" against the two countries. ("Who were the two ministers that met?" already
# reads as those two by their office, "Esper and Singh".)
_BOTH_OF_THOSE_WHO = prefilter.compile(
    r"^(?:(?:and|so|now) )?who (?:is|was|are|were) the (?:two|2|both) (?:main |key |principal"
    r" |chief |central )?(?:officials|leaders|people|persons"
    r"|actors|figures|individuals|players) (?:who|that) (?!(?:is|was|are|were)\b)"
    r"(?P<deed>.+)$"
)
# "List the countries involved." "Same for the US officials who attended": the same asking,
# of those the clause picks out, as "which US officials attended?" asks.
_SAME_FOR_THOSE_WHO = prefilter.compile(
    r"^(?:(?:the )?same (?:question |thing )?for|ditto for|now|and now) the"
    r" (?P<kind>(?:[\w.-]+ ){0,2}?(?:officials|leaders|people|persons"
    r"|americans|indians|countries|nations))"
    r" (?:who|that) (?!(?:is|was|are|were)\b)(?P<deed>.+)$"
)
# "List every country named", "name all the cities", "list all the places in the article,
# cities and regions": every one of a kind the article names, asked as "which countries are
# mentioned" (which counts and lists them). A set-aside after it ("name all the countries
# except India that were at the Tokyo talks") is left to the usual reading.
_KIND_LISTED = (
    r"(?:cit(?:y|ies)|citys|towns?|countr(?:y|ies)|nations?|places?|locations?|people|persons?"
    # "list the departments mentioned": the Defense and State Departments, as "which
    # departments are mentioned?" counts them.
    r"|departments?)"
)
_EVERY_OF_KIND_LISTED = prefilter.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?)?(?:please )?"
    r"(?:(?:name|list|identify|enumerate) |give (?:me |us )?|tell (?:me |us )?)"
    r"(?:(?:all|every|each) (?:of )?|every single )?(?:the )?(?:government )?"
    rf"(?P<kind>{_KIND_LISTED})"
    r"(?: (?:(?:that|which) )?(?:are |were |is |was )?(?:mentioned|named|cited|referred to)"
    r"| (?:(?:that|which) )?(?:the (?:article|story|text|piece)|it) (?:names|mentions|cites))?"
    r"(?: (?:in|from|by) (?:the (?:article|story|text|piece)|it))?"
    # "…, cities and regions": the kinds the places are of, said again.
    r"(?: (?:cities|towns|countries|nations|regions|places|states)"
    r"(?: (?:and|or|&) (?:cities|towns|countries|nations|regions|places|states))?)?"
    r"$"
)
_KIND_PLURALS = {
    "city": "cities",
    "citys": "cities",
    "town": "towns",
    "country": "countries",
    "nation": "nations",
    "place": "places",
    "location": "locations",
    "person": "people",
    "persons": "people",
    "department": "departments",
}


def _every_of_kind_listed(text: str) -> str:
    """ "list every country named" → "which countries are mentioned"; else the text."""
    listed = _EVERY_OF_KIND_LISTED.match(text)
    if listed is None:
        return text
    kind = _KIND_PLURALS.get(listed["kind"], listed["kind"])
    return f"which {kind} are mentioned{text[listed.end() :]}"


# "List the US officials", "name all the Indian ministers": people, who are asked for by
# "who are…", never "what is…" (which reads the U.S. itself).
# Kinds named in the plural: "list the countries involved" asks which ones.
_PLURAL_KINDS = frozenset(
    "countries nations people persons officials ministers leaders individuals cities places"
    " participants sides parties".split()
)
_COUNTRY_KINDS = frozenset({"countries", "nations"})
_PEOPLE_NOUNS = frozenset(
    "officials official people persons individuals ministers leaders figures men".split()
)
COPULAS = frozenset({"is", "was", "are", "were"})
# Verbs that report a clause ("officials said the relationship was…"): the claim's own verb,
# before any "was" of the clause reported.
_REPORTING_VERBS = frozenset(
    "said says told tells described describes called calls stated states claimed claims"
    " reported reports announced announces".split()
)
# Words before "of" that ask for one of what follows: "which one of the countries…".
_PARTITIVE = frozenset(
    "one ones kind kinds type types sort sorts aspect aspects variety number some any all"
    " each both many most part parts member members two three four five".split()
)
# "My mate says Esper met Singh on Oct 27, correct?": the claim, not who made it.
_REPORTED_LEAD = prefilter.compile(
    r"^(?:(?:my (?:mate|friend|dad|mum|mom|colleague|teacher|brother|sister|boss)"
    # "mum says…", "daddy said…": a child names a parent without "my".
    r"|(?:my )?(?:mum|mom|mummy|mommy|dad|daddy|mother|father|grandma|grandpa|granny|nan"
    r"|nana)) (?:says|said|thinks|reckons|claims)"
    # "mum says the story says America and India are getting closer": the claim is what
    # the story is said to say.
    r"(?: (?:that )?(?:the|this) (?:story|article|news|piece|report) (?:says|said))?"
    r"|i (?:read|heard|think|thought|believe|was told)"
    # "I bet this was their first 2+2 ever, right?", "I guess they met in Tokyo?": the
    # user's guess is the claim to check, as "I think…" puts it.
    r"|i (?:bet|guess|reckon|suppose|assume|imagine|figure|figured|presume)"
    # "I am given to understand that four dialogues were held; is that so?"
    r"|i (?:understand|gather|take it|(?:am|was|have been) (?:given to understand|told"
    r"|led to believe))"
    r"|(?:someone|somebody) (?:told me|said)|apparently|supposedly"
    # "Twitter says he's the Defense Secretary": he, whom the conversation is about; the
    # site is no one the article names.
    r"|(?:(?:a |some )?(?:tweet|post) on )?(?:twitter|x|reddit|facebook|instagram|tiktok"
    r"|youtube|wikipedia|google|the internet|social media|(?:a |some )?(?:tweet|blog|post))"
    r" (?:says|said|claims|claimed|reckons|thinks)"
    # "A student wrote that Singh said…", "Student claim: the DoD said…": a teacher's
    # check of what a student put, the claim after it.
    r"|(?:(?:a|my|one|the) )?(?:student|pupil|classmate|learner)s?(?: of mine)?"
    r" (?:says|said|wrote|writes|claims|claimed|thinks|thought|argues|argued|reckons)"
    r"|(?:(?:a|my|one|the) )?(?:student|pupil|classmate|learner)s? claim)(?: that)? "
)
# Verbs that make words a statement ("logistics was on the agenda", "they have done four").
_FINITE = frozenset(
    "is was are were has have had did does do met went gave came said made held took signed"
    " agreed reached visited"
    # "The statement spoke of pressing global security challenges.", "Singh represents
    # Pakistan.": past tenses with no "-ed" and present tenses of the article's verbs.
    " spoke told wrote sought brought began led"
    " represents leads attends"
    # "So Singh flew to Washington to see the SecDef?", "Esper sat down with India's NSA?":
    # the other irregular past tenses of going and meeting.
    " flew sat saw rode drove sent kept found chose"
    # "The meeting wasn't on a Tuesday?", "Esper didn't meet Singh in Tokyo?": a claim
    # denied is a statement too.
    " wasnt isnt werent arent didnt doesnt hasnt"
    # "officials call them the two largest democracies": what someone calls or says.
    " call calls say says want wants".split()
)
# "the two militaries will cooperate less": a claim of what is to come, typed without a
# question mark ("…if you would be so kind?" asks, politely).
_FUTURE = frozenset({"will", "ll"})
# Words that end a claim put as a question and add nothing: "…now?", "…then?", "…too?"
# "…wasn't on a Tuesday either?": "either" only adds it to a denial before.
_CLAIM_FILLERS = frozenset({"now", "then", "too", "also", "again", "eh", "huh", "either"})
# "The US and India haven't had any 2+2 before?": a perfect denied is a claim denied too.
_NEGATION_WORDS = frozenset(
    {"not", "never", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "hasnt", "havent"}
)
# What a claim says once its "not" is taken out: "Esper didnt meet" → "Esper did meet".
_UNNEGATED = {
    "didnt": "did",
    "doesnt": "does",
    "isnt": "is",
    "wasnt": "was",
    "arent": "are",
    "werent": "were",
    "hasnt": "has",
    "havent": "have",
}
_LEAD = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay|well|hey|hi|hello|also|now|then|um|uh|oh|right|yo|pls|plz|fine"
    r"|alright|cool|great|nice|sure|gotcha"
    r"|lol|lmao|haha|hmm|btw|tbh|ngl|imo|fr|idk|guys|ya|yeah|wait|quick question|quick q|q"
    # "ok srsly what did they agree on", "Good. And what were they expanding?": a word
    # that only takes up the last answer ("good" only before the question itself)
    r"|srsly|seriously|k|kk|okk|okey|good(?= (?:and|so|but|now|then|who|what|when|where|which"
    r"|why|how|did|does|do|is|was|were|are)\b)"
    r"|question|hey bot|hi bot|bot|talksbot|one more|another one"
    # "Two-parter:", "two questions:": says only that more than one question follows
    r"|(?:a )?(?:two|2|three|3)(?:-| )?(?:parter|part question|questions|things|parts))\s+)+"
)


@dataclass(frozen=True, slots=True)
class Linked:
    entity: str
    text: str
    score: float
    start: int
    end: int
    group: str | None = None  # the group alias this member was linked through


@dataclass(frozen=True, slots=True)
class StandIn:
    """ "Who did the American fellow meet?": words for an unnamed person of a country, who is
    a side of what is asked rather than the one asked."""

    country: str
    start: int  # the words "the american fellow", in Parsed.words
    end: int
    owner: bool = False  # "who was the Indian official's guest?": whose guest is asked


@dataclass(slots=True)
class Parsed:
    text: str  # normalised, framing removed
    words: list[str]
    qtype: str
    types: list[str]  # more than one for "when and where did they meet?"
    entities: list[Linked] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # content terms not part of an entity
    # Terms of the words an entity link consumed ("dialogues" in "2+2 dialogues"): a weak
    # signal that separates facts naming the same entity.
    span_terms: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # words we have never seen
    unknown_names: list[str] = field(default_factory=list)  # capitalised unknown words
    corrections: list[tuple[str, str]] = field(default_factory=list)
    ambiguous: list[tuple[str, list[str]]] = field(default_factory=list)
    pronouns: set[str] = field(default_factory=set)  # "person", "plural", "thing"
    negated: bool = False
    done_by: str | None = None  # the term of "posed" in "posed by whom?"
    wants_year: bool = False
    wants_duration: bool = False
    wants_clock: bool = False
    wants_date: bool = False
    wants_name: bool = False  # "what is Esper's first name?"
    wanted_kind: str | None = None  # "which country…" → "country"
    wants_detail: bool = False  # "which specific…", "exactly what…"
    excluded: set[str] = field(default_factory=set)  # "besides Esper" → {"esper"}
    # "Who went from the U.S.?" "Who hosted them?": the several a plural pronoun stands for,
    # each to be in the answer's fact as if named.
    them: frozenset[str] = frozenset()
    # "Besides expressing appreciation, what else…": the fact the aside names is not the answer.
    excluded_facts: frozenset[str] = frozenset()
    # "Who are the two secretaries of defense in para 3?": only these facts may answer.
    kept_facts: frozenset[str] | None = None
    # "Besides communications, which area…": the answer's list items with these terms go.
    aside_terms: frozenset[str] = frozenset()
    focus: set[int] = field(default_factory=set)  # positions of "city" in "which city…"
    sort_of: str | None = None  # the term of "nations" in "what kind of nations…"
    # Entities named by the very words a "which …" question asks about: "which deputy
    # secretary of state…" is answered by naming him.
    described: set[str] = field(default_factory=set)
    counted: str | None = None  # the term of "dialogues" in "how many 2+2 dialogues…"
    counted_entity: str | None = None  # "how many 2+2 talks": the counted word names one
    # "How many 2+2s has Esper attended?" "And Pompeo?": the one whose own count is asked.
    own_count_of: str | None = None
    numbered: tuple[str, str] | None = None  # "which four countries": ("four", countries' term)
    nationality: str | None = None  # "which Indian official…" → "india"
    stand_in: StandIn | None = None  # "who did the American fellow meet?"
    # "Who went to Australia?" → "australia": where the going asked about ended.
    destination: str | None = None
    # "Where was Pompeo about to travel when he spoke?": the place gone to is asked, not
    # where he was when the clause's event happened.
    goes_where: bool = False
    # "the American secretary's counterpart": someone not of that country is asked.
    other_side_of: str | None = None
    within: str | None = None  # "which Indian city…" → "india": the place asked for is in it
    ordinal: str | None = None  # "was this his first 2+2?" → "first"
    asks_speech: bool = False  # "did Pompeo mention India?": about what someone said
    wants_quote: bool = False  # "any quotes from Singh?": the very words the article quotes
    # "Why is it relevant?", "why does the piece bring it up at all?": why the article
    # brings a thing in, not why the last thing happened.
    asks_relevance: bool = False
    speakers: set[str] = field(default_factory=set)  # "what did China say?" → {"china"}
    # "According to Singh, …": the speakers are asked as the account's source, so what the
    # statement reports them doing (agreeing, praising) is the statement's account, not theirs.
    as_source: bool = False
    # "What did he say the discussions had covered?": the speaker is who "he" stands for,
    # known only once the conversation has linked him.
    pronoun_speaks: bool = False
    asks_action: bool = False  # "what did Begin do?": the event, told whole
    # "How did the two sides reach the agreement?": the means of an act, which only a fact's
    # own "how" tells; what they reached is no answer to it.
    asks_means: bool = False
    # "List all the places in the article, cities and regions": places kept to those kinds,
    # a qualifier the reading of the list drops ("which places are mentioned").
    places_kept: bool = False
    # "List the meetings mentioned in the article", "which visits are mentioned?": every
    # occasion of a sort the article tells, which no one fact lists.
    lists_occasions: bool = False
    lists_things: bool = False  # "list the things they agreed to cooperate on"
    copula: bool = False  # "who is/was …": the answer is the one the question describes
    singular: bool = False  # "who is…" rather than "who are…"
    title_qualifier: str | None = None  # "foreign" in "India's foreign ministry"
    one_person: bool = False  # "who is the Indian foreign minister taking part…": one, named
    # "Is China mentioned in the article?": the article named (framing that is removed).
    of_the_article: bool = False
    true_false: bool = False  # "True or false: …": answered "True." or "False."
    claim_negated: bool = False  # "Is it true that Esper didn't…": yes and no swap
    # "Neither Japan nor Australia took part in the Tokyo talks?": weighed as whether either
    # did, so a yes to that is the claim's No.
    neither_nor: bool = False
    # "fewer than three then?": a bound alone, put to the count the last answer gave.
    bare_bound: bool = False
    # "4 prior 2+2 rounds?": the number counts the earlier ones only, which the article's
    # total may or may not include this one among.
    counted_before: bool = False
    # "Begin visited Tokyo, not New Delhi, right?": the claim sets what it says against
    # another value (which normalising drops, keeping the claim).
    set_against: bool = False
    # "Esper went to India, not Singh to the US?": the claim and what it is set against, as
    # typed, each to be judged on its own.
    against: tuple[str, str] | None = None
    there: tuple[str, ...] = ()  # where "there" is, from the conversation
    # Where the conversation is set, away from the article's own setting, when the question
    # names no place: "what did they agree?" after the Tokyo talks asks of Tokyo.
    set_at: tuple[str, ...] = ()
    wants_other: bool = False  # "who else …": someone the question does not name
    # "who went to Tokyo with him?": his companion, who may be one just named, unlike
    # "who else went?"
    companion_only: bool = False
    name_part: str | None = None  # "first", "last" or "full" for name questions
    topic: str | None = None
    used: list[bool] = field(default_factory=list)  # words consumed by entity links
    followup_fact: str | None = None  # an elliptical follow-up answers from this fact
    recent_fact: str | None = None  # the last answer's fact: preferred among equals

    @property
    def entity_ids(self) -> list[str]:
        return list(dict.fromkeys([link.entity for link in self.entities]))


def _whether_source_says_dropped(text: str) -> str:
    """ "whether the article says the meeting was before the 2+2" → "whether the meeting was
    before the 2+2"; "whether the article says who signed it" → "who signed it"."""
    text = _WHETHER_SOURCE_SAYS.sub(r"\g<whether> ", text)
    return _WHETHER_SOURCE_SAYS_WH.sub("", text)


def strip_framing(text: str) -> str:
    for cues, pattern in FRAMING_RULES:
        if any(map(text.__contains__, cues)):
            text = pattern.sub(" ", text)
    text = _LEAD.sub("", text.strip())
    return " ".join(text.split())


def question_type(words: list[str]) -> list[str]:
    """The kinds of answer the question asks for, most specific first."""
    text = " ".join(words)
    first = words[0] if words else ""
    types: list[str] = []

    def add(kind: str) -> None:
        if kind not in types:
            types.append(kind)

    imperative = first in ("name", "list", "mention", "identify", "give", "state")
    if _ACCORDING_TO_WHOM.match(text):
        return ["who"]  # "According to whom did the two sides agree…?": who said so
    sourced = _ACCORDING_THEN_ASKED.match(text)
    if sourced is not None:
        # "According to the DoD statement, was it Pompeo who…?": asked as it would be
        # without whose word it is.
        return question_type(words[len(sourced.group(0).split()) :])

    if _ASKS_SUMMARY.search(
        text,
    ):
        add("summary")
    if imperative and "summary" not in types:
        add("what")  # "Name one area where…": "where" only starts a relative clause
    if _ASKS_DURATION_TYPE.search(text):
        add("how_long")  # a duration: the article gives none
    if _ASKS_COUNT.search(
        text,
    ):
        add("how_many")
    if _STARTS_WITH_WHOM.match(text) or _WITH_WHOM.search(text):
        add("with_whom")
    if _BY_WHOM.search(text):
        add("who")
    if _WHO_AND_WHOM.match(text):
        add("who")  # "who met whom?": both sides
        add("with_whom")
        add("with_whom")
    if first in ("who", "whos") or _WHICH_PERSON.match(
        text,
    ):
        if (
            _WHO_IS.match(text) or first == "whos" or _WHO_ENDS_WITH_BE.match(text)
        ) and _WHO_WAS_THERE.match(text) is None:
            add("who_is")
        add("who")
    if _ASKS_WHEN.search(text) and not _WHEN_CLAUSE.search(text):
        add("when")
    if _ASKS_WHERE.search(
        text,
    ):
        add("where")
    if _ASKS_WHY.search(
        text,
    ):
        add("why")
    if (_STARTS_HOW.match(text) and not _HOW_QUANTITY.match(text)) or _WHAT_LIKE.match(text):
        add("how")  # "what is the relationship like?" asks how it is
    if (first in ("what", "which", "whats") or _DESCRIBE.match(text)) and not types:
        add("what")
    if first in (
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "isnt",
        "didnt",
        "doesnt",
        "wasnt",
        "arent",
        "werent",
        "hasnt",
        "havent",
        "hadnt",
        "dont",
        "cant",
        "couldnt",
        "wont",
        "wouldnt",
        "shouldnt",
    ):
        add("yesno")
    if "yesno" in types and len(types) > 1 and _WH_WORDS.isdisjoint(words):
        # "Is the partnership partly aimed at China?" asks yes or no, not why.
        types = ["yesno"]
    if not types and _WHAT_OR_WHICH.search(text):
        add("what")  # "the meeting took place ahead of what?"
    if not types:
        for at, word in enumerate(words[1:], start=1):
            kind = _LATE_QUESTION_WORDS.get(word)
            if kind:
                if kind == "who" and words[at - 1] in ("is", "was") and at == len(words) - 1:
                    add("who_is")  # "singh is who?" asks who he is, not who met him
                add(kind)  # "Esper met who in India?": the question word where the answer goes
                break
    if not types:
        for word in words:
            kind = TYPE_WORDS.get(word)
            if kind:
                add(kind)
        if not types:
            add("keyword")
    return types


# "Secure comms part of it?", "defense trade on the agenda?": a claim with its verb left out.
_VERBLESS_CLAIM = prefilter.compile(
    r"^\S+(?: \S+){0,4} (?:part of|among|on the (?:agenda|table|list|menu))\b"
)
# A trend put without its "are": "US-China relations improving now?", "mil to mil
# cooperation deepening?" (the forms in -ing only: "expansion?" is a noun).
_TRENDING = frozenset(w for w in POLARITY if w.endswith("ing")) | {"deepening", "rising"}


# "Am I correct that relations are described as cooling?": once the claim is asked as
# "are relations described as cooling", whether they are cooling, as the question asked
# outright reads (normalising drops these words only at a question's start).
_DESCRIBED_AS = prefilter.compile(
    r"^((?:is|was|are|were) (?:[\w.-]+ ){1,3}?)(?:described|referred to|identified|named|listed"
    r"|introduced|presented|characteri[sz]ed|portrayed|depicted) as "
)


def _described_as_dropped(claim: list[str]) -> list[str]:
    return _DESCRIBED_AS.sub(r"\1", " ".join(claim)).split()


def _ordinal_time(words: list[str]) -> bool:
    """ "First time Esper in a 2+2?": which occasion it was, claimed without a verb."""
    return words[:1] in (["first"], ["second"], ["third"]) and words[1:2] == ["time"]


_ARTICLE_NAMES_COUNTED = re.compile(
    r"^how many \w+ (?:does|did) (?:the|this) (?:article|story|text|piece|report)"
    r" (?:mention|name|cite|list|refer to)\b"
)
_THE_ARTICLE_NAMED = prefilter.compile(r"\b(?:article|story|piece|news report|text)\b")


def _claim_without_question(words: list[str]) -> bool:
    """ "Is it correct that the meeting took place in Mumbai?": what follows the lead is a
    statement, even when a word of it ("place", "date", "number") would make a keyword query
    of it; "can you confirm when they met?" still asks when."""
    if question_type(words) == ["keyword"]:
        return True
    return _WH_WORDS.isdisjoint(words) and words[0] not in _AUXILIARY_STARTS


def _typed_by_nouns_only(words: list[str], types: list[str]) -> bool:
    """ "The Tokyo talks took place last month?": no question word asks anything; only
    nouns ("place", "month") would make a keyword query of the statement."""
    nouns = {TYPE_WORDS[w] for w in words if w in TYPE_WORDS}
    return (
        _WH_WORDS.isdisjoint(words)
        and words[0] not in _AUXILIARY_STARTS
        and bool(nouns)
        and set(types) <= nouns
    )


def _stated_as_question(words: list[str], unframed: str, original: str, text: str) -> bool:
    """ "They have done four 2+2s now?": words with a verb, or a verbless claim, asked with a
    question mark."""
    return (
        _TRAILING_SYMBOLS.sub("", original).endswith("?")
        and (  # "…democracies? 🤔"
            any(w in _FINITE or w.endswith("ed") or w == "there" for w in unframed.split()[1:])
            or _VERBLESS_CLAIM.search(text) is not None
            or not _TRENDING.isdisjoint(words[1:])  # "US-China relations improving now?"
            or _ordinal_time(words)  # "first time esper in 2+2?"
            or _says_what_it_takes_in(unframed.split()[1:])
            or _bare_verb_claim(unframed.split())
        )
    )


# "Australia join Tokyo talks?", "India and China relation also get worse?": a claim typed
# with its verb bare (no "did", no tense), as speakers of languages without verb endings
# write it; a claim to check all the same.
_BARE_CLAIM_VERBS = frozenset(
    "join joins attend participate take meet visit go travel sign agree praise welcome"
    " become get gets mention".split()
)
# Words before a verb's bare form that make it no claim's verb: a noun ("the esper singh
# meet", "his visit"), an infinitive or a modal ("will visit India again").
_NOT_BEFORE_BARE_VERB = frozenset(
    "the a an this that his her their its our to will would can could should may might".split()
)


def _bare_verb_claim(words: list[str]) -> bool:
    """ "Australia join Tokyo talks?": a subject, then a bare verb with something after it
    (or an adverb before it: "China also join?"); not "date of the esper singh meet?" (a
    noun, last) nor "they go up or they go down?" (a choice, read as one)."""
    return (
        "or" not in words
        and any(
            word in _BARE_CLAIM_VERBS
            and words[at - 1] not in _NOT_BEFORE_BARE_VERB
            # "China also join?": last, but an adverb before it makes it a verb
            and (at < len(words) - 1 or words[at - 1] in _BEFORE_ACT)
            for at, word in enumerate(words[1:], 1)
        )
    )


# "the statement speaks also of logistic?", "The cooperation includes emergent
# technologies?": what a text or a plan takes in, said of it in the present ("talks" only
# before "about" or "of", so "quadripartite talks location" stays a keyword query).
_TAKES_IN = frozenset("speaks mentions includes covers cites discusses involves".split())


# "Singh and Esper talk about trade also?", "they discuss communication?": what people
# talked over, said in the present; "talk" only before "about" or "of", as "talks" is.
_TALK_VERBS = frozenset("talks talk speak".split())
_DISCUSS_VERBS = frozenset("discuss mention".split())


def _says_what_it_takes_in(words: list[str]) -> bool:
    """ "the statement talks about logistics?", "they talk about trade?": a verb saying what
    a text, plan or talk covers."""
    return (
        not _TAKES_IN.isdisjoint(words)
        or not _DISCUSS_VERBS.isdisjoint(words)
        or any(w in _TALK_VERBS and after in ("about", "of") for w, after in pairwise(words))
    )


# Openings of remarks and requests, not of claims about the article: "I have a question",
# "that was helpful", "my professor mentioned something…", "tell me the number of 2+2s held…".
_REMARK_STARTS = frozenset(
    "i im ive id we you u it its that thats this these those there theres they he she my our"
    " thanks thank please pls plz ok okay yes no nope yeah tell give show list name find"
    " explain describe summarize summarise define identify state mention provide let"
    " lets help".split()
)


def _stated_as_sentence(words: list[str], unframed: str, original: str, index: Index) -> bool:
    """ "Esper went to the Tokyo talks with Begin.", "The 2+2 is a summit between heads of
    state": a sentence put to the bot, with a subject named and a finite verb after it, is
    a claim to check, not a keyword query ("Tokyo talks participants")."""
    said = _LEAD.sub("", unframed).split()  # "ok but it was after the 2+2…": the claim
    # "I heard Pompeo gave a press conference in Delhi": what was heard is the claim.
    said = _REPORTED_LEAD.sub("", " ".join(said)).split()
    return (
        not _TRAILING_SYMBOLS.sub("", original).endswith(("?", "!"))
        and len(said) >= 3  # "Singh is American."
        and (said[0] not in _REMARK_STARTS or _pointing_claim(said, index))
        and (
            any(w in _FINITE or w in _FUTURE or w.endswith("ed") for w in said[1:])
            or _verb_before_a_name(said, index)
        )
    )


# "talks on how free nations could work together", "they talked about why it matters": a
# question word after these words opens a clause the statement reports, and asks nothing.
_EMBEDDING = frozenset("on about of over regarding concerning".split())
_EMBEDDED_WH = frozenset("how why where when whether".split())


def _asks_no_question_word(words: list[str]) -> bool:
    """ "he said the meetings included talks on how free nations could work together": no
    question word of the statement asks anything ("they met on what day" still asks)."""
    return all(
        word not in _WH_WORDS
        or (word in _EMBEDDED_WH and 0 < at < len(words) - 2 and words[at - 1] in _EMBEDDING)
        for at, word in enumerate(words)
    )


def _hearsay_dropped(words: list[str]) -> list[str]:
    """ "i heard pompeo gave a press conference in delhi": the claim without the hearsay
    that brought it ("pompeo gave…"); the words as they are when none did."""
    said = " ".join(words)
    lead = _REPORTED_LEAD.match(said)
    return said[lead.end() :].split() if lead is not None else words


def _verb_before_a_name(said: list[str], index: Index) -> bool:
    """ "the Defense statement blasts China by name", "the statement attacks China": a
    word in "-s" the facts never use, between a word and a name, is a present-tense verb
    (where "Tokyo talks participants", "US India relations China" have the article's nouns)."""
    return any(
        len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us"))
        and word not in index.vocabulary
        and said[i - 1] not in STOPWORDS
        and (said[i + 1],) in index.aliases
        for i, word in enumerate(said[1:-1], 1)
    )


def _cleft_claim(words: list[str]) -> bool:
    """ "it was esper who met singh", "It was the Pentagon that put out the statement": a
    claim that picks out who did something; its "who" asks nothing."""
    return (
        words[:2] in (["it", "was"], ["it", "is"])
        and not {"who", "that"}.isdisjoint(words[3:6])
        and _WH_WORDS.isdisjoint(words[:3])
    )


# "This was Esper's third 2+2 meeting.", "there have been 5 of these 2+2 dialogues",
# "it was after the 2+2 had wrapped up": a pointing word, then a verb of being.
_POINTING_STARTS = frozenset("this that it there these those".split())
_BEING = frozenset("is was are were has have had".split())


def _pointing_claim(said: list[str], index: Index) -> bool:
    """ "This was Esper's third 2+2 meeting": a sentence opened by "this", "it" or "there"
    is a claim when it names someone or something of the article; "this is interesting",
    "that was helpful" name nothing and stay remarks."""
    return (
        said[0] in _POINTING_STARTS
        and said[1] in _BEING
        and not _name_words(index).isdisjoint(said[2:])
    ) or (
        said[0] in _PERSONAL_STARTS
        and (said[1] in _EVENT_VERBS or _talked_about(said) or _personal_claim(said[1:]))
    )


def _talked_about(said: list[str]) -> bool:
    """ "He talked about the threat from China's Communist Party.": what someone talked
    about is a claim; "he talked too much" stays a remark."""
    return said[1] == "talked" and said[2] in ("about", "of")


# "They met on the 27th of October.", "He travelled to Washington for the talks.": a
# person, then what the article's people did, is a claim; "they said that already", "he
# seems nice" stay remarks.
_PERSONAL_STARTS = frozenset("they he she".split())
_EVENT_VERBS = frozenset(
    "met meets went agreed signed visited held reached travelled traveled flew spoke discussed"
    " welcomed praised participated attended represented represents".split()
)

# "they both welcomed…", "they'll keep working together…": a word between the person and
# the verb, or a modal before it; "he'll see" names no act of the article's.
_BETWEEN_PERSON_AND_VERB = frozenset("both all also ll will".split())
_CLAIMED_VERBS = _EVENT_VERBS | frozenset(
    "keep continue work expressed reinforced committed called described want wanted".split()
)


def _personal_claim(rest: list[str]) -> bool:
    """ "they both welcomed more info sharing", "they'll keep working together", "he said
    the meetings included talks on…": what the article's people did or said; "they said
    that already", "he'll see" stay remarks."""
    while rest and rest[0] in _BETWEEN_PERSON_AND_VERB:
        rest = rest[1:]
    if len(rest) < 3:
        return False
    if rest[0] == "said":
        # "he said the meetings included…" reports; "they said that already" takes up the
        # last answer.
        return rest[1] not in ("that", "so", "it", "this") or len(rest) >= 6
    return rest[0] in _CLAIMED_VERBS


_NAME_WORDS: WeakKeyDictionary[Index, frozenset[str]] = WeakKeyDictionary()


def _name_words(index: Index) -> frozenset[str]:
    """The words of the article's names no everyday sentence has ("esper", "2plus2",
    "tokyo"; not "the", "meeting", "two"), once per index."""
    words = _NAME_WORDS.get(index)
    if words is None:
        words = frozenset(
            w for w in index.alias_words if w not in COMMON_WORDS and w not in STOPWORDS
        )
        _NAME_WORDS[index] = words
    return words


# "Can you confirm: did they meet in Tokyo?": the lead asks a question of its own.
_AUXILIARY_STARTS = frozenset(
    "did does do is are was were has have had can could will would should".split()
)


# "Statement: the meeting was in Tokyo", "Claim - …": the word labels what follows.
_LABEL_LEAD = prefilter.compile(r"^\W*(?:claim|statement)\s*[:\-–—]", re.IGNORECASE)


def _subject_not_label(lead: str, original: str) -> bool:
    """ "The statement came from India's Ministry of Defence?": a bare "statement" (or
    "claim") begins the claim as its subject; only "Statement: …" or "statement that …"
    puts up what follows."""
    return lead.strip() in ("claim", "statement") and _LABEL_LEAD.match(original) is None


def respell(question: str, index: Index) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The question with its misspelt ordinary words replaced by the words meant, and each
    (typed, meant), so that every reading of it sees the question as if typed right: "Are
    US-China relations improvng?" is "…improving?", "Is this Esper's frist 2+2?" "…first…".

    Only a word neither the facts nor English know is a slip, and only into the one known
    word that close (see `Speller`). Names are left to fuzzy linking, which weighs them
    against the aliases: a capitalised word ("Modi") and a slip closest to a name ("espr").
    """
    fixed: list[tuple[str, str]] = []

    def meant(match: re.Match[str]) -> str:
        typed = match.group(0)
        word = typed.lower()
        if word in index.vocabulary or _named(match):
            return typed  # most words: known as they are
        if index.speller.knows(word):
            # "was the meating in tokio": an inflection no list has of a word ("meat") that
            # is, said aloud, a word the facts use ("meeting").
            sounded = None if index.speller.listed(word) else index.speller.sounded_out(word)
            if sounded is None:
                return typed
            fixed.append((word, sounded))
            return sounded.capitalize() if typed[0].isupper() else sounded
        word = normalise(word)  # "organised" is "organized"
        if not _may_be_misspelt(word, index):
            return typed
        right = index.speller.nearest(word) or index.speller.sounded_out(word)
        if right is not None and word.endswith("s") and not right.endswith("s"):
            right = _plural_of(right, index)  # "name 2 citys": cities, not a city
        if right is None or (right in index.alias_words and right not in COMMON_WORDS):
            return typed  # "espr", "dehli": names are linked fuzzily, against the aliases
        fixed.append((word, right))
        return right.capitalize() if typed[0].isupper() else right

    respelt = _PLAIN_WORD.sub(meant, question)
    respelt = _PARTICIPLE_BY_SOUND.sub(lambda m: _participle_meant(m, fixed), respelt)
    return respelt, tuple(fixed)


# "how many times has esper don a 2 plus 2", "have they bin to tokyo": a participle spelt as
# it sounds, too short for the speller, is the participle after has/have/had (+ its subject).
_PARTICIPLES_BY_SOUND = {"don": "done", "dun": "done", "bin": "been", "ben": "been", "gon": "gone"}
_PARTICIPLE_BY_SOUND = re.compile(
    r"\b(?P<aux>has|have|had|hasnt|havent|hadnt|ve)\b(?P<subject>(?: [\w+.-]+){0,3}?)"
    r" (?P<typed>" + "|".join(_PARTICIPLES_BY_SOUND) + r")\b",
    re.IGNORECASE,
)


def _participle_meant(match: re.Match[str], fixed: list[tuple[str, str]]) -> str:
    """The match with its sounded-out participle respelt ("has esper don" → "has esper
    done"), noted in `fixed`."""
    typed = match["typed"]
    meant = _PARTICIPLES_BY_SOUND[typed.lower()]
    fixed.append((typed.lower(), meant))
    return f"{match['aux']}{match['subject']} {meant}"


# A word of letters alone: not part of a hyphenated name ("Indo-US"), a number ("26th") or a
# contraction ("didn't"); four letters or more, as shorter ones are too close to others.
_PLAIN_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{4,}(?![\w'’-])")


def _named(match: re.Match[str]) -> bool:
    """A capitalised word inside a sentence is a name ("did Esper meet Modi?"), not a slip;
    so is a word in capitals ("BECA")."""
    typed = match.group(0)
    if typed.isupper():
        return True
    if not typed[0].isupper():
        return False
    before = match.string[: match.start()].rstrip()
    return bool(before) and before[-1] not in ".?!:\"'(“‘"


def _plural_of(noun: str, index: Index) -> str | None:
    """The plural of a noun ("city" → "cities", "country" → "countries"), if a known word."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return plural if plural in index.vocabulary or plural in COMMON_WORDS else None


def _may_be_misspelt(word: str, index: Index) -> bool:
    """A word no one would type meaning itself: neither a word of the facts or the lexicon,
    nor an English word, nor an inflection of one ("relationships", "countering")."""
    return (
        word.isalpha()
        and word not in _SHORTHAND  # "btwn", "whither": read as the words they stand for
        and word not in hinglish.PARTICLES  # "yaar", "kaise": read as the English they mean
        and word not in index.vocabulary
        and not index.speller.knows(word)
        and term(word) not in index.known_terms
        and _base_form(word, index) is None
    )


def _type_word_misspelt(word: str, index: Index) -> str | None:
    """ "locaton", "purpse": a long word saying what a keyword query wants, with one slip.

    Only words of six letters or more that are no word the article or English knows:
    shorter ones are one edit away from too much ("dat" from "date" and "that")."""
    if len(word) < 6 or word in COMMON_WORDS or word in index.vocabulary:
        return None
    near = process.extract(word, _LONG_TYPE_WORDS, scorer=OSA.distance, score_cutoff=1, limit=2)
    if len(near) != 1 or str(near[0][0])[0] != word[0]:
        return None  # a slip keeps the first letter; "lumber" is a word, not "number"
    return str(near[0][0])


def _of_a_country(rest: list[str]) -> bool:
    """ "Name the Indian participant": which person of that country, not what "the Indian
    participant" is (which would be India)."""
    return (
        len(rest) == 2
        and rest[0].lower().endswith(("an", "ese"))
        and (
            KIND_NOUNS.get(noun := rest[1].lower().rstrip(".!?")) == "person"
            or noun.rstrip("s") in _ATTENDING
        )
    )


# Who someone was at an event, not what kind of person: "the Indian participant".
_ATTENDING = frozenset("participant representative delegate attendee envoy diplomat".split())


_THAT_PERSON = frozenset({"person", "guy", "man", "woman", "gentleman", "fellow", "official"})

# Words after which "form" can only be a slip for "from": "who went form the US side?",
# "anyone form India?", "officials form both sides"; not "the short form", "did they form".
_FROM_BEFORE = frozenset(
    "went go goes gone came come comes travelled traveled flew attended participated "
    "anyone anybody someone somebody people person official officials delegates ministers "
    "minister representatives reps there here who those ones one visitors".split()
)


def _form_for_from(words: list[str]) -> list[str]:
    """ "who went form the US side?" is "…from the US side": "form" after a verb of going
    or a word for people, where a noun or the verb "form" cannot stand."""
    return [
        "from" if w == "form" and i > 0 and words[i - 1] in _FROM_BEFORE else w
        for i, w in enumerate(words)
    ]


def _demonstrative_person(words: list[str]) -> list[str]:
    """ "Who met Singh?" (Esper) "Where is that person from?": "that person" is "he", the
    one just named, as a pronoun would be; not a person to look for."""
    out: list[str] = []
    for word in words:
        if word in _THAT_PERSON and out and out[-1] in ("that", "this"):
            out[-1] = "he"
        else:
            out.append(word)
    return out


def _counted_order_aside(words: list[str]) -> list[str]:
    """ "4 prior 2+2 rounds, right?", "three previous 2+2s?": after a number, "prior" says
    which ones are counted, not that something came before an event ("prior to the 2+2
    meeting"), so it is no word to match."""
    return [
        w
        for i, w in enumerate(words)
        if not (
            w in _INSTANCE_ORDER
            and i > 0
            and (words[i - 1].isdigit() or words[i - 1] in NUMBER_WORDS)
        )
    ]


# "…Tokyo, not New Delhi, right?": a value put against another.
_SET_AGAINST = prefilter.compile(r", not \w")
# "So it was Esper who went to India, not Singh to the US?", "…Delhi, not Tokyo, right?":
# the claim, and the other value after "not" up to a tag or the end.
_CLAIM_SET_AGAINST = prefilter.compile(
    r"^(?P<claim>[^,]+), not (?P<other>[^,?]+)(?:,[^,]*)?\??\s*$"
)


# "In what manner does China figure in the article?", "how does China feature?": its role.
_FIGURES_IN = prefilter.compile(
    r"^(?:and |so |then )*(?:in what (?:manner|way|capacity)|how)(?: then)? (?:does|do|did)"
    r" (?P<what>[\w+-]+(?: [\w+-]+)?) (?:figure|feature|come up|come in|come into it|fit in)"
    r"(?: (?:in|into) (?:the |this )?(?:article|story|piece|report|it))?(?: then)?$"
)


# "Summarise what came out of the Tokyo talks", "give me a summary of the results of the
# 2+2": a summary asked of an outcome asks the outcome, which the article may not give; not
# the topic's summary, which tells what happened there instead.
_SUMMARY_OF_OUTCOME = prefilter.compile(
    r"^(?:(?:please |can you |could you )*(?:summari[sz]e|sum up|recap|outline)"
    r"|(?:give me |i want |i need )?(?:a |the )?(?:quick |brief |short )?(?:summary|recap|rundown)"
    r" of)"
    r" (?P<outcome>what (?:came out of|resulted from|(?:was|were|got) (?:agreed|decided|achieved"
    r"|accomplished|concluded|settled|produced)"
    r"|(?:was|were) the (?:outcomes?|results?|upshot|conclusions?) of)"
    r"|the (?:outcomes?|results?|upshot|conclusions?|deliverables?) of)(?P<rest> .+)$"
)


def _outcome_asked(text: str) -> str:
    """ "summarise the outcome of the Tokyo talks" → "what was the outcome of the Tokyo
    talks": the outcome asked as a question of its own."""
    asked = _SUMMARY_OF_OUTCOME.match(text)
    if asked is None:
        return text
    outcome = asked["outcome"]
    if outcome.startswith("the "):
        plural = outcome.split()[1].endswith("s")
        outcome = ("what were " if plural else "what was ") + outcome
    return outcome + asked["rest"]


def _track_record_as_experience(words: list[str]) -> list[str]:
    """ "Esper's 2+2 track record?": the times he has taken part, his experience; not a
    "record" kept of something ("is there a record of the meeting?"), which stays."""
    out: list[str] = []
    for word in words:
        if word in ("record", "records") and out and out[-1] == "track":
            out[-1] = "experience"
        else:
            out.append(word)
    return out


def _how_many_fronted(text: str) -> str:
    """ "esper been to how many": the count put first, as "how many has esper been to",
    the way the question is read when it is asked that way round."""
    last = _HOW_MANY_LAST.match(text)
    if last is None:
        return text
    aux = last["aux"] or ("have" if last["subject"] in ("they", "we", "you") else "has")
    return f"how many{last['what']} {aux} {last['subject']} {last['verb']}"


# "Tell me what Pompeo said free nations should do" (its "tell me" gone): the question put
# in a report's word order, asked as "what did Pompeo say free nations should do".
_SAID_EMBEDDED = prefilter.compile(
    r"^what (?P<subject>(?!(?:did|does|do|is|was|were|are|has|have|had|can|could|would|will"
    r"|should|exactly|else|kind|sort|type)\b)\S+(?: \S+){0,2}?) (?P<verb>said|says)"
    r" (?P<rest>(?!(?:about|to|of|on|in|at|after|before|during|afterwards|then)\b).+)$"
)


# "the dod statement said they want to address what exactly", "pompeo said free nations
# should thwart what": what a source said, with the question word put where the answer goes.
_SAID_WITH_WHAT_LAST = prefilter.compile(
    r"^(?P<subject>(?:the |a )?(?!(?:who|whom|what|which|when|where|why|how|did|does|do|is"
    r"|was|were|are|has|have|had|can|could|would|will|should|i|you|it)\b)\S+(?: \S+){0,2}?)"
    r" (?:said|says|stated|states) (?:that )?(?P<rest>(?!(?:what|about)\b)\S+ \S+(?: \S+)*?)"
    r" what(?: exactly| then| again)?$"
)


# "wht us officials say abt the relationship", "what pompeo want free nations do": a
# question typed without its "did", the verb left bare after the subject.
_AUXILIARY_LEFT_OUT = prefilter.compile(
    # Read before chat shorthand is expanded: "wht", "wat" are "what" here too.
    r"^(?P<what>what|wht|wat|wot|wut|whta) (?P<subject>(?!(?:did|does|do|is|was|were|are"
    r"|has|have|had|can|could|would|will|should|exactly|else|kind|sort|type|s)\b)"
    r"\S+(?: \S+){0,2}?) (?P<verb>say|want|think|tell|describe|call"
    # "What two men praise?", "what they agree?", "what he say?": the article's own verbs
    # of what the people in it did, typed bare, with nothing after them too.
    r"|praise|agree|welcome|discuss|sign|mention|appreciate)(?: (?P<rest>.+))?$"
)


# "what Pompeo said about free nations?", "what Pompeo told about China?" (Indian English
# for "said about"): the past tense without its "did", about a topic.
_SAID_ABOUT_LEFT_OUT = prefilter.compile(
    r"^(?P<what>what|wht|wat|wot|wut|whta) (?P<subject>(?!(?:did|does|do|is|was|were|are"
    r"|has|have|had|can|could|would|will|should|exactly|else|kind|sort|type|s|all)\b)"
    r"\S+(?: \S+){0,2}?) (?:said|told)(?: |$)(?P<rest>(?:about|on|regarding)\b.*"
    # "Tell me what U.S. officials said before the 2+2", "…what Pompeo said at the press
    # conference", "…what Pompeo said": what they said then or there, not which of them
    # said it ("what officials said that?" keeps its "that").
    r"|(?:before|after|prior to|ahead of|at|in|during|when|earlier|recently|then)\b.*|)$"
)


# "Rajnath Singh is which minister?", "which minister is Singh?", "Singh is minister of
# which ministry?": the office a named person holds, not who else answers to "minister"
# (Esper, who met him). "Which ministry does Singh work for?" asks the body, which the
# article does not name.
_OFFICE_NOUN = (
    r"(?:minister|secretary|ministry|department|post|position|office|title|designation|portfolio)"
)
_OFFICE_OF_NAMED = prefilter.compile(
    rf"^(?P<a>[\w.+ ]{{2,40}}?) (?:is|was) (?:the )?(?:(?:minister|secretary|head) (?:of|for) )?"
    rf"(?:which|what) {_OFFICE_NOUN}$"
    rf"|^(?:which|what) {_OFFICE_NOUN} (?:is|was) (?P<b>[\w.+ ]{{2,40}}?)"
    r"(?: (?:the )?(?:minister|secretary|head) (?:of|for))?$"
)


def _office_of_named(text: str, index: Index) -> str:
    """ "Rajnath Singh is which minister?" → "what position does rajnath singh hold", when
    the one asked about is a person the article names by that alias."""
    found = _OFFICE_OF_NAMED.match(text)
    if found is None:
        return text
    who = found["a"] or found["b"]
    entity = index.aliases.get(tuple(_linkable_words(who)))
    if entity is None or index.factbase.entities[entity].kind != "person":
        return text
    return f"what position does {who} hold"


# "what Pompeo do before trip?", "what they do there?": a deed asked without its "did", only
# with a time or place after it ("what countries do the talks include" keeps its "do").
_DEED_LEFT_OUT = prefilter.compile(
    r"^what (?P<subject>(?:the )?(?!(?:did|does|do|is|was|were|are|has|have|had|can|could"
    r"|would|will|should|exactly|else|kind|sort|type|s)\b)\S+) do"
    r"(?P<rest> (?:before|after|prior to|ahead of|following|there|then|next|in|at|during"
    r"|earlier|later)\b.*)?$"
)

# "before trip he do what?", "after meeting they do what?": the time put first and the
# question word last, read as "what did he do before trip".
_TIME_FIRST_DEED_LAST = prefilter.compile(
    r"^(?:(?P<lead>(?:\S+ ){1,5}?))?(?P<side>before|after|prior to|ahead of|following)"
    r" (?P<anchor>.+?) (?P<subject>he|she|they) (?:do|did|does) what$"
)


# "before the trip", "before his trip": words pointing back at the topic put first.
_POINTERS_TO_LEAD = frozenset({"the", "his", "her", "their", "this", "that"})


def _deed_asked_with_did(text: str) -> str:
    """ "before trip he do what?" and "what he do before trip?" → "what did he do before
    trip", which asks what he did on that side of the trip. A topic put first that the
    anchor only restates is the anchor: "Pompeo trip to South Asia, before trip he do
    what?" asks before his trip to South Asia, not before whatever "trip" names."""
    first = _TIME_FIRST_DEED_LAST.match(text)
    if first is not None:
        anchor, lead = first["anchor"], (first["lead"] or "").strip()
        if lead and set(anchor.split()) - _POINTERS_TO_LEAD <= set(lead.split()):
            anchor = lead
        elif lead:
            return text  # "Esper, before meeting Singh he do what?": whose "he" is unsure
        return f"what did {first['subject']} do {first['side']} {anchor}"
    found = _DEED_LEFT_OUT.match(text)
    if found is None:
        return text
    return f"what did {found['subject']} do{found['rest'] or ''}"


def _auxiliary_supplied(text: str) -> str:
    """ "what us officials say about the relationship" → "what did us officials say about
    the relationship", read as it is asked with its "did"; "what Pompeo told about free
    nations" likewise, as "what did Pompeo say about free nations"."""
    text = _deed_asked_with_did(text)
    said = _SAID_ABOUT_LEFT_OUT.match(text)
    if said is not None:
        return f"{said['what']} did {said['subject']} say {said['rest']}".rstrip()
    found = _AUXILIARY_LEFT_OUT.match(text)
    if found is None or not _AUXILIARIES.isdisjoint(found["subject"].split()):
        # "what areas did they agree to work on" has its "did" already
        return text
    rest = f" {found['rest']}" if found["rest"] else ""
    return f"{found['what']} did {found['subject']} {found['verb']}{rest}"


# "fewer than three then?", "so more than two?": a bound alone, put to the last count.
_BARE_BOUND = re.compile(
    r"^(?:(?:so|and|but|or|ok|okay|then) )*(?P<bound>(?:fewer|less|more) than|at least|at most)"
    r" (?P<n>one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?P<rest>(?: (?:then|really|though|instead|in total|overall|altogether))*)$"
)


# "pompeo trip to?", "the meeting was held in?", "esper met with?": a statement that stops
# at its preposition leaves a blank for what follows it; the verb before the preposition
# says which question fills it (where, when, who).
_BLANK_AT_END = re.compile(
    r"^(?!(?:who|whom|whose|what|where|when|which|why|how|is|was|are|were|did|does|do|has"
    r"|have|had|can|could|will|would)\b)(?:.* )?(?P<verb>\S+) (?P<prep>to|in|at|on|with|by)$"
)
_GOING_TO = frozenset(
    "trip trips travel travels travelled traveled travelling traveling go goes going went "
    "gone fly flew flying flown head heads headed heading visit visits visited visiting "
    "journey come came coming".split()
)
_HELD_AT = frozenset(
    "held hold holds meet meets met meeting meetings talks place located arrive arrived "
    "arrives hosted spoke speak speaks conference".split()
)
_HELD_ON = frozenset(
    "held hold holds meet meets met meeting meetings place happen happened".split()
)
_MET_WITH = frozenset("meet meets met meeting talks talked".split())
_DONE_BY = frozenset("issued released hosted accompanied joined".split())


def _blank_at_end_asked(text: str) -> str:
    """ "pompeo trip to?" → "where pompeo trip to", "esper met with?" → "who esper met
    with": the blank a dangling preposition leaves, asked as the question it is."""
    found = _BLANK_AT_END.match(text)
    if found is None or _asks_already(text):
        return text
    verb, prep = found["verb"], found["prep"]
    if (prep == "to" and verb in _GOING_TO) or (
        prep in ("in", "at") and (verb in _HELD_AT or verb in _GOING_TO)
    ):
        return f"where {text}"
    if prep == "on" and verb in _HELD_ON:
        return f"when {text}"
    if (prep == "with" and verb in _MET_WITH) or (prep == "by" and verb in _DONE_BY):
        return f"who {text}"
    return text


# A question word just after a lead-in word or two: "exactly how many 2+2 meetings has
# esper been in?", "and so which talks was he at?".
_ASKS_AFTER_LEAD = re.compile(r"^(?:\S+ ){1,2}(?:who|whom|whose|what|where|when|which|why|how)\b")


def _asks_already(text: str) -> bool:
    """ "exactly how many 2+2 meetings has esper been in?" already asks how many: its
    closing "in" is no blank to be read as "where"."""
    return _ASKS_AFTER_LEAD.match(text) is not None


def _bare_bound_put(text: str) -> str:
    """ "fewer than three then?" (after "more than three 2+2s?") asks "is it fewer than
    three?" of the count just given; read bare, it named nothing to rank."""
    found = _BARE_BOUND.match(text)
    if found is None:
        return text
    return f"is it {found['bound']} {found['n']}{found['rest']}"


def _said_with_what_last_asked(text: str) -> str:
    """ "the dod statement said they want to address what" → "what did the dod statement say
    they want to address": read with its "what" last, the "said" hid the source asked of."""
    found = _SAID_WITH_WHAT_LAST.match(text)
    if found is None:
        return text
    return f"what did {found['subject']} say {found['rest']}"


def _said_asked_directly(text: str) -> str:
    """ "what pompeo said free nations should do" → "what did pompeo say free nations
    should do"; "what pompeo said about china" is read well as it is."""
    found = _SAID_EMBEDDED.match(text)
    if found is None:
        return text
    aux = "did" if found["verb"] == "said" else "does"
    return f"what {aux} {found['subject']} say {found['rest']}"


# "Did they say they liked the agreement?", "did Esper say he was pleased with it?": what
# the speakers said of themselves, which the article reports as their own stance ("expressed
# appreciation"); asked as "did they like the agreement?". Only the speaker's own pronoun.
_SAID_OF_SELF = prefilter.compile(
    r"^(?P<aux>did|do|does) (?P<subject>they|he|she|(?:[a-z]+(?: and [a-z]+)?)) (?:say|state"
    r"|mention) (?:that )?(?P<self>they|he|she) (?P<verb>[a-z]+) (?P<rest>.+)$"
)
_SELF_PRONOUNS = frozenset({"they", "he", "she"})
_STATE_VERBS = frozenset({"was", "were", "are", "is"})


def _said_of_self_asked(text: str) -> str:
    """ "did they say they liked the agreement" → "did they like the agreement"; "did they
    say they were pleased" → "were they pleased". Left as it is when the pronoun is not the
    speaker's own ("did they say he…") or the verb is no plain past or present word."""
    found = _SAID_OF_SELF.match(text)
    if found is None:
        return text
    subject, own = found["subject"], found["self"]
    if not _speaker_is_self(subject, own):
        return text
    verb, rest = found["verb"], found["rest"]
    if verb in _STATE_VERBS:
        return f"{verb} {subject} {rest}"
    base = _plain_verb(verb)
    return text if base is None else f"did {subject} {base} {rest}"


def _speaker_is_self(subject: str, own: str) -> bool:
    """ "they … they", "Esper … he", "Esper and Singh … they": the pronoun is the speaker's."""
    if subject in _SELF_PRONOUNS:
        return own == subject
    return own == "they" if " and " in subject else own in ("he", "she")


def _plain_verb(verb: str) -> str | None:
    """ "liked" → "like", "wanted" → "want", "agreed" → "agree", "likes" → "like": the verb
    "did" takes, or None for a word that is no known verb form ("would", "had")."""
    forms: tuple[str, ...] = (verb,)
    if verb.endswith("ed"):
        forms = (verb[:-1], verb[:-2])
    elif verb.endswith("s"):
        forms = (verb[:-1],)
    if verb in _NOT_PLAIN:
        return None
    return next((form for form in forms if form in ENGLISH_WORDS), None)


# "did he say he would…", "did they say they had…": modal and perfect tenses are not put
# to "did" (would "did they would visit?").
_NOT_PLAIN = frozenset("would will could can should shall might may must had has have".split())


# "On which day was Esper received by the Indian Defence Minister?": someone received by a
# person is a guest, hosted. Only in the question: a fact's own "received" (the ministers a
# prime minister received) keeps its word. A thing received ("how was the agreement
# received by them?") is a reaction, read before this.
_RECEIVED_AS_GUEST = re.compile(r"\b(?:received|receive|receives)\b(?= by\b)")

# "Is China the bad guy?", "are they the villains?", "is china evil?": a good-or-bad
# judgement of a party, which is what "is China a threat?" asks (answered with what the
# article says of the threat, never a flat yes), not the relations' trend that a bare
# "bad" would match ("relations are deteriorating"). Only a direct "is X …?": "don't you
# agree China is the real villain?" stays a premise the bot does not take up.
_VILLAIN_ASKED = prefilter.compile(
    r"^(?P<asked>(?:is|are|was|were) (?!.*\b(?:who|which|relations?|relationship|ties)\b)"
    r"(?:[\w'-]+ ){1,4}?)(?:the |a |an )?(?:real |big |main |only )?"
    r"(?:bad guys?|bad ones?|baddies|baddy|baddie|villains?|evil ones?|evil|enemy|enemies"
    r"|bad country|bad countries)(?: here| in (?:this|the) (?:story|article|news))?$"
)

# "What's the T for?", "what is the T short for": what an initial stands for, not the
# purpose of whatever the conversation was last about.
_INITIAL_FOR = re.compile(
    r"\b(?:what|whats|what's|what is) (the )?([a-z])\.? (?:short )?for\b", re.IGNORECASE
)


# Nouns for an event that a country's adjective may place: "the Japanese meeting".
_EVENT_NOUNS = frozenset(
    "meeting meetings talks summit gathering session sessions conference dialogue event".split()
)
_EVENT_DETERMINERS = frozenset("the that this those these a an".split())
_HELD_IN: WeakKeyDictionary[Index, dict[str, str]] = WeakKeyDictionary()


def _held_in_by_demonym(index: Index) -> dict[str, str]:
    """Each one-word adjective of a country ("japanese", "indian") and the one place of that
    country the article has ("tokyo", "new delhi"), once per index; none for a country with
    no place or several, whose meetings the article cannot tell apart."""
    found = _HELD_IN.get(index)
    if found is None:
        entities = index.factbase.entities
        places: dict[str, list[str]] = {}
        for entity in entities.values():
            if entity.kind == "place":
                for country in index.part_of.get(entity.id, ()):
                    places.setdefault(country, []).append(entity.name)
        found = {
            alias[0]: normalise(places[owner][0])
            for alias, owner in index.aliases.items()
            if len(alias) == 1
            and alias[0].endswith(_DEMONYM_ENDS)
            and entities[owner].kind == "country"
            and len(places.get(owner, ())) == 1
        }
        _HELD_IN[index] = found
    return found


def _person_named_at(words: list[str], at: int, index: Index) -> bool:
    """Whether a person's name (one or two words) begins at that word: "meeting Esper"."""
    entities = index.factbase.entities
    for size in (1, 2):
        owner = index.aliases.get(tuple(words[at : at + size]))
        if owner is not None and owner in entities and entities[owner].kind == "person":
            return True
    return False


def _event_of_country_as_held_there(linkable: str, index: Index) -> str:
    """ "That Japanese meeting -- who went from the US?", "the Indian talks": the event held
    in that country (the Tokyo talks, the New Delhi meeting), not people of that nationality,
    as "the meeting in Tokyo" says. Not "the Indian meeting Esper" (a participle before a
    name) nor "Indian-American talks" (no determiner before the adjective)."""
    words = linkable.split()
    held_in = _held_in_by_demonym(index)
    for at, word in enumerate(words[:-1]):
        place = held_in.get(word)
        if (
            place is None
            or words[at + 1] not in _EVENT_NOUNS
            or (at > 0 and words[at - 1] not in _EVENT_DETERMINERS)
            or _person_named_at(words, at + 2, index)
        ):
            continue
        return " ".join([*words[:at], words[at + 1], "in", place, *words[at + 2 :]])
    return linkable


# "Rajnath Singh represents Pakistan.", "does Esper represent the US?", "Begin
# represented India": whose side someone is on, asked as "is Singh from Pakistan?", which
# the article's titles answer. Only a country ends the sentence: "Only Pompeo represented
# the US in Tokyo" says more than a side.
_REPRESENTS = re.compile(
    r"^(?:(?P<aux>does|did|do) )?(?P<who>(?:[\w.+-]+ ){1,3}?)"
    r"(?P<verb>represents|represented|represent) (?P<whom>(?:the )?(?:[\w.]+ ){0,1}[\w.]+)"
    r"(?P<end> ?[?.!]?)$"
)


def _representing_as_from(linkable: str) -> str:
    said = _REPRESENTS.match(linkable)
    if (
        said is None
        or not is_country_word(said["whom"].split()[-1])
        or not _WH_WORDS.isdisjoint(said["who"].split())  # "Who represented Australia?"
    ):
        return linkable
    past = said["aux"] == "did" or said["verb"] == "represented"
    return f"{'was' if past else 'is'} {said['who']}from {said['whom']}{said['end']}"


# "Of which country is Mr Singh the defence minister?": the old-fashioned fronted "of" asks
# as "which country is Singh the defence minister of?" does; "of what nature was…" is left.
_FRONTED_OF = re.compile(
    r"^of (?P<wh>which|what) (?P<kind>country|nation|state|government|party|side|body"
    r"|department|ministry|organi[sz]ation|agreement|meeting|dialogue|group)"
    r" (?P<be>is|was|are|were) (?P<rest>.+?)(?P<end> ?[?.!]?)$"
)


def _fronted_of_moved(linkable: str) -> str:
    fronted = _FRONTED_OF.match(linkable)
    if fronted is None:
        return linkable
    asked = f"{fronted['wh']} {fronted['kind']} {fronted['be']} {fronted['rest']}"
    return f"{asked} of{fronted['end']}"


# "that Japanese meeting, Tokyo I think -- who went?": an aside the asker hedges, set off
# before the question; the hedge words only get in the way of reading the aside.
_HEDGED_ASIDE = re.compile(
    r"(?P<aside>,\s*\w[\w.'’ ]{1,30}?)\s+(?:i think|i believe|i guess|i reckon|i suppose"
    r"|iirc|if i remember(?: right(?:ly)?)?|maybe|probably)(?=\s*(?:--|—|–|,|:|;))",
    re.IGNORECASE,
)


def _hedge_in_aside_dropped(text: str) -> str:
    """ "the Delhi meeting, Monday I think -- who was there?" is read as "the Delhi meeting,
    Monday -- who was there?"."""
    return _HEDGED_ASIDE.sub(r"\g<aside>", text)


# "The meeting was in New Delhi, not Washington.", "…in Delhi rather than in Tokyo?": one
# place put up against another; the first settles both (an occasion is held in one place),
# and the "not" belongs to the other, not to the claim.
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_PLACE_NOT_ANOTHER = re.compile(
    rf"^(?P<claim>.*\b(?:in|at) {_PLACE}),? (?:and )?(?:not|rather than|instead of)"
    rf" (?:in |at )?{_PLACE}(?P<end>[.?!]?)$"
)


def _other_place_aside(text: str) -> str:
    other = _PLACE_NOT_ANOTHER.match(text)
    return text if other is None else other["claim"] + other["end"]


# "titles pls. Esper first", "roles, starting with Pompeo": the order to answer in, set off
# after the question; the name is who is asked about (a capitalised name only, so "which
# came first?" and "who got there first?" keep their "first").
_NAMED_FIRST = re.compile(
    rf"(?P<sep>[.,;:\u2014\u2013-] ?)(?:(?:start|starting|begin|beginning) with (?P<start>{_PLACE})"
    rf"|(?P<first>{_PLACE}) first)(?P<end>[.?!]?)$"
)


def _order_asked_dropped(text: str) -> str:
    """The question without its asked order ("titles pls. Esper first" is "titles pls.
    Esper"): the one named first is the one answered about."""
    order = _NAMED_FIRST.search(text)
    if order is None:
        return text
    name = order["start"] or order["first"]
    return f"{text[: order.start()]}{order['sep']}{name}{order['end']}"


# "the cooperation between the services (army, navy...) is mentioned?", "did they talk
# about logistics (supplies etc.)?": examples in brackets only illustrate the noun before
# them; the article is asked about that noun, not about the examples.
_EXAMPLES_ASIDE = re.compile(
    r" ?\((?:e\.?g\.?|i\.?e\.?|for example|for instance|such as|like)?[^()]*?"
    r"(?:\betc\b\.?|\.{2,}|…)\s*\)|"
    r" ?\((?:e\.?g\.?|for example|for instance|such as|like)\b[^()]*\)",
    re.IGNORECASE,
)


# "List the three items … (services, communications, ...)": there the brackets hint at
# the answer asked for, so they stay.
_ASKS_FOR_ITEMS = re.compile(
    r"^\W*(?:list|name|give|tell|enumerate|identify|state|mention|what|which|who)\b",
    re.IGNORECASE,
)


def examples_aside_dropped(text: str) -> str:
    if _ASKS_FOR_ITEMS.match(text):
        return text
    return _EXAMPLES_ASIDE.sub("", text)


# What may follow a noun left singular in a learner's name of an event ("Tokyo talk is
# only two country meeting?", "Tokyo talk, who attend?"): the end, a verb of being, or a
# question word; never an object ("did Japan talk about China?" keeps its verb).
_AFTER_A_NAMED_EVENT = frozenset(
    {"is", "was", "are", "were", "who", "what", "when", "where", "which", "how", "happen"}
)


def _names_an_event(entity: str | None, index: Index) -> bool:
    found = index.factbase.entities.get(entity or "")
    return found is not None and found.kind == "event"


def _plural_name_meant(linkable: str, index: Index) -> str:
    """ "tokyo talk is only two country meeting" → "tokyo talks is…": a word whose plural
    ends a name the article's aliases have, and whose singular ends none, typed without its
    "s" by a speaker whose language marks no plural."""
    words = linkable.split()
    for at, word in enumerate(words):
        if at == 0 or word.endswith("s"):
            continue
        if at + 1 < len(words) and words[at + 1] not in _AFTER_A_NAMED_EVENT:
            continue
        for start in range(max(0, at - 2), at):
            head = tuple(words[start:at])
            named = index.aliases.get((*head, word + "s"))
            # Only an event's name: "India's foreign minister" is one minister, not the
            # "foreign ministers" of the 2+2.
            if (*head, word) not in index.aliases and _names_an_event(named, index):
                words[at] = word + "s"
                break
    return " ".join(words)


def parse(question: str, index: Index) -> Parsed:
    original = _order_asked_dropped(" ".join(fold_quotes(question).split()))
    original = _other_place_aside(original)
    original = _hedge_in_aside_dropped(original)
    linkable = " ".join(_false_friends_meant(_linkable_words(original)))
    linkable = _calques_meant(linkable)
    linkable = _plural_name_meant(linkable, index)
    linkable = _no_part_as_not_part(linkable)
    linkable = _doers_put_first(_name_asked_as_how_called(linkable))
    linkable = _pronoun_subject_inverted(linkable)
    linkable = _us_defense_minister_as_secretary(linkable)
    linkable = _WRITER_AS_ARTICLE.sub("the article", linkable)
    linkable = _ARTICLE_NAMES_AS.sub("is", linkable)
    linkable = _TOPIC_BROUGHT_OUT.sub(r"about \g<topic>", linkable)
    linkable = _SPEECH_DELIVERED.sub(_speech_made, linkable)
    linkable = _RECEIVED_AS_GUEST.sub("hosted", linkable)
    linkable = _VILLAIN_ASKED.sub(r"\g<asked>a threat", linkable)
    linkable = _INITIAL_FOR.sub(r"what does \1\2 stand for", linkable)
    linkable = _representing_as_from(linkable)
    linkable = _event_of_country_as_held_there(linkable, index)
    linkable = _fronted_of_moved(linkable)
    linkable = _SHORT_VERSION.sub("a summary", linkable)
    linkable = _CHARACTERIZED.sub(lambda found: f"describ{found['end']}", linkable)
    linkable = claimsupport.claim_checked(linkable)
    unframed = _SOURCE_SAYS.sub("is it true that ", _may_i_say_as_claim(linkable))
    unframed = _SOURCE_STATES.sub("", unframed)
    unframed = _opinion_weighed(unframed, index)
    unframed = _every_of_kind_listed(unframed)
    unframed = _BOTH_OF_THOSE_WHO.sub(r"who \g<deed>", unframed)
    those_who = _WHO_ARE_THOSE_WHO.match(unframed) or _SAME_FOR_THOSE_WHO.match(unframed)
    if those_who is not None:
        unframed = f"which {those_who['kind']} {those_who['deed']}"
    whose_office = _IMPERATIVE_WHOSE_OFFICE.match(unframed)
    if whose_office is not None:
        unframed = f"who is {whose_office['office']}"
    imperative = _IMPERATIVE_THE.match(unframed)
    if imperative is not None:
        # "Name the agreement." is "what is the agreement?", "name the two chiefs who met…"
        # is "which two chiefs met…?".
        rest = unframed[imperative.end() :].split()
        short = (len(rest) <= 2 or rest[0] == "name") and not _of_a_country(rest)
        if rest[1:2] in (["when"], ["where"]):
            # "Give me the day when Esper met Singh": the clause says what is asked (when),
            # which "which day when…" would hide.
            unframed = "the " + " ".join(rest)
        else:
            lead = "what is the " if short else "which "
            if short and rest[-1] in _PEOPLE_NOUNS:
                lead = "who are the "
            elif short and len(rest) == 2 and rest[0] in _PLURAL_KINDS:
                # "List the countries involved", "name the people present": which of them
                # were, as "which countries were involved?" asks; not "what is the countries
                # involved", which found nothing.
                lead = "which "
            elif (
                len(rest) <= 4
                and re.fullmatch(_HOLDER_OF_OFFICE, rest[-1])
                and not _of_a_country(rest)
            ):
                # "Name the US foreign minister": who holds it, as "who is the US foreign
                # minister?" asks, not "which US foreign minister" (which found a phrase).
                lead = "who is the "
            unframed = lead + " ".join(rest)
    unframed = _title_as_name(unframed)
    figures = _FIGURES_IN.match(unframed)
    if figures is not None:
        # "In what manner does China figure in the article?": the part it plays there.
        unframed = f"what role does {figures['what']} play"
    if _BARE_NAME_OF.match(unframed):
        unframed = f"what is {unframed}"  # "exact name of the agreement?", put as keywords
    total = _HOW_MANY_IN_ALL.match(unframed)
    if total is not None:
        # "How many 2+2s has Esper been to?" "How many in total?": all there have been,
        # not his again.
        unframed = f"how many {total['what'] or ''} have there been".replace("  ", " ")
    unframed = _how_many_fronted(unframed)
    unframed = _outcome_asked(unframed)
    if _WHOLE_ARTICLE.match(unframed):
        unframed = "summarize the article"
    if _WHOSE_WORDS_THOSE_ARE.match(unframed):
        unframed = "who said that"
    unframed = _office_of_named(unframed, index)
    unframed = _said_of_self_asked(unframed)
    # "Tell me what Pompeo said at the press conference": its "did" is put back once the
    # request around it is gone too.
    text = _auxiliary_supplied(_LIST_WHAT.sub("", strip_framing(_auxiliary_supplied(unframed))))
    text = _said_with_what_last_asked(text)
    text = _bare_bound_put(_said_asked_directly(_whether_source_says_dropped(text)))
    text = _blank_at_end_asked(text)
    text = _TAKING_PART_COUNTED.sub(r"\g<ordinal> time", text)
    text = _PARTY_TO.sub(_participant_in, text)
    words = text.split()
    if not _SHORTHAND.keys().isdisjoint(words):
        # "hw many", "wat", "esper n singh": chat shorthand for the words meant; "wer" opens
        # a question as "where", and follows one as "were".
        opens = 1 if words[0] in _LEADING_CONNECTIVES and len(words) > 1 else 0
        words = [_shorthand_meant(words, at, opens) for at in range(len(words))]
        text = " ".join(words)
        words = text.split()  # "defmin" is two words ("defense minister"), linked as two
    if words[:1] == ["whos"]:
        words = ["who", "is", *words[1:]]  # "who's Begin?", not "whose"
        text = " ".join(words)
    words = _track_record_as_experience(words)
    text = " ".join(words)
    come = next((i for i in (0, 1) if words[i : i + 2] == ["how", "come"]), None)
    if come is not None and (come == 0 or words[0] in ("and", "so", "but", "ok", "okay")):
        # "How come they're meeting?" asks why, not how; "come" is no word of the question.
        words = [*words[:come], "why", *words[come + 2 :]]
        text = " ".join(words)
    kept = _counted_order_aside(_demonstrative_person(_form_for_from(words)))
    counted_before = len(kept) < len(words)
    words = kept
    text = " ".join(words)
    fixed_kinds = [_type_word_misspelt(w, index) or w for w in words]
    if fixed_kinds != words:
        words = fixed_kinds  # "quad talk locaton?": where, as "location" asks
        text = " ".join(words)

    if words and words[0] not in index.vocabulary and len(words[0]) >= 3:
        fixed = process.extractOne(words[0], _QUESTION_STARTS, scorer=fuzz.ratio, score_cutoff=75)
        if fixed is None:
            # One edit from exactly one question word ("hwo" is as close to "how" as to
            # "who": left alone).
            near = process.extract(
                words[0], _QUESTION_STARTS, scorer=OSA.distance, score_cutoff=1, limit=None
            )
            fixed = near[0] if len(near) == 1 else None
        if fixed is not None:
            words[0] = str(fixed[0])  # "wher did begin go" → "where …"
            text = " ".join(words)
    words = _did_supplied(words, index)
    text = " ".join(words)
    types = question_type(words)
    if types == ["keyword"] and len(words) == 1 and words[0] in _COUNTRY_KINDS:
        # "countries", "nations" alone after the Tokyo talks: which countries took part,
        # as "which countries?" asks; not the place of the last answer ("In Tokyo, Japan").
        words = ["which", words[0]]
        text, types = " ".join(words), question_type(words)
    if types == ["keyword"] and not _SENT_FOR.isdisjoint(words):
        # "US reps", "indian delegation": who represented the U.S., India.
        words = ["who", "represented", *(w for w in words if w not in _SENT_FOR)]
        text, types = " ".join(words), ["who"]
    tag = _TAG_QUESTION.search(text)
    # "Is it incorrect (false, untrue) that the meeting was in New Delhi?": the claim put
    # up as "is it true that…" would be, with its verdict turned.
    denied = _DENIED_CLAIM.match(text)
    if denied is not None and tag is None:
        text = f"is it true that {text[denied.end() :]}"
        words = text.split()
    claim = _CLAIM.match(text)
    if claim is not None and _subject_not_label(claim.group(0), original):
        claim = None  # "The statement came from India's MoD?": its subject, not a lead
    put_up: list[str] | None = None  # a statement put up for a yes or a no
    if tag is not None and tag.start() > 0:
        # "They met in Delhi, right?", "relations are getting better or not?": the tag itself
        # is neither content nor a negation. A statement names no question word.
        stripped = _REPORTED_LEAD.sub("", text[: tag.start()]).split()
        if claim is not None and claim.group(0).startswith(_STATEMENT_LEADS):
            # "Fact-check: the meeting was on Oct. 27. Correct?": the lead is no content.
            stripped = text[claim.end() : tag.start()].split() or stripped
        if _WH_WORDS.isdisjoint(stripped):
            put_up = stripped
        elif stripped[:2] in (["it", "was"], ["it", "is"]):
            # "It was Begin who joined Pompeo, wasn't it?": a claim about who, as asked.
            text, words, types = " ".join(stripped), stripped, ["yesno"]
        elif tag.group(0) == " or not":
            text, words, types = " ".join(stripped), stripped, question_type(stripped)
    elif claim is not None:
        # "Is it true that Esper met Singh?", "do you think they met in Tokyo?".
        stripped = text[claim.end() :].split()
        statement = claim.group(0).startswith(_STATEMENT_LEADS)
        if stripped and (
            _claim_without_question(stripped) or (statement and _WH_WORDS.isdisjoint(stripped[:1]))
        ):
            # "True or false: one purpose of the partnership is…": a claim, whatever
            # words it has ("purpose" does not make it a why-question).
            put_up = stripped
        elif stripped[:2] in (["it", "was"], ["it", "is"]):
            types = ["yesno"]  # "True or false: it was Esper who…": a claim about who
    elif _cleft_claim(words):
        # "it was esper who met singh.": a claim about who, as "was it Esper who…?" asks.
        put_up = words
    elif (
        (
            types == ["keyword"]
            or _ordinal_time(words)
            or (words and _typed_by_nouns_only(words, types))  # "…took place last month?"
        )
        and (
            _stated_as_question(words, unframed, original, text)
            or _stated_as_sentence(words, unframed, original, index)
        )
        and _asks_no_question_word(words)
        and {"you", "your", "u", "ur"}.isdisjoint(words)
        # "does the article mention?", a premise checked of "which dates does the article
        # mention?", may leave no words at all.
        and bool(words)
        and words[0] not in ("anything", "something", "any", "anyone", "anybody", "whose")
    ):
        # "So the US and India have done four 2+2 dialogues now?": a statement asked as a
        # question is a claim to check.
        put_up = [w for w in _hearsay_dropped(words) if w not in _CLAIM_FILLERS] or words
    if put_up is None and types == ["yesno"] and (omitted := _as_not_mentioned(text)):
        # "Did the DOD statement fail to mention China?" weighs "…not mention China":
        # its "not" turns the verdict (Yes, it does not explicitly mention it).
        put_up = omitted.split()
    if put_up is None and types == ["yesno"] and _NEVER_ASKED.match(text):
        # "Does the DOD statement never name China?", "are relations no longer warming
        # up?": the claim is the negated one, weighed as said (its verdict turned).
        put_up = _NO_LONGER.sub("not", text).split()
    claim_negated = False
    if put_up is not None:
        # "Is it true the DOD statement skipped China?": the claim, as not mentioning it.
        put_up = _skipped_as_not_mentioned(" ".join(put_up)).split()
    if put_up is not None:
        # "…that Esper didn't meet Singh": the claim is weighed as it is said, so its "not"
        # turns the verdict, not the question ("didn't he?" asks as "did he?").
        claim_negated = (not _NEGATION_WORDS.isdisjoint(put_up)) != (
            denied is not None and tag is None
        )
        if _auxiliary_tag(tag):
            # "Esper didn't meet Singh, did he?" is answered of the deed, as "did he?"
            # asks: "Yes" (he did), not a "No" to the claim that reads as agreeing with it.
            claim_negated = False
        put_up = [_UNNEGATED.get(w, w) for w in put_up if w not in ("not", "never")]
        # "…that Singh is India's foreign minister" is asked as "is Singh India's…".
        be = next((i for i, w in enumerate(put_up) if w in COPULAS), 0)
        if be > 0 and _REPORTING_VERBS.isdisjoint(put_up[:be]):
            # ("U.S. officials said the relationship was…": what they said, asked as it is.)
            put_up = [put_up[be], *put_up[:be], *put_up[be + 1 :]]
        put_up = _described_as_dropped(put_up)
        text, words, types = " ".join(put_up), put_up, ["yesno"]
    if (
        types[0] in ("what", "keyword")
        and (
            _WHICH_ONE_IS_THIS.search(text)
            or (_WHICH_OCCASION.match(text) and _THIS_TIME.search(original.lower()))
        )
        and (not ORDINAL_WORDS.isdisjoint(words) or _WHICH_OCCASION.match(text))
    ):
        # "Which 2+2 is this for Esper: first, second, third?": a count, the options aside.
        words = [w for w in words if w not in ORDINAL_WORDS]
        text, types = " ".join(words), ["how_many"]
    if types == ["how_many"] and len(words) == 3 and _ARTICLE_NAMES_COUNTED.match(original.lower()):
        # "How many countries does the article mention?": the framing went, and with it
        # that the count is of those the article names (five), not of any one event's.
        words = [*words, "mentioned"]
        text = " ".join(words)
    parsed = Parsed(text=text, words=words, qtype=types[0], types=types)
    parsed.true_false = claim is not None and claim.group(0).startswith("true or false")
    parsed.claim_negated = claim_negated
    parsed.counted_before = counted_before
    parsed.of_the_article = _THE_ARTICLE_NAMED.search(original.lower()) is not None
    parsed.set_against = _SET_AGAINST.search(original.lower()) is not None
    if (claim_against := _CLAIM_SET_AGAINST.match(original.lower())) is not None:
        parsed.against = (claim_against["claim"], claim_against["other"])
    if types == ["how_many"] and (
        _WHICH_ONE_IS_THIS.search(text) or _THIS_TIME.search(original.lower())
    ):
        parsed.counted = term("time")  # which occasion, not how many of anything
    parsed.negated = bool(_NEGATION.search(text))
    parsed.neither_nor = _NEITHER_NOR.search(text) is not None
    parsed.bare_bound = _BARE_BOUND.match(unframed) is not None
    parsed.wants_year = bool(_ASKS_YEAR.search(text))
    parsed.wants_duration = bool(_ASKS_DURATION.search(text))
    parsed.wants_clock = bool(_ASKS_CLOCK.search(text))
    parsed.wants_date = bool(_ASKS_DATE.search(text)) and not _ARTICLES_DATING_ACCEPTED.search(
        normalise(original)
    )
    name = _NAME_PART.search(text)
    if _INITIAL_ASKED.search(text):
        # "what is the T in mark t esper?": what his middle initial stands for, his middle
        # name, which the article does not give (not who he is).
        parsed.wants_name = True
        parsed.name_part = "middle"
    elif (
        name
        and not (name.group(1) or name.group(2) or name.group(3))
        and (_NAME_OF.search(text) or _NAME_AT_END.search(text))
    ):
        # "what is the name of the US defence secretary?", "what's the minister's name?"
        parsed.wants_name = True
    elif text in _BARE_NAME_ASKED:
        parsed.wants_name = True  # "who met singh?" "names?": his name, not "by name"
    elif name and (name.group(1) or name.group(2) or name.group(3)):
        parsed.wants_name = True
        part = name.group(1) or name.group(2) or (name.group(3) and "middle initial")
        parsed.name_part = {
            "given": "first",
            "christian": "first",
            "family": "last",
            "surname": "last",
        }.get(part, part)
    # "According to the statement, who is the threat?": whose word it is leaves the
    # question as plain a "who is …?" as without it.
    unsourced = _SOURCE_PHRASE.sub("", text).strip()
    parsed.copula = bool(
        _COPULA_WHO.match(
            unsourced,
        )
        or _WHO_ENDS_WITH_BE.match(unsourced)
    )
    if any(
        w.endswith(("ing", "ed")) or w in IRREGULAR or w in _RELATIONAL
        for w in unsourced.split()[2:]
    ):
        # "who was singh meeting with?", "who was Singh's counterpart?": not "who was X?"
        parsed.copula = False
    if unsourced.split()[-1:] == ["by"] and not _GIVEN_OCCASIONS.isdisjoint(unsourced.split()):
        parsed.copula = False  # "who was the press conference by?": who gave it
    parsed.singular = bool(_SINGULAR_WHO.match(text))
    parsed.one_person = bool(_ONE_PERSON.match(text))
    qualifier = _TITLE_QUALIFIER.search(text)
    parsed.title_qualifier = qualifier[1] if qualifier is not None else None
    # "Which challenges in particular?": "in particular" is framing, gone from the text by
    # now, but it asks for the detail as "specifically" does.
    parsed.wants_detail = bool(_ASKS_DETAIL.search(text)) or bool(
        _IN_PARTICULAR.search(original.lower()) and _WHICH_OPENS.match(text)
    )
    parsed.asks_action = bool(
        _ASKS_ACTION.match(
            text,
        )
    )
    parsed.asks_means = bool(_ASKS_MEANS.match(original.lower()))
    parsed.places_kept = bool(_CITIES_OR_REGIONS.search(original.lower()))
    parsed.lists_occasions = bool(
        _OCCASIONS_LISTED.match(original.lower()) or _EVERY_OCCASION_LISTED.match(original.lower())
    )
    parsed.lists_things = bool(_EVERY_THING_LISTED.search(original.lower()))
    parsed.wants_other = bool(_ASKS_OTHER.search(text))
    parsed.companion_only = parsed.wants_other and not re.search(_ASKS_BESIDES, text)
    if parsed.wants_other and parsed.qtype in ("who", "who_is"):
        parsed.wanted_kind = "person"  # "who else attended?": people, not the statement
    for match in _WHICH_PHRASE.finditer(text):
        if match.group(0).startswith("which") and _relative_which(text[: match.start()].split()):
            continue  # "…give of areas in which Esper and Singh agreed…": no one asked
        if _name_given_asked(text[: match.start()].split(), match.group(0).split()):
            continue  # "what US officials called the relationship": what they called it
        phrase = match.group(1).split()
        for offset, word in enumerate(phrase):
            if word in _AUXILIARIES:
                break  # "what did the two men…": the noun after the verb is the subject
            if word == "of" and offset > 0 and phrase[offset - 1] not in _PARTITIVE:
                break  # "which spheres of cooperation the ministers…": spheres are asked
            if offset == 0 and word in _DETERMINERS and match.group(0).startswith("what"):
                break  # "explain what the two men praised": they are who did it, not the answer
            at = len(text[: match.start(1)].split()) + offset
            if (
                (word,) in index.aliases
                and at + 1 < len(words)
                and KIND_NOUNS.get(words[at + 1]) == "place"
            ):
                # "which Indian city…": a city in India; the city is what is asked.
                parsed.within = index.aliases[(word,)]
                parsed.wanted_kind = "place"
                parsed.focus.update((at, at + 1))
                break
            if word.endswith(("an", "ans", "ese", "ish")) and (word,) in index.aliases:
                # "which American…", "which Indian official…": a person of that country.
                following = KIND_NOUNS.get(words[at + 1] if at + 1 < len(words) else "")
                # "which American department…": a body of that country, not a person.
                parsed.wanted_kind = following if following == "organisation" else "person"
                if at + 1 < len(words) and words[at + 1] in NATIONAL_THINGS:
                    parsed.wanted_kind = "thing"  # "which Indian services…": theirs, no one
                parsed.nationality = index.aliases[(word,)]
                # "which American defence secretary…": who that describes is the answer.
                parsed.focus.add(at)
                if following in ("person", "organisation"):
                    parsed.focus.add(at + 1)  # "which American official": any official
                break
            if word in SORT_WORDS:
                # "What kind of nations could work together?": the kind is the answer (free
                # nations), not any nation; the noun stays a word of the question.
                at = _compound_head(words, len(text[: match.start(1)].split()) + offset + 2)
                parsed.sort_of = term(words[at]) if at < len(words) else None
                break
            following = phrase[offset + 1] if offset + 1 < len(phrase) else ""
            if word in _RANKS_OF_PEOPLE and following not in KIND_NOUNS:
                # "which deputy visited New Delhi?": a person, and "deputy" is part of the
                # title the answer must have (no deputy met Singh). "Which deputy
                # secretary…" is read by "secretary".
                parsed.wanted_kind = parsed.wanted_kind or "person"
                break
            if word == "place" and offset > 0 and phrase[offset - 1] in _TAKE_FORMS:
                break  # "what talks took place in Tokyo?": talks are asked, not a place
            if word in _THING_NOUNS:
                break  # "which things the two men agreed on": things, not the men
            if word == "time" and parsed.qtype == "how_many":
                parsed.counted = term(word)  # "which time is this for Esper?": an ordinal
                break
            kind = KIND_NOUNS.get(word) or _KIND_BY_TERM.get(term(word)) or _kind_misspelt(word)
            if kind is not None or word in TYPE_WORDS:
                parsed.wanted_kind = parsed.wanted_kind or kind
                at = len(text[: match.start(1)].split()) + offset
                parsed.focus.add(at)
                if at + 1 < len(words) and words[at + 1] in KIND_NOUNS:
                    parsed.focus.add(at + 1)  # "which rival power…": one kind, two words
                break
        else:
            continue
        break

    kind_that = _WHAT_IS_THE_KIND.match(text)
    if kind_that is not None and parsed.wanted_kind is None and kind_that[1] in KIND_NOUNS:
        # "What's the organisation that issued the statement?": one of that kind is asked.
        parsed.wanted_kind = KIND_NOUNS[kind_that[1]]
        parsed.focus.add(3)
    by_whom = _BY_WHOM.search(text) or _WHO_DOES.match(text)
    done = next((g for g in by_whom.groups() if g), None) if by_whom is not None else None
    if done in _SOURCE_VERBS:
        done = "posed"
    parsed.done_by = term(done) if done is not None else None
    numbered = _NUMBERED.match(text)
    parsed.numbered = (numbered[1], term(numbered[2])) if numbered is not None else None
    taking_part = _WHICH_TOOK_PART.match(text)
    if parsed.numbered is None and taking_part is not None and not parsed.wants_other:
        # "Which countries took part in the Tokyo talks?": all of them, as a count lists them
        parsed.numbered = ("", term(taking_part[1]))
    counted = _COUNTED_PHRASE.search(text)
    counted_at = -1
    if counted and counted.group(1).split()[0] in _COUNT_ELIDED:
        counted = None  # "how many have the countries had?": of what was just counted
    if counted and parsed.counted is None:
        phrase = counted.group(1).split()
        for offset, word in enumerate(phrase):
            if word not in STOPWORDS and not word.isdigit() and word != "2plus2":
                if word not in KIND_NOUNS and phrase[offset + 1 : offset + 2] in (
                    [w] for w in KIND_NOUNS
                ):
                    # "how many quad countries?": countries, of the Quad.
                    offset, word = offset + 1, phrase[offset + 1]
                elif _describes_next(phrase, offset):
                    # "how many ministerial dialogues?": dialogues, not ministers.
                    offset, word = offset + 1, phrase[offset + 1]
                parsed.counted = term(word)
                counted_at = len(text[: counted.start(1)].split()) + offset
                break
    _link(parsed, original, index)
    _group_narrowed_by_country(parsed, index)
    _capitals_for_countries(parsed, index)
    if counted_at >= 0:
        counted_at = _past_nationality(parsed, index, counted_at)
        # "How many 2+2 talks…": "talks" is part of the name of what is counted, so a fact
        # about that thing counts it whatever noun it uses itself.
        parsed.counted_entity = next(
            (link.entity for link in parsed.entities if link.start <= counted_at < link.end),
            None,
        )
    for link in parsed.entities:
        entity = index.factbase.entities.get(link.entity)
        if (
            entity is not None
            and entity.kind in ("organisation", "country")
            and parsed.nationality is None
            and link.start > 0
            and any(w in ("which", "other") for w in words[max(0, link.start - 2) : link.start])
            and KIND_NOUNS.get(words[link.end] if link.end < len(words) else "") == "person"
        ):
            # "Which senior State Department official…": a person of that body.
            parsed.nationality = link.entity
            parsed.wanted_kind = "person"
            parsed.focus.update(range(link.start, link.end + 1))
        if (
            entity is not None
            and entity.kind in ("country", "place")
            and parsed.within is None
            and link.end in parsed.focus
            and KIND_NOUNS.get(words[link.end] if link.end < len(words) else "") == "place"
        ):
            # "Which South Asian city…": a city in South Asia; the city is what is asked.
            parsed.within = link.entity
            parsed.focus.update(range(link.start, link.end))
        if (
            link.start > 0
            and words[link.start - 1] == "which"
            and entity is not None
            and entity.kind == "person"
            and not _relative_which(words[: link.start - 1])  # "areas in which Esper…"
        ):
            # "Which Pentagon chief travelled to New Delhi?": the person that description
            # names is the answer, not something the question already gives.
            parsed.focus.update(range(link.start, link.end))
            parsed.wanted_kind = parsed.wanted_kind or "person"
    if parsed.within is not None:
        # Only where the answer lies, not what the question is about: "Begin's visit".
        parsed.entities = [
            link
            for link in parsed.entities
            if link.entity != parsed.within or link.start not in parsed.focus
        ]
    if parsed.qtype == "keyword" and parsed.wanted_kind is None and words[:1] != ["whose"]:
        # "quad countries" wants countries; "whose threat did … free nations…" does not
        for position, word in enumerate(words):
            if word in KIND_NOUNS:  # "quad countries": the countries are what is wanted
                parsed.wanted_kind = KIND_NOUNS[word]
                parsed.focus.add(position)
                break
    parsed.stand_in = _stand_in(parsed, index)
    if parsed.qtype in ("who", "who_is") and parsed.nationality is None:
        _from_country(parsed, index)
        _represented(parsed, index)
    # "Who was the Indian minister Esper met with?": the person so described is the answer.
    # A description takes "the"; "who is Mark Esper meeting?" asks about Esper.
    described_at = (
        3
        if words[:1] == ["who"]
        and words[1:2] in (["is"], ["was"], ["are"], ["were"])
        and words[2:3] == ["the"]
        else -1
    )
    parsed.described = {
        link.entity
        for link in parsed.entities
        if any(link.start <= i < link.end for i in parsed.focus)
        # "Who were the two men that…": a group named in a who-question is what is asked.
        or (link.group is not None and parsed.qtype in ("who", "who_is"))
        # "Who was the US defense secretary meeting?": the one so described is the subject.
        or (
            link.start == described_at
            and link.end < len(words)
            and not words[link.end].endswith("ing")
        )
        or _in_capacity(parsed, words, link.start)
        or _names_whose_statement(parsed, words, link.end)
    }
    _counterpart_owner(parsed, original, index)
    _exclusions(parsed)
    _told_before_asking_else(parsed, index)
    _others_of_their_kind(parsed, index)
    _destination(parsed, index)
    parsed.goes_where = _goes_where(parsed)
    _content(parsed, original, index)
    _going_to_an_event_as_attending(parsed, index)
    _anchors_aside(parsed)
    if parsed.counted == _TIME and (
        _WHICH_ONE_IS_THIS.search(text) or _THIS_TIME.search(original.lower())
    ):
        if _TIME not in parsed.terms:
            parsed.terms.append(_TIME)  # "which one was it for Esper?": the how-many-th time
    elif parsed.counted == _TIME and parsed.qtype == "how_many":
        # "How many times have the U.S. and India held a 2+2?": "times" is what is counted,
        # not what the fact must say.
        parsed.terms = [t for t in parsed.terms if t != _TIME]
    parsed.asks_speech = bool(_SPEECH.search(_CLAIM_SAY_LEAD.sub("", unframed)))
    parsed.wants_quote = bool(_QUOTE_ASKED.search(original.lower()))
    parsed.asks_relevance = bool(_RELEVANCE_ASKED.search(original.lower()))
    # "wat did India say?": chat shorthand is read as the words meant.
    spoke = _SPEAKER.search(unframed.lower()) or _SPEAKER.search(text)
    if spoke is not None:
        # Framing took "say about" out of the text; the speaker is read before that.
        said_by = f" {spoke.group(1)} "
        parsed.speakers = {
            link.entity for link in parsed.entities if f" {link.text.lower()} " in said_by
        }
        parsed.pronoun_speaks = spoke.group(1) in ("he", "she")
    if not parsed.speakers:
        parsed.speakers = _according_to(parsed, index)
        parsed.as_source = bool(parsed.speakers)
    claim_put_up = (
        _place_put_up(parsed, original, index)
        or _value_put_up(parsed, original)
        or _member_put_up(parsed, original, index)
        or _members_put_up(parsed, original, index)
    )
    if claim_put_up is not None:
        return parse(claim_put_up, index)
    if parsed.qtype == "yesno" and not parsed.wants_name:
        # "Is this Esper's first 2+2?": the ordinal is what is checked, not a word to match.
        for word in words:
            if word in ORDINAL_WORDS:
                parsed.ordinal = word
                parsed.terms = [t for t in parsed.terms if t != term(word)]
                parsed.unknown = [w for w in parsed.unknown if w != word]
                break
    return parsed


# Where something was, as a keyword query puts it: "mtg loc Delhi", "quad venue Canberra?".
_PLACE_ASKED = frozenset(w for w, kind in TYPE_WORDS.items() if kind == "where")
_WHERE_KINDS = frozenset({"place", "country", "organisation"})


def _place_put_up(parsed: Parsed, original: str, index: Index) -> str | None:
    """ "mtg loc Dehli?", "Pompeo presser @ Pentagon?", "quad in Canberra?": a keyword query
    naming a place after the word for where (or after "in"/"at", asked with "?") puts up
    that place, to be checked as "was the meeting in Delhi?" is; None when it is no such
    query."""
    if parsed.qtype not in ("keyword", "where") or not _WH_WORDS.isdisjoint(parsed.words):
        return None
    asked = _TRAILING_SYMBOLS.sub("", original).endswith("?")
    words = parsed.words
    at = next(
        (
            i
            for i, w in enumerate(words)
            if w in _PLACE_ASKED or (asked and w in ("in", "at") and parsed.qtype == "keyword")
        ),
        None,
    )
    if not at:
        return None
    rest = words[at + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    if not rest or all(w in STOPWORDS for w in words[:at]):
        return None
    kind = _place_kind(parsed, at, rest, index)
    if kind is None:
        return None
    preposition = (
        words[at] if words[at] in ("in", "at") else "at" if kind == "organisation" else "in"
    )
    return f"was {' '.join(words[:at])} {preposition} {' '.join(rest)}?"


# Who can take part in an event, and the events one takes part in: "aus in quad?".
_MEMBER_KINDS = frozenset({"country", "person"})
_JOINS_EVENT = frozenset({"in", "at"})


def _member_put_up(parsed: Parsed, original: str, index: Index) -> str | None:
    """ "aus in quad?", "india at the 2+2?": a keyword query, asked with "?", that names a
    country or a person, then "in" or "at" and an event, and nothing else, puts up that
    they took part, to be checked as "was Australia in the Quad?" is; None when it is no
    such query."""
    words = parsed.words
    if (
        parsed.qtype != "keyword"
        or len(parsed.entities) != 2
        or not _TRAILING_SYMBOLS.sub("", original).endswith("?")
    ):
        return None
    who, event = sorted(parsed.entities, key=lambda link: link.start)
    at = who.end
    if who.start != 0 or at >= len(words) or words[at] not in _JOINS_EVENT:
        return None
    opens = at + 2 if words[at + 1 : at + 2] == ["the"] else at + 1
    kinds = index.factbase.entities
    if (
        event.start != opens
        or event.end != len(words)
        or kinds[who.entity].kind not in _MEMBER_KINDS
        or kinds[event.entity].kind != "event"
    ):
        return None
    return f"was {' '.join(words[:at])} {words[at]} {' '.join(words[at + 1 :])}?"


# Words that may join the members put up together ("esper n pompeo both"), and words an
# event's name may trail off into ("the tokyo quad thing").
_JOINING_MEMBERS = frozenset({"and", "both", "all", "too", "also"})
_EVENT_TRAILING = frozenset({"the", "that", "thing", "things", "thingy", "stuff", "one", "in"})


def _members_put_up(parsed: Parsed, original: str, index: Index) -> str | None:
    """ "esper n pompeo both at the tokyo quad thing?", "india and japan in the quad?": a
    keyword query, asked with "?", that names several people or countries, then "in" or
    "at" and an event (with its place, or "thing"), puts up that they all took part, to be
    checked as "were Esper and Pompeo both at the Tokyo talks?" is; None otherwise."""
    words = parsed.words
    if parsed.qtype != "keyword" or not _TRAILING_SYMBOLS.sub("", original).endswith("?"):
        return None
    at = next((i for i, w in enumerate(words) if w in _JOINS_EVENT), None)
    if not at:
        return None
    kinds = index.factbase.entities
    named = [link for link in parsed.entities if link.start >= 0]
    members = [link for link in named if link.end <= at]
    after = [link for link in named if link.start > at]
    if (
        len({link.entity for link in members}) < 2
        or any(kinds[link.entity].kind not in _MEMBER_KINDS for link in members)
        or not any(kinds[link.entity].kind == "event" for link in after)
        or any(kinds[link.entity].kind not in ("event", "place") for link in after)
        or not _only_these_words(words[:at], members, _JOINING_MEMBERS)
        or not _only_these_words(words, after, _EVENT_TRAILING, start=at + 1)
    ):
        return None
    return f"were {' '.join(words[:at])} {words[at]} {' '.join(words[at + 1 :])}?"


def _only_these_words(
    words: list[str], links: list[Linked], allowed: frozenset[str], start: int = 0
) -> bool:
    """Whether every word from `start` on is one of the links' or an allowed one."""
    covered = {i for link in links for i in range(link.start, link.end)}
    return all(i in covered or words[i] in allowed for i in range(start, len(words)))


def _value_put_up(parsed: Parsed, original: str) -> str | None:
    """ "mtg on tues?", "mtg oct 27?", "esper 1st 2+2?": a keyword query asked with "?" that
    ends on a day or a date, or has an ordinal, puts up that value, to be checked as "was
    the meeting on Tuesday?" is; None when it is no such query."""
    words = parsed.words
    if (
        parsed.qtype != "keyword"
        or len(words) < 2
        or not _WH_WORDS.isdisjoint(words)
        # "came first: the Tokyo talks or the meeting?" puts up a choice, not one value
        or "or" in words
        or not _TRAILING_SYMBOLS.sub("", original).endswith("?")
    ):
        return None
    dated = (
        words[-1] in WEEKDAYS
        or words[-1] in MONTHS
        or (words[-1].isdigit() and words[-2] in MONTHS)
    )
    if not dated and ORDINAL_WORDS.isdisjoint(words):
        return None
    return f"was {' '.join(words)}?"


def _place_kind(parsed: Parsed, at: int, rest: list[str], index: Index) -> str | None:
    """The kind of what the words after "loc", "in" or "at" name, if they name a place, a
    country or a body and nothing else ("Dehli", "the Pentagon"); a capitalised name the
    article never uses ("Canberra") is taken for a place."""
    named = [link for link in parsed.entities if link.start > at]
    if not named:
        # After "loc" any word the article never uses names a place ("mtg loc mumbai");
        # after "in" only a name does ("quad in Canberra?", not "meeting in person?").
        names = parsed.unknown if parsed.words[at] in _PLACE_ASKED else parsed.unknown_names
        return "place" if set(rest) <= set(names) and len(rest) <= 2 else None
    kind = index.factbase.entities[named[0].entity].kind
    if (
        len(named) != 1
        or named[0].end != len(parsed.words)
        or named[0].end - named[0].start != len(rest)
    ):
        return None
    return kind if kind in _WHERE_KINDS else None


_INSTANCE_ORDER = frozenset("earlier previous prior later".split())
# Nouns that ask why: "the stated aim" is the aim, not something said.
_PURPOSE_NOUNS = frozenset(
    "purpose purposes aim aims goal goals reason reasons objective rationale".split()
)


def _according_to(parsed: Parsed, index: Index) -> set[str]:
    """ "According to Singh, who poses the threat?", "who poses the threat per the Pentagon?":
    whose words the answer must be. A person or body, not the article or its headline, which
    framing has already taken out or which name no one."""
    words = parsed.words
    for at in range(len(words) - 1):
        if words[at : at + 2] == ["according", "to"] or (
            words[at] == "per" and (at == 0 or words[at - 1] == "as")
        ):
            opens = at + (2 if words[at] == "according" else 1)
            if opens < len(words) and words[opens] == "the":
                opens += 1
            if words[opens : opens + 1] == ["statement"]:
                return _statement_authors(index)  # "according to the statement, who…?"
            return {
                link.entity
                for link in parsed.entities
                if link.start == opens
                and (entity := index.factbase.entities.get(link.entity)) is not None
                and entity.kind in _SPEAKING_KINDS
            }
    return set()


def _statement_authors(index: Index) -> set[str]:
    """Whoever the article says issued a statement: the sources of its reported facts."""
    return {
        e
        for fact in index.sayers.values()
        if _STATEMENT in fact.quote.text.lower().split()
        and (who := fact.roles.get("who")) is not None
        for e in who.entities
    }


# A country speaks through its government: "according to India" asks for India's account.
_SPEAKING_KINDS = frozenset({"person", "organisation", "group", "country"})
_STATEMENT = "statement"
_ACCORDING_TO_WHOM = prefilter.compile(r"^(?:according to|as per|per|says|said by) (?:whom|who)\b")
# "Is it accurate to say…", "would I be right in saying…": the asker's saying, not
# someone's speech asked about ("would it be fair to say this was Esper's first 2+2?").
_CLAIM_SAY_LEAD = prefilter.compile(
    r"^(?:is it|would it be|could it be|would i be|am i) \w+ (?:to|in) (?:say|saying|state"
    r"|stating)\b"
)
_SPEECH = prefilter.compile(
    r"(?<!\bthe )(?<!\btokyo )(?<!\bpeace )\btalk\b"
    r"|\b(?:say|said|says|mention|mentions|mentioned|talked|talking|speak|spoke|speaking"
    r"|quoted|discuss|discussed"
    r"|stated|remark|remarked|named|naming|cited|citing)\b"
    # "Who has communicated this?", "who announced the agreement?": whose words tell it.
    r"|\b(?:announced|announces|communicated|communicates)\b"
    # "Who reported the Tokyo talks?": whose report tells it, as "who announced…" asks.
    r"|^(?:who|which \w+) (?:has |had )?(?:reported|reports)\b"
    # "Who is that phrase attributed to?", "whose wording is it?": who said those words.
    r"|\b(?:phrase|phrases|phrased|phrasing|wording|worded)\b"
    r"|\baccording to (?:which|what|whom|who)\b"
)
# "What did China say?", "what has the Pentagon said about…": who is asked to have spoken.
_QUOTE_ASKED = prefilter.compile(
    r"\b(?:quotes?|quoted|quotation|own words|exact words|verbatim|word for word)\b"
)
_RELEVANCE_ASKED = prefilter.compile(
    r"\b(?:relevant|relevance|important|matters?|angle|connection|link)\b"
    r"|\b(?:bring|brings|brought|bringing) (?:\w+ ){0,2}(?:up|in)\b"
    r"|\b(?:comes?|came) (?:up|in|into (?:it|this|the story))\b"
    r"|\bmention (?:it|that|this|them) at all\b|\b(?:got|have|has) to do with\b"
)
_TRAILING_SYMBOLS = prefilter.compile(r"[^\w?!.,;:)\]\"'’”]+$")
_WHAT_IS_THE_KIND = prefilter.compile(
    r"^(?:what|which) (?:is|was|are|were) the (\w+) (?:that|which|who)\b"
)
_SPEAKER = prefilter.compile(
    r"^(?:what|how) (?:did|does|do|has|have|had) (.+?) (?:say|said|state|stated|announce"
    r"|announced|tell|told|claim|claimed|comment|commented|respond|responded|react|reacted)\b"
)
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last"})
_TIME = term("time")
_WHICH_OCCASION = prefilter.compile(
    r"^(?:which|what) (?:one|time|number|occasion|round|2plus2(?: dialogue| meeting| talks)?)\b"
)
# "Which one is Esper's participation this time?": "this time" (framing, and dropped, when
# it ends a question) says the occasion's number is asked, as "which one is this" does.
_THIS_TIME = prefilter.compile(
    # "…, and which one is Esper's?": whose occasion it is, so its number, as "this time".
    r"\b(?:this|that) time\W*$|^\W*(?:and )?(?:which|what) one (?:is|was) \w+(?:'s|’s)\W*$"
)
_WHICH_ONE_IS_THIS = prefilter.compile(
    r"^(?:which|what)\b.*\b(?:is|was|would be) (?:this|that|it)\b"
)


def _compound_head(words: list[str], at: int) -> int:
    """Where the noun a "kind of" asks about ends: "what kind of global security
    challenges?" asks of challenges (the first plural, at most two words on), "what kind of
    nations could…?" of nations, "what kind of agreement did…?" of the agreement."""
    for end in range(at, min(at + 3, len(words))):
        word = words[end]
        if end > at and (word in _AUXILIARIES or word in STOPWORDS):
            break
        if word.endswith("s") and not word.endswith("ss"):
            return end
    return at


# "take place": an event happening, no place asked ("which meeting took place first?").
_TAKE_FORMS = frozenset(("take", "takes", "took", "taken", "taking"))
_AUXILIARIES = frozenset(
    "did does do is are was were has have had can could will would should may might must".split()
)
_QUESTION_STARTS = ("who", "whom", "what", "when", "where", "which", "why", "how", "whose")
_QUESTION_STARTS_SET = frozenset(_QUESTION_STARTS)

KIND_NOUNS = {
    "country": "country",
    "countries": "country",
    "nation": "country",
    "nations": "country",
    "power": "country",
    "powers": "country",
    "adversary": "country",  # "which adversary is targeted?": a country, not a word of it
    "adversaries": "country",
    "rival": "country",
    "rivals": "country",
    "person": "person",
    "people": "person",
    "official": "person",
    "officials": "person",
    "minister": "person",
    "ministers": "person",
    "leader": "person",
    "leaders": "person",
    "man": "person",
    "guy": "person",
    "bloke": "person",
    "men": "person",
    "individual": "person",
    "individuals": "person",
    "secretary": "person",
    "organization": "organisation",
    "organizations": "organisation",
    "department": "organisation",
    "organ": "organisation",
    "agency": "organisation",
    "body": "organisation",
    "institution": "organisation",
    "city": "place",
    "town": "place",
    "place": "place",
    "region": "place",
    "agreement": "agreement",
    "deal": "agreement",
    "pact": "agreement",
    "accord": "agreement",
    "event": "event",
    "events": "event",
    "occasion": "event",
}
# Nouns for what was done or said, asked for by "which things…": the scan for a kind of
# answer stops there ("list the things the two men agreed on" asks what, not who).
_THING_NOUNS = frozenset("thing things stuff item items point points matters issues".split())
# Words before "two" that make it stand for two already named: "the two", "those two".
_TWO_AS_THEM = frozenset({"the", "these", "those", "both", "all", "and"})
# Words that rank ("the two largest democracies", "the two biggest"), as one-word lists.
_RANKING_WORDS = [
    [w] for w in "largest biggest greatest most oldest best top leading foremost major main".split()
]
_KIND_BY_TERM = {term(word): kind for word, kind in KIND_NOUNS.items()}
_RANKS_OF_PEOPLE = frozenset({"deputy", "deputies"})
_EXCLUDE = prefilter.compile(
    r"\b(?:besides|except(?: for)?|apart from|aside from|other than|in addition to|"
    r"not counting|excluding)\s*(?:\w+ing\s*)?(?:the\s*)?$"  # "other than signing BECA"
)
# Words that join the names of one list: "besides the US and India".
_LIST_JOINS = frozenset({"and", "or", "the", "&"})


# "Singh's counterpart", "the Indian minister's American counterpart": the owner's last word.
_OWNED_COUNTERPART = re.compile(r"([\w.]+)(?:'s|s'|')\s+(?:[\w.]+\s+)?counterparts?\b")
_COUNTERPART_OF = prefilter.compile(r"\bcounterparts? of(?: the)?$")


def _in_capacity(parsed: Parsed, words: list[str], start: int) -> bool:
    """Whether a who-question names someone only as the capacity the doer acted in: in
    "who visited New Delhi as deputy secretary of state?" the title is the one asked for."""
    before = words[: start - 1] if words[start - 1 : start] == ["the"] else words[:start]
    return parsed.qtype == "who" and before[-1:] == ["as"]


# Words for what a body puts out: "the DoD statement", "the Pentagon's press release".
_ISSUED_NOUNS = frozenset("statement statements release readout communique".split())


def _names_whose_statement(parsed: Parsed, words: list[str], end: int) -> bool:
    """Whether a who-question names its answer only as whose statement it asks about: in
    "who put out the defence ministry statement?" the ministry is the one asked for, as
    "who issued the statement?" would answer."""
    after = words[end + 1 :] if words[end : end + 1] == ["s"] else words[end:]
    return parsed.qtype == "who" and after[:1] != [] and after[0] in _ISSUED_NOUNS


def _counterpart_owner(parsed: Parsed, original: str, index: Index) -> None:
    """ "Who is the Indian minister's counterpart?", "the counterpart of the American
    secretary": whose counterpart names the other side, so its owner is not the one asked,
    as a bare "the Indian counterpart" is."""
    words = parsed.words
    if "counterpart" not in words and "counterparts" not in words:
        return
    owned = _OWNED_COUNTERPART.search(original.lower())
    at = next(i for i, w in enumerate(words) if w in ("counterpart", "counterparts"))
    owner = -1
    if owned is not None:
        last = normalise(owned[1]).split()[-1:]
        owner = max((i for i in range(at) if words[i : i + 1] == last), default=-1)
    for link in parsed.entities:
        owns = (owner >= 0 and link.start <= owner <= link.end) or _COUNTERPART_OF.search(
            " ".join(words[: link.start])
        )
        if not owns:
            continue
        kind = (entity := index.factbase.entities.get(link.entity)) and entity.kind
        # "the Indian minister's": "Indian" is the owner's country, not the one asked for.
        demonyms = {index.aliases.get((w,)) for w in words[link.start : link.end]}
        if kind == "country" or parsed.nationality in demonyms:
            parsed.other_side_of = link.entity if kind == "country" else parsed.nationality
            if parsed.nationality == parsed.other_side_of:
                parsed.nationality = None
        parsed.described.discard(link.entity)
        parsed.focus.difference_update(range(link.start, link.end))


# Going somewhere, the place its object ("who visited India?") or after "to" ("who flew to
# Tokyo?", "who has been to Japan?", "who made a trip to South Asia?").
_GOING_OBJECT = frozenset("visit visits visited visiting toured tour".split())
_GOING_TO = frozenset(
    "go goes going went gone come comes came coming travel travels travelled traveled"
    " travelling traveling fly flies flew flown flying head heads headed heading journeyed"
    " trip trips visit visits visited visiting been returned".split()
)
_PARTICLES = frozenset("over out back down up off".split())  # "who went over to Japan?"
# "Who spoke at the State Department before going to South Asia?": that going is when he
# spoke, not what is asked of who went.
_SUBORDINATE = frozenset(
    "before after prior ahead when while during following since until on of about from for"
    " at in by with".split()
)


def _destination(parsed: Parsed, index: Index) -> None:
    """ "Who went to Australia?": only someone the article has going there, not someone at
    an event Australia took part in elsewhere; "who went for the US?" names no place."""
    if parsed.qtype != "who" and parsed.wanted_kind != "person":
        return  # "which American visited Australia?" asks for a person too
    # "Which secretary of defense went to India?": a name's own "of" opens no clause.
    named = {
        at for link in parsed.entities if link.start >= 0 for at in range(link.start, link.end)
    }
    for link in parsed.entities:
        entity = index.factbase.entities.get(link.entity)
        if entity is None or entity.kind not in ("place", "country"):
            continue
        verb = _going_verb_before(parsed.words[: link.start])
        if verb is not None and _SUBORDINATE.isdisjoint(
            w for at, w in enumerate(parsed.words[:verb]) if at not in named
        ):
            parsed.destination = link.entity


def _going_to_an_event_as_attending(parsed: Parsed, index: Index) -> None:
    """ "Who goes to a 2+2?", "who went to the quadripartite talks?": going to an event is
    taking part in it (the foreign and defense ministers), not the travel of whoever the
    article has visiting ("Esper meets with Singh in New Delhi")."""
    if parsed.qtype != "who":
        return
    for link in parsed.entities:
        entity = index.factbase.entities.get(link.entity)
        if entity is None or entity.kind != "event" or link.start < 0:
            continue
        before = parsed.words[: link.start]
        if before[-1:] in (["a"], ["an"]):
            before = before[:-1]
        verb = _going_verb_before(before)
        if verb is None or parsed.words[verb] in _NOT_GOING:
            continue
        went = term(parsed.words[verb])
        parsed.terms = [_ATTEND if t == went else t for t in parsed.terms]
        if parsed.done_by == went:
            parsed.done_by = _ATTEND


_ATTEND = term("attend")


# Words opening a clause that says when the asked event happened ("…when he spoke").
_TIME_CLAUSE = frozenset("when while as before after during since until following".split())
# "a press conference about his trip", "where has he been": no going asked
_NOT_GOING = frozenset({"trip", "trips", "visit", "visits", "been"})
_OWNERS = frozenset("his her their its the a an this that".split())


_RELATIVE_PREPOSITIONS = frozenset("in of on at by with for from under through during".split())


# Verbs that give something a name or a description: "called it …", "described it as …".
_NAMING = frozenset(
    "call calls called term terms termed dub dubs dubbed label labels labelled labeled"
    " describe describes described characterize characterizes characterized".split()
)
# Where a naming verb's object ends and what says when or where it was said begins.
_ADJUNCT_STARTS = frozenset(
    "before prior ahead after during in at on when while earlier recently".split()
)


def _name_given_asked(before: list[str], phrase: list[str]) -> bool:
    """ "What US officials called the U.S.-India relationship before the 2+2", "the
    relationship was described as what by officials": the name or description given is
    asked, not which officials gave it ("which officials called it significant?")."""
    if before[-1:] == ["as"] or (before and before[-1] in _NAMING):
        return True  # "described as what by officials", "called what by officials"
    if phrase[:1] != ["what"]:
        return False
    verb = next((i for i, w in enumerate(phrase) if w in _NAMING), None)
    if verb is None or verb < 2 or KIND_NOUNS.get(phrase[verb - 1]) != "person":
        return False
    rest = phrase[verb + 1 :]
    end = next((i for i, w in enumerate(rest) if w in _ADJUNCT_STARTS), len(rest))
    # The naming verb's object, with no name after it: "the us india relationship".
    return 1 <= end <= 5 and rest[:1] == ["the"] and "as" not in rest[:end]


def _relative_which(before: list[str]) -> bool:
    """ "in which" deep in a question that a wh-word has opened already opens a relative
    clause, not the question asked ("…posed by which country?" ends one that has none)."""
    return (
        len(before) >= 4
        and before[0] in ("what", "which", "who", "name", "list", "give")
        and before[-1] in _RELATIVE_PREPOSITIONS
    )


def _destination_asked(words: list[str]) -> bool:
    """ "…was before a trip to where?", "before heading where?": "where" ends a going of its
    own, so that going's destination is asked, whatever clause the going stands in."""
    at = words.index("where") if "where" in words else -1
    if at < 2:
        return False
    if words[at - 1] == "to":
        return words[at - 2] in _GOING_TO
    return words[at - 1] in _GOING_TO and words[at - 1] not in _NOT_GOING


def _goes_where(parsed: Parsed) -> bool:
    """A where-question whose own verb is a going, before any clause saying when."""
    if parsed.qtype != "where":
        return False
    if _destination_asked(parsed.words):
        return True
    for at, word in enumerate(parsed.words):
        if word in _TIME_CLAUSE:
            return False
        if word in _GOING_TO and word not in _NOT_GOING and parsed.words[at - 1] not in _OWNERS:
            after = parsed.words[at + 1 : at + 3]
            # "Where did he go to speak?": a purpose, with the place where he spoke
            return not (after[:1] == ["to"] and len(after) > 1 and after[1] not in _TIME_CLAUSE)
    return False


def _going_verb_before(before: list[str]) -> int | None:
    """Where the verb of going is whose destination follows these words, if it is."""
    if before[-1:] == ["the"]:
        before = before[:-1]
    if before[-1:] in (["to"], ["into"]):
        if before[-2:-1] and before[-2] in _PARTICLES:
            before = before[:-2] + before[-1:]
        if before[-2:-1] and before[-2] in _GOING_TO:
            return len(before) - 2
    elif before[-1:] and before[-1] in _GOING_OBJECT:
        return len(before) - 1
    return None


def _exclusions(parsed: Parsed) -> None:
    """ "Who besides Esper…": an entity the question sets aside is not what it is about."""
    set_aside: Linked | None = None
    for link in sorted(parsed.entities, key=lambda link: link.start):
        before = " ".join(parsed.words[: link.start])
        joined = set_aside is not None and (
            link.start <= set_aside.start
            or _LIST_JOINS.issuperset(parsed.words[set_aside.end : link.start])
        )
        if (link.start > 0 and _EXCLUDE.search(before)) or joined:
            # "besides the US and India": every name of the list is set aside.
            parsed.excluded.add(link.entity)
            set_aside = link


def _told_before_asking_else(parsed: Parsed, index: Index) -> None:
    """ "Esper visited New Delhi. Who else did?": the people the asker names before "who
    else" are the ones set aside, not the place they went to."""
    words = parsed.words
    asking = next(
        (
            i
            for i in range(1, len(words) - 1)
            if words[i] in ("who", "whom") and words[i + 1] == "else"
        ),
        None,
    )
    if asking is None:
        return
    for link in parsed.entities:
        entity = index.factbase.entities.get(link.entity)
        if (
            link.start >= 0
            and link.end <= asking
            and entity is not None
            and entity.kind == "person"
        ):
            parsed.excluded.add(link.entity)


def _others_of_their_kind(parsed: Parsed, index: Index) -> None:
    """ "Who else took part besides the US and India?": the others are what those set aside
    are, countries here, as "besides Esper" asks for people."""
    if not parsed.wants_other or parsed.wanted_kind not in (None, "person"):
        return
    kinds = {
        entity.kind
        for e in parsed.excluded
        if (entity := index.factbase.entities.get(e)) is not None
    }
    if kinds == {"country"}:
        parsed.wanted_kind = "country"
        parsed.described -= parsed.excluded  # set aside, not the subject asked about


def _represented(parsed: Parsed, index: Index) -> None:
    """ "Who represented Japan?", "the Indian side was represented by whom?": a person of
    that country, not anyone who took part."""
    # "Who attended the Tokyo talks for Australia?": on Australia's behalf.
    on_behalf = [
        link
        for link in parsed.entities
        if _on_behalf_before(parsed.words[: link.start])
        # "…for Australia", "went for Australia in Tokyo": the place after is where
        and (link.end == len(parsed.words) or parsed.words[link.end] in ("in", "at", "to"))
    ]
    if parsed.nationality is not None or not (
        any(w.startswith("represent") for w in parsed.words) or on_behalf
    ):
        return
    countries = [
        link
        for link in (on_behalf or parsed.entities)
        if (entity := index.factbase.entities.get(link.entity)) is not None
        and entity.kind == "country"
    ]
    if len(countries) == 1:
        parsed.nationality = countries[0].entity
        parsed.wanted_kind = parsed.wanted_kind or "person"
        parsed.focus.update(range(countries[0].start, countries[0].end))


def _on_behalf_before(before: list[str]) -> bool:
    """Whether the words before a name say it is whose side: "for Australia", "for the U.S."
    ("who was there for the US in Delhi?"), "on behalf of India"."""
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-1:] == ["for"] or before[-2:] == ["behalf", "of"]


# Nouns for a person that, after a nationality, stand for someone of that country: "the
# American fellow", "the Indian official", "the visitor from Washington". No verbs ("host").
_STAND_IN_NOUNS = frozenset(
    "fellow fellows fella guy guys man men gentleman gentlemen lady ladies woman women chap"
    " chaps bloke blokes dude person official officials minister ministers secretary"
    " visitor visitors guest guests delegate delegates representative representatives envoy"
    " diplomat diplomats leader leaders politician side individual delegation team"
    " contingent".split()
)
_STAND_IN_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
# What may follow a bare demonym used as a noun: "who met the American?", "the Indian in
# Delhi", "whom did the Indian meet?" (a verb).
_AFTER_DEMONYM = frozenset("in at on during with to from for".split())
# Endings of a people's name, not a country's: "American", "Indians", "Japanese" ("Japan" no).
_DEMONYM_ENDS = ("ian", "ians", "can", "cans", "ese")
_BE = frozenset({"is", "was", "are", "were", "s"})


def _stand_in(parsed: Parsed, index: Index) -> StandIn | None:
    """ "Who did the American fellow meet?", "who met the Indian?", "who hosted the visitor
    from Washington?": words for an unnamed person of a country, and where they are, when
    that person is a side of what is asked ("who was the American fellow meeting?") rather
    than who is asked ("who was the American fellow?", "which Indian official…")."""
    words = parsed.words
    for link in parsed.entities:
        entity = index.factbase.entities.get(link.entity)
        if entity is None or entity.kind != "country":
            continue
        if _EXCLUDE.search(" ".join(words[: link.start])):
            continue  # "who else was there besides the Americans?": set aside, not a side
        starts = {other.start for other in parsed.entities}
        span = _national_noun(words, link, starts, index) or _noun_from(words, link)
        if span is None:
            continue
        start, end = span
        if start and words[start - 1] in ("or", "and"):
            return None  # "which minister went, the American or the Indian?": options
        if start and words[start - 1] in ("from", "on", "for"):
            return None  # "who went from the American side?": someone of that side is asked
        if any(w.startswith("represent") for w in words):
            return None  # "the Indian side was represented by whom?": its person is asked
        if parsed.focus.intersection(range(start, end)):
            return None  # "which American official met Singh?": the one asked
        following = words[end] if end < len(words) else ""
        owner = following in _RELATIONAL  # "who was the Indian official's guest?"
        asked_who = words[:1] in (["who"], ["whom"]) and words[1:2] and words[1] in _BE
        if asked_who and start == 2 and not following.endswith("ing") and not owner:
            return None  # "who was the American fellow (that met Singh)?": him
        return StandIn(link.entity, start, end, owner)
    return None


def _national_noun(
    words: list[str], link: Linked, starts: set[int], index: Index
) -> tuple[int, int] | None:
    """ "the American fellow", "an Indian official", "the Indian": the span, if these are.
    Not "the American defense chief", which names someone itself."""
    # "The American fellow met whom?": a "the" opening the question is gone by now.
    opening = link.start == 0
    if (not opening and words[link.start - 1] not in _STAND_IN_DETERMINERS) or link.end in starts:
        return None
    start = link.start if opening else link.start - 1
    following = words[link.end] if link.end < len(words) else ""
    if following in _STAND_IN_NOUNS:
        return start, link.end + 1
    demonym = link.end - link.start == 1 and words[link.start].endswith(_DEMONYM_ENDS)
    # "whom did the Indian meet?", "who the American met": a verb after it, not a noun.
    verb = (
        following.endswith("ed")
        or following in IRREGULAR
        or (words[max(0, start - 1) : start] in (["did"], ["does"], ["do"], ["will"]))
    ) and term(following) in index.predicate_terms
    if demonym and (not following or following in _AFTER_DEMONYM or verb):
        return start, link.end
    return None


def _noun_from(words: list[str], link: Linked) -> tuple[int, int] | None:
    """ "the visitor from Washington", "the guy from the US": the span, if these are."""
    at = link.start - 1 if link.start and words[link.start - 1] == "the" else link.start
    if (
        at >= 3
        and words[at - 1] == "from"
        and words[at - 2] in _STAND_IN_NOUNS
        and words[at - 3] in _STAND_IN_DETERMINERS
    ):
        return at - 3, link.end
    return None


_NOT_FROM_A_COUNTRY = frozenset(
    "threat threats danger dangers challenge challenges pressure aggression rivalry tension"
    " tensions competition".split()
)


# Words for the people asked that "of" a country makes that country's: "who else of India",
# "anyone of the U.S.", "someone of Japan".
_WHO_OF = frozenset({"who", "else", "anyone", "someone", "anybody", "somebody", "others"})


def _from_country(parsed: Parsed, index: Index) -> None:
    """ "Who went from the US?", "who was there from India?": people of that country."""
    for link in parsed.entities:
        if parsed.stand_in is not None and parsed.stand_in.end == link.end:
            continue  # "who hosted the visitor from Washington?": he is hosted, not asked
        before = parsed.words[max(0, link.start - 2) : link.start]
        if before[-2:-1] and before[-2] in _WHO_OF and before[-1] == "of":
            # "Who else of India was there?" (¿quién más de la India?): from India.
            before = [*before[:-1], "from"]
        entity = index.factbase.entities.get(link.entity)
        at = len(before) - 1 - before[::-1].index("from") if "from" in before else -1
        thing = parsed.words[link.start - len(before) + at - 1] if at >= 0 else ""
        if thing in _NOT_FROM_A_COUNTRY:
            continue  # "a threat from China" is no one from China
        if entity is not None and entity.kind == "country" and "from" in before:
            parsed.nationality = link.entity
            parsed.wanted_kind = parsed.wanted_kind or "person"
            parsed.focus.update(range(link.start, link.end))
            return


def _capitalised_in(original: str, word: str) -> bool:
    """True if `word` appears capitalised in the question other than as its first word."""
    return any(
        _capitalised_mid_sentence(original, start, end)
        for start, end in _whole_word_places(original, word)
    )


def _whole_word_places(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `word` stands in `text` as a whole word (no letter, digit,
    underscore or hyphen either side), case aside. Plain ASCII, nearly every question, is
    searched as a string: a pattern per word was compiled for every question's words."""
    if not (text.isascii() and word.isascii()):
        pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            yield match.start(), match.end()
        return
    lowered, target = text.lower(), word.lower()
    at = lowered.find(target)
    while at >= 0:
        end = at + len(target)
        if not _joined(lowered, at - 1) and not _joined(lowered, end):
            yield at, end
        at = lowered.find(target, at + 1)


def _joined(text: str, at: int) -> bool:
    """The character at `at` would make a word run on: a letter, digit, "_" or "-"."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


def _capitalised_mid_sentence(original: str, start: int, end: int) -> bool:
    found = original[start:end]
    if (found[:1].isupper() and not found.isupper()) or (found.isupper() and len(found) > 1):
        before = original[:start].rstrip()
        return bool(before) and before[-1] not in ".?!:\"'("
    return False


_AUXILIARY_OPENERS = frozenset("did do does will would can could should".split())
_PRONOUN_SUBJECTS = frozenset("they he she we you i".split())


def _verb_after_pronoun_subject(words: list[str], at: int) -> bool:
    """ "did they sing?": the word where the verb stands, after an auxiliary and a pronoun,
    is a verb, not a slip for a name ("Singh")."""
    return at == 2 and words[0] in _AUXILIARY_OPENERS and words[1] in _PRONOUN_SUBJECTS


def _link(parsed: Parsed, original: str, index: Index) -> None:
    words = parsed.words
    used = [False] * len(words)
    # Exact aliases, longest first: only the lengths of aliases that start with each word.
    for start, end, entity in index.alias_spans(
        words,
        lambda position: (
            _common_alias_ok(parsed, original, position, index)
            or _an_option_beside_a_person(words, position, index)
        ),
    ):
        group = entity if entity in index.members else None
        for member in index.expand(entity):
            parsed.entities.append(
                Linked(member, " ".join(words[start:end]), 100.0, start, end, group)
            )
        for i in range(start, end):
            used[i] = True
    # Fuzzy aliases for words we do not know: typos of names ("espr", "rajnat sing"). Two
    # unknown words side by side share their pair: it is compared once.
    compared: dict[str, list[tuple[str, float, str]]] = {}
    for i, word in enumerate(words):
        if (
            used[i]
            or word in index.vocabulary
            or word in STOPWORDS
            or len(word) < 3
            or word.isdigit()
            # "the two air forces": a common word of three letters is itself, not a slip
            # for an alias one letter longer ("the pair"); a name's slip has more to go on.
            or (len(word) == 3 and word in COMMON_WORDS)
            or _a_word_of_its_own(words, i, used, index, parsed.entities)
            or _verb_after_pronoun_subject(words, i)
        ):
            continue
        best: tuple[float, str, str, int, int] | None = None
        spans = [(i, i + 1)]
        # A neighbour only if it could be part of a name: a stop word, or a word the facts
        # use that no alias has ("meet" in "where did Vokeli meet Krithous…"), is not.
        if i + 1 < len(words) and not used[i + 1] and _may_name(words[i + 1], index):
            spans.append((i, i + 2))
        if i > 0 and not used[i - 1] and _may_name(words[i - 1], index):
            spans.append((i - 1, i + 1))
        ambiguous: list[str] = []
        for start, end in spans:
            phrase = " ".join(words[start:end])
            hits = compared.get(phrase)
            if hits is None:
                # Only aliases that could reach the cutoff (by length and shared letters) are
                # compared.
                texts, owners = index.aliases_like(phrase, ENTITY_CUTOFF)
                hits = compared[phrase] = [
                    (str(alias), float(score), owners[position])
                    for alias, score, position in process.extract(
                        phrase, texts, scorer=fuzz.ratio, score_cutoff=ENTITY_CUTOFF, limit=4
                    )
                ]
            if not hits:
                continue
            hits = [h for h in hits if _words_align(words[start:end], h[0])]
            if not hits:
                continue
            top_alias, top_score, top_entity = hits[0]
            rivals = [h for h in hits[1:] if h[2] != top_entity]
            if rivals and top_score - rivals[0][1] < ENTITY_MARGIN:
                ambiguous = [top_entity, rivals[0][2]]
                continue
            if best is None or top_score > best[0]:
                best = (top_score, top_entity, top_alias, start, end)
        if best is not None and _country_of_its_own(original, word, best[1], index):
            best = None  # "Japan, India and Austria": Austria is no Australia
        if best is not None and _everyday_for_everyday(words[best[3] : best[4]], best[2]):
            best = None  # "are any women mentioned?": no slip for "two men"
        if best is not None:
            score, entity, alias, start, end = best
            for member in index.expand(entity):
                parsed.entities.append(
                    Linked(member, " ".join(words[start:end]), score, start, end)
                )
            parsed.corrections.append((" ".join(words[start:end]), alias))
            for j in range(start, end):
                used[j] = True
        elif ambiguous:
            parsed.ambiguous.append((word, ambiguous))
    parsed.entities.sort(key=lambda link: link.start)
    parsed.used = used


def _group_narrowed_by_country(parsed: Parsed, index: Index) -> None:
    """ "India's defence boss", "the American defense chief": a country right before a group's
    title ("defense chief" is both chiefs) picks the one member of that country, and the
    country is only his description, not a side of what is asked."""
    entities = index.factbase.entities
    links = parsed.entities
    for country in [link for link in links if link.group is None]:
        if getattr(entities.get(country.entity), "kind", "") != "country":
            continue
        group = [link for link in links if link.group and link.start == country.end]
        ours = [
            link
            for link in group
            if country.entity in getattr(entities.get(link.entity), "part_of", ())
        ]
        if len(group) < 2 or len(ours) != 1:
            continue
        text = " ".join(parsed.words[country.start : ours[0].end])
        kept = replace(ours[0], text=text, start=country.start, group=None)
        parsed.entities = [
            kept if link is ours[0] else link
            for link in links
            if link is not country and (link is ours[0] or link not in group)
        ]
        return


# Words of the ties between countries, in which a capital stands for its country.
_RELATION_WORDS = frozenset("relations relationship relationships ties tie tensions".split())
# Words that ask about a place as a place: "did relations warm after the New Delhi meeting?".
_ASKED_AS_A_PLACE = frozenset(
    "in at held meeting meet met visit visited trip where city venue talks".split()
)


def _capitals_for_countries(parsed: Parsed, index: Index) -> None:
    """ "Beijing's relationship with New Delhi": in talk of ties between countries, a city
    one of them belongs to stands for that country."""
    words = set(parsed.words)
    if _RELATION_WORDS.isdisjoint(words) or not _ASKED_AS_A_PLACE.isdisjoint(words):
        return
    entities = index.factbase.entities
    for at, link in enumerate(parsed.entities):
        entity = entities.get(link.entity)
        if entity is None or entity.kind != "place":
            continue
        countries = [c for c in entity.part_of if getattr(entities.get(c), "kind", "") == "country"]
        if len(countries) == 1:
            parsed.entities[at] = replace(link, entity=countries[0])


def _country_of_its_own(original: str, word: str, entity: str, index: Index) -> bool:
    """An English word fuzzily like a country or place the article has is a place or word of
    its own: "Austria" is not "Australia", nor, lower-case, "does esper speak hindi" of India.
    Lower-case, a word one keystroke from the name may still be its slip ("was chins at the
    quad talks?")."""
    kind = getattr(index.factbase.entities.get(entity), "kind", "")
    return (
        kind in ("country", "place")
        and word not in index.alias_words
        and not _of_a_known_name(word, index)
        and index.speller.knows(word)
        and (_capitalised_in(original, word) or not _a_keystroke_from_its_name(word, entity, index))
    )


def _a_keystroke_from_its_name(word: str, entity: str, index: Index) -> bool:
    """Whether `word` is one slip from one of the entity's names ("chins" of "China"),
    where "hindi" (two from "India") is a word of its own."""
    found = index.factbase.entities.get(entity)
    names = found.all_aliases if found is not None else ()
    return any(OSA.distance(word, name.lower()) <= 1 for name in names)


_DO_WORDS = frozenset("do does did will would can could should has have had".split())


# Words before a noun, never before a slip of a person's name.
_DETERMINERS = frozenset("a an the this that these those its their our your my".split())


def _a_word_of_its_own(
    words: list[str], at: int, used: list[bool], index: Index, linked: list[Linked]
) -> bool:
    """An English word that no alias has, where it reads as itself and not as a name: the verb
    after a subject already named ("did Singh sing?", "did Rajnath sing at the meeting?" has
    no second Singh), where "who did Rajnath Sing meet?" has its verb still to come."""
    word = words[at]
    if word in index.alias_words or not index.speller.knows(word):
        return False
    # "that South Asia swing": the determiner before a place's name too; not before a
    # person's ("the Rajnath Sigh meeting" is a slip of his name).
    people = {
        i
        for link in linked
        if index.factbase.entities[link.entity].kind == "person"
        for i in range(link.start, link.end)
    }
    noun_phrase = at
    while noun_phrase > 0 and used[noun_phrase - 1] and noun_phrase - 1 not in people:
        noun_phrase -= 1
    if noun_phrase > 0 and words[noun_phrase - 1] in _DETERMINERS:
        return True  # "other stops on that South Asia swing?": a swing, no Singh
    after = words[at + 1] if at + 1 < len(words) else ""
    # "did Esper and Singh sing?": the names right after "did" (not "is": "who is rajnat
    # sing" names him; nor after a verb: "when did espr meet rajnath sing").
    start = at
    while start > 0 and (used[start - 1] or words[start - 1] == "and"):
        start -= 1
    named_before = start < at and start > 0 and words[start - 1] in _DO_WORDS
    return bool(named_before) and (not after or after in STOPWORDS)


def _may_name(word: str, index: Index) -> bool:
    """Whether a word next to an unknown one could be part of the same name."""
    if word in STOPWORDS:
        return False
    return word not in index.vocabulary or word in index.alias_words


def _words_align(words: list[str], alias: str) -> bool:
    """Each word of a fuzzy span resembles some word of the alias: "rajnat sing" is
    "rajnath singh", but "defense budget" is not "defense dept"."""
    targets = alias.split()
    # A word three letters longer or shorter than its match is another word ("southeast" is
    # not "south"), not a slip of the keys.
    return all(
        any(fuzz.ratio(w, t) >= WORD_ALIGN and abs(len(w) - len(t)) <= 2 for t in targets)
        for w in words
    )


# Words after which a word that is also a name ("begin") is someone met, hosted or joined,
# never the verb: "begin" after "met" or "with" cannot begin anything. No "-ing" forms:
# "did the meeting begin on Monday?" is the meeting's beginning.
_TAKES_A_PERSON = frozenset(
    "met meet meets host hosts hosted see saw seen welcome welcomed greet greeted join"
    " joined accompany accompanied receive received invite invited visit visited with by"
    " than".split()
)


def _past_verb(word: str) -> bool:
    """A past-tense verb or a copula, as follows a subject ("visited", "went", "was")."""
    return word.endswith("ed") or word in IRREGULAR or word in COPULAS


# Verbs in their bare form that a person does, typed straight after a name by learners
# and phone typers ("begin meet who in delhi", "begin also visit delhi?"): "begin" the
# verb never takes one of them bare.
_BARE_ACTS = frozenset(
    "meet visit go travel come fly see talk discuss say tell hold sign attend praise want"
    " agree welcome".split()
)
# Verbs in the present tense that say where a person works or whom they stand for, as
# follow a name ("Begin works for which department?", "Begin serves in which
# department?"): "begin" the verb is never followed by one of them.
_PRESENT_ROLES = frozenset("works serves belongs reports represents heads leads".split())
# Adverbs that may stand between such a name and its verb ("begin also visit delhi").
_BEFORE_ACT = frozenset("also ever really even recently just then".split())


def _bare_act_after(words: list[str], start: int) -> bool:
    """Whether the word after `start` (past one adverb) is a bare verb of a person's act."""
    rest = words[start + 1 : start + 3]
    if rest[:1] and rest[0] in _BEFORE_ACT:
        rest = rest[1:]
    return bool(rest) and rest[0] in _BARE_ACTS


# Words that may join the people a bare claim opens with: "pompeo and esper both go…".
_SUBJECT_JOINERS = frozenset("and both also the".split())


def _did_supplied(words: list[str], index: Index) -> list[str]:
    """ "pompeo and esper both go to tokyo", "esper go to tokyo": people named, then a bare
    verb of what a person does, and no question word: a yes-or-no question typed without
    its "did" ("did pompeo and esper both go to tokyo?")."""
    if not words or words[0] in _QUESTION_STARTS or words[0] in _AUXILIARIES:
        return words
    if not _QUESTION_STARTS_SET.isdisjoint(words) or not TYPE_WORDS.keys().isdisjoint(words):
        # "begin meet who in delhi" asks whom, "biegun visit location" where, not whether
        return words
    verb_at = next((i for i, w in enumerate(words[1:5], 1) if w in _BARE_ACTS), None)
    if verb_at is None:
        return words
    named = [w for w in words[:verb_at] if w not in _SUBJECT_JOINERS]
    entities = index.factbase.entities
    people = [index.aliases.get((w,)) for w in named]
    if not named or not all(e is not None and entities[e].kind == "person" for e in people):
        return words
    if not any((w,) in index.aliases for w in words[verb_at + 1 :]):
        return words  # "Begin visit destination": keywords, with nothing claimed of him
    return ["did", *words]


def _everyday_for_everyday(typed: list[str], alias: str) -> bool:
    """Everyday words taken for an alias of other everyday words, split or run together:
    "women" is itself, not a slip for "two men" (the group of Esper and Singh). A slip for
    a name has a name to go on ("sing" for "singh"), and "asian" is still of "Asia"."""
    meant = alias.lower().split()
    return (
        len(meant) != len(typed)
        and all(w in COMMON_WORDS for w in typed)
        and all(w in COMMON_WORDS for w in meant)
    )


# Casual words for a person, as follow a name ("who's this begin bloke?", "that begin
# fella"): "begin" the verb is never followed by one of them.
_PERSON_NOUNS = frozenset("bloke blokes guy fella fellow chap geezer dude lad".split())


# Aliases that are everyday words but, after "the", can only be the name in talk of this
# article ("the quad" is the Quad; "the state", "the party" may be any).
_NAMES_AFTER_THE = frozenset({"quad"})


def _joined_to_a_person(words: list[str], start: int, index: Index) -> bool:
    """Whether the word at `start` is joined by "and" to a person's name, either side:
    "Begin and Singh met…", "did Singh and Begin meet?" ("did the talks begin and end?"
    joins it to no one, so "begin" stays the verb)."""
    entities = index.factbase.entities

    def person(at: int) -> bool:
        if not 0 <= at < len(words):
            return False
        entity = index.aliases.get((words[at],))
        return entity is not None and entities[entity].kind == "person"

    after = words[start + 1 : start + 2] == ["and"] and person(start + 2)
    return after or (start >= 2 and words[start - 1] == "and" and person(start - 2))


def _common_alias_ok(parsed: Parsed, original: str, start: int, index: Index) -> bool:
    word = parsed.words[start]
    if _capitalised_in(original, word):
        return True
    if re.search(rf"\b{re.escape(word)}['’]s\b", original, re.IGNORECASE):
        return True  # "whats begin's job title": a name, owning something
    before = parsed.words[start - 1] if start else ""
    if before in ("secretary", "deputy", "mr", "minister"):
        return True
    if re.search(rf"\b{re.escape(word)}\s*,\s*(?:the|a|an)\s[^,?]+,", original, re.IGNORECASE):
        return True  # "Begin, the Deputy Secretary of Defense, visited…?": a name, then who
    after = parsed.words[start + 1] if start + 1 < len(parsed.words) else ""
    if before in _AUXILIARIES and after:
        # "what did begin discuss?", "what did begin talk about in delhi": right after "did"
        # with more to come, it is the subject ("did the talks begin" puts it last).
        return True
    if not before and _past_verb(after):
        return True  # "Begin visited Tokyo, didn't he?": a subject before its past-tense verb
    if not before and _bare_act_after(parsed.words, start):
        return True  # "begin meet who in delhi": a subject before a verb left bare
    if not before and after in _PRESENT_ROLES:
        return True  # "Begin works for which department?": a subject before its verb
    then = parsed.words[start + 2] if start + 2 < len(parsed.words) else ""
    if not before and after.endswith("ly") and _past_verb(then):
        return True  # "Begin recently visited Tokyo?": the same, with an adverb between
    if not before and after in ("has", "had") and _past_verb(then):
        return True  # "Begin has met Singh also?": a subject before its perfect tense
    if not before and after in ("did", "does") and then in _BARE_ACTS:
        return True  # "Begin didn't visit Tokyo?" ("begin did visit tokyo"): the subject
    if start == 1 and before in COPULAS:
        return True  # "is Begin the Secretary of State?": the subject after the verb
    if before in _TAKES_A_PERSON:
        return True  # "who met begin?", "did singh host begin?", "with begin": an object
    if _joined_to_a_person(parsed.words, start, index):
        return True  # "Begin and Singh met in New Delhi.": one of two people named
    if after in _PERSON_NOUNS:
        return True  # "who's this begin bloke": a name before the word for a person
    if before == "the" and word in _NAMES_AFTER_THE:
        return True  # "was the quad just US, Japan and India?": the Quad, typed lower-case
    if (
        before in ("the", "this", "that")
        and after in ("called", "named")
        and parsed.words[-1:] == [after]
    ):
        return True  # "what's the partnership called?": the thing whose name is asked
    # "who is begin?" / "begin?" / "begin title": no question word or verb that "begin"
    # could be the verb of.
    rest = [w for w in parsed.words if w not in STOPWORDS and w != word]
    return not rest or parsed.qtype == "keyword"


_ORDER_WORDS = frozenset({"before", "after", "following", "prior", "ahead", "since"})
# Words that set two options side by side: "Begin or Esper", "Esper vs Begin".
_OPTION_JOINERS = frozenset({"or", "vs", "versus", "nor"})


def _an_option_beside_a_person(words: list[str], start: int, index: Index) -> bool:
    """ "Which of them is from the State Department, Begin or Esper?": a word that is also a
    name ("begin"), offered as the other option to a person, is that person's name."""
    for joiner, other in ((start - 1, start - 2), (start + 1, start + 2)):
        if 0 <= other < len(words) and words[joiner] in _OPTION_JOINERS:
            entity = index.aliases.get((words[other],))
            if entity is not None and index.factbase.entities[entity].kind == "person":
                return True
    return False


def _anchors_aside(parsed: Parsed) -> None:
    """ "Where did Pompeo travel after the press conference?": what the event is placed
    against ("the press conference") is not what it is; its words count for less."""
    words = parsed.words
    for at, word in enumerate(words[1:], 1):
        if word not in _ORDER_WORDS or at >= len(words) - 1:
            continue
        anchor = {term(w) for w in words[at + 1 : at + 4] if w not in STOPWORDS}
        moved = [t for t in parsed.terms if t in anchor]
        if moved and len(moved) < len(parsed.terms):
            order = term(word)
            parsed.terms = [t for t in parsed.terms if t not in anchor and t != order]
            parsed.span_terms.extend(moved)


_PLACE_WORDS: WeakKeyDictionary[Index, frozenset[str]] = WeakKeyDictionary()


def _place_words(index: Index) -> frozenset[str]:
    """The words of the names of places (cities, regions), once per index."""
    words = _PLACE_WORDS.get(index)
    if words is None:
        entities = index.factbase.entities
        words = frozenset(
            w
            for key, owner in index.aliases.items()
            if owner in entities and entities[owner].kind == "place"
            for w in key
        )
        _PLACE_WORDS[index] = words
    return words


def _base_form(word: str, index: Index) -> str | None:
    """An unknown word's base form that the facts or the paraphrases know ("reasons",
    "countering", "described"), if it has one."""
    for suffix, replacement in (
        ("s", ""),
        ("es", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("d", ""),
    ):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            base = word[: -len(suffix)] + replacement
            if base in SYNONYMS or base in index.vocabulary:
                return base
    return None


def _past_nationality(parsed: Parsed, index: Index, at: int) -> int:
    """ "How many Indian officials…": a country before the noun only says whose they are,
    so the noun is what is counted (not India, which a fact about India would count).
    Returns where the counted word now is."""
    country = next(
        (
            link
            for link in parsed.entities
            if link.start == at and index.factbase.entities[link.entity].kind == "country"
        ),
        None,
    )
    words = parsed.words
    after = country.end if country is not None else len(words)
    if after >= len(words) or words[after] in STOPWORDS or not words[after].isalpha():
        return at
    parsed.counted = term(words[after])
    return after


def _counting_two(words: list[str], at: int) -> bool:
    """ "The world's two largest democracies": "two" counts what follows a noun it comes
    after, rather than standing for two just named ("the two", "these two")."""
    if words[at] != "two" or at == 0:
        return False
    # "Who are the two largest democracies?" after "Who met Singh?": a superlative after
    # "the two" says which two of all, not the two just named.
    return words[at - 1] not in _TWO_AS_THEM or words[at + 1 : at + 2] in _RANKING_WORDS


def _content(parsed: Parsed, original: str, index: Index) -> None:
    used = parsed.used
    # Place names in a group's name ("Washington and New Delhi" for the two sides) say who,
    # not where: they are no words to match ("the two sides" still are).
    grouped = {i for link in parsed.entities if link.group for i in range(link.start, link.end)}
    places = _place_words(index) if grouped else frozenset()
    for i, word in enumerate(parsed.words):
        if used[i]:
            if (
                word not in STOPWORDS
                and word in index.vocabulary
                and not (i in grouped and word in places)
            ):
                parsed.span_terms.append(term(word))
            continue
        for kind, pronouns in PRONOUNS.items():
            if word in pronouns and not _counting_two(parsed.words, i):
                parsed.pronouns.add(kind)
        if word in _DEAL_MADE and parsed.wanted_kind == "agreement":
            # "what agreement did they make/conclude?": the article has them agree on it
            # and reach it, so a deal made is either.
            parsed.terms += [term("agree"), term("reach")]
            continue
        if word in STOPWORDS or word in NEUTRAL:
            continue
        if word in ("government", "governmental") and i + 1 in parsed.focus:
            continue  # "which government body…": a kind of body, as "body" alone asks
        if word in _TAKE_FORMS and parsed.words[i + 1 : i + 2] == ["place"]:
            continue  # "where were the talks taking place?": happening, as "took place" is
        if word in _EVENT_HELD and parsed.qtype in ("where", "when"):
            continue  # "which city hosted the Quad talks?": where they were, as "held" asks
        if word in _PUT_DOWN_TO and parsed.qtype in ("who", "who_is"):
            continue  # "who is the remark attributed to?": who made it, as "who" asks
        if word in _WORDING_NOUNS and parsed.qtype in ("who", "who_is"):
            continue  # "who is that phrase attributed to?": who said it, as "said" asks
        if _words_pointed_at(parsed.words, i):
            continue  # "who are the two largest democracies in that quote?": where, not speech
        if word in COMMON_WORD_ALIASES and term(word) not in index.predicate_terms:
            continue  # "when did the talks begin?": the verb, and not a word about Begin
        if i in parsed.focus or TYPE_WORDS.get(word) in (*parsed.types, "keyword"):
            continue  # "city" in "which city…" says what is asked, not what it is about
        if (
            word in _AGREE
            and i + 2 < len(parsed.words)
            and parsed.words[i + 1] == "to"
            and parsed.words[i + 2] not in STOPWORDS
            and parsed.words[i + 2] not in NEUTRAL
        ):
            continue  # "what did they agree to expand?": what they would do is the point
        if word in _INSTANCE_ORDER and parsed.words[i + 1 : i + 2] in (["one"], ["ones"]):
            # "When was the earlier one he attended?": an earlier one of what was just
            # counted, as "the first one" is; not the talks "earlier this month".
            parsed.unknown.append(word)
            continue
        if (
            word == "stated"
            and parsed.words[i + 1 : i + 2]
            and parsed.words[i + 1] in _PURPOSE_NOUNS
        ):
            continue  # "what's the stated purpose of it?": its purpose, as given, not speech
        if (
            word in _PLURAL_TITLES
            and i > 0
            and parsed.words[i - 1] in ("the", "both")
            and not _titles_speaking(parsed.words, word)
        ):
            # "did the ministers talk about logistics?": whoever they are, the article
            # calls them something else ("the two men"); what they did is the point.
            parsed.span_terms.append(term(word))
            continue
        if word in index.vocabulary or term(word) in index.known_terms:
            parsed.terms.append(term(word))  # "taking" is known through "take"
            continue
        base = _base_form(word, index)
        if base is not None:
            parsed.terms.append(term(base))  # "reasons", "countering": "reason", "counter"
            continue
        own_name = _proper_name_of_its_own(word, original, index)
        corrected = None if own_name else _correct(word, index)
        if corrected is not None and _no_noun_after_article(parsed.words[i - 1 : i], corrected):
            corrected = None  # "what's the wether in delhi?": no "the whether"; a noun unsaid
        if corrected is not None and not _filler_guess(word, corrected):
            parsed.corrections.append((word, corrected))
            if corrected not in STOPWORDS and corrected not in NEUTRAL:
                parsed.terms.append(term(corrected))
            continue
        parsed.unknown.append(word)
        if _capitalised_in(original, word):
            parsed.unknown_names.append(word)
    # "India-China relations" is not "U.S.-India relations": a pair of linked entities, side
    # by side or joined by "and", is also one term, as the article writes it ("india-china").
    links = sorted(parsed.entities, key=lambda link: link.start)
    for a, b in pairwise(links):
        between = parsed.words[a.end : b.start]
        # "Beijing's relationship with New Delhi", "relations between China and India".
        related = not _RELATION_WORDS.isdisjoint(between) or between[-1:] == ["with"]
        if a.start >= 0 and (between in ([], ["and"]) or (related and len(links) == 2)):
            compound = index.compounds.get((a.entity, b.entity)) or index.compounds.get(
                (b.entity, a.entity)
            )
            if compound is not None:
                parsed.span_terms.append(compound)


# Verbs of making an agreement: "what deal did they strike?" asks what they agreed.
_DEAL_MADE = frozenset(
    "make made makes making strike struck ink inked conclude concluded seal sealed".split()
)
# Verbs of putting an event on: asked with "where" or "when", they ask no more than "held".
# Verbs that put a thing down to someone: asked with "who", they ask who it is from ("to
# whom is the description attributed?"); in a claim they stay ("my draft attributes the
# phrase to Singh").
_PUT_DOWN_TO = frozenset(
    "attribute attributes attributed ascribe ascribes ascribed credit credits credited".split()
)
# Nouns for words as said: a question with one asks who said them, no more.
_WORDING_NOUNS = frozenset("phrase phrases phrasing wording".split())
_QUOTE_NOUNS = frozenset("quote quotes quotation quotations".split())


def _words_pointed_at(words: list[str], i: int) -> bool:
    """ "…in that quote?", "…in the quotation": the words a phrase asked about stands in,
    not a question of who said something."""
    return (
        words[i] in _QUOTE_NOUNS
        and i >= 2
        and words[i - 2] in ("in", "from", "within")
        and words[i - 1] in ("that", "the", "this", "their", "those", "these")
    )


_EVENT_HELD = frozenset(
    "host hosts hosted hosting organised organized organise organize convened convene staged "
    "stage".split()
)


# Chat shorthand and the commonest short misspellings of question words, which are too short
# for typo correction to tell apart safely.
_SHORTHAND = {
    # "Esper's maiden 2+2", "his inaugural appearance": the first, counted as "first" is.
    "maiden": "first",
    "inaugural": "first",
    "hw": "how",
    "hww": "how",
    "wat": "what",
    "wich": "which",
    "whcih": "which",
    "wot": "what",
    "mny": "many",
    "r": "r",  # "r relations…": "are" only where it opens the question
    "wht": "what",
    "wut": "what",
    "whta": "what",
    "wen": "when",
    "whn": "when",
    "wher": "where",
    "whr": "where",
    "wuz": "was",
    "wer": "were",
    "hv": "have",
    "hav": "have",
    "hs": "has",
    "w": "with",
    "n": "and",
    "nd": "and",
    "abt": "about",
    "bout": "about",
    "thru": "through",
    "tho": "though",
    "y": "y",  # "why" only where it opens the question
    "happend": "happened",  # "esper india trip wat happend": "happens" is as near a slip
    "hapened": "happened",
    "happned": "happened",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "govt": "government",
    "dept": "department",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    "dep": "deputy",
    "sec": "secretary",
    "secstate": "secretary of state",
    "mtg": "meeting",
    "mtgs": "meetings",
    # The commonest slip for "meeting", one edit from "melting" too, which English has.
    "metting": "meeting",
    "mettings": "meetings",
    "meetting": "meeting",
    # A defence analyst's "bilat": "the Delhi bilat", "the Oct 26 bilat".
    "bilat": "bilateral meeting",
    "bilats": "bilateral meetings",
    # An analyst's clipped nouns: "China mention in DOD stmt?", "mtg loc", "pompeo trip
    # dest", "US reps", "aus def min name".
    "stmt": "statement",
    "wrt": "regarding",  # "purpose of the partnership wrt China"
    "stmts": "statements",
    "reln": "relationship",  # "us-india reln described as wat by officials"
    "relns": "relations",
    "rship": "relationship",
    "loc": "location",
    "dest": "destination",
    "rep": "representative",
    "reps": "representatives",
    "def": "defense",
    "min": "minister",
    "mins": "ministers",
    "fm": "foreign minister",
    "intl": "international",
    "natl": "national",
    "conf": "conference",
    "govts": "governments",
    "depts": "departments",
    "coop": "cooperation",
    "whither": "where",
    "smth": "something",
    "sth": "something",
    "smthn": "something",
    "wk": "week",
    "wks": "weeks",
    "btwn": "between",
    "betw": "between",
    "mil": "military",
    "agmt": "agreement",
    "agrmt": "agreement",
    "secy": "secretary",
    "defmin": "defense minister",
    "pm": "prime minister",  # "is Singh India's PM?" ("at 3 pm" stays a time)
    "yr": "year",
    # Weekdays as they are clipped ("sat", "sun" and "wed" are words of their own).
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "gonna": "will",
    "wanna": "want",
    "b4": "before",
    "bfr": "before",
    "shud": "should",
    "shld": "should",
    "rite": "right",
    "ryt": "right",
    "rn": "now",
    "bc": "because",
    "becuz": "because",
    # "theyd keep working together": contractions typed without the apostrophe.
    "theyd": "they would",
    "theyll": "they will",
    "theyve": "they have",
    "theyre": "they are",
}

# Words a reader of Spanish, French, German or Portuguese types for the English one
# ("the reunion of Esper with Singh" is their meeting, "the communiqué" the statement):
# read as meant, never as the English word, which the article does not use.
_FALSE_FRIENDS = {
    "reunion": "meeting",
    "reunions": "meetings",
    "reunite": "meet",
    "reunited": "met",
    "reunites": "meets",
    "reuniting": "meeting",
    "communique": "statement",
    "communiques": "statements",
    "communiqué": "statement",
    "informations": "information",
    "voyage": "trip",
    "voyages": "trips",
    "functionary": "official",
    "functionaries": "officials",
    "prename": "first name",
    "prenames": "first names",
    "forename": "first name",
    "emergent": "emerging",
    "saluted": "welcomed",
    "salute": "welcome",
    "logistic": "logistics",
}


# "cargo", "charge", "fonction", "Funktion": the office someone holds, where the word is
# someone's ("which charge has he?", "the function of Singh"); "in charge of" stays.
_OFFICE_FALSE_FRIENDS = frozenset({"charge", "function"})
_OFFICE_OWNERS = frozenset({"which", "what", "his", "her", "their"})


# Phrases translated word for word from Spanish, French, Italian or Portuguese, read as
# the English meant: "who assisted to the talks?" (asistir a: attended), "the communicate
# of the DoD" (comunicado: statement), "the two more big democracies" (más grandes:
# largest), "one of the most significants" (adjectives agree in number), "before of the
# 2+2" (antes de: before), "the 21 century" (el siglo 21: the 21st). ("Since when" stays:
# "since when is Esper secretary?" asks how long, which no meeting date answers.)
_ATTEND_FORMS: dict[str, str] = {
    "": "attend",
    "ed": "attended",
    "s": "attends",
    "ing": "attending",
}
_CALQUES = (
    (re.compile(r"\bassist(ed|s|ing)? (?:to|at)\b"), lambda m: _ATTEND_FORMS[m[1] or ""]),
    (
        re.compile(r"\b(the|a|this|that|their|his|its) communicate\b"),
        lambda m: f"{m[1]} statement",
    ),
    # Only after "the": "is India more big than Japan?" asks a comparison, no superlative.
    (re.compile(r"\b(the(?: \w+)?) more (?:big|large)\b"), lambda m: f"{m[1]} largest"),
    (re.compile(r"\bmost (\w+(?:ant|ent|ive|al|ble|ic))s\b"), lambda m: f"most {m[1]}"),
    (re.compile(r"\b(\d+) (century|centuries)\b"), lambda m: f"{_ordinal(m[1])} {m[2]}"),
    (re.compile(r"\b(before|after) of\b"), lambda m: m[1]),
)


def _as_not_mentioned(text: str) -> str | None:
    """The question as a claim that something is not mentioned, or None: "did the
    statement not mention china" (the normaliser's reading of "fail to mention", "omit",
    "leave out", "say nothing about"), "was china not mention from the statement" ("left
    out of", asked as "did the statement not mention china"), "did the statement skip
    china"."""
    text = _skipped_as_not_mentioned(text)
    passive = _NOT_MENTIONED_IN.match(text)
    if passive is not None:
        text = f"did {passive['source']} not mention {passive['thing']}"
    return text if _NOT_AFTER_SUBJECT.match(text) else None


def _skipped_as_not_mentioned(text: str) -> str:
    """ "the statement skipped china", "…left china out" as "…not mention china": only of
    something said or written."""
    if _SAID_OR_WRITTEN.search(text) is None:
        return text
    text = _LEFT_SOMETHING_OUT.sub(lambda m: f"not mention {m[1]}", text)
    return _SKIPPED.sub("not mention", text)


def _ordinal(number: str) -> str:
    """ "21" -> "21st": "the 21 century" (el siglo 21) is the 21st."""
    if number[-2:] in ("11", "12", "13"):
        return f"{number}th"
    return number + {"1": "st", "2": "nd", "3": "rd"}.get(number[-1], "th")


# "before" straight before "in"/"at" is the adverb (ya antes en un 2+2: before, in a 2+2).
_ADVERB_BEFORE = re.compile(r"\b(?:already )?before (?=(?:in|at) )")


# The U.S. names its defence minister the Secretary of Defense (the article calls Esper and
# Singh "the two Secretaries of Defense"): "who is the minister of defence of USA?" asks
# for him, not for a minister the article never names.
# Only the U.S. right by the title: "which American official met India's defence
# minister?" asks for Esper, by Singh's title.
_US_DEFENSE_MINISTER = re.compile(
    r"\b(?P<us>usa|american) defense minister\b"
    r"|\b(?:defense minister|minister of defense) of (?:the )?(?:usa|america)\b"
)


def _us_defense_minister_as_secretary(text: str) -> str:
    """ "the minister of defence of america, how he is called?": the Secretary of Defense,
    when asked who holds it; the bare title ("american defense minister?") stays a title
    no one in the article holds."""
    if not text.startswith("who "):
        return text
    return _US_DEFENSE_MINISTER.sub(_us_secretary_of_defense, text)


def _us_secretary_of_defense(found: re.Match[str]) -> str:
    return f"{found['us']} secretary of defense" if found["us"] else "usa secretary of defense"


# "China plays no part whatsoever in the partnership's purpose?", "Japan played no role in
# the 2+2?": a claim of no involvement, asked as "is China not part of …?", which the
# article's "…to jointly address the threat posed by China" answers No.
_NO_PART_PLAYED = re.compile(
    r"\b(?P<verb>plays?|played|playing|has|have|had) (?:no|zero) (?:part|role)"
    r"(?: (?:whatsoever|at all|of any kind))? in\b"
)


def _no_part_as_not_part(text: str) -> str:
    """ "China plays no part in the partnership's purpose" → "China is not part of the
    partnership's purpose"; "played" or "had" keeps the past ("was not part of")."""
    return _NO_PART_PLAYED.sub(
        lambda m: "was not part of" if m["verb"] in ("played", "had") else "is not part of",
        text,
    )


def _calques_meant(text: str) -> str:
    """ "Who assisted to the talks in Tokyo?": the English phrase meant by a calque."""
    for pattern, meant in _CALQUES:
        text = pattern.sub(meant, text)
    text = _CUT_BACK.sub(_reduce_form, text)
    text = _LONG_AGO.sub(LONG_AGO_WORD, text)
    return _adverb_before_put_last(text)


# "Did they agree to scale back logistics ties?", "…wind down information sharing?": one
# verb the lexicon knows as the opposite of what they agreed ("reduce" of strengthening).
_CUT_BACK = re.compile(
    r"(?P<verb>scale|scales|scaled|scaling|pare|pares|pared|paring|roll|rolls|rolled"
    r"|rolling|dial|dials|dialed|dialled|dialing|dialling|cut|cuts|cutting|wind|winds"
    r"|winding|wound|draw|draws|drew|drawn|drawing|tone|tones|toned|toning)"
    r" (?:back|down)(?: on)?\b"
)


# "Was Begin's visit a long time ago?", "…ages ago?", "…years back?", "…a while back?",
# "…quite some time ago?": one word, the opposite of the article's "recently".
_LONG_AGO = re.compile(
    # not "how long ago…?" (a question of time) nor "not long ago" (recently)
    r"(?<!\bhow )(?<!\bnot )\b(?:a )?(?:long|very long) (?:time )?(?:ago|back)\b"
    r"|\b(?:ages|years|decades|months) (?:ago|back)\b"
    r"|\bin the distant past\b|\ba (?:long |good |little )?while (?:ago|back)\b"
    r"|\bquite some time (?:ago|back)\b"  # "some time ago" alone may mean recently
)


def _reduce_form(found: re.Match[str]) -> str:
    """ "scaled back" -> "reduced", "scaling down" -> "reducing": the tense kept."""
    verb = found["verb"]
    if verb.endswith("ing"):
        return "reducing"
    if verb.endswith("ed") or verb in ("wound", "drew", "drawn"):
        return "reduced"
    return "reduces" if verb.endswith("s") else "reduce"


def _adverb_before_put_last(text: str) -> str:
    """ "Esper has participated already before in a 2+2?": "…in a 2+2 before", which asks
    whether he had, not what came ahead of the 2+2."""
    moved = _ADVERB_BEFORE.sub("", text)
    return text if moved == text else f"{moved} before"


def _false_friends_meant(words: list[str]) -> list[str]:
    """ "In which city they have reunited?": the English words meant for false friends and
    calques ("met"), so the question links to the article's words."""
    words = _press_as_media(_office_meant(words))
    if _FALSE_FRIENDS.keys().isdisjoint(words):
        return words
    return " ".join(_FALSE_FRIENDS.get(word, word) for word in words).split()


# "Did the Indian press like it?", "how did the press react?": the news media, whom the
# article never mentions, not the "press conference" (nor "pressing" challenges) it has.
_PRESS_EVENTS = frozenset({"conference", "conferences", "release", "briefing", "statement"})
_SUBJECT_AUXILIARIES = frozenset({"did", "does", "do", "was", "is", "were", "are", "has", "have"})


def _press_as_media(words: list[str]) -> list[str]:
    if "press" not in words:
        return words
    return ["media" if _press_is_media(words, at) else word for at, word in enumerate(words)]


def _press_is_media(words: list[str], at: int) -> bool:
    if words[at] != "press" or not _PRESS_EVENTS.isdisjoint(words[at + 1 : at + 2]):
        return False
    before = words[max(0, at - 2) : at]
    # "the Indian press", not "did India press for it?" (a country's name, not its people's)
    national = bool(before) and is_country_word(before[-1]) and before[-1] not in COUNTRY_NAMES
    # "did the press like it?", not "did Pompeo speak to the press?" (its audience)
    subject = (before == ["the"] and at == 1) or (
        len(before) == 2 and before[0] in _SUBJECT_AUXILIARIES and before[1] == "the"
    )
    return national or subject


def _office_meant(words: list[str]) -> list[str]:
    """ "which charge has he?", "which is the function of Rajnath Singh in the government?":
    his position; "what function does the agreement serve?" keeps its word."""
    if _OFFICE_FALSE_FRIENDS.isdisjoint(words):
        return words
    return [
        "position" if word in _OFFICE_FALSE_FRIENDS and _office_of_a_person(words, at) else word
        for at, word in enumerate(words)
    ]


def _office_of_a_person(words: list[str], at: int) -> bool:
    if at and words[at - 1] in _OFFICE_OWNERS:
        return words[at + 1 : at + 2] != ["does"]  # not "what function does BECA serve?"
    return (
        words[at - 1 : at] == ["the"]
        and words[at + 1 : at + 2] == ["of"]
        and any(
            w in ("he", "she", "his", "her", "singh", "esper", "begin", "pompeo", "minister")
            for w in words[at + 2 : at + 4]
        )
    )


# "He has met Singh also?", "he is sympathetic with the americans?": a yes-or-no question
# in the word order of a statement, its subject a pronoun. Put as asked in English ("has he
# met Singh also?") the pronoun stays the one the conversation points at (Begin), not any
# doer the article has (Esper met Singh). Not "it": "it was Begin who went…" is a cleft.
_PRONOUN_BEFORE_AUXILIARY = re.compile(
    r"^(?P<lead>(?:and |so |but )?)(?P<who>he|she|they) "
    r"(?P<aux>has|have|had|is|are|was|were|will|would|can|could) (?P<rest>\w.*)$"
)


_NOT_A_PRONOUN = r"(?!(?:it|he|she|they|this|that|is|was|are|were)\b)"
# "2+2 dialogue, what it is?", "Begin, who he is?": the order of an embedded question
# ("tell me what it is"), asked directly; read as "what is it?".
_QUESTION_WORD_THEN_SUBJECT = re.compile(
    r"^(?P<lead>(?:and |so |but )?)(?P<wh>what|who) (?P<who>it|he|she|they|this|that"
    # "what 2plus2 dialogue is", once the lead stands in for its "it"; not "what day it
    # was", whose "it" is the subject of a noun's question: no word of the subject is a
    # pronoun ("what time it was?" asks the time, not "what was time it").
    rf"|(?:the |a )?{_NOT_A_PRONOUN}\S+(?: {_NOT_A_PRONOUN}\S+){{0,3}}?)"
    r" (?P<be>is|was|are|were)$"
)


def _pronoun_subject_inverted(text: str) -> str:
    """ "he has met Singh also?" read as "has he met Singh also?"; "what it is?" as "what
    is it?", "what 2+2 dialogue is" as "what is 2+2 dialogue"."""
    embedded = _QUESTION_WORD_THEN_SUBJECT.match(text)
    if embedded is not None:
        return f"{embedded['lead']}{embedded['wh']} {embedded['be']} {embedded['who']}"
    found = _PRONOUN_BEFORE_AUXILIARY.match(text)
    if found is None or not _WH_WORDS.isdisjoint(found["rest"].split()):
        # "he have press conference at where?" asks where, in place: no yes or no
        return text
    return f"{found['lead']}{found['aux']} {found['who']} {found['rest']}"


# "What praised the two men?", "what welcomed the ministers?": the Romance order of "¿qué
# elogiaron los dos hombres?", the people after their verb. These verbs take people as
# their doers, so the people are who did it ("what have the two men praised?"), never what
# was done to them.
_DOERS_AFTER_VERB = re.compile(
    r"^(?P<lead>(?:and |so )?)what (?P<verb>praised|welcomed|expressed|discussed|agreed|signed"
    r"|reinforced|appreciated|stressed|hailed|lauded|celebrated|committed|decided) "
    r"(?P<doers>(?:the two |both |the |both the )(?:\w+ )?(?:men|ministers|secretaries|chiefs"
    r"|sides|leaders|officials|countries|nations))(?P<rest>(?: .*)?)$"
)


def _doers_put_first(text: str) -> str:
    """ "What praised the two men in the meeting?" read as "what have the two men praised in
    the meeting?"."""
    found = _DOERS_AFTER_VERB.match(text) if text.find("what ") in (0, 3, 4) else None
    if found is None:
        return text
    return f"{found['lead']}what have {found['doers']} {found['verb']}{found['rest']}"


# "How is called the agreement?", "how is the agreement named?", "the minister of defence of
# America, how he is called?": a calque of "wie heißt", "comment s'appelle", "¿cómo se
# llama?", which asks the name ("what is the agreement called?"), never the manner.
# Not "how many areas were named?", which counts them.
_CALLED_LEAD = "(?P<lead>(?:and |so )?)(?!how (?:many|much|long|often|far|soon|come) )"
_CALLED_BE = "is|are|was|were"
_HOW_CALLED = (
    re.compile(rf"^{_CALLED_LEAD}how (?P<be>{_CALLED_BE}) (?:called|named) (?P<what>.+)$"),
    re.compile(rf"^{_CALLED_LEAD}how (?P<be>{_CALLED_BE}) (?P<what>.+) (?:called|named)$"),
    re.compile(
        rf"^(?P<lead>)(?P<what>.+?) how (?:he|she|it|they) (?P<be>{_CALLED_BE}) (?:called|named)$"
    ),
    # "The agreement, how it is called?" once the topic is put back: "how the agreement is
    # called".
    re.compile(rf"^{_CALLED_LEAD}how (?P<what>.+) (?P<be>{_CALLED_BE}) (?:called|named)$"),
    # "The Indian defence minister is called?", "the agreement is named what?": a statement
    # left open at the name, asked as "what is … called".
    re.compile(
        rf"^{_CALLED_LEAD}(?P<what>(?!(?:is|are|was|were|did|does|do|it|he|she|they)\b)"
        r"(?:(?!\b(?:who|whom|what|which|where|when|why|how|that)\b).)+?)"
        rf" (?P<be>{_CALLED_BE}) (?:called|named)(?: what)?$"
    ),
)


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
_CALLED_PERSON = frozenset(
    "minister ministers secretary secretaries chief chiefs man men official officials "
    "person leader leaders".split()
)


def _name_asked_as_how_called(text: str) -> str:
    """ "How is called the agreement?" read as "what is the agreement called?"."""
    if "called" not in text and "named" not in text:
        return text
    for pattern in _HOW_CALLED:
        found = pattern.match(text)
        if found is not None:
            what = found["what"]
            the = "" if what.startswith(("the ", "this ", "that ")) else "the "
            if not _CALLED_PERSON.isdisjoint(what.split()):
                # "How is called the Indian minister?": his name, which "who is" asks.
                return f"{found['lead']}who {found['be']} {the}{what}"
            if not _RELATIVE_WORDS.isdisjoint(what.split()):
                # "How is called the agreement that the two sides have agreed?": the name of
                # the one the clause picks out.
                return f"{found['lead']}what is the name of {the}{what}"
            return f"{found['lead']}what {found['be']} {the}{what} called"
    return text


# After a number these are times of day: "was the meeting at 3 pm?".
_CLOCK_SHORTHAND = frozenset({"pm"})


def _shorthand_meant(words: list[str], at: int, opens: int) -> str:
    """The word a chat shorthand at `at` stands for: "y" opening a question is "why", "pm"
    after a number stays a time of day, and any other listed shorthand is its words."""
    word = words[at]
    if at <= opens:
        return _SHORTHAND_FIRST.get(word, _SHORTHAND.get(word, word))
    if word in _CLOCK_SHORTHAND and words[at - 1][-1:].isdigit():
        return word
    if word == "y" and _why_at_end(words, at):
        return "why"
    return _SHORTHAND.get(word, word)


def _why_at_end(words: list[str], at: int) -> bool:
    """ "info sharing y", "esper went 2 delhi y?": a last "y" after a topic asks why, where
    nothing before it asks anything ("x and y" names a letter)."""
    return (
        at == len(words) - 1
        and at >= 2
        and words[at - 1] not in ("and", "or", "x", "n")
        and _QUESTION_STARTS_SET.isdisjoint(words[:at])
    )


_AGREE = frozenset({"agree", "agreed", "agrees", "agreeing"})
# Shorthand that means something else at the start of a question.
# "y tho", "then y is china in the article": "y" opens a question as "why".
_SHORTHAND_FIRST = {"wer": "where", "w": "w", "r": "are", "y": "why"}
# Words a chat question may open with before its question word ("then y is china in it?").
_LEADING_CONNECTIVES = frozenset("and so then but ok okay lol".split())

_PLURAL_TITLES = frozenset("ministers secretaries chiefs leaders officials heads".split())


def _titles_speaking(words: list[str], title: str) -> bool:
    """ "What did the officials say?": the speakers asked for are the ones the article has
    speaking under that very title, so the title is what to match."""
    spoke = _SPEAKER.search(" ".join(words))
    return spoke is not None and title in spoke.group(1).split()


# Real words typed for the verb the question means; used only when the fact base never
# uses the word typed and does use the one meant.
_HOMOPHONES = {"meat": "meet", "meats": "meets", "mete": "meet", "meeet": "meet", "sine": "sign"}


def _kind_misspelt(word: str) -> str | None:
    """ "countires", "officails": a kind of thing asked for, typed with a slip."""
    if len(word) < 8 or word in COMMON_WORDS:
        return None  # short words are too close to others ("notions", "nations")
    hit = process.extractOne(word, KIND_NOUNS.keys(), scorer=fuzz.ratio, score_cutoff=85)
    return KIND_NOUNS[hit[0]] if hit is not None else None


# Words that never follow "the" or "a": a slip read as one after an article was a noun.
_NEVER_AFTER_ARTICLE = frozenset(
    "whether where when which while what who whom whose why how were was is are if".split()
)


# "Was Australia a party to the Tokyo talks?": one taking part, as "a participant in"
# says; no political party (the article's only one is China's Communist Party).
_PARTY_TO = re.compile(r"\bpart(?P<many>y|ies) to (?=(?:the|it|this|that|these|those|them)\b)")


def _participant_in(found: re.Match[str]) -> str:
    """ "party to the" → "participant in the"; "parties to" → "participants in"."""
    return "participant in " if found["many"] == "y" else "participants in "


# "Was this Esper's first participation in such a meeting?": his first time at one, as
# "the second time Esper has participated in a 2+2 meeting" counts it.
_TAKING_PART_COUNTED = re.compile(
    r"\b(?P<ordinal>first|second|third|fourth|fifth)"
    r" (?:participation|appearance|attendance|involvement|outing)\b"
)


def _no_noun_after_article(before: list[str], corrected: str) -> bool:
    """Whether a correction would put a function word after an article: "the wether" is
    no "the whether", but a word the article lacks (the weather), so not read as nothing."""
    return before in (["the"], ["a"], ["an"]) and corrected in _NEVER_AFTER_ARTICLE


def _filler_guess(word: str, corrected: str) -> bool:
    """A loose correction to a word the reading then drops ("appease" → "appears").

    Such a correction would silently take the word's meaning out of the question, so
    only a slip of one key (or two swapped) may land on a filler word.
    """
    if corrected not in STOPWORDS and corrected not in NEUTRAL:
        return False
    return OSA.distance(word, corrected) > 1


def _proper_name_of_its_own(word: str, original: str, index: Index) -> bool:
    """ "Did the talks include Japan, India and Austria?": a capitalised word English has is a
    name of its own (Austria), not a slip for one the article has (Australia); a country's
    name is its own however it is typed ("did esper go to austria")."""
    if _of_a_known_name(word, index):
        return False  # "South Asian" is of Asia, a name the article has
    if word in COUNTRY_NAMES:
        return True
    return index.speller.knows(word) and _capitalised_in(original, word)


def _of_a_known_name(word: str, index: Index) -> bool:
    """ "Asian", "Indian": a word made from a name the article has."""
    return word[:-1] in index.vocabulary or word[:-2] in index.vocabulary


# Prefixes that turn a word into its opposite: "insecure", "unsecure", "insignificant".
_NEGATING_PREFIXES = ("non", "un", "in", "ir", "il")
# "deprioritize", "de-emphasize": "de" undoes a verb made with -ize, -ate or -ify; before
# other words it is no prefix of undoing ("deserve" is not to stop serving).
_UNDONE_VERB = prefilter.compile(r"(?:iz|is|at|if)(?:e|es|ed|ing)$")


def negated_base(word: str, index: Index) -> str | None:
    """The article's word that `word` negates by a prefix ("insecure" → "secure",
    "deprioritize" → "prioritize"), if any: a claim with it says the opposite of the
    article's (a wh-question may still read it as its base: "the unstated target" is the one
    the statement leaves out)."""
    for prefix in _NEGATING_PREFIXES:
        base = word[len(prefix) :].lstrip("-")
        if word.startswith(prefix) and len(base) >= 5 and base in index.vocabulary:
            return base
    return _undone_verb(word, index)


def _undone_verb(word: str, index: Index) -> str | None:
    """The article's verb that `word` undoes by "de" ("deprioritize", "deprioritised" →
    "prioritize"), if any."""
    base = normalise(word[2:].lstrip("-"))
    if (
        word.startswith("de")
        and len(base) >= 5
        and _UNDONE_VERB.search(base)
        and (base in index.vocabulary or term(base) in index.known_terms)
    ):
        return base
    return None


def _correct(word: str, index: Index) -> str | None:
    """A misspelt ordinary word corrected to one the fact base uses, if one is close enough."""
    sounds_like = _HOMOPHONES.get(word)
    if sounds_like is not None and sounds_like in index.vocabulary:
        return sounds_like  # "who did Esper meat?": a real word, but the wrong one
    if len(word) < 4 or word.isdigit() or word in COMMON_WORDS:
        return None
    if _undone_verb(word, index) is not None:
        return None  # "deprioritize" is no slip for "prioritize": it says the opposite
    if index.speller.inflects(word, plurals=False):
        # A real word, or an inflection of one, is not a typo of another: "rabidly" is not
        # "rapidly", "commutations" not "communications".
        return None
    if len(word) == 4:
        # Four letters: one edit, a swap included ("hled" → "held", "meat" → "meet").
        close = [
            str(hit[0])
            for hit in process.extract(
                word,
                index.words_of_length(3, 5),
                scorer=OSA.distance,
                score_cutoff=1,
                limit=None,
            )
        ]
        if len({term(c) for c in close}) > 1:
            # Several words one edit away: a typo keeps the ends more often than the middle.
            close = [c for c in close if c[0] == word[0] and c[-1] == word[-1]]
        if len({term(c) for c in close}) == 1:
            return close[0]
        return None
    # One edit, a swap of two letters included ("prasie" → "praise"), if only one word is
    # that close; otherwise the closest by similarity, if it is clearly the closest.
    one_edit = {
        term(str(hit[0])): str(hit[0])
        for hit in process.extract(
            word,
            # One edit leaves fuzz.ratio at 80 or more for words of five letters or more.
            index.words_like(word, len(word) - 1, len(word) + 1, ONE_EDIT_RATIO),
            scorer=OSA.distance,
            score_cutoff=1,
            limit=None,
        )
    }
    if len(one_edit) == 1:
        return next(iter(one_edit.values()))
    choices = index.words_like(word, len(word) - 2, len(word) + 2, WORD_CUTOFF)
    hits = process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=2)
    if not hits:
        return None
    if len(hits) > 1 and hits[0][1] - hits[1][1] < 3 and term(hits[0][0]) != term(hits[1][0]):
        return None
    return str(hits[0][0])
