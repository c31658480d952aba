"""What readers type becomes words, and numbers read as people write them."""
import sqlite3

import pytest

from recoverywatch.web.fts import fts_query
from recoverywatch.web.numbers import figure


@pytest.fixture(scope="module")
def fts():
    c = sqlite3.connect(":memory:")
    c.execute("create virtual table a using fts5 (body, tokenize='porter')")
    for body in ["Stoke-on-Trent council awards the contract", "BAC O'Connor runs the service",
                 "a £3.4m deal over five years", "Change, Grow, Live wins", "drug-related deaths rose",
                 "Trent Valley, Stoke and elsewhere on time"]:
        c.execute("insert into a values (?)", [body])
    return c


@pytest.mark.parametrize("typed, expected", [
    ("Stoke-on-Trent", [1]), ("stoke on trent", [1, 6]), ("BAC O'Connor", [2]), ("£3.4m", [3]),
    ("Change, Grow, Live", [4]), ("drug-related deaths", [5]), ('a" OR body:x *', []), ("NEAR(stoke trent)", []),
    ("", []), ("!!! ??", []),
])
def test_typed_queries_never_fail_and_find_their_words(fts, typed, expected):
    rows = fts.execute("select rowid from a where a match ? order by rowid", [fts_query(typed)]).fetchall()
    assert [r[0] for r in rows] == expected


@pytest.mark.parametrize("value, unit, text", [
    (13000000.0, "GBP", "£13m"), (3400000.0, "GBP", "£3.4m"), (310000.0, "GBP", "£310,000"),
    (1200000000.0, "GBP", "£1.2bn"), (9.5, "percent", "9.5%"), (35.0, "percent", "35%"),
    (1739.0, "count", "1,739"), (10000000.0, "count", "10,000,000"), (None, "count", ""),
])
def test_figures_read_as_people_write_them(value, unit, text):
    assert figure(value, unit) == text
