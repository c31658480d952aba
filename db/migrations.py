"""Numbered migrations: each brings a database written by an older release one step
closer to schema.yml. They run in order, once each (sqlite-utils records them in
`_sqlite_migrations`), before the shape step; on a new, empty database they do nothing.

Never edit a migration that has shipped; add the next number."""
from sqlite_utils import Migrations

from recoverywatch.db import schema

MIGRATIONS = Migrations("recoverywatch")


@MIGRATIONS(name="0001_columns_of_release_0_1")
def add_columns_of_release_0_1(db):
    """Databases older than the migrations gained columns on every start; give them all of 0.1's."""
    for name, spec in schema.TABLES.items():
        table = db[name]
        if name == "mentions" or not table.exists():
            continue
        for col, col_type in spec["columns"].items():
            if col not in table.columns_dict:
                table.add_column(col, col_type)


@MIGRATIONS(name="0002_backfill_year")
def backfill_year(db):
    """Articles stored before `year` existed had it NULL for ever and missed the year facet."""
    if db["articles"].exists():
        db.execute("update articles set year = substr(published, 1, 4) "
                   "where year is null and published glob '[12][0-9][0-9][0-9]*'")


@MIGRATIONS(name="0003_mentions")
def add_mentions(db):
    """The mentions table. Figures and quotes already had offsets, so their mentions are made
    here; areas, providers, services and people had only their matched text, so articles with
    extraction rows are marked pending and the next `extract --pending` (or crawl) makes theirs."""
    if not db["articles"].exists():
        return  # a new database: the shape step creates every table
    schema.create_table(db, "mentions")
    for kind, table in (("figure", "figures"), ("quote", "quotes")):
        if not db[table].exists():
            continue
        db.execute(f"""
            insert into mentions (article_id, kind, entity_id, start, "end", text)
            select x.article_id, '{kind}', x.id, x.start, x."end", substr(a.text, x.start + 1, x."end" - x.start)
            from {table} x join articles a on a.id = x.article_id
            where x.start is not null and x."end" > x.start
            order by x.article_id, x.start""")
    db.execute("update articles set extracted_hash = null where extracted_hash is not null and relevant = 1")


@MIGRATIONS(name="0004_article_urls")
def add_article_urls(db):
    """The article_urls table, holding for now each stored article's own address; crawls add the
    redirects and variants that lead to it."""
    if not db["articles"].exists():
        return  # a new database: the shape step creates every table
    schema.create_table(db, "article_urls")
    db.execute("insert or ignore into article_urls (url, article_id, first_seen) "
               "select url, id, coalesce(first_seen, last_updated) from articles where url is not null")


@MIGRATIONS(name="0005_source_furniture")
def add_source_furniture(db):
    """Per-source template memory (crawler.furniture): the source_furniture table and the count
    of pages learned from on each source. Articles stored before keep their text until refetched."""
    if not db["sources"].exists():
        return  # a new database: the shape step creates every table
    if "furniture_pages" not in db["sources"].columns_dict:
        db["sources"].add_column("furniture_pages", int)
    schema.create_table(db, "source_furniture")


@MIGRATIONS(name="0006_figure_meaning")
def add_figure_meaning(db):
    """Figures say what they count, per which period, of which population, and which earlier
    mention they repeat. Old rows cannot be given that without the text's parse, so relevant
    articles are marked pending and the next `extract --pending` (or crawl) redoes their figures."""
    if not db["figures"].exists():
        return  # a new database: the shape step creates the table
    for col in ("qualifier", "per", "counted", "counts_people", "denominator", "same_as"):
        if col not in db["figures"].columns_dict:
            db["figures"].add_column(col, schema.TABLES["figures"]["columns"][col])
    if db["articles"].exists():
        db.execute("update articles set extracted_hash = null where extracted_hash is not null and relevant = 1")


@MIGRATIONS(name="0008_skip_reasons")
def add_skip_reasons(db):
    """crawl_runs counts why pages were not stored (a JSON object) and the articles too long to
    extract. Older runs keep NULL: their reasons were not recorded."""
    if not db["crawl_runs"].exists():
        return  # a new database: the shape step creates the table
    for col in ("skip_reasons", "extraction_too_long"):
        if col not in db["crawl_runs"].columns_dict:
            db["crawl_runs"].add_column(col, schema.TABLES["crawl_runs"]["columns"][col])


@MIGRATIONS(name="0009_contracts")
def add_contracts(db):
    """Procurement notices (`recoverywatch contracts`): contracts, their suppliers, their notice
    history and the fetcher's resume points. Nothing older to convert."""
    if not (db["areas"].exists() and db["providers"].exists()):
        return  # a new (or very old) database: the shape step creates every table in order
    for name in ("contracts", "contract_suppliers", "contract_notices", "contract_feeds"):
        schema.create_table(db, name)


@MIGRATIONS(name="0010_snapshots")
def add_snapshots(db):
    """Fetched bytes are archived in the snapshots file beside the database (db/snapshots.py);
    each page row records the hash of the bytes its article reflects. Pages stored before have
    none, so their next full fetch is archived (a 304 leaves them as they are)."""
    if not db["pages"].exists():
        return  # a new database: the shape step creates the table
    if "snapshot_sha256" not in db["pages"].columns_dict:
        db["pages"].add_column("snapshot_sha256", schema.TABLES["pages"]["columns"]["snapshot_sha256"])


@MIGRATIONS(name="0011_treatment_stats")
def add_treatment_stats(db):
    """Official treatment statistics (`recoverywatch stats`): the treatment_stats table and the
    fetcher's bookkeeping. Nothing older to convert."""
    if not db["areas"].exists():
        return  # a new database: the shape step creates every table in order
    for name in ("treatment_stats", "stats_fetches"):
        schema.create_table(db, name)


@MIGRATIONS(name="0012_browse")
def add_browse_columns(db):
    """articles.area and articles.providers (the news view's area and provider facets), filled
    from the extraction rows already stored; duplicate_of's index keeps only the copies. The search index's update trigger is set aside
    while they are written: it would re-index every article's unchanged text."""
    if not db["articles"].exists():
        return  # a new database: the shape step creates every table
    for col in ("area", "providers"):
        if col not in db["articles"].columns_dict:
            db["articles"].add_column(col, schema.TABLES["articles"]["columns"][col])
    # the index on duplicate_of over every article gives way to one over the copies only (schema.yml)
    db.execute("drop index if exists idx_articles_duplicate_of")
    if not (db["article_areas"].exists() and db["article_providers"].exists()):
        return
    triggers = [(t.name, t.sql) for t in db["articles"].triggers if " update " in t.sql.lower()]
    for name, _ in triggers:
        db.execute(f"drop trigger [{name}]")
    db.execute("""
        update articles set
          area = (select ar.name from article_areas aa join areas ar on ar.id = aa.area_id
                  where aa.article_id = articles.id and aa.is_primary = 1),
          providers = (select json_group_array(name) from (select distinct p.name from article_providers ap
                       join providers p on p.id = ap.provider_id where ap.article_id = articles.id order by p.name))
        where relevant = 1""")
    for _, sql in triggers:
        db.execute(sql)


@MIGRATIONS(name="0013_warc_runs")
def add_run_origin(db):
    """crawl_runs says where a run's pages came from: the sites (crawl) or web archives (warc).
    Every earlier run was a crawl."""
    if not db["crawl_runs"].exists():
        return  # a new database: the shape step creates the table
    if "origin" not in db["crawl_runs"].columns_dict:  # (0001 adds it to a database older than 0.1's runs)
        db["crawl_runs"].add_column("origin", schema.TABLES["crawl_runs"]["columns"]["origin"])
    db.execute("update crawl_runs set origin = 'crawl' where origin is null")


@MIGRATIONS(name="0014_address_scans")
def add_address_scans(db):
    """How far stored addresses were made canonical (recoverywatch.runs.remember_canonical_addresses).
    Empty at first: the next crawl reads every article once, as every crawl did before."""
    if not db["articles"].exists():
        return  # a new database: the shape step creates every table
    schema.create_table(db, "address_scans")
