"""What `recoverywatch contracts` does: import saved OCDS files or URLs, or read the APIs for
what changed since the last run; keep the treatment notices; resolve; store."""
import datetime
import logging
import time

import sqlite_utils

from recoverywatch.contracts import fetch, resolve, store
from recoverywatch.contracts.ocds import Contract, Package, compile_contracts, is_relevant, read_source
from recoverywatch.contracts.rules import rules

log = logging.getLogger(__name__)


def _ensure_reference(db: sqlite_utils.Database) -> None:
    """Areas and providers rows must exist before contracts point at them."""
    if not db["areas"].count or not db["providers"].count:
        from recoverywatch.db.save import save_reference
        from recoverywatch.extract.gazetteer import reference_rows
        save_reference(db, *reference_rows())


def _store(db, packages: list[Package]) -> dict:
    known = {r["ocid"]: r["end_date"] for r in db.query("select ocid, end_date from contracts")}
    contracts = compile_contracts(packages, known)
    # a process already kept stays kept: its amendment notices may not repeat the words
    kept = [c for c in contracts if c.ocid in known or is_relevant(c)]
    counts = store.save_contracts(db, [_resolved(c) for c in kept])
    return {**counts, "read": len(contracts), "skipped": len(contracts) - len(kept)}


def _resolved(c: Contract):
    area = resolve.buyer_area(c.buyer_name, c.awarded or c.last_notice)
    if c.buyer_name and area is None:
        log.info("%s: buyer %r is not a local authority in the gazetteer", c.ocid, c.buyer_name)
    return c, area, [resolve.supplier_provider(s["supplier_name"], s["identifier"]) for s in c.suppliers]


def import_sources(db: sqlite_utils.Database, sources: list[str]) -> dict:
    """Import saved OCDS packages (files, directories of .json files, URLs). Everything is read
    and checked first: one malformed input raises OCDSError and nothing is written."""
    packages = [p for source in sources for p in read_source(source)]
    _ensure_reference(db)
    return _store(db, packages)


def _add(total: dict, counts: dict) -> None:
    for k, v in counts.items():
        total[k] = total.get(k, 0) + v


def fetch_updates(db: sqlite_utils.Database, since: str | None = None, apis: list[dict] | None = None,
                  sleep=time.sleep) -> dict:
    """Read each API for notices updated since its last run (or `since`), resuming a run that
    stopped part-way. An API that fails is logged and named in `failed`; the others go on."""
    _ensure_reference(db)
    settings = rules()["fetch"]
    total = {"new": 0, "updated": 0, "unchanged": 0, "read": 0, "skipped": 0, "pages": 0, "failed": []}
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    for api in apis or rules()["api"]:
        state = store.feed_state(db, api["name"])
        if state.get("next_url") and not since:
            url, window_to = state["next_url"], state["window_to"]
            log.info("%s: resuming at %s", api["name"], url)
        else:
            start = since or state.get("updated_to") or api["start"]
            window_to = now
            url = fetch.first_page_url(api, start, window_to)
        try:
            for _, page in fetch.pages(url, settings, sleep):
                _add(total, {**_store(db, [page]), "pages": 1})
                store.save_feed_state(db, api["name"], next_url=page.next_url, window_to=window_to)
        except fetch.FetchError as exc:
            log.error("%s: %s (the next run resumes from the last page stored)", api["name"], exc)
            total["failed"].append(api["name"])
            continue
        store.save_feed_state(db, api["name"], updated_to=window_to, next_url=None, window_to=None)
    return total
