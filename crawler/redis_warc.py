"""`import-warc --redis`: WARC files read by several workers, shared out through Redis.

The coordinator (`import-warc --redis`) publishes the job and a list of file names, starts
local workers (`recoverywatch worker`; others may join from machines that see the same paths)
and is the one SQLite writer, storing the analysed pages the workers push with the same
pipeline as a single import (crawler.warc_import.ArchiveStorePipeline, so an older copy never
overwrites a newer one). A worker takes one file at a time into its own list; the files of a
worker silent for 10 s go back to the shared list and are read again by another (their pages
are stored again, which changes nothing). Within a file pages keep the archive's order; files
are read in whatever order the workers take them."""
import json
import logging
import os
import pathlib
import tempfile
import threading
import time

from recoverywatch.crawler import redis_frontier as rf
from recoverywatch.crawler.items import to_json
from recoverywatch.crawler.redis_crawl import Stats, _start_worker, run_stats, write_batch
from recoverywatch.crawler.warc_import import ArchiveStorePipeline, analyse_archives

log = logging.getLogger(__name__)

FILES = "rw:warc:files"  # WARC paths not yet taken


def taken(worker):
    return f"rw:warc:taken:{worker}"  # the file a worker is reading


def publish(server, sources_path, crawler_settings, furniture_memory, paths, workers):
    rf.clear_crawl(server)
    server.delete(FILES, *server.scan_iter(taken("*")))
    rf.publish_job(server, {"kind": "warc", "sources_toml": pathlib.Path(sources_path).read_text(encoding="utf-8"),
                            "crawler_settings": crawler_settings or {}, "furniture_memory": furniture_memory,
                            "workers": workers})
    server.rpush(FILES, *[str(pathlib.Path(p).resolve()) for p in paths])


def requeue_dead(server) -> int:
    """Files taken by workers that stopped proving they are alive go back to the shared list."""
    moved = 0
    for worker in server.smembers(rf.Keys.workers):
        worker = worker.decode()
        if not server.exists(rf.Keys.alive(worker)):
            while server.lmove(taken(worker), FILES, "LEFT", "RIGHT"):
                moved += 1
            server.srem(rf.Keys.workers, worker)
    if moved:
        log.warning("%d WARC file(s) of a worker that stopped answering go to another worker", moved)
    return moved


def files_left(server) -> int:
    requeue_dead(server)
    return server.llen(FILES) + sum(server.llen(taken(w.decode())) for w in server.smembers(rf.Keys.workers))


def run_import_distributed(sources_path, db_path, paths, redis_url, workers, *, crawler_settings=None,
                           furniture_memory=None, log_level="INFO") -> dict:
    """Import `paths` with `workers` local workers on `redis_url`, writing `db_path`; the stats."""
    server = rf.connect(redis_url)
    publish(server, sources_path, crawler_settings, furniture_memory or {}, paths, workers)
    procs = [_start_worker(redis_url, log_level) for _ in range(workers)]
    restarts = workers  # a local worker that crashes is replaced, a few times at most
    store = ArchiveStorePipeline(str(db_path), Stats())
    store.open_spider()
    try:
        while True:
            if write_batch(server, store):
                continue
            procs = [p for p in procs if p.poll() is None]
            left = files_left(server)
            if not procs and left and restarts > 0:
                log.warning("crawl workers stopped with %d WARC file(s) left; starting another", left)
                restarts -= 1
                procs.append(_start_worker(redis_url, log_level))
            elif not procs and not server.llen(rf.Keys.items):
                if left:
                    log.error("%d WARC file(s) were not read: the workers kept stopping", left)
                break
            time.sleep(0.2)
    finally:
        store.close_spider()
    stats = run_stats(server, store)
    rf.clear_crawl(server)
    server.delete(FILES)
    return stats


class RedisSink:
    """Where a worker's analysed pages go: the Redis list the writer empties."""

    def __init__(self, server):
        self.server = server

    def process_item(self, item):
        self.server.rpush(rf.Keys.items, to_json(item))
        return item


def work(server, job, worker_id=None) -> dict:
    """Read WARC files from the shared list until none is left; the counts of the files read."""
    from recoverywatch.crawler.sources import load_sources_file

    worker = worker_id or rf.new_worker_id()
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "sources.toml"
        path.write_text(job["sources_toml"], encoding="utf-8")
        sources, _ = load_sources_file(path)
    memory = {name: (pages, counts) for name, (pages, counts) in job.get("furniture_memory", {}).items()}
    stopped = threading.Event()

    def beat():
        while not stopped.wait(2.0):
            try:
                rf.heartbeat(server, worker)
            except Exception as exc:  # Redis gone for a moment: try again at the next beat
                log.warning("redis heartbeat failed: %s", exc)

    rf.heartbeat(server, worker)
    threading.Thread(target=beat, daemon=True).start()
    log.info("worker %s (pid %d) joined the WARC import", worker, os.getpid())
    totals = Stats()
    try:
        while True:
            name = server.lmove(FILES, taken(worker), "LEFT", "RIGHT")
            if name is None:
                if files_left(server):  # another worker is reading one, or died holding it: wait
                    time.sleep(0.5)
                    continue
                break
            name = name.decode()
            stats = Stats()
            analyse_archives(sources, [name], RedisSink(server), stats, overrides=job.get("crawler_settings"),
                             furniture_memory=memory)
            with server.pipeline() as pipe:
                for key, value in stats.values.items():
                    pipe.hincrby(rf.Keys.stats, key, value)
                pipe.lrem(taken(worker), 1, name)
                pipe.execute()
            for key, value in stats.values.items():
                totals.inc_value(key, value)
            log.info("worker %s read %s", worker, name)
    finally:
        stopped.set()
        server.delete(rf.Keys.alive(worker))
        server.srem(rf.Keys.workers, worker)
    return dict(totals.values)
