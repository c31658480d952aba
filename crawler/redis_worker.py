"""One crawl worker on a shared Redis frontier (crawler.redis_frontier).

The worker runs the ordinary spider and page analysis; what changes is where requests come
from (the shared queue, under leases), where analysed pages go (a Redis list the writer
empties into SQLite) and how politeness is kept (a per-host slot reserved in Redis, so the
delay holds for the whole crawl, not per worker). Every worker fetches and obeys robots.txt
itself (crawler.robots).
"""
import asyncio
import dataclasses
import json
import logging
import os
import pathlib
import tempfile

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DropItem
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import task

from recoverywatch.crawler import redis_frontier as rf
from recoverywatch.crawler.items import PageItem, to_json
from recoverywatch.crawler.middlewares import ConditionalRequestMiddleware
from recoverywatch.crawler.pipelines import ValidatePipeline
from recoverywatch.crawler.spiders.sources_spider import SourcesSpider

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0


class WorkerError(Exception):
    """The worker cannot join: the message is one line for the user."""


@dataclasses.dataclass
class LeaseDone:
    """Stands last in the output of a page that gave no item, so its lease is released only
    after the page's links were queued."""
    lease: str


def _leased(meta, out):
    """The callback's output with requests first and the lease riding on the last item."""
    out = [o for o in (out or []) if o is not None]
    lease = meta.get(rf.LEASE)
    requests = [o for o in out if not isinstance(o, PageItem)]
    items = [o for o in out if isinstance(o, PageItem)]
    if lease:
        if items:
            items[-1].rw_lease = lease
        else:
            items.append(LeaseDone(lease))
    return requests + items


class RedisSourcesSpider(SourcesSpider):
    """The sources spider, its outputs ordered so that a page's lease is released last."""

    name = "sources"

    async def parse_page(self, response):
        try:
            out = await super().parse_page(response)
        except Exception:
            self._release(response.meta)
            raise
        return _leased(response.meta, out)

    def parse_sitemap(self, response):
        return _leased(response.meta, self._guarded(super().parse_sitemap, response))

    def parse_feed(self, response):
        return _leased(response.meta, self._guarded(super().parse_feed, response))

    def on_error(self, failure):
        out = super().on_error(failure)
        return _leased(failure.request.meta, [out])

    def _guarded(self, callback, response):
        try:
            return list(callback(response) or [])
        except Exception:
            self._release(response.meta)
            raise

    def _release(self, meta):
        if meta.get(rf.LEASE):
            rf.ack(self.crawler.redis, rf.LeasedQueue.worker_id, meta[rf.LEASE])


class RedisItemPipeline:
    """Validate each page, then push it for the writer and release its lease in one MULTI."""

    def __init__(self, crawler):
        self.server = crawler.redis
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        worker = rf.LeasedQueue.worker_id
        if isinstance(item, LeaseDone):
            rf.ack(self.server, worker, item.lease)
            return item
        lease = getattr(item, "rw_lease", None)
        try:
            ValidatePipeline().process_item(item)
        except DropItem:
            if lease:
                rf.ack(self.server, worker, lease)
            raise
        with self.server.pipeline() as pipe:
            pipe.rpush(rf.Keys.items, to_json(item))
            if lease:
                pipe.hdel(rf.Keys.inflight(worker), lease)
            pipe.execute()
        return item


class PolitenessMiddleware:
    """DOWNLOAD_DELAY per host for the whole crawl: a request waits until Redis grants its
    host's slot (the workers' own Scrapy delay is 0)."""

    def __init__(self, crawler):
        self.server = crawler.redis
        self.delay = crawler.settings.getfloat("RECOVERYWATCH_HOST_DELAY")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        if self.delay > 0:
            parts = urlparse_cached(request)
            origin = f"{parts.scheme}://{parts.netloc}".lower()
            while (wait := rf.host_slot(self.server, origin, self.delay)) > 0:
                await asyncio.sleep(wait)
        return None


class SharedSeenMiddleware(ConditionalRequestMiddleware):
    """Conditional requests from the validators the crawl's coordinator published in Redis
    (a worker on another machine has no database)."""

    @classmethod
    def from_crawler(cls, crawler):
        mw = super().from_crawler(crawler)
        mw.server = crawler.redis
        return mw

    def spider_opened(self, spider):
        raw = self.server.hgetall(rf.Keys.seen)
        self.seen = {k.decode(): json.loads(v) for k, v in raw.items()}
        log.info("seen-store: %d stored articles will be fetched conditionally", len(self.seen))


class Membership:
    """Extension: heartbeat, stats sent to Redis, re-queueing dead workers' leases, and staying
    open while any worker still has pages to fetch."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = crawler.redis
        self.worker = rf.LeasedQueue.worker_id
        self.sent = {}
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        rf.heartbeat(self.server, self.worker)
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(HEARTBEAT_SECONDS, now=False)

    def beat(self):
        try:
            rf.heartbeat(self.server, self.worker)
            self.send_stats()
            rf.requeue_dead(self.server)
        except Exception as exc:  # Redis gone for a moment: try again at the next beat
            log.warning("redis heartbeat failed: %s", exc)

    def send_stats(self):
        stats = self.crawler.stats.get_stats()
        with self.server.pipeline(transaction=False) as pipe:
            for key, value in stats.items():
                if isinstance(value, int) and not isinstance(value, bool) and value != self.sent.get(key, 0):
                    pipe.hincrby(rf.Keys.stats, key, value - self.sent.get(key, 0))
                    self.sent[key] = value
            pipe.execute()

    def idle(self, spider):
        if rf.outstanding(self.server):
            raise DontCloseSpider

    def closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.send_stats()
        rf.leave(self.server, self.worker)


def worker_settings(redis_url, job, db_path=None) -> dict:
    """Scrapy settings for a worker of the crawl described by `job`."""
    crawler = job.get("crawler_settings") or {}
    from recoverywatch.crawler import settings as defaults
    per_domain = crawler.get("CONCURRENT_REQUESTS_PER_DOMAIN", defaults.CONCURRENT_REQUESTS_PER_DOMAIN)
    workers = max(1, job.get("workers", 1))
    return {
        **crawler,
        "REDIS_URL": redis_url,
        "SCHEDULER": "recoverywatch.crawler.redis_frontier.LeasedScheduler",
        "SCHEDULER_QUEUE_CLASS": "recoverywatch.crawler.redis_frontier.LeasedQueue",
        "SCHEDULER_QUEUE_KEY": rf.Keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": rf.Keys.dupefilter,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        # the per-host delay is reserved in Redis for all workers; the per-host concurrency is
        # shared out between the local workers the crawl started
        "RECOVERYWATCH_HOST_DELAY": crawler.get("DOWNLOAD_DELAY", defaults.DOWNLOAD_DELAY),
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": max(1, per_domain // workers),
        # a request waiting for its host's slot holds no connection; more of them in hand lets
        # a worker keep every host's slots used rather than wait on a few hosts
        "CONCURRENT_REQUESTS": max(64, crawler.get("CONCURRENT_REQUESTS", defaults.CONCURRENT_REQUESTS)),
        "RECOVERYWATCH_DB": db_path,
        "ITEM_PIPELINES": {"recoverywatch.crawler.redis_worker.RedisItemPipeline": 800},
        "EXTENSIONS": {"recoverywatch.crawler.redis_worker.Membership": 500},
        "DOWNLOADER_MIDDLEWARES": {
            **defaults.DOWNLOADER_MIDDLEWARES,
            "recoverywatch.crawler.middlewares.ConditionalRequestMiddleware": None,
            "recoverywatch.crawler.redis_worker.SharedSeenMiddleware": 560,
            "recoverywatch.crawler.redis_worker.PolitenessMiddleware": 950,
        },
    }


def run_worker(redis_url, log_level="INFO", wait=30.0) -> dict:
    """Join the crawl on `redis_url` and fetch until its frontier is empty; Scrapy's stats."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from recoverywatch.crawler import settings as default_settings
    from recoverywatch.crawler.sources import load_sources_file

    from scrapy.core.engine import ExecutionEngine

    try:
        server = rf.connect(redis_url)
    except rf.FrontierError as exc:
        raise WorkerError(str(exc)) from None
    job = rf.read_job(server, wait=wait)
    if job is None:
        raise WorkerError(f"no crawl is running on {redis_url}")
    if job.get("kind") == "warc":  # import-warc --redis: this worker reads archives, not sites
        from recoverywatch.crawler.redis_warc import work
        return work(server, job)
    # an idle worker looks at the shared queue every half second rather than every 5 s, so it
    # picks up links the other workers find
    ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = 0.5
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "sources.toml"
        path.write_text(job["sources_toml"], encoding="utf-8")
        sources, _ = load_sources_file(path)
    rf.LeasedQueue.worker_id = rf.new_worker_id()
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.set("LOG_LEVEL", log_level)
    settings.set("LOG_INSTALL_ROOT_HANDLER", False)
    for key, value in worker_settings(redis_url, job).items():
        settings.set(key, value)
    process = CrawlerProcess(settings)
    root = logging.getLogger()
    root.setLevel(log_level)
    for handler in root.handlers:
        handler.setLevel(log_level)
    crawler = process.create_crawler(RedisSourcesSpider)
    crawler.redis = server
    memory = {name: (pages, counts) for name, (pages, counts) in job.get("furniture_memory", {}).items()}
    process.crawl(crawler, sources=sources, resume=job.get("resume", []), furniture_memory=memory)
    log.info("worker %s (pid %d) joined the crawl on %s", rf.LeasedQueue.worker_id, os.getpid(), redis_url)
    process.start()
    return crawler.stats.get_stats()
