"""What `recoverywatch stats` does: read saved Fingertips CSV files, or the API one indicator at a
time; resolve each row's area; store per area and period."""
import logging
import pathlib
import time
from collections import Counter

import sqlite_utils

from recoverywatch.stats import fetch, resolve, store
from recoverywatch.stats.fingertips import StatRow, StatsError, read_csv
from recoverywatch.stats.indicators import indicators, settings

log = logging.getLogger(__name__)


def _ensure_reference(db: sqlite_utils.Database) -> None:
    """Area rows must exist before statistics point at them."""
    if not db["areas"].count:
        from recoverywatch.db.save import save_reference
        from recoverywatch.extract.gazetteer import reference_rows
        save_reference(db, *reference_rows())


def resolved_rows(db, rows: list[StatRow], source: str, tally: Counter) -> list[dict]:
    """treatment_stats rows for the council and England rows; groupings and unknown codes are
    counted in `tally` (unknown ones logged once per code)."""
    area_ids = {r["code"]: r["id"] for r in db.query("select id, code from areas")}
    out, unknown = [], Counter()
    for r in rows:
        kind = resolve.kind(r.area_code)
        if kind in ("grouping", "unknown"):
            tally[kind] += 1
            unknown.update([r.area_code] if kind == "unknown" else [])
            continue
        code = resolve.area(r.area_code)
        held = resolve.responsible(code, r.period_end) if code else None
        meta = indicators()[r.indicator_id]
        people = r.count if meta["people_in_treatment"] == "count" else r.denominator
        tally["england" if kind == "england" else "council"] += 1
        out.append({
            "indicator_id": r.indicator_id, "indicator": r.indicator_name, "measure": meta["measure"],
            "substance": meta["substance"], "unit": meta["unit"],
            "area_id": area_ids.get(code), "period_area_id": area_ids.get(held), "gss_code": r.area_code,
            "area_name": r.area_name, "area_type": r.area_type, "period": r.period,
            "period_start": r.period_start, "period_end": r.period_end, "value": r.value,
            "lower_ci": r.lower_ci, "upper_ci": r.upper_ci, "count": r.count, "denominator": r.denominator,
            "people_in_treatment": people, "value_note": r.value_note, "sex": r.sex, "age": r.age,
            "category_type": r.category_type, "category": r.category, "source_url": source})
    for code, n in sorted(unknown.items()):
        log.warning("%s: area code %s is not a council in the gazetteer (%d rows skipped)", source, code, n)
    return out


def _files(paths: list[str]) -> list[pathlib.Path]:
    found = []
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            found.extend(sorted(p.glob("*.csv")))
        elif p.is_file():
            found.append(p)
        else:
            raise StatsError(f"{p}: no such file or directory")
    return found


def _add(total: Counter, counts: dict) -> None:
    total.update({k: v for k, v in counts.items() if isinstance(v, int)})


def import_files(db: sqlite_utils.Database, paths: list[str]) -> dict:
    """Import saved Fingertips CSV files (or directories of them), each in one transaction. A
    malformed file is logged with its problem, named in `failed`, and nothing of it is written;
    the other files go on."""
    _ensure_reference(db)
    total, failed = Counter(), []
    for path in _files(paths):
        try:
            rows, others = read_csv(path.read_bytes(), str(path))
        except StatsError as exc:
            log.error("%s; nothing imported from it", exc)
            failed.append(str(path))
            continue
        tally = Counter(other_indicators=others)
        counts = store.save_stats(db, resolved_rows(db, rows, str(path), tally))
        _add(total, {**tally, **counts, "files": 1})
    return {**_summary(total), "failed": failed}


def _summary(total: Counter) -> dict:
    keys = ("files", "new", "revised", "unchanged", "council", "england", "grouping", "unknown", "other_indicators")
    return {k: total.get(k, 0) for k in keys}


def fetch_all(db: sqlite_utils.Database, base_url: str | None = None, sleep=time.sleep) -> dict:
    """Read every indicator in the data file from the API, one request at a time. An address read
    within the refresh interval is skipped (a stopped run resumes); one that fails is logged and
    named in `failed`, and the others go on."""
    _ensure_reference(db)
    api = settings()["api"]
    base_url = base_url or api["base_url"]
    fresh_after = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - api["refresh_hours"] * 3600))
    read = {r["url"] for r in db.query("select url from stats_fetches where fetched >= ?", [fresh_after])}
    total, failed, asked = Counter(), [], 0
    for indicator_id in indicators():
        for url in fetch.indicator_urls(api, base_url, indicator_id):
            if url in read:
                total["fresh"] += 1
                continue
            if asked:
                sleep(api["delay_seconds"])
            asked += 1
            try:
                rows, others = read_csv(fetch.get(url, api, sleep), url)
            except (fetch.FetchError, StatsError) as exc:
                log.error("%s; nothing imported from it (the next run tries it again)", exc)
                failed.append(url)
                continue
            tally = Counter(other_indicators=others)
            resolved = resolved_rows(db, rows, url, tally)
            counts = store.save_stats(db, resolved, fetched_url=url, indicator_id=indicator_id)
            _add(total, {**tally, **counts, "files": 1})
    return {**_summary(total), "fresh": total.get("fresh", 0), "failed": failed}
