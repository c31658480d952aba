"""Check written corpus batches for well-formed gold: one checker for every batch folder.

A batch folder holds gold.json (a `_doc` string and an `articles` list) and articles/<id>.txt.
Errors are what would make a score wrong: a record without the dev corpus's keys, an id without
its text, an area that is no local authority's name, a primary area missing from the areas, a
figure of an unknown unit or a fractional count, a quote whose opening or closing words do not
occur in the text. Exits 1 when any batch has an error.

usage: python benchmarks/check_gold.py benchmarks/corpora/* [benchmarks/pending/*]"""
import csv
import datetime
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
KEYS = {"id", "title", "published", "template", "relevant", "primary_area", "areas", "optional_areas",
        "providers", "figures", "quotes", "optional_quotes", "boilerplate_markers"}
TEMPLATES = {"press", "council", "minutes"}
UNITS = {"GBP", "percent", "count"}
# quote marks as the texts and the gold may each write them
PLAIN_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def area_names():
    """Every local authority's short ("nice") name in the reference data the package ships."""
    with (ROOT / "extract" / "data" / "uk_local_authorities.csv").open(encoding="utf-8", newline="") as f:
        return {row["nice-name"] for row in csv.DictReader(f)}


def _plain(text):
    return " ".join(text.translate(PLAIN_QUOTES).split())


def record_errors(rec, text, areas):
    """What is wrong with one article's record, given its text."""
    aid = rec.get("id", "?")
    out = []
    if set(rec) != KEYS:
        out.append(f"{aid}: keys {sorted(set(rec) ^ KEYS)} differ from the dev records'")
        return out
    if rec["template"] not in TEMPLATES:
        out.append(f"{aid}: template {rec['template']!r}")
    try:
        datetime.date.fromisoformat(rec["published"])
    except (TypeError, ValueError):
        out.append(f"{aid}: published {rec['published']!r} is no date")
    if not isinstance(rec["relevant"], bool):
        out.append(f"{aid}: relevant is not true or false")
    for name in rec["areas"]:
        if name not in areas:
            out.append(f"{aid}: area {name!r} is no local authority's name")
    if rec["primary_area"] is not None and rec["primary_area"] not in rec["areas"]:
        out.append(f"{aid}: primary area {rec['primary_area']!r} is not among its areas")
    if rec["relevant"] and rec["areas"] and rec["primary_area"] is None:
        out.append(f"{aid}: relevant with areas but no primary area")
    for key in ("areas", "providers"):
        if len(set(rec[key])) != len(rec[key]):
            out.append(f"{aid}: {key} repeat a name")
    seen = set()
    for fig in rec["figures"]:
        pair = (fig.get("value"), fig.get("unit"))
        if fig.get("unit") not in UNITS or not isinstance(fig.get("value"), (int, float)):
            out.append(f"{aid}: figure {fig}")
        elif fig["unit"] == "count" and fig["value"] != int(fig["value"]):
            out.append(f"{aid}: a count of {fig['value']} is fractional")
        if pair in seen:
            out.append(f"{aid}: figure {pair} given twice")
        seen.add(pair)
    plain = _plain(text)
    for q in rec["quotes"]:
        for end in ("start", "end"):
            if not q.get(end) or _plain(q[end]) not in plain:
                out.append(f"{aid}: quote {end} {q.get(end)!r} is not in the text")
        if not q.get("speaker"):
            out.append(f"{aid}: quote {q.get('start')!r} has no speaker")
    return out


def batch_errors(folder, areas):
    """What is wrong with one batch folder."""
    folder = pathlib.Path(folder)
    try:
        gold = json.loads((folder / "gold.json").read_text("utf-8"))
    except (OSError, ValueError) as e:
        return [f"{folder.name}: gold.json unreadable: {e}"]
    if not isinstance(gold.get("_doc"), str) or not isinstance(gold.get("articles"), list):
        return [f"{folder.name}: gold.json needs a `_doc` string and an `articles` list"]
    out = []
    ids = [rec.get("id") for rec in gold["articles"]]
    if len(set(ids)) != len(ids):
        out.append(f"{folder.name}: an id is given twice")
    texts = {p.stem for p in (folder / "articles").glob("*.txt")}
    if texts != set(ids):
        out.append(f"{folder.name}: texts without records {sorted(texts - set(ids))}, records without texts {sorted(set(ids) - texts)}")
    for rec in gold["articles"]:
        if rec.get("id") in texts:
            out += record_errors(rec, (folder / "articles" / f"{rec['id']}.txt").read_text("utf-8"), areas)
    return out


def main(folders):
    areas = area_names()
    errors = [e for folder in folders for e in batch_errors(folder, areas)]
    for e in errors:
        print(e)
    print(f"{len(folders)} batches, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
