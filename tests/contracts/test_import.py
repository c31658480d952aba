"""Importing saved OCDS packages into a real SQLite database."""
import shutil

import pytest
from click.testing import CliRunner

from recoverywatch.cli import cli
from recoverywatch.contracts.ocds import OCDSError
from recoverywatch.contracts.run import import_sources
from recoverywatch.db.schema import open_db
from tests.contracts.conftest import FIXTURES

FIRST = ["stoke_tender_award.json", "leeds_lots.json", "contracts_finder_records.json"]
LATER = ["stoke_extension.json", "leeds_modification.json"]


def _import(db, names):
    return import_sources(db, [str(FIXTURES / n) for n in names])


def _contracts(db):
    return {r["ocid"]: r for r in db.query("select c.*, a.code as area_code from contracts c left join areas a on a.id = c.area_id")}


def _suppliers(db):
    return sorted((r["ocid"], r["supplier_name"], r["slug"], r["identifier"]) for r in db.query(
        "select c.ocid, s.supplier_name, p.slug, s.identifier from contract_suppliers s join contracts c on c.id = s.contract_id "
        "left join providers p on p.id = s.provider_id"))


@pytest.fixture
def db(tmp_path):
    return open_db(tmp_path / "contracts.db")


def test_every_buyer_and_provider_resolves(db):
    _import(db, FIRST + LATER)
    contracts = _contracts(db)
    assert {ocid: c["area_code"] for ocid, c in contracts.items()} == {
        "ocds-h6vhtk-0a1001": "STE", "ocds-h6vhtk-0a2002": "LDS",
        "ocds-b5fd17-7e0c1a2b-0001": "BPC",  # Bournemouth's 2019 award lands on its successor
        "ocds-b5fd17-7e0c1a2b-0002": "CMA"}
    assert _suppliers(db) == [
        ("ocds-b5fd17-7e0c1a2b-0001", "Change Grow Live Services Limited", "cgl", "GB-COH-03861209"),
        ("ocds-b5fd17-7e0c1a2b-0002", "HUMANKIND", "humankind", None),
        ("ocds-b5fd17-7e0c1a2b-0002", "Turning Point Services Ltd", "turning-point", "GB-CHC-234887"),
        ("ocds-h6vhtk-0a1001", "CHANGE, GROW, LIVE", "cgl", "GB-CHC-1079327"),
        ("ocds-h6vhtk-0a2002", "Humankind Charity", "humankind", "GB-COH-00000001"),
        ("ocds-h6vhtk-0a2002", "Northfield Pharmacy Services Ltd", None, "GB-COH-00000002"),
        ("ocds-h6vhtk-0a2002", "WE ARE WITH YOU", "with-you", "GB-CHC-1001957")]


def test_rerunning_changes_nothing(db):
    _import(db, FIRST + LATER)
    before = (list(db.query("select * from contracts order by id")), _suppliers(db),
              list(db.query("select * from contract_notices order by id")))
    counts = _import(db, FIRST + LATER)
    assert counts["new"] == counts["updated"] == 0 and counts["unchanged"] == 4
    assert (list(db.query("select * from contracts order by id")), _suppliers(db),
            list(db.query("select * from contract_notices order by id"))) == before


def test_extension_read_later_updates_the_contract_and_keeps_history(db):
    _import(db, FIRST)
    assert _contracts(db)["ocds-h6vhtk-0a1001"]["end_date"] == "2030-09-30"
    counts = _import(db, LATER)
    assert counts == {"new": 0, "updated": 2, "unchanged": 0, "read": 2, "skipped": 0}
    stoke = _contracts(db)["ocds-h6vhtk-0a1001"]
    assert (stoke["end_date"], stoke["value"], stoke["notices"], stoke["title"]) == (
        "2032-09-30", 33600000, 3, "Integrated Adult Drug and Alcohol Treatment and Recovery Service")
    assert stoke["annual_value"] == 4800000  # stated in the tender, kept through the amendment
    history = list(db.query("select kind, value, end_date from contract_notices where contract_id = ? order by date", [stoke["id"]]))
    assert history == [{"kind": "tender", "value": None, "end_date": None},
                       {"kind": "contract", "value": 24000000, "end_date": "2030-09-30"},
                       {"kind": "extension", "value": 33600000, "end_date": "2032-09-30"}]
    assert len([s for s in _suppliers(db) if s[0] == "ocds-h6vhtk-0a2002"]) == 3  # the amendment named nobody


def test_an_older_file_read_after_a_newer_one_changes_nothing(db):
    _import(db, FIRST + LATER)
    before = _contracts(db)
    _import(db, ["stoke_tender_award.json"])
    assert _contracts(db) == before


def test_a_malformed_file_imports_nothing(db, tmp_path):
    with pytest.raises(OCDSError, match="malformed_release.json"):
        _import(db, FIRST + ["bad/malformed_release.json"])
    assert db["contracts"].count == 0 and db["contract_notices"].count == 0


def test_cli_imports_a_directory_and_reports(tmp_path):
    folder = tmp_path / "saved"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("bad"))
    path = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["contracts", "--db", str(path), "--ocds", str(folder)])
    assert result.exit_code == 0, result.output
    assert "6 processes read, 4 new" in result.output and "2 not about treatment" in result.output
    bad = CliRunner().invoke(cli, ["contracts", "--db", str(path), "--ocds", str(FIXTURES / "bad" / "malformed_release.json")])
    assert bad.exit_code == 1 and "`tag` must be a list; nothing was imported" in bad.output


def test_cli_rejects_a_bad_since(tmp_path):
    result = CliRunner().invoke(cli, ["contracts", "--db", str(tmp_path / "x.db"), "--since", "last week"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_contract_timeline_view_orders_awards_and_names_suppliers(db):
    _import(db, FIRST + LATER)
    rows = list(db.query("select area_code, awarded, value, provider_slugs from contract_timeline"))
    assert [r["area_code"] for r in rows] == ["BPC", "CMA", "STE", "LDS"]
    assert rows[-1]["provider_slugs"].split(",") == ["humankind", "with-you"]


def test_migration_is_recorded(db):
    assert "0009_contracts" in {r["name"] for r in db.query("select name from _sqlite_migrations")}


def test_cli_since_is_for_the_apis_only(tmp_path):
    result = CliRunner().invoke(cli, ["contracts", "--db", str(tmp_path / "x.db"), "--since", "2025-01-01",
                                      "--ocds", str(FIXTURES / "leeds_lots.json")])
    assert result.exit_code == 2 and "--since applies to reading the APIs" in result.output
