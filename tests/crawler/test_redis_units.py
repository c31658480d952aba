"""Pieces of the shared-frontier crawl that need no Redis server: the order a page's outputs
leave a worker in, the record that travels to the writer, and a clear error for a bad URL."""
import dataclasses
import json

import pytest
import scrapy

from recoverywatch.crawler import redis_frontier as rf
from recoverywatch.crawler.items import PageItem
from recoverywatch.crawler.redis_crawl import page_item
from recoverywatch.crawler.redis_worker import LeaseDone, WorkerError, _leased, run_worker
from recoverywatch.runs import RunError, crawl_once


def _item(**kw):
    return PageItem(url="https://news.example/a", source="s", kind="press", page_type="article", text="Body", **kw)


def test_a_pages_links_leave_before_its_item_and_the_lease_rides_on_the_item():
    item = _item()
    req = scrapy.Request("https://news.example/b")
    out = _leased({rf.LEASE: "7"}, [item, req])
    assert out == [req, item] and item.rw_lease == "7"


def test_a_page_without_an_item_ends_with_a_marker_that_releases_its_lease():
    req = scrapy.Request("https://news.example/b")
    assert _leased({rf.LEASE: "9"}, [req, None]) == [req, LeaseDone("9")]
    assert _leased({}, [req]) == [req]  # not leased (a single-machine request): nothing added


def test_a_page_survives_the_trip_to_the_writer():
    item = _item(links=[("https://news.example/c", 2, None)], furniture_lines={"ab12": ("line", "Share this")},
                 signature=[1, 2, 3], aliases=["https://news.example/a?ref=rss"])
    item.rw_lease = "3"  # bookkeeping of the worker, not part of the record
    back = page_item(json.dumps(dataclasses.asdict(item)).encode())
    assert back == item
    assert back.links == [("https://news.example/c", 2, None)]


def test_a_page_snapshot_survives_the_trip_to_the_writer_byte_for_byte():
    from recoverywatch.crawler.items import to_json
    from recoverywatch.db import snapshots

    body = b"<html><body>\xa3 2m for treatment \x00\xff</body></html>"
    item = _item(snapshot=snapshots.pack(body, "text/html; charset=latin-1", "https://news.example/a"))
    back = page_item(to_json(item).encode())
    assert back == item and snapshots.unpack(back.snapshot) == body


def test_a_worker_with_an_unreachable_redis_says_so_in_one_line():
    with pytest.raises(WorkerError, match="cannot use Redis at redis://127.0.0.1:1/0"):
        run_worker("redis://127.0.0.1:1/0")


def test_a_crawl_with_a_bad_redis_url_stops_before_it_starts(tmp_path):
    with pytest.raises(RunError, match="cannot use Redis"):
        crawl_once([], tmp_path / "x.db", redis="http://not-redis", sources_path=tmp_path / "s.toml")
    assert not (tmp_path / "x.db").exists()


def test_every_spider_callback_releases_its_lease_on_a_worker():
    # a callback the worker does not wrap would keep its lease, and the shared crawl would never end
    from recoverywatch.crawler.redis_worker import RedisSourcesSpider
    from recoverywatch.crawler.spiders.sources_spider import SourcesSpider
    callbacks = {name for name in vars(SourcesSpider) if name.startswith(("parse", "on_"))}
    assert callbacks and all(name in vars(RedisSourcesSpider) for name in callbacks), callbacks
