"""Run the extractors over stored articles and save their rows.

Articles are read in chunks (keyset pages by id), so memory stays flat however many are
pending; with `processes` > 1 the chunks are extracted in that many processes (each loads
spaCy once) while this process alone writes, in article order, so the database ends up the
same whatever the number of processes. The extractors use the model's tagger, parser and
entities; lemmas are worked out only for the tokens a rule asks about."""
import collections
import concurrent.futures
import logging
import multiprocessing
import time

from recoverywatch.db import save

log = logging.getLogger(__name__)

# spaCy's parser needs memory in proportion to a text's length (its max_length, E088, guards
# the same). A real article or committee report is far shorter; a longer text is marked as too
# long once (its extraction hash set, so `--pending` does not meet it again until it changes).
MAX_EXTRACT_CHARS = 500_000
CHUNK = 128  # articles read, sent to a process and written at a time
BATCH = 32   # articles per spaCy batch (a failing batch is redone one article at a time)
COLUMNS = "id, url, source, title, published, text, content_hash, document_of"


def extract_pending(db, everything=False, progress=None, processes=1) -> dict:
    """Extract every article whose text changed since its last extraction (or all of them).

    One article's failure is logged and counted; the run goes on."""
    from recoverywatch.extract import gazetteer

    areas, providers = gazetteer.reference_rows()
    save.save_reference(db, areas, providers)
    home = {r["name"]: r["area"] for r in db.query("select name, area from sources")}
    total = db.execute(f"select count(*) from articles {_pending_where(everything)}").fetchone()[0]
    done = failed = relevant = 0
    started = time.monotonic()
    too_long = []

    def extractable(rows):
        for row in rows:
            if len(row["text"] or "") > MAX_EXTRACT_CHARS:
                log.warning("article %s (%s) is too long to extract (%d characters, limit %d); marked and skipped",
                            row["id"], row["url"], len(row["text"]), MAX_EXTRACT_CHARS)
                save.mark_not_extractable(db, row)
                too_long.append(row["id"])
                continue
            yield row

    with _Extractor(processes) as extractor:
        # committee PDFs come second: each is read with its meeting page's primary area
        pages = (dict(r, source_area=home.get(r["source"]))
                 for r in extractable(_chunks(db, everything, documents=False)))
        documents = _documents(db, extractable(_chunks(db, everything, documents=True)), home)
        for stream in (pages, documents):
            for art, result in extractor.run(_grouped(stream)):
                if result is None:
                    failed += 1
                else:
                    save.save_extraction(db, art, result)
                    done += 1
                    relevant += int(result["relevant"])
                if progress:
                    progress(done + failed, total)
    save.refresh_people(db)
    elapsed = time.monotonic() - started
    return {"extracted": done, "relevant": relevant, "failed": failed, "too_long": len(too_long),
            "seconds": round(elapsed, 2)}


def _pending_where(everything, extra=""):
    clauses = ([] if everything else ["(extracted_hash is null or extracted_hash != content_hash)"]) + (
        [extra] if extra else [])
    return ("where " + " and ".join(clauses)) if clauses else ""


def _chunks(db, everything, documents):
    """Pending articles one at a time, read CHUNK rows per query (keyset on id)."""
    kind = "document_of is not null" if documents else "document_of is null"
    where = _pending_where(everything, f"{kind} and id > ?")
    last = 0
    while True:
        rows = [dict(r) for r in db.query(f"select {COLUMNS} from articles {where} order by id limit {CHUNK}", [last])]
        if not rows:
            return
        last = rows[-1]["id"]
        yield from rows


def _grouped(rows):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _documents(db, documents, home):
    """A committee PDF is read in the context of the meeting page that links it: that page's
    primary area (extracted first) is its home area, else the source's."""
    for doc in documents:
        rows = list(db.query(
            "select ar.name from articles a join article_areas aa on aa.article_id = a.id and aa.is_primary = 1 "
            "join areas ar on ar.id = aa.area_id where a.url = ?", [doc["document_of"]]))
        yield dict(doc, source_area=rows[0]["name"] if rows else home.get(doc["source"]))


class _Extractor:
    """Chunks in, (article, result or None) out in the same order; in this process or a pool."""

    def __init__(self, processes):
        self.processes = max(1, processes)
        self.pool = None

    def __enter__(self):
        if self.processes > 1:
            self.pool = concurrent.futures.ProcessPoolExecutor(
                self.processes, mp_context=multiprocessing.get_context("spawn"), initializer=_load)
        return self

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def run(self, chunks):
        if self.pool is None:
            for chunk in chunks:
                yield from extract_chunk(chunk)
            return
        waiting = collections.deque()  # at most two chunks per process in flight: memory stays bounded
        for chunk in chunks:
            waiting.append(self.pool.submit(extract_chunk, chunk))
            if len(waiting) >= 2 * self.processes:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


def _load():
    from recoverywatch.extract.pipeline import build_nlp
    build_nlp()


def extract_chunk(articles) -> list:
    """[(article, result or None)] for one chunk; a batch that raises is redone one by one."""
    from recoverywatch.extract import pipeline  # spaCy loads only when needed

    out = []
    for i in range(0, len(articles), BATCH):
        batch = articles[i:i + BATCH]
        try:
            out.extend(pipeline.process(batch, batch_size=BATCH))
        except Exception:
            for art in batch:
                try:
                    out.extend(pipeline.process([art]))
                except Exception as exc:  # one bad article must not stop the run
                    log.error("extraction failed for article %s (%s): %s", art["id"], art["url"], exc)
                    out.append((art, None))
    return out
