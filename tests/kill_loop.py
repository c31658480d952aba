"""SIGKILL `recoverywatch crawl` and `recoverywatch extract` at random moments, again and again,
then let one crawl finish, and report what a user would check: nothing lost or duplicated, the
database intact, every run's status true to what happened, no process left behind, no stray file.
Used by tests/test_kill_loop.py (a few kills) and benchmarks/kill_loop.py (ten or more)."""
import os
import pathlib
import random
import signal
import sqlite3
import subprocess
import sys
import time

from tests.hostile_site import HostileSite, sources_toml
from tests.processes import group_members

DB_FILES = {"kill.db", "kill.db-wal", "kill.db-shm", "kill.db.lock", "sources.toml",
            "kill.snapshots.db", "kill.snapshots.db-wal", "kill.snapshots.db-shm"}


def start(*args):
    # a session of its own, so the crawl's process group is exactly its processes
    return subprocess.Popen([sys.executable, "-m", "recoverywatch", *map(str, args)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def leftovers(pgid, wait=5.0):
    """Processes of the killed group still alive after `wait` seconds (orphans)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        alive = group_members(pgid)
        if not alive:
            return []
        time.sleep(0.1)
    alive = group_members(pgid)
    for pid in alive:  # do not leave them running after the check
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return alive


def run(work: pathlib.Path, kills: int, seed: int = 15, max_delay: float = 12.0) -> dict:
    rng = random.Random(seed)
    report = {"kills": 0, "completed_early": 0, "orphans": [], "stray_files": set(), "tracebacks": 0,
              "killed_while": []}
    with HostileSite(scale=1) as site:
        (work / "sources.toml").write_text(sources_toml(site))
        db = work / "kill.db"
        for i in range(kills):
            extract = i % 3 == 2 and db.exists()  # every third kill lands in `recoverywatch extract`
            args = ("extract", "--db", db) if extract else ("crawl", "--sources", work / "sources.toml", "--db", db)
            proc = start(*args)
            time.sleep(rng.uniform(0.2, max_delay))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)  # the main PID only, as an OOM killer or `kill -9` would
                report["kills"] += 1
                report["killed_while"].append(args[0])
            else:
                report["completed_early"] += 1
            _, err = proc.communicate()
            report["tracebacks"] += err.count("Traceback")
            report["orphans"] += leftovers(proc.pid)
            report["stray_files"] |= {p.name for p in work.iterdir()} - DB_FILES
        final = start("crawl", "--sources", work / "sources.toml", "--db", db)
        _, err = final.communicate(timeout=600)
        report["final_exit"] = final.returncode
        report["tracebacks"] += err.count("Traceback")
        report["orphans"] += leftovers(final.pid, wait=1.0)
        report["stray_files"] |= {p.name for p in work.iterdir()} - DB_FILES
        con = sqlite3.connect(db)
        try:
            report["integrity"] = con.execute("pragma integrity_check").fetchone()[0]
            report["statuses"] = [s for (s,) in con.execute("select status from crawl_runs order by id")]
            urls = [u for (u,) in con.execute("select url from articles")]
            good = site.good_urls()
            texts = dict(con.execute("select url, text from articles"))
            report["lost"] = sorted(u for u, (sentence, _) in good.items() if sentence not in texts.get(u, ""))
            report["duplicated"] = len(urls) - len(set(urls))
            report["unexpected_rows"] = sorted(u for u in urls if u not in good and "/longread-" not in u)
            report["pending_extraction"] = con.execute(
                "select count(*) from articles where extracted_hash is null or extracted_hash != content_hash"
            ).fetchone()[0]
            report["half_extracted"] = con.execute(
                "select count(*) from articles a where relevant = 1 and not exists "
                "(select 1 from mentions m where m.article_id = a.id)").fetchone()[0]
            con.execute("attach database ? as snap", [str(work / "kill.snapshots.db")])
            # every article has its bytes archived, and every page row's archived bytes exist
            report["unarchived"] = con.execute(
                "select count(*) from articles a where not exists "
                "(select 1 from snap.snapshots s where s.article_id = a.id)").fetchone()[0]
            report["lost_snapshots"] = con.execute(
                "select count(*) from pages p where snapshot_sha256 is not null and not exists "
                "(select 1 from snap.snapshots s where s.sha256 = p.snapshot_sha256)").fetchone()[0]
        finally:
            con.close()
    return report
