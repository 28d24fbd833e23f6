"""The question answerer: `Engine(factbase).answer(question, context) -> Answer`.

Pure and synchronous: no I/O, no clocks, no randomness, so the same question in the same
context always gets the same answer. It never raises on any text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from bot.engine.answer import AbstainReason, Answer, CitedQuote, Explanation
from bot.engine.context import Context
from bot.engine.index import FactEntry, Index, term
from bot.engine.phrases import (
    AND_ABOUT,
    ASKS_ARTICLE_DATE,
    ASKS_AUTHOR,
    ASKS_TITLE,
    ASKS_WRITTEN,
    BEFORE_WORDS,
    CALLED,
    CLOCK_TIME,
    CONTROL,
    DATE,
    DEFINE,
    DEFINE_OR_ABOUT,
    FULL,
    HELP_TEXT,
    IDENTITY_TERMS,
    MENTION,
    ORDER_ASKED,
    ORDER_SAID,
    STARTS_WITH_BE,
    SUMMARY_WORD,
    TITLES,
    TWO_TYPES,
    WHAT_IS,
    YEAR,
    about_then_question,
    chit_chat,
    identity_text,
    is_about_phrase,
    is_internal_note,
    paragraph_asked,
    replace_type,
    replace_unknown,
    soft_link,
    split_multi,
)
from bot.engine.question import ORDINAL_WORDS, Parsed, parse
from bot.factbase.model import Entity, Fact, FactBase, Role
from bot.text import normalise

__all__ = ["ANSWER_THRESHOLD", "MAX_QUESTION_CHARS", "Engine"]


log = logging.getLogger(__name__)

# Below this confidence the engine abstains: a wrong answer is worse than none.
ANSWER_THRESHOLD = 0.55
YESNO_THRESHOLD = 0.7
# "Which specific technologies…" asks for more than a summary sentence gives: be surer.
DETAIL_THRESHOLD = 0.85
MAX_QUESTION_CHARS = 500
MAX_SUGGESTIONS = 3
# How much naming an entity counts, by kind: countries are named everywhere, people are not.
ENTITY_WEIGHT = {"country": 1.0, "place": 2.0, "group": 2.0}
DEFAULT_ENTITY_WEIGHT = 3.0
# A question naming an entity the fact does not involve is probably about something else.
MISSING_ENTITY_FACTOR = {"country": 0.85, "place": 0.7, "organisation": 0.7, "group": 0.7}
COMMON_ENTITY_SHARE = 0.3
UNKNOWN_WORD_FACTOR = 0.7  # each word the fact base has never seen
UNKNOWN_WORD_WEIGHT = 1.0  # its weight in the share of the question a fact explains
SPEECH_TERMS = frozenset(term(w) for w in ("say", "statement", "discuss", "mention"))
ADJUNCT_SHARE = 0.5  # an entity only in a fact's when/where/why is not what it is about
PAIR_DEPTH = 8  # how many of the best facts to consider roles from
MAX_CANDIDATES = 200  # facts scored for one question, at most (see _candidates)
# "Which country…" may be answered by any role that names one.
KIND_ROLES = ("what", "who", "with_whom", "where", "why", "how")
SPAN_TERM_WEIGHT = 0.25

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


@dataclass(frozen=True, slots=True)
class _Scored:
    entry: FactEntry
    score: float  # share of the question the fact explains, 0..1
    missing: tuple[str, ...]  # question entities the fact does not involve
    predicate: bool  # a keyword of the fact is in the question


class Engine:
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
        self._default_suggestions = tuple(
            q for entry in self.index.entries for q in entry.fact.questions[:1]
        )[:MAX_SUGGESTIONS]

    # --- public --------------------------------------------------------------------------

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question; never raises. `answer.context` is the next turn's context."""
        context = context or Context()
        try:
            return self._answer(question if isinstance(question, str) else str(question), context)
        except Exception:  # a bug must cost one answer, never the bot
            log.exception("engine failed on a question of %d characters", len(str(question)))
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "Sorry, I could not read that question. Try asking it another way.",
                context,
                notes=("internal error",),
            )

    # --- the steps ------------------------------------------------------------------------

    def _answer(self, question: str, context: Context) -> Answer:
        notes: list[str] = []
        text = MENTION.sub(" ", CONTROL.sub(" ", question))
        if len(text) > MAX_QUESTION_CHARS:
            text = text[:MAX_QUESTION_CHARS]
            notes.append(
                f"Your message was long; I read its first {MAX_QUESTION_CHARS} characters."
            )
        text = about_then_question(text)
        normalised = normalise(text)
        if not normalised:
            return self._abstain(
                AbstainReason.EMPTY,
                "Ask me a question about the U.S.–India defense talks. " + HELP_TEXT,
                context,
                notes=tuple(notes),
            )
        chat = chit_chat(normalised)
        if chat is not None:
            return self._abstain(AbstainReason.CHIT_CHAT, chat, context, notes=tuple(notes))
        parts = split_multi(text)
        if len(parts) > 1:
            return self._multi(parts, context, notes)
        two = TWO_TYPES.match(normalised)
        if two:
            return self._multi(
                [f"{two['a']} {two['rest']}", f"{two['b']} {two['rest']}"], context, notes
            )
        result = self._single(text, context)
        if notes:
            result = replace(result, notes=(*notes, *result.notes))
        return result

    def _multi(self, parts: list[str], context: Context, notes: list[str]) -> Answer:
        answers: list[Answer] = []
        current = context
        for part in parts:
            answer = self._single(part, current)
            answers.append(answer)
            if not answer.abstained:
                current = answer.context
        given = [a for a in answers if not a.abstained]
        if not given:
            first = answers[0]
            return replace(first, notes=(*notes, *first.notes))
        texts = [a.text if not a.abstained else "the article doesn't say" for a in answers]
        quotes: dict[tuple[int, int, str], CitedQuote] = {}
        for answer in given:
            for quote in answer.quotes:
                quotes.setdefault((quote.start, quote.end, quote.article), quote)
        fact_ids = tuple(dict.fromkeys(f for a in given for f in a.fact_ids))
        confidence = min(a.confidence for a in given)
        return Answer(
            text="; ".join(dict.fromkeys(texts)),
            quotes=tuple(quotes.values()),
            fact_ids=fact_ids,
            confidence=confidence,
            abstained=False,
            suggestions=given[-1].suggestions,
            explanation=given[0].explanation,
            role=given[0].role,
            notes=tuple(notes),
            context=current,
        )

    def _single(self, text: str, context: Context) -> Answer:
        parsed = parse(text, self.index)
        notes: list[str] = []
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
        if not parsed.entities and {"you", "your", "yourself"} & set(parsed.words):
            return self._abstain(
                AbstainReason.CHIT_CHAT,
                "I'm talksbot: I only know one news article. " + HELP_TEXT,
                context,
                parsed=parsed,
            )
        parsed, followed = self._resolve_followup(parsed, context)
        if followed:
            notes.append(followed)
        about_article = self._about_article(parsed, context, notes)
        if about_article is not None:
            return about_article
        called = self._called(parsed, context, notes)
        if called is not None:
            return called
        if parsed.wants_name:
            named = self._name_answer(parsed, context, notes)
            if named is not None:
                return named
        if parsed.qtype == "summary":
            return self._summary(parsed, context, text, notes)
        if parsed.qtype in ("who_is", "what", "keyword") or self._is_definition(parsed):
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
            return self._yesno(parsed, context, notes)
        if parsed.qtype == "who_is":
            parsed.qtype = "who"
            parsed.types = [t for t in parsed.types if t != "who_is"] or ["who"]
        return self._factual(parsed, context, notes)

    # --- follow-ups ---------------------------------------------------------------------

    def _resolve_followup(self, parsed: Parsed, context: Context) -> tuple[Parsed, str | None]:
        if context.empty:
            return parsed, None
        entities = parsed.entity_ids
        last = self.index.by_id.get(context.fact_id or "")
        covered = last is not None and all(t in last.bag for t in parsed.terms)
        content = bool(parsed.unknown) or (bool(parsed.terms) and not covered)
        if not entities and not content:
            # "Where?", "When was that?": the same subject, a new kind of question.
            parsed.terms = list(dict.fromkeys([*parsed.terms, *context.terms]))
            parsed.entities = [soft_link(e) for e in context.entities]
            parsed.followup_fact = context.fact_id
            if parsed.qtype == "keyword" and context.question_type:
                parsed.qtype = context.question_type
                parsed.types = [context.question_type]
            return parsed, "follow-up: same subject as the last question"
        if (
            entities
            and not content
            and parsed.qtype in ("keyword", "what")
            and is_about_phrase(parsed)
        ):
            # "And Pompeo?", "What about Tokyo?": the last question, about something else.
            kinds = {self.factbase.entities[e].kind for e in entities}
            kept = [
                e
                for e in context.entities
                if self.factbase.entities.get(e) is not None
                and self.factbase.entities[e].kind not in kinds
            ]
            parsed.entities = [soft_link(e) for e in kept] + parsed.entities
            parsed.terms = list(context.terms)
            if context.question_type:
                parsed.qtype = context.question_type
                parsed.types = [context.question_type]
            return parsed, "follow-up: the last question, about " + ", ".join(entities)
        if entities and AND_ABOUT.match(parsed.text) and parsed.qtype in ("keyword", "what"):
            # "And U.S.-China relations?": the last kind of question, about these words.
            if context.question_type:
                parsed.qtype = context.question_type
                parsed.types = [context.question_type]
            return parsed, "follow-up: the last kind of question"
        note = None
        people_named = any(self._kind(e) in ("person", "group") for e in entities)
        if (
            parsed.pronouns
            and not people_named
            and (not entities or parsed.pronouns & {"person", "plural"})
        ):
            chosen = self._pronoun_entities(parsed.pronouns, context)
            if chosen:
                parsed.entities = [soft_link(e) for e in chosen] + parsed.entities
                note = "follow-up: " + ", ".join(chosen) + " from the last answer"
        if (
            last is not None
            and {"there", "then"} & set(parsed.words)
            and all(e in last.entities or e in last.implied for e in entities)
        ):
            # "Which U.S. officials were there?": there, at what the last answer was about.
            parsed.followup_fact = last.fact.id
            note = note or "follow-up: there, as in the last answer"
        return parsed, note

    def _pronoun_entities(self, pronouns: set[str], context: Context) -> list[str]:
        people = [
            e
            for e in (*context.answer_entities, *context.entities)
            if (ent := self.factbase.entities.get(e)) is not None and ent.kind == "person"
        ]
        if "person" in pronouns and people:
            return people[:1]
        if "plural" in pronouns:
            return list(dict.fromkeys((*context.entities, *context.answer_entities)))
        if "thing" in pronouns:
            return list(context.entities)
        return []

    # --- kinds of answer --------------------------------------------------------------------

    def _factual(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        ranked = self._rank(parsed)
        parts: list[tuple[_Scored, Role | None, float]] = []
        for qtype in parsed.types:
            roles = ROLES_FOR.get(qtype, ("what",))
            if parsed.wanted_kind and qtype in ("what", "who", "with_whom", "keyword"):
                roles = (*roles, *(r for r in KIND_ROLES if r not in roles))
            choice = self._choose(parsed, ranked, roles, qtype)
            if choice is None:
                return self._not_found(parsed, context, ranked, notes)
            parts.append(choice)
        first_role = parts[0][1]
        confidence = min(c for _, _, c in parts)
        refusal = self._detail_not_given(parsed, first_role)
        if refusal is not None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                refusal,
                context,
                parsed=parsed,
                ranked=ranked,
                notes=tuple(notes),
                suggestions=self._suggest_for(parsed, parsed.entity_ids, ranked),
            )
        if confidence < (
            max(self.threshold, DETAIL_THRESHOLD) if parsed.wants_detail else self.threshold
        ):
            return self._not_found(parsed, context, ranked, notes, confidence)
        texts = [
            role.answer if role is not None else scored.entry.fact.statement
            for scored, role, _ in parts
        ]
        facts = list(dict.fromkeys(scored.entry.fact for scored, _, _ in parts))
        return self._answered(
            text="; ".join(dict.fromkeys(texts)),
            facts=facts,
            role=first_role,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    def _choose(
        self, parsed: Parsed, ranked: list[_Scored], roles: tuple[str, ...], qtype: str
    ) -> tuple[_Scored, Role | None, float] | None:
        """The best (fact, role) pair: a role of the kind asked for, whose answer is not
        just what the question already names, from the best-scoring facts."""
        identity_like = all(t in IDENTITY_TERMS for t in parsed.terms)
        if parsed.followup_fact is not None:
            entry = self.index.by_id.get(parsed.followup_fact)
            # After "who is Pompeo?", "what did he say?" is about his words, not his title.
            if entry is not None and (identity_like or entry.fact.id not in self._identity_facts):
                for name in roles:
                    role = entry.fact.roles.get(name)
                    if role is not None and self._role_fits(entry, name, parsed, qtype):
                        return _Scored(entry, 1.0, (), True), role, 0.9
        asked_terms = set(parsed.terms) | {t for t in parsed.span_terms if "-" in t}
        asked = set(parsed.entity_ids)
        content_matters = qtype in ("what", "how", "keyword")
        best: tuple[float, _Scored, Role | None, float] | None = None
        for position, scored in enumerate(ranked[:PAIR_DEPTH]):
            if parsed.asks_action and not self._defines_asked(scored.entry.fact.id, set()):
                continue  # what someone did is not who they are
            penalised = self._penalised(scored, parsed)
            confidence = self._confidence(scored, ranked, position, parsed, penalised)
            entry = scored.entry
            for rank, name in enumerate(roles):
                role = entry.fact.roles.get(name)
                if role is None or not self._role_fits(entry, name, parsed, qtype):
                    continue
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
                    sum(1 for e in declared if e in asked) / len(declared) if declared else 0.0
                )
                # "who" and "with_whom" are two sides of one question; other roles are
                # listed in order of preference.
                order = 0 if name in ("who", "with_whom") else rank
                value = penalised * (1 - 0.04 * order) * (1 - 0.3 * named_share) + relevance
                if qtype in ("who", "with_whom") and not declared:
                    value *= 0.9  # a name answers "who" better than a description
                defines = self._identity_facts.get(entry.fact.id)
                if (
                    defines is not None
                    and defines in named_here
                    and (defines not in asked or not identity_like)
                ):
                    continue  # "X is the Secretary" answers who X is, not what X did
                if parsed.wanted_kind and any(
                    self._kind(e) == parsed.wanted_kind for e in entry.role_entities[name]
                ):
                    value += 0.05  # the very kind asked for, not a near one
                if qtype == "how_many" and named_here - asked - parsed.described:
                    value *= 0.9  # "Two: the second time Esper…" counts something about Esper
                if (
                    qtype == "how_many"
                    and parsed.counted is not None
                    and (
                        parsed.counted in entry.statement_terms or parsed.counted in entry.predicate
                    )
                ):
                    value += 0.1  # it counts what the question counts
                if best is None or value > best[0]:
                    best = (value, scored, role, confidence)
            if (
                ((qtype == "keyword" and not parsed.terms) or parsed.asks_action)
                and scored.score > 0
                and self._defines_asked(entry.fact.id, set())
                and (
                    best is None or scored.score > best[0] or (parsed.asks_action and position == 0)
                )
            ):
                # "esper singh", "what did Begin do?": the fact itself is the answer.
                best = (scored.score, scored, None, confidence)
        if best is None:
            return None
        return best[1], best[2], best[3]

    def _role_fits(self, entry: FactEntry, name: str, parsed: Parsed, qtype: str) -> bool:
        named = entry.role_entities.get(name, frozenset())
        declared = {m for e in entry.fact.roles[name].entities for m in self.index.expand(e)}
        asked = set(parsed.entity_ids)
        if (
            declared
            and declared <= (asked - parsed.described) | parsed.excluded
            and not self._adds_to(entry, name, parsed, declared)
        ):
            return False  # "who met Singh?" is not answered by "Singh"
        if name == "where" and any(
            self._kind(e) == "place" and e not in declared for e in asked - parsed.excluded
        ):
            return False  # "where is New Delhi?" is not answered by Tokyo
        if (
            parsed.nationality
            and name in ("who", "with_whom")
            and not any(parsed.nationality in self.index.part_of.get(e, ()) for e in declared)
        ):
            return False  # "which Australian minister…" is not answered by Americans
        if parsed.wants_other and name in ("who", "with_whom") and not declared - asked:
            return False  # "who else…" needs someone the question does not name
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
        return True

    def _defines_asked(self, fact_id: str, asked: set[str]) -> bool:
        """Not an identity fact, or the identity of something the question names."""
        defines = self._identity_facts.get(fact_id)
        return defines is None or defines in asked

    def _adds_to(self, entry: FactEntry, name: str, parsed: Parsed, declared: set[str]) -> bool:
        """A "what" answer that says more than the names the question already gives
        ("the U.S.-India relationship: one of the most significant…") is still an answer."""
        if name != "what":
            return False
        known = set(parsed.terms) | set(parsed.span_terms)
        for entity in declared | entry.role_entities.get(name, frozenset()):
            known |= self.index.entity_terms.get(entity, frozenset())
        return len(entry.answer_terms.get(name, frozenset()) - known) >= 2

    def _confidence(
        self,
        scored: _Scored,
        ranked: list[_Scored],
        position: int,
        parsed: Parsed,
        penalised: float | None = None,
    ) -> float:
        confidence = self._penalised(scored, parsed) if penalised is None else penalised
        if position > 0 and ranked[0].score > scored.score + 0.1:
            confidence *= 0.8
        return max(0.0, min(1.0, confidence))

    def _penalised(self, scored: _Scored, parsed: Parsed) -> float:
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
        return confidence

    def _detail_not_given(self, parsed: Parsed, role: Role | None) -> str | None:
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

    def _yesno(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer:
        distinct = self._two_people(parsed, context, notes)
        if distinct is not None:
            return distinct
        ranked = self._rank(parsed)
        if parsed.wants_duration:
            return self._not_found(parsed, context, ranked, notes)
        asked = set(parsed.entity_ids)
        # "X is the Secretary" facts do not confirm things about others.
        ranked = [r for r in ranked if self._defines_asked(r.entry.fact.id, asked)] or ranked
        if parsed.asks_speech:
            # "Did Pompeo mention India?" is answered only by something someone said.
            ranked = [r for r in ranked if not r.entry.bag.isdisjoint(SPEECH_TERMS)]
        if not ranked:
            return self._not_found(parsed, context, ranked, notes)
        # A fact that involves everything the question names beats a closer-worded one that
        # leaves something out: "Did Esper visit Tokyo?" is about the Tokyo talks.
        complete = [r for r in ranked[:5] if not r.missing and r.score >= 0.5]
        if ranked[0].missing and complete:
            ranked = [complete[0], *(r for r in ranked if r is not complete[0])]
        best = ranked[0]
        fact = best.entry.fact
        confidence = self._confidence(best, ranked, 0, parsed)
        missing = [e for e in best.missing]
        if best.missing and not parsed.unknown and not parsed.unknown_names:
            for candidate in ranked[:3]:
                if len(candidate.missing) != 1 or candidate.score < 0.45:
                    continue
                if not self._names_the_event(candidate.entry.fact, parsed):
                    continue
                no = self._closed_list_no(candidate.entry.fact, list(candidate.missing))
                if no is not None:
                    return self._answered(
                        text=f"No. {no}",
                        facts=[candidate.entry.fact],
                        role=None,
                        confidence=min(0.9, candidate.score + 0.3),
                        parsed=parsed,
                        context=context,
                        ranked=ranked,
                        notes=notes,
                    )
        elsewhere = self._elsewhere(parsed, context, notes)
        if elsewhere is not None:
            return elsewhere
        if missing or confidence < YESNO_THRESHOLD or parsed.unknown:
            return self._not_found(parsed, context, ranked, notes, confidence)
        verdict = "No" if fact.negative else "Yes"
        if parsed.ordinal is not None:
            said_ordinals = {
                w for text in (fact.statement, fact.quote.text) for w in normalise(text).split()
            } & ORDINAL_WORDS
            if not said_ordinals:
                return self._not_found(parsed, context, ranked, notes, confidence)
            verdict = "Yes" if parsed.ordinal in said_ordinals else "No"
        order = ORDER_ASKED.search(parsed.text)
        if order is not None:
            # "Did they meet after the Dialogue?": yes or no only if the fact orders the same two.
            said = self._order_said(fact, parsed, order)
            if said is None:
                return self._not_found(parsed, context, ranked, notes, confidence)
            verdict = "Yes" if said else "No"
        return self._answered(
            text=f"{verdict}. {fact.statement}",
            facts=[fact],
            role=None,
            confidence=confidence,
            parsed=parsed,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    def _order_said(self, fact: Fact, parsed: Parsed, order: re.Match[str]) -> bool | None:
        """Whether the fact says the same order in time as the question (True), the
        opposite (False), or nothing about it relative to the same thing (None)."""
        asked_before = order.group(1) in BEFORE_WORDS
        start = len(parsed.text[: order.start()].split())
        anchors = {link.entity for link in parsed.entities if link.start >= start}
        if not anchors:
            return True  # "has he done one before?": earlier, not before something named
        for text in (fact.statement, fact.quote.text):
            for said in ORDER_SAID.finditer(normalise(text)):
                if anchors & self.index.entities_in(said.group(2)):
                    return (said.group(1) in BEFORE_WORDS) == asked_before
        return None

    def _two_people(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Is Esper the Indian defense minister?" names two different people: no."""
        if not STARTS_WITH_BE.match(parsed.text):
            return None
        spans: dict[tuple[int, int], list[str]] = {}
        for link in parsed.entities:
            if self._kind(link.entity) == "person" and link.start >= 0:
                spans.setdefault((link.start, link.end), []).append(link.entity)
        singles = [ids[0] for ids in spans.values() if len(ids) == 1]
        if len(singles) != 2 or singles[0] == singles[1] or parsed.terms or parsed.unknown:
            return None
        facts = []
        for entity_id in singles:
            entity = self.factbase.entities[entity_id]
            fact = self.factbase.facts.get(entity.identity_fact or "")
            if fact is None:
                return None
            facts.append(fact)
        who = "; ".join(identity_text(f) for f in facts)
        return self._direct(
            text=f"No. {who}.",
            facts=facts,
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=singles,
        )

    def _elsewhere(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "Did they meet in Mumbai?": an unknown place where the article names the place."""
        places = [
            w
            for w in parsed.unknown_names
            if re.search(rf"\b(?:in|at) {re.escape(w)}\b", parsed.text)
        ]
        if len(places) != 1 or len(parsed.unknown) != 1:
            return None
        without = replace_unknown(parsed)
        ranked = self._rank(without)
        if not ranked or ranked[0].missing or ranked[0].score < YESNO_THRESHOLD:
            return None
        fact = ranked[0].entry.fact
        where = fact.roles.get("where")
        if where is None or not where.entities or not self._names_the_event(fact, without):
            return None
        return self._answered(
            text=f"No. {fact.statement}",
            facts=[fact],
            role=where,
            confidence=min(0.9, ranked[0].score),
            parsed=without,
            context=context,
            ranked=ranked,
            notes=notes,
        )

    def _names_the_event(self, fact: Fact, parsed: Parsed) -> bool:
        """The question identifies the event itself (by name, or by two or more of its
        participants), not just someone in it: "Did Esper and Singh meet in Tokyo?" yes,
        "Was Singh in Tokyo?" no; one event has one place, a person many."""
        asked = set(parsed.entity_ids)
        events = {e for e in fact.entities if self._kind(e) in ("event", "agreement")}
        if asked & events:
            return True
        participants = {
            m
            for name in ("who", "with_whom")
            for e in (fact.roles[name].entities if name in fact.roles else ())
            for m in self.index.expand(e)
        }
        return len(participants) >= 2 and participants <= asked

    def _closed_list_no(self, fact: Fact, missing: list[str]) -> str | None:
        """The article lists who took part (e.g. the four countries in Tokyo): a country the
        list leaves out did not take part, and the answer quotes the list."""
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
            if role is None or not named or any(self._kind(e) != kind for e in named):
                continue
            if kind == "country" and len(named) < 2:
                continue  # one country named is no list of all who took part
            if kind == "country":
                listed = fact.roles.get("what") or role
                return (
                    f"{self.factbase.entities[missing[0]].name} is not among them: {listed.answer}."
                )
            return fact.statement
        return None

    def _profile(
        self, entity_id: str, parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "Tell me about Pompeo": who he is and what he did, from the facts about him."""
        entity = self.factbase.entities[entity_id]
        identity = self.factbase.facts.get(entity.identity_fact or "")
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

    def _about_article(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """Questions about the article itself: its headline, its date, who wrote it."""
        if parsed.entities or len(self.factbase.articles) != 1:
            return None
        article = next(iter(self.factbase.articles.values()))
        text = parsed.text
        headline = [f for f in self.factbase.facts.values() if f.quote.paragraph == 0]
        if ASKS_TITLE.search(text) and headline:
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

    def _called(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What does the article call the four-way talks?": the article's own name for it."""
        if not CALLED.search(parsed.text):
            return None
        entities = [link for link in parsed.entities if link.start >= 0]
        if len(entities) > 1:  # "the four-way talks in Tokyo": the talks, not the city
            entities = [e for e in entities if self._kind(e.entity) not in ("place", "country")]
        if len({link.entity for link in entities}) != 1 or parsed.unknown:
            return None
        entity = self.factbase.entities[entities[0].entity]
        if entity.kind == "person" or not entity.aliases:
            return None
        facts = [self.factbase.facts[entity.identity_fact]] if entity.identity_fact else []
        facts = facts or self._facts_about(entity.id)[:1]
        if not facts:
            return None
        names = ", ".join(f"“{a}”" for a in entity.aliases[:2])
        return self._direct(
            text=f"{entity.name} (the article's words: {names})",
            facts=facts,
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )

    def _name_answer(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "What is Esper's first name?": the name as the fact base records it."""
        people = [e for e in parsed.entity_ids if self._kind(e) == "person"]
        if len(people) != 1:
            return None
        entity = self.factbase.entities[people[0]]
        about = self.factbase.facts.get(entity.identity_fact or "") or next(
            iter(self._facts_about(entity.id)), None
        )
        if about is None:
            return None
        words = [w for w in entity.name.split() if w.lower().strip(".") not in TITLES]
        part = parsed.name_part or "full"
        if part == "first" and len(words) >= 2:
            text = f"{words[0]} ({entity.name})"
        elif part == "last" and len(words) >= 2:
            text = f"{words[-1]} ({entity.name})"
        elif part == "full" and len(words) >= 2:
            text = entity.name
        else:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article doesn't give his or her {part} name; it calls them “{entity.name}”.",
                context,
                parsed=parsed,
            )
        return self._direct(
            text=text,
            facts=[about],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )

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
        if not parsed.copula or len(groups) != 1 or parsed.unknown or parsed.terms:
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

    def _identities(
        self, entities: list[str], parsed: Parsed, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "What are Esper's and Singh's titles?": each person's identity, in turn."""
        if not parsed.terms or any(t not in IDENTITY_TERMS for t in parsed.terms):
            return None
        people = [self.factbase.entities[e] for e in entities]
        if any(p.kind != "person" for p in people):
            return None
        facts = [self.factbase.facts.get(p.identity_fact or "") for p in people]
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

    def _identity(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        entities = parsed.entity_ids
        if not entities or parsed.unknown:
            return None
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
        fact = self.factbase.facts.get(entity.identity_fact or "")
        allowed = IDENTITY_TERMS
        if parsed.qtype == "who_is" and fact is not None:
            allowed = allowed | self.index.by_id[fact.id].bag
        if any(t not in allowed for t in parsed.terms):
            return None
        if entity.kind == "person" and {term("stand"), term("mean")} & set(parsed.terms):
            # "What does the T in Mark T. Esper stand for?": a name's parts are not explained.
            return self._not_found(parsed, context, [], notes)
        if (
            parsed.qtype == "what"
            and not parsed.terms
            and WHAT_IS.match(parsed.text) is None
            and DEFINE.match(parsed.text) is None
        ):
            return None  # "what did Esper…" is not "what is Esper"
        if fact is not None:
            order = ("what", "who") if parsed.qtype == "what" else ("who", "what")
            role = fact.roles.get(order[0]) or fact.roles.get(order[1])
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
            facts=[about[0]],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=notes,
            about=[entity.id],
        )

    def _summary(self, parsed: Parsed, context: Context, text: str, notes: list[str]) -> Answer:
        paragraph = paragraph_asked(parsed.text, self.factbase)
        if paragraph is not None:
            return self._paragraph(paragraph, parsed, context, notes)
        topic = self._topic(parsed)
        asked_to_summarise = SUMMARY_WORD.search(
            parsed.text,
        )
        if parsed.unknown and (topic is None or not asked_to_summarise):
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
        summary = self.factbase.summaries.get(topic) if topic else None
        if summary is None:
            summary = self.factbase.summaries.get("overall") or next(
                iter(self.factbase.summaries.values()), None
            )
        if summary is None:
            return self._factual(replace_type(parsed, "keyword"), context, notes)
        full = bool(FULL.search(parsed.text))
        body = summary.short if not full else "\n".join(f"• {p.text}" for p in summary.points)
        facts = [self.factbase.facts[f] for f in summary.fact_ids if f in self.factbase.facts]
        answer = self._direct(
            text=body,
            facts=facts[:3],
            confidence=0.9,
            parsed=parsed,
            context=context,
            notes=notes,
        )
        return replace(answer, summary_topic=summary.topic, fact_ids=tuple(f.id for f in facts))

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
                if topic is not None and topic != "overall":
                    return topic
        return None

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

    # --- scoring -------------------------------------------------------------------------

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
        cap = max(MAX_CANDIDATES, len(lists[0]))
        candidates: set[int] = set()
        for postings in lists:
            if candidates and len(candidates) + len(postings) > cap:
                break
            candidates.update(postings[:cap])
        return candidates

    def _rank(self, parsed: Parsed) -> list[_Scored]:
        index = self.index
        entities = parsed.entity_ids
        hard = {link.entity for link in parsed.entities if link.start >= 0} - parsed.excluded
        terms = [t for t in dict.fromkeys(parsed.terms) if t]
        candidates = self._candidates(entities, terms)
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
        term_set = frozenset(term_weights)
        term_order = tuple(term_weights)
        entity_set = frozenset(weights)
        entity_order = tuple(weights)
        scored: list[_Scored] = []
        for position in candidates:
            entry = index.entries[position]
            involved, central = entry.involved, entry.central
            # Set intersections (in C) find what matches; the sums then run in the question's
            # own order, so a score is the same to the last bit in every process.
            hit = 0.0
            if not entity_set.isdisjoint(involved):
                for e in entity_order:
                    if e in involved:
                        hit += weights[e] if e in central else weights[e] * ADJUNCT_SHARE
            matched = term_set & entry.bag
            if matched:
                for t in term_order:
                    if t in matched:
                        hit += term_weights[t]
            missing = [e for e in entity_order if e in hard and e not in involved]
            predicate = not asked_terms.isdisjoint(entry.predicate)
            score = hit / total
            if predicate:
                score += 0.03
            if entry.fact.quote.paragraph == 0:
                score -= 0.02  # the headline restates the body; prefer the body's sentence
            scored.append(_Scored(entry, score, tuple(missing), predicate))
        scored.sort(key=lambda s: (-s.score, len(s.missing), s.entry.order))
        return scored

    def _facts_about(self, entity_id: str) -> list[Fact]:
        return [self.index.entries[p].fact for p in self.index.entity_postings.get(entity_id, ())]

    def _kind(self, entity_id: str) -> str:
        entity: Entity | None = self.factbase.entities.get(entity_id)
        return entity.kind if entity is not None else "unknown"

    # --- building answers ------------------------------------------------------------------

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
        ranked: list[_Scored],
        notes: list[str],
        about: list[str] | None = None,
    ) -> Answer:
        quotes = tuple(dict.fromkeys(f.quote for f in facts))
        asked = (
            about
            if about is not None
            else [e for e in parsed.entity_ids if e in set().union(*(f.entities for f in facts))]
            or parsed.entity_ids
        )
        next_context = Context(
            entities=tuple(asked),
            answer_entities=tuple(role.entities) if role is not None else (),
            fact_id=facts[0].id if facts else None,
            question_type=parsed.qtype if parsed.qtype != "who_is" else "who",
            terms=tuple(parsed.terms),
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

    def _not_found(
        self,
        parsed: Parsed,
        context: Context,
        ranked: list[_Scored],
        notes: list[str],
        confidence: float = 0.0,
    ) -> Answer:
        known = bool(parsed.entity_ids) or any(t in self.index.postings for t in parsed.terms)
        if parsed.unknown_names:
            names = ", ".join(w.capitalize() for w in parsed.unknown_names[:3])
            message = f"The article doesn't mention {names}, so I can't answer that."
            reason = AbstainReason.NOT_IN_ARTICLE
        elif known:
            message = "The article doesn't say. I only answer what the article states."
            reason = AbstainReason.NOT_IN_ARTICLE
        else:
            message = (
                "That's outside what the article covers: it is about the U.S.–India "
                "defense talks of October 2020."
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

    def _abstain(
        self,
        reason: AbstainReason,
        text: str,
        context: Context,
        *,
        parsed: Parsed | None = None,
        ranked: list[_Scored] | None = None,
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
            context=replace(context, turn=context.turn + 1),
        )

    def _suggest_for(
        self, parsed: Parsed, entities: list[str], ranked: list[_Scored] | None = None
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

    def _explain(self, parsed: Parsed | None, ranked: list[_Scored]) -> Explanation | None:
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
