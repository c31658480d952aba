"""An interrupted crawl (SIGKILL, SIGTERM) resumes on the next run: nothing lost, nothing twice."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow  # real crawls, servers and subprocesses

from recoverywatch.demo.server import DemoSite
from tests.conftest import run_cli


def count(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # the crawl has not created its tables yet
    finally:
        con.close()


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_crawl_resumes(tmp_path, sig):
    with DemoSite(delay=0.4) as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(site.sources_toml())
        db = tmp_path / "r.db"
        proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "crawl", "--sources", str(sources),
                                 "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 120
        while time.time() < deadline:
            time.sleep(0.3)
            if db.exists() and count(db, "select count(*) from articles") >= 2:
                break
        os.kill(proc.pid, sig)
        proc.wait(60)
        stored_before = count(db, "select count(*) from articles")
        assert 0 < stored_before <= len(site.articles)
        if sig == signal.SIGKILL:
            assert stored_before < len(site.articles)  # killed mid-crawl
        site.delay = 0
        again = run_cli("crawl", "--sources", sources, "--db", db)
        assert again.returncode == 0, again.stderr[-1500:]
    expected = len(site.articles) + sum(1 for a in site.articles if a.get("report"))  # pages + PDF reports
    assert count(db, "select count(*) from articles") == expected
    assert count(db, "select count(distinct url) from articles") == expected
    assert count(db, "select count(*) from articles where extracted_hash is null or extracted_hash != content_hash") == 0
    statuses = [r[0] for r in sqlite3.connect(db).execute("select status from crawl_runs order by id")]
    assert statuses[-1] == "finished"
    assert statuses[0] == ("interrupted" if sig == signal.SIGKILL else "shutdown")


def test_second_crawl_waits_for_the_lock(tmp_path):
    import fcntl
    sources = tmp_path / "s.toml"
    sources.write_text('[[source]]\nname = "x"\nkind = "press"\nstart_urls = ["http://127.0.0.1:9/"]\n')
    db = tmp_path / "l.db"
    with open(str(db) + ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        result = run_cli("crawl", "--sources", sources, "--db", db)
    assert result.returncode != 0 and "another crawl" in result.stderr
