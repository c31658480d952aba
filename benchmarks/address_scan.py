"""Cost of the canonical-address pass a crawl starts with (recoverywatch.runs.remember_canonical_addresses)
on an archive of synthetic articles: the first pass reads them all (as every crawl did before the
`address_scans` mark); later passes read only what was stored since.

Usage: python benchmarks/address_scan.py [--articles 100000] [--new 100]"""
import argparse
import pathlib
import sys
import tempfile
import time

from recoverywatch.db import save
from recoverywatch.db.schema import open_db
from recoverywatch.runs import remember_canonical_addresses


def add_articles(db, start, count):
    """`count` rows straight into articles; one in ten at an address with a tracking parameter."""
    rows = [(f"https://news.example.org/health/story-{i}" + ("?utm_source=rss" if i % 10 == 0 else ""),
             "paper", "press", f"Story {i}", "2024-01-01", "Text.", "2024-01-01T00:00:00+00:00")
            for i in range(start, start + count)]
    with db.conn:
        db.conn.executemany("insert into articles (url, source, kind, title, published, text, first_seen) "
                            "values (?, ?, ?, ?, ?, ?, ?)", rows)


def timed(db):
    start = time.perf_counter()
    added = remember_canonical_addresses(db)
    return time.perf_counter() - start, added


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--new", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(pathlib.Path(tmp) / "archive.db")
        db["sources"].insert({"name": "paper"})
        add_articles(db, 0, args.articles)
        for label in ("first pass (reads every article)", "next crawl, nothing new"):
            secs, added = timed(db)
            print(f"{label}: {secs * 1000:.1f} ms, {added} addresses added")
        add_articles(db, args.articles, args.new)
        secs, added = timed(db)
        print(f"next crawl, {args.new} new articles: {secs * 1000:.1f} ms, {added} addresses added")
        save.set_address_scan_mark(db, "rules-of-an-older-release", args.articles + args.new)
        secs, added = timed(db)
        print(f"after a release changes the URL rules (reads all once): {secs * 1000:.1f} ms, {added} added")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
