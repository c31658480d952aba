"""One spider for every source: listing pages, sitemaps and feeds.

Per-site rules are not needed: scope is the start URL's host and path, and
page analysis (crawler.page) decides what is an article.
"""
import asyncio
import concurrent.futures
import logging
import multiprocessing
import os

import scrapy
from scrapy import signals
from scrapy.http import TextResponse
from scrapy.utils.sitemap import Sitemap

from recoverywatch.crawler import dedupe, furniture, headline, pdf, scope
from recoverywatch.crawler.items import PageItem
from recoverywatch.crawler.page import analyse, looks_binary
from recoverywatch.crawler.stats import ERRORS, NOT_MODIFIED

log = logging.getLogger(__name__)


class SourcesSpider(scrapy.Spider):
    name = "sources"
    handle_httpstatus_list = [304]

    def __init__(self, sources=(), resume=(), furniture_memory=None, **kwargs):
        super().__init__(**kwargs)
        self.sources = {s.name: s for s in sources}
        self.resume = list(resume)  # links an earlier, interrupted run found but did not fetch
        # per-source template memory, seeded from the database (crawler.furniture)
        self.templates = {name: furniture.SourceMemory(pages, dict(counts))
                          for name, (pages, counts) in (furniture_memory or {}).items()}
        self.pool = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        workers = crawler.settings.getint("RECOVERYWATCH_ANALYSIS_WORKERS", max(1, (os.cpu_count() or 2) - 1))
        if workers > 0:
            # Page analysis (lxml + trafilatura) is CPU work; in worker processes it no longer
            # stalls the downloader, which then keeps the connections busy.
            spider.pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        crawler.signals.connect(spider.close_pool, signal=signals.spider_closed)
        return spider

    def close_pool(self, spider=None):
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)

    def _apply_template(self, source, page) -> dict:
        """Drop lines and a headline this source repeats on many pages, then count this page's."""
        memory = self.templates.setdefault(source.name, furniture.SourceMemory())
        lines = furniture.page_lines(page.text, page.title)
        cleaned = memory.clean(page.text)
        if cleaned != page.text:
            page.text = cleaned
            page.signature = dedupe.signature(cleaned)
        if memory.title_is_furniture(page.title):
            known = {headline.key(t) for _, t in page.candidates if t and memory.title_is_furniture(t)}
            page.title = headline.choose(page.candidates, frozenset(known)) or page.title
        memory.learn(lines)
        return lines

    async def _analyse(self, url, text, anchor=None):
        if self.pool is not None:
            try:
                return await asyncio.wrap_future(self.pool.submit(analyse, url, text, anchor))
            except concurrent.futures.process.BrokenProcessPool:
                log.warning("analysis worker died; analysing in the crawler process from now on")
                self.pool = None
        return analyse(url, text, anchor)

    async def start(self):
        for link in self.resume:
            source = self.sources.get(link["source"])
            if source is not None:
                meta = {"document_of": link["document_of"]} if link["document_of"] else {}
                yield self._request(link["url"], source, self.parse_page, depth=link["depth"] or 0, **meta)
        for source in self.sources.values():
            for url in source.start_urls:
                yield self._request(url, source, self.parse_page, depth=0, priority=10)
            for url in source.sitemap_urls:
                yield self._request(url, source, self.parse_sitemap, depth=0, priority=20)
            for url in source.feed_urls:
                yield self._request(url, source, self.parse_feed, depth=0, priority=20)

    def _request(self, url, source, callback, depth, priority=0, **meta):
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, priority=priority,
            meta={"source": source.name, "rw_depth": depth, **meta},
        )

    # --- discovery strategies -------------------------------------------------

    def parse_sitemap(self, response):
        source = self.sources[response.meta["source"]]
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml raises several types on garbage
            self._count_error(f"unreadable sitemap {response.url}: {exc}")
            return
        host_scope = [f"{response.urljoin('/')}"] + source.start_urls
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc or not scope.in_scope(loc, host_scope):
                continue
            if sitemap.type == "sitemapindex":
                yield self._request(loc, source, self.parse_sitemap, depth=0, priority=20)
            else:
                yield self._request(loc, source, self.parse_page, depth=source.max_depth, lastmod=entry.get("lastmod"))

    def parse_feed(self, response):
        source = self.sources[response.meta["source"]]
        links = response.xpath(
            "//*[local-name()='item']/*[local-name()='link']/text()"
            " | //*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate']/@href").getall()
        if not links:
            log.warning("feed %s lists no items", response.url)
        host_scope = [response.urljoin("/")] + source.start_urls
        for link in links:
            url = scope.normalise(response.urljoin(link.strip()))
            if scope.in_scope(url, host_scope):
                yield self._request(url, source, self.parse_page, depth=source.max_depth)

    async def parse_page(self, response):
        """A coroutine that returns a list: cheaper for Scrapy to drive than an async generator."""
        source = self.sources[response.meta["source"]]
        if response.status == 304:
            self.crawler.stats.inc_value(NOT_MODIFIED)
            return []
        content_type = (_header(response, "Content-Type") or "").lower()
        if not isinstance(response, TextResponse) or "pdf" in content_type or response.body.startswith(b"%PDF"):
            return list(self._parse_binary(response, source))
        if looks_binary(response.body):
            self._count_error(f"binary content served as text at {response.url}; skipped")
            return []
        try:
            text = response.text
        except (UnicodeDecodeError, LookupError) as exc:
            self._count_error(f"undecodable page {response.url}: {exc}")
            return []
        page = await self._analyse(response.url, text, response.meta.get("anchor"))
        learned = self._apply_template(source, page) if page.is_article and page.template_text else {}
        links = self._links(response, source, page.hrefs)
        if not page.is_article:
            log.debug("not an article (%s): %s", page.reason, response.url)
        out = [PageItem(
            url=response.url, source=source.name, kind=source.kind,
            page_type="article" if page.is_article else "listing",
            status=response.status, etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            title=page.title, published=page.published, author=page.author,
            publisher=page.publisher, text=page.text if page.is_article else "", reason=page.reason,
            links=links, signature=page.signature, furniture_lines=learned,
        )]
        anchors = {scope.normalise(response.urljoin(h.strip())): t for h, t in page.anchors.items()}
        for url, next_depth, document_of in links:
            meta = {}
            if document_of:  # a PDF inherits the linking page's date and gets its link text as a title candidate
                meta = {"document_of": document_of, "anchor": anchors.get(url), "linked_published": page.published}
            out.append(self._request(url, source, self.parse_page, depth=next_depth, **meta))
        return out

    def _links(self, response, source, hrefs):
        """In-scope links to follow: (url, depth, document_of). `hrefs` come from the page analysis."""
        depth = response.meta["rw_depth"]
        if depth >= source.max_depth:
            return []
        committee = source.kind == "committee"
        links = {}
        for href in hrefs:
            url = scope.normalise(response.urljoin(href.strip()))
            if url == response.url or not scope.in_scope(url, source.start_urls, allow_pdf_anywhere_on_host=committee):
                continue
            if scope.is_pdf(url):
                if committee:
                    links[url] = (url, depth + 1, response.url)
                continue
            links[url] = (url, depth + 1, None)
        return list(links.values())

    def _parse_binary(self, response, source):
        content_type = _header(response, "Content-Type") or ""
        if "pdf" not in content_type.lower() and not response.body.startswith(b"%PDF"):
            log.info("skipped non-text response %s (%s)", response.url, content_type or "no type")
            return
        report = pdf.read_report(response.body, response.meta.get("anchor"), response.meta.get("linked_published"))
        if report is None:
            self._count_error(f"PDF without extractable text (scanned or corrupt): {response.url}")
            return
        if report.front_sheet:
            log.info("agenda front sheet, not an article: %s", response.url)
            yield PageItem(url=response.url, source=source.name, kind=source.kind, page_type="listing",
                           status=response.status, reason="agenda front sheet")
            return
        yield PageItem(
            url=response.url, source=source.name, kind=source.kind, page_type="document",
            status=response.status, etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            title=report.title, published=report.published,
            text=report.text, document_of=response.meta.get("document_of"),
        )

    # --- failures -------------------------------------------------------------

    def _count_error(self, message):
        log.warning(message)
        self.crawler.stats.inc_value(ERRORS)

    def on_error(self, failure):
        request = failure.request
        self._count_error(f"failed {request.url}: {failure.getErrorMessage() or failure.type.__name__}")


def _header(response, name):
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
