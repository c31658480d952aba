"""Score recoverywatch's main-text and date extraction on the shared benchmarks.

Usage: python benchmarks/text_extraction.py [--bench ../shared/benchmarks]
Text: the article-extraction benchmark's metric (4-token shingles, per-page
precision/recall averaged, F1 of the averages), for trafilatura alone and for
recoverywatch (trafilatura + boilerplate pruning + promo filter). Dates: share
of the UK date pages whose date recoverywatch gets right. F1 is printed last."""
import argparse
import collections
import gzip
import json
import pathlib
import re

import trafilatura

from recoverywatch.crawler import metadata
from recoverywatch.crawler.page import main_text


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
    plain, ours = {}, {}
    for key, gt in truth.items():
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        plain[key] = trafilatura.extract(html, url=gt.get("url")) or ""
        ours[key] = main_text(html, gt.get("url"))
    for name, preds in (("trafilatura alone", plain), ("recoverywatch", ours)):
        P, R, F = score(preds, truth)
        print(f"{name}: P {P:.3f} R {R:.3f} F1 {F:.3f}")
    print(f"F1 {score(ours, truth)[2]:.3f}")


if __name__ == "__main__":
    main()
