"""Pages wait for the analysis workers most-links-first (crawler.analysis_queue), on a real process pool."""
import asyncio
import concurrent.futures
import multiprocessing
import os
import time

import pytest

from recoverywatch.crawler.analysis_queue import AnalysisQueue

pytestmark = pytest.mark.slow  # each test starts a worker process


def _stamp(name, seconds=0.0):
    time.sleep(seconds)
    return name, time.monotonic()


def _die():
    os._exit(1)


def _run(coro):
    return asyncio.run(coro)


def _pool():
    return concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))


def test_a_page_with_many_links_overtakes_the_pages_waiting_before_it():
    async def crawl():
        queue = AnalysisQueue(_pool(), in_flight=1)
        try:
            first = queue.submit(0, _stamp, "article-1", 0.5)  # holds the only worker
            waiting = [queue.submit(0, _stamp, f"article-{i}") for i in (2, 3)]
            listing = queue.submit(25, _stamp, "listing")  # arrives last, holds 25 links
            done = await asyncio.gather(first, *waiting, listing)
            return [name for name, _ in sorted(done, key=lambda r: r[1])]
        finally:
            queue.pool.shutdown()

    assert _run(crawl()) == ["article-1", "listing", "article-2", "article-3"]


def test_a_broken_pool_fails_every_page_it_held_or_kept_waiting():
    async def crawl():
        queue = AnalysisQueue(_pool(), in_flight=1)
        try:
            pages = [queue.submit(0, _die), queue.submit(0, _stamp, "next"), queue.submit(3, _stamp, "listing")]
            return await asyncio.gather(*pages, return_exceptions=True)
        finally:
            queue.pool.shutdown()

    outcomes = _run(crawl())
    assert all(isinstance(o, concurrent.futures.process.BrokenProcessPool) for o in outcomes), outcomes


@pytest.mark.parametrize("in_flight", [1, 3])
def test_every_page_gets_its_own_answer(in_flight):
    async def crawl():
        queue = AnalysisQueue(_pool(), in_flight=in_flight)
        try:
            return await asyncio.gather(*(queue.submit(i % 4, _stamp, f"page-{i}") for i in range(12)))
        finally:
            queue.pool.shutdown()

    assert sorted(name for name, _ in _run(crawl())) == sorted(f"page-{i}" for i in range(12))
