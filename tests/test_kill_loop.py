"""A bounded kill -9 loop (tests/kill_loop.py; benchmarks/kill_loop.py runs more kills): crawls
and extractions killed at random moments lose nothing, duplicate nothing, leave the database
intact, no process behind, no stray file and no stale lock, and every run's status says what
happened, including crawls killed in their first second and the moment they took the lock."""
import pytest

from tests.kill_loop import run

pytestmark = pytest.mark.slow  # crawl and extract subprocesses against a local server


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return run(tmp_path_factory.mktemp("kill"), kills=4, seed=15, max_delay=8.0, early=2, at_lock=2)


def test_the_processes_were_really_killed_and_none_survived(report):
    assert report["kills"] >= 7, report
    assert report["crawl_killed_before_row"] >= 2  # the at_lock kills landed where they were aimed
    assert report["crawl_killed_before_lock"] >= 1  # and the one at once, before Python had done anything
    assert report["orphans"] == []  # analysis workers and the resource tracker died with the crawl
    assert report["tracebacks"] == 0


def test_nothing_is_lost_or_duplicated_and_the_database_is_intact(report):
    assert report["final_exit"] == 0
    assert report["integrity"] == "ok"
    assert report["lost"] == [] and report["duplicated"] == 0 and report["unexpected_rows"] == []
    assert report["pending_extraction"] == 0 and report["half_extracted"] == 0
    assert report["unarchived"] == 0 and report["lost_snapshots"] == 0


def test_every_run_status_is_true_and_no_stray_file_or_stale_lock_is_left(report):
    statuses = report["statuses"]
    assert statuses[-1] == "finished"
    # every crawl killed after taking the lock has one 'interrupted' row, whether or not it had
    # written its own; one killed before (in the interpreter's start, nothing done) has none
    assert statuses.count("interrupted") == report["crawl_killed_before_row"] + report["crawl_killed_with_row"]
    assert report["rows_killed_before_row"] == report["crawl_killed_before_row"]
    assert statuses.count("finished") == len(statuses) - statuses.count("interrupted")
    assert statuses.count("finished") == 1 + report["crawls_completed_early"]
    assert not {"running", "extracting"} & set(statuses)
    assert report["stray_files"] == set()
    assert report["stale_locks"] == 0
