"""The wording of questions the engine recognises, and small text helpers it uses: patterns
compiled once, the help text, and functions that read or rewrite a question's words."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from itertools import pairwise

from bot.engine import prefilter
from bot.engine.index import term
from bot.engine.lexicon import CHIT_CHAT, NUMBER_WORDS, POLARITY
from bot.engine.message import QUESTION_START, REQUEST_START, SENTENCE_END
from bot.engine.question import KIND_NOUNS, Linked, Parsed, strip_framing
from bot.factbase.model import Fact, FactBase
from bot.text import american_spelling, fold_quotes, normalise

# Patterns used in the functions below, compiled once.
HEADLINE = prefilter.compile(r"\b(?:headline|title)\b")
ABOUT_PHRASE = prefilter.compile(
    r"^(?:and|what about|how about|and what about|what of|about|same for|"
    r"same question for)\b"
)
SUMMARY_WORD = prefilter.compile(r"\b(?:summar|overview|recap|gist|tl ?dr|sum up|brief|takeaway)")
# "Summarize paragraph 3": questions are read normalised, where "3" is "three".
PARAGRAPH_NUMBER = prefilter.compile(
    r"\b(?:paragraph|para|p)\s*(\d+)\b|\b(?:paragraph|para) (one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\b"
)
PARAGRAPH_ORDINAL = prefilter.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
    r" (?:paragraph|para)\b"
)
AND_ABOUT = prefilter.compile(r"^(?:and|what about|how about|and what about|same for)\b")
STARTS_WITH_BE = prefilter.compile(r"^(?:is|was|are|were|isnt|wasnt)\b")
HAS_LETTER = prefilter.compile(r"[a-z]")
YEAR = prefilter.compile(r"\b\d{4}\b")
CLOCK_TIME = prefilter.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:a|p)\.?m\b")
WHAT_IS = prefilter.compile(r"^what (?:is|are|was|were|s)\b")
MENTION = prefilter.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")
CONTROL = prefilter.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
PART_BREAK = prefilter.compile(
    # "the where and when of the meeting" names two things asked for, not two questions
    # ("wen n where": "n", chat's "and")
    r"(?<!\bthe where)(?<!\bthe when)\s*(?:,\s*(?:and\s+)?|;\s*|\s+(?:and|\+|&|n|nd)\s+"
    # "They are welcoming also what thing?": a translated question's object, put last,
    # not a second question ("who met singh also where" still asks two)
    r"|\s+also\s+(?!(?:what|which)(?:\s+(?:thing|things|stuff|ones?|exactly))?\W*$))"
    r"(?=(?:(?:on|in|at|ahead of|before|after|for|by|with|to|from)\s+)?"
    r"(?:where|when|why|who|whom|how many|how much|what|which|whether)\b)",
    re.IGNORECASE,
)
# "…enhanced, and mutual engagement on what was to be strengthened?": a second question
# that puts the thing it asks of before its preposition and wh-word.
_NOUN_PART_BREAK = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|;\s*)"
    r"(?=(?:[a-z-]+\s+){1,3}(?:on|in|at|of|for|with|to|from|about)\s+(?:what|which|whom)\b)",
    re.IGNORECASE,
)
# "Esper's 2+2 count and total number of US India dialogues?": two counts, each asked.
_COUNT_WORD = re.compile(r"\b(?:count|number|how many)\b", re.IGNORECASE)
_COUNT_PART_BREAK = re.compile(
    r"\s+and\s+(?=(?:the\s+)?(?:total\s+|overall\s+)?(?:number|count)\s+of\b)", re.IGNORECASE
)
# "2+2 count + esper count" (read by then as "… and …"), "dialogue number & esper's
# number": a search query's two counts, joined by "and" or a spaced "+" or "&" (the "+" of
# "2+2" has no spaces).
_COUNTS_JOINED = re.compile(r"\s+(?:[+&]|and)\s+", re.IGNORECASE)
# "who what where for the esper meeting, go", "who where when - esper meeting": question
# words in a row, each asked of what follows them ("what" among others asks nothing of its
# own: "what for the meeting" would read as why).
_TYPE_RUN = prefilter.compile(
    r"^(?P<run>(?:(?:when|where|why|who|how|what)(?:\s+(?:and|n|nd))?\s+){2,5})"
    r"(?P<rest>.+?)(?:\s+(?:go|pls|plz|please|thx|thanks|lol|tho))*$"
)

# "esper singh where when", "tokyo talks when and where?": the keywords first, the run of
# question words after them, each asked of the keywords as the run before them is. The
# keywords open with no question word ("what happened where when" is left alone).
_TYPE_RUN_AFTER = prefilter.compile(
    r"^(?!(?:when|where|why|who|whom|how|what|which|whose)\b)(?P<rest>.+?)\s+"
    r"(?P<run>(?:(?:when|where|why|who|how)(?:\s+(?:and|n|nd))?\s+){1,4}"
    r"(?:when|where|why|who|how))\s*\??$"
)

_NOT_TYPES = frozenset({"and", "n", "nd", "what"})

# "oct 26 meeting, who and where?": question words alone after a lead, each its own part.
_TYPES_ALONE = re.compile(
    r"^(?:and\s+)?(?P<run>(?:(?:when|where|why|who|whom)(?:\s*,\s*|\s+(?:and|n|nd)\s+|\s+))+"
    r"(?:when|where|why|who|whom))\s*\??$",
    re.IGNORECASE,
)


def types_alone_asked(text: str) -> list[str]:
    """One bare question per question word of a question that is nothing else ("who and
    where?", "who, when and where?"), asked as follow-ups of a lead before it; [] for any
    other question."""
    found = _TYPES_ALONE.match(text.strip())
    if found is None:
        return []
    kinds = list(dict.fromkeys(re.findall(r"when|where|why|whom|who", found["run"].lower())))
    return [f"{kind}?" for kind in kinds] if len(kinds) > 1 else []


def type_run_asked(normalised: str) -> list[str]:
    """One question per question word of a run before the same words ("who what where for
    the esper meeting, go": who and where) or after them ("esper singh where when"), or []
    when the question has no such run."""
    after = _TYPE_RUN_AFTER.match(normalised)
    found = _TYPE_RUN.match(normalised) or after
    if found is None:
        return []
    kinds = [w for w in dict.fromkeys(found["run"].split()) if w not in _NOT_TYPES]
    if len(kinds) < 2:
        return []
    if found is after:
        # "begin visit where when": each asked as typed, "begin visit when?", where "begin"
        # is Begin; put first ("when begin visit") it would be a verb.
        return [f"{found['rest']} {kind}?" for kind in kinds]
    return [f"{kind} {found['rest']}" for kind in kinds]


TWO_TYPES = prefilter.compile(
    r"^(?P<a>when|where|why|who|how)\s+(?:and|n|nd)\s+(?P<b>when|where|why|who|how)\s+"
    r"(?P<rest>.+)$"
)
DATE = prefilter.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
FULL = prefilter.compile(
    r"\b(?:full|detailed|detail|details|long|longer|bullet|bullets|everything|"
    r"in depth|all points)\b"
)
HELP_TEXT = (
    "I answer questions about the U.S.–India defense talks in New Delhi in October, quoting "
    "the article. "
    "Try: “Who met Rajnath Singh?”, “What did they agree on?”, “How many 2+2 dialogues have "
    "there been?”, or “Summarize the China angle”."
)
TITLES = frozenset(
    {"secretary", "minister", "deputy", "mr", "mrs", "ms", "dr", "president", "general", "the"}
)
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def paragraph_asked(text: str, factbase: FactBase) -> int | None:
    """The paragraph a request names: "paragraph 3", "the second paragraph", "the last
    paragraph", "the headline"; only with a single article, where numbers are unambiguous."""
    if len(factbase.articles) != 1:
        return None
    article = next(iter(factbase.articles.values()))
    if HEADLINE.search(text):
        return 0
    match = PARAGRAPH_NUMBER.search(text) or PARAGRAPH_ORDINAL.search(
        text,
    )
    if match is None:
        return None
    word = next(group for group in match.groups() if group)
    number = (
        article.paragraph_count
        if word in ("last", "final")
        else (int(word) if word.isdigit() else ORDINALS.get(word) or NUMBER_WORDS[word])
    )
    return number if 0 < number <= article.paragraph_count else None


def identity_text(fact: Fact) -> str:
    """What an identity fact says someone or something is."""
    role = fact.roles.get("who") or fact.roles.get("what")
    return role.answer if role is not None else fact.statement


# Notes for maintainers only: how a follow-up was resolved, where a reason was read from.
INTERNAL_NOTE_PREFIXES = ("follow-up", "why: ")


def is_internal_note(note: str) -> bool:
    """Notes for maintainers, kept out of what users see (they stay in the explanation)."""
    return note.startswith(INTERNAL_NOTE_PREFIXES)


# "Was there anything about…", "anything on…", "any mention of…": whether the whole article
# says anything of it (the yes/no), and, with its preposition, what it asks about.
_ANYTHING = r"^(?:(?:is|was) there )?(?:anything|any mention|something|any talk|any word)"
ABOUT_ANYTHING = prefilter.compile(_ANYTHING + r"\b")
ANYTHING_ABOUT = prefilter.compile(_ANYTHING + r" (?:about|on|of|regarding|concerning)\b")


IDENTITY_TERMS = frozenset(
    term(w)
    for w in (
        "title",
        "titles",
        "role",
        "job",
        "short",
        "abbreviation",
        "acronym",
        "form",
        "position",
        "exactly",
        "mean",
        "stand",
        "name",
        "full",
        "hold",
        "serve",
        "refer",
        "official",
        "post",
        "office",
        "rank",
    )
)


# "Esper is secretary of what?", "what is Singh minister of?", "…head of which department?":
# what a person's title is of, which is their title as the article gives it. So is "which
# country is Esper the secretary of defense of (for)?": the title's own "of defense" aside.
TITLE_OF_WHAT = prefilter.compile(
    r"\b(?:minister|secretary|head|chief)\s+of\s+(?:what|which)\b"
    r"|^(?:what|which)\b.*\b(?:minister|secretary|head|chief)(?:\s+of\s+[\w.]+)?\s+(?:of|for)$"
)
# Words that say a title's rank, not what it is of ("Secretary" of "Secretary of Defense").
TITLE_RANKS = frozenset({"minister", "secretary", "deputy", "head", "chief"})
# What a title is asked to be of: "of which department?"
TITLE_DOMAIN_WORDS = frozenset(
    {"department", "ministry", "office", "agency", "portfolio", "area", "field", "head"}
    | {"country", "nation", "government"}
)


def soft_link(entity: str) -> Linked:
    return Linked(entity, "(context)", 100.0, -1, -1)


def replace_unknown(parsed: Parsed) -> Parsed:
    """The question as if its unknown words were not there."""
    clone = copy.copy(parsed)
    clone.unknown = []
    clone.unknown_names = []
    return clone


def without_entity(parsed: Parsed, entity: str) -> Parsed:
    """The question as if it did not name this entity ("did they meet in Tokyo?" without
    Tokyo: which meeting it is about)."""
    clone = copy.copy(parsed)
    clone.entities = [link for link in parsed.entities if link.entity != entity]
    return clone


def replace_type(parsed: Parsed, qtype: str) -> Parsed:
    parsed.qtype = qtype
    parsed.types = [qtype]
    return parsed


def is_about_phrase(parsed: Parsed) -> bool:
    text = parsed.text
    if ABOUT_PHRASE.match(
        text,
    ):
        return True
    return all(
        w in ABOUT_FILLERS for w, used in zip(parsed.words, parsed.used, strict=True) if not used
    )


# An auxiliary that, with a name and nothing else, repeats the last claim of that name:
# "Did Pompeo?", "was Singh too?", "and has Begin?".
_ELLIPTICAL_AUXILIARIES = frozenset(
    "did does do was were is are has have had will would could can".split()
)


def is_bare_auxiliary(parsed: Parsed) -> bool:
    """ "Did Pompeo?": an auxiliary and names, with no verb or anything else of a claim."""
    unused = [w for w, used in zip(parsed.words, parsed.used, strict=True) if not used]
    while unused[:1] in (["and"], ["so"], ["but"]):
        unused = unused[1:]  # "and did Pompeo?"
    return (
        len(unused) >= 1
        and unused[0] in _ELLIPTICAL_AUXILIARIES
        and all(w in ABOUT_FILLERS or w in ("either", "as", "well") for w in unused[1:])
        and len(unused) < len(parsed.words)
        and not (unused[0] in _COPULAS and names_then_describes(parsed))
    )


_COPULAS = frozenset("is was are were".split())
_NAME_JOINS = frozenset({"and", "or", "nor", "&"})


def names_then_describes(parsed: Parsed) -> bool:
    """ "Is Begin the Deputy Secretary of State?", "Is Begin American?": a name and what
    it is said to be, a whole claim; "Were Esper and Pompeo?" only joins two names."""
    links = sorted((link for link in parsed.entities if link.start >= 0), key=lambda k: k.start)
    return any(
        _NAME_JOINS.isdisjoint(parsed.words[one.end : other.start])
        for one, other in pairwise(links)
        if other.start >= one.end
    )


THE_OTHER = prefilter.compile(
    r"^(?:and |so |what about |how about |who is |who was |whos )?(?:the )?other"
    r"(?: one| ones| person| guy| official| man)?$"
)
# "How many countries took part?" "Name them.": the ones the last answer named.
NAME_THEM = prefilter.compile(
    r"^(?:(?:can you |could you )?(?:please )?(?:name|list) (?:them|those|these|all of them)"
    r"(?: all)?(?: please)?|which (?:ones|are they|were they)|what (?:are|were) they called)$"
)
ABOUT_FILLERS = frozenset(
    {
        "and",
        "about",
        "the",
        "then",
        "so",
        "also",
        "too",
        "for",
        "of",
        "one",
        "ones",
        "side",
        "guy",
        "between",
        "with",
        # "How are India-China relations?" "US-India tho?": the same question, of the
        # other pair, said with a shrug
        "though",
        # "and esper personally?", "what about singh himself?": the same question of
        # that person alone, said with emphasis
        "personally",
        "himself",
        "herself",
        "individually",
    }
)


def chit_chat(normalised: str) -> str | None:
    if not CHIT_CHAT.match(normalised):
        return None
    words = normalised.split()
    first = words[0]
    if "bye" in words or "goodbye" in words:
        return "Goodbye! Come back with more questions about the talks."
    # "I would be grateful." asks a favour still to come; "I'm grateful" thanks.
    favour = "would" in words or "should" in words
    if first.startswith(("thank", "thx", "ty", "cheers", "much", "many")) or any(
        w.startswith(("thank", "appreciat", "grateful", "obliged")) and not favour for w in words
    ):
        return "You're welcome! " + HELP_TEXT
    if (first in ("bye", "goodbye", "see", "good") and "night" in normalised) or first in (
        "bye",
        "goodbye",
    ):
        return "Goodbye! Come back with more questions about the talks."
    if first in ("who", "what", "are") and "you" in normalised.split():
        return "I'm talksbot, a bot that answers from one news article. " + HELP_TEXT
    if first in ("hi", "hello", "hey", "heya", "hiya", "howdy", "yo", "sup", "greetings", "good"):
        return "Hello! " + HELP_TEXT
    if first == "how":
        return "I'm fine, thanks — ready for questions. " + HELP_TEXT
    return HELP_TEXT


# "What does the article call X?", "What is X called?": the article's own name for X.
CALLED = prefilter.compile(
    r"\bwhat (?:does|did) (?:the )?(?:article|it|text|story|report|piece) (?:call|term|name)\b"
    r"|\bwhat (?:is|are|was|were) .+ (?:called|termed|known as|referred to as)$"
    r"|\bhow (?:does|did) (?:the )?(?:article|it|text|story|report|piece) (?:refer to|call)\b"
    # "what word does the article use for those talks?", "what term is used for…"
    r"|\bwhat (?:word|words|name|term|phrase|label) (?:does|did) (?:the )?(?:article|it|text"
    r"|story|report|piece|writer|author) use (?:for|to describe|to refer to)\b"
)
# "What is the meeting called?", "what is the threat called?": the name of the thing,
# which a fact calling something else ("the relationship: one of the most significant…")
# does not give.
CALLED_EVENT = prefilter.compile(
    r"^what (?:is|are|was|were) (?:the|that|this|those) (?:[\w+-]+ ){0,2}?"
    r"([\w+-]+) (?:called|termed|known as|referred to as)$"
)
# "Which meeting came ahead of the 2+2?", "what talks did they hold in Tokyo?": an event
# asked for by its kind, which an answer must name as one.
WHICH_EVENT = prefilter.compile(
    r"^(?:which|what) (?:meeting|meetings|talks|talk|dialogue|conference|summit|session"
    r"|gathering|visit|trip|event|events) (?!(?:is|was|are|were) (?:called|termed)\b)"
)
EVENT_TERMS = frozenset(
    term(w)
    for w in "meeting meet talks talk dialogue conference summit session gathering visit trip"
    " event 2plus2".split()
)
BEFORE_WORDS = ("before", "ahead of", "prior to", "earlier than")
# "Did the statement mention China?" (No) "Why not?": the reason for what did not happen.
WHY_NOT = prefilter.compile(r"^(?:(?:but|so|and|ok|okay) )?(?:why|how come) (?:not|did not|didnt)$")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_CHOSEN = rf"(?:a |that |the )?(?:{_WEEKDAY}|day|date|oct 26|october 26|26th)"
# "Why was the meeting held on a Monday of all days?", "why that day?", "why did they pick a
# Monday?", "why Delhi of all places?": the reason for the day or place it was held, which
# the article never gives; its reason for the meeting itself (ahead of the 2+2) is no
# reason for the day. "Why did Esper meet Singh on Monday?" still asks why they met.
WHY_THAT_DETAIL = prefilter.compile(
    r"^(?:(?:but|so|and|ok|okay) )?(?:why|how come)\b(?:"
    r".*\bof all (?P<all>days|dates|times|weekdays|places|cities|venues|locations)\b"
    rf"|.*\bon a {_WEEKDAY}\b"
    r"|.*\bthat (?:particular |specific |exact )?(?:day|date)\b"
    rf"|.*\b(?:pick|picked|choose|chose|chosen|select|selected|schedule|scheduled)\b.*\b{_DAY_CHOSEN}\b"
    rf"|(?: on)? {_DAY_CHOSEN}$"
    r")"
)
# "Did the statement name that country?": the one country the last answer was about.
THAT_COUNTRY = prefilter.compile(r"\b(?:that|this|the same) (?:country|nation)\b")
# "Is BECA the same thing as the 2+2?", "are the Quad and the 2+2 the same?", "is the Quad
# another name for the 2+2?": whether two names are of one thing. "Is the Quad different
# from the 2+2?" asks the opposite (group "apart"). The kind word is one that names what a
# thing is, not what it has ("from a different country than" is about countries).
_SAME_KIND = (
    r"(?: (?:thing|things|person|people|man|one|ones|meeting|meetings|event|events|talks"
    r"|agreement|agreements|deal|pact|dialogue|entity|individual|official|guy|body|group"
    r"|organisation|organization|summit|conference))?"
)
_SAME = r"(?:really |actually |just |basically |simply )?(?:the same|one and the same|identical)"
SAME_AS = (
    prefilter.compile(
        r"^(?:is|was|are|were) (?P<a>.+?) " + _SAME + _SAME_KIND + r" (?:as|to|with) (?P<b>.+)$"
    ),
    # "…the same person who met Singh?": the second one described, not named.
    prefilter.compile(
        r"^(?:is|was) (?P<a>.+?) " + _SAME + _SAME_KIND + r" (?P<b>(?:who|that) .+)$"
    ),
    prefilter.compile(
        r"^(?:is|was|are|were) (?P<a>.+?) and (?P<b>.+?) " + _SAME + _SAME_KIND + r"$"
    ),
    # "Was Pompeo the one who met Singh?": 'the one who…' is someone described as the only
    # one who did it, so the same question without 'same'.
    prefilter.compile(
        r"^(?:is|was) (?P<a>.+?) (?P<b>(?P<described>the (?:one|person|man|woman|official|guy"
        r"|individual)) (?:who|that) .+)$"
    ),
    prefilter.compile(
        r"^(?:is|was|are|were) (?P<a>.+?) (?:just |simply )?(?:another|a different|an other"
        r"|an alternative|an alternate|other) (?:name|term|word) (?:for|of) (?P<b>.+)$"
    ),
    prefilter.compile(
        r"^(?:is|was|are|were) (?P<a>.+?) (?P<apart>(?:really |actually )?(?:a )?different"
        + _SAME_KIND
        + r") (?:from|than|to) (?P<b>.+)$"
    ),
    prefilter.compile(
        r"^(?:is|was|are|were) (?P<a>.+?) and (?P<b>.+?) (?P<apart>(?:really |actually )?"
        r"(?:different|two different|separate|distinct)" + _SAME_KIND + r")$"
    ),
)
# "the person who held the press conference": someone described by what they did.
DESCRIBED_PERSON = prefilter.compile(
    r"^(?:the )?(?:(?:person|one|man|woman|official|guy|individual|someone|somebody) )?"
    r"(?:who|that) (?P<did>.+)$"
)
ORDER_ASKED = prefilter.compile(
    r"\b(before|ahead of|prior to|earlier than|after|following|later than)\b"
)
ORDER_SAID = prefilter.compile(
    r"\b(before|ahead of|prior to|earlier than|after|following|later than)\b((?: \S+){1,6})"
)
# "What was the meeting held ahead of?", "before what?": the event on the other side of an
# order in time is what is asked.
ORDER_OBJECT = prefilter.compile(
    r"\b(?:before|ahead of|prior to|after|following|preceding|preceded)"
    r"(?: (?:what|which(?: \w+)?|whom|who))?$"
    r"|\b(?:before|ahead of|prior to|after|following) (?:what|which)\b"
)
# "Where is Tokyo?", "which country is New Delhi in?", "Tokyo is in which country?", "where is
# the Pentagon?"
# Not "what country is each from?", which asks whose country, not where a place is.
LOCATED = prefilter.compile(
    r"^(?:where (?:is|are)(?: the city of)?(?: the)? \S+(?: (?!from$)\S+)?(?: located| situated)?"
    r"|(?:in )?(?:what|which) (?:country|nation|region|part of the world) (?:is|are) \S+"
    r"(?: (?!from$)\S+)?(?: in| located in| situated in)?"
    r"|\S+(?: \S+)? (?:is )?(?:located |situated )?in (?:what|which) (?:country|nation|region))$"
)
DEFINE_OR_ABOUT = prefilter.compile(r"^(?:about|what about|who about)\b")
DEFINE = prefilter.compile(r"^(?:explain|describe|define|what about|who about)\b")


# Questions about the article itself rather than what it reports.
ARTICLE_WORD = r"(?:article|story|piece|report|text|news item)"
ASKS_TITLE = prefilter.compile(
    rf"\b(?:headline|title)\b(?:.*\b{ARTICLE_WORD}\b)?|^what is the headline"
)
# "Give me the title of the deal.", "the agreement's full title?": the name of a thing the
# article tells of, not the article's own headline.
TITLE_OF_ANOTHER = prefilter.compile(
    rf"\btitle of (?:the |this |that |their |its )?(?!{ARTICLE_WORD}\b|(?:the|this|that) )\w"
    r"|\b(?:agreement|deal|pact|accord|treaty|talks|dialogue|meeting|partnership)s?"
    r"(?: full| official| exact| formal| proper)? title\b"
    # "The person who held the press conference — title?", "the man Esper met, his title?":
    # a person's title is his post, not the article's headline.
    r"|\b(?:person|man|woman|official|officials|minister|gentleman|guy|envoy|diplomat|people)"
    r"\b.*\btitle\b|\b(?:his|her|their) (?:\w+ )?title\b"
    # "full name + title pls", "name and title?", "counterpart title": a person's name and
    # post, as a form asks them.
    r"|\bnames? (?:and|plus|&) (?:job )?title\b|\btitle (?:and|plus|&) (?:full )?names?\b"
    r"|\bcounterpart(?:'s)? (?:job )?title\b"
)
# "Is the article an opinion piece?", "is this story a DOD statement?": what kind of piece
# the article is, which it never says of itself; not "is the article about China?".
ASKS_GENRE = prefilter.compile(
    rf"^(?:is|was) (?:this|the) {ARTICLE_WORD} (?:itself |just |really |actually |simply )*"
    rf"(?:a|an) \w+"
)
# "Who wrote it?", "which newspaper published this?": the article itself, not a statement in it.
_THE_ARTICLE = rf"(?:{ARTICLE_WORD}|it|this)"
ASKS_AUTHOR = prefilter.compile(
    rf"\b(?:who|which)\b.*\b(?:wrote|write|writes|written|author|authors|reporter|journalist"
    rf"|publish|published|publisher|newspaper|outlet|site)\b.*\b{_THE_ARTICLE}\b"
    rf"|\b(?:author|publisher|writer|reporter)\b"
    rf"|\bwho (?:wrote|published|reported) (?:it|this|the {ARTICLE_WORD})\b"
    rf"|\bwhich (?:newspaper|outlet|site|publication)\b"
)
# "article publish date", "article pub date": a search query's bare "publish" asks the same.
_WRITTEN_WORDS = r"(?:written|wrote|published|publish|publishing|pub|publication|posted)"
ASKS_WRITTEN = prefilter.compile(
    rf"\b{_WRITTEN_WORDS}\b.*\b{_THE_ARTICLE}\b|\b{_THE_ARTICLE}\b.*\b{_WRITTEN_WORDS}\b"
)
ASKS_ARTICLE_DATE = prefilter.compile(
    rf"\b(?:date|when|day)\b.*\b{ARTICLE_WORD}\b|\b{ARTICLE_WORD}\b.*\b(?:dated|date)\b"
)
ABOUT_THEN = prefilter.compile(
    r"^\s*(?:and\s+|so\s+)?(?:(?:what|how)\s+about|tell\s+me\s+about|talking\s+about"
    r"|regarding|about|as\s+for"
    # "Pertaining to Mr. Begin's visit, what matters were discussed?": the formal "regarding".
    r"|pertaining\s+to|concerning|apropos(?:\s+of)?|as\s+regards"
    r"|(?:with|in)\s+(?:regards?|respect|reference|relation)\s+to"
    r"|on\s+the\s+(?:subject|matter|question)\s+of)"
    r"\s+(?P<who>[^,;?\u2014\u2013]{1,60}?)\s*(?:[,;:\u2014\u2013]|\s-{1,2}\s)\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
PERSONAL = prefilter.compile(r"\b(?:he|she|they|him|her|them)\b", re.IGNORECASE)
# "About the agreement: what is it called?": "it" stands for the topic after a wh-word.
# "The Indian official across the table from Esper, what is his name?": the name of the one
# the lead describes.
NAME_OF_LEAD = prefilter.compile(
    r"\b(?:his|her)\s+((?:full\s+|first\s+|last\s+)?name)\b", re.IGNORECASE
)
# "The man Esper met — what is his title?": anything of the one a clause describes.
OWNED_OF_LEAD = prefilter.compile(
    r"\b(?:his|her)\s+((?:full\s+|first\s+|last\s+)?[a-z]+)\b", re.IGNORECASE
)
THING_AFTER_WH = prefilter.compile(
    r"^(?:what|when|where|why|how|which|who)\b.*?\b(it)\b", re.IGNORECASE
)
# "The Indian official — who is he?", "Pompeo: what did he say?", "Singh, what is his
# title?": a pronoun after the wh-word stands for the lead ("his" for its owner).
LEAD_PRONOUN = prefilter.compile(
    r"^(?:what|when|where|why|how|which|who|whom|whose)\b.*?"
    r"\b(?:(?P<one>he|she|they|him|them)|(?P<own>its|his|their))\b",
    re.IGNORECASE,
)
# "Secure comms — what exactly did they say?": what was said, of the lead when the lead is a
# topic rather than someone who speaks.
SAID_AT_END = prefilter.compile(
    r"^(?:what|how)\b.*\b(?:say|said|state|stated|mention|mentioned|write|wrote|report"
    r"|reported|announce|announced)(?:\s+exactly)?\s*\??$",
    re.IGNORECASE,
)
# "The Secretary of State's press briefing before his trip, what did he say…?": a lead with
# an owner in it; "he" is more likely that owner than the thing owned.
_OWNED = prefilter.compile(r"'s\b|’s\b|\b(?:his|her|their)\b", re.IGNORECASE)
# "That Tokyo meeting — who was there?": at it; "New Delhi, who went there?": to it.
LEAD_THERE = prefilter.compile(
    r"^(?P<asked>who(?: all)? (?:(?P<at>was|were|is|are)|(?P<to>went|goes|go|traveled|travelled"
    r"|flew|came|comes)))(?: \w+)? there\s*\??$",
    re.IGNORECASE,
)


# "The countries, which ones participated?": "ones" stands for the lead's noun.
WHICH_ONES = prefilter.compile(r"^(?P<which>which|what)\s+(?:ones?)\b(?P<rest>.*)$", re.IGNORECASE)
# "The date of those talks, which is?", "the venue, what was?": the lead is what is asked,
# put where a language that says "which is?" leaves it out.
WHICH_IS = prefilter.compile(
    r"^(?:what|which)\s+(?P<verb>is|was|are|were)(?:\s+(?:it|that|they))?\s*\??$", re.IGNORECASE
)
_LEAD_DETERMINER = prefilter.compile(r"^(?:the|these|those|that|this)\s+", re.IGNORECASE)


def stands_for_lead(question: str) -> bool:
    """ "Which ones participated?", "which is?": words that stand for a lead before them,
    as a pronoun does."""
    stripped = question.strip()
    return WHICH_ONES.match(stripped) is not None or WHICH_IS.match(stripped) is not None


def lead_put_for_pronoun(question: str, lead: str) -> str | None:
    """The question with the lead where its pronoun (or a who-question's "there") stands,
    or None when it has neither."""
    stripped = question.strip()
    ones = WHICH_ONES.match(stripped)
    if ones is not None:
        return f"{ones['which']} {_LEAD_DETERMINER.sub('', lead.strip())}{ones['rest']}"
    bare = WHICH_IS.match(stripped)
    if bare is not None:
        return f"what {bare['verb']} {lead.strip()}?"
    thing = THING_AFTER_WH.match(question)
    if thing is not None:  # "…, what did they call it?": "it" first, a thing
        return f"{question[: thing.start(1)]}{lead}{question[thing.end(1) :]}"
    found = LEAD_PRONOUN.match(question)
    if found is not None and not _OWNED.search(lead):
        group = "one" if found["one"] else "own"
        put = f"{lead}'s" if group == "own" else lead
        return f"{question[: found.start(group)]}{put}{question[found.end(group) :]}"
    there = LEAD_THERE.match(question.strip())
    if there is not None:
        return f"{there['asked']} {'at' if there['at'] else 'to'} {lead}?"
    return None


# "Was China in it?", "at them", "part of it": being at the event just answered, which
# says nothing else of what happened there.
IN_IT = prefilter.compile(r"\b(?:in|at|of)\s+(?:it|them|that|those)$")
# "What about Australia: was it part of the talks?": "it", the claim's subject, is the topic.
THING_AS_SUBJECT = prefilter.compile(
    r"^(?:was|is|were|are|did|does|do|has|have|had)\s+(it)\b", re.IGNORECASE
)


# "and Pompeo, how many has he attended?", "and Singh, where did he go?": an "and" with
# someone before the comma is "what about…", when the question after it says "he" or "she"
# of them (not "and the Tokyo talks, who went?", whose question is whole).
_AND_SOMEONE_THEN = prefilter.compile(
    r"^\s*and\s+(?P<who>[^,;?]{2,40}?)\s*,\s*"
    r"(?P<rest>(?:what|when|where|why|how|which|who|whom|did|does|do|is|was|has|have|had)\b"
    r"(?=.*\b(?:he|she|him|her)\b).+)$",
    re.IGNORECASE | re.DOTALL,
)
_ONE_PERSON = prefilter.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)


def about_then_question(text: str) -> str:
    """ "What about Pompeo, did he also go to Tokyo?" → "did Pompeo also go to Tokyo?"."""
    someone = _AND_SOMEONE_THEN.match(text)
    if someone is not None and len(someone["who"].split()) <= 4:
        return _ONE_PERSON.sub(someone["who"].strip(), someone["rest"], count=1)
    match = ABOUT_THEN.match(text)
    if match is None or not HAS_LETTER.search(match["rest"].lower()):
        return text
    rest, who = match["rest"], match["who"].strip()
    if PERSONAL.search(rest):
        return PERSONAL.sub(who, rest, count=1)
    thing = THING_AFTER_WH.match(rest) or THING_AS_SUBJECT.match(rest)
    if thing is not None:
        return rest[: thing.start(1)] + who + rest[thing.end(1) :]
    if _WHO_CAME.match(rest):
        # "What about Australia - who came?": who came for Australia (whom the article
        # never names), not who came to the talks Australia was at (Esper and Pompeo).
        return f"{rest.rstrip(' ?')} for {who}?"
    return f"{rest.rstrip(' ?')} ({who})?"


# "who came?", "who went?", "who attended?", "who was there?": who took part, asked with
# nothing else, so the side or event an "about" names is whom they took part for.
_WHO_CAME = prefilter.compile(
    r"^(?:and |so |then )?(?:who|which (?:people|officials?|ministers?))"
    r" (?:came|went|attended|joined|turned up|showed up|took part|participated"
    r"|(?:was|were) (?:there|present|sent)|represented (?:it|them)|did they send)\s*\?*$",
    re.IGNORECASE,
)


# "there was something about logistics in the article, what did it say?": the asker recalls
# a part of the article and asks for it, which is "what did the article say about X?".
# Read before the comma splits it into a lead and a question, where "it" would be anything.
_RECALLED_PART = prefilter.compile(
    r"^\s*(?:so |ok |hey |and )?(?:i (?:think |remember |recall |read )(?:that )?)?"
    r"(?:there (?:was|is|were)|wasn'?t there|was there|the (?:article|statement|story|piece)"
    r" (?:had|has|mentioned|said))?\s*"
    r"(?:something|smth|sth|stuff|a bit|a part|a line|a section|a mention|a passage"
    r"|a paragraph|a sentence) (?:about|on|abt|re|regarding|concerning) (?P<topic>[^,;?!]+?)"
    r"(?: (?:was |is )?(?:in there|in it|in the (?:article|statement|story|piece)|mentioned))?"
    r"(?:[\s,]+(?:right|rite|ryt|yeah|yes|no|innit|too))?\s*[?,.!;:—–-]+\s*"
    r"(?:so |and |but )?(?:what|wat) (?:did|does|do|was) (?:it|they|that|the (?:article"
    r"|statement|story|piece)) (?:say|said)(?: about (?:it|that|them|this))?(?: exactly| again)?"
    r"\W*$",
    re.IGNORECASE,
)


def recalled_part_asked(text: str) -> str:
    """ "there was a bit about logistics, what did it say about it?" → "what did the article
    say about logistics?"; any other text unchanged."""
    found = _RECALLED_PART.match(text)
    if found is None:
        return text
    return f"what did the article say about {found['topic'].strip()}?"


# "What's the China connection?", "how does Pompeo fit in?", "what role does Japan play?":
# asked what something has to do with the story, which is "what about it?".
_ROLE_IN_STORY = prefilter.compile(
    r"^(?:so |and |ok )?(?:"
    r"what is the (?P<a>.+?) (?:connection|angle|link|role|relevance|story|deal)"
    r"|what (?:role|part) (?:does|did|do) (?P<b>.+?) play(?: in (?:this|it|all this|the story))?"
    r"|(?:how|where) (?:does|did|do) (?P<c>.+?) (?:fit in|fit into this|come in"
    r"|come into (?:it|this|things|the picture|the story|play)"
    r"|figure in this|figure in|fit into the story|fit)"
    r"|what (?:does|did|do) (?P<d>.+?) (?:have|has) to do with (?:this|it|anything|all this)"
    r"|what has (?P<e>.+?) got to do with (?:this|it|anything)"
    r"|what is the deal with (?P<f>.+?)"
    r"|(?:give|tell) me (?:\w+ )?(?:facts|things|details|points) (?:about|on) (?P<g>.+?)"
    # "Describe the agreement", "characterise the relationship": asked to tell about a
    # thing named; "describe how ties are going" asks a question, which framing leaves.
    r"|(?:describe|characteri[sz]e|give me a description of)(?: to me| for me)?"
    r" (?P<h>(?!(?:how|what|whats|why|where|when|who|whom|whose|whether|which|if|exactly)\b)"
    r".+?)"
    # "so how does china come into it then?": a word that only takes up the talk so far;
    # "What's the China angle in this story?", "…in all this?": the story's, as asked bare;
    # "so what's the China angle in the article then?": both.
    r")(?:(?: then| now| exactly| here| again| anyway| really"
    r"| in (?:(?:this|the) (?:story|article|piece|report|news)|all (?:this|that)|this)){1,2})?$"
)
# "What's the difference between the 2+2 and the Quad talks?": what each of them is.
_DIFFERENCE = prefilter.compile(
    r"^what is the (?:difference|distinction) between (?P<a>.+?) and (?P<b>.+?)$"
)

# "How is Esper's job different from Singh's?", "how does the 2+2 differ from the Quad
# talks?", "what sets Esper apart from Singh?": the difference between the two, told by
# what each of them is.
_DIFFERS = prefilter.compile(
    r"^how (?:is|are|was|were) (?P<a>.+?) different (?:from|to|than) (?P<b>.+?)$"
    r"|^how (?:does|do|did) (?P<c>.+?) differ from (?P<d>.+?)$"
    r"|^how (?:do|did) (?P<e>.+?) and (?P<f>.+?) differ$"
)

# "Who says relations are heating up — U.S. officials, Pompeo, or the article itself?": the
# question before the dash; the options after it are for the asker, not the matcher.
_OPTIONS_AFTER_DASH = prefilter.compile(
    r"^(?P<asked>(?:who|whom|which|what|where|when)(?:\s+[^\s—–]+){2,}?)\s+(?:—|–|--?)\s+"
    r"(?P<options>[^—–?]+,[^—–?]+\bor\b[^—–?]+)\?*$",
    re.IGNORECASE,
)


# "(A) New Delhi (B) Tokyo", "a) … b) …": a quiz's lettered options.
_TRAILING_JOIN = re.compile(r"[\s,]+(?:or|and)$", re.IGNORECASE)
_LETTERED = re.compile(r"(?:(?<=^)|(?<=[\s:;,]))\(?([A-Fa-f])\)\s*")


def lettered_options(text: str) -> str:
    """ "Which city hosted the talks: (A) New Delhi (B) Tokyo (C) Canberra?" → "Which city
    hosted the talks: New Delhi, Tokyo or Canberra?", as the options are asked unlettered.
    The letters must run from A in order; other text is unchanged."""
    if ")" not in text:
        return text  # no letter is closed: most questions skip the (slow) scan
    markers = list(_LETTERED.finditer(text))
    letters = "".join(m[1].lower() for m in markers)
    if len(markers) < 2 or letters != "abcdef"[: len(markers)]:
        return text
    stem = text[: markers[0].start()].rstrip(" :-–—?")
    ends = [m.start() for m in markers[1:]] + [len(text)]
    options = [
        _TRAILING_JOIN.sub("", text[m.end() : end].strip(" ,;.?"))
        for m, end in zip(markers, ends, strict=True)
    ]
    if not stem or not all(options):
        return text
    # "Did they meet (a) in Tokyo or (b) in New Delhi?": options inside the sentence stay
    # inside it; after a colon or a question, they are the options listed.
    listed = text[: markers[0].start()].rstrip().endswith((":", "?", "-", "–", "—"))
    return f"{stem}{': ' if listed else ' '}{', '.join(options[:-1])} or {options[-1]}?"


# "Which statement best describes relations between Washington and Beijing: improving,
# stable, or worsening?": asked how those relations are, whatever options are offered; the
# article's own words answer, not a pick among the asker's.
_BEST_DESCRIBES = prefilter.compile(
    r"^(?:which|what)(?: one)?(?: of (?:these|the following))?"
    r" (?:statement|word|term|phrase|option|description|answer|choice|label|adjective)s?"
    r" (?:best |most accurately |most closely )?"
    r"(?:describes?|characteri[sz]es?|captures?|sums? up|fits?|applies to)"
    r"(?: the (?:state|nature|direction|course) of)?"
    r" (?P<subject>(?:the )?(?:[\w.+-]+ ){0,5}?(?:relations|relationship|ties)"
    r"(?: between [\w.+-]+ and [\w.+-]+)?)"
    r"(?:\s*(?::|—|–|-|,)\s*[^?]+)?\?*$",
    re.IGNORECASE,
)
_PLURAL_RELATIONS = re.compile(r"\b(?:relations|ties)\b", re.IGNORECASE)


# "What label did US officials attach to the US-India relationship?", "what description
# did they give the relationship?": asked how they described it.
_LABEL_GIVEN = prefilter.compile(
    r"^(?:and |so )?what (?:label|name|description|characteri[sz]ation|tag|epithet|term"
    r"|words?|phrase)"
    r" (?P<aux>did|do|does|have|had|has) (?P<who>[^?]+?)"
    r" (?:attach|apply|give|put on|pin on|assign)"
    r"(?: to)? (?P<what>[^?]+?)\?*$",
    re.IGNORECASE,
)


def label_given_asked(text: str) -> str:
    """ "What label did US officials attach to the US-India relationship?" → "how did US
    officials describe the US-India relationship?"; other text unchanged."""
    match = _LABEL_GIVEN.match(text.strip())
    if match is None:
        return text
    aux = {"do": "do", "does": "does"}.get(match["aux"].lower(), "did")
    return f"how {aux} {match['who']} describe {match['what']}?"


# "And their verdict on the robustness of the defence relationship?": a bare noun phrase
# asking someone's view of something, asked in full.
_BARE_VIEW = prefilter.compile(
    r"^(?:and |so |what about |how about )?(?P<whose>their|his|her|the two men'?s|[a-z]+'s)"
    r" (?:verdict|opinion|view|assessment|appraisal|evaluation|judge?ment|stance)"
    r" (?:on|of|about|regarding) (?P<what>[^?]+?)\?*$",
    re.IGNORECASE,
)


def bare_view_asked(text: str) -> str:
    """ "and their verdict on the robustness of the defence relationship?" → "what was their
    view of the robustness of the defence relationship?"; other text unchanged."""
    match = _BARE_VIEW.match(text.strip())
    if match is None:
        return text
    return f"what was {match['whose']} view of {match['what']}?"


# "Name the two officials who met." (Esper and Singh) "What post does the second one hold?":
# one of the two people the last answer named, by their order there.
_ORDINAL_ONE = prefilter.compile(
    r"\bthe (?:(?P<first>first|former)|(?P<second>second|latter))"
    r"(?: (?:one|of them|of the two|of those two|person|official|man|minister|named))?"
    r"(?P<own>'s|’s)?(?=\W|$)",
    re.IGNORECASE,
)


_NOTHING_ELSE_ASKED = re.compile(
    r"\W*(?:(?:and|so|ok|what about|how about|about)\W+)?(?:then|now)?\W*", re.IGNORECASE
)


def ordinal_one_named(text: str, names: tuple[str, str]) -> str:
    """The question with "the second one" / "the latter" put as the second of two names, "the
    first one" / "the former" as the first; other text unchanged. "The first 2+2" or "the
    second time" are not people, so only a bare ordinal or one of the person nouns is read."""
    match = _ORDINAL_ONE.search(text)
    if match is None or _ORDINAL_ONE.search(text, match.end()) is not None:
        return text
    if (
        match.group(0).lower().split()[1:2] in (["first"], ["second"])
        and len(match.group(0).split()) == 2
        and not match["own"]
    ):
        return text  # "the second" alone: "the second 2+2", "the second time"
    rest = f"{text[: match.start()]} {text[match.end() :]}"
    if _NOTHING_ELSE_ASKED.fullmatch(rest):
        return text  # "and the first one?" could ask the last question again of either
    name = names[0] if match["first"] else names[1]
    return f"{text[: match.start()]}{name}{match['own'] or ''}{text[match.end() :]}"


# "Which event did the meeting precede?" (the 2+2 Dialogue) "Who are the participants in
# that forum?": a generic word for an event, with "that", stands for the event just named.
_THAT_EVENT = prefilter.compile(
    r"\b(?:that|this|the said|said|the same) (?:forum|event|gathering|summit|session|occasion"
    r"|get-together|format)\b",
    re.IGNORECASE,
)


# "And it was ahead of what?" (the 2+2 Dialogue) "Who takes part in that?": a bare "that"
# ending the question, after a word that takes an event, is that event too.
_THAT_EVENT_ENDING = prefilter.compile(
    r"(?:"
    + "|".join(
        rf"(?<=\b{word} )"
        for word in "in at to for attend attends attended attending join joins joined".split()
    )
    + r")(?:that|this)(?: one)?(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)


def event_named_for_that(text: str, event: str) -> str:
    """The question with "that forum" / "this event" put as the event's name; other text
    unchanged. Only one such phrase is read ("that event and this one" is unclear)."""
    found = list(_THAT_EVENT.finditer(text)) or list(_THAT_EVENT_ENDING.finditer(text))
    if len(found) != 1:
        return text
    match = found[0]
    return f"{text[: match.start()]}{event}{text[match.end() :]}"


def best_describes_asked(text: str) -> str:
    """ "Which word best describes U.S.-India ties: cooling, stable or heating up?" → "how
    are U.S.-India ties?"; other text unchanged."""
    match = _BEST_DESCRIBES.match(text.strip())
    if match is None:
        return text
    subject = match["subject"]
    verb = "are" if _PLURAL_RELATIONS.search(subject) else "is"
    return f"how {verb} {subject}?"


def options_set_aside(text: str) -> str:
    """The question without a list of options after a dash; other text unchanged."""
    match = _OPTIONS_AFTER_DASH.match(text.strip())
    return f"{match['asked'].rstrip(' ,')}?" if match is not None else text


# "Describe US-China relations", "now characterise the state of India-China ties": how they
# are, as "how are US-China relations?" asks, not a summary of everything about China.
_RELATIONS_DESCRIBED = prefilter.compile(
    r"^(?:so |and |ok |okay |now |then )*(?:describe|characteri[sz]e|explain)(?: to me| for me)?"
    r" (?:the )?(?:(?:current |present )?(?:state|condition|status) of (?:the )?)?"
    r"(?P<relations>[\w.-]+ (?:relations|ties))(?: then| now| at present| currently)?$"
)
# "Describe China's reaction to the agreement", "explain India's response to the BECA": how
# they reacted, as "how did China react to the agreement?" asks, which the article may not
# say; not a summary of everything about China (which answered a different question).
_REACTION_DESCRIBED = prefilter.compile(
    r"^(?:so |and |ok |okay |now |then )*(?:describe|characteri[sz]e|explain)(?: to me| for me)?"
    r" (?:the )?(?P<who>[\w.-]+(?: [\w.-]+)?) (?:s )?(?:reaction|reactions|response|responses)"
    r" (?:to|on) (?P<what>.+)$"
)


def described_as_asked(normalised: str) -> str | None:
    """ "describe india-china relations" → "how are india-china relations?"; "describe
    china reaction to the agreement" → "how did china react to the agreement?"; None when
    the request names neither."""
    relations = _RELATIONS_DESCRIBED.match(normalised)
    if relations is not None:
        return f"how are {relations['relations']}?"
    reaction = _REACTION_DESCRIBED.match(normalised)
    if reaction is not None:
        return f"how did {reaction['who']} react to {reaction['what']}?"
    return None


def role_in_story(text: str) -> str:
    """ "What's the China connection?" → "tell me about china"; other text unchanged."""
    described = described_as_asked(normalise(text))
    if described is not None:
        return described
    difference = _DIFFERENCE.match(normalise(text))
    if difference is not None:
        return f"what is {difference['a']} and what is {difference['b']}?"
    differs = _DIFFERS.match(normalise(text))
    if differs is not None:
        first, second = (g for g in differs.groups() if g is not None)
        return f"what is {first} and what is {second}?"
    match = _ROLE_IN_STORY.match(normalise(text))
    if match is None:
        return text
    subject = next(group for group in match.groups() if group)
    written = re.search(re.escape(subject), text, re.IGNORECASE)  # "Modi", as typed
    if written is not None:
        subject = written.group(0)
    return f"tell me about {subject}"  # not "what about X?", which follows the last question


_SETS_ASIDE = prefilter.compile(
    r"^(?:besides|except|apart from|aside from|other than|excluding|not counting|"
    r"in addition to|along with|like"
    # "Per Pompeo, who could work together?": whose words the question is about.
    r"|according to|per|as per|in the words of|in \w+(?:'s|’s)? (?:words|view|telling))\b",
    re.IGNORECASE,
)


# The thing a count counts: "2+2s" in "how many 2+2s…", not "of" or a verb.
_HOW_MANY_OF = prefilter.compile(
    r"^how many (?!(?:of|has|have|had|did|does|do|is|are|was|were)\b)(\S+)", re.IGNORECASE
)
# "And how many did Esper go to?": a count that does not say of what.
HOW_MANY_BARE = prefilter.compile(
    r"^(?:and |so )?how many (?=(?:has|have|had|did|does|do|is|are|was|were) (?!there\b))",
    re.IGNORECASE,
)


# "What did they agree on and did China respond?", "who met Singh and how did China
# react?": a wh-question, then a question of its own, each answered for itself.
_WH_START = prefilter.compile(r"^(?:who|whom|what|which|when|where|why|how)\b", re.IGNORECASE)
_YESNO_PART_BREAK = re.compile(
    r"\s*,?\s+and\s+(?=(?:how\s+)?(?:did|does|do|has|have|had|was|were|is|are|will|would)"
    r"\s+(?!not\b)(?:the\s+)?[a-z][\w'-]*\s+[a-z][\w'-]*)",
    re.IGNORECASE,
)

# "Did they agree on BECA, and did they welcome more info-sharing?": a yes/no question, a
# comma, and a second one; the comma keeps "did Esper and Singh meet" one question.
_YESNO_START = prefilter.compile(
    r"^(?:did|does|do|has|have|had|was|were|is|are|will|would)\b", re.IGNORECASE
)
_YESNO_PAIR_BREAK = re.compile(
    r"\s*,\s*and\s+(?=(?:did|does|do|has|have|had|was|were|is|are|will|would)"
    r"\s+(?!not\b)(?:the\s+)?[a-z][\w'-]*\s+[a-z][\w'-]*)",
    re.IGNORECASE,
)


_BETWEEN_WHO_AND_WHO = re.compile(r"\bbetween whom? and whom?\b", re.IGNORECASE)


def split_multi(text: str) -> list[str]:
    """ "Who met Singh and where?", "Who did Esper meet, on what day, and ahead of which
    event?": one question per part; the later parts are follow-ups of the first."""
    # "information sharing between who and who?" is one question: between whom.
    text = _BETWEEN_WHO_AND_WHO.sub("between whom", text)
    asked = _questions_asked(text)
    if len(asked) > 1:
        # "What is the 2+2 Dialogue? Which ministers attend it?": each in turn, each part of
        # one split further ("…, and where?").
        return [part for question in asked for part in split_multi(question)]
    dashed = _TWO_QUESTIONS.match(text)
    if dashed is not None:
        # "What does 'quadripartite' mean - how many countries were involved?": two
        # questions, not a topic and its question ("New Delhi meeting - who attended?").
        return [*split_multi(dashed[1]), dashed[2]]
    parts = [p.strip(" ,;") for p in PART_BREAK.split(text) if p.strip(" ,;?")]
    if len(parts) < 2:
        parts = [p.strip(" ,;") for p in _NOUN_PART_BREAK.split(text) if p.strip(" ,;?")]
    if len(parts) < 2 and _COUNT_WORD.search(text.split(" and ")[0]):
        parts = [p.strip(" ,;") for p in _COUNT_PART_BREAK.split(text) if p.strip(" ,;?")]
    if len(parts) < 2:
        parts = _counts_joined(text)
    if len(parts) < 2 and _WH_START.match(text.strip()):
        parts = [p.strip(" ,;") for p in _YESNO_PART_BREAK.split(text) if p.strip(" ,;?")]
    if len(parts) < 2 and _YESNO_START.match(text.strip()):
        parts = [p.strip(" ,;") for p in _YESNO_PAIR_BREAK.split(text) if p.strip(" ,;?")]
    if len(parts) < 2:
        return [text]
    if _SETS_ASIDE.match(parts[0]):
        return [text]  # "Besides Esper, who else went to Tokyo?" is one question
    parts = [parts[0], *(piece for part in parts[1:] for piece in _yes_no_after_wh(part))]
    # "According to the article, which countries…" is one question behind a framing phrase.
    parts = [p for p in parts if strip_framing(normalise(p))]
    if len(parts) < 2 or len(strip_framing(normalise(parts[0])).split()) < 2:
        return [" ".join(parts)] if parts else [text]
    for at in range(1, len(parts)):
        counted = _HOW_MANY_OF.match(parts[at - 1])
        bare = HOW_MANY_BARE.match(parts[at])
        if counted is not None and bare is not None:
            # "How many 2+2s have there been, and how many has Esper been to?": of those.
            parts[at] = f"{parts[at][: bare.end()]}{counted[1]} {parts[at][bare.end() :]}"
        kind = _WHICH_KIND.match(parts[at - 1])
        elided = _WHICH_VERB.match(parts[at])
        if kind is not None and elided is not None and kind[2].lower() in KIND_NOUNS:
            # "Which city hosted the Quad talks and which hosted the meeting?": which city.
            parts[at] = f"{elided[1]} {kind[2]} {parts[at][elided.end() :]}"
    return parts


def _counts_joined(text: str) -> list[str]:
    """ "2+2 count + esper count": each part a count of its own; one part otherwise ("esper
    + singh meeting count" counts one thing of both)."""
    parts = [p.strip(" ,;") for p in _COUNTS_JOINED.split(text) if p.strip(" ,;?")]
    if len(parts) > 1 and all(_COUNT_WORD.search(p) for p in parts):
        return parts
    return [text]


def _yes_no_after_wh(part: str) -> list[str]:
    """ "Who met Singh, where, and did Pompeo join them?": a later part that asks "where"
    and then a yes or no of its own is two parts; read as one, "where did Pompeo join
    them?" put the meeting in Tokyo."""
    if not _WH_START.match(part):
        return [part]
    pieces = [p.strip(" ,;") for p in _YESNO_PART_BREAK.split(part) if p.strip(" ,;?")]
    return pieces if len(pieces) > 1 else [part]


# "Has Esper been to a 2+2 before? How many?": a count of its own, asked of the question
# before it, not words that press that question ("…? What exactly?").
_COUNT_ALONE = re.compile(r"^(?:and |so )?how many\??$", re.IGNORECASE)


def _questions_asked(text: str) -> list[str]:
    """The questions of a message that is only questions, each ending with "?" ("What is
    it? Who attends it?"); one item otherwise."""
    stripped = text.strip()
    if "?" in stripped and not stripped.endswith(("?", ".", "!")):
        # "who met singh? did they talk about info sharing": a run-on typist's last
        # question, its "?" left off; it stands alone if it reads as one.
        stripped += "?"
    if stripped.count("?") < 2:
        return [text]
    sentences = [s.strip() for s in SENTENCE_END.split(stripped) if s.strip()]
    if len(sentences) < 2 or not all(
        # "…? What exactly?": too short to stand alone, it presses the one before
        s.endswith("?")
        and QUESTION_START.match(_after_lead(s) if at == 0 else s)
        and (len(s.split()) >= 3 or (at > 0 and _COUNT_ALONE.match(s) is not None))
        for at, s in enumerate(sentences)
    ):
        return [text]
    return sentences


# "Our listeners want to know — is Esper an old hand at these 2+2s? How many has he been
# to?": a lead before a dash or colon, then the first question (which keeps its lead).
_LEAD_BEFORE_QUESTION = re.compile(r"^[^?]{3,80}?\s*(?:[-–—]|:)\s+(?=\w)")


def _after_lead(sentence: str) -> str:
    """The first sentence after a lead that ends with a dash or a colon."""
    lead = _LEAD_BEFORE_QUESTION.match(sentence)
    return sentence[lead.end() :] if lead is not None else sentence


_ASKING_WORD = r"(?:what|who|where|when|why|how|which|is|are|was|were|did|does|do)\b"
_TWO_QUESTIONS = re.compile(
    rf"^({_ASKING_WORD}[^-–—]+?)\s+[-–—]\s+({_ASKING_WORD}.+)$", re.IGNORECASE
)
_WHICH_KIND = prefilter.compile(r"^(?:in |at |to )?(which|what) (\w+)", re.IGNORECASE)
# "…and which hosted…", "…and which one hosted…": the kind asked is left out. ("…and what
# did they welcome?" is a question of its own.)
_WHICH_VERB = prefilter.compile(r"^(?:and )?(which|what)(?: one)? (?=\w+ed\b)", re.IGNORECASE)


# "Give me the date and the city of the meeting, and the number of 2+2s": things asked for
# by name, one after another.
_ASKED_FOR = re.compile(
    r"^(?P<lead>(?:can you |could you |please |pls )*(?:give|tell|show|send) me|i (?:need|want)"
    r"|what (?:are|were|is|was)|list|name)\s+(?P<both>both\s+)?(?P<items>the .+?)\s*[?.!]*$",
    re.IGNORECASE,
)
# What "what were the date and the city of…" can ask for, one by one.
_ATTRIBUTES = frozenset(
    "date day month year time city place venue location country countries number count "
    "name names title titles purpose reason outcome result results agreement destination".split()
)
# "the where and when of the meeting": the question words as nouns
_ASKED_WORDS = frozenset({"where", "when"})
_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+)?(?=the )|\s+and\s+(?=the )", re.IGNORECASE)
_ITEM_WORDS = "|".join(sorted(_ATTRIBUTES | _ASKED_WORDS))
# "the place and date of…": a bare second attribute is asked for as much as the first
_BARE_SECOND = re.compile(rf"\b({_ITEM_WORDS})\s+and\s+(?=(?:{_ITEM_WORDS})\b)", re.IGNORECASE)
_RELATIVE_AFTER_HEAD = re.compile(r"^the \w+ (where|when|who|whom|that|which)\b", re.I)
_PAIRED = re.compile(r"\b(?:between|among|amongst|both)\b", re.IGNORECASE)
_OF_TAIL = re.compile(r"\s(?:of|for|at|in)\s.+$", re.IGNORECASE)


def split_asked_for(text: str) -> list[str]:
    """ "Give me the date and the city of the meeting, and the number of 2+2s so far." →
    "what is the date of the meeting?", "what is the city of the meeting?", "what is the
    number of 2+2s so far?": an item with no "of …" of its own shares the next one's."""
    asked = _ASKED_FOR.match(text.strip())
    if asked is None:
        return [text]
    if _PAIRED.search(asked["items"]):
        return [text]  # "the ties between the U.S. and the Indian military": one thing
    listed = _BARE_SECOND.sub(r"\1 and the ", asked["items"])
    items = [i for i in _ITEM_BREAK.split(listed) if i]
    if len(items) < 2 or any(len(i.split()) > 8 for i in items):
        return [text]
    heads = [i.split()[1].lower() if len(i.split()) > 1 else "" for i in items]
    if asked["both"] and not all(h in _ATTRIBUTES | _ASKED_WORDS for h in heads):
        return [text]  # "both the U.S. and the Indian ministers": one group
    if asked["lead"].lower().startswith("what") and not all(h in _ATTRIBUTES for h in heads):
        return [text]  # "what were the U.S. and the Indian delegations?": one question
    for at in range(len(items) - 2, -1, -1):
        tail = _OF_TAIL.search(items[at + 1])
        if tail is not None and _OF_TAIL.search(items[at]) is None:
            items[at] += tail.group(0)  # "the date" and "the city of the meeting"
    return [_item_asked(item, head) for item, head in zip(items, heads, strict=True)]


def _item_asked(item: str, head: str) -> str:
    """One item of a list asked for, as its own question."""
    tail = _OF_TAIL.search(item)
    if head in _ASKED_WORDS and tail is not None:
        # "the where of the meeting" asks where the meeting was, not what "where" is
        return f"{head} was {tail.group(0).split(maxsplit=1)[1]}?"
    clause = _RELATIVE_AFTER_HEAD.match(item)
    if clause is not None:
        # "the city where Esper met Singh": the clause says what is asked (where), which
        # "what is the city where…" would hide
        return f"{'tell me' if clause[1].lower() in ('where', 'when') else 'name'} {item}?"
    return f"what {'are' if head.endswith('s') else 'is'} {item}?"


# A long message that gives its background first and asks last: "…I can never remember the
# line-up — which countries were in it?"
_LONG_MESSAGE_WORDS = 18
# "In which city did the talks take place, and …", "where were they held, and …": a
# question of its own before ", and" and the next question word.
_FIRST_OF_TWO = prefilter.compile(
    r"^(?:(?:in|at|on|to|from|with|by|for)\s+)?(?:who|whom|whose|what|which|when|where|why|how)"
    r"\b[^.!?;:—–]*,\s*and\s+$",
    re.IGNORECASE,
)
_ASIDE_BREAK = prefilter.compile(r"\s*(?::|—|–|\s-{1,2}\s)\s*")
_CONFIRM = prefilter.compile(
    # "Is he right?" (the nephew who said it), "have I got that right?"
    r"^(?:(?:is|was) (?:that|this|it|he|she) (?:correct|right|true|accurate|so)"
    r"|are they (?:correct|right)|(?:correct|right|true)"
    r"|am i right|right or wrong|true or false"
    r"|(?:have|did) i (?:got|get) (?:that|it|this) (?:right|correct)"
    r"|(?:do|did) i have (?:that|it) right|if i remember (?:right|rightly|correctly)"
    r"|if i recall (?:right|rightly|correctly)|or am i (?:wrong|mistaken|misremembering)"
    r"|is (?:that|this) what (?:the|this) (?:article|piece|story|report) says"
    # a newsroom's checks: "…. OK?", "Fine?", "Accurate?", "Does that sound right?"
    r"|ok|okay|fine|accurate|good|yes|yeah|confirm|agreed|do you agree|am i correct"
    r"|(?:does )?(?:that|this) (?:sound|look)s? (?:right|correct|ok|okay|accurate)"
    r"|is (?:that|this) (?:ok|okay|fine|good)"
    # "Could you kindly confirm as much?", "can you confirm that?", "is that a fair reading?"
    r"|(?:(?:can|could|would|will) you )?(?:kindly |please )?(?:confirm|verify)"
    r"(?: (?:that|this|it|as much|so))?"
    r"|is (?:that|this|it) (?:a )?(?:fair|accurate|correct|right) (?:reading|summary|account"
    r"|description|statement|assessment)"
    # a fact-checker's: "Check please.", "Verbatim?", "Is the attribution right?", "Check."
    r"|(?:please |pls )?check(?: please| pls| this| that| it)?|verbatim|(?:is (?:that|this|it) )?"
    r"(?:verbatim|accurate|right)|is the (?:attribution|quote|wording|line|spelling|date"
    r"|timing|number|figure|count|city|place|location|day|order) (?:right|correct"
    r"|accurate|ok|okay)"
    r"|(?:is )?(?:that|this) (?:what (?:it|the article) says|supported by the article)"
    # A debate coach's: "Claim: the partnership is about China. Does the article back that
    # up?", "…. What's the strongest evidence for that?": the claim before is checked.
    r"|(?:does|do|would|can) (?:the|this) (?:article|piece|story|report|text)"
    r" (?:really |actually )?(?:support|back|back up|bear out|corroborate|substantiate)"
    r" (?:that|this|it)(?: claim| idea| up| out)?"
    r"|(?:what(?:'s|’s| is)|where(?:'s|’s| is)) (?:the |your )?(?:single )?(?:strongest |best"
    r" |clearest |main )?(?:evidence|proof) (?:in the article )?(?:for|of) (?:that|this|it)"
    r"(?: claim)?"
    # "…in Washington - could you confirm that's where it happened?", "…on Tuesday. Is that
    # when they met?": the claim's place or day is what is checked.
    r"|(?:(?:can|could|would|will) you (?:kindly |please )?(?:confirm|verify|check)"
    r"(?: that| whether| if)? )?(?:(?:is|was) (?:that|this|it)|(?:that|this|it)(?:'s|’s| is| was))"
    r" (?:where|when) (?:it|they|this|that|he|the (?:meeting|talks?|visit))"
    r" (?:happened|took place|was held|were held|occurred|met|happen|take place))"
    # "Is that right, or have I got it back to front as usual?": the other way, in passing
    r"(?:\s*,?\s+or\s[^?]*)?\s*[?.]?$",
    re.IGNORECASE,
)
# "…. Is the title right?": the claim's title is checked, not the article's headline.
_TITLE_CHECKED = prefilter.compile(
    r"^(?:is|was) (?:the|his|her|their) (?:job )?titles? (?:right|correct|accurate|ok|okay)\s*\??$",
    re.IGNORECASE,
)
# "Quick check: the talks in Tokyo were quadripartite?": a claim to check after the lead.
_CHECK_LEAD = prefilter.compile(
    r"^(?:quick |just a |a quick )?(?:check|fact[- ]?check|sanity check|question|query)"
    r"|^just (?:checking|to check|confirming|to confirm)|^to confirm|^checking|^confirm"
    # a fact-checker going down a list: "Next: 'India-China relations are deteriorating
    # sharply.'", "Next claim: …", "Another one: …", "Line 4: …"
    r"|^(?:(?:and|ok|okay|right|then|now),? )?(?:next|another|one more|new)"
    r"(?: (?:one|claim|line|sentence|statement|item|check|up))?$"
    r"|^(?:claim|line|sentence|statement|item)(?: \d+)?$"
    # "Title check: Singh is India's foreign minister, correct?", "Date check: …". Not a
    # spelling or name check: the claim's words are autocorrected ("Rajnat" → "Rajnath"),
    # so a misspelt name would get Yes.
    r"|^(?:(?:quick|a quick|one more|another|final) )?(?:title|date|place|attribution"
    r"|accuracy|figure|number) check(?:,? please)?$"
    # "I do hope I have this right: Esper flew to Washington, didn't he?"
    r"|^i (?:do |very much )?hope i(?:'ve| have| got)? (?:got )?(?:this|that|it) (?:right|correct)"
    r"|^correct me if i(?:'m| am) wrong|^if i (?:remember|recall) (?:rightly|right|correctly)",
    re.IGNORECASE,
)
_REPORTED = prefilter.compile(
    # "And the draft says…", "it also says…", "my colleague wrote that…": a fact-checker
    # reading on through the piece being checked.
    r"^(?:(?:and |but |so )?(?:(?:my|our|the|this) (?:draft|notes?|article|story|source|friend"
    r"|colleague|mate|dad|mum|mom|teacher|brother|sister|boss|copy|lede|piece|report|editor"
    r"|headline)|it) (?:also |further )?"
    r"(?:says?|said|claims?|thinks|reckons|states?|reads|has it|wrote|writes|has written)"
    r"|(?:draft|notes?|copy) (?:says?|said|claims?|states?|reads)"
    r"|(?:we|i) (?:wrote|write|have written|reported|say|said|are saying|have it|put)"
    # "I'm writing that Esper met Singh in Washington - could you confirm…?" (not "I'm
    # writing a report…")
    r"|(?:i'm|i’m|im|i am|we're|we’re|we are) (?:writing|saying|putting|reporting|claiming"
    r"|stating|arguing)(?= that\b)"
    # "I understood from the wireless that…", "I heard on the radio that…"
    r"|i (?:read|heard|saw|understood|gathered|learn[et]d?) (?:from|on|in|off)"
    r" [^,.?]{1,40}?(?= that)"
    r"|i (?:read|heard|think|thought|believe|was told|remember|recall|assumed|had it in my head"
    r"|was under the impression|got the impression|understood|understand|gather|gathered"
    r"|am given to understand|was given to understand|take it"
    r"|seem to remember)|(?:someone|somebody) (?:told me|said)"
    # "My nephew says…", "my neighbour Doris insists…", "I understood from the wireless that…"
    r"|(?:my|our) (?:[\w'-]+ ){1,3}?(?:says?|said|claims?|thinks|reckons|insists|swears"
    r"|tells me|told me|is sure|is convinced|has it)"
    r"|apparently|supposedly|reportedly"
    # "Fact-check please: Esper and Singh met in New Delhi. Accurate?": a label, politely put
    r"|(?:claim|(?:quick |sanity |a quick )?(?:fact[- ]?)?check|statement)"
    r"(?:,? (?:please|pls|plz|for me|needed|request))?\s*:"
    # a fact-checker's labels: "Draft: …", "Line in draft: …", "Quote check: …"
    r"|(?:(?:the|my|our) )?(?:draft|copy)(?: line| text| sentence| says| reads)?\s*:"
    r"|(?:line|sentence|passage) (?:in|from) (?:the |my |our )?(?:draft|copy)\s*:"
    r"|(?:quote|spelling|date|name|attribution) check\s*:"
    # "Confirm: Singh is India's Minister of External Affairs. Correct?", "Please verify:
    # …", "Check this: …": the request to check, a label before the claim.
    r"|(?:(?:please|pls|plz|kindly) )?(?:confirm|verify|check (?:this|that|the following))\s*:"
    # "The report, as I read it, states that…": the article's claim, as the asker reads it
    r"|(?:the|this) (?:report|article|piece|story),? as i (?:read|understand|see) it,?"
    r" (?:says|states|reports|claims|has it))(?: that)?\s+",
    re.IGNORECASE,
)
# "Draft lists the Quad as…", "our copy gives Begin's title as…": what the draft says a
# thing is, put as the claim that it is.
_LISTED_AS = prefilter.compile(
    r"^(?:(?:my|our|the|this) )?(?:draft|notes?|copy|piece|story|lede|script)"
    r" (?:lists|gives|names|has|describes|puts|identifies|renders)"
    r" (?P<thing>[^,.?!]+?) as (?P<as>[^.?!]+)$",
    re.IGNORECASE,
)
_WHETHER = prefilter.compile(r"\bwhether (?P<claim>[^.?!]+)", re.IGNORECASE)
# "Forgive an old man's curiosity, but what…", "…in India, and I was wondering, who…":
# the question starts at the first question word after a comma.
_OPENING = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay|well|anyway|basically|right|then)\s*,?\s+)+"
    r"|^.{0,160}?,\s*(?:(?:so|but|and|yet)\s+)?"
    r"(?:i\s+(?:was\s+|am\s+|'m\s+)?(?:just\s+)?wonder(?:ing|ed)?\s*,?\s*)?"
    r"(?=(?:who|whom|whose|what|which|when|where|why|how)\b)",
    re.IGNORECASE,
)


PRONOUN_WORDS = frozenset("it its they them their he him his she her this that these those".split())
# "Before the big meeting, how were officials describing the relationship?": a time or a
# place set before the question, which is read as if it came after it.
_LEADING_SETTING = prefilter.compile(
    # "And in Tokyo, what did they agree?": a follow-up's "and" is no part of the setting.
    r"^\s*(?P<connective>(?:(?:and|so|but|then|ok|okay|also)\s+)*)"
    r"(?P<lead>(?:before|after|during|prior to|ahead of|following|earlier|later|at|on|in"
    r"|while|when)\b[^,?—–]{2,60}?)\s*[,—–]\s*"
    r"(?P<question>(?:what|why|how)\b[^?]*)\?*\s*$",
    re.IGNORECASE,
)


# "According to Pompeo, who poses the threat?", "acc to pompeo who poses the threat": whose
# word it is, read after the question (first, "Pompeo" would be taken for who did it).
_LEADING_SOURCE = prefilter.compile(
    r"^\s*(?P<lead>(?:according|acc\.?) to\b(?!\s+(?:whom|who)\b)[^,?—–]{2,40}?)"
    r"(?:\s*[,—–]\s*|\s+(?=(?:who|whom)\b))"
    r"(?P<question>(?:who|whom)\b[^?]*)\?*\s*$",
    re.IGNORECASE,
)
_FRAMING_LEAD = prefilter.compile(
    r"\b(?:you|your|my|our|opinion|view|article|statement|text|story|piece|report|words|quote)\b",
    re.IGNORECASE,
)


# "In the officials' quote, how are the U.S. and India described?", "in Pompeo's words, …":
# whose words are meant, read after the question as "…in the officials' quote?" is.
_WHOSE_WORDS_LEAD = prefilter.compile(
    r"^in (?:the )?(?!(?:article|story|text|piece|report|your|my|our)\b)\w+(?:['’]s?)?"
    r" (?:quote|quotes|quotation|words|remarks|comments|description)$",
    re.IGNORECASE,
)


# "According to the statement, what challenges will the two sides address?", "per the DoD
# statement, …", "in the Defence Department statement, what did the two men reinforce?":
# whose word it is, read after the question as "…, according to the statement?" is, so the
# question's kind is read from its start.
_LEADING_STATEMENT = prefilter.compile(
    r"^\s*(?P<lead>(?:(?P<within>in|from)|(?:according|acc\.?|as per|per) (?:to )?)"
    r"\s*(?:the |this |that |its )?"
    r"(?:(?:u\.?s\.? )?(?:dod|defen[cs]e department|department of defen[cs]e|pentagon)"
    r"(?:['’]?s)? |u\.?s\.? )?statement)"
    r"\s*[,—–]\s*(?P<question>(?:what|which|why|how|who|when|where)\b[^?]*)\?*\s*$",
    re.IGNORECASE,
)


# "Whilst in Tokyo, whom did Esper meet?", "while he was in New Delhi, …": the place the
# question is restricted to, asked as "whom did Esper meet in Tokyo?" would be.
_LEADING_WHILE_IN = prefilter.compile(
    r"^\s*(?:while|whilst|when)(?: (?:he|she|they|\w+) (?:was|were))? (?P<prep>in|at)"
    r" (?P<place>[^,?]{2,40}),\s*(?P<question>[^,]+?)\?*\s*$",
    re.IGNORECASE,
)


def _as_according_to(stated: re.Match[str]) -> str:
    """ "in the Pentagon's statement" → "according to the pentagon statement": the statement
    as the source of what is asked, not a place ("In the statement, what did Esper praise?")."""
    lead = re.sub(r"['’]s? statement$", " statement", stated["lead"].strip().lower())
    within = stated["within"]
    return f"according to {lead[len(within) :].strip()}" if within else lead


def setting_moved_after(text: str) -> str:
    """ "Before the big meeting, how were officials hyping it?" → "how were officials hyping
    it before the big meeting?": the question first, so its kind is read from its start."""
    place = _LEADING_WHILE_IN.match(text)
    if place is not None:
        return f"{place['question'].strip()} {place['prep'].lower()} {place['place'].strip()}?"
    stated = _LEADING_STATEMENT.match(text)
    if stated is not None:
        return f"{stated['question'].strip()}, {_as_according_to(stated)}?"
    found = _LEADING_SETTING.match(text) or _LEADING_SOURCE.match(text)
    if found is None or QUESTION_START.match(found["lead"]):
        return text
    if _FRAMING_LEAD.search(found["lead"]) and not _WHOSE_WORDS_LEAD.match(found["lead"]):
        return text  # "in your view, …", "in the article, …": framing, read where it stands
    if found.groupdict().get("connective") and len(found["question"].split()) < 3:
        return text  # "And on logistics — what exactly?": the last question, pressed on a topic
    lead = found["lead"].strip()
    return f"{found['question'].strip()} {lead[:1].lower()}{lead[1:]}?"


# "Give me the exact sentence about China", "quote the line on logistics", "show me the
# passage about Begin": what the article says about it, whose answer quotes its sentence.
# "Quote the line that mentions Tokyo" is left to the sentence-finding reading.
_SENTENCE_ABOUT = prefilter.compile(
    r"^\s*(?:(?:so|and|ok|okay|now|please|pls)[,\s]+)*(?:(?:can|could) you )?"
    r"(?:give|show|send|find|paste|quote|cite|pull)(?: me| us)?(?: up| out)? (?:the|a|that) "
    r"(?:exact |full |actual |precise |whole |verbatim )?(?:sentence|line|passage)"
    r" (?:about|on|regarding|concerning)"
    r" (?P<topic>[^?,]{2,60}?)(?:,? (?:please|pls))?\W*$",
    re.IGNORECASE,
)


def sentence_about_asked(text: str) -> str:
    """ "give me the exact sentence about China" → "what does the article say about China?"."""
    found = _SENTENCE_ABOUT.match(text)
    return text if found is None else f"what does the article say about {found['topic']}?"


# "How does the article spell the deputy secretary of state's name?", "how is the Indian
# defense minister's name spelled?": the name as the article gives it, asked as "what is the
# deputy secretary of state's name?"; only a name, not "how does it spell 'defence'?".
_NAME_SPELT = prefilter.compile(
    r"^\s*(?:(?:so|and|ok|but)\s+)?how\s+(?:"
    r"(?:does|did|do)\s+(?:the (?:article|story|text|piece|report)\s+|it\s+|they\s+)spell"
    r"\s+(?P<who>[^?,]{2,60}?)['’]s?\s+(?P<part>(?:full |first |last |sur)?)name"
    r"|(?:is|was)\s+(?P<whose>[^?,]{2,60}?)['’]s?\s+(?P<whose_part>(?:full |first |last |sur)?)"
    r"name\s+spel(?:led|t)(?:\s+(?:in|by)\s+(?:the (?:article|story|text|piece|report)|it))?"
    r")\s*\?*\s*$",
    re.IGNORECASE,
)


def name_spelling_asked(text: str) -> str:
    """ "how does the article spell Singh's name?" → "what is Singh's name?"."""
    found = _NAME_SPELT.match(text)
    if found is None:
        return text
    who = (found["who"] or found["whose"]).strip()
    part = found["part"] or found["whose_part"] or ""
    return f"what is {who}'s {part}name?"


# "What quality of the defence relationship did the two men praise?", "which feature of the
# relationship was praised?": what about the thing was done, asked as "what did the two men
# praise about the defence relationship?"; not "what's the quality of the agreement?". An
# aspect is a sort ("what aspect of communications…?" gets secure communications).
_PROPERTY_OF_DONE = prefilter.compile(
    r"^\s*(?:what|which) (?:quality|qualities|feature|features|attribute|attributes"
    r"|property|properties|characteristic|characteristics) of (?P<thing>[^?,]{3,60}?)"
    r" (?P<aux>did|do|does|was|were|is|are|has|have|had) (?P<rest>[^?,]{3,60}?)\?*\s*$",
    re.IGNORECASE,
)


def property_of_done_asked(text: str) -> str:
    """ "what quality of the relationship did they praise?" → "what did they praise about the
    relationship?"; the thing stays whole, "the U.S.-India defense relationship"."""
    found = _PROPERTY_OF_DONE.match(text)
    if found is None:
        return text
    return f"what {found['aux']} {found['rest'].strip()} about {found['thing'].strip()}?"


# "Why did the statement say info sharing is being expanded?": the reason the speaker gives
# for what they said, so the question is why it is so, by their word.
_WHY_SAID = prefilter.compile(
    r"^\s*why (?:did|does|do) (?P<source>(?:the )?(?!the\b)\S+(?: \S+)?) (?:say|claim|report)"
    r"(?: that)? (?P<claim>(?!so\b|it\b|that\b|this\b)[^?]{8,})\?*\s*$",
    re.IGNORECASE,
)


def why_said_asked(text: str) -> str:
    """ "why did the statement say info sharing is being expanded?" → "why info sharing is
    being expanded according to the statement?"."""
    found = _WHY_SAID.match(text)
    if found is None:
        return text
    return f"why {found['claim'].strip()} according to {found['source']}?"


# "How did the meeting go?", "how'd it go?", "how did things turn out?": what happened at
# it, its outcome; not "how" as the manner of whatever the words match best.
_HOW_IT_WENT = prefilter.compile(
    r"^\s*(?:(?:so|and|ok|okay|well)\s*,?\s+)?how(?:\s*'d|\s+did|d)\s+(?P<thing>[^?,;]+?)\s+"
    r"(?:go|turn out|work out|end up|pan out)(?:\s+(?:overall|in the end|then|tho|though))?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_WHOLE_OF_IT = frozenset({"it all", "things", "everything", "it overall", "all"})


def how_it_went_asked(text: str) -> str:
    """ "how did the meeting go?" → "what happened at the meeting?"; "how'd it go?" → "what
    happened at it?" (the talks the conversation is about)."""
    found = _HOW_IT_WENT.match(text)
    if found is None:
        return text
    thing = found["thing"].strip()
    if thing.lower() in _WHOLE_OF_IT:
        thing = "it"
    return f"what happened at {thing}?"


# "Quote me the officials' line on the relationship", "what was Esper's take on China?":
# what someone said about something ("line" and "take" read as "remarks" by then), not
# a fact whose own words happen to include "said".
# Only the article's speakers: "Joe Biden's view on …" keeps "doesn't mention Biden".
_LINE_SPEAKER = (
    r"(?P<who>(?:the )?(?:(?:usa |us |american |government |usa government )?officials"
    r"|pompeo|secretary pompeo|esper|singh|rajnath singh|mark esper|the two men|they"
    r"|(?:dod|defense department|pentagon)(?: statement)?|statement))"
)
_LINE_SUBJECT = r" (?:on|about|regarding|concerning|of) (?P<what>.+?)(?: pls| plz| please)?$"
_LINE_ON = prefilter.compile(
    r"^(?:so |and |ok )?(?:(?:quote me|give me|tell me|what (?:is|was|were|are|s)) )?"
    rf"{_LINE_SPEAKER}"
    # "pompeo exact quote on china pls": the words themselves, asked bare.
    r" (?:exact |direct |actual |precise |own )?"
    r"(?:remarks|take|words|verdict|comments?|line|position|stance|quotes?)"
    rf"{_LINE_SUBJECT}"
)
# "exact quote from pompeo on china please", "give me the words of the officials about
# the relationship": the speaker after the words.
_LINE_FROM = prefilter.compile(
    r"^(?:so |and |ok )?(?:quote me |give me |tell me )?(?:the |an? )?"
    r"(?:exact |direct |actual |precise )?(?:remarks|words|comments?|quotes?|quotation)"
    rf" (?:from|by|of) {_LINE_SPEAKER}{_LINE_SUBJECT}"
)


def line_on_asked(text: str) -> str:
    """ "Quote me the officials' line on the relationship" → "what did the officials say
    about the relationship?"; other text unchanged."""
    plain = normalise(text)
    found = _LINE_ON.match(plain) or _LINE_FROM.match(plain)
    if found is None:
        return text
    return f"what did {found['who']} say about {found['what']}?"


# "Is the cooperation just between the militaries, or among the services too?": the "just"
# is what the "or … too" asks about, so the question is whether either is so.
_ONLY_OR_TOO = prefilter.compile(
    r"^\s*(?P<head>(?:is|are|was|were|does|do|did)\s.+?)\s(?:just|only|merely|simply)\s"
    r"(?P<one>[^?]+?)(?:\s+in general)?\s*,?\s+or\s+(?P<other>[^?]+?)\s+(?:too|as well|also)"
    r"\s*\?*\s*$",
    re.IGNORECASE,
)


def only_or_too_asked(text: str) -> str:
    """ "is the cooperation just between the militaries or among the services too?" → "is
    the cooperation between the militaries or among the services?"."""
    found = _ONLY_OR_TOO.match(text)
    if found is None:
        return text
    return f"{found['head']} {found['one'].strip()} or {found['other'].strip()}?"


# "Three countries or four?", "Esper's second 2+2 or third?": a count or rank offered twice,
# its noun said once, after the first. Put as "three or four countries" the options are
# the two numbers, not "countries" against "four".
_NUMBERS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth)"
)
_COUNT_THEN_OTHER = prefilter.compile(
    rf"\b(?P<one>{_NUMBERS})\s+(?P<noun>(?:(?!or\b|and\b)[\w+'-]+\s+){{0,2}}"
    rf"(?!or\b|and\b)[\w+'-]+)\s*,?\s+or\s+(?:the\s+)?(?P<other>{_NUMBERS})"
    # "…or four?", "…or four at the talks?"; "three countries or four nations" says both.
    r"(?=\s*(?:[?.!,;:]|$)|\s+(?:at|in|of|for|to|on|during|with|between|then)\b)",
    re.IGNORECASE,
)


def count_options_joined(text: str) -> str:
    """ "tokyo talks: three countries or four?" → "tokyo talks: three or four countries?";
    "is this Esper's second 2+2 or third?" → "…second or third 2+2?"."""
    return _COUNT_THEN_OTHER.sub(r"\g<one> or \g<other> \g<noun>", text)


# "Who's the host country for the Esper-Singh meeting?", "what was the host city of the
# quad talks?": the country or city that hosted it, as "which country hosted…?" asks.
_HOST_PLACE = prefilter.compile(
    r"^\s*(?:who|what|which)(?:\s*'s|\s+is|\s+was|s)\s+(?:the\s+)?host\s+"
    r"(?P<kind>country|nation|city|capital)(?:\s+(?:for|of|at)\s+(?P<thing>[^?]+?))?\s*\?*\s*$",
    re.IGNORECASE,
)


def host_place_asked(text: str) -> str:
    """ "whos the host country for the meeting?" → "which country hosted the meeting?";
    "what was the host city?" → "which city was the host?"."""
    found = _HOST_PLACE.match(text)
    if found is None:
        return text
    kind = found["kind"].lower()
    if found["thing"] is None:
        return f"which {kind} was the host?"
    return f"which {kind} hosted {found['thing'].strip()}?"


# "Who was at the meeting ahead of the 2+2?", "what was agreed at the meeting prior to the
# 2+2 dialogue?": the article's one meeting ahead of the 2+2 is Esper's with Singh in New
# Delhi, not the 2+2 itself. "Talks" only with the article's "ahead of": the Tokyo talks
# were before the 2+2 too.
_MEETING_BEFORE_DIALOGUE = prefilter.compile(
    r"\bthe\s+(?:(?:meeting|sit-?down|bilateral)\s+(?:(?:held|that\s+(?:came|took\s+place)"
    r"|which\s+(?:came|took\s+place))\s+)?(?:ahead\s+of|just\s+before|before|prior\s+to"
    r"|preceding)|talks\s+(?:held\s+)?ahead\s+of)"
    r"\s+the\s+(?:2\s*\+\s*2|two[-\s]plus[-\s]two)(?:\s+(?:dialogue|meeting|talks|ministerial))?\b",
    re.IGNORECASE,
)
# "Was the meeting ahead of the 2+2?": whether it was, which the order answers.
_YES_NO_START = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:is|was|were|are|did|does|do|has|had)\b", re.IGNORECASE
)


def meeting_before_dialogue_named(text: str) -> str:
    """ "Who was at the meeting ahead of the 2+2?" → "Who was at the meeting?", the one in
    New Delhi; a yes-or-no question of the order is left as it is."""
    if _YES_NO_START.match(text) is not None:
        return text
    return _MEETING_BEFORE_DIALOGUE.sub("the meeting", text)


# An analyst's "hit Delhi": "which State Dept official also recently hit Delhi?" went there.
# Only before a name ("hit back", "hit a snag" are no visits).
_HIT_PLACE = re.compile(r"\b(?:hit|hits)\s+(?=(?:New\s+)?[A-Z][a-z])")
# Someone who went: "which country hit India?" is no visit either.
_WHO_WENT = re.compile(
    r"^(?:who|which|when)\b(?!.*\b(?:country|countries|nation|nations)\b)", re.IGNORECASE
)


def hit_place_visited(text: str) -> str:
    """ "who recently hit Delhi?" → "who recently visited Delhi?". Only in a question of
    who went where: "did China hit India?" is no visit."""
    if _WHO_WENT.match(text.strip()) is None:
        return text
    return _HIT_PLACE.sub("visited ", text)


# "Name the official who recently visited New Delhi and give his title": a second part put
# as an order, asked as the question it stands for ("… and what is his title?").
_AND_GIVE_OWN = re.compile(
    r"\s+and\s+(?:also\s+)?(?:give|state|tell(?:\s+me)?|provide|say|list|add)"
    r"\s+(?P<own>his|her|their|its)\s+(?=\w)",
    re.IGNORECASE,
)


def and_give_own_asked(text: str) -> str:
    """ "Name X and give his title" → "Name X and what is his title"."""
    return _AND_GIVE_OWN.sub(lambda found: f" and what is {found['own']} ", text, count=1)


# "Esper's companion in Tokyo?", "who was Esper's travel companion at the Tokyo talks?",
# "Esper Tokyo companion": who went there with him. Only with a place or event named: the
# companions of someone anywhere ("Singh's companion?") are people the article never names.
_COMPANION_ASKED = re.compile(
    r"^\s*(?:(?:who\s+(?:was|is|were|are)|who['’]s|name)\s+)?"
    r"(?P<owner>[A-Z][\w.]*)(?:['’]s)?\s+(?:(?:travel(?:l?ing)?|fellow)\s+)?companions?"
    r"\s+(?:in|at|to|on\s+the\s+trip\s+to)\s+(?P<place>[^?]+?)\s*\??\s*$"
    r"|^\s*(?P<owner2>[A-Z][\w.]*)\s+(?P<place2>[A-Z][\w.]*(?:\s+talks)?)\s+companions?\s*\??\s*$",
    re.IGNORECASE,
)


def companion_asked(text: str) -> str:
    """ "Esper's companion in Tokyo?", "Esper Tokyo companion" → "who went with Esper to
    Tokyo?"."""
    found = _COMPANION_ASKED.match(text)
    if found is None:
        return text
    owner = found["owner"] or found["owner2"]
    place = found["place"] or found["place2"]
    return f"who went with {owner} to {place}?"


# "US principal at the Oct. 26 bilat?", "Indian rep at the meeting?", "the Japanese delegate
# at the Quad?": a side's person at an event, without a question word; read alone, the
# keyword question would be answered by whatever the event's fact says first.
_SIDES_PERSON = prefilter.compile(
    r"^\s*(?:the\s+)?(?P<side>(?:u\.?s\.?a?\.?|america|india|japan|australia|china"
    r"|american|german|korean|[a-z]+(?:ian|ese|ish|i))(?:'s|’s)?)"
    r"\s+(?P<who>principal|chief|rep|representative|delegate|official|envoy|lead)(?P<many>s)?"
    r"\s+(?P<prep>at|in|during)\s+(?P<rest>[^?]+?)\s*\?*\s*$",
    re.IGNORECASE,
)


def sides_person_asked(text: str) -> str:
    """ "US principal at the Oct. 26 bilat?" → "which US official was at the Oct. 26
    bilat?", which names that side's person there, or no one."""
    found = _SIDES_PERSON.match(text)
    if found is None:
        return text
    side = found["side"].removesuffix("'s").removesuffix("’s")
    were = "officials were" if found["many"] else "official was"
    return f"which {side} {were} {found['prep'].lower()} {found['rest']}?"


# "…took place in Mumbai, India's commercial capital; could you confirm?", "did they meet in
# Osaka, the Japanese port city?": a gloss on a place, from the asker's own knowledge. The
# place alone is the claim; the gloss is never the article's to confirm or deny.
_PLACE_GLOSS = re.compile(
    r"(\b[A-Z][\w-]*[a-z])\s*,\s+(?:(?:[A-Z][\w.-]*(?:'s|’s))|the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:capital|city|hub|port|metropolis|centre|center|megacity|town|region)"
    r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?(?=\s*(?:[,;:?.!]|$))"
)


def place_gloss_dropped(text: str) -> str:
    """ "…in Mumbai, India's commercial capital; confirm?" → "…in Mumbai; confirm?"."""
    return _PLACE_GLOSS.sub(r"\1", text)


# "The meeting was ahead of some dialogue, which one?": a statement that leaves one thing
# unsaid ("some dialogue", "an agreement"), then asks which it is.
_INDEFINITE_THEN_WHICH = prefilter.compile(
    r"^(?P<lead>[^?,;]+?\s)(?:some|a|an|a certain)\s+(?:(?:kind|sort|type) of\s+)?"
    r"(?P<rest>[^?,;]+?)\s*(?:,|;|:|\s[\u2014\u2013-])\s*(?:but\s+|so\s+)?(?:which|what)"
    r"(?:\s+one)?(?:\s+(?:is|was)\s+(?:it|that))?(?:\s+(?:exactly|tho|though|again))?\s*\??$",
    re.IGNORECASE,
)


def indefinite_asked(text: str) -> str:
    """ "the meeting was ahead of some dialogue, which one?" → "the meeting was ahead of
    which dialogue?": the thing left unsaid is the one asked for, where the lead puts it."""
    found = _INDEFINITE_THEN_WHICH.match(text.strip())
    if found is None or QUESTION_START.match(found["lead"]):
        return text
    return f"{found['lead']}which {found['rest']}?"


# A sentence that only apologises or clears the air before the real question: "sorry, typo.",
# "oops, cat on the keyboard.", "ok, back on topic."
_CLEARING = prefilter.compile(
    r"^(?:(?:ok|okay|right|anyway|so|fine|alright|um+|uh+|hmm+|ah+)\s+)*"
    r"(?:sorry|soz|oops|whoops|my bad|apologies|pardon|nvm|never ?mind|ignore (?:that|this|me)"
    r"|typo|wrong (?:chat|channel|window)|back (?:on|to) (?:the )?(?:topic|subject|article))\b"
)


_CONNECTIVE = prefilter.compile(r"^(?:(?:and|so|but|ok|okay|also|then|now)\s+)+")


def chatter_dropped(text: str) -> str | None:
    """The message without the sentences before its question that only greet, thank or
    apologise ("thanks! who met Singh?", "sorry, cat on keyboard. what's it about"), or None
    when there are none. A question that refers back keeps an apology, which may name what
    it refers to ("sorry, I meant Singh. where did he go?")."""
    stripped = text.strip()
    if not any(map(stripped[:-1].__contains__, ".!?")):
        return None
    sentences = [s for s in SENTENCE_END.split(stripped) if s.strip()]
    if len(sentences) < 2:
        return None
    last = normalise(sentences[-1]).split()
    refers_back = not PRONOUN_WORDS.isdisjoint(last) or "there" in last
    kept = sentences
    while len(kept) > 1:
        said = normalise(kept[0])
        if chit_chat(said) is None and (refers_back or not _CLEARING.match(said)):
            break
        kept = kept[1:]
    if len(kept) == len(sentences) or not QUESTION_START.match(
        _CONNECTIVE.sub("", normalise(kept[0]))
    ):
        return None  # ("Thanks. And what were they meeting ahead of?" asks after its "and")
    return " ".join(kept)


# "Says who?", "source?", "where's that from?": who the last answer's words are, asked as
# "who said that?" is (normalised text).
SOURCE_ASKED = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay|hmm+|really|wait|oh)\s+)*"
    r"(?:(?:says|said|sez|claims|according to) (?:who|whom)(?: exactly)?"
    r"|(?:what is |whats |and |any |got a |do you have a |give me (?:a |the )?)?"
    r"(?:(?:the|your|a|its) )?(?:source|sources|citation|cite|reference|attribution)"
    r"(?: for (?:that|this|it))?(?: please| pls)?"
    r"|where (?:does|did) (?:that|this|it) (?:come|comes) from"
    r"|where (?:is|s) (?:that|this) from"
    # ("who wrote it?" asks for the article's author, which it does not give)
    r"|who (?:told you|says|claims|claimed|reports|reported|states|stated)"
    r"(?: (?:that|this|so))?"
    r"|(?:and )?(?:your|the|its) source (?:is|being|was)"
    r"|whose (?:words|claim|statement) (?:is|was) (?:that|this))$"
    # "Who is the source for that?", "whose statement is it based on?", "who is that
    # attributed to?": the last answer's source, asked in full.
    r"|^(?:(?:so|and|but|ok|okay)\s+)*(?:(?:who|what) (?:is|was) the (?:original |main )?"
    r"(?:source|sourse|sorce)|who (?:provided|gave) (?:that|this|it))"
    r"(?: (?:for|of|behind) (?:that|this|it)(?: claim| info| information)?)?$"
    r"|^(?:(?:so|and|but|ok|okay)\s+)*(?:whose|which) (?:statement|account|words|claim|report)"
    r" (?:is|was) (?:that|this|it) (?:based on|from|taken from|sourced from)$"
    r"|^(?:(?:so|and|but|ok|okay)\s+)*who (?:is|was) (?:that|this|it) (?:attributed|sourced)"
    r" to$"
)

# "Who is the source for the claim that the two men praised…?", "who claims they agreed on
# a BECA?": who said it, as "who said the two men praised…?" asks (normalised text).
_SOURCE_OF_CLAIM = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay|now)\s+)*(?:"
    # "now the source of the remark about China's Communist Party": said without "who is".
    r"(?:(?:who|what) (?:is|was) )?(?:the )?(?:original |main )?(?:source|sourse|sorce)"
    r" (?:for|of|behind)"
    r"(?: the (?:claim|line|statement|bit|idea|report)s?)?(?: that| about)?"
    r"|who (?:claims|claimed|states|stated|asserts|asserted|maintains|maintained)(?: that)?"
    r") (?P<claim>.+)$"
)
# "the BECA claim": the claim is what is said, the word for it goes.
_CLAIM_NOUN_AFTER = prefilter.compile(r" (?:claim|line|bit|part|statement|idea)s?$")
_DEMONSTRATIVES = frozenset(("that", "this", "those", "these", "it"))


# "Whose statement is the article based on?", "which statement does the story draw on?",
# "what source does the article cite?": the statement the article reports, asked as
# "whose statement does the article report?" (normalised text). "Who wrote the article?"
# asks its author, which it does not give.
_ARTICLE = r"(?:the|this) (?:article|story|piece|report|text|news)"
# "…for the account of the meeting", "…about the talks": what the article's source is for,
# which is its one account of the meeting.
_FOR_THE_MEETING = (
    r"(?: (?:for|about|of|on) (?:its |the |this |their )?"
    r"(?:(?:account|information|info|details|report|description) (?:of|on|about) )?"
    r"(?:the |this )?(?:meeting|talks|visit|agreement|events?|account))?"
)
_ARTICLE_SOURCE = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay)\s+)*(?:"
    rf"(?:whose|which|what) (?:statement|account|source|sources|report) (?:is|was) {_ARTICLE}"
    r" (?:based on|drawn from|sourced from|built on|drawing on|relying on)"
    rf"|(?:whose|which|what) (?:statement|account|source|sources) (?:does|did) {_ARTICLE}"
    r" (?:draw on|rely on|use|cite|lean on|build on|go by)"
    rf"|(?:what|which) (?:is|was) {_ARTICLE} (?:based on|sourced from|drawn from)"
    # "What is the source the article relies on for the account of the meeting?", "what
    # does the article rely on?"
    rf"|(?:what|which) (?:is|was) the (?:main |primary )?(?:source|sources) (?:that |which )?"
    rf"{_ARTICLE} (?:relies on|rely on|draws on|uses|cites|is based on|leans on)"
    rf"|what (?:does|did) {_ARTICLE} (?:rely on|draw on|cite|base (?:it|itself) on)"
    rf"|where (?:does|did) {_ARTICLE} get (?:its|the|this) (?:information|info|facts|account)"
    rf"){_FOR_THE_MEETING}$"
)
# "What's the article's source?", "what's the source for this article?": asked as "what is
# the source of the article?" (normalised text: "the article s source" is "the article
# source").
_ARTICLE_SOURCE_NOUN = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay)\s+)*(?:what|who) (?:is|was) (?:"
    rf"{_ARTICLE} (?:main |primary )?source"
    rf"|the (?:main |primary )?source (?:for|behind) {_ARTICLE}){_FOR_THE_MEETING}$"
)


def article_source_asked(text: str) -> str:
    """ "whose statement is the article based on?" → "whose statement does the article
    report?"; other text unchanged."""
    normalised = normalise(text)
    if _ARTICLE_SOURCE_NOUN.match(normalised) is not None:
        return "what is the source of the article?"
    if _ARTICLE_SOURCE.match(normalised) is None:
        return text
    return "whose statement does the article report?"


def source_of_claim_asked(text: str) -> str:
    """ "who is the source for the BECA claim?" → "who said the beca?"; "who claims they
    praised the relationship?" → "who said they praised the relationship?"; a question about
    the last answer ("the source for that?") or anything else is unchanged."""
    found = _SOURCE_OF_CLAIM.match(normalise(text))
    if found is None:
        return text
    claim = _CLAIM_NOUN_AFTER.sub("", found["claim"]).strip()
    if not claim or claim.split()[0] in _DEMONSTRATIVES:
        return text  # "the source for those numbers?": of the last answer, not a claim
    return f"who said {claim}?"


# "Names?", "what names are mentioned?", "list the names", "list everyone named in the
# article", "name every person in the story": the people the article names, when nothing
# before says whose names (normalised text; "name" alone is a verb's term, which found the
# sentence that China is not mentioned).
ARTICLE_NAMES_ASKED = prefilter.compile(
    r"^(?:(?:so|and|ok|okay|hmm+)\s+)?(?:(?:can|could) you\s+)?(?:please\s+)?"
    r"(?:what|which|list|name|give me|tell me|show me|identify|any|who (?:are|were)(?: the)?)?\s*"
    r"(?:all\s+)?(?:the\s+)?"
    r"(?:names|people|persons|individuals|everyone|everybody|every (?:person|individual|name)"
    r"|each (?:person|individual))(?: of (?:the )?people)?"
    r"(?: (?:are |were |who (?:is|are|was|were|gets?) |that (?:is|are|was|were) )?"
    r"(?:mentioned|named|given|involved|cited|referred to"
    r"|in (?:the|this) (?:article|story|piece|text|report)))*"
    r"(?: please| pls| plz)?$"
)
# "List everyone named in the article" after other questions: the article's naming said in
# so many words, which no earlier answer narrows ("list everyone involved" after the Tokyo
# talks asks who took part in them).
ARTICLE_NAMING_SAID = prefilter.compile(
    r"\b(?:mentioned|named|cited|referred to|in (?:the|this) (?:article|story|piece|text|report))\b"
)


# "Are you sure?", "u sure about that?", "double check that": the last answer, to be
# confirmed as "is that right?" confirms it (normalised text).
SURE_ASKED = prefilter.compile(
    r"^(?:(?:but|so|and|ok|okay|hmm+|wait|oh|hm+|um+)\s+)*"
    r"(?:(?:are|r) (?:you|u) (?:sure|certain|positive)|(?:you|u) (?:sure|certain)|sure"
    r"|for real|(?:can you |pls |please )?(?:double check|check again|verify)(?: (?:that|it|this))?"
    r"|how sure are (?:you|u))"
    r"(?: (?:about|of) (?:that|it|this))?(?: (?:about|of) (?:that|it|this))?$"
)


# "Is that right?", "is it true?": the last answer, to be confirmed (normalised text).
THAT_CONFIRMED = prefilter.compile(
    r"^(?:(?:but|so|and|ok|okay|hmm+|wait|oh)\s+)*(?:is|was) (?:that|this|it) "
    r"(?:really |actually )?(?:right|true|correct|so|accurate)(?: (?:then|though))?$"
)


# "Did they meet Modi?" (not in the article) "Did they?", "and was he?", "really, did
# she?": the last question asked again with nothing but an auxiliary and a pronoun.
# A request to hear the last answer again, not a new question: "sorry, what?", "come again?",
# "pardon?", "can you say that again?". A bare "what?" is one only after a wh-question: after
# "Did they agree on anything?" it asks what they agreed (see BARE_WHAT).
REPEAT_ASKED = prefilter.compile(
    r"^(?:(?:sorry|soz|oops|wait|um+|uh+|eh|hm+|huh|excuse me|pardon(?: me)?|i'm sorry|im sorry)"
    r"\s*,?\s*)*(?:(?:what|wot|wut|wat)(?: was that| did you say| did you just say)?"
    r"|come again|pardon(?: me)?|sorry|huh|eh|excuse me|i didn'?t (?:get|catch) that"
    r"|(?:can|could|would) you (?:please )?(?:say|repeat) (?:that|it) again(?: please)?"
    r"|(?:can|could|would) you (?:please )?repeat (?:that|it|yourself)(?: please)?"
    r"|(?:please )?(?:say|repeat) (?:that|it) again(?: please)?|(?:please )?repeat (?:that|it))$"
)
_BARE_WHAT = prefilter.compile(r"^(?:(?:wait|um+|uh+|eh|hm+)\s*,?\s*)*(?:what|wot|wut|wat)$")
# Said without a question mark these only apologise or exclaim ("sorry.", "huh."): asked,
# they ask to hear it again ("sorry?", "huh?").
_ONLY_ASKED_REPEATS = prefilter.compile(
    r"^(?:[\w' ]*\s)?(?:what|wot|wut|wat|sorry|soz|huh|eh|pardon|pardon me|excuse me)$"
)


def repeat_asked(text: str, normalised: str, after_yes_no: bool) -> bool:
    """Whether the message asks to hear the last answer again ("sorry, what?", "come
    again?"). A bare "what?" after a yes-or-no question asks what instead ("Did they agree on
    anything?" "What?"), and "sorry." without a question mark only apologises."""
    if REPEAT_ASKED.match(normalised) is None:
        return False
    if _ONLY_ASKED_REPEATS.match(normalised) and not text.rstrip().endswith("?"):
        return False
    return not (after_yes_no and _BARE_WHAT.match(normalised))


LAST_QUESTION_ECHOED = prefilter.compile(
    r"^(?:(?:but|so|and|ok|okay|hmm+|wait|oh|well|really)\s+)*"
    r"(?:did|do|does|is|was|are|were|has|have|had|will|would|could|can) "
    r"(?:they|he|she|it|we|you|that|this|those)(?: (?:really|then|though|too|at all))?$"
)


# "Where was the first 2+2 held?" (not in the article) "And when?": a bare question word,
# which asks the unanswered question again with it (normalised text).
_BARE_WH_ASKED = prefilter.compile(
    r"^(?:(?:but|so|and|ok|okay|well|then)\s+)*(?P<wh>when|where|why|how)(?: then| though)?$"
)
# The question word an asked question opens with, before its verb: "where was …", "when did
# …" ("who is…?" then "where?" is no longer about the same thing).
_OPENING_WH = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay)\s+)?(?P<wh>when|where|why|how)"
    r"(?=\s+(?:was|were|is|are|did|does|do|had|has|have|will|would)\b)",
    re.IGNORECASE,
)


def unanswered_asked_again(normalised: str, last_question: str | None) -> str | None:
    """The last question with the bare question word just put in place of its own:
    "where was the first one held?" then "and when?" is "when was the first one held?";
    None when the text is no bare question word or the last question opens with none."""
    bare = _BARE_WH_ASKED.match(normalised)
    if bare is None or last_question is None:
        return None
    opening = _OPENING_WH.match(last_question)
    if opening is None or opening["wh"].lower() == bare["wh"]:
        return None
    return f"{bare['wh'].capitalize()}{last_question[opening.end() :]}"


# "and the US defence one?", "what about the American one?": "one" stands for the noun the
# last question named ("who is the Indian foreign minister?": minister), with other words
# before it in place of that question's own.
_ONE_FOR_NOUN = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|what about|how about)\s+)+(?:the\s+)?"
    r"(?P<mods>[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,2})\s+one$"
)
_NOUN_DESCRIBED = re.compile(
    r"\bthe\s+(?P<mods>(?:[\w.'-]+\s+){1,3}?)"
    r"(?P<noun>minister|secretary|chief|head|official|representative|counterpart|envoy"
    r"|diplomat|leader|delegate|meeting|dialogue|visit|trip|conference|statement)\b"
)


def one_put_for_the_last_noun(normalised: str, last_question: str | None) -> str | None:
    """The last question with the follow-up's words before "one" in place of its own before
    the noun "one" stands for: "who is the indian foreign minister?" then "and the US
    defence one?" is "who is the usa defense minister"; None when the follow-up is no such
    "…one" or the last question describes no such noun."""
    asked = _ONE_FOR_NOUN.match(normalised)
    if asked is None or last_question is None:
        return None
    last = normalise(last_question)
    described = _NOUN_DESCRIBED.search(last)
    if described is None or described["mods"].split()[: len(asked["mods"].split())] == (
        asked["mods"].split()
    ):
        return None  # "who is the Indian minister?" "and the Indian one?": nothing new
    # The words before "one" take the place of as many of the last question's first ones:
    # "the Indian foreign minister" then "the American one" is the American foreign one.
    own = described["mods"].split()
    put = asked["mods"].split()
    mods = " ".join(put + own[len(put) :])
    start, end = described.span("mods")
    return f"{last[:start]}{mods} {last[end:]}"


# "Where was he off to next?", "where did he head afterwards?": where someone went after
# the event just talked about, as "…after that" asks it.
_WENT_NEXT = prefilter.compile(
    r"^(?P<head>(?:(?:and|so|ok|okay|then)\s+)?where\s+(?:did|was|were|is|had|has)\s+.+?\s+"
    r"(?:go|going|gone|head|headed|heading|off|travel\w*|fly|flying|flew|move|moving))"
    r"(?:\s+to)?\s+(?:next|afterwards?|then|later|after)$"
)


def went_next_asked(normalised: str) -> str | None:
    """ "where was he off to next" → "where was he off to after that"; None when the
    question asks no such thing."""
    found = _WENT_NEXT.match(normalised)
    return None if found is None else f"{found['head']} to after that"


# "no, I meant Esper", "sorry, I meant the Tokyo talks, not the meeting": the last question,
# asked again of what the asker meant.
_CORRECTION = prefilter.compile(
    r"^\W*(?:(?:no+|nope|nah|sorry|soz|oops|whoops|my bad|wait|ah|oh|ok|okay|actually|er+m?"
    r"|um+|uh+|hmm+|apologies|typo)\W+)*"
    r"(?:i\s+)?(?:meant|mean|was (?:asking|talking) about|was referring to|am asking about"
    r"|meant to (?:say|ask about|type)|was asking about)\s+"
    r"(?P<what>[^,;?!]+?)"
    # "…, not Singh": who was not meant says nothing more
    r"(?:\s*(?:,|;|-+|\u2014|\u2013)?\s*(?:not|rather than|instead of)\s+[^?!]+?)?"
    r"(?:\W+(?:lol|haha|lmao|sorry|pls|please|thanks|thx))*"
    r"\s*[.?!]*\s*$",
    re.IGNORECASE,
)
# "Pompeo, not Begin", "not Begin, Pompeo": a name put in place of the last question's, which
# the engine takes only when it names someone or something.
_SWAPPED = prefilter.compile(
    r"^\W*(?:(?:no+|nope|sorry|oops|wait|actually)\W+)*"
    r"(?:not\s+(?P<was>[\w .'-]{2,40}?)\s*(?:,|;|-+|\u2014|\u2013)\s*(?:but\s+)?"
    r"(?P<what>[\w .'-]{2,40}?)"
    r"|(?P<what2>[\w .'-]{2,40}?)\s*(?:,|;|-+|\u2014|\u2013)?\s+not\s+(?P<was2>[\w .'-]{2,40}?))"
    r"\s*[.!?]*\s*$",
    re.IGNORECASE,
)


# A request for how to answer, set off before the question: "compare the venues for me:",
# "help me out -", "settle this:". It asks nothing of the article itself.
_DIRECTIVE_THEN = prefilter.compile(
    r"^\s*(?:(?:ok|okay|so|and|now|please|pls)[,\s]+)*"
    # "Quick attribution check: who said…?", "fact-check: who…": what kind of check it is
    r"(?:(?:quick|fast|brief|small|an?|one|another|last|final|attribution|fact|sanity|source"
    r"|accuracy|reality|quote|wording)[- ]+){0,3}"
    r"(?:compare|contrast|help|settle|clarify|answer|quiz|check)\b(?![^:\u2014\u2013]*\babout\b)"
    r"[^:?\u2014\u2013]{0,50}?\s*(?::|\s[\u2014\u2013-]{1,2}|[\u2014\u2013])\s*(?P<question>\S.*)$",
    re.IGNORECASE,
)


def swapped_name(text: str) -> str | None:
    """ "Pompeo, not Begin" → "and Pompeo?"; None when the message is no such swap."""
    found = _SWAPPED.match(text.strip())
    if found is None:
        return None
    what = (found["what"] or found["what2"] or "").strip()
    if (
        not what
        or QUESTION_START.match(what)
        or QUESTION_START.match(found["was"] or found["was2"] or "")
    ):
        return None
    return f"and {what}?"


def correction_asked(text: str) -> str | None:
    """The question a correction of the last one stands for ("no, I meant Esper" → "and
    Esper?"; "I meant where did they meet" → that question), or None when the message is
    no such correction."""
    found = _CORRECTION.match(text.strip())
    if found is None:
        return None
    what = found["what"].strip()
    if QUESTION_START.match(what):
        return what + "?"
    return f"and {what}?"


# "…it was on Monday", "…they were deteriorating": what the claim is of goes before its value.
_CLAIM_LEAD = prefilter.compile(
    r"^(?:(?:it|that|they|there|he|she|the \w+)\s+(?:was|were|is|are|had|'?s)\s+)?"
    r"(?:(?:on|in|at|only|just|about|around)\s+)*",
    re.IGNORECASE,
)
# Longer than this, a push-back is a sentence of its own, read as any other message.
_MAX_CLAIM_WORDS = 6


def pushed_claim(text: str) -> str | None:
    """What a push-back on the last answer claims instead: "really? I read it was on
    Monday" → "Monday", "I thought they were deteriorating" → "deteriorating"; None when
    the message is no push-back, or a longer sentence."""
    found = _PUSHBACK.match(text.strip())
    if found is None:
        return None
    claim = _CLAIM_LEAD.sub("", found["claim"].strip(), count=1).strip()
    if not claim or len(claim.split()) > _MAX_CLAIM_WORDS:
        return None
    return claim


def bare_place_claim(text: str) -> str | None:
    """The place a bare claim about the last answer gives: "It was in New Delhi." → "in
    New Delhi", "that happened at the Pentagon" → "at the Pentagon"; None otherwise."""
    found = _BARE_PLACE.match(text.strip())
    if found is None or len(found["claim"].split()) > _MAX_CLAIM_WORDS:
        return None
    return found["claim"]


# "It was in New Delhi.", "That was in Tokyo", "ok it happened at the State Department": a
# place claimed for what the last answer told of, with no "I read" before it.
_BARE_PLACE = prefilter.compile(
    r"^\W*(?:(?:so|and|ok|okay|oh|right|well|hmm+)\W+)*(?:it|that|this|they)\s+"
    r"(?:was|were|happened|took place|occurred|met|spoke|talked)\s+"
    r"(?P<claim>(?:in|at)\s+\w[^?!,;]*?)\s*[.!]*\s*$",
    re.IGNORECASE,
)
# "really? I read it was four", "I thought it was Mumbai", "but my textbook says Tuesday":
# the asker pushes back on the last answer with a value of their own.
_PUSHBACK = prefilter.compile(
    r"^\W*(?:(?:really|seriously|hmm+|huh|wait|but|no+|nope|oh|hm+|um+|actually|what|strange"
    r"|odd|weird|are (?:you|u) (?:sure|certain)|(?:you|u) sure|i don'?t think so"
    r"|that'?s (?:not right|wrong|odd|strange|weird)|wrong|not so)\W+)*"
    r"(?:i (?:read|heard|thought|think|believed?|was told|remember(?:ed)?|saw|recall)"
    r"|i'?m (?:pretty |fairly |quite )?sure|i'?d have said|i would have said"
    r"|(?:my|the|our|a) (?:\w+ ){0,2}(?:says?|said|told me|thinks?|claims?|reckons?|has it as"
    r"|had it as)"
    r"|(?:someone|somebody|people|everyone|they|the news|the papers?|wikipedia|google"
    r"|online) (?:says?|said|told me|claims?|reports?|reported)"
    r"|isn'?t it|wasn'?t it|shouldn'?t it be)"
    r"\s+(?:that\s+)?(?P<claim>\w[^?!]*?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# "what city is tokyo in.. i mean what country?": the asker takes back part of the question
# in the same message; what follows "i mean" is what they ask.
_SELF_CORRECTED = prefilter.compile(
    r"^(?P<first>\S.*?\w)\s*(?:\?|\.{2,}|\u2026|,|;|\s-+|\u2014|\u2013)\s*"
    r"(?:(?:sorry|no|wait|oops|er+m?|um+|uh+|or)\W+)*"
    r"i\s+(?:mean|meant)\W+(?P<then>\w[^?]*?)\s*\?*\s*$",
    re.IGNORECASE,
)


def self_corrected(text: str) -> str | None:
    """The question a message means when it corrects itself ("what city is tokyo in.. i
    mean what country?" → "what country is tokyo in?"), or None when it does not, or when
    what was meant instead cannot be told (a bare name: which of the words it replaces?)."""
    found = _SELF_CORRECTED.match(text.strip())
    if found is None or not QUESTION_START.match(found["first"]):
        return None
    first, then = found["first"].split(), found["then"].split()
    if not QUESTION_START.match(then[0]):
        return None
    head_swap = then[0].lower() == first[0].lower() or len(then) == 1
    if head_swap and len(then) < min(4, len(first)):
        # "what city … i mean what country", "where … i mean when": the words swapped at
        # the question's head
        return " ".join([*then, *first[len(then) :]]) + "?"
    return " ".join(_pronoun_for_first_subject(first, then)) + "?"


def _pronoun_for_first_subject(first: list[str], then: list[str]) -> list[str]:
    """The question meant, with "it" or "he" put back as the subject the first one named:
    "was the Esper-Singh meeting in Washington — sorry, I mean was it in India?" → "was the
    Esper-Singh meeting in India"; the words after the pronoun find where that subject ends."""
    if len(then) < 3 or then[1].lower() not in _SUBJECT_PRONOUNS:
        return then
    if then[0].lower() != first[0].lower():
        return then
    after = [w.lower() for w in first]
    at = next((i for i in range(2, len(after)) if after[i] == then[2].lower()), None)
    return then if at is None else [*first[:at], *then[2:]]


_SUBJECT_PRONOUNS = frozenset(("it", "he", "she", "they", "that"))


# "Singh, Esper — tell me which one's Indian", "Esper or Singh: which of them is
# American?", "Esper & Pompeo - which one is the defense secretary?", "Begin vs Esper, who's
# the diplomat?": the two named first, then the choice asked of them.
_OPTIONS_FIRST = prefilter.compile(
    r"^(?P<one>[\w.'-]+(?: [\w.'-]+)?)\s*(?:,|\bor\b|\band\b|,\s*or|&|\bvs\b\.?|\bversus\b)\s*"
    r"(?P<other>[\w.'-]+(?: [\w.'-]+)?)\s*(?:—|–|--?|:|,|;)\s*"
    r"(?:(?:so|ok|okay|now|please)\s+)?(?:(?:tell|show) me\s+)?"
    r"(?P<asked>(?:which(?: one| of (?:them|the two|those|these))?|who)"
    r"(?:'s|’s| is| was| are| were) [^?,]+?)\s*\??$",
    re.IGNORECASE,
)


def options_first_asked(text: str) -> str | None:
    """ "Singh, Esper — tell me which one's Indian" → "which one's Indian, Singh or
    Esper?": the either-or asked with its options after it."""
    found = _OPTIONS_FIRST.match(text.strip())
    if found is None or QUESTION_START.match(found["one"]):
        return None
    return f"{found['asked']}, {found['one']} or {found['other']}?"


# "us-china ties - improving?", "relations: cooling?": a relationship and a trend, the
# question of whether it goes that way put in note form.
_TREND_WORDS = "|".join(
    sorted(w for w in POLARITY if w.endswith(("ing", "er")) or w in ("stable", "steady"))
)
_TREND_NOTED = prefilter.compile(
    r"^(?P<subject>[\w.' -]*?\b(?:ties|relations|relationship|partnership|cooperation))"
    r"\s*(?:-+|:|,|\u2014|\u2013)?\s*(?P<trend>(?:" + _TREND_WORDS + r")(?: up)?)\s*\?+\s*$",
    re.IGNORECASE,
)


def trend_asked(text: str) -> str | None:
    """ "us-china ties - improving?" → "are us-china ties improving?", or None when the
    message is no relationship and trend put in note form."""
    found = _TREND_NOTED.match(text.strip())
    if found is None or QUESTION_START.match(found["subject"]):
        return None
    return f"are {found['subject'].strip()} {found['trend']}?"


# "Did the meeting happen while China relations were getting worse?", "did the talks come
# amid worsening ties with China?": an event set against a trend in relations, which the
# article gives as the backdrop of the time ("at a time when … relations are
# deteriorating"); asked as whether the relations go that way. An event of another time
# ("the 2018 2+2", "the first meeting") is no part of that backdrop.
_BACKDROP_EVENT = (
    r"^(?:did|was|were|is|are|has|have) (?P<event>[^?]+?)"
    r" (?:(?:happen|take place|come|occur|held|happening|taking place|coming|occurring)"
    r"(?: (?:at a time|in a period|at a moment))? )?"
)
_RELATIONS = (
    r"(?P<subject>[\w.' -]*?\b(?:ties|relations|relationship))"
    r"(?P<with> (?:with|between) [\w.' -]+?)?"
)
_TRENDING = sorted(w for w in POLARITY if w.endswith("ing"))
# "as relations with China deteriorated": the trend in the past tense, asked in its -ing form.
_TREND_PAST = {f"{w[:-3]}ed": w for w in _TRENDING}
_BACKDROP_CLAUSE = prefilter.compile(
    _BACKDROP_EVENT
    + r"(?:while|as|when|at a time when|during a time when|at the time when) "
    + _RELATIONS
    + r" (?:(?P<be>is|are|was|were) (?P<trend>(?:(?:getting|becoming|growing) )?"
    r"(?:"
    + _TREND_WORDS
    + r"|worse|better|sour)(?: up)?)|(?P<past>"
    + "|".join(_TREND_PAST)
    + r"))(?: sharply| rapidly| fast)?\s*\??\s*$",
    re.IGNORECASE,
)
_BACKDROP_NOUN = prefilter.compile(
    _BACKDROP_EVENT + r"(?:amid(?:st)?|during|at a time of|in a (?:time|period) of"
    r"|against a backdrop of) (?:the )?(?:(?:sharply|rapidly) )?(?P<trend>"
    + "|".join(_TRENDING)
    + r") "
    + _RELATIONS
    + r"\s*\??\s*$",
    re.IGNORECASE,
)
_OTHER_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|first|previous|earlier|past|last|prior|former|next|future"
    r"|later|upcoming)\b",
    re.IGNORECASE,
)


def backdrop_trend_asked(text: str) -> str | None:
    """ "did the meeting happen while China relations were getting worse?" → "were China
    relations getting worse?"; None when no event of the article's time is set against a
    trend in relations."""
    clause = _BACKDROP_CLAUSE.match(text.strip())
    noun = None if clause is not None else _BACKDROP_NOUN.match(text.strip())
    found = clause or noun
    if found is None or _OTHER_TIME.search(found["event"]):
        return None
    relations = f"{found['subject'].strip()}{found['with'] or ''}"
    if clause is not None and clause["past"]:
        return f"were {relations} {_TREND_PAST[clause['past'].lower()]}?"
    if clause is not None:
        return f"{clause['be']} {relations} {clause['trend']}?"
    return f"are {relations} {found['trend']}?"


# "ok different question: who is Begin?", "changing topic - when did they meet?", "random
# q: who is Singh?": a lead that only announces another question, told off from it.
_TOPIC_SWITCH = prefilter.compile(
    r"^\W*(?:(?:ok|okay|k|alright|right|so|and|now|um+|uh+|hmm+|well|anyway|anyhow|also|oh"
    r"|cool|thanks|thx|great|nice|got it|gotcha)\W+)*"
    r"(?P<switch>(?:(?:a|my|one|just|the|totally|completely|entirely|slightly|somewhat)\s+)*"
    r"(?:different|another|new|next|separate|unrelated|random|last|final|further"
    r"|quick|1 more|one more)"
    r"\s+(?:question|q|qn|query|thing|topic|subject|point)s?"
    r"|(?:changing|change of|switching|switch|change|new|different|moving|shifting) "
    r"(?:the\s+|of\s+)?(?:topics?|subjects?|gears|tack|focus|on)"
    r"|(?:let me|lets|let's|i'll|i want to|i'd like to)"
    r" (?:switch|change|move on|ask something else)"
    r"(?: (?:topics?|subjects?|gears))?"
    r"|(?:on )?(?:a |an )?(?:different|another|other|unrelated|separate|new) (?:note|matter)"
    r"|unrelated|random|next|one more|moving on|something else|totally unrelated"
    r"|(?:ok|okay) next)"
    r"(?:\W*\bbut\b)?"
    # told off by a colon, comma, dash or stop, or run on straight into the question
    r"(?:\s*(?::|,|\.|!|;|\s-+|-+\s|[\u2014\u2013]|\.{2,}|\u2026)+\s*|\s+(?=(?:who|whom|whose|what"
    r"|which|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could|tell|name)\b))"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def topic_switched(text: str) -> str | None:
    """The question after a lead that only says a new question comes ("another question:
    who is Singh?", "changing topic - when did they meet?"), or None when there is none."""
    found = _TOPIC_SWITCH.match(text.strip())
    if found is None:
        return None
    rest = found["rest"].strip()
    if not QUESTION_START.match(rest) and not REQUEST_START.match(rest):
        return None  # "next one is Begin's visit": no question follows
    return rest


# "Let me put it better: what was agreed?", "to rephrase, who met Singh?", "in other words,
# where did they meet?": a lead saying only that the question is asked again in other words;
# unlike a topic switch, the conversation it rephrases stays.
_REPHRASE_LEAD = prefilter.compile(
    r"^\W*(?:(?:ok|okay|k|alright|right|so|sorry|um+|uh+|hmm+|well|oops|no|wait)\W+)*"
    r"(?:(?:let me|lemme|lets|let's|i'll|i will|i'?ll try to|let me try to|to|i mean to|i meant to)"
    r" (?:rephrase|reword|reframe|put (?:it|that|this) (?:better|another way|differently"
    r"|more simply|more clearly|simpler|clearer)|say (?:it|that|this) (?:better|another way"
    r"|differently|again|more clearly)|ask (?:it|that|this) (?:better|another way|differently"
    r"|again|more clearly)|try (?:that )?again)(?: (?:that|this|it))?"
    r"|in other words|put (?:differently|another way|simply|more simply)|rephrasing"
    r"|(?:or )?(?:rather|more simply|more clearly))"
    r"(?:\s*(?::|,|\.|!|;|\s-+|-+\s|[\u2014\u2013]|\.{2,}|\u2026)+\s*)"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def rephrased(text: str) -> str | None:
    """The question after a lead that only says it is asked again in other words ("let me
    put it better: what was agreed?"), or None when there is no such lead or no question."""
    found = _REPHRASE_LEAD.match(text.strip())
    if found is None:
        return None
    rest = found["rest"].strip()
    return rest if QUESTION_START.match(rest) or REQUEST_START.match(rest) else None


# "info sharing is meant to address what, in quotes?", "…, verbatim please": how to give
# the answer, which always quotes the article; left on, the words are asked about.
_QUOTE_FORM_AFTER = re.compile(
    r"[,;:\s-]+(?:(?:please |pls )?(?:in (?:quotes|quotation marks|quote marks|inverted commas)"
    r"|verbatim|word for word|(?:as an? |in an? )(?:exact |direct )?quote|(?:exact |direct )quote)"
    r"(?: please| pls)?)\W*$"
    # A bare "quote" only after a break: "whom does the article quote?" asks who is quoted.
    r"|\s*[,;:-]\s*(?:please |pls )?quote(?: please| pls)?\W*$"
    # "what does it say about defence trade, exact words": so are the exact words, after a
    # break ("what is the exact wording?" asks for it), not after a wh-word ("work together
    # to do what, exact words?" asks for the words themselves).
    r"|(?<!\bwhat)(?<!\bwho)(?<!\bwhom)(?<!\bwhere)(?<!\bwhen)(?<!\bwhy)(?<!\bhow)(?<!\bwhich)"
    r"\s*[,;:-]\s*(?:in )?(?:the |its |their )?(?:exact|actual|precise) (?:words|wording"
    r"|phrasing)(?: please| pls)?\W*$",
    re.IGNORECASE,
)


# "The Esper-Singh meeting vs the 2+2 dialogue, which came first?": the two set against
# each other, then the order asked; read as "which came first, A or B?" (the lead is
# otherwise taken for a topic, and the question for one about it alone).
_VERSUS_THEN_ORDER = re.compile(
    r"^(?:and\s+)?(?P<a>[^,?:;]+?)\s+(?:vs\.?|versus)\s+(?P<b>[^,?:;]+?)\s*[,:;\u2014\u2013-]+\s*"
    r"(?P<q>(?:which|what)(?:\s+\w+){0,3}?\s+(?:first|earlier|sooner|last|later|second))\s*\??$",
    re.IGNORECASE,
)


def versus_then_order(text: str) -> str:
    """ "A vs B, which came first?" → "which came first, A or B?"; other text unchanged."""
    found = _VERSUS_THEN_ORDER.match(text.strip())
    if found is None:
        return text
    return f"{found['q']}, {found['a']} or {found['b']}?"


# Events, of which an order in time can be asked: "the Singh meeting", "the 2+2".
_EVENT_NAMED = (
    r"(?:[^?]*?\b(?:meeting|meet|talks|visit|trip|dialogue|2\s*\+\s*2|2plus2|summit"
    r"|conference|session|agreement|deal|beca|statement)\b[^?]*?)"
)
# "Did the meeting follow the 2+2?", "did the talks precede the 2+2?", "was the Singh
# meeting a follow-up to the 2+2?": which came first, asked with a verb or noun of order;
# read as "did A come after/before B?", which the timeline answers. "did they follow up
# on the agreement?" names no later event.
_ORDER_VERB = re.compile(
    rf"^(?:did|does|do|has|have|had) (?P<a>{_EVENT_NAMED}) (?:(?P<after>follow(?:ed|s)?"
    r"|postdate[sd]?|succeed(?:ed|s)?)|(?P<before>precede[sd]?|predate[sd]?|pre-date[sd]?))"
    r"(?! (?:up|through|suit|on)\b) (?P<b>[^?]+?)\s*\??$",
    re.IGNORECASE,
)
_ORDER_NOUN = re.compile(
    rf"^(?:was|is|were|are) (?P<a>{_EVENT_NAMED}) (?:a |an |the )?(?:(?P<after>follow[- ]?up"
    r"|sequel|continuation)|(?P<before>prelude|precursor|lead[- ]in|run[- ]up|warm[- ]up"
    r"|curtain[- ]raiser)) (?:to|of|for) (?P<b>[^?]+?)\s*\??$",
    re.IGNORECASE,
)


def order_verb_asked(text: str) -> str:
    """ "did the meeting follow the 2+2?" → "did the meeting come after the 2+2?"; "was the
    meeting a prelude to the 2+2?" → "…come before…"; other text unchanged."""
    found = _ORDER_VERB.match(text.strip()) or _ORDER_NOUN.match(text.strip())
    if found is None:
        return text
    side = "after" if found["after"] else "before"
    return f"did {found['a']} come {side} {found['b']}?"


# "exact wording on how many times Esper has done a 2+2?": the same request put first.
_QUOTE_FORM_BEFORE = re.compile(
    r"^\s*(?:(?:and|so|ok) )?(?:the |its )?(?:exact|actual|precise) (?:words|wording|phrasing)"
    r" (?:on|for|of|about)\s+(?P<question>(?:who|whom|whose|what|which|when|where|why|how)\b.+)$",
    re.IGNORECASE,
)
# A follow-up with no wh-word, ended by a request for the exact words: "and the city, exact
# words?" ("work together to do what, exact words?" asks for the words themselves).
_FOLLOW_UP_EXACT = re.compile(
    r"^\s*(?P<question>(?:and|what about|how about)\b(?:(?!\b(?:who|whom|whose|what|which|when"
    r"|where|why|how)\b).)+?)[,;:\s-]+(?:in )?(?:the |its |their )?(?:exact|actual|precise)"
    r" (?:words|wording|phrasing)(?: please| pls)?\W*$",
    re.IGNORECASE,
)


def quote_form_dropped(text: str) -> str:
    """The wh-question without a request to quote the answer, after it ("…address what, in
    quotes?" → "…address what?", "and the city, exact words?" → "and the city?") or before
    it ("exact wording on how many times…?"); other text unchanged."""
    asked = _QUOTE_FORM_BEFORE.match(text) or _FOLLOW_UP_EXACT.match(text)
    if asked is not None:
        return asked["question"].rstrip() + ("" if asked["question"].endswith("?") else "?")
    found = _QUOTE_FORM_AFTER.search(text)
    if found is None or _WH_WORD.search(text[: found.start()]) is None:
        return text
    return text[: found.start()] + "?"


def directive_dropped(text: str) -> str:
    """The question without a request before it that says only how to answer ("compare
    the venues for me: where did Esper meet Singh, and where were the quad talks?")."""
    found = _DIRECTIVE_THEN.match(text)
    if found is None or not QUESTION_START.match(found["question"]):
        return text
    if not PRONOUN_WORDS.isdisjoint(normalise(found["question"]).split()):
        return text  # "help me understand BECA: what is it?": the lead names "it"
    return found["question"]


# "That data-sharing pact they agreed on, what was it called?", "The Secretary of State was
# heading to some region, which one?": what the asker has in mind, then the question.
_TOPIC_THEN = prefilter.compile(
    # "the Indian official — who is he?", "the agreement: what is it called?", "the 2+2
    # dialogue... how many?": a dash, colon or dots sets the lead off as a comma does.
    # "and the Indian MoD's own readout - what did it say?": a follow-up's "and" joins the
    # message to the last turn and is no part of the lead.
    r"^(?:(?:and|but|also|plus)\s+)?(?P<lead>[^?]{2,160}?)\s*(?:(?:,|(?P<set_off>:|\s[\u2014\u2013]|[\u2014\u2013]|\s-{1,2}"
    r"|\.{2,}|\u2026))"
    r"\s*(?:so\s+|and\s+|but\s+)?"
    r"(?P<question>(?:who|whom|whose|what|which|when|where|why|how)\b[^,?]*\??)"
    # "The Indian gentleman across the table from Esper — give us his full name."
    r"|(?:,|\s[\u2014\u2013-])\s*(?P<request>(?:give|tell)\s+(?:me|us)\s+(?:his|her)\b[^,?]*)"
    # "The minister who met Esper — name?", "…— his full name please.": only the name asked.
    r"|(?:,|:|\s[\u2014\u2013-]|[\u2014\u2013])\s*(?P<name_only>(?:(?:his|her)\s+)?(?:(?:full|first"
    r"|last)\s+)?name)(?:\s*,?\s*(?:please|pls|plz))?\s*[?.!]*)"
    r"\s*$",
    re.IGNORECASE,
)


_SHORTEST_LEAD = 8  # before a comma; set off by a dash, "Begin —" names a topic too


def topic_then_question(text: str) -> tuple[str, str] | None:
    """The lead and the question of a message that says what it is about before asking
    ("the meeting was late October something, what was the date?"), or None. A lead that
    is itself a question ("who met Singh, and where?") is a question of its own."""
    found = _TOPIC_THEN.match(text.strip())
    if found is None:
        return None
    lead = found["lead"]
    if len(lead) < _SHORTEST_LEAD and not found["set_off"]:
        return None  # "Also, who…?", "So then, where…?": chatter, not a topic
    if QUESTION_START.match(lead) or _ABOUT_LEAD.match(lead):
        return None
    if _WH_WORD.search(lead) and not RELATIVE_LEAD.match(lead):
        return None  # "quad talks where, and who went?": two questions
    if (
        found["set_off"]
        and found["question"]
        and lead_put_for_pronoun(found["question"], lead) is None
    ):
        # "…the two biggest democracies, per those officials — which two…?": set off by a
        # dash, the lead is the topic only when the question has a word standing for it.
        return None
    # "…, give us his full name": what his full name is.
    if found["name_only"]:
        # "— full name?": what his full name is.
        return lead, f"what is his {_OWNER_WORD.sub('', found['name_only'])}?"
    return lead, found["question"] or _NAME_REQUESTED.sub("what is ", found["request"], count=1)


def short_lead_then_question(text: str) -> tuple[str, str] | None:
    """ "BECA, what it is?", "Quad, what article say?": a lead too short to tell a topic
    from chatter ("Also, who…?") by itself, and the question after it; the caller decides
    by whether the lead is a name the article uses."""
    found = _TOPIC_THEN.match(text.strip())
    if found is None or found["set_off"] or not found["question"]:
        return None
    lead = found["lead"]
    if len(lead) >= _SHORTEST_LEAD or QUESTION_START.match(lead) or _WH_WORD.search(lead):
        return None
    return lead, found["question"]


# "The man who met Esper", "the department that issued the statement": a thing described by
# a clause of its own, whose "who" asks nothing.
RELATIVE_LEAD = prefilter.compile(
    r"^(?:the|that|this|those|these)\s+(?:[\w.+-]+\s+){1,3}?(?:who|whom|whose|which)\s+\w",
    re.IGNORECASE,
)


# "Which person is the Secretary of Defense?": who holds the office that follows, as "who is
# the Secretary of Defense?" asks; read with "which person", it was the one Esper met.
_WHICH_PERSON_IS_THE = prefilter.compile(
    r"^\s*(?:and\s+|so\s+)?which\s+(?:person|man|woman|guy|official|individual|one)"
    r"\s+(?P<verb>is|was)\s+(?=the\s)",
    re.IGNORECASE,
)


def which_person_is_the_asked(text: str) -> str:
    """ "Which person is the Secretary of Defense?" → "who is the Secretary of Defense?"."""
    return _WHICH_PERSON_IS_THE.sub(lambda found: f"who {found['verb']} ", text, count=1)


# "Who heads the Defense Department?": who its head is, which the article never says; read
# with "heads" as a word of the headline's "defense chiefs", it was Esper and Singh both.
_WHO_HEADS = prefilter.compile(
    # "who headed to South Asia?", "who ran into…": going, not heading a body.
    r"\bwho\s+(?:heads|headed|leads|led|runs|ran)\s+(?:up\s+)?"
    r"(?!(?:to|for|towards?|into|out|off|back|home|away|over|across|through|there)\b)(?=\w)",
    re.IGNORECASE,
)


def who_heads_asked(text: str, head_of: Callable[[str], str | None]) -> str:
    """ "Who heads the Pentagon?" → "who is the U.S. Secretary of Defense?", when ``head_of``
    finds the title of the body's head in the article; else "who is the head of the
    Pentagon?", which the article does not answer."""
    found = _WHO_HEADS.search(text)
    if found is None:
        return text
    title = head_of(text[found.end() :])
    if title is not None:
        return f"{text[: found.start()]}who is the {title}?"
    return _WHO_HEADS.sub("who is the head of ", text, count=1)


# "Anybody from Japan named?", "any Japanese officials mentioned?": which of the article's
# people are of that side, not what the article says of Japan.
_ANYONE_NAMED = prefilter.compile(
    r"^\s*(?:(?:is|are|was|were)\s+)?(?:there\s+)?any(?:one|body|\s+people|\s+persons?"
    r"|\s+officials?)?\s+(?:(?P<side>from\s+.+?)|(?P<kind>[a-z]+)\s+(?:officials?|people|"
    r"persons?|ministers?|names?))\s+(?:(?:being|are|is|was|were)\s+)?(?:named|mentioned)"
    r"(?:\s+by\s+name)?(?:\s+in\s+(?:the|this)\s+(?:article|story|piece))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


# "Does the article name any Indian official?", "does it mention any U.S. officials by
# name?": the same ask, put as whether the article does the naming; its yes is who they are,
# not a line where unnamed "U.S. government officials" describe something.
_ARTICLE_NAMES_ANY = prefilter.compile(
    r"^\s*(?:so\s+|and\s+)?(?:does|did|do)\s+(?:the\s+(?:article|story|piece|text)|it|this)"
    r"\s+(?:name|mention|identify)\s+any\s+(?P<kind>[a-z.]+)\s+"
    r"(?:officials?|people|persons?|ministers?)(?:\s+by\s+name)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def anyone_named_asked(text: str) -> str:
    """ "Anybody from the Defense Department named?" → "which officials from the Defense
    Department are named?"; "any Japanese officials named?" → "which Japanese officials are
    named?"."""
    found = _ANYONE_NAMED.match(text) or _ARTICLE_NAMES_ANY.match(text)
    if found is None:
        return text
    if found.groupdict().get("side"):
        return f"which officials {found['side']} are named?"
    return f"which {found['kind']} officials are named?"


# "Who was Esper's counterpart at the meeting — full name?": a who-question, then only which
# of the answer's names is wanted.
_WHO_THEN_NAME = prefilter.compile(
    r"^\s*who\s+(?P<clause>[^?,:\u2014\u2013]+?)\s*(?:\?\s*|(?:,|:|\s[\u2014\u2013-]|[\u2014\u2013])\s*)"
    r"(?:(?:his|her)\s+)?(?P<which>(?:(?:full|first|last)\s+)?name)"
    r"(?:\s*,?\s*(?:please|pls|plz))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def who_then_name_asked(text: str) -> str:
    """ "Who was Esper's counterpart at the meeting — full name?" → "what is the full name of
    the person who was Esper's counterpart at the meeting?": read whole, the name asked for
    would be that of Esper, whom the question names."""
    found = _WHO_THEN_NAME.match(text)
    if found is None:
        return text
    described = _person_described(found["clause"])
    if described is None:
        return text
    return f"what is the {found['which'].lower()} of the person {described}?"


# "did Esper meet": the question's own auxiliary, which the description keeps after its subject.
_AUXILIARY_FIRST = prefilter.compile(
    r"^(?P<aux>did|does|do)\s+(?P<subject>\w+)\s+(?P<rest>.+)$", re.IGNORECASE
)


def _person_described(clause: str) -> str | None:
    """What a who-question's clause says of its person: "met Singh" → "who met Singh", "did
    Esper meet" → "that Esper did meet"; None for a subject of several words."""
    auxiliary = _AUXILIARY_FIRST.match(clause)
    if auxiliary is None:
        return f"who {clause}"
    if auxiliary["subject"].lower() in ("the", "a", "an", "that", "this"):
        return None  # "who did the Indian minister meet": no one word to keep as subject
    return f"that {auxiliary['subject']} {auxiliary['aux']} {auxiliary['rest']}"


_OWNER_WORD = prefilter.compile(r"^(?:his|her)\s+", re.IGNORECASE)
_NAME_REQUESTED = prefilter.compile(r"^(?:give|tell)\s+(?:me|us)\s+(?=his\b|her\b)", re.I)


_WH_WORD = prefilter.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.I)


# "What about…", "as for…": read by about_then_question.
_ABOUT_LEAD = prefilter.compile(
    r"^\s*(?:and\s+|so\s+)?(?:(?:what|how)\s+about|tell\s+me|talking\s+about|regarding|about"
    r"|as\s+for|besides|apart|aside|except|excluding|not\s+counting|other\s+than|according"
    r"|per|in|on|at|from|to|by"
    r"|going\s+by|whilst|while|since|as|after|before|during|under|with|for|if|because|given"
    r"|following|like|unlike|concerning|pertaining|apropos)\b",
    re.IGNORECASE,
)


# "…, didn't he?": the tag that puts a claim up, which "is it true that…" already does.
_TAG_AT_END = prefilter.compile(
    r",?\s*(?:didn't|didnt|did|isn't|isnt|wasn't|wasnt|weren't|werent|aren't|arent|doesn't"
    r"|doesnt|hasn't|hasnt|haven't|havent|hadn't|hadnt)\s+(?:he|she|it|they|we|there)\s*$"
    # "Fact check: Esper met Singh in New Delhi, right?": the same tag, in one word.
    r"|,\s*(?:right|correct|true|yes|no|accurate|am i right|is that right|is that correct)\s*$",
    re.IGNORECASE,
)


def _claimed(statement: str) -> str:
    """The claim a statement makes, without who reports it ("my nephew says…") or the tag
    that asks for it to be confirmed ("…, didn't he?")."""
    claim = statement.strip().rstrip("?.!")
    listed = _LISTED_AS.match(claim)
    if listed is not None:
        # "Draft lists the Quad as the US, Japan, India and South Korea": the Quad is them.
        claim = f"{listed['thing']} is {listed['as']}"
    claim = _REPORTED.sub("", claim)
    return _unquoted(_TAG_AT_END.sub("", claim))


# "Draft: 'Pompeo spoke after returning from South Asia.'": a whole claim in quotation marks
# is the draft's sentence, not words someone said.
_WHOLLY_QUOTED = prefilter.compile(r"^(['\"‘“])(?P<claim>[^'\"‘’“”]+?)[.!?]?(['\"’”])[.!?]?$")


def _unquoted(claim: str) -> str:
    """The claim without the quotation marks around all of it ("'This was Esper's third
    2+2.'" is "This was Esper's third 2+2"); quoted words inside it are kept."""
    stripped = claim.strip()
    if len(stripped) > 2 and stripped[0] in "'\"‘“" and stripped.rstrip(".!?")[-1] in "'\"’”":
        inner = stripped.rstrip(".!?")[1:-1].rstrip(".!?")
        if not any(q in inner for q in '"“”') and not re.search(r"(?:^|\s)'|'(?:\s|$)", inner):
            return inner
    return claim


# A sentence that ends inside quotation marks ("Draft: 'Esper met Singh.' Correct?"): the
# mark after the full stop closes it.
_QUOTED_SENTENCE_END = prefilter.compile(r"(?<=[.!?]['\"’”])\s+")
# "…in Mumbai; could you kindly confirm as much?": the tag after a semicolon.
_SEMICOLON = prefilter.compile(r"\s*;\s*")


def _sentences(text: str) -> list[str]:
    """The sentences of a message, one ending inside quotation marks included."""
    return [
        piece
        for sentence in SENTENCE_END.split(text)
        for piece in _QUOTED_SENTENCE_END.split(sentence)
        if piece
    ]


# "…'urgent global security challenges'. Verbatim?": the quoted words themselves are checked.
_VERBATIM = prefilter.compile(
    r"^(?:is (?:that|this|it) )?(?:verbatim|word for word)\s*[?.]?$", re.IGNORECASE
)


def verbatim_checked(text: str) -> bool:
    """ "Our quote says sharing is to address 'urgent global security challenges'. Verbatim?":
    the message asks whether the words it quotes are the article's own."""
    stripped = text.strip()
    last = (_sentences(stripped) or [stripped])[-1]
    tag = [p for p in _ASIDE_BREAK.split(last) if p.strip()][-1:] or [last]
    return _VERBATIM.match(tag[0].strip()) is not None


def question_at_end(text: str) -> tuple[str, str] | None:
    """The background and the question of a long message that asks at its end, or None.

    "My dad and I argued about whether the Pentagon named China. Did it?" → ("My dad and I
    argued about whether the Pentagon named China.", "is it true that the Pentagon named
    China?"): a question too short to stand alone is the claim the message weighs."""
    stripped = text.strip()
    # A sentence ends at ".", "!" or "?" before a space: none before the last character is
    # one sentence, and the scan (slow: it starts with look-behinds) is skipped.
    one = not any(map(stripped[:-1].__contains__, ".!?"))
    sentences = [stripped] if one and stripped else _sentences(stripped)
    aside = [p for p in _ASIDE_BREAK.split(sentences[-1]) if p.strip()] if sentences else []
    if len(aside) < 2 and sentences and ";" in sentences[-1]:
        aside = [p for p in _SEMICOLON.split(sentences[-1]) if p.strip()]
    if (
        len(aside) >= 2
        and _CHECK_LEAD.match(aside[0].strip())
        and not QUESTION_START.match(aside[-1].strip())
    ):
        # "Quick check: the talks in Tokyo were quadripartite?"; "Fact check: Esper met Singh
        # in New Delhi - correct?" puts the same claim up twice, the tag adding nothing.
        confirmed = len(aside) >= 3 and _CONFIRM.match(aside[-1].strip()) is not None
        claimed = _claimed(" ".join(aside[1:-1] if confirmed else aside[1:]))
        return " ".join(sentences[:-1]), f"is it true that {claimed}?"
    if len(aside) >= 2 and _CONFIRM.match(aside[-1].strip()):
        # "My draft says the statement named China — is that right?"
        claimed = _claimed(" ".join(aside[:-1]))
        return " ".join(sentences[:-1]), f"is it true that {claimed}?"
    if len(sentences) >= 2 and _CONFIRM.match(sentences[-1].strip()):
        # "My draft says the statement came from the State Department. Is that correct?"
        claimed = _claimed(sentences[-2])
        return " ".join(sentences[:-2]), f"is it true that {claimed}?"
    if len(sentences) >= 2 and _TITLE_CHECKED.match(sentences[-1].strip()):
        # "Draft: 'Deputy Secretary of Defense Begin visited New Delhi.' Is the title right?":
        # the claim's title is what is checked, not the article's headline.
        claimed = _claimed(sentences[-2])
        return " ".join(sentences[:-2]), f"is it true that {claimed}, is the title right?"
    last = sentences[-1].strip() if sentences else ""
    if len(text.split()) <= _LONG_MESSAGE_WORDS and not (
        # "I keep hearing 'BECA' on the news. What does it stand for?": a question of its
        # own after a sentence that asks nothing.
        len(sentences) >= 2
        and last.endswith("?")
        and len(last.split()) >= 3
        and QUESTION_START.match(last)
        and not any(s.rstrip().endswith("?") for s in sentences[:-1])
    ):
        return None
    asked = next((s for s in reversed(sentences) if s.rstrip().endswith("?")), sentences[-1])
    pieces = [p for p in _ASIDE_BREAK.split(asked) if p.strip()]
    if not pieces:
        return None  # "…" then only a dash or a colon
    question = pieces[-1].strip() if len(pieces[-1].split()) >= 2 else asked.strip()
    # "…so what was the full name?", "in the article, what did they commit to?": the
    # question itself starts at its question word.
    opening = _OPENING.search(question)
    if opening is not None and _FIRST_OF_TWO.match(question[: opening.end()]):
        # "In which city did the Quad talks take place, and which nations were party to
        # them?": two questions joined by "and", each answered (split_multi), not a
        # background and the question after it. Sentences before it ("I hope you can
        # help.") are still its background.
        background = stripped[: stripped.rfind(asked.strip())].strip()
        return (background, asked.strip()) if background else None
    if opening is not None and not QUESTION_START.match(question):
        question = question[opening.end() :]
    background = text[: text.rfind(question)].strip()
    # "…The article mentions a press conference. Who gave it?": a short question of its own,
    # after a background that says what "it" is.
    short_own = len(question.split()) == 3 and _WH_WORD.match(question) is not None
    if len(question.split()) <= 3 and not short_own:
        claim = _WHETHER.search(background)
        if claim is None:
            return None
        question = f"is it true that {claim['claim'].strip()}?"
    if not QUESTION_START.match(question) or question == text.strip():
        return None
    return background, question


# "Fill in the blank: Esper met Singh on ___." The blank, by the word before it, is a
# question word where the answer goes.
_BLANK = prefilter.compile(r"_{2,}|\.{3,}|…|\[\s*\]|\(\s*\)")
_BLANK_LEAD = prefilter.compile(
    r"^\s*(?:fill in the blanks?|complete (?:the|this) sentence"
    # "Fill in: Mark T. ____", "fill the gap:", "complete the name: Basic Exchange and ___"
    r"|fill (?:in )?(?:the |this )?(?:blanks?|gaps?)|fill in"
    r"|complete (?:the|this) (?:name|phrase|quote|title|line))\s*[:,.-]?\s*",
    re.I,
)
# "Basic Exchange and ______ Agreement - complete the name": the same ask, put after.
_BLANK_TAIL = prefilter.compile(
    r"\s*(?:[-\u2013\u2014:,(]+\s*)(?:please\s+)?(?:complete|finish|fill in)"
    r"(?: (?:the|this) (?:name|sentence|phrase|quote|title|line|blanks?|gaps?))?\)?\s*[?.!]*\s*$",
    re.I,
)
_BLANK_AFTER = {"on": "when", "in": "where", "at": "where", "with": "whom", "met": "whom"}


_WORD = re.compile(r"[a-z0-9+]+(?:'[a-z]+)?")


# "Quiz Q1: ____ met Singh", "Q3. Mark T. ____", "Question 2 - …": a quiz's own number
# for the item is no part of the sentence with the blank.
_QUIZ_LABEL = prefilter.compile(
    r"^\s*(?:quiz\s*)?(?:q(?:uestion)?\s*\d+|quiz)\s*[:.)-]\s*(?=\S)", re.I
)
# "What's the 2+2 between? fill in: the US and Indian ____ and defense ministers": the
# blank's sentence is the one the fill-in lead opens, after a question of the asker's own.
_LEAD_AFTER_SENTENCE = prefilter.compile(
    r"[?!.]\s+(?=(?:fill in|fill the|complete (?:the|this))\b)", re.I
)


def _blank_sentence(text: str) -> str:
    """The sentence holding the blank, without a quiz label or a question put before it."""
    text = _QUIZ_LABEL.sub("", text)
    inside = _LEAD_AFTER_SENTENCE.search(text)
    if inside is not None and _BLANK.search(text, inside.end()):
        return text[inside.end() :]
    return text


def _around_blank(text: str) -> tuple[str, str] | None:
    """The text before (its lead-in removed) and after the blank of a fill-in-the-blank
    sentence, or None when it is not one."""
    text = _blank_sentence(text)
    asked_after = _BLANK_TAIL.search(text)
    if asked_after is not None:
        text = text[: asked_after.start()]
    blank = _BLANK.search(text)
    if blank is None or (
        not _BLANK_LEAD.match(text) and asked_after is None and text.count("_") < 3
    ):
        return None
    return _BLANK_LEAD.sub("", text[: blank.start()]), text[blank.end() :]


# Where the words around one blank of several stop: "(cooperation among the ____;
# enhancing secure ____ capabilities; …)" — each blank is read within its own clause.
_CLAUSE_BREAK = re.compile(r"[;()]")
_BLANK_RUN = re.compile(rf"(?:{_BLANK.pattern})(?:\s*(?:{_BLANK.pattern}))*")
_BLANK_RUN_START = re.compile(rf"^\s*(?:{_BLANK.pattern})(?:\s*(?:{_BLANK.pattern}))*")


def _blank_words(text: str) -> list[str]:
    """The words of a blank's context, spelt the American way the article spells them
    ("defence" is "defense", "prioritising" "prioritizing")."""
    return [american_spelling(w) for w in _WORD.findall(fold_quotes(text).lower())]


def blank_contexts(text: str) -> list[tuple[list[str], list[str]]]:
    """The words before and after each blank of a fill-in-the-blanks sentence ("enhancing
    secure ______ capabilities; and … engagement on ______."), each within its own clause
    when there are several; empty when the text is no fill-in-the-blank."""
    around = _around_blank(text)
    if around is None:
        return []
    before, after = around
    # "China's ______ ______.": blanks side by side are one gap of two words.
    pieces = [before, *_BLANK_RUN.split(_BLANK_RUN_START.sub("", after))]
    if len(pieces) == 2:
        return [(_blank_words(before), _blank_words(after))]
    return [
        (
            _blank_words(_CLAUSE_BREAK.split(lead)[-1]),
            _blank_words(_CLAUSE_BREAK.split(tail)[0]),
        )
        for lead, tail in pairwise(pieces)
    ]


def fill_in_the_blank(text: str) -> str:
    """The sentence with its blank turned into the question word it asks for."""
    around = _around_blank(text)
    if around is None:
        return text
    before = around[0].strip()
    after = " ".join(around[1].split()).strip(" .?")
    if not before:
        return f"who {after}?"  # "___ met Singh."
    if after and (after.split()[-1].endswith("s") or "2+2" in after.split()[0]):
        return f"how many {after} {before}?"  # "They have had ___ 2+2 dialogues."
    last = before.split()[-1].lower()
    asked = _BLANK_AFTER.get(last, "what")
    if asked in ("when", "where") and last in ("on", "in", "at"):
        before = " ".join(before.split()[:-1])
    return f"{asked} {before} {after}".strip() + "?"


# "What was Esper's job before he became Secretary of Defense?": someone's life before the
# post they hold. The article gives people only as they are now, never how they got there.
_TAKING_POST = (
    r"(?:became|become|becoming|(?:was|being) (?:appointed|named|made|elected|sworn in)"
    r"|were (?:appointed|named|made|elected)|took (?:office|over|the job|the post)"
    r"|taking (?:office|over|the job|the post)|joined|joining|entered|entering)"
)
BEFORE_THE_POST = prefilter.compile(
    rf"\b(?:before|prior to|until) (?:(?:he|she|they|\w+) )?{_TAKING_POST}\b"
)


# "What exactly does it cover?", "what is in the deal?", "the terms of the BECA?": what an
# agreement itself says. The article reports only that one was reached, never its contents;
# "what is the agreement about / on?" is not asked here (its name says that much).
_CONTENT_NOUNS = r"(?:terms|provisions|clauses|contents|content|details|fine print|text|scope)"
CONTENTS_ASKED = prefilter.compile(
    r"\bwhat (?:\w+ ){0,2}?(?:does|did|do|will|would) (?P<a>.+?) "
    r"(?:actually |exactly |specifically |precisely )?(?:cover|contain|include|entail|involve"
    r"|stipulate|provide for|lay out|spell out|say)\b"
    r"|\bwhat (?:is|was|are|were) (?:actually |exactly |specifically )?in (?P<b>.+)$"
    rf"|\b{_CONTENT_NOUNS} (?:of|in) (?P<c>.+)$"
    rf"|\b(?P<d>its|(?:the |that |this )?(?:\w+ ){{0,2}}?\w+) {_CONTENT_NOUNS}\b"
    # "what does that deal let them share?": what it provides for, in other words
    r"|\bwhat (?:\w+ ){0,2}?(?:does|did|do|will|would) (?P<e>.+?) "
    r"(?:let|allow|enable|permit|entitle) (?:them|both|the two(?: sides| countries)?|each)\b"
)


def contents_subject(text: str) -> str | None:
    """Whose contents `text` (normalised) asks for: "it", "the agreement"; None if it asks
    for no contents."""
    asked = CONTENTS_ASKED.search(text)
    if asked is None:
        return None
    subject = next(s for s in asked.group("a", "b", "c", "d", "e") if s is not None)
    # "what's in it exactly?": the adverb trails the thing asked about, not part of it
    return re.sub(r"(?: (?:exactly|actually|specifically|precisely|really)\b\W*)+$", "", subject)


# "who/what/when/where in one line pls", "when and where", "who, when, where?": a bare list of
# question words, asked before anything else, wants the basics of the story's main event
# (Esper met Singh in New Delhi on Monday), as "who met whom, when and where?" asks.
_WH_PART = r"(?:who|what|when|where)"
_BARE_WH_LIST = re.compile(
    rf"^\s*(?P<parts>{_WH_PART}(?:\s*(?:/|,|&|\+|\band\b|\s)\s*{_WH_PART})+)"
    r"(?:\s|[,;:.!?()\-–—]|\b(?:in|on|as|one|1|a|single|line|sentence|quick(?:ly)?|brief(?:ly)?"
    r"|pls|plz|please|only|just|asap|summary)\b)*$",
    re.IGNORECASE,
)


# "Give me the who, where and when of the Esper meeting", "tell me the who/what/where of
# the Tokyo talks", "what's the who and when of it?": the request before a list of question
# words goes, so every one is asked ("who, where and when of the Esper meeting").
_WH_LIST_REQUESTED = re.compile(
    r"^\s*(?:(?:so|and|ok|okay|now)\s*,?\s+)*(?:(?:can|could|would) you\s+)?(?:please\s+)?"
    r"(?:(?:give|tell|show|get)\s+(?:me|us)|what(?:'s|\s+is|\s+are)|i\s+(?:want|need))"
    r"\s+(?:the\s+)?(?=(?P<parts>"
    rf"{_WH_PART}(?:\s*(?:/|,|&|\+|\band\b|\s)\s*{_WH_PART})+)\b)",
    re.IGNORECASE,
)


def wh_list_request_dropped(text: str) -> str:
    """ "Give me the who, where and when of the Esper meeting" → "who, where and when of
    the Esper meeting"; other text unchanged."""
    found = _WH_LIST_REQUESTED.match(text)
    return text if found is None else text[found.end() :]


# "Which country hosted the talks Esper attended before meeting Singh?", "where were the
# talks Esper joined before he met Singh?": the place someone went before an event, asked
# as "where did Esper go before meeting Singh?" (normalised text).
_PLACE_OF_EARLIER_EVENT = prefilter.compile(
    r"^(?:which (?:country|city|nation|place|capital)|where)"
    r" (?:hosted|host|hosts|was|were|is|are|did)(?: held| hosted| host)?"
    r" the (?:talks|meeting|meetings|summit|conference|gathering|session|event)"
    r" (?:that |which )?(?P<doer>\w+(?: \w+)?)"
    r" (?:attended|joined|took part in|participated in|went to|was at|had)"
    r" (?P<side>before|prior to|ahead of) (?P<other>.+)$"
)


def place_of_earlier_event_asked(text: str) -> str:
    """ "Which country hosted the talks Esper attended before meeting Singh?" → "where did
    esper go before meeting singh?"; other text unchanged."""
    found = _PLACE_OF_EARLIER_EVENT.match(normalise(text))
    if found is None:
        return text
    return f"where did {found['doer']} go {found['side']} {found['other']}?"


def bare_wh_list_asked(text: str) -> str:
    """ "who/when/where, one line" → "who met whom, when and where?";
    "when and where" → "when and where did Esper meet Singh?"."""
    found = _BARE_WH_LIST.match(text)
    if found is None:
        return text
    parts = set(re.findall(_WH_PART, found["parts"].lower()))
    asked = [part for part in ("when", "where") if part in parts]
    if parts & {"who", "what"}:
        # "what" of the main event is the meeting itself, which "who met whom" answers.
        return ", ".join(["who met whom", *asked[:-1]]) + (f" and {asked[-1]}?" if asked else "?")
    if len(asked) < 2:
        return text
    return "when and where did Esper meet Singh?"


# "'two largest democracies' - whose words?", "whose phrase is 'pressing global security
# challenges'?", "whose line was “thwart the threat”?": who said the quoted words, as "who
# said '…'?" asks; not who the words are about (the U.S. and India).
_QUOTED = r"[\"'“‘].+[\"'”’]"
_WORDS_NOUN = (
    r"(?:words?|phrase|phrasing|wording|quote|quotation|line|expression|description"
    r"|characteri[sz]ation|language)"
)
_WHOSE = r"(?:whose|who'?s|who\s+s)"
_WHOSE_WORDS = re.compile(
    rf"^\s*(?P<quoted>{_QUOTED})\s*(?:[-–—:,;]+\s*|\s)(?:and\s+|so\s+)?{_WHOSE}\s+{_WORDS_NOUN}"
    r"(?:\s+(?:are|is|were|was)\s+(?:they|those|these|that|this|it))?\s*[?.!]*\s*$"
    rf"|^\s*(?:and\s+|so\s+)?{_WHOSE}\s+{_WORDS_NOUN}\s+(?:are|is|were|was)\s*:?\s*(?P<quoted2>{_QUOTED})"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def whose_words_asked(text: str) -> str:
    """ "'two largest democracies' - whose words?" → "who said 'two largest democracies'?"."""
    found = _WHOSE_WORDS.match(text)
    if found is None:
        return text
    quoted = found["quoted"] or found["quoted2"]
    return f"who said {quoted}?"


# "And the other American who visited New Delhi?", "what about the other official that went to
# Delhi?": a person picked out by what they did, asked as "which other American visited New
# Delhi?"; read as an "and X?" follow-up it would ask the last question of a country.
_OTHER_ONE_WHO = prefilter.compile(
    r"^(?:(?:and|so|ok|okay)\s+)?(?:(?:what|how) about\s+)?(?:the|that) other "
    r"(?P<noun>[\w.'-]+(?: [\w.'-]+){0,2}?) (?:who|that) (?P<clause>[\w.'-]+ .+?)\s*\??$",
    re.IGNORECASE,
)


def other_one_who_asked(text: str) -> str:
    """ "And the other American who visited New Delhi?" → "which other American visited New
    Delhi?"; any other text unchanged."""
    found = _OTHER_ONE_WHO.match(text.strip())
    if found is None:
        return text
    return f"which other {found['noun']} {found['clause']}?"


# "which one is from India?", "which of the two is American?", "which of them is the defence
# minister?": one of the people, picked out by their country or post; read as a "what"
# question it would name whatever the article mentions most (BECA).
_WHICH_ONE_OF_PEOPLE = prefilter.compile(
    r"^(?:(?:and|so|ok|okay)\s+)?which\s+(?:one|of\s+(?:them|these|those|the\s+(?:two|three|"
    r"men|officials|ministers|people|leaders)))\s+"
    r"(?=(?:is|was|comes|came)\s+(?:from\b|indian\b|american\b|(?:an?|the)\s+(?:indian|american"
    r"|minister|secretary|official|defen[cs]e|foreign|deputy|u\.?s\.?)\b))",
    re.IGNORECASE,
)


def which_one_person_asked(text: str) -> str:
    """ "which one is from India?" → "who is from India?"; any other text unchanged."""
    found = _WHICH_ONE_OF_PEOPLE.match(text.strip())
    if found is None:
        return text
    return f"who {text.strip()[found.end() :]}"


# "name of Singh's counterpart", "singh counterpart name", "Esper's host's full name?": the
# name of the one the relation points to, which "who is Singh's counterpart?" asks; read as
# a name question it named Singh himself.
_RELATION_NAME = prefilter.compile(
    r"^(?:(?:what is|what s|whats|give me|tell me) )?(?:the )?(?:full )?name of (?:the )?"
    r"(?P<who>[a-z]+)(?:'s|’s| s|s')? (?P<rel>counterpart|host|guest|visitor)\W*$"
    r"|^(?P<who2>[a-z]+)(?:'s|’s| s|s')? (?P<rel2>counterpart|host|guest|visitor)(?:'s|’s| s)?"
    r" (?:full )?name\W*$",
    re.IGNORECASE,
)


# "What kind of partnership is the U.S.-India relationship called in paragraph 6?": the
# kind asked, with the naming verb after it dropped ("…described as?", "…referred to as?").
_KIND_CALLED = prefilter.compile(
    r"^(?P<asked>(?:what|which) (?:kind|type|sort) of [\w-]+ (?:is|are|was|were) .+?)"
    r" (?:called|termed|labell?ed|named|known as|described as|referred to as|characteri[sz]ed"
    r" as)(?P<after>(?: in [^?]+)?)\s*\??$",
    re.IGNORECASE,
)


def kind_called_asked(text: str) -> str:
    """ "What kind of partnership is the U.S.-India relationship called?" → "What kind of
    partnership is the U.S.-India relationship?"; other text unchanged."""
    found = _KIND_CALLED.match(text.strip())
    if found is None:
        return text
    return f"{found['asked']}{found['after']}?"


def relation_name_asked(text: str) -> str:
    """ "name of Singh's counterpart" → "who is Singh's counterpart?"; other text unchanged."""
    found = _RELATION_NAME.match(text.strip())
    if found is None:
        return text
    who, rel = found["who"] or found["who2"], found["rel"] or found["rel2"]
    return f"who is {who}'s {rel}?"


def joined(items: list[str], conjunction: str = "and") -> str:
    """ "Esper", "Esper and Pompeo", "Esper, Pompeo and Singh" (or "… or Singh")."""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"
