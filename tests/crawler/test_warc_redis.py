"""import-warc --redis: WARC files shared out between workers through a real redis-server, one
writer; the same articles as a single-process import."""
import shutil

import pytest

from tests.conftest import run_cli
from tests.crawler.test_redis_crawl import redis_url  # noqa: F401 (the redis-server fixture)
from tests.crawler.test_warc import COUNCIL, HOSTEL, NALOXONE, PAPER, SOURCES, Archive, _mixed_archive, _rows, story

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not shutil.which("redis-server"), reason="Debian redis-server not installed")]


def _archives(tmp_path):
    paths = [_mixed_archive(tmp_path)]
    for n in range(2):
        archive = Archive()
        for k in range(3):
            words = [f"{s} This is update {n}-{k} of the series." for s in (HOSTEL if k % 2 else NALOXONE)]
            archive.response(f"{COUNCIL if k % 2 else PAPER}series-{n}-{k}.html", story(f"Series {n} part {k}", words))
        paths.append(archive.save(tmp_path / f"series-{n}.warc.gz"))
    return paths


def test_workers_sharing_the_files_store_what_one_import_stores(tmp_path, redis_url):  # noqa: F811
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES)
    paths = _archives(tmp_path)
    alone, shared = tmp_path / "alone.db", tmp_path / "shared.db"
    single = run_cli("import-warc", "--sources", sources, "--db", alone, "--no-extract", *paths)
    assert single.returncode == 0, single.stderr
    result = run_cli("import-warc", "--sources", sources, "--db", shared, "--no-extract", "--redis", redis_url,
                     "--workers", "2", *paths)
    assert result.returncode == 0, result.stderr[-3000:]
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("recoverywatch import-warc: 12 pages fetched") and "11 new" in line, line
    assert "1 corrupt_record" in line and "1 off_scope" in line, line
    columns = "url, title, text, published, document_of"
    assert (sorted(map(tuple, (r.values() for r in _rows(shared, f"select {columns} from articles"))))
            == sorted(map(tuple, (r.values() for r in _rows(alone, f"select {columns} from articles")))))
    assert _rows(shared, "select origin, status from crawl_runs") == [{"origin": "warc", "status": "finished"}]


PAGES_PER_FILE = 80  # long enough that a worker is still reading a file when the test kills it


def test_the_files_of_a_killed_worker_are_read_by_another(tmp_path, redis_url):  # noqa: F811
    import os
    import signal
    import subprocess
    import sys
    import time

    import redis

    from recoverywatch.crawler.redis_warc import taken
    from tests.crawler.test_redis_crawl import _children, _is_worker, _stored

    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES)
    paths = []
    for n in range(4):
        archive = Archive()
        for k in range(PAGES_PER_FILE):
            words = [f"{s} This is dispatch {n}-{k} of the series." for s in HOSTEL]
            archive.response(f"{COUNCIL}dispatch-{n}-{k}.html", story(f"Dispatch {n} number {k}", words))
        paths.append(archive.save(tmp_path / f"dispatch-{n}.warc.gz"))
    db = tmp_path / "news.db"
    proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "import-warc", "--sources", str(sources),
                             "--db", str(db), "--no-extract", "--redis", redis_url, "--workers", "2",
                             *map(str, paths)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = []
    try:
        deadline = time.monotonic() + 120
        server = redis.Redis.from_url(redis_url)

        def reading():  # a worker holds a file right now, and some pages are stored (tables exist)
            return any(server.llen(k) for k in server.scan_iter(taken("*"))) and len(_stored(db)) >= 10

        while time.monotonic() < deadline and not reading():
            time.sleep(0.02)
        workers = [p for p in _children(proc.pid) if _is_worker(p)]
        assert len(workers) == 2
        # both die, so whichever was reading a file is among them (on a quiet machine one worker
        # may already be idle, waiting for the other's file); their files go back after 10 s and
        # the workers started in their place read them
        killed = [p for w in workers for p in (w, *_children(w))]
        for worker in workers:
            os.kill(worker, signal.SIGKILL)
        out, err = proc.communicate(timeout=300)
    finally:
        for pid in killed:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert proc.returncode == 0, err[-3000:]
    assert "go to another worker" in err, err[-3000:]
    urls = [r["url"] for r in _rows(db, "select url from articles")]
    assert len(urls) == len(set(urls)) == 4 * PAGES_PER_FILE, "a page was lost or stored twice"
