"""Researchers' exports and a small pandas API.

Every table and view a researcher sees (db/schema.yml's list, internal bookkeeping
left out) is exported; integer columns stay integers (pandas' nullable Int64), so
ids and years in a CSV read back as 12, not 12.0."""
import pathlib
import sqlite3

import pandas as pd

from recoverywatch.db import schema, snapshots


def open(db_path) -> "Store":  # noqa: A001 - recoverywatch.export.open(db) reads naturally
    return Store(db_path)


def exported_names() -> list[str]:
    """Tables and views in an export, in schema order."""
    return schema.public_tables() + list(schema.VIEWS)


class Store:
    """DataFrames of the database: articles, quotes, figures with their areas and providers."""

    def __init__(self, db_path):
        self.db_path = str(db_path)

    def _connect(self):
        return sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)

    def _read(self, sql, params=(), relation=None):
        with self._connect() as con:
            frame = pd.read_sql_query(sql, con, params=params)
            if relation is not None:
                # declared INTEGER columns (a view's too, where it copies a column) stay integers
                for _, col, decl, *_ in con.execute(f"pragma table_info({relation})"):
                    if col in frame.columns and decl.upper() == "INTEGER":
                        frame[col] = frame[col].astype("Int64")
        return frame

    def table(self, name):
        """One table or view, without internal columns."""
        hidden = schema.TABLES[name]["internal_columns"] if name in schema.TABLES else set()
        frame = self._read(f"select * from [{name}]", relation=name)
        return frame.drop(columns=[c for c in hidden if c in frame.columns])

    def articles(self, relevant_only=True):
        where = "where relevant = 1" if relevant_only else ""
        return self._read(f"select id, url, source, title, published, relevant, relevance_score, text from articles {where}",
                          relation="articles")

    def quotes(self):
        return self.table("quotes_with_speakers")

    def figures(self):
        """figures_by_area: every figure once, under one area (see its description)."""
        return self.table("figures_by_area")


def export_tables(db_path, out_dir, fmt="csv"):
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    store = Store(db_path)
    written = []
    for name in exported_names():
        frame = store.table(name)
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            frame.to_csv(path, index=False)
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    return written


def export_snapshots(db_path, out_dir, fmt="csv"):
    """The archived copies (left out unless asked for: they are most of the archive's size):
    each as a file under OUT/snapshots/ named article-ID-vN.EXT, with an index,
    snapshots.csv or .parquet, saying which article, address and fetch time each file is."""
    folder = pathlib.Path(out_dir) / "snapshots"
    folder.mkdir(parents=True, exist_ok=True)
    index = []
    for snap in snapshots.every(db_path):
        name = snapshots.file_name(snap["article_id"], snap["version"], snap["content_type"])
        (folder / name).write_bytes(snap["content"])
        index.append({**{k: snap[k] for k in ("article_id", "version", "url", "fetched_at", "content_type",
                                             "sha256", "size")}, "file": f"snapshots/{name}"})
    columns = ["article_id", "version", "url", "fetched_at", "content_type", "sha256", "size", "file"]
    frame = pd.DataFrame(index, columns=columns)
    path = pathlib.Path(out_dir) / f"snapshots.{fmt}"
    if fmt == "csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_parquet(path, index=False)
    return path, len(index)
