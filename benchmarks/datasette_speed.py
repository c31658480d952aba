"""Datasette response times on a generated database of 200,000 articles.

Usage: python benchmarks/datasette_speed.py [--articles 200000] [--db /tmp/rw-bench.db] [--immutable]
Builds the database once (reused when the file exists) and prints the median time of a ranked
search (the search page with its facets, and the canned query's JSON), the news table with its
facets, the articles table faceted, and an area page.
Targets (issues 13 and 14): ranked search <= 150 ms, facet page <= 200 ms, area page <= 200 ms,
at 200,000 articles and at 2,000,000."""
import argparse
import json
import pathlib
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

import numpy as np

from recoverywatch.db import save
from recoverywatch.db.schema import ensure_shape, open_db
from recoverywatch.extract import gazetteer

WORDS = ("council treatment service recovery drug alcohol contract provider funding people adults staff hub charity "
         "outreach prescribing residents families support review report committee year plan naloxone rehab detox "
         "housing police hospital budget grant waiting list mentor volunteer").split()


def vocabulary(rng, size=20000):
    """Pseudo-words with Zipf-like frequencies, plus the domain words, so a search term is
    as rare in the generated text as in real news, not in every article."""
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    words = ["".join(rng.choice(letters, rng.integers(3, 10))) for _ in range(size)]
    words[200:200] = WORDS  # domain words about as common as in a drug-treatment news archive
    cumulative = np.cumsum(1 / np.arange(1, len(words) + 1))
    return np.array(words, dtype=object), cumulative / cumulative[-1]


def _texts(rng, vocab, cumulative, n, words):
    picks = np.searchsorted(cumulative, rng.random((n, words)))
    return [" ".join(row) for row in vocab[picks]]


BULK = ("articles", "article_areas", "article_providers", "figures")


def build(path, n):
    """A database of the current shape with n articles: text drawn from the vocabulary, one or
    two areas and providers each, 3% syndicated copies, 70% relevant, ~300 sources. Rows are
    written in bulk, then indexes and the search index are built once."""
    rng = np.random.default_rng(3)
    vocab, cumulative = vocabulary(rng)
    db = open_db(path)
    areas, providers = gazetteer.reference_rows()
    save.save_reference(db, areas, providers)
    area_rows = list(db.query("select id, name from areas where type in ('UA', 'MD', 'LBO', 'CTY')"))
    provider_rows = list(db.query("select id, name from providers"))
    sources = [{"name": f"source-{i}", "kind": ("council", "press", "committee")[i % 3]} for i in range(300)]
    db["sources"].insert_all(sources)
    for trigger in db.triggers:  # bulk load, then build the full-text index once
        if trigger.table == "articles":
            db.execute(f"drop trigger {trigger.name}")
    for table in BULK:  # and the indexes (the shape step puts them back)
        for index in db[table].indexes:
            if not index.unique and not index.name.startswith("sqlite_autoindex"):
                db.execute(f"drop index [{index.name}]")
    conn = db.conn
    batch = 5000
    for start in range(0, n, batch):
        size = min(n, start + batch) - start
        titles, texts = _texts(rng, vocab, cumulative, size, 8), _texts(rng, vocab, cumulative, size, 250)
        arts, links, provs, figs = [], [], [], []
        for k in range(size):
            aid = start + k + 1
            year = int(rng.integers(2014, 2026))
            relevant = int(rng.random() < 0.7)
            duplicate_of = int(rng.integers(1, aid)) if aid > 1 and rng.random() < 0.03 else None
            source = sources[int(rng.integers(len(sources)))]
            article_areas = [area_rows[i] for i in rng.choice(len(area_rows), int(rng.integers(1, 3)), replace=False)]
            article_providers = [provider_rows[i] for i in rng.choice(len(provider_rows), int(rng.integers(1, 3)), replace=False)]
            arts.append((aid, f"https://example.org/news/{aid}", source["name"], source["kind"], titles[k].capitalize(),
                         f"{year}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}", str(year), texts[k],
                         relevant, duplicate_of,
                         article_areas[0]["name"] if relevant else None,
                         json.dumps(sorted({p["name"] for p in article_providers}), separators=(",", ":")) if relevant else None))
            links += [(aid, a["id"], int(i == 0), 1) for i, a in enumerate(article_areas)]
            provs += [(aid, p["id"], 1) for p in article_providers]
            figs.append((aid, int(rng.integers(1, 5000)), "count",
                         ("people in treatment", "staffing", "deaths")[int(rng.integers(3))], "n", 0, 1))
        with conn:
            conn.executemany("insert into articles (id, url, source, kind, title, published, year, text, relevant, "
                             "duplicate_of, area, providers) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arts)
            conn.executemany("insert into article_areas (article_id, area_id, is_primary, mentions) values (?, ?, ?, ?)", links)
            conn.executemany("insert into article_providers (article_id, provider_id, mentions) values (?, ?, ?)", provs)
            conn.executemany('insert into figures (article_id, value, unit, kind, text, start, "end") values (?, ?, ?, ?, ?, ?, ?)', figs)
        if (start // batch) % 20 == 0:
            print(f"  {start + size} articles", file=sys.stderr)
    print("  indexes", file=sys.stderr)
    ensure_shape(db)
    print("  search index", file=sys.stderr)
    db["articles"].disable_fts()
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db.execute("analyze")
    db.close()


def median_ms(url, runs=15):
    """'first request, median of the next `runs`' in ms (on a published copy the first reader
    pays for the counts the others are answered from)."""
    t = time.perf_counter()
    try:
        urllib.request.urlopen(url, timeout=60).read()
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code}:"
    first = (time.perf_counter() - t) * 1000
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as resp:
            resp.read()
        times.append((time.perf_counter() - t) * 1000)
    return f"first {first:.0f}, {statistics.median(times):.0f}"


def wait_for(base, proc, seconds=180):
    deadline = time.time() + seconds
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=5)
            return
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                sys.exit("Datasette did not start")
            time.sleep(0.5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--db", default="/tmp/rw-bench.db")
    ap.add_argument("--immutable", action="store_true",
                    help="serve the file as a published copy (read-only permissions, so Datasette opens it immutable)")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    path = pathlib.Path(args.db)
    if not path.exists():
        print(f"building {path} with {args.articles} articles", file=sys.stderr)
        started = time.perf_counter()
        build(path, args.articles)
        print(f"built in {time.perf_counter() - started:.0f} s, {path.stat().st_size / 1e9:.2f} GB", file=sys.stderr)
    if args.immutable:
        path.chmod(0o444)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(path), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base, proc)
        db = f"{base}/{path.stem}"
        code = "LDS"
        urllib.request.urlopen(f"{db}/search?q=council").read()  # warm the page cache (another word: not remembered)
        for q in ("naloxone", "naloxone+detox"):
            hits = json.loads(urllib.request.urlopen(f"{db}.json?sql=select+count(*)+as+n+from+articles_fts+"
                                                     f"where+articles_fts+match+:q&q={q}&_shape=array").read())[0]["n"]
            print(f"ranked search '{q.replace('+', ' ')}' ({hits} matching articles): "
                  f"page with facets {median_ms(f'{db}/search?q={q}', args.runs)} ms median, "
                  f"JSON {median_ms(f'{db}/search.json?q={q}', args.runs)} ms median")
        print(f"search page, nothing typed: {median_ms(f'{db}/search', args.runs)} ms median")
        print(f"news (facets by area, provider, source, year, kind): {median_ms(f'{db}/news', args.runs)} ms median")
        print(f"articles facet page: {median_ms(f'{db}/articles?_facet=year&_facet=source&_facet=kind&relevant=1', args.runs)} ms median")
        print(f"area page: {median_ms(f'{base}/area/{code}', args.runs)} ms median")
    finally:
        proc.terminate()
        proc.wait(30)


if __name__ == "__main__":
    main()
