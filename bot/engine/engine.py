"""The question answerer: `Engine(factbase).answer(question, context) -> Answer`.

Pure and synchronous: no I/O, no clocks, no randomness, so the same question in the same
context always gets the same answer. It never raises on any text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from copy import copy
from dataclasses import replace
from functools import cached_property, lru_cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer, CitedQuote
from bot.engine.antecedents import Antecedents
from bot.engine.articleclaim import article_claim_asked, article_scope_dropped, title_said_asked
from bot.engine.autocorrected import NameSlips
from bot.engine.backdropclause import backdrop_split
from bot.engine.bare import BareFollowUps
from bot.engine.beforeperson import person_ordered_against
from bot.engine.bytitle import title_request_dropped
from bot.engine.bywhom import by_whom_asked
from bot.engine.capitalplaces import is_capital_city
from bot.engine.choices import each_option_asked, listed_choices
from bot.engine.compared import compared_asked
from bot.engine.comparedstatements import ComparedStatements
from bot.engine.context import Context
from bot.engine.continents import ContinentLists
from bot.engine.core import (
    ANSWER_THRESHOLD,
    BEFORE_THIS,
    DETAIL_THRESHOLD,
    KIND_ROLES,
    KIND_TERMS,
    MAX_QUESTION_CHARS,
    MAX_SUGGESTIONS,
    NOT_SAID,
    PAIR_DEPTH,
    ROLES_FOR,
    SPEECH_TERMS,
    YESNO_THRESHOLD,
    Scored,
    date_words,
)
from bot.engine.counterparts import PAIR_BY_TITLE, pair_of_counterparts_asked
from bot.engine.deputies import deputy_claim_words, not_deputy
from bot.engine.describe import (
    BEFORE_OR_AFTER,
    COUNT_NAMED,
    NEXT_OF_LAST,
    NUMBER_NAMES,
    DescriptiveAnswers,
)
from bot.engine.described import DescribedAnswers
from bot.engine.embedded import embedded_question_asked
from bot.engine.enumerated import enumerated_questions
from bot.engine.everyonenational import EveryoneNational
from bot.engine.formfield import form_field_asked, form_label_asked, quoted_one_asked
from bot.engine.fragments import claim_of_fragment
from bot.engine.gaps import CountGapAnswers
from bot.engine.granted import granted_premises, is_yes_no, points_into_premise, unreal_premise
from bot.engine.groupquoted import GroupQuoted
from bot.engine.hesitant import (
    doubt_dropped,
    name_corrected,
    name_said_after,
    name_taken_back_after,
    name_then_bare_who,
    name_then_question,
    question_after_recap,
    question_put_again,
)
from bot.engine.hinglish import hinglish_read
from bot.engine.homecoming import RETURN_UNTOLD, return_asked
from bot.engine.index import FactEntry, _linkable_words, term
from bot.engine.itdated import meeting_put_for_it
from bot.engine.joined import joined_claims
from bot.engine.keywordclaim import (
    MEMBER_NOUNS,
    detail_claims,
    member_claim,
    names_an_event,
    office_claim,
    puts_up_membership,
)
from bot.engine.lettered import (
    NONE_OF_THEM,
    Reading,
    completed_claims,
    lettered_split,
    option_borne_out,
    read_once,
    terms_of,
)
from bot.engine.lexicon import (
    CAPITAL_METONYMS,
    COUNTRY_NAMES,
    MONTHS,
    NEUTRAL,
    NUMBER_WORDS,
    PACE,
    POLARITY,
    SOURCE,
    STOPWORDS,
    TITLE_WORDS,
    WEEKDAYS,
)
from bot.engine.marks import QUOTATIONS_LISTED_NOTE, QuotationMarkAnswers, points_back_at_words
from bot.engine.mentioncontext import mention_context_asked
from bot.engine.mentions import MentionCounts
from bot.engine.message import (
    QUESTION_START,
    SENTENCE_END,
    agent_asked,
    announcement_dropped,
    asides_dropped,
    aspect_lead_dropped,
    called_as_said,
    concession_dropped,
    granted_premise_split,
    guess_dropped,
    indirect_order_asked,
    instructions_dropped,
    lead_in_dropped,
    need_to_know_split,
    office_alone_asked,
    office_asked,
    office_holder_asked,
    office_qualifier_dropped,
    or_only_one_dropped,
    or_the_other_too_dropped,
    order_as_option_asked,
    own_source_tail_dropped,
    plainly_asked,
    preceded_asked,
    purpose_asked,
    purpose_lead_split,
    question_word_fronted,
    quoted_claim_asked,
    read_out_claim_asked,
    referent_asked,
    refusal_read_as_not,
    remarks_after_dropped,
    report_frame_dropped,
    restated_claim_asked,
    source_swapped,
    strangeness_dropped,
    surprised_what_dropped,
    titles_dropped,
    wh_guess_dropped,
    while_there_dropped,
    whose_options_asked,
    you_mentioned_dropped,
)
from bot.engine.namegiven import NameGivenChecks
from bot.engine.nthmember import nth_country_as_count
from bot.engine.occurrences import times_held_as_count
from bot.engine.officeduties import office_span, unheld_office_duties
from bot.engine.ordinals import ListedItems
from bot.engine.orelse import claim_or_other
from bot.engine.paired import each_half_asked
from bot.engine.pairofthem import PairOfThem
from bot.engine.pairs import PairAnswers
from bot.engine.paragraphs import Place
from bot.engine.passages import WORDS_MEANING_ASKED, PassageAnswers
from bot.engine.personcount import PersonCounts
from bot.engine.phrases import (
    ABOUT_FILLERS,
    ABOUT_PHRASE,
    AND_ABOUT,
    ANYTHING_ABOUT,
    ARTICLE_NAMES_ASKED,
    ARTICLE_NAMING_SAID,
    BEFORE_THE_POST,
    BEFORE_WORDS,
    CALLED,
    CALLED_EVENT,
    CLOCK_TIME,
    CONTROL,
    DATE,
    EVENT_TERMS,
    HELP_TEXT,
    HOW_MANY_BARE,
    IDENTITY_TERMS,
    IN_IT,
    LAST_QUESTION_ECHOED,
    MENTION,
    NAME_OF_LEAD,
    NAME_THEM,
    ORDER_ASKED,
    ORDER_OBJECT,
    OWNED_OF_LEAD,
    PRONOUN_WORDS,
    RELATIVE_LEAD,
    SAID_AT_END,
    SOURCE_ASKED,
    SURE_ASKED,
    THAT_CONFIRMED,
    THAT_COUNTRY,
    THE_OTHER,
    TWO_TYPES,
    WHICH_EVENT,
    WHY_NOT,
    WHY_THAT_DETAIL,
    YEAR,
    about_then_question,
    and_give_own_asked,
    anyone_named_asked,
    article_source_asked,
    backdrop_trend_asked,
    bare_place_claim,
    bare_view_asked,
    bare_wh_list_asked,
    best_describes_asked,
    blank_contexts,
    chatter_dropped,
    chit_chat,
    companion_asked,
    contents_subject,
    correction_asked,
    count_options_joined,
    directive_dropped,
    event_named_for_that,
    fill_in_the_blank,
    hit_place_visited,
    host_place_asked,
    how_it_went_asked,
    identity_text,
    indefinite_asked,
    is_about_phrase,
    is_bare_auxiliary,
    joined,
    kind_called_asked,
    label_given_asked,
    lead_put_for_pronoun,
    lettered_options,
    line_on_asked,
    meeting_before_dialogue_named,
    name_spelling_asked,
    names_then_describes,
    one_put_for_the_last_noun,
    only_or_too_asked,
    options_first_asked,
    options_set_aside,
    order_verb_asked,
    ordinal_one_named,
    other_one_who_asked,
    place_gloss_dropped,
    place_of_earlier_event_asked,
    property_of_done_asked,
    pushed_claim,
    question_at_end,
    quote_form_dropped,
    recalled_part_asked,
    relation_name_asked,
    repeat_asked,
    rephrased,
    replace_type,
    replace_unknown,
    role_in_story,
    self_corrected,
    sentence_about_asked,
    setting_moved_after,
    short_lead_then_question,
    sides_person_asked,
    soft_link,
    source_of_claim_asked,
    split_asked_for,
    split_multi,
    stands_for_lead,
    swapped_name,
    topic_switched,
    topic_then_question,
    trend_asked,
    type_run_asked,
    types_alone_asked,
    unanswered_asked_again,
    verbatim_checked,
    versus_then_order,
    went_next_asked,
    wh_list_request_dropped,
    which_one_person_asked,
    which_person_is_the_asked,
    who_heads_asked,
    who_then_name_asked,
    whose_words_asked,
    why_said_asked,
    without_entity,
)
from bot.engine.placeaside import PlaceAsideChecks
from bot.engine.placenamed import delhi_meeting_named
from bot.engine.pointing import PointingAnswers
from bot.engine.praisedother import PraisedOther
from bot.engine.pushback import (
    Answered,
    Verdict,
    count_verdict,
    date_verdict,
    entity_verdict,
    leftover_terms,
    negated,
    said_by_answer,
    trend_verdict,
)
from bot.engine.quantified import (
    all_people_claimed,
    anyone_besides,
    indefinite_meeting_as_talks,
    only_some_said,
    positive_of_none,
    quantified_claim_asked,
    quantifier_names_its_kind,
    turned_round,
)
from bot.engine.question import (
    COPULAS,
    KIND_NOUNS,
    ORDINAL_WORDS,
    SORT_WORDS,
    Linked,
    Parsed,
    examples_aside_dropped,
    parse,
    question_type,
    respell,
)
from bot.engine.quoting import (
    asked_words,
    quote_check_asked,
    quote_verdict,
    quote_verdict_of_sentence,
    quoted_as_another,
)
from bot.engine.ranks import RankAnswers
from bot.engine.rather import claim_and_alternative
from bot.engine.regionwaters import WATER_NOUNS, water_named
from bot.engine.roles import RoleAnswers
from bot.engine.runon import runon_joined
from bot.engine.saidclaim import said_claim_asked
from bot.engine.several import after_verdict, merged, verdict_of
from bot.engine.shenamed import SheOfMen
from bot.engine.sidenames import SIDE_COUNTRIES
from bot.engine.sides import SideAnswers
from bot.engine.sidewords import SideWords
from bot.engine.sources import SourceAnswers
from bot.engine.spelling import COMMON_WORDS
from bot.engine.spoken import spoken_read
from bot.engine.sportstalk import sports_talk_read
from bot.engine.standin import StandInAnswers
from bot.engine.stemchoice import stem_choices
from bot.engine.tensionstrend import tensions_as_relations
from bot.engine.texted import texted_read
from bot.engine.thenanchored import then_dated, undated_then_asked
from bot.engine.threatnamed import PEOPLE_WORDS, threat_claim
from bot.engine.timeline import EventsInOrder
from bot.engine.titles import OFFICE_NOUNS, Miscalled, title_dropped
from bot.engine.tripkinds import TripKinds
from bot.engine.tripstops import TripStopsChecks
from bot.engine.undated import REPORT_DATE_ASKED, REPORT_UNDATED
from bot.engine.unnamedpronoun import UnnamedPronouns
from bot.engine.usererror import ErrorCheck, error_check_asked
from bot.engine.verbatim import VerbatimAnswers
from bot.engine.verbchoice import deeds_offered_as_options
from bot.engine.vocatives import vocatives_dropped
from bot.engine.whereelse import WhereElseChecks
from bot.engine.whichofthem import one_of_them_meant, which_of_them_asked
from bot.engine.yesno import (
    MEETING_WORDS,
    ORDER_WORDS,
    QUALITY_COMPARED,
    SAYING_TERMS,
    STATEMENT_TERM,
    YesNoAnswers,
    quoted_words,
    shown_name,
    unknown_country,
)
from bot.factbase.model import Fact, Quote, Role, Summary
from bot.text import fold_quotes, normalise, stem

__all__ = ["ANSWER_THRESHOLD", "MAX_QUESTION_CHARS", "Engine"]

# "Is the city Begin recently visited Tokyo?", "was the country where the talks took place
# Japan?": the place a clause describes, put against a name.
# "Singh's party?", "his political party?", "party?" after Singh: the party a person belongs
# to, which the article never gives; not China's Communist Party nor a party to the BECA.
_PARTY_OF = prefilter.compile(
    r"^\s*(?:(?:and|so|ok|okay|what about|how about)\s+)*(?:(?P<owner>[\w.'’ -]+?)['’]s\s+"
    r"|(?P<pronoun>his|her|their)\s+)?(?:political\s+)?(?:party|party affiliation|affiliation)"
    r"\s*\?*\s*$",
    re.IGNORECASE,
)


# "Esper's count?", "how many for Esper?", "and for Esper?" after a count of an event ("how
# many 2+2s so far?" Three): how many of them that person took part in, not any count
# the person's name ranks first (the three areas of cooperation).
_COUNT_FOR_PERSON = prefilter.compile(
    r"^\s*(?:(?:and|so|ok|okay|what about|how about)\s+)*(?:how many\s+)?"
    r"(?:(?:for|of|by)\s+(?P<for>[\w.'’ -]+?)(?:['’]s)?"
    r"|(?P<owner>[\w.'’ -]+?)['’]s(?:\s+(?:count|number|tally|total|score))?)\s*\?*\s*$",
    re.IGNORECASE,
)


_KIND_THEN_NAME = prefilter.compile(
    r"^(?:(?:per|according to|in) (?:the|this) (?:article|report|story|piece),?\s+)?"
    r"(?:is|was) the (?P<kind>city|country|capital|nation|venue)\s+"
    r"(?P<rest>(?:that |which |where |in which )?\w[^?,;:]+?)\s*\?*$",
    re.IGNORECASE,
)

log = logging.getLogger(__name__)

# A claim, then a question after a full stop, a question mark or a comma and "and": "Esper
# met Singh in Mumbai, and who signed BECA?", "esper met singh in mumbai. who signed it?".
_CLAIM_THEN_QUESTION = re.compile(
    r"^(?P<claim>[^?.!,]*\w(?:\.(?:\w|\s+[A-Z])[^?.!,]*)*)\s*(?:[.?!]+\s*(?:and\s+)?|,\s*and\s+)(?:also\s+)?"
    r"(?P<asked>(?:who|whom|whose|what|whats|what's|which|when|where|why|how)\b[^?]*\??)\s*$",
    re.IGNORECASE,
)
# A follow-up asking who the last answer's thing is between: "who is it between?", "and
# that is between who", "between whom?".
_BETWEEN_WHOM = re.compile(
    r"^(?:(?:and|so|ok|okay)\W+)?(?:(?:and )?(?:that|it|this)(?: is|'s| was) between (?:who|whom)"
    r"|(?:who|whom) (?:is|was|are|were) (?:it|that|this|they) between"
    r"|between (?:who|whom)(?: (?:is|was) (?:it|that|this))?)\W*$",
    re.IGNORECASE,
)
# What a side-to-side "between" is asked of: an event or an agreement, not a person.
_THINGS_BETWEEN_SIDES = frozenset({"event", "agreement"})

# How deep re-asks may nest: no eval question goes deeper than 3 ("who the American guy
# met"), so this guards against a rewrite that loops; it is no limit on reading.
MAX_REASK_DEPTH = 12
# The nesting of the current question's re-asks; a ContextVar, so that questions answered
# at once in other threads or tasks each count their own.
_REASK_DEPTH: ContextVar[int] = ContextVar("talksbot_reask_depth", default=0)
_REASKED_TOO_OFTEN = (
    "Sorry, I went round in circles reading that question. Try asking it another way."
)

PERSON_ROLES = ("who", "with_whom", "what")
# "That trip", "this visit", "those meetings": a noun pointed back at the last answer.
POINTING_WORDS = frozenset({"that", "this", "same", "those", "these"})
# Particles of a verb that say no thing: "heating up", "drawing down".
_VERB_PARTICLES = frozenset("up down out off on in over".split())
# Words that join names in a list of them: "the U.S. and India", "both Japan and India".
_NAME_JOINERS = frozenset({"and", "or", "both", "the"})
# The words that ask someone's office: "In what capacity?" (read as "what role"), "what
# title?", "his position?".
_OFFICE_TERMS = frozenset(
    term(w) for w in ("role", "title", "job", "position", "post", "office", "rank", "capacity")
)
# Kinds asked for by who they are ("which countries…"), which their names answer best; an
# agreement is better given as the article words it.
_NAMED_KINDS = frozenset({"country", "person", "group"})
# Words by which a question leans on the one before: "who else…", "what about there?"
# The words of a trend and its pace ("heating up", "rapidly"), as terms.
TREND_TERMS = frozenset(term(w) for w in (*POLARITY, *PACE, "up"))
# "Who was he talking to?", "what was Pompeo's audience?": whom someone spoke to.
AUDIENCE_ASKED = re.compile(
    r"\baudiences?\b|\b(?:talking|speaking|talk|speak|spoke|talked|saying (?:it|that|this)"
    r"|said (?:it|that|this)|addressing|remarks?) to\b(?! \w+ (?:about|on)\b)"
    r"|^(?:who|whom) (?:was|were|did) \w+(?: \w+)? (?:address|addressing|brief|briefing)$"
)
_THAT_WORDS = frozenset({"that", "this", "those", "these", "it", "them", "they"})
_POINTS_BACK = frozenset({"there", "else", "other", "others", "same", "too", "also", "then"})
# A claim put "later" than nothing it names, asked before anything is talked about: "Esper
# went to Tokyo afterwards.", "did Esper visit Tokyo later?" is later than the article's
# own event, the New Delhi meeting, and is weighed as "…after the meeting" is.
_BARE_LATER = prefilter.compile(r" (?:afterwards|afterward|later on|later|subsequently)$")
# "So before the 2+2, not at it?", "and it was after the Tokyo talks, right?": only an
# order, of what was just answered; a "not at it" after it says the same again.
_BARE_ORDER = prefilter.compile(
    r"^(?:(?:so|and|ok|okay|then|oh|but) )*"
    r"(?:(?:it|that|this) (?:was|is|came|happened) |(?:was|is|did) (?:it|that|this) (?:come )?)?"
    r"(?P<order>before|after|ahead of|prior to) (?P<anchor>(?:the |a )?\w+(?: \w+){0,3}?)"
    r"(?: (?:and )?not (?P<instead>at|during|in|on|after|before|with|ahead of)"
    r" (?:it|that|them|the same time))?(?: (?:right|correct|then|yes|yeah))?$"
)
# "First or second time for Esper at a 2+2?": two ordinals offered with no verb, asked as
# "is it the first or second time…?".
_ORDINALS = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_ORDINAL_CHOICE = prefilter.compile(
    rf"^(?:(?:so|and|ok|okay|then) )*(?:the )?{_ORDINALS} or (?:the )?{_ORDINALS} \w"
)
_ASKING_WORDS = frozenset("what where which who whom whose when how why".split())
_ORDER_IN_QUOTE = prefilter.compile(r"\b(?:earlier|ahead of|prior to|before|after|later)\b")
_ORDERED_OR_MEETING = frozenset(
    "before after ahead prior following earlier than meet meets met meeting meetings".split()
)
# Acts done in words: what the doers themselves said, as a statement reports it.
WORDS_SAID = frozenset(
    term(w) for w in "praise welcome appreciate express describe discuss talk commit agree".split()
)
# "Who could thwart China?": what someone could do, not what they did.
_COULD = re.compile(r"\b(?:could|can|might|may|would|should)\b")
# "who thwarted China?", "who else countered the threat?": the act asked of someone.
_WHO_DID = re.compile(
    r"^who (?:else |also |actually |really )?(?:(?:could|can|might|would|should) (?P<may>\w+)"
    r"|(?!(?:is|was|are|were|did|does|do|has|have|had|will|else)\b)(?P<did>[a-z]+ed)\b)"
)
# Words saying a fact is someone's account; not "talks", which Tokyo's were.
WORDS_OF_SOMEONE = (WORDS_SAID - {term("talk")}) | SPEECH_TERMS
TIME_TERM = term("time")
# "the Esper-Singh meeting", "the Esper/Singh talks": a meeting named by its two sides.
_PAIR_MEETING = re.compile(
    r"\b(?P<a>[A-Za-z]+)\s*[-–/&]\s*(?P<b>[A-Za-z]+)\s+"
    r"(?P<event>meeting|bilat|bilateral|meet|sit-down)\b",
    re.IGNORECASE,
)
_TALKS_HELD = frozenset({term("talks")})
# "What was agreed …?": what a fact must tell of to answer it (agreeing, committing, an
# agreement reached).
_AGREE_TERM = term("agree")
_DESCRIBED = term("describe")  # "…officials described the relationship as…"
_AGREEING_TERMS = frozenset(
    term(w) for w in "agree agreement commit pledge promise vow decide resolve".split()
)
# "What did India want from the meeting?", "…hope to get out of the talks?", "what was
# the U.S. expecting from Singh?": what someone wanted of an occasion or another.
_WANTED_FROM = re.compile(
    r"\b(?:want|wants|wanted|wanting|hope|hopes|hoped|hoping|expect|expects|expected"
    r"|expecting|seek|seeks|sought|seeking|wish|wished|wishes|desire|desired)"
    r"(?: (?:to )?(?:get|gain|achieve|obtain|secure|see|for))?(?: \w+)? (?:from|out of)\b"
)
# "…agree to address?", "…committed to doing?": an act agreed to, asked.
_AGREED_TO = re.compile(
    r"\b(?:agree|agreed|agrees|commit|committed|commits|pledge|pledged|promise|promised"
    r"|vow|vowed|decide|decided) to\b"
)
PEOPLE_TERMS = frozenset(
    term(w) for w in "official officials people person persons minister ministers men".split()
)
MINISTER_TERMS = frozenset(term(w) for w in ("minister", "ministers"))
# The least score of a fact whose doers "how many secretaries…?" counts.
COUNTED_FLOOR = 0.35
PERSON_TERM = term("people")
# Being somewhere rather than doing something: the article names those who acted, never
# everyone present.
PRESENT_AT = prefilter.compile(
    r"\b(?:attend\w*|present|there|presence)\b|\b(?:was|were|is|are|be|been) (?:at|in|on)\b"
)
# Words of going somewhere and nothing more: "Begin also recently visited New Delhi".
# "Where is Singh's counterpart from?", "Esper's Indian counterpart's title": whose, then
# what is asked of the counterpart.
OWNED_COUNTERPART = re.compile(
    r"(?P<own>['\u2019]s|s['\u2019])\s+(?:\w+\s+)?counterpart(?P<after>['\u2019]s)?\b", re.I
)
# "Esper and his counterpart", "he and his Indian counterpart": someone and the other side;
# "the Indian defence minister and his American counterpart": someone named by his office.
OWN_COUNTERPART = re.compile(
    r"\b(?P<owner>the (?:(?:u\.?s\.?|us|american|indian) )?(?:defen[cs]e )?"
    r"(?:minister|secretary|chief|head)(?: of defen[cs]e)?|[A-Za-z][\w.-]*)"
    r" and (?:his|her) (?P<kind>(?:indian |american |us )?)"
    r"counterpart\b(?!['\u2019])",
    re.I,
)
WHO_ASKED = re.compile(r"\b(?:who|whom|whos|name|identify)\b", re.I)
# Words that end the owner's name read backwards from "'s counterpart".
COUNTERPART_OWNER_ENDS = frozenset(
    "what whats where wheres when which who how is was are were did does do s from about and"
    " with for to in of tell me us".split()
)
VISIT_TERM = term("visit")
GOING_TERMS = frozenset(
    term(w)
    for w in "visit visited come came go went travel trip head destination also recently".split()
)
# A time given only against another event: "before his trip to South Asia".
RELATIVE_TIME = prefilter.compile(r"^(?:before|after|ahead of|prior to)\b")
# "What is the threat posed by China?", "what global challenges?": what a thing is, asked
# with the noun naming it (not "what were the militaries committed to…?").
_NOUN_RUN = r"((?:(?!\w+ed\b)[\w+-]+ ){0,3}?(?!\w+ed\b)[\w+-]+)"
ASKED_THING = prefilter.compile(
    rf"^what (?:is|are|was|were) (?:the|a|an) {_NOUN_RUN}"
    r"(?: (?:of|on|to|in|for|from|with|between|among|at|about|that|which|who|whose|\w+ed by)"
    r"\b.*)?$"
    r"|^what (?!.*\b(?:did|do|does|is|are|was|were|has|have|had|will|would|can|could|should"
    r"|about|else|of|they|he|she|it|we|you|i|\w+ed)\b)([\w+-]+(?: [\w+-]+){0,2})$"
)
# The items of an answer ("Cooperation among the services, enhancing secure communications
# capabilities, and …") and the words that end the noun each opens with ("A threat that…").
ANSWER_ITEMS = re.compile(r", (?:and )?|; (?:and )?|: | and ")
HEAD_ENDS = frozenset(
    "of on to in for from by with between among during at about including that which who"
    " whose whom is are was were could would".split()
)
# An item that says where an answer comes from or how far it reaches ("in U.S. officials'
# words the world's two largest democracies", "from developing emerging technologies…").
ADJUNCT_OPENS = frozenset("in from at during according as".split())
SETTING_TERMS = frozenset(term(w) for w in (*WEEKDAYS, *MONTHS))
_WEEKDAY_TERMS = frozenset(term(w) for w in WEEKDAYS)
# Words between two names that make them doers together ("Esper and Singh"), not one
# acting on the other ("Esper thank Singh").
CO_DOING = frozenset({"and", "or", "nor", "with", "plus", "&", "together"})
# An answer that is a thing (what was praised, welcomed), not an act.
OBJECT_ONLY = re.compile(r"^(?:the|a|an|their|his|her|its)\b", re.IGNORECASE)
# "Esper's visit": an owner, by name, and what is theirs.
POSSESSIVE = re.compile(r"\b([A-Z][\w.-]*)[’']s (\w+)")
# "Which official said that, by name?": that, the last answer, said by someone.
SAID_THAT = prefilter.compile(
    r"\b(?:said|say|says|claimed|wrote|meant|described) (?:that|this) by\b"
)
# "Was Singh one of them?", "Is Pakistan on that list?": one of those the last answer named.
ONE_OF_THEM = prefilter.compile(
    r"^(?:was|is|were|are) (?:\w+ ){1,3}(?:one of them|among them|one of those|among those"
    r"|in that group|part of that group|in the group|in (?:that|the) list|on (?:that|the) list"
    r"|one of the (?:four|countries|participants))$"
)
# "Who said that?", "who says so?": the source of the last answer.
WHO_SAID_IT = prefilter.compile(
    r"^(?:so |and |but )?(?:who|which \w+) (?:has |had )?(?:says|said|claims|claimed|states"
    r"|stated|reports|reported|wrote|communicated) (?:that|this|so|it)"
    r"(?: then| exactly| actually| originally| really)?$"
    r"|^(?:so |and |but )?(?:says|said) who$|^(?:so |and )?according to (?:whom|who)$"
)
# "Who wrote this?", "which paper reported it?": the article's writer, not a speaker.
WRITTEN_OR_REPORTED = prefilter.compile(r"\b(?:wrote|writes|reports|reported)\b")
# "Since Esper has been to four 2+2s, how many…?", "given that they met in Tokyo, when…?":
# a premise, then the question asked on it.
PREMISE_LEAD = re.compile(
    r"^(?:so |and |ok |okay )?(?:since|given that|given|now that|seeing as|seeing that|considering"
    # "Assuming Australia was not at the Tokyo talks, which countries were?": a supposition
    # is a premise too, corrected when the article says otherwise.
    r"(?: that)?|as|because|if|(?:assuming|supposing|presuming|suppose)(?: that)?)\s+"
    r"(?P<premise>[^,;?]{8,}?)\s*[,;]\s*"
    r"(?P<question>(?:so |then )?(?:who|whom|what|when|where|why|how|which|did|does|do|is|was"
    r"|were|are|has|have|had)\b[^,;]*)$",
    re.IGNORECASE,
)
# The ordinals a premise counts by: "since this was Esper's first 2+2".
PREMISE_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth"})
# "T/F: Esper and Pompeo took part in the Tokyo talks, which included China.": a claim whose
# last words ("the Tokyo talks", "New Delhi") a clause goes on to say more of.
RELATIVE_CLAUSE_CLAIM = re.compile(
    r"^(?P<lead>(?:t/f|true or false|true/false|is it true that|is it correct that)\s*:?\s*)?"
    r"(?P<main>(?!(?:who|whom|what|when|where|why|how|which)\b)[^,;?]{8,}?\b"
    r"(?P<antecedent>the\s+(?:[\w.'+-]+\s+){0,3}?[\w.'+-]+|(?-i:(?:[A-Z][\w.'-]+\s+)*[A-Z][\w.'-]+)))"
    r"\s*,\s*which\s+(?P<clause>(?:is|was|were|are|has|had|have|included|includes|include"
    r"|involved|involves|took|came|happened|featured|brought)\b[^,;?]+?)"
    r"\s*(?:,?\s*(?:right|correct|true|yes|no)\s*)?[.?!]*$",
    re.IGNORECASE,
)
# "After the agreement was signed, who celebrated?", "following the signing of BECA, who…?":
# a question placed after (or before) an event its lead takes for granted. ("When the
# article says things are 'heating up', what is?" is no time: "when" is left out.)
TIMED_PREMISE_LEAD = re.compile(
    r"^(?:so |and |ok |okay )?(?:just |right |soon )?(?:after|once|following|as soon as"
    r"|before)\s+(?P<premise>[^,;?]{4,}?)\s*[,;]\s*"
    r"(?P<question>(?:so |then )?(?:who|whom|what|when|where|why|how|which)\b[^,;]*)$",
    re.IGNORECASE,
)
# A lead that is a clause ("the deal collapsed", "it was ratified"), not a bare event ("after
# the meeting"): what it claims must hold for a question about the time after it.
PREMISE_CLAUSE = re.compile(
    r"\b(?:was|were|had|has|have|got|is|are|did)\b|\b\w{3,}ed\b", re.IGNORECASE
)
# "Did Esper say that?", "and Singh, did he say it too?": whether this one is whose words
# the last answer was.
SAID_IT_TOO = prefilter.compile(
    r"^(?:and |so |but |then )?(?:did|does|has|had) (?:\w+ ){1,4}?(?:also |ever |actually |really "
    r"|too )?(?:say|said|state|stated|claim|claimed|write|wrote) "
    r"(?:that|it|this|so|the same|those words|that remark|that statement)"
    r"(?: too| as well| then| also| either)?"
    # "did Esper say the same in Delhi?": where or when does not change what is asked
    r"(?: (?:in|at|during|on|when|while) (?:\w+ ){0,3}\w+)?$"
    # "Is that what the Defense Department said?": the same check, asked the other way.
    r"|^(?:and |so |but )?(?:is|was) (?:that|this|it) (?:what|something) (?:\w+ ){1,4}?"
    r"(?:also |actually |really )?(?:said|say|says|stated|states|claimed|claims|wrote)"
    r"(?: too| as well| then| also)?$"
)
# "Does it say the partnership is about China?": "it", first thing asked, is the article.
_IT_SAYS = re.compile(
    r"^(?P<verb>does|did|do) it (?=(?:say|state|claim|suggest|report|mention|tell us|imply)\b)",
    re.IGNORECASE,
)
# A question naming the article: "it" next is the article too.
# "Who called it one of the most significant relationships?" (U.S. officials) "Are they
# right?": whether the people just named judged well, an opinion the article never gives;
# not "is that right?", which checks the answer itself.
_SPEAKERS_JUDGED = re.compile(
    r"^(?:(?:and|so|but|well|ok|okay|hmm+)[ ,]+)*(?:is|are|was|were) (?:he|she|they|them)"
    r" (?:actually |really |even )?(?:right|correct|wrong|mistaken|justified)"
    r"(?: (?:about|in|on) (?:that|this|it|saying so|saying that)| to (?:say|think) (?:so|that))?"
    r"[\s?!.]*$",
    re.IGNORECASE,
)
_ARTICLE_NAMED = re.compile(rf"\b(?:the|this) {SOURCE}\b", re.IGNORECASE)
# "Did the statement say so?": the statement stands for whoever issued one.
_STATEMENT_WORDS = frozenset("statement statements release readout".split())
_MENTION_TERM = term("mention")
# "signed it", "inked that": an agreement, whatever "it" was not said to be.
SIGNED_IT = prefilter.compile(
    r"\b(sign|signs|signed|signing|ink|inks|inked|inking|ratify|ratifies|ratified)"
    r" (?:it|that|this)\b",
    re.IGNORECASE,
)
# "Who says relations are heating up?", "according to whom…?": the source of a claim.
SAYS_WHO = prefilter.compile(
    r"^(?:who|which \w+) (?:has |had )?(?:says|said|claims?|claimed|states?|stated|reports?"
    r"|reported|writes|wrote|asserts?|asserted|announced|communicated)\b"
    r"|^according to (?:whom|who)\b|^(?:who|what) is the source\b"
)
# "Which official said that?", "what U.S. official says…", "which Indian minister stated…":
# a source asked as a person in office, which an unsourced sentence of the article is not.
OFFICIAL_SOURCE_ASKED = prefilter.compile(
    r"^(?:which|what) (?:(?:u s|us|american|indian|government|govt|senior|defense|defence)"
    r" )*(?:officials?|ministers?|spokesm[ae]n|spokesperson|spokeswoman|persons?|people"
    r"|diplomats?|leaders?|minister|secretary|official|authorit(?:y|ies)) "
)
# "Who reported the Tokyo talks?", "which outlet reports that…": a source asked by reporting.
REPORTED_WHO = prefilter.compile(r"^(?:who|which \w+) (?:has |had )?(?:reports?|reported)\b")
# "the official meeting with Pompeo", "met with Pompeo": whom someone met (not "the
# Esper-Singh meeting", whose issuer may be asked).
_MEETING_WORDS = frozenset("met meet meets meeting".split())
_MEET_TERM = term("meet")
# "Who visited New Delhi?", "who else went to Tokyo?": the visitor, not the host.
VISITOR_ASKED = prefilter.compile(
    r"^who (?:else |also |recently |has |had )?(?:visit|visits|visited|went|travell?ed|came)\b"
)
# Taking part in an event: "Did China take part?", "was Japan involved?".
INCLUDING_TERMS = frozenset(term(w) for w in "include included including cover covered".split())
PARTAKING_TERMS = frozenset(
    term(w)
    for w in "part participate participated attend attended join joined involved present".split()
)
# "Was China included?" after the Tokyo talks: among their sides, as one taking part.
INCLUDED_TERMS = frozenset(term(w) for w in "include included includes".split())
PARTAKING_TERMS |= INCLUDED_TERMS
PARTICIPATE_TERM = term("participate")
# Coming to an event, "Did China come?": too common a word to have a term of its own.
COMING_WORDS = frozenset("come comes came coming".split())
POINTING_WORDS = frozenset("those these that this same".split())
# The question's own words for going somewhere ("which countries did Pompeo visit?").
# Marks (for maintainers: an internal note) a reason read off the talks someone took part
# in, so its premise is checked.
WENT_FOR_NOTE = "why: the talks they took part in there"
# Words for a gathering, as typed: "what was the point of those talks?" asks the event's
# own purpose, not why its people went; "what kind of meeting…?" is answered by
# "quadripartite talks".
GATHERING_WORDS = frozenset("talks meeting dialogue summit conference session".split())
EVENT_NOUNS = (GATHERING_WORDS - {"session"}) | {"talk", "meetings", "dialogues"}
VISIT_WORDS = frozenset(
    "visit visits visited visiting travel travels travelled traveled travelling traveling go goes"
    " went gone going trip tour toured".split()
)
# "What job did Esper do previously?", "what office did he hold earlier?", "what was
# Singh's role before?": a post at an unnamed earlier time, which the article never gives.
EARLIER_POST_ASKED = prefilter.compile(
    r"\b(?:positions?|jobs?|offices?|posts?|roles?|titles?|careers?|occupations?|work"
    r"|profession)\b(?: \S+){0,5} (?:before|previously|earlier|formerly|beforehand|prior)$"
)
# "What did Singh have to give up in exchange?", "what did India get in return?", "what
# concessions did the U.S. make?": a price paid for the agreement, which the article never
# gives; "exchange" here is no part of the Basic Exchange and Cooperation Agreement.
PRICE_PAID_ASKED = prefilter.compile(
    r"\bin (?:exchange|return)\b(?! (?:of|and)\b)|\b(?:give|gave|given|giving) up\b"
    r"|\b(?:concessions?|sacrific\w*|quid[ -]pro[ -]quo|trade[ -]?offs?)\b"
)
# "Who attended the first one then?" (after the three 2+2s), "when was the previous 2+2?":
# one earlier occurrence singled out, of which the article gives only the count. Not
# "second", which is this one for Esper, nor "last", which may be the meeting itself.
EARLIER_OCCURRENCE_ASKED = prefilter.compile(
    r"^(?:and |so |but |ok |okay )*(?:who|whom|when|where|what|which|how)\b(?! many\b)"
    r".*\bthe (?:first|third|fourth|fifth|previous|initial|earliest|inaugural|original)"
    r"(?: \w+)? (?:ones?|2plus2|dialogues?|meetings?|talks|rounds?|editions?|sessions?)\b"
)
# "More on that", "tell me more", "more details?", "elaborate", "go on": more of what the
# last answer was about, which repeating its one fact never gives.
MORE_ASKED = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|cool|great|nice|thanks|please|pls|can you|could you) )*"
    r"(?:tell me|say|give me|share|any|got any|i want|i d like)? ?(?:some )?"
    r"(?:more|more details?|more info(?:rmation)?|further details?|elaborate|go on|expand)"
    r"(?: (?:on|about) (?:that|this|it|them|him|her))?(?: please| pls)?$"
)
# "Who's the current US defense secretary?", "who is India's defence minister now?": who
# holds a post today, which an article written at the time of the talks cannot say.
HOLDER_NOW_ASKED = prefilter.compile(
    r"^who (?:is|are)(?: the)? (?:current|present|incumbent|sitting)\b"
    r"|^who (?:is|are) (?:currently|presently|now)\b"
    r"|^who(?: \S+){1,6} (?:now|today|currently|presently|nowadays|these days|at present"
    r"|at the moment|right now)$"
)
# The words that make it "now", taken out to say what the article gives instead.
NOW_WORDS = prefilter.compile(
    r"\b(?:current|present|incumbent|sitting|currently|presently|now|today|nowadays"
    r"|these days|at present|at the moment|right now)\b"
)
# Words opening a clause that places an act beside a trip ("before going to South Asia").
_CLAUSE_PLACERS = frozenset("before after prior ahead following until during since".split())
# "Where is Esper from?", "where does Singh come from?": someone's own country; typed
# without the verb as well ("where singh from").
NATIVE_OF = prefilter.compile(
    r"^where (?:(?:does|do) (?P<do>(?:\S+ ){0,4}\S+)(?: originally)? (?:come|hail)"
    r"|(?:(?:is|are|s|was|were) )?(?!(?:does|do|did) )(?P<be>(?:\S+ ){0,4}\S+)(?: originally)?)"
    r" from$"
)
# With VISIT_WORDS, a trip: "where did Esper fly from?", "where did Begin come from?".
FLYING_WORDS = frozenset(
    "fly flew flown come came arrive arrived leave left depart departed".split()
)
# What a fact that gives someone's own account does: says it, describes it.
SAY_TERM = term("say")
ACCOUNT_TERMS = frozenset({SAY_TERM, term("describe")})
# Words by which a question places what it asks against an event ("ahead of the 2+2").
PLACING_WORDS = ORDER_WORDS | {"ahead", "since", "preceding", "leading"}
BUILDING_WORDS = frozenset({"building", "buildings", "premises", "headquarters"})
ASKING_WORDS = frozenset({"where", "when", "which", "what"})  # what a where or when asks by
WHOSE = "whose"  # a fact's keyword: it says whose something is ("whose threat")
# What "how many times" and "which time" count.
OCCASION_TERMS = frozenset(
    term(w) for w in "time dialogue meeting talks session round visit".split()
)
JOIN_TERM = term("join")
DISCUSS_TERM = term("discuss")
HOST_TERM = term("host")
MINISTER_TERM = term("minister")
BARE_WHY = frozenset({"why", "so", "but", "and", "then", "though"})
# "Why is that?", "why did that happen?", "what led to that?": a reason for the last answer
# itself, put with nothing but a word pointing at it.
_WHY_OF_THAT = BARE_WHY | frozenset(
    "what is was are were did does do happen happened happening led lead leads to caused cause"
    " causes triggered prompted behind".split()
)
_POINTING = frozenset({"that", "this", "it"})
PURPOSE_CLAUSE = prefilter.compile(r"^(?:to|in order to|so that|so as to)\b", re.IGNORECASE)
# A "why" role that gives only when ("Ahead of the 2+2 Dialogue…"): a time, not a reason.
TIME_NOT_REASON = prefilter.compile(
    r"^(?:ahead of|before|prior to|after|following|earlier|later|during|on the eve of)\b",
    re.IGNORECASE,
)
# "How many members / participants…": a count of whoever took part, countries or people.
MEMBER_TERMS = frozenset(
    term(w) for w in ("member", "participant", "party", "side", "attendee", "participating")
)
# "Who met…?", "who took part…?", "Tokyo talks participants": everyone on both sides.
PARTY_TERMS = frozenset(term(w) for w in ("meet", "participate", "attend"))
PARTY_WORDS = frozenset({"participants", "participant", "attendees", "part", "members"})
IN_THE_EVENT = prefilter.compile(r"^who (?:was|were|is|are) (?:in|at) ")
# "tokyo talks who was there", "who was there at the quad talks?": everyone at the event the
# question names, as "who was at the Tokyo talks?" is.
THERE_AT_THE_EVENT = prefilter.compile(r"(?:^|\s)who (?:was|were) (?:there|present)\b")
# "Which one is American?", "which of Esper and Singh is Indian?", "who is American, Esper
# or Singh?": the words such a question may have besides the people and the country.
WHICH_ONE_WORDS = frozenset(
    "and so but which who one ones of them those these the two both is was are were s or "
    "guy man person pair from among".split()
)
# "List the 4 people and their jobs" (read as "which four people and their jobs"), "list
# everyone named with their titles": everyone, each with who he is.
PEOPLE_AND_TITLES = prefilter.compile(
    r"^(?:which|who are|list|name|give(?: me)?|tell me) (?:(?:all|every|each|of|the) )*"
    r"(?:(?P<number>\w+) )?(?:people|persons|officials|individuals|names|everyone|everybody)"
    r"(?: (?:named|mentioned|in the article|in it))*"
    r" (?:and|with|plus|&) (?:their|his|her|each one s|each s) "
    r"(?:jobs?|titles?|roles?|positions?|posts?|offices?)(?: in the article)?$"
)
# "Who was the American at the meeting?", "who's the Indian one in the talks?": the one from
# that country among those at the event the rest names (normalised text).
COUNTRY_S_ONE_AT = prefilter.compile(
    r"^(?:and |so |but )?who (?:is|was|were|are|s) the (?P<nat>\w+)"
    r"(?: (?:one|guy|man|person|official|minister|side|representative|delegate))?"
    r" (?P<at>(?:at|in|during|on) .+)$"
)
MAX_ONE_OF_KIND = 20  # more entities of a kind than this, and its name alone picks none


# "What do you think about India?": an opinion asked of the bot, which has none.
OPINION_WORDS = frozenset("think thinks feel opinion opinions believe reckon view views".split())
# "Do you think India should side with the U.S.?", "is it a good idea…?": a judgement to make,
# not a fact to report.
SHOULD = prefilter.compile(
    # Not the asker's own "I should be grateful if…", "I should like to know…": a courtesy;
    # "do you think I should trust the article?" asks advice, a judgement all the same.
    r"\b(?:should\b(?! (?:be (?:grateful|glad|obliged)|like|love|appreciate)\b)|shouldnt\b"
    r"|ought to\b)|\bgood idea\b|\bbad idea\b|\bwise\b|\bright thing\b"
    # "What would you do if you were Esper?": a judgement put as a hypothetical.
    r"|\bif (?:you|u|i|we) (?:were|was)\b|\bwould (?:you|u) (?:do|have done|say|choose|decide)\b"
)
# "I should be grateful to know: should India join the Quad?", "I'd like to know whether
# India should join the Quad": the asker's wish to know, then a judgement asked all the same.
SHOULD_ASKED_AFTER_LEAD = prefilter.compile(
    r"\b(?:know|learn|hear|tell me|ask|asking|wonder|wondering|wondered)"
    r"(?: (?:whether|if))?(?: \w+){0,4}? (?:should|shouldnt|ought to)\b"
)

# Words after "if" that make it a courtesy, not a condition: "…, if you would be so kind?".
_COURTESY_IF = r"(?!(?:you|u|ya|possible|any|so|not)\b)"
# Words after "would" that make it a request, not a supposition: "I would like to know if…",
# "could you tell me if…".
_REQUESTING = r"(?!(?:you|u|ya|like|love|appreciate|be grateful|be glad|be so kind)\b)"
# "If China had not been a threat, would the talks have happened?", "What would happen if
# U.S.-China relations improved?", "Would Japan have joined if the meeting had been in
# Tokyo?": what would have been, which an article reporting what was cannot say.
_UNREAL_PAST = r"(?:had|hadnt|did|didnt|were|werent|wasnt)"
_WOULD_HAVE = r"(?:would|wouldnt|could|couldnt|might)(?: not)?(?: \w+)? have\b"
# Two people's offices claimed at once: "esper = defence sec, singh = foreign min, right?",
# "esper is defence secretary and singh is foreign minister?". Read whole, the claim matched
# the meeting both are in and got Yes; each part is asked alone instead.
_TAG_AT_END = re.compile(
    r"[\s,]*(?:right|correct|true|yeah|yes|innit|no|eh|ok|yes or no|is that right"
    r"|isn'?t it|aren'?t they|don'?t you think)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_CLAIM_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*(?:and\s+)?", re.IGNORECASE)
_PERSON_IS = re.compile(
    r"^(?:is |was )?(?P<subject>[a-z.'’]+(?: [a-z.'’]+){0,2})\s*(?:=|\bis\b|\bwas\b|'s|’s)\s*"
    r"(?P<office>[a-z.' ]+)$",
    re.IGNORECASE,
)
# "Who is he?", "who is this bloke?", "who's that guy?": one person asked after; an answer
# naming sides or a group ("The U.S. and India") is no "he".
WHO_IS_ONE_PERSON = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|but|wait|sorry|then)\s+)*who(?: is| s| was|s)"
    r" (?:he|she|him|her|(?:this|that|the) (?:bloke|guy|man|woman|lad|chap|fella|fellow|dude"
    r"|gentleman|lady|person|one|official))(?: (?:then|again|exactly|now))?$"
)
COUNTERFACTUAL = prefilter.compile(
    # (not "what, if anything, was agreed…?", read "what if anything was agreed")
    r"\bwhat if\b(?! any| at all)|\bhypothetically\b"
    # (leading the question: not "am I right in supposing that they agreed…?")
    r"|^(?:and |so |but |now |ok |okay |well )?(?:suppose|supposing|imagine)\b"
    rf"|\bif {_COURTESY_IF}[^?]*\b(?:would|wouldnt|could|couldnt|might)\b {_REQUESTING}"
    rf"|\b(?:would|wouldnt|could|couldnt|might)\b {_REQUESTING}[^?]*\bif {_COURTESY_IF}"
    r"|\bwhat (?:would|could|might) (?:happen|have happened|change|have changed)\b"
    # The "if" inverted: "Had Pompeo not spoken, would China have been mentioned?", "were
    # Singh to refuse, would they still agree?" (a Yes quoted what did happen).
    r"|^(?:and |so |but |now |ok |okay |well )?(?:had|were) [^?]*\b(?:would|wouldnt|could"
    r"|couldnt|might)\b [^?]*\b(?:have|be|still)\b"
)
# "What countries were in Tokyo?" "Why not China?", "why not Pompeo?", "how come no
# Pakistan?": why someone or something is left out, which the article never says. (Read as a
# plain "why", it found a reason about China: "to jointly address the threat posed by China".)
WHY_LEFT_OUT = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then|hmm)\s+)*(?:why|how come|whys)\s+(?:not|no)\s+\w"
)
# "If Esper hadn't gone, who would have met Singh?", "would BECA have been agreed if Pompeo
# had come?": an unreal past on either side of the "if", read before the message is cut at
# its comma (which left "who would have met Singh?" to answer as if asked).
UNREAL_CONDITIONAL = prefilter.compile(
    rf"\bif\b[^?]*\b{_UNREAL_PAST}\b[^?]*\b{_WOULD_HAVE}"
    rf"|\b{_WOULD_HAVE}[^?]*\bif\b[^?]*\b{_UNREAL_PAST}\b"
)
# "Who is Begin's superior?", "who does Begin report to?": a chain of command, which the
# article (naming offices, not who answers to whom) never gives. ("Boss" is left out: the
# lexicon reads it as "chief", and "the Pentagon boss" is Esper.)
HIERARCHY_ASKED = prefilter.compile(
    r"\b(?:superior|superiors|supervisor|supervisors|manager|subordinates?"
    r"|reports? to|reported to|answers? to|answered to|successor|predecessor)\b"
)
# "Who is Esper's boss?", "who is the boss of Mark T. Esper?", "his boss?": a person's boss,
# a chain of command again; "the Pentagon boss" (a body's) is its chief, Esper.
_BOSS_OF = prefilter.compile(r"\bboss(?:es)?\s+of\s+(?:the\s+)?(?P<after>[\w ]+)")
_OWNERS_BOSS = prefilter.compile(r"(?P<before>\w+)\s+boss(?:es)?\b")
_OWN_PRONOUNS = frozenset({"his", "her", "their"})
# "How often do the 2+2 dialogues happen?": a rate (yearly?), where "how often has Esper
# joined them?" counts the times; the article gives counts, never a rate.
RATE_ASKED = prefilter.compile(r"\bhow often (?:do|does|are|is|will|would|should|can)\b")

# "What is two plus two?" spelled out is a sum; "what is 2+2?" may mean the Dialogue.
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
ARITHMETIC = prefilter.compile(
    rf"^(?:what(?:'s|s| is)|how much is|calculate|compute)\s+{_NUMBER}\s*"
    rf"(?:plus|minus|times|divided by|multiplied by|\*|/|x)\s*{_NUMBER}\s*\??$",
    re.IGNORECASE,
)
# "Did the report say anything regarding emerging technologies or defence trade?", "does
# the article mention logistics or secure communications?": whether it speaks of either,
# an "or" that includes, not a choice between the two.
MENTION_OF_EITHER = prefilter.compile(
    r"^(?P<lead>(?:did|does|do|has|have|is|was)\b[^,?]*?\b"
    r"(?:(?:say|said|says)\s+(?:(?:anything|something)(?:\s+(?:about|regarding|on|concerning|of))?"
    r"|(?:about|regarding|concerning)\b)"
    r"|(?:mention|mentions|mentioned|discuss|discussed|discusses|cover|covered|covers)"
    r"(?:\s+(?:anything|something))?(?:\s+(?:about|regarding|on|concerning|of))?"
    r"|(?:anything|something)\s+(?:said|mentioned|reported)\s+(?:about|regarding|on|concerning|of)"
    r"|(?:refer|refers|referred|touch|touches|touched)\s+(?:to|on)))"
    r"\s+(?P<a>[^,?]+?)\s+or\s+(?!not\b|otherwise\b)(?P<b>[^,?]+?)\s*\??$",
    re.IGNORECASE,
)
# "Which country does Esper serve / is Singh from / does Begin represent?"
# "What party is he from?", "which political party does Singh belong to?"
ORIGIN_ASKED = prefilter.compile(
    r"^(?:what|which) (?:political )?(?P<noun>\w+) (?:is|was|does|did) (?:\w+ ){1,3}"
    r"(?:from|come from|hail from|belong to)$"
)
# What a minister is from that the article does give: his government's side of it.
SERVED_BODIES = frozenset(
    "side government ministry department service branch agency body office nation".split()
)
BELONGS = prefilter.compile(
    r"\b(?:serves?|served|serving|represents?|represented|from|belongs?|works? for"
    r"|citizen|national|nationality)\b|^(?:which|what) country (?:is|was) \w+(?: \w+)?$"
)
WHAT_WAS_DISCUSSED = prefilter.compile(
    r"^(?:and )?what (?:was|were|got|did they|did he) (?:discuss|discussed|talked about|covered)"
    r"(?: there| then| at it)?$"
)
# Nouns by which a question asks why: "the aim of it" is no word the reason must share.
ASKS_PURPOSE = frozenset(term(w) for w in "purpose aim goal reason objective rationale".split())
# "And him?", "what about her?": the last question, of the other person spoken of.
BARE_OTHER_PRONOUN = prefilter.compile(r"^(?:(?:and|what about|how about) )?(?:him|her)$")
ANYTHING_ELSE = prefilter.compile(
    r"^(?:and )?(?:anything|something|what|whatever) else"
    r"(?: (?:did they|did he|did she|was there|is there|happened))?$"
)
# "Is the Indian prime minister mentioned?", "does the article mention Modi?", "any mention
# of the Chinese president?": whether the article names someone (normalised text).
MENTION_ASKED = prefilter.compile(
    r"^(?:(?:is|are|was|were) (?P<a>(?!there\b).+?) (?:ever |even )?(?:mentioned|named"
    r"|referred to)(?: anywhere)?(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?"
    r"(?: at all)?"
    r"|(?:does|did) (?:the|this) (?:article|story|piece|text|report) (?:ever |even )?(?:mention"
    r"|name|refer to|talk about) (?P<b>.+?)(?: at all)?"
    r"|(?:(?:is|was) there )?(?:any|a) mention of (?P<c>.+?)"
    r"(?: in (?:the|this) (?:article|story|piece|text|report))?"
    # "Is Tokyo in the article?", "is Beijing anywhere in the story?"
    r"|(?:is|are|was|were) (?P<d>(?!there\b).+?) (?:anywhere )?in (?:the|this)"
    r" (?:article|story|piece|text|report))$"
)
# "China isn't mentioned anywhere in the article.", "the article never names Tokyo": that
# something is not mentioned, stated as a claim (normalised text).
MENTION_DENIED = prefilter.compile(
    r"^(?:(?P<what>(?!it\b|that\b|this\b).+?) (?:is|was|are|were) ?(?:not|nt|never)"
    r" (?:even |ever )?(?:mentioned|named|referred to)(?: anywhere)?"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?(?: at all)?"
    r"|(?:the|this) (?:article|story|piece|text|report) (?:does ?nt|does not|did ?nt|did not"
    r"|never) (?:mentions?|names?|refers? to) (?P<what2>.+?)(?: anywhere| at all)?)$"
)
EITHER_AT_END = prefilter.compile(r"\b\w+ or (?:the )?\w+(?: \w+){0,2}$")
# Questions that may end by offering two answers: "What day did they meet, Monday or Tuesday?"
# Words that ask for a city: "which city…", "what town…".
CITY_NOUNS = frozenset({"city", "cities", "town", "towns"})
EITHER_TYPES = frozenset({"keyword", "how", "what", "when", "where", "who", "who_is"})
# "How did Esper travel to India?", "how was Pompeo flying to Tokyo?", "how did Singh get
# to New Delhi?", "how did Begin get there?": the means of a journey. Getting, going or
# coming only to a place named at the end ("how did they come to agree on it?" is not).
MEANS_OF_TRAVEL = prefilter.compile(
    r"^(?:(?:so|and|then|ok|okay|but) )*how (?:did|does|do|will|would|was|were|is|are|has|have)"
    r" [\w.' -]{1,40}? (?:(?P<moved>travel|travell?ed|travell?ing|fly|flew|flying|flown"
    r"|journey|journeyed|journeying|commute|commuted|commuting)\b"
    r"|(?:get|got|go|going|gone|come|came|coming|arrive|arrived|arriving|head|headed|heading)"
    r"(?: (?P<there>there|here|back)\W*$| (?:to|into|in|at) (?:the )?\w+(?: \w+){0,2}\W*$))"
    r"|\b(?:by what (?:means|mode|transport)|(?:mode|means|method) of (?:transport|travel))\b"
)
ODD_ONE_OUT = prefilter.compile(
    r"^which (?:one )?of (?:these|the following)(?P<stem>(?: \w+)*?)"
    r" (?:was|is|were|are|did|does)? ?(?:not|n't|never)(?P<rest>[^:?]*)[:?]\s*(?P<options>.+)$",
    re.IGNORECASE,
)
# "Which is the odd one out: Esper, Singh, Begin (by nationality)?", "odd man out by country".
ODD_BY_COUNTRY = re.compile(
    r"\b(?:odd (?:one|man|person|guy) out|(?:doesn|does not|don|do not)\W?t? (?:belong|fit))"
    r".*\b(?:nationality|nationalities|citizenship|country|countries|nation)\b"
    r"|\b(?:nationality|citizenship|country)\b.*\bodd (?:one|man|person|guy) out\b",
    re.IGNORECASE,
)
_NO_ODD_COUNTRY = "The article doesn't set one of them apart by country."
# "Which area was not listed among the cooperation areas: logistics, secure communications,
# or space?": the same, the kind of option named instead of "of these".
ODD_ONE_NAMED = prefilter.compile(
    r"^which(?P<stem> \w+) (?:was|is|were|are|did|does)? ?(?:not|n't|never)(?P<rest>[^:?]*)"
    r"[:?]\s*(?P<options>.+)$",
    re.IGNORECASE,
)
# "Which of these was listed as an area of cooperation: logistics, space tourism, or
# agriculture?", "Which was named: …": the one option the article has.
ONE_OF = prefilter.compile(
    r"^(?:which (?:one )?(?:of (?:these|the following)(?: options| choices)? )?"
    r"|(?P<wh>where|who|when|what) )"
    r"(?P<stem>[^:?]+)[:?]\s*(?P<options>[^?]+\bor\b[^?]+)\??$",
    re.IGNORECASE,
)
# "which was earlier: Pompeo's press conference or his South Asia trip?": a stem that asks
# only which option came first, which the events' order answers, not which one a fact has.
ORDER_STEM = prefilter.compile(
    r"^(?:one |event )?(?:happened |came |took place |was held |occurred |was |is )?"
    r"(?:first|earlier|earliest|sooner|last|later|latest|second)(?: of (?:these|the two))?$"
)
NAMED_IN_ARTICLE = prefilter.compile(
    r"\b(?:mentioned|named|listed|cited|given|discussed|included|referred to)\b", re.IGNORECASE
)
DESCRIBES = prefilter.compile(r"^(?:best |most accurately )?describes\b", re.IGNORECASE)
# "other agreements", "agreements … before this one": others of a kind than the one named.
OTHER_ONES = prefilter.compile(
    r"\b(?:other|previous|earlier|prior|past|former|older) (?:\w+ )?(?P<noun>agreements|deals"
    r"|pacts)\b|\b(?P<noun2>agreements|deals|pacts)\b.* (?:before|other than|besides) "
    r"(?:this|that|the) (?:one|agreement|deal|pact)\b"
)
# "Tell me a joke about diplomats", "write a poem about the Quad": not a question.
CREATIVE_ASKED = prefilter.compile(
    r"^(?:(?:can|could|would) you |please )?(?:tell|give|write|make|compose) (?:me |us )?"
    r"(?:a |an |another |some )?(?:funny )?(?:joke|jokes|poem|poems|song|story|stories|riddle"
    r"|limerick|haiku|rap)\b"
)
# "And with China?": the last question, with another party in place of the last one named.
# "And with China?", "and their relations with China?", "and those of each with China?":
# the last pair's relations, each side's with another; only words for those relations
# may stand before "with".
WITH_ANOTHER = prefilter.compile(
    r"^(?:and |but |what about |how about )?"
    r"(?:(?:their|its|the|those|ones|each|one|side|sides|country|countries|of|s|own"
    r"|relations|relationship|relationships|ties|dealings) )*with\b"
)
# A count that names what it counts before listing them: "Three areas are named: …".
COUNT_OF_KIND = re.compile(r"^\w+ (?P<kind>\w+)(?: are named| in all)?: (?P<listed>.+)$")
# The verbs that follow "what <noun>" in a question about that noun.
_AUXILIARIES = frozenset(
    "is are was were do does did will would can could should has have had".split()
)
# "Did they mention China?" "Who did?": the auxiliaries that stand for the claim's verb, by
# the verb they stand for ("who was?" cannot stand for "mention").
AUXILIARY_OF = {
    **dict.fromkeys(("did", "does", "do"), "do"),
    **dict.fromkeys(("was", "were", "is", "are"), "be"),
    **dict.fromkeys(("has", "have", "had"), "have"),
}
SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "it", "we"})
# Words by which a question asks for one country's side: "who represented the US?".
_SPOKEN_FOR = frozenset(
    "represented represent represents representing representative representatives for from"
    " behalf".split()
)
# Words that may join the names of a claim's subject ("the U.S. and India").
SUBJECT_JOINS = frozenset({"the", "and", "both"})
# "To address what?": a purpose clause echoed with nothing but "what" for its object.
PURPOSE_FRAGMENT = prefilter.compile(
    r"^(?:and |so |but )?(?:in order |so as )?to (?:\w+ ){1,2}what$"
)
# "venue?", "date?", "day of week?" as a first message: of the article's opening event.
BARE_SETTING = prefilter.compile(
    r"^(?:venue|location|place|city|date|day|day of (?:the )?week|weekday|what day|which day"
    r"|where exactly|when exactly)$"
)
# As a first question, what stands for the article's opening event ("when did this
# happen?").
LEAD_EVENT_WORDS = frozenset({"this", "it", "that"})
# ...and for its people, the headline's defense chiefs ("which city were they in?"), asked in
# the past as the event was: "where are they now?" asks what the article cannot know. "He"
# could be either of them, so it stays unresolved.
LEAD_PEOPLE_WORDS = frozenset({"they", "them"})
PAST_ASKED = frozenset({"were", "was", "did"})
# "That data-sharing pact they agreed on": a background that names a thing.
NAMED_THING = prefilter.compile(r"^(?:that|the|this|those|these) \w+", re.IGNORECASE)
# "What did Singh say?" and nothing more.
# "what did Singh personally say in his own remarks to the press?": the same, with the words
# that only stress they are to be his own.
_PRESS = r"(?:the )?(?:press|reporters|media|journalists)"
_OWN_WORDS = (
    rf"(?: (?:personally|himself|herself|publicly|to {_PRESS}"
    r"|in (?:his|her) own words|in (?:his|her) (?:own )?(?:remarks|comments)))*"
)
BARE_SAID = prefilter.compile(
    rf"^what did (?:\w+ ){{1,3}}(?:say|said|tell {_PRESS}){_OWN_WORDS}$"
    r"|^what were (?:\w+ ){1,3}(?:own )?(?:remarks|comments|own words)$"
)
# "How much money…", "how many soldiers…": the thing a count is of.
COUNTED_NOUN = prefilter.compile(r"^how (?:much|many) (\w+)")
# "How much information…", "how much cooperation…": an amount of what is never counted.
# "Can you give me the full text of that agreement?", "show me a copy of the statement":
# a document's own text, which the article never reproduces (it quotes three phrases).
DOCUMENT_TEXT_ASKED = prefilter.compile(
    r"\b(?:full|entire|whole|complete) (?:text|document)\b"
    r"|\b(?:text|copy|pdf) of (?:the |that |this |its )?(?:agreement|deal|pact|accord|beca"
    r"|treaty|document)\b"
)
MASS_AMOUNT_ASKED = prefilter.compile(
    r"(?:^|\b(?:say|said|says|tell|told|know|mention|mentioned|mentions|and|so) )how much "
    # "how much more information?", "how much extra intel": the amount of the growth
    r"(?:(?:more|extra|additional|exactly|new) )?"
    r"(?:info|information|intel|intelligence|data|money|funding|cash|cooperation|trade"
    r"|engagement|detail|sharing|progress|support|influence|pressure)\b"
)
# "How much is the deal?", "how much was the BECA?": "how much" straight before its verb asks
# an amount (a price), never a count of things ("two militaries").
AMOUNT_ASKED = prefilter.compile(
    r"^how much (?:is|was|are|were|will|would|does|did|do|has|have|had|could|can)\b"
)
# "What region was Pompeo about to travel to when he spoke to the press?": what someone was
# about to do, at the time of something the article places just before it.
TRAILING_WHEN = prefilter.compile(r"^(?P<main>.+?) when (?P<clause>\w+ .+)$")
PROSPECTIVE = prefilter.compile(
    r"\b(?:about to|going to|gonna|heading (?:to|for)|headed (?:to|for)|planning to|set to"
    r"|due to|on (?:the|his|her|their) way to|preparing to|getting ready to)\b"
    r"|\b(?:was|were) (?:\w+ )?(?:going|heading|headed|travell?ing|flying)\b"
)
# "What did Pompeo say in New Delhi?", "which deal did they sign on Tuesday?": what the
# question takes for granted is "did Pompeo say … in New Delhi".
WH_DID = prefilter.compile(
    r"^(?:what|who|whom|which(?: \w+){1,3}?) (?P<aux>did|does|do|has|have|had) (?P<rest>\w.+)$"
)
# "Which officials called it one of … of the 20th century?", "what five countries met…":
# the doers and what they did, a past tense right after a noun or two.
WH_DOERS = prefilter.compile(
    r"^(?:which|what) (?P<doers>\w+(?: \w+)?) (?P<rest>(?:\w+ed|met|said|took|made|held"
    r"|gave|went|told|spoke|sent|signed) .+)$"
)
# Words that put a value on what a question takes for granted: a count, an ordinal, a day,
# a month, a century. An answered question with one is checked for it ("…of the 20th
# century?" is not let stand beside its answer).
_VALUE_WORD = prefilter.compile(
    r"\b(?:\d+(?:st|nd|rd|th)?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|first|second|third|fourth|fifth|last|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|january|february|march|april|june|july|august|september|october"
    r"|november|december)\b"
)

SEQUENCE = ("first", "second", "third", "fourth", "fifth")


# "when was it reached?", "who signed that?", "what about that agreement?"; not the relative
# "the press conference that the article mentions", "the secretary that met Singh"
# (normalised text).
POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|he|him|his|she|her|these|those)\b"
    r"|(?:^|\b(?:was|is|were|are|did|does|do|about|of|on|in|at|to|for|with|after|before|from"
    r"|by|and|or|said|say|says|mean|means|meant|signed|called|explain) )(?:this|that)\b"
    r"|\b(?:this|that)$"
)


# "…at the State Department prior to (before, ahead of, after) the South Asia trip": the
# other act named only dates the one asked about.
_DATED_BY_ANOTHER = re.compile(r"\b(?:before|prior to|ahead of|after|following)\b")


def _value_kind(word: str) -> str | None:
    """What kind of value a word is: "count" (five), "ordinal" (third, 21st), "day", "month"."""
    if word in NUMBER_WORDS and word != "one":  # "which one", "one of the most…"
        return "count"
    if word in SEQUENCE or re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return "ordinal"
    if word in WEEKDAYS:
        return "day"
    if word in MONTHS:
        return "month"
    return None


# How an answer that already corrects the question's premise begins.
# Words between "at" and a body named as where something was: "at his Pentagon presser".
_DETERMINERS_BEFORE_PLACE = frozenset("the his her their its a an that this".split())
CORRECTION_LEADS = ("That's not what the article says", "The article says otherwise", "Not ")
# "Why did Esper meet Singh on Tuesday?": the claim the question takes for granted.
PREMISE_OF = prefilter.compile(
    r"^(?:why|how come|for what reason)\s+"
    r"(?P<claim>(?:did|does|do|is|are|was|were|has|have|had)\s.+)$"
)
# "Where did the meeting happen in Mumbai?": a where or when put on a place is a premise too.
PLACED_PREMISE_OF = prefilter.compile(
    r"^(?:where|when)\s+"
    r"(?P<claim>(?:did|does|do|is|are|was|were)\s.+\s(?:in|at)\s[a-z]+(?:\s[a-z]+)?)$"
)
# "Why wasn't Pompeo at the Tokyo talks?", "why did Esper not meet Singh?": a premise
# that something did not happen.
NOT_WHY = prefilter.compile(
    r"^(?:why|how come)\s+(?P<aux>didnt|doesnt|dont|wasnt|werent|isnt|arent|hasnt|havent"
    r"|did|does|do|was|were|is|are|has|have)\s+(?P<rest>.+)$"
)
_UNCONTRACTED = {
    "didnt": "did",
    "doesnt": "does",
    "dont": "do",
    "wasnt": "was",
    "werent": "were",
    "isnt": "is",
    "arent": "are",
    "hasnt": "has",
    "havent": "have",
}
TIMED_PREMISE_OF = prefilter.compile(
    r"^when\s+(?P<claim>(?:did|does|do|has|have)\s(?!.*\b(?:first|last|ever)\b).+)$"
)
NEGATED_PREMISE = prefilter.compile(
    r"\b(?:not|never|no|avoid\w*|fail\w*|refrain\w*|declin\w*|omit\w*|without)\b"
)
# "What info exactly are they sharing?", "what does it let them share?": what is shared.
SHARED_WHAT = prefilter.compile(
    r"\b(?:what|which) (?:info|information|intelligence|data|kind of (?:info|information|data))\b"
    r".*\bshar(?:e|ed|ing)\b"
    # "wdym info sharing, like what info exactly", "which information specifically?": the
    # information itself asked for, after the sharing was named.
    r"|\b(?:what|which) (?:(?:kind|sort|type) of )?(?:info|information)"
    r" (?:exactly|specifically|precisely|in particular)$"
    r"|\bwhat (?:exactly )?is the (?:info|information|intelligence|data)(?: exactly)?"
    r" (?:being |to be |that is |that will be )?shared\b"
    r"|\bwhat (?:exactly )?(?:does|will|would|did) (?:it|beca|the agreement|that) (?:let|allow"
    r"|enable|permit) (?:them|the two \w+|both sides) (?:to )?share\b"
)
# "Which is the largest democracy?", "is India the world's largest democracy?": one, not two.
# "Who's more senior?", "which of them outranks the other?": a ranking of people the article
# never makes; it gives each one's title only (normalised text).
RANK_COMPARED = prefilter.compile(
    r"^(?:and |so |but |ok )?(?:who|which|whos)\b.*(?:"
    r"\b(?:more|less) (?:senior|junior|important|powerful|influential|experienced|high ranking"
    # "Who is more involved with India, Esper or Begin?": a measure the article never takes.
    r"|involved|engaged|active|prominent|responsible|connected)\b"
    # "Who has more involvement with India, Esper or Begin?", "…more say in it?"
    r"|\b(?:more|less) (?:involvement|influence|power|clout|sway|authority|experience|say"
    r"|engagement|contact|responsibility|ties|connections|dealings)\b"
    r"|\b(?:outranks?|outranked|outranking|senior to|junior to|higher ranking|higher ranked"
    r"|ranks? (?:higher|lower|above|below)|higher up|older|younger)\b"
    # "Who has been to more 2+2 meetings, Esper or Pompeo?": the article counts Esper's alone.
    r"|\b(?:been to|attended|attend|taken part in|took part in|participated in|gone to"
    r"|visited|visit) (?:more|fewer)\b)"
)
# "Which of the two is the US defense secretary?", "which one's the Indian minister?": the
# choice put without its options, the rest naming one person (normalised text).
WHICH_ONE_IS = prefilter.compile(
    r"^(?P<lead>(?:and |so |ok |but )?which (?:one |of (?:the two|them|those two|these two"
    r"|the pair|both) )?(?:is|was|s) )"
)
# "Which one?", "and which one was it?": a choice among what the last answer told of.
BARE_WHICH_ONE = prefilter.compile(
    r"^(?:and |so |ok |but )?(?:which|what) one(?: (?:is|was) (?:it|that|this))?\W*$"
)
ONE_SUPERLATIVE = prefilter.compile(
    r"\bthe (?:world )?(?:single |very )?(?:largest|biggest|oldest|greatest|strongest) "
    r"(?:democracy|country|nation|military)\b"
)
# Where words were said: a fact that has no such occasion does not answer "what did he say
# at the press conference?".
SAID_AT_TERMS = frozenset(
    term(w)
    for w in "pressconference press conference interview speech tweet briefing podcast".split()
)
# "Which officials, by name, …?", "name the officials who…": people by their names.
NAMES_ASKED = prefilter.compile(
    r"\bby name\b|\bthe names of\b|\btheir names\b|\bnames(?: pls| please| plz)?$"
    # "names of the officials?": the bare request, its "the" after "names of"
    r"|^names? of (?:the|those|these|them)\b"
    # "can you name them?", "name those officials"
    r"|\bname (?:them|those|these)\b"
    # "Which official was it, specifically? name please" (the please is framing, gone)
    r"|\b(?:specifically|exactly) names?$"
    r"|^(?:name|list|which) (?:the |all |those |these )?(?:\w+ ){0,2}(?:officials|people|persons"
    r"|ministers) who\b"
    # "which official name", "official names?": a keyword query for the name of one of them
    r"|^(?:which |what |the )?(?:\w+ )?(?:officials?|persons?|people|ones?) names?$"
    r"|^names? of (?:\w+ )?(?:officials?|persons?|people)$"
)
# "What agreement?": short enough to name only a thing of its own, without a scene.
NEW_THING_WORDS = 3
# "What are the U.S. officials' names?", "the names of the officials?": names asked of a
# plural noun ("name the American officials" asks for the U.S. officials the article names)
GROUP_NAMES_ASKED = prefilter.compile(
    r"\b(?P<owner>\w+s) names(?: are| were)?$"
    r"|\bnames of (?:the |those |these |all )?(?:\w+ ){0,3}?(?P<of>\w+s)$"
)
# "What are their names?": short enough to ask only for names, not about something else.
NAMES_WORDS = 8
# "Which ministers make up the quad?", "which portfolios constitute the 2+2?": what kinds
# of minister form it, which only an answer naming ministers by their posts tells.
MINISTERS_MAKING_UP = prefilter.compile(
    r"\b(?:which|what) (?:\w+ )?ministers (?:\w+ )?(?:make up|makes up|made up|constitute"
    r"|constitutes|constituted|compose|composes|comprise|comprises|form|forms|formed)\b"
)
# "According to the last line of the article, who…?": the one sentence to answer from.
LINE_LOCATOR = prefilter.compile(
    r"\b(?:according to|in|from|on) (?:the |this )?(?:(?:article|story|text|piece)(?:'s|s)? )?"
    r"(?P<which>last|final|closing|first|opening) (?:line|sentence)"
    r"(?: of (?:the |this )?(?:article|story|text|piece))?\b"
)
# "Besides expressing appreciation, what else…?": an aside before the question proper.
BESIDES_FIRST = prefilter.compile(
    r"^\W*(?:besides|apart from|aside from|other than|in addition to)\s+(?P<aside>[^,?]+),",
    re.IGNORECASE,
)
# "What did they talk about besides the agreement?": the aside at the end.
BESIDES_LAST = prefilter.compile(
    r"\s*,?\s*\b(?:besides|apart from|aside from|other than|except for|except)"
    r"\s+(?P<aside>[^,?]+?)\s*\??$",
    re.IGNORECASE,
)
# "which emerging technologies specifically will…": the things asked for, by name.
WHICH_NAMED = prefilter.compile(
    r"^(?:which|what) ((?:\w+ ){0,3}?\w+s)(?: \w+ly)?(?: (?:will|would|did|do|does|are|is|were"
    r"|was|have|has|had)\b|$)"
)
# "Which services cooperate?": a kind, then one verb (it got the areas of cooperation as the
# services); not "what did the two sides welcome?", whose "sides" do the welcoming.
WHICH_KIND_DOES = prefilter.compile(
    r"^which (?!(?:did|do|does|will|would|is|are|was|were|has|have|had|of)\b)"
    r"((?:\w+ ){0,2}?\w+s) (?:exactly |specifically )?[a-z]+$"
)
# "What does logistics engagement involve?", "what does the mutual engagement on logistics
# entail?": what a thing named holds, which only a role saying it beyond its name tells
CONTENTS_ASKED = prefilter.compile(
    r"^what (?:does|do|did|will|would|is|are) (?:the |that |this )?(?:(?:word|term|phrase) )?"
    r"(?P<thing>(?:\w+ ){0,5}?\w+) "
    # (not "refer to": "what does 'the world's two largest democracies' refer to?" asks
    # whom the words name, which the article tells)
    r"(?P<verb>involve|entail|include|cover|consist of|comprise|mean|look like|amount to)"
    r"(?: exactly| specifically| precisely)?$"
    r"|^what (?:is|was|will be) (?:involved|included) in (?:the |that |this )?"
    r"(?P<place>(?:\w+ ){0,5}?\w+)$"
)
# "What is the threat posed by China?", "what kind of threat does China pose?": what the
# thing is, which an answer that only points at it ("the threat posed by…") does not tell
NATURE_ASKED = prefilter.compile(
    r"^what(?: exactly| precisely)? (?:is|was|are|were) (?:the |that |this )?(?:nature of the "
    r"|exact |actual |real )?(?P<phrase>(?:\w+ ){0,2}?\w+)(?: exactly)?"
    r"(?: (?:posed|presented|raised) by .+| from .+| of .+)?$"
    r"|^what(?: exact| kind of| sort of| type of)? (?P<posed>\w+) (?:does|do|did|is|are|was"
    r"|were) .+ (?:pose|posing|present|presenting|represent|representing)"
    r"(?: exactly| precisely| specifically| then)?$"
    # "what kind of threat is China?", "how exactly is China a threat?": what it is, too.
    r"|^what (?:kind|sort|type) of (?P<kind>\w+) (?:is|are|was|were) \w+(?: \w+)?"
    r"(?: exactly| precisely| specifically)?$"
    r"|^how(?: exactly| precisely)? (?:is|are|was|were) \w+(?: \w+)? (?:a|an) (?P<posing>\w+)"
    r"(?: exactly| precisely| specifically| then)?$"
)
# "what about the militaries", "which of the services": words no kind of thing begins with
NO_KIND_WORDS = frozenset({"about", "of", "the", "with", "for", "to", "from", "in", "on"})
# "name an example of a global security challenge", "give me some examples of the security
# challenges": one of a kind asked for by name, which the article may only name as a kind.
EXAMPLE_OF = prefilter.compile(
    r"^(?:(?:can|could) you )?(?:name|give(?: me)?|cite|tell me|what is|what s|whats)"
    r"(?: an| one| some| a few| any| a couple of)? examples? of"
    r" (?:a |an |the |these |those )?((?:\w+ ){0,3}?\w+?)s?$"
)
# "what specific security challenges": the kind asked for is "security challenges"
SPECIFIC_WORD = prefilter.compile(r"^(?:specific|particular|exact) ")
# "which two militaries are deepening cooperation?": the countries whose forces they are
FORCES_OF = prefilter.compile(
    r"^(?:which|what)(?: two| both)? (?:militaries|armies|armed forces)\b"
    # "which militaries' branches are involved?" asks for their branches, not whose they are
    r"(?! (?:branches|services|units|divisions|wings|arms|components|commands|troops"
    r"|soldiers|personnel)\b)"
    # "what are the two militaries?" and nothing more ("…committed to?" asks what)
    r"|^(?:which|what) (?:are|were) the(?: two| both)? (?:militaries|armies|armed forces)$"
)
# "From which countries?", "which nations?" and nothing more: of those just named
# Those just named asked of as a pair or a group ("they", "the two", "each of them").
_THEM = r"(?:they|both(?: of them)?|each(?: of them)?|the two(?: of them)?|these two|those two)"
BARE_COUNTRIES = prefilter.compile(
    r"^(?:and |so )?(?:from |of )?(?:which|what)(?: two| both)? (?:countries|nations|country)"
    # "what countries are they from?", "which country does each come from?"
    rf"(?: (?:are|were|is|was) {_THEM}(?: each| both)? from"
    rf"| (?:do|does|did) {_THEM} (?:each )?(?:come|hail) from)?$"
)
# "where are they from?", "where do the two of them come from?": their countries.
THEIR_ORIGIN = prefilter.compile(
    rf"^(?:and |so )?where (?:are|were) {_THEM}(?: each| both)?(?: originally)? from$"
    rf"|^(?:and |so )?where (?:do|did) {_THEM}(?: each)?(?: originally)? (?:come|hail) from$"
)
# "which two countries' defense chiefs…": the countries of the people named next
_OFFICIALS = (
    r"(?:ministers?|chiefs?|officials?|leaders?|secretar(?:y|ies)|heads?|representatives?"
    r"|delegates?)"
)
COUNTRIES_OF = prefilter.compile(
    r"^(?:which|what)(?: two| both)? (?:countries|nations|countrys) "
    # "which countries' foreign and defense ministers…"
    rf"(?!(?:did|do|does|were|are|was|is|have|had|will|would)\b)(?:\w+ ){{0,3}}{_OFFICIALS}\b"
    # "the foreign and defense ministers of which countries…"
    rf"|^(?:the )?(?:\w+ ){{0,3}}{_OFFICIALS} (?:of|from) (?:which|what) (?:countries|nations)\b"
)
COMPARED = prefilter.compile(
    r"\b(larger|bigger|smaller|older|younger|stronger|weaker|richer|poorer|greater|closer"
    r"|more \w+) (?:one|of the two|than)\b"
)
# "What are the challenges described as?": the words the article puts to the thing, unless
# some fact is a description of it ("the relationship", as officials described it).
DESCRIBED_AS = prefilter.compile(
    r"^what (?:is|are|was|were) (?:the |those |these )?(?P<named>(?:[\w-]+ ){0,2}?[\w-]+)"
    r" (?:described|characteri[sz]ed|termed|labell?ed|referred to) as$"
)
# "what adjective does the statement use to describe the global security challenges"
WORD_USED = prefilter.compile(
    r"^(?:what|which) (?:adjective|word|term|descriptor)s? (?:does|do|did|is|are|was)?\s?"
    r"(?:the (?:article|statement|text|report|author) )?(?:uses? |used )?(?:to |for )?"
    r"(?:describes?|modif(?:y|ies)|qualif(?:y|ies)|characteri[sz]es?) (?:the )?"
    r"(?P<named>.+?)(?: in the (?:article|statement|text|report))?$"
)
# "What verb did Pompeo use regarding confronting that threat?": the verb before its object.
VERB_USED = prefilter.compile(
    r"^(?:what|which) verbs? (?:does|do|did) (?P<who>.+?) (?:use|employ) "
    r"(?:about|for|regarding|on|with|when (?:talking|speaking) about)? ?"
    r"(?:confronting |countering |tackling |dealing with |facing )?(?:that |the |this )?"
    r"(?P<named>.+?)$"
)
# "what adverb does the article use for how U.S.-China relations are deteriorating?"
ADVERB_USED = prefilter.compile(
    r"^(?:what|which) adverbs? (?:does|do|did|is|was) (?:the (?:article|statement|text|report"
    r"|author) )?(?:uses? |used )?(?:to describe |for |to say )?how (?P<named>.+?)"
    r"(?: in the (?:article|statement|text|report))?$"
)
# "What adjective does the DOD statement use for the global security challenges?"
ADJECTIVE_USED = prefilter.compile(
    r"^(?:what|which) (?:adjective|word|descriptor|modifier|qualifier) (?:does|do|did|is|was)"
    r" (?:the )?(?:[\w.-]+ ){0,3}?(?:uses?|used|applied|apply|put|give|gives) (?:to describe |for"
    r" |before |to qualify |about )(?:the )?(?P<named>.+?)(?: in the (?:article|statement|text"
    r"|report))?$"
)
# "What verb does the article use for US-India relations - 'warming'?", "which phrase
# describes india-china ties?", "what words does it use about how fast U.S.-India relations
# are moving?": the words the article puts after those relations (the text as typed, as the
# normaliser rewrites "what phrase does the article use about" into "what did it say").
RELATIONS_WORDED = prefilter.compile(
    r"^(?:and |so )?(?:what|which) (?:verb|word|phrase|term|expression|wording|language"
    r")s? (?:(?:does|do|did|is|was) )?(?:the (?:article|text|story|piece"
    r"|report|writer|author) |it |they )?(?:uses?|used|employs?|chooses?|picks?|describes?)"
    r" ?(?:for |about |to describe |on |describing |when describing |when talking about )?"
    r"(?:how (?:fast |quickly |well |badly )?)?(?:the )?(?:(?P<pairs>[\w.&/, -]+?) )?"
    r"(?:relations|relationships?|ties)\b(?P<rest>.*)$"
)
# "in paragraph 7", "in para 7" after a question of relations' words.
_PARAGRAPH_NAMED = re.compile(r"\b(?:paragraph|para|par|¶)\s*(\d+)")
# What may follow "relations" when no pair is named, for every pair's words: nothing, or
# only where in the article ("in paragraph 7", "here", "in the article"); not "between the
# world's two largest democracies", which names one relationship without its pair.
_ONLY_WHERE_IN_ARTICLE = re.compile(
    r"^\s*(?:(?:in|of|from)\s+)?(?:(?:the|this)\s+)?"
    r"(?:(?:paragraph|para|par|¶)\s*\d+|article|text|story|piece|report|here|there)?\s*$"
)
# The pairs just before a clause's words: "U.S.-China and India-China relations are ".
_PAIRS_BEFORE_DOING = re.compile(r"([\w.]+-[\w.]+(?:,? and [\w.]+-[\w.]+)*) relations (?:are )?$")
# The countries a pair of "relations" is named with, however typed: "US-India", "India/U.S.".
RELATION_COUNTRIES = {
    "us": "us",
    "u.s.": "us",
    "u.s": "us",
    "usa": "us",
    "america": "us",
    "american": "us",
    "india": "india",
    "indian": "india",
    "china": "china",
    "chinese": "china",
}
RELATION_PAIR_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,|\band\b|&)\s*")
RELATION_SIDE_SPLIT = re.compile(r"\s*[-/]\s*|\s+")
# What relations are doing, from the verb to the next clause: "are heating up rapidly | at
# a time when …" (not "relationship | as “one of …”", which is how officials described it).
RELATIONS_DOING = re.compile(
    r"\s+(?:are|is|were|was|have been|has been)\s+(?P<doing>[\w-]+"
    r"(?:\s+(?!at\b|when\b|while\b|as\b|and\b|but\b)[\w-]+){0,3})"
)
# A word offered in quotation marks after the thing: "- 'warming'?".
# "What word does it use for those talks, 'Quad'?", "which term does the article use for the
# Tokyo talks?": what the article calls a thing, asked as such, with a word offered or not.
WORD_FOR_THING = prefilter.compile(
    r"^(?:and |so )?(?:what|which) (?:word|term|name|label) (?:does|did) (?:the (?:article"
    r"|text|story|piece|report|writer|author)|it) (?:use|give|apply) (?:for|to) "
    r"(?P<named>(?:the |those |these |that |this )?[\w+ .-]+?)"
    r"\s*(?:(?:,|\s[-\u2014\u2013])\s*(?P<offered>['\"‘“][\w -]+['\"’”]))?\s*\??$",
    re.IGNORECASE,
)
OFFERED_WORD = re.compile(r"['\"‘“](?P<word>[\w -]+)['\"’”]")
# "What does quadripartite mean here?": one word of a name the article uses.
WORD_MEANS = prefilter.compile(
    r"^what (?:does|do) (?:the (?:word|term) )?(?P<word>[a-z]+) (?:mean|refer to)"
    r"(?: here| in (?:the|this) (?:article|story|text|context)"
    # "What does 'elevated' mean in 'elevated strategic partnership'?"
    r"| in (?:the (?:phrase|term|name|expression) )?(?P<phrase>[a-z0-9 -]+))?$"
)
# "U.S.-China and India-China relations are deteriorating sharply": the pairs a clause names
# before "relations", and the words after them (what those relations are doing).
_PAIR = r"[A-Z][\w.]*-[A-Z][\w.]*"
PAIRS_BEFORE_RELATIONS = re.compile(
    rf"(?P<pairs>{_PAIR}(?:(?:,| and|, and) {_PAIR})*) (?:relations|relationships?|ties)\b"
    r"(?P<after>(?: [\w-]+){0,3})"
)
PAIR_SEPARATOR = re.compile(r",? and |, ")
# "How many of those…?": a count of what the conversation just had.
OF_THOSE_COUNTED = prefilter.compile(
    r"^(?:and |so )?how many of (?:those|them|these)"
    r"(?: (?:are|were|is|was|has|have|had|did|do|does|will|would)\b|$)"
)
HOLDING_WORDS = frozenset({"held", "hold", "holds", "holding"})
# "How many countries/nations…": what a count of countries counts.
# The pronouns that are a yes or no's subject: "is he from India?", "did she go?".
ONE_PERSON_SUBJECTS = frozenset({"he", "she"})
# At most this many words, a when or where names nothing of its own: "on what date?".
_BARE_QUESTION_WORDS = 4
# Nouns naming an occasion that has a when and a where: "Pompeo's press conference".
_OCCASION_TERMS = EVENT_TERMS | {term("pressconference")}
# Words around an event named as a question's background: "ok and the Tokyo meeting, …".
# "who went from America?", "who attended for the US?", "who represented India?": a side
# someone went for.
_SIDE_PREPOSITIONS = frozenset({"from", "for", "representing", "represented"})
EVENT_LEAD_FILLERS = frozenset(
    "ok okay and so now then the a an about regarding re as for what of that this".split()
)
# Nouns asking for a government department, not any body: "which department?".
DEPARTMENT_NOUNS = frozenset({"department", "ministry", "dept", "departments", "ministries"})
COUNTRY_TERMS = frozenset(term(w) for w, kind in KIND_NOUNS.items() if kind == "country")
RELATION_TERMS = frozenset(
    term(w) for w in ("relation", "relations", "relationship", "relationships", "tie", "ties")
)
# "Quadripartite", "bilateral", "trilateral": a word that says how many sides there are,
# which the article settles when it counts them ("Four countries: …").
COUNT_WORD = prefilter.compile(
    r"^(?P<prefix>bi|tri|quadri|quadr|tetra|penta|hexa)(?:partite|lateral|nary|angular)$"
)
COUNT_PREFIXES = {"bi": 2, "tri": 3, "quadri": 4, "quadr": 4, "tetra": 4, "penta": 5, "hexa": 6}
# "What level of State Department official made the recent New Delhi visit?", "what is the
# title of the official who recently visited New Delhi?": the title of whoever did it.
_TITLE_WORD = r"(?:title|rank|level|position|job|post|office|portfolio|role|designation)"
TITLE_OF_DESCRIBED = prefilter.compile(
    rf"^(?:what|which)(?: is| was)? (?:the )?{_TITLE_WORD}"
    r" of (?:the )?(?P<who>(?:\w+ ){0,3}?(?:official|man|woman|person|minister|gentleman"
    r"|envoy|diplomat|guy) (?!(?:is|was|of|from|named|called)\b)\w.*)$"
)
# "What is the title of the Indian official?", "the Indian counterpart's portfolio?": the
# title of the one person of that country, whoever he is; also asked without "what" and of
# "one": "and the Indian one's title?" after "Esper vs Singh, who's the American?".
_TITLE_ASKED = r"^(?:(?:and|so|ok|then) )?(?:(?:what|which)(?: is| was| s)? )?(?:the )"
_NATIONAL_PERSON = (
    r"(?:official|man|woman|person|minister|gentleman|envoy|diplomat|guy|counterpart"
    r"|participant|representative|delegate|one)"
)
TITLE_OF_NATIONAL = prefilter.compile(
    rf"(?:^(?:what|which)(?: is| was| s)? (?:the )?|{_TITLE_ASKED})"
    rf"(?P<of>{_TITLE_WORD} of (?:the )?)?"
    rf"(?P<who>(?P<country>\w+) {_NATIONAL_PERSON})"
    rf"(?(of)| {_TITLE_WORD})$"
)
# "What position does the Indian official hold?": the same, asked with a verb.
TITLE_HELD_BY_NATIONAL = prefilter.compile(
    rf"^(?:what|which) {_TITLE_WORD} (?:does|did) (?:the )?"
    rf"(?P<who>(?P<country>\w+) {_NATIONAL_PERSON}) (?:hold|have|occupy|fill)$"
)
# "Who is the guy from America?", "which Japanese official is it?": words that say only that
# a person is asked, so the country is all that tells which one.
PLURAL_ASKED = prefilter.compile(r"^(?:who|which) (?:are|were)\b|\b(?:people|officials|guys|men)\b")
# Words that only point at someone already talked about: "and that guy - where did he…?"
_PERSON_PRONOUNS = frozenset("he him his she her".split())
_POINTING_WORDS = frozenset("and so ok okay then now the that this same".split())
BARE_PERSON_TERMS = frozenset(
    term(w)
    for w in "person people official officials guy guys man woman gentleman lady fella fellow"
    " bloke dude individual figure politician".split()
)
# "What's the full name of the agreement?": the name of a thing the question calls by a
# noun, not of the person the conversation was about.
# "name of the agreement?", and as chat puts it, "agreement name", "the deal's full name?".
NAME_OF_NOUN = prefilter.compile(
    r"\bname of (?:the|this|that|these|those) (?P<noun>\w+)$"
    r"|\b(?P<before>\w+) (?:full |official )?name$"
)
WHAT_ABOUT = prefilter.compile(
    r"^what (?:was|is|were|are) (?:the |this |that )?(?P<what>.+?) (?:all )?about"
    r"(?: exactly| then| again| really| anyway)?$"
)
# A last question that asked something other than who ("what did esper china"), answered or
# not: "and the Indian minister?" after it asks that again of him.
OTHER_WH_ASKED = prefilter.compile(r"^(?:what|where|when|why|how)\b")
# "Of China, Japan, India and Australia, which was not a party to the Tokyo talks?"
OPTIONS_FIRST = prefilter.compile(
    r"^(?:of|among|between) (?P<options>[^?]+?),\s*(?:which|what|who)(?: one)?(?P<stem>)"
    r" (?:was|is|were|are|did|does)? ?(?P<neg>not|n't|never)?(?P<rest>[^?]*)\??$",
    re.IGNORECASE,
)
# "ranges from what to what?", "'from ... to ...' - what were the two things", "the two
# ends of that range": the span a sentence gives.
RANGE_ASKED = prefilter.compile(
    r"\bfrom (?:what|which|where|\.\.\.|…)? ?to(?: (?:what|which|where|\.\.\.|…)\b|$)"
    r"|\b(?:two|both) ends\b|\bwhat range\b|\branges? from\b|\bbookend(?:s|ed)?\b"
    r"|\bfrom (?:\w+ ){1,4}to (?:what|which)$"  # "from emerging technologies to what?"
    r"|\bfrom one (?:end|thing|area|point) to (?:the other|another)\b"
    # "'from emerging tech to ...' - what's the other end of that range?"
    r"|\b(?:the )?(?:other|far|opposite) end of (?:that|the|this|its) (?:range|spectrum|span)\b"
)
# "Like what areas?", "like in what areas?", "such as?", "for example?", "in which fields?":
# examples of what the last answer said, asked with no words of their own.
EXAMPLES_ASKED = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|um|hmm) )?"
    r"(?:(?:like|such as|for example|for instance|eg)(?: (?:in|on))?(?: (?:what|which))?"
    r"|(?:in )?(?:what|which)(?: (?:kinds?|sorts?|types?) of)?"
    r"|(?:any |some |give (?:me )?(?:an? |some )?)?examples?)"
    r"(?: (?:areas?|fields?|things?|stuff|kinds?|sorts?|types?|sectors?|domains?|examples?))?"
    r"(?: exactly| specifically)?$"
)
RANGE_SAID = prefilter.compile(r"\bfrom ((?:\w+ ){1,6}?\w+) to ((?:\w+ ){1,6}?\w+)(?=,|;|\.|$)")
# "what phrase / wording / exact words does the statement use for…": the article's quotation
PHRASE_ASKED = prefilter.compile(
    r"\b(?:what|which) (?:\w+ ){0,3}?(?:phrase|wording|words|expression)\b"
    r"|\b(?:the )?exact (?:phrase|wording|words)\b"
)
# "work together to do what, exact words?", "…in his exact words": how to answer, not what.
EXACT_WORDS = prefilter.compile(
    r"[,.?!]?\s*\b(?:in |using |with )?(?:the |his |her |their |its )?(?:exact|precise|actual)"
    r" (?:phrase|wording|words)(?: (?:please|pls))?$"
)
# "What even is logistics in a military?": a term asked to be glossed (see _gloss_asked).
GLOSS_ASKED = prefilter.compile(
    r"^what (?:even |exactly |actually |really |precisely )?(?:is|are|s) "
    r"(?!(?:the|a|an|this|that|these|those|they|it|he|she|his|her|their|its|there)\b)"
    r"(?P<term>\w+(?: \w+){0,2}?)"
    r"(?: (?:in|for|to) (?:a |an |the )?(?:military|militaries|army|armed forces|defen[cs]e"
    r"|this context|context|general|layman s terms))?"
    r"(?: (?:even|exactly|actually|anyway|here|then|again))?$"
)
# "What is a defence minister?", "what's a democracy?": "a" asks what any such thing is,
# a general word's meaning the article never gives (see _general_word_asked).
INDEFINITE_ASKED = prefilter.compile(
    r"^what (?:even |exactly |actually |really |precisely )?(?:is|s) (?:a|an) "
    r"(?P<term>\w+(?: \w+){0,2}?)"
    r"(?: (?:even|exactly|actually|anyway|here|then|again))?$"
)
# "work together to do what", "to thwart what": the words asked after those given.
DO_WHAT = prefilter.compile(r"^(?P<lead>(?:\w+ ){1,5}?\w+),? (?:to )?(?:do )?(?:what|which)\W*$")
MEANING_ASKED = prefilter.compile(r"\b(?:mean|means|meaning|refer|refers|stand for)\b")
QUOTED = prefilter.compile(r"“([^”]{3,}?)(?:”|$)")
BETWEEN_WHOM = prefilter.compile(
    r"\b(between|among|amongst) (?:the )?(?:whom|who|which|what)\b(?: (?:two|both))?(?: (\w+))?"
)
# "Who was the Tokyo meeting between?", "whose militaries … between?": the same ask as
# "between whom…?", the preposition stranded at the end.
BETWEEN_STRANDED = prefilter.compile(
    r"^(?P<wh>who|whom|whose|which|what)(?: (?P<kind>\w+))? .+ (?P<prep>between|among|amongst)$"
)
# What a question between whom may ask for and the countries a fact's doers are answer.
SIDE_TERMS = frozenset(term(w) for w in ("countries", "nations", "sides", "parties"))
# "Between which officials is the 2+2?": "officials" or "people" asks for people of any
# office, which an answer naming ministers or secretaries gives.
PEOPLE_AT_ALL_TERMS = frozenset(
    term(w) for w in ("officials", "people", "leaders", "representatives", "figures")
)
OFFICE_TERMS = frozenset(
    term(w) for w in ("ministers", "secretaries", "officials", "chiefs", "leaders", "envoys")
)
PERSONAL_WORDS = frozenset("he him his she her they them their".split())
# "How many people are named?" (four) "Which ones?": the ones just counted, asked by name.
WHICH_ONES = frozenset(
    {
        "which",
        "which ones",
        "which ones are they",
        "which ones are those",
        "which are they",
        "what are they",
        "who",
        "name them",
        "list them",
        "name them all",
        "list them all",
        "who are those",
    }
)
# Verbs that make a lead a claim: "Esper met Singh on Tuesday, where…?"
FINITE_VERBS = frozenset(
    "is was are were has have had met meets went goes gave came said made held took signed"
    " agreed reached visited joined attended".split()
)
# Words that make what follows a question a question of its own: "who met Singh? and where".
_TAIL_ASKS = frozenset(
    "who whom whose what which when where why how whats whos wat wen wer".split()
)
# "For 'How did the two ministers respond to the basic agreement?' I wrote that they were
# critical of it": the candidate's answer after a quoted question is what is to be checked.
_ANSWER_AFTER_QUESTION = prefilter.compile(
    r"^\W*(?:i|i've|ive|i have) (?:wrote|written|put|put down|said|answered|gave|went with"
    r"|chose|picked)\b",
    re.IGNORECASE,
)
# Words of an argument among friends, not of the talks: "…? settle this", "my friend says no".
_BANTER = frozenset(
    "settle settled say says said think thinks thought know knows bet argue arguing argued"
    " reckon reckons claim claims debate debating".split()
)
# The pronouns that stand for a thing itself, not for a place or a time ("there", "then").
_IT = frozenset({"it", "its"})
# A yes or no asked of "he" or "she": "is he the Secretary of Defense?", "did she meet Singh?".
_HE_ASKED_OF = re.compile(r"^(?:and |so |but )?(?:is|was|did|does|has|had|can) (?:he|she)\b")
# "and in New Delhi?", "what about at the State Department?": the last question, elsewhere.
_ELSEWHERE_ASKED = re.compile(
    r"^(?:and|but|what about|how about|and what about)\s+(?P<prep>in|at)\s+(?P<place>[^?!.]+?)"
    r"(?:,?\s+(?:then|though|tho|too|instead))?\s*[?!.]*$",  # "and in Tokyo then?"
    re.IGNORECASE,
)
# A question a place can be swapped in: a wh-question or a yes or no.
_ASKED_OF_SOMETHING = re.compile(
    r"^(?:and |so )?(?:who|what|which|when|where|how|why|is|was|were|did|does|do)\b",
    re.IGNORECASE,
)
# A where question, as the yes or no it becomes of a place named after it: "where did Esper
# meet Singh" "and in Tokyo?" asks "did Esper meet Singh in Tokyo".
_WHERE_ASKED = re.compile(
    r"^(?:and |so )?where\s+(?P<aux>did|does|do|was|were|is|are|has|have|had|will)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_HE_OR_SHE = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# The place a question is asked of, at its end: "…there", "…in Tokyo", "…at the State Dept".
_PLACE_ASKED_OF = re.compile(r"\s+(?:there|(?:in|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)$")
# The last words after "in" or "at", whatever their case, for the place a question ends on.
_LOWER_PLACE_AT_END = re.compile(
    r"\s+(?:in|at)\s+(?P<words>(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+)?)$", re.IGNORECASE
)
# A claim that someone holds a title: "is he the secretary of defense" (as read).
_TITLE_CLAIMED = re.compile(r"^(?:and |so )?(?:is|was) \S+(?: \S+)? (?P<title>the .+)$")
_TITLE_HOLDER_NOTE = "the holder of the title the last question put"
# A where or when question: "and where did he hold a press conference?", "when was that?".
_ASKED_WHERE_OR_WHEN = re.compile(r"^(?:and |so |but |ok )?(?P<wh>where|when)\b")
# "its" as a possessive before a noun: "did its minister meet Esper?".
_ITS_NOUN = re.compile(r"\bits(?=\s+[A-Za-z])", re.IGNORECASE)
_REQUEST_WORDS = frozenset(
    "give tell name list explain describe show state identify please pls plz i im we".split()
)
# Words that only sign a question off and ask nothing of the article: "…? quick check",
# "…? thanks a lot", "…? just checking pls". (Some, like "thanks", are words of the fact
# base, so the tail would otherwise count as content and keep the question unanswered.)
_SIGN_OFF = frozenset(
    "thanks thank thx ty tnx cheers advance quick check checking sanity question curious"
    " asking please pls plz lol haha ok okay lot bot talksbot".split()
)
HEDGES = frozenset("something somewhere sometime some think guess maybe ish roughly".split())
# What a noun phrase's own clause starts with: "the pact [that] they agreed on".
_CLAUSE_SUBJECTS = frozenset("they he she we you i it that which who".split())


# "the defense ministry": India's word for its body (Singh is its Defense Minister).
_MINISTRY_WORDS = frozenset({"ministry", "ministries", "mod"})


def _described_by_clause(said: list[str], lead: str, names: frozenset[str]) -> bool:
    """ "The man who met Esper", "the person Esper met", "the department which issued the
    statement": someone or something described by what a clause says of it, not named.
    ("The meeting in India" has no clause; "the person Esper met was Indian" is a claim.)"""
    if RELATIVE_LEAD.match(lead.strip()):
        return True
    verbs = [i for i, word in enumerate(said) if word in FINITE_VERBS]
    return len(verbs) == 1 and _names_a_topic(said, names) and said[verbs[0] - 1] in names


def _names_a_topic(said: list[str], names: frozenset[str] = frozenset()) -> bool:
    """ "That data-sharing pact they agreed on", "the meeting that was held in Delhi": a
    thing named with what was done to it, each verb in a clause of its own, and no claim
    ("the meeting was on Tuesday" puts its verb straight after the thing). "The person
    Esper met": a clause whose subject is one of the article's names (``names``) after the
    thing, with no "who" or "that", is a clause of its own too."""
    if said[:1] not in (["that"], ["the"], ["this"], ["those"], ["these"]):
        return False
    verbs = [i for i, word in enumerate(said) if word in FINITE_VERBS]
    return all(
        i > 1 and (said[i - 1] in _CLAUSE_SUBJECTS or (i > 2 and said[i - 1] in names))
        for i in verbs
    )


# "what article say?", "what the report mention?": the article itself is who speaks.
_ARTICLE_SPEAKS = frozenset({"article", "report", "story", "piece", "text", "author", "writer"})
SHORT_LEAD_WORDS = 4  # "Rajnath Singh —", "the U.S. side:": a name, not a sentence
BACKGROUND_MATCH = 0.5  # a long message's background picks a fact only this clearly

# Prepositions a follow-up can start with to ask for the phrase they begin in the last fact.
PHRASE_FOLLOWUP = frozenset({"between", "before", "after", "among", "against", "ahead", "prior"})


def _options_fitting(options: tuple[str, ...], answer: str, read: Callable[[str], Reading]) -> int:
    """How many options the answer names all the things of, whole or in part."""
    named, _ = read(answer)
    return sum(1 for o in options if (things := read(o)[0]) and things <= named)


def two_sides(one: str, other: str) -> str:
    """Both sides of a meeting in one answer: "Esper, the U.S. Secretary of Defense, and
    Rajnath Singh…", "Esper and Pompeo, with Japan, India and Australia"."""
    if " and " in one or " and " in other:
        return f"{one}, with {other}"
    return f"{one}, and {other}" if "," in one else f"{one} and {other}"


# Before an "-ing" word, these make it a verb ("committed to deepening cooperation").
GERUND_AFTER = frozenset({"to", "of", "in", "on", "for", "by", "about", "including"})
# A word that can describe a kind: "free" (nations), "emerging" (technologies).
SORT_OF = prefilter.compile(r"[a-z][a-z-]*$")


# The items of a listed answer: "A, B, and C", "A; B and C".
LIST_BREAK = prefilter.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")


def _list_head_terms(entry: FactEntry, listed: Role) -> frozenset[str]:
    """The terms of the words that lead into a fact's list: "deepening military
    cooperation, including" before "cooperation among the services, …". A question asking
    for the whole list ("list every area of cooperation between the militaries") picked no
    item of it by those words."""
    first = next((i for i in LIST_BREAK.split(listed.answer) if i), "")
    statement = normalise(entry.fact.statement)
    at = statement.find(normalise(first)) if first else -1
    return frozenset(term(w) for w in statement[:at].split()) if at > 0 else frozenset()


def _without_items(listed: str, aside: frozenset[str]) -> str | None:
    """The answer's list without the items that have the set-aside terms, when that leaves
    some but not all of at least three: "A, B and C" without B is "A and C"."""
    # "From developing emerging technologies to prioritizing defense trade": a range's two
    # ends are a list of two, one of them set aside.
    ranged = RANGE_SAID.search(listed)
    items = [ranged[1], ranged[2]] if ranged else [i for i in LIST_BREAK.split(listed) if i]
    if len(items) < (2 if ranged else 3) or not aside:
        return None
    kept = [item for item in items if aside.isdisjoint(term(w) for w in normalise(item).split())]
    if not kept or len(kept) == len(items):
        return None
    kept[0] = kept[0][:1].upper() + kept[0][1:]
    return joined(kept)


# "Which countries were in Tokyo?", "who was at New Delhi?": someone's being at a place.
BEING_AT_PLACE = re.compile(
    r"^\s*(?P<asker>who|(?:which|what) \w+) (?P<be>was|were)(?: there)? (?:in|at)"
    r" (?P<place>[^?.!,]+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "which two kinds of ministers", "what sorts of officials": the things themselves asked,
# when they are things counted (a plural); "what kind of intel…?" asks a kind of a mass,
# which only a kind answers.
KINDS_OF = re.compile(
    r"\b(?P<which>which|what)\s+(?:(?:two|three|four|2|3|4)\s+)?(?:kinds?|types?|sorts?)"
    r"\s+of\s+(?=(?P<noun>\w+[^s\W]s)\b)",
    re.IGNORECASE,
)


def _guess_put_aside(before: str, now: str) -> bool:
    """Whether the question now read is the one before it with only its guess dropped."""
    return before != now and now in (
        guess_dropped(before),
        wh_guess_dropped(before),
        guess_dropped(wh_guess_dropped(before)),
    )


def _quoted_within(inner: Quote, outer: Quote) -> bool:
    """Whether one quote is part of another's passage."""
    return inner.article == outer.article and outer.start <= inner.start and inner.end <= outer.end


def _kind_named(noun: str, answer: str) -> bool:
    """Whether the answer names a kind of the noun: "foreign and defense ministers" does,
    "Four countries: …" only counts them."""
    words = normalise(answer).split()
    return any(
        word == noun.lower() and at > 0 and words[at - 1] not in NUMBER_WORDS
        for at, word in enumerate(words)
    )


# Words after which a blank at the end is a whole clause, not a noun: "…heating up at a time
# when ___" is filled with "U.S.-China and India-China relations are deteriorating sharply".
_CLAUSE_OPENERS = frozenset("when while because since although though whereas that as".split())
# A clause filling a blank: every word up to the sentence's end.
_BLANK_CLAUSE = r"\W+(\w.*?)"
# Where a clause filling a blank at the end stops: a stop that is no abbreviation's
# ("U.S.-China").
_BLANK_END = r"(?=[,;:”\"(]|\.(?![\w-])|$)"
# A few words filling a blank, "2+2" and "U.S.-India" each one word.
_BLANK_WORDS = r"\W+(\w+(?:[.'+-]\w+)*(?: \w+(?:[.'+-]\w+)*){0,3}?)"
# The words of a name, as a blank's context reads them.
_BLANK_WORD = re.compile(r"[a-z0-9+]+(?:'[a-z]+)?")
# "his first one", "esper's second one": an occasion counted, of a kind the words leave to
# the conversation ("What's the 2+2?" "was this his first one?").
_ORDINAL_ONE = prefilter.compile(
    r"\b(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th) one\b", re.IGNORECASE
)
# "…before or after that?", "earlier or later than the talks?": which of two times, which
# neither Yes nor No answers.
EITHER_ORDER = prefilter.compile(
    r"\b(?:before or after|after or before|earlier or later|later or earlier|first or second"
    r"|sooner or later than)\b"
)
ORDER_NOT_GIVEN = "The article doesn't say which came first: it gives no order between the two."
# "Where did they meet, Tokyo?", "who did Esper meet — was it Singh?": a question and a guess.
GUESS_AFTER = prefilter.compile(
    # "where did Pompeo give his presser - the State Department?": a dash sets it off too.
    r"^(?P<question>(?:who|whom|where|when|which|what)\b[^,]*?\w)"
    r"\s*(?:,|\s[-\u2014\u2013]{1,2})\s*"
    r"(?:(?P<asked>was it|is it|are they|were they|is he|is she|was he|was she)\s+"
    r"|(?:like|maybe|perhaps|probably|i think|i guess|or was it)\s+)?"
    r"(?P<guess>[\w.'’ -]{2,80}?)\s*\?+\s*$",
    re.IGNORECASE,
)
# Words of an answer's title that make it another office than the one without them.
_RANK_QUALIFIERS = frozenset("deputy vice assistant acting former under associate".split())
# Words by which a described guess says more than the answer's words would confirm.
_NARROWING = frozenset(
    "only just solely merely all both every never not no none without except".split()
)
# "…one of the world's two largest democracies", "the two biggest democracies": the pair
# U.S. officials named (the U.S. and India).
# Only a country put among them ("X one of the…", "the two… are X and Y"), not a claim of
# what something does to them ("does China threaten the two largest democracies?").
_LARGEST_DEMOCRACIES = prefilter.compile(
    r"\bone of (?:the )?(?:world )?two (?:largest|biggest) democracies\b"
    r"|\btwo (?:largest|biggest) democracies (?:are|were|being)\b"
    r"|^(?:are|were) (?:the )?(?:world )?two (?:largest|biggest) democracies\b"
)
# What a country's guess may add to its name: "…, the Chinese government?" guesses China.
_GOVERNMENT_NOUNS = frozenset(
    "government govt side officials authorities administration regime leadership state".split()
)
# A question word in what follows the question: it asks on, guessing nothing.
_GUESS_ASKS = frozenset("what which who whom whose where when why how".split())
HEDGE_AT_END = prefilter.compile(
    r"\s*\b(?:i think|i believe|i guess|i reckon|i suppose|maybe|perhaps|probably|or so"
    r"|or something(?: like that)?|or whatever|or sth|if i remember|if i recall|iirc)\s*$",
    re.IGNORECASE,
)
# What follows a comma without being a guess: a tag, another part, a politeness.
NOT_A_GUESS = frozenset(
    "and or right correct true please exactly again then so yes no ok okay pls plz "
    "precisely specifically though really anyway thanks apart besides except excluding aside "
    "other others not including according as".split()
)


# After a country's adjective, a person of it: "the Indian one", "the American guy".
_ONE_OF_A_COUNTRY = frozenset(
    "one guy man woman official minister person fellow chap bloke gentleman lady".split()
)


def _outsiders_named(words: list[str]) -> list[tuple[int, int]]:
    """Where countries the article never names stand in a claim ("was russia in it"): the
    claim an outsider was last asked of is the one "and pakistan?" asks again."""
    return [
        (at, at + size)
        for size in (1, 2)
        for at in range(len(words) - size + 1)
        if " ".join(words[at : at + size]) in COUNTRY_NAMES
    ]


def _asks_of_lead_people(words: list[str]) -> bool:
    """ "which city were they in?": "they" with nothing else, asked in the past."""
    said = set(words)
    return bool(LEAD_PEOPLE_WORDS & said) and bool(PAST_ASKED & said) and "now" not in said


def _blank_word_pattern(word: str) -> str:
    """How one word around a blank may stand in the article: "us" as "U.S.", "india's" as
    "Indian" ("Singh is India's Defence ____")."""
    if word in ("us", "usa"):
        return r"u\.?s\.?(?:a\b)?"
    if word.endswith("'s"):
        return re.escape(word[:-2]) + r"(?:'s|n)?"
    return re.escape(word)


def _as_adjectives(words: list[str]) -> tuple[str, ...]:
    """ "india's defense" as a title's words say it, "indian defense": a country's
    possessive before an office is its adjective ("Singh is India's Defence ____")."""
    last = len(words) - 1
    return tuple(f"{w[:-2]}n" if w.endswith("'s") and i < last else w for i, w in enumerate(words))


def _up_to_small_word(words: str) -> str:
    """ "strength of the U.S": a blank at the end of a sentence is filled up to the first
    small word ("strength"), not to the next punctuation."""
    kept = []
    for word in words.split():
        if word in STOPWORDS:
            break
        kept.append(word)
    return " ".join(kept)


def _verb_before(words: list[str], at: int) -> bool:
    """Whether the "-ing" word at `at` describes, after a verb ("to address pressing global
    security challenges"), rather than acts ("…services; enhancing secure communications")."""
    if at < 2:
        return False
    before = words[at - 1]
    # "to address pressing…": an infinitive, whose object the "-ing" word describes.
    return words[at - 2].lower() == "to" and before.isalpha() and not before.endswith("ing")


# Nouns that are themselves a kind of what is asked: "what kind of countries…?" is
# answered by "democracies" (term → the terms of its kinds).
KIND_OF_NOUN: dict[str, tuple[str, ...]] = {
    term("countries"): (term("democracies"),),
    term("nations"): (term("democracies"),),
    term("states"): (term("democracies"),),
}


_GATHERING_TERMS = frozenset(term(w) for w in GATHERING_WORDS)
# How far down the ranking a kind asked of is looked for, and how much lower it may score.
_KIND_CANDIDATES = 5
_KIND_SCORE_MARGIN = 0.15
# What follows a kind and still belongs to it: "a basic agreement on exchanges…".
_KIND_COMPLEMENT = re.compile(r"\s+(?:on|of|in|for)\s+[^,.;:“”\"]+")


def _says_noun(noun_term: str, entry: FactEntry) -> bool:
    """Whether the fact's own sentence has the noun a kind is asked of."""
    return any(
        term(w.strip(",.;:“”\"'()").lower()) == noun_term for w in entry.fact.quote.text.split()
    )


def _kind_with_its_complement(kind: str, quote: str) -> str:
    """ "basic agreement" as the quote goes on: "A basic agreement on exchanges and
    cooperation"; "quadripartite talks" → "Quadripartite talks in Tokyo"."""
    found = re.search(re.escape(kind), quote)
    if found is None:
        return kind[:1].upper() + kind[1:]
    following = _KIND_COMPLEMENT.match(quote, found.end())
    whole = kind + (following[0].rstrip() if following is not None else "")
    return whole[:1].upper() + whole[1:]


def _with_owner(kind: str, text: str) -> str:
    """ "two largest democracies" as the text has it, with whose they are: "The world's two
    largest democracies"."""
    owned = re.search(rf"\b(?:the )?\w+['’]s {re.escape(kind)}", text, re.IGNORECASE)
    found = owned[0] if owned is not None else kind
    return found[:1].upper() + found[1:]


# A question asking who holds an office: "who is the minister of defence of USA?", "and who
# was the US secretary?"; not "who did the US secretary meet?".
WHO_IS_THE = re.compile(r"^(?:(?:and|so|but) )?who (?:is|was) (?:the |that )?")


def _kinds_named(noun_term: str, text: str) -> set[str]:
    """The describing words before each mention of the noun ("free nations")."""
    # Quote marks off ("to address “pressing global…"), punctuation after a word kept.
    words = [w.lstrip("“\"'(") for w in text.split()]
    kinds = set()
    for at, word in enumerate(words):
        noun = word.strip(",.;:“”\"'()")
        if at == 0 or term(noun) != noun_term:
            continue
        start = at
        # Up to three describing words; an "-ing" only next to the noun ("emerging
        # technologies"), further out it is a verb ("enhancing secure communications").
        while start > max(0, at - 3) and SORT_OF.match(words[start - 1]):
            before = words[start - 1]
            if before in STOPWORDS:
                break
            if before.endswith("ing") and start < at and not _verb_before(words, start - 1):
                break
            if before.endswith("ing") and start >= 2 and words[start - 2] in GERUND_AFTER:
                break  # "to deepening cooperation": what they do, not a kind
            start -= 1
        if start < at:
            kinds.add(" ".join([*words[start:at], noun]))
    return kinds


OBJECT_PERSON_PRONOUNS = frozenset({"him", "her"})
# "Was he present at the meeting?", "was he also in Tokyo?": where he was, not what he is.
_WHEREABOUTS_AFTER_BE = frozenset(
    {"at", "in", "present", "there", "among", "also", "part", "involved", "attending", "inside"}
)
# One person, never a possessive: "is he the foreign minister?" takes a name in its place
# ("is Esper the foreign minister?"); "her title" would not.
SINGLE_PERSON_PRONOUNS = frozenset({"he", "she", "him"})
# "to see Singh", "Esper saw Singh", "to see the SecDef": a person right after the verb,
# by name or title, not owning something.
_SEE_PERSON = prefilter.compile(
    r"\b(?P<verb>see|saw|seen|seeing)(?=\s+(?P<name>[\w.+-]+(?:['’]s?)?(?:\s+[\w.+-]+(?:['’]s?)?){0,4}))",
    re.IGNORECASE,
)
# Words before a title that leave it a person: "the SecDef", "his counterpart".
_PERSON_DETERMINERS = frozenset({"the", "his", "her", "their"})
_MEETING_FOR_SEEING = {"see": "meet", "saw": "met", "seen": "met", "seeing": "meeting"}


# "Who then?", "so who was it then?", "who did it then?": who, in place of the one the
# last claim named.
_WHO_THEN_FILLER = frozenset("so and but then was is did it".split())


def _other_subject_start(words: list[str]) -> int:
    """Where the subject of "did any other X…", "has another X…", "did other X…" starts
    (3, 2, 2), or 0 when the yes or no does not ask of others."""
    if words[1:3] == ["any", "other"]:
        return 3
    return 2 if words[1:2] in (["another"], ["other"]) else 0


def _two_with_noun(words: list[str]) -> bool:
    """ "…between the two militaries?": "the two" names its own noun, so it stands for
    no event of the conversation ("who hosted the two?" still may)."""
    return any(
        w == "two"
        and at + 1 < len(words)
        and words[at + 1].isalpha()
        and words[at + 1] not in STOPWORDS
        for at, w in enumerate(words)
    )


def _name_noun(parsed: Parsed) -> str | None:
    """The noun whose name is asked: "agreement" in "agreement name", "dialogue" in "name
    of the dialogue"; "esper" in "Esper's name"."""
    noun = NAME_OF_NOUN.search(parsed.text)
    if noun is None:
        return None
    return str(noun["noun"] or noun["before"])


def _kind_of_name_noun(parsed: Parsed) -> str | None:
    """The kind of thing whose name is asked: "agreement name", "name of the dialogue" (an
    agreement, an event); None for "Esper's name", whose owner is no kind noun."""
    return KIND_NOUNS.get(_name_noun(parsed) or "")


def _asks_a_past_act(parsed: Parsed) -> bool:
    """ "Who is Begin?" "What did he do?": what he did (visited New Delhi), not his job,
    which "what does he do?" asks."""
    words = parsed.words
    return "did" in words and bool({"do", "doing"} & set(words[words.index("did") :]))


# "so the date part was right?", "was the place correct at least?", "and the day bit was
# true?": one part of the last claim, asked to be judged alone.
CLAIM_PART_ASKED = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay|then|at least|well) )*(?:was |is )?(?:at least )?(?:the |that )?"
    r"(?P<part>date|day|time|timing|when|place|location|city|venue|where)"
    r"(?: (?:part|bit|portion|piece|detail))?(?: of (?:it|that|the claim|the question))?"
    r"(?: (?:was|is))? (?:right|correct|true|accurate)"
    r"(?: (?:though|at least|then|anyway|surely))?$"
)
_DATE_PARTS = frozenset({"date", "day", "time", "timing", "when"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to"})
# Words that put a date ("on monday", "monday the 26th of october").
_DATE_JOINERS = frozenset({"on", "the", "of"})


def _without_dates(words: list[str]) -> list[str] | None:
    """The claim's words without its date ("on monday october 26"); None when it gives
    none, or nothing else."""
    dated = date_words(words)
    if not dated:
        return None

    def is_date(word: str) -> bool:
        return word in dated or MONTHS.get(word) in dated

    kept = list(words)
    at = 0
    while at < len(kept):
        if is_date(kept[at]) or (kept[at] in _DATE_JOINERS and _date_follows(kept, at, is_date)):
            del kept[at]
            continue
        at += 1
    return kept if kept and len(kept) < len(words) else None


def _date_follows(words: list[str], at: int, is_date: Callable[[str], bool]) -> bool:
    """Whether a date comes next, past joiners: "on" in "on the 26th of october"."""
    for word in words[at + 1 : at + 3]:
        if is_date(word):
            return True
        if word not in _DATE_JOINERS:
            return False
    return False


def _outsider_terms(parsed: Parsed) -> frozenset[str]:
    """The terms of a country the article never names ("south" of "South Korea")."""
    outsider = unknown_country(parsed)
    return frozenset(term(w) for w in outsider.split()) if outsider else frozenset()


# "How many countries joined the US…", "…with the US", "besides the US": one the count
# is taken beside (one word of its name: "usa", "india", "japan").
_COUNTED_BESIDE = re.compile(
    r"\b(?:with|besides|beside|other than|apart from|aside from|except|excluding|alongside"
    r"|in addition to|joined|join|joining|along with)\s+(?:the\s+)?(?P<partner>[a-z]+)\b"
)


def _asks_a_kind(words: list[str]) -> bool:
    """ "type of talks", "kind of agreement?": a label that asks what sort of thing it was
    (a what), whatever kind of question came before it."""
    return len(words) > 2 and words[0] in SORT_WORDS and words[1] == "of"


# "was it Oct 27... no, 26? which day was the meeting", "Monday or Tuesday? what day did they
# meet": a yes-or-no guess or a pair of options, then the wh-question the guess is about.
_GUESS_THEN_ASKED = re.compile(
    r"^\s*(?:(?:was|is) it\b[^?]*|[\w.]+(?: [\w.]+)? or [\w.]+(?: [\w.]+)?)\?+\s+"
    r"(?P<asked>(?:what|which|when|where|who|whom)(?: [\w'’]+){2,}\??)\s*$",
    re.IGNORECASE,
)


def _question_after_guess(question: str) -> str | None:
    """The wh-question a message asks after its guess, or None when it has no such two."""
    found = _GUESS_THEN_ASKED.match(question)
    return found["asked"] if found is not None else None


# "both", "only one of them", "or": the two weighed together, not one by one.
_BOTH_OR_ONE = re.compile(r"\b(?:both|only|just|either|neither|or)\b", re.IGNORECASE)


# "was esper in the us?": a yes-or-no question that puts someone somewhere.
_PUT_SOMEWHERE = re.compile(r"\s*(?:was|were|is|are)\b.*\bin\b", re.I)


def _placed_in(where: str) -> str:
    """A where-answer put after "places him": "In New Delhi" → "in New Delhi", "New Delhi"
    → "in New Delhi"."""
    first, _, rest = where.partition(" ")
    if first.lower() in ("in", "at", "to") and rest:
        return f"{first.lower()} {rest}"
    return f"in {where}"


# The words of a keyword count beside the names: "esper how many times", "and esper count".
_KEYWORD_COUNT_WORDS = frozenset("and so for how many times count number total tally s".split())


class Engine(
    Antecedents,
    ContinentLists,
    BareFollowUps,
    PairAnswers,
    PairOfThem,
    PraisedOther,
    SheOfMen,
    YesNoAnswers,
    DescriptiveAnswers,
    PassageAnswers,
    MentionCounts,
    ListedItems,
    EventsInOrder,
    CountGapAnswers,
    StandInAnswers,
    DescribedAnswers,
    RoleAnswers,
    VerbatimAnswers,
    QuotationMarkAnswers,
    SourceAnswers,
    SideAnswers,
    RankAnswers,
    PointingAnswers,
    SideWords,
    NameGivenChecks,
    TripStopsChecks,
    PlaceAsideChecks,
    UnnamedPronouns,
    WhereElseChecks,
    ComparedStatements,
    EveryoneNational,
    GroupQuoted,
    PersonCounts,
    TripKinds,
):
    """Reads the question, follows the conversation, and picks the kind of answer."""

    def _counted_at_a_place(self, context: Context) -> bool:
        """Whether the last answer's fact is an event held somewhere with a count of its
        own (the Tokyo talks' four countries), which "who was the fifth country?" asks past;
        not the article's five countries in all, nor a first turn."""
        last = self.index.by_id.get(context.fact_id or "")
        if last is None:
            return False
        where = last.fact.roles.get("where")
        return where is not None and bool(where.entities) and "how_many" in last.fact.roles

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question; never raises. `answer.context` is the next turn's context."""
        context = context or Context()
        try:
            question = question if isinstance(question, str) else str(question)
            # "List the people named." "Number 2's country?": asked as "Rajnath Singh's…".
            by_name = self._item_put_by_name(question, context)
            question = by_name or question
            # "was it Oct 27... no, 26? which day was the meeting": the guess, then what is
            # asked; the answer to the question settles the guess.
            question = _question_after_guess(question) or question
            either = self._claim_or_other_answered(question, context)
            if either is not None:
                return either
            completed = self._stem_option_picked(question, context)
            if completed is not None:
                return completed
            # "Is it true that no one besides Esper visited New Delhi?": "did no one…?".
            question = quantified_claim_asked(question) or question
            # "Does it specify which emerging technologies?": "which emerging technologies?"
            question = embedded_question_asked(question) or question
            # "Number of dialogues = 2?", "Location = Mumbai, correct?": a form's field
            # filled in, the claim asked as "were there 2 dialogues?".
            question = form_field_asked(question, context.empty) or question
            # "full name + title pls", "Global challenges phrase (exact)": a field's label
            # asked as the question it stands for.
            question = form_label_asked(question, context.empty) or question
            # "which official was quoted?": those the article quotes, not its named people.
            question = quoted_one_asked(question, context.question) or question
            # "and in the article overall?": the article, as "and in the article?" says.
            question = article_scope_dropped(question) or question
            # "Did they agree on it, or merely discuss it?": "was it agreed or discussed?".
            question = deeds_offered_as_options(question) or question
            # "Which Asian countries took part in the Tokyo talks?": Japan and India.
            by_continent = self._continent_list_answered(question, context)
            if by_continent is not None:
                return by_continent
            question = indefinite_meeting_as_talks(question) or question
            # "was a fifth country at the Tokyo talks?": "were there five countries…?".
            question = (
                nth_country_as_count(question, not self._counted_at_a_place(context)) or question
            )
            positive = positive_of_none(question)
            if positive is not None:
                # "Did none of the quad countries include China?": "did any…?", turned round.
                unsaid = "The article doesn't say that none did."
                # "so no relationship in the article is improving?" after "India-China
                # too?": every relationship, not the one the conversation was on.
                asked_in = Context() if quantifier_names_its_kind(question) else context
                return self._none_answered(positive, unsaid, asked_in)
            positive = anyone_besides(question)
            if positive is not None:
                # "Is Pompeo the only one who…?": "did anyone besides Pompeo…?", the same.
                unsaid = "The article names no one else who did, but doesn't say no one did."
                return self._none_answered(positive, unsaid, context)
            repeated = self._repeated(question, context)
            if repeated is not None:
                return repeated
            # A voice transcript's restarts, fillers and misheard names, read as typed.
            # "…the services (army, navy...) is mentioned?": bracketed examples dropped.
            unbracketed = examples_aside_dropped(question)
            # "did esper go 2 tokyo", "whometsingh??": a texted question, read as typed out.
            texted = texted_read(unbracketed, self.index.speller.knows, self.index.vocabulary)
            text, respelt = respell(spoken_read(texted, self.index.alias_sounds), self.index)
            # "what day did esper meet sign": a name slipped into a word where a person met
            # stands, read as the name (Singh) before "sign" is taken for the verb.
            met = self._name_slips.met_read(text)
            if met is not None:
                text, respelt = met[0], (*respelt, *met[1])
            # "was the meeting held in New Deli or Tokyo?": a word slipped beside the rest
            # of an alias is that alias (New Delhi), before "Deli" goes unknown.
            slipped = self._name_slips.alias_words_read(text)
            if slipped is not None:
                text, respelt = slipped[0], (*respelt, *slipped[1])
            # "Esper met Singh on Tuesday. Any error?": asked as "is it true that Esper met
            # Singh on Tuesday?", its Yes or No then said of the error.
            error_check = error_check_asked(text)
            if error_check is not None:
                text = error_check.question
            # "T/F: The article quotes Singh.": asked as "does the article quote Singh?".
            about_article = article_claim_asked(text)
            if about_article is not None:
                text = about_article.question
            answer = _outermost_quotes(_with_corrections(self._answer(text, context), respelt))
            if about_article is not None:
                answer = replace(answer, text=about_article.verdict_said(answer.text))
            if error_check is not None:
                answer = self._error_said(answer, context)
            answer = self._which_one_of_the_last(answer, text, context)
            answer = self._someone_else_checked(answer, text, context)
            answer = self._pronoun_pair_checked(answer, text, context)
            answer = self._one_person_checked(answer, text, context)
            # "Did she attend?" asked first: no one is named for "she" to be.
            answer = self._unnamed_pronoun_checked(answer, text, context)
            # "Who met in New Delhi?" "What did she praise?": no woman named for "she".
            answer = self._she_of_men_checked(answer, text, context)
            # "How many 2+2s has he done?": not the countries' "Three".
            answer = self._count_of_person_checked(answer, text, context)
            # "Where else did Esper go?": not New Delhi again.
            answer = self._where_else_checked(answer, text, context)
            # "Compare the two statements.": which two is not said.
            answer = self._statements_compared_checked(answer, text, context)
            answer = self._count_beside_a_partner_checked(answer, text, context)
            answer = self._fragment_of_claim_checked(answer, text, context)
            answer = self._side_checked(answer, text, context)
            answer = self._name_given_checked(answer, text, context)
            # "Which other countries did Pompeo visit on the trip?": not the Tokyo talks.
            answer = self._trip_stops_checked(answer, text, context)
            # "Where did Esper go other than New Delhi and Tokyo?": neither again.
            answer = self._place_aside_checked(answer, text, context)
            if all_people_claimed(text) and not answer.abstained:
                # "Did all the officials praise the relationship?": Esper and Singh did.
                said = only_some_said(answer.text)
                answer = answer if said is None else replace(answer, text=said)
            if answer.abstained:
                answer = (
                    self._each_of_two_people_asked(text, context)
                    or self._with_names_autocorrected(text, context, respelt)
                    or self._kind_without_its_label(text, context, respelt)
                    or self._it_as_the_article(text, context, respelt)
                    or self._ordinal_one_as_the_event(text, context, respelt)
                    or self._kinds_of_as_which(text, context, respelt)
                    or answer
                )
            answer = self._remembering(answer, question, context)
            answer = self._list_kept(answer, context)  # "list the people" "the second?"
            if by_name is not None and answer.context.listed == context.listed:
                # Asking about its items keeps the list in view: "number 1's title?" …
                # "number 4's title?" "number 3's department?" "number 2's country?".
                kept = replace(answer.context, listed_turn=answer.context.turn)
                answer = replace(answer, context=kept)
            # What this question quoted, for "is that a direct quote?" next; none otherwise.
            quoted = asked_words(question)
            if quoted is None and not answer.abstained:
                if QUOTATIONS_LISTED_NOTE in answer.notes:
                    # "What's in quotation marks in ¶1?" "Who's that phrase attributed to?"
                    quoted = answer.context.quoted
                elif points_back_at_words(question):
                    quoted = context.quoted  # "…attributed to?" "Does it show up again?"
            if answer.context.quoted != quoted:
                answer = replace(answer, context=replace(answer.context, quoted=quoted))
            return answer
        except Exception:  # a bug must cost one answer, never the bot
            log.exception("engine failed on a question of %d characters", len(str(question)))
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "Sorry, I could not read that question. Try asking it another way.",
                context,
                notes=("internal error",),
            )

    def _error_said(self, answer: Answer, context: Context) -> Answer:
        """The answer to "is it true that CLAIM?" said as "CLAIM. Any error?" asks: "No,
        that's right." for a claim the article bears out, "Yes: the article says otherwise."
        with its correction for one it contradicts, and an abstention for any other answer
        ("Singh went to Tokyo. Any error?": the article does not say he did or didn't)."""
        if answer.abstained:
            return answer
        turned = ErrorCheck.verdict_said(answer.text)
        if turned is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article neither bears that out nor contradicts it, so I can't say "
                "whether it has an error.",
                context,
                notes=("a check of the user's claim: no plain yes or no to turn",),
            )
        return replace(answer, text=turned)

    def _none_answered(self, asked: str, unsaid: str, context: Context) -> Answer:
        """The answer to "did none…?" from the one to "did any…?" (`asked`): "No" where
        someone did, "Yes" where the article's full list leaves the one asked about out;
        otherwise `unsaid` ("did none of the statements mention China?": that the Defense
        Department's does not is no word on the others)."""
        positive = self.answer(asked, context)
        if positive.abstained:
            return positive
        text = turned_round(positive.text)
        if text is None or self._only_those_set_aside_did(asked, positive):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                unsaid,
                context,
                notes=("a 'none' claim: the article's no speaks of one only",),
            )
        return replace(positive, text=text)

    def _claim_or_other_answered(self, question: str, context: Context) -> Answer | None:
        """ "the meeting was on Monday, or was it Tuesday?": the option whose claim the
        article bears out ("Monday."), each claim asked alone. None when the message is no
        such pair."""
        pair = claim_or_other(question)
        if pair is None:
            return None
        options = ((pair.option, pair.claim), (pair.other, pair.other_claim))
        return self._one_claim_borne_out(options, ". ", context)

    def _stem_option_picked(self, question: str, context: Context) -> Answer | None:
        """ "Select one: the relationship was described by A) Indian officials B) U.S.
        government officials": the option whose finished sentence the article bears out
        ("U.S. government officials: …"). None when the message is no such quiz."""
        quiz = stem_choices(question)
        if quiz is None:
            return None
        options = tuple(zip(quiz.options, quiz.claims, strict=True))
        return self._one_claim_borne_out(options, ": ", context)

    def _one_claim_borne_out(
        self, options: tuple[tuple[str, str], ...], joint: str, context: Context
    ) -> Answer:
        """The one option whose claim the article bears out, put before what it says; when
        it bears out none or several, which one it doesn't say. Each (option, claim) is
        asked alone as "is it true that <claim>?"."""
        borne = [
            (option, answer)
            for option, claim in options
            if not (answer := self.answer(f"is it true that {claim}?", context)).abstained
            and answer.text.startswith("Yes")
        ]
        if len(borne) != 1:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say which of the two."
                if len(options) == 2
                else "The article doesn't say which of them.",
                context,
                notes=("options of a claim: the article bears out none or several",),
            )
        option, answer = borne[0]
        said = answer.text.removeprefix("Yes").lstrip(".,:; ")
        return replace(answer, text=f"{option[:1].upper()}{option[1:]}{joint}{said}")

    def _each_of_two_people_asked(self, text: str, context: Context) -> Answer | None:
        """ "Were Pompeo and Singh at the Tokyo talks?", "is it true that Singh and Pompeo
        went to Tokyo?": each person asked alone; when the article bears it out of one and
        says nothing of the other, that much ("Of Pompeo, yes: …"), never a No for the
        other, whom the article does not rule out. None unless a yes-or-no question names
        two people joined by "and" and exactly one is borne out."""
        if _BOTH_OR_ONE.search(text) is not None:
            return None  # "did Esper and Pompeo both meet Singh, or only one?": asked as a whole
        parsed = parse(text, self.index)
        if parsed.qtype != "yesno":
            return None
        pair = self._two_people_joined(parsed)
        if pair is None:
            return None
        found = re.search(
            rf"\b{re.escape(pair[0].text)}\s+and\s+{re.escape(pair[1].text)}\b", text, re.I
        )
        if found is None:
            return None
        asked = [
            (link, self.answer(f"{text[: found.start()]}{link.text}{text[found.end() :]}", context))
            for link in pair
        ]
        borne = [(link, answer) for link, answer in asked if answer.text.startswith("Yes")]
        unsaid = [link for link, answer in asked if self._leaves_it_open(answer)]
        if len(borne) != 1 or len(unsaid) != 1:
            return None
        (link, answer), other = borne[0], unsaid[0]
        said = answer.text.removeprefix("Yes").lstrip(".,:; ")
        shown = self.factbase.entities[other.entity].name
        return replace(
            answer,
            text=f"Not that the article says of {shown}. Of {link.text.title()}, yes: {said}",
        )

    def _two_people_joined(self, parsed: Parsed) -> tuple[Linked, Linked] | None:
        """The two people a question names as "Pompeo and Singh", or None."""
        people = [
            link
            for link in parsed.entities
            if link.group is None and self.factbase.entities[link.entity].kind == "person"
        ]
        for first, second in pairwise(people):
            if parsed.words[first.end : second.start] == ["and"] and first.entity != second.entity:
                return first, second
        return None

    @staticmethod
    def _leaves_it_open(answer: Answer) -> bool:
        """Whether an answer says the article does not say: an abstention for want of it,
        or "Not that the article says"."""
        if answer.abstained:
            return answer.reason == AbstainReason.NOT_IN_ARTICLE
        return answer.text.startswith("Not that the article says")

    def _only_those_set_aside_did(self, asked: str, positive: Answer) -> bool:
        """Whether a yes to "did anyone besides Pompeo mention China?" rests only on what
        those set aside did (Pompeo's own remark): no one else is shown to have done it."""
        parsed = parse(asked, self.index)
        if not parsed.excluded:
            return False
        # "Is Singh the only minister who met Esper?": Esper, whom the question names, is
        # the meeting's `who`; the one who met him is its `with_whom`, Singh, set aside.
        named = {linked.entity for linked in parsed.entities} - parsed.excluded
        return self._doers_in(positive.fact_ids) - named <= parsed.excluded

    def _doers_in(self, fact_ids: Iterable[str]) -> set[str]:
        """Everyone the facts have doing something, on either side: their `who` and
        `with_whom` entities."""
        return {
            entity
            for fact_id in fact_ids
            for role_name in ("who", "with_whom")
            if (role := self.factbase.facts[fact_id].roles.get(role_name)) is not None
            for entity in role.entities
        }

    def _it_as_the_article(
        self, text: str, context: Context, respelt: tuple[tuple[str, str], ...]
    ) -> Answer | None:
        """ "Does it say the partnership is about China?" as the first question, or after
        one about the article ("does the article say India is an ally?"): "it" is the
        article, so asked as "does the article say…". After other answers "it" may be the
        statement they quote, and stays unread."""
        if not (context.empty or _ARTICLE_NAMED.search(context.question or "")):
            return None
        found = _IT_SAYS.match(text.strip())
        if found is None:
            return None
        asked = f"{found['verb']} the article {text.strip()[found.end() :]}"
        return self._retried(asked, context, respelt)

    def _kinds_of_as_which(
        self, text: str, context: Context, respelt: tuple[tuple[str, str], ...]
    ) -> Answer | None:
        """ "Which two kinds of ministers take part in the 2+2?", unanswered as a kind,
        asked as "which ministers take part in the 2+2?" (foreign and defense ministers)."""
        found = KINDS_OF.search(text)
        if found is None:
            return None
        asked = f"{text[: found.start()]}{found['which']} {text[found.end() :]}"
        answer = self._retried(asked, context, respelt)
        if answer is None or not _kind_named(found["noun"], answer.text):
            # "What kind of countries took part in the Tokyo talks?": "Four countries: …"
            # counts and lists them, naming no kind of them.
            return None
        return answer

    def _ordinal_one_as_the_event(
        self, text: str, context: Context, respelt: tuple[tuple[str, str], ...]
    ) -> Answer | None:
        """ "What's the 2+2?" … "and this was his first one right? esper's i mean": the
        "first one" is of the event the conversation is about, asked as "his first 2+2
        Dialogue" (No, the second). Only when the conversation is about one event."""
        found = _ORDINAL_ONE.search(text)
        if found is None:
            return None
        event = self._event_talked_about(context)
        if event is None:
            return None
        name = re.sub(r"^the ", "", self.factbase.entities[event].name)
        asked = f"{text[: found.start()]}{found['ordinal']} {name}{text[found.end() :]}"
        return self._retried(asked, context, respelt)

    def _event_talked_about(self, context: Context) -> str | None:
        """The one event entity (the 2+2 Dialogue, the Tokyo talks) the last turn asked
        about, answered with or defined; None for none or several. Not one its fact only
        mentions: "Who met Singh?" is not about the 2+2 the meeting came ahead of."""
        defined = self._identity_facts.get(context.fact_id or "")
        named = (*context.entities, *context.answer_entities, *((defined,) if defined else ()))
        events = {e for e in named if self._kind(e) == "event"}
        return events.pop() if len(events) == 1 else None

    def _kind_without_its_label(
        self, text: str, context: Context, respelt: tuple[tuple[str, str], ...]
    ) -> Answer | None:
        """ "What kind of partnership is the U.S.-India relationship called?", unanswered as a
        label, asked as the kind ("…elevated strategic partnership"); "what kind of countries
        are the US and India called?" is answered as asked (democracies) and never gets here."""
        kind = kind_called_asked(text)
        if kind == text:
            return None
        return self._retried(kind, context, respelt)

    @cached_property
    def _reported_terms(self) -> dict[str, frozenset[str]]:
        """For each fact reporting someone's words, the terms of what those words say:
        Pompeo's remark's "thwart", of free nations who could thwart the threat."""
        reported: dict[str, set[str]] = {}
        for fact_id, sayer in self._sayers.items():
            said = self.index.by_id.get(fact_id)
            if said is not None:
                reported.setdefault(sayer.id, set()).update(said.predicate)
        return {fact_id: frozenset(terms) for fact_id, terms in reported.items()}

    @cached_property
    def _could_facts(self) -> frozenset[str]:
        """Facts of what their doer could do, not what they did ("free nations could work
        together to thwart the threat"); not Pompeo's remark, which he made."""
        could: set[str] = set()
        for fact in self.factbase.facts.values():
            who = fact.roles.get("who")
            # "could" in the raw text first: normalising every fact's statement took 3 s on
            # the first who-question at 100,000 facts.
            if who is None or "could" not in fact.statement.lower():
                continue
            if f"{normalise(who.answer)} could " in normalise(fact.statement):
                could.add(fact.id)
        return frozenset(could)

    def _did_not_do_it(self, entry: FactEntry, parsed: Parsed) -> bool:
        """Whether the fact's "who" did not do what a who-question's verb asks: "who thwarted
        China?" is neither Pompeo, who only spoke of it, nor free nations, who only could,
        nor China's Communist Party, whose threat it was."""
        asked = _WHO_DID.match(parsed.text)
        if asked is None or parsed.asks_speech:
            return False
        act = term(asked["may"] or asked["did"])
        if act in WORDS_OF_SOMEONE or act in ACCOUNT_TERMS:
            return False  # "who said…", "who described…": the speaker's own act
        fact_id = entry.fact.id
        if fact_id in self._could_facts and act in entry.predicate and not asked["may"]:
            return True  # "who worked together to thwart China?": they only could
        # "who thwarted China?": an act among the speaker's words is not the speaker's act.
        if act in self._reported_terms.get(fact_id, ()):
            return True
        sayer = self._sayers.get(fact_id)
        return (
            sayer is not None
            and act not in entry.predicate
            and act in self._reported_terms.get(sayer.id, ())
        )

    @cached_property
    def _head_titles(self) -> dict[str, str]:
        """The article's title for the head of a body, by the body: the Department of Defense's
        is "U.S. Secretary of Defense" (Esper, part of it). A deputy's title ("Deputy
        Secretary of State") heads nothing."""
        heads: dict[str, str] = {}
        for person in self._of_kind.get("person", []):
            entity = self.factbase.entities[person]
            for alias in entity.aliases:
                words = normalise(alias).split()
                if "deputy" in words or "secretary" not in words or "of" not in words:
                    continue
                for body in entity.part_of:
                    if (
                        self._kind(body) == "organisation"
                        and words[-1]
                        in normalise(" ".join(self.factbase.entities[body].aliases)).split()
                    ):
                        heads.setdefault(body, alias)
        return heads

    def _head_title(self, body: str) -> str | None:
        """ "the Pentagon": the title of its head, when the words name one body with one and
        no other country ("the Indian defense ministry" is not the U.S. Department of
        Defense, though read loosely it links to it; a ministry is never a department)."""
        named = parse(body, self.index).entity_ids
        bodies = {e for e in named if self._kind(e) == "organisation"}
        if len(bodies) != 1 or _MINISTRY_WORDS & set(re.findall(r"[a-z]+", body.lower())):
            return None
        found = bodies.pop()
        countries = {e for e in named if self._kind(e) == "country"}
        return (
            None
            if countries - self.index.part_of.get(found, frozenset())
            else (self._head_titles.get(found))
        )

    @cached_property
    def _counted_events(self) -> frozenset[str]:
        """The events the article counts: a fact with a count lists the event as what it is
        about, not as one of its answers ("The two countries have had three such dialogues"
        counts the 2+2s; the Tokyo talks' own fact counts the countries at them, not how
        often they were held). Once per engine, over the events' own facts only."""
        counted: set[str] = set()
        for event in self._of_kind.get("event", []):
            for position in self.index.entity_postings.get(event, ()):
                fact = self.index.entries[position].fact
                if (
                    "how_many" in fact.roles
                    and event in fact.entities
                    and all(event not in role.entities for role in fact.roles.values())
                ):
                    counted.add(event)
                    break
        return frozenset(counted)

    def _names_counted_event(self, subject: str) -> bool:
        """Whether "the 2+2" of "has the 2+2 been held twice?" names an event the article
        counts (not "the quad" of "has the quad met twice?")."""
        return bool(self.index.entities_in(subject) & self._counted_events)

    @cached_property
    def _subject_names(self) -> frozenset[str]:
        """The one-word names of the article's people and countries ("esper", "india"),
        which can be the subject of a clause that describes someone: "the person Esper met"."""
        return frozenset(
            alias[0]
            for alias, entity in self.index.aliases.items()
            if len(alias) == 1 and self._kind(entity) in ("person", "country")
        )

    @cached_property
    def _name_slips(self) -> NameSlips:
        """The people's names autocorrect may have made words of ("pompous" for Pompeo)."""
        names = {
            alias[0]: entity
            for alias, entity in self.index.aliases.items()
            if len(alias) == 1 and self._kind(entity) == "person"
        }
        alias_words: dict[str, set[str]] = {}
        for alias, entity in self.index.aliases.items():
            alias_words.setdefault(entity, set()).update(alias)
        words = {e: frozenset(w) for e, w in alias_words.items()}
        things = frozenset(
            alias[0]
            for alias, entity in self.index.aliases.items()
            if len(alias) == 1 and self._kind(entity) != "person"
        )
        phrases = (alias for alias in self.index.aliases if len(alias) > 1)
        return NameSlips(names, words, self.index.vocabulary, things, phrases)

    def _with_names_autocorrected(
        self, text: str, context: Context, respelt: tuple[tuple[str, str], ...]
    ) -> Answer | None:
        """ "wat did pompous say abt china", found nothing as typed: the answer with the
        names autocorrect changed put back (Pompeo), when that finds something; else None."""
        read = self._name_slips.read(text)
        if read is None:
            return None
        named, slips = read
        return self._retried(named, context, (*respelt, *slips))

    def _retried(
        self, text: str, context: Context, respelt: tuple[tuple[str, str], ...]
    ) -> Answer | None:
        """A question read another way after it went unanswered, finished as a first
        reading is (its respellings noted, quotes inside quotes trimmed); None if the
        other reading finds nothing either."""
        answer = self._answer(text, context)
        if answer.abstained:
            return None
        return _outermost_quotes(_with_corrections(answer, respelt))

    def _repeated(self, question: str, context: Context) -> Answer | None:
        """The last answer again when the message asks to hear it again: "Who did Esper
        meet?" "sorry, what?" gets Singh again, not whatever a bare "what" would find."""
        if context.question is None or context.before is None:
            return None
        after_yes_no = context.question_type == "yesno"
        if not repeat_asked(question, normalise(question), after_yes_no):
            return None
        return self.answer(context.question, context.before)

    def _fragment_of_claim_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """A fragment going on with the claim just checked, answered with a fact but no
        verdict, gets the verdict of the claim it makes: "Esper n Singh met on tues" (No)
        "in delhi tho" is Yes, New Delhi, where it got a description of New Delhi. Only a
        verdict from a fact the fragment's own answer came from replaces it, so the fragment
        is never judged by something it did not ask about."""
        if (
            context.question_type != "yesno"
            or context.last_abstained
            or answer.abstained
            or answer.text.startswith(("Yes", "No"))
        ):
            return answer
        claim = claim_of_fragment(text)
        if claim is None:
            return answer
        checked = self._answer(claim, context)
        if (
            checked.abstained
            or not checked.text.startswith(("Yes", "No"))
            or set(checked.fact_ids).isdisjoint(answer.fact_ids)
        ):
            return answer
        return checked

    def _which_one_of_the_last(self, answer: Answer, text: str, context: Context) -> Answer:
        """A bare "which one?" picks among what the last answer told of, so it is answered
        from that answer's fact or not at all: "Did they agree on an agreement?" "Which
        one?" is the BECA; after "So he missed one [2+2]?" the article names none of them,
        and Esper's title is no answer."""
        if (
            answer.abstained
            or context.fact_id is None
            or BARE_WHICH_ONE.match(normalise(text)) is None
            or context.fact_id in answer.fact_ids
        ):
            return answer
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say which one.",
            context,
            notes=("a bare 'which one?' the last answer's fact does not settle",),
        )

    def _speakers_judged(self, text: str, context: Context) -> Answer | None:
        """ "Who called it one of the most significant relationships of the century?" (U.S.
        government officials) "Are they right?": asks me to judge them, which I never do;
        after any other answer "are they right?" is left to the usual readings."""
        if context.question_type != "who" or _SPEAKERS_JUDGED.match(text.strip()) is None:
            return None
        return self._abstain(
            AbstainReason.OFF_TOPIC,
            "I have no opinions of my own: I only say what the article states. "
            "Ask me what someone in it said or did.",
            context,
            notes=("asked to judge the people just named",),
        )

    def _lettered_option_picked(self, text: str, context: Context) -> Answer | None:
        """ "Which countries took part in the Tokyo talks? A) US, Japan, India, Australia
        B) US and India": the question answered alone, and the one option that answer bears
        out whole picked ("US, Japan, India, Australia: Four countries: …"). When its
        answer fits two options equally ("Which relationship is deteriorating? A) US-India
        B) US-China") or is a denial, no pick is made. None when the question alone is not
        answered or fits no option: the options are read as before."""
        quiz = lettered_split(text)
        if quiz is None:
            return None
        answer = self._answer(quiz.question, context)
        # "US-India relations are: A) improving B) worsening": a "Yes." to the bare stem
        # picks no option (its words matched "worsening"); each completed claim decides.
        if quiz.completes and (answer.abstained or verdict_of(answer) is not None):
            # "Choose: the Tokyo talks were A) bilateral B) quadripartite": each completed
            # sentence put as a claim, the one the article bears out picked; no pick made
            # otherwise, never a yes or no to the whole message.
            return self._asked_of_each(
                completed_claims(quiz.question, quiz.options), context
            ) or self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't settle which of those options is right.",
                context,
                notes=("lettered options completing a sentence",),
            )
        if answer.abstained:
            # "Which of the following did the DoD statement mention? A) China B) secure
            # communications C) Modi": each option asked alone, so that one the article
            # never names ("Modi") leaves the others to be settled.
            return self._asked_of_each(each_option_asked(quiz.question, quiz.options), context)
        if self._denied(answer):
            return self._abstain(
                AbstainReason.AMBIGUOUS,
                f"I can't pick one of those options: the article says “{answer.text}”.",
                context,
                notes=("lettered options asked of something the article denies",),
            )
        read = read_once(self._named_in)
        at = option_borne_out(quiz.options, answer.text, read)
        if at is not None and self._part_of_the_countries(quiz.options[at], answer.text, read):
            at = None
        if at is None:
            if _options_fitting(quiz.options, answer.text, read) > 1:
                return self._abstain(
                    AbstainReason.AMBIGUOUS,
                    f"The article doesn't settle which one: it says “{answer.text}”.",
                    context,
                    notes=("lettered options the answer fits more than one of",),
                )
            if any(NONE_OF_THEM.match(option) for option in quiz.options):
                # "Where did Begin go? A) Tokyo B) Washington C) none of the above": the
                # article's answer ("New Delhi"), with no letter picked for it, as an option
                # worded unlike the answer ("India") may still be meant.
                return replace(answer, notes=(*answer.notes, "no lettered option borne out"))
            # "US-India relations are described as A) cooling B) heating up rapidly": the
            # blank's answer (officials' "most significant" words) fits none; each option
            # completing the sentence is put as a claim instead.
            if not quiz.completes:
                return None
            return self._asked_of_each(completed_claims(quiz.question, quiz.options), context)
        # "Tokyo: In Tokyo, Japan", as an option picked among listed ones is put.
        picked = quiz.options[at][:1].upper() + quiz.options[at][1:]
        return replace(answer, text=f"{picked}: {answer.text}")

    def _compared_point_by_point(self, text: str, context: Context) -> Answer | None:
        """ "Compare the Tokyo talks with the New Delhi meeting: who, where, how many
        countries": each point asked of each thing alone, and all the answers given thing by
        thing; an abstention when any is not answered, as half a comparison (or an answer
        about something else, Pompeo's press conference) would mislead."""
        compared = compared_asked(text)
        if compared is None:
            return None
        answers = [[self._single(q, context) for q in asked] for asked in compared.questions]
        if any(answer.abstained for row in answers for answer in row):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "I can't compare those point by point from the article; ask about each one on "
                f"its own (“{compared.questions[0][0]}”).",
                context,
                notes=("a comparison with a point not answered for both",),
            )
        said = " ".join(
            f"{thing}: "
            + "; ".join(f"{point}: {a.text}" for point, a in zip(compared.points, row, strict=True))
            + "."
            for thing, row in zip(compared.things, answers, strict=True)
        )
        every = [a for row in answers for a in row]
        return replace(
            every[0],
            text=said[:1].upper() + said[1:],
            quotes=tuple(dict.fromkeys(q for a in every for q in a.quotes)),
            fact_ids=tuple(dict.fromkeys(f for a in every for f in a.fact_ids)),
            confidence=min(a.confidence for a in every),
        )

    def _part_of_the_countries(
        self,
        option: str,
        answer_text: str,
        read: Callable[[str], tuple[frozenset[str], frozenset[str]]],
    ) -> bool:
        """ "Which countries took part in the Tokyo talks? A) US and India", "the Tokyo talks
        were A) bilateral": an option naming several countries claims them as all of them,
        which an answer naming more (the four) does not bear out."""
        option_countries = {e for e in read(option)[0] if self._kind(e) == "country"}
        answer_countries = {e for e in read(answer_text)[0] if self._kind(e) == "country"}
        return len(option_countries) >= 2 and option_countries < answer_countries

    def _denied(self, answer: Answer) -> bool:
        """Whether an answer rests on a fact saying something did not happen ("Which
        statement mentions China?" → "The Defense Department statement does not explicitly
        mention China"): its subject is no option to pick."""
        facts = self.factbase.facts
        return any(facts[f].negative for f in answer.fact_ids if f in facts)

    def _named_in(self, phrase: str) -> Reading:
        """The things a phrase names and the terms of its other words: "US and India" →
        ({united-states, india}, {}); "Defence Minister" → the terms of its words, as the
        office names no one by itself."""
        parsed = parse(phrase, self.index)
        covered = {at for link in parsed.entities for at in range(max(link.start, 0), link.end)}
        rest = [w for at, w in enumerate(parsed.words) if at not in covered]
        return frozenset(parsed.entity_ids), terms_of(rest)

    def _asked_again_elsewhere(self, text: str, context: Context) -> Answer | None:
        """ "Tell me about the Tokyo talks." "What did they agree there?" "And in New
        Delhi?": the last question again, asked of the place now named instead of the one it
        named ("there", "in Tokyo"), read afresh: "they" are whoever was in New Delhi (the
        BECA), not what New Delhi is. Not of a question about "he" or "she", who stays."""
        asked = _ELSEWHERE_ASKED.match(text.strip())
        if asked is None:
            return None
        place = self._only_place_in(asked["place"])
        if place is None:
            return None
        last = self._last_asked_of_a_place(context)
        if not _ASKED_OF_SOMETHING.match(last) or _HE_OR_SHE.search(last):
            return None
        if self._named_only_in_our_words(asked["place"], place):
            # "What happened in New Delhi?" "and in Beijing?": Beijing finds China, but
            # nothing the article tells happened in Beijing.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't mention {asked['place'].strip()}, so I can't say what "
                "happened there.",
                context,
                notes=("the last question, asked of a place the article never names",),
            )
        question = self._asked_of_place(last, f"{asked['prep']} {asked['place']}")
        if question is None:
            return None
        answer = self._answer(f"{question}?", Context(turn=context.turn))
        return replace(
            answer,
            notes=(*answer.notes, "the last question, asked of another place"),
            context=replace(answer.context, asked_of_place=question),
        )

    def _only_place_in(self, words: str) -> str | None:
        """The place or country the words name and nothing more ("Tokyo", "the State
        Department"); None for words saying more ("the statement, China is mentioned")."""
        parsed = parse(words, self.index)
        if len(parsed.entity_ids) != 1 or self._kind(parsed.entity_ids[0]) not in (
            "place",
            "country",
        ):
            return None
        covered = {at for link in parsed.entities for at in range(max(link.start, 0), link.end)}
        rest = [w for at, w in enumerate(parsed.words) if at not in covered and w != "the"]
        return None if rest else parsed.entity_ids[0]

    @staticmethod
    def _last_asked_of_a_place(context: Context) -> str:
        """The last question, or the one the last "and in X?" asked again of X: "What did
        Pompeo say at the State Department?" "and in Tokyo?" "and in New Delhi?" asks what
        Pompeo said in New Delhi."""
        last = (context.question or "").strip().rstrip("?!. ")
        if _ELSEWHERE_ASKED.match(last) and context.asked_of_place:
            return context.asked_of_place
        return last

    def _asked_of_place(self, last: str, at_place: str) -> str | None:
        """The last question put of the place ("in Tokyo"): its own place swapped ("what
        did they agree in New Delhi" → "… in Tokyo"), a where question asked as whether it
        was there ("where did Esper meet Singh" → "did Esper meet Singh in Tokyo"), else
        the place put after it ("when did Esper meet Singh" → "… in Tokyo": not there).
        None when the place it names is not at its end ("who did Esper meet in New Delhi
        on Monday"): swapping it there would misread it."""
        without = self._without_its_place(last)
        if without is not None:
            return f"{without} {at_place}"
        where = _WHERE_ASKED.match(last)
        if where is not None:
            return f"{where['aux']} {where['rest']} {at_place}"
        if any(self._kind(e) == "place" for e in parse(last, self.index).entity_ids):
            return None
        return f"{last} {at_place}"

    def _without_its_place(self, last: str) -> str | None:
        """The question without the place it ends on ("…there", "…in Tokyo", "…in new
        delhi", "…at the State Dept"), or None when it ends on none."""
        without, swapped = _PLACE_ASKED_OF.subn("", last)
        if swapped == 1:
            return without
        # Typed in lower case: "what did esper do in new delhi" "and in tokyo?".
        found = _LOWER_PLACE_AT_END.search(last)
        if found is not None and self._only_place_in(found["words"]) is not None:
            return last[: found.start()]
        return None

    def _named_only_in_our_words(self, words: str, entity_id: str) -> bool:
        """Whether a country is named by an alias of ours alone, never the article's: "in
        Beijing" (China), "in Washington" (the U.S.) name a city the article never does."""
        entity = self.factbase.entities[entity_id]
        if entity.kind != "country":
            return False
        said = " ".join(_linkable_words(words))
        ours = {" ".join(_linkable_words(a)) for a in entity.maintainer_aliases}
        theirs = {" ".join(_linkable_words(a)) for a in (entity.name, *entity.aliases)}
        return said in ours and said not in theirs

    @staticmethod
    def _there_of_an_unanswered_where(text: str, context: Context) -> bool:
        """The question points at "there" (or "then") just after a where (or when) question
        that went unanswered, so the place (or time) it means is one the article never
        gave: "where did he hold a press conference?" "what did he say there?"."""
        if not context.last_abstained:
            return False
        last = _ASKED_WHERE_OR_WHEN.match(normalise(context.question or ""))
        if last is None:
            return False
        pointer = "there" if last["wh"] == "where" else "then"
        words = normalise(text).split()
        return pointer in words and words[:1] != [last["wh"]]

    def _one_of_them_picked(self, text: str, context: Context) -> Answer | None:
        """ "Who went to Tokyo?" (Esper and Pompeo) "Which one met Singh?": asked as "who met
        Singh?", answered by those of the last answer's people it names (Esper). None unless
        the last answer named two or more people, the question picks among them and the
        who-question's answer names one of them ("which one is from America?" is left to
        the readers of sides)."""
        people = [e for e in context.answer_entities if self._kind(e) == "person"]
        asked = which_of_them_asked(text) if len(people) > 1 else None
        if asked is None:
            return None
        answer = self._answer(asked, context)
        if answer.abstained:
            return None
        named = {m for e in answer.context.answer_entities for m in self.index.expand(e)}
        chosen = [person for person in people if person in named]
        if not chosen:
            return None
        names = " and ".join(self.factbase.entities[person].name for person in chosen)
        return replace(answer, text=names)

    def _undated_then_unplaced(self, text: str, context: Context) -> Answer | None:
        """ "Pompeo held a press conference." "Where was Esper then?": the article dates the
        press conference against nothing Esper did, so it doesn't say (it got "In New
        Delhi"). Only for someone the last answer's fact leaves out and names ("where was he
        then?" after "Begin" asks where Begin was, which his visit answers)."""
        last = self.factbase.facts.get(context.fact_id or "")
        if last is None and not context.question:
            return None
        when = last.roles.get("when") if last is not None else None
        if not undated_then_asked(text, when.answer if when else None, context.question):
            return None
        named = {link.entity for link in parse(text, self.index).entities if link.start >= 0}
        people = {e for e in named if self._kind(e) == "person"}
        if not people or (last is not None and people <= set(last.entities)):
            return None
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say where they were at that time: it dates nothing they did "
            "to then.",
            context,
            notes=("where someone was then, at a time the article does not date",),
        )

    def _then_as_its_day(self, text: str, context: Context) -> str:
        """ "Who met Singh on Monday?" "Where was Pompeo then?": asked of that day (it got
        the undated State Department press conference), as "where was Pompeo on Monday?"."""
        last = self.factbase.facts.get(context.fact_id or "")
        when = last.roles.get("when") if last is not None else None
        day = when.answer if when is not None else None
        return then_dated(text, day, context.question, context.asked) or text

    def _its_country_named(self, text: str, context: Context) -> str:
        """The text with "its" before a noun said as the one country the last answer was
        about: "Name the quad countries." "The last one?" (Australia) "Did its minister meet
        Esper?" asks of Australia's minister, not of India's, whom the article has meet him."""
        if _ITS_NOUN.search(text) is None:
            return text
        about = context.answer_entities or context.entities
        if len(about) != 1 or self._kind(about[0]) != "country":
            return text
        name = self.factbase.entities[about[0]].name
        owner = f"{name}'" if name.endswith("s") else f"{name}'s"
        return _ITS_NOUN.sub(owner, text)

    def _wrong_claim_then_question(
        self, text: str, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Esper met Singh in Mumbai, and also who signed BECA?", "esper met singh in
        mumbai. who signed it?": a claim the article contradicts, then a question; both are
        answered (No, with what it says; then the question), not one dropped. None when the
        claim holds or the article doesn't say, for the usual reading (a recap before a
        question: "Esper met Singh? whats singh's job" asks the job)."""
        found = _CLAIM_THEN_QUESTION.match(text.strip())
        if found is None or QUESTION_START.match(found["claim"]):
            return None
        claim = f"{found['claim']}?"
        if not self._names_something(claim):
            return None
        checked = self._answer(claim, context)
        if checked.abstained or not checked.text.startswith("No."):
            return None
        asked = self._answer(found["asked"], checked.context)
        if asked.abstained:
            return None
        return self._multi([claim, found["asked"]], context, notes)

    def _by_whom_of_unconfirmed(self, context: Context) -> Answer:
        """ "By whom?" after a passive question answered No or not at all: "Was China
        criticized?" (no) "By whom?" has no act to name a doer of; read as "who?" about
        China it named China's Communist Party, which the article never says criticized."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't name anyone who did that: it doesn't say it happened.",
            context,
            notes=("'by whom?' after a question the article didn't confirm",),
        )

    def _between_whom_of_answered(self, text: str, context: Context) -> str:
        """ "who is it between?", "between whom?" after an answer that named one event or
        agreement ("what did Esper and Singh meet ahead of?": the 2+2 Dialogue) asks it of
        that thing, "who is the 2+2 Dialogue between?", not of the meeting the question
        before was about (whose sides are Esper and Singh)."""
        if not context.answer_entities or _BETWEEN_WHOM.match(text.strip()) is None:
            return text
        things = [e for e in context.answer_entities if self._kind(e) in _THINGS_BETWEEN_SIDES]
        if len(things) != 1 or len(context.answer_entities) != 1:
            return text
        return f"who is {self.factbase.entities[things[0]].name} between?"

    @staticmethod
    def _remembering(answer: Answer, question: str, context: Context) -> Answer:
        """The answer, its next context keeping the question and the context it was asked
        in (one turn back only), for a request to repeat it."""
        before = replace(context, question=None, before=None)
        confirmed = verdict_of(answer) == "yes"
        return replace(
            answer,
            context=replace(answer.context, question=question, before=before, confirmed=confirmed),
        )

    def _answer(self, question: str, context: Context) -> Answer:
        """One reading of a question, which many readers re-ask in other words ("was that
        the Indian side?" asks "who said that?"). Each rewrite is meant to be shorter, but
        nothing enforces it: past MAX_REASK_DEPTH nested re-asks the bot stops and says so."""
        depth = _REASK_DEPTH.get()
        if depth >= MAX_REASK_DEPTH:
            return self._abstain(AbstainReason.AMBIGUOUS, _REASKED_TOO_OFTEN, context)
        token = _REASK_DEPTH.set(depth + 1)
        try:
            answer = self._order_not_a_yes(question, self._answer_once(question, context), context)
            return (
                self._half_refuted_by_same(question, answer, context)
                or self._halves_all_borne_out(question, answer, context)
                or answer
            )
        finally:
            _REASK_DEPTH.reset(token)

    def _order_not_a_yes(self, question: str, answer: Answer, context: Context) -> Answer:
        """ "Where was the press conference?" … "Did he go to Tokyo before or after that?":
        an either-or of time is no yes-or-no question (it got "Yes. Earlier this month…"), so
        a Yes or No to it says the article doesn't give the order."""
        if answer.abstained or not answer.text.startswith(("Yes", "No.", "No,", "No:")):
            return answer
        if EITHER_ORDER.search(normalise(question)) is None:
            return answer
        return self._abstain(AbstainReason.NOT_IN_ARTICLE, ORDER_NOT_GIVEN, context)

    def _answer_once(self, question: str, context: Context) -> Answer:
        notes: list[str] = []
        # Every character CONTROL matches is unprintable: most questions skip the scan.
        text = MENTION.sub(" ", question if question.isprintable() else CONTROL.sub(" ", question))
        if len(text) > MAX_QUESTION_CHARS:
            text = text[:MAX_QUESTION_CHARS]
            notes.append(
                f"Your message was long; I read its first {MAX_QUESTION_CHARS} characters."
            )
        # "Who is Mark Esper, dear?", "Why…? Please teach me.": said to me, not asked.
        text = vocatives_dropped(text, self._names_person)
        enumerated = enumerated_questions(text)  # "Q1: Where…? Q2: When?", "(a) … (b) …"
        if enumerated is not None and len(enumerated) > 1:
            return self._multi(enumerated, context, notes)
        text = enumerated[0] if enumerated is not None else text
        # "what did they agree on plus who put out the statement": one question per join.
        text = runon_joined(text)
        corrected = self._wrong_claim_then_question(text, context, notes)
        if corrected is not None:
            return corrected
        # Before any reading drops a dash's aside: "Esper — I mean Pompeo — where did he…?"
        text = (
            name_corrected(text)
            or name_then_question(text, self._names_person)  # "Rajnath Singh who is he"
            or name_then_bare_who(text, self._names_person)  # "Singh who?", "Pompeo, who is he"
            or name_said_after(text, self._names_person)  # "…his first one? esper's i mean"
            # "How many times has Singh done a 2+2, no sorry I meant Esper"
            or name_taken_back_after(text, self._names_person)
            or text
        )
        text = question_put_again(text)  # "what was the point, like what did they…"
        # "Esper met Singh? whats singh's job"
        text = question_after_recap(text, self._names_something) or text
        text = doubt_dropped(
            text, self.index.vocabulary.__contains__
        )  # "who said it -- pompeo?", "Singh -- or was it …"
        text = announcement_dropped(text)  # "right, quiz q: who'd esper meet?"
        text = aspect_lead_dropped(text)  # "same for the date. Confirm it was Oct. 27."
        # "whilst he was there did they mention china?": asked of the place last spoken of
        text = while_there_dropped(text, self._conversation_place(context))
        unplaced = self._undated_then_unplaced(text, context)  # "…press conference." "Esper then?"
        if unplaced is not None:
            return unplaced
        text = self._then_as_its_day(text, context)  # "When…?" "Where was Pompeo then?"
        by_whom = by_whom_asked(text, context.claim)  # "Was India represented?" "By whom?"
        if by_whom is not None and not context.confirmed:
            return self._by_whom_of_unconfirmed(context)
        text = by_whom or text
        if not context.empty:
            text = one_of_them_meant(text) or text  # "How many countries?" "Was India one?"
        text = self._its_country_named(text, context)  # "the last one?" (Australia) "its minister…"
        text = self._between_whom_of_answered(text, context)  # "…ahead of what? between whom?"
        text = instructions_dropped(text)  # "Use the text: why …?", "… (use the countries)"
        text = plainly_asked(text)  # "A patron asks what…", "Remind me about Begin"
        picked = self._one_of_them_picked(text, context)  # "Who went?" "Which one met Singh?"
        if picked is not None:
            return picked
        ordered = person_ordered_against(text, self._names_person)  # "who … before Esper?"
        if ordered is not None:
            return self._abstain(AbstainReason.NOT_IN_ARTICLE, ordered, context)
        unpointed = self._said_that_with_nothing_before(text, context)  # "who said that?" first
        unpointed = unpointed or self._it_names_nothing(text, context)  # "was it named…?" first
        if unpointed is not None:
            return unpointed
        whole = (
            self._lettered_option_picked(text, context)  # "Who went? A) Begin B) …"
            or self._compared_point_by_point(text, context)  # "Compare A with B: who, …"
            or self._speakers_judged(text, context)  # "Who called it…?" "Are they right?"
            or self._each_office_claimed(text, context)  # "esper = defence sec, singh = …?"
            or self._each_whereabouts_claimed(text, context)  # "esper in india and…"
            or self._home_country_unplaced(text, context)  # "was esper in the us?"
        )
        if whole is not None:
            return whole
        # "> esper met singh in mumbai\nis that true?", "wait what, they met where??"
        text = surprised_what_dropped(quoted_claim_asked(text))
        text = restated_claim_asked(text)  # "so you're saying they met in Mumbai?"
        text = read_out_claim_asked(text)  # "It also says this was Esper's third 2+2."
        text = refusal_read_as_not(text)  # "Why did India walk away from the BECA?"
        text = question_word_fronted(text)  # "and the 'two largest democracies' are who?"
        text = whose_options_asked(text)  # "whose statement was it - American or Indian?"
        part = self._part_of_claim_asked(text, context)  # "so the date part was right?"
        if part is None:
            # "Who met Singh?" "So the date part was right?": no date was put to check.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The last question put no such part to check; ask it as a question of its own.",
                context,
                notes=tuple(notes),
            )
        text = part
        if UNREAL_CONDITIONAL.search(normalise(text)) is not None:
            return self._what_would_have_been(parse(text, self.index), context)
        if WHY_LEFT_OUT.search(normalise(text)) is not None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say why not: it gives no reason for leaving anyone or "
                "anything out.",
                context,
            )
        text = sports_talk_read(text)  # "who was on the pitch?": who took part
        pushed = (
            self._pushed_back(text, context)
            or self._bare_follow_up(text, context)
            or self._more_asked(text, context)
        )
        if pushed is not None:
            return pushed
        # "What is BECA - is it an agreement on exchanges and cooperation?": asked without
        # the guess, which is kept to be confirmed when the answer bears out its every word.
        guessing = text
        text = self._message_read(text, context)
        text, context = self._as_meant(text, context)
        described = self._described_answered(text, context)
        if described is not None:
            return described  # "Where was the man who met Singh earlier this month?"
        # "Did Esper and Pompeo both speak at the State Department?", "Who visited New Delhi:
        # Esper, Begin, or both?": each person weighed alone.
        paired = (
            self._both_named_checked(text, context)
            or self._both_claim_checked(text, context)  # "Esper and Singh are both American"
            or self._pair_claim_checked(text, context)  # "Pompeo and Esper spoke at State"
            or self._pair_of_them_checked(text, context)  # "are they both from India?"
            or self._named_options_chosen(text, context)
            or self._praise_of_other_checked(text, context)  # "did Esper praise India's army?"
        )
        if paired is not None:
            return paired
        if DOCUMENT_TEXT_ASKED.search(normalise(text)) is not None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't give that text; it quotes only a few phrases.",
                context,
                notes=tuple(notes),
            )
        if REPORT_DATE_ASKED.search(normalise(text)) is not None:
            # "What was the date of the statement?": the statement is undated; the Monday
            # its facts give is the meeting's.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE, REPORT_UNDATED, context, notes=tuple(notes)
            )
        if MASS_AMOUNT_ASKED.search(normalise(text)) is not None:
            # "did they say how much info tho", "how much information will they share?": an
            # amount of something uncounted, which no count the article gives ("two
            # militaries") is; "how much countries…", put for "how many", still counts.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say how much.",
                context,
                notes=tuple(notes),
            )
        if context.last_abstained and THAT_CONFIRMED.match(normalise(text)):
            # "What did they eat?" (not in the article) "Are you sure?": no answer to confirm.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "Yes: the article doesn't say that, and I only answer what it states.",
                context,
                notes=tuple(notes),
            )
        described = self._description_doubted(text, context)
        if described is not None:
            return described
        if context.last_abstained and LAST_QUESTION_ECHOED.match(normalise(text)):
            # "Did they meet Modi?" (not in the article) "Did they?": the same unanswered
            # question, not a new one about whatever the conversation was last about.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say, so I can't answer that either.",
                context,
                notes=tuple(notes),
            )
        again = (
            unanswered_asked_again(normalise(text), context.question)
            if context.last_abstained
            else None
        )
        if again is not None:
            # "Where was the first 2+2 held?" (not in the article) "And when?": when that
            # was, not when the conversation's last answered event was.
            answer = self._answer(again, context)
            return replace(answer, notes=(f"read as '{again}'", *answer.notes))
        noun_again = one_put_for_the_last_noun(normalise(text), context.question)
        if noun_again is not None:
            # "Who is the Indian foreign minister?" "And the US defence one?": the same
            # question of the US defence minister (Esper), not of "US defence" ties.
            # When that finds nothing, a follow-up to an answer is read as before ("Who is
            # the US defence secretary?" "And the Indian one?": Singh, India's own person).
            answer = self._answer(noun_again, context)
            if not answer.abstained or context.last_abstained:
                return replace(answer, notes=(f"read as '{noun_again}'", *answer.notes))
        filled = (
            self._blank_filled(text, context, notes)
            or self._timed_premise_checked(text, context)
            or self._granted_premise_answered(text, context)
        )
        if filled is not None:
            return filled
        text = self._party_of_person(text, context)  # "Singh's party?", "party?" after Singh
        text = self._count_for_person(text, context)  # "Esper's count?" after a count
        text = wh_list_request_dropped(text)  # "give me the who, where and when of …"
        text = self._pair_meeting_spelled_out(text)  # "the Esper-Singh meeting"
        text = place_of_earlier_event_asked(text)  # "…hosted the talks Esper attended before…"
        # "the 2+2 has been held five times": a count of 2+2s
        text = times_held_as_count(text, self._names_counted_event)
        if context.fact_id is None:
            text = meeting_put_for_it(text)  # "it was on a friday right", asked first
            text = bare_wh_list_asked(text)  # "who/when/where, one line": the main event's
        text = label_given_asked(
            best_describes_asked(lettered_options(versus_then_order(order_verb_asked(text))))
        )
        text = bare_view_asked(text)  # "and their verdict on the defence relationship?"
        text = self._ordinal_one_named(text, context)
        text = self._being_at_place_as_present(text)  # "which countries were in Tokyo?"
        text = self._event_named_for_that(text, context)
        text = self._went_next(text, context)
        text = role_in_story(
            about_then_question(recalled_part_asked(fill_in_the_blank(options_set_aside(text))))
        )
        text = guess_dropped(text)  # "What is a 2+2, is it some arithmetic thing?"
        text = other_one_who_asked(text)  # "And the other American who visited Delhi?"
        text = relation_name_asked(text)  # "name of Singh's counterpart": who is
        if len(self._the_pair(context)) < 2:
            # "which one is from India?" with no people to choose from: who is; after an
            # answer naming two, "which one" picks one of them.
            text = which_one_person_asked(text)
        text = chatter_dropped(text) or text  # "thanks! who met Singh?": the question
        text = concession_dropped(text)  # "Even without naming China, is countering…?"
        text = self._granted_premise_dropped(text, context)  # "Given that …, was this…?"
        text = lead_in_dropped(text)  # "In that case, what does the article give as…?"
        text = self._after_the_question(text)
        text = self._people_meant(text)  # "what does 'the two men' refer to?": who
        whose = (
            self._group_quoted_asked(text, context)  # "is anyone from India quoted?"
            or self._own_words_asked(text, context)  # before "…exact quote on X" is "…say"
            or self._side_of_words_answered(text, context)  # "was that the US or Indian side?"
            or self._unheard_side_asked(text, context)  # "India's official reaction?"
            or self._statement_as_source_asked(text, context)  # "did the DoD statement say…"
            or self._statement_speaker_pointed(text, context)  # "…mention China?" "who said it?"
        )
        if whose is not None:
            return whose
        # Before "…in quotes" is dropped as a way of answering: "what's in quotes in ¶1?"
        listed = (
            self._quotations_listed(text, context, [])
            or self._whose_pointed_words(text, context)
            or self._phrase_repeated(text, context)
            or self._paragraph_of_last(text, context)
            or self._quotation_end_checked(text, context)
            or self._writer_or_speaker(text, context)
        )
        if listed is not None:
            return listed
        text = sentence_about_asked(quote_form_dropped(directive_dropped(text)))
        text = mention_context_asked(text)  # "in what context is Japan mentioned?"
        text = tensions_as_relations(text)  # "are tensions with China growing?"
        text = setting_moved_after(
            indefinite_asked(why_said_asked(how_it_went_asked(line_on_asked(text))))
        )
        text = property_of_done_asked(text)  # "what quality of the ties did they praise?"
        text = name_spelling_asked(text)  # "how does the article spell Begin's name?"
        text = source_of_claim_asked(text)  # "who is the source for the BECA claim?"
        text = whose_words_asked(text)  # "'two largest democracies' - whose words?"
        text = host_place_asked(text)  # "Who's the host country for the meeting?"
        text = meeting_before_dialogue_named(text)  # "who was at the meeting ahead of the 2+2?"
        if context.empty:
            # "who took part in the New Delhi meeting?"; after the Tokyo talks "the meeting"
            # would be read as theirs, so only a first question is read so.
            text = delhi_meeting_named(text)
        text = sides_person_asked(text)  # "US principal at the Oct. 26 bilat?"
        text = hit_place_visited(text)  # "which State Dept official recently hit Delhi?"
        text = companion_asked(text)  # "Esper's companion in Tokyo?": who went with him
        text = and_give_own_asked(text)  # "Name X and give his title": "… and what is his…"
        text = place_gloss_dropped(text)  # "…in Mumbai, India's commercial capital?"
        text = only_or_too_asked(text)  # "Is it just A, or B too?"
        text = count_options_joined(text)  # "three countries or four?"
        named = self._kind_named_checked(text, context)
        if named is not None:
            return replace(named, notes=(*notes, *named.notes))
        normalised = normalise(text)
        if not normalised:
            return self._abstain(
                AbstainReason.EMPTY,
                "Ask me a question about the U.S.–India defense talks. " + HELP_TEXT,
                context,
                notes=tuple(notes),
            )
        if ARITHMETIC.match(text.strip()):
            return self._abstain(
                AbstainReason.OFF_TOPIC,
                "That's arithmetic, not the article. " + HELP_TEXT,
                context,
                notes=tuple(notes),
            )
        chat = chit_chat(normalised)
        if chat is not None:
            return self._abstain(AbstainReason.CHIT_CHAT, chat, context, notes=tuple(notes))
        if CREATIVE_ASKED.search(normalised):
            return self._abstain(
                AbstainReason.OFF_TOPIC,
                "I don't write jokes, poems or stories. " + HELP_TEXT,
                context,
                notes=tuple(notes),
            )
        if EARLIER_POST_ASKED.search(normalised):
            # "What position did Esper hold before?": a post held at some earlier time,
            # which the article never gives; not what came "ahead of the 2+2".
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say. It gives only the posts people hold now.",
                context,
                notes=tuple(notes),
            )
        if PRICE_PAID_ASKED.search(normalised):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say: it gives no price or concession for the agreement.",
                context,
                notes=tuple(notes),
            )
        if self._persons_boss_asked(normalised):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say: it names offices, not who answers to whom.",
                context,
                notes=tuple(notes),
            )
        if EARLIER_OCCURRENCE_ASKED.search(normalised):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say: it tells nothing of earlier meetings one by one.",
                context,
                notes=tuple(notes),
            )
        if return_asked(normalised):
            # "When Esper goes back to Washington?": no return is told, so no trip to
            # correct ("Not to Washington: …") and no day of the meeting to give.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE, RETURN_UNTOLD, context, notes=tuple(notes)
            )
        holder = self._holder_now(normalised, context, notes)
        if holder is not None:
            return holder
        gloss = self._gloss_asked(normalised)
        if gloss is not None:
            # "What even is logistics in a military?": what the word means, which the article
            # never says (it lists logistics among areas of cooperation).
            text = normalised = gloss
        unnamed = self._names_of_last(normalised, context) or self._names_of_unnamed_group(
            normalised, context
        )
        if unnamed is not None:
            return unnamed
        elsewhere = self._asked_again_elsewhere(text, context)  # "…there?" "and in New Delhi?"
        if elsewhere is not None:
            return elsewhere
        if self._there_of_an_unanswered_where(text, context):
            # "Where did he hold a press conference?" (not said of him) "What did he say
            # there?": there is nowhere the conversation has; not New Delhi, where he was.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say where that was, so I can't say what happened there.",
                context,
                notes=tuple(notes),
            )
        given = (
            self._detail_given(text, context)
            or self._title_put(text, context)
            or self._title_said(text, context)
            or self._deputy_ruled_out(text, context)
            or self._verbatim_checked(text, context)
        )
        if given is not None:
            return given
        either = self._mention_of_either(normalised, context, notes)
        if either is not None:
            return either
        passage = (
            self._mentions_counted(text, context, notes)
            or self._listed_item(text, context, notes)
            or self._it_as_last_country(text, context)
            or self._timeline_asked(text, context, notes)
            or self._which_paragraph(text, context, notes)
            or self._paragraph_content(text, context, notes)
            or self._in_paragraph(text, context, notes)
        )
        if passage is not None:
            return passage
        odd = (
            self._odd_one_out_by_country(text, context, notes)
            or self._quotation_checked(text, context, notes)
            or self._odd_one_out(text, context, notes)
            or self._asked_of_each(listed_choices(text, self.index.is_alias), context)
            or self._relations_worded(text, context, notes)
            or self._word_for_thing(text, context)
            or self._word_used(normalised, context, notes)
            or self._adverb_used(normalised, context, notes)
            or self._word_meaning(normalised, context, notes)
            or self._range_asked(normalised, context, notes)
            or self._examples_of_last(normalised, context, notes)
            or self._quoted_after(text, context, notes)
            or self._phrase_quoted(normalised, context, notes)
        )
        if odd is not None:
            return odd
        guessed = self._guessed(text, context)
        if guessed is None and _guess_put_aside(guessing, text):
            guessed = self._described_guess_confirmed(guessing, context)
        if guessed is not None:
            return replace(guessed, notes=(*notes, *guessed.notes))
        everyone = self._everyone_national_checked(text, context)
        if everyone is not None:
            return replace(everyone, notes=(*notes, *everyone.notes))
        premised = self._premise_checked(text, context)
        if premised is not None:
            return replace(premised, notes=(*notes, *premised.notes))
        at_end = question_at_end(text)
        if at_end is None:
            at_end = topic_then_question(text) or self._named_short_lead(text)
            claimed = self._lead_claim_checked(at_end, context) if at_end is not None else None
            if claimed is not None:
                if not claimed.abstained:
                    return replace(claimed, notes=(*notes, *claimed.notes))
                at_end = None  # a claim nobody can check is no setting for the question
        if at_end is not None:
            asked = self._asked_after_background(*at_end, context)
            if asked is not None and self._not_verbatim(text, asked):
                return self._abstain(
                    AbstainReason.NOT_IN_ARTICLE,
                    "The article doesn't use those exact words.",
                    context,
                    notes=(*notes, "quoted words not in the article"),
                )
            if asked is not None:
                return replace(asked, notes=(*notes, *asked.notes))
        relative = self._relative_clause_refuted(text, context)
        if relative is not None:
            return replace(relative, notes=(*notes, *relative.notes))
        parts = split_multi(text)
        if len(parts) == 1:
            parts = split_asked_for(text)
        if len(parts) > 1:
            return self._multi(parts, context, notes)
        run = type_run_asked(normalised)
        if run:
            return self._multi(run, context, notes)
        two = TWO_TYPES.match(normalised)
        if two:
            return self._multi(
                [f"{two['a']} {two['rest']}", f"{two['b']} {two['rest']}"], context, notes
            )
        if context.empty:
            # "Singh signed it in Washington?" asked first: what one signs is an agreement.
            text = SIGNED_IT.sub(r"\1 the agreement", text)
        result = (
            self._backdrop_claim_checked(text, context)
            or self._keyword_office_checked(text, context)
            or self._single(text, context)
        )
        if result.abstained:
            result = self._keyword_detail_checked(text, context) or result
        if result.abstained:
            result = self._threat_holder_checked(text, context) or result
        if result.abstained:
            result = self._other_largest_democracy(text, context) or result
        if result.abstained:
            result = self._said_claim_checked(text, context) or result
        if result.abstained:
            result = self._joined_claim_refuted(text, context) or result
        if result.abstained:
            result = self._claim_over_alternative(text, context) or result
        if notes:
            result = replace(result, notes=(*notes, *result.notes))
        return result

    def _relative_clause_refuted(self, text: str, context: Context) -> Answer | None:
        """ "T/F: Esper and Pompeo took part in the Tokyo talks, which included China.": the
        clause claims something of what it follows ("the Tokyo talks included China"), which
        the article contradicts; the claim as a whole is then false, though its first part
        holds. None when the clause holds or cannot be checked: the usual reading stands."""
        found = RELATIVE_CLAUSE_CLAIM.match(text.strip())
        if found is None:
            return None
        lead = found["lead"] or "is it true that "
        main = self._single(f"{lead}{found['main']}?", context)
        if not main.text.startswith(("Yes", "True")):
            return None
        clause = self._single(f"{lead}{found['antecedent']} {found['clause']}?", context)
        if clause.abstained or not clause.text.startswith(("No", "False")):
            return None
        return replace(clause, notes=(*clause.notes, "a relative clause checked as a claim"))

    def _keyword_office_checked(self, text: str, context: Context) -> Answer | None:
        """ "singh foreign minister", "australia quad participant?": a search query of a
        name and an office, or of a name, an event and a word for taking part, is checked
        as "is Singh foreign minister?" ("No. … Defense Minister.") or "was Australia in
        the quad?" ("Yes. …"), not read for any minister or anyone at the talks the
        article names; None for any other."""
        words = normalise(text).split()
        if not words or (OFFICE_NOUNS.isdisjoint(words) and words[-1] not in MEMBER_NOUNS):
            return None
        parsed = parse(text, self.index)
        kinds = self.index.factbase.entities
        named = [
            link
            for link in parsed.entities
            if kinds[link.entity].kind in ("person", "country") and link.start == 0
        ]
        if len(parsed.entities) > 2 or len(named) != 1 or parsed.qtype not in ("keyword", "who"):
            return None
        name = (named[0].start, named[0].end)
        person = kinds[named[0].entity].kind == "person"
        membership = member_claim(parsed.words, name)
        claim = membership or (
            office_claim(parsed.words, name)
            if person and len(parsed.entities) == 1 and parsed.qtype == "keyword"
            else None
        )
        if claim is None:
            return None
        answer = self._answer(claim, context)
        if membership is not None and not self._takes_part_in_cited(answer, [named[0].entity]):
            return None
        return answer if verdict_of(answer) is not None else None

    def _takes_part_in_cited(self, answer: Answer, members: list[str]) -> bool:
        """Whether a Yes to "was X in the event?" cites a fact naming X among those taking
        part in it (its doers, the other party, or what it was between): "singh 2+2 member"
        got Yes from the 2+2's description, which names no one in it, and "india 2+2
        participant" cited Esper's second 2+2. A No or no verdict needs no such check."""
        if verdict_of(answer) != "yes":
            return True
        entry = self.index.by_id.get(answer.fact_ids[0]) if answer.fact_ids else None
        if entry is None:
            return False
        roles = entry.role_entities
        taking_part = frozenset().union(
            *(roles.get(role, frozenset()) for role in ("who", "with_whom", "what"))
        )
        return all(member in taking_part for member in members)

    def _keyword_detail_checked(self, text: str, context: Context) -> Answer | None:
        """ "esper singh meeting tuesday", "esper singh mumbai meeting", "four 2+2 dialogues
        so far": a search query the keywords found nothing for, with a day, a place, an
        ordinal or a count in it, is checked as the claim it puts up ("was the esper singh
        meeting in mumbai?": "No. … in New Delhi …"); None when no claim settles it."""
        # "2+2 = 4?" is a sum, not a count of dialogues; a form's "field = value" has its
        # own reader.
        if "=" in text or question_type(normalise(text).split()) != ["keyword"]:
            return None
        parsed = parse(text, self.index)
        kinds = self.index.factbase.entities
        if parsed.qtype != "keyword" or not names_an_event(
            parsed.words, [kinds[link.entity].kind for link in parsed.entities]
        ):
            return None
        # One word the article never uses may be a place it puts up ("mumbai"); several
        # are gibberish ("zxqv singh blorp").
        unknown = set(parsed.unknown) if len(parsed.unknown) == 1 else set()
        places = [
            i
            for i, word in enumerate(parsed.words)
            if (word in unknown and word.isalpha())
            or any(
                link.start == i
                and link.end == i + 1
                and kinds[link.entity].kind in ("place", "country")
                for link in parsed.entities
            )
        ]
        # "singh part of 2+2": a Yes must cite a fact with Singh taking part in it.
        members = (
            [
                link.entity
                for link in parsed.entities
                if kinds[link.entity].kind in ("person", "country")
            ]
            if puts_up_membership(parsed.words)
            else []
        )
        for claim in detail_claims(parsed.words, places):
            answer = self._answer(claim, context)
            if verdict_of(answer) is not None:
                return answer if self._takes_part_in_cited(answer, members) else None
        return None

    def _claim_over_alternative(self, text: str, context: Context) -> Answer | None:
        """ "Did they meet in Mumbai rather than in the capital?": the claim is No when the
        article contradicts it; Yes only when it holds and the alternative set against it
        does not ("in Delhi rather than Tokyo?"); else None, and the abstention stands."""
        split = claim_and_alternative(text)
        if split is None:
            return None
        claim, other = split
        answer = self._answer(claim, context)
        verdict = verdict_of(answer)
        if verdict == "no":
            return answer
        if verdict == "yes" and verdict_of(self._answer(other, context)) == "no":
            return answer
        return None

    def _backdrop_claim_checked(self, text: str, context: Context) -> Answer | None:
        """ "US-India relations are cooling off as China tensions rise, correct?": the ties'
        claim is No (heating up), whatever the backdrop; when it holds, the backdrop is
        checked too, and the whole is No when the article contradicts it ("…heating up as
        China tensions ease?"), Yes when it bears it out. None when either is unsettled,
        and the whole is read as one: read so, the backdrop's words would be taken for
        the claim ("…cooling off as China tensions rise" got Yes from the souring China
        ties)."""
        split = backdrop_split(text)
        if split is None:
            return None
        main, backdrop = split
        answer = self._answer(main, context)
        verdict = verdict_of(answer)
        if verdict == "no":
            return replace(answer, notes=(f"'{main}' checked without its backdrop", *answer.notes))
        if verdict != "yes":
            return None
        against = self._answer(backdrop, context)
        if verdict_of(against) == "no":
            return replace(against, notes=(f"the backdrop '{backdrop}' checked", *against.notes))
        return answer if verdict_of(against) == "yes" else None

    def _other_largest_democracy(self, text: str, context: Context) -> Answer | None:
        """ "did officials call china one of the world's two largest democracies?", "is
        Japan one of the two largest democracies?": the two are the U.S. and India, so
        another country named among them is No."""
        normalised = normalise(text)
        fact = self.factbase.facts.get("largest-democracies")
        if fact is None or _LARGEST_DEMOCRACIES.search(normalised) is None:
            return None
        parsed = parse(text, self.index)
        countries = {e for e in parsed.entity_ids if self._kind(e) == "country"}
        others = countries - set(fact.entities)
        if not others or "not" in normalised.split():
            return None
        return self._direct(
            text="No. U.S. officials called the U.S. and India the world's two largest"
            " democracies.",
            facts=[fact],
            confidence=1.0,
            parsed=parsed,
            context=context,
            notes=[],
        )

    def _threat_holder_checked(self, text: str, context: Context) -> Answer | None:
        """ "pompeo said the chinese people are the threat", "did Pompeo call India a
        threat?": No, with the threat he named (China's Communist Party's); "in pompeo's
        view, is china's communist party an ally of free nations?": No, a threat. A holder
        the article may mean (China, its government) is left to the usual reading."""
        claim = threat_claim(normalise(text))
        fact = self.factbase.facts.get("ccp-threat")
        if claim is None or fact is None:
            return None
        linked = parse(claim.holder, self.index).entity_ids
        words = set(claim.holder.split())
        if claim.made == "ally":
            if "ccp" not in linked:
                return None
            said = "No. Pompeo spoke of the threat posed by China's Communist Party"
        elif "ccp" in linked or not linked:
            return None
        elif not PEOPLE_WORDS.isdisjoint(words) or "china" not in self._countries_of(linked):
            # "the chinese people" are not the Party; India is no holder he named.
            said = "No. Pompeo named the threat posed by China's Communist Party"
        else:
            return None
        return self._direct(
            text=f"{said}, which free nations could work together to thwart.",
            facts=[fact],
            confidence=1.0,
            parsed=parse(text, self.index),
            context=context,
            notes=[],
        )

    def _said_claim_checked(self, text: str, context: Context) -> Answer | None:
        """ "the pentagon said the BECA was signed to counter china, didn't it?": a report
        put as a sentence, left unanswered, is asked as "did the pentagon say …?"; only a
        reading that answers replaces the abstention."""
        asked = said_claim_asked(text)
        if asked is None:
            return None
        answer = self._single(asked, context)
        if answer.abstained:
            return None
        return replace(answer, notes=(f"read as '{asked}'", *answer.notes))

    def _halves_all_borne_out(self, text: str, whole: Answer, context: Context) -> Answer | None:
        """ "Confirm: Pompeo was quoted, and Esper was not.": a No to two claims joined, read
        as one (it got "No. The article calls him Secretary Pompeo…"), where the article
        bears out each claim asked alone, is their Yes, with each one's words; so is an
        abstention ("Confirm: Pompeo was quoted, and Singh was not."). None when the whole is
        a Yes, or any claim alone is not a Yes."""
        if not whole.abstained and not whole.text.startswith(("No", "False")):
            return None
        claims = joined_claims(text)
        if claims is None:
            return None
        answers = []
        for claim in claims:
            answer = self._answer(claim, context)
            if answer.abstained or not answer.text.startswith("Yes"):
                return None
            answers.append(answer)
        joined = _joined_verdicts(answers)
        return replace(joined, notes=("each of the claims joined borne out", *joined.notes))

    def _half_refuted_by_same(self, text: str, whole: Answer, context: Context) -> Answer | None:
        """ "Confirm: the two countries have had three such dialogues, and Esper attended all
        three.": a Yes to two claims joined, where the very sentence that Yes rests on
        refutes one of them ("this is the second time Esper…"), is that claim's No (it got
        Yes). None when the whole is no Yes or no half is refuted by the Yes's own facts."""
        if whole.abstained or not whole.text.startswith(("Yes", "True")):
            return None
        claims = joined_claims(text)
        if claims is None:
            return None
        for claim in claims:
            answer = self._answer(claim, context)
            refuted = not answer.abstained and answer.text.startswith(("No", "False"))
            if refuted and set(answer.fact_ids) & set(whole.fact_ids):
                return replace(answer, notes=(f"'{claim}' of two claims joined", *answer.notes))
        return None

    def _joined_claim_refuted(self, text: str, context: Context) -> Answer | None:
        """ "Esper went alone, Pompeo skipped it": read as one, no fact matches, but the
        article refutes either claim (Pompeo took part too), and two claims joined are false
        when one is; the first refuted claim's No is the answer. None when no claim is
        refuted, as a No alone can be told without saying the rest is true."""
        claims = joined_claims(text)
        if claims is None:
            return None
        for claim in claims:
            answer = self._answer(claim, context)
            if not answer.abstained and answer.text.startswith(("No", "False")):
                return replace(answer, notes=(f"'{claim}' of two claims joined", *answer.notes))
        return None

    def _message_read(self, text: str, context: Context) -> str:
        """A long, polite message without what only surrounds its question: titles ("Mr
        Esper"), remarks after it ("…? I thought I saw the two names together."), asides
        ("…, poor man, thrown in at the deep end") and "this 2+2 business"; and its idioms
        for why ("what's it all in aid of?")."""
        text = indirect_order_asked(self._purpose_lead_dropped(self._needed_asked(text)))
        text = who_then_name_asked(text)  # "Who met Singh — first name?"
        text = which_person_is_the_asked(text)  # "Which person is the Secretary of Defense?"
        text = who_heads_asked(text, self._head_title)  # "who heads the Pentagon?"
        text = anyone_named_asked(text)  # "Anybody from Japan named?"
        text = wh_guess_dropped(text)  # "Who put out the statement - was it India?"
        text = asides_dropped(remarks_after_dropped(titles_dropped(hinglish_read(text))))
        text = own_source_tail_dropped(text)  # "…, as I wrote in my draft?"
        text = or_only_one_dropped(text)  # "did both go, or only one of them?"
        text = or_the_other_too_dropped(text)  # "did only Esper praise it or Singh too?"
        text = you_mentioned_dropped(text)  # "That dialogue you just mentioned - who…?"
        text = agent_asked(office_asked(purpose_asked(strangeness_dropped(text))))
        text = office_qualifier_dropped(text)  # "and the actual secretary of defense?"
        text = called_as_said(text)  # "Who called China's Communist Party a threat?"
        # "What did Esper say about China?" "And the Indian minister?" asks that of Singh;
        # after "Who is Begin?", "and India's foreign minister?" asks who holds the office.
        follows_other = context.question_type not in (None, "who", "who_is", "keyword") or bool(
            OTHER_WH_ASKED.match(context.asked or "")
        )
        text = referent_asked(office_holder_asked(office_alone_asked(text, follows_other)))
        text = order_as_option_asked(preceded_asked(report_frame_dropped(text)))
        return self._seeing_as_meeting(text)

    def _needed_asked(self, text: str) -> str:
        """ "I'm writing a report and I need to know who met Singh. Could you tell me?" asked
        as "who met Singh?", unless the lead names something or the question points back."""
        split = need_to_know_split(text)
        if split is None:
            return text
        lead, asked = split[0], indirect_order_asked(split[1], embedded=True)
        if not self._lead_adds_nothing(lead, asked) or POINTS_BACK.search(normalise(asked)):
            return text
        return asked

    def _lead_adds_nothing(self, lead: str, asked: str) -> bool:
        """Whether a lead names nothing the question does not already name or belong to:
        "I'm writing a report on India-US ties and I need to know who met Singh" (Singh is
        India's); not "about the Tokyo talks, I need to know which countries took part"."""
        named = parse(asked, self.index).entity_ids
        covered = set(named).union(*(self._within(e) for e in named))
        return covered.issuperset(parse(lead, self.index).entity_ids)

    def _purpose_lead_dropped(self, text: str) -> str:
        """ "For my essay: was Australia at the Tokyo talks?" asked as "was Australia at the
        Tokyo talks?". A lead naming something ("My section on BECA: when was it agreed?")
        or a question pointing back to it keeps the whole message."""
        split = purpose_lead_split(text)
        if split is None:
            return text
        lead, rest = split
        if parse(lead, self.index).entity_ids:
            return text
        if POINTS_BACK.search(normalise(rest)):
            # "My notes on the agreement: when was it reached?", "I had it in my head they
            # met in Mumbai — is that right?": the lead says what "it" or "that" is.
            return text
        return rest

    def _seeing_as_meeting(self, text: str) -> str:
        """ "Esper flew to Washington to see Singh, didn't he?": seeing someone the article
        names is meeting them ("to meet Singh"); "saw India's statement" is no meeting."""

        def met(found: re.Match[str]) -> str:
            if not self._person_first(found["name"]):
                return found[0]
            return _MEETING_FOR_SEEING[found["verb"].lower()]

        return _SEE_PERSON.sub(met, text)

    def _person_first(self, words: str) -> bool:
        """Whether these words open with a person, by name or title ("Singh", "the SecDef",
        "the Indian defence minister"), not with what someone owns ("Singh's statement",
        "India's statement")."""
        raw = words.split()
        at = 1 if raw and raw[0].lower() in _PERSON_DETERMINERS else 0
        parsed = parse(" ".join(raw), self.index)  # "the SecDef": "secretary of defense"
        linked = [k for k in parsed.entities if k.start >= 0]
        first = min(linked, key=lambda k: k.start, default=None)
        if first is None or first.start != 0 or self._kind(first.entity) != "person":
            return False
        # "Singh's statement" is his; "India's defence minister" is a person all the same.
        end = at + first.end - 1
        last = raw[end] if end < len(raw) else ""
        return not last.endswith(("'s", "’s", "'", "’"))

    def _more_asked(self, text: str, context: Context) -> Answer | None:
        """ "BECA" "More on that": what the article says of the one thing the conversation
        is about, as "tell me about the BECA" gives it, not the last answer again; None
        when it is about no one thing (the message is then read as any other)."""
        if context.empty or context.last_abstained or not MORE_ASKED.match(normalise(text)):
            return None
        subject = self._one_subject(context)
        if subject is None:
            return None
        answer = self._answer(f"tell me about {self.factbase.entities[subject].name}", context)
        return replace(answer, notes=(*answer.notes, "follow-up: more about the last subject"))

    def _one_subject(self, context: Context) -> str | None:
        """The one entity the last question asked about, else the one its answer named."""
        for entities in (context.entities, context.answer_entities):
            if len(set(entities)) == 1 and entities[0] in self.factbase.entities:
                return entities[0]
        return None

    def _pushed_back(self, text: str, context: Context) -> Answer | None:
        """ "How many 2+2s have there been?" (three) "really? I read it was four": the
        asker's value against the same kind of value in the last answer's fact (a day or
        date, a place, a count, a person, a trend). Consistent gets "Yes", contradicted
        gets "No" and what the article says, with its quote; anything else is read as any
        other message (None): "I read it was in Washington" after "at the State Department"
        is neither."""
        fact = self.factbase.facts.get(context.fact_id or "")
        if fact is None or context.last_abstained:
            return None
        claim = pushed_claim(text) or self._bare_place_claim(text, fact)
        if claim is None:
            return None
        answered = Answered(fact, fact.roles.get(context.role or ""))
        parsed = parse(f"was it {claim}", self.index)
        lead = self._pushback_lead(claim, parsed, answered)
        if lead is None:
            return None
        role = answered.role
        stated = set(normalise(fact.statement).split())
        said = set(normalise(answered.text).split())
        if role is not None and any(_value_kind(w) == "count" for w in said - stated):
            # "Four countries: …" is the answer; the statement lists them without a count.
            lead = f"{lead} {role.answer.rstrip('.')}."
        return self._direct(
            text=f"{lead} {fact.statement}",
            facts=[fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=["the asker's value checked against the last answer"],
        )

    @staticmethod
    def _bare_place_claim(text: str, fact: Fact) -> str | None:
        """ "Where did Esper meet Singh?" "It was in Tokyo.": a bare claim of a place is
        checked against the last answer's fact when that fact gives a place; after one
        with none ("how many 2+2s?") it is read as any other message."""
        return bare_place_claim(text) if "where" in fact.roles else None

    def _identity_fact(self, entity_id: str) -> str | None:
        entity = self.factbase.entities.get(entity_id)
        return entity.identity_fact if entity is not None else None

    def _within(self, entity_id: str) -> frozenset[str]:
        return self.index.part_of.get(entity_id, frozenset())

    def _pushback_lead(self, claim: str, parsed: Parsed, answered: Answered) -> str | None:
        """ "Yes, …" when every value the claim gives agrees with the fact's and its other
        words are the answer's own; "No. …" when a value is another of the same kind."""
        linked = [link.entity for link in parsed.entities]
        verdicts = [
            date_verdict(claim, answered),
            count_verdict(claim, answered),
            trend_verdict(claim, answered),
            entity_verdict(
                linked, answered, self._kind, self._covers, self._identity_fact, self._within
            ),
        ]
        role_name = answered.role.name if answered.role is not None else ""
        if parsed.unknown_names and not linked and role_name in ("where", "who", "with_whom"):
            # "I thought it was Mumbai" after "where?": a name the article never uses.
            verdicts.append(Verdict.CONTRADICTED)
        left = leftover_terms(parsed)
        if Verdict.CONTRADICTED in verdicts:
            return "No. The article says:" if len(left) <= 2 else None
        if negated(claim) != negated(answered.fact.statement):
            return None  # "I read it didn't explicitly" is no value to check
        if not said_by_answer(left, answered):
            return None  # "I thought it was interesting"
        if Verdict.CONSISTENT in verdicts or left:
            return "Yes, that's what the article says:"
        return None

    def _names_something(self, question: str) -> bool:
        """Whether the question names something the article has ("whats singh's job"), and
        so needs no words said before it."""
        return bool(parse(question, self.index).entities)

    def _names_person(self, words: str) -> bool:
        """Whether the words are all a person's name the article uses ("Rajnath Singh")."""
        named = self.index.aliases.get(tuple(_linkable_words(words)))
        return named is not None and self._kind(named) == "person"

    def _as_meant(self, text: str, context: Context) -> tuple[str, Context]:
        """The message as the question it stands for in the conversation, and the context
        to read it in: a correction asks the last question again of what was meant, "says
        who?" asks the last answer's source, and a lead announcing a new question goes."""
        text = self_corrected(text) or text  # "what city.. i mean what country?"
        text = rephrased(text) or text  # "let me put it better: what was agreed?"
        text = trend_asked(text) or text  # "us-china ties - improving?"
        # "did the meeting happen while China relations were getting worse?"
        text = backdrop_trend_asked(text) or text
        text = article_source_asked(text)  # "whose statement is the article based on?"
        text = options_first_asked(text) or text  # "Singh, Esper — which one's Indian?"
        # "Does the article talk about China?" "But the Pentagon statement?"
        text = source_swapped(text, context.claim) or text
        corrected = None if context.empty else correction_asked(text) or self._swapped(text)
        if corrected is not None:
            text = corrected  # "no, I meant Esper": the last question, asked of Esper
        elif not context.empty and SOURCE_ASKED.match(normalise(text)):
            text = "who said that?"  # "says who?", "source?": of the last answer
        elif not context.empty and SURE_ASKED.match(normalise(text)):
            text = "is that right?"  # "are you sure?": the last answer, confirmed
        elif ARTICLE_NAMES_ASKED.match(normalise(text)) and (
            context.empty or ARTICLE_NAMING_SAID.search(normalise(text))
        ):
            text = "which people are named in the article?"  # "names?", asked first
        switched = topic_switched(text)
        if switched is None:
            return text, context
        return switched, self._switched_context(switched, context)

    def _swapped(self, text: str) -> str | None:
        """ "Pompeo, not Begin": the last question of Pompeo, when both are names the article
        has; "not now, later" is no such swap."""
        asked = swapped_name(text)
        if asked is None:
            return None
        named = [link for link in parse(text, self.index).entities if link.start >= 0]
        return asked if len({link.entity for link in named}) >= 2 else None

    def _new_thing_asked(self, text: str, context: Context) -> Answer | None:
        """ "Who issued the statement?" (the Department) "What agreement?": a short question
        naming a thing of its own, which the last answer has nothing on, is asked of the
        article, not of the statement; one pointing back ("what else?", "that one?") stays
        with the conversation."""
        if context.fact_id is None:
            return None
        parsed = parse(text, self.index)
        if (
            # an agreement is a thing of its own; "which country?", "what city?" ask those
            # of the last answer
            parsed.wanted_kind != "agreement"
            or parsed.pronouns
            or parsed.unknown
            or parsed.qtype not in ("what", "keyword")
            or not _POINTS_BACK.isdisjoint(parsed.words)
            or len(parsed.words) > NEW_THING_WORDS
        ):
            return None
        fresh = self._kept_to_scene(
            text,
            Context(turn=context.turn),
            self._read_and_answer(text, Context(turn=context.turn)),
        )
        return None if fresh.abstained else fresh

    def _switched_context(self, question: str, context: Context) -> Context:
        """ "Another question: who is Singh?": a question that names what it asks about is
        read fresh, as the asker says; one that points back ("…where did he go?") still
        needs the conversation to say who."""
        parsed = parse(question, self.index)
        if not parsed.entities or parsed.pronouns or not _POINTS_BACK.isdisjoint(parsed.words):
            return context
        return Context(turn=context.turn)

    @cached_property
    def _name_beginnings(self) -> dict[tuple[str, ...], dict[str, tuple[str, str]]]:
        """For each beginning of a person's name as the article writes it ("mark t",
        "rajnath"), the people it begins and, for each, the rest of the name ("Esper",
        "Singh") and the whole name. A beginning that is a title ("secretary of defense")
        or a small word begins no name."""
        beginnings: dict[tuple[str, ...], dict[str, tuple[str, str]]] = {}
        for entity in self.factbase.entities.values():
            if entity.kind != "person":
                continue
            for alias in entity.aliases:
                shown = alias.split()
                words = [_BLANK_WORD.findall(w.lower()) for w in shown]
                if any(len(w) != 1 for w in words) or len(shown) < 2:
                    continue  # "U.S." is two words as a blank's context reads it
                said = tuple(w[0] for w in words)
                if said[0] in TITLE_WORDS or said[0] in STOPWORDS:
                    continue
                for size in range(1, len(said)):
                    rest = " ".join(shown[size:])
                    beginnings.setdefault(said[:size], {})[entity.id] = (rest, alias)
        return beginnings

    def _rest_of_name(
        self, before: list[str], after: list[str], text: str, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Mark T. ___", "Rajnath ___, India's defense minister": a blank right after the
        beginning of someone's name is the rest of the name (Esper, Singh), not his title."""
        for size in (3, 2, 1):
            people = self._name_beginnings.get(_as_adjectives(before[-size:]))
            if people is None or len(before) < size:
                continue
            if len(people) != 1:
                return None
            person, (rest, whole) = next(iter(people.items()))
            if after and not TITLE_WORDS.isdisjoint(_BLANK_WORD.findall(rest.lower())):
                # "the US and Indian ____ and defense ministers": a title's words go on
                # after the blank, so "Indian" begins no one's title there.
                return None
            identity = self._identity_of(person)
            if identity is None or whole not in identity.quote.text:
                return None
            return self._direct(
                text=rest,
                facts=[identity],
                confidence=0.9,
                parsed=parse(text, self.index),
                context=context,
                notes=[*notes, "the blank, filled with the rest of the name"],
                about=[person],
            )
        return None

    def _blank_filled(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Fill in the blank: …relationships of the ___ century.": the words that stand
        there in the one sentence of the article the words around the blank come from.
        Several blanks ("enhancing secure ___ capabilities; … engagement on ___") are each
        filled, or none is."""
        blanks = blank_contexts(text)
        if not blanks:
            return None
        if len(blanks) == 1:
            before, after = blanks[0]
            if not before:
                return None  # "___ visited New Delhi": who, asked as a question instead
            rest_of_name = self._rest_of_name(before, after, text, context, notes)
            if rest_of_name is not None:
                return rest_of_name
        filled = [self._blank_words_found(before, after) for before, after in blanks]
        if any(found is None for found in filled):
            return None
        facts = list(dict.fromkeys(fact for fact, _ in filter(None, filled)))
        return self._direct(
            text="; ".join(words for _, words in filter(None, filled)),
            facts=facts,
            confidence=0.9,
            parsed=parse(text, self.index),
            context=context,
            notes=[*notes, "the blank, filled from the article's own sentence"],
        )

    def _before_a_name(self, words: str) -> str:
        """ "Esper is the US Secretary of ____": a blank at the end is filled up to the
        first small word or the start of someone's name ("Defense", not "Defense Mark")."""
        kept = _up_to_small_word(words).split()
        for at, word in enumerate(kept[1:], start=1):
            if tuple(_BLANK_WORD.findall(word)) in self._name_beginnings:
                return " ".join(kept[:at])
        return " ".join(kept)

    def _blank_words_found(self, before: list[str], after: list[str]) -> tuple[Fact, str] | None:
        """The fact and its own words that stand in one blank between `before` and `after`
        ("on monday oct ___" → "26"), when exactly one sentence has them there."""
        # The sentences to look in: the candidates the words around the blank find through
        # the index (not a scan of every fact), each folded once.
        ranked = self._rank(parse(" ".join(before + after), self.index))
        sentences = [(r.entry.fact, fold_quotes(r.entry.fact.quote.text).lower()) for r in ranked]
        # Where a longer run of the words before the blank stands in each sentence: a
        # shorter run must fill the blank there. "US-India relations are ___": not
        # "relations are deteriorating sharply" of India-China, further on.
        anchors: dict[int, list[int]] = {}
        for width in (4, 3, 2):
            found: dict[str, tuple[Fact, str]] = {}
            lead, tail = before[-width:], after[:width]
            if len(lead) + len(tail) < 2:
                continue
            lead_found = re.compile(r"\b" + r"\W+".join(map(_blank_word_pattern, lead)))
            # A clause needs more of the sentence around it to be that sentence's: "at a time
            # when ___", not "said that ___", which many sentences may go on from.
            clause = not tail and len(lead) >= 3 and lead[-1] in _CLAUSE_OPENERS
            pattern = re.compile(
                r"\b"
                + r"\W+".join(map(_blank_word_pattern, lead))
                + (_BLANK_CLAUSE if clause else _BLANK_WORDS)
                + (
                    r"\W+" + r"\W+".join(map(_blank_word_pattern, tail)) + r"\b"
                    if tail
                    else _BLANK_END
                    if clause
                    else r"(?=[,;:.”\"()]|$)"
                )
            )
            for at, (fact, sentence) in enumerate(sentences):
                # (a sentence without the longer run is not the one the blank is from)
                said = self._blank_at_anchor(
                    pattern, sentence, anchors.get(at, []) if anchors else None
                )
                if said is not None:
                    words = said[1] if tail or clause else self._before_a_name(said[1])
                    if words:
                        found.setdefault(words, (fact, words))
            if not anchors and lead:
                for at, (_, sentence) in enumerate(sentences):
                    ends = [m.end() for m in lead_found.finditer(sentence)]
                    if ends:
                        anchors[at] = ends
            if len(found) == 1:
                fact, words = next(iter(found.values()))
                start = fold_quotes(fact.quote.text).lower().find(words)
                return fact, fact.quote.text[start : start + len(words)] if start >= 0 else words
        return None

    @staticmethod
    def _blank_at_anchor(
        pattern: re.Pattern[str], sentence: str, anchors: list[int] | None
    ) -> re.Match[str] | None:
        """The blank's words in the sentence, right after where a longer run of the words
        before it stood (when one did), else anywhere."""
        for said in pattern.finditer(sentence):
            if anchors is None or any(not sentence[a : said.start(1)].strip() for a in anchors):
                return said
        return None

    def _described_guess_confirmed(self, text: str, context: Context) -> Answer | None:
        """ "What does 2+2 refer to - is it a dialogue between the foreign and defence
        ministers?": "Yes:" and the definition when it has every word of the guess; else
        nothing, and the definition alone answers (a guess is never called wrong here)."""
        guessed = self._guessed(text, context)
        if guessed is None or not guessed.text.startswith("Yes:"):
            return None
        return guessed

    @staticmethod
    def _rank_left_out(guess: list[str], answered: str) -> bool:
        """ "Who is Begin - is he the secretary of state?": the answer's "Deputy" makes him
        another office, though every word of the guess is in it."""
        return any(w in _RANK_QUALIFIERS and w not in guess for w in normalise(answered).split())

    @staticmethod
    def _longest_guess(asked: str | None) -> int:
        """How many words a guess may have: a few, or a whole description when asked as
        "is it …?" ("what does 2+2 refer to - is it a dialogue between the foreign and
        defence ministers?"), which is only confirmed when the answer has its every word."""
        return 4 if asked is None else 10

    def _guessed(self, text: str, context: Context) -> Answer | None:
        """ "Where did Pompeo give his presser, the State Department?", "When did they meet,
        Tuesday?": the question, answered, and the guess after it confirmed or corrected.
        A guess is only called wrong when it names another thing of the answer's kind (a
        place for a place, a day for a day); otherwise the answer stands on its own."""
        found = GUESS_AFTER.match(text.strip())
        if found is None:
            return None
        if found["guess"].lower().endswith("wise"):
            return None  # "…, democracy-wise?": what the question is about, not a guess
        # "…, early in the week I think?": a hedged guess, however vague, is only a guess.
        hedge = HEDGE_AT_END.search(found["guess"])
        guess = normalise(found["guess"][: hedge.start()] if hedge else found["guess"]).split()
        if not guess or guess[0] in NOT_A_GUESS or "or" in guess:
            return None  # "…, Delhi or Mumbai?" offers options, answered elsewhere
        if len(guess) > self._longest_guess(found["asked"]) or not _NARROWING.isdisjoint(guess):
            return None  # "…, is it only between defense ministers?": more than the answer says
        if not _GUESS_ASKS.isdisjoint(guess):
            return None  # "…call the US and India - the world's two what?": still asking
        answer = self._single(found["question"], context)
        if answer.abstained or answer.role is None or len(answer.fact_ids) != 1:
            return None
        linked_asked = [*parse(found["question"], self.index).entity_ids, *context.entities]
        said = {term(w) for w in normalise(answer.text).split()}
        words = [w for w in guess if w not in STOPWORDS]
        linked = parse(" ".join(guess), self.index).entity_ids
        role = self.factbase.facts[answer.fact_ids[0]].roles.get(answer.role)
        given = set(role.entities) if role is not None else set()
        right = (
            (words and all(term(w) in said for w in words))
            or (linked and all(e in given for e in linked))
        ) and not self._rank_left_out(guess, answer.text)
        kinds = {self._kind(e) for e in given}
        if right:
            return replace(answer, text=f"Yes: {answer.text}")
        fact = self.factbase.facts[answer.fact_ids[0]]
        # An ordinal is someone's count: "which one was it for Esper, his first?" is his
        # second; "which 2+2 is this, the third?" asks no one's, and Esper's is no answer.
        counted = any(self._kind(e) == "person" and e in fact.entities for e in linked_asked)
        if any(
            w in WEEKDAYS or w in MONTHS or (w in ORDINAL_WORDS and counted) for w in words
        ) and not any(term(w) in said for w in words):
            # "…, Tuesday?": Monday.
            return replace(answer, text=f"No: {answer.text}")
        if any(w in ORDINAL_WORDS for w in words) and not counted:
            return None
        if linked and any(e not in given and self._kind(e) in kinds for e in linked):
            # "Who visited New Delhi, Begin?": the answer picked (Esper) does not make the
            # guess wrong, as another fact may have Begin do it too; the answer, no verdict.
            return answer
        if self._other_country_guessed(words, fact, role):
            # "Who put out the statement on the meeting, the Chinese government?": the
            # answer (the U.S. Defense Department) is another country's, and the fact
            # never names China, so the guess is wrong.
            return replace(answer, text=f"No: {answer.text}")
        if answer.role == "where" and words and all(is_capital_city(w) for w in words):
            # "Where did Esper and Singh meet, Beijing?": the city, which only the maintainers
            # name (for China), and no place the answer holds: New Delhi, not a reading of
            # the whole question as one about China (Pompeo's remark).
            return replace(answer, text=f"No: {answer.text}")
        return answer if hedge else None

    def _other_country_guessed(self, words: list[str], fact: Fact, role: Role | None) -> bool:
        """The guess is only a country or its government ("China", "the Chinese
        government", "Beijing"), while the answer's people or bodies all belong to other
        countries and the fact never names the guessed one."""
        if role is None or role.name not in ("who", "where") or not words:
            return False
        guessed: set[str] = set()
        for word in words:
            if word in _GOVERNMENT_NOUNS:
                continue
            linked = parse(word, self.index).entity_ids
            if len(linked) != 1 or self._kind(linked[0]) != "country":
                return False
            guessed.add(linked[0])
        answered = self._countries_of(role.entities)
        if not guessed or not answered or not all(self._countries_of([e]) for e in role.entities):
            return False
        return guessed.isdisjoint(answered) and guessed.isdisjoint(fact.entities)

    def _after_the_question(self, text: str) -> str:
        """The question without what is said after its question mark: chatter ("was it
        Tokyo or Delhi where Esper met Singh?? me and @arjun fighting") goes, and a topic
        ("it was Tokyo na? esper singh meeting") is put before the question, where it
        says what the question is about. A second question stays ("who met Singh? where?")."""
        stripped = text.rstrip()
        mark = stripped.rfind("?")
        if mark < 0 or mark == len(stripped) - 1:
            return text
        head, tail = stripped[: mark + 1], stripped[mark + 1 :].strip()
        said = normalise(tail).split()
        if not said:
            return head  # "…? 😤"
        if not _TAIL_ASKS.isdisjoint(said) or said[-1] in ("or", "and"):
            return text
        if _ANSWER_AFTER_QUESTION.match(tail):
            return text  # "…?' I wrote that they were critical of it": the answer to check
        if all(w in _SIGN_OFF or w in STOPWORDS for w in said):
            return head  # "…? quick check", "…? thanks in advance"
        named = parse(tail, self.index).entity_ids
        if not named:
            content = [
                w
                for w in said
                if w not in STOPWORDS and w not in _BANTER and term(w) in self.index.postings
            ]
            return text if content else head
        if (
            len(said) >= 2
            and FINITE_VERBS.isdisjoint(said)
            and "or" not in said
            and said[0] not in _REQUEST_WORDS  # "…? Give me the two chiefs and the city."
        ):
            return f"{tail} - {head}"  # "…? esper singh meeting": what the question is about
        return text

    def _not_verbatim(self, text: str, answer: Answer) -> bool:
        """ "Our quote says sharing is to address 'urgent global security challenges'.
        Verbatim?": a yes to the claim's sense is no yes to words the article does not have
        ("pressing", not "urgent")."""
        if answer.abstained or not answer.text.startswith("Yes") or not verbatim_checked(text):
            return False
        quoted = asked_words(text)
        return quoted is not None and self.index.quotations.find(quoted) is None

    def _lead_claim_checked(
        self, lead_and_question: tuple[str, str], context: Context
    ) -> Answer | None:
        """ "Esper met Singh on Tuesday, where did they meet?": a lead that states something
        is checked first. A wrong claim gets its correction; one the article cannot check
        gets an abstention; a right one, or a lead that states nothing, None."""
        lead = lead_and_question[0]
        said = normalise(lead).split()
        if (
            FINITE_VERBS.isdisjoint(said)
            or not HEDGES.isdisjoint(said)
            # "there was a line about…", "so I read that Esper went to India": what the asker
            # recalls of the article, not a claim about the talks.
            or said[:1] == ["there"]
            or "i" in said[:2]
        ):
            # "that data-sharing pact they agreed on": a topic, not a claim; "the meeting was
            # late October something": what the asker half remembers, to be told.
            return None
        checked = self._single(f"is it true that {lead}?", context)
        if checked.abstained and _names_a_topic(said, self._subject_names):
            # "That data-sharing pact they agreed on": a topic, no claim to check; only one
            # the article contradicts ("…they agreed on in Tokyo") is corrected.
            return None
        if checked.abstained or checked.text.startswith("No"):
            return checked
        return None

    def _premise_checked(self, text: str, context: Context) -> Answer | None:
        """ "Since Esper has been to four 2+2s, how many have the two countries had?": a
        premise the article contradicts is corrected before the question is answered, so a
        wrong "four" is not left standing; a premise it bears out, or cannot check, and a
        question it has no answer to, are left to the usual reading (None)."""
        found = PREMISE_LEAD.match(text.strip())
        if found is None:
            return None
        premise, question = found["premise"], found["question"]
        checked = self._single(f"is it true that {premise}?", context)
        if checked.abstained or not checked.text.startswith("No"):
            return None
        answer = self._asked_after_background(premise, question, context)
        outright = any(self.factbase.facts[f].negative for f in checked.fact_ids[:1])
        unanswered = answer is None or answer.reason == AbstainReason.NOT_IN_ARTICLE
        if self._count_refuted(premise, checked):
            # "Since this was Esper's first 2+2, how did he find it?": the article's own
            # count (his second) says the premise is wrong, whatever the question asks.
            outright, unanswered = True, answer is None or answer.abstained
        if outright and unanswered:
            # "Since the DOD statement slammed China by name, how did Beijing respond?": the
            # article says outright that the statement did not name China; the question
            # rests on that. (A premise refuted only by where or when something else was,
            # "since Esper signed it in Beijing, how did China react?", is left to abstain.)
            corrected = checked.text.removeprefix("No.").strip()
            return replace(checked, text=f"That's not what the article says: {corrected}")
        if answer is None or answer.abstained or answer.text.startswith("No"):
            return None
        if self._off_the_premise_event(checked, answer):
            # "Given that the Tokyo talks included China, what did the countries discuss?":
            # No, and the New Delhi summary is no answer of what was said in Tokyo.
            return checked
        corrected = checked.text.removeprefix("No.").strip()
        if corrected and corrected in answer.text:
            return answer  # "why did they sign it?": its answer is the correction itself
        # "…how many is India's total?" "How many has he attended?": he is Esper, whom the
        # premise was about, as well as what the answer was.
        both = answer.context
        both = replace(
            both,
            entities=tuple(dict.fromkeys((*both.entities, *checked.context.entities))),
            named_so_far=tuple(dict.fromkeys((*both.named_so_far, *checked.context.named_so_far))),
        )
        return replace(
            answer,
            text=f"{checked.text} As for your question: {answer.text}",
            quotes=tuple(dict.fromkeys((*checked.quotes, *answer.quotes))),
            fact_ids=tuple(dict.fromkeys((*checked.fact_ids, *answer.fact_ids))),
            confidence=min(checked.confidence, answer.confidence),
            context=both,
        )

    def _count_refuted(self, premise: str, checked: Answer) -> bool:
        """Whether a premise counting something ("Esper's first 2+2", "their four
        dialogues") is refuted by a fact that gives that count."""
        words = normalise(premise).split()
        if not any(w in NUMBER_WORDS or w in PREMISE_ORDINALS or w.isdigit() for w in words):
            return False
        first = self.index.by_id.get(checked.fact_ids[0]) if checked.fact_ids else None
        return first is not None and "how_many" in first.fact.roles

    def _timed_premise_checked(self, text: str, context: Context) -> Answer | None:
        """ "After the agreement was signed, who celebrated?": the question is asked of a
        time its lead takes for granted. When the article corrects the lead (no signing,
        only an agreement) the correction is the answer: whatever came after a signing that
        never was is no answer. A clause the article cannot check ("after the deal was
        ratified by parliament") leaves the time unknown, so nothing said of it is the
        answer either. A lead it bears out, or a bare event ("after the meeting"), is left
        to the usual reading (None)."""
        found = TIMED_PREMISE_LEAD.match(text.strip())
        if found is None:
            return None
        premise = found["premise"]
        checked = self._single(f"is it true that {premise}?", context)
        if checked.text.startswith("Yes"):
            return None
        if checked.abstained:
            if PREMISE_CLAUSE.search(premise) is None:
                return None
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say that {premise}, so it can't say what came then.",
                context,
            )
        if not checked.text.startswith("No."):
            return checked  # "The article says they agreed on it; it does not mention…"
        corrected = checked.text.removeprefix("No.").strip()
        return replace(checked, text=f"That's not what the article says: {corrected}")

    def _granted_premise_answered(self, text: str, context: Context) -> Answer | None:
        """ "Given that the Tokyo talks were in March, who attended?": the question is
        asked of what the premise names (Esper and Pompeo at Tokyo, not the New Delhi pair a
        bare "who attended?" finds), after the premise is checked. One the article
        contradicts is corrected first; one it does not bear out is said to be unsupported,
        and a question pointing into it ("Given that Begin went to Tokyo, who did he
        meet?") is not answered at all. A counterfactual ("Had the meeting been in Tokyo,
        who would have attended?") is declined."""
        if unreal_premise(normalise(text)):
            return self._what_would_have_been(parse(text, self.index), context)
        split = granted_premises(text)
        if split is None:
            return None
        premises, question = split
        premise, checked = self._first_premise_not_borne_out(premises, context)
        verdict = verdict_of(checked)
        if is_yes_no(question):
            # "Given that they met in Mumbai, was it on Monday?": only a premise the article
            # contradicts is handled here, so its Yes does not stand for Mumbai too.
            return self._after_wrong_premise(checked, question) if verdict == "no" else None
        if verdict == "yes":
            return self._answer(question, checked.context)
        if verdict == "no":
            return self._after_wrong_premise(checked, question)
        return self._after_unsupported_premise(premise, question, checked, context)

    def _first_premise_not_borne_out(
        self, premises: list[str], context: Context
    ) -> tuple[str, Answer]:
        """Each premise checked in turn, in the context the one before left ("given that
        Esper went to Tokyo, given that he met Singh": "he" is Esper): the first the article
        does not bear out, with its check, else the last one's."""
        for premise in premises:
            checked = self._single(f"is it true that {premise}?", context)
            if verdict_of(checked) != "yes":
                break
            context = checked.context
        return premise, checked

    def _after_wrong_premise(self, checked: Answer, question: str) -> Answer | None:
        """The correction of a premise the article contradicts, then the question's answer
        about what the premise named ("Given that the Tokyo talks were in August, who
        attended?" → "No. Earlier this month, Esper and Secretary Pompeo took part… As for
        your question: Esper and Secretary Pompeo…"); the correction alone when the
        question has no answer there."""
        answer = self._answer(question, checked.context)
        if not answer.abstained and self._off_the_premise_event(checked, answer):
            # "Given that the Tokyo talks included China, what did the countries discuss?":
            # the article says nothing of what was said in Tokyo; the New Delhi summary
            # found instead answers another event, so the correction stands alone.
            return checked
        if answer.abstained:
            # "Since this was Esper's third 2+2, what did he do differently?": left to the
            # usual reading, which corrects it and says the rest is not in the article.
            return self._premise_refuted(checked)
        if answer.text in checked.text:
            return checked  # "…, who went?": the correction names them already
        correction = checked.text
        if is_yes_no(question):
            # "Given that they met in Mumbai, was it on Monday?": the premise's No is not the
            # question's, whose Yes follows.
            correction = f"Not as you put it: {checked.text.removeprefix('No.').strip()}"
        return replace(
            answer,
            text=f"{correction} As for your question: {answer.text}",
            quotes=tuple(dict.fromkeys((*checked.quotes, *answer.quotes))),
            fact_ids=tuple(dict.fromkeys((*checked.fact_ids, *answer.fact_ids))),
            confidence=min(checked.confidence, answer.confidence),
        )

    def _off_the_premise_event(self, checked: Answer, answer: Answer) -> bool:
        """Whether the answer's own fact leaves out the one event the premise's correction
        is about ("Assuming Australia was not at the Tokyo talks, which countries were?":
        the Tokyo talks; every country the article names is no answer of them)."""
        corrected = self.index.by_id.get(checked.fact_ids[0]) if checked.fact_ids else None
        if corrected is None:
            return False
        events = [e for e in corrected.central if self._kind(e) == "event"]
        if len(events) != 1:
            return False
        answered = [self.index.by_id.get(f) for f in answer.fact_ids]
        return any(
            entry is not None and not self._whos_who(entry) and events[0] not in entry.involved
            for entry in answered
        )

    def _premise_refuted(self, checked: Answer) -> Answer | None:
        """ "Since the DOD statement slammed China by name, how did Beijing respond?": the
        article says outright that it did not name China, so the question has nothing to
        stand on; a premise refuted only by where or when something else was ("since Esper
        signed it in Beijing, how did China react?") is no such answer (None)."""
        if not any(self.factbase.facts[f].negative for f in checked.fact_ids[:1]):
            return None
        corrected = checked.text.removeprefix("No.").strip()
        return replace(checked, text=f"That's not what the article says: {corrected}")

    def _after_unsupported_premise(
        self, premise: str, question: str, checked: Answer, context: Context
    ) -> Answer | None:
        """A premise the article neither bears out nor contradicts outright. A question
        resting on it ("Given that Begin went to Tokyo, when was that?") has no answer: the
        article has no such trip to date. One that names its own subject, asked of the event
        the premise names ("Given the Tokyo talks happened last week, who took part?"), is
        answered there, the premise flagged as the article's no more."""
        unsupported = f"The article doesn't say that {premise.strip()}."
        if not checked.abstained:
            # "Not that the article says. U.S. Deputy Secretary of State Begin also…": what
            # it does say, instead.
            said = checked.text.removeprefix("Not that the article says.").strip()
            unsupported = f"{unsupported} It says: {said}"
        granted = parse(premise, self.index)  # read once for both the event and the people
        setting = self._premise_event_setting(granted, context)
        # "…the Tokyo talks happened last week, who was there?": "there" is the talks, which
        # did happen; not after "Begin attended the Tokyo talks", whom it never puts there.
        there_is_event = setting is not None and not self._names_a_person_or_country(granted)
        if points_into_premise(normalise(question), there_is_event=there_is_event):
            # "Given that Begin went to Tokyo, who did he meet?": "he" is Begin in Tokyo,
            # whom the article never puts there; "Given that France joined…, what role did
            # it play?": "it" is France.
            if checked.abstained:
                return checked  # "…France joined the Tokyo talks…": France is not in it
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"{unsupported} So I can't answer that as asked.",
                context,
            )
        if setting is None:
            return None  # "Given that I got 8 out of 10, …": no event to ask it of
        answer = self._answer(question, setting)
        if answer.abstained:
            return answer
        return replace(answer, text=f"{unsupported} As for your question: {answer.text}")

    def _names_a_person_or_country(self, parsed: Parsed) -> bool:
        """Whether the text names a person or a country ("Begin attended the Tokyo talks")."""
        return any(self._kind(e) in ("person", "country") for e in parsed.entity_ids)

    def _premise_event_setting(self, parsed: Parsed, context: Context) -> Context | None:
        """The context of the one event a premise (read as `parsed`) names ("the Tokyo talks
        were in March" is set at the Tokyo talks), as if it had just been asked about; None
        when it names no event, or several."""
        events = [
            link
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) == "event"
        ]
        if len({link.entity for link in events}) != 1:
            return None
        named = self._single(f"tell me about the {events[0].text}", context)
        return None if named.abstained else named.context

    def _mention_of_either(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Did the report say anything regarding emerging technologies or defence trade?":
        Yes when the article speaks of either, with what it says of each it speaks of; None
        (the usual reading) when it speaks of neither, so that nothing is denied here."""
        found = MENTION_OF_EITHER.match(text.strip())
        if found is None:
            return None
        options = [found["a"], found["b"]]
        asked = [f"{found['lead']} {option}?" for option in options]
        answers = [self._single(q, context) for q in asked]
        note = "either of two, asked of each"
        held = [
            self._as_yes(a)
            for a, option in zip(answers, options, strict=True)
            if self._speaks_of(a, option)
        ]
        if held:
            return replace(held[0], notes=(*notes, note, *held[0].notes))
        if all(a.text.startswith("No") for a in answers):
            return self._multi(asked, context, [*notes, note])
        if any(a.text.startswith("No") for a in answers):
            # "Does the statement mention China or Pakistan?": not China, and of Pakistan
            # the article says nothing; neither of the two is the answer.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                NOT_SAID,
                context,
                notes=(*notes, note),
            )
        return None

    @staticmethod
    def _speaks_of(answer: Answer, option: str) -> bool:
        """A Yes, or an answer that is no No and names every word of the option ("does the
        article mention logistics?" answered with the areas of cooperation, logistics among
        them)."""
        if answer.abstained or answer.text.startswith("No"):
            return False
        if answer.text.startswith("Yes"):
            return True
        said = normalise(answer.text)
        return all(word in said for word in option.split() if len(word) > 3)

    @staticmethod
    def _as_yes(answer: Answer) -> Answer:
        """The answer put as the Yes it amounts to."""
        if answer.text.startswith("Yes"):
            return answer
        text = answer.text.rstrip(".")
        return replace(answer, text=f"Yes. {text[:1].upper()}{text[1:]}.")

    def _names_only_a_side(self, question: str) -> bool:
        """ "There were talks in Tokyo. Who attended from the US?": a question naming only
        the side someone went for asks who went to what the background names (Esper and
        Pompeo), not who ever attended anything for it (Esper's 2+2s)."""
        parsed = parse(question, self.index)
        words = parsed.words
        named = [link for link in parsed.entities if link.start >= 0]
        return bool(named) and all(
            self._kind(link.entity) == "country"
            and _SIDE_PREPOSITIONS.intersection(words[max(0, link.start - 2) : link.start])
            for link in named
        )

    def _event_for_bare_question(self, background: str, question: str) -> bool:
        """ "OK and the Tokyo meeting, who is going?": a question naming nothing after a
        background naming an event is asked of that event (Esper and Pompeo), not read alone
        (which found the New Delhi meeting)."""
        named = parse(question, self.index).entity_ids and not self._names_only_a_side(question)
        if named or stands_for_lead(question):
            return False
        lead = parse(background, self.index)
        links = [link for link in lead.entities if link.start >= 0]
        covered = {i for link in links for i in range(link.start, link.end)}
        rest = {w for i, w in enumerate(lead.words) if i not in covered}
        # Only an event named bare: not "given that Esper has attended four 2+2s", a claim.
        return rest <= EVENT_LEAD_FILLERS and any(self._kind(e) == "event" for e in lead.entity_ids)

    def _asked_after_background(
        self, background: str, question: str, context: Context
    ) -> Answer | None:
        """ "…this four-country meeting in Japan I keep hearing about — which countries were
        in it?": the question, read after its background as after an earlier turn."""
        note = "read the question at the end of a long message: " + question
        corrected = self._background_title_corrected(background, question, context)
        if corrected is not None:
            return corrected
        # "the Tokyo talks or something, who were the countries?": a hedge after the
        # background names nothing; left in, the event would not be read as named bare.
        background = HEDGE_AT_END.sub("", background) or background

        def alone() -> Answer:
            return self._one_or_more(question, context)

        if self._points_back_only(background) and _PERSON_PRONOUNS & set(
            normalise(question).split()
        ):
            # "The person you just named - where did he go before that?": "the person" is
            # the last answer's, so the question is read as a follow-up of its own.
            return replace(alone(), notes=(note, *alone().notes))

        def after_background() -> Answer | None:
            setting = self._setting(background, context)
            return None if setting is None else self._one_or_more(question, setting)

        # "The Indian gentleman across the table from Esper, what is his name?": the name of
        # the one the background describes, not of Esper, whom it names.
        lead = background.strip()
        described = _described_by_clause(normalise(lead).split(), lead, self._subject_names)
        # "The man Esper met — what is his title?": the title of the one the clause describes,
        # never of Esper, whom it names.
        name = (OWNED_OF_LEAD if described else NAME_OF_LEAD).search(question)
        # "That data-sharing pact they agreed on, what was it called?", "the Indian official —
        # who is he?": the pronoun is the thing the background names.
        put = (
            f"{question[: name.start()]}the {name[1]} of {lead}{question[name.end() :]}"
            if name is not None
            else lead_put_for_pronoun(question, lead)
        )
        if name is not None and not any(
            self._kind(e) == "person" for e in parse(background, self.index).entity_ids
        ):
            # "the minister they met, what was his name?": no one else to be "his"
            name = put = None
        names_it = put is not None and self._lead_names_thing(background)
        article_speaks = self._article_speaks_of_lead(lead, question)
        if article_speaks or (
            put is not None and SAID_AT_END.match(question.strip()) and self._lead_is_topic(lead)
        ):
            # "Secure comms — what exactly did they say?": what they said about secure
            # communications, not whatever "they" said last.
            put, names_it = f"{question.strip().rstrip('?')} about {lead}?", True
        if article_speaks:
            # "South China Sea, what article say?": what the article says of the lead, even
            # a lead naming China; read alone, the question would be of the last answer.
            about = self._single(put or question, context)
            return replace(about, notes=(note, *about.notes))

        def named_in() -> Answer | None:
            return None if put is None else self._single(put, context)

        def nearest() -> Answer | None:
            return self._asked_after_last_sentence(background, question, context)

        def of_event() -> Answer | None:
            # "The Tokyo meeting, who went?": read as "who went the Tokyo meeting?", the
            # event its subject, as the question's own words cannot place it.
            return self._single(f"{question.strip().rstrip('?.! ')} {lead}?", context)

        # "Where was it held?" needs the background to say what "it" is; a question that
        # names its subject is read on its own first. When the background names a thing,
        # "it" is that thing: read alone, "what was it called?" would be about anything the
        # article calls something.
        refers_back = (
            bool((PRONOUN_WORDS | {"there"}).intersection(normalise(question).split()))
            or stands_for_lead(question)
            or self._bare_when_or_where(question)
            or self._names_only_a_side(question)
        )
        attempts = (
            (named_in,)
            if name is not None and names_it
            else (named_in, after_background)
            if refers_back and names_it
            else (of_event, after_background, nearest, alone)
            if self._event_for_bare_question(background, question)
            else (after_background, nearest, alone)
            if refers_back
            else (alone, after_background, nearest)
        )
        # "Begin visited New Delhi. What did he sign?": "he" is Begin, so the question read
        # alone answers only of him, never of whoever signed anything (BECA's sides).
        held = self._person_pronoun_held(background, question)
        unsaid: Answer | None = None
        for attempt in attempts:
            answer = attempt()
            if held is not None and answer is not None:
                if attempt is alone and not self._answer_involves(answer, held):
                    answer = None
                elif answer.abstained and unsaid is None:
                    unsaid = answer
            if answer is not None and not answer.abstained:
                return replace(answer, notes=(note, *answer.notes))
            if (
                answer is not None
                and attempt is named_in
                and answer.reason in (AbstainReason.AMBIGUOUS, AbstainReason.NOT_IN_ARTICLE)
                and answer.confidence == 0.0
            ):
                # "The Japanese official — who is he?": the article names no one of that
                # kind, decided (not a weak match, which has a score); read as a setting,
                # "he" would be Japan itself.
                return replace(answer, notes=(note, *answer.notes))
            if (
                answer is not None
                and attempt is after_background
                and refers_back
                and answer.reason is AbstainReason.NOT_IN_ARTICLE
                and answer.explanation is not None
                and (
                    answer.explanation.question_type in ("when", "where")
                    # "The article says ties are heating up. Which official said that?":
                    # "that" is the background's claim; read alone, it would be the last
                    # answer's source.
                    or WHO_SAID_IT.match(normalise(question)) is not None
                )
            ):
                # "And the 2+2 itself, what date was that?": "that" is the 2+2, whose date the
                # article does not give; read alone, it would be the last answer's.
                return replace(answer, notes=(note, *answer.notes))
            if attempt is of_event and answer is not None and self._event_left_undated(answer):
                # "and the Tokyo talks, what date?": the article gives the talks no date;
                # read alone, "what date?" would be the last event's (Oct. 26 in New Delhi).
                return replace(answer, notes=(note, *answer.notes))
            if answer is not None and attempt is named_in and described and name is not None:
                # "The man who met Esper — what is his first name?": read whole, the message
                # would ask Esper's; what the article cannot say of the one described is left
                # unsaid.
                return replace(answer, notes=(note, *answer.notes))
        return None if unsaid is None else replace(unsaid, notes=(note, *unsaid.notes))

    def _bare_when_or_where(self, question: str) -> bool:
        """ "and Begin's visit, what date?", "the Tokyo talks, where?": a when or where
        naming nothing is asked of the background, as "when was it?" would be; read alone
        first, it was the last answer's event (Oct. 26 in New Delhi)."""
        words = normalise(question).split()
        return (
            0 < len(words) <= _BARE_QUESTION_WORDS
            and question_type(words)[:1] in (["when"], ["where"])
            and not parse(question, self.index).entity_ids
        )

    @staticmethod
    def _event_left_undated(answer: Answer) -> bool:
        """An event's "when" the article does not give ("The article doesn't give a date
        for that; it says only 'Earlier this month'"): decided, not a weak match."""
        return (
            answer.reason is AbstainReason.NOT_IN_ARTICLE
            and answer.explanation is not None
            and answer.explanation.question_type == "when"
        )

    def _background_title_corrected(
        self, background: str, question: str, context: Context
    ) -> Answer | None:
        """ "Begin, the Deputy Secretary of Defense, visited New Delhi. What did he sign?": a
        title the background sets beside a name, which the article contradicts, is corrected,
        and the question is read after the background without it (Begin is the Deputy
        Secretary of State; the article says nothing of his signing anything)."""
        lowered = background.lower()
        if "secretary" not in lowered and "minister" not in lowered:
            return None
        found = self._miscalled_in(background, parse(background, self.index))
        if found is None:
            return None
        miscalled = found[0]
        cleaned = title_dropped(background, miscalled.title)
        if cleaned is None:
            return None
        rest = self._asked_after_background(cleaned, question, context) or self._abstain(
            AbstainReason.NOT_IN_ARTICLE, "The article doesn't say.", context
        )
        # The correction is composed as of the background (no "what did he sign?" in it to
        # bring the no-signing reply about the BECA's sides).
        corrected = self._title_correction_put(
            miscalled,
            rest,
            parse(cleaned, self.index),
            context,
            yesno=parse(question, self.index).qtype == "yesno",
        )
        if corrected is None or not rest.abstained:
            return corrected
        # The question itself unanswered is said so after the correction, not left out.
        return replace(corrected, text=f"{corrected.text} As for your question: {rest.text}")

    def _person_pronoun_held(self, background: str, question: str) -> str | None:
        """The one person the background names, whom the question's "he" or "she" can only
        be: "Begin visited New Delhi. What did he sign?" (Begin); else None."""
        if _PERSON_PRONOUNS.isdisjoint(normalise(question).split()):
            return None
        people = [e for e in parse(background, self.index).entity_ids if self._kind(e) == "person"]
        return people[0] if len(people) == 1 else None

    def _answer_involves(self, answer: Answer, person: str) -> bool:
        """Whether the answer rests on a fact about the person, in any of its roles."""
        facts = self.factbase.facts
        return any(
            person in facts[f].entities
            or any(person in role.entities for role in facts[f].roles.values())
            for f in answer.fact_ids
            if f in facts
        )

    @staticmethod
    def _points_back_only(background: str) -> bool:
        """Whether the background only points back at someone already talked about ("the
        person", "and that guy", "him"), naming nothing of its own."""
        words = normalise(background).split()
        pointers = [w for w in words if w not in _POINTING_WORDS]
        return (
            bool(words)
            and all(term(w) in BARE_PERSON_TERMS or w in PRONOUN_WORDS for w in pointers)
            and bool(pointers)
        )

    def _asked_after_last_sentence(
        self, background: str, question: str, context: Context
    ) -> Answer | None:
        """ "My great-granddaughter is doing a school project on democracy. The article
        mentions 'the world's two largest democracies' — which countries does it mean?": when
        the whole background is no setting for the question, its last sentence, the nearest
        to what "it" stands for, may be."""
        sentences = [s for s in SENTENCE_END.split(background.strip()) if s.strip()]
        if len(sentences) < 2:
            return None
        nearest = sentences[-1].rstrip(" :;,—–-")
        return self._asked_after_background(nearest, question, context) if nearest else None

    def _named_short_lead(self, text: str) -> tuple[str, str] | None:
        """ "BECA, what it is?", "Quad, what article say?": a short lead that is only a name
        the article uses, with a question that needs it (its "it", or the article speaking
        of it); read whole, "BECA what it is" found the statement that reported the BECA."""
        found = short_lead_then_question(text)
        if found is None:
            return None
        lead, question = found
        named = parse(lead, self.index)
        if not named.entities or named.terms or named.unknown:
            return None
        asked = set(normalise(question).split())
        if PRONOUN_WORDS.isdisjoint(asked) and not self._article_speaks_of_lead(lead, question):
            return None
        return found

    def _article_speaks_of_lead(self, lead: str, question: str) -> bool:
        """ "South China Sea, what article say?", "logistics, what the report mention?": the
        article is who speaks, so the short lead is what it is asked to speak of."""
        return (
            SAID_AT_END.match(question.strip()) is not None
            and not _ARTICLE_SPEAKS.isdisjoint(normalise(question).split())
            and self._lead_is_topic(lead, speakers_too=True)
        )

    def _lead_is_topic(self, lead: str, *, speakers_too: bool = False) -> bool:
        """ "Secure comms", "logistics": a short lead naming no one who could speak (a
        person, group, body or country) and claiming nothing, so a topic; with
        `speakers_too`, one naming a speaker is a topic too ("China, what article say?")."""
        said = normalise(lead).split()
        if not 0 < len(said) <= SHORT_LEAD_WORDS or not FINITE_VERBS.isdisjoint(said):
            return False
        parsed = parse(lead, self.index)
        if speakers_too:
            return bool(parsed.terms or parsed.entities or parsed.unknown)
        speakers = ("person", "group", "organisation", "country")
        return bool(parsed.terms) and not any(self._kind(e) in speakers for e in parsed.entity_ids)

    def _lead_names_thing(self, background: str) -> bool:
        """ "That data-sharing pact they agreed on", "the Indian official", "Pompeo": a lead
        that names something (with "the", or by a name the article uses) and claims nothing."""
        if NAMED_THING.match(background.strip()) is not None:
            return True
        said = normalise(background).split()
        return (
            0 < len(said) <= SHORT_LEAD_WORDS
            and FINITE_VERBS.isdisjoint(said)
            and bool(parse(background, self.index).entity_ids)
        )

    def _one_or_more(self, question: str, context: Context) -> Answer:
        """ "Two-parter: what sort of…, and … on what…?": the question after a lead may
        itself be several."""
        parts = types_alone_asked(question) or split_multi(question)
        return (
            self._multi(parts, context, []) if len(parts) > 1 else self._single(question, context)
        )

    def _setting(self, background: str, context: Context) -> Context | None:
        """What a message's background is about, as the context of an earlier turn: the
        things it names and the one fact that clearly matches it, if any. It need not be a
        question the article answers ("my friend says it was at the White House")."""
        said = self._single(background, context)
        if not said.abstained:
            return said.context
        parsed = parse(background, self.index)
        if not parsed.entities and not parsed.terms:
            return None
        ranked = self._rank(replace_unknown(parsed))  # "podcasts", "White House": chatter
        clear = (
            ranked
            and not ranked[0].missing
            and ranked[0].score >= BACKGROUND_MATCH
            and (len(ranked) == 1 or ranked[1].score < ranked[0].score - 0.05)
        )
        if not parsed.entities and not clear:
            return None  # "the meeting was late October something": one fact, or nothing
        # Without one clear fact, what it names is what "it" and "he" can refer to; with
        # one, what that fact is about ("before his trip to South Asia" is not).
        entities = [
            e
            for e in parsed.entity_ids
            if not clear
            or (e in ranked[0].entry.central and self._kind(e) not in ("place", "country"))
        ]
        return Context(
            entities=tuple(entities),
            fact_id=ranked[0].entry.fact.id if clear else None,
            # "and India, who represented it?" after the Tokyo talks: still in Tokyo
            scene=context.scene,
            turn=context.turn + 1,
        )

    def _multi(self, parts: list[str], context: Context, notes: list[str]) -> Answer:
        answers: list[Answer] = []
        current = context
        for part in parts:
            said = set(normalise(part).split())
            if (
                answers
                and answers[-1].abstained
                and (
                    PERSONAL_WORDS & said
                    # "That data-sharing pact they agreed on, what was it called?": the
                    # part that would say what "it" is found nothing.
                    or "it" in said
                )
            ):
                # "Which Indian foreign minister joined Singh, and what did he say?": with
                # no answer to who, there is no "he" to ask about; "given that France
                # joined the Tokyo talks, what role did it play?": no "it" either.
                answers.append(answers[-1])
                continue
            answer = self._answer(part, current)
            if answers and not answers[-1].abstained:
                answer = self._yesno_part_on_its_own(part, answer, answers[-1], current)
            answers.append(answer)
            if not answer.abstained:
                current = answer.context
        given = [a for a in answers if not a.abstained]
        if not given:
            first = answers[0]
            return replace(first, notes=(*notes, *first.notes))
        # A part that asks nothing ("so I read that Esper went to India, what was that
        # about?") gets no "the article doesn't say" of its own.
        texts = [
            a.text if not a.abstained else "the article doesn't say"
            for part, a in zip(parts, answers, strict=True)
            if not a.abstained or question_type(normalise(part).split()) != ["keyword"]
        ]
        texts = self._said_once(texts, answers)
        quotes: dict[tuple[int, int, str], CitedQuote] = {}
        for answer in given:
            for quote in answer.quotes:
                quotes.setdefault((quote.start, quote.end, quote.article), quote)
        fact_ids = tuple(dict.fromkeys(f for a in given for f in a.fact_ids))
        confidence = min(a.confidence for a in given)
        # A sentence only corroborating every part that quotes it stays named, not quoted.
        shown = {q for a in given for q in a.evidence}
        also = tuple(dict.fromkeys(q for a in given for q in a.also if q not in shown))
        return Answer(
            text="; ".join(dict.fromkeys(texts)),
            quotes=tuple(quotes.values()),
            corroborating=also,
            fact_ids=fact_ids,
            confidence=confidence,
            abstained=False,
            suggestions=given[-1].suggestions,
            explanation=given[0].explanation,
            role=given[0].role,
            notes=tuple(notes),
            context=self._context_of_parts(current, given),
        )

    def _yesno_part_on_its_own(
        self, part: str, answer: Answer, before: Answer, current: Context
    ) -> Answer:
        """A yes-or-no part answered from the fact the part before it was answered from,
        asked again without that fact: "what did they agree on, and did they talk about
        info sharing?" is Yes of the information sharing, not a Yes that restates the
        agreement whose sentence also mentions it. The people and places the part before
        named are kept ("they")."""
        if (
            question_type(normalise(part).split()) != ["yesno"]
            or not answer.fact_ids
            or not set(answer.fact_ids) <= set(before.fact_ids)
        ):
            return answer
        unpinned = replace(
            current, fact_id=None, pinned=None, role=None, terms=(), claim=None, asked=None
        )
        own = self._answer(part, unpinned)
        if own.abstained or set(own.fact_ids) <= set(before.fact_ids):
            return answer
        return own

    @staticmethod
    def _said_once(texts: list[str], answers: list[Answer]) -> list[str]:
        """A part already said whole inside another ("…; relations are deteriorating") is
        said once, when it quotes nothing apart from the other's quotes: "who went to Tokyo, …, and
        who went to South Asia?" keeps "Secretary Pompeo" (his trip, ¶6) after "Esper and
        Secretary Pompeo" (the Tokyo talks, ¶8)."""
        quoted = {a.text: a.quotes for a in answers if not a.abstained}

        def within(text: str, other: str) -> bool:
            return (
                text != other
                and text.lower() in other.lower()
                and all(
                    any(q.start < o.end and o.start < q.end for o in quoted.get(other, ()))
                    for q in quoted.get(text, ())
                )
            )

        return [t for t in texts if not any(within(t, o) for o in texts)]

    @staticmethod
    def _context_of_parts(current: Context, given: list[Answer]) -> Context:
        """The next turn's context after a question of several parts: the last part's, about
        what every part was about. "What is the 2+2, and which countries is it between?"
        "How many of those have there been?": of the 2+2s, not of the countries."""
        entities = tuple(dict.fromkeys(e for a in given for e in a.context.entities))
        return replace(current, entities=entities) if given else current

    def _title_of_described(self, text: str, context: Context) -> Answer | None:
        """ "What level of official made the recent New Delhi visit?": the title the article
        gives the one person who did it, found as "which official made…?" would find him."""
        found = TITLE_OF_DESCRIBED.match(normalise(text))
        national = (
            TITLE_OF_NATIONAL.match(normalise(text))
            or TITLE_HELD_BY_NATIONAL.match(normalise(text))
            if found is None
            else None
        )
        if (
            national is not None
            and self._kind(self.index.aliases.get((national["country"],), "")) != "country"
        ):
            national = None  # "the title of the senior official": of no country
        found = found or national
        if found is None:
            return None
        # "The Indian one": which Indian official.
        asked = re.sub(r" one$", " official", found["who"])
        who = self._read_and_answer(f"which {asked}", context)
        if national is not None and who.reason in (
            AbstainReason.AMBIGUOUS,
            AbstainReason.NOT_IN_ARTICLE,
        ):
            return who  # "the title of the American official?": which one, or no one
        role = (
            self.factbase.facts[who.fact_ids[0]].roles.get(who.role or "")
            if not who.abstained and len(who.fact_ids) == 1
            else None
        )
        people = [e for e in role.entities if self._kind(e) == "person"] if role else []
        if len(people) != 1:
            return None
        title = self._called_person(people[0], parse(text, self.index), context, [])
        country = self.index.aliases.get((national["country"],)) if national else None
        others = [e for e in self._persons_from(country) if e != people[0]] if country else []
        if title is None or country is None or not others:
            return title
        # "What title does the American official have?": one of several, so whose it is.
        names = [self.factbase.entities[e].name for e in others]
        also = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]
        return replace(
            title,
            text=f"{title.text} ({self.factbase.entities[people[0]].name}; the article also"
            f" names {also}, from {self.factbase.entities[country].name})",
        )

    def _persons_from(self, country: str) -> list[str]:
        """The people the article has from a country."""
        return [
            e
            for e in self.factbase.entities
            if self._kind(e) == "person" and country in self.index.part_of.get(e, ())
        ]

    @cached_property
    def _headline_people(self) -> frozenset[str]:
        """The people the headline is about: whom the article is about, first of all."""
        return frozenset(
            e
            for fact in self.factbase.facts.values()
            if fact.quote.paragraph == 0
            for role in fact.roles.values()
            for e in role.entities
            if self._kind(e) == "person"
        )

    def _people_with_titles(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "List the 4 people and their jobs", "name the people in the article and their
        titles", "list everyone named with their roles": each person the article names, with
        who he is; a number of people not the article's ("the 3 people…") gets none."""
        asked = PEOPLE_AND_TITLES.match(parsed.text)
        if asked is None:
            return None
        people = [e for e in self._of_kind.get("person", []) if self.factbase.entities[e].aliases]
        said = asked["number"]
        countries = [
            link.entity
            for link in parsed.entities
            if said
            and link.start == parsed.words.index(said)
            and self._kind(link.entity) == "country"
        ]
        if countries:
            # "List the American officials and their jobs": only those of that country.
            people = [e for e in people if countries[0] in self.index.part_of.get(e, ())]
        elif said and NUMBER_WORDS.get(said, said) not in (len(people), str(len(people))):
            # "List the 3 people and their jobs": the article names four; no three of them.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article names {len(people)} people, not {said}.",
                context,
                parsed=parsed,
            )
        if not people:
            where = self.factbase.entities[countries[0]].name
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article names no one from {where}.",
                context,
                parsed=parsed,
            )
        return self._people_listed(people, parsed, context)

    def _people_listed(self, people: list[str], parsed: Parsed, context: Context) -> Answer | None:
        """Each person as the article's fact on who he is gives him, in one answer."""
        facts = [self._identity_of(e) for e in people]
        roles = [f.roles.get("who") if f is not None else None for f in facts]
        if any(r is None for r in roles):
            return None
        texts = [r.answer for r in roles if r is not None]
        return self._direct(
            # One alone ("list the Indian officials and their titles") is no list.
            text=f"{'; '.join(texts[:-1])}; and {texts[-1]}" if len(texts) > 1 else texts[0],
            facts=[f for f in facts if f is not None],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[],
            about=people,
        )

    def _person_of_country(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Who is the guy from America?": the person of that country the article has, not
        the country. Of several, the one the conversation was just about, else the asker is
        asked which; of none, the article doesn't say."""
        country = parsed.nationality
        if (
            country is None
            or parsed.qtype not in ("who_is", "what")  # "who from India?" names whom it finds
            or parsed.wanted_kind != "person"
            or parsed.entity_ids != [country]
            or not BARE_PERSON_TERMS.issuperset(parsed.terms)
        ):
            return None
        people = self._persons_from(country)
        last = self.factbase.facts.get(context.fact_id or "")
        recent = set(context.entities + context.answer_entities + (last.entities if last else ()))
        where = self.factbase.entities[country].name
        if len(people) > 1 and not parsed.singular and PLURAL_ASKED.search(parsed.text):
            # "Who are the officials from the US?": all of them.
            return self._people_listed(people, parsed, context)
        if len(people) > 1 and len([e for e in people if e in recent]) == 1:
            people = [e for e in people if e in recent]  # "where did Esper and Singh meet?"
        elif len(people) > 1 and len([e for e in people if e in self._headline_people]) == 1:
            # Asked first, the one the article is about (its headline's), said as one of several.
            one = next(e for e in people if e in self._headline_people)
            others = [self.factbase.entities[e].name for e in people if e != one]
            found = self._read_and_answer(f"who is {self.factbase.entities[one].name}?", context)
            if found.abstained:
                return None
            also = f"{', '.join(others[:-1])} and {others[-1]}" if len(others) > 1 else others[0]
            return replace(
                found, text=f"{found.text} (the article also names {also}, from {where})"
            )
        if len(people) == 1:
            return self._read_and_answer(
                f"who is {self.factbase.entities[people[0]].name}?", context
            )
        if not people:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article names no one from {where}.",
                context,
                parsed=parsed,
            )
        names = [self.factbase.entities[e].name for e in people]
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            f"The article names more than one person from {where}: "
            f"{', '.join(names[:-1])} or {names[-1]}. Which one do you mean?",
            context,
            parsed=parsed,
            suggestions=self._suggest_for(parsed, people),
        )

    def _which_one_is_of(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Which one is American?" after Esper and Singh, "which of Esper and Singh is
        Indian?": the one of those people the article has from that country."""
        if parsed.words[:1] not in (["which"], ["who"]) and parsed.words[1:2] not in (
            ["which"],
            ["who"],
        ):
            return None
        countries = [link for link in parsed.entities if self._kind(link.entity) == "country"]
        # "Which of those are US officials?": "officials" only says they are people.
        if len(countries) != 1 or not BARE_PERSON_TERMS.issuperset(parsed.terms) or parsed.unknown:
            return None
        named = [link for link in parsed.entities if self._kind(link.entity) == "person"]
        said = {i for link in (*countries, *named) for i in range(link.start, link.end)}
        if not all(
            w in WHICH_ONE_WORDS or term(w) in BARE_PERSON_TERMS
            for i, w in enumerate(parsed.words)
            if i not in said
        ):
            return None
        people = list(dict.fromkeys(link.entity for link in named)) or self._the_pair(context)
        if len(people) < 2:
            return None
        country = countries[0].entity
        of_country = [e for e in people if country in self.index.part_of.get(e, ())]
        if len(of_country) > 1:
            return self._several_of_country(of_country, parsed, context)
        if not of_country:
            where = self.factbase.entities[country].name
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article has none of them from {where}.",
                context,
                parsed=parsed,
            )
        return self._named_with_identity(of_country[0], parsed, context, [])

    def _several_of_country(
        self, of_country: list[str], parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Which of those are US officials?" after the four people named: the three from
        the U.S.; "which one is from the US?" of them is answered "Three of them: …", not
        with one of the three."""
        if not {"them", "those", "these", "one", "ones"} & set(parsed.words):
            return None  # "which US officials?" after who took part: of those at the talks
        several = bool({"are", "were"} & set(parsed.words))
        count = NUMBER_NAMES.get(len(of_country), str(len(of_country)))
        lead = "" if several else f"{count} of them: "
        return self._naming(of_country, lead, parsed, context, [])

    def _country_s_one_at(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Who was the American at the meeting?": of those at the meeting, the one from the
        U.S.; "and the Indian?" after it asks it again of India."""
        found = COUNTRY_S_ONE_AT.match(parsed.text)
        if found is None:
            return None
        at = found.start("nat")
        countries = [
            link.entity
            for link in parsed.entities
            if link.start >= 0
            and self._kind(link.entity) == "country"
            and len(" ".join(parsed.words[: link.start])) + 1 == at
        ]
        if len(countries) != 1:
            return None
        there = self._read_and_answer(f"who was {found['at']}?", context)
        people = [
            e
            for e in dict.fromkeys((*there.context.answer_entities, *there.context.entities))
            if self._kind(e) == "person"
        ]
        if there.abstained or not people:
            return None
        of_country = [e for e in people if countries[0] in self.index.part_of.get(e, ())]
        if not of_country:
            # "Who was the Indian at the Tokyo talks?": India took part; the article names
            # no one who spoke for it.
            where = self.factbase.entities[countries[0]].name
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article names no one from {where} there.",
                context,
                parsed=parsed,
            )
        if len(of_country) > 1:
            return there  # "Who was the American at the Tokyo talks?": Esper and Pompeo
        answer = self._named_with_identity(of_country[0], parsed, context, [])
        if answer is None:
            return None
        return replace(answer, context=replace(answer.context, asked=parsed.text))

    def _which_one_titled(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Which of the two is the US defense secretary?", "which one's India's defence
        minister?": the one person the rest of the question names by his title, with who
        the article says he is (not what the title's fact says); None for anything else."""
        found = WHICH_ONE_IS.match(parsed.text)
        if found is None:
            return None
        rest = len(found["lead"].split())
        links = [link for link in parsed.entities if link.start >= rest]
        if len(links) != 1 or links[0].end != len(parsed.words):
            return None
        if not set(parsed.words[rest : links[0].start]) <= {"the"}:
            return None  # "which one is older than Singh?": more than a title
        if self._kind(links[0].entity) != "person" or self._by_own_name(links[0], parsed):
            return None  # "…and which one is Esper's?": his own 2+2, not who he is
        return self._named_with_identity(
            links[0].entity, parsed, context, [*notes, "the one the question names by his title"]
        )

    def _by_own_name(self, link: Linked, parsed: Parsed) -> bool:
        """The person is named by his name ("Esper"), not by a title ("defense secretary")."""
        name = set(normalise(self.factbase.entities[link.entity].name).split())
        return set(parsed.words[link.start : link.end]) <= name

    def _the_pair(self, context: Context) -> list[str]:
        """The people "which one?" chooses from: those of the last answer, else the two the
        conversation has named ("what's the difference between Esper and Singh?" answers
        each in turn, and leaves only Singh as the last)."""
        last = [
            e
            for e in dict.fromkeys((*context.answer_entities, *context.entities))
            if self._kind(e) == "person"
        ]
        if len(last) >= 2:
            return last
        named = [e for e in context.named_so_far if self._kind(e) == "person"]
        return named if len(named) == 2 else last

    def _by_title_answered(
        self, text: str, context: Context, within: Place | None
    ) -> Answer | None:
        """ "Which 2 people, by title, met in New Delhi?": the question without "by title",
        its people then each given as the article titles them ("Mark T. Esper, the U.S.
        Secretary of Defense; Rajnath Singh, India's Defense Minister"); None when it asks
        for no titles or its answer names no one."""
        asked = title_request_dropped(text)
        if asked is None:
            return None
        answer = self._read_and_answer(asked, context, within)
        if answer.abstained:
            return answer
        people = self._people_answered(answer)
        identities = [self._identity_of(e) for e in people]
        titled = [f for f in identities if f is not None and "who" in f.roles]
        if not titled or len(titled) != len(people):
            return None
        parsed = parse(asked, self.index)
        return self._direct(
            text="; ".join(f.roles["who"].answer for f in titled),
            facts=titled,
            confidence=answer.confidence,
            parsed=parsed,
            context=context,
            notes=[f"asked by title: {asked}"],
            about=people,
        )

    def _people_answered(self, answer: Answer) -> list[str]:
        """The people the answer names; the question's own only when it names none ("who
        is Singh's counterpart, by title?" is Esper alone, not Esper and Singh)."""
        for named in (answer.context.answer_entities, answer.context.entities):
            people = [e for e in dict.fromkeys(named) if self._kind(e) == "person"]
            if people:
                return people
        return []

    def _with_own_counterpart(self, text: str) -> str:
        """ "Did Esper and his counterpart cover logistics?": his is Esper's, so the two are
        Esper and Esper's counterpart (whom `_through_counterpart` names); "he and his
        counterpart" are the two sides just spoken of, "they"."""

        def owned(found: re.Match[str]) -> str:
            owner = found["owner"]
            if owner.lower() in ("he", "she"):
                return "they"
            # "the US secretary of defense" names the country too: the one person counts.
            linked = [e for e in parse(owner, self.index).entity_ids if self._kind(e) == "person"]
            if len(linked) != 1:
                return found[0]
            # By name: "the US secretary of defense's counterpart" would be read back from
            # "of" as "defense's".
            name = self.factbase.entities[linked[0]].name
            return f"{owner} and {name}'s {found['kind'] or ''}counterpart"

        return OWN_COUNTERPART.sub(owned, text)

    def _through_counterpart(self, text: str, context: Context) -> Answer | None:
        """ "Where is Singh's counterpart from?", "what is Esper's counterpart's title?": asked
        of the counterpart, whom "who is Singh's counterpart?" names, not of Singh."""
        found = OWNED_COUNTERPART.search(text)
        if found is None or not text[found.end() :].strip(" ?.!"):
            return None  # "who is Singh's counterpart?" itself
        if WHO_ASKED.search(text[: found.start()] + text[found.end() :]):
            return None  # "Singh's counterpart was who?": the counterpart is what is asked
        words = text[: found.start("own")].split()
        owner: list[str] = []
        while words and normalise(words[-1]) not in COUNTERPART_OWNER_ENDS:
            owner.insert(0, words.pop())
        if not owner:
            return None
        who = self._read_and_answer(f"who is {' '.join(owner)}'s counterpart?", context)
        people = [e for e in who.context.answer_entities if self._kind(e) == "person"]
        if who.abstained or len(people) != 1:
            return None
        name = self.factbase.entities[people[0]].name
        asked = f"{' '.join(words)} {name}{found['after'] or ''}{text[found.end() :]}".strip()
        answer = self._read_and_answer(asked, context)
        if answer.abstained:
            return None
        return replace(answer, notes=(f"{' '.join(owner)}'s counterpart is {name}", *answer.notes))

    def _single(self, text: str, context: Context) -> Answer:
        answer = self._single_read(text, context)
        corrected = answer.text.startswith(CORRECTION_LEADS)
        unsaid = answer.reason == AbstainReason.NOT_IN_ARTICLE
        if (not answer.abstained and not corrected) or unsaid:
            # "What did Defense Secretary Pompeo do in Tokyo?": answered as asked of Pompeo,
            # the title he does not have is not let stand.
            answer = self._title_corrected(text, context, answer) or answer
        if (not answer.abstained and not corrected) or unsaid:
            return self._wh_premise_corrected(text, context, answer) or answer
        return answer

    def _value_contradicted(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether the question names a value the fact has another of, in its place: a count
        ("five countries": four), an ordinal ("20th century": 21st), a day or month, or the
        place it happened ("in New Delhi": at the State Department)."""
        roles = " ".join(role.answer for role in fact.roles.values())
        said = set(normalise(f"{fact.statement} {fact.quote.text} {roles}").split())
        for word in parsed.words:
            kind = _value_kind(word)
            if kind is None or word in said:
                continue
            others = [other for other in said if _value_kind(other) == kind]
            if kind == "ordinal" and word in ORDINAL_WORDS:
                # "Who did Esper go with in his first 2+2?": this is his second, so there
                # was a first; only a later one than the article's is contradicted.
                rank = SEQUENCE.index(word)
                others = [o for o in others if o in SEQUENCE and SEQUENCE.index(o) < rank]
            if others:
                return True
        where = fact.roles.get("where")
        at = set(where.entities) if where is not None else set()
        places = {
            link.entity
            for link in parsed.entities
            if self._kind(link.entity) == "place" or self._body_as_place(parsed, link, at)
        }
        return (
            bool(at) and bool(places) and places.isdisjoint(at) and not places & set(fact.entities)
        )

    def _body_as_place(self, parsed: Parsed, link: Linked, at: set[str]) -> bool:
        """ "What did Pompeo say at his press conference at the Pentagon?": a body named
        after "at" or "in" is where something happened, when the fact's place is a body
        too (the State Department)."""
        kinds = {self._kind(e) for e in at}
        if self._kind(link.entity) not in kinds - {"place", "country"}:
            return False
        # "…at his Pentagon press conference?": the body before the event held there.
        before = [
            w
            for w in parsed.words[max(0, link.start - 3) : link.start]
            if w not in _DETERMINERS_BEFORE_PLACE
        ]
        return bool(before) and before[-1] in ("at", "in", "inside")

    def _wh_premise_corrected(self, text: str, context: Context, answer: Answer) -> Answer | None:
        """ "What did Pompeo say in New Delhi?" (at the State Department), "what did the five
        countries at the Tokyo talks agree on?" (four): the claim the question is built on,
        asked as a yes/no question, is one the article says is not so; that is the answer,
        not "the article doesn't say". An answered question is checked only for a value it
        names ("which officials called it … of the 20th century?": the 21st)."""
        asked = normalise(text)
        if not answer.abstained and _VALUE_WORD.search(asked) is None:
            return None
        did = WH_DID.match(asked)
        doers = None if did is not None else WH_DOERS.match(asked)
        if did is not None:
            claim = f"{did['aux']} {did['rest']}?"
        elif doers is not None:
            claim = f"is it true that {doers['doers']} {doers['rest']}?"
        else:
            return None
        checked = self._read_and_answer(claim, replace(context, claim=None))
        if checked.abstained or not checked.text.startswith("No. ") or not checked.fact_ids:
            return None
        fact = self.factbase.facts[checked.fact_ids[0]]
        if not self._value_contradicted(parse(text, self.index), fact):
            return None  # a "no" for another reason (Singh's own statement is unknown)
        said = checked.text.removeprefix("No. ")
        if not answer.abstained and answer.text not in said:
            said = f"{said} As for your question: {answer.text}"
        return replace(
            checked,
            text=f"That's not what the article says: {said}",
            quotes=tuple(dict.fromkeys((*checked.quotes, *answer.quotes))),
            fact_ids=tuple(dict.fromkeys((*checked.fact_ids, *answer.fact_ids))),
        )

    def _single_read(self, text: str, context: Context) -> Answer:
        answer = self._kept_to_scene(text, context, self._read_and_answer(text, context))
        answer = self._kept_to_event(text, context, answer)
        if answer.abstained and answer.reason == AbstainReason.NOT_IN_ARTICLE:
            answer = (
                self._ahead_of_clause(text, context)
                or self._where_else_they_went(text, context)
                or self._new_thing_asked(text, context)
                or answer
            )
        if answer.abstained and answer.reason != AbstainReason.NOT_IN_ARTICLE:
            return answer
        refuted = self._negated_premise_refuted(text, context)
        if refuted is not None:
            return refuted
        premise = PREMISE_OF.match(normalise(text)) or PLACED_PREMISE_OF.match(normalise(text))
        if premise is None and answer.abstained:
            # "When did China join the quad?": no time, but the article says it did not.
            premise = TIMED_PREMISE_OF.match(normalise(text))
        if premise is None or NEGATED_PREMISE.search(premise["claim"]):
            # "Why didn't the statement name China?": a "no" to that does not say it did.
            return answer
        if unknown_country(parse(premise["claim"], self.index)) is not None:
            # "why did pakistan attend the tokyo talks": a country the article never names,
            # as "Why did Pakistan…?" is, whose doings it does not tell.
            return answer
        went_for = answer.explanation is not None and WENT_FOR_NOTE in answer.explanation.notes
        if not answer.abstained and ORDER_ASKED.search(premise["claim"]) is None and not went_for:
            # An answered why is checked for one premise only, the order of events it puts
            # ("Why did Pompeo hold his press conference after returning from South Asia?").
            return answer
        # "Why did Esper meet Singh on Tuesday?": the article has no why, but it does say the
        # premise is wrong (Monday); saying so beats "the article doesn't say".
        checked = self._read_and_answer(premise["claim"], context)
        if went_for and checked.abstained:
            # "Why did Esper go to Tokyo later this month?": the talks are a reason only for
            # the trip the article has him making.
            return checked
        if checked.abstained or not checked.text.startswith(("No. ", "False. ")):
            return answer
        corrected = checked.text.split(". ", 1)[1]
        return replace(checked, text=f"That's not what the article says: {corrected}")

    def _where_else_they_went(self, text: str, context: Context) -> Answer | None:
        """ "Where did Pompeo give his presser?" "And Begin?": Begin gave none, but the
        article has him going to one place, which is said with that caveat; nothing for
        someone it has going to several places (Esper) or none (Singh, who was visited)."""
        asked = context.question_type
        if asked not in ("where", "when") or not context.terms:
            return None  # asked before the question is parsed: most questions stop here
        parsed = parse(text, self.index)
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        if (
            len(people) != 1
            or people != parsed.entity_ids
            or parsed.terms
            or parsed.qtype not in ("keyword", "what")
            or not is_about_phrase(parsed)
        ):
            return None
        trips = self._trips_of.get(people[0], [])
        if len(trips) != 1 or trips[0].id == context.fact_id or asked not in trips[0].roles:
            return None
        trip = trips[0]
        name = self.factbase.entities[people[0]].name
        return self._direct(
            text=f"The article doesn't say that of {name}, only {asked} {name} went: "
            f"{trip.roles[asked].answer}",
            facts=[trip],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=["the only trip the article gives that person"],
            about=people,
        )

    @cached_property
    def _trips_of(self) -> dict[str, list[Fact]]:
        """Each person's trips: the facts that have them go (visit) somewhere as doers."""
        trips: dict[str, list[Fact]] = {}
        for entry in self.index.by_id.values():
            who = entry.fact.roles.get("who")
            if who is None or "where" not in entry.fact.roles or VISIT_TERM not in entry.predicate:
                continue
            for e in who.entities:
                if self._kind(e) == "person":
                    trips.setdefault(e, []).append(entry.fact)
        return trips

    def _miscalled_in(self, text: str, parsed: Parsed) -> tuple[Miscalled, list[str]] | None:
        """The first person the question (`parsed` is its parse) names under a title the
        article contradicts, and the question's words the spans count in."""
        words = normalise(text).split()
        for link in parsed.entities:
            if link.start < 0 or self._kind(link.entity) != "person":
                continue
            named = parsed.words[link.start : link.end]
            if not OFFICE_NOUNS.isdisjoint(named):
                continue  # "secretary of defense": a title, not a name
            at = next((i for i in range(len(words)) if words[i : i + len(named)] == named), None)
            if at is None:
                continue
            found = self._person_titles.miscalled(words, link.entity, (at, at + len(named)))
            if found is not None:
                return found, words
        return None

    def _title_corrected(self, text: str, context: Context, answer: Answer) -> Answer | None:
        """ "Why did U.S. Secretary of State Mark Esper go to New Delhi?", "What did Secretary
        of Defense Pompeo say about China?": a title the article gives someone else (or that
        clashes with the person's own) is corrected, then the question is answered as asked
        of the person alone, if the article answers it ("Did Pompeo visit New Delhi in his
        capacity as deputy secretary of state?": No, the Deputy Secretary of State is Begin)."""
        if "secretary" not in text.lower() and "minister" not in text.lower():
            return None  # no title typed
        parsed = parse(text, self.index)  # once, for finding the title and answering
        found = self._miscalled_in(text, parsed)
        if found is None:
            return None
        miscalled, words = found
        if self._identity_of(miscalled.holder or miscalled.person) is None:
            return None
        start, end = miscalled.name
        person = self.factbase.entities[miscalled.person]
        kept = [
            person.name if i == start else w
            for i, w in enumerate(words)
            if not (miscalled.span[0] <= i < miscalled.span[1]) and not (start < i < end)
        ]
        yesno = parsed.qtype == "yesno"
        if yesno and not answer.abstained:
            return None  # "Did Esper meet Indian Foreign Minister Singh?": its verdict stands
        rest = self._single(" ".join(kept) + "?", context)
        return self._title_correction_put(miscalled, rest, parsed, context, yesno=yesno)

    def _title_correction_put(
        self, miscalled: Miscalled, rest: Answer, parsed: Parsed, context: Context, *, yesno: bool
    ) -> Answer | None:
        """The correction of a title the question puts on someone, before `rest`, the
        answer to the question asked without it; the correction alone when `rest` abstains."""
        identity = self._identity_of(miscalled.holder or miscalled.person)
        if identity is None:
            return None
        person = self.factbase.entities[miscalled.person]
        # "Esper is not the Secretary of State: Mark T. Esper is the U.S. Secretary of Defense."
        short = person.aliases[0] if person.aliases else person.name
        # ("Singh is not India's Foreign Minister": a title with its country takes no "the".)
        the = "" if miscalled.title.startswith("India's") else "the "
        not_as = f"{short} is not {the}{miscalled.title}: {identity.statement}"
        if rest.abstained:
            lead = f"No. {not_as}" if yesno else not_as
        elif yesno and rest.text.startswith("Yes. "):
            lead = f"Yes, though {not_as} {rest.text.removeprefix('Yes. ')}"
        elif yesno:
            lead = f"{rest.text} Also, {not_as}"
        else:
            lead = f"{not_as} As for your question: {rest.text}"
        correction = self._direct(
            text=lead,
            facts=[identity],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[f"title corrected: {miscalled.title} is not {person.name}'s"],
            about=[miscalled.person, *([miscalled.holder] if miscalled.holder else [])],
        )
        if rest.abstained:
            return correction
        return replace(
            rest,
            text=lead,
            quotes=tuple(dict.fromkeys((*correction.quotes, *rest.quotes))),
            fact_ids=tuple(dict.fromkeys((*correction.fact_ids, *rest.fact_ids))),
            confidence=min(correction.confidence, rest.confidence),
        )

    def _one_person_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Who agreed it?" (the U.S. and India: Esper and Singh) "Who is this bloke?": one
        person asked after, so an answer naming no one person ("The U.S. and India") is a
        wrong guess at whom; the asker is asked to name him instead."""
        if answer.abstained or WHO_IS_ONE_PERSON.match(normalise(text)) is None:
            return answer
        people = {e for e in answer.context.answer_entities if self._kind(e) == "person"}
        if len(people) == 1 and not any(
            self._kind(e) in ("group", "country", "organisation")
            for e in answer.context.answer_entities
        ):
            return answer
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            "I'm not sure whom you mean; ask about the person by name.",
            context,
            notes=("one person asked after; the answer named no one person",),
        )

    def _count_beside_a_partner_checked(
        self, answer: Answer, text: str, context: Context
    ) -> Answer:
        """ "How many countries joined the US at the Tokyo talks?", "…signed BECA with the
        US?", "how many besides the US…?": a count of those beside one the question names
        is not the count of all, that one included ("Four: the United States, Japan…"), and
        who else may have done it the article does not say: no count at all."""
        if answer.abstained:
            return answer
        said = normalise(text)
        if not said.startswith("how many") or not _COUNTED_BESIDE.search(said):
            return answer
        # The count names those counted after its number ("Four countries: the United
        # States, …"); a count that names none ("Three") is of something else.
        _, colon, names = answer.text.partition(":")
        listed = set(normalise(names).split()) if colon else set()
        partners = {
            found["partner"]
            for found in _COUNTED_BESIDE.finditer(said)
            if (found["partner"],) in self.index.aliases
        }
        if listed.isdisjoint(partners):
            return answer
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't give that count: it counts all of them, that one included.",
            context,
            notes=("a count beside one of those counted",),
        )

    def _offices_claimed(self, text: str) -> list[tuple[str, str]] | None:
        """Each person and the office a claim gives them, when it gives two or more people
        one each: "esper = defence sec, singh = foreign min, right?" → (esper, defence sec),
        (singh, foreign min). None for any other claim."""
        body = _TAG_AT_END.sub("", text.strip())
        parts = [p for p in _CLAIM_SPLIT.split(body) if p]
        if len(parts) < 2:
            return None
        claimed: list[tuple[str, str]] = []
        for part in parts:
            found = _PERSON_IS.match(part.strip())
            if found is None:
                return None
            person = self.index.aliases.get(tuple(normalise(found["subject"]).split()))
            if person is None or self._kind(person) != "person":
                return None
            claimed.append((found["subject"], found["office"].strip()))
        people = {self.index.aliases.get(tuple(normalise(s).split())) for s, _ in claimed}
        return claimed if len(people) == len(claimed) else None

    def _each_office_claimed(self, text: str, context: Context) -> Answer | None:
        """ "esper = defence sec, singh = foreign min, right?": each office asked alone; No
        with the part the article contradicts (Singh is Defense Minister), Yes only when
        every part holds, else the part the article does not bear out abstains."""
        claimed = self._offices_claimed(text)
        if claimed is None:
            return None
        answers = [self._answer(f"is {who} {office}?", context) for who, office in claimed]
        verdicts = [verdict_of(answer) for answer in answers]
        # "esper is indian, singh is american?": every part the article contradicts, each
        # with who the person is.
        denied = [a for a, v in zip(answers, verdicts, strict=True) if v == "no"]
        if denied:
            return _joined_verdicts(denied)
        if all(v == "yes" for v in verdicts):
            return _joined_verdicts(answers)
        return next(a for a, v in zip(answers, verdicts, strict=True) if v != "yes")

    def _granted_premise_dropped(self, text: str, context: Context) -> str:
        """ "Given that these 2+2 dialogues have occurred several times, was this Esper's
        first participation?" asked as its question alone, unless the article contradicts
        the premise ("Given that they met in Mumbai, …?" keeps it, to be answered as one)."""
        split = granted_premise_split(text)
        if split is None:
            return text
        premise, asked = split
        verdict = verdict_of(self._answer(f"{premise}?", context))
        if verdict == "yes":
            return asked
        # A premise the article does not bear out is dropped only before a yes-or-no
        # question, whose verdict and quote stand on their own; "Given that France joined
        # the Tokyo talks, what role did it play?" asks about the premise itself.
        if verdict == "no" or not _YES_NO_ASKED.match(asked) or _POINTS_INTO.search(asked):
            return text
        return asked

    def _each_whereabouts_claimed(self, text: str, context: Context) -> Answer | None:
        """ "was esper in india and singh in the us?": each person's place (or day) asked
        alone; No with the half the article contradicts (Singh was in New Delhi), Yes only
        when both halves hold, else the half the article does not bear out abstains. Read as
        one, the agreement naming both people would have answered Yes."""
        halves = each_half_asked(text)
        if halves is None:
            return None
        people = [self._whereabouts_person(half) for half in halves]
        if None in people or people[0] == people[1]:
            return None
        answers = [
            self._placed_on_other_side(half, context) or self._answer(half, context)
            for half in halves
        ]
        verdicts = [verdict_of(answer) for answer in answers]
        denied = [a for a, v in zip(answers, verdicts, strict=True) if v == "no"]
        if denied:
            return _joined_verdicts(denied)
        if all(v == "yes" for v in verdicts):
            # "was esper in delhi and singh in delhi?": one sentence bears out both, once.
            return _joined_verdicts(list({a.text: a for a in answers}.values()))
        unsettled = next(a for a, v in zip(answers, verdicts, strict=True) if v != "yes")
        if unsettled.abstained:
            return unsettled
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't bear out both halves of that.",
            context,
            notes=("two whereabouts claimed; one neither confirmed nor denied",),
        )

    def _placed_on_other_side(self, half: str, context: Context) -> Answer | None:
        """ "was singh in the us?": one side's official put in the other side's country,
        when every place the article puts him is in his own (Singh only in New Delhi): No,
        with where the article has him. Not "was singh in tokyo?" (Japan is neither side,
        and India's delegate there goes unnamed) nor "was pompeo in india?" (South Asia)."""
        person = self._whereabouts_person(half)
        if person is None:
            return None
        parsed = parse(half, self.index)
        own, named = self._own_and_named_countries(person, parsed)
        asked = named & set(SIDE_COUNTRIES.values())
        placed = self._whereabouts_facts.get(person, ())
        if not own or not asked or asked & own or not placed:
            return None
        if any(own.isdisjoint(countries) for _, countries in placed):
            return None
        fact = placed[0][0]
        return self._direct(
            text=f"No. {fact.statement}",
            facts=[fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=["an official put in the other side's country; the article has him at home"],
            about=[person],
        )

    def _home_country_unplaced(self, text: str, context: Context) -> Answer | None:
        """ "was esper in the us?", "was begin in america?": a person put in their own
        country when every place the article puts them is elsewhere (Esper in New Delhi and
        Tokyo). Being the U.S. Secretary of Defense is no whereabouts, so no Yes from the
        title; nor a No, since the article says nothing of other days."""
        if _PUT_SOMEWHERE.match(text) is None:
            return None  # (a parse saved on nearly every question)
        person = self._whereabouts_person(text)
        if person is None:
            return None
        parsed = parse(text, self.index)
        if any(w in _DAY_WORDS for w in parsed.words) or "or" in parsed.words:
            # "was esper in the us on monday?": the day is what is checked; "in new delhi
            # or washington…?": a choice, which the choice reader settles
            return None
        own, asked = self._own_and_named_countries(person, parsed)
        placed = self._whereabouts_facts.get(person, ())
        if not asked or not asked <= own or not placed:
            return None
        if any(asked & countries for _, countries in placed):
            return None  # "was singh in india?": New Delhi is, so the general path answers
        name = self.factbase.entities[person].name
        country = self.factbase.entities[next(iter(sorted(asked)))].name
        wheres = dict.fromkeys(_placed_in(fact.roles["where"].answer) for fact, _ in placed)
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say {name} was in {country}; it places {name} "
            f"{' and '.join(wheres)}.",
            context,
            parsed=parsed,
        )

    def _own_and_named_countries(self, person: str, parsed: Parsed) -> tuple[set[str], set[str]]:
        """The side's country a person belongs to (Singh: India), and the countries a
        whereabouts question names after the person ("was singh in the us?": the U.S.)."""
        own = set(self.index.part_of.get(person, ())) & set(SIDE_COUNTRIES.values())
        named = {
            k.entity for k in parsed.entities if k.start > 1 and self._kind(k.entity) == "country"
        }
        return own, named

    @cached_property
    def _whereabouts_facts(self) -> dict[str, tuple[tuple[Fact, frozenset[str]], ...]]:
        """Each person's facts that say where they were, with the countries of that place
        (Singh: the meeting, India), made once for `_placed_on_other_side`."""
        placed: dict[str, list[tuple[Fact, frozenset[str]]]] = {}
        for fact in self.factbase.facts.values():
            where = fact.roles.get("where")
            if where is None or not where.entities:
                continue
            countries = frozenset(
                c for e in where.entities for c in (e, *self.index.part_of.get(e, ()))
            )
            for entity in fact.entities:
                if self._kind(entity) == "person":
                    placed.setdefault(entity, []).append((fact, countries))
        return {person: tuple(facts) for person, facts in placed.items()}

    def _whereabouts_person(self, half: str) -> str | None:
        """The person a half-claim puts somewhere or on some day: "was singh in the us?"
        gives Singh; None unless it opens with a person (after its verb) and then names a
        place, a country or a day ("was esper the host?" puts him nowhere)."""
        parsed = parse(half, self.index)
        links = sorted((k for k in parsed.entities if k.start >= 0), key=lambda k: k.start)
        if not links or links[0].start != 1 or self._kind(links[0].entity) != "person":
            return None
        rest = parsed.words[links[0].end :]
        placed = any(self._kind(k.entity) in ("place", "country") for k in links[1:])
        dated = any(w in _DAY_WORDS for w in rest)
        if not (rest and rest[0] in ("in", "at", "on") and (placed or dated)):
            return None
        return links[0].entity

    def _conversation_place(self, context: Context) -> str | None:
        """The one place the conversation is at, named: "who met Singh?" (in New Delhi)
        "whilst he was there did he see Pompeo?" is asked of New Delhi, not of Tokyo where
        the two were together. A country holding the city is left out (Tokyo, not Japan).
        None after an abstention: "who is Begin?" "before or after tokyo?" (no answer)
        "did he meet singh while he was there?" is at her New Delhi, not at Tokyo."""
        if context.last_abstained:
            return None
        last = self.index.by_id.get(context.fact_id or "")
        places = frozenset(context.scene) or (self._own_places(last) if last else frozenset())
        inner = [p for p in places if not any(p in self.index.part_of.get(q, ()) for q in places)]
        if len(inner) != 1:
            return None
        return self.factbase.entities[inner[0]].name

    def _scene_places(self, entry: FactEntry) -> frozenset[str]:
        """Where the fact belongs: its own places, or, naming none (the agreement, what
        Pompeo said), those of the facts of its topics (the meeting's, his trip's)."""
        own = self._own_places(entry)
        if own:
            return own
        return frozenset(
            place
            for topic in entry.fact.topics
            for position in self.index.topic_postings.get(topic, ())
            for place in self._own_places(self.index.entries[position])
        )

    def _whos_who(self, entry: FactEntry) -> bool:
        """The fact says who a person is: true wherever the conversation is set."""
        person = self._identity_facts.get(entry.fact.id)
        return person is not None and self._kind(person) == "person"

    def _kept_to_scene(self, text: str, context: Context, answer: Answer) -> Answer:
        """ "Where did the quad talks take place?" (Tokyo) "Who hosted?": a follow-up naming
        nothing new is still about the talks in Tokyo, so the New Delhi meeting's host (or
        its agreement) is no answer; the article tells nothing more of Tokyo."""
        last = self.index.by_id.get(context.fact_id or "")
        lead = self._lead_event
        if answer.abstained or not answer.fact_ids or lead is None:
            return answer
        scene = frozenset(context.scene) or (self._own_places(last) if last else frozenset())
        if not scene or scene & self._own_places(lead):
            return answer  # the article's own setting: follow-ups roam its whole story
        answered = [self.index.by_id.get(f) for f in answer.fact_ids]
        # Who someone is holds in every setting ("Was Pompeo in Tokyo?" "What's his title?");
        # what the 2+2 is ("who represented India?" at the Tokyo talks: its ministers) does
        # not, nor a fact placed nowhere ("they agreed to work together…").
        elsewhere = [e for e in answered if e is not None and not self._whos_who(e)]
        if all(self._scene_places(e) & scene for e in elsewhere):
            return answer
        parsed = parse(text, self.index)
        if NEXT_OF_LAST.match(parsed.text):
            return answer  # "What came next?": the story moves on from Tokyo, as asked
        if self._names_another_event(parsed, last, answered):
            return answer  # "Where did he give a press conference?": his, not at Tokyo's
        if last is not None and not self._whos_who(last) and not self._scene_places(last) & scene:
            # "Where did he give a press conference?" (at the State Department) "Where was
            # he off to next?": the thread left Tokyo with the last answer.
            return answer
        named = [link.entity for link in parsed.entities if link.start >= 0]
        # A person or another place named starts a thread of its own ("what did Pompeo
        # say?"); a country of the talks ("who represented India?") is asked of the talks.
        there = frozenset().union(*(self._involved_at.get(p, frozenset()) for p in scene))
        if any(
            self._kind(e) == "person"
            or e not in there
            or (self._kind(e) == "place" and e not in scene)
            for e in named
        ):
            return answer
        where = " and ".join(self.factbase.entities[e].name for e in sorted(scene))
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say that about the events in {where}.",
            context,
            parsed=parsed,
            notes=("follow-up kept to the setting of the last answer",),
        )

    @staticmethod
    def _names_another_event(
        parsed: Parsed, last: FactEntry | None, answered: list[FactEntry | None]
    ) -> bool:
        """Whether the question names a kind of event ("a press conference") that the fact
        answering it has and the last one did not: "Who went to Tokyo with Esper?" "Where
        did he give a press conference?" starts a thread of its own, away from Tokyo."""
        if last is None:
            return False  # after no answer, nothing tells what is new
        named = [
            t
            for t in parsed.terms
            if t not in last.bag and any(event in t for event in EVENT_TERMS)
        ]
        return bool(named) and all(
            e is not None and all(t in e.bag for t in named) for e in answered
        )

    def _doers_other_act(
        self, doers: frozenset[str], event: FactEntry, parsed: Parsed
    ) -> FactEntry | None:
        """The one other fact of the side event's people whose act the question names and
        the event's does not: after Pompeo's press conference, "where was the trip to?" asks
        where his trip went (South Asia), not where the press conference was."""
        if parsed.qtype not in ("when", "where"):
            return None
        asked = set(parsed.terms) - event.predicate
        found = {
            entry.fact.id: entry
            for doer in doers
            for position in self.index.entity_postings.get(doer, ())
            if (entry := self.index.entries[position]) is not event
            and parsed.qtype in entry.fact.roles
            and not asked.isdisjoint(entry.predicate)
            # The Tokyo talks were a visit of his too; the trip is told in the press
            # conference's own sentence.
            and _quoted_within(entry.fact.quote, event.fact.quote)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _kept_to_event(self, text: str, context: Context, answer: Answer) -> Answer:
        """ "Tell me about Begin's visit." "What was agreed?": a follow-up naming nothing
        beyond the conversation's side event is asked of it, so the Esper-Singh meeting's
        agreement, date or people are no answer. Its own when, where or who answers
        ("When did she visit?" → recently, no date given); else the article doesn't say."""
        event = self.index.by_id.get(context.event or "")
        if event is None or answer.abstained or not answer.fact_ids:
            return answer
        if _TITLE_HOLDER_NOTE in answer.notes:
            return answer  # "Is she the Secretary of Defense?" (no) "who is, then?": Esper
        if asked_words(text) is not None:
            # After Pompeo's remark, "the 'world's two largest democracies' bit was
            # Pompeo?": the words it quotes say what is asked about, not his press conference.
            return answer
        doers = self._side_events.get(event.fact.id, frozenset())
        answered = [self.index.by_id.get(f) for f in answer.fact_ids]
        if all(e is not None and doers & e.involved for e in answered):
            return answer  # about her or him: "What is her title?", "What did he say?"
        parsed = parse(text, self.index)
        last = self.index.by_id.get(context.fact_id or "")
        pointed = parsed.pronouns & {"person", "plural"}  # she, they: not "there"
        if not pointed and (last is None or not doers & last.involved):
            # "What's the 2+2?" … "and Begin?" (not said) "How many have there been?": the
            # 2+2s still, as nothing points to her
            return answer
        named = {link.entity for link in parsed.entities if link.start >= 0}
        if named - event.involved:
            return answer  # names the meeting or its people: "When did Esper meet Singh?"
        other_act = self._doers_other_act(doers, event, parsed)
        if other_act is not None:
            event = (
                other_act  # "Where did Pompeo hold his press conference?" "where was the trip to?"
            )
        role = event.fact.roles.get(parsed.qtype)
        if role is not None and parsed.qtype in ("when", "where"):
            return self._direct(
                text=role.answer,
                facts=[event.fact],
                confidence=0.8,
                parsed=parsed,
                context=context,
                notes=["follow-up kept to the conversation's event"],
            )
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say. It says only: {event.fact.statement}",
            context,
            parsed=parsed,
            notes=("follow-up kept to the conversation's event",),
        )

    def _ahead_of_clause(self, text: str, context: Context) -> Answer | None:
        """ "What region was Pompeo about to travel to when he spoke to the press?": where he
        was about to go, if the article places the press conference before that trip; the
        clause only says when. Without "about to" ("who did Esper meet when he was in
        Tokyo?") the clause is part of what is asked."""
        framed = TRAILING_WHEN.match(normalise(text))
        if framed is None or not PROSPECTIVE.search(framed["main"]):
            return None
        answer = self._read_and_answer(framed["main"], context)
        if answer.abstained or not answer.fact_ids:
            return None
        clause = self._clearly_ranked(parse(framed["clause"], self.index))
        done = self.index.by_id.get(answer.fact_ids[0])
        if not clause or done is None:
            return None
        placed = self._placed_against(clause[0].entry.fact, set(done.bag))
        return answer if placed == "Before" else None

    def _negated_premise_refuted(self, text: str, context: Context) -> Answer | None:
        """ "Why wasn't Pompeo at the Tokyo talks?": the article says he was, so the why has
        no answer but the premise has one; None unless the article says the very thing."""
        asked = NOT_WHY.match(normalise(text))
        if asked is None:
            return None
        aux = _UNCONTRACTED.get(asked["aux"], asked["aux"])
        words = asked["rest"].split()
        if asked["aux"] == aux:
            # "why did Esper not meet Singh?": the "not" by its subject, not a later one
            # ("…meet Singh and not Pompeo?").
            if "not" not in words[:4]:
                return None  # "why did he…": the usual premise check
            words.remove("not")
        rest = " ".join(words)
        checked = self._read_and_answer(f"{aux} {rest}", replace(context, claim=None))
        if checked.abstained or not checked.text.startswith("Yes. "):
            return None
        said = checked.text.split(". ", 1)[1]
        return replace(checked, text=f"That's not what the article says: {said}")

    def _deputy_ruled_out(self, text: str, context: Context) -> Answer | None:
        """ "Is Begin Esper's deputy?": No, Begin is the Deputy Secretary of State and Esper
        the Secretary of Defense; None where their offices leave it open."""
        if "deputy" not in text.lower() and "number" not in text.lower():
            return None  # cheap: the words asking it
        parsed = parse(text, self.index)
        people = [
            link
            for link in parsed.entities
            if link.start >= 0
            and self._kind(link.entity) == "person"
            # "Is Begin the Deputy Secretary of Defense?": a title, not a name.
            and OFFICE_NOUNS.isdisjoint(parsed.words[link.start : link.end])
        ]
        spans = [(link.start, link.end) for link in people]
        if not deputy_claim_words(parsed.words, spans):
            return None
        deputy, head = people[0].entity, people[1].entity
        if deputy == head or not not_deputy(self._person_titles, deputy, head):
            return None
        facts = [self._identity_of(deputy), self._identity_of(head)]
        if facts[0] is None or facts[1] is None:
            return None
        said = f"{facts[0].statement.rstrip('.')}; {facts[1].statement}"
        return self._direct(
            text=f"No. {said}",
            facts=[f for f in facts if f is not None],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=["their offices tell it: the article names no one as anyone's deputy"],
            about=[deputy, head],
        )

    def _title_said(self, text: str, context: Context) -> Answer | None:
        """ "Does the article say Pompeo is Secretary of State?": whether it puts that title
        to that name, as "does the article call Pompeo the Secretary of State?" asks (No:
        only "Secretary Pompeo"). None where the calling question has no such answer."""
        calling = title_said_asked(text)
        return None if calling is None else self._title_put(calling, context)

    def _water_unmentioned(self, text: str, context: Context) -> Answer | None:
        """ "Does the article mention the South China Sea?", "did the Quad discuss the East
        China Sea?": the article names no sea, ocean, strait or gulf, so whatever is asked of
        one it does not say (not a No quoting Pompeo's words on China)."""
        water = water_named(normalise(text), text)
        if water is None or any(term(w) in self.index.postings for w in WATER_NOUNS):
            return None
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't mention {water}, so I can't answer that.",
            context,
            parsed=parse(text, self.index),
        )

    def _mention_denied(self, text: str, context: Context) -> Answer | None:
        """ "China isn't mentioned anywhere in the article.", "the article never mentions
        Tokyo": the claim put the other way round, answered as "is China mentioned?" is,
        with the verdict turned ("No": the article names China)."""
        denied = MENTION_DENIED.match(normalise(text))
        if denied is None:
            return None
        what = denied["what"] or denied["what2"]
        asked = self._mention_of_unknown(f"is {what} mentioned in the article", context)
        if asked is None or asked.abstained:
            return asked
        for said, turned in (("Yes.", "No."), ("No.", "Yes.")):
            if asked.text.startswith(said):
                return replace(asked, text=turned + asked.text[len(said) :])
        return None

    def _mention_of_unknown(self, text: str, context: Context) -> Answer | None:
        """ "Is the Indian prime minister mentioned?", "does the article mention Modi?": a
        person the article never names, by a title or a name it does not use, is not
        mentioned, which is all there is to say (not a No with a sentence about someone
        else). "Is China mentioned?": yes, with the first sentence that names it."""
        asked = MENTION_ASKED.match(normalise(text))
        if asked is None:
            return None
        what = next(g for g in asked.groups() if g is not None)
        parsed = parse(what, self.index)
        worded = self._wording_checked(what, parsed, context)
        if worded is not None:
            return _as_a_mention_claim(worded, what)
        said = parsed.words
        unknown = set(parsed.unknown) | set(parsed.unknown_names)
        if not unknown:
            return _as_a_mention_claim(self._named_in_article(parsed, context), what)
        titled = any(w in unknown and w in TITLE_WORDS for w in said) or (
            said[-1:] and said[-1] in TITLE_WORDS
        )
        named = any(w not in COMMON_WORDS for w in unknown) and len(said) <= 3
        if not (titled or named):
            return None
        linked = {i for link in parsed.entities for i in range(link.start, link.end)}
        shown = " ".join(
            "U.S."
            if w == "usa"
            else w.capitalize()
            if i in linked or w in unknown - COMMON_WORDS
            else w
            for i, w in enumerate(said)
        )
        if what.startswith("the ") and said[:1] != ["the"]:
            shown = f"the {shown}"
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't mention {shown}.",
            context,
            parsed=parsed,
            suggestions=self._suggest_for(parsed, parsed.entity_ids),
        )

    def _what_would_have_been(self, parsed: Parsed, context: Context) -> Answer:
        """ "If Esper had not gone to New Delhi, would BECA have been agreed?": the article
        tells what happened, never what would have happened otherwise, so a Yes or No
        quoting what did happen would answer another question."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say what would have happened otherwise: it reports only "
            "what did happen.",
            context,
            parsed=parsed,
            suggestions=self._suggest_for(parsed, parsed.entity_ids),
        )

    def _bare_later_placed(self, text: str, context: Context) -> str:
        """ "Esper went to Tokyo afterwards.": later than the article's own event, the
        meeting, when nothing else was talked about first; the Tokyo talks were "earlier
        this month", so No. A claim about the meeting itself ("they met later") or one
        already ordered against something ("later than the 2+2") is left as asked."""
        bare = _BARE_LATER.search(text.rstrip(" .!?"))
        if bare is None or context.fact_id is not None or context.entities:
            return text
        kept = text.rstrip(" .!?")[: bare.start()]
        if not _ORDERED_OR_MEETING.isdisjoint(normalise(kept).split()):
            return text
        placed = f"{kept} after the meeting"
        return placed if parse(placed, self.index).qtype == "yesno" else text

    def _bare_order_asked(self, text: str, context: Context) -> str | None:
        """ "When was the agreement reached?" "So before the 2+2, not at it?": whether what
        was just answered was before it ("was it before the 2+2?"); the "not at it" says
        the same again, unless it names the order asked ("before it, not before it")."""
        found = _BARE_ORDER.match(normalise(text))
        if found is None or context.fact_id is None:
            return None
        if found["instead"] is not None and found["instead"] == found["order"].split()[0]:
            return None
        if not _ASKING_WORDS.isdisjoint(found["anchor"].split()):
            return None  # "Before a trip to where?", "ahead of what?": what it was before
        return f"did it happen {found['order']} {found['anchor']}?"

    @staticmethod
    def _ordered_by_its_quote(answer: Answer) -> bool:
        """The verdict rests on words that order events ("Earlier this month", "ahead of"),
        not on the meeting's own fact: "Did Singh visit the Pentagon afterwards?" is
        unstated, not No because the meeting was in New Delhi."""
        return not answer.abstained and any(
            _ORDER_IN_QUOTE.search(normalise(quote.text)) for quote in answer.quotes
        )

    @cached_property
    def _person_names(self) -> frozenset[str]:
        """The one-word names of the article's people ("esper", "singh", "pompeo")."""
        return frozenset(
            alias[0]
            for alias, entity in self.index.aliases.items()
            if len(alias) == 1 and self._kind(entity) == "person"
        )

    def _pair_meeting_spelled_out(self, text: str) -> str:
        """ "Who was at the Esper-Singh meeting?" → "…the meeting between Esper and Singh?":
        a meeting named by the two who met is theirs, not the statement that reports it.
        Only who-questions, and only two of the article's people name one ("the U.S.-India
        meeting" is left)."""
        if not text.lstrip().lower().startswith("who"):
            return text  # "is the Esper–Singh meeting the 2+2?" reads it as named
        found = _PAIR_MEETING.search(text)
        if found is None or not {found["a"].lower(), found["b"].lower()} <= self._person_names:
            return text
        spelled = f"{found['event'].lower()} between {found['a']} and {found['b']}"
        return text[: found.start("a")] + spelled + text[found.end() :]

    def _people_meant(self, text: str) -> str:
        """ "What does 'the two men' refer to?", "what does 'the two sides' mean?": words
        naming people, or a group ("the two countries"), are asked as "who is" or "who
        are", not as what they did ("the strength of the relationship" is what the two men
        praised)."""
        asked = WORDS_MEANING_ASKED.match(normalise(text))
        if asked is None or asked["words"] is None:
            return text
        parsed = parse(asked["words"], self.index)
        if parsed.terms or parsed.unknown or not parsed.entities:
            return text
        size = len(parsed.words)
        if not all(self._whole_name_of_someone(link, size) for link in parsed.entities):
            return text  # "what does 'such dialogues' refer to?": what the 2+2 is
        verb = "are" if len(parsed.entities) > 1 else "is"
        return f"who {verb} {asked['words']}?"

    def _whole_name_of_someone(self, link: Linked, size: int) -> bool:
        """All the words name a person or a group ("the two men", "the two sides"), not a
        thing ("such dialogues") nor only part of them ("the T in Mark T. Esper")."""
        if link.start != 0 or link.end != size:
            return False
        return link.group is not None or self._kind(link.entity) == "person"

    def _asks_of_group(self, parsed: Parsed) -> bool:
        """The question names a group ("the two secretaries of defense") or no one."""
        return not parsed.entities or any(
            link.group is not None or link.entity in self.index.members for link in parsed.entities
        )

    def _only_office_named(self, parsed: Parsed) -> bool:
        """Whether all the question names, beyond countries, is the office asked about ("what
        does a defense secretary do?" links Esper by his title alone, no one by name)."""
        span = office_span(parsed.text)
        if span is None:
            return False
        return all(
            self._kind(link.entity) == "country" or span[0] <= link.start < span[1]
            for link in parsed.entities
            if link.start >= 0
        )

    def _read_and_answer(
        self,
        text: str,
        context: Context,
        within: Place | None = None,
        pointing_read: bool = False,
    ) -> Answer:
        # "What does 'the visit' refer to?": what the words stand for, not what their
        # sentence says; that reading asks the question again, with pointing_read set.
        pointed = None if pointing_read else self._pointing_answered(text, context, within)
        if pointed is not None:
            return pointed
        by_role = self._referent_answered(text, context) or self._role_described_answered(
            text, context
        )
        if by_role is not None:
            return by_role
        by_title = self._by_title_answered(text, context, within)
        if by_title is not None:
            return by_title
        if pair_of_counterparts_asked(text):
            # "so who is whose counterpart here": both sides, each with the office.
            return self._read_and_answer(PAIR_BY_TITLE, context, within)
        text = self._with_own_counterpart(text)
        through = self._through_counterpart(text, context)
        if through is not None:
            return through
        titled = (
            self._sources_answered(text, context)
            or self._title_of_described(text, context)
            or self._water_unmentioned(text, context)
            or self._mention_of_unknown(text, context)
            or self._mention_denied(text, context)
        )
        if titled is not None:
            return titled
        if _ORDINAL_CHOICE.match(normalise(text)):
            # "First or second 2+2 for Esper?": "is it the first or second 2+2 for Esper?".
            chosen = self._read_and_answer(f"is it the {normalise(text)}?", context, within)
            if not chosen.abstained:
                return chosen
        just_ordered = self._bare_order_asked(text, context)
        if just_ordered is not None:
            ordered = self._read_and_answer(just_ordered, context, within)
            if self._ordered_by_its_quote(ordered):
                if context.fact_id in ordered.fact_ids:
                    return ordered
                # "When did Begin visit Delhi?" "Before the 2+2?": the meeting was, but the
                # article never places her visit against it.
                parsed = parse(text, self.index)
                return self._not_found(parsed, context, [], [])
        after_meeting = self._bare_later_placed(text, context)
        if after_meeting != text:
            ordered = self._read_and_answer(after_meeting, context, within)
            if self._ordered_by_its_quote(ordered):
                return ordered
        parsed = parse(text, self.index)
        notes: list[str] = []
        self._set_aside(text, parsed)
        self._set_places_aside(parsed)
        self._keep_to_line(text, parsed)
        if within is not None:
            # "Who are the two secretaries of defense in para 3?": that paragraph's facts.
            parsed.kept_facts = frozenset(self.index.paragraphs.facts.get(within, ()))
            if parsed.qtype == "who_is" and self._asks_of_group(parsed):
                # Who the paragraph's sentence has them be, not who they are elsewhere; one
                # person is still asked who he is ("who is Begin in the last paragraph?").
                replace_type(parsed, "who")
        if parsed.ambiguous and not parsed.entities:
            word, options = parsed.ambiguous[0]
            names = [self.factbase.entities[e].name for e in options]
            return self._abstain(
                AbstainReason.AMBIGUOUS,
                f"I'm not sure whom you mean by “{word}”: {' or '.join(names)}?",
                context,
                parsed=parsed,
                suggestions=self._suggest_for(parsed, [e for e in options]),
            )
        same_rank = self._same_rank_answered(parsed, context)
        if same_rank is not None:
            return same_rank
        stood_in = self._stand_in_answered(parsed, context)
        if stood_in is not None:
            return stood_in
        titled = self._which_one_titled(parsed, context, notes)
        if titled is not None:
            return titled
        count_of = COUNTED_NOUN.match(parsed.text)
        if (
            count_of is not None
            and count_of[1] in parsed.unknown
            # "How many cities are mentioned?": of what the article names, found below.
            and COUNT_NAMED.match(parsed.text) is None
        ):
            # "How much money is involved in all this?": a count of something the article
            # never names is no count of what it does (the three areas just talked about).
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if AMOUNT_ASKED.match(parsed.text) is not None and not parsed.unknown:
            # (with a word the article lacks, "how much is it worth?", that word abstains)
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if ONE_SUPERLATIVE.search(parsed.text):
            # "Is India the world's largest democracy?": the article says only that the two
            # are the two largest, not which one is.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if RANK_COMPARED.search(normalise(text)) or (
            QUALITY_COMPARED.search(normalise(text)) and self._pair_options(parsed) is None
        ):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't rank or compare them that way.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        hierarchy = HIERARCHY_ASKED.search(normalise(text))
        if hierarchy is not None and term(hierarchy[0].split()[0]) not in self.index.postings:
            # "Who is Begin's superior?": no one the article says he answers to.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if RATE_ASKED.search(normalise(text)) is not None:
            # "How often does the 2+2 take place?": not "three", how many there have been.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if COUNTERFACTUAL.search(normalise(text)) is not None:
            return self._what_would_have_been(parsed, context)
        asked_of_me = {"you", "your", "yourself"} & set(parsed.words)
        # "Should the U.S. trust India?", "do you think India should…?": a judgement, unless
        # someone in the article made it ("according to Pompeo, free nations should…").
        said = normalise(text).split()
        judged = (
            SHOULD.search(" ".join(said)) is not None
            and (
                not {"you", "your"}.isdisjoint(said)
                or said[:1] in (["should"], ["is"], ["was"])
                or SHOULD_ASKED_AFTER_LEAD.search(" ".join(said)) is not None
            )
            and not parsed.asks_speech
            and said[:1] != ["according"]
            and "per" not in said
        )
        if (asked_of_me or judged) and (
            (parsed.qtype != "yesno" and not OPINION_WORDS.isdisjoint(parsed.words)) or judged
        ):
            return self._abstain(
                AbstainReason.OFF_TOPIC,
                "I have no opinions of my own: I only say what the article states. "
                "Ask me what someone in it said or did.",
                context,
                parsed=parsed,
                suggestions=self._suggest_for(parsed, parsed.entity_ids),
            )
        if not parsed.entities and asked_of_me:
            return self._abstain(
                AbstainReason.CHIT_CHAT,
                "I'm talksbot: I only know one news article. " + HELP_TEXT,
                context,
                parsed=parsed,
            )
        placed = self._place_in_country(parsed)
        if placed is not None:
            return self._read_and_answer(placed, context)
        which_one = self._which_one_is_of(parsed, context) or self._country_s_one_at(
            parsed, context
        )
        if which_one is not None:
            return which_one
        described = self._described_as_kind(parsed, context, notes)
        if described is not None:
            return described
        about_again = self._about_again(parsed, context)
        if about_again is not None:
            return self._read_and_answer(about_again, replace(context, claim=None))
        phrase = (
            self._phrase_followup(parsed, context, notes)
            or self._not_listed(parsed, context, notes)
            or self._rest_of_list(parsed, context, notes)
            or self._anything_else(parsed, context, notes)
        )
        if phrase is not None:
            return phrase
        other_person = self._other_person_asked(parsed, context)
        if other_person is not None:
            # "Which country is he from?" (Singh) "And him?": the same question, of Esper.
            person, asked = other_person
            return self._read_and_answer(
                asked,
                replace(context, entities=(person,), answer_entities=(), asked=None, claim=None),
            )
        outsider = self._outsider_in_place(parsed, context)
        if outsider is not None:
            # The country it takes the place of is no longer the one the claim is about.
            kept = tuple(e for e in context.entities if self._kind(e) != "country")
            return self._read_and_answer(
                outsider, replace(context, claim=None, asked=None, entities=kept)
            )
        said_it = self._said_it_of(parsed, context, notes)
        if said_it is not None:
            return said_it
        claim = self._claim_again(parsed, context) or self._asked_again(parsed, context)
        if claim is None and context.claim is not None:
            unsettled = self._unsettled_claim_of_another(parsed, context)
            if unsettled is not None:
                return unsettled
        typed = [link for link in parsed.entities if link.start >= 0]
        if (
            claim is None
            and context.fact_id is not None
            and parsed.qtype == "yesno"
            and parsed.words[:1] in (["was"], ["were"], ["is"], ["are"])
            and typed
            and not parsed.terms
            and not parsed.unknown
            and all(parsed.used[1:])
            and not names_then_describes(parsed)  # "Is Begin American?": whole as it is
        ):
            # "Which countries were at the Tokyo talks?" "Was China?": there, at those talks.
            return self._read_and_answer(f"{parsed.text} there", context)
        if ONE_OF_THEM.match(parsed.text) and typed and context.fact_id is not None:
            # "Who took part in the Tokyo talks?" (Esper and Pompeo) "Was Singh one of them?":
            # one of those the last answer named, or, if not, there.
            last = self.index.by_id.get(context.fact_id)
            listed = set(context.answer_entities)
            asked_ids = {link.entity for link in typed}
            if last is not None and listed and asked_ids <= listed:
                scored = Scored(last, 1.0, (), True)
                return self._stated("Yes.", scored, 0.9, parsed, context, [scored], notes)
            if last is not None and "where" in last.fact.roles:
                asked_names = " and ".join(parsed.words[link.start] for link in typed)
                return self._read_and_answer(f"was {asked_names} there", context)
            return self._not_found(parsed, context, self._rank(parsed), notes)
        instead = self._who_instead(parsed, context)
        if instead is not None:
            return instead
        whom = self._claim_of_whom(parsed, context)
        if whom is not None:
            # "Did they mention China?" "Who did?": whoever did, not they again.
            asked_anew = replace(context, claim=None, entities=(), answer_entities=())
            return self._read_and_answer(whom, asked_anew)
        if claim is not None:
            # Read without the claim it came from: "was china" "was india" must not swap
            # India into "was india" again, and again.
            return self._read_and_answer(claim, replace(context, claim=None, asked=None))
        several = self._who_several_are(parsed, context, notes) or self._which_were_counted(
            parsed, context, notes
        )
        if several is not None:
            return several
        unseen = self._it_of_unanswered_question(parsed, context)
        unseen = unseen or self._there_asked_of_place_answered(parsed, context)
        unseen = unseen or self._they_listed_before_one_unanswered(parsed, context)
        if unseen is not None:
            return unseen
        parsed, followed = self._resolve_followup(parsed, context)
        if followed:
            notes.append(followed)
        if not context.empty and self._he_is_no_one(parsed):
            return self._abstain(
                AbstainReason.AMBIGUOUS,
                "Who do you mean? No one has been named for “he” or “she” to stand for; "
                "ask with the name.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        self._only_one_of_kind(parsed)
        audience = self._audience_unsaid(parsed, context, notes)
        if audience is not None:
            return audience

        counted = (
            self._count_gap(parsed, context, notes)
            or self._count_named(parsed, context, notes)
            or self._count_within_named(parsed, context, notes)
            or self._count_of_last_listed(parsed, context, notes)
            or self._people_of(parsed, context, notes)
            or self._others_mentioned(parsed, context, notes)
            or self._in_both(parsed, context, notes)
            or self._where_both(parsed, context, notes)
            or self._same_country(parsed, context, notes)
            or self._body_of(parsed, context, notes)
            or self._people_with_titles(parsed, context)
        )
        if counted is not None:
            return counted
        unsaid = self._count_unsaid(parsed, context, notes)
        if unsaid is not None:
            return unsaid
        about_article = self._headline_or_other_wording(
            parsed, context, notes
        ) or self._about_article(parsed, context, notes)
        if about_article is not None:
            return about_article
        called = self._called(parsed, context, notes)
        if called is not None:
            return called
        located = self._located(parsed, context, notes)
        if located is not None:
            return located
        first = self._which_first(parsed, context, notes)
        if first is not None:
            return first
        order = (
            self._before_or_after(parsed, context, notes)
            or self._next_to(parsed, context, notes)
            or self._went_around(parsed, context, notes)
        )
        if order is not None:
            return order
        unordered = BEFORE_OR_AFTER.search(parsed.text)
        if unordered is not None and not PRONOUN_WORDS.issuperset(unordered["other"].split()):
            # Neither the event's own "when" nor the timeline orders the two: no yes or no
            # ("…before or after it?" is left to the conversation's last event).
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if self._only_office_named(parsed) and unheld_office_duties(
            parsed.text, self._person_titles
        ):
            # "what does india's foreign secretary actually do?": no one here holds it.
            return self._not_found(parsed, context, [], notes)
        if parsed.wants_name:
            named = self._name_answer(parsed, context, notes)
            if named is not None:
                return named
            people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
            if not people and any(term(w) in self._title_terms for w in parsed.words):
                # "india foreign minister name": a title the article gives no one.
                return self._not_found(parsed, context, self._rank(parsed), notes)
        about = WHAT_ABOUT.match(parsed.text)
        if (
            about is not None
            and parsed.qtype == "what"
            and (about["what"] in ("that", "it", "this", "all this") or self._named_topic(parsed))
        ):
            # "What was the meeting about?", "what was that about?": the topic's summary.
            replace_type(parsed, "summary")
        if self._means_of_travel_asked(parsed):
            return self._not_found(parsed, context, [], notes)
        unheard = self._unheard_source(parsed)
        if unheard is not None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article gives no account from {unheard}: it reports only what others said.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        whole_list = self._whole_list_summarised(parsed, context, notes)
        if whole_list is not None:
            return whole_list
        if parsed.qtype == "summary":
            discussed_there = self._discussed_there(parsed, context, notes)
            if discussed_there is not None:
                return discussed_there
            return self._summary(parsed, context, text, notes)
        if parsed.qtype in EITHER_TYPES and EITHER_AT_END.search(parsed.text):
            either = self._either(parsed, context, notes)  # "the meeting: Monday or Tuesday?"
            if either is not None:
                return either
        of_country = self._person_of_country(parsed, context)
        if of_country is not None:
            return of_country
        if BETWEEN_STRANDED.match(parsed.text):
            # "Who is BECA between?" asks its sides, not who or what BECA is.
            sides = self._between(parsed, context, notes)
            if sides is not None:
                return sides
        if parsed.qtype in ("who_is", "what", "keyword") or self._is_definition(parsed):
            if self._described_as_another_country_s(parsed):
                return self._not_found(parsed, context, self._rank(parsed), notes)
            agreement = self._contents_asked_of(parsed, context)
            if agreement is not None:
                # "what is in the BECA?" asks what it holds, not what it is
                return self._contents_unknown(agreement, parsed, context, notes)
            answer = self._identity(parsed, context, notes)
            if answer is not None:
                return answer
            group = self._group_answer(parsed, context, notes)
            if group is not None:
                return group
            if parsed.copula and self._described_person(parsed):
                # "Who was India's defense minister before Singh?": the question describes
                # someone the article names, but asks something about them it does not say.
                return self._not_found(parsed, context, self._rank(parsed), notes)
        if parsed.qtype == "yesno":
            went = self._someone_went(parsed, context, notes)
            return went or self._fellow_participants_unmet(
                self._yesno(parsed, context, notes), parsed, context, notes
            )
        corrected = (
            self._wrong_premise(parsed, context, notes)
            or self._between(parsed, context, notes)
            or self._whose(parsed, context, notes)
            or self._countries_of_people(parsed, context, notes)
            or self._origin_unsaid(parsed, context, notes)
            or self._country_of(parsed, context, notes)
            or self._from_where(parsed, context, notes)
        )
        if corrected is not None:
            return corrected
        if parsed.qtype == "who_is":
            parsed.qtype = "who"
            parsed.types = [t for t in parsed.types if t != "who_is"] or ["who"]
        speaker = self._only_speaker(parsed)
        answer = self._factual(parsed, context, notes)
        if answer.abstained and speaker is not None:
            return self._said_by_another(speaker, text, context) or answer
        if speaker is not None and not self._words_of(speaker, answer):
            # "What did Pompeo say about India?": the Tokyo talks he took part in (with
            # India) are something he did, not something he said.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        return answer

    def _words_of(self, speaker: str, answer: Answer) -> bool:
        """Whether the answer's fact is something `speaker` said or expressed: Pompeo's
        remarks, the praise Singh and Esper gave, a statement's words; not the talks Pompeo
        took part in."""
        entry = self.index.by_id.get(answer.fact_ids[0]) if answer.fact_ids else None
        if entry is None:
            return True  # nothing asserted of anyone
        sayer = self._sayers.get(entry.fact.id)
        if sayer is not None and self._names_among(speaker, sayer.roles.get("who")):
            return True
        expressed = not entry.predicate.isdisjoint(SPEECH_TERMS | SAYING_TERMS)
        return expressed and self._names_among(speaker, entry.fact.roles.get("who"))

    def _names_among(self, speaker: str, doers: Role | None) -> bool:
        """Whether `speaker` is one of the doers (or a member of a group among them)."""
        if doers is None:
            return False
        return any(
            self._covers(speaker, member)
            for doer in doers.entities
            for member in self.index.expand(doer)
        )

    def _persons_boss_asked(self, said: str) -> bool:
        """Whether the question asks for a person's boss ("who is Esper's boss?", "the boss
        of Mark T. Esper?"), which the article never names; a body's boss is its chief."""
        found = _BOSS_OF.search(said)
        if found is None:
            owned = _OWNERS_BOSS.search(said)
            owner = owned["before"] if owned is not None else ""
            return owner in _OWN_PRONOUNS or self._kind(self.index.aliases.get((owner,), "")) == (
                "person"
            )
        words = found["after"].split()
        return any(
            self._kind(self.index.aliases.get(tuple(words[:size]), "")) == "person"
            for size in range(1, min(len(words), self.index.alias_max_len) + 1)
        )

    def _topic_said_about(self, entity: str, parsed: Parsed) -> bool:
        """ "What did Singh say about the agreement?": "the agreement" (or "the deal") names
        the BECA by its kind, so an answer that is just the BECA ("they agreed on the BECA")
        echoes the topic instead of saying what was said of it (they expressed appreciation)."""
        if parsed.qtype != "what" or not parsed.asks_speech or not parsed.speakers:
            return False
        kind = self._kind(entity)
        return bool(kind) and term(kind) in parsed.terms

    def _only_speaker(self, parsed: Parsed) -> str | None:
        """The one person a what-question asks the words of ("what did Singh say about…")."""
        if parsed.qtype != "what" or not parsed.asks_speech or len(parsed.speakers) != 1:
            return None
        speaker = next(iter(parsed.speakers))
        return speaker if self._kind(speaker) == "person" else None

    def _said_by_another(self, speaker: str, text: str, context: Context) -> Answer | None:
        """ "What did Singh say about China's Communist Party?": the article quotes no such
        words of his, but it does quote someone else's (Pompeo's), which the asker may be
        after; the abstention says whose they are."""
        asked = without_entity(parse(text, self.index), speaker)
        asked.speakers = set()
        ranked = self._clearly_ranked(asked)
        if not ranked:
            return None
        entry = ranked[0].entry
        who = entry.fact.roles.get("who")
        doers = {m for e in (who.entities if who else ()) for m in self.index.expand(e)}
        if not doers or any(self._covers(speaker, d) for d in doers):
            return None
        if not self._quoted_from(entry, doers):
            return None  # only words the article quotes are someone's own
        # Still no answer to what was asked (one writer's "the article quotes Pompeo" is
        # another's "it doesn't say"): an abstention that says whose words the article has.
        name = self.factbase.entities[speaker].name
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't quote {name} on that. What it does report: "
            f"{entry.fact.statement}",
            context,
            parsed=asked,
            ranked=ranked,
        )

    def _said_it_of(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What did Pompeo say about China?" "Did Esper say that?": no, Pompeo did; the
        last answer's words are someone's, and the asker names another (or the same)."""
        if SAID_IT_TOO.match(parsed.text) is None:
            return None
        # "Did Esper say the same in New Delhi?": the place is where, not who said it.
        named = {
            link.entity
            for link in parsed.entities
            if link.start >= 0 and self._kind(link.entity) != "place"
        }
        if not named and not _STATEMENT_WORDS.isdisjoint(parsed.words):
            named = set(self._statement_issuers)
        if len(named) != 1 or self._kind(next(iter(named))) not in ("person", "organisation"):
            return None
        last = self.index.by_id.get(context.fact_id or "")
        if last is None and not context.last_abstained:
            return None
        sources = {fact.id: fact for fact in self._sayers.values()}
        source = (
            self._sayers.get(last.fact.id) or sources.get(last.fact.id)
            if last is not None
            else None
        )
        who = source.roles.get("who") if source is not None else None
        unmentioned = (
            self._denied_mention(next(iter(named)), last)
            if source is None and last is not None
            else None
        )
        if last is not None and unmentioned is not None:
            # "The partnership is meant to counter China, right?" (Yes) "Did the DoD say
            # so?": the article's own words; the statement does not mention China.
            return self._answered(
                text=f"No. {unmentioned.statement}",
                facts=[unmentioned, last.fact],
                role=None,
                confidence=0.9,
                parsed=parsed,
                context=context,
                ranked=[Scored(last, 1.0, (), True)],
                notes=notes,
            )
        if last is None or source is None or who is None or not who.entities:
            # "What did Singh say about it?" (who he is; no words of his) "Did Esper say
            # the same in Delhi?": no one's words to compare, not whatever Esper did say.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                NOT_SAID,
                context,
                parsed=parsed,
                notes=(*notes, "follow-up: the same words, with none said last"),
            )
        asked = next(iter(named))
        said = any(self._said_as_one(asked, e) for e in who.entities)
        if not said and self._may_be_among(asked, who.entities):
            return None  # "Did Pompeo say that?" of what unnamed U.S. officials said
        facts = list(dict.fromkeys([source, last.fact]))
        speaker = who.answer.split(",")[0].removeprefix("The ")
        article = "the " if speaker.startswith("U.S.") else ""
        lead = "Yes." if said else f"No, {article}{speaker} did:"
        scored = Scored(last, 1.0, (), True)
        return self._answered(
            text=f"{lead} {last.fact.statement}",
            facts=facts,
            role=None,
            confidence=0.9,
            parsed=parsed,
            context=context,
            ranked=[scored],
            notes=notes,
        )

    @cached_property
    def _statement_issuers(self) -> frozenset[str]:
        """Who issued the statements the article reports (the Defense Department): "did
        the statement say so?" asks of them."""
        return frozenset(
            e
            for fact in self._sayers.values()
            if not _STATEMENT_WORDS.isdisjoint(normalise(fact.quote.text).split())
            and "who" in fact.roles
            for e in fact.roles["who"].entities
        )

    @cached_property
    def _negative_entries(self) -> tuple[FactEntry, ...]:
        """The facts saying something was not done or said, built once (a handful)."""
        return tuple(entry for entry in self.index.entries if entry.fact.negative)

    def _denied_mention(self, speaker: str, last: FactEntry) -> Fact | None:
        """The fact saying the speaker did not mention something the last answer is about
        ("the Defense Department statement does not explicitly mention China", of the
        partnership's purpose against China), or None."""
        for entry in self._negative_entries:
            named = set(entry.fact.entities)  # not what they belong to: the U.S. is in all
            if speaker not in named or _MENTION_TERM not in entry.predicate:
                continue
            others = named - {speaker}
            if others and not others.isdisjoint(last.involved):
                return entry.fact
        return None

    def _said_as_one(self, asked: str, speaker: str) -> bool:
        """Whether words the speaker said are the asked one's: the same, or a whole the
        speaker is part of ("did the U.S. say that?" of the Pentagon). A person inside a
        body is not the body: "Did Esper say that?" of the Pentagon's statement is a no."""
        if self._covers(asked, speaker):
            return True
        inside = self._kind(asked) == "person" and self._kind(speaker) == "organisation"
        return not inside and self._covers(speaker, asked)

    def _may_be_among(self, person: str, speakers: tuple[str, ...]) -> bool:
        """The person could be one of an unnamed group of speakers: Pompeo, of the U.S.,
        among "U.S. government officials"; Singh, of India, could not."""
        groups = [e for e in speakers if self._kind(e) == "group" and e not in self.index.members]
        return bool(groups) and bool(self._countries_of([person]) & self._countries_of(groups))

    def _keep_to_line(self, text: str, parsed: Parsed) -> None:
        """ "According to the last line of the article, who visited New Delhi?": only the
        facts quoting that line answer, not others the rest of the article tells."""
        located = LINE_LOCATOR.search(text.lower())
        if located is None:
            return
        starts = [f.quote.start for f in self.factbase.facts.values()]
        if not starts:
            return
        wanted = min(starts) if located["which"] in ("first", "opening") else max(starts)
        parsed.excluded_facts |= frozenset(
            f.id for f in self.factbase.facts.values() if f.quote.start != wanted
        )
        said = set(located[0].split())
        parsed.unknown = [w for w in parsed.unknown if w not in said]
        parsed.terms = [t for t in parsed.terms if t not in {term(w) for w in said}]

    def _set_aside(self, text: str, parsed: Parsed) -> None:
        """ "Besides expressing appreciation, what else did they welcome?": the fact the
        aside names would answer the rest too, but it is the one the asker already has."""
        aside = BESIDES_FIRST.match(text)
        at_end = aside is None
        if at_end:
            aside = BESIDES_LAST.search(text)
        if aside is None or not parsed.wants_other:
            return
        put = parse(aside["aside"], self.index)
        if at_end and put.entities:
            # "…besides the agreement?": at the end, only a thing; "besides Esper" sets a
            # person aside, which the entity links already do.
            return

        def ask_the_rest() -> None:
            # The aside's words are not asked.
            rest = parse(text[: aside.start()] + " " + text[aside.end() :], self.index)
            parsed.terms, parsed.unknown = rest.terms, rest.unknown

        named = self._clearly_ranked(put)
        if not named and put.wanted_kind is not None and not put.terms:
            # "…besides the agreement?": every fact about a thing of that kind is had.
            ask_the_rest()
            parsed.excluded_facts = frozenset(
                self.index.entries[p].fact.id
                for e in self._of_kind.get(put.wanted_kind, ())
                for p in self.index.entity_postings.get(e, ())
            )
            return
        if not named:
            return
        ranked = self._rank(parsed)
        if ranked and ranked[0].entry is named[0].entry:
            ask_the_rest()
            aside_terms = frozenset(put.terms)
            what = named[0].entry.fact.roles.get("what")
            if what is not None and _without_items(what.answer, aside_terms) is not None:
                # "Besides communications, which area…": one item of the fact's list is
                # set aside, and the others answer.
                parsed.aside_terms = aside_terms
            else:
                parsed.excluded_facts = frozenset({named[0].entry.fact.id})

    def _opening_question(self, parsed: Parsed) -> tuple[Parsed, str | None]:
        """A first question with nothing before it: "When did this happen?", "venue?" ask of
        what the article reports first; "which city were they in?", of its people."""
        lead = self._lead_event
        if (
            lead is not None
            and self._asks_other_person(parsed)
            and not self._names_a_person(parsed)
        ):
            # "Which other U.S. official visited New Delhi?", "has anyone else been to New
            # Delhi?": other than the people of the event the article opens with (Esper).
            parsed.excluded |= {e for e in lead.fact.entities if self._kind(e) == "person"}
        if (
            lead is not None
            and not parsed.entities
            and not parsed.terms
            and not parsed.unknown
            and parsed.qtype in ("when", "where")
            and (
                LEAD_EVENT_WORDS & set(parsed.words)
                or BARE_SETTING.match(parsed.text)
                or _asks_of_lead_people(parsed.words)
            )
        ):
            parsed.followup_fact = lead.fact.id
            parsed.entities = [
                soft_link(e) for e in lead.fact.entities if self._kind(e) == "person"
            ]
            return parsed, "follow-up: the event the article opens with"
        return parsed, None

    def _link_that_country(self, parsed: Parsed, context: Context, last: FactEntry) -> None:
        """ "What did Pompeo say about China?" … "Did the statement name that country?": the
        one country the conversation just had, linked as if named."""
        named = {e for e in parsed.entity_ids if self._kind(e) == "country"}
        countries = (
            # the country just answered or asked about ("Which country is Singh from?")
            [e for e in context.answer_entities if self._kind(e) == "country"]
            or [e for e in context.entities if self._kind(e) == "country"]
            or [e for e in last.fact.entities if self._kind(e) == "country"]
            # the sentence it quotes ("…the threat posed by China's…")
            or sorted(
                e
                for e in self.index.entities_in(last.fact.quote.text)
                if self._kind(e) == "country"
            )
        )
        # "Is that country India?": the one meant may be the one named.
        countries = [e for e in countries if e not in named] or countries
        if len(countries) == 1:
            parsed.entities = [*parsed.entities, soft_link(countries[0])]

    def _other_one_of_people(self, parsed: Parsed, context: Context) -> bool:
        """ "And the other one?", "what about the other one?" after an answer naming only
        people (or about one: "which one is from America?" "Esper."): the other one is a
        person too."""
        last = context.answer_entities or context.entities
        return (
            parsed.wanted_kind is None
            and THE_OTHER.match(parsed.text) is not None
            and bool(last)
            and all(self._kind(e) == "person" for e in last)
        )

    def _asks_other_person(self, parsed: Parsed) -> bool:
        """ "Who else…?", "did anyone else…?", "has any other U.S. official…?": someone
        besides those the conversation has had."""
        return parsed.wants_other and (
            parsed.qtype in ("who", "who_is", "with_whom")
            or (parsed.qtype == "yesno" and self._asks_of_someone(parsed))
            or (parsed.qtype == "what" and parsed.wanted_kind == "person")
        )

    def _set_aside_those_named(
        self, parsed: Parsed, context: Context, last: FactEntry | None, entities: list[str]
    ) -> None:
        """ "Who met Singh?" (Esper) "who else?", "who else met Singh?": someone besides
        those just answered, unless named again; "who else visited New Delhi?", naming no
        one: past everyone named so far."""
        given = (
            ()
            if self._names_a_person(parsed) or parsed.companion_only
            else (*context.named_so_far, *context.entities)
        )
        parsed.excluded |= {
            e
            for e in context.answer_entities
            if self._kind(e) == "person" and e not in entities and not parsed.companion_only
        }
        parsed.excluded |= {
            e for e in given if e not in entities and self._kind(e) in ("person", "country")
        }
        if (
            given
            and parsed.terms
            and last is not None
            # "What other U.S. official visited New Delhi?" says it asks for a person.
            and (parsed.qtype in ("who", "who_is", "with_whom") or parsed.wanted_kind != "person")
            and self._people_all_named(last, parsed.excluded)
        ):
            # "Which U.S. officials were at Tokyo?" "Where?" "Who else attended?": no one
            # else is named, but the countries there took part too. A bare "who else?"
            # still asks for people.
            parsed.wanted_kind = None

    def _same_count_of_others(
        self, parsed: Parsed, context: Context, last: FactEntry | None, entities: list[str]
    ) -> tuple[Parsed, str] | None:
        """ "How many 2+2s has Esper been to?" "And the countries?": the same count, theirs
        rather than his."""
        owners = self._own_counters(context, last, entities)
        if not (
            owners
            and not entities
            and (parsed.terms or parsed.wanted_kind)
            and all(t in KIND_TERMS for t in parsed.terms)
            and not parsed.unknown
            and len(parsed.words) <= 5
            # "and the countries?", "what about the countries?"; not "which countries?"
            and (parsed.qtype in ("keyword", "how_many") or AND_ABOUT.match(parsed.text))
        ):
            return None
        parsed.entities = [soft_link(e) for e in context.entities if e not in owners]
        parsed.terms = list(context.terms)
        parsed.qtype, parsed.types = "how_many", ["how_many"]
        return parsed, "follow-up: the last count, of others than " + ", ".join(owners)

    def _same_answer_again(
        self, parsed: Parsed, context: Context, last: FactEntry | None
    ) -> tuple[Parsed, str] | None:
        """ "And the other one?" after an answer naming two, "Name them." after a count that
        names them: the same answer again."""
        named_several = context.role == "how_many" or len(context.answer_entities) > 1
        if not (
            last is not None
            and context.role
            and (THE_OTHER.match(parsed.text) or (NAME_THEM.match(parsed.text) and named_several))
        ):
            return None
        qtype = "who" if context.role == "with_whom" else context.role
        parsed.followup_fact = last.fact.id
        parsed.entities = [soft_link(e) for e in context.entities]
        parsed.qtype, parsed.types = qtype, [qtype]
        return parsed, "follow-up: the other of the last answer"

    def _same_question_about(
        self, parsed: Parsed, context: Context, entities: list[str]
    ) -> tuple[Parsed, str] | None:
        """ "What did they say about logistics?" "And about communications?": the last
        question, about these words."""
        if not (
            not entities
            and parsed.terms
            and context.question_type not in (None, "summary", "yesno")
            and ABOUT_PHRASE.match(parsed.text)
            and len(parsed.words) <= 4
        ):
            return None
        parsed.entities = [soft_link(e) for e in context.entities]
        parsed.qtype = context.question_type or parsed.qtype
        parsed.types = [parsed.qtype]
        return parsed, "follow-up: the last question, about " + " ".join(parsed.terms)

    def _resolve_followup(self, parsed: Parsed, context: Context) -> tuple[Parsed, str | None]:
        if context.empty:
            return self._opening_question(parsed)
        parsed.recent_fact = context.fact_id
        last = self.index.by_id.get(context.fact_id or "")
        parsed.set_at = self._set_away(parsed, context)
        if last is not None and THAT_COUNTRY.search(parsed.text):
            self._link_that_country(parsed, context, last)
        if last is not None and not parsed.entity_ids and self._purpose_of(parsed, last):
            # "Who welcomed it?" (the expansion of information sharing) "To address what?":
            # the purpose of that act, told by the last fact or the one other fact telling
            # of the same act, not whatever else the article has someone address.
            parsed.followup_fact = last.fact.id
            return parsed, "follow-up: the purpose of the last answer's act"
        events = self._event_set_aside_at(parsed, last)
        if last is not None and events:
            parsed.entities = parsed.entities + [soft_link(e) for e in events]
            parsed.followup_fact = last.fact.id
            return parsed, "follow-up: the others at " + ", ".join(events)
        entities = parsed.entity_ids
        # "Who met Singh?" "Anyone else?": a bare "else" asks the last kind of question.
        if (
            parsed.wants_other
            and parsed.qtype == "keyword"
            and context.question_type in ("who", "with_whom")
            and not {"anyone", "anybody", "someone", "somebody"}.isdisjoint(parsed.words)
        ):
            # "Who met Singh?" "Anyone else?": "who else?", someone rather than something.
            parsed.qtype, parsed.types, parsed.wanted_kind = "who", ["who"], "person"
        if self._other_one_of_people(parsed, context):
            # "Which one is from America?" (Esper) "And the other one?": the other person,
            # as "and the other guy?" asks, not more about Esper.
            parsed.wanted_kind = "person"
        if self._asks_other_person(parsed):
            self._set_aside_those_named(parsed, context, last, entities)
        again = (
            self._same_count_of_others(parsed, context, last, entities)
            or self._same_answer_again(parsed, context, last)
            or self._same_question_about(parsed, context, entities)
        )
        if again is not None:
            return again
        content = self._brings_content(parsed, context, last)
        resolved = (
            self._followup_last_count(parsed, context, last, entities)
            or self._followup_count(parsed, context, entities, content)
            or self._followup_same_subject(parsed, context, last, entities, content)
            or self._followup_same_question_of(parsed, context, entities, content)
            or self._followup_about_another(parsed, context, last, entities, content)
            or self._followup_same_kind_about(parsed, context, entities)
            or self._followup_when_or_where_of_occasion(parsed, context, entities)
        )
        if resolved is not None:
            return resolved
        note = self._followup_pronouns(parsed, context, entities)
        return parsed, self._followup_pointing_back(parsed, last, entities, note)

    def _set_away(self, parsed: Parsed, context: Context) -> tuple[str, ...]:
        """Where the conversation is set, when that is where another event than the
        article's own was held and the question names no place of its own (the Tokyo talks,
        for "what did they agree?"). Pompeo's trip to South Asia is no such event: "what did
        he say the meetings on that trip would cover?" asks his words before it."""
        lead = self._lead_event
        if lead is None or not context.scene or self._places_named(parsed):
            return ()
        if set(context.scene) & self._own_places(lead):
            return ()
        held = frozenset().union(*self._event_places.values())
        return context.scene if set(context.scene) <= held else ()

    def _carried_terms(
        self, parsed: Parsed, context: Context, last: FactEntry | None
    ) -> tuple[str, ...]:
        """The last question's words a follow-up on the same subject keeps: all of them for
        "Where?"; with words of its own, only those the last answer's fact has. "Did they
        criticise the relationship?" (No, they praised it) "Did they praise it?": the
        relationship, not the criticism (read as naming) that no fact of theirs has."""
        if not parsed.terms or last is None:
            return context.terms
        return tuple(t for t in context.terms if t in last.bag)

    def _brings_content(self, parsed: Parsed, context: Context, last: FactEntry | None) -> bool:
        """The follow-up brings words of its own, not only the last question's."""
        covered = (
            last is not None
            and all(t in last.bag for t in parsed.terms)
            and not self._told_elsewhere(parsed.terms, last, context, parsed.pronouns)
        )
        # "Who are the world's two largest democracies?" after what officials called the
        # relationship: a question of its own, though the last answer has all its words.
        whole = len(parsed.terms) >= 3 and not parsed.pronouns and parsed.words[0] != "and"
        # "Met in Mumbai, right?" "On Tuesday?": a day the article does not have is a value
        # to check against the last claim, not a subject it lacks.
        values = context.question_type == "yesno" and all(
            w in WEEKDAYS or w in MONTHS for w in parsed.unknown
        )
        content = (bool(parsed.unknown) and not values) or (
            bool(parsed.terms) and (not covered or whole)
        )
        return content and not self._asks_office_of_last_person(parsed, context)

    def _asks_office_of_last_person(self, parsed: Parsed, context: Context) -> bool:
        """ "Which official visited New Delhi?" (Begin) "In what capacity?" ("what role?",
        "what title?", "his position?"): the office of the person just answered, asked
        with no word but the office's, which brings nothing of its own."""
        return (
            bool(parsed.terms)
            and not parsed.unknown
            and all(t in _OFFICE_TERMS for t in parsed.terms)
            and self._one_person_just_named(context) is not None
        )

    def _one_person_just_named(self, context: Context) -> str | None:
        """The one person the last answer named, else the one the last question named:
        after "Esper and Secretary Pompeo" (or "Where did Esper meet Singh?": New Delhi)
        a bare "what role?" has no one person to be of."""
        for pool in (context.answer_entities, context.entities):
            people = list(dict.fromkeys(e for e in pool if self._kind(e) == "person"))
            if people:
                return people[0] if len(people) == 1 else None
        return None

    def _followup_last_count(
        self, parsed: Parsed, context: Context, last: FactEntry | None, entities: list[str]
    ) -> tuple[Parsed, str] | None:
        """ "Has Esper been to a 2+2 before?" (yes, his second) "How many has he been to?": a
        count that does not say of what counts the occasions the last answer's fact counts,
        asked of the same doers. Not "and how many have the two countries had?" after
        Esper's own count, nor a count of things ("Two militaries") for "how many did they
        agree?", which no verb makes the militaries."""
        if (
            last is None
            or HOW_MANY_BARE.match(parsed.text) is None
            or not self._counts_occasions(last)
            or any(self._kind(e) in ("event", "agreement") for e in entities)
        ):
            return None
        doers = {m for e in last.role_entities.get("who", ()) for m in self.index.expand(e)}
        if entities:
            if not set(entities) <= doers:
                return None
        elif parsed.pronouns & {"person", "plural"}:
            several = len(last.role_entities.get("who", ())) > 1
            if ("plural" in parsed.pronouns) != several:
                return None  # "how many have they had?" after Esper's own count
        elif not parsed.terms or not set(parsed.terms) <= last.predicate:
            return None
        parsed.followup_fact = last.fact.id
        parsed.entities = [soft_link(e) for e in last.role_entities.get("who", ())]
        return parsed, "follow-up: the last answer's count of occasions"

    def _count_unsaid(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "How many has Esper been to?", "how many did they agree?": a count that does not
        say of what, with nothing before it to say so, is answered only when its verb does:
        "how many did Esper attend?" counts his 2+2s, the occasions of the act the question
        names, by the one who did it. Otherwise the article has no one count to give (four
        countries were at the Tokyo talks, but Esper did not visit them): what is counted is
        asked for instead."""
        if OF_THOSE_COUNTED.match(parsed.text) is not None:
            return self._count_of_those(parsed, context, notes)
        if HOW_MANY_BARE.match(parsed.text) is None and not self._keyword_count_of_people(parsed):
            return None
        if parsed.followup_fact is not None:
            if self._carries_things_to_doers(parsed):
                # "How many countries were at the Tokyo talks?" "How many did they attend?":
                # they attended talks, not countries; the last count counts no act of theirs.
                return self._not_found(parsed, context, [], notes)
            pinned = self.index.by_id.get(parsed.followup_fact)
            persons = [e for e in parsed.entity_ids if self._kind(e) == "person"]
            if pinned is not None and self._not_their_occasions(parsed, pinned, persons):
                # "Has Esper attended all the 2+2s?" (no, two) "and Pompeo, how many has
                # he attended?": the article counts no 2+2s of his.
                return self._not_found(parsed, context, [], notes)
            return None
        if any(self._kind(e) in ("event", "agreement") for e in parsed.entity_ids):
            people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
            if not people and "person" in parsed.pronouns:
                # "Who met Singh?" "What is the 2+2?" "How many has he been to?": "he" is
                # no one the 2+2 question named; of Singh and Esper before it, either.
                people = set(self._person_meant_before(context))
                if not people:
                    return self._not_found(parsed, context, [], notes)
                parsed.entities = [*parsed.entities, *(soft_link(e) for e in people)]
            if (
                self._asks_a_persons_count(parsed, people)
                and self._persons_occasion_count(parsed, people) is None
            ):
                # "What is the 2+2?" "How many has Pompeo been to?": the article counts
                # Esper's 2+2s, not his; the four countries at the Tokyo talks are no
                # count of his either.
                return self._not_found(parsed, context, [], notes)
            return None  # "and how many has Esper been to?" after the 2+2s: of those
        ranked = self._rank(self._with_holding(parsed))
        settled = next(
            (r.entry for r in ranked[:PAIR_DEPTH] if self._counts_act_asked(r.entry, parsed)),
            None,
        )
        if settled is not None:
            parsed.followup_fact = settled.fact.id
            notes.append("a count of the occasions of the act asked")
            return None
        last = self.index.by_id.get(context.fact_id or "")
        persons = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        if last is not None and self._not_their_occasions(parsed, last, persons):
            # "Has Esper attended all the 2+2s?" (no, two) "and Pompeo, how many has he
            # attended?": the article counts no 2+2s of his.
            return self._not_found(parsed, context, [], notes)
        if last is not None and self._counts_occasions(last):
            # "How many times has he been to a 2+2?" (Esper's two) "And how many have the
            # countries had?": the conversation's last count says what is counted, the 2+2s.
            counted = [e for e in last.central if self._kind(e) in ("event", "agreement")]
            parsed.entities = parsed.entities + [soft_link(e) for e in counted]
            notes.append("follow-up: " + ", ".join(counted) + " as last counted")
            return None
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            "How many what? The question doesn't say what to count.",
            context,
            parsed=parsed,
            ranked=ranked,
            notes=tuple(notes),
            suggestions=self._count_suggestions(parsed),
        )

    def _person_meant_before(self, context: Context) -> list[str]:
        """The one person "he" can be: the last turn's, else the only one named so far
        ("Who is Singh?" "What is the 2+2?" "How many has he been to?": Singh); none when
        two were ("who met Singh?" named Singh and Esper)."""
        last = self._pronoun_entities({"person"}, context)
        if last:
            return last
        named = [e for e in context.named_so_far if self._kind(e) == "person"]
        return named if len(named) == 1 else []

    @staticmethod
    def _asks_a_persons_count(parsed: Parsed, people: set[str]) -> bool:
        """ "How many has Pompeo been to?", "how many did he attend?": a person's count."""
        return bool(people) or "person" in parsed.pronouns

    def _persons_occasion_count(self, parsed: Parsed, people: set[str]) -> FactEntry | None:
        """The fact ranked for a person's count of occasions of an event that gives it: it
        counts occasions of that event, with that person (or, for "he", a person) as its
        doer. Esper's 2+2s; none for Pompeo's, nor for anyone's Tokyo talks."""
        events = {e for e in parsed.entity_ids if self._kind(e) in ("event", "agreement")}
        for ranked in self._rank(parsed)[:PAIR_DEPTH]:
            entry = ranked.entry
            doers = entry.role_entities.get("who", ())
            if (
                self._counts_occasions(entry)
                and not events.isdisjoint(entry.involved)
                and (
                    self._doers_asked(entry, people)
                    if people
                    else any(self._kind(e) == "person" for e in doers)
                )
                and bool(doers)
            ):
                return entry
        return None

    def _count_of_those(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "How many of those are from the US?" with nothing before it: of nothing said, so
        not "Two militaries". "How many countries were at the Tokyo talks?" (four) "How many
        of those was Esper in?": he was in talks, not countries; the count is not his."""
        if any(
            link.start >= 0 and self._kind(link.entity) in ("event", "agreement")
            for link in parsed.entities
        ):
            return None  # "how many of these 2+2 dialogues…?": of those it names
        last = self.index.by_id.get(context.fact_id or "")
        people = [e for e in parsed.entity_ids if self._kind(e) in ("person", "group")]
        things_counted = (
            last is not None
            and context.question_type == "how_many"
            and "how_many" in last.fact.roles
            and not self._counts_occasions(last)
        )
        if things_counted and people:
            return self._not_found(parsed, context, [], notes)
        if last is not None and people and self._not_their_occasions(parsed, last, people):
            # "How many 2+2 dialogues have there been?" (three) "How many of those has
            # Pompeo attended?": the article counts Esper's, not his; the four countries
            # at the Tokyo talks he attended are no count of his 2+2s.
            return self._not_found(parsed, context, [], notes)
        if last is None and not people:
            # "How many of those has Esper done?" is left to his own count, as before.
            return self._abstain(
                AbstainReason.AMBIGUOUS,
                "How many what? The question doesn't say what to count.",
                context,
                parsed=parsed,
                notes=tuple(notes),
                suggestions=self._count_suggestions(parsed),
            )
        return None

    def _not_their_occasions(self, parsed: Parsed, last: FactEntry, people: list[str]) -> bool:
        """The last answer counted the occasions of an event (the 2+2s), and the article
        gives no count of them for the people now asked of (Pompeo; Esper has his own)."""
        events = [e for e in last.central if self._kind(e) in ("event", "agreement")]
        persons = {e for e in people if self._kind(e) == "person"}
        if not self._counts_occasions(last) or not events or not persons:
            return False
        asked = copy(parsed)
        asked.entities = [*parsed.entities, *(soft_link(e) for e in events)]
        return self._persons_occasion_count(asked, persons) is None

    def _with_holding(self, parsed: Parsed) -> Parsed:
        """ "How many have the U.S. and India held?": read with "held" as its act, which
        the question's content words leave out, so the facts of holding rank first."""
        held = [term(w) for w in parsed.words if w in HOLDING_WORDS]
        if parsed.terms or not held:
            return parsed
        holding = copy(parsed)
        holding.terms = held
        return holding

    def _carries_things_to_doers(self, parsed: Parsed) -> bool:
        """A count that says not of what, asked of doers ("how many did they attend?"),
        carried over to a count of things (four countries): the things are no act of theirs.
        Without doers ("how many were named?") the things are what is asked about."""
        entry = self.index.by_id.get(parsed.followup_fact or "")
        if entry is None or "how_many" not in entry.fact.roles or self._counts_occasions(entry):
            return False
        doers = [e for e in parsed.entity_ids if self._kind(e) in ("person", "group", "country")]
        return bool(doers or parsed.pronouns & {"person", "plural"})

    def _counts_act_asked(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The fact counts the occasions of the very act the question asks of its doers
        ("how many did Esper attend?": his 2+2s, which he attended)."""
        asked = set(parsed.entity_ids)
        # "How many have the U.S. and India held?": "held", a word too common to read as
        # content, is the act here.
        doing = set(self._with_holding(parsed).terms)
        return (
            self._counts_occasions(entry)
            and bool(asked)
            and "who" in entry.role_entities
            and self._doers_asked(entry, asked)
            and bool(doing)
            and doing <= entry.predicate
        )

    def _count_suggestions(self, parsed: Parsed) -> tuple[str, ...]:
        """The article's count questions, those about what the question names first."""
        asked = set(parsed.entity_ids)
        ordered = sorted(self._count_questions, key=lambda pair: not asked & pair[0].involved)
        return tuple(dict.fromkeys(q for _, q in ordered))[:MAX_SUGGESTIONS]

    @cached_property
    def _count_questions(self) -> list[tuple[FactEntry, str]]:
        """Each fact with a count, with its example question that asks for it ("How many
        2+2 dialogues have the U.S. and India had?")."""
        return [
            (entry, q)
            for entry in self.index.entries
            if "how_many" in entry.fact.roles
            for q in entry.fact.questions
            if normalise(q).startswith("how many")
        ][: MAX_SUGGESTIONS * 4]

    def _counts_occasions(self, entry: FactEntry) -> bool:
        """The fact's count is of the occasions of its own act ("Two: this is the second
        time Esper has taken part…", "Three" 2+2 dialogues held), not of things it names
        ("Four countries: …", "Two militaries", "Two: the U.S. and India")."""
        role = entry.fact.roles.get("how_many")
        if role is None:
            return False
        words = normalise(role.answer).split(maxsplit=2)
        counts = entry.answer_terms.get("how_many", frozenset())
        if len(words) > 1 and not role.answer.split()[0].endswith(":"):
            return term(words[1]) in OCCASION_TERMS  # "Three dialogues", not "Two militaries"
        said = counts | entry.statement_terms
        return counts.isdisjoint(KIND_TERMS) and not said.isdisjoint(OCCASION_TERMS)

    def _keyword_count_of_people(self, parsed: Parsed) -> bool:
        """ "esper how many times", "esper count", "how many for esper": a search query
        that names only the people whose count it asks, and nothing counted; after "2+2
        count" it is their count of the same thing, as "how many has Esper been to?" is."""
        named = {at for link in parsed.entities for at in range(link.start, link.end)}
        rest = [w for at, w in enumerate(parsed.words) if at not in named]
        return (
            parsed.qtype == "how_many"
            and bool(named)
            and set(rest) <= _KEYWORD_COUNT_WORDS  # not "how many times had Esper met…"
            and all(self._kind(e) == "person" for e in parsed.entity_ids)
        )

    def _own_count_asked(self, parsed: Parsed, context: Context) -> bool:
        """ "2+2 count" "esper how many times": a keyword count of people after a count of
        events, when the article counts their own occasions of those events (Esper's 2+2s;
        not his Tokyo talks, whose count is of countries)."""
        if not self._keyword_count_of_people(parsed):
            return False
        counted = [e for e in context.entities if self._kind(e) in ("event", "agreement")]
        people = set(parsed.entity_ids)
        with_events = replace(parsed, entities=[*parsed.entities, *map(soft_link, counted)])
        return bool(counted) and self._persons_occasion_count(with_events, people) is not None

    def _followup_count(
        self, parsed: Parsed, context: Context, entities: list[str], content: bool
    ) -> tuple[Parsed, str] | None:
        """A count of what was just counted or answered ("How many of those?")."""
        bare_count = HOW_MANY_BARE.match(parsed.text) is not None or self._own_count_asked(
            parsed, context
        )
        if parsed.qtype == "how_many" and (
            {"those", "these", "them"} & set(parsed.words)
            or (bare_count and context.question_type == "how_many")
        ):
            # "How many 2+2s have there been?" "How many of those was Esper in?": of the
            # thing just counted.
            counted = [e for e in context.entities if self._kind(e) in ("event", "agreement")]
            if counted and entities:
                parsed.entities = parsed.entities + [soft_link(e) for e in counted]
                return parsed, "follow-up: " + ", ".join(counted) + " as just counted"
        elided = self._count_of_someone_elided(parsed, context, entities)
        if elided:
            # "How many 2+2s has Esper been part of?" … "What about Singh, how many has he
            # done?": of those events, his; "what is the 2+2?" "how many has he been to?":
            # the one person the conversation had.
            people = [] if entities else self._pronoun_entities({"person"}, context)[:1]
            parsed.entities = parsed.entities + [soft_link(e) for e in (*people, *elided)]
            return parsed, "follow-up: " + ", ".join(elided) + " as counted before"
        # "What was the meeting ahead of?" (the 2+2) "How many?": of that event, as "how many
        # have there been?" is.
        answered = [e for e in context.answer_entities if self._kind(e) in ("event", "agreement")]
        bare = [w for w in parsed.words if w not in ("and", "so")] == ["how", "many"]
        if (
            not entities
            and not content
            and parsed.qtype == "how_many"
            and ("there" in parsed.words or (bare and answered))
        ):
            # "Had Esper been to a 2+2 before?" "How many have there been?": of the event
            # itself, not of what the person did.
            kept = [
                e
                for e in context.entities
                if self._kind(e) not in ("person", "group") and "there" in parsed.words
            ]
            # "What was the meeting held ahead of?" "How many of those have there been?": of
            # the event that was the answer.
            kept = kept or answered or self._events_counted_last(context)
            last = self.index.by_id.get(context.fact_id or "")
            if not kept and last is not None and "how_many" in last.fact.roles:
                # "Which areas of cooperation were named?" "How many are there?": the last
                # answer's own count (three areas), which names no event to count.
                parsed.followup_fact = last.fact.id
                return parsed, "follow-up: the last answer's count"
            parsed.entities = [soft_link(e) for e in kept]
            return parsed, "follow-up: how many of the last answer's event"
        return None

    def _audience_unsaid(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Who was Pompeo talking to?", "what was his audience?": the article says where
        a speaker spoke, never to whom; "free nations" are in what he said, not who heard
        it. Someone who met people ("who did Esper talk to?") is left to the meeting."""
        if AUDIENCE_ASKED.search(parsed.text) is None or (
            parsed.qtype not in ("who", "who_is", "with_whom") and "audience" not in parsed.words
        ):
            return None  # "Where did Pompeo speak to the press?": where, which it says
        speakers = [e for e in parsed.entity_ids if e in self._speech_of]
        if len(speakers) != 1 or len(set(parsed.entity_ids) - {"state-department"}) > 1:
            return None
        source = self._speech_of[speakers[0]]
        name = self.factbase.entities[speakers[0]].name
        where = source.roles.get("where")
        said = f" It says only where: {where.answer[0].lower()}{where.answer[1:]}." if where else ""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say whom {name} was speaking to.{said}",
            context,
            parsed=parsed,
            notes=tuple(notes),
            suggestions=self._suggest_for(parsed, speakers),
        )

    @cached_property
    def _speech_of(self) -> dict[str, Fact]:
        """The people the article has speak, each with the fact that tells where (Pompeo:
        the press conference); not the Defense Department, whose statement had no audience
        to ask about, nor anyone who only met someone."""
        spoken: dict[str, Fact] = {}
        for fact in self._sayers.values():
            who = fact.roles.get("who")
            for e in who.entities if who else ():
                if self._kind(e) in ("person", "group"):
                    spoken.setdefault(e, fact)
        return spoken

    def _count_of_someone_elided(
        self, parsed: Parsed, context: Context, entities: list[str]
    ) -> list[str]:
        """The events of the conversation a "how many has he done?" counts: a count of a
        person's with no noun after "how many", the conversation's events then being
        counted."""
        at = next((i for i in range(len(parsed.words) - 2) if parsed.words[i] == "how"), None)
        if (
            parsed.qtype != "how_many"
            or not (GOING_TERMS | PARTAKING_TERMS).issuperset(parsed.terms)
            or at is None
            or parsed.words[at + 1 : at + 2] != ["many"]
            or parsed.words[at + 2] not in ("has", "have", "had", "did", "does", "do")
            or not (entities or "person" in parsed.pronouns)
            or not all(self._kind(e) in ("person", "group") for e in entities)
        ):
            return []
        return [e for e in context.entities if self._kind(e) in ("event", "agreement")]

    @staticmethod
    def _names_a_non_person(parsed: Parsed) -> bool:
        """ "full name of the dialogue?": not the name of the person of the conversation;
        "full name of the minister?" still is."""
        kind = _kind_of_name_noun(parsed)
        return kind is not None and kind != "person"

    def _thing_named(self, parsed: Parsed, context: Context) -> str | None:
        """ "Whats the full name of the agreement?" after a question about Esper and the
        BECA: the one thing of the conversation of the kind the noun says, not Esper."""
        kind = _kind_of_name_noun(parsed)
        if kind is None or kind == "person":
            return None
        things = [
            e
            for e in dict.fromkeys((*context.answer_entities, *context.entities))
            if self._kind(e) == kind
        ]
        if not things:
            # "Esper Singh" "agreement name": none in the conversation, but the one of the
            # article's agreements whose own name has the noun (the Basic Exchange and
            # Cooperation Agreement, not the strategic partnership).
            things = self._kind_called(kind, _name_noun(parsed) or "")
        return things[0] if len(things) == 1 else None

    def _kind_called(self, kind: str, noun: str) -> list[str]:
        """The article's entities of the kind whose name has the noun in it."""
        return [
            e
            for e in self._entities_of_kind.get(kind, [])
            if noun
            and term(noun) in {term(w) for w in normalise(self.factbase.entities[e].name).split()}
        ]

    @cached_property
    def _entities_of_kind(self) -> dict[str, list[str]]:
        """The article's entities by kind, read once (not per question)."""
        kinds: dict[str, list[str]] = {}
        for entity_id in self.factbase.entities:
            kinds.setdefault(self._kind(entity_id) or "", []).append(entity_id)
        return kinds

    def _events_counted_last(self, context: Context) -> list[str]:
        """ "How many 2+2s has Esper attended?" (two) "And how many in total?": the events
        the last count was of, now counted whoever took part."""
        last = self.index.by_id.get(context.fact_id or "")
        if last is None or context.question_type != "how_many":
            return []
        return [e for e in last.central if self._kind(e) in ("event", "agreement")]

    def _followup_same_subject(
        self,
        parsed: Parsed,
        context: Context,
        last: FactEntry | None,
        entities: list[str],
        content: bool,
    ) -> tuple[Parsed, str] | None:
        """A new kind of question about the same subject ("Where?", "First name?")."""
        thing = self._thing_named(parsed, context) if not entities and parsed.wants_name else None
        if thing is not None:
            # "true or false: they signed the BECA" "whats the full name of the agreement?"
            parsed.entities = [soft_link(thing)]
            # The noun is now the entity: "agreement" alone would rank the fact that says
            # "basic agreement" (the appreciation) above the one that names it.
            nouns = {term(w) for w in KIND_NOUNS}
            parsed.terms = [t for t in parsed.terms if t not in nouns]
            return parsed, f"follow-up: the name of {thing}"
        its = self._thing_its_name_asks(parsed, context) if not entities else None
        if its is not None:
            parsed.entities = [soft_link(its)]
            return parsed, f"follow-up: the name of {its}"
        if not entities and parsed.wants_name and not self._names_a_non_person(parsed):
            people = self._pronoun_entities({"person"}, context)
            if people:
                # "Singh's role?" "First name?": his.
                parsed.entities = [soft_link(people[0])]
                return parsed, f"follow-up: the name of {people[0]}"
        plural_thing = not {"those", "these"}.isdisjoint(parsed.words)
        # "esper how many times" (his second 2+2) "who takes part in it?": "it" is no
        # person, so the event counted, not Esper.
        counted_it = last is not None and "it" in parsed.words and self._counts_occasions(last)
        events = (
            [e for e in last.fact.entities if self._kind(e) == "event"]
            if last is not None and (plural_thing or counted_it) and parsed.qtype in ("who", "what")
            else []
        )
        if not entities and not content and events:
            # "Which one is this for Esper?" (his second 2+2) "Who takes part in those?":
            # the events the last fact counted, not the person it was about.
            parsed.entities = [soft_link(e) for e in events]
            return parsed, "follow-up: " + ", ".join(events) + " of the last answer"
        unsaid = self._left_unsaid_by_denial(parsed, context)
        if not entities and not content and unsaid is not None:
            parsed.entities = [soft_link(e) for e in unsaid]
            return parsed, "follow-up: " + ", ".join(unsaid) + ", which the last answer denied"
        if not entities and not content:
            # "Where?", "When was that?": the same subject, a new kind of question. "Why?" is
            # about the last answer's own fact, whatever words the question before it used.
            # "Who met Esper?" "Where is he from?" "What's his job?": his title, asked
            # whole; the meeting's words would make it a question about the meeting.
            titled = bool(parsed.terms) and all(t in IDENTITY_TERMS for t in parsed.terms)
            if (parsed.qtype != "why" or context.fact_id is None) and not titled:
                parsed.terms = list(
                    dict.fromkeys([*parsed.terms, *self._carried_terms(parsed, context, last)])
                )
            # "Who met Singh?" (Esper) "Who did he meet?": he is the one just named.
            # "Which official visited New Delhi?" (Begin) "In what capacity?": his office,
            # not New Delhi's.
            office = self._asks_office_of_last_person(parsed, context)
            people = (
                self._pronoun_entities({"person"}, context) if "person" in parsed.pronouns else []
            )
            if office and not people:
                people = [self._one_person_just_named(context) or ""]
            carried = people or self._events_it_means(parsed, context) or context.entities
            parsed.entities = [soft_link(e) for e in carried]
            parsed.followup_fact = context.fact_id
            if len(people) == 1 and people != [""]:
                # "Did Begin also go there?" (unsaid) "When did he go?": the date must be of
                # a fact with Begin in it, not of the meeting "there" was.
                parsed.them |= frozenset(people)
            if (
                parsed.qtype == "keyword"
                and context.question_type
                and parsed.words[:1] != ["whose"]
            ):
                # "Where is he from?" "His role?": what his role is, not where. "Who was at
                # the Tokyo talks?" "Type of talks?": a keyword still (their kind), not who.
                if titled:
                    parsed.qtype = "what"
                elif not _asks_a_kind(parsed.words):
                    parsed.qtype = context.question_type
                parsed.types = [parsed.qtype]
            return parsed, "follow-up: same subject as the last question"
        return None

    def _thing_its_name_asks(self, parsed: Parsed, context: Context) -> str | None:
        """The one thing "its" or "it" stands for when its name is asked: "Did Esper and
        Singh agree on anything?" (the BECA) "What's its name?" is the agreement's name, not
        Esper's, whom "its" cannot be."""
        if not parsed.wants_name or parsed.pronouns != {"thing"} or _IT.isdisjoint(parsed.words):
            return None
        things = [e for e in self._pronoun_entities({"thing"}, context) if self._any_thing((e,))]
        return things[0] if len(things) == 1 else None

    def _events_it_means(self, parsed: Parsed, context: Context) -> list[str]:
        """ "How many 2+2s has Esper been at?" "Where was it held?": "it" is the 2+2, not
        Esper, so the place is the 2+2's (which the article never gives), not the place of
        the meeting Esper had ahead of it."""
        if "it" not in parsed.words:
            return []
        # "Who went from the American side?" (of the Tokyo talks) "Which countries were in
        # it?": in the talks, not the United States the last question named.
        inside = IN_IT.search(parsed.text.rstrip(" ?")) is not None
        if parsed.qtype not in ("where", "when") and not inside:
            return []
        return [e for e in context.entities if self._kind(e) == "event"]

    def _followup_same_question_of(
        self, parsed: Parsed, context: Context, entities: list[str], content: bool
    ) -> tuple[Parsed, str] | None:
        """The last question again, of someone else ("Did Pompeo?")."""
        if (
            entities
            and not content
            and parsed.qtype == "yesno"
            and is_bare_auxiliary(parsed)
            and context.terms
        ):
            # "Who met Singh?" "Did Pompeo?": the name stands for the answer (did Pompeo meet
            # Singh?), not for whatever else the article has him do. (After a yes or no, the
            # claim itself is asked again: see _claim_again.)
            kept = [e for e in context.entities if e not in entities]
            kept = kept or self._last_event_of(context, entities)
            parsed.entities = parsed.entities + [soft_link(e) for e in kept]
            # "Who went to Tokyo?" "Did Singh?": to Tokyo too, not anywhere he went.
            # "Did the statement mention China?" "Did Singh?": of China still, whatever the
            # last question was about, when someone new is its doer.
            stays = kept if self._all_people(entities) else []
            parsed.them |= frozenset(
                e for e in kept if e in stays or self._kind(e) in ("place", "event")
            )
            parsed.terms = list(context.terms)
            return parsed, "follow-up: the last question, of " + ", ".join(entities)
        return None

    def _last_event_of(self, context: Context, entities: list[str]) -> list[str]:
        """The event of the last answer's fact, when the last question named nothing: "How
        many countries?" (the Tokyo talks) "Name them." "Was China one?" asks of those talks
        (it got Yes with Pompeo's words on China)."""
        last = self.index.by_id.get(context.fact_id or "")
        if last is None:
            return []
        return [e for e in last.central if self._kind(e) == "event" and e not in entities]

    def _followup_about_another(
        self,
        parsed: Parsed,
        context: Context,
        last: FactEntry | None,
        entities: list[str],
        content: bool,
    ) -> tuple[Parsed, str] | None:
        """The last question, about something else ("And Pompeo?", "What about Tokyo?")."""
        if (
            entities
            and not content
            and parsed.qtype in ("keyword", "what")
            # "How are U.S.-India relations?" "And their relations with China?"
            and (is_about_phrase(parsed) or WITH_ANOTHER.match(parsed.text) is not None)
        ):
            person = self._national_person_meant(parsed, context, entities)
            if person is not None:
                # "What's Singh's job?" "And the American guy?": Esper's job, not the U.S.'s.
                parsed.entities = [
                    replace(link, entity=person) if link.entity == entities[0] else link
                    for link in parsed.entities
                ]
                entities = [person]
            # "And Pompeo?", "What about Tokyo?": the last question, about something else.
            if (
                last is not None
                and context.question_type in ("when", "where")
                and all(e in last.entities and e not in last.central for e in entities)
                and all(self._kind(e) == "event" for e in entities)
            ):
                # "When did Esper meet Singh?" (ahead of the 2+2) "And the 2+2?": the event
                # the answer placed it by, on its own.
                parsed.qtype = context.question_type
                parsed.types = [context.question_type]
                return parsed, "follow-up: the last question, about " + ", ".join(entities)
            kinds = {self.factbase.entities[e].kind for e in entities}
            kept = [
                e
                for e in context.entities
                if self.factbase.entities.get(e) is not None
                and self.factbase.entities[e].kind not in kinds
                and e not in self._own_counters(context, last, entities)
            ]
            paired = [
                e
                for e in context.entities
                if e not in entities and self._kind(e) in kinds and self._kind(e) != "unknown"
            ]
            compounds = self.index.compounds
            pairs = [
                c
                for first in paired[:1]
                if len(paired) == 2
                for e in entities
                for c in (compounds.get((first, e)), compounds.get((e, first)))
                if c is not None
            ]
            if WITH_ANOTHER.match(parsed.text) and pairs:
                # "What are U.S.-India relations like?" "And with China?": the first side's,
                # with another in place of the second, when the article writes that pair
                # ("U.S.-China relations", not the U.S.-India ones beside them).
                kept = [paired[0], *kept]
                parsed.span_terms += pairs
            # "When did Esper meet Singh?" "And Pompeo?": Pompeo in Esper's place, met with
            # Singh still; the date of whatever else Pompeo did is no answer.
            contrasted = person is not None and self._all_of_another_country(context, person)
            if not contrasted:
                kept += self._people_left_beside(context, entities)
            parsed.entities = [soft_link(e) for e in kept] + parsed.entities
            # What the last question was about stays asked of a new person: "Did the
            # statement mention China?" "And Singh?" is about China still, not anything
            # Singh did. (A new event is not: "oops, I meant the Tokyo talks".)
            if self._all_people(entities):
                parsed.them |= frozenset(kept)
            parsed.terms = list(context.terms)
            if self._names_a_pair(parsed):
                # "How fast are U.S.-India ties heating up?" "And U.S.-China?": how those ties
                # go, which is no warming; the last question's trend is not theirs to assume.
                parsed.terms = [t for t in parsed.terms if t not in TREND_TERMS]
            parsed.followup_fact = context.pinned  # "Was India there?" "And China?"
            if context.question_type:
                parsed.qtype = context.question_type
                parsed.types = [context.question_type]
            if context.fact_id in self._identity_facts:
                parsed.qtype, parsed.types = "who_is", ["who_is"]  # "Who is Pompeo?" "And Begin?"
            elif contrasted and len([e for e in context.entities if self._kind(e) == "person"]) > 1:
                # "Which of those are US officials?" (three named) "And the Indian one?":
                # who he is, as they were named, not a role of his.
                parsed.qtype, parsed.types = "who_is", ["who_is"]
            countries = [e for e in entities if self._kind(e) == "country"]
            if parsed.qtype in ("who", "with_whom") and countries == entities == entities[:1]:
                # "Who was there from the U.S.?" "And from India?": someone of India's, not
                # the Americans again.
                parsed.nationality = countries[0]
            people = [e for e in entities if self._kind(e) == "person"]
            if self._asked_an_own_count(context, last):
                # "How many 2+2s has Esper attended?" "And Pompeo?": Pompeo's own count.
                parsed.own_count_of = people[0] if len(people) == 1 else None
            return parsed, "follow-up: the last question, about " + ", ".join(entities)
        return None

    def _asked_an_own_count(self, context: Context, last: FactEntry | None) -> bool:
        """The last question asked someone's own count: "How many 2+2s has Esper been to?"
        (two), or an "And Pompeo?" after it the article had no answer to, so "And Singh?"
        next is still Singh's own count, not any count of the article (three areas)."""
        if context.role == "how_many" and last is not None:
            return bool(self._own_count_of(last.fact))
        return context.last_abstained and context.question_type == "how_many"

    def _all_people(self, entities: list[str]) -> bool:
        return bool(entities) and all(self._kind(e) == "person" for e in entities)

    def _all_of_another_country(self, context: Context, person: str) -> bool:
        """The last question's people are all of one country, not the person's: "which of
        those are US officials?" (Esper, Pompeo, Begin) "and the Indian one?" asks of Singh
        in their stead, not of Pompeo and Begin beside him."""
        before = [e for e in context.entities if self._kind(e) == "person" and e != person]
        countries = {frozenset(self._countries_of([e])) for e in before}
        return len(countries) == 1 and not next(iter(countries)) & self._countries_of([person])

    def _people_left_beside(self, context: Context, entities: list[str]) -> list[str]:
        """The last question's other people, when a follow-up names one person to take the
        place of one of them: "When did Esper meet Singh?" "And Pompeo?" leaves Singh, so
        it asks when Pompeo met Singh. The one replaced is the one of the new person's
        country ("When did Singh meet Esper?" "And Pompeo?": Esper), else the first."""
        people = [e for e in entities if self._kind(e) == "person"]
        if len(people) != 1:
            return []
        before = [e for e in context.entities if self._kind(e) == "person" and e not in entities]
        country = self._countries_of(people)
        alike = [e for e in before if country and self._countries_of([e]) == country]
        replaced = alike[0] if len(alike) == 1 else before[:1]
        return [e for e in before if e not in replaced]

    def _national_person_meant(
        self, parsed: Parsed, context: Context, entities: list[str]
    ) -> str | None:
        """ "What's Singh's job?" "And the American guy?" (or "the American", "the US one"):
        after a question about a person, a country's person noun stands for the one person
        of that country the conversation named, else the one the headline is about."""
        if len(entities) != 1 or self._kind(entities[0]) != "country":
            return None
        if not any(self._kind(e) == "person" for e in context.entities):
            return None
        link = next(k for k in parsed.entities if k.entity == entities[0])
        if link.start < 0:
            return None
        following = parsed.words[link.end : link.end + 1]
        demonym = link.end - link.start == 1 and parsed.words[link.start].endswith(
            ("ian", "can", "ese")
        )
        noun = bool(following) and (
            following[0] == "one" or term(following[0]) in BARE_PERSON_TERMS
        )
        if not (noun or (demonym and not following)):
            return None
        people = self._people_of_country(entities[0])
        for pool in (set(context.named_so_far), set(context.entities), self._headline_people):
            among = [e for e in people if e in pool]
            if len(among) == 1:
                return among[0]
        return people[0] if len(people) == 1 else None

    def _companions_of_asked(self, parsed: Parsed, fact: Fact) -> str | None:
        """The other people who did it beside the one person a "with whom" question names
        ("pompeo was in tokyo with who": Esper), when the fact's doers are several people."""
        who = fact.roles.get("who")
        if who is None or parsed.wants_other or parsed.wanted_kind == "country":
            return None
        asked = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        if len(asked) != 1 or asked[0] not in who.entities:
            return None
        others = [e for e in who.entities if e != asked[0] and self._kind(e) == "person"]
        return " and ".join(self.factbase.entities[e].name for e in others) or None

    def _left_unsaid_by_denial(self, parsed: Parsed, context: Context) -> list[str] | None:
        """ "Was China mentioned in the statement?" (No) "Then who mentioned it?": it is what
        the denial left unsaid (China), asked of someone else; not the statement that did
        not do the very thing asked ("mentioned", one of the denial's own words)."""
        last = self.index.by_id.get(context.fact_id or "")
        if parsed.qtype != "who" or parsed.pronouns != {"thing"} or last is None:
            return None
        # ("Who named it?" may ask who gave it its name: no reporting verb to go by.)
        denied = {term(w) for w in last.fact.keywords} - {term("name")}
        if not last.fact.negative or denied.isdisjoint(term(w) for w in parsed.words[1:]):
            return None
        actors = ("person", "organisation", "group")
        unsaid = [e for e in context.entities if self._kind(e) not in actors]
        return unsaid or None

    def _names_a_pair(self, parsed: Parsed) -> bool:
        """The question names two sides the article writes as one pair ("U.S.-China")."""
        return any(t in self._pair_terms for t in parsed.span_terms)

    @cached_property
    def _pair_terms(self) -> frozenset[str]:
        return frozenset(self.index.compounds.values())

    def _followup_when_or_where_of_occasion(
        self, parsed: Parsed, context: Context, entities: list[str]
    ) -> tuple[Parsed, str] | None:
        """ "When did Esper meet Singh?" "And Pompeo's press conference?" ("and Begin's
        visit?", "the Tokyo meeting?"): when (or where) that occasion was, as the last
        question asked; read as a keyword, it gave what Pompeo said there instead."""
        if (
            context.question_type in ("when", "where")
            and parsed.qtype == "keyword"
            and entities
            and parsed.terms
            and all(t in _OCCASION_TERMS for t in parsed.terms)
            and not parsed.unknown
            and len(parsed.words) <= _BARE_QUESTION_WORDS
        ):
            parsed.qtype = context.question_type
            parsed.types = [context.question_type]
            return parsed, "follow-up: the last question, of another occasion"
        return None

    def _followup_same_kind_about(
        self, parsed: Parsed, context: Context, entities: list[str]
    ) -> tuple[Parsed, str] | None:
        """The last kind of question, about these words ("And U.S.-China relations?")."""
        if entities and AND_ABOUT.match(parsed.text) and parsed.qtype in ("keyword", "what"):
            # "And U.S.-China relations?": the last kind of question, about these words.
            if context.question_type:
                parsed.qtype = context.question_type
                parsed.types = [context.question_type]
            return parsed, "follow-up: the last kind of question"
        return None

    def _followup_pronouns(
        self, parsed: Parsed, context: Context, entities: list[str]
    ) -> str | None:
        """Links he, she, they, it and them to whom and what the conversation had."""
        note = None
        people_named = any(self._kind(e) in ("person", "group") for e in entities)
        if (
            parsed.pronouns
            and not people_named
            and (not entities or parsed.pronouns & {"person", "plural"})
        ):
            chosen = self._pronoun_entities(parsed.pronouns, context)
            occasions = self._occasions_taken_part_in(parsed, context)
            if occasions:
                # "How many 2+2s has Esper been part of?" "Who takes part in them?": the
                # dialogues, not Esper; one goes to or takes part in events, not people.
                chosen = occasions
            if "plural" in parsed.pronouns and not chosen and not _two_with_noun(parsed.words):
                # "Tell me about the Tokyo talks" "Who hosted them?": them, the talks. Not
                # "what was agreed between the two militaries?": the militaries, not talks.
                chosen = [e for e in context.entities if self._kind(e) == "event"]
                chosen = chosen or self._event_answered_last(context)
            answered = self._thing_answered_last(parsed, context)
            if answered:
                chosen = answered
            events = [e for e in chosen if self._kind(e) == "event"]
            if parsed.pronouns == {"thing"} and len(events) == 1:
                # "Where were the quad talks?" … "Who hosted it?": it, the talks; not the
                # meeting, whoever went to both.
                chosen = events
                parsed.them = frozenset(events)
            if "plural" in parsed.pronouns and (
                len(chosen) > 1 or (chosen and self._kind(chosen[0]) == "event")
            ):
                # Them, all of them: a fact with only some (Esper, not Pompeo) is not theirs.
                parsed.them = frozenset(e for e in chosen if self._kind(e) in ("person", "event"))
            people = [e for e in chosen if self._kind(e) == "person"]
            if "person" in parsed.pronouns and "plural" not in parsed.pronouns and len(people) == 1:
                # "Who is Singh?" "And where was he earlier this month?": he, Singh, must be
                # in the answer's fact as if named, not whoever went somewhere that month.
                parsed.them |= frozenset(people)
            if chosen:
                parsed.entities = [soft_link(e) for e in chosen] + parsed.entities
                note = "follow-up: " + ", ".join(chosen) + " from the last answer"
                self._pronoun_as_speaker(parsed, chosen)
        elif people_named and self._subject_pronoun_beside_name(parsed, ("they",)):
            # "Who took part in the Tokyo talks?" (Esper and Pompeo) "Did they meet Singh?":
            # they are those before, all of them, not Singh, whom the question names.
            named = set(entities)
            before = [
                e
                for e in dict.fromkeys((*context.answer_entities, *context.entities))
                if self._kind(e) == "person" and e not in named
            ]
            if before:
                parsed.entities = [*map(soft_link, before), *parsed.entities]
                parsed.them = frozenset(before) if len(before) > 1 else parsed.them
                note = "follow-up: " + ", ".join(before) + " from the last answer"
        elif people_named and self._subject_pronoun_beside_name(parsed):
            # "Which official visited New Delhi?" (Begin) "Did he meet Singh?": he is the
            # one before, not Singh, whom the question names after him.
            named = set(entities)
            others = [e for e in self._pronoun_entities({"person"}, context) if e not in named] or [
                e
                for e in (*context.answer_entities, *context.entities)
                if self._kind(e) == "person" and e not in named
            ][:1]
            if not others:
                # "What did Pompeo say?" … "Where did he go on the trip?" (South Asia) "Did
                # he meet Singh?": he is still Pompeo, the last one spoken of, though the
                # answers since named only places; not whoever the article has meet Singh.
                others = [
                    e
                    for e in reversed(context.named_so_far)
                    if self._kind(e) == "person" and e not in named
                ][:1]
            if self._pronoun_described(parsed.words):
                # "Who met Singh?" (Esper) "Was he the Secretary of Defense?": the title
                # describes him; he is still the one just answered, whoever it names. With
                # no one just answered ("Where?" came between), "he" is left to the title.
                others = [e for e in context.answer_entities if self._kind(e) == "person"][:1]
                others = others or self._claim_subject(context)
            if others:
                parsed.entities = [soft_link(others[0]), *parsed.entities]
                note = f"follow-up: {others[0]} from the last answer"
                if (
                    parsed.qtype != "yesno"
                    or self._one_person_asked_yes_or_no(context)
                    or self._pronoun_whereabouts(parsed.words)
                ):
                    # "Who visited New Delhi recently?" (Begin) "When did he meet Singh?":
                    # the date must be of a fact with Begin in it, not Esper's meeting. So
                    # must a yes or no of the one person the last one asked of: "did pompeo
                    # go to tokyo?" "did he meet singh in tokyo?" is no "No" from Esper's.
                    parsed.them |= frozenset(others[:1])
        elif people_named and OBJECT_PERSON_PRONOUNS & set(parsed.words[2:]):
            # "What did Pompeo say?" "Was Esper with him?": him, Pompeo; not Esper alone,
            # whose title would make a "yes".
            named = set(entities)
            others = [
                e
                for e in dict.fromkeys((*context.entities, *context.answer_entities))
                if self._kind(e) == "person" and e not in named
            ][:1]
            if others:
                parsed.entities = [*parsed.entities, soft_link(others[0])]
                # "Who met Singh?" "When did Pompeo meet him?": a fact with Singh in it,
                # not the Tokyo talks' date, which have Pompeo but not Singh.
                parsed.them |= frozenset(others[:1])
                note = f"follow-up: {others[0]} from the last question"
        return note

    def _event_answered_last(self, context: Context) -> list[str]:
        """The events the last answer named that its fact is about: "What about the talks in
        Tokyo?" (the quadripartite talks) "Did they reach an agreement?" asks of the talks.
        Not an event named only to place another: "Why did they meet?" ("Ahead of the 2+2")
        "What did they agree on?" is still asked of Esper and Singh."""
        last = self.index.by_id.get(context.fact_id or "")
        if last is None:
            return []
        return [
            e for e in context.answer_entities if self._kind(e) == "event" and e in last.central
        ]

    def _thing_answered_last(self, parsed: Parsed, context: Context) -> list[str]:
        """ "Name the agreement Esper and Singh agreed on." (the BECA) "Who expressed
        appreciation for it?": it, the thing the last answer named, when the last question
        named only people, whom "it" cannot be. Only for "it" itself: "there" and "then"
        point at a place or a time, and "that" may be the whole last answer."""
        if parsed.pronouns != {"thing"} or _IT.isdisjoint(parsed.words):
            return []
        if self._any_thing(context.entities):
            return []
        return [e for e in context.answer_entities if self._any_thing((e,))]

    @staticmethod
    def _subject_pronoun_beside_name(
        parsed: Parsed, pronouns: tuple[str, ...] = ("he", "she")
    ) -> bool:
        """The pronoun is the subject, with someone else named: "did he meet Singh?", and
        after a question word, "when did he meet Singh?", "when did they meet Singh?"."""
        words = parsed.words
        if words[1:2] and words[1] in pronouns:
            return True
        if parsed.qtype == "yesno" and words[:1] and words[0] in pronouns:
            return True  # "Begin visited Delhi." "He met Singh": a claim put bare, of him
        return parsed.qtype != "yesno" and words[2:3] != [] and words[2] in pronouns

    @staticmethod
    def _pronoun_described(words: list[str]) -> bool:
        """ "Was he the Secretary of Defense?", "he was India's defense minister?": what he
        is, a title that may name someone else. Not where he was: "Was he present at the
        Esper-Singh meeting?" or "was he at the meeting in Delhi?" asks of the one before
        (Pompeo), not of the meeting, which has no "he" to stand in for."""
        if words[:1] in (["is"], ["was"]) or words[1:2] in (["is"], ["was"]):
            return not Engine._pronoun_whereabouts(words)
        return False

    @staticmethod
    def _pronoun_whereabouts(words: list[str]) -> bool:
        """ "Was he present at the meeting?", "he was also in Tokyo?": where he was. A "yes"
        must come from a fact with him in it, not from the meeting's own (Esper's)."""
        if words[:1] in (["is"], ["was"]) or words[1:2] in (["is"], ["was"]):
            return words[2:3] != [] and words[2] in _WHEREABOUTS_AFTER_BE
        return False

    def _pronoun_as_speaker(self, parsed: Parsed, chosen: list[str]) -> None:
        """ "Who is Pompeo?" "What did he say the discussions had covered?": what Pompeo
        said, as "what did Pompeo say…" asks; not the statement's account of others."""
        if parsed.pronoun_speaks and not parsed.speakers:
            parsed.speakers = {e for e in chosen if self._kind(e) in ("person", "group")}

    def _occasions_taken_part_in(self, parsed: Parsed, context: Context) -> list[str]:
        """The events "them" stands for after "in", "at" or "to" ("who takes part in
        them?", "who goes to them?"), when the conversation had any."""
        words = parsed.words
        if not any(
            w == "them" and i > 0 and words[i - 1] in ("in", "at", "to", "attends", "attend")
            for i, w in enumerate(words)
        ):
            return []
        last = self.index.by_id.get(context.fact_id or "")
        had = (*context.entities, *context.answer_entities, *(last.fact.entities if last else ()))
        return [e for e in dict.fromkeys(had) if self._kind(e) == "event"]

    def _claim_subject(self, context: Context) -> list[str]:
        """ "Is Begin American?" "Is he the Secretary of State?": he is the one person the
        last question was about, when its answer named no one; so too after "What is his
        title?" (Begin's), not whoever the title names (Pompeo)."""
        if context.answer_entities:
            return []
        return self._one_person_of_last_question(context)

    def _followup_pointing_back(
        self, parsed: Parsed, last: FactEntry | None, entities: list[str], note: str | None
    ) -> str | None:
        """ "That", "there", "then", a part in the last event, people of a country at it: the
        question points back to the last answer's fact."""
        if (
            last is not None
            and not entities
            and (parsed.words[-1:] in (["that"], ["this"]) or SAID_THAT.search(parsed.text))
        ):
            # "When did they say that?": that, the last answer, whoever "they" are.
            parsed.followup_fact = last.fact.id
            note = note or "follow-up: that, the last answer"
        if last is not None and "there" in parsed.words:
            # "What did they agree there?": in Tokyo, if at all.
            where = last.fact.roles.get("where")
            places = where.entities if where is not None and where.entities else ()
            parsed.there = places or tuple(e for e in last.entities if self._kind(e) == "place")
        if last is not None and self._with_him_at_last(parsed, last):
            # "Where did Pompeo say it?" "Was Esper with him?": with him then, at the press
            # conference, not at some other event both were at (the Tokyo talks).
            parsed.followup_fact = last.fact.id
            note = note or "follow-up: with him, at the last answer's event"
        if (
            last is not None
            and {"there", "then"} & set(parsed.words)
            # "Was China there?" after the Tokyo talks: there, whether or not China was.
            and (parsed.qtype == "yesno" or all(e in last.involved for e in entities))
            # "What did they decide there?": only if something was decided there.
            and all(t in last.bag for t in parsed.terms if t in self.index.predicate_terms)
        ):
            # "Which U.S. officials were there?": there, at what the last answer was about.
            parsed.followup_fact = last.fact.id
            note = note or "follow-up: there, as in the last answer"
        if (
            last is not None
            and parsed.qtype == "yesno"
            and parsed.followup_fact is None
            # "Was Pakistan in it?": a country the article never names is asked the same.
            and (entities or unknown_country(parsed) is not None)
            and all(self._kind(e) in ("country", "person") for e in entities)
            # Going to an event is taking part in it: "Did China go?" asks about those talks.
            and (
                parsed.terms
                or not COMING_WORDS.isdisjoint(parsed.words)
                or IN_IT.search(parsed.text.rstrip(" ?")) is not None
            )
            and all(
                t in PARTAKING_TERMS
                or t in GOING_TERMS
                or t in self._pointed_back(parsed, last)
                or t in _outsider_terms(parsed)  # "south" of "did South Korea take part?"
                for t in parsed.terms
            )
            and any(self._kind(e) in ("event", "agreement") for e in last.involved)
        ):
            # "Which countries were at the Tokyo talks?" "Did China take part?": in them.
            parsed.followup_fact = last.fact.id
            # "Was Australia included?": as one taking part, the word the facts use.
            parsed.terms = [PARTICIPATE_TERM if t in INCLUDED_TERMS else t for t in parsed.terms]
            note = note or "follow-up: a part in the last answer's event"
        if (
            last is not None
            and parsed.qtype == "yesno"
            and parsed.followup_fact is None
            and self._names_last_by_noun(parsed, last)
        ):
            # "Where was Pompeo going?" (South Asia) "Was India part of that trip?": of
            # that trip, not whatever else India took part in (the Tokyo talks).
            parsed.followup_fact = last.fact.id
            parsed.them |= frozenset(e for e in entities if self._kind(e) == "country")
            note = note or "follow-up: that, the last answer's own"
        # Words for people ("which US officials?") say whom, not what happened.
        counting = {term(w) for w in NUMBER_WORDS} | PEOPLE_TERMS
        if (
            last is not None
            and parsed.nationality is not None
            and all(t in last.bag for t in parsed.terms if t not in counting)
            and all(e in last.involved for e in entities)
            and not self._others_went_to_named_place(parsed)
        ):
            # "Which countries were in the Tokyo talks?" "Which Americans went?": to those.
            parsed.followup_fact = last.fact.id
            # Those talks only: "who from India?" after the Tokyo talks is not Singh, whom
            # the article has at another meeting; it names no Indian there.
            events = [e for e in last.central if self._kind(e) == "event" and e not in entities]
            parsed.entities = [*parsed.entities, *map(soft_link, events)]
            parsed.them |= frozenset(events)
            note = note or "follow-up: people of a country at the last answer's event"
        return note

    def _others_went_to_named_place(self, parsed: Parsed) -> bool:
        """ "Who met Singh?" (Esper) "Which other U.S. official visited New Delhi?": others
        who went to the place named, wherever the last answer was (Begin), not others at
        that meeting."""
        return (
            parsed.wants_other
            and VISIT_TERM in parsed.terms
            and any(k.start >= 0 and self._kind(k.entity) == "place" for k in parsed.entities)
        )

    def _with_him_at_last(self, parsed: Parsed, last: FactEntry) -> bool:
        """A yes-or-no "with him" and nothing more, after an event of his: asked of that
        event ("Who did Esper meet?" "Was Pompeo with him?": at that meeting)."""
        return (
            parsed.qtype == "yesno"
            and parsed.followup_fact is None
            and not parsed.terms
            and last.fact.id not in self._identity_facts
            and any(
                word == "with" and pronoun in OBJECT_PERSON_PRONOUNS | {"them"}
                for word, pronoun in pairwise(parsed.words)
            )
        )

    @staticmethod
    def _names_last_by_noun(parsed: Parsed, last: FactEntry) -> bool:
        """ "Was India part of that trip?", "did this visit include Japan?": a noun of the
        last answer's own sentence, pointed at, and asked who was in it (not "did that
        statement name China?", whose words are another fact's)."""
        nouns = {
            term(noun)
            for word, noun in pairwise(parsed.words)
            if word in POINTING_WORDS and term(noun) in last.statement_terms
        }
        partaking = PARTAKING_TERMS | GOING_TERMS | INCLUDING_TERMS
        return bool(nouns) and all(t in partaking or t in nouns for t in parsed.terms)

    def _purpose_of(self, parsed: Parsed, last: FactEntry) -> bool:
        """The question echoes a purpose clause ("to address what?") that the last fact's
        act has: its own "why", or that of the one other fact telling of the same act, says
        to do what the question does ("to address pressing global security challenges")."""
        if parsed.qtype != "why" or not parsed.terms or not PURPOSE_FRAGMENT.match(parsed.text):
            return False
        told = last if "why" in last.fact.roles else self._same_act_with(last, "why")
        if told is None or not PURPOSE_CLAUSE.match(told.fact.roles["why"].answer):
            return False
        return set(parsed.terms) <= told.answer_terms["why"]

    def _about_again(self, parsed: Parsed, context: Context) -> str | None:
        """ "Anything about logistics?" "And tech?": the same question, about tech."""
        about = ANYTHING_ABOUT.search(context.claim or "")
        if (
            about is None
            or context.question_type != "yesno"
            or not parsed.terms
            or any(link.start >= 0 for link in parsed.entities)
            or parsed.qtype not in ("keyword", "what")
            # "and tech?" reads as the bare keyword "tech"
            or not (
                is_about_phrase(parsed) or (parsed.qtype == "keyword" and len(parsed.words) <= 3)
            )
        ):
            return None
        asked = [w for w in parsed.words if w not in ABOUT_FILLERS]
        return f"{about.string[: about.end()]} {' '.join(asked)}"

    def _own_counters(
        self, context: Context, last: FactEntry | None, entities: list[str]
    ) -> tuple[str, ...]:
        """After one person's own count ("the second time Esper…"), the people it was of,
        when the follow-up names no person: "and the countries?" is not his count again."""
        if context.role != "how_many" or last is None:
            return ()
        if any(self._kind(e) in ("person", "group") for e in entities):
            return ()
        return self._own_count_of(last.fact)

    def _pointed_back(self, parsed: Parsed, last: FactEntry) -> frozenset[str]:
        """The words of the last answer's events the question points back to ("those
        talks", "that meeting"): they name that event, not one to look for anew. "The
        meeting", right after one was answered ("Who did Esper meet?"), is that one too."""
        named = frozenset().union(
            *(
                self.index.entity_terms.get(e, frozenset())
                for e in last.involved
                if self._kind(e) in ("event", "agreement")
            )
        )
        words = parsed.words
        definite = any(w == "the" and term(after) in named for w, after in pairwise(words))
        if POINTING_WORDS.isdisjoint(words) and not definite:
            return frozenset()
        return named

    def _claim_again(self, parsed: Parsed, context: Context) -> str | None:
        """ "Did Esper meet Singh?" "Did Pompeo?" (or "And Pompeo?"): the last yes-or-no
        claim, each name put in place of the first of its kind there ("did pompeo meet
        singh"), to be read as a whole question; None when it is no such follow-up."""
        if context.claim is None or not self._asks_the_claim_again(parsed, context):
            return None
        return self._named_in_place(parsed, context.claim)

    @staticmethod
    def _asks_the_claim_again(parsed: Parsed, context: Context) -> bool:
        """ "Did Esper meet Singh?" "And Pompeo?", "Did Pompeo?", "what about Japan?": the
        last yes-or-no claim, asked of a name the message gives and nothing more."""
        typed = [link for link in parsed.entities if link.start >= 0]
        return (
            context.question_type == "yesno"
            and bool(typed)
            and not parsed.terms
            and not parsed.unknown
            and (
                (parsed.qtype == "yesno" and is_bare_auxiliary(parsed))
                or (parsed.qtype in ("keyword", "what") and is_about_phrase(parsed))
            )
        )

    def _unsettled_claim_of_another(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Did Pompeo agree?" (the article doesn't say) "What about Japan?": the same
        unsettled claim of Japan, which cannot be put (no one of Japan's kind in it); read
        as a question about Pompeo and Japan, the Tokyo talks made it a false "yes"."""
        if not (context.last_abstained and self._asks_the_claim_again(parsed, context)):
            return None
        typed = [link.entity for link in parsed.entities if link.start >= 0]
        if any(self._kind(e) not in ("person", "country", "group", "organisation") for e in typed):
            # "Was he there?" (not said) "What about Tokyo?": was he in Tokyo, a place to ask
            # of as it stands (Pompeo was), not a new doer of the claim.
            return None
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say that either.",
            context,
            notes=("an unsettled claim asked again of another it cannot be put of",),
        )

    def _undescribed(self, parsed: Parsed) -> str | None:
        """ "What are the challenges described as?": the noun asked, when no fact is a
        description of it ("the relationship", as officials described it, is one)."""
        asked = DESCRIBED_AS.match(parsed.text)
        if asked is None or parsed.entities:
            return None
        named = {term(w) for w in asked["named"].split() if w not in STOPWORDS}
        describing = self.index.postings.get(term("described"), ())
        if not named or any(named <= self.index.entries[p].statement_terms for p in describing):
            return None
        return str(asked["named"].split()[-1])

    def _described_as_kind(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """What no fact describes is called what the words before it say: "what are the
        challenges described as?" is "what kind of challenges?"; with no such words
        ("the threat posed by…"), the article does not say."""
        noun = self._undescribed(parsed)
        if noun is None:
            return None
        if any(_kinds_named(term(noun), f.quote.text) for f in self.factbase.facts.values()):
            return self._read_and_answer(f"what kind of {noun}", context)
        return self._not_found(parsed, context, self._rank(parsed), notes)

    def _place_in_country(self, parsed: Parsed) -> str | None:
        """ "Was Esper in India?", "why was Esper in India?": in the one place in that
        country where the article has them (New Delhi), asked as that place; None when the
        article has them in no such place, or in more than one."""
        links = [link for link in parsed.entities if link.start >= 0]
        people = [link.entity for link in links if self._kind(link.entity) == "person"]
        countries = [
            link
            for link in links
            if self._kind(link.entity) == "country"
            and parsed.words[link.start - 1 : link.start] == ["in"]
            # "Was Pompeo in Washington?": a city, not the country it stands for, so not
            # the State Department he spoke at.
            and link.text not in CAPITAL_METONYMS
        ]
        if len(people) != 1 or len(countries) != 1 or len(links) != 2:
            return None
        if parsed.qtype not in ("yesno", "why") or parsed.unknown:
            return None  # "who did Esper meet in India?" is answered, and "where?" after it
        if not self._title_terms.isdisjoint(parsed.terms):
            return None  # "Is Singh the defence minister in India?": his title there
        country = countries[0]
        places = {
            place
            for fact in self._facts_about(people[0])
            if any(people[0] in fact.roles[r].entities for r in PERSON_ROLES if r in fact.roles)
            and "where" in fact.roles
            for place in fact.roles["where"].entities
            if place != country.entity and self._covers(country.entity, place)
        }
        if len(places) != 1:
            return None
        words = list(parsed.words)
        words[country.start : country.end] = self.factbase.entities[places.pop()].name.split()
        return " ".join(words)

    def _part_of_claim_asked(self, text: str, context: Context) -> str | None:
        """ "Is it true the meeting was on Monday October 26 in Tokyo?" (No, New Delhi) "So the
        date part was right?": the last claim with its place left out, "was the meeting on
        monday october 26?"; "and the place was correct?" leaves out its date instead. None
        when the last claim gave no such part to judge; the text as it was when it asks of
        no part."""
        found = CLAIM_PART_ASKED.match(normalise(text))
        if found is None:
            return text
        if context.claim is None or context.question_type != "yesno":
            return None
        last = parse(context.claim, self.index)
        if found["part"] in _DATE_PARTS:
            kept = self._without_places(last) if date_words(last.words) else None
        else:
            kept = _without_dates(last.words) if self._without_places(last) else None
        return " ".join(kept) + "?" if kept is not None else None

    def _without_places(self, parsed: Parsed) -> list[str] | None:
        """The claim's words without the places it names and the word putting them ("in
        tokyo"); None when it names none or only places."""
        words: list[str | None] = list(parsed.words)
        for link in parsed.entities:
            if link.start < 0 or self._kind(link.entity) not in ("place", "country"):
                continue
            if link.start > 0 and words[link.start - 1] in _PLACE_PREPOSITIONS:
                words[link.start - 1] = None
            words[link.start : link.end] = [None] * (link.end - link.start)
        kept = [w for w in words if w is not None]
        return kept if len(kept) < len(words) and kept else None

    def _outsider_in_place(self, parsed: Parsed, context: Context) -> str | None:
        """ "Was China one of them?" "South Korea?": a country the article never names, on
        its own, asks the last claim of it, in place of the claim's one country; None when
        it is no such follow-up."""
        if context.claim is None or context.question_type != "yesno" or parsed.entities:
            return None
        asked = ABOUT_PHRASE.sub("", parsed.text).split()
        unused = [w for w in asked if w not in ABOUT_FILLERS]
        name = " ".join(unused)
        if not parsed.unknown or name not in COUNTRY_NAMES:
            return None
        # Capitalised, as a name: read in lower case it would be no name at all.
        unused = [w.capitalize() for w in unused]
        last = parse(context.claim, self.index)
        countries = [
            (link.start, link.end)
            for link in last.entities
            if link.start >= 0 and self._kind(link.entity) == "country"
        ] or _outsiders_named(last.words)
        if len(countries) != 1:
            return None
        words = list(last.words)
        words[countries[0][0] : countries[0][1]] = unused
        return " ".join(words)

    def _other_person_asked(self, parsed: Parsed, context: Context) -> tuple[str, str] | None:
        """ "Who did Esper meet?" "Which country is he from?" "And him?": the one other
        person the conversation has named, and the last question to ask of him; None when
        it is no such follow-up or "him" could be more than one."""
        if context.asked is None or BARE_OTHER_PRONOUN.match(parsed.text) is None:
            return None
        others = [
            e
            for e in context.named_so_far
            if self._kind(e) == "person" and e not in context.entities
        ]
        return (others[0], context.asked) if len(others) == 1 else None

    def _asked_again(self, parsed: Parsed, context: Context) -> str | None:
        """ "What country is Singh from?" "And Esper?": the last question as read, Esper in
        Singh's place; None when it is no such follow-up."""
        if (
            context.asked is None
            or not any(link.start >= 0 for link in parsed.entities)
            or parsed.terms
            or parsed.unknown
            or parsed.qtype not in ("keyword", "what")
            or not is_about_phrase(parsed)
        ):
            return None
        return self._named_in_place(parsed, context.asked)

    def _named_in_place(self, parsed: Parsed, said: str) -> str | None:
        """What was said, each name the question gives put in place of the first of its
        kind there; None when some name has none of its kind to take the place of."""
        read = [self._person_for_country(parsed, link) for link in parsed.entities]
        typed = [link for link in read if link is not None and link.start >= 0]
        if len(typed) < len([link for link in parsed.entities if link.start >= 0]):
            return None  # "and the American one?": the article has several
        last = parse(said, self.index)
        words: list[str] = list(last.words)
        # Right to left, so the positions of those not yet replaced hold.
        spans: list[tuple[int, int, list[str]]] = []
        free = [link for link in last.entities if link.start >= 0]
        kept = [o for o in free if o.entity in {link.entity for link in typed}]
        # "Is the U.S.-China relationship good?" "And India-China?": China stays, India
        # takes the place of the U.S.
        free = [o for o in free if o not in kept]
        typed = [link for link in typed if link.entity not in {o.entity for o in kept}]
        if not typed:
            return None
        for link in typed:
            kind = self._kind(link.entity)
            same = next(
                (o for o in free if self._kind(o.entity) == kind and o.entity != link.entity),
                None,
            )
            pronoun = self._pronoun_slot(words, spans) if kind == "person" else None
            if pronoun is not None and (same is None or pronoun < same.start):
                # "Who is Singh?" "Is he India's defence minister?" "And Esper?": Esper in
                # the place of "he", the one the claim was about (the claim keeps the
                # pronoun as it was asked), not of the title that names Singh after it.
                spans.append((pronoun, pronoun + 1, self._words_naming(parsed, link)))
                continue
            if same is None:
                return None  # "Did Esper meet Singh?" "Did India?": no country to swap
            free.remove(same)
            put = self._words_naming(parsed, link)
            if any(o.start < same.end and same.start < o.end for o in kept):
                # "Are the US and India getting closer?" "And India and China?": the pair
                # is one span ("usa and india"); it becomes the question's pair, not China.
                put = self._pair_rejoined(parsed, same, kept, link) or []
                if not put:
                    return None
            spans.append((same.start, same.end, put))
        for start, end, put in sorted(spans, reverse=True):
            words[start:end] = put
        return " ".join(words)

    def _person_for_country(self, parsed: Parsed, link: Linked) -> Linked | None:
        """ "What did Esper say about China?" "And the Indian one?": "the Indian one" is the
        one person the article has from India (Singh), not India in China's place; None
        when the article has no one, or several, from there."""
        following = parsed.words[link.end] if link.end < len(parsed.words) else ""
        if self._kind(link.entity) != "country" or following not in _ONE_OF_A_COUNTRY:
            return link
        people = self._persons_from(link.entity)
        if len(people) != 1:
            return None
        return replace(link, entity=people[0], end=link.end + 1)

    def _words_naming(self, parsed: Parsed, link: Linked) -> list[str]:
        """The question's words for what it names, or its name where they stand for a person
        ("the Indian one": "rajnath singh")."""
        said = parsed.words[link.start : link.end]
        if self._kind(link.entity) == "person" and not set(said) & set(
            normalise(self.factbase.entities[link.entity].name).split()
        ):
            return normalise(self.factbase.entities[link.entity].name).split()
        return said

    @staticmethod
    def _pair_rejoined(
        parsed: Parsed, shared: Linked, kept: list[Linked], new: Linked
    ) -> list[str]:
        """The question's words naming what stays of a pair and what joins it ("india and
        china"), when they stand together; empty when they do not."""
        staying = {o.entity for o in kept if o.start < shared.end and shared.start < o.end}
        links = [o for o in parsed.entities if o.start >= 0 and o.entity in staying] + [new]
        start, end = min(o.start for o in links), max(o.end for o in links)
        return parsed.words[start:end] if end - start <= 2 * len(links) else []

    @staticmethod
    def _pronoun_slot(words: list[str], spans: list[tuple[int, int, list[str]]]) -> int | None:
        """Where the first "he", "she" or "him" of a claim is, not yet taken by a name."""
        taken = {start for start, _, _ in spans}
        return next(
            (i for i, w in enumerate(words) if w in SINGLE_PERSON_PRONOUNS and i not in taken),
            None,
        )

    def _who_several_are(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "How many people are named?" (four) "Who are they?", "who are Esper, Singh,
        Pompeo and Begin?": who each one is, from each one's own identity fact. Two named
        outright ("who are Esper and Singh?") are left to the sentence naming them together."""
        if parsed.words[:2] not in (["who", "are"], ["who", "were"]) or parsed.terms:
            return None
        if parsed.unknown:
            return None
        pointed = parsed.words[2:] in (["they"], ["these"], ["those"], ["they", "all"])
        if pointed:
            # Those the last answer named, else those the last question was about.
            named = context.answer_entities or context.entities
            people = [e for e in dict.fromkeys(named) if self._kind(e) == "person"]
            if len(people) != len(named):
                return None  # "Which countries were at the talks?" "Who are they?"
        else:
            people = list(dict.fromkeys(parsed.entity_ids))
        if len(people) < (2 if pointed else 3):
            return None
        facts = []
        for person in people:
            entity = self.factbase.entities.get(person)
            fact = self._identity_of(entity.id) if entity else None
            who = fact.roles.get("who") if fact is not None else None
            if entity is None or entity.kind != "person" or fact is None or who is None:
                return None
            facts.append(fact)
        return self._direct(
            text="; ".join(f.roles["who"].answer for f in facts),
            facts=facts,
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=[*notes, "who each of them is"],
        )

    def _quotation_checked(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Is 'thwart the threat posed by China's Communist Party' a direct quote? whose?",
        "is that a direct quote?" after a question quoting words: whether the article puts
        those words in its own quotation marks, and whose words it quotes them as."""
        asked = quote_check_asked(text)
        if asked is None:
            return None
        phrase = asked or context.quoted
        quotations = self.index.quotations
        if phrase:
            found = quotations.find(phrase)
            if found is None:
                return None  # words the article does not have: not for this check
            verdict = quote_verdict(found, quotations.text(found))
            inside = found.inside
            if inside is not None and self._not_the_speaker(text, asked, inside.speaker):
                verdict = quoted_as_another(quotations.text(found), inside), inside.fact
        else:
            last = self.factbase.facts.get(context.fact_id or "")
            if last is None:
                return None
            sentence = quotations.in_fact(last)
            verdict = quote_verdict_of_sentence(
                sentence, quotations.text(sentence), last, context.terms
            )
        if verdict is None:
            return None
        answer_text, fact = verdict
        return self._direct(
            text=answer_text,
            facts=[fact],
            confidence=0.9,
            parsed=parse(normalise(text), self.index),
            context=context,
            notes=[*notes, "whether the article puts the words in quotation marks"],
            # "Is that a direct quote?" "Where did he say it?": still the one just asked about.
            about=None if asked else list(context.entities),
        )

    def _not_the_speaker(self, question: str, words: str, speaker: Fact | None) -> bool:
        """ "Did Esper say 'free nations could work together' word for word?": someone named
        as the speaker whom the article does not quote there (Pompeo said it)."""
        who = speaker.roles.get("who") if speaker is not None else None
        if who is None:
            return False
        rest = fold_quotes(question).replace(words, " ")
        quoted = set(who.entities)
        for link in parse(rest, self.index).entities:
            kind = self._kind(link.entity)
            if kind not in ("person", "organisation", "country") or link.start < 0:
                continue
            if link.entity not in quoted and not any(
                link.entity in self.index.part_of.get(e, ()) for e in quoted
            ):
                return True
        return False

    def _which_were_counted(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "How many people are named?" (four) "Which ones?", "name them": the ones just
        counted, by name. Only after a count of named people or countries (no role of a fact:
        "how many 2+2s has Esper been to?" (two) "which ones?" is not answered this way)."""
        if parsed.text.rstrip("?. ") not in WHICH_ONES or context.question_type != "how_many":
            return None
        counted = list(dict.fromkeys(context.entities))
        kinds = {self._kind(e) for e in counted}
        if context.role is not None or len(counted) < 2 or kinds not in ({"person"}, {"country"}):
            return None
        named = self._naming(counted, "", parsed, context, [*notes, "the ones just counted"])
        if named is None:
            return None
        return replace(named, text=named.text[:1].upper() + named.text[1:])  # "The United…"

    def _who_instead(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Did the Indian Ministry of Defence issue it?" (No: the U.S. Defense Department
        did) "Who then?": the one the answer's fact has do it, whoever the claim named."""
        asked = [w for w in parsed.words if w not in _WHO_THEN_FILLER]
        last = self.index.by_id.get(context.fact_id or "")
        if (
            asked != ["who"]
            or "then" not in parsed.words
            or context.question_type != "yesno"
            or last is None
        ):
            return None
        title = _TITLE_CLAIMED.match(context.claim or "")
        if title is not None:
            # "Is he (Begin) the Secretary of Defense?" (No) "Who is, then?": whoever holds
            # that title (Esper), not Begin again, whom the last answer's fact has.
            holder = self._read_and_answer(f"who is {title['title']}", Context(turn=context.turn))
            if holder.abstained:
                return None
            return replace(holder, notes=(*holder.notes, _TITLE_HOLDER_NOTE))
        who = last.fact.roles.get("who")
        if who is None or not who.entities:
            return None
        scored = Scored(last, 1.0, (), True)
        return self._by_role(scored, who, 0.85, parsed, context, [scored], [])

    def _claim_of_whom(self, parsed: Parsed, context: Context) -> str | None:
        """ "Did they mention China?" (no) "Who did?": who did what the claim says, asked
        with "who" for its subject ("who did mention china"), not the claim's own subject
        again; None when it is no such follow-up, or the claim's subject cannot be told."""
        asked = [w for w in parsed.words if w not in ("and", "so", "but", "then")]
        if (
            context.claim is None
            or context.question_type != "yesno"
            or len(asked) != 2
            or asked[0] != "who"
            or asked[1] not in AUXILIARY_OF
        ):
            return None
        last = parse(context.claim, self.index)
        words = last.words
        # The claim as asked ("did they mention china") or as stated ("esper met singh").
        at = 1 if words[:1] and words[0] in AUXILIARY_OF else 0
        if at and AUXILIARY_OF[words[0]] != AUXILIARY_OF[asked[1]]:
            return None  # "Was Singh in Tokyo?" "Who did?": did what?
        if words[at : at + 1] and words[at] in SUBJECT_PRONOUNS:
            at += 1
        else:
            # Names, and the words that join them: "the U.S. and India".
            ends = {link.start: link.end for link in last.entities if link.start >= 0}
            named_to = None
            while at < len(words) and (at in ends or words[at] in SUBJECT_JOINS):
                at = ends.get(at, at + 1)
                if words[at - 1] not in SUBJECT_JOINS:
                    named_to = at
            if named_to is None:
                return None  # "did the statement mention china": no subject it can tell
            at = named_to
        rest = words[at:]
        if not rest or (words[0] not in AUXILIARY_OF and rest[0] in AUXILIARY_OF):
            return None
        return " ".join(["who", asked[1], *rest] if words[0] in AUXILIARY_OF else ["who", *rest])

    def _wrong_premise(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Why did Esper meet Singh in Tokyo?", "Why did the statement name China?": a
        question built on something the article says is not so gets what it does say."""
        if parsed.qtype not in ("why", "how", "when", "what", "who", "with_whom"):
            return None
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        if people and set(people) <= parsed.excluded:
            # "Apart from Esper, who visited New Delhi?": one set aside is not said to have
            # gone anywhere, so there is no premise about him to correct.
            return None
        place = self._place_asked(parsed)
        # A city, a building or an unknown name: "the U.S.-India talks" are no place.
        located = place is not None and (
            place[1] is None or self._kind(place[1]) in ("place", "organisation")
        )
        if not located:
            place = self._travelled_to(parsed)  # "…travel to Washington": a country too
            located = place is not None
        found = (
            self._placed_elsewhere(parsed, place[1], named_only=True) if place and located else None
        )
        if found is None and place is not None and located and place[1] is not None:
            found = self._trip_elsewhere(parsed, place[1])
        if place is not None and found is not None:
            scored, where, ranked, without = found
            entity = self.factbase.entities.get(place[1] or "")
            # As the question put it ("at the Pentagon", "in Washington"), a city by its name.
            at = next((w for w in ("at", "in") if f" {w} the {place[0]}" in f" {parsed.text}"), "")
            if entity is not None and entity.kind == "place":
                named = entity.name
            else:
                named = f"the {place[0].title()}" if at else place[0].title()
            to = "to" if self._travelled_to(parsed) is not None and not at else ""
            lead = f"Not {at or to or 'in'} {named}:"
            confidence = min(0.9, scored.score)
            return self._stated(lead, scored, confidence, without, context, ranked, notes, where)
        if parsed.qtype in ("why", "how", "when", "where"):
            opposite = self._opposite_said(parsed) or self._opposite_trend(parsed)
            if opposite is not None:
                # "Why did Esper skip the Tokyo talks?": he took part.
                scored, ranked = opposite
                # "Why did the statement slam China?": it didn't even mention China.
                lead = "It didn't:" if scored.entry.fact.negative else "The article says otherwise:"
                confidence = min(0.9, scored.score)
                return self._stated(lead, scored, confidence, parsed, context, ranked, notes)
        if parsed.negated or parsed.qtype not in ("why", "how", "when"):
            return None
        if not parsed.terms or not self._negative_terms.issuperset(parsed.terms):
            return None  # no fact denies all of this: no second ranking for every why-question
        ranked = self._rank(parsed)
        if not ranked or not ranked[0].entry.fact.negative or ranked[0].missing:
            return None
        entry = ranked[0].entry
        if not parsed.terms or not entry.bag.issuperset(parsed.terms):
            return None  # "why did the article mention China?": not what the fact denies
        if not parsed.asks_speech and entry.predicate.isdisjoint(parsed.terms):
            return None  # it must ask about the very thing the article says did not happen
        confidence = self._confidence(ranked[0], ranked, 0, parsed)
        if confidence < max(self.threshold, YESNO_THRESHOLD):
            return None
        return self._stated("It didn't:", ranked[0], confidence, parsed, context, ranked, notes)

    @staticmethod
    def _names_kind(kind: str, said: set[str]) -> bool:
        """Whether an answer's words name people of the kind asked: "ministers" for "which
        ministers?", and also for "which officials?", which any office answers."""
        return kind in said or (kind in PEOPLE_AT_ALL_TERMS and not OFFICE_TERMS.isdisjoint(said))

    def _people_of_kind(self, fact: Fact, kind: str | None) -> Role | None:
        """ "Between which officials is the 2+2?": the fact's who, when it names people of
        that kind ("the U.S. and Indian foreign and defense ministers"), rather than the
        event between them ("a dialogue between…")."""
        who = fact.roles.get("who")
        if who is None or kind is None or kind not in PEOPLE_AT_ALL_TERMS | OFFICE_TERMS:
            return None
        said = {term(w) for w in normalise(who.answer).split()}
        return who if self._names_kind(kind, said) else None

    def _between(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "They want to deepen cooperation between whom?": the part of the best fact that
        says between whom (the two militaries), not who wants it."""
        asked = BETWEEN_WHOM.search(parsed.text)
        stranded = None if asked is not None else BETWEEN_STRANDED.match(parsed.text)
        if asked is not None:
            preposition, wh, noun = asked[1], asked[0].split()[1], asked[2]
        elif stranded is not None:
            preposition, wh, noun = stranded["prep"], stranded["wh"], stranded["kind"]
        else:
            return None
        kind = term(noun) if noun in KIND_NOUNS else None
        ranked = self._rank(parsed)
        if stranded is not None and parsed.words[0] == "whose":
            # "Whose militaries … between?": the countries they belong to.
            return self._sides(parsed, context, ranked, notes, first=ranked[0] if ranked else None)
        # "…between which officials of the two countries?": an answer naming the kind asked
        # may rank below facts that only name the two countries, so more facts are weighed.
        looked_at = 3 if kind is None else 5
        for position, scored in self._phrased_first(ranked, parsed, preposition, looked_at):
            confidence = self._confidence(scored, ranked, position, parsed)
            if scored.missing or confidence < self.threshold:
                continue
            for role in scored.entry.fact.roles.values():
                said = normalise(role.answer).split()
                if preposition not in said or self._between_another(role, parsed, context):
                    continue
                if kind is not None and not self._names_kind(kind, {term(w) for w in said}):
                    continue  # "between which ministers?": an answer that names ministers
                after = said[said.index(preposition) + 1 :]
                named = next((w for w in after if w not in STOPWORDS and w not in NUMBER_WORDS), "")
                if term(named) in SIDE_TERMS and term(named) not in {term(w) for w in parsed.words}:
                    # "Information sharing between whom?" is not answered by "between the
                    # two sides": the sides are the fact's countries, the U.S. and India.
                    own = self._sides_of_fact(scored, named, confidence, parsed, context, notes)
                    if own is not None:
                        return own
                if term(named) in {term(w) for w in parsed.words} and (
                    kind is None or kind in SIDE_TERMS
                ):
                    # "between which two militaries…?" is not answered by "between the two
                    # militaries": whose militaries they are is, the sides the fact names.
                    return self._sides(parsed, context, ranked, notes, first=scored)
                role = self._people_of_kind(scored.entry.fact, kind) or role
                return self._by_role(scored, role, confidence, parsed, context, ranked, notes)
        if wh in ("which", "what") and noun is not None and term(noun) not in SIDE_TERMS:
            return None  # "between which ministers?" is not answered by the countries
        met = self._two_parties(parsed, context, ranked, notes)
        if met is not None:
            return met
        # "Who was the agreement between?": no answer says "between", but the countries
        # that reached it are its sides.
        return self._sides(parsed, context, ranked, notes, first=None)

    def _phrased_first(
        self, ranked: list[Scored], parsed: Parsed, preposition: str, looked_at: int = 3
    ) -> list[tuple[int, Scored]]:
        """The best three (or `looked_at`) facts, after any equally good one whose answer has
        the question's own words before the preposition: "cooperation among whom, according to the
        statement?" is answered by "cooperation among the services", though "statement"
        ranks the statement's other facts as high."""
        words = parsed.words
        at = words.index(preposition) if preposition in words else 0
        before = words[at - 1] if at > 0 else ""
        top = list(enumerate(ranked[:looked_at]))
        if not before or before in STOPWORDS or not ranked:
            return top
        best = ranked[0].score
        phrased = [
            (position, scored)
            for position, scored in enumerate(ranked[:8])
            if scored.score >= best - 0.01
            and any(
                f"{before} {preposition}" in normalise(role.answer)
                for role in scored.entry.fact.roles.values()
            )
        ]
        return phrased + [pair for pair in top if pair not in phrased]

    def _two_parties(
        self, parsed: Parsed, context: Context, ranked: list[Scored], notes: list[str]
    ) -> Answer | None:
        """ "Who was the meeting between?": the best fact has someone meet someone, its
        two sides."""
        if not ranked or ranked[0].missing:
            return None
        if self._confidence(ranked[0], ranked, 0, parsed) < self.threshold:
            return None
        roles = ranked[0].entry.fact.roles
        if "who" not in roles or "with_whom" not in roles:
            return None
        if not all(
            self._kind(e) == "person" for name in ("who", "with_whom") for e in roles[name].entities
        ):
            return None  # "free nations working together with one another": no two sides
        return self._direct(
            text=two_sides(roles["who"].answer, roles["with_whom"].answer),
            facts=[ranked[0].entry.fact],
            confidence=self._confidence(ranked[0], ranked, 0, parsed),
            parsed=parsed,
            context=context,
            notes=notes,
        )

    def _between_another(self, role: Role, parsed: Parsed, context: Context) -> bool:
        """ "Ahead of the 2+2 Dialogue between the U.S. and Indian … ministers": the
        "between" is of another event than the one asked about (the meeting ahead of it)."""
        talked_of = {*parsed.entity_ids, *context.entities}
        return any(
            self._kind(e) in ("event", "agreement") and e not in talked_of for e in role.entities
        )

    def _sides_of_fact(
        self,
        scored: Scored,
        noun: str,
        confidence: float,
        parsed: Parsed,
        context: Context,
        notes: list[str],
    ) -> Answer | None:
        """The countries a fact names as its "two sides" ("the expansion of information
        sharing between the two sides": the U.S. and India), quoting that fact; None unless
        it names exactly two countries."""
        countries = [e for e in scored.entry.fact.entities if self._kind(e) == "country"]
        if len(countries) != 2:
            return None
        first, second = (self.factbase.entities[c].name for c in countries)
        return self._direct(
            text=f"{first[:1].upper()}{first[1:]} and {second} (the two {noun})",
            facts=[scored.entry.fact],
            confidence=confidence,
            parsed=parsed,
            context=context,
            notes=notes,
            about=countries,
        )

    def _sides(
        self,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        first: Scored | None,
    ) -> Answer | None:
        """The countries that did what the question finds, from the best fact whose doers
        are countries ("The two sides, the U.S. and India"); else the countries of the people
        acting for them in the fact found first ("the U.S. and Indian defense chiefs")."""
        for position, scored in enumerate(ranked[:3]):
            confidence = self._confidence(scored, ranked, position, parsed)
            who = scored.entry.fact.roles.get("who")
            if scored.missing or confidence < self.threshold or who is None or not who.entities:
                continue
            doers = {m for e in who.entities for m in self.index.expand(e)}
            if all(self._kind(m) == "country" for m in doers):
                return self._by_role(scored, who, confidence, parsed, context, ranked, notes)
        who = first.entry.fact.roles.get("who") if first is not None else None
        if first is None or who is None:
            return None
        members = [m for e in who.entities for m in self.index.expand(e)]
        # In the order the fact names them: Esper's country, then Singh's.
        countries = list(dict.fromkeys(c for m in members for c in sorted(self._countries_of([m]))))
        if len(countries) < 2 or not set(countries) <= first.entry.involved:
            return None
        names = [self.factbase.entities[c].name for c in countries]
        listed = ", ".join(names[:-1]) + f" and {names[-1]}"
        return self._direct(
            text=f"{listed[:1].upper()}{listed[1:]}: {who.answer}",
            facts=[first.entry.fact],
            confidence=self._confidence(first, ranked, ranked.index(first), parsed),
            parsed=parsed,
            context=context,
            notes=notes,
            about=countries,
        )

    def _origin_unsaid(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What party is he from?", "which city does Esper come from?": of a person the
        article gives only a country and a post, never a party, town or school."""
        asked = ORIGIN_ASKED.match(parsed.text)
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        if asked is None or len(people) != 1 or set(parsed.entity_ids) != people:
            return None
        noun = asked["noun"]
        if KIND_NOUNS.get(noun) in ("country", "organisation") or noun in SERVED_BODIES:
            return None  # "which country is he from?", "what department is he from?"
        return self._not_found(parsed, context, [], notes)

    def _country_of(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Which country does Esper serve?": the country the person belongs to."""
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        if parsed.wanted_kind != "country" or not people or set(parsed.entity_ids) != people:
            return None
        if not BELONGS.search(parsed.text):
            return None  # "which country did Begin visit?" asks where he went, not his own
        named = [link.entity for link in parsed.entities if link.start >= 0]
        if len(people) > 1:
            # Only people the question names: "which nations were represented?" after the
            # Tokyo talks asks the talks' countries, not Esper's and Pompeo's.
            if set(named) != people:
                return None
            return self._own_countries(named, parsed, context, notes)
        # "Which country is Pompeo from?": the article never says, though he is in talks
        # between countries.
        own = self._own_country(next(iter(people)), parsed, context, notes)
        return own or self._not_found(parsed, context, [], notes)

    def _own_countries(
        self, people: list[str], parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Which countries are Esper and Singh from?", "Esper vs Singh: which country is
        each from?": each one's own country, as the fact saying who they are names it; none
        at all when that fact names none for one of them (Pompeo's), not half an answer."""
        named = list(dict.fromkeys(people))
        owns = [self._own_country(p, parsed, context, notes) for p in named]
        if any(own is None for own in owns):
            return None
        countries = [self._countries_of([p]).pop() for p in named]
        text = "; ".join(
            f"{self.factbase.entities[p].name}: {self.factbase.entities[c].name}"
            for p, c in zip(named, countries, strict=True)
        )
        identities = [f for p in named if (f := self._identity_of(p)) is not None]
        answer = self._direct(
            text=text,
            facts=identities,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[*named, *countries],
        )
        after = replace(
            answer.context,
            entities=tuple(named),
            answer_entities=tuple(dict.fromkeys(countries)),
            asked=parsed.text,
        )
        return replace(answer, context=after)

    def _own_country(
        self, person_id: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """The one country someone belongs to, as the fact saying who they are names it
        ("the U.S. Secretary of Defense"); None when that fact names none (Pompeo's)."""
        person = self.factbase.entities[person_id]
        countries = sorted(self._countries_of([person.id]))
        identity = self._identity_of(person.id)
        if len(countries) != 1 or identity is None or countries[0] not in identity.entities:
            return None
        name = self.factbase.entities[countries[0]].name
        answer = self._direct(
            text=f"{name[:1].upper()}{name[1:]}: {identity.statement}",
            facts=[identity],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[person.id, countries[0]],
        )
        # The country is the answer, not what was asked about; and the question's words are
        # all that say a country was asked ("And Esper?" asks his, not what Esper did).
        after = replace(
            answer.context,
            entities=(person.id,),
            answer_entities=(countries[0],),
            asked=parsed.text,
        )
        return replace(answer, context=after)

    def _from_where(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Where is Esper from?", "where's he from?": his country, not where he met anyone.
        "Where did Begin travel from?": where a trip began, which the article never says;
        where it went is no answer."""
        if parsed.qtype != "where" or parsed.words[-1:] != ["from"]:
            return None
        people = [e for e in parsed.entity_ids if self._kind(e) in ("person", "group")]
        native = NATIVE_OF.match(parsed.text)
        who = (native["be"] or native["do"]).split() if native is not None else []
        if people and who and VISIT_WORDS.isdisjoint(who) and FLYING_WORDS.isdisjoint(who):
            # One person's country is answered; several people's, not as one place.
            if len(parsed.entity_ids) == 1 and self._kind(people[0]) == "person":
                found = self._own_country(people[0], parsed, context, notes)
                if found is not None:
                    return found
        elif not people or (
            VISIT_WORDS.isdisjoint(parsed.words) and FLYING_WORDS.isdisjoint(parsed.words)
        ):
            return None  # "where does the China angle come from?": no one's trip
        return self._not_found(parsed, context, [], notes)

    def _countries_of_people(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Which two countries' defense chiefs does the article cover?": the countries the
        people the question names belong to."""
        answered = self._countries_answered(parsed, context, notes)
        if answered is not None:
            return answered
        if COUNTRIES_OF.match(parsed.text) is None and FORCES_OF.match(parsed.text) is None:
            return None
        people = {
            m
            for e in parsed.entity_ids
            if self._kind(e) in ("person", "group")
            for m in self.index.expand(e)
            # "which countries' foreign and defense ministers…": a group of no one named,
            # belonging to its countries
            if self._kind(m) in ("person", "group")
        }
        ranked = self._rank(parsed)
        if not people and ranked and not ranked[0].missing:
            # "which countries' ministers take part in the 2+2?": those the best fact names
            who = ranked[0].entry.fact.roles.get("who")
            people = {m for e in (who.entities if who else ()) for m in self.index.expand(e)}
        countries = sorted(
            {c for p in people for c in self._countries_of({p}) or self._group_countries(p)}
        )
        facts = [r.entry.fact for r in ranked[:1] if not r.missing]
        if not countries or not facts:
            return None
        return self._countries_answer(countries, facts, parsed, context, notes, about=countries)

    def _group_countries(self, group: str) -> set[str]:
        """A group of no one named ("the U.S. and Indian foreign and defense ministers"):
        the countries the facts that have it as the doers are about."""
        if self._kind(group) != "group":
            return set()
        return {
            c
            for f in self._facts_about(group)
            if group in (f.roles["who"].entities if "who" in f.roles else ())
            for c in self._countries_of(self.index.by_id[f.id].entities)
        }

    def _countries_answered(
        self, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Which ministers attend the 2+2?" "From which countries?": the countries of the
        event the last answer was about, as the article says what that event is; not a
        place where anything happened. (People's countries are asked through who each is.)"""
        last = self.index.by_id.get(context.fact_id or "")
        origin = THEIR_ORIGIN.match(parsed.text) is not None
        if last is None or not (origin or BARE_COUNTRIES.match(parsed.text)):
            return None
        placed = self._country_of_last_place(last, parsed, context, notes)
        if placed is not None:
            return placed
        found = self._countries_named_last(last, parsed, context, notes)
        if found is None and origin:
            # "Who took part in the Tokyo talks?" "Where are they from?": no country for
            # each of them, and where the talks were is not where anyone is from.
            return self._not_found(parsed, context, [], notes)
        return found

    def _country_of_last_place(
        self, last: FactEntry, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Where were the Quad talks?" "Which country?": the country of the place just
        given (Japan), not the countries that took part."""
        where = last.fact.roles.get("where")
        if context.role != "where" or where is None or parsed.words[-1:] != ["country"]:
            return None
        country = self._country_around(where)
        if country is None:
            return None
        named = country.lower() in where.answer.lower()
        return self._answered(
            text=where.answer if named else f"{country}: {where.answer}",
            facts=[last.fact],
            role=where,
            confidence=0.9,
            parsed=parsed,
            context=context,
            ranked=[],
            notes=notes,
        )

    def _countries_named_last(
        self, last: FactEntry, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """The countries of the people the last answer named, or of the event it said what
        it is."""
        people = [e for e in context.answer_entities if self._kind(e) == "person"]
        held = self._countries_of_event_told(last, parsed)
        if held and people and all(self._titled_country(p) is not None for p in people):
            # "Pompeo in Tokyo?" "Who else?" (Esper) "What countries?": the talks' four,
            # not the one country Esper's title names.
            return self._countries_answer(held, [last.fact], parsed, context, notes, about=held)
        if people:
            return self._countries_of_answered(people, last, parsed, context, notes)
        if last.fact.id not in self._identity_facts:
            return None  # after what the event did, its own fact counts its countries
        countries = self._event_countries((*context.answer_entities, *context.entities))
        if not countries:
            return None
        listed = list(dict.fromkeys(countries))
        return self._countries_answer(listed, [last.fact], parsed, context, notes, about=listed)

    def _countries_of_event_told(self, last: FactEntry, parsed: Parsed) -> list[str]:
        """The several countries of the event the last fact tells of, when the bare plural
        "what countries?" asks them ("…took part in quadripartite talks": the talks'
        four); none for "which country?", "which two countries?" or "…are they from?"
        (each one's own), nor for an event the fact names in passing ("ahead of the 2+2")."""
        if parsed.words[-1:] not in (["countries"], ["nations"]):
            return []
        if {"two", "both"} & set(parsed.words):
            return []
        what = last.fact.roles.get("what")
        countries = self._event_countries(tuple(what.entities) if what is not None else ())
        return countries if len(countries) > 1 else []

    def _countries_of_answered(
        self,
        people: list[str],
        last: FactEntry,
        parsed: Parsed,
        context: Context,
        notes: list[str],
    ) -> Answer | None:
        """ "Who met in New Delhi?" "Which countries?": the countries of the people just
        named, as the titles the article gives them say (U.S. Secretary of Defense, India's
        Defense Minister). After who someone is, a title with no country ("Secretary
        Pompeo") says none; after who took part in something, that event's countries may."""
        countries = [self._titled_country(person) for person in people]
        if any(c is None for c in countries):
            if last.fact.id in self._identity_facts:
                return self._not_found(parsed, context, [], notes)
            return None
        named = list(dict.fromkeys(c for c in countries if c is not None))
        # "what did he say?" next is still of the one named
        return self._countries_answer(
            named, [last.fact], parsed, context, notes, about=[*people, *named]
        )

    def _countries_answer(
        self,
        countries: list[str],
        facts: list[Fact],
        parsed: Parsed,
        context: Context,
        notes: list[str],
        about: list[str],
    ) -> Answer:
        """The countries by name ("The United States, Japan and India"), from these facts."""
        names = [self.factbase.entities[c].name for c in countries]
        text = joined(names)
        return self._direct(
            text=text[:1].upper() + text[1:],
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=about,
        )

    def _title_of_another_country(self, entry: FactEntry, name: str, parsed: Parsed) -> bool:
        """ "Who is the minister of defence of USA?": the role's people all hold titles of
        another country than the one the question puts the office in (Singh is India's
        Defense Minister), so none of them is the one asked about."""
        if WHO_IS_THE.match(parsed.text) is None or OFFICE_NOUNS.isdisjoint(parsed.words):
            return False
        asked = {e for e in parsed.entity_ids if self._kind(e) == "country"}
        if len(asked) != 1 or any(self._kind(e) == "person" for e in parsed.entity_ids):
            return False
        people = [e for e in entry.fact.roles[name].entities if self._kind(e) == "person"]
        held = {self._titled_country(person) for person in people}
        return bool(people) and None not in held and asked.isdisjoint(held)

    def _titled_country(self, person: str) -> str | None:
        """The country the article's title for the person names, if it names one."""
        identity = self._identity_of(person)
        title = identity.roles.get("what") if identity is not None else None
        if title is None:
            return None
        said = f" {normalise(title.answer)} "
        for country in self._countries_of([person]):
            entity = self.factbase.entities[country]
            if any(f" {normalise(a)} " in said for a in (entity.name, *entity.aliases)):
                return country
        return None

    def _event_countries(self, named: tuple[str, ...]) -> list[str]:
        """The countries the fact saying what the first event named is names ("a dialogue
        between the U.S. and Indian…": the U.S. and India)."""
        event = next((e for e in named if self._kind(e) == "event"), None)
        if event is None:
            return []
        identity = self._identity_of(event)
        if identity is None:
            return []
        return [e for e in identity.entities if self._kind(e) == "country"]

    def _whose(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "The threat from whose Communist Party?": what the named thing belongs to."""
        if "whose" not in parsed.words:
            return None
        at = parsed.words.index("whose") + 1
        owned = next((link for link in parsed.entities if link.start == at), None)
        if owned is None and at < len(parsed.words):
            return self._owner_said(parsed.words[at], parsed, context, notes)
        entity = self.factbase.entities.get(owned.entity) if owned is not None else None
        if entity is None or len(entity.part_of) != 1:
            return None
        owner = self.factbase.entities.get(entity.part_of[0])
        facts = self._facts_about(entity.id)
        if owner is None or not facts:
            return None
        return self._direct(
            text=f"{owner.name} ({entity.name})",
            facts=facts[:1],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[owner.id, entity.id],
        )

    def _owner_said(
        self, noun: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "What agreement was reached during the visit?" "Whose visit?": the one the last
        fact names as its owner ("during Esper's visit"), not who reached the agreement."""
        # The fact the conversation is on, else the one the question finds best.
        ids = [parsed.followup_fact, context.fact_id]
        ids += [r.entry.fact.id for r in self._clearly_ranked(parsed)[:1]]
        entry = next((self.index.by_id[i] for i in ids if i in self.index.by_id), None)
        if entry is None:
            return None
        fact = entry.fact
        texts = [normalise(t) for t in (fact.statement, *(r.answer for r in fact.roles.values()))]
        owners = {
            link
            for text in (fact.statement, *(role.answer for role in fact.roles.values()))
            for owner, owned in POSSESSIVE.findall(text)
            if term(normalise(owned)) == term(noun)
            for link in parse(owner, self.index).entity_ids
        }
        who = fact.roles.get("who")
        people = [e for e in (who.entities if who else ()) if self._kind(e) == "person"]
        if len(people) == 1 and any(f" his {noun}" in f" {text}" for text in texts):
            owners.add(people[0])  # "meetings during his visit", in Pompeo's words
        if len(owners) != 1:
            return None
        owner = self.factbase.entities[owners.pop()]
        return self._direct(
            text=owner.name,
            facts=[fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[owner.id],
        )

    def _option_is_person(self, option: str) -> bool:
        """Whether an option offered ("Begin", "Secretary Pompeo") is someone the article
        names, as opposed to a country, place or thing."""
        named = self.index.entities_in(option)
        return bool(named) and all(self._kind(e) == "person" for e in named)

    def _odd_one_out_by_country(
        self, text: str, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Which is the odd one out: Esper, Singh, Begin (by nationality)?": Singh, the one
        person whose country is not the others' (India; they serve the U.S.), told with who
        he is. When no one person stands apart, none is guessed: the article may not say."""
        if ODD_BY_COUNTRY.search(text) is None:
            return None
        parsed = parse(text, self.index)
        people = list(dict.fromkeys(e for e in parsed.entity_ids if self._kind(e) == "person"))
        if len(people) < 3:
            return None
        countries = {p: self._person_countries(p) for p in people}
        if any(len(c) != 1 for c in countries.values()):
            return self._abstain(AbstainReason.NOT_IN_ARTICLE, _NO_ODD_COUNTRY, context)
        apart = [p for p in people if sum(countries[o] == countries[p] for o in people) == 1]
        if len(apart) != 1:
            return self._abstain(AbstainReason.NOT_IN_ARTICLE, _NO_ODD_COUNTRY, context)
        who = self._read_and_answer(f"who is {self.factbase.entities[apart[0]].name}", Context())
        if who.abstained or apart[0] not in who.context.entities:
            return None
        country = self.factbase.entities[next(iter(countries[apart[0]]))].name
        return replace(
            who,
            text=f"{who.text.rstrip('.')}: the only one of them from {country}",
            notes=(*notes, "odd one out by country: the one person whose country differs"),
        )

    def _person_countries(self, entity: str) -> frozenset[str]:
        """The countries a person belongs to, as the fact base has it (Singh → India)."""
        return frozenset(
            e for e in self.index.part_of.get(entity, ()) if self._kind(e) == "country"
        )

    def _odd_one_out(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Which of these did not take part in the Tokyo talks: Japan, Australia, China,
        India?": the one option the best fact leaves out, if exactly one; "which of these
        was listed…: logistics, space tourism or agriculture?": the one it has."""
        match = (
            ODD_ONE_OUT.match(text.strip())
            or ODD_ONE_NAMED.match(text.strip())
            or OPTIONS_FIRST.match(text.strip())
        )
        if match is not None and "neg" in match.groupdict() and not match["neg"]:
            match = None  # "Of Japan and China, which took part…?" is no odd one out
        kept = match is None  # the option the fact has is the answer, not the one it lacks
        match = match or ONE_OF.match(text.strip())
        if match is None or ORDER_STEM.match(normalise(match["stem"])):
            return None
        options = [o.strip(" .?") for o in re.split(r",|\bor\b|\band\b", match["options"])]
        options = [o for o in options if o]
        if len(options) < (2 if kept else 3):
            return None
        rest = "" if kept else match["rest"]
        wh = match.groupdict().get("wh") or ""  # "where were the talks: …" asks where
        # "Which city hosted the Quad talks: …": the stem still asks which.
        asks = wh or ("which" if text.strip().lower().startswith("which") else "")
        # "Which of the following best describes Singh: …": which of them he is.
        asked = DESCRIBES.sub("is", match["stem"].strip())
        stem = parse(f"{asks} {asked} {rest}", self.index)
        ranked = self._clearly_ranked(stem)
        if not ranked:
            return None
        # Of facts as good as the best, the one that has the most of the options: the
        # Tokyo talks, not Pompeo's title, for "which of these countries was at them".
        tied = [
            r for r in ranked[:PAIR_DEPTH] if not r.missing and r.score >= ranked[0].score - 0.05
        ]
        if stem.qtype == "where":
            # "Which city hosted the Quad talks: …": a fact that says where something was.
            tied = [r for r in tied if "where" in r.entry.fact.roles] or tied
        counts = [
            sum(self._option_in(o, r.entry, stem.qtype == "where") for o in options) for r in tied
        ]
        # The one option a fact has answers "which of these…"; of facts as good, one that
        # has just one ("Indian Defense Minister": Singh's title, not the meeting's words).
        single = [r for r, n in zip(tied, counts, strict=True) if n == 1] if kept else []
        best = single[0] if single else tied[counts.index(max(counts))]
        if wh:
            # The fact that answers the question put: of equals, one that says where.
            choice = self._choose(stem, ranked, ROLES_FOR.get(stem.qtype, ("what",)), stem.qtype)
            if choice is None:
                return None
            best = choice[0]
        place = stem.qtype == "where"
        chosen = [o for o in options if self._option_in(o, best.entry, place) == kept]
        if not kept and len(chosen) > 1 and NAMED_IN_ARTICLE.search(rest):
            # "Which was NOT mentioned as an area of cooperation: emerging technologies,
            # defense trade, space exploration, logistics?": the article lists them in two
            # sentences; the one no fact as good as the best has is the odd one out.
            chosen = [o for o in chosen if not self._said_anywhere(o, place)]
        if len(chosen) != 1:
            return None
        if not kept and self._option_is_person(chosen[0]) and not NAMED_IN_ARTICLE.search(rest):
            # "Which of these did not go to Tokyo: Esper, Pompeo, Begin?": the article names
            # who took part, not everyone who did; Begin left out of it is not kept away.
            return None
        lead = f"{chosen[0][:1].upper()}{chosen[0][1:]}:"
        confidence = min(0.85, best.score)
        return self._stated(lead, best, confidence, stem, context, ranked, notes)

    def _range_asked(self, asked: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Their work together ranges from what to what?", "the two ends of that range":
        the "from … to …" the best fact's sentence gives."""
        if RANGE_ASKED.search(asked) is None:
            return None
        parsed = parse(RANGE_ASKED.sub(" ", asked), self.index)
        ranked = self._rank(parsed)
        spans = self._range_facts
        if len({e.fact.quote.text for e in spans}) == 1:
            # The article gives one range: "the two ends of that range" can only be it.
            ranked = [Scored(spans[0], 1.0, (), True), *ranked]
        found = self._said_in_quote(RANGE_SAID, ranked[:PAIR_DEPTH])
        if found is None:
            return None
        scored, said = found
        text = f"From {said[1]} to {said[2]}"
        return self._quoted_answer(text, scored, 0.9, parsed, context, notes)

    def _examples_of_last(self, asked: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What did they say they'd keep working on together?" "Like what areas?": the
        "from … to …" range the last answer's sentence gives, the examples it has of that
        work; a last answer with no such range is left to the question as asked."""
        if context.fact_id is None or EXAMPLES_ASKED.match(asked) is None:
            return None
        last = self.index.by_id.get(context.fact_id)
        if last is None:
            return None
        spans = [e for e in self._range_facts if last.fact.quote.text in e.fact.quote.text]
        if len(spans) != 1:
            return None
        said = RANGE_SAID.search(spans[0].fact.quote.text)
        if said is None:
            return None
        parsed = parse(asked, self.index)
        scored = Scored(spans[0], 1.0, (), True)
        text = f"From {said[1]} to {said[2]}"
        why = spans[0].fact.roles.get("why")
        if why is not None and PURPOSE_CLAUSE.match(why.answer):
            # "On what issues?" (the challenges) "Like what?": the range is of that work.
            text += f", {why.answer[0].lower()}{why.answer[1:]}"
        return self._quoted_answer(text, scored, 0.9, parsed, context, notes)

    def _phrase_quoted(self, asked: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What phrase does the Defense Department use for the challenges?", "I want the
        exact wording": the words the article itself puts in quotation marks there."""
        if PHRASE_ASKED.search(asked) is None or MEANING_ASKED.search(asked) is not None:
            return None
        parsed = parse(PHRASE_ASKED.sub(" ", asked), self.index)
        found = self._said_in_quote(QUOTED, self._rank(parsed)[:3])
        if found is None:
            return None
        scored, quoted = found
        text = f"“{quoted[1].rstrip(',.;')}”"
        return self._quoted_answer(text, scored, 0.85, parsed, context, notes)

    def _quoted_after(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Did Pompeo use the phrase 'free nations'?" "Work together to do what, exact
        words?": the words the last answer's quotation gives after those asked about
        (“thwart the threat posed by China's Communist Party”)."""
        lowered = " ".join(fold_quotes(text).lower().split()).rstrip(" ?.!")
        if EXACT_WORDS.search(lowered) is None:
            return None
        asked = normalise(EXACT_WORDS.sub(" ", lowered))
        found = DO_WHAT.match(asked.strip())
        last = self.factbase.facts.get(context.fact_id or "")
        if found is None or last is None:
            return None
        lead = re.findall(r"\w+", found["lead"])
        if len(lead) < 2:
            return None
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, lead)) + r"\W+(?:to\W+)?")
        for quotation in self.index.quotations.in_fact(last).quotations:
            at = pattern.search(fold_quotes(quotation.text).lower())
            rest = quotation.text[at.end() :].rstrip(" ,.;:") if at is not None else ""
            if len(rest.split()) >= 2:
                parsed = parse(asked, self.index)
                return self._direct(
                    text=f"“{rest}”",
                    facts=[quotation.fact],
                    confidence=0.85,
                    parsed=parsed,
                    context=context,
                    notes=[*notes, "the quoted words after those asked about"],
                    # "did he say that in New Delhi?" next: he is still the one quoted.
                    about=list(context.entities),
                )
        return None

    def _said_in_quote(
        self, pattern: prefilter.Prefiltered, ranked: list[Scored]
    ) -> tuple[Scored, re.Match[str]] | None:
        """The first good enough fact whose sentence has the pattern, with the match."""
        for scored in ranked:
            found = pattern.search(scored.entry.fact.quote.text)
            if found is not None and not scored.missing and scored.score >= self.threshold:
                return scored, found
        return None

    def _quoted_answer(
        self,
        text: str,
        scored: Scored,
        cap: float,
        parsed: Parsed,
        context: Context,
        notes: list[str],
    ) -> Answer:
        """An answer cut from one fact's sentence, no surer than `cap`."""
        return self._answered(
            text=text,
            facts=[scored.entry.fact],
            role=None,
            confidence=min(cap, scored.score),
            parsed=parsed,
            context=context,
            ranked=[scored],
            notes=notes,
        )

    @cached_property
    def _range_facts(self) -> list[FactEntry]:
        """The facts whose sentence gives a "from … to …" range, found once."""
        return [e for e in self.index.entries if RANGE_SAID.search(e.fact.quote.text)]

    def _answer_names(self, answer: Answer, named: str) -> bool:
        """Whether the answer's facts are about what the words name: "the meeting" is not
        answered by what officials called the relationship."""
        asked = set(parse(named, self.index).entity_ids)
        return any(
            not asked.isdisjoint(entry.involved)
            for f in answer.fact_ids
            if (entry := self.index.by_id.get(f)) is not None
        )

    def _word_for_thing(self, text: str, context: Context) -> Answer | None:
        """ "What word does it use for those talks, 'Quad'?": what the article calls them
        ("quadripartite talks"), and, when the word offered is not the article's, that it
        is not ("Not “Quad”: …")."""
        match = WORD_FOR_THING.match(text.strip())
        if match is None or not RELATION_TERMS.isdisjoint(map(term, match["named"].split())):
            return None  # "…for US relations?": the words after them, read elsewhere
        called = self._answer(f"what does the article call {match['named']}?", context)
        if called.abstained or not self._answer_names(called, match["named"]):
            return None
        if match["offered"] is None:
            return called
        offered = match["offered"].strip("'\"‘’“” ")
        if f" {normalise(offered)} " in f" {normalise(called.text)} ":
            return called  # a whole word of it: "Quad" is not "quadripartite"
        return replace(called, text=f"Not “{offered}”: {called.text}")

    def _word_used(self, asked: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What adjective describes the strategic partnership?", "what adjective does the
        statement use for the global security challenges?": the word the quote puts before
        what the question names ("elevated strategic partnership", "pressing")."""
        match = WORD_USED.match(asked) or ADJECTIVE_USED.match(asked)
        verb = match is None and VERB_USED.match(asked)
        if verb:
            match = verb  # "what verb did Pompeo use about the threat?": "thwart" (the threat)
        if match is None:
            return None
        named = match["named"].split()
        if not named:
            return None
        # The speaker named too: "the threat" is in several sentences, Pompeo's in one.
        stem = parse(f"{match['who']} {match['named']}" if verb else match["named"], self.index)
        ranked = self._clearly_ranked(stem)
        if not ranked:
            return None
        best = ranked[0]
        words = normalise(best.entry.fact.quote.text).split()
        found = set()
        for at, word in enumerate(words):
            if word != named[-1]:
                continue
            start = at
            while start > 0 and words[start - 1] in named:
                start -= 1
            if verb and start > 1 and words[start - 1] in ("the", "a", "an", "that", "this"):
                start -= 1
            if start > 0 and words[start - 1] not in STOPWORDS:
                if verb and term(words[start - 1]) not in best.entry.predicate:
                    continue  # "defense" before "relationship" is no verb of the sentence
                found.add(words[start - 1])
        if len(found) != 1:
            return None
        word = found.pop()
        return self._stated(f"“{word}”:", best, min(0.85, best.score), stem, context, ranked, notes)

    def _adverb_used(self, asked: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What adverb does the article use for how relations are deteriorating?": the
        "-ly" word the quote puts next to that verb ("sharply")."""
        match = ADVERB_USED.match(asked)
        if match is None:
            return None
        stem = parse(match["named"], self.index)
        ranked = self._clearly_ranked(stem)
        if not ranked:
            return None
        best = ranked[0]
        words = normalise(best.entry.fact.quote.text).split()
        verbs = [w for w in match["named"].split() if w.endswith(("ing", "ed"))]
        asked_terms = {term(w) for w in verbs or match["named"].split()}
        found = {
            near
            for at, word in enumerate(words)
            if term(word) in asked_terms and term(word) in self.index.predicate_terms
            for near in words[max(0, at - 2) : at + 4]
            if near.endswith("ly") and len(near) > 4 and near not in STOPWORDS
        }
        if len(found) != 1:
            return None
        word = found.pop()
        return self._stated(f"“{word}”:", best, min(0.85, best.score), stem, context, ranked, notes)

    @cached_property
    def _relation_clauses(self) -> list[tuple[FactEntry, list[frozenset[str]], str]]:
        """Each clause naming pairs before "relations", with its fact, the pairs' countries
        and what those relations are doing ("heating up rapidly"), found once."""
        found = []
        for entry in self.index.entries:
            quote = entry.fact.quote.text
            for clause in PAIRS_BEFORE_RELATIONS.finditer(quote):
                pairs = [_relation_sides(p) for p in PAIR_SEPARATOR.split(clause["pairs"])]
                doing = RELATIONS_DOING.match(quote, clause.start("after"))
                if doing is not None and all(pairs):
                    found.append((entry, pairs, doing["doing"]))
        return found

    def _relations_worded(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What verb does the article use for US-India relations - 'warming'?": the words
        it puts after those relations (“heating up rapidly”), with the sentence; "…for the
        China relationships?" gets the clause whose every pair has China in it ("deteriorating
        sharply"). A pair the article names in no clause, or more than one clause's ("US
        relations"), is left to the usual reading."""
        match = RELATIONS_WORDED.match(text.lower().strip().rstrip("?!. "))
        if match is None:
            return None
        if match["pairs"] is None:
            # "What verb describes relations in paragraph 7?": every pair's words.
            return self._every_relation_worded(text, match["rest"], context, notes)
        asked = [_relation_sides(p) for p in RELATION_PAIR_SPLIT.split(match["pairs"]) if p]
        if not asked or not all(asked):
            return None
        found = [
            (entry, doing)
            for entry, pairs, doing in self._relation_clauses
            if all(_relations_match(one, pairs) for one in asked)
        ]
        touched = [
            doing
            for _, pairs, doing in self._relation_clauses
            if any(one <= pair for one in asked for pair in pairs)
        ]
        if len({doing for _, doing in found}) != 1 or len(set(touched)) != 1:
            return None  # "US relations": heating up with India, deteriorating with China
        # The sentence's own fact of that clause ("at a time when U.S.-China … sharply"),
        # not the longer one it is part of.
        entry, doing = min(found, key=lambda one: len(one[0].fact.quote.text))
        offered = OFFERED_WORD.search(match["rest"])
        lead = f"“{doing}”"
        if offered is not None and offered["word"].lower() not in doing.lower():
            # "…'warming'?": the article's word is another one, which the answer says.
            lead = f"Not “{offered['word']}”: the article says they are “{doing}”"
        return self._direct(
            text=lead,
            facts=[entry.fact],
            confidence=0.85,
            parsed=parse(text, self.index),
            context=context,
            notes=[*notes, "the words the article puts after those relations"],
        )

    def _every_relation_worded(
        self, text: str, rest: str, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "What verb describes relations in paragraph 7?", "which words describe the
        relations?": no pair named, so each pair's words, from the one sentence that has
        them all (U.S.-India “heating up rapidly”, U.S.-China and India-China
        “deteriorating sharply”). A paragraph named that has no such words is left."""
        if not self._relation_clauses or not _ONLY_WHERE_IN_ARTICLE.match(rest):
            return None
        entry = max((one for one, _, _ in self._relation_clauses), key=self._relations_told)
        paragraph = _PARAGRAPH_NAMED.search(rest)
        if paragraph is not None and int(paragraph[1]) != entry.fact.quote.paragraph:
            return None
        quote = entry.fact.quote.text
        said = []
        for doing in dict.fromkeys(d for one, _, d in self._relation_clauses if one is entry):
            pairs = _PAIRS_BEFORE_DOING.search(quote[: quote.find(doing)])
            said.append(f"{pairs[1]} relations “{doing}”" if pairs else f"“{doing}”")
        return self._direct(
            text="; ".join(said),
            facts=[entry.fact],
            confidence=0.85,
            parsed=parse(text, self.index),
            context=context,
            notes=[*notes, "the words the article puts after each pair's relations"],
        )

    def _relations_told(self, entry: FactEntry) -> int:
        """How many clauses of relations the fact's quote tells."""
        return sum(1 for one, _, _ in self._relation_clauses if one is entry)

    def _word_meaning(self, asked: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What does quadripartite mean here?": a word of one thing's name in the article
        (the quadripartite talks) is explained by what the article says that thing is."""
        match = WORD_MEANS.match(asked)
        if match is None:
            return None
        word = match["word"]
        if (word,) in self.index.aliases:
            return None  # a name of its own ("BECA") is answered as a definition already
        named = self._names_with_word(word, match["phrase"])
        if len(named) != 1:
            return None
        entity = self.factbase.entities[named.pop()]
        parsed = parse(f"what is {entity.name}", self.index)
        identity = self._identity_of(entity.id)
        counted = self._count_of_sides(word, entity.id)
        if counted is None or identity is None:
            # "What does 'elevated' mean in 'elevated strategic partnership'?": the article
            # uses the word but never says what it means; what the partnership is, is not it.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article uses “{word}” only as part of a name and doesn't say what the "
                "word means.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        text = identity_text(identity)
        return self._direct(
            text=f"With {counted} parties: {text[:1].lower()}{text[1:]}",
            facts=[identity],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )

    def _place_named(self, parsed: Parsed) -> bool:
        """ "What did they decide in Tokyo?": the question names a place, as "there" would
        (a "which …" question names what it asks about, and is left as it was)."""
        return parsed.words[:1] == ["what"] and any(
            link.start >= 0 and self._kind(link.entity) == "place" for link in parsed.entities
        )

    def _gloss_asked(self, asked: str) -> str | None:
        """ "What even is logistics in a military?", "what are secure communications?": a
        bare term of the article that names nothing of its own, asked as "what does
        logistics mean?" (the article uses such words, never glosses them); None for
        anything else ("what is the quad?", "what is BECA?", "what is the threat?")."""
        indefinite = INDEFINITE_ASKED.match(asked)
        if indefinite is not None:
            return self._general_word_asked(indefinite["term"])
        found = GLOSS_ASKED.match(asked)
        if found is None:
            return None
        words = found["term"].split()
        if len(words) == 1 and not words[0].endswith("s"):
            return None  # "what is threat?": the article's threat, put without "the"
        if any(w in STOPWORDS or w in NEUTRAL or w not in self.index.vocabulary for w in words):
            return None
        if words[0].endswith("ing") and all(
            w.endswith("ly") or w in _VERB_PARTICLES for w in words[1:]
        ):
            # "What's deteriorating sharply?", "what is heating up rapidly?": what is doing
            # it, not what the words mean ("what are emerging technologies?" still is).
            return None
        if parse(found["term"], self.index).entities:
            return None  # "what is 2+2?", "what are the Quad talks?": named in the article
        return f"what does {found['term']} mean"

    def _general_word_asked(self, term: str) -> str | None:
        """ "What is a defence minister?", "what's a democracy?": with "a", the word's
        general meaning is asked, not the article's minister; asked as "what does defense
        minister mean?". None when the words name one of the article's own things ("what is
        a 2+2?", "what's a BECA?") or a person by name ("what is a Singh?")."""
        words = term.split()
        if {words[0], words[-1]} & STOPWORDS or any(w not in self.index.vocabulary for w in words):
            return None
        links = parse(term, self.index).entities
        if not links and any({w, w + "s"} & self._words_of_own_names for w in words):
            return None  # "what is a quadripartite talk?": the article's quadripartite talks
        for link in links:
            if not self._person_or_people(link.entity):
                return None
            named = self.factbase.entities[link.entity].name
            if set(words) & set(normalise(named).split()):
                return None
        return f"what does {term} mean"

    def _person_or_people(self, entity_id: str) -> bool:
        """A person, or a group of people ("defense chiefs"): what "a defence minister", "a
        defence chief" would name in the article is an office anyone may hold."""
        entity = self.factbase.entities.get(entity_id)
        if entity is None:
            return False
        if entity.kind == "group" and entity.members:
            return all(self._kind(m) == "person" for m in entity.members)
        return entity.kind == "person"

    @cached_property
    def _words_of_own_names(self) -> frozenset[str]:
        """The words of the longer names of the article's things other than people
        ("quadripartite", "talks", "agreement"): "a quadripartite talk" is one of them."""
        return frozenset(
            word
            for key, owner in self.index.aliases.items()
            if len(key) > 1 and not self._person_or_people(owner)
            for word in key
        )

    def _names_with_word(self, word: str, phrase: str | None) -> set[str]:
        """The entities a word is part of a longer name of: of the one the phrase names, if
        the question gives it ("…in 'quadripartite talks'")."""
        if phrase is not None:
            key = tuple(_linkable_words(phrase))
            owner = self.index.aliases.get(key)
            if owner is None or word not in key:
                return set()
            return {owner}
        return {e for key, e in self.index.aliases.items() if len(key) > 1 and word in key}

    def _count_of_sides(self, word: str, entity_id: str) -> str | None:
        """ "Quadripartite" of the Tokyo talks: "four", when the article counts the talks'
        sides ("Four countries: …") as the word does; none for any other word."""
        counting = COUNT_WORD.match(word)
        if counting is None:
            return None
        wanted = COUNT_PREFIXES[counting["prefix"]]
        for position in self.index.entity_postings.get(entity_id, ()):
            how_many = self.index.entries[position].fact.roles.get("how_many")
            said = normalise(how_many.answer).split()[:1] if how_many is not None else []
            if said and NUMBER_WORDS.get(said[0]) == wanted:
                return said[0]
        return None

    def _said_anywhere(self, option: str, place: bool) -> bool:
        """Some fact of the article has the option (found through the ranking, not a scan)."""
        ranked = self._rank(parse(option, self.index))
        return any(self._option_in(option, r.entry, place) for r in ranked[:PAIR_DEPTH])

    def _option_in(self, option: str, entry: FactEntry, place: bool = False) -> bool:
        """What the option names (an entity, or its words) is in the fact; for a `place`
        asked, where the fact happened ("Washington" is no place the New Delhi meeting
        was, though the U.S. took part)."""
        said = parse(option, self.index)
        named = [link.entity for link in said.entities if link.start >= 0]
        where = entry.fact.roles.get("where")
        if named and place and where is not None and where.entities:
            return all(any(self._same_place(e, w) for w in where.entities) for e in named)
        if named:
            # "Indian Prime Minister": India is in the fact, but no prime minister is.
            return (
                all(e in entry.involved for e in named)
                and not said.unknown
                and all(t in entry.bag for t in said.terms)
            )
        return bool(said.terms) and all(t in entry.bag for t in said.terms) and not said.unknown

    def _all_countries(self, fact: Fact, role: Role) -> str | None:
        """The fact's count when it names more of its countries than this role does ("Four
        countries: the United States, Japan, India and Australia" beside "Japan, India and
        Australia", the others the U.S. met), or None."""

        def countries(text: str) -> set[str]:
            return {e for e in self.index.entities_in(text) if self._kind(e) == "country"}

        counted = fact.roles.get("how_many")
        if counted is not None and countries(counted.answer) > countries(role.answer):
            return counted.answer
        return None

    def _countries_beside(self, counted: str, role: Role) -> list[str]:
        """The countries a fact's count names that its role leaves out (the U.S., the side
        the others met), then the role's own: all the countries of the fact."""
        return [
            e
            for e in sorted(self.index.entities_in(counted))
            if self._kind(e) == "country" and e not in role.entities
        ] + list(role.entities)

    def _more_of_the_event_told(
        self, fact: Fact, context: Context, confidence: float, parsed: Parsed
    ) -> Answer | None:
        """ "Esper met who in Delhi?" "What did they do?": the meeting itself was the last
        answer, so what they did there is the rest of its summary (they agreed on BECA,
        praised the relationship), not "Esper met Singh" again. None unless the last turn
        answered from this very fact and a summary tells more of it."""
        if fact.id != context.fact_id:
            return None
        summary = self._event_summaries.get(fact.id)
        if summary is None:
            return None
        firsts = dict.fromkeys(p.facts[0] for p in summary.points if p.facts)
        facts = [self.factbase.facts[f] for f in firsts if f in self.factbase.facts]
        return self._direct(
            text=summary.short,
            facts=facts[:3],
            confidence=confidence,
            parsed=parsed,
            context=context,
            notes=[],
        )

    @cached_property
    def _event_summaries(self) -> dict[str, Summary]:
        """Each fact of an event a summary opens with, when every point of the summary is
        of the event's own people (persons: India is in Begin's visit too): the meeting's
        summary (its praise, BECA), not the Tokyo one, which goes on to Begin's visit.
        Built once."""
        found: dict[str, Summary] = {}
        for summary in self.factbase.summaries.values():
            if len(summary.points) < 2 or not summary.points[0].facts:
                continue
            fact = self.factbase.facts.get(summary.points[0].facts[0])
            if fact is None:
                continue
            doers = {
                e
                for name in ("who", "with_whom")
                if name in fact.roles
                for e in fact.roles[name].entities
                if self._kind(e) == "person"
            }
            if doers and all(
                any(doers & self.index.by_id[f].involved for f in p.facts if f in self.index.by_id)
                for p in summary.points
            ):
                found.setdefault(fact.id, summary)
        return found

    @staticmethod
    def _time_given_for_reason(parsed: Parsed, role: Role, count: int) -> bool:
        """ "Why did Esper meet Singh?", "what was the purpose of his trip?" answered by a
        "why" role that only says when ("Ahead of the 2+2 Dialogue…"); "what was the
        meeting a prelude to?" still gets it as it is."""
        return (
            parsed.types == ["why"]
            and count == 1
            and role.name == "why"
            and TIME_NOT_REASON.match(role.answer) is not None
        )

    def _went_for(
        self, parsed: Parsed, context: Context, notes: list[str], ranked: list[Scored]
    ) -> Answer | None:
        """ "Why did Esper go to Tokyo?", "were Esper and Pompeo in Tokyo?" "What for?": the
        talks the article has them taking part in there, when it gives no other reason."""
        followed = self.index.by_id.get(parsed.followup_fact or "")
        entry = followed or (ranked[0].entry if ranked and not ranked[0].missing else None)
        if entry is None or "why" in entry.fact.roles:
            return None
        roles = entry.fact.roles
        what, who, where = roles.get("what"), roles.get("who"), roles.get("where")
        if what is None or who is None or where is None:
            return None
        if not any(self._kind(e) == "event" for e in what.entities):
            return None
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        places = {e for e in parsed.entity_ids if self._kind(e) in ("place", "country")}
        if not people or not people <= set(who.entities):
            return None
        going = (
            not VISIT_WORDS.isdisjoint(parsed.words)
            or parsed.words[1:2] in (["was"], ["were"])  # "why were they in Tokyo?"
            or followed is not None
        )
        if not going or not places or not places <= set(where.entities):
            return None
        if self._event_itself_asked(parsed, what):
            return None
        text = f"To take part in {what.answer[0].lower()}{what.answer[1:]}"
        return self._answered(
            text=text,
            facts=[entry.fact],
            role=what,
            confidence=0.8,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=[*notes, WENT_FOR_NOTE],
        )

    @staticmethod
    def _event_itself_asked(parsed: Parsed, what: Role) -> bool:
        """ "What was the point of those talks?", "why were the Tokyo talks held?" after the
        Tokyo talks: the purpose of the talks themselves, which the article never gives,
        not why the people went there ("why did they go?" still gets the talks)."""
        if not VISIT_WORDS.isdisjoint(parsed.words):
            return False
        named = any(link.start >= 0 and link.entity in what.entities for link in parsed.entities)
        return named or not EVENT_NOUNS.isdisjoint(parsed.words)

    def _contents_asked_of(self, parsed: Parsed, context: Context) -> str | None:
        """ "What exactly does it cover?" of the agreement: the agreement asked about ("" if
        the question names only an agreement the article does not have), or None when the
        question asks no agreement's contents. The article never says what is in it, and the
        areas of cooperation named beside it are not its contents."""
        subject = contents_subject(parsed.text)
        if subject is None or parsed.qtype not in ("what", "keyword"):
            return None
        agreements = [
            e for e, entity in self.factbase.entities.items() if entity.kind == "agreement"
        ]
        linked = [
            link.entity
            for link in parsed.entities
            if link.start >= 0 and link.text in subject and link.entity in agreements
        ]
        if linked:
            return linked[0]
        words = subject.split()
        nouns = {w for w in words if KIND_NOUNS.get(w) == "agreement"}
        if nouns:
            # "the deal": the one agreement the article (or its maintainers) calls that
            called = [
                e
                for e in agreements
                if any(n in alias.lower().split() for n in nouns for alias in self._aliases(e))
            ]
            return called[0] if len(called) == 1 else ""
        if words[-1] in ("it", "its", "this", "that", "one"):
            return self._agreement_named_before(parsed, agreements) or self._agreement_in_talk(
                context
            )
        return None

    def _description_doubted(self, text: str, context: Context) -> Answer | None:
        """ "Which are the 'two largest democracies'?" (the U.S. and India, in officials'
        words) "Is that true though?": whether a description someone gave holds, which the
        article reports but never judges; not a confirmation of what the article says."""
        if not THAT_CONFIRMED.match(normalise(text)):
            return None
        describer = self._describer_of(context.fact_id or "")
        if describer is None:
            return None
        who = describer.roles.get("who")
        by = f" {who.answer}" if who is not None else " someone"
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article reports only that{by} described it so; it doesn't say whether that"
            " is so.",
            context,
        )

    def _describer_of(self, fact_id: str) -> Fact | None:
        """The fact telling who described what `fact_id` tells ("…officials described the
        relationship as…" for "the world's two largest democracies"), if it is a description."""
        last = self.index.by_id.get(fact_id)
        if last is None:
            return None
        if _DESCRIBED in last.predicate:
            return last.fact
        sayer = self._sayers.get(fact_id)
        said = self.index.by_id.get(sayer.id) if sayer is not None else None
        return said.fact if said is not None and _DESCRIBED in said.predicate else None

    @staticmethod
    def _agreement_named_before(parsed: Parsed, agreements: list[str]) -> str | None:
        """ "Explain the BECA simply - what's actually in it?": "it" is the one agreement the
        question itself has named, before any the conversation named."""
        named = {link.entity for link in parsed.entities if link.entity in agreements}
        return next(iter(named)) if len(named) == 1 else None

    def _aliases(self, entity: str) -> tuple[str, ...]:
        return self.factbase.entities[entity].all_aliases

    def _agreement_in_talk(self, context: Context) -> str | None:
        """ "It" is the agreement: the first thing (not a person) the last answer or question
        named, else the last fact's, is one."""
        last = self.index.by_id.get(context.fact_id or "")
        named = (*context.answer_entities, *context.entities)
        things = [e for e in named if self._kind(e) not in ("person", "group")]
        if not things and last is not None:
            things = [e for e in last.fact.entities if self._kind(e) not in ("person", "group")]
        return things[0] if things and self._kind(things[0]) == "agreement" else None

    def _contents_unknown(
        self, agreement: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """The refusal, with the agreement kept as what the conversation is about ("Did the
        statement on it mention China?" next): the fact that tells of it reached."""
        told = next(
            (
                entry.fact
                for entry in map(
                    self.index.entries.__getitem__, self.index.entity_postings.get(agreement, ())
                )
                if (what := entry.fact.roles.get("what")) is not None and agreement in what.entities
            ),
            None,
        )
        understood, refusal = context, "The article doesn't say what the agreement contains."
        if told is not None:
            understood = replace(
                context, entities=(agreement,), answer_entities=(), fact_id=told.id, role="what"
            )
            refusal = refusal[:-1] + f": it says only “{told.statement}”"
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            refusal,
            understood,
            parsed=parsed,
            notes=tuple(notes),
        )

    def _visited_in_question(self, parsed: Parsed) -> list[str]:
        """The places the question's main verb of going takes as its object ("visit India",
        "go to Japan"); none for a place gone to in a clause placing another act ("who gave
        a press conference before going to South Asia?") or gone from ("went from the US")."""
        words = parsed.words
        places = []
        for link in parsed.entities:
            at = link.start
            if at < 1 or self._kind(link.entity) not in ("place", "country", "city"):
                continue
            verb = at - 2 if words[at - 1] == "to" and at >= 2 else at - 1
            if words[verb] not in VISIT_WORDS or not _CLAUSE_PLACERS.isdisjoint(words[:verb]):
                continue
            places.append(link.entity)
        return places

    def _visit_elsewhere(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The question asks of a visit to a place ("when did Pompeo visit India?") and the
        fact took place somewhere else, naming the place only as a party (the Tokyo talks
        between the U.S., Japan, India and Australia were no visit to India)."""
        if VISIT_WORDS.isdisjoint(parsed.words) or parsed.qtype == "who":
            return False  # "who went to India?": the visitors, found by their own rule
        places = self._visited_in_question(parsed)
        where = entry.fact.roles.get("where")
        if not places or where is None or not where.entities:
            return False
        return not any(self._went_within(entry, place) for place in places)

    def _placed_beside_asked(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The question asks what happened at an event it names ("at the 2+2"), and the
        fact's own time is before or after that event ("ahead of the 2+2"), not at it. A
        question that itself places its answer ("what happened before the 2+2?") is not."""
        if not PLACING_WORDS.isdisjoint(parsed.words):
            return False
        for link in parsed.entities:
            if link.start < 0 or self._kind(link.entity) != "event":
                continue
            if any(link.entity in role.entities for role in entry.fact.roles.values()):
                continue
            words = self.index.entity_terms.get(link.entity, frozenset())
            if self._placed_against(entry.fact, set(words)) is not None:
                return True
        return False

    def _means_of_travel_asked(self, parsed: Parsed) -> bool:
        """ "How did Esper travel to India?", "how did Pompeo fly to Tokyo?", "how did Singh
        get to New Delhi?": the means of a journey, which the article never gives; the best
        fact about the trip or the place would answer something else (the BECA). "How did
        they get to an agreement?" names no place, so it is left to the facts."""
        found = MEANS_OF_TRAVEL.search(parsed.text)
        if found is None:
            return False
        if found["moved"] is not None or found["there"] is not None:
            return True
        return any(self._kind(e) == "place" for e in parsed.entity_ids)

    def _unheard_source(self, parsed: Parsed) -> str | None:
        """ "According to Singh, what happened?": the name of the source asked for when the
        article reports nothing as said by it (Singh only through the Pentagon's statement),
        so no account of theirs can be told; or None."""
        if not parsed.as_source:
            return None
        speakers = parsed.speakers
        if not speakers.isdisjoint(self._sources):
            return None
        return " or ".join(sorted(self.factbase.entities[s].name for s in speakers))

    @cached_property
    def _sources(self) -> frozenset[str]:
        """Everyone the article reports saying something, and every body or country they are
        of (as `_spoken_by` with `sourced` counts them): read once, not per question, so an
        "according to X" costs no pass over a large fact base."""
        found: set[str] = set()
        for entry in self.index.entries:
            source = self._sayers.get(entry.fact.id)
            if source is None and entry.predicate.isdisjoint(ACCOUNT_TERMS):
                continue
            who = source.roles.get("who") if source is not None else entry.fact.roles.get("who")
            for e in who.entities if who is not None else ():
                for member in self.index.expand(e):
                    found.add(member)
                    found.update(self.index.part_of.get(member, ()))
        return frozenset(found)

    def _people_all_named(self, entry: FactEntry, named: set[str]) -> bool:
        """Every person on either side of the fact is among those named."""
        people = [
            e
            for name in ("who", "with_whom")
            if (role := entry.fact.roles.get(name)) is not None
            for e in role.entities
            if self._kind(e) == "person"
        ]
        return bool(people) and set(people) <= named

    def _names_a_person(self, parsed: Parsed) -> bool:
        return any(k.start >= 0 and self._kind(k.entity) == "person" for k in parsed.entities)

    @cached_property
    def _country_names(self) -> frozenset[str]:
        """The names of the countries the fact base knows ("India"); built once."""
        return frozenset(e.name for e in self.factbase.entities.values() if e.kind == "country")

    def _said_that_with_nothing_before(self, text: str, context: Context) -> Answer | None:
        """ "Which official said that?" as the first question: "that" points at nothing,
        so who said it cannot be read off an earlier answer; it is asked back rather than
        answered with the article's main source."""
        if context.turn or context.fact_id or context.quoted or context.question:
            return None
        asked = normalise(text)
        if WHO_SAID_IT.match(asked) is None or WRITTEN_OR_REPORTED.search(asked):
            return None  # "who wrote this?" asks for the article's writer
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            "Who said what? Tell me which words you mean, for example “Who called China's"
            " Communist Party a threat?”.",
            context,
        )

    def _never_quoted(self, parsed: Parsed) -> str | None:
        """ "What did Singh say?", and nothing more: the name of someone the article never
        has saying anything (it quotes Pompeo; Esper and Singh only through the Pentagon's
        statement), or None."""
        # "What did Pompeo say?" "And Esper?": the same bare question, of Esper.
        said_again = parsed.terms == [SAY_TERM] and (
            is_about_phrase(parsed) or all(term(w) != SAY_TERM for w in parsed.words)
        )
        if BARE_SAID.match(parsed.text) is None and not said_again:
            return None
        people = [
            k.entity for k in parsed.entities if k.start >= 0 and self._kind(k.entity) == "person"
        ]
        if not people and "person" in parsed.pronouns:
            # "Who is Singh?" "What did he say?": he is the one the follow-up linked.
            people = [k.entity for k in parsed.entities if self._kind(k.entity) == "person"]
        if not people and "person" not in parsed.pronouns:
            # "What did the Indian government say?": a side the article has no one of
            # saying anything (the statement it reports is the U.S. Defense Department's).
            sides = [
                k.entity
                for k in parsed.entities
                if k.start >= 0 and self._kind(k.entity) == "country"
            ]
            if len(sides) == 1 and sides[0] not in self._saying_sides:
                return self.factbase.entities[sides[0]].name
            return None
        if len(people) != 1:
            return None
        for position in self.index.entity_postings.get(people[0], ()):
            entry = self.index.entries[position]
            who = entry.fact.roles.get("who")
            if who is not None and people[0] in who.entities and SAY_TERM in entry.predicate:
                return None
        return self.factbase.entities[people[0]].name

    def _names_only(self, answer: str) -> bool:
        """The answer, up to its first comma or colon, is names and nothing else ("The U.S.
        and India, in U.S. officials' words…"), not something named after them ("The
        U.S.-India relationship")."""
        words = _linkable_words(re.split(r"[,:;(]", answer, maxsplit=1)[0])
        covered = {
            at
            for start, end, _ in self.index.alias_spans(words, lambda _: True)
            for at in range(start, end)
        }
        return bool(covered) and all(
            at in covered or word in _NAME_JOINERS for at, word in enumerate(words)
        )

    def _role_naming_the_noun(
        self, parsed: Parsed, qtype: str, choice: tuple[Scored, Role | None, float]
    ) -> tuple[Scored, Role | None, float]:
        """ "What challenges are they trying to address?": of the chosen fact's roles, the
        one whose answer names the challenges ("to address pressing global security
        challenges"), when the chosen one does not."""
        scored, role, confidence = choice
        words = parsed.words
        if qtype == "what" and role is not None and len(words) >= 4 and words[-2] == "to":
            # "What will the information sharing be used to address?": the role that says
            # what it is "to address".
            purpose = f"to {words[-1]}"
            if not normalise(role.answer).startswith(purpose):
                for other in scored.entry.fact.roles.values():
                    if normalise(other.answer).startswith(purpose):
                        return scored, other, confidence
        if qtype != "what" or role is None or len(words) < 4 or words[0] != "what":
            return choice
        # "What manner of challenges did they resolve to confront?": the noun after "of".
        at = 3 if words[1] in (*SORT_WORDS, "manner") and words[2] == "of" else 1
        if len(words) < at + 3:
            return choice
        noun = words[at]
        if (
            noun in STOPWORDS
            or noun in COPULAS
            or noun in KIND_NOUNS
            or not noun.isalpha()
            or words[at + 1] not in _AUXILIARIES  # "what challenges are they…", not "what Esper…"
            or any(link.start == at for link in parsed.entities)
        ):
            return choice
        wanted = term(noun)
        answers = scored.entry.answer_terms
        if wanted in answers.get(role.name, frozenset()):
            return choice
        for name, other in scored.entry.fact.roles.items():
            if name != role.name and wanted in answers.get(name, frozenset()):
                return scored, other, confidence
        return choice

    def _not_shown(self, ranked: list[Scored], context: Context) -> list[Scored]:
        """ "What agreement came out of it?" "What else did they agree to?": not the last
        answer, nor another fact whose answer is the same thing (BECA, by another name)."""
        if context.fact_id is None:
            return ranked
        shown = {context.fact_id, context.pinned}
        # The things the last answer named, not the people: "Who expressed appreciation for
        # it?" "What else did they welcome?" is still about them.
        named = {e for e in context.answer_entities if self._kind(e) != "person"} | {
            e for e in context.named_so_far if self._kind(e) == "agreement"
        }
        return [
            r for r in ranked if r.entry.fact.id not in shown and named.isdisjoint(r.entry.involved)
        ]

    def _event_set_aside_at(self, parsed: Parsed, last: FactEntry | None) -> list[str]:
        """ "Where were the Tokyo talks?" "Who else took part besides the US and India?": the
        events of the last fact, when it names all those set aside and the question names
        nothing else; the others asked for are the others there, not wherever else the
        article has the U.S. and India together."""
        if last is None or not parsed.wants_other or not parsed.excluded:
            return []
        if not set(parsed.entity_ids) <= parsed.excluded or not parsed.excluded <= last.involved:
            return []
        return [e for e in last.fact.entities if self._kind(e) == "event"]

    def _rest_of_list(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What type of technologies did they agree to cooperate on?" (emerging ones) "What
        else did they prioritize?", "what else?": the other items of the list the last
        question picked one from, in the same fact, rather than another fact."""
        if "else" not in parsed.words or parsed.qtype not in ("what", "keyword", "how"):
            return None
        if parsed.unknown or any(link.start >= 0 for link in parsed.entities):
            return None  # "what else did they say about logistics?" names its own subject
        last = self.index.by_id.get(context.fact_id or "")
        what = last.fact.roles.get("what") if last is not None else None
        if last is None or what is None or context.role != "what":
            return None
        if not set(parsed.terms) <= set(last.bag):
            return None  # "what else did they welcome?": another fact's doing
        # The item asked about before is set aside; one this question names is not.
        aside = frozenset(context.terms) - set(parsed.terms) - _list_head_terms(last, what)
        rest = _without_items(what.answer, aside)
        if rest is None:
            return None
        return self._answered(
            text=rest,
            facts=[last.fact],
            role=what,
            confidence=0.85,
            parsed=parsed,
            context=context,
            ranked=[],
            notes=[*notes, "follow-up: the rest of the last answer's list"],
        )

    def _anything_else(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What did they agree on?" "Anything else?": the last question, answered by the
        next fact that answers it, or a plain "nothing more" if none does."""
        if not ANYTHING_ELSE.match(parsed.text) or context.fact_id is None:
            return None
        if context.question_type not in ("what", "keyword", "how", "why"):
            return None  # "anyone else?" is "who else", answered at the same event
        again = parse("", self.index)  # a blank question to fill with the last one
        again.qtype = context.question_type or "what"
        again.types = [again.qtype]
        again.entities = [soft_link(e) for e in context.entities]
        again.terms = list(context.terms)
        again.recent_fact = None
        # Not the last answer, the one before it, nor the same thing told again (BECA, as
        # "a basic agreement on exchanges and cooperation").
        ranked = [
            r
            for r in self._not_shown(self._rank(again), context)
            if r.entry.fact.id not in self._identity_facts
        ]
        # "What did they agree on?" "Anything else?": what a fact itself says they agreed
        # to, before one whose sentence only begins with their agreeing.
        own = [r for r in ranked if set(again.terms) <= r.entry.statement_terms | r.entry.predicate]
        ranked = own or ranked
        choice = self._choose(again, ranked, ROLES_FOR.get(again.qtype, ("what",)), again.qtype)
        scored, role, confidence = choice if choice is not None else (None, None, 0.0)
        if scored is None or role is None or confidence < self.threshold:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "That's all the article says about it.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        notes = [*notes, "follow-up: the last question, another answer"]
        answer = self._by_role(scored, role, confidence, again, context, ranked, notes)
        # Remember the answer before, so a second "anything else?" does not go back to it.
        return replace(answer, context=replace(answer.context, pinned=context.fact_id))

    def _discussed_there(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Where were the Quad talks?" … "And what was discussed?": at that event, which
        the article may not say."""
        last = self.index.by_id.get(context.fact_id or "")
        named = [link for link in parsed.entities if link.start >= 0]
        if last is None or named or not WHAT_WAS_DISCUSSED.match(parsed.text):
            return None
        if DISCUSS_TERM not in last.predicate:
            # Another fact about the same people may say what they discussed.
            same = [
                self.index.entries[p]
                for e in last.central
                if self._kind(e) in ("person", "group")
                for p in self.index.entity_postings.get(e, ())
            ]
            said = [
                entry
                for entry in same
                if DISCUSS_TERM in entry.predicate and last.central <= entry.involved
            ]
            if said:
                last = said[0]
        # "Where did Esper meet Singh?" "Was Pompeo there?" (unsaid) "What did he talk about?":
        # what Esper and Singh discussed is not what Pompeo did.
        if DISCUSS_TERM not in last.predicate or self._lacks_someone_meant(parsed, last):
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say what was discussed there.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        what = last.fact.roles.get("what")
        return self._answered(
            text=what.answer if what is not None else last.fact.statement,
            facts=[last.fact],
            role=what,
            confidence=0.85,
            parsed=parsed,
            context=context,
            ranked=[],
            notes=[*notes, "follow-up: what was discussed at the last answer's event"],
        )

    def _not_listed(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Which countries attended the Tokyo talks?" … "And China?": not among those the
        article lists as taking part."""
        last = self.index.by_id.get(context.fact_id or "")
        linked = [link for link in parsed.entities if link.start >= 0]
        if last is not None and len(linked) == 1 and ONE_OF_THEM.match(parsed.text):
            role = last.fact.roles.get(context.role or "")
            kind = self._kind(linked[0].entity)
            if role is not None and not any(self._kind(m) == kind for m in last.involved):
                # "Who described the relationship…?" (U.S. government officials) "Was Esper
                # one of them?": the article names none of them.
                return self._abstain(
                    AbstainReason.NOT_IN_ARTICLE,
                    f"The article doesn't say who they were: only “{role.answer}”.",
                    context,
                    parsed=parsed,
                    notes=tuple(notes),
                )
        if last is not None and not linked and len(parsed.unknown_names) == 1:
            outside = self._outside_listed(parsed, last.fact, context, notes)
            if outside is not None:
                return outside
        if last is None or len(linked) != 1 or parsed.terms or parsed.unknown:
            return None
        if context.last_abstained:
            # "Was Pompeo there?" "When did he arrive?" (the article doesn't say) "What
            # about Tokyo?": not a place left off the meeting's, asked turns ago.
            return None
        entity = linked[0].entity
        if entity in last.involved or not is_about_phrase(parsed):
            return None
        closed_list = self._closed_list_no(last.fact, [entity])
        if closed_list is None:
            return None
        no, listing = closed_list
        there = self._their_event_at(last, entity) if listing == "where" else None
        if there is not None:
            # "Where did Esper meet Singh?" "And Tokyo?": not there, but Esper was in Tokyo
            # for another event, which the conversation goes on about ("who else was there?").
            return self._direct(
                text=f"No. {no} {there.fact.statement}",
                facts=[there.fact, last.fact],
                confidence=0.8,
                parsed=parsed,
                context=context,
                notes=[*notes, "follow-up: not the last fact's place; their event there"],
            )
        answer = self._direct(
            text=f"No. {no}",
            facts=[last.fact],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=[*notes, "follow-up: not among those the last fact lists"],
        )
        same = self._saying_the_same(last, (listing,), parsed)
        return self._also_quoting(answer, [e for e in same if e is not last])

    def _their_event_at(self, last: FactEntry, place: str) -> FactEntry | None:
        """Another fact whose doers include a person the last fact is about and whose place
        is this one (Esper met Singh in New Delhi; Esper and Pompeo were at talks in Tokyo):
        from the place's postings, not every fact."""
        people = {e for e in last.central if self._kind(e) == "person"}
        for order in self.index.entity_postings.get(place, ()):
            entry = self.index.entries[order]
            where = entry.fact.roles.get("where")
            who = entry.fact.roles.get("who")
            if entry is last or where is None or who is None:
                continue
            placed = {e for d in where.entities for e in self.index.expand(d)}
            if place in placed and people & set(who.entities):
                return entry
        return None

    def _outside_listed(
        self, parsed: Parsed, fact: Fact, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Which countries took part?" "Is Pakistan one of them?": a country the article
        never names is not in a list it gives in full."""
        if ONE_OF_THEM.match(parsed.text) is None:
            return None
        for name in ("with_whom", "who", "what"):
            role = fact.roles.get(name)
            named = [e for d in (role.entities if role else ()) for e in self.index.expand(d)]
            listed = fact.roles.get("what") or role
            if len(named) >= 2 and all(self._kind(e) == "country" for e in named) and listed:
                who = shown_name(parsed.unknown_names[0])
                return self._direct(
                    text=f"No. {who} is not among them: {listed.answer}.",
                    facts=[fact],
                    confidence=0.8,
                    parsed=parsed,
                    context=context,
                    notes=[*notes, "follow-up: not among those the last fact lists"],
                )
        return None

    def _phrase_followup(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Between whom?", "Before a trip to where?": the part of the last fact that has
        that phrase (between the world's two largest democracies; before his trip to South
        Asia)."""
        last = self.index.by_id.get(context.fact_id or "")
        words = parsed.words
        if last is None or not words or words[0] not in PHRASE_FOLLOWUP or len(words) > 5:
            return None
        if parsed.entity_ids and not set(parsed.entity_ids) <= last.involved:
            return None
        roles = last.fact.roles
        if words[0] == "between" and "who" in roles and "with_whom" in roles:
            # "Where did they meet?" "Between whom?": the two sides of the meeting.
            return self._direct(
                text=two_sides(roles["who"].answer, roles["with_whom"].answer),
                facts=[last.fact],
                confidence=0.85,
                parsed=parsed,
                context=context,
                notes=[*notes, "follow-up: the two sides of the last fact"],
            )
        for name, role in roles.items():
            said = normalise(role.answer).split()
            if words[0] not in said or not set(parsed.terms) <= last.answer_terms[name]:
                continue
            return self._answered(
                text=role.answer,
                facts=[last.fact],
                role=role,
                confidence=0.85,
                parsed=parsed,
                context=context,
                ranked=[],
                notes=[*notes, f"follow-up: the '{words[0]} …' of the last answer"],
            )
        return None

    def _only_one_of_kind(self, parsed: Parsed) -> None:
        """ "Agreement name?", "what's the agreement called?": the article has one
        agreement, so a question about "the agreement" is about it."""
        if parsed.entities or parsed.unknown or parsed.qtype not in ("keyword", "what"):
            return
        called = CALLED.search(parsed.text) is not None
        if parsed.terms and not called:
            return
        nouns = [w for w in parsed.words if w in KIND_NOUNS]
        kind = parsed.wanted_kind or (KIND_NOUNS[nouns[0]] if called and nouns else None)
        if kind is None:
            return
        of_kind = self._of_kind.get(kind, [])
        if len(of_kind) > MAX_ONE_OF_KIND:
            return  # a large base has many agreements: "the agreement" names none of them
        asked = {term(parsed.words[i]) for i in parsed.focus if i < len(parsed.words)}
        asked |= {term(w) for w in nouns}
        named = [e for e in of_kind if asked & self.index.entity_terms.get(e, frozenset())]
        chosen = named if len(named) == 1 else of_kind
        if len(chosen) == 1:
            parsed.entities = [soft_link(chosen[0])]

    def _told_elsewhere(
        self, terms: list[str], last: FactEntry, context: Context, pronouns: set[str]
    ) -> bool:
        """Another fact about the same people is about these words, where the last one only
        mentions them: after Pompeo's remarks "before his trip", "where was his trip to?"
        is about the trip."""
        if not terms or not last.predicate.isdisjoint(terms):
            return False
        named = context.entities
        if "person" in pronouns:
            # "Who said 'thwart the threat…'?" (Pompeo) "Where was he going?": he is the one
            # answered, whose trip another fact tells.
            named = (*named, *context.answer_entities)
        if "plural" in pronouns:
            # "Was the BECA agreed?" (yes: Esper and Singh) "What did they reinforce?": they
            # are the ones the answer named, who acted for their countries ("the two sides,
            # the U.S. and India").
            named = (*named, *context.answer_entities)
            named = (*named, *self._countries_of(e for e in named if self._kind(e) == "person"))
        talked_of = set(named)
        for position in self.index.postings.get(terms[0], ()):
            entry = self.index.entries[position]
            if (
                entry is not last
                and all(t in entry.predicate for t in terms)
                and not talked_of.isdisjoint(entry.central)
            ):
                return True
        return False

    def _doers_told_last(self, context: Context) -> list[str]:
        """Who did the last answer's act, when the answers since named no one: "Who called the
        relationship one of the most significant…?" (U.S. government officials) "When did
        they say it?" (before the 2+2) "Did they name China?": they, the officials; not the
        Defense Department's statement, which is no one they are."""
        fact = self.factbase.facts.get(context.fact_id or "")
        doers = fact.roles.get("who") if fact is not None else None
        if doers is None:
            return []
        return [e for e in doers.entities if self._kind(e) in ("person", "group", "organisation")]

    def _actors_of(self, fact_id: str | None) -> list[str]:
        """The people who acted in the fact: who did it, and with whom."""
        fact = self.factbase.facts.get(fact_id or "")
        if fact is None:
            return []
        return [
            e
            for name in ("who", "with_whom")
            if (role := fact.roles.get(name)) is not None
            for e in role.entities
            if self._kind(e) == "person"
        ]

    def _last_answered_person(self, context: Context, actors: list[str]) -> list[str]:
        """The person answered before, when the last answer named no one and its fact has
        them acting: "Who did Esper meet in Delhi?" (Singh) "What day was that?" "What's
        his job?" is Singh's job, not that of Esper, whom the first question named."""
        person = context.answered_person
        if person is None or any(self._kind(e) == "person" for e in context.answer_entities):
            return []
        return [person] if person in actors else []

    def _one_person_asked_yes_or_no(self, context: Context) -> list[str]:
        """The one person a yes-or-no question was asked of, as a list of one: "did pompeo
        go to tokyo?" (Yes, with Esper) "did he meet singh there?": he is Pompeo, whom the
        question asked about, not Esper, whom the answer's sentence names first."""
        if context.question_type != "yesno":
            return []
        return self._one_person_of_last_question(context)

    def _one_person_of_last_question(self, context: Context) -> list[str]:
        """The one person the last question was about, as a list of one, or none."""
        people = [e for e in context.entities if self._kind(e) == "person"]
        if len(people) > 1 and _HE_ASKED_OF.match(context.claim or ""):
            # "Who is Pompeo?" "Is he the Secretary of Defense?" (Esper is) "Is he the Deputy
            # Secretary of State?": he is still Pompeo, whom "he" stood for first, not Esper,
            # the title's holder; the pronoun's person leads the question's entities.
            return people[:1]
        return people if len(people) == 1 else []

    def _fellow_participants_unmet(
        self, answer: Answer, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer:
        """ "Did Pompeo meet Esper?", "who met singh?" "did Pompeo meet him?" (Esper): not a
        Yes from the Tokyo talks both took part in; the article never has one meet the other."""
        if not self._met_only_as_fellow_participants(answer, parsed):
            return answer
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say that one met the other: it says only that they both "
            "took part in the same talks.",
            context,
            parsed=parsed,
            notes=(*notes, "two people at the same talks are not said to have met"),
        )

    def _he_is_no_one(self, parsed: Parsed) -> bool:
        """A follow-up yes or no of "he" or "she" with no person, in it or before it, for
        the word to stand for: "he is from defence ministry?" after "what did they agree
        on?" is no Yes from the BECA. (Asked first, "he talked about the threat…" is still
        read as whoever did.)"""
        if parsed.qtype != "yesno" or ONE_PERSON_SUBJECTS.isdisjoint(parsed.words):
            return False
        if parsed.unknown:
            return False  # "did he visit Sri Lanka?": the name the article never uses first
        if "plural" in parsed.pronouns:
            return False
        return not any(self._kind(e) in ("person", "group") for e in parsed.entity_ids)

    def _pronoun_entities(self, pronouns: set[str], context: Context) -> list[str]:
        people = [
            e
            for e in (*context.answer_entities, *context.entities)
            if (ent := self.factbase.entities.get(e)) is not None and ent.kind == "person"
        ]
        actors = self._actors_of(context.fact_id)
        if "person" in pronouns and "plural" not in pronouns:
            asked = self._one_person_asked_yes_or_no(context)
            if asked:
                return asked
        if "person" in pronouns and people:
            return self._last_answered_person(context, actors) or people[:1]
        if "person" in pronouns and len(actors) == 1:
            # "Whose remarks…?" (Pompeo) "Where?" "And when, relative to his travels?" "What
            # did he say…?": he is the one the last answer's fact has acting, though the
            # questions between named no one.
            return actors
        if "person" in pronouns and "plural" not in pronouns:
            earlier = self._only_person_named(context)
            if earlier:
                # "Who is Singh?" "Did he go to Tokyo?" (the article doesn't say) "And where
                # was he earlier this month?": he is still Singh, not Tokyo, which the
                # unanswered question left behind.
                return earlier
        if "plural" in pronouns:
            # "they" are people or sides, not the agreement the last answer named
            them = [
                e
                for e in dict.fromkeys((*context.entities, *context.answer_entities))
                if self._kind(e) in ("person", "group", "country", "organisation")
            ]
            if len(people) == 1 and them == people:
                # "Who is Esper meeting?" "When?" "Is that the first time they've met?":
                # they are the two who met, though "when?" only carried Esper.
                them = list(dict.fromkeys([*them, *self._actors_of(context.fact_id)]))
            return them or self._doers_told_last(context)
        if "thing" in pronouns:
            unanswered = self._things_of_unanswered_claim(context)
            if unanswered:
                return unanswered
            return (
                list(context.entities)
                if self._any_thing(context.entities)
                else (
                    self._event_told_last(context)
                    or self._agreement_for_people(context)
                    or list(context.entities)
                )
            )
        return []

    def _things_of_unanswered_claim(self, context: Context) -> list[str]:
        """What the last yes-or-no question named, when it went unanswered: "Who met Singh?"
        "Did the talks mention China?" (the article doesn't say) "Was it named in the
        statement?": it is China, not Singh, whom the answer before named; a person is
        never "it"."""
        if not context.last_abstained or not context.claim:
            return []
        named = parse(context.claim, self.index).entity_ids
        return [e for e in named if self._kind(e) not in ("person", "group")]

    def _any_thing(self, entities: tuple[str, ...]) -> bool:
        """Whether any of these is something "it" can be: not a person, country or group."""
        return any(self._kind(e) not in ("person", "country", "group") for e in entities)

    def _event_told_last(self, context: Context) -> list[str]:
        """The one event the last answer's fact is about: "Who met Singh?" "What came after
        the meeting?" (the 2+2) "Who hosted it?" asks of the 2+2, not of Singh."""
        last = self.index.by_id.get(context.fact_id or "")
        events = [e for e in last.central if self._kind(e) == "event"] if last else []
        return events if len(events) == 1 else []

    def _agreement_for_people(self, context: Context) -> list[str]:
        """The one agreement the last answer's fact has as what was done, when the
        conversation named only people: "Did they also agree on something?" (the BECA) "What
        is it called?" asks the agreement's name, not Esper's title; "it" is never a person.
        Not an agreement the fact only mentions: "Who released the statement?" "What did it
        say about tech?" is the statement's, though the statement reports the BECA."""
        if not context.entities or any(
            self._kind(e) not in ("person", "group") for e in context.entities
        ):
            return []
        last = self.index.by_id.get(context.fact_id or "")
        what = last.fact.roles.get("what") if last else None
        agreements = [e for e in what.entities if self._kind(e) == "agreement"] if what else []
        return agreements if len(agreements) == 1 else []

    def _only_person_named(self, context: Context) -> list[str]:
        """The one person the conversation has named, as a list of one; none when it has
        named several ("Who met Singh?" "What is the 2+2?" "How many has he been to?": he
        may be either)."""
        people = [e for e in context.named_so_far if self._kind(e) == "person"]
        return people if len(people) == 1 else []

    def _factual(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        unquoted = self._never_quoted(parsed)
        if unquoted is not None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't quote {unquoted}: it reports what he did, not his own words."
                if unquoted not in self._country_names
                # "What did India say?": the statement it reports is the U.S.'s.
                else f"The article doesn't report anything {unquoted} said.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        agreement = self._contents_asked_of(parsed, context)
        if agreement is not None:
            return self._contents_unknown(agreement, parsed, context, notes)
        if BEFORE_THE_POST.search(parsed.text):
            return self._not_found(parsed, context, [], notes)
        if _WANTED_FROM.search(parsed.text):
            # "What did India want from the meeting?": the article tells what was agreed
            # and said, never what anyone wanted or hoped to get.
            return self._not_found(parsed, context, [], notes)
        if context.question_type == "yesno" and WHY_NOT.match(parsed.text):
            # A fact's reason is why it happened; the article gives none for what did not.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say why not.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        chosen = WHY_THAT_DETAIL.match(parsed.text)
        if parsed.qtype == "why" and chosen is not None:
            there = chosen["all"] in ("places", "cities", "venues", "locations")
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't say why {'there' if there else 'on that day'}:"
                " it gives no reason for the choice.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        if self._foreign_body(parsed):
            # "What did India's Ministry of Defence say?": not the Pentagon, India's own.
            return self._not_found(parsed, context, [], notes)
        ranked = self._rank(parsed)
        if self._person_at_bare_meeting(parsed, context):
            # "Which US official was at the meeting?": the one the article calls the meeting
            # (Esper's with Singh), not the Tokyo talks Pompeo took part in.
            ranked = [r for r in ranked if not MEETING_WORDS.isdisjoint(quoted_words(r.entry.fact))]
        went_for = self._went_for(parsed, context, notes, ranked) if parsed.qtype == "why" else None
        if went_for is not None:
            return went_for
        if "else" in parsed.words and parsed.qtype in ("what", "keyword", "how"):
            ranked = self._not_shown(ranked, context)
            if parsed.followup_fact in (context.fact_id, context.pinned):
                parsed.followup_fact = None  # "what else…?" is not the last answer again
        went = (
            self._all_who_went(parsed, context, notes, ranked)
            or self._people_counted(parsed, context, notes, ranked)
            or self._pairs_counted(parsed, context, notes, ranked)
        )
        if went is not None:
            return went
        said = self._who_said(parsed, context, notes, ranked)
        if said is not None:
            return said
        if parsed.qtype in ("what", "keyword", "when") and ORDER_OBJECT.search(parsed.text):
            ordered = self._order_object(parsed, context, notes, ranked)
            if ordered is not None:
                return ordered
        ranked = self._kept_to_agreeing(parsed, ranked)
        parts: list[tuple[Scored, Role | None, float]] = []
        for qtype in parsed.types:
            roles = ROLES_FOR.get(qtype, ("what",))
            if qtype == "how" and parsed.asks_means:
                roles = ("how",)  # "How did they reach the agreement?": not "The BECA"
            if (
                parsed.wanted_kind
                # "Tell me what U.S. officials did": their act, not which officials they were.
                and not parsed.asks_action
            ) and (
                qtype in ("what", "keyword")
                or (qtype in ("who", "with_whom") and not parsed.wants_other)
            ):
                # A person is who did it or with whom; other kinds can be in any role.
                kinds = PERSON_ROLES if parsed.wanted_kind == "person" else KIND_ROLES
                roles = (*roles, *(r for r in kinds if r not in roles))
                if parsed.wanted_kind == "person" and qtype == "what" and parsed.asks_speech:
                    # "Which U.S. official talked about China?": who did, not what was said.
                    roles = (*PERSON_ROLES, *(r for r in roles if r not in PERSON_ROLES))
            if "whose" in parsed.words and qtype in ("what", "keyword"):
                roles = ("who", *roles)  # "whose threat…?": who poses it, or what it is
            if parsed.numbered and qtype in ("what", "keyword") and "how_many" not in roles:
                roles = (roles[0], "how_many", *roles[1:])  # "which four countries…"
            choice = self._choose(parsed, ranked, roles, qtype)
            if choice is not None and self._placed_otherwise(parsed, choice[0].entry):
                choice = self._choice_placed_as_asked(parsed, ranked, roles, qtype) or choice
            if choice is None:
                counted = self._counted_by_name(parsed, context, notes, ranked)
                return counted or self._not_found(parsed, context, ranked, notes)
            parts.append(self._role_naming_the_noun(parsed, qtype, choice))
        first_role = parts[0][1]
        confidence = min(c for _, _, c in parts)
        other = OTHER_ONES.search(parsed.text)
        if other is not None and any(
            self._kind(e) == "agreement" for e in parts[0][0].entry.involved
        ):
            # "What agreements had they signed before this one?": the one the article has
            # is this one.
            return self._not_found(parsed, context, ranked, notes)
        compared = COMPARED.search(parsed.text)
        if compared is not None and term(compared[1].split()[-1]) not in parts[0][0].entry.bag:
            # "Which of the two largest democracies is the larger one?": a comparison the
            # article does not make.
            return self._not_found(parsed, context, ranked, notes)
        if self._whose_thing_unsaid(parsed, parts[0][0].entry):
            # "Whose threat did Esper mention?": his sentences name no threat, so no owner.
            return self._not_found(parsed, context, ranked, notes)
        if self._act_of_others(parsed, parts[0][0].entry):
            # "What did Pompeo agree on?": the article has others agree; he only spoke.
            return self._not_found(parsed, context, ranked, notes)
        if self._agreement_unsaid(parsed, parts[0][0].entry):
            # "What was agreed during Pompeo's trip?": his remark tells of discussions, not
            # of anything agreed; only a fact of agreeing or committing answers.
            return self._not_found(parsed, context, ranked, notes)
        if self._placed_otherwise(parsed, parts[0][0].entry):
            # "Who did Esper meet in Washington?": not whom he met in Tokyo.
            return self._not_found(parsed, context, ranked, notes)
        if self._places_another_event(parsed, parts[0][0].entry, first_role, context):
            # "Where was the dialogue held?" after the 2+2: not where the meeting ahead of it
            # was.
            return self._not_found(parsed, context, ranked, notes)
        if self._placed_against_itself(parsed, parts[0][0].entry, first_role):
            # "Where did Esper go after meeting Singh?": not where the meeting was.
            return self._not_found(parsed, context, ranked, notes)
        if parsed.asks_action and first_role is None and len(parts) == 1:
            more = self._more_of_the_event_told(parts[0][0].entry.fact, context, confidence, parsed)
            if more is not None:
                return replace(more, notes=(*notes, "what they did there, beyond meeting"))
        if parsed.wanted_kind == "country" and self._only_regions(first_role):
            # "Which countries exactly?" after Pompeo's trip to South Asia: a region, and the
            # article names none of its countries.
            return self._not_found(parsed, context, ranked, notes)
        if (
            self._asks_region(parsed)
            and len(parts) == 1
            and not self._names_only_regions(first_role)
        ):
            # "What region was the trip to?": South Asia, Pompeo's; "which region did Esper
            # visit?": New Delhi is a city, and the article names no region for him.
            region = self._region_gone_to(parsed, ranked)
            if region is None:
                return self._not_found(parsed, context, ranked, notes)
            return self._by_role(region[0], region[1], confidence, parsed, context, ranked, notes)
        trip = self._undated_trip_tied(parsed, ranked, parts[0][0]) if len(parts) == 1 else None
        if trip is not None:
            # "When was Pompeo's trip?": his South Asia trip is undated; "Earlier this month"
            # is the Tokyo talks' time.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                self._undated_trip_text(trip),
                replace(context, fact_id=trip.entry.fact.id, question_type="when"),
                parsed=parsed,
                ranked=ranked,
                notes=tuple(notes),
            )
        if self._asks_city(parsed) and not self._names_a_city(first_role):
            # "Which city was Pompeo's press conference in?", "I need the city…": the State
            # Department and South Asia are no city, and the article names none for it.
            return self._not_found(parsed, context, ranked, notes)
        if parsed.destination and not self._went_within(parts[0][0].entry, parsed.destination):
            # "Who went to Australia?": not who went to Tokyo for talks Australia was in.
            return self._not_found(parsed, context, ranked, notes)
        if (
            parsed.negated
            and parsed.qtype not in ("yesno", "why")
            and not parts[0][0].entry.fact.negative
        ):
            # "Who did Esper not meet?": only what the article says did not happen answers.
            return self._not_found(parsed, context, ranked, notes)
        refusal = self._detail_not_given(
            parsed,
            self._role_naming_kind(parsed, first_role, parts[0][0].entry, context),
            parts[0][0].entry.fact.quote.text,
        ) or self._names_not_given(parsed, parts[0][0].entry)
        if refusal is not None:
            # The question was understood, only the detail is missing: "What year did this
            # meeting happen?" "Which month, then?" goes on about the same meeting.
            fact = parts[0][0].entry.fact
            understood = replace(
                context,
                entities=tuple(parsed.entity_ids),
                fact_id=fact.id,
                question_type=parsed.qtype,
                role=first_role.name if first_role is not None else None,
                terms=tuple(parsed.terms),
            )
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                refusal,
                understood,
                parsed=parsed,
                ranked=ranked,
                notes=tuple(notes),
                suggestions=self._suggest_for(parsed, parsed.entity_ids, ranked),
            )
        if confidence < (
            max(self.threshold, DETAIL_THRESHOLD) if parsed.wants_detail else self.threshold
        ):
            counted = self._counted_by_name(parsed, context, notes, ranked)
            return counted or self._not_found(parsed, context, ranked, notes, confidence)
        corroborating: list[FactEntry] = []
        if len(parts) == 1 and first_role is not None:
            # "When did the two defence chiefs meet?": from the sentence about the meeting,
            # not the praise "during … meeting"; the other sentence quoted as well.
            lead, first_role, corroborating = self._best_saying_it(parts[0][0], first_role, parsed)
            parts = [(lead, first_role, parts[0][2])]
        # "What did they say about secure communications?": what was said of it is the
        # whole statement ("…enhancing secure communications…"), not the thing itself.
        said_about = parsed.asks_speech and parsed.qtype == "what" and len(parts) == 1
        # "How did they view the expansion of information sharing?": that they welcomed it.
        texts = [
            role.answer
            if role is not None
            and not (said_about and role.name == "what")
            and not self._reaction_asked(scored.entry, role, parsed)
            else scored.entry.fact.statement
            for scored, role, _ in parts
        ]
        if first_role is not None and self._time_given_for_reason(parsed, first_role, len(parts)):
            # "Why did Esper go to India?": the article says only that the meeting came
            # ahead of the 2+2, which is when, not why.
            texts = [f"{first_role.answer} (that is when; the article gives no reason)"]
        if parsed.wants_other and first_role is not None and len(parts) == 1:
            others = self._others_than_asked(first_role, parsed, parts[0][0].entry.fact)
            if others:
                texts = [others]  # "who else was there besides Esper?": Pompeo
            elif parsed.aside_terms:
                texts = [_without_items(first_role.answer, parsed.aside_terms) or texts[0]]
        told: list[str] = []
        if (
            parsed.wanted_kind == "country"
            and first_role is not None
            and first_role.name == "with_whom"
            and len(parts) == 1
            and not parsed.excluded
            and not parsed.aside_terms
            and not parsed.wants_other
        ):
            fuller = self._all_countries(parts[0][0].entry.fact, first_role)
            if fuller is not None:
                texts = [fuller]  # "Which countries were in the Tokyo talks?": all four
                # "How many is that?" next counts the four named, not the role's three.
                told = self._countries_beside(fuller, first_role)
        if first_role is not None and first_role.name == "with_whom" and len(parts) == 1:
            companions = self._companions_of_asked(parsed, parts[0][0].entry.fact)
            if companions:
                # "pompeo was in tokyo with who": Esper, who went with him, as well as the
                # countries the talks were with.
                texts = [f"{companions}, and with {first_role.answer}"]
        described = [e for e in parsed.described if self._kind(e) == "person"]
        if (
            parsed.qtype == "who"
            and len(described) == 1
            and not {"that", "who", "which"}.isdisjoint(parsed.words[2:])  # "…that went to…"
            and first_role is not None
            and first_role.name in ("who", "with_whom")
            and described[0] in first_role.entities
            and len(first_role.entities) > 1
            and len(parts) == 1
        ):
            # "Who was the American defence secretary that went to Tokyo?": he alone, not
            # everyone who went.
            texts = [self.factbase.entities[described[0]].name]
        if (
            parsed.nationality
            and first_role is not None
            and first_role.name in ("who", "with_whom")
            and len(parts) == 1
        ):
            # "Which Indian official was at the meeting?": of "Esper and Singh", Singh.
            people = [e for e in first_role.entities if self._kind(e) == "person"]
            theirs = [e for e in people if parsed.nationality in self.index.part_of.get(e, ())]
            if (
                theirs
                and len(theirs) < len(people)
                and self._signing_unreported(parsed, [p[0].entry.fact for p in parts])
            ):
                # "Who signed it for the U.S.?": the article tells of no signing, so not who
                # signed for either side; the two sides agreed on it.
                return self._signer_unsaid(parsed, context, ranked, notes)
            if theirs and len(theirs) < len(people):
                texts = [" and ".join(self.factbase.entities[e].name for e in theirs)]
        if parsed.sort_of is not None and len(parts) == 1:
            sort = next(
                (
                    term(fixed)
                    for typed, fixed in parsed.corrections
                    if term(typed) == parsed.sort_of
                ),
                parsed.sort_of,  # "what kind of comunications": of communications
            )
            kind = self._sort_named(sort, texts[0], parts[0][0].entry.fact)
            if kind is None or (kind == texts[0] and not _says_noun(sort, parts[0][0].entry)):
                # "What kind of agreement is the BECA?": not the appreciation for it, whose
                # sentence ("…expressed appreciation for this") names no agreement, but the
                # close fact whose sentence names the kind ("a basic agreement on…").
                kind_told = self._kind_told_nearby(sort, ranked, parsed)
                if kind_told is not None:
                    lead, kind = kind_told
                    parts = [(lead, lead.entry.fact.roles.get("what"), parts[0][2])]
                    first_role = parts[0][1]
            if kind is not None and self._kind_only_repeated(kind, parsed):
                # "What kind of defense trade enhancements are prioritized?": the answer
                # "defense trade enhancements" only says the question's own words again.
                kind = None
            if kind is None:
                # "What kind of intelligence will be shared?": the article says no kind.
                noun = next((w for w in parsed.words if term(w) == parsed.sort_of), "it")
                return self._abstain(
                    AbstainReason.NOT_IN_ARTICLE,
                    f"The article doesn't say what kind of {noun}: it says only “{texts[0]}”.",
                    context,
                    parsed=parsed,
                    ranked=ranked,
                    notes=tuple(notes),
                )
            texts = [kind]
        if parsed.wanted_kind == "country" and first_role is not None and len(parts) == 1:
            country = self._country_around(first_role)
            if country is not None and country.lower() not in texts[0].lower():
                texts = [f"{country}: {texts[0]}"]  # "in which country…": India, New Delhi
        facts = list(dict.fromkeys(scored.entry.fact for scored, _, _ in parts))
        both = self._both_sides(parsed, parts[0][0].entry, first_role)
        if both is not None and len(parts) == 1:
            texts = [both]  # "who met on Monday?": both of them
        answer = self._answered(
            text="; ".join(dict.fromkeys(texts)),
            facts=facts,
            role=first_role,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )
        answer = self._also_quoting(answer, corroborating)
        listed = tuple(told)
        if not listed and both is not None and len(parts) == 1:
            # Both sides were named, so a follow-up ("which countries?") is about both.
            met = parts[0][0].entry.fact.roles
            listed = tuple(e for name in ("who", "with_whom") for e in met[name].entities)
        if not listed:
            return answer
        after = replace(
            answer.context, answer_entities=listed, named_so_far=self._named_after(context, listed)
        )
        return replace(answer, context=after)

    def _who_said(
        self, parsed: Parsed, context: Context, notes: list[str], ranked: list[Scored]
    ) -> Answer | None:
        """ "Who said the two sides agreed on a BECA?": whoever the article says said it."""
        # "Who reported the Tokyo talks?": reporting asks for a source as saying does.
        reported = REPORTED_WHO.match(parsed.text) is not None
        if not ranked or not (parsed.asks_speech or reported) or parsed.words[:1] == ["whose"]:
            return None  # "whose threat did Pompeo say…": whose, not who said so
        if parsed.qtype != "who" and parsed.wanted_kind not in ("organisation", "person"):
            return None
        # "What is the partnership's purpose?" "Who said that?": that is the last answer,
        # whichever fact the word "said" alone would rank first.
        followed = self.index.by_id.get(parsed.followup_fact or context.fact_id or "")
        if followed is not None and WHO_SAID_IT.match(parsed.text):
            ranked = [Scored(followed, 1.0, (), True)] + [
                r for r in ranked if r.entry is not followed
            ]
            confidence = 0.9
            who = followed.fact.roles.get("who")
            # Its own sentence says someone said it: "talks" among a meeting's keywords
            # make no one its source.
            worded = not followed.statement_terms.isdisjoint(WORDS_SAID | {SAY_TERM})
            # "Which official said that?" asks for one person: not "U.S. government officials".
            one = parsed.words[:1] == ["which"] and not parsed.words[1].endswith("s")
            if (
                one
                and who is not None
                and not (len(who.entities) == 1 and self._kind(who.entities[0]) == "person")
            ):
                return None
            if (
                who is not None
                and worded
                and followed.fact.id not in self._sayers
                and not self._in_headline(followed.fact)
            ):
                # "What did Pompeo say?" "Who said that?": the fact names its own speaker
                # ("officials described…"), unless a statement reports it.
                return self._answered(
                    text=who.answer,
                    facts=[followed.fact],
                    role=who,
                    confidence=confidence,
                    parsed=parsed,
                    context=context,
                    ranked=ranked,
                    notes=notes,
                )
        else:
            confidence = self._confidence(ranked[0], ranked, 0, parsed)
        best = ranked[0]
        source = self._sayers.get(best.entry.fact.id)
        if confidence < self.threshold:
            return None
        if source is None and SAYS_WHO.match(parsed.text):
            source = self._own_speaker(best)
        if source is None:
            said = self._said_by_the_article(best, confidence, parsed, context, notes, ranked)
            if said is None and self._reported_clause_unsourced(parsed, best):
                # "Who said Esper and Pompeo took part in the Tokyo talks?": not the others
                # who took part (Japan, India and Australia); the article names no source.
                return self._not_found(parsed, context, ranked, notes)
            return said
        role = source.roles["who"]
        return self._answered(
            text=role.answer,
            facts=list({f.id: f for f in (source, best.entry.fact)}.values()),
            role=role,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    @staticmethod
    def _reported_clause_unsourced(parsed: Parsed, best: Scored) -> bool:
        """ "Who reported that Esper and Pompeo went to Tokyo?": a source asked of a clause
        whose fact reports no one's words has no answer among the people it names."""
        return (
            SAYS_WHO.match(parsed.text) is not None
            and WHO_SAID_IT.match(parsed.text) is None
            and len(parsed.words) > 3
            and not best.entry.predicate & WORDS_OF_SOMEONE
        )

    @staticmethod
    def _own_speaker(best: Scored) -> Fact | None:
        """ "Who reported that Pompeo discussed China's Communist Party?": a fact that is
        itself someone's words ("Pompeo said…") was said by the one it names, not by whoever
        its reported words name ("free nations")."""
        if SAY_TERM in best.entry.predicate and "who" in best.entry.fact.roles:
            return best.entry.fact
        return None

    def _in_headline(self, fact: Fact) -> bool:
        """ "Defense Chiefs Commit to…" "Whose statement is it based on?": a headline's
        subject is what it reports, not who said it."""
        article = self.factbase.articles.get(fact.quote.article)
        return article is not None and article.paragraph_of(fact.quote.start) == 0

    def _said_by_the_article(
        self,
        best: Scored,
        confidence: float,
        parsed: Parsed,
        context: Context,
        notes: list[str],
        ranked: list[Scored],
    ) -> Answer | None:
        """ "Who says U.S.-India relations are heating up?": no one the article names; it
        says so itself. A fact that is itself someone's words is left to the "who" role."""
        fact = best.entry.fact
        if SAYS_WHO.match(parsed.text) is None or parsed.wants_other:
            return None
        # "Who said that?" of the last answer: its own sentence, not its keywords, says
        # whether someone is reported saying it.
        told = (
            best.entry.statement_terms if WHO_SAID_IT.match(parsed.text) else best.entry.predicate
        )
        # "Who said Esper went to Tokyo?": taking part in talks is an event, not words
        # someone is reported saying.
        if not (told - _TALKS_HELD).isdisjoint(WORDS_SAID | SPEECH_TERMS) or best.missing:
            return None
        if any(
            link.start >= 0
            and self._kind(link.entity) == "person"
            and link.entity not in fact.entities
            for link in parsed.entities
        ):
            # "who said Pompeo visited New Delhi?": asked of people the sentence is not about;
            # "who said Esper went to Tokyo?" is of the article's own sentence on him.
            return None
        reported = self._reported_elsewhere(best.entry, context)
        if reported is not None and WHO_SAID_IT.match(parsed.text):
            # "When did they meet?" (Monday) "Who said so?": the article's first sentence
            # names no source, but ¶2 gives the same day as the Defense Department's statement.
            said, sayer = reported
            who = sayer.roles["who"].answer
            return self._answered(
                text=f"{who}, as the article reports it",
                facts=[said, sayer, fact],
                role=None,
                confidence=min(0.85, confidence),
                parsed=parsed,
                context=context,
                ranked=ranked,
                notes=notes,
            )
        if OFFICIAL_SOURCE_ASKED.match(parsed.text):
            # "Which official said relations are heating up?": the question takes an official
            # for granted, and the article names none; it says so in its own voice.
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't attribute that to any official: it says so itself,"
                " citing no source.",
                context,
                parsed=parsed,
                ranked=ranked,
                notes=tuple(notes),
            )
        return self._answered(
            text="The article itself: it gives no source for this",
            facts=[fact],
            role=None,
            confidence=min(0.85, confidence),
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    def _reported_elsewhere(self, entry: FactEntry, context: Context) -> tuple[Fact, Fact] | None:
        """Another sentence giving the same answer for the role just answered that is
        someone's reported words, with the fact saying whose (¶2's DOD statement places the
        meeting on Monday in New Delhi, as ¶1 does unsourced), or None."""
        if context.fact_id != entry.fact.id or context.role is None:
            return None
        for other in self.index.corroboration.of(entry.order, (context.role,)):
            said = self.index.entries[other].fact
            sayer = self._sayers.get(said.id)
            if sayer is not None and "who" in sayer.roles:
                return said, sayer
        return None

    def _others_than_asked(self, role: Role, parsed: Parsed, fact: Fact) -> str | None:
        """Of the people a who-answer names, the ones the question does not: "who else was
        in Tokyo besides Esper?" → Secretary Pompeo."""
        if role.name not in ("who", "with_whom") or len(role.entities) < 2:
            return None
        # "Who met Singh?" (Esper) "who else went to Tokyo?": the people set aside too, but
        # not countries just named ("Where was that?" (Tokyo, Japan) "Who else attended?").
        asked = set(parsed.entity_ids) | {e for e in parsed.excluded if self._kind(e) == "person"}
        named = list(role.entities)
        counted = fact.roles.get("how_many")
        if parsed.wanted_kind == "country" and role.name == "with_whom" and counted is not None:
            # "Besides Japan and Australia?": of all the fact's countries, the U.S. too, which
            # the role leaves out as the side the others met.
            named = self._countries_beside(counted.answer, role)
        others = [
            e
            for e in named
            if e not in asked
            and (not parsed.nationality or parsed.nationality in self.index.part_of.get(e, ()))
        ]
        if not others or len(others) == len(named):
            return None
        names = [self.factbase.entities[e].name for e in others]
        listed = joined(names)
        return listed[:1].upper() + listed[1:]

    def _country_around(self, role: Role) -> str | None:
        """The one country the role's places are in ("In New Delhi": India), by name."""
        if role.name != "where" or not role.entities:
            return None
        countries = self._countries_of(role.entities)
        if len(countries) != 1:
            return None
        name = self.factbase.entities[countries.pop()].name
        return name[:1].upper() + name[1:]

    @staticmethod
    def _kind_only_repeated(kind: str, parsed: Parsed) -> bool:
        """The kind found has no word the question did not already use."""
        asked = {term(w) for w in parsed.words}
        return all(term(w) in asked for w in normalise(kind).split())

    def _sort_named(self, noun_term: str, text: str, fact: Fact) -> str | None:
        """ "What kind of nations…?": of the answer, the words that say which kind ("free
        nations", "global security challenges"), when the quote has them just so; the
        answer as it is when the quote words it otherwise; None if it names no kind."""
        kinds = _kinds_named(noun_term, text)
        words = text.split()
        if not kinds and not any(term(w.strip(",.;:“”\"'()").lower()) == noun_term for w in words):
            return self._kind_by_its_own_noun(noun_term, text)
        if len(kinds) != 1:
            return text if kinds or noun_term in fact.quote.text.lower() else None
        kind = kinds.pop()
        if kind.lower() not in fact.quote.text.lower():
            return text
        # "on pressing global…" hides a describing "-ing" that the quote's "to address
        # pressing global…" shows: the quote's longer kind, when it is the same one.
        longer = [k for k in _kinds_named(noun_term, fact.quote.text) if k.endswith(f" {kind}")]
        kind = longer[0] if len(longer) == 1 else kind
        return kind[:1].upper() + kind[1:]

    def _kind_told_nearby(
        self, noun_term: str, ranked: list[Scored], parsed: Parsed
    ) -> tuple[Scored, str] | None:
        """ "What kind of meeting did Esper and Pompeo attend in Tokyo?": of the facts
        ranked about as high as the best, the first one about what is asked whose own
        sentence names one kind of the noun, or of a word for the same sort of event
        ("quadripartite talks"), with what follows it ("…in Tokyo"). None when none does."""
        if not ranked:
            return None
        nouns = _GATHERING_TERMS if noun_term in _GATHERING_TERMS else frozenset({noun_term})
        asked = set(parsed.entity_ids)
        for scored in ranked[:_KIND_CANDIDATES]:
            if scored.score < ranked[0].score - _KIND_SCORE_MARGIN:
                break
            entry = scored.entry
            if scored.missing or (asked and asked.isdisjoint(entry.involved)):
                continue
            if "what" not in entry.fact.roles:
                continue
            quote = entry.fact.quote.text
            kinds = {k for noun in nouns for k in _kinds_named(noun, quote)}
            # "two militaries" counts them, it is no kind of military
            kinds = {k for k in kinds if k.split()[0].lower() not in NUMBER_WORDS}
            if len(kinds) == 1:
                return scored, _kind_with_its_complement(kinds.pop(), quote)
        return None

    def _kind_named_checked(self, text: str, context: Context) -> Answer | None:
        """ "Is the city Begin recently visited Tokyo?": the one city the article gives for
        the clause (New Delhi), asked as "which city Begin recently visited?", against the
        name offered. "The city" is one: another name there is a No. None when the question
        is no such check or the article gives no city for the clause."""
        found = _KIND_THEN_NAME.match(text.strip())
        if found is None:
            return None
        words = found["rest"].split()
        cut = next((n for n in (3, 2, 1) if len(words) > n and self._names_a_place(words[-n:])), 0)
        if not cut:
            return None
        clause, name = " ".join(words[:-cut]), " ".join(words[-cut:])
        asked = self._single(f"which {found['kind']} {clause}?", context)
        if asked.abstained or not asked.quotes:
            return None
        named = self.index.aliases.get(tuple(normalise(name).split()))
        said = self.index.entities_in(normalise(asked.text))
        if named is not None and not said.isdisjoint(self.index.expand(named)):
            return replace(asked, text=f"Yes. {asked.text.rstrip('.')}.")
        return replace(asked, text=f"No. {asked.text.rstrip('.')}.")

    def _names_a_place(self, words: list[str]) -> bool:
        """Whether the words are a place the article knows ("new delhi") or a capitalised
        name it does not ("Mumbai"): what a city or a country is checked against."""
        key = tuple(normalise(" ".join(words)).split())
        entity = self.index.aliases.get(key)
        if entity is not None:
            return self._kind(entity) in ("place", "country")
        return len(words) == 1 and words[0][:1].isupper() and normalise(words[0]) not in STOPWORDS

    def _event_named_for_that(self, text: str, context: Context) -> str:
        """ "Which event did the meeting precede?" (the 2+2 Dialogue) "Who are the
        participants in that forum?": asked of the 2+2, the one event the last answer named."""
        if len(context.answer_entities) != 1:
            return text
        found = self.factbase.entities.get(context.answer_entities[0])
        if found is None or found.kind != "event":
            return text
        return event_named_for_that(text, found.name)

    @staticmethod
    def _went_next(text: str, context: Context) -> str:
        """ "Where did Pompeo give a press conference?" "Where was he off to next?": after
        that press conference, his trip to South Asia; asked with no event talked about, the
        question is left as it is."""
        if context.fact_id is None:
            return text
        return went_next_asked(normalise(text)) or text

    def _count_for_person(self, text: str, context: Context) -> str:
        """ "Esper's count?" after "how many 2+2s so far?" → "how many times has Esper
        taken part in the 2+2 Dialogue?" (the second time); Singh's is not in the article."""
        if context.question_type != "how_many" or context.fact_id is None:
            return text
        found = _COUNT_FOR_PERSON.match(text)
        fact = self.factbase.facts.get(context.fact_id)
        if found is None or fact is None:
            return text
        name = found["for"] or found["owner"]
        if not self.index.is_alias(name):
            return text  # "how many of 'em did esper attend": a whole question, not a name
        people = self.index.entities_mentioned(name)
        events = [e for e in fact.entities if self._kind(e) == "event"]
        if len(people) != 1 or self._kind(next(iter(people))) != "person" or len(events) != 1:
            return text
        event = self.factbase.entities[events[0]].name
        return f"how many times has {name} taken part in {event}?"

    def _party_of_person(self, text: str, context: Context) -> str:
        """ "Singh's party?" → "which political party does Singh belong to?"; "party?" after
        an answer about Singh alone → "…does he belong to?". After anything else ("what did
        Pompeo say about China?" "party?") the word stays the article's Communist Party."""
        found = _PARTY_OF.match(text)
        if found is None:
            return text
        owner = found["owner"]
        if owner is not None:
            people = self.index.entities_mentioned(owner)
            if not people or any(self._kind(e) != "person" for e in people):
                return text
            return f"which political party does {owner} belong to?"
        if found["pronoun"] is not None:
            return text  # "his party?": the pronoun already follows the conversation
        talked_of = context.entities
        if not talked_of or any(self._kind(e) != "person" for e in talked_of):
            return text
        pronoun = "he" if len(talked_of) == 1 else "they"
        return f"which political party {'does' if pronoun == 'he' else 'do'} {pronoun} belong to?"

    def _being_at_place_as_present(self, text: str) -> str:
        """ "Which countries were in Tokyo?", "who was at New Delhi?": being at a place,
        asked of whoever was there, as "which countries were present in Tokyo?" asks (the
        talks held there); not "which countries were in the quad?", no place."""
        found = BEING_AT_PLACE.match(text)
        if found is None:
            return text
        owner = self.index.aliases.get(tuple(_linkable_words(found["place"])))
        if owner is None or self._kind(owner) != "place":
            return text
        return f"{found['asker']} {found['be']} present in {found['place']}?"

    def _ordinal_one_named(self, text: str, context: Context) -> str:
        """ "Name the two officials who met." (Esper and Singh) "What post does the second one
        hold?": asked of Singh. Only when the last answer named exactly two people."""
        people = [
            entity
            for entity in context.answer_entities
            if (found := self.factbase.entities.get(entity)) is not None and found.kind == "person"
        ]
        if len(people) != 2 or len(context.answer_entities) != 2:
            return text
        first, second = (self.factbase.entities[e].name for e in people)
        return ordinal_one_named(text, (first, second))

    def _kind_by_its_own_noun(self, noun_term: str, text: str) -> str | None:
        """ "What kind of countries are the U.S. and India called?": the answer names the
        kind by a noun of its own ("the world's two largest democracies"), no "countries"
        in it; None when it names none."""
        for kind_term in KIND_OF_NOUN.get(noun_term, ()):
            kinds = _kinds_named(kind_term, text)
            if len(kinds) == 1:
                return _with_owner(kinds.pop(), text)
        return None

    @cached_property
    def _counting_names(self) -> dict[tuple[str, ...], list[tuple[int, str]]]:
        """The groups whose names count them ("the two sides", "both defense chiefs"), by
        the terms of what is counted: ("side",) → [(2, "two-sides")]."""
        found: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        for key, owner in self.index.aliases.items():
            number = 2 if key[0] == "both" else NUMBER_WORDS.get(key[0])
            members = self.index.expand(owner)
            if number is None or len(key) < 2 or len(members) != number or owner in members:
                continue
            counted = found.setdefault(tuple(term(w) for w in key[1:]), [])
            if (number, owner) not in counted:
                counted.append((number, owner))
        return found

    def _counted_by_name(
        self, parsed: Parsed, context: Context, notes: list[str], ranked: list[Scored]
    ) -> Answer | None:
        """ "How many sides agreed on BECA?", "how many men praised the relationship?": the
        article counts the doers itself when it calls them "the two sides" or "the two men".
        A fact the question finds whose doers are exactly such a group's members answers
        with that number; what no group's name counts ("how many people…") answers nothing,
        as the article never says how many were there."""
        if parsed.types != ["how_many"] or parsed.negated:
            return None
        words = parsed.words
        start = next(
            (i + 2 for i in range(len(words) - 2) if words[i : i + 2] == ["how", "many"]), None
        )
        if start is None:
            return None
        # The longest run of words after "how many" that a group's name counts.
        groups: list[tuple[int, str]] = []
        at = start
        for width in (3, 2, 1):
            counted = tuple(term(w) for w in words[start : start + width])
            if len(counted) == width and counted in self._counting_names:
                groups, at = self._counting_names[counted], start + width - 1
                break
        if not groups:
            return None
        after = words[at + 1 : at + 3]
        linked = {link.start for link in parsed.entities}
        if (
            len(after) == 2
            and after[0] in _AUXILIARIES - COPULAS
            and (after[1] in PRONOUN_WORDS or after[1] == "the" or at + 2 in linked)
        ):
            return None  # "how many countries has Esper visited?": not the doers counted
        for position, scored in enumerate(ranked[:PAIR_DEPTH]):
            confidence = self._confidence(scored, ranked, position, parsed)
            if confidence < self.threshold:
                break
            fact = scored.entry.fact
            doers = {
                m
                for name in ("who", "with_whom")
                if (role := fact.roles.get(name)) is not None
                for e in role.entities
                for m in self.index.expand(e)
            }
            if not doers or self._placed_otherwise(parsed, scored.entry):
                continue
            if any(
                self._kind(e) in ("event", "agreement") and e not in scored.entry.central
                for e in self._counted_at(parsed, context)
            ):
                continue  # "how many ministers attended the 2+2?": not the meeting ahead of it
            for number, group in groups:
                members = set(self.index.expand(group))
                # "How many countries agreed…?": Esper and Singh agreed for their countries.
                if doers != members and not (
                    all(self._kind(m) == "country" for m in members)
                    and self._countries_of(doers) == members
                    and all(self._countries_of({d}) for d in doers)
                ):
                    continue
                name = self.factbase.entities[group].name
                count = NUMBER_NAMES.get(number, str(number))
                return self._direct(
                    text=f"{count}: {name}",
                    facts=[fact],
                    confidence=confidence,
                    parsed=parsed,
                    context=context,
                    notes=[*notes, "counted by the name the article gives them"],
                    about=list(self.index.expand(group)),  # in the group's order, not a set's
                )
        return None

    def _counted_by_the_article(self, words: list[str], at: int) -> bool:
        """Whether the words counted, around the noun at `at` ("secretaries of defense",
        "defense secretaries"), are a name by which the article itself counts a group ("the
        two Secretaries of Defense": Esper and Singh), so that the people one of them is
        titled after are not all there are."""
        runs = [words[s : s + n] for n in (3, 2) for s in range(max(0, at - n + 1), at + 1)]
        for run in runs:
            said = " ".join(run)
            for number, group in self._counting_names.get(tuple(term(w) for w in run), []):
                spoken = NUMBER_NAMES.get(number, "").lower()
                aliases = {normalise(a) for a in self.factbase.entities[group].aliases}
                if f"{spoken} {said}" in aliases:
                    return True
        return False

    def _counted_at(self, parsed: Parsed, context: Context) -> list[str]:
        """What the count is of: the names the question gives, or, when it points back
        with nothing named ("What is the 2+2?" "How many ministers is that?"), the events
        the last answer named."""
        if parsed.entity_ids or _THAT_WORDS.isdisjoint(parsed.words):
            return parsed.entity_ids
        return [e for e in context.answer_entities if self._kind(e) in ("event", "agreement")]

    def _people_counted(
        self, parsed: Parsed, context: Context, notes: list[str], ranked: list[Scored]
    ) -> Answer | None:
        """ "How many secretaries went to Tokyo?", "how many U.S. officials went to New
        Delhi?": the people the article names doing it, counted and named, when the noun
        fits each ("Secretary Pompeo", "Deputy Secretary of State Begin"). A question that
        names a person is left to the facts' own counts ("how many times did Esper…")."""
        if parsed.types != ["how_many"] or parsed.negated or PRESENT_AT.search(parsed.text):
            return None  # "how many people attended…?": who else was there it never says
        found = self._counted_noun(parsed)
        if found is None or any(self._kind(e) in ("person", "group") for e in parsed.entity_ids):
            return None
        counted, at = found
        # "U.S. officials", "Americans": the country of those counted; any other name is
        # where they were ("…went to New Delhi").
        of = {
            link.entity
            for link in parsed.entities
            if 0 <= link.start <= at or self._whose_people(parsed.words[: link.start])
        }
        places = {e for e in parsed.entity_ids if e not in of and self._kind(e) != "event"}
        events = {e for e in parsed.entity_ids if self._kind(e) == "event"}
        asked = set(parsed.terms) - {counted} - PEOPLE_TERMS
        if not asked or any(self._kind(e) not in ("place", "country") for e in places | of):
            return None
        facts, people = self._doers_placed(parsed, ranked, asked, places, events)
        people = [p for p in people if of <= self._countries_of({p})]
        if any(
            set(self.index.expand(group)) == set(people)
            for _, group in self._counting_names.get((counted,), [])
        ):
            return None  # "how many men…?": the article's own "two men" counts them
        people = [p for p in people if self._named_as(p, counted)]
        if not people or self._counted_by_the_article(parsed.words, at):
            return None
        names = [self.factbase.entities[p].name for p in people]
        listed = joined(names)
        # Named, not all there were: a delegation may have had more the article omits.
        count = NUMBER_NAMES.get(len(people), str(len(people)))
        return self._direct(
            text=f"{count} that the article names: {listed}",
            facts=facts,
            confidence=min(0.85, ranked[0].score),
            parsed=parsed,
            context=context,
            notes=[*notes, "counted the people the article names doing it"],
            about=people,
        )

    def _pairs_counted(
        self, parsed: Parsed, context: Context, notes: list[str], ranked: list[Scored]
    ) -> Answer | None:
        """ "How many relationships are deteriorating?": the pairs the sentence names before
        "relations" and what they are doing ("U.S.-China and India-China relations are
        deteriorating sharply": two), not those of another clause ("U.S.-India relations
        are heating up"). The article gives no such count; it names the pairs."""
        if parsed.types != ["how_many"] or parsed.negated or parsed.counted not in RELATION_TERMS:
            return None
        doing = set(parsed.terms) - RELATION_TERMS
        if not doing or parsed.entities or parsed.unknown:
            return None  # "how many relationships are mentioned?": not one clause's pairs
        for scored in ranked[:PAIR_DEPTH]:
            if scored.score < self.threshold:
                break
            pairs = self._pairs_doing(scored.entry, doing)
            if pairs:
                count = NUMBER_NAMES.get(len(pairs), str(len(pairs))).capitalize()
                listed = " and ".join(
                    [", ".join(pairs[:-1]), pairs[-1]] if len(pairs) > 1 else pairs
                )
                return self._direct(
                    text=f"{count}: {listed} relations",
                    facts=[scored.entry.fact],
                    confidence=min(0.85, scored.score),
                    parsed=parsed,
                    context=context,
                    notes=[*notes, "counted the pairs the sentence names"],
                )
        return None

    def _pairs_doing(self, entry: FactEntry, doing: set[str]) -> list[str]:
        """The pairs ("U.S.-China", "India-China") the fact's quote names before "relations"
        whose clause goes on with what is asked ("are deteriorating"), or the one clause's
        pairs when the fact has the asked words only among its keywords ("worse")."""
        clauses = list(PAIRS_BEFORE_RELATIONS.finditer(entry.fact.quote.text))
        for clause in clauses:
            after = {term(w) for w in normalise(clause["after"]).split()}
            if doing <= after:
                return PAIR_SEPARATOR.split(clause["pairs"])
        if len(clauses) == 1 and doing <= entry.predicate:
            return PAIR_SEPARATOR.split(clauses[0]["pairs"])
        return []

    @staticmethod
    def _whose_people(before: list[str]) -> bool:
        """ "…went to Tokyo from the U.S.", "for India": the name after says whose people
        they are, not where they went."""
        if before[-1:] == ["the"]:
            before = before[:-1]
        return before[-1:] in (["from"], ["for"], ["representing"])

    def _counted_noun(self, parsed: Parsed) -> tuple[str, int] | None:
        """The term of what "how many" counts and where it is: "U.S. officials" counts
        officials; "Americans" people, of a country."""
        words = parsed.words
        if words[:2] != ["how", "many"] or len(words) < 3:
            return None
        country = any(
            link.start == 2 and self._kind(link.entity) == "country" for link in parsed.entities
        )
        if country and len(words) > 3 and self._names_people(term(words[3])):
            return term(words[3]), 3
        if country:
            return PERSON_TERM, 2
        return (parsed.counted, 2) if term(words[2]) == parsed.counted else None

    def _doers_placed(
        self,
        parsed: Parsed,
        ranked: list[Scored],
        asked: set[str],
        places: set[str],
        events: set[str],
    ) -> tuple[list[Fact], list[str]]:
        """The facts whose act is the one asked, at the places and of the events asked
        ("…took part in the quad talks"), and the people doing it; those met count too
        ("how many people met in New Delhi?"). Without a place only the best fact counts,
        as other facts are other occasions."""
        facts: list[Fact] = []
        people: list[str] = []
        for scored in ranked[:PAIR_DEPTH]:
            entry = scored.entry
            roles = entry.fact.roles
            where = roles.get("where")
            # The counted noun itself ("secretaries") is in no fact, which lowers every
            # score; the act asked being the fact's own is what counts.
            if (
                scored.score < COUNTED_FLOOR
                or not asked <= entry.predicate | entry.bag
                or asked.isdisjoint(entry.predicate)
                or not events <= entry.central
                # "the second time Esper has participated in a 2+2": one man's record, not
                # all who took part
                or TIME_TERM in entry.answer_terms.get("how_many", frozenset())
                or self._placed_otherwise(parsed, entry)
                or (places and where is None)
                or not all(
                    any(self._covers(p, e) for e in where.entities)
                    for p in places
                    if where is not None
                )
            ):
                continue
            names = ("who", "with_whom") if _MEET_TERM in asked else ("who",)
            doers = [e for n in names if n in roles for e in roles[n].entities]
            if not doers or any(self._kind(e) != "person" for e in doers):
                continue
            facts.append(entry.fact)
            people.extend(e for e in doers if e not in people)
            if not places:
                break
        return facts, people

    def _names_people(self, noun: str) -> bool:
        """A noun for people ("officials", "secretaries"), not a verb ("Americans went")."""
        return noun in PEOPLE_TERMS or any(
            self._named_as(p, noun) for p in self.factbase.entities if self._kind(p) == "person"
        )

    def _named_as(self, person: str, counted: str) -> bool:
        """The article (or common usage) calls this person by the counted noun: Esper and
        Pompeo are secretaries, Singh a minister; anyone is one of the "people"."""
        if counted in PEOPLE_TERMS - MINISTER_TERMS:
            return True
        return any(
            owner == person and counted in {term(w) for w in key}
            for key, owner in self.index.aliases.items()
        )

    def _order_object(
        self, parsed: Parsed, context: Context, notes: list[str], ranked: list[Scored]
    ) -> Answer | None:
        """ "What was the meeting held ahead of?": the answer that places the event in time
        relative to another, in the same direction (before or after) as the question."""
        asked = ORDER_ASKED.search(parsed.text)
        if asked is None:
            return None
        before = asked.group(1) in BEFORE_WORDS
        for position, scored in enumerate(ranked[:PAIR_DEPTH]):
            for name in ("why", "when", "what"):
                role = scored.entry.fact.roles.get(name)
                said = ORDER_ASKED.search(normalise(role.answer)) if role is not None else None
                if role is None or said is None or (said.group(1) in BEFORE_WORDS) != before:
                    continue
                confidence = self._confidence(scored, ranked, position, parsed)
                if confidence < self.threshold:
                    return None
                return self._by_role(scored, role, confidence, parsed, context, ranked, notes)
        return None

    @staticmethod
    def _own_words(parsed: Parsed) -> bool:
        """Whether a follow-up names anything itself ("why is China in the article?"), not
        only through a pronoun read from the conversation ("why is it relevant?")."""
        return bool(parsed.terms) or any(link.start >= 0 for link in parsed.entities)

    def _relevance_of(
        self, last: FactEntry, parsed: Parsed, ranked: list[Scored]
    ) -> tuple[Scored, Role | None, float] | None:
        """ "Does the DoD statement mention China?" (No) "So why is it relevant?": why the
        article brings in what the statement leaves out, the purpose the article gives on
        the same topic ("to jointly address the threat posed by China"), not the purpose of
        another fact that only shares the statement. Only after a denial, and only with no
        words of its own: "why is that?" there asks why it was left out, which no fact says."""
        if not parsed.asks_relevance:
            return None
        topics = set(last.fact.topics)
        for scored in ranked:
            role = scored.entry.fact.roles.get("why")
            if (
                role is not None
                and topics & set(scored.entry.fact.topics)
                and PURPOSE_CLAUSE.match(role.answer)
            ):
                return Scored(scored.entry, 1.0, (), True), role, 0.8
        return None

    def _without_reference_acts(self, ranked: list[Scored], parsed: Parsed) -> list[Scored]:
        """ "Where did Pompeo brief reporters before setting off on his regional tour?": the
        tour only dates the briefing, so its better score on "regional tour" must not make
        the briefing's own answer look like a weak second."""
        head = ranked[:PAIR_DEPTH]
        kept = [r for r in head if not self._only_the_reference_act(r.entry, parsed)]
        return [*kept, *ranked[PAIR_DEPTH:]] if kept else ranked

    @staticmethod
    def _asks_only_what_the_article_lacks(parsed: Parsed) -> bool:
        """ "Give me the budget for all that", "what was the cost of that?": every word the
        question asks with is one the article never uses, so the last answer's fact, which
        "that" points to, has nothing of it (a name, "and Korea?", is checked elsewhere)."""
        return (
            bool(parsed.unknown)
            and not parsed.terms
            and not parsed.entities  # "why was Esper there in the first place?"
            and not parsed.unknown_names
            and COUNTRY_NAMES.isdisjoint(parsed.unknown)  # "…there? Korea?"
        )

    def _lacks_someone_meant(self, parsed: Parsed, entry: FactEntry) -> bool:
        """The fact the conversation was at has not the person a pronoun stands for: "Did
        Begin also go there?" (the meeting; unsaid) "When did he go?": not the meeting's date."""
        return any(self._kind(e) == "person" and e not in entry.involved for e in parsed.them)

    @staticmethod
    def _why_of_that(parsed: Parsed) -> bool:
        """ "Why is that?", "what led to that?": why the last answer is so, naming nothing."""
        words = set(parsed.words)
        return bool(words & _POINTING) and words <= _WHY_OF_THAT | _POINTING

    def _choice_placed_as_asked(
        self, parsed: Parsed, ranked: list[Scored], roles: tuple[str, ...], qtype: str
    ) -> tuple[Scored, Role | None, float] | None:
        """The best choice among the facts held where the question puts the act: "who gave
        the press conference at the State Department prior to the South Asia trip?" is
        Pompeo's remarks (at the State Department), not his trip (to South Asia) that the
        question only dates them by. None when no ranked fact is held there, so "who did
        Esper meet in Washington?" still finds nothing."""
        if qtype in ("where", "when") or _DATED_BY_ANOTHER.search(parsed.text) is None:
            # "Where was the person who gave a presser at the State Department about to
            # travel?": the place named describes the person; the question asks another,
            # and dates nothing by another act.
            return None
        place = self._place_asked(parsed)
        if place is None or place[1] is None:
            return None
        held_there = [
            scored
            for scored in ranked[:PAIR_DEPTH]
            if (where := scored.entry.fact.roles.get("where")) is not None
            and any(self._same_place(place[1], e) for e in where.entities)
        ]
        return self._choose(parsed, held_there, roles, qtype) if held_there else None

    def _choose(
        self, parsed: Parsed, ranked: list[Scored], roles: tuple[str, ...], qtype: str
    ) -> tuple[Scored, Role | None, float] | None:
        """The best (fact, role) pair: a role of the kind asked for, whose answer is not
        just what the question already names, from the best-scoring facts."""
        identity_like = all(t in IDENTITY_TERMS for t in parsed.terms) and not _asks_a_past_act(
            parsed
        )
        if parsed.followup_fact is not None:
            entry = self.index.by_id.get(parsed.followup_fact)
            # After "who is Pompeo?", "what did he say?" is about his words, not his title.
            existential = qtype == "how_many" and "there" in parsed.words
            if (
                entry is not None
                and not self._asks_only_what_the_article_lacks(parsed)
                and not self._only_went(parsed, entry)
                and not self._lacks_someone_meant(parsed, entry)
                # "Pompeo trip go where?" "before trip he have press conference at where?":
                # the trip is now the anchor, not what is asked.
                and not self._placed_against_itself(parsed, entry, entry.fact.roles.get("where"))
                and (identity_like or entry.fact.id not in self._identity_facts)
                and not (existential and self._own_count_of(entry.fact))
                and (parsed.words[:1] != ["whose"] or self._says_whose(entry, parsed) > 0.1)
            ):
                for name in roles:
                    role = entry.fact.roles.get(name)
                    if role is not None and self._role_fits(entry, name, parsed, qtype):
                        return Scored(entry, 1.0, (), True), role, 0.9
                # "Who held the press conference?" (Pompeo) "Who else?": not another act
                # told in the same sentence (free nations working together).
                others_asked = parsed.wants_other and qtype in ("who", "with_whom")
                part = None if others_asked else self._part_of_sentence(entry, roles, parsed, qtype)
                if part is None and qtype in ("when", "where"):
                    # the setting of words is the setting of the sentence they are in
                    part = self._part_of_sentence(entry, roles, parsed, qtype, around=True)
                if part is not None:
                    return part
                if qtype == "why" and not parsed.unknown:
                    # "They welcomed the expansion of information sharing." "Why?": the
                    # sentence that gives the reason for that same expansion.
                    sibling = self._same_act_with(entry, "why")
                    # Only a purpose ("to address…") carries over: a remark on one fact
                    # ("no reason is given for the warming") is no reason for another.
                    if sibling is not None and PURPOSE_CLAUSE.match(
                        sibling.fact.roles["why"].answer
                    ):
                        return Scored(sibling, 1.0, (), True), sibling.fact.roles["why"], 0.8
                if qtype == "why" and set(parsed.words) <= BARE_WHY:
                    return None  # "Why?" asks about the last answer, which gives no reason
                if qtype == "why" and entry.fact.negative and not self._own_words(parsed):
                    # "Did the statement mention China?" (No) "Why is that?": no fact says
                    # why it didn't; "why is it relevant?" asks why the article brings it in.
                    return self._relevance_of(entry, parsed, ranked)
                if qtype == "why" and self._why_of_that(parsed):
                    # "How are India-China relations?" "Why is that?" (or "what led to
                    # that?"): the last answer gives no reason, and another fact's purpose
                    # (the partnership's, against China) is no reason for it.
                    return None
                if others_asked:
                    return None  # "…who else was there?": others there, none named
            if entry is not None and entry.fact.id in self._identity_facts:
                # "Who did Esper meet?" "What's his position?" "And on which day?": not the
                # day of his title, but of what he did. One whose own keywords are what is
                # asked stays: "What's the 2+2?" "Who takes part?": the ministers it is between.
                ranked = [
                    r
                    for r in ranked
                    if r.entry.fact.id not in self._identity_facts
                    or (
                        parsed.terms
                        and not identity_like  # "his position" then "which day?": no title
                        # ("what does it mean?" then "who takes part?": "mean" asked what
                        # it is, which its own fact says)
                        and set(parsed.terms) - IDENTITY_TERMS <= r.entry.predicate
                    )
                ]
        asked_terms = set(parsed.terms) | {t for t in parsed.span_terms if "-" in t}
        focus_terms = {term(parsed.words[i]) for i in parsed.focus if i < len(parsed.words)}
        asked = set(parsed.entity_ids)
        # "Monday?", "Oct. 26?": a day and nothing else asks what happened on it.
        when_only = bool(parsed.terms) and all(
            t in SETTING_TERMS or t.isdigit() for t in parsed.terms
        )
        content_matters = qtype in ("what", "how", "keyword")
        # "What did he say, any quotes?": words the article quotes from him, if any.
        quoting = (
            (parsed.speakers or {e for e in parsed.entity_ids if self._kind(e) == "person"})
            if parsed.wants_quote
            else set()
        )
        if qtype in ("where", "when"):
            ranked = self._without_reference_acts(ranked, parsed)
        best: tuple[float, Scored, Role | None, float] | None = None
        days_asked = _WEEKDAY_TERMS.intersection(parsed.terms)
        for position, scored in enumerate(ranked[:PAIR_DEPTH]):
            if parsed.asks_action and not self._defines_asked(scored.entry.fact.id, set()):
                continue  # what someone did is not who they are
            if parsed.asks_action and self._done_by_someone_else(scored.entry.fact, parsed):
                continue  # "what did the Pentagon do?": it made a statement, not the BECA
            if days_asked and not days_asked <= scored.entry.bag and qtype in ("where", "who"):
                continue  # "where was Begin on Monday?": his visit is undated, not Monday's
            if parsed.wants_other and scored.score < ranked[0].score - 0.05:
                break  # "who else attended the meeting?": others at that event, not elsewhere
            if parsed.speakers and not self._spoken_by(
                scored.entry,
                parsed.speakers,
                STATEMENT_TERM in parsed.terms or parsed.as_source,
                parsed.as_source,
            ):
                continue  # "what did China say?": not what others said about China
            if parsed.asks_speech and any(
                t in SAID_AT_TERMS and t not in scored.entry.bag for t in parsed.terms
            ):
                continue  # "what did Esper say at the press conference?": he gave none
            if quoting and not self._quoted_from(scored.entry, quoting):
                continue  # "any quotes from Singh?": the article quotes him nowhere
            if parsed.there and not self._placed_there(scored.entry, parsed.there):
                continue  # "what did they agree there?": not what was agreed elsewhere
            if qtype == "what" and self._placed_beside_asked(scored.entry, parsed):
                continue  # "what was the outcome of the 2+2?": not what came ahead of it
            if self._visit_elsewhere(scored.entry, parsed):
                continue  # "on which occasion did Pompeo visit India?": not the Tokyo talks
            if qtype in ("where", "when") and self._only_the_reference_act(scored.entry, parsed):
                continue  # "where did Pompeo brief reporters before his tour?": not the tour
            penalised = self._penalised(scored, parsed)
            if (
                (parsed.there or parsed.set_at or self._place_named(parsed))
                and qtype == "what"
                and any(
                    t in self.index.predicate_terms and t not in scored.entry.bag
                    for t in parsed.terms
                )
            ):
                continue  # "what did they decide there?": not what happened there
            confidence = self._confidence(scored, ranked, position, parsed, penalised)
            if position > 0 and self._asks_part_of(scored.entry, ranked[0].entry, parsed):
                confidence = max(confidence, self._confidence(ranked[0], ranked, 0, parsed))
            entry = scored.entry
            for rank, name in enumerate(roles):
                role = entry.fact.roles.get(name)
                if role is None or not self._role_fits(entry, name, parsed, qtype):
                    continue
                if name == "where" and self._building_not_given(parsed, role):
                    continue  # "in which building did they meet?": New Delhi is no building
                if name in ("who", "with_whom") and self._did_not_do_it(entry, parsed):
                    continue  # "who thwarted China?": Pompeo only spoke of free nations who could
                named_here = entry.role_entities.get(name, frozenset())
                relevance = 0.0
                if content_matters and asked_terms:
                    answer_terms = entry.answer_terms.get(name, frozenset())
                    relevance = (
                        0.06 * len(asked_terms & answer_terms)
                        + 0.03 * len(asked_terms & entry.statement_terms)
                    ) / len(asked_terms)
                declared = role.entities
                named_share = (
                    sum(
                        1
                        for e in declared
                        if (e in asked and e not in parsed.described)
                        or self._topic_said_about(e, parsed)
                    )
                    / len(declared)
                    if declared
                    else 0.0
                )
                # "who" and "with_whom" are two sides of one question; other roles are
                # listed in order of preference.
                order = 0 if name in ("who", "with_whom") else rank
                value = penalised * (1 - 0.04 * order) * (1 - 0.3 * named_share) + relevance
                if qtype in ("who", "with_whom") and not declared:
                    value *= 0.9  # a name answers "who" better than a description
                if (
                    name == "who"
                    and JOIN_TERM in parsed.terms
                    and declared
                    and set(declared) & asked
                    and set(declared) - asked
                ):
                    value += 0.2  # "who accompanied Esper?": who was there with him
                if (
                    name == "who"
                    and not parsed.asks_speech
                    and SAY_TERM in entry.predicate
                    and parsed.terms
                    and any(
                        t not in entry.predicate
                        for t in parsed.terms
                        if t in self.index.predicate_terms
                    )
                ):
                    value *= 0.9  # "who could work together…?": not who said they could
                if self._lists_kinds_of(entry, parsed.sort_of):
                    # "What kinds of cooperation between the militaries did they commit to?":
                    # the fact listing the kinds, not the one whose answer echoes the question.
                    value += 0.1
                if name == "who":
                    value += self._says_whose(entry, parsed)  # "whose threat…?"
                if name in ("who", "with_whom") and parsed.done_by in entry.predicate:
                    # "the threat posed by whom?", "who poses it?": who poses it, not who said
                    # so; either side of a meeting met the other.
                    value += 0.3
                if name == "where" and any(
                    self._kind(c) == "country" and any(self._covers(c, e) for e in role.entities)
                    for c in asked
                ):
                    value += 0.1  # "where in India was the meeting?": a place in India
                if name == "with_whom" and HOST_TERM in parsed.terms:
                    value += 0.15  # "who was the host?": the side that was visited
                if name in ("who", "with_whom") and focus_terms & entry.answer_terms.get(
                    name, frozenset()
                ):
                    value += 0.1  # the very description asked ("which ministers…")
                defines_asked = self._identity_facts.get(entry.fact.id)
                if defines_asked is not None and defines_asked in asked and qtype == "who":
                    value += 0.05  # "who takes part in the 2+2?": who, in general
                defines = self._identity_facts.get(entry.fact.id)
                if (
                    defines is not None
                    and defines in named_here
                    and (defines not in asked or not identity_like)
                ):
                    continue  # "X is the Secretary" answers who X is, not what X did
                if (
                    parsed.wanted_kind
                    and any(
                        self._kind(e) == parsed.wanted_kind
                        or (parsed.wanted_kind == "person" and self._kind(e) == "group")
                        for e in entry.role_entities[name]
                    )
                ) or (
                    # "Which country was the meeting in?": New Delhi gives India as well as
                    # Tokyo, Japan gives Japan.
                    parsed.wanted_kind == "country" and self._country_around(role) is not None
                ):
                    value += 0.05  # the very kind asked for, not a near one
                    if parsed.wanted_kind in _NAMED_KINDS and self._names_only(role.answer):
                        # "Which countries are the world's two largest democracies?": "The
                        # U.S. and India", not "The U.S.-India relationship: …".
                        value += 0.02
                if name == "how_many" and self._counts_numbered(entry, parsed):
                    value += 0.2  # "which four countries…": "Four countries: …"
                if name == "when" and parsed.wants_date and DATE.search(role.answer.lower()):
                    value += 0.05  # "meeting date?": a fact that gives one
                if qtype == "how_many" and named_here - asked - parsed.described:
                    value *= 0.9  # "Two: the second time Esper…" counts something about Esper
                if qtype == "how_many" and "there" in parsed.words and self._counts_a_person(entry):
                    value *= 0.8  # "how many have there been?": of the event, not one person's
                if qtype == "how_many" and asked and not self._doers_asked(entry, asked):
                    value *= 0.7  # "how many times have the U.S. and India…": not Esper's count
                if (
                    qtype == "how_many"
                    and parsed.counted is not None
                    and (
                        parsed.counted in entry.statement_terms or parsed.counted in entry.predicate
                    )
                ):
                    # It counts what the question counts ("times" only a little: any count
                    # of occasions answers "how many times").
                    value += 0.05 if parsed.counted == TIME_TERM else 0.1
                if (
                    qtype == "keyword"
                    and name == "what"
                    and when_only
                    and OBJECT_ONLY.match(role.answer)
                    and asked_terms.isdisjoint(entry.answer_terms.get(name, frozenset()))
                ):
                    continue  # "Monday?": what happened then, not a thing with no Monday in it
                if (
                    parsed.asks_action
                    and name == "what"
                    and not role.entities
                    and OBJECT_ONLY.match(role.answer)
                ):
                    # "What did Esper do on Monday?" is not "The strength of the … defense
                    # relationship": that is what they praised, not what they did (BECA, a
                    # thing they made, still tells what they did there).
                    continue
                if best is None or value > best[0]:
                    best = (value, scored, role, confidence)
                    if name == "who" and self._tells_whose(scored, parsed):
                        # "whose threat?" after Pompeo's remark: the fact saying whose it is,
                        # as sure as the remark the conversation's names rank first.
                        lifted = max(confidence, self._confidence(ranked[0], ranked, 0, parsed))
                        best = (value, scored, role, lifted)
            said_all = qtype == "keyword" and all(t in entry.bag for t in parsed.terms)
            if (
                ((qtype == "keyword" and (not parsed.terms or said_all)) or parsed.asks_action)
                and scored.score > 0
                and self._defines_asked(entry.fact.id, set())
                and not self._only_went(parsed, entry)
                and not parsed.excluded & entry.central  # "apart from BECA, what did they do?"
                and (
                    best is None or scored.score > best[0] or (parsed.asks_action and position == 0)
                )
            ):
                # "esper singh", "what did Begin do?": the fact itself is the answer.
                best = (scored.score, scored, None, confidence)
        if best is None:
            return None
        return best[1], best[2], best[3]

    @cached_property
    def _bodies_that_act(self) -> frozenset[str]:
        """The organisations some fact has as its doer (the Defense Department, which issued
        the statement), precomputed once."""
        return frozenset(
            entity
            for fact in self.factbase.facts.values()
            if "who" in fact.roles
            for entity in fact.roles["who"].entities
            if self._kind(entity) == "organisation"
        )

    def _done_by_someone_else(self, fact: Fact, parsed: Parsed) -> bool:
        """Whether "what did <body> do?" would be answered by a fact the body only reports:
        "what did the Pentagon (DOD, Defense Department) do?" is its statement, not the
        agreement Esper and Singh reached, which the statement tells of."""
        asked = set(parsed.entity_ids)
        if len(asked) != 1 or not asked <= self._bodies_that_act:
            return False
        who = fact.roles.get("who")
        return who is None or asked.isdisjoint(who.entities)

    def _part_of_sentence(
        self,
        entry: FactEntry,
        roles: tuple[str, ...],
        parsed: Parsed,
        qtype: str,
        around: bool = False,
    ) -> tuple[Scored, Role, float] | None:
        """ "Where did Pompeo speak?" "Before what?" "Where was he going?": the last fact
        cannot answer, but a fact quoting a part of its sentence ("prior to his trip to
        South Asia") can, and is what the conversation is about. `around`: a fact quoting
        the whole the last one is part of ("Who are the world's two largest democracies?"
        "When did they say that?": the officials, in the sentence around those words)."""
        quote = entry.fact.quote

        def inside(inner: FactEntry, outer: FactEntry) -> bool:
            a, b = inner.fact.quote, outer.fact.quote
            return a.article == b.article and b.start <= a.start and a.end <= b.end

        parts = [
            other
            for other in self.index.entries
            if other is not entry
            and other.fact.id not in self._identity_facts
            and other.fact.quote.text != quote.text
            and (inside(entry, other) if around else inside(other, entry))
        ]
        fitting = [
            (other, other.fact.roles[name])
            for other in parts
            for name in roles[:1]
            if name in other.fact.roles and self._role_fits(other, name, parsed, qtype)
        ]
        if len(fitting) != 1:
            return None
        other, role = fitting[0]
        return Scored(other, 1.0, (), True), role, 0.85

    def _all_who_went(
        self, parsed: Parsed, context: Context, notes: list[str], ranked: list[Scored]
    ) -> Answer | None:
        """ "Who visited New Delhi?", "who has been to New Delhi recently?": everyone the
        article has going there, each with his own fact, not only the best-ranked one (Esper
        met Singh there; Begin "also recently visited"). "Apart from Esper, who…?": the
        others of them."""
        asks_person = parsed.qtype == "what" and parsed.wanted_kind == "person"
        place = self._visited_place_asked(parsed, asks_person)
        if place is None:
            return None
        # A country or title in "which …" names many facts: the trips are further down.
        going = [
            scored.entry
            for scored in (ranked if asks_person else ranked[:PAIR_DEPTH])
            if "where" in scored.entry.fact.roles
            and VISIT_TERM in scored.entry.predicate
            # "who recently visited…": the article says so of Begin alone
            and set(parsed.terms) <= scored.entry.predicate
        ]
        # "Who travelled to South Asia?": whoever went there itself, not to a city in it;
        # "who visited India?": to its capital, none having gone to "India".
        exact = any(place in entry.fact.roles["where"].entities for entry in going)
        facts, people, foreign = self._travellers(parsed, place, going, exact)
        if not facts and foreign:
            # "Which Indian officials visited New Delhi?": those who went there were
            # Americans; Singh, whom they met, is not said to have gone anywhere.
            return self._not_found(parsed, context, ranked, notes)
        # One fact's doers are answered as any role is; but "which defense secretary…"
        # ranks every fact naming him or the country first, the trip among them.
        described = parsed.nationality or any(self._kind(e) == "person" for e in parsed.described)
        # "Did anyone other than Esper visit New Delhi recently?": one trip is enough when
        # some are set aside (the article says "recently" of Begin's alone); "did anyone
        # besides Esper and Pompeo go to Tokyo?": theirs is the only one, so no one else.
        if len(facts) < 2 and not ((asks_person or described or parsed.excluded) and facts):
            return None
        facts = [f for f in facts if not set(f.roles["who"].entities) <= parsed.excluded]
        if not facts:
            # "Who visited New Delhi?" (Esper; Begin) "Who else?": the article names no one
            # more, and the one they met there did not visit.
            return self._not_found(parsed, context, ranked, notes)
        # "Did any other U.S. official go to Tokyo?": Pompeo, not Esper who went with him.
        texts = [
            self._others_than_asked(f.roles["who"], parsed, f) or f.roles["who"].answer
            for f in facts
        ]
        return self._answered(
            text=f"{'; '.join(texts[:-1])}; and {texts[-1]}" if len(texts) > 1 else texts[0],
            facts=facts,
            role=Role("who", "", tuple(e for e in people if e not in parsed.excluded)),
            confidence=min(0.85, ranked[0].score),
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    def _visited_place_asked(self, parsed: Parsed, asks_person: bool) -> str | None:
        """The one place or country a "who visited X?" question asks about, if it is one."""
        # "Which U.S. official visited India?": the country of the ones asked, or the title
        # that describes them, is no place they went.
        places = [
            e
            for e in parsed.entity_ids
            if e not in parsed.excluded and e != parsed.nationality and e not in parsed.described
        ]
        if (
            (parsed.qtype != "who" and not asks_person)
            or (parsed.wants_other and not parsed.excluded)
            or parsed.negated
            or VISIT_TERM not in parsed.terms
            or not GOING_TERMS.issuperset(parsed.terms)
            or len(places) != 1
            or self._kind(places[0]) not in ("place", "country")
        ):
            return None
        return places[0]

    def _travellers(
        self, parsed: Parsed, place: str, going: list[FactEntry], exact: bool
    ) -> tuple[list[Fact], list[str], bool]:
        """The trips there whose people fit the question, the people, and whether someone
        went there who is of another country than the one asked."""
        facts: list[Fact] = []
        people: list[str] = []
        foreign = False
        # "Which U.S. officials…", "which Indian officials…": the countries they must be of.
        countries = {e for e in parsed.described if self._kind(e) == "country"}
        if parsed.nationality and self._kind(parsed.nationality) == "country":
            countries.add(parsed.nationality)
        for entry in going:
            fact = entry.fact
            who, where = fact.roles.get("who"), fact.roles["where"]
            if (
                who is None
                or not any(
                    e == place or (not exact and self._covers(place, e)) for e in where.entities
                )
                or not who.entities
                or any(self._kind(e) != "person" for e in who.entities)
                or set(who.entities) <= set(people)
            ):
                continue
            if not countries <= self._countries_of(who.entities):
                foreign = True
                continue
            if not all(self._fits_description(e, parsed) for e in who.entities):
                continue
            facts.append(fact)
            people.extend(e for e in who.entities if e not in people)
        return facts, people, foreign

    def _fits_description(self, person: str, parsed: Parsed) -> bool:
        """The person is of the country and the title a "which …" question gives: Esper for
        "which defense secretary", not Begin; either for "which U.S. official"."""
        if parsed.nationality and parsed.nationality not in self.index.part_of.get(person, ()):
            return False
        titled = {e for e in parsed.described if self._kind(e) == "person"}
        return not titled or person in titled

    def _asks_of_someone(self, parsed: Parsed) -> bool:
        """A yes or no asking whether someone did it: "did anyone go to New Delhi?", "did
        any other U.S. official visit New Delhi?", "did other officials travel there?",
        "has another American been to Delhi?"."""
        words = parsed.words
        if words[:1] not in (["did"], ["has"], ["have"], ["had"], ["was"], ["were"]):
            return False
        if words[1:2] in (["anyone"], ["anybody"], ["someone"], ["somebody"]):
            return True
        if words[1:2] == ["any"] and parsed.excluded:
            # "Did any official besides Esper visit New Delhi?": "any other official", said
            # with the ones set aside named.
            return any(KIND_NOUNS.get(w) == "person" for w in words[2:5])
        start = _other_subject_start(words)
        return bool(start) and (
            any(KIND_NOUNS.get(w) == "person" for w in words[start : start + 3])
            or self._people_named(parsed) is not None
        )

    def _people_named(self, parsed: Parsed) -> str | None:
        """The country whose people a yes or no asks of: "has another American been to
        Delhi?", "did any other Indian go?" (linked right after "other"), "did anyone else
        from the U.S. visit?" (after "from" in the subject)."""
        # "did any U.S. official besides Esper visit…?": linked right after "any" too
        start = _other_subject_start(parsed.words) or (2 if parsed.words[1:2] == ["any"] else 0)
        countries = [
            k.entity
            for k in parsed.entities
            if self._kind(k.entity) == "country"
            and (
                (start and k.start == start)
                or (0 < k.start <= 5 and "from" in parsed.words[max(0, k.start - 2) : k.start])
            )
        ]
        return countries[0] if countries else None

    def _only_those_set_aside(self, parsed: Parsed) -> bool:
        """The fact a "did anyone else…?" is pinned to has no one taking part but those
        the question sets aside: "Where did Esper meet Singh?" "Did anyone else attend?";
        "Who went to Tokyo?" "Did any other U.S. official go?" (the countries there are
        no officials)."""
        fact = self.factbase.facts.get(parsed.followup_fact or "")
        if fact is None or not parsed.wants_other:
            return False
        taking_part = [
            e
            for name in ("who", "with_whom")
            for e in (fact.roles[name].entities if name in fact.roles else ())
            if parsed.wanted_kind != "person" or self._kind(e) == "person"
        ]
        return bool(taking_part) and set(taking_part) <= parsed.excluded

    def _place_pinned(self, parsed: Parsed) -> str | None:
        """ "Where did Esper meet Singh?" "Did anyone else go there?": the one place of the
        fact the question is pinned to, when it names none."""
        fact = self.factbase.facts.get(parsed.followup_fact or "")
        where = fact.roles.get("where") if fact is not None else None
        if where is None or len(where.entities) != 1:
            return None
        people = self._people_named(parsed)
        if any(
            self._kind(e) in ("place", "country") and e not in (people, parsed.nationality)
            for e in parsed.entity_ids
        ):
            return None
        return where.entities[0]

    def _someone_went(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did anyone other than Esper go to New Delhi?": yes, if the article has others
        going there, named as "who else went…?" names them."""
        if not self._asks_of_someone(parsed):
            return None
        asked = copy(parsed)
        asked.qtype, asked.types = "who", ["who"]
        # "has another American been to Delhi?": Americans, as "which Americans…?" asks
        asked.nationality = asked.nationality or self._people_named(parsed)
        # "Did any official besides Esper visit New Delhi?": "official" says who may be
        # named, as in "which officials visited…?"; it is nothing they did.
        kind_terms = {term(w) for w in parsed.words[1:5] if KIND_NOUNS.get(w) == "person"}
        asked.terms = [t for t in asked.terms if t not in kind_terms]
        place = self._place_pinned(parsed) if parsed.wants_other else None
        if place is not None:
            # "Where did Esper meet Singh?" "Did anyone else go there?": to New Delhi, not
            # to meet the two carried over from the last question.
            asked.entities = [
                *(k for k in asked.entities if k.start >= 0 and k.entity not in parsed.excluded),
                soft_link(place),
            ]
            asked.terms = [t for t in asked.terms if t in GOING_TERMS]
            if not asked.terms and "been" in parsed.words:
                asked.terms = [VISIT_TERM]  # "has any other official been there?"
        went = self._all_who_went(asked, context, notes, self._rank(asked))
        if went is None and self._only_those_set_aside(parsed):
            # "Who went to Tokyo?" (Esper and Pompeo) "Did any other U.S. official go?": the
            # article names no one else there.
            return self._not_found(parsed, context, self._rank(parsed), notes)
        if went is None or went.abstained:
            # "Did any other Indian go to New Delhi?": those who went were Americans.
            return went
        return self._direct(
            text=f"Yes: {went.text}",
            facts=[self.factbase.facts[f] for f in went.fact_ids],
            confidence=went.confidence,
            parsed=parsed,
            context=context,
            notes=[*notes, "others the article has going there"],
            about=[e for e in went.context.answer_entities],
        )

    def _building_not_given(self, parsed: Parsed, role: Role) -> bool:
        """ "At which government building did Pompeo hold his presser?" is answered by a
        body whose seat it was (the State Department), never by a city."""
        return not BUILDING_WORDS.isdisjoint(parsed.words) and not any(
            self._kind(e) == "organisation" for e in role.entities
        )

    def _only_the_reference_act(self, entry: FactEntry, parsed: Parsed) -> bool:
        """ "Where did Pompeo brief reporters before setting off on his regional tour?": the
        act after "before" only places the one asked about; a fact whose act is only that one
        (his trip, to South Asia) does not say where he briefed them."""
        at = next((i for i, w in enumerate(parsed.words) if w in PLACING_WORDS), None)
        if at is None or ASKING_WORDS.isdisjoint(parsed.words[:at]):
            return False  # "His presser was before a trip to which region?": the trip asked
        acts = self.index.predicate_terms
        main = {term(w) for w in parsed.words[:at] if w not in STOPWORDS} & acts
        placing = {term(w) for w in parsed.words[at + 1 :] if w not in STOPWORDS} & acts
        return (
            bool(main - placing)
            and entry.predicate.isdisjoint(main)
            and not entry.predicate.isdisjoint(placing)
        )

    @staticmethod
    def _only_went(parsed: Parsed, entry: FactEntry) -> bool:
        """ "What did he do there?" after "where did Begin go?": going there is not what he
        did there."""
        return parsed.asks_action and "there" in parsed.words and entry.predicate <= GOING_TERMS

    def _both_sides(self, parsed: Parsed, entry: FactEntry, role: Role | None) -> str | None:
        """ "Who met on Monday?": a meeting has two sides, and the question names neither."""
        roles = entry.fact.roles
        if role is None or role.name != "who" or "with_whom" not in roles or parsed.excluded:
            return None  # "Singh met Esper. Who else did he meet?": not the two again
        asks_parties = not PARTY_TERMS.isdisjoint(parsed.terms) or not PARTY_WORDS.isdisjoint(
            parsed.words
        )
        if IN_THE_EVENT.match(parsed.text) and any(
            self._kind(e) == "event" for e in parsed.entity_ids
        ):
            asks_parties = True  # "where were the quad talks?" "who was in them?": all there
        if self._there_at_a_named_event(parsed):
            asks_parties = True
        grouped = any(link.group for link in parsed.entities)  # "the two defence chiefs"
        if parsed.qtype not in ("who", "keyword", "what") or not asks_parties:
            return None
        if parsed.qtype == "what" and not grouped:
            return None
        sides = {
            m
            for name in ("who", "with_whom")
            for e in roles[name].entities
            for m in self.index.expand(e)
        }
        # A side named by itself is not asked for; both named as a group ("which two
        # defence chiefs met?") are.
        if sides & {link.entity for link in parsed.entities if not link.group}:
            return None
        if self._one_side_spoken_for(parsed, sides):
            return None
        return two_sides(roles["who"].answer, roles["with_whom"].answer)

    def _there_at_a_named_event(self, parsed: Parsed) -> bool:
        """ "tokyo talks who was there": the question names the event itself, so "there"
        is at it, not a place recalled from before."""
        return THERE_AT_THE_EVENT.search(parsed.text) is not None and any(
            link.start >= 0 and self._kind(link.entity) == "event" for link in parsed.entities
        )

    def _one_side_spoken_for(self, parsed: Parsed, sides: set[str]) -> bool:
        """ "Who represented the US in New Delhi?", "who was there for India?": the
        question asks for one country's side only, so Singh is no answer for the U.S."""
        if _SPOKEN_FOR.isdisjoint(parsed.words):
            return False
        countries = {e for e in parsed.entity_ids if self._kind(e) == "country"}
        return any(
            any(country in self.index.part_of.get(side, ()) for side in sides)
            and not all(country in self.index.part_of.get(side, ()) for side in sides)
            for country in countries
        )

    def _counts_a_person(self, entry: FactEntry) -> bool:
        """The fact's count is of what one person did (Esper's second 2+2)."""
        doers = entry.fact.roles.get("who")
        return doers is not None and any(self._kind(e) == "person" for e in doers.entities)

    def _other_side_named(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The question names the fact's "with whom" ("with whom did Singh meet?"), so its
        "who" is the other side."""
        other = entry.fact.roles.get("with_whom")
        if other is None:
            return False
        named = {m for e in other.entities for m in self.index.expand(e)}
        return not named.isdisjoint(parsed.entity_ids)

    def _same_act_with(self, entry: FactEntry, name: str) -> FactEntry | None:
        """The one other fact with this role that tells of the same act: three or more of
        this fact's rarer words in its own statement ("expansion of information sharing"),
        as the index found them once."""
        found = [
            self.index.entries[other]
            for other in self.index.corroboration.same_act.get(entry.order, ())
            if name in self.index.entries[other].fact.roles
        ]
        return found[0] if len(found) == 1 else None

    def _asks_part_of(self, entry: FactEntry, whole: FactEntry, parsed: Parsed) -> bool:
        """The fact quotes a part of the other's passage ("the threat posed by China's
        Communist Party" within Pompeo's remark) and the question has every word of that
        part: a question worded after the whole passage ("the meetings during his visit
        included discussions on thwarting the threat posed by whom?") is as sure of the
        part that answers it. ("Who hosted the 2+2?" has not the words of "the 2+2 Dialogue
        between the U.S. and Indian foreign and defense ministers".)"""
        part, around = entry.fact.quote, whole.fact.quote
        return (
            part.article == around.article
            and around.start <= part.start
            and part.end <= around.end
            and (part.start, part.end) != (around.start, around.end)
            and self._quote_words(entry.fact) <= set(parsed.terms)
        )

    def _quote_words(self, fact: Fact) -> frozenset[str]:
        """The terms of the fact's quote that are not names of what it mentions ("the
        threat posed by China's Communist Party": threat, pose), found once per fact."""
        found = self._quote_words_memo.get(fact.id)
        if found is None:
            words = _linkable_words(fact.quote.text)
            named = {
                at
                for start, end, _ in self.index.alias_spans(words, lambda _: True)
                for at in range(start, end)
            }
            found = frozenset(
                term(word)
                for at, word in enumerate(words)
                if at not in named and word not in STOPWORDS
            )
            self._quote_words_memo[fact.id] = found
        return found

    def _says_whose(self, entry: FactEntry, parsed: Parsed) -> float:
        """ "Whose threat…?", "whose statement…?": how much the fact is about whose that thing
        is: it is about the thing, and its keywords say it tells whose."""
        if "whose" not in parsed.words[:-1]:
            return 0.0
        thing = term(parsed.words[parsed.words.index("whose") + 1])
        about = 0.1 if thing in entry.predicate else 0.0
        if SAY_TERM in entry.predicate and thing not in SPEECH_TERMS:
            about -= 0.1  # "whose threat did he speak of?": not whose words they were
        if WHOSE not in entry.fact.keywords:
            return about
        # The fact that says whose the thing is outranks others that only act on it:
        # "whose threat did the discussions focus on thwarting?" is who poses it, not the
        # free nations that would thwart it.
        return about + (0.5 if about > 0 else 0.1)

    def _whose_thing_unsaid(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "Whose threat did Singh talk about?": whose a thing the article names is comes
        only from a sentence that names it; one that does not ("…cooperation among the
        services…") tells no owner of it. A word the article never uses ("whose
        counterpart is Singh?") is a relation, told in other words."""
        if "whose" not in parsed.words[:-1]:
            return False
        thing = term(parsed.words[parsed.words.index("whose") + 1])
        return thing in self._article_terms and not _says_noun(thing, entry)

    def _tells_whose(self, scored: Scored, parsed: Parsed) -> bool:
        """ "Whose threat?": the fact is about the thing and says whose it is, and names
        everything the question itself names ("whose threat did Esper mention?" is not
        answered by it)."""
        return not scored.missing and self._says_whose(scored.entry, parsed) >= 0.5

    def _counts_numbered(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The fact's count is of what the question numbers: "which four countries…" and
        "Four countries: the United States, Japan, India and Australia"."""
        role = entry.fact.roles.get("how_many")
        return (
            parsed.numbered is not None
            and role is not None
            and role.answer.lower().startswith(parsed.numbered[0])
            and parsed.numbered[1] in entry.answer_terms.get("how_many", frozenset())
        )

    def _met_otherwise(self, entry: FactEntry, name: str, parsed: Parsed) -> bool:
        """The question asks whom a named person met ("the man Pompeo met", "the official
        meeting with Pompeo"): only a fact with them on one side of a meeting answers, from
        its other side. Those beside them (Esper, who went to Tokyo with Pompeo), what they
        said, and facts they are not a side of are not whom they met."""
        if parsed.qtype not in ("who", "with_whom") or name not in PERSON_ROLES:
            return False  # "where did Esper meet Singh?": where, not whom
        if parsed.done_by not in (None, _MEET_TERM):
            return False  # "who issued the statement about Esper's meeting with Singh?"
        sides = {
            side: {m for e in entry.role_entities.get(side, ()) for m in self.index.expand(e)}
            for side in ("who", "with_whom")
        }
        other = {"who": "with_whom", "with_whom": "who"}.get(name)
        met_ones = self._met_ones(parsed)
        if met_ones and not any(self._kind(e) == "person" for e in sides.get(name, ())):
            return True  # "who met with Pompeo?": a person, not the countries at the talks
        return any(other is None or link.entity not in sides[other] for link in met_ones)

    def _met_ones(self, parsed: Parsed) -> list[Linked]:
        """The persons the question has someone meet: "Pompeo met", "meeting with Pompeo"."""
        words = parsed.words
        met = []
        for link in parsed.entities:
            if link.entity in parsed.described or self._kind(link.entity) != "person":
                continue  # "which two chiefs met": the two asked
            after = words[link.end : link.end + 1]
            before = words[max(0, link.start - 2) : link.start]
            # "who is Esper meeting…?": the progressive, not the noun ("Esper meeting notes")
            progressive = after == ["meeting"] and words[link.start - 1 : link.start] in (
                ["is"],
                ["was"],
                ["be"],
            )
            if (
                after in (["met"], ["meet"], ["meets"])
                or progressive
                or (before[-1:] == ["with"] and before[:1] and before[0] in _MEETING_WORDS)
            ):
                met.append(link)
        return met

    @staticmethod
    def _asks_city(parsed: Parsed) -> bool:
        """The kind asked is a city: "which city…", "in what town…", "I need the city…",
        "the city where the press conference was"."""
        words = parsed.words
        if words[:1] == ["the"] and words[1:2] and words[1] in CITY_NOUNS:
            return True
        return any(words[i] in CITY_NOUNS for i in parsed.focus if i < len(words))

    def _names_a_city(self, role: Role | None) -> bool:
        """The role names a city: a place within a country (New Delhi, Tokyo), not a
        region (South Asia) or a body (the State Department)."""
        places = role.entities if role is not None else ()
        return any(
            self._kind(e) == "place"
            and any(self._kind(p) == "country" for p in self.index.part_of.get(e, ()))
            for e in places
        )

    def _only_regions(self, role: Role | None) -> bool:
        """The role names only places in no country (South Asia), not a country or a city
        of one (New Delhi, in India)."""
        places = role.entities if role is not None else ()
        return bool(places) and all(
            self._kind(e) == "place"
            and not any(self._kind(p) == "country" for p in self.index.part_of.get(e, ()))
            for e in places
        )

    @staticmethod
    def _agreement_unsaid(parsed: Parsed, entry: FactEntry) -> bool:
        """ "What was agreed …?" answered by a fact in which nothing is agreed to, committed
        to or reached as an agreement."""
        return (
            parsed.qtype == "what"
            and _AGREE_TERM in parsed.terms
            and entry.bag.isdisjoint(_AGREEING_TERMS)
        )

    @staticmethod
    def _kept_to_agreeing(parsed: Parsed, ranked: list[Scored]) -> list[Scored]:
        """ "What did the two sides agree to address?": only a fact in which something is
        agreed or committed to answers (pressing global security challenges), not the
        partnership's purpose of addressing China's threat, which no one agreed in it."""
        if _AGREED_TO.search(parsed.text) is None:
            return ranked
        agreeing = [r for r in ranked if not r.entry.bag.isdisjoint(_AGREEING_TERMS)]
        return agreeing or ranked

    def _act_of_others(self, parsed: Parsed, entry: FactEntry) -> bool:
        """ "What did <someone> <do>?" where the fact about them has none of the question's
        words of doing, though the article has others do it: the answer would be what he
        did otherwise, given as if it were this."""
        if parsed.qtype != "what" or parsed.types != ["what"] or parsed.asks_action:
            return False
        # "Tell me about Pompeo." "What did he praise?": "he" stands for him as a name would.
        pointed = bool(parsed.pronouns & {"person", "plural"})
        people = [
            link.entity
            for link in parsed.entities
            if (link.start >= 0 or pointed) and self._kind(link.entity) == "person"
        ]
        doing = [t for t in parsed.terms if t in self.index.predicate_terms]
        return (
            bool(people and doing) and doing == list(parsed.terms) and entry.bag.isdisjoint(doing)
        )

    def _done_elsewhere(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The question's verb ("poses" in "who poses the threat?") is what another fact's
        doer does to the same thing, and this fact's doers do not do it: they only share
        its object."""
        doing = parsed.done_by
        if doing is None or doing in entry.bag:
            return False
        shared = (set(parsed.terms) - {doing}) & entry.predicate
        if not shared:
            return False
        # The facts that have the verb, or those that share the object, whichever are fewer:
        # the postings, not a scan, so the cost does not grow with the fact base.
        postings = self.index.postings
        doers = postings.get(doing, ())
        objects = [p for t in shared for p in postings.get(t, ())]
        pool = doers if len(doers) <= len(objects) else objects
        entries = self.index.entries
        return any(
            doing in entries[p].predicate and not shared.isdisjoint(entries[p].predicate)
            for p in pool
            if entries[p] is not entry
        )

    def _anchors(self, entry: FactEntry, entity: str) -> bool:
        """The place is where the event the fact is dated against went, not a rival place
        for the fact's own: "where did Pompeo hold a press conference before leaving for
        South Asia?" (the press conference was "before his trip to South Asia")."""
        when = entry.answer_terms.get("when", frozenset())
        known = self.factbase.entities.get(entity)
        names = {term(w) for w in normalise(known.name).split()} if known else set()
        return bool(when) and bool(names) and names <= when

    @staticmethod
    def _event_asked_not_named(entry: FactEntry, parsed: Parsed) -> bool:
        """ "Which meeting came ahead of the 2+2?", "what talks did Pompeo join?": an event is
        asked for by kind, and this fact's "what" names no event at all (the officials'
        description of the relationship, said "prior to the 2+2 meeting")."""
        asked = WHICH_EVENT.match(parsed.text)
        if asked is None:
            return False
        return EVENT_TERMS.isdisjoint(entry.answer_terms.get("what", frozenset()))

    def _person_at_bare_meeting(self, parsed: Parsed, context: Context) -> bool:
        """ "Which US official was at the meeting?", "who was at the bilat?": someone at "the
        meeting" named by nothing else, as a yes/no question about it is read."""
        asks_person = parsed.qtype == "who" or (
            parsed.qtype in ("what", "keyword") and parsed.wanted_kind == "person"
        )
        return asks_person and self._bare_meeting(parsed, context)

    @staticmethod
    def _named_in_words(parsed: Parsed) -> set[str]:
        """The entities the question's own words name, not those a follow-up carries over:
        "SecDef's counterpart in the Delhi bilat?" "Venue?": New Delhi, which the last
        question named, is still the answer to where."""
        return {link.entity for link in parsed.entities if link.start >= 0}

    def _role_fits(self, entry: FactEntry, name: str, parsed: Parsed, qtype: str) -> bool:
        if qtype == "with_whom" and name == "who" and not self._other_side_named(entry, parsed):
            return False  # "with whom could free nations work?": not who said they could
        named = entry.role_entities.get(name, frozenset())
        declared = {m for e in entry.fact.roles[name].entities for m in self.index.expand(e)}
        asked = set(parsed.entity_ids)
        echoed = self._named_in_words(parsed) if qtype == name == "where" else asked
        if (
            declared
            and declared <= (echoed - parsed.described) | parsed.excluded
            and not self._adds_to(entry, name, parsed, declared)
        ):
            return False  # "who met Singh?" is not answered by "Singh"
        if declared and declared <= parsed.excluded:
            return False  # "apart from BECA, what did they do?": never BECA, however told
        if name == "where" and any(
            self._kind(e) == "place" and e not in declared and not self._anchors(entry, e)
            for e in asked - parsed.excluded
        ):
            return False  # "where is New Delhi?" is not answered by Tokyo
        if (
            name == "where"
            and not GOING_TERMS.isdisjoint(parsed.terms)
            and GOING_TERMS.isdisjoint(entry.predicate)
            and entry.predicate.isdisjoint(parsed.terms)  # "the press conference about his trip"
        ):
            return False  # "where was he going?": where he went, not where he spoke
        if name in ("who", "with_whom", "where") and self._hosted_elsewhere(entry, parsed):
            return False  # "who hosted the 2+2?": Singh hosted the meeting ahead of it
        if name == "where" and self._country_of_event_in_passing(entry, parsed):
            return False  # "which countries attended the 2+2?": not India, the meeting's
        if name != "with_whom" and self._done_to_a_co_doer(entry, parsed):
            return False  # "what did Esper thank Singh for?": they expressed it together
        if self._met_otherwise(entry, name, parsed):
            return False  # "who is the man Pompeo met?": not Esper, who went with him
        if name in ("who", "with_whom") and self._title_of_another_country(entry, name, parsed):
            return False  # "who is the minister of defence of USA?": not Singh, India's
        if name == "who" and self._done_elsewhere(entry, parsed):
            return False  # "who poses the threat?": not Esper and Singh, who address threats
        called = CALLED_EVENT.match(parsed.text) if name == "what" else None
        if (
            called is not None
            and term(called[1]) not in entry.answer_terms.get("what", ())
            and not set(parsed.entity_ids) & named
        ):
            # "what is the meeting called?", "what is the threat called?": not what the
            # relationship was called ("the two countries" are among the relationship's own)
            return False
        if name == "what" and self._event_asked_not_named(entry, parsed):
            return False  # "which meeting came ahead of the 2+2?": not the officials' words
        if name == "what" and self._asked_only_in_passing(entry, parsed):
            return False  # "what is the threat?": not the partnership that addresses it
        if name == "when" and self._dated_by_the_asked(entry, parsed):
            return False  # "when did Pompeo go to South Asia?": not "before his trip there"
        if name == "why" and any(
            t in self.index.predicate_terms
            and t not in entry.predicate
            # "what did the DOD say it is meant to address?": the speaker's saying frames
            # the question; the fact was already found said by them.
            and not (parsed.speakers and t in SPEECH_TERMS)
            and t not in ASKS_PURPOSE  # "what's the aim of that work?" asks why
            and not (
                PURPOSE_CLAUSE.match(entry.fact.roles["why"].answer)
                and t in entry.answer_terms.get("why", frozenset())
            )
            for t in parsed.terms
        ):
            # "Why are India-China relations deteriorating?" is not answered by why U.S.-India
            # relations warm: a reason answers for what its own fact says happens, or for
            # the words of a purpose it states ("to address…": "what is it meant to tackle?").
            return False
        if (
            name == "why"
            and qtype == "why"
            and "why" in parsed.words
            and parsed.terms
            and all(t in entry.answer_terms.get("why", ()) for t in parsed.terms)
        ):
            # "Why is China a threat?" is not answered by "to address the threat posed by
            # China": a reason that already holds what is asked about cannot be its cause.
            return False
        pairs = {t for t in parsed.span_terms if "-" in t}
        if (
            name == "why"
            and pairs
            and "what" in entry.fact.roles
            and pairs.isdisjoint(entry.answer_terms.get("what", frozenset()))
            and not PURPOSE_CLAUSE.match(entry.fact.roles["why"].answer)
        ):
            return False  # "why are India and China not getting along?": not U.S.-India
        if (
            parsed.nationality
            and (
                name in ("who", "with_whom")
                or parsed.wanted_kind in ("person", "organisation", "thing")
            )
            and not any(parsed.nationality in self.index.part_of.get(e, ()) for e in declared)
        ):
            # "which Australian minister…" is not answered by Americans, nor "which Chinese
            # officials responded to Pompeo?" by what Pompeo said
            return False
        if (
            parsed.other_side_of
            and name in ("who", "with_whom")
            and any(self._kind(e) == "person" for e in declared)
            and all(
                parsed.other_side_of in self.index.part_of.get(e, ())
                for e in declared
                if self._kind(e) == "person"
            )
        ):
            return False  # "the American secretary's counterpart" is no American
        if (
            parsed.within
            and name == "where"
            and not any(parsed.within in self.index.part_of.get(e, ()) for e in declared)
        ):
            return False  # "which Japanese city…" is not answered by New Delhi
        described_people = {e for e in parsed.described if self._kind(e) == "person"}
        if (
            described_people
            and name in ("who", "with_whom")
            and declared
            and not declared & described_people
            and all(self._kind(e) == "person" for e in declared)
        ):
            return False  # "Which defence minister represented India?": Singh, not Esper
        if name == "with_whom" and qtype == "who" and VISITOR_ASKED.match(parsed.text):
            return False  # "who visited New Delhi besides Esper?": not Singh, whom he visited
        if (
            name != "where"
            and parsed.wanted_kind in ("country", "place")
            and not VISIT_WORDS.isdisjoint(parsed.words)
            and any(self._kind(e) == "person" for e in asked)
        ):
            return False  # "which countries did Pompeo visit?": where he went, not who met
        own = self._own_count_of(entry.fact) if name == "how_many" else ()
        if own and not set(own) & set(parsed.entity_ids):
            return False  # "which 2+2 is this?" is not answered by Esper's own count
        if (
            name == "how_many"
            and BEFORE_THIS.search(parsed.text)
            and not ORDINAL_WORDS.intersection(normalise(entry.fact.statement).split())
        ):
            return False  # "how many before this one?": a total says nothing of this one
        if (
            name == "how_many"
            and parsed.own_count_of is not None
            and parsed.own_count_of not in own
        ):
            return False  # "And Pompeo?" after Esper's own count: only a count of Pompeo's
        counts = entry.answer_terms.get(name, frozenset())
        if name == "how_many" and parsed.counted is not None:
            counting = COUNT_OF_KIND.match(entry.fact.roles[name].answer.lower())
            if (
                counting is not None
                and term(counting["kind"]) != parsed.counted
                and parsed.counted in {term(w) for w in normalise(counting["listed"]).split()}
            ):
                return False  # "how many services?" is no count of areas, one of them services
        if name == "how_many" and qtype != "how_many" and not self._counts_numbered(entry, parsed):
            return False  # "which two countries…" wants the two, not any count of two
        if name == "how_many" and parsed.counted == TIME_TERM:
            if not counts.isdisjoint(KIND_TERMS):
                return False  # "how many times…?" is no count of countries
            if OCCASION_TERMS.isdisjoint(counts | entry.statement_terms):
                return False  # nor of areas: it counts meetings, dialogues, times
        if (
            name == "how_many"
            and parsed.counted is not None
            and parsed.counted != TIME_TERM  # "how many times…" counts any occasions
            and parsed.counted in self.index.known_terms
            and parsed.counted not in entry.answer_terms.get(name, frozenset())
            and parsed.counted not in entry.statement_terms
            and parsed.counted not in entry.predicate
            and not (parsed.counted_entity in entry.involved and counts.isdisjoint(KIND_TERMS))
        ):
            return False  # "how many times has Pompeo been to India?" is no count of countries
        if (
            name == "how_many"
            and parsed.counted is not None
            and parsed.counted in self.index.known_terms
            and parsed.counted not in counts
            and parsed.counted not in MEMBER_TERMS
            and not counts.isdisjoint(KIND_TERMS)
        ):
            return False  # "how many Quad talks have there been?" is no count of countries
        if name == "how_many" and self._counts_another_kind(entry, parsed):
            return False  # "how many trips did Pompeo make?" is no count of countries
        if name == "how_many" and self._counts_another_noun(entry, parsed):
            return False  # "how many services?" is not "Three areas… among the services"
        if (
            name == "how_many"
            and parsed.counted in COUNTRY_TERMS
            and not VISIT_WORDS.isdisjoint(parsed.words)
            and any(self._kind(e) == "person" for e in asked)
        ):
            return False  # "how many countries has Esper visited?": not the four at Tokyo
        if name == "how_many" and self._lists_another_kind(entry, parsed):
            return False  # "how many U.S. officials?" is not "Two: the U.S. and India"
        if name == "how_many" and parsed.counted is not None:
            doing = [
                t for t in parsed.terms if t != parsed.counted and t in self.index.predicate_terms
            ]
            events = [e for e in asked if self._kind(e) == "event" and e in entry.involved]
            if doing and not events and all(t not in entry.predicate for t in doing):
                return False  # "how many times has Esper visited India?": not his 2+2 count
        if (
            name in ("who", "with_whom")
            and MINISTERS_MAKING_UP.search(parsed.text)
            and MINISTER_TERM not in entry.answer_terms.get(name, frozenset())
        ):
            return False  # "which ministers make up the quad?" is not "Esper and Pompeo"
        qualifier = parsed.title_qualifier
        if qualifier is not None and name in ("who", "with_whom") and declared:
            # "Who represented India's foreign ministry?": someone whose title says so.
            people = [e for e in declared if self._kind(e) == "person"]
            titles = [self._identity_of(e) for e in people]
            if people and not any(
                t is not None and qualifier in normalise(t.statement) for t in titles
            ):
                return False
        if (
            parsed.wants_other
            and name in ("who", "with_whom")
            and not declared - asked - parsed.excluded
        ):
            return False  # "who else…" needs someone the question does not name
        if (
            parsed.wants_other
            and parsed.nationality
            and name in ("who", "with_whom")
            and not any(
                parsed.nationality in self.index.part_of.get(e, ()) for e in declared - asked
            )
        ):
            return False  # "the other US guy with Esper" is no Indian
        if (
            parsed.one_person
            and name in ("who", "with_whom")
            and entry.fact.roles[name].entities
            and all(self._kind(e) == "group" for e in entry.fact.roles[name].entities)
        ):
            return False  # "who is the foreign minister taking part?" is not "the ministers"
        if parsed.copula and name in ("who", "with_whom"):
            if not declared:
                return False  # "who is …?" wants a person, not a description
            if parsed.singular and all(
                self._kind(e) == "group" for e in entry.fact.roles[name].entities
            ):
                return False  # "who is India's foreign minister?" is not "the ministers"
            # "Who is India's foreign minister?": the answer must be what the question describes.
            described = entry.answer_terms.get(name, frozenset())
            if any(t not in described for t in parsed.terms):
                return False
        if parsed.wanted_kind and (named or name in ("what", "who", "with_whom")):
            kinds = {self._kind(e) for e in named - (asked - parsed.described)}
            if parsed.wanted_kind == "country":
                kinds = {"country" if k == "place" else k for k in kinds}  # cities are in one
            if parsed.wanted_kind == "person":
                kinds = {"person" if k == "group" else k for k in kinds}  # "the ministers"
            if parsed.wanted_kind not in kinds:
                return False  # "which city…" is not answered by a department
            if parsed.wanted_kind == "organisation" and not self._a_department_if_asked(
                named - (asked - parsed.described), parsed
            ):
                return False  # "what department is Pompeo in?": not China's Communist Party
        return True

    def _a_department_if_asked(self, named: set[str] | frozenset[str], parsed: Parsed) -> bool:
        """A question asking for a department or ministry ("which department?", "what
        ministry does Begin work in?") is answered only by one so named (the State
        Department), not by any other body the fact names (China's Communist Party)."""
        if DEPARTMENT_NOUNS.isdisjoint(parsed.words):
            return True
        entities = self.index.factbase.entities
        return any(
            e in entities
            and entities[e].kind == "organisation"
            and not DEPARTMENT_NOUNS.isdisjoint(normalise(entities[e].name).split())
            for e in named
        )

    def _country_of_event_in_passing(self, entry: FactEntry, parsed: Parsed) -> bool:
        """ "Which countries attended the 2+2?": the fact places the meeting ahead of the
        2+2 in New Delhi, India, but names the 2+2 only in passing; its place is no country
        of the 2+2's."""
        return parsed.wanted_kind == "country" and any(
            self._kind(e) == "event" and e in entry.involved and e not in entry.central
            for e in parsed.entity_ids
        )

    def _hosted_elsewhere(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The question asks who or where hosted an event the fact names only in passing
        ("ahead of the 2+2 Dialogue"): the fact's host and place are another event's."""
        if HOST_TERM not in parsed.terms:
            return False
        return any(
            self._kind(e) == "event" and e in entry.involved and e not in entry.central
            for e in parsed.entity_ids
        )

    def _done_to_a_co_doer(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The question has one person act on another ("Esper thank Singh"), and the fact
        has the two doing it side by side ("The two Secretaries of Defense expressed
        appreciation"), with no one it was done to: it does not say one did it to the other."""
        if "with_whom" in entry.fact.roles:
            return False  # "when did Esper meet Singh?": the one he met
        who = entry.fact.roles.get("who")
        doers = {m for e in (who.entities if who else ()) for m in self.index.expand(e)}
        links = sorted(parsed.entities, key=lambda link: link.start)
        return any(
            second.start == first.end + 1
            and first.entity != second.entity
            and parsed.words[first.end] not in CO_DOING
            and self._kind(first.entity) == self._kind(second.entity) == "person"
            and {first.entity, second.entity} <= doers
            for first, second in pairwise(links)
        )

    def _counts_another_kind(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The count names its kind ("Four countries: …"), and the question counts a thing of
        no such kind (trips, meetings): the number is not theirs."""
        counted = parsed.counted
        if counted is None or counted == TIME_TERM or counted in MEMBER_TERMS:
            return False
        counting = COUNT_OF_KIND.match(entry.fact.roles["how_many"].answer.lower())
        if counting is None or term(counting["kind"]) not in KIND_TERMS:
            return False  # "Three areas are named…": not a kind of entity
        kinds = {kind for word, kind in KIND_NOUNS.items() if term(word) == counted}
        if KIND_NOUNS.get(counting["kind"]) in kinds:
            return False  # "how many nations…?" counts countries
        # "hw many contries…": a misspelling of the kind is that kind.
        return OSA.distance(counted, term(counting["kind"])) > 1

    def _lists_another_kind(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The count names no noun but lists what it counts ("Two: the U.S. and India"), and
        the question counts a kind none of them is ("how many U.S. officials?": people, not
        countries): the number is not theirs."""
        counted = parsed.counted
        if counted is None or counted == TIME_TERM or counted in MEMBER_TERMS:
            return False
        if not entry.fact.roles["how_many"].answer.split()[0].endswith(":"):
            return False  # "Four countries: …" says its kind; see _counts_another_kind
        kinds = {kind for word, kind in KIND_NOUNS.items() if term(word) == counted}
        listed = {self._kind(e) for e in entry.role_entities.get("how_many", ())}
        if "country" in kinds:
            kinds.add("place")  # "how many nations…?" may list their capitals
        return bool(kinds) and bool(listed) and kinds.isdisjoint(listed)

    def _counts_another_noun(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The count says what it counts ("Three areas are named: cooperation among the
        services…"), and the question counts something else the fact names (the services,
        "the two militaries"): that number is not theirs."""
        counted = parsed.counted
        if counted is None or counted == TIME_TERM or counted in MEMBER_TERMS:
            return False
        # The raw answer: "Two: the U.S. and India" names no noun after its number.
        words = entry.fact.roles["how_many"].answer.split(maxsplit=2)
        if len(words) < 2 or words[0].lower() not in NUMBER_WORDS:
            return False  # "Three", "Two: the U.S. and India"
        # "Four countries: …" answers "how many nations…?"; "Two militaries" answers no
        # "How many statements are mentioned?" nor "how many defense chiefs…?", whatever
        # else its sentence names.
        return term(normalise(words[1]).strip()) != counted

    def _asked_only_in_passing(self, entry: FactEntry, parsed: Parsed) -> bool:
        """ "What is the threat?" asks what the threat is: the answer must be one ("A threat
        that…"), not something else its fact says in the same breath ("The … partnership,
        one of whose purposes is to counter the threat…", "That meetings… included
        discussions on how… to thwart the threat…", "To continue to work together on pressing
        global security challenges…" for "what are the challenges?")."""
        asked = ASKED_THING.match(parsed.text)
        if asked is None:
            return False
        noun = (asked[1] or asked[2]).split()[-1]
        thing = term(noun)
        if thing not in parsed.terms:
            return False  # "what is the 2+2?": an entity, which its own facts define
        if thing != stem(noun):
            return False  # "composition" read as "participate": the fact may say it otherwise
        answer = entry.fact.roles["what"].answer
        said = {term(w) for w in normalise(entry.fact.quote.text).split()}
        if thing not in said | entry.statement_terms | entry.answer_terms.get("what", frozenset()):
            return False  # "what is his title?": "U.S. Secretary of Defense"
        for item in ANSWER_ITEMS.split(answer):
            words = normalise(item).split()
            if words[:1] and words[0] in ADJUNCT_OPENS:
                if thing in {term(w) for w in words}:
                    return False  # "…, in U.S. officials' words the world's two largest…"
                continue
            head = [
                term(w)
                for w in words[
                    : next((i for i, w in enumerate(words) if w in HEAD_ENDS), len(words))
                ]
            ]
            if thing in head:
                return False
        return True

    def _dated_by_the_asked(self, entry: FactEntry, parsed: Parsed) -> bool:
        """The fact is dated only against another event ("before his trip to South Asia"),
        and the question asks when that other event was, not this fact's own: the answer
        would say when he spoke, and the article gives no date for the trip."""
        if not RELATIVE_TIME.search(normalise(entry.fact.roles["when"].answer)):
            return False
        doing = [t for t in parsed.terms if t in self.index.predicate_terms]
        if any(t in entry.predicate for t in doing):
            return False  # "when did Pompeo speak before his trip?": this fact's own event
        doers = entry.role_entities.get("who", frozenset()) | entry.role_entities.get(
            "with_whom", frozenset()
        )
        anchor = entry.role_entities.get("when", frozenset())
        return any(e in anchor and e not in doers for e in parsed.entity_ids) or any(
            t in entry.answer_terms.get("when", frozenset()) for t in doing
        )

    def _adds_to(self, entry: FactEntry, name: str, parsed: Parsed, declared: set[str]) -> bool:
        """A "what" answer that says more than the names the question already gives
        ("the U.S.-India relationship: one of the most significant…") is still an answer."""
        if name != "what":
            return False
        known = set(parsed.terms) | set(parsed.span_terms)
        for entity in declared | entry.role_entities.get(name, frozenset()):
            known |= self.index.entity_terms.get(entity, frozenset())
        return len(entry.answer_terms.get(name, frozenset()) - known) >= 2

    def _names_any(self, role: Role) -> bool:
        """The role names someone or something, not only a group it never lists ("free
        nations")."""
        return any(
            self._kind(e) != "group" or any(m != e for m in self.index.expand(e))
            for e in role.entities
        )

    @staticmethod
    def _a_kind(phrase: str) -> bool:
        """ "emerging technologies", not "four countries": words that say what sort."""
        words = [w for w in phrase.split() if not w.isdigit() and w not in NUMBER_WORDS]
        return len(words) >= 2

    def _holder_now(self, normalised: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Who's the current US defense secretary?": who holds the post today, which the
        article cannot say; it says who held it then (Esper), which the reply gives."""
        if HOLDER_NOW_ASKED.search(normalised) is None or "article" in normalised.split():
            return None  # "who is the current defense secretary in the article?" it says
        if not any(term(w) in self._title_terms for w in normalised.split()):
            return None  # "who is currently heading to Tokyo?" is no post
        then = self._answer(" ".join(NOW_WORDS.sub(" ", normalised).split()) + "?", context)
        if then.abstained:
            return None  # "who is the current president?": the article has no president
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article can't say who holds the post now, only who did when it was written."
            f" What it says: {then.text}",
            context,
            notes=tuple(notes),
        )

    def _names_of_last(self, normalised: str, context: Context) -> Answer | None:
        """ "Who called it one of the most significant relationships?" (U.S. government
        officials) "What are their names?", "names?", "which one, specifically? name
        please": the names of those just answered, a group the article never names; not
        whatever other fact the bare question happens to score best on. The last question
        need not have asked who: "How did U.S. officials describe it?" "When?" "Which
        officials? names pls" asks for the same unnamed speakers."""
        if context.fact_id is None:
            return None
        if NAMES_ASKED.search(normalised) is None or len(normalised.split()) > NAMES_WORDS:
            return None
        entry = self.index.by_id.get(context.fact_id)
        parsed = Parsed(text=normalised, words=normalised.split(), qtype="who", types=["who"])
        refusal = self._names_not_given(parsed, entry) if entry is not None else None
        if refusal is None:
            return None
        return self._abstain(AbstainReason.NOT_IN_ARTICLE, refusal, context)

    @cached_property
    def _unnamed_groups_by_noun(self) -> dict[str, list[str]]:
        """The groups the article never lists ("U.S. government officials", "free
        nations"), by the last word of their name; none whose word is a title someone
        named holds ("ministers": Singh is one)."""
        entities = self.factbase.entities.values()
        titles = {
            stem(w)
            for e in entities
            if e.kind == "person"
            for w in normalise(e.description).split()
        }
        groups: dict[str, list[str]] = {}
        for e in entities:
            noun = stem(normalise(e.name).split()[-1])
            if e.kind == "group" and not e.members and noun not in titles:
                groups.setdefault(noun, []).append(e.id)
        return groups

    def _names_of_unnamed_group(self, normalised: str, context: Context) -> Answer | None:
        """ "What are the U.S. officials' names?", "names of the free nations?": a group the
        article never lists, so no names; not the United States, nor any other fact."""
        asked = GROUP_NAMES_ASKED.search(normalised)
        if asked is None:
            return None
        # the group's own word ("nations"), not one for the same ("quad countries names")
        noun = stem(asked["owner"] or asked["of"])
        groups = self._unnamed_groups_by_noun.get(noun, [])
        if len(groups) != 1:
            return None
        group = self.factbase.entities[groups[0]]
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't name them: it says only “{group.name}”.",
            context,
        )

    def _names_not_given(self, parsed: Parsed, entry: FactEntry) -> str | None:
        """ "Which officials, by name, called it…?": the article names no one of them."""
        who = entry.fact.roles.get("who")
        if who is None or not who.entities or NAMES_ASKED.search(parsed.text) is None:
            return None
        if any(self._kind(e) != "group" for e in who.entities):
            return None  # "the names of those who issued the statement": the Department
        people = [m for e in who.entities for m in self.index.expand(e)]
        if any(self._kind(m) == "person" for m in people):
            return None
        return f"The article doesn't name them: it says only “{who.answer}”."

    def _role_naming_kind(
        self, parsed: Parsed, role: Role | None, entry: FactEntry, context: Context
    ) -> Role | None:
        """The role of the fact that says the kind of thing asked for by name. "Why share
        information?" (to address pressing global security challenges) "What security
        challenges specifically?": the same fact's why names them, its what does not; the
        detail is asked of that mention, which names none."""
        kind = self._kind_named(parsed)
        if role is None or kind is None or not parsed.wants_detail:
            return role
        if kind in normalise(role.answer):
            return role
        if not self._a_kind(kind):
            # "Which challenges specifically?" right after "to address pressing global
            # security challenges": the last answer's one word, of things it names none of.
            return self._last_role_naming(kind, context) or role
        naming = [r for r in entry.fact.roles.values() if kind in normalise(r.answer)]
        return naming[0] if naming else role

    def _last_role_naming(self, kind: str, context: Context) -> Role | None:
        """The role the last answer came from, when it says `kind` and names no one and
        nothing of that kind ("pressing global security challenges")."""
        last = self.index.by_id.get(context.fact_id or "")
        role = last.fact.roles.get(context.role or "") if last is not None else None
        if role is None or self._names_any(role):
            return None
        return role if kind in normalise(role.answer).split() else None

    @staticmethod
    def _kind_named(parsed: Parsed) -> str | None:
        """The things asked for by name: "security challenges" in "what specific security
        challenges?" and "which security challenges exactly?"."""
        named = (
            WHICH_NAMED.match(parsed.text)
            or WHICH_KIND_DOES.match(parsed.text)
            or EXAMPLE_OF.match(parsed.text)
        )
        if named is None:
            return None
        kind = SPECIFIC_WORD.sub("", named[1])
        # "and what about the militaries": no kind of thing asked for by name
        return None if kind.split()[0] in NO_KIND_WORDS else kind

    def _kind_only_pointed_at(self, kind: str, role: Role) -> bool:
        """ "Which services will cooperate?", "which military services are involved?": the
        answer says only "cooperation among the services", pointing at the kind asked (or
        its last word) with "the" and naming none of them."""
        if self._names_any(role):
            return False
        return _kind_pointed_at(kind.split()[-1]).search(normalise(role.answer)) is not None

    def _kind_restated(self, kind: str, parsed: Parsed, role: Role) -> bool:
        """ "Which emerging technologies…?", "what defense trade enhancements are
        prioritized?": a kind of thing, and the answer only says the kind again, naming none
        of its members."""
        answer = normalise(role.answer)
        if kind not in answer:
            return False
        if parsed.wants_detail:
            return True
        if not self._a_kind(kind) or self._names_any(role):
            return False
        # "what communications capabilities…?" is answered by "enhancing secure
        # communications capabilities": a word before the kind that is no doing says which.
        return parsed.words[0] == "which" or all(
            before.endswith("ing") for before in re.findall(rf"(\w+) {re.escape(kind)}", answer)
        )

    def _contents_only_named(self, parsed: Parsed, role: Role, quote: str) -> str | None:
        """ "What does logistics engagement involve?": the answer ("…, and strengthening
        mutual engagement on logistics") only names it among others, and the quote says
        nothing more of it. "What does the cooperation include?" is told: the quote names
        the cooperation ("deepening cooperation…, including…") outside the list too."""
        asked = CONTENTS_ASKED.match(parsed.text)
        if asked is None:
            return None
        thing = asked["thing"] or asked["place"]
        stems = [stem(w)[:5] for w in thing.split() if w not in STOPWORDS]
        answer = [stem(w)[:5] for w in normalise(role.answer).split()]
        if not stems or any(s not in answer for s in stems):
            return None
        head = stems[-1]
        in_quote = [stem(w)[:5] for w in normalise(quote).split()].count(head)
        if in_quote > answer.count(head):
            return None
        said = role.answer.replace("“", "").replace("”", "")
        verb = asked["verb"] or "involve"
        verb = re.sub(r"^(\w+)", r"\1s", verb)  # "what logistics engagement involves"
        return f"The article doesn't say what “{thing}” {verb}: it says only “{said}”."

    def _names_thing_called(self, role: Role, head: str) -> bool:
        """The role names something the head noun is part of the name of ("agreement" in
        the Basic Exchange and Cooperation Agreement)."""
        return any(
            head in normalise(self.factbase.entities[m].name).split()
            for e in role.entities
            for m in self.index.expand(e)
            if m in self.factbase.entities
        )

    def _already_asked_of(self, parsed: Parsed, word: str) -> bool:
        """The question names `word` already ("China" in "what threat does China pose?",
        and in "what is the Chinese threat?" through the entity it names)."""
        if word in parsed.words:
            return True
        return any(
            word in normalise(self.factbase.entities[e].name).split()
            for e in parsed.entity_ids
            if e in self.factbase.entities
        )

    def _nature_only_pointed_at(self, parsed: Parsed, role: Role) -> str | None:
        """ "What is the threat posed by China?", "what threat does China pose?": the
        answer only points at the threat ("the threat posed by China's Communist Party",
        "to counter the threat posed by China") and never says what it is."""
        asked = NATURE_ASKED.match(parsed.text)
        if asked is None:
            return None
        head = asked["posed"] or asked["kind"] or asked["posing"] or asked["phrase"].split()[-1]
        if self._names_thing_called(role, head):
            return None  # an answer naming the thing asked of says what it is
        answer = normalise(role.answer)
        pointed = re.search(rf"\bthe {re.escape(head)} (?:posed|presented|raised) by (\w+)", answer)
        if pointed is None or not self._already_asked_of(parsed, pointed[1]):
            # "whats the threat the article keeps talking about?": the one posed by China,
            # which the answer tells; "what is the threat posed by China?" knew that.
            return None
        said = role.answer.replace("“", "").replace("”", "")
        return f"The article doesn't describe the {head}: it says only “{said}”."

    def _detail_not_given(self, parsed: Parsed, role: Role | None, quote: str = "") -> str | None:
        contents = self._contents_only_named(parsed, role, quote) if role is not None else None
        if contents is None and role is not None:
            contents = self._nature_only_pointed_at(parsed, role)
        if contents is not None:
            return contents
        kind = self._kind_named(parsed)
        if (
            role is not None
            and kind is not None
            and (
                self._kind_restated(kind, parsed, role)
                or self._kind_only_pointed_at(kind, role)
                # "name an example of a global security challenge": the answer names none
                or (
                    EXAMPLE_OF.match(parsed.text) is not None
                    and not self._names_any(role)
                    and kind in normalise(role.answer)
                )
            )
        ):
            # "Which emerging technologies specifically?": the answer only says "emerging
            # technologies" again.
            said = role.answer.replace("“", "").replace("”", "")
            return f"The article doesn't say which {kind}: it says only “{said}”."
        if (
            role is not None
            and SHARED_WHAT.search(parsed.text)
            and "information sharing" in normalise(role.answer)
        ):
            # "What info exactly are they sharing?": the article says only that they will
            # share more, never what.
            return f"The article doesn't say what information: it says only “{role.answer}”."
        if role is None or role.name != "when":
            return None
        answer = role.answer.lower()
        if parsed.wants_year and not YEAR.search(role.answer):
            return (
                f"The article doesn't give the year: it dates the events only as “{role.answer}”."
            )
        if parsed.wants_clock and not CLOCK_TIME.search(answer):
            return "The article doesn't give a time of day."
        if parsed.wants_date and not DATE.search(answer):
            return f"The article doesn't give a date for that; it says only “{role.answer}”."
        return None

    def _spoken_by(
        self, entry: FactEntry, speakers: set[str], statement: bool, sourced: bool = False
    ) -> bool:
        """The fact reports what one of these said: the source the article gives for its
        sentence, or its doers if they did it in words (praised, welcomed) and the question
        is not about a statement. `sourced` ("according to India, …"): only a fact someone
        is reported saying has a source; what the article itself tells has none."""
        source = self._sayers.get(entry.fact.id)
        if sourced and source is None and entry.predicate.isdisjoint(ACCOUNT_TERMS):
            return False
        roles = [source.roles.get("who") if source is not None else entry.fact.roles.get("who")]
        if source is not None and not statement and not entry.predicate.isdisjoint(WORDS_SAID):
            roles.append(entry.fact.roles.get("who"))  # "what did Esper say about…": praised
        said_by = {
            m
            for role in roles
            if role is not None
            for e in role.entities
            for m in self.index.expand(e)
        }
        return any(self._covers(s, d) for s in speakers for d in said_by)


def _relation_sides(pair: str) -> frozenset[str]:
    """The countries of one pair as typed ("US-India", "u.s.-china", "china"); empty when
    a word of it is no country the article pairs ("defense")."""
    words = [w for w in RELATION_SIDE_SPLIT.split(pair.strip().lower()) if w]
    sides = [RELATION_COUNTRIES.get(w.strip(",")) for w in words]
    if not sides or None in sides:
        return frozenset()
    return frozenset(s for s in sides if s is not None)


def _relations_match(asked: frozenset[str], pairs: list[frozenset[str]]) -> bool:
    """Whether a clause's pairs are the one asked: the same pair ("US-India"), or, for one
    country asked ("the China relationships"), every pair of the clause with it in."""
    if len(asked) == 1:
        return all(asked <= pair for pair in pairs)
    return asked in pairs


# A yes-or-no question, asked plainly or formally: "was this his first?", "would you
# confirm whether this was Esper's first participation?".
_YES_NO_ASKED = re.compile(
    r"^(?:is|are|was|were|did|does|do|has|have|had"
    r"|(?:would|could|can|will) you (?:please |kindly )?confirm (?:whether|if|that))\b",
    re.I,
)
# Pronouns that would point back into a premise dropped: "…, was it welcomed?".
_POINTS_INTO = re.compile(r"\b(?:it|its|they|them|their|he|she|him|her|his)\b", re.I)


# Words that date a half-claim: "was singh there on monday and esper on tuesday?"
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday oct october".split()
)


def _joined_verdicts(answers: list[Answer]) -> Answer:
    """Answers sharing one verdict as one: the first's "No. …" (or "Yes. …") and what each
    other says after its own verdict, with all their quotes."""
    first = answers[0]
    text = " ".join([first.text, *(after_verdict(a) for a in answers[1:])])
    return replace(merged(answers), text=text, corroborating=first.corroborating)


def _as_a_mention_claim(answer: Answer | None, what: str) -> Answer | None:
    """The answer to whether the article mentions something, remembered as that yes-or-no
    question: "Does this article talk about China?" (yes) "But the Pentagon statement?"
    asks it again of the statement."""
    if answer is None or answer.context.claim is not None:
        return answer
    claim = f"does the article mention {what}"
    return replace(answer, context=replace(answer.context, claim=claim))


def _outermost_quotes(answer: Answer) -> Answer:
    """The answer without quotes an earlier quote of it holds whole: a summary quoting the
    opening sentence and then, for the 2+2, "ahead of the 2+2 Dialogue…" from inside it shows
    the sentence once. A first quote that is part of a later one stays: it is the words that
    answer ("the U.S. Defense Department said in a statement"), the later one their sentence."""
    quotes = answer.quotes
    kept = tuple(
        quote
        for at, quote in enumerate(quotes)
        if not any(
            other.article == quote.article and other.start <= quote.start and quote.end <= other.end
            for other in quotes[:at]
        )
    )
    return answer if len(kept) == len(quotes) else replace(answer, quotes=kept)


def _with_corrections(answer: Answer, respelt: tuple[tuple[str, str], ...]) -> Answer:
    """The answer, its explanation noting the slips read as other words ("improvng")."""
    if not respelt or answer.explanation is None:
        return answer
    notes = tuple(f"corrected “{typed}” → “{meant}”" for typed, meant in respelt)
    explanation = replace(answer.explanation, notes=(*notes, *answer.explanation.notes))
    return replace(answer, explanation=explanation)


@lru_cache(maxsize=64)
def _kind_pointed_at(head: str) -> re.Pattern[str]:
    """ "the services", "the two services", "the military services": the last word of the
    kind pointed at, compiled once per word."""
    return re.compile(rf"\bthe (?:two |both )?(?:\w+ )?{re.escape(head)}\b")
