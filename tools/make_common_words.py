"""Regenerate bot/engine/common_words.txt and bot/engine/english_words.txt (wordfreq).

common_words.txt holds the 5,000 most frequent English words: the engine never "corrects" one
of these into another word ("next" is not a typo of "text"). english_words.txt holds every
word at least as frequent as ZIPF (about 28,000), the most frequent first: real words, rarer
ones included, that the spelling corrector leaves alone ("clashes" is not "classes",
"warships" not "worship"), while slips of the keys ("goverment", "recieve") are rarer than
that; the order tells it which of two words a slip more likely meant ("frist": "first").
Shipped as small text files because importing wordfreq costs about 0.4 s at start-up.
Run: pip install wordfreq && python tools/make_common_words.py
"""

from __future__ import annotations

from pathlib import Path

import wordfreq

ENGINE = Path(__file__).resolve().parent.parent / "bot" / "engine"
TARGET = ENGINE / "common_words.txt"
ENGLISH = ENGINE / "english_words.txt"
COUNT = 5000
ZIPF = 3.0  # once per million words; "frist" (2.4) and "thier" (3.0 less a hair) fall below


def main() -> None:
    words = [w for w in wordfreq.top_n_list("en", COUNT * 2) if w.isalpha() and w.isascii()]
    TARGET.write_text("\n".join(sorted(words[:COUNT])) + "\n", encoding="utf-8")
    print(f"wrote {COUNT} words to {TARGET}")
    english = [
        w
        for w in wordfreq.top_n_list("en", 200_000)
        if w.isalpha() and w.isascii() and wordfreq.zipf_frequency(w, "en") >= ZIPF
    ]
    ENGLISH.write_text("\n".join(english) + "\n", encoding="utf-8")
    print(f"wrote {len(english)} words to {ENGLISH}")


if __name__ == "__main__":
    main()
