"""Buyers to councils and suppliers to providers, with precision and recall on the names
notices use (written here, not taken from any real notice)."""
import pytest

from recoverywatch.contracts.resolve import buyer_area, supplier_provider

BUYERS = [  # (buyer as a notice writes it, award date, council code or None)
    ("Stoke-on-Trent City Council", "2025-06-18", "STE"),
    ("LEEDS CITY COUNCIL", "2025-07-10", "LDS"),
    ("Royal Borough of Kingston upon Thames", "2024-01-01", "KTT"),
    ("London Borough of Camden", "2024-01-01", "CMD"),
    ("Brighton & Hove City Council", "2024-01-01", "BNH"),
    ("Kent County Council", "2024-01-01", "KEN"),
    ("Durham County Council", "2023-01-01", "DUR"),
    ("Cumbria County Council", "2021-02-01", "CMA"),
    ("Westmorland and Furness Council", "2024-01-01", "WAF"),
    ("Bournemouth Borough Council", "2019-06-01", "BPC"),   # abolished 1 April 2019: its successor
    ("Northamptonshire County Council", "2020-01-01", "NTH"),
    ("Northamptonshire County Council", "2022-06-01", None),  # split in two: no single successor
    ("NHS England", "2024-01-01", None),
    ("Office for Health Improvement and Disparities", "2024-01-01", None),
    ("HM Prison and Probation Service", "2024-01-01", None),
    ("Somerset County Council", "2022-01-01", "SOM"),
    ("Somerset Council", "2024-01-01", "SMT"),              # the unitary council from April 2023
    ("Buckinghamshire County Council", "2019-01-01", "BKM"),
    ("City of Bradford Metropolitan District Council", "2024-01-01", "BRD"),
    ("Greater Manchester Combined Authority", "2024-01-01", None),
]

SUPPLIERS = [  # (supplier as written, identifier, provider slug or None)
    ("CHANGE, GROW, LIVE", "GB-CHC-1079327", "cgl"),
    ("Change Grow Live Services Limited", "GB-COH-03861209", "cgl"),
    ("Humankind Charity", None, "humankind"),
    ("HUMANKIND", None, "humankind"),
    ("WE ARE WITH YOU", None, "with-you"),
    ("Turning Point Services Ltd", None, "turning-point"),
    ("The Forward Trust", None, "forward-trust"),
    ("CRANSTOUN", None, "cranstoun"),
    ("Phoenix Futures", None, "phoenix-futures"),
    ("Registered charity", "GB-CHC-1001957", "with-you"),
    ("Northfield Pharmacy Services Ltd", "GB-COH-00000002", None),
    ("Eastway Surfacing Limited", None, None),
    ("Acme Facilities Management Ltd", None, None),
    ("WDP", None, "via"),                       # an ambiguous short name, written whole
    ("Forward Ltd", None, None),                # ... but not inside another company's name
    ("Phoenix Systems Ltd", None, None),
    ("Westminster Drug Project", None, "via"),  # a former name
]


def _precision_recall(pairs):
    """pairs of (expected, got): precision over answers given, recall over answers expected."""
    given = [(e, g) for e, g in pairs if g is not None]
    expected = [(e, g) for e, g in pairs if e is not None]
    precision = sum(e == g for e, g in given) / len(given)
    recall = sum(e == g for e, g in expected) / len(expected)
    return precision, recall


@pytest.mark.parametrize("name, date, code", BUYERS)
def test_buyer(name, date, code):
    assert buyer_area(name, date) == code


@pytest.mark.parametrize("name, identifier, slug", SUPPLIERS)
def test_supplier(name, identifier, slug):
    assert supplier_provider(name, identifier) == slug


def test_precision_and_recall_are_perfect_on_these_lists():
    assert _precision_recall([(c, buyer_area(n, d)) for n, d, c in BUYERS]) == (1.0, 1.0)
    assert _precision_recall([(s, supplier_provider(n, i)) for n, i, s in SUPPLIERS]) == (1.0, 1.0)
