"""WARC reading speed: FastWARC against warcio on a generated archive.

Usage: python benchmarks/warc_read.py [--records 4000] [--repeat 3] [--plain] [--import]

Writes a WARC of `--records` HTTP exchanges (a request and a response record each, gzip per
record unless `--plain`, like a crawler's or Common Crawl's archive; pages of about 20 KB with
varied words) into a temporary directory, then times each library reading every response
record's URL, date, HTTP headers and whole payload, as `recoverywatch import-warc` does.
Runs alternate between the libraries; the best of `--repeat` runs is printed as records/s.
With `--import` it then times `recoverywatch import-warc --no-extract` on the same file (40
sources, one per host), to set the reading speed against the whole import's.
"""
import argparse
import io
import pathlib
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fastwarc.warc import ArchiveIterator as FastIterator
from fastwarc.warc import WarcRecordType

WORDS = ("council treatment service recovery drug alcohol contract provider funding people adults staff hub "
         "charity outreach prescribing residents families support review report committee year plan").split()


def page(rng, n):
    paragraphs = "".join(f"<p>{' '.join(rng.choice(WORDS) for _ in range(120))}.</p>" for _ in range(20))
    return (f"<html><head><title>Story {n}</title></head><body><nav>Home News</nav><main><h1>Story {n}</h1>"
            f"{paragraphs}</main></body></html>").encode()


def write_archive(path, records, gzip):
    rng = random.Random(14)
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for n in range(records):
            url = f"https://news{n % 40}.example.org/news/story-{n}.html"
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(
                f"GET /news/story-{n}.html HTTP/1.1\r\nHost: news{n % 40}.example.org\r\n\r\n".encode()))
            body = page(rng, n)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body))),
                                                  ("ETag", f'"{n}"')], protocol="HTTP/1.1")
            writer.write_record(request)
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def read_warcio(path):
    count = size = 0
    with open(path, "rb") as stream:
        for record in WarcioIterator(stream):
            if record.rec_type != "response":
                continue
            record.rec_headers.get_header("WARC-Target-URI")
            record.rec_headers.get_header("WARC-Date")
            record.http_headers.get_header("Content-Type")
            size += len(record.content_stream().read())
            count += 1
    return count, size


def read_fastwarc(path):
    count = size = 0
    with open(path, "rb") as stream:
        for record in FastIterator(stream, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"):
            record.headers.get("WARC-Target-URI")
            record.headers.get("WARC-Date")
            record.http_headers.get("Content-Type")
            size += len(record.reader.read())
            count += 1
    return count, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plain", action="store_true", help="an uncompressed .warc instead of .warc.gz")
    parser.add_argument("--import", dest="run_import", action="store_true",
                        help="also time recoverywatch import-warc --no-extract on the file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / ("bench.warc" if args.plain else "bench.warc.gz")
        write_archive(path, args.records, gzip=not args.plain)
        print(f"{path.name}: {args.records} responses (+ requests), {path.stat().st_size / 1e6:.1f} MB")
        best = {}
        for _ in range(args.repeat):
            for name, reader in (("warcio 1.8.1", read_warcio), ("fastwarc 2.0", read_fastwarc)):
                start = time.perf_counter()
                count, size = reader(path)
                seconds = time.perf_counter() - start
                assert count == args.records, (name, count)
                best[name] = min(best.get(name, seconds), seconds)
        for name, seconds in best.items():
            print(f"{name:14s} {args.records / seconds:9,.0f} records/s  ({seconds:.2f} s, best of {args.repeat})")
        print(f"fastwarc / warcio: {best['warcio 1.8.1'] / best['fastwarc 2.0']:.1f}x")
        if args.run_import:
            import_speed(path, args.records, pathlib.Path(tmp))


def import_speed(path, records, tmp):
    sources = tmp / "sources.toml"
    sources.write_text("".join(f'[[source]]\nname = "news{h}"\nkind = "press"\n'
                               f'start_urls = ["https://news{h}.example.org/news/"]\n\n' for h in range(40)))
    db = tmp / "import.db"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "recoverywatch", "import-warc", "--sources", str(sources), "--db", str(db),
                    "--no-extract", str(path)], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    with sqlite3.connect(db) as conn:
        stored = conn.execute("select count(*) from articles").fetchone()[0]
    print(f"import-warc --no-extract: {records / seconds:,.0f} records/s ({stored} articles stored in {seconds:.1f} s, "
          f"start-up included)")


if __name__ == "__main__":
    main()
