"""Datasette metadata for one database: the project's metadata.yml keyed by the database's name."""
from importlib.resources import files

import yaml


def datasette_metadata(database_name: str) -> dict:
    meta = yaml.safe_load(files("recoverywatch.web").joinpath("metadata.yml").read_text("utf-8"))
    meta["databases"] = {database_name: meta["databases"]["*"]}
    return meta
