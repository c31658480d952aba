"""The recoverywatch command line: crawl, extract, serve, demo, export."""
import contextlib
import fcntl
import logging
import os
import pathlib
import subprocess
import sys
import tempfile

import click


def _open_db(path):
    from recoverywatch.db.schema import open_db
    try:
        return open_db(path)
    except Exception as exc:  # sqlite raises several types for an unwritable path
        raise click.ClickException(f"cannot open database {path}: {exc}") from None


@contextlib.contextmanager
def crawl_lock(db_path):
    """One crawl per database at a time: a second scheduled run exits at once."""
    lock_path = pathlib.Path(str(db_path) + ".lock")
    try:
        handle = open(lock_path, "w")
    except OSError as exc:
        raise click.ClickException(f"cannot write lock file {lock_path}: {exc}") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise click.ClickException(f"another crawl is using {db_path} (lock {lock_path})") from None
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _progress(label):
    def report(done, total):
        if done == total or done % 25 == 0:
            click.echo(f"{label}: {done}/{total}", err=True)
    return report


@click.group()
@click.version_option(package_name="recoverywatch")
def cli():
    """Follow how councils commission and run drug and alcohol treatment services."""


@cli.command()
@click.option("--sources", "sources_path", required=True, type=click.Path(dir_okay=False),
              help="TOML file listing the sources to crawl.")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to write.")
@click.option("--no-extract", is_flag=True, help="Only crawl and store articles; skip extraction.")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]), help="Scrapy log level.")
def crawl(sources_path, db_path, no_extract, log_level):
    """Crawl every source in SOURCES, keep article pages, extract, write to DB.

    Re-running adds new articles and updates edited ones; nothing is stored twice."""
    from recoverywatch.crawler.sources import SourcesError, load_crawler_settings, load_sources
    try:
        sources = load_sources(sources_path)
        overrides = load_crawler_settings(sources_path)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    db = _open_db(db_path)
    from recoverywatch.db import save
    with crawl_lock(db_path):
        save.save_sources(db, sources)
        # we hold the lock, so a run still marked running was killed: say so
        db.execute("update crawl_runs set status = 'interrupted' where status = 'running'")
        db.conn.commit()
        run_id = save.start_run(db)
        resume = save.resume_links(db)
        db.close()
        from recoverywatch.crawler.run import run_crawl
        stats = run_crawl(sources, db_path, log_level=log_level, overrides=overrides, resume=resume)
        db = _open_db(db_path)
        summary = {
            "pages_fetched": stats.get("downloader/response_count", 0),
            "not_modified": stats.get("recoverywatch/not_modified", 0),
            "articles_new": stats.get("recoverywatch/articles_new", 0),
            "articles_updated": stats.get("recoverywatch/articles_updated", 0),
            "articles_unchanged": stats.get("recoverywatch/articles_unchanged", 0),
            "articles_failed": stats.get("item_dropped_count", 0),
            "errors": stats.get("recoverywatch/errors", 0) + stats.get("log_count/ERROR", 0),
        }
        # "shutdown" when SIGTERM/SIGINT stopped the crawl early; what was fetched is kept
        save.finish_run(db, run_id, summary, status=stats.get("finish_reason", "finished"))
        extracted = {"extracted": 0, "relevant": 0, "failed": 0}
        if not no_extract:
            from recoverywatch.extraction import extract_pending
            extracted = extract_pending(db, progress=_progress("extract"))
        click.echo(
            f"recoverywatch crawl: {summary['pages_fetched']} pages fetched ({summary['not_modified']} unchanged, 304), "
            f"{summary['articles_new']} new, {summary['articles_updated']} updated articles, "
            f"{summary['articles_failed']} failed, {summary['errors']} errors; "
            f"{extracted['extracted']} extracted ({extracted['relevant']} relevant) into {db_path}")


@cli.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to update.")
@click.option("--all/--pending", "everything", default=True, show_default=True,
              help="Re-extract every article (default) or only those whose text changed.")
def extract(db_path, everything):
    """Re-run extraction over stored articles (no network), replacing earlier rows."""
    if not pathlib.Path(db_path).is_file():
        raise click.ClickException(f"database not found: {db_path}")
    db = _open_db(db_path)
    from recoverywatch.extraction import extract_pending
    result = extract_pending(db, everything=everything, progress=_progress("extract"))
    click.echo(f"recoverywatch extract: {result['extracted']} articles extracted ({result['relevant']} relevant), "
               f"{result['failed']} failed, in {result['seconds']} s")


def datasette_metadata(db_path) -> pathlib.Path:
    """The publication's metadata as a JSON file for Datasette."""
    import json

    from recoverywatch.web.metadata import datasette_metadata as build
    out = pathlib.Path(tempfile.gettempdir()) / f"recoverywatch-metadata-{os.getpid()}.json"
    out.write_text(json.dumps(build(pathlib.Path(db_path).stem)), encoding="utf-8")
    return out


def datasette_command(db_path, host, port):
    from importlib.resources import files
    metadata = datasette_metadata(db_path)
    return [
        sys.executable, "-m", "datasette", "serve", str(db_path),
        "--metadata", str(metadata), "--host", host, "--port", str(port),
        "--plugins-dir", str(files("recoverywatch.web").joinpath("plugins")), "--template-dir", str(files("recoverywatch.web").joinpath("templates")),
        "--setting", "suggest_facets", "off", "--setting", "sql_time_limit_ms", "3000",
        "--setting", "default_page_size", "50", "--setting", "allow_download", "off",
    ]


@cli.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to publish.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db_path, host, port):
    """Publish the database with Datasette (full-text search, project metadata)."""
    if not pathlib.Path(db_path).is_file():
        raise click.ClickException(f"database not found: {db_path}")
    _open_db(db_path).close()  # bring an older database to the current shape
    click.echo(f"recoverywatch: serving {db_path} at http://{host}:{port}/")
    os.execv(sys.executable, datasette_command(db_path, host, port))


@cli.command()
@click.option("--db", "db_path", default="recoverywatch-demo.db", show_default=True,
              type=click.Path(dir_okay=False), help="Where to write the demo database.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port for Datasette.")
@click.option("--no-serve", is_flag=True, help="Build the demo database and stop.")
def demo(db_path, port, no_serve):
    """Serve the bundled demo site, crawl it into DB, and open Datasette on it."""
    from recoverywatch.demo.server import DemoSite
    with DemoSite() as site, tempfile.TemporaryDirectory() as tmp:
        sources = pathlib.Path(tmp) / "sources.toml"
        sources.write_text(site.sources_toml(), encoding="utf-8")
        click.echo(f"recoverywatch demo: demo site at {site.base_url}", err=True)
        result = subprocess.run([sys.executable, "-m", "recoverywatch", "crawl", "--sources", str(sources),
                                 "--db", db_path, "--log-level", "WARNING"])
        if result.returncode != 0:
            raise click.ClickException("demo crawl failed")
    if no_serve:
        return
    click.echo(f"recoverywatch demo: open http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    os.execv(sys.executable, datasette_command(db_path, "127.0.0.1", port))


@cli.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False, exists=True), help="SQLite database.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory to write into.")
def export(db_path, fmt, out_dir):
    """Export every table, plus a tidy figures-per-area table, with pandas."""
    from recoverywatch.export import export_tables
    try:
        written = export_tables(db_path, out_dir, fmt)
    except ImportError as exc:
        raise click.ClickException(f"{fmt} export needs an extra package: {exc}") from None
    click.echo(f"recoverywatch export: {len(written)} files written to {out_dir}")


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    cli(prog_name="recoverywatch")
