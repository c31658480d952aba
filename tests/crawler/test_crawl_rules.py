"""A real crawl (the CLI in a subprocess, twice) of a small council newsroom served on 127.0.0.1
that logs every request: robots.txt is obeyed on every path (start URLs, links, sitemap and feed
entries, links resumed from the frontier, redirects), redirects leaving the source are not
followed, malformed links lose nothing else, and every story is stored once under one address."""
import http.server
import sqlite3
import threading

import pytest

from recoverywatch.db.schema import open_db
from tests.conftest import run_cli
from tests.hostile_site import PARAGRAPHS  # the same plain council prose

pytestmark = pytest.mark.slow  # a real crawl subprocess against a local server

ROBOTS = "User-agent: *\nDisallow: /news/private/\nDisallow: /news/drafts/\n"
CMIS = "/news/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1234/Committee/56/"


def story(title, head="", links=""):
    paragraphs = "".join(f"<p>{title}: {s}</p>" for s in PARAGRAPHS)
    return (f"<html><head><title>{title}</title>{head}</head><body><main><article><h1>{title}</h1>"
            f"{paragraphs}{links}</article></main></body></html>")


class Newsroom(http.server.ThreadingHTTPServer):
    """The site: pages by path, redirects, and a log of (host header, path) for every request."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests = []
        self.robots_status = 200
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        base = self.base
        listing_links = [
            "/news/2024/alpha", "/news/2024/beta?ref=rss", "/news/2024/gamma", "/news/2024/gamma-text-only",
            "/news/private/listed", "/news/moved", "/news/away", "/news/outside", "/news/renamed",
            CMIS + "Default.aspx", CMIS + "SelectedTab/Attendance/Default.aspx", "http://[::1",
            "https://127.0.0.1:99999/news/bad-port",
        ]
        items = "".join(f'<li><a href="{h}">{h}</a></li>' for h in listing_links)
        self.pages = {
            "/robots.txt": ("text/plain", ROBOTS),
            "/news/": ("text/html", f"<html><head><title>News</title></head><body><main><ul>{items}</ul></main></body></html>"),
            "/news/2024/alpha": ("text/html", story("Alpha recovery hub opens")),
            "/news/2024/beta": ("text/html", story("Beta needle exchange moves")),
            "/news/2024/gamma": ("text/html", story("Gamma contract extended")),
            # a copy of gamma that names gamma as its canonical address
            "/news/2024/gamma-text-only": ("text/html", story(
                "Gamma contract extended", f'<link rel="canonical" href="{base}/news/2024/gamma">')),
            "/news/2024/delta": ("text/html", story("Delta detox beds funded")),
            CMIS + "Default.aspx": ("text/html", story("Health scrutiny committee, 5 September 2024")),
            "/news/feed.xml": ("application/rss+xml", (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
                f"<item><title>a</title><link>{base}/news/2024/alpha?ref=rss</link></item>"
                "<item><title>bad</title><link>http://[::1</link></item>"
                f"<item><title>p</title><link>{base}/news/private/from-feed</link></item>"
                f"<item><title>b</title><link>{base}/news/2024/beta?utm_source=rss&amp;utm_medium=feed</link></item>"
                "</channel></rss>")),
            "/news/sitemap.xml": ("application/xml", (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{base}/news/2024/delta</loc></url>"
                "<url><loc>https://[127.0.0.1/news/broken</loc></url>"
                f"<url><loc>{base}/news/private/from-sitemap</loc></url></urlset>")),
        }
        # anything forbidden or out of scope is served too, so fetching it would store it
        for path in ("/news/private/listed", "/news/private/from-feed", "/news/private/from-sitemap",
                     "/news/private/seeded", "/news/private/redirected", "/news/drafts/old",
                     "/news/2024/elsewhere", "/jobs/vacancy"):
            self.pages[path] = ("text/html", story(f"Forbidden page {path}"))
        self.redirects = {
            "/news/moved": (301, f"{base}/news/private/redirected"),      # to a path robots.txt forbids
            "/news/away": (301, f"http://localhost:{self.server_address[1]}/news/2024/elsewhere"),  # another host
            "/news/outside": (302, "/jobs/vacancy"),                        # out of the start path
            "/news/renamed": (301, "/news/2024/delta"),                     # within the source: followed
        }

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        site = self.server
        site.requests.append((self.headers.get("Host", "").split(":")[0], self.path))
        if self.path == "/robots.txt" and site.robots_status != 200:
            self.send_error(site.robots_status)
            return
        if self.path in site.redirects:
            status, location = site.redirects[self.path]
            self.send_response(status)
            self.send_header("Location", location)
            self.end_headers()
            return
        ctype, body = site.pages.get(self.path, ("text/html", None))
        data = (body or "<html><body><h1>Page not found</h1></body></html>").encode()
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


FORBIDDEN_PREFIXES = ("/news/private/", "/news/drafts/", "/jobs/")


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    work = tmp_path_factory.mktemp("rules")
    with Newsroom() as site:
        sources = work / "sources.toml"
        sources.write_text(
            '[[source]]\nname = "northvale-news"\nkind = "council"\n'
            f'start_urls = ["{site.base}/news/"]\nfeed_urls = ["{site.base}/news/feed.xml"]\n'
            f'sitemap_urls = ["{site.base}/news/sitemap.xml"]\n')
        db_path = work / "rules.db"
        db = open_db(db_path)  # links an earlier run recorded but did not fetch, one of them forbidden
        db["frontier"].insert_all([
            {"url": f"{site.base}/news/private/seeded", "source": "northvale-news", "depth": 1, "attempts": 0},
            {"url": f"{site.base}/news/drafts/old?ref=rss", "source": "northvale-news", "depth": 1, "attempts": 0},
        ])
        db.close()
        runs = []
        for robots_status in (200, 200, 503):  # the third night the site's robots.txt fails
            site.requests.clear()
            site.robots_status = robots_status
            result = run_cli("crawl", "--sources", sources, "--db", db_path, "--no-extract")
            runs.append({"result": result, "requests": list(site.requests)})
        yield {"db": db_path, "runs": runs, "base": site.base}


def test_both_crawls_succeed(crawled):
    for run in crawled["runs"]:
        assert run["result"].returncode == 0, run["result"].stderr[-2000:]


def test_nothing_robots_txt_forbids_is_ever_requested(crawled):
    for run in crawled["runs"]:
        paths = [path for _, path in run["requests"]]
        assert "/robots.txt" in paths
        assert not [p for p in paths if p.startswith(FORBIDDEN_PREFIXES)]
    assert "forbidden by robots.txt" in crawled["runs"][0]["result"].stderr


def test_redirects_off_the_source_are_not_followed(crawled):
    for run in crawled["runs"][:2]:
        assert not [host for host, _ in run["requests"] if host != "127.0.0.1"]
        assert "/news/2024/delta" in [p for _, p in run["requests"]]  # the redirect within the source is followed
    stderr = crawled["runs"][0]["result"].stderr
    assert "/news/2024/elsewhere" in stderr and "/jobs/vacancy" in stderr and "not followed" in stderr


def test_malformed_links_are_logged_and_the_rest_followed(crawled):
    stderr = crawled["runs"][0]["result"].stderr
    bad = [line for line in stderr.splitlines() if "invalid URL" in line]
    assert any("http://[::1" in line and "page " in line for line in bad)
    assert any("http://[::1" in line and "feed " in line for line in bad)
    assert any("[127.0.0.1/news/broken" in line and "sitemap " in line for line in bad)
    assert any(":99999" in line for line in bad)


def test_every_story_is_stored_once_under_one_address(crawled):
    base = crawled["base"]
    stored = sorted(url for (url,) in rows(crawled["db"], "select url from articles"))
    assert stored == sorted([f"{base}/news/2024/alpha", f"{base}/news/2024/beta", f"{base}/news/2024/gamma",
                             f"{base}/news/2024/delta", f"{base}{CMIS}Default.aspx"])
    runs = rows(crawled["db"], "select articles_new, errors from crawl_runs order by id")
    assert runs[:2] == [(5, 0), (0, 0)]


def test_an_unreachable_robots_txt_forbids_the_whole_host_for_the_run(crawled):
    """RFC 9309: a robots.txt that answers 5xx means nothing may be fetched; Scrapy's own
    middleware would have allowed everything, the forbidden paths included."""
    run = crawled["runs"][2]
    assert {path for _, path in run["requests"]} == {"/robots.txt"}
    assert "robots.txt unreachable" in run["result"].stderr
    new, errors = rows(crawled["db"], "select articles_new, errors from crawl_runs order by id")[2]
    assert new == 0 and errors >= 1  # counted (Scrapy's retry also logs giving up as an error)
    assert rows(crawled["db"], "select count(*) from articles") == [(5,)]  # nothing stored before is lost


def test_earlier_addresses_lead_to_the_one_row(crawled):
    base = crawled["base"]
    aliases = dict(rows(crawled["db"], "select u.url, a.url from article_urls u join articles a on a.id = u.article_id"))
    assert aliases[f"{base}/news/2024/gamma-text-only"] == f"{base}/news/2024/gamma"  # named its canonical
    assert aliases[f"{base}/news/renamed"] == f"{base}/news/2024/delta"  # redirected
    assert all(aliases[url] == url for url in aliases.values())


def test_frontier_keeps_nothing_forbidden(crawled):
    left = [url for (url,) in rows(crawled["db"], "select url from frontier")]
    assert not [u for u in left if "/private/" in u or "/drafts/" in u or "/jobs/" in u]
