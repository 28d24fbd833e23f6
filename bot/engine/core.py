"""The engine's common ground: scoring facts against a question, and building the Answer
(quotes, confidence, context, suggestions, explanation) that every kind of answer returns."""

from __future__ import annotations

import abc
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cached_property
from typing import NamedTuple

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer, Explanation
from bot.engine.context import Context
from bot.engine.index import FactEntry, Index, _linkable_words, term
from bot.engine.lexicon import MONTHS, STOPWORDS, TITLE_WORDS, WEEKDAYS
from bot.engine.phrases import (
    is_bare_auxiliary,
    is_internal_note,
)
from bot.engine.question import (
    KIND_NOUNS,
    ORDINAL_WORDS,
    SORT_WORDS,
    Parsed,
    parse,
    question_type,
)
from bot.factbase.model import Entity, Fact, FactBase, Quote, Role
from bot.factbase.sentences import sentence_spans
from bot.text import normalise

# What "whose …?" asks for: someone or something that can own a thing ("whose threat?").
_OWNER_KINDS = frozenset({"person", "country", "organisation"})

__all__ = ["ANSWER_THRESHOLD", "MAX_QUESTION_CHARS", "EngineCore", "Scored"]


# Below this confidence the engine abstains: a wrong answer is worse than none.
ANSWER_THRESHOLD = 0.55
YESNO_THRESHOLD = 0.7
# "Which specific technologies…" asks for more than a summary sentence gives: be surer.
DETAIL_THRESHOLD = 0.85
MAX_QUESTION_CHARS = 500
MAX_SUGGESTIONS = 3
# Words that put a name as a place: "go to Beijing", "in Beijing", "visit Beijing".
_PLACE_BEFORE = frozenset("to in at visit visited visiting visits".split())
# "…after meeting Singh", "before his trip": the event a where-question is ordered against.
_ORDERED_AGAINST = prefilter.compile(
    r"\b(?:after|before|following|prior to|ahead of) (?P<anchor>(?:\w+ ?){1,4})"
)
_WH_ASKED = re.compile(r"\b(?:where|which|what|whereabouts)\b")
# A subject starting a clause of its own after an anchor ("before trip he have…").
_OWN_CLAUSE = re.compile(r"\b(?:he|she|they|we|i)\b")
_CLAUSE_OF_TIME = re.compile(r"\b(?:when|while|as)\b")
# The endings of the words for a country's people and things ("American", "Chinese").
_DEMONYM = re.compile(r"(?:an|ese|ish|i)$")
# How much naming an entity counts, by kind: countries are named everywhere, people are not.
ENTITY_WEIGHT = {"country": 1.0, "place": 2.0, "group": 2.0}
DEFAULT_ENTITY_WEIGHT = 3.0
# A question naming an entity the fact does not involve is probably about something else.
MISSING_ENTITY_FACTOR = {"country": 0.85, "place": 0.7, "organisation": 0.7, "group": 0.7}
COMMON_ENTITY_SHARE = 0.3
UNKNOWN_WORD_FACTOR = 0.7  # each word the fact base has never seen
UNKNOWN_WORD_WEIGHT = 1.0  # its weight in the share of the question a fact explains
RARE_TERM_FACTS = 2  # a term in this few facts is specific to them
RARE_TERM_FACTOR = 0.8  # each such term the fact lacks
# "Which American official…": words for the kind of answer, not for what happened.
KIND_TERMS = frozenset(term(w) for w in KIND_NOUNS)
SPEECH_TERMS = frozenset(term(w) for w in ("say", "statement", "discuss", "mention"))
ADJUNCT_SHARE = 0.5  # an entity only in a fact's when/where/why is not what it is about
# How a fact's `why` says the article gives no cause: "None is given: the article only…".
NO_CAUSE_GIVEN = "None is given"
PAIR_DEPTH = 8  # how many of the best facts to consider roles from
MAX_CANDIDATES = 200  # facts scored for one question, at most (see _candidates)
# A question term's postings are walked when they are at most this many times the
# candidates, or the term has no bit set; else each candidate is tested against its bit set.
POSTINGS_SCAN = 2
# "Which country…" may be answered by any role that names one.
KIND_ROLES = ("what", "who", "with_whom", "where", "why", "how")
SPAN_TERM_WEIGHT = 0.25
# The kinds of thing a conversation is set at or about: a place, an event, an agreement.
SETTING_KINDS = frozenset({"place", "event", "agreement"})
# "one of them", "among them": of those the last answer named.
_AMONG_THEM = frozenset({"of", "them"})

# "How did they view / react to / feel about the expansion of information sharing?": how
# someone took something, which a fact of welcoming or praising it tells by its verb.
_REACTION_WORDS = frozenset(
    "react reacted reacting reaction reactions respond responded response responses view viewed "
    "views regard regarded feel felt think thought attitude attitudes stance opinion opinions "
    "perceive perceived receive received reception"
    # "and their verdict on the robustness of the defence relationship?"
    " verdict verdicts assessment assessments appraisal evaluation judgement judgment".split()
)
# "How did they take / see it?": a reaction only in a how-question.
_REACTION_HOW_WORDS = frozenset("take took see saw".split())
# The verbs of how someone took something: facts with one answer "how did they view it?".
ATTITUDE_TERMS = frozenset(
    term(w) for w in "welcome welcomed praise praised appreciate appreciation hail laud".split()
)

ROLES_FOR = {
    "who": ("who", "with_whom"),
    "with_whom": ("with_whom", "who"),
    "when": ("when",),
    "where": ("where",),
    "why": ("why",),
    "how": ("how", "what"),
    "how_many": ("how_many",),
    "what": ("what",),
    "keyword": ("what",),
    "how_long": (),  # no fact records how long anything lasted
}


# "How many had Esper taken part in before this one?": the count, less the present one.
BEFORE_THIS = prefilter.compile(
    r"\b(?:before|prior to|ahead of) (?:this|the current|the present|that)(?: one| meeting| time"
    r"| dialogue| 2plus2)?\b|\bbefore now\b|\bpreviously\b"
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
COUNT_WORDS = ("none", "one", "two", "three", "four", "five")
# "two" is counted as "second": a count and the ordinal that names its last one.
ORDINAL_OF_COUNT = dict(zip((*COUNT_WORDS[1:], "six"), _ORDINALS, strict=True))


# Before or after "there", these make it existential ("was there a deal?", "did they say
# there was one?"), not a place ("was Singh there?"); "anything in there about…" is the
# article.
_EXISTENTIAL_NEIGHBOURS = frozenset(
    "is was are were be been has have had will would s isnt wasnt arent werent".split()
)


# A fact whose keywords say it lists kinds ("areas", "kinds", "types") answers "what kinds of
# cooperation did they commit to?" before the fact that only names the cooperation.
SORT_TERMS = frozenset(term(w) for w in SORT_WORDS)


def locative_there(words: list[str]) -> bool:
    """The question has "there" for a place ("was Singh there?", "did he go there?")."""
    padded = ["", *words, ""]
    return any(
        word == "there"
        and padded[i] not in _EXISTENTIAL_NEIGHBOURS | {"in"}
        and padded[i + 2] not in _EXISTENTIAL_NEIGHBOURS
        for i, word in enumerate(words)
    )


# A quote that ends where what was said would begin: "The DOD statement also said".
_SAID_AT_END = re.compile(r"\b(?:said|says|stated|states|added|noted)(?: that)?$")


def _shown_name_word(word: str) -> str:
    """A word of a name the article never uses, as shown: "Lanka", "PM", "of"."""
    if word == "of":
        return word
    return word.upper() if len(word) == 2 else word.capitalize()


def leading_count(answer: str) -> str | None:
    """The count a "how many" answer opens with ("Three", "Four countries: …"), as one of
    COUNT_WORDS, or None."""
    head = normalise(answer).split()[:1]
    return head[0] if head and head[0] in COUNT_WORDS[1:] else None


def _before_this(answer: str, statement: str) -> str | None:
    """ "Two: this is the second time…" asked as "how many before this one?": "One before
    this one: this is the second time…", when the statement counts this one as an ordinal."""
    head, _, rest = answer.partition(":")
    count = head.strip().lower()
    if count not in COUNT_WORDS[1:] or not rest:
        return None
    if ORDINAL_OF_COUNT[count] not in statement.lower().split():
        return None
    earlier = COUNT_WORDS[COUNT_WORDS.index(count) - 1]
    return f"{earlier.capitalize()} before this one:{rest}"


# "Did they sign the BECA?", "who signed it?": a signing, which the article never mentions.
# "Signed on to it" is joining; "signed on Monday", "on Oct. 26" is a signing on a day.
SIGNED_ASKED = prefilter.compile(
    r"\b(?:sign|signs|signed|signing)\b(?! (?:up|off)\b)"
    r"(?! on\b(?! (?:the )?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec|that|this)))"
)

# Terms of the ties between countries: "china relations?", "and the china ties?".
RELATIONS_ASKED = frozenset(
    term(w) for w in ("relation", "relations", "relationship", "relationships", "tie", "ties")
)

# "When will the agreement actually be signed?", "when are they going to sign it?": a
# signing to come, which the article no more tells of than a past one.
FUTURE_ASKED = re.compile(
    r"\b(?:will|would|shall|going to|gonna|expected to|supposed to|plan to|plans to|planned"
    r"|scheduled|due to|yet)\b"
)


class Scored(NamedTuple):
    """One fact as the ranking scored it: a named tuple, as a few dozen are made for each
    question and a frozen dataclass costs several times as much to build."""

    entry: FactEntry
    score: float  # share of the question the fact explains, 0..1
    missing: tuple[str, ...]  # question entities the fact does not involve
    predicate: bool  # a keyword of the fact is in the question


# What people do in talks, for "what did X discuss?".
DISCUSSION_TERMS = frozenset(
    term(w) for w in "discuss talk say agree praise commit welcome appreciate reinforce".split()
)


# What an event's own "when" places it against: "Before his trip to South Asia".
_BEFORE = prefilter.compile(r"\b(?:before|ahead of|prior to|earlier)\b")
_AFTER = prefilter.compile(r"\b(?:after|following|later)\b")
# Words that put an event on another day than the one it is placed against ("earlier this
# month"); "ahead of" and "before" may be hours apart on the same day.
_ANOTHER_DAY = frozenset({"earlier", "later"})
_DAY_NUMBER = prefilter.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


# The plain abstention: the article says nothing that answers, and the bot adds nothing.
NOT_SAID = "The article doesn't say. I only answer what the article states."

# Roles that answer who took part in an act, or when or where it was: of two sentences giving
# the same one, the answer comes from the one about the act asked of ("when did they meet?":
# the meeting, not the praise "during … meeting").
CIRCUMSTANCE_ROLES = frozenset({"who", "with_whom", "when", "where", "how_many"})


def _overlap(one: Quote, other: Quote) -> bool:
    """The two quotes share words of one article."""
    return one.article == other.article and one.start < other.end and other.start < one.end


def date_words(words: Iterable[str]) -> frozenset[str]:
    """The weekdays, months and days of the month these words name ("oct 26" → october,
    26); none unless a weekday or a month is among them ("after 26" names no date)."""
    said = list(words)
    found = {MONTHS[w] for w in said if w in MONTHS and w != "may"} | WEEKDAYS.intersection(said)
    if not found:
        return frozenset()
    days = {m[1] for w in said if (m := _DAY_NUMBER.match(w)) and 1 <= int(m[1]) <= 31}
    return frozenset(found | days)


class EngineCore(abc.ABC):
    """State and steps shared by every kind of answer; `Engine` puts them together."""

    def __init__(
        self, factbase: FactBase, *, threshold: float = ANSWER_THRESHOLD, index: Index | None = None
    ) -> None:
        self.factbase = factbase
        self.threshold = threshold
        # A prebuilt index (from the build cache) must have been built from this factbase.
        self.index = index if index is not None and index.factbase is factbase else Index(factbase)
        self._identity_facts = {
            e.identity_fact: e.id for e in factbase.entities.values() if e.identity_fact
        }
        self._sayers = self.index.sayers
        # Fact id → the country pairs its statement names, filled as facts are ranked.
        self._pair_sides: dict[str, tuple[frozenset[str], ...]] = {}
        # Words of the titles the article gives people and bodies ("defense minister").
        self._title_terms = frozenset(term(w) for w in TITLE_WORDS)
        self._of_kind: dict[str, list[str]] = {}
        self._article_name_cache: dict[str, frozenset[str]] = {}
        # The content words of each fact's quote, found when first asked (by fact id).
        self._quote_words_memo: dict[str, frozenset[str]] = {}
        for entity in factbase.entities.values():
            self._of_kind.setdefault(entity.kind, []).append(entity.id)
        # Every word of the facts that say something did not happen: a question whose words
        # are not all among them cannot be built on what one of those facts denies.
        self._negative_terms = frozenset().union(
            *(entry.bag for entry in self.index.entries if entry.fact.negative)
        )
        # Long names of agreements and events, by entity: a claim that gets one of their words
        # wrong ("Bilateral Exchange and Cooperation Agreement") names something the article
        # does not. People's titles are not among them: "minister" and "secretary" are loose.
        self._long_names: dict[str, list[tuple[str, ...]]] = {}
        # The same names by their first word, so a question is checked only against names
        # that start with one of its words (a large base has thousands).
        self._long_names_by_first: dict[str, list[tuple[str, ...]]] = {}
        for key, owner in self.index.aliases.items():
            if len(key) >= 4 and factbase.entities[owner].kind in ("agreement", "event"):
                self._long_names.setdefault(owner, []).append(key)
                self._long_names_by_first.setdefault(key[0], []).append(key)
        self._whole_sentences = self._sentences_of_cut_quotes()
        self._default_suggestions = tuple(
            q for entry in self.index.entries for q in entry.fact.questions[:1]
        )[:MAX_SUGGESTIONS]

    def _sentences_of_cut_quotes(self) -> dict[str, Quote]:
        """The whole sentence, by fact, for the quotes that stop at "said" before what was
        said ("The DOD statement also said"): shown as evidence, such a quote would back no
        answer, so its sentence is shown instead (built once, when the engine is)."""
        whole: dict[str, Quote] = {}
        spans: dict[str, list[tuple[int, int, int]]] = {}
        for fact in self.factbase.facts.values():
            quote = fact.quote
            if _SAID_AT_END.search(quote.text) is None:
                continue
            article = self.factbase.articles.get(quote.article)
            if article is None:
                continue
            if quote.article not in spans:
                spans[quote.article] = sentence_spans(article)
            for paragraph, start, end in spans[quote.article]:
                if start <= quote.start and quote.end < end:
                    text = article.text[start:end].strip()
                    at = start + article.text[start:end].index(text)
                    whole[fact.id] = Quote(quote.article, text, at, at + len(text), paragraph)
                    break
        return whole

    def _confidence(
        self,
        scored: Scored,
        ranked: list[Scored],
        position: int,
        parsed: Parsed,
        penalised: float | None = None,
    ) -> float:
        confidence = self._penalised(scored, parsed) if penalised is None else penalised
        if position > 0 and ranked[0].score > scored.score + 0.1:
            confidence *= 0.8
        return max(0.0, min(1.0, confidence))

    def _penalised(self, scored: Scored, parsed: Parsed) -> float:
        """The fact's score with what speaks against it: entities the question names that
        it does not involve, and words nobody has seen. Not capped, so ties still order."""
        confidence = scored.score
        for entity in scored.missing:
            # An entity named in most facts ("India") is named loosely; a rare one is the point.
            common = self.index.entity_share.get(entity, 0.0) >= COMMON_ENTITY_SHARE
            confidence *= MISSING_ENTITY_FACTOR.get(self._kind(entity), 0.5) if common else 0.5
        confidence *= UNKNOWN_WORD_FACTOR ** len(parsed.unknown)
        if parsed.unknown_names:
            confidence *= 0.3
        if parsed.qtype != "yesno":
            for t in parsed.terms:
                # A word only one or two other facts have as what happens in them ("press
                # conference") names something this fact is not about: "what did Esper say
                # at his press conference?"
                postings = self.index.postings.get(t, ())
                if (
                    len(postings) <= RARE_TERM_FACTS
                    and t not in KIND_TERMS
                    and scored.entry.order not in postings
                ):
                    confidence *= RARE_TERM_FACTOR
        return confidence

    def _defines_asked(self, fact_id: str, asked: set[str]) -> bool:
        """Not an identity fact, or the identity of something the question names."""
        defines = self._identity_facts.get(fact_id)
        return defines is None or defines in asked

    def _candidates(self, entities: list[str], terms: list[str]) -> set[int]:
        """Facts sharing something with the question, from its rarer features: a feature
        that most facts share (a country) adds no candidates when rarer ones exist, so one
        question's cost does not grow with the fact base."""
        index = self.index
        lists = [index.entity_postings.get(e, ()) for e in entities]
        rarest = sorted(terms, key=index.idf_of, reverse=True)[:4]
        lists += [index.postings.get(t, ()) for t in rarest]
        lists = sorted((p for p in lists if p), key=len)
        if not lists:
            return set()
        if len(lists[0]) > MAX_CANDIDATES and len(lists) > 1:
            # Even the rarest feature is common (a country, in a large base): the facts that
            # have the two rarest features together, if any, are the ones the question means.
            both = set(lists[0]).intersection(lists[1])
            if both:
                return both if len(both) <= MAX_CANDIDATES else set(sorted(both)[:MAX_CANDIDATES])
        cap = max(MAX_CANDIDATES, len(lists[0]))
        candidates: set[int] = set()
        for postings in lists:
            if candidates and len(candidates) + len(postings) > cap:
                break
            candidates.update(postings[:cap])
        return candidates

    def _rank(self, parsed: Parsed) -> list[Scored]:
        index = self.index
        entities = parsed.entity_ids
        hard = {link.entity for link in parsed.entities if link.start >= 0} | parsed.them
        hard -= parsed.excluded
        hard_places = {e for e in hard if self._kind(e) == "place"}
        terms = [t for t in dict.fromkeys(parsed.terms) if t]
        candidates = self._candidates(entities, terms)
        pinned = self.index.by_id.get(parsed.followup_fact or "")
        if pinned is not None:
            candidates.add(pinned.order)  # "And China?" after "Was India there?"
        if parsed.excluded_facts:
            candidates -= {index.by_id[f].order for f in parsed.excluded_facts}
        if parsed.kept_facts is not None:
            candidates &= {index.by_id[f].order for f in parsed.kept_facts}
        if not candidates:
            return []
        weights = {
            e: ENTITY_WEIGHT.get(self._kind(e), DEFAULT_ENTITY_WEIGHT)
            for e in entities
            if e not in parsed.excluded
        }
        unknown_weight = UNKNOWN_WORD_WEIGHT * index.max_idf * len(parsed.unknown)
        span_terms = {
            t: SPAN_TERM_WEIGHT * index.idf_of(t)
            for t in dict.fromkeys(parsed.span_terms)
            if t not in terms
        }
        total = sum(weights.values()) + sum(index.idf_of(t) for t in terms) + unknown_weight
        total += sum(span_terms.values())
        if total <= 0:
            return []
        term_weights = {t: index.idf_of(t) for t in terms} | span_terms
        asked_terms = frozenset(terms)
        term_order = tuple(term_weights)
        entity_set = frozenset(weights)
        entity_order = tuple(weights)
        asks_absence = parsed.negated and parsed.qtype not in ("yesno", "why")
        sort_of = parsed.sort_of  # mostly None: no call per candidate then
        place_alone = self._place_alone_asked(parsed, terms)
        # Which candidates have each of the question's terms: from the term's postings, or
        # when those are many, by testing each candidate against its bit set (entries keep
        # their terms as tuples, slow to search; see FactEntry).
        term_facts: list[tuple[float, set[int]]] = []
        for t in term_order:
            postings = index.postings.get(t)
            if not postings:
                continue
            bits = index.term_bits.get(t)
            if bits is None or len(postings) <= POSTINGS_SCAN * len(candidates):
                having = candidates.intersection(postings)
            else:
                having = {p for p in candidates if bits[p >> 3] >> (p & 7) & 1}
            if having:
                term_facts.append((term_weights[t], having))
        scored: list[Scored] = []
        for position in candidates:
            entry = index.entries[position]
            involved, central = entry.involved, entry.central
            # A set test (in C) finds whether any entity matches; the sums then run in the
            # question's own order, so a score is the same to the last bit in every process.
            hit = 0.0
            if place_alone:
                central = central | entity_set  # "tokyo who": the talks held there
            if not entity_set.isdisjoint(involved):
                for e in entity_order:
                    if e in involved:
                        hit += weights[e] if e in central else weights[e] * ADJUNCT_SHARE
            for weight, having in term_facts:
                if position in having:
                    hit += weight
            missing = (
                [
                    e
                    for e in entity_order
                    if e in hard
                    and (e not in involved or (e in hard_places and self._elsewhere_than(entry, e)))
                ]
                if hard
                else []
            )
            predicate = not asked_terms.isdisjoint(entry.predicate)
            score = hit / total
            if predicate:
                score += 0.03
            if entry.fact.quote.paragraph == 0:
                score -= 0.02  # the headline restates the body; prefer the body's sentence
            if sort_of is not None and self._lists_kinds_of(entry, sort_of):
                score += 0.01  # "what kinds of cooperation…?": the fact listing its kinds
            if asks_absence and entry.fact.negative:
                score += 0.15  # "which country did the statement not mention?"
            if parsed.goes_where and not self._placed_on_map(entry):
                score *= 0.5  # a press conference's venue is no place anyone travels to
            scored.append(Scored(entry, score, tuple(missing), predicate))
        # Of equally good facts, the one the conversation is about comes first; for a yes or
        # no, then the one whose own statement says what is asked (its quote is the evidence).
        recent = parsed.recent_fact
        if self._recent_is_anchor(parsed, scored, recent):
            # "Pompeo trip go where?" "before trip he have press conference at where?": the
            # trip is the anchor now, so the conversation's fact no longer wins a tie.
            recent = None
        # "U.S.-China relations": the fact whose own statement says "U.S.-China" too.
        pairs = frozenset(t for t in span_terms if "-" in t)
        said = asked_terms | pairs if parsed.qtype == "yesno" else pairs
        side = self._one_side_of_relations(parsed, asked_terms) if not pairs else None
        if side is not None:
            # "China relations?", "and for the china relationships?": the fact whose own
            # statement pairs China ("U.S.-China and India-China relations"), not the
            # U.S.-India warming that only mentions relations with China.
            scored.sort(
                key=lambda s: (
                    -s.score,
                    len(s.missing),
                    -self._pairs_with(s.entry, side),
                    s.entry.fact.id != recent,
                    s.entry.order,
                )
            )
        elif said:
            scored.sort(
                key=lambda s: (
                    -s.score,
                    len(s.missing),
                    s.entry.fact.id != recent,
                    -sum(map(said.__contains__, s.entry.stated)),
                    s.entry.order,
                )
            )
        else:
            scored.sort(
                key=lambda s: (-s.score, len(s.missing), s.entry.fact.id != recent, s.entry.order)
            )
        return scored

    def _recent_is_anchor(self, parsed: Parsed, scored: list[Scored], recent: str | None) -> bool:
        """The conversation's fact is what a where-question is ordered against."""
        if recent is None or parsed.qtype != "where":
            return False
        return any(
            s.entry.fact.id == recent
            and self._placed_against_itself(parsed, s.entry, s.entry.fact.roles.get("where"))
            for s in scored
        )

    def _place_alone_asked(self, parsed: Parsed, terms: list[str]) -> bool:
        """ "tokyo who", "tokyo when": a place and a question word, nothing else, asks of
        what happened there, whose fact names it only as its `where`."""
        return (
            parsed.qtype in ("who", "when")
            and not terms
            and len(parsed.entity_ids) == 1
            and self._kind(parsed.entity_ids[0]) == "place"
        )

    def _one_side_of_relations(self, parsed: Parsed, asked: frozenset[str]) -> str | None:
        """The one country a question asks the relations of ("china ties?"), or None."""
        if RELATIONS_ASKED.isdisjoint(asked):
            return None
        countries = {e for e in parsed.entity_ids if self._kind(e) == "country"}
        return countries.pop() if len(countries) == 1 else None

    def _pairs_with(self, entry: FactEntry, country: str) -> int:
        """How many country pairs the fact's statement names ("U.S.-China") have the
        country in, found once per fact."""
        found = self._pair_sides.get(entry.fact.id)
        if found is None:
            found = tuple(
                frozenset(self.index.aliases.get((part,), "") for part in t.split("-"))
                for t in entry.stated
                if "-" in t
            )
            self._pair_sides[entry.fact.id] = found
        return sum(country in pair for pair in found)

    @staticmethod
    def _lists_kinds_of(entry: FactEntry, sort_of: str | None) -> bool:
        """The fact lists kinds of what "what kinds of X…?" asks about: its keywords have
        both a sort word and X ("areas of cooperation"), so "what aspect of the
        relationship did they praise?" is not answered by the areas of cooperation."""
        return (
            sort_of is not None
            and sort_of in entry.predicate
            and not SORT_TERMS.isdisjoint(entry.predicate)
        )

    def _quoted_from(self, entry: FactEntry, speakers: set[str]) -> bool:
        """The fact's sentence quotes the words of one of these speakers (not words the
        statement reports they agreed or praised)."""
        source = self._sayers.get(entry.fact.id)
        who = source.roles.get("who") if source is not None else entry.fact.roles.get("who")
        said_by = {m for e in (who.entities if who else ()) for m in self.index.expand(e)}
        quoted = "“" in entry.fact.quote.text or '"' in entry.fact.quote.text
        return quoted and any(self._covers(s, d) for s in speakers for d in said_by)

    @cached_property
    def _first_quote_of_speaker(self) -> dict[str, FactEntry]:
        """Each speaker's first fact whose sentence quotes their words (what `_quoted_from`
        finds), made once: "Does the article quote Esper directly?" must not test every
        fact of a large base again for each question."""
        first: dict[str, FactEntry] = {}
        for entry in self.index.entries:
            if "“" not in entry.fact.quote.text and '"' not in entry.fact.quote.text:
                continue
            source = self._sayers.get(entry.fact.id)
            who = source.roles.get("who") if source is not None else entry.fact.roles.get("who")
            for said in {m for e in (who.entities if who else ()) for m in self.index.expand(e)}:
                for speaker in (said, *self.index.part_of.get(said, ())):
                    first.setdefault(speaker, entry)
        return first

    def _clearly_ranked(self, parsed: Parsed) -> list[Scored]:
        """The facts ranked for a question, or none when even the best one leaves out
        something the question names or scores under the threshold."""
        ranked = self._rank(parsed)
        if not ranked or ranked[0].missing or ranked[0].score < self.threshold:
            return []
        return ranked

    def _elsewhere_than(self, entry: FactEntry, entity_id: str) -> bool:
        """The fact happened at another place than this one, which it names only in passing
        (the Tokyo talks, "earlier in the month of the New Delhi meeting")."""
        if self._kind(entity_id) != "place":
            return False
        where = entry.fact.roles.get("where")
        if where is None or not where.entities or entity_id in entry.central:
            return False
        return not any(self._covers(entity_id, e) for e in where.entities)

    def _placed_on_map(self, entry: FactEntry) -> bool:
        """The fact's place is a city, region or country, or the fact gives none."""
        where = entry.fact.roles.get("where")
        if where is None or not where.entities:
            return True
        return any(self._kind(e) in ("place", "country") for e in where.entities)

    def _own_places(self, entry: FactEntry) -> frozenset[str]:
        """The places the fact's event happened at: its where role's, or those it names."""
        where = entry.role_entities.get("where") or frozenset(entry.fact.entities)
        return frozenset(e for e in where if self._kind(e) == "place")

    @cached_property
    def _event_places(self) -> dict[str, frozenset[str]]:
        """Where each event the article tells of was held, from the facts about it that
        place it: the quad talks in Tokyo."""
        places: dict[str, set[str]] = {}
        for entry in self.index.entries:
            own = self._own_places(entry)
            for entity in entry.central:
                if own and self._kind(entity) == "event":
                    places.setdefault(entity, set()).update(own)
        return {event: frozenset(at) for event, at in places.items()}

    @cached_property
    def _involved_at(self) -> dict[str, frozenset[str]]:
        """Everyone and everything the facts held at each place involve: who and what a
        follow-up set there may name without leaving it (India, at the Tokyo talks)."""
        involved: dict[str, set[str]] = {}
        for entry in self.index.entries:
            for place in self._own_places(entry):
                involved.setdefault(place, set()).update(entry.involved)
        return {place: frozenset(them) for place, them in involved.items()}

    def _places_named(self, parsed: Parsed) -> tuple[str, ...]:
        """The places the question itself names, or holds the events it names at: "what
        about Tokyo?", "tell me about the quadripartite talks" (Tokyo)."""
        places: list[str] = []
        for link in parsed.entities:
            if link.start < 0:
                continue
            if self._kind(link.entity) == "place":
                places.append(link.entity)
            places.extend(sorted(self._event_places.get(link.entity, ())))
        return tuple(dict.fromkeys(places))

    def _scene_after(
        self, parsed: Parsed | None, context: Context, answered: FactEntry | None
    ) -> tuple[str, ...]:
        """Where the conversation is set after this turn: where the answering fact happened;
        else where the question put it; else where it already was. "Tell me about the quad
        talks." (Tokyo) "Who is Pompeo?" (placed nowhere) "What did they agree?": Tokyo."""
        own = self._own_places(answered) if answered is not None else frozenset()
        if own:
            return tuple(sorted(own))
        named = self._places_named(parsed) if parsed is not None else ()
        return named or context.scene

    @cached_property
    def _lead_event(self) -> FactEntry | None:
        """The event the article's first body sentence reports (the Esper-Singh meeting)."""
        opening = [
            e
            for e in self.index.entries
            if e.fact.quote.paragraph == 1 and "when" in e.fact.roles and "where" in e.fact.roles
        ]
        return min(opening, key=lambda e: e.fact.quote.start, default=None)

    @cached_property
    def _side_events(self) -> dict[str, frozenset[str]]:
        """Each event besides the lead one whose doers take no part in the lead event, with
        its doers: Begin's visit to New Delhi, Pompeo's press conference. Follow-ups about
        them must not borrow the lead meeting's date, agreement or people."""
        lead = self._lead_event
        if lead is None:
            return {}
        lead_people = {e for name in ("who", "with_whom") for e in lead.role_entities.get(name, ())}
        events: dict[str, frozenset[str]] = {}
        for entry in self.index.entries:
            doers = entry.role_entities.get("who", frozenset())
            roles = entry.fact.roles
            if (
                entry is lead
                or "where" not in roles
                or "when" not in roles
                or not doers
                or any(self._kind(e) != "person" or e in lead_people for e in doers)
            ):
                continue
            events[entry.fact.id] = doers
        return events

    @cached_property
    def _person_event(self) -> dict[str, str]:
        """The side event of each person who does nothing else the article places: Begin's
        visit ("Who is Begin?" "When did she visit?"), not Pompeo, who also went to Tokyo."""
        placed: dict[str, set[str]] = {}
        for entry in self.index.entries:
            if "where" in entry.fact.roles:
                for person in entry.role_entities.get("who", ()):
                    placed.setdefault(person, set()).add(entry.fact.id)
        return {
            person: next(iter(ids))
            for person, ids in placed.items()
            if len(ids) == 1 and next(iter(ids)) in self._side_events
        }

    def _event_after(
        self, parsed: Parsed | None, context: Context, facts: list[Fact]
    ) -> str | None:
        """The side event the conversation is about after this turn: the one the answer
        came from, or whose only doer it is about or names; kept while the turn answers
        nothing or only who someone is; else none."""
        if facts and facts[0].id in self._side_events:
            return facts[0].id
        people = [
            *(link.entity for link in (parsed.entities if parsed else []) if link.start >= 0),
            *(self._identity_facts.get(f.id, "") for f in facts[:1]),
        ]
        events = {self._person_event[p] for p in people if p in self._person_event}
        if len(events) == 1:
            return events.pop()
        event = self.index.by_id.get(context.event or "")
        if event is None:
            return None
        if not facts:
            # "Did she attend the Tokyo talks?" (it doesn't say) is still about Begin;
            # "Did Pompeo meet Singh?" leaves her visit
            named = [link.entity for link in (parsed.entities if parsed else []) if link.start >= 0]
            others = [e for e in named if self._kind(e) == "person" and e not in event.involved]
            return None if others else context.event
        if self._identity_facts.get(facts[0].id) in self._side_events[event.fact.id]:
            return context.event
        return None

    def _went_within(self, entry: FactEntry, destination: str) -> bool:
        """The fact took place at the destination or inside it: the Tokyo talks are a trip
        to Japan, not to Australia, a party to them, nor to the United States."""
        where = entry.fact.roles.get("where")
        return where is not None and any(self._covers(destination, e) for e in where.entities)

    def _places_another_event(
        self, parsed: Parsed, entry: FactEntry, role: Role | None, context: Context | None = None
    ) -> bool:
        """A where- or when-question about an event the fact only measures its own against:
        after "What's the 2+2?", "Where was the dialogue held?" is not answered by the New
        Delhi meeting's place, which came "ahead of" the 2+2. The event counts as asked when
        the question names it (or a word of its names) and none of the fact's own doers."""
        if parsed.qtype not in ("where", "when") or role is None or role.name != parsed.qtype:
            return False
        fact = entry.fact
        own = {"what", "who", "with_whom", "where", "when"}
        if any(
            m in fact.roles[name].entities
            for link in parsed.entities
            if link.start >= 0
            for m in self.index.expand(link.entity)
            for name in ("who", "with_whom")
            if name in fact.roles
        ):
            return False  # "Where did Esper meet Singh ahead of the 2+2?": the meeting
        for event in fact.entities:
            if self._kind(event) != "event" or any(
                event in r.entities for name, r in fact.roles.items() if name in own
            ):
                continue
            # "What happened before the 2+2?" (the meeting) "Where was it?": it, the meeting
            # just answered, not the 2+2 the question before named.
            again = context is not None and context.fact_id == fact.id
            named = event in self._events_asked(parsed, again)
            # A word of its names that is not what the fact's own event is ("meeting",
            # "talks" name the New Delhi meeting as much as the "2+2 meeting").
            words = self.index.entity_terms.get(event, frozenset()).intersection(parsed.terms)
            if named or words - entry.predicate:
                return True
        return False

    @staticmethod
    def _placed_against_itself(parsed: Parsed, entry: FactEntry, role: Role | None) -> bool:
        """A where-question ordered against the very event the fact reports: "Where did Esper
        go after meeting Singh?" is not answered by where the meeting was (New Delhi), nor
        "where did Pompeo go before his trip?" by where the trip went; "where did Pompeo go
        after the press conference?" is (the trip, "prior to" which he spoke)."""
        if parsed.qtype != "where" or role is None or role.name != "where":
            return False
        ordered = _ORDERED_AGAINST.search(parsed.text)
        if ordered is None:
            return False
        # "before trip he have press conference at where?": the anchor ends where a clause
        # of its own begins ("he have…"), whose "where" asks of that clause, not the trip.
        # ("after they agreed on BECA": a subject first is the anchor's own.)
        first_word_end = parsed.text.find(" ", ordered.start("anchor"))
        clause = _OWN_CLAUSE.search(parsed.text, max(first_word_end, ordered.start("anchor")))
        ends = clause.start() if clause is not None else len(parsed.text)
        if _WH_ASKED.search(parsed.text, ordered.start(), ends) is not None:
            # "…was before his trip to which region?": what is asked is the anchor's own.
            return False
        if _CLAUSE_OF_TIME.search(parsed.text, 0, ordered.start()) is not None:
            # "Where was Pompeo bound when he gave his pre-departure press conference?": the
            # order dates the press conference, not where he went.
            return False
        said = parsed.text[ordered.start("anchor") : min(ordered.end("anchor"), ends)]
        anchor = {term(w) for w in said.split() if w not in STOPWORDS}
        return not anchor.isdisjoint(entry.predicate)

    @staticmethod
    def _events_asked(parsed: Parsed, same_fact_again: bool) -> set[str]:
        """What the question names, and what its "it" stands for unless the same fact
        answered last: "When was the 2+2?" "Where was it held?" asks where the 2+2 was, as
        "where was the 2+2 held?" does."""
        pointed = "thing" in parsed.pronouns and not same_fact_again
        return {link.entity for link in parsed.entities if link.start >= 0 or pointed}

    def _doers_asked(self, entry: FactEntry, asked: set[str]) -> bool:
        """The question names who the fact is about (its "who"), or the fact names nobody."""
        doers = entry.fact.roles.get("who")
        if doers is None or not doers.entities:
            return True
        return any(m in asked for e in doers.entities for m in self.index.expand(e))

    def _placing(self, fact: Fact) -> tuple[str, str, str] | None:
        """How the fact's own "when" places it in time against something else: "Before" or
        "After", the word that says so, and what it is placed against ("Before his trip to
        South Asia": Before, before, his trip to south asia); None if it does not."""
        role = fact.roles.get("when")
        if role is None:
            return None
        said = role.answer.lower()
        orders = [m for m in (_BEFORE.search(said), _AFTER.search(said)) if m is not None]
        if not orders:
            return None
        order = min(orders, key=lambda m: m.start())
        # What it is placed against: up to the end of that phrase ("ahead of the 2+2
        # Dialogue", not "…, which came ahead of it").
        against = re.split(r"[,;]", said[order.end() :])[0]
        side = "Before" if _BEFORE.match(order.group()) else "After"
        return side, order.group(), against

    def _on_another_day(self, fact: Fact) -> bool:
        """The fact's own time puts it on another day than the event it is placed against
        ("earlier this month")."""
        placing = self._placing(fact)
        return placing is not None and placing[1] in _ANOTHER_DAY

    def _placed_against(self, fact: Fact, other: set[str]) -> str | None:
        """ "Before" or "After" if the fact's own "when" places it against something with
        these words ("Before his trip to South Asia"), else None."""
        placing = self._placing(fact)
        if placing is None or not other & {term(w) for w in normalise(placing[2]).split()}:
            return None
        return placing[0]

    def _placed_against_date(self, fact: Fact, dates: frozenset[str], before: bool) -> bool | None:
        """ "Did the Tokyo talks happen after Oct. 26?": a date stands for the event the
        article puts on it, so the fact's order against that event ("earlier this month",
        before the New Delhi meeting of Oct. 26) answers. Only the other way is certain
        (before the event of Oct. 26 is not after Oct. 26); the same way holds only when the
        fact's words put it on another day ("earlier") and the date is a day, as "ahead of"
        may be the same day and "before October?" asks more than "earlier".
        True, False, or None when the fact is not placed against an event of that date."""
        placing = self._placing(fact)
        if not dates or placing is None:
            return None
        side, word, against = placing
        ranked = self._rank(parse(against, self.index))
        if not ranked or ranked[0].missing or ranked[0].score < self.threshold:
            return None
        anchor = ranked[0].entry.fact
        when = anchor.roles.get("when")
        if anchor.id == fact.id or when is None:
            return None
        if not dates <= date_words(normalise(when.answer).split()):
            return None  # "after Oct. 20?": the article puts no event on that day
        if (side == "Before") != before:
            return False
        # "Before Oct. 26?" of "earlier": yes; "before October?" is not said by "earlier".
        exact = any(w.isdigit() for w in dates)
        return True if word in _ANOTHER_DAY and exact else None

    def _own_count_of(self, fact: Fact) -> tuple[str, ...]:
        """The people whose own count the fact gives as an ordinal ("this is the second time
        Esper…"): a count of theirs, not of the events; none for any other fact."""
        doers = fact.roles.get("who")
        if doers is None or not doers.entities:
            return ()
        if not all(self._kind(e) == "person" for e in doers.entities):
            return ()
        if ORDINAL_WORDS.isdisjoint(normalise(fact.statement).split()):
            return ()
        return doers.entities

    def _by_role(
        self,
        scored: Scored,
        role: Role,
        confidence: float,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
    ) -> Answer:
        """The answer one role of the fact gives, quoting the fact and the other sentences
        that give the same answer: of those, the one about what the question asks is the
        answer ("when did they meet?" is answered from the meeting, not from the praise
        "during … meeting"), the one sharing most of its words quoted first."""
        lead, role, others = self._best_saying_it(scored, role, parsed)
        answer = self._answered(
            text=lead.entry.fact.statement
            if self._reaction_asked(lead.entry, role, parsed)
            else role.answer,
            facts=[lead.entry.fact],
            role=role,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )
        return self._also_quoting(answer, others)

    @staticmethod
    def _reaction_asked(entry: FactEntry, role: Role, parsed: Parsed) -> bool:
        """ "How did Esper and Singh view the expansion of information sharing?": what they
        did about it is the answer, the fact's statement ("…welcomed the expansion…"), where
        the role names only the thing they took well, which the question already names."""
        if role.name not in ("what", "how") or parsed.qtype not in ("what", "how"):
            return False
        words = set(parsed.words)
        if _REACTION_WORDS.isdisjoint(words) and (
            parsed.qtype != "how" or _REACTION_HOW_WORDS.isdisjoint(words)
        ):
            return False
        # A fact of how someone took something, whose role does not already say how
        # ("Appreciation for the basic agreement…" does).
        return not ATTITUDE_TERMS.isdisjoint(entry.predicate) and ATTITUDE_TERMS.isdisjoint(
            entry.answer_terms.get(role.name, frozenset())
        )

    def _best_saying_it(
        self, scored: Scored, role: Role, parsed: Parsed
    ) -> tuple[Scored, Role, list[FactEntry]]:
        """Of the fact and those that give the same answer for this role in other sentences,
        the best for the question (see `_saying_the_same`) with its role, and the others."""
        entry = scored.entry
        if entry.fact.roles.get(role.name) is not role:
            return scored, role, []  # an answer made up for the question, not the fact's
        same = self._saying_the_same(entry, (role.name,), parsed)
        lead = same[0]
        if lead is not entry:
            scored, role = scored._replace(entry=lead), lead.fact.roles[role.name]
        purpose = self._purpose_beside.get(lead.fact.id) if role.name == "why" else None
        if purpose is None or purpose in same:
            return scored, role, same[1:]
        # "Why are the US and India getting closer?": no cause is given, but the article does
        # give the partnership's purpose (against the threat posed by China), quoted too.
        stated = purpose.fact.statement
        told = replace(
            role, answer=f"{role.answer}. It does say that {stated[:1].lower()}{stated[1:]}"
        )
        return scored, told, [*same[1:], purpose]

    @cached_property
    def _purpose_beside(self) -> dict[str, FactEntry]:
        """Each fact whose `why` says the article gives no cause ("None is given: …"), with
        the one fact giving a purpose for the same parties on the same topic (the U.S.-India
        partnership's: "to jointly address the threat posed by China"); built once."""
        purposes = [
            e
            for e in self.index.entries
            if (why := e.fact.roles.get("why")) is not None
            and why.answer.lower().startswith(("to ", "in order to "))
        ]
        beside: dict[str, FactEntry] = {}
        for entry in self.index.entries:
            why = entry.fact.roles.get("why")
            if why is None or not why.answer.startswith(NO_CAUSE_GIVEN):
                continue
            same = [
                p
                for p in purposes
                if set(entry.fact.topics) <= set(p.fact.topics) and entry.entities <= p.involved
            ]
            if len(same) == 1:
                beside[entry.fact.id] = same[0]
        return beside

    def _saying_the_same(
        self, entry: FactEntry, roles: Iterable[str], parsed: Parsed
    ) -> list[FactEntry]:
        """The fact and those that give the same answer for one of these roles in other
        sentences (precomputed in the index), the one to answer from first: the one whose
        keywords have what the question asks happening ("when did they meet?": the meeting,
        not the praise "during … meeting"), else the fact itself; then the others, the one
        whose quote shares most of the question's words first, with any sentence naming
        what the fact's own quote only refers to ("the two countries"). Facts the question
        rules out ("according to the opening paragraph") are left out."""
        roles = tuple(roles)
        corroboration = self.index.corroboration
        others = [
            self.index.entries[o]
            for o in corroboration.of(entry.order, roles)
            if self._may_quote(self.index.entries[o].fact.id, parsed)
        ]
        naming = [
            self.index.entries[o]
            for o in corroboration.naming(entry.order, roles)
            if self._may_quote(self.index.entries[o].fact.id, parsed)
        ]
        if not others and not naming:
            return [entry]
        asked = set(parsed.terms)
        doing = {t for t in asked if t in self.index.predicate_terms}

        if not CIRCUMSTANCE_ROLES.issuperset(roles):
            # What happened is itself the answer ("what is the Basic Exchange and
            # Cooperation Agreement?"): the question's words name it, not another act.
            doing = set()

        def about_it(one: FactEntry) -> int:
            return len(doing & one.predicate)

        def words_shared(one: FactEntry) -> int:
            return len(asked.intersection(corroboration.quote_terms.get(one.order, ())))

        lead = max([entry, *others], key=about_it)
        unique = {e.order: e for e in (entry, *others, *naming)}
        rest = [e for e in unique.values() if e is not lead]
        return [lead, *sorted(rest, key=words_shared, reverse=True)]

    @staticmethod
    def _may_quote(fact_id: str, parsed: Parsed) -> bool:
        """The question does not rule the fact out (a paragraph asked about, facts set aside)."""
        if fact_id in parsed.excluded_facts:
            return False
        return parsed.kept_facts is None or fact_id in parsed.kept_facts

    def _also_quoting(self, answer: Answer, others: Iterable[FactEntry]) -> Answer:
        """The answer, also quoting these facts' sentences as corroboration (each once, and
        none that overlaps a quote it already has; none stopping at "said")."""
        quotes = list(answer.quotes)
        added: list[Quote] = []
        for other in others:
            quote = self._whole_sentences.get(other.fact.id, other.fact.quote)
            if any(_overlap(quote, q) for q in quotes):
                continue
            quotes.append(quote)
            added.append(quote)
        if not added:
            return answer
        return replace(answer, quotes=tuple(quotes), corroborating=tuple(added))

    def _stated(
        self,
        lead: str,
        scored: Scored,
        confidence: float,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        role: Role | None = None,
    ) -> Answer:
        """What the fact states, led by a verdict or a correction: "No. …", "Not in
        Tokyo: …", "It didn't: …"; quoting also the other sentences that say the same of
        what the question asks ("was information sharing reduced?" No, and ¶1 has the
        expansion as well as ¶3)."""
        entry = scored.entry
        fact = entry.fact
        answer = self._answered(
            text=f"{lead} {fact.statement}",
            facts=[fact],
            role=role,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )
        asked = set(parsed.terms)
        roles = (
            (role.name,)
            if role is not None
            else tuple(n for n in fact.roles if not asked.isdisjoint(entry.answer_terms[n]))
        )
        same = self._saying_the_same(entry, roles, parsed)
        return self._also_quoting(answer, [e for e in same if e is not entry])

    def _countries_of(self, entities: Iterable[str]) -> set[str]:
        """The countries these are, or are part of (Singh: India; New Delhi: India)."""
        return {
            c
            for e in entities
            for c in (e, *self.index.part_of.get(e, ()))
            if self._kind(c) == "country"
        }

    def _same_place(self, one: str, other: str) -> bool:
        """One place is, or contains, the other (New Delhi and India, South Asia and New
        Delhi): an event at one did not happen elsewhere than the other."""
        return self._covers(one, other) or self._covers(other, one)

    def _foreign_body(self, parsed: Parsed) -> bool:
        """A body named with another country than its own: "India's Ministry of Defence"
        for the U.S. Department of Defense, which the article has and India's it has not."""
        links = [link for link in parsed.entities if link.start >= 0]
        for country in links:
            if self._kind(country.entity) != "country":
                continue
            # "India's defence ministry", "India's own defence ministry"
            after = country.end + (parsed.words[country.end : country.end + 1] == ["own"])
            for body in links:
                # "India's defence ministry", or "the Ministry of Defence of India"
                named_with = body.start == after or (
                    body.end + 1 == country.start
                    and parsed.words[body.end : country.start] == ["of"]
                )
                if (
                    named_with
                    and self._kind(body.entity) == "organisation"
                    and country.entity not in self.index.part_of.get(body.entity, ())
                ):
                    return True
        return False

    def _covers(self, outer: str, inner: str) -> bool:
        """The same entity, or one that `inner` is part of (India covers New Delhi and
        Singh; South Asia covers India)."""
        return outer == inner or outer in self.index.part_of.get(inner, ())

    def _identity_of(self, entity_id: str) -> Fact | None:
        """The fact that says who or what an entity is (Esper: "the U.S. Secretary of
        Defense"), or None for an entity the article only mentions."""
        entity = self.factbase.entities.get(entity_id)
        return self.factbase.facts.get(entity.identity_fact or "") if entity is not None else None

    def _facts_about(self, entity_id: str) -> list[Fact]:
        return [self.index.entries[p].fact for p in self.index.entity_postings.get(entity_id, ())]

    def _kind(self, entity_id: str) -> str:
        entity: Entity | None = self.factbase.entities.get(entity_id)
        return entity.kind if entity is not None else "unknown"

    def _direct(
        self,
        *,
        text: str,
        facts: list[Fact],
        confidence: float,
        parsed: Parsed,
        context: Context,
        notes: list[str],
        about: list[str] | None = None,
    ) -> Answer:
        """An answer composed from facts directly (identities, summaries, lists), not
        chosen from the ranking of one role."""
        return self._answered(
            text=text,
            facts=facts,
            role=None,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=[],
            notes=notes,
            about=about,
        )

    def _answered(
        self,
        *,
        text: str,
        facts: list[Fact],
        role: Role | None,
        confidence: float,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        about: list[str] | None = None,
    ) -> Answer:
        if (
            role is not None
            and role.name == "how_many"
            and len(facts) == 1
            and BEFORE_THIS.search(parsed.text)
            # Someone's own count: "how many had Esper taken part in before this one?"
            and set(self._own_count_of(facts[0])) & set(parsed.entity_ids)
        ):
            text = _before_this(text, facts[0].statement) or text
        if (
            parsed.qtype in ("who", "when", "where", "what")
            # "name of the pact they signed": a name asked is given as the name, first
            and not (parsed.qtype == "what" and parsed.wants_name)
            and self._signing_unreported(parsed, facts)
        ):
            if FUTURE_ASKED.search(parsed.text):
                return self._signing_to_come_unsaid(parsed, context, ranked, notes)
            if parsed.qtype == "who" and self._one_signer_asked(parsed):
                return self._signer_unsaid(parsed, context, ranked, notes)
            # "When was BECA signed?", "what did they sign?": when (what) they agreed on;
            # the article has no signing.
            text = f"The article mentions no signing; they agreed on it. {text}"
        quotes = tuple(dict.fromkeys(self._whole_sentences.get(f.id, f.quote) for f in facts))
        asked = (
            about
            if about is not None
            else [e for e in parsed.entity_ids if e in set().union(*(f.entities for f in facts))]
            or parsed.entity_ids
        )
        if role is not None:
            # "Who went to Tokyo with Esper?" (Pompeo) "Did he…?": he is the one answered.
            answered: tuple[str, ...] = tuple(
                e
                for e in role.entities
                if e not in parsed.excluded and not (parsed.wants_other and e in asked)
            ) or self._kind_named_in(role.answer, self._kinds_asked(parsed))
        elif (
            parsed.qtype == "yesno"
            and facts
            and not any(self._kind(e) == "person" for e in parsed.entity_ids)
        ):
            # "Did any other U.S. official visit New Delhi?" (yes, Begin) "What's his
            # position?": the one the verdict's sentence names as doing it, if not asked.
            doer = facts[0].roles.get("who")
            answered = tuple(e for e in (doer.entities if doer else ()) if e not in asked)
        else:
            answered = ()
        next_context = Context(
            entities=tuple(asked),
            answer_entities=answered,
            fact_id=facts[0].id if facts else None,
            question_type=parsed.qtype if parsed.qtype != "who_is" else "who",
            role=role.name if role is not None else None,
            pinned=parsed.followup_fact if parsed.qtype == "yesno" else None,
            # "How fast are U.S.-India ties heating up?" "Why?" "And U.S.-China?": "why?"
            # asked of the last answer's fact keeps what the conversation was about.
            terms=tuple(parsed.terms)
            or (
                context.terms
                if parsed.followup_fact and parsed.followup_fact == context.fact_id
                else ()
            ),
            claim=parsed.text if parsed.qtype == "yesno" else None,
            # "Who did Esper meet?": he is spoken of too, for a later "and him?".
            named_so_far=self._named_after(
                context, (*(e for e in asked if self._kind(e) == "person"), *answered)
            ),
            scene=self._scene_after(
                parsed, context, self.index.by_id.get(facts[0].id) if facts else None
            ),
            answered_person=self._answered_person_after(parsed, context, answered),
            event=self._event_after(parsed, context, facts),
            turn=context.turn + 1,
        )
        explanation = self._explain(parsed, ranked)
        if explanation is not None:
            explanation = replace(
                explanation, notes=(*explanation.notes, *(n for n in notes if is_internal_note(n)))
            )
        return Answer(
            text=text,
            quotes=quotes,
            fact_ids=tuple(f.id for f in facts),
            confidence=round(min(1.0, confidence), 3),
            abstained=False,
            suggestions=self._suggest_next(facts, parsed),
            explanation=explanation,
            role=role.name if role else None,
            notes=tuple(n for n in notes if not is_internal_note(n)),
            context=next_context,
        )

    @staticmethod
    def _kinds_asked(parsed: Parsed) -> frozenset[str]:
        """The kinds of thing a question asks for: "which country…?" a country; "whose
        threat…?" (also "which country's threat…?") one that can own it."""
        if parsed.wanted_kind is not None:
            return frozenset({parsed.wanted_kind})
        if "whose" in parsed.words:  # "the partnership is meant to address whose threat?"
            return _OWNER_KINDS
        return frozenset()

    def _kind_named_in(self, text: str, kinds: frozenset[str]) -> tuple[str, ...]:
        """The one entity of a kind asked that an answer naming no entities names in its
        words: "which country's threat is the partnership meant to address?" ("To jointly
        address the threat posed by China") answers China, whom a later "did it take part in
        the Tokyo talks?" asks about."""
        if not kinds:
            return ()
        words = _linkable_words(text)
        named = {e for _, _, e in self.index.alias_spans(words, lambda _: False)}
        of_kind = [e for e in named if self._kind(e) in kinds]
        return tuple(of_kind) if len(of_kind) == 1 else ()

    def _places_not_in_article(self, parsed: Parsed) -> list[str]:
        """Places a question sends someone to or puts something in ("go to Beijing") by a
        name only the maintainers gave (Beijing for China), which no article uses: saying
        the article does not mention them is truer than that it does not say."""
        return [
            link.text
            for link in parsed.entities
            if link.start > 0
            and parsed.words[link.start - 1] in _PLACE_BEFORE
            and self._kind(link.entity) in ("place", "country")
            and not _DEMONYM.search(link.text)  # "to American satellite maps": a kind
            and link.text not in self._article_names(link.entity)
        ]

    def _article_names(self, entity_id: str) -> frozenset[str]:
        """The entity's names as the article writes them (its aliases, which the compiler
        checks against the seed), normalised as questions are: no search of the article's
        text, whose length grows with the fact base."""
        names = self._article_name_cache.get(entity_id)
        if names is None:
            entity = self.factbase.entities[entity_id]
            names = frozenset(normalise(alias) for alias in entity.aliases)
            self._article_name_cache[entity_id] = names
        return names

    def _unknown_phrases(self, parsed: Parsed) -> list[str]:
        """The names the article never uses, as the asker wrote them: "Sri Lanka" (not
        "Sri, Lanka"), "the Prime Minister" (not "Prime", the one unknown word of it). A run
        of unknown names and the titles beside them is one name."""
        words = parsed.words
        unknown = set(parsed.unknown_names)
        phrases: list[str] = []
        at = 0
        while at < len(words):
            if words[at] not in unknown:
                at += 1
                continue
            start = at
            while start > 0 and (
                words[start - 1] in TITLE_WORDS
                or (words[start - 1] == "of" and start > 1 and words[start - 2] in TITLE_WORDS)
            ):
                start -= 1  # "Defence Secretary Hegseth", "Chief of Defence Staff"
            end = at + 1
            # A title goes on with titles ("Prime Minister"); a name does not take the title
            # after it ("Pakistan's defence minister" is Pakistan, as "Russian" stays Russian).
            while end < len(words) and (
                words[end] in unknown
                or (words[end] in TITLE_WORDS and not TITLE_WORDS.isdisjoint(words[start:end]))
            ):
                end += 1
            run = words[start:end]
            lead = "the " if start > 0 and words[start - 1] == "the" else ""
            titled = not TITLE_WORDS.isdisjoint(run)
            phrase = " ".join(_shown_name_word(w) for w in run)
            phrases.append(f"{lead if titled else ''}{phrase}")
            at = end
        return list(dict.fromkeys(phrases)) or [w.capitalize() for w in parsed.unknown_names]

    def _not_found(
        self,
        parsed: Parsed,
        context: Context,
        ranked: list[Scored],
        notes: list[str],
        confidence: float = 0.0,
    ) -> Answer:
        known = bool(parsed.entity_ids) or any(t in self.index.postings for t in parsed.terms)
        unmentioned = parsed.unknown_names or self._places_not_in_article(parsed)
        if self._bare_why_unanswered(parsed, context):
            # "Who else visited New Delhi?" (Begin) "Why?": the article gives her visit no
            # reason; plainly that, not that the question is outside what it covers.
            message = "The article doesn't say why: it gives no reason for that."
            reason = AbstainReason.NOT_IN_ARTICLE
        elif unmentioned:
            shown = (
                self._unknown_phrases(parsed)
                if parsed.unknown_names
                else [w.capitalize() for w in unmentioned]
            )[:3]
            names = " or ".join([", ".join(shown[:-1]), shown[-1]] if len(shown) > 1 else shown)
            message = f"The article doesn't mention {names}, so I can't answer that."
            reason = AbstainReason.NOT_IN_ARTICLE
        elif known:
            message = NOT_SAID
            reason = AbstainReason.NOT_IN_ARTICLE
        elif (
            len(parsed.words) <= 2
            and not parsed.unknown
            and not parsed.terms
            and context.fact_id is None
            and parsed.qtype in ("who", "when", "where", "why", "how", "how_many", "with_whom")
        ):
            # "Where?" with nothing before it: a follow-up to a question not yet asked.
            message = (
                f"{parsed.text.capitalize()}: about what? Ask me a whole question about the "
                "talks first; then follow-ups like that one work."
            )
            reason = AbstainReason.AMBIGUOUS
        elif (
            parsed.qtype == "how_many"
            and not parsed.entities
            and not parsed.terms
            and not parsed.unknown
            and context.fact_id is None
        ):
            # "How many were there?" with nothing before it: a count of something unsaid,
            # not a question outside the article.
            message = "How many what? The question doesn't say what to count."
            reason = AbstainReason.AMBIGUOUS
        else:
            message = (
                "That's outside what the article covers: it is about the U.S.–India "
                "defense talks in New Delhi in October."
            )
            reason = AbstainReason.OFF_TOPIC
        return self._abstain(
            reason,
            message,
            context,
            parsed=parsed,
            ranked=ranked,
            notes=tuple(notes),
            confidence=confidence,
            suggestions=self._suggest_for(parsed, parsed.entity_ids, ranked),
        )

    @staticmethod
    def _bare_why_unanswered(parsed: Parsed, context: Context) -> bool:
        """ "Why?", "but why is that?" after an answer: a reason for the last answer, with no
        word of its own."""
        return (
            parsed.qtype == "why"
            and context.fact_id is not None
            and not parsed.terms
            and not parsed.unknown
            and not any(link.start >= 0 for link in parsed.entities)
        )

    @staticmethod
    def _signing_unreported(parsed: Parsed, facts: Sequence[Fact]) -> bool:
        """ "Who signed the BECA for India?", "when was it signed?": a signing asked of facts
        that tell only that the two sides agreed, never of a signing."""
        return SIGNED_ASKED.search(parsed.text) is not None and not any(
            "sign" in normalise(fact.quote.text) for fact in facts
        )

    def _one_signer_asked(self, parsed: Parsed) -> bool:
        """ "Who signed it for India?", "who signed on the Indian side - was it Singh?": a
        country's or a person's own signature is asked, not just who agreed on it."""
        return any(self._kind(e) in ("country", "person") for e in parsed.entity_ids)

    def _signer_unsaid(
        self, parsed: Parsed, context: Context, ranked: list[Scored], notes: list[str]
    ) -> Answer:
        """ "Who signed BECA for India?", "who actually signed it on the Indian side?": the
        article tells of no signing, so of no one who signed; that the two sides agreed on it
        names no signatory (Esper and Singh would answer a question it never settles)."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article mentions no signing, so it names no one who signed; it says the two"
            " sides agreed on it.",
            context,
            parsed=parsed,
            ranked=ranked,
            notes=tuple(notes),
        )

    def _signing_to_come_unsaid(
        self, parsed: Parsed, context: Context, ranked: list[Scored], notes: list[str]
    ) -> Answer:
        """ "When will BECA be signed?": the article has them agree on it and tells of no
        signing, done or planned; the day they agreed answers no question of the future."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article mentions no signing, done or planned; it says they agreed on it.",
            context,
            parsed=parsed,
            ranked=ranked,
            notes=tuple(notes),
        )

    def _abstain(
        self,
        reason: AbstainReason,
        text: str,
        context: Context,
        *,
        parsed: Parsed | None = None,
        ranked: list[Scored] | None = None,
        notes: tuple[str, ...] = (),
        confidence: float = 0.0,
        suggestions: tuple[str, ...] | None = None,
    ) -> Answer:
        if suggestions is None:
            suggestions = self._default_suggestions
        explanation = self._explain(parsed, ranked or []) if parsed is not None else None
        return Answer(
            text=text,
            quotes=(),
            fact_ids=(),
            confidence=round(min(confidence, 0.5), 3),
            abstained=True,
            reason=reason,
            suggestions=suggestions,
            explanation=explanation,
            notes=notes,
            context=replace(
                self._context_after_abstaining(reason, context, parsed),
                last_abstained=True,
                scene=self._scene_after(parsed, context, None),
                event=self._event_after(parsed, context, []),
            ),
        )

    def _answered_person_after(
        self, parsed: Parsed, context: Context, answered: tuple[str, ...]
    ) -> str | None:
        """The person this answer names, else the one before while the question names no
        one itself ("What day was that?" keeps Singh; "What did Pompeo say?" drops him, and
        so does "Which country is he from?": "and him?" after it is the other one)."""
        people = [e for e in answered if self._kind(e) == "person"]
        if people:
            return people[0]
        named = any(
            link.start >= 0 and self._kind(link.entity) in ("person", "group")
            for link in parsed.entities
        )
        if named or parsed.pronouns & {"person", "plural"}:
            return None
        return context.answered_person

    def _named_after(self, context: Context, answered: tuple[str, ...]) -> tuple[str, ...]:
        """Those named so far, with the people, countries and agreements this answer
        names."""
        kinds = ("person", "country", "group", "agreement")
        new = (e for e in answered if self._kind(e) in kinds)
        return tuple(dict.fromkeys([*context.named_so_far, *new]))

    def _context_after_abstaining(
        self, reason: AbstainReason, context: Context, parsed: Parsed | None
    ) -> Context:
        """ "Why did Begin visit New Delhi?" (the article doesn't say) "Whom did he meet
        there?": "he" is still Begin, though nothing was answered about him."""
        named = [
            link.entity
            for link in (parsed.entities if parsed is not None else [])
            if link.start >= 0 and self._kind(link.entity) == "person"
        ]
        if reason == AbstainReason.NOT_IN_ARTICLE and not named and parsed is not None:
            # "How many countries at Tokyo?" "Which?" "And at the New Delhi meeting?" (the
            # article doesn't say) "Which?": the conversation has moved to a setting the
            # last answer is not about; its answer is no answer there.
            last = self.index.by_id.get(context.fact_id or "")
            settings = [
                link.entity
                for link in parsed.entities
                if link.start >= 0 and self._kind(link.entity) in SETTING_KINDS
            ]
            stays = last is not None and self._own_places(last).issuperset(settings)
            # "Who went to Tokyo?" "What did they agree in Tokyo?" (it doesn't say) "China
            # wasn't part of it?": the talks in Tokyo are still what "it" is.
            if (
                settings
                and not stays
                and (last is None or any(e not in last.central for e in settings))
            ):
                # Who was named before stays: "Who is Singh?" "Did he go to Tokyo?" (it
                # doesn't say) "Where was he earlier this month?": he is still Singh. So
                # is he whom the pronoun meant: "Has he [Singh] been to a 2+2 before?" (it
                # doesn't say) "How many?" asks Singh's count, not the two countries'.
                return Context(
                    entities=(*self._pronoun_meant_people(parsed), *settings),
                    named_so_far=context.named_so_far,
                    turn=context.turn + 1,
                )
        if reason != AbstainReason.NOT_IN_ARTICLE or not named:
            if (
                reason == AbstainReason.NOT_IN_ARTICLE
                and parsed is not None
                and parsed.qtype == "yesno"
            ):
                # "Did they mention China?" (the article doesn't say) "Who did?": who did
                # what the claim says. "Who went to Tokyo?" "Did Singh?" (it doesn't say)
                # "Did Esper?": the claim is still the last question's, of Esper.
                claim = context.claim if is_bare_auxiliary(parsed) else parsed.text
                return replace(context, turn=context.turn + 1, claim=claim, question_type="yesno")
            return replace(context, turn=context.turn + 1)
        if parsed is not None and parsed.qtype == "yesno" and is_bare_auxiliary(parsed):
            # "Who went to Tokyo?" "Did Singh?" (the article doesn't say) "Did Esper?": still
            # the last question, now of Esper; "he" is Singh, the one just asked about.
            return replace(context, turn=context.turn + 1, answer_entities=tuple(named))
        if parsed is not None:
            # "Who visited New Delhi?" (Begin) "Did he meet Singh?" (the article doesn't say)
            # "When was his visit?": he is still Begin, not Singh, whom the question named.
            named = [*self._pronoun_meant_people(parsed), *named]
        # "Was Begin there?" (the article doesn't say) "Was Esper there?": there is still
        # where it was.
        there = (
            parsed is not None
            and parsed.followup_fact == context.fact_id
            and locative_there(parsed.words)
        )
        claim = parsed.text if parsed is not None and parsed.qtype == "yesno" else None
        if claim is not None and parsed is not None and _AMONG_THEM.issubset(parsed.words):
            # "Is Pompeo one of them?" (the article doesn't say) "How many have there been?":
            # the conversation is still about what the last answer named.
            return replace(context, question_type="yesno", claim=claim, turn=context.turn + 1)
        kind, terms, asked = (
            ("yesno", (), None)
            if claim is not None
            else self._asked_on(parsed, context)
            if parsed is not None
            else (None, (), None)
        )
        return Context(
            entities=tuple(dict.fromkeys(named)),
            # "Did Esper say that?" (the article doesn't say) "Who said it then?": a yes or no
            # left unanswered leaves the last answer the one still talked about.
            fact_id=context.fact_id if there or claim is not None else None,
            # "Did Pompeo?" (the article doesn't say) "Did Begin?": the same claim, of Begin.
            question_type=kind,
            claim=claim,
            named_so_far=context.named_so_far,
            terms=terms,
            # "What did Esper say about China?" (nothing) "And Pompeo?": asked of Pompeo.
            asked=asked
            or (parsed.text if parsed is not None and claim is None and named else None),
            turn=context.turn + 1,
        )

    def _pronoun_meant_people(self, parsed: Parsed) -> list[str]:
        """The people a personal pronoun of the question stood for ("did he meet Singh?"
        after Begin: Begin), none when it has no such pronoun."""
        if "person" not in parsed.pronouns:
            return []
        return [
            link.entity
            for link in parsed.entities
            if link.start < 0 and self._kind(link.entity) == "person"
        ]

    @staticmethod
    def _asked_on(
        parsed: Parsed, context: Context
    ) -> tuple[str | None, tuple[str, ...], str | None]:
        """The kind, words and text of a wh-question the article has no answer to, for the
        next turn: "What did Esper say?" (the article doesn't quote him) "And Pompeo?" asks
        it of Pompeo, whom it does. A follow-up ("and Esper?") has no words of its own to ask
        again: the last question's stay."""
        if any(term(w) in parsed.terms for w in parsed.words):
            return None, (), parsed.text
        if question_type(parsed.words) == ["keyword"]:
            return context.question_type, context.terms, context.asked
        return None, (), None

    def _suggest_for(
        self, parsed: Parsed, entities: list[str], ranked: list[Scored] | None = None
    ) -> tuple[str, ...]:
        out: dict[str, None] = {}
        # A few more than needed, in case one is the question just asked.
        wanted = MAX_SUGGESTIONS + 1
        for scored in (ranked or [])[: wanted * 2]:
            if scored.score > 0:
                for q in scored.entry.fact.questions[:1]:
                    out.setdefault(q, None)
        for entity in entities:
            for position in self.index.entity_postings.get(entity, ())[: wanted * 2]:
                for q in self.index.entries[position].fact.questions[:1]:
                    out.setdefault(q, None)
        for q in self._default_suggestions:
            out.setdefault(q, None)
        asked = normalise(parsed.text)
        return tuple(q for q in out if normalise(q) != asked)[:MAX_SUGGESTIONS]

    def _suggest_next(self, facts: list[Fact], parsed: Parsed) -> tuple[str, ...]:
        out: dict[str, None] = {}
        asked = parsed.text
        for fact in facts:
            for q in fact.questions:
                out.setdefault(q, None)
        for topic in dict.fromkeys(t for f in facts for t in f.topics):
            if len(out) > MAX_SUGGESTIONS:
                break
            for position in self.index.topic_postings.get(topic, ())[: MAX_SUGGESTIONS * 2]:
                fact = self.index.entries[position].fact
                if fact not in facts:
                    for q in fact.questions[:1]:
                        out.setdefault(q, None)
        return tuple(q for q in out if normalise(q) != asked)[:MAX_SUGGESTIONS]

    def _explain(self, parsed: Parsed | None, ranked: list[Scored]) -> Explanation | None:
        if parsed is None:
            return None
        notes = [f"corrected “{a}” → “{b}”" for a, b in parsed.corrections]
        if parsed.unknown:
            notes.append("unknown words: " + ", ".join(parsed.unknown))
        return Explanation(
            question_type=parsed.qtype,
            normalised=parsed.text,
            entities=tuple(
                (link.entity, link.text, round(link.score, 1)) for link in parsed.entities
            ),
            candidates=tuple((s.entry.fact.id, round(s.score, 3)) for s in ranked[:5]),
            notes=tuple(notes),
        )

    @abc.abstractmethod
    def _answer(self, question: str, context: Context) -> Answer:
        """The answer to a question put in words, as if asked: what a question offering
        several options asks of each one."""

    @abc.abstractmethod
    def _factual(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        """A fact's role as the answer: the general path, which other answers fall back to."""
