"""A report put as a claim: "the pentagon said the BECA was signed to counter china, didn't
it?", "the DoD said the BECA was aimed at China, right?", "pompeo said the chinese people
are the threat". Put as a question ("did the Pentagon say the BECA was aimed at China?")
the article checks it; put as a sentence, the reader took the speaker's "said" for part of
the claim and matched nothing."""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = ["said_claim_asked"]

_TAG = (
    r"(?:right|correct|true|yes|yeah|yep|no|ok|eh|innit|huh|isn'?t (?:it|that so)"
    r"|didn'?t (?:it|he|she|they)|did (?:it|he|she|they)|don'?t they|doesn'?t it|wasn'?t it"
    r"|am i right|is that right|is that correct|is that true)"
)
_SPEAKER_SKIPPED = frozenset("i you we it he she they someone somebody people my".split())
# A question or a request is no report put as a claim: "Which Indian official said…?",
# "Were any arms sales announced…?", "Tell me what Singh said…".
_ASKING_WORDS = frozenset(
    "who whom whose what which when where why how whether tell show give explain any"
    " is are was were did does do has have had can could will would should".split()
)
_SAID_CLAIM = prefilter.compile(
    r"^\s*(?:(?:so|and|but|ok|okay|now)[,\s]+)?"
    r"(?P<speaker>(?:the )?[\w.'’-]+(?: [\w.'’-]+){0,3}?)"
    r" (?:said|says|stated|states|claimed|claims|announced|declared)(?: that)? "
    rf"(?P<claim>[^?]{{6,}}?)(?:\s*[,;-]+\s*{_TAG})?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def said_claim_asked(text: str) -> str | None:
    """ "the pentagon said the BECA was aimed at China, right?" → "did the pentagon say the
    BECA was aimed at China?", or None when it is no report put as a claim."""
    found = _SAID_CLAIM.match(text)
    if found is None:
        return None
    speaker = found["speaker"]
    if speaker.lower().split()[0] in _SPEAKER_SKIPPED:
        return None  # "I said…", "they said…": no speaker the article can be asked of
    if not _ASKING_WORDS.isdisjoint(speaker.lower().split()):
        return None
    if len(found["claim"].split()) < 3:
        return None  # "…announced at the meeting": no claim of its own
    return f"did {speaker} say {found['claim'].strip()}?"
