"""Whether the article uses a word: "Is Washington mentioned?", "is Tokyo in the article?".

Such a question asks about the article's words, not about the entity a word links to: the
fact base links "Washington" to the United States and "Beijing" to China from the
maintainers' knowledge, but the article says "U.S." and "China", so neither word is
mentioned. These answers read the article's own words (`Paragraphs.with_phrase`), built
once with the index, never every fact.
"""

from __future__ import annotations

import abc
import re
from dataclasses import replace
from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore, Scored
from bot.engine.index import FactEntry, _linkable_words, term
from bot.engine.lexicon import COUNTRY_NAMES, STOPWORDS, is_country_word
from bot.engine.paragraphs import Place
from bot.engine.question import Parsed, parse
from bot.text import normalise, tokens

__all__ = ["WordingAnswers"]

# Words before the thing asked that are no part of its name: "is THE Pentagon mentioned?".
LEADING_WORDS = frozenset({"the", "a", "an", "any"})
# A thing asked of is a name or a short phrase; a longer one is a claim for the usual
# reading ("is the threat posed by China's Communist Party mentioned?").
MAX_WORDS = 4
# Words that turn the question round ("is China not mentioned?"): left to the usual reading.
TURNING_WORDS = frozenset({"not", "never", "no", "nt"})

# "Is Esper's first name given?", "does the article give the year?", "is the date of the
# Tokyo talks stated?": whether the article gives a detail (the text as typed).
DETAIL_ASKED = prefilter.compile(
    r"^(?:(?:is|are|was|were) (?P<a>.+?) (?:ever |even |actually )?(?:given|stated|specified"
    r"|provided|mentioned|named|reported|revealed|disclosed|included)(?: anywhere)?"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?(?: at all)?"
    r"|(?:does|did) (?:the|this) (?:article|story|piece|text|report|it) (?:ever |even "
    r"|actually )?(?:give|state|specify|provide|mention|reveal|disclose|include|tell us)"
    r" (?P<b>.+?)(?: at all)?)$",
    re.IGNORECASE,
)
# The details asking for which says whether the article gives them: "what is Esper's first
# name?" (Mark), "what is the year of the meeting?" (it gives none). Not "name" alone nor
# "title", whose readings vary ("the name of the US officials").
DETAIL_HEADS = (
    ("first", "name"),
    ("middle", "name"),
    ("last", "name"),
    ("full", "name"),
    ("given", "name"),
    ("middle", "initial"),
    ("surname",),
    ("age",),
    ("year",),
    ("date",),
    ("day",),
)
# Details of the article's own event when nothing owns them: "is the year given?".
EVENT_DETAILS = frozenset({("year",), ("date",), ("day",)})

# "Is Pompeo called Secretary of State in the article?", "is Esper referred to as the
# Secretary of Defense?", "does the article call Pompeo the Secretary of State?": whether
# the article puts that title to that person's name (the text as typed).
CALLED_ASKED = prefilter.compile(
    r"^(?:(?:is|was) (?P<who>.+?) (?:ever )?(?:called|referred to as|described as|titled"
    r"|identified as|styled|named as)(?: the| a| an)? (?P<title>.+?)"
    r"|(?:does|did) (?:(?:the|this) (?:article|story|piece|text|report)|it) (?:ever )?(?:call"
    r"|refer to|describe|identify|title|lump|count|include|group) (?P<who2>.+?)"
    r"(?: in| together)? (?P<sep>as (?:the |a |an |one of the )?|the |a |an |(?=['\"‘“])|)"
    # "Is Singh described as a Secretary of Defense anywhere?": where is no part of it.
    r"(?P<title2>.+?))(?: too| as well| also| anywhere| at all| ever| at any point| at any time"
    r"| anywhere in (?:it|there))?"
    r"(?: (?:in|by) (?:the|this) (?:article|story|piece|text|report))?$",
    re.IGNORECASE,
)
# What a follow-up opens with and a claim ends with, no part of the calling asked: "and does
# it refer to Singh as a Secretary of Defense?", "Pompeo is called Deputy Secretary, right?".
_CALLING_LEAD = re.compile(r"^(?:(?:and|so|ok|okay|also|but|well|then)\b[\s,]*)+", re.IGNORECASE)
_CALLING_TAG = re.compile(
    r"[\s,]+(?:right|correct|true|yes|yeah|no|isn'?t (?:he|she|it)|is that (?:right|correct|so))$",
    re.IGNORECASE,
)
# "Pompeo is called Deputy Secretary in the article": the claim put as a statement.
_CALLED_CLAIM = re.compile(
    r"^(?P<who>[^,?]+?) (?P<aux>is|was) (?P<rest>(?:ever |also )?(?:called|referred to as"
    r"|described as|titled|identified as|styled|named as) .+)$",
    re.IGNORECASE,
)
# The nouns of an office, as terms: a title with another one is another office.
_OFFICE_TERMS = frozenset(term(w) for w in ("secretary", "minister", "secretaries", "ministers"))
# A question word makes it no claim: "Singh is called what in the article?".
_WH_WORDS = frozenset("what who whom whose which how why where when".split())
# Words of a title that make it another office than the one without them.
_RANK_QUALIFIERS = frozenset("deputy vice assistant acting former under associate".split())
# What stands between a name and the title put after it: "Pompeo, the secretary".
_NAME_TITLE_JOINERS = frozenset({"the", "a", "an", "is", "was", "as"})
# Words pointing back at the person just spoken of: "does it call him…?".
_POINTING = frozenset({"him", "her", "he", "she"})
# Words that count a group's members, not part of what they are called ("two men").
_COUNTING = frozenset("the two three four both all".split())
# How near a title stands to the name it is put to, in words: "Secretary of Defense Mark T.
# Esper" (two between), "Esper, the secretary" (one).
TITLE_REACH = 3
# How near the words of a title in other words stand to the name: "Defense" in "Secretary of
# Defense Mark T. Esper" is four words before it.
NEAR_NAME = 5


class WordingAnswers(EngineCore):
    def _title_put(self, text: str, context: Context) -> Answer | None:
        """ "Is Pompeo called Secretary of State in the article?": No, it calls him only
        "Secretary Pompeo" (it got Yes); "is Esper called Secretary of Defense?": Yes, with
        the sentence putting the title to his name. Only a person the article names, and a
        title its words put next to that name or nowhere near it."""
        # As typed: normalising reads "referred to as" away.
        asked = CALLED_ASKED.match(_calling_question(text))
        if asked is None:
            return None
        who = asked["who"] or asked["who2"]
        # "Does the article call Pompeo 'Secretary of State'?": the title without its marks.
        typed = (asked["title"] or asked["title2"]).strip("'\"‘’“” ")
        if asked["who2"] and not asked["sep"] and not typed.startswith(("'", '"', "‘", "“")):
            # "does the article call Rajnath Singh foreign minister?": nothing marks where the
            # name ends; the longest run of words naming one person is the name.
            who, typed = self._name_then_title(f"{who} {typed}")
        title = tuple(normalise(typed).split())
        person = self._person_named(who) or self._person_pointed_at(who, context)
        if person is None or not title or len(title) > MAX_WORDS:
            return None
        surname = self._surname(person)
        parsed = parse(who, self.index)
        for place in self.index.paragraphs.with_phrase(title):
            if _put_to(self.index.paragraphs.words[place], title, surname):
                return self._title_found(place, title, surname, parsed, context)
        if any(
            _put_to(self.index.paragraphs.words[place], title, surname, ranked=True)
            for place in self.index.paragraphs.with_phrase(title)
        ):
            # "Does the article call Begin secretary of state?": only with "Deputy" before it.
            return self._title_not_put(person, typed, parsed, context)
        if self._office_noun_never_given(person, title):
            # "Does the article refer to Esper as defense minister?": "Defense Minister" near
            # his name is Singh's; the article calls Esper a secretary, never a minister.
            return self._title_not_put(person, typed, parsed, context)
        if self._title_words_near(title, surname):
            return None  # "is Esper called the defense secretary?": in other words, he is
        grouped = self._title_of_group(person, title)
        if grouped is not None:
            return self._title_put_to_group(person, grouped, parsed, context)
        return self._title_not_put(person, typed, parsed, context)

    @cached_property
    def _groups_of(self) -> dict[str, tuple[str, ...]]:
        """Person → the groups the article names with them in ("the two Secretaries of
        Defense": Esper and Singh), found once."""
        found: dict[str, list[str]] = {}
        for entity in self.factbase.entities.values():
            for member in entity.members:
                found.setdefault(member, []).append(entity.id)
        return {member: tuple(groups) for member, groups in found.items()}

    @cached_property
    def _office_nouns_of(self) -> dict[str, frozenset[str]]:
        """Person → the office nouns ("secretary", "minister") of the article's own names
        for them and for the groups they are named in ("the two Secretaries of Defense":
        Singh too), as terms; found once."""
        found: dict[str, frozenset[str]] = {}
        for entity in self.factbase.entities.values():
            if entity.kind != "person" or entity.members:
                continue
            names = [*entity.aliases]
            for group in self._groups_of.get(entity.id, ()):
                names.extend(self.factbase.entities[group].aliases)
            found[entity.id] = (
                frozenset(term(w) for name in names for w in normalise(name).split())
                & _OFFICE_TERMS
            )
        return found

    def _office_noun_never_given(self, person: str, title: tuple[str, ...]) -> bool:
        """Whether the title's office noun is one the article never uses for the person:
        "minister" for Esper, whom it calls only a secretary."""
        asked = {term(w) for w in title} & _OFFICE_TERMS
        given = self._office_nouns_of.get(person, frozenset())
        return bool(asked) and bool(given) and not asked <= given

    def _title_of_group(self, person: str, title: tuple[str, ...]) -> str | None:
        """The article's own name of a group with the person in it that is the title asked,
        in the plural ("two Secretaries of Defense" for "Secretary of Defense"), or None."""
        asked = {term(w) for w in title if w not in STOPWORDS}
        for group in self._groups_of.get(person, ()):
            for alias in self.factbase.entities[group].aliases:
                named = {term(w) for w in normalise(alias).split() if w not in _COUNTING}
                named -= {term(w) for w in STOPWORDS}
                # "Does the article call Singh a secretary?": a part of the group's name
                # with its office noun is what it calls each of them too.
                if asked and (asked == named or (asked & _OFFICE_TERMS and asked <= named)):
                    return alias
        return None

    def _title_put_to_group(
        self, person: str, alias: str, parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Does the article ever call Singh a 'Secretary of Defense'?": Yes, as one of "the
        two Secretaries of Defense", with the sentence saying so."""
        entry = self._first_quoting(tuple(tokens(alias)))
        if entry is None:
            return None
        group = next(
            g for g in self._groups_of[person] if alias in self.factbase.entities[g].aliases
        )
        together = self.factbase.entities[group].name
        return self._quoting_one(
            entry,
            f"Yes, as one of them: the article calls {together} “the {alias}”.",
            parsed,
            context,
        )

    def _title_words_near(self, title: tuple[str, ...], surname: str) -> bool:
        """Whether every word of the title stands near the name somewhere, in any order or
        form ("defense secretary" by "Secretary of Defense Mark T. Esper", "India's" by
        "Indian"): then the article may well call the person so, in other words."""
        paragraphs = self.index.paragraphs
        near: set[str] = set()
        for place in paragraphs.by_word.get(surname, ()):
            words = paragraphs.words[place]
            for i, word in enumerate(words):
                if word == surname:
                    near.update(words[max(0, i - NEAR_NAME) : i + NEAR_NAME + 1])
        terms = {term(w) for w in near}
        return all(
            term(w) in terms or any(n.startswith(w) for n in near)
            for w in title
            if w not in STOPWORDS
        )

    def _name_then_title(self, words: str) -> tuple[str, str]:
        """ "Rajnath Singh foreign minister" → ("Rajnath Singh", "foreign minister")."""
        split = words.split()
        if split and normalise(split[0]) in _POINTING:
            return split[0], " ".join(split[1:])  # "call him secretary of state"
        for cut in range(len(split) - 1, 0, -1):
            person = self._person_named(" ".join(split[:cut]))
            # Up to a word of the person's own name: "Pompeo", not "Pompeo secretary of".
            if person is not None and normalise(split[cut - 1]) == self._surname(person):
                return " ".join(split[:cut]), " ".join(split[cut:])
        return words, ""

    def _surname(self, person: str) -> str:
        return normalise(self.factbase.entities[person].name).split()[-1]

    def _person_pointed_at(self, who: str, context: Context) -> str | None:
        """ "What title does the article give Singh?" "Does it ever call him a Secretary of
        Defense?": "him" is the one person the conversation is about."""
        if normalise(who) not in _POINTING:
            return None
        people = [e for e in context.entities if self._kind(e) == "person"]
        return people[0] if len(people) == 1 else None

    def _person_named(self, who: str) -> str | None:
        """The one person the words name ("Pompeo", "Mr. Esper"), or None."""
        links = [link for link in parse(who, self.index).entities if link.start >= 0]
        if len(links) != 1 or links[0].score < 100:
            return None
        entity = self.factbase.entities[links[0].entity]
        return entity.id if entity.kind == "person" and entity.aliases else None

    def _title_found(
        self,
        place: Place,
        title: tuple[str, ...],
        surname: str,
        parsed: Parsed,
        context: Context,
    ) -> Answer | None:
        """Yes, quoting the sentence that puts the title to the name."""
        quoting = [
            self.index.by_id[fact_id]
            for fact_id in self.index.paragraphs.facts.get(place, ())
            if _put_to(tokens(self.index.by_id[fact_id].fact.quote.text), title, surname)
        ]
        # The fact about the person: "is Singh called the Defense Minister?" shows Singh's
        # title, not Esper's from the same sentence.
        quoting.sort(key=lambda e: surname not in tokens(e.fact.statement))
        if not quoting:
            return None
        entry = quoting[0]
        return self._quoting_one(entry, f"Yes. {entry.fact.statement}", parsed, context)

    def _title_not_put(
        self, person: str, typed: str, parsed: Parsed, context: Context
    ) -> Answer | None:
        """No: the article never puts the title to the name; what it calls the person
        instead, with the sentence saying so."""
        entity = self.factbase.entities[person]
        longest = max(entity.aliases, key=len)
        entry = self._first_quoting(tuple(tokens(longest)), frozenset({person}))
        if entry is None:
            return None
        surname = normalise(entity.name).split()[-1].capitalize()
        # As typed, each word capitalised: "India's Foreign Minister", "U.S. Secretary".
        asked = " ".join(w if w in STOPWORDS else f"{w[:1].upper()}{w[1:]}" for w in typed.split())
        return self._quoting_one(
            entry,
            f"No. The article never calls {surname} “{asked}”; it calls {surname} “{longest}”.",
            parsed,
            context,
        )

    def _detail_given(self, text: str, context: Context) -> Answer | None:
        """ "Is Esper's first name given?": Yes, Mark. "Is the year given?", "is the date
        of the Tokyo talks given?": No, with what the article says instead. Asking for the
        detail answers whether it is given: an answer is a Yes, "the article doesn't
        give…" a No; any other reading is left to the usual one."""
        # Read as typed, not normalised: "Begin's visit" is a name only capitalised.
        asked = DETAIL_ASKED.match(text.strip().rstrip("?!. "))
        if asked is None:
            return None
        detail = self._detail_question(next(g for g in asked.groups() if g is not None), context)
        if detail is None:
            return None
        found = self._answer(detail, context)
        if not found.abstained:
            return replace(found, text=f"Yes. {found.text}")
        if found.reason == AbstainReason.NOT_IN_ARTICLE and found.text.startswith(
            "The article doesn't"
        ):
            return replace(found, text=f"No. {found.text}")
        return None

    @staticmethod
    def _detail_question(what: str, context: Context) -> str | None:
        """The question asking for the detail: "esper first name" → "what is esper first
        name"; "the year", nothing owning it, → "what is the year of the meeting" (the
        article's event) or, after an answer, the year of what it was about."""
        words = normalise(what).split()
        while words and words[0] in LEADING_WORDS:
            words = words[1:]
        for head in DETAIL_HEADS:
            size = len(head)
            if tuple(words) == head and head in EVENT_DETAILS:
                if context.fact_id is not None:
                    return f"what {' '.join(head)}"
                return f"what is the {' '.join(head)} of the meeting"
            owned = tuple(words[-size:]) == head and len(words) > size
            of_owner = tuple(words[:size]) == head and words[size : size + 1] == ["of"]
            if owned or (of_owner and len(words) > size + 1):
                return f"what is {what}"
        return None

    @abc.abstractmethod
    def _answer(self, question: str, context: Context) -> Answer:
        """The answer to a question, read in full as the engine reads any."""

    def _wording_checked(self, what: str, parsed: Parsed, context: Context) -> Answer | None:
        """ "Is Tokyo mentioned?": Yes, quoting where the article says it. "Is Washington
        mentioned?": not by that name, the article says "U.S.". "Is intelligence
        mentioned?": the article has no such word. None when the words are not so plain
        a question (a typo, a longer phrase, some words in the article and some not)."""
        words = self._asked_words(what)
        if not words or parsed.corrections:
            return None
        if self.index.paragraphs.with_phrase(words):
            return self._phrase_in_article(words, parsed, context) or self._named_in_article(
                parsed, context
            )
        return self._named_otherwise(words, parsed, context) or self._word_not_used(
            words, parsed, context
        )

    def _named_in_article(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Is China mentioned?" (only one thing named, nothing else asked of it): yes,
        with the first of the article's own sentences that names it, not one saying the
        statement leaves it out."""
        links = [link for link in parsed.entities if link.start >= 0]
        covered = {i for link in links for i in range(link.start, link.end)}
        rest = [w for i, w in enumerate(parsed.words) if i not in covered]
        if len({link.entity for link in links}) != 1 or not set(rest) <= {"the", "a", "an"}:
            return None
        entity = links[0].entity
        naming = [
            self.index.entries[p]
            for p in self.index.entity_postings.get(entity, ())
            if not self.index.entries[p].fact.negative
            and entity in self.index.entities_in(normalise(self.index.entries[p].fact.quote.text))
        ]
        if not naming:
            return None
        first = min(naming, key=lambda e: (e.fact.quote.paragraph, e.fact.quote.start))
        scored = Scored(first, 1.0, (), True)
        return self._stated("Yes.", scored, 0.9, parsed, context, [scored], [])

    @staticmethod
    def _asked_words(what: str) -> tuple[str, ...]:
        """The words of the thing asked, without the article before it: "the Pentagon" →
        ("pentagon",); nothing for a long phrase or a turned question."""
        words = normalise(what).split()
        while words and words[0] in LEADING_WORDS:
            words = words[1:]
        if len(words) > MAX_WORDS or not TURNING_WORDS.isdisjoint(words):
            return ()
        return tuple(words)

    def _phrase_in_article(
        self, words: tuple[str, ...], parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Is Tokyo mentioned?", "does the article mention logistics?": the article has
        these words, so Yes, with the first sentence saying them (one that states rather
        than denies, where there is one)."""
        entry = self._first_quoting(words, frozenset(parsed.entity_ids))
        if entry is None:
            return None
        return self._quoting_one(entry, f"Yes. {entry.fact.statement}", parsed, context)

    def _quoting_one(self, entry: FactEntry, text: str, parsed: Parsed, context: Context) -> Answer:
        """An answer of the reading's own words, quoting the one fact that bears it out."""
        scored = Scored(entry, 1.0, (), True)
        return self._answered(
            text=text,
            facts=[entry.fact],
            role=None,
            confidence=0.9,
            parsed=parsed,
            context=context,
            ranked=[scored],
            notes=[],
        )

    def _first_quoting(
        self, words: tuple[str, ...], about: frozenset[str] = frozenset()
    ) -> FactEntry | None:
        """The first fact, in the article's order, whose quote has these words; one that
        is not a denial first ("the statement does not explicitly mention China" names
        China, but "China" is better shown where the article speaks of it)."""
        paragraphs = self.index.paragraphs
        quoting = [
            self.index.by_id[fact_id]
            for place in paragraphs.with_phrase(words)
            for fact_id in paragraphs.facts.get(place, ())
        ]
        having = [e for e in quoting if _has_phrase(tokens(e.fact.quote.text), words)]
        # Of the facts quoting one sentence, one about what was asked whose statement says
        # the words too: "Is Tokyo mentioned?" shows the Tokyo talks, not Pompeo's title
        # from that sentence.
        return min(
            having,
            key=lambda e: (
                e.fact.negative,
                not about <= e.entities,
                not _has_phrase(tokens(e.fact.statement), words),
            ),
            default=None,
        )

    def _named_otherwise(
        self, words: tuple[str, ...], parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Is Washington mentioned?", "is Beijing named?", "is the Pentagon in the
        article?": a name from the maintainers' knowledge, none of whose words the article
        uses, for something it calls otherwise: not by that name, with its own name for it.
        "Is the defense secretary mentioned?" is not (the article has those words, as
        "Secretary of Defense"), nor is a description of several words ("Tokyo talks")."""
        entity = self._whole_name_of(words, parsed)
        if entity is None or any(self.index.paragraphs.by_word.get(w) for w in words):
            return None
        if any(is_country_word(w.removesuffix("s")) and w not in COUNTRY_NAMES for w in words):
            return None  # "Are the Chinese mentioned?" asks of a people, not of a name
        own = self._article_name_of(entity)
        if own is None:
            return None
        name, entry = own
        asked = self._as_named(entity, words)
        return self._quoting_one(
            entry,
            f"No. Not by that name: the article says “{name}”, not “{asked}”.",
            parsed,
            context,
        )

    def _whole_name_of(self, words: tuple[str, ...], parsed: Parsed) -> str | None:
        """The one entity (not a group) whose name is exactly the words asked, or None."""
        links = [link for link in parsed.entities if link.start >= 0]
        if len(links) != 1 or links[0].score < 100 or links[0].entity in self.index.members:
            return None
        linked = tuple(_linkable_words(links[0].text))
        return links[0].entity if linked == words else None

    def _article_name_of(self, entity: str) -> tuple[str, FactEntry] | None:
        """The article's own name for the entity that comes first in it, with the first
        fact saying it: the United States → "U.S.", ¶0."""
        found: list[tuple[tuple[int, bool, bool], str, FactEntry]] = []
        for alias in self.factbase.entities[entity].aliases:
            alias_words = tuple(tokens(alias))
            entry = self._first_quoting(alias_words)
            if entry is not None:
                quote = entry.fact.quote
                # "U.S." and "United States" are the same words normalised: the one the
                # quote itself writes is shown.
                written = alias in quote.text
                found.append(((quote.paragraph, entry.fact.negative, not written), alias, entry))
        if not found:
            return None
        _, alias, entry = min(found, key=lambda f: f[0])
        return alias, entry

    def _as_named(self, entity: str, words: tuple[str, ...]) -> str:
        """The asked name as the maintainers write it ("Beijing", "BECA"), else as asked."""
        for alias in self.factbase.entities[entity].maintainer_aliases:
            if tuple(_linkable_words(alias)) == words:
                return alias
        return " ".join(words)

    def _word_not_used(
        self, words: tuple[str, ...], parsed: Parsed, context: Context
    ) -> Answer | None:
        """ "Is intelligence mentioned?", "are drones mentioned?": nothing named, and none
        of the words asked (nor any form of them: "militaries" for "military") is in the
        article, which is all there is to say. The fact base may link the word to a fact
        ("intelligence" to information sharing), but the article does not use it."""
        content = [w for w in words if w not in STOPWORDS]
        if parsed.entities or parsed.unknown_names or not set(parsed.unknown).isdisjoint(content):
            return None  # "Is Modi mentioned?": a name the bot does not know, said as such
        by_term = self.index.paragraphs.by_term
        if not content or any(term(w) in by_term or w in by_term for w in content):
            return None
        said = " ".join(words)
        noun = "word" if len(content) == 1 else "words"
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't mention {said}: it never uses the {noun} “{said}”.",
            context,
            parsed=parsed,
            suggestions=self._suggest_for(parsed, parsed.entity_ids),
        )


def _put_to(
    words: tuple[str, ...] | list[str], title: tuple[str, ...], surname: str, ranked: bool = False
) -> bool:
    """Whether the words put the title to the name: the name within a few words after it
    ("secretary of defense mark t esper") or before it ("pompeo the secretary"); `ranked`:
    only as part of a title of another rank ("deputy secretary of state begin")."""
    size = len(title)
    for i in range(len(words) - size + 1):
        if tuple(words[i : i + size]) == title:
            outranked = i > 0 and words[i - 1] in _RANK_QUALIFIERS and words[i - 1] not in title
            if outranked != ranked:
                continue  # "secretary of state" in "Deputy Secretary of State Begin"
            after = words[i + size : i + size + TITLE_REACH]
            if surname in after or _named_just_before(words[max(0, i - TITLE_REACH) : i], surname):
                return True
    return False


def _named_just_before(before: tuple[str, ...] | list[str], surname: str) -> bool:
    """The name, then the title with nothing but "the" or "a" between: "pompeo the
    secretary"; not "esper meets with indian", whose "Indian" is the next man's title."""
    if surname not in before:
        return False
    between = before[len(before) - list(reversed(before)).index(surname) :]
    return all(w in _NAME_TITLE_JOINERS for w in between)


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


def _calling_question(text: str) -> str:
    """The question of what the article calls someone without a follow-up's lead or a
    claim's tag, a claim put as the question: "Pompeo is called Deputy Secretary in the
    article, right?" → "is Pompeo called Deputy Secretary in the article"."""
    asked = _CALLING_LEAD.sub("", text.strip().rstrip("?!. "))
    untagged = _CALLING_TAG.sub("", asked)
    claim = _CALLED_CLAIM.match(untagged)
    if claim is not None and _WH_WORDS.isdisjoint(normalise(untagged).split()):
        return f"{claim['aux']} {claim['who']} {claim['rest']}"
    return asked
