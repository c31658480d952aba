"""The people an article introduces, built in one pass over the document.

For each person: the full name as first written (titles and middle initials dropped), title,
role, organisation, gender cues and the roles they hold at the meeting ("in the Chair"), plus
every place the text names them (full name, title and surname, surname, role, first name for
people introduced by first name only). attribution.py resolves a quote's attribution against
this table; the word lists are data (extract/data/quotes.toml, titles.csv)."""
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy

from recoverywatch.extract import anchored, gazetteer, lexicon
from recoverywatch.extract.extensions import doc_ents, doc_text, lemma, string_ids, tokens_with

_WORDS = lexicon.load("quotes.toml")
TITLES = lexicon.words_regex(lexicon.titles("speaker"))
TITLE_WORDS = {w for t in lexicon.titles("speaker") for w in t.split()} | {"The", "A", "An"}
TITLE_RE = re.compile(rf"^(?:{TITLES})\.?\s+")
# (Latin Extended-A, U+0100-U+017F, holds both cases of Central European letters: "Szymańska", "Łukasz")
NAME = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ]+)*"  # "Sinéad", "Zoë"
PARTICLES = lexicon.words_regex(_WORDS["name_particles"])
# a name of several words, middle initials and particles allowed ("John A. Smith", "Rhodri ap Gwilym")
NAME_SEQ = rf"{NAME}(?:\s+(?:(?:[A-Z]\.?|{PARTICLES})\s+)*{NAME})*"
# (not a pronoun opening the next sentence: "... with the Mayor. She said")
TITLED_NAME = re.compile(rf"\b(?=[A-Z])({TITLES})\.?\s+(?!(?:She|He|They|It|We|This|That|The|There|Her|His)\b)((?:[A-Z]\.?\s+)*{NAME_SEQ})")  # "Cllr J. Smith" (titles are capitalised: the lookahead passes other words at once)
# plural titles open a list of surnames: "Councillors Grieve and Mathieson"
PLURAL_TITLE = lexicon.words_regex(_WORDS["plural_titles"])
LIST_ITEM = re.compile(rf"(?:\b({PLURAL_TITLE}|{TITLES})\.?\s+)?\b((?:[A-Z]\.?\s+)*{NAME_SEQ})(?:\s*\(([^)]*)\))?")
# "Councillors Fiona Redshaw, chair, Dave Kirkbride and ...": a meeting role between two listed names
INLINE_CHAIR = re.compile(r"\s*,\s*((?:vice[- ]|deputy\s+)?(?:chair(?:man|woman|person)?|convenor|convener))\s*,\s*", re.I)
# ... and so no role of the name after it (the name before ends in a capitalised word)
INLINE_ROLE_OF_NAME_BEFORE = re.compile(rf"(?-i:[A-Z][\w’'-]+){INLINE_CHAIR.pattern}$", re.I)
# the organisation that ends a listed name's item, after its role: "..., Associate Director, X NHS Trust;"
ORG_AFTER_ROLE = re.compile(r"\s*,\s*([^;,()\n]+?)\.?(?=\s*(?:;|$))")
# a role written after a listed name with a comma or a dash: "Jo Bell, Head of Commissioning;"
LISTED_ROLE = re.compile(r"(?:\s*,\s*|\s+[–—-]\s+)([^;,()\n]+?)(?:\s*\(([^)]*)\))?(?=\s*(?:[;,]|$))")
# "Cllr Jo Bell – Executive Member for Children, Young People and Education": after a dash the
# role runs to the end of the item, commas and all
# An attendance table's row run into a line ("Councillor Jo Bell | Chair | Present", cells joined by
# a dash, a bar or a tab): the role is the next cell, and a cell saying who came is no part of it
CELL_SEP = r"(?:\s+[–—-]\s+|\s*\|\s*)"
ATTENDANCE_STATUS = lexicon.words_regex(_WORDS["attendance_status"])
LISTED_DASH_ROLE = re.compile(rf"{CELL_SEP}([^;()\n|]+?)(?:\s*\(([^)]*)\))?"
                              rf"(?=\s*(?:;|$|{CELL_SEP}(?i:{ATTENDANCE_STATUS})\s*$))")
# letters after a listed name ("Mr. T. Okoro CC", "Jo Bell MBE"): a county councillor, an honour
ANY_SPACE = re.compile(r"\s")
ROLE_GOES_ON = re.compile(r"\s*[–—(-]|\s+(?:of|for|at|in|with|on|and)\s+")  # "chair | of the board", "cabinet member | – health"
ROLE_QUALIFIER = re.compile(r"\s+(?:of|for|at|in|with|on)\s+")  # "consultant | at the Infirmary"
POST_NOMINALS = re.compile(r"(?:\s+(?:CC|MP|MEP|JP|DL|OBE|MBE|CBE|KC|QC))+\b")
# a first name, a middle initial and a surname: "Simone K. Ashworth"
MIDDLE_INITIAL_NAME = re.compile(rf"\b({NAME})\s+[A-Z]\.\s+({NAME})\b")
ASKER_GAP = re.compile(r"(?:\s+(?:CC|MP|MEP|JP|DL|OBE|MBE|CBE|KC|QC))*,?\s{0,2}")  # "Mrs. Fryer CC asked"
# a second bracket after a listed name's role: "Mrs Jo Bell (Cabinet Member for Health) (Chairman)"
SECOND_BRACKET = re.compile(r"\s*\(([^)]*)\)")
# "Present: ...", "PRESENT – ...", or the label alone on its line ("MEMBERS OF THE PANEL") over the list
ATTENDANCE = re.compile(rf"^\s*\(?(?:[A-Za-z]+\s+){{0,5}}?(?:{lexicon.words_regex(_WORDS['attendance_labels'] + _WORDS['party_groups'])})\s*(?:[:–—]\s*|-\s+|$)", re.I)  # also "MEMBERS OF THE PANEL PRESENT:"
# "Chair – Councillor Lynne Hargreaves, Cabinet Member for ...": the meeting role written before the name
PARTY_GROUP = re.compile(rf"^\s*{lexicon.words_regex(_WORDS['party_groups'])}\s*:", re.I)
ROLE_WORDS = set(_WORDS["role_words"])
COUNTERPART_NOUNS = set(_WORDS["counterpart_nouns"])
ROLE_NOUNS = lexicon.words_regex(_WORDS["role_nouns"])
ROLE_NOUN_RE = re.compile(rf"\b{ROLE_NOUNS}\b", re.I)
ROLE_ALIASES = _WORDS["role_aliases"]
SAY = lexicon.words_regex(_WORDS["say_verbs"])
SAY_RE = re.compile(rf"\b{SAY}\b")
SAY_WORDS = set(_WORDS["say_verbs"])
FEMALE = set(_WORDS["words"]["female"])
MALE = set(_WORDS["words"]["male"])
FIRST_NAME_INTRO = re.compile(lexicon.patterns_regex(_WORDS["words"]["first_name_intro"]))
ORG_ENDINGS = lexicon.words_regex(_WORDS["words"]["org_endings"])
ORG_OPENERS = lexicon.words_regex(_WORDS["words"]["org_openers"])
ORG_NAME = r"(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|upon|on|for))*"
ORG_IN_ROLE = re.compile(rf"\b(?:for|at|of|with)\s+(?=({ORG_NAME}))")  # lookahead: "Head of Operations for Turning Point" tries both
ORG_RE = re.compile(rf"(?:\b{ORG_ENDINGS}$|^{ORG_OPENERS}\s+\S)", re.I)
NOT_ORGS = set(_WORDS["not_organisations"])
COUNCILLOR_TITLES = set(_WORDS["councillor_titles"])
GENERIC_ORG_KINDS = _WORDS["generic_org_kinds"]
GENERIC_ORG_WORDS = lexicon.words_regex(_WORDS["words"]["generic_orgs"])
COURTESY_TITLES = set(_WORDS["courtesy_titles"])
TITLE_ROLES = _WORDS["title_roles"]
MEETING_BODIES = set(_WORDS["meeting_bodies"])
ORGANISATION_HEADS = set(_WORDS["organisation_heads"])
# a description joined by hyphens that opens a name: "Mum-of-two Kelly", "Father-of-three Lee"
LEAD_COMPOUND = re.compile(r"[A-Z]?[a-z]+(?:-[a-z]+)+")
FIRST_NAME_ONLY = re.compile(rf"\b({NAME})(?={FIRST_NAME_INTRO.pattern})")
# an adverbial or prepositional phrase after a name is not a role: "in recovery himself", "now 45"
NOT_A_ROLE = re.compile(rf"{lexicon.words_regex(_WORDS['not_role_openers'])}\b", re.I)
ROLE_VERBS = _WORDS["role_verbs"]
ROLE_AND = re.compile(r"^,\s+([^,\n“”\":]{3,120}?),\s+and\b")
# a role that runs to the end of the sentence, commas and all: "Coun Rachael Hatfield, the cabinet
# member for public health, communities and leisure.", "Cllr X, Tower Hamlets Council’s cabinet member for
# health, wellbeing and social care." (after a body's name, commas only in a list that "and" ends: not
# "..., X Council’s cabinet member for health, officially opened the hub")
ROLE_TO_END = re.compile(r"^,\s+((?:the|a|an)\s+[^.\n“”\":]{3,160}?|[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|&))*['’]s\s+"
                         r"[^,.\n“”\":]{3,100}?(?:,\s+[^,.\n“”\":]{1,40}?)*?\s+and\s+[^,.\n“”\":]{1,40}?)\.(?:\s|$)")
# a titled role that runs to the end of its line, commas and all: "Decision maker: Councillor X, Executive
# Member for Adult Care, Health and Public Health"
ROLE_TO_LINE_END = re.compile(r"^,\s+((?:[A-Z][\w-]*\s+){0,3}(?:Member|Holder|Lead|Director|Manager|Officer)\s+(?:for|of)\s+[^.\n“”\":;]{3,120}?)[ \t]*(?=\n|\Z)")
# a role with commas inside, up to the speech verb: "Cllr Halima Mostafa, cabinet member for health,
# wellbeing and social care, said"
ROLE_TO_VERB = re.compile(rf"^,\s+([^.\n“”\":]{{3,160}}?),\s+(?:{SAY}|told)\b")
# (or the job they do or did: "Ms X worked as a care worker in Highbridge until 2014")
ROLE_IS = re.compile(r"^(?:\s+(?:is|was|has\s+been|became)|,?\s+(?:has\s+|had\s+)?(?:works|worked|trained|qualified)\s+as)\s+(?:the|a|an)\s+([^,.;\n“”\":]{3,120}?)(?=[,.;]|\s+(?:and|who|since|until)\b|$)")
ROLE_OPENING = re.compile(r"(?:^|(?<=[.!?]\s))(?:[\d.]+\s+)?(The\s+[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'-]*)*)", re.M)
# the bodies a role verb is held of: "who chairs the board", "chaired today's meeting"
_MEETING_BODIES = (r"(?:meeting|board|committee|panel|session|hearing|debate|discussion|forum|partnership|inquiry|review|cabinet"
                   r"|group|network|alliance|task\s?force)")
ROLE_VERB_RE = re.compile(rf"^,\s+who\s+({lexicon.words_regex(ROLE_VERBS)})\b"
                          # "Cllr Jo Bell chaired the meeting", "Jo Bell, the council leader, chaired the meeting"
                          rf"|^(?:,\s+[^,\n“”\":]{{3,80}}?)?,?\s+(?:also\s+|now\s+|still\s+)?({lexicon.words_regex(ROLE_VERBS)})\s+"
                          r"(?:the|this|today['’]s|tonight['’]s|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                          rf"{_MEETING_BODIES}\b")
# the same later in the sentence the name opens: "Sheila Vosper set up the group in 2009, and she
# still chairs it"
ROLE_VERB_LATER = re.compile(rf"^[^.!?\n“”\"]{{0,160}}?,?\s+and\s+(?:she|he)\s+(?:still\s+|now\s+|also\s+)?({lexicon.words_regex(ROLE_VERBS)})\b")
ROLE_VERBS_BY = _WORDS["role_verbs_by"]
# "Asked by Coun Selby whether ...", "Responding to a question from Councillor Orme about ...": the name
# after it put the question
ASKED_BY_BEFORE = re.compile(rf"(?:(?:When\s+|After\s+being\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Cc]hallenged)\s+by"
                             rf"|(?:[Rr]esponding|[Rr]eplying|[Aa]nswering|In\s+(?:response|reply|answer))\s+to\s+(?:an?\s+|the\s+)?"
                             rf"(?:(?:further|supplementary)\s+)?(?:questions?|query|queries|points?|comments?|concerns?)\s+(?:from|by))"
                             # (the asker may come after their role: "Asked by the committee's chair, Cllr X, why ...")
                             rf"\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){{0,3}}?[a-z’'-]+,\s+)?(?:(?:{TITLES})\.?\s+)?$")
# what a role verb holds: "who chairs the health scrutiny committee", "who chairs the council’s adult services
# committee", "who chairs Hartlepool Borough Council’s adult and community based services committee"
# (or what one leads or manages: "who leads the service", "the service lead" later)
BODY_AFTER_ROLE_VERB = re.compile(rf"\s+(?:(?:the|this)\s+|(?-i:(?=[A-Z])))((?:[\w’'-]+\s+){{0,8}}?(?:{_MEETING_BODIES}|service|team|project|programme|hub|unit|clinic))\b", re.I)
ROLE_BY_RE = re.compile(rf"\b({lexicon.words_regex(ROLE_VERBS_BY)})\s+$", re.I)
BODY_BEFORE_ROLE_BY = re.compile(r"\b([A-Z][\w’'-]*(?:\s+(?:and|of|for|&)\s+[A-Z][\w’'-]*|\s+[A-Z][\w’'-]*)*),?\s+"
                                 r"(?:which|that)\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+$")
_RELATIVE = rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|whose)|{NAME}['’]s)\s+({lexicon.words_regex(_WORDS['words']['family'])}),?\s+"
FAMILY_FIRST_NAME = re.compile(rf"{_RELATIVE}({NAME})\b(?!\s+[A-Z])")
# "His mother, Paulette Aldous, said": a relative's full name, whatever the model reads it as
RELATIVE_FULL_NAME = re.compile(rf"{_RELATIVE}({NAME}\s+{NAME})\b(?!\s+[A-Z])")
# what each of the two holds (for anchored.finditer): its opening, any word then "’s", is tried at every character
RELATIVE_ANCHOR = re.compile(rf"\b{lexicon.words_regex(_WORDS['words']['family'])},?\s+[A-Z]")
FAMILY_GENDER = {w: "f" for w in _WORDS["words"]["female"]} | {w: "m" for w in _WORDS["words"]["male"]}
PEOPLE_NOUNS = {w: "f" for w in _WORDS["words"]["people_nouns_female"]} | {w: "m" for w in _WORDS["words"]["people_nouns_male"]}
NAME_WHO_SAID = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))({NAME}),\s+(?:who|whose)\s[^,\n“”\"]{{3,120}},\s+(?:{SAY}|told)\b", re.M)  # ("Nerys, whose son ...,")
# "Sunita Aggarwal, whose son is in treatment, told interviewers": a full name opening its sentence,
# a clause about who they are, then the speech verb (the model may miss a name that opens a paragraph)
FULL_NAME_WHO_SAID = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))({NAME})\s+({NAME}),\s+(?:who|whose)\s[^,\n“”\"]{{3,120}},\s+(?:{SAY}|told)\b", re.M)
# "Declan X founded a charity in the town after his own recovery. He said ...": a listed first name and a
# surname opening a paragraph, whose next sentence has "he" or "she" speak (the model may read it as an ORG)
CHAIRED_BY_NAME = re.compile(rf"\b(?:chaired|presided\s+over)\s+by\s+(?:(?:{TITLES})\.?\s+)?({NAME}\s+{NAME})(?=\s*[,.;)]|\s+(?:and|who|which)\b)")
FULL_NAME_THEN_PRONOUN_SAID = re.compile(rf"(?:^|(?<=\n))({NAME})\s+({NAME})\s+[a-z][^.!?\n“”\"]{{2,300}}[.!?]\s+(He|She)\s+(?:{SAY})\b", re.M)
# the same with the next paragraph's quotation and its "she said": "Marisol X manages a hostel in
# Kennington.\n“...,” she said." (an unfamiliar first name too, when the pair has nothing of a body's name)
# (after a live blog's time stamp, with what they do set off by commas, in a paragraph of more than one
# sentence: "4.22pm: Temitope X, from Waythrough, manages its recovery housing. She says ...")
FULL_NAME_THEN_QUOTE_PRONOUN = re.compile(rf"(?:^|(?<=\n))(?:\d{{1,2}}[.:]\d{{2}}\s*(?:am|pm)?\s*[:–—-]?\s*)?({NAME})\s+({NAME})"
                                          rf"(?:,\s[^.!?\n“”\"]{{2,160}}?,)?\s+[a-z][^\n“”\"]{{2,400}}?[.!?]\n+“[^”\n]{{1,600}}[,.!?]”\s+(he|she)\s+(?:{SAY})\b", re.M)
# "3.1 Lee, a member of the lived-experience panel, said:": a lone name opening its sentence, described
# in apposition, then the speech verb (a person even where the name is also a place's)
NAME_DESCRIBED_SAID = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:\d+(?:\.\d+)*\s+)?({NAME}),\s+(?:an?|one\s+of\s+the)\s[^,\n“”\"]{{3,80}},\s+(?:{SAY}|told)\b", re.M)
# "One participant, Marcy, said:", "Another resident, Tom, told the panel": a first name set off by
# commas after a description of who they are, then their speech verb
DESCRIBED_FIRST_NAME = re.compile(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+,\s+({NAME}),\s+(?:{SAY}|told)\b")
HEALTH_PORTFOLIO = re.compile(rf"\b{lexicon.words_regex(_WORDS['words']['health_portfolio'])}\b")
TREATMENT_PORTFOLIO = re.compile(rf"\b{lexicon.words_regex(_WORDS['words']['treatment_portfolio'])}\b")
ITEM_NUMBER_ONLY = re.compile(r"\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)]?\s*")  # "2.2 ", "(b) ", "iv. "
# "her daughter, Leanne Formby": a relative introduced as such
# "His mother, Carol Fell", "Mr Tilston’s sister, Jade Tilston": the family word says who she is
RELATIVE_BEFORE = re.compile(rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w-]*['’]s?)\s+({lexicon.words_regex(_WORDS['words']['family'])}),?\s+$")
# a point of a bulleted list, on a line of its own
BULLET_LINE = re.compile(r"^[ \t]*[•▪●◦·*–-][ \t]+[^\n]*$", re.M)
# "the younger Mr Ruddock", "the elder Ruddock": which of two who share a surname, by age
# "Kirkby " before a first name inside a sentence: the name's word ends a longer name (a place's);
# not a sentence's first word ("When Linda ...")
LONGER_NAME_BEFORE = re.compile(r"(?<![.!?…\n“”‘\"])(?<![.!?…]\s)\s[A-Z][a-z’'-]+\s$")
DIED_AFTER = re.compile(r",?\s+(?:(?:who|had|has)\s+)?(?:was\s+(?:only\s+|just\s+)?\d{1,3}\s+when\s+(?:he|she|they)\s+)?(?:died|was\s+found\s+dead|took\s+(?:his|her|their)\s+own\s+life)\b")
ELDER_YOUNGER_BEFORE = re.compile(r"\b(younger|youngest|elder|eldest|older|oldest)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$", re.I)
# a full name followed by an age is a person, whatever the model says: "Terence Mallon, 52,"
TABLE_LINE = re.compile(r"^[^\n]*\s\|\s[^\n]*$", re.M)  # a table's row, its cells between " | "
AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,2},")  # "Tom Kowal, 39,": an age in apposition is a person's
FIRST_NAME_SURNAME = re.compile(rf"\b({NAME})[ \t]+({NAME})\b(?![ \t]+[A-Z])")
AGED_NAME = re.compile(rf"\b({NAME}\s+{NAME})(?={AGE_AFTER.pattern})")
# a known first name and a surname that speak or hold a role are a person, even where the model
# reads them as an organisation ("4.4 Tomasz Nowak, Service Manager for ..., said")
SPEAKING_NAME = re.compile(rf"\b(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſ]))({NAME})\s+({NAME})(?=(?-i:{POST_NOMINALS.pattern})?,?\s+(?:{SAY})\b|,\s+[^,\n“”\"]{{0,100}}?\b{ROLE_NOUNS}\b[^,\n“”\"]{{0,80}},)", re.I)
# (a title may open it: "Nurse Ama Boateng, who works in the prison team, said")
# (or "whose": "Jo Bell, whose brother died in 2021, said")
# (or a verb of taking part in the meeting: "7.6 Orlagh Strathdee, operations manager for X, attended at the Leader's invitation")
# (after a job word in lower case too: "Project lead Iestyn X, a specialist nurse with the trust, said")
# (the one-word role nouns, one fixed-width look-behind for each length of word)
_JOB_WORDS_BY_LENGTH = {}
for _w in (w for w in _WORDS["role_nouns"] if " " not in w):
    _JOB_WORDS_BY_LENGTH.setdefault(len(_w), []).append(re.escape(_w))
_AFTER_JOB_WORD = "|".join(rf"(?<=\b(?:{'|'.join(ws)}) )" for ws in _JOB_WORDS_BY_LENGTH.values())
# (a capital first, which every match has: the look-behinds are then tried only at capitals, eight times faster)
SPEAKING_ROLE_NAME = re.compile(rf"(?=[A-ZÀ-ÖØ-ÞĀ-ſ])(?:(?<![A-Za-z’'-] )|{_AFTER_JOB_WORD})\b(?:(?:{TITLES})\.?\s+)?({NAME})\s+({NAME})(?=,\s+(?:[^,\n“”\"]{{0,100}}?\b(?i:{ROLE_NOUNS})s?\b|who\s|whose\s)[^,\n“”\"]{{0,80}},\s+(?:{SAY}|attended|presented|introduced|addressed|joined|outlined|updated|reported|responded|replied)\b)")
# a role written as a descriptor right before an unfamiliar name: "But pharmacist Amrit Chana said"
ROLE_NOUN_NAME_SAYS = re.compile(rf"\b(?i:{ROLE_NOUNS})\s+({NAME}\s+{NAME})(?=\s+(?:{SAY})\b)")
NAME_SAYS = re.compile(rf"{NAME}\s+{NAME}\s+(?:{SAY})\b")  # its anchor, as below
# the verb first: "..., said outreach lead Sinead Farrow." (a descriptor of up to three words, then the
# name, or the name in apposition: "said its founder, Jacqueline Heaps.", "said Forward’s programme
# manager, Ewan Gartside.")
SAYS_ROLE_NOUN_NAME = re.compile(rf"\b(?:{SAY})\s+(?:(?:[a-z’'-]+|[A-Z][\w-]*[’']s)\s+){{0,3}}?(?i:{ROLE_NOUNS}),?\s+({NAME}\s+{NAME})\b(?!\s+[A-Z])")
SAYS_LOWER = re.compile(rf"\b(?:{SAY})\s+(?:[a-z]|[A-Z][\w-]*[’']s\s)")  # its anchor
# the same with the role first: "Lifeline's service manager in Wigan, Ade Ogunleye, said" (or "runs")
# (or "who said": "joined by Humankind's service manager, Dominic Fairclough, who said the gym ...")
ROLE_THEN_SPEAKING_NAME = re.compile(rf"\b(?i:{ROLE_NOUNS})\b[^,\n“”\"]{{0,60}},\s+({NAME}\s+{NAME}),\s+(?:who\s+(?:{SAY}|told)|{SAY}|[a-z]+s)\b")
NAME_THEN_SPEAKING = re.compile(rf",\s+{NAME}\s+{NAME},\s+(?:who\s+(?:{SAY}|told)|{SAY}|[a-z]+s)\b")  # its anchor: the role nouns cost most
PARTIES = set(_WORDS["party_names"])
# "Cllr Alan Bedford (Lib Dem, Wisbech North)": what follows a party in such a bracket is a ward
PARTY_NAMES = lexicon.words_regex(_WORDS["party_names"])
AFTER_PARTY = re.compile(rf"\(\s*{PARTY_NAMES}\s*[,/–-]\s*$")
PARTY_WORD = re.compile(rf"\b{PARTY_NAMES}\b", re.I)  # "Liberal Democrat councillor X": a councillor given a party
SERVICE_NAME_WORDS = set(_WORDS["service_name_words"])
COMMON_WORD_NAMES = set(_WORDS["common_word_names"])
LINE_END_ROLE = re.compile(r"\(((?:in\s+the\s+)?(?:[Vv]ice[- ])?[Cc]hair(?:man|woman|person)?)\)\s*$")
IN_THE_CHAIR = re.compile(r"\s*(?:[,–—-]\s*)?\(?in\s+the\s+[Cc]hair\b")  # also "(Executive Member) – in the Chair"
# last words of role phrases: a capitalised "Portfolio Holder" or "Cabinet Member" is a role, not a name
# "the Executive Member for Adults and Prevention": a portfolio-holding head, then the portfolio
PORTFOLIO_HEAD = re.compile(rf"^{lexicon.words_regex(_WORDS['portfolio_heads'])}\s+for\s+(.+)$")
# a list cell that names a portfolio, not a role: "Councillor Dan Ho – Adults and Prevention"
PORTFOLIO_CELL = re.compile(r"[A-Z][\w’'-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+(?:the\s+)?)[A-Z][\w’'-]*)*")
PORTFOLIO_REST = re.compile(r"(?:,\s*[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*)*)+(?=\s*(?:;|$))")
# a role held of a body: "chairman of the county council’s public health committee", "leader of the council"
BODY_OF_ROLE = re.compile(rf"^([a-z -]+?)\s+of\s+(?:the\s+)?(?:.*\s)?({'|'.join(map(re.escape, _WORDS['role_bodies']))})$")
TITLED_ROLES = {role: set(titles) for role, titles in _WORDS["titled_roles"].items()}  # "the doctor": the one Dr
OCCUPATIONS = frozenset(_WORDS["occupations"])
EPITHET_TIMES = frozenset(_WORDS["epithet_times"])  # "the former care worker": the job in the past
JOB_ENDS = re.compile(r"\s+(?:of|for|at|in|with|on|from|who|whose|which|near)\s+|,")  # "a retired dairy farmer | from near South Molton"
ROLE_HEADS = {r.split()[-1] for r in _WORDS["role_nouns"]} | {"holder", "portfolio"}
# an office of several words ("portfolio holder", "cabinet member") that may close a role after its portfolio
NOT_THE_OFFICE = re.compile(r"(?:shadow|opposition)\b")
PORTFOLIO_OFFICE_LAST = re.compile(rf"\s({'|'.join(sorted((re.escape(r) for r in _WORDS['role_nouns'] if ' ' in r), key=len, reverse=True))})$")
CALENDAR_WORDS = {w.lower() for w in _WORDS["calendar_words"]}
ANSWER_LEMMAS = set(_WORDS["answer_verbs"])
REPLY_LEMMAS = set(_WORDS["reply_verbs"])  # said back to the one who spoke last
NOT_NAMES = {w.lower() for w in _WORDS["not_names"]} | {w.lower() for w in _WORDS["attendance_labels"]}
# words too common in roles and speech to tell two people apart
ROLE_STOP_STEMS = {"the", "with", "for", "that", "this", "servi", "counc", "healt", "publi", "their", "there"}
ROLE_THEN_NAME = re.compile(rf"((?:[A-Z][\w’'-]*\s+){{0,3}}?(?i:{ROLE_NOUNS})(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][^()\n]{{0,80}}?)?)\s+\(\s*({TITLES})\.?\s+({NAME_SEQ})\s*\)")
BRACKETED_TITLE = re.compile(rf"\(\s*(?:{TITLES})\.?\s")  # what each ROLE_THEN_NAME holds: its anchor
ROLE_DASH_NAME = re.compile(rf"(?:^|[:;]\s*)((?:Vice[- ]|Deputy\s+)?(?:Chair(?:man|woman|person)?|Convener|Convenor|Mayor|Leader))\s*[–—-]\s*(?:({TITLES})\.?\s+)?((?:[A-Z]\.?\s+)*{NAME_SEQ})", re.M)
# "Portfolio Holder: Councillor R. Tolley – Adult Social Care", "Chair: Cllr Jo Bell": a role
# labelling the line its holder is named on
ROLE_COLON_NAME = re.compile(rf"(?:^|(?<=[.;:]\s))((?:[A-Z][\w’'-]*[^\S\n]+){{0,3}}?(?i:{ROLE_NOUNS})(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][^:\n]{{0,60}}?)?)\s*:\s*(?:({TITLES})\.?\s+)?((?:[A-Z]\.?\s+)*{NAME_SEQ})", re.M)
# "Portfolio: Health and Wellbeing (Councillor Ruth Farnley)", a report's cover: the portfolio's holder
PORTFOLIO_LABEL = re.compile(rf"^(?:Cabinet\s+)?Portfolios?\s*:[^\S\n]*([A-Z][^()\n:]{{2,80}}?)[^\S\n]*\(\s*({TITLES})\.?\s+({NAME_SEQ})\s*\)", re.M)
NAMES_GO_ON = re.compile(rf"\b(?:{TITLES})\.?\s|\b{PLURAL_TITLE}\b")  # a titled name: the next item of a list
NAME_BEFORE_SAY = re.compile(rf"\s+(?:{SAY})\b")
# a name right before a plain speech verb: "“...,” Barry said" (a first name that is also a town
# is a person when it speaks); areas reads first names the same way
SPEAKS_AFTER = re.compile(rf" {lexicon.words_regex(_WORDS['name_speaking_verbs'])}\b")
# a job given in passing: "spent 20 years as a nurse", "lost her job as a clerk at a bank", "worked for ten years as a chef"
JOB_GIVEN = re.compile(r"\b(?:spent\s+(?:[\w-]+\s+){1,3}?as|(?:worked|works)\s+(?:for\s+[\w-]+\s+years\s+)?as|lost\s+(?:her|his|their)\s+job\s+as"
                       r"|(?:trained|qualified|retired)\s+as)\s+(?:a|an)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?"
                       r"(?:\s+(?:at|with|for)\s+(?:a|an|the)\s+[a-z]+)?)(?=\s+(?:at|in|for|before|until|when|and|with|on|from)\b|[,.;])")
# a paragraph that opens with a lone capitalised word as its subject, its next sentence opening "She" or "He"
LEDE_FIRST_NAME = re.compile(r"(?:^|\n)([A-Z][a-z]{2,})\s+(?:[a-z]+\s+){0,2}?(?:is|was|has|had|says|said|[a-z]+s|[a-z]+ed)\b[^\n“”\"]*?[.!?]\s+(?:She|He)\s")
FIRST_NAME_SPEAKING = re.compile(rf"\b([A-Z][a-z]+){SPEAKS_AFTER.pattern}")
# a question verb in the past perfect is background to the narration, not the question answered next
BACKGROUND_BEFORE = re.compile(r"\b(?:had|’d|'d)\s+(?:already\s+|previously\s+|also\s+)?$")
QUESTION_WORDS = set(_WORDS["question_verbs"])
QUESTION_VERB = re.compile(rf"\b{lexicon.words_regex(_WORDS['question_verbs'])}\b")
# a minute's or report's item number: "HW9.6", "3.8", "59"
ITEM_NUMBER = r"[A-Z]{0,4}\d+(?:[./]\d+)*[a-z]?"  # "3.9", "HW9.6", "21/114.3" (a minute numbered by its year)
ITEM_NO_RE = re.compile(rf"\(?{ITEM_NUMBER}[.)]?")
# (and British single marks, whose closing mark is no apostrophe: ‘He didn’t know,’)
QUOTED = re.compile(r"[“\"][^”\"\n]*(?:[”\"]|$)|(?<![\w’])‘(?:[^’\n]|’(?=\w))*(?:’|$)", re.M)
# "Callum Rees-Whitworth", "Felicity Wragg-Osei": the model reads a double-barrelled surname as an
# organisation; after a first name it is a person's
DOUBLE_BARRELLED = re.compile(rf"\b({NAME})\s+((?:Mc|Mac|O['’])?[A-Z][a-z]+-(?:Mc|Mac|O['’])?[A-Z][a-z]+)\b(?!-)")
# "a 41-year-old who asked to be known only as Jay", "who asked to be called Jess": a case study named by
# first name alone
KNOWN_ONLY_AS = re.compile(rf"\b(?:(?:to\s+be\s+(?:known|called|named|identified)|known\s+only)\s+(?:only\s+)?as|to\s+be\s+(?:called|named))"
                           rf"\s+({NAME})\b(?!\s+[A-Z])")
JOINED_BY_BEFORE = re.compile(rf"\b(?:joined|accompanied)\s+(?:[a-z]+\s+){{0,4}}?by\s+(?:(?:{TITLES})\.?\s+)?$")
REPORTED_SAYING_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|tells|explained|explains)\b")
# who a question was put to, right after the question verb: "him", "the Cabinet Member", "Ms Dunn"
# (or as the subject of the question's clause: "asked whether the Cabinet Member would meet residents")
_MODALS = r"(?:would|will|could|can|might|should|had|has|was|is)"
ASKED_OBJECT = re.compile(rf"(?:\s+(?:whether|if)(?=\s+(?:[Tt]he\s+[A-Z]|(?:{TITLES})\.?\s+[A-Z])[^.\n]{{0,60}}?\s{_MODALS}\b))?"
                          rf"\s+(?:(?P<pronoun>him|her)\b"
                          rf"|(?P<role>[Tt]he\s+(?:[A-Z][\w’'-]*\s*)+?)(?=\s+(?:whether|if|about|why|what|how|when|to|for|on|{_MODALS})\b)"
                          rf"|(?:{TITLES})\.?\s+[A-Z])")
# one the text makes the interviewer: "She talked about it with X on the breakfast show", "presenter X";
# their question with no one named to answer ("X asked whether ...") is answered by the one interviewed
INTERVIEWER_BEFORE = re.compile(r"(?:\b(?:talked|talking|talks|spoke|speaking|speaks|chatted|chatting)\s+(?:about\s+[^.;,\n]{1,30}?\s+)?(?:to|with)"
                                r"|\binterview(?:ed)?\s+(?:with|by)|\b(?i:presenter|host|interviewer|broadcaster),?)\s+$")
INTRODUCED_AFTER = re.compile(rf"{AGE_AFTER.pattern}|,\s+(?:a|an)\s+(?:\d{{1,3}}-year-old|[a-z-]+)\b")
# "One of the people he visits is Perran, a 71-year-old retired dairy farmer": a first name introduced with what they are
_INTRODUCING = r"\b(?:is|was|meet|meets|met)\s+"
INTRODUCED_BEFORE = re.compile(rf"{_INTRODUCING}$")
INTRODUCED_FIRST_NAME = re.compile(rf"{_INTRODUCING}({NAME}),\s+(?:a|an)\s+(?:\d{{1,3}}-year-old|[a-z-]+)\b")
COUPLE = re.compile(rf"\b({NAME})\s+(?:and|&)\s+({NAME})\s+({NAME})\b")
# the pronouns among the gender words: "she said" looks for a woman or someone of unknown gender
FIRST_NAMES = {r["name"]: r["gender"] for r in lexicon.load("first_names.csv")}
# "Neighbouring Southwark": a word that describes a place is no first name (the areas' list)
PLACE_OPENERS = set(lexicon.load("areas.toml")["place_openers"])
STREET_ENDINGS = set(_WORDS["street_endings"])
STREET_SURNAMES = set(_WORDS["street_surnames"])
VENUE_SURNAMES = set(_WORDS["venue_surnames"])
NOT_NAME_OPENERS = set(_WORDS["not_name_openers"])
CABINET_HEADING = re.compile(r"(?m)^\s*(?:THE\s+)?CABINET\s*$|\bmeeting\s+of\s+(?:the\s+)?Cabinet\b")
# who set a group up: "was set up in 2014 by Marjorie Elsdon", "Jo Bell, who founded the group"
FOUNDED_BY_NAME = re.compile(rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:set\s+up|founded|co-founded|started)\s+(?:in\s+\d{{4}}\s+)?by\s+(?P<name>{NAME}\s+{NAME})\b")
NAME_WHO_FOUNDED = re.compile(rf"(?P<name>{NAME}\s+{NAME}),\s+who\s+(?:set\s+up|founded|co-founded|started)\s+(?:the|this|that)\s+(?:group|charity|café|cafe|project|club)\b")
# a role said of someone in a sentence of who they are: "That worker was Barry X", "Her key worker is Jo Bell"
IDENTITY_POSTS = ("worker", "keyworker", "nurse", "mentor", "manager", "coordinator", "co-ordinator", "officer", "counsellor", "doctor")
IDENTITY_ROLE_NAME = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:That|This|The|Her|His|Their|My|Our)\s+(?P<role>(?:[a-z]+\s+)?(?:{'|'.join(IDENTITY_POSTS)}))"
                                rf"\s+(?:was|is)\s+(?P<name>{NAME}\s+{NAME})\b", re.M)
WHO_AFTER = re.compile(r",\s+who\s")
FROM_PLACE_BEFORE = re.compile(r"\b(?:from|in|near|outside)\s+$")  # "a retired trawlerman from Sleights"
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|off|along|in|at)\s+(?:(?:North|South|East|West|Upper|Lower|Old|New|Great|Little)\s+)?$")  # ("in West Haverleigh Lane")
VENUE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|to|into|from|onto|of)\s+$")
THING_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}?(?:unit|ward|centre|center|clinic|hospital|hostel|building)\b")
# "St Thomas’ Hospital", "St Mary's Church", "Guy’s and St Thomas’ NHS Foundation Trust": a name
# with a building or an NHS body after it names that
_BUILDINGS = lexicon.load("providers.toml")
# (or the first names of a body's: "Rotherham Doncaster and South Humber NHS Foundation Trust")
NAMESAKE_AFTER = re.compile(rf"(?:['’]s?)?(?:[ \t]+and(?:[ \t]+[A-Z][\w’'-]*){{1,3}})?[ \t]+(?:NHS\b|{lexicon.words_regex(_BUILDINGS['hospital_words'] + _BUILDINGS['venue_words'] + _WORDS['building_words'])}\b)")
# "Clear Heads was set up in the autumn by ...": a group or a venture, never a person
FOUNDED_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:set\s+up|founded|launched|formed|established|created|registered)\b")
TITLE_BEFORE = re.compile(rf"\b(?:{TITLES})\.?\s+$")
CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s+$")
OPENING_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n)[A-Z][\w’'-]*\s+$")
NAME_GOES_ON = re.compile(r"\s+[A-Z]")
SUBJECT_DEPS = string_ids(["nsubj", "nsubjpass"])
SUBJECT_LIKE_DEPS = string_ids(["nsubj", "nsubjpass", "conj", "pobj"])  # and conjoined subjects, passive agents
ROOT_DEP = string_ids(["ROOT"])


@functools.cache
def first_name_ids():
    return string_ids(FIRST_NAMES)


PRONOUNS = {w: g for g, words in (("f", FEMALE), ("m", MALE)) for w in words if w in ("he", "him", "his", "she", "her", "hers")}


@dataclass(eq=False)
class Person:
    name: str
    role: str | None
    org: str | None
    start: int
    name_start: int | None = None  # where the full name is written, when it is
    title: str | None = None
    gender: str | None = None      # "f", "m" or None when the text gives no cue
    roles: set = field(default_factory=set)  # folded role phrases: {"chair", "leader", "director of public health"}


@dataclass
class Mention:
    start: int
    end: int
    person: Person
    subject: bool = False  # the grammatical subject of its clause


def strip_title(name: str) -> tuple[str, str | None]:
    m = TITLE_RE.match(name)
    if not m:
        return name.strip(), None
    return name[m.end():].strip(), m.group(0).strip().rstrip(".")


def clean_name(raw: str) -> str:
    """Possessive, titles, middle initials and letters after the name dropped: "Dr Peter J. Lund's"
    and "Peter Lund JP" -> "Peter Lund"."""
    raw = re.sub(r"['’]s?$", "", raw.strip())
    raw = re.sub(rf"(?:{POST_NOMINALS.pattern})$", "", raw)
    raw = re.sub(rf"^{PLURAL_TITLE}\s+", "", raw)
    name, _ = strip_title(raw)
    name = re.sub(rf"^(?:{TITLES})\.?\s+", "", name)
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.?", p)]
    return " ".join(parts)


def is_councillor(person) -> bool:
    return bool(person.title and person.title.lower() in COUNCILLOR_TITLES) or (person.role or "").startswith("Councillor")


def fold_role(role: str) -> str:
    role = re.sub(r"\s+", " ", role.strip(" ,.;").lower())
    role = re.sub(r"^(?:the|a|an)\s+", "", role)
    # "Cabinet Member – Health and Care Services" is the Cabinet Member for them
    role = re.sub(r"\b(member|lead|holder|spokesperson|champion)\s*(?:[–—:]|\s-)\s*", r"\1 for ", role)
    # ("Cabinet Member with Responsibility for Children and Families")
    role = re.sub(r"\b(member|lead|holder|councillor)\s+with\s+(?:special\s+|lead\s+)?responsibility\s+for\b", r"\1 for", role)
    return ROLE_ALIASES.get(role, role)


NAMES_JOINED = re.compile(r"[A-Z][\w’'-]+(?:(?:,\s+|\s+(?:and|&)\s+)[A-Z][\w’'-]+)+")
TWO_OFFICES = re.compile(r"\s*((?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]*)\s+and\s+([A-Z].*)$")


def _two_offices(piece):
    """A role's piece as the offices it joins: "Chairman and Leader of the Council" is both."""
    m = TWO_OFFICES.match(piece)
    return (m.group(1), m.group(2)) if m and m.group(1).split()[-1].lower() in ROLE_HEADS else (piece,)


def role_keys(role: str) -> set:
    """The phrases a role can be named by later: "Leader of the Council, in the Chair" ->
    {"leader of the council", "leader", "chair"}."""
    keys = set()
    # "GMCA portfolio lead for health and a Trafford councillor": two roles, each also without the
    # body named before it ("the portfolio lead", "the councillor")
    pieces = re.split(r",|;|\band\s+(?=in the chair)|\s+and\s+(?=(?:a|an|the)\s)", role)
    # "Chairman and Leader of the Council": a bare office, then another
    pieces = [q for p in pieces for q in _two_offices(p)]
    # (not past a party or "Opposition": "Opposition Labour leader" is no "the Leader")
    pieces += [m.group(2) for p in pieces if (m := re.match(r"\s*(?:(?:an?|the)\s+)?((?:[A-Z][\w’'&-]*\s+)+)(?!(?:for|of|and|in|at|to|the)\b)([a-z].*)$", p))
               and not set(m.group(1).split()) & (PARTIES | {"Opposition"})]
    for raw in pieces:
        part = fold_role(raw)
        if not part:
            continue
        keys.add(part)
        written = re.sub(r"\s+", " ", raw.strip(" ,.;").lower()).removeprefix("the ")
        keys.add(written)
        own = re.sub(r"^.*?['’]s\s+", "", part)  # "havering’s cabinet member for health"
        keys.add(ROLE_ALIASES.get(own, own))
        for said in {part, written}:  # "chairman of the ... committee": "the committee chairman"
            if (body := BODY_OF_ROLE.match(said)) and body.group(1).split()[-1] in ROLE_HEADS:
                keys.add(f"{body.group(2)} {body.group(1)}")
        # "Safer, Greener and Transport Portfolio Holder" is "the Portfolio Holder": the office after its portfolio
        # (not a shadow's: "Shadow Cabinet Member" is never "the Cabinet Member")
        if (trailing := PORTFOLIO_OFFICE_LAST.search(own)) and trailing.start(1) > 0 and not NOT_THE_OFFICE.match(own):
            keys.add(trailing.group(1))
            keys.add(ROLE_ALIASES.get(trailing.group(1), trailing.group(1)))
        head = re.split(r"\s+(?:of|for)\s+", own)[0]  # "chairman of the health scrutiny committee" is "the Chairman"
        if head in ROLE_ALIASES:
            keys.add(ROLE_ALIASES[head])
    return keys


def org_of(role: str | None, providers: dict) -> str | None:
    """The organisation a role names: "chief executive of Humankind", "Westmorland and Furness
    Council’s cabinet member", "Lead Officer, Aberdeen City Alcohol and Drugs Partnership"
    (providers under their canonical name). A bare "Council" or "Public Health" names no one body."""
    if not role:
        return None
    found = []
    for part in role.split(","):
        part = part.strip()
        own = re.match(r"^(.+?)['’]s?\s", part)  # "Wigan Council’s cabinet member"
        if own and own.group(1)[:1].isupper():
            found.append(own.group(1))
        # (not a portfolio: "Cabinet Member for Public Health and Public Protection")
        found += [m.group(1) for m in ORG_IN_ROLE.finditer(part) if m.group(1)
                  and not (part.startswith("for", m.start())
                           and re.search(r"\b(?:[Mm]ember|[Hh]older|[Ll]ead|[Ss]pokesperson|[Cc]hampion)\s+$", part[:m.start()]))]
        if part[:1].isupper() and not re.match(r"(?:the\s+)?" + ROLE_NOUNS + r"\b", part, re.I):  # not "Leader of the Council"
            found.append(part)
    for org in found:
        bare = gazetteer.without_the(org.strip())
        if bare in providers:
            return providers[bare].name
        if len(bare.split()) >= 2 and ORG_RE.search(bare) and bare.lower() not in NOT_ORGS:
            return bare
    return None


def single_provider(doc) -> str | None:
    """The provider a story names, when it names exactly one (from the gazetteer)."""
    named = {p["row"]["name"] for p in (doc._.rw_providers or []) if p["row"].get("in_gazetteer", 1)}
    return named.pop() if len(named) == 1 else None


def provider_meant(doc, noun: str, pos: int | None = None) -> str | None:
    """The provider "the charity" (or "the provider") stands for: the one the story names; else,
    of the named providers of that kind, the only one the paragraph named before `pos`, or the
    only one in the story ("the charity" beside a CIC)."""
    called = _called_so(doc, noun, pos) if pos is not None else None
    if called is not None:
        return called
    one = single_provider(doc)
    if one is not None:
        return one
    kinds = GENERIC_ORG_KINDS.get(noun.lower())
    provs = [p for p in (doc._.rw_providers or []) if p["row"].get("in_gazetteer", 1)
             and (kinds is None or p["row"].get("type") in kinds)]
    if pos is not None:
        text = doc_text(doc)
        line_lo = text.rfind("\n", 0, pos) + 1
        spans = [(p["row"]["name"], sp) for p in provs for sp in p["spans"] if line_lo <= sp["start"] < pos]
        here = {name for name, _ in spans}
        if len(here) == 1:
            return here.pop()
        if not here and (anaphor := _named_then_called(doc, noun, pos, provs)) is not None:
            # "... awarded the contract to Cranstoun. The charity takes over in July." then, after a paragraph
            # naming a partner, "A spokesperson for the charity said": the one the text has called so
            return anaphor
        if not here and line_lo > 0:
            # "The outgoing provider, Cranstoun, has run the service since 2016.\nThe charity said in
            # a statement:": the one the paragraph just before named
            prev_lo = text.rfind("\n", 0, len(text[:line_lo].rstrip("\n"))) + 1
            before = {p["row"]["name"] for p in provs for sp in p["spans"] if prev_lo <= sp["start"] < line_lo}
            if len(before) == 1:
                return before.pop()
        # "Aquarius said it would work with CRI ... A spokesperson for the charity said": of two
        # named in the paragraph, the one a sentence is about (its subject)
        subjects = {name for name, sp in spans if _span_is_subject(doc, sp["start"], sp["end"])}
        if len(here) > 1 and len(subjects) == 1:
            return subjects.pop()
    named = {p["row"]["name"] for p in provs}
    return named.pop() if kinds and len(named) == 1 else None


def _named_then_called(doc, noun: str, pos: int, provs) -> str | None:
    """The one provider a sentence opening "The charity ..." goes on about, where the sentence before it
    names that provider alone; None where the text does so of none or of several."""
    text = doc_text(doc)
    found = set()
    for m in re.finditer(rf"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+{re.escape(noun.lower())}\b", text[:pos], re.M):
        prev_lo = max(text.rfind(". ", 0, m.start() - 2) + 2, text.rfind("\n", 0, m.start() - 1) + 1, 0)
        named = {p["row"]["name"] for p in provs for sp in p["spans"] if prev_lo <= sp["start"] < m.start()}
        if len(named) == 1:
            found |= named
    return found.pop() if len(found) == 1 else None


def _called_so(doc, noun: str, pos: int) -> str | None:
    """The provider "the charity" before `pos` stands for where the text calls one so: of the
    providers of that kind (a listed one by its type, one found from context where an apposition
    calls it so: "Hamoaze House, the Devonport charity"), those named in the last sentence before
    `pos` that names any, and of those the sentence's subject. None where no provider is called so."""
    text = doc_text(doc)
    called = re.compile(rf"(?:,|\s+[–—-])\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun.lower())}\b(?![’'])", re.I)
    kinds = GENERIC_ORG_KINDS.get(noun.lower())
    provs = doc._.rw_providers or []
    if not any(not p["row"].get("in_gazetteer", 1) and any(called.match(text, sp["end"]) for sp in p["spans"]) for p in provs):
        return None  # nothing found from context is called so: the usual reading decides
    fits = [p for p in provs if any(called.match(text, sp["end"]) for sp in p["spans"])
            or (p["row"].get("in_gazetteer", 1) and (kinds is None or p["row"].get("type") in kinds))]
    mentions = [(sp, p["row"]["name"]) for p in fits for sp in p["spans"] if sp["start"] < pos]
    if not mentions:
        return None
    sent_of = {id(sp): _sentence_start(doc, sp["start"]) for sp, _ in mentions}
    last = max(sent_of.values())
    here = {(name, _span_is_subject(doc, sp["start"], sp["end"])) for sp, name in mentions if sent_of[id(sp)] == last}
    names = {name for name, _ in here}
    subjects = {name for name, subject in here if subject}
    return names.pop() if len(names) == 1 else subjects.pop() if len(subjects) == 1 else None


def _sentence_start(doc, char) -> int:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    return tok.sent.start_char if tok is not None else char


def _span_is_subject(doc, start, end) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep in SUBJECT_DEPS


def home_council(doc, kind=None) -> str | None:
    """The council of the story (its primary area) as the text names it ("Kent County Council"),
    else built from the area's name."""
    areas = doc._.rw_areas or []
    primary = next((a for a in areas if a["is_primary"]), None)
    if primary is None:
        return None
    home = primary["row"]["name"]
    # the name as the text writes it: "Bristol City Council" for the registry's "City of Bristol"; for
    # "the county council", not a district the county was found through ("Eastbourne Borough Council"
    # for East Sussex), which "the council" or "the borough council" may well mean
    names = {home, *primary.get("matched", [])}
    if (kind or "").strip().lower() == "county":
        names -= {n for a in areas if a is not primary for n in a.get("matched", [])} - {home}
    for name in sorted(names, key=lambda n: (-len(n), n)):  # longest first, ties in a fixed order
        name = re.sub(r"\s+(?:(?:County|City|Borough|District|Metropolitan Borough)\s+)?Council$", "", name)
        m = re.search(rf"\b{re.escape(name)}(?:\s+(?:County|City|Borough|District|Metropolitan Borough))?\s+Council\b", doc_text(doc))
        if m:
            return m.group(0)
    kind = (kind or "").strip().title()
    if kind and home.endswith(" " + kind):  # the registry's "Buckinghamshire County"
        kind = ""
    return f"{home} {kind} Council" if kind else f"{home} Council"


def _in_clause_of_other(tok, mention):
    """Whether `tok` sits in a relative clause describing some common noun, not the person named at
    `mention`: "a bar manager who used his training" tells the manager's gender, not the speaker's."""
    for anc in tok.ancestors:
        if anc.dep_ == "relcl":
            head = anc.head
            # (not a noun in apposition to the person: "Perran, a retired farmer who asked that his surname ...")
            described = head.dep_ == "appos" and mention.start <= head.head.idx < mention.end
            return head.pos_ == "NOUN" and not (mention.start <= head.idx < mention.end) and not described
    return False


def _gender_of(person):
    """A person's gender as the text tells it, else as their first name usually does."""
    parts = person.name.split()
    return person.gender or (FIRST_NAMES.get(parts[0]) if len(parts) > 1 else None)


class People:
    """The people table of one document, with every mention of them in order."""

    _unlisted_firsts = frozenset()  # first names the list lacks, met speaking (set by _lone_first_names)
    _introduced_at = frozenset()  # where a first name is introduced as a person ("One participant, Marcy,", "known only as Jay"; set by _collect)

    def __init__(self, doc, orgs=(), places=()):
        self.doc = doc
        self.text = doc_text(doc)
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self._orgs, self._places = set(orgs), set(places)
        self._providers = gazetteer.provider_names()
        self._subjects_of_verbs = tokens_with(doc, "DEP", SUBJECT_DEPS)
        self._subject_chars = self._subjects(doc)
        # subjects of a sentence's main verb: "Rhodri Pugh, who chairs the board, said the money was
        # what Cllr Jones had argued for": Pugh, not Jones
        self._main_chars = {i for t in self._subjects_of_verbs if t.head.dep_ == "ROOT"
                            and not any(c.dep_ == "conj" for c in t.children)  # not "Jo and Ann set up"
                            # a name in apposition to a noun subject ("Her sister, Rachel Hale, told"), not
                            # one beside a name ("X, representing the licence holder, Mr Y, said")
                            for n in (t, *[c for c in t.children if c.dep_ == "appos" and t.pos_ == "NOUN"])
                            for i in range(n.idx, n.idx + len(n))}
        self._root_verbs = {t.idx for t in tokens_with(doc, "DEP", ROOT_DEP) if t.pos_ == "VERB"}
        self._collect()

    # --- building -----------------------------------------------------------

    @staticmethod
    def _subjects(doc):
        chars = set()
        for tok in tokens_with(doc, "DEP", SUBJECT_LIKE_DEPS):
            # the agent of a passive is its subject in meaning: "He was joined at the launch by Tom
            # Askew" (the parser may hang "by" on the noun before it)
            agent = tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or (
                tok.head.lower_ == "by" and any(t.dep_ == "nsubjpass" for t in tok.sent)))
            if agent or tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")):
                # the name in apposition to a subject is the subject: "Liam's mother Julie Harker told",
                # "the charity's chief executive Sara Whitely, who ..., said", "joined by the charity's
                # manager, Tom Askew"
                named = [c for c in tok.children if (tok.head.dep_ == "ROOT" or agent) and (c.dep_ == "appos" or (
                    c.pos_ == "PROPN" and c.dep_ in ("advmod", "npadvmod", "nmod") and tok.pos_ == "NOUN"))]
                for t in [tok, *[c for c in tok.children if c.dep_ in ("compound", "det", "amod")],
                          *named, *[g for c in named for g in c.children if g.dep_ == "compound"]]:
                    chars.update(range(t.idx, t.idx + len(t)))
        return chars

    def _collect(self):
        text = self.text
        spans = []  # (start, end, title, role in brackets)
        # a provider's name is never a person's, however the model tags part of it: "Change Grow Live,
        # which was known as CRI" opening a sentence, read as the verb "Change" and a person "Grow Live"
        in_provider = [(sp.start, sp.end) for sp in self.doc._.rw_provider_spans or ()]
        for e in doc_ents(self.doc):
            if e.label_ == "PERSON" and not any(a <= e.start and e.end <= b for a, b in in_provider):
                prev = self.doc[e.start - 1] if e.start > 0 else None
                if len(e) == 1 and self._place_after_preposition(e.start_char, e.text):
                    continue  # "a retired trawlerman from Sleights": a village the model read as a person
                start = e.start_char
                if (len(e) == 1 and prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha
                        and prev.text not in TITLE_WORDS and prev.lower_ not in ROLE_WORDS and prev.text not in self._places):
                    start = prev.idx  # "Natalia Kowalczyk" read as a place and a person: one name
                end = e.end_char
                poss = next((t for t in e if t.text in ("’s", "'s") and t.i > e.start), None)
                if poss is not None and e[0].text == "The" and poss.i + 1 < e.end and self.doc[poss.i + 1].is_title:
                    continue  # "The King’s Lane team": a place named for someone, never a person
                if poss is not None:
                    end = poss.idx  # the model's "Kerry’s day" is Kerry
                lead = next((t for t in e if not ITEM_NO_RE.fullmatch(t.text)), None)
                if lead is not None and lead.idx > start and start == e.start_char:
                    start = lead.idx  # the model's "12.8 Lee" is Lee after an item number
                spans.append((start, end, None, None))
        for m in MIDDLE_INITIAL_NAME.finditer(text):  # "Simone K. Ashworth", read by the model as part of an ORG
            if (m.group(1) not in TITLE_WORDS and m.group(1).lower() not in ROLE_WORDS
                    and not ({m.group(1), m.group(2)} & (self._places | self._orgs))):
                spans.append((m.start(), m.end(), None, None))
        for m in TITLED_NAME.finditer(text):
            spans.append((m.start(), m.end(), m.group(1), None))
        # (not a village after "from": "a retired trawlerman from Sleights, who told ...")
        first_only = [m for m in FIRST_NAME_ONLY.finditer(text)
                      if not self._place_after_preposition(m.start(), m.group(1))]
        spans += [(m.start(1), m.end(1), None, None) for m in first_only]
        # "Kemi, who joined the programme in 2019, told us:": one name, a who-clause and a speech verb
        described = [*DESCRIBED_FIRST_NAME.finditer(text), *(m for m in NAME_DESCRIBED_SAID.finditer(text)
                                                             if m.group(1) in FIRST_NAMES)]
        # (and one a first-name introduction follows: "Stephen, whose daughter is in treatment in Carlisle,",
        # which the model may read as a place)
        self._introduced_at = {m.start(1) for m in described} | {
            m.start(1) for m in first_only if m.group(1) in FIRST_NAMES}
        spans += [(m.start(1), m.end(1), None, None) for m in [*NAME_WHO_SAID.finditer(text), *described]
                  if m.group(1) not in TITLE_WORDS and m.group(1) not in self._places and m.group(1) not in self._orgs]
        spans += [(m.start(1), m.end(2), None, None) for m in FULL_NAME_WHO_SAID.finditer(text)
                  if m.group(1) in FIRST_NAMES and m.group(2) not in self._places]
        spans += [(m.start(1), m.end(2), None, None) for m in FULL_NAME_THEN_PRONOUN_SAID.finditer(text)
                  if FIRST_NAMES.get(m.group(1)) == {"He": "m", "She": "f"}[m.group(3)] and m.group(2) not in self._places | self._orgs]
        spans += [(m.start(1), m.end(2), None, None) for m in FULL_NAME_THEN_QUOTE_PRONOUN.finditer(text)
                  if FIRST_NAMES.get(m.group(1), {"he": "m", "she": "f"}[m.group(3)]) == {"he": "m", "she": "f"}[m.group(3)]
                  and not ({m.group(2), text[m.start(1):m.end(2)]} & (self._places | self._orgs))
                  and m.group(1) not in TITLE_WORDS and m.group(1) not in NOT_NAME_OPENERS
                  and not ORG_RE.search(text[m.start(1):m.end(2)]) and self._proper_nouns(m.start(1), m.end(2))]
        # a listed first name and a surname that the parse makes a clause's subject, where the model
        # missed the person: "When Alison Gedney got home that evening, ..."
        for m in FIRST_NAME_SURNAME.finditer(text):
            if m.group(1) in FIRST_NAMES and not ({m.group(2), m.group(0)} & (self._places | self._orgs)):
                pair = self.doc.char_span(m.start(), m.end(), alignment_mode="contract")
                # (the model's ORG stands where a role noun comes right before: "town councillor Olwen Hale")
                # (or a role in apposition before: "His recovery worker, Leanne Hale, gave evidence")
                # (capitalised where it opens the sentence: "Trainer Saoirse Ubah, who ...")
                role_before = re.search(rf"\b(?i:{ROLE_NOUNS})(?P<comma>,)?\s+$", text[max(0, m.start() - 40):m.start()])
                if (pair is not None and len(pair) == 2 and all(t.pos_ == "PROPN" for t in pair)
                        and (pair[1].dep_ in ("nsubj", "nsubjpass") or (role_before and role_before["comma"] and pair[1].dep_ == "appos"))
                        and (pair[0].ent_type_ not in ("ORG", "GPE", "FAC", "LOC") or (role_before and pair[0].ent_type_ == "ORG")
                             # (a person's relative pronoun after: "But Maxine Dunderdale, who chairs the traders'
                             # association, said", which the model read as an organisation)
                             or (pair[0].ent_type_ == "ORG" and WHO_AFTER.match(text, m.end())))):
                    spans.append((m.start(), m.end(), None, None))
        # "Magistrates, chaired by Ingeborg X, imposed ...": a bench or a board is chaired by a person,
        # whatever the model reads the name as
        spans += [(m.start(1), m.end(1), None, None) for m in CHAIRED_BY_NAME.finditer(text)
                  if not ORG_RE.search(m.group(1)) and not ({*m.group(1).split(), m.group(1)} & (self._places | self._orgs))
                  and m.group(1).split()[0] not in TITLE_WORDS | NOT_NAME_OPENERS and self._proper_nouns(m.start(1), m.end(1))]
        for m in AGED_NAME.finditer(text):
            first = self.doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if first is not None and len(first) == 2 and first[0].pos_ == "PROPN" and first[0].text not in TITLE_WORDS:
                spans.append((m.start(1), m.end(1), None, None))  # not "Meanwhile Dan, 34,"
        spans += [(m.start(), m.end(), None, None) for m in SPEAKING_NAME.finditer(text)
                  if (m.group(1) in FIRST_NAMES or m.group(1).split("-")[0] in FIRST_NAMES)  # "Anne-Marie"
                  and m.group(2)[:1].isupper() and m.group(2) not in self._places]
        # an unfamiliar first name in the same shape, with the role and the speech verb both there:
        # "6.6 Jacqui Vowles, Area Manager for Addaction, said"
        spans += [(m.start(), m.end(), None, None) for m in SPEAKING_ROLE_NAME.finditer(text)
                  if m.group(1) not in TITLE_WORDS and m.group(1).lower() not in ROLE_WORDS
                  # (a surname may be a place, as many are: "Gareth Washington", "Iestyn Tarleton"; not the
                  # first name or the whole: "Stoke Newington")
                  and not ({m.group(1), text[m.start(1):m.end(2)]} & (self._places | self._orgs)) and m.group(2) not in self._orgs
                  and not ORG_RE.search(m.group(0))]
        spans += [(m.start(1), m.end(1), None, None) for m in anchored.finditer(ROLE_NOUN_NAME_SAYS, text, NAME_SAYS)
                  if not ({*m.group(1).split(), m.group(1)} & (self._places | self._orgs - {m.group(1)}))
                  and not ORG_RE.search(m.group(1)) and m.group(1).split()[0] not in TITLE_WORDS]
        spans += [(m.start(1), m.end(1), None, None) for m in anchored.finditer(SAYS_ROLE_NOUN_NAME, text, SAYS_LOWER)
                  if not ({*m.group(1).split(), m.group(1)} & (self._places | self._orgs - {m.group(1)}))
                  and not ORG_RE.search(m.group(1)) and m.group(1).split()[0] not in TITLE_WORDS]
        spans += [(m.start(1), m.end(1), None, None) for m in anchored.finditer(ROLE_THEN_SPEAKING_NAME, text, NAME_THEN_SPEAKING)
                  if not ({*m.group(1).split()} & (self._places | self._orgs)) and not ORG_RE.search(m.group(1))
                  and m.group(1).split()[0] not in TITLE_WORDS]
        family = {m.start(2): m.group(1).lower() for m in anchored.finditer(FAMILY_FIRST_NAME, text, RELATIVE_ANCHOR)}
        spans += [(m.start(2), m.end(2), None, None) for rx in (FAMILY_FIRST_NAME, RELATIVE_FULL_NAME)
                  for m in anchored.finditer(rx, text, RELATIVE_ANCHOR)]
        spans += [(m.start(), m.end(), None, None) for m in DOUBLE_BARRELLED.finditer(text)
                  if m.group(1) not in TITLE_WORDS and m.group(1).lower() not in ROLE_WORDS
                  and not ({m.group(1), m.group(2)} & (self._places | self._orgs))]
        # ("is Perran, a retired farmer" may be a place's name: "is Truro, a city of ...", unlike "known only as Lee")
        known_as = [m for rx in (KNOWN_ONLY_AS, INTRODUCED_FIRST_NAME) for m in rx.finditer(text)
                    if m.group(1) not in TITLE_WORDS and m.group(1) not in self._places and m.group(1) not in self._orgs
                    and (rx is KNOWN_ONLY_AS or not gazetteer.is_place_name(m.group(1)))]
        self._introduced_at |= {m.start(1) for m in known_as}  # named as a person, as a described first name is
        spans += [(m.start(1), m.end(1), None, None) for m in known_as]
        spans += self._lone_first_names()
        self._family = family
        listed = self._lists()  # attendance lists are the most exact source: read first
        self._listed_starts = {x[0] for x in listed}
        taken, singles = [], []
        for m in COUPLE.finditer(text):  # "Graham and Wendy Pennock": two people, one surname
            surname = re.sub(r"[’']s$", "", m.group(3))  # "Jackie and Clive Pettifer’s son"
            if m.group(1) in FIRST_NAMES and m.group(2) in FIRST_NAMES and surname not in self._places:
                self._add(f"{m.group(1)} {surname}", m.start(1), m.end(1), None, None, None)
                self._add(f"{m.group(2)} {surname}", m.start(2), m.start(3) + len(surname), None, None, m.start(2))
                taken.append((m.start(), m.end()))
        ordered = sorted(listed, key=lambda x: x[0]) + sorted(spans, key=lambda x: (x[0], -(x[1] - x[0])))
        for s, e, title, bracket in ordered:
            if any(s < e2 and s2 < e for s2, e2 in taken):
                continue
            raw = text[s:e]
            if title is None:
                _, title = strip_title(re.sub(r"['’]s?$", "", raw))
            if raw.isupper() and len(raw) > 3 and (s, e, title, bracket) in listed:
                raw = raw.title()  # a list in capitals: "MRS G E PICKERSGILL" is Pickersgill
            name = clean_name(raw)
            parts = name.split()
            lead = []
            while len(parts) > 1 and (LEAD_COMPOUND.fullmatch(parts[0]) or (len(parts) > 2 and parts[0].lower() in ROLE_WORDS)):
                lead.append(parts.pop(0))
            name = " ".join(parts)
            if (not parts or "\n" in raw or name in self._orgs or not (parts[0][:1].isupper() and parts[-1][:1].isupper())
                    or AFTER_PARTY.search(text, max(0, s - 30), s)
                    or not all(p[:1].isupper() or re.fullmatch(PARTICLES, p) for p in parts[1:-1])):
                continue
            taken.append((s, e))  # only a span kept as a name hides the shorter ones inside it
            if len(parts) == 1:
                singles.append((s, e, name, title, bracket))
                continue
            if (name in self._places or all(p in self._places for p in parts) or gazetteer.without_the(name) in self._providers
                    or self._branch(parts)  # "Cranstoun Slough"
                    or ORG_RE.search(name)  # "Healthwatch Somerset" speaks as an organisation
                    or name in PARTIES  # "(Lib Dem, Rodwell)" after a councillor's name
                    or (parts[0].lower() in PLACE_OPENERS and gazetteer.is_place_name(" ".join(parts[1:])))
                    or text.endswith("NHS ", 0, s)  # "NHS Greater Manchester said": a health body's name
                    or NAMESAKE_AFTER.match(text, e) or FOUNDED_AFTER.match(text, e) or parts[-1] in STREET_ENDINGS
                    or parts[0] in NOT_NAME_OPENERS  # "St Anne's", "The Board"
                    or (parts[-1] in VENUE_SURNAMES and len(parts) == 2 and parts[0] not in FIRST_NAMES and not title
                        and ((VENUE_PREPOSITION_BEFORE.search(text, max(0, s - 10), s) and not self._model_says_person(s, e))
                             or any(THING_APPOSITION_AFTER.match(text, x.end()) for x in re.finditer(re.escape(name), text))))
                    # ("Cransley Ward, the inpatient detox unit" anywhere in the text)
                    or (parts[-1] in STREET_SURNAMES and PLACE_PREPOSITION_BEFORE.search(text, max(0, s - 8), s)
                        and not re.match(r"['’]s\b", text[e:e + 3]))
                    or any(w.lower() in CALENDAR_WORDS for w in parts)  # "Friday, 17 March"
                    or (parts[0].endswith("ing") and parts[0] not in FIRST_NAMES and not title)  # "Representing Spectrum, Jo Lee"
                    or any(w in SERVICE_NAME_WORDS for w in parts)  # "Beacon Recovery St Helens", a service
                    or (any(len(w) >= 2 and w.isupper() for w in parts) and not all(w.isupper() for w in parts))  # "WDP Lewisham"
                    or (parts[-1].lower() in ROLE_HEADS and parts[0] not in FIRST_NAMES)  # "The Portfolio Holder"
                    or self._short_of_org(name, title)):  # "Gorse Edge’s director" of Gorse Edge Recovery CIC
                continue
            at = text.find(name, s, e)
            self._add(name, s, e, title, bracket, at if at >= 0 else None, " ".join(lead))
        for s, e, name, title, bracket in singles:
            self._single(s, e, name, title, bracket)
        self._alias_mentions()
        self._jobs_given()
        self._gender_cues()
        for p in self.people:  # last and weakest cue: a first name borne almost only by one gender
            if p.gender is None and (len(p.name.split()) > 1 or p.title is None):
                p.gender = FIRST_NAMES.get(p.name.split()[0])
        self.mentions.sort(key=lambda m: m.start)

    def _lists(self):
        """Names in attendance lists and after plural titles, each with its bracketed role:
        "Present: Councillor Amison (Chair); Councillors Grieve and Mathieson"."""
        found, offset, pending = [], 0, None
        # "Decision maker: Cabinet Member for Health (Councillor Jo Bell)", "PRESENT: Chair – Councillor
        # Lynne Hargreaves", "Portfolio Holder: Councillor R. Tolley"; a name ends with its line
        for rx in (ROLE_THEN_NAME, ROLE_DASH_NAME, ROLE_COLON_NAME):
            for m in (anchored.finditer(rx, self.text, BRACKETED_TITLE) if rx is ROLE_THEN_NAME else rx.finditer(self.text)):
                end = m.start(3) + len(m.group(3).split("\n", 1)[0].rstrip())
                role = m.group(1)
                if rx is not ROLE_THEN_NAME and (held := SECOND_BRACKET.match(self.text, end)):
                    role = f"{role}, {held.group(1)}"  # "Chairman: Councillor Nigel Fordyce (Leader)": both
                found.append((m.start(3), end, m.group(2), role))
        for m in PORTFOLIO_LABEL.finditer(self.text):
            found.append((m.start(3), m.end(3), m.group(2), f"Portfolio Holder for {m.group(1)}"))
        for par in self.text.split("\n"):
            par = par.replace("\t", "|")  # table cells: same length, so offsets hold
            letters = [c for c in par if c.isalpha()] if ATTENDANCE.match(par) else ()
            if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
                par = par.title()  # "PRESENT: COUNCILLOR MRS G E PICKERSGILL (CHAIRMAN)": same length, offsets hold
            m = ATTENDANCE.match(par)
            # a label alone on its line opens a list on the next line, which may run one name to a line:
            # "Attendance" / "Members of the Cabinet" / "Cllr Michael Dunstan (Leader of the Council, Chair)"
            bare_line = re.sub(r"\([^)]*\)", "", par)  # a list line: a titled name, or names with no lower-case words
            titled = re.match(rf"\s*(?:{TITLES})\.?\s", par)
            # "Dr. Aruna P. Velji, Consultant in Public Health." : a titled line may end in a full stop
            one_per_line = (len(par) < 120 and not par.rstrip().endswith(":")
                            and (titled or (not par.rstrip().endswith(".") and not re.search(r"\b[a-z]{4,}\b", bare_line))))
            # a list's next paragraph that opens with a titled name and its bracketed role goes on with
            # it, however long: "Councillor Jo Bell (Deputy Mayor for Health, ...) and Councillors ..."
            bracketed = titled and re.match(rf"\s*(?:{TITLES})\.?\s+{NAME_SEQ}\s*\(", par)
            if m is None and par.strip() and (pending == "label" or (pending == "list" and (one_per_line or bracketed))):
                m = re.match(r"\s*", par)
            if par.strip():
                pending = ("label" if m and not par[m.end():].strip() else
                           "list" if m and one_per_line else None)
            chunks = [(m.end(), len(par))] if m else []
            chunks += [(p.start(), len(par)) for p in re.finditer(rf"\b{PLURAL_TITLE}\s", par)] if not m else []
            for lo, hi in chunks:
                plural = "Councillor" if PARTY_GROUP.match(par) else None  # a party group lists councillors
                while (item := LIST_ITEM.search(par, lo, hi)) is not None:
                    title = item.group(1)
                    between = par[lo:item.start()]
                    inline = INLINE_CHAIR.fullmatch(between) if not m and found else None
                    if inline:  # "Councillors Fiona Redshaw, chair, Dave Kirkbride and ...": the role of the name before
                        s0, e0, t0, r0 = found[-1]
                        found[-1] = (s0, e0, t0, r0 or inline.group(1))
                        between = ""
                    if ";" in between or (not m and not re.fullmatch(r"[\s,]*(?:and|&)?\s*", between)):
                        if not m:
                            break  # the list after a plural title ends where the names do
                        plural = None
                    if title and re.fullmatch(PLURAL_TITLE, title):
                        plural = "Councillor"
                    title = title if title and not re.fullmatch(PLURAL_TITLE, title) else plural
                    role, lo = item.group(3), item.end()
                    post = POST_NOMINALS.match(par, lo, hi) if role is None else None
                    if post:  # "Mrs. Lorraine M. Hextall CC, Cabinet Lead Member for Health."
                        lo = post.end()
                        bracket = SECOND_BRACKET.match(par, lo, hi)
                        if bracket:  # "Mrs. A. Khan CC (Cabinet Lead Member for Health)"
                            role, lo = bracket.group(1), bracket.end()
                    more = SECOND_BRACKET.match(par, lo, hi) if role else None
                    if more:
                        role, lo = f"{role}, {more.group(1)}", more.end()
                    chair = IN_THE_CHAIR.match(par, lo, hi)
                    if chair:  # "Councillor Yasmin Bhatti-Hurst (Executive Member for ...) in the Chair;"
                        role, lo = (f"{role}, in the Chair" if role else "in the Chair"), chair.end()
                    # a role after a dash, else after a comma; not when the names go on ("Cllr Amos –
                    # Chair, Cllr Bell, Cllr Cole", "Councillor Amos, Councillor Bell, ...")
                    after = None
                    for rx in (LISTED_DASH_ROLE, LISTED_ROLE) if m and role is None else ():
                        after = rx.match(par, lo, hi)
                        if after is not None and not NAMES_GO_ON.search(after.group(1)):
                            break
                        after = None
                    if after is not None and (ROLE_NOUN_RE.search(after.group(1))
                                              or (after.re is LISTED_DASH_ROLE and self._portfolio(after.group(1), title))):
                        # "Dr Priya Nair, Director of Public Health;", "Cllr Jo Bell – Executive Member for Health (Chair)",
                        # a cabinet's list by portfolio: "Councillor Dan Ho – Adults and Prevention"
                        role, lo = ", ".join(g for g in after.groups() if g).rstrip(". "), after.end()
                        rest = PORTFOLIO_REST.match(par, lo, hi)
                        if rest and after.re is LISTED_ROLE and re.search(r"\b(?:for|of)\s+\S+$|\b(?:Member|Holder|Lead)\s+for\s+(?:[A-Z][\w’'-]*\s+){0,3}\S+$", role) \
                                and not NAMES_GO_ON.search(rest.group(0)):
                            # "Executive Member for Adults, Health and Wellbeing;", "... for Social Care, Health and
                            # Housing": the portfolio runs on past its commas
                            role, lo = role + rest.group(0).rstrip(". "), rest.end()
                        elif (org := ORG_AFTER_ROLE.match(par, lo, hi)) and ORG_RE.search(org.group(1)):
                            # "Calum Drysdale, Associate Director for Substance Misuse, Surrey and Borders
                            # Partnership NHS Foundation Trust": the role's organisation ends the item
                            role, lo = f"{role}, {org.group(1)}", org.end()
                    found.append((offset + item.start(2), offset + item.end(2), title, role))
            offset += len(par) + 1
        return found

    def _portfolio(self, cell, title):
        """A councillor's list cell that names a portfolio ("Adults and Prevention", "Children,
        Young People and Education"): capitalised words, no party, ward, place or organisation."""
        cell = cell.strip()
        return (bool(title) and title.lower() in COUNCILLOR_TITLES and PORTFOLIO_CELL.fullmatch(cell) is not None
                and cell not in PARTIES and not ORG_RE.search(cell)
                and not any(w in self._places for w in [cell, *re.findall(r"[\w’'-]+", cell)]))

    def _add(self, name, s, e, title, bracket, name_start, lead=""):
        existing = self.find(name)
        if existing is not None:
            self.mentions.append(Mention(s, e, existing, self._is_subject(s, e)))
            self._later_role(existing, s, e, bracket)
            self._chair_after(existing, e)
            return existing
        role = bracket.strip() if bracket else self._role(s, e)
        org_role = role
        if role is None and bracket is None:
            follows = re.match(rf"\s+(?:of|from|at)\s+({ORG_NAME})", self.text[e:e + 80])
            org_role = follows.group(0).strip() if follows else None  # "Inspector Jade Morris of Merseyside Police"
        if role and re.match(r"(?:of|from|at)\s+(?:the\s+)?[A-Z]", role):
            role = None  # "Sarah Wood, of Kent Police,": an organisation, not a role
        if title and title.lower() in COUNCILLOR_TITLES:
            role = f"Councillor, {role}" if role and role.lower() not in COUNCILLOR_TITLES else "Councillor"
        elif title and not role and title.lower() not in COURTESY_TITLES:
            role = TITLE_ROLES.get(title.lower(), title)
        if lead and not role:
            role = lead.capitalize()
        org = org_of(org_role, self._providers)
        council = org is None and org_role and re.search(r"\bthe\s+(?:(county|city|borough|district)\s+)?council['’]s?\b", org_role, re.I)
        if council:  # "the council’s cabinet member for adults"; "the county council’s": not a district's
            org = home_council(self.doc, council.group(1))
        elif org is None and org_role and re.search(rf"\bthe\s+{GENERIC_ORG_WORDS}\b", org_role, re.I):
            org = single_provider(self.doc)  # "the charity’s chief executive": the one provider named
        person = Person(name, role, org, s, name_start, title)
        if role:
            person.roles = role_keys(role)
            if not bracket and (also := self._role_before(s)) and self.text[max(0, s - len(also) - 1):s].rstrip().endswith(also):
                # "Choir leader X, a music teacher, said": "the choir leader" too (a role written right before
                # the name, not one of another person's before "and")
                person.roles |= role_keys(also)
        if title and title.lower() not in COURTESY_TITLES and title.lower() not in COUNCILLOR_TITLES:
            person.roles |= role_keys(title)  # "Mayor Marcia Oyelaran (Chair)" is "the Mayor" too
        verb = ROLE_VERB_RE.match(self.text[e:e + 160])
        if verb is None and re.search(r"(?:^|[.!?]\s+|\n)$", self.text[max(0, s - 3):s]):
            verb = ROLE_VERB_LATER.match(self.text[e:e + 200])
        if verb:  # "Karen Webb, who chairs the board," is "the Chair" later
            held = ROLE_VERBS[verb.group(verb.lastindex)]
            person.roles.add(held)
            body = BODY_AFTER_ROLE_VERB.match(self.text, e + verb.end(verb.lastindex))
            if body:  # "..., who chairs the committee," is "the committee chairman" too
                for noun in {held} | {alias for alias, to in ROLE_ALIASES.items() if to == held and " " not in alias}:
                    person.roles |= role_keys(f"{noun} of the {body.group(1)}")
        verb = ROLE_BY_RE.search(self.text, max(0, s - 20), s)
        if verb:
            person.roles.add(ROLE_VERBS_BY[verb.group(1).lower()])
            body = BODY_BEFORE_ROLE_BY.search(self.text, max(0, verb.start() - 90), verb.start())
            if body:  # "the Health and Wellbeing Board, which is chaired by X": "the Chair of the Board" later
                person.roles |= role_keys(f"{ROLE_VERBS_BY[verb.group(1).lower()]} of the {body.group(1)}")
        self._chair_after(person, e)
        line_end = self.text.find("\n", e) % (len(self.text) + 1)
        held = LINE_END_ROLE.search(self.text, e, line_end) if line_end - e < 120 else None
        if held:  # a list line: "Councillor Lynn Ferriday – Sunderland City Council (in the Chair)"
            person.roles |= role_keys(held.group(1))
        opening = title.split()[0].lower() if title else None  # "Mrs Justice", "His Honour Judge"
        if opening in FEMALE:
            person.gender = "f"
        elif opening in MALE:
            person.gender = "m"
        self.people.append(person)
        self.mentions.append(Mention(s, e, person, self._is_subject(s, e)))
        return person

    def _short_of_org(self, name, title):
        """Is `name` the first words of an organisation's name the text gives ("Gorse Edge" of "Gorse Edge
        Recovery"), with no title and no first name we know to make it a person?"""
        return (not title and name.split()[0] not in FIRST_NAMES
                and any(org.startswith(name + " ") for org in self._orgs))

    def _kin_of_surname(self, surname, gender):
        """"Pat Haigh, 67, and her husband Trevor, 70, ..." then "Mr Haigh": the relative introduced
        by first name just after someone of that surname, who takes the surname."""
        kin = [p for p in self.people if len(p.name.split()) == 1 and p.start in self._family and _gender_of(p) == gender
               and any(q.name.split()[-1] == surname and 0 < p.start - q.start < 400 for q in self.people if q is not p)]
        if len(kin) != 1:
            return None
        kin[0].name = f"{kin[0].name} {surname}"
        return kin[0]

    def _later_role(self, person, s, e, bracket):
        """A list gave only the name; the text gives the role later: "The Cabinet Member for
        Public Health, Cllr X", "Cllr X, Cabinet Member for Public Health, presented the report"."""
        if person.role in (None, "Councillor") and not person.roles - {"councillor"}:
            later = bracket.strip() if bracket else self._role(s, e)
            if later and ROLE_NOUN_RE.search(later) and not re.match(r"(?:of|from|at)\s", later):
                person.roles |= role_keys(later)

    def _chair_after(self, person, e):
        if IN_THE_CHAIR.match(self.text, e, e + 20):  # "Councillor Crabtree in the Chair"
            person.roles.add("chair")

    def _model_says_person(self, s, e):
        span = self.doc.char_span(s, e, alignment_mode="expand")
        return span is not None and all(t.ent_type_ == "PERSON" for t in span)

    def _branch(self, parts):
        """An organisation's name and then a place: its local branch, not a person."""
        org = " ".join(parts[:-1])
        return (parts[-1] in self._places or gazetteer.is_place_name(parts[-1])) and (org in self._orgs or org in self._providers)

    def _single(self, s, e, name, title, bracket):
        """One word: the surname of someone introduced in full, a titled surname the text never
        completes ("Councillor Amison"), or a first name introduced as such ("Dan, 34,")."""
        known = self.find(f"{title} {name}" if title else name, s)
        if known is not None:
            self.mentions.append(Mention(s, e, known, self._is_subject(s, e)))
            self._chair_after(known, e)
            if bracket:
                known.roles |= role_keys(bracket)
            else:
                self._later_role(known, s, e, None)
            return
        if any(p.name.split()[-1] == name for p in self.people):
            # a surname we know, with a title that rules its holder out; unless the text named
            # someone else of that surname in full before ("Declan X ... Mr X" beside "his mother, Maureen X")
            full = self.earlier_full_name(name, s) if title else None
            if full is None or any(p.name == full[0] for p in self.people):
                return
            self._add(full[0], full[1], full[1] + len(full[0]), title, bracket, full[1])
            self.mentions.append(Mention(s, e, self.people[-1], self._is_subject(s, e)))
            return
        speaks = s in self._lone and any(SPEAKS_AFTER.match(self.text, at + len(name)) for at in lexicon.find_word(self.text, name))
        if (name in TITLE_WORDS or (name in self._places and not speaks and s not in self._introduced_at) or name in self._providers
                or name.lower() in CALENDAR_WORDS
                or name.lower() in ROLE_HEADS):  # "Chair – Councillor ...": the role, not a surname
            return  # (a first name that is also a town is a person when it speaks: "“...,” Barry said")
        if not title and (same_first := self._known_by_first_name(name, s)) is not None:
            # "Volunteer Dean Ahmed ..." then "Dean, 31, lost his job": the one the text named in full
            self.mentions.append(Mention(s, e, same_first, self._is_subject(s, e)))
            return
        if not title and name in FIRST_NAMES and FIRST_NAME_INTRO.match(self.text[e:e + 60]):
            # (the model missed the full name: "... Marcus Oyelaran fills the urn" then "Marcus, 41, is one of")
            full = self.earlier_full_name(name, s, first=True)
            if full is not None and full[0].split()[-1] not in self._places | self._orgs | TITLE_WORDS \
                    and not gazetteer.is_place_name(full[0].split()[-1]):
                self._add(full[0], full[1], full[1] + len(full[0]), None, None, full[1])
                self.mentions.append(Mention(s, e, self.people[-1], self._is_subject(s, e)))
                return
        if s in self._listed_starts and not title:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and span.root.pos_ == "PROPN" and name.lower() not in MEETING_BODIES | NOT_NAMES:
                self._add(name, s, e, None, bracket, s)  # an attendance list by surname: "T W Lovatt (Chairman)"
            return
        if title:
            full = self.earlier_full_name(name, s)
            if full is not None:
                self._add(full[0], full[1], full[1] + len(full[0]), title, bracket, full[1])
                self.mentions.append(Mention(s, e, self.people[-1], self._is_subject(s, e)))
                # (the model missed the full name, so its role comes with this mention: "By eleven, Tobiah
                # Squance has made tea ... Mr Squance is an outreach worker for Humankind")
                self._later_role(self.people[-1], s, e, bracket)
            else:
                self._add(name, s, e, title, bracket, s + self.text[s:e].find(name))
        elif s in self._family:  # "his wife Mandy"
            person = self._add(name, s, e, None, None, s)
            word = self._family[s]
            person.gender = person.gender or ("f" if word in FEMALE else "m" if word in MALE else None)
        elif ((name in FIRST_NAMES or name in self._unlisted_firsts) and s in self._lone
              and not self.earlier_full_name(name, len(self.text), first=True)
              and not any(p.name.split()[0] == name for p in self.people)):
            # a first name the model reads as a person and the text never completes: the subject of
            # a case study ("For eleven years, Kerry’s day started ...")
            self._add(name, s, e, None, None, s)
        elif NAME_WHO_SAID.match(self.text, s) or s in self._introduced_at:
            self._add(name, s, e, None, None, s)  # "Kemi, who joined the programme in 2019, told us:", "One participant, Marcy, said:"
        elif FIRST_NAME_INTRO.match(self.text[e:e + 60]):
            # "Dan, 34," at the start of a sentence or after a description ("Mum-of-two Kelly, 29,")
            line = self.text[:s].split("\n")[-1]
            prev = [w for w in re.split(r"(?<=[.!?])\s+", line)[-1].split()
                    if not ITEM_NO_RE.fullmatch(w)]  # "3.5 Simone, 46,"
            # a capitalised word right before would make it a surname ("Lee Dunn, 34,")
            # ("at the stall in Standish, Frank, 64,": a comma ends the word before)
            if (not prev or LEAD_COMPOUND.fullmatch(prev[-1]) or prev[-1].lower() in ROLE_WORDS or prev[-1].islower()
                    or prev[-1].endswith(",")):
                self._add(name, s, e, None, None, s)

    def _known_by_first_name(self, name, pos):
        """The one person named in full before pos whose first name this is, where the name is only
        ever a first name here (no one has it as a surname)."""
        same = [p for p in self.people if len(p.name.split()) > 1 and p.name.split()[0] == name and p.start < pos]
        if len(same) == 1 and not any(p.name.split()[-1] == name for p in self.people):
            return same[0]
        return None

    def _ends_capitalised_run(self, tok):
        """Is the word the last of a run of capitalised words ("Health, Adults and Leisure")?"""
        prev = self.doc[tok.i - 2] if tok.i > 1 and self.doc[tok.i - 1].text in ("and", "&", ",") else None
        return prev is not None and prev.is_title and not prev.is_sent_start

    def _jobs_given(self):
        """A job a feature gives someone in passing, for the epithet it calls them by later: "X, who manages
        the service, spent 20 years as a nurse" ("the former nurse"), "She lost her job as a clerk at a
        bank" ("the former bank clerk"): the person named last before the words, in their paragraph. Also a
        group's founder and a post given in a sentence of who someone is ("That worker was X")."""
        for m in JOB_GIVEN.finditer(self.text):
            line_lo = self.text.rfind("\n", 0, m.start()) + 1
            before = [x for x in self.mentions if line_lo <= x.start < m.start()]
            sentence_lo = max(line_lo, self.text.rfind(". ", line_lo, m.start()) + 1)
            pronoun = re.match(r"(?:She|He)\b", self.text[sentence_lo:m.start()].strip())
            if not before and pronoun:  # "She lost her job as ...": the one the pronoun goes on with
                before = [x for x in self.mentions if x.start < line_lo]
            if before:
                person = max(before, key=lambda x: x.start).person
                person.roles |= role_keys(m.group(1))

        # "The group ... was set up in 2014 by X", "X, who founded the group": "the group's founder" later
        # ("That worker was X": "the recovery worker" later)
        for rx, role in ((FOUNDED_BY_NAME, "founder"), (NAME_WHO_FOUNDED, "founder"), (IDENTITY_ROLE_NAME, None)):
            for m in rx.finditer(self.text):
                named = next((x for x in self.mentions if x.start == m.start("name")), None)
                if named is not None:
                    named.person.roles |= {role} if role else role_keys(m.group("role"))

    def as_possessor(self, mention):
        """Whether a mention names its person only as an owner: "Ms X’s colleagues" (the model may keep the "’s")."""
        return bool(re.match(r"['’]s\b", self.text[mention.end:mention.end + 3])
                    or self.text[mention.start:mention.end].endswith(("’s", "'s")))

    def _place_after_preposition(self, start, word):
        """A one-word name after "from" or "in" that is a place: "a retired trawlerman from Sleights, who ..."."""
        # (not one given an age: "a case study from Lee, 47, who began treatment in 2023")
        return (bool(FROM_PLACE_BEFORE.search(self.text, max(0, start - 8), start)) and gazetteer.is_place_name(word)
                and not AGE_AFTER.match(self.text, start + len(word)))

    def _lede_first_names(self):
        """A feature's subject named by first name alone, whom the next sentence calls "she" or "he":
        "Morvoren is wiping down tables ... . She has been sober for 19 months", where the name opens a
        paragraph as its subject, comes again later, and is no place, body or listed first name."""
        found = set()
        for m in LEDE_FIRST_NAME.finditer(self.text):
            word = m.group(1)
            if (word in FIRST_NAMES or word in found or word in self._places or word in self._orgs or word in TITLE_WORDS
                    or word.lower() in ROLE_WORDS or word.lower() in CALENDAR_WORDS or gazetteer.is_place_name(word)
                    or gazetteer.without_the(word) in self._providers):
                continue
            tok = self.doc.char_span(m.start(1), m.end(1))
            again = re.search(rf"\b{word}\b(?!\s+[A-Z])", self.text[m.end(1):])
            if tok is not None and (tok[0].pos_ == "PROPN" or tok[0].ent_type_ == "PERSON") and not tok[0].is_stop and tok[0].dep_ in ("nsubj", "nsubjpass") and again:
                found.add(word)
        return found

    def _lone_first_names(self):
        """First names written on their own, as a case study names its subject ("For eleven years,
        Kerry’s day started ...", "Kerry says"): not inside a longer name, not a sentence's first word
        unless a possessive, a comma or its verb follows, and not a name that is also an ordinary word."""
        found, self._lone = [], set()
        # a first name the list lacks, given by a case study that speaks ("Demelza says the hardest part
        # ..."): written more than once, read as a person at least once, and neither place nor body
        speaking = {m.group(1) for m in FIRST_NAME_SPEAKING.finditer(self.text)} - FIRST_NAMES.keys() - TITLE_WORDS
        # (or one the model reads as a person who is a clause's subject, "Ossian has collected his prescription",
        # where the name comes three times or more and is never read as a body or a place: not "Epsom and St
        # Helier" twice, nor a charity the model reads once as a person)
        subjects = {e.text for e in doc_ents(self.doc) if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title
                    and e[0].dep_ in ("nsubj", "nsubjpass")} - FIRST_NAMES.keys() - TITLE_WORDS - speaking
        readings = {}
        for t in tokens_with(self.doc, "ORTH", string_ids(subjects)) if subjects else ():
            readings.setdefault(t.text, []).append(t.ent_type_)
        speaking |= {w for w, types in readings.items() if len(types) >= 3 and set(types) <= {"PERSON", ""}}
        speaking = {w for w in speaking if w not in self._places and w not in self._orgs
                    and w.lower() not in ROLE_WORDS and w.lower() not in CALENDAR_WORDS}
        seen = {w: [] for w in speaking}
        for t in tokens_with(self.doc, "ORTH", string_ids(speaking)) if speaking else ():
            seen[t.text].append(t)
        self._unlisted_firsts = {w for w, toks in seen.items() if len(toks) >= 2 and any(t.ent_type_ == "PERSON" for t in toks)
                                 and not any(self._ends_capitalised_run(t) for t in toks)}
        self._unlisted_firsts |= self._lede_first_names()
        ids = numpy.concatenate([first_name_ids(), string_ids(self._unlisted_firsts)])
        for t in tokens_with(self.doc, "ORTH", ids):
            if t.text in COMMON_WORD_NAMES or not t.is_title:
                continue
            prev = self.doc[t.i - 1] if t.i > 0 else None
            nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if prev is not None and prev.is_alpha and prev.text[:1].isupper() and not t.is_sent_start and not prev.is_stop:
                continue  # "Prince William", "St Helen" (but "When Lorna found ...")
            if (prev is not None and prev.text in ("-", "‐") and not prev.whitespace_) or (
                    nxt is not None and nxt.text in ("-", "‐") and not t.whitespace_):
                continue  # part of "Anne-Marie" or "Mbeki-Hart"
            if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
                continue  # "Kerry Smith", "Victoria Station"
            # (a feature's lede makes the name its subject: "Kieran has worked out that ...")
            if t.is_sent_start and not (nxt is not None and nxt.text in ("’s", "'s", ",")) and not (
                    t.dep_ in ("nsubj", "nsubjpass") and nxt is not None and nxt.pos_ in ("VERB", "AUX")):
                continue
            found.append((t.idx, t.idx + len(t), None, None))
            self._lone.add(t.idx)
        return found

    def earlier_full_name(self, surname, pos, first=False):
        """(full name, start) of "Tom Hale" written before `pos` when the model missed it and
        the text goes on to say "Mr Hale"; None when it never gives a first name. With `first`,
        `surname` is a first name and the full name is "Tom Hale" for "Tom"."""
        if first:
            m = re.search(rf"\b{re.escape(surname)}\s+(?:[A-Z]\.?\s+)?({NAME})\b", self.text[:pos])
            return (f"{surname} {m.group(1)}", m.start()) if m and m.group(1) not in TITLE_WORDS else None
        found = None
        for m in re.finditer(rf"\b({NAME})\s+{re.escape(surname)}\b", self.text[:pos]):
            first = m.group(1)
            if first not in TITLE_WORDS and first.lower() not in ROLE_WORDS and first not in self._places:
                found = (f"{first} {surname}", m.start())
        return found

    def _role(self, s, e):
        """The role written next to a name: after it in apposition, or before it ending in a
        role noun. A clause ("who runs the hub", "speaking at the launch") is not a role."""
        text = self.text
        party = re.match(r"\s*\([^()\n]{1,60}\)", text[e:e + 62])
        if party and not ROLE_NOUN_RE.search(party.group(0)):
            e += party.end()  # "Coun Sabiha Rahman (Lab, Toller), the committee’s chair,": past the party and ward
        elif party:  # "made up of County Councillor Mair Pengwern (Chair), ...": the role in brackets
            inner = party.group(0).strip()[1:-1].strip()
            role = self._noun_phrase(inner, e + party.group(0).index(inner)) if inner else None
            if role:
                return role
        if (age := re.match(r",\s+\d{1,3}(?=,\s+(?:a|an|the)\s)", text[e:e + 8])):
            e += age.end()  # "Auberon, 47, a former lorry driver from Weston": the appositive after the age
        after = text[e:e + 160]
        role = None
        # ("called on Councillor X, Chair of the Board, to respond": the role closed by what she is called to do)
        m = re.match(r"^,\s+([^,\n“”\":]{3,120}?)(?:,\s+(?:" + SAY + r"|told|who|has|had|was|is|will|added|\w+ed\b|to\s+[a-z]+\b)|\.(?:\s|$)|,\s*[“\"‘])", after)
        if m:
            role = self._noun_phrase(m.group(1).strip(), e + m.start(1))
        if role is None:
            # "Councillor Dan Hirst, Calderdale’s cabinet member for adults, cut the ribbon": an
            # appositive with a role noun, closed by a comma and the sentence's verb
            # (the role may hold commas of its own: "..., cabinet member for health, social care and
            # wellbeing, called the group": the first comma followed by a verb closes it)
            opening = re.match(r"^,\s+", after)
            for close in (re.finditer(r",\s+(?=[a-z]+\s)", after[opening.end():]) if opening else ()):
                phrase = after[opening.end():opening.end() + close.start()]
                if len(phrase) > 120 or re.search(r"[\n“”\":]", phrase) or re.match(r"(?:and|&|or)\s", phrase):
                    break  # (", and the council's cabinet member, Cllr X, visited": the next of a pair, not a role)
                verb = self.doc.char_span(e + opening.end() + close.end(), e + opening.end() + close.end() + 1, alignment_mode="expand")
                # ", and Cllr Bryony Hale, ...": the next person of a pair; the role ends before them
                next_person = re.match(rf"(?:and|&)\s+(?:(?:{TITLES})\.?\s+)?[A-Z]", after[opening.end() + close.end():])
                if next_person or (verb is not None and verb[0].pos_ in ("VERB", "AUX")):
                    if ROLE_NOUN_RE.search(phrase):
                        role = self._noun_phrase(phrase.strip(), e + opening.end())
                    break
        if role is None:
            # "Cllr Asante, portfolio holder for healthy city, and ...", "Dev Bhatt is the portfolio
            # holder for public health": taken only when the phrase ends in a role noun's phrase
            m = (ROLE_AND.match(after) or ROLE_IS.match(after) or ROLE_TO_END.match(after) or ROLE_TO_VERB.match(after)
                 or ROLE_TO_LINE_END.match(after))
            if m and ROLE_NOUN_RE.search(m.group(1)):
                role = self._noun_phrase(m.group(1).strip(), e + m.start(1))
        return role if role is not None else self._role_before(s)

    def _role_before(self, s):
        """The role written before a name, ending in a role noun: "Choir leader X", "the charity’s
        chief executive, X"."""
        text, role = self.text, None
        before = text[max(0, s - 120):s].split("\n")[-1]
        # (a council's name may hold "&": "Telford & Wrekin Council’s cabinet member for health, Cllr X"; a
        # form's field may name the role: "Chair of the task and finish group: Councillor X")
        m = re.search(r"(?:^|[.\n:]\s*|,\s*|\b(?:" + SAY + r"|by)\s+)((?:[A-Z][\w’']*\s+)?(?:[\w’'&-]+\s+){0,9}?" + ROLE_NOUNS
                      + r"(?:\s+(?:of|for|at|in)\s+[\w ,’'&-]{2,60}?)?)[,:]?\s*(?:the\s+)?(?:(?:" + TITLES + r")\.?\s+)*$", before, re.I)
        if m and (last := self.doc.char_span(s - len(before) + m.end(1) - 1, s - len(before) + m.end(1), alignment_mode="expand")) \
                and last[-1].tag_ == "VBD":
            m = None  # "The chair of the bench, Ann Bell, told Craven": the name after a verb is its object
        if m and INLINE_ROLE_OF_NAME_BEFORE.search(before[:m.end()]):
            m = None  # "Councillors Fiona Redshaw, chair, Dave Kirkbride": the bare role is the name's before it
        role = re.sub(r"^[\d.()]+\s+", "", m.group(1).strip(" ,")) if m else None  # "7.3 The Chair"
        if role:  # "pressed cabinet member for health Cllr Jo Bell": the verb before is no part of it
            role = re.sub(r"^[’'”\"]\s*", "", role)  # "...,’ said project manager Jo Bell": past the quote's close
            role = re.sub(r"^(?:(?:I|We|He|She|They)\s+)?(?:[a-z]+ed|told|asked|said|thanked|met|given|written|sent|shown)(?:\s+(?:to|by))?\s+(?=\S)", "", role)  # ("I asked ...", "given to Blackpool South MP X")
            role = re.sub(r"^(?:But|And|Yet|So|and)\s+(?=the\s)", "", role)  # "But the committee’s chairman, Cllr X,"
            # (", and the county council's cabinet member, Cllr X": the second of a pair)
            role = re.sub(r"^(?:its|their)\s+(?=\S)", "", role)  # "said its founder, Jacqueline Heaps": the post
            if re.search(r"\b(?:was|were|is|are|been)\s", role):
                # "The meeting on Thursday was chaired by the council Leader, Cllr X": the role is what follows "by"
                by = list(re.finditer(r"\bby\s+", role))
                role = role[by[-1].end():] if by else None
            elif by := list(re.finditer(r"\b(?:[a-z]+ed|led|run|written|given)\s+by\s+", role)):
                role = role[by[-1].end():]  # "a panel chaired by the Director of Public Health, Dr X": the director
        # (not a body whose name opens with such a word: "With You’s service manager, X")
        if role and ((re.match(r"(?:and|or|but|with|by|from|to)\b", role, re.I)
                      and not any(re.match(rf"{re.escape(o)}[’']s\s", role) for o in self._orgs))
                     or role.lower() in ("the", "a")
                     or re.search(r",\s*(?:and|&|or)$", role)):  # "X, the cabinet member for health, and Dr Y": X's
            role = None
        return role

    def _noun_phrase(self, role, at):
        m = re.match(r"(?:who\s+(?:is|was|has\s+been|had\s+been|became|becomes)\s+)(.*)", role)
        if m:
            if not ROLE_NOUN_RE.search(m.group(1)):
                return None  # "who became responsible for the service when ...": what they do, not a post
            at += m.start(1)
            role = m.group(1)
        elif role.startswith("who "):
            return None
        clause = re.search(r"\s+(?:who|whose)\s", role)
        if clause and ROLE_NOUN_RE.search(role[:clause.start()]):
            role = role[:clause.start()]  # "a consultant in addiction psychiatry who has studied ...": the post, not the clause
        if not role or role[0].isdigit() or SAY_RE.match(role) or NOT_A_ROLE.match(role):
            return None
        if NAMES_JOINED.fullmatch(role) and not ROLE_NOUN_RE.search(role):
            return None  # "Councillors Sillitoe, Varga and Yeoman": the list's next names, not a role
        span = self.doc.char_span(at, at + len(role), alignment_mode="expand")
        if span is not None and (span[0].pos_ in ("VERB", "AUX") or span[0].tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP")):
            return None
        return role

    def _alias_mentions(self):
        """Later references by surname, title and surname, first name (first-name people) or role."""
        text, seen = self.text, {(m.start, m.end) for m in self.mentions}
        for p in self.people:
            words = [p.name.split()[-1]]
            for w in words:
                for at in lexicon.find_word(text, w, not_before="’'-", not_after="-"):
                    end = at + len(w)
                    if at < p.start or any(x.start <= at < x.end for x in self.mentions):
                        continue
                    lead = len(p.name) - len(w)
                    if lead > 0 and at - lead >= p.start and text[at - lead:at] == p.name[:lead]:
                        # the full name again where the model read it as something else ("417.4
                        # Lucinda Corrie addressed the Board", tagged an organisation)
                        if (at - lead, end) not in seen:
                            self.mentions.append(Mention(at - lead, end, p, self._is_subject(at - lead, end)))
                        continue
                    titled = TITLE_BEFORE.search(text[max(0, at - 25):at])
                    if not titled and CAPITAL_BEFORE.search(text[max(0, at - 25):at]) \
                            and not OPENING_BEFORE.search(text[max(0, at - 25):at]):
                        continue  # the end of a longer name: "Helens" in "St Helens Borough Council"
                    owner = self.find((titled.group(0) if titled else "") + w, at)
                    if owner is p and (at, end) not in seen:
                        self.mentions.append(Mention(at, end, p, self._is_subject(at, end)))
                        self._later_role(p, at, end, None)
        firsts = Counter(w for p in self.people for w in p.name.split()[:1] + p.name.split()[-1:])
        for p in self.people:  # features go on by first name: "Now Natalia volunteers there"
            parts = p.name.split()
            if len(parts) < 2 or firsts[parts[0]] > 1:
                continue
            for at in lexicon.find_word(text, parts[0], not_before="’'-", not_after="’'-"):
                end = at + len(parts[0])
                if at > p.start and not NAME_GOES_ON.match(text, end) and not any(x.start <= at < x.end for x in self.mentions):
                    self.mentions.append(Mention(at, end, p, self._is_subject(at, end)))
        for tok in self._subjects_of_verbs:
            # only a phrase opening with "the" names a role: one must stand before the head
            if tok.pos_ in ("NOUN", "PROPN") and any(t.lower_ == "the" for t in self.doc[tok.left_edge.i:tok.i]):
                phrase = subject_phrase(tok, self.text)
                if phrase is None or not phrase[2].lower().startswith("the "):
                    continue
                holder = self.by_role(phrase[2], phrase[0])
                if holder is not None:
                    self.mentions.append(Mention(phrase[0], phrase[1], holder, True))
        self._kin_mentions()
        # a role opening a sentence is its subject, even where the parse ran on from the line
        # before ("... Councillors Marsh and Nolan\nThe Chair thanked officers")
        for m in ROLE_OPENING.finditer(text):
            if any(x.start <= m.start(1) < x.end for x in self.mentions):
                continue
            holder = self.by_role(m.group(1), m.start(1))
            if holder is not None:
                self.mentions.append(Mention(m.start(1), m.end(1), holder, True))

    def _kin_mentions(self):
        """A relative named again by the family word alone: "Her sister, who lives in Portishead,
        said ..." is the one introduced earlier as "her sister, Gillian Lambden"."""
        kin_of = {}
        for m in self.mentions:
            kin = RELATIVE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            if kin:
                kin_of.setdefault(kin.group(1).lower(), {}).setdefault(m.person, m.start)
        for tok in self._subjects_of_verbs:
            owners = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("her", "his", "their")]
            known = kin_of.get(tok.lower_, {})
            if not owners or len(known) != 1:
                continue
            person, introduced = next(iter(known.items()))
            start, end = owners[0].idx, tok.idx + len(tok)
            if introduced < start and not any(x.start < end and start < x.end for x in self.mentions):
                self.mentions.append(Mention(start, end, person, True))

    def _gender_cues(self):
        """A pronoun right after someone is named, before anyone else is, tells their gender."""
        ordered = sorted(self.mentions, key=lambda m: m.start)
        # a pronoun inside quoted speech is the speaker's, about someone else: “She saw I was struggling”
        quoted = [(q.start(), q.end()) for q in QUOTED.finditer(self.text)]
        for i, m in enumerate(ordered):
            p = m.person
            if p.gender:
                continue
            kin = RELATIVE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            kin_gender = FAMILY_GENDER.get(kin.group(1).lower()) if kin else None
            if kin_gender:  # "His mother, Carol Fell": the family word says it
                p.gender = kin_gender
                continue
            stop = ordered[i + 1].start if i + 1 < len(ordered) else len(self.text)
            span = self.doc.char_span(m.end, min(stop, m.end + 300), alignment_mode="contract")
            if span is None:
                continue
            sents = 0
            # a name borne almost only by one gender: a pronoun of the other is someone else ("Bethany
            # Lowe said he had missed a visit"), though "Alex Ward said she" tells Alex's
            # (a first name alone too: "I met Karen, whose husband ... . ‘He rang ...,’ she told me")
            by_name = FIRST_NAMES.get(p.name.split()[0]) if len(p.name.split()) > 1 or p.title is None else None
            for tok in span:
                if tok.is_sent_start:
                    sents += 1
                    if sents > 1:
                        break
                g = PRONOUNS.get(tok.lower_) if tok.dep_ in ("nsubj", "nsubjpass", "poss") else None  # not "keep him on"
                if g and (any(a <= tok.idx < b for a, b in quoted) or by_name not in (None, g)):
                    continue
                if g and tok.dep_ == "poss" and any(q.person is not p and q.person.gender == g for q in ordered[:i]):
                    continue  # "the nurse said the referral was sent before his release": his is the man named before
                if g and tok.dep_ == "poss" and any(PEOPLE_NOUNS.get(t.lower_) == g for t in span if t.i < tok.i):
                    continue  # "... plan with each man before his release": his is the man's
                if g and _in_clause_of_other(tok, m):
                    continue  # "... came from a bar manager who used his first aid": his is the manager's
                if g and sents and any(q.person is not p and q.person.gender in (None, g) for q in ordered[:i]
                                       if q.start >= self.text.rfind("\n", 0, m.start) + 1):
                    # "Cllr X asks about money. The director says ... . She also wants to know": a pronoun
                    # opening the next sentence may be either one the paragraph has named
                    break
                if g and tok.head.text not in SAY_WORDS:  # "she said" is what is being resolved
                    p.gender = g
                    break

    def _proper_nouns(self, lo, hi):
        """Whether the words in [lo, hi) are all proper nouns to the model (not "When Ailsa")."""
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        return span is not None and all(t.pos_ == "PROPN" for t in span)

    def _is_subject(self, s, e):
        # a name the speech verb follows is its subject, whatever the parse made of it ("In
        # response to Cllr Lowe, Dr Bankole said that ...")
        return (any(c in self._subject_chars for c in range(s, e)) or bool(NAME_BEFORE_SAY.match(self.text, e))
                or e + 1 in self._root_verbs)  # "..., Ms Nicholson accepted that": right before the main verb

    # --- looking up ---------------------------------------------------------

    def drop_inside(self, spans):
        """Names inside quoted speech are not the narrator's references to people."""
        self.mentions = [m for m in self.mentions if not any(a <= m.start < b for a, b in spans)]

    def named_between(self, lo, hi, outside=()):
        """The distinct people named (not by role) in [lo, hi), outside the given spans."""
        found = []
        for m in self.mentions:
            if lo <= m.start < hi and not any(a <= m.start < b for a, b in outside) and m.person not in found:
                found.append(m.person)
        return found

    def is_subject(self, person, lo, hi) -> bool:
        """Whether `person` is named as the subject of a clause in [lo, hi)."""
        return any(m.person is person and m.subject for m in self.mentions if lo <= m.start < hi)

    def add_mention(self, start, end, person, subject=True):
        self.mentions.append(Mention(start, end, person, subject))
        self.mentions.sort(key=lambda m: m.start)

    def named_in(self, start, end) -> Person | None:
        """The one person named by name inside [start, end), if exactly one is."""
        found = {m.person for m in self.mentions if start <= m.start < end and m.end <= end}
        return found.pop() if len(found) == 1 else None

    def named_in_tokens(self, tokens) -> Person | None:
        """The one person named by name at these tokens, if exactly one is."""
        chars = [(t.idx, t.idx + len(t)) for t in tokens]
        found = {m.person for m in self.mentions if any(a <= m.start < b for a, b in chars)}
        return found.pop() if len(found) == 1 else None

    def find(self, name: str, pos: int | None = None) -> Person | None:
        """A person by full name, or by surname (or first name) when it picks out one person;
        several with that surname: the one named last before `pos`."""
        _, title = strip_title(re.sub(r"['’]s?$", "", name.strip()))
        wanted = "f" if title and title.lower() in FEMALE else "m" if title and title.lower() in MALE else None
        name = clean_name(name)
        if not name:
            return None
        for p in self.people:
            if p.name == name:
                return p
        parts = name.split()
        if len(parts) != 1:
            return None
        same = [p for p in self.people if (p.name.split()[-1] == name or (len(p.name.split()) == 1 and p.name == name))
                and not (wanted and _gender_of(p) not in (None, wanted))]  # "Mrs Bell" is not "Mr Tony Bell"
        if wanted and len(same) == 1 and same[0].gender is None:
            same[0].gender = wanted
        if not same and wanted:
            kin = self._kin_of_surname(name, wanted)
            if kin is not None:
                return kin
        by_age = self._by_age(same, pos) if len(same) > 1 and pos is not None else None
        if by_age is not None:
            return by_age  # "said the younger Mr Ruddock"
        if title and len(same) > 1 and pos is not None:
            # "Mrs Ackroyd" goes on meaning the one the text first called so, though her daughter
            # Chloe Ackroyd has been named since
            form = re.compile(rf"\b{re.escape(title)}\.?\s+(?:$|{re.escape(name)}\b)")
            called = {m.person for m in self.mentions if m.person in same and m.start < pos
                      and form.search(self.text[max(0, m.start - 8):m.end])}
            if len(called) == 1:
                return called.pop()
        if title and len(same) > 1 and pos is not None:
            # "Leanne X died of an overdose ... said Mrs X": the one who died is not the one speaking now
            dead = {m.person for m in self.mentions if m.person in same and m.start < pos and DIED_AFTER.match(self.text, m.end)}
            same = [p for p in same if p not in dead] or same
        if wanted and len(same) > 1:  # "Mrs Catchpole" of Maureen and her son Brandon Catchpole: the one known to be a woman
            same = [p for p in same if _gender_of(p) == wanted] or same
        if len(same) > 1 and title and title.lower() in COUNCILLOR_TITLES:
            # "Cllr Parekh" is the councillor of that name, not her husband named after her
            same = [p for p in same if is_councillor(p)] or same
        if len(same) <= 1:
            return same[0] if same else None
        if pos is None:
            return None
        before = [m for m in self.mentions if m.person in same and m.start < pos]
        if not before:
            return None
        # by the mentions that wrote the surname: "Chloe Greysholme died ... Karen Greysholme is campaigning
        # ... Chloe, 26, had ..." then "said Mrs Greysholme" is Karen, whom "Chloe" alone does not displace
        surnamed = [m for m in before if re.search(rf"\b{re.escape(name)}\b", self.text[m.start:m.end])]
        chosen = max(surnamed or before, key=lambda m: m.start).person
        if wanted and chosen.gender is None:
            chosen.gender = wanted  # "Mrs Bell" told us this Bell is a woman: the next "Mrs Bell" is her too
        return chosen

    def _by_age(self, same, pos):
        """Of several people who share a surname, the one "the younger" or "the elder" before `pos`
        means, by the ages the text gave them ("Reece Ruddock, 33," and "Tony Ruddock, 61,")."""
        which = ELDER_YOUNGER_BEFORE.search(self.text, max(0, pos - 40), pos)
        if which is None:
            return None
        ages = {}
        for m in self.mentions:
            if m.person in same and m.person not in ages and (age := AGE_AFTER.match(self.text, m.end)):
                ages[m.person] = int(re.search(r"\d+", age.group(0)).group(0))
        if len(ages) != len(same) or len(set(ages.values())) != len(ages):
            return None
        pick = min if which.group(1).lower().startswith("young") else max
        return pick(ages, key=ages.get)

    def by_role(self, phrase: str, pos: int) -> Person | None:
        """The holder of a role named instead of a person: "the Chair", "The Leader", "the
        Cabinet Member for Adults and Health", "the director of public health"."""
        key = fold_role(phrase)
        if not key or key in MEETING_BODIES or key in ORGANISATION_HEADS:
            return None
        # "the chair" holds "chair of the health scrutiny committee", "the cabinet member" "cabinet member
        # health and wellbeing"; "the café" is no "café manager" (a role goes on, a noun is qualified)
        goes_on = ROLE_GOES_ON if key.split()[-1] not in ROLE_HEADS else ANY_SPACE
        # ("the Leader" is never the Leader of the Opposition, nor of a party's group: "Mr X, Leader of the
        # Liberal Democrat and Independent Group")
        holders = [p for p in self.people if any(r == key or (r.startswith(key + " ") and goes_on.match(r, len(key))
                                                              and not r.endswith((" of the opposition", " group")))
                                                 for r in p.roles)]
        if key == "leader" and not holders and CABINET_HEADING.search(self.text[:400]):
            # the Leader chairs the Cabinet: "CABINET ... PRESENT: Mr X (Chairman), ..."
            chairs = [p for p in self.people if p.roles & {"chair", "chairman"}]
            if len(chairs) == 1:
                return chairs[0]
        if not holders and (held := self._portfolio_holder(key)) is not None:
            return held
        head = re.split(r"\s+(?:for|of)\s+", key, maxsplit=1)[0]
        if not holders and head != key:
            # "the Lead Member for Adult Social Care and Health" where the list gave only "(Lead
            # Member)": the one bare holder, when nobody holds that role for another portfolio
            # (one who only presides, "(Mayor, in the Chair)", chairs no named body)
            bare = [p for p in self.people if head in p.roles and not (head == "chair" and "in the chair" in p.roles)]
            if len(bare) == 1 and not any(r.startswith(head + " ") for q in self.people for r in q.roles):
                return bare[0]
        if not holders:
            # "the coroner" for the one "Assistant coroner"; "the consultant" for "an acute medicine
            # consultant at the Infirmary" (the role's head, before its first preposition)
            # "the group" is not a "member of the group": only the role's head counts
            # ("the portfolio holder" for an "executive board portfolio holder for health", whatever
            # alias the role's name folds to)
            written = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", phrase.strip(" ,.;").lower()))
            # (a role with no post in it is where someone comes from: "(Healthwatch Sefton and District)"
            # is not "the district")
            qualified = [p for p in self.people if any(
                ROLE_QUALIFIER.split(r, 1)[0].endswith((" " + key, " " + written)) and ROLE_NOUN_RE.search(r) for r in p.roles)]
            # (none: "the doctor" is whoever carries the title, "Dr X", named as something else)
            qualified = qualified or [p for p in self.people if p.title in TITLED_ROLES.get(key, ())]
            qualified = qualified or self._by_job(written) or self._opposition(written)
            if len(qualified) == 1:
                return qualified[0]
            # of several, the one introduced last before the words: a story names a role after the
            # person it has just brought in
            before = [m for m in self.mentions if m.person in qualified and m.start < pos]
            return max(before, key=lambda m: m.start).person if before else None
        # (a holder the text brings in only in a later paragraph is someone else: "“...,” the chair
        # said." then "Deputy X, who chairs the Corporation's committee, said")
        line_end = self.text.find("\n", pos)
        holders = [p for p in holders if line_end < 0 or p.start < line_end] or holders
        if len(holders) == 1:
            return holders[0]
        # "the Leader" is the one who holds that office, not the "Leader of the Opposition"
        exact = [p for p in holders if key in p.roles]
        if len(exact) == 1 and any(r != key and r.startswith(key + " of ") for p in holders for r in p.roles):
            return exact[0]
        # several cabinet members and "the Cabinet Member" told the meeting about treatment: the one
        # whose portfolio is health
        # "Cllr A (Chair); Cllr B (Chair, Adult Social Care Committee)": "the Chair" is the one who
        # holds that role alone; the other chairs something else
        # (the keys the role's own words fold to count as that role: "police and crime commissioner for
        # X" is also "commissioner")
        plain = [p for p in holders if p.roles - {"councillor"} <= role_keys(phrase) | {key}]
        if len(plain) == 1:
            return plain[0]
        # "Councillor A (in the Chair), ..., Dr B (Chair, X Clinical Commissioning Group)": the one presiding
        presiding = [p for p in holders if "in the chair" in p.roles]
        if key == "chair" and len(presiding) == 1:
            return presiding[0]
        # "The Cabinet Member for Highways presented the update. ... The Cabinet Member said": the
        # one the text last named by their whole role, shortly before
        recent = list(re.finditer(rf"\b{re.escape(key)}\s+(?:for|of)\s+[^.;:\n]+", self.text[max(0, pos - 600):pos].lower()))
        if recent:
            named = [p for p in holders if any(r.startswith(key + " ") and recent[-1].group(0).startswith(r) for r in p.roles)]
            if len(named) == 1:
                return named[0]
        for portfolio in (HEALTH_PORTFOLIO, TREATMENT_PORTFOLIO):
            health = [p for p in holders if any(portfolio.search(r) for r in p.roles)]
            if len(health) == 1:
                return health[0]
            holders = health or holders
        before = [m for m in self.mentions if m.person in holders and m.start < pos]
        return max(before, key=lambda m: m.start).person if before else None

    def _by_job(self, written):
        """The people a feature's epithet may stand for, by the job the text gave them: "the former care
        worker" for one who "worked as a care worker", "the retired farmer" for "a 71-year-old retired dairy
        farmer from near South Molton" (each word of the epithet in the job, which ends in its head)."""
        words = [w for w in (re.sub(r"^ex-", "", w) for w in written.split()) if w and w not in EPITHET_TIMES]
        if not words or not (" ".join(words[-2:]) in OCCUPATIONS or words[-1] in OCCUPATIONS or ROLE_NOUN_RE.fullmatch(words[-1])):
            return []
        def fits(role):
            job = JOB_ENDS.split(role, 1)[0].split()
            # ("the former bank clerk" of "a clerk at a bank")
            return bool(job) and job[-1] == words[-1] and all(w in job or w in role.split() for w in words[:-1])
        fitting = [p for p in self.people if any(fits(r) for r in p.roles)]
        if not fitting and len(words) > 1 and words[-1] in IDENTITY_POSTS:
            # "the recovery worker" for the one person the text called only "that worker": the bare post
            # (not one whose post the text qualifies otherwise: "manages the young people's team at CRI" is no "NHS manager")
            bare = [p for p in self.people if words[-1] in p.roles
                    and not any(r != words[-1] and (r.endswith(" " + words[-1]) or r.startswith(words[-1] + " ")) for r in p.roles)]
            return bare if len(bare) == 1 else []
        return fitting

    def _opposition(self, written):
        """"the opposition councillor" for the one councillor the text gives a party ("Liberal Democrat
        councillor X asked ..."), where nobody holds a role of that name."""
        if not re.fullmatch(r"(?:opposition|backbench)\s+(?:councillor|member)", written):
            return []
        return [p for p in self.people if any(PARTY_WORD.search(r) and "councillor" in r for r in p.roles)]

    def role_naming(self, where, pos, gender=None):
        """The one person named before `pos` whose role names the place or body `where`
        ("Warwickshire’s portfolio holder for health" for "her counterpart in Warwickshire")."""
        found = {m.person for m in self.mentions if m.start < pos and m.person.gender in (None, gender)
                 and m.person.role and next(lexicon.find_word(m.person.role, where), None) is not None}
        return found.pop() if len(found) == 1 else None

    def _portfolio_holder(self, key):
        """The one person holding the portfolio a role names: "the Executive Member for Adults and
        Prevention" for "Councillor Dan Ho – Adults and Prevention" or "... (Cabinet Member for
        Adults and Prevention)"; a councillor first when an officer's team has the same name."""
        m = PORTFOLIO_HEAD.match(key)
        if m is None:
            return None
        subject = m.group(1)

        def holds(p):
            own = fold_role(re.sub(r"^Councillor,\s*", "", p.role or ""))
            return subject == own or subject in p.roles or any(
                (h := PORTFOLIO_HEAD.match(r)) and h.group(1) == subject for r in [*p.roles, own])
        holders = [p for p in self.people if holds(p)]
        holders = [p for p in holders if is_councillor(p)] or holders
        return holders[0] if len(holders) == 1 else None

    def _named_subject(self, lo, hi, found):
        """Is a named person a subject of the sentence in their own right (the agent of "He was
        joined by Stefan Kowal"), not only alongside a pronoun ("She and her friend Tracey")?"""
        for m in self.mentions:
            if lo <= m.start < hi and m.subject and m.person in found:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                root = span.root if span is not None else None
                if root is None or not (root.dep_ == "conj" and root.head.pos_ == "PRON"):
                    return True
        return False

    def _named_asker(self, at, found):
        """Is the subject of the question verb at `at` someone named ("Mary Penfold said ..., and
        asked Dr Pascall")?"""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return False
        verb = span[0]
        heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        subj = next((c for h in heads for c in h.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ != "PRON" and any(
            x.start <= subj.idx < x.end and x.person in found for x in self.mentions)

    def _leading_pronoun(self, lo, hi, gender, quote_spans):
        """The first pronoun of this gender that is a subject in [lo, hi), outside quotations."""
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        return next((t for t in span or () if t.dep_ in ("nsubj", "nsubjpass") and PRONOUNS.get(t.lower_) == gender
                     and not any(a <= t.idx < b for a, b in quote_spans)), None)

    def _reported_by(self, mention, verb):
        """Is the mention inside the words `verb` reports (its clausal complement), not a clause of its own
        ("He said that ..., and Councillor X said he welcomed it": X speaks in a clause joined to it)?"""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(a.dep_ == "ccomp" and a.head == verb for a in span.root.ancestors)

    def _pronoun_leads(self, lo, hi, gender, quote_spans, found):
        """Is a pronoun of this gender a subject written before anyone the sentence names? ("She
        and her friend Tracey Holloway run ...": the pronoun points further back.)"""
        pron = self._leading_pronoun(lo, hi, gender, quote_spans)
        first_named = min((m.start for m in self.mentions if lo <= m.start < hi and m.person in found), default=hi)
        return pron is not None and pron.idx < first_named

    def _pronoun_subject(self, lo, hi, gender, quote_spans):
        """Is a pronoun of this gender the subject of the narration in [lo, hi)?"""
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        return span is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") and PRONOUNS.get(t.lower_) == gender
            and not any(a <= t.idx < b for a, b in quote_spans) for t in span)

    def _asked_by_at_opening(self, mention) -> bool:
        """Is the name the asker of a participle clause opening its sentence ("Asked by the chair, Cllr X, why")?"""
        asked = ASKED_BY_BEFORE.search(self.text, max(0, mention.start - 60), mention.start)
        return asked is not None and bool(re.search(r"(?:^|\n|[.!?]\s)$", self.text[max(0, asked.start() - 2):asked.start()]))

    def _object_of_pronouns_participle(self, mention, pos) -> bool:
        """Is the name the object of a participle clause whose understood subject is the pronoun at
        `pos`? "Turning to Mr Reed, he said": the one turning is "he", so "he" is not Mr Reed; "Asked by
        Coun Selby whether ..., she said": the one asked is "she", not the asker."""
        asked = ASKED_BY_BEFORE.search(self.text, max(0, mention.start - 60), mention.start)
        if asked is not None and re.search(r"(?:^|\n|[.!?]\s)$", self.text[max(0, asked.start() - 2):asked.start()]):
            return True
        pron = self.doc.char_span(pos, pos + 5, alignment_mode="expand")
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if pron is None or span is None:
            return False
        verb = pron[0].head
        for t in span.root.ancestors:
            if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head == verb:
                return not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        return False

    def by_pronoun(self, gender: str | None, pos: int, quote_spans=(), carry=None, answering=False) -> Person | None:
        """The person a "he" or "she" at `pos` points back to: walking back sentence by sentence,
        the first sentence that names someone of that gender (or of unknown gender) decides; if it
        names several, their grammatical subject does; if that is unclear, nobody. `carry` is the
        last person quoted: a sentence whose subject is the same pronoun carries them on. When the
        pronoun `answering` ("she replied", "he explained") follows a question put by one named person
        to another, it is the one asked."""
        doc = self.doc
        span = doc.char_span(0, pos, alignment_mode="contract")
        if span is None or not len(span):
            return None
        sent_starts = [s.start_char for s in doc.sents if s.start_char < pos]
        sent_starts += [m.end() for m in re.finditer(r"\n+", self.text[:pos])]  # a paragraph ends a sentence
        # the walk back counts sentences of narration: a long quotation's own sentences name nobody,
        # nor do the points of a bulleted list ("Dr Marsh highlighted the following points: • ...")
        # or the rows of a table ("April to June | 61 | 38")
        # (but a bulleted paragraph of minutes is narration to the pronoun inside it: "• Cllr X asked ...
        # Ms Y acknowledged that ... She said:")
        own_line = self.text.rfind("\n", 0, pos) + 1
        bullets = [(m.start(), m.end()) for rx in (BULLET_LINE, TABLE_LINE) for m in rx.finditer(self.text, 0, pos)
                   if not (rx is BULLET_LINE and m.start() == own_line)]
        sent_starts = [s for s in sent_starts if not any(a < s < b for a, b in quote_spans)
                       and not any(a <= s <= b or (s == b + 1 and self.text.startswith("\n", s)) for a, b in bullets)]
        bounds = sorted(set(sent_starts + [pos]))
        # a paragraph's number the parse made a sentence ("2.2 He said ...") is no sentence of narration
        bounds = [b for i, b in enumerate(bounds)
                  if i in (0, len(bounds) - 1) or not ITEM_NUMBER_ONLY.fullmatch(self.text, bounds[i - 1], b)]
        quoted = " ".join(self.text[a:b] for a, b in quote_spans)
        for k in range(len(bounds) - 2, max(-1, len(bounds) - 9), -1):
            lo, hi = bounds[k], bounds[k + 1]
            found = {}
            for m in self.mentions:
                if lo <= m.start < hi and not any(a <= m.start < b for a, b in quote_spans):
                    if (gender is None or m.person.gender in (None, gender)) and not self._named_in_words(m.person, quoted):
                        found.setdefault(m.person, False)
                        found[m.person] |= m.subject
            if hi == pos:
                for m in self.mentions:
                    if lo <= m.start < hi and self._object_of_pronouns_participle(m, pos):
                        found.pop(m.person, None)
            elif len(found) > 1:
                # "Asked by the chair, Cllr X, why ..., the chief executive, Y, said ... “...,” she said": the
                # one who asked is not the one answering
                askers = {m.person for m in self.mentions if lo <= m.start < hi and self._asked_by_at_opening(m)}
                if askers and len(askers) < len(found):
                    for person in askers:
                        found.pop(person, None)
            if len(found) > 1:
                # "Kai’s worker, Sanjay Bhardwaj, said ...": one named only as a possessor is not who speaks on
                owners = {m.person for m in self.mentions if lo <= m.start < hi and m.person in found}
                owners -= {m.person for m in self.mentions if lo <= m.start < hi and not self.as_possessor(m)}
                if len(owners) < len(found):
                    for person in owners:
                        found.pop(person)
            if gender and found and (interviewer := self.interviewer_asking(lo, hi)) in found:
                # "Anisha asked whether wives were involved. She said families ...": the guest answers
                found.pop(interviewer)
                if not found:
                    guest = self._interviewee(interviewer, gender, quote_spans)
                    if guest is not None:
                        return guest
            if not found:
                continue
            # ("He said Mr Doidge had asked him to help. ‘He rang me ...,’ he said": everyone named lies inside the
            # words the leading pronoun reports, so the pronoun is someone named before, whoever those words' subject is)
            lead = self._leading_pronoun(lo, hi, gender, quote_spans) if gender else None
            # (so whatever the pronoun's verb, where the names lie in its clausal complement: "He still remembers how
            # nervous Mr X was": a pronoun is never someone named in the clause it governs)
            inside = bool(lead is not None and all(
                self._reported_by(m, lead.head) for m in self.mentions if lo <= m.start < hi and m.person in found))
            if gender and self._pronoun_leads(lo, hi, gender, quote_spans, found) and (inside or not self._named_subject(lo, hi, found)):
                # (unless the paragraph has made someone else of that gender its subject first: "Dr X will lead
                # the team. He said the nurses would work with Mr Y. “...,” he said": Dr X, not the last speaker)
                para_lo = self.text.rfind("\n", 0, lo) + 1
                other = carry is not None and any(para_lo <= m.start < lo and m.subject and m.person is not carry
                                                  and m.person.gender in (None, gender) for m in self.mentions)
                if carry is not None and carry not in found and carry.gender in (None, gender) and not other:
                    # "She has written to Zainab Okoro" after her quote: still the last speaker; but
                    # "He was speaking alongside Curtis Obi, 38, who ...": the one brought in with an age
                    return self._newcomer(lo, hi, {**found, carry: True}, carry) or carry
                if carry is None or other or inside or (carry in found and not found[carry]):
                    # "She and her friend Tracey Holloway run a group", "She replied that ...": that
                    # pronoun is someone named before; the quote's pronoun is the same person. So it
                    # is when the last speaker is only its object ("He met Mr Reed there"): "he" is
                    # not Mr Reed
                    pron = self._leading_pronoun(lo, hi, gender, quote_spans)
                    if pron is not None and pron.idx < pos:
                        return self.by_pronoun(gender, pron.idx, quote_spans, None,
                                               answering=lemma(pron.head).lower() in ANSWER_LEMMAS)
                    continue
            if answering:  # "Mr Hale asked him whether ... ‘No,’ he replied": not Mr Hale
                for m in self.questions(lo, hi):
                    obj = re.match(r"\s+(him|her)\b", self.text[m.end():m.end() + 5])
                    if obj and PRONOUNS.get(obj.group(1)) == gender:
                        for x in self.mentions:
                            if m.start() - 3 <= x.end <= m.start():
                                found.pop(x.person, None)
                        invited = [p for p, subj in found.items() if not subj]
                        if len(found) > 1 and len(invited) == 1:
                            return invited[0]  # "Cllr Hyde thanked Dr Okafor and invited her to ...": Okafor
                if not found:
                    continue
            if len(found) == 1:
                return next(iter(found))
            newcomer = self._newcomer(lo, hi, found, carry)
            if newcomer is not None:
                return newcomer
            asked = self._asked(lo, hi, found) if answering else None
            if asked is not None:
                return asked  # "Mrs Hale asked Ms Dunn why ... She replied": the one asked answers
            subjects = [p for p, subj in found.items() if subj]
            # "Ms A has had to use hers this summer, while Ms B said the service now gives a kit to everyone. “...,”
            # she said": of two subjects, the one whose words the sentence reports
            reported = {m.person for m in self.mentions if lo <= m.start < hi and m.person in subjects
                        and REPORTED_SAYING_AFTER.match(self.text, m.end)}
            if len(subjects) > 1 and len(reported) == 1:
                return reported.pop()
            mains = {m.person for m in self.mentions if lo <= m.start < hi and m.person in subjects
                     and any(c in self._main_chars for c in range(m.start, m.end))}
            if len(subjects) > 1 and len(mains) == 1:
                # "Her sister, Rachel Hale, told the hearing that Joanne had asked for help. She said":
                # the subject of the sentence's main verb, not of the words it reports
                return mains.pop()
            # "Mrs Formby and her daughter, Leanne Formby, started a petition ... she said": the
            # relative is named as company; the pronoun goes on with the one the story follows
            pool = subjects or list(found)
            relatives = {m.person for m in self.mentions if lo <= m.start < hi and m.person in pool
                         and RELATIVE_BEFORE.search(self.text, max(0, m.start - 30), m.start)}
            if len(pool) > 1 and 0 < len(relatives) < len(pool) and len(pool) - len(relatives) == 1:
                return next(p for p in pool if p not in relatives)
            if len(subjects) == 1:
                return subjects[0]
            return self._by_own_words(list(subjects or found), quote_spans)
        return None

    def _newcomer(self, lo, hi, found, carry):
        """"Mr Enfield was joined at the launch by Curtis Obi, 38, who was released last spring. “...,”
        he said": beside the last one quoted, someone brought in for the first time with their age is
        the one the story now hears from."""
        if len(found) != 2:
            return None
        if carry is None or carry not in found:
            # "One of the people Mr X has been visiting is Perran, a 71-year-old retired farmer": of one named
            # before and one brought in here with what they are, the newcomer
            first = {p: min((m for m in self.mentions if m.person is p), key=lambda m: m.start) for p in found}
            new = [p for p, m in first.items() if lo <= m.start < hi and INTRODUCED_BEFORE.search(self.text, max(0, m.start - 8), m.start)
                   and INTRODUCED_AFTER.match(self.text, m.end)]
            old = [p for p, m in first.items() if m.start < lo]
            return new[0] if len(new) == 1 and len(old) == 1 else None
        other = next(p for p in found if p is not carry)
        first = min((m for m in self.mentions if m.person is other), key=lambda m: m.start)
        # (or with what they do: "joined at the launch by Declan X, who manages the service in Slough. He said:")
        return other if lo <= first.start < hi and (AGE_AFTER.match(self.text, first.end) or JOINED_BY_BEFORE.search(
            self.text, max(0, first.start - 40), first.start) and re.match(r",\s+who\s", self.text[first.end:])) else None

    @staticmethod
    def _named_in_words(person, quoted):
        """The quotation speaks of this person by name ("Linda was the one who said go on"): one
        does not name oneself so, so they are not its speaker."""
        parts = person.name.split()
        if not quoted or not parts:
            return False
        # ("Mr Tindle's family told me": one speaks of another with a courtesy title and surname)
        forms = [f"{t.capitalize()} {parts[-1]}" for t in COURTESY_TITLES] + ([person.name] if len(parts) > 1 else [])
        if any(next(lexicon.find_word(quoted, w), None) is not None for w in forms):
            return True
        # the first name alone, but not as the last word of a longer name ("Stephen" in "Kirkby Stephen")
        return len(parts) > 1 and any(not LONGER_NAME_BEFORE.search(quoted, 0, at) for at in lexicon.find_word(quoted, parts[0]))

    def _by_own_words(self, candidates, quote_spans):
        """Of several people a pronoun could mean, the one whose role the quote speaks of ("Ward
        manager Jo Bell and Dr Ann Lee ... “I've managed this ward for 19 years,” she said")."""
        if not quote_spans:
            return None
        stems = lambda words: {w[:5].lower() for w in re.findall(r"[A-Za-z]{4,}", words)} - ROLE_STOP_STEMS
        quoted = stems(" ".join(self.text[a:b] for a, b in quote_spans)[:200])
        fits = [p for p in candidates if p.role and stems(p.role) & quoted]
        return fits[0] if len(fits) == 1 else None

    def interviewer_asking(self, lo, hi):
        """The person who puts a question in [lo, hi) naming no one to answer it ("X asked whether
        ..."), when the text made them an interviewer before (INTERVIEWER_BEFORE), else None."""
        for q in reversed(self.questions(lo, hi)):
            if ASKED_OBJECT.match(self.text, q.end()):
                continue
            askers = [m for m in self.mentions if m.end <= q.start() and ASKER_GAP.fullmatch(self.text, m.end, q.start())]
            if not askers:
                continue
            person = askers[-1].person
            if any(m.person is person and INTERVIEWER_BEFORE.search(self.text, max(0, m.start - 60), m.start)
                   for m in self.mentions if m.start < q.start()):
                return person
        return None

    def _interviewee(self, interviewer, gender, quote_spans):
        """The one the text has talk with the interviewer ("She talked about it with X on the show"): the
        subject of that verb, named or a pronoun of `gender`; None when the text does not say."""
        for m in self.mentions:
            if m.person is not interviewer or not INTERVIEWER_BEFORE.search(self.text, max(0, m.start - 60), m.start):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None) if span is not None else None
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if subj is None:
                return None
            if PRONOUNS.get(subj.lower_) == gender:
                return self.by_pronoun(gender, subj.idx, quote_spans)
            named = [x.person for x in self.mentions if x.start <= subj.idx < x.end and x.person is not interviewer]
            return named[0] if named and named[0].gender in (None, gender) else None
        return None

    def questions(self, lo, hi):
        """The question verbs in [lo, hi) that put a question then ("asked Ms Dunn whether"), not
        those told as background in the past perfect ("she had asked her to report back")."""
        return [m for m in QUESTION_VERB.finditer(self.text, lo, hi)
                if not BACKGROUND_BEFORE.search(self.text, max(0, m.start() - 12), m.start())]

    def _asked(self, lo, hi, found):
        """The one person named right after a question verb in [lo, hi): "asked Ms Dunn whether"."""
        for m in self.questions(lo, hi):
            if not (any(x.end <= m.start() and ASKER_GAP.fullmatch(self.text, x.end, m.start()) for x in self.mentions)
                    or self._named_asker(m.start(), found)):
                continue  # the asker must be named: not "she had asked Dr Dunn"
            after = [x for x in self.mentions if m.end() <= x.start < min(hi, m.end() + 80) and x.person in found]
            if after and not after[0].subject:
                return after[0].person
        return None


def subject_phrase(tok, text=None):
    """(start, end, text) of the noun phrase a subject token heads, cut before an apposition,
    relative clause or comma: "The Cabinet Member for Adults and Health", "Ms Khan"."""
    keep = [tok]
    for child in tok.children:
        if child.dep_ == "punct" and child.text == "-" and child.i < tok.i:
            keep.append(child)  # a double-barrelled name: "Lam-Ferguson"
        if child.dep_ in ("compound", "det", "amod", "poss", "nmod", "prep", "case") and child.i < tok.i + 12:
            if child.dep_ == "prep" and child.i < tok.i:
                continue
            keep.extend(child.subtree)
    text = doc_text(tok.doc) if text is None else text
    line_lo = text.rfind("\n", 0, tok.idx) + 1
    line_hi = text.find("\n", tok.idx) % (len(text) + 1)
    keep = sorted({t for t in keep if line_lo <= t.idx < line_hi and not t.is_space}, key=lambda t: t.i)  # one paragraph
    # the unbroken run of words around the head: no gap, comma or quotation mark inside it
    idx = {t.i for t in keep}
    stop = set(",“”\"‘’'():;")
    lo = hi = tok.i
    while lo - 1 in idx and tok.doc[lo - 1].text not in stop:
        lo -= 1
    while hi + 1 in idx and tok.doc[hi + 1].text not in stop:
        hi += 1
    # a double-barrelled name the parse splits into two subjects ("Marchbanks" and "-Ayodele"): the
    # first piece is joined to the hyphen with no space, so it is the same word
    doc = tok.doc
    while lo >= 2 and doc[lo - 1].text in ("-", "‐") and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].is_alpha and line_lo <= doc[lo - 2].idx:
        lo -= 2
    out = list(tok.doc[lo:hi + 1])
    start, end = out[0].idx, out[-1].idx + len(out[-1])
    return start, end, text[start:end]
