"""Derive town_short_names.csv from OS Open Names populated places (the file places.csv is cut from).

A town or city named for its river ("Thornaby-on-Tees", "Staines-upon-Thames") goes by its first
part where that part names no other populated place in the full list (so not Stratford, Barton,
Newport or Ross). Seaside names ("Clacton-on-Sea") are not river names, and a first part of three
letters or fewer may be an ordinary word ("Hay").

usage: python -m recoverywatch.extract.data.derive_town_short_names gb_populated_places_to_la.csv > town_short_names.csv"""
import collections
import csv
import re
import sys

RIVER_TOWN = re.compile(r"(.+?)[- ](?:on|upon)[- ](?:the[- ])?([A-Z][\w'-]+)")


def short_names(rows):
    """[(short name, full name)] sorted, from rows of the OS Open Names places file."""
    named = collections.Counter(n for r in rows for n in (r["name"], r["name_alt"]) if n)
    out = set()
    for r in rows:
        m = RIVER_TOWN.fullmatch(r["name"])
        if (r["local_type"] in ("Town", "City") and m and m.group(2) != "Sea" and len(m.group(1)) > 3
                and named[m.group(1)] == 0):
            out.add((m.group(1), r["name"]))
    return sorted(out)


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["short_name", "place_name", "note"])
    for short, full in short_names(rows):
        w.writerow([short, full, ""])


if __name__ == "__main__":
    main(sys.argv[1])
