"""Money, percentages and counts, normalised, with what they measure.

Candidates come from patterns over the text; numbers that are years, dates,
ages, durations, times, phone numbers, addresses or labels are dropped."""
import bisect
import re

from spacy.language import Language
from spacy.tokens import Span

from recoverywatch.extract import anchored, gazetteer, lexicon, numbers, tables
from recoverywatch.extract.extensions import doc_text, ent_at, lemma, sentence_bounds

# The word lists, patterns and figure kinds are data: extract/data/figures.toml.
_WORDS = lexicon.load("figures.toml")

NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# "2, 415,000": a stray space after a thousands comma, taken as one number when more groups follow
# (money takes it after one group: "£2, 415" is not a list of sums)
SPACED_NUM = r"\d{1,3},\s\d{3}(?:,\d{3})+"
MONEY_NUM = r"(?:\d{1,3}(?:,\s?\d{3}(?!\d))+|\d+)(?:\.\d+)?"
_NW = rf"(?:{numbers.NUMBER_WORD})"
# "and" joins number words only after a scale ("two hundred and fifty"), never "nine and five"
_AND = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+"
# "a" and "an" go on a number only before a scale ("a hundred"): "from nine a year" is nine
# (so "a six-bed unit" is six, where "a six" was read and then dropped as "a" on its own)
_NW_OR_A = rf"(?:(?!an?\b){_NW}|an?(?=[\s-]+(?:hundred|thousand|million|billion|dozen)\b))"
_UNIT_W = "|".join(sorted((w for w in numbers.UNITS if w not in ("a", "an")), key=len, reverse=True))
_TENS_W = "|".join(numbers.TENS)
_SCALE_W = r"hundred|thousand|million|billion|dozen"
# a unit word goes on only after a tens word or a scale ("twenty-one", "two thousand five hundred"):
# "six one-bedroom flats" is six, then a word of the next noun
_JOIN = (rf"(?:{_AND}(?:{_TENS_W}|{_UNIT_W})\b|[\s-]+(?:{_SCALE_W}|{_TENS_W})\b"
         rf"|(?:(?<=ty)|(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))[\s-]+(?:{_UNIT_W})\b"
         # an amount written out in full in a legal or committee paper: "nine million, seven hundred and
         # fifty thousand pounds" (a comma after a scale, only before a smaller scale's group)
         rf"|(?:(?<=thousand)|(?<=million)|(?<=billion)),\s+(?:{_UNIT_W}|{_TENS_W})\b(?=[\s-]+(?:hundred|thousand)\b))")
WORD = rf"(?:{_NW_OR_A}{_JOIN}*)"
SCALE = r"(?:k|m|bn|mn|million|billion|thousand)"
B = r"(?<![\w.,£/])"  # not glued to a word, a decimal point or another number
MONEY = re.compile(rf"{B}£\s?{MONEY_NUM}(?:\s?{SCALE}\b)?", re.I)
# a sum with its currency's code, as procurement notices write it: "Value: 9,600,000 GBP", "GBP 250,000"
# (EU notices group thousands with spaces: "Total final value of contract(s): 24 600 000 GBP")
_CODE_NUM = rf"(?:\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,])(?:\.\d+)?|{MONEY_NUM})"
MONEY_CODE = re.compile(rf"{B}({_CODE_NUM}(?:\s?{SCALE}\b)?)\s?GBP\b|\bGBP\s?({_CODE_NUM}(?:\s?{SCALE}\b)?)(?![\d,])", re.I)
MONEY_WORDS = re.compile(
    rf"\b((?:(?:half\s+an?|{NUM}|a|an|one|two|three|half|{WORD})(?:\s+and\s+an?\s+(?:half|quarter))?[\s-]+(?:(?:quarters?|half|thirds?)\s+(?:of\s+)?(?:a\s+|an\s+)?)?"
    rf"|(?:quarters?|thirds?)\s+of\s+an?\s+)"  # "a further quarter of a million pounds"
    rf"(?:million|billion|thousand))\s+pounds\b", re.I)
# "six hundred grand", "50 grand": thousands of pounds as people say them ("a grand total" has no number)
GRAND = re.compile(rf"\b({NUM}|{WORD})\s+grand\b(?!\s+(?:total|prix|jury|tour|opening|scheme|plans?|designs?)\b)", re.I)
# "50p", "65p per unit", "85 pence": a sum in pence (not glued to a word, a code or a decimal: "A4p", "PH/3p")
PENCE = re.compile(r"(?<![\w.£/-])(\d{1,3})(?:p|\s?pence)\b(?![.,]?\d)")
# "ten pounds", "40 pounds": a sum in words with no scale (not a weight: "two pounds of cannabis")
PLAIN_POUNDS = re.compile(rf"\b({NUM}|{WORD})\s+pounds\b(?!\s+(?:of|in\s+weight)\b)", re.I)
# a capitalised word inside a sentence, right before a capitalised number word: one name ("Chafford Hundred")
# (not a possessive: "Scotland's 65p minimum")
NAME_WORD_BEFORE = re.compile(r"[a-z,;][ \t]+[A-Z][a-z’'-]+(?<![’']s)[ \t]+$")
LOOSE_AMOUNT_BEFORE = re.compile(r"\b(?:a\s+few|several|many)\s+$", re.I)
# the low end of a range of percentages written once: "between 55 and 60 per cent", "10-15%"
PERCENT_RANGE_LOW = re.compile(rf"{B}(\d+(?:\.\d+)?|{WORD})\s?(?:and|to|-|–)\s?$", re.I)
PERCENT = re.compile(rf"{B}({NUM}|{WORD})\s?(%|per\s?cent\b|percent\b|pc\b|percentage points?\b)", re.I)
# "up 21 points", "| 31% | 52% | +21 points": percentage points where its sentence or table row has given
# percentages before (a score's points have none)
POINTS = re.compile(rf"{B}({NUM}|{WORD})\s+points?\b", re.I)
POINTS_WORD = re.compile(r"\bpoints?\b", re.I)
# ("one person in ten": one of a person noun, then "in", where a year cannot follow)
ONE_IN = re.compile(rf"\b({WORD}|\d+)(?: (?:in|out of) (?:every )?| (?:[a-z-]+ ){{1,3}}?in every "
                    rf"|(?<=\bone) (?:person|adult|man|woman|child|patient|client|drinker|resident|smoker|prisoner|young person) in (?!(?:19|20)\d\d\b))"
                    rf"({WORD}|\d+)\b"  # "nine drinkers in every ten"
                    rf"(?! (?:(?-i:[Yy]ears?)(?! \d)|months?|weeks?|days?)\b)", re.I)  # (not "one in five years"; "Year 10 pupils" is a school year)
_LOOSE = r"(?:(?:fewer|less|more) than|almost|nearly|around|about|roughly|just over|just under|over|under|some|at least)"
_FRAC = r"(?:three[\s-]quarters|two[\s-]thirds|(?:two|three|four)[\s-]fifths|(?:a|one)[\s-](?:quarter|third|fifth|sixth|tenth)|(?:an|one)[\s-]eighth|half)"
FRACTION = re.compile(
    # "in the first half of the year", "the last quarter of 2023": a part of a period, not a share
    # (a quoted share goes on past its closing mark: "would keep ‘well over a third’ of it")
    rf"(?<!first )(?<!second )(?<!latter )(?<!last )(?<!final )"
    rf"\b({_FRAC})\b(?=[’'”\"]? (?:[–—-] [\d,.]+ [–—-] |\([\d,.]+\) )?(?:of (?!a million|a billion|an hour|a mile|the (?:financial |calendar )?year\b|the decade\b)\w|(?!the (?:time|battle|story|fun|price|size)\b)(?:the (?:\w+ ){{1,6}}?)?(?:(?:still|now|also|already|often|usually|never|currently|ever|then|typically|routinely|eventually|successfully|regularly) )?(?:(?:could|would|did|do|does|had|have|has|were|was|are|is|ca)n['’]t|were|are|was|is|had|have|did|do|does|said|say|reported|came|come|comes|went|go|goes|start|starts|complete|completes|stay|stays|need|needs|remain|remains|got|get|gets|took|take|takes|made|make|makes|will|would|could|can|felt|thought|knew|found|saw|kept|left|spent|lost|[a-z]+ed)\b))"
    # "running at less than half the level seen in the rest of the prison": a share of another level or rate
    rf"|\b({_FRAC}) the (?:level|levels|rate|rates|average)\b"
    # "84 lived in coastal wards – almost two-thirds – even though": a share set aside by dashes or brackets
    rf"|[–—(]\s*(?:{_LOOSE}\s+)?({_FRAC})(?=\s*[–—)])"
    # "between a quarter and a third of the people": the low end of a range of shares
    rf"|\b({_FRAC})\b(?= (?:and|or|to) (?:{_FRAC}) of\b)"
    # "a real-terms cut of close to a quarter": the size of a change
    rf"|\b(?:cut|cuts|fall|drop|rise|increase|reduction|decrease)\s+of\s+(?:(?:close\s+to|nearly|almost|about|around|roughly|more\s+than|over|just\s+under|just\s+over|some)\s+)?({_FRAC})\b"
    # "Half our clients work": a share of the people a service has
    rf"|\b({_FRAC})\b(?= (?:our|their|its|your) (?:[\w-]+ ){{0,2}}?(?:clients|patients|residents|users|people|members|staff|volunteers|referrals|cases|beds|places|rooms)\b)"
    rf"|\bby (?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|some) )?({_FRAC})\b"
    rf"(?! (?:of )?an? (?:hour|mile|million|billion|day|week|month|year)s?\b)"
    # "has risen from fewer than half to almost three quarters": both ends of a change in a share
    rf"|\bfrom (?:{_LOOSE} )?({_FRAC})(?= to (?:{_LOOSE} )?{_FRAC}\b)"
    rf"|(?:{'|'.join(f'(?<={w})' for w in ('half', 'quarters', 'quarter', 'thirds', 'third', 'fifths', 'fifth', 'sixth', 'tenth', 'eighth'))})"
    rf" to (?:{_LOOSE} )?({_FRAC})\b"
    # ("from 37% to three-quarters": from a percentage to a fraction)
    rf"|\bfrom (?:{_LOOSE} )?\d+(?:\.\d+)?\s?(?:%|per\s?cent) to (?:{_LOOSE} )?({_FRAC})\b"
    # "wants that figure to rise to at least half by 2018": a share as a target or an end point
    rf"|\b(?:rise|rises|rose|risen|fall|falls|fell|fallen|increase|increased|drop|dropped|reduce|reduced) to (?:at least |(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under) )?({_FRAC})(?=\s+by\b|[.,;])"
    # ("we want that to be at least half by 2027": the same, as a wish)
    rf"|\bto be (?:at least |(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under) )?({_FRAC})(?=\s+by\b)"
    # "substance misuse would account for about a quarter.": a share, its whole named before
    rf"|\b(?:accounts?|accounted|accounting) for (?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than|some) )?({_FRAC})(?=[.,;]|\s+(?:of|and)\b)"
    # "an increase of a fifth on the same period": a change given as a share of what it was
    rf"|\b(?:increase|rise|fall|drop|reduction|decrease|cut|growth)(?: in (?:[a-z-]+ ){{0,3}}?[a-z-]+,)? of (?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than|some) )?({_FRAC})\b(?! of\b)"
    # "Share of residents not in treatment: more than half": a share as the value of a labelled line
    rf"|:[ \t]+(?:(?:more|less|fewer)\s+than\s+|almost\s+|nearly\s+|around\s+|about\s+|roughly\s+|just\s+over\s+|just\s+under\s+|over\s+|under\s+)?({_FRAC})(?=[ \t]*[.;]?[ \t]*(?:\n|\Z))"
    # "Twelve of them, three quarters, had ...", "188 of the people in treatment, just under a third,": a
    # count's share, set in apposition after it
    rf"|\b(?:of\s+(?:them|those|these|whom)|(?:\d[\d,]*|{WORD})(?:\s+of\s+the\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)?),\s+(?:(?:almost|nearly|around|about|roughly|just\s+over|just\s+under|some)\s+)?({_FRAC}),"
    # "the price was roughly one-fifth lower than the current services", "That is almost a quarter less,": a
    # difference as a share
    rf"|\b({_FRAC})\s+(?:lower|higher|less|more|fewer|cheaper|dearer|smaller|bigger|larger|greater)(?:\s+than\b|(?=[.,;]))"
    # (or more of a group: "a quarter more of them to finish treatment")
    rf"|\b({_FRAC})\s+(?:more|fewer)(?=\s+of\s+(?:them|those|these|the\s+\w+|our|their)\b)"
    # "asked what proportion had been living in hostels. The Director said the figure was around a third,"
    rf"|\b(?:figure|proportion|share|percentage)\s+(?:was|is|were|stood\s+at)\s+(?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than|some) )?({_FRAC})(?=[.,;])"
    # "asked how many had nowhere to live. He estimated it at about a third.": a share put on a whole just named
    rf"|\b(?:estimated|estimates|estimate|estimating|put|puts|putting)\s+(?:it|this|that|the\s+(?:figure|proportion|share|number)(?:\s+(?:of|who|that|with)\b[^.;:]{{0,80}}?)?)\s+at\s+(?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than|some) )?({_FRAC})(?=[.,;])"
    # "only 41 per cent start treatment within three weeks; the target is three-quarters.": a share as a target
    rf"|\b(?:target|aim|ambition|goal)\s+(?:is|was|of)\s+(?:at least |(?:almost|nearly|around|about|roughly|more than|over|just over) )?({_FRAC})(?=[.,;]|\s+by\b)"
    # "to raise the proportion of people completing treatment to a quarter;": a share as a target
    # (a share named on the way is the change's low end, found on its own: "from half to three quarters")
    rf"|\b(?:proportion|share|percentage)\b(?:(?!\b{_FRAC}\b)[^.;:]){{0,80}}?\bto (?:at least |(?:almost|nearly|around|about|roughly|more than|over|just over) )?({_FRAC})(?=\s+by\b|[.,;])"
    # "one in five ..., compared with almost a third in 2010/11": a share set against an earlier one
    rf"|\b(?:compared (?:with|to)|against|up from|down from) (?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than|fewer than|some) )?({_FRAC})(?=\s+in\b|\s+(?:the|a) (?:year|decade) (?:before|earlier)\b|\s+last year\b|\s+(?:nationally|locally|regionally)\b|[.,;]"
    rf"|\s+(?:before|after|since|during)\s+the\b|\s+that\b|\s+who\b"
    rf"|\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b))"  # ("up from around a quarter five years ago")  # "around a third before the pandemic", "roughly half that", "under a fifth who lived there"
    # "That is 71 per cent, against a national picture closer to half.": a share set against a level named loosely
    rf"|\bagainst (?:a|an|the) (?:[\w-]+ ){{1,3}}?(?:closer to|nearer to|close to|nearer|of|at|nearly|around|about) ({_FRAC})(?=[.,;])"
    # "continuity of care ... was still below half.": a share whose whole was named before
    rf"|\b(?:is|was|were|are|remains?|remained|stood at|stays?|stayed)\s+(?:still\s+)?(?:below|under|above|over|less than|more than|nearly|almost|just over|just under)\s+({_FRAC})(?=[.,;])"
    # "about half the usual number", "a third of the national average", "half the usual rent": a share of a
    # whole named as a level
    rf"|\b({_FRAC})\s+(?:of\s+)?the\s+(?:(?:usual|normal|previous|expected|national|england|regional|pre-pandemic|typical|same|average)\s+){{1,2}}(?:number|level|rate|figure|total|amount|average|rent|price|cost|fee|charge)s?\b"
    # "with Luton expected to take around half.", "the council and a trust each paying half.": a share of
    # something shared out, its whole named before
    rf"|\b(?:take|takes|took|taking|receive|receives|received|pay|pays|paid|paying|fund|funds|funded|funding"
    rf"|meet|meets|meeting|cover|covers|covering|contribute|contributes|contributing)\s+(?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than|some) )?({_FRAC})(?=[.,;])"
    # "in more than a third, alcohol had also been taken": a share of the cases just named
    rf"|\bin (?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than|fewer than) )?({_FRAC})(?=,)"
    # "compared with fewer than half before the scheme started": a share compared with another
    rf"|\b(?:fewer|less|more) than ({_FRAC})\b(?=\s+(?:before|after|at the|last|in \d{{4}}|the year before)\b|[.;])"
    # "gone from just over a third to nearly 60%": one end of a change the other end gives in per cent
    rf"|\bfrom (?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|less than) )?({_FRAC}) to (?:[a-z]+ ){{0,2}}\d+(?:\.\d+)?\s?(?:%|per\s?cent)",
    re.I)
# "one ..., another ... and a third": an ordinal, in the same sentence
ANOTHER_BEFORE = re.compile(r"\banother(?=\s*(?:,|and\b|or\b))[^.;:!?\n]*$", re.I)  # ("another survey": no ordinal)
# a count and what it counts right before "a quarter": "60 people a quarter", "about 40 referrals a quarter"
# (or a sum: "payments of £77,500 a quarter")
PER_QUARTER_BEFORE = re.compile(rf"(?:\b(?:{NUM}|(?!an?\b){WORD})\s+(?:[a-z-]+\s+){{1,2}}|£\s?{NUM}(?:\s?(?:m|k|bn|million|billion)\b)?\s+)$", re.I)
# each match of these holds one of the words: they are tried only round them (anchored.finditer)
# "60 per cent were referred because of cannabis, and around a fifth because of alcohol": a share
# whose verb and whole are those of the share before it in the sentence
SHARE_GOES_ON = re.compile(rf"\b(?:and|while|but|with)\s+(?:(?:almost|nearly|around|about|roughly|more than|over|just over|just under|under|some)\s+)?"
                           rf"({_FRAC})\s+(?:because|for|from|due|through|after|by|via|on|in)\b", re.I)
ORDINAL_PLANNED_AFTER = re.compile(r"\s+(?:planned|proposed|due|expected|opening|to\s+(?:follow|open|come))\b")
FRACTION_WORD = re.compile(r"quarter|third|fifth|sixth|eighth|tenth|half", re.I)
POUNDS_WORD = re.compile(r"pounds", re.I)
PERCENT_WORD = re.compile(r"%|per\s?cent|pc\b|percent", re.I)
ONE_IN_WORDS = re.compile(rf"\b(?:in|out of) (?:every )?(?:\d|{_NW}\b)", re.I)
# ("6m long" is metres, not millions)
COUNT = re.compile(rf"{B}({SPACED_NUM}|{NUM}(?:\s?(?:million|billion|m(?!\s+(?:long|wide|high|tall|deep|square|away|across)\b)|bn)\b)?|{WORD})"
                   r"(?![\w%]|\.\d|,\d)", re.I)
# "9.4 per 1,000 residents": a rate, never a count of its denominator
DENOMINATOR = r"(?:1(?:,000)+|10,000|100,000|10{2,7}|10{0,2}k)"
RATE_WORDS = lexicon.words_regex(_WORDS["rate_words"])
_LINK_WORDS = r"(?:for|in|of|and|or|the|across|among|at|on|to|from|with|by|against|compared|than|was|were|is|are)\b"
# (a number in words only before "per": "two in every 100" is a share)
RATE = re.compile(rf"{B}({NUM}|(?!an?\b){_NW}(?=(?:[ \t]+[a-z][\w-]*){{0,3}}?[ \t]+per\b))[ \t]+(?:([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,2}}?)[ \t]+)?{RATE_WORDS}[ \t]+({DENOMINATOR})\b"
                  rf"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?(?!{_LINK_WORDS})([a-z][\w-]*))?", re.I)
RATE_PAIR_BEFORE = re.compile(rf"{B}({NUM})\s+(?:and|or|to|-|–)\s+$")
# "812 per 100,000 people, against an England average of 632": the figure a rate is set against later in
# its sentence is a rate too (a number with a unit of its own after it is not: "compared with 40 people")
RATE_COMPARED_AFTER = re.compile(rf"[^.;\n]{{0,80}}?\b(?:average\s+(?:rate\s+)?(?:of\s+)?|(?:up|down)\s+from\s+|compared\s+(?:with|to)\s+|against\s+)"
                                 rf"({NUM})(?![.,]?\d)(?=\s*(?:[.,;)]|$)|\s+(?:in|for|across|nationally|regionally|a\s+year)\b)", re.I)
# "1,097 adults in treatment per 100,000 adult population, the county 568 and Rutland 322": the rates
# of the other places, listed after the first with the unit left out
_RATE_ITEM = rf"(?:the[ \t]+)?[A-Za-z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){{0,2}}[ \t]+({NUM})(?![.,]?\d)(?=[ \t]*(?:,|\band\b|[.;]|$))"  # "the county 568"
RATE_LIST_FIRST = re.compile(rf"[^,.;\n\d]{{0,40}}?,[ \t]+{_RATE_ITEM}", re.M)
RATE_LIST_NEXT = re.compile(rf"(?:,[ \t]+|,?[ \t]+and[ \t]+){_RATE_ITEM}", re.M)
# a table row whose label gives the rate: "Alcohol-specific admissions per 100,000 | 598 (611)"
RATE_ROW = re.compile(rf"^([^|\n]*?\b{RATE_WORDS}\s+({DENOMINATOR})\b[^|\n]*)((?:\|[^|\n]*)+)$", re.I | re.M)
# a table row whose label says its cells are lengths of time: "Median days from referral to first
# appointment | 9 | 23", "Average wait (weeks) | 3 | 5" (not "People waiting over 3 weeks | 12 | 5")
DURATION_ROW = re.compile(r"^(\s*(?:(?:median|mean|average|typical|longest|shortest|maximum|minimum)\s+)?(?:wait(?:ing)?\s+(?:time\s+)?(?:in\s+)?)?"
                          r"(?:days|weeks|months|hours)\b[^|\n]*|[^|\n]*\((?:days|weeks|months|hours)\)[^|\n]*)((?:\|[^|\n]*)+)$", re.I | re.M)
BARE_DENOMINATOR = re.compile(rf"\b{RATE_WORDS}\s+{DENOMINATOR}\b", re.I)
# "every £1 spent saves £2.50", "£4 for every £1 invested", "every £1 we invest comes back as £4": a
# return-on-investment ratio, not money
_POUND = r"(?:£\s?\d+(?:\.\d+)?p?|\d+p\b)"
ROI = re.compile(
    rf"\b(?:for\s+)?(?:every|each)\s+(?:£\s?1(?:\.00)?|pound)\s+(?:\w+\s+){{0,2}}?(?:spent|invested|spend|invest|put\s+in)\b[^.;]{{0,100}}?{_POUND}"
    rf"|{_POUND}\s+(?:\w+\s+){{0,3}}?for\s+(?:every|each)\s+(?:£\s?1(?:\.00)?|pound)\b(?:\s+(?:spent|invested))?", re.I)

# "Mr", "Cllr", "Dr": the word after one is a surname, not a name a number ends ("Mr Ludlow 11 times")
PERSON_TITLES = {w for t in lexicon.titles("speaker") for w in t.split()}
MONTHS = lexicon.words_regex(_WORDS["months"])
MONTH_BEFORE = re.compile(rf"\b{MONTHS}\s+$", re.I)
THE_QUARTER_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?quarter\s+$", re.I)
DAY_OR_YEAR = re.compile(r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?|(?:1[89]|20)\d\d")  # what may follow a month's name
# a time word that names a kind of place: "two day centres", "three night shelters"
TIME_PLACES = lexicon.patterns_regex(_WORDS["time_word_places"])
TIME_WORD_PLACE = re.compile(rf"[\s-]+(?:day|night)s?\s+{TIME_PLACES}\b", re.I)
# a season naming a kind of thing: "three summer festivals" counts festivals
SEASON_THINGS = re.compile(r"\s*(?:spring|summer|autumn|winter|evening|morning|afternoon|weekend|lunchtime)\s+[a-z-]+s\b", re.I)  # "three summer festivals", "96 evening groups"
DATE_WORDS = re.compile(rf"\b{lexicon.patterns_regex(_WORDS['date_words'], MONTHS=MONTHS)}\b|[:/]", re.I)
# "41 last year": a time adverbial after the number, not the number's unit
ADVERBIAL_OPENERS = {"last", "past", "this", "next", "a", "an", "per", "each", "every", "since", "by", "the", "in", "during", "over"}
# (never a word on the next line: a line break ends a sentence here, and a month opening the next
# line is the next row of a table, "April 2020 | 96 | 51" / "May 2020 | ...")
OR_MORE_AFTER = re.compile(r"[^\S\n]+(?:or\s+(?:more|fewer|less|so|over|longer)|plus)(?=\s)", re.I)
AFTER_NOT_COUNT = re.compile(rf"^(?:-|[^\S\n])?{lexicon.patterns_regex(_WORDS['after_not_count'], MONTHS=MONTHS, TIME_PLACES=TIME_PLACES)}", re.I)
SESSION_FREQUENCY_AFTER = re.compile(rf"^\s{_WORDS['session_frequency']}", re.I)
# "three to five years": the low end of a range of durations
RANGE_ON = re.compile(rf"^\s?(?:to|and|or|-|–|\+)\s?(?:{NUM}|{WORD})(?=[\s-])", re.I)
# "Page 4 of 12", "Image 2 of 5": the document's furniture, not anything it reports
# a confidence interval, its level and its bounds: "(95% CI 460–490)", "95 per cent confidence interval 701 to 785"
# (an estimate's uncertainty, not figures of their own)
CONFIDENCE = re.compile(r"\b(?:9[059](?:\.\d)?\s?(?:%|per\s?cent)\s+)?(?:CIs?\b|confidence\s+intervals?\b|credible\s+intervals?\b)"
                        r"(?::?\s*(?:of\s+|from\s+)?\d[\d,.]*\s*(?:%|per\s?cent)?\s*(?:–|-|to|,)\s*\d[\d,.]*(?:\s*(?:%|per\s?cent))?)?")
# a footnote's mark: "similar to England.[2]", and its note: "[2] Office for Health Improvement and Disparities"
FOOTNOTE_MARK = re.compile(r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")
PAGE_OF = re.compile(r"\b(?:pages?|images?|photos?|pictures?|slides?|items?)\s+\d+\s+(?:of|/)\s+\d+\b", re.I)
# capitalised words before a number that never end a name: "Between 40 and 50", "Around 300"
NOT_NAME_WORDS = set(_WORDS["not_name_words"])


# what may stand between a label and a number: a range's first number ("paragraphs 4 to 6"), or a list's
# earlier numbers ("Standing Orders 8 and 25")
RANGE_TAIL = r"(?:\s+\d{1,3}(?:\.\d+)?\s*(?:to|-|–)\s*)?\s*$"
LIST_TAIL = r"\s+\d{1,3}(?:\.\d+)?(?:\s*(?:,|&|\band\b)\s*\d{1,3}(?:\.\d+)?)*\s*(?:,|&|\band\b)\s*$"


def _label_before(words, tail=RANGE_TAIL):
    """A label from `words` that ends the text before a number, or with `tail` what may follow the
    label before the number ("Table 3", "paragraphs 4 to 6")."""
    return r"\b" + lexicon.patterns_regex(words, MONTHS=MONTHS) + tail


BEFORE_NOT_COUNT = re.compile(
    r"(?:\baged? (?:up to|under|over|between|from|of)\s*$|"
    + _label_before(_WORDS["before_not_count"])
    + r"|\d:$|[/#]\s*$|(?:19|20)\d\d[ \t]*[-–][ \t]*$|[A-Za-z][-–]$|[A-Za-z] -[ \t]*$"
    r"|[A-Za-z][-/]\d+[-/]$)", re.I)  # the last part of a code: "KD-2223-118", "PH/24/031"
AGE_PREDICATE_BEFORE = re.compile(_label_before(_WORDS["age_predicates"]), re.I)
NUMBERED_ROOM_BEFORE = re.compile(_label_before(_WORDS["numbered_rooms"]), re.I)
# the second of two ages or times set against each other: "If we can reach them at 14 rather than 24" (not
# "at two sites rather than three hostels", which counts what follows)
AT_RATHER_THAN_BEFORE = re.compile(rf"\bat\s+(?:\d{{1,3}}|{WORD})\s+(?:rather\s+than|instead\s+of|not)\s+(?:at\s+)?$", re.I)
# the later numbers of a list after a label, each standing bare: "Standing Orders 8 and 25:", "Committee
# Suite 1, 2 & 3," (not "aged 13 to 21 and 41 parents", "In Quarter 1, 412 incidents")
LABEL_LIST_BEFORE = re.compile(_label_before(_WORDS["before_not_count"], LIST_TAIL), re.I)
BARE_AFTER = re.compile(r"\s*(?:[.,;:&)]|and\b|\(\d|$)")
# the rest of a list of numbers after the first: ", six, seven", ", six or seven"
NUMBER_LIST_AFTER = re.compile(rf"(?:,\s*(?:{WORD}|\d+)\b){{1,4}}(?:,?\s+(?:or|and|to)\s+(?:{WORD}|\d+)\b)?", re.I)
# a line labelled by an age band: "18 to 29: 164", "65 and over: 72", "Under 18: 40"
AGE_BAND_LABEL = re.compile(r"[ \t]*(?:(?:[Aa]ged|[Uu]nder|[Oo]ver)[ \t]+\d{1,3}(?:[ \t]*(?:to|-|–)[ \t]*\d{1,3})?"
                            r"|\d{1,3}(?:[ \t]*(?:to|-|–)[ \t]*\d{1,3}|[ \t]+(?:and|or)[ \t]+(?:over|above|under|older|younger)|\+))[ \t]*:")
# a tally held below a mark is no age band: "the waiting list to be under 20 by Christmas"
TALLY_UNDER_BEFORE = re.compile(r"\b(?:list|queue|backlog|caseload|numbers?|total)\s+(?:[a-z]+\s+){0,2}?(?:be|is|was|are|were|stays?|stayed|remains?|remained|kept|keep)"
                                r"\s+(?:now\s+|still\s+|well\s+|just\s+|back\s+)?under\s+$", re.I)  # ("to be back under 50 by Christmas")
# the age of the youngest or oldest of a group, named at length: "the youngest person in
# treatment last year was 18", "the average age of the names on that board is 47"
# (also a change in it: "the median age of people starting treatment has risen from 44 to 51")
EXTREME_AGE_BEFORE = re.compile(r"\b(?:youngest|oldest|(?:average|median|mean)\s+age|typical\s+(?:new\s+)?(?:patient|client|person|service\s+user|user|resident|drinker|man|woman))\b[^.;:!?\d]{0,80}?\b(?:(?:is|was|being)(?:\s+(?:now|still|about|around|just))?"
                                r"|(?:rose|risen|fell|fallen|increased|decreased|dropped|climbed|gone\s+(?:up|down)|went\s+(?:up|down))\s+(?:from|to)(?:\s+\d{1,3}\s+to)?)\s+$", re.I)
# a field label at a line's or a cell's start: "| Decision: 110593"
ID_LABEL_BEFORE = re.compile(r"(?:^|[|\n]\s*)[A-Z][A-Za-z ]{1,30}:\s*$")
COLON_LABEL = re.compile(rf"\b{lexicon.words_regex(_WORDS['colon_labels'])}\.?(?:\s*\d+)?\s*:\s*$", re.I)
# "the city's six towns", "the two councils", "all seven of the county's districts"
GEOGRAPHY = lexicon.words_regex(_WORDS["geography_nouns"])
HYPHEN_COUNT = re.compile(rf"^-{lexicon.words_regex(_WORDS['hyphen_counts'])}\b", re.I)
FIXED_BEFORE = re.compile(r"(?:\b(?:the|its|their|our|these|those|all|into|in\s+to|between|one\s+of|(?:replaced|succeeded)\s+by|spread\s+(?:across|over)"
                          r"|create|created|creating|form|formed|forming)|['’]s)(?:\s+(?:other|same))?\s+$", re.I)  # "split into two areas", "between two boroughs", "the other four councils", "one of six councils", "replaced by two unitary councils"
WHOLE_MEMBERSHIP = re.compile(rf"^\s+{lexicon.words_regex(_WORDS['membership_nouns'])}\b", re.I)
BED_DAYS = re.compile(r"\s+(?:occupied\s+|hospital\s+)?bed[\s-](?:days|nights)\b", re.I)
SPLIT_IN_BEFORE = re.compile(r"\b(?:split|splits|splitting|cut|cuts|cutting|divide|divided|dividing|break|broke|broken|breaking)\b[^.;]{0,40}\bin\s+$", re.I)
# an age at which a life's story went on, after an age at its start: "first drink at 13, ... heroin by 20"
AGE_BY_BEFORE = re.compile(r"\b(?:at|aged)\s+\d{1,2}\b(?!\s*(?:%|per\b|[a-z]+s\b))[^.;!?\n]{0,80}\bby\s+$", re.I)
# a plural subject, then what it numbers: "we were five parents round a kitchen table" (where "we were 19" is an age)
WE_WERE_BEFORE = re.compile(r"\b(?:we|they|you)(?:['’]re|\s+(?:are|were))(?:\s+(?:now|just|only|all))?\s+$", re.I)
PERSON_NOUN_COMMA_BEFORE = re.compile(r"\b(?:man|woman|boy|girl|mother|father|mum|dad|son|daughter|pensioner|grandmother|grandfather|teenager|student),\s*$", re.I)
# "the partnership’s three organisations", "the consortium's four partners"
MEMBERS_OF_BEFORE = re.compile(r"\b(?:partnership|consortium|alliance|collaborative|network)['’]s\s+$", re.I)
BUS_WORDS = re.compile(r"\b(?:bus|buses|routes?)\b", re.I)
# bus routes by number: one bus ("the 36 bus"), or numbers listed before "buses" ("the 127 and 280 buses")
BUSES_AFTER = re.compile(r"\s+(?:bus|buses|bus\s+services|bus\s+routes)\b", re.I)
# (not "12 bus shelters", nor a range: "between 10 and 12 buses")
BUS_ROUTES_AFTER = re.compile(r"\s+(?:bus|tram)(?!\w)(?!\s+[a-z]+s\b)|\s*(?:,|and|or|&)\s*\d{1,3}[A-Z]?\s+(?:bus|buses|bus\s+services|bus\s+routes)\b", re.I)
ROUTE_LISTED_BEFORE = re.compile(r"(?<!between )(?<!from )\b\d{1,3}[A-Z]?\s*(?:,|and|or|&)\s*$", re.I)
# a bus taken by its number to a place: "sitting on the 17 into Rochdale every week", "caught the 5 to Leigh"
RIDE_THE_BEFORE = re.compile(r"\b(?:on|catch|catches|catching|caught|get|gets|getting|got|take|takes|taking|took|board|boarded)\s+the\s+$", re.I)
TO_PLACE_AFTER = re.compile(r"\s+(?:into|to|towards|from)\s+(?:the\s+)?[A-Z][a-z]")
# a ward's councillors: "one of three councillors for Farnworth ward" says how the ward is represented
WARD_MEMBERS_BEFORE = re.compile(r"\b(?:one\s+of\s+(?:the\s+)?|[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)$")
WARD_MEMBERS_AFTER = re.compile(r"\s+(?:ward\s+|division\s+)?councillors\s+(?:for|representing)\s+", re.I)
# the other side of a vote's tally: "carried by four votes to one"
VOTES_TO_BEFORE = re.compile(r"\bvotes?\s+to\s+$", re.I)
AGE_LIMIT_AFTER = re.compile(r"\s+(?:or|and)\s+(?:over|older|above|under|younger)\b", re.I)  # "volunteers must be 18 or over"
# "work split between two organisations": how something is shared out, not a tally of the bodies
# ("spread across four sites" counts the sites a service is scattered over)
SPLIT_BEFORE = re.compile(r"\b(?:split|divided|shared)\s+(?:between|across|among|amongst)\s+$"
                          r"|\b(?:gaps?|divide|cliff[\s-]edge|hand-?overs?|transitions?|boundary|boundaries)\s+between\s+$", re.I)  # "the gap between two services"
# names listed, then a description of them as a number: "Birmingham and Coventry, the two largest users"
_CAPS = r"[A-Z][\w’'-]*(?:\s+(?:upon\s+|on\s+)?[A-Z][\w’'-]*){0,3}"
# (the leftmost match is the whole list)
NAMED_LIST_THE_BEFORE = re.compile(rf"\b({_CAPS}(?:,\s+{_CAPS})*\s+and\s+{_CAPS}),\s+the\s+$")
NAMED_NUMBER = re.compile(rf"\b(?:{'|'.join(_WORDS['named_numbers'])})\b", re.I)


def _noun_after(key, words=1, joined=False):
    """One of figures.toml's `key` nouns next, after at most `words` words that describe it (and, if
    `joined`, a pair of words joined by "and" or "or": "drug and alcohol")."""
    pair = r"(?:[a-z-]+\s+(?:and|or|&)\s+[a-z-]+\s+)?" if joined else ""
    return re.compile(rf"^\s+(?:[a-z-]+\s+){{0,{words}}}?{pair}{lexicon.words_regex(_WORDS[key])}\b", re.I)


PAIR_AFTER = _noun_after("pair_nouns")
# after "the two": "the two alcohol care teams", "the two drug and alcohol services"
PAIR_AFTER_WIDE = _noun_after("pair_nouns", 2, joined=True)
# the sentence goes on to treat them as a pair, one or the other: "two services doing their best with people who
# fit neither of them"
AS_PAIR_LATER = re.compile(r"[^.;!?\n\d]*?\b(?:either|neither)\s+of\s+them\b", re.I)
MEMBERS_AFTER = _noun_after("member_nouns")
# a clause that says which ones: "assessed the three providers it considered able to deliver", not the bodies just named
CLAUSE_DEFINES_AFTER = re.compile(r"\s+\S+\s+(?:it|that|which|who|whom|we|they|the\s+council)\s+(?!is\b|are\b|was\b|were\b)[a-z]+")
# (the words between describe the places, they are no verb: "the other six will be based in hospitals" counts;
# nor a preposition, after which the places are where the things counted are: "one of 14 sessions in towns")
_NOT_VERB = (r"(?!(?:will|would|are|were|is|was|be|been|being|have|has|had|can|could|should|may|might|must|based|work|works|working"
             r"|in|across|at|around|throughout|within|for"
             # (nor a preposition or an article: "the 389 patients referred from the wards" ends its noun phrase
             # before "the wards")
             r"|from|to|by|with|into|onto|the|than)\b)")
# (a region's name may stand before: "Four Teesside councils", "Five North East councils")
COUNCILS_AFTER = re.compile(rf"^\s+(?:(?-i:[A-Z][\w’'-]+)\s+){{0,2}}(?:(?:new|neighbouring|other|separate|different|local|partner|constituent|metropolitan|london"
                            rf"|district|borough|county|city|unitary)\s+(?:(?:and|&)\s+)?){{0,3}}{lexicon.words_regex(_WORDS['council_nouns'])}\b", re.I)  # ("five district and borough councils")
# councils tallied by what they took up: "12 councils have signed up", "nine authorities applied"
UPTAKE_AFTER = re.compile(r"\s+(?:have\s+|had\s+|has\s+)?(?:now\s+|so\s+far\s+|already\s+)?(?:signed|joined|applied|bid|opted|taken\s+part|took\s+part)\b", re.I)
# "the county's two drug and alcohol services", "the city's three treatment contracts": how an area's
# services are arranged, as "the city's six towns" is its geography
AREA_POSSESSIVE_BEFORE = re.compile(r"\bthe\s+(?:county|city|borough|town|district|region|area|island)['’]s\s+$", re.I)
# up to four words that say what kind, before the noun ("the county’s 12 district, borough and city councils")
_KINDS = rf"^\s+(?:{_NOT_VERB}[a-z-]+,?\s+(?:and\s+)?){{0,4}}?"
KINDS_AFTER = re.compile(rf"{_KINDS}{lexicon.words_regex(_WORDS['pair_nouns'])}\b", re.I)


def _of_geography(determiner, most):
    """The word "of", a determiner, up to `most` words and a geography noun ("of the county’s ten districts")."""
    return rf"\s+of\s+{determiner}(?:[\w’'-]+\s+){{0,{most}}}?{GEOGRAPHY}\b"


FIXED_AFTER = re.compile(rf"{_KINDS}{GEOGRAPHY}\b|^" + _of_geography(r"(?:the\s+)?", 3), re.I)
# places tallied by what they were picked for: "one of 40 areas in England to receive the grant", "one of
# 12 councils chosen for the pilot"
CHOSEN_AFTER = re.compile(r"(?:\s+(?:in|across)\s+(?:England|the\s+country|the\s+UK|the\s+region|(?-i:[A-Z][a-z]+)))?\s+(?:to\s+(?:receive|get|win|share"
                          r"|take\s+part|join|be\s+(?:given|awarded|chosen|selected|picked|funded))|(?:chosen|selected|picked|funded|awarded|given)\b"
                          r"|taking\s+part\b|(?:now\s+)?involved\s+in\b)", re.I)
OF_GEOGRAPHY_AFTER = re.compile(_of_geography(r"(?:the|its|their|our|[\w-]+['’]s)\s+", 2), re.I)
# nothing counted after a number: the clause ends there ("... not just nine to five.")
NOTHING_AFTER = re.compile(r"^\s*(?:[,.;:!?)’'\"”]|$)")
# ages by the verbs and openings that go with them: "I'd see 40.", "Now 33, she ..." ("turned 40": REACHES_AGE_BEFORE)
AGE_BEFORE = re.compile(r"\bsee\s+$", re.I)
# "see someone at 35 than at 55": a person at an age, and the age set against it
_PERSON_AT = r"\b(?:someone|somebody|anyone|anybody|people|patients|drinkers|men|women|him|her|them|me|us)\s+at"
PERSON_AT_BEFORE = re.compile(rf"{_PERSON_AT}\s+$|{_PERSON_AT}\s+\d{{2}}\s+(?:than|rather\s+than|and|or|not)\s+at\s+$", re.I)
# "Now 33 and living in Paignton", "Now 36, Ms Mulraine is a peer recovery worker"
AGE_NOW_AFTER = re.compile(r"^(?:,\s+(?:(?:she|he|they|I|we)\b|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z])|\s+and\s+(?:living|working|based|settled|back)\b)")
# "My son is 26 and has been trying to stop", "I'm 41 and": a person's age, given after "is"
_FAMILY = lexicon.words_regex(lexicon.load("quotes.toml")["words"]["family"])
PERSON_IS_BEFORE = re.compile(rf"\b(?:(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+{_FAMILY}\s+(?:is|was|would\s+(?:be|have\s+been)|will\s+be)(?:\s+(?:now|only|just))?"
                              rf"|\bI(?:['’]m|\s+am|\s+was)(?:\s+(?:now|only|just))?)\s+$")
# "At 47, he is a mentor", "lost his job at 39, his marriage two years later": "at" an age, then
# the person the clause is about
# ("at 64 you’re doing the school run again": "you" and a verb's contraction too)
AGE_AT_AFTER = re.compile(r"^(?:,\s+(?:she|he|they|I|we|you|his|her|their|my|your)|\s+(?:she|he|they|I|we|you)(?:['’](?:re|m|s|ve|ll|d))?\s+(?!(?:per|a|an|each)\b)[a-z]+)\b")
# an age a life reaches: "the young person who reaches 18", "they turn 18 without a worker", "who turned 16
# while waiting" (the "who" or a pronoun first: "referrals reached 90" is a tally)
# (a life turns an age whoever's it is, and what follows shows a tally: "the service turned 40 people away")
# ("by the time someone is 17 and in trouble": anyone's age)
REACHES_AGE_BEFORE = re.compile(r"(?:\b(?:who|he|she|they|you|person|child)\s+(?:reach|reaches|reached|reaching|hit|hits)"
                                r"|\b(?:someone|somebody|anyone|anybody|a\s+child|a\s+young\s+person|a\s+teenager)\s+(?:is|was)"
                                r"|\b(?:turn|turns|turned|turning))\s+$", re.I)
REACHES_AGE_AFTER = re.compile(r"^(?:\s*(?:[,.;:!?)’'\"”]|$)|\s+(?:and|or|but|while|without|when|before|after|during|in|within|with|are|is|they|he|she)\b)")
# "at N" closing a sentence or a clause, its clause setting no level: "a much bigger problem at 19.", "no cliff
# edge at 18:", "nobody is grown up at 18,” she said", "move across at 18, and", "the same worker at 19 if"
# (not "the total stood at 26.", "cap caseloads at 50.", "has stayed at 38.")
AT_AGE_CLOSING_AFTER = re.compile(r"^\s*(?:[.;:!?”\"’']|$)|^,\s*(?:[”\"’']|(?:and|but|or|so)\s)|^\s+(?:if|unless|once|because)\s")
# (to stay with someone or keep doing something is no level: "stay with the same worker at 19 if", "keep
# working with anyone on its books at 18, and")
LEVEL_IN_CLAUSE_BEFORE = re.compile(r"\b(?:st(?:oo|an)d(?:s|ing)?|stay(?:s|ed|ing)?(?!\s+(?:with|in\s+touch|on\s+with|engaged)\b)|remain(?:s|ed|ing)?|h[eo]ld(?:s|ing)?|cap(?:s|ped|ping)?|set|sets|peak(?:s|ed)?"
                                    r"|level(?:s|led)?|fix(?:ed|es)?|(?:kept|keep(?:s|ing)?)(?!\s+[a-z]+ing\b)|limit(?:s|ed)?|total(?:s|led)?|settled|plateau(?:ed|s)?|rest(?:s|ed)?|came\s+in"
                                    r"|r[ua]n|runs|running|number|total|figure|count|tally|level|rate|list|caseloads?|places|beds|staff|capacity)\b[^.;:!?\n]*$", re.I)
# a move between services made at an age: "referred to the young people's service at 16 and moved to the
# adult service at 18"
# (or help got at one: "a young person who gets help at 15 is less likely to be in adult treatment at 25")
# (or help still needed at one: "young people who still need help at 18")
MOVED_AT_BEFORE = re.compile(r"\b(?:referred|moved|transferred|transitioned|passed|went|came|started|joined|left|gets|get|got|getting"
                             r"|(?:need|needs|needed|needing)\s+(?:help|support|treatment|care))\b[^.;!?\n\d]{0,60}\bat\s+$"
                             r"|\bin\s+(?:[a-z]+\s+){0,2}?(?:treatment|care|custody|prison)\s+at\s+$", re.I)
# an age standing as its sentence's subject, said to be a line or too young: "Eighteen is an arbitrary line",
# "25 is still young" ("Twelve is too many" is no age)
AGE_SUBJECT_AFTER = re.compile(r"\s+is\s+(?:(?:just|only|still|far|much|not|no|an?|the|too|very|quite|really|so)\s+){0,3}"
                               r"(?:(?:arbitrary|artificial|magic|big|hard|fixed|legal|official)\s+)?(?:age|line|cut-?off|milestone|birthday|young|old|early|late)\b", re.I)
# the places a league table ranks, after "out of N": "out of 150 upper-tier council areas in England"
LEAGUE_AREAS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:councils|council\s+areas|areas|authorities|regions|trusts|prisons)\b", re.I)
RANK_WORDS = re.compile(r"\b(?:higher|highest|lower|lowest|worst|best|ranked|ranks|ranking|league|top|bottom)\b", re.I)
AGE_WHEN_AFTER = re.compile(r"^\s+when\s+(?:she|he|they|I|we)\b")
# a number inside a reference: "(Ref: CAB 13/14 11842)", "Reference number: LCC/PH 2014 037"
# ("Request reference: 16-1184", "Reference: 2020-0412": the number itself, or joined to the code by a hyphen)
_CODE = r"(?-i:[A-Z0-9][A-Z0-9/.-]*)"
REF_CODE_BEFORE = re.compile(rf"\b(?:ref|reference)(?:(?:\s+(?:no|number)\.?|\.?\s*:)\s*(?:{_CODE}\s+){{0,3}}|\.?\s*(?:{_CODE}\s+){{1,3}})"
                             r"(?-i:[A-Z0-9]+[-/])?$", re.I)
# "open nine to five.": a span of the day, the first hour later than the second and nothing counted
# after it ("from seven to five" is a fall, left to the clock rule's "number of" check)
HOURS_AFTER = re.compile(rf"^\s?(?:to|till|until|-|–)\s?({WORD}|\d{{1,2}})(?=\s*(?:[,.;:!?)’'\"”]|$))", re.I)
HOURS_BEFORE = re.compile(rf"(?<!\bfrom )\b({WORD}|\d{{1,2}})\s?(?:to|till|until|-|–)\s?$", re.I)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
# "against 11 in Norwich.": only where, and no unit, after the number (not when: "up from 2,110 in September")
PLACE_ONLY_AFTER = re.compile(rf"^[ \t]+(?:in|at|for)[ \t]+(?:the[ \t]+)?(?!(?i:{MONTHS}|{_DAY})\b)[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*[ \t]*(?:[,.;:!?)]|\n|$)")
# only when the figure before was: "eight days, down from 23 in March", "against 12 a year earlier"
# (the duration right before the comparison: in "2,940 had waited over 18 weeks, up from 2,110 in
# September" the patients are compared)
WHEN_ONLY_AFTER = re.compile(rf"^[ \t]+(?:(?:in|by|during|since)[ \t]+(?:(?i:{MONTHS})(?:[ \t]+\d{{4}})?|\d{{4}}(?:/\d{{2}})?|the[ \t]+(?:spring|summer|autumn|winter))"
                             r"|last[ \t]+(?:year|month|spring|summer|autumn|winter)|(?:a|one|the)[ \t]+(?:year|month)[ \t]+(?:ago|earlier|before)"
                             r"|(?:before|after)[ \t]+the[ \t]+[a-z]+)"
                             r"[ \t]*(?:[,.;:!?)]|\n|$)")
DURATION_THEN_CHANGE_BEFORE = re.compile(r"\b(?:\d+|[a-z]+)\s+(?:working\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)"
                                         r"(?:\s+(?:a|per|each)\s+(?:day|week|fortnight|month|year))?,?\s+"
                                         r"(?:(?:down|up)\s+from|against|compared\s+with)\s+$", re.I)
# "the number of hubs open fell from seven to five": what follows is a count, whatever its words
CHANGE_FROM_FIGURE_BEFORE = re.compile(r"\b(?:from|between)\s+\d[\d,]*\s+(?:to|and)\s+$")
PLACE_AFTER_WORD = re.compile(r"\s+[A-Z][a-z’'-]+")
PLACE_AFTER_TWO = re.compile(r"\s+[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+")
NUMBER_OF_BEFORE = re.compile(r"\bnumbers? of\b[^.;]{0,110}$")
# "at four,", "between nine and five", "at eight o'clock": a clock time in words
CLOCK_BEFORE = re.compile(
    rf"\b{lexicon.words_regex(_WORDS['clock_openers'])}\s+(?:{WORD}\s+(?:and|to|-|–)\s+)?$", re.I)
CLOCK_AFTER = re.compile(
    rf"^\s?(?:and|to|-|–)\s?(?:midnight|noon|midday)\b"
    rf"|^(?:\s?(?:and|to|-|–)\s?{WORD})?\s*(?:[,.;:!?)’'\"”]|$|o['’]clock|in the (?:morning|afternoon|evening)|at night|tonight"
    rf"|(?:every|each) (?:morning|afternoon|evening|night|day)"
    rf"|\s(?:and|or) (?:at|on) (?:the )?weekends?\b"  # "if it's after six and at weekends, fine"
    rf"|on (?:a |an |the )?(?:[a-z]+ )?(?:{_DAY}|week(?:day|end|night)s?)\b|this (?:morning|afternoon|evening))",  # ("between nine and five on a weekday")
    re.I)
# a thing done at an hour: "start at eleven", "got up at six", "a bus at seven"
TIMED_START_BEFORE = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|finish|finishes|finished|woke|wake|"
                                r"wakes|waking|got up|get up|gets up|open|opens|opened|close|closes|closed"
                                r"|bus|train|coach|ferry|tram|shift|appointment)\s+at\s+$", re.I)
# (the service numbers 101, 111 and 999, not "24/111", a minute's number, nor a count of things: "61 out of 101
# secondary schools", nor the other side of a comparison: "187 ..., compared with 101 in 2020/21"; "999 calls"
# are emergency calls)
_COMPARED = "".join(rf"(?<!{w} )" for w in ("compared with", "compared to", "up from", "down from", "rose from", "fell from",
                                             "than", "against", "rose to", "fell to",
                                             "risen to", "fallen to", "up to", "down to", "rising to", "falling to"))
PHONE = re.compile(r"(?<!\d)(?:(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}"
                   rf"|(?<![/.,]){_COMPARED}\b(?:101|111|999)\b(?![/.,]\d)(?=\s+calls\b|(?!\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+s\b)))")
# a street named without a street word, then its town (looked up in the gazetteer)
# (not a list of places: "34 Barnsley, Doncaster and Rotherham residents")
STREET_THEN_TOWN = re.compile(r"[ \t]+((?:[A-Z][A-Za-z’'-]+[ \t]+){0,2}[A-Z][A-Za-z’'-]+),[ \t]+([A-Z][A-Za-z’'-]+(?:[ \t]+[A-Z][A-Za-z’'-]+)?)\b")
# where something is: "is at 27 Selsey Plain and ...", "based at 4 Castle Mews," (a name, not "at 27
# GP surgeries" or "at 14 Sure Start centres", whose last word is the noun counted)
WHERE_AT_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|based|located|sited|housed|moved|moves|moving|move|relocated|relocating|open|opens|opened|opening)\s+at\s+$", re.I)
NAMED_PLACE_AFTER = re.compile(r"^\s+(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+(?=\s*(?:[,.;:)]|\s(?:and|in|on|from|which|where|until|near|opposite|next)\b|$))")
GATE_STREET_AFTER = re.compile(r"^\s+([A-Z][a-z]+gate)\b")  # (a town of that shape, "14 Harrogate hospitals", is not)
# "14 Hanover Street"; a northern street of one word in -gate before its town ("117 Botchergate, Carlisle")
ADDRESS = re.compile(rf"^(?:[-–]\d{{1,4}}[a-z]?)?\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)? {lexicon.words_regex(_WORDS['street_words'])}\b|[A-Z][a-z]+gate,\s+[A-Z])")
WEEK_TIME = (rf"(?:,?\s*(?:(?:on|every|each)\s+(?:a\s+|the\s+)?)?(?:{_DAY}|{lexicon.words_regex(_WORDS['week_times'])})\b"
             r"|\s*[,.;:!?)]|\s*$)")
# opening hours: a small number after an opening verb, alone ("until 8") or in a span of the day
OPENING_HOURS = re.compile(
    rf"\b{lexicon.words_regex(_WORDS['opening_verbs'])}\b(?:\s+(?!{lexicon.words_regex(_WORDS['change_words'])}\b)[a-z-]+){{0,3}}?\s+(?:(?:from|between|until|till)\s+)?"
    rf"(?P<a>{WORD}|\d{{1,2}})(?:\s?(?:to|till|until|and|-|–)\s?(?P<b>{WORD}|\d{{1,2}}))?(?={WEEK_TIME})", re.I)
# "Five years, plus up to two", "three years and a further two", "three years and then two": a second
# duration, its unit left out
DURATION_MORE_BEFORE = re.compile(r"\b(?:years?|months?|weeks?),?\s+(?:plus|and|with)\s+(?:then\s+)?(?:(?:an?\s+|the\s+)?(?:option|extension)\s+(?:of|for|"
                                  r"to\s+extend(?:\s+(?:it|them|this|the\s+contract))?\s+(?:for|by))\s+)?"
                                  r"(?:up\s+to\s+)?(?:a\s+further\s+|another\s+|(?:an?\s+)?extra\s+)?$", re.I)
# "put the two together", "the two of them": the pair just named, with no noun of its own
OF_OTHERS_AFTER = re.compile(r"\s+of\s+(?!them\b|us\b|you\b|those\b)")  # "all four of his tests": part of another group
THE_PAIR_AFTER = re.compile(r"\s*(?:together|apart|of\s+(?:them|us|you|those)\b|[,.;:!?’'\"”)])")
# "three days a week ... would allow this to rise to five": a frequency changed, its unit left out
CHANGE_TO_BEFORE = re.compile(r"\b(?:(?:rise|rises|rising|rose|risen|increase[sd]?|increasing|go(?:es)?\s+up|went\s+up|grow|grows|grew"
                              r"|fall|falls|fell|drop|drops|dropped|reduce[sd]?|cut|cuts|extend(?:ed|s)?"
                              r"|(?:bring|brings|brought|bringing|get|gets|got|getting)\s+(?:[a-z]+\s+){0,2}?down)\s+to|rather\s+than|instead\s+of)\s+$", re.I)
FREQUENCY_EARLIER = re.compile(rf"\b(?:{NUM}|{WORD})\s+(?:days?|nights?|hours?|sessions?|shifts?)\s+(?:a|per|each)\s+(?:day|week|fortnight|month)\b[^.;!?]*$", re.I)
# "waited 19 days on average, against a target of 10": a comparison with the duration just given, its unit left out
COMPARED_BEFORE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:down|up)\s+from|within|inside)\s+(?:(?:a|an|the)\s+)?"
                             r"(?:(?:[a-z]+\s+)?(?:target|average|benchmark|standard|maximum|limit)\s+of\s+)?$", re.I)
# (a duration measured, not the period a count was made over: "supported 4,215 adults in its first
# 12 months, against a target of 4,000"; "handed over two days' supply" is no period: "over" is the verb's)
DURATION_EARLIER = re.compile(rf"(?P<period>\b(?:in|(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!took )(?<!taken )(?<!passed )(?<!turned )over|during|within|across|throughout)\s+(?:(?:the|its|their|this|that|those|these)\s+)?"
                              rf"(?:(?:first|last|past|previous|same|next)\s+)?)?"
                              rf"\b(?:{NUM}|{WORD})\s+(?:working\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b[^.;!?\d]*$", re.I)
# a duration's usual length after it: "seen within 15 working days ..., rather than the usual five"
USUAL_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of|than|compared\s+with|against)\s+(?:the\s+)?(?:usual|normal|standard|current|previous|target\s+of)\s+$", re.I)
PART_OF_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|those|these|them|its|their)\b")  # "31 of the death certificates"
PART_OF_THEM_BEFORE = re.compile(r"\b(?:the\s+)?(?:last|first|past|final|next)\s+$", re.I)
ITEM_OPENING = re.compile(r"[ \t]*\(?\d+(?:\.\d+)*[.)]?[ \t]+")  # "4.2 Fourteen residents": the item's number, then the sentence
# "from four nights a week to two": the change's other end, with the unit given at the first
FROM_TO_BEFORE = re.compile(rf"\bfrom\s+(?:{NUM}|{WORD})\b[^.;!?]{{0,40}}?\s+to\s+$", re.I)
# "pushed for one service rather than three.": the alternative to "one X", which is never a count, its noun
# left out (not "40 people rather than 25", a tally against a plan)
# ("seeing people within a week of referral, not three.": the same for a period)
ALTERNATIVE_BEFORE = re.compile(r"\b(?:one|a\s+single)\s+(?:[a-z-]+\s+){1,2}?(?:rather\s+than|instead\s+of)\s+(?:the\s+)?$"
                                r"|\b(?:one|a)\s+(?:day|week|fortnight|month|year)\b[^.;!?,]{0,30},\s+not\s+$", re.I)
# "in treatment for four years and abstinent for two.": a second "for" whose unit is left out
FOR_AGAIN_BEFORE = re.compile(rf"\bfor\s+(?:{NUM}|{WORD})\s+(?:years?|months?|weeks?|days?)\b[^.;!?]{{0,60}}?\bfor\s+$", re.I)
# (or a clause of its own: "a grant for one year rather than the three we wanted")
UNIT_LEFT_OUT_AFTER = re.compile(r"^[ \t]*(?:more\s*)?(?:[,.;:!?)’'\"”|]|\n|$)|^\s+(?:we|they|I|you|he|she|it)\s")
# "at half eleven", "by quarter past nine": a clock time the way people say it
# "full by half past nine", "a quarter to ten": the time of day, not a share (not "a quarter to two hospitals")
PAST_THE_HOUR = re.compile(r"\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                           r"(?!\s+(?:of\s+)?[a-z]+s\b)", re.I)
BY_THE_HOUR_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)By\s+$")
# "the bus at twenty to eight", "home by ten past six": minutes to or past an hour, both words a time
# (not after "from": "the number of hubs from five to four" is a change; a clock range there is read as hours)
CLOCK_MINUTES = re.compile(r"(?<!\bfrom )\b(?:[Ff]ive|[Tt]en|[Tt]wenty(?:[- ]five)?)\s+(?:to|past)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
# a document's reference, an upper-case code and its number ending a line or a table's cell: "| DPR 1742"
# (not a date in capitals, "19 JULY 2023", "APRIL 2024": see _blank_codes)
CODE_NUMBER = re.compile(r"\b([A-Z]{2,5})[ \t]+\d{1,5}(?=[ \t]*(?:\||\n|$))")
MONTH_WORD = re.compile(rf"{MONTHS}", re.I)
HALF_CLOCK = re.compile(r"\b(?:at|by|until|till|from|gone)\s+(?:half|(?:a\s+)?quarter)\s+(?:past\s+|to\s+)?$", re.I)
DAYPART_AT_BEFORE = re.compile(rf"\b(?:night|morning|evening|afternoon|{_DAY})s?\s+at\s+$", re.I)
# two hours in one clause: "at six ... by nine", "from ten until two"
# (or "a glass of wine at six and another at eight")
_HOUR_AGAIN = r"and\s+(?:another|one\s+more|a\s+second|again)\s+at"
HOUR_PAIR_BEFORE = re.compile(rf"\bat\s+{WORD}\b(?!\s+(?:of\b|[a-z]+s\b))[^.;\d]{{0,40}}\b(?:by|until|till|{_HOUR_AGAIN})\s+$", re.I)
HOUR_PAIR_AFTER = re.compile(rf"(?!\s+(?:of\b|[a-z]+s\b))[^.;\d]{{0,40}}?\b(?:by|until|till|{_HOUR_AGAIN})\s+{WORD}\b(?!\s+[a-z]+s\b)", re.I)
# an hour written in words (twelve or under), told by the words before it and, where those could
# open a count too, by the words after it (searched up to the number, matched from its end)
# setting out at an hour: "some were setting off before seven to get to an appointment", "left home at six"
DEPART_BEFORE = re.compile(r"\b(?:set|sets|setting|head|heads|heading|leave|leaves|leaving|left)\s+(?:off|out|home|the\s+house)\s+"
                           r"(?:before|by|at|after|around|about|soon\s+after)\s+$", re.I)
CLOCK_CONTEXTS = (
    (CLOCK_BEFORE, CLOCK_AFTER),  # "at four,", "between nine and five", "at eight o'clock"
    (DEPART_BEFORE, None),  # "setting off before seven to get there" (not "left home at six sites")
    (TIMED_START_BEFORE, None),  # "I'd start at eleven" (not "start at eleven sites", see _time_of_day)
    (HALF_CLOCK, re.compile(r"")),  # "at half eleven", "by quarter past nine"
    (BY_THE_HOUR_BEFORE, re.compile(r"\s*(?:,|o['’]clock\b)")),  # "By nine, every table is taken"
    (DAYPART_AT_BEFORE, re.compile(r"")),  # "Friday night at nine is when it gets dangerous"
    (HOUR_PAIR_BEFORE, re.compile(r"")),  # "a glass of wine at six became a bottle by nine"
    (re.compile(r"\bat\s+$"), HOUR_PAIR_AFTER),
    # "pours a sherry at eleven and doesn't stop": an hour, then the clause goes on
    (re.compile(r"\bat\s+$"), re.compile(rf"\s+(?:and|or|until|till|sharp)\b(?!\s+(?:\d|{WORD}\b))")),
)
# item numbers: "1.", "2)", "(3)", "4.2.1", "3.4 Officers" or a minute heading "47 Drug and Alcohol
# Service" at a line start (also "*47 ...", a key decision's mark), "(1) That ..." anywhere; a line
# that starts with a bare number and goes on in lower case ("412 people started treatment") is a figure in a list
# (also a minute's number after its committee's letters, "JHOSC 12 Alcohol-Related Harm", and one of
# four digits before a heading in capitals, "1188 ADULT DRUG AND ALCOHOL TREATMENT", or before a heading
# line that holds no full stop, "2981 Apologies", "2985 Drug and alcohol services: contracts from 1 April")
LINE_NUMBER = re.compile(r"(?m)^[ \t]*[A-Z]{2,6}[ \t]+\d{1,4}(?=[ \t]+[A-Z])|^[ \t]*\d{4}(?=[ \t]+[A-Z]{3,}\b|[ \t]+[A-Z][a-z][^.\n]*$)"
                         r"|^[ \t]*[*•·▪‣–-][ \t]+\d{1,3}(?=\s[A-Z][a-z]+\s+(?:(?:and|of|&)\s+)?[A-Z][a-z])|^[ \t]*\*?(?:\(?\d+[.)]|\d+(?:\.\d+){2,}|(?:\d+\.\d+|\d{1,3})(?=\s[A-Z]|[ \t]{2,}[A-Z]))(?=\s)")
# a label in brackets inside a line: "the council will (1) review ... (2) ..." (not "21 (17)": last year's figure
# beside this year's, nor a cell's "| (75) |", nor the count of a share: "half of those who died (29)")
PLACE_BEFORE_BRACKET = re.compile(r"\b((?:[A-Z][a-z’'-]+ )?[A-Z][a-z’'-]+) $")  # one or two capitalised words
INLINE_LABEL = re.compile(r"(?<![\d%] )(?<!\| )\((?:\d{1,2}|[a-z]|[ivx]+)\)(?=\s)")
SHARE_BEFORE = re.compile(r"(?:\b(?:half|thirds?|quarters?|fifths?|tenths?)\b|\bin\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b"
                          r"|%|\bper\s?cent\b)[^.;:()\n]{0,60}$", re.I)
APPROX = re.compile(rf"\b({lexicon.words_regex(_WORDS['approx'])})\s*$", re.I)
RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:£\s?)?$", re.I)
RANGE_DASH = re.compile(r"^(?:\s?[-–]\s?|\s+to\s+)£?\d")  # "200-250 people", "25 to 30 people": the low end
PERIOD = re.compile(r"\b(?:(?:in|during|for|by) )?((?:19|20)\d\d(?:/|-)(?:\d\d){1,2}|(?:19|20)\d\d)\b|\b(a year|per year|each year|per annum|annually|a month|per month|a week|per week)\b", re.I)

# first match wins; patterns look at the sentence around the figure
KINDS = [(k["name"], k["cues"]) for k in _WORDS["kinds"]]
KIND_RES = [(k, re.compile(p, re.I)) for k, p in KINDS]
KIND_SKIP_UNITS = {k["name"]: frozenset(k["skip_units"]) for k in _WORDS["kinds"]}
FALLBACK_KIND = _WORDS["fallback_kind"]


def _blank_inline_labels(text):
    """Blank the bracketed labels inside a line, keeping a share's count ("one in five (12) had been released")."""
    for m in INLINE_LABEL.finditer(text):
        if not (m.group(0)[1:-1].isdigit() and (SHARE_BEFORE.search(text, max(0, m.start() - 80), m.start())
                                                or _place_before(text, m.start()))):
            text = text[:m.start()] + " " * len(m.group(0)) + text[m.end():]
    return text


def _place_before(text, at):
    """Whether a place's name stands just before `at`: "the largest numbers in Boston (13) and East Lindsey (11)"
    gives each place's count in brackets."""
    named = PLACE_BEFORE_BRACKET.search(text, max(0, at - 40), at)
    return bool(named and gazetteer.is_place_name(named.group(1)))


def _blank(text, pattern):
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _blank_codes(text):
    """Blank a document's code and number ("| DPR 1742"), but not a month and year in capitals."""
    return CODE_NUMBER.sub(lambda m: m.group(0) if MONTH_WORD.fullmatch(m.group(1)) else " " * len(m.group(0)), text)


ID_HEADERS = {h.lower() for h in _WORDS["id_column_headers"]}
BAND_HEADERS = {h.lower() for h in _WORDS["band_column_headers"]}


# a column headed in pounds: "£", "£000", "£'000", "£m", "Budget (£)", "2023/24 £k"
MONEY_HEADER = re.compile(r"(?:[\w/ -]*?\s)?\(?£\s?(?:'?(000|k|m)s?)?\)?", re.I)
MONEY_HEADER_SCALE = {None: 1, "k": 1_000, "000": 1_000, "m": 1_000_000}
CELL_AMOUNT = re.compile(rf"\s*\(?({NUM})\)?\s*")  # "(155)": a sum taken off, in brackets
# a column of a table headed in pounds by its row labels' heading that holds no sums: dates, references
NOT_SUM_COLUMN = re.compile(r"\b(?:dates?|start|end|ref(?:erence)?|no|number|code|ward|page|lot|rank)\b", re.I)


def _money_cells(text):
    """(start, end, value) of the amounts in table columns headed in pounds ("Budget line | £" then
    "Inpatient detoxification | 260,000"): sums of money, though written without "£"."""
    if "£" not in text:
        return []
    out = []
    for a, b, scale in tables.headed_cells(text, _money_scale, spread=lambda h: not NOT_SUM_COLUMN.search(h)):
        m = CELL_AMOUNT.fullmatch(text, a, b)
        value = numbers.parse_amount(m.group(1)) if m else None
        if value is not None:
            out.append((m.start(1), m.end(1), value * scale))
    return out


def _money_scale(heading):
    head = MONEY_HEADER.fullmatch(heading)
    return head and MONEY_HEADER_SCALE[head.group(1) and head.group(1).lower()]


# a column whose heading is a rate: "Rate per 100,000", "(rate per 100,000 population)"
RATE_HEADER = re.compile(rf"\brate\b[^|;\n]*?\b{RATE_WORDS}\s+({DENOMINATOR})\b|^\W*{RATE_WORDS}\s+({DENOMINATOR})\b", re.I)
# a legend naming the columns of the lines after it: "... were as follows (number of admissions; rate per 100,000):"
COLUMN_LEGEND = re.compile(r"\(([^()\n]*;[^()\n]*)\)[ \t]*:[ \t]*$", re.M)
# one of those lines: "Tendring: 1,024; 712", "England: rate 587"
LEGEND_ROW = re.compile(r"[ \t]*[A-Z][^\n:;|]{0,60}:[ \t]*([^\n]+)")
NEXT_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*")
CELL_RATE = re.compile(rf"[ \t]*(?:rate[ \t]+(?:of[ \t]+)?)?({NUM})[ \t]*", re.I)


def _rate_cells(text):
    """(start, end, value, denominator) of the numbers in columns headed as a rate, in a "|" table
    ("Area | Admissions | Rate per 100,000") or in lines after a legend ("(number of admissions; rate
    per 100,000):" then "Harlow: 502; 583"): rates, not counts."""
    out = [cell for a, b, per in tables.headed_cells(text, _rate_denominator) for cell in _rate_cell(text, a, b, per)]
    for legend in COLUMN_LEGEND.finditer(text):
        heads = [_rate_denominator(h) for h in legend.group(1).split(";")]
        if not any(heads):
            continue
        at = legend.end()
        while True:
            line = NEXT_LINE.match(text, at)  # blank lines may stand between rows
            row = LEGEND_ROW.match(text, line.end()) if line else None
            if not row:
                break
            cells, start = [], row.start(1)
            for part in row.group(1).split(";"):
                cells.append((start, start + len(part)))
                start += len(part) + 1
            columns = heads
            if len(cells) == 1 and text[slice(*cells[0])].strip().lower().startswith("rate"):
                columns = [per for per in heads if per][:1]  # "England: rate 587": the rate alone
            for (a, b), per in zip(cells, columns):
                if per:
                    out += _rate_cell(text, a, b, per)
            at = row.end()
    return out


def _rate_denominator(head):
    m = RATE_HEADER.search(head.strip())
    return m and numbers.parse_amount(m.group(1) or m.group(2))


def _rate_cell(text, a, b, per):
    m = CELL_RATE.fullmatch(text, a, b)
    value = numbers.parse_amount(m.group(1)) if m else None
    return [(m.start(1), m.end(1), value, per)] if value is not None else []


def _blank_id_columns(text):
    """Blank the cells under a table header that labels them ("Lot | Service | Provider" then
    "1 | Adult treatment | ..."): lot, item and reference numbers are no counts, nor the bounds of
    a band ("Age group" then "35 to 44")."""
    if "|" not in text:
        return text
    out = list(text)

    def kind(heading):
        heading = heading.lower().rstrip(".:")
        return "id" if heading in ID_HEADERS else "band" if heading in BAND_HEADERS else None
    for a, b, mark in tables.headed_cells(text, kind):
        if mark == "band" or re.fullmatch(r"\s*\d{1,3}[a-z]?\s*", text[a:b]):  # only a bare number: "1", "2b"
            out[a:b] = " " * (b - a)
    return "".join(out)


class FigureFinder:
    def __call__(self, doc):
        text = doc_text(doc)
        taken = [False] * len(text)
        figures = []

        def claim(start, end):
            if any(taken[start:end]):
                return False
            for i in range(start, end):
                taken[i] = True
            return True

        scrubbed = _blank(_blank(_blank(_blank(_blank(_blank(text, PHONE), LINE_NUMBER), ROI), PAGE_OF), CLOCK_MINUTES), CONFIDENCE)
        scrubbed = _blank_inline_labels(scrubbed)
        scrubbed = _blank_id_columns(_blank_codes(_blank(scrubbed, FOOTNOTE_MARK)))
        for row in DURATION_ROW.finditer(scrubbed):
            scrubbed = scrubbed[:row.start(2)] + re.sub(r"\d", " ", row.group(2)) + scrubbed[row.end(2):]
        for m in RATE.finditer(scrubbed):
            # "14.2 deaths per 100,000 population": the rate of deaths; "9.4 per 1,000 residents"
            value, per = numbers.parse_amount(m.group(1)), numbers.parse_amount(m.group(3))
            if value is not None and per and claim(m.start(), m.end(3)):
                after = m.group(4) if m.group(4) and not m.group(4).lower().endswith("ly") else None  # not "nationally"
                of = (m.group(2) or after or "").lower() or None
                figures.append((m.start(), m.end(3), value, "rate", {"denominator": per, "rate_of": of}))
                # "admission rates of 870 and 640 per 100,000": the first of a pair shares the denominator
                pair = RATE_PAIR_BEFORE.search(scrubbed, max(0, m.start() - 30), m.start())
                if pair and claim(pair.start(1), pair.end(1)):
                    figures.append((pair.start(1), pair.end(1), numbers.parse_amount(pair.group(1)), "rate",
                                    {"denominator": per, "rate_of": of}))
                compared = RATE_COMPARED_AFTER.match(scrubbed, m.end())
                against = numbers.parse_amount(compared.group(1)) if compared else None
                # of the rate's own size ("compared with 636"), not a count set against the one before it
                # ("52 deaths, a rate of 3.6 per 100,000, compared with 37 in 2013-15")
                if against and value and 1 / 3 <= against / value <= 3 and claim(compared.start(1), compared.end(1)):
                    figures.append((compared.start(1), compared.end(1), against, "rate",
                                    {"denominator": per, "rate_of": of}))
                item = RATE_LIST_FIRST.match(scrubbed, m.end()) if not compared else None
                while item is not None:
                    other = numbers.parse_amount(item.group(1))
                    if not (other and value and 1 / 10 <= other / value <= 10) or not claim(item.start(1), item.end(1)):
                        break
                    figures.append((item.start(1), item.end(1), other, "rate", {"denominator": per, "rate_of": of}))
                    item = RATE_LIST_NEXT.match(scrubbed, item.end())
        for start, end, value, per in _rate_cells(scrubbed):
            if claim(start, end):
                figures.append((start, end, value, "rate", {"denominator": per, "rate_of": None}))
        for row in RATE_ROW.finditer(scrubbed):
            per = numbers.parse_amount(row.group(2))
            for m in re.finditer(rf"(?<![\w.,]){NUM}(?![\w%]|\.\d|,\d)", row.group(3)):
                at = row.start(3) + m.start()
                value = numbers.parse_amount(m.group(0))
                if value is not None and per and claim(at, at + len(m.group(0))):
                    figures.append((at, at + len(m.group(0)), value, "rate", {"denominator": per, "rate_of": None}))
        # (before the bare denominators go: "fewer than two in every 100 people" is a share)
        for m in anchored.finditer(ONE_IN, scrubbed, ONE_IN_WORDS):
            a, b = numbers.parse_amount(m.group(1)), numbers.parse_amount(m.group(2))
            year_like = re.fullmatch(r"(1[89]|20)\d\d", m.group(2))
            if a and b and b > a and a <= 20 and not year_like and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), round(100 * a / b, 2), "percent"))
        scrubbed = _blank(scrubbed, BARE_DENOMINATOR)  # "the rate per 100,000 people"
        for start, end, value in _money_cells(scrubbed):
            if claim(start, end):
                figures.append((start, end, value, "GBP"))
        for m in MONEY.finditer(scrubbed):
            value = numbers.parse_amount(m.group(0))
            if re.match(r"£\s?0\d", m.group(0)):
                continue  # "£000s", "£0000": a column heading in thousands, not a sum
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "GBP"))
        for m in MONEY_CODE.finditer(scrubbed):
            value = numbers.parse_amount(re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3})", "", m.group(1) or m.group(2)))
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "GBP"))
        for m in anchored.finditer(MONEY_WORDS, scrubbed, POUNDS_WORD):
            if LOOSE_AMOUNT_BEFORE.search(scrubbed, max(0, m.start() - 12), m.start()):
                claim(m.start(), m.end())  # "a few hundred thousand pounds": no sum is stated
                continue
            value = numbers.parse_amount(m.group(1))
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "GBP"))
        for m in PENCE.finditer(scrubbed):
            if not NAME_WORD_BEFORE.search(scrubbed, max(0, m.start() - 30), m.start()) and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), int(m.group(1)) / 100, "GBP"))
        for m in anchored.finditer(PLAIN_POUNDS, scrubbed, POUNDS_WORD):
            value = numbers.parse_amount(m.group(1))
            if value is not None and not LOOSE_AMOUNT_BEFORE.search(scrubbed, max(0, m.start() - 12), m.start()) \
                    and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "GBP"))
        for m in GRAND.finditer(scrubbed) if "grand" in scrubbed else ():
            value = numbers.parse_amount(m.group(1))
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value * 1000, "GBP"))
        for m in anchored.finditer(PERCENT, scrubbed, PERCENT_WORD):
            value = numbers.parse_amount(m.group(1))
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "percent"))
                low = PERCENT_RANGE_LOW.search(scrubbed, max(0, m.start() - 40), m.start())
                low_value = numbers.parse_amount(low.group(1)) if low else None
                if low_value is not None and low_value < value and claim(low.start(1), low.end(1)):
                    figures.append((low.start(1), low.end(1), low_value, "percent"))  # "between 55 and 60 per cent"
        for m in anchored.finditer(POINTS, scrubbed, POINTS_WORD):
            lo = sentence_bounds(scrubbed, m.start())[0]
            value = numbers.parse_amount(m.group(1))
            if value is not None and PERCENT_WORD.search(scrubbed, lo, m.start()) and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "percent"))
        for m in anchored.finditer(FRACTION, scrubbed, FRACTION_WORD):
            g = m.lastindex  # the one alternative that matched: "rose by almost a third" gives the fraction, not "by almost"
            value = numbers.fraction_value(re.split(r"[\s-]+", m.group(g).lower()))
            if value in (0.5, 0.25) and PAST_THE_HOUR.match(scrubbed, m.end(g)):
                continue  # "by half past nine"
            if m.group(g).lower() == "a quarter" and PER_QUARTER_BEFORE.search(scrubbed, max(0, m.start(g) - 40), m.start(g)) \
                    and not scrubbed.startswith(" of ", m.end(g)):  # ("... since 2008 and around a quarter of them")
                continue  # "around 60 people a quarter were released": each quarter of the year, not a share
            if m.group(g).lower() == "a third" and ANOTHER_BEFORE.search(scrubbed, max(0, m.start(g) - 100), m.start(g)):
                continue  # "seen by one agency, assessed by another and housed by a third": the third one
            if m.group(g).lower() == "a third" and ORDINAL_PLANNED_AFTER.match(scrubbed, m.end(g)):
                continue  # "groups in Shirley and Solihull, with a third planned for Knowle": the third group
            if value is not None and claim(m.start(g), m.end(g)):
                figures.append((m.start(g), m.end(g), round(100 * value, 2), "percent"))
        for m in anchored.finditer(SHARE_GOES_ON, scrubbed, FRACTION_WORD):
            lo = sentence_bounds(scrubbed, m.start())[0]
            value = numbers.fraction_value(re.split(r"[\s-]+", m.group(1).lower()))
            # (the share before may be a percentage or a share in words: "three in five had been referred
            # mainly for cannabis, and a fifth for alcohol")
            shared = PERCENT_WORD.search(scrubbed, lo, m.start()) or any(
                f[3] == "percent" and lo <= f[0] < m.start() for f in figures)
            if value is not None and shared and claim(m.start(1), m.end(1)):
                figures.append((m.start(1), m.end(1), round(100 * value, 2), "percent"))
        for m in COUNT.finditer(scrubbed):
            start, end = m.start(1), m.end(1)
            if any(taken[start:end]) or not self._is_count(doc, text, scrubbed, m.group(1), start, end):
                continue
            value = numbers.parse_amount(m.group(1))
            if value is not None and claim(start, end):
                figures.append((start, end, value, "count"))
        # Span.sent walks the whole doc on every call: find each figure's sentence once, by offset
        sents = list(doc.sents)
        starts = [s.start_char for s in sents]
        chunks = {}  # a sentence's noun chunks by its start, read only for sentences that hold a figure
        records = [self._record(doc, text, chunks, sents[max(0, bisect.bisect_right(starts, f[0]) - 1)] if sents else None, *f)
                   for f in sorted(figures, key=lambda f: f[:2])]
        _link_repeats(records, text)
        doc._.rw_figures = records
        return doc

    @staticmethod
    def _is_count(doc, original, text, raw, start, end):
        low = raw.lower().strip()
        if low == "one" and VOTES_TO_BEFORE.search(text, max(0, start - 30), start):
            return True  # "carried by four votes to one": the other side of a vote's tally
        if low in ("a", "an", "one", "zero") or (low.startswith(("a ", "an ")) and not (
                re.fullmatch(r"an? (?:hundred|thousand|million)", low) and _counts_a_noun(text[end:end + 40]))):
            return False  # "one front door", "a million" on its own; but "more than a thousand people"
        if re.fullmatch(r"0[\d,]+", raw):
            return False  # "£'000", "0300": a heading or a code, never a count
        if raw[:1].isupper() and any(gazetteer.is_place_name(raw + m.group(0)) for m in
                                     (PLACE_AFTER_WORD.match(original, end), PLACE_AFTER_TWO.match(original, end)) if m):
            return False  # "Three Bridges Recovery Circle", "Seven Sisters": a place whose name opens with a number
        if re.fullmatch(r"\d{7,}", raw):
            return False  # "CPV code 85323000", a charity number: prose puts commas in a count that large
        if re.fullmatch(r"\d+\.\d+", raw):
            return False  # decimals without a unit are paragraph or version numbers
        if low[:1].isdigit() and re.search(r"[a-z]$", low) and not re.search(r"(million|billion|m|bn)$", low):
            return False  # digits glued to other letters
        digits = re.sub(r"\s?(million|billion|m|bn)$", "", raw.replace(",", ""), flags=re.I)
        if digits.isdigit() and "," not in raw and 1800 <= int(digits) <= 2100:
            return False  # a year
        after, before = text[end:end + 40], text[max(0, start - 40):start]
        if AFTER_NOT_COUNT.match(after) or COLON_LABEL.search(before):
            return False
        if re.fullmatch(r"\d{5,}", raw) and ID_LABEL_BEFORE.search(before):
            return False  # "ITEM: 11 | Decision: 110593": a record's number (a count this big is written with commas)
        if (more := OR_MORE_AFTER.match(after)) and AFTER_NOT_COUNT.match(text[end + more.end():end + more.end() + 40]):
            return False  # "for five or more years of volunteering": a duration with its bound
        listed = NUMBER_LIST_AFTER.match(text, end)
        if listed and re.match(r"\s+(?:years?|months?|weeks?|days?|nights?|hours?|minutes?)\b", text[listed.end():listed.end() + 20], re.I):
            return False  # "on a methadone script for five, six, seven years": a list of durations
        band = AGE_BAND_LABEL.match(text, text.rfind("\n", 0, start) + 1)
        if band and start < band.end():
            return False  # "18 to 29: 164", "65 and over: 72": an age band labels the line's count
        if not digits.isdigit() and raw[:1].isupper() and NAME_WORD_BEFORE.search(before):
            return False  # "while Chafford Hundred and South Ockendon": the end of a place's name
        if SESSION_FREQUENCY_AFTER.match(after) and (numbers.parse_amount(raw) or 0) < 50 \
                and not (APPROX.search(before) and (numbers.parse_amount(raw) or 0) >= 10):
            # "two outreach sessions a week", "at least three contacts a week": how often, where "300
            # visits a month" or "more than 40 free sessions a week" is a tally
            return False
        # ("at the end of November 1,212 adults": no day of a month is written so)
        no_day = MONTH_BEFORE.search(before) and not DAY_OR_YEAR.fullmatch(raw.strip())
        # ("In the last quarter 412 people": a quarter with "the" is no numbered one, as "in quarter 3" is)
        no_day = no_day or (THE_QUARTER_BEFORE.search(before) and _counts_a_noun(after))
        age_before = AGE_PREDICATE_BEFORE.search(before) and (numbers.parse_amount(raw) or 0) <= 120
        if digits.isdigit() and BARE_AFTER.match(after) and LABEL_LIST_BEFORE.search(before):
            return False
        if (NUMBERED_ROOM_BEFORE.search(before) or AT_RATHER_THAN_BEFORE.search(before)) and not _counts_a_noun(after):
            return False  # "in court two at Kettering": which room, not how many; "at 14 rather than 24": an age
        if (BEFORE_NOT_COUNT.search(before) or age_before) and not no_day and not (re.search(r"\b(?i:on|at)\s+$", before)  # ("On four occasions")
                                                    and (_counts_a_noun(after) or PART_OF_WHOLE_AFTER.match(after))) \
                and not TALLY_UNDER_BEFORE.search(before) and not (WE_WERE_BEFORE.search(before) and _counts_a_noun(after)):
            return False  # "on 12 March", "started drinking at 14", but "on 38 occasions", "at two hostels",
            # "on 31 of the certificates", "we were five parents" count them
        if AGE_BEFORE.search(text, max(0, start - 40), start) and (NOTHING_AFTER.match(after) or re.match(r"\s+(?:and|or|but)\b", after)) \
                and 10 <= (numbers.parse_amount(raw) or 0) <= 110:
            return False  # "I didn't think I'd see 40."
        if PERSON_IS_BEFORE.search(text, max(0, start - 40), start) and re.match(r"^\s*(?:[,.;!?]|and\b|now\b|$)", after) \
                and 10 <= (numbers.parse_amount(raw) or 0) <= 110:
            return False  # "My son is 26 and has been trying to stop drinking"
        if re.search(r"(?:^|[.!?]\s+|\n)Now\s+$", text[max(0, start - 10):start]) and AGE_NOW_AFTER.match(after):
            return False  # "Now 33, she works ..."
        if AGE_BY_BEFORE.search(text, max(0, start - 120), start) and not _counts_a_noun(after) \
                and 10 <= (numbers.parse_amount(raw) or 0) <= 99:
            return False  # "had his first drink at 13, was using heroin by 20"
        if MEMBERS_OF_BEFORE.search(before) and MEMBERS_AFTER.match(after):
            return False  # "the partnership’s three organisations": its fixed membership
        if PERSON_AT_BEFORE.search(text, max(0, start - 60), start) and not _counts_a_noun(after) \
                and 14 <= (numbers.parse_amount(raw) or 0) <= 100:
            return False  # "I would rather see someone at 35 than at 55": a person at an age
        if re.search(r"\bat\s+$", before) and AGE_AT_AFTER.match(after) and 14 <= (numbers.parse_amount(raw) or 0) <= 100:
            return False  # "Now, at 47, he is ...", "then at 18 he got a letter"
        if digits.isdigit() and 10 <= int(digits) <= 99 and re.search(r"\bat\s+$", before) and AT_AGE_CLOSING_AFTER.match(after) \
                and not LEVEL_IN_CLAUSE_BEFORE.search(text, max(0, start - 80, text.rfind("\n", 0, start), *(text.rfind(c, 0, start) for c in ",;:")), start):
            return False  # "becoming a much bigger problem at 19.": an age, where "the total stood at 26." is a level
        if REACHES_AGE_BEFORE.search(before) and REACHES_AGE_AFTER.match(after) and 10 <= (numbers.parse_amount(raw) or 0) <= 110:
            return False  # "the young person who reaches 18 and falls through the gap"
        if MOVED_AT_BEFORE.search(text, max(0, start - 80), start) and 10 <= (numbers.parse_amount(raw) or 0) <= 99 \
                and not _counts_a_noun(after) and not re.match(r"\s*(?:of|per|%|out)\b", after):
            return False  # "moved to the adult service at 18": an age, where "seen at 16 hubs" counts them
        if REF_CODE_BEFORE.search(text, max(0, start - 40), start):
            return False
        if USUAL_BEFORE.search(before) and DURATION_EARLIER.search(text, max(0, start - 160), start) and not _counts_a_noun(after):
            return False  # "seen within 15 working days ..., rather than the usual five": the duration's usual length
        if re.search(r"\bout\s+of\s+$", before) and LEAGUE_AREAS_AFTER.match(after) \
                and RANK_WORDS.search(text, max(0, start - 200), min(len(text), end + 120)):
            return False  # "Only Blackpool and Middlesbrough, out of 150 council areas, had higher rates": a league's size
        if any(m.start() <= start and end <= m.end() for m in NAMED_NUMBER.finditer(text, max(0, start - 8), end + 24)):
            return False  # "the 12 steps", "the 0-19 healthy child programme": part of a name
        if _in_code(text, start, end):
            return False  # "Report reference: AH/41/24-25", "file PH/2019/07": part of a reference
        if AGE_WHEN_AFTER.match(after) and re.search(r"\b(?:was|is|were)\s+\d{1,2}\b[^.!?\n]*\band\s+$", text[max(0, start - 120):start]):
            return False  # "Jo was 19 the first time ... and 31 when she asked for help"
        if EXTREME_AGE_BEFORE.search(text, max(0, start - 120), start):
            return False
        if (re.search(r"\b(?:were|are|was|is|be|being)(?:\s+(?:now|all|mostly|mainly|still|already|largely))?\s+(?:over|under)\s+$", before)
                and re.match(r"^\s*(?:[.,;:!?)–—]|$|and\b|-\s)", after)
                and 10 <= (numbers.parse_amount(raw) or 0) < 100 and not TALLY_UNDER_BEFORE.search(before)):
            # (not a tally held below a mark: "the waiting list is now under 40 and it is falling")
            return False  # "the people dying were now over 40.", "were over 45 and many had ...", "were over 35 – an age": an age
        if re.match(r"^[.)]\s", after) and re.search(r"(?:^|\n)\s*(?:[A-Z]{0,4}\d+(?:\.\d+)*[.)]?\s+)*\(?$", text[max(0, start - 30):start]):
            return False  # "65. 1. That the report be noted": a resolution's numbering
        if start in _paragraph_numbers(doc, text):
            return False  # "14202 Councillor X declared an interest", "3 Background": a minute's or section's number
        if re.fullmatch(r"\d{1,2}", raw) and re.search(r"[.!?]\s+$", before) and re.match(r"[.)]\s+[A-Z][a-z]", after):
            return False  # "... stated in the specifications. 1. Quality: 60%. 2. Price: 40%.": points numbered in the run of text
        if not digits.isdigit() and re.search(r"\bin\s+$", before) and re.match(r"^\s*[.,;:!?”\"’']", after):
            return False  # "done in a year what the old system couldn't do in five": a period left unsaid
        if not digits.isdigit() and re.match(r"\s+(?:(?:or|and)\s+(?:more|fewer|so|[a-z]+(?:-[a-z]+)?)\s+)?times\b", after):
            return False  # "admitted at least three times", "four and five times": how often, where "used 37 times" is a tally
        if re.match(r"\s+(?:or|to|-|–)\s*\d{1,3}\s+times\b", after) or (re.search(r"\b\d{1,3}\s+(?:or|to|-|–)\s*$", before) and re.match(r"\s+times\b", after)):
            return False  # "admitted 20 or 30 times": a loose how-often, each end of it
        if re.search(r"(?:^|[.!?]\s+|\n)[“\"‘']?$", text[max(0, start - 3):start]) and AGE_SUBJECT_AFTER.match(after):
            return False  # "Eighteen is an arbitrary line.": an age as the subject of a sentence about it
        ranged = RANGE_ON.match(text[end:end + 40])
        if ranged and AFTER_NOT_COUNT.match(text[end + ranged.end():end + ranged.end() + 20]):
            return False  # "three to five years"
        if (fixed := FIXED_BEFORE.search(before) and FIXED_AFTER.match(text[end:end + 60])) \
                and not CHOSEN_AFTER.match(text, end + fixed.end()):
            return False  # "the city's six towns": geography, not a measure (but "one of 40 areas to receive the grant")
        if re.search(r",\s+$", before) and OF_GEOGRAPHY_AFTER.match(after):
            return False  # "highest in Stevenage and Watford, two of the county's ten districts": the places just named
        if re.search(r"\ball\s+$", before, re.I) and WHOLE_MEMBERSHIP.match(after):
            return False  # "all 66 councillors": how the council is made up
        if WARD_MEMBERS_BEFORE.search(before) and WARD_MEMBERS_AFTER.match(after):
            return False  # "one of three councillors for Farnworth ward": how the ward is represented
        small = (numbers.parse_amount(raw) or 99) <= 20
        if AREA_POSSESSIVE_BEFORE.search(before) and small and KINDS_AFTER.match(text[end:end + 60]):
            return False  # "the county's two drug and alcohol services"
        if (councils := COUNCILS_AFTER.match(after)) and small \
                and not UPTAKE_AFTER.match(after, councils.end()) \
                and not (re.search(r"\bone\s+of\s+$", before) and CHOSEN_AFTER.match(after, councils.end())):
            return False  # "Three councils buying together will get more": councils counted, not a measure
        if small and (named := NAMED_LIST_THE_BEFORE.search(before)) \
                and len(re.split(r",\s+|\s+and\s+", named.group(1))) == numbers.parse_amount(raw):
            return False  # "Birmingham and Coventry, the two largest users, agreed": the places just named, described
        if raw.lower() == "two" and re.search(r"\bbetween\s+the\s+$", before) and not _counts_a_noun(after):
            return False  # "the gap between the two": the pair just named
        if SPLIT_BEFORE.search(before) and PAIR_AFTER.match(after):
            return False  # "currently split between two organisations"
        if raw.lower() == "two" and re.search(r"\b[Tt]he\s+(?:first\s+|last\s+|other\s+|remaining\s+)?$", before) and (
                PAIR_AFTER_WIDE.match(after) or _stands_for_group(doc, start, end, after)):
            # the pair just named, not a tally: "the two services now share a rota", "the two went
            # together", "put the two together"
            return False
        if raw.lower() == "two" and (pair := PAIR_AFTER_WIDE.match(after)) and AS_PAIR_LATER.match(text, end + pair.end(), end + 200):
            return False  # "two services doing their best with people who don't fit into either of them"
        if not digits.isdigit() and small and re.search(r"\b[Aa]ll\s+$", before) and _stands_for_group(doc, start, end, after):
            return False  # "led the procurement on behalf of all three", "All four were charged": the group just named
        if digits.isdigit() and re.search(r"\b[Tt]he\s+$", before) and _stands_alone(doc, start, end) \
                and BUS_WORDS.search(text, max(0, text.rfind("\n", 0, start)), start):
            return False  # "routes 4 and 17 ... The 17 will run every 12 minutes": a route by its number
        if digits.isdigit() and not RANGE_BEFORE.search(before) \
                and (BUS_ROUTES_AFTER.match(after) or (ROUTE_LISTED_BEFORE.search(before) and BUSES_AFTER.match(after))):
            return False  # "The 127 and 280 buses stop outside the hub", "the 36 bus": routes by their numbers
        if digits.isdigit() and RIDE_THE_BEFORE.search(before) and TO_PLACE_AFTER.match(after):
            return False  # "sitting on the 17 into Rochdale": a bus by its number
        if re.search(r"\bevery\s+$", before) and not _counts_a_noun(after):
            return False  # "every 12 minutes instead of every 30": how often, its unit left unsaid
        if re.search(r"\b(?:be|are|is|were|was)\s+$", before) and AGE_LIMIT_AFTER.match(after) \
                and 10 <= (numbers.parse_amount(raw) or 0) <= 110:
            return False  # "volunteers must be 18 or over": an age limit
        if raw.lower() == "two" and re.search(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+$", before) and PAIR_AFTER.match(after):
            return False  # "across our two Islington services": the pair a body has, as "the two services"
        if raw.lower() in ("three", "four") and re.search(r"\b[Tt]he\s+(?:other\s+|remaining\s+)?$", before) \
                and MEMBERS_AFTER.match(after) and not CLAUSE_DEFINES_AFTER.match(after):
            return False  # "the findings commit the three organisations to new targets": the bodies just named
        if not digits.isdigit() and _time_of_day(text, start, end, raw):
            return False  # "at four,", "start at eleven", "by half nine", "By nine, ...": an hour in words
        if FigureFinder._hours(raw, text[max(0, start - 30):start], text[end:end + 30]):
            return False
        if (DURATION_MORE_BEFORE.search(before) or FOR_AGAIN_BEFORE.search(text, max(0, start - 100), start)
                or ALTERNATIVE_BEFORE.search(before)) and UNIT_LEFT_OUT_AFTER.match(after):
            return False  # "five years, plus up to two": the unit is left out
        if ((CHANGE_TO_BEFORE.search(before) or FROM_TO_BEFORE.search(text, max(0, start - 60), start)) and UNIT_LEFT_OUT_AFTER.match(after)
                and (FREQUENCY_EARLIER.search(text, max(0, start - 160), start) or _duration_before(text, start))
                and not NUMBER_OF_BEFORE.search(text, max(0, start - 140), start)):  # (not "the number of flats from six to ten")
            return False  # "three days a week, and the grant would let this rise to five.": the unit is left out
        if COMPARED_BEFORE.search(before) and (UNIT_LEFT_OUT_AFTER.match(after) or PLACE_ONLY_AFTER.match(after)
                                               or (WHEN_ONLY_AFTER.match(after) and DURATION_THEN_CHANGE_BEFORE.search(before))) \
                and _duration_before(text, start):
            return False  # "waited 19 days for an assessment, against a target of 10.", "19 days, against 11 in Norwich.",
            # "eight days, down from 23 in March."
        if PART_OF_THEM_BEFORE.search(before) and re.match(r"\s+of\s+(?:them|those)\b", after) \
                and re.search(r"\b(?:years?|months?|weeks?|days?)\b", text[max(0, start - 80):start]):
            return False  # "for 19 years, the last six of them in Bolton": a part of a period
        if FigureFinder._opening_hours(text, start, end):
            return False  # "open from 10 till 4 on Saturdays"
        if ADDRESS.match(after):
            return False
        if (gate := GATE_STREET_AFTER.match(after)) and not gazetteer.is_place_name(gate.group(1)):
            return False  # "The café at 14 Saltergate is open": a house number on a northern street of one word
        if WHERE_AT_BEFORE.search(before) and NAMED_PLACE_AFTER.match(after):
            return False  # "The drop-in is at 27 Selsey Plain and is open on weekdays": a house number and its street
        if (street := STREET_THEN_TOWN.match(after)) and gazetteer.is_place_name(street.group(2).title()) \
                and not gazetteer.is_place_name(street.group(1).title()):
            return False  # "– 14 BRAMCOTE LANE, FROME:", "9 Kingsmoor, Frome": a house number, its street and town
        if (re.search(r"\b[A-Z][^\W\d_’'-]*[a-z][^\W\d_]*(?:[’'-][^\W\d_]+)*(?:\s+\([^()\n]{1,40}\))?,\s*$", before)
                and (re.match(r"^\s*(?:,|\.(?:\s|$|[”\"’']))", after)
                     # ("identified only as Tavish, 17:", not a place's count in a list: "Leeds, 38:")
                     or (after.lstrip().startswith(":") and not gazetteer.is_place_name(before.rstrip(" ,").split()[-1])))
                and int(digits or 0) < 120):
            return False  # "Jo Marsh, 38, completed ...", "Jamie (not his real name), 46, from Hatfield": an age in apposition
        if before.endswith("(") and after.startswith(")") and int(digits or 0) < 120 \
                and (named := PLACE_BEFORE_BRACKET.search(before[:-1])) and not gazetteer.is_place_name(named.group(1)):
            return False  # "Jo Marsh (38)", not "adults in treatment in Middlesbrough (1,702)"
        if PERSON_NOUN_COMMA_BEFORE.search(before) and re.match(r"^\s*,", after) and int(digits or 0) < 120:
            return False  # "gave a Leyton man, 29, a curfew": an age in apposition to a person
        if re.search(r"[\w)]\($", before) and after.startswith(")"):
            return False  # "paragraph 12(3)(b) of the Act": a subsection of what is cited
        if re.search(r"\binto\s+$", before) and re.match(r"^\s*[.,;:!?)]", after):
            return False  # "splitting one council into two.": the pieces of a split, the unit left out
        if raw.lower() in ("two", "three") and SPLIT_IN_BEFORE.search(before) and not _counts_a_noun(after):
            return False  # "splitting a county service in two was never going to be painless"
        if BY_THE_HOUR_BEFORE.search(before) and re.match(r"\s+(?:he|she|they|I|we)\b", after) \
                and 10 <= (numbers.parse_amount(raw) or 0) <= 30:
            return False  # "By 15 he was also taking ketamine": an age opening a sentence
        if not digits.isdigit() and raw[:1].isupper() and re.match(r"^\s[A-Z][a-z]", after) \
                and not re.search(r"(?:^|[.!?:]\s+|\n)$", original[max(0, start - 3):start]) \
                and not ITEM_OPENING.fullmatch(original, original.rfind("\n", 0, start) + 1, start):
            return False  # "HMP Five Wells": a number word in capitals inside a name
        if re.search(r"[A-Za-z]-$", before) or (re.match(r"^-[A-Za-z]", after) and not HYPHEN_COUNT.match(after)):
            return False  # "Covid-19", "A-road", "24-hour"; "a six-bed unit" counts beds
        if re.search(rf"\b(?:aged?|ages)\s+(?:from\s+|between\s+)?(?:{NUM}|{WORD})\s+(?:to|and)\s+$", text[max(0, start - 40):start]):
            return False  # "aged from four to 82", not "aged between 35 and 54, and seven of the deaths"
        span = doc.char_span(start, end, alignment_mode="expand")
        provider_spans = doc._.rw_provider_spans or ()
        if any(p.start_char <= start and end <= p.end_char for p in provider_spans):
            return False  # part of an organisation's name: "Project 6"
        name_before = re.search(r"[A-Z][\w’'-]*\s$", original[max(0, start - 30):start])
        if name_before and name_before.group(0) + raw in {p.text for p in provider_spans}:
            return False  # the same name where the context did not show it is the organisation
        if span is not None and span.start > 0 and digits.isdigit() and "," not in raw and int(digits) < 1000:
            prev = doc[span.start - 1]
            k = span.start - 1  # back over the name ("Mr Penhallow-Quist 14 times") to the word before it
            while k > 0 and (doc[k].is_title or doc[k].text in ("-", "‐")) and doc[k].text.rstrip(".") not in PERSON_TITLES:
                k -= 1
            titled = k < span.start - 1 and doc[k].text.rstrip(".") in PERSON_TITLES
            # "Salford 1,720 and Trafford 890": a place with its figure in a comparison, no name
            place = not titled and (gazetteer.is_place_name(prev.text) or gazetteer.is_place_name(doc[k + 1:span.start].text))
            # a heading in capitals writes a name so too: "45. COMMUNITY GRANTS SCHEME – ROUND 2"
            lo, hi = original.rfind("\n", 0, start) + 1, original.find("\n", end)
            letters = [c for c in original[lo:hi if hi >= 0 else len(original)] if c.isalpha()]
            capitals = prev.is_upper and len(prev) > 1 and sum(map(str.isupper, letters)) > 0.8 * len(letters)
            if (prev.is_title or capitals) and prev.is_alpha and prev.whitespace_ and prev.pos_ in ("PROPN", "NOUN") \
                    and prev.lower_ not in NOT_NAME_WORDS and not titled and not place \
                    and not re.fullmatch(MONTHS, prev.text, re.I):  # ("At the end of May 57 people")
                return False  # a number that ends a name: "Project 6", "Ward 44", "Covid 19"
        if span is not None:
            ent = ent_at(doc, span.start)
            label = ent.label_ if ent is not None else None
            if label == "ORDINAL":
                return False
            # (a unit, not a preposition the model ran on to: "reach between 200 and 250 by the end of August")
            if (label == "QUANTITY" and re.search(r"[A-Za-z]", re.sub(r"\b(?:by|to|of|in|at|for|from|on|and|or)\b", "", original[end:ent.end_char]))
                    and not re.match(r"\s*(?:under|over)-\d", original[end:ent.end_char])  # "188 under-18s" are people
                    and not (ent.end < len(doc) and doc[ent.end].tag_ == "NNS" and doc[ent.end - 1].whitespace_)  # "60 tablet computers", "two litre bottles" are things
                    # ("300 prison leavers", "40 care leavers": people by what they do, an -ers noun the tagger may take for a verb)
                    and not (ent.end < len(doc) and doc[ent.end - 1].tag_ == "NN" and re.fullmatch(r"[a-z]+ers", doc[ent.end].text))
                    # (the model's "Around 160 players": a plural noun the count names, where no unit follows)
                    and not (doc[ent.end - 1].tag_ == "NNS" and not original[end:doc[ent.end - 1].idx].strip()
                             and not AFTER_NOT_COUNT.match(after) and not re.match(r"\s+of\b", original[ent.end_char:]))):  # (not "two pounds of cannabis")
                return False  # "600kg", "two litres"; the model also calls a table cell "only | 902 |" one
            if label in ("DATE", "TIME"):
                # the model also calls "between 70 and 80" or "41 last year" a DATE; trust it only
                # when a date word sits right next to the number ("20 years", "1 July", "July 1")
                tail = original[end:ent.end_char]
                head = original[ent.start_char:start]
                words = tail.split()
                if (words and words[0].lower() not in ADVERBIAL_OPENERS and not COUNT.fullmatch(words[0])
                        and not tail.startswith(",")  # "a team of 26, Monday to Saturday": no date is written so
                        and not BED_DAYS.match(tail)  # "1,300 bed days" saved: a tally the NHS keeps
                        and not TIME_WORD_PLACE.match(original, end)  # "two day centres": places
                        and not SEASON_THINGS.match(original, end)):  # "three summer festivals": things
                    # (not "44 five years earlier": the date words go with the next number)
                    if any(DATE_WORDS.match(w) for w in words[:2]):
                        return False  # "20 years", "five working days", "1 July"
                words_before = head.split()
                if ("\n" not in head and words_before and DATE_WORDS.search(words_before[-1])
                        and not re.fullmatch(r"(?:19|20)\d\d", words_before[-1])  # "Since November 2018 three workers ..."
                        and not words_before[-1].endswith(",")  # "since April, 97 had a condition": no date is written so
                        and not (len(words_before) > 1 and words_before[-2].lower() in ADVERBIAL_OPENERS)
                        # ("In the same year 43 people died", "In the first three months 23 patients were
                        # referred": a period's name, then what it counts)
                        and not (words_before[-1] in ("year", "month", "week", "quarter", "period", "years", "months",
                                                      "weeks", "quarters") and _counts_a_noun(after))
                        and not no_day):
                    return False  # "July 1", but not "Last year 96 residents"
            # "Eleven people who ...", "between six and eight peer volunteers"
            counts_noun = (span[-1].dep_ == "nummod" and span[-1].head.tag_ == "NNS") or _counts_a_noun(after)
            # "Eleven had left prison ...": the number stands for the people just counted, as its clause's subject
            counts_noun = counts_noun or (raw[:1].isupper() and _stands_alone(doc, start, end))
            # "had fallen from 11 to seven over three years": the other end of a change written in figures
            counts_noun = counts_noun or CHANGE_FROM_FIGURE_BEFORE.search(text, max(0, start - 30), start) is not None
            # "compared with 11 and nine respectively": the second of a pair of figures
            counts_noun = counts_noun or (re.search(r"\b\d[\d,]*\s+and\s+$", text[max(0, start - 20):start]) is not None
                                          and re.match(r",?\s+respectively\b", after) is not None)
            if not digits.isdigit() and ent is None and not counts_noun:
                return False  # number words need the model to agree they are a number
        return True

    @staticmethod
    def _opening_hours(text, start, end):
        """The number is an hour of opening: "open from 10 till 4 on Saturdays", "open until 8."."""
        lo = max(0, start - 90)
        if NUMBER_OF_BEFORE.search(text[lo:start]):
            return False
        for m in OPENING_HOURS.finditer(text, lo, min(len(text), end + 60)):
            if (start, end) in [m.span(g) for g in ("a", "b") if m.group(g)]:
                limit = 24 if all(m.group(g).isdigit() for g in ("a", "b") if m.group(g)) else 12
                return all(0 < (numbers.parse_amount(m.group(g)) or 99) <= limit for g in ("a", "b") if m.group(g))
        return False

    @staticmethod
    def _hours(raw, before, after):
        """"not just nine to five": a span of the working day, no count."""
        first, second = raw, None
        m = HOURS_AFTER.match(after)
        if m and not re.search(r"\bfrom\s+$", before):
            second = m.group(1)
        else:
            m = HOURS_BEFORE.search(before)
            if not m or not NOTHING_AFTER.match(after):
                return False
            first, second = m.group(1), raw
        a, b = numbers.parse_amount(first), numbers.parse_amount(second)
        return bool(a and b and b < a <= 12)

    @staticmethod
    def _record(doc, text, chunks, sent, start, end, value, unit, extra=None):
        span = doc.char_span(start, end, alignment_mode="expand")
        sent = sent if span is not None else None
        sentence = sent.text if sent is not None else text[max(0, start - 100): end + 100]
        before = text[max(0, start - 30):start]
        ranged = RANGE_BEFORE.search(before) or re.search(rf"(?:between|from)\s+£?{NUM}\s*{SCALE}?\s+(?:and|to)\s+£?$", text[max(0, start - 40):start], re.I)
        period = PERIOD.search(sentence[sentence.find(text[start:end]) + (end - start):] if sent is not None else "")
        period = period or PERIOD.search(sentence)
        approx = APPROX.search(before)
        clause = _clause(text, sent, start, end)
        measure = extra["rate_of"] if extra else _measure(doc, span, unit, sent, chunks)
        at = start - (sent.start_char if sent is not None else 0)
        counted = _counted(measure, clause, _first_words(text[end:end + 40], 2), sentence, at) if unit == "count" else None
        kind = (_kind(clause, unit, default=None) or _kind(_window(text, sent, start, end), unit, default=None)
                or _kind(sentence, unit))
        if counted and counted[0] in THING_GROUPS and kind in PEOPLE_KINDS:
            kind = FALLBACK_KIND  # "41 arrests" in a sentence about clients is not a number of people
        return {
            "value": float(value), "unit": unit, "text": text[start:end], "sentence": sentence.strip(),
            "start": start, "end": end, "approximate": int(bool(approx)),
            "qualifier": approx.group(1).lower() if approx else None,
            "range_part": ("low" if RANGE_BEFORE.search(before) else "high") if ranged
                          else "low" if RANGE_DASH.match(text[end:end + 8])
                          else "high" if re.search(r"\d(?:\s?[-–]\s?|\s+to\s+)£?$", before) else None,
            "measure": measure,
            # the clause around the figure decides first ("deaths rose to 41 last year, while 1,250 adults ..."),
            # then the words nearest it ("3,410 adults were in treatment ... and waiting times")
            "kind": kind,
            "period": (period.group(1) or period.group(2)) if period else None,
            "per": _per(text, start, end, sent, unit),
            "counted": counted[0] if counted else None,
            "counts_people": counted[1] if counted else None,
            "denominator": float(extra["denominator"]) if extra else None,
        }


MONEY_NOUNS = re.compile(rf"\b({lexicon.words_regex(_WORDS['money_nouns'])})\b(?! down)", re.I)
FILLER = {"and", "or", "to", "of", "the", "a", "an", "which", "who", "that", "its", "their", "some", ","}


def _measure(doc, span, unit, sent, chunks):
    """Short noun phrase the figure counts or prices."""
    if span is None or sent is None:
        return None
    found = _measure_from_parse(doc, span, unit, sent, _sentence_chunks(doc, sent, chunks))
    found_words = set(found.split()) if found is not None else set()
    proper = any(t.pos_ == "PROPN" for t in doc[sent.start:sent.end] if t.lower_ in found_words)
    if unit == "GBP" and (found is None or proper or not MONEY_NOUNS.search(found)):
        # money: the nearest money word in the sentence ("worth £5.4m" -> contract)
        hits = [(abs(m.start() - (span.start_char - sent.start_char)), m.group(1).lower())
                for m in MONEY_NOUNS.finditer(sent.text)]
        if hits:
            return min(hits)[1]
    if found is not None:
        words = [w for w in found.split() if w not in FILLER]
        found = " ".join(words) if words else None
    return found


def _sentence_chunks(doc, sent, cache):
    """The sentence's noun chunks: Doc.noun_chunks (and Span.noun_chunks, which filters it) walks
    the whole document, where only the few sentences with a figure need them."""
    if sent.start not in cache:
        cache[sent.start] = [Span(doc, start, end) for start, end, _ in doc.noun_chunks_iterator(sent)]
    return cache[sent.start]


def _measure_from_parse(doc, span, unit, sent, chunks):
    # a noun right after the number: "1,739 adults", "£13m contract", "15% increase"
    for chunk in chunks:
        if chunk.start <= span.start < chunk.end or chunk.start == span.end:
            words = [t.text for t in chunk if t.i >= span.end and not t.like_num and t.pos_ != "DET" and t.text not in ("%", "£")]
            if words:
                return " ".join(words).lower()
    if unit == "percent":
        tail = doc[span.end: min(sent.end, span.end + 6)]
        if len(tail) and tail[0].lower_ == "of":
            chunk = next((c for c in chunks if c.start > span.end), None)
            if chunk is not None:
                return " ".join(t.text for t in chunk if t.pos_ != "DET").lower()
    head = span.root.head
    while head.pos_ not in ("NOUN", "VERB") and head.head.i != head.i:
        head = head.head
    if head.pos_ == "NOUN":
        return lemma(head).lower()
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return " ".join(t.text for t in subj.subtree if t.pos_ != "DET").lower()[:60]
    return lemma(head).lower() if head is not None else None


CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s[–—]\s|\(|\)|\n")  # a list item is a clause of its own


def _clause(text, sent, start, end):
    """The stretch of the sentence between the punctuation marks around the figure."""
    lo, hi = (sent.start_char, sent.end_char) if sent is not None else (0, len(text))
    left = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
    right = CLAUSE_BREAK.search(text, end, hi)
    return text[left[-1] if left else lo:right.start() if right else hi]


def _window(text, sent, start, end, before=60, after=60):
    """Characters either side of the figure, within its sentence."""
    lo, hi = (sent.start_char, sent.end_char) if sent is not None else (0, len(text))
    return text[max(lo, start - before):min(hi, end + after)]


def _kind(sentence, unit, default=FALLBACK_KIND):
    for kind, rx in KIND_RES:
        if unit in KIND_SKIP_UNITS[kind]:
            continue
        if rx.search(sentence):
            return kind
    return default


COUNTED = [(g["name"], int(g["people"]), re.compile(rf"\b{lexicon.patterns_regex(g['nouns'])}\b", re.I))
           for g in _WORDS["counted"]]
COUNTED_NEXT = re.compile(rf"^\s+(?:[a-z-]+\s+){{0,2}}?{lexicon.patterns_regex([n for g in _WORDS['counted'] for n in g['nouns']])}\b", re.I)


# a paragraph opened by a bare number and a capital: a minute's, an item's or a section's number when another
# paragraph opens with the number one or two on either side ("14201 The Lord Mayor ...", "14202 Councillor ...")
PARAGRAPH_NUMBER = re.compile(r"^[ \t]*(\d{1,6})[ \t]+(?=[A-Z])", re.M)


def _paragraph_numbers(doc, text):
    """The starts of the paragraph numbers in the text, found once a document."""
    found = doc.user_data.get("rw_paragraph_numbers")
    if found is None:
        opening = {m.start(1): int(m.group(1)) for m in PARAGRAPH_NUMBER.finditer(text)}
        values = set(opening.values())
        found = {at for at, n in opening.items() if values & {n - 2, n - 1, n + 1, n + 2}}
        doc.user_data["rw_paragraph_numbers"] = found
    return found


def _in_code(text, start, end):
    """The number is one part of a code written with slashes, with letters or more than one slash in
    it, or of digits hyphened to a long unpunctuated run."""
    lo = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    word = text[lo:hi].strip("()[],.;:")
    return ("/" in word and (re.search(r"[A-Za-z]", word) is not None or word.count("/") >= 2
                             or re.fullmatch(r"\d+/\d+-\d+", word) is not None)  # "Report No. 47/17-18"
            or re.fullmatch(r"\d+[-–]\d{5,}|\d{5,}[-–]\d+", word) is not None)  # "notice 2012/S 214-352180"


def _stands_for_group(doc, start, end, after):
    """A small number with no noun of its own, standing for the group just named: "put the two
    together", "the two of them", "All four were charged" (not "all four of his tests", "all three
    services")."""
    return bool(THE_PAIR_AFTER.match(after) or (_stands_alone(doc, start, end) and not _counts_a_noun(after)
                                                and not OF_OTHERS_AFTER.match(after)))


def _stands_alone(doc, start, end):
    """The number is itself the subject of its clause, counting no noun: "the two went together"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].dep_ in ("nsubj", "nsubjpass") and span[0].head.pos_ in ("VERB", "AUX")


def _time_of_day(text, start, end, raw):
    """An hour written in words: a number of twelve or under in one of CLOCK_CONTEXTS, unless the
    sentence counts something ("the number of buildings fell from seven to five")."""
    if (numbers.parse_amount(raw) or 99) > 12 or NUMBER_OF_BEFORE.search(text, max(0, start - 140), start):
        return False
    after = text[end:end + 40]
    return any(before.search(text, max(0, start - 40), start)
               and (not _counts_a_noun(after) if following is None else following.match(after))
               for before, following in CLOCK_CONTEXTS)


def _duration_before(text, start):
    """A duration measured earlier in the sentence ("waited 19 days"), not the period a count was
    made over ("in its first 12 months")."""
    duration = DURATION_EARLIER.search(text, max(0, start - 160), start)
    return duration is not None and not duration.group("period")


def _counts_a_noun(after):
    """The words after a number name what it counts ("38 occasions", "12 new sites")."""
    return bool(COUNTED_NEXT.match(after))
# things a count can count that are never people, whatever the sentence says about people
THING_GROUPS = {g["name"] for g in _WORDS["counted"] if not g["people"]} - {"referrals"}
PEOPLE_KINDS = {"people in treatment", "staffing"}
PEOPLE_COUNTED = [(g["name"], re.compile(g["cues"], re.I)) for g in _WORDS["people_counted"]]


TREND_BEFORE = re.compile(r"(.*)\b(?:reached|rose to|risen to|fell to|fallen to|stood at|stands at|totalled|increased to|"
                          r"decreased to|dropped to|climbed to|hit|grew to|went up to|went down to)\s+"
                          r"(?:a (?:record|high|low|total) of\s+|around\s+|about\s+|just\s+)?$", re.I | re.S)
SUBJECT_VERBS = {"were", "was", "are", "is", "have", "had", "has", "died", "remain", "remained", "started",
                 "completed", "left", "entered", "received", "waited"}


def _first_words(text, n):
    """The first n words of text, not past a punctuation mark."""
    return " ".join(re.findall(r"[\w’'-]+", re.split(r"[,;:.!?()\n]", text, maxsplit=1)[0])[:n])


def _counted(measure, clause, after, sentence, at):
    """(what a count counts, 1 if people else 0), or None: the measure's head noun first, then
    the whole measure, then the words right after the number, then the group named nearest the
    number in its clause."""
    found = None
    words = (measure or "").split()
    for probe in ([words[-1]] if words else []) + [measure or "", after]:
        found = next(((name, people) for name, people, rx in COUNTED if probe and rx.search(probe)), None)
        if found:
            break
    if found is None and after and after.split()[0].lower() in SUBJECT_VERBS:
        # "118 were referred", "61 died": the verb says what the people are
        refined = next((name for name, rx in PEOPLE_COUNTED if rx.search(clause)), None)
        if refined:
            return refined, 1
    if found is None and after and after.split()[0].islower() and after.split()[0] in words:
        return None  # "85 occasions", "42 summits": a noun of its own that no group names
    if found is None:
        # "deaths, which had reached 62": the thing that rose or fell to the number
        verb = TREND_BEFORE.search(sentence[max(0, at - 120):at])
        if verb:
            hits = [(m.end(), name, people) for name, people, rx in COUNTED for m in rx.finditer(verb.group(1))]
            found = max(hits)[1:] if hits else None
    if found is None:
        offset = sentence.find(clause)
        hits = [(abs(offset + m.start() - at), name, people) for name, people, rx in COUNTED
                for m in rx.finditer(clause)]
        found = min(hits)[1:] if hits else None
    if found and found[1]:
        # people: the clause says which ("were in treatment", "died", "were referred")
        refined = next((name for name, rx in PEOPLE_COUNTED if rx.search(clause)), None)
        if refined and not (refined == "people in treatment" and found[0] == "staff"):
            return refined, 1
    return found


_PER_WORDS = {w: period for period, ws in _WORDS["per_periods"].items() for w in ws}
PER = re.compile(rf"^[^£\d]{{0,40}}?(?<![\w-])({lexicon.words_regex(_PER_WORDS)})(?![\w-])", re.I)
TOTAL = re.compile(rf"^[^£\d]{{0,40}}?(?:\b{lexicon.words_regex(_WORDS['total_words'])}\b"
                   rf"|\bover\s+(?:the\s+)?(?:next\s+|first\s+|last\s+|past\s+)?(?:{WORD}|\d+)\s+years\b)", re.I)


PER_ADJECTIVES = {"annual": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                  "daily": "day", "nightly": "day", "hourly": "hour"}
# "an annual £2m grant", "the annual contract value of £4.25m" (not "the annual report shows 400")
PER_BEFORE = re.compile(rf"\b({'|'.join(PER_ADJECTIVES)})\s+(?:(?:[\w-]+\s+){{0,3}}?(?:of|at|is|was|worth|totalling)\s+|(?:[\w-]+\s*){{0,2}}:\s*)?"
                        rf"(?:{lexicon.words_regex(_WORDS['approx'])}\s+)?£?$", re.I)


def _per(text, start, end, sent, unit):
    """'year', 'month', 'week' or 'day' for a figure given per period ("£2.9m a year", "300 people
    a week"), 'total' for a sum or count stated over a span ("£13m over seven years"), else None."""
    hi = sent.end_char if sent is not None else len(text)
    tail = text[end:min(hi, end + 60)]
    cut = CLAUSE_BREAK.search(tail)
    tail = (tail[:cut.start()] if cut else tail).replace("-", " ")  # "... helped, and the weekly total" is not per week
    m = PER.match(tail)
    if m:
        return _PER_WORDS[m.group(1).lower()]
    lo = sent.start_char if sent is not None else 0
    m = PER_BEFORE.search(text[max(lo, start - 60):start])
    if m:
        return PER_ADJECTIVES[m.group(1).lower()]  # "an annual contract value of £4.25m"
    return "total" if unit in ("GBP", "count") and TOTAL.match(tail) else None


COMPARISON = re.compile(r"\((?:[^()\d]{0,30}|(?:19|20)\d\d(?:/\d\d)?)\s*:?\s*$")
# "74 deaths, up from 61", "rose from 1,240 to 1,105", "2,310 people ..., 640 of them": the same thing again
SAME_THING = re.compile(r"\b(?:from|to|compared (?:with|to)|against|versus|vs\.?|than|including|among them)\s+"
                        r"(?:around |about |just |some |nearly |almost )?$|^,\s*(?:and\s+)?$", re.I)
PARTITIVE = re.compile(r"^\s+of (?:them|those|these|whom|which)\b", re.I)


def _link_repeats(records, text):
    """A figure stated again (in a quote, a summary, a table) points at its first mention: same
    unit and value; for counts the same thing counted, or nothing said on one side (small counts
    of nothing known are too common to be one figure), for percentages the same kind. A count compared with the one
    before it ("4,870 adults (2022/23: 4,515)", "74 deaths, up from 61", "640 of them") counts
    the same thing."""
    first = {}
    for i, rec in enumerate(records):
        rec["repeat_of"] = None
        prev = records[i - 1] if i else None
        if prev is not None and prev["range_part"] == "low" and rec["range_part"] == "high":
            for key in ("per", "counted", "counts_people"):
                prev[key] = prev[key] or rec[key]  # "25 to 30 people a week": both ends
        between = text[prev["end"]:rec["start"]] if prev is not None else ""
        if prev is not None and rec["unit"] == prev["unit"] == "count" and "\n" not in between and (
                COMPARISON.search(between) or PARTITIVE.match(text[rec["end"]:rec["end"] + 20])
                or (rec["counted"] is None and len(between) < 80 and not re.search(r"[.;:!?]\s", between)
                    and SAME_THING.search(between))):
            rec["counted"], rec["counts_people"] = prev["counted"], prev["counts_people"]
        if rec["unit"] == "count":
            # "That 1,650 figure": a count that does not say what it counts repeats one that does
            earlier = next((j for j in first.get((rec["unit"], rec["value"], None), [])
                            if records[j]["counted"] == rec["counted"]
                            or (rec["value"] >= 10 and None in (records[j]["counted"], rec["counted"]))), None)
            if earlier is None and rec["counted"] is None and rec["value"] < 10:
                continue
        else:
            earlier = next((j for j in first.get((rec["unit"], rec["value"], rec["denominator"]), [])
                            if rec["unit"] != "percent" or records[j]["kind"] == rec["kind"]), None)
        if earlier is not None:
            rec["repeat_of"] = earlier
            if rec["counted"] is None:
                rec["counted"], rec["counts_people"] = records[earlier]["counted"], records[earlier]["counts_people"]
            if rec["kind"] == FALLBACK_KIND:
                rec["kind"] = records[earlier]["kind"]
        else:
            first.setdefault((rec["unit"], rec["value"], rec["denominator"]), []).append(i)


@Language.factory("recoverywatch_figures")
def make_figure_finder(nlp, name):
    return FigureFinder()
