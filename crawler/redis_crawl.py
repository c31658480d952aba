"""The coordinator of a crawl on a shared Redis frontier: it publishes the job, starts local
workers (`recoverywatch worker` subprocesses; more may join from other machines) and is the
crawl's one SQLite writer.

SQLite keeps one writer: workers push analysed pages to a Redis list and this process stores
them with the same pipeline a single-machine crawl uses (crawler.pipelines.StorePipeline), so
copy detection, template learning and the seen-store see every page in one order. Per-worker
shards merged afterwards would make copy detection depend on the merge. The writer moves a
batch into `rw:writing`, stores and commits it, then deletes it: a writer killed mid-batch
finds the batch there on restart and stores it again (storing a page twice is idempotent).
"""
import json
import logging
import subprocess
import sys
import time

from recoverywatch.crawler import redis_frontier as rf
from recoverywatch.crawler.items import from_json
from recoverywatch.crawler.pipelines import StorePipeline

log = logging.getLogger(__name__)

BATCH = 200


class Stats:
    """The part of Scrapy's stats collector StorePipeline uses."""

    def __init__(self):
        self.values = {}

    def inc_value(self, key, count=1, start=0, spider=None):
        self.values[key] = self.values.get(key, start) + count


page_item = from_json  # one analysed page from the Redis list


def write_batch(server, store) -> int:
    """Store one batch of analysed pages; returns how many."""
    if not server.llen(rf.Keys.writing):
        with server.pipeline() as pipe:
            for _ in range(BATCH):
                pipe.lmove(rf.Keys.items, rf.Keys.writing, "LEFT", "RIGHT")
            pipe.execute()
    batch = server.lrange(rf.Keys.writing, 0, -1)
    for raw in batch:
        try:
            store.process_item(page_item(raw))
        except Exception as exc:  # one bad record is logged and counted; the batch goes on
            log.error("could not store a page from the frontier: %s", exc)
            store.stats.inc_value("item_dropped_count")
    store._commit()
    server.delete(rf.Keys.writing)
    return len(batch)


def publish(server, sources_path, crawler_settings, furniture_memory, resume, seen, workers):
    """Start a new crawl's job in Redis, or keep the one an interrupted coordinator left."""
    left = rf.outstanding(server) + server.llen(rf.Keys.items) + server.llen(rf.Keys.writing)
    if server.exists(rf.Keys.job) and left:
        log.info("resuming the crawl already on Redis (%d requests and pages left)", left)
        return False
    rf.clear_crawl(server)
    with server.pipeline() as pipe:
        for url, row in seen.items():
            pipe.hset(rf.Keys.seen, url, json.dumps({"etag": row.get("etag"), "last_modified": row.get("last_modified")}))
        pipe.execute()
    rf.publish_job(server, {
        "sources_toml": open(sources_path, encoding="utf-8").read(),
        "crawler_settings": crawler_settings or {}, "workers": workers,
        "furniture_memory": furniture_memory, "resume": resume,
    })
    return True


def _start_worker(redis_url, log_level):
    return subprocess.Popen([sys.executable, "-m", "recoverywatch", "worker", "--redis", redis_url,
                             "--log-level", log_level])


def run_distributed(sources_path, db_path, redis_url, workers, *, crawler_settings=None, log_level="INFO",
                    resume=(), furniture_memory=None, seen=None) -> dict:
    """Crawl with `workers` local workers on `redis_url`, writing `db_path`; the merged stats."""
    logging.getLogger().setLevel(log_level)  # as a single-machine crawl: the writer logs at the crawl's level
    server = rf.connect(redis_url)
    publish(server, sources_path, crawler_settings, furniture_memory or {}, list(resume), seen or {}, workers)
    procs = [_start_worker(redis_url, log_level) for _ in range(workers)]
    restarts = workers  # a local worker that crashes is replaced, a few times at most
    store = StorePipeline(str(db_path), Stats())
    store.open_spider()
    try:
        while True:
            written = write_batch(server, store)
            if written:
                continue
            running = [p for p in procs if p.poll() is None]
            for p in procs:
                if p.poll() not in (None, 0) and restarts > 0 and rf.outstanding(server):
                    log.warning("crawl worker (pid %d) stopped with %s; starting another", p.pid, p.returncode)
                    restarts -= 1
                    running.append(_start_worker(redis_url, log_level))
            procs = running
            if not procs and not server.llen(rf.Keys.items) and not rf.outstanding(server):
                break
            time.sleep(0.2)
    finally:
        store.close_spider()
    stats = run_stats(server, store)
    rf.clear_crawl(server)  # finished: the next run starts from the sources again
    return stats


def run_stats(server, store) -> dict:
    """The run's counts: the workers' (summed in Redis) plus the writer's own."""
    stats = {k.decode(): int(v) for k, v in server.hgetall(rf.Keys.stats).items()}
    for key, value in store.stats.values.items():
        stats[key] = stats.get(key, 0) + value
    return stats
