"""Crawl a generated hostile site (tests/hostile_site.py, heavy pages at full size: a 16 MB page,
a 300,000-link page, 3.5 MB long reads, a gzip bomb, redirect loops, bad encodings...) with
`recoverywatch crawl` and print the peak resident memory of the crawl's whole process group,
sampled every 50 ms, with what the crawl counted. The target is < 600 MB.

    python benchmarks/hostile_memory.py [--scale 8]
"""
import argparse
import json
import pathlib
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.hostile_site import HostileSite, sources_toml  # noqa: E402
from tests.processes import group_members, rss_bytes  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=8, help="multiplies every kind of response (8: ~1,200 responses)")
    parser.add_argument("--no-extract", action="store_true", help="measure the crawl alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, HostileSite(scale=args.scale, heavy=True) as site:
        work = pathlib.Path(tmp)
        (work / "sources.toml").write_text(sources_toml(site))
        db = work / "hostile.db"
        started = time.monotonic()
        log = open(work / "crawl.log", "w+")  # a file, not a pipe: an unread pipe would block the crawl
        proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "crawl", "--sources", str(work / "sources.toml"),
                                 "--db", str(db), *(["--no-extract"] if args.no_extract else [])], stdout=log, stderr=subprocess.STDOUT, text=True,
                                start_new_session=True)
        peak, peaks = 0, {}  # the group's peak; each process's own ("crawl" is the main one)
        while proc.poll() is None:
            sizes = {pid: rss_bytes(pid) for pid in group_members(proc.pid)}
            peak = max(peak, sum(sizes.values()))
            for pid, size in sizes.items():
                name = "crawl" if pid == proc.pid else f"child {pid}"
                peaks[name] = max(peaks.get(name, 0), size)
            time.sleep(0.05)
        log.seek(0)
        out = err = log.read()
        seconds = time.monotonic() - started
        con = sqlite3.connect(db)
        stored = {url for (url,) in con.execute("select url from articles")}
        texts = dict(con.execute("select url, text from articles"))
        reasons = json.loads(con.execute("select skip_reasons from crawl_runs order by id desc").fetchone()[0] or "{}")
        good = site.good_urls()
        right = sum(1 for url, (sentence, _) in good.items() if sentence in texts.get(url, ""))
        outside = [u for u in stored if not u.startswith(site.base + "/news/") or "/elsewhere/" in u]
        print(f"exit code {proc.returncode}; {site.requests} responses served in {seconds:.0f} s")
        print(f"peak RSS of the crawl's process group: {peak / 2**20:.0f} MB (target < 600 MB)")
        print("peak RSS per process: " + ", ".join(f"{k} {v / 2**20:.0f} MB" for k, v in peaks.items()))
        print(f"tracebacks in the log: {err.count('Traceback')}")
        print(f"good stories: {len(good)}, stored and correct: {right}, rows for them: "
              f"{sum(1 for u in stored if u in good)}; other rows: {sorted(stored - set(good))}")
        print(f"stored outside the source's scope: {len(outside)}")
        print(f"skip reasons: {json.dumps(reasons, sort_keys=True)} (sum {sum(reasons.values())})")
        print(out.strip().splitlines()[-1] if out.strip() else err[-2000:])


if __name__ == "__main__":
    main()
