"""Every Doc/Span extension recoverywatch registers, in one place."""
import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "rw_meta": None,             # {"title", "published", "source_area", "kind"} set before the pipeline runs
    "rw_areas": None,            # list of area records
    "rw_providers": None,        # list of provider records
    "rw_provider_spans": None,   # spans covered by provider names (areas skip them)
    "rw_services": None,         # named local services and their provider
    "rw_figures": None,
    "rw_quotes": None,
    "rw_people": None,           # quoted people where their full name is written
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("rw_canonical"):
        Span.set_extension("rw_canonical", default=None)


_LEMMATIZER = []  # the model's lemmatizer, kept by use_lemmatizer (at most one)


def use_lemmatizer(lemmatizer) -> None:
    """Keep the model's lemmatizer for `lemma`, which asks it token by token."""
    _LEMMATIZER[:] = [lemmatizer]


def lemma(tok) -> str:
    """The token's lemma, worked out when a rule asks: the rules read a few dozen verbs' and nouns'
    lemmas a document, and lemmatising every token as a pipeline step took a twentieth of the run.
    The same rules give the same lemma (the lemmatizer's own call, memoised by word and tag)."""
    if tok.lemma_ or not _LEMMATIZER:
        return tok.lemma_
    return _LEMMATIZER[0].lemmatize(tok)[0]


def doc_text(doc) -> str:
    """The document's text, built once: spaCy's Doc.text joins every token again on each access,
    and the components ask for it a dozen times a document."""
    text = doc.user_data.get("rw_text")
    if text is None:
        text = doc.user_data["rw_text"] = doc.text
    return text


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence or line around `pos`, read from the text alone."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi = min([i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0] or [len(text)])
    return lo, hi


def doc_ents(doc) -> tuple:
    """The model's entities, built once: spaCy's Doc.ents makes every Span anew on each read, and the
    components read them for each place and number they weigh."""
    ents = doc.user_data.get("rw_ents")
    if ents is None:
        # (one the model runs across a table's cell boundary, "Leicestershire | Leicester", is no name)
        ents = doc.user_data["rw_ents"] = tuple(e for e in doc.ents if "|" not in e.text)
    return ents


def ent_at(doc, i: int):
    """The entity that covers token `i`, or None."""
    by_token = doc.user_data.get("rw_ent_at")
    if by_token is None:
        by_token = doc.user_data["rw_ent_at"] = {k: e for e in doc_ents(doc) for k in range(e.start, e.end)}
    return by_token.get(i)


def tokens_with(doc, attr: str, ids) -> list:
    """The tokens whose `attr` ("DEP", "ORTH", "LOWER") is one of `ids` (string ids, see
    `string_ids`), found in the doc's array so that only they become Token objects: a Python pass
    over every token costs more than most of a component's own work."""
    if not len(ids):
        return []
    key = ("rw_array", attr, len(doc))  # the components after the parser change no token: one read each
    values = doc.user_data.get(key)
    if values is None:
        values = doc.user_data[key] = doc.to_array(attr)
    # membership by binary search in the sorted ids: numpy.isin sorts the doc's values too, each call
    ids = numpy.sort(ids)
    pos = numpy.searchsorted(ids, values) % len(ids)
    return [doc[int(i)] for i in numpy.flatnonzero(ids[pos] == values)]


def string_ids(strings) -> numpy.ndarray:
    """The ids spaCy gives these strings (labels or words), for `tokens_with`."""
    return numpy.array([get_string_id(s) for s in strings], dtype=numpy.uint64)
