"""The question set in tests/eval/: the engine's quality bar, measured on every run."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.evaluation import EvalReport, evaluate, load_eval
from bot.factbase.model import FactBase
from bot.text import fold_for_quotes

SETS = Path(__file__).resolve().parent / "eval"
EVAL = SETS / "questions.yaml"
HOLDOUT = SETS / "holdout.yaml"
THIRD = SETS / "third.yaml"
# Written from the article alone by a fourth person; it scored 79 % before the engine was
# improved for the kinds of question it showed were missing (see the commit history).
FOURTH = SETS / "fourth.yaml"
# And a fifth, written after that work: 75 % before the kinds of question it showed missing
# were handled.
FIFTH = SETS / "fifth.yaml"
# A seventh, written to find what chat bots get wrong (paraphrase, negation, either-or,
# follow-ups): 81 % on its first run.
SEVENTH = SETS / "seventh.yaml"
# The sixth was written last and kept unseen until the engine work was done, to measure it:
# 84 % on that first run.
SIXTH = SETS / "sixth.yaml"
# Five more, written from the article alone in a later session and run first as they came:
# the eighth 78 %, the tenth (paraphrase, wrong premises, rambling) 70 %, the eleventh
# (near-miss unanswerables) 84 %, the twelfth (a chat channel) 84.5 %, the thirteenth (a
# quiz, an analyst, a sceptic) 73 %.
EIGHTH = SETS / "eighth.yaml"
TENTH = SETS / "tenth.yaml"
ELEVENTH = SETS / "eleventh.yaml"
TWELFTH = SETS / "twelfth.yaml"
THIRTEENTH = SETS / "thirteenth.yaml"
# The ninth was written at the start of that session and kept unseen until its engine work
# was done: 85.5 % answerable, 100 % abstention, 0 false answers on that first run.
NINTH = SETS / "ninth.yaml"
# Eight more, written from the article alone in the session after, each run first as it
# came, then used to find the kinds of question still missing (answerable, abstention,
# false answers on that first run): the fourteenth (a quiz, a journalist, a phone) 90.5 %,
# 97.8 %, 2.7 %; the fifteenth (an analyst, a teacher, a sceptic) 84 %, 96 %, 2.7 %; the
# sixteenth (a study group) 80 %, 98 %, 2 %; the seventeenth (plain questions) 98 %, 96 %,
# 1.3 %; the eighteenth (abbreviations, walls of text) 81 %, 98 %, 4 %; the nineteenth (a
# lecturer's exam) 85 %, 98 %, 3.3 %; the twentieth (an adversarial tester) 87 %, 98 %,
# 3.3 %; the twenty-first 93 %, 98 %, 3.3 %; the twenty-second (a careful grader) 96 %,
# 98 %, 2 %; the twenty-third (a Discord server checking claims: "…, right?") 74 %, 98 %,
# 2.7 %; the twenty-fourth 95 %, 97.5 %, 3.3 %; then, at the end, the twenty-fifth (a chat
# channel, claims) 91.2 %, 100 %, 0.8 % and the twenty-sixth (a grader, each fact three
# ways) 97.5 %, 100 %, 0.8 %; the twenty-seventh (five kinds of asker) 85 %, 100 %, 2.5 %;
# the twenty-eighth, written last as a final held-out test, 95 %, 100 %, 1.7 %.
FOURTEENTH = SETS / "fourteenth.yaml"
FIFTEENTH = SETS / "fifteenth.yaml"
SIXTEENTH = SETS / "sixteenth.yaml"
SEVENTEENTH = SETS / "seventeenth.yaml"
EIGHTEENTH = SETS / "eighteenth.yaml"
NINETEENTH = SETS / "nineteenth.yaml"
TWENTIETH = SETS / "twentieth.yaml"
TWENTY_FIRST = SETS / "twentyfirst.yaml"
TWENTY_SECOND = SETS / "twentysecond.yaml"
TWENTY_THIRD = SETS / "twentythird.yaml"
TWENTY_FOURTH = SETS / "twentyfourth.yaml"
TWENTY_FIFTH = SETS / "twentyfifth.yaml"
TWENTY_SIXTH = SETS / "twentysixth.yaml"
TWENTY_SEVENTH = SETS / "twentyseventh.yaml"
TWENTY_EIGHTH = SETS / "twentyeighth.yaml"
# Two more, written from the article alone in the session after and run once as they came
# (answerable, abstention, false answers on that first run): the twenty-ninth (non-native
# and British English askers) 92.8 %, 93 %, 2.9 %; the thirtieth (a judge's paraphrases and
# near-misses) 93.5 %, 93 %, 4.7 %.
TWENTY_NINTH = SETS / "twentyninth.yaml"
THIRTIETH = SETS / "thirtieth.yaml"
# Then the thirty-first (conversations of three to five turns) 93.1 %, 79.1 %, 7.7 %, and
# the thirty-second (a busy Discord server: slang, emoji, claims) 84.2 %, 93.3 %, 5 %.
THIRTY_FIRST = SETS / "thirtyfirst.yaml"
THIRTY_SECOND = SETS / "thirtysecond.yaml"
# And the thirty-third (a journalist: attribution, exact wording, checks of a draft) 76.3 %,
# 100 %, 0.8 %, and the thirty-fourth (a student: vague words, "what does X mean",
# homework prompts) 78 %, 94.9 %, 6.2 %.
THIRTY_THIRD = SETS / "thirtythird.yaml"
THIRTY_FOURTH = SETS / "thirtyfourth.yaml"
# The thirty-fifth, written last as a final held-out mix of askers: 88.5 %, 100 %, 1.3 %.
THIRTY_FIFTH = SETS / "thirtyfifth.yaml"
# The thirty-sixth (half-remembered premises, terse keywords): 66.7 %, 95.1 %, 5.7 %.
THIRTY_SIXTH = SETS / "thirtysixth.yaml"
# The thirty-seventh, written last as this session's final held-out test (a judge's mix of
# askers): 93.2 %, 100 %, 2 % on its first run.
THIRTY_SEVENTH = SETS / "thirtyseventh.yaml"
# The thirty-eighth (a policy analyst's words and inference traps): 70.1 %, 92.5 %, 5.4 %.
THIRTY_EIGHTH = SETS / "thirtyeighth.yaml"
# The thirty-ninth, written at the very end as a closing held-out test (a judge's mix of
# askers): 92.1 %, 98 %, 0.7 % on its first run.
THIRTY_NINTH = SETS / "thirtyninth.yaml"
# The fortieth, a judge's general mix written at the start of the next session: 97.5 %,
# 100 %, 0 % on its first run.
FORTIETH = SETS / "fortieth.yaml"
# The forty-first, five askers (a skimmer, a paraphraser who never reuses the article's
# words, a non-native speaker, a fact-checker, a conversation): 73.1 %, 97.2 %, 2.6 %.
FORTY_FIRST = SETS / "fortyfirst.yaml"
# The forty-third, a Discord server's newcomers, students, sceptics and misrememberers:
# 89.8 %, 100 %, 2.3 % on its first run.
# The forty-second, written at the start of the session and run only at its end, as the
# closing held-out test (a judge's mix): 96.5 %, 100 %, 2.4 % on its first run.
FORTY_SECOND = SETS / "fortysecond.yaml"
FORTY_THIRD = SETS / "fortythird.yaml"
# The forty-fourth, a judge's held-out mix of chat users: 90.4 %, 97.6 %, 2.4 %.
FORTY_FOURTH = SETS / "fortyfourth.yaml"
# The forty-fifth: a headline reader, a teacher's quiz (lettered options, blanks to fill),
# a tester's near-misses, a thread of follow-ups: 78.8 %, 100 %, 4.0 % on its first run.
FORTY_FIFTH = SETS / "fortyfifth.yaml"
# The forty-sixth, a judge's general mix written and run at the very end: 93.4 %, 100 %,
# 0.9 % on its first run.
FORTY_SIXTH = SETS / "fortysixth.yaml"
# The forty-seventh (a judge's general mix) and the forty-eighth (a journalist typing fast, a
# British student, a sceptic, a Discord channel's follow-ups), written at the start of the
# next session and run once as they came: 96.5 %, 97.8 %, 1.5 % and 88.1 %, 100 %, 1.7 %.
FORTY_SEVENTH = SETS / "fortyseventh.yaml"
FORTY_EIGHTH = SETS / "fortyeighth.yaml"
# The fiftieth: askers in their own words (a half-rememberer, a non-native speaker, a policy
# student's formal vocabulary): 52.8 %, 97.6 %, 4.6 % on its first run.
FIFTIETH = SETS / "fiftieth.yaml"
# The fifty-first: a retired diplomat's elaborate English, a teenager on a phone, a radio
# host paraphrasing for listeners, someone who mixes up details: 25.0 %, 100 %, 4.9 % on its
# first run (the same as with the code at the start of that session).
FIFTY_FIRST = SETS / "fiftyfirst.yaml"
# The fifty-second, an exam setter's general mix (attribution, timing, counts, corrections),
# written mid-session and run once as it came: 87.5 %, 97.5 %, 5.0 %.
FIFTY_SECOND = SETS / "fiftysecond.yaml"
# The fifty-third, a judge's mix of real users written late in the session and run once as
# it came: 97.5 %, 100 %, 0.8 %.
FIFTY_THIRD = SETS / "fiftythird.yaml"
# The fifty-fourth, channel askers (everyday paraphrase, shorthand, false premises, short
# conversations), run once as it came: 88.9 %, 97.3 %, 0.7 %.
FIFTY_FOURTH = SETS / "fiftyfourth.yaml"
# The fifty-fifth, a careful grader's check of every fact, misspelt names, false premises and
# near-miss unanswerables, run once as it came: 89.6 %, 100 %, 2.3 %.
FIFTY_FIFTH = SETS / "fiftyfifth.yaml"
# The fifty-sixth, a busy professional's keywords, a student's whys, a sceptic's leading
# questions, run once as it came: 80.0 %, 100 %, 5.6 %.
FIFTY_SIXTH = SETS / "fiftysixth.yaml"
# The fifty-eighth, a channel's everyday words, shorthand, leading questions and related
# unanswerables, run once as it came: 81.3 %, 100 %, 3.1 %.
FIFTY_EIGHTH = SETS / "fiftyeighth.yaml"
# The fifty-ninth, a judge's mix written late in the session, run once as it came: 95.5 %,
# 100 %, 2.4 %.
FIFTY_NINTH = SETS / "fiftyninth.yaml"
# The sixtieth, a judge's general mix, and the sixty-first, a channel's short conversations
# with the bot, written from the article alone in a later session and run once as they came:
# 97.9 %, 97.5 %, 0.7 % and 89.0 %, 92.1 %, 5.0 %.
SIXTIETH = SETS / "sixtieth.yaml"
SIXTY_FIRST = SETS / "sixtyfirst.yaml"
# The sixty-second, an examiner's final exam (every sentence asked twice in other words,
# false premises, near-miss unanswerables), written at the start of that session as its
# closing held-out test and run only at its end: 88.8 %, 97.8 %, 2.8 % on its first run.
SIXTY_SECOND = SETS / "sixtysecond.yaml"
# The sixty-fourth, a sceptical fact-checker and a hurried editor (false premises, who said
# what, comparisons, synonyms, follow-ups), written from the article alone at the start of a
# later session and run once as it came: 82.8 %, 97.7 %, 1.5 %.
SIXTY_FOURTH = SETS / "sixtyfourth.yaml"
# The sixty-fifth, casual Discord users (slang, abbreviations, Indian and British English,
# short conversations), written from the article alone in the same session and run once as
# it came: 83.2 %, 100 %, 2.2 %.
SIXTY_FIFTH = SETS / "sixtyfifth.yaml"
# The sixty-sixth, a judge's general mix, written from the article alone late in the same
# session and run once as it came: 95.3 %, 100 %, 1.5 %.
SIXTY_SIXTH = SETS / "sixtysixth.yaml"
# The sixty-seventh, a newsroom's morning briefing (half-remembered details, tag questions,
# basic questions in full sentences, what the article does not say), written from the
# article alone late in the same session and run once as it came: 84.0 %, 100 %, 2.5 %.
SIXTY_SEVENTH = SETS / "sixtyseventh.yaml"
# The sixty-ninth, a policy analyst testing hard (comparisons between the events, swapped
# names in false premises, "according to X", long conversations of pronouns), and the
# seventieth, a news server's Discord users (lower case, shorthand, misspelt names, short
# follow-ups, opinions and predictions), written from the article alone at the start of a
# later session and run once as they came: 81.0 %, 93.3 %, 5.3 % and 87.4 %, 83.0 %, 8.2 %.
SIXTY_NINTH = SETS / "sixtyninth.yaml"
SEVENTIETH = SETS / "seventieth.yaml"
# Two more, written from the article alone in the session after and run once as they came,
# then used as its development sets (answerable, abstention, false answers on that first
# run): the seventy-second (a teacher's comprehension quiz and her class's questions:
# vocabulary, "which paragraph…", order of events, counts) 81.6 %, 91.8 %, 6.6 %; the
# seventy-third (a geopolitics Discord server: non-native English, mentions, arguments to
# settle, pushes to speculate) 81.8 %, 92.2 %, 8.7 %.
SEVENTY_SECOND = SETS / "seventysecond.yaml"
SEVENTY_THIRD = SETS / "seventythird.yaml"
# The seventy-fourth (a judge's mix: every fact twice, near-miss unanswerables, subtly wrong
# claims, ten conversations): 92.2 %, 100 %, 2.6 % on its first run.
SEVENTY_FOURTH = SETS / "seventyfourth.yaml"
# The seventy-fifth (an elderly reader's long, rambling, polite messages with the question
# buried in them, and an analyst's terse keywords and fragments): 64.6 %, 96.2 %, 6.6 % on
# its first run, the lowest first run in a long while; it showed whole kinds of message
# missing (chatter around the question, a claim followed by "is he right?", abbreviations).
SEVENTY_FIFTH = SETS / "seventyfifth.yaml"
# The seventy-sixth (a channel on a normal day: a journalist checking attribution and exact
# words, a student's whys and counts, a non-native speaker, a troll's premises): 88.0 %,
# 96.1 %, 2.6 % on its first run.
SEVENTY_SIXTH = SETS / "seventysixth.yaml"
# The seventy-seventh (a grader: every sentence two or three ways, passives and
# nominalisations, a third British, a sixth misspelt): 85.5 %, 96.0 %, 6.9 % on its first run.
SEVENTY_SEVENTH = SETS / "seventyseventh.yaml"
# The seventy-ninth (a parliamentary researcher and a retired civil servant: formal British
# English, passives, "in what capacity", "to what end", "am I correct in understanding"):
# 59.4 %, 100 %, 4.6 % on its first run.
SEVENTY_NINTH = SETS / "seventyninth.yaml"
# The eightieth (everyday readers who never reuse the article's words: "pact", "Pentagon
# chief", "spy data", "beef with China", slang follow-ups): 74.5 %, 96.2 %, 4.5 % on its
# first run.
EIGHTIETH = SETS / "eightieth.yaml"
# The eighty-first (a quiz researcher and a sceptical fact-checker: claims wrong in one
# detail, tags, "X or Y", counts, order, near-miss unanswerables): 86.8 %, 94.4 %, 3.1 % on
# its first run.
EIGHTY_FIRST = SETS / "eightyfirst.yaml"
# The eighty-second (an examiner's reading-comprehension test: "according to the passage",
# "what does the writer report", "name the two officials who…", "true, false or not given",
# and candidates checking their answers): 50.5 %, 96.3 %, 7.1 % on its first run.
EIGHTY_SECOND = SETS / "eightysecond.yaml"
# The eighty-third (busy professionals typing commands and negations: "Tell me…", "List
# everyone named", "Which country was not at…", "apart from", corrections mid-message):
# 78.5 %, 86.3 %, 9.5 % on its first run.
EIGHTY_THIRD = SETS / "eightythird.yaml"
# The eighty-fourth (a student and her grandfather asking why and how, order, relations
# between people, meanings in context, unstated motives): 88.2 %, 96.3 %, 1.9 % on its
# first run.
EIGHTY_FOURTH = SETS / "eightyfourth.yaml"
# The eighty-fifth (a judge's general mix written late in the session: every sentence,
# casual to formal, commands, claims, follow-ups, near-miss unanswerables): 97.0 %, 98.1 %,
# 1.3 % on its first run.
EIGHTY_FIFTH = SETS / "eightyfifth.yaml"
# The eightysixth (a general panel: a radio producer, a pupil, an older reader, a non-native
# speaker, a sceptic; written at the start of the session as its closing held-out test and run
# only at its end): 86.2 %, 98.1 %, 5.5 % on its first run.
EIGHTY_SIXTH = SETS / "eightysixth.yaml"
# The eightyseventh (long conversations leaning on pronouns and ellipsis): 86.4 %, 92.6 %, 7.6 %
# on its first run.
EIGHTY_SEVENTH = SETS / "eightyseventh.yaml"
# The eightyeighth (an older reader's courteous, old-fashioned English and a sceptic's bare
# statements): 75.2 %, 98.0 %, 4.0 % on its first run.
EIGHTY_EIGHTH = SETS / "eightyeighth.yaml"
# The eightyninth (learners of English and phone typing: missing articles, SMS shorthand,
# typos): 91.8 %, 92.2 %, 6.0 % on its first run.
EIGHTY_NINTH = SETS / "eightyninth.yaml"
# The ninetieth (a quiz host's and an editor's detail questions, either-or, traps mixing two
# events): 88.2 %, 100 %, 0.0 % on its first run.
NINETIETH = SETS / "ninetieth.yaml"
# The ninetyfirst (a Discord channel: emoji, '>' quotes, banter, interleaved threads): 91.3 %,
# 92.3 %, 5.2 % on its first run.
NINETY_FIRST = SETS / "ninetyfirst.yaml"
# The ninetysecond (a media-literacy teacher: sourcing, attribution, the headline): 82.7 %, 96.2
# %, 3.3 % on its first run.
NINETY_SECOND = SETS / "ninetysecond.yaml"
# The ninetythird (Indian English and Hinglish): 87.0 %, 100 %, 1.3 % on its first run.
NINETY_THIRD = SETS / "ninetythird.yaml"
# The ninetyfourth (second-language readers from Europe and Latin America: calques, false
# friends): 65.4 %, 96.5 %, 8.1 % on its first run.
NINETY_FOURTH = SETS / "ninetyfourth.yaml"
# The ninetyfifth (voice-assistant transcripts: fillers, mis-hearings, restarts): 79.6 %, 100 %,
# 3.8 % on its first run.
NINETY_FIFTH = SETS / "ninetyfifth.yaml"
# The ninetysixth (a busy executive: one-line who/what/when/where, tl;dr, quick checks): 80.4 %,
# 96.2 %, 3.8 % on its first run.
NINETY_SIXTH = SETS / "ninetysixth.yaml"
# The ninetyseventh (a curious ten-year-old and a parent: simple words, meanings): 82.8 %, 88.2
# %, 7.3 % on its first run.
NINETY_SEVENTH = SETS / "ninetyseventh.yaml"
# The ninetyeighth (a strict grader of negation and precision): 83.5 %, 96.0 %, 3.8 % on its
# first run.
NINETY_EIGHTH = SETS / "ninetyeighth.yaml"
# The ninetyninth (a general panel: an essay writer, a retired officer's jargon, a phone user, a
# sceptic, a curious reader; written at the start of the session as its closing held-out test
# and run only at its end): 88.9 %, 94.1 %, 4.7 % on its first run.
NINETY_NINTH = SETS / "ninetyninth.yaml"
# The hundredth (an essay writer: preambles, questions inside requests, three-part questions):
# 71.1 %, 98.1 %, 4.7 % on its first run.
HUNDREDTH = SETS / "hundredth.yaml"
# The hundredfirst (a defence-policy expert: jargon and descriptions for names, agreements the
# article never names): 70.0 %, 98.0 %, 2.7 % on its first run.
HUNDRED_FIRST = SETS / "hundredfirst.yaml"
# The hundredsecond (timelines and comparisons: order, days between, who is more senior): 83.8
# %, 93.9 %, 3.9 % on its first run.
HUNDRED_SECOND = SETS / "hundredsecond.yaml"
# The hundredthird (a hurried phone user and a shouter: SMS shorthand, capitals, run-together
# words, autocorrect): 79.8 %, 96.4 %, 3.1 % on its first run.
HUNDRED_THIRD = SETS / "hundredthird.yaml"
# The hundredfourth (a critical reader: loaded premises, 'so you're saying…', motives): 82.0 %,
# 96.0 %, 6.0 % on its first run.
HUNDRED_FOURTH = SETS / "hundredfourth.yaml"
# The hundredfifth (multi-hop questions naming people and events by what they did): 52.5 %, 94.2
# %, 9.2 % on its first run.
HUNDRED_FIFTH = SETS / "hundredfifth.yaml"
# The hundredsixth (a counter and lister: how many named, which paragraph, the third item): 72.7
# %, 100 %, 4.0 % on its first run.
HUNDRED_SIXTH = SETS / "hundredsixth.yaml"
# The hundredseventh (a general panel: a journalist fact-checking, a debate pupil, a phone user,
# a non-native speaker, a regular in long threads; written at the start of the session as its
# closing held-out test and run only at its end): 87.3 %, 96.3 %, 2.6 % on its first run.
HUNDRED_SEVENTH = SETS / "hundredseventh.yaml"
# The hundredeighth (a quote and wording checker: exact words, who is quoted, which paragraph,
# words the article does not use): 57.6 %, 94.1 %, 7.3 % on its first run.
HUNDRED_EIGHTH = SETS / "hundredeighth.yaml"
# The hundredninth (a what-happened-next asker: sequence and outcome of events named by
# description): 83.3 %, 92.3 %, 5.8 % on its first run.
HUNDRED_NINTH = SETS / "hundredninth.yaml"
# The hundredtenth (a fact-checker typing bare statements in conversations, with chatter):
# 74.0 %, 90.0 %, 14.7 % on its first run.
HUNDRED_TENTH = SETS / "hundredtenth.yaml"
# The hundredeleventh (an explainer-seeker and comparer: differences, meanings, the gist):
# 80.2 %, 96.1 %, 6.6 % on its first run.
HUNDRED_ELEVENTH = SETS / "hundredeleventh.yaml"
# The hundredthirteenth (someone who types commands, not questions: tell me, name, list,
# confirm, check whether, and follow-up commands): 84.8 %, 96.2 %, 4.0 % on its first run.
HUNDRED_THIRTEENTH = SETS / "hundredthirteenth.yaml"
# The hundredfourteenth (a schoolteacher's reading-comprehension worksheet and the pupils' own
# questions: vocabulary, paragraphs, true or false): 84.1 %, 98.1 %, 1.9 % on its first run.
HUNDRED_FOURTEENTH = SETS / "hundredfourteenth.yaml"
# The hundredfifteenth (a policy analyst and a sceptical reader: motives, purposes, who said
# what and on what authority, implications): 85.1 %, 98.1 %, 2.6 % on its first run.
HUNDRED_FIFTEENTH = SETS / "hundredfifteenth.yaml"
# The hundredsixteenth (casual British chat in a pub-quiz channel: idiom, very short follow-ups,
# banter, numbers and dates): 84.0 %, 98.0 %, 4.7 % on its first run.
HUNDRED_SIXTEENTH = SETS / "hundredsixteenth.yaml"
# The hundredseventeenth (a skimmer of the headline and first lines: headline words, TL;DR, so-
# basically gist checks, keyword queries, zooming follow-ups): 87.6 %, 98.2 %, 4.4 % on its
# first run.
HUNDRED_SEVENTEENTH = SETS / "hundredseventeenth.yaml"
# The hundredtwelfth (a general panel: a reference librarian, a terse quiz student, a retired
# diplomat, a phone user with autocorrect, a regular in long threads; written at the start of
# the session as its closing held-out test and run only at its end): 70.7 %, 98.0 %, 4.1 % on
# its first run.
HUNDRED_TWELFTH = SETS / "hundredtwelfth.yaml"
# The seventy-first, a mixed panel (a retired diplomat's long formal British questions and
# false premises, a student's phone shorthand and follow-ups, a fact-checker's draft claims),
# written at the start of the session as its closing held-out test and run only at its end:
# 60.4 %, 98.0 %, 3.7 % on its first run, the lowest closing test yet: most misses were
# abstentions on formal words the fact base had never seen ("upon that occasion", "in what
# capacity does he serve", "getting better").
SEVENTY_FIRST = SETS / "seventyfirst.yaml"
# The seventy-eighth, a general panel (a retiree's old-fashioned formal English, a student's
# paraphrases, a non-native speaker's slips, a sceptic's wrong claims), written at the start
# of the session as its closing held-out test and run only at its end: 80.6 %, 94.2 %, 4.5 %
# on its first run.
SEVENTY_EIGHTH = SETS / "seventyeighth.yaml"
# The sixty-eighth, a mixed panel (a British civil servant, a hurried journalist, a
# student with many follow-ups), written from the article alone at the start of that
# session as its closing held-out test and run only at its end: 81.3 %, 100 %, 3.3 % on its
# first run.
SIXTY_EIGHTH = SETS / "sixtyeighth.yaml"
# The sixty-third, a mixed crowd (quiz students, a retired officer, a policy intern,
# non-native speakers), written at the start of that session as its closing held-out test
# and run only at its end: 90.0 %, 86.0 %, 7.0 % on its first run.
SIXTY_THIRD = SETS / "sixtythird.yaml"
# The fifty-seventh, written at the start of the session as its closing held-out test (a
# judge's mix of real users) and run only at its end: 98.0 %, 97.1 %, 2.2 % on its first run.
FIFTY_SEVENTH = SETS / "fiftyseventh.yaml"
# The forty-ninth, written at the start of the session as its closing held-out test (a
# judge's general mix) and run only at its end: 96.6 %, 95.7 %, 2.3 % on its first run.
FORTY_NINTH = SETS / "fortyninth.yaml"
# The hundredtwentieth (a confused, distracted user who mixes up names and corrects themselves
# mid-message, half-remembers things wrongly and asks pronoun follow-ups in long conversations):
# 78.4 %, 98.1 %, 4.5 % on its first run.
HUNDRED_TWENTIETH = SETS / "hundredtwentieth.yaml"
# The hundredtwentyfirst (a trivia setter checking quiz items: true/false, fill-in-the-blank,
# multiple choice, odd one out, which is not mentioned, quick-fire one-liners): 79.6 %, 98.1 %,
# 0.6 % on its first run.
HUNDRED_TWENTY_FIRST = SETS / "hundredtwentyfirst.yaml"
# The hundrednineteenth (a podcast or radio researcher preparing show notes: context, sequence,
# significance, one-line versions, 'can I say on air that...' checks): 82.2 %, 98.1 %, 1.3 % on
# its first run.
HUNDRED_NINETEENTH = SETS / "hundrednineteenth.yaml"
# The hundredtwentysecond (a lawyer or compliance reader parsing exact wording and scope: direct
# quote or paraphrase, signed or only agreed, 'only', 'all', 'first', subtly wrong claims): 76.0
# %, 98.1 %, 6.5 % on its first run.
HUNDRED_TWENTY_SECOND = SETS / "hundredtwentysecond.yaml"
# The hundredeighteenth (a general panel: a podcast researcher, a confused user correcting
# themselves, a lawyer parsing wording, a trivia setter, a Hinglish speaker; written at the
# start of the session as its closing held-out test and run only at its end): 56.0 %, 92.0 %,
# 4.0 % on its first run.
HUNDRED_EIGHTEENTH = SETS / "hundredeighteenth.yaml"
# The hundredtwentyfourth (a person typing on a phone: autocorrect-mangled names, run-together
# words, voice-typed homophones): 87.1 / 98.0 / 1.3 on its first run.
HUNDRED_TWENTY_FOURTH = SETS / "hundredtwentyfourth.yaml"
# The hundredtwentyfifth (a data-entry clerk filling in a record field by field, then checking
# each field back, some with wrong values): 63.0 / 98.1 / 7.2 on its first run.
HUNDRED_TWENTY_FIFTH = SETS / "hundredtwentyfifth.yaml"
# The hundredtwentysixth (a teenager with internet slang, abbreviations, emoji and trolling):
# 85.0 / 96.1 / 3.3 on its first run.
HUNDRED_TWENTY_SIXTH = SETS / "hundredtwentysixth.yaml"
# The hundredtwentyseventh (a researcher contrasting what each side said or wanted, and who said
# what): 86.5 / 96.2 / 3.2 on its first run.
HUNDRED_TWENTY_SEVENTH = SETS / "hundredtwentyseventh.yaml"
# The hundredtwentythird (the closing held-out test, written blind at the session's start by a
# general panel: a phone typist with autocorrect, a retired diplomat, a school student, a
# translator checking names and titles, a chatty user; run only once the engine work was done):
# 72.4 / 94.1 / 5.4 on its first run.
HUNDRED_TWENTY_THIRD = SETS / "hundredtwentythird.yaml"
# The hundredtwentyninth (a logician probing quantifiers, scope and negation: only, anyone other
# than, double negatives, which did NOT): 88.1 % answerable, 100 % abstention, 1.3 % false
# answers on its first run.
HUNDRED_TWENTY_NINTH = SETS / "hundredtwentyninth.yaml"
# The hundredthirtieth (a run-on typist packing two or three questions into one lower-case
# message with no punctuation): 75.0 % answerable, 100 % abstention, 3.3 % false answers on its
# first run.
HUNDRED_THIRTIETH = SETS / "hundredthirtieth.yaml"
# The hundredthirtyfirst (a student of international relations asking why, how, for what
# purpose, framing and roles): 90.2 % answerable, 100 % abstention, 2.6 % false answers on its
# first run.
HUNDRED_THIRTY_FIRST = SETS / "hundredthirtyfirst.yaml"
# The hundredthirtysecond (a reader who cares only about China and the region: the Quad, Tokyo,
# borders, loaded premises): 80.0 % answerable, 96.2 % abstention, 4.6 % false answers on its
# first run.
HUNDRED_THIRTY_SECOND = SETS / "hundredthirtysecond.yaml"
# The hundredtwentyeighth (the closing held-out test, written at the session's start by a
# general panel: a retired army officer, a debate coach, a machine-translation user, a busy
# parent typing fragments, a newsroom fact-checker; run only at the end): 73.5 % answerable,
# 96.1 % abstention, 6.5 % false answers on its first run.
HUNDRED_TWENTY_EIGHTH = SETS / "hundredtwentyeighth.yaml"
# The hundredthirtyfourth (a search-engine user typing queries, not sentences: 'beca full form',
# 'esper singh meeting date'): 81.8 / 96.2 / 7.3 on its first run.
HUNDRED_THIRTY_FOURTH = SETS / "hundredthirtyfourth.yaml"
# The hundredthirtyfifth (a quiz setter: fill-in-the-blank, cloze, true/false and lettered
# multiple choice): 79.8 / 96.2 / 6.6 on its first run.
HUNDRED_THIRTY_FIFTH = SETS / "hundredthirtyfifth.yaml"
# The hundredthirtysixth (titles, ranks and counterparts: who is whose counterpart, what each
# office is called in each country): 88.3 / 98.0 / 3.2 on its first run.
HUNDRED_THIRTY_SIXTH = SETS / "hundredthirtysixth.yaml"
# The hundredthirtyseventh (a Mandarin speaker writing English: no articles, tense slips, topic-
# first word order, China): 84.2 / 98.1 / 5.8 on its first run.
HUNDRED_THIRTY_SEVENTH = SETS / "hundredthirtyseventh.yaml"
# The hundredthirtythird (a general panel's closing held-out test: a congressional staffer, a
# Japanese reader of English, a grandmother, a student cramming for a quiz, a sports-style
# commentator; written early, run last): 70.8 / 98.0 / 3.2 on its first run.
HUNDRED_THIRTY_THIRD = SETS / "hundredthirtythird.yaml"

# (accuracy on answerable questions, abstention on unanswerable ones, false answers): the
# floor this engine has reached on each set. The product's goal is 95 % on both of the first
# two; raise these as the engine improves, so that a change that falls below is a regression.
FLOORS = {
    EVAL: (0.995, 0.995, 0.005),
    HOLDOUT: (0.99, 0.995, 0.005),
    THIRD: (0.995, 0.995, 0.005),
    FOURTH: (0.995, 0.995, 0.005),
    FIFTH: (0.985, 0.995, 0.005),
    SIXTH: (0.99, 0.995, 0.005),
    SEVENTH: (0.99, 0.995, 0.005),
    EIGHTH: (0.995, 0.995, 0.005),
    TENTH: (0.98, 0.995, 0.01),
    ELEVENTH: (0.995, 0.995, 0.005),
    TWELFTH: (0.98, 0.995, 0.005),
    THIRTEENTH: (0.98, 0.995, 0.01),
    NINTH: (0.99, 0.995, 0.005),
    FOURTEENTH: (0.99, 0.995, 0.005),
    FIFTEENTH: (0.995, 0.995, 0.005),
    SIXTEENTH: (0.97, 0.975, 0.015),
    SEVENTEENTH: (0.995, 0.995, 0.005),
    EIGHTEENTH: (0.99, 0.96, 0.015),
    NINETEENTH: (0.995, 0.995, 0.005),
    TWENTIETH: (0.995, 0.995, 0.005),
    TWENTY_FIRST: (0.99, 0.995, 0.005),
    TWENTY_SECOND: (0.995, 0.995, 0.005),
    TWENTY_THIRD: (0.97, 0.995, 0.005),
    TWENTY_FOURTH: (0.995, 0.995, 0.005),
    TWENTY_FIFTH: (0.995, 0.995, 0.005),
    TWENTY_SIXTH: (0.985, 0.995, 0.005),
    TWENTY_SEVENTH: (0.975, 0.995, 0.005),
    TWENTY_EIGHTH: (0.995, 0.995, 0.005),
    TWENTY_NINTH: (0.965, 0.995, 0.005),
    THIRTIETH: (0.99, 0.995, 0.005),
    THIRTY_FIRST: (0.985, 0.995, 0.005),
    THIRTY_SECOND: (0.975, 0.995, 0.005),
    THIRTY_THIRD: (0.965, 0.995, 0.01),
    THIRTY_FOURTH: (0.955, 0.995, 0.01),
    THIRTY_FIFTH: (0.98, 0.995, 0.005),
    THIRTY_SIXTH: (0.955, 0.995, 0.005),
    THIRTY_SEVENTH: (0.99, 0.995, 0.005),
    THIRTY_EIGHTH: (0.96, 0.995, 0.005),
    THIRTY_NINTH: (0.99, 0.975, 0.01),
    FORTIETH: (0.985, 0.995, 0.005),
    FORTY_FIRST: (0.97, 0.995, 0.005),
    FORTY_SECOND: (0.995, 0.995, 0.005),
    FORTY_THIRD: (0.985, 0.995, 0.01),
    FORTY_FOURTH: (0.995, 0.995, 0.005),
    FORTY_FIFTH: (0.985, 0.995, 0.01),
    FORTY_SIXTH: (0.97, 0.995, 0.01),
    FORTY_SEVENTH: (0.995, 0.975, 0.01),
    FORTY_EIGHTH: (0.975, 0.995, 0.005),
    FIFTIETH: (0.965, 0.995, 0.005),
    FIFTY_FIRST: (0.95, 0.995, 0.01),
    FIFTY_SECOND: (0.995, 0.995, 0.005),
    FIFTY_THIRD: (0.995, 0.995, 0.005),
    FIFTY_FOURTH: (0.965, 0.995, 0.01),
    FIFTY_FIFTH: (0.965, 0.995, 0.01),
    FIFTY_SIXTH: (0.965, 0.995, 0.01),
    FIFTY_EIGHTH: (0.975, 0.995, 0.01),
    FIFTY_NINTH: (0.995, 0.995, 0.005),
    SIXTIETH: (0.995, 0.995, 0.005),
    SIXTY_FIRST: (0.985, 0.995, 0.005),
    SIXTY_SECOND: (0.995, 0.995, 0.005),
    SIXTY_THIRD: (0.99, 0.995, 0.01),
    SIXTY_SEVENTH: (0.995, 0.995, 0.005),
    SIXTY_NINTH: (0.98, 0.995, 0.005),
    SEVENTIETH: (0.995, 0.995, 0.005),
    SEVENTY_SECOND: (0.99, 0.995, 0.005),
    SEVENTY_THIRD: (0.995, 0.995, 0.005),
    SEVENTY_FOURTH: (0.995, 0.995, 0.005),
    SEVENTY_FIRST: (0.95, 0.995, 0.005),
    SEVENTY_SEVENTH: (0.96, 0.995, 0.02),
    SEVENTY_NINTH: (0.96, 0.995, 0.01),
    EIGHTIETH: (0.95, 0.995, 0.01),
    EIGHTY_FIRST: (0.95, 0.98, 0.01),
    EIGHTY_SECOND: (0.96, 0.995, 0.01),
    EIGHTY_THIRD: (0.94, 0.995, 0.005),
    EIGHTY_FOURTH: (0.98, 0.995, 0.005),
    EIGHTY_FIFTH: (0.98, 0.995, 0.01),
    EIGHTY_SIXTH: (0.95, 0.98, 0.025),
    EIGHTY_SEVENTH: (0.96, 0.98, 0.02),
    EIGHTY_EIGHTH: (0.96, 0.995, 0.015),
    EIGHTY_NINTH: (0.975, 0.995, 0.01),
    NINETIETH: (0.99, 0.995, 0.005),
    NINETY_FIRST: (0.97, 0.96, 0.02),
    NINETY_SECOND: (0.945, 0.995, 0.01),
    NINETY_THIRD: (0.96, 0.995, 0.015),
    NINETY_FOURTH: (0.94, 0.995, 0.01),
    NINETY_FIFTH: (0.97, 0.995, 0.02),
    NINETY_SIXTH: (0.94, 0.995, 0.005),
    NINETY_SEVENTH: (0.945, 0.94, 0.02),
    NINETY_EIGHTH: (0.94, 0.995, 0.01),
    NINETY_NINTH: (0.945, 0.995, 0.015),
    HUNDREDTH: (0.945, 0.995, 0.01),
    HUNDRED_FIRST: (0.96, 0.995, 0.015),
    HUNDRED_SECOND: (0.96, 0.995, 0.005),
    HUNDRED_THIRD: (0.98, 0.995, 0.01),
    HUNDRED_FOURTH: (0.93, 0.995, 0.015),
    HUNDRED_FIFTH: (0.96, 0.995, 0.01),
    HUNDRED_SIXTH: (0.985, 0.995, 0.005),
    HUNDRED_SEVENTH: (0.95, 0.995, 0.01),
    HUNDRED_EIGHTH: (0.905, 0.995, 0.01),
    HUNDRED_NINTH: (0.94, 0.995, 0.015),
    HUNDRED_TENTH: (0.97, 0.995, 0.005),
    HUNDRED_ELEVENTH: (0.95, 0.995, 0.01),
    HUNDRED_THIRTEENTH: (0.975, 0.995, 0.01),
    HUNDRED_FOURTEENTH: (0.93, 0.98, 0.015),
    HUNDRED_FIFTEENTH: (0.93, 0.995, 0.015),
    HUNDRED_SIXTEENTH: (0.95, 0.995, 0.015),
    HUNDRED_SEVENTEENTH: (0.94, 0.995, 0.015),
    HUNDRED_TWELFTH: (0.965, 0.995, 0.005),
    SEVENTY_EIGHTH: (0.98, 0.98, 0.01),
    SEVENTY_SIXTH: (0.96, 0.995, 0.01),
    SEVENTY_FIFTH: (0.985, 0.995, 0.005),
    SIXTY_EIGHTH: (0.95, 0.995, 0.005),
    SIXTY_SIXTH: (0.995, 0.995, 0.005),
    SIXTY_FIFTH: (0.995, 0.995, 0.005),
    SIXTY_FOURTH: (0.995, 0.995, 0.005),
    FIFTY_SEVENTH: (0.995, 0.995, 0.005),
    FORTY_NINTH: (0.985, 0.975, 0.01),
    HUNDRED_TWENTIETH: (0.97, 0.98, 0.01),
    HUNDRED_TWENTY_FIRST: (0.98, 0.995, 0.005),
    HUNDRED_NINETEENTH: (0.96, 0.995, 0.01),
    HUNDRED_TWENTY_SECOND: (0.92, 0.995, 0.02),
    HUNDRED_EIGHTEENTH: (0.75, 0.995, 0.015),
    HUNDRED_TWENTY_FOURTH: (0.98, 0.995, 0.01),
    HUNDRED_TWENTY_FIFTH: (0.92, 0.995, 0.01),
    HUNDRED_TWENTY_SIXTH: (0.98, 0.995, 0.005),
    HUNDRED_TWENTY_SEVENTH: (0.93, 0.995, 0.015),
    HUNDRED_TWENTY_THIRD: (0.855, 0.995, 0.01),
    HUNDRED_TWENTY_NINTH: (0.97, 0.995, 0.005),
    HUNDRED_THIRTIETH: (0.91, 0.995, 0.01),
    HUNDRED_THIRTY_FIRST: (0.96, 0.995, 0.005),
    HUNDRED_THIRTY_SECOND: (0.96, 0.995, 0.01),
    HUNDRED_TWENTY_EIGHTH: (0.95, 0.995, 0.01),
    HUNDRED_THIRTY_FOURTH: (0.935, 0.995, 0.03),
    HUNDRED_THIRTY_FIFTH: (0.975, 0.98, 0.01),
    HUNDRED_THIRTY_SIXTH: (0.99, 0.995, 0.005),
    HUNDRED_THIRTY_SEVENTH: (0.94, 0.995, 0.02),
    HUNDRED_THIRTY_THIRD: (0.915, 0.995, 0.005),
}


@pytest.fixture(scope="module")
def report(engine: Engine) -> EvalReport:
    return evaluate(engine, load_eval(EVAL))


def test_the_set_is_large_and_varied() -> None:
    """At least 250 questions, 60 of them unanswerable, with follow-ups, typos and more."""
    items = load_eval(EVAL)
    tags = {tag for item in items for tag in item.tags}
    assert len(items) >= 250
    assert sum(item.abstain for item in items) >= 60
    assert {"typo", "british", "keyword", "followup", "multipart", "yesno"} <= tags


@pytest.mark.parametrize("path", list(FLOORS), ids=lambda p: p.name)
def test_accuracy_abstention_and_false_answers_meet_the_floor(engine: Engine, path: Path) -> None:
    """Answerable accuracy, abstention on unanswerable questions and false answers, on our
    set and on the sets written by people who had not seen the matcher."""
    accuracy, abstention, false_answers = FLOORS[path]
    result = evaluate(engine, load_eval(path))
    assert result.accuracy >= accuracy
    assert result.abstention >= abstention
    assert result.false_answer_rate <= false_answers
    # No question of any set reaches the engine's last-resort reply to its own bug.
    crashed = [
        outcome.item.q
        for outcome in result.outcomes
        if "internal error"
        in (
            *outcome.answer.notes,
            *(outcome.answer.explanation.notes if outcome.answer.explanation else ()),
        )
    ]
    assert not crashed


def test_every_answer_quotes_the_seed(report: EvalReport, real_factbase: FactBase) -> None:
    """Every answer that is not an abstention carries a quote that occurs in the seed."""
    for outcome in report.outcomes:
        answer = outcome.answer
        if answer.abstained:
            assert not answer.quotes
            continue
        assert answer.quotes, outcome.item.q
        for quote in answer.quotes:
            article = real_factbase.articles[quote.article]
            assert article.text[quote.start : quote.end] == quote.text
            assert fold_for_quotes(quote.text) in fold_for_quotes(article.text)


def test_answers_are_short(report: EvalReport) -> None:
    """The median answer is under 120 characters: the quote carries the detail."""
    lengths = sorted(len(o.answer.text) for o in report.outcomes if not o.answer.abstained)
    assert lengths[len(lengths) // 2] < 120
