"""Hinglish read as the English it means: the particles Indian readers mix into an English
question ("Singh foreign minister hai kya?", "US-China relations kaise hai?", "acha, what was
agreed?") are either a question word, the question's frame, or a filler. A small table, not
tuned to one article; everything else in the question is left as typed."""

from __future__ import annotations

import re

from bot.engine import prefilter

# Any of these in a question sends it through the rewrites below; most questions skip them.
# Never respelt as slips of English words ("yaar" is not "year").
PARTICLES = frozenset(
    """
kya hai hain kaise kaisa kaisi kitne kitna kitni kab kahan kaha kaun kyun kyu kyon
acha accha achha achcha acchha yaar arre arey haan toh na aur bhi
ne mein kisse kisne kiya kiye hua hui hue bola boli bole batao bataiye baare mulaqat mulakat
kaunsa kaunse kaunsi dono beech pehle baad unka unki unke uska uski uske hota hote hoti
tha thi koi kuch naam baar wala wali wale ji gaye gaya gayi din kis baat
""".split()
)

# Hindi words with no English twin, glossed one for one once a message is seen to be
# Hinglish; Hindi's verb-last order is left, as the matcher reads words, not word order:
# "Esper ne kisse mulaqat ki Delhi mein?" → "Esper with whom meeting Delhi in?".
_PHRASES = (
    (r"\bke\s+baare\s+mein\b", "about"),
    (r"\bke\s+beech\b", "between"),
    (r"\b(?:se|ke)\s+pehle\b", "before"),
    (r"\bke\s+baad\b", "after"),
    (r"\bke\s+saath\b", "with"),
    (r"\bkis\s+se\b", "with whom"),
    # "kaun kaun countries" asks which countries; "kaun kaun gaye?" who all went.
    (r"\bkaun\s+kaun(?:\s+se)?(?=\s+[a-z]+s\b)", "which"),
    (r"\bkaun\s+kaun(?:\s+se)?\b", "who"),
    (r"\bkaun\s+sa\b", "which"),
    (r"\bkya\s+kya\b", "what"),
    (r"\b(?:hua|hui|hue)\s+(?:tha|thi|the|hai|hain)\b", "happened"),
    (r"\b(?:batao|bataiye|bata\s+do)\s+na\b", "tell"),
    (r"\bkya\s+kaha\b", "what said"),
    (r"\b(?:bola|kaha)\s+gaya\b", "said"),
    (r"\b(?:gaye|gaya|gayi)\s+(?:the|tha|thi)\b", "went"),
    (r"\b(?:bola|kaha)\s+kya\b", "said"),
)
_PHRASE = [(re.compile(pattern, re.IGNORECASE), said) for pattern, said in _PHRASES]
_GLOSSES = {
    "kisse": "with whom",
    "kisne": "who",
    "kise": "whom",
    "kisko": "whom",
    "kaunsa": "which",
    "kaunse": "which",
    "kaunsi": "which",
    "mulaqat": "meeting",
    "mulakat": "meeting",
    "hua": "happened",
    "hui": "happened",
    "hue": "happened",
    "bola": "said",
    "boli": "said",
    "bole": "said",
    "kaha": "said",
    "batao": "tell",
    "bataiye": "tell",
    "dono": "both",
    "koi": "any",
    "kuch": "anything",
    "naam": "name",
    "baar": "times",
    "pehle": "before",
    "baad": "after",
    "beech": "between",
    "unka": "his",
    "unki": "his",
    "unke": "his",
    "uska": "his",
    "uski": "his",
    "uske": "his",
    "hota": "is",
    "hote": "are",
    "hoti": "is",
    "tha": "was",
    "thi": "was",
    "kya": "what",
    "hai": "is",
    "hain": "are",
    "kaun": "who",
    "gaye": "went",
    "gaya": "went",
    "gayi": "went",
    "gae": "went",
    "din": "day",
    "kis": "which",
    "baat": "talk",
    "yeh": "this",
    "ye": "this",
}
# Case markers, helpers and honorifics that English says by word order or not at all.
_DROPPED = frozenset("ne ko ka ki ke se mein kiya kiye wala wali wale ji".split())
# Words only Hindi has: two of them mark a Hinglish message whose every Hindi word is then
# glossed ("meeting kab hua tha, date batao na"); one alone may be a slip or a name.
_HINDI_ONLY = frozenset(
    """
ne mein kisse kisne kiya hua hui bola boli kaha batao bataiye baare mulaqat mulakat kaunsa
kaunse kaunsi dono beech pehle unka unki uska uski hai hain tha kya kab kahan kaun kitni kis
gaye gaya kitne kaise kyun
""".split()
)

# Interjections that only open or punctuate a remark: "acha, what was that meeting?",
# "yaar who met Singh?", "arre, where did they meet?".
_FILLER = prefilter.compile(
    r"(?:^|(?<=[\s,]))(?:acha|accha|achha|achcha|acchha|yaar|arre|arey|haan|toh)"
    r"\b\s*,?\s*",
    re.IGNORECASE,
)

# "Singh foreign minister hai kya?", "kya Singh foreign minister hai?": is it so.
_IS_IT_SO = prefilter.compile(
    r"^\s*(?:kya\s+)?(?P<claim>[^?]+?)\s+(?:(?P<are>hain)|hai|(?P<was>tha|thi)|(?P<were>the))"
    r"(?:\s+kya)?\s*(?P<end>\?*)\s*$",
    re.IGNORECASE,
)
# "US-China relations kaise hai?", "Esper ka visit kaisa tha?": how it is.
_HOW_IS = prefilter.compile(
    r"^\s*(?P<what>[^?]+?)\s+(?:kaise|kaisa|kaisi)(?:\s+(?:(?P<are>hain)|hai|(?P<was>tha|thi)"
    r"|(?P<were>the)))?\s*(?P<end>\?*)\s*$",
    re.IGNORECASE,
)
# "BECA kya hai?", "2+2 kya tha?": what it is.
_WHAT_IS = prefilter.compile(
    r"^\s*(?P<what>[^?]+?)\s+kya\s+(?:(?P<are>hain)|hai|(?P<was>tha|thi)|(?P<were>the))"
    r"\s*(?P<end>\?*)\s*$",
    re.IGNORECASE,
)
# "Esper is defence secretary, na?": the tag asks "right?".
_TAG_NA = prefilter.compile(r",?\s+na\s*(?P<end>\?*)\s*$", re.IGNORECASE)

# Question words and linking words, one for one: "meeting kab hui?" → "meeting when hui?"
# is still a question of when; "Tokyo bhi gaye?" asks "also".
_WORDS = {
    "kitne": "how many",
    "kitna": "how much",
    "kitni": "how many",
    "kab": "when",
    "kahan": "where",
    "kaha": "where",
    "kaun": "who",
    "kyun": "why",
    "kyu": "why",
    "kyon": "why",
    "aur": "and",
    "bhi": "also",
}
_WORD = prefilter.compile(r"\b(?:" + "|".join(_WORDS) + r")\b", re.IGNORECASE)


def _verb(found: re.Match[str]) -> str:
    if found["are"]:
        return "are"
    if found["was"]:
        return "was"
    if found["were"]:
        return "were"
    return "is"


def _asked(found: re.Match[str], wh: str, part: str) -> str:
    return f"{wh}{_verb(found)} {found[part]}{found['end'] or '?'}"


def hinglish_read(text: str) -> str:
    """The question with its Hinglish particles read as English: "Singh foreign minister hai
    kya?" → "is Singh foreign minister?"; "US-China relations kaise hai?" → "how is US-China
    relations?"; "acha, what was agreed?" → "what was agreed?"."""
    words = _words(text)
    if PARTICLES.isdisjoint(words):
        return text
    if len(_HINDI_ONLY.intersection(words)) < 2:
        return _particles_read(text)
    for pattern, said in _PHRASE:
        text = pattern.sub(said, text)
    return _glossed(_particles_read(text))


def _particles_read(text: str) -> str:
    """The question with its particles read: a frame ("… hai kya?") as an English question,
    fillers dropped, question words said in English."""
    text = _FILLER.sub("", text).strip() or text
    how = _HOW_IS.match(text)
    if how is not None:
        return _asked(how, "how ", "what")
    what = _WHAT_IS.match(text)
    if what is not None:
        return _asked(what, "what ", "what")
    so = _IS_IT_SO.match(text)
    if so is not None and _ends_hinglish(text):
        return _asked(so, "", "claim")
    text = _TAG_NA.sub(lambda found: f", right{found['end'] or '?'}", text)
    return _WORD.sub(lambda found: _WORDS[found[0].lower()], text)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _glossed(text: str) -> str:
    """Each Hindi word left after the rewrites above said in English, and the case markers
    dropped: "Pompeo ne press conference kahan kiya tha?" → "Pompeo press conference where
    was?". Two Hindi-only words are asked for first, so an English "the" or "ki" alone
    never sends a question here. A "kya" opening a yes-or-no question asks "did": "kya
    India aur US ne koi agreement kiya?" → "did India and US any agreement?"."""
    text = re.sub(r"(^|[?.!]\s+)kya\b", r"\1did", text, flags=re.IGNORECASE)
    text = re.sub(r"\bthe\s*(?=\?*\s*$)", "were", text)  # "…countries the?": were

    def said_in_english(found: re.Match[str]) -> str:
        word = found[0].lower()
        if word in _DROPPED:
            return ""
        return _GLOSSES.get(word, found[0])

    glossed = re.sub(r"[A-Za-z]+", said_in_english, text)
    return re.sub(r"\s+", " ", glossed).strip()


def _ends_hinglish(text: str) -> bool:
    """ "…hai kya?", "kya … hai?": the Hindi frame is there, not an English "the" or
    "hai" alone ("who are the"): both "kya" and the verb, or a Hindi verb at the end."""
    words = _words(text)
    return "kya" in words or (bool(words) and words[-1] in ("hai", "hain"))
