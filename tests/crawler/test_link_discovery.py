"""Link discovery on pages, feeds and sitemaps written for these tests: one malformed address
loses nothing else, every link is queued under its canonical address, and a page's own
canonical link and robots directives are honoured. The spider's callbacks are called directly
(no network); the analysis runs in-process."""
import asyncio
import logging

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, XmlResponse
from scrapy.utils.test import get_crawler

from recoverywatch.crawler.sources import Source
from recoverywatch.crawler.spiders.sources_spider import SourcesSpider
from recoverywatch.crawler.stats import INVALID_URLS, NOINDEX_PAGES

NEWS = Source(name="northvale-news", kind="council", start_urls=["https://www.northvale.gov.uk/news/"])
PAPER = Source(name="kingsford-live", kind="press", start_urls=["https://www.kingsfordlive.co.uk/news/"],
               feed_urls=["https://www.kingsfordlive.co.uk/news/?service=rss"],
               sitemap_urls=["https://www.kingsfordlive.co.uk/sitemap.xml"])

PARAGRAPHS = [
    "The council's cabinet agreed on Tuesday to extend the contract for the adult drug and alcohol treatment "
    "service for a further two years while a new model of recovery support is designed with residents.",
    "Officers told members that the number of people starting treatment had risen over the last year, and that "
    "waiting times for a first appointment were now shorter than at any point since the service began.",
    "The cabinet member for adult social care said the extension gave staff and the people they support "
    "certainty, and that the new model would be shaped by those with lived experience of recovery.",
    "A report will come back to the health scrutiny committee in the spring, setting out the options for the "
    "future service and the results of the consultation with residents, families and partner agencies.",
]


def spider_for(*sources):
    crawler = get_crawler(SourcesSpider, {"RECOVERYWATCH_ANALYSIS_WORKERS": 0})
    crawler.stats.open_spider()
    return crawler._create_spider(sources=sources)


def html_response(url, body, source, depth=0, headers=None):
    request = Request(url, meta={"source": source.name, "rw_depth": depth})
    return HtmlResponse(url, body=body.encode("utf-8"), encoding="utf-8", request=request, headers=headers)


def xml_response(url, body, source):
    request = Request(url, meta={"source": source.name, "rw_depth": 0})
    return XmlResponse(url, body=body.encode("utf-8"), request=request)


def listing(hrefs):
    items = "".join(f'<li><a href="{h}">Story {i}</a></li>' for i, h in enumerate(hrefs))
    return f"<html><head><title>News</title></head><body><main><ul>{items}</ul></main></body></html>"


def article(head="", links=""):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>Drug service contract extended</title>{head}</head><body><main><article>"
            f"<h1>Drug service contract extended</h1>{body}{links}</article></main></body></html>")


def run(coro):
    return asyncio.run(coro)


def test_one_malformed_href_on_a_listing_loses_no_other_link(caplog):
    spider = spider_for(NEWS)
    hrefs = ["/news/2024/first-story", "http://[::1", "https://www.northvale.gov.uk:8o/news/x",
             "/news/2024/second-story?utm_source=home", "/news/2024/third-story#comments"]
    with caplog.at_level(logging.WARNING):
        out = run(spider.parse_page(html_response("https://www.northvale.gov.uk/news/", listing(hrefs), NEWS)))
    requested = [r.url for r in out if isinstance(r, Request)]
    assert requested == ["https://www.northvale.gov.uk/news/2024/first-story",
                         "https://www.northvale.gov.uk/news/2024/second-story",
                         "https://www.northvale.gov.uk/news/2024/third-story"]
    bad_lines = [r.getMessage() for r in caplog.records if "invalid URL" in r.getMessage()]
    assert len(bad_lines) == 2 and all("\n" not in line and "https://www.northvale.gov.uk/news/" in line
                                       for line in bad_lines)
    assert spider.crawler.stats.get_value(INVALID_URLS) == 2


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kingsford Live - News</title>
<item><title>One</title><link>https://www.kingsfordlive.co.uk/news/kingsford-news/one-29384756?ref=rss</link></item>
<item><title>Broken</title><link>http://[::1</link></item>
<item><title>Two</title><link>https://www.kingsfordlive.co.uk/news/kingsford-news/two-29384757?utm_source=rss&amp;utm_medium=feed</link></item>
<item><title>Elsewhere</title><link>https://www.othertown.co.uk/news/three-1</link></item>
</channel></rss>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://www.kingsfordlive.co.uk/news/kingsford-news/one-29384756</loc></url>
<url><loc>https://[www.kingsfordlive.co.uk/news/broken</loc></url>
<url><loc>https://www.kingsfordlive.co.uk/news/kingsford-news/four-29384759#top</loc></url>
</urlset>"""


def test_feed_links_are_canonical_and_a_bad_item_is_skipped(caplog):
    spider = spider_for(PAPER)
    with caplog.at_level(logging.WARNING):
        out = list(spider.parse_feed(xml_response(PAPER.feed_urls[0], RSS, PAPER)))
    assert [r.url for r in out] == ["https://www.kingsfordlive.co.uk/news/kingsford-news/one-29384756",
                                    "https://www.kingsfordlive.co.uk/news/kingsford-news/two-29384757"]
    assert sum("invalid URL" in r.getMessage() for r in caplog.records) == 1


def test_sitemap_entries_are_canonical_and_a_bad_entry_is_skipped(caplog):
    spider = spider_for(PAPER)
    with caplog.at_level(logging.WARNING):
        out = list(spider.parse_sitemap(xml_response(PAPER.sitemap_urls[0], SITEMAP, PAPER)))
    assert [r.url for r in out] == ["https://www.kingsfordlive.co.uk/news/kingsford-news/one-29384756",
                                    "https://www.kingsfordlive.co.uk/news/kingsford-news/four-29384759"]
    assert sum("invalid URL" in r.getMessage() for r in caplog.records) == 1


def test_requests_carry_the_bounds_a_redirect_must_stay_in():
    spider = spider_for(PAPER)
    page = next(iter(spider.parse_feed(xml_response(PAPER.feed_urls[0], RSS, PAPER))))
    assert page.meta["rw_scope"] == PAPER.start_urls
    (sitemap,) = [r for r in run(_start_requests(spider)) if r.url.endswith("sitemap.xml")]
    assert sitemap.meta["rw_scope"][0] == "https://www.kingsfordlive.co.uk/"


async def _start_requests(spider):
    return [r async for r in spider.start()]


def test_start_urls_and_frontier_links_are_made_canonical_and_bad_ones_skipped():
    spider = spider_for(NEWS)
    spider.resume = [
        {"url": "https://www.northvale.gov.uk/news/2024/old?ref=rss", "source": NEWS.name, "depth": 1, "document_of": None},
        {"url": "http://[::1", "source": NEWS.name, "depth": 1, "document_of": None},
    ]
    requests = run(_start_requests(spider))
    assert [r.url for r in requests] == ["https://www.northvale.gov.uk/news/2024/old", "https://www.northvale.gov.uk/news/"]
    # the frontier row written by an older release is cleared once the canonical address is fetched
    assert requests[0].meta["rw_aliases"] == ["https://www.northvale.gov.uk/news/2024/old?ref=rss"]


@pytest.mark.parametrize("url", ["https://www.northvale.gov.uk/news/2024/contract-extended-1",
                                 "https://www.northvale.gov.uk/news/2024/contract-extended/print"])
def test_an_article_is_stored_under_its_declared_canonical_address(url):
    spider = spider_for(NEWS)
    head = '<link rel="canonical" href="https://www.northvale.gov.uk/news/2024/contract-extended">'
    (item,) = run(spider.parse_page(html_response(url, article(head), NEWS)))
    assert item.page_type == "article" and item.url == url
    assert item.canonical == "https://www.northvale.gov.uk/news/2024/contract-extended"
    stored = item.article()
    assert stored["url"] == item.canonical and stored["aliases"] == [url]


@pytest.mark.parametrize("href", [
    "https://www.othertown.gov.uk/news/2024/contract-extended",  # another site (a syndicated copy)
    "https://www.northvale.gov.uk/jobs/contract-extended",       # outside the source's path
    "http://[::1",                                                # malformed
    "https://www.northvale.gov.uk/news/",                         # the section page: a template bug
    "https://www.northvale.gov.uk/news",
    "https://www.northvale.gov.uk/",                              # the home page
])
def test_a_canonical_link_off_the_source_is_ignored(href):
    spider = spider_for(NEWS)
    url = "https://www.northvale.gov.uk/news/2024/contract-extended"
    (item,) = run(spider.parse_page(html_response(url, article(f'<link rel="canonical" href="{href}">'), NEWS)))
    assert item.page_type == "article" and item.canonical is None and item.article()["url"] == url


@pytest.mark.parametrize("head, headers", [
    ('<meta name="robots" content="noindex, follow">', None),
    ('<meta name="ROBOTS" content="none">', None),
    ("", {"X-Robots-Tag": "noindex"}),
])
def test_a_noindex_copy_is_not_stored_as_an_article(head, headers):
    spider = spider_for(NEWS)
    url = "https://www.northvale.gov.uk/news/2024/contract-extended?view=text-only"
    (item, *_) = run(spider.parse_page(html_response(url, article(head), NEWS, headers=headers)))
    assert item.page_type == "listing" and item.text == "" and item.reason == "noindex"
    assert spider.crawler.stats.get_value(NOINDEX_PAGES) == 1


def test_nofollow_pages_queue_no_links_and_follow_pages_do():
    links = '<p><a href="/news/2024/next-story">Next story</a></p>'
    url = "https://www.northvale.gov.uk/news/2024/contract-extended"
    spider = spider_for(NEWS)
    out = run(spider.parse_page(html_response(url, article('<meta name="robots" content="nofollow">', links), NEWS)))
    assert out[0].page_type == "article" and out[0].links == [] and len(out) == 1
    out = run(spider.parse_page(html_response(url, article('<meta name="robots" content="index, follow">', links), NEWS)))
    assert [r.url for r in out[1:]] == ["https://www.northvale.gov.uk/news/2024/next-story"]


def test_a_forbidden_or_off_scope_request_is_no_error_and_leaves_the_frontier():
    from scrapy.exceptions import IgnoreRequest
    from twisted.python.failure import Failure

    from recoverywatch.crawler.stats import ERRORS

    spider = spider_for(NEWS)
    request = Request("https://www.northvale.gov.uk/news/private/draft", meta={"source": NEWS.name, "rw_depth": 1})
    failure = Failure(IgnoreRequest("forbidden by robots.txt"))
    failure.request = request
    item = spider.on_error(failure)
    assert item.page_type == "skipped" and item.addresses() == [request.url]
    assert not spider.crawler.stats.get_value(ERRORS)


def test_an_http_error_is_still_an_error():
    from scrapy.http import Response
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.python.failure import Failure

    from recoverywatch.crawler.stats import ERRORS

    spider = spider_for(NEWS)
    request = Request("https://www.northvale.gov.uk/news/2024/gone", meta={"source": NEWS.name, "rw_depth": 1})
    failure = Failure(HttpError(Response(request.url, status=500, request=request), "Ignoring non-200 response"))
    failure.request = request
    assert spider.on_error(failure) is None
    assert spider.crawler.stats.get_value(ERRORS) == 1
