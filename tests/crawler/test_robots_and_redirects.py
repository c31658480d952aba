"""robots.txt answers and redirect bounds, unit by unit (the crawl-level proof that nothing
forbidden is requested is tests/crawler/test_crawl_rules.py)."""
import logging

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from recoverywatch.crawler.head import read_head, robots_directives
from recoverywatch.crawler.middlewares import RedirectScopeMiddleware
from recoverywatch.crawler.robots import ALLOW_ALL, FORBID_ALL, rules_from_response
from recoverywatch.crawler.stats import REDIRECTS_OFF_SCOPE

ROBOTS = b"""User-agent: *
Disallow: /council/internal/
Disallow: /news/search
Allow: /lantern/wp-admin/admin-ajax.php
Disallow: /lantern/wp-admin/

User-agent: recoverywatch
Disallow: /paper/private/
"""


def test_robots_txt_rules_apply_to_our_product_token():
    rules = rules_from_response(200, ROBOTS)
    assert rules.can_fetch("https://www.northvale.gov.uk/paper/story", "recoverywatch")
    assert not rules.can_fetch("https://www.northvale.gov.uk/paper/private/draft", "recoverywatch")
    # the group for us replaces the * group (RFC 9309 2.2.1)
    assert rules.can_fetch("https://www.northvale.gov.uk/council/internal/memo", "recoverywatch")
    assert not rules.can_fetch("https://www.northvale.gov.uk/council/internal/memo", "otherbot")


@pytest.mark.parametrize("status, expected", [(404, ALLOW_ALL), (410, ALLOW_ALL), (403, ALLOW_ALL),
                                              (429, FORBID_ALL), (500, FORBID_ALL), (503, FORBID_ALL)])
def test_missing_robots_txt_allows_and_unreachable_forbids(status, expected):
    assert rules_from_response(status, b"<html>error</html>") is expected


def middleware():
    crawler = get_crawler(settings_dict={})
    crawler.stats.open_spider()
    return RedirectScopeMiddleware.from_crawler(crawler), crawler.stats


def redirected(url, start, bounds, depth=1, pdf_anywhere=False):
    return Request(url, meta={"source": "northvale-news", "rw_depth": depth, "rw_scope": bounds,
                              "rw_pdf_anywhere": pdf_anywhere, "redirect_urls": [start]})


NEWS = ["https://www.northvale.gov.uk/news/"]


@pytest.mark.parametrize("target", [
    "https://www.othertown.gov.uk/news/2024/story",       # a 301 to another host
    "https://www.northvale.gov.uk/jobs/vacancy",          # a 302 out of the start path
    "https://northvale.gov.uk/news/2024/story",           # the bare domain is another host
])
def test_a_redirect_leaving_the_source_is_not_followed_and_is_counted(target, caplog):
    mw, stats = middleware()
    with pytest.raises(IgnoreRequest), caplog.at_level(logging.INFO):
        mw.process_request(redirected(target, "https://www.northvale.gov.uk/news/2024/story", NEWS))
    assert stats.get_value(REDIRECTS_OFF_SCOPE) == 1
    assert any(target in r.getMessage() and "not followed" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("target", [
    "https://www.northvale.gov.uk/news/2024/story-renamed",
    "http://www.northvale.gov.uk/news/2024/story",          # scheme changes are the same site
])
def test_a_redirect_within_the_source_is_followed(target):
    mw, stats = middleware()
    assert mw.process_request(redirected(target, "https://www.northvale.gov.uk/news/2024/story", NEWS)) is None
    assert not stats.get_value(REDIRECTS_OFF_SCOPE)


def test_committee_reports_may_redirect_anywhere_on_the_host_and_requests_without_redirects_pass():
    mw, _ = middleware()
    start = ["https://democracy.westmoor.gov.uk/mgListCommittees.aspx"]
    report = redirected("https://democracy.westmoor.gov.uk/documents/s61240/Report.pdf",
                        "https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841", start,
                        pdf_anywhere=True)
    assert mw.process_request(report) is None
    assert mw.process_request(Request("https://www.othertown.gov.uk/robots.txt")) is None


def test_head_gives_the_canonical_link_and_robots_directives():
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title>'
            '<link rel="alternate" type="application/rss+xml" href="/news/feed">'
            '<link rel="Canonical" href=" https://www.northvale.gov.uk/news/story ">'
            '<meta name="robots" content="noindex,follow"></head><body><p>text</p>'
            '<link rel="canonical" href="https://www.northvale.gov.uk/body-link"></body></html>')
    head = read_head(html)
    assert head.canonical == "https://www.northvale.gov.uk/news/story"
    assert head.noindex and not head.nofollow
    assert read_head("<p>no head at all</p>").canonical is None
    assert read_head("") == read_head("<html></html>")


@pytest.mark.parametrize("value, expected", [
    ("noindex, nofollow", (True, True)), ("none", (True, True)), ("index, follow", (False, False)),
    ("NOINDEX", (True, False)), ("otherbot: noindex", (False, False)), ("recoverywatch: nofollow", (False, True)),
    (None, (False, False)),
])
def test_robots_directives(value, expected):
    assert robots_directives(value) == expected
