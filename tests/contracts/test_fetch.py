"""Reading the procurement APIs: a real HTTP server on 127.0.0.1 answering as Find a Tender's
`ocdsReleasePackages` does (cursor pagination through `links.next`, updatedFrom/updatedTo/stages)."""
import http.server
import json
import urllib.parse

import pytest

from recoverywatch.contracts.run import fetch_updates
from recoverywatch.db.schema import open_db
from tests.conftest import serving
from tests.contracts.conftest import FIXTURES

pytestmark = pytest.mark.slow


class API(http.server.ThreadingHTTPServer):
    """Two pages (award package, then the extension) behind a cursor; `fail_cursor` answers 503."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests, self.fail_cursor = [], None
        self.base = f"http://127.0.0.1:{self.server_address[1]}/api/1.0/ocdsReleasePackages"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        self.server.requests.append(query)
        cursor = query.get("cursor")
        if cursor and cursor == self.server.fail_cursor:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        if cursor is None:
            body = json.loads((FIXTURES / "stoke_tender_award.json").read_text())
            body["links"] = {"next": self.server.base + "?cursor=page2"}
        elif cursor == "page2":
            body = json.loads((FIXTURES / "stoke_extension.json").read_text())
        else:
            body = {"releases": [], "links": {}}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def api():
    with serving(API()) as server:
        yield server


def _api(server):
    return {"name": "find-a-tender", "url": server.base, "from_param": "updatedFrom", "to_param": "updatedTo",
            "stages": "award", "limit": 100, "start": "2025-02-24T00:00:00"}


def test_follows_the_cursor_and_next_run_asks_only_for_what_changed(api, tmp_path):
    db = open_db(tmp_path / "x.db")
    result = fetch_updates(db, apis=[_api(api)], sleep=lambda s: None)
    assert result["pages"] == 2 and result["new"] == 1 and result["failed"] == []
    first = api.requests[0]
    assert (first["updatedFrom"], first["stages"], first["limit"]) == ("2025-02-24T00:00:00", "award", "100")
    [row] = db.query("select end_date, notices from contracts")
    assert row == {"end_date": "2032-09-30", "notices": 3}
    window_end = first["updatedTo"]
    api.requests.clear()
    fetch_updates(db, apis=[_api(api)], sleep=lambda s: None)
    assert api.requests[0]["updatedFrom"] == window_end
    assert db["contract_notices"].count == 3


def test_an_interrupted_run_resumes_at_the_page_it_stopped_on(api, tmp_path):
    db = open_db(tmp_path / "x.db")
    api.fail_cursor = "page2"
    result = fetch_updates(db, apis=[_api(api)], sleep=lambda s: None)
    assert result["failed"] == ["find-a-tender"] and result["pages"] == 1
    assert len([r for r in api.requests if r.get("cursor") == "page2"]) == 4  # tried, then 3 retries
    [row] = db.query("select end_date from contracts")
    assert row["end_date"] == "2030-09-30"  # the first page is stored
    api.fail_cursor, api.requests[:] = None, []
    result = fetch_updates(db, apis=[_api(api)], sleep=lambda s: None)
    assert [r.get("cursor") for r in api.requests] == ["page2"] and result["failed"] == []
    [row] = db.query("select end_date from contracts")
    assert row["end_date"] == "2032-09-30"
    [state] = db.query("select next_url, updated_to from contract_feeds")
    assert state["next_url"] is None and state["updated_to"]


def test_a_url_given_to_ocds_is_imported(api, tmp_path):
    from click.testing import CliRunner
    from recoverywatch.cli import cli
    result = CliRunner().invoke(cli, ["contracts", "--db", str(tmp_path / "x.db"), "--ocds", api.base])
    assert result.exit_code == 0 and "1 new" in result.output
