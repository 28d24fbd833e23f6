"""A member past the article's list asked of by its ordinal: "was a fifth country at the
Tokyo talks?", "who was the fifth country?". The article lists every country at the talks
(the United States, Japan, India and Australia), so an ordinal is a count to check: asked as
"were there five countries at the Tokyo talks?", it gets No, four, with the list; "a fourth
country?" gets Yes. Only countries: a list of people present ("Esper and Secretary
Pompeo") never says no one else came, so "a third U.S. official?" is left as asked."""

from __future__ import annotations

import re

_ORDINAL_COUNTS = {
    "second": "two",
    "2nd": "two",
    "third": "three",
    "3rd": "three",
    "fourth": "four",
    "4th": "four",
    "fifth": "five",
    "5th": "five",
    "sixth": "six",
    "6th": "six",
    "seventh": "seven",
    "7th": "seven",
    "eighth": "eight",
    "8th": "eight",
}
_ORDINAL = "|".join(_ORDINAL_COUNTS)
# "was there a fifth country at…", "did a fifth nation take part…", "who was the fifth
# country?", "which was the 5th nation there?": the ordinal before a country noun.
_NTH_COUNTRY = re.compile(
    r"^(?:(?:so|and|but|ok|okay|then)\s*,?\s+)?"
    r"(?:(?P<aux>was|were|did|is)\s+(?:there\s+)?(?:a|an|any)"
    r"|(?:who|which|what)\s+(?:was|is|were)\s+(?:the|that|this))"
    rf"\s+(?P<nth>{_ORDINAL})\s+(?P<noun>country|nation|participant country|party)\b"
    r"(?P<rest>[^?]*)\??\s*$",
    re.IGNORECASE,
)
_PLURALS = {"country": "countries", "party": "parties"}


def nth_country_as_count(question: str, afresh: bool) -> str | None:
    """ "was a fifth country at the Tokyo talks?" → "were there five countries at the Tokyo
    talks?"; "did a fifth country take part…?" → "did five countries take part…?"; None
    when no country is asked of by its ordinal. `afresh`: no earlier turn, so a bare "who
    was the fifth country?" says nothing of which list (the article names five countries
    in all) and is left as asked."""
    found = _NTH_COUNTRY.match(question.strip())
    if found is None or (afresh and not found["rest"].strip()):
        return None
    count = _ORDINAL_COUNTS[found["nth"].lower()]
    noun = found["noun"].lower()
    head, _, last = noun.rpartition(" ")
    plural = " ".join(filter(None, (head, _PLURALS.get(last, f"{last}s"))))
    rest = found["rest"].rstrip()
    if (found["aux"] or "").lower() == "did":
        return f"did {count} {plural}{rest}?"
    return f"were there {count} {plural}{rest}?"
