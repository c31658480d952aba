"""What the archived copies cost: per article, by type, against the database, and at 2M articles.

    .venv/bin/python benchmarks/snapshot_size.py news.db [--articles 2000000]

Reads a crawled database and its snapshots file (db/snapshots.py), e.g. the quality gate's
(`benchmarks/quality_gate.py --keep DIR`), and also compresses the stored pages again with zlib
and with zstd at other levels, to show what the choice of zstd level 3 costs and saves."""
import argparse
import pathlib
import sys
import time
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recoverywatch.db import snapshots  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=pathlib.Path)
    ap.add_argument("--articles", type=int, default=2_000_000, help="archive size to extrapolate to")
    args = ap.parse_args(argv)
    side = snapshots.path_for(args.db)
    rows = list(snapshots.every(args.db))
    if not rows:
        sys.exit(f"no snapshots in {side}")
    articles = len({r["article_id"] for r in rows})
    raw = sum(r["size"] for r in rows)
    stored = sum(len(r["body"]) for r in rows)
    file_size, db_size = side.stat().st_size, args.db.stat().st_size
    print(f"{len(rows)} snapshots of {articles} articles: {raw / 1024:.0f} KB fetched, {stored / 1024:.0f} KB "
          f"compressed ({raw / stored:.1f}x), snapshots file {file_size / 1024:.0f} KB; database {db_size / 1024:.0f} KB")
    by_type = {}
    for r in rows:
        kind = snapshots.media_type(r["content_type"]) or "unknown"
        n, a, b = by_type.get(kind, (0, 0, 0))
        by_type[kind] = (n + 1, a + r["size"], b + len(r["body"]))
    for kind, (n, a, b) in sorted(by_type.items()):
        print(f"  {kind:<22} {n:>5} copies  {a / n / 1024:7.1f} KB fetched  {b / n / 1024:7.1f} KB compressed each")
    per_article = file_size / articles
    print(f"per article: {per_article / 1024:.1f} KB in the snapshots file, {db_size / articles / 1024:.1f} KB in the database")
    print(f"at {args.articles:,} articles of this kind: snapshots file {per_article * args.articles / 1e9:.1f} GB, "
          f"database {db_size / articles * args.articles / 1e9:.1f} GB")
    pages = [r["content"] for r in rows]
    for name, squeeze in (("zlib -6", lambda b: zlib.compress(b, 6)), ("zstd 3 (used)", lambda b: snapshots.zstd.compress(b, 3)),
                          ("zstd 9", lambda b: snapshots.zstd.compress(b, 9)), ("zstd 19", lambda b: snapshots.zstd.compress(b, 19))):
        took = float("inf")
        for _ in range(5):  # best of five: the machine is shared
            started = time.perf_counter()
            size = sum(len(squeeze(p)) for p in pages)
            took = min(took, time.perf_counter() - started)
        print(f"  {name:<14} {size / 1024:7.0f} KB  {raw / size:4.1f}x  {raw / took / 1e6:7.1f} MB/s")


if __name__ == "__main__":
    main()
