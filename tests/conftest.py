import os
import pathlib
import subprocess
import sys

import pytest

from recoverywatch.demo.server import DemoSite

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


def run_cli(*args, timeout=600, **kwargs):
    """Run the recoverywatch CLI in a fresh process (Scrapy's reactor cannot restart)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([sys.executable, "-m", "recoverywatch", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=env, **kwargs)


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import build_nlp
    return build_nlp()


@pytest.fixture(scope="session")
def extract_one(nlp):
    """Run the full extraction on one text; returns the plain record."""
    from extract.pipeline import process

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
        second = run_cli("crawl", "--sources", sources, "--db", db)
        yield {"db": db, "site_articles": list(site.articles), "first": first, "second": second,
               "first_requests": first_requests, "second_requests": list(site.requests), "sources": sources}
