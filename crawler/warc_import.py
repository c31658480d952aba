"""Backfill from web archives: archived answers go through the crawl's own page analysis and
storage, as if the crawler had just fetched them.

Each response record whose URL belongs to a source (the crawler's host and path scope; robots.txt
is not asked, the pages were fetched long ago) becomes the Scrapy response a live fetch would
have produced, with the record's WARC-Date as its fetch time and its HTTP headers (type, charset,
ETag, Last-Modified). SourcesSpider.parse_page analyses it (worker pool, canonical address,
noindex, template learning); ValidatePipeline and StorePipeline store it (copy detection,
article_urls, furniture). Records are stored in the order of the archive, so a re-import, or the
same pages crawled in that order, give the same rows. Committee PDFs come after every page, so
that they know the meeting page that links them. Links found on archived pages are not queued:
the live crawl finds its own. A copy older than the stored one is not stored (`older_copy`)."""
import asyncio
import collections
import logging
import os

import scrapy
from scrapy.exceptions import DropItem
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from recoverywatch.crawler import scope, urls, warc
from recoverywatch.crawler.items import PageItem
from recoverywatch.crawler.pipelines import StorePipeline, ValidatePipeline
from recoverywatch.crawler.redis_crawl import Stats
from recoverywatch.crawler.spiders.sources_spider import SourcesSpider
from recoverywatch.crawler.stats import ERRORS, ITEMS_DROPPED, RESPONSES, skip_stat
from recoverywatch.db import save

log = logging.getLogger(__name__)

PROBLEM_IS_ERROR = {"corrupt_record", "truncated", "undecodable"}  # damage, not a publisher's answer
DOCUMENT_META = ("document_of", "anchor", "linked_published")


class ArchiveSpider(SourcesSpider):
    """The crawl's page analysis, fed from archived answers instead of the downloader."""

    name = "warc"

    def __init__(self, sources, furniture_memory, stats, workers, max_url_length=2083):
        super().__init__(sources=sources, furniture_memory=furniture_memory)
        self.crawler = type("ArchiveCrawler", (), {"stats": stats})()
        self.workers, self.max_url_length = workers, max_url_length
        self.pool = self._new_pool() if workers > 0 else None
        self.documents = {}  # PDF address -> what the page linking it said (crawler meta)

    def source_for(self, url):
        """(source, canonical address) of an archived URL in a source's crawl scope, else None.
        A PDF belongs only to a committee source, as in the crawl."""
        try:
            address = urls.canonical(url)
        except urls.InvalidURL:
            return None
        if not address:
            return None
        for source in self.sources.values():
            committee = source.kind == "committee"
            if scope.is_pdf(address) and not committee:
                continue
            if scope.in_scope(address, source.start_urls, allow_pdf_anywhere_on_host=committee):
                return source, address
        return None

    def response(self, archived, source, address):
        """The Scrapy response a live fetch of `address` would have given."""
        headers = Headers(archived.headers)
        meta = {"source": source.name, "rw_depth": 0, **self.documents.get(address, {})}
        cls = responsetypes.from_args(headers=headers, url=address, body=archived.body)
        return cls(url=address, status=archived.status, headers=headers, body=archived.body,
                   request=scrapy.Request(address, meta=meta))

    async def analyse_record(self, archived) -> list:
        """The PageItems of one archived answer (links kept only to date and title PDFs)."""
        source, address = self.source_for(archived.url)
        self.crawler.stats.inc_value(RESPONSES)
        try:
            out = await self.parse_page(self.response(archived, source, address))
        except Exception as exc:  # one odd record must not stop the import
            log.error("could not analyse %s (%s): %s", archived.url, archived.where, exc)
            self.crawler.stats.inc_value(ERRORS)
            return []
        items = []
        for thing in out:
            if isinstance(thing, PageItem):
                thing.links = []  # the live crawl finds its own links; an archive's would flood the frontier
                thing.fetched_at = archived.fetched_at
                items.append(thing)
            elif isinstance(thing, scrapy.Request) and thing.meta.get("document_of"):
                self.documents[thing.url] = {k: thing.meta.get(k) for k in DOCUMENT_META}
        return items


class ArchiveStorePipeline(StorePipeline):
    """StorePipeline, except that an archived copy older than the stored one is not stored."""

    def process_item(self, item, spider=None):
        if item.page_type in ("article", "document") and item.fetched_at:
            self._begin()
            stored = save.newest_fetch(self.db, item.canonical or item.url, [item.url, *item.aliases])
            if stored and stored > item.fetched_at:
                self.stats.inc_value(skip_stat("older_copy"))
                log.info("not stored (older_copy): %s archived %s, stored copy fetched %s",
                         item.url, item.fetched_at, stored)
                return self._done(item)
        return super().process_item(item, spider)


def _report(problem, stats):
    stats.inc_value(skip_stat(problem.reason))
    if problem.reason in PROBLEM_IS_ERROR:
        stats.inc_value(ERRORS)
        log.warning("not stored (%s): %s at %s (%s)", problem.reason, problem.url or "record", problem.where,
                    problem.detail)
    else:
        log.info("not stored (%s): %s at %s (%s)", problem.reason, problem.url, problem.where, problem.detail)


async def _import(spider, paths, store, window, limit):
    """Analyse up to `window` records at once and store them in the order of the archives. A PDF
    whose linking page has not been met yet waits for a second pass over its file."""
    validate, stats = ValidatePipeline(), spider.crawler.stats
    deferred = collections.defaultdict(set)  # path -> positions of PDFs left for the second pass

    def keep(item):
        try:
            store.process_item(validate.process_item(item))
        except DropItem as exc:
            stats.inc_value(ITEMS_DROPPED)
            log.warning("dropped: %s", exc)

    async def drain(pending, until=0):
        while len(pending) > until:
            for item in await pending.popleft():
                keep(item)

    async def run(records, path, second_pass):
        pending = collections.deque()
        for found in records:
            if isinstance(found, warc.Problem):
                if not second_pass:  # the second pass reads again only PDFs the first read whole
                    _report(found, stats)
                continue
            if scope.is_pdf(spider.source_for(found.url)[1]):
                if second_pass and found.where not in deferred[path]:
                    continue
                await drain(pending)  # every earlier page analysed: its PDF links are known
                if not second_pass and urls.canonical(found.url) not in spider.documents:
                    deferred[path].add(found.where)
                    continue
            elif second_pass:
                continue
            pending.append(asyncio.ensure_future(spider.analyse_record(found)))
            await drain(pending, until=window - 1)
        await drain(pending)

    def in_scope(url):
        if spider.source_for(url) is None:  # most of a CC-NEWS file: counted, logged at debug level only
            stats.inc_value(skip_stat("off_scope"))
            log.debug("not stored (off_scope): %s", url)
            return False
        return True

    for path in paths:
        await run(warc.read_archive(path, in_scope, limit), path, second_pass=False)
    def is_document(url):
        found = spider.source_for(url)
        return found is not None and scope.is_pdf(found[1])

    for path in paths:
        if deferred[path]:
            await run(warc.read_archive(path, is_document, limit), path, second_pass=True)


def analyse_archives(sources, paths, sink, stats, *, overrides=None, furniture_memory=None):
    """Analyse the WARC files `paths` for `sources`, handing each page's item to
    `sink.process_item` in archive order; counts go to `stats` (crawler.stats names)."""
    overrides = overrides or {}
    workers = int(overrides.get("RECOVERYWATCH_ANALYSIS_WORKERS", max(1, (os.cpu_count() or 2) - 1)))
    limit = int(overrides.get("DOWNLOAD_MAXSIZE", 20 * 1024 * 1024))
    spider = ArchiveSpider(sources, furniture_memory, stats, workers, int(overrides.get("URLLENGTH_LIMIT", 2083)))
    try:
        asyncio.run(_import(spider, paths, sink, window=max(2, 2 * workers), limit=limit))
    finally:
        spider.close_pool()


def run_import(sources, db_path, paths, *, overrides=None, furniture_memory=None) -> dict:
    """Import the WARC files `paths` into `db_path` for `sources`; return stats shaped like a
    crawl's (crawler.stats names) for recoverywatch.runs."""
    stats = Stats()
    store = ArchiveStorePipeline(str(db_path), stats)
    store.open_spider()
    try:
        analyse_archives(sources, paths, store, stats, overrides=overrides, furniture_memory=furniture_memory)
    finally:
        store.close_spider()
    return dict(stats.values)
