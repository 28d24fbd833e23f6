"""Sports-commentator talk read as the plain verbs it stands for: "who was on the pitch?"
asks who took part, "is this his debut?" whether it is his first time, "did he hit Delhi?"
whether he visited it, "what'd they lock in?" what they agreed on. A small table of idioms,
not of one article's sentences: each only rewords the question, so a metaphor can never
itself make a Yes; the rewritten question is answered from the facts like any other, and
"who scored?" or "who's the MVP?" (no plain verb of the article behind them) are left as
typed, to be abstained on."""

from __future__ import annotations

import re

# Any of these sends a question through the rewrites; most questions skip them.
_TRIGGER = re.compile(
    r"\b(?:pitch|field|court|ring|suit(?:ed|s)?|team|game|showdown|match(?:-?up)?|home|debut"
    r"|record|hit(?:s|ting)?|smack|trash|shade|lock(?:ed)?|seal(?:ed)?|clinch(?:ed)?|nail(?:ed)?"
    r"|score(?:line)?|schedule|fixture|next|v|vs|versus)\b",
    re.IGNORECASE,
)

_COUNTRY = r"(?:India|China|Japan|Australia|America|the\s+U\.?S\.?A?\.?|U\.?S\.?A?\.?)"
# Cities only for "hit": "did China hit India?" is no visit.
_CITY = r"(?:New\s+Delhi|Delhi|Tokyo|Washington|Beijing)"
_PLACE = r"(?:New\s+Delhi|Delhi|Tokyo|Japan|India|South\s+Asia|Washington|Beijing|Australia)"
# The host city's country: "playing at home in Delhi" is being from India.
_HOME_COUNTRY = {"new delhi": "India", "delhi": "India", "tokyo": "Japan", "washington": "the U.S."}
_IS = r"(?:\s+(?:is|was|were|are)|'s|’s)"

# (pattern, replacement), applied in order. Each comment gives a question it reads.
_IDIOMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        # "India v China these days" → "India-China relations these days".
        (rf"\b({_COUNTRY})\s+(?:v|vs|versus)\.?\s+({_COUNTRY})\b", r"\1-\2 relations"),
        # "friendly or grudge match?" → "good or bad?"
        (r"\b(?:a\s+)?(?:grudge\s+match|bad\s+blood)\b", "bad"),
        (r"\b(?:a\s+)?friendly\b(?=\s+or\s+bad\b)", "good"),
        (r"\b(bad\s+or\s+)(?:a\s+)?friendly\b", r"\1good"),
        # "US vs China - friendly or grudge match?": the choice asked of the relations.
        (r"(\brelations\b[^-–—:?]*?)\s*[-–—:]\s*(?=(?:good|bad)\s+or\s+(?:good|bad)\b)", r"\1, "),
        # "big game in Tokyo - who was on the pitch?" → "who was on the pitch in the Tokyo
        # talks?": the event named first, then the question about it.
        (
            rf"^(?:the\s+)?(?:big\s+game|showdown|game|match-?up)\s+in\s+({_PLACE})([^-–—,:?]*?)"
            r"\s*[-–—,:]\s*((?:who|what|which|where|when)\b[^?]*?)\s*\?*\s*$",
            r"\3 in the \1 talks\2?",
        ),
        (
            rf"^(?:the\s+)?({_PLACE})\s+(?:big\s+game|showdown|game|match-?up)([^-–—,:?]*?)"
            r"\s*[-–—,:]\s*((?:who|what|which|where|when)\b[^?]*?)\s*\?*\s*$",
            r"\3 in the \1 talks\2?",
        ),
        # "big game in Tokyo", "Tokyo showdown" → the talks there.
        (r"\b(?:big\s+game|showdown|match-?up|game)\s+in\b", "talks in"),
        (rf"\b({_PLACE})\s+(?:showdown|match-?up|big\s+game|game)\b", r"\1 talks"),
        # "who was on the pitch?", "who else was on the field?" → "who took part?"
        (rf"{_IS}\s+(?:out\s+)?on\s+the\s+(?:pitch|field|court|park|team\s*sheet)\b", " took part"),
        # "who suited up for Team USA?" → "who took part for the USA?"
        (r"\b(?:suit(?:ed|s)?\s+up|lined\s+up|took\s+the\s+field)\b", "took part"),
        (rf"\bTeam\s+({_COUNTRY})\b", r"\1"),
        # "who's in the ring today? Esper and...?": a bout of two, who met whom.
        (rf"{_IS}\s+in\s+the\s+ring\s+with\b", " meeting with"),
        (rf"{_IS}\s+in\s+the\s+ring(?:\s+(?:today|tonight|this\s+time))?", " met"),
        (r"\b([A-Z][\w.]*)\s+and\s*(?:\.{2,}|…)\s*\?", r"\1 and who?"),
        # "Esper's 2+2 record - is this his debut?" → "…- is this his first time?"
        (r"\s+record(?=\s*[-–—:,])", ""),
        # "Esper making his 2+2 debut?" → "is this Esper's first 2+2?"
        (
            r"^(?:is\s+)?([A-Z][\w.]*)\s+(?:making\s+)?(?:his|her|their)\s+(2\+2\s+)?debut\b",
            r"is this \1's first \2",
        ),
        (r"\b(?:2\+2\s+)?debut\b", "first time"),
        # "did he hit Delhi too?" → "did he visit Delhi too?"
        (rf"\b(did|does|do|didn't|to|gonna|will)(\s+\S+)?\s+hit\s+(?={_CITY})", r"\1\2 visit "),
        (rf"\bhit(?:s)?\s+(?={_CITY})", "visited "),
        (rf"\bhitting\s+(?={_CITY})", "visiting "),
        # "Pompeo talking smack about China?" → "Pompeo criticising China?"
        (
            r"\b(?:talk(?:ing|ed|s)?\s+smack|trash[-\s]?talk(?:ing|ed|s)?|throw(?:ing|s)?\s+shade)"
            r"(?:\s+(?:about|at|on))?",
            "criticising",
        ),
        (r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+criticising\b", r"did \1 criticise"),
        # "what'd they lock in?", "what did they seal?" → "…agree on?"
        (r"\b(?:locked\s+(?:in|down)|sealed|clinched|nailed\s+down)\b", "agreed on"),
        (r"\b(?:lock\s+(?:in|down)|seal|clinch|nail\s+down)\b", "agree on"),
        # "what's the scoreline on the info-sharing front?" → "what came of the info-sharing?"
        (
            r"\bwhat(?:'s|’s|\s+is|\s+was)\s+the\s+(?:final\s+)?(?:score(?:line)?|result)\s+"
            r"(?:on|for|with)\s+",
            "what came of ",
        ),
        (r"\s+front\b(?=\s*\?|\s*$)", ""),
        # "what's next on the schedule after Monday's meeting?" → "what came after…?"
        (
            r"\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:(?:up\s+)?next\s+(?:up\s+)?)?(?:on\s+the\s+"
            r"(?:schedule|fixture\s+list|card|calendar|slate)\s+)?(?=after\b)",
            "what came ",
        ),
    )
)


def sports_talk_read(text: str) -> str:
    """The question with its sports idioms put as the plain verbs they stand for; a question
    with none comes back unchanged."""
    if _TRIGGER.search(text) is None:
        return text
    text = _home_side_read(text)
    for pattern, replacement in _IDIOMS:
        text = pattern.sub(replacement, text)
    return text


def _home_side_read(text: str) -> str:
    """ "who was playing at home in Delhi, Esper or Singh?" → "who was from India, …": the home
    side is the host city's country, which the facts then confirm or not."""

    def from_country(match: re.Match[str]) -> str:
        city = " ".join(match.group(2).lower().split())
        verb = {"played": "was ", "plays": "is "}.get(match.group(1).lower(), "")
        return f"{verb}from {_HOME_COUNTRY[city]}"

    # "who played at home…" keeps a verb ("who was from India"); "was playing" has one.
    return re.sub(
        r"\b(playing|played|plays)\s+at\s+home\s+in\s+(New\s+Delhi|Delhi|Tokyo|Washington)\b",
        from_country,
        text,
        flags=re.IGNORECASE,
    )
