"""One item of a list the article gives, by its place: "What's the second one?" after the
areas of cooperation (secure communications), "what is the third area listed?" (logistics),
"and the last?". The list is a fact's count of what it names ("Three areas are named: …,
…, and …"), taken only when it names as many items as it counts, so that the order is the
article's and no item is guessed from a sentence's commas."""

from __future__ import annotations

import abc
import re
from dataclasses import replace
from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.index import term
from bot.engine.lexicon import NUMBER_WORDS
from bot.engine.listref import item_of_list_named, neighbour_asked
from bot.engine.paragraphs import Place
from bot.engine.phrases import ORDINALS
from bot.engine.question import parse
from bot.factbase.model import Fact
from bot.text import normalise, tokens

__all__ = ["ListedItems"]

_ORDINAL = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|last|final"
    r"|1st|2nd|3rd|4th|5th|6th|7th|8th"
    r"|number (?:one|two|three|four|five|six|seven|eight|[1-8])"
)
_LISTED = (
    r"(?: (?:listed|named|mentioned|given|cited|on (?:the|that|this|their) list"
    r"|in (?:the|that|this|their) list|of (?:them|those|these|the list)))?"
)
# "What's the second one?", "and the last?", "what is the third area listed?", "first item
# in the list of military co-operation areas?", "whats the 2nd item in that cooperation
# list" (normalised text).
ITEM_ASKED = prefilter.compile(
    r"^(?:and |so |ok |okay )?(?:(?:what|which|who) (?:is|s|was) |whats |whos |name |give me "
    r"|tell me |what about |how about )?"
    r"(?:the |their |its )?(?:very )?(?P<ord>" + _ORDINAL + r")"
    r"(?: (?P<noun>one|item|entry|thing|point|element|[a-z]+?(?:s)?))?" + _LISTED + r""
    r"(?: (?:in|on|of|from) (?:the |that |this |their )?(?P<list>[a-z0-9 ]+?))?" + _LISTED + "$"
)
# "was it at the Tokyo talks?", "did it take part in the quad talks?": "it" as the subject.
IT_ASKED = re.compile(r"^(?P<aux>was|is|did|does|has|had)\s+it\s+(?P<rest>[^,;:]+)$")
# Words that ask for an item without saying of which list: "the second one", "the last item".
_GENERIC = frozenset({"one", "item", "entry", "thing", "point", "element", "list", "s"})
# Words of the list's naming that say nothing of what it lists: "that cooperation list".
_FILLERS = frozenset({"of", "the", "that", "this", "their", "listed", "named", "mentioned"})
_WORD = re.compile(r"[a-z0-9]+")
_LAST_WORDS = frozenset({"last", "final"})
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
# The kinds of entity a list answer may name, for "the second?" after it, and the nouns an
# item question may call them by ("the third person").
_LISTABLE_KINDS = frozenset({"person", "country", "place"})
_KIND_NOUNS = {
    "person": frozenset({"person", "people", "man", "name", "guy", "official", "list"}),
    "country": frozenset({"country", "countries", "nation", "list"}),
    "place": frozenset({"place", "places", "city", "location", "list"}),
}
# Kinds one list may mix: "the places mentioned" names cities and countries, one list
# ("Eight: New Delhi, Tokyo, …, Japan and Australia"), where people are another.
_LIST_GROUP = {"person": "people", "country": "places", "place": "places"}
# How many turns on an item of the last list may still be asked for: "the third?" "what's
# his job?" "where did he go?" "and the fourth?".
_LIST_KEPT_TURNS = 3
# "Three areas are named: cooperation among the services, secure communications, and
# logistics": the count, and the items after the colon.
_ENUMERATED = re.compile(r"^(?P<count>\w+)\b[^:]*:\s*(?P<items>.+?)\.?$")


class ListedItems(EngineCore):
    @abc.abstractmethod
    def _read_and_answer(self, text: str, context: Context, within: Place | None = None) -> Answer:
        """The whole engine's answer to a question."""

    def _listed_item(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "What's the second one?" after a list, "what is the third area listed?": that
        item of the list a fact counts, with the fact's quote; None when the question is no
        such one, or no list is in view."""
        # "Who's number two on that list?": normalised, "number two" is a deputy.
        asked = ITEM_ASKED.match(normalise(text)) or ITEM_ASKED.match(_plainly(text))
        if asked is None:
            return None
        if context.listed and (context.listed_turn == context.turn or _on_listed(context)):
            # "List the people named." "The second?": the list just answered, not a fact's;
            # or its items still talked of ("the third?" "who was with him?" (Esper) "the
            # first one?"), not the list of the fact that last answered (the four countries).
            named = self._named_item(asked, text, context, notes)
            if named is not None:
                return named
        fact = self._list_asked_of(asked["noun"] or "", asked["list"] or "", context)
        items = _enumerated(fact) if fact is not None else None
        if fact is None or items is None:
            return self._named_item(asked, text, context, notes)
        position = _position(asked["ord"], len(items))
        parsed = parse(text, self.index)
        if position is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article lists only {len(items)}.",
                context,
                parsed=parsed,
                notes=tuple(notes),
            )
        item = items[position]
        answer = self._direct(
            text=f"{item[:1].upper()}{item[1:]} (the {asked['ord']} of the {len(items)} listed)",
            facts=[fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[*notes, "an item of a listed count, by its place"],
        )
        # Kept for "and the last?" next, asked of the same list.
        kept = replace(answer.context, fact_id=fact.id, role="how_many")
        entity = self._listed_entity(context, position, len(items), item)
        if entity is not None:
            # "the last one?" (Australia) "did its minister meet Esper?": its is Australia's.
            kept = replace(kept, entities=(entity,), answer_entities=(entity,))
            kept = replace(kept, answered_person=entity if self._kind(entity) == "person" else None)
        return replace(answer, context=kept)

    def _item_put_by_name(self, question: str, context: Context) -> str | None:
        """The question with the item of the list in view it names by place put by name:
        "List the people named." "Number 2's country?" is "Rajnath Singh's country?", "the
        first one, how many 2+2s?" is "Mark T. Esper: how many 2+2s?", "the second?" "and
        the one after?" is "number 3?"; None when it names no item by place."""
        listed = context.listed
        if len(listed) < 2 or context.turn - context.listed_turn > _LIST_KEPT_TURNS:
            return None
        way = neighbour_asked(question)
        if way is not None:
            return self._neighbour_of_last_item(way, context)
        names = {e: self.factbase.entities[e].name for e in listed if e in self.factbase.entities}
        if len(names) < len(listed):
            return None
        return item_of_list_named(question, listed, names)

    @staticmethod
    def _neighbour_of_last_item(way: int, context: Context) -> str | None:
        """ "The second?" (Singh) "and the one after?": the next item's place, asked as
        "number 3?"; None unless the last answer was an item of the list, by its place."""
        walked = context.listed_turn == context.turn and context.answer_entities[:1]
        if not walked or context.answer_entities[0] not in context.listed:
            return None
        position = context.listed.index(context.answer_entities[0]) + way
        # Past either end, "number 0" or "number 5" of four is answered: "named only 4".
        return f"number {max(position + 1, 0)}?"

    def _it_as_last_country(self, text: str, context: Context) -> Answer | None:
        """ "List the countries named." "The third?" (China) "Was it at the Tokyo talks?":
        No, asked as "was China at the Tokyo talks?". "It" is the one country the last
        answer was about when the rest names only events and places, which cannot be what
        was at them; None otherwise."""
        asked = IT_ASKED.match(text.strip().lower().rstrip("?!. "))
        if asked is None:
            return None
        last = list(dict.fromkeys((*context.answer_entities, *context.entities)))
        if len(last) != 1 or self._kind(last[0]) != "country":
            return None
        named = parse(asked["rest"], self.index).entity_ids
        if not named or any(self._kind(e) not in ("event", "place") for e in named):
            return None
        name = self.factbase.entities[last[0]].name
        return self._read_and_answer(f"{asked['aux']} {name} {asked['rest']}?", context)

    def _listed_entity(self, context: Context, position: int, size: int, item: str) -> str | None:
        """The entity of the last list answered at this place, when that list is the one
        the item comes from (as long, and the item naming it): Australia, last of the four
        countries at the Tokyo talks."""
        if len(context.listed) != size:
            return None
        entity = context.listed[position]
        said = f" {normalise(item)} "
        return entity if any(f" {a} " in said for a in self._aliases_of.get(entity, ())) else None

    def _named_item(
        self, asked: re.Match[str], text: str, context: Context, notes: list[str]
    ) -> Answer | None:
        """ "List the people named." "The second?" (Rajnath Singh): the person or country at
        that place in the last list answered, said as who or what it is, with its quote;
        None when no list of them is in view or the question names another kind of list."""
        listed = context.listed
        if len(listed) < 2 or context.turn - context.listed_turn > _LIST_KEPT_TURNS:
            return None
        if not _names_listed(asked["noun"] or "", asked["list"] or "", self._kind(listed[0])):
            return None
        if self._own_name_asked(asked, context):
            return None
        position = _position(asked["ord"], len(listed))
        if position is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The last answer named only {len(listed)}.",
                context,
                parsed=parse(text, self.index),
                notes=tuple(notes),
            )
        entity = self.factbase.entities[listed[position]]
        asking = "who is" if entity.kind == "person" else "what is"
        found = self._read_and_answer(f"{asking} {entity.name}", Context())
        if found.abstained or entity.id not in found.context.entities:
            return None
        place = "last" if position == len(listed) - 1 else _ORDINAL_WORDS[position]
        said = found.text.rstrip(".")
        if not any(f" {a} " in f" {normalise(said)} " for a in self._aliases_of[entity.id]):
            said = f"{entity.name}: {said}"  # "the second?" "Tokyo: Japan's capital, …"
        kept = replace(
            found.context,
            entities=(entity.id,),
            answer_entities=(entity.id,),
            answered_person=entity.id if entity.kind == "person" else None,
            listed=listed,
            listed_turn=context.turn + 1,  # walking the list keeps it in view
            turn=context.turn + 1,
        )
        return replace(
            found,
            text=f"{said} (the {place} of the {len(listed)} named)",
            notes=(*notes, "an item of the last list answered, by its place"),
            context=kept,
        )

    def _own_name_asked(self, asked: re.Match[str], context: Context) -> bool:
        """ "first name?" or "last name?" right after an answer about one person (Singh's
        country, a turn after both men were listed): that person's own name, not the first
        of the list still in view."""
        if asked["noun"] != "name" or asked["ord"] not in ("first", "last"):
            return False
        if not re.search(rf"\b(?:the|their|its) (?:very )?{asked['ord']}\b", asked.string):
            # "first name?" with no "the", even just after a list: a person's own first
            # name, not the list's first item ("the first name?" is that).
            return True
        if context.turn <= context.listed_turn:
            return False  # the list was the last answer: "the first name?" is its first
        last = dict.fromkeys((*context.answer_entities, *context.entities))
        return len([e for e in last if self._kind(e) == "person"]) == 1

    def _list_kept(self, answer: Answer, context: Context) -> Answer:
        """The answer, its next context holding the people or countries it lists in order
        ("Four: Mark T. Esper, Rajnath Singh, Secretary Pompeo and Begin"), or the last
        list still, a few turns on: "the third?" "what's his job?" "and the fourth?"."""
        listed = () if answer.abstained else self._listed_by(answer)
        if len(listed) >= 2:
            kept = replace(answer.context, listed=listed, listed_turn=answer.context.turn)
        elif answer.context.listed:
            return answer  # an item of the list, answered by its place: set already
        elif context.listed and answer.context.turn - context.listed_turn <= _LIST_KEPT_TURNS:
            kept = replace(answer.context, listed=context.listed, listed_turn=context.listed_turn)
        else:
            return answer
        return replace(answer, context=kept)

    def _listed_by(self, answer: Answer) -> tuple[str, ...]:
        """The people or countries an answer (not a yes or no) names, in the order its text
        names them: "Esper and Secretary Pompeo" is Esper, then Pompeo."""
        if answer.context.question_type == "yesno":
            return ()
        listable = [
            e
            for e in dict.fromkeys((*answer.context.answer_entities, *answer.context.entities))
            if self._kind(e) in _LISTABLE_KINDS
        ]
        if len(listable) < 2:
            return ()  # no list, whatever the text says: spare normalising it on every answer
        said = f" {normalise(answer.text)} "
        found: dict[str, int] = {}
        for entity in listable:
            places = [said.find(f" {a} ") for a in self._aliases_of.get(entity, ())]
            if any(p >= 0 for p in places):
                found[entity] = min(p for p in places if p >= 0)
        ordered = sorted(found, key=found.__getitem__)
        # "Esper, in New Delhi" lists no places: only those of the first one's group count.
        group = _LIST_GROUP.get(self._kind(ordered[0])) if ordered else None
        listed = tuple(e for e in ordered if _LIST_GROUP.get(self._kind(e)) == group)
        return () if self._one_place(listed) else listed

    def _one_place(self, listed: tuple[str, ...]) -> bool:
        """Two places, one within the other, name one place: "In Tokyo, Japan" is no list
        of two for "the first one?" to pick from."""
        if len(listed) != 2:
            return False
        first, second = (self.factbase.entities.get(e) for e in listed)
        if first is None or second is None:
            return False
        return second.id in first.part_of or first.id in second.part_of

    @cached_property
    def _aliases_of(self) -> dict[str, tuple[str, ...]]:
        """Each entity's names, normalised, as an answer's text may say them."""
        return {
            entity.id: tuple({normalise(a) for a in entity.all_aliases if normalise(a)})
            for entity in self.factbase.entities.values()
        }

    def _list_asked_of(self, noun: str, named: str, context: Context) -> Fact | None:
        """The fact whose list is asked of: the one the conversation is on ("the second
        one"), or the one counting what the question names ("the third area listed": how
        many areas are listed), if its count is of that noun."""
        qualifier = [w for w in named.split() if w not in _GENERIC and w not in _FILLERS]
        if noun in _GENERIC or not noun:
            if not qualifier:
                return self.factbase.facts.get(context.fact_id or "")
            if "list" in named.split() and not self._names_a_kind(qualifier):
                # "the 2nd item in that cooperation list": the one list about cooperation.
                about = self._list_about(qualifier)
                if about is not None:
                    return about
            # "the 2nd item in the list of cooperation areas": the list's own noun; of
            # "areas of cooperation", the noun before "of".
            noun, qualifier = _head_of(named.split(), qualifier)
        if not qualifier and parse(f"which {noun}", self.index).wanted_kind is not None:
            # "What is the second country listed?": the article lists countries more than
            # once (the headline, the Tokyo talks), so no one list is meant.
            return None
        within = f" in the {' '.join(qualifier)}" if qualifier else ""
        found = self._read_and_answer(f"how many {noun} are listed{within}", Context())
        fact = self.factbase.facts.get(found.context.fact_id or "")
        if found.abstained or fact is None or not _lists(fact, noun):
            return None
        return fact

    def _names_a_kind(self, words: list[str]) -> bool:
        """A word of these is a kind ("countries"): the article lists countries more than
        once, so "the countries list" is no one list."""
        return any(parse(f"which {w}", self.index).wanted_kind is not None for w in words)

    def _list_about(self, words: list[str]) -> Fact | None:
        """The one fact listing items whose words hold all of these ("cooperation" for the
        areas of cooperation), or None when none or several do."""
        wanted = {term(w) for w in words}
        found = [f for f, said in self._listing_terms.items() if wanted <= said]
        return self.factbase.facts.get(found[0]) if len(found) == 1 else None

    @cached_property
    def _listing_terms(self) -> dict[str, frozenset[str]]:
        """Each fact whose count lists its items, with the words of its keywords, count and
        statement: what a list may be called by ("that cooperation list")."""
        return {
            fact.id: frozenset(
                term(w)
                for text in (*fact.keywords, fact.statement, fact.roles["how_many"].answer)
                for w in tokens(text)
            )
            for fact in self.factbase.facts.values()
            if "how_many" in fact.roles and _enumerated(fact) is not None
        }


def _on_listed(context: Context) -> bool:
    """Whether the last answer named only items of the last list."""
    named = set(context.answer_entities)
    return bool(named) and named <= set(context.listed)


def _plainly(text: str) -> str:
    """The text's words in lower case, no word rewritten: "who s number two on that list"."""
    return " ".join(_WORD.findall(text.lower()))


def _names_listed(noun: str, named: str, kind: str) -> bool:
    """Whether an item question may be of a list of this kind: "the second one", "number
    two on that list", "the third person", "the last country"; not "the second area"."""
    words = {w for w in f"{noun} {named}".split() if w not in _FILLERS}
    return words <= _GENERIC | _KIND_NOUNS.get(kind, frozenset())


def _head_of(named: list[str], qualifier: list[str]) -> tuple[str, list[str]]:
    """The noun a list's naming ends on ("cooperation areas": areas), or the one before its
    "of" ("areas of cooperation": areas), and the words that qualify it."""
    before_of = named[: named.index("of")] if "of" in named else []
    heads = [w for w in before_of if w in qualifier]
    if heads:
        head = heads[-1]
        return head, [w for w in qualifier if w != head]
    return qualifier[-1], qualifier[:-1]


def _lists(fact: Fact, noun: str) -> bool:
    """Whether the fact's count is of what the noun names ("area" in "Three areas are
    named"); any noun will do for "one", "item"."""
    if noun in _GENERIC or not noun:
        return True
    counted = fact.roles.get("how_many")
    said = counted.answer if counted is not None else ""
    return term(noun) in {term(w) for w in tokens(said)} | {term(k) for k in fact.keywords}


def _enumerated(fact: Fact) -> list[str] | None:
    """The items the fact's count names, in order, when there are at least three and as
    many as it counts: "Four countries: the United States, Japan, India and Australia"."""
    counted = fact.roles.get("how_many")
    found = _ENUMERATED.match(counted.answer) if counted is not None else None
    if found is None:
        return None
    count = NUMBER_WORDS.get(found["count"].lower()) or (
        int(found["count"]) if found["count"].isdigit() else 0
    )
    items = [p.strip() for p in re.split(r";\s*|,\s*", found["items"]) if p.strip()]
    if items and items[-1].startswith("and "):
        items[-1] = items[-1][4:]
    elif items and " and " in items[-1]:
        items[-1:] = items[-1].split(" and ", 1)  # "India and Australia", no comma before
    if count < 3 or len(items) != count:
        return None
    return items


def _position(ordinal: str, size: int) -> int | None:
    """The index an ordinal asks for in a list of that size, or None if past its end."""
    if ordinal in _LAST_WORDS:
        return size - 1
    word = ordinal.removeprefix("number ")
    number = (
        ORDINALS.get(word)
        or NUMBER_WORDS.get(word)
        or (int(word[:-2]) if word[:-2].isdigit() else None)
        or (int(word) if word.isdigit() else 0)
    )
    return number - 1 if 0 < number <= size else None
