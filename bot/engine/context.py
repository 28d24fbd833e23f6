"""The conversation context a caller keeps between questions, so follow-ups resolve.

A small immutable value: the engine takes one and returns the next inside the Answer.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Context"]


@dataclass(frozen=True, slots=True)
class Context:
    # Entities the last answered question was about, and those its answer named.
    entities: tuple[str, ...] = ()
    answer_entities: tuple[str, ...] = ()
    fact_id: str | None = None
    question_type: str | None = None
    role: str | None = None  # the role of the last fact that answered it
    # The fact the last question was pinned to ("was India there?"), for "and China?".
    pinned: str | None = None
    # Content words of the last question, reused by elliptical follow-ups ("and Pompeo?").
    terms: tuple[str, ...] = ()
    # The last yes-or-no question, as read: "Did Pompeo?" after it asks it of Pompeo.
    claim: str | None = None
    # The last wh-question, as read, when only its words say what it asked ("what country is
    # Singh from?"): "And Esper?" after it asks it of Esper.
    asked: str | None = None
    # Every person or country an answer has named so far: "who else?" asks past all of them,
    # not only the last answer's ("Who met in New Delhi?" "When?" "Who else visited it?").
    named_so_far: tuple[str, ...] = ()
    # The words the last question put in quotation marks ("who said 'pressing global
    # security challenges'?"): "is that a direct quote?" after it asks about them.
    quoted: str | None = None
    # The places the conversation is set at, kept while answers come from facts placed
    # nowhere or nothing is answered: "Tell me about the quad talks." "Who represented
    # India?" "What did they agree?" is still asked of Tokyo, not of the New Delhi meeting.
    scene: tuple[str, ...] = ()
    # The person the conversation last answered with, kept while later answers name no one:
    # "Who did Esper meet in Delhi?" (Singh) "What day was that?" "What's his job?": his,
    # Singh's, not Esper's, whom the first question named.
    answered_person: str | None = None
    # The side event the conversation is about (Begin's visit, Pompeo's press conference):
    # "Tell me about Begin's visit." "What was agreed?" is asked of her visit, not of the
    # Esper-Singh meeting held in the same city.
    event: str | None = None
    # The last question as asked and the context it was asked in, so a request to hear it
    # again ("Who did Esper meet?" "sorry, what?") answers it again, not some new topic.
    # `before` keeps no `before` of its own: one turn back is all a repeat needs.
    question: str | None = None
    before: Context | None = None
    # The last question asked again of another place, as put: "What did Pompeo say at the
    # State Department?" "and in Tokyo?" "and in New Delhi?" swaps Tokyo for New Delhi in
    # "what did Pompeo say in Tokyo", not in "and in Tokyo".
    asked_of_place: str | None = None
    turn: int = 0
    # The last turn got no answer: "are you sure?" after it has nothing to confirm.
    last_abstained: bool = False
    # The people or countries the last list answered with, in the answer's order, and the
    # turn it was given at: "List the people named." "The second?" is Rajnath Singh.
    listed: tuple[str, ...] = ()
    listed_turn: int = 0
    # The last answer was a Yes: "Was the relationship praised?" (yes) "By whom?" asks who
    # praised it; after a No or no answer there is no act to ask about ("Was China
    # criticized?" (no) "By whom?" names no one).
    confirmed: bool = False

    @property
    def empty(self) -> bool:
        return self.turn == 0
