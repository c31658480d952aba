"""One crawl run, start to finish: the bookkeeping around crawler.run.run_crawl.

`crawl_once()` is what `recoverywatch crawl` does, importable without click:
it takes the database's crawl lock, marks runs that were killed as
'interrupted', starts a `crawl_runs` row, resumes links an earlier run left
unfetched, crawls, writes the run's counts and status, and extracts what changed.
Failures a user can fix raise a `RunError` whose message is one line.
"""
import contextlib
import dataclasses
import fcntl
import pathlib

from recoverywatch.crawler.stats import RUN_COLUMNS, finish_status, run_columns, skip_reasons


class RunError(Exception):
    """A crawl could not run; the message is one line for the user."""


class DatabaseError(RunError):
    """The database cannot be opened (or created) at the given path."""


class LockError(RunError):
    """The lock file next to the database cannot be written."""


class CrawlBusy(LockError):
    """Another crawl holds the database's lock."""


def open_database(path):
    """Open (creating if needed) the database at `path`, brought to the current shape."""
    from recoverywatch.db.schema import open_db
    try:
        return open_db(path)
    except Exception as exc:  # sqlite raises several types for an unwritable path
        raise DatabaseError(f"cannot open database {path}: {exc}") from None


@contextlib.contextmanager
def crawl_lock(db_path):
    """One crawl per database at a time: a second scheduled run fails at once with CrawlBusy."""
    lock_path = pathlib.Path(str(db_path) + ".lock")
    try:
        handle = open(lock_path, "w")
    except OSError as exc:
        raise LockError(f"cannot write lock file {lock_path}: {exc}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrawlBusy(f"another crawl is using {db_path} (lock {lock_path})") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


@dataclasses.dataclass(frozen=True)
class RunSummary:
    """What one crawl run did: its `crawl_runs` counts, its status and its extraction."""

    run_id: int | None = None
    status: str = "finished"  # 'finished', or 'shutdown' when SIGTERM/SIGINT stopped the crawl early
    pages_fetched: int = 0
    not_modified: int = 0  # answered 304: unchanged since the last run
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_failed: int = 0
    errors: int = 0
    extracted: int = 0
    relevant: int = 0
    extraction_failed: int = 0
    extraction_seconds: float = 0.0
    extraction_too_long: int = 0
    skip_reasons: dict = dataclasses.field(default_factory=dict)  # reason -> pages not stored for it

    @classmethod
    def from_stats(cls, stats: dict, run_id: int | None = None) -> "RunSummary":
        """The summary of a crawl from Scrapy's stats (before extraction)."""
        return cls(run_id=run_id, status=finish_status(stats), skip_reasons=skip_reasons(stats), **run_columns(stats))

    def with_extraction(self, result: dict) -> "RunSummary":
        """This summary plus the result of `extract_pending`."""
        return dataclasses.replace(
            self, extracted=result["extracted"], relevant=result["relevant"],
            extraction_failed=result["failed"], extraction_seconds=result.get("seconds", 0.0),
            extraction_too_long=result.get("too_long", 0))

    def run_row(self) -> dict:
        """The counts stored in the run's `crawl_runs` row."""
        return {**{column: getattr(self, column) for column in RUN_COLUMNS}, "skip_reasons": self.skip_reasons}

    def line(self, db_path) -> str:
        """The one-line report `recoverywatch crawl` prints."""
        return (
            f"recoverywatch crawl: {self.pages_fetched} pages fetched ({self.not_modified} unchanged, 304), "
            f"{self.articles_new} new, {self.articles_updated} updated articles, "
            f"{self.articles_failed} failed, {self.errors} errors; {self._skipped()}"
            f"{self.extracted} extracted ({self.relevant} relevant{self._too_long()}) into {db_path}")

    def _too_long(self) -> str:
        return f", {self.extraction_too_long} too long to extract" if self.extraction_too_long else ""

    def _skipped(self) -> str:
        """'not stored: 12 not_article, 3 http_error; ' (most frequent first), or nothing."""
        if not self.skip_reasons:
            return ""
        ranked = sorted(self.skip_reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        return "not stored: " + ", ".join(f"{n} {reason}" for reason, n in ranked) + "; "


def remember_canonical_addresses(db) -> int:
    """Record each stored article under its canonical address too, when the URL rules rewrite the
    address it was stored at (an older release kept `?ref=rss` or a CMIS tab): the crawl then
    meets it there and updates that row instead of storing the story again. Returns how many.

    Only articles stored since the last look under the same rules are read (`address_scans`), so
    a crawl pays for what is new, not for the archive; a release with new rules reads all once."""
    from recoverywatch.crawler import urls
    from recoverywatch.db import save

    rules = urls.rules_version()
    since = save.address_scan_mark(db, rules)
    pairs, last = [], since
    for article_id, url in save.article_addresses(db, after=since):
        last = article_id
        try:
            address = urls.canonical(url)
        except urls.InvalidURL:
            continue
        if address and address != url:
            pairs.append((address, article_id))
    added = save.add_article_urls(db, pairs) if pairs else 0
    if last != since:
        save.set_address_scan_mark(db, rules, last)
    return added


def crawl_once(sources, db_path, *, crawler_settings=None, extract=True, log_level="INFO",
               progress=None, redis=None, sources_path=None, workers=1) -> RunSummary:
    """Crawl `sources` (crawler.sources.Source list) into `db_path` once, then extract.

    `crawler_settings` are Scrapy setting overrides (the sources file's [crawler]
    table); `progress(done, total)` is called during extraction. Raises
    DatabaseError, LockError or CrawlBusy before anything is fetched. Scrapy's
    reactor cannot restart, so call this at most once per process.

    With `redis` (a redis:// URL) the crawl runs on a shared frontier: `workers` local worker
    processes fetch (more may join with `recoverywatch worker`) and this process writes
    (crawler.redis_crawl); `sources_path` is the file the workers read their sources from."""
    from recoverywatch.db import save

    if redis:  # a bad Redis URL stops the run before it is counted as started
        from recoverywatch.crawler.redis_frontier import FrontierError, connect
        try:
            connect(redis).close()
        except FrontierError as exc:
            raise RunError(str(exc)) from None
    db = open_database(db_path)
    try:
        with crawl_lock(db_path):
            save.mark_interrupted_runs(db)  # we hold the lock: a run still 'running' was killed
            run_id = save.start_run(db)  # first, so a run killed at once still has its row
            save.save_sources(db, sources)
            resume = save.resume_links(db)
            remember_canonical_addresses(db)

            memory = save.furniture_memory(db)
            if not redis:
                db.close()  # the crawl's pipeline and middleware open their own connections

            if redis:
                from recoverywatch.crawler.redis_crawl import run_distributed
                seen = save.seen_pages(db, "article") | save.seen_pages(db, "document")
                db.close()
                stats = run_distributed(sources_path, db_path, redis, workers, crawler_settings=crawler_settings,
                                        log_level=log_level, resume=resume, furniture_memory=memory, seen=seen)
            else:
                from recoverywatch.crawler.run import run_crawl
                stats = run_crawl(sources, db_path, log_level=log_level, overrides=crawler_settings, resume=resume,
                                  furniture_memory=memory)

            db = open_database(db_path)
            summary = RunSummary.from_stats(stats, run_id)
            # what was fetched before a shutdown is kept; the status says the run stopped early
            # 'extracting' until extraction is done: a run killed there is 'interrupted', not 'finished'
            save.finish_run(db, run_id, summary.run_row(), status="extracting" if extract else summary.status)
            if extract:
                from recoverywatch.extraction import extract_pending
                summary = summary.with_extraction(extract_pending(db, progress=progress))
                save.set_run_status(db, run_id, summary.status, extraction_too_long=summary.extraction_too_long)
            return summary
    finally:
        db.close()
