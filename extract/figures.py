"""Money, percentages and counts, normalised, with what they measure.

Candidates come from patterns over the text; numbers that are years, dates,
ages, durations, times, phone numbers, addresses or labels are dropped."""
import re

from spacy.language import Language

from recoverywatch.extract import lexicon, numbers

# The word lists, patterns and figure kinds are data: extract/data/figures.toml.
_WORDS = lexicon.load("figures.toml")

NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
WORD = rf"(?:(?:{numbers.NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{numbers.NUMBER_WORD}))*)"
SCALE = r"(?:k|m|bn|mn|million|billion|thousand)"
B = r"(?<![\w.,£/])"  # not glued to a word, a decimal point or another number
MONEY = re.compile(rf"{B}£\s?{NUM}(?:\s?{SCALE}\b)?", re.I)
MONEY_WORDS = re.compile(
    rf"\b((?:a|an|one|two|three|half|{WORD})\s+(?:(?:quarters?|half|thirds?)\s+(?:of\s+)?(?:a\s+|an\s+)?)?"
    rf"(?:million|billion|thousand))\s+pounds\b", re.I)
PERCENT = re.compile(rf"{B}({NUM}|{WORD})\s?(%|per\s?cent\b|percent\b|percentage points?\b)", re.I)
ONE_IN = re.compile(rf"\b({WORD}|\d+) in (?:every )?({WORD}|\d+)\b(?! (?:years?|months?|weeks?|days?)\b)", re.I)
FRACTION = re.compile(
    r"\b(three quarters|two thirds|a quarter|a third|a fifth|a tenth|half)\b(?= (?:of (?!a million|a billion|an hour|a mile)\w|the \w+ (?:were|are|was|is|had|have)\b))"
    r"|(?<=\bby )(three quarters|two thirds|a quarter|a third|a fifth|a tenth|half)\b(?! (?:of )?an? (?:hour|mile|million|billion|day|week|month|year)s?\b)",
    re.I)
COUNT = re.compile(rf"{B}({NUM}(?:\s?(?:million|billion|m|bn)\b)?|{WORD})(?![\w%]|\.\d|,\d)", re.I)

MONTHS = lexicon.words_regex(_WORDS["months"])
DATE_WORDS = re.compile(rf"\b{lexicon.patterns_regex(_WORDS['date_words'], MONTHS=MONTHS)}\b|[:/]", re.I)
# "41 last year": a time adverbial after the number, not the number's unit
ADVERBIAL_OPENERS = {"last", "this", "next", "a", "an", "per", "each", "every", "since", "by", "the", "in", "during", "over"}
AFTER_NOT_COUNT = re.compile(rf"^(?:-|\s)?{lexicon.patterns_regex(_WORDS['after_not_count'], MONTHS=MONTHS)}", re.I)
BEFORE_NOT_COUNT = re.compile(
    r"(?:\baged? (?:up to|under|over|between|from|of)\s*$|\b"
    + lexicon.patterns_regex(_WORDS["before_not_count"], MONTHS=MONTHS) + r"\s*$|[:/#]\s*$|(?:19|20)\d\d\s*[-–]\s*$|[A-Za-z]\s*[-–]\s*$)", re.I)
PHONE = re.compile(r"(?<!\d)(?:0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}|\b(?:101|111|999)\b)")
ADDRESS = re.compile(r"^\s+[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Lane|Road|Street|Avenue|Way|Close|Drive|Place|Square|Terrace|Crescent|Row|Walk)\b")
LINE_NUMBER = re.compile(r"(?m)^\(?\d+(?:\.\d+)*\.?\)?\s")
APPROX = re.compile(rf"\b{lexicon.words_regex(_WORDS['approx'])}\s*$", re.I)
RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:£\s?)?$", re.I)
RANGE_DASH = re.compile(r"^[-–]\s?£?\d")  # "200-250 people": the low end
PERIOD = re.compile(r"\b(?:(?:in|during|for|by) )?((?:19|20)\d\d(?:/|-)(?:\d\d){1,2}|(?:19|20)\d\d)\b|\b(a year|per year|each year|per annum|annually|a month|per month|a week|per week)\b", re.I)

# first match wins; patterns look at the sentence around the figure
KINDS = [(k["name"], k["cues"]) for k in _WORDS["kinds"]]
KIND_RES = [(k, re.compile(p, re.I)) for k, p in KINDS]
KIND_SKIP_UNITS = {k["name"]: frozenset(k["skip_units"]) for k in _WORDS["kinds"]}
FALLBACK_KIND = _WORDS["fallback_kind"]


def _blank(text, pattern):
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


class FigureFinder:
    def __call__(self, doc):
        text = doc.text
        taken = [False] * len(text)
        figures = []

        def claim(start, end):
            if any(taken[start:end]):
                return False
            for i in range(start, end):
                taken[i] = True
            return True

        scrubbed = _blank(_blank(text, PHONE), LINE_NUMBER)
        for m in MONEY.finditer(scrubbed):
            value = numbers.parse_amount(m.group(0))
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "GBP"))
        for m in MONEY_WORDS.finditer(scrubbed):
            value = numbers.parse_amount(m.group(1))
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "GBP"))
        for m in PERCENT.finditer(scrubbed):
            value = numbers.parse_amount(m.group(1))
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), value, "percent"))
        for m in ONE_IN.finditer(scrubbed):
            a, b = numbers.parse_amount(m.group(1)), numbers.parse_amount(m.group(2))
            year_like = re.fullmatch(r"(1[89]|20)\d\d", m.group(2))
            if a and b and b > a and a <= 20 and not year_like and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), round(100 * a / b, 1), "percent"))
        for m in FRACTION.finditer(scrubbed):
            value = numbers.fraction_value((m.group(1) or m.group(2)).lower().split())
            if value is not None and claim(m.start(), m.end()):
                figures.append((m.start(), m.end(), round(100 * value, 1), "percent"))
        for m in COUNT.finditer(scrubbed):
            start, end = m.start(1), m.end(1)
            if any(taken[start:end]) or not self._is_count(doc, scrubbed, m.group(1), start, end):
                continue
            value = numbers.parse_amount(m.group(1))
            if value is not None and claim(start, end):
                figures.append((start, end, value, "count"))
        doc._.rw_figures = [self._record(doc, *f) for f in sorted(figures)]
        return doc

    @staticmethod
    def _is_count(doc, text, raw, start, end):
        low = raw.lower().strip()
        if low in ("a", "an", "one", "zero") or low.startswith(("a ", "an ")):
            return False  # "one front door", "a million" on its own
        if re.fullmatch(r"\d+\.\d+", raw):
            return False  # decimals without a unit are paragraph or version numbers
        if low[:1].isdigit() and re.search(r"[a-z]$", low) and not re.search(r"(million|billion|m|bn)$", low):
            return False  # digits glued to other letters
        digits = re.sub(r"\s?(million|billion|m|bn)$", "", raw.replace(",", ""), flags=re.I)
        if digits.isdigit() and "," not in raw and 1800 <= int(digits) <= 2100:
            return False  # a year
        after, before = text[end:end + 20], text[max(0, start - 25):start]
        if AFTER_NOT_COUNT.match(after) or BEFORE_NOT_COUNT.search(before):
            return False
        if ADDRESS.match(after):
            return False
        if re.search(r"\b[A-Z][a-z’'-]+,\s*$", before) and re.match(r"^\s*,", after) and int(digits or 0) < 120:
            return False  # "Ceri Walters, 38, completed ...": an age in apposition
        if re.search(r"\b[A-Z][a-z’'-]+ \($", before) and after.startswith(")"):
            return False  # "Ceri Walters (38)"
        if re.search(r"[A-Za-z]-$", before) or re.match(r"^-[A-Za-z]", after):
            return False  # "Covid-19", "A-road", "24-hour"
        if re.search(r"\b(?:to|and)\s+$", before) and re.search(rf"\b(?:aged?|ages)\s+(?:from\s+|between\s+)?{NUM}", text[max(0, start - 40):start]):
            return False  # "aged from four to 82"
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ents = [e for e in doc.ents if e.start <= span.start < e.end]
            if ents and ents[0].label_ in ("ORDINAL", "QUANTITY"):
                return False
            if ents and ents[0].label_ in ("DATE", "TIME"):
                # the model also calls "between 70 and 80" or "41 last year" a DATE; trust it only
                # when a date word sits right next to the number ("20 years", "1 July", "July 1")
                ent = ents[0]
                tail = doc.text[end:ent.end_char]
                head = doc.text[ent.start_char:start]
                words = tail.split()
                if words and words[0].lower() not in ADVERBIAL_OPENERS:
                    if any(DATE_WORDS.match(w) for w in words[:2]):
                        return False  # "20 years", "five working days", "1 July"
                if head.strip() and DATE_WORDS.search(head.strip().split(" ")[-1]):
                    return False  # "July 1"
            if not digits.isdigit() and not ents:
                return False  # number words need the model to agree they are a number
        return True

    @staticmethod
    def _record(doc, start, end, value, unit):
        span = doc.char_span(start, end, alignment_mode="expand")
        sent = span.sent if span is not None else None
        sentence = sent.text if sent is not None else doc.text[max(0, start - 100): end + 100]
        before = doc.text[max(0, start - 30):start]
        ranged = RANGE_BEFORE.search(before) or re.search(rf"(?:between|from)\s+£?{NUM}\s*{SCALE}?\s+(?:and|to)\s+£?$", doc.text[max(0, start - 40):start], re.I)
        period = PERIOD.search(sentence[sentence.find(doc.text[start:end]) + (end - start):] if sent is not None else "")
        period = period or PERIOD.search(sentence)
        return {
            "value": float(value), "unit": unit, "text": doc.text[start:end], "sentence": sentence.strip(),
            "start": start, "end": end, "approximate": int(bool(APPROX.search(before))),
            "range_part": ("low" if RANGE_BEFORE.search(before) else "high") if ranged
                          else "low" if RANGE_DASH.match(doc.text[end:end + 4])
                          else "high" if re.search(r"\d\s?[-–]\s?£?$", before) else None,
            "measure": _measure(doc, span, unit),
            # the words nearest the figure decide first: "3,410 adults were in treatment ... and waiting times"
            # the clause around the figure decides first: "deaths rose to 41 last year, while 1,250 adults ..."
            "kind": (_kind(_clause(doc, sent, start, end), unit, default=None)
                     or _kind(_window(doc, sent, start, end), unit, default=None) or _kind(sentence, unit)),
            "period": (period.group(1) or period.group(2)) if period else None,
        }


MONEY_NOUNS = re.compile(rf"\b({lexicon.words_regex(_WORDS['money_nouns'])})\b(?! down)", re.I)
FILLER = {"and", "or", "to", "of", "the", "a", "an", "which", "who", "that", "its", "their", "some", ","}


def _measure(doc, span, unit):
    """Short noun phrase the figure counts or prices."""
    if span is None:
        return None
    found = _measure_from_parse(doc, span, unit)
    proper = found is not None and any(t.pos_ == "PROPN" for t in doc[span.sent.start:span.sent.end]
                                       if t.text.lower() in found.split())
    if unit == "GBP" and (found is None or proper or not MONEY_NOUNS.search(found)):
        # money: the nearest money word in the sentence ("worth £5.4m" -> contract)
        sent = span.sent
        hits = [(abs(m.start() - (span.start_char - sent.start_char)), m.group(1).lower())
                for m in MONEY_NOUNS.finditer(sent.text)]
        if hits:
            return min(hits)[1]
    if found is not None:
        words = [w for w in found.split() if w not in FILLER]
        found = " ".join(words) if words else None
    return found


def _measure_from_parse(doc, span, unit):
    sent = span.sent
    # a noun right after the number: "1,739 adults", "£13m contract", "15% increase"
    for chunk in sent.noun_chunks:
        if chunk.start <= span.start < chunk.end or chunk.start == span.end:
            words = [t.text for t in chunk if t.i >= span.end and not t.like_num and t.pos_ != "DET" and t.text not in ("%", "£")]
            if words:
                return " ".join(words).lower()
    if unit == "percent":
        tail = doc[span.end: min(sent.end, span.end + 6)]
        if len(tail) and tail[0].lower_ == "of":
            chunk = next((c for c in sent.noun_chunks if c.start > span.end), None)
            if chunk is not None:
                return " ".join(t.text for t in chunk if t.pos_ != "DET").lower()
    head = span.root.head
    while head.pos_ not in ("NOUN", "VERB") and head.head.i != head.i:
        head = head.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower()
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return " ".join(t.text for t in subj.subtree if t.pos_ != "DET").lower()[:60]
    return head.lemma_.lower() if head is not None else None


CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s[–—]\s|\(|\)")


def _clause(doc, sent, start, end):
    """The stretch of the sentence between the punctuation marks around the figure."""
    lo, hi = (sent.start_char, sent.end_char) if sent is not None else (0, len(doc.text))
    text = doc.text
    left = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
    right = CLAUSE_BREAK.search(text, end, hi)
    return text[left[-1] if left else lo:right.start() if right else hi]


def _window(doc, sent, start, end, before=60, after=60):
    """Characters either side of the figure, within its sentence."""
    lo, hi = (sent.start_char, sent.end_char) if sent is not None else (0, len(doc.text))
    return doc.text[max(lo, start - before):min(hi, end + after)]


def _kind(sentence, unit, default=FALLBACK_KIND):
    for kind, rx in KIND_RES:
        if unit in KIND_SKIP_UNITS[kind]:
            continue
        if rx.search(sentence):
            return kind
    return default


@Language.factory("recoverywatch_figures")
def make_figure_finder(nlp, name):
    return FigureFinder()
