"""A debate coach's checks of a claim against the article: "Does the article support the
claim that India-China relations are improving?", "What's the strongest evidence in the
article that the partnership is aimed at China?". Each asks whether the article says the
claim, so each is read as "is it true that …": the verdict comes with the article's
sentence that bears the claim out (or denies it), which is the evidence asked for."""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.lexicon import SOURCE

# Verbs a claim is held up to the article with: "support", "back up", "bear out".
_SUPPORT = (
    r"(?:support|back up|back|bear out|corroborate|confirm|substantiate|justify|prove|uphold"
    r"|validate|vindicate|sustain|endorse|verify)"
)
_SUPPORTED = (
    r"(?:supported|backed up|backed|borne out|corroborated|confirmed|substantiated|justified"
    r"|proved|proven|upheld|validated|sustained|verified)"
)
# What is held up: "the claim", "the idea", "my argument", "the view".
_CLAIM_NOUN = (
    r"(?:(?:the|this|a|any|my|our|that) )?(?:claim|idea|notion|view|argument|assertion"
    r"|contention|suggestion|thesis|proposition|position|premise|conclusion|interpretation"
    r"|theory|belief|impression|statement|point|case|reading)"
)
_SOURCE_NAMED = rf"(?:the|this) {SOURCE}"
# The claim is a clause after "that": "does the article support the US position on China?"
# holds up no claim to check, and is left alone.
_CLAIM_TAIL = r" that (?P<claim>(?!(?:who|what|when|where|why|how|which|whether|if)\b)\w.*)$"

# "Does the article support the claim that this was Esper's first 2+2?", "does the piece
# really back up the idea that they praised the relationship?", "would the text bear out
# that the 2+2 came first?".
_SOURCE_SUPPORTS = prefilter.compile(
    rf"^(?:(?:so|and|but|ok|okay) )*(?:does|do|did|would|could|can|will) {_SOURCE_NAMED}"
    rf"(?: (?:really|actually|in fact|even))? {_SUPPORT}(?: {_CLAIM_NOUN})?{_CLAIM_TAIL}"
)
# "Is the claim that India-China ties are improving supported by the article?"
_CLAIM_SUPPORTED_BY = prefilter.compile(
    rf"^(?:is|was) {_CLAIM_NOUN} that (?P<claim>.+?) {_SUPPORTED}"
    rf"(?: (?:by|in) {_SOURCE_NAMED})?$"
)
# "Is there support in the article for the claim that they agreed on defense trade?",
# "is there anything in the story to back up the idea that…?"
_SUPPORT_IN_SOURCE = prefilter.compile(
    r"^(?:is there|does the (?:article|story|piece|text) (?:have|contain|offer|give|provide))"
    r" (?:(?:any|some) )?(?:anything|support|backing|evidence|proof)"
    rf"(?: (?:in|from) {_SOURCE_NAMED})? (?:for|to {_SUPPORT})"
    rf" {_CLAIM_NOUN}{_CLAIM_TAIL}"
)
# "What's the strongest evidence in the article that information sharing will grow?",
# "what is the best proof that Esper had been to a 2+2 before?", "what evidence does the
# article give that the partnership targets China?". The sentence that bears the claim
# out is the evidence; where none does, the verdict says what the article says instead.
_EVIDENCE_FOR = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay) )*(?:what is|whats|what s|what would be|what are|which is"
    r"|give me|show me|cite|quote|point me to|where is)"
    r" (?:the |your |some )?(?:single )?(?:(?:strongest|best|clearest|most (?:compelling"
    r"|convincing|persuasive|direct|solid)|main|key|firmest|hardest|most important|biggest)"
    r" )?(?:piece of |bit of |pieces of )?(?:evidence|proof|support|backing)"
    rf"(?: (?:in|from) {_SOURCE_NAMED})?"
    rf"(?: (?:for|of|supporting|backing up) {_CLAIM_NOUN})?"
    rf"(?:{_CLAIM_TAIL}| (?:for|of) (?P<last>that|this|it)(?: claim)?$)"
)
_EVIDENCE_GIVEN = prefilter.compile(
    r"^(?:what|which) (?:evidence|proof|support)"
    rf" (?:does|do|did) {_SOURCE_NAMED} (?:give|offer|provide|present|have|contain)"
    rf"(?: (?:for|to {_SUPPORT}) {_CLAIM_NOUN})?{_CLAIM_TAIL}"
)
# "…for that?", "…for this?": the claim asked before, checked again as "is that true?".
_THE_LAST_CLAIM = frozenset({"that", "this", "it", "so", "that claim", "this claim", "it so"})


def claim_checked(linkable: str) -> str:
    """ "does the article support the claim that this was esper s first 2+2" → "is it true
    that this was esper s first 2+2"; "what s the strongest evidence for that" → "is that
    true" (the claim the conversation is on). Other questions are returned as they are."""
    for pattern in (_SOURCE_SUPPORTS, _CLAIM_SUPPORTED_BY, _SUPPORT_IN_SOURCE):
        found = pattern.match(linkable)
        if found is not None and found["claim"].strip() not in _THE_LAST_CLAIM:
            # ("Claim: the BECA shares satellite data. Does the article support that?" is
            # read with the claim before it, elsewhere: left as it is.)
            return _as_claim(found["claim"])
    for pattern in (_EVIDENCE_FOR, _EVIDENCE_GIVEN):
        found = pattern.match(linkable)
        if found is not None:
            return _as_claim(found["claim"] or "that")
    return linkable


def _as_claim(claim: str) -> str:
    """ "india china relations are improving" → "is it true that …"; "that" → "is that
    true"."""
    claim = claim.strip()
    if claim in _THE_LAST_CLAIM:
        return "is that true"
    return f"is it true that {claim}"
