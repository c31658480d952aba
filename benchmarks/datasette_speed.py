"""Datasette response times on a generated database of 200,000 articles.

Usage: python benchmarks/datasette_speed.py [--articles 200000] [--db /tmp/rw-bench.db]
Prints the median time of a ranked search, a facet page and an area page.
Targets from the issue: ranked search <= 150 ms, facet page <= 200 ms."""
import argparse
import json
import pathlib
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

from recoverywatch.db import save
from recoverywatch.db.schema import open_db
from recoverywatch.extract import gazetteer

WORDS = ("council treatment service recovery drug alcohol contract provider funding people adults staff hub charity "
         "outreach prescribing residents families support review report committee year plan naloxone rehab detox "
         "housing police hospital budget grant waiting list mentor volunteer").split()


def vocabulary(rng, size=20000):
    """Pseudo-words with Zipf-like frequencies, plus the domain words, so a search term is
    as rare in the generated text as in real news, not in every article."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(size)]
    words[200:200] = WORDS  # domain words about as common as in a drug-treatment news archive
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


def build(path, n):
    rng = random.Random(3)
    vocab, weights = vocabulary(rng)
    db = open_db(path)
    areas, providers = gazetteer.reference_rows()
    save.save_reference(db, areas, providers)
    area_ids = [r["id"] for r in db.query("select id from areas where type in ('UA', 'MD', 'LBO', 'CTY')")]
    provider_ids = [r["id"] for r in db.query("select id from providers")]
    for trigger in db.triggers:  # bulk load, then build the full-text index once
        if trigger.table == "articles":
            db.execute(f"drop trigger {trigger.name}")
    batch = 5000
    for start in range(0, n, batch):
        arts, links, provs, figs = [], [], [], []
        for i in range(start, min(n, start + batch)):
            year = rng.randint(2014, 2025)
            arts.append({"id": i + 1, "url": f"https://example.org/news/{i}", "source": None,
                         "kind": rng.choice(["council", "press", "committee"]),
                         "title": " ".join(rng.choices(vocab, weights, k=8)).capitalize(),
                         "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "year": str(year),
                         "text": " ".join(rng.choices(vocab, weights, k=250)), "relevant": int(rng.random() < 0.7)})
            links.append({"article_id": i + 1, "area_id": rng.choice(area_ids), "is_primary": 1, "mentions": 1})
            provs.append({"article_id": i + 1, "provider_id": rng.choice(provider_ids), "mentions": 1})
            figs.append({"article_id": i + 1, "value": rng.randint(1, 5000), "unit": "count",
                         "kind": rng.choice(["people in treatment", "staffing", "deaths"]), "text": "n", "start": 0, "end": 1})
        with db.conn:
            db["articles"].insert_all(arts)
            db["article_areas"].insert_all(links)
            db["article_providers"].insert_all(provs)
            db["figures"].insert_all(figs)
        print(f"  {min(n, start + batch)} articles", file=sys.stderr)
    db["articles"].disable_fts()
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db.execute("analyze")
    db.close()


def median_ms(url, runs=15):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as resp:
            resp.read()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--db", default="/tmp/rw-bench.db")
    args = ap.parse_args()
    path = pathlib.Path(args.db)
    if not path.exists():
        print(f"building {path} with {args.articles} articles", file=sys.stderr)
        build(path, args.articles)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(path), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        db = f"{base}/{path.stem}"
        code = "LDS"
        urllib.request.urlopen(f"{db}/search.json?q=naloxone").read()  # warm the page cache
        for q in ("naloxone", "naloxone+detox"):
            hits = json.loads(urllib.request.urlopen(f"{db}.json?sql=select+count(*)+as+n+from+articles_fts+"
                                                     f"where+articles_fts+match+:q&q={q}&_shape=array").read())[0]["n"]
            print(f"ranked search '{q.replace('+', ' ')}' ({hits} matching articles): "
                  f"{median_ms(f'{db}/search.json?q={q}'):.0f} ms median")
        print(f"facet page: {median_ms(f'{db}/articles?_facet=year&_facet=source&_facet=kind&relevant=1'):.0f} ms median")
        print(f"area page: {median_ms(f'{base}/area/{code}'):.0f} ms median")
    finally:
        proc.terminate()


if __name__ == "__main__":
    main()
