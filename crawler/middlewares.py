"""Conditional requests from the seen-store, so unchanged articles answer 304."""
import logging

from scrapy import signals

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
