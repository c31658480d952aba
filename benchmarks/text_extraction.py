"""Score recoverywatch's main-text and date extraction on the shared benchmarks.

Usage: python benchmarks/text_extraction.py [--bench ../shared/benchmarks] [--worst N]
Text: the article-extraction benchmark's metric (4-token shingles, per-page
precision/recall averaged, F1 of the averages), for trafilatura alone, for
recoverywatch's main_text (trafilatura + boilerplate pruning + promo filter, less
the headline, which is stored as the title) and for the text a crawl stores
(analyse(), which also knows the JSON-LD headline and reads committee pages). Each is given for all pages and for the two halves: pages
whose index in sorted-id order is even are the tuning half, odd the held-out half.
Also the mean time per page of main_text and of analyse, and with --worst N the N
pages that lose most (1-P + 1-R). Dates: share of the UK date pages whose date
recoverywatch gets right. main_text's F1 over all pages is printed last."""
import argparse
import collections
import gzip
import json
import pathlib
import re
import time

import trafilatura

from recoverywatch.crawler import metadata
from recoverywatch.crawler.page import analyse, main_text


def shingles(text):
    toks = re.findall(r"\w+", text or "")
    if len(toks) < 4:
        return collections.Counter([tuple(toks)]) if toks else collections.Counter()
    return collections.Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))


def page_scores(pred, truth):
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn or 1
    tp, fp, fn = tp / total, fp / total, fn / total
    prec = 1.0 if fp == 0 and fn == 0 else (0.0 if tp == 0 and fp == 0 else tp / (tp + fp))
    rec = 1.0 if fp == 0 and fn == 0 else (0.0 if tp == 0 and fn == 0 else tp / (tp + fn))
    return (prec if p else None), (rec if t else None)


def score(preds, truth):
    precs, recs = [], []
    for key, gt in truth.items():
        p, r = page_scores(preds.get(key, ""), gt["articleBody"])
        if p is not None:
            precs.append(p)
        if r is not None:
            recs.append(r)
    P, R = sum(precs) / len(precs), sum(recs) / len(recs)
    return P, R, 2 * P * R / (P + R)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default="../shared/benchmarks")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages that lose most")
    args = ap.parse_args()
    bench = pathlib.Path(args.bench)

    dates = json.loads((bench / "date-extraction-uk" / "ground-truth.json").read_text())
    right = 0
    for entry in dates.values():
        html = (bench / "date-extraction-uk" / "html" / entry["file"]).read_text("utf-8", errors="replace")
        got = metadata.page_metadata(metadata.parse_html(html), html)["published"]
        right += (got or "")[:10] == entry["date"]
    print(f"dates: {right}/{len(dates)} = {right / len(dates):.3f}")

    folder = bench / "article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text())
    plain, ours, stored = {}, {}, {}
    spent = collections.Counter()
    for key, gt in truth.items():
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        plain[key] = trafilatura.extract(html, url=gt.get("url")) or ""
        start = time.perf_counter()
        ours[key] = main_text(html, gt.get("url"))
        spent["main_text"] += time.perf_counter() - start
        start = time.perf_counter()
        stored[key] = analyse(gt.get("url") or "", html).text
        spent["analyse"] += time.perf_counter() - start
    keys = sorted(truth)
    halves = {"all": truth, "tune (even)": {k: truth[k] for k in keys[0::2]},
              "held out (odd)": {k: truth[k] for k in keys[1::2]}}
    for name, preds in (("trafilatura alone", plain), ("recoverywatch main_text", ours),
                        ("recoverywatch stored text", stored)):
        print(name + ": " + "; ".join("{}: P {:.3f} R {:.3f} F1 {:.3f}".format(half, *score(preds, part))
                                      for half, part in halves.items()))
    print("ms per page: " + ", ".join(f"{name} {1000 * s / len(truth):.0f}" for name, s in spent.items()))
    if args.worst:
        losses = []
        for key, gt in truth.items():
            p, r = page_scores(ours[key], gt["articleBody"])
            losses.append((2 - (p or 0) - (r or 0), key, p, r))
        for loss, key, p, r in sorted(losses, reverse=True)[:args.worst]:
            half = "tune" if keys.index(key) % 2 == 0 else "held out"
            print(f"  {key[:12]} {half:8} P {p or 0:.3f} R {r or 0:.3f} {truth[key].get('url', '')[:70]}")
    print(f"F1 {score(ours, truth)[2]:.3f}")

if __name__ == "__main__":
    main()
