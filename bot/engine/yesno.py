"""Yes or no: from the fact the question is about, checked against what the question
says of it (the value it names, the place, who took part, the order in time)."""

from __future__ import annotations

import abc
import copy
import itertools
import re
from dataclasses import replace
from functools import cached_property
from itertools import pairwise

from rapidfuzz import fuzz

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.anyrelations import ANY_RELATIONS, agreeing_first
from bot.engine.bodyside import asks_only_a_side, pronoun_subject
from bot.engine.choices import two_noun_phrases
from bot.engine.context import Context
from bot.engine.contrast import (
    asks_since_or_until,
    contrast_words,
    day_words,
    pace_verdict,
    trend_text,
    verdict,
)
from bot.engine.core import (
    COUNT_WORDS,
    NOT_SAID,
    ORDINAL_OF_COUNT,
    PAIR_DEPTH,
    SIGNED_ASKED,
    SPEECH_TERMS,
    YESNO_THRESHOLD,
    Scored,
    date_words,
    leading_count,
    locative_there,
)
from bot.engine.index import FactEntry, term
from bot.engine.lexicon import (
    CAPITAL_METONYMS,
    COMPANION_WORDS,
    COUNTRY_NAMES,
    MONTHS,
    NAMING_WORDS,
    NEUTRAL,
    NUMBER_WORDS,
    OPPOSITES,
    PACE,
    POLARITY,
    STOPWORDS,
    TITLE_WORDS,
    WEAK_WORDS,
    WEEKDAYS,
    is_country_word,
)
from bot.engine.middleinitial import wrong_initial, wrong_initial_text
from bot.engine.outsidefirstnames import (
    first_name_from_outside,
    outside_first_name_text,
    outside_full_name,
    outside_full_name_text,
)
from bot.engine.phrases import (
    ABOUT_ANYTHING,
    BEFORE_WORDS,
    DESCRIBED_PERSON,
    EVENT_TERMS,
    IN_IT,
    ORDER_ASKED,
    ORDER_SAID,
    SAME_AS,
    STARTS_WITH_BE,
    THAT_COUNTRY,
    TITLE_OF_ANOTHER,
    identity_text,
    replace_unknown,
    without_entity,
)
from bot.engine.question import (
    COPULAS,
    KIND_NOUNS,
    ORDINAL_WORDS,
    Linked,
    Parsed,
    negated_base,
    parse,
)
from bot.engine.quoting import Quotation
from bot.engine.rankedtitle import rank_left_out
from bot.engine.series import all_asked, all_count, counts_claimed, place_asked
from bot.engine.several import SeveralOptionAnswers
from bot.engine.sidenames import SIDE_COUNTRIES
from bot.engine.spelling import COMMON_WORDS
from bot.engine.verbswap import object_swapped, verb_swapped
from bot.factbase.model import Entity, Fact, Role
from bot.text import normalise, stem

__all__ = ["STATEMENT_TERM", "YesNoAnswers", "said_as"]

# What a fact giving someone's title is keyed by (Begin's "U.S. Deputy Secretary of State").
_TITLE_KEYWORD = "title"
# The words around a bare count put to the last answer: "was it two?", "were there only
# two in total?".
_BARE_COUNT_WORDS = frozenset(
    "was is it were there are they that so then really only just the a in total all".split()
)
# "anyone else…?", "did somebody else go?": someone besides those named so far.
_ANYONE_ELSE = re.compile(r"\b(?:any|some)(?:one|body) else\b")


# Words after which "one" stands for a thing, not a count: "his first one", "this one".
_ONE_AS_PRONOUN_AFTER = frozenset(
    "first second third fourth fifth last next previous other another this that the which"
    " each every same his her their its".split()
)


def _one_as_pronoun(words: list[str], at: int) -> bool:
    """ "Who met Singh?" "was it his first one?": "one" is the meeting, no count to check
    against the Tokyo talks' four countries."""
    return words[at] == "one" and at > 0 and words[at - 1] in _ONE_AS_PRONOUN_AFTER


def _only_a_count(parsed: Parsed, number: str) -> bool:
    """Whether the claim is only a number: "was it two?", "is it four then?"."""
    return all(w == number or w in _BARE_COUNT_WORDS for w in parsed.words)


def _count_said(number: str, fact: Fact) -> bool | None:
    """Whether the fact's own count ("Three") is the number; None when it gives none."""
    role = fact.roles.get("how_many")
    first = normalise(role.answer).split()[:1] if role is not None else []
    if not first or first[0] not in NUMBER_WORDS:
        return None
    return NUMBER_WORDS[first[0]] == NUMBER_WORDS[number]


# A time put the other way round from the article's: "later this month" for "earlier this
# month" (the same unit after it).
_RELATIVE_TIMES = {"earlier": "later", "later": "earlier"}

# "before this year", "prior to this month": against the time the article is written in.
_BEFORE_THIS_PERIOD = re.compile(
    r"\b(?:before|prior to|ahead of|earlier than|since|after|later than|following)"
    r" (?:this|the current|that) (?:year|month|week|fall|autumn)\b"
)
# "Which is the diplomat, Begin or Esper?": a diplomat is of the State Department.
_DIPLOMAT_WORDS = frozenset({"diplomat", "diplomats", "envoy", "envoys"})
# "Who is the better diplomat, Begin or Pompeo?": a judgement, not which one is one.
_JUDGING = frozenset(
    "better best more most top senior higher highest lower good bad worse worst real true"
    " bigger biggest greater greatest".split()
)
_DIPLOMATS_BODY = "state-department"
# "The statement came from New Delhi", "was the readout issued in Tokyo?": where a statement
# was put out from, which the article never says (the meeting it reports was in New Delhi).
_STATEMENT_ISSUED_AT = prefilter.compile(
    r"\b(?:statement|readout|release|communique|announcement)s?"
    r" (?:(?:was|were|had been|has been|is|got) )?"
    r"(?:came|come|comes|coming|issued|released|put out|published|originated|emanated|sent)"
    r"(?: out)? (?P<at>from|in|out of|at) (?:the )?"
)
# "Which of the two works at the Pentagon?": words that put someone in a body.
_WORKS = frozenset({"works", "work", "worked", "working", "serves", "serve", "employed"})
# "…regional or global?", "…in Delhi or Tokyo?", "three or four…": two one-word options.
ORDER_WORDS = frozenset({"before", "after", "earlier", "later", "prior", "following"})
# "…during his trip?", "…while on his visit?": a time inside a journey, which a fact that
# places the event before or after that journey denies.
_SPAN_WORDS = frozenset({"trip", "visit", "tour", "journey", "travels", "stay"})
_DURING_SPAN = prefilter.compile(
    r"\b(?:during|in the course of|while on|on|while he was on|while she was on)"
    r" (?:his|her|their|the|this|that) (?:\w+ )?(?:trip|visit|tour|journey|travels|stay)\b"
)
NOT_OPTIONS = STOPWORDS | ORDER_WORDS | {"true", "false", "wrong"}  # "…or not?", "true or false"
EITHER = prefilter.compile(r"\b(\w+) or (\w+)\b")
# Words that turn "which … A or B?" round to ask for the option that did not: "which country
# was not at the Tokyo talks, China or Japan?".
_CHOICE_NEGATIONS = frozenset(
    "not never didnt doesnt isnt wasnt arent werent hasnt havent hadnt dont wont cant".split()
)
# "Was Australia one of them, or Russia?": whether it is in the group just named.
_ONE_OF_THEM = prefilter.compile(r"\b(?:one of|among|amongst|part of) (?:them|those|these)\b")
# Kinds of thing a question may offer as two options, one named before its verb and one
# after "or" ("Singh went or Esper?").
_OPTION_KINDS = frozenset({"person", "place", "country", "organisation"})
# People who come along with an official, whom a claim may name and the article does not.
_COMPANIONS = COMPANION_WORDS
# "Was the meeting two days before the 2+2?", "…the day before…", "the next day": a gap
# measured between two events, where the article may only order them ("ahead of").
_MEASURED_GAP = prefilter.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several"
    r"|couple of|the) (?:full |whole |entire )?(?:day|days|week|weeks|hour|hours|night|nights"
    r"|month|months|year|years) (?:or so )?(?:before|after|ahead|prior|earlier|later"
    r"|beforehand|following|previously)"
    r"|the (?:next|following|previous|prior|preceding) (?:day|week|morning|evening|night)"
    r"|the eve of)\b"
)
# A gap and the order it is measured in, "the day after", "two weeks before": the order
# alone is what the article may settle.
_GAP_THEN_ORDER = prefilter.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several|couple of"
    r"|the) (?:full |whole |entire )?(?:day|days|week|weeks|hour|hours|night|nights|month"
    r"|months|year|years) (?:or so )?(?P<order>before|after|prior|earlier|later|following)\b"
)
_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her", "they", "their", "them"})
_ORDINAL_WORDS = frozenset("first second third fourth 1st 2nd 3rd 4th".split())
_OTHER_ORDER = {
    "before": "after",
    "prior": "after",
    "earlier": "later",
    "after": "before",
    "later": "earlier",
    "following": "before",
}
# Words of a quote that order events: "ahead of the 2+2 Dialogue", "Earlier this month".
_ORDER_SAID = prefilter.compile(r"\b(?:earlier|ahead of|prior to|before|after|later)\b")
# The particles of phrasal verbs offered as options: "heating up or cooling down?".
_PARTICLES = frozenset({"up", "down", "off", "out"})
STATEMENT_TERM = term("statement")
# "expressly", "directly", "openly" are read as this one word of the article's.
_EXPLICITLY = term("explicitly")
# "Was information sharing the only area of cooperation mentioned?": one of a kind the
# article may list several of ("area of cooperation mentioned" is the rest).
ONLY_ONE_OF_KIND = prefilter.compile(
    r"^(?:is|was|are|were) (?P<thing>.+?) the only (?P<kind>area|field|form|kind|type|aspect"
    r"|element|item|domain|sphere)s?\b(?P<rest>.*)$"
)
# A count that makes a list of several: "Three areas are named: …".
_SEVERAL_COUNTS = frozenset("two three four five six seven eight nine ten".split())
_COVER, _INCLUDE = term("cover"), term("include")
RELATION_TERMS = frozenset(
    term(w) for w in "relations relationship ties tie bond bonds partnership".split()
)
VISIT_TERM = term("visit")
# Words that say the same of a claim: "agreed to deepen" is "committed to deepening".
NEAR_MEANINGS = (
    frozenset(
        "agree agreed agrees commit commits committed pledge pledged promise promised vow vowed"
        " decide decided resolve resolved opt opted choose chose elect elected undertake"
        " undertook".split()
    ),
    # "counter the party" is what "thwart the threat posed by" it says
    frozenset("address counter confront tackle thwart combat counteract".split()),
)
# Which way a word takes what it qualifies, beyond the trends of relations: "closer
# cooperation" says what the article's "deepening cooperation" does, "looser" the opposite.
_DIRECTION = {
    **POLARITY,
    **dict.fromkeys(
        "deepen deepens deepened deepening deeper deep close tighter tighten tightened"
        " tightening broader broaden broadened broadening wider widen widened widening enhance"
        " enhanced enhancing greater more intensify intensified intensifying boost boosted"
        " boosting thaw thawing thawed".split(),
        1,
    ),
    **dict.fromkeys(
        "looser loosen loosened loosening shallower narrower narrow narrowed narrowing less"
        " lesser fewer diminish diminished diminishing".split(),
        -1,
    ),
}
# Words that deny what the agreeing words of NEAR_MEANINGS say: "Did they refuse to
# continue working together?" is a No to "agreed to continue".
_REFUSING = frozenset(
    "refuse refused refuses decline declined declines reject rejected rejects fail failed"
    " fails oppose opposed opposes stop stopped cease ceased hesitate hesitated neglect"
    " neglected".split()
)
# The same, as terms: "agree to enhance…" is checked against a fact's "commitment".
_NEAR_MEANING_TERMS = tuple(frozenset(term(w) for w in near) for near in NEAR_MEANINGS)
# What two sides talk about, which anything they agreed or committed to was.
# How far below the best a fact may score and still count the event asked of, and how many
# of the best are looked at: "was this the first 2+2?" ties the 2+2's identity with its count.
NEAR_BEST = 0.05
PAIR_DEPTH_YESNO = 5
# Words asking whether something is in the text at all, which no word of a quote stands in for.
_MENTIONING = frozenset("mentioned named cited referenced referred discussed raised".split())
_DISCUSSED = frozenset(term(w) for w in "discuss talk cover raise".split())
_AGREED = _NEAR_MEANING_TERMS[0]
# "Does the article quote Esper directly?"
QUOTES_WHOM = prefilter.compile(
    r"^(?:does|did|do) (?:the )?(?:article|story|piece|report|text) (?:directly )?quote"
    r" .+?(?: directly| at all| anywhere| verbatim)?$"
    # "Is Singh quoted directly anywhere in the piece?", "are there any direct quotes from
    # Esper?": the same, asked of the person.
    # "Was Singh quoted?", "is Secretary Esper quoted in the article?": a bare "quoted"
    # asks the same (it got Yes with the DOD statement's words, which are not his).
    r"|^(?:(?:ok|okay|so|and|but|then) )*(?:is|was|are|were) .+? (?:ever )?"
    r"(?:(?:directly|actually|really) )?(?:quoted|cited)"
    r"(?: (?:directly|verbatim|word for word))?(?: anywhere)?"
    r"(?: (?:in|by) (?:the |this )?(?:article|story|piece|report|text))?(?: at all| anywhere)?$"
    # "Are there any quotes from Singh?", "any direct quotes of Esper?"
    r"|^(?:(?:ok|okay|so|and|but|then) )*(?:(?:is|are) there )?(?:any )?(?:direct )?"
    r"(?:quotes?|quotations?) (?:from|of|by) .+?"
    r"(?: in (?:the |this )?(?:article|story|piece|report|text))?(?: at all)?$"
)
# The same asked of the Defense Department's statement, or of "it" after it: "did the DOD
# statement quote Singh?", "did it quote Esper directly?". The article reports no words of
# theirs from anyone, so No is true whatever "it" was; its readout of the meeting is no Yes.
REPORT_QUOTES_WHOM = prefilter.compile(
    r"^(?:(?:ok|okay|so|and|but|then) )*(?:does|did|do) (?:it|(?:the |that |this |its )?"
    r"(?:(?:usa |us )?(?:dod|pentagon|defense department|department of defense) )?"
    r"(?:statement|readout|press release)) (?:directly )?quote"
    r" .+?(?: directly| at all| anywhere| verbatim)?$"
    # "was Singh quoted in the DoD statement?", "is Esper cited directly in the readout?"
    r"|^(?:(?:ok|okay|so|and|but|then) )*(?:is|was|are|were) .+? (?:directly )?"
    r"(?:quoted|cited)(?: directly| verbatim)? (?:in|by) (?:it|(?:the |that |this |its )?"
    r"(?:(?:usa |us )?(?:dod|pentagon|defense department|department of defense) )?"
    r"(?:statement|readout|press release))(?: directly| at all| anywhere| verbatim)?$"
)
# "Is the Defense Department the source of the phrase 'pressing global security challenges'?"
SOURCE_PATTERNS = (
    prefilter.compile(
        # "Is the Defense Department statement the source for the claim about deepening
        # cooperation?": the claim is what it is about.
        # "Is the Defense Department the party that made the claim about 'pressing…'?"
        r"^(?:is|was) (?P<who>.+?) the (?:(?:source|origin|author) (?:of|for|behind)"
        r"|(?:party|one|body|side|person|people|department|agency) (?:that|who|which)"
        r" (?:made|makes|used|uses|said|says|coined|voiced|issued)) (?:the )?"
        r"(?:(?:phrase|words?|line|quote|claim|sentence)"
        r"(?: (?:about|regarding|concerning|on))? )?(?P<what>.+)$"
    ),
    # "Is the claim that X attributed to the DoD statement?", "…made by Pompeo?"
    prefilter.compile(
        r"^(?:is|was) the (?:claim|line|phrase|idea|point|quote|remark|description)(?: that)? "
        r"(?P<what>.+) (?:made|said|attributed|credited|issued|written|put forward) "
        r"(?:by|to|from|in) (?:the )?(?P<who>[^,]+?)$"
    ),
    # "Was the 'most significant relationships' description attributed to Indian officials?"
    prefilter.compile(
        r"^(?:is|was) the (?P<what>.+?) (?:claim|line|phrase|idea|point|quote|remark|description"
        r"|characterization|characterisation|wording) (?:made|said|attributed|credited|issued"
        r"|written|put forward) (?:by|to|from|in) (?:the )?(?P<who>[^,]+?)$"
    ),
    # "So is the 'address the threat posed by China' purpose attributed to the DoD
    # statement?", "is the China threat credited to the Pentagon?": whatever is attributed.
    prefilter.compile(
        r"^(?:is|was|are|were) (?:the )?(?P<what>.+?) (?:attributed|credited|ascribed) "
        r"to (?:the )?(?P<who>[^,]+?)$"
    ),
    # "My draft attributes the phrase X to Pompeo. Is that right?": as the claim it checks.
    prefilter.compile(
        # "Draft attributes…", "we attribute…", "our copy credits…": the same check.
        r"^(?:is it true that )?(?:(?:my|our|the) \w+|draft|we|i) (?:attributes?|credits?)"
        r" (?:the )?(?:phrase |line |quote "
        r"|words? |claim )?(?P<what>.+) to (?:the )?(?P<who>[^,]+?)$"
    ),
    prefilter.compile(
        r"^(?:is it true that )?(?:the )?(?P<what>.+?) (?:line|phrase|quote|words?) (?:came|comes) "
        r"from (?:the )?(?P<who>[^,]+?)$"
    ),
    # "Did the DOD statement say U.S.-China relations were deteriorating?": whether the
    # statement is where the article has it from.
    prefilter.compile(
        r"^(?:did|does) (?P<who>(?:the )?(?:usa )?(?:dod|pentagon|defen[cs]e department"
        r"|department of defen[cs]e)(?:s)?(?: statement| readout)?|the statement) "
        r"(?:say|state|claim|report|assert|mention)(?: that)? (?P<what>\S+ \S+.*)$"
    ),
)
# Words whose speakers can be their source (praised, described, called). Narrower than the
# engine's WORDS_SAID on purpose: a reported agreement or commitment is no one's own words,
# so "is the claim that they reached an agreement attributed to the statement?" is the
# article's claim, not the two sides'.
SAID_IN_WORDS = frozenset(
    term(w) for w in "praise welcome appreciate express describe call say".split()
)
# Verbs a yes or no can do without: "did they hold talks", "was it said".
SOFT_VERBS = frozenset(
    term(w)
    for w in "say said hold held take took have had make made mention discuss talk speak go went"
    " come get do did give gave".split()  # "did he do (give) a presser?": held one
)
_ADVERBS = frozenset(
    "also ever really actually even still both all then just recently lately".split()
)
# "south korea", "the uk": the name the question gives a country the article never names
OUTSIDER_NAME = prefilter.compile(r"(?:(?:south|north|new|united|saudi|sri) )?\w+$")
PARTY_WORDS = frozenset({"part", "member", "members", "party", "participant", "participants"})
PARTY_TERMS = frozenset(term(w) for w in ("participate", "attend", "join"))
# "Did Pakistan go to them?", "did china attend it?" after the Tokyo talks: to take part in
# the event just answered, as "was it there?" asks.
GONE_TO_IT = prefilter.compile(
    r"\b(?:go|goes|went|gone|come|came|travel|travelled|traveled|attend|attended|join"
    r"|joined|participate|participated) (?:to |in )?(?:it|them|those|those talks|that)$"
)
# "Aimed at China", "targeted at Beijing": what something is directed against, not where.
AIMED_AT = prefilter.compile(
    r"\b(?:aim|aims|aimed|aiming|direct|directed|target|targets|targeted|targeting|point"
    r"|pointed|geared|levelled|leveled) at\b"
)
# "Did Esper say (claim, state) that…": words put in someone's mouth.
_SAY_VERBS = frozenset("say says said state states stated claim claims claimed remark".split())
# The same put as a claim: "is it true that Esper said…" (read as "are esper said…").
SAID_CLAIM = prefilter.compile(
    r"^(?:\w+ )?(?P<who>(?:the )?\w+(?: \w+)?) (?P<verb>said|stated|claimed|says|states"
    r"|claims) (?:that )?(?P<rest>.+)$"
)
# "Was China among the countries…", "did the talks include China?": one of those taking part.
_AMONG_WORDS = frozenset("among amongst include includes included including one".split())
# "talks with China", "between Japan and China": a party, by the word before its name.
_WITH_WORDS = frozenset({"with", "between", "and", "by"})
# "work together with X", "cooperate with X" ("together with", "alongside" are read as
# "besides"): X as a partner in what is done.
_PARTNER_WORDS = frozenset({"with", "besides"})
# Holders of an office, whose kind the word before them says ("defense ministers").
_OFFICE_NOUNS = frozenset({"ministers", "secretaries"})
# An agreement or an event is not someone to do things with ("happy with the BECA").
_NOT_PARTNERS = frozenset({"agreement", "event"})
# Where a fact's quote names its partners: "meets with Singh", "between the U.S. and India".
# Who poses or brings something, as a sentence names them: "the threat posed by China's
# Communist Party".
_AGENT_VERBS = frozenset({"posed", "brought", "caused", "raised"})
_AGENT_SAID = re.compile(r"\b(?:posed|brought|caused|raised) by\s+((?:\S+\s+){0,4}\S+)")
_PARTNER_SAID = re.compile(r"\b(?:with|between|among|and)\s+((?:\S+\s+){0,5}\S+)")
SWAP_SIMILARITY = 70  # a claim's word this close to the article's is a typo of it
SWAPPED_THRESHOLD = 0.4  # a fact this close with a word swapped is the claim's, got wrong
_AGREEMENT = term("agreement")
_HOST = term("host")
# "Did they sign the BECA?", "was it signed?", not "sign up to" / "sign off on" (agree).
# "Is that country Japan?": the country meant, named.
THAT_COUNTRY_IS = prefilter.compile(r"^(?:is|was) (?:that|this) (?:country|nation) (?:the )?\w+")
# "Was Singh the visitor?", "did Singh travel to meet Esper?": the one who came from abroad.
_VISITOR_WORDS = frozenset("visitor visitors guest guests travel traveled travelled flew".split())
# "…go to mumbai", not "going to buy": a verb that sends someone to the word after "to".
_SENT_VERBS = frozenset("travel travelled traveled fly flew go went head headed come came".split())
# "Was China at the meeting?", "did Japan attend the talks?": someone asked as taking part.
# "Why did they choose Mumbai for their meeting?": the place chosen, as "in Mumbai" is.
_CHOSEN = r"(?:choose|chose|chosen|choosing|pick|picked|picking|select|selected|opt for|opted for)"
# "Why was Mumbai chosen as the venue?": a place named before its choosing.
_CHOSEN_AFTER = r"(?:\s+(?:was|been|being|got))?\s+(?:chosen|picked|selected)\b"
# "…name China as the threat": a mention verb, then what the thing was mentioned as.
_NAMED_AS = re.compile(
    r"\b(?P<verb>name|names|named|mention|mentions|mentioned|identify|identifies|identified"
    r"|call|calls|called|describe|describes|described|label|labels|labelled|labeled"
    r"|cite|cites|cited)\b\s+\S+(?:\s+\S+)?\s+(?P<as>as)\s+(?P<what>(?:(?:a|an|the)\s+)?\w+"
    r"(?:\s+\w+)?)$"
)
# "Does the headline mention China?", "is China in the title?", "does the headline name
# Esper?": whether the article's own headline has something in its words.
_HEADLINE_MENTION = re.compile(
    r"\b(?:headline|title)\b.*\b(?:mention|mentions|name|names|include|includes|refer"
    r"|refers|feature|features|say anything about|talk about|reference|references)\b"
    r"|\b(?:mention|mentions|mentioned|named|included|featured|referenced|appear|appears"
    r"|in|into)\s+(?:the\s+|its\s+|this\s+)?(?:article\s+s\s+)?(?:headline|title)\b"
)
# Words for what someone said: "his China comments", "the remarks".
_REMARK_WORDS = frozenset("comment comments remark remarks words quote quotes".split())
_RELATIVE = frozenset("who that whom which".split())
_CHOOSING = frozenset("choose chose chosen choosing pick picked picking select selected".split())
# Words no fact uses that only say the question is about a place chosen.
_CHOICE_WORDS = frozenset(
    "choose chose chosen choosing pick picked picking select selected opt opted "
    "venue venues location site spot host".split()
)
ATTENDED = prefilter.compile(
    r"^(?:was|were|did) (?P<who>(?:\w+ ){1,3}?)(?:at|present at|in attendance at|attend|attended"
    r"|take part in|participate in|join) (?:the|that|this|those) (?:\w+ )?(?:meeting|meetings"
    r"|talks|dialogue|summit|conference|press conference)$"
)
_GATHERINGS = frozenset(
    term(w) for w in "meet meeting meetings talks dialogue summit conference session".split()
)
_EVENT_NAMING = _GATHERINGS | {term("quad")}
# "Was that…", "did it happen…", "did this take place…": the subject is what was just said.
_THAT_HAPPENED = frozenset(
    "was is did does that it this happen happened take took place come came occur occurred"
    " all".split()
)
_ANY_ONE = frozenset("anything something anyone someone anybody somebody".split())
# A count's ordinal, with which a statement may give the count ("the second time").
_ORDINAL_OF = {
    "one": "first",
    "two": "second",
    "three": "third",
    "four": "fourth",
    "five": "fifth",
}
# "more than three", "at least two": a bound on a count.
BOUND_ASKED = prefilter.compile(
    r"\b(?P<kind>more than|over|fewer than|less than|under|at least|at most)"
    r" (?P<n>one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_TREND_TERMS = frozenset(term(w) for w in POLARITY)
# Prepositions that make a country the other party of a stance or tie ("sympathetic with
# the Americans", "close to India", "hostile towards the U.S."), not the owner of a title.
_COUNTERPART_PREPS = frozenset({"with", "towards", "toward", "against"})

# Words for people or a body that a country's name can qualify ("Indian officials").
_PEOPLE_NOUNS = frozenset(
    "officials official government ministers minister ministry department side delegation"
    " leaders leader diplomats diplomat counterpart secretary".split()
)
# "the most significant", "the largest": one of a kind, where the article may say "one of".
SUPERLATIVE_CLAIM = prefilter.compile(r"\bthe (?:most \w+|\w+est)\b|\bmost (?!of\b)\w+")
# "more rapidly than ever", "more sharply than India-China relations": a comparison.
COMPARED_CLAIM = prefilter.compile(r"\b(?:more|less) \w+ than\b|\b\w+er than\b")
# Things a "two" counts, rather than naming the two sides ("the two men", "two countries").
_COUNTABLE = frozenset(
    "agreements deals pacts treaties accords dialogues meetings talks visits trips statements"
    " conferences".split()
)
_MEET = term("meeting")
# "Were the Tokyo talks bilateral?": a word that puts a number of parties on talks.
_PARTIES_SAID = {"bilateral": "two", "bipartite": "two", "tripartite": "three"}
_PARTIES_SAID |= {w: "four" for w in ("quadripartite", "quadrilateral")}
# "two-way", "three-nation", "three country" (how "trilateral" is normalised): the same, as
# a number and a word for a party, singular as the claim uses it ("the two countries" are not).
# "the talks in Tokyo": a noun for an event, named by the place it was held at after it.
_HELD_EVENT_NOUNS = frozenset("talks talk meeting meetings dialogue summit conference".split())
_AT = ("in", "at")
# "Did the Tokyo talks involve five countries?": verbs that give an event its parties.
_HAVING_VERBS = frozenset(
    "involve involved include included have had feature featured bring brought gather"
    " gathered among between".split()
)
_PARTY_NOUNS = frozenset("way sided nation country party".split())
_COUNTRY = stem("country")
# "on monday", "on oct 26": the day a claim puts its event on, after the place it names.
_DAY_NAMES = "|".join(sorted(WEEKDAYS)) + "|(?:" + "|".join(sorted(MONTHS)) + r")(?: \d{1,2})?"
# "Was BECA signed on Tuesday?", "did they sign it that same day?", "…at 10am?": the time
# of a signing, which the article never tells (it has them agree on the BECA).
_SIGNING_TIME = re.compile(
    rf"\b(?:{_DAY_NAMES}|day|date|morning|afternoon|evening|night|yesterday|today|tomorrow"
    r"|week|\d{1,2} ?(?:am|pm|st|nd|rd|th)|o ?clock)\b"
)
# The word after "in"/"at" (or a choosing verb), after "in"/"at" at the end or before the day
# it is put on, and before "was chosen": where a name the article lacks is put as a place.
_AFTER_IN_AT = re.compile(rf"(?=\b(?:in|at|{_CHOSEN}) (\w+)\b)")
_LAST_IN_AT = re.compile(rf"(?=\b(?:in|at) (\w+)(?:$| on (?:{_DAY_NAMES})$))")
_BEFORE_CHOSEN = re.compile(rf"(?=\b(\w+){_CHOSEN_AFTER})")
# "agree to cooperate in space", "commit to working together at sea": what was agreed or
# pledged, whose "in"/"at" places the cooperation, not where the agreeing happened.
_PLEDGED_CONTENT = re.compile(
    r"\b(?:agree|agreed|agrees|agreeing|commit|commits|committed|committing|pledge|pledged"
    r"|promise|promised|vow|vowed|decide|decided|resolve|resolved) to"
    r" (?!(?:the|a|an|it|this|that|these|those|its|their|his|her)\b)\w+.*?\b(?:in|at)\b"
)
# "Is that because of Pompeo?", "…due to China?": a cause the claim puts on something.
_CAUSE_CLAIMED = re.compile(
    r"\b(?:because|due to|caused by|owing to|as a result of|thanks to|on account of)\b"
)
# "Did Singh agree with him?": agreeing with someone or with what was said, which the
# article never tells of (its sides agree on a pact); and "did Singh agree?" bare, which
# after a remark asks the same.
_AGREED_WITH = re.compile(r"\b(?:agree|agrees|agreed|concur|concurs|concurred) with\b")
_AGREED_BARE = re.compile(
    r"\b(?:agree|agrees|agreed|concur|concurs|concurred)(?: (?:too|also|as well))?$"
)
# "like" is a stop word ("a deal like BECA"), but after "did Esper" it is a feeling.
_FEELING_STOPWORDS = frozenset({"like", "likes"})
_APPROVED = frozenset(term(w) for w in "appreciation appreciate welcomed welcome".split())
# "Has Japan ever joined a 2+2 with India?", "was China at any dialogue?": any such event
# in the world, of which the article lists who took part in its own only.
_ANY_SUCH_EVENT = re.compile(
    r"\bever\b|\b(?:a|an|any) (?:\w+ )?(?:2plus2|dialogue|meeting|talks|summit|session)s?\b"
)
# "was there a meeting in Mumbai?" (read "a talks"), "did any talks happen in Mumbai?": some
# meeting or other, not one the question names.
_SOME_MEETING = re.compile(r"\b(?:a|an|any|some) (?:talks|meetings?)\b")
_ONLY_WORDS = frozenset("only just solely exclusively merely sole".split())
# "Only US-China ties…?": relations among countries.
_RELATION_WORDS = frozenset("relations relationship relationships ties ties".split())
# "meet in secret", "in public", "in private": how something was done, not where.
_MANNER_AFTER_IN = frozenset(
    "secret secrecy public private person earnest haste confidence absentia camera writing"
    " principle vain".split()
)
# "The main purpose", "mainly about": one of a kind above the rest, where the article may say
# "one of the purposes". Adverbs make the claim of the whole; adjectives of the noun after them.
_MAIN_ADVERBS = frozenset("mainly primarily chiefly predominantly principally".split())
_MAIN_WORDS = frozenset("main primary chief principal foremost central overriding".split())
# "Did they agree on the Logistics Exchange Memorandum of Agreement?": an agreement by name.
_AGREEMENT_NOUNS = frozenset(
    "agreement agreements deal pact accord treaty memorandum compact arrangement".split()
)
_AGREEING = frozenset(
    term(w) for w in "agree sign reach conclude ink seal finalize strike adopt".split()
)
_NAME_LEAD = frozenset({"a", "an", "the", "on", "to", "any", "another", "new"})
# "Did Esper take part in every 2+2?", "…all the dialogues?": a claim about each of a series.
EVERY_ASKED = prefilter.compile(
    r"\b(?:every|each) (?:\w+ )?(?:2plus2|dialogue|meeting|talks|session|round|edition|one"
    r"|time|visit)\b"
    # "all three of the 2+2 dialogues", "all the 2+2s" (one token, "2plus2")
    r"|\ball (?:(?:two|three|four|five) )?(?:of )?(?:the |those |these |its |his )?(?:\w+ )?"
    r"(?:dialogues|meetings|talks|sessions|rounds|editions|ones|times|of them|2plus2s?)\b"
    r"|\ball but (?:one|two|a single)\b"
)
# "every 2+2 dialogue but one", "all of them except two": how many the claim leaves out.
_ALL_BUT = re.compile(
    r"\b(?:but|except(?: for)?|save|apart from|other than) (?:for )?(one|two|three|a single)\b"
)
# "Has Esper missed any 2+2?": the same claim, denied.
MISSED_ANY = prefilter.compile(
    r"\b(?:miss|missed|misses|skip|skipped|skips)(?: out on)? (?:any|one|a single|a|an)\b"
    # "was there a 2+2 Esper missed?", "is there any dialogue he skipped?"
    r"|\bthere (?:a|an|any|one) (?:\w+ ){1,3}(?:missed|skipped)\b"
)
_MEETING_OR_TALKS = frozenset({"meeting", "talks"})
_LEFT_OUT_WORDS = frozenset("without excluding minus".split())
# "Is Begin from the Defense Department?", "does he work for it?": which body someone is in.
_AFFILIATION_WORDS = frozenset(
    "from with work works worked serve serves served belong belongs part member".split()
)
_AFFILIATION_TERMS = frozenset(term(w) for w in "work serve belong part member".split())


def _is_in_a_body(words: list[str]) -> bool:
    """ "Is Pompeo in the Defense Department?": being in a body is belonging to it (a body
    is all the rest of the question has to name, which the check itself makes sure of)."""
    return words[:1] in (["is"], ["was"]) and "in" in words


# Words a "yes" can leave unmatched in its fact: how a claim is reported ("did officials
# call…", "does the headline say…"), being somewhere, and words of any fact's people.
# "Has Pompeo been to Japan recently?": a time as of the article's own present.
RECENT_TERM = term("recently")
_AS_OF_NOW = prefilter.compile(r"\b(?:this month|this week|recently|recent)\b")
# "Last year", "next month": a time counted from the article's own present.
# "…in mumbai last tuesday", "…on friday": a day put on a claim (normalised text).
_UNKNOWN_DAY_SAID = prefilter.compile(
    r"\b(?:(?:on|last|this past|past) )?(?P<day>tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\b"
)
_RELATIVE_TIME = prefilter.compile(
    r"\b(?:(?P<rel>last|next|past|previous) (?:year|month)|this year)\b"
)
# "Has Esper been to Washington?", "has he ever visited Beijing?": whether someone was ever
# there, which the one trip the article gives cannot rule out.
_EVER_BEEN = prefilter.compile(
    r"\b(?:has|have|hasnt|havent)\b(?: \w+){0,3} (?:ever )?(?:visited|been|gone|travell?ed)\b"
    r"|\bever (?:visited|been|gone|travell?ed|went)\b"
)
# A trip asked of as one more stop: "did he go on to Beijing too?", "did Begin also visit
# Beijing?", "did Esper head on to Tokyo afterwards?". The article's one destination for the
# trip (New Delhi) rules out no further one (normalised text).
_FURTHER_STOP = prefilter.compile(
    r"\b(?:too|as well|also|afterwards?|onwards?|next)\b"
    r"|\b(?:go|goes|went|gone|going|head|heads|headed|fly|flew|travell?ed|carry|carried"
    r"|continue|continued|move|moved) on (?:to|for)\b"
)
# Nouns for a gathering one is at: being at one is more than being in its city.
_GATHERING_NOUNS = frozenset(
    "meeting meetings talks summit conference dialogue gathering session".split()
)
_VISIT_TERM = term("visit")
_UNWEIGHED = frozenset(
    term(w)
    for w in "call describe say tell report headline visit meet include part discuss talk"
    " country countries two larger".split()
)


def _word_framed(said: str, lead: str, after: str) -> str | None:
    r"""The first word of `said` that comes right after `lead` and before " after ": what
    `re.search(rf"{re.escape(lead)}(\w+) {re.escape(after)} ", said)` finds, without
    compiling a pattern for every pair of words a claim puts (a compile costs as much as
    an answer's tenth). A word is a run of what `\w` matches (`str.isalnum` or "_"); no
    shorter run than the longest can be followed by the space."""
    tail = f" {after} "
    at = said.find(lead)
    while at >= 0:
        start = end = at + len(lead)
        while end < len(said) and (said[end].isalnum() or said[end] == "_"):
            end += 1
        if end > start and said.startswith(tail, end):
            return said[start:end]
        at = said.find(lead, at + 1)
    return None


def _name_continued(quote: str, before: str) -> str | None:
    """The capitalised word that carries a name on after the owner before it in the quote
    ("China's" → "communist" in "China's Communist Party"), lower-cased, or None."""
    # Only after a possessive: "Defense Mark T. Esper" runs one name into another.
    found = re.search(rf"(?i:\b{re.escape(before)})['’]s\s+([A-Z][a-z]+)\b", quote)
    return found[1].lower() if found is not None else None


def _clause_ended_otherwise(quote: str, words: list[str], framed: bool = True) -> str | None:
    """The word that ends a clause of the quote where the claim's last word stands, after
    the same two words: "…the world's two largest economies" against the quote's "…two
    largest democracies." ("democracies"), or None. The word before must say something
    ("largest"): after "the two" anything the two sides are ("militaries", "navies") fits
    the frame too loosely; unless `framed` is False, where the caller has checked the word
    before that ("engagement on …")."""
    if len(words) < 3 or (framed and (words[-2] in STOPWORDS or words[-2] in NUMBER_WORDS)):
        return None
    ending = re.compile(rf"(?:^| ){re.escape(words[-3])} {re.escape(words[-2])} (\w+)$")
    # Only a clause the quote ends with a mark: a quote cut short ("…defense relationship"
    # of "…relationship and reinforced…") ends no clause there.
    for clause in re.split(r"[.,;:!?\"“”]", quote)[:-1]:
        found = ending.search(normalise(clause).strip())
        if found is not None:
            return found[1]
    return None


def _agent_said_instead(quote: str, words: list[str]) -> str | None:
    """The first word of who the quote has posing something, where the claim ends with
    another in that place: "…the threat posed by Russia?" against "…the threat posed by
    China's Communist Party" ("china"); None when the quote names no one there, or the
    claim's last word is not in that place."""
    if len(words) < 4 or words[-3] not in _AGENT_VERBS or words[-2] != "by":
        return None
    # The same thing posed: "the challenges posed by Russia" is not the threat.
    said = re.search(rf"\b{re.escape(words[-4])} {words[-3]} by (\w+)", normalise(quote))
    return said[1] if said is not None else None


_COMPASS = frozenset({"north", "south", "east", "west"})


def _compass_compound(word: str, said: str) -> bool:
    """Whether the word is the article's compass point joined to another: "southeast" for
    "south", a region of its own however alike the two are spelt."""
    return said in _COMPASS and word.startswith(said) and word[len(said) :] in _COMPASS


def _ordinal_ruled_out(ordinal: str, count: str) -> bool:
    """Whether a series of `count` so far, this one among them or not, cannot have this one
    at that place: "the first" of three, "the fifth" of three (at most the fourth)."""
    place = list(ORDINAL_OF_COUNT.values()).index(ordinal) + 1
    held = COUNT_WORDS.index(count)
    return (place == 1 and held > 1) or place > held + 1


# Whether something is over by now: "already happened", "is it over", "has it taken place".
_COMPLETION_ASKED = re.compile(
    r"\b(?:already|yet|over|finished|ended|concluded|wrapped up|done|taken place"
    r"|(?:has|have|had) (?:\w+ ){0,3}(?:happened|occurred|been held))\b"
)


def _only_placed_after(fact: Fact) -> bool:
    """The fact's event is placed only after another, with no date of its own (the 2+2:
    "After the Esper–Singh meeting…; the article gives no date")."""
    when = fact.roles.get("when")
    return when is not None and when.answer.startswith("After") and "no date" in when.answer


def _number_and_ordinal(words: list[str]) -> set[str]:
    """ "two" and "second": a count the statement already gives either way."""
    return {*words, *(ORDINAL_OF_COUNT[w] for w in words if w in ORDINAL_OF_COUNT)}


def _words_after_in(parsed: Parsed) -> set[str]:
    """The words right after "in": "was that in canberra" has canberra."""
    words = parsed.words
    return {words[i + 1] for i in range(len(words) - 1) if words[i] == "in"}


def _ordered_against(parsed: Parsed) -> bool:
    """The claim is put before or after something it names ("…before New Delhi?")."""
    order = ORDER_ASKED.search(parsed.text)
    return order is not None and bool(parsed.text[order.end() :].strip())


def _free_at(parsed: Parsed, word: str) -> int | None:
    """Where the word stands as asked, not inside a name: the count in "Have the two
    countries had two 2+2s?" is the second "two"."""
    used = list(parsed.used) + [False] * (len(parsed.words) - len(parsed.used))
    return next((at for at, w in enumerate(parsed.words) if w == word and not used[at]), None)


def quoted_words(fact: Fact) -> set[str]:
    """The words of a fact's quote, as the article has them."""
    return set(normalise(fact.quote.text).split())


# The words by which the article itself calls an event a meeting ("meets with", "Esper's
# meeting"), and not "meetings during his visit", which are Pompeo's of his own.
MEETING_WORDS = frozenset("meeting meets met meet".split())

# Being at a gathering: "at", "attend", "take part in", "participate in", "join".
_ATTENDING = frozenset(term(w) for w in "meeting attend part participate present join".split())

STILL_WORDS = frozenset({"still", "anymore", "nowadays", "today"})
# The words a yes-or-no question may have besides the names it asks about and still claim
# nothing of them: "did Pompeo?", "and Begin?", "what about Esper, then?".
CLAIMLESS_WORDS = frozenset(
    "did does do was is were are has had and what how about so then too also him her he she".split()
)
# "Did Pompeo travel (fly) with Esper?": a journey together, which being at the same
# talks is not.
_TRAVEL_WITH_WORDS = frozenset(
    "travel travels travelled traveled travelling traveling fly flies flew flown journey"
    " journeyed".split()
)
_TRIP_TOLD_TERMS = frozenset(
    term(w) for w in "visit visited trip travel travelled traveled flew journey tour".split()
)
# "Cooperation between the two governments?": the article has it between the two militaries.
_BETWEEN_BODIES = re.compile(r"\bbetween (?:the two|their|both) (\w+)")
# "cooperation between the two militaries": the thing, and the body it is between.
_HEAD_BETWEEN_BODIES = re.compile(
    r"\b(?P<head>\w+) (?:between|among) (?:the two|their|both) (?P<body>\w+)"
)
# Words of respect before a surname, not first names: "Shri Singh", "Mr Esper".
_HONORIFICS = frozenset(
    "mr mrs ms miss mister sir shri sri shree ji dr doctor madam sahib hon honourable"
    " honorable his excellency".split()
)
# "did the two militaries agree…", "both militaries reinforced their commitment": a body
# named as who decided something, which the article has the two sides or men do. (What the
# cooperation itself does is the militaries' too: "the two militaries would deepen
# cooperation", "are the two militaries enhancing secure communications?")
# A bare claim's leading "the" is gone from the parsed text ("the two militaries agreed
# on BECA?" reads "two militaries agreed on beca"), and "the militaries" are the two too.
_BODIES_AS_DOERS = re.compile(
    r"(?:\b(?:the two|both|both the|the)|^two)"
    r" (?P<body>militaries|armies|armed forces|forces|services)"
    r"(?: (?:would|will|have|had|did|also|both|jointly|then))? (?:agree|agreed|agreeing"
    r"|reinforce|reinforced|commit|committed|reach|reached|praise|praised|welcome|welcomed"
    r"|express|expressed|meet|met|sign|signed|decide|decided)\b"
)
# The services of the two countries, which the article's cooperation is between.
_MILITARY_BODIES = frozenset(term(w) for w in "militaries military armies forces services".split())
# Bodies that stand for what the article names ("armed forces" for "militaries"), or for the
# two sides as such ("countries"): no other body is claimed by them.
_BODIES_OF_THE_SIDES = frozenset(
    term(w)
    for w in "militaries military armed forces services defense defence sides countries"
    " nations states partners".split()
)
# "Was Pompeo with him?", "did he accompany Esper?": someone's company, at some occasion.
_COMPANY_VERBS = frozenset(
    "accompany accompanied accompanying join joined joining alongside".split()
)
# "Did Pompeo's trip include Japan?": a person's trip or visit, as a noun, is one occasion.
_TRIP_NOUNS = frozenset("trip trips visit journey tour travels".split())
_OWNERS = frozenset({"his", "her", "their"})
_AUXILIARIES = frozenset({"did", "does", "do", "will", "would", "has", "had", "have"})
_AFTER_A_TRIP_VERB = frozenset(
    "the a an to with in on at before after during this that there".split()
)
# "Did they praise each other?": what one did to the other, not what both did together.
_RECIPROCALS = frozenset({"each other", "one another"})
# Verbs whose object is a fellow doer by their nature: "did Esper meet (join) Pompeo?".
_JOINT_VERB_TERMS = frozenset(
    term(w) for w in "meet met join joined accompany accompanied see saw".split()
)
# "Did they fail to agree on anything?": not doing it at all, which one thing done denies.
_FAILURE_WORDS = frozenset("fail failed fails failing collapse collapsed collapses".split())
# "a final (formal, binding) agreement": how settled or weighty a deal is, which the article
# never says; its "basic agreement" is no answer to it.
_STANDING_WORDS = frozenset(
    "final formal official binding preliminary initial interim draft tentative definitive"
    " landmark historic permanent temporary provisional".split()
)
# The article's words for things in general ("enhancing secure communications
# capabilities"): a claim naming one kind of them ("satellites") is left open, not denied.
_UMBRELLA_NOUNS = frozenset(
    "capabilities capability cooperation engagement enhancements technologies challenges"
    " issues efforts measures areas matters".split()
)
# "a former Army officer", "a retired general", "an ex-senator": a post before the one the
# article gives, which it never says anything of.
# "Is Esper one of the defense ministers in the 2+2?": a kind of office among those an event
# is between, not a title of his own.
_ONE_OF_THE_OFFICES = re.compile(
    r"^(?:is|was) \w+ (?:\w+ )?(?:one of|among) the (?:\w+ )?(?P<office>foreign|defen[cs]e)"
    r" (?:ministers|secretaries|chiefs) (?:in|at|of|for) "
)
# Which office a title's words hold: the Secretary of State is the U.S. foreign minister.
_OFFICE_OF_TITLE_WORD = {"foreign": "foreign", "state": "foreign", "defense": "defense"}
# A title naming an office, in normalised text: "secretary of defense", "deputy secretary of
# state", "defense minister", "foreign minister" (not "spoke at the state department").
_OFFICE_IN_TITLE = re.compile(
    r"\bsecretary of (?P<office>state|defense)\b|\b(?P<held>foreign|defense) minister\b"
)
# Words around a people's name that leave it the whole question: "is Begin an Israeli, right?"
_NATIONALITY_FILLERS = frozenset({"a", "an", "right", "correct", "then", "really", "true"})
# Words asking whether someone other than those named did it: "did anyone besides Esper…?"
_ANYONE_ASKED = frozenset(
    "anyone anybody someone somebody any some else other others another who".split()
)
# Words asking how something was put, not whether it is so: "did officials call them…?"
_WORDING_ASKED = frozenset(
    """call called calls calling describe described describes describing refer referred
    term termed label labelled labeled dub dubbed characterise characterised characterize
    characterized according article words word wording phrase""".split()
)
# Nouns naming the head of an office, whatever a country calls it: the U.S. Secretary of
# Defense is one of the article's "defense ministers" and a "Defense Chief".
_HEAD_OF_OFFICE_NOUNS = frozenset({"minister", "secretary", "chief", "head"})
# Nouns that say only that someone is one of a country's people: "an Indian official".
_OF_A_COUNTRY_NOUNS = frozenset(term(w) for w in "official person figure individual".split())
# Things of the talks that belong to no one side, asked as if they did: "was the meeting
# Indian?", "were the talks American?" (the meeting is between the U.S. and India).
_SIDELESS_THINGS = frozenset(
    """meeting meetings talks dialogue dialogues agreement deal pact partnership relationship
    relations ties cooperation""".split()
)
# Linked things of that kind: BECA, the partnership (agreements), the 2+2, the quad (events).
_SIDELESS_KINDS = frozenset({"event", "agreement"})
_DETERMINERS = frozenset({"the", "this", "that", "a", "an"})
# What may stand between the people and countries of "is Esper the American one and Singh
# the Indian?": nothing that says more than whose each one is.
_PAIRING_FILLERS = frozenset(
    "is was are were the a an one guy side official person and while whereas but from of".split()
)
_EARLIER_POST_WORDS = frozenset(
    "former formerly ex retired previously onetime erstwhile once".split()
)
# Going somewhere: "did Esper go to / travel to / visit South Asia?", "his trip".
_TRAVEL_WORDS = frozenset(
    "go goes went gone going travel travels travelled traveled traveling travelling trip trips "
    "visit visits visited visiting journey journeyed fly flew flown head headed".split()
)
# "Is this article from the Pentagon?", "Did the Defense Department publish this story?":
# who put out the article itself, which it never says (it reports a DoD statement).
_PIECE = r"(?:this|the|that) (?:article|story|piece|news story|news item|write ?up|text)\b"
_ARTICLE_ORIGIN = prefilter.compile(
    rf"^(?:is|was|are|did|does|has) {_PIECE} (?:\w+ ){{0,3}}?"
    r"(?:from|by|out of|comes? from|came from|published|written|produced|authored)\b"
    r"(?! (?:october|oct|monday|2020|last|this|earlier|the (?:month|week|year)|\d))"
    rf"|\b(?:publish|published|publishes|write|wrote|written|writes|produce|produced"
    rf"|author|authored|put out) {_PIECE}"
)
# Military ranks and services: "Is Esper a general?" Holding an office (Secretary of
# Defense) rules out no rank, earlier or held with it, so the office answers no such title.
_MILITARY_RANK_WORDS = frozenset("general generals admiral admirals army navy".split())
# "Is the BECA agreement the same as…": words beside a name that say only what kind of
# thing it is, by the kind of thing it names.
_PLACE_KINDS = ("place", "country")
# "the meeting", "the bilateral meeting" ("was Pompeo at the bilat?"): a meeting of two
# sides, which the four-country talks in Tokyo are not.
_THE_MEETING = prefilter.compile(r"\bthe (?:bilateral |one-on-one |two-way |two way )?meeting\b")
_NAME_FILLER = frozenset({"the", "a", "an", "in", "of", "at", "s", "thing"})
_KIND_FILLER = {
    "event": frozenset("meeting meetings talks dialogue dialogues summit conference event".split()),
    "agreement": frozenset("agreement deal pact accord".split()),
    "person": frozenset("person man guy official".split()),
}
# Nouns that stand for whatever the speaker does not name: no other word for the fact's.
_PLACEHOLDER_NOUNS = frozenset("thing things stuff something event affair whatsit".split())
# What sends someone to a place, with a trip asked of: "travel to India", "did his trip
# include India?", "take him to India".
_TO_WORDS = frozenset("to include includes included including cover covers covered".split())
# Words that pin a trip to its time: "recently visited", "earlier this month", "on Monday".
_TRIP_TIMES = frozenset(
    term(w) for w in "recently lately earlier month monday oct october 26 week yesterday".split()
)
_ASKING_AUXILIARIES = frozenset("did has have had was were does do is".split())
_TIMED_MARGIN = 0.2  # how much worse than the best a fact that gives a time may match
# "Did Esper fly straight to New Delhi after Tokyo?": a route or a next stop, which the
# order of two events does not give.
_DIRECT_WORDS = frozenset(
    "straight directly direct immediately right next then fly flew flown flying flight".split()
)
# Acts done in words ("called the relationship…"): one speaker, as for what was said.
# "said that", "called it that", "described it so": what was said, pointed back to.
_SAID_BACK = frozenset("that it this so".split())
# Words of saying something of someone: "did the statement call / blame / describe China…?"
_SAYING_OF_WORDS = frozenset(
    "call calls called describe describes described label labels labelled labeled brand"
    " branded name names named mention mentions mentioned say says said blame blames blamed"
    " criticise criticised criticize criticized accuse accused refer refers referred cite"
    " cites cited identify identifies identified warn warned condemn condemned single singled"
    " target targeted attack attacked portray portrayed characterise characterised"
    " characterize characterized"
    # "Is it stated explicitly in the DOD statement that the aim is to counter China?"
    # ("…attributed to the statement?" asks whose claim it is, which _source_of_words says.)
    " state states stated assert asserts asserted".split()
)
SAYING_TERMS = frozenset(
    term(w) for w in "call describe label characterize praise welcome appreciate".split()
)
# After "is Begin": "a deputy secretary of state or a deputy secretary of defense"
TITLE_EITHER = prefilter.compile(
    r"^(?:a |an |the )?(?P<a>(?:\w+ ){0,3}(?:secretary|minister)(?: of \w+)?)"
    r" or (?:a |an |the )?(?P<b>(?:\w+ ){0,3}\w+)$"
)
WAS_IT_WHO = prefilter.compile(
    r"^(?P<lead>according to (?:the )?(?:\w+ ){0,2}?(?:statement|article|report|readout) )?"
    r"(?:true or false |is it true that |right or wrong )?"
    r"(?:(?:was|is|wasnt|isnt) it|it (?:was|is|wasnt|isnt)) (?P<who>.+?) (?:who|that) (?P<rest>.+)$"
)
# "Did Pompeo describe the relationship as…", "did the officials say that…": who said it.
DID_SAY = prefilter.compile(
    r"^(?:did|does|has) (?P<who>(?:the )?\w+(?: \w+)?) (?P<verb>say|said|describe|described"
    r"|call|called|characteri[sz]e|state|stated|claim|claimed|remark|use|used) (?P<rest>.+)$"
)
# "The 'world's two largest democracies' bit was Pompeo?", "was the '…' line Pompeo's?", "the
# '…' quote came from Singh?": quoted words put to a speaker, as "did Pompeo say '…'?" asks.
_QUOTE_NOUNS = r"(?:bit|line|part|quote|phrase|remark|comment|words|wording|description)"
_WHO = r"(?P<who>(?:the )?\w+(?: \w+)?)"
WORDS_GIVEN_TO = prefilter.compile(
    rf"^(?:was|is|were|are) (?:the |that |this )?(?P<rest>.+?) {_QUOTE_NOUNS}"
    rf" (?:(?:said|spoken|written|used|uttered|made) )?(?:by |from )?{_WHO}$"
)
WORDS_CAME_FROM = prefilter.compile(
    rf"^(?:the |that |this )?(?P<rest>.+?) {_QUOTE_NOUNS} (?:came|comes|come) from {_WHO}$"
)
# "(A student wrote that) Singh said the talks would address 'pressing global security
# challenges'": a claim of whose words they are, checked as "did Singh say…?" is.
# "Did Esper say the ties were the most important?": a ranking put into someone's mouth is a
# description the article gives (or not) as someone's words, short as it is.
_RANKING_DESCRIPTION = prefilter.compile(
    r"\b(?:the|one of the) (?:most|more|least|single most) \w+\b"
)
SAID_CLAIMED = prefilter.compile(
    r"^(?P<who>(?:the )?\w+(?: \w+)?) (?P<verb>said|described|called|characteri[sz]ed|stated"
    r"|claimed) (?P<rest>.+)$"
)
# "Did India issue its own statement?", "…a joint statement?": another than the one the
# article reports, which it neither gives nor rules out.
OWN_STATEMENT = prefilter.compile(
    r"\b(?:its|their|his|her) own statement|\b(?:a|any|another) statement"
    r"|\b(?:joint|separate|common|combined) (?:statement|communiqu\w*|declaration|readout)"
    # "Was a communiqué issued by both governments?": one of them both, which the article
    # neither gives nor rules out; the statement it reports is the Pentagon's alone.
    r"|\b(?:both|the two) (?:governments|countries|nations|sides|ministries)\b|\bjointly\b"
    # "Indian MoD also gave statement?": one of its own, besides the Pentagon's.
    r"|\b(?:also|too|as well)\b|\b(?:gave|give|issued?|made|released?) statements?\b"
    # "Did India put one out?" (after the Pentagon's statement): one of its own.
    r"|\b(?:gave|give|issued?|made|make|released?|put|publish(?:ed)?) one\b"
)
ISSUED_BY = prefilter.compile(
    r"\b(?:from|by|issued?|released?|publish(?:ed)?|put out|made|gave|give|given)\b"
)
# "Is the source an Indian government statement or a U.S. one?", "Is the statement
# American?", "was it an Indian statement?": whose the statement is, which is who issued it,
# not whether the meeting it reports involved India. One word of nationality per option.
_OWNER_OPTION = (
    r"(?: (?:an?|the))? [\w.]+(?: (?:government|govt|official|side))?(?: (?:statement|one))?"
)
STATEMENT_OWNED = prefilter.compile(
    r"^\s*(?:is|was) (?:it|(?:the|that|this) (?:source|statement|dod statement))"
    rf"{_OWNER_OPTION}(?: or{_OWNER_OPTION})?\s*\??\s*$"
)
# "Did the source come from India?", "was the source issued by the Pentagon?": the source
# the article names for the meeting is the statement.
SOURCE_ASKED = prefilter.compile(r"^\s*(?:is|was|did|does) (?:the|its|their) source\b")
# "The information was released by the Indian defence ministry", "was the news put out by
# the State Department?": the account of the meeting, which is the article's statement.
RELEASED_ACCOUNT = prefilter.compile(
    r"\b(?:(?:the|this|that) )?(?:information|info|news|account|announcement|report|details"
    r"|readout)(?=(?: (?:of|about|on) the (?:meeting|talks|visit|agreement))?"
    r" (?:(?:was|were|is|are|got|has been|had been) )?(?:officially |first )?"
    r"(?:released|issued|published|put out|announced|made public|given(?: out)?|provided) by\b)"
)
# "Did Singh issue it?", "did he put that out?", "was it released by India?", "did it come
# from Singh?": the statement just answered about, as a pronoun, issued by someone.
PRONOUN_ISSUED = prefilter.compile(
    r"\b(?:issued?|released?|publish(?:ed)?|put|wrote|write|written|made|make|gave|give)"
    r" (?:it|that|this|one)\b"
    r"|\b(?:it|that|this|that one|this one)"
    r" (?:(?:was |is )?(?:issued|released|published|put out|written) by|come from|came from)\b"
)
# Office holders no event of the article is between: "a summit of the heads of state".
# ("the defense leaders" may be its ministers, so leaders only as the countries' own.)
OTHER_OFFICES = prefilter.compile(
    r"\b(?:heads? of (?:state|government)|presidents?|premiers?|monarchs?|kings?"
    r"|chiefs? of staff|generals|admirals|ambassadors|national security advis[eo]rs?"
    r"|(?<!defense )(?<!foreign )(?<!policy )(?<!security )"
    r"(?:(?:countries|two|top|national|political) )?leaders"
    r"(?: of (?:the |both )?(?:two countries|countries|nations|usa|india))?)\b"
)
_OFFICE_FRAME = frozenset("two both top national political countries nations usa india".split())
# Who can be said to have issued a statement: a body, a country, a person, or a group of
# them ("the foreign ministers").
_ISSUER_KINDS = frozenset({"organisation", "country", "person", "group"})
COUNT_FILLERS = STOPWORDS | {"such", "more", "separate", "whole", "different", "total"}

# "Didn't they meet in Mumbai?" asks what "did they meet in Mumbai?" asks.
NEGATIVE_AUXILIARIES = frozenset(
    "didnt doesnt dont isnt wasnt arent werent hasnt havent hadnt cant couldnt wont wouldnt".split()
)


# "cooperate less", "fewer exchanges": less of what is done ("fewer than three" bounds a
# count instead).
_LESSENING = frozenset({"less", "fewer", "lesser"})


def _lessened(words: list[str]) -> bool:
    """The claim has less of something done: "they will cooperate less from now on"."""
    return any(w in _LESSENING and words[at + 1 : at + 2] != ["than"] for at, w in enumerate(words))


def _goes_further(fact: Fact) -> bool:
    """The fact takes something further and nothing back ("deepening cooperation",
    "expanding information sharing")."""
    signs = {_DIRECTION[w] for w in normalise(fact.quote.text).split() if w in _DIRECTION}
    return signs == {1}


def _same_direction(word: str, said: str) -> bool:
    """ "closer" for the article's "deepening": both take cooperation further."""
    return word in _DIRECTION and _DIRECTION.get(said) == _DIRECTION[word]


# Verbs whose object is the attitude voiced: "expressed appreciation", "voiced concern".
_VOICING = frozenset(term(w) for w in "express voice convey show register".split())


# Articles that ask of any one thing of a kind, not of the one the article tells of.
_INDEFINITE = frozenset({"a", "an", "any"})
# Words after a noun that pin down which one: "a press conference at the State Department".
_PINNING = frozenset("at in before after during on prior ahead where when".split())


def _any_one_of_a_kind(words: list[str]) -> bool:
    """ "did hold a press conference": a thing asked of with "a" or "any" and nothing after
    it saying which."""
    starts = [at for at, word in enumerate(words) if word in _INDEFINITE]
    return bool(starts) and _PINNING.isdisjoint(words[starts[0] :])


# Words before a number that make it part of a name: "the two countries", "both sides".
_NAMING_DETERMINERS = frozenset("the these those both our their".split())


def _attitude_voiced(said: str) -> str | None:
    """The attitude `said` voices, to set against the one a claim voices: "appreciation"
    after "expressed" in "…expressed appreciation for this." against "voiced concern"."""
    words = said.split()
    for at, word in enumerate(words[:-1]):
        if term(word) in _VOICING and words[at + 1] not in STOPWORDS:
            return words[at + 1]
    return None


def _swap_unjudged(word: str, said: str) -> bool:
    """The article's word is one whose likes and opposites the engine knows ("agreed",
    "deepening"), and the claim's is neither: "Did they hope to continue working
    together?" is not denied by "agreed to continue", as "refuse to" would be."""
    known = said in _DIRECTION or any(said in near for near in NEAR_MEANINGS)
    judged = word in _DIRECTION or word in _REFUSING or any(word in n for n in NEAR_MEANINGS)
    return known and not judged


def _points_back(rest: str) -> bool:
    """ "said that", "called it that": words said, pointed back to rather than given."""
    words = rest.split()
    if len(words) < 2 or words[-1] not in _SAID_BACK:
        return False
    verbs = {term(w) for w in words[:-1] if w not in STOPWORDS}
    return bool(verbs) and verbs <= SAYING_TERMS | SPEECH_TERMS


def _said_alike(word: str, entry: FactEntry) -> bool:
    """The fact has a word meaning the same: "counter the party" of "thwart the threat
    posed by" it."""
    return any(word in near and not entry.bag.isdisjoint(near) for near in _NEAR_MEANING_TERMS)


# "…on this trip?", "during the same visit?": the one trip the conversation is about.
THIS_TRIP = prefilter.compile(
    r"\b(?:on|during|in the course of) (?:this|that|the same|the|his|her) "
    r"(?:trip|visit|tour|journey)\b"
)


def shown_name(typed: str) -> str:
    """A name the article does not know, as an answer shows it: "Pakistan", "UK", "UAE"."""
    shown = typed.title()
    return shown.upper() if len(shown) <= 3 else shown


def unknown_country(parsed: Parsed) -> str | None:
    """The one word the article does not know, when it ends a country's name, typed in any
    case ("was pakistan in it?", "South Korea"): the whole name, else None."""
    if len(parsed.unknown) != 1:
        return None
    word = parsed.unknown[0]
    name = OUTSIDER_NAME.search(parsed.text.split(word)[0] + word)
    return next((n for n in (name[0] if name else "", word) if n in COUNTRY_NAMES), None)


def _present_in(parsed: Parsed, name: str) -> bool:
    """ "Was Pakistan in the Tokyo talks?", "is the UK at it?": the name is only said to be
    in or at something, as one taking part; no other act is asked of it."""
    pattern = rf"^(?:is|was|are|were) (?:the )?{re.escape(name)} (?:in|at)\b"
    return re.search(pattern, parsed.text) is not None


# "…too?", "…also…": the same again, by someone else.
_ALSO_WORDS = frozenset({"too", "also"})


def _dated(parsed: Parsed) -> bool:
    """ "…issued on Tuesday?", "…in November?": a day or a month named ("may" is a verb
    as often)."""
    return any(w in WEEKDAYS or (w in MONTHS and w != "may") for w in parsed.words)


# The words that make the country after them what was talked of, not who took part: "were
# they about China?", "did the talks touch on China?", "were they aimed against China?".
_TOPIC_WORDS = frozenset({"about", "regarding", "concerning", "against", "re"})


def _visit_in(parsed: Parsed, link: Linked) -> bool:
    """ "begin tokyo visit", read "was begin visit in tokyo": the visit's place, where the
    question sends him, as "visit Tokyo" does."""
    at = link.start
    return at >= 2 and parsed.words[at - 1] == "in" and term(parsed.words[at - 2]) == VISIT_TERM


def _word_before(parsed: Parsed, link: Linked) -> str | None:
    """The word before a name the question links, past a "the" ("to the U.S.": "to"), or
    None when the name opens the question or is not in its words."""
    at = link.start - 1
    if at > 0 and parsed.words[at] == "the":
        at -= 1
    return parsed.words[at] if at >= 0 else None


# Being somewhere, which others beside those named may have been: "did Begin attend…?"
_PRESENCE = frozenset(
    term(w) for w in "attend attended join joined part participate present there".split()
)
_TOGETHER_TERM = term("together")  # "Esper and Begin went together": who, not what
# "Did Esper attend the Tokyo talks alone?", "did he go by himself?": that no one else did
# it with him, which the fact's other doers answer.
ALONE_ASKED = prefilter.compile(
    r"\b(?:alone|all alone|by (?:himself|herself|themselves)|on (?:his|her|their) own|solo"
    r"|single handedly|singlehandedly|unaccompanied)\b"
)
# Words for who did something, not what they did: "the two officials who took part".
_DOER_WORDS = frozenset(
    term(w) for w in "official officials people person persons men man two both three four".split()
)


# "Is China a threat?", "is china a threat to india?", "does China pose a danger?": a
# judgement asked of the bot, which it answers only with who in the article makes it.
JUDGEMENT_ASKED = prefilter.compile(
    r"^(?:is|are|was|were) (?!.*\b(?:who|that|which)\b)(?:[\w-]+ ){1,5}?(?:a |an |the )?"
    r"(?:real |big |major |serious )?(?:threat|danger"
    r"|menace|enemy|adversary|foe|dangerous|threatening|hostile|aggressive)(?: to [\w ]+)?$"
    r"|^(?:does|do|did) (?!.*\b(?:who|that|which)\b)(?:[\w-]+ ){1,5}?pose (?:a |any |the )?"
    r"(?:real |big |major |serious )?"
    r"(?:threat|danger|risk)(?: to [\w ]+)?$"
)
# Someone's stance against a party: "are they against China?", "is India opposed to China?".
_STANCE_ASKED = prefilter.compile(
    r"\b(?:against|opposed to|oppose|opposing|hostile to|at odds with|ganging up on"
    r"|teaming up on)\b"
)
_DESCRIBED_TERMS = frozenset(term(w) for w in ("describe", "call", "said"))


# Words that put a reason on an act: "the reason for … is to …", "… in order to …".
_REASON_NOUNS = frozenset(
    "reason reasons purpose purposes aim aims goal goals objective objectives motive motives"
    " rationale intention motivation".split()
)
_REASON_LINKS = frozenset("because since so order intended meant aimed designed".split())


# Words before a "to" that is no purpose: "going to sell", "have to", "plan to buy".
_NOT_PURPOSE_TO = frozenset(
    "going gonna about have has had need needs needed want wants wanted plan plans planned"
    " set due likely able expected supposed used"
    # "Did the U.S. agree to sell weapons to India?": what was agreed, no reason for it.
    " agree agreed agrees commit committed pledge pledged promise promised decide decided"
    " vow vowed".split()
)


def _participle(word: str) -> bool:
    """ "renewed", "deepening": a word after "to" that is no verb's plain form, so the "to"
    is a preposition ("commit to renewed cooperation"), not a purpose ("to fight piracy")."""
    return word.endswith(("ed", "ing")) and len(word) > 4


def _reason_claimed_at(words: list[str], unknown: set[str]) -> int | None:
    """Where the reason a claim puts on an act begins, when every word the article does
    not know is in it: "…is to counter terrorism" (the "to" just before the unknown word,
    or one word before it), "the reason for … is terrorism", "…because of terrorism"."""
    places = [at for at, w in enumerate(words) if w in unknown and w not in _REASON_LINKS]
    if not places:
        return None
    first = places[0]
    to = next((at for at in (first - 1, first - 2) if at > 0 and words[at] == "to"), None)
    if to is not None and words[to - 1] in _NOT_PURPOSE_TO:
        return None  # "Is the US going to sell India jets?": what will be, no reason
    if first > 0 and words[first - 1] == "to" and first + 1 < len(words):
        # "to combat terrorism": an unknown verb with its object ("to pakistan" is a place;
        # "commit to renewed cooperation" is no verb, and no reason).
        after = words[first]
        return first if not is_country_word(after) and not _participle(after) else None
    if first > 1 and words[first - 2] == "to" and words[first - 1] not in STOPWORDS:
        # "to counter terrorism"; not "committed to closer ties", "commitment to deepening …"
        return None if _participle(words[first - 1]) else first - 1
    linked = [at for at, w in enumerate(words[:first]) if w in _REASON_LINKS]
    if linked:
        return linked[-1] + 1
    # "The reason for expanding it is terrorism": what follows the noun's "is".
    noun = next((at for at, w in enumerate(words[:first]) if w in _REASON_NOUNS), None)
    if noun is None:
        return None
    verb = [at for at in range(noun + 1, first) if words[at] in ("is", "was", "be")]
    return verb[-1] + 1 if verb else None


def said_as(verdict: str, parsed: Parsed) -> str:
    """The verdict as the question asks for it: swapped when the claim it weighs says "not"
    ("Is it true that Esper didn't meet Singh?" No), "True"/"False" for true-or-false."""
    if verdict not in ("Yes", "No"):
        return verdict  # an either-or option
    if parsed.claim_negated:
        verdict = "No" if verdict == "Yes" else "Yes"
    if parsed.true_false:
        verdict = "True" if verdict == "Yes" else "False"
    return verdict


# "Is the relationship described as weak?", "did they call it fragile?": how it was put,
# not what is described.
_CALLING_TERMS = frozenset(
    term(w)
    for w in "described describe call called calls say said label labelled portrayed".split()
)


# Words for an event, which a fact's keywords may give it loosely ("meeting" for the Tokyo
# talks): an opposite said of one event is no answer about another.
_EVENT_NOUN_TERMS = frozenset(
    term(w) for w in "meeting meet talks trip visit conference dialogue summit".split()
)


def _events_failing(words: list[str], failure: str) -> set[str]:
    """The events said to fail, named before the failure word: "did the talks between Esper
    and Singh collapse?" asks what the talks came to (the two sides agreed), as "did the
    meeting fail?" does; in "did they fail to agree during the visit?" the visit is when."""
    before = words[: words.index(failure)]
    return {term(w) for w in before} & _EVENT_NOUN_TERMS


# Going or being somewhere, which "together" makes a claim of company: "did they travel
# together?", "were they there together?".
_GOING_WORDS = frozenset(
    "travel travelled traveled travelling traveling go went gone going come came coming fly"
    " flew flown flying arrive arrived visit visited visiting journey journeyed trip there"
    " accompany accompanied".split()
)


# "Which is deteriorating faster, U.S.-China or India-China relations?", "which of the two
# is worse?": the article says how each one goes, never which goes more so. Order in time
# ("which came first", "earlier") and counts ("which is more, …") the article does give.
QUALITY_COMPARED = prefilter.compile(
    r"^(?:and |so |but |ok )?(?:(?:who|which|whos)\b"
    r"(?=.*\b(?:or|than|of the two|of them|of those|of these|which one|one is)\b)"
    # "are India-China ties worse than U.S.-China ties?", "is India closer to the US than to
    # China?"
    r"|(?:is|are|was|were)\b(?=.*\b(?:worse|better|faster|slower|stronger|weaker|closer|friendlier|tighter"
    r"|(?:more|less) \w+)(?: \S+){0,4}? than\b))"
    r".*\b(?:worse|better|faster|slower|quicker|stronger|weaker|closer|friendlier|tighter"
    r"|deeper|warmer|colder"
    r"|tenser|healthier|worst|best|fastest|strongest|weakest|closest"
    r"|(?:more|less|most|least) (?:\w+ly|significant|important|serious|severe|strained|tense"
    r"|troubled|hostile|friendly|urgent|dangerous|strategic|valuable|successful))\b"
)


def _signing_asked(parsed: Parsed) -> bool:
    """ "Did they sign it in Tokyo?", "was it signed there?": a signing asked of, not an
    agreement."""
    return SIGNED_ASKED.search(parsed.text) is not None and not parsed.claim_negated


# "Did the talks target China?", "were the meetings directed against China?", "was the 2+2
# meant to counter China?": an event of the article said to be aimed at China (normalised).
_AIMED = (
    r"(?:target|targets|targeted|targeting|aimed against|aimed at|directed against"
    r"|directed at|against|(?:meant|intended|designed) to (?:counter|contain|target)"
    r"|to counter|to contain)"
)
_EVENTS = r"(?:talks|meeting|meetings|dialogue|2plus2|visit|trip|discussions|session)"
_EVENT_AIMED_AT = re.compile(rf"\b{_EVENTS}\b(?: \w+){{0,3}}? {_AIMED} china\b")
# "Was China the target of the talks?"
_TARGET_OF_EVENT = re.compile(rf"\bchina (?:\w+ ){{0,2}}?target (?:of|for) (?:the )?{_EVENTS}\b")


class YesNoAnswers(SeveralOptionAnswers):
    @abc.abstractmethod
    def _read_and_answer(self, text: str, context: Context) -> Answer:
        """The whole engine's answer to a question of its own (a description's "who…?")."""

    @property
    @abc.abstractmethod
    def _statement_issuers(self) -> frozenset[str]:
        """Who issued the statements the article reports (the Defense Department)."""

    def _yesno(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        if self._together_of_one(parsed):
            # "Who is Begin?" "And Esper?" "Did they travel together?": "they" is no pair the
            # conversation gives, and one man's visit says nothing of company.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say that they did it together.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        in_headline = self._headline_mention(parsed, context, notes)
        if in_headline is not None:
            return in_headline
        aimed = self._talks_aimed_at_china(parsed, context, notes)
        if aimed is not None:
            return aimed
        answer = self._yesno_as_asked(parsed, context, notes)
        if answer.abstained:
            answer = self._said_in_so_many_words(parsed, context, notes) or answer
        if answer.abstained:
            answer = self._covered_as_included(parsed, context, notes) or answer
        if answer.text.startswith(("Yes", "No")) and asks_since_or_until(parsed.words):
            # "Were the Tokyo talks held until May?": the talks were held, but whether within
            # the span asked is no yes or no the event's own telling gives.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                NOT_SAID,
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if answer.text.startswith("Yes") and self._claims_nothing(parsed):
            # "Who expressed appreciation for it?" (not said) "Did Pompeo?": with no claim
            # carried over, any fact naming Pompeo would say "Yes" to nothing asked.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                NOT_SAID,
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if answer.text.startswith("Yes") and self._no_one_else_did(answer, parsed, context):
            # "Who went to Tokyo?" (Esper and Pompeo) "Anyone else visit Tokyo?": not "Yes"
            # with the two again.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article names no one else who did.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if answer.text.startswith("Yes"):
            answer = self._yes_kept_from_companion(answer, parsed) or answer
        if parsed.against is not None and not answer.text.startswith("Yes"):
            answer = self._claim_held_against(parsed.against, context) or answer
        if parsed.neither_nor:
            return self._neither_nor_weighed(answer, parsed, context, notes)
        if answer.abstained:
            unnamed = self._never_named_as(parsed, context, notes)
            if unnamed is not None:
                return unnamed
            undone = self._no_without_the_day(parsed, context, notes)
            if undone is not None:
                return undone
        if not answer.abstained or RECENT_TERM not in parsed.terms:
            return answer
        # "Has Pompeo been to Japan recently?": the article's "recently" answers as asked
        # (Begin); else whether he has, then whether the time the article gives for it is
        # recent as of the article ("earlier this month").
        without = copy.copy(parsed)
        without.terms = [t for t in parsed.terms if t != RECENT_TERM]
        plain = self._yesno_as_asked(without, context, notes)
        fact = self.factbase.facts.get(plain.fact_ids[0]) if plain.fact_ids else None
        if plain.abstained or fact is None or not self._recent(fact):
            return answer
        if not self._involves_everyone_named(parsed, fact):
            # "Begin recently visited Tokyo?": the Tokyo talks were recent, but Begin's is
            # not among their names; without "recently" no "yes" may drop him.
            return answer
        return plain

    def _talks_aimed_at_china(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Could we report that the talks targeted China?", "was the meeting aimed at
        China?": the article says no such thing of the talks; the Defense Department
        statement does not explicitly mention China, and it is the U.S.-India partnership
        one of whose purposes is to address the threat posed by China (a "Yes" quoting that
        purpose put it to the talks)."""
        if not (_EVENT_AIMED_AT.search(parsed.text) or _TARGET_OF_EVENT.search(parsed.text)):
            return None
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say the talks were aimed at China. It says the Defense "
            "Department statement does not explicitly mention China, and that one purpose of "
            "the U.S.-India elevated strategic partnership is to jointly address the threat "
            "posed by China.",
            context,
            parsed=parsed,
            notes=tuple(notes),
        )

    @staticmethod
    def _claims_nothing(parsed: Parsed) -> bool:
        """ "Did Pompeo?", "and Begin?" with no earlier claim to carry: only names, nothing
        said of them (and nothing pinned for "there" or "it" to be at)."""
        if parsed.terms or parsed.followup_fact is not None or parsed.asks_speech:
            return False
        if len(parsed.entities) != 1:
            return False  # "Is Singh India's defense minister?" names him twice: a claim
        named = {i for link in parsed.entities for i in range(link.start, link.end)}
        rest = [w for i, w in enumerate(parsed.words) if i not in named]
        return all(w in CLAIMLESS_WORDS for w in rest)

    def _claim_held_against(self, against: tuple[str, str], context: Context) -> Answer | None:
        """ "So it was Esper who went to India, not Singh to the US?": Yes when the claim
        holds and nothing it is set against does (Singh went to the U.S., Esper to the U.S.:
        neither said); "Esper went to Tokyo, not Pompeo?" keeps its No, Pompeo went too."""
        claim, other = against
        readings = self._readings_set_against(claim, other)
        if not readings:
            return None  # "…BECA, not a trade deal?": nothing of the claim to put it in
        held = self._read_and_answer(f"{claim}?", context)
        if held.abstained or not held.text.startswith("Yes"):
            return None
        for reading in readings:
            answer = self._read_and_answer(reading, context)
            if not answer.abstained and not answer.text.startswith("No"):
                return None
        return held

    def _readings_set_against(self, claim: str, other: str) -> list[str]:
        """The claim with what it is set against put in place of the names of its kind:
        "Esper went to India" against "Singh to the US" reads "singh went to usa?"; against a
        person where it names two ("Esper met Singh, not Pompeo?"), each in turn."""
        words = parse(claim, self.index).words
        named = [k for k in parse(claim, self.index).entities if k.start >= 0]
        others = [k for k in parse(other, self.index).entities if k.start >= 0]
        if not others or len(others) > 2:
            return []
        options = [[k for k in named if self._alike(k.entity, o.entity)] for o in others]
        if not all(options):
            return []
        readings: list[str] = []
        for swapped in itertools.product(*options):
            if len({k.start for k in swapped}) != len(swapped):
                continue  # two names put in one's place
            reading = list(words)
            for link, new in sorted(zip(swapped, others, strict=True), key=lambda p: -p[0].start):
                reading[link.start : link.end] = new.text.split()
            readings.append(" ".join(reading) + "?")
        return readings

    def _alike(self, one: str, other: str) -> bool:
        """Two different entities of a kind, places and countries being one kind."""
        places = _PLACE_KINDS
        kinds = {
            self._kind(one) in places or self._kind(one),
            self._kind(other) in places or self._kind(other),
        }
        return one != other and len(kinds) == 1

    def _neither_nor_weighed(
        self, answer: Answer, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """ "Neither Japan nor Australia took part in the Tokyo talks?": weighed as whether
        either did. A yes to that (both did) refutes the claim: "No", with the fact. A no
        may only mean that one of them did not, which leaves the other unsaid: abstain."""
        if answer.abstained or not answer.text.startswith(("Yes", "True")):
            if answer.abstained:
                return answer
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                NOT_SAID,
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        lead = "False" if answer.text.startswith("True") else "No"
        rest = answer.text.split(".", 1)[1].lstrip() if "." in answer.text else ""
        return replace(answer, text=f"{lead}. {rest}".rstrip())

    def _involves_everyone_named(self, parsed: Parsed, fact: Fact) -> bool:
        """Every person the question names takes part in the fact (as its groups expand)."""
        entry = self.index.by_id.get(fact.id)
        involved = entry.involved if entry is not None else frozenset()
        return all(
            link.entity in involved
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) == "person"
        )

    def _never_named_as(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did the statement name China as the threat?": what the article says was not
        mentioned at all was named as nothing; so the No to "did it name China?" answers."""
        found = _NAMED_AS.search(parsed.text)
        if found is None:
            return None
        dropped = {term(w) for w in found.group("what").split()}
        plain = copy.copy(parsed)
        plain.text = parsed.text[: found.start("as")].rstrip()
        plain.terms = [t for t in parsed.terms if t not in dropped]
        # "…name China as the enemy?": what it was named as goes, known word or not.
        plain.unknown = [w for w in parsed.unknown if term(w) not in dropped]
        verb = found.group("verb")
        if verb in parsed.unknown:
            # "Did the statement identify (cite, label) China…": a verb no fact uses, which
            # only says it was mentioned, as a fact has it.
            plain.text = (
                f"{parsed.text[: found.start('verb')]}mention{plain.text[found.end('verb') :]}"
            )
            plain.terms = [*plain.terms, term("mention")]
            plain.unknown = [w for w in parsed.unknown if w != verb]
        plain.words = plain.text.split()
        # What was read of each word stays paired with the words kept (the claim's start).
        plain.used = [*parsed.used[: len(plain.words)], *[False] * len(plain.words)][
            : len(plain.words)
        ]
        answer = self._yesno_as_asked(plain, context, notes)
        fact = self.factbase.facts.get(answer.fact_ids[0]) if answer.fact_ids else None
        if answer.abstained or fact is None or not fact.negative:
            return None
        return answer if answer.text.startswith(said_as("No", parsed)) else None

    def _headline_mention(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Does the headline mention China?": No, read from the headline's own words, which
        the answer quotes; "…mention India?" Yes. Someone it speaks of without his name
        ("…mention Esper?", its "Defense Chiefs") is "not by name"."""
        headline = self._headline_fact
        named = [link for link in parsed.entities if link.start >= 0]
        if headline is None or not named or TITLE_OF_ANOTHER.search(parsed.text):
            return None
        if not _HEADLINE_MENTION.search(parsed.text):
            return None
        words = f" {normalise(headline.quote.text)} "
        missing = [link for link in named if not self._in_words(link, words)]
        if not missing:
            verdict = said_as("Yes", parsed)
            text = f"{verdict}. The headline reads “{headline.quote.text}”."
        else:
            names = " or ".join(dict.fromkeys(self._name_of(link.entity) for link in missing))
            # Its "Defense Chiefs" are Esper and Singh, unnamed: so "not by name".
            people = any(self._kind(link.entity) == "person" for link in missing)
            verdict = said_as("No", parsed)
            text = (
                f"{verdict}. The headline doesn't mention {names}{' by name' if people else ''};"
                f" it reads “{headline.quote.text}”."
            )
        return self._direct(
            text=text,
            facts=[headline],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _in_words(self, link: Linked, words: str) -> bool:
        """Whether the words (normalised, space-padded) name the entity: by the question's
        own words for it or by any of its names."""
        entity = self.factbase.entities.get(link.entity)
        names = [link.text, *(entity.all_aliases if entity is not None else ())]
        return any(f" {normalise(n)} " in words for n in names if normalise(n))

    def _name_of(self, entity_id: str) -> str:
        """The entity's name as a sentence says it: "the State Department", "China"."""
        entity = self.factbase.entities.get(entity_id)
        if entity is None:
            return entity_id
        bare = entity.kind in ("agreement", "organisation") and not entity.name.startswith("the ")
        return f"the {entity.name}" if bare and "'s" not in entity.name else entity.name

    @cached_property
    def _headline_fact(self) -> Fact | None:
        """The fact quoting the headline whole, when there is one article; found once."""
        if len(self.factbase.articles) != 1:
            return None
        title = normalise(next(iter(self.factbase.articles.values())).title)
        return next(
            (
                f
                for f in self.factbase.facts.values()
                if f.quote.paragraph == 0 and normalise(f.quote.text) == title
            ),
            None,
        )

    def _together_of_one(self, parsed: Parsed) -> bool:
        """ "Did they travel together?" with "they" read as one person: a claim of company
        that names no second one to keep it."""
        if "together" not in parsed.words or "plural" not in parsed.pronouns:
            return False
        if _GOING_WORDS.isdisjoint(parsed.words):
            return False  # "did they agree to work together?": what was agreed, not company
        people = {link.entity for link in parsed.entities if self._kind(link.entity) == "person"}
        return len(people) < 2 and not {"with", "and"}.intersection(parsed.words)

    def _yes_kept_from_companion(self, answer: Answer, parsed: Parsed) -> Answer | None:
        """A Yes kept to those it bears out, when the claim adds a companion the fact does
        not have: "Pompeo and Esper went to the Tokyo talks together with Begin, right?"
        (read "besides Begin") gets "Not that the article says of Begin. Of Pompeo and Esper,
        yes: …". Not "did anyone besides Esper meet Singh?", which sets Esper aside."""
        if not _ANYONE_ASKED.isdisjoint(parsed.words) or not answer.fact_ids:
            return None
        entry = self.index.by_id.get(answer.fact_ids[0])
        if entry is None:
            return None
        absent = [
            e
            for e in sorted(parsed.excluded)
            if self._kind(e) == "person" and e not in entry.involved
        ]
        if not absent:
            return None
        shown = " and ".join(self.factbase.entities[e].name for e in absent)
        borne = " and ".join(
            dict.fromkeys(
                link.text.title()
                for link in parsed.entities
                if link.start >= 0
                and link.entity in entry.involved - parsed.excluded
                and self._kind(link.entity) == "person"
            )
        )
        said = answer.text.removeprefix("Yes").lstrip(".,:; ")
        borne = borne or "the rest"
        text = f"Not that the article says of {shown}. Of {borne}, yes: {said}"
        return replace(answer, text=text)

    def _no_one_else_did(self, answer: Answer, parsed: Parsed, context: Context) -> bool:
        """Whether "did anyone else…?" is answered by a fact whose doers were all named
        already: in the conversation, or set aside ("anyone besides Esper and Pompeo…")."""
        if _ANYONE_ELSE.search(parsed.text) is None or not answer.fact_ids:
            return False
        fact = self.factbase.facts.get(answer.fact_ids[0])
        who = fact.roles.get("who") if fact is not None else None
        if who is None or not who.entities:
            return False
        named = (
            set(context.named_so_far)
            | set(context.answer_entities)
            | parsed.excluded
            | set(parsed.entity_ids)
        )
        return all(e in named for e in who.entities)

    def _yesno_as_asked(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        if not STILL_WORDS.isdisjoint(parsed.words):
            return self._still_so(parsed, context, notes)
        settled = self._yesno_before_ranking(parsed, context, notes)
        if settled is not None:
            return settled
        ranked = self._rank(parsed)
        if parsed.followup_fact is not None:
            # "Was India there?": there, at what the last answer was about.
            ranked = self._pinned_first(parsed, ranked)
        elif self._bare_meeting(parsed, context):
            # "Was Pompeo at the meeting?": the one the article calls the meeting (Esper's
            # with Singh), not other talks someone named took part in.
            ranked = [r for r in ranked if not MEETING_WORDS.isdisjoint(quoted_words(r.entry.fact))]
        if locative_there(parsed.words):
            # "Was Singh there?": only a fact that has him at what "there" is (the last
            # answer's event or place) can say. Who he is puts him nowhere, and with nothing
            # before it, "there" is nowhere.
            ranked = [r for r in ranked if self._at_there(r.entry, parsed)]
        relative = self._relative_time(parsed, context, notes)
        if relative is not None:
            return relative  # "last year" is when, not how long it lasted
        if parsed.wants_duration:
            return self._not_found(parsed, context, ranked, notes)
        asked = set(parsed.entity_ids)
        # "X is the Secretary" facts do not confirm things about others.
        kept = [r for r in ranked if self._defines_asked(r.entry.fact.id, asked)]
        if not any(self._about_pinned(r.entry, parsed) for r in kept):
            # "Was Japan in it?" after what the 2+2 is: what "it" was, even as an identity.
            kept = [
                r
                for r in ranked
                if any(r is k for k in kept) or r.entry.fact.id == parsed.followup_fact
            ]
        ranked = kept or ranked
        # Who he is does not outrank what "it" was: "Was Singh at it?" after the meeting.
        held = bool(ranked) and ranked[0].entry.fact.id == parsed.followup_fact
        if ranked and STARTS_WITH_BE.match(parsed.text) and not held:
            # "Is Esper the defense secretary?": of equally good facts, the one saying who he is.
            tied = [r for r in ranked if r.score == ranked[0].score]
            tied.sort(key=lambda r: self._identity_facts.get(r.entry.fact.id) not in asked)
            ranked = tied + ranked[len(tied) :]
        if ranked and not held:
            ranked = self._place_quoted_first(parsed, ranked)
        if parsed.asks_speech:
            # "Did Pompeo mention India?" is answered only by something someone said.
            ranked = [r for r in ranked if not r.entry.bag.isdisjoint(SPEECH_TERMS)]
        if not ranked:
            return self._not_found(parsed, context, ranked, notes)
        # A fact that involves everything the question names beats a closer-worded one that
        # leaves something out: "Did Esper visit Tokyo?" is about the Tokyo talks.
        complete = [r for r in ranked[:5] if not r.missing and r.score >= 0.5]
        pinned = (
            parsed.followup_fact is not None and ranked[0].entry.fact.id == parsed.followup_fact
        )
        if ranked[0].missing and complete and not pinned:
            ranked = [complete[0], *(r for r in ranked if r is not complete[0])]
        order = ORDER_ASKED.search(parsed.text)
        if order is not None and parsed.text[order.end() :].strip():
            # "Who went to the Tokyo talks?" "Was that earlier than the New Delhi meeting?"
            after_last = self._ordered_after_last(parsed, context, notes, order)
            if after_last is not None:
                return after_last
        if order is not None and parsed.text[order.end() :].strip() and not pinned:
            # "Was BECA agreed before the 2+2?": ordered as the event whose time it shares.
            through = self._ordered_through(parsed, context, notes, order)
            if through is not None:
                return through
        if (
            order is not None
            and parsed.text[order.end() :].strip()  # "been to India before?" orders nothing
            and not pinned
            and self._order_said(ranked[0].entry.fact, parsed, order) is None
        ):
            # "Did the meeting happen before the 2+2?": the fact that orders the two, over
            # one that only names the 2+2 ("Esper's second 2+2 meeting").
            ordering = next(
                (
                    r
                    for r in complete
                    if r.score >= ranked[0].score - 0.3
                    and self._order_said(r.entry.fact, parsed, order) is not None
                ),
                None,
            )
            if ordering is not None:
                ranked = [ordering, *(r for r in ranked if r is not ordering)]
            else:
                # No one fact orders the two: each event's own time may.
                timed = self._ordered_by_times(parsed, context, notes, order)
                if timed is not None:
                    return timed
        if self._absent_from(parsed, ranked[0].entry) and not pinned:
            # "Was Pompeo at the Tokyo talks?": the talks' own fact, not who he is. ("Was
            # Pompeo at that meeting?": at the one just answered, not at another he was at.)
            present = next(
                (
                    r
                    for r in ranked[:5]
                    if not r.missing and r.score >= 0.5 and not self._absent_from(parsed, r.entry)
                ),
                None,
            )
            if present is not None:
                ranked = [present, *(r for r in ranked if r is not present)]
        outsider = self._outside_the_list(parsed, context, notes)
        if outsider is not None:
            return outsider
        best = ranked[0]
        fact = best.entry.fact
        if THIS_TRIP.search(parsed.text) and self._on_another_day(fact):
            # "Did Esper visit any other country on this trip?": the Tokyo talks were earlier
            # in the month, which the article does not make part of this trip.
            return self._not_found(parsed, context, ranked, notes)
        if self._they_for_one(parsed, fact):
            # "Did they discuss China?": Pompeo's remark says his meetings did; "they" are
            # no one person, so whether the two defence chiefs did is left unsaid.
            return self._not_found(parsed, context, ranked, notes)
        if self._sent_to_no_trip(parsed, fact):
            # "Did Esper go to India for the first time?": his second 2+2 is no count of
            # trips, and places him nowhere.
            return self._not_found(parsed, context, ranked, notes)
        word_swap = self._word_swapped(parsed, best)
        if word_swap is not None and _swap_unjudged(*word_swap):
            # "Did Esper and Singh hope to continue working together?": "agreed" in its
            # place, and no word the engine knows to say the same or the opposite.
            return self._not_found(parsed, context, ranked, notes)
        swapped = (word_swap[1] if word_swap else None) or self._name_swapped(parsed, best)
        if swapped is not None:
            # "…the world's two oldest democracies, yes?": the article says "largest".
            # "Was Pompeo's press conference in Tokyo?": the talks were; the evidence is the
            # fact that tells of the press conference, if one does.
            lacking = {t for t in parsed.terms if t not in best.entry.bag}
            people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
            told = next(
                (
                    r
                    for r in ranked[:PAIR_DEPTH]
                    if r is not best
                    and lacking
                    and lacking <= r.entry.bag
                    and people
                    and people <= r.entry.involved
                    and r.score >= 0.5
                ),
                best,
            )
            if word_swap is not None and self._unused_word_of_a_fact(parsed, word_swap[0]):
                return self._swap_left_open(best.entry.fact, parsed, context, notes)
            return self._verdict("No", told, min(0.85, best.score), parsed, context, ranked, notes)
        confidence = self._confidence(best, ranked, 0, parsed)
        missing = [e for e in best.missing]
        last = self.index.by_id.get(context.fact_id or "")
        if (
            "thing" in parsed.pronouns
            and ("it" in parsed.words or parsed.words[-1] in ("that", "this"))
            and parsed.followup_fact is None
            and last is not None
            and best.entry is not last
            and not any(
                link.start >= 0 and self._kind(link.entity) in ("event", "agreement")
                for link in parsed.entities
            )
        ):
            # "Where did Pompeo hold a press conference?" "Did Esper attend it?": it is what
            # the last answer was about, so the fact that says yes must be about that too
            # ("Did it mention China?" after the statement: the statement's own fact).
            shared = {
                e for e in last.fact.entities if self._kind(e) not in ("country", "place")
            } & best.entry.involved
            named = {link.entity for link in parsed.entities if link.start >= 0}
            if not shared and not named <= last.involved:
                missing += sorted(named - last.involved)
        if parsed.pronouns and parsed.followup_fact is None:
            # "Who did Esper meet?" … "Did he attend the Tokyo talks?": he (Singh) must be in
            # the fact, as a name typed would have to be.
            missing += [
                link.entity
                for link in parsed.entities
                if link.start < 0
                and self._kind(link.entity) == "person"
                and link.entity not in best.entry.involved
            ]
        if best.missing and not parsed.unknown and not parsed.unknown_names:
            # A list the article gives as countries first; then one it gives as the
            # ministers of countries ("is Japan in the 2+2?": the two countries of ¶5,
            # before "the U.S. and Indian … ministers" of ¶1).
            for through_group, candidate in ((g, c) for g in (False, True) for c in ranked[:3]):
                # "And China?" after "Was India there?": there is the event, named before.
                there = self._about_pinned(candidate.entry, parsed)
                if len(candidate.missing) != 1 or (candidate.score < 0.45 and not there):
                    continue
                if not there and not self._names_the_event(candidate.entry.fact, parsed):
                    continue
                if not there and not self._asked_as_party(parsed, candidate.missing[0]):
                    continue  # "Is BECA aimed at China?": no claim that China was a party
                if self._another_place_of_its_own(parsed, candidate):
                    continue  # "Did Esper go to Tokyo before New Delhi?": two stops, not one
                if self._another_gathering_there(parsed, candidate, ranked):
                    continue  # "Did Singh take part in the talks in Tokyo?": those talks
                if self._left_out(parsed, candidate.missing[0]):
                    continue  # "…the Tokyo talks without China?": China is not claimed there
                if self._travelled_to(parsed) is not None and self._open_elsewhere(
                    parsed, candidate.missing[0], candidate.entry.fact
                ):
                    continue  # "Did Begin go to Tokyo?": his visit to New Delhi rules out no stop
                if self._like_pact_asked(parsed, candidate):
                    continue  # "Did Australia sign BECA too?": a pact of its own, unsaid
                if self._place_of_the_anchor(parsed, candidate.missing[0]):
                    continue  # "…meet Singh after his trip to Tokyo?": Tokyo only dates it
                if _ANY_SUCH_EVENT.search(parsed.text):
                    continue  # "Has Japan ever joined a 2+2 with India?": any, not the article's
                closed_list = self._closed_list_no(
                    candidate.entry.fact, list(candidate.missing), through_group=through_group
                )
                if closed_list is not None:
                    no, listing = closed_list
                    hedge = self._trip_left_open(parsed, candidate.missing[0], candidate.entry.fact)
                    verdict = f"{hedge or said_as('No', parsed)}."
                    # "Did Esper and Singh sign the agreement in Tokyo?": where it was, if
                    # the fact's statement does not name it, and the sentence that does.
                    placed, evidence = (
                        self._place_unstated(candidate.entry.fact, _signing_asked(parsed))
                        if self._kind(candidate.missing[0]) == "place"
                        else ("", [])
                    )
                    closed = self._answered(
                        text=f"{verdict} {placed} {no}".replace(".  ", ". "),
                        facts=[candidate.entry.fact],
                        role=None,
                        confidence=0.85 if there else min(0.9, candidate.score + 0.3),
                        parsed=parsed,
                        context=context,
                        ranked=ranked,
                        notes=notes,
                    )
                    # "Is the 2+2 trilateral, with Japan?": "the two countries" of ¶5 are
                    # named in ¶1, quoted as well.
                    same = self._saying_the_same(candidate.entry, (listing,), parsed)
                    closed = self._also_quoting(
                        closed, [e for e in same if e is not candidate.entry]
                    )
                    return self._with_quotes_of(closed, evidence)
        every = EVERY_ASKED.search(parsed.text) is not None
        if (every or MISSED_ANY.search(parsed.text) is not None) and not missing:
            return self._every_one(parsed, best, context, ranked, notes, missed=not every)
        elsewhere = self._elsewhere(parsed, context, notes)
        if elsewhere is not None:
            return elsewhere
        contrast = self._contrast(parsed, context, notes)
        if contrast is not None:
            return contrast
        if parsed.unknown and not parsed.unknown_names:
            reason = self._other_reason_claimed(parsed, context, notes)
            if reason is not None:
                return reason
        if missing or confidence < YESNO_THRESHOLD or parsed.unknown:
            return self._not_found(parsed, context, ranked, notes, confidence)
        if self._name_word_claimed(parsed):
            # "Is Esper new to it?": "new" is the article's only in "New Delhi", which the
            # meeting's fact names; that says nothing of anyone being new.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if (
            parsed.followup_fact is None
            and IN_IT.search(parsed.text.rstrip(" ?")) is not None
            and fact.id in self._identity_facts
        ):
            # "Was Begin at it?" with nothing "it" points back to: who he is puts him nowhere.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if self._absent_from(parsed, best.entry):
            # "Was China at the meeting?": Pompeo's remark names China, not as taking part.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if self._only_an_anchor(parsed, fact):
            # "Was the 2+2 held on Oct. 26?" of "Esper met Singh on Oct. 26, ahead of the
            # 2+2": the date is the meeting's, the 2+2 only what it came before.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if self._gathering_asked_of_no_happening(parsed, best.entry):
            # "Did the meeting address China?": the partnership's purpose is to, which says
            # nothing of what the meeting took up.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if self._meeting_placed_at_a_body(parsed, fact):
            # "Was the meeting at the Pentagon?" is not answered by the Pentagon's statement.
            return self._not_found(parsed, context, ranked, notes, confidence)
        bound = self._bound_held(parsed, best.entry)
        if bound is not None:
            # "Have there been more than three 2+2 dialogues?": three is not more than three.
            return self._verdict(
                "Yes" if bound else "No", best, confidence, parsed, context, ranked, notes
            )
        if self._count_unjudged(parsed, fact):
            # "Was it a three-country affair?" of the Esper-Singh meeting: nothing counts them.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if (
            self._only_some(parsed, best.entry)
            or self._only_one_joined(parsed, best.entry)
            or self._only_some_doers(parsed, best.entry)
            or self._only_some_relations(parsed, best.entry)
        ):
            # "Were the Tokyo talks just the US, Japan and India?": Australia too.
            return self._verdict("No", best, min(0.9, best.score), parsed, context, ranked, notes)
        if any(self._left_out(parsed, e) for e in best.entry.involved):
            # "Was the meeting held without India?": a fact naming India is no yes to that.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if (
            not _ONLY_WORDS.isdisjoint(parsed.words)
            and not self._whole_list(parsed, best.entry)
            and self._one_of_a_kind(parsed, best.entry) != "only"
        ):
            # "Did only Esper meet Singh?": the article says he did, not that no one else did.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if (
            self._placed_otherwise(parsed, best.entry)
            or self._kind_of_deal_unsaid(parsed, best.entry)
            or self._described_as_others(parsed, fact)
        ):
            # "Was the meeting in Australia?": the Tokyo talks had Australia, not there.
            return self._not_found(parsed, context, ranked, notes, confidence)
        sent = self._travelled_to(parsed)
        where = fact.roles.get("where")
        if (
            sent is not None
            and sent[1] is not None
            and where is not None
            and where.entities
            and not any(self._went_there(r.entry, sent[1], parsed) for r in ranked[:5])
        ):
            # "Did Singh visit Washington?": the meeting was in New Delhi; that the U.S. took
            # part in it does not put him in Washington.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if (
            sent is not None
            and sent[1] is not None
            and fact.id in self._identity_facts
            and not any(
                self._same_place(sent[1], e)
                for e in self.index.entities_in(normalise(fact.statement))
                if self._kind(e) in _PLACE_KINDS
            )
        ):
            # "Did Begin go to Washington?": who he is sends him nowhere, unless what it says
            # of him is a trip there ("…spoke before his trip to South Asia").
            return self._not_found(parsed, context, ranked, notes, confidence)
        body = self._body_visited(parsed)
        if body is not None and not any(
            self._went_there(r.entry, body, parsed) for r in ranked[:5]
        ):
            # "Did Singh visit the Pentagon?": the DoD's statement on the agreement names
            # him and it, but puts him in New Delhi, not at its headquarters.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if self._hosted_by_a_visitor(parsed, fact):
            # "Did Esper host Singh?": the meeting was in New Delhi, Singh's country.
            return self._not_found(parsed, context, ranked, notes, confidence)
        verb = self._main_verb(parsed)
        if verb in _FEELING_STOPWORDS and best.entry.bag.isdisjoint(_APPROVED):
            # "Did they like the agreement?": the fact that has them appreciate it, if one
            # of the best does; meeting someone is no liking ("Did Esper like Singh?").
            approved = next(
                (
                    r
                    for r in ranked[:PAIR_DEPTH]
                    if not r.missing and r.score >= 0.5 and not r.entry.bag.isdisjoint(_APPROVED)
                ),
                None,
            )
            if approved is None or self._person_liked(parsed, verb):
                return self._not_found(parsed, context, ranked, notes, confidence)
            return self._verdict("Yes", approved, confidence, parsed, context, ranked, notes)
        if (
            verb is not None
            and verb not in best.entry.bag
            # "Did they agree to enhance…?" of "they reinforced their commitment to…"
            and not any(
                verb in near and not best.entry.bag.isdisjoint(near) for near in _NEAR_MEANING_TERMS
            )
            # "Did they discuss defense trade?" of what they agreed on: agreed, so discussed.
            and not (verb in _DISCUSSED and not best.entry.bag.isdisjoint(_AGREED))
            # "Did both ministers like it?" of the agreement they expressed appreciation for.
            and not (verb in _FEELING_STOPWORDS and not best.entry.bag.isdisjoint(_APPROVED))
        ):
            # "Does India agree with the officials' description?": the fact has the
            # description, not anyone agreeing with it.
            return self._not_found(parsed, context, ranked, notes, confidence)
        named = {link.entity for link in parsed.entities if link.start >= 0}
        if (
            fact.negative
            and (parsed.of_the_article or ABOUT_ANYTHING.search(parsed.text))
            and STATEMENT_TERM not in parsed.terms
            and not any(self._kind(e) == "organisation" for e in named.intersection(fact.entities))
        ):
            # "Does the article say anything about China?": the statement does not name it,
            # but the article does.
            mentioned = next(
                (
                    r
                    for r in ranked
                    if not r.entry.fact.negative and not r.missing and named <= r.entry.involved
                ),
                None,
            )
            if mentioned is None or not named:
                return self._not_found(parsed, context, ranked, notes, confidence)
            return self._verdict("Yes", mentioned, confidence, parsed, context, ranked, notes)
        if fact.negative and _STANCE_ASKED.search(parsed.text):
            # "Are they against China?", "are the two countries opposed to China?": a
            # stance, which the statement not mentioning China says nothing of (no "No");
            # a fact as near that does (the partnership means to address its threat) is.
            stated = self._stated_alike(best, ranked)
            if stated is not None:
                return self._verdict("Yes", stated, confidence, parsed, context, ranked, notes)
        if _COMPLETION_ASKED.search(parsed.text) and _only_placed_after(fact):
            # "Has the 2+2 already taken place?": the article has the meeting ahead of it
            # and gives it no date, so not whether it is over.
            return self._not_found(parsed, context, ranked, notes, confidence)
        verdict = "No" if fact.negative else "Yes"
        if parsed.ordinal is not None:
            said_ordinals = {
                w for text in (fact.statement, fact.quote.text) for w in normalise(text).split()
            } & ORDINAL_WORDS
            own = self._own_count_of(fact)
            if own and not set(own) & set(parsed.entity_ids):
                series = self._series_of_several(parsed, best, ranked)
                if series is not None:
                    # "Is this the fifth 2+2 between the U.S. and India?": they have had three;
                    # "the first ever US-India 2+2": their three, and Esper's second as well.
                    answer = self._verdict("No", series, confidence, parsed, context, ranked, notes)
                    return self._with_count_of_own(answer, best, parsed)
                if parsed.ordinal == "first" and said_ordinals - {"first", "last"}:
                    # "Is this the first ever 2+2?": Esper's second has one before it.
                    return self._verdict("No", best, confidence, parsed, context, ranked, notes)
                # "Is this the second 2+2 between the U.S. and India?": second is Esper's
                # count, not the countries'.
                return self._not_found(parsed, context, ranked, notes, confidence)
            series = self._series_of_several(parsed, best, ranked) if not said_ordinals else None
            if series is not None:
                # "Was this the first 2+2 dialogue between the U.S. and India?": the two
                # countries have had three such dialogues.
                return self._verdict("No", series, confidence, parsed, context, ranked, notes)
            if not said_ordinals:
                return self._not_found(parsed, context, ranked, notes, confidence)
            verdict = "Yes" if parsed.ordinal in said_ordinals else "No"
        if self._placed_outside_asked_span(fact, parsed, order):
            # "Did Pompeo give the press conference during his trip?": the article has it
            # "prior to his trip", which the trip's own "meetings during his visit" beside it
            # does not undo.
            return self._verdict("No", best, confidence, parsed, context, ranked, notes)
        if order is not None:
            # "Did they meet after the Dialogue?": yes or no only if the fact orders the same two.
            said = self._order_said(fact, parsed, order)
            if said is None:
                return self._not_found(parsed, context, ranked, notes, confidence)
            verdict = "Yes" if said else "No"
            answer = self._verdict(verdict, best, confidence, parsed, context, ranked, notes)
            if not answer.abstained or date_words(parsed.text[order.end() :].split()):
                return answer  # "…after oct 26?": "ahead of" may be the same day
            # What it is ordered against was weighed with the order ("…after his State
            # Department press conference?" of the trip): the fact need not have its words.
            judged = copy.copy(parsed)
            after = {term(w) for w in parsed.text[order.start() :].split()}
            before = {term(w) for w in parsed.text[: order.start()].split()}
            judged.terms = [t for t in parsed.terms if t in before or t not in after]
            return self._verdict(verdict, best, confidence, judged, context, ranked, notes)
        return self._verdict(verdict, best, confidence, parsed, context, ranked, notes)

    def _name_word_claimed(self, parsed: Parsed) -> bool:
        """Whether the claim turns on a word the article has only inside a name ("new" of
        New Delhi, "south" of South Asia), used here outside any name."""
        only_in_names = self.index.name_only_words
        return any(
            not used and word in only_in_names
            for word, used in zip(parsed.words, parsed.used, strict=False)
        )

    def _still_so(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        """ "Is Esper still Secretary of Defense?": the article says what was so when it
        was written, not what is so now."""
        ranked = self._rank(parsed)
        then = ranked[0].entry.fact if ranked and not ranked[0].missing else None
        if then is not None and ranked[0].score < YESNO_THRESHOLD:
            then = None
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        if len(people) == 1 and any(term(w) in self._title_terms for w in parsed.words):
            # "Is Esper still Secretary of Defense?": what his title was, then.
            identity = self.factbase.entities[people.pop()].identity_fact
            then = self.factbase.facts.get(identity or "") or then
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article can't say what is so now, only what was so when it was written."
            + (f" What it says: {then.statement}" if then is not None else ""),
            context,
            parsed=parsed,
            ranked=ranked,
            notes=tuple(notes),
            suggestions=self._suggest_for(parsed, parsed.entity_ids, ranked),
        )

    def _yesno_before_ranking(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """The checks that read the question itself, before any fact is ranked: a wrong
        name, either-or, two people, titles, sources, clefts, parties and opposites."""
        if self._companion_unsaid(parsed):
            # "Esper came with his wife?": the article names no one's family or staff, so
            # what it says of Esper answers nothing about them.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if self._misnamed(parsed):
            # "Did Mark Pompeo go to Tokyo?": Mark is Esper's first name; the article gives
            # no Pompeo called Mark, so whether he went is not what it says of anyone.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        misnamed = self._first_name_unsaid(parsed)
        if misnamed is not None:
            # "Indian side = Narendra Singh?", "was it Mike Esper who met Singh?": the
            # article's Singh is Rajnath, its Esper Mark T.; a Yes would take the name too.
            return self._first_name_corrected(*misnamed, parsed, context, notes)
        initial = self._initial_corrected(parsed, context, notes)
        if initial is not None:
            # "Is it Mark A. Esper?": first name and surname are his, the initial is not;
            # a Yes would take "A." for the article's "T.".
            return initial
        people = [
            (link, self.factbase.entities[link.entity])
            for link in parsed.entities
            if self._kind(link.entity) == "person"
        ]
        outside = first_name_from_outside(parsed, people, self._title_terms)
        if outside is not None:
            # "Did Michael Pompeo go to Tokyo?": the article calls him only "Secretary
            # Pompeo"; a Yes would take the maintainers' first name for the article's.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                outside_first_name_text(*outside),
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        full_name = outside_full_name(parsed, people, self._title_terms)
        if full_name is not None:
            # "Is Begin Stephen Biegun?": the maintainers' name for him, never the
            # article's, which gives him no first name; a Yes would take it for the article's.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                outside_full_name_text(*full_name),
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if _ARTICLE_ORIGIN.search(parsed.text) is not None:
            # "Is this article from an Indian newspaper?": no Yes from what it reports.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say who wrote or published it.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if self._gap_unmeasured(parsed):
            # "Was the meeting the day before the 2+2?": "ahead of the 2+2 Dialogue" orders
            # the two but gives no gap, so neither Yes nor No to one day, or two; but "the
            # day after the 2+2?" puts it on the wrong side, and that is No.
            wrong_side = self._ordered_the_other_way(parsed, context)
            if wrong_side is not None:
                return wrong_side
            return self._not_found(parsed, context, self._rank(parsed), notes)
        # In this order: the first that settles the question answers it.
        checks = (
            self._own_count_in_series,
            self._unmentioned_by_source,
            self._statement_owner_chosen,
            self._either,
            self._two_people,
            self._same_thing,
            self._nationalities_paired,
            self._is_titled,
            self._body_side_checked,
            self._miscalled,
            self._affiliation_checked,
            self._issuer_checked,
            self._that_country_is,
            self._another_agreement,
            self._source_check,
            self._source_of_words,
            self._was_it_who,
            self._said_by_named,
            self._parties_checked,
            self._done_by_others,
            self._alone_claimed,
            self._only_one_of_several,
            self._companion_swapped,
            self._held_by_other_offices,
            self._bound_checked,
        )
        for check in checks:
            answer = check(parsed, context, notes)
            if answer is not None:
                return answer
        opposite = self._opposite_said(parsed)
        if (
            opposite is None
            and self._opposite_of_anything(parsed)
            and MISSED_ANY.search(parsed.text) is None  # "has Esper missed any 2+2?": counted
        ):
            # "Did Singh criticise anything?": what they praised leaves open whatever else
            # they may have criticised, and no fact says they did.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if opposite is not None:
            scored, ranked = opposite
            if MISSED_ANY.search(parsed.text) is not None:
                # "Has Esper missed any 2+2?": not that he never took part, but not every time.
                return self._every_one(parsed, scored, context, ranked, notes, missed=True)
            confidence = min(0.9, scored.score)
            return self._verdict("No", scored, confidence, parsed, context, ranked, notes)
        return self._elsewhere_that_day(parsed, context, notes)

    def _said_in_so_many_words(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Is logistics expressly among them?", "does the statement explicitly mention
        secure communications?": what the article's own sentence names, it names explicitly,
        so the claim is asked without the adverb. Not of what the article says the statement
        leaves unnamed ("does the statement explicitly mention China?")."""
        if _EXPLICITLY not in parsed.terms:
            return None
        named = {link.entity for link in parsed.entities if link.start >= 0}
        if named & self._unmentioned.keys():
            return None
        plain = copy.copy(parsed)
        plain.terms = [t for t in parsed.terms if t != _EXPLICITLY]
        plain.span_terms = [t for t in parsed.span_terms if t != _EXPLICITLY]
        answer = self._yesno_as_asked(plain, context, notes)
        return None if answer.abstained else answer

    def _covered_as_included(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Does the cooperation cover defence trade?": whether it takes it in, asked as
        "include" (whose "including" the article's lists have). Only of a yes or no: "what
        did the meeting cover?" asks its topics."""
        if _COVER not in parsed.terms:
            return None
        included = copy.copy(parsed)
        included.terms = [_INCLUDE if t == _COVER else t for t in parsed.terms]
        answer = self._yesno_as_asked(included, context, notes)
        return None if answer.abstained else answer

    def _unmentioned_by_source(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Did the statement call China a threat?", "so the DoD statement blamed China?":
        the article says the statement does not mention China, so it said nothing of it."""
        # ("Did the statement fail to mention the threat from China?" is the claim that it
        # did not, weighed as asked: its verdict turns.)
        if parsed.negated or STATEMENT_TERM not in parsed.terms:
            return None
        if _SAYING_OF_WORDS.isdisjoint(parsed.words):
            return None
        named = {link.entity for link in parsed.entities if link.start >= 0}
        for thing in named & self._unmentioned.keys():
            source, entry = self._unmentioned[thing]
            if named <= {thing, *self._source_names(source)}:
                scored = Scored(entry, 1.0, (), True)
                return self._verdict("No", scored, 0.9, parsed, context, [scored], notes)
        return None

    def _said_by_among(self, source: str, ranked: list[Scored]) -> bool:
        """Whether one of these facts is something the source said (its "who" or the
        sayer the article gives for it)."""
        for scored in ranked:
            sayer = self._sayers.get(scored.entry.fact.id)
            who = (sayer or scored.entry.fact).roles.get("who")
            if who is not None and any(self._covers(source, e) for e in who.entities):
                return True
        return False

    def _left_out_of_source(self, source: str, named_in: Parsed) -> FactEntry | None:
        """The fact that this source leaves out something the question names: "is the China
        purpose attributed to the DoD statement?" has the statement not mentioning China."""
        named = {link.entity for link in named_in.entities if link.start >= 0}
        for thing in sorted(named & self._unmentioned.keys()):
            body, entry = self._unmentioned[thing]
            if source in self._source_names(body) or body in self._source_names(source):
                return entry
        return None

    def _source_names(self, source: str) -> set[str]:
        """The source and whatever it is part of or stands for ("dod", the department)."""
        return {source, *self.index.part_of.get(source, ())}

    @cached_property
    def _unmentioned(self) -> dict[str, tuple[str, FactEntry]]:
        """What a source is said not to mention, with the source and the fact: China, by the
        Defense Department statement; built once."""
        found: dict[str, tuple[str, FactEntry]] = {}
        mention = term("mention")
        for fact in self.factbase.facts.values():
            entry = self.index.by_id[fact.id]
            if not fact.negative or mention not in entry.bag or len(fact.entities) != 2:
                continue
            sources = [e for e in fact.entities if self._kind(e) == "organisation"]
            if len(sources) == 1:
                (thing,) = (e for e in fact.entities if e != sources[0])
                found[thing] = (sources[0], entry)
        return found

    @cached_property
    def _article_terms(self) -> frozenset[str]:
        """The terms of every word the article's quotes use, built once: a fact's keywords
        ("intelligence" of information sharing) are ours, not the article's."""
        return frozenset(
            term(w)
            for fact in self.factbase.facts.values()
            for w in normalise(fact.quote.text).split()
        )

    @cached_property
    def _travel_terms(self) -> frozenset[str]:
        """Terms of going somewhere ("go", "trip", "visited"), as questions are read."""
        return frozenset(term(w) for w in _TRAVEL_WORDS)

    def _ordered_the_other_way(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "So Esper met Singh the day after the 2+2, right?": asked with the gap left out
        ("…after the 2+2"), a No that rests on the article's order ("ahead of the 2+2
        Dialogue") holds for any gap; a Yes says nothing of the gap, so None."""
        found = _GAP_THEN_ORDER.search(parsed.text)
        if found is None:
            return None
        head, tail = parsed.text[: found.start()], parsed.text[found.end() :]
        answer = self._read_and_answer(f"{head}{found['order']}{tail}", context)
        if answer.abstained or not answer.text.startswith("No"):
            return None
        if not any(_ORDER_SAID.search(normalise(q.text)) for q in answer.quotes):
            return None  # a No on other grounds ("…in Mumbai the day after…")
        # The conversation goes on about what the claim was of (the meeting: "and it was in
        # Mumbai?"), as the Yes to the other order has it, not about the 2+2 it was set against.
        flipped = self._read_and_answer(f"{head}{_OTHER_ORDER[found['order']]}{tail}", context)
        if flipped.abstained or not flipped.text.startswith("Yes"):
            return answer
        at = len(head.split())
        anchors = {link.entity for link in parsed.entities if link.start >= at}
        claimed = tuple(e for e in flipped.context.entities if e not in anchors)
        return replace(answer, context=replace(flipped.context, entities=claimed))

    def _gap_unmeasured(self, parsed: Parsed) -> bool:
        """Whether the claim measures a gap between events ("two days before the 2+2")
        while the article measures none."""
        return _MEASURED_GAP.search(parsed.text) is not None and not self._article_measures_gaps

    @cached_property
    def _article_measures_gaps(self) -> bool:
        """Whether any quote measures a gap ("the day before the summit"); built once."""
        return any(
            _MEASURED_GAP.search(normalise(fact.quote.text)) is not None
            for fact in self.factbase.facts.values()
        )

    def _companion_unsaid(self, parsed: Parsed) -> bool:
        """Whether the claim names someone's family, aides or staff, people the article
        never mentions ("did Esper bring his wife?", "were Singh's aides there?")."""
        typed = [*parsed.words, *(word for word, _ in parsed.corrections)]
        return any(w in _COMPANIONS and term(w) not in self.index.postings for w in typed)

    def _issuer_checked(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """Who issued the statement, asked of another body than the Pentagon."""
        parsed = self._account_as_statement(parsed)
        if self._statement_placed(parsed):
            # "Was the statement issued in Washington?": by the Pentagon, but from where the
            # article does not say.
            return self._not_found(parsed, context, [], notes)
        said_first = next(
            (i for i, w in enumerate(parsed.words) if term(w) == STATEMENT_TERM), len(parsed.words)
        )
        bodies = [
            link.start
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) == "organisation"
        ]
        # "Did India's Ministry of Defence issue a statement?" (not "was the statement issued
        # by India's…?", which is answered by who did issue it)
        issuer_asked = bool(bodies) and min(bodies) < said_first < len(parsed.words)
        # "Did the Indian Ministry of Defence issue the statement?": the article's one, which
        # the Pentagon issued (not "…issue a statement?", one of its own it may have issued).
        definite = issuer_asked and OWN_STATEMENT.search(parsed.text) is None
        if (definite or not issuer_asked) and said_first < len(parsed.words):
            # "Was the statement issued by India's Ministry of Defence?": by the Pentagon.
            issued = self._source_check(parsed, context, notes)
            if issued is not None:
                return issued
        if self._foreign_body(parsed):
            # "Did India's Ministry of Defence say they agreed on BECA?": the article has
            # the Pentagon's statement, not India's. "Was the meeting held at the Indian
            # Ministry of Defence?": nor does it place anything there.
            return self._not_found(parsed, context, [], notes)
        return None

    def _account_as_statement(self, parsed: Parsed) -> Parsed:
        """ "The information was released by the Indian defence ministry": the account
        released is the statement the article reports, so asked as "the statement was
        released by…"; any other claim as it is."""
        if STATEMENT_TERM in parsed.terms or parsed.negated:
            return parsed
        released = RELEASED_ACCOUNT.search(parsed.text)
        if released is None:
            return parsed
        text = f"{parsed.text[: released.start()]}the statement{parsed.text[released.end() :]}"
        return parse(text, self.index)

    def _either(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Are the challenges regional or global?", "did they meet in Delhi or Tokyo?",
        "is Singh Indian or American?": whichever of the two the article says."""
        if self._negated_choice(parsed):
            return self._either_not(parsed, context, notes)
        title = self._which_title(parsed, context, notes)
        if title is not None:
            return title
        pair = self._either_pair(parsed, context, notes)
        if pair is not None:
            return pair
        found = self._either_options(parsed)
        if found is None:
            # "Is Esper the defence secretary or the foreign minister?": each asked alone.
            return self._asked_of_each(two_noun_phrases(parsed.text), context)
        options, positions = found
        from_there = self._which_person_from(
            parsed, options, context, notes
        ) or self._which_person_titled(parsed, options, positions, context, notes)
        if from_there is not None:
            return from_there
        without = self._without_options(parsed, options, positions)
        ranked = self._rank(without)
        complete = [r for r in ranked[:5] if not r.missing]
        if not complete:
            return None
        if complete[0].score < self.threshold and not (parsed.pronouns and parsed.recent_fact):
            return None
        # Every fact as good as the best has its say: the meeting says Delhi, the Tokyo talks
        # say Tokyo, and "did they meet in Delhi or Tokyo?" then has no one answer.
        if all(word in POLARITY for word, _ in options):
            # "Getting warmer or cooler?": only facts that say which way something is going.
            trending = [
                r
                for r in complete
                if verdict(options[0][0], r.entry.fact) is not None
                and set(without.entity_ids) <= self.index.entities_in(trend_text(r.entry.fact))
                # "reducing or expanding information sharing?" is about sharing, no trend
                and all(t in r.entry.bag for t in without.terms)
            ]
            complete = trending or complete
        tied = [r for r in complete if r.score >= complete[0].score - 0.05]
        tied = self._placed_if_place_asked(parsed, options, positions, tied)
        titled = self._title_options(parsed, options)
        if titled is not None:
            tied = [titled]  # "Is Singh India's defence or foreign minister?": his title
        recent = [r for r in ranked if r.entry.fact.id == parsed.recent_fact]
        if (
            recent
            and parsed.pronouns
            and recent[0].score > 0
            # "Who is Begin?" "Did he go to Tokyo or New Delhi?": his identity says neither;
            # his visit does.
            and any(self._option_holds(recent[0].entry, w, e, without) for w, e in options)
        ):
            tied = recent  # "Are those challenges regional or global?": the ones just named
        elif recent and "thing" in parsed.pronouns and recent[0].score > 0:
            # "What is the 2+2?" "Was Japan part of it, or China?": "it" is the 2+2, which
            # has neither; that the Tokyo talks had Japan does not answer it.
            tied = recent
        held = {
            (word, entity): scored
            for scored in reversed(tied)
            for word, entity in options
            # "Was the statement about China, or Russia?": that it does not mention China
            # names China, but holds neither option.
            if not scored.entry.fact.negative
            and self._option_holds(scored.entry, word, entity, without)
        }
        held = {
            option: scored if option[1] is not None else self._stating(option[0], scored, tied)
            for option, scored in held.items()
        }
        lead = self._lead_event
        if (
            len(held) > 1
            and self._names_only_the_lead_meeting(without, lead)
            and not parsed.pronouns
            and lead in [s.entry for s in held.values()]
        ):
            # "Was the meeting in Tokyo or New Delhi?": naming no one, the meeting is the one
            # the article is about, not the talks it mentions beside it ("they" could be
            # either side: "did they meet in Delhi or Tokyo?" has no one answer).
            held = {option: scored for option, scored in held.items() if scored.entry is lead}
        if len(held) != 1:
            one = self._one_clause_holds(parsed.text, context)
            if one is not None:
                return one
        if len(held) != 1:
            suggested = self._suggest_for(parsed, parsed.entity_ids, ranked)
            return self._neither_said(parsed, context, ranked, notes, suggested)
        (word, entity), best = next(iter(held.items()))
        name = self._as_phrased(parsed, word).capitalize()  # "Indian", "Monday", "Heating up"
        if entity is not None and not word.endswith(("an", "ese", "ish")):
            written = self.factbase.entities[entity].name
            name = written[:1].upper() + written[1:]  # "New Delhi" for "delhi"
        return self._verdict(name, best, min(0.9, best.score), parsed, context, ranked, notes)

    @staticmethod
    def _stating(word: str, scored: Scored, tied: list[Scored]) -> Scored:
        """Of facts as good, one whose own statement has the option's word: "info sharing:
        expanding or contracting?" is answered by the commitment to expanding it (whose
        purpose "why?" then finds), not by the BECA that shares its sentence."""
        said = term(word)
        if said in {term(w) for w in normalise(scored.entry.fact.statement).split()}:
            return scored
        return next(
            (
                r
                for r in tied
                if said in {term(w) for w in normalise(r.entry.fact.statement).split()}
                and not r.entry.fact.negative
            ),
            scored,
        )

    def _placed_if_place_asked(
        self,
        parsed: Parsed,
        options: list[tuple[str, str | None]],
        positions: set[int],
        tied: list[Scored],
    ) -> list[Scored]:
        """ "Were the Tokyo talks held in Japan or India?": "in" before two places asks
        where, so only facts that say where something was judge it (the talks were in
        Tokyo, Japan); a sentence that only lists India among those there does not."""
        first = min(positions, default=0)
        if first == 0 or parsed.words[first - 1] not in ("in", "at"):
            return tied
        if any(e is None or self._kind(e) not in ("country", "place") for _, e in options):
            return tied
        placed = [
            r
            for r in tied
            if (where := r.entry.fact.roles.get("where")) is not None and where.entities
        ]
        return placed or tied

    @staticmethod
    def _names_only_the_lead_meeting(without: Parsed, lead: FactEntry | None) -> bool:
        """Whether the question, its options aside, names no one, or calls it a meeting and
        names only those at the article's meeting: "was the esper meeting in delhi or tokyo?"
        is his meeting with Singh, not the Tokyo talks he also attended."""
        if not without.entity_ids:
            return True
        return (
            lead is not None
            and "meeting" in without.words
            and set(without.entity_ids) <= set(lead.involved)
        )

    @staticmethod
    def _negated_choice(parsed: Parsed) -> bool:
        """A "not" ahead of the two options asks for the one that did not: "which country
        was not at the Tokyo talks, China or Japan?", "who didn't go, Pompeo or Singh?"
        (a "not" after them, "…or not?", is no option)."""
        words = parsed.words
        at = next((i for i in range(1, len(words) - 1) if words[i] == "or"), None)
        return at is not None and not _CHOICE_NEGATIONS.isdisjoint(words[: at - 1])

    def _either_not(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Which country was not at the Tokyo talks, China or Japan?": the option a list the
        article gives in full leaves out (China), when the other is on it. The option that
        holds is never the answer, and who did not do something the article says only when
        its list is whole: "who didn't attend the Tokyo talks, Pompeo or Singh?" names
        Pompeo, and says nothing of Singh, so it does not say which."""
        found = self._either_options(parsed)
        if found is None:
            return None
        options, positions = found
        without = self._without_options(parsed, options, positions)
        ranked = self._rank(without)
        complete = [r for r in ranked[:5] if not r.missing]
        if not complete or complete[0].score < self.threshold:
            return None
        # Of facts as good as the best, the ones that have an option: the Tokyo talks, not
        # Pompeo's title, for "…at the Tokyo talks, China or Japan?".
        tied = [r for r in complete if r.score >= complete[0].score - 0.05]
        held = {
            (word, entity): scored
            for scored in reversed(tied)
            for word, entity in options
            if self._option_holds(scored.entry, word, entity, without)
        }
        left = [e for w, e in options if (w, e) not in held and e is not None]
        if len(held) != 1 or len(left) != 1:
            return self._neither_said(parsed, context, ranked, notes)
        best = next(iter(held.values()))
        closed = self._closed_list_no(best.entry.fact, left)
        if closed is None:
            return self._neither_said(parsed, context, ranked, notes)
        written = self.factbase.entities[left[0]].name
        name = written[:1].upper() + written[1:]
        answer = self._verdict(name, best, min(0.85, best.score), parsed, context, ranked, notes)
        # "China. China is not among them: quadripartite talks in Tokyo between …": the
        # list that leaves it out, not the sentence's own words about who was there.
        return replace(answer, text=f"{name}. {closed[0]}")

    def _without_options(
        self, parsed: Parsed, options: list[tuple[str, str | None]], positions: set[int]
    ) -> Parsed:
        """The question with its two options taken out, to rank the facts either could be
        said of: "was not at the Tokyo talks" of "…, China or Japan?"."""
        without = copy.copy(parsed)
        without.entities = [
            link for link in parsed.entities if not positions & set(range(link.start, link.end))
        ]
        option_words = {parsed.words[i] for i in positions}
        option_terms = {term(word) for word in option_words}
        without.terms = [t for t in parsed.terms if t not in option_terms]
        without.span_terms = [t for t in parsed.span_terms if t not in option_terms]
        without.unknown = [w for w in parsed.unknown if w not in option_words]
        without.unknown_names = [w for w in parsed.unknown_names if w not in option_words]
        return without

    @staticmethod
    def _as_phrased(parsed: Parsed, word: str) -> str:
        """An option as the question put it: "heating up" with its particle, else the word."""
        words = parsed.words
        at = words.index(word) if word in words else -1
        if 0 <= at < len(words) - 1 and words[at + 1] in _PARTICLES:
            return f"{word} {words[at + 1]}"
        return word

    def _neither_said(
        self,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        suggestions: tuple[str, ...] | None = None,
    ) -> Answer:
        """An either-or the article does not settle: which of the two it does not say."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say which of the two.",
            context,
            parsed=parsed,
            ranked=ranked,
            notes=tuple(notes),
            suggestions=suggestions,
        )

    def _either_pair(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Is BECA a US-Japan or US-India agreement?": the pair of countries whose both
        sides the fact involves, not the one country the two options share."""
        pairs = self._pair_options(parsed)
        if pairs is None:
            return None
        positions = {link.start for pair in pairs for link in pair}
        without = copy.copy(parsed)
        without.entities = [link for link in parsed.entities if link.start not in positions]
        said = {parsed.words[at] for at in positions}
        without.span_terms = [
            t for t in parsed.span_terms if not set(t.split("-")) & {term(w) for w in said}
        ]
        ranked = self._rank(without)
        complete = [r for r in ranked[:5] if not r.missing]
        if not complete or complete[0].score < self.threshold:
            return None
        best = complete[0]
        compounds = [self._compound(parsed, pair) for pair in pairs]
        # Only a fact that writes some pair as one word ("U.S.-China") tells pairs apart
        # by it; the BECA's sentence, with none, is about the pair it involves.
        by_compound = any(c in parsed.span_terms and c in best.entry.bag for c in compounds)
        held = [
            pair
            for pair, compound in zip(pairs, compounds, strict=True)
            if all(link.entity in best.entry.involved for link in pair)
            and (not by_compound or compound in best.entry.bag)
        ]
        if len(held) == 2 and QUALITY_COMPARED.search(parsed.text):
            # "Which is deteriorating faster, US-China or India-China relations?": the
            # article says both are, never which is more so.
            return self._neither_said(parsed, context, ranked, notes)
        if len(held) == 2:
            # "Are US-China or India-China relations deteriorating?": both are.
            return self._verdict("Both", best, min(0.9, best.score), parsed, context, ranked, notes)
        if len(held) != 1:
            return self._neither_said(parsed, context, ranked, notes)
        names = [self.factbase.entities[link.entity].name for link in held[0]]
        listed = f"{', '.join(names[:-1])} and {names[-1]}"
        name = listed[:1].upper() + listed[1:]
        return self._verdict(name, best, min(0.9, best.score), parsed, context, ranked, notes)

    @staticmethod
    def _compound(parsed: Parsed, pair: tuple[Linked, ...]) -> str:
        """The pair as one word, as the question may write it: "usa-china" of "US-China".
        The sentence on U.S.-China and India-China ties involves India too, but says
        nothing of U.S.-India ties ("which is worse, US-India or US-China relations?")."""
        return "-".join(term(parsed.words[link.start]) for link in pair)

    def _pair_options(self, parsed: Parsed) -> list[tuple[Linked, ...]] | None:
        """The two groups of countries of "US-Japan or US-India", "the US and India or the
        US and Japan", or None when an option is not two or more countries."""
        words = parsed.words
        if "or" not in words[1:-1]:
            return None
        at = words.index("or", 1)
        spans: dict[tuple[int, int], list[Linked]] = {}
        for link in parsed.entities:
            if link.start >= 0:
                spans.setdefault((link.start, link.end), []).append(link)
        countries = {
            span: links
            for span, links in spans.items()
            if all(self._kind(link.entity) == "country" for link in links)
        }
        first = self._country_run(words, countries, at, -1)
        second = self._country_run(words, countries, at + 1, 1)
        if len(first) < 2 or len(second) < 2:
            return None
        if {link.entity for link in first} == {link.entity for link in second}:
            return None
        return [tuple(first), tuple(second)]

    @staticmethod
    def _country_run(
        words: list[str], countries: dict[tuple[int, int], list[Linked]], edge: int, step: int
    ) -> list[Linked]:
        """The countries named one after another from the edge (a word boundary) on, back
        or forth as `step` says, with only "and" or "the" between them ("the US and
        India")."""
        ends = {end: (start, links) for (start, end), links in countries.items()}
        starts = {start: (end, links) for (start, end), links in countries.items()}
        run: list[Linked] = []
        at = edge
        while step < 0 and at > 0:
            if at in ends:
                at, links = ends[at]
                run = links + run
            elif words[at - 1] in ("and", "the"):
                at -= 1
            else:
                break
        while step > 0 and at < len(words):
            if at in starts:
                at, links = starts[at]
                run = run + links
            elif words[at] in ("and", "the"):
                at += 1
            else:
                break
        return run

    def _which_person_titled(
        self,
        parsed: Parsed,
        options: list[tuple[str, str | None]],
        positions: set[int],
        context: Context,
        notes: list[str],
    ) -> Answer | None:
        """ "Who is the Secretary of Defense, Esper or Pompeo?": the one of the two whom the
        rest of the question names by his title."""
        people = {e for _, e in options if e is not None and self._kind(e) == "person"}
        if len(people) != 2:
            return None
        titled = {
            link.entity
            for link in parsed.entities
            if link.start >= 0 and not positions & set(range(link.start, link.end))
        }
        # "Secretary of Defense Esper or Pompeo": the title may run into the first name.
        said = f" {' '.join(parsed.words)} "
        titled |= {
            owner
            for key, owner in self.index.aliases.items()
            if owner in people
            and len(key) >= 2
            and not any(
                len(k) == 1 and k[0] in key for k, o in self.index.aliases.items() if o == owner
            )
            and f" {' '.join(key)} " in said
        }
        if len(titled & people) != 1 or titled - people:
            return None
        (person,) = titled & people
        return self._named_with_identity(
            person, parsed, context, [*notes, "the one the question names by his title"]
        )

    def _which_person_from(
        self,
        parsed: Parsed,
        options: list[tuple[str, str | None]],
        context: Context,
        notes: list[str],
    ) -> Answer | None:
        """ "Which of the two ministers is Indian, Esper or Singh?", "which of them is from the
        State Department, Begin or Esper?": the one whose own identity puts him in the
        country or body the question names (not Esper, of the Defense Department)."""
        people = [e for _, e in options if e is not None and self._kind(e) == "person"]
        if len(people) != 2 or not {"which", "who"} & set(parsed.words):
            return None
        bodies = {e for e in parsed.entity_ids if self._kind(e) == "country"} - set(people)
        bodies |= self._belonged_to(parsed)
        if _DIPLOMAT_WORDS & set(parsed.words) and _JUDGING.isdisjoint(parsed.words):
            # "Which of them is the diplomat, Begin or Esper?": the one of the State
            # Department, as the article's titles have it (Deputy Secretary of State).
            bodies.add(_DIPLOMATS_BODY)
        if len(bodies) != 1 or parsed.unknown or parsed.unknown_names:
            return None
        (body,) = bodies
        fits = [p for p in people if body in self.index.part_of.get(p, ())]
        if len(fits) != 1:
            return None
        return self._named_with_identity(fits[0], parsed, context, notes)

    def _belonged_to(self, parsed: Parsed) -> set[str]:
        """The organisations the question has someone be from or work at: "…from the State
        Department", "…works at the Pentagon"; not where something was done ("…gave the
        press conference at the State Department")."""
        words = parsed.words
        return {
            link.entity
            for link in parsed.entities
            if link.start >= 1
            and self._kind(link.entity) == "organisation"
            and (
                words[link.start - 1] == "from"
                or (
                    link.start >= 2
                    and words[link.start - 1] == "the"
                    and words[link.start - 2] == "from"
                )
                or any(w in _WORKS for w in words[max(0, link.start - 3) : link.start])
            )
        }

    def _named_with_identity(
        self, person: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Rajnath Singh. Rajnath Singh is India's Defense Minister.": the one a question
        picks out, named, with who the article says he is."""
        identity = self._identity_of(person)
        if identity is None:
            return None
        return self._direct(
            text=f"{self.factbase.entities[person].name}. {identity.statement}",
            facts=[identity],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[person],
        )

    def _counted_after(self, parsed: Parsed, number: str) -> frozenset[str] | None:
        """The stems of what a number counts in the question ("dialogu" in "two such 2+2
        dialogues"), the words no fact counts set aside. When it counts an event by one of
        its names ("three 2+2 meetings", "two 2+2s"), every name's noun is that event's:
        the article's "three such dialogues" counts the same 2+2s."""
        at_number = _free_at(parsed, number)
        if number not in NUMBER_WORDS or at_number is None:
            return None
        start = at_number + 1
        after = [
            at for at in range(start, len(parsed.words)) if parsed.words[at] not in COUNT_FILLERS
        ]
        for at in after[:1]:
            event = next(
                (
                    link.entity
                    for link in parsed.entities
                    if link.start <= at < link.end and self._kind(link.entity) == "event"
                ),
                None,
            )
            if event is not None:
                return self._event_nouns(event)
        words = [parsed.words[at] for at in after[:2] if parsed.words[at] != "2plus2"]
        # "Are the three strands of military cooperation…?": the article's "three areas",
        # a strand being an area.
        return frozenset({stem(words[0]), term(words[0])}) if words else None

    def _event_nouns(self, event: str) -> frozenset[str]:
        """The stems of the nouns an event's names end in ("dialogu", "meet", "talk" for the
        2+2): the words a count of that event may use."""
        entity = self.factbase.entities[event]
        nouns = set()
        for name in (*entity.aliases, *entity.maintainer_aliases):
            last = normalise(name).split()[-1:]
            if last and last[0].isalpha() and last[0] not in NUMBER_WORDS:
                nouns.add(stem(last[0]))
        return frozenset(nouns)

    def _counts(self, entry: FactEntry, parsed: Parsed, number: str) -> bool:
        """The fact counts what follows the number in the question ("five 2+2 dialogues")."""
        at_number = _free_at(parsed, number)
        if at_number is None:
            return True
        after = [w for w in parsed.words[at_number + 1 :] if w not in COUNT_FILLERS]
        if not after:
            return True
        counted = term(after[0])  # "five such dialogues", "five of these meetings"
        return (
            counted in entry.answer_terms.get("how_many", frozenset())
            or counted in entry.statement_terms
            or counted in entry.predicate
        )

    def _pinned_first(self, parsed: Parsed, ranked: list[Scored]) -> list[Scored]:
        """The fact a follow-up points back to ("Was Japan in it?" after the 2+2) first, or
        a fact about its same event that names the one asked. Else it stands, missing whom
        it does not name: a fact that merely names the one asked ("Begin is the Deputy
        Secretary") puts him in nothing, and is no yes."""
        pin = parsed.followup_fact
        entry = self.index.by_id.get(pin or "")
        if entry is None:
            return ranked
        first = [r for r in ranked if r.entry is entry]
        rest = [r for r in ranked if r.entry is not entry]
        if first and not first[0].missing:
            return first + rest
        about = [r for r in rest if not r.missing and self._about_pinned(r.entry, parsed)]
        missing = tuple(e for e in parsed.entity_ids if e not in entry.involved)
        pinned = first or [Scored(entry, 1.0, missing, True)]
        # Its event's other facts, which may list all who took part ("the U.S. and India").
        others = [
            Scored(e, 0.5, tuple(a for a in parsed.entity_ids if a not in e.involved), True)
            for e in self.index.by_id.values()
            if e is not entry
            and self._about_pinned(e, parsed)
            and all(r.entry is not e for r in about)
        ]
        return [*about, *pinned, *(r for r in others if r.missing)]

    def _about_pinned(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The fact is about the event a follow-up points back to (the 2+2's count of
        dialogues, of "it" after what the 2+2 is)."""
        pinned = self.index.by_id.get(parsed.followup_fact or "")
        if pinned is None:
            return False
        if entry is pinned:
            return True
        events = {e for e in pinned.central if self._kind(e) in ("event", "agreement")}
        return not events.isdisjoint(entry.central)

    def _parties_checked(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Were the Tokyo talks bilateral?", "…a three-way meeting?": a number of parties
        put on an event the question names, against the count of countries the article
        gives it ("four countries"); None when it gives that event none."""
        events = [
            (link.entity, link.end)
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) == "event"
        ]
        events += self._events_named_by_place(parsed)
        claimed = None
        for at, word in enumerate(parsed.words):
            if not any(end <= at for _, end in events):
                continue  # "bilateral trade at the Tokyo talks" puts nothing on the talks
            if word in _PARTIES_SAID:
                claimed = _PARTIES_SAID[word]
            elif word in COUNT_WORDS and (
                not _PARTY_NOUNS.isdisjoint(parsed.words[at + 1 : at + 2])
                or self._countries_counted_by_verb(parsed.words, at)
            ):
                claimed = word
        if claimed is None:
            return None
        event = events[0][0]
        for entry in self.index.by_id.values():
            count = entry.fact.roles.get("how_many")
            if event not in entry.involved or count is None:
                continue
            said = normalise(count.answer).split()
            if leading_count(count.answer) is None or [stem(w) for w in said[1:2]] != [_COUNTRY]:
                continue
            scored = Scored(entry, 1.0, (), True)
            # "Did the Tokyo talks involve four countries?": yes, with the count's quote.
            verdict = "Yes" if said[0] == claimed else "No"
            lead = f"{said_as(verdict, parsed)}. {count.answer}."
            ranked = [scored]
            return self._stated(lead, scored, 0.9, parsed, context, ranked, notes, count)
        return None

    def _countries_counted_by_verb(self, words: list[str], at: int) -> bool:
        """ "Did the Tokyo talks involve five countries?": a count of countries an event is
        said to have, after a verb that gives it them (not "the two countries", which
        names the U.S. and India)."""
        counted = words[at + 1 : at + 2] in (["countries"], ["nations"], ["parties"])
        return counted and at > 0 and words[at - 1] in _HAVING_VERBS

    def _events_named_by_place(self, parsed: Parsed) -> list[tuple[str, int]]:
        """ "Were the talks in Tokyo bilateral?": talks named by where they were held, as
        the events of the facts that place them there, each with the end of the place's
        name (the words that can put a number of parties on it come after)."""
        words = parsed.words
        found: list[tuple[str, int]] = []
        for link in parsed.entities:
            before = words[max(0, link.start - 2) : link.start]
            if len(before) < 2 or before[0] not in _HELD_EVENT_NOUNS or before[1] not in _AT:
                continue
            for position in self.index.entity_postings.get(link.entity, ()):
                fact = self.index.entries[position].fact
                where = fact.roles.get("where")
                if where is None or link.entity not in where.entities:
                    continue
                found += [
                    (e, link.end)
                    for e in self.index.entries[position].involved
                    if self._kind(e) == "event"
                ]
        return found

    def _other_reason_claimed(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Is it true that the reason for expanding information sharing is to counter
        terrorism?", "did they expand information sharing to fight piracy?": a reason the
        article never mentions, put on an act it gives its own reason for ("to address
        pressing global security challenges"). None unless every word the article does not
        know is in the claimed reason, and the reason shares no word with the article's."""
        at = _reason_claimed_at(parsed.words, set(parsed.unknown))
        if at is None or parsed.negated or parsed.asks_speech:
            return None  # "did Pompeo say … to thwart terrorism?": his words, not a reason
        clause = {term(w) for w in parsed.words[at:] if w not in STOPWORDS}
        # "to counter terrorism": the thing countered is the reason's, the verb may be the
        # article's own ("address").
        verb = 1 if parsed.words[at - 1] == "to" and len(parsed.words) > at + 1 else 0
        claimed = [w for w in parsed.words[at + verb :] if w not in STOPWORDS]
        act = copy.copy(parsed)
        act.terms = [t for t in parsed.terms if t not in clause]
        act.unknown = []
        ranked = self._rank(act)
        for scored in ranked[:2]:
            why = scored.entry.fact.roles.get("why")
            if why is None or not normalise(why.answer).startswith("to "):
                continue  # "ahead of the 2+2" places the meeting; it gives no reason
            if scored.missing or scored.score < YESNO_THRESHOLD or scored.entry.fact.negative:
                continue
            if "one of the" in normalise(scored.entry.fact.quote.text):
                return None  # "one of the purposes": there may be others
            given = {term(w) for w in normalise(why.answer).split()}
            if not given.isdisjoint(term(w) for w in claimed):
                return None  # "to address security threats": the article's reason, in part
            # "climate change": from the first word the article does not know.
            first = next((i for i, w in enumerate(claimed) if w in parsed.unknown), 0)
            unsaid = " ".join(claimed[first:])
            text = (
                f"{said_as('No', parsed)}: the reason the article gives is "
                f"{why.answer[0].lower()}{why.answer[1:]}; it doesn't mention {unsaid}."
            )
            return self._answered(
                text=text,
                facts=[scored.entry.fact],
                role=why,
                confidence=min(0.85, scored.score),
                parsed=parsed,
                context=context,
                ranked=ranked,
                notes=notes,
            )
        return None

    def _opposite_said(self, parsed: Parsed) -> tuple[Scored, list[Scored]] | None:
        """The fact that says the opposite of what the question asks happened: "did they
        criticise the relationship?" and they praised it."""
        if parsed.negated:
            return None
        return self._opposite_word_said(parsed) or self._named_unmentioned(parsed)

    @staticmethod
    def _opposite_of_anything(parsed: Parsed) -> bool:
        """ "Did they criticise anything?", "did the two men condemn anyone?": a word the
        article says only the opposite of, asked of anything at all."""
        return (
            not parsed.negated
            and not OPPOSITES.keys().isdisjoint(parsed.words)
            and _FAILURE_WORDS.isdisjoint(parsed.words)
            and not {*_ANY_ONE, "any"}.isdisjoint(parsed.words)
        )

    def _named_unmentioned(self, parsed: Parsed) -> tuple[Scored, list[Scored]] | None:
        """ "Did the DOD statement slam China by name?", "why did they condemn China in
        their statement?": the article says the statement does not mention China, so it
        did nothing to China by name."""
        naming = {w for w in parsed.words if w in NAMING_WORDS}
        if not naming or "statement" not in parsed.words:
            return None
        mention = term("mention")
        flipped = copy.copy(parsed)
        dropped = {term(w) for w in naming} | {"name"}
        flipped.terms = [t for t in parsed.terms if t not in dropped] + [mention]
        # "…the two defense chiefs … in their statement": what the statement names, not who
        # is said to have made it.
        flipped.entities = [k for k in parsed.entities if self._kind(k.entity) != "person"]
        flipped.unknown = [w for w in parsed.unknown if w not in naming]
        flipped.unknown_names = [w for w in parsed.unknown_names if w not in naming]
        if flipped.unknown or flipped.unknown_names:
            return None  # something else the article does not know is asked too
        # China, or what belongs to it ("China's Communist Party"): named, it names China.
        # Only what is named after the verb: the DOD before "slammed" is who made it.
        verb = min(i for i, w in enumerate(parsed.words) if w in naming)
        named = {
            within
            for k in parsed.entities
            if k.start > verb and self._kind(k.entity) in ("country", "organisation")
            for within in (k.entity, *self.index.part_of.get(k.entity, ()))
        }
        ranked = self._rank(flipped)
        for scored in ranked[:3]:
            fact = scored.entry.fact
            if not fact.negative or mention not in scored.entry.bag:
                continue
            if scored.score < YESNO_THRESHOLD * 0.5 or named.isdisjoint(scored.entry.involved):
                continue
            return scored, ranked
        return None

    def _opposite_word_said(self, parsed: Parsed) -> tuple[Scored, list[Scored]] | None:
        """The fact that says the opposite word happened ("criticise": "praise")."""
        at = next((i for i, w in enumerate(parsed.words) if w in OPPOSITES), None)
        if at is None:
            return self._negated_word_said(parsed)
        word = parsed.words[at]
        if word not in _FAILURE_WORDS and not {*_ANY_ONE, "any"}.isdisjoint(parsed.words):
            # "Did the two men disagree on anything?": what they agreed on leaves open
            # whatever else they may have differed on ("did they fail to agree on anything?"
            # is still a No: they agreed on one thing).
            return None
        found = [self._opposite_as(parsed, word, said) for said in OPPOSITES[word]]
        # Of the article's words, the one a fact fits best: "reject the agreement" is
        # answered by the agreement, not by what else was welcomed; "agree to cut back
        # defence trade" by the trade's enhancement, which names the trade, not by the
        # strengthened engagement on logistics, which scores higher on the two sides.
        return max(
            (f for f in found if f is not None),
            key=lambda f: (self._fact_has_the_rest(parsed, word, f[0]), f[0].score),
            default=None,
        )

    @staticmethod
    def _fact_has_the_rest(parsed: Parsed, word: str, scored: Scored) -> bool:
        """The fact has every content word of the question but the one turned round."""
        return all(t in scored.entry.bag for t in parsed.terms if t != term(word))

    def _negated_word_said(self, parsed: Parsed) -> tuple[Scored, list[Scored]] | None:
        """ "Did they agree on enhancing insecure communications?", "…the most insignificant
        relationships?": the article says the word the prefix negates ("secure")."""
        for word in parsed.words:
            if word in self.index.vocabulary:
                continue
            base = negated_base(word, self.index)
            if base is not None:
                return self._opposite_as(parsed, word, base)
        return None

    def _opposite_as(
        self, parsed: Parsed, word: str, opposite: str
    ) -> tuple[Scored, list[Scored]] | None:
        """The fact that says `opposite` happened, with the question's `word` read as it."""
        said = term(opposite)
        flipped = copy.copy(parsed)
        flipped.terms = [t for t in parsed.terms if t != term(word)] + [said]
        if word in _FAILURE_WORDS:
            failed = _events_failing(parsed.words, word)
            flipped.terms = [t for t in flipped.terms if t not in failed]
        flipped.unknown = [w for w in parsed.unknown if w != word]
        flipped.unknown_names = [w for w in parsed.unknown_names if w != word]
        if flipped.unknown or flipped.unknown_names:
            return None  # something else the article does not know is asked too
        ranked = self._rank(flipped)
        for scored in ranked[:3]:
            if scored.missing or scored.score < YESNO_THRESHOLD or scored.entry.fact.negative:
                continue
            if self._only_an_anchor(parsed, scored.entry.fact):
                continue  # "why was the 2+2 cancelled?": the meeting only came ahead of it
            if word in WEAK_WORDS and not self._described_named(parsed, word, scored):
                continue  # "is India weak?": the relationship's strength is not India's
            if not self._events_stated(flipped, said, scored.entry):
                # "Why did Pompeo skip the meeting?", "did Pompeo miss the meeting?": the
                # talks he took part in are no meeting the article has him at (only a
                # keyword calls them one).
                continue
            if said in scored.entry.bag:
                return scored, ranked
        return None

    @staticmethod
    def _described_named(parsed: Parsed, word: str, scored: Scored) -> bool:
        """The question names what the describing word is said of, as the fact does: "is
        the defense relationship weak?" names the relationship."""
        others = [t for t in parsed.terms if t != term(word) and t not in _CALLING_TERMS]
        return bool(others) and all(t in scored.entry.bag for t in others)

    @staticmethod
    def _events_stated(asked: Parsed, said: str, entry: FactEntry) -> bool:
        """Whether the fact's own statement names the kind of event asked ("the meeting",
        "the trip") beside the word turned round: one it only has as a keyword is another
        event, of which nothing was asked."""
        named = (set(asked.terms) & _EVENT_NOUN_TERMS) - {said}
        return named <= entry.statement_terms

    def _opposite_trend(self, parsed: Parsed) -> tuple[Scored, list[Scored]] | None:
        """ "Why are U.S.-India relations deteriorating?": they are heating up."""
        word = next((w for w in parsed.words if w in POLARITY), None)
        if word is None or parsed.negated:
            return None
        without = copy.copy(parsed)
        without.terms = [t for t in parsed.terms if t != term(word)]
        without.unknown = [w for w in parsed.unknown if w != word]
        if without.unknown or without.unknown_names:
            return None
        ranked = self._rank(without)
        asked = set(without.entity_ids) - without.excluded
        for scored in ranked[:3]:
            fact = scored.entry.fact
            if scored.missing or scored.score < YESNO_THRESHOLD:
                continue
            if not asked <= self.index.entities_in(trend_text(fact)):
                continue  # "India-China relations" are not the U.S.-India ones
            said = verdict(word, fact)
            if said is not None:
                return (scored, ranked) if not said else None
        return None

    def _was_it_who(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Was it Esper who spoke about thwarting China's Communist Party?": whether the
        one the article says did it is the one named."""
        match = WAS_IT_WHO.match(parsed.text)
        if match is None or not _ONLY_WORDS.isdisjoint(parsed.words):
            return None  # "was it just Esper who…?" asks whether no one else did
        before = len(parsed.text[: match.start("who")].split())  # "was it", "true or false it was"
        # "According to the DoD statement, was it…": the source named first is not the doer.
        lead = len((match["lead"] or "").split())
        named = [
            link.entity
            for link in parsed.entities
            if link.start >= lead and link.end <= len(match["who"].split()) + before
        ]
        if len(set(named)) != 1:
            return None
        asked = parse(f"who {match['rest']}", self.index)
        if parsed.asks_speech:
            # "…who talked about free nations…": the filler "talked about" is read away, yet
            # it asks whose words they were.
            asked.asks_speech = True
        back = self._said_back(match["rest"], context)
        if back is None and _points_back(match["rest"]):
            # "Was it Singh who said that?" with nothing said before: that is nothing.
            return self._not_found(parsed, context, [], notes)
        if back is None and (place := self._trip_place(asked)) is not None:
            return self._visitor_named(named[0], place, asked, parsed, context, notes)
        ranked = [back] if back is not None else self._rank(asked)
        if not ranked or ranked[0].missing or ranked[0].score < YESNO_THRESHOLD:
            return None
        # Every fact as good as the best has its say: Esper and Begin both visited New Delhi.
        tied = [r for r in ranked if not r.missing and r.score >= ranked[0].score - 0.05]
        others: list[Scored] = []
        for scored in tied:
            doers = self._doers_of(scored.entry, asked)
            if doers is None:
                continue
            # The one named, or a body or country the doer belongs to ("was it the U.S.…").
            if any(self._covers(named[0], e) for e in doers):
                return self._verdict(
                    "Yes", scored, min(0.9, scored.score), parsed, context, ranked, notes
                )
            others.append(scored)
        # "No" only where the article gives the one who said it: words have one speaker,
        # while others may have visited or met without the article saying so.
        spoken = asked.asks_speech or not SAYING_TERMS.isdisjoint(asked.terms)
        if len({self._doers_of(o.entry, asked) for o in others}) == 1:
            others = others[:1]  # the meeting and the praise at it: the same one did both
        # Words told in several facts (Pompeo's remark, and what it names) are one speaker's.
        speakers = {self._doers_of(t.entry, asked) for t in tied}
        if len(others) != 1 or (spoken and len(speakers) != 1):
            return None
        best = others[0]
        unnamed = self._unnamed_among(named[0], self._doers_of(best.entry, asked) or ())
        if unnamed is not None:
            # "Did Esper call the ties one of the most significant…?": unnamed U.S. officials
            # did, and he may be one of them; no "no" for that.
            person = self.factbase.entities[named[0]].name
            said = (
                f"The article does not say it was {person}; it says only that {unnamed} did, "
                "without naming them."
            )
            return self._stated(said, best, min(0.8, best.score), parsed, context, ranked, notes)
        # A meeting has its two sides: "was it Pompeo who met Singh?" is answered by who met
        # him, as words are by who said them.
        met = best.entry.fact.roles.get("with_whom")
        # Nor does it by who joined someone, but the article names who did.
        beside = bool(self._fellow_doers(best.entry, asked))
        if (
            not spoken
            and not beside
            and (met is None or not set(met.entities) & set(asked.entity_ids))
        ):
            return None
        speakers_named = self._speakers_named(best.entry, asked) if spoken else None
        if speakers_named is not None:
            # "A student wrote that Singh said 'pressing global security challenges'. Is that
            # right?": No, and whose words the article says they are.
            entity = self.factbase.entities[named[0]]
            # "…not Rajnath Singh", but not "not India" for "Indian officials"
            instead = f", not {entity.name}" if entity.kind == "person" else ""
            refuted = said_as("No", parsed)
            correction = f"{refuted}. The article gives those words to {speakers_named}{instead}:"
            return self._stated(
                correction, best, min(0.9, best.score), parsed, context, ranked, notes
            )
        return self._verdict("No", best, min(0.9, best.score), parsed, context, ranked, notes)

    def _visitor_named(
        self,
        named: str,
        place: str,
        asked: Parsed,
        parsed: Parsed,
        context: Context,
        notes: list[str],
    ) -> Answer:
        """ "Was it Esper who went to India?": Yes from his own trip there (the meeting in New
        Delhi), not from the Tokyo talks India merely took part in; "was it Pompeo who went
        to India?": the article has him going to South Asia, not to India, so it does not say."""
        ranked = self._rank(asked)
        for scored in ranked:
            who = self._traveller_role(scored.entry, place)
            if who is not None and any(self._covers(named, e) for e in who.entities):
                confidence = min(0.9, max(scored.score, YESNO_THRESHOLD))
                return self._verdict("Yes", scored, confidence, parsed, context, ranked, notes)
        return self._not_found(parsed, context, ranked, notes)

    def _trip_place(self, asked: Parsed) -> str | None:
        """The one place or country a "who went to X?" asks about, if it asks nothing else."""
        if not asked.terms or not self._travel_terms.issuperset(asked.terms):
            return None
        places = [e for e in asked.entity_ids if self._kind(e) in _PLACE_KINDS]
        return places[0] if len(set(places)) == 1 else None

    def _traveller_role(self, entry: FactEntry, place: str) -> Role | None:
        """The people the fact has going to the place or to a city in it ("Begin also
        recently visited New Delhi"), or None; "the U.S. and India reached…" during the
        visit are no travellers."""
        where, who = entry.fact.roles.get("where"), entry.fact.roles.get("who")
        if (
            where is None
            or who is None
            or not who.entities
            or VISIT_TERM not in entry.predicate
            or any(self._kind(e) != "person" for e in who.entities)
            or not any(e == place or self._covers(place, e) for e in where.entities)
        ):
            return None
        return who

    def _speakers_named(self, entry: FactEntry, asked: Parsed) -> str | None:
        """The names of those the article says said what the fact reports ("the U.S.
        Department of Defense"), or None when it names no one."""
        doers = self._doers_of(entry, asked)
        if not doers:
            return None
        names = []
        for doer in doers:
            entity = self.factbase.entities[doer]
            # "the U.S. Department of Defense", but "Secretary Pompeo"
            article = (
                "the "
                if entity.kind == "organisation" and not entity.name.startswith("the ")
                else ""
            )
            names.append(f"{article}{entity.name}")
        return " and ".join(names)

    def _said_back(self, rest: str, context: Context) -> Scored | None:
        """ "(Was it Singh who) said that?": the words the last answer was about, whose
        speaker the article gives."""
        if not _points_back(rest):
            return None
        entry = self.index.by_id.get(context.fact_id or "")
        return Scored(entry, 1.0, (), True) if entry is not None else None

    def _unnamed_among(self, named: str, doers: tuple[str, ...]) -> str | None:
        """The name of a group of doers the article leaves unnamed (gives no members of)
        who belong where the one named does: "U.S. government officials" for Esper."""
        own = set(self.factbase.entities[named].part_of)
        for doer in doers:
            group = self.factbase.entities[doer]
            if group.kind == "group" and not group.members and own & set(group.part_of):
                return group.name
        return None

    def _said_by_named(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did Pompeo describe the relationship as one of the most significant of the 21st
        century?": whose words those are, as "was it Pompeo who described…?" asks. Only for
        words the article quotes closely (three of them or more), not "did Esper mention
        China?", which no quote answers."""
        said = DID_SAY.match(parsed.text) or SAID_CLAIMED.match(parsed.text)
        if said is not None:
            who, verb, rest = said["who"], said["verb"], said["rest"]
        else:
            # "The 'world's two largest democracies' bit was Pompeo?": his words, asked.
            given = WORDS_GIVEN_TO.match(parsed.text) or WORDS_CAME_FROM.match(parsed.text)
            if given is None:
                return None
            who, verb, rest = given["who"], "said", given["rest"]
        content = [w for w in rest.split() if w not in STOPWORDS and w not in NEUTRAL]
        ranking = len(content) < 3 and _RANKING_DESCRIPTION.search(rest) is not None
        if len(content) < 3 and not ranking:
            return None
        asked = parse(f"was it {who} who {verb} {rest}", self.index)
        answer = self._was_it_who(asked, context, notes)
        if ranking and answer is not None and not self._describes_all(answer, rest):
            return None  # "did Esper say the agreement was the most important?": no one did
        # Only someone else's words decide here; the speaker's own are checked word by word
        # on the general path ("the world's two oldest democracies?").
        return answer if answer is not None and not answer.text.startswith("Yes") else None

    def _no_without_the_day(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "esper met singh in mumbai last tuesday right": a claim with a day the article
        never gives and another wrong value, too much unknown to weigh at once. Either
        wrong value makes the whole claim false, so the claim without its day is weighed:
        its No ("…in New Delhi on Monday") answers the whole; anything else is left."""
        day = _UNKNOWN_DAY_SAID.search(parsed.text)
        if day is None or day["day"] not in parsed.unknown:
            return None
        rest = f"{parsed.text[: day.start()]}{parsed.text[day.end() :]}".strip()
        if len(rest.split()) < 3:
            return None
        answer = self._yesno_as_asked(parse(rest, self.index), context, notes)
        return None if answer.abstained or not answer.text.startswith("No.") else answer

    def _describes_all(self, answer: Answer, words: str) -> bool:
        """Whether the fact answered from says everything of `words` ("the ties were the
        most important": the relationship, ranked), not just the ranking ("the agreement
        was the most important")."""
        entry = self.index.by_id.get(answer.fact_ids[0]) if answer.fact_ids else None
        if entry is None:
            return False
        said = parse(words, self.index)
        return set(said.terms) <= entry.bag and set(said.entity_ids) <= entry.involved

    def _doers_of(self, entry: FactEntry, asked: Parsed) -> tuple[str, ...] | None:
        """Who did what the fact says (who said it, for words); the other side when the
        question names the doer ("was it Singh who met Esper?")."""
        source = self._sayers.get(entry.fact.id) if asked.asks_speech else None
        roles = (source or entry.fact).roles
        doers = roles.get("who")
        if doers is not None and set(doers.entities) & set(asked.entity_ids):
            # "Was it Begin who joined Pompeo at the Tokyo talks?": those the one named did
            # it with are asked about, as is the other side.
            partners = roles.get("with_whom")
            return (
                *self._fellow_doers(entry, asked),
                *(partners.entities if partners is not None else ()),
            ) or None
        return doers.entities if doers is not None and doers.entities else None

    def _fellow_doers(self, entry: FactEntry, asked: Parsed) -> tuple[str, ...]:
        """Those the fact has doing it beside one the question names: Esper, for "who
        joined Pompeo at the Tokyo talks?"; none when the question names none of them."""
        doers = entry.fact.roles.get("who")
        if doers is None or not set(doers.entities) & set(asked.entity_ids):
            return ()
        return tuple(e for e in doers.entities if e not in asked.entity_ids)

    def _source_check(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did the statement come from the State Department?": the body the article says
        issued it, against the one the question names."""
        if not (
            ISSUED_BY.search(parsed.text)
            or PRONOUN_ISSUED.search(parsed.text)
            or STATEMENT_OWNED.match(parsed.text)
        ):
            return None  # "did Singh put it out?" as well
        recalled = None if STATEMENT_TERM in parsed.terms else self._statement_recalled(parsed)
        # "Is the source a U.S. one?": the source the article names is the statement.
        owned = STATEMENT_OWNED.match(parsed.text) is not None or bool(
            SOURCE_ASKED.match(parsed.text)
        )
        if STATEMENT_TERM not in parsed.terms and recalled is None and not owned:
            return None
        parsed = self._source_as_statement(parsed)
        claimed = [
            link.entity
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) in _ISSUER_KINDS
        ]
        if len(claimed) > 1:
            # "Was the statement about the Esper-Singh meeting issued by the Indian
            # government?": the one named after "by" or "from" is the issuer asked about;
            # "Did the State Department issue the statement about…?": the subject.
            at = max((i for i, w in enumerate(parsed.words) if w in ("by", "from")), default=-1)
            subject = 2 if parsed.words[1:2] == ["the"] else 1
            claimed = [
                link.entity
                for link in parsed.entities
                if (link.start > at >= 0 or (at < 0 and link.start == subject))
                and self._kind(link.entity) in _ISSUER_KINDS
            ]
        if not claimed:
            return None
        without = parsed
        for entity in claimed:
            without = without_entity(without, entity)
        ranked = self._rank(without)
        sources = {fact.id for fact in self._sayers.values()}  # the facts that name a source
        # "India's Ministry of Defence" is none of the article's bodies, whatever it covers.
        foreign = self._foreign_body(parsed)
        for scored in [*recalled, *ranked[:8]] if recalled else ranked[:8]:
            who = scored.entry.fact.roles.get("who")
            if scored.missing or who is None or not who.entities or scored.score < 0.4:
                continue
            if scored.entry.fact.id not in sources:
                continue
            # The body named, or one it is part of ("the U.S."); not a person inside it.
            # "…by India's defence ministry": India and a ministry, both of which must be it.
            issued = not foreign and all(
                any(self._covers(c, e) for e in who.entities) for c in claimed
            )
            if not issued and OWN_STATEMENT.search(parsed.text):
                # "Did India issue its own statement?": the article doesn't say.
                return self._not_found(parsed, context, ranked, notes)
            if _dated(parsed) and "when" not in scored.entry.fact.roles:
                # "Was the DOD statement issued on Tuesday?": who issued it, but never when.
                return self._not_found(parsed, context, ranked, notes)

            return self._verdict(
                "Yes" if issued else "No", scored, 0.85, without, context, ranked, notes, who
            )
        return None

    @staticmethod
    def _source_as_statement(parsed: Parsed) -> Parsed:
        """ "Is the source a U.S. one?": ranked as asking of the statement, the article's
        only named source for the meeting; any other question as it is."""
        if STATEMENT_TERM in parsed.terms or "source" not in parsed.words:
            return parsed
        asked = copy.copy(parsed)
        asked.terms = [*parsed.terms, STATEMENT_TERM]
        return asked

    def _statement_owner_chosen(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Is the source an Indian government statement or a U.S. one?": the option the
        body that issued it belongs to (the U.S., for the Pentagon's statement)."""
        if " or " not in parsed.text or not STATEMENT_OWNED.match(parsed.text):
            return None
        options = [
            link
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) in _ISSUER_KINDS
        ]
        if len(options) != 2:
            return None
        without = self._source_as_statement(parsed)
        for link in options:
            without = without_entity(without, link.entity)
        ranked = self._rank(without)
        sources = {fact.id for fact in self._sayers.values()}
        for scored in ranked[:8]:
            who = scored.entry.fact.roles.get("who")
            if scored.entry.fact.id not in sources or who is None or not who.entities:
                continue
            held = [
                link for link in options if any(self._covers(link.entity, e) for e in who.entities)
            ]
            if len(held) != 1:
                return None
            written = self.factbase.entities[held[0].entity].name
            name = written[:1].upper() + written[1:]
            return self._verdict(name, scored, 0.85, without, context, ranked, notes, who)
        return None

    def _statement_recalled(self, parsed: Parsed) -> list[Scored] | None:
        """The statement the last answer gave the source of, when the question asks who
        issued "it" ("Who announced the BECA?" "Did Singh issue it?"); else None."""
        if PRONOUN_ISSUED.search(parsed.text) is None:
            return None
        entry = self.index.by_id.get(parsed.recent_fact or "")
        sources = {fact.id for fact in self._sayers.values()}
        if entry is None or entry.fact.id not in sources:
            return None
        return [Scored(entry, 1.0, (), True)]

    def _left_out_by(
        self, body: str, claim: Parsed, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """A No when the article says the body's statement does not mention what the claim
        names ("does not explicitly mention China"), with that sentence; else None."""
        named = {link.entity for link in claim.entities if link.start >= 0}
        for position in self.index.entity_postings.get(body, ()):
            entry = self.index.entries[position]
            fact = entry.fact
            if fact.negative and named & set(fact.entities) - {body}:
                best = Scored(entry, 1.0, (), True)
                return self._verdict("No", best, 0.85, parsed, context, [best], notes)
        return None

    def _body_quoted(
        self, body: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Does the article quote the DOD statement directly?", "…quote Pompeo directly?":
        Yes when it puts words of theirs in quotation marks (“pressing global security
        challenges”), with that sentence (the first got No with the statement's silence on
        China, the second no answer); else None."""
        articles = {
            self.index.entries[p].fact.quote.article
            for p in self.index.entity_postings.get(body, ())
        }
        quotations = self.index.quotations.by_article
        for quotation in (q for article in sorted(articles) for q in quotations.get(article, ())):
            speaker = quotation.speaker
            who = speaker.roles.get("who") if speaker is not None else None
            if who is not None and body in who.entities:
                return self._direct(
                    text=f"Yes. The article quotes “{quotation.text}”.",
                    facts=[quotation.fact],
                    confidence=0.85,
                    parsed=parsed,
                    context=context,
                    notes=notes,
                    about=[body],
                )
        return None

    def _words_quoted(self, person: str) -> bool:
        """Whether the article quotes words of this person's, or of a group's they belong
        to (the article's few quotations, not every fact)."""
        return self._quotation_of(person) is not None

    def _quotation_of(self, person: str) -> Quotation | None:
        """The first passage the article quotes as this person's (or their group's) words."""
        for quotations in self.index.quotations.by_article.values():
            for quotation in quotations:
                who = quotation.speaker.roles.get("who") if quotation.speaker else None
                speakers = {m for e in (who.entities if who else ()) for m in self.index.expand(e)}
                if person in speakers:
                    return quotation
        return None

    def _no_words_of_theirs(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Did the DOD statement quote Singh?": No when the one person named has no words
        of theirs quoted anywhere in the article; else None (whoever is quoted, the statement
        may not be where)."""
        named = [link.entity for link in parsed.entities if link.start >= 0]
        # The statement may be named too ("did the DOD statement quote Singh?"); the people
        # are asked of, each of them ("were Esper and Singh quoted in the readout?").
        people = list(dict.fromkeys(e for e in named if self._kind(e) == "person"))
        if not people or any(self._words_quoted(person) for person in people):
            return None
        entities = [self.factbase.entities[person] for person in people]
        identity = self._identity_of(entities[0].id)
        if identity is None:
            return None
        return self._quotes_none_of(entities, identity, parsed, context, notes)

    def _none_of_them_quoted(
        self, people: list[str], parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Were Esper and Singh quoted?": No when each is a person with no words of theirs
        quoted (it got Yes with the DOD statement's words); else None."""
        unquoted = [e for e in people if not self._words_quoted(e)]
        # "Were Singh and the DOD quoted?": a body asked of must be one the article quotes.
        if any(self._kind(e) != "person" for e in unquoted):
            return None
        if len(unquoted) < len(people):
            return self._only_some_quoted(people, unquoted, parsed, context, notes)
        identity = self._identity_of(people[0])
        if identity is None:
            return None
        entities = [self.factbase.entities[person] for person in people]
        return self._quotes_none_of(entities, identity, parsed, context, notes)

    def _only_some_quoted(
        self,
        people: list[str],
        unquoted: list[str],
        parsed: Parsed,
        context: Context,
        notes: list[str],
    ) -> Answer | None:
        """ "Were Esper and Pompeo quoted?": "Only Pompeo: …", with his quoted words and
        whose words the article does not quote (a bare Yes spoke for Esper too)."""
        if not unquoted:
            return None
        quoted = [e for e in people if e not in unquoted]
        quotation = self._quotation_of(quoted[0])
        if quotation is None:
            return None
        names = " and ".join(self.factbase.entities[e].name for e in quoted)
        missing = " or ".join(f"{self.factbase.entities[e].name}'s" for e in unquoted)
        return self._direct(
            text=f"Only {names}: the article quotes “{quotation.text}”; it quotes no words "
            f"of {missing}.",
            facts=[quotation.fact],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=notes,
            about=people,
        )

    def _quotes_none_of(
        self,
        entities: list[Entity],
        identity: Fact,
        parsed: Parsed,
        context: Context,
        notes: list[str],
    ) -> Answer:
        """ "No. The article quotes no words of Rajnath Singh's…", cited by who he is (the
        first named, when several are asked of)."""
        names = " or ".join(f"{entity.name}'s" for entity in entities)
        said_of = " and ".join(entity.name for entity in entities)
        return self._direct(
            text=f"No. The article quotes no words of {names}; what it says of "
            f"{said_of} is in its own words.",
            facts=[identity],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id for entity in entities],
        )

    def _source_of_words(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Is the Defense Department the source of the phrase 'pressing global security
        challenges'?", "Does the article quote Esper directly?": whose words they are."""
        if QUOTES_WHOM.match(parsed.text) is not None:
            said = self._quoted_whom(parsed, context, notes)
            # "Esper wasn't quoted?" turns; "Singh was not quoted, and Esper was?" negates
            # one of two, which the joined claims' reading weighs half by half.
            return _turned_if_denied(said, parsed) if len(parsed.entities) == 1 else said
        return self._source_named(parsed, context, notes)

    def _quoted_whom(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Was Singh quoted?": No, the article quotes no words of his; "was Pompeo
        quoted?": Yes, with his words."""
        # Named, else meant ("who did Esper meet?" "is he quoted directly?": Singh).
        people = [link.entity for link in parsed.entities if link.start >= 0] or [
            link.entity for link in parsed.entities
        ]
        if len(people) > 1:
            return self._none_of_them_quoted(people, parsed, context, notes)
        if len(people) != 1:
            return None
        marked = self._body_quoted(people[0], parsed, context, notes)
        if marked is not None or self._kind(people[0]) != "person":
            return marked
        entity = self.factbase.entities[people[0]]
        quoting = self._first_quote_of_speaker.get(entity.id)
        if quoting is not None:
            best = Scored(quoting, 1.0, (), True)
            return self._verdict("Yes", best, 0.85, parsed, context, [], notes)
        identity = self._identity_of(entity.id)
        if identity is None:
            return None
        return self._quotes_none_of([entity], identity, parsed, context, notes)

    def _source_named(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did the DOD statement quote Singh?", "is the Defense Department the source of
        the phrase …?": whose words they are."""
        if REPORT_QUOTES_WHOM.match(parsed.text) is not None:
            return self._no_words_of_theirs(parsed, context, notes)
        source = next((m for m in (p.match(parsed.text) for p in SOURCE_PATTERNS) if m), None)
        if source is None:
            return None
        named = parse(source["who"], self.index)
        claimed = [link.entity for link in named.entities if link.start >= 0]
        if len(claimed) != 1:
            return None
        if source.re.pattern == SOURCE_PATTERNS[-1].pattern:
            # "Did the DOD statement say U.S.-China relations were deteriorating?": only what
            # the article says the statement left out is a no; anything else it may have said.
            return self._left_out_by(
                claimed[0], parse(source["what"], self.index), parsed, context, notes
            )
        ranked = self._clearly_ranked(parse(source["what"], self.index))
        if not ranked:
            return None
        best = ranked[0]
        sayer = self._sayers.get(best.entry.fact.id)
        who = sayer.roles.get("who") if sayer is not None else best.entry.fact.roles.get("who")
        speech = not best.entry.predicate.isdisjoint(SPEECH_TERMS | SAID_IN_WORDS)
        if sayer is None and not speech:
            # "Is the claim that the partnership aims at China attributed to the statement?":
            # the article makes it itself, without a source.
            if self._said_by_among(
                claimed[0], [r for r in ranked[1:5] if r.score >= best.score - 0.1]
            ):
                # "Is the China threat attributed to Pompeo?": he spoke of the threat posed
                # by China's Communist Party, which the question may mean as well.
                return None
            verdict = said_as("No", parsed)
            left_out = self._left_out_of_source(claimed[0], named_in=parsed)
            return self._direct(
                text=f"{verdict}. The article says it itself, without giving a source."
                + (f" {left_out.fact.statement}" if left_out is not None else ""),
                facts=[best.entry.fact, *([left_out.fact] if left_out is not None else [])],
                confidence=0.8,
                parsed=parsed,
                context=context,
                notes=notes,
            )
        if who is None or not who.entities:
            return None
        said = any(self._covers(claimed[0], e) for e in who.entities)
        verdict = said_as("Yes" if said else "No", parsed)
        given = "the " + who.answer[4:] if who.answer.startswith("The ") else who.answer
        return self._direct(
            text=f"{verdict}. The source the article gives: {given}.",
            facts=[best.entry.fact, *([sayer] if sayer is not None else [])],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _which_title(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Is Begin a Deputy Secretary of State or a Deputy Secretary of Defense?", "Is
        Esper the Secretary of Defense or of State?": the title the person's own identity
        gives, in so many words, if exactly one of the two."""
        if parsed.words[:1] not in (["is"], ["was"]):
            return None
        people = [link for link in parsed.entities if link.start == 1]
        if len(people) != 1 or self._kind(people[0].entity) != "person":
            return None
        match = TITLE_EITHER.match(" ".join(parsed.words[people[0].end :]))
        if match is None:
            return None
        person = self.factbase.entities[people[0].entity]
        entry = self.index.by_id.get(person.identity_fact or "")
        if entry is None:
            return None
        first, second = match["a"].split(), match["b"].split()
        if len(second) < len(first):
            # "deputy secretary of state or defense", "…of defense or of state": the
            # second option shares the first one's start.
            second = first[: len(first) - len(second)] + second
        said = f" {normalise(entry.fact.statement)} "
        options = (" ".join(first), " ".join(second))
        title = entry.fact.roles.get("what")
        held = title.answer if title is not None else entry.fact.statement
        named = [
            o
            for o in options
            # "Secretary of State or Deputy Secretary of Defense?" of the Deputy Secretary
            # of State: "secretary of state" is in his title, but is another office.
            if f" {normalise(o)} " in said and not rank_left_out(o, held)
        ]
        if len(named) == 2 and f" {normalise(named[0])}".endswith(f" {normalise(named[1])}"):
            # "the deputy secretary of state or the secretary of state": the statement has
            # the second only inside the first, and the first is his title.
            named = named[:1]
        if len(named) == 2 and f" {normalise(named[1])}".endswith(f" {normalise(named[0])}"):
            named = named[1:]
        if len(named) != 1:
            return None
        words = named[0].split()
        while len(words) > 1 and term(words[0]) not in self._title_terms:
            words = words[1:]  # "India's defence minister": the title itself
        shown = " ".join(words).title().replace(" Of ", " of ")
        return self._direct(
            text=f"{shown}. {entry.fact.statement}",
            facts=[entry.fact],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _title_options(
        self, parsed: Parsed, options: list[tuple[str, str | None]]
    ) -> Scored | None:
        """The identity fact of the one person asked about, when the options are kinds of
        a title ("defence minister or foreign minister")."""
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        if len(people) != 1 or any(entity is not None for _, entity in options):
            return None
        if not all(term(word) in self._title_terms for word, _ in options):
            return None
        person = self.factbase.entities[next(iter(people))]
        entry = self.index.by_id.get(person.identity_fact or "")
        return Scored(entry, 1.0, (), True) if entry is not None else None

    def _either_options(
        self, parsed: Parsed
    ) -> tuple[list[tuple[str, str | None]], set[int]] | None:
        """The two options of "A or B": one word each ("regional or global", "Delhi or
        Tokyo"), or two names ("the State Department or the Defense Department")."""
        match = EITHER.search(parsed.text)
        if match is None or ORDER_WORDS.intersection(match.groups()):
            return None  # "before or after it?" is a question of order (_before_or_after)
        words = parsed.words
        at = next((i for i in range(1, len(words) - 1) if words[i] == "or"), None)
        if at is None:
            return None
        before = [k for k in parsed.entities if k.start >= 0 and k.end == at]
        after_at = at + 2 if words[at + 1] == "the" else at + 1
        after = [k for k in parsed.entities if k.start == after_at]
        if (
            after
            and after[0].end == len(words)
            and not any(self._kind(k.entity) == self._kind(after[0].entity) for k in before)
        ):
            subject = self._other_option_before(parsed, at, after[0])
            if subject is not None:
                # "Singh went or Esper?", "Delhi hosted the meeting or Tokyo?": the second
                # option stands for the first, the words between said of either.
                a, b = subject, after[0]
                return (
                    [(a.text, a.entity), (b.text, b.entity)],
                    set(range(a.start, a.end)) | set(range(b.start, b.end)),
                )
        outsider = self._outsider_option(parsed, at)
        if outsider is not None:
            return outsider
        if before and after and before[0].end - before[0].start + after[0].end > after_at + 1:
            # Two names, at least one of several words.
            a, b = before[0], after[0]
            return (
                [(a.text, a.entity), (b.text, b.entity)],
                set(range(a.start, a.end)) | set(range(b.start, b.end)),
            )
        if (
            at >= 2
            and words[at - 1] in _PARTICLES
            and words[at + 1] not in _PARTICLES
            and (at + 2 == len(words) or words[at + 2] in _PARTICLES)
        ):
            # "Heating up or cooling down?": the verbs are the options, each with its particle.
            said = {at - 2, at - 1, at + 1, at + 2} & set(range(len(words)))
            return [(words[at - 2], None), (words[at + 1], None)], said
        second = at + 2 if words[at + 1 : at + 2] == ["the"] else at + 1
        if at >= 2 and second + 1 < len(words) and words[at - 1] == words[second + 1]:
            # "defence minister or foreign minister?", "the defense secretary or the state
            # secretary?": the words that tell them apart.
            return [(words[at - 2], None), (words[second], None)], {at - 2, second}
        if NOT_OPTIONS.intersection(match.groups()):
            return None  # "…or not?", "…or the other one?"
        if words[at - 1] != match.group(1) or words[at + 1] != match.group(2):
            return None  # "usa-india or usa-china": not two one-word options
        linked = {i: link.entity for link in parsed.entities for i in range(link.start, link.end)}
        positions = (at - 1, at + 1)
        options = [(w, linked.get(i)) for w, i in zip(match.groups(), positions, strict=True)]
        return options, set(positions)

    def _outsider_option(
        self, parsed: Parsed, at: int
    ) -> tuple[list[tuple[str, str | None]], set[int]] | None:
        """ "Was Australia one of them, or Russia?": a country the article never names, put
        last as the other option to the one country named before "or" (Australia). The
        article's full list then settles it; "did Esper meet Singh, or Modi?" names no
        country and is left to the other readings."""
        name = unknown_country(parsed)
        if name is None or " ".join(parsed.words[at + 1 :]) not in (name, f"the {name}"):
            return None
        first = self._option_named_before(parsed, at, "country", None)
        if first is None:
            return None
        options: list[tuple[str, str | None]] = [(first.text, first.entity), (name, None)]
        return options, set(range(first.start, first.end)) | set(range(at + 1, len(parsed.words)))

    def _other_option_before(self, parsed: Parsed, at: int, second: Linked) -> Linked | None:
        """The one name before "or" of the same kind as the option after it, when the
        words between say what either did ("tokyo talks: Singh went or Esper?"): None when
        two of that kind come before ("did Esper meet Singh or Begin?" offers Singh)."""
        kind = self._kind(second.entity)
        if kind not in _OPTION_KINDS:
            return None
        return self._option_named_before(parsed, at, kind, second.entity)

    def _option_named_before(
        self, parsed: Parsed, at: int, kind: str, other: str | None
    ) -> Linked | None:
        """The one name of this kind before "or", a few words before it, when it is not the
        other option itself."""
        same = [
            link
            for link in parsed.entities
            if link.start >= 0 and link.end < at and self._kind(link.entity) == kind
        ]
        if len(same) != 1 or same[0].entity == other:
            return None
        between = parsed.words[same[0].end : at]
        if not between or len(between) > 5 or "or" in between:
            return None
        return same[0]

    def _option_holds(
        self, entry: FactEntry, word: str, entity: str | None, parsed: Parsed
    ) -> bool:
        """Whether the fact says this option: a place as where it happened, a country as
        the country of the person asked about, anything else as something it involves."""
        if entity is None:
            said = verdict(word, entry.fact) if word in POLARITY else None
            asked = set(parsed.entity_ids) - parsed.excluded
            if said is not None and parsed.terms and RELATION_TERMS.isdisjoint(parsed.terms):
                # "reducing or expanding sharing?" asks no trend of relations; nor does "are
                # the armed forces drawing closer or deteriorating?", which the souring of
                # ties with China in a trend's own sentence does not answer.
                if said is False:
                    return False
                said = None
            if said is not None:  # "warmer or cooler?": the way the fact says it is going
                if not asked <= self.index.entities_in(trend_text(entry.fact)):
                    return False  # "India-China relations" are not the U.S.-India ones
                return said is True
            if word in _ORDINAL_WORDS and self._counts_someone_else(entry, parsed):
                # "Is this the second or third 2+2 between the US and India?": "the second
                # time Esper has participated" counts Esper's, not the dialogues.
                return False
            # "reducing or expanding information sharing?": the word the fact has, when it
            # tells no trend
            return term(word) in entry.bag
        if STATEMENT_TERM in parsed.terms and (
            ISSUED_BY.search(parsed.text) or STATEMENT_OWNED.match(parsed.text)
        ):
            # "Did the Defense Department or the Indian ministry issue the statement?": the
            # body the article gives as its source.
            who = entry.fact.roles.get("who")
            sources = {fact.id for fact in self._sayers.values()}
            if entry.fact.id in sources and who is not None:
                return any(self._covers(entity, e) for e in who.entities)
            return False
        if parsed.words[:1] == ["whose"] and self._kind(entity) == "person":
            # "Whose trip to South Asia is referred to - Esper's or Pompeo's?": the one who
            # made the trip, not someone its fact names beside him (Pompeo joined Esper).
            return self._is_doer(entry, entity)
        if _ONE_OF_THEM.search(parsed.text):
            # "Who took part in the Tokyo talks?" "Was Australia one of them, or Russia?":
            # one of those just named, not the nationality of the people among them.
            return entity in entry.involved
        kind = self._kind(entity)
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        if kind == "country" and people and STARTS_WITH_BE.match(parsed.text):
            return all(entity in self.index.part_of.get(p, ()) for p in people)
        where = entry.fact.roles.get("where")
        if kind == "place" and where is not None and where.entities:
            return any(self._covers(entity, e) for e in where.entities)
        if kind == "country" and where is not None and where.entities and _in_a_place(parsed):
            # "…meet in Washington or New Delhi?": where it was, not who took part.
            return any(self._covers(entity, e) for e in where.entities)
        return entity in entry.involved

    def _is_doer(self, entry: FactEntry, entity: str) -> bool:
        """Whether the person is among those the fact says did it (its "who")."""
        who = entry.fact.roles.get("who")
        return who is not None and any(self._covers(entity, e) for e in who.entities)

    def _counts_someone_else(self, entry: FactEntry, parsed: Parsed) -> bool:
        """Whether the fact counts a person's times and the question names none of them."""
        who = entry.fact.roles.get("who")
        people = [e for e in (who.entities if who else ()) if self._kind(e) == "person"]
        if _PERSON_PRONOUNS & set(parsed.words) or {"time", "times"} & set(parsed.words):
            # "is this his first or second 2+2?": his may be Esper; "was this the second
            # time or the third?": the article's own "This is the second time…".
            return False
        return bool(people) and not set(people) & set(parsed.entity_ids)

    def _done_by_another(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The claim's subject ("did India…") is not, nor is it part of or a whole of, who
        the fact says did it."""
        if parsed.words[:1] not in (["did"], ["does"], ["has"], ["have"]):
            return False
        subjects = [
            link.entity
            for link in parsed.entities
            if link.start == 1 and self._kind(link.entity) in ("country", "organisation")
        ]
        who = entry.fact.roles.get("who")
        if len(subjects) != 1 or who is None or not who.entities:
            return False
        subject = subjects[0]
        # Either side of an act did it: Australia took part in the talks Esper attended.
        sides = [r for name in ("who", "with_whom") if (r := entry.fact.roles.get(name))]
        doers = {m for r in sides for e in r.entities for m in self.index.expand(e)}
        part_of = self.index.part_of
        return (
            subject not in doers
            and not set(part_of.get(subject, ())) & doers
            and not any(subject in part_of.get(d, ()) for d in doers)
        )

    def _verdict(
        self,
        verdict: str,
        scored: Scored,
        confidence: float,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        role: Role | None = None,
    ) -> Answer:
        """A yes/no (or either-or) answer: the verdict, then what the fact states."""
        if verdict == "Yes" and self._names_what_it_lacks(parsed, scored.entry):
            # "Was the 2+2 between the trade ministers?", "Was it a joint statement?": the
            # fact has the rest, not the word the claim turns on, which the article uses
            # elsewhere.
            return self._not_found(parsed, context, ranked, notes, confidence)
        fact = scored.entry.fact
        if verdict == "Yes" and _lessened(parsed.words) and _goes_further(fact):
            # "the two militaries will cooperate less", "did they commit to less
            # cooperation?": the fact's "deepening cooperation" bears out no lessening.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and self._done_by_another(parsed, scored.entry):
            # "Who issued the statement?" (the Pentagon) "Did India issue one too?": the
            # article has only the U.S. side issue one; of India it says nothing.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "No" and parsed.words[1:2] and parsed.words[1] in _ANY_ONE:
            # "Did anything happen on October 27?": one event was on the 26th; the article
            # cannot say nothing else was.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and self._fellow_doer_as_object(parsed, fact):
            # "Did Singh thank Esper?", "did they praise each other?": the two expressed
            # appreciation for the agreement, and praised the relationship, together; what
            # they did is not done to one of them.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and self._travelled_with_unsaid(parsed, scored.entry):
            # "Did Pompeo travel with Esper?": both took part in the Tokyo talks; the article
            # says nothing of how either got there, let alone together.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and self._company_placed_elsewhere(parsed, context, scored.entry):
            # "Who met Singh in New Delhi?" (Esper) "And Pompeo was with him?": the two were
            # together in Tokyo; the article does not put Pompeo at the New Delhi meeting.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and self._statement_placed(parsed):
            # "The statement came from New Delhi": the meeting it reports was there; where
            # the statement was put out from, the article does not say.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and self._capital_unplaced(parsed, fact):
            # "Was the press conference in Washington?": the article has it at the State
            # Department and never names the city; a U.S. body is no place in Washington.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and self._trip_unsaid(parsed, scored.entry):
            # "Did Pompeo's trip include Japan?": his trip is the one to South Asia; the
            # Tokyo talks, earlier in the month, are not said to be part of it.
            return self._not_found(parsed, context, ranked, notes, confidence)
        other_body = self._other_body_between(parsed, fact) if verdict == "Yes" else None
        if other_body is not None:
            # "Did they commit to deepening cooperation between the two governments?": the
            # article has it between the two militaries, which a bare "Yes" would not say.
            asked, said = other_body
            lead = f"Not the {asked} as such: the article says between the two {said}."
            return self._stated(lead, scored, confidence, parsed, context, ranked, notes, role)
        swapped_verb = (
            verb_swapped(parsed.words, fact.quote.text)
            if verdict == "Yes" and not (parsed.negated or parsed.claim_negated)
            else None
        )
        if swapped_verb is None and verdict == "Yes" and not parsed.negated:
            # "Did the two sides agree to share intelligence?": the article has information
            # sharing; "intelligence" is our keyword, not its word.
            swapped_verb = object_swapped(parsed.words, fact.quote.text, self._article_terms)
        if swapped_verb is not None:
            # "Did they agree to deepen information sharing?": the article deepens cooperation
            # and expands information sharing; its own words, not a "Yes" to the swap.
            return self._stated(
                swapped_verb, scored, confidence, parsed, context, ranked, notes, role
            )
        misplaced = self._body_misplaced(parsed, fact) if verdict == "Yes" else None
        if misplaced is not None:
            # "Did the two militaries reinforce their commitment?", "Was the meeting between
            # the two militaries?": the two sides committed to cooperation between them; a
            # bare "Yes" would have the militaries do it, or the meeting be between them.
            return self._stated(misplaced, scored, confidence, parsed, context, ranked, notes, role)
        if verdict == "Yes" and self._title_rank_left_out(parsed, fact):
            # "Is Begin the US state secretary?": he is the Deputy Secretary of State.
            return self._stated(
                f"{said_as('No', parsed)}.", scored, confidence, parsed, context, ranked, notes
            )
        if verdict == "Yes" and self._nationality_swapped(parsed, fact):
            # "Were they Indian officials?" of "U.S. government officials": no.
            return self._stated("No.", scored, confidence, parsed, context, ranked, notes, role)
        if verdict == "Yes" and self._agent_swapped(parsed, fact):
            # "Is the partnership meant to address the threat posed by Washington?": the
            # article has the threat posed by China; the U.S. is a partner in the sentence.
            return self._stated(
                f"{said_as('No', parsed)}.", scored, confidence, parsed, context, ranked, notes
            )
        if verdict == "Yes" and self._partner_unsaid(parsed, scored.entry):
            # "Did Pompeo say free nations should work together with China's Communist
            # Party?": the fact has them work together to thwart its threat; the claim keeps
            # the words and drops what the relation is.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and not self._says_as_claimed(parsed, scored.entry):
            # "Did Esper say relations are heating up?": the article says so in its own voice;
            # what Esper praised is not that.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if verdict == "Yes" and (
            self._only_some_doers(parsed, scored.entry)
            or self._only_some_relations(parsed, scored.entry)
        ):
            # "Was the expansion welcomed by only the US side?": Esper and Singh welcomed it.
            return self._stated(
                f"{said_as('No', parsed)}.", scored, confidence, parsed, context, ranked, notes
            )
        kind = self._one_of_a_kind(parsed, scored.entry) if verdict == "Yes" else None
        if kind == "only":
            # "Is countering China the only purpose of the partnership?": "one of the
            # purposes", so there are others.
            return self._stated(
                f"{said_as('No', parsed)}.", scored, confidence, parsed, context, ranked, notes
            )
        if kind is not None:
            # "Is it the most significant relationship of the century?": "one of the most";
            # "the main purpose?": one of the purposes, and none is said to come first.
            which = "which is the main one" if kind == "main" else "so"
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say {which}. What it says: {fact.statement}",
                context,
                parsed=parsed,
                ranked=ranked,
                notes=tuple(notes),
            )
        if (
            verdict == "Yes"
            and COMPARED_CLAIM.search(parsed.text)
            and BOUND_ASKED.search(parsed.text) is None
            and " than " not in normalise(fact.quote.text)
        ):
            # "Are relations heating up more rapidly than ever?": the article compares nothing.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if self._signing_day_chosen(parsed, fact, verdict):
            # "Was it actually signed that day, or just agreed?": the day of a signing is
            # asked, and the article tells of no signing on any day; "Agreed" would answer
            # as if it had said they did not sign then.
            return self._signing_time_unsaid(parsed, context, ranked, notes, confidence)
        if (
            _signing_asked(parsed)
            and "sign" not in normalise(fact.quote.text)
            and (
                verdict == "Yes"
                or (verdict == "No" and (role is None or role is not fact.roles.get("where")))
            )
        ):
            # "Did they sign the BECA?", "Was BECA signed on Tuesday?": the article has them
            # agree on it, and tells of no signing, on any day.
            if _SIGNING_TIME.search(parsed.text):
                return self._signing_time_unsaid(parsed, context, ranked, notes, confidence)
            return self._stated(
                "The article says they agreed on it; it does not mention a signing.",
                scored,
                min(confidence, 0.8),
                parsed,
                context,
                ranked,
                notes,
                role,
            )
        if (
            verdict == "Yes"
            and not (parsed.true_false or parsed.claim_negated)
            and JUDGEMENT_ASKED.search(parsed.text) is not None
        ):
            # "Is China a threat?": a judgement, which the bot does not make; what the
            # article says, as said ("the article says one purpose … is to address the
            # threat posed by China"), never a flat "Yes".
            return self._stated(
                self._judged_in_article(scored.entry),
                scored,
                confidence,
                parsed,
                context,
                ranked,
                notes,
                role,
            )
        if self._agreed_with_a_remark(parsed, fact, context):
            # "What did Pompeo say?" "Did Singh agree?": with Pompeo, which the two sides
            # agreeing on BECA does not tell.
            return self._not_found(parsed, context, ranked, notes, confidence)
        if _CAUSE_CLAIMED.search(parsed.text) and "why" not in fact.roles:
            # "Which relations are deteriorating?" "Is that because of Pompeo?": the fact
            # gives no cause, so it settles none, either way.
            return self._not_found(parsed, context, ranked, notes, confidence)
        lead = f"{said_as(verdict, parsed)}."
        if verdict == "No" and role is not None and role is fact.roles.get("where"):
            placed, evidence = self._place_unstated(fact, _signing_asked(parsed))
            if placed:
                stated = self._stated(
                    f"{lead} {placed}", scored, confidence, parsed, context, ranked, notes, role
                )
                return self._with_quotes_of(stated, evidence)
        return self._stated(lead, scored, confidence, parsed, context, ranked, notes, role)

    @staticmethod
    def _title_rank_left_out(parsed: Parsed, fact: Fact) -> bool:
        """A title fact ("U.S. Deputy Secretary of State") claimed without its rank word
        ("is Begin the secretary of state of America?")."""
        title = fact.roles.get("what")
        return (
            title is not None
            and _TITLE_KEYWORD in fact.keywords
            and rank_left_out(parsed.text, title.answer)
        )

    @staticmethod
    def _signing_day_chosen(parsed: Parsed, fact: Fact, verdict: str) -> bool:
        """An option chosen ("Agreed") where one option was a signing on some day, which
        the agreeing fact does not tell of."""
        return (
            verdict not in ("Yes", "No")
            and _signing_asked(parsed)
            and _SIGNING_TIME.search(parsed.text) is not None
            and "sign" not in normalise(fact.quote.text)
        )

    def _signing_time_unsaid(
        self,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        confidence: float,
    ) -> Answer:
        """ "Was the agreement signed on Tuesday?": neither Yes nor No. The article tells of
        no signing at all, so no day of one; that they agreed on it is said, not a verdict."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article says they agreed on it; it does not mention a signing, on any day.",
            context,
            parsed=parsed,
            ranked=ranked,
            notes=tuple(notes),
            confidence=confidence,
        )

    @staticmethod
    def _stated_alike(best: Scored, ranked: list[Scored]) -> Scored | None:
        """The first fact ranked as high as a negative best one that is itself no
        negation, with all the question names; None if there is none."""
        return next(
            (
                r
                for r in ranked[:PAIR_DEPTH]
                if r.score >= best.score and not r.missing and not r.entry.fact.negative
            ),
            None,
        )

    def _agreed_with_a_remark(self, parsed: Parsed, fact: Fact, context: Context) -> bool:
        """Whether the claim is that someone agreed with someone or with what was said (the
        last answer's remark, when "agree" stands bare), which the fact does not tell."""
        if _AGREED_WITH.search(normalise(fact.quote.text)):
            return False
        if _AGREED_WITH.search(parsed.text):
            return True
        if _AGREED_BARE.search(parsed.text) is None:
            return False
        # After what was agreed ("What did the two sides agree on?"), "did Singh agree?"
        # asks of that agreement.
        last = self.index.by_id.get(context.fact_id or "")
        return (
            last is not None
            and not last.bag.isdisjoint(SPEECH_TERMS)
            and last.bag.isdisjoint(_AGREED)
        )

    def _judged_in_article(self, entry: FactEntry) -> str:
        """Who makes the judgement a "yes" would: the article itself, or the speaker its
        statement names (Pompeo, U.S. officials)."""
        spoken = not entry.predicate.isdisjoint(SPEECH_TERMS | _DESCRIBED_TERMS)
        if spoken or entry.fact.id in self._sayers:
            return "As the article reports it:"
        return "The article says:"

    @staticmethod
    def _with_quotes_of(answer: Answer, evidence: list[Fact]) -> Answer:
        """The answer, also quoting the sentences that bear out a detail it adds (where the
        agreement was reached), while it stays the answer of its own fact."""
        quotes = tuple(dict.fromkeys((*answer.quotes, *(f.quote for f in evidence))))
        return replace(answer, quotes=quotes)

    def _place_unstated(self, fact: Fact, signing: bool = False) -> tuple[str, list[Fact]]:
        """Where the fact happened, as a sentence, when its statement does not say, with
        the fact whose sentence does: "Did they reach the agreement in Tokyo?" is a No, in
        New Delhi ("During Esper's visit, the U.S. and India reached…" names no city; the
        meeting's sentence does). ("", []) when the statement names the place. Asked of a
        `signing` ("did they sign it in Tokyo?"), the place is where they agreed, never
        where they signed: the article tells of no signing."""
        where = fact.roles.get("where")
        if where is None or not where.entities:
            return "", []
        stated = self.index.entities_in(normalise(fact.statement))
        if any(self._covers(e, s) for e in where.entities for s in stated):
            return "", []  # the place itself, or somewhere in it (not just its country: India)
        names = " and ".join(self.factbase.entities[e].name for e in where.entities)
        placed = (
            f"They agreed on it in {names}; the article does not mention a signing."
            if signing
            else f"It was in {names}."
        )
        return placed, self._placed_by(where.entities[0], fact)

    def _placed_by(self, place: str, fact: Fact) -> list[Fact]:
        """Another fact held at the place whose own sentence names it (the article's lead
        event first: the meeting in New Delhi), as the evidence for where; [] if none."""
        lead = self._lead_event
        entries = [
            *([lead] if lead is not None else []),
            *(self.index.entries[p] for p in self.index.entity_postings.get(place, ())),
        ]
        for entry in entries:
            where = entry.fact.roles.get("where")
            if entry.fact is fact or where is None or place not in where.entities:
                continue
            if place in self.index.entities_in(normalise(entry.fact.quote.text)):
                return [entry.fact]
        return []

    def _agent_swapped(self, parsed: Parsed, fact: Fact) -> bool:
        """The claim puts someone as who poses or brings something ("the threat posed by
        Washington") where the fact's sentence names others in that place ("posed by China's
        Communist Party"), though it names the claim's one elsewhere."""
        said = self._agents_in(fact.quote.text)
        if not said:
            return False
        said |= {p for e in said for p in self.index.part_of.get(e, ())}
        return any(said.isdisjoint(self.index.expand(e)) for e in self._agents_in(parsed.text))

    def _agents_in(self, text: str) -> set[str]:
        """Who a text names as posing or bringing something: "posed by China's …"."""
        return {
            e
            for found in _AGENT_SAID.finditer(text)
            for e in self.index.entities_in(normalise(found[1]))
        }

    def _partner_unsaid(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The claim has something done with someone ("with China's Communist Party") whom
        the fact neither has doing it nor names as a partner ("with", "between", "and"):
        it names them otherwise ("the threat posed by…"), which a partner is not."""
        fact = entry.fact
        doers = {
            m
            for name in ("who", "with_whom")
            if (role := fact.roles.get(name)) is not None
            for e in role.entities
            for m in self.index.expand(e)
        }
        said = {
            e
            for found in _PARTNER_SAID.finditer(fact.quote.text)
            for e in self.index.entities_in(found[1])
        }
        for link in parsed.entities:
            if link.start < 0 or _word_before(parsed, link) not in _PARTNER_WORDS:
                continue
            if self._kind(link.entity) in _NOT_PARTNERS:
                continue  # "happy with the BECA": what they are pleased with, no partner
            partners = self.index.expand(link.entity)
            if not any(self._same_place(p, d) for p in partners for d in doers | said):
                return True
        return False

    def _says_as_claimed(self, parsed: Parsed, entry: FactEntry) -> bool:
        """For "did X say (claim, state…) Y?": the fact reports X saying Y, as the source
        of its sentence (the Defense Department, for what its statement says) or as its
        doers when they did it in words ("praised the strength…"), and has every word of Y.
        True for any other question, and when X is the article itself."""
        said = DID_SAY.match(parsed.text) or SAID_CLAIM.match(parsed.text)
        if said is None or said["verb"] not in _SAY_VERBS:
            return True  # "did officials call it…": whose words, checked by _said_by_named
        span = len(parsed.text[: said.end("who")].split())
        speakers = {link.entity for link in parsed.entities if 0 <= link.start < span}
        if not speakers:
            if STATEMENT_TERM not in {term(w) for w in said["who"].split()}:
                return True  # "did the article say…": its own words count
            # "did the statement say…": whoever the article gives as a statement's source
            sources = [source.roles.get("who") for source in self._sayers.values()]
            speakers = {e for who in sources if who is not None for e in who.entities}
        source = self._sayers.get(entry.fact.id)
        roles = [source.roles.get("who") if source is not None else None]
        if source is None or not entry.predicate.isdisjoint(SAYING_TERMS):
            roles.append(entry.fact.roles.get("who"))  # Pompeo said; Esper and Singh praised
        said_by = {
            m
            for role in roles
            if role is not None
            for e in role.entities
            for m in self.index.expand(e)
        }
        if source is None and entry.predicate.isdisjoint(SAYING_TERMS | SPEECH_TERMS):
            said_by = set()  # "U.S.-India relations are heating up": no one says it
        if not any(self._covers(s, d) for s in speakers for d in said_by):
            return False
        claimed = parse(said["rest"], self.index).terms
        return all(t in entry.bag or _said_alike(t, entry) for t in claimed)

    def _one_of_a_kind(self, parsed: Parsed, entry: FactEntry) -> str | None:
        """What a claim makes unique of something the fact's quote calls "one of the …":
        "only" ("the only purpose", "solely"), "main" ("the main goal", "mainly about"),
        "most" ("the most significant", "the largest"); None when the quote has no "one of
        the" or the claim says it too."""
        quote = normalise(entry.fact.quote.text)
        if "one of the" not in quote or "one of" in parsed.text:
            return None
        # What the quote has one of: "purposes", "most significant relationships".
        kind_of = {term(w) for w in quote.split("one of the", 1)[1].split()[:3]}
        words = parsed.words
        for at, word in enumerate(words):
            # The word after an adjective must be what the quote has one of ("the main goal"
            # of "one of the purposes"), so that "did only officials call it…" is no claim
            # that the relationship is the only one.
            of_the_fact = any(term(w) in kind_of for w in words[at + 1 : at + 2])
            if word in ("solely", "exclusively") or (word in _ONLY_WORDS and of_the_fact):
                return "only"
            if word in _MAIN_ADVERBS or (word in _MAIN_WORDS and of_the_fact):
                return "main"
        return "most" if SUPERLATIVE_CLAIM.search(parsed.text) else None

    def _placed_outside_asked_span(
        self, fact: Fact, parsed: Parsed, order: re.Match[str] | None
    ) -> bool:
        """Whether the question puts the fact's event during a trip the fact places it
        before or after: "was the press conference during his visit?" of "a press conference
        … prior to his trip"; not "did the meetings take place during his visit?" (the
        meetings are not what the order places)."""
        during = _DURING_SPAN.search(parsed.text)
        if during is None or (order is not None and order.start() != during.start()):
            return False  # "after his trip" is an order, weighed as orders are
        asked = {term(w) for w in parsed.text[: during.start()].split() if w not in STOPWORDS}
        folded = normalise(fact.statement)
        for said in ORDER_SAID.finditer(folded):
            if not _SPAN_WORDS.intersection(said.group(2).split()):
                continue
            placed = folded[: said.start()].rsplit(",", 1)[-1].split()
            if asked & {term(w) for w in placed if w not in STOPWORDS}:
                return True
        return False

    def _order_said(self, fact: Fact, parsed: Parsed, order: re.Match[str]) -> bool | None:
        """Whether the fact says the same order in time as the question (True), the
        opposite (False), or nothing about it relative to the same thing (None)."""
        asked_before = order.group(1) in BEFORE_WORDS
        start = len(parsed.text[: order.start()].split())
        anchors = {link.entity for link in parsed.entities if link.start >= start}
        if not anchors:
            against = {
                term(w)
                for w in parsed.words[start + 1 :]
                if w not in STOPWORDS and w not in ORDER_WORDS and w not in ("it", "that", "this")
            }
            if _BEFORE_THIS_PERIOD.search(parsed.text):
                # "Did Esper meet Singh before this year?": an earlier meeting, in a time the
                # article (all of it this year, this month) never tells of.
                return None
            if not against:
                if set(parsed.words[start + 1 :]) & {"it", "that", "this"}:
                    return True  # "before or after it?": the one just talked about
                # "Has he done one before?": earlier, not before something named, which only
                # a count of his own says ("the second time"); this visit is no earlier one.
                return True if self._own_count_of(fact) else None
            if self._during_the_span(fact, against):
                return False  # "Was BECA agreed before the visit?": during it, neither
            # "Was the press conference after the trip?": as the fact places it, if it does.
            side = self._placed_against(fact, against) or self._placed_the_other_way(
                fact, parsed, start, against
            )
            if side is None:
                # "After Oct. 26?": as it places it against the event of that date.
                dates = date_words(parsed.words[start + 1 :])
                return self._placed_against_date(fact, dates, asked_before)
            return (side == "Before") == asked_before
        subjects = {link.entity for link in parsed.entities if link.end <= start} - anchors
        for text in (fact.statement, fact.quote.text):
            folded = normalise(text)
            for said in ORDER_SAID.finditer(folded):
                said_before = said.group(1) in BEFORE_WORDS
                ordered = self.index.entities_in(said.group(2))
                if anchors & ordered:
                    return said_before == asked_before
                ordering = self._clause_before(folded[: said.start()])
                if subjects & ordered and anchors & self.index.entities_in(ordering):
                    # "Did the 2+2 happen before Esper met Singh?" of "Esper meets Singh …
                    # ahead of the 2+2": the same two, the other way round.
                    return said_before != asked_before
        return None

    def _clause_before(self, before: str) -> str:
        """The clause an order word ends, of the normalised words before it: "spoke at the
        State Department" of "he joined Esper at the quadripartite talks in Tokyo and spoke
        at the State Department (before his trip)", so the Tokyo talks are not what came
        before the trip ("Was Pompeo's trip to South Asia before the Tokyo talks?" is not
        said). An "and" between names ("Esper and Singh met") ends no clause."""
        words = before.split()
        for at in range(len(words) - 2, -1, -1):
            if words[at] == "and" and not self.index.entities_in(words[at + 1]):
                return " ".join(words[at + 1 :])
        return before

    @staticmethod
    def _during_the_span(fact: Fact, against: set[str]) -> bool:
        """Whether the fact's own words put it during the very span a question orders it
        against: "During the visit, the U.S. and India reached a basic agreement…" asked
        "was BECA already in place before the visit?" or "…agreed after the trip?"."""
        spans = {term(w) for w in _SPAN_WORDS} & against
        if not spans or against - spans:
            return False  # "before the visit to Tokyo": another visit, maybe
        for text in (fact.statement, fact.quote.text):
            # Only a "during" that opens the sentence sets its main event: "Pompeo said at a
            # press conference before his trip that meetings during his visit…" does not.
            during = _DURING_SPAN.match(normalise(text))
            if during is not None and term(during.group(0).split()[-1]) in spans:
                return True
        return False

    def _placed_the_other_way(
        self, fact: Fact, parsed: Parsed, start: int, against: set[str]
    ) -> str | None:
        """ "Before" or "After" for the fact's event, from another fact that places the
        thing asked against the other way round: "Did Pompeo go to South Asia after his
        press conference?" of the trip, when the press conference was "before his trip to
        South Asia" (so the trip was after it); None when no fact does."""
        if date_words(parsed.words[start + 1 :]):
            return None  # "after Oct. 26?": a date, weighed as dates are
        subjects = {link.entity for link in parsed.entities if 0 <= link.start < start}
        rarest = min(against, key=lambda t: len(self.index.postings.get(t, ())))
        for position in self.index.postings.get(rarest, ()):
            other = self.index.entries[position]
            placing = self._placing(other.fact)
            if other.fact.id == fact.id or placing is None or not against <= other.bag:
                continue
            # What the other is placed against is the fact's own event (his trip to South
            # Asia), done by the same people the question names.
            ordered = self.index.entities_in(placing[2])
            if not ordered or not ordered <= set(fact.entities) | self._who_of(fact):
                continue
            if not subjects <= ordered | other.involved or not subjects & ordered:
                continue
            return "After" if placing[0] == "Before" else "Before"
        return None

    def _ordered_through(
        self, parsed: Parsed, context: Context, notes: list[str], order: re.Match[str]
    ) -> Answer | None:
        """ "Was BECA agreed before the 2+2?": the agreement's own time is that of another
        event ("during Esper's visit, when he met Singh on Monday (Oct. 26)"), and that event
        is the one the article orders against the 2+2 ("…meets Singh on Monday (Oct. 26) …
        ahead of the 2+2 Dialogue"), so the agreement is ordered as it is."""
        start = len(parsed.text[: order.start()].split())
        if not any(link.start >= start for link in parsed.entities):
            return None  # "after Oct. 26?", "before his trip?": ordered by the fact's own words
        subject = parse(" ".join(parsed.words[:start]), self.index)
        ranked = self._rank(subject)
        if not ranked or ranked[0].missing or ranked[0].score < YESNO_THRESHOLD:
            return None
        # Of the facts as good as the best ("BECA was agreed"; "they reached it during the
        # visit"), the one that gives a time.
        best = next(
            (
                r
                for r in ranked[:PAIR_DEPTH]
                if not r.missing
                and r.score >= ranked[0].score - 0.1
                and "when" in r.entry.fact.roles
            ),
            ranked[0],
        )
        when = best.entry.fact.roles.get("when")
        if when is None or self._placing(best.entry.fact) is not None:
            return None  # no time of its own, or one placed against something else
        dates = date_words(normalise(when.answer).split())
        if not any(w.isdigit() for w in dates):
            return None  # "recently": no day to share with another event
        # The event its time is given by: the best match for the words of that time, on the
        # same day.
        during = next(
            (
                r.entry
                for r in self._rank(parse(when.answer, self.index))[:3]
                if r.entry is not best.entry and not r.missing and r.score >= self.threshold
            ),
            None,
        )
        other = during.fact.roles.get("when") if during is not None else None
        if during is None or other is None or dates != date_words(normalise(other.answer).split()):
            return None
        said = self._order_said(during.fact, parsed, order)
        if said is None:
            return None
        confidence = min(0.9, self._confidence(best, ranked, 0, subject))
        if confidence < YESNO_THRESHOLD:
            return None
        verdict = "Yes" if said else "No"
        # The claim without its order must hold of the fact as any yes or no does ("was BECA
        # signed…?": the article has no signing).
        checked = self._verdict(verdict, best, confidence, subject, context, ranked, notes)
        lead = f"{said_as(verdict, subject)}. "
        if checked.abstained or not checked.text.startswith(lead):
            return None
        return self._answered(
            text=f"{said_as(verdict, parsed)}. {best.entry.fact.statement} {during.fact.statement}",
            facts=[best.entry.fact, during.fact],
            role=None,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=[*notes, "ordered as the event whose time it shares"],
        )

    def _ordered_by_times(
        self, parsed: Parsed, context: Context, notes: list[str], order: re.Match[str]
    ) -> Answer | None:
        """ "Did the Tokyo talks take place after the New Delhi meeting?", "did Esper go to
        Tokyo before New Delhi?": the claim before "before/after" must hold on its own, and
        one event's "when" must place it against the other ("earlier this month (the month
        of the New Delhi meeting)"), though neither fact names the other's place."""
        if not _DIRECT_WORDS.isdisjoint(parsed.words) or any(
            link.start < 0 for link in parsed.entities
        ):
            # "Did Esper fly straight to New Delhi after Tokyo?": an order is not a route;
            # and "did he…" is not a claim its first half can check on its own.
            return None
        said = parsed.text[order.end() :]
        if date_words(said.split()):
            return None  # "before October?": a date, which "earlier this month" may not be
        subject = parse(parsed.text[: order.start()], self.index)
        lead = f"{said_as('Yes', subject)}. "
        checked = self._yesno_as_asked(subject, context, notes)
        if checked.abstained or not checked.text.startswith(lead):
            return None
        first = self._event_with_time(subject)
        second = self._event_with_time(self._anchor_of(subject, said))
        if first is None or second is None:
            return None
        side = self._order_between(first, second)
        if side is None:
            return None
        verdict = "Yes" if (side == "Before") == (order.group(1) in BEFORE_WORDS) else "No"
        if verdict == "No" and not (
            self._names_an_event(subject) and self._names_an_event(parse(said, self.index))
        ):
            # "Did Esper go to Tokyo after New Delhi?": the trip the article has was before,
            # but it cannot say he never went again; an event named is the one it dates.
            return None
        return self._answered(
            text=f"{said_as(verdict, parsed)}. {first.statement} {second.statement}",
            facts=[first, second],
            role=None,
            confidence=min(0.9, checked.confidence),
            parsed=parsed,
            context=context,
            ranked=self._rank(subject),
            notes=[*notes, "ordered by the two events' own times"],
        )

    def _ordered_after_last(
        self, parsed: Parsed, context: Context, notes: list[str], order: re.Match[str]
    ) -> Answer | None:
        """ "Was that earlier than the New Delhi meeting?" after the Tokyo talks: "that" is
        the last answer's event, ordered against the one named by each one's own time."""
        start = len(parsed.text[: order.start()].split())
        if not parsed.words[:start] or not _THAT_HAPPENED.issuperset(parsed.words[:start]):
            return None
        if not {"that", "it", "this"} & set(parsed.words[:start]):
            return None
        last = self.index.by_id.get(context.fact_id or "")
        said = parsed.text[order.end() :]
        if last is None or "when" not in last.fact.roles or date_words(said.split()):
            return None  # "before Oct. 26?": dates are weighed as dates are
        anchor = parse(said, self.index)
        if not self._names_an_event(anchor):
            return None  # "before New Delhi?": who was there when, which "that" does not say
        second = self._event_with_time(anchor)
        if second is None or second.id == last.fact.id:
            return None
        side = self._order_between(last.fact, second)
        if side is None:
            return None
        verdict = "Yes" if (side == "Before") == (order.group(1) in BEFORE_WORDS) else "No"
        return self._answered(
            text=f"{said_as(verdict, parsed)}. {last.fact.statement} {second.statement}",
            facts=[last.fact, second],
            role=None,
            confidence=0.85,
            parsed=parsed,
            context=context,
            ranked=[Scored(last, 1.0, (), True)],
            notes=[*notes, "ordered by the two events' own times"],
        )

    def _anchor_of(self, subject: Parsed, said: str) -> Parsed:
        """What "before/after" orders against. A place ("…Tokyo before New Delhi?") is the
        subject's people being there: Esper's time in New Delhi, not Begin's; a gathering
        ("…before the New Delhi meeting?") is that one, whoever was at it."""
        anchor = parse(said, self.index)
        if self._names_an_event(anchor) or any(
            self._kind(link.entity) not in ("place", "country") for link in anchor.entities
        ):
            return anchor
        people = [
            self.factbase.entities[link.entity].name
            for link in subject.entities
            if self._kind(link.entity) in ("person", "group")
        ]
        return parse(" ".join([said, *people]), self.index) if people else anchor

    def _names_an_event(self, parsed: Parsed) -> bool:
        """The words name one event ("the Tokyo talks", "the meeting"), not a place."""
        # ("the quad", typed in lower case, is the Quad talks though no name links it)
        return not _EVENT_NAMING.isdisjoint(parsed.terms) or any(
            self._kind(link.entity) == "event" for link in parsed.entities
        )

    def _event_with_time(self, parsed: Parsed) -> Fact | None:
        """The best fact with a time of its own that involves all the words name."""
        ranked = self._rank(parsed)
        whole = [r for r in ranked[:PAIR_DEPTH] if not r.missing and r.score >= self.threshold]
        if not whole:
            return None
        # "Did the Tokyo talks take place?" is best told by what the talks are, which gives
        # no time; the talks' own fact, nearly as good, does.
        return next(
            (
                r.entry.fact
                for r in whole
                if r.score >= whole[0].score - _TIMED_MARGIN and "when" in r.entry.fact.roles
            ),
            None,
        )

    def _order_between(self, first: Fact, second: Fact) -> str | None:
        """ "Before" or "After": the first event against the second, as one's own "when"
        places it against the other (or an event on the same day); else None."""
        if self._same_time(first, second):
            return None
        for one, other, flip in ((first, second, False), (second, first, True)):
            placing = self._placing(one)
            if placing is None:
                continue
            against = self._event_with_time(parse(placing[2], self.index))
            if against is None or against.id == one.id or not self._same_time(against, other):
                continue
            before = placing[0] == "Before"
            return "Before" if before != flip else "After"
        return None

    def _same_time(self, one: Fact, other: Fact) -> bool:
        """The same fact, or two put on the same day ("during the visit … Oct. 26")."""
        if one.id == other.id:
            return True
        days = [
            date_words(normalise(f.roles["when"].answer).split()) if "when" in f.roles else None
            for f in (one, other)
        ]
        dated = days[0] is not None and any(w.isdigit() for w in days[0])
        return dated and days[0] == days[1]

    def _group_counted_at_event(self, parsed: Parsed) -> list[str]:
        """ "Were the Tokyo talks between two countries?": "two countries" names the U.S. and
        India, but asked of an event without "the" it counts the event's countries, which the
        article may give ("four countries")."""
        if EVENT_TERMS.isdisjoint(parsed.terms) and not any(
            self._kind(e) == "event" for e in parsed.entity_ids
        ):
            return []  # "were two countries named?": no event's parties
        return list(
            dict.fromkeys(
                parsed.words[link.start]
                for link in parsed.entities
                if 0 <= link.start < len(parsed.words)
                and parsed.words[link.start] in NUMBER_WORDS
                # "did the two countries attend…?" names them
                and (link.start == 0 or parsed.words[link.start - 1] not in _NAMING_DETERMINERS)
                and self._kind(link.entity) == "country"
            )
        )

    def _contrast(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Was the meeting on a Friday?": the fact the question is about, found without the
        value it names, then that value compared with the one the article gives."""
        if parsed.negated and parsed.words[0] not in NEGATIVE_AUXILIARIES:
            return None  # "are relations not improving?"; "aren't they…?" asks as "are they…?"
        decided: tuple[bool, Scored, list[Scored], str] | None = None
        # "the two countries" names them; it is no count to check.
        free = [
            w
            for at, (w, used) in enumerate(zip(parsed.words, parsed.used, strict=False))
            if not used and not _one_as_pronoun(parsed.words, at)
        ]
        free.extend(self._group_counted_at_event(parsed))
        order = ORDER_ASKED.search(parsed.text)
        if order is not None:
            # "Did the Tokyo talks happen after Oct. 26?": a date after "after" is what the
            # event is ordered against, not its own date.
            ordered_at = len(parsed.text[: order.start()].split())
            pairs = enumerate(zip(parsed.words[:ordered_at], parsed.used, strict=False))
            free = [
                w for at, (w, used) in pairs if not used and not _one_as_pronoun(parsed.words, at)
            ]
        values = list(contrast_words(free))
        # "Deteriorating slowly?": the pace of a trend is weighed with it, so it is no word
        # for finding the fact ("rapidly" would find the warming, not the souring).
        paced = [w for w in free if w in PACE] if any(v in POLARITY for v in values) else []
        unjudged = False
        for word in values:
            # "On Oct. 27?": the other values asked are no unknown subject either.
            without = copy.copy(parsed)
            set_aside = {*values, *paced}
            without.unknown = [w for w in parsed.unknown if w not in set_aside]
            without.unknown_names = [w for w in parsed.unknown_names if w not in set_aside]
            without.terms = [
                t for t in parsed.terms if t != term(word) and t not in map(term, paced)
            ]
            if without.unknown or without.unknown_names:
                return None  # something else the article does not know is asked too
            ranked = self._rank(without)
            asked = set(without.entity_ids) - without.excluded
            events = {e for e in asked if self._kind(e) == "event"}
            doers = [r for r in ranked[:5] if not asked or self._doers_asked(r.entry, asked)]
            # "Were the Tokyo talks among three countries?": the event's own count, when no
            # fact whose doers the question names has one.
            # "Were five countries at Tokyo?": likewise the count of the event held there.
            places = {e for e in asked if self._kind(e) in _PLACE_KINDS}
            of_event = [
                r
                for r in ranked[:5]
                if r not in doers
                and (events & r.entry.involved or self._held_at(r.entry.fact, places))
            ]
            candidates = (doers + of_event) if word in NUMBER_WORDS else ranked[:5]
            if word in POLARITY and not asked and ANY_RELATIONS.search(parsed.text):
                # "Is any relationship getting worse?": yes, if one of them is
                candidates = agreeing_first(candidates, word)
            for scored in candidates:
                if scored.missing or scored.score < YESNO_THRESHOLD:
                    continue
                fact = scored.entry.fact
                if self._only_an_anchor(without, fact):
                    continue  # "was the 2+2 on Oct. 26?": that date is the meeting's
                if word in POLARITY and not asked <= self.index.entities_in(trend_text(fact)):
                    continue  # "India-China relations" are not the U.S.-India ones
                if word in NUMBER_WORDS and not self._counts(scored.entry, parsed, word):
                    continue  # "been to India five times?" is no count of countries
                own = self._own_count_of(fact) if word in NUMBER_WORDS else ()
                if own and not set(own) & asked:
                    # "Were there three 2+2s?" counts the events, not Esper's own "second
                    # time"; his count answers only when he is the one asked about.
                    continue
                dated = self.factbase.articles[fact.quote.article].date
                said = verdict(word, fact, self._counted_after(parsed, word), dated)
                if said is None and word in NUMBER_WORDS and _only_a_count(parsed, word):
                    # "How many 2+2s?" (three) "Was it two?": nothing but the number, so it is
                    # the count; "the two countries" of the sentence is no such count.
                    said = _count_said(word, fact)
                if said is False and self._may_be_the_earlier_ones(parsed, fact, word):
                    said = None
                if said and word in POLARITY and paced:
                    said = pace_verdict(paced, fact)  # the right way, at the asked pace?
                if said is None:
                    continue
                if decided is None or not said:
                    decided = (said, scored, ranked, word)  # a value that disagrees decides "no"
                break
            else:
                unjudged = True  # "at 9 am": a value the article gives nothing to check with
        if decided is None:
            return None
        agrees, best, ranked, word = decided
        if agrees and unjudged:
            return None  # on Monday, yes; at 9 am, nobody says
        answer = "Yes" if agrees else "No"
        count = best.entry.fact.roles.get("how_many")
        stated = set(normalise(best.entry.fact.statement).split())
        if (
            not agrees
            and word in NUMBER_WORDS
            and count is not None
            and stated.isdisjoint(_number_and_ordinal(normalise(count.answer).split()[:1]))
        ):
            # "A three-country affair, right?": no, and how many it was.
            lead = f"{said_as(answer, parsed)}. {count.answer}."
            confidence = min(0.95, best.score)
            return self._stated(lead, best, confidence, parsed, context, ranked, notes, count)
        judged = parsed
        if paced:
            # "Deteriorating rapidly?" of "sharply": the pace was weighed already.
            judged = copy.copy(parsed)
            judged.terms = [t for t in parsed.terms if t not in map(term, paced)]
        if word in MONTHS or word in WEEKDAYS:
            # "In October?" of "earlier this month": the month was weighed against the fact's
            # time, so the fact need not have the word itself.
            judged = copy.copy(judged)
            judged.terms = [t for t in judged.terms if t != term(word)]
        return self._verdict(answer, best, min(0.95, best.score), judged, context, ranked, notes)

    def _relative_time(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did the Tokyo talks happen last year?": a fact the article places in its own
        month ("earlier this month", or the day it is dated) was not a year or a month
        before or after it; this year it was."""
        match = _RELATIVE_TIME.search(parsed.text)
        if match is None or (parsed.negated and parsed.words[0] not in NEGATIVE_AUXILIARIES):
            return None
        if _BEFORE_THIS_PERIOD.search(parsed.text):
            # "Did Esper meet Singh before this year?": not whether it was this year, but
            # whether an earlier one was, which the article never tells of.
            return None
        said = match.group(0).split()
        without = copy.copy(parsed)
        without.terms = [t for t in parsed.terms if t not in map(term, said)]
        without.unknown = [w for w in parsed.unknown if w not in said]
        without.unknown_names = [w for w in parsed.unknown_names if w not in said]
        if without.unknown or without.unknown_names:
            return None  # something else the article does not know is asked too
        ranked = self._rank(without)
        if not ranked or ranked[0].missing or ranked[0].score < YESNO_THRESHOLD:
            return None
        # Of facts as good as the best, the one giving a time: the talks' own, not what the
        # talks are.
        tied = [r for r in ranked if not r.missing and r.score >= ranked[0].score - 0.05]
        best = next((r for r in tied if "when" in r.entry.fact.roles), ranked[0])
        when = best.entry.fact.roles.get("when")
        if when is None or not self._this_month(best.entry.fact, when):
            return None
        lead = said_as("No" if match["rel"] else "Yes", parsed)
        return self._stated(
            f"{lead}. {when.answer}.", best, min(0.9, best.score), parsed, context, ranked, notes
        )

    def _this_month(self, fact: Fact, when: Role) -> bool:
        """Whether the fact's time is in the month the article is dated in: it says "this
        month", or gives the article's own date ("Oct. 26")."""
        said = normalise(when.answer)
        if "this month" in said:
            return True
        dated = normalise(self.factbase.articles[fact.quote.article].date).split()
        day = [w for w in dated if w.isdigit()]
        month = [w for w in dated if w in MONTHS]
        return bool(day and month) and re.search(rf"\b{month[0]} {day[0]}\b", said) is not None

    def _affiliation_checked(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Is Begin from the Defense Department?", "does Esper work for the State
        Department?": the body the article puts the person in, against the one named."""
        if (
            _AFFILIATION_WORDS.isdisjoint(parsed.words) and not _is_in_a_body(parsed.words)
        ) or not set(parsed.terms) <= _AFFILIATION_TERMS:
            return None
        if "with" in parsed.words and parsed.words[0] not in COPULAS:
            return None  # "did Esper work with the State Department?": alongside, not in it
        people = {k.entity for k in parsed.entities if self._kind(k.entity) == "person"}
        bodies = {k.entity for k in parsed.entities if self._kind(k.entity) == "organisation"}
        if len(people) != 1 or len(bodies) != 1 or len(set(parsed.entity_ids)) != 2:
            return None
        person = self.factbase.entities[people.pop()]
        body = bodies.pop()
        in_bodies = [b for b in person.part_of if self._kind(b) == "organisation"]
        entry = self.index.by_id.get(person.identity_fact or "")
        if entry is None:
            return None
        # "Is Singh from the Defense Department?": an Indian minister, a U.S. department.
        theirs = self._countries_of([person.id])
        its = self._countries_of([body])
        if in_bodies:
            verdict = "Yes" if body in in_bodies else "No"
        elif theirs and its and theirs.isdisjoint(its):
            verdict = "No"
        else:
            return None
        scored = Scored(entry, 1.0, (), True)
        return self._verdict(verdict, scored, 0.9, parsed, context, [scored], notes)

    def _of_own_body_only(
        self, person: str, links: list[Linked], described: set[str], countries: set[str]
    ) -> bool:
        """ "Is Begin a State Department official?", "is Esper a Pentagon official?": only
        that they are one of a body's people, a body the fact base has them belong to (the
        Deputy Secretary of State is of the State Department). Another body is left to the
        general path, which does not say they are not also of it."""
        bodies = {link.entity for link in links if self._kind(link.entity) == "organisation"}
        return (
            bool(bodies)
            and not countries
            and bool(described)
            and described <= _OF_A_COUNTRY_NOUNS
            and bodies <= set(self.index.part_of.get(person, ()))
        )

    def _body_side_checked(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Who said 'pressing global security challenges'?" (the U.S. Defense Department)
        "Was it the Indian side?": No, by the body's own country, not a Yes from whatever
        fact names India; so "were the officials Indian?" of the U.S. government officials,
        "was the US Indian?", "was the DOD statement the Indian side?" (its issuer's)."""
        links = sorted((k for k in parsed.entities if k.start >= 0), key=lambda k: k.start)
        countries = [k for k in links if self._kind(k.entity) == "country"]
        if not countries or not parsed.words or parsed.words[0] not in ("is", "was", "are", "were"):
            return None
        country = countries[-1]  # "were the US officials Indian?": India is asked, not the US
        sideless = self._sideless_thing_asked(parsed, links, country, context)
        if sideless is not None:
            return sideless
        subject = self._side_subject(parsed, links, country.start, context)
        if subject is None:
            return None
        bodies, fact, taken = subject
        taken |= set(range(country.start, country.end))
        if not asks_only_a_side(parsed.words, taken):
            return None
        if fact is None or not bodies:
            # "was it the Indian side?" with nothing before, "were the officials Indian?" of
            # officials the question does not name: asked back, never a Yes from any fact.
            return self._abstain(
                AbstainReason.AMBIGUOUS,
                "Who do you mean? Name them, for example “Was the U.S. Defense Department the"
                " Indian side?”.",
                context,
            )
        sides = self._countries_of(m for b in bodies for m in self.index.expand(b))
        of_statement = -1 in taken  # "was the DOD statement Indian?": said of the statement
        return self._side_verdict(
            parsed, bodies, sides, country.entity, fact, context, notes, of_statement
        )

    def _sideless_thing_asked(
        self, parsed: Parsed, links: list[Linked], country: Linked, context: Context
    ) -> Answer | None:
        """ "Was the meeting Indian?", "was BECA Indian?", "is the partnership American?": a
        meeting, talks or an agreement is no one side's (this one is between the U.S. and
        India), so the bot abstains rather than say Yes from a fact naming India. None when
        the subject is a body, a person or a country (their side is read elsewhere), or the
        question asks more than a side ("was the meeting in India?")."""
        before = [k for k in links if k.start < country.start]
        span = set(range(1, country.start))
        if before:
            if len(before) != 1 or self._kind(before[0].entity) not in _SIDELESS_KINDS:
                return None
            named = set(range(before[0].start, before[0].end))
        else:
            nouns = [at for at in span if parsed.words[at] in _SIDELESS_THINGS]
            if len(nouns) != 1:
                return None
            named = set(nouns)
        if not {parsed.words[at] for at in span - named} <= _DETERMINERS:
            return None
        taken = span | set(range(country.start, country.end))
        if not asks_only_a_side(parsed.words, taken):
            return None
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't put it on one side: it tells of it between the countries"
            " taking part.",
            context,
        )

    def _side_verdict(
        self,
        parsed: Parsed,
        bodies: list[str],
        sides: set[str],
        asked: str,
        fact: Fact,
        context: Context,
        notes: list[str],
        of_statement: bool,
    ) -> Answer:
        """Yes when every one asked of is of the country asked, No when none is, "Partly"
        for people of both ("who praised the relationship?" (Esper and Singh) "were they
        Indian?"); an abstention when their country is not known (the quad's four)."""
        people = [m for b in bodies for m in self.index.expand(b)]
        if asked in sides and len(sides) > 1 and all(self._kind(m) == "person" for m in people):
            of = {m: self._countries_of([m]) for m in people}
            if all(len(c) == 1 for c in of.values()):
                told = ", ".join(
                    f"{self.factbase.entities[m].name} of {self._country_named(next(iter(c)))}"
                    for m, c in of.items()
                )
                return self._direct(
                    text=f"Partly: {told}.",
                    facts=[fact], confidence=0.9, parsed=parsed, context=context,
                    notes=notes, about=people,
                )  # fmt: skip
        if not sides or (asked in sides and len(sides) > 1) or len(bodies) != 1 or not fact:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't put them on one side.",
                context,
            )
        verdict = "Yes" if asked in sides else "No"
        body = bodies[0]
        named = self._body_named(body, parsed.words[0])
        who = fact.roles.get("who")
        if of_statement and who is not None:
            # "is the statement Indian?": "It comes from the U.S. Defense Department, in a …"
            named = f"It comes from {who.answer[:1].lower()}{who.answer[1:]}"
        elif self._kind(body) in ("country", "person"):
            # "were the US officials Indian?": of the U.S., not "It was the United States".
            now = parsed.words[0] in ("is", "are")
            be = (
                ("are" if now else "were")
                if parsed.words[0] in ("are", "were")
                else ("is" if now else "was")
            )
            subject = "They" if be in ("are", "were") else "It"
            if self._kind(body) == "person":
                subject = self.factbase.entities[body].name
            named = f"{subject} {be} of {self._country_named(next(iter(sides)))}"
        return self._direct(
            text=f"{said_as(verdict, parsed)}. {named}.",
            facts=[fact],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=bodies,
        )

    def _country_named(self, country: str) -> str:
        """ "India", "the United States"."""
        name = self.factbase.entities[country].name
        return name if name.startswith("the ") or " " not in name else f"the {name}"

    def _side_subject(
        self, parsed: Parsed, links: list[Linked], before: int, context: Context
    ) -> tuple[list[str], Fact | None, set[int]] | None:
        """Whose side is asked, a fact naming them, and the words naming them: for "it" and
        "they", whoever did what the last answer's fact tells ("Who issued the statement?"
        "Was it American?"); else what the question names before the country ("were the US
        officials Indian?": the U.S.; "the DOD statement": its issuer). None when the
        subject is something else than a side ("was the meeting in India?")."""
        pronoun = pronoun_subject(parsed.words)
        if pronoun is not None:
            last = self.index.by_id.get(context.fact_id or "")
            if last is None:
                return [], None, {1}
            who = last.fact.roles.get("who")
            doers = [] if who is None else list(who.entities)
            if not doers or not all(self._sided_body(e) for e in doers):
                return None
            return doers, last.fact, {1}
        span = set(range(1, before))
        named = [k for k in links if k.start < before]
        taken = {at for k in named for at in range(k.start, k.end)}
        if "statement" in (parsed.words[at] for at in span - taken):
            # "was the DOD statement the Indian side?": the statement is its issuer's.
            issuers = sorted(self._statement_issuers)
            at = parsed.words.index("statement")
            taken |= span & ({at} | set(range(1, at)))
            fact = self._fact_done_by.get(issuers[0]) if len(issuers) == 1 else None
            return issuers, fact, taken | {-1}  # -1: the statement, not its issuer, is asked
        if not named:
            words = [parsed.words[at] for at in span]
            if words and words[-1] in ("officials", "official", "government", "delegation"):
                return [], None, span  # "were the officials Indian?": which, not said
            return None
        bodies = list(dict.fromkeys(k.entity for k in named))
        if len({(k.start, k.end) for k in named}) != 1 or named[0].start > 2:
            return None  # "were the two defense chiefs Indian?": one span, Esper and Singh
        if len(bodies) == 1 and self._kind(bodies[0]) == "event" and "side" in parsed.words:
            return [], None, taken  # "was the quad the Indian side?": four countries' talks
        if not all(self._sided_body(b) for b in bodies) or (
            len(bodies) == 1 and self._kind(bodies[0]) == "person"
        ):  # one person's side is their title's, read elsewhere ("does Esper represent the US?")
            return None
        fact = self._fact_done_by.get(bodies[0])
        return bodies, fact, taken

    def _sided_body(self, entity: str) -> bool:
        """A body, a group, a person or a country, each of one country: the Defense
        Department, U.S. officials, Singh, the U.S."""
        if self._kind(entity) == "country":
            return True
        if self._kind(entity) == "group":
            return bool(self._countries_of(self.index.expand(entity)))
        if self._kind(entity) not in ("organisation", "person"):
            return False
        sides = [c for c in self.index.part_of.get(entity, ()) if self._kind(c) == "country"]
        return len(sides) == 1

    @cached_property
    def _fact_done_by(self) -> dict[str, Fact]:
        """The first fact each body or group does something in (its "who"), to quote when
        the question names it: the U.S. government officials' description."""
        done: dict[str, Fact] = {}
        for fact in self.factbase.facts.values():
            who = fact.roles.get("who")
            for entity in who.entities if who is not None else ():
                done.setdefault(entity, fact)
        return done

    def _body_named(self, body: str, verb: str) -> str:
        """ "It was the U.S. Department of Defense", "They are U.S. government officials",
        in the tense the question asked in."""
        name = self.factbase.entities[body].name
        now = verb in ("is", "are")
        if self._kind(body) == "group":
            return f"They {'are' if now else 'were'} {name}"
        the = "" if "'s " in name or name.startswith("the ") else "the "
        return f"It {'is' if now else 'was'} {the}{name}"

    def _is_titled(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Is Rajnath Singh India's foreign minister?", "Is Begin a deputy secretary of
        defense?": the title the question gives, against the one the article gives."""
        if not STARTS_WITH_BE.match(parsed.text) or " or " in parsed.text:
            return None  # "…the defense secretary or the state secretary?" is no one title
        links = sorted((link for link in parsed.entities if link.start >= 0), key=lambda k: k.start)
        if parsed.words[1:2] in (["he"], ["she"]):
            # "Who is Singh?" "Is he India's foreign minister?": he, from the conversation.
            meant = [k for k in parsed.entities if k.start < 0 and self._kind(k.entity) == "person"]
            links = meant[:1] + links
        if not links or self._kind(links[0].entity) != "person" or links[0].start > 1:
            return None
        person = self.factbase.entities[links[0].entity]
        identity = self._identity_of(person.id)
        if identity is None:
            return None
        asked_office = _ONE_OF_THE_OFFICES.match(parsed.text)
        if asked_office is not None:
            # "Is Esper one of the foreign ministers in the 2+2?": no, his office is defense;
            # "…one of the defense ministers…?" his title ("Secretary of Defense") is no "No".
            if self._office_of(identity) in (None, _office_asked(asked_office["office"])):
                return None
            return self._direct(
                text=f"{said_as('No', parsed)}. {identity.statement}",
                facts=[identity],
                confidence=0.9,
                parsed=parsed,
                context=context,
                notes=notes,
                about=[person.id],
            )
        if not _EARLIER_POST_WORDS.isdisjoint(parsed.words):
            # "Is Esper a former Army officer?", "Is Singh a retired general?": the title the
            # article gives is the one held at the time, which rules out no earlier career.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say what {person.name} did before; it says: "
                f"{identity.statement}",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        # What the question calls them: its words, and the words of any title it linked
        # to someone ("secretary of defense" names Esper, but here it describes Begin).
        described = set(parsed.terms)
        # A country in such a title ("the U.S. Secretary of Defense") is whose title it is.
        titled_in: set[str] = set()
        aliased: set[str] = set()
        unsaid_office: set[str] = set()
        own_names = {(k.start, k.end) for k in links[1:] if k.entity == person.id}
        for link in links[1:]:
            if self._kind(link.entity) != "person":
                continue
            if (link.start, link.end) in own_names:
                if self._office_unsaid_of(person, link.text):
                    # "Is Pompeo the US secretary of state?": the maintainers' name for him,
                    # an office the article never gives him (only "Secretary Pompeo").
                    unsaid_office |= {
                        term(w) for w in link.text.lower().split() if term(w) in self._title_terms
                    }
                    continue
                # "Is Singh a defense chief?": a name the article gives him (the headline's
                # "Defense Chiefs", his and Esper's), so what it calls him, not a title to check.
                aliased |= {term(w) for w in link.text.lower().split()}
                continue
            for word in link.text.lower().split():
                country = {e for e in self.index.entities_in(word) if self._kind(e) == "country"}
                if country:
                    titled_in |= country
                else:
                    described.add(term(word))
        # A title word no fact uses ("prime minister") is still part of the title asked.
        described |= {term(w) for w in parsed.unknown if term(w) in self._title_terms}
        described -= self.index.entity_terms.get(person.id, frozenset())
        described -= {term(w) for w in ("the", "a", "an", "of")}
        # "Is Pompeo the state secretary?": an office word outside any name, which only
        # the maintainers' names for him hold, is still asked.
        unsaid_office |= self._loose_office_words_unsaid(person, parsed, links)
        described |= unsaid_office  # kept though his maintainers' names hold them
        countries = {
            link.entity for link in links[1:] if self._kind(link.entity) == "country"
        } | titled_in
        # "Is Begin an Indian official?": "official" only says he is one of a country's
        # people, which "is Begin Indian?" asks. (Not "man" or "woman": the article gives
        # no one's sex.)
        of_a_country_only = bool(countries) and bool(described) and described <= _OF_A_COUNTRY_NOUNS
        of_own_body_only = self._of_own_body_only(person.id, links[1:], described, countries)
        if countries:
            described -= _OF_A_COUNTRY_NOUNS
        foreign = countries - set(self.index.part_of.get(person.id, ()))
        if not described and any(
            self._placed_at(parsed, link)
            for link in links[1:]
            if link.entity != person.id and link.entity not in self.index.part_of.get(person.id, ())
        ):
            # "Was Esper in India?", "Was Rajnath Sing at the Tokyo talks?": where he was,
            # not whose secretary he is (nor who "Sing" is).
            return None
        if self._country_as_counterpart(parsed, links[1:], countries):
            return None  # "Is Singh sympathetic with the Americans?": not whose minister he is
        unnamed = self._unnamed_country_words(parsed)
        if unnamed:
            # "Is Singh Pakistan's defence minister?": a country the article never names
            # is not the one it gives him.
            foreign = {*foreign, *unnamed}
            described -= {term(w) for w in unnamed}
        if (
            not (described or aliased or of_a_country_only)
            and self._only_off_side(foreign)
            and _asks_a_nationality(parsed.words[links[0].end :])
        ):
            return self._nationality_unsaid(person.name, identity, parsed, context, notes)
        said = {
            t
            for name in ("who", "what")
            if name in identity.roles
            for t in self.index.by_id[identity.id].answer_terms.get(name, frozenset())
        }
        if described and described <= {term(w) for w in _MILITARY_RANK_WORDS}:
            # Neither Yes nor No: the office the article gives, and that it gives no rank.
            return self._direct(
                text=f"The article doesn't say whether {person.name} holds that rank; it "
                f"says: {identity.statement}",
                facts=[identity],
                confidence=0.9,
                parsed=parsed,
                context=context,
                notes=notes,
                about=[person.id],
            )
        if foreign and described <= self._title_terms:
            verdict = "No"  # "Is Esper India's defense secretary?": not of that country
        elif of_a_country_only or of_own_body_only:
            verdict = "Yes"  # "Is Singh an Indian official?": India's Defense Minister
        elif aliased and not described and not parsed.unknown:
            # "Is Esper a defense chief?": what the headline calls him. ("Is Esper a good
            # defense secretary?": "good" is a judgement no name of his settles.)
            verdict = "Yes"
        elif not described and self._titles_another(person.id, links[1:]):
            # "Is Begin American?" "Is he the Secretary of State?": Pompeo's title, whose
            # words Begin's own title holds; he is the Deputy Secretary of State.
            verdict = "No"
        elif not described or not described <= self._title_terms:
            return None  # not a title, or not only one: for the general path
        elif described <= said or (
            bool(countries) and self._heads_own_office(identity, described, parsed)
        ):
            verdict = "Yes"
        elif len(said & self._title_terms) >= 2:
            verdict = "No"  # the article gives a full title, and it is another
        else:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't give {person.name}'s full title: {identity.statement}",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        verdict = said_as(verdict, parsed)
        return self._direct(
            text=f"{verdict}. {identity.statement}",
            facts=[identity],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[person.id],
        )

    def _placed_at(self, parsed: Parsed, link: Linked) -> bool:
        """Whether the question puts someone at what the link names: "in India", "at the
        State Department", "at the quadripartite talks" (a place or event always places him,
        "a Tokyo participant" too), rather than naming whose title it is ("India's"). The
        caller leaves out what the person belongs to ("the defense chief at the Pentagon")."""
        if self._kind(link.entity) in ("place", "event"):
            return True
        before = [w for w in parsed.words[max(0, link.start - 2) : link.start] if w != "the"]
        return before[-1:] in (["in"], ["at"], ["to"])

    @staticmethod
    def _only_off_side(foreign: set[str]) -> bool:
        """Countries asked of someone, none of them one of the talks' two sides: "is Begin
        Israeli?", "is Singh Japanese?". Which side someone is on the article settles ("is
        Begin Indian?" No, he is the U.S. Deputy Secretary of State); a nationality beyond
        the two sides it never gives."""
        return bool(foreign) and foreign.isdisjoint(SIDE_COUNTRIES.values())

    def _nationality_unsaid(
        self, name: str, identity: Fact, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """Neither Yes nor No to "Is Begin Israeli?": the article gives only his title."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't give {name}'s nationality; it says only: {identity.statement}",
            context,
            parsed=parsed,
            notes=tuple(notes),
        )

    def _heads_own_office(self, identity: Fact, described: set[str], parsed: Parsed) -> bool:
        """The title asked is the head of the person's own office under another country's
        word for it: "Is Esper the US defense minister?" Yes: the article counts him among
        "the U.S. and Indian foreign and defense ministers" and calls Esper and Singh "The
        two Secretaries of Defense". Not a deputy's office ("Is Begin the foreign
        minister?": he is the Deputy Secretary of State)."""
        heads = {term(w) for w in _HEAD_OF_OFFICE_NOUNS}
        deputy = term("deputy")
        # The office word may be in one of the person's own names ("defense minister"), so
        # neither described nor a term of the question: its words say it.
        asked = {_OFFICE_OF_TITLE_WORD.get(_office_asked(w)) for w in parsed.words} - {None}
        # A deputy's office is a deputy's: "Is Begin the US deputy foreign minister?" Yes,
        # the Deputy Secretary of State; "Is Begin the foreign minister?" not.
        deputy_given = "deputy" in normalise(identity.statement).split()
        return (
            asked == {self._office_of(identity)}
            and bool(described)
            and described <= heads | {term(w) for w in _OFFICE_OF_TITLE_WORD} | {deputy}
            and not described.isdisjoint(heads)
            and ("deputy" in parsed.words) == deputy_given
        )

    def _loose_office_words_unsaid(
        self, person: Entity, parsed: Parsed, links: list[Linked]
    ) -> set[str]:
        """The office words of a question outside any name it links ("state" of "is
        Pompeo the state secretary?", not of "at the State Department") whose office the
        article's names for the person never give."""
        linked = {i for link in links for i in range(link.start, link.end)}
        return {
            term(word)
            for at, word in enumerate(parsed.words)
            if at not in linked
            and word in _OFFICE_OF_TITLE_WORD
            and self._office_unsaid_of(person, word)
        }

    @staticmethod
    def _office_unsaid_of(person: Entity, called: str) -> bool:
        """Whether what the question calls someone names an office ("secretary of state")
        that none of the article's own names for them holds: Pompeo's "Secretary of State"
        is the maintainers' word; Esper's "Secretary of Defense" is the article's."""
        asked = {
            _OFFICE_OF_TITLE_WORD[w]
            for w in normalise(called).split()
            if w in _OFFICE_OF_TITLE_WORD
        }
        if not asked:
            return False
        given = {
            _OFFICE_OF_TITLE_WORD[w]
            for name in (person.name, *person.aliases)
            for w in normalise(name).split()
            if w in _OFFICE_OF_TITLE_WORD
        }
        return not asked <= given

    @staticmethod
    def _office_of(identity: Fact) -> str | None:
        """The office (foreign or defense) a person's title holds, by the words of the
        statement saying who they are ("the U.S. Secretary of Defense"); None if not one."""
        # Only a title's words: Pompeo "spoke at the State Department", which is no office.
        offices = {
            _OFFICE_OF_TITLE_WORD[found.group("office") or found.group("held")]
            for found in _OFFICE_IN_TITLE.finditer(normalise(identity.statement))
        }
        return next(iter(offices)) if len(offices) == 1 else None

    def _country_as_counterpart(
        self, parsed: Parsed, links: list[Linked], countries: set[str]
    ) -> bool:
        """A country the question puts after "with", "towards", "against" names whom the
        person deals with, not whose title he holds: "Is Singh close to the Americans?",
        "is he sympathetic with the americans?", "Is Esper hostile towards India?"."""
        return any(
            link.entity in countries
            and bool(set(parsed.words[max(0, link.start - 2) : link.start]) & _COUNTERPART_PREPS)
            for link in links
        )

    def _titles_another(self, person: str, links: list[Linked]) -> bool:
        """One of these is another person, named by a title alone ("the secretary of
        state" for Pompeo), not by name ("Singh's counterpart" names Singh)."""
        return any(
            self._kind(link.entity) == "person"
            and link.entity != person
            and person not in self.index.expand(link.entity)
            and all(
                term(w) in self._title_terms or w in ("of", "the", "us", "u.s.")
                for w in link.text.lower().split()
            )
            for link in links
        )

    def _unnamed_country_words(self, parsed: Parsed) -> frozenset[str]:
        """The words of the one country the article never names that the question does
        ("Pakistan", "Pakistani", "South Korea"), when every other word it does not know is
        a title word ("prime"), which the title check weighs itself; else none."""
        words = [w for w in parsed.unknown if term(w) not in self._title_terms]
        if len(words) != 1:
            return frozenset()
        word = words[0]
        # "Pakistani", "Korean": a people's word, the country's name and one letter.
        demonym = word[-1] in ("i", "n") and word[:-1] in COUNTRY_NAMES
        if word in COUNTRY_NAMES or demonym:
            at = parsed.words.index(word) if word in parsed.words else 0
            before = parsed.words[at - 1] if at > 0 else ""
            # "South Korea": a known word before it that makes one name with it.
            return frozenset({word, before} if f"{before} {word}" in COUNTRY_NAMES else {word})
        return frozenset()

    def _misnamed(self, parsed: Parsed) -> bool:
        """A person named with another person's first name: "Mark Pompeo" (Mark is Esper's),
        "Rajnath Esper". Not two people side by side ("the Esper Singh meeting"): the first
        word must be a first name, not a surname."""
        people = sorted(
            (
                link
                for link in parsed.entities
                if link.start >= 0 and self._kind(link.entity) == "person"
            ),
            key=lambda link: link.start,
        )
        for first, second in pairwise(people):
            if (
                first.end == second.start
                and first.end - first.start == 1
                and first.entity != second.entity
                and parsed.words[first.start] in self._first_names(first.entity)
            ):
                return True
        return False

    def _first_name_unsaid(self, parsed: Parsed) -> tuple[str, Entity] | None:
        """A person's surname after a first name the article never gives them ("Narendra
        Singh", "Mike Esper"): the typed first name and the person; None when the word
        before is a first name of theirs, an honorific ("Shri Singh"), an English word
        ("just confirm Singh said…"), or the person is named another way too ("is Rajnath
        Singh related to Manmohan Singh?")."""
        people = [
            link
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) == "person"
        ]
        for link in people:
            if link.start < 1 or sum(other.entity == link.entity for other in people) > 1:
                continue
            entity = self.factbase.entities[link.entity]
            if parsed.words[link.start : link.end] != normalise(entity.name).split()[-1:]:
                continue  # "is Esper a good defense secretary?": a title, not the surname
            before = parsed.words[link.start - 1]
            if self._a_first_name_not_theirs(before, link.entity, parsed):
                return before, entity
        return None

    def _a_first_name_not_theirs(self, word: str, person: str, parsed: Parsed) -> bool:
        """Whether `word` reads as a first name, not the person's: someone else's ("Mike"
        of Mike Pompeo), or an unknown word no everyday English has ("Narendra")."""
        firsts = self._first_names(person)
        if not firsts or word in firsts or word in _HONORIFICS:
            return False
        if any(_a_form_of_first_name(word, first) for first in firsts):
            return False  # "did Raj Singh meet Esper?", "Rajnat Singh": Rajnath, shortened
        if word in self._everyones_first_names:
            return True
        return (
            word in parsed.unknown
            and word.isalpha()
            and len(word) > 2
            # "just confirm Singh said…": an everyday word; English lists have "narendra".
            and word not in COMMON_WORDS
            and not self.index.speller.inflects(word, plurals=False)  # "fog grounded Esper's…"
            and word not in COUNTRY_NAMES
            and term(word) not in self._title_terms
        )

    @cached_property
    def _everyones_first_names(self) -> frozenset[str]:
        """The first names of everyone the fact base has ("mark", "rajnath", "mike" of Mike
        Pompeo): before another's surname ("Mike Esper") they are a name the article does
        not give that person; built once."""
        return frozenset(
            name
            for entity in self.factbase.entities.values()
            if entity.kind == "person"
            for name in self._first_names(entity.id)
        )

    def _first_name_corrected(
        self, typed: str, person: Entity, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "No. The article's Singh is Rajnath Singh, not Narendra Singh.", cited by who
        he is; None when the article says nothing of who they are."""
        identity = self._identity_of(person.id)
        if identity is None:
            return None
        surname = person.name.split()[-1]
        return self._direct(
            text=f"{said_as('No', parsed)}. The article's {surname} is {person.name}, not "
            f"{typed.capitalize()} {surname}.",
            facts=[identity],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[person.id],
        )

    def _initial_corrected(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "No. The article gives the name as Mark T. Esper, not Mark A. Esper.", cited by
        who he is; None when every initial typed is the article's."""
        people = (
            self.factbase.entities[link.entity]
            for link in parsed.entities
            if self._kind(link.entity) == "person"
        )
        wrong = wrong_initial(parsed.words, people)
        if wrong is None:
            return None
        identity = self._identity_of(wrong.person.id)
        if identity is None:
            return None
        return self._direct(
            text=wrong_initial_text(wrong, said_as("No", parsed)),
            facts=[identity],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[wrong.person.id],
        )

    def _first_names(self, person: str) -> frozenset[str]:
        """The words a person's names put before the surname ("mark" of "Mark T. Esper"),
        titles aside ("Secretary Esper")."""
        entity = self.factbase.entities[person]
        surname = normalise(entity.name).split()[-1:]
        names = (entity.name, *entity.aliases, *entity.maintainer_aliases)
        return frozenset(
            words[0]
            for name in names
            if len(words := normalise(name).split()) >= 2
            and words[-1:] == surname
            and term(words[0]) not in self._title_terms
        )

    def _nationalities_paired(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "So Esper is the Indian one and Singh the American?", "is Esper American and
        Singh Indian?": each person paired with a country, checked against the country the
        fact base puts them in; one wrong pair makes it No, with both identities."""
        if not STARTS_WITH_BE.match(parsed.text):
            return None
        links = sorted((k for k in parsed.entities if k.start >= 0), key=lambda k: k.start)
        kinds = [self._kind(k.entity) for k in links]
        if kinds != ["person", "country", "person", "country"]:
            return None
        if links[0].entity == links[2].entity:
            return None
        named = {i for k in links for i in range(k.start, k.end)}
        if not {w for i, w in enumerate(parsed.words) if i not in named} <= _PAIRING_FILLERS:
            return None  # "is Esper the Indian one's guest…": more than whose each one is
        paired = (links[0:2], links[2:4])
        held = all(c.entity in self._countries_of([p.entity]) for p, c in paired)
        people = [links[0].entity, links[2].entity]
        return self._verdict_on_who(held, people, parsed, context, notes)

    def _two_people(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Is Esper the Indian defense minister?" names two different people: no."""
        if not STARTS_WITH_BE.match(parsed.text):
            return None
        # "Is Pompeo the U.S. defence boss who met Singh?": the clause after "who" says more
        # of the second one; the two named before it are still two people.
        words = parsed.words
        cut = next((i for i, w in enumerate(words) if i > 2 and w in _RELATIVE), len(words))
        spans: dict[tuple[int, int], list[str]] = {}
        for link in parsed.entities:
            if self._kind(link.entity) == "person" and 0 <= link.start < cut:
                spans.setdefault((link.start, link.end), []).append(link.entity)
        singles = [ids[0] for ids in spans.values() if len(ids) == 1]
        before = words[:cut]
        asked = {term(w) for w in before} & set(parsed.terms) or set(parsed.unknown) & set(before)
        if len(singles) != 2 or singles[0] == singles[1] or asked:
            return None
        (_, first_end), (second_start, second_end) = sorted(spans)[:2]
        if second_end != cut and not (second_end == len(words) and cut == len(words)):
            return None  # something between the second name and the clause: not only who
        if not set(parsed.words[first_end:second_start]) <= {"the", "a", "an"}:
            return None  # "was Esper with Singh?" asks something else than who either is
        return self._verdict_on_who(False, singles, parsed, context, notes)

    def _verdict_on_who(
        self, held: bool, people: list[str], parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "No. Mark T. Esper, the U.S. Secretary of Defense; Rajnath Singh, India's Defense
        Minister.": a verdict on who people are, with who each is by their identity facts;
        None when one has none."""
        facts = [self._identity_of(person) for person in people]
        known = [fact for fact in facts if fact is not None]
        if len(known) != len(facts):
            return None
        who = "; ".join(identity_text(f) for f in known)
        return self._direct(
            text=f"{said_as('Yes' if held else 'No', parsed)}. {who}.",
            facts=known,
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=people,
        )

    def _same_thing(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Is BECA the same thing as the 2+2?", "is the person who held the press
        conference the one who met Singh?": two names of two different things in the fact
        base get No, with what each is. Two names of one thing are left to the facts, which
        say yes; a name the article lacks ("NATO") is not known to be either."""
        match = next((m for p in SAME_AS if (m := p.match(parsed.text)) is not None), None)
        if match is None:
            return None
        first, second = self._one_thing(match["a"]), self._one_thing(match["b"])
        if match.groupdict().get("described") and (first is None or second is None):
            return None  # "Is BECA the one that was agreed?": no one person described
        apart = self._meeting_and_event(match["a"], second) or self._meeting_and_event(
            match["b"], first
        )
        if apart is not None and len(apart) == 1:
            # "Is the meeting the same as the Tokyo talks?": no fact sets the two side by side.
            return self._not_found(parsed, context, [], notes)
        if apart is not None and not match.groupdict().get("apart"):
            # "Is the meeting the same as the 2+2?": the meeting came ahead of it.
            return self._direct(
                text=f"{said_as('No', parsed)}. " + " ".join(f.statement for f in apart),
                facts=list(apart),
                confidence=0.85,
                parsed=parsed,
                context=context,
                notes=[*notes, "the meeting is not another event"],
                about=[],
            )
        if first is None or second is None:
            if any(self._names_nothing(match[side]) for side in ("a", "b")):
                return None  # "Is the dialogue the same as the 2+2?": the facts may say
            # "Is the New Delhi meeting the same as New Delhi?": not two things the article
            # names, so no fact that merely has both words can say they are one.
            return self._not_found(parsed, context, [], notes)
        if first[0] == second[0]:
            # Two names of one thing: what it is, quoted, says so ("BECA" is the agreement);
            # any other fact that only has the words says nothing of the two being one.
            if first[1] is None:
                return self._not_found(parsed, context, [], notes)
            return self._direct(
                text=f"{said_as('Yes', parsed)}. {first[1].statement}",
                facts=[first[1]],
                confidence=0.85,
                parsed=parsed,
                context=context,
                notes=[*notes, "two names of one thing"],
                about=[first[0]],
            )
        if self._member_of(first[0], second[0]) or self._member_of(second[0], first[0]):
            # "Is Esper the same as the two defense chiefs?": one of them, neither yes nor no.
            return self._not_found(parsed, context, [], notes)
        if first[1] is None or second[1] is None:
            # "Is the State Department the same as the Pentagon?": no fact says what each is.
            return self._not_found(parsed, context, [], notes)
        if self._fits(first[0], match["b"]) or self._fits(second[0], match["a"]):
            return None  # "Is Begin the one who visited New Delhi?": he did too
        verdict = "Yes" if match.groupdict().get("apart") else "No"
        facts = [first[1]] + ([second[1]] if second[1].id != first[1].id else [])
        return self._direct(
            text=f"{said_as(verdict, parsed)}. " + " ".join(f.statement for f in facts),
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[*notes, "two names of two different things"],
            about=[first[0], second[0]],
        )

    def _one_thing(self, said: str) -> tuple[str, Fact | None] | None:
        """The one entity these words name, with the fact that says what it is, if one does
        (for someone described, the fact that says they did it); None if they name no one
        thing."""
        described = DESCRIBED_PERSON.match(said)
        if described is not None:
            return self._person_described(described["did"])
        side = parse(said, self.index)
        links = [link for link in side.entities if link.start >= 0]
        if side.unknown or side.unknown_names or not links:
            return None
        # "the two defense chiefs" links each of them, through the group they make up.
        said_ids = {link.group or link.entity for link in links}
        things = {e for e in said_ids if self._kind(e) not in _PLACE_KINDS}
        named = things or said_ids
        if len(named) != 1:
            return None
        entity = named.pop()
        spanned = {i for link in links for i in range(link.start, link.end)}
        # Other words may only say what kind of thing it is ("the BECA agreement"), never
        # name something else ("the New Delhi meeting" is not New Delhi).
        allowed = _NAME_FILLER | (
            _KIND_FILLER.get(self._kind(entity), frozenset()) if things else set()
        )
        if any(w not in allowed for i, w in enumerate(side.words) if i not in spanned):
            return None
        return entity, self._identity_of(entity)

    def _meeting_and_event(
        self, said: str, other: tuple[str, Fact | None] | None
    ) -> tuple[Fact, ...] | None:
        """ "the meeting" (named by no more than its kind, or its place or people) beside an
        event the article names: the article's meeting fact and the event's own, two things."""
        if other is None or other[1] is None or self._kind(other[0]) != "event":
            return None
        side = parse(said, self.index)
        if side.unknown or side.unknown_names or "meeting" not in side.words:
            return None
        linked = {link.entity for link in side.entities if link.start >= 0}
        spanned = {i for link in side.entities for i in range(link.start, link.end)}
        if any(
            w not in _NAME_FILLER | {"meeting"}
            for i, w in enumerate(side.words)
            if i not in spanned
        ):
            return None
        meeting = next(
            (
                e.fact
                for e in self.index.by_id.values()
                if not MEETING_WORDS.isdisjoint(quoted_words(e.fact))
                and {"who", "with_whom", "where"} <= set(e.fact.roles)
                and not any(self._kind(c) == "event" for c in e.central)
                and linked <= e.involved
            ),
            None,
        )
        if meeting is None:
            return None
        if other[0] not in self.index.by_id[meeting.id].involved:
            return (meeting,)  # an event its fact does not set it apart from: unsaid
        return meeting, other[1]

    def _names_nothing(self, said: str) -> bool:
        """Words that link no entity and have no word the article lacks ("the dialogue")."""
        if DESCRIBED_PERSON.match(said):
            return False
        side = parse(said, self.index)
        return not side.unknown and not side.unknown_names and not side.entities

    def _person_described(self, did: str) -> tuple[str, Fact] | None:
        """ "(the person) who held the press conference": whom the article has doing it."""
        answer = self._read_and_answer(f"who {did}", Context())
        if answer.abstained or not answer.fact_ids or answer.role is None:
            return None
        fact = self.factbase.facts[answer.fact_ids[0]]
        role = fact.roles.get(answer.role)
        people = role.entities if role is not None else ()
        if len(people) != 1 or self._kind(people[0]) != "person":
            return None
        return people[0], fact

    def _fits(self, entity: str, said: str) -> bool:
        """Someone named also fits the other side's description ("who visited New Delhi":
        Begin did too), so the two may be told apart by nothing the article says."""
        described = DESCRIBED_PERSON.match(said)
        if described is None or self._kind(entity) != "person":
            return False
        name = self.factbase.entities[entity].name
        checked = self._yesno_as_asked(
            parse(f"did {name} {described['did']}", self.index), Context(), []
        )
        # A "No" tells them apart: someone else did it.
        return not checked.abstained and not checked.text.startswith("No")

    def _member_of(self, part: str, whole: str) -> bool:
        """One of the entities a group stands for."""
        return part in self.factbase.entities[whole].members

    def _the_meeting_elsewhere(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Did the meeting take place in Tokyo?": the event the article itself calls a
        meeting (its quote says so), not other talks held there."""
        if _MEET not in parsed.terms and term("talks") not in parsed.terms:
            return None
        # "Rajnath Singh travelled to Washington for the talks.": the talks the article
        # tells of holding there (Tokyo's, for "…to Tokyo for the talks") or else the meeting.
        if _MEETING_OR_TALKS.isdisjoint(parsed.words) and not self._they_unnamed(parsed, context):
            return None
        if parsed.unknown_names or unknown_country(parsed):
            return None  # "Was Pakistan at the meeting in New Delhi?": not where, but who
        if any(link.start >= 0 and self._kind(link.entity) == "event" for link in parsed.entities):
            return None  # "the 2+2 meeting", "the Quad meeting": named
        # "Did Singh fly to Washington for the meeting?": where it sends someone for it.
        place = self._place_asked(parsed) or self._travelled_to(parsed)
        if place is None or place[1] is None or self._kind(place[1]) not in ("place", "country"):
            return None  # "at the Pentagon": the body whose statement it was, no place
        words = parsed.words
        if not any(
            link.entity == place[1]
            and link.start >= 0
            and (link.end == len(words) or words[link.end] in STOPWORDS)
            for link in parsed.entities
        ):
            return None  # "at the Indian Ministry of Defence": a body of the country
        others = {
            link.entity
            for link in parsed.entities
            if link.start >= 0
            and link.entity != place[1]
            and self._kind(link.entity) in ("person", "country")
        }
        # "What did Pompeo say?" "Was he at the meeting in New Delhi?": he, Pompeo, too.
        others |= {e for e in parsed.them if self._kind(e) == "person"}
        ranked = self._rank(parsed)
        if "meeting" not in parsed.words and (
            "talks" in parsed.words and (not others or self._talks_at(ranked, place[1]))
        ):
            # "Were the talks in Tokyo?", "Did Singh fly to Tokyo for the talks?": talks
            # held there, of which the article need not name everyone; only a claim of who
            # went for talks to a place none is held at is the meeting's.
            return None
        held_there = self._gathering_there_with(ranked, place[1], others)
        if held_there is not None:
            # "Was Esper at the meeting in Tokyo?": the talks he took part in there, not the
            # New Delhi meeting, which is only the one the article calls a meeting.
            confidence = min(0.9, held_there.score)
            return self._verdict("Yes", held_there, confidence, parsed, context, ranked, notes)
        # Of the best, first those whose own happening is a meeting (not praise during it).
        best = sorted(ranked[:PAIR_DEPTH], key=lambda r: _MEET not in r.entry.predicate)
        for scored in best:
            where = scored.entry.fact.roles.get("where")
            quoted = {term(w) for w in normalise(scored.entry.fact.quote.text).split()}
            if where is None or not where.entities or _MEET not in quoted:
                continue
            if not others <= scored.entry.involved:
                talks = self._their_talks_elsewhere(parsed, ranked, place[1], others)
                if talks is not None:
                    # "Did Esper and Pompeo go to Beijing for talks?": the talks the two
                    # took part in were in Tokyo, and nothing the article tells of was there.
                    scored, where = talks
                    confidence = min(0.85, scored.score + 0.3)
                    return self._verdict(
                        "No", scored, confidence, parsed, context, ranked, notes, where
                    )
                # "Was China at the meeting in New Delhi?": who was there, which the place
                # of the meeting does not answer, nor any other event placed elsewhere.
                return self._not_found(parsed, context, ranked, notes)
            # "Was the meeting in India?": yes, in New Delhi; "…in Tokyo?": no.
            there = any(self._covers(place[1], e) for e in where.entities)
            return self._verdict(
                "Yes" if there else "No",
                scored,
                min(0.85, scored.score + 0.3),
                parsed,
                context,
                ranked,
                notes,
                where,
            )
        return None

    def _talks_sent_to_a_name_unused(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Did Esper and Pompeo fly to Moscow for talks?": a city the article never names,
        so not where the talks they took part in (Tokyo's) were held."""
        cleared = replace_unknown(parsed)
        ranked = self._rank(cleared)
        people = {
            link.entity
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) == "person"
        }
        talks = self._their_talks_elsewhere(parsed, ranked, None, people)
        if talks is None:
            return None
        scored, where = talks
        confidence = min(0.85, scored.score + 0.3)
        return self._verdict("No", scored, confidence, cleared, context, ranked, notes, where)

    def _their_talks_elsewhere(
        self, parsed: Parsed, ranked: list[Scored], place: str | None, people: set[str]
    ) -> tuple[Scored, Role] | None:
        """For talks (not "the meeting") that people named went to somewhere nothing in
        the article happened (Beijing), the gathering of the best facts that all of them
        took part in, with where it was: "Did Esper and Pompeo go to Beijing for talks?"
        is of the Tokyo talks. A place the article does tell of (India) is left alone: the
        people may have had other talks there. No place (None) is a name the article never
        uses ("Moscow")."""
        if "meeting" in parsed.words or "talks" not in parsed.words:
            return None
        if not people or any(self._kind(p) != "person" for p in people):
            return None
        if place is not None and not self._nowhere_told_of(place):
            return None
        found = [
            (scored, where)
            for scored in ranked[:PAIR_DEPTH]
            if scored.score >= 0.5
            and (where := scored.entry.fact.roles.get("where")) is not None
            and where.entities
            and not _GATHERINGS.isdisjoint(term(w) for w in quoted_words(scored.entry.fact))
            and people <= scored.entry.involved
        ]
        # "Did Esper go to Paris for talks?": he met Singh in New Delhi and was at the
        # Tokyo talks; which of the two is meant is unclear.
        places = {frozenset(where.entities) for _, where in found}
        return found[0] if len(places) == 1 else None

    def _talks_at(self, ranked: list[Scored], place: str) -> bool:
        """Whether one of the best facts is of a gathering held at the place (Tokyo's
        quadripartite talks for "to Tokyo for the talks")."""
        for scored in ranked[:PAIR_DEPTH]:
            where = scored.entry.fact.roles.get("where")
            quoted = {term(w) for w in quoted_words(scored.entry.fact)}
            if (
                where is not None
                and not quoted.isdisjoint(_GATHERINGS)
                and any(self._covers(place, e) for e in where.entities)
            ):
                return True
        return False

    def _they_unnamed(self, parsed: Parsed, context: Context) -> bool:
        """ "So they met in Tokyo, right?" asked first: "they" who met are the pair the
        article tells of meeting (Esper and Singh), as "the meeting" would be; after an
        answer, "they" are whoever it named."""
        return (
            context.empty
            and "they" in parsed.words
            and not any(
                link.start >= 0 and self._kind(link.entity) in ("person", "group")
                for link in parsed.entities
            )
        )

    def _bare_meeting(self, parsed: Parsed, context: Context) -> bool:
        """Who was at "the meeting", named by nothing else (no place, event or time of its
        own), with no gathering just answered that it could point back to. (What was said
        or agreed "at the meeting" is left to the facts that say it.)"""
        if (
            _THE_MEETING.search(parsed.text) is None
            or not _ATTENDING.issuperset(parsed.terms)
            or any(
                self._kind(link.entity) in ("place", "event", "agreement")
                for link in parsed.entities
            )
        ):
            return False
        last = self.index.by_id.get(context.fact_id or "")
        return last is None or _GATHERINGS.isdisjoint(quoted_words(last.fact))

    def _gathering_there_with(
        self, ranked: list[Scored], place: str, attendees: set[str]
    ) -> Scored | None:
        """Of the best facts, one of a gathering held at the place with every attendee asked
        about among those taking part in it (its who or with_whom), if any."""
        if not attendees:
            return None
        for scored in ranked[:PAIR_DEPTH]:
            roles = scored.entry.fact.roles
            where = roles.get("where")
            quoted = {term(w) for w in normalise(scored.entry.fact.quote.text).split()}
            if scored.score < 0.5 or where is None or quoted.isdisjoint(_GATHERINGS):
                continue
            if not any(self._covers(place, e) for e in where.entities):
                continue
            taking_part = {
                m
                for name in ("who", "with_whom")
                if name in roles
                for e in roles[name].entities
                for m in self.index.expand(e)
            }
            if all(any(self._covers(a, e) for e in taking_part) for a in attendees):
                return scored
        return None

    def _elsewhere(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did they meet in Mumbai?", "Was Pompeo's press conference in Tokyo?": another
        place than the one the article gives for the event the question names."""
        meeting = self._the_meeting_elsewhere(parsed, context, notes)
        if meeting is not None:
            return meeting
        if _EVER_BEEN.search(parsed.text):
            # "Has Esper been to Washington?": New Delhi is where he went this time, which
            # says nothing of everywhere he has ever been.
            return None
        place = self._place_asked(parsed)
        if place is None:
            # "Did Pompeo travel to Beijing?": where the article has him go instead.
            sent = self._travelled_to(parsed)
            if _ordered_against(parsed) or _FURTHER_STOP.search(parsed.text):
                # "Did Esper go to Beijing before New Delhi?": the trip the article has is
                # the later stop the question grants, which rules out no earlier one; nor a
                # later one ("did Begin go on to Beijing too?").
                return None
            trip = self._trip_elsewhere(parsed, sent[1], hosts=False) if sent and sent[1] else None
            if sent is not None and trip is None and _MEET in parsed.terms:
                # "Did Singh fly to Washington to meet Esper?": where the two met instead.
                trip = self._placed_elsewhere(parsed, sent[1], named_only=True)
            if sent is not None and trip is None and sent[1] is None:
                talks = self._talks_sent_to_a_name_unused(parsed, context, notes)
                if talks is not None:
                    return talks
            if sent is None or trip is None:
                return None
            # "Did Begin go to Beijing?": no, the article has him go to New Delhi. (Someone
            # the article only has host others, like Singh, is left to the other checks.)
            scored, went, ranked, without = trip
            confidence = min(0.9, scored.score)
            hedge = self._trip_left_open(parsed, sent[1], scored.entry.fact) if sent[1] else None
            verdict = hedge or "No"  # "Begin went to Japan?": not that the article says
            return self._verdict(verdict, scored, confidence, without, context, ranked, notes, went)
        _, entity = place
        if self._place_of_the_anchor(parsed, entity):
            # "Did Pompeo head to South Asia after speaking at the State Department?": where
            # what it is ordered against happened, not another place for the trip.
            return None
        pinned = self.index.by_id.get(parsed.followup_fact or "")
        if (
            pinned is None
            and (
                {"that", "it", "this"} & set(parsed.words) or self._they_the_event(parsed, context)
            )
            and not parsed.terms
            and all(link.entity == entity for link in parsed.entities if link.start >= 0)
        ):
            pinned = self.index.by_id.get(context.fact_id or "")  # "was that in Tokyo?"
        if pinned is not None and (entity is not None or place[0] in _words_after_in(parsed)):
            # "Who did Esper meet on Monday?" "Was that in Tokyo?": where that happened;
            # "…in Canberra?", a city the article never names, is not where it was either.
            where = pinned.fact.roles.get("where")
            if where is None or not where.entities:
                return None
            there = entity is not None and any(self._same_place(entity, e) for e in where.entities)
            scored = Scored(pinned, 1.0, (), True)
            # "Then where?" is not about Tokyo
            cleared = replace_unknown(parsed) if entity is None else without_entity(parsed, entity)
            verdict = "Yes" if there else "No"
            return self._verdict(verdict, scored, 0.85, cleared, context, [scored], notes, where)
        found = self._placed_elsewhere(parsed, entity, named_only=False)
        if found is None:
            return None
        scored, where, ranked, without = found
        confidence = min(0.9, scored.score)
        # "begin tokyo visit" ("was begin visit in tokyo"): his visit the article has is to
        # New Delhi, which rules out no visit to Tokyo; hedged as "Begin visited Tokyo?" is.
        visit = VISIT_TERM in scored.entry.predicate
        hedge = (
            self._trip_left_open(parsed, entity, scored.entry.fact)
            if visit and entity is not None
            else None
        )
        verdict = hedge or "No"
        return self._verdict(verdict, scored, confidence, without, context, ranked, notes, where)

    def _place_quoted_first(self, parsed: Parsed, ranked: list[Scored]) -> list[Scored]:
        """ "Did Esper actually go to Delhi?": of equally good facts, one whose own words put
        him in New Delhi (the meeting) before one that only happened "during the visit"."""
        places = [e for e in parsed.entity_ids if self._kind(e) == "place"]
        if not places:
            return ranked
        tied = [r for r in ranked if r.score == ranked[0].score]
        tied.sort(key=lambda r: not all(self._quote_names(r.entry.fact, p) for p in places))
        return tied + ranked[len(tied) :]

    def _quote_names(self, fact: Fact, entity_id: str) -> bool:
        """The fact's quote itself names the entity by one of the article's names for it."""
        entity = self.factbase.entities.get(entity_id)
        if entity is None:
            return False
        quote = f" {normalise(fact.quote.text)} "
        names = (entity.name, *entity.aliases)
        return any(f" {normalise(name)} " in quote for name in names)

    def _they_the_event(self, parsed: Parsed, context: Context) -> bool:
        """ "Where were the quad talks held?" "Were they in Canberra?": "they" are the
        talks the last question was about, when it was about an event and no one else."""
        return (
            "they" in parsed.words
            and bool(context.entities)
            and all(self._kind(e) == "event" for e in context.entities[:1])
            and not any(
                link.start >= 0 and self._kind(link.entity) in ("person", "group", "country")
                for link in parsed.entities
            )
        )

    def _place_of_the_anchor(self, parsed: Parsed, entity: str | None) -> bool:
        """Whether the place is named only after "before/after", in what the claim orders
        its event against."""
        order = ORDER_ASKED.search(parsed.text)
        if order is None or entity is None:
            return False
        start = len(parsed.text[: order.start()].split())
        at = [link.start for link in parsed.entities if link.entity == entity and link.start >= 0]
        return bool(at) and min(at) > start

    def _elsewhere_that_day(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Was Singh in Washington on Monday?", "Was Esper in Tokyo on Monday?": no, when
        the article has the people asked take part, that day, in something held elsewhere
        (the New Delhi meeting). The day picks the fact; the place asked must then be its."""
        days = day_words(parsed.words)
        if not any(w in WEEKDAYS or w.isdigit() for w in days):
            return None  # "in Tokyo in October?": a month holds other days, and other places
        if parsed.negated or parsed.unknown or parsed.unknown_names:
            return None
        place = self._place_asked(parsed) or self._travelled_to(parsed)
        if place is None or place[1] is None or self._kind(place[1]) not in _PLACE_KINDS:
            return None
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        if not people:
            return None
        day_terms = {term(w) for w in days}
        judged = copy.copy(parsed)
        judged.terms = [t for t in parsed.terms if t not in day_terms]
        ranked = self._rank(without_entity(judged, place[1]))
        for scored in ranked:
            fact = scored.entry.fact
            where = fact.roles.get("where")
            if scored.missing or scored.score < YESNO_THRESHOLD or where is None:
                continue
            if not where.entities or not people <= self._sides_of(fact):
                continue
            dated = self.factbase.articles[fact.quote.article].date
            if not all(verdict(w, fact, None, dated) for w in days):
                continue  # not that day, or no day given
            if any(self._same_place(place[1], e) for e in where.entities):
                return None  # there: whether they did what is asked is for the rest
            confidence = min(0.9, scored.score)
            return self._verdict("No", scored, confidence, judged, context, ranked, notes)
        return None

    def _placed_elsewhere(
        self, parsed: Parsed, entity: str | None, named_only: bool
    ) -> tuple[Scored, Role, list[Scored], Parsed] | None:
        """The event the question names, if the article puts it somewhere else than the
        place the question does (`entity`, or an unknown name when None). `named_only`: the
        event must be named by name or by two of its sides, not by one person and a verb
        ("who did Pompeo meet in New Delhi?" is not about his press conference)."""
        unknown = [w for w in parsed.unknown if w not in _CHOICE_WORDS]  # "chosen": as "in"
        if entity is not None and (unknown or parsed.unknown_names):
            return None
        without = replace_unknown(parsed) if entity is None else _place_unsaid(parsed, entity)
        ranked = self._rank(without)
        if not ranked or ranked[0].missing or ranked[0].score < YESNO_THRESHOLD:
            return None
        if entity is not None and self._told_there(parsed, entity):
            return None  # "Did Esper meet anyone in Tokyo?": yes, the Tokyo talks
        strict = entity is not None or named_only
        if not named_only and _SOME_MEETING.search(parsed.text):
            # "Did a meeting take place in Mumbai?": of the events held elsewhere, the lead
            # meeting (New Delhi) answers, not the Tokyo talks its tie with happens to put first.
            ranked = self._lead_first(ranked)
        found = self._first_placed_event(ranked[:4], without, strict, named_only)
        if found is None and strict and not named_only and self._nowhere_told_of(entity):
            # "Were the talks in Beijing?": "talks" names the New Delhi meeting and the Tokyo
            # talks alike, but nothing the article tells of happened there, so whichever
            # talks are meant were held elsewhere; the lead meeting is the likelier meant.
            loosely = self._lead_first(ranked[:4])
            found = self._first_placed_event(loosely, without, False, named_only)
        if found is None:
            return None
        scored, where = found
        if entity is not None and any(self._same_place(entity, e) for e in where.entities):
            return None  # there, or somewhere that contains it (New Delhi, South Asia)
        return scored, where, ranked, without

    def _first_placed_event(
        self,
        ranked: list[Scored],
        parsed: Parsed,
        strict: bool,
        named_only: bool,
    ) -> tuple[Scored, Role] | None:
        """The first good fact the question names as an event, with where it happened."""
        for scored in ranked:
            if scored.missing or scored.score < YESNO_THRESHOLD:
                continue
            fact = scored.entry.fact
            # A place the article names ("in Delhi?") needs the event named unmistakably: the
            # Tokyo talks were a meeting too.
            if not self._names_the_event(fact, parsed, strict, named_only):
                continue
            where = fact.roles.get("where")
            if where is None or not where.entities:
                # "What did Esper and Singh agree in Mumbai?": what the two did together,
                # placed nowhere itself, was done where they met.
                met = self._where_they_met(fact) if named_only else None
                if met is None:
                    continue
                scored, where = met
            return scored, where
        return None

    def _lead_first(self, ranked: list[Scored]) -> list[Scored]:
        """The facts, with the lead event (the Esper-Singh meeting) first among the best."""
        lead = self._lead_event
        best = ranked[0].score if ranked else 0.0
        return sorted(ranked, key=lambda r: (r.score < best, r.entry is not lead))

    def _nowhere_told_of(self, entity: str | None) -> bool:
        """Nothing the article tells of happened in or around this place (Beijing, China);
        a body ("at the Pentagon") is no place the article could have put the talks."""
        if entity is None or self._kind(entity) not in _PLACE_KINDS:
            return False
        return not any(self._same_place(entity, p) for p in self._places_of_events)

    @cached_property
    def _places_of_events(self) -> frozenset[str]:
        """Every place any fact happens in (New Delhi, Tokyo, the State Department); built
        once."""
        return frozenset(
            place
            for fact in self.factbase.facts.values()
            if (where := fact.roles.get("where")) is not None
            for place in where.entities
        )

    def _where_they_met(self, fact: Fact) -> tuple[Scored, Role] | None:
        """Where the two or more people who did this are placed together, when every fact
        placing exactly them puts them in one place ("Esper and Singh agreed…": Esper met
        Singh in New Delhi; they praised the ties there), with the fact of their meeting."""
        sides = self._sides_of(fact)
        if len(sides) < 2 or not all(self._kind(e) == "person" for e in sides):
            return None
        placed = [
            entry
            for entry in self.index.entries
            if entry.fact.id != fact.id
            and (where := entry.fact.roles.get("where")) is not None
            and where.entities
            and self._sides_of(entry.fact) == sides
        ]
        if len({entry.fact.roles["where"].entities for entry in placed}) != 1:
            return None
        met = next((entry for entry in placed if "with_whom" in entry.fact.roles), placed[0])
        return Scored(met, 1.0, (), True), met.fact.roles["where"]

    def _sides_of(self, fact: Fact) -> frozenset[str]:
        """Who did it and with whom, a group as its members."""
        return frozenset(
            m
            for name in ("who", "with_whom")
            for e in (fact.roles[name].entities if name in fact.roles else ())
            for m in self.index.expand(e)
        )

    def _trip_elsewhere(
        self, parsed: Parsed, destination: str, hosts: bool = True
    ) -> tuple[Scored, Role, list[Scored], Parsed] | None:
        """ "Why did Pompeo travel to Beijing?": the one person the question sends somewhere
        went, by the article, only elsewhere (his trip was to South Asia), or, with `hosts`,
        was met elsewhere ("Why did Singh fly to Washington?": he hosted Esper in New Delhi)."""
        if self._travelled_to(parsed) is None:
            return None
        people = {link.entity for link in parsed.entities if self._kind(link.entity) == "person"}
        if len(people) != 1 or parsed.unknown or parsed.unknown_names:
            return None
        traveller = people.pop()
        without = without_entity(parsed, destination)
        ranked = self._rank(without)
        trips: list[tuple[Scored, Role]] = []
        for scored in ranked:
            fact = scored.entry.fact
            where = fact.roles.get("where")
            sides = [
                fact.roles[r].entities
                for r in (("who", "with_whom") if hosts else ("who",))
                if r in fact.roles
            ]
            if (
                where is None
                or not where.entities
                or VISIT_TERM not in scored.entry.predicate
                or not any(traveller in self.index.expand(e) for es in sides for e in es)
            ):
                continue
            if any(self._same_place(destination, e) for e in where.entities):
                return None  # he did go there (or somewhere it contains)
            trips.append((scored, where))
        if not trips or trips[0][0].score < YESNO_THRESHOLD:
            return None
        if self._open_elsewhere(parsed, destination, trips[0][0].entry.fact):
            return None  # "Did Esper go to Australia?": he is not said not to
        return trips[0][0], trips[0][1], ranked, without

    def _they_for_one(self, parsed: Parsed, fact: Fact) -> bool:
        """The claim's doer is "they" ("did they discuss China?", "do they mention the
        CCP?") and the fact's is one person the question does not name: what he did is
        not what they did."""
        if parsed.words[1:2] != ["they"]:
            return False
        if "with_whom" in fact.roles:
            return False  # "Did they meet in New Delhi?": Esper with Singh, two
        who = fact.roles.get("who")
        doers = list(who.entities) if who is not None else []
        return (
            len(doers) == 1
            and self._kind(doers[0]) == "person"
            and doers[0] not in parsed.entity_ids
        )

    def _sent_to_no_trip(self, parsed: Parsed, fact: Fact) -> bool:
        """The question sends someone to a place, and the fact neither places anything nor
        speaks of a visit or trip: what it says (or counts) is not their going there."""
        if self._travelled_to(parsed) is None:
            return False
        where = fact.roles.get("where")
        placed = where is not None and bool(where.entities)
        return not placed and VISIT_TERM not in self.index.by_id[fact.id].bag

    def _trip_left_open(self, parsed: Parsed, place: str, trip: Fact) -> str | None:
        """The lead for a claim sending someone to a place of the story the article does not
        send them to: "Begin visited Tokyo?" is put up as the trip the article reports, to
        New Delhi, but the article rules no other stop out, so it gets "Not that the article
        says" rather than a flat "No" (a question, "did Begin go…?", abstains instead)."""
        if parsed.claim_negated and not (parsed.true_false or parsed.set_against):
            # "Begin didn't go to Tokyo?": his trip to New Delhi shows no more that he
            # didn't than that he did (it got "No.", as if he went, with Pompeo's quote)
            left_open = self._travelled_to(parsed) is not None and self._leaves_open(
                parsed, place, trip
            )
            return "The article doesn't say either way" if left_open else None
        if parsed.claim_negated or parsed.true_false or parsed.set_against:
            # "True or false: …", "Tokyo, not New Delhi?": judged as before, against the
            # trip the article has
            return None
        if self._travelled_to(parsed) is None:
            return None
        if "instead" in parsed.words:
            return None  # "Begin visited Tokyo, not New Delhi, right?": against his own trip
        return "Not that the article says" if self._leaves_open(parsed, place, trip) else None

    def _open_elsewhere(self, parsed: Parsed, place: str, trip: Fact) -> bool:
        """Whether a trip the article has someone make elsewhere leaves the place asked open,
        when the question asks ("did Begin go…?", not a claim of his trip put up for checking,
        which `_trip_verdict` answers)."""
        if parsed.words[0] not in _ASKING_AUXILIARIES:
            return False  # "Begin visited Tokyo, right?": a claim of where he went, not a query
        return self._leaves_open(parsed, place, trip)

    def _leaves_open(self, parsed: Parsed, place: str, trip: Fact) -> bool:
        """Whether a trip the article has someone make elsewhere leaves the place asked open:
        it does when the place is a scene of the story (`_a_scene`), and the question neither
        pins the trip's own time ("recently visited Tokyo?" is that visit, which was to New
        Delhi) nor sets the place against the trip's own ("Tokyo, not New Delhi?")."""
        if not self._a_scene(place):
            return False
        said = normalise(
            f"{trip.statement} {trip.roles['when'].answer if 'when' in trip.roles else ''}"
        )
        times = {term(w) for w in said.split()} & _TRIP_TIMES
        if times & {term(w) for w in parsed.words}:
            return False
        where = trip.roles.get("where")
        own = where.entities if where is not None else ()
        return not any(
            self._same_place(link.entity, e)
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) in _PLACE_KINDS
            for e in own
        )

    def _a_scene(self, place: str) -> bool:
        """The article has something happen at the place, or the place's country take part
        as the other side: Tokyo and Australia (the Tokyo talks). Someone sent elsewhere is no
        "no" to going there, for the article tells who went there and is silent on others;
        a place it never brings into the story (Beijing, China as a host) is another matter."""
        if self._kind(place) not in _PLACE_KINDS:
            return False
        return any(self._same_place(place, e) for e in self._scenes)

    @cached_property
    def _scenes(self) -> frozenset[str]:
        """Every place or country some fact has as where it happened or as its other side,
        read once (a question would otherwise pass over every fact)."""
        return frozenset(
            e
            for entry in self.index.entries
            for name in ("where", "with_whom")
            if (role := entry.fact.roles.get(name)) is not None
            for e in role.entities
            if self._kind(e) in _PLACE_KINDS
        )

    def _went_there(self, entry: FactEntry, place: str, parsed: Parsed) -> bool:
        """The fact puts the question's people at this place (or somewhere in it)."""
        where = entry.fact.roles.get("where")
        # Went to New Delhi is went to India; went to South Asia is not went to India.
        if where is None or not any(self._covers(place, e) for e in where.entities):
            return False
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        return all(p in entry.involved for p in people)

    def _main_verb(self, parsed: Parsed) -> str | None:
        """The verb of "Does India agree with…?", "did they sign…?": the word after the
        subject, if it is a word some fact uses for what happened."""
        words = parsed.words
        if words[:1] not in (["does"], ["did"], ["do"]) or len(words) < 3:
            return None
        at = 2 if words[1] in ("he", "she", "they", "it") else None
        for link in parsed.entities:
            if link.start == 1:
                at = link.end
        while at is not None and at < len(words) and words[at] in _ADVERBS:
            at += 1  # "did he also go…"
        if at is None or at >= len(words):
            return None
        if words[at] in _FEELING_STOPWORDS:
            return words[at]  # "Did Esper like Singh?": a feeling, which meeting him is not
        verb = term(words[at])
        if verb in SOFT_VERBS or verb not in self.index.predicate_terms:
            return None
        return verb

    def _person_liked(self, parsed: Parsed, verb: str) -> bool:
        """Whether someone is what is liked ("Did Esper like Singh?"): the article tells of
        appreciating an agreement, never of how anyone felt about a person."""
        at = parsed.words.index(verb) if verb in parsed.words else len(parsed.words)
        return any(
            link.start > at and self._kind(link.entity) == "person" for link in parsed.entities
        )

    def _body_visited(self, parsed: Parsed) -> str | None:
        """ "Did Singh go to the Pentagon?", "Esper visited the State Department": a body
        the question sends someone to, as to its headquarters."""
        if VISIT_TERM not in parsed.terms:
            return None
        bodies = [
            link.entity
            for link in parsed.entities
            if (before := _word_before(parsed, link)) is not None
            and (before == "to" or term(before) == VISIT_TERM)
            and self._kind(link.entity) == "organisation"
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _travelled_to(self, parsed: Parsed) -> tuple[str, str | None] | None:
        """ "Why did Singh travel to Washington?": where the question sends someone."""
        if VISIT_TERM not in parsed.terms:
            return None
        to = [
            link  # "travel to Washington", "visit Washington", "visit the U.S."
            for link in parsed.entities
            if (before := _word_before(parsed, link)) is not None
            and (before in _TO_WORDS or term(before) == VISIT_TERM or _visit_in(parsed, link))
            and self._kind(link.entity) in ("place", "country")
        ]
        if len(to) == 1:
            return (to[0].text, to[0].entity)
        if to:
            return None
        # "Why did Esper travel to Mumbai to meet Singh?": a name the article never uses,
        # where the question sends someone.
        words = parsed.words
        sent = [
            w
            for i, w in enumerate(words[2:], 2)
            if (
                w in parsed.unknown_names
                and (words[i - 1] == "to" or term(words[i - 1]) == VISIT_TERM)
            )
            or (w in parsed.unknown and words[i - 1] == "to" and words[i - 2] in _SENT_VERBS)
        ]
        return (sent[0], None) if len(sent) == 1 else None

    def _absent_from(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Was China at the meeting?": someone asked as attending what the fact reports is
        not one of those it has taking part (its roles), only someone it mentions."""
        found = ATTENDED.match(parsed.text)
        if found is None:
            return False
        cut = len(found.group("who").split()) + 1
        attendees = [
            link.entity
            for link in parsed.entities
            if 0 <= link.start < cut and self._kind(link.entity) in ("person", "country")
        ]
        if attendees and entry.fact.id in self._identity_facts:
            return True  # who someone is places them at nothing
        said = {term(w) for w in normalise(entry.fact.quote.text).split()}
        if attendees and said.isdisjoint(_GATHERINGS):
            return True  # "Was Begin at the meeting?": his visit is no meeting
        roles = entry.fact.roles
        taking_part = {
            m
            for name in ("who", "with_whom")
            if name in roles
            for e in roles[name].entities
            for m in self.index.expand(e)
        }
        return bool(attendees) and not all(
            any(self._covers(e, a) or self._covers(a, e) for e in taking_part) for a in attendees
        )

    def _may_be_the_earlier_ones(self, parsed: Parsed, fact: Fact, number: str) -> bool:
        """ "2 prior 2+2s?" of "three such dialogues": the three may or may not include the
        one now, so two or three earlier ones are neither confirmed nor ruled out; four
        are ruled out."""
        role = fact.roles.get("how_many")
        given = leading_count(role.answer) if role is not None else None
        if not parsed.counted_before or given is None or number not in NUMBER_WORDS:
            return False
        return NUMBER_WORDS[number] in (COUNT_WORDS.index(given), COUNT_WORDS.index(given) - 1)

    def _only_an_anchor(self, parsed: Parsed, fact: Fact) -> bool:
        """Every event the question asks about is, in this fact, only what something else
        came before or after ("ahead of the 2+2 Dialogue")."""
        events = {e for e in parsed.entity_ids if self._kind(e) == "event"}
        if not events or ORDER_ASKED.search(parsed.text):
            return False  # "did they meet after the 2+2?" asks the order itself
        text = normalise(fact.statement)
        anchors: set[str] = set()
        rest = text
        for said in ORDER_SAID.finditer(text):
            anchors |= self.index.entities_in(said.group(2))
            rest = rest.replace(said.group(0), " ")
        return events <= anchors and not events & self.index.entities_in(rest)

    def _bound_checked(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Have the two countries held fewer than two 2+2s?": the bound's own words
        ("fewer than two") are no fact's, and weigh the best fact down, so the facts are
        ranked without them; the best that count what is asked settle the bound, if they
        all agree ("three such dialogues": No)."""
        found = BOUND_ASKED.search(parsed.text)
        if found is None:
            return None
        if parsed.bare_bound:
            return self._bound_of_last_count(parsed, context, notes)
        bound_words = found.group(0).split()
        bound_terms = {term(w) for w in bound_words}
        without = copy.copy(parsed)
        without.terms = [t for t in parsed.terms if t not in bound_terms]
        without.unknown = [w for w in parsed.unknown if w not in bound_words]
        ranked = self._rank(without)
        kept = [
            r for r in ranked if not r.missing and not self._someone_else_counted(parsed, r.entry)
        ]
        if not kept or kept[0].score < YESNO_THRESHOLD:
            return None
        tied = [r for r in kept if r.score >= kept[0].score - 0.05]
        held = [(r, self._bound_held(parsed, r.entry)) for r in tied]
        counted = [(r, h) for r, h in held if h is not None]
        if not counted or len({h for _, h in counted}) != 1:
            return None  # no count of it, or Esper's and the countries' disagree
        best, bound = counted[0]
        # The count settles it, though the bound's number is no word of the fact; the count
        # is said where the statement does not say it ("quadripartite" does not say four).
        lead = f"{said_as('Yes' if bound else 'No', parsed)}.{self._count_said(best.entry)}"
        return self._stated(lead, best, min(0.9, best.score), parsed, context, ranked, notes)

    @staticmethod
    def _count_said(entry: FactEntry) -> str:
        """ " Four countries: the United States, Japan, India and Australia." said after
        the Yes or No to a bound ("more than three countries at the Tokyo talks?") when the
        statement does not give the count in words; nothing otherwise."""
        counted = entry.fact.roles.get("how_many")
        count = leading_count(counted.answer) if counted is not None else None
        if counted is None or count is None:
            return ""
        said = normalise(entry.fact.statement).split()
        if count in said or _ORDINAL_OF.get(count) in said:
            return ""  # "three 2+2 dialogues", "the second time Esper…": said already
        return f" {counted.answer.rstrip('.')}."

    def _bound_of_last_count(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        """ "More than three 2+2s?" (No, three) "fewer than three then?": the count the last
        answer gave, and no other; after an answer that gave none, nothing is counted."""
        entry = self.index.by_id.get(context.fact_id or "")
        held = self._bound_held(parsed, entry) if entry is not None else None
        if entry is None or held is None:
            return self._not_found(parsed, context, [], notes)
        scored = Scored(entry, 1.0, (), True)
        lead = f"{said_as('Yes' if held else 'No', parsed)}."
        return self._stated(lead, scored, 0.85, parsed, context, [scored], notes)

    def _someone_else_counted(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Have the two countries held fewer than two 2+2s?": Esper's own count ("the
        second time Esper…") is of a person the question does not name."""
        who = entry.fact.roles.get("who")
        people = {e for e in (who.entities if who else ()) if self._kind(e) == "person"}
        return (
            bool(people)
            and people.isdisjoint(parsed.entity_ids)
            and not self._count_of_no_one(entry, people)
        )

    def _count_of_no_one(self, entry: FactEntry, people: set[str]) -> bool:
        """Whether the fact's count is of things, not of its people's own doings: "Four
        countries: the United States, Japan, India and Australia" counts the Tokyo talks'
        countries, whoever went ("were there more than three countries at the Tokyo
        talks?"); "Two: this is the second time Esper…" is Esper's own."""
        counted = entry.fact.roles.get("how_many")
        return counted is not None and people.isdisjoint(self.index.entities_in(counted.answer))

    def _bound_held(self, parsed: Parsed, entry: FactEntry) -> bool | None:
        """Whether the fact's count meets a bound the question puts ("more than three", "at
        least two", "fewer than five"), or None when there is no bound or no count of that."""
        found = BOUND_ASKED.search(parsed.text)
        role = entry.fact.roles.get("how_many")
        if found is None or role is None or not self._counts(entry, parsed, found["n"]):
            return None
        given = leading_count(role.answer)
        if given is None:
            return None
        count, bound = COUNT_WORDS.index(given), NUMBER_WORDS[found["n"]]
        kind = found["kind"]
        if kind in ("more than", "over"):
            return count > bound
        if kind in ("fewer than", "less than", "under"):
            return count < bound
        if kind == "at least":
            return count >= bound
        return count <= bound  # at most

    def _count_unjudged(self, parsed: Parsed, fact: Fact) -> bool:
        """A number the question puts on something ("three-country", "five dialogues") that
        this fact gives no count of to compare with."""
        if any(self._may_be_the_earlier_ones(parsed, fact, w) for w in parsed.words):
            return True  # "2 prior 2+2s?" of "three such dialogues": this one among them?
        said = normalise(f"{fact.statement} {fact.quote.text}").split()
        words = parsed.words
        for at, (word, used) in enumerate(zip(words, parsed.used, strict=False)):
            # "the two militaries", "the two countries" only name the sides; "two
            # agreements" counts.
            if used or NUMBER_WORDS.get(word, 0) < 2:
                continue
            if word == "two" and (at + 1 == len(words) or words[at + 1] not in _COUNTABLE):
                continue
            counted = self._counted_after(parsed, word)
            written = any(w == word and counted and stem(n) in counted for w, n in pairwise(said))
            if counted is not None and not written and verdict(word, fact, counted) is None:
                return True
        return False

    def _listed(self, entry: FactEntry, kind: str) -> set[str]:
        """Everything of one kind the fact names, in itself or in any of its answers."""
        listed = {e for e in entry.fact.entities if self._kind(e) == kind}
        for role in entry.fact.roles.values():
            listed |= {e for e in role.entities if self._kind(e) == kind}
        return listed

    def _whole_list(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Were the Tokyo talks just between the US, Japan, India and Australia?": the
        question closes, with "only", exactly the list the fact gives for an event."""
        if not any(self._kind(e) == "event" for e in parsed.entity_ids):
            return False
        # Countries only: the people the article names at an event are its own side's.
        asked = {e for e in parsed.entity_ids if self._kind(e) == "country"}
        return len(asked) >= 2 and asked == self._listed(entry, "country")

    def _only_some(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Just the US, Japan and India?", "did only Esper and Singh…?": a list the question
        closes with "only" that leaves out some of the fact's own of that kind, or one
        that leaves out ("without Pompeo") someone the fact has taking part."""
        only = not _ONLY_WORDS.isdisjoint(parsed.words)
        cut = next((i for i, w in enumerate(parsed.words) if w in _LEFT_OUT_WORDS), None)
        if not only and cut is None:
            return False
        where = entry.fact.roles.get("where")
        at = set(where.entities) if where is not None and cut is not None else set()
        # Who took part in an event ("the Tokyo talks", or "go to Tokyo" when the fact is
        # what happened there); not "is the partnership only…?"
        if not any(self._kind(e) == "event" or e in at for e in parsed.entity_ids):
            return False
        for kind in ("country", "person"):
            named = [k for k in parsed.entities if self._kind(k.entity) == kind]
            # "…limited to the U.S., Japan and India, without Australia?"
            left_out = {k.entity for k in named if cut is not None and k.start > cut}
            asked = {k.entity for k in named} - left_out
            listed = self._listed(entry, kind)
            # Left out, the fact's own words count too: "he joined Esper at the talks".
            if left_out & (listed | entry.involved) or (
                only and len(asked) >= 2 and asked < listed
            ):
                return True
        return False

    def _only_some_doers(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Was the expansion welcomed by only the US side?", "did only Esper praise the
        relationship?": with "only", everyone the question names is one of the fact's doers
        (a person, or a person's country), and the fact has another doer besides."""
        if _ONLY_WORDS.isdisjoint(parsed.words) or "who" not in entry.fact.roles:
            return False
        doers = {m for e in entry.fact.roles["who"].entities for m in self.index.expand(e)}
        asked = {e for e in parsed.entity_ids if self._kind(e) in ("person", "country")}
        if len(doers) < 2 or not asked:
            return False
        # Each doer the question covers: himself named, or his country.
        covered = {d for d in doers if d in asked or asked & self.index.part_of.get(d, frozenset())}
        named_all_doers = all(
            e in doers or any(e in self.index.part_of.get(d, frozenset()) for d in doers)
            for e in asked
        )
        return named_all_doers and bool(covered) and covered < doers

    def _only_some_relations(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Is it only US-China ties that are getting worse?": relations among countries the
        question closes with "only", where the fact, which no one does, names another country
        in them too (India-China relations as well)."""
        if _ONLY_WORDS.isdisjoint(parsed.words) or _RELATION_WORDS.isdisjoint(parsed.words):
            return False
        if "who" in entry.fact.roles or "with_whom" in entry.fact.roles:
            return False
        asked = {e for e in parsed.entity_ids if self._kind(e) == "country"}
        listed = self._listed(entry, "country")
        return len(asked) >= 2 and asked < listed

    def _left_out(self, parsed: Parsed, entity: str) -> bool:
        """The question names this entity only after "without": what it says was absent."""
        cut = next((i for i, w in enumerate(parsed.words) if w in _LEFT_OUT_WORDS), None)
        return cut is not None and any(
            k.entity == entity and k.start > cut for k in parsed.entities
        )

    def _only_one_joined(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Is the 2+2 between defense ministers only?": an answer of the fact joins two
        words before one noun ("foreign and defense ministers"), and the question, with
        "only", puts that noun after one of them and never names the other."""
        if _ONLY_WORDS.isdisjoint(parsed.words):
            return False
        asked = [stem(w) for w in parsed.words]
        pairs = set(pairwise(asked))
        # Of who took part, or what the thing is: "ahead of the 2+2 between foreign and
        # defense ministers" as why Esper met Singh says nothing of whom he met.
        for name in ("who", "with_whom", "what"):
            role = entry.fact.roles.get(name)
            said = normalise(role.answer).split() if role is not None else []
            for at in range(1, len(said) - 2):
                joined = said[at - 1], said[at + 1], said[at + 2]
                if said[at] != "and" or any(w in STOPWORDS for w in joined):
                    continue
                first, second, noun = (stem(w) for w in joined)
                one = (first, noun) in pairs, (second, noun) in pairs
                if any(one) and not {first, second} <= set(asked):
                    return True
        return False

    def _nationality_swapped(self, parsed: Parsed, fact: Fact) -> bool:
        """The question gives people or a body one country ("Indian officials") where the
        fact gives the same word another's ("U.S. government officials")."""
        said = normalise(fact.statement).split()
        for link in parsed.entities:
            if link.start < 0 or link.end >= len(parsed.words):
                continue
            if self._kind(link.entity) != "country":
                continue
            noun = parsed.words[link.end]
            if noun not in _PEOPLE_NOUNS:
                continue
            for at, word in enumerate(said):
                if word != noun:
                    continue
                before = self.index.entities_in(" ".join(said[max(0, at - 2) : at]))
                countries = {e for e in before if self._kind(e) == "country"}
                if countries and link.entity not in countries:
                    return True
        return False

    def _hosted_by_a_visitor(self, parsed: Parsed, fact: Fact) -> bool:
        """The question has someone (or a country) host an event held outside their own
        country, or travel to one held in it: "Did the U.S. host the meeting?", "Was the
        meeting hosted by the United States?", "Was Singh the visitor?"."""
        hosting = _HOST in parsed.terms
        # "Did Pompeo travel to South Asia?" names where he went: weighed elsewhere, unless
        # it sends someone to their own country ("did Singh travel to New Delhi?").
        sent = self._travelled_to(parsed)
        visiting = not _VISITOR_WORDS.isdisjoint(parsed.words) and sent is None
        where = fact.roles.get("where")
        trip_home = sent is not None and sent[1] is not None
        if not (hosting or visiting or trip_home) or where is None or not where.entities:
            return False
        sides = sorted(
            (
                link
                for link in parsed.entities
                if link.start >= 0 and self._kind(link.entity) in ("person", "country")
            ),
            key=lambda link: link.start,
        )
        if not sides:
            return False
        side = sides[0]
        if sent is not None and sent[1] is not None:
            # Someone who was at home there, as the host, is not said to have travelled.
            return bool(self._countries_of([sent[1]]) & self._countries_of([side.entity]))
        by = [k for k in sides if parsed.words[k.start - 1 : k.start] == ["by"]]
        if hosting and by:
            side = by[0]  # "hosted by the United States": the one after "by" hosts
        elif hosting and parsed.words[side.end : side.end + 1] == ["by"]:
            return False  # "was Singh hosted by…": who hosts is after "by"
        at_home = bool(self._countries_of(where.entities) & self._countries_of([side.entity]))
        return not at_home if hosting else at_home

    def _recent(self, fact: Fact) -> bool:
        """The fact's time is recent as of the article: it says so ("earlier this month",
        "recently"), or it is the article's own date (Monday, Oct. 26)."""
        when = fact.roles.get("when")
        if when is None:
            return False
        said = normalise(when.answer)
        if _AS_OF_NOW.search(said):
            return True
        dated = date_words(normalise(self.factbase.articles[fact.quote.article].date).split())
        return bool(dated) and dated <= date_words(said.split())

    def _names_what_it_lacks(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The claim has a word of the article's that this fact does not, and that is no
        mere way of reporting or of being there; or names "that country" and no country
        was found for it."""
        if THAT_COUNTRY.search(parsed.text) and not any(
            self._kind(e) == "country" for e in parsed.entity_ids
        ):
            return True
        if self._gathering_unmet(parsed, entry):
            return True
        lacking = [
            t
            for t in parsed.terms
            if t not in entry.bag
            and t in self.index.postings
            and t not in _UNWEIGHED
            and t not in SOFT_VERBS
            and (t not in SPEECH_TERMS or t == STATEMENT_TERM)
            and t not in _TREND_TERMS  # "improving": weighed against the trend before this
            and t not in _AFFILIATION_TERMS  # "does he work for…": weighed before this
            and not _said_alike(t, entry)
        ]
        # Titles of the fact's own people are theirs ("did the defence ministers welcome…"
        # of Esper and Singh); another title ("the two Secretaries of State") is not.
        titles: set[str] = set()
        for person in (e for e in entry.involved if self._kind(e) == "person"):
            identity = self.index.by_id.get(self.factbase.entities[person].identity_fact or "")
            if identity is not None:
                titles |= identity.bag
        qualifier = parsed.title_qualifier
        if (
            titles
            and qualifier is not None
            and qualifier in parsed.words
            and term(qualifier) not in titles
            and not any(
                link.start >= 0 and self._kind(link.entity) == "person" for link in parsed.entities
            )
            # "Do foreign ministers take part in the 2+2?": the fact's own group of
            # "foreign and defense ministers" has that title
            and not any(
                qualifier in normalise(self.factbase.entities[e].name).split()
                for e in entry.central
                if self._kind(e) == "group" and e in parsed.entity_ids
            )
        ):
            return True  # "Did the foreign ministers meet on Monday?": the defense ministers did
        lacking = [t for t in lacking if not self._describes_a_named_thing(parsed, entry, t)]
        return any(t not in self._title_terms or t not in titles for t in lacking)

    def _gathering_asked_of_no_happening(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The claim is about what a gathering did ("did the meeting…"), and the fact is no
        happening at all: no gathering, event, time or place in it, a standing aim or state."""
        words = parsed.words
        if len(words) < 3 or words[1] not in ("the", "that", "this"):
            return False
        if term(words[2]) not in _GATHERINGS:
            return False
        roles = entry.fact.roles
        return (
            entry.bag.isdisjoint(_GATHERINGS)
            and "when" not in roles
            and "where" not in roles
            and not any(self._kind(e) == "event" for e in entry.involved)
        )

    def _gathering_unmet(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Was Begin at the New Delhi meeting?" of Begin visiting New Delhi: the claim
        puts someone at a gathering, and the fact is a visit to its place, no gathering.
        A fact of something done (a commitment) may still have been done there."""
        nouns = {term(w) for w in parsed.words if w in _GATHERING_NOUNS}
        return (
            bool(nouns - entry.bag)
            and _VISIT_TERM in entry.predicate
            and not any(self._kind(e) == "event" for e in entry.involved)
        )

    def _describes_a_named_thing(self, parsed: Parsed, entry: FactEntry, word: str) -> bool:
        """ "…appreciation for the basic agreement they reached": a word after a thing both
        facts are about, which another fact of the article says of it, only says which
        thing is meant (the one reached), not what this fact must say."""
        things = [
            (link.end, link.entity)
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) in ("agreement", "event")
        ]
        # "the agreement", "the meeting": a thing of that kind this fact is about
        things += [
            (at + 1, e)
            for at, w in enumerate(parsed.words)
            if KIND_NOUNS.get(w) in ("agreement", "event")
            for e in entry.involved
            if self._kind(e) == KIND_NOUNS[w]
        ]
        for end, thing in things:
            if thing not in entry.involved or word not in {term(w) for w in parsed.words[end:]}:
                continue
            for position in self.index.entity_postings.get(thing, ()):
                other = self.index.entries[position]
                if other is not entry and not other.fact.negative and word in other.bag:
                    return True
        return False

    def _every_one(
        self,
        parsed: Parsed,
        best: Scored,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        *,
        missed: bool,
    ) -> Answer:
        """ "Did Esper take part in every 2+2?": judged only where the article gives both his
        own count ("the second time") and the series' ("three such dialogues"); otherwise the
        article says he took part, not that he never missed one."""
        best = self._own_count_ranked(parsed, best, ranked)
        fact = best.entry.fact
        confidence = min(0.9, best.score)
        own = self._own_count_of(fact)
        said = set(normalise(fact.statement).split())
        ordinal = next((n for n, o in ORDINAL_OF_COUNT.items() if o in said), None)
        total = self._series_count(fact) if own and set(own) & set(parsed.entity_ids) else None
        if ordinal is None or total is None:
            return self._not_found(parsed, context, ranked, notes, confidence)
        counted, series = total
        took_all = COUNT_WORDS.index(ordinal) >= COUNT_WORDS.index(counted)
        verdict = "Yes" if took_all != missed else "No"
        left_out = _ALL_BUT.search(parsed.text) if not missed else None
        if left_out is not None:
            # "Has Esper been to every 2+2 but one?": two of three, so yes; "…but two?" no.
            claimed = "one" if left_out[1] == "a single" else left_out[1]
            gap = COUNT_WORDS.index(counted) - COUNT_WORDS.index(ordinal)
            verdict = "Yes" if gap == COUNT_WORDS.index(claimed) else "No"
        return self._answered(
            text=f"{said_as(verdict, parsed)}. {fact.statement} {series.statement}",
            facts=[fact, series],
            role=None,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    def _own_count_ranked(self, parsed: Parsed, best: Scored, ranked: list[Scored]) -> Scored:
        """Of the facts as good as the best, the one giving the asked person's own count:
        "has Esper been to all three 2+2 dialogues?" ranks the meeting first, but it is
        "the second time Esper…" that judges it. The best itself when none does."""
        people = set(parsed.entity_ids)
        for scored in ranked[:PAIR_DEPTH_YESNO]:
            if scored.score < best.score - 0.1:
                break
            if set(self._own_count_of(scored.entry.fact)) & people:
                return scored
        return best

    def _series_of_several(
        self, parsed: Parsed, best: Scored, ranked: list[Scored]
    ) -> Scored | None:
        """Of "is this the first …?" asked of an event (no one's own count): a fact as good
        as the best that counts more than one of that event ("three such dialogues"), so
        this one was not the first; nor the fifth, past even a fourth after those three.
        ("The third?" or "the fourth?" stays unjudged: whether the count takes in this one,
        the article does not say.)"""
        events = {e for e in parsed.entity_ids if self._kind(e) == "event"}
        ordinal = parsed.ordinal
        if (
            ordinal is None
            or ordinal not in ORDINAL_OF_COUNT.values()
            or not events
            or any(self._kind(e) == "person" for e in parsed.entity_ids)
        ):
            return None
        for scored in ranked[:PAIR_DEPTH_YESNO]:
            fact = scored.entry.fact
            role = fact.roles.get("how_many")
            count = leading_count(role.answer) if role is not None else None
            if (
                # "the fifth": only a count of the event itself can rule it out, however
                # near the best it is ("three such dialogues" beside Esper's "second"); so
                # can the count of the very parties asked of ("the first ever US-India 2+2").
                (
                    scored.score >= best.score - NEAR_BEST
                    or ordinal != "first"
                    or self._names_every_doer(parsed, fact)
                )
                and count is not None
                and _ordinal_ruled_out(ordinal, count)
                and not self._own_count_of(fact)
                and any(self._counts_the_event(fact, count, e) for e in events)
            ):
                return scored
        return None

    @staticmethod
    def _with_count_of_own(answer: Answer, own: Scored, parsed: Parsed) -> Answer:
        """A "No" to a first of the series, also giving the count someone in it keeps ("the
        second time Esper…"), which says as much: "this was the first ever US-India 2+2"."""
        fact = own.entry.fact
        if parsed.ordinal != "first" or answer.abstained or fact.id in answer.fact_ids:
            return answer
        return replace(
            answer,
            text=f"{answer.text} {fact.statement}",
            quotes=(*answer.quotes, fact.quote),
            fact_ids=(*answer.fact_ids, fact.id),
        )

    def _names_every_doer(self, parsed: Parsed, fact: Fact) -> bool:
        """The question names everyone who does what the fact counts: "the first ever
        US-India 2+2" names the U.S. and India of "three such dialogues"."""
        doers = fact.roles.get("who")
        return (
            doers is not None
            and bool(doers.entities)
            and set(doers.entities) <= set(parsed.entity_ids)
        )

    @cached_property
    def _series_counts(self) -> dict[str, tuple[Fact, int]]:
        """Each event's count of its own series (the 2+2's "three such dialogues"), found
        once: no one's own count ("the second time Esper…") and no count of its parties."""
        found: dict[str, tuple[Fact, int]] = {}
        for fact in self.factbase.facts.values():
            role = fact.roles.get("how_many")
            count = leading_count(role.answer) if role is not None else None
            if count is None or self._own_count_of(fact):
                continue
            for event in fact.entities:
                if self._kind(event) == "event" and self._counts_the_event(fact, count, event):
                    found.setdefault(event, (fact, COUNT_WORDS.index(count)))
        return found

    @cached_property
    def _own_counts(self) -> dict[tuple[str, str], tuple[Fact, int]]:
        """(person, event): the fact giving the person's own count of that event ("This is
        the second time Esper has participated in a 2+2 meeting"), found once."""
        found: dict[tuple[str, str], tuple[Fact, int]] = {}
        for fact in self.factbase.facts.values():
            role = fact.roles.get("how_many")
            count = leading_count(role.answer) if role is not None else None
            if count is None:
                continue
            for person in self._own_count_of(fact):
                for event in fact.entities:
                    if self._kind(event) == "event":
                        found.setdefault((person, event), (fact, COUNT_WORDS.index(count)))
        return found

    def _series_of_unnamed(self, person: str, words: list[str]) -> list[str]:
        """The series a question naming none means: the one the person has a count of ("Did
        Esper go to the second one?"), or the only one of the number every one of which it
        asks about ("Was Singh at all three?": the three 2+2 dialogues)."""
        own = [e for e in self._series_counts if (person, e) in self._own_counts]
        if own:
            return own
        number = all_count(words)
        return [e for e, (_, count) in self._series_counts.items() if count == number]

    def _own_count_in_series(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Is it Esper's second 2+2 out of three?": his count and the series' count, each
        against its own fact (Yes only if both hold: "…second, and there have been two?" is
        No). "Did Esper attend the first 2+2?": a place in the series, which his own count
        ("the second time") never gives, so the article doesn't say."""
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        events = [e for e in dict.fromkeys(parsed.entity_ids) if e in self._series_counts]
        if not events and not any(self._kind(e) == "event" for e in parsed.entity_ids):
            # "Which 2+2s did Esper attend?" "Did he go to the second one?": the series the
            # conversation is about.
            events = [e for e in dict.fromkeys(context.entities) if e in self._series_counts]
        if len(people) != 1:
            return None
        events = events or self._series_of_unnamed(people[0], parsed.words)
        if len(events) != 1:
            return None
        person, event = people[0], events[0]
        series, total = self._series_counts[event]
        own = self._own_counts.get((person, event))
        claimed = counts_claimed(parsed.words, parsed.used, self._event_nouns(event))
        if claimed is not None and own is not None:
            own_fact, own_count = own
            agrees = claimed.own == own_count and claimed.total == total
            return self._answered(
                text=f"{said_as('Yes' if agrees else 'No', parsed)}. "
                f"{own_fact.statement} {series.statement}",
                facts=[own_fact, series],
                role=None,
                confidence=0.9,
                parsed=parsed,
                context=context,
                ranked=[],
                notes=notes,
            )
        if not place_asked(parsed.words) and (own is not None or not all_asked(parsed.words)):
            # "Was Singh at all three?": no count of his says; Esper's own "second" does.
            return None
        said = " ".join(f.statement for f in (own[0] if own else None, series) if f is not None)
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say which ones {self._name_of(person)} took part in. "
            f"It says: {said}",
            context,
            parsed=parsed,
            notes=tuple(notes),
        )

    def _counts_the_event(self, fact: Fact, count: str, event: str) -> bool:
        """The fact's count is of the event itself: "held three 2+2 dialogues", not the
        "four countries" the Tokyo talks were between."""
        if event not in fact.entities:
            return False
        entity = self.factbase.entities[event]
        named = {
            w.rstrip("s")
            for alias in (*entity.aliases, *entity.maintainer_aliases, entity.kind)
            for w in normalise(alias).split()
        }
        words = normalise(fact.statement).split()
        return any(
            word == count and bool(named & {w.rstrip("s") for w in words[at + 1 : at + 3]})
            for at, word in enumerate(words)
        )

    def _series_count(self, fact: Fact) -> tuple[str, Fact] | None:
        """How many there have been of the event someone's own count is of: "three", from
        "The U.S. and India have held three 2+2 dialogues"."""
        events = [e for e in fact.entities if self._kind(e) == "event"]
        for at in (at for event in events for at in self.index.entity_postings.get(event, ())):
            other = self.index.entries[at].fact
            role = other.roles.get("how_many")
            if role is None or other is fact or self._own_count_of(other):
                continue
            given = leading_count(role.answer)
            if given is not None:
                return given, other
        return None

    def _that_country_is(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Which country is Singh from?" (India) "Is that country Japan?": the one meant
        against the one named."""
        found = THAT_COUNTRY_IS.match(parsed.text)
        if found is None:
            return None
        last = self.index.by_id.get(context.fact_id or "")
        if last is None:
            # "Is that country Japan?" with nothing before it: no country is meant yet.
            return self._not_found(parsed, context, [], notes)
        meant = [
            k.entity for k in parsed.entities if k.start < 0 and self._kind(k.entity) == "country"
        ]
        named = [
            k.entity for k in parsed.entities if k.start >= 0 and self._kind(k.entity) == "country"
        ]
        if len(meant) != 1 or len(named) != 1:
            return None
        verdict = "Yes" if self._covers(named[0], meant[0]) else "No"
        return self._direct(
            text=f"{said_as(verdict, parsed)}. {last.fact.statement}",
            facts=[last.fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _another_agreement(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Did they agree on the Logistics Exchange Memorandum of Agreement?": an
        agreement named in words the article does not have. The article names the one they
        reached, and no other: no, and that one."""
        if parsed.negated or _AGREEING.isdisjoint(parsed.terms):
            return None
        # A name, capitalised: "a separate logistics pact" or "a nuclear deal" is only a kind,
        # which the article does not rule out.
        unknown = set(parsed.unknown_names)
        words = parsed.words
        named = False
        for at, word in enumerate(words):
            if word not in _AGREEMENT_NOUNS or at == 0:
                continue
            start = at
            while start > 0 and words[start - 1] not in _NAME_LEAD and at - start < 5:
                start -= 1
            if unknown & set(words[start:at]):
                named = True
                break
        if not named:
            # "the Basic Intelligence Sharing Agreement": the name of the one reached, with
            # other words in its middle.
            spans = [(link.start, link.end) for link in parsed.entities if link.start >= 0]
            named = any(
                self._middle_swapped(parsed, name, spans) is not None
                for first in set(words)
                for name in self._long_names_by_first.get(first, ())
            )
        if not named:
            return None
        known = copy.copy(parsed)
        known.unknown = []
        known.unknown_names = []
        ranked = self._rank(known)
        best = next(
            (
                r
                for r in ranked[:3]
                if not r.missing
                and _AGREEMENT in r.entry.bag
                and any(self._kind(e) == "agreement" for e in r.entry.involved)
            ),
            None,
        )
        if best is None:
            return None
        reached = next(e for e in best.entry.involved if self._kind(e) == "agreement")
        name = self.factbase.entities[reached].name
        return self._answered(
            text=f"{said_as('No', parsed)}. The agreement the article says they reached is the"
            f" {name}; it names no other.",
            facts=[best.entry.fact],
            role=None,
            confidence=min(0.85, best.score),
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    def _described_as_others(self, parsed: Parsed, fact: Fact) -> bool:
        """ "Is China a democracy?", "is China a free nation?": what the claim calls its
        subject, the fact says of others (the U.S. and India; the free nations that would
        thwart China's Communist Party), or says of no one (a keyword only). "Is India a
        democracy?" is a claim the fact makes of India."""
        described = self._description_claimed(parsed)
        if described is None:
            return False
        subject, what = described
        saying = [
            role
            for role in fact.roles.values()
            if not what.isdisjoint(term(w) for w in normalise(role.answer).split())
        ]
        if not saying:
            stated = {term(w) for w in normalise(fact.statement).split()}
            return not what <= stated
        return not any(
            any(self._covers(subject, e) for e in role.entities)
            or subject in self.index.entities_in(normalise(role.answer))
            for role in saying
        )

    def _description_claimed(self, parsed: Parsed) -> tuple[str, frozenset[str]] | None:
        """The subject and the terms of what "is X a …?" calls it: ("china", {democraci})
        for "is China a democracy according to the article?"; None for any other shape."""
        words = parsed.words
        if words[:1] not in (["is"], ["was"], ["are"], ["were"]):
            return None
        start = 2 if words[1:2] == ["the"] else 1
        subject = next((k for k in parsed.entities if k.start == start), None)
        if subject is None:
            return None
        rest = words[subject.end :]
        if rest[:1] in (["a"], ["an"]):
            rest = rest[1:]
        elif rest[:3] == ["one", "of", "the"]:
            rest = rest[3:]
        else:
            return None
        if "according" in rest:
            rest = rest[: rest.index("according")]
        if any(k.start >= subject.end for k in parsed.entities) or not rest:
            return None  # "Is BECA an agreement between the U.S. and India?": who, not what
        what = frozenset(term(w) for w in rest if w not in STOPWORDS)
        return (subject.entity, what) if what else None

    def _kind_of_deal_unsaid(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Did Esper sign a trade deal?": the word that says what kind of agreement it was
        is one this fact does not have (its trade is elsewhere, in another sentence)."""
        words = parsed.words
        for at in range(1, len(words)):
            if KIND_NOUNS.get(words[at]) != "agreement":
                continue
            if _AGREEMENT not in entry.bag:
                return True  # "did they agree a trade deal?": agreeing to work together is no deal
            kind = words[at - 1]
            if kind in STOPWORDS or kind in NEUTRAL or not kind.isalpha():
                continue
            if term(kind) not in entry.bag and term(kind) in self.index.known_terms:
                return True
        return False

    def _statement_placed(self, parsed: Parsed) -> bool:
        """The claim puts the issuing of a statement in a place: a city ("came from New
        Delhi", "issued in Washington") or a country it was put out in ("issued in India");
        "came from the US" names its source, which the article does give."""
        found = _STATEMENT_ISSUED_AT.search(parsed.text)
        if found is None:
            return False
        at = len(parsed.text[: found.end()].split())
        for link in parsed.entities:
            if link.start != at:
                continue
            kind = self._kind(link.entity)
            return (
                kind == "place"
                or link.text in CAPITAL_METONYMS
                or (kind == "country" and found["at"] in ("in", "at"))
            )
        return False

    def _capital_unplaced(self, parsed: Parsed, fact: Fact) -> bool:
        """The question puts the event in a capital the article never names, one that links
        to its country only as a metonym ("in Washington", "in Beijing"), and the fact
        places it at no place inside that country: a body of the country (the State
        Department) or no place at all does not put it in the city."""
        place = self._place_asked(parsed)
        if place is None or place[1] is None or place[0] not in CAPITAL_METONYMS:
            return False
        where = fact.roles.get("where")
        held = where.entities if where is not None else ()
        return not any(self._kind(e) == "place" and self._covers(place[1], e) for e in held)

    def _meeting_placed_at_a_body(self, parsed: Parsed, fact: Fact) -> bool:
        """The question puts a meeting or an event at an organisation ("at the Pentagon"),
        and this fact places nothing (not "mentioned in the Pentagon's statement")."""
        place = self._place_asked(parsed)
        return (
            place is not None
            and place[1] is not None
            and self._kind(place[1]) == "organisation"
            and "where" not in fact.roles
            and (_MEET in parsed.terms or any(self._kind(e) == "event" for e in parsed.entity_ids))
        )

    def _placed_otherwise(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The question puts the event in a place the article knows, and this fact has it
        happen somewhere that place neither is nor contains."""
        place = self._place_asked(parsed)
        where = entry.fact.roles.get("where")
        if place is None or place[1] is None:
            return False
        if where is None or not where.entities:
            # "Singh signed it in Washington?": a fact that places nothing cannot put it
            # there, though it involves the U.S. (only someone's title can: "in India"; "in a
            # U.S.-India 2+2" or "aimed at China" puts nothing anywhere).
            starts = {link.start for link in parsed.entities}
            located = any(
                link.entity == place[1]
                and self._kind(link.entity) in ("place", "country")
                and _word_before(parsed, link) == "in"
                and link.end not in starts  # "in U.S.-India ties": a pair, not a place
                for link in parsed.entities
            )
            # Someone's identity may place them by title ("the minister in India"); an
            # event's does not say where it was held ("the 2+2 held in Washington?").
            defines = self._identity_facts.get(entry.fact.id)
            return (
                located
                and (defines is None or self._kind(defines) == "event")
                and not self._placed_there(entry, (place[1],))
            )
        return not any(self._same_place(place[1], e) for e in where.entities)

    def _at_there(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The fact is what "there" points to: the last answer's own fact, or one that
        happened at its place; never an identity, which places no one."""
        if entry.fact.id in self._identity_facts:
            return False
        if entry.fact.id == parsed.followup_fact:
            return True
        return bool(parsed.there) and self._placed_there(entry, parsed.there)

    def _placed_there(self, entry: FactEntry, places: tuple[str, ...]) -> bool:
        """The fact happened at one of these places, by its "where" or the places it names
        ("what did they agree there?" after the Tokyo talks: only what was agreed in Tokyo)."""
        where = entry.fact.roles.get("where")
        held = (
            where.entities
            if where is not None and where.entities
            else [e for e in entry.entities if self._kind(e) == "place"]
        )
        return any(self._same_place(p, e) for p in places for e in held)

    def _place_asked(self, parsed: Parsed) -> tuple[str, str | None] | None:
        """The one place the question puts the event in: an unknown name ("in Mumbai") or a
        place the article knows ("in Tokyo"), with its entity id."""
        # "Is BECA aimed at China?": what it is aimed at, no place it happened in.
        text = AIMED_AT.sub("against", parsed.text)
        if _PLEDGED_CONTENT.search(text) is not None:
            # "Did they agree to cooperate in space?": where the cooperation would be, which
            # no place the agreement was reached in answers.
            return None
        # The words after "in", "at" or a choosing verb, and before "was chosen", read once
        # rather than a pattern compiled for each unknown word.
        placed = {m[1] for m in _AFTER_IN_AT.finditer(text)}
        chosen = {m[1] for m in _BEFORE_CHOSEN.finditer(text)}
        unknown = [w for w in parsed.unknown_names if w in placed or w in chosen] or [
            # "did esper and singh meet in mumbai": typed in lower case, a word no dictionary
            # has, last, after "in", is a place's name as much as a capitalised one; so it
            # is before the day it is put on ("…in mumbai on monday").
            w
            for w in parsed.unknown
            if w.isalpha() and w in {m[1] for m in _LAST_IN_AT.finditer(text)}
        ]
        # "Did Begin visit New Delhi in September?": a time, no place put against New Delhi.
        unknown = [w for w in unknown if w not in WEEKDAYS and w not in MONTHS]
        if any(m[1] in _MANNER_AFTER_IN for m in _AFTER_IN_AT.finditer(text)):
            # "Did Esper and Singh meet in secret?": how they met, which no place answers.
            return None
        if unknown:
            # A verb of choosing no fact uses ("choose") is only how the place was asked.
            rest = [w for w in parsed.unknown if w not in _CHOICE_WORDS]
            if len(unknown) != 1 or len(rest) != 1:
                return None
            return unknown[0], None
        words = text.split()
        known = [
            link
            for link in parsed.entities
            if (
                ({"in", "at"} | _CHOOSING) & set(words[max(0, link.start - 2) : link.start])
                or re.match(_CHOSEN_AFTER, " " + " ".join(words[link.end : link.end + 2]))
            )
            and (
                self._kind(link.entity) in ("place", "organisation", "country")
                or self._words_spoken_at(parsed, words, link)
            )
        ]
        if len(known) != 1:
            return None
        return known[0].text, known[0].entity

    def _words_spoken_at(self, parsed: Parsed, words: list[str], link: Linked) -> bool:
        """ "Did Pompeo make his China comments at the Tokyo talks?": an event words were
        said at, as a place is; words have one occasion. Not "was he at the Tokyo talks?"
        or "did they agree on BECA at the 2+2?", which another place does not rule out."""
        at = "at" in words[max(0, link.start - 2) : link.start]
        if self._kind(link.entity) != "event" or not at:
            return False
        return not _REMARK_WORDS.isdisjoint(words) or (
            parsed.asks_speech or not SPEECH_TERMS.isdisjoint(parsed.terms)
        )

    def _told_there(self, parsed: Parsed, place: str) -> bool:
        """Some fact has the place, everyone the question names and what it asks happened."""
        asked = set(parsed.entity_ids)
        for position in self.index.entity_postings.get(place, ()):
            entry = self.index.entries[position]
            where = entry.fact.roles.get("where")
            if (place not in where.entities) if where is not None else self._kind(place) != "place":
                continue  # the Defense Department is in the meeting's facts as their source
            if asked <= entry.involved and entry.bag.issuperset(parsed.terms):
                return True
        return False

    def _names_the_event(
        self, fact: Fact, parsed: Parsed, strict: bool = False, named_only: bool = False
    ) -> bool:
        """The question identifies the event itself (by name, or by two or more of its
        participants), not just someone in it: "Did Esper and Singh meet in Tokyo?" yes,
        "Was Singh in Tokyo?" no; one event has one place, a person many."""
        asked = set(parsed.entity_ids)
        events = {e for e in fact.entities if self._kind(e) in ("event", "agreement")}
        if asked & events:
            return True
        for event in events:
            # "Was the agreement signed…": named by what it is, in a word no other event's
            # names have ("meeting" names the Tokyo talks and the 2+2 as much as this one).
            named = self.index.entity_terms.get(event, frozenset()).intersection(parsed.terms)
            others = [
                self.index.entity_terms.get(e, frozenset())
                for e in self._of_kind.get("event", []) + self._of_kind.get("agreement", [])
                if e != event
            ]
            if any(not strict or all(t not in other for other in others) for t in named):
                return True
        participants = {
            m
            for name in ("who", "with_whom")
            for e in (fact.roles[name].entities if name in fact.roles else ())
            for m in self.index.expand(e)
        }
        if len(participants) >= 2 and participants <= asked:
            return True
        if self._they_the_pair_of(fact, parsed, participants):
            return True
        if named_only:
            return False
        # "Did China take part in the talks in Tokyo?", "Was Pompeo's press conference in
        # Tokyo?": what happened, and where it happened or everyone who did it. What happened
        # there is what the fact has happen, not a word it only mentions ("was Pompeo at the
        # New Delhi meeting?" is not about the "meetings" his press conference spoke of).
        where = fact.roles.get("where")
        if where is None or self.index.by_id[fact.id].predicate.isdisjoint(parsed.terms):
            return False
        if self._placed_noun_of.get(fact.id, frozenset()) & set(parsed.terms):
            # "Was the press conference at the Pentagon?": the one fact whose place is that
            # of a press conference, whoever gave it.
            return True
        return not asked.isdisjoint(where.entities) or bool(participants and participants <= asked)

    def _they_the_pair_of(self, fact: Fact, parsed: Parsed, participants: set[str]) -> bool:
        """ "Who's Singh?" "They met in Washington, right?": "they" are the one the
        conversation is about and whoever did with him what the fact has them do (meet), so
        the question names the event as two of its sides would."""
        if "they" not in parsed.words or len(participants) < 2:
            return False
        # Only a meeting the article's own words call one: "Who is Pompeo?" "They met in
        # Washington?" is no claim about the Tokyo talks he and Esper took part in.
        if _MEET not in parsed.terms or _MEET not in {term(w) for w in quoted_words(fact)}:
            return False
        people = [link for link in parsed.entities if self._kind(link.entity) == "person"]
        if not people or any(link.start >= 0 for link in people):
            return False  # "Did they meet Singh in Tokyo?": a name typed, another's
        return all(link.entity in participants for link in people)

    @cached_property
    def _placed_noun_of(self) -> dict[str, frozenset[str]]:
        """Per fact, the words its place is given with that name what was there and that no
        other fact's place or keywords have: "press conference" of "At a press conference
        at the State Department" (not "visit" of "during Esper's visit": Begin visited
        too). Built once."""
        named: dict[str, frozenset[str]] = {}
        for entry in self.index.entries:
            where = entry.fact.roles.get("where")
            if where is None:
                continue
            places = {
                t for e in where.entities for t in self.index.entity_terms.get(e, frozenset())
            }
            named[entry.fact.id] = entry.answer_terms["where"] - places - STOPWORDS
        seen: dict[str, int] = {}
        for entry in self.index.entries:
            for t in entry.predicate | named.get(entry.fact.id, frozenset()):
                seen[t] = seen.get(t, 0) + 1
        own = {fact: terms & self.index.by_id[fact].predicate for fact, terms in named.items()}
        return {
            fact: frozenset(t for t in terms if seen.get(t) == 1) for fact, terms in own.items()
        }

    def _done_by_others(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did Esper give the press conference at the State Department?": the one event
        the question pins down, whose doers the article lists, and the person asked is of
        their side but not among them, nor does anything like it anywhere: no, and who did.
        Someone of another side ("did Singh take part in the Tokyo talks?", India's unnamed)
        or doing something like it elsewhere (Pompeo's own trip) is left open."""
        people = [k for k in parsed.entities if k.start >= 0 and self._kind(k.entity) == "person"]
        if not people or parsed.negated or min(k.start for k in people) > 2:
            return None  # "did the statement on the Esper-Singh meeting…": not who did it
        spans = {i for k in people for i in range(k.start, k.end)}
        # "Were Singh and Begin…": the names and what joins them.
        spans |= {i for i in range(min(spans), max(spans)) if parsed.words[i] in ("and", "or")}
        rest = " ".join(w for i, w in enumerate(parsed.words) if i not in spans)
        if _any_one_of_a_kind(rest.split()):
            # "Did Esper hold a press conference?": any one, which Pompeo's does not rule out,
            # unlike "the press conference" or "a press conference at the State Department".
            return None
        event = parse(rest, self.index)
        ranked = self._rank(event)
        if not ranked or ranked[0].missing or ranked[0].score < self.threshold:
            return None
        fact = ranked[0].entry.fact
        said = {t for t in event.terms if t not in _DOER_WORDS}
        if not said <= ranked[0].entry.bag:
            return None  # "has Esper met Singh recently?" is no recent visit by Begin
        who = fact.roles.get("who")
        if who is None or not who.entities or fact.id in self._identity_facts:
            return None
        doers = set(who.entities)
        # One doer (who gave the press conference) is all of them; several taking part may
        # have had others beside them, unless the question asks if these are the ones
        # ("were Singh and Begin the two officials who…?"), not a cleft ("was it Begin who…").
        named_as_them = parsed.words[:1] in (["were"], ["was"], ["are"], ["is"]) and (
            "who" in parsed.words and parsed.words[1:2] != ["it"]
        )
        if not named_as_them and (
            len(doers) > 1 or "with_whom" in fact.roles or not _PRESENCE.isdisjoint(event.terms)
        ):
            return None  # a meeting has two sides; being at a press conference is not giving it
        if doers & {k.entity for k in people}:
            return (
                None  # "did Esper attend Pompeo's press conference?": his, not who else was there
            )
        if not event.terms or not self._travel_terms.isdisjoint(event.terms):
            # "Did Esper go to South Asia?": Pompeo's trip there is his, but a trip is not
            # one occasion with a set cast; others may have gone there too.
            return None
        if any(
            r.score >= ranked[0].score - 0.1 and not doers <= self._who_of(r.entry.fact)
            for r in ranked[1:]
        ):
            return None  # no one event pinned down, or another with other doers
        if any(self._kind(e) != "person" for e in doers):
            return None
        sides = {c for e in doers for c in self.index.part_of.get(e, ())}
        terms = set(event.terms) & ranked[0].entry.predicate
        left_out = [
            k.entity
            for k in people
            if k.entity not in doers
            and sides & set(self.index.part_of.get(k.entity, ()))
            and not self._does_alike(k.entity, terms)
        ]
        if not left_out:
            return None
        return self._direct(
            text=f"{said_as('No', parsed)}. {fact.statement}",
            facts=[fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[*left_out, *who.entities],  # the role's order: a set's varies by process
        )

    def _companion_swapped(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Esper went to the Tokyo talks with Begin": the article names who did it together
        (Esper and Pompeo); one of them paired with someone else of their side is a no, and
        who the pair was. ("Was Begin at the Tokyo talks?" alone pairs him with no one: the
        article does not say he was not there. Someone of another side, "with Singh", may
        have been there for India.)"""
        pair = self._paired_people(parsed)
        if pair is None or parsed.negated:
            return None
        event = parsed
        for person in pair:
            event = without_entity(event, person)
        ranked = self._rank(event)
        if not ranked or ranked[0].missing or ranked[0].score < self.threshold:
            return None
        if event.unknown or event.unknown_names:
            return None
        said = {t for t in event.terms if t not in _DOER_WORDS and t != _TOGETHER_TERM}
        both = self._done_by_both(pair, said, ranked) if _TOGETHER_TERM in parsed.terms else None
        if both is not None:
            # "Were Esper and Pompeo together at the Tokyo talks?": the fact has them both.
            return self._direct(
                text=f"{said_as('Yes', parsed)}. {both.fact.statement}",
                facts=[both.fact],
                confidence=0.85,
                parsed=parsed,
                context=context,
                notes=notes,
                about=list(pair),
            )
        entry = ranked[0].entry
        if not said <= entry.bag:
            return None  # not this event's words: "…with Begin to New Delhi"
        doers = self._who_of(entry.fact)
        if len(doers) < 2 or any(self._kind(e) != "person" for e in doers):
            return None  # no joint act: a meeting's other side is no companion
        inside = [p for p in pair if p in doers]
        outside = [p for p in pair if p not in doers]
        if len(inside) != 1 or len(outside) != 1:
            return None  # both of them did it (a yes), or neither is named doing it
        # One side's people acting together (Esper and Pompeo, of the U.S.): not two sides
        # acting with each other ("did Singh sign anything with Pompeo?" of Esper and Singh).
        sides = set.intersection(*(self._countries_of([e]) for e in doers))
        if sides.isdisjoint(self._countries_of([outside[0]])):
            return None  # "Pompeo went to Tokyo with Singh": India's people go unnamed
        elsewhere = self._placed_apart(outside[0], entry.fact)
        also = f" {elsewhere.statement}" if elsewhere is not None else ""
        return self._direct(
            text=f"{said_as('No', parsed)}. {entry.fact.statement}{also}",
            facts=[entry.fact, *([elsewhere] if elsewhere is not None else [])],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[*outside, *sorted(doers)],
        )

    def _held_at(self, fact: Fact, places: set[str]) -> bool:
        """Whether the fact happens at one of these places (the Tokyo talks at Tokyo)."""
        where = fact.roles.get("where")
        return where is not None and not places.isdisjoint(where.entities)

    def _placed_apart(self, person: str, event: Fact) -> Fact | None:
        """The one fact putting this person somewhere else than the event ("Did Esper go to
        Tokyo with Begin?": Begin visited New Delhi), from the person's own postings; None
        when the article places them nowhere, or in more than one place."""
        where = event.roles.get("where")
        there = set(where.entities) if where is not None else set()
        placed = [
            fact
            for position in self.index.entity_postings.get(person, ())
            if person in self._who_of(fact := self.index.entries[position].fact)
            and (elsewhere := fact.roles.get("where")) is not None
            and elsewhere.entities
        ]
        places = {fact.roles["where"].entities for fact in placed}
        if len(places) != 1 or there & set(next(iter(places))):
            return None
        return placed[0]

    def _done_by_both(
        self, pair: tuple[str, str], said: set[str], ranked: list[Scored]
    ) -> FactEntry | None:
        """Of the facts as good as the best, one whose doers are both people and that has
        every other word the claim says ("at the Tokyo talks": the talks they joined)."""
        for scored in ranked[:PAIR_DEPTH]:
            if scored.missing or scored.score < ranked[0].score - 0.05:
                continue
            doers = {m for e in self._who_of(scored.entry.fact) for m in self.index.expand(e)}
            if set(pair) <= doers and said <= scored.entry.bag:
                return scored.entry
        return None

    def _alone_claimed(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did Esper attend the Tokyo talks alone?": no, when the fact has others do it
        with him (Pompeo); when it names only him, the article does not say whether anyone
        went along, so not a yes either."""
        if parsed.negated:
            return None
        people = {
            k.entity for k in parsed.entities if k.start >= 0 and self._kind(k.entity) == "person"
        }
        if len(people) != 1:
            return None
        person = people.pop()
        without = self._without_alone(parsed)
        if without is None:
            return None
        plain = parse(without, self.index)
        ranked = self._rank(plain)
        last = self._last_fact_of_bare_doer(plain, person, context)
        if last is None and (not ranked or ranked[0].missing or ranked[0].score < YESNO_THRESHOLD):
            return self._not_found(parsed, context, ranked, notes)
        entry = last or ranked[0].entry
        doers = {m for e in self._who_of(entry.fact) for m in self.index.expand(e)}
        others = sorted(d for d in doers if d != person and self._kind(d) == "person")
        if person not in doers or not others:
            return self._not_found(parsed, context, ranked, notes)
        return self._direct(
            text=f"{said_as('No', parsed)}. {entry.fact.statement}",
            facts=[entry.fact],
            confidence=min(0.85, ranked[0].score),
            parsed=parsed,
            context=context,
            notes=notes,
            about=[person, *others],
        )

    def _only_one_of_several(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Was information sharing the only area of cooperation mentioned?": No, when the
        fact that lists such areas counts more than one (three are named)."""
        found = ONLY_ONE_OF_KIND.match(parsed.text)
        if found is None or parsed.negated:
            return None
        kinds = parse(f"which {found['kind']}s {found['rest']}".strip(), self.index)
        ranked = self._rank(kinds)
        if not ranked or ranked[0].missing or ranked[0].score < YESNO_THRESHOLD:
            return None
        best = ranked[0]
        count = best.entry.fact.roles.get("how_many")
        first = count.answer.split()[:1] if count is not None else []
        if not first or first[0].lower() not in _SEVERAL_COUNTS:
            return None
        return self._verdict("No", best, min(0.85, best.score), parsed, context, ranked, notes)

    def _last_fact_of_bare_doer(
        self, plain: Parsed, person: str, context: Context
    ) -> FactEntry | None:
        """The last answer's fact, when the claim names only its doer ("did Esper go
        alone?", "Esper went by himself" after the Tokyo talks): what he went to is what
        was just talked of, if he is one of its doers."""
        if any(link.entity != person for link in plain.entities) or plain.unknown:
            return None
        entry = self.index.by_id.get(context.fact_id or "")
        if entry is None:
            return None
        doers = {m for e in self._who_of(entry.fact) for m in self.index.expand(e)}
        return entry if person in doers else None

    def _without_alone(self, parsed: Parsed) -> str | None:
        """The claim without its words that no one else did it ("alone", "by himself", or
        "only" just before the person: "Only Pompeo represented the US in Tokyo", "was only
        Esper at the talks?"), or None when it has none. "Did they only discuss China?"
        limits what was done, not who did it, so is not one."""
        if ALONE_ASKED.search(parsed.text) is not None:
            return " ".join(ALONE_ASKED.sub(" ", parsed.text).split())
        starts = {
            k.start for k in parsed.entities if k.start > 0 and self._kind(k.entity) == "person"
        }
        words = list(parsed.words)
        only = next((s - 1 for s in sorted(starts) if words[s - 1] == "only"), None)
        if only is None:
            return None
        return " ".join(words[:only] + words[only + 1 :])

    def _held_by_other_offices(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "The 2+2 is a summit between the two countries' heads of state": the article says
        whose the event is (the foreign and defense ministers); other office holders are a
        no, and whose it is. Only for an event the article defines by its office holders
        (not the Tokyo talks, defined by the countries at them)."""
        office = OTHER_OFFICES.search(parsed.text)
        if office is None or parsed.negated:
            return None
        at = len(parsed.text[: office.start()].split())
        links = [link for link in parsed.entities if link.start >= 0]
        if any(self._kind(link.entity) == "person" for link in links):
            return None  # "…between Esper and India's president?": a person, not an office
        event = next(
            (k.entity for k in links if self._kind(k.entity) == "event" and k.end <= at), None
        )
        if event is None:
            return None
        entry = self.index.by_id.get(self.factbase.entities[event].identity_fact or "")
        who = entry.fact.roles.get("who") if entry is not None else None
        if entry is None or who is None or not who.entities:
            return None
        if any(self._kind(e) != "group" for e in who.entities):
            return None  # only a body of office holders says which offices
        said = set(normalise(who.answer).split())
        if said & (set(office.group(0).split()) - STOPWORDS - _OFFICE_FRAME):
            return None  # the same office, asked oddly
        return self._direct(
            text=f"{said_as('No', parsed)}. {entry.fact.statement}",
            facts=[entry.fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[event, *who.entities],
        )

    def _paired_people(self, parsed: Parsed) -> tuple[str, str] | None:
        """The two people a claim says did something together: "Esper … with Begin",
        "Esper and Begin went together", or None."""
        people = [k for k in parsed.entities if k.start >= 0 and self._kind(k.entity) == "person"]
        if len(people) != 2 or people[0].entity == people[1].entity:
            return None
        first, second = sorted(people, key=lambda k: k.start)
        joined = parsed.words[second.start - 1 : second.start]
        if joined in (["with"], ["alongside"]) or (
            joined == ["and"] and second.start - 1 == first.end and "together" in parsed.words
        ):
            return first.entity, second.entity
        return None

    def _travelled_with_unsaid(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The claim has someone travel (fly) with a person, and the fact tells of no trip:
        taking part in the same talks is not the journey there."""
        words = parsed.words
        if _TRAVEL_WITH_WORDS.isdisjoint(words):
            return False
        # The quote's own words: the fact's keywords file the talks under "visit" too.
        if not _TRIP_TOLD_TERMS.isdisjoint(
            term(w) for w in normalise(entry.fact.quote.text).split()
        ):
            return False
        return any(
            words[k.start - 1 : k.start] == ["with"] and self._kind(k.entity) == "person"
            for k in parsed.entities
            if k.start > 0
        )

    @staticmethod
    def _other_body_between(parsed: Parsed, fact: Fact) -> tuple[str, str] | None:
        """The body the claim has something between ("the two governments") and the other
        one the fact's quote has it between ("the two militaries"), when they differ."""
        asked = _BETWEEN_BODIES.search(parsed.text)
        said = _BETWEEN_BODIES.search(normalise(fact.quote.text))
        if asked is None or said is None:
            return None
        body = asked.group(1)
        if term(body) in _BODIES_OF_THE_SIDES or term(body) == term(said.group(1)):
            return None
        return body, said.group(1)

    @staticmethod
    def _body_misplaced(parsed: Parsed, fact: Fact) -> str | None:
        """What the article has of the body its quote has something between ("cooperation
        between the two militaries"), when the claim puts that body elsewhere: as who did
        something ("the two militaries agreed…") or with another thing between them ("the
        meeting between the two militaries"); None when the claim has it as the quote does."""
        said = _HEAD_BETWEEN_BODIES.search(normalise(fact.quote.text))
        if said is None or term(said["body"]) not in _MILITARY_BODIES:
            return None
        head, body = said["head"], said["body"]
        asked = _HEAD_BETWEEN_BODIES.search(parsed.text)
        if asked is not None and term(asked["body"]) in _MILITARY_BODIES:
            if term(asked["head"]) == term(head) or asked["head"] in STOPWORDS:
                return None
            return (
                f"Not the {asked['head']} as such: the article has {head} between the two {body}."
            )
        doer = _BODIES_AS_DOERS.search(parsed.text)
        if doer is None or term(doer["body"]) not in _MILITARY_BODIES:
            return None
        return (
            f"Not the {doer['body']} themselves: the article has them as what the {head} is "
            "between."
        )

    def _company_placed_elsewhere(self, parsed: Parsed, context: Context, entry: FactEntry) -> bool:
        """The claim has someone with someone, asked where the conversation is set (New
        Delhi), naming no place of its own, and the fact does not have them together there:
        being together in Tokyo, or being someone's colleague, is not company at the meeting."""
        if not context.scene or not self._company_claimed(parsed):
            return False
        if self._places_named(parsed):
            return False
        own = self._own_places(entry)
        if any(self._same_place(p, s) for p in own for s in context.scene):
            return False
        # Pompeo's profile is placed nowhere, but quotes "…participated in … talks in Tokyo".
        quote = f" {normalise(entry.fact.quote.text)} "
        return not any(f" {name} " in quote for s in context.scene for name in self._place_names(s))

    def _company_claimed(self, parsed: Parsed) -> bool:
        """Someone with a person ("with him", "with Esper") or accompanying one; not
        "were the ministers happy with it?"."""
        words = parsed.words
        if not _COMPANY_VERBS.isdisjoint(words):
            return True
        people = {
            k.start for k in parsed.entities if k.start >= 0 and self._kind(k.entity) == "person"
        }
        return any(
            word == "with"
            and (at + 1 in people or words[at + 1 : at + 2] in (["him"], ["her"], ["them"]))
            for at, word in enumerate(words)
        )

    def _place_names(self, place: str) -> list[str]:
        """The place's name and aliases, as the article's text is normalised."""
        entity = self.factbase.entities.get(place)
        if entity is None:
            return []
        return [normalise(n) for n in (entity.name, *entity.aliases)]

    def _trip_unsaid(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The claim is about someone's trip or visit, as a noun ("Pompeo's trip", "his
        visit"), and the fact's own quote tells of no trip: what else he did is not said
        to be part of it."""
        if not self._owned_trip_asked(parsed):
            return False
        # The statement too: Pompeo's profile quotes ¶8 but tells of his trip to South Asia.
        said = f"{entry.fact.quote.text} {entry.fact.statement}"
        told = {term(w) for w in normalise(said).split()}
        return _TRIP_TOLD_TERMS.isdisjoint(told)

    def _owned_trip_asked(self, parsed: Parsed) -> bool:
        """ "Pompeo's trip", "his visit": a trip noun after a possessive pronoun or a person;
        not "did Esper visit Japan?", where visiting is the claim itself."""
        words = parsed.words
        if any(
            words[at + 1 : at + 2] and words[at + 1] in _TRIP_NOUNS
            for at, word in enumerate(words)
            if word in _OWNERS
        ):
            return True
        starts = {k.start for k in parsed.entities if k.start >= 0}
        for person in (
            k for k in parsed.entities if k.start >= 0 and self._kind(k.entity) == "person"
        ):
            if words[person.end : person.end + 1] and words[person.end] in _TRIP_NOUNS:
                after = person.end + 1
                verb_first = person.start > 0 and words[person.start - 1] in _AUXILIARIES
                # "Did Pompeo('s) trip include Japan?": a verb follows the noun; "Did Esper
                # visit Japan?" has the place, an article or a preposition follow the verb.
                if not verb_first or not (
                    after in starts
                    or words[after : after + 1] == []
                    or words[after] in _AFTER_A_TRIP_VERB
                ):
                    return True
        return False

    def _fellow_doer_as_object(self, parsed: Parsed, fact: Fact) -> bool:
        """The claim has one of the fact's joint doers on the receiving end of what they did
        together: "Did Singh thank Esper?" (both expressed appreciation for the agreement),
        "Did they welcome each other?". A meeting's other side ("did Esper meet Singh?") is
        no joint doer."""
        doers = {m for e in self._who_of(fact) for m in self.index.expand(e)}
        if len([d for d in doers if self._kind(d) == "person"]) < 2:
            return False
        words = parsed.words
        if any(" ".join(words[i : i + 2]) in _RECIPROCALS for i in range(len(words) - 1)):
            return "with" not in words  # "worked with each other" is a joint act
        typed = sorted((k for k in parsed.entities if k.start >= 0), key=lambda k: k.start)
        for subject, received in pairwise(typed):
            before = words[received.start - 1] if received.start > 0 else ""
            if (
                subject.entity in doers
                and received.entity in doers
                and self._kind(received.entity) == "person"
                and subject.end < received.start
                and before not in STOPWORDS
                and term(before) not in _JOINT_VERB_TERMS
            ):
                return True
        return False

    def _who_of(self, fact: Fact) -> set[str]:
        who = fact.roles.get("who")
        return set(who.entities) if who is not None else set()

    def _does_alike(self, person: str, terms: set[str]) -> bool:
        """Whether some fact has the person do anything the terms say (a trip, a visit)."""
        for position in self.index.entity_postings.get(person, ()):
            entry = self.index.entries[position]
            if not terms.isdisjoint(entry.predicate):
                return True
        return False

    def _miscalled(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did Esper meet India's foreign minister?": someone the question calls by a title
        the article does not give them (Singh is the Defense Minister). The claim is not
        the article's: no, and what it does say."""
        qualifier = parsed.title_qualifier
        if qualifier is None or qualifier not in parsed.words:
            return None
        at = parsed.words.index(qualifier)
        called: list[str] = []
        of_country: str | None = None
        for link in parsed.entities:
            kind = self._kind(link.entity)
            if link.start >= 0 and kind == "person" and link.start - 3 <= at < link.end:
                called.append(link.entity)  # "Indian Foreign Minister Rajnath Singh"
            elif link.start >= 0 and kind == "country" and link.end in (at, at - 1):
                of_country = link.entity  # "India's foreign minister": whoever that is
        ranked = self._rank(parsed)
        best = next((r for r in ranked if not r.missing), None)
        if best is None or best.score < YESNO_THRESHOLD:
            return None
        unnamed = not called and of_country is not None
        if unnamed:
            # The people of that country the fact has doing it (Singh, for the meeting).
            called = [
                e
                for name in ("who", "with_whom")
                if (role := best.entry.fact.roles.get(name)) is not None
                for e in role.entities
                if self._kind(e) == "person" and of_country in self.index.part_of.get(e, ())
            ]
        if not called:
            return None
        for person in called:
            identity = self._identity_of(person)
            if identity is None or qualifier in normalise(identity.statement).split():
                return None
        if unnamed and not self._pins_the_occasion(parsed, best.entry.fact):
            # "Did Esper meet India's foreign minister?": he met its Defense Minister; the
            # article does not say he never met the other, so no verdict, only what it says.
            # ("…on Monday?": at that meeting, which was with Singh: no.)
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say so. What it says: {best.entry.fact.statement}",
                context,
                parsed=parsed,
                ranked=ranked,
                notes=tuple(notes),
            )
        return self._verdict("No", best, min(0.85, best.score), parsed, context, ranked, notes)

    def _pins_the_occasion(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether the question puts what it asks on the fact's own day ("on Monday"), so
        that it asks of that occasion. (A place does not: the 2+2, with India's foreign
        minister at it, may have been in New Delhi too.)"""
        when = fact.roles.get("when")
        said = set(normalise(when.answer).split()) if when is not None else set()
        return any(w in said for w in parsed.words if w in WEEKDAYS or w in MONTHS)

    def _word_swapped(self, parsed: Parsed, best: Scored) -> tuple[str, str] | None:
        """A word of the claim where the best fact's sentence has another between the same
        two words: "the world's two oldest democracies" against "two largest democracies",
        "the trade and finance ministers" against "foreign and defense ministers"; the
        claim's word and the article's. The words swapped in lower the fact's score, so a
        lower one will do. Words going the same way are no swap: "closer cooperation"."""
        if best.missing or best.score < SWAPPED_THRESHOLD or parsed.negated:
            return None
        said = f" {normalise(best.entry.fact.quote.text)} "
        words = parsed.words
        typos = {typed for typed, _ in parsed.corrections}
        for at in range(1, len(words)):
            word = words[at]
            unit = " ".join(words[at + 1 : at + 3])
            if word in _RELATIVE_TIMES and f" {_RELATIVE_TIMES[word]} {unit} " in said:
                # "…go to Tokyo later this month?": the article has "earlier this month".
                return word, _RELATIVE_TIMES[word]
            if word in STOPWORDS or term(word) in best.entry.bag or not word.isalpha():
                continue
            if word in typos:
                continue  # "Did Esper meat with…": a slip of the keys, not another word
            if word in _PLACEHOLDER_NOUNS:
                continue  # "the quadripartite thing in Japan": the talks, not named
            if word in _MENTIONING:
                continue  # "is the threat from China mentioned?": whether it is, not a name
            if at == len(words) - 1:
                if words[at - 1] in STOPWORDS:
                    # "…meet in Washington?": a place, corrected as places are; but
                    # "…mutual engagement on intelligence?" swaps the thing a listed clause
                    # ends with ("…engagement on logistics.").
                    found = self._listed_object_swapped(parsed, best, at)
                    if found is not None and found != word:
                        return word, found
                    continue
                # "…the threat from China's military?": the claim's last word, in place of
                # the next word of a name ("China's Communist Party"); nothing after it to
                # frame it, so only a name continuing in the quote does.
                quote = best.entry.fact.quote.text
                found = _name_continued(quote, words[at - 1])
                if found is None and term(word) not in self.index.postings:
                    # A word the article never uses ("economies"), not one saying what
                    # the claim asks of the words before it ("defence trade - mentioned?").
                    found = _clause_ended_otherwise(quote, words)
            else:
                before, after = words[at - 1], words[at + 1]
                if after in STOPWORDS and before in STOPWORDS:
                    continue  # "the … and": too loose a frame to say what stands in it
                found = _word_framed(said, f" {before} ", after)
                if (
                    found is None
                    and word in TITLE_WORDS
                    and self._defines_office(parsed, best, after)
                ):
                    found = _word_framed(said, " ", after)
                if found is None and after in STOPWORDS and term(before) in _VOICING:
                    # "Did they express concern about the agreement?" against "expressed
                    # appreciation for": the same verb with another object, whatever
                    # preposition follows each.
                    found = _attitude_voiced(said)
                if found is None and parsed.entity_ids:
                    # "Pompeo spoke of the threat posed by Russia's government.": who poses
                    # it, whatever of theirs follows ("China's Communist Party" in the quote).
                    found = _agent_said_instead(best.entry.fact.quote.text, words[: at + 1])
            if (
                found is not None
                and found != word
                and not self._swap_leaves_open(words, at, found)
                and not any(word in near and found in near for near in NEAR_MEANINGS)
                and not _same_direction(word, found)
                and found not in STOPWORDS
                and not found.startswith(word)  # "info" for "information", "comms"
                # "The two men agreed on BECA." of "The two sides agreed…": a name for a
                # name, which the names' own matching weighs, not a word swapped.
                and not self._alias_for_alias(parsed, at, found)
                # "secratary": a typo; "Southeast" for "South" is another region.
                and (fuzz.ratio(word, found) < SWAP_SIMILARITY or _compass_compound(word, found))
                and (
                    best.score >= YESNO_THRESHOLD
                    # A lower score is owed to the swap, not to names the article lacks
                    # ("Indian Prime Minister Narendra Modi").
                    or set(parsed.unknown_names) <= {word}
                )
            ):
                return word, found
        return None

    def _unused_word_of_a_fact(self, parsed: Parsed, word: str) -> bool:
        """Whether the claim ends on a word the article never uses, in place of the
        article's word, as a thing so rather than as someone's wording: "The US and India
        are the world's two largest economies, right?" (they may be; the article says
        "democracies", of something else). "Did officials call them the two largest
        economies?" asks what was said, which the article's "democracies" answers No."""
        return (
            parsed.words[-1:] == [word]  # what the claim ends by calling its subject
            # "…mutual engagement on cyber": one more item of a list, weighed as lists are
            and parsed.words[-2:-1] != []
            and parsed.words[-2] not in STOPWORDS
            and not parsed.of_the_article  # "The article says they are … economies?": No
            and term(word) not in self.index.postings
            and not is_country_word(word)  # "…the threat posed by Russia?": China's place
            and not any(link.end == len(parsed.words) for link in parsed.entities)
            and not parsed.asks_speech
            and _WORDING_ASKED.isdisjoint(parsed.words)
        )

    def _swap_left_open(
        self, fact: Fact, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """Neither Yes nor No to a claim of something the article says nothing of, with what
        it does say: "…two largest economies?" of the "two largest democracies"."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say that; it says: {fact.statement}",
            context,
            parsed=parsed,
            notes=tuple(notes),
        )

    def _alias_for_alias(self, parsed: Parsed, at: int, found: str) -> bool:
        """Whether the claim's word at `at` is part of a name it links ("two men") and, with
        the quote's word in its place, the name is another one the article uses ("two
        sides")."""
        words = parsed.words
        return any(
            (*words[link.start : at], found, *words[at + 1 : link.end]) in self.index.aliases
            for link in parsed.entities
            if 0 <= link.start <= at < link.end
        )

    def _listed_object_swapped(self, parsed: Parsed, best: Scored, at: int) -> str | None:
        """The word a clause of the best fact's quote ends with after the same noun and
        preposition as the claim's last word: "strengthening mutual engagement on
        intelligence" against "…engagement on logistics." ("logistics"), or None. Only an
        ordinary word of the claim, named nowhere ("Washington" is a place, weighed as places
        are), after a noun that says something ("engagement", not "the")."""
        words = parsed.words
        word = words[at]
        if (
            at < 2
            # A lower score is owed to the swap when the word is the one name the article
            # lacks ("Did Pompeo talk about the threat posed by Russia?").
            or (best.score < YESNO_THRESHOLD and unknown_country(parsed) != word)
            or words[at - 2] in STOPWORDS
            # (A country is weighed as typed in lower case: "…the threat posed by Russia?"
            # against "…posed by China.")
            or (word in parsed.unknown_names and unknown_country(parsed) != word)
            or any(link.start <= at < link.end for link in parsed.entities)
            or not self.index.speller.knows(word)
        ):
            return None
        quote = best.entry.fact.quote.text
        # Only of a fact with whom the claim names: "Did the statement talk about the threat
        # posed by Russia?" names no one, and Pompeo's words say nothing of the statement.
        agent = _agent_said_instead(quote, words[: at + 1]) if parsed.entity_ids else None
        found = agent or _clause_ended_otherwise(quote, words[: at + 1], framed=False)
        if found is None or found in STOPWORDS or fuzz.ratio(word, found) >= SWAP_SIMILARITY:
            return None
        return found

    @staticmethod
    def _swap_leaves_open(words: list[str], at: int, found: str) -> bool:
        """Whether the claim's word, standing where the quote has `found`, adds to what the
        quote says rather than contradicting it: another action on the same thing ("agree to
        expand defense trade" of "prioritizing defense trade"), a standing the article never
        grades ("a final agreement" of "a basic agreement"), or one kind of what the quote
        names only in general ("secure communications satellites" of "…capabilities")."""
        word = words[at]
        if word in OPPOSITES:
            return False  # "agree to reduce defense trade" of "prioritizing" it: the opposite
        if word in _DIRECTION and found in _DIRECTION:
            return False  # "looser" of "deepening": the engine knows which way each goes
        if found.endswith("ing") and (words[at - 1] == "to" or word.endswith("ing")):
            return True
        if word in _STANDING_WORDS:
            return True
        # Only as the claim's last word: inside a name ("the Basic Exchange and
        # Communication Agreement") the article's word is the name's own.
        return at == len(words) - 1 and found in _UMBRELLA_NOUNS

    def _defines_office(self, parsed: Parsed, best: Scored, noun: str) -> bool:
        """ "Is the 2+2 a meeting of the two countries' trade ministers?": the fact saying
        what a thing the claim names is tells what kind of office holders ("ministers")
        it is between, by the word before them, whatever comes before that. Any other fact
        only names some such holders, and others ("the commerce ministers") may have met
        too; one holder ("India's prime minister") may be another person altogether."""
        if noun not in _OFFICE_NOUNS:
            return False
        fact_id = best.entry.fact.id
        return any(
            self.factbase.entities[link.entity].identity_fact == fact_id
            for link in parsed.entities
            if link.start >= 0
        )

    def _name_swapped(self, parsed: Parsed, best: Scored) -> str | None:
        """A name of the best fact's with one of its words replaced by another word, not a
        slip of the keys: "Bilateral Exchange and Cooperation Agreement" for "Basic…"."""
        if best.missing or best.score < YESNO_THRESHOLD or parsed.negated:
            return None
        words = parsed.words
        typos = {typed for typed, _ in parsed.corrections}
        spans = [(link.start, link.end) for link in parsed.entities if link.start >= 0]
        for entity in best.entry.fact.entities:
            for name in self._long_names.get(entity, ()):
                size = len(name)
                for start in range(len(words) - size + 1):
                    window = words[start : start + size]
                    differ = [i for i in range(size) if window[i] != name[i]]
                    if len(differ) != 1:
                        continue
                    end = start + size
                    if any(a < end and start < b for a, b in spans):
                        continue  # "talks in Tokyo", "the U.S.-India…": a name the linker knows
                    typed, said = window[differ[0]], name[differ[0]]
                    if (
                        typed in STOPWORDS
                        or said in STOPWORDS
                        or typed in typos
                        or not typed.isalpha()
                        or term(typed) == term(said)
                        or fuzz.ratio(typed, said) >= SWAP_SIMILARITY
                        or any(typed in near and said in near for near in NEAR_MEANINGS)
                    ):
                        continue
                    return said
                swapped = self._middle_swapped(parsed, name, spans)
                if swapped is not None:
                    return swapped
        return None

    def _middle_swapped(
        self, parsed: Parsed, name: tuple[str, ...], spans: list[tuple[int, int]]
    ) -> str | None:
        """ "Basic Intelligence Sharing Agreement" for "Basic Exchange and Cooperation
        Agreement": the name's first and last words with other words between them."""
        if name[-1] != "agreement" or len(name) < 3:
            return None
        middle = {term(w) for w in name[1:-1] if w not in STOPWORDS}
        fixed = dict(parsed.corrections)  # "Exchnge": a slip of the keys for "exchange"
        words = [fixed.get(w, w) for w in parsed.words]
        for start, word in enumerate(words):
            if word != name[0]:
                continue
            for end in range(start + 2, min(len(words), start + 7)):
                if words[end] != name[-1]:
                    continue
                if any(a <= end and start < b for a, b in spans):
                    break  # a name the linker knows
                between = {term(w) for w in words[start + 1 : end] if w not in STOPWORDS}
                # "the Basic Exchange Agreement": the name shortened, not another one
                if between and not between <= middle:
                    return " ".join(name)
                break
        return None

    def _outside_the_list(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Was South Korea part of the Tokyo talks?": a country the article never names,
        asked about an event whose countries the article lists in full, is not among them."""
        country = unknown_country(parsed)
        # "Was South Korea there?", "…in it?", of the talks just answered: as one of them.
        pointing = (
            locative_there(parsed.words)
            or IN_IT.search(parsed.text.rstrip(" ?"))
            or GONE_TO_IT.search(parsed.text.rstrip(" ?"))
        )
        # Typed in lower case ("was pakistan in…", "did russia take part in…"), a country's
        # name is still a name. (A why-question's premise with one is left to abstain
        # before it reaches here, as it does typed with a capital.)
        names = parsed.unknown_names or (parsed.unknown[:1] if country is not None else [])
        if len(names) != 1 or len(parsed.unknown) != 1:
            return None
        party = (
            PARTY_WORDS.intersection(parsed.words)
            or not PARTY_TERMS.isdisjoint(parsed.terms)
            or (country is not None and _present_in(parsed, country))
            # "The quad was the US, India, Japan and South Korea, right?": a list of them.
            or (
                country is not None
                and sum(self._kind(e) == "country" for e in parsed.entity_ids) >= 2
            )
        )
        # "Did South Korea take part?", "was it included?" after the Tokyo talks: in them.
        there = parsed.followup_fact if pointing or party else None
        if not party and there is None:
            return None
        asked = replace_unknown(parsed)
        if country is not None:
            # "South Korea": "south" is part of the name, not a word the fact must have.
            named = {term(w) for w in country.split()}
            asked.terms = [t for t in asked.terms if t not in named]
        ranked = self._rank(asked)
        pointed = self.index.by_id.get(there or "")
        candidates = ranked[:2] if pointed is None else [Scored(pointed, 1.0, (), True)]
        for scored in candidates:
            fact = scored.entry.fact
            if (scored.missing or scored.score < YESNO_THRESHOLD) and fact.id != there:
                continue
            if fact.id != there and not self._names_the_event(
                fact, parsed, strict=True, named_only=True
            ):
                continue
            listed = fact.roles.get("with_whom")
            countries = [
                e for e in (listed.entities if listed else ()) if self._kind(e) == "country"
            ]
            if listed is None or len(countries) < 2 or len(countries) != len(listed.entities):
                continue
            name = OUTSIDER_NAME.search(parsed.text.split(names[0])[0] + names[0])
            if not {names[0], name[0] if name else ""} & COUNTRY_NAMES:
                # "Did Jaishankar attend the Tokyo talks?": a list of countries leaves out no
                # person; India took part, and the article does not say who spoke for it.
                return None
            shown = shown_name(name[0] if name else names[0])
            said = fact.roles.get("what") or listed
            return self._answered(
                text=f"{said_as('No', parsed)}. {shown} is not among them: {said.answer}.",
                facts=[fact],
                role=None,
                confidence=min(0.85, scored.score),
                parsed=parsed,
                context=context,
                ranked=ranked,
                notes=notes,
            )
        return None

    def _asked_as_party(self, parsed: Parsed, entity: str) -> bool:
        """The question has this country (or place) among those who did what a fact lists
        the doers of: "was China part of the Tokyo talks?", "did China take part…?", "talks
        with China?", "did China agree on BECA?"; not what something is aimed at or
        against ("is BECA aimed at China?", "…to counter China?"), which no list of
        parties answers."""
        if self._kind(entity) != "country":
            return True  # "did Begin visit Tokyo?": a place, checked against where it was
        if (
            PARTY_WORDS.intersection(parsed.words)
            or not PARTY_TERMS.isdisjoint(parsed.terms)
            or not _AMONG_WORDS.isdisjoint(parsed.words)
        ):
            return True
        links = [link for link in parsed.entities if link.start >= 0]
        asked = next((link for link in links if link.entity == entity), None)
        if asked is None:
            return False
        if _word_before(parsed, asked) in _WITH_WORDS:
            return True
        if _word_before(parsed, asked) in _TOPIC_WORDS:
            return False  # "What about the Tokyo talks?" "Were they about China?": a topic
        # Named before the thing it is asked of, as who did it: "did China sign BECA?"
        return all(asked.start < link.start for link in links if link.entity != entity)

    def _another_place_of_its_own(self, parsed: Parsed, scored: Scored) -> bool:
        """The place a fact leaves out is asked beside the fact's own place ("did Esper fly
        from Tokyo to New Delhi?" of the New Delhi meeting): the question is about two
        places, hence another event than this one, which the fact's one place cannot deny."""
        if self._kind(scored.missing[0]) != "place":
            return False
        where = scored.entry.fact.roles.get("where")
        own = set(where.entities) if where is not None else set()
        return any(
            e in own and e != scored.missing[0] and self._kind(e) == "place"
            for e in parsed.entity_ids
        )

    def _another_gathering_there(
        self, parsed: Parsed, candidate: Scored, ranked: list[Scored]
    ) -> bool:
        """ "Singh participated in the talks in Tokyo, true or false?": the talks asked are
        the ones the article holds at that place (the Tokyo talks), not the New Delhi
        meeting, whose place cannot deny that he was at them."""
        missing = candidate.missing[0]
        if self._kind(missing) != "place":
            return False
        asked = _GATHERINGS.intersection(parsed.terms)
        if not asked:
            return False
        for other in ranked[:PAIR_DEPTH]:
            where = other.entry.fact.roles.get("where")
            if other is candidate or where is None:
                continue
            if asked.isdisjoint(term(w) for w in quoted_words(other.entry.fact)):
                continue
            if any(self._covers(missing, e) for e in where.entities):
                return True
        return False

    def _like_pact_asked(self, parsed: Parsed, candidate: Scored) -> bool:
        """ "Did Australia sign BECA too?", "did Japan also join the agreement?": whether a
        third country has a pact like it, which the parties to this one do not deny ("did
        China sign BECA?" asks whether China was a party: no)."""
        if _ALSO_WORDS.isdisjoint(parsed.words) and "as well" not in parsed.text:
            return False
        return self._kind(candidate.missing[0]) == "country" and any(
            self._kind(e) == "agreement" for e in candidate.entry.fact.entities
        )

    def _countries_for_ministers(self, named: frozenset[str]) -> frozenset[str]:
        """A group named without its members ("the U.S. and Indian foreign and defense
        ministers") stands, for a country asked, for the countries its name names: "was
        Japan part of the 2+2?" is asked of the U.S. and India. ("Free nations" names none,
        and stays a group no list of countries answers.)"""
        return frozenset(c for e in named for c in (self._countries_named_by_group.get(e) or (e,)))

    @cached_property
    def _countries_named_by_group(self) -> dict[str, frozenset[str]]:
        """The countries each memberless group's name names, computed once."""
        named: dict[str, frozenset[str]] = {}
        for entity in self.factbase.entities.values():
            if entity.kind != "group" or entity.members:
                continue
            named[entity.id] = frozenset(
                e for e in self.index.entities_mentioned(entity.name) if self._kind(e) == "country"
            )
        return named

    def _pair_named(self, countries: frozenset[str]) -> str | None:
        """The name of the group whose members are just these countries: "The U.S. and
        India"."""
        for group, members in self.index.members.items():
            if frozenset(members) == countries:
                name = self.factbase.entities[group].name
                return name[:1].upper() + name[1:]
        return None

    def _closed_list_no(
        self, fact: Fact, missing: list[str], *, through_group: bool = False
    ) -> tuple[str, str] | None:
        """The article lists who took part (e.g. the four countries in Tokyo): a country the
        list leaves out did not take part, and the answer quotes the list. With the role
        whose answer lists them. `through_group`: a group of ministers counts as the
        countries its name names."""
        if len(missing) != 1:
            return None
        kind = self._kind(missing[0])
        if kind not in ("country", "place"):
            return None  # who else was there the article does not say
        for name in ("with_whom", "who", "where", "what"):
            role = fact.roles.get(name)
            # Only a list the maintainers declared is taken as complete.
            named = frozenset(
                e for d in (role.entities if role else ()) for e in self.index.expand(d)
            )
            if kind == "country" and through_group:
                named = self._countries_for_ministers(named)
            if role is None or not named or any(self._kind(e) != kind for e in named):
                continue
            if any(self._same_place(e, missing[0]) for e in named):
                return None  # New Delhi is in South Asia: a trip there may have gone to it
            if kind == "country" and len(named) < 2:
                continue  # one country named is no list of all who took part
            if kind == "country":
                # "with Japan, India and Australia" leaves out who met them; the event's own
                # description lists all four. A "who" list ("the U.S. and India") is whole.
                described = fact.roles.get("what") if name == "with_whom" else None
                listed = (described or role).answer
                if named.isdisjoint(role.entities):
                    # "Is Japan in the 2+2?": the countries the ministers are of, by the
                    # article's name for the pair ("the U.S. and India").
                    listed = self._pair_named(named) or listed
                outsider = self.factbase.entities[missing[0]].name
                return (
                    f"{outsider} is not among them: {listed}.",
                    "what" if described else name,
                )
            return fact.statement, name
        return None


# "Take part in", "participate in": an "in" that says what was joined, not where.
_JOINED_IN = frozenset(
    "part participate participates participated participating involved engaged included"
    " join joined joins".split()
)


def _asks_a_nationality(rest: list[str]) -> bool:
    """The words after the person name a people, nothing else: "(is Begin) Israeli", "(is
    Singh) a Pakistani", "(is Esper) Japanese, right". Not a country they come from or speak
    for ("is Begin from Israel?", "does Singh represent Pakistan?"): which side is that."""
    words = [w for w in rest if w not in _NATIONALITY_FILLERS]
    return len(words) == 1 and words[0] not in COUNTRY_NAMES


def _office_asked(word: str) -> str:
    """The office a word of the question names: "defence" is "defense"."""
    return "defense" if word.startswith("defen") else word


def _place_unsaid(parsed: Parsed, entity: str) -> Parsed:
    """The question as if it named no place: without the place's link nor the words that
    named it ("were the talks in Beijing?": "beijing", a name no fact uses, must not weigh
    against every event as a word they lack)."""
    named = {
        term(w) for link in parsed.entities if link.entity == entity for w in link.text.split()
    }
    clone = without_entity(parsed, entity)
    clone.span_terms = [t for t in parsed.span_terms if t not in named]
    return clone


def _in_a_place(parsed: Parsed) -> bool:
    """Whether the question has an "in" of a place: "did they meet in Washington or New
    Delhi?"; not the "in" of "which country did not take part in the Tokyo talks, Australia
    or China?", which asks who took part."""
    words = parsed.words
    return any(
        word == "in" and (at == 0 or words[at - 1] not in _JOINED_IN)
        for at, word in enumerate(words)
    )


def _a_form_of_first_name(word: str, first: str) -> bool:
    """Whether a typed first name is the person's own, shortened or mistyped: "raj" (a prefix
    of "rajnath"), "rajnat" or "rajanth" (one edit away). "mike" is not "mark"."""
    if len(word) >= 2 and first.startswith(word):
        return True
    return _within_one_edit(word, first)


def _within_one_edit(a: str, b: str) -> bool:
    """Whether two words differ by at most one insertion, deletion, substitution or swap of
    two neighbouring letters ("rajanth" of "rajnath")."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(differ) <= 1:
            return True
        i, j = differ[0], differ[-1]
        return len(differ) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _turned_if_denied(answer: Answer | None, parsed: Parsed) -> Answer | None:
    """ "Esper wasn't quoted, right?", "was Esper not quoted?": the claim is the negated
    one, so the verdict on "was Esper quoted?" turns (it got "No. The article quotes no words
    of Mark T. Esper's", agreeing with the claim it denied)."""
    if answer is None or not (parsed.claim_negated or parsed.negated):
        return answer
    for said, turned in (("No. ", "Yes. "), ("Yes. ", "No. ")):
        if answer.text.startswith(said):
            return replace(answer, text=turned + answer.text[len(said) :])
    return answer
