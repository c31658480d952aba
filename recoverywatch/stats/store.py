"""Writing statistics: one transaction per file, upserting on (indicator, area code, period, sex,
age, category), so a re-import changes nothing and a revised figure replaces the old one."""
import datetime

import sqlite_utils

KEY = ("indicator_id", "gss_code", "period", "sex", "age", "category_type", "category")
COMPARED = ("indicator", "measure", "substance", "unit", "area_id", "period_area_id", "area_name", "area_type",
            "period_start", "period_end", "value", "lower_ci", "upper_ci", "count", "denominator",
            "people_in_treatment", "value_note")


def now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")


def save_stats(db: sqlite_utils.Database, rows: list[dict], fetched_url: str | None = None,
               indicator_id: int | None = None) -> dict:
    """Store rows (dicts with the treatment_stats columns) atomically; counts of new, revised
    and unchanged rows. With `fetched_url`, the fetch is recorded in the same transaction."""
    counts = {"new": 0, "revised": 0, "unchanged": 0}
    stamp = now()
    with db.conn:
        for row in rows:
            old = next(db.query("select * from treatment_stats where " + " and ".join(f"{k} = ?" for k in KEY),
                                [row[k] for k in KEY]), None)
            if old is None:
                db["treatment_stats"].insert({**row, "imported": stamp})
                counts["new"] += 1
            elif any(old[k] != row[k] for k in COMPARED):
                db["treatment_stats"].update(old["id"], {**row, "imported": stamp})
                counts["revised"] += 1
            else:
                counts["unchanged"] += 1
        if fetched_url:
            db["stats_fetches"].upsert({"url": fetched_url, "indicator_id": indicator_id, "fetched": stamp,
                                        "rows": len(rows)}, pk="url")
    return counts
