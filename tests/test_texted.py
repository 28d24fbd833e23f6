"""Texted shorthand is spelt out in one pass over three tables; that reads as three passes
would only while no table's word is another's and nothing a word is spelt as is one."""

from __future__ import annotations

from bot.engine import texted


def test_the_spelt_out_tables_share_no_word_and_feed_none_another() -> None:
    tables = [texted._QUESTION_WORDS_TEXTED, texted._SMALL_WORDS_SLIPPED, texted._SLANG_WORDS]
    words = [set(table) for table in tables]
    assert sum(len(w) for w in words) == len(set().union(*words))
    spelt = {word for table in tables for value in table.values() for word in value.split()}
    assert not spelt & set().union(*words)
