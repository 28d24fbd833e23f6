"""Questions about whether the article gives a detail: "Does it specify which emerging
technologies?", "does the article say how information sharing will be expanded?". Whether
it gives the detail is the embedded question itself, asked directly: its answer gives the
detail, or says the article doesn't ("doesn't say which emerging technologies"). Read as a
yes-or-no question instead, any sentence naming the topic ("emerging technologies") would
confirm it."""

import re

from bot.engine.lexicon import SOURCE

_WH = r"(?:who|whom|whose|what|when|where|why|how|which)"
# "Does it specify which…", "did the text ever say where…", "does the article tell us how…".
_SOURCE_TELLS_WH = re.compile(
    rf"^(?:(?:so|and|but|ok|okay),? )?(?:does|did|do) (?:it|(?:the|this) {SOURCE})"
    r"(?: (?:ever|actually|even|explicitly|anywhere|really))?"
    r" (?:say|specify|state|mention|tell us|tell|indicate|explain|reveal|detail|disclose"
    r"|clarify|identify|spell out|make clear|name|list)"
    r"(?: (?:anywhere|exactly|precisely|explicitly|clearly))?"
    rf" (?={_WH}\b)",
    re.IGNORECASE,
)
# The embedded question in its indirect order, "how information sharing will be expanded",
# "what the pressing challenges are": put as asked directly ("how will information sharing
# be expanded?"), the order the question's reading knows. Not "which challenges are
# pressing", whose wh-word opens its own subject.
_AUXILIARY_LAST = re.compile(
    r"^(?P<wh>(?:how|where|when|why)(?! (?:many|much|long|far|often|soon|old)\b)"
    r"|(?:what|which|who|whom)(?= (?:the|a|an|this|these|those|they|he|she|it|we|their|his"
    r"|her|its)\b))"
    r" (?P<subject>(?:\S+ ){0,6}?\S+)"
    r" (?P<auxiliary>will|would|is|are|was|were|can|could|should|has|have|had|may|might)"
    r"(?P<rest>(?: .*)?)$",
    re.IGNORECASE,
)
# "what 'quadripartite' means", "what logistics engagement involves": "what does … mean".
_VERB_LAST = re.compile(
    r"^what (?P<subject>(?:\S+ ){0,6}?\S+)"
    r" (?P<verb>mean|cover|involve|include|entail|contain)s(?P<rest>(?: .*)?)$",
    re.IGNORECASE,
)

# "which challenges are pressing", "which services cooperate": a kind of thing, then one
# word said of it (not "which officials went to Tokyo", which the article answers).
_KIND_THEN_CLAUSE = re.compile(
    r"^which (?!(?:this|his|its|hers|theirs|yours|ours|those|these)\b)"
    r"(?P<kind>(?:\w+ ){0,2}?\w+s) (?!exactly\b|specifically\b)"
    r"(?P<rest>(?:(?:are|is|were|was|will be|would be) )?\w+)$",
    re.IGNORECASE,
)
# "which technologies", "which defense enhancements": a kind of thing and nothing more.
_BARE_KIND = re.compile(r"^which (?:\w+ ){0,2}\w+s$", re.IGNORECASE)


def embedded_question_asked(question: str) -> str | None:
    """ "Does it say how information sharing will be expanded?" → "how will information
    sharing be expanded?"; "Does the article say what 'quadripartite' means?" → "what does
    'quadripartite' mean?"; None when the question asks no such thing."""
    text = " ".join(question.split()).rstrip("?!. ")
    embedded = _SOURCE_TELLS_WH.sub("", text, count=1)
    if embedded == text:
        return None
    kind_first = _KIND_THEN_CLAUSE.match(embedded)
    if kind_first is not None:
        # "Does it say which challenges are pressing?": whether it names particular ones,
        # asked as "which challenges exactly are pressing?" (read as "which challenges are
        # pressing?", the areas of cooperation the sentence ranges over were the answer).
        return f"which {kind_first['kind']} exactly {kind_first['rest']}?"
    if _BARE_KIND.match(embedded) is not None:
        # "Does it say which technologies?": whether it names particular ones, which
        # "emerging technologies" alone does not; asked as "which technologies exactly?".
        return f"{embedded} exactly?"
    return _put_directly(embedded) + "?"


def _put_directly(embedded: str) -> str:
    auxiliary = _AUXILIARY_LAST.match(embedded)
    if auxiliary is not None:
        return (
            f"{auxiliary['wh']} {auxiliary['auxiliary']} {auxiliary['subject']}{auxiliary['rest']}"
        )
    verb = _VERB_LAST.match(embedded)
    if verb is not None:
        return f"what does {verb['subject']} {verb['verb']}{verb['rest']}"
    return embedded
