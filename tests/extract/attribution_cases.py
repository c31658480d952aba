"""Scoring of the written attribution cases (tests/extract/fixtures/attribution_cases.toml), shared
by tests/extract/test_attribution_cases.py and benchmarks/attribution_cases.py.

A case's expected quote unit is found when a direct quote's text contains its opening words;
it is attributed when that quote's speaker is exactly the expected name (case folded). A direct
quote with a speaker counts against precision unless it is such an attributed unit; in a
"no_quote" case any direct quote is a failure. Cases are split into a tuning part (two in three)
and a check part (every third case), so that rules tuned on one can be checked on the other;
cases written later to be scored once before further changes carry part = "fresh"."""
import collections
import pathlib
import tomllib

CASES_FILE = pathlib.Path(__file__).parent / "fixtures" / "attribution_cases.toml"
QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def load_cases(part="all"):
    cases = tomllib.loads(CASES_FILE.read_text("utf-8"))["case"]
    for i, case in enumerate(cases):
        case.setdefault("part", "check" if i % 3 == 2 else "tune")
    return [c for c in cases if part in ("all", c["part"])]


def _norm(s):
    return " ".join((s or "").translate(QUOTE_MARKS).split()).lower()


def extract(cases):
    """{case id: record} from the real pipeline, one batch."""
    from recoverywatch.extract.pipeline import process
    arts = [{"id": c["id"], "text": c["text"].strip(), "title": c.get("title", ""),
             "published": c.get("published", "2024-01-01"), "source_area": c.get("source_area")} for c in cases]
    return {art["id"]: rec for art, rec in process(arts)}


def score(cases, records):
    """Totals and the failures, each (pattern, case id, what went wrong)."""
    t = collections.Counter()
    failures = []
    for case in cases:
        rec, cid, pattern = records[case["id"]], case["id"], case["pattern"]
        direct = [q for q in rec["quotes"] if q["kind"] == "direct"]
        if case.get("expect") == "no_quote":
            t["negative_cases"] += 1
            t["negative_ok"] += not direct
            failures += [(pattern, cid, f"no quote here, got {q['text'][:40]!r} ({q['speaker']})") for q in direct]
        elif case.get("expect") == "no_speaker":
            t["negative_cases"] += 1
            named = [q for q in direct if q["speaker"]]
            t["negative_ok"] += not named
            failures += [(pattern, cid, f"nobody's speech, got speaker {q['speaker']!r}") for q in named]
        t["predicted"] += sum(1 for q in direct if q["speaker"])
        used = set()
        for want in case.get("quotes", []):
            t["expected"] += 1
            start = _norm(want["start"])
            hit = next((i for i, q in enumerate(direct) if i not in used and start in _norm(q["text"])), None)
            if hit is None:
                failures.append((pattern, cid, f"quote not found: {want['start']!r}"))
                continue
            used.add(hit)
            q = direct[hit]
            t["found"] += 1
            if _norm(q["speaker"]) != _norm(want["speaker"]):
                failures.append((pattern, cid, f"{want['start'][:30]!r}: speaker {q['speaker']!r}, want {want['speaker']!r}"))
                continue
            t["attributed"] += 1
            if "role" in want:
                t["roles"] += 1
                if _norm(want["role"]) in _norm(q["speaker_role"]):
                    t["role_ok"] += 1
                else:
                    failures.append((pattern, cid, f"role {q['speaker_role']!r}, want it to contain {want['role']!r}"))
        if "primary" in case:
            t["areas"] += 1
            got = next((a["row"]["name"] for a in rec["areas"] if a["is_primary"]), None)
            if got == case["primary"]:
                t["primary_ok"] += 1
            else:
                failures.append((pattern, cid, f"primary {got!r}, want {case['primary']!r}"))
    return summary(t), failures


def summary(t):
    """The measures; a measure with nothing to measure in these cases is None."""
    share = lambda ok, n: round(t[ok] / t[n], 3) if t[n] else None  # noqa: E731
    r = t["attributed"] / max(1, t["expected"])
    p = t["attributed"] / max(1, t["predicted"])
    return {
        "cases": None, "expected": t["expected"], "found": round(t["found"] / max(1, t["expected"]), 3),
        "attributed_recall": round(r, 3), "attributed_precision": round(p, 3),
        "attributed_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "role_acc": share("role_ok", "roles"),
        "negatives_ok": share("negative_ok", "negative_cases"),
        "primary_acc": share("primary_ok", "areas"),
    }
