"""Score recoverywatch on any annotated corpus in the dev corpus's format, end to end.

    .venv/bin/python benchmarks/corpus_site.py FOLDER [FOLDER ...] [--keep DIR] [--per-article]

Each FOLDER holds gold.json and articles/<id>.txt as ../shared/corpus/dev does. The folders are
merged, rendered as a small static site (a newspaper, a council newsroom and a committee portal,
chosen by each record's template), served on 127.0.0.1, crawled with `recoverywatch crawl` and
scored with the dev corpus's own score.py. This is how the team checks the extractors on texts
written after the rules were (held-out batches), without the dev corpus's site generator, which
only knows the dev articles.
"""
import argparse
import collections
import concurrent.futures
import functools
import html
import http.server
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "corpus" / "dev" / "score.py"

# template -> (section path, source kind, site name)
SECTIONS = {
    "press": ("news", "press", "The Evening Ledger"),
    "council": ("council/press-releases", "council", "Borough Council Newsroom"),
    "minutes": ("democracy/minutes", "committee", "Committee Papers"),
}


def merge(folders, out):
    """One corpus folder (gold.json + articles/) from several."""
    (out / "articles").mkdir(parents=True)
    records = []
    for folder in folders:
        records += json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"]
        for text in (folder / "articles").glob("*.txt"):
            shutil.copy(text, out / "articles" / text.name)
    (out / "gold.json").write_text(json.dumps({"articles": records}, indent=1), encoding="utf-8")
    return records


def page(site_name, title, published, paragraphs, template):
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    date_line = f'<p class="meta">Published <time datetime="{published}">{published}</time></p>'
    if template == "minutes":
        date_line = f'<p class="meta">Date of meeting: <time datetime="{published}">{published}</time></p>'
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(site_name)}</title>
<meta property="og:title" content="{html.escape(title, quote=True)}">
<meta property="article:published_time" content="{published}T09:00:00+00:00">
</head><body><header><a href="/">{html.escape(site_name)}</a> <nav><a href="/">Home</a> <a href="/contact">Contact us</a></nav></header>
<main><article><h1>{html.escape(title)}</h1>{date_line}
{body}
</article></main><footer><p>&copy; {html.escape(site_name)}. All rights reserved.</p></footer></body></html>"""


def render(records, corpus, site):
    index, listings = [], {}
    for rec in records:
        section, _, name = SECTIONS[rec["template"]]
        paragraphs = [p.strip() for p in (corpus / "articles" / f"{rec['id']}.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
        path = f"/{section}/{rec['id']}.html"
        target = site / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page(name, rec["title"], rec["published"], paragraphs, rec["template"]), encoding="utf-8")
        index.append({"id": rec["id"], "url": path, "template": rec["template"]})
        listings.setdefault(section, []).append((path, rec["title"]))
    for section, items in listings.items():
        links = "\n".join(f'<li><a href="{p}">{html.escape(t)}</a></li>' for p, t in items)
        (site / section / "index.html").write_text(f"<!doctype html><html><head><title>Latest</title></head><body><h1>Latest</h1><ul>{links}</ul></body></html>", encoding="utf-8")
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /council/private/\n")
    (site / "site-index.json").write_text(json.dumps({"articles": index}, indent=1))
    return listings


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site):
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def norm(s):
    return " ".join((s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').split())


SCORED_UNITS = {"GBP", "percent", "count"}


def _name_key(name):
    return re.sub(r"^the\s+", "", name.strip().lower())


def differences(db, corpus, site):
    """What each relevant article got wrong, in words: the lines a developer reads to find a pattern."""
    import sqlite3
    gold = {r["id"]: r for r in json.loads((corpus / "gold.json").read_text())["articles"]}
    urls = {a["url"]: a["id"] for a in json.loads((site / "site-index.json").read_text())["articles"]}
    con = sqlite3.connect(db)
    arts = {aid: urls.get(urllib.parse.urlsplit(url).path) for aid, url in con.execute("select id, url from articles")}
    lines = []
    for aid, gid in sorted(arts.items(), key=lambda x: x[1] or ""):
        g = gold.get(gid)
        if not g or not g["relevant"]:
            continue
        out = []
        areas = {n for (n,) in con.execute("select ar.name from article_areas aa join areas ar on ar.id = aa.area_id where aa.article_id = ?", (aid,))}
        primary = [n for (n,) in con.execute("select ar.name from article_areas aa join areas ar on ar.id = aa.area_id where aa.article_id = ? and aa.is_primary", (aid,))]
        missing, extra = set(g["areas"]) - areas, areas - set(g["areas"]) - set(g.get("optional_areas", []))
        if missing or extra:
            out.append(f"areas missing {sorted(missing)} extra {sorted(extra)}")
        if primary != [g["primary_area"]]:
            out.append(f"primary {primary} want {g['primary_area']}")
        provs = {n for (n,) in con.execute("select p.name from article_providers ap join providers p on p.id = ap.provider_id where ap.article_id = ?", (aid,))}
        # (as the scorer reads names: "The Royal Wolverhampton NHS Trust" is "Royal Wolverhampton NHS Trust")
        if {_name_key(n) for n in provs} != {_name_key(n) for n in g["providers"]}:
            out.append(f"providers got {sorted(provs)} want {sorted(g['providers'])}")
        figs = {(round(v, 2), u): t for v, u, t in con.execute("select value, unit, text from figures where article_id = ?", (aid,))}
        want = {(round(f["value"], 2), f["unit"]) for f in g["figures"]}
        # (the scorer counts money, shares and counts only: a rate it leaves out is no miss)
        extra = [(k, figs[k]) for k in set(figs) - want if k[1] in SCORED_UNITS]
        if want - set(figs) or extra:
            out.append(f"figures missing {sorted(want - set(figs))} extra {extra}")
        text = norm((corpus / "articles" / f"{gid}.txt").read_text(encoding="utf-8"))
        quotes = list(con.execute("select text, speaker from quotes where article_id = ?", (aid,)))
        for q in g["quotes"]:
            i = text.find(q["start"])
            # by its opening words first: its closing words can end another quote too ("at high risk of overdose")
            got = ([spk for qt, spk in quotes if q["start"][:25] in norm(qt)]
                   or [spk for qt, spk in quotes if q["end"][-20:] in norm(qt)])
            if not got:
                out.append(f"quote missed ({q['speaker']}): {q['start'][:50]}")
            elif q["speaker"].split()[-1].lower() not in norm(got[0] or "").lower() or q["speaker"].split()[0].lower() not in norm(got[0] or "").lower():
                out.append(f"quote speaker {got[0]!r} want {q['speaker']!r}: {text[max(0, i - 0):i + 60]}")
        for qt, spk in quotes:
            if not any(q["start"][:25] in norm(qt) or q["end"][-20:] in norm(qt) for q in g["quotes"]) and \
                    not any(norm(o)[:25] in norm(qt) or norm(qt)[:25] in norm(o) for o in g.get("optional_quotes", [])):
                out.append(f"quote extra ({spk}): {norm(qt)[:60]}")
        for line in out:
            lines.append(f"{gid}: {line}")
    return lines


def run_shard(folders, work, processes=1):
    """Render, serve, crawl, extract and score one set of folders in `work`; (report, records) or an error line.

    The site is our own, on 127.0.0.1: the crawl waits no politeness delay, and extraction runs after
    it in `processes` processes, so the run measures the extractors rather than the clock."""
    corpus, site = work / "corpus", work / "site"
    records = merge(folders, corpus)
    listings = render(records, corpus, site)
    server = serve(site)
    port = server.server_address[1]
    sources = "[crawler]\ndownload_delay = 0\nautothrottle = false\n\n" + "".join(
        f'[[source]]\nname = "{section.replace("/", "-")}"\nkind = "{kind}"\nstart_urls = ["http://127.0.0.1:{port}/{section}/"]\n\n'
        for section, kind, _ in SECTIONS.values() if section in listings)
    (work / "sources.toml").write_text(sources)
    db = work / "corpus.db"
    rw = [sys.executable, "-m", "recoverywatch"]
    try:
        for step in ([*rw, "crawl", "--sources", str(work / "sources.toml"), "--db", str(db), "--no-extract"],
                     [*rw, "extract", "--db", str(db), "--processes", str(processes)]):
            done = subprocess.run(step, capture_output=True, text=True, cwd=work, check=False)
            if done.returncode:
                return None, f"{step[3]} failed ({done.returncode}) in {work}: {done.stderr.strip().splitlines()[-1:]}"
    finally:
        server.shutdown()
    subprocess.run([sys.executable, str(SCORE), str(db), "--corpus", str(corpus), "--site", str(site), "--json", str(work / "score.json")],
                   capture_output=True, text=True, check=True)
    return json.loads((work / "score.json").read_text()), records


def _prf(tp, fp, fn):
    """Precision, recall and F1 as score.py rounds them."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def merge_reports(reports, records):
    """One score.py report from the reports of disjoint shards.

    Counts add up (tp/fp/fn of each measure). Where score.py gives only a rounded share, the count
    behind it is read back per batch (a batch has a few dozen units, so a share rounded to 0.001 gives
    its count exactly) and summed. The text means (body line recall, junk share) are the batches' means
    weighted by the articles each found: each batch's is rounded to 0.001, and over hundreds of batches those
    roundings cancel out (weighting the eight shards' rounded means instead put a junk share of 0.0013 at
    0.002)."""
    groups = {k: v for r in reports for k, v in r.get("groups", {}).items()}
    relevant = collections.Counter(rec["id"].split("-")[0] for rec in records if rec["relevant"])
    out = {"problems": sorted({p for r in reports for p in r.get("problems", [])})}
    crawl = collections.Counter()
    for r in reports:
        crawl.update({k: v for k, v in r["crawl"].items() if isinstance(v, int)})
    out["crawl"] = {**crawl, "stray_relevant_pages": [u for r in reports for u in r["crawl"].get("stray_relevant_pages", [])][:10]}
    n = max(1, sum(r["crawl"].get("found", 0) for r in reports))
    texts = [r.get("text", {}) for r in reports]
    count = lambda g, share, total: round(g.get(share, 0) * total)
    mean = lambda key: round(sum(g["text"].get(key, 0) * g["crawl"]["found"] for g in groups.values()) / n, 3)
    out["text"] = {
        "body_line_recall": mean("body_line_recall"),
        "junk_token_share": mean("junk_token_share"),
        "articles_with_boilerplate": sum(t.get("articles_with_boilerplate", 0) for t in texts),
        **{key: round(sum(count(g["text"], key, max(1, g["crawl"]["found"])) for g in groups.values()) / n, 3)
           for key in ("title_acc", "date_acc")}}
    for key in ("relevance", "areas", "providers", "figures"):
        out[key] = _prf(*(sum(r[key][c] for r in reports) for c in ("tp", "fp", "fn")))
    out["areas"]["primary_acc"] = round(sum(count(g["areas"], "primary_acc", max(1, relevant[k])) for k, g in groups.items())
                                        / max(1, sum(relevant.values())), 3)
    gold = sum(g["quotes"]["gold"] for g in groups.values())
    predicted = sum(g["quotes"]["predicted"] for g in groups.values())
    q = {share: sum(count(g["quotes"], share, g["quotes"][base]) for g in groups.values())
         for share, base in (("recall", "gold"), ("precision", "predicted"),
                             ("attributed_recall", "gold"), ("attributed_precision", "predicted"))}
    rec, prec = q["recall"] / max(1, gold), q["precision"] / max(1, predicted)
    arec, aprec = q["attributed_recall"] / max(1, gold), q["attributed_precision"] / max(1, predicted)
    f = lambda a, b: round(2 * a * b / (a + b), 3) if a + b else 0.0
    out["quotes"] = {"gold": gold, "predicted": predicted, "recall": round(rec, 3), "precision": round(prec, 3), "f1": f(rec, prec),
                     "attributed_recall": round(arec, 3), "attributed_precision": round(aprec, 3), "attributed_f1": f(arec, aprec)}
    out["per_article"] = dict(sorted((k, v) for r in reports for k, v in r.get("per_article", {}).items()))
    out["groups"] = dict(sorted(groups.items()))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=pathlib.Path)
    ap.add_argument("--keep", type=pathlib.Path, help="work directory to keep (default: a temp dir)")
    ap.add_argument("--per-article", action="store_true", help="print what each relevant article got wrong")
    ap.add_argument("--shards", type=int, default=1,
                    help="split the folders into this many sites, each crawled and scored on its own (score.py's "
                         "time grows with articles times batches; shards keep it linear)")
    ap.add_argument("--jobs", type=int, default=1, help="shards run at once (each extracts in cores/jobs processes)")
    args = ap.parse_args(argv)
    if not SCORE.exists():
        print(f"no scorer at {SCORE} (the dev corpus's score.py, beside this repository)", file=sys.stderr)
        return 2
    work = args.keep or pathlib.Path(tempfile.mkdtemp(prefix="rw-corpus-"))
    if work.exists():
        shutil.rmtree(work)
    folders = sorted(args.folders)
    shards = max(1, min(args.shards, len(folders)))
    jobs = max(1, min(args.jobs, shards))
    processes = max(1, (os.cpu_count() or 1) // jobs)
    dirs = [work if shards == 1 else work / f"shard-{i + 1}" for i in range(shards)]
    for d in dirs:
        d.mkdir(parents=True, exist_ok=True)
    parts = [folders[i::shards] for i in range(shards)]
    started = time.monotonic()

    def one(i):
        result = run_shard(parts[i], dirs[i], processes)
        if shards > 1:
            print(f"shard {i + 1}/{shards}: {len(parts[i])} batches in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        return result

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(one, range(shards)))
    errors = [records for report, records in results if report is None]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    records = [rec for _, recs in results for rec in recs]
    report = results[0][0] if shards == 1 else merge_reports([r for r, _ in results], records)
    (work / "score.json").write_text(json.dumps(report, indent=1))
    t, c = report.get("text", {}), report.get("crawl", {})
    print(f"found {c.get('found')}/{len(records)}  title {t.get('title_acc')} date {t.get('date_acc')} "
          f"body recall {t.get('body_line_recall')} junk {t.get('junk_token_share')}")
    for key in ("relevance", "areas", "providers", "figures"):
        r = report.get(key, {})
        print(f"{key:10} p {r.get('p')} r {r.get('r')} f1 {r.get('f1')}" + (f" primary {r['primary_acc']}" if "primary_acc" in r else ""))
    q = report.get("quotes", {})
    print(f"quotes     f1 {q.get('f1')}  attributed p {q.get('attributed_precision')} r {q.get('attributed_recall')} f1 {q.get('attributed_f1')}")
    for group, g in sorted((report.get("groups") or {}).items()):
        print(f"  {group:6} areas {g.get('areas', {}).get('f1')} providers {g.get('providers', {}).get('f1')} "
              f"figures {g.get('figures', {}).get('f1')} attributed {g.get('quotes', {}).get('attributed_f1')}")
    if args.per_article:
        for d in dirs:
            print("\n".join(differences(d / "corpus.db", d / "corpus", d / "site")))
    print(f"work directory: {work} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
