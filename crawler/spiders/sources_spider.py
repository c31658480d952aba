"""One spider for every source: listing pages, sitemaps and feeds.

Per-site rules are not needed: scope is the start URL's host and path, and
page analysis (crawler.page) decides what is an article. Every address is made
canonical (crawler.urls) before it is requested or stored; robots.txt and the
scope of redirects are enforced by downloader middlewares (crawler.robots,
crawler.middlewares), which every request passes through.
"""
import concurrent.futures
import logging
import multiprocessing
import os

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap

from recoverywatch.crawler import decode, dedupe, furniture, head, headline, pdf, scope, urls
from recoverywatch.crawler.analysis_queue import AnalysisQueue
from recoverywatch.crawler.items import PageItem
from recoverywatch.crawler.page import HEAVY_PAGE_BYTES, LINK_TAG, MAX_PAGE_BYTES, looks_binary, over_budget
from recoverywatch.crawler.stats import ERRORS, INVALID_URLS, NOINDEX_PAGES, NOT_MODIFIED, skip_stat
from recoverywatch.db import snapshots

log = logging.getLogger(__name__)
# IgnoreRequest messages of our robots.txt and redirect-scope middlewares (which count them);
# any other IgnoreRequest (max redirections, a decompressed body over the size limit) is a failure
RULE_REFUSALS = ("forbidden by robots.txt", "redirect outside source")


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
        self.analysis = None  # AnalysisQueue over the worker processes; None: analyse in this process

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        workers = crawler.settings.getint("RECOVERYWATCH_ANALYSIS_WORKERS", max(1, (os.cpu_count() or 2) - 1))
        spider.workers = workers
        spider.max_url_length = crawler.settings.getint("URLLENGTH_LIMIT", 2083)
        if workers > 0:
            # a page or two queued per worker keeps it fed while results travel back
            spider.analysis = AnalysisQueue(spider._new_pool(), in_flight=2 * workers + 2)
        crawler.signals.connect(spider.close_pool, signal=signals.spider_closed)
        crawler.signals.connect(spider.limit_page_size, signal=signals.headers_received)
        return spider

    def limit_page_size(self, headers, body_length, request, spider=None):
        """An HTML page over the page budget is not downloaded further (Scrapy cancels it, before
        or while it streams, and decompression stops there too): bodies that size would sit in the
        crawl's memory only to be refused. PDFs, feeds and sitemaps keep DOWNLOAD_MAXSIZE."""
        content_type = (headers.get("Content-Type") or b"").lower()
        if request.callback == self.parse_page and not scope.is_pdf(request.url) and (
                not content_type or b"html" in content_type or content_type.startswith(b"text/")):
            request.meta["download_maxsize"] = MAX_PAGE_BYTES

    def _new_pool(self):
        """Page analysis (lxml + trafilatura) is CPU work; in worker processes it no longer stalls
        the downloader. The workers die with the crawl (crawler.worker)."""
        from recoverywatch.crawler import worker
        return concurrent.futures.ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=worker.start)

    def _recycle_pool(self):
        """After a heavy page the worker keeps the memory it grew to: start fresh ones (the old
        pool finishes the pages it holds, then its workers exit)."""
        if self.analysis is not None:
            old, self.analysis.pool = self.analysis.pool, self._new_pool()
            old.shutdown(wait=False)

    def close_pool(self, spider=None):
        if self.analysis is not None:
            self.analysis.pool.shutdown(wait=False, cancel_futures=True)

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

    async def _analyse(self, url, text, anchor=None, links=0):
        """(PageAnalysis, Head) of an HTML page; `anchor` is the text of the link that led here.
        `links` (how many the page holds) puts listings ahead of articles (crawler.analysis_queue)."""
        if self.analysis is not None:
            try:
                return await self.analysis.submit(links, head.analyse_page, url, text, anchor)
            except concurrent.futures.process.BrokenProcessPool:
                if self.analysis is not None:
                    log.warning("analysis worker died; analysing in the crawler process from now on")
                self.analysis = None
        return head.analyse_page(url, text, anchor)

    async def start(self):
        for link in self.resume:
            source = self.sources.get(link["source"])
            url = self._canonical(link["url"], "the frontier") if source is not None else None
            if url is not None:
                meta = {"document_of": link["document_of"]} if link["document_of"] else {}
                if url != link["url"]:  # stored by an older release: clear that row once fetched
                    meta["rw_aliases"] = [link["url"]]
                yield self._request(url, source, self.parse_page, depth=link["depth"] or 0, **meta)
        for source in self.sources.values():
            starts = [(url, self.parse_page, 10) for url in source.start_urls]
            starts += [(url, self.parse_sitemap, 20) for url in source.sitemap_urls]
            starts += [(url, self.parse_feed, 20) for url in source.feed_urls]
            for url, callback, priority in starts:
                url = self._canonical(url, f"the sources file (source {source.name})")
                if url is not None:
                    yield self._request(url, source, callback, depth=0, priority=priority)

    def _request(self, url, source, callback, depth, priority=0, **meta):
        """A request for `url`, a canonical address (crawler.urls).

        `rw_scope` bounds where a redirect may lead (checked by RedirectScopeMiddleware): the
        source's start paths for pages, the whole host for its sitemaps and feeds."""
        if callback == self.parse_page:
            bounds, pdf_anywhere = source.start_urls, source.kind == "committee"
        else:
            bounds, pdf_anywhere = [scope.host_root(url), *source.start_urls], False
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, priority=priority,
            meta={"source": source.name, "rw_depth": depth, "rw_scope": bounds, "rw_pdf_anywhere": pdf_anywhere,
                  **meta},
        )

    def _canonical(self, href, where, base=None):
        """The canonical address of a link (joined to `base`), or None: a malformed one is logged
        in one line and counted, and the caller goes on with the other links."""
        try:
            return urls.join(base, href) if base else urls.canonical(href)
        except urls.InvalidURL as exc:
            self.crawler.stats.inc_value(INVALID_URLS)
            log.warning("%s on %s; skipped", exc, where)
            return None

    # --- discovery strategies -------------------------------------------------

    def parse_sitemap(self, response):
        source = self.sources[response.meta["source"]]
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml raises several types on garbage
            self._count_error("unparseable", f"unreadable sitemap {response.url}: {exc}")
            return
        host_scope = [scope.host_root(response.url)] + source.start_urls
        for entry in sitemap:
            loc = self._canonical(entry.get("loc") or "", f"sitemap {response.url}", base=response.url)
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
        host_scope = [scope.host_root(response.url)] + source.start_urls
        for link in dict.fromkeys(links):
            url = self._canonical(link, f"feed {response.url}", base=response.url)
            if url and scope.in_scope(url, host_scope):
                yield self._request(url, source, self.parse_page, depth=source.max_depth)

    async def parse_page(self, response):
        """A coroutine that returns a list: cheaper for Scrapy to drive than an async generator."""
        source = self.sources[response.meta["source"]]
        if response.status == 304:
            self.crawler.stats.inc_value(NOT_MODIFIED)
            return []
        body = response.body
        if not body or body.isspace():  # (strip() would copy a huge body)
            self._skip("empty", response.url, f"HTTP {response.status}")
            return [self._answered(response, source, "empty")]
        content_type = (_header(response, "Content-Type") or "").lower()
        bom_text = decode.looks_like_text(body)  # UTF-16/32 has NUL bytes but is text
        if "pdf" in content_type or body.startswith(b"%PDF") or (
                not isinstance(response, TextResponse) and not bom_text):
            return list(self._parse_binary(response, source))
        if looks_binary(body) and not bom_text:
            self._count_error("binary", f"binary content served as text at {response.url}; skipped")
            return [self._answered(response, source, "binary")]
        budget = over_budget(body)
        if budget:  # checked before parsing: one huge page must not take the worker's memory
            self._count_error(budget[0], f"{budget[1]} at {response.url}; not parsed")
            return [self._answered(response, source, budget[0])]
        text = decode.page_text(body, content_type)
        links = sum(1 for _ in LINK_TAG.finditer(body))
        page, page_head = await self._analyse(response.url, text, response.meta.get("anchor"), links)
        if len(body) > HEAVY_PAGE_BYTES:
            self._recycle_pool()
        if page.reason.startswith("unparseable"):
            self._count_error("unparseable", f"{page.reason} at {response.url}; skipped")
            return [self._answered(response, source, "unparseable")]
        noindex, nofollow = head.robots_directives(_header(response, "X-Robots-Tag"))
        noindex, nofollow = noindex or page_head.noindex, nofollow or page_head.nofollow
        is_article = page.is_article
        if is_article and noindex:
            # a printer copy, a search view or a page the publisher keeps out of indexes
            self.crawler.stats.inc_value(NOINDEX_PAGES)
            log.info("page marked noindex; not stored as an article: %s", response.url)
            is_article, page.reason = False, "noindex"
        learned = self._apply_template(source, page) if is_article and page.template_text else {}
        canonical = self._declared_canonical(response, source, page_head.canonical) if is_article else None
        links = [] if nofollow else self._links(response, source, page.hrefs, canonical or response.url)
        if not is_article and page.reason != "noindex":
            self._skip("not_article", response.url, page.reason)
        out = [PageItem(
            url=response.url, source=source.name, kind=source.kind,
            page_type="article" if is_article else "listing",
            status=response.status, etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            title=page.title, published=page.published, author=page.author,
            publisher=page.publisher, text=page.text if is_article else "", reason=page.reason,
            links=links, signature=page.signature, furniture_lines=learned,
            canonical=canonical,
            aliases=_aliases(response),
            snapshot=_snapshot(response) if is_article else None,
        )]
        anchors = _link_texts(response.url, page.anchors)
        for url, next_depth, document_of in links:
            meta = {}
            if document_of:  # a PDF inherits the linking page's date and gets its link text as a title candidate
                meta = {"document_of": document_of, "anchor": anchors.get(url), "linked_published": page.published}
            out.append(self._request(url, source, self.parse_page, depth=next_depth, **meta))
        return out

    def _links(self, response, source, hrefs, page_address):
        """In-scope links to follow: (url, depth, document_of). `hrefs` come from the page analysis;
        a committee PDF's `document_of` is the address its page is stored under."""
        depth = response.meta["rw_depth"]
        if depth >= source.max_depth:
            return []
        committee = source.kind == "committee"
        links = {}
        for href in hrefs:
            url = self._canonical(href, f"page {response.url}", base=response.url)
            if url is not None and len(url) > self.max_url_length:
                # Scrapy would drop its request; drop it here so it never enters the frontier either
                self._skip("url_too_long", url[:120] + "...", f"{len(url):,} characters, linked from {response.url}")
                continue
            if url is None or url in (response.url, page_address) or not scope.in_scope(
                    url, source.start_urls, allow_pdf_anywhere_on_host=committee):
                continue
            if scope.is_pdf(url):
                if committee:
                    links[url] = (url, depth + 1, page_address)
                continue
            links[url] = (url, depth + 1, None)
        return list(links.values())

    def _declared_canonical(self, response, source, href):
        """The address the page names as its own (<link rel=canonical>), when it is a usable one in
        the source's scope and differs from the address fetched; else None. A canonical on another
        site (a syndicated story pointing at the original) is left to the copy detection."""
        if not href:
            return None
        url = self._canonical(href, f"rel=canonical of {response.url}", base=response.url)
        if not url or url == response.url or not scope.in_scope(url, source.start_urls):
            return None
        if scope.is_section(url, source.start_urls):
            # a template that names the home or section page as every page's canonical: storing
            # the stories under it would make them overwrite one another
            log.info("rel=canonical of %s names the section page %s; ignored", response.url, url)
            return None
        return url

    def _parse_binary(self, response, source):
        content_type = _header(response, "Content-Type") or ""
        if "pdf" not in content_type.lower() and not response.body.startswith(b"%PDF"):
            self._skip("binary", response.url, f"non-text response ({content_type or 'no type'})")
            return
        report = pdf.read_report(response.body, response.meta.get("anchor"), response.meta.get("linked_published"))
        if report is None:
            self._count_error("unreadable_pdf", f"PDF without extractable text (scanned or corrupt): {response.url}")
            return
        if report.front_sheet:
            self._skip("not_article", response.url, "agenda front sheet")
            yield PageItem(url=response.url, source=source.name, kind=source.kind, page_type="listing",
                           status=response.status, reason="agenda front sheet")
            return
        yield PageItem(
            url=response.url, source=source.name, kind=source.kind, page_type="document",
            status=response.status, etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            title=report.title, published=report.published,
            text=report.text, document_of=response.meta.get("document_of"), aliases=_aliases(response),
            snapshot=_snapshot(response),
        )

    # --- failures -------------------------------------------------------------

    def _answered(self, response, source, reason):
        """A record that takes a page refused for its content off the frontier: the server
        answered, and asking again next run would get the same answer."""
        return PageItem(url=response.url, source=source.name, kind=source.kind, page_type="skipped",
                        aliases=_aliases(response), reason=reason)

    def _skip(self, reason, url, detail):
        """A response not stored as an article: one log line and a count under `reason`
        (crawler.stats.SKIP_REASONS), which ends up in crawl_runs.skip_reasons."""
        self.crawler.stats.inc_value(skip_stat(reason))
        log.info("not stored (%s): %s (%s)", reason, url, detail)

    def _count_error(self, reason, message):
        """A page that failed: logged as a warning, counted as an error and under `reason`."""
        log.warning(message)
        self.crawler.stats.inc_value(ERRORS)
        self.crawler.stats.inc_value(skip_stat(reason))

    def on_error(self, failure):
        request = failure.request
        if failure.check(IgnoreRequest) and str(failure.value).startswith(RULE_REFUSALS):
            # robots.txt or the redirect scope said no (the middleware logged why): not an error,
            # and the link leaves the frontier rather than being retried next run
            source = self.sources.get(request.meta.get("source"))
            if source is None:
                return None
            urls_seen = [request.url, *request.meta.get("redirect_urls", []), *request.meta.get("rw_aliases", [])]
            return PageItem(url=urls_seen[0], source=source.name, kind=source.kind, page_type="skipped",
                            aliases=urls_seen[1:], reason=str(failure.value))
        reason = _failure_reason(failure)
        self._count_error(reason, f"failed {request.url}: {failure.getErrorMessage() or failure.type.__name__}")
        source = self.sources.get(request.meta.get("source"))
        if reason == "too_large" and source is not None:
            # the server answered with too much: asking again next run would get the same answer
            urls_seen = [request.url, *request.meta.get("redirect_urls", []), *request.meta.get("rw_aliases", [])]
            return PageItem(url=urls_seen[0], source=source.name, kind=source.kind, page_type="skipped",
                            aliases=urls_seen[1:], reason=reason)
        return None


def _failure_reason(failure):
    """The skip reason of a request that failed (crawler.stats.SKIP_REASONS)."""
    if failure.check(HttpError):
        return "http_error"
    message = (failure.getErrorMessage() or "").lower().replace("_", "")
    if "redirect" in message:  # Scrapy's "max redirections reached"
        return "redirect_loop"
    if "max size" in message or "maxsize" in message:  # Scrapy's download and decompression limits
        return "too_large"
    return "network_error"


def _aliases(response):
    """Addresses that led to this response besides its own: the redirect chain and, for a link
    resumed from an older run's frontier, the address as that run stored it."""
    seen = [*response.meta.get("redirect_urls", []), *response.meta.get("rw_aliases", [])]
    return [u for u in dict.fromkeys(seen) if u != response.url]


def _snapshot(response):
    """The bytes as fetched, compressed, for the archive (db.snapshots)."""
    return snapshots.pack(response.body, _header(response, "Content-Type"), response.url)


def _header(response, name):
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _link_texts(base, anchors):
    """Canonical address -> link text, for the PDF links a page names (malformed ones are
    already logged by link discovery)."""
    out = {}
    for href, text in anchors.items():
        try:
            url = urls.join(base, href)
        except urls.InvalidURL:
            continue
        if url:
            out[url] = text
    return out
