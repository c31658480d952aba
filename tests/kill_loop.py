"""SIGKILL `recoverywatch crawl` and `recoverywatch extract` at random moments, again and again,
then let one crawl finish, and report what a user would check: nothing lost or duplicated, the
database intact, every run's status true to what happened, no process left behind, no stray file,
no stale lock. Besides kills at random moments, `early` kills land in a crawl's first second (the
first of them at once, while the interpreter starts) and `at_lock` kills the moment a crawl has
taken its lock, before it could write its run row.
Used by tests/test_kill_loop.py (a few kills) and benchmarks/kill_loop.py (ten or more)."""
import fcntl
import json
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
# A kill while a new database file is switched to WAL leaves SQLite's rollback journal: a hot
# journal the next open plays back and deletes. It is allowed between kills, never at the end.
HOT_JOURNALS = {"kill.db-journal", "kill.snapshots.db-journal"}


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


def lock_record(db: pathlib.Path):
    """What the crawl lock file says about the run holding it (or the run killed holding it)."""
    try:
        text = pathlib.Path(str(db) + ".lock").read_text()
    except FileNotFoundError:
        return None
    return json.loads(text) if text.strip() else None


def run_status(db: pathlib.Path, run_id: int):
    con = sqlite3.connect(db)
    try:
        row = con.execute("select status from crawl_runs where id = ?", [run_id]).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def lock_is_free(db: pathlib.Path) -> bool:
    path = pathlib.Path(str(db) + ".lock")
    if not path.exists():
        return True
    with open(path, "a") as handle:  # "a": taking it must not change what it records
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle, fcntl.LOCK_UN)
    return True


def wait_for_lock(proc, db, seconds=30.0):
    """Wait until `proc` holds the crawl lock (its pid in the lock file); False if it never did."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        record = lock_record(db)
        if record and record.get("pid") == proc.pid:
            return True
        time.sleep(0.005)
    return False


def schedule(rng, kills, early, at_lock):
    """The order of the kills: 'late' (a random moment), 'at_once' and 'early' (in the first second),
    'at_lock'."""
    plan = ["late"] * kills + ["at_once"] * min(early, 1) + ["early"] * max(early - 1, 0) + ["at_lock"] * at_lock
    rng.shuffle(plan)
    return plan


def run(work: pathlib.Path, kills: int, seed: int = 15, max_delay: float = 12.0, early: int = 0,
        at_lock: int = 0) -> dict:
    rng = random.Random(seed)
    report = {"kills": 0, "completed_early": 0, "crawls_completed_early": 0, "orphans": [], "stray_files": set(), "tracebacks": 0,
              "killed_while": [], "stale_locks": 0,
              # what each killed crawl had done: nothing yet, taken the lock, written its run row
              "crawl_killed_before_lock": 0, "crawl_killed_before_row": 0, "crawl_killed_with_row": 0}
    with HostileSite(scale=1) as site:
        (work / "sources.toml").write_text(sources_toml(site))
        db = work / "kill.db"
        for i, when in enumerate(schedule(rng, kills, early, at_lock)):
            extract = when == "late" and i % 3 == 2 and db.exists()  # every third late kill lands in `extract`
            args = ("extract", "--db", db) if extract else ("crawl", "--sources", work / "sources.toml", "--db", db)
            proc = start(*args)
            if when == "at_lock":
                wait_for_lock(proc, db)
            elif when != "at_once":
                time.sleep(rng.uniform(0.0, 1.0) if when == "early" else rng.uniform(0.2, max_delay))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)  # the main PID only, as an OOM killer or `kill -9` would
            # a run that ended just before the kill landed (a zombie takes the signal) finished
            if proc.wait() != -signal.SIGKILL:
                report["completed_early"] += 1
                report["crawls_completed_early"] += not extract
            else:
                report["kills"] += 1
                report["killed_while"].append(args[0])
                if not extract:
                    record = lock_record(db)
                    if not record or record.get("pid") != proc.pid:
                        report["crawl_killed_before_lock"] += 1
                    elif "run_id" not in record:
                        report["crawl_killed_before_row"] += 1
                    elif run_status(db, record["run_id"]) == "finished":
                        # killed on its way out, after it had written that it finished
                        report["crawls_completed_early"] += 1
                    else:
                        report["crawl_killed_with_row"] += 1
            _, err = proc.communicate()
            report["tracebacks"] += err.count("Traceback")
            report["orphans"] += leftovers(proc.pid)
            report["stale_locks"] += not lock_is_free(db)  # the kernel drops a dead holder's lock
            report["stray_files"] |= {p.name for p in work.iterdir()} - DB_FILES - HOT_JOURNALS
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
            report["rows_killed_before_row"] = con.execute(
                "select count(*) from crawl_runs where status = 'interrupted' and error_summary like 'killed before%'"
            ).fetchone()[0]
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
