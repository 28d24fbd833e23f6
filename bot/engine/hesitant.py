"""A hesitant asker's message read as the question they settle on: a name corrected before
the question ("Pompeo — sorry, I mean Begin — where did he visit?" asks of Begin), a doubt
put in the middle of it ("what did Singh and Esper -- or was it Pompeo -- agree on?") and a
guess at the answer after it ("who put out the statement, the state dept or whatever").
The answer settles a guess or a doubt; a corrected name is asked about alone, never the one
taken back."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine import prefilter
from bot.engine.lexicon import POINTING_BACK
from bot.engine.message import QUESTION_START, WH_WORD
from bot.text import normalise

# Where a hesitant message breaks: commas, colons, dashes, and a full stop or question mark
# before more words ("three? or singh. no esper").
_BREAK = re.compile(r"\s*(?:[,;:]|[.?!]+(?=\s)|\s-{1,2}(?=\s)|-{2}|\u2014|\s\u2013)\s*")

# The words that take back what came before: "sorry, I mean", "no wait", "correction", "no,
# it WAS". Not "not" ("Pompeo, not Begin" keeps Pompeo) nor a bare "or" (a choice).
_TAKING_BACK = re.compile(
    r"^(?:(?:sorry|no+|nope|wait|oops|actually|correction|scratch that|rather|or rather"
    r"|make that|hang on|hold on|er+m?|um+|uh+|i mean|i meant|i mean to say|i meant to say"
    r"|it was|it's|it is|its)\b\W*)+",
    re.IGNORECASE,
)

MAX_NAME_WORDS = 3  # "Rajnath Singh", "the deputy secretary": longer is a clause, not a name


def name_corrected(text: str) -> str | None:
    """The question asked of the last name a correction before it settles on: "Singh, I
    mean Esper, how many 2+2 meetings has he been to?" → "how many 2+2 meetings has Esper
    been to?"; "pompeo -- no wait, esper -- no, it WAS pompeo -- where…" asks of Pompeo;
    "Pompeo, not Begin — where…" of Pompeo. None when the message starts with no
    corrected name."""
    names: list[str] = []
    rejected: set[str] = set()
    taken_back = False
    start = 0
    for found in _BREAK.finditer(text):
        part = text[start : found.start()].strip()
        start = found.end()
        name, corrects = _name_after_taking_back(part)
        if name is None:
            return None
        taken_back = taken_back or corrects
        if name.lower().startswith("not "):
            rejected.add(name[4:].strip().lower())  # "Pompeo, not Begin": Begin taken back
            taken_back = True
        elif name:
            names.append(name)
        rest = text[start:].strip()
        if QUESTION_START.match(rest):
            meant = [name for name in names if name.lower() not in rejected]
            if not taken_back or not meant or (len(names) < 2 and not rejected):
                return None
            return _asked_of(meant[-1], rest)
    return None


# The pronoun a question after a name stands for it by: "Begin — where did he visit?".
_PERSON_PRONOUN = re.compile(r"\b(?:(?P<subject>he|she|him)|(?P<owner>his))\b", re.IGNORECASE)


def _asked_of(name: str, question: str) -> str:
    """The question with the name in place of its pronoun ("where did he visit?" of Begin →
    "where did Begin visit?"; "Begin, where did he visit?" would read "where" of the talks
    the question leaves), or after the name when it has none."""
    found = _PERSON_PRONOUN.search(question)
    if found is None:
        return f"{name} — {question}"
    said = name if found["subject"] else f"{name}'s"
    return question[: found.start()] + said + question[found.end() :]


def _name_after_taking_back(part: str) -> tuple[str | None, bool]:
    """A part of the lead, as the name it gives ("" for only "sorry") and whether words
    taking something back lead it; None for a part that is no name ("where did he go")."""
    lead = _TAKING_BACK.match(part)
    name = part[lead.end() :].strip() if lead else part
    if QUESTION_START.match(name) or len(name.split()) > MAX_NAME_WORDS:
        return None, False
    return name, lead is not None


# "what did singh and esper -- or was it pompeo -- say they'd cooperate on", "who did esper
# (or was it pompeo?) meet": a doubt set in the middle of the question, which its answer
# settles.
_DOUBT_INSIDE = prefilter.compile(
    r"\s*(?:,|\s-{1,2}|\u2014|\s\u2013|\()\s*or (?:was|is|were|are|did|does) (?:it|that|they)"
    r"(?: \w+){1,3}\s*\??\s*(?:,|-{1,2}\s|\u2014|\u2013\s|\))\s*",
    re.IGNORECASE,
)

# "who said they agreed on the deal -- pompeo?", "who's the US defense sec -- pompeo,
# right?", "what agreement did they agree on, the BECA or something": a wh-question, then
# the asker's guess at its answer. A part led by a preposition ("-- at the tokyo talks?")
# says what is asked about, and one with "or" ("Esper or Pompeo?") gives a choice; neither
# is a guess.
_GUESS_AFTER = prefilter.compile(
    r"^(?P<asked>(?:who|whom|whose|what|which|when|where|how)\b[^?,;:\u2014\u2013]*?\w)\s*"
    r"(?P<dash>,|\s-{1,2}|\u2014|\s\u2013)\s*(?:(?:maybe|perhaps|like|probably)\s+)?"
    r"(?!(?:in|at|on|to|from|before|after|during|by|for|with|about|between|among|of|and|or"
    r"|per|according|any|anything|anyone|some|something|more|else|sorry|no|wait|i|who|whom|whose|what|which|when|where|why|how|is|are|was"
    r"|were|did|does|do)\b)"
    r"(?P<guess>\w[\w.'&+-]*(?: [\w.'&+-]+){0,3}?)"
    r"(?P<hedge>\s*,?\s*(?:right|yeah|yes|correct|innit|isn'?t it|wasn'?t it|i think"
    r"|i guess|i believe|or something(?: like that)?|or whatever|or so|or sth))?"
    r"\s*(?P<mark>\?*)\s*$",
    re.IGNORECASE,
)

# "cool cool. who…?", "ok! what…?": a sentence of small talk before the wh-question.
_CHAT_BEFORE = re.compile(
    r"^(?P<lead>[^?]*?[.!]\s+)(?P<rest>(?:who|whom|whose|what|which|when|where|how)\b.*)$",
    re.IGNORECASE,
)
# "…, the Indians?", "…, the Americans?": a nation's people guessed as the doer.
_PEOPLE_GUESSED = re.compile(
    r"^(?:the )?(?:indians|americans|chinese|japanese|australians|yanks|brits|british)$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|them|their|it|its)\b", re.IGNORECASE)
# "which side said it wanted to expand information sharing - the State Dept?": a pronoun
# right after who said it stands for the one asked after, not for the guess.
_BOUND_PRONOUN = re.compile(
    r"^(?:who|which \w+)\s+(?:said|says|stated|claimed|announced|declared|wrote)\s+"
    r"(?:it|they|he|she)\b",
    re.IGNORECASE,
)
_WHICH_SIDE_SAID = re.compile(r"^which side(?= (?:said|says|stated|announced|wrote)\b)", re.I)
# The words of a body guessed as the speaker: "the State Dept", "India's MoD", "the Pentagon".
_BODY_WORDS = frozenset(
    "department dept ministry mod dod pentagon government govt office officials embassy".split()
)
_WH_OR_AND = frozenset(("who", "whom", "whose", "what", "which", "when", "where", "how", "and"))
_SOURCE_WORDS = frozenset(("article", "story", "piece", "headline", "text", "say", "says", "said"))
_WORD = re.compile(r"[\w']+")


def doubt_dropped(text: str, known: Callable[[str], bool]) -> str:
    """The question without the asker's doubts and guesses (see the notes above); the
    message as it was when it has none. `known` tells the article's words: a guess it lacks
    is what is asked ("which tech specifically, AI??": the article doesn't say)."""
    text = _DOUBT_INSIDE.sub(" ", text, count=1)
    found = _GUESS_AFTER.match(text.strip())
    chat = _CHAT_BEFORE.match(text.strip()) if found is None else None
    if chat is not None:
        # "cool cool. who said it, the Indians?": the guess after the question, whatever
        # small talk came before it.
        return chat["lead"] + doubt_dropped(chat["rest"], known)
    if found is None or " - " in found["asked"]:
        return text
    if not found["hedge"] and (not found["mark"] or found["dash"] == ","):
        if found["mark"] and _PEOPLE_GUESSED.match(found["guess"]):
            # "who said info sharing is about security challenges, the Indians?": a guess
            # at a nation's people, which no fact names as its doer; the answer settles it.
            return found["asked"] + "?"
        return text  # "where was it held, tokio?": the guess is checked as well (Yes: …)
    asked = [w.lower() for w in found["asked"].split()]
    if sum(w not in _WH_OR_AND for w in asked) < 2:
        return text  # "who and where, quad talks?": the topic, not a guess
    guess = [w.lower() for w in _WORD.findall(found["guess"])]
    if not _SOURCE_WORDS.isdisjoint(guess):
        return text  # "which country is the threat, article say?": whose words are asked
    if " or " in f" {' '.join(guess)} " or _PRONOUN.search(found["guess"]):
        return text  # "Esper or Pompeo?": a choice
    if not found["hedge"] and _PRONOUN.search(_BOUND_PRONOUN.sub("", found["asked"])):
        return text  # "where did he go, pompeo?": the name says who "he" is
    # "the State Dept": a word known once shortening is undone ("dept": "department").
    named = [known(w) or all(map(known, normalise(w).split())) for w in guess]
    if not (all(named) if not found["hedge"] else any(named)):
        return text
    return _side_as_speaker(found["asked"], guess) + "?"


def _side_as_speaker(asked: str, guess: list[str]) -> str:
    """ "Which side said it wanted to expand information sharing - the State Dept?": a body
    guessed as the side that said it asks who said it (the Defense Department's statement),
    not which country did it."""
    side = _WHICH_SIDE_SAID.match(asked)
    if side is None or not _BODY_WORDS.intersection(guess):
        return asked
    return f"who {asked[side.end() :].lstrip()}"


# "Rajnath Singh who is he", "Begin where did he go": a person named, then the question about
# him with no break between; read alone, "who is he" would be of whoever came last.
# Spaces, or symbols past ASCII's punctuation and the dashes between them ("Esper 🙂 who is
# he"): no break of the kinds `name_corrected` reads.
_NAME_THEN_QUESTION = prefilter.compile(
    r"^(?P<name>\w[\w.'-]*(?: \w[\w.'-]*){0,2}?)(?:\s|[^\w\x00-\x7f\u2013\u2014])+"
    rf"(?P<asked>{WH_WORD}\b.*)$",
    re.IGNORECASE,
)


def name_then_question(text: str, is_person: Callable[[str], bool]) -> str | None:
    """ "Rajnath Singh who is he" → "who is Rajnath Singh": the question with the person it
    leads with for its pronoun, when `is_person` says the lead names one; else None."""
    found = _NAME_THEN_QUESTION.match(text.strip())
    if found is None or not _PERSON_PRONOUN.search(found["asked"]):
        return None
    if not is_person(found["name"]):
        return None
    return _asked_of(found["name"], found["asked"])


# "Singh who?", "Pompeo, who is he", "Esper? who's that", "Hey, Singh — who's that?": a
# person named, then a bare "who" asking who he is. Read alone, "who?" would ask who did
# what the last fact tells ("Singh who?" → Esper, who met him).
_NAME_THEN_BARE_WHO = prefilter.compile(
    r"^(?:(?:hey|hi|so|ok|okay|and|wait|um+|uh+|sorry)\b\W*)*"
    r"(?P<name>\w[\w.'-]*(?: \w[\w.'-]*){0,2}?)\s*[,:;.?!\u2014\u2013-]*\s*"
    r"who(?:'s|’s| is|s| was| are)?"
    r"(?: (?:he|she|that|this|him|her|that guy|this guy|that person|this person|again|exactly))*"
    r"\s*[?!.]*$",
    re.IGNORECASE,
)


def name_then_bare_who(text: str, is_person: Callable[[str], bool]) -> str | None:
    """ "Pompeo who?" → "who is Pompeo?": who the person named before a bare "who" is, when
    `is_person` says the lead names one the article names; else None ("the Tokyo talks,
    who?" asks who took part)."""
    found = _NAME_THEN_BARE_WHO.match(text.strip())
    if found is None or not is_person(found["name"]):
        return None
    return f"who is {found['name']}?"


# "ok so Esper met... the Indian guy, Singh? whats singh's job again": the asker recaps what
# they think they know, then asks; the question after the recap is the one to answer.
_RECAP_THEN_QUESTION = prefilter.compile(
    r"^(?P<recap>[^?]*\w[^?]*)\?+\s+"
    rf"(?P<asked>{WH_WORD}\b[^?]*\??)\s*$",
    re.IGNORECASE,
)
MIN_RECAPPED_QUESTION_WORDS = 3  # "whats singh's job": "what's that" asks of the recap


def question_after_recap(text: str, names_something: Callable[[str], bool]) -> str | None:
    """The question after a recap that is no question of its own ("Esper met Singh? whats
    singh's job" → "whats singh's job"), when it stands alone (`names_something` it asks
    about: "the BECA is the satellite one? what data exactly" asks of the recap); else None.
    A recap that is a question ("did Esper meet Singh? who else …") is a question of
    several parts."""
    found = _RECAP_THEN_QUESTION.match(text.strip())
    if found is None or QUESTION_START.match(found["recap"].strip()):
        return None
    asked = found["asked"]
    if len(asked.split()) < MIN_RECAPPED_QUESTION_WORDS or POINTING_BACK.search(asked):
        return None
    return asked if names_something(asked) else None


# "and this was his first one right? esper's i mean", "where did he go? i mean pompeo": who
# the question's pronoun stands for, said after it.
_NAME_SAID_AFTER = prefilter.compile(
    r"^(?P<asked>[^?]*\w[^?]*\?)\s*(?:(?P<before>\w[\w.'-]*(?: \w[\w.'-]*)?)(?:'s|’s)?\s+"
    r"i\s+mean(?:t)?|i\s+mean(?:t)?\s+(?P<after>\w[\w.'-]*(?: \w[\w.'-]*)?)(?:'s|’s)?)\W*$",
    re.IGNORECASE,
)


def name_said_after(text: str, is_person: Callable[[str], bool]) -> str | None:
    """ "and this was his first one right? esper's i mean" → "and this was esper's first one
    right?": the person said after the question put for its pronoun; None when no person
    the article names is said after it, or the question has no pronoun for him."""
    found = _NAME_SAID_AFTER.match(text.strip())
    if found is None:
        return None
    name = re.sub(r"['’]s$", "", found["before"] or found["after"])  # "esper's i mean"
    if not _PERSON_PRONOUN.search(found["asked"]) or not is_person(name):
        return None
    return _asked_of(name, found["asked"])


# "what was the point, like what did they say theyd address together": a question put
# again, more plainly, after "like" or "as in"; the second wording is the one to read.
_PUT_AGAIN = prefilter.compile(
    rf"(?:^|(?<=[.!]\s))(?P<first>{WH_WORD}\b"
    r"[^?]*?),?\s+(?:like|as in|i\.?e\.?|that is)\s*,?\s+"
    rf"(?P<again>{WH_WORD}\b[^?]*\??)\s*$",
    re.IGNORECASE,
)


def question_put_again(text: str) -> str:
    """The message with a question put twice read as its second wording (see above), when
    that is the fuller one: "What does BECA let them share, like what kind of info?" narrows
    the first, whose words it needs."""
    found = _PUT_AGAIN.search(text)
    if found is None or len(found["again"].split()) < max(
        MIN_RECAPPED_QUESTION_WORDS, len(found["first"].split())
    ):
        return text
    return text[: found.start()] + found["again"]


# "How many times has Singh done a 2+2, no sorry I meant Esper", "where did Pompeo go,
# sorry I mean Begin": a name in the question taken back after it, by the name meant.
_NAME_TAKEN_BACK_AFTER = prefilter.compile(
    r"^(?P<asked>.*?\w.*?)\s*(?:[,;?!.]+|\s-{1,2}|\u2014)\s*"
    r"(?:(?:no+|nope|sorry|wait|oops|actually|correction|i\s+mean|i\s+meant)\b[\s,]*)+"
    r"(?P<name>\w[\w.'-]*(?:\s\w[\w.'-]*)?)\W*$",
    re.IGNORECASE,
)


def name_taken_back_after(text: str, is_person: Callable[[str], bool]) -> str | None:
    """ "How many times has Singh done a 2+2, no sorry I meant Esper" → "How many times has
    Esper done a 2+2": the one person the question names put in place by the one said
    after the words taking him back; None unless both are people the article names and
    the question names exactly one other."""
    found = _NAME_TAKEN_BACK_AFTER.match(text.strip())
    if found is None or not is_person(found["name"]):
        return None
    asked = found["asked"]
    spans: list[re.Match[str]] = []
    for size in (2, 1):  # "Rajnath Singh" once, not again as "Rajnath" and "Singh"
        for m in re.finditer(r"\b\w[\w.'-]*" + r"\s\w[\w.'-]*" * (size - 1) + r"\b", asked):
            inside = any(k.start() <= m.start() and m.end() <= k.end() for k in spans)
            if not inside and is_person(m[0]):
                spans.append(m)
    others = {m[0].lower() for m in spans} - {found["name"].lower()}
    if len(spans) != 1 or not others:
        return None
    named = spans[0]
    return asked[: named.start()] + found["name"] + asked[named.end() :]
