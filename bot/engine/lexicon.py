"""Words about questions rather than about the article: stop words, question words,
irregular verbs, a few paraphrases, chit-chat. General English, not tuned to one article."""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = [
    "CHIT_CHAT",
    "COMMON_WORD_ALIASES",
    "COUNTRY_NAMES",
    "FRAME_WORDS",
    "FRAMING_RULES",
    "IRREGULAR",
    "LONG_AGO_WORD",
    "MONTHS",
    "NEUTRAL",
    "NUMBER_WORDS",
    "OPPOSITES",
    "PACE",
    "POLARITY",
    "PRONOUNS",
    "SOURCE",
    "STOPWORDS",
    "SYNONYMS",
    "TITLE_WORDS",
    "WEAK_WORDS",
    "WEEKDAYS",
    "is_country_word",
]

STOPWORDS = frozenset(
    """
a an the of in on at to for with and or but nor by from into onto upon about as than then so
is are was were be been being am do does did done doing has have had having
i me my mine we us our ours you your yours he him his she her hers they them their theirs it its
this that these those there here what which who whom whose when where why how
can could will would shall should may might must ought also too very just only sole even still
any some all both each either neither every other another such same own
not no yes if while whether because though although since until unless
up down out over under again further once more most much many few less least
between among amongst during within without per via like onto toward towards
besides except excluding apart aside anything something everything nothing one
s t d ll re ve m get got gets getting let lets off itself themselves himself herself ourselves
against
didnt doesnt dont isnt wasnt arent werent hasnt havent hadnt cant couldnt wont wouldnt shouldnt
""".split()
)

# The words of a formal question's frame: how it is put, never what it asks about. An
# article that lacks them lacks nothing asked ("In what capacity does Singh serve?" asks
# his role; "to whom is the description attributed?" who gave it). Content words stay out
# ("favourite", "cost", "food"): the article lacking those is the answer.
FRAME_WORDS = frozenset(
    # linking and hedging words: "what, additionally, was welcomed?", "pursuant to the
    # statement, did they agree?", "what, pertaining to logistics, did they commit to?"
    """
additionally furthermore moreover pursuant pertaining pertain pertains insofar inasmuch
elsewhere aforesaid abovementioned hitherto thereof
""".split()
)

# Words that frame a question without adding content: "tell me", "exactly", "the article";
# "who's this Begin bloke", "what's the democracies line about?" (a line of the article).
NEUTRAL = (
    frozenset(
        """
tell know say says said tells told please exactly specifically actually really basically
article articles story text piece report according mentioned source
paper papers newspaper clipping wireless
thing things stuff info information happen happened happening
question questions answer want wants wanted wanting like need wonder wondering curious explain
give show find detail details kind sort bit kinds sorts type types side aspect aspects variety
else also anyone someone somebody anybody guy guys
list listed mention mentions mentioned name named refer referred quoted specify specified
take took taken place places held hold holds happen happened occur occurred
summarize summarise summary summaries overview recap tldr tl dr gist brief briefly sum
supposed meant intended designed aimed current currently presently nowadays matter matters
try tries trying tried attempt attempts attempting regarding concerning way play plays played full
faring fare fared per seem seems seemed appear appears appeared bilateral sets pairs ever
pace speed roughly approximately approx around relevant relevance ji sahib shri
mr mrs ms dr sir madam gentlemen gentleman already gave given gives giving
pursue pursues pursued pursuing key main major primary core
lol lmao haha hmm um uh pls plz thx btw fyi yo ya yeah yep ok okay tbh idk imo ngl bro bruh smh
bestie besties lowkey highkey deadass fam istg frfr ong fellas
short shortly quick quickly concise concisely simply come comes came coming make makes made making
program programs agenda now senior top even anyway anyways re
partly mainly primarily largely mostly chiefly back characterize characterise
rn atm currently nowadays lately r exist exists existed looking seeking hoping planning
type types scope breadth extent cited cite cites referenced aforementioned
personally geopolitical highlighted highlight highlights invoked flag flags flagged flagging
invoke proffer proffered enumerate entity overall
level levels pray folks listeners viewers audience planet likewise
similarly notwithstanding customarily usually typically reckoning rewind nah fr manner
normally generally ordinarily commonly
transpire transpired transpires account affair fella fellow chap dude enlighten
instrument geared whole entire reportedly supposedly allegedly purportedly apparently
upcoming forthcoming example examples instance instances
focus focused focusing focussed focussing centre centred centering
precisely particularly namely indeed whilst
bloke blokes geezer lad lads kinda sorta line
spells spelled spelt noted
meanwhile meantime
""".split()
    )
    - {"information", "say", "said", "says", "report"}
    | FRAME_WORDS
)


# The article as people name it, with the typos they make naming it.
# "According to the paper", "the clipping": an older reader's words for it.
SOURCE = (
    r"(?:article|artcle|artical|aritcle|articel|report|story|text|piece|news|paper|newspaper"
    r"|clipping|cutting)"
)
# Whole phrases removed before reading a question: they ask, they don't inform. Each
# comes with the words one of which it must contain, so a question without them skips
# it: one alternation of all of them costs tens of microseconds on every question.
_SOURCE_WORDS: tuple[str, ...] = ("article", "artcle", "artical", "aritcle", "articel")
_SOURCE_WORDS += ("report", "story", "text", "piece", "news", "paper", "clipping", "cutting")
FRAMING_RULES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (cues, re.compile(pattern))
    for cues, pattern in (
        # "Can you summarise the meeting?": a request put politely, not a question about me.
        (
            ("you", " u "),
            r"^(?:can|could|would|will) (?:you|u) (?:please |kindly |pls )?(?=(?:summari[sz]e"
            r"|explain|describe|brief|give|list|name|recap|outline|walk|say|find|remind|run"
            r"|break|sum)\b)",
        ),
        (("kindly",), r"\bkindly(?: (?:tell|share|explain|say|let me know|inform))?\b"),
        # "In one phrase, how is the trend described?", "in a nutshell, what was agreed?": how
        # short the answer should be, which every answer already is.
        (
            ("phrase", "word", "sentence", "line", "nutshell"),
            r"(?:^|\b)in (?:one|a|a single|a few|two|three|just one|just a|brief|short) ?"
            r"(?:phrase|word|words|sentence|line|nutshell)(?: or (?:two|three|so))?(?:\b(?=.)|$)",
        ),
        # "What is the present trajectory of India-China relations?": now, as "current" is,
        # not the verb "present".
        (
            ("present",),
            r"\bpresent(?= (?:trajectory|trend|direction|course|path|state|status|situation"
            r"|condition|pace)\b)",
        ),
        # "Who's the deputy mentioned at the end?": where in the article, not what it says.
        (
            ("end", "beginning", "start", "bottom", "top"),
            r"\b(?:(?:mentioned|named|referred to|quoted|cited) )?(?:at|near|towards?) the "
            r"(?:very )?(?:end|beginning|start|bottom|top)(?: of (?:the|this) (?:article|story"
            r"|piece|text|report))?"
            # "…who the deputy mentioned at the end is": an indirect question's verb after it.
            r"(?=(?: (?:is|are|was|were))?$)",
        ),
        # "Which two countries are we talking about?": which the article is about.
        (
            ("talking about", "speaking about", "reading about"),
            r"\b(?:are|were) (?:we|you) (?:talking|speaking|reading) about$"
            # "Which two democracies are they talking about?": the same of the article's
            # words; not "what are they talking about?", which asks what they discussed.
            r"|(?<!^what)(?<!^who)(?<!^which)(?<!^whom)(?<=\w) (?:are|were) they (?:talking"
            r"|speaking) about$",
        ),
        # "For listeners who don't know: what is the 2+2 Dialogue?", "for the uninitiated,
        # who is Begin?", "for the timeline: what happened earlier this month?": whom or what
        # the answer is for, not part of what is asked.
        (
            (
                "timeline",
                "record",
                "notes",
                "script",
                "know",
                "uninitiated",
                "unfamiliar",
                "new to",
                "listeners",
                "viewers",
                "readers",
                "audience",
            ),
            r"^(?:(?:and|so|ok|okay) )?(?:for|to help) (?:the |my |our |any )?(?:listeners"
            r"|viewers|readers|audience|those|people|anyone|folks|newcomers|uninitiated"
            r"|laypeople|lay listeners|lay readers|timeline|record|notes|show notes|script)"
            r"(?: who (?:dont|don t|do not|might not|may not|didnt|did not|wont) (?:know"
            r"|follow (?:this|the news)|remember)(?: (?:this|it|that))?"
            r"| (?:unfamiliar|new to (?:this|it|the story))(?: with (?:this|it|the story))?)?"
            r"(?: out there)?(?= (?:who|whom|whose|what|whats|which|when|where|why|how|is|are"
            r"|was|were|did|does|do)\b)",
        ),
        # "…, if you please?", "…, if you don't mind": politeness, not a question about me.
        (
            ("if you", "if u"),
            r"\bif (?:you|u) (?:please|would|could|can|may|dont mind|don't mind|wouldnt mind"
            r"|wouldn't mind|know|remember)$",
        ),
        (("please",), r"\bplease (?:tell|share)\b"),
        (
            ("you",),
            r"\b(?:can|could|would|will) you (?:please )?(?:tell|show|let) (?:me|us)(?: know)?\b",
        ),
        (
            ("know",),
            r"\b(?:do|does) (?:you|anyone) know\b"
            r"|\bi (?:want|would like|'d like|wanna|need|needed|have) to know\b",
        ),
        # "What's behind all that, would you say, according to the paper?", "who met Singh,
        # would you say?": asked in passing, after the question; a judgement asked this way
        # ("is it a good deal, do you think?") is still one.
        (
            ("would you say", "do you think", "would you think", "do you reckon"),
            r"(?<=\w )(?:would you say|do you think|would you think|do you reckon)"
            r"(?= (?:according to|per|going by) |$)",
        ),
        # "I should be most grateful to learn on which day…", "I'd appreciate it if you could
        # tell me who…": the asking, put courteously, before the question.
        (
            ("grateful", "appreciate", "obliged"),
            r"^i (?:should|would|d|'d|shall|will|am|m|'m) (?:be )?(?:most |very |so |ever so "
            r"|extremely |much |really |greatly |truly )?(?:grateful|obliged|appreciate(?: it)?)"
            r"(?: (?:to (?:learn|know|hear|find out|be told)|if (?:you|u|someone) (?:could|would"
            r"|can|might) (?:tell|inform|let|remind) (?:me|us)(?: know)?(?: of)?|for (?:knowing"
            r"|learning|an answer to|being told)|knowing|learning|being told))\b",
        ),
        # "I wonder, could you help me find out when…?": the asking, before the request.
        (("wonder", "curious"), r"\bi (?:am |'m |m |was )?(?:wondering|curious)\b|^i wonder\b"),
        # "Which agreement did they reach upon that occasion?", "with regard to China, …",
        # "who, in particular, attended?", "to what end, in part, was the partnership
        # elevated?": pointing back or at a topic, or hedging, no content of its own.
        (
            (
                "occasion",
                "regard",
                "respect",
                "reference",
                "relation",
                "particular",
                "account",
                " part",
            ),
            r"\b(?:up)?on (?:that|this|the same|the said|said) occasion\b"
            r"|\b(?:with|in) (?:regards?|respect|reference|relation) to\b|\bin respect of\b"
            r"|\bas regards\b|\bin particular\b|\bin (?:large |small |good )?part\b(?! of\b)"
            r"|\bby (?:the |this |its |the article s |the article's |all )?accounts?\b",
        ),
        # "Which ministers, in point of fact, take part?", "between whom, in principle, is
        # such a dialogue held?", "what did Pompeo say on that score?", "the threat in
        # question", "the relationship as it stands": how it is put, no content of its own.
        (
            ("point of fact", "principle", "score", "in question", "stand"),
            r"\bin point of fact\b|\bin principle\b|\b(?:up)?on (?:that|this|the same) score\b"
            r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bbe )(?<=\w )in question\b"
            r"|\bas (?:it|they|things|matters) (?:stands?|now stands?)\b",
        ),
        # "What, in essence, did they agree?", "strictly speaking, did it name China?", "may
        # I ask who met Singh?", "might I enquire what matters…", "what was the nature of the
        # agreement?": how it is asked.
        (
            ("essence", "speaking", "ask", "nature", "quir"),
            r"\bin essence\b|\b(?:strictly|broadly|generally|roughly|technically|loosely"
            r"|practically) speaking\b|\bthe nature of\b"
            r"|^(?:may|might|can|could) i (?:ask|enquire|inquire)(?: (?:as to|about))?\b"
            r"|\bi (?:would|d|'d) like to (?:ask|enquire|inquire)(?: (?:as to|about))?\b",
        ),
        # "what's the 2+2 thing they keep mentioning": where the asker met it, not what is
        # asked.
        (
            ("keep", "kept"),
            r"\b(?:that |which )?(?:they|it|the article|the story|the piece|you|people|everyone)"
            r" (?:keeps?|kept) (?:on )?(?:mentioning|talking about|saying|bringing up"
            r"|referring to|going on about)$",
        ),
        # "Tel me wher Esper met Sing": typed fast, "tell me" all the same.
        (("tell me", "tel me"), r"\btell? me\b"),
        # "Remind me who Begin is", "remind us where they met": the asking, like "tell me",
        # before the question it puts. Only before a wh-word: "remind me of the BECA" is a
        # request about a thing, read elsewhere.
        (
            ("remind",),
            r"\bremind (?:me|us)(?: again)?(?: (?:of|about|as to))?"
            r"(?= (?:who|whom|whose|what|whats|which|when|where|why|how)\b)",
        ),
        # "Might you tell me, with as much precision as the report permits, on which day…?",
        # "who, as far as the report tells us, met Singh?", "how, in a word or two, are
        # relations characterised?", "are India-China relations, in the article's telling,
        # warming?", "is it the case, as I have seen suggested elsewhere, that…?": how
        # fully, or on whose word, it is asked; the question is the same without them.
        (
            ("as ", "word", "telling"),
            r"\b(?:with )?(?:as|so) (?:much (?:precision|detail|accuracy|exactness|specificity)"
            r"|precisely|exactly|accurately|specifically|fully|closely|far|best)"
            rf" as (?:the |this )?{SOURCE} (?:permits|allows|gives|provides|says|states|tells"
            r"|lets|will allow|will permit|can tell|enables|records|reports|goes|shows|has it"
            r"|puts it)(?: (?:me|us|it))?\b"
            r"|\bin (?:a word or two|a word|one word|a few words|brief)(?= (?:is|are|was|were"
            r"|did|does|do|how|what)\b)"
            rf"|\bin (?:the |this )?{SOURCE}(?: s)? telling\b"
            r"|\bas i (?:have |ve )?(?:seen|read|heard)(?: it)?(?: (?:suggested|claimed|said"
            r"|reported|stated|put))?(?: elsewhere| somewhere| online| in the press)?\b",
        ),
        # "Describe how US-India relations are going", "explain exactly what will be
        # shared", "compare how US-India and US-China ties are going": the request before
        # the question it puts.
        (
            ("describe", "explain", "characteri", "outline", "compare", "contrast"),
            r"^(?:describe|explain|characteri[sz]e|outline|compare and contrast|compare"
            r"|contrast)(?: to me| for me)?"
            r"(?: exactly| briefly| in brief)?"
            r" (?=(?:how|what|whats|why|where|when|who|whom|whose|which)\b)",
        ),
        (("let me know",), r"\blet me know\b"),
        (("please",), r"\bplease\b"),
        (
            ("up", "mentioned"),
            r"\b(?:come|comes|came|coming) up\b|\bbrought up\b|\bget mentioned\b",
        ),
        (
            # "How are U.S.-India relations characterised at present?": as they are now.
            ("now", "days", "moment", "time", "present"),
            r"\bright now\b|\bthese days\b|\bat (?:the|this) moment\b|\bat (?:the )?present"
            r"(?: (?:time|moment))?(?=\W*$)|(?<=\w )(?:this|that) time$",
        ),
        (
            # "how many 2+2s till date?", "as on date": Indian English for "so far".
            ("far", "date", "now", "total"),
            r"\bso far\b|\b(?:up ?)?(?:to|till|until) date\b|\bas (?:on|of) date\b"
            r"|\buntil now\b|\bup to now\b|\b(?:up ?)?till now\b|\bin total\b",
        ),
        # "What's the exact name of the agreement?": its name, as "full name" asks.
        (
            ("exact", "precise", "complete", "proper", "actual"),
            r"\b(?:exact|precise|complete|proper|actual)(?= (?:full )?name\b)",
        ),
        # "Esper's a funny name haha, what's his actual job?", "what is Begin's real title?":
        # his job, as "what's his job?" asks.
        (
            ("actual", "real", "official", "proper"),
            r"\b(?:actual|real|official|proper)(?= (?:job|title|role|position|post|work)\b)",
        ),
        # "How many people are named in the article overall?": the same count as without it.
        (
            ("overall", "altogether", "all told", "in all"),
            r"(?<=\w )(?:overall|altogether|all told|all together|in all)$",
        ),
        # "What's the point of the partnership as far as China goes?", "…as far as China is
        # concerned": the topic, as "when it comes to China" puts it.
        (
            ("as far as", "so far as"),
            r"\b(?:as|so) far as (?=(?:the |this )?[a-z]+(?: [a-z]+){0,2} (?:goes|is concerned"
            r"|are concerned)$)|(?<= )(?:goes|is concerned|are concerned)$",
        ),
        (
            ("short", "abbreviation", "acronym", "terms of", "comes to"),
            r"\b(?:short|abbreviation|acronym) for\b|\bin terms of\b|\bwhen it comes to\b",
        ),
        (
            ("sentence", "line", "words", "paragraph"),
            r"\bin (?:one|a|1|two|2|three|3|a single|a few|few|simple|plain) (?:sentences?"
            r"|lines?|words|paragraphs?)\b|\b(?:one|1|two|2|single)[- ](?:line|sentence)\b",
        ),
        (
            ("say", "said", "mention", "talk"),
            r"\b(?:say|said|says|mention|mentions|mentioned|talk|talked) (?:anything |something )?"
            r"(?:about|on|regarding)\b",
        ),
        # "What is implied about the role of China in the partnership?", "what does the
        # article suggest about China?": what it says about it, read as plainly said.
        (
            ("impl", "suggest", "indicat", "hint"),
            r"\b(?:impl(?:y|ies|ied)|suggest(?:s|ed)?|indicat(?:e|es|ed)|hint(?:s|ed)?)"
            r" (?:about|regarding)\b",
        ),
        (("why is",), r"(?<=^why is )\b"),
        # "What does the phrase 'elevated strategic partnership' mean?": what it means
        (
            ("phrase", "term", "expression"),
            r"\b(?:the |this )?(?:phrase|term|expression)\b(?=.* (?:mean|means|refer|refers)\b)",
        ),
        (
            ("relevant", "important", "matter"),
            # Not "did Esper say the ties were the most important?": a description put to
            # someone, kept whole for the words it is checked against.
            r"(?<!\bmost )(?<!\bmore )(?<!\bleast )(?<!\bless )(?<!\bso )(?<!\bvery )"
            r"\b(?:relevant|important|matter|matters)"
            r"(?: (?:here|in this|at all|then|anyway|to this|to the story|in all this))*$",
        ),
        # "…, according to the last line of the article?": where, not what, is asked.
        (
            ("line", "sentence", "paragraph"),
            rf"\b(?:according to|in|from) (?:the |this )?(?:{SOURCE}s? )?"
            r"(?:last|first|final|opening|closing|second|third|lead|top)"
            rf" (?:line|sentence|paragraph)s?(?: of (?:the |this )?{SOURCE})?$",
        ),
        (("according",), rf"\baccording to (?:the )?{SOURCE}\b"),
        # "Tokyo is in which country, per the article?", "going by the story, who…?": the
        # same framing as "according to the article". "Correct per the article?" keeps it:
        # the claim check reads that as its own.
        (
            ("per", "going by"),
            r"(?<!correct )(?<!true )(?<!right )(?<!accurate )(?<!wrong )(?<!false )"
            rf"\b(?:(?:as )?per|going by) (?:the |this )?{SOURCE}\b",
        ),
        # "What does it call the partnership in the paragraph about China?": where to look,
        # and what the answer's sentence is about, which stays a word of the question.
        (
            ("paragraph",),
            rf"\bin (?:the |this )?(?:{SOURCE}s? )?(?:paragraph|passage|section)"
            r" (?:about|on|that mentions|mentioning|discussing|dealing with)(?= (?:\w+ ){0,2}\w+$)",
        ),
        # "Which country is the threat, article say?": where it says so, not what is asked.
        (_SOURCE_WORDS, rf"\b(?:as |like )?(?:the |this )?{SOURCE} (?:say|says|said|tells?|told)$"),
        # "Could you specify which portfolios…?", "would you clarify where…?": the asking.
        (
            ("you",),
            r"^\s*(?:(?:can|could|would|will|might)\s+you\s+|please\s+|kindly\s+)+"
            r"(?:(?:be\s+)?(?:so\s+)?(?:good|kind)\s+(?:enough|as)\s+to\s+)?"
            # The verb may be gone already: "might you tell me where…" less "tell me".
            r"(?:tell|specify|clarify|say|list|name|explain|identify|confirm|state|describe"
            r"|indicate|remind|share|show|find out|check|let (?:me|us) know|enlighten|inform"
            r"|advise|enumerate"
            # "could you help me find out when…?"
            r"|help (?:me|us)(?: to)?(?: (?:find out|work out|figure out|understand|remember))?)?"
            r"(?:\s+(?:me|us))?(?:\s+(?:as\s+to|about|on))?"
            # "Might you inform me in which city…?": the wh-word after its preposition.
            r"(?=\s+(?:(?:in|on|at|for|by|from|with|to|upon)\s+(?:which|what|whom|whose)"
            r"|who|whom|whose|what|which|when|where|why|how)\b)",
        ),
        # "Would you be so good as to tell me when they met?" with "tell me" already gone.
        (
            ("good", "kind"),
            r"^\s*(?:can|could|would|will|might)\s+you\s+(?:be\s+)?so\s+(?:good|kind)"
            r"\s+(?:enough|as)\s+to\s+(?=(?:who|whom|whose|what|which|when|where|why|how)\b)",
        ),
        # "In the officials' quote, how are the two described?": where, not what, is asked.
        (
            ("quot", "words", "remarks"),
            r"^in (?:the |their |his |her )?(?:quote|quotation|words|remarks)"
            r"(?= (?:how|what|who|which|where|when|why)\b)",
        ),
        # "…at the Pentagon, if I remember right?": the claim is what is asked.
        (
            ("remember", "recall", "iirc", "mistaken", "wrong"),
            r"\b(?:if i (?:remember|recall)(?: (?:it )?(?:right|rightly|correctly))?|iirc"
            r"|unless i (?:am|m) (?:wrong|mistaken)|if i (?:am |m )?not (?:wrong|mistaken))\s*$",
        ),
        # "What's the 2+2 thing, in plain English?": how to answer, not what.
        (
            ("plain", "simple", "layman", "nutshell", "short"),
            r"\b(?:in (?:plain|simple) (?:english|terms|words|language)|in lay ?man s terms"
            r"|in a nutshell|in short|simply put|put simply)\s*$",
        ),
        # "…, if you would be so kind?": politeness.
        (
            ("kind", "please", "mind"),
            r"\b(?:if you (?:would|could|will|can) be so kind|if you (?:would|could) please"
            r"|if you (?:do not|don't) mind|if you please)\s*$",
        ),
        # "ok, back on topic: who's Begin?", "sorry, who met Singh?": clearing the air.
        (
            ("topic", "subject", "sorry", "oops", "my bad"),
            r"^(?:(?:ok|okay|right|anyway|so|fine|alright)\s+)*"
            r"(?:back (?:on|to) (?:the )?(?:topic|subject)|sorry|oops|whoops|my bad)\b",
        ),
        # ("Is Pompeo quoted in the article?" keeps "quoted": whether his words are quoted,
        # which the rule below, dropping "in the article" alone, leaves to be asked.)
        (
            _SOURCE_WORDS,
            r"\b(?:mentioned|named|cited|discussed|described|referenced) (?:in|by) "
            rf"(?:the|this) {SOURCE}\b",
        ),
        (_SOURCE_WORDS, rf"(?:\b(?:in|from)|(?<=\bquoted )by) (?:the|this) {SOURCE}\b"),
        # "Who issued the statement the article keeps quoting from?": which statement, by
        # a clause that only says the article quotes it.
        (
            _SOURCE_WORDS,
            rf"(?<=\w )(?:that |which )?(?:the|this) {SOURCE} (?:keeps |kept |is |was )"
            r"(?:quoting|citing|mentioning|referring to)(?: from)?\b"
            rf"|(?<=\w )(?:that|which) (?:the|this) {SOURCE} (?:quotes|cites|mentions|refers to)"
            r"(?: from)?\b"
            # "…the statement upon which the report chiefly relies?", "the statement the
            # article draws on": which statement, by a clause on what the article uses.
            r"|(?<=\w )(?:(?:up)?on which |that |which )?(?:the|this) "
            rf"{SOURCE} (?:chiefly |mainly |largely |mostly |principally |heavily )?"
            r"(?:relies|rests|draws|depends|leans|is based|bases itself)(?: (?:up)?on)?"
            r"(?: (?:chiefly|mainly|largely|mostly|heavily))?\b",
        ),
        (_SOURCE_WORDS, rf"\b(?:does|did) (?:the|this) {SOURCE} (?:say|mention|tell)\b"),
        # "Which country does the article identify as the threat?", "whose remarks does the
        # passage cite…?": inside a wh-question, the article pointing at what is asked.
        (
            _SOURCE_WORDS,
            rf"(?<=\w )(?<!\bhow )(?:does|did|do) (?:the|this) {SOURCE} (?:identify|cite"
            r"|single out|point to|highlight|note|quote|report|offer|put forward)\b(?! as\b)",
        ),
        (
            _SOURCE_WORDS,
            rf"\bwhat (?:does|did) (?:the|this) {SOURCE} say\b"
            r"(?! (?:is|are|was|were|has|have|had|will|would|happens|happened)\b)",
        ),
        # "How are relations described?", "the statement describing the meeting": how they
        # are, the statement about the meeting; "described by officials" keeps its agent.
        # "Is inter-service cooperation one of the elements identified?": one of the list's
        # items, which the participle only says the article gives.
        (
            ("one of",),
            r"(?<=\ws )(?:identified|listed|specified|enumerated|singled out)\s*$",
        ),
        # "How are India-China relations characterised/portrayed?" likewise.
        (
            ("describ", "characteri", "portray", "depict"),
            r"\bdescribing\b|(?<=\w )(?:described|characteri[sz]ed|portrayed|depicted)\s*$",
        ),
        # "What, in the article, is described as 'elevated'?", "which relations are
        # characterised as deteriorating?": what is so, when the description is one word
        # ("is the partnership described as elevated?" is whether it is).
        (
            ("describ", "characteri", "portray", "depict", "termed", "label"),
            r"(?:(?<=\bis)|(?<=\bare)|(?<=\bwas)|(?<=\bwere)) (?:described|characteri[sz]ed"
            r"|portrayed|depicted|termed|labell?ed) as (?=\w+$)",
        ),
        # "How does the article describe X?" asks how X is, not how someone described it.
        (
            _SOURCE_WORDS,
            rf"\b(?:does|did|do) (?:the|this) {SOURCE} (?:describe|characteri[sz]e|portray|depict"
            r"|present|paint|frame)\b"
            r"|\b(?:characteri[sz]ed|portrayed|depicted|presented|painted) (?:in|by) (?:the|this) "
            rf"{SOURCE}\b",
        ),
        # "And the converse: did Singh meet Esper?", "conversely, did Singh meet Esper?",
        # "the other way round, did Singh meet Esper?": the question after it is whole.
        (
            ("convers", "reverse", "other way", "vice versa"),
            r"\bconversely\b|^(?:(?:and|so|now|ok|okay|then) )*(?:what about |how about )?"
            r"(?:the )?(?:converse|reverse|other way (?:round|around)|vice versa)(?= \w+ \w+)",
        ),
        # "What specific areas of military cooperation did they discuss?", "which specific
        # fields of cooperation were named?": the areas are what the list answers, so
        # "specific" asks no finer detail than the list itself gives. "Which specific
        # emerging technologies?" keeps it: the article names none of those.
        (
            ("specific",),
            r"\bspecific (?=(?:areas?|fields?|forms?|domains?|sectors?|spheres?|lines?)"
            r" of (?:\w+ )?(?:cooperation|collaboration|engagement)\b)",
        ),
    )
)

PRONOUNS = {
    "person": frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"}),
    "plural": frozenset({"they", "them", "their", "theirs", "both", "two"}),
    "thing": frozenset({"it", "its", "that", "this", "these", "those", "there", "then"}),
}

IRREGULAR = {
    "met": "meet",
    "meets": "meet",
    "meeting": "meet",
    "meetings": "meet",
    "said": "say",
    "says": "say",
    "told": "tell",
    "went": "go",
    "gone": "go",
    "goes": "go",
    "held": "hold",
    "holds": "hold",
    "convene": "hold",  # "how many dialogues have they convened?"
    "convenes": "hold",
    "convened": "hold",
    "convening": "hold",
    # "Were the two nations styled/dubbed/termed the largest democracies?": called so.
    "styled": "call",
    "dubbed": "call",
    "termed": "call",
    "labelled": "call",
    "labeled": "call",
    "branded": "call",
    "saw": "see",
    "seen": "see",
    "took": "take",
    "taken": "take",
    "made": "make",
    "came": "come",
    "spoke": "speak",
    "spoken": "speak",
    "thought": "think",
    "sought": "seek",
    "brought": "bring",
    "struck": "strike",
    "won": "win",
    "ran": "run",
    "began": "begin",
    "begun": "begin",
    "wrote": "write",
    "written": "write",
    "gave": "give",
    "given": "give",
    "led": "lead",
    "left": "leave",
    "signed": "sign",
    "inked": "ink",
    "visiting": "visit",
    "visits": "visit",
    "sat": "sit",
    "going": "go",
    "headed": "head",
}

# Paraphrases mapped onto the word the article (or the facts' keywords) would use.
SYNONYMS = {
    # "Esper's maiden appearance at a 2+2", "his first outing": taking part in it.
    "appearance": "participate",
    "appearances": "participate",
    "outing": "participate",
    # "On what issues?": the matters worked on; "issue" alone is the statement's verb.
    "issues": "challenges",
    "goals": "purpose",
    "aims": "purpose",
    "countering": "address",
    "countered": "address",
    "directly": "explicitly",
    "expressly": "explicitly",
    "openly": "explicitly",
    "outright": "explicitly",
    "happy": "appreciate",
    "pleased": "appreciate",
    "glad": "appreciate",
    "satisfied": "appreciate",
    "grateful": "appreciate",
    # What came out of talks is what was agreed there.
    "outcome": "agree",
    "outcomes": "agree",
    "result": "agree",
    "results": "agree",
    "upshot": "agree",
    "takeaway": "agree",
    "takeaways": "agree",
    # Whatever a statement does to a country, it first has to name it.
    "condemn": "name",
    "condemned": "name",
    "criticise": "name",
    "criticised": "name",
    "criticize": "name",
    "criticized": "name",
    "denounce": "name",
    "denounced": "name",
    "blame": "name",
    "blamed": "name",
    # "What post does Singh hold?": the title the article gives him.
    "post": "position",
    "designation": "position",
    "rank": "position",
    "ranked": "position",
    "calendar": "date",
    "direction": "trend",
    "trajectory": "trend",
    "message": "say",
    "quote": "say",
    "quotes": "say",
    # What the chiefs stressed is what they reinforced: their commitment, the article says.
    "emphasise": "reinforce",
    "emphasised": "reinforce",
    "emphasize": "reinforce",
    "emphasized": "reinforce",
    "emphasis": "reinforce",
    "stress": "reinforce",
    "stressed": "reinforce",
    "underline": "reinforce",
    "underlined": "reinforce",
    "underscore": "reinforce",
    "underscored": "reinforce",
    "reaffirm": "reinforce",
    "reaffirmed": "reinforce",
    "decide": "agree",
    "decided": "agree",
    "decides": "agree",
    "decision": "agree",
    "decisions": "agree",
    "alongside": "join",
    "accompany": "join",
    "accompanied": "join",
    "accompanies": "join",
    "accompanying": "join",
    "bolster": "strengthen",
    "bolstered": "strengthen",
    "bolstering": "strengthen",
    "improve": "enhance",
    "improved": "enhance",
    "improving": "enhance",
    "improvement": "enhance",
    "improvements": "enhance",
    "upgrade": "enhance",
    "upgrading": "enhance",
    "boost": "strengthen",
    "boosted": "strengthen",
    "boosting": "strengthen",
    "deeper": "deepen",
    "deep": "deepen",
    "target": "address",
    "targets": "address",
    "targeted": "address",
    "targeting": "address",
    "remark": "say",
    "remarks": "say",
    "messages": "say",
    "biggest": "largest",
    "bigger": "larger",
    "big": "large",
    "think": "feel",
    "opinion": "view",
    "opinions": "view",
    "attitude": "view",  # "what was their attitude to the expansion of information sharing?"
    "attitudes": "view",
    "stance": "view",
    # "and their verdict on the robustness of the defence relationship?": their view of it.
    "verdict": "view",
    "verdicts": "view",
    "assessment": "view",
    "assessments": "view",
    "appraisal": "view",
    "evaluation": "view",
    "judgement": "view",
    "judgment": "view",
    # "how did Esper and Singh assess the defence relationship?": their view of it ("rate"
    # is left out: "the exchange rate" is no view)
    "assess": "view",
    "assessed": "view",
    "evaluate": "view",
    "evaluated": "view",
    "judge": "view",
    "judged": "view",
    "appraise": "view",
    "appraised": "view",
    "talked": "discuss",
    "discussed": "discuss",
    "discussion": "discuss",
    "discussions": "discuss",
    "talks": "talk",
    "conversation": "talk",
    "deal": "agreement",
    "pact": "agreement",
    "accord": "agreement",
    "contract": "agreement",
    "intel": "intelligence",
    "tech": "technology",
    "technologies": "technology",
    "armed": "military",
    "militaries": "military",
    "forces": "military",
    "comms": "communications",
    "communication": "communications",
    # "And US-India ties?": the relations the article says are heating up.
    "ties": "relations",
    "tie": "relations",
    "warming": "heating",
    "warmer": "heating",
    "hotter": "heating",
    "hot": "heating",  # "why are U.S.-India ties getting hot?": heating up
    "worsening": "deteriorating",
    "declining": "deteriorating",
    "souring": "deteriorating",
    "purpose": "purpose",
    "aim": "purpose",
    "goal": "purpose",
    "objective": "purpose",
    "reason": "purpose",
    "motive": "purpose",
    "intention": "purpose",
    "tackle": "address",
    "tackling": "address",
    # Paraphrases of the statement's words: "urgent worldwide security problems".
    "urgent": "pressing",
    "worldwide": "global",
    "problem": "challenge",
    "problems": "challenges",
    "session": "meeting",
    "sessions": "meetings",
    "diplomat": "official",
    "diplomats": "officials",
    "afterwards": "after",
    "afterward": "after",
    "counter": "address",
    "confront": "address",
    "presser": "press",
    "speak": "say",
    "spoke": "say",
    "spoken": "say",
    "speaking": "say",
    "remarked": "say",
    # Pompeo's words on the threat China's Communist Party poses are the article's only
    # warning: warning of something is saying something about it.
    "warn": "say",
    "warns": "say",
    "warned": "say",
    "warning": "say",
    "warnings": "say",
    "stated": "say",
    # "Pompeo's threat framing?", "how did Pompeo frame it?": how he put it, what he said.
    "framing": "say",
    "frame": "say",
    "framed": "say",
    "frames": "say",
    "settle": "agree",
    "settled": "agree",
    "clinch": "agree",
    "clinched": "agree",
    "hammer": "agree",
    "hosted": "host",
    "hosts": "host",
    "hosting": "host",
    "minister": "minister",
    "ministers": "minister",
    "secretaries": "secretary",
    "nations": "countries",
    "nation": "countries",
    "country": "countries",
    "states": "countries",
    "participants": "participate",
    "participant": "participate",
    "attendees": "attend",
    "upbeat": "praise",
    "positive": "praise",
    "enthusiastic": "praise",
    "applaud": "praise",
    "applauded": "praise",
    "hailed": "praise",
    "lauded": "praise",
    "commended": "praise",
    "readout": "statement",
    # "Which foundational pact did they conclude?": the article's "basic agreement".
    "foundational": "basic",
    # A policy student's register: "the two defence principals", "augmenting intelligence
    # exchange", "which adversary", "the domains of cooperation", "what sentiment".
    "principals": "chiefs",
    "principal": "chief",
    "augment": "expand",
    "augmenting": "expand",
    "augmented": "expand",
    "broaden": "expand",
    "broadening": "expand",
    "subject": "topic",
    "subjects": "topic",
    "domain": "area",
    "lines": "area",
    "domains": "area",
    # An examiner's words for the items of a list: "the three components/elements/strands
    # of the deepened military cooperation".
    "component": "area",
    "components": "area",
    "element": "area",
    "elements": "area",
    "strand": "area",
    "strands": "area",
    "pillar": "area",
    "pillars": "area",
    "sphere": "area",
    "spheres": "area",
    "sentiment": "feel",
    "sentiments": "feel",
    "feelings": "feel",
    "feeling": "feel",
    "employ": "use",
    "employed": "use",
    "consultations": "talk",
    "consultation": "talk",
    "summit": "talk",
    "constitute": "participate",
    "constitutes": "participate",
    "composition": "participate",
    # An analyst's words: "the deliverable", "the rationale", "the venue", "his portfolio".
    "deliverable": "agree",
    "deliverables": "agree",
    "rationale": "purpose",
    "justification": "purpose",
    "portfolio": "position",
    "format": "talk",
    "forum": "talk",
    "communique": "statement",
    "announcement": "statement",
    "finalised": "agree",
    "finalized": "agree",
    "finalise": "agree",
    "finalize": "agree",
    "sealed": "agree",
    "danger": "threat",
    "menace": "threat",
    "threats": "threat",
    "solid": "strong",
    "robust": "strong",
    "sturdy": "strong",
    # An examiner's paraphrases: "did they consent to carry on working jointly?", "where did
    # Pompeo hold his press briefing?", "did they reaffirm their pledge to…?" (a pledge in text.py).
    "consent": "agree",
    "consents": "agree",
    "consented": "agree",
    # "Did they opt to continue working together?": what they agreed to. ("undertake" is
    # not: "What trip did Pompeo undertake?")
    "opt": "agree",
    "opts": "agree",
    "opted": "agree",
    "briefing": "conference",
    "briefings": "conference",
    # "their verdict on the robustness/solidity of the defence relationship": its strength.
    "solidity": "strength",
    "robustness": "strength",
    "sturdiness": "strength",
    "convocation": "meet",
    "gathering": "meet",
    "conclave": "meet",
    "meetup": "meet",  # "where was the meetup?"
    "meetups": "meet",
    "huddle": "meet",
    "huddled": "meet",
    "confer": "meet",
    "conferred": "meet",
    "bosses": "chiefs",
    "boss": "chief",
    "heads": "chiefs",
    "guest": "visit",
    "visitor": "visit",
    "downhill": "deteriorating",
    "wider": "expand",
    "widen": "expand",
    "widening": "expand",
    "widened": "expand",
    "broader": "expand",
    "greater": "expand",
    "represent": "participate",
    "represented": "participate",
    "representing": "participate",
    "involved": "participate",
    "participation": "participate",
    "sliding": "deteriorating",
    "cozying": "heating",
    "cosying": "heating",
    # Going somewhere is visiting it: "did Esper go to New Delhi?"
    "go": "visit",
    "travel": "visit",
    "travelled": "visit",
    "traveled": "visit",
    "traveling": "visit",
    "travelling": "visit",
    # "When did he speak, relative to his travels?": his trip.
    "travels": "visit",
    "trip": "visit",
    "trips": "visit",
    "journey": "visit",
    "tour": "visit",  # "before setting off on his regional tour": his trip
    "tours": "visit",
    "journeys": "visit",
    "embark": "visit",
    "embarked": "visit",
    "embarking": "visit",
    "jets": "visit",
    "jetted": "visit",
    "flew": "visit",
    "fly": "visit",
    "flies": "visit",
    "flying": "visit",
    "popped": "visit",
    # A diplomat's, a host's and a teenager's words for the article's.
    "encounter": "meet",
    "republics": "countries",
    "republic": "countries",
    "lately": "recently",
    "encounters": "meet",
    "deliberations": "talk",
    "deliberation": "talk",
    "establishment": "department",
    "furnish": "issue",
    "furnished": "issue",
    "resolve": "commit",
    "resolved": "commit",
    "commerce": "trade",
    "gadgets": "technology",
    "gadget": "technology",
    "podium": "pressconference",
    "lectern": "pressconference",
    "hype": "describe",
    "hyped": "describe",
    "hyping": "describe",
    "tout": "describe",
    "touted": "describe",
    "touting": "describe",
    "ahead": "before",
    "prior": "before",
    "preceding": "before",
    # A paraphrasing reader's words for the statement's.
    "collaboration": "cooperation",
    "teamwork": "cooperation",
    "collaborate": "cooperation",
    "collaborating": "cooperation",
    "gratitude": "appreciate",
    "thankful": "appreciate",
    "vow": "commit",
    "vowed": "commit",
    "vows": "commit",
    "voice": "express",
    "voiced": "express",
    "commercial": "trade",
    "quadrilateral": "quadripartite",
    "foil": "thwart",
    "foiled": "thwart",
    # "Did the ministers have anything favourable to say about it?": their praise.
    "favourable": "praise",
    "favorable": "praise",
    "favourably": "praise",
    "favorably": "praise",
    "complimentary": "praise",
    "flattering": "praise",
    "glowing": "praise",
    "approving": "praise",
    "appreciative": "appreciate",
    "laudatory": "praise",
    # Everyday and slang words for the article's: "spy data swapping" is intelligence
    # sharing, "any beef with China?" the threat it poses, "what did Pompeo reckon…" what
    # he said. ("Troops" and "the army" are not the militaries: "how many troops…?")
    "spy": "intelligence",
    "spying": "intelligence",
    "swap": "share",
    "swaps": "share",
    "swapped": "share",
    "swapping": "share",
    "beef": "threat",
    "feud": "threat",
    "reckon": "say",
    "reckons": "say",
    "reckoned": "say",
}

# Words that put a value on something, so a question naming another value is answered "no"
# ("Was the meeting on a Friday?" where the article says Monday).
# Capitals people name for their country's government ("Washington said…", "talks between
# Washington and Beijing"); the fact base links them to the country, but as a place ("was
# the press conference in Washington?") the city is one the article never names.
CAPITAL_METONYMS = frozenset("washington beijing canberra moscow islamabad".split())

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = {
    **{m: m for m in (
        "january february march april may june july august september october november december"
    ).split()},
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september",
    "oct": "october", "nov": "november", "dec": "december",
}  # fmt: skip
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
# The direction a trend goes: +1 better or closer, -1 worse or further apart.
POLARITY = {
    **dict.fromkeys(
        "improve improves improved improving better warm warming warmer heat heating "
        "strengthen strengthening stronger grow growing closer good friendlier "
        "cozying cosying expand expanded expanding expansion increase increased increasing hot"
        " warmer hotter".split(),
        1,
    ),
    # Not changing at all: "are U.S.-China relations stable?" is answered by their souring.
    **dict.fromkeys("stable steady unchanged static stagnant".split(), 0),
    **dict.fromkeys(
        "deteriorate deteriorates deteriorated deteriorating worsen worsening worse cool "
        "cooling cooler sour souring decline declining weaken weakening weaker bad tense "
        "strained colder cold downhill sliding cut reduce reduced reducing shrink shrinking "
        "curtail curtailed limit limited".split(),
        -1,
    ),
    # "the two militaries will cooperate less from now on": a verb done less is one cut back.
    **dict.fromkeys("less lessen lessened lessening diminish diminished diminishing".split(), -1),
}

# How fast a trend goes: +1 fast or steep, -1 slow or slight. "Are relations heating up
# slowly?" is answered by the article's "rapidly"; "sharply" and "rapidly" say alike.
PACE = {
    **dict.fromkeys(
        "rapidly quickly fast swiftly sharply steeply speedily dramatically precipitously"
        " briskly".split(),
        1,
    ),
    # "Are U.S.-China relations improving steadily?": a steady pace is no sharp one.
    **dict.fromkeys(
        "slowly gradually gently slightly mildly modestly steadily incrementally"
        " progressively".split(),
        -1,
    ),
}

# The world's countries by their everyday English names (and the short forms people type):
# a name the article never uses is a country's only if it is one of these; "Jaishankar"
# could be anyone.
COUNTRY_NAMES = frozenset(
    name.replace("_", " ")
    for name in """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
botswana brazil brunei bulgaria burkina_faso burundi cambodia cameroon canada chad chile
china colombia comoros congo costa_rica croatia cuba cyprus czechia czech_republic denmark
djibouti dominica dominican_republic ecuador egypt el_salvador eritrea estonia eswatini
ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
ivory_coast jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos
latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland
new_zealand nicaragua niger nigeria north_korea north_macedonia norway oman pakistan palau
palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
san_marino saudi_arabia senegal serbia seychelles sierra_leone singapore slovakia slovenia
somalia south_africa south_korea korea south_sudan spain sri_lanka sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
turkmenistan tuvalu uganda ukraine united_arab_emirates uae united_kingdom uk britain
great_britain england scotland wales uruguay uzbekistan vanuatu vatican venezuela vietnam
yemen zambia zimbabwe usa america
""".split()
)

# People's words that are no country name with a letter or two added ("Pakistani",
# "Russian" and "Korean" are): "French", "Japanese", "British".
_IRREGULAR_DEMONYMS = frozenset(
    """
french british english scottish welsh irish german dutch greek swiss thai spanish turkish
polish swedish danish norwegian finnish chinese japanese vietnamese nepalese taiwanese
lebanese sudanese portuguese burmese lankan bangladeshi filipino kiwi aussie emirati saudi
afghan uzbek kazakh mexican ukrainian belgian
""".split()
)


def is_country_word(word: str) -> bool:
    """Whether a lower-case word names a country or its people ("pakistan", "pakistani",
    "russian", "french"): "the pakistani defence minister" asks of a country, not of the
    defence minister the article names."""
    if word in COUNTRY_NAMES or word in _IRREGULAR_DEMONYMS:
        return True
    if word.endswith(("i", "n")) and word[:-1] in COUNTRY_NAMES:
        return True  # "pakistani", "russian", "korean"
    stem = word[:-3]
    # "brazilian", "italian", "canadian", "japanese"
    return word.endswith(("ian", "ese")) and any(
        name in COUNTRY_NAMES for name in (stem, stem + "y", stem + "a")
    )


# The one word question.py makes of "a long time ago", "ages ago", for OPPOSITES to read.
LONG_AGO_WORD = "longago"

# Words for the opposite of what the article says happened, each with the article's word
# or words (any one of them may be the one a fact uses): "did they criticise the
# relationship?" is answered by their praising it, "why did Esper skip the Tokyo talks?" by
# his taking part, "why did India reject BECA?" by its agreeing to it.
# Words saying something is weak: what they describe must be asked by name ("is the
# defence relationship weak?"), for the praise of the relationship's strength denies no
# other weakness ("is India weak?").
WEAK_WORDS = frozenset("weak weaker weakest fragile feeble shaky flimsy".split())
OPPOSITES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("criticize criticized criticizes criticizing".split(), ("praise",)),
    **dict.fromkeys("weaken weakened weakens weakening".split(), ("strengthen",)),
    **dict.fromkeys(
        "reject rejected rejects rejecting oppose opposed opposes opposing resist resisted"
        " resists resisting".split(),
        ("welcome", "agree"),
    ),
    **dict.fromkeys(
        "skip skipped skips skipping miss missed boycott boycotted".split(), ("participate",)
    ),
    # "Why did Esper cancel his trip to New Delhi?": he went, and met Singh there.
    **dict.fromkeys(
        "cancel canceled cancelled cancels canceling cancelling".split(),
        ("visit",),
    ),
    # "Why did the talks fail?", "did they fail to agree?": they agreed on BECA.
    **dict.fromkeys("fail failed fails failing collapse collapsed collapses".split(), ("agree",)),
    **dict.fromkeys("stop stopped halt halted end ended abandon abandoned".split(), ("continue",)),
    # "Was Begin's visit a long time ago?" (read "…visit longago"): he visited recently.
    LONG_AGO_WORD: ("recently",),
    **dict.fromkeys("shrink shrank shrinking curtail curtailed".split(), ("expand",)),
    # "So they agreed to cut defence trade?", "…to slash information sharing?": they
    # prioritized its enhancement and welcomed the expansion; "…reduce logistics ties?":
    # they committed to strengthening mutual engagement on logistics.
    **dict.fromkeys(
        "reduce reduced reducing reduction decrease decreased decreasing lessen limit cut"
        " cuts cutting slash slashed slashes slashing lower lowered lowering downgrade"
        " downgraded downgrading".split(),
        ("expand", "strengthen", "enhance"),
    ),
    # "Were the two ministers critical of the basic agreement?": they expressed
    # appreciation for it, praised the relationship and welcomed the wider sharing.
    **dict.fromkeys("critical disparaging dismissive".split(), ("praise", "appreciate", "welcome")),
    # "Is the defence relationship described as weak?": they praised its strength.
    **dict.fromkeys(WEAK_WORDS, ("strength",)),
    **dict.fromkeys(
        "slam slammed slams slamming condemn condemned condemns denounce denounced denounces"
        " blast blasted blasts blasting bash bashed bashes bashing disparage disparaged"
        " disparages disparaging".split(),
        ("praise",),
    ),
    **dict.fromkeys("unhappy displeased dissatisfied upset".split(), ("appreciate",)),
    # "The two secretaries expressed disappointment over the agreement, true?": they
    # expressed appreciation for it.
    **dict.fromkeys(
        "disappoint disappointed disappoints disappointment disappointing dismay dismayed"
        " displeasure dissatisfaction unhappiness frustration frustrated regret regretted"
        " regrets".split(),
        ("appreciate",),
    ),
    # "Why did Esper and Singh disagree over logistics?": they agreed to strengthen it.
    **dict.fromkeys(
        "disagree disagreed disagrees disagreeing clash clashed clashes quarrel quarreled"
        " quarrelled argue argued".split(),
        ("agree", "strengthen"),
    ),
}

# What a statement cannot do to someone without naming them: "did the statement slam
# China?" is answered by its not mentioning China at all.
NAMING_WORDS = frozenset(
    "slam slammed slams slamming condemn condemned condemns condemning criticize criticized"
    " criticizes criticizing denounce denounced denounces blast blasted attack attacked"
    " attacks accuse accused accuses blame blamed blames rebuke rebuked censure censured"
    " single singled target targeted targets name named names"
    # "the Defense statement blasts China by name", "does it criticise China?"
    " blasts blasting attacking criticise criticised criticises criticising bash bashed"
    " bashes slamming condemning denouncing targeting naming".split()
)

# Things a country has that are no one in it: "which Indian services…" asks for services
# of India (the article names none), not for an Indian person.
NATIONAL_THINGS = frozenset(
    "service services force forces military militaries branch branches unit units "
    "technology technologies weapon weapons system systems capability capabilities "
    "company companies firm firms industry industries ship ships aircraft base bases".split()
)

# Words of office titles ("foreign minister", "deputy secretary of state"): a question that
# calls someone by these alone is asking about their title.
TITLE_WORDS = frozenset(
    "minister secretary deputy foreign defense defence state prime home finance external "
    "affairs president vice chief general admiral ambassador envoy national security "
    "adviser advisor army navy commerce trade interior".split()
)

# Aliases that are also everyday words ("when did the talks begin?"): linked only when
# written with a capital letter that does not merely start the sentence.
COMMON_WORD_ALIASES = frozenset(
    {"begin", "mark", "quad", "states", "party", "officials", "partnership", "state"}
)

_CHAT_PHRASES = (
    r"(?:(?:hi|hello|hey|heya|hiya|howdy|yo|sup|greetings|good (?:morning|afternoon|evening|day))"
    r"(?: there| bot| talksbot| everyone| all)?"
    r"|thanks?(?: you)?(?: (?:so|very) much)?(?: bot)?|thx|ty|cheers|thank u|much appreciated"
    # "I'd appreciate that.", "I would be most grateful.", "much obliged": thanks, put
    # courteously; with a question after them they are framing (FRAMING_RULES).
    r"|i (?:d |would |do |really |truly |greatly |very much |so )*appreciate"
    r" (?:it|that|this|the help|your help)(?: (?:a lot|very much|so much))?"
    r"|i (?:d|would|should|shall|will|m|am)(?: be)? (?:very |most |so |ever so |really |truly )?"
    r"(?:grateful|obliged|thankful)|(?:much|very much|most) obliged|many thanks|appreciated"
    r"|ok(?:ay)?|k|kk|kay|cool|nice|great|awesome|got it|i see|good bot|bad bot|lol|haha"
    # Reactions typed between claims ("wow", "noted", "hmm interesting", "makes sense"):
    # no claim and no question, so nothing to check ("wow" is no misspelt "how").
    r"|w+o+w+|whoa+|woah+|noted|h+m+|mhm+|interesting|(?:that )?makes sense|neat|oh+|ah+"
    r"|fair enough|good to know|yikes|damn|wild|crazy|gotcha|understood"
    r"|bye|goodbye|see you|see ya|good night|bye for now|that s all|that is all|that s it"
    r"|that is it|nothing else|no more questions|i m done|i am done|all done|done|for now"
    r"|that s everything|that was all|that helps|that helped|perfect|brilliant|lovely"
    r"|help|help me|commands|menu|start|usage|what can you do|what do you do"
    r"|how do (?:i|you) use (?:you|this|it|this bot)"
    r"|how are you(?: doing)?(?: today)?|how is it going|hows it going|how is everything"
    r"|what s up|whats up|what is up|there|bot|talksbot"
    r"|who are you|what are you|are you a bot|are you human|what is your name|who made you"
    r"|what(?: is|s)? your name|whats your name"
    # Pub banter about a round of drinks ("whose round is it", "my shout", "who's getting
    # the pints in"): not a "round" of talks, which is always "of" something or counted.
    r"|(?:whose|who s|whos|who is) (?:round|shout|turn)(?: (?:is it|is that|next|now|then))*"
    r"|(?:it s |its |it is )?(?:my|your|his|her|our) (?:round|shout)"
    r"|(?:who s|whos|who is) (?:buying|getting|paying for) (?:the |this |a )?(?:next )?"
    r"(?:round|drinks|pints|beers)(?: in)?|same again|last orders|(?:lads|guys|mate)"
    r")"
)
# One or more chit-chat phrases and nothing else: "hi there, how's it going?"
CHIT_CHAT = re.compile(rf"^{_CHAT_PHRASES}(?: {_CHAT_PHRASES})*$")


# People around an official (family, staff) whom the article never names: "Esper's wife",
# "Singh's aides".
COMPANION_WORDS = frozenset(
    "wife wives husband spouse son sons daughter daughters child children kids family"
    " families relatives mother father mom mum dad brother sister girlfriend boyfriend aide"
    " aides staff staffers entourage bodyguard bodyguards interpreter translator assistant"
    " assistants advisor advisors adviser advisers".split()
)


# Words pointing back at something said before the question: "given that Begin went to
# Tokyo, who did he meet?" (the premise), "Esper met Singh? where was that?" (the recap).
POINTING_BACK = prefilter.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|it|its|that|this|those|these|there|then)\b",
    re.IGNORECASE,
)
