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
import functools
import html
import http.server
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading
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
            elif q["speaker"].split()[-1].lower() not in (got[0] or "").lower() or q["speaker"].split()[0].lower() not in (got[0] or "").lower():
                out.append(f"quote speaker {got[0]!r} want {q['speaker']!r}: {text[max(0, i - 0):i + 60]}")
        for qt, spk in quotes:
            if not any(q["start"][:25] in norm(qt) or q["end"][-20:] in norm(qt) for q in g["quotes"]) and \
                    not any(norm(o)[:25] in norm(qt) or norm(qt)[:25] in norm(o) for o in g.get("optional_quotes", [])):
                out.append(f"quote extra ({spk}): {norm(qt)[:60]}")
        for line in out:
            lines.append(f"{gid}: {line}")
    return lines


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=pathlib.Path)
    ap.add_argument("--keep", type=pathlib.Path, help="work directory to keep (default: a temp dir)")
    ap.add_argument("--per-article", action="store_true", help="print what each relevant article got wrong")
    args = ap.parse_args(argv)
    work = args.keep or pathlib.Path(tempfile.mkdtemp(prefix="rw-corpus-"))
    if work.exists():
        shutil.rmtree(work)
    corpus, site = work / "corpus", work / "site"
    records = merge(args.folders, corpus)
    listings = render(records, corpus, site)
    server = serve(site)
    port = server.server_address[1]
    sources = "".join(
        f'[[source]]\nname = "{section.replace("/", "-")}"\nkind = "{kind}"\nstart_urls = ["http://127.0.0.1:{port}/{section}/"]\n\n'
        for section, kind, _ in SECTIONS.values() if section in listings)
    (work / "sources.toml").write_text(sources)
    db = work / "corpus.db"
    crawl = subprocess.run([sys.executable, "-m", "recoverywatch", "crawl", "--sources", str(work / "sources.toml"), "--db", str(db)],
                           capture_output=True, text=True, cwd=work, check=False)
    server.shutdown()
    if crawl.returncode:
        print(f"crawl failed ({crawl.returncode}): {crawl.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return 2
    subprocess.run([sys.executable, str(SCORE), str(db), "--corpus", str(corpus), "--site", str(site), "--json", str(work / "score.json")],
                   capture_output=True, text=True, check=True)
    report = json.loads((work / "score.json").read_text())
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
        print("\n".join(differences(db, corpus, site)))
    print(f"work directory: {work}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
