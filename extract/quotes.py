"""Direct quotations with the speaker's full name and role.

Works paragraph by paragraph, as news copy is written: a paragraph of direct
speech is one quote unit; its attribution sits in the same paragraph, in the
paragraph before ("... told the meeting:"), or is carried over from the
previous quote (multi-paragraph quotes). Pronouns and surnames resolve to the
full name introduced earlier. Nothing here raises on stray quote marks."""
import logging
import re
from dataclasses import dataclass

from spacy.language import Language

from recoverywatch.extract import gazetteer, lexicon

log = logging.getLogger(__name__)
# The word lists are data: extract/data/quotes.toml, and titles.csv (column speaker) for titles.
_WORDS = lexicon.load("quotes.toml")
TITLES = lexicon.words_regex(lexicon.titles("speaker"))
TITLE_WORDS = {w for t in lexicon.titles("speaker") for w in t.split()} | {"The", "A", "An"}
TITLE_RE = re.compile(rf"^(?:{TITLES})\.?\s+")
NAME = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
TITLED_NAME = re.compile(rf"\b({TITLES})\.?\s+((?:{NAME}|[A-Z]\.)(?:\s+{NAME})*)")
SAY = lexicon.words_regex(_WORDS["say_verbs"])
SAY_RE = re.compile(rf"\b{SAY}\b")
PRONOUN_RE = re.compile(rf"\b(?:(he|she|they)\s+{SAY}|{SAY}\s+(he|she|they))\b", re.I)
SPOKES_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&'’.-]*\s+)*?[A-Z][\w&'’.-]*)\s+spokes(?:person|man|woman)\b"
    r"|\bspokes(?:person|man|woman)\s+(?:for|from|at)\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for))*)")
# Job words that open a name in copy like "Volunteer Gary Nolan said": they are the role.
ROLE_WORDS = set(_WORDS["role_words"])
# Nouns that end a role written before a name: "director of public health Dr Colin Ashworth".
ROLE_NOUNS = lexicon.words_regex(_WORDS["role_nouns"])
OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


@dataclass
class Person:
    name: str
    role: str | None
    org: str | None
    start: int
    name_start: int | None = None  # where the full name is written, when it is


def strip_title(name: str) -> tuple[str, str | None]:
    m = TITLE_RE.match(name)
    if not m:
        return name.strip(), None
    return name[m.end():].strip(), m.group(0).strip().rstrip(".")


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
    marks = [(i, c) for i, c in enumerate(par) if c in "“”\""]
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
    while i < len(par):
        c = par[i]
        if c in "‘'" and (i == 0 or par[i - 1] in " (\u2014–-:") and i + 1 < len(par) and par[i + 1].isalnum():
            j = _single_close(par, i + 1)
            if j is None:
                if c == "‘" or i == 0:
                    segs.append((i + 1, len(par)))  # runs on into the next paragraph
                break
            segs.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return segs


def _single_close(par, start):
    for j in range(start, len(par)):
        if par[j] in "’'":
            prev = par[j - 1]
            after = par[j + 1:j + 12]
            if prev.isalpha() and j + 1 < len(par) and par[j + 1].isalpha():
                continue  # an apostrophe inside a word
            if prev in ".,!?;" or after == "" or re.match(rf"^(?:[,.;:!?)]|\s+(?:{SAY}|he|she|they|[A-Z]))", after):
                return j
    return None


class QuoteFinder:
    def __call__(self, doc):
        try:
            doc._.rw_quotes, doc._.rw_people = self._quotes(doc)
        except Exception as exc:  # a malformed article yields no quotes rather than stopping the batch
            log.warning("quote extraction failed (%s: %s); article kept without quotes", type(exc).__name__, exc)
            doc._.rw_quotes, doc._.rw_people = [], []
        return doc

    def _quotes(self, doc):
        text = doc.text
        people = self._people(doc)
        quotes, last_speaker, prev_par, prev_unit = [], None, "", None
        offset = 0
        for par in text.split("\n"):
            start_par = offset
            offset += len(par) + 1
            if not par.strip():
                continue
            continuing = prev_unit is not None and prev_unit.get("open")
            segs = quote_segments(par, bool(continuing))
            full = [(s, e) for s, e in segs if self._is_full(par, s, e)]
            if full:
                # the opening half of a split quote: “The service,” she said, “is working.”
                full = [(s, e) for s, e in segs if (s, e) in full or s <= 1 or par[s:e].rstrip().endswith(",")]
            partial = [(s, e) for s, e in segs if (s, e) not in full]
            for s, e in partial:
                quotes.append(self._row(text, start_par + s, start_par + e, None, "partial"))
            if not full:
                prev_par, prev_unit = par, None
                last_speaker = self._last_person(people, start_par + len(par), last_speaker)
                continue
            outside = self._outside(par, full)
            speaker = self._attribute(outside, start_par, people, last_speaker, doc)
            if speaker is None and prev_par.rstrip().endswith(":"):
                speaker = self._attribute(prev_par, start_par - len(prev_par) - 1, people, last_speaker, doc, needs_verb=False)
            if speaker is None and prev_unit is not None and par.lstrip()[:1] in OPENERS:
                speaker = prev_unit["speaker"]
            if speaker is None:
                speaker = last_speaker if PRONOUN_RE.search(outside) else None
            s0, e0 = full[0][0], full[-1][1]
            row = self._row(text, start_par + s0, start_par + e0, speaker, "direct")
            row["text"] = " ".join(par[s:e].strip() for s, e in full)
            quotes.append(row)
            prev_unit = {"speaker": speaker, "open": e0 == len(par)}
            if speaker is not None:
                last_speaker = speaker
            prev_par = par
        quotes = [q for q in quotes if q["text"].strip()]
        speakers = {q["speaker"] for q in quotes if q["kind"] == "direct"}
        # where each quoted person is introduced by full name, for the mentions table
        named = [{"name": p.name, "start": p.name_start, "end": p.name_start + len(p.name), "text": p.name}
                 for p in people if p.name in speakers and p.name_start is not None]
        return quotes, named

    @staticmethod
    def _is_full(par, s, e):
        quoted = par[s:e].strip()
        words = len(quoted.split())
        if words >= 8:
            return True
        before = par[:s - 1].rstrip()
        opens_sentence = before == "" or before.endswith((":", ".", ",", "?", "!"))
        return words >= 3 and opens_sentence and bool(re.search(r"[.!?,]$", quoted))

    @staticmethod
    def _outside(par, segs):
        out, last = [], 0
        for s, e in segs:
            out.append(par[last:max(last, s - 1)])
            out.append(" ¶ ")
            last = min(len(par), e + 1)
        out.append(par[last:])
        return "".join(out)

    def _row(self, text, start, end, speaker, kind):
        # offsets of the quoted words themselves: text[start:end] is exactly what is highlighted
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return {
            "text": text[start:end], "start": start, "end": end, "kind": kind,
            "speaker": speaker.name if isinstance(speaker, Person) else speaker,
            "speaker_role": speaker.role if isinstance(speaker, Person) else None,
            "speaker_org": speaker.org if isinstance(speaker, Person) else None,
        }

    # --- people -------------------------------------------------------------

    def _people(self, doc):
        """Full names introduced in the article, in order, with their roles."""
        found = {}
        text = doc.text
        places = {m for a in (doc._.rw_areas or []) for m in a["matched"]}
        orgs = {p["row"]["name"] for p in (doc._.rw_providers or [])}
        orgs |= {m for p in (doc._.rw_providers or []) for m in p["matched"]}
        spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        spans += [(m.start(), m.end()) for m in TITLED_NAME.finditer(text)]
        taken = []
        for s, e in sorted(spans, key=lambda se: (se[0], -(se[1] - se[0]))):
            if any(s < e2 and s2 < e for s2, e2 in taken):
                continue
            taken.append((s, e))
            raw = text[s:e].replace("’s", "").replace("'s", "").strip()
            name, title = strip_title(raw)
            name = re.sub(rf"^(?:{TITLES})\.?\s+", "", name)
            parts = name.split()
            lead = []
            while len(parts) > 2 and parts[0].lower() in ROLE_WORDS:
                lead.append(parts.pop(0))
            name = " ".join(parts)
            if len(parts) < 2 or name in orgs or parts[-1] in places or any(p.endswith(".") and len(p) <= 2 for p in parts) or "\n" in name:
                continue
            if not all(p[:1].isupper() for p in parts):
                continue
            if name in found:
                continue
            role, org = self._role(text, s, e, title)
            if lead and not role:
                role = " ".join(lead).capitalize()
            at = text.find(name, s, e)
            found[name] = Person(name, role, org, s, at if at >= 0 else None)
        return sorted(found.values(), key=lambda p: p.start)

    @staticmethod
    def _role(text, s, e, title):
        after = text[e:e + 160]
        m = re.match(r"^,\s+([^,\n“”\":]{3,120}?)(?:,\s+(?:" + SAY + r"|told|who|has|had|was|is|will|added|\w+ed\b)|\.(?:\s|$))", after)
        role = re.sub(r"^who\s+", "", m.group(1).strip()) if m and not SAY_RE.match(m.group(1).strip()) else None
        if role is None:
            before = text[max(0, s - 120):s]
            m = re.search(r"(?:^|[.\n]\s*|,\s*)((?:[A-Z][\w’']*\s+)?(?:[\w’'-]+\s+){0,9}?" + ROLE_NOUNS + r"(?:\s+(?:of|for|at|in)\s+[\w ,’'&-]{2,60}?)?),?\s*(?:" + TITLES + r"\.?\s+)?$", before, re.I)
            role = m.group(1).strip(" ,") if m else None
        if title and title.lower() in ("cllr", "councillor"):
            role = f"Councillor, {role}" if role else "Councillor"
        elif title and not role and title.lower() not in ("mr", "mrs", "ms", "miss", "mx", "dr"):
            role = title
        org = None
        if role:
            m = re.search(r"\b(?:for|at|of)\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|upon|on))*)", role)
            org = m.group(1) if m else None
        return role, org

    @staticmethod
    def _last_person(people, position, fallback):
        before = [p for p in people if p.start < position]
        return before[-1] if before else fallback

    def _attribute(self, outside, base, people, last_speaker, doc, needs_verb=True):
        if needs_verb and not SAY_RE.search(outside) and ":" not in outside:
            return None
        m = re.search(r"\b[Aa] (council|county council|city council|borough council) spokes(?:person|man|woman)\b", outside)
        if m:
            # "a council spokesperson": the council of the area the story is about
            primary = next((a for a in (doc._.rw_areas or []) if a["is_primary"]), None)
            org = f"{primary['row']['name']} {m.group(1).title()}" if primary else m.group(1).capitalize()
            return Person(f"{org} spokesperson", "spokesperson", org, base)
        m = SPOKES_RE.search(outside)
        if m:
            org = (m.group(1) or m.group(2)).strip()
            return Person(f"{canonical_org(org)} spokesperson", "spokesperson", canonical_org(org), base)
        candidates = []  # (priority, distance to the speech verb, person)
        # the speech verb nearest the quotation is the one that introduces it
        quote_at = outside.find("¶")
        verbs = list(SAY_RE.finditer(outside))
        verb = min(verbs, key=lambda v: abs(v.start() - quote_at)) if verbs and quote_at >= 0 else (verbs or [None])[0]
        pos = verb.start() if verb else len(outside)
        for p in people:
            surname = p.name.split()[-1]
            patterns = (re.escape(p.name), rf"(?:{TITLES})\.?\s+{re.escape(surname)}\b", rf"\b{re.escape(surname)}\b")
            for priority, rx in enumerate(patterns):
                mm = re.search(rx, outside)
                if mm:
                    candidates.append((priority, abs(mm.start() - pos), p))
                    break
        if candidates:
            return min(candidates, key=lambda c: (c[0], c[1]))[2]
        m = re.search(rf"\b(?:{TITLES})\.?\s+({NAME})\b", outside)
        if m:  # "Ms Kearney said" where the model missed "Siobhan Kearney" earlier
            earlier = re.findall(rf"\b({NAME})\s+{re.escape(m.group(1))}\b", doc.text[:base])
            earlier = [f for f in earlier if f not in TITLE_WORDS]
            if earlier:
                person = Person(f"{earlier[-1]} {m.group(1)}", None, None, base)
                people.append(person)
                return person
        m = re.search(rf"((?:[A-Z][\w&'’.-]*\s)*[A-Z][\w&'’.-]*)\s+{SAY}\b", outside)
        if m and (is_provider(m.group(1)) or re.search(r"\b(Council|Government|Police|Trust)$", m.group(1))):
            # "In a statement, Inclusion said:" - the organisation speaks through a spokesperson
            org = canonical_org(m.group(1))
            return Person(f"{org} spokesperson", "spokesperson", org, base)
        if PRONOUN_RE.search(outside):
            return last_speaker or self._last_person(people, base, None)
        return None


def is_provider(name: str) -> bool:
    return gazetteer.without_the(name) in gazetteer.provider_names()


def canonical_org(org: str) -> str:
    """Provider short names to their canonical name ("CGL" -> "Change Grow Live")."""
    bare = gazetteer.without_the(org)
    provider = gazetteer.provider_names().get(bare)
    return provider.name if provider is not None else bare


@Language.factory("recoverywatch_quotes")
def make_quote_finder(nlp, name):
    return QuoteFinder()
