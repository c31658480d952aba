import contextlib
import os
import threading
import urllib.request
import time
import socket
import json
import pathlib
import subprocess
import sys

import pytest

from recoverywatch.demo.server import DemoSite, prepare


@contextlib.contextmanager
def serving(server):
    """`server` (a socketserver on 127.0.0.1) answering in a thread for the block, then closed."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()

ROOT = pathlib.Path(__file__).resolve().parents[1]


# An article whose text contains markup: pages must show it as text, never run it.
SCRIPT_ARTICLE = {
    "section": "council", "slug": "script-in-text", "title": "Treatment service web form fixed",
    "date": "2024-02-02", "publisher": "Demo Council",
    "body": "\n\n".join([
        "The council's drug and alcohol treatment service has fixed its online referral form after a resident "
        "noticed that typing <script>alert('x')</script> into the name box broke the page.",
        "The treatment service, run by Change Grow Live, said no personal data had been exposed and that the "
        "referral form for recovery support was working again for everyone who needs help.",
        "The council said the contract for the service, worth £2m a year, includes a duty to keep its online "
        "referral tools safe and available to people seeking treatment for drug or alcohol problems.",
    ]),
}


NEW_ARTICLE = {
    "section": "paper", "category": "news", "slug": "new-detox-beds-for-leeds-45500001",
    "title": "New detox beds for Leeds as waiting list grows", "date": "2025-05-20", "author": "Staff reporter",
    "promos": ["READ MORE: Leeds market traders celebrate 150 years"],
    "body": "\n\n".join([
        "Leeds City Council is to fund six new inpatient detox beds after the waiting list for alcohol detox grew "
        "to 85 people, according to a report to the council's executive board.",
        "The beds will be provided by Forward Leeds, the city's drug and alcohol treatment service, at a cost of "
        "£240,000 a year. The service is run by a partnership led by Humankind.",
        "Councillor Salma Arif said: \"Nobody who has found the courage to ask for help should then be told to "
        "wait months for a detox bed. These beds will make a real difference to families across Leeds.\"",
    ]),
}


def run_cli(*args, timeout=600, **kwargs):
    """Run the recoverywatch CLI in a fresh process (Scrapy's reactor cannot restart)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([sys.executable, "-m", "recoverywatch", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=env, **kwargs)


@pytest.fixture(scope="session")
def nlp():
    from recoverywatch.extract.pipeline import build_nlp
    return build_nlp()


@pytest.fixture(scope="session")
def extract_one(nlp):
    """Run the full extraction on one text; returns the plain record."""
    from recoverywatch.extract.pipeline import process

    def run(text, title="", published="2024-01-01", source_area=None):
        art = {"id": 1, "text": text, "title": title, "published": published, "source_area": source_area}
        return next(process([art]))[1]
    return run


@pytest.fixture(scope="session")
def crawled(tmp_path_factory):
    """The demo site (with faulty pages) crawled twice into one database."""
    work = tmp_path_factory.mktemp("crawl")
    with DemoSite(faults=True, extra_articles=[SCRIPT_ARTICLE]) as site:
        sources = work / "sources.toml"
        sources.write_text(site.sources_toml())
        db = work / "demo.db"
        first = run_cli("crawl", "--sources", sources, "--db", db)
        first_requests = list(site.requests)
        site.requests.clear()
        # between the runs the site publishes a new story and edits an old one
        site.articles.insert(0, prepare(dict(NEW_ARTICLE)))
        edited = next(a for a in site.articles if a["title"].startswith("Coventry"))
        edited["paragraphs"][0] = edited["paragraphs"][0].replace("£310,000", "£350,000")
        second = run_cli("crawl", "--sources", sources, "--db", db)
        yield {"db": db, "site_articles": list(site.articles), "first": first, "second": second,
               "first_requests": first_requests, "second_requests": list(site.requests), "sources": sources}


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_datasette(base, proc, log=None, seconds=60):
    """Return once Datasette at `base` answers; fail with its log if it died or never came up."""
    deadline = time.time() + seconds
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            return
        except OSError:
            assert proc.poll() is None and time.time() < deadline, log.read_text() if log else "Datasette did not start"
            time.sleep(0.2)


@pytest.fixture(scope="session")
def datasette(crawled, tmp_path_factory):
    """`recoverywatch serve` on the crawled demo database. Its output goes to a file: a pipe
    nobody reads fills after a few hundred logged requests and then stalls the server."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(crawled["db"]),
                                 "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_for_datasette(base, proc, log)
    yield base + "/" + crawled["db"].stem
    proc.terminate()
    proc.wait(20)
    text = log.read_text("utf-8", "replace")
    assert "Traceback" not in text, text[-3000:]  # no request the tests made was a server fault


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())
