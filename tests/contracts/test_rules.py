"""Relevance and annual values, from the data file."""
import pytest

from recoverywatch.contracts.rules import annual_value, is_relevant


@pytest.mark.parametrize("text, cpv, expected", [
    ("Adult substance misuse treatment service", ["85000000"], True),
    ("Integrated drug and alcohol recovery system", [], True),
    ("Young people's drugs and alcohol service", ["85312500"], True),
    ("Refurbishment of a drug and alcohol recovery hub", ["45454000"], False),
    ("Supported housing for older people", ["85000000"], False),
    ("Highway maintenance", ["45233141"], False),
])
def test_relevance(text, cpv, expected):
    assert is_relevant(text, cpv) is expected


@pytest.mark.parametrize("text, expected", [
    ("The service is worth £2.1m per annum.", 2100000),
    ("an annual value of £4,800,000 over five years", 4800000),
    ("£750k a year", 750000),
    ("£1,250,000 (excluding VAT) per year", 1250000),
    ("a total value of £12m over five years", None),
    ("£3m per year-long pilot", None),
])
def test_annual_value(text, expected):
    assert annual_value(text) == expected
