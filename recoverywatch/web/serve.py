"""Publish a database with Datasette, in this process.

The project's metadata goes to Datasette as a dict, so serving writes no
temporary file; the plugins and templates come from this package. SIGTERM or
Ctrl-C stops the server gracefully and `serve()` returns.
"""
import asyncio
import signal
from importlib.resources import files

# the same settings `datasette serve --setting ...` was given before
SETTINGS = {
    "suggest_facets": False,
    "sql_time_limit_ms": 3000,
    "default_page_size": 50,
    "allow_download": False,
}

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class ServeError(Exception):
    """Datasette refused to start; the message is one line for the user."""


class _Stopped(Exception):
    """A stop signal arrived (uvicorn re-raises it after its graceful shutdown)."""


def _stop(signum, frame):
    raise _Stopped(signum)


def build_datasette(db_path):
    """A Datasette instance for `db_path` with the project's metadata, plugins, templates and settings."""
    import pathlib

    from datasette.app import Datasette
    from datasette.utils import StartupError

    from recoverywatch.web.metadata import datasette_metadata

    web = files("recoverywatch.web")
    try:
        return Datasette(
            files=[str(db_path)],
            metadata=datasette_metadata(pathlib.Path(db_path).stem),
            plugins_dir=str(web.joinpath("plugins")),
            template_dir=str(web.joinpath("templates")),
            settings=dict(SETTINGS),
        )
    except StartupError as exc:
        raise ServeError(str(exc.args[0] if exc.args else exc)) from None


def serve(db_path, host="127.0.0.1", port=8001) -> None:
    """Serve `db_path` at http://host:port/ until SIGTERM or Ctrl-C, then return."""
    import uvicorn

    previous = {sig: signal.signal(sig, _stop) for sig in STOP_SIGNALS}
    try:
        ds = build_datasette(db_path)
        asyncio.run(ds.invoke_startup())  # the plugins' startup hooks, as `datasette serve` runs them
        # uvicorn installs its own handlers while it runs, shuts down gracefully on a signal,
        # then restores ours and re-raises the signal: _stop turns that into a plain return
        uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)
    except _Stopped:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
