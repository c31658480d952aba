"""Downloader middlewares: conditional requests from the seen-store (unchanged articles answer
304), the scope check on redirects, and a duplicate filter that counts redirects it drops. robots.txt is crawler.robots."""
import logging

from scrapy import signals
from scrapy.dupefilters import RFPDupeFilter
from scrapy.exceptions import IgnoreRequest

from recoverywatch.crawler import scope
from recoverywatch.crawler.stats import REDIRECTS_OFF_SCOPE, skip_stat
from recoverywatch.db import save
from recoverywatch.db.schema import open_db

log = logging.getLogger(__name__)


class ConditionalRequestMiddleware:
    def __init__(self, db_path):
        self.db_path = db_path
        self.seen = {}

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls(crawler.settings.get("RECOVERYWATCH_DB"))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        return mw

    def spider_opened(self, spider):
        if self.db_path:
            db = open_db(self.db_path)
            self.seen = save.seen_pages(db, "article") | save.seen_pages(db, "document")
            db.close()
            log.info("seen-store: %d stored articles will be fetched conditionally", len(self.seen))

    def process_request(self, request, spider=None):
        known = self.seen.get(request.url)
        if known:
            if known.get("etag"):
                request.headers.setdefault("If-None-Match", known["etag"])
            if known.get("last_modified"):
                request.headers.setdefault("If-Modified-Since", known["last_modified"])
        return None


class RedirectScopeMiddleware:
    """A redirect may not carry a request off its source: a 301 to another host or a 302 out of
    the start URL's path is logged, counted and not followed, so nothing from elsewhere is
    stored as the source's article. It sits before the robots.txt middleware, so a foreign
    host's robots.txt is not even fetched.

    Scrapy sends every redirect (3xx and meta refresh) back through the downloader middlewares
    with `redirect_urls` in its meta; the spider puts the bounds of each request in `rw_scope`."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_request(self, request, spider=None):
        chain = request.meta.get("redirect_urls")
        bounds = request.meta.get("rw_scope")
        if not chain or bounds is None:
            return None
        if scope.in_scope(request.url, bounds, allow_pdf_anywhere_on_host=request.meta.get("rw_pdf_anywhere", False)):
            return None
        self.stats.inc_value(REDIRECTS_OFF_SCOPE)
        source = request.meta.get("source")
        if request.meta.get("rw_depth") == 0:  # a start, sitemap or feed URL: the sources file needs the new address
            log.warning("%s redirects to %s, outside source %s; not followed (give the new address in the sources file)",
                        chain[0], request.url, source)
        else:
            log.info("redirect from %s to %s leaves source %s; not followed", chain[0], request.url, source)
        raise IgnoreRequest(f"redirect outside source {source}: {request.url}")


class RedirectAwareDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter, which also drops a redirect whose target this run already
    fetched (a redirect loop, or an alias of a page already read) without a word: those are
    logged and counted under their skip reason here."""

    stats = None

    @classmethod
    def from_crawler(cls, crawler):
        dupefilter = super().from_crawler(crawler)
        dupefilter.stats = crawler.stats
        return dupefilter

    def request_seen(self, request):
        seen = super().request_seen(request)
        chain = request.meta.get("redirect_urls")
        if seen and chain and self.stats is not None:
            reason = "redirect_loop" if request.url in chain else "redirect_to_fetched"
            self.stats.inc_value(skip_stat(reason))
            log.info("not stored (%s): %s redirects to %s", reason, chain[0], request.url)
        return seen
