"""Local authorities an article is about, with ONS codes, resolved from
council names, short names and the towns and suburbs inside them."""
import functools
import math
import re
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from recoverywatch.extract import anchored, gazetteer, lexicon, people
from recoverywatch.extract.extensions import doc_ents, doc_text, ent_at

# The word lists are data: extract/data/areas.toml, and titles.csv for person titles.
_WORDS = lexicon.load("areas.toml")
# A place name followed by one of these is part of another name (Derby Road,
# Bath Rugby, Staffordshire University), not the area itself.
NAME_CONTINUATIONS = set(_WORDS["name_continuations"])
# ...and preceded by one of these it is a person's name or an institution's
# (the token before is compared, so a title of several words counts by its last).
# (no council's name is part of one: "Stockport Council and Pennine Care NHS Foundation Trust announced"
# names the council before the trust)
NHS_BODY = re.compile(r"\b(?:(?!Council\b)[A-Z][\w’'-]*,?\s+(?:and\s+|&\s+)?)+NHS(?:\s+Foundation)?\s+Trust\b")
_CAP = r"[A-Z][\w’'-]*"
# the places a trust is named for, three or more in a list (two, "South Tyneside and Sunderland", may be
# meant as places): "Northumberland, Tyne and Wear NHS Foundation Trust"
NHS_WORD = re.compile(r"\bNHS\b")  # what each NHS_LISTED_PLACES holds: its anchor
NHS_LISTED_PLACES = re.compile(r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+NHS\b")
_PLACE = rf"(?!Council\b){_CAP}(?:\s+(?:upon\s+|on\s+|of\s+)?(?!Council\b){_CAP}){{0,2}}"  # ("Isle of Wight")
_JOIN = r"(?:,\s+|,?\s+(?:and|AND)\s+|,?\s+&\s+)"  # (a heading in capitals: "DERBYSHIRE AND WAKEFIELD")
# "Humberside, Lincolnshire and North Yorkshire Community Rehabilitation Company": the list names one body
LISTED_BODY = re.compile(rf"\b{_PLACE}(?:{_JOIN}{_PLACE})+\s+({_CAP})")
LIST_BODY_WORDS = set(_WORDS["list_body_words"])
TWO_WITH_COMMA_AND = re.compile(rf"{_CAP}(?:\s+{_CAP})*,\s+(?:and|&)\s+{_CAP}(?:\s+{_CAP})*\s+")  # "Birmingham, and Staffordshire "
DROPPED_QUALIFIERS = set(_WORDS["dropped_qualifiers"])
THE_SHORT_FORMS = _WORDS["the_short_forms"]
# a place joined on and followed by a council word is a council named next ("Citizens Advice Leeds and
# Leeds City Council", "NHS Warrington and Warrington Borough Council")
_NOT_COUNCIL = r"(?!\s+(?:City\s+|County\s+|Borough\s+|District\s+)?Council\b)"
# "NHS Kent and Medway", "NHS Lambeth": an NHS body named after its patch
NHS_PATCH = re.compile(rf"\bNHS\s+{_PLACE}(?:{_JOIN}{_PLACE}\b{_NOT_COUNCIL})*")
# an office's or a branch's patch
# a patch's places may be "the Isles of Scilly", "the Vale of York"
_PATCH_PLACE = rf"(?:the\s+)?(?!Council\b){_CAP}(?:\s+(?:upon\s+|on\s+|of\s+)?(?!Council\b){_CAP}){{0,2}}"
OFFICE_PATCH = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['office_patch_openers'] + _WORDS['branch_openers']))})"
                          rf"\s+{_PATCH_PLACE}(?:{_JOIN}{_PATCH_PLACE}\b{_NOT_COUNCIL})*")
PRISON_NAME = re.compile(r"\b(?:HMP|HMYOI|HM Prison)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)")
# a lower-cased first line: "east suffolk council", "borough of broxbourne", "royal borough of greenwich"
MASTHEAD = re.compile(r"^\s*(?:the\s+)?(?:[a-z][a-z ,&'’-]{2,60}?\s+(?:borough\s+|district\s+|city\s+|county\s+|metropolitan\s+borough\s+)?council"
                      r"|(?:(?:london|royal)\s+)?borough\s+of\s+[a-z][a-z ,&'’-]{2,60}?(?:\s+council)?"
                      r"|(?:borough\s+|district\s+|city\s+|county\s+)?council\s+of\s+(?:the\s+)?[a-z][a-z ,&'’-]{2,60}?)\s*$")  # "COUNCIL OF THE ISLES OF SCILLY"
# where a place is, told by its neighbours: ", between Paignton and Torquay", " near Chard"
LOCATED_AFTER = re.compile(rf",?\s+(?:between|near|outside|just\s+outside|close\s+to|next\s+to)\s+((?:{_CAP})(?:{_JOIN}{_CAP})?)")
# the heading of a multi-agency partnership's meeting ("Safer Basildon Partnership Board", "Thanet Community
# Safety Partnership")
PARTNERSHIP_HEADING = re.compile(r"\bpartnership\b", re.I)
# a council written by name, or a tier's council in lower case ("the county council"), not "council flats"
COUNCIL_NAMED = re.compile(r"\bCouncil\b|\b(?:county|city|borough|district)\s+council\b")
COUNCIL_AFTER_NAME = re.compile(r"(?:\s+(?:Borough|District|City))?\s+Council\b")
JOINED_COUNTY_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){1,3}County\s+Council\b")
BRACKETED = re.compile(r"\(([A-Z][\w’' -]{1,40})\)")  # a name alone in brackets: "(Kirklees)"
ATTENDANCE_LINE = people.ATTENDANCE  # an attendance or party-group line lists people
COUPLE_FIRST = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+[A-Z][a-z]")
FIRST_AND_SURNAME = re.compile(r"\b([A-Z][a-z]+)(?=\s+[A-Z][a-z])")  # lookahead: overlapping pairs count
# "the Liverpool City Region", "the York and North Yorkshire Combined Authority": a wider body's name
WIDER_BODY = re.compile(rf"(?:\s+and(?:\s+[A-Z][\w’'-]*){{1,3}}?)?\s+{lexicon.words_regex(_WORDS['wider_bodies'])}\b")
FIRST_NAMES = {r["name"] for r in lexicon.load("first_names.csv")}
STREET_WORDS = set(lexicon.load("figures.toml")["street_words"])  # "Street", "Road": the ends of streets' names
# lower-case words inside place names: "Newcastle upon Tyne", "Bradford-on-Avon", "Ashby de la Zouch"
PLACE_NAME_SMALL_WORDS = {"of", "upon", "on", "the", "and", "le", "la", "en", "in", "under", "by", "next", "de", "y", "cum", "with", "sub", "super", "in-the"}
NAME_PREFIXES = {t.lower().split()[-1] for t in lexicon.titles("blocks_place")} | set(_WORDS["name_prefixes"])
INSTITUTIONS = set(_WORDS["institutions"])
# "Durham and Holme House prisons", "Leicester and Loughborough hospitals": a plural of a name word
# after a second name makes both names of that kind
# "Durham and Holme House prisons", "Basildon, Chelmsford and Colchester magistrates' courts": the
# names before one plural noun are each that noun's
_SHARED_NOUNS = [w + "s" for w in _WORDS["name_continuations"] if w.isalpha() and not w.endswith("s")] + ["magistrates"]
SHARED_NAME_AFTER = re.compile(rf"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})*\s+and\s+(?:[A-Z][\w’'-]*\s+){{1,3}}"
                               rf"(?:{'|'.join(_SHARED_NOUNS)})(?![\w-])")
# ("the Rotherham, Doncaster and South Humber trust": one body named by a list of places)
_NAMED_PLACE = r"(?:,|\s+(?:and|&))\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
BODIES_NAMED_AFTER = re.compile(rf"(?:{_NAMED_PLACE})*\s+(?:trusts|CCGs|PCTs|ICBs)\b|(?:{_NAMED_PLACE})+\s+(?:trust|CCG|PCT|ICB)\b")
ALLOWED_NEXT = set(_WORDS["allowed_next"])
STREET_PREPOSITIONS = set(_WORDS["street_prepositions"])  # "the centre on Piccadilly": a street
# "Renfrewshire HSCP", "Aberdeen City Integration Joint Board": the area's own body, so the area is meant
AREA_BODY = re.compile(rf"\s*{lexicon.words_regex(_WORDS['area_bodies'])}\b", re.I)
NAME_LIST_OPENERS = set(_WORDS["name_list_openers"])  # "Present: Councillors BOLTON (Chair), PRESTON"
NAME_LIST_JOINERS = set(_WORDS["name_list_joiners"])
COUNCIL_NEXT = ALLOWED_NEXT - {"and", "&", "'s", "’s"}  # "Leeds City Council": the area, even in a list
INITIAL = re.compile(r"^[A-Z]\.$")
DISTRICT_HOSPITAL = re.compile(r"\s+District\s+General\s+Hospital\b")
PLACE_PREPOSITIONS = {"in", "at", "from", "near", "across", "around", "to", "into", "of", "outside", "throughout"}
# How much one mention says the story is about an authority, by how it was found: the
# authority's own name counts in full; a town inside it or one of its districts named in
# passing ("the county, which covers Preston and Burnley") counts for less.
MENTION_WEIGHTS = {k: float(v) for k, v in _WORDS["mention_weights"].items()}
PLACE_OPENERS = people.PLACE_OPENERS
NEEDS_PREPOSITION = set(_WORDS["needs_preposition"])
BUSINESS_AFTER = re.compile(rf"\s+{lexicon.words_regex(_WORDS['business_after'])}\b")
# "players from Dagenham & Redbridge’s women’s team", "Barnsley's under-18s side": a sports club named for
# its places (two of them joined by "&" or "and" too)
CLUB_TEAM_AFTER = re.compile(r"(?:\s+(?:&|and)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?['’]s?\s+(?:women['’]s|men['’]s|ladies['’]?|under-?\d{1,2}s?|youth|reserve|academy)"
                             r"\s+(?:team|teams|side|squad|XI)\b(?!\s+of\b)")
# "Ipswich Town fans", "a season ticket holder at Bradford City": the football club named for the town
_CLUB_WORD = lexicon.words_regex([w.title() for w in _WORDS["club_name_words"]])
_CLUB_AFTER = rf"(?i:{lexicon.words_regex(_WORDS['club_after'])})\b"
CLUB_NAME_AFTER = re.compile(rf"\s+{_CLUB_WORD}(?:\s+|['’]s?\s+(?:[a-z]+\s+)?){_CLUB_AFTER}")
CLUB_NAME_ONLY_AFTER = re.compile(rf"\s+{_CLUB_WORD}\b(?!\s+[A-Z])")
CLUB_BEFORE = re.compile(rf"\b{lexicon.words_regex(_WORDS['club_before'])}\s+$", re.I)
# "a decade in Christchurch, New Zealand": a place abroad, and its country (a suburb of Derby is called New Zealand)
FOREIGN_PLACE = re.compile(rf"\b{_CAP}(?:[ \t]+{_CAP})*,[ \t]+{lexicon.words_regex(_WORDS['foreign_after'])}\b")
GOVERNMENT_SEATS = set(_WORDS["government_seats"])
NOUN_OPENING_NEXT = {"on", "of", "to", "by", "for", "with"}  # "Sale on the open market", "Deal with ..."
WARD_AFTER = re.compile(r"\s+[Ww]ards?\b")
# a reader's letter signed with a name and where the writer lives, on its own line: "Osbert Harrow, Earley"
SIGNED_FROM_LINE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3},\s+(?=[A-Z])([^,\n]{2,40}?)\.?[ \t]*$", re.M)
NATIONAL_BEFORE = re.compile(rf"\b{lexicon.words_regex(_WORDS['government_seat_cues'])}\s+(?:[\w’'-]+\s+){{0,2}}$", re.I)
LONDON_QUARTER_AFTER = re.compile(r",?\s+(?:north|south|east|west|central|north-east|north-west|south-east|south-west|inner|outer)\s+London\b", re.I)
# what says a place is part of the town or city the story is about: "on the east side of the city"
PART_OF_TOWN_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:side|part|parts|area|areas|end|edge|corner|outskirts|suburbs?|estates?) of the (?:city|town|borough)\b")
FORMER_COUNTY_BEFORE = re.compile(r"\b(?:old|former|historic)\s+(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?)*$")
FORMER_COUNTY_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w’'-]*)*\s+county\b")
# a river that shares a council's name: "depending on which side of the Medway they live"
RIVER_BEFORE = re.compile(r"\b(?:side|sides|bank|banks|mouth|estuary)\s+of\s+the\s+$")
# a loose part of a county whose name unitary councils share: "people from northern Lincolnshire" (North and
# North East Lincolnshire), where "northern Kent" is still Kent
LOOSE_PART_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+$")
INFORMAL_AFTER = re.compile(rf"\s+{lexicon.words_regex(_WORDS['informal_area_nouns'])}\b")
LEDE_FIRST = float(_WORDS["primary_bonus"]["lede_first"])
LEAD_COMMISSIONER = float(_WORDS["primary_bonus"]["lead_commissioner"])
LEAD_AFTER = re.compile(r"(?:\s+(?:City|County|Borough|District|Metropolitan\s+Borough))?(?:\s+Council)?['’]?s?,?\s+"
                        r"(?:(?:which|who)\s+)?(?:(?:has|have|had|will|is|was)\s+)?"
                        r"(?:led|leads|leading|lead|ran|runs|running|run)\s+(?:the\s+)?(?:joint\s+)?"
                        r"(?:procurement|re-?procurement|tender(?:ing)?|commissioning|recommissioning)\b"
                        r"|,?\s+(?:which\s+is\s+|as\s+)?(?:the\s+)?lead\s+(?:commissioner|commissioning\s+(?:council|authority)|authority)\b")
# the short forms that mean one area only ("Scilly"), lower-cased, by area code
SHORT_FOR = defaultdict(set)
for _short, _codes in gazetteer.short_names().items():
    if len(_codes) == 1:
        SHORT_FOR[_codes[0]].add(_short.lower())


SMALL_WORD_HYPHEN = re.compile(r"\w-(?:on|upon|under|super|le|by|next|in|cum|sub|de)-\w")
SMALL_WORD_SPACE = re.compile(r"(?<=\w) (on|upon|under|super|le|by|next|cum|sub) (?=\w)")
BASED_AFTER = re.compile(rf"[-‐]{gazetteer.BASED_WORDS}\b")

CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _dated_beyond(span):
    """Whether the model's date runs on past the name: "March 2020", "last March"."""
    ent = ent_at(span.doc, span.start)
    return ent is not None and ent.label_ in ("DATE", "TIME") and (ent.start < span.start or ent.end > span.end)


class AreaFinder:
    def __init__(self, nlp):
        self.names = defaultdict(list)  # lower-case name -> [(kind, payload)]
        las = gazetteer.authorities()
        for la in las.values():
            for name in {la.name, la.official_name, *la.alt_names}:
                if not re.search(r"\b(UA|district|county|boro|coucil)$", name, re.I) or name == la.official_name:
                    self._add(name, ("la", la.code))
                    self._add(name.replace(" and ", " & "), ("la", la.code))
        for short, codes in gazetteer.short_names().items():
            self._add(short, ("short", tuple(codes)))
        regions = {la.region.lower() for la in las.values()} | {la.nation.lower() for la in las.values()}
        for name, places in gazetteer.places().items():
            if name.lower() in regions:  # "London" is a region here, not a place in Westminster
                continue
            if name.lower() in NAME_CONTINUATIONS | INSTITUTIONS:
                # a suburb or village called by a building's word ("the Infirmary", "Park"): the
                # word means the building; a town of that name ("Rugby", "Street") stays
                places = [pl for pl in places if pl.local_type not in ("Suburban Area", "Village")]
            if places:
                self._add(name, ("place", tuple(places)))
                # "Royal Sutton Coldfield", "Royal Leamington Spa": written without "Royal" as often as not
                bare = name.removeprefix("Royal ")
                if (bare != name and " " in bare and not gazetteer.places().get(bare)
                        and all(pl.local_type in ("Town", "City") for pl in places)):
                    self._add(bare, ("place", tuple(places)))
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = sorted(self.names)
        for name, doc in zip(names, nlp.tokenizer.pipe(names)):
            self.matcher.add(name, [doc])

    def _add(self, name, entry):
        key = name.strip().lower()
        # "Bradford-on-Avon" is written "Bradford on Avon" as often, and "Kingston upon Thames"
        # "Kingston-upon-Thames": both forms of a name joined by its small words
        forms = {key, *((key.replace("-", " "),) if SMALL_WORD_HYPHEN.search(key) else ()),
                 SMALL_WORD_SPACE.sub(r"-\1-", key)}
        # "King’s Lynn": a page's typographic apostrophe, where the reference data writes "'"
        for form in forms | {f.replace("'", "’") for f in forms}:
            if form and entry not in self.names[form]:
                self.names[form].append(entry)

    def __call__(self, doc):
        meta = doc._.rw_meta or {}
        date = meta.get("published")
        blocked = {i for span in (doc._.rw_provider_spans or []) for i in range(span.start, span.end)}
        text = doc_text(doc)
        doc.user_data["rw_named_firsts"] = {m.group(1) for m in FIRST_AND_SURNAME.finditer(text)}
        doc.user_data["rw_named_firsts"] |= {m.group(1) for m in people.FIRST_NAME_SPEAKING.finditer(text)}  # "“...,” Barry said"
        # a couple named together: "His parents, Barry and Wendy Tattersall"
        doc.user_data["rw_named_firsts"] |= {m.group(1) for m in COUPLE_FIRST.finditer(text) if m.group(2) in FIRST_NAMES}
        # surnames of people named in full by a known first name or with their age: "Craig Ludlow, 29, ...
        # Ludlow had tested negative"
        surnames = doc.user_data["rw_named_surnames"] = {}  # surname -> where the full name is first written
        for e in doc_ents(doc):
            if e.label_ == "PERSON" and len(e) == 2 and e[-1].is_title and (
                    e[0].text in FIRST_NAMES or people.AGE_AFTER.match(text, e.end_char)):
                surnames.setdefault(e[-1].text, e.start_char)
        # first names of people the model reads in full ("Her son, Brandon Catchpole"), listed or not
        # (not a run of places the model misreads: "Rotherham Doncaster and South Humber NHS ...")
        # (words only: the model may run a one-word entity on over a line break, "Knowsley\n")
        named = [words for e in doc_ents(doc) if e.label_ == "PERSON" and len(words := [t for t in e if not t.is_space]) >= 2]
        doc.user_data["rw_person_firsts"] = {
            words[0].text for words in named
            if not any(t.i in blocked or gazetteer.is_place_name(t.text) or t.lower_ in NAME_CONTINUATIONS | ALLOWED_NEXT
                       or t.is_upper for t in words[1:])}  # nor a building or a body: "Lambeth Town Hall", "Renfrewshire HSCP"
        bodies = [(m.start(), m.end()) for rx in (NHS_BODY, NHS_PATCH, OFFICE_PATCH, FOREIGN_PLACE) for m in rx.finditer(text)]
        # "Northumberland, Tyne and Wear NHS Foundation Trust ... Northumberland, Tyne and Wear had been
        # involved": a trust named for a list of places goes by that list later
        for short in {m.group(1) for m in anchored.finditer(NHS_LISTED_PLACES, text, NHS_WORD)}:
            bodies += [(x.start(), x.end()) for x in re.finditer(rf"\b{re.escape(short)}\b(?!\s+NHS\b)", text)]
        pos = 0
        while (m := LISTED_BODY.search(text, pos)) is not None:
            # the first body word after the list, which may run on ("Devon and Somerset Fire and Rescue
            # Service", where "Somerset Fire" would pass for a place of two words); the search goes on
            # after it ("Devon and Cornwall Police and Dorset and Wiltshire Fire and Rescue Service")
            # (on the list's own line, the last place at most two words before it)
            body = next((w for w in re.finditer(_CAP, m.group(0)) if re.search(rf"{_JOIN}(?:{_CAP}\s+(?:(?:upon|on|of)\s+)?){{1,2}}$", m.group(0)[:w.start()])
                         and "\n" not in m.group(0)[:w.start()]
                         # (a possessive is the body's too: "Devon and Cornwall Police’s neighbourhood team")
                         and re.sub(r"'s$", "", w.group(0).lower().replace("’", "'")) in LIST_BODY_WORDS | NAME_CONTINUATIONS), None)
            pos = m.start() + body.end() if body is not None else m.end()
            # ("deaths in Birmingham, and Staffordshire Police said": a comma before the one "and" ends
            # a clause, where "Devon and Cornwall Police" is one force)
            clause_break = body is not None and TWO_WITH_COMMA_AND.fullmatch(m.group(0)[:body.start()])
            if body is not None and not clause_break and not AREA_BODY.match(text, m.start() + body.start() - 1):
                bodies.append((m.start(), m.start() + body.start()))
        # "HMP Five Wells ... at Five Wells": a name of two or more words once given a prison's prefix
        # is that prison wherever it comes again (a one-word one, "HMP Leeds", may mean the city later)
        for m in PRISON_NAME.finditer(text):
            bodies += [(x.start(), x.end()) for x in re.finditer(rf"\b{re.escape(m.group(1))}\b", text)]
        for lo, hi in bodies:  # places inside a body's name, provider or not
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is not None:
                blocked |= set(range(span.start, span.end))
        # a match written in lower case ("city of Nottingham", "Derby city") can never count: drop it
        # before the longest-match filter, so the capitalised name inside it still can
        spans = filter_spans([doc[s:e] for _, s, e in self.matcher(doc) if self._written_as_name(doc, doc[s:e])])
        mentions = [(span, self.names[span.text.lower()]) for span in spans
                    if self._is_area_mention(doc, span, blocked)]
        mentions += self._the_short_forms(doc, text)
        home = self._home_codes(meta.get("source_area"), date)
        found = self._tally(doc, mentions, date, home)
        if not found:
            # a story whose only place is the one its local service is named for ("Forward Leeds, the
            # city's drug and alcohol service"): that place, where a place inside a name never counts
            brands = [doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
                      for service in doc._.rw_services or () for sp in service["spans"]]
            found = self._tally(doc, [(span, self.names[span.text.lower()]) for span in spans if any(
                b is not None and b.start <= span.start and span.end <= b.end for b in brands)], date, home)
        doc._.rw_areas = self._records(found, doc, meta, home)
        return doc

    def _the_short_forms(self, doc, text):
        """Mentions of an area by the one word its own writing uses after "the" ("the City"), in a
        text that writes its full name too; not a longer name ("the City Council", "the City of York")."""
        out = []
        for short, full in THE_SHORT_FORMS.items():
            if full not in text:
                continue
            for m in re.finditer(rf"\b[Tt]he ({short})\b(?!\s+(?:[A-Z]|of\b)|-)", text):
                span = doc.char_span(m.start(1), m.end(1))
                if span is not None:
                    out.append((span, [("short_form", p) for kind, p in self.names[full.lower()] if kind == "la"]))
        return out

    def _tally(self, doc, mentions, date, home):
        """{area code: its mentions, roles, names and weight} for the place mentions of a text."""
        # "Weston" after "Weston-super-Mare", "Newcastle" after "Newcastle upon Tyne": the short form
        # of a place the article has named in full is that place
        # ("Yarmouth" after "Great Yarmouth": the name without its qualifier, DROPPED_QUALIFIERS)
        longer = {span.text.lower(): entries for span, entries in mentions if len(span) > 1}
        mentions = [(span, next((e for name, e in longer.items() if len(span) == 1 and self._short_of(span.text.lower(), name)
                                 and not self._inside_own_council(entries, e)), entries))
                    for span, entries in mentions]
        # Unambiguous mentions first; they are the context for the ambiguous ones.
        direct = Counter()
        direct_names = defaultdict(set)  # commissioner -> the names it was found by
        for span, entries in mentions:
            codes = {c for kind, p in entries if kind == "la" for c in gazetteer.as_it_stood(p, date)}
            if not codes:  # a short form with one meaning ("Richmond") is context too
                codes = {c for kind, p in entries if kind == "short" and len(p) == 1 for c in p}
            if len(codes) == 1:
                upper = gazetteer.commissioner(codes.pop(), date)
                direct[upper] += 1
                direct_names[upper].add(span.text.lower())
        found = defaultdict(lambda: {"spans": [], "roles": set(), "matched": set(), "weight": 0.0})
        qualified = self._qualified_places(doc, mentions, date)
        for span, entries in mentions:
            resolved = qualified.get(span.start) or self._resolve(entries, date, direct, home, span, direct_names)
            if span.text in GOVERNMENT_SEATS and NATIONAL_BEFORE.search(doc_text(doc), max(0, span.start_char - 40), span.start_char):
                resolved = []  # "waiting for ministers in Westminster": Parliament, wherever the story is
            elif span.text in GOVERNMENT_SEATS and not AREA_BODY.match(doc_text(doc), span.end_char):
                # "reaches Westminster" in a Lincolnshire story: Parliament, not the borough
                las = gazetteer.authorities()
                regions = {las[c].region for c in direct if c in las and c not in {code for code, _ in resolved}}
                resolved = [(code, role) for code, role in resolved if code in las and las[code].region in regions]
            for code, role in resolved:
                rec = found[code]
                rec["spans"].append({"start": span.start_char, "end": span.end_char, "text": span.text})
                rec["roles"].add(role)
                rec["weight"] += MENTION_WEIGHTS.get(role, 1.0)
                rec["matched"].add(span.text)
        return found

    @staticmethod
    def _short_of(short, name):
        """`short` is how `name` is said for short: its first word(s), or the rest after a qualifier."""
        if name.startswith(short) and name[len(short)] in " -":
            return True
        first, _, rest = name.partition(" ")
        return first in DROPPED_QUALIFIERS and (rest == short or rest.startswith(short + " "))

    @staticmethod
    def _inside_own_council(short_entries, long_entries):
        """"Enfield" after "Enfield Lock": a suburb named for its own council's area leaves the
        council's name the council's ("Bradford" after "Bradford on Avon" is the Wiltshire town)."""
        councils = {p for kind, p in short_entries if kind == "la"}
        if councils and all(kind == "place" and all(pl.local_type in ("Suburban Area", "Village") for pl in p)
                            for kind, p in long_entries):
            return True  # "Hackney" beside "Hackney Wick", a suburb across the border: the council's name is the council's
        return bool(councils) and any(kind == "place" and any(pl.current_lower in councils or pl.current_upper in councils
                                                               or pl.lower in councils for pl in p)
                                      for kind, p in long_entries)

    @staticmethod
    def _written_as_name(doc, span):
        """Capitalised as a place's name is: "The borough" is not the place called The Borough."""
        return span[0].text[:1].isupper() and not any(
            tok.is_alpha and tok.text[:1].islower() and tok.lower_ not in PLACE_NAME_SMALL_WORDS
            and doc[tok.i - 1].text != "-" for tok in span[1:])

    @staticmethod
    def _is_area_mention(doc, span, blocked):
        first = span[0]
        if any(t.i in blocked for t in span):
            return False
        if span.start > 1 and doc[span.start - 1].text in ("-", "‐") and not doc[span.start - 1].whitespace_ \
                and doc[span.start - 2].text[:1].isupper():
            return False  # the end of a double-barrelled surname: "Villiers-Hart"
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
                and not doc[span.end + 1].is_sent_start and (doc[span.end + 1].text[:1].isupper()
                                                            or doc[span.end + 1].lower_ in PLACE_NAME_SMALL_WORDS):
            return False  # the start of a surname ("Hart-Davis") or of a longer place ("Sutton-in-Ashfield")
        text = doc_text(doc)
        if BASED_AFTER.match(text, span.end_char):
            return False  # "the Durham-based charity": where an organisation is based describes it
        if len(span) == 1 and first.text in FIRST_NAMES and first.text in doc.user_data.get("rw_named_firsts", ()):
            return False  # "What Keith described": the first name of someone the text names in full
        if (len(span) == 1 and first.text in doc.user_data.get("rw_person_firsts", ())
                and not (span.start > 0 and doc[span.start - 1].lower_ in PLACE_PREPOSITIONS)):
            return False  # "“Brandon was 26,” she said" of her son Brandon Catchpole, not "in Brandon"
        if (len(span) == 1 and span.start_char > doc.user_data.get("rw_named_surnames", {}).get(first.text, len(text))
                and not (span.start > 0 and doc[span.start - 1].lower_ in PLACE_PREPOSITIONS | PLACE_OPENERS)
                and not AREA_BODY.match(text, span.end_char)):
            return False  # "Ludlow had tested negative" of Craig Ludlow, but "in Ludlow", "Ludlow Town Council"
        if (len(span) == 1 and first.is_upper and text.startswith(":", span.end_char)
                and text[text.rfind("\n", 0, span.start_char) + 1:span.start_char].strip() == ""
                and re.search(rf"\b[A-Z][a-z]+\s+{re.escape(first.text[0] + first.text[1:].lower())}\b", text)):
            return False  # "TYLDESLEY: “...”", a transcript's label: the surname of "Obiageli Tyldesley"
        if people.AGE_AFTER.match(text, span.end_char):
            return False  # "Lee, 38, a former roofer": a person's first name and age
        if WIDER_BODY.match(text, span.end_char):
            return False  # "the Liverpool City Region"
        if (len(span) == 1 and first.lower_ in NEEDS_PREPOSITION
                and not (span.start > 0 and doc[span.start - 1].lower_ in PLACE_PREPOSITIONS)
                and not (span.end < len(doc) and doc[span.end].lower_ in ALLOWED_NEXT)):
            return False  # "MARKET STREET", "Street drinking": the word, unless "in Street", "Street Town Council"
        if BUSINESS_AFTER.match(text, span.end_char):
            return False  # "a former Halifax bank branch": a business named for the town
        if CLUB_NAME_AFTER.match(text, span.end_char) or (
                CLUB_NAME_ONLY_AFTER.match(text, span.end_char)
                and CLUB_BEFORE.search(text, max(0, span.start_char - 40), span.start_char)):
            return False  # "Ipswich Town fans", "a season ticket holder at Bradford City": the club
        if CLUB_TEAM_AFTER.match(text, span.end_char):
            return False  # "Dagenham & Redbridge’s women’s team": a club
        if (len(span) == 1 and first.tag_ == "VBG" and span.end < len(doc) and doc[span.end].is_lower
                and doc[span.end].lower_ not in ALLOWED_NEXT
                and (first.is_sent_start or span.start == 0 or not doc[span.start - 1].is_alpha)):
            return False  # "Reading from its latest report, Ms Lambourne said": the verb opening a sentence
            # (not "travel to Chichester or Worthing for an appointment", "in Reading by agreement")
        if (len(span) == 1 and first.tag_ == "NN" and span.end < len(doc) and doc[span.end].lower_ in NOUN_OPENING_NEXT
                and (first.is_sent_start or span.start == 0 or not doc[span.start - 1].is_alpha)):
            return False  # "(a) Sale on the open market": a common noun opening a sentence or an option
        if span.start > 0 and doc[span.start - 1].lower_ == "the" and INFORMAL_AFTER.match(text, span.end_char):
            return False  # "the Fylde coast", "the Durham coalfield": informal geography, not the authority
        if RIVER_BEFORE.search(text, max(0, span.start_char - 20), span.start_char) and not AREA_BODY.match(text, span.end_char) \
                and not re.match(r"(?i)\s+(?:towns?|area|areas|district|borough|unitary|authority)\b", text[span.end_char:span.end_char + 12]):
            return False  # "which side of the Medway they live": the river (not "across the Medway towns")
        if LOOSE_PART_BEFORE.search(text, max(0, span.start_char - 20), span.start_char) and _shares_name_with_compass_unitary(span.text):
            return False  # "people from northern Lincolnshire": North and North East Lincolnshire, loosely
        if FORMER_COUNTY_BEFORE.search(text, max(0, span.start_char - 60), span.start_char) and FORMER_COUNTY_AFTER.match(text, span.end_char):
            return False  # "the old Hereford and Worcester county": a county of the past, not today's councils
        body = AREA_BODY.match(text, span.end_char)
        if not body and (SHARED_NAME_AFTER.match(text, span.end_char) or BODIES_NAMED_AFTER.match(text, span.end_char)):
            # "Durham and Holme House prisons": the first of two names one noun ends; "the St Helens and
            # Knowsley and Southport and Ormskirk trusts merged": bodies named by their places
            return False
        if span.end < len(doc) and not body:
            nxt = doc[span.end]
            if nxt.lower_.rstrip("'’") == "magistrates":
                return False  # "Colchester magistrates' court", however it is cased
            if nxt.text[:1].isupper() and (nxt.lower_ in NAME_CONTINUATIONS or (
                    nxt.lower_ not in ALLOWED_NEXT and not nxt.is_sent_start and nxt.pos_ == "PROPN"
                    and span[-1].lower_ != "council")):  # "Leeds City Council Budget Consultation" names the council
                return False  # part of a longer name: "Derby Road", "Wigan Athletic"
            if nxt.text == "City" and span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper() \
                    and doc[span.end + 1].lower_ in NAME_CONTINUATIONS:
                return False  # "Birmingham City University", not "Birmingham City Council"
            if DISTRICT_HOSPITAL.match(text, span.end_char):
                return False  # "Darlington District General Hospital": a hospital, not the district
        if span.start > 0:
            prev = doc[span.start - 1]
            if INITIAL.match(prev.text) or (first.is_upper and len(prev) == 1 and prev.is_upper and not prev.is_sent_start):
                return False  # "J. KETTERING": an initial and a surname
            nxt_lower = doc[span.end].lower_ if span.end < len(doc) else ""
            council = nxt_lower in COUNCIL_NEXT or span[-1].lower_ in COUNCIL_NEXT
            if not body and not council and AreaFinder._in_name_list(doc, span):
                return False
            line_lo = text.rfind("\n", 0, span.start_char) + 1  # "^" matches only at a string's start: slice
            listed = prev.text in (",", ";", ":", "and", "&") or prev.lower_ in NAME_LIST_OPENERS  # a name's place in a list
            if (not body and not council and listed and ATTENDANCE_LINE.match(text[line_lo:span.start_char])
                    and not re.search(r"[.!?]\s", text[line_lo:span.start_char])):
                return False  # "LIBERAL DEMOCRAT AND INDEPENDENT: Sunderland": a councillor's surname
            if prev.lower_.rstrip(".") in NAME_PREFIXES:
                return False
            if prev.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in INSTITUTIONS:
                return False  # "University of Salford", "Diocese of Leeds"
            if (prev.text[:1].isupper() and not span[0].is_sent_start and prev.pos_ == "PROPN" and not first.is_upper
                    and prev.lower_ not in PLACE_OPENERS):  # "Neighbouring Gateshead and ...": no longer name
                return False  # tail of a longer name: "Morpeth Street", "Greater Manchester"
            if first.is_upper and prev.is_upper and prev.is_alpha and len(span) == 1 and first.text.title() in STREET_WORDS:
                return False  # "3. OXFORD STREET DISTRICT": a street's name in a heading's capitals, not the town of Street
            # a capitalised word before the place that is itself not a place: a surname ("Tom Bolton")
            ent = ent_at(doc, span.start)
            if (ent is not None and ent.label_ == "PERSON" and ent.start < span.start
                    and not (ent.start == span.start - 1 and prev.lower_ in PLACE_OPENERS)):
                return False  # but "Neighbouring Hounslow", which the model may read as a person's name
        return True

    @staticmethod
    def _in_name_list(doc, span):
        """Is the place one of the names in a list of people ("Councillors Barnsley and Preston")?"""
        if span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")":
            # a joint committee's list gives each member's council alone in brackets, two councils or more:
            # "Councillor X (Calderdale) (Chair); Councillors Lister and Oates (Kirklees)" (where one council's
            # list gives wards: "Cllr X (Bedford)" in Wandsworth)
            text = doc_text(doc)
            lo, hi = text.rfind("\n", 0, span.start_char) + 1, text.find("\n", span.end_char)
            councils = {m.group(1) for m in BRACKETED.finditer(text, lo, hi if hi >= 0 else len(text))
                        if gazetteer.is_authority_name(m.group(1))}
            if len(councils) >= 2:
                return False
        for i in range(span.start - 1, max(-1, span.start - 25), -1):
            tok = doc[i]
            if tok.lower_ in NAME_LIST_OPENERS:
                return True
            if tok.lower_ in NAME_LIST_JOINERS or INITIAL.match(tok.text) or (tok.is_alpha and tok.text[:1].isupper()):
                continue
            return False
        return False

    def _home_codes(self, area_name, date):
        if not area_name:
            return set()
        codes = {p for kind, p in self.names.get(area_name.lower(), []) if kind == "la"}
        return {gazetteer.commissioner(c, date) for c in codes}

    def _resolve(self, entries, date, direct, home, span, direct_names=None):
        """[(commissioner code or district code, role)] for one mention."""
        las = gazetteer.authorities()
        short_form = [p for kind, p in entries if kind == "short_form"]
        if short_form:
            return [(gazetteer.commissioner(c, date), "short_form") for c in gazetteer.as_it_stood(short_form[0], date)][:1]
        named = [p for kind, p in entries if kind == "la"]
        if named and self._town_elsewhere(entries, named, date, direct, direct_names or {}, span):
            # "Newport" in a story about the Isle of Wight is the town there
            uppers = {gazetteer.commissioner(c, date) for p in named for c in gazetteer.as_it_stood(p, date)}
            direct = Counter({c: n for c, n in direct.items() if c not in uppers})
            named = []
        if named:
            # the council as it stood on the article's date, never one created later
            la_codes = list(dict.fromkeys(c for p in named for c in gazetteer.as_it_stood(p, date)))
            if not la_codes:
                return []  # an authority split up before the date: a ceremonial county now
            code = la_codes[0] if len(la_codes) == 1 else self._pick(la_codes, date, direct, home)
            if code is None:
                return []
            upper = gazetteer.commissioner(code, date)
            if upper != code:
                return [(upper, "county"), (code, "district")]
            return [(code, "named")]
        shorts = [p for kind, p in entries if kind == "short"]
        if shorts and _towns(entries):
            # "Richmond" in a North Yorkshire story: a short form whose meanings all lie in regions the story
            # names by nothing else is the town of that name in one it does (read as a place below)
            regions = {las[c].region for c in direct if c in las and c not in shorts[0]}
            town_uppers = {gazetteer.upper_of(pl, date) for pl in _towns(entries)}
            # (a neighbour across the region's boundary is near enough: "a clinic in Kingston" in a Surrey story)
            if (not any(las[gazetteer.commissioner(c, date)].region in regions or _near_named(gazetteer.commissioner(c, date), direct)
                        for c in shorts[0] if c in las)
                    and any(c in las and las[c].region in regions for c in town_uppers)):
                shorts = []
            elif (PART_OF_TOWN_AFTER.search(span.sent.text[span.end_char - span.sent.start_char:])
                  and any(u in direct for u in town_uppers)
                  and not any((direct_names or {}).get(gazetteer.commissioner(c, date), set()) - {span.text.lower()}
                              for c in shorts[0] if c in las)):
                shorts = []  # "a house in Stoke, on the east side of the city" in a Coventry story: the suburb there
            elif (set(_sibling_suburbs(span, date)) & town_uppers & set(direct)
                  and not any((direct_names or {}).get(gazetteer.commissioner(c, date), set()) - {span.text.lower()}
                              for c in shorts[0] if c in las)):
                shorts = []  # "houses in Earlsdon and Stoke" in a Coventry story: a suburb beside a suburb there
        if shorts:
            code = self._pick(list(shorts[0]), date, direct, home, prefer=True)
            if code is None:
                return []
            # a district's short form ("Barrow") is that district, in its county, as it stood then
            stood = gazetteer.as_it_stood(code, date)
            upper = gazetteer.commissioner(code, date)
            if len(stood) == 1 and stood[0] != upper:
                return [(upper, "county"), (stood[0], "district")]
            return [(upper, "named")]
        if any(t.ent_type_ in ("DATE", "TIME") for t in span) and (span.text.lower() in CALENDAR_WORDS or _dated_beyond(span)):
            return []  # "in March", "last March"; not "Leominster", which the model may call a date
        doc = span.doc
        # "Scunthorpe’s treatment centre": a place's possessive is the place, whatever entity it opens
        possessive = span.end < len(doc) and doc[span.end].lower_ in ("’s", "'s")
        ent = ent_at(doc, span.start)
        # (an entity the model ran on over a line break, "Knowsley\n", is no longer than its place)
        if not possessive and ent is not None and span.end <= ent.end and sum(not t.is_space for t in ent) > len(span) \
                and ent.label_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT") and not _places_only(ent.text):
            return []  # part of a person's or an organisation's name (not "Chester and Ellesmere Port", a list of places)
        if span.start > 0 and span.doc[span.start - 1].lower_ in STREET_PREPOSITIONS:
            return []
        for qualifier, pl in gazetteer.qualified_towns().get(span.text, ()):
            if next(lexicon.find_word(span.sent.text, qualifier), None) is not None:
                # "over the Humber Bridge from Barton": Barton-upon-Humber, whatever other Bartons there are
                return [(gazetteer.upper_of(pl, date), "place")]
        places = [pl for kind, p in entries if kind == "place" for pl in p]
        towns = _towns(entries)
        if not towns:
            # villages are no area of their own, but one listed with a place of the story's area a few miles
            # off, across a boundary, is the neighbour's: "volunteers travel from Golborne and Culcheth" in a
            # Wigan story (not "Hindley and Ince", Wigan's own Ince, which the reference data lacks)
            uppers = {gazetteer.upper_of(pl, date) for pl in places}
            if direct and len(places) == 1 and not uppers & set(direct) and any(
                    gazetteer.upper_of(sib, date) in direct and _km(places[0], sib) < VILLAGE_BESIDE_KM
                    for sib in _listed_beside(span)):
                return [(uppers.pop(), "place")]
            return []
        codes = {gazetteer.upper_of(pl, date) for pl in towns}
        if direct and not codes & set(direct) and WARD_AFTER.match(doc_text(doc), span.end_char):
            return []  # "who represents Golborne ward" in a Kensington story: a ward there, not the town in Wigan
        if direct and not codes & set(direct) and any(
                pl.current_upper in direct or gazetteer.upper_of(pl, date) in direct  # (as the county stood then)
                for pl in places if pl.local_type == "Village"):
            # "Canvey and Hadleigh" in a Castle Point story: the village there, not the town of that
            # name in a county the story never names (villages are no area of their own)
            return []
        # a name of several places, listed beside a place a few miles from one of them: that one ("travel in from
        # Hadleigh and Canvey Island": the Essex village, not the Suffolk town)
        # (not a street the address gives before it: "High Street, Walton")
        beside = {gazetteer.upper_of(pl, date) for pl in places for sib in _listed_beside(span)
                  if sib.name != pl.name and sib.name.split()[-1] not in STREET_WORDS and _km(pl, sib) < VILLAGE_BESIDE_KM}
        if len(beside) == 1 and not codes & beside and len({gazetteer.upper_of(pl, date) for pl in places}) > 1:
            return [(beside.pop(), "place")]
        if direct and not codes & set(direct):
            # "constituents in Holt and Wells" in a Norfolk story: Wells-next-the-Sea, not the city in Somerset
            local = {gazetteer.upper_of(pl, date) for pl in gazetteer.long_forms().get(span.text, ())} & set(direct)
            if len(local) == 1:
                return [(local.pop(), "place")]
        if len(codes) == 1:
            code = codes.pop()
            small = all(pl.local_type in ("Suburban Area", "Village") for pl in towns)
            if small and direct and code not in direct and not _signed_from(span):
                # a suburb or village of an authority the article never names, beside ones it does,
                # is most likely a same-named spot in the story's own area ("the Airedale area")
                return []
            return [(code, "place")]
        if direct and all(pl.local_type in ("Suburban Area", "Village") for pl in towns):
            codes = {c for c in codes if c in direct}  # a suburb's name found in several places: the named one
            if not codes:
                return []
        code = self._pick(sorted(codes), date, direct, home, rank={
            gazetteer.upper_of(pl, date):
            gazetteer.PLACE_RANK[pl.local_type] for pl in towns})
        return [(code, "place")] if code else []

    @staticmethod
    def _qualified_places(doc, mentions, date):
        """{token index: [(code, "place")]} for "Richmond, North Yorkshire" and "Newport, Isle of
        Wight": a place followed by the authority it lies in is the place there (and "Stratford,
        east London" the London place)."""
        out = {}
        las = gazetteer.authorities()
        text = doc_text(doc)
        for span, entries in mentions:
            if LONDON_QUARTER_AFTER.match(text, span.end_char):
                # "a needle exchange in Stratford, east London": the London place of that name
                # (the name's own places: "Stratford" after "Stratford-upon-Avon" may read as its short form)
                london = {pl.current_upper for pl in gazetteer.places().get(span.text, ())
                          if pl.current_upper in las and las[pl.current_upper].region == "London"}
                if len(london) == 1:
                    out[span.start] = [(london.pop(), "place")]
        for (span, entries), (nxt, nxt_entries) in zip(mentions, mentions[1:]):
            if text[span.end_char:nxt.start_char] not in (", ", " ("):
                continue
            # (the authority must hold the place: "Preston, Chorley and Blackpool" is a list of
            # Lancashire's districts, not Preston in Chorley)
            named = {c for kind, p in nxt_entries if kind == "la" for c in (p, *gazetteer.as_it_stood(p, date))}
            uppers = {gazetteer.commissioner(c, date) for c in named}
            # "Preston, Paignton": a suburb or village followed by the town it belongs to (not by a
            # council's name) is that town's suburb, not the city of the same name
            towns = set() if uppers else {pl.lower for kind, p in nxt_entries if kind == "place"
                                          for pl in p if pl.local_type in ("Town", "City")}
            for kind, places in entries:
                if kind != "place":
                    continue
                for pl in places:
                    code = gazetteer.upper_of(pl, date)
                    if ({pl.lower, pl.upper, pl.current_lower, pl.current_upper} & named and code in uppers) \
                            or (pl.lower in towns and pl.local_type in ("Suburban Area", "Village")):
                        out[span.start] = [(code, "place")]
        return out

    @staticmethod
    def _town_elsewhere(entries, named, date, direct, direct_names, span):
        """Is a bare council name ("Newport") here the town of the same name inside another
        authority the article names, rather than the council it is only known by this name?"""
        uppers = {gazetteer.commissioner(c, date) for p in named for c in gazetteer.as_it_stood(p, date)}
        if any(direct_names.get(u, set()) - {span.text.lower()} for u in uppers):
            return False  # the council is named another way too ("Newport City Council")
        places = [pl for kind, p in entries if kind == "place" for pl in p]
        # "from Preston, between Paignton and Torquay": the place of that name where the words after
        # it put it
        located = LOCATED_AFTER.match(doc_text(span.doc), span.end_char)
        if located:
            near = {gazetteer.upper_of(pl, date) for n in re.split(rf"{_JOIN}", located.group(1))
                    for pl in gazetteer.places().get(n.strip(), ())}
            if any(gazetteer.upper_of(pl, date) in near - uppers for pl in places):
                return True
        towns = {gazetteer.upper_of(pl, date) for pl in places if pl.local_type in ("City", "Town")}
        if any(t in direct and t not in uppers for t in towns):
            return True
        # "my surgery in Preston" in a story that names only Torbay, "an office in Melton" in one that names
        # only Suffolk: the suburb or village there (not where the story names other councils too:
        # "moved to Bradford" beside Manchester and Lancaster)
        others = {c for c in direct if c not in uppers}
        smaller = {gazetteer.upper_of(pl, date) for pl in places if pl.local_type in ("Suburban Area", "Village")}
        return len(others) == 1 and others <= smaller

    @staticmethod
    def _pick(codes, date, direct, home, rank=None, prefer=False):
        """Choose among candidate authorities by the article's other areas, then size, or with
        `prefer` the order the codes are given in (a short name's usual meaning: "Kingston" is
        Kingston upon Thames, the city being "Hull")."""
        las = gazetteer.authorities()
        uppers = {c: gazetteer.commissioner(c, date) for c in codes if c in las}
        regions = {las[c].region for c in direct if c in las} | {las[c].region for c in home if c in las}

        def score(c):
            u = uppers[c]
            # (a neighbour across a region's boundary counts as the region does: "easier to get to
            # Romford" in a Thurrock story)
            # (a neighbour of a named authority is nearer still than the rest of its region: "Wallington"
            # in a Merton story that also names Surrey is the town in Sutton, not the suburb of Fareham)
            close = u in direct or _near_named(u, direct)
            near = las[u].region in regions or close
            return (
                (u in direct) * 4 + (u in home) * 4 + near * 2 + close + (rank or {}).get(u, 0),
                -codes.index(c) if prefer else las[u].population,
            )
        if not uppers:
            return None
        ranked = sorted(uppers, key=score, reverse=True)
        if rank is not None and len(set(uppers.values())) > 1:
            # a place name shared by several authorities needs the article's context
            best = score(ranked[0])[0] - rank.get(uppers[ranked[0]], 0)
            if best <= 0 or best == score(ranked[1])[0] - rank.get(uppers[ranked[1]], 0):
                return None
        return ranked[0]

    @staticmethod
    def _lede_council(found, doc):
        """{district}: the council an opening sentence names first, where that is a district council
        ("... in a scheme led by Great Yarmouth Borough Council", "Colchester City Council is to lead a
        partnership with Essex County Council"): the story is that council's own, though its towns are
        the county's for treatment. One opening on the county's council ("Kent County Council and
        Thanet District Council are ...") is the county's, as is a district council's help told by the
        county's own newsroom."""
        sent = next(iter(doc.sents), None)
        first = sent is not None and COUNCIL_NAMED.search(sent.text)
        if not first:
            return set()
        at = sent.start_char + first.start()  # where the first council word is
        text = doc_text(doc)

        def names_first(sp):
            if not sent.start_char <= sp["start"] <= at:
                return False
            if sp["text"].endswith("Council"):
                return at < sp["end"]
            after = COUNCIL_AFTER_NAME.match(text, sp["end"])
            return after is not None and at < after.end()
        def joined_to_county(sp):
            # "under a partnership between Norwich City Council and Norfolk County Council": two councils
            # named as one party, the district first only by the order of words
            after = COUNCIL_AFTER_NAME.match(text, sp["end"])
            return bool(JOINED_COUNTY_AFTER.match(text, after.end() if after else sp["end"]))
        return {code for code, rec in found.items() if "district" in rec["roles"]
                and any(names_first(sp) and not joined_to_county(sp) for sp in rec["spans"])}

    @staticmethod
    def _records(found, doc, meta, home):
        las = gazetteer.authorities()
        title = (meta.get("title") or "").lower()
        first_para = doc_text(doc).split("\n", 1)[0].lower()
        candidates, in_title = {}, {}
        # a committee paper headed by its council's name ("EAST SUFFOLK COUNCIL"): that council's
        # own business, a district's too
        masthead = MASTHEAD.match(first_para)
        # (not a partnership's meeting the council only hosts: "SAFER CRAWLEY PARTNERSHIP" under the
        # borough's name is the police's, the county's and others' business, and the county commissions treatment)
        if masthead and PARTNERSHIP_HEADING.search(_second_line(doc_text(doc))):
            masthead = None
        # (nor a line naming two councils: "Issued jointly by Derbyshire County Council and Chesterfield Borough
        # Council" is neither's own)
        if masthead and len(re.findall(r"\bcouncil\b", masthead.group(0))) > 1:
            masthead = None
        # (the council's short name too: "BARROW BOROUGH COUNCIL" is Barrow-in-Furness's, not the county's
        # its town is in)
        named = [code for code, rec in found.items()
                 if masthead and any(sp["start"] < masthead.end() and (las[code].name.lower() in first_para
                                                                      or las[code].name.lower().startswith(sp["text"].lower()))
                                     for sp in rec["spans"])]
        # the longest name: "East Suffolk Council" is East Suffolk's, not Suffolk's
        own = {max(named, key=lambda c: len(las[c].name))} if named else set()
        # not in another council's own newsroom ("home" is the county a district's town is in)
        own |= {c for c in AreaFinder._lede_council(found, doc)
                if not home or las[c].name.lower() == (meta.get("source_area") or "").lower()}
        title_places = _title_places(meta.get("title") or "", doc_text(doc), meta.get("published"))
        for code, rec in found.items():
            la = las[code]
            if rec["roles"] == {"district"} and code not in own:
                continue
            # a headline may use the short form alone ("Scilly islanders"): one that means only this area
            names = {la.name.lower(), *(m.lower() for m in rec["matched"]), *SHORT_FOR.get(code, ())}
            at = [a for n in names for a in lexicon.find_word(title, n)]
            # (or one of its villages, named in the headline as the place the story happens: "Outreach van to
            # visit Cranfield every month" where the text says which council Cranfield's service is)
            at = at or [a for n, a in title_places if code in n]
            if at:
                in_title[code] = min(at)
            candidates[code] = (rec["weight"] + 3 * bool(at) + 10 * (code in own)
                                + 2 * any(n in first_para for n in names) + 2 * (code in home))
        # a joint story whose headline singles out no one council: the lede names the story's own
        # first ("Coventry City Council and Warwickshire County Council are jointly funding ..."),
        # whatever the later detail of towns adds up to
        in_lede = {code: min(sp["start"] for sp in found[code]["spans"]) for code in candidates
                   if any(sp["start"] < len(first_para) for sp in found[code]["spans"])}
        lede_first = min(in_lede, key=in_lede.get) if len(in_lede) > 1 else None
        if lede_first is not None and (not in_title or (len(in_title) > 1 and min(in_title, key=in_title.get) == lede_first)):
            candidates[lede_first] += LEDE_FIRST
        text = doc_text(doc)
        for code in candidates:
            if any(LEAD_AFTER.match(text, sp["end"]) for sp in found[code]["spans"]):
                candidates[code] += LEAD_COMMISSIONER
        if len(in_title) > 1:  # "Deaths rise in Blackpool as Lancashire figures fall": the headline's first
            candidates[min(in_title, key=in_title.get)] += 1
        primary = max(candidates, key=lambda c: (candidates[c], len(found[c]["spans"])), default=None)
        return [{
            "code": code, "row": las[code].row(), "is_primary": code == primary,
            "spans": rec["spans"],  # every mention, with character offsets into the text
            "role": "district" if rec["roles"] == {"district"} else sorted(rec["roles"] - {"district"})[0],
            "matched": sorted(rec["matched"]),
        } for code, rec in found.items()]


def _title_places(title, text, date):
    """[({upper-tier code}, offset)] for each place name the headline holds (one to three capitalised words)
    that means one council's place and that the text names as a place people are in ("in Cranfield", not
    "at Aintree University Hospital" or "a consultant at Aintree", the hospital)."""
    out = []
    for m in re.finditer(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}\b", title):
        words = m.group(0).split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            found = gazetteer.places().get(name)
            if found:
                codes = {gazetteer.upper_of(pl, date) for pl in found}
                if len(codes) == 1 and re.search(rf"\b(?:in|near|visit|visits|visiting)\s+{re.escape(name)}\b(?!\s+[A-Z])", text):
                    out.append((codes, m.start()))
                break
    return out


@functools.cache
def _shares_name_with_compass_unitary(name):
    """Whether some council's name is a compass point and this one ("North East Lincolnshire" for Lincolnshire)."""
    rx = re.compile(rf"(?:North|South|East|West)(?:\s+(?:East|West))?\s+{re.escape(name)}")
    return any(rx.fullmatch(la.name) for la in gazetteer.authorities().values())


@Language.factory("recoverywatch_areas")
def make_area_finder(nlp, name):
    return AreaFinder(nlp)


def _second_line(text):
    """The first non-empty line after the first: a committee paper's heading under its masthead."""
    return next((line for line in text.split("\n")[1:] if line.strip()), "")


def _places_only(name):
    """Whether a name is only places joined by commas and "and": "Chester and Ellesmere Port"."""
    parts = [p for p in re.split(r",\s*|\s+(?:and|&)\s+", name) if p]
    return len(parts) > 1 and all(gazetteer.is_place_name(p) for p in parts)


def _listed_beside(span):
    """The places a one-word place is listed with, by the word either side: "Earlsdon" in "Earlsdon
    and Stoke", "Stoke or Earlsdon"."""
    doc = span.doc
    words = []
    # (a name of two words too: "Hadleigh and Canvey Island")
    if span.start >= 2 and doc[span.start - 1].lower_ in ("and", "or", ","):
        words.append(doc[span.start - 2].text)
        if span.start >= 3:
            words.append(doc[span.start - 3:span.start - 1].text)
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("and", "or", ","):
        words.append(doc[span.end + 1].text)
        words.append(doc[span.end + 1:span.end + 3].text)
    return [pl for w in dict.fromkeys(words) for pl in gazetteer.places().get(w, ())]


def _sibling_suburbs(span, date):
    """The authorities of the suburbs or villages a one-word place is listed with."""
    return [gazetteer.upper_of(pl, date) for pl in _listed_beside(span) if pl.local_type in ("Suburban Area", "Village")]


VILLAGE_BESIDE_KM = 8  # a village named with a town of the story lies this near it, or is likely a namesake


def _signed_from(span) -> bool:
    """Whether the place is where a letter's writer says they live, in its sign-off line: a place
    given so is no namesake, however small."""
    text = doc_text(span.doc)
    lo = text.rfind("\n", 0, span.start_char) + 1
    m = SIGNED_FROM_LINE.match(text, lo)
    return bool(m) and m.start(1) <= span.start_char < m.end(1)


def _towns(entries):
    """The towns and suburbs (not villages) among a name's entries."""
    return [pl for kind, p in entries if kind == "place" for pl in p if pl.local_type != "Village"]


NEIGHBOUR_KM = 25  # centroids of authorities that share a boundary are mostly closer than this


def _near_named(code, direct):
    """Whether an authority borders one the article names: their centroids lie within NEIGHBOUR_KM."""
    las = gazetteer.authorities()
    return code in las and any(_km(las[code], las[d]) < NEIGHBOUR_KM for d in direct if d in las and d != code)


def _km(a, b):
    """Rough distance between two authorities' centroids, or two places (anything with lat and lon;
    equirectangular, fine at this scale)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return float("inf")
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371 * math.hypot(x, math.radians(b.lat - a.lat))
