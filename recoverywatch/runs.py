"""One crawl run, start to finish: the bookkeeping around crawler.run.run_crawl.

`crawl_once()` is what `recoverywatch crawl` does, importable without click:
it takes the database's crawl lock, marks runs that were killed as
'interrupted', starts a `crawl_runs` row, resumes links an earlier run left
unfetched, crawls, writes the run's counts and status, and extracts what changed.
Failures a user can fix raise a `RunError` whose message is one line.
"""
import contextlib
import dataclasses
import datetime as dt
import fcntl
import json
import logging
import os
import pathlib

from recoverywatch.crawler.stats import RUN_COLUMNS, finish_status, run_columns, skip_reasons

log = logging.getLogger(__name__)


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


class CrawlLock:
    """The held crawl lock. Its file says which run holds it: `{"pid", "started"}` from the
    moment the lock is taken, plus `"run_id"` once the run's `crawl_runs` row exists. The
    record is cleared when the run ends in any way Python sees (return, error, SIGTERM); only
    a kill leaves it, and the next run to take the lock reads it as a run killed before (or
    just after) it wrote its row. Runs killed before their row, one after another, are carried
    forward in `"pending"` until a run gets as far as writing rows, so none goes unrecorded."""

    def __init__(self, handle, previous):
        self._handle = handle
        previous = previous or {}
        # killed runs that have no crawl_runs row yet: the ones the previous holder carried, and
        # the previous holder itself when it was killed before writing its own
        self.pending = list(previous.get("pending", []))
        if previous.get("started") and previous.get("run_id") is None:
            self.pending.append({"started": previous["started"]})
        # killed while writing those rows: they were written if its own row was (one transaction)
        self.unsure = previous["started"] if previous.get("writing_rows") else None
        self._record = {"pid": os.getpid(), "started": _now()}
        self._write({**self._record, "pending": self.pending})

    def _write(self, record):
        self._handle.seek(0)
        self._handle.truncate()
        if record:
            self._handle.write(json.dumps(record) + "\n")
        self._handle.flush()  # into the kernel's page cache: a kill of this process cannot lose it

    @property
    def started(self) -> str:
        return self._record["started"]

    def killed_before_row(self) -> list[dict]:
        """The runs (`{"started"}`) killed after taking the lock but before writing their row."""
        return list(self.pending)

    def writing_rows(self) -> None:
        """About to write the pending rows and this run's own, in one transaction."""
        self._write({**self._record, "pending": self.pending, "writing_rows": True})

    def note_run(self, run_id: int) -> None:
        """This run's row (and the pending ones) exist: a kill from now on is found by its
        row's status ('running'/'extracting')."""
        self.pending = []
        self._write({**self._record, "run_id": run_id})

    def release(self) -> None:
        # killed runs not yet recorded (this run failed before writing rows) stay for the next
        self._write({"pending": self.pending} if self.pending else None)


def _now() -> str:
    # db.save.now_iso's format; not imported from there, as db.save costs the lock most of a second
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _read_record(handle) -> dict | None:
    handle.seek(0)
    text = handle.read().strip()
    if not text:
        return None
    try:
        record = json.loads(text)
    except ValueError:  # a lock file from an older release (empty) or torn by hand: nothing to recover
        log.warning("crawl lock file held %r, not a run record; ignored", text[:80])
        return None
    return record if isinstance(record, dict) else None


@contextlib.contextmanager
def crawl_lock(db_path):
    """One crawl per database at a time: a second scheduled run fails at once with CrawlBusy.
    Yields a CrawlLock whose file records the run holding it."""
    lock_path = pathlib.Path(str(db_path) + ".lock")
    if not lock_path.parent.is_dir():  # the database's path is wrong, not the lock's
        raise DatabaseError(f"cannot open database {db_path}: directory {lock_path.parent} does not exist")
    try:
        # "a+", not "w": a run refused the lock must not wipe the record of the run holding it
        handle = open(lock_path, "a+", encoding="utf-8")
    except OSError as exc:
        raise LockError(f"cannot write lock file {lock_path}: {exc}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrawlBusy(f"another crawl is using {db_path} (lock {lock_path})") from None
        try:
            lock = CrawlLock(handle, _read_record(handle))
            try:
                yield lock
            finally:
                lock.release()
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

    def line(self, db_path, command="crawl") -> str:
        """The one-line report `recoverywatch crawl` (or `import-warc`) prints."""
        return (
            f"recoverywatch {command}: {self.pages_fetched} pages fetched ({self.not_modified} unchanged, 304), "
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
               progress=None, redis=None, sources_path=None, workers=1, lock=None) -> RunSummary:
    """Crawl `sources` (crawler.sources.Source list) into `db_path` once, then extract.

    `crawler_settings` are Scrapy setting overrides (the sources file's [crawler]
    table); `progress(done, total)` is called during extraction. Raises
    DatabaseError, LockError or CrawlBusy before anything is fetched. Scrapy's
    reactor cannot restart, so call this at most once per process. `lock` is the
    CrawlLock when the caller already holds it (the CLI takes it first thing, so a run
    killed in its first second is still recorded); without it the lock is taken here.

    With `redis` (a redis:// URL) the crawl runs on a shared frontier: `workers` local worker
    processes fetch (more may join with `recoverywatch worker`) and this process writes
    (crawler.redis_crawl); `sources_path` is the file the workers read their sources from."""
    with contextlib.nullcontext(lock) if lock else crawl_lock(db_path) as held:
        return _crawl_locked(held, sources, db_path, crawler_settings=crawler_settings, extract=extract,
                             log_level=log_level, progress=progress, redis=redis, sources_path=sources_path,
                             workers=workers)


def _start_run(db, lock: CrawlLock, origin: str = "crawl") -> int:
    """The run's `crawl_runs` row, after recording the runs that were killed before this one."""
    from recoverywatch.db import save, snapshots

    save.mark_interrupted_runs(db)  # we hold the lock: a run still 'running' was killed
    killed = lock.killed_before_row()
    if lock.unsure and save.run_started_at(db, lock.unsure):
        killed = []  # the previous run wrote them (and its own row) before it was killed
    lock.writing_rows()
    run_id = save.start_run(db, lock.started, killed=tuple(k["started"] for k in killed), origin=origin)
    lock.note_run(run_id)
    return run_id


def _check_redis(redis):
    """RunError when a Redis URL is given and nothing answers there."""
    if not redis:
        return
    from recoverywatch.crawler.redis_frontier import FrontierError, connect
    try:
        connect(redis).close()
    except FrontierError as exc:
        raise RunError(str(exc)) from None


def _crawl_locked(lock, sources, db_path, *, crawler_settings, extract, log_level, progress, redis,
                  sources_path, workers) -> RunSummary:
    from recoverywatch.db import save, snapshots

    _check_redis(redis)  # a bad Redis URL stops the run before it is counted as started
    db = open_database(db_path)
    try:
        run_id = _start_run(db, lock)
        save.save_sources(db, sources)
        resume = save.resume_links(db)
        remember_canonical_addresses(db)
        healed = snapshots.heal(db, db_path)
        if healed:
            log.warning("%d page(s) lost their snapshot in an interrupted run; they are fetched in full again", healed)

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
        return _finish_run(db, run_id, stats, extract, progress)
    finally:
        db.close()


def _finish_run(db, run_id, stats, extract, progress) -> RunSummary:
    """Write a run's counts from its stats, then extract what changed."""
    from recoverywatch.db import save

    summary = RunSummary.from_stats(stats, run_id)
    # what was fetched before a shutdown is kept; the status says the run stopped early
    # 'extracting' until extraction is done: a run killed there is 'interrupted', not 'finished'
    save.finish_run(db, run_id, summary.run_row(), status="extracting" if extract else summary.status)
    if extract:
        from recoverywatch.extraction import extract_pending
        summary = summary.with_extraction(extract_pending(db, progress=progress))
        save.set_run_status(db, run_id, summary.status, extraction_too_long=summary.extraction_too_long)
    return summary


def import_warc(sources, db_path, paths, *, crawler_settings=None, extract=True, progress=None,
                redis=None, workers=1, sources_path=None, log_level="INFO") -> RunSummary:
    """Store the pages of `sources` found in the WARC files `paths` (crawler.warc_import), as a
    crawl would have stored them, then extract; the run's `crawl_runs` row has origin 'warc'.
    Takes the crawl lock (an import and a crawl never write at once). Raises RunError.

    With `redis` the files are shared out between `workers` local worker processes (and any
    `recoverywatch worker` that joins) and this process writes (crawler.redis_warc)."""
    from recoverywatch.db import save

    missing = [str(p) for p in paths if not pathlib.Path(p).is_file()]
    if missing:
        raise RunError(f"WARC file not found: {', '.join(missing)}")
    _check_redis(redis)
    db = open_database(db_path)
    try:
        with crawl_lock(db_path) as lock:
            run_id = _start_run(db, lock, origin="warc")
            save.save_sources(db, sources)
            remember_canonical_addresses(db)
            memory = save.furniture_memory(db)
            db.close()
            if redis:
                from recoverywatch.crawler.redis_warc import run_import_distributed
                stats = run_import_distributed(sources_path, db_path, paths, redis, workers,
                                               crawler_settings=crawler_settings, furniture_memory=memory,
                                               log_level=log_level)
            else:
                from recoverywatch.crawler.warc_import import run_import
                stats = run_import(sources, db_path, paths, overrides=crawler_settings, furniture_memory=memory)
            db = open_database(db_path)
            return _finish_run(db, run_id, stats, extract, progress)
    finally:
        db.close()
