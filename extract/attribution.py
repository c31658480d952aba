"""Who said a quote: the subject of its speech verb, read from spaCy's dependency parse and
resolved against the article's people table (people.py).

The subject can be a name ("Ms Khan", "Coun Patel", "Dan"), a pronoun, a role ("The Chair",
"the Cabinet Member for Adults and Health"), an organisation ("Inclusion said in a statement",
"the council said in a written response"), a spokesperson ("a spokeswoman for NHS Tayside") or a
document ("The report states"), which is nobody's speech."""
import bisect
import re

from recoverywatch.extract import gazetteer, lexicon
from recoverywatch.extract.extensions import doc_text, lemma, sentence_bounds
from recoverywatch.extract.people import (ANSWER_LEMMAS, ASKED_OBJECT, FIRST_NAMES, NOT_NAME_OPENERS, NOT_NAMES, REPLY_LEMMAS, COUNTERPART_NOUNS, ITEM_NO_RE, ITEM_NUMBER, NAME, NAME_SEQ, ORG_ENDINGS,
                                          ORG_OPENERS, PRONOUNS, QUESTION_WORDS, ROLE_NOUN_RE, ROLE_NOUNS, ROLE_WORDS, TITLE_WORDS, TITLES,
                                          Person, clean_name, fold_role, home_council, provider_meant,
                                          subject_phrase)
from recoverywatch.extract.providers import NHS_TRUST, TRUST_GENERIC, described_as_org, trust_initials, trust_name

_WORDS = lexicon.load("quotes.toml")
SAY_WORDS = set(_WORDS["say_verbs"])
CONTINUING = set(_WORDS["continuing_verbs"])
FAMILY = set(_WORDS["words"]["family"])
RECIPROCAL_AFTER_OWNER = re.compile(rf"(?:her|his)\s+({lexicon.words_regex(_WORDS['words']['reciprocal'])})\b", re.I)
FEMALE, MALE = set(_WORDS["words"]["female"]), set(_WORDS["words"]["male"])
DOCUMENTS = set(_WORDS["words"]["documents"])
# "Comments of the Cabinet Member: “...,” said Cllr X": a form field's name opening the paragraph
FORM_LABEL = re.compile(rf"(?i:{lexicon.words_regex(_WORDS['words']['form_labels'])})\b[^:\n“”\"‘]{{0,60}}:[ \t]+")
SPOKES = r"(?:spokes(?:person|man|woman|people)|representatives?)"  # "a representative of DISC said"
SPOKES_FOR = re.compile(rf"\b{SPOKES}\s+(?:for|from|at|of|with)\s+(?:(?-i:the)\s+)?(.+)$", re.I)  # "The" may open a name
SPOKES_OF = re.compile(rf"^(?:[Aa]n?|[Tt]he)?\s*(.+?)['’]?s?\s+{SPOKES}$")
TRUST_END = re.compile(r"\bNHS (?:Foundation )?Trust$|\bNHS FT$")
ORG_LIKE = re.compile(rf"(?:\b{ORG_ENDINGS}$|^{ORG_OPENERS}\b)", re.I)
COUNCIL_WORDS = re.compile(r"^(?:the\s+)?((?:county|city|borough|district|town|parish)\s+)?council$"
                          r"|^(?:the\s+)?(?:local|unitary)?\s*authority$", re.I)  # "the authority said"
GENERIC_ORGS = set(_WORDS["words"]["generic_orgs"])
LOWER_CASE_ONLY_ORGS = set(_WORDS["words"]["generic_orgs_lower_case_only"])  # "the service", not "The Probation Service"
# a description standing for the person just introduced: "the 41-year-old", "the mother-of-two"
# (where they are from may follow: "the 47-year-old from Bridlington")
# (an age may carry a job and a home town: "the 63-year-old retired postman from Duston, Northampton")
DESCRIPTOR = re.compile(r"^[Tt]he\s+(?:\d{1,3}-year-old(?:\s+[a-z]+){0,3}|[a-z]+(?:-[a-z]+){2,})"
                        r"(?:\s+from\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|upon|on|in|under))*(?:,\s+[A-Z][\w’'-]*)?)?"
                        r"(?:,\s+who\s[^“”\"]*)?$")  # ("..., who lives in ...")
# "Alcohol Change UK, which runs Dry January, said ...": a body whose words a paragraph reports
BODY_WHICH_SAID = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|UK|of|and|for)){0,5}),\s+which\s+[^,.;“”\"]{3,80},\s+said\b", re.M)
# "a spokesperson for the new provider": the one the text says took the service over or was awarded it
NEW_PROVIDER = re.compile(r"(?:new|incoming)\s+(?:service\s+)?(?:provider|charity|organisation|operator)")
# ("X, which took over the contract from Y in April")
TOOK_OVER_AFTER = re.compile(r"(?:,\s+(?:which|who|that))?\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+to\s+)?(?:began|begins|begin|took\s+over|takes\s+over|taken\s+over|take\s+over"
                             r"|won|wins|replaces|replaced|starts|started|start|took\s+on|takes\s+on)\b")
AWARDED_TO_BEFORE = re.compile(r"\b(?:awarded|given|went|passes|passed|goes)\s+(?:the\s+contract\s+)?to\s+$")
ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+([^,“”\"]+),?\s*[“\"‘']?$")
# "In the words of the trust's clinical lead, Dr Hale: “...”": whose words follow, like "according to"
WORDS_OF_BEFORE = re.compile(r"\b[Ii]n\s+the\s+words\s+of\s+([^“”\"\n:;]{3,120}?),?\s*:?\s*[“\"‘']?$")
ACCORDING_AFTER = re.compile(r"^[”\"’']?[,.]?\s*[Aa]ccording to\s+([^,.;“”\"]+)")
# "“... before.” – Shaun Pritchett, Coalville": a testimonial signed with a dash, a name and where
# they are from, the paragraph's last words
SIGNED_AFTER = re.compile(r"^[”\"’']?[,.]?\s*[–—-]{1,2}\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
                          r"(?:\s*,\s*[^\n“”\"]{1,80}|\s*\([^)\n]{1,80}\))?\s*$")
# "read out a statement from Acme Recovery, which ...:", "in a written response from the council:"
SAYS_NEXT = re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(SAY_WORDS, key=len, reverse=True)))})\b")
STATEMENT_NOUNS = ("statement", "response", "submission", "message", "letter")
# (or the body by a generic noun: "a written statement from the charity, which said:")
# (also "a statement from a spokesperson for Norfolk and Suffolk NHS Foundation Trust:")
STATEMENT_FROM = re.compile(rf"\b(?:{'|'.join(STATEMENT_NOUNS)})\s+(?:(?:submitted|issued|provided|sent|supplied)\s+)?(?:from|by|on\s+behalf\s+of)\s+"
                            rf"(?:(?:an?|the)\s+spokes(?:person|man|woman)\s+(?:for|from|at)\s+)?"
                            rf"((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|for|upon|on))*"
                            rf"|the\s+{lexicon.words_regex(GENERIC_ORGS)}\b)")
STATEMENT_READ_BEFORE = re.compile(STATEMENT_FROM.pattern + r",\s+(?:read|circulated|sent|submitted|issued|published|tabled|provided)\b[^,:;“”\"]{0,100},\s*$")
# a statement, letter or message from someone the text does not name there: "a letter from a mother
# whose son died", "a statement from a young person who used the service" (a spokesperson is a body's)
STATEMENT_FROM_SOMEONE = re.compile(rf"\b(?:{'|'.join(STATEMENT_NOUNS)}|email|account)s?\s+(?:(?:written|sent|submitted)\s+)?"
                                    r"(?:from|by)\s+(?:a|an|one)\s+(?!spokes|representative)")
# a heading that introduces the words under it: "2. Statement by the Cabinet Member"
STATEMENT_HEADING = re.compile(rf"\b(?i:{'|'.join(STATEMENT_NOUNS)})\s+(?:from|by|of)\s+(.+?)\s*$")
# the body as the subject: "Turning Point had been unable to attend and had submitted a written statement"
STATEMENT_BY = re.compile(rf"((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|for))*)\s+(?:[a-z]+\s+){{0,12}}?"
                          rf"(?:submitted|sent|provided|issued|supplied|prepared)\s+(?:an?\s+)?(?:short\s+|brief\s+)?(?:written\s+)?"
                          rf"(?:{'|'.join(STATEMENT_NOUNS)})\b")
# "A spokesman for DISC said", "a spokeswoman for the council told": reported words of a gendered spokesperson
SPOKES_REPORTED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?P<word>spokesman|spokeswoman|spokesperson)\s+(?:for|from|at)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|for|on|in|to))*|(?:[a-z-]+\s+){0,5}?(?:trust|force|council)"  # or "the mental health trust", "the county council"
                             r"|(?:new|incoming)\s+(?:service\s+)?(?:provider|charity|organisation|operator))"  # "for the new provider"
                             r"|(?:[A-Z][\w’'&-]*\s+){1,6}(?P<word2>spokesman|spokeswoman|spokesperson))"
                             # (a clause on the body between: "A spokeswoman for X, which employs 140 staff in the county, said")
                             r"(?P<clause>,\s+(?:which|who)\s+[^,.;:“”\"]{1,80},)?\s+(?:said|says|told|added)\b")  # also "A DISC spokeswoman said"
# (or the organisation before the word: "A We Are With You spokesperson said:", where the parse may
# take "A" or "We" for the subject)
# a spokesperson for nobody named, whose body is the sentence before's subject ("X says it will open
# daily. A spokesperson told us ...")
SPOKES_BARE = re.compile(r"\b[Aa]n?\s+(?:spokesman|spokeswoman|spokesperson)\s+(?:said|says|told|added)\b")
# a spokesperson for a body whose name holds a list ("the Humberside, Lincolnshire and North Yorkshire
# Community Rehabilitation Company"), which the parse and SPOKES_BEFORE_VERB cut at its first comma
_NAME_LIST = r"(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*(?:,\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)+\s+and\s+[A-Z][^,.;:“”\"]+?"
SPOKES_FOR_LIST = re.compile(rf"\b{SPOKES}\s+(?:for|from|at|of)\s+({_NAME_LIST})(?=,|\s+(?:said|says|told|added)\b)")
# (the name holds no speech verb: "A spokesperson for CGL said the service reached people who had never
# asked": the verb nearest the quote is not the spokesperson's)
SPOKES_BEFORE_VERB = re.compile(rf"\b((?:[Aa]n?|[Tt]he)\s+{SPOKES}\s+(?:for|from|at)\s+(?:(?!(?:said|says|told|added)\b)[^,.;:“”\"])+?"
                                rf"|(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w’'&-]*\s+){{1,6}}{SPOKES})(?:,\s+(?:which|who|in\s+(?:a|an|its|their)|responding|writing|speaking)\b[^.;:“”\"]*,)?\s*$")  # ("..., in a written response to ..., said")
# "the force", "the trust": the one of that kind the text named last
_FORCE = re.compile(r"((?:[A-Z][\w’'&-]*,?\s+(?:and\s+)?)+(?:Police|Constabulary))\b")
NAMED_BODIES = {
    "force": _FORCE,
    "police": _FORCE,  # "a police spokesperson"
    "trust": re.compile(r"((?:[A-Z][\w’'&-]*,?\s+(?:(?:and|of)\s+)?)+NHS(?:\s+Foundation)?\s+Trust)\b"),
    # "a spokesperson for the ICB" of "Bristol, North Somerset and South Gloucestershire Integrated Care Board"
    "icb": re.compile(r"((?:NHS\s+)?(?:[A-Z][\w’'&-]*,?\s+(?:and\s+)?)+Integrated\s+Care\s+Board)\b"),
    "ccg": re.compile(r"((?:NHS\s+)?(?:[A-Z][\w’'&-]*,?\s+(?:and\s+)?)+Clinical\s+Commissioning\s+Group)\b"),
}
# a run of capitalised words a name's initials may stand for ("Bournemouth, Christchurch and Poole")
FULL_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:(?:,\s+|\s+(?:and|&|of|for)\s+|\s+)[A-Z][\w’'-]*)+")
# words that stand alone for a body of their own, not for the last name ending in them ("the
# Government" after "the Scottish Government" is still the UK's)
SHORT_NAME_NOT = {"government", "council", "trust", "police", "force", "department", "parliament", "nhs", "office"}
CHARITY_TRUST = re.compile(r"\b((?!(?:The|This|That|Our|Each|Every|A)\s)(?:[A-Z][\w’'&-]*\s+){1,5}Trust)\b")
SHORT_BODIES = ("icb", "ccg")  # named by their kind alone after their full name
TRUST_BEFORE_WHICH = re.compile(NAMED_BODIES["trust"].pattern + r",\s+$")  # "X NHS Trust, | which said"
UNNAMED_PEOPLE = set(_WORDS["unnamed_people"])
TELL_FORMS = ("told", "tell", "tells", "telling")  # their object is the one told, never the speaker
ITEM_NO = re.compile(ITEM_NUMBER)  # "HW9.6", "7.3", "12"
# what a member of the public puts to a meeting, in their own words: the subject of "A question had been
# received from X:", "The following petition was presented by X:"
ASKED_ITEMS = {"question", "questions", "petition", "deputation", "submission"}
_ASKED = "|".join(sorted(ASKED_ITEMS))
# another reads out what someone asked: "The Chairman read the question to the meeting:" (the one it refers
# to, not one of the reader's own: "Cllr X read her question:" is hers)
READ_OUT_ITEM = re.compile(rf"\b(?:read|reads|reading|relayed|put)\s+(?:out\s+)?(?:the|this|that)\s+(?:written\s+)?(?:{_ASKED})\b(?!\s+(?:from|by)\b)")
# who asked it, said before: "A question had been submitted by Mr X", "a question from Mr X", "Mr X had sent a question"
ITEM_FROM = re.compile(rf"\b(?:{_ASKED})\s+(?:(?:had|has|was|were)\s+(?:been\s+)?)?(?:(?:submitted|sent|received|tabled|raised|put|asked)\s+)?(?:from|by)\s+")
ITEM_SENT = re.compile(rf"\b(?:had\s+|has\s+)?(?:submitted|sent|tabled|raised|put|asked)\s+(?:a|the)\s+(?:written\s+)?(?:{_ASKED})\b")
# words issued as an organisation's: "said in a statement", "in a written statement"
# "In a statement, X said ...", "X said in a statement that ...": what X said is reported, the statement named
STATEMENT_REPORTED = re.compile(r"\b[Ii]n\s+a\s+(?:short\s+|written\s+|joint\s+|brief\s+)?statement,?\s+((?:[Tt]he\s+)?[A-Z][^,.;:“”\"]{1,80}?)\s+(?:said|says|added|confirmed)\b"
                                r"|\b((?:[Tt]he\s+)?[A-Z][^,.;:“”\"]{1,80}?)\s+(?:said|says)\s+in\s+a\s+(?:short\s+|written\s+|joint\s+|brief\s+)?statement\b")
STATEMENT_THEN_CLAUSE = re.compile(r"\b[Ii]n\s+a\s+(?:short\s+|written\s+|joint\s+|brief\s+)?statement,\s+((?:[Tt]he\s+)?[A-Z0-9][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*),"
                                   r"\s+(?:which|who)\b[^“”\"‘’:;]{1,200}?,\s*$")
IN_STATEMENT = re.compile(r"\s+in\s+a\s+(?:short\s+|written\s+|joint\s+|brief\s+)?statement\b")
# a transcript's speaker label in capitals: "PENDRY:", "TANSLEY-IWU:", "McILWRAITH:", "PRESENTER:"
CAPS_LABEL = re.compile(r"(?:Ma?c)?[A-Z][A-Z’'-]+(?:\s+(?:Ma?c)?[A-Z][A-Z’'-]+){0,2}")
BROADCAST_ROLES = set(_WORDS["broadcast_roles"])
# a transcript's caption for a body's words: "STATEMENT FROM THE TRUST, SHOWN ON SCREEN"
CAPS_STATEMENT_LABEL = re.compile(rf"(?:{'|'.join(n.upper() for n in STATEMENT_NOUNS)})\s+(?:FROM|BY)\s+THE\s+([A-Z]+)(?:\s*,\s*[A-Z][A-Z ’'-]*)?")
TIME_STAMP = re.compile(r"\s*\d{1,2}[.:]\d{2}\s*(?:am|pm)?\s*[:–—-]\s*", re.I)  # a live blog's "2.44pm:"
# plain speech verbs: after "X asked Y ..., saying ..." they go on with X, unlike "replied"
PLAIN_SAY = {"say", "tell", "add", "state", "note"}
ASKER_WENT_ON = re.compile(rf"\b{lexicon.words_regex(_WORDS['question_verbs'])}\b[^.\n]*?,\s+(?:saying|adding|arguing|claiming|warning)\b")
DOCUMENT = object()  # a passage quoted from a document: not a person's quote
# A reply someone wrote ("the answer said"), and the words before or after a name that make it that
# person's: "In her written answer, Ms X said ...", "Cllr X's reply", "a response from Dr X"
REPLIES = r"(?:answer|reply|response|email)"
REPLY_BEFORE_NAME = re.compile(rf"\b(?:[Ii]n\s+(?:his|her|their|a|the)\s+(?:written\s+|short\s+|brief\s+)?{REPLIES}\b[^.;“”\"\n]{{0,60}}?,\s+"
                               rf"|\b{REPLIES}\s+(?:from|by|signed\s+by)\s+)$")
REPLY_AFTER_NAME = re.compile(rf"['’]s\s+(?:written\s+|short\s+|brief\s+)?{REPLIES}\b")


def _initials(trust):
    """The ways a trust's initials are written: "CNWL" (the words before "NHS"), "EPUT", "LPFT"."""
    head = re.split(r"\s+NHS\b", gazetteer.without_the(trust))[0]
    base = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", head))
    return {base, base + "T", base + "FT", base + "NHSFT"}


# a relative clause that closes just before the speech verb: ", whose son Liam died in 2018 aged 24, said"
CLAUSE_BEFORE_VERB = re.compile(r",\s+(?:whose|who)\s+[^,“”\"\n]{1,120},\s*$")


class Attributor:
    def __init__(self, doc, people):
        self.doc = doc
        self.text = doc_text(doc)
        self.people = people
        self.last_speaker = None
        self.last_speaker_at = 0  # where the last speaker's quote starts
        self._sent_starts = None

    def speech_verb(self, lo, hi, quotes):
        """The speech verb outside the quotation nearest to it, or None."""
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        if span is None:
            return None
        # not a passive ("funding had been confirmed"): what was said, not who said it
        verbs = [t for t in span if t.text in SAY_WORDS and not any(a <= t.idx < b for a, b in quotes)
                 and not any(c.dep_ == "auxpass" for c in t.children)]
        if not verbs:
            return None
        # "asked for help" is a request, not speech ("people who had never asked for help before")
        verbs = [t for t in verbs if not (lemma(t) == "ask" and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children))] or verbs
        if not quotes:
            # narration: "He said the council had not asked families" reports another speech act
            # inside his words; the speaker is the one whose verb holds it
            verbs = [v for v in verbs if not any(a in verbs for a in v.ancestors)] or verbs
        edges = [x for q in quotes for x in q] or [hi]
        return min(verbs, key=lambda v: min(abs(v.idx - x) for x in edges))

    def speaker(self, lo, hi, quotes):
        """The speaker named in the text [lo, hi) around the quotation spans `quotes`:
        a Person, DOCUMENT, or None when the attribution is missing or unclear."""
        label = FORM_LABEL.match(self.text, lo)
        if label and (not quotes or label.end() <= min(q[0] for q in quotes)) and self.speech_verb(label.end(), hi, quotes) is not None:
            lo = label.end()  # the words after the field name their speaker: read them alone
        verb = self.speech_verb(lo, hi, quotes)
        first, last = min(q[0] for q in quotes) if quotes else hi, max(q[1] for q in quotes) if quotes else lo
        if (verb is not None and verb.idx >= last and self.text[lo:first].rstrip(" “\"‘'").endswith(":")
                and re.search(r"[.!?][”\"’']?\s*$", self.text[first:last])):
            # "A statement from X was read: “... before.” Dr Lee added that ...": a quotation the colon
            # introduces and a full stop ends; the sentence after it is the next thing said
            verb = self.speech_verb(lo, first, [])
        if verb is None:
            return (self.according_to(lo, hi, quotes) or self.colon_intro(lo, hi, quotes) or self.statement_from(lo, first)
                    or self._headed_statement(lo, first))
        if (verb.idx < first and self.text[lo:first].rstrip(" “\"‘'").endswith(":")
                and (STATEMENT_FROM.search(self.text, verb.idx, first) or STATEMENT_BY.search(self.text, verb.idx, first))):
            # "Dr Lee asked about waits. ... the Chair read out a statement provided by X NHS Trust:": the
            # statement the colon opens, not the question before it
            stated = self.statement_from(verb.idx, first)
            if stated is not None:
                return stated
        if verb.idx < first and self.text[lo:first].rstrip(" “\"‘'").endswith(":") \
                and re.search(r"[.!?]\s", self.text[verb.idx:self.text.rfind(":", lo, first)]):
            # "I asked Cllr X what she hears from families. Her answer has stayed with me: ‘...’": the
            # sentence the colon ends introduces the words, not the speech verb of a sentence before it
            intro = self.colon_intro(lo, hi, quotes)
            if isinstance(intro, Person):
                return intro
        subj = subject_of(verb, quotes)
        if subj is not None and not lo <= subj.idx < hi:
            subj = None  # the parse ran on from another paragraph
        if subj is None or subj.pos_ == "PRON":
            # "A spokesperson for We Are With You said:": the parse may take "We" for the subject
            m = SPOKES_BEFORE_VERB.search(self.text, lo, verb.idx)
            if m and not re.search(r"[.!?]\s", self.text[m.end():verb.idx]):
                spoke = self.spokesperson(m.group(1), m.start(1))
                if spoke is not None:
                    return spoke
        if subj is None:
            # "In a statement, 2gether, which also runs mental health services, said:": the parse may
            # hang the name on "statement" and leave the verb without a subject
            line_lo = self.text.rfind("\n", 0, verb.idx) + 1
            opened = STATEMENT_THEN_CLAUSE.search(self.text[line_lo:verb.idx])
            full = self.org_name(opened.group(1), line_lo) if opened else None
            if full and (is_provider(full) or any(p["row"]["name"] == full for p in self.doc._.rw_providers or ())):
                return spokesperson(full)
        if subj is not None and subj.lower_ in ("which", "that") and subj.head.dep_ == "relcl":
            # "a written statement from CRI, which said:": the statement's organisation
            line_lo = self.text.rfind("\n", 0, verb.idx) + 1
            stated = self.statement_from(line_lo, verb.idx)
            if stated is not None:
                return stated
        line_lo = self.text.rfind("\n", 0, verb.idx) + 1
        read_out = STATEMENT_READ_BEFORE.search(self.text, line_lo, verb.idx)
        if read_out is not None:
            # "A statement from Turning Point, read to the meeting by the Head of Commissioning, said:"
            # (the parse may make "read" the sentence's verb and its reader the speaker)
            stated = self.statement_from(read_out.start(), read_out.end())
            if stated is not None:
                return stated
        if subj is not None and subj.pos_ == "NOUN" and lemma(subj).lower() in STATEMENT_NOUNS:
            # "A statement from Acme Recovery, circulated with the agenda, said:": its organisation
            stated = self.statement_from(subj.idx, verb.idx)
            if stated is None and any(c.lower_ in ("the", "this", "that") for c in subj.children):
                # "A written statement from Addaction was read to the Board. “...,” the statement said.":
                # the statement its paragraph named
                stated = self.statement_from(self.text.rfind("\n", 0, subj.idx) + 1, min(first, subj.idx))
                if stated is None:
                    stated = self._statement_said_before(subj.idx)  # "In a statement, X said ... / “...,” the statement said"
                if stated is None:
                    # "Mr X read a statement from Change Grow Live to the Board." then "“...,” the statement said."
                    a, b = self._paragraph_before(subj.idx)
                    stated = self.statement_from(a, b) if b > a else None
            if stated is not None:
                return stated
        # "With You said in a statement:", "Change Grow Live said": a provider's whole name opens
        # the sentence, whatever the parse made of its words
        opening = self._provider_opening(lo, verb.idx)
        if opening is not None:
            return opening
        if subj is None:
            return self.named_by_verb(verb, lo, hi, quotes)
        return self.resolve(subj, quotes)  # a subject we cannot resolve ("one resident") is nobody

    def according_to(self, lo, hi, quotes):
        """"According to the needs assessment, “...”" or "“...”, according to Jo Marsh": a
        document, or the person or spokesperson named."""
        first = min([s for s, _ in quotes] or [hi])
        last = max([e for _, e in quotes] or [lo])
        words = WORDS_OF_BEFORE.search(self.text, lo, first)
        if words is not None:
            a, b = words.start(1), words.end(1)
            return self.people.named_in(a, b) or self.people.by_role(words.group(1), a)
        m, base = ACCORDING_BEFORE.search(self.text[lo:first]), lo
        if m is None:
            m, base = ACCORDING_AFTER.match(self.text[last:hi]), last
        if m is None:
            signed = SIGNED_AFTER.match(self.text[last:hi])
            if signed is not None:
                return self.people.named_in(last + signed.start(1), last + signed.end(1))
            return self.statement_from(lo, first)
        a, b = base + m.start(1), base + m.end(1)
        if m.group(1).split()[-1].lower() in DOCUMENTS:
            return DOCUMENT
        return self.people.named_in(a, b) or self.spokesperson(m.group(1))

    def _provider_opening(self, lo, verb_at):
        """The spokesperson of a provider whose whole name runs from the sentence's start to its verb."""
        opening = re.split(r"(?:^|[.!?:]\s+|\n)(?=[A-Z])", self.text[lo:verb_at].rstrip())[-1].strip(" ,")
        opening = re.sub(rf"^\(?{ITEM_NUMBER}[.)]?\s+", "", opening)  # "27.6 The Nelson Trust said"
        # "In a statement, We Are With You said": past an opening phrase that ends in a comma; and
        # before a clause about the provider ("X, which runs the service as Y, said")
        bare = re.sub(r",\s+(?:which|who)\s+[^,]*$", "", opening)
        for name in dict.fromkeys((opening, opening.rsplit(", ", 1)[-1], bare, bare.rsplit(", ", 1)[-1])):
            if is_provider(gazetteer.without_the(name)):
                return spokesperson(canonical_org(name))
            # one found from context that the text calls an organisation ("Jobs, Friends and Houses, the
            # community interest company that ...", then "Jobs, Friends and Houses said")
            found = next((p for p in self.doc._.rw_providers or () if name in p["matched"]), None)
            if found is not None and (ORG_LIKE.search(name) or described_as_org(self.text, found)):
                return spokesperson(found["row"]["name"])
            # the opening words of a name the text gave in full ("Greater Manchester West said" of Greater
            # Manchester West Mental Health NHS Foundation Trust), not a place alone ("Salford said")
            # ("The Well said" of The Well Communities, found as "Well Communities" at a sentence's start)
            if len(name.split()) >= 2 and not gazetteer.is_place_name(name):
                head = gazetteer.without_the(name) + " "
                found = next((p for p in self.doc._.rw_providers or ()
                              if any(gazetteer.without_the(m).startswith(head) for m in p["matched"])), None)
                if found is not None:
                    return spokesperson(found["row"]["name"])
            if name.isupper() and 2 < len(name) <= 6:  # "SEPT said": a trust the story named in full
                full = next((p["row"]["name"] for p in self.doc._.rw_providers or () if trust_initials(p["row"]["name"], name)), None)
                if full is not None:
                    return spokesperson(full)
        return None

    def colon_intro(self, lo, hi, quotes):
        """"The Leader welcomed the proposal: “...”": narration that ends in a colon before the
        quotation (or ends the paragraph before it) introduces it, whatever its verb; the speaker
        is that sentence's subject."""
        end = min([s for s, _ in quotes] or [hi])
        colon = self.text.rfind(":", lo, end)
        if colon < 0 or self.text[colon + 1:end].strip(" “\"‘'\n"):
            return None
        line_lo = max(lo, self.text.rfind("\n", 0, colon) + 1)
        labelled = self._speaker_label(line_lo, colon, quotes)
        if labelled is not None:
            return labelled  # "Ms Mahal: “...”", "2.44pm: Ms Mahal: “...”": a transcript's or live blog's speaker
        span = self.doc.char_span(line_lo, colon, alignment_mode="contract")
        if span is None:
            return None
        # the sentence's own verb: the parse may run a colon's sentence on into the quotation, so
        # the first verb before the colon with a subject there stands for it
        sentence_lo = max([t.idx for t in span if t.is_sent_start] + [line_lo])
        verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.idx >= sentence_lo]
        opening = self._provider_opening(sentence_lo, verbs[0].idx) if verbs else None
        if opening is not None:
            return opening
        someone = STATEMENT_FROM_SOMEONE.search(self.text, sentence_lo, colon)
        if someone is not None:
            # "Ms X read a statement from a young person who had used the service, who asked to be
            # identified only as Tavish, 17:": the writer's words, not the reader's; the writer is the
            # one person the sentence names after "from", or nobody the text names
            named = self.people.named_between(someone.end(), colon, quotes)
            return named[0] if len(named) == 1 else None
        if READ_OUT_ITEM.search(self.text, sentence_lo, colon):
            # "A question had been submitted by Mr X of Christchurch. The Chairman read the question to
            # the meeting:": the asker's words, whoever reads them; nobody if the text does not say who asked
            return self._asker_of_item(sentence_lo, quotes)
        # the earliest subject is the main clause's ("Her message to anyone who ... was simple:")
        subj = min((x for x in (subject_of(v, quotes) for v in verbs)
                    if x is not None and sentence_lo <= x.idx < colon and x.lower_ not in ("who", "which", "that")),
                   key=lambda x: x.i, default=None)
        if subj is None:
            # the parse found no subject (a list line run into the sentence): the one person
            # the narration names before its verb
            named = self.people.named_between(sentence_lo, verbs[0].idx, quotes) if verbs else []
            return named[0] if len(named) == 1 else None
        low = subj.lower_
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        named = next((c for c in subj.children if c.dep_ == "appos"), None)
        if named is not None and (low in ROLE_WORDS or re.fullmatch(ROLE_NOUNS, low, re.I) or low in FAMILY):
            # "CRI's service manager, Martin Heslop, has supplied the following commentary:": the
            # person the role is set beside, not the organisation that owns the role ("His mother,
            # Tamsyn Yelland, put it simply:" the same with a relative)
            found = self.resolve(named, quotes)
            if isinstance(found, Person):
                return found
        if subj.pos_ == "NOUN" and owner is not None and low not in FAMILY:
            found = self.resolve(owner, quotes)  # "Her message to anyone put off was simple:"
            return found if isinstance(found, Person) else None
        if low in ASKED_ITEMS:
            # "A question had been received from Mr X, who read it to the committee:": the one who asked
            named = self.people.named_between(subj.idx, colon, quotes)
            return named[0] if len(named) == 1 else None
        if subj.pos_ == "NOUN" and not (low in ROLE_WORDS or re.fullmatch(ROLE_NOUNS, low, re.I) or low.startswith(("spokes", "representative"))
                                        or low in GENERIC_ORGS or low in NAMED_BODIES or COUNCIL_WORDS.match(low)
                                        or lemma(subj).lower() in DOCUMENTS):
            return None  # "The presentation included the account of Lee, 38:": not the subject's words
        found = self.resolve(subj, quotes)
        if found is DOCUMENT:
            # "The report includes a case study from Lee, 47:": the person it quotes
            named = self.people.named_between(subj.idx, colon, quotes)
            if len(named) == 1 and len(named[0].name.split()) == 1:
                return named[0]
        return found

    def _speaker_label(self, line_lo, colon, quotes):
        """The person a line's label names when it is only a name, after any time stamp:
        "Ms Mahal:", "2.44pm: Cllr Jo Bell:"."""
        stamp = TIME_STAMP.match(self.text, line_lo, colon)
        at = stamp.end() if stamp else line_lo
        named = [m for m in self.people.mentions if at <= m.start < colon and not any(a <= m.start < b for a, b in quotes)]
        if not named and (stated := CAPS_STATEMENT_LABEL.fullmatch(self.text[at:colon].strip())):
            # "STATEMENT FROM THE TRUST, SHOWN ON SCREEN:": the body the text last named so
            kind = stated.group(1).lower()
            body = self._last_named_body(kind, at) if kind in NAMED_BODIES else None
            return spokesperson(canonical_org(body)) if body else None
        if not named and CAPS_LABEL.fullmatch(self.text[at:colon].strip()):
            return self._caps_label(self.text[at:colon].strip(), at)
        if len({m.person for m in named}) != 1:
            return None
        m = named[0]
        before, after = self.text[at:m.start].strip(), self.text[m.end:colon].strip()
        if after or (before and before.rstrip(".") not in TITLE_WORDS):
            return None
        return m.person

    def _caps_label(self, label, at):
        """A transcript's label in capitals: a part the introduction gives someone ("PRESENTER:" after
        "The presenter was X"), or the surname or first name of one person the text names ("PENDRY:"
        after "The presenter was Griffyn Pendry"; "RADEK:" after "Radek is going home")."""
        low = label.lower()
        if low in BROADCAST_ROLES:
            return self._given_part(low, at)
        words = low.split()
        matching = {p for p in self.people.people if p.name.lower() == low
                    or (len(words) == 1 and low in (p.name.split()[-1].lower(), p.name.split()[0].lower()))}
        if len(matching) == 1:
            return matching.pop()
        if matching or len(words) != 1:
            return None
        # a surname whose full name the text writes though the table missed it ("The presenter was
        # Griffyn Pendry")
        full = {m.group(0) for m in re.finditer(rf"\b[A-Z][a-z]+\s+(?i:{re.escape(label)})\b", self.text)
                if not m.group(0).isupper() and m.group(0).split()[0] not in TITLE_WORDS | NOT_NAME_OPENERS}
        if len(full) == 1:
            name = full.pop()
            return self.people.find(name) or self.people._add(name, at, at + len(label), None, None, at)
        # one name the people table lacks, written as a name elsewhere ("Radek is going home"): who it is
        # (never a word the text also writes in lower case: "STATEMENT:")
        forms = {m.group(0) for m in re.finditer(rf"\b{re.escape(label)}\b", self.text, re.I)}
        name = label[0] + label[1:].lower()
        if name in forms and not any(f.islower() for f in forms) and low not in NOT_NAMES \
                and any(t.text == name and t.pos_ == "PROPN" for t in self.doc) \
                and (name in FIRST_NAMES or self.text.count(name) >= 2
                     or re.search(rf"\b{name}(?:,\s*|\s+is\s+)\d{{2}}\b", self.text)):  # "Radek, 34," "Radek is 34"
            return self.people._add(name, at, at + len(label), None, None, at)
        return None

    def _given_part(self, role, pos):
        """The person an introduction gives a part: "The presenter was X", "Presenter X spoke to", "X,
        our health correspondent"."""
        intro = re.compile(rf"\b(?i:{role})\s+(?:was\s+|is\s+|,\s*)?({NAME_SEQ})|({NAME_SEQ}),\s+(?:the|our)\s+(?:[a-z]+\s+){{0,2}}{role}\b")
        for m in intro.finditer(self.text, 0, pos):
            person = self.people.find(m.group(1) or m.group(2), m.start())
            if person is not None:
                return person
        return None

    def narrated_pronoun(self, lo, first, quotes):
        """The person a "he" or "she" stands for when it is the subject of the narration just
        before a quotation that has no speech verb, and nobody is named there."""
        span = self.doc.char_span(lo, first, alignment_mode="contract")
        if span is None or self.people.named_between(lo, first, quotes):
            return None
        pronoun = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she")), None)
        found = self.resolve(pronoun, quotes) if pronoun is not None else None
        return found if isinstance(found, Person) else None

    def statement_from(self, lo, first):
        """"The Chair read out a statement from Acme Recovery, which could not attend: “...”": the
        organisation's spokesperson, or the person named."""
        found = [*STATEMENT_FROM.finditer(self.text, lo, first), *STATEMENT_BY.finditer(self.text, lo, first)]
        if not found:
            return None
        m = max(found, key=lambda x: x.start())  # the statement named last before the words
        a, b = m.start(1), m.end(1)
        person = self.people.named_in(a, b)
        if person is not None:
            return person
        org = self.org_name(m.group(1), a)
        return spokesperson(org) if self._is_body(org, m.group(1)) else None

    def _is_body(self, org, written):
        """Whether `org` (as the text wrote it: `written`) is a body that issues statements: a provider,
        listed or found from context, a council or a name shaped like an organisation's."""
        found = {p["row"]["name"] for p in self.doc._.rw_providers or ()}
        return bool(org) and bool(is_provider(org) or org in found or ORG_LIKE.search(org) or COUNCIL_WORDS.match(written))

    def _headed_statement(self, lo, first):
        """"2. Statement by the Cabinet Member" on its own line, then the words with no attribution:
        the heading's speaker (a person, a role's holder or a body's spokesperson)."""
        if self.text[lo:first].strip(" “\"‘'\n"):
            return None
        a, b = self._paragraph_before(lo)
        heading = self.text[a:b]
        if not heading or len(heading) > 100 or heading.rstrip()[-1:] in ".:!?”\"’'":
            return None
        m = STATEMENT_HEADING.search(heading)
        if m is None:
            return None
        at = a + m.start(1)
        return (self.people.named_in(at, a + m.end(1)) or self.people.by_role(m.group(1), at)
                or self.statement_from(a, b))

    def named_by_verb(self, verb, lo, hi, quotes):
        """When the parse gives the verb no usable subject: the one person named in the stretch
        of narration around it (between the quotation marks either side)."""
        a = max([lo] + [e for s, e in quotes if e <= verb.idx])
        b = min([hi] + [s for s, e in quotes if s > verb.idx])
        named = self.people.named_between(a, b, quotes)
        if verb.lower_ in TELL_FORMS:  # "..., the chair of the bench, Ruth Ollerby, told Bradwell:": not the one told
            end = verb.idx + len(verb)
            told = {m.person for m in self.people.mentions if end < m.start <= end + 16}
            named = [p for p in named if p not in told]
        clause = CLAUSE_BEFORE_VERB.search(self.text, a, verb.idx)
        if clause is not None and len(named) > 1:
            # "X co-founder Teresa Y, whose son Liam died in 2018 aged 24, said:": not the son
            inside = {m.person for m in self.people.mentions if clause.start() <= m.start < clause.end()}
            named = [p for p in named if p not in inside] or named
        if len(named) > 1:
            # "Speaking alongside Cllr X, the cabinet member for health, Cllr Y, said:": the name that
            # closes right before the verb, the one a participle opening the sentence leaves subjectless
            closing = [m.person for m in self.people.mentions if a <= m.start and m.end <= verb.idx
                       and re.fullmatch(r"\s*,?\s*", self.text[m.end:verb.idx])]
            if closing and closing[-1] in named:
                return closing[-1]
        if len(named) == 1:
            return named[0]
        # narration just before the verb: "The Leader said", "A council spokesperson said"
        before = self.text[a:verb.idx].split("\n")[-1]
        phrase = re.split(r"[,:;.“”\"‘]", before)[-1].strip()
        if not phrase or named:
            return None
        start = verb.idx - len(before) + before.rfind(phrase)
        if phrase.lower().startswith("the ") and not named:
            holder = self.people.by_role(phrase, start)
            if holder is not None:
                return holder
        return self.spokesperson(phrase)

    def resolve(self, tok, quotes=()):
        """What the subject `tok` of a speech verb names, tried in this order: a pronoun or a
        description ("the 41-year-old"), a document, a spokesperson or organisation in apposition,
        someone's relative ("Jane Smith’s brother"), a person named in the phrase, a role, an
        organisation speaking for itself, and last a full name the people table missed."""
        low = tok.lower_
        if ITEM_NO.fullmatch(tok.text) and tok.head.idx > tok.idx:
            return self._after_item_number(tok)
        if low == "who" and tok.head.dep_ == "relcl" and tok.head.head.lower_.startswith(("spokes", "representative")):
            # "a statement from a CGL spokesperson, who said:" (only a spokesperson: the parse may hang
            # "Kasim, 46, a volunteer with Red Rose Recovery, who said" on the charity)
            return self.resolve(tok.head.head, quotes)
        if low == "which" and tok.head.dep_ == "relcl":
            # "... is run by X NHS Trust, which said in a statement:": the trust named just before
            trust = TRUST_BEFORE_WHICH.search(self.text, max(0, tok.idx - 160), tok.idx)
            if trust:
                return spokesperson(canonical_org(trust_name(trust.group(1))))
        if tok.pos_ == "PRON":
            return self._pronoun(tok, quotes)
        if tok.tag_ == "VBG" and tok.i < tok.head.i:
            # "Responding, the cabinet member for health, Councillor Jo Bell, said": the parse makes the
            # participle the subject and hangs the speaker on it
            for named in reversed([c for c in tok.children if c.dep_ == "appos"]):
                found = self.resolve(named, quotes)
                if found is not None:
                    return found
        if re.fullmatch(REPLIES, low) and any(c.lower_ == "the" for c in tok.children):
            author = self._reply_author(tok)  # "the answer said", after "In her answer, Ms X said ..."
            if author is not None:
                return author
        if lemma(tok).lower() in DOCUMENTS or low in DOCUMENTS:
            return DOCUMENT
        start, end, phrase = subject_phrase(tok, self.text)
        whole = self._subtree(tok, quotes)
        whole_text = self.text[whole[0].idx:whole[-1].idx + len(whole[-1])] if whole else phrase
        if tok.dep_ == "amod" and whole and whole[0].i > 0 and whole[0].nbor(-1).lower_ == "the":
            whole_text = "the " + whole_text  # "the 44-year-old said", its "the" hung on the verb
        if DESCRIPTOR.match(whole_text.strip(" ,.")):
            return self.people.by_pronoun(None, tok.idx, quotes)
        # names inside "of ..." or "who ..." belong to someone else: "a neighbour of Cllr Tom Hale"
        aside = {t.i for c in tok.children if c.dep_ in ("prep", "relcl", "acl") for t in c.subtree}
        # (and anyone in a relative clause further in: "Co-founder Teresa X, whose son Liam died in 2018,
        # said", where the parse makes a verb of "Count the Cost" and hangs her on it)
        aside |= {t.i for x in whole for c in x.children if c.dep_ == "relcl" and c.i > x.i for t in c.subtree}
        core = [t for t in whole if t.i not in aside]
        if low.startswith(("spokes", "representative")):  # "a Department of Health and Social Care spokesperson"
            # "said their health spokesperson, Cllr X": a party's spokesperson, named beside the role (in
            # apposition, or where the parse hangs the name elsewhere, right after the role's comma)
            for named in (c for c in tok.children if c.dep_ == "appos"):
                person = self.people.named_in_tokens(list(named.subtree))
                if person is not None:
                    return person
            if tok.head.idx < tok.idx:
                beside = next((m for m in self.people.mentions if re.fullmatch(r"\s*,\s*", self.text[tok.idx + len(tok):m.start])), None)
                if beside is not None:
                    return beside.person
            if re.fullmatch(rf"an?\s+{SPOKES}", phrase.strip(), re.I):
                return self._body_subject_before(tok)  # "NHS Cumbria has put £65,000 in. A spokesman said:"
            if re.fullmatch(rf"(?:the|this|that)\s+{SPOKES}", phrase.strip(), re.I):
                # "The spokesperson added:": the one whose words were reported just before
                return self._spokesperson_before(tok, {"spokesman": "m", "spokeswoman": "f"}.get(low), named=True)
            first = whole[0].idx if whole else start
            line_lo = self.text.rfind("\n", 0, first) + 1
            # the parse may leave the name's first words out of the subject: "A We Are | With You spokeswoman"
            left_out = re.search(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w’'&-]*\s+)+)$", self.text[line_lo:first])
            if left_out:
                first = line_lo + left_out.start(1)
            verb_at = self._verb_group_start(tok)  # "a spokesperson for the trust | had told officers"
            run = self.text[first:verb_at] if tok.head.i > tok.i else ""
            if run and not re.search(r"[;:“”\"‘\n]", run) and ("," not in run or _trust_with_commas(run)):
                end = first + len(run.rstrip())  # the parse may cut a long name at "and": read up to the verb
            # "The Cabinet Spokesperson said": no body's spokesperson but a councillor's role
            return self.spokesperson(self.text[first:end], first) or self.people.by_role(self.text[first:end], first)
        if (tok.pos_ == "PROPN" or tok.text[:1].isupper()) and tok.head.idx > tok.idx:
            # "In a statement, Northumberland, Tyne and Wear NHS Foundation Trust said": the trust
            # named here, not the last one before it; the parse may take any of its words for the
            # subject ("Epsom and St Helier University Hospitals NHS Trust said"), and may tag it
            # a common noun ("Tees")
            line_lo = self.text.rfind("\n", 0, tok.idx) + 1
            named = [m for m in NHS_TRUST.finditer(self.text, line_lo, tok.head.idx) if m.start(1) <= tok.idx < m.end(1)
                     and (low == "trust" or not re.search(r"\S", self.text[m.end(1):tok.head.idx].replace(",", "")))]
            if named and self.people.named_in(named[-1].start(1), named[-1].end(1)) is None:
                return spokesperson(canonical_org(trust_name(named[-1].group(1))))
        if tok.head.idx > tok.idx:
            # the parse cuts a body named after its places at "and": "NHS Cheshire and Merseyside said"
            run = self.text[start:self._verb_group_start(tok)].strip()
            if NHS_PLACES.fullmatch(run) and run.count("NHS") == 1 and not re.search(rf"\b{ORG_ENDINGS}\b", run):
                return spokesperson(run)
            # the same with a body's name that holds "and" ("HM Prison and Probation Service said"): its
            # first words are no body on their own, nor a person ("Turning Point and Humankind said" is two)
            joined = AND_NAME.fullmatch(run)
            if joined and ORG_LIKE.search(run) and not ORG_LIKE.search(joined.group(1)) and not is_provider(joined.group(1)) \
                    and self.people.named_in(start, start + len(run)) is None:
                return spokesperson(run)
        if low in NAMED_BODIES and not any(c.dep_ == "appos" for c in tok.children):
            body = self._last_named_body(low, tok.idx)  # "the force said", "the trust said"
            if body is not None:
                return spokesperson(canonical_org(body))
        if low in GENERIC_ORGS and (low not in LOWER_CASE_ONLY_ORGS or tok.text.islower()):  # "The provider, Humankind, said"
            return self._org_in_apposition(tok)
        if tok.pos_ != "PROPN" and any(c.dep_ == "poss" for c in tok.children):
            return self._possessed(tok, phrase, start)
        if any(c.dep_ == "appos" and c.lower_ in GENERIC_ORGS for c in tok.children):
            # "Change Grow Live, the charity that runs Roots Bradford, said": the organisation, not a
            # name inside what describes it
            org = self.organisation(phrase, tok)
            if org is not None:
                return spokesperson(org)
        if re.search(SPOKES, whole_text) and not self.people.named_in_tokens(core):
            spoke = self.spokesperson(whole_text)  # "Essex Police and a spokesman for the force"
            if spoke is not None:
                return spoke
        if low == "one":
            # "One of its volunteers, Dougie, 52, told her:": the name in apposition to the group is who
            # the one is (the parse hangs it on "volunteers", inside the "of" left aside above)
            for group in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
                for named in (a for a in group.children if a.dep_ == "appos"):
                    person = self.people.named_in_tokens(list(named.subtree))
                    if person is not None:
                        return person
        person = (self.people.named_in_tokens([t for t in core if start <= t.idx < end])
                  or self.people.named_in_tokens(core)
                  or (self.people.find(phrase, start) if tok.pos_ == "PROPN" else None))
        if person is not None:
            return person
        if phrase.lower().startswith("the "):
            # the parse may cut a role at "and" ("the Cabinet Member for Health | and Wellbeing"):
            # the whole run up to the verb group first
            verb_at = self._verb_group_start(tok)
            run = self.text[start:verb_at].rstrip() if verb_at > end else ""
            # (a possessive is its owner's: "The Chair’s written response ... was as follows:")
            for role in ([run] if run and not re.search(r"[,;:“”\"‘\n]", run) else []) + [re.sub(r"[’']s$", "", phrase.rstrip())]:
                holder = self.people.by_role(role, start)
                if holder is not None:
                    return holder
            # "the CRI manager said" of "X, who manages the young people's team at CRI": the role without
            # the body's name, held by one whose introduction names that body
            body = re.match(r"[Tt]he\s+((?:[A-Z][\w&’'-]*\s+)+)(?=[a-z])", phrase)
            if body:
                named_body = re.compile(rf"\b{re.escape(body.group(1).strip())}\b")
                holder = self.people.by_role("the " + phrase[body.end():], start)
                if holder is not None and named_body.search(self._introduction(holder)):
                    return holder
                # (of two directors, "the Via director" is the one introduced as "Via’s regional director")
                key = fold_role(phrase[body.end():])
                held = [q for q in self.people.people if key and any(re.search(rf"\b{re.escape(key)}\b", r) for r in q.roles)
                        and named_body.search(self._introduction(q))]
                if len(held) == 1:
                    return held[0]
        org = self.organisation(self._longer_name(start, phrase), tok)
        if org is not None:
            return spokesperson(org)
        if re.match(r"[Tt]he\s+[A-Z]", phrase) and (trust := self._trust_in_full(phrase, start)):
            return spokesperson(trust)  # "the Royal Devon said" after "Royal Devon University Healthcare NHS Foundation Trust"
        if phrase[:1].isupper() and self._speaks_as_body(tok):
            return spokesperson(self._trust_in_full(phrase, start) or gazetteer.without_the(phrase.strip()))
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and described_as_person(tok)):
            return self.unseen_name(phrase, start)  # the model may read an unfamiliar name as an ORG
        if whole and re.fullmatch(ROLE_NOUNS, tok.lower_, re.I) and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
            return self.unseen_name(whole_text.strip(), whole[0].idx)  # "Clinical lead Adrian Lockwood said"
        if re.fullmatch(ROLE_NOUNS, tok.lower_, re.I) and tok.head.idx > tok.idx:
            # "Cabinet member for adult social care Coun Jo Bell said": the parse hangs the name on
            # the role's "for ..."; the person named right before the verb is the one the role describes
            verb_at = tok.head.idx
            right_before = [m for m in self.people.mentions if tok.idx < m.start and m.end <= verb_at
                            and not self.text[m.end:verb_at].strip(" ,")]
            if right_before:
                return right_before[-1].person
        return None

    def _reply_author(self, tok):
        """The person the text last made the writer of a reply, within the paragraph or the two before."""
        lo = tok.idx
        for _ in range(3):
            lo = max(0, self.text.rfind("\n\n", 0, max(0, lo - 1)))
        for m in sorted(self.people.mentions, key=lambda m: m.start, reverse=True):
            if lo <= m.start < tok.idx and (REPLY_BEFORE_NAME.search(self.text, max(0, m.start - 80), m.start)
                                           or REPLY_AFTER_NAME.match(self.text, m.end)):
                return m.person
        return None

    def _pronoun(self, tok, quotes):
        gender = PRONOUNS.get(tok.lower_)
        last = self.last_speaker
        spoke = self._spokesperson_before(tok, gender) if gender else None
        if spoke is not None:
            return spoke  # "A spokesman for DISC said the charity hoped ... He added: “...”"
        asked = self._one_asked(tok, gender, quotes) if gender else None
        if asked is not None:
            return asked  # "The Chair asked Ms Dunn whether ... She said:": not the Chair
        joined = self._conjoined_subject(tok, gender) if gender else None
        if joined is not None:
            return joined  # "Ms Kuznetsova agreed, and she added: “...”": the subject of the clause it is joined to
        held = self._role_subject_before(tok, gender) if gender else None
        if held is not None:
            return held  # "The Director of Public Health said deaths had risen. She added: “...”"
        answered = self._answer_before(tok, gender) if gender and tok.head.text in CONTINUING else None
        if answered is not None:
            asked = self._one_asked(answered, gender, ())
            if asked is not None:
                return asked  # "Cllr Begum asked Dr Salt whether ... She replied that ... She added: “...”"
        if (gender and tok.head.text in CONTINUING and isinstance(last, Person) and last.role != "spokesperson"
                and last.gender in (None, gender) and self._breaks(self.last_speaker_at, tok.idx) <= 2):
            reporting = self._reported_speaker_before(tok, gender, quotes)
            # "he added" goes on with the last speaker, whoever the narration named since, unless the
            # paragraph has someone else speak first ("Ms Lyle said the charity would ... “...,” she added")
            return reporting if reporting is not None else last
        replied = self._replier(tok, gender, last, quotes) if gender else None
        if replied is not None:
            return replied
        if gender and self._unnamed_subject_before(tok, gender, quotes):
            return None  # "A resident of X addressed the Committee. She said: ...": someone the text does not name
        if gender:
            recent = (isinstance(last, Person) and last.role != "spokesperson"  # "she" is not an organisation
                      and self._breaks(self.last_speaker_at, tok.idx) <= 3)
            answering = lemma(tok.head).lower() in ANSWER_LEMMAS or tok.head.lower_ in ANSWER_LEMMAS
            if answering and lemma(tok.head).lower() in PLAIN_SAY and self._asker_went_on(tok.idx):
                answering = False  # "X pressed Y on it, saying ...": a plain "he said" is X going on
            person = self.people.by_pronoun(gender, tok.idx, quotes, carry=last if recent else None, answering=answering)
            if person is not None and person.gender is None:
                person.gender = gender  # "Maureen Petrie ... she said": later pronouns know her
            return person
        if tok.lower_ in ("they", "it", "we"):  # an organisation's statement goes on as "it said"
            # (one whose words this paragraph reported comes first: "The trust said in a statement that ...
            # “...,” it added." after another body's quote)
            here = self._org_reported_before(tok, quotes, same_paragraph=True)
            if here is not None:
                return here
            last = self.last_speaker
            if last is not None and last.role == "spokesperson":
                return last
            line_lo = self.text.rfind("\n", 0, tok.idx) + 1
            read_out = self.statement_from(line_lo, tok.idx)  # "... a statement from X. It said:"
            if isinstance(read_out, Person) and read_out.role == "spokesperson":
                return read_out
            return self._org_reported_before(tok, quotes) or self._one_provider_before(tok)
        return None  # "someone said", "one said"

    def _replier(self, tok, gender, last, quotes):
        """“..., the Chair said. / “They will not,” she replied: a reply to the quote just before is
        not its speaker's own; it is whoever the narration named before that quote, of the pronoun's
        gender. None where that is unclear (the usual reading of the pronoun then decides)."""
        if lemma(tok.head).lower() not in REPLY_LEMMAS or not isinstance(last, Person) \
                or last.gender not in (None, gender) or self._breaks(self.last_speaker_at, tok.idx) > 1:
            return None
        at = self.text.rfind("\n", 0, self.last_speaker_at) + 1  # the last speaker's paragraph
        person = self.people.by_pronoun(gender, at, quotes) if at > 0 else None
        return person if person is not None and person is not last else None

    def _breaks(self, a, b):
        """Paragraph breaks between two offsets, however many newlines each is written with."""
        return len(re.findall(r"\n\s*", self.text[a:b]))

    def _role_subject_before(self, tok, gender):
        """The holder of the role that is the main subject of the sentence just before the
        pronoun's, in the same paragraph ("the Director of Public Health said ... She added")."""
        prev = self._sentence_before(tok)
        if prev is None or "\n" in self.text[prev.start_char:tok.idx]:
            return None
        for t in prev:
            if t.lower_ in COUNTERPART_NOUNS and t.dep_ in ("nsubj", "nsubjpass"):
                # "Her counterpart in Warwickshire agreed.": the person whose role is Warwickshire's
                where = [c for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "from", "on")
                         for c in p.children if c.dep_ == "pobj"]
                if where:
                    span = self.doc[where[0].left_edge.i:where[0].right_edge.i + 1]
                    holder = self.people.role_naming(gazetteer.without_the(span.text), tok.idx, gender)
                    if holder is not None:
                        return holder
            # the subject of the main verb, or a role right before a speech verb (the parse may take
            # an item number, "22.4 ... the Director of Public Health said", for the subject)
            if t.pos_ not in ("NOUN", "PROPN") or not (t.lower_ in ROLE_WORDS or re.fullmatch(ROLE_NOUNS, t.lower_, re.I)):
                continue
            start, end, phrase = subject_phrase(t, self.text)
            main = t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
            if not (main or SAYS_NEXT.match(self.text, end)) or not phrase.lower().startswith("the "):
                continue
            # ("The board's chair said ...": the chair, whatever body owns the role)
            for role in dict.fromkeys([phrase, re.sub(r"^[Tt]he\s+[\w\s-]{1,40}?['’]s\s+", "the ", phrase)]):
                holder = self.people.by_role(role, start)
                if holder is not None and holder.gender in (None, gender):
                    return holder
        return None

    def _answer_before(self, tok, gender):
        """The pronoun that opens the sentence just before the pronoun's, in its paragraph, as the
        subject of an answer ("She replied that ..."), or None."""
        prev = self._sentence_before(tok)
        first = prev[0] if prev is not None else None
        if first is None or "\n" in self.text[first.idx:tok.idx] or PRONOUNS.get(first.lower_) != gender:
            return None
        verb = first.head
        return first if lemma(verb).lower() in ANSWER_LEMMAS or verb.lower_ in ANSWER_LEMMAS else None

    def _unnamed_subject_before(self, tok, gender, quotes):
        """The sentence of narration just before the pronoun's makes an unnamed person its subject ("A
        resident of X addressed the Committee", "One mother told the panel") and names nobody of that
        gender. (Not a sentence of the quotation: "‘One man told me ...,’ he said".)"""
        prev = self._sentence_before(tok)
        if prev is None or self.text.count("\n", prev.end_char, tok.idx) > 2 \
                or any(a <= prev.start_char < b or a < prev.end_char <= b for a, b in quotes):
            return False
        if any(m.person.gender in (None, gender) for m in self.people.mentions if prev.start_char <= m.start < prev.end_char):
            return False
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lower_ in UNNAMED_PEOPLE
                   and any(c.lower_ in ("a", "an", "one", "another") for c in t.children) for t in prev)

    def _sentence_before(self, tok):
        """The sentence before the one holding `tok`, or None for the document's first."""
        starts = self._sentence_starts()
        k = bisect.bisect_right(starts, tok.i) - 1
        return self.doc[starts[k - 1]:starts[k]] if k >= 1 else None

    def _verb_group_start(self, tok):
        """Where the verb group of the subject `tok` starts: "a spokesperson for the trust | had told"."""
        return min([c.idx for c in tok.head.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")
                    and tok.i < c.i < tok.head.i] + [tok.head.idx])

    def _statement_said_before(self, pos):
        """The organisation whose statement the paragraph before `pos` (or its own start) reported:
        "In a statement, Change Grow Live said it had changed its policy." """
        line_lo = self.text.rfind("\n", 0, pos) + 1
        for a, b in ((line_lo, pos), self._paragraph_before(pos)):
            m = STATEMENT_REPORTED.search(self.text, a, b)
            if m is None:
                continue
            name = m.group(1) or m.group(2)
            org = self.org_name(name, a + m.start())
            if self._is_body(org, name):
                return spokesperson(org)
        return None

    def _asker_of_item(self, before, quotes):
        """The one the text names as asking a question (or bringing a petition) last before `before`,
        in the same paragraph or the one before it."""
        lo = self._paragraph_before(before)[0]
        found = None
        for m in ITEM_FROM.finditer(self.text, lo, before):
            after = [x for x in self.people.mentions if m.end() <= x.start <= m.end() + 12 and not any(a <= x.start < b for a, b in quotes)]
            found = after[0].person if after else found
        for m in ITEM_SENT.finditer(self.text, lo, before):
            start = sentence_bounds(self.text, m.start())[0]
            named = self.people.named_between(start, m.start(), quotes)
            found = named[-1] if named else found
        return found

    def _paragraph_before(self, pos):
        """(start, end) of the paragraph before the one holding `pos`, past blank lines."""
        end = len(self.text[:self.text.rfind("\n", 0, pos) + 1].rstrip())
        return self.text.rfind("\n", 0, end) + 1, end

    def _sentence_starts(self):
        """Token indexes where sentences start, found once per document."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        return self._sent_starts

    def _asker_just_before(self, tok, gender, lo, quotes):
        """"Mr Orrell accepted that ... Councillor Cloudsley welcomed this but asked that ... He added: “...”":
        one who put a question or request in the sentence just before goes on with "he added"."""
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        last = None
        for m in self.people.mentions:
            if max(lo, prev.start_char) <= m.start < tok.idx and m.subject and not any(a <= m.start < b for a, b in quotes):
                last = m
        if last is None or last.person.gender not in (None, gender):
            return None
        span = self.doc.char_span(last.start, last.end, alignment_mode="expand")
        head = span.root.head if span is not None else None
        verbs = [head, *head.conjuncts] if head is not None else []
        return last.person if any(v.lower_ in QUESTION_WORDS for v in verbs) else None

    def _reported_speaker_before(self, tok, gender, quotes):
        """The one person named in this paragraph before `tok`, outside quotation, as the subject
        of a speech verb of their own (reported speech): "Ms Lyle said the charity would ...";
        None when nobody, or more than one, is."""
        line_lo = self.text.rfind("\n", 0, tok.idx) + 1
        opening = self.text[line_lo:min(a for a, _ in quotes)].strip(" “\"‘'") if quotes else None
        # (after a minute's item number too: "9.5 She added:")
        if quotes and (not opening or re.fullmatch(r"(?:\(?\d+(?:\.\d+)*[.)]?\s+)?(?:[Ss]he|[Hh]e)\s+[a-z]+(?:\s+on)?\s*:", opening)
                       or ITEM_NO_RE.fullmatch(opening)):
            # the paragraph opens with the words, or with "She added:": the reporting may be the
            # paragraph before, when it quotes nobody ("Cllr Hale said the council would bid
            # again.\n“...,” she added", "Ms Ode said beds were full.\nShe added: “...”")
            prev_lo, prev_hi = self._paragraph_before(tok.idx)
            # (a few quoted words in it are still reporting: "said her son had been “doing really well”")
            quoted = re.findall(r"[“\"]([^“”\"]*)[”\"]", self.text[prev_lo:line_lo])
            if prev_hi > 0 and all(len(q.split()) < 6 for q in quoted) and not re.search(r"[“\"][^”\"]*$", self.text[prev_lo:line_lo]):
                line_lo = prev_lo
        asker = self._asker_just_before(tok, gender, line_lo, quotes) if lemma(tok.head) == "add" else None
        if asker is not None:
            return asker
        found, at = set(), {}
        for m in self.people.mentions:
            if not (line_lo <= m.start < tok.idx and m.subject) or any(a <= m.start < b for a, b in quotes):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            head = span.root.head if span is not None else None
            if head is not None and span.root.dep_ == "appos":
                head = head.head  # "The director, Dr Jo Ode, said ...": the verb of the role named
            # "Ms Ode now runs a group and says she ...": the speech verb joined to the name's verb
            verbs = [head, *head.conjuncts] if head is not None else []
            # one who put a question ("Councillor Haddad asked whether ...") is not the one reporting
            # (so does one who "accepted that demand had grown": a verb of answering with a that-clause)
            if (any((v.lower_ in SAY_WORDS and v.lower_ not in QUESTION_WORDS)
                    or (lemma(v).lower() in ANSWER_LEMMAS and any(c.dep_ == "ccomp" for c in v.children)) for v in verbs)
                    and m.person.gender in (None, gender)):
                found.add(m.person)
                at[m.person] = m.start
        if len(found) > 1:
            # "Councillor K said she was concerned ... Ms G said that the savings would come from ... She added:
            # “...”": the one reported in the sentence just before the pronoun's
            prev = self._sentence_before(tok)
            last_sentence = [p for p in found if prev is not None and prev.start_char <= at[p] < prev.end_char]
            if len(last_sentence) == 1:
                return last_sentence[0]
        reporter = self._pronoun_reports(line_lo, tok.idx, gender, quotes) if not found else None
        if reporter is not None:
            # "Also there was Jo Ode, the manager. She said 300 had asked ...": reported speech by a
            # pronoun standing for the one person of that gender the paragraph names
            # (not one named only as a possessor: "She said one of Ms X’s colleagues had rung her" is not Ms X)
            found = {m.person for m in self.people.mentions if line_lo <= m.start < tok.idx
                     and not any(a <= m.start < b for a, b in quotes) and m.person.gender in (None, gender)
                     and not self.people.as_possessor(m)}
            interviewer = self.people.interviewer_asking(line_lo, reporter.idx)
            if interviewer is not None and interviewer in found:
                # "X asked whether wives were involved. She said families often ...": the one interviewed
                # answers, whom the caller goes on with
                found.discard(interviewer)
                if not found:
                    return None
            if not found:
                # "4. The Director of Public Health reported ... 5. She said that 3,460 adults were in
                # treatment. She added: “...”": a paragraph naming nobody; its pronoun is whoever the
                # narration named before it
                return self.people.by_pronoun(gender, reporter.idx, quotes)
        return found.pop() if len(found) == 1 else None

    def _pronoun_reports(self, lo, hi, gender, quotes):
        """The first pronoun of `gender` in [lo, hi), outside quotation, that is the subject of a speech
        verb, or None."""
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        return None if span is None else next((
            t for t in span if PRONOUNS.get(t.lower_) == gender and t.dep_ == "nsubj" and t.head.lower_ in SAY_WORDS
            and t.head.lower_ not in QUESTION_WORDS and not any(a <= t.idx < b for a, b in quotes)), None)

    def _one_asked(self, tok, gender, quotes):
        """The one a question was put to in the sentence before the pronoun's, when the pronoun
        answers it ("The Chair asked Ms Dunn whether ... She said:"): named, a role ("asked the
        Leader whether") or a pronoun ("asked him whether", someone named before)."""
        verb = tok.head
        if not (lemma(verb).lower() in ANSWER_LEMMAS or verb.lower_ in ANSWER_LEMMAS) or verb.text in CONTINUING:
            return None
        if lemma(verb).lower() in PLAIN_SAY and self._asker_went_on(tok.idx):
            return None
        prev = self._sentence_before(tok)
        if prev is None:
            return None
        lo = prev.start_char
        if "\n" in self.text[lo:tok.idx].rstrip("\n“\"‘' "):
            lo = self.text.rfind("\n", 0, tok.idx) + 1  # the paragraph's own sentences only
        asked = self.people.questions(lo, tok.idx)
        if not asked:
            return None
        at = asked[-1].end()
        obj = ASKED_OBJECT.match(self.text, at)
        if obj is None:
            # "X asked whether wives were involved. She said: ...": an interviewer's question, answered by
            # the one interviewed, who spoke last
            last, interviewer = self.last_speaker, self.people.interviewer_asking(lo, tok.idx)
            if interviewer is not None and isinstance(last, Person) and last is not interviewer and last.gender in (None, gender):
                return last
            return None
        if obj.group("pronoun"):
            if PRONOUNS.get(obj.group("pronoun").lower()) != gender:
                return None
            sentence_lo = max((self.doc[i].idx for i in self._sentence_starts() if self.doc[i].idx <= asked[-1].start()), default=0)
            person = self.people.by_pronoun(gender, sentence_lo, quotes)  # "him" is someone named before
        elif obj.group("role"):
            person = self.people.by_role(obj.group("role"), obj.start("role"))
        else:
            named = [m for m in self.people.mentions if at <= m.start <= at + 2 + len(obj.group(0))]
            person = min(named, key=lambda m: m.start).person if named else None
        if not isinstance(person, Person) or person.gender not in (None, gender):
            return None
        return person

    def _conjoined_subject(self, tok, gender):
        """The person named as the subject of the clause the pronoun's own is joined to, in its sentence
        ("Ms X agreed, and she added"), when of the pronoun's gender and not one putting a question."""
        verb = tok.head
        if verb.dep_ != "conj" or verb.head.lower_ in QUESTION_WORDS:
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > tok.i:
            return None
        named = [m for m in self.people.mentions if m.start <= subj.idx < m.end]
        if len(named) == 1 and isinstance(named[0].person, Person) and named[0].person.gender in (None, gender):
            return named[0].person
        return None

    def _asker_went_on(self, pos):
        """The narration just before `pos` (this paragraph and the one before) has someone put a
        question and then give their own words: "pressed Mr Lumb on it, saying he had heard"."""
        lo = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, pos) - 1)) + 1
        return bool(ASKER_WENT_ON.search(self.text, lo, pos))

    def _one_provider_before(self, tok):
        """"Swanswell did not bid. In its written response it said:": the one provider the
        paragraph names before "it"."""
        if tok.lower_ != "it":
            return None
        line_lo = self.text.rfind("\n", 0, tok.idx) + 1
        named = {p["row"]["name"] for p in (self.doc._.rw_providers or [])
                 for sp in p["spans"] if line_lo <= sp["start"] < tok.idx}
        return spokesperson(named.pop()) if len(named) == 1 else None

    def _body_subject_before(self, tok):
        """The organisation that is the subject of the sentence before, in the same paragraph:
        "NHS Cumbria, the primary care trust, has put £65,000 towards it. A spokesman said:"."""
        line_lo = self.text.rfind("\n", 0, tok.idx) + 1
        sent = tok.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if prev is None or prev.start_char < line_lo:
            return None
        subj = next((t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        found = self.resolve(subj) if subj is not None and subj.pos_ != "PRON" else None
        return found if isinstance(found, Person) and found.role == "spokesperson" else None

    def _spokesperson_before(self, tok, gender, named=False):
        """A spokesman or spokeswoman whose words the narration reported in this paragraph or the one
        before, with nobody named since: "he" or "she" goes on with them. "The spokesperson added"
        (`named`) goes on with them whoever the words between name ("saddened by Jordan's death")."""
        lo, _ = self._paragraph_before(tok.idx)
        found = None
        for m in SPOKES_REPORTED.finditer(self.text, lo, tok.idx):
            word = (m.group("word") or m.group("word2")).lower()
            if word == "spokesperson" or (word == "spokesman" and gender == "m") or (word == "spokeswoman" and gender == "f"):
                found = m
        bare = None
        for m in SPOKES_BARE.finditer(self.text, lo, tok.idx):
            word = m.group(0).split()[1].lower()
            if word == "spokesperson" or (word == "spokesman" and gender == "m") or (word == "spokeswoman" and gender == "f"):
                bare = m
        if bare is not None and (found is None or bare.start() > found.start()) and (
                named or not self.people.named_between(bare.start(), tok.idx)):
            said = self.doc.char_span(bare.start(), bare.end(), alignment_mode="expand")
            return self._body_subject_before(said[0]) if said is not None else None
        if found is None or (not named and self.people.named_between(found.start(), tok.idx)):
            return None
        # (the phrase without its speech verb, or without the clause on the body before it)
        phrase = (self.text[found.start():found.start("clause")] if found.group("clause")
                  else found.group(0).rsplit(" ", 1)[0])
        return self.spokesperson(phrase, found.start())

    def _org_reported_before(self, tok, quotes, same_paragraph=False):
        """"Phoenix Futures said it had not been told. “...,” it said.": the organisation whose
        words were reported in the narration just before (this paragraph and the one before it,
        or only this one: `same_paragraph`)."""
        line_lo = self.text.rfind("\n", 0, tok.idx)
        lo = line_lo + 1 if same_paragraph else self.text.rfind("\n", 0, max(0, line_lo)) + 1
        for verb in reversed(self.doc.char_span(lo, tok.idx, alignment_mode="contract") or []):
            if verb.text not in SAY_WORDS or any(a <= verb.idx < b for a, b in quotes):
                continue
            subj = subject_of(verb, quotes)
            if subj is None or subj.pos_ == "PRON" or subj.i >= tok.i:
                continue
            found = self.resolve(subj, quotes)
            return found if isinstance(found, Person) and found.role == "spokesperson" else None
        return None

    def _subtree(self, tok, quotes):
        """The subject's words in its own paragraph, outside quotations and relative clauses."""
        line_lo = self.text.rfind("\n", 0, tok.idx) + 1
        line_hi = self.text.find("\n", tok.idx) % (len(self.text) + 1)
        return [t for t in tok.subtree if t.dep_ != "relcl" and line_lo <= t.idx < line_hi and not t.is_space
                and not any(a <= t.idx < b for a, b in quotes)]

    def _org_in_apposition(self, tok):
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                a, b, appos = subject_phrase(child, self.text)
                org = self.organisation(appos, child)
                if org is not None and self.people.named_in(a, b) is None:
                    return spokesperson(org)
        # "the lead provider said" of "provided by Humankind as lead provider": the one the text called so
        qualifier = " ".join(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i == tok.i - 1)
        if qualifier:
            called = re.compile(rf"(?:\s+(?:as|is|was)|,)\s+(?:the\s+|its\s+|our\s+)?{re.escape(qualifier)}\s+{re.escape(tok.lower_)}\b", re.I)
            found = {p["row"]["name"] for p in self.doc._.rw_providers or () for sp in p["spans"]
                     if sp["end"] <= tok.idx and called.match(self.text, sp["end"])}
            if len(found) == 1:
                return spokesperson(found.pop())
        return self.spokesperson(f"spokesperson for the {tok.lower_}", tok.idx)  # "the charity said": the provider meant

    def _possessed(self, tok, phrase, start):
        """"Jane Smith’s brother" is not Jane Smith: his name if given in apposition; "the
        council’s cabinet member" is whoever holds that role."""
        names = [c for c in tok.children if c.dep_ == "appos"]
        if names:
            a, b, _ = subject_phrase(names[0], self.text)
            # the parse may hang a surname on the first name as a second apposition ("Cllr Jo
            # | Bell"): the whole apposition, then
            whole = list(names[0].subtree)
            return self.people.named_in(a, b) or self.people.named_in(whole[0].idx, whole[-1].idx + len(whole[-1]))
        if tok.head.idx > tok.idx:
            # "Its service manager for Lowestoft, Donna Brundish, said": the parse may hang the name on a
            # word of the role ("Lowestoft"), or split the role ("co-ordinator"); the name set off by
            # commas right before the verb group is the one the role describes
            verb_at = self._verb_group_start(tok)
            set_off = [m for m in self.people.mentions if tok.idx < m.start and m.end <= verb_at
                       and self.text[m.end:verb_at].strip() == "," and self.text[tok.idx:m.start].rstrip().endswith(",")]
            if set_off:
                return set_off[-1].person
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and tok.lower_ in FAMILY:
            return self._relative(owner, tok)
        named_owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if named_owner is not None and tok.lower_ in FAMILY:
            return self._relative_introduced(named_owner, tok, start)
        # (read from the text: the parse splits "co-founder" into three subjects)
        relation = RECIPROCAL_AFTER_OWNER.match(self.text, owner.idx) if owner is not None else None
        if relation:
            return self._counterpart(owner, relation.group(1).lower(), start)
        own = re.sub(r"^.*?['’]s?\s+", "the ", phrase)
        holder = self.people.by_role(own, start) if own != phrase else None
        if holder is None and named_owner is not None and ROLE_NOUN_RE.search(own):
            return self._placed_before(named_owner.text, start)
        return holder

    def _introduction(self, person, lead_in=False):
        """The sentence that first names `person` (with `lead_in`, only its words before the name), and
        their role as given."""
        at = person.name_start if person.name_start is not None else person.start
        lo, hi = sentence_bounds(self.text, at)
        return self.text[lo:at if lead_in else hi] + " " + (person.role or "")

    def _placed_before(self, place, pos):
        """"Wokingham's executive member for health said" of a role nobody was given: the one person
        introduced before as Wokingham's ("His opposite number in Wokingham, Cllr X,") or with it in
        their role."""
        placed = {p for p in self.people.people if (p.name_start if p.name_start is not None else p.start) < pos
                  and re.search(rf"\b{re.escape(place)}\b", self._introduction(p, lead_in=True))}
        return placed.pop() if len(placed) == 1 else None

    def _counterpart(self, owner, relation, start):
        """"Her co-founder added" just after the co-founder herself has spoken: "her" is that co-founder,
        so the speaker is the one she was introduced as co-founder of ("Her co-founder, Sam Reed")."""
        holder = self.people.by_role(f"the {relation}", start)
        if holder is None or self._pronoun(owner, ()) is not holder:
            return holder
        lo = max(0, holder.start - 60)
        intro = re.search(rf"\b(her|his)\s+{re.escape(relation)},?\s*$", self.text[lo:holder.start], re.I)
        if intro is None:
            return None
        other = self.people.by_pronoun(PRONOUNS.get(intro.group(1).lower()), lo + intro.start(1))
        return other if other is not holder else None

    def _relative_introduced(self, owner, tok, start):
        """"Amber's mother added" of a mother the text introduced by name ("said her mother, Jo Kenyon",
        "Amber's mother, Jo Kenyon,"): the one person so introduced before."""
        found = set()
        intro = rf"\b(?:[Hh]er|[Hh]is|[Tt]heir|{re.escape(owner.text)}['’]s?)\s+{re.escape(tok.lower_)},?\s+({NAME}(?:\s+{NAME})+)"
        for m in re.finditer(intro, self.text[:start]):
            person = self.people.find(m.group(1), m.start(1))
            if person is not None:
                found.add(person)
        return found.pop() if len(found) == 1 else None

    def _relative(self, owner, tok):
        """"Her husband added": the one other person of her surname who can be a husband."""
        person = self._pronoun(owner, ())
        if not isinstance(person, Person) or len(person.name.split()) < 2:
            return None
        want = "f" if tok.lower_ in FEMALE else "m" if tok.lower_ in MALE else None
        kin = [p for p in self.people.people if p is not person and p.name.split()[-1] == person.name.split()[-1]
               and len(p.name.split()) > 1 and (want is None or p.gender in (None, want))]
        if len(kin) > 1:
            # (of several, the one named as a couple with her: "His parents, Barry and Wendy Tattersall", not their son)
            hers = [m.start for m in self.people.mentions if m.person is person]
            kin = [p for p in kin if any(abs(m.start - at) <= 25 for m in self.people.mentions if m.person is p for at in hers)]
        return kin[0] if len(kin) == 1 else None

    def spokesperson(self, phrase, pos=None):
        numbered = re.match(r"\s*\(?[A-Z]?\d+(?:\.\d+)*[.)]?\s+(?=\S)", phrase)
        if numbered:  # "3.6 A CNTW spokesperson said": the paragraph's number is no part of the body's name
            phrase = phrase[numbered.end():]
            pos = None if pos is None else pos + numbered.end()
        m = SPOKES_FOR.search(phrase) or SPOKES_OF.match(phrase.strip())
        if not m:
            return None
        listed = SPOKES_FOR_LIST.search(self.text, pos, pos + len(phrase) + 160) if pos is not None else None
        if listed is not None and listed.start() < pos + len(phrase):
            m = listed  # the parse cut the name at its first comma: "for the Humberside, Lincolnshire and ...
        body = re.sub(r"^(?:the|its)\s+", "", m.group(1).strip(" ,.").lower())
        body = re.sub(r"^(?:hospital|hospitals|nhs|health|(?:nhs\s+)?foundation)\s+(?=trust$)", "", body)  # "the hospital trust"
        if pos is not None and body in NAMED_BODIES:  # "a spokesperson for the force": the force named before
            named = self._last_named_body(body, pos)
            return spokesperson(canonical_org(named)) if named else None
        if pos is not None and re.fullmatch(r"(?:the\s+)?[a-z][a-z ]*[a-z]", m.group(1).strip(" ,.")):
            # "A spokesman for the primary care trust" after "NHS Hull, the primary care trust,": the
            # name the text gave that description in apposition
            words = re.sub(r"^the\s+", "", m.group(1).strip(" ,."))
            named = [] if COUNCIL_WORDS.match(words) else [x.group(1) for x in re.finditer(rf"((?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*),\s+the\s+{re.escape(words)}\b", self.text[:pos])]
            if named:
                return spokesperson(canonical_org(gazetteer.without_the(named[-1])))
        described = re.fullmatch(r"(?:the\s+)?([a-z][a-z ]*[a-z])\s+trust", m.group(1).strip(" ,."))  # in lower case as written
        if pos is not None and described:  # "a spokesperson for the health and social care trust": the
            named = self._last_named_body("trust", pos, containing=described.group(1))  # one named with those words
            if named:
                return spokesperson(canonical_org(named))
        the_word = re.search(r"\bthe\s+$", phrase[:m.start(1)]) if m.re is SPOKES_FOR else None
        org = (the_word and self._ending_in(m.group(1).strip(" ,."), pos)) or self.org_name(m.group(1), pos)
        return spokesperson(org) if org else None

    def org_name(self, org, pos=None):
        """The organisation's full name; None when the text leaves it unclear ("the charity"
        in a story naming two charities, neither just before `pos`)."""
        written_the = org.strip(" ,.").startswith("The ")
        org = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", org.strip(" ,.")).strip()
        m = COUNCIL_WORDS.match(org)
        if m:  # "the council", "a county council spokesperson": the council of the story
            return self.home_council(m.group(1))  # None when the story has no primary area
        if org.lower() in GENERIC_ORGS:  # "a spokesperson for the charity": the provider meant
            meant = provider_meant(self.doc, org, pos)
            if meant is None and pos is not None:
                # "Alcohol Change UK, which runs Dry January, said ... A spokesperson for the charity said": a body
                # no provider, whose words its paragraph has just reported
                line_lo = self.text.rfind("\n", 0, pos) + 1
                said = list(BODY_WHICH_SAID.finditer(self.text, line_lo, pos))
                meant = said[-1].group(1) if len(said) == 1 and not self.people.named_in(said[-1].start(1), said[-1].end(1)) else None
            return meant
        if NEW_PROVIDER.fullmatch(org.lower()):  # "a spokesperson for the new provider": the one that took over
            return self._new_provider(pos)
        if written_the and org.lower() in SHORT_BODIES:  # "a spokesperson for the ICB"
            named = self._last_named_body(org.lower(), len(self.text) if pos is None else pos)
            if named:
                return named
        if not (org[:1].isupper() or org[:1].isdigit()):  # "2gether"
            return None
        longer = (self._ending_in(org, pos) if written_the else None) or self._initials_in_full(org, pos)
        if longer:
            return longer
        written = org
        org = canonical_org(org)
        if org == written and written_the and (TRUST_END.search(org) or any(
                p["row"]["name"] == "The " + org for p in self.doc._.rw_providers or ())):
            # "a spokesperson for The Royal Wolverhampton NHS Trust": a trust's name can open with "The", as
            # can one the text writes so mid-sentence ("from The Basement Recovery Project")
            org = "The " + org
        # "a spokesperson for the Dudley Group" of "The Dudley Group NHS Foundation Trust" named earlier
        return next((p["row"]["name"] for p in self.doc._.rw_providers or ()
                     if gazetteer.without_the(p["row"]["name"]).startswith(gazetteer.without_the(org) + " ")),
                    None) or self._trust_in_full(org, pos) or org

    def _new_provider(self, pos):
        """The one provider the text says took a service on before `pos` ("Humankind began running the service
        on Monday. It replaces Change Grow Live"; "the contract was awarded to Cranstoun"), or None."""
        took = {p["row"]["name"] for p in self.doc._.rw_providers or () for sp in p["spans"]
                if sp["start"] < (len(self.text) if pos is None else pos)
                and (TOOK_OVER_AFTER.match(self.text, sp["end"]) or AWARDED_TO_BEFORE.search(self.text, max(0, sp["start"] - 40), sp["start"]))}
        return took.pop() if len(took) == 1 else None

    def _initials_in_full(self, org, pos):
        """"A GMCA spokesperson" after "Greater Manchester Combined Authority", "a BCP Council spokesperson"
        after "Bournemouth, Christchurch and Poole": the name the text wrote in full before `pos` whose
        capitals the initials are (and the word after them, where that name lacks it)."""
        m = re.fullmatch(r"([A-Z]{2,6})((?:\s+(?:Council|Trust|Partnership|Board|Authority))?)", org)
        if pos is None or m is None or m.group(1) == "NHS":
            return None
        tail = m.group(2).strip()
        for run in reversed(list(FULL_NAME_RUN.finditer(self.text, 0, pos))):
            # ("The Care Quality Commission (CQC)" is CQC, "The Forward Trust (TFT)" TFT)
            for full in dict.fromkeys((run.group(0), re.sub(r"^The\s+", "", run.group(0)))):
                words = re.findall(r"[A-Z][\w’'-]*", full)
                if len(words) == len(m.group(1)) and "".join(w[0] for w in words) == m.group(1):
                    return canonical_org(full if not tail or full.endswith(tail) else f"{full} {tail}")
        return None

    def _ending_in(self, word, pos):
        """"the Mission" of "The Saltmarsh Mission" named before `pos`: the last name the text
        wrote ending in that one capitalised word, or None."""
        if pos is None or not re.fullmatch(r"[A-Z][a-z]+", word) or word.lower() in SHORT_NAME_NOT:
            return None
        longer = [gazetteer.without_the(m.group(1) + word)
                  for m in re.finditer(rf"\b((?:[A-Z][\w’'&-]*\s+){{1,4}}){word}\b", self.text[:pos])]
        longer = [n for n in longer if n != word]
        return canonical_org(longer[-1]) if longer else None

    def _trust_in_full(self, short, pos=None):
        """The NHS trust named in full before `pos` whose name `short` begins ("Northumbria Healthcare
        said" after "run by Northumbria Healthcare NHS Foundation Trust"), or None."""
        bare = gazetteer.without_the(short.strip())
        if not bare or TRUST_END.search(bare):
            return None
        named = [trust_name(m.group(1)) for m in NHS_TRUST.finditer(self.text, 0, len(self.text) if pos is None else pos)]
        full = {f for f in named if gazetteer.without_the(f).startswith(bare + " ")}
        if not full and not gazetteer.is_place_name(bare) and not set(bare.split()) & TRUST_GENERIC:
            # "a spokesperson for the Maudsley" of "South London and Maudsley NHS Foundation Trust": a
            # word of its name that is no place and no word every trust has
            full = {f for f in named if re.search(rf"\b{re.escape(bare)}\b", f)}
        if not full and re.fullmatch(r"[A-Z]{2,6}", bare):
            # "a spokesperson for CNWL" of "Central and North West London NHS Foundation Trust": its initials
            full = {f for f in named if bare in _initials(f)}
        if len(full) != 1:
            return None
        name = full.pop()
        listed = canonical_org(name)  # a trust's own name may open with "The" ("The Dudley Group NHS Foundation Trust")
        return name if name.startswith("The ") and listed == gazetteer.without_the(name) else listed

    def home_council(self, kind=None):
        return home_council(self.doc, kind)

    def organisation(self, phrase, tok):
        """An organisation speaking for itself: a provider, a council, a police force, an NHS body."""
        bare = gazetteer.without_the(re.sub(r"['’]s$", "", phrase.strip()))
        if bare in gazetteer.provider_names():
            return canonical_org(bare)
        for prov in self.doc._.rw_providers or ():  # one the article shows runs a service, listed or not
            name = prov["row"]["name"]
            if not prov["row"].get("in_gazetteer", 1) and not ORG_LIKE.search(name) and not described_as_org(self.text, prov):
                continue  # found from context only, and could be a person ("Gwen Tallis, who runs the group")
            if bare and (bare == name or bare in prov["matched"] or name.startswith(bare + " ")):
                return name  # "Kaleidoscope said" for the Kaleidoscope Project
        if COUNCIL_WORDS.match(phrase.strip()):
            return self.org_name(phrase)
        if phrase.strip().lower().removeprefix("the ") in GENERIC_ORGS:
            return self.org_name(phrase, tok.idx)
        ent = tok.ent_type_
        if re.match(rf"(?:[A-Z][\w’'-]*\s+){{0,2}}?{ROLE_NOUNS}\b", bare, re.I):
            return None  # "The Cabinet Member for Health and Care Services": a role nobody here holds, no body
        if (ent == "ORG" or tok.pos_ == "PROPN") and ORG_LIKE.search(bare) and bare[:1].isupper():
            return bare
        return None

    def _last_named_body(self, kind, pos, containing=None):
        """The last police force or NHS trust the text named before `pos` (with the words
        `containing` in its name, where given: "mental health" for "the mental health trust")."""
        found, at = None, -1
        for m in NAMED_BODIES[kind].finditer(self.text, max(0, pos - 6000), pos):
            if containing is None or re.search(rf"\b{re.escape(containing)}\b", m.group(1), re.I):
                found, at = m.group(1), m.start(1)
        if kind == "trust" and containing is None:
            # "Gorsebrook Recovery Trust, a Poole charity, ... the trust said": a charitable trust
            # named since the last NHS one
            for m in CHARITY_TRUST.finditer(self.text, max(0, at + 1, pos - 2000), pos):
                if "NHS" not in m.group(1) and not (at <= m.start(1) < at + len(found or "")):
                    found, at = m.group(1), m.start(1)
        return found

    def _after_item_number(self, tok):
        """The parse took a minute's item number ("HW9.6 Changing Lives, which ..., said") for the
        subject: read the words after it, up to the first comma, instead."""
        a = tok.idx + len(tok)
        b = min([i for i in (self.text.find(",", a, tok.head.idx),) if i >= 0] or [tok.head.idx])
        person = self.people.named_in(a, b)
        if person is not None:
            return person
        name = self.text[a:b].strip()
        after = self.text[b:tok.head.idx]
        if name[:1].isupper() and (re.match(r",\s+which\b", after) or IN_STATEMENT.match(self.text, tok.head.idx + len(tok.head))):
            return spokesperson(gazetteer.without_the(name))
        return None

    def _speaks_as_body(self, tok):
        """"Changing Lives, which could not send anyone, said in a statement": a subject described
        with "which", or words issued "in a statement", are an organisation's."""
        verb = tok.head
        which = any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in tok.children)
        return bool(which or IN_STATEMENT.match(self.text, verb.idx + len(verb))) \
            and self.people.named_in(tok.idx, tok.idx + len(tok)) is None

    def _longer_name(self, start, phrase):
        """The whole name when the parse cut a listed organisation's name at a comma:
        "Northumberland, Tyne and Wear NHS Foundation Trust said"."""
        m = re.search(r"([A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*)*)(,?\s+)$", self.text[max(0, start - 60):start])
        if m:  # also "Change Grow Live said", where the parse took "Change" for a verb
            for cut in range(len(m.group(1).split())):
                head = " ".join(m.group(1).split()[cut:])
                longer = f"{head}{m.group(2)}{phrase.strip()}"
                if gazetteer.without_the(longer) in gazetteer.provider_names():
                    return longer
        return phrase

    def unseen_name(self, phrase, start):
        """A full name the people table missed ("said Jo Marsh"), or a titled surname whose full
        name was written earlier without the title ("Ms Okafor" after "Grace Okafor")."""
        name = clean_name(phrase)
        tail = re.search(rf"(?:^|\s)({NAME_SEQ})$", name)  # "Project lead Tom Hale" -> "Tom Hale"
        name = tail.group(1) if tail else name
        parts = name.split()
        if len(parts) >= 2 and re.fullmatch(NAME_SEQ, name) and not any(p in TITLE_WORDS for p in parts):
            at = phrase.rfind(name)
            if at > 0:  # the name after its role: "Clinical lead Adrian Lockwood" keeps "Clinical lead"
                return self.people._add(name, start + at, start + at + len(name), None, None, start + at)
            return self.people._add(name, start, start + len(phrase), None, None, None)
        m = re.fullmatch(rf"(?:{TITLES})\.?\s+(\S+)", phrase.strip())
        if m and len(parts) == 1 and not any(p.name.split()[-1] == parts[0] for p in self.people.people):
            earlier = re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(parts[0])}\b", self.text[:start])
            earlier = [f for f in earlier if f not in TITLE_WORDS]
            if earlier:
                return self.people._add(f"{earlier[-1]} {parts[0]}", start, start + len(phrase), None, None, None)
        return None


# verbs of owning up to or granting a point, whose "that" clause a speech verb may be misparsed into
OWNING_LEMMAS = {"accept", "admit", "acknowledge", "concede", "agree", "confirm", "recognise", "recognize", "explain"}


def subject_of(verb, quotes=()):
    """The subject of a speech verb: its own, or that of the verb it is coordinated with
    ("... and added"); for inverted attribution ("said Ms Khan") the parser marks it nsubj too.
    A word inside the quotation is never the subject: in a split quote the parser can hang the
    quoted clause's subject on the speech verb."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and lemma(head.head).lower() in OWNING_LEMMAS:
        # "Mr X accepted that waits had been too long and said: ...": the parse joins "said" to the
        # clause under "accepted"; what it owned up to (a thing, not a person) does not speak
        inner = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        outer = [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if inner and outer and not any(c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they", "i", "we", "you")
                                       or c.lower_ in ROLE_WORDS for c in inner):
            return outer[0]
    for t in (verb, head if verb.dep_ in ("conj", "advcl", "xcomp") else None):
        if t is None:
            continue
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and not any(a <= c.idx < b for a, b in quotes)]
        # "5.2 At the event, a spokesperson for X said", "2.6 At the event, Jo Bell, ..., said": the
        # item number the parser makes a subject is none (the name is found as if it were not there)
        subjects = [c for c in subjects if not (c.is_sent_start and ITEM_NO_RE.fullmatch(c.text))]
        # "Co-founder Jonah Ferrand, ..., said": the parse may make each piece of a hyphened word a subject
        whole = [c for c in subjects if not c.is_punct and not (not c.whitespace_ and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in ("-", "‐"))]
        if any(c.pos_ == "PROPN" for c in whole):  # (a role alone, "her co-founder added", keeps its parse)
            subjects = whole
        if subjects:
            # two subjects are a parse of a role run into a name ("Executive councillor for public
            # health Coun Wendy Ashcroft said"): the one next to the verb is the name
            names = [c for c in subjects if c.pos_ == "PROPN"]
            roles = [c for c in subjects if c.pos_ == "NOUN" and not c.lower_.startswith(("spokes", "representative")) and (c.lower_ in ROLE_WORDS or re.fullmatch(ROLE_NOUNS, c.lower_, re.I))]
            if len(subjects) > 1 and names and roles and len(names) + len(roles) == len(subjects):
                return min(names, key=lambda c: abs(c.i - verb.i))
            return subjects[0]
    for child in verb.children:
        # "..., the 44-year-old said": the parse may hang the age on the verb as an adjective, with no subject
        if child.dep_ == "amod" and child.lower_ == "old" and child.i < verb.i \
                and re.fullmatch(r"\d{1,3}-year-old", child.doc[child.left_edge.i:child.i + 1].text):
            return child
    for child in verb.children:  # "said Ms Khan" parsed with the name as object
        # (never the one told: "..., Ruth Ollerby, told Bradwell:" with the parse lost before "told")
        if child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ == "PROPN" and child.i > verb.i and verb.lower_ not in TELL_FORMS:
            return child
    return None


def described_as_person(tok):
    """"Ifeoma Nwachukwu, a nurse at the clinic", "Team leader Ignatius Brockhurst", "Gwen Tallis,
    who runs the group": a job word or a "who" clause says the subject is a person, whatever the
    model's entity label."""
    for c in tok.children:
        if c.dep_ in ("appos", "compound") and c.text.islower() and (c.lower_ in ROLE_WORDS or re.fullmatch(ROLE_NOUNS, c.lower_, re.I)):
            return True  # "a nurse at the clinic" after the name, or "Team leader" before it
        if c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children):
            return True
    return False


def _trust_with_commas(run):
    """"a spokesperson for Tees, Esk and Wear Valleys NHS Foundation Trust": the commas are the
    trust's own when its whole name survives trimming to a trust's name."""
    m = SPOKES_FOR.search(run.strip())
    body = m.group(1).strip() if m else ""
    if NHS_PLACES.fullmatch(body):
        return True  # "a spokeswoman for NHS Ashton, Leigh and Wigan": a primary care trust named by its patch
    return bool(TRUST_END.search(body)) and trust_name(body) == body


_PLACE_RUN = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
# a body named by its patch: "NHS Ashton, Leigh and Wigan", "NHS Bath and North East Somerset, Swindon and Wiltshire"
AND_NAME = re.compile(r"((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*")
NHS_PLACES = re.compile(rf"NHS\s+{_PLACE_RUN}(?:(?:,|,?\s+and)\s+{_PLACE_RUN})*,?\s+and\s+{_PLACE_RUN}")


def spokesperson(org):
    return Person(f"{org} spokesperson", "spokesperson", org, 0)


def canonical_org(org: str) -> str:
    """Provider short names to their canonical name ("CGL" -> "Change Grow Live")."""
    bare = gazetteer.without_the(org)
    provider = gazetteer.provider_names().get(bare)
    return provider.name if provider is not None else bare


def is_provider(name: str) -> bool:
    return gazetteer.without_the(name) in gazetteer.provider_names()
