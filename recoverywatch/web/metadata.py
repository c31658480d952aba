"""Datasette metadata for one database: the publication's metadata.yml (title, licence,
facets, canned queries) plus every table's and column's description from the schema."""
from importlib.resources import files

import yaml

from recoverywatch.db import schema
from recoverywatch.web import basemap


def described_tables() -> dict:
    """{table or view: {"description", "columns", "hidden"?}} from db/schema.yml."""
    out = {}
    for name, spec in schema.TABLES.items():
        out[name] = {"description": spec["description"],
                     "columns": {c: d for c, d in spec["column_descriptions"].items() if c not in spec["internal_columns"]}}
        if spec["internal"]:
            out[name]["hidden"] = True
    for name, description in schema.VIEW_DESCRIPTIONS.items():
        out[name] = {"description": description, "columns": schema.view_column_descriptions(name)}
    return out


def datasette_metadata(database_name: str) -> dict:
    meta = yaml.safe_load(files("recoverywatch.web").joinpath("metadata.yml").read_text("utf-8"))
    database = meta["databases"]["*"]
    tables = described_tables()
    for name, extra in (database.get("tables") or {}).items():
        tables.setdefault(name, {}).update(extra)
    database["tables"] = tables
    meta["databases"] = {database_name: database}
    # the cluster map of canned queries and SQL results draws the bundled base map, not tiles from the internet
    meta.setdefault("plugins", {})["datasette-cluster-map"] = {
        "tile_layer": basemap.TILE_URL, "tile_layer_options": basemap.TILE_OPTIONS}
    return meta
