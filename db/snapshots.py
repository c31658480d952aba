"""Snapshots: the bytes fetched for every stored article (HTML or PDF), compressed, kept in a
file beside the database (news.db -> news.snapshots.db), so that a journalist can cite what
was there on the day when the original has moved.

Beside, not inside: the fetched pages are several times the size of everything extracted from
them, and the database is what gets published, downloaded (/DB.db), hashed by Datasette when
served immutable, and backed up after every crawl. The snapshots file only ever grows by
appending, so it can be backed up (or moved to cheaper storage) on its own schedule.

Writing: `attach()` attaches the file to the crawl writer's connection as `snap`, so a
snapshot and its article row go in one transaction. In WAL mode SQLite commits attached files
one after the other, the database first: a process killed between the two keeps the article
row without its new snapshot. The page row names the bytes it expects (pages.snapshot_sha256),
and `heal()` finds pages whose snapshot is missing and forgets their validators, so the next
crawl fetches them in full and archives them.

Versions: a fetch is archived when the article is new, when its stored text, title or date
changed, or when its page has nothing archived yet (older databases, a healed page). Bytes that
changed while the article did not (a rotating token, an advert) make no new version: pages
without validators are fetched in full on every crawl and would otherwise grow a version each
time."""
import datetime as dt
import hashlib
import os
import pathlib
import sqlite3

import sqlite_utils

try:  # Python 3.14 has zstd in the standard library; Scrapy installs the backport before that
    from compression import zstd
except ImportError:  # pragma: no cover - depends on the Python version
    from backports import zstd

from recoverywatch.db import schema

ALIAS = "snap"
COMPRESSION = "zstd"
# zstd level 3: on the dev pages within 4% of zlib -6's size and 3-9 times faster; level 19 is 5%
# smaller and 100 times slower (benchmarks/snapshot_size.py). zstd comes with Scrapy already.
LEVEL = 3


def path_for(db_path) -> pathlib.Path:
    """news.db -> news.snapshots.db, in the same directory."""
    db_path = pathlib.Path(db_path)
    return db_path.with_name(db_path.stem + ".snapshots.db")


def pack(body: bytes, content_type: str | None, url: str, fetched_at: str | None = None) -> dict:
    """A snapshot record of fetched bytes, compressed (what a crawl item carries)."""
    return {"url": url, "fetched_at": fetched_at or _now(), "content_type": content_type or None,
            "sha256": hashlib.sha256(body).hexdigest(), "size": len(body), "compression": COMPRESSION,
            "body": zstd.compress(body, LEVEL)}


def unpack(row: dict) -> bytes:
    if row["compression"] != COMPRESSION:
        raise ValueError(f"snapshot {row.get('id')}: unknown compression {row['compression']!r}")
    return zstd.decompress(row["body"])


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def ensure_file(db_path) -> pathlib.Path:
    """Create the snapshots file beside `db_path` (WAL, like the database) or bring it to shape."""
    path = path_for(db_path)
    side = sqlite_utils.Database(path)
    try:
        side.execute("pragma journal_mode = wal")
        for name in schema.SNAPSHOT_TABLES:
            schema.create_table(side, name, schema.SNAPSHOT_TABLES)
        for name, cols, unique in schema.SNAPSHOT_INDEXES:
            side[name].create_index(cols, unique=unique, if_not_exists=True)
    finally:
        side.close()
    return path


def attach(db: sqlite_utils.Database, db_path) -> None:
    """Attach the snapshots file to `db`'s connection as `snap` (creating it if needed)."""
    path = ensure_file(db_path)
    db.execute(f"attach database ? as {ALIAS}", [str(path)])


def detach(db: sqlite_utils.Database) -> None:
    db.execute(f"detach database {ALIAS}")


EXTENSIONS = {"text/html": "html", "application/xhtml+xml": "xhtml", "text/plain": "txt", "application/pdf": "pdf"}


def media_type(content_type: str | None) -> str:
    """'text/html; charset=utf-8' -> 'text/html'."""
    return (content_type or "").split(";")[0].strip().lower()


def file_name(article_id: int, version: int, content_type: str | None) -> str:
    """article-12-v2.html: what a saved or served copy is called."""
    return f"article-{article_id}-v{version}.{EXTENSIONS.get(media_type(content_type), 'bin')}"


COLUMNS = ("url", "fetched_at", "content_type", "sha256", "size", "compression", "body")


def archive(db: sqlite_utils.Database, article_id: int, page_url: str, snapshot: dict | None,
            article_changed: bool) -> str | None:
    """Archive `snapshot` as the article's next version when it should be (see the module's
    note), in the caller's transaction; return the hash the page row should record."""
    if snapshot is None:
        return None
    conn = db.conn
    latest = conn.execute(f"select version, sha256 from {ALIAS}.snapshots where article_id = ? "
                          "order by version desc limit 1", [article_id]).fetchone()
    if latest and latest[1] == snapshot["sha256"]:
        return latest[1]
    recorded = conn.execute("select snapshot_sha256 from pages where url = ?", [page_url]).fetchone()
    if latest and not article_changed and recorded and recorded[0]:
        return latest[1]
    conn.execute(f"insert into {ALIAS}.snapshots (article_id, version, {', '.join(COLUMNS)}) "
                 f"values (?, ?, {', '.join('?' * len(COLUMNS))})",
                 [article_id, (latest[0] if latest else 0) + 1, *(snapshot[c] for c in COLUMNS)])
    return snapshot["sha256"]


def heal(db: sqlite_utils.Database, db_path) -> int:
    """Pages fetched since the last finished crawl began whose recorded snapshot is not in the
    snapshots file (a crawl killed between the two commits) lose their validators, so the next
    crawl fetches and archives them again. Returns how many."""
    attach(db, db_path)
    try:
        with db.conn:
            cur = db.execute(f"""
                update pages set etag = null, last_modified = null, snapshot_sha256 = null
                where snapshot_sha256 is not null
                  and fetched_at >= coalesce((select max(started) from crawl_runs where status = 'finished'), '')
                  and not exists (select 1 from {ALIAS}.snapshots s where s.sha256 = pages.snapshot_sha256)""")
            return cur.rowcount
    finally:
        detach(db)


# --- reading (the web pages) ------------------------------------------------------------------
def _connect(db_path) -> sqlite3.Connection | None:
    """A read-only connection to the snapshots file, or None when there is none. A file nobody
    may write (a published copy) is opened immutable, as Datasette opens the database."""
    path = path_for(db_path)
    if not path.exists():
        return None
    immutable = "&immutable=1" if not os.access(path, os.W_OK) or not (path.stat().st_mode & 0o222) else ""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
    con.row_factory = sqlite3.Row
    return con


def versions(db_path, article_id: int) -> list[dict]:
    """Every snapshot of an article without its bytes, oldest first."""
    con = _connect(db_path)
    if con is None:
        return []
    try:
        return [dict(r) for r in con.execute(
            "select version, url, fetched_at, content_type, sha256, size from snapshots "
            "where article_id = ? order by version", [article_id])]
    except sqlite3.OperationalError:  # a file that is not (yet) a snapshots file
        return []
    finally:
        con.close()


def every(db_path):
    """Every snapshot with its bytes (`content`), one at a time, in article and version order."""
    con = _connect(db_path)
    if con is None:
        return
    try:
        for row in con.execute("select * from snapshots order by article_id, version"):
            row = dict(row)
            row["content"] = unpack(row)
            yield row
    finally:
        con.close()


def read(db_path, article_id: int, version: int | None = None) -> dict | None:
    """One snapshot with its bytes uncompressed (`content`): `version`, or the latest."""
    con = _connect(db_path)
    if con is None:
        return None
    try:
        where, params = ("and version = ?", [article_id, version]) if version is not None else ("", [article_id])
        row = con.execute(f"select * from snapshots where article_id = ? {where} order by version desc limit 1",
                          params).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()
    if row is None:
        return None
    row = dict(row)
    row["content"] = unpack(row)
    return row
