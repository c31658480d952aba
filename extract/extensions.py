"""Every Doc/Span extension recoverywatch registers, in one place."""
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
