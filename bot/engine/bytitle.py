"""People asked for by title: "which 2 people, by title, met in new delhi on oct 26?", "who
went to Tokyo, with their titles?", "by title, who met in New Delhi?".

"By title" asks the people an answer names to be given by office as well as by name. Read
with the rest, its "title" matched the headline ("the article's title") or was ignored, and
the answer named them bare ("Esper and Singh") or quoted the headline. The question is
answered without those words, and the people it names are then given with their titles.
"""

from __future__ import annotations

import re

__all__ = ["title_request_dropped"]

_TITLE_NOUNS = r"(?:job )?(?:titles?|offices?|positions?|ranks?|roles?)"
_BY_TITLE = re.compile(
    # "which 2 people, by title, met…", "who met, with their titles?", "(by title)"
    rf"\s*[,(]?\s*\b(?:by|with|plus|and|giving|give|incl(?:uding|\.)?)"
    rf" (?:their |his |her |the |its )?{_TITLE_NOUNS}\b\s*[,)]?",
    re.IGNORECASE,
)
_WHO = re.compile(r"^\W*(?:(?:and|so|ok|okay) )*(?:who|which|name)\b", re.IGNORECASE)


def title_request_dropped(text: str) -> str | None:
    """The who-question without its request for titles ("which 2 people met in new delhi on
    oct 26?"); None when the question asks no such thing or is not a who-question."""
    found = _BY_TITLE.search(text)
    if found is None:
        return None
    rest = f"{text[: found.start()]} {text[found.end() :]}"
    rest = re.sub(r"\s+([?.!,])", r"\1", " ".join(rest.split())).strip(" ,")
    if rest.lower().startswith(("by ", "with ")):
        return None
    if _WHO.search(rest) is None:
        return None
    return rest if len(rest.split()) >= 2 else None
