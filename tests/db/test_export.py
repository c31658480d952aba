"""Exports and the pandas API on a real database (the release-0.1.0 fixture, upgraded)."""
import csv
import shutil
import sqlite3

import pytest

from recoverywatch import export
from recoverywatch.db import schema
from recoverywatch.db.schema import open_db
from tests.db.test_migrations import FIXTURE


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "x.db"
    shutil.copy(FIXTURE, path)
    open_db(path).close()
    return path


def test_csv_export_has_every_table_and_view_and_keeps_integers(db_path, tmp_path):
    out = tmp_path / "csv"
    export.export_tables(db_path, out, "csv")
    names = {p.stem for p in out.iterdir()}
    assert names == set(schema.public_tables()) | set(schema.VIEWS)
    assert {"people", "services", "article_services", "mentions", "figures_by_area", "commissioning_timeline"} <= names
    assert "article_bands" not in names
    with open(out / "articles.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "signature" not in rows[0]
    assert all(r["id"].isdigit() and (r["year"] == "" or r["year"].isdigit()) for r in rows)
    assert any(r["duplicate_of"] == "" for r in rows)  # nulls stay empty, not "nan"
    with open(out / "figures.csv", newline="") as f:
        figures = list(csv.DictReader(f))
    assert all(r["article_id"].isdigit() and r["start"].isdigit() for r in figures)
    assert any(r["area_id"] == "" or r["area_id"].isdigit() for r in figures)


def test_readme_pandas_example_counts_each_figure_once(db_path):
    store = export.open(db_path)
    figures = store.figures()
    con = sqlite3.connect(db_path)
    n_figures, total = con.execute(
        "select count(*), sum(value) from figures f join articles a on a.id = f.article_id where a.duplicate_of is null").fetchone()
    assert len(figures) == n_figures and figures.figure_id.is_unique
    by_area = figures.groupby("area", dropna=False).value.sum()
    assert by_area.sum() == pytest.approx(total)
    # the README's line runs and gives one total per area
    money = store.figures().query("unit == 'GBP' and kind == 'contract value'").groupby("area").value.sum()
    assert len(money) and (money > 0).all()
