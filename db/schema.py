"""The database's shape, read from schema.yml: tables, columns and their meaning,
keys, indexes, full-text search and views.

`open_db()` brings any database to this shape: numbered migrations first (they
change what older releases wrote), then `ensure_shape()`, which only creates
what is missing and is safe to run on every start."""
import functools
import pathlib
from importlib.resources import files

import sqlite_utils
import yaml

TYPES = {"text": str, "integer": int, "real": float, "blob": bytes}

# Who ran the service in an area, from when to when, for how much, with the evidence:
# a provider named in a relevant article whose primary area is that area. `where`
# lets a page filter before grouping (a view filtered afterwards scans everything).
TIMELINE_SQL = """
        select aa.area_id, ar.name as area, ar.code as area_code, ap.provider_id, p.name as provider,
               p.slug as provider_slug, min(a.published) as first_seen, max(a.published) as last_seen,
               count(distinct a.id) as articles, max(f.value) as largest_contract_gbp,
               group_concat(distinct a.id) as evidence_article_ids
        from article_providers ap
        join articles a on a.id = ap.article_id and a.relevant = 1 and a.duplicate_of is null
        join article_areas aa on aa.article_id = a.id and aa.is_primary = 1
        join areas ar on ar.id = aa.area_id
        join providers p on p.id = ap.provider_id
        left join figures f on f.article_id = a.id and f.kind = 'contract value' and f.unit = 'GBP'
        {where}
        group by aa.area_id, ap.provider_id
    """


@functools.cache
def spec() -> dict:
    """schema.yml as a dict: {"tables": {...}, "views": {...}}."""
    # libyaml's loader when PyYAML has it: the pure-Python one took 0.15 s of every crawl's start
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(files("recoverywatch.db").joinpath("schema.yml").read_text("utf-8"), Loader=loader)


def _table_spec(name: str, raw: dict) -> dict:
    columns, descriptions, internal_columns = {}, {}, set()
    for col, (col_type, description, *flags) in raw["columns"].items():
        columns[col] = TYPES[col_type]
        descriptions[col] = description
        if "internal" in flags:
            internal_columns.add(col)
    pk = raw["pk"]
    return {
        "columns": columns, "pk": tuple(pk) if isinstance(pk, list) else pk,
        "foreign_keys": [tuple(fk) for fk in raw.get("foreign_keys", [])],
        "not_null": set(raw.get("not_null", [])),
        "description": raw["description"], "column_descriptions": descriptions,
        "internal": bool(raw.get("internal")), "internal_columns": internal_columns,
    }


TABLES = {name: _table_spec(name, raw) for name, raw in spec()["tables"].items()}
UNIQUE_INDEXES = [(name, cols) for name, raw in spec()["tables"].items() for cols in raw.get("unique", [])]
INDEXES = [(name, cols) for name, raw in spec()["tables"].items() for cols in raw.get("indexes", [])]
# (table, index name, columns, where)
PARTIAL_INDEXES = [(name, f"idx_{name}_{group}_{'_'.join(cols)}", cols, spec_["where"])
                   for name, raw in spec()["tables"].items()
                   for group, spec_ in (raw.get("partial_indexes") or {}).items() for cols in spec_["columns"]]
FTS = {name: raw["fts"] for name, raw in spec()["tables"].items() if raw.get("fts")}
# tables of the snapshots file beside the database (db/snapshots.py), not of the database itself
SNAPSHOT_TABLES = {name: _table_spec(name, raw) for name, raw in spec()["snapshot_tables"].items()}
SNAPSHOT_INDEXES = [(name, cols, unique) for name, raw in spec()["snapshot_tables"].items()
                    for unique, key in ((True, "unique"), (False, "indexes")) for cols in raw.get(key, [])]
VIEWS = {name: (TIMELINE_SQL.format(where="") if raw["sql"] == "timeline" else raw["sql"])
         for name, raw in spec()["views"].items()}
VIEW_DESCRIPTIONS = {name: raw["description"] for name, raw in spec()["views"].items()}


def view_columns(view: str) -> list[str]:
    """The columns a view gives, read by preparing it against empty copies of the tables."""
    import sqlite3

    con = sqlite3.connect(":memory:")
    try:
        for name, table in TABLES.items():
            con.execute(f"create table {name} ({', '.join(repr(c) for c in table['columns'])})")
        return [d[0] for d in con.execute(f"select * from ({VIEWS[view]}) limit 0").description]
    finally:
        con.close()


def view_column_descriptions(view: str) -> dict:
    """{column: description or None} for every column of a view (its `columns` in schema.yml)."""
    own = spec()["views"][view].get("columns", {})
    return {col: own.get(col) for col in view_columns(view)}


def public_tables() -> list[str]:
    """Tables a researcher sees (Datasette, exports), in schema order."""
    return [name for name, t in TABLES.items() if not t["internal"]]


def open_db(path) -> sqlite_utils.Database:
    """Open (creating if needed) a database and bring it to the current shape."""
    from recoverywatch.db import migrations

    path = pathlib.Path(path)
    if path.parent and not path.parent.exists():
        raise OSError(f"directory {path.parent} does not exist")
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = normal")  # WAL stays consistent; one fsync per checkpoint, not per row
    db.execute("pragma foreign_keys = on")
    migrations.MIGRATIONS.apply(db)
    ensure_shape(db)
    return db


def create_table(db: sqlite_utils.Database, name: str, tables: dict = TABLES) -> None:
    """Create one declared table (of `tables`: TABLES or SNAPSHOT_TABLES) if it is missing."""
    spec_ = tables[name]
    if not db[name].exists():
        db[name].create(spec_["columns"], pk=spec_["pk"], foreign_keys=spec_["foreign_keys"] or None,
                        not_null=spec_["not_null"] or None)


def ensure_shape(db: sqlite_utils.Database) -> None:
    """Create missing tables, indexes, full-text indexes and views; change nothing that exists."""
    for name in TABLES:
        create_table(db, name)
    for name, cols in UNIQUE_INDEXES:
        db[name].create_index(cols, unique=True, if_not_exists=True)
    for name, cols in INDEXES:
        db[name].create_index(cols, if_not_exists=True)
    for name, index, cols, where in PARTIAL_INDEXES:  # sqlite-utils' create_index takes no WHERE
        db.execute(f"create index if not exists [{index}] on [{name}] ({', '.join(f'[{c}]' for c in cols)}) where {where}")
    for name, cols in FTS.items():
        if not db[name].detect_fts():
            db[name].enable_fts(cols, create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
