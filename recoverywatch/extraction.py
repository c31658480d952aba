"""Run the extractors over stored articles and save their rows."""
import logging
import time

from recoverywatch.db import save

log = logging.getLogger(__name__)

# spaCy's parser needs memory in proportion to a text's length (its max_length, E088, guards
# the same). A real article or committee report is far shorter; a longer text is marked as too
# long once (its extraction hash set, so `--pending` does not meet it again until it changes).
MAX_EXTRACT_CHARS = 500_000


def extract_pending(db, everything=False, progress=None) -> dict:
    """Extract every article whose text changed since its last extraction.

    One article's failure is logged and counted; the batch goes on."""
    from recoverywatch.extract import gazetteer, pipeline  # spaCy loads only when needed

    areas, providers = gazetteer.reference_rows()
    save.save_reference(db, areas, providers)
    home = {r["name"]: r["area"] for r in db.query("select name, area from sources")}
    pending = list(save.pending_articles(db, everything))
    too_long = [r for r in pending if len(r["text"] or "") > MAX_EXTRACT_CHARS]
    for art in too_long:
        log.warning("article %s (%s) is too long to extract (%d characters, limit %d); marked and skipped",
                    art["id"], art["url"], len(art["text"]), MAX_EXTRACT_CHARS)
        save.mark_not_extractable(db, art)
    pending = [r for r in pending if len(r["text"] or "") <= MAX_EXTRACT_CHARS]
    pages = [dict(r, source_area=home.get(r["source"])) for r in pending if not r.get("document_of")]
    documents = [r for r in pending if r.get("document_of")]
    done = failed = relevant = 0
    started = time.monotonic()
    for art, result in _safe_process(pipeline, pages, lambda: _documents(db, documents, home)):
        if result is None:
            failed += 1
            continue
        save.save_extraction(db, art, result)
        done += 1
        relevant += int(result["relevant"])
        if progress:
            progress(done + failed, len(pending))
    save.refresh_people(db)
    elapsed = time.monotonic() - started
    return {"extracted": done, "relevant": relevant, "failed": failed, "too_long": len(too_long),
            "seconds": round(elapsed, 2)}


def _documents(db, documents, home):
    """A committee PDF is read in the context of the meeting page that links it: that page's
    primary area (extracted first) is its home area, else the source's."""
    for doc in documents:
        rows = list(db.query(
            "select ar.name from articles a join article_areas aa on aa.article_id = a.id and aa.is_primary = 1 "
            "join areas ar on ar.id = aa.area_id where a.url = ?", [doc["document_of"]]))
        yield dict(doc, source_area=rows[0]["name"] if rows else home.get(doc["source"]))


def _safe_process(pipeline, articles, then=None):
    """Batch through spaCy; if a batch raises, redo its articles one by one. `then()` gives
    articles to do after the first ones are saved (documents that need their page's areas)."""
    yield from _batches(pipeline, articles)
    if then is not None:
        yield from _batches(pipeline, list(then()))


def _batches(pipeline, articles):
    batch = 32
    for i in range(0, len(articles), batch):
        chunk = articles[i:i + batch]
        try:
            yield from list(pipeline.process(chunk))
        except Exception:
            for art in chunk:
                try:
                    yield from list(pipeline.process([art]))
                except Exception as exc:  # one bad article must not stop the batch
                    log.error("extraction failed for article %s (%s): %s", art["id"], art["url"], exc)
                    yield art, None
