"""Reading and compiling OCDS notices (no database)."""
import json

import pytest

from recoverywatch.contracts.ocds import OCDSError, compile_contracts, is_relevant, parse_package, read_source
from tests.contracts.conftest import FIXTURES


def _compiled(*names):
    return {c.ocid: c for c in compile_contracts([p for n in names for p in read_source(str(FIXTURES / n))])}


def test_award_then_extension_compiles_to_the_extended_contract():
    c = _compiled("stoke_tender_award.json", "stoke_extension.json")["ocds-h6vhtk-0a1001"]
    assert (c.status, c.awarded, c.start_date, c.end_date, c.value) == ("active", "2025-06-18", "2025-10-01", "2032-09-30", 33600000)
    assert [n["kind"] for n in c.notices] == ["tender", "contract", "extension"]
    assert [n["value"] for n in c.notices] == [None, 24000000, 33600000]
    assert c.notices[-1]["rationale"].startswith("Extension option")
    assert c.source_url == "https://www.find-tender.service.gov.uk/Notice/031200-2026"
    assert (c.value_period, c.annual_value) == ("year", 4800000)


def test_multi_lot_award_keeps_each_supplier_and_its_lot_value():
    c = _compiled("leeds_lots.json", "leeds_modification.json")["ocds-h6vhtk-0a2002"]
    assert [(s["supplier_name"], s["award_value"]) for s in c.suppliers] == [
        ("Humankind Charity", 42000000), ("WE ARE WITH YOU", 5600000), ("Northfield Pharmacy Services Ltd", 700000)]
    assert c.value == 49800000 and [n["kind"] for n in c.notices] == ["award", "modification"]


def test_one_award_to_two_suppliers_gives_neither_the_whole_value():
    c = _compiled("contracts_finder_records.json")["ocds-b5fd17-7e0c1a2b-0002"]
    assert [s["award_value"] for s in c.suppliers] == [None, None] and c.value == 10500000


def test_notices_not_about_treatment_are_not_kept():
    kept = {ocid for ocid, c in _compiled("leeds_lots.json").items() if is_relevant(c)}
    # road resurfacing, and building works at a recovery hub (construction CPV), are left out
    assert kept == {"ocds-h6vhtk-0a2002"}


def test_record_package_with_embedded_releases_is_read():
    assert set(_compiled("contracts_finder_records.json")) == {"ocds-b5fd17-7e0c1a2b-0001", "ocds-b5fd17-7e0c1a2b-0002"}


def test_same_release_in_two_files_counts_once():
    c = _compiled("stoke_tender_award.json", "stoke_tender_award.json")["ocds-h6vhtk-0a1001"]
    assert len(c.notices) == 2


@pytest.mark.parametrize("body, message", [
    ("{not json", "not JSON"),
    ("[]", "expected a JSON object"),
    ('{"publisher": {}}', "neither a release package"),
    ('{"releases": {}}', "`releases` is not a list"),
    ('{"releases": [{"ocid": "o", "id": "1", "tag": ["award"]}]}', "missing `date`"),
    ('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01", "tag": "award"}]}', "`tag` must be a list"),
    ('{"records": [{"ocid": "o", "releases": [{"url": "https://x/1"}]}]}', "no embedded releases and no compiledRelease"),
    ('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01", "tag": ["award"], "tender": "drugs"}]}', "`tender` must be an object"),
    ('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01", "tag": ["award"], "awards": {}}]}', "`awards` must be a list"),
])
def test_malformed_input_is_named(body, message):
    with pytest.raises(OCDSError, match=message):
        parse_package(body, "notice.json")


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(OCDSError, match="cannot read"):
        read_source(str(tmp_path / "none.json"))


def test_a_value_in_another_currency_is_not_added_to_pounds():
    release = {"ocid": "o", "id": "1", "date": "2025-01-01T00:00:00Z", "tag": ["award"],
               "tender": {"title": "Substance misuse service"},
               "awards": [{"id": "a", "status": "active", "value": {"amount": 5, "currency": "EUR"}},
                          {"id": "b", "status": "active", "value": {"amount": 7, "currency": "GBP"}}]}
    [c] = compile_contracts([parse_package(json.dumps({"releases": [release]}), "x")])
    assert c.value == 7
