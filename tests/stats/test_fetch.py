"""Reading the Fingertips API: a real HTTP server on 127.0.0.1 answering
`/api/all_data/csv/by_indicator_id?indicator_ids=…&child_area_type_id=…` with the bulk CSV files
written for these tests; the `recoverywatch stats` command run as a subprocess against it and
against saved files."""
import http.server
import sqlite3
import urllib.parse

import pytest

from recoverywatch.db.schema import open_db
from recoverywatch.stats.run import fetch_all
from tests.conftest import run_cli, serving
from tests.stats.conftest import FIXTURES, header

pytestmark = pytest.mark.slow

FILES = {"92454": "in_treatment_drugs.csv", "92453": "in_treatment_alcohol.csv", "90244": "completions_opiate.csv"}


class API(http.server.ThreadingHTTPServer):
    """Each indicator's CSV (header only for those without a file); `fail` answers 503 for an
    indicator, `cut` sends half of one with the whole length announced."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests, self.fail, self.cut = [], set(), set()
        self.base = f"http://127.0.0.1:{self.server_address[1]}/api"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        self.server.requests.append(query)
        indicator = query.get("indicator_ids")
        if url.path != "/api/all_data/csv/by_indicator_id" or indicator in self.server.fail:
            self.send_response(404 if indicator not in self.server.fail else 503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        name = FILES.get(indicator)
        data = (FIXTURES / name).read_bytes() if name else (header() + "\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2] if indicator in self.server.cut else data)


@pytest.fixture
def api():
    with serving(API()) as server:
        yield server


def _no_wait(seconds):
    pass


def test_one_request_per_indicator_for_upper_tier_councils_under_england(api, tmp_path):
    db = open_db(tmp_path / "stats.db")
    result = fetch_all(db, base_url=api.base, sleep=_no_wait)
    assert result["failed"] == [] and result["files"] == 5
    assert sorted(q["indicator_ids"] for q in api.requests) == ["90244", "90245", "92447", "92453", "92454"]
    assert {(q["child_area_type_id"], q["parent_area_type_id"]) for q in api.requests} == {("502", "15")}
    assert result["new"] == 12
    sources = {r["source_url"] for r in db.query("select distinct source_url from treatment_stats")}
    assert all(s.startswith(api.base + "/all_data/csv/by_indicator_id?indicator_ids=") for s in sources)


def test_a_failed_indicator_is_named_and_the_next_run_asks_only_for_it(api, tmp_path, caplog):
    db = open_db(tmp_path / "stats.db")
    api.fail.add("92453")
    api.cut.add("90244")
    first = fetch_all(db, base_url=api.base, sleep=_no_wait)
    assert len(first["failed"]) == 2 and "cut short" in caplog.text
    assert {r["indicator_id"] for r in db.query("select distinct indicator_id from treatment_stats")} == {92454}
    api.fail.clear()
    api.cut.clear()
    api.requests.clear()
    second = fetch_all(db, base_url=api.base, sleep=_no_wait)
    assert second["failed"] == [] and second["fresh"] == 3
    assert sorted(q["indicator_ids"] for q in api.requests) == ["90244", "92453"]
    assert db["treatment_stats"].count == 12


def test_the_command_imports_saved_files_and_reads_the_api(api, tmp_path):
    path = tmp_path / "cli.db"
    saved = run_cli("stats", "--db", path, "--csv", FIXTURES / "in_treatment_drugs.csv", "--csv", FIXTURES / "completions_opiate.csv")
    assert saved.returncode == 0, saved.stderr
    assert "recoverywatch stats: 2 files read; 10 new, 0 revised, 0 unchanged rows" in saved.stdout
    assert "E06999999" in saved.stderr
    fetched = run_cli("stats", "--db", path, "--base-url", api.base)
    assert fetched.returncode == 0, fetched.stderr
    assert "5 files read; 2 new, 0 revised, 10 unchanged rows" in fetched.stdout
    again = run_cli("stats", "--db", path, "--base-url", api.base)
    assert "0 files read, 5 read recently, not asked again" in again.stdout
    con = sqlite3.connect(path)
    assert con.execute("select count(*) from treatment_stats").fetchone()[0] == 12


def test_the_command_refuses_a_malformed_file_in_one_line_and_stores_nothing_of_it(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Indicator ID,Area Code,Time period\n92454,E06000021,2023/24\n")
    path = tmp_path / "cli.db"
    result = run_cli("stats", "--db", path, "--csv", bad)
    assert result.returncode == 1
    assert "bad.csv: not a Fingertips data file: missing column(s) Value, Count, Denominator; nothing imported from it" in result.stderr
    assert "failed: " in result.stdout
    assert sqlite3.connect(path).execute("select count(*) from treatment_stats").fetchone()[0] == 0
