"""The recoverywatch command line: crawl, import-warc, extract, serve, demo, export, contracts, stats.

Commands parse options, call the library (recoverywatch.runs, .extraction,
.web.serve, .export, .contracts), print, and set the exit code; nothing else lives here."""
import logging
import pathlib
import subprocess
import sys
import tempfile

import click


def _open_db(path):
    from recoverywatch.runs import RunError, open_database
    try:
        return open_database(path)
    except RunError as exc:
        raise click.ClickException(str(exc)) from None


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
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Share the crawl through Redis (redis://HOST:PORT/N): workers fetch, this process writes DB.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="With --redis: how many local crawl workers to start.")
def crawl(sources_path, db_path, no_extract, log_level, redis_url, workers):
    """Crawl every source in SOURCES, keep article pages, extract, write to DB.

    Re-running adds new articles and updates edited ones; nothing is stored twice."""
    from recoverywatch.runs import RunError, crawl_lock, crawl_once
    try:
        # the lock first (a light import, no database yet): from then on a kill is recorded
        with crawl_lock(db_path) as lock:
            from recoverywatch.crawler.sources import SourcesError, load_sources_file
            try:
                sources, crawler_settings = load_sources_file(sources_path)
            except SourcesError as exc:
                raise click.ClickException(str(exc)) from None
            summary = crawl_once(sources, db_path, crawler_settings=crawler_settings, extract=not no_extract,
                                 log_level=log_level, progress=_progress("extract"),
                                 redis=redis_url, sources_path=sources_path, workers=workers, lock=lock)
    except RunError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(summary.line(db_path))


@cli.command("import-warc")
@click.option("--sources", "sources_path", required=True, type=click.Path(dir_okay=False),
              help="TOML file listing the sources whose pages to keep.")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to write.")
@click.option("--no-extract", is_flag=True, help="Only store articles; skip extraction.")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Share the files out through Redis (redis://HOST:PORT/N): workers read, this process writes DB.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="With --redis: how many local workers to start.")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]), help="Log level.")
@click.argument("warcs", nargs=-1, required=True, type=click.Path(dir_okay=False))
def import_warc(sources_path, db_path, no_extract, redis_url, workers, log_level, warcs):
    """Backfill DB from web archives (WARC files, .warc or .warc.gz): keep the archived pages of
    the sources in SOURCES and store them as a crawl would.

    Re-importing changes nothing; an archived copy older than the stored one is not stored."""
    from recoverywatch.crawler.sources import SourcesError, load_sources_file
    from recoverywatch.runs import RunError, import_warc as run_import
    try:
        sources, crawler_settings = load_sources_file(sources_path)
        logging.getLogger().setLevel(log_level)
        summary = run_import(sources, db_path, list(warcs), crawler_settings=crawler_settings,
                             extract=not no_extract, progress=_progress("extract"), redis=redis_url,
                             workers=workers, sources_path=sources_path, log_level=log_level)
    except (SourcesError, RunError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(summary.line(db_path, command="import-warc"))


@cli.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to update.")
@click.option("--all/--pending", "everything", default=True, show_default=True,
              help="Re-extract every article (default) or only those whose text changed.")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1),
              help="Extract in this many processes (this one still writes, in article order).")
def extract(db_path, everything, processes):
    """Re-run extraction over stored articles (no network), replacing earlier rows."""
    if not pathlib.Path(db_path).is_file():
        raise click.ClickException(f"database not found: {db_path}")
    db = _open_db(db_path)
    from recoverywatch.extraction import extract_pending
    result = extract_pending(db, everything=everything, progress=_progress("extract"), processes=processes)
    click.echo(f"recoverywatch extract: {result['extracted']} articles extracted ({result['relevant']} relevant), "
               f"{result['failed']} failed, {result['too_long']} too long, in {result['seconds']} s")


@cli.command()
@click.option("--redis", "redis_url", required=True, metavar="URL", help="The crawl's Redis (redis://HOST:PORT/N).")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]), help="Scrapy log level.")
def worker(redis_url, log_level):
    """Join a crawl running on a shared Redis frontier (started by `crawl --redis`) and fetch
    until it has nothing left, or a WARC import (`import-warc --redis`) and read its files."""
    from recoverywatch.crawler.redis_worker import WorkerError, run_worker
    try:
        run_worker(redis_url, log_level=log_level)
    except WorkerError as exc:
        raise click.ClickException(str(exc)) from None


def _serve(db_path, host, port):
    from recoverywatch.web.serve import ServeError, serve
    try:
        serve(db_path, host, port)
    except ServeError as exc:
        raise click.ClickException(str(exc)) from None


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
    _serve(db_path, host, port)


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
    _serve(db_path, "127.0.0.1", port)


@cli.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False, exists=True), help="SQLite database.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True,
              help="csv (one file per table or view, integers kept integer) or parquet.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory to write into.")
@click.option("--snapshots", "with_snapshots", is_flag=True,
              help="Also write every archived copy of a fetched page (OUT/snapshots/, indexed by snapshots.csv).")
def export(db_path, fmt, out_dir, with_snapshots):
    """Export every table and view a researcher sees (figures_by_area: each figure once) with pandas."""
    from recoverywatch.export import export_snapshots, export_tables
    try:
        written = export_tables(db_path, out_dir, fmt)
        copies = export_snapshots(db_path, out_dir, fmt)[1] if with_snapshots else 0
    except ImportError as exc:
        raise click.ClickException(f"{fmt} export needs an extra package: {exc}") from None
    click.echo(f"recoverywatch export: {len(written)} files written to {out_dir}"
               + (f", and {copies} archived copies" if with_snapshots else ""))


@cli.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to write.")
@click.option("--since", metavar="DATE",
              help="Read the APIs for notices updated since DATE (YYYY-MM-DD) instead of since the last run.")
@click.option("--ocds", "sources", multiple=True, metavar="PATH_OR_URL",
              help="Import saved OCDS release or record packages (a .json file, a directory of them, or a URL) "
                   "instead of reading the APIs. Repeat for several.")
def contracts(db_path, since, sources):
    """Store procurement notices about drug and alcohol treatment (Find a Tender, Contracts Finder).

    With no --ocds, reads both OCDS APIs for what changed since the last run (resuming one that
    stopped part-way). Re-running changes nothing; a modification or extension updates the
    contract and is added to its notice history."""
    import datetime
    from recoverywatch.contracts.ocds import OCDSError
    from recoverywatch.contracts.run import fetch_updates, import_sources
    if since and sources:
        raise click.UsageError("--since applies to reading the APIs; saved files given with --ocds are read whole")
    if since:
        try:
            since = datetime.date.fromisoformat(since).isoformat() + "T00:00:00"
        except ValueError:
            raise click.BadParameter(f"not a date (YYYY-MM-DD): {since}", param_hint="--since") from None
    db = _open_db(db_path)
    try:
        result = import_sources(db, list(sources)) if sources else fetch_updates(db, since=since)
    except OCDSError as exc:
        raise click.ClickException(f"{exc}; nothing was imported") from None
    pages = f" from {result['pages']} API pages" if "pages" in result else ""
    click.echo(f"recoverywatch contracts: {result['read']} processes read{pages}, {result['new']} new, {result['updated']} updated, "
               f"{result['unchanged']} unchanged, {result['skipped']} not about treatment"
               + (f"; failed: {', '.join(result['failed'])}" if result.get("failed") else ""))
    if result.get("failed"):
        sys.exit(1)


@cli.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to write.")
@click.option("--csv", "csv_paths", multiple=True, metavar="PATH",
              help="Import saved Fingertips CSV files (a file or a directory of them) instead of reading the API. "
                   "Repeat for several.")
@click.option("--base-url", envvar="RECOVERYWATCH_FINGERTIPS_URL", metavar="URL",
              help="Fingertips API address (default https://fingertips.phe.org.uk/api; env RECOVERYWATCH_FINGERTIPS_URL).")
def stats(db_path, csv_paths, base_url):
    """Store OHID's official treatment statistics per council and period (Fingertips: people in
    treatment, successful completions by substance).

    With no --csv, reads the Fingertips API, one indicator at a time (one read in the last 20 hours
    is not asked for again, so a stopped run resumes). Re-running changes nothing; a revised figure
    replaces the old one. A malformed file is named with its problem and nothing of it is stored."""
    from recoverywatch.stats.fingertips import StatsError
    from recoverywatch.stats.run import fetch_all, import_files
    db = _open_db(db_path)
    try:
        result = import_files(db, list(csv_paths)) if csv_paths else fetch_all(db, base_url=base_url)
    except StatsError as exc:
        raise click.ClickException(f"{exc}; nothing was imported") from None
    fresh = f", {result['fresh']} read recently, not asked again" if result.get("fresh") else ""
    click.echo(f"recoverywatch stats: {result['files']} files read{fresh}; {result['new']} new, {result['revised']} revised, "
               f"{result['unchanged']} unchanged rows ({result['council']} council, {result['england']} England); "
               f"skipped {result['grouping']} region rows, {result['unknown']} rows with an unknown area code"
               + (f"; failed: {', '.join(result['failed'])}" if result["failed"] else ""))
    if result["failed"]:
        sys.exit(1)


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    cli(prog_name="recoverywatch")
