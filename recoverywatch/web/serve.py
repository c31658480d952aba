"""Publish a database with Datasette, in this process.

The project's metadata goes to Datasette as a dict, so serving writes no
temporary file; the plugins and templates come from this package. SIGTERM or
Ctrl-C stops the server gracefully and `serve()` returns.
"""
import asyncio
import errno
import logging
import os
import signal
import socket
from importlib.resources import files

# the same settings `datasette serve --setting ...` was given before
SETTINGS = {
    "suggest_facets": False,
    "sql_time_limit_ms": 3000,
    "default_page_size": 50,
    # offered only when the file is served immutable (a read-only published copy): a
    # download of a database a crawl is writing could be torn, so Datasette refuses it then
    "allow_download": True,
    "truncate_cells_html": 200,  # article text is read on the article page, not in a table cell
}

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
LOG = logging.getLogger("recoverywatch.serve")


class ServeError(Exception):
    """Datasette refused to start; the message is one line for the user."""


class _Stopped(Exception):
    """A stop signal arrived (uvicorn re-raises it after its graceful shutdown)."""


def _stop(signum, frame):
    raise _Stopped(signum)


def is_published_copy(db_path) -> bool:
    """A file marked read-only (no write bit; root may write anyway) or that this user may
    not write is a published copy: serve it immutable."""
    return not (os.stat(db_path).st_mode & 0o222) or not os.access(db_path, os.W_OK)


def build_datasette(db_path, immutable=None):
    """A Datasette instance for `db_path` with the project's metadata, plugins, templates and
    settings. immutable=None decides from the file's permissions."""
    import pathlib

    from datasette.app import Datasette
    from datasette.utils import StartupError

    from recoverywatch.web.metadata import datasette_metadata

    if immutable is None:
        immutable = is_published_copy(db_path)
    web = files("recoverywatch.web")
    try:
        return Datasette(
            files=[] if immutable else [str(db_path)],
            immutables=[str(db_path)] if immutable else [],
            metadata=datasette_metadata(pathlib.Path(db_path).stem),
            plugins_dir=str(web.joinpath("plugins")),
            template_dir=str(web.joinpath("templates")),
            settings=dict(SETTINGS),
        )
    except StartupError as exc:
        raise ServeError(str(exc.args[0] if exc.args else exc)) from None


# a published copy's busiest pages, counted before the first reader comes (its counts are
# remembered: see web/remembered.py); what `datasette inspect` does for table counts
WARM = ("/{db}/news", "/{db}/search", "/")


def warm(ds) -> None:
    """Open the busiest pages of a database served immutable once, so their counts are ready."""
    db = ds.get_database()
    if db.is_mutable:
        return

    async def run():
        for path in WARM:
            response = await ds.client.get(path.format(db=db.name))
            if response.status_code != 200:
                LOG.warning("warming %s: HTTP %s", path, response.status_code)
    asyncio.run(run())


def _check_port(host, port):
    """Fail with one line, before anything starts, when the port is taken."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use; choose another with --port") from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def serve(db_path, host="127.0.0.1", port=8001, immutable=None) -> None:
    """Serve `db_path` at http://host:port/ until SIGTERM or Ctrl-C, then return."""
    import uvicorn

    _check_port(host, port)
    previous = {sig: signal.signal(sig, _stop) for sig in STOP_SIGNALS}
    try:
        ds = build_datasette(db_path, immutable)
        asyncio.run(ds.invoke_startup())  # the plugins' startup hooks, as `datasette serve` runs them
        warm(ds)
        # uvicorn installs its own handlers while it runs, shuts down gracefully on a signal,
        # then restores ours and re-raises the signal: _stop turns that into a plain return
        uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)
    except _Stopped:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
