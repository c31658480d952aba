#!/usr/bin/env python3
"""Consistency checks for held-out batch oq (stdlib only).

Usage:  python3 check_gold.py [--registry PATH_TO_uk_local_authorities.csv]

Exits non-zero when an error is found. Warnings are informational.
"""
import argparse
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REGISTRY = os.path.normpath(os.path.join(
    HERE, "..", "..", "shared", "data", "local-authorities", "uk_local_authorities.csv"))

CANON_PROVIDERS = {
    "Change Grow Live", "With You", "Turning Point", "Humankind", "The Forward Trust",
    "Cranstoun", "Phoenix Futures", "Via", "Aquarius", "BAC O'Connor", "Inclusion",
    "Swanswell", "Delphi Medical", "Likewise",
    # added with dev-021..050 (canonical_name column of shared/data/providers/providers.csv)
    "Lifeline Project", "Open Road", "KCA", "Spectrum Community Health CIC",
    # local provider in batch oq, not in providers.csv
    "Society of St James",
}
TITLES = ("Cllr", "Councillor", "Dr", "Professor", "Prof", "Mr", "Mrs", "Ms", "Miss",
          "PC", "Det", "Detective", "Sergeant", "Sgt", "Bailie", "Inspector", "Insp",
          "Judge", "Recorder", "Commissioner", "Sir", "Dame", "Rev")
# Paragraph openings that mark boilerplate, by template. A paragraph that starts with one of
# these must be listed in boilerplate_markers, and a marker must be one of these kinds.
BOILER_PREFIXES = {
    "press": ("READ MORE", "Read next", "Sign up to our newsletter", "Get the latest",
              "Support independent local journalism"),
    "council": ("For media enquiries", "-ENDS-", "– ENDS –"),
    "minutes": (),
}
PAGE_FOOTER = re.compile(r"^Page \d+ of \d+$")
# Only exact fractions are used; thirds are written to two decimal places.
THIRDS = {33.33, 66.67}
QUOTE_TRANS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


N_ARTICLES = 9
MIN_WORDS, MAX_WORDS = 80, 800          # short council notices are 80-120 words
EXPECT_RELEVANT = {"press": 1, "council": 3, "minutes": 3}
EXPECT_NOT_RELEVANT = 2


def norm(s):
    return s.translate(QUOTE_TRANS)


def paragraphs(text):
    return [p for p in text.split("\n") if p.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--registry", default=DEFAULT_REGISTRY)
    args = ap.parse_args()

    errors, warnings = [], []
    err = errors.append
    warn = warnings.append

    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    arts = gold["articles"]
    nice = set()
    if os.path.exists(args.registry):
        with open(args.registry, encoding="utf-8") as f:
            nice = {r["nice-name"] for r in csv.DictReader(f)}
    else:
        warn("registry not found, area names not checked: %s" % args.registry)

    if not isinstance(gold.get("_doc"), str) or len(gold["_doc"]) < 200:
        err("_doc missing or too short")
    ids = [a["id"] for a in arts]
    if ids != ["oq-%03d" % i for i in range(1, N_ARTICLES + 1)]:
        err("ids are not oq-001..oq-%03d in order: %s" % (N_ARTICLES, ids))

    keys = ["id", "title", "published", "template", "relevant", "primary_area", "areas",
            "optional_areas", "providers", "figures", "quotes", "optional_quotes",
            "boilerplate_markers"]
    all_areas, all_providers = set(), set()
    n_quotes = 0
    for a in arts:
        aid = a["id"]
        if list(a.keys()) != keys:
            err("%s: keys %s" % (aid, list(a.keys())))
        if a["template"] not in ("press", "council", "minutes"):
            err("%s: bad template" % aid)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"]):
            err("%s: bad date" % aid)
        else:
            try:
                dt.date.fromisoformat(a["published"])
            except ValueError:
                err("%s: impossible date %s" % (aid, a["published"]))
        path = os.path.join(HERE, "articles", aid + ".txt")
        if not os.path.exists(path):
            err("%s: missing file" % aid)
            continue
        raw = open(path, encoding="utf-8").read()
        if "\r" in raw:
            err("%s: CR characters" % aid)
        lines = raw.rstrip("\n").split("\n")
        for i, ln in enumerate(lines):
            if i % 2 == 1 and ln != "":
                err("%s: line %d should be blank (paragraphs separated by blank lines)" % (aid, i + 1))
            if i % 2 == 0 and not ln.strip():
                err("%s: line %d empty paragraph" % (aid, i + 1))
        wc = len(raw.split())
        if not MIN_WORDS <= wc <= MAX_WORDS:
            err("%s: %d words (allowed %d-%d)" % (aid, wc, MIN_WORDS, MAX_WORDS))
        paras = [norm(p) for p in paragraphs(raw)]
        text = "\n".join(paras)

        # boilerplate
        bp = [norm(m) for m in a["boilerplate_markers"]]
        for m in bp:
            if m not in paras:
                err("%s: boilerplate marker is not a whole paragraph: %r" % (aid, m))
        all_prefixes = tuple(x for v in BOILER_PREFIXES.values() for x in v)
        for p in paras:
            if (p.startswith(all_prefixes) or PAGE_FOOTER.match(p)) and p not in bp:
                err("%s: unlisted boilerplate-looking paragraph: %r" % (aid, p))
        if a["template"] == "press" and not bp:
            err("%s: press article without boilerplate" % aid)
        for m in bp:
            kinds = BOILER_PREFIXES.get(a["template"], ())
            if a["template"] == "minutes":
                # PDF report furniture: 'Page N of M' footers and a running header that repeats
                if not (PAGE_FOOTER.match(m) or paras.count(m) > 1):
                    warn("%s: minutes marker is neither a page footer nor a repeated header: %r" % (aid, m))
            elif not m.startswith(kinds):
                warn("%s: unexpected kind of boilerplate for a %s article: %r" % (aid, a["template"], m))
        content = [p for p in paras if p not in bp]
        # score.py treats markers as case-insensitive substrings of the stored text: a marker that
        # also occurs inside a content paragraph would wrongly drop or flag that paragraph.
        for m in bp:
            for p in content:
                if m.lower() in p.lower():
                    err("%s: boilerplate marker %r occurs inside a content paragraph" % (aid, m))

        # areas
        if a["primary_area"] not in a["areas"]:
            err("%s: primary_area not in areas" % aid)
        for x in a["areas"]:
            if nice and x not in nice:
                err("%s: area %r is not a registry nice-name" % (aid, x))
        if set(a["areas"]) & set(a["optional_areas"]):
            err("%s: area both required and optional" % aid)
        all_areas.update(a["areas"])

        # providers
        for p in a["providers"]:
            if p not in CANON_PROVIDERS and not p.endswith(("NHS Foundation Trust", "NHS Trust")):
                err("%s: non-canonical provider %r" % (aid, p))
        all_providers.update(a["providers"])
        if not a["relevant"] and a["providers"]:
            warn("%s: providers in a not-relevant article" % aid)

        # figures
        seen = set()
        for fg in a["figures"]:
            if fg["unit"] not in ("GBP", "percent", "count"):
                err("%s: bad unit %r" % (aid, fg))
            if not isinstance(fg["value"], (int, float)) or isinstance(fg["value"], bool):
                err("%s: figure value is not a number: %r" % (aid, fg))
            elif fg["unit"] == "count" and fg["value"] != int(fg["value"]):
                err("%s: fractional count: %r" % (aid, fg))
            v = fg["value"] if isinstance(fg["value"], (int, float)) else 0
            if fg["unit"] == "percent" and min(abs(v - 100 / 3), abs(v - 200 / 3)) < 0.5 and v not in THIRDS:
                err("%s: a third is written 33.33 and two-thirds 66.67, not %r" % (aid, v))
            key = (fg["value"], fg["unit"])
            if key in seen:
                err("%s: duplicate figure %r" % (aid, fg))
            seen.add(key)

        # quotes
        used_paras = {}
        for q in a["quotes"]:
            n_quotes += 1
            sp, st, en = q["speaker"], norm(q["start"]), norm(q["end"])
            if sp.split()[0] in TITLES:
                err("%s: speaker has a title: %r" % (aid, sp))
            if re.search(r"\b[A-Z]\.(\s|$)", sp):
                err("%s: speaker keeps an initial (drop middle initials): %r" % (aid, sp))
            if not (5 <= len(st.split()) <= 10):
                err("%s: start snippet has %d words: %r" % (aid, len(st.split()), st))
            if not (3 <= len(en.split()) <= 8):
                err("%s: end snippet has %d words: %r" % (aid, len(en.split()), en))
            if text.count(st) != 1:
                err("%s: start snippet found %d times: %r" % (aid, text.count(st), st))
            hits = [i for i, p in enumerate(content) if st in p]
            if not hits:
                err("%s: start snippet not in content paragraphs: %r" % (aid, st))
                continue
            pi = hits[0]
            p = content[pi]
            s_pos = p.index(st)
            e_pos = p.find(en, s_pos + len(st) - 1 if en != st else s_pos)
            if e_pos < 0:
                err("%s: end snippet not after start in same paragraph: %r / %r" % (aid, st, en))
            else:
                rest = p[e_pos + len(en):].lstrip(".,!?;: ")
                if rest and rest[0] not in "'\"":
                    err("%s: end snippet is not at the end of the quoted text: %r" % (aid, en))
            if pi in used_paras:
                err("%s: two quote units in one paragraph: %r and %r" % (aid, used_paras[pi], st))
            used_paras[pi] = st
            # the start snippet should be right after an opening quote mark
            before = p[:s_pos].rstrip()
            if not before.endswith(("'", '"')):
                err("%s: start snippet does not follow an opening quote mark: %r" % (aid, st))
            # no quotation mark of the same kind inside the span (for the 'said X' split case
            # the attribution sits between two quoted segments, which is allowed)
        raw_content = [p for p in paragraphs(raw) if norm(p) not in bp]
        for i, rp in enumerate(raw_content):
            opens = re.search(r'(^|[\s(:])[\u201c\u2018"]', rp)
            covered = i in used_paras or any(norm(o) in norm(rp) for o in a["optional_quotes"])
            if opens and not covered:
                warn("%s: paragraph with quotation marks but no annotation: %r" % (aid, rp[:70]))
        for oq in a["optional_quotes"]:
            if norm(oq) not in text:
                err("%s: optional quote not found: %r" % (aid, oq))

    # corpus-level counts
    rel = [a for a in arts if a["relevant"]]
    by_t = {t: sum(1 for a in rel if a["template"] == t) for t in ("press", "council", "minutes")}
    if len(rel) != sum(EXPECT_RELEVANT.values()) or by_t != EXPECT_RELEVANT:
        err("relevant split wrong: %d %s (expected %s)" % (len(rel), by_t, EXPECT_RELEVANT))
    if len(arts) - len(rel) != EXPECT_NOT_RELEVANT:
        err("expected %d not-relevant articles, found %d" % (EXPECT_NOT_RELEVANT, len(arts) - len(rel)))
    if len(all_areas) < 7:
        err("only %d distinct areas" % len(all_areas))
    if len(all_providers) < 4:
        err("only %d distinct providers" % len(all_providers))

    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("articles=%d relevant=%d %s quotes=%d areas=%d providers=%d errors=%d"
          % (len(arts), len(rel), by_t, n_quotes, len(all_areas), len(all_providers), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
