import pathlib

import pytest

from recoverywatch.db.schema import open_db

FIXTURES = pathlib.Path(__file__).parent / "fixtures"


@pytest.fixture
def db(tmp_path):
    return open_db(tmp_path / "stats.db")


def header() -> str:
    return (FIXTURES / "in_treatment_drugs.csv").read_text("utf-8").splitlines()[0]
