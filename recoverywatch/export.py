"""Researchers' exports and a small pandas API."""
import pathlib
import sqlite3

import pandas as pd

TABLES = ["articles", "areas", "article_areas", "providers", "article_providers", "figures", "quotes",
          "crawl_runs", "sources"]
FIGURES_BY_AREA = """
    select f.article_id, a.published, a.url, ar.name as area, ar.gss_code, aa.is_primary,
           f.value, f.unit, f.kind, f.measure, f.period, f.text, f.sentence
    from figures f join articles a on a.id = f.article_id
    join article_areas aa on aa.article_id = f.article_id join areas ar on ar.id = aa.area_id
"""


def open(db_path) -> "Store":  # noqa: A001 - recoverywatch.export.open(db) reads naturally
    return Store(db_path)


class Store:
    """DataFrames of the database: articles, quotes, figures with their areas and providers."""

    def __init__(self, db_path):
        self.db_path = str(db_path)

    def _read(self, sql, params=()):
        with sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True) as con:
            return pd.read_sql_query(sql, con, params=params)

    def articles(self, relevant_only=True):
        where = "where relevant = 1" if relevant_only else ""
        return self._read(f"select id, url, source, title, published, relevant, relevance_score, text from articles {where}")

    def quotes(self):
        return self._read("select * from quotes_with_speakers")

    def figures(self):
        return self._read(FIGURES_BY_AREA)


def export_tables(db_path, out_dir, fmt="csv"):
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    store = Store(db_path)
    frames = {name: store._read(f"select * from {name}") for name in TABLES}
    frames["figures_by_area"] = store.figures()
    written = []
    for name, frame in frames.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            frame.to_csv(path, index=False)
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    return written
