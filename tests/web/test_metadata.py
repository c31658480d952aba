"""One list of tables: every table, view and column a user sees in Datasette has a description."""
from recoverywatch.db import schema
from recoverywatch.db.schema import open_db
from recoverywatch.web.metadata import datasette_metadata


def test_every_visible_table_view_and_column_is_described(tmp_path):
    db = open_db(tmp_path / "x.db")
    tables = datasette_metadata("x")["databases"]["x"]["tables"]
    missing = []
    shadow = {t for name in schema.FTS for t in db.table_names() if t.startswith(f"{name}_fts")}
    for name in [t for t in db.table_names() if t not in shadow and not t.startswith("_")] + db.view_names():
        meta = tables.get(name)
        if meta is None or not meta.get("description"):
            missing.append(name)
            continue
        if meta.get("hidden"):
            continue
        columns = db[name].columns_dict
        hidden = schema.TABLES[name]["internal_columns"] if name in schema.TABLES else set()
        missing += [f"{name}.{c}" for c in columns if c not in hidden and not meta["columns"].get(c)]
    assert missing == []


def test_database_columns_are_exactly_the_declared_ones(tmp_path):
    db = open_db(tmp_path / "x.db")
    for name, spec in schema.TABLES.items():
        assert list(db[name].columns_dict) == list(spec["columns"]), name


def test_internal_bookkeeping_is_hidden_and_browsing_settings_kept():
    tables = datasette_metadata("x")["databases"]["x"]["tables"]
    assert tables["article_bands"]["hidden"] is True
    assert "signature" not in tables["articles"]["columns"]
    assert tables["articles"]["facets"] == ["source", "relevant", "year"]
    assert tables["figures_by_area"]["description"].startswith("Every figure once")
