"""Validate, then store each page through db.save (spiders never touch SQL)."""
import logging
import time

from scrapy.exceptions import DropItem

from recoverywatch.crawler import dedupe, furniture
from recoverywatch.crawler.stats import article_stat
from recoverywatch.db import save, snapshots
from recoverywatch.db.schema import open_db

log = logging.getLogger(__name__)


def with_copy_link(db, article: dict) -> dict:
    """The crawler decides whether a page is a syndicated copy of a stored story; db stores the answer."""
    sig = article["signature"] if article.get("signature") is not None else dedupe.signature(article["text"])
    bands = dedupe.bands(sig)
    duplicate_of = dedupe.earlier_copy(sig, save.copy_candidates(db, bands, article["url"]))
    return {**article, "signature": sig, "bands": bands, "duplicate_of": duplicate_of}


class ValidatePipeline:
    """Drop article records that would be half-empty rows."""

    def process_item(self, item, spider=None):
        if item.page_type in ("article", "document"):
            problems = [name for name in ("url", "source", "text") if not getattr(item, name)]
            if problems:
                raise DropItem(f"{item.url}: missing {', '.join(problems)}")
            if not item.title:
                item.title = item.url.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")[:200]
        return item


class StorePipeline:
    """Writes pages in batched transactions: one commit per BATCH items or BATCH_SECONDS.

    A killed crawl loses at most the open batch, and nothing it loses is gone for good:
    listing pages are fetched in full on every run, so their links are found again."""
    BATCH = 50
    BATCH_SECONDS = 2.0

    def __init__(self, db_path, stats):
        self.db_path = db_path
        self.stats = stats
        self.db = None
        self.pending = 0
        self.opened = 0.0
        self.learned = set()  # sources whose template memory grew in this run
        self.started = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("RECOVERYWATCH_DB"), crawler.stats)

    def open_spider(self, spider=None):
        self.db = open_db(self.db_path)
        snapshots.attach(self.db, self.db_path)  # an article and its snapshot commit together
        self.started = save.now_iso()

    def close_spider(self, spider=None):
        if self.db is not None:
            self._commit()
            self.sweep_furniture()
            self.db.close()

    def sweep_furniture(self):
        """Pages stored before their source's template memory was ready kept its furniture:
        clean this run's articles of each source again with what the whole run learned."""
        memory = save.furniture_memory(self.db)
        for source in sorted(self.learned):
            pages, counts = memory.get(source, (0, {}))
            template = furniture.SourceMemory(pages, counts)
            if not template.ready():
                continue
            changed = 0
            with self.db.conn:
                for art in save.source_texts(self.db, source, self.started):
                    text = template.clean(art["text"])
                    if text != art["text"] and text.strip():
                        save.replace_text(self.db, art["id"], text)
                        changed += 1
            if changed:
                log.info("template learning: %d article(s) of %s cleaned of repeated lines", changed, source)

    def _begin(self):
        if not self.db.conn.in_transaction:
            self.db.conn.execute("begin")
            self.opened = time.monotonic()

    def _commit(self):
        if self.db.conn.in_transaction:
            self.db.conn.commit()
        self.pending = 0

    def process_item(self, item, spider=None):
        self._begin()
        if item.page_type == "skipped":  # robots.txt or the redirect scope said no: never fetched
            save.fetched(self.db, *item.addresses())
            return self._done(item)
        if item.links:
            save.save_links(self.db, item.source, item.links)
        archived = None
        if item.page_type in ("article", "document"):
            article = with_copy_link(self.db, item.article())
            outcome = save.save_article(self.db, article)
            archived = snapshots.archive(self.db, save.article_for_url(self.db, article["url"]), item.url,
                                         item.snapshot, article_changed=outcome != "unchanged")
            self.stats.inc_value(article_stat(outcome))
            if outcome == "new" and item.furniture_lines:  # a page is counted once, when first stored
                save.learn_furniture(self.db, item.source, item.furniture_lines)
                self.learned.add(item.source)
            log.info("%s %s: %s", outcome, item.page_type, item.url)
        save.save_page(self.db, {
            "url": item.url, "page_type": item.page_type, "status": item.status,
            "etag": item.etag, "last_modified": item.last_modified,
            "content_hash": save.content_hash(item.text) if item.text else None,
            "snapshot_sha256": archived,
            "fetched_at": item.fetched_at,
        })
        save.fetched(self.db, *item.addresses())
        return self._done(item)

    def _done(self, item):
        self.pending += 1
        if self.pending >= self.BATCH or time.monotonic() - self.opened >= self.BATCH_SECONDS:
            self._commit()
        return item
