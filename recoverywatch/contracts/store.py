"""Writing contracts: one transaction per import, upserting on the ocid, so re-running changes
nothing and a later notice (a modification, an extension) updates the row and adds its history."""
import datetime

import sqlite_utils

from recoverywatch.contracts.ocds import Contract


def _ids(db, table: str, key: str) -> dict[str, int]:
    return {r[key]: r["id"] for r in db.query(f"select id, {key} from {table}")}


def save_contracts(db: sqlite_utils.Database, resolved: list[tuple[Contract, str | None, list[str | None]]]) -> dict:
    """Store (contract, area code, provider slug per supplier) triples atomically; counts of
    new and updated contracts. Notices already stored are kept; new ones are added."""
    area_ids = _ids(db, "areas", "code")
    provider_ids = _ids(db, "providers", "slug")
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    with db.conn:
        for contract, area_code, slugs in resolved:
            row = {"ocid": contract.ocid, "title": contract.title, "description": contract.description,
                   "buyer_name": contract.buyer_name, "area_id": area_ids.get(area_code), "status": contract.status,
                   "awarded": contract.awarded, "start_date": contract.start_date, "end_date": contract.end_date,
                   "value": contract.value, "value_period": contract.value_period, "annual_value": contract.annual_value,
                   "cpv_codes": ",".join(contract.cpv_codes) or None, "source_url": contract.source_url,
                   "last_notice": contract.last_notice}
            old = next(db.query("select * from contracts where ocid = ?", [contract.ocid]), None)
            if old is None:
                cid = db["contracts"].insert({**row, "notices": 0}).last_pk
                counts["new"] += 1
            else:
                cid = old["id"]
                # a notice that repeats only what changed (an amendment) leaves the rest as it was
                row = {k: v for k, v in row.items() if v is not None}
                if old["annual_value"] and "annual_value" not in row:
                    row.pop("value_period")
                if old["last_notice"] and contract.last_notice < old["last_notice"]:
                    row = {}  # an older copy of the process (a re-import of an early file) changes nothing
                changed = any(old[k] != v for k, v in row.items())
                counts["updated" if changed else "unchanged"] += 1
                if changed:
                    db["contracts"].update(cid, row)
            for notice in contract.notices:
                db.execute("insert or ignore into contract_notices (contract_id, release_id, date, tags, kind, value, "
                           "end_date, rationale, source_url) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [cid, notice["release_id"], notice["date"], notice["tags"], notice["kind"], notice["value"],
                            notice["end_date"], notice["rationale"], notice["source_url"]])
            db.execute("update contracts set notices = (select count(*) from contract_notices where contract_id = ?) "
                       "where id = ?", [cid, cid])
            if not row or not contract.suppliers:
                continue  # an amendment that names no supplier leaves the suppliers as they were
            db.execute("delete from contract_suppliers where contract_id = ?", [cid])
            for supplier, slug in zip(contract.suppliers, slugs):
                db["contract_suppliers"].insert({"contract_id": cid, **supplier, "provider_id": provider_ids.get(slug)})
    return counts


def feed_state(db: sqlite_utils.Database, api: str) -> dict:
    return next(db.query("select * from contract_feeds where api = ?", [api]), {"api": api})


def save_feed_state(db: sqlite_utils.Database, api: str, **values) -> None:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    with db.conn:
        db["contract_feeds"].upsert({"api": api, "last_run": now, **values}, pk="api")
