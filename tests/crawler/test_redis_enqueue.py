"""Queueing a link in the shared frontier survives a worker that dies mid-step.

A worker's connection to a real redis-server runs through a TCP relay on 127.0.0.1 that
passes on the worker's first write naming the duplicate filter and then cuts the line for
good, as a SIGKILL at that moment would. The parent page is then fetched again by another
worker (its lease went back to the queue), which queues the same link."""
import socket
import threading

import pytest
import scrapy
from scrapy.utils.test import get_crawler

from recoverywatch.crawler import redis_frontier as rf
from recoverywatch.crawler.redis_worker import worker_settings
from tests.crawler.test_redis_crawl import REDIS, redis_url  # noqa: F401 (the redis-server fixture)

pytestmark = pytest.mark.skipif(not REDIS, reason="Debian redis-server not installed (.ci/run installs it)")


class DyingRelay:
    """Relays one client to Redis until a chunk naming `word` has been passed on, then closes
    every connection and refuses new ones: the client is dead from Redis's side."""

    def __init__(self, target_port, word):
        self.target_port, self.word, self.dead = target_port, word, threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.dead.is_set():
                client.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src, dst, outgoing):
        try:
            while chunk := src.recv(65536):
                if self.dead.is_set():
                    break
                # marked dead before the write goes on, so Redis's reply to it can never be relayed
                # back, however the two threads are scheduled
                last = outgoing and self.word in chunk
                if last:
                    self.dead.set()
                dst.sendall(chunk)
                if last:
                    break
        except OSError:
            pass
        for s in (src, dst):
            s.close()

    def close(self):
        self.listener.close()


def _scheduler(url):
    # the worker's own frontier settings, without the extensions that need a whole worker
    settings = {k: v for k, v in worker_settings(url, {}).items()
                if k.startswith(("SCHEDULER", "DUPEFILTER", "REDIS"))}
    settings["REDIS_PARAMS"] = {"retry_on_error": [], "socket_timeout": 2}
    crawler = get_crawler(scrapy.Spider, settings)
    spider = scrapy.Spider.from_crawler(crawler, "recoverywatch")
    crawler.spider = spider
    scheduler = rf.LeasedScheduler.from_crawler(crawler)
    scheduler.open(spider)
    return scheduler


def test_a_link_is_queued_once_though_its_worker_died_as_it_was_marked_seen(redis_url):  # noqa: F811
    import redis
    rf.LeasedQueue.worker_id = rf.new_worker_id()
    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    relay = DyingRelay(port, rf.Keys.dupefilter.encode())
    link = scrapy.Request("http://127.0.0.1:9/news/bus-depot-recovery-hub")
    try:
        dying = _scheduler(f"redis://127.0.0.1:{relay.port}/0")
        with pytest.raises(redis.RedisError):
            dying.enqueue_request(link.copy())
        assert relay.dead.is_set(), "the relay never saw the duplicate filter written"
    finally:
        relay.close()

    again = _scheduler(redis_url)  # the parent page fetched again by a live worker
    again.enqueue_request(link.copy())
    again.enqueue_request(link.copy())  # and a third time: still one request
    queued = again.server.zrange(rf.Keys.requests, 0, -1)
    assert len(queued) == 1, f"the link is queued {len(queued)} times, not once"
    assert again.queue.pop().url == link.url


def test_a_redirect_hands_its_lease_over_when_queued_and_gives_it_back_when_dropped(redis_url):  # noqa: F811
    rf.LeasedQueue.worker_id = rf.new_worker_id()
    scheduler = _scheduler(redis_url)
    server, inflight = scheduler.server, rf.Keys.inflight(rf.LeasedQueue.worker_id)
    scheduler.enqueue_request(scrapy.Request("http://127.0.0.1:9/news/old-address"))
    leased = scheduler.queue.pop()
    assert server.hlen(inflight) == 1

    moved = leased.replace(url="http://127.0.0.1:9/news/new-address")  # a redirect keeps the lease
    assert scheduler.enqueue_request(moved)
    assert server.hlen(inflight) == 0 and server.zcard(rf.Keys.requests) == 1

    again = scheduler.queue.pop()
    back = again.replace(url="http://127.0.0.1:9/news/old-address")  # a redirect to a page seen
    assert not scheduler.enqueue_request(back)
    assert server.hlen(inflight) == 0 and server.zcard(rf.Keys.requests) == 0
