"""Discord's size limits, and cutting text to fit them without breaking words or markup."""

from __future__ import annotations

__all__ = [
    "AUTOCOMPLETE_CHOICES",
    "BUTTON_LABEL",
    "CHOICE_NAME",
    "CHOICE_VALUE",
    "CUSTOM_ID",
    "EMBED_DESCRIPTION",
    "EMBED_FIELDS",
    "EMBED_TITLE",
    "EMBED_TOTAL",
    "FIELD_NAME",
    "FIELD_VALUE",
    "FOOTER_TEXT",
    "MESSAGE_CONTENT",
    "truncate",
]

MESSAGE_CONTENT = 2000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER_TEXT = 2048
# Across title, description, field names and values, footer and author of all embeds of
# one message.
EMBED_TOTAL = 6000
AUTOCOMPLETE_CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100
BUTTON_LABEL = 80
CUSTOM_ID = 100

ELLIPSIS = "…"


def truncate(text: str, limit: int) -> str:
    """`text` if it fits, else cut at a word boundary (or mid-word if there is none near)
    with an ellipsis, never longer than `limit`."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return text[:limit]
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space >= len(cut) * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + ELLIPSIS
