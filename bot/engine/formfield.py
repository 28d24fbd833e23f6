"""A data-entry clerk's form fields, checked against the article: "Number of dialogues =
2?", "Tokyo talks location = Sydney, Australia — y/n", "Location: Mumbai, correct?". Each
puts a value in a field, which is a claim; read as the question that claim is ("were there
2 dialogues?", "were the Tokyo talks held in Sydney?"), it gets a No with the right value,
where read as "is number of dialogues two" it matched the "two" of "the two countries" and
got a Yes."""

from __future__ import annotations

import re

# How a clerk asks whether the field holds: "…, correct?", "— y/n", ". confirm", "right?".
_CHECK_TAIL = (
    r"(?:\s*[,.;:?!\u2014\u2013-]*\s*(?:correct|right|y\s*/\s*n|yes or no|true|confirm(?:ed)?"
    r"|ok|okay|yes|is that (?:right|correct)|agreed|accurate)\b)*\W*$"
)
# What may come before the field: "ok checking back. Location = New Delhi, correct?".
_PREAMBLE = r"^(?:[^=:?]*?[.!]\s+)?"
# Where a value is put in a field: "=", ":", "is", "was".
_PUT = r"\s*(?:=|:|\bis\b|\bwas\b|\bare\b|\bwere\b)\s*"
_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a couple"

# "Number of dialogues = 2?", "no. of 2+2s: 4 — right?", "the number of dialogues is 2?".
_COUNT_FIELD = re.compile(
    _PREAMBLE
    + r"(?:the )?(?:total )?(?:number|no\.?|num|count|#) of (?P<things>[^=:?]+?)"
    + _PUT
    + rf"(?P<number>{_NUMBER})"
    + _CHECK_TAIL,
    re.IGNORECASE,
)
# "Is it true that the number of 2+2 dialogues is 2?", "is the number of dialogues two?":
# the same count asked as a question; read word by word, "two" matched "the two countries".
_COUNT_ASKED = re.compile(
    r"^(?:(?:so|and|but|ok|okay) )?(?:is it (?:true|correct|right|the case) that )?"
    r"(?:(?:is|was) )?(?:the )?(?:total )?number of (?P<things>[^=:?]+?)"
    rf"(?: (?:is|was|=))? (?P<number>{_NUMBER})" + _CHECK_TAIL,
    re.IGNORECASE,
)
# "Dialogues held: 4?", "Quad countries = 5, correct?": a plural noun's field given a
# number (the count of them). Only with "=" or ":", which no question puts after a noun.
_COUNTED_FIELD = re.compile(
    _PREAMBLE + r"(?P<things>(?:[\w+'-]+ ){0,3}[\w+'-]+s)(?: (?:held|total|count|so far))?"
    r"\s*(?:=|:)\s*"
    rf"(?P<number>{_NUMBER})" + _CHECK_TAIL,
    re.IGNORECASE,
)
# "Location = Mumbai, correct?", "Tokyo talks location = Sydney, Australia — y/n", "Venue
# of the meeting: Tokyo?". The value's first part names the place ("Sydney" of "Sydney,
# Australia"): a country after it adds nothing to check.
_PLACE_FIELD = re.compile(
    _PREAMBLE + r"(?:(?P<event>[\w+'. -]+?) )?"
    r"(?:location|venue|place|city|site)(?: of (?:the )?(?P<of>[\w+'. -]+?))?"
    r"\s*(?:=|:)\s*"
    r"(?P<place>[a-z][\w.' -]*?)(?:,[\w.' -]*)?" + _CHECK_TAIL,
    re.IGNORECASE,
)
# "Source = Indian Ministry of Defence? correct?", "Statement source: the State
# Department?": who put the statement out.
_SOURCE_FIELD = re.compile(
    _PREAMBLE + r"(?:(?:the )?statement )?source(?: of (?:the )?statement)?\s*(?:=|:)\s*"
    r"(?P<source>[a-z][\w.' -]*?)" + _CHECK_TAIL,
    re.IGNORECASE,
)
# "Esper = Mark T. Esper, US Sec Def. confirm", "Begin = Deputy Secretary of Defense,
# correct?": any field given a value and checked, asked as "is Esper Mark T. Esper…?".
_CHECKED_FIELD = re.compile(
    _PREAMBLE + r"(?P<field>[^=?]*\w)\s*=\s*(?P<value>[^=?]*?\w)\W*" + _CHECK_TAIL,
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
# "Info sharing was scaled back — enter 'reduced'?": the value to be entered is the claim's
# own word; the claim before it is what is checked.
_ENTERED = re.compile(
    r"\s*[\u2014\u2013:-]+\s*(?:enter|put|write|record|mark|fill in)(?: it)?(?: as| down)?"
    r"\s*['\"\u2018\u201c]?[\w -]+['\"\u2019\u201d]?\s*\?*\s*$",
    re.IGNORECASE,
)
_WH_WORD = re.compile(
    r"\b(?:which|what|who|whom|where|when|why|how|wat|wot|wut|wht|wich|hu)\b", re.IGNORECASE
)
# What makes a field's value a check: "?", "correct", "right", "confirm", "y/n" ("us n
# india = wat kind of democracies lol" checks nothing).
_CHECKED = re.compile(
    r"\?|\b(?:correct|right|confirm|confirmed|true|accurate|y\s*/\s*n)\b", re.IGNORECASE
)
# "Officials quoted: Pompeo — y/n", "Countries mentioned: Japan?": whether the article
# does so with the one put in the field.
_LISTED_FIELD = re.compile(
    _PREAMBLE + r"(?:[\w-]+ ){0,2}(?P<verb>quoted|mentioned|named|cited|listed)\s*(?:=|:)\s*"
    r"(?P<value>[a-z][\w.' -]*?)" + _CHECK_TAIL,
    re.IGNORECASE,
)
_ARTICLE_VERB = {
    "quoted": "quote",
    "mentioned": "mention",
    "named": "name",
    "cited": "quote",
    "listed": "mention",
}
# A field's words that name no event: "meeting location", "record location".
_NO_EVENT = frozenset({"the", "meeting", "record", "event", "field"})


def form_field_asked(question: str, context_empty: bool = True) -> str | None:
    """The question a form field put with a value stands for: "Number of dialogues = 2?" →
    "were there 2 dialogues?"; None when the question is no such field. `context_empty`:
    whether it starts a conversation, where a bare "Location = Tokyo?" is of the article's
    meeting; later it is of what the conversation is about ("it")."""
    text = question.strip()
    entered = _ENTERED.search(text)
    if entered is not None and entered.start() > 0:
        return text[: entered.start()].rstrip() + "?"
    mentioned = _mentioned_in_claimed(text)
    if mentioned is not None:
        return mentioned
    if (
        "=" not in text
        and ":" not in text
        and " is " not in text.lower()
        and "number of" not in text.lower()
    ):
        return None  # (most questions: no field is filled in)
    return (
        _count_claimed(text)
        or _place_claimed(text, context_empty)
        or _source_claimed(text)
        or _listed_claimed(text)
        or _field_checked(text)
    )


# "China mentioned in DoD statement: y/n", "Pakistan named in article?", "Pompeo quoted in
# piece — y/n": a thing ticked as mentioned in a source, without "was" or "the".
_MENTIONED_IN = re.compile(
    _PREAMBLE + r"(?P<thing>[a-z][\w.' -]*?) (?P<verb>mentioned|named|quoted|cited|listed"
    r"|referenced|referred to) (?P<prep>in|by) (?:the )?(?P<source>[a-z][\w.' -]*?)" + _CHECK_TAIL,
    re.IGNORECASE,
)


# A verb after the source: "mentioned in the article" then describes the subject of a claim
# that goes on ("…the article is improving?"), no field ticked.
_VERB_AFTER = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do)\b", re.IGNORECASE)


def _mentioned_in_claimed(text: str) -> str | None:
    """ "China mentioned in DoD statement: y/n" → "was China mentioned in the DoD
    statement?", the question a follow-up ("and in the article overall?") can take its
    "in the …" from."""
    found = _MENTIONED_IN.match(text)
    if found is None or _ASKED.match(text) or not _CHECKED.search(text):
        return None
    if _WH_WORD.search(found["thing"]) or len(found["thing"].split()) > 4:
        return None  # "Which four countries held the talks mentioned in the article?"
    if _VERB_AFTER.search(found["source"]):
        return None  # "so no relationship mentioned in the article is improving?"
    thing, source = found["thing"].strip(), found["source"].strip()
    return f"was {thing} {found['verb']} {found['prep']} the {source}?"


def _count_claimed(text: str) -> str | None:
    """ "Number of dialogues = 2?" → "were there 2 dialogues?", the count the yes-or-no
    reading checks against the article's ("three such dialogues")."""
    found = _COUNT_FIELD.match(text) or _COUNTED_FIELD.match(text) or _COUNT_ASKED.match(text)
    if found is None:
        return None
    return f"were there {found['number']} {found['things'].strip()}?"


def _source_claimed(text: str) -> str | None:
    """ "Source = Indian Ministry of Defence? correct?" → "was the statement from Indian
    Ministry of Defence?" (No: the U.S. Defense Department's)."""
    found = _SOURCE_FIELD.match(text)
    return None if found is None else f"was the statement from {found['source'].strip()}?"


def _listed_claimed(text: str) -> str | None:
    """ "Officials quoted: Pompeo — y/n" → "does the article quote Pompeo?", asked of the
    article, whose readings know whom it quotes and names."""
    found = _LISTED_FIELD.match(text)
    if found is None or not _CHECKED.search(text):
        return None
    verb = _ARTICLE_VERB[found["verb"].lower()]
    return f"does the article {verb} {found['value'].strip()}?"


def _field_checked(text: str) -> str | None:
    """ "Esper = Mark T. Esper, US Sec Def. confirm" → "is Esper Mark T. Esper, US Sec
    Def?"; not a field asked of ("two largest democracies = who?")."""
    found = _CHECKED_FIELD.match(text)
    if found is None or _WH_WORD.search(text) or not _CHECKED.search(text):
        return None
    if not _LETTER.search(found["field"]):
        return None  # "2+2 = 4?": sums, not a field (read as "is 2+2 4?" it got a No)
    return f"is {found['field'].strip()} {found['value'].strip()}?"


def _place_claimed(text: str, context_empty: bool) -> str | None:
    """ "Tokyo talks location = Sydney, Australia — y/n" → "were the Tokyo talks held in
    Sydney?"; "Location = Mumbai, correct?" → "was the meeting held in Mumbai?"."""
    found = _PLACE_FIELD.match(text)
    if found is None:
        return None
    event = (found["of"] or found["event"] or "").strip()
    place = found["place"].strip()
    if event.lower() in _NO_EVENT or not event:
        subject = "the meeting" if context_empty else "it"
        return f"was {subject} held in {place}?"
    if event.lower().startswith("the "):
        event = event[4:]
    verb = "were" if event.lower().endswith(("talks", "s")) else "was"
    return f"{verb} the {event} held in {place}?"


# A form's hints in brackets, which ask nothing: "Meeting date (DD/MM)?", "Global challenges
# phrase (exact)", "Relationship description (US officials' words)", "Cooperation areas
# (list)".
_FORMAT_HINT = re.compile(
    r"\s*\((?:exact|verbatim|list|one line|full|short|brief|text|pls|please"
    r"|[dmy]{1,4}\s*[/.-]\s*[dmy]{1,4}(?:\s*[/.-]\s*[dmy]{1,4})?"
    r"|[\w.' -]*\bwords)\)",
    re.IGNORECASE,
)
# A clerk's sign-off and the field's own name: "full name + title pls", "US-India trend
# field", "Purpose of partnership re China — field text?".
_FORM_TAIL = re.compile(
    r"(?:\s*[\u2014\u2013-]+\s*field(?: text| value| entry)?|\s+field(?: text| value)?"
    r"|\s+(?:pls|plz))(?=\W*$)",
    re.IGNORECASE,
)
# "secure comms capabilities — in the record?", "logistics — in the article?": whether the
# article mentions it.
_IN_THE_RECORD = re.compile(
    r"\s*[\u2014\u2013:-]+\s*(?:in the (?:record|article|text|piece|story)|mentioned|listed"
    r"|included)\s*\?*\s*$",
    re.IGNORECASE,
)
# The words of a section label that name nothing in the article: "Related event: Tokyo
# talks — US attendees?", "Other officials mentioned: Begin — title?", "Meeting
# purpose/context: held ahead of what?".
_SECTION_WORDS = frozenset(
    "related event events other officials official people persons mentioned named purpose"
    " context background details detail info information section part field record entry"
    " category topic misc notes note".split()
)
_SECTION_LABEL = re.compile(r"^(?P<label>[\w/ +'-]{2,40}?)\s*:\s+(?P<rest>.+)$")
# "'largest democracies' part — how many?", "Tokyo talks — where?": the thing, then what
# is asked of it.
_THING_THEN_WH = re.compile(
    r"^(?P<thing>[^?\u2014\u2013]+?)(?:\s+part)?\s*[\u2014\u2013:]+\s*"
    r"(?P<wh>how many|when|where)\s*\?*\s*$",
    re.IGNORECASE,
)
# "Global challenges phrase", "relationship wording?": the article's words about it.
_PHRASE_OF = re.compile(
    r"^(?P<thing>[\w-]+(?: [\w-]+){0,3}) (?P<kind>phrase|wording|expression)\s*\?*\s*$",
    re.IGNORECASE,
)
# "counterpart title", "the counterpart's title?": the field of the one met, whose answer
# gives his title, never the article's title (its headline).
_COUNTERPART_TITLE = re.compile(
    r"^(?P<who>(?:his |her |the |[a-z]+'s )?(?:indian |india's |us |u\.s\. |american )?"
    r"counterpart)(?:'s)? (?:title|job title|official title|post|position)\s*\?*\s*$",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"^(?:who|whom|whose|what|which|where|when|why|how|is|was|are|were|did|does|do|has|have"
    r"|had|can|could|will|would)\b",
    re.IGNORECASE,
)


def form_label_asked(question: str, context_empty: bool = True) -> str | None:
    """The question a form's field label stands for: "full name + title pls" → "full name
    and title?", "Global challenges phrase (exact)" → "what phrase about Global
    challenges?"; None when the question is no label (or reads as it stands).
    `context_empty`: whether it starts a conversation, where "Participants (US side)" is of
    the article's meeting; later it is of the event spoken of ("there")."""
    text = question.strip()
    if _ASKED.match(text):
        return None  # a question put as one, not a label
    side = _side_participant_asked(text, context_empty)
    if side is not None:
        return side
    plain = _plain_label(text)
    asked = _counterpart_asked(plain) or _thing_then_wh(plain)
    asked = asked or _phrase_asked(plain)
    if asked is not None:
        return asked
    return plain if plain != text else None


def _plain_label(text: str) -> str:
    """The label without its form's hints, sign-off and section label: "Related event: Tokyo
    talks — US attendees?" → "Tokyo talks — US attendees?"."""
    plain = _FORMAT_HINT.sub("", text)
    plain = _FORM_TAIL.sub("", plain)
    plain = _IN_THE_RECORD.sub(" mentioned?", plain)
    plain = re.sub(r"(?<=[a-z]) \+ (?=[a-z])", " and ", plain, flags=re.IGNORECASE)
    return _section_dropped(plain).strip()


def _section_dropped(text: str) -> str:
    """ "Other officials mentioned: Begin — title?" → "Begin — title?"; "Meeting purpose/
    context: held ahead of what?" → "Meeting held ahead of what?". Only before a question
    of its own: "Participants: Esper and Singh" gives the field its value."""
    found = _SECTION_LABEL.match(text)
    if found is None:
        return text
    rest = found["rest"]
    if _ASKED.match(rest) or not (
        rest.rstrip().endswith("?") and re.search(r"[\u2014\u2013]|\bwhat\b", rest)
    ):
        return text  # "For my show notes: who met whom…?" is a question as it stands
    words = re.split(r"[\s/]+", found["label"].lower())
    kept = [w for w in words if w not in _SECTION_WORDS]
    if len(kept) == len(words):
        return text
    return " ".join([*kept, rest])


# A side's people: "Participants (US side)", "US participants", "Attendees - Indian side",
# "India side participant?", "Rep (American side)": the one who stood for that country.
_SIDE = (
    r"(?:u\.?s\.?a?\.?|american|america|the united states|united states|india|indian)"
    r"(?: side)?"
)
_PEOPLE = (
    r"(?:participants?|attendees?|delegates?|delegation|representatives?|reps?"
    r"|principals?)"
)
_SIDE_PARTICIPANT = re.compile(
    rf"^(?:{_PEOPLE}\s*(?:\(\s*{_SIDE}\s*\)|[\u2014\u2013:,-]+\s*{_SIDE}|for {_SIDE})"
    rf"|{_SIDE} {_PEOPLE}|{_SIDE} side)\s*\?*\s*$",
    re.IGNORECASE,
)


# The article's meeting, named by its place: "who represented the US in the meeting?" reads
# "meeting" as the 2+2s "Esper has participated" in, not the one the record is of.
_THE_MEETING = "the meeting in New Delhi"


def _side_participant_asked(text: str, context_empty: bool) -> str | None:
    """ "Participants (US side)" → "who represented the US in the meeting?" (Esper), not the
    2+2's "U.S. and Indian foreign and defense ministers" its words match."""
    found = _SIDE_PARTICIPANT.match(text)
    if found is None:
        return None
    country = "India" if re.search(r"\bindia", text, re.IGNORECASE) else "the US"
    where = f"in {_THE_MEETING}" if context_empty else "there"
    return f"who represented {country} {where}?"


def _counterpart_asked(text: str) -> str | None:
    """ "counterpart title" → "counterpart": asked as the bare field, whose answer names the
    one met with his title ("Esper met India's Defense Minister Rajnath Singh…")."""
    found = _COUNTERPART_TITLE.match(text)
    return None if found is None else f"{found['who']}?"


def _thing_then_wh(text: str) -> str | None:
    """ "'largest democracies' part — how many?" → "how many largest democracies?"."""
    found = _THING_THEN_WH.match(text)
    if found is None:
        return None
    thing = found["thing"].strip().strip("'\"\u2018\u2019\u201c\u201d").strip()
    return f"{found['wh'].lower()} {thing}?"


def _phrase_asked(text: str) -> str | None:
    """ "Global challenges phrase" → "what phrase about Global challenges?"."""
    found = _PHRASE_OF.match(text)
    if found is None:
        return None
    return f"what {found['kind'].lower()} about {found['thing']}?"


# "which official was quoted?", "what official is quoted in the article?", "which person got
# quoted": one of those whom the article quotes, asked as "who was quoted?" (whose answer
# lists them), not "which official" of the article's four named people.
_WHICH_ONE_QUOTED = re.compile(
    r"^(?:so |and |ok )?(?:which|what) (?:officials?|person|people|ones?|minister|side)"
    r" (?:was|is|were|are|got|gets|get) (?:directly )?quoted"
    r"(?: (?:in|by) (?:the )?(?:article|piece|story|text|report))?\s*\?*\s*$",
    re.IGNORECASE,
)


# "Officials quoted: y/n" "which official (name)": the one of the field just checked.
_WHICH_ONE_BARE = re.compile(
    r"^(?:and |so |ok )?(?:which|what|who)(?: (?:officials?|person|people|ones?))?"
    r"\s*(?:\((?:name|names|full name)\))?\s*\?*\s*$",
    re.IGNORECASE,
)
_QUOTED_FIELD = re.compile(r"\bquoted\b", re.IGNORECASE)


def quoted_one_asked(question: str, last_question: str | None = None) -> str | None:
    """ "which official was quoted?" → "who was quoted?"; so is "which official (name)"
    right after "Officials quoted: y/n"; None for any other question."""
    text = question.strip()
    if _WHICH_ONE_QUOTED.match(text):
        return "who was quoted?"
    after_quoted = last_question is not None and _QUOTED_FIELD.search(last_question)
    if after_quoted and _WHICH_ONE_BARE.match(text):
        return "who was quoted?"
    return None
