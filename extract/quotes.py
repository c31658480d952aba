"""Direct quotations with the speaker's full name and role.

Works paragraph by paragraph, as news copy is written: a paragraph of direct
speech is one quote unit; its attribution sits in the same paragraph, in the
paragraph before ("... told the meeting:"), or is carried over from the
previous quote (multi-paragraph quotes). Who the attribution names is read by
attribution.py against the article's people table (people.py). Nothing here
raises on stray quote marks."""
import logging
import re
from collections import Counter

from spacy.language import Language

from recoverywatch.extract import lexicon
from recoverywatch.extract.attribution import DOCUMENT, Attributor, canonical_org, is_provider  # noqa: F401
from recoverywatch.extract.extensions import doc_text
from recoverywatch.extract.providers import described_as_org
from recoverywatch.extract.people import ITEM_NUMBER, TITLE_WORDS, TITLES, People, Person, strip_title  # noqa: F401

log = logging.getLogger(__name__)
_WORDS = lexicon.load("quotes.toml")
SAY = lexicon.words_regex(_WORDS["say_verbs"])
CLOSING_CONJUNCTIONS = lexicon.words_regex(_WORDS["closing_conjunctions"])
OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
# a Q&A's question, written as a paragraph of its own: "What brought you into this work?"
QA_QUESTION = re.compile(r"[^“”\"‘’\n]{3,200}\?\s*")
# who a Q&A puts its questions to: "We sat down with Tamsin, 44, to ask what the job is really like." (the writers
# are the ones talking to the guest; "She talked about it with X" makes X the interviewer, people.INTERVIEWER_BEFORE)
QA_GUEST_BEFORE = re.compile(r"\b(?:[Ww]e|I)\s+(?:sat\s+down\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with"
                             r"|put\s+(?:our|some|these)\s+questions\s+to)\s+$")
PAGE_LINE = re.compile(r"^\s*(?:Page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)  # "Page 2 of 3", "14"
QUOTE_MARK = re.compile(r"[“”\"‘’']")
# “...,” she said, “...” / “...”, adding that “...” / “...,” he went on, “...”
DEBATE_ACT = re.compile(rf"\b{lexicon.words_regex(_WORDS['debate_acts'])}\b")
SAID_BETWEEN = re.compile(rf"\b{SAY}\b|\badding\b|\b(?:went|goes|go) on\b")
LEADING_ITEM_NUMBER = re.compile(rf"^\s*{ITEM_NUMBER}\.?\s+")  # "3.9 ", "HW9.6 ", "59. "
# the heading of a written question names who asks it: "Question 2 from Councillor X (Y ward) to the
# Cabinet Member for ...", "Asked by: Councillor X", "From Mr X, a resident of Y, to the Leader"
ASKED_BY = re.compile(r"^\s*(?:(?:Supplementary\s+)?[Qq]uestion\s*(?:No\.?\s*)?(?:\d+[a-z]?)?\s*[:.–-]?\s*)?"
                      r"(?:[Ff]rom|[Aa]sked\s+by|[Ss]ubmitted\s+by|[Qq]uestion(?:ed)?\s+(?:from|by))\s*:?\s+")
# the answer's heading ends the question's turn: its words are the answerer's
ANSWER_HEADING = re.compile(r"^\s*(?:Written\s+)?(?:Answer|Response|Reply)\b(?!\s+(?:the\s+)?question)", re.I)
ASKER_REACH = 3  # paragraphs from a question's heading to its words


DOUBLE_MARK = re.compile("[“”\"]")
# a single mark that can open a quotation: at the paragraph's start or after a space, bracket, dash
# or colon, with a character after it (the loop checks that it is a letter or digit)
SINGLE_OPENING = re.compile("(?:^|(?<=[ (\u2014–:-]))[‘'](?=.)", re.S)


def quote_segments(par: str, continuing: bool) -> list[tuple[int, int]]:
    """(start, end) of quoted text inside one paragraph, marks excluded.

    Double and single marks are both read; a segment inside another (a quote
    within a quote) belongs to the outer one."""
    segs = sorted(set(_double_segments(par, continuing) + _single_segments(par, continuing)))
    outer = []
    for s, e in segs:
        if any(s2 <= s - 1 and e <= e2 + 1 and (s2, e2) != (s, e) for s2, e2 in segs):
            continue
        if outer and s < outer[-1][1]:
            continue  # overlapping readings: keep the earlier one
        outer.append((s, e))
    return outer


def _double_segments(par, continuing):
    marks = [(m.start(), m.group()) for m in DOUBLE_MARK.finditer(par)]
    segs, open_at = [], None
    for i, c in marks:
        if open_at is None:
            if c == "”" and not segs and i > 0 and continuing is False:
                continue  # a stray closing mark
            if c in "“\"":
                open_at = i
        else:
            if c in "”\"":
                segs.append((open_at + 1, i))
                open_at = None
            elif c == "“":  # two openings: the first was never closed
                open_at = i
    if open_at is not None and len(par[open_at + 1:].split()) >= 3:
        segs.append((open_at + 1, len(par)))  # a quote that runs on into the next paragraph
    return segs


def _single_segments(par, continuing):
    segs, i = [], 0
    for m in SINGLE_OPENING.finditer(par):
        if m.start() < i or not par[m.end()].isalnum():
            continue  # inside the last quotation; not a word after the mark
        j = _single_close(par, m.end())
        if j is None:
            if m.group() == "‘" or m.start() == 0:
                segs.append((m.end(), len(par)))  # runs on into the next paragraph
            break
        segs.append((m.end(), j))
        i = j + 1
    return segs


def _single_close(par, start):
    loose = None
    for j in range(start, len(par)):
        if par[j] in "’'":
            prev = par[j - 1]
            after = par[j + 1:j + 12]
            if prev.isalpha() and j + 1 < len(par) and par[j + 1].isalpha():
                continue  # an apostrophe inside a word
            # a mark then a conjunction closes: "showed ‘what groups can do for themselves’ and that
            # he would visit" (a plural possessive is followed by its noun: "the councils’ plans")
            if prev in ".,!?;" or after == "" or re.match(rf"^(?:[,.;:!?)]|\s+(?:{SAY}|he|she|they|[A-Z]|{CLOSING_CONJUNCTIONS}\b))", after):
                return j
            if loose is None and prev.isalnum() and after[:1].isspace():
                loose = j  # "the ‘Know Your Limits’ campaign" – or a plural possessive inside a quote
    if loose is not None and len(par[start:loose].split()) <= 5:
        return loose  # a short term in single marks, not a quotation running to the paragraph's end
    return None


def utterances(par: str, full: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The paragraph's full quotations grouped into what was said at one go. Pieces split by an
    attribution (“The hub,” she said, “is full.”) or standing side by side are one; pieces a
    clause of narration keeps apart within a sentence (the report said the model “relies on one
    base” and that outcomes “lag well behind”; it called them “the biggest change”, but warned that
    demand “outstrips supply”) are two things quoted."""
    runs = [[full[0]]]
    for s, e in full[1:]:
        if narration_between(par[runs[-1][-1][1]:s]):
            runs.append([(s, e)])
        else:
            runs[-1].append((s, e))
    return runs


def narration_between(gap: str) -> bool:
    """Words between two quotations that keep them apart: two words or more within one sentence,
    and no speech verb, unless the verb has a clause of its own (“...”, but warned that demand “...”).
    An attribution alone (“...,” she said, “...”) joins them."""
    if re.search(r"[.!?:]", gap) or len(re.findall(r"[A-Za-z]+", gap)) < 2:
        return False
    return not SAID_BETWEEN.search(gap) or re.search(r"\bthat\s+[A-Za-z]", gap) is not None


def first_name_only(person) -> bool:
    """Someone introduced by first name only ("Kasim, 46,"): how case studies name people."""
    return " " not in person.name and person.title is None


def is_title(quoted: str) -> bool:
    """Written like a title: no closing full stop, and most of its longer words capitalised."""
    long = [w for w in re.findall(r"[A-Za-z][\w’'-]*", quoted) if len(w) > 3]
    if not long or re.search(r"[.!?,]$", quoted):
        return False
    return sum(w[0].isupper() for w in long) >= 0.6 * len(long)


def is_label(quoted: str) -> bool:
    """A letter or short code in quotation marks names something: "Committee Room 'C'", "Option '2b'"."""
    if len(quoted) == 1:
        return True
    return re.fullmatch(r"[A-Z0-9][A-Za-z0-9./-]{1,3}", quoted) is not None and any(c.isdigit() for c in quoted)


class QuoteFinder:
    def __call__(self, doc):
        try:
            doc._.rw_quotes, doc._.rw_people = self._quotes(doc)
        except Exception as exc:  # a malformed article yields no quotes rather than stopping the batch
            log.warning("quote extraction failed (%s: %s); article kept without quotes", type(exc).__name__, exc)
            doc._.rw_quotes, doc._.rw_people = [], []
        return doc

    def _quotes(self, doc):
        text = doc_text(doc)
        places = {m for a in (doc._.rw_areas or []) for m in a["matched"]}
        # providers found from context alone can be a person's name ("Helen Ashby, who runs the group")
        provs = [p for p in (doc._.rw_providers or []) if p["row"].get("in_gazetteer", 1) or described_as_org(text, p)]
        orgs = {p["row"]["name"] for p in provs} | {m for p in provs for m in p["matched"]}
        orgs |= {s["name"] for s in doc._.rw_services or ()}  # "set up by Forward Leeds", a service, not a person
        people = People(doc, orgs, places)
        att = Attributor(doc, people)
        quotes, prev_par, prev_unit, offset = [], None, None, 0
        asker, since_asked = None, 0  # the person a written question's heading names, and paragraphs since
        lines = text.split("\n")
        repeated = {line for line, n in Counter(l.strip() for l in lines).items() if n > 1 and line}
        for par in lines:
            lo = offset
            offset += len(par) + 1
            if not par.strip():
                continue
            continuing = prev_unit is not None and prev_unit.get("open")
            if continuing and (PAGE_LINE.match(par) or (par.strip() in repeated and not QUOTE_MARK.search(par))):
                continue  # a PDF's page footer or running header inside a quote: the quote goes on across it
            since_asked += 1
            heading = ASKED_BY.match(par) if len(par) < 300 else None
            if heading:
                asker, since_asked = self._asker(people, text, lo + heading.end(), lo + len(par)), 0
            elif ANSWER_HEADING.match(par) and not QUOTE_MARK.match(par.lstrip()):
                asker = None
            segs = quote_segments(par, bool(continuing))
            people.drop_inside([(lo + s, lo + e) for s, e in segs])
            full = [(s, e) for s, e in segs if self._is_full(par, s, e)]
            if full:
                # the opening half of a split quote: “The service,” she said, “is working.”
                full = [(s, e) for s, e in segs if (s, e) in full or s <= 1 or par[s:e].rstrip().endswith(",")]
            for s, e in segs:
                # a quoted name ("marked ‘Agenda Item 8’", “Healthier Futures”) is nobody's words
                if (s, e) not in full and not is_title(par[s:e].strip()) and not is_label(par[s:e].strip()):
                    quotes.append(self._row(text, lo + s, lo + e, None, "partial"))
            if not full:
                prev_par, prev_unit = (lo, par), None
                continue
            spans = [(lo + s, lo + e) for s, e in full]
            speaker = att.speaker(lo, lo + len(par), spans)
            if speaker is None and prev_par is not None and prev_par[1].rstrip().endswith(":"):
                p_lo, p_text = prev_par
                # the sentence ending in the colon introduces the quote, whatever an earlier one said:
                # "The Cabinet Member said ... Mersey Care had provided a statement, which he read:"
                speaker = att.speaker(p_lo, p_lo + len(p_text), [])
                verb = att.speech_verb(p_lo, p_lo + len(p_text), [])
                if speaker is None or (verb is not None and re.search(r"[.!?]\s", text[verb.idx:p_lo + len(p_text)])):
                    speaker = att.colon_intro(p_lo, p_lo + len(p_text), []) or speaker
            unverbed = att.speech_verb(lo, lo + len(par), spans) is None
            opening = LEADING_ITEM_NUMBER.sub("", par, count=1).lstrip()[:1]  # "3.9 “What we need ...": past the item number
            bare = opening in OPENERS and unverbed
            if speaker is None and opening not in OPENERS:
                # "A member of the public, Dorothea, ... addressed the committee. “...”": the one
                # person introduced by first name only in the narration before the quote
                named = people.named_between(lo, lo + full[0][0])
                if len(named) == 1 and (first_name_only(named[0]) or (unverbed and people.is_subject(named[0], lo, lo + full[0][0]))):
                    # (or the one person the narration makes its subject: "41.5 Councillor Mossop
                    # welcomed the approach. “...”")
                    speaker = named[0]
            if speaker is None and unverbed and opening not in OPENERS:
                # "He is quick to point out that the group isn't a cure. “...”": narration whose
                # subject is a pronoun, then words with no speech verb: that pronoun's person
                speaker = att.narrated_pronoun(lo, lo + full[0][0], spans)
            if speaker is None and bare and asker is not None and since_asked <= ASKER_REACH:
                speaker, asker = asker, None  # the written question under its heading
            if speaker is None and bare and prev_unit is not None:
                speaker = prev_unit["speaker"]  # a continuation paragraph of the same quote
            elif speaker is None and bare and prev_par is not None and prev_unit is None:
                # the paragraph before held no full quotation (at most a few quoted words)
                # "Jo Marsh said the hub was full." then the quote on its own: hers
                p_lo, p_text = prev_par
                speaker = att.speaker(p_lo, p_lo + len(p_text), [])
                named = people.named_between(p_lo, p_lo + len(p_text))
                if speaker is None and att.last_speaker is not None and named == [att.last_speaker]:
                    speaker = att.last_speaker  # narration about the person last quoted, then more of their words
                elif (speaker is None and len(named) == 1 and people.is_subject(named[0], p_lo, p_lo + len(p_text))
                      and DEBATE_ACT.search(p_text) and not re.search(r"[.!?]\s+\S", p_text.strip())):
                    speaker = named[0]  # "Councillor X opposed the amendment." (one sentence) then the words
                elif (speaker is None and len(named) == 1 and first_name_only(named[0])
                      and (people.is_subject(named[0], p_lo, p_lo + len(p_text))
                           or re.search(rf"(?:^|[.!?]\s+){re.escape(named[0].name)}\b", p_text)  # opens a sentence
                           or p_lo <= named[0].start < p_lo + len(p_text))):  # or is introduced there ("heard from Kasim, 46,")
                    # a case study: "Leanne, 29, drank heavily ..." then her words with no attribution
                    # (someone introduced by first name only; plain narration about others stays unattributed)
                    speaker = named[0]
            if speaker is None and bare and prev_par is not None and QA_QUESTION.fullmatch(prev_par[1].strip()):
                speaker = self._qa_guest(people, text, lo)  # a Q&A's answer: the one the questions were put to
            kind = "direct"
            if speaker is DOCUMENT:
                speaker, kind = None, "document"
            for run in utterances(par, full):
                row = self._row(text, lo + run[0][0], lo + run[-1][1], speaker, kind)
                row["text"] = " ".join(par[s:e].strip() for s, e in run)
                quotes.append(row)
            s0, e0 = full[0][0], full[-1][1]
            prev_unit = {"speaker": speaker, "open": e0 == len(par)}
            if speaker is not None:
                att.last_speaker, att.last_speaker_at = speaker, lo
                if speaker in people.people:
                    people.add_mention(lo + s0, lo + s0 + 1, speaker)
            prev_par = (lo, par)
        quotes = [q for q in quotes if q["text"].strip()]
        speakers = {q["speaker"] for q in quotes if q["kind"] == "direct"}
        # where each quoted person is introduced by full name, for the mentions table
        named = [{"name": p.name, "start": p.name_start, "end": p.name_start + len(p.name), "text": p.name}
                 for p in people.people if p.name in speakers and p.name_start is not None
                 and text[p.name_start:p.name_start + len(p.name)] == p.name]
        return quotes, named

    @staticmethod
    def _asker(people, text, lo, hi):
        """The person named first after a question heading's "from" / "Asked by:", titles apart."""
        named = people.named_between(lo, hi)
        if not named:
            return None
        at = min(m.start for m in people.mentions if m.person is named[0] and lo <= m.start < hi)
        return named[0] if re.fullmatch(rf"(?:(?:County|City|Borough|District|{TITLES})\.?\s+){{0,2}}", text[lo:at]) else None

    @staticmethod
    def _is_full(par, s, e):
        quoted = par[s:e].strip()
        words = len(quoted.split())
        before = par[:s - 1].rstrip()
        if is_title(quoted) and not before.endswith(":"):
            return False  # the name of a strategy, campaign or film: “Healthier Futures: Drugs Strategy 2024”
        if words >= 8:
            return True
        opens_sentence = before == "" or before.endswith((":", ".", ",", "?", "!"))
        return words >= 3 and opens_sentence and bool(re.search(r"[.!?,]$", quoted))

    @staticmethod
    def _qa_guest(people, text, pos):
        """The one person a Q&A says it put its questions to, before `pos`, or None."""
        guests = {m.person for m in people.mentions if m.start < pos
                  and QA_GUEST_BEFORE.search(text, max(0, m.start - 40), m.start)}
        return guests.pop() if len(guests) == 1 else None

    def _row(self, text, start, end, speaker, kind):
        # offsets of the quoted words themselves: text[start:end] is exactly what is highlighted
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        person = speaker if isinstance(speaker, Person) else None
        return {
            "text": text[start:end], "start": start, "end": end, "kind": kind,
            "speaker": person.name if person else None,
            "speaker_role": person.role if person else None,
            "speaker_org": person.org if person else None,
        }


@Language.factory("recoverywatch_quotes")
def make_quote_finder(nlp, name):
    return QuoteFinder()
