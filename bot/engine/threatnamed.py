"""Who Pompeo named as the threat, claimed wrongly: "pompeo said the chinese people are the
threat", "did Pompeo call India a threat?", "in pompeo's view, is china's communist party an
ally of free nations?". He spoke of "the threat posed by China's Communist Party", which free
nations could work together to thwart: another holder of the threat, the Chinese people
rather than the Party, or the Party as an ally, is what he did not say."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine import prefilter

__all__ = ["PEOPLE_WORDS", "ThreatClaim", "threat_claim"]

# "…the chinese people / citizens / public": a nation's people, not its ruling party.
PEOPLE_WORDS = frozenset("people peoples citizens public population civilians masses".split())

_SPEAKER_VERBS = (
    r"(?:say|said|says|claim|claimed|claims|call|called|calls|name|named|names|describe"
    r"|described|describes|label|labelled|labeled|brand|branded|see|saw|sees|consider"
    r"|considered|considers|identify|identified|identifies|think|thinks|thought)"
)
_BEING = r"(?:(?:is|are|was|were|as|to be|poses|pose|posed|posing) )?"
# "pompeo said the chinese people are the threat", "did pompeo call india a threat?".
_THREAT_SAID = prefilter.compile(
    rf"^(?:so |and |but )?(?:did |does )?(?:secretary )?pompeo {_SPEAKER_VERBS}(?: that)?"
    rf" (?P<holder>(?:\w+ ){{1,5}}?){_BEING}(?:a|the|an|as a|as the)"
    r"(?: main| real| real| biggest| chief| major| primary)? (?:threat|danger|menace)"
    r"(?: (?:to|for) (?:free nations|the free world|the world|democracies))?"
    r"(?: right| correct| true| didnt he| yes| no)?$"
)
# "in pompeo's view, is china's communist party an ally of free nations?", "according to
# pompeo is the ccp a friend of the free world".
_ALLY_ASKED = prefilter.compile(
    r"^(?:so |and |but )?(?:in pompeo view|according to pompeo|for pompeo|to pompeo"
    r"|in pompeo eyes|in pompeo words) (?:is|are|was|were) (?P<holder>(?:\w+ ){1,5}?)"
    r"(?:an|a|the) (?:ally|friend|partner|allies|friends|partners)"
    r"(?: (?:of|to|for) (?:\w+ ){0,2}\w+)?$"
)


@dataclass(frozen=True)
class ThreatClaim:
    """What the claim makes of its holder: "threat" (the one threatening) or "ally"."""

    holder: str
    made: str


def threat_claim(normalised: str) -> ThreatClaim | None:
    """ "pompeo said the chinese people are the threat" → ThreatClaim("the chinese
    people", "threat"); None when the text makes no such claim of Pompeo's."""
    found = _THREAT_SAID.match(normalised)
    if found is not None:
        return ThreatClaim(found["holder"].strip(), "threat")
    found = _ALLY_ASKED.match(normalised)
    if found is not None:
        return ThreatClaim(found["holder"].strip(), "ally")
    return None
