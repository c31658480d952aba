"""Pages wait here for the analysis workers (crawler.worker), the ones with most links first.

A site's listing pages are chained (page 1 links to page 2, ...) and a listing's links are only
requested once it has been analysed. In a first-come queue every listing waited behind the
articles fetched before it, so the crawl advanced one listing per queue of articles and the
downloader and the workers took turns to idle. Here only a few pages at a time are handed to
the process pool; the rest wait in a heap ordered by how many links they hold, so a listing is
analysed next and its links are being fetched while the articles are read. What is stored does
not change, only the order in which pages are analysed.
"""
import asyncio
import functools
import heapq
import itertools


class AnalysisQueue:
    def __init__(self, pool, in_flight: int):
        self.pool = pool  # a concurrent.futures executor; assign a new one to recycle the workers
        self.in_flight = in_flight  # pages handed to the pool at once: enough to keep every worker busy
        self.busy = 0
        self.waiting = []  # (-priority, arrival, future, fn, args)
        self.arrival = itertools.count()

    def submit(self, priority: int, fn, *args) -> asyncio.Future:
        """A future for `fn(*args)` run in the pool; a higher `priority` is run sooner. An error
        of the pool itself (BrokenProcessPool, a pool shut down) is the future's exception."""
        future = asyncio.get_running_loop().create_future()
        heapq.heappush(self.waiting, (-priority, next(self.arrival), future, fn, args))
        self._dispatch()
        return future

    def _dispatch(self):
        while self.waiting and self.busy < self.in_flight:
            *_, future, fn, args = heapq.heappop(self.waiting)
            if future.cancelled():  # its crawl request was cancelled (shutdown) while it waited
                continue
            try:
                running = asyncio.wrap_future(self.pool.submit(fn, *args))
            except Exception as exc:  # broken or shut down: every waiting page hears it, in turn
                future.set_exception(exc)
                continue
            self.busy += 1
            running.add_done_callback(functools.partial(self._finished, future))

    def _finished(self, future, running):
        self.busy -= 1
        if not future.cancelled():
            if running.cancelled():
                future.cancel()
            elif running.exception() is not None:
                future.set_exception(running.exception())
            else:
                future.set_result(running.result())
        self._dispatch()
