import os
import pathlib
import subprocess
import sys

import pytest

from recoverywatch.demo.server import DemoSite

ROOT = pathlib.Path(__file__).resolve().parents[1]


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
    with DemoSite(faults=True) as site:
        sources = work / "sources.toml"
        sources.write_text(site.sources_toml())
        db = work / "demo.db"
        first = run_cli("crawl", "--sources", sources, "--db", db)
        first_requests = list(site.requests)
        site.requests.clear()
        second = run_cli("crawl", "--sources", sources, "--db", db)
        yield {"db": db, "site_articles": list(site.articles), "first": first, "second": second,
               "first_requests": first_requests, "second_requests": list(site.requests), "sources": sources}
