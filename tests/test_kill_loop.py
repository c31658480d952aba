"""A bounded kill -9 loop (tests/kill_loop.py; benchmarks/kill_loop.py runs more kills): crawls
and extractions killed at random moments lose nothing, duplicate nothing, leave the database
intact, no process behind and no stray file, and every run's status says what happened."""
import pytest

from tests.kill_loop import run

pytestmark = pytest.mark.slow  # crawl and extract subprocesses against a local server


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return run(tmp_path_factory.mktemp("kill"), kills=4, seed=15, max_delay=8.0)


def test_the_processes_were_really_killed_and_none_survived(report):
    assert report["kills"] >= 3, report
    assert report["orphans"] == []  # analysis workers and the resource tracker died with the crawl
    assert report["tracebacks"] == 0


def test_nothing_is_lost_or_duplicated_and_the_database_is_intact(report):
    assert report["final_exit"] == 0
    assert report["integrity"] == "ok"
    assert report["lost"] == [] and report["duplicated"] == 0 and report["unexpected_rows"] == []
    assert report["pending_extraction"] == 0 and report["half_extracted"] == 0
    assert report["unarchived"] == 0 and report["lost_snapshots"] == 0


def test_every_run_status_is_true_and_no_stray_file_is_left(report):
    statuses = report["statuses"]
    assert statuses[-1] == "finished"
    crawls_killed = report["killed_while"].count("crawl")
    # a crawl killed before it took the lock has no row; every other killed run is 'interrupted'
    assert statuses.count("interrupted") <= crawls_killed
    assert statuses.count("finished") == len(statuses) - statuses.count("interrupted")
    assert statuses.count("finished") <= 1 + report["completed_early"]
    assert not {"running", "extracting"} & set(statuses)
    assert report["stray_files"] == set()
