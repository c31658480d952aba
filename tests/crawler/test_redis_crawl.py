"""A crawl shared by several workers through a real redis-server (Debian's package; .ci/run
installs it, and these tests skip without it), against a generated site on 127.0.0.1."""
import collections
import http.server
import os
import pathlib
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

REDIS = shutil.which("redis-server")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not REDIS, reason="Debian redis-server not installed (.ci/run installs it)")]

WORDS = ("council treatment service recovery drug alcohol contract provider funding people adults staff hub "
         "charity outreach prescribing residents families support review report committee year plan").split()


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.kill()
    proc.wait()


class Site:
    """A newsroom of `n` stories on listing pages, a robots.txt forbidding /news/private/, and a
    count of every request by path; `delay` slows each answer like a real server."""

    def __init__(self, n, delay=0.0):
        self.n, self.delay = n, delay
        self.hits = collections.Counter()
        self.times = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.hits[self.path] += 1
                site.times.append(time.monotonic())
                time.sleep(site.delay)
                body = site.page(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/news/"

    def page(self, path):
        if path == "/robots.txt":
            return b"User-agent: *\nDisallow: /news/private/\n"
        per = 20
        if path == "/news/" or path.startswith("/news/page"):
            k = 0 if path == "/news/" else int(path[len("/news/page"):-len(".html")])
            links = "".join(f"<li><h3><a href='/news/story-{j}.html'>Story number {j}</a></h3></li>"
                            for j in range(k * per, min(self.n, (k + 1) * per)))
            nxt = f"<a href='/news/page{k + 1}.html'>Next</a>" if (k + 1) * per < self.n else ""
            secret = f"<a href='/news/private/memo-{k}.html'>Memo</a>"
            return f"<html><body><main><ul>{links}</ul>{nxt}{secret}</main></body></html>".encode()
        if path.startswith("/news/story-"):
            i = int(path[len("/news/story-"):-len(".html")])
            words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(400)]
            paras = "".join(f"<p>Story {i}: " + " ".join(words[k:k + 50]) + ".</p>" for k in range(0, 400, 50))
            return (f"<!DOCTYPE html><html><head><title>Story {i}</title><meta property='og:type' content='article'>"
                    f"</head><body><main><article><h1>Story {i} about the treatment service in ward {i}</h1>"
                    f"<time datetime='2024-03-{1 + i % 28:02d}'>date</time>{paras}</article></main></body></html>"
                    ).encode()
        return None

    def sources(self, tmp_path, delay=0.0):
        path = tmp_path / "sources.toml"
        path.write_text(f'[crawler]\ndownload_delay = {delay}\nper_domain_concurrency = 6\n\n'
                        f'[[source]]\nname = "newsroom"\nkind = "press"\nstart_urls = ["{self.base}"]\n'
                        f'max_depth = 100\n')
        return path

    def story_paths(self):
        return {f"/news/story-{i}.html" for i in range(self.n)}


def _crawl(sources, db, redis_url, workers, **kw):
    return subprocess.Popen([sys.executable, "-m", "recoverywatch", "crawl", "--sources", str(sources), "--db", str(db),
                             "--redis", redis_url, "--workers", str(workers), "--no-extract", "--log-level", "WARNING"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _stored(db):
    try:
        with sqlite3.connect(db) as conn:
            return [r[0] for r in conn.execute("select url from articles")]
    except sqlite3.Error:
        return []


def _children(pid):
    try:
        return [int(p) for p in pathlib.Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _running(pid):
    """Whether `pid` is a live process (an exited one may linger as a zombie until reaped)."""
    try:
        return pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _cmdline(pid):
    try:
        return pathlib.Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return b""


def _is_worker(pid):
    try:
        return b"worker" in pathlib.Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def test_three_workers_store_every_article_once_fetch_each_once_and_obey_robots(tmp_path, redis_url):
    site = Site(120)
    db = tmp_path / "crawl.db"
    proc = _crawl(site.sources(tmp_path), db, redis_url, 3)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    assert out.strip().splitlines()[-1].startswith("recoverywatch crawl: ")
    assert "120 new" in out
    urls = _stored(db)
    assert len(urls) == len(set(urls)) == 120
    assert {u.split("127.0.0.1", 1)[1].split("/", 1)[1] for u in urls} == {p[1:] for p in site.story_paths()}
    assert all(site.hits[p] == 1 for p in site.story_paths()), "an article was fetched more than once"
    assert not [p for p in site.hits if p.startswith("/news/private/")], "robots.txt was not obeyed"
    with sqlite3.connect(db) as conn:
        assert conn.execute("select status, articles_new from crawl_runs").fetchall() == [("finished", 120)]
    site.server.shutdown()


def test_sigkill_of_a_worker_and_of_the_writer_loses_and_duplicates_nothing(tmp_path, redis_url):
    site = Site(300, delay=0.02)
    db = tmp_path / "crawl.db"
    sources = site.sources(tmp_path, delay=0.01)
    first = _crawl(sources, db, redis_url, 3)
    orphans = []
    try:
        deadline = time.monotonic() + 120
        while len(_stored(db)) < 40 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = [p for p in _children(first.pid) if _is_worker(p)]
        assert len(workers) == 3
        # the victim: a worker with its page-analysis process and multiprocessing's resource tracker
        # running (under load one worker may not have analysed a page yet, so any worker will do)
        victim, kinds, started = None, b"", time.monotonic() + 60
        while victim is None and time.monotonic() < started:
            for worker in workers:
                helpers = _children(worker)
                kinds = b" ".join(_cmdline(p) for p in helpers)
                if b"spawn_main" in kinds and b"resource_tracker" in kinds:
                    victim = worker
                    break
            else:
                time.sleep(0.1)
        assert victim is not None, kinds
        orphans += helpers  # ended at the end of the test if they outlive it
        os.kill(victim, signal.SIGKILL)  # a worker dies mid-crawl, holding leased requests
        gone = time.monotonic() + 10
        while any(_running(p) for p in helpers) and time.monotonic() < gone:
            time.sleep(0.1)
        left = [_cmdline(p)[:120] for p in helpers if _running(p)]
        assert not left, f"processes outlived their SIGKILLed worker: {left}"
        while len(_stored(db)) < 120 and time.monotonic() < deadline:
            time.sleep(0.2)
        orphans += [p for w in _children(first.pid) if _is_worker(w) for p in (w, *_children(w))]
        os.kill(first.pid, signal.SIGKILL)  # then the writer, mid-batch; its workers go on alone
        first.wait()
        assert len(_stored(db)) < 300, "the crawl finished before the writer was killed"
        second = _crawl(sources, db, redis_url, 2)  # restarting resumes the crawl left in Redis
        out, err = second.communicate(timeout=300)
        assert second.returncode == 0, err[-3000:]
    finally:
        for pid in orphans:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    urls = _stored(db)
    assert len(urls) == len(set(urls)) == 300, "a page was lost or stored twice"
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("select status from crawl_runs order by id")] == ["interrupted", "finished"]
    site.server.shutdown()


def test_the_per_host_delay_holds_across_workers(tmp_path, redis_url):
    site = Site(30)
    delay = 0.25
    proc = _crawl(site.sources(tmp_path, delay=delay), tmp_path / "crawl.db", redis_url, 3)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    assert "30 new" in out
    gaps = [b - a for a, b in zip(site.times, site.times[1:])]
    assert len(gaps) >= 32
    # three workers, one host: requests still come one per delay, as from a single crawler
    assert sum(g < 0.8 * delay for g in gaps) <= 1, sorted(gaps)[:5]
    assert (site.times[-1] - site.times[0]) >= 0.9 * delay * len(gaps)
    site.server.shutdown()


def test_a_worker_started_apart_joins_the_crawl(tmp_path, redis_url):
    site = Site(60, delay=0.02)
    db = tmp_path / "crawl.db"
    joined = subprocess.Popen([sys.executable, "-m", "recoverywatch", "worker", "--redis", redis_url,
                               "--log-level", "INFO"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc = _crawl(site.sources(tmp_path), db, redis_url, 1)
    out, err = proc.communicate(timeout=300)
    _, joined_err = joined.communicate(timeout=60)
    assert proc.returncode == 0 and joined.returncode == 0, err[-2000:] + joined_err[-2000:]
    assert "joined the crawl" in joined_err
    assert "downloader/response_count" in joined_err  # it fetched pages itself
    urls = _stored(db)
    assert len(urls) == len(set(urls)) == 60
    assert all(site.hits[p] == 1 for p in site.story_paths())
    site.server.shutdown()
