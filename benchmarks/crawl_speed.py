"""Crawl throughput: recoverywatch (text extraction on, NLP off) vs a bare
Scrapy spider and bare Scrapy + trafilatura, on a generated site served on
127.0.0.1. Prints pages/s and peak memory (max RSS) of each crawl.

Usage: python benchmarks/crawl_speed.py [--pages 2000]
The issue's bar: recoverywatch keeps >= 0.8 of bare Scrapy + trafilatura."""
import argparse
import html
import http.server
import pathlib
import random
import subprocess
import sys
import tempfile
import threading
import time

HERE = pathlib.Path(__file__).resolve().parent
WORDS = ("council treatment service recovery drug alcohol contract provider funding people adults staff hub "
         "charity outreach prescribing residents families support review report committee year plan").split()
SETTINGS = ["-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "DOWNLOAD_DELAY=0",
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING", "-s", "ROBOTSTXT_OBEY=True"]


def make_site(root: pathlib.Path, pages: int):
    rng = random.Random(7)
    per_listing = 25
    for i in range(pages):
        paras = "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + ".</p>" for _ in range(8))
        (root / f"news/a{i}.html").parent.mkdir(parents=True, exist_ok=True)
        (root / f"news/a{i}.html").write_text(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {i}</title>"
            f"<meta property='og:type' content='article'></head><body><header><a href='/news/'>News</a></header>"
            f"<main><article><h1>Story {i} about the treatment service</h1>"
            f"<time datetime='2024-01-{1 + i % 28:02d}'>date</time>{paras}</article></main></body></html>")
    listings = range(0, pages, per_listing)
    for n, start in enumerate(listings):
        links = "".join(f"<li><h3><a href='/news/a{j}.html'>{html.escape('Story %d' % j)}</a></h3></li>"
                        for j in range(start, min(pages, start + per_listing)))
        nxt = f"<a href='/news/page{n + 1}.html'>Next</a>" if n + 1 < len(listings) else ""
        name = "index.html" if n == 0 else f"page{n}.html"
        (root / "news" / name).write_text(f"<html><body><main><ul>{links}</ul>{nxt}</main></body></html>")
    (root / "robots.txt").write_text("User-agent: *\nDisallow:\n")


def serve(root):
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(root), **k)
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


MEASURE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
           "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def timed(cmd):
    """Wall time and peak RSS (MB) of one crawl, measured in its own wrapper process."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], check=True, capture_output=True, text=True,
                         cwd=HERE)
    return time.perf_counter() - start, int(out.stdout.strip()) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp) / "site"
        make_site(root, args.pages)
        server = serve(root)
        base = f"http://127.0.0.1:{server.server_address[1]}/news/"
        total = args.pages + len(range(0, args.pages, 25)) + 1
        scrapy = [sys.executable, "-m", "scrapy", "runspider"]
        sources = pathlib.Path(tmp) / "sources.toml"
        sources.write_text(f'[crawler]\ndownload_delay = 0\nper_domain_concurrency = 16\nautothrottle = false\n\n'
                           f'[[source]]\nname = "bench"\nkind = "press"\nstart_urls = ["{base}"]\nmax_depth = 200\n')
        results = {
            "bare Scrapy": timed(scrapy + ["bare_spider.py", "-a", f"start={base}"] + SETTINGS),
            "bare Scrapy + trafilatura": timed(scrapy + ["trafilatura_spider.py", "-a", f"start={base}"] + SETTINGS),
            "recoverywatch (NLP off)": timed([sys.executable, "-m", "recoverywatch", "crawl", "--sources", str(sources),
                                              "--db", str(pathlib.Path(tmp) / "bench.db"), "--no-extract",
                                              "--log-level", "WARNING"]),
        }
        server.shutdown()
    for name, (secs, peak) in results.items():
        print(f"{name}: {total / secs:.1f} pages/s ({total} pages in {secs:.1f} s), peak RSS {peak:.0f} MB")
    ratio = (total / results["recoverywatch (NLP off)"][0]) / (total / results["bare Scrapy + trafilatura"][0])
    print(f"recoverywatch / (Scrapy + trafilatura): {ratio:.2f}")


if __name__ == "__main__":
    main()
