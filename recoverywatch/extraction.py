"""Run the extractors over stored articles and save their rows."""
import logging
import time

from recoverywatch.db import save

log = logging.getLogger(__name__)


def extract_pending(db, everything=False, progress=None) -> dict:
    """Extract every article whose text changed since its last extraction.

    One article's failure is logged and counted; the batch goes on."""
    from recoverywatch.extract import gazetteer, pipeline  # spaCy loads only when needed

    areas, providers = gazetteer.reference_rows()
    save.save_reference(db, areas, providers)
    home = {r["name"]: r["area"] for r in db.query("select name, area from sources")}
    articles = [dict(r, source_area=home.get(r["source"])) for r in save.pending_articles(db, everything)]
    done = failed = relevant = 0
    started = time.monotonic()
    for art, result in _safe_process(pipeline, articles):
        if result is None:
            failed += 1
            continue
        save.save_extraction(db, art, result)
        done += 1
        relevant += int(result["relevant"])
        if progress:
            progress(done + failed, len(articles))
    save.refresh_people(db)
    elapsed = time.monotonic() - started
    return {"extracted": done, "relevant": relevant, "failed": failed, "seconds": round(elapsed, 2)}


def _safe_process(pipeline, articles):
    """Batch through spaCy; if a batch raises, redo its articles one by one."""
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
