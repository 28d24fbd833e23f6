"""Regenerate bot/engine/common_words.txt: the 5,000 most frequent English words (wordfreq).

The engine never "corrects" one of these into another word: "next" is not a typo of "text".
Shipped as a small text file because importing wordfreq costs about 0.4 s at start-up.
Run: pip install wordfreq && python tools/make_common_words.py
"""

from __future__ import annotations

from pathlib import Path

import wordfreq

TARGET = Path(__file__).resolve().parent.parent / "bot" / "engine" / "common_words.txt"
COUNT = 5000


def main() -> None:
    words = [w for w in wordfreq.top_n_list("en", COUNT * 2) if w.isalpha() and w.isascii()]
    TARGET.write_text("\n".join(sorted(words[:COUNT])) + "\n", encoding="utf-8")
    print(f"wrote {COUNT} words to {TARGET}")


if __name__ == "__main__":
    main()
