"""Is an article about drug and alcohol treatment services? A weighted-term score.

Terms and weights are data (data/relevance_terms.csv). The score is per 100
words of text plus the headline twice over, so long budget papers that mention
treatment once do not pass. An article can also pass on one section of it: a
run of paragraphs of at least SECTION_WORDS words (a committee item on
drug-related deaths in the minutes of a whole meeting, the part of an
enforcement story that sends people to the treatment service), scored the
same way without the headline, which may be about something else."""
import csv
import functools
import importlib.resources
import io
import re

import numpy

from recoverywatch.extract import lexicon, prefilter

THRESHOLD = 1.5
SUBSTANCE = re.compile(rf"\b{lexicon.patterns_regex(lexicon.load('relevance.toml')['substances'])}\b", re.I)
SIDE_NOTE = re.compile(rf"\b(?:{lexicon.patterns_regex(lexicon.load('relevance.toml')['side_notes'])})\b", re.I)
SECTION_WORDS = 150
# a section must carry this many points of treatment terms before it can count on its own
SECTION_MIN_POINTS = 8


@functools.cache
def _rows():
    text = importlib.resources.files("recoverywatch.extract.data").joinpath("relevance_terms.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@functools.cache
def _terms():
    # the patterns are written in lower case and the text is lowered once: a third faster than
    # matching each pattern without regard to case
    return [(re.compile(r["pattern"]), float(r["weight"])) for r in _rows()]


@functools.cache
def _literals():
    """For each term, the strings one of which it holds: a paragraph with none is not scanned for it."""
    return [prefilter.required_literals(rx.pattern) for rx, _ in _terms()]


@functools.cache
def _weights():
    return numpy.array([weight for _, weight in _terms()])


def _hits(text: str, terms=None) -> numpy.ndarray:
    """How often each weighted term occurs in `text` (only `terms`, by index, where given)."""
    text = text.lower()
    hits = numpy.zeros(len(_terms()), dtype=int)
    for k in range(len(hits)) if terms is None else terms:
        if prefilter.may_match(_literals()[k], text):
            hits[k] = len(_terms()[k][0].findall(text))
    return hits


def _points_of(hits) -> float:
    return float(numpy.minimum(hits, _caps()) @ _weights())


@functools.cache
def _caps():
    """How many times each term counts at most: six, or the term's own `most` ("funded by the Police
    and Crime Commissioner ... the commissioner's office said": one fact about a scheme, said again)."""
    return numpy.array([int(r["most"] or 6) for r in _rows()])


def _sections(paragraphs: list[str]):
    """(start, end) of runs of consecutive paragraphs of at least SECTION_WORDS words (the last may be shorter)."""
    for i in range(len(paragraphs)):
        words, j = 0, i
        while j < len(paragraphs) and words < SECTION_WORDS:
            words += len(paragraphs[j].split())
            j += 1
        yield i, j
        if j == len(paragraphs):
            break


def relevance_score(title: str | None, text: str, provider_mentions: int = 0, specialist_named: bool = False) -> float:
    """`provider_mentions`: mentions of listed treatment providers and NHS trusts; `specialist_named`:
    whether a listed treatment charity or company (not an NHS body) is named at all."""
    body = f"{title or ''}\n{title or ''}\n{text}"
    paragraphs = [p for p in text.split("\n") if p.strip()]
    side = [bool(SIDE_NOTE.search(p)) for p in paragraphs]
    named = (p for p, aside in zip([title or "", *paragraphs], [False, *side]) if not aside)
    if not any(SUBSTANCE.search(p) for p in named) and not specialist_named:
        # no drug, drink or other dependence named, or only in a side note ("... rather than drink or
        # drugs"): some other recovery. (A treatment charity's own name stands for it: an interview
        # about "the hub" of a listed provider may never say "drugs".)
        return 0.0
    words = max(150, len(body.split()))
    # each paragraph is scanned once (no term spans a line break): the whole text's hits, and a
    # section's, are sums of its paragraphs'; a term the whole text cannot hold is not looked for
    lowered = text.lower()
    present = [k for k, lits in enumerate(_literals()) if prefilter.may_match(lits, lowered)]
    hits = numpy.array([_hits(p, present) for p in paragraphs]).reshape(len(paragraphs), len(_terms()))
    if any(side) and not all(side):
        # "treatment was commissioned separately and was outside the scope of the statement": that
        # paragraph's treatment words are the aside of another business
        hits[numpy.array(side)] = 0
    title_hits = _hits(title or "")
    whole = round(100 * (_points_of(2 * title_hits + hits.sum(axis=0)) + 2 * min(provider_mentions, 3)) / words, 3)
    best = whole
    # under a headline of another kind of business (a police and crime panel, a licensing
    # hearing), one paragraph on treatment is a side note ("treatment is commissioned by the
    # councils and is not part of the precept"): the section needs two that speak of it
    spread = 2 if _points_of(title_hits) < 0 else 1
    speaks = numpy.minimum(hits, _caps()) @ _weights() > 0  # each paragraph once: sections overlap
    running = numpy.vstack([numpy.zeros((1, len(_terms())), dtype=int), hits.cumsum(axis=0)])
    for i, j in _sections(paragraphs):
        points = _points_of(running[j] - running[i])
        if points >= SECTION_MIN_POINTS and speaks[i:j].sum() >= spread:
            section_words = sum(len(p.split()) for p in paragraphs[i:j])
            best = max(best, round(100 * points / max(SECTION_WORDS, section_words), 3))
    return best


def is_relevant(score: float) -> bool:
    return score >= THRESHOLD
