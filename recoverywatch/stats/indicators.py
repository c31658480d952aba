"""The indicators data file (data/indicators.toml): which Fingertips indicators are imported and
what each measures, the CSV's required columns and suppression markers, and the API settings."""
import functools
import importlib.resources
import tomllib


@functools.cache
def settings() -> dict:
    text = importlib.resources.files("recoverywatch.stats.data").joinpath("indicators.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def indicators() -> dict[int, dict]:
    """{indicator id: its entry}."""
    return {entry["id"]: entry for entry in settings()["indicator"]}
