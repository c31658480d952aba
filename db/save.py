"""save_* functions: plain dicts in, upserts keyed on stable ids out.

Every multi-row write happens inside one transaction so an interrupted run
never leaves an article with half of its extraction rows.
"""
import contextlib
import datetime as dt
import hashlib
import json
import re

import sqlite_utils


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database):
    """Commit at the end, unless a caller already opened a transaction (a batch)."""
    conn = db.conn
    if conn.in_transaction:
        yield conn
        return
    with conn:
        yield conn


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def content_hash(text: str) -> str:
    return hashlib.sha1((text or "").encode("utf-8")).hexdigest()


def save_sources(db: sqlite_utils.Database, sources) -> None:
    db["sources"].upsert_all(
        [{"name": s.name, "kind": s.kind, "area": s.area, "start_urls": json.dumps(s.start_urls)} for s in sources],
        pk="name",
    )


ARTICLE_COLUMNS = ("url", "source", "kind", "title", "published", "author", "publisher", "text",
                   "word_count", "content_hash", "document_of", "year")


def save_article(db: sqlite_utils.Database, item: dict) -> str:
    """Insert or update one article by URL; return 'new', 'updated' or 'unchanged'.

    `url` is the article's one (canonical) address; `aliases` are other addresses it was
    reached at (redirects, variants, the address fetched when the page names another). An
    article stored earlier under any of them is this article: its row is updated, its `url`
    becomes the canonical one, and every address is kept in `article_urls`.

    The caller decides what the row says: `signature` and `bands` (MinHash of the
    text) and `duplicate_of` (the earlier copy of a syndicated story) are stored as
    given. Plain SQL here: this runs once per crawled page, and sqlite-utils' table
    introspection on every call costs more than the write itself."""
    text_hash = content_hash(item["text"])
    row = {
        "url": item["url"], "source": item["source"], "kind": item.get("kind"),
        "title": item.get("title"), "published": item.get("published"),
        "author": item.get("author"), "publisher": item.get("publisher"),
        "text": item["text"], "word_count": len(item["text"].split()),
        "content_hash": text_hash, "document_of": item.get("document_of"),
        "year": (item.get("published") or "")[:4] or None,
        "signature": json.dumps(item["signature"]) if item.get("signature") is not None else None,
        "duplicate_of": item.get("duplicate_of"),
    }
    conn = db.conn
    aliases = [u for u in item.get("aliases") or () if u != item["url"]]
    existing = article_version(db, item["url"], aliases)
    stamp = now_iso()
    with transaction(db):
        if existing is not None:
            article_id = existing["id"]
            if (existing["content_hash"], existing["title"], existing["published"]) == (text_hash, row["title"], row["published"]):
                if existing["url"] != item["url"]:  # found under an earlier address: the row takes the canonical one
                    conn.execute("update articles set url = ? where id = ?", [item["url"], article_id])
                save_article_urls(db, article_id, [item["url"], *aliases])
                return "unchanged"
        # signature and duplicate link go in with the row: a later UPDATE would re-index the text (FTS trigger)
        cols = ARTICLE_COLUMNS + ("signature", "duplicate_of")
        if existing is None:
            cur = conn.execute(
                f"insert into articles ({', '.join(cols)}, first_seen, last_updated) "
                f"values ({', '.join('?' * (len(cols) + 2))})", [row[c] for c in cols] + [stamp, stamp])
            article_id, outcome = cur.lastrowid, "new"
        else:
            conn.execute(f"update articles set {', '.join(c + ' = ?' for c in cols)}, last_updated = ? where id = ?",
                         [row[c] for c in cols] + [stamp, article_id])
            outcome = "updated"
        save_article_urls(db, article_id, [item["url"], *aliases])
        conn.execute("delete from article_bands where article_id = ?", [article_id])
        conn.executemany("insert or ignore into article_bands (article_id, band) values (?, ?)",
                         [(article_id, k) for k in item.get("bands") or ()])
    return outcome


VERSION_COLUMNS = ("id", "url", "content_hash", "title", "published")


def article_version(db: sqlite_utils.Database, url: str, aliases=()) -> dict | None:
    """The stored id, URL, text hash, title and date of the article at `url`, or else of the
    article any of `aliases` (or `url` itself) was recorded as an address of, if any."""
    cols = ", ".join("a." + c for c in VERSION_COLUMNS)
    found = db.conn.execute(f"select {cols} from articles a where a.url = ?", [url]).fetchone()
    if found is None:
        addresses = [url, *aliases]
        found = db.conn.execute(
            f"select {cols} from article_urls u join articles a on a.id = u.article_id "
            f"where u.url in ({', '.join('?' * len(addresses))}) order by u.url != ?, a.id limit 1",
            [*addresses, url]).fetchone()
    return dict(zip(VERSION_COLUMNS, found)) if found else None


def save_article_urls(db: sqlite_utils.Database, article_id: int, urls) -> None:
    """Record addresses of an article; an address already known keeps the article it led to first."""
    stamp = now_iso()
    db.conn.executemany("insert or ignore into article_urls (url, article_id, first_seen) values (?, ?, ?)",
                        [(u, article_id, stamp) for u in dict.fromkeys(urls)])


def add_article_urls(db: sqlite_utils.Database, pairs) -> int:
    """Record (url, article_id) addresses in one transaction; returns how many were new."""
    stamp = now_iso()
    with transaction(db) as conn:
        before = conn.total_changes
        conn.executemany("insert or ignore into article_urls (url, article_id, first_seen) values (?, ?, ?)",
                         [(u, article_id, stamp) for u, article_id in pairs])
        return conn.total_changes - before


def article_addresses(db: sqlite_utils.Database, after: int = 0):
    """(id, url) of the articles with an id above `after`, oldest first (a cursor: the archive
    is never held in memory)."""
    return db.conn.execute("select id, url from articles where id > ? order by id", [after])


def address_scan_mark(db: sqlite_utils.Database, rules: str) -> int:
    """The highest article id whose address was looked at under URL rules `rules` (0: none)."""
    found = db.conn.execute("select last_article_id from address_scans where rules = ?", [rules]).fetchone()
    return found[0] if found else 0


def set_address_scan_mark(db: sqlite_utils.Database, rules: str, last_article_id: int) -> None:
    """Articles up to `last_article_id` were looked at under `rules`; marks of other rules go."""
    with transaction(db) as conn:
        conn.execute("delete from address_scans where rules != ?", [rules])
        conn.execute("insert or replace into address_scans (rules, last_article_id, scanned_at) values (?, ?, ?)",
                     [rules, last_article_id, now_iso()])


def article_for_url(db: sqlite_utils.Database, url: str) -> int | None:
    """The id of the article stored at `url` or reached at it before (redirects, variants)."""
    found = db.conn.execute("select article_id from article_urls where url = ?", [url]).fetchone()
    if found is None:
        found = db.conn.execute("select id from articles where url = ?", [url]).fetchone()
    return found[0] if found else None


def copy_candidates(db: sqlite_utils.Database, bands: list[str], url: str) -> list[tuple[int, list[int]]]:
    """(id, signature) of stored originals sharing a MinHash band, stored before the article at `url`."""
    if not bands:
        return []
    marks = ",".join("?" * len(bands))
    rows = db.conn.execute(
        # "+a.duplicate_of": keep the planner on the band index, not a scan of duplicate_of (nearly all null)
        f"select distinct a.id, a.signature from article_bands b join articles a on a.id = b.article_id "
        f"where b.band in ({marks}) and +a.duplicate_of is null and a.url != ? "
        f"and a.id < coalesce((select id from articles where url = ?), 1e18) order by a.id",
        [*bands, url, url]).fetchall()
    return [(cand_id, json.loads(sig or "[]")) for cand_id, sig in rows]


def save_page(db: sqlite_utils.Database, page: dict) -> None:
    """Record a fetch of `page["url"]`, now, or at `page["fetched_at"]` for an archived copy: an
    archived copy never replaces the record of a later fetch."""
    cols = ("url", "page_type", "status", "etag", "last_modified", "content_hash", "snapshot_sha256")
    values = [page.get(c) for c in cols] + [page.get("fetched_at") or now_iso()]
    marks = ", ".join("?" * (len(cols) + 1))
    with transaction(db):
        if page.get("fetched_at"):
            db.conn.execute(
                f"insert into pages ({', '.join(cols)}, fetched_at) values ({marks}) on conflict (url) do update set "
                f"{', '.join(c + ' = excluded.' + c for c in cols[1:])}, fetched_at = excluded.fetched_at "
                "where excluded.fetched_at >= coalesce(pages.fetched_at, '')", values)
        else:
            db.conn.execute(f"insert or replace into pages ({', '.join(cols)}, fetched_at) values ({marks})", values)


def newest_fetch(db: sqlite_utils.Database, url: str, aliases=()) -> str | None:
    """When the stored copy of the article at `url` (or at any of `aliases`) was fetched: the
    latest fetch of any of its addresses; None when no such article is stored."""
    found = article_version(db, url, aliases)
    if found is None:
        return None
    return db.conn.execute(
        "select max(fetched_at) from pages where url in "
        "(select url from article_urls where article_id = ? union select url from articles where id = ?)",
        [found["id"], found["id"]]).fetchone()[0]


def save_links(db: sqlite_utils.Database, source: str, links: list[tuple]) -> None:
    """Queue discovered (url, depth, document_of) links that were never fetched."""
    stamp = now_iso()
    with transaction(db):
        db.conn.executemany(
            "insert or ignore into frontier (url, source, depth, document_of, found_at, attempts) "
            "select ?, ?, ?, ?, ?, 0 where not exists (select 1 from pages where url = ?)",
            [(url, source, depth, doc_of, stamp, url) for url, depth, doc_of in links])


def furniture_memory(db: sqlite_utils.Database) -> dict:
    """source -> (pages learned from, {fingerprint: pages}) from source_furniture."""
    memory = {r["name"]: (r["furniture_pages"] or 0, {}) for r in db.query("select name, furniture_pages from sources")}
    for r in db.query("select source, fingerprint, pages from source_furniture"):
        memory.setdefault(r["source"], (0, {}))[1][r["fingerprint"]] = r["pages"]
    return memory


def learn_furniture(db: sqlite_utils.Database, source: str, lines: dict) -> None:
    """Count one more page of `source` carrying each of `lines` ({fingerprint: (kind, example)})."""
    stamp = now_iso()
    db.conn.execute("update sources set furniture_pages = coalesce(furniture_pages, 0) + 1 where name = ?", [source])
    db.conn.executemany(
        "insert into source_furniture (source, fingerprint, kind, pages, example, first_seen, last_seen) "
        "values (?, ?, ?, 1, ?, ?, ?) on conflict (source, fingerprint) do update set "
        "pages = pages + 1, example = excluded.example, last_seen = excluded.last_seen",
        [(source, key, kind, example, stamp, stamp) for key, (kind, example) in lines.items()])


def source_texts(db: sqlite_utils.Database, source: str, since: str) -> list[dict]:
    """Web articles (not PDFs) of `source` stored or updated since `since`."""
    return [dict(r) for r in db.query(
        "select id, text from articles where source = ? and document_of is null and last_updated >= ?",
        [source, since])]


def replace_text(db: sqlite_utils.Database, article_id: int, text: str) -> None:
    """New clean text for a stored article; its extraction is redone (content hash changes)."""
    db.conn.execute("update articles set text = ?, word_count = ?, content_hash = ? where id = ?",
                    [text, len(text.split()), content_hash(text), article_id])


def fetched(db: sqlite_utils.Database, *urls: str) -> None:
    """Take addresses off the frontier: fetched, or never to be fetched (robots.txt, scope)."""
    with transaction(db):
        db.conn.executemany("delete from frontier where url = ?", [(u,) for u in urls])


def resume_links(db: sqlite_utils.Database, max_attempts: int = 3) -> list[dict]:
    """Links a previous run found but did not fetch; each is tried a few times at most."""
    with db.conn:
        db.execute("delete from frontier where attempts >= ?", [max_attempts])
        db.execute("update frontier set attempts = attempts + 1")
    return [dict(r) for r in db.query("select url, source, depth, document_of from frontier")]


def seen_pages(db: sqlite_utils.Database, page_type: str = "article") -> dict:
    """URL -> validators of pages stored before, for conditional requests."""
    return {
        r["url"]: r for r in db.query(
            "select url, etag, last_modified, content_hash from pages where page_type = ?", [page_type])
    }


def save_reference(db: sqlite_utils.Database, areas: list[dict], providers: list[dict]) -> None:
    """Load the area and provider gazetteers so every entity has a stable row."""
    with db.conn:
        for area in areas:
            db["areas"].lookup({"code": area["code"]}, area)
        slugs = {}
        for p in providers:
            slugs[p["slug"]] = db["providers"].lookup(
                {"slug": p["slug"]}, {k: v for k, v in p.items() if k != "successor_slug"})
        for p in providers:
            if p.get("successor_slug") in slugs:
                db["providers"].update(slugs[p["slug"]], {"successor_id": slugs[p["successor_slug"]]})


def pending_articles(db: sqlite_utils.Database, everything: bool = False):
    """Articles whose text changed since they were last extracted."""
    where = "" if everything else "where extracted_hash is null or extracted_hash != content_hash"
    return db.query(f"select id, url, source, title, published, text, content_hash, document_of from articles {where} order by id")


EXTRACTION_TABLES = ("article_areas", "article_providers", "article_services", "figures", "quotes", "mentions")


def save_extraction(db: sqlite_utils.Database, article: dict, result: dict) -> None:
    """Replace one article's extraction rows with `result`, atomically.

    Every entity in `result` carries `spans` ({start, end, text}); each becomes a
    `mentions` row pointing at the row the entity resolved to."""
    aid = article["id"]
    conn = db.conn
    with db.conn:
        for table in EXTRACTION_TABLES:
            db.execute(f"delete from {table} where article_id = ?", [aid])
        if not result["relevant"]:
            _update_article(db, aid, article, result)
            return
        mentions = []

        def mention(kind, entity_id, span):
            mentions.append((aid, kind, entity_id, span["start"], span["end"], span["text"]))

        area_ids, provider_ids = {}, {}
        for area in result["areas"]:
            area_id = area_ids[area["code"]] = db["areas"].lookup({"code": area["code"]}, area["row"])
            db["article_areas"].insert({
                "article_id": aid, "area_id": area_id, "is_primary": int(area["is_primary"]),
                "mentions": len(area["spans"]), "role": area["role"], "matched": "; ".join(area["matched"]),
            })
            for span in area["spans"]:
                mention("area", area_id, span)
        for prov in result["providers"]:
            provider_id = provider_ids[prov["slug"]] = db["providers"].lookup({"slug": prov["slug"]}, prov["row"])
            db["article_providers"].insert({
                "article_id": aid, "provider_id": provider_id,
                "mentions": len(prov["spans"]), "matched": "; ".join(prov["matched"]),
            })
            for span in prov["spans"]:
                mention("provider", provider_id, span)
        _update_article(db, aid, article, result)
        figures = []
        for f in result["figures"]:
            row = {k: v for k, v in f.items() if k not in ("area_code", "provider_slug", "repeat_of")}
            row["area_id"] = area_ids.get(f.get("area_code"))
            row["provider_id"] = provider_ids.get(f.get("provider_slug"))
            figures.append({**row, "article_id": aid})
        db["figures"].insert_all(figures)
        for service in result.get("services", []):
            provider_id = provider_ids.get(service.get("provider_slug"))
            if service.get("provider_slug") and provider_id is None:
                provider_id = db["providers"].lookup({"slug": service["provider_slug"]})
            service_id = db["services"].lookup({"name": service["name"]}, {"provider_id": provider_id})
            db["article_services"].insert({"article_id": aid, "service_id": service_id,
                                           "matched": service["matched"]}, ignore=True)
            for span in service.get("spans", []):
                mention("service", service_id, span)
        quotes, person_ids = [], {}
        for q in result["quotes"]:
            person_id = None
            if q.get("speaker") and q.get("kind") == "direct" and not q["speaker"].endswith("spokesperson"):
                person_id = person_ids[q["speaker"]] = db["people"].lookup(
                    {"key": person_key(q["speaker"])}, {"name": q["speaker"]})
            quotes.append({**q, "article_id": aid, "person_id": person_id})
        db["quotes"].insert_all(quotes)
        # rows were inserted in order into emptied ids: read their ids back in the same order
        for kind, table, rows in (("figure", "figures", figures), ("quote", "quotes", quotes)):
            ids = [r[0] for r in conn.execute(f"select id from {table} where article_id = ? order by id", [aid])]
            for row_id, row in zip(ids, rows):
                mention(kind, row_id, {"start": row["start"], "end": row["end"],
                                       "text": article["text"][row["start"]:row["end"]]})
            if kind == "figure":
                # a repeated figure points at the row of its first mention
                conn.executemany("update figures set same_as = ? where id = ?",
                                 [(ids[f["repeat_of"]], row_id) for row_id, f in zip(ids, result["figures"])
                                  if f.get("repeat_of") is not None])
        for person in result.get("people", []):
            mention("person", person_ids.get(person["name"]), person)
        conn.executemany('insert into mentions (article_id, kind, entity_id, start, "end", text) values (?, ?, ?, ?, ?, ?)',
                         sorted(mentions, key=lambda m: (m[3], -m[4], m[1])))


# the article's primary area and its providers, by name, for browsing (the news view's facets)
BROWSE_COLUMNS = """
    select (select ar.name from article_areas aa join areas ar on ar.id = aa.area_id
            where aa.article_id = :id and aa.is_primary = 1) as area,
           (select json_group_array(name) from (select distinct p.name from article_providers ap
            join providers p on p.id = ap.provider_id where ap.article_id = :id order by p.name)) as providers"""


def _update_article(db, aid, article, result):
    """One UPDATE of the article row per extraction (each UPDATE re-indexes its text for search):
    relevance, the extracted hash, and the browse columns read from the rows just written."""
    row = {"relevant": int(result["relevant"]), "relevance_score": result["relevance_score"],
           "extracted_hash": article["content_hash"], "area": None, "providers": None}
    if result["relevant"]:
        row["area"], row["providers"] = db.execute(BROWSE_COLUMNS, {"id": aid}).fetchone()
    db["articles"].update(aid, row)


def person_key(name: str) -> str:
    """One person across articles: the full name, case and punctuation folded."""
    return " ".join(re.findall(r"[a-z]+", name.lower().replace("’", "").replace("'", "")))


def refresh_people(db: sqlite_utils.Database) -> None:
    """Roles, organisations and counts of every person from their quotes; drop people no longer quoted."""
    with db.conn:
        db.execute("""
            update people set
              article_count = (select count(distinct article_id) from quotes where person_id = people.id),
              quote_count = (select count(*) from quotes where person_id = people.id),
              roles = (select group_concat(role, ' | ') from (select distinct speaker_role as role from quotes
                       where person_id = people.id and speaker_role is not null)),
              organisations = (select group_concat(org, ' | ') from (select distinct speaker_org as org from quotes
                       where person_id = people.id and speaker_org is not null)),
              first_seen = (select min(a.published) from quotes q join articles a on a.id = q.article_id where q.person_id = people.id),
              last_seen = (select max(a.published) from quotes q join articles a on a.id = q.article_id where q.person_id = people.id)
        """)
        db.execute("delete from people where id not in (select person_id from quotes where person_id is not null)")


def mark_not_extractable(db: sqlite_utils.Database, article: dict) -> None:
    """An article extraction cannot take (too long): no extraction rows, not relevant, and its
    extraction hash set so it is not pending again until its text changes."""
    with db.conn:
        for table in EXTRACTION_TABLES:
            db.execute(f"delete from {table} where article_id = ?", [article["id"]])
        db["articles"].update(article["id"], {"relevant": 0, "relevance_score": None,
                                              "extracted_hash": article["content_hash"]})


def start_run(db: sqlite_utils.Database, started: str | None = None, killed: tuple[str, ...] = (),
              origin: str = "crawl") -> int:
    """A new run's row, 'running'; `started` is when it took the crawl lock (default now); `origin`
    is 'crawl' or 'warc' (an archive import).
    `killed` are the start times of runs killed after taking the lock but before writing their
    own row (the lock file kept them): each gets an 'interrupted' row first, in the same
    transaction, so a kill in between cannot leave them half-recorded."""
    with transaction(db) as conn:
        for when in killed:
            conn.execute("insert into crawl_runs (started, status, error_summary) values (?, 'interrupted', ?)",
                         (when, KILLED_BEFORE_ROW))
        return conn.execute("insert into crawl_runs (started, status, origin) values (?, 'running', ?)",
                            (started or now_iso(), origin)).lastrowid


KILLED_BEFORE_ROW = "killed before its run row was written (found by the next run)"


def run_started_at(db: sqlite_utils.Database, started: str) -> bool:
    """Whether a run wrote its own row with this start time."""
    return db.execute("select 1 from crawl_runs where started = ? and error_summary is null", [started]).fetchone() is not None


def finish_run(db: sqlite_utils.Database, run_id: int, stats: dict, status: str = "finished") -> None:
    """Record a run's counts (`skip_reasons` a dict, stored as JSON) and status."""
    row = dict(stats)
    if isinstance(row.get("skip_reasons"), dict):
        row["skip_reasons"] = json.dumps(row["skip_reasons"], sort_keys=True)
    db["crawl_runs"].update(run_id, {**row, "finished": now_iso(), "status": status})


def set_run_status(db: sqlite_utils.Database, run_id: int, status: str, **counts) -> None:
    db["crawl_runs"].update(run_id, {**counts, "status": status})


def mark_interrupted_runs(db: sqlite_utils.Database) -> int:
    """Mark runs still 'running' or 'extracting' as 'interrupted'; call only while holding the
    crawl lock, when such a run can only be one that was killed. Returns how many were marked."""
    with transaction(db) as conn:
        return conn.execute("update crawl_runs set status = 'interrupted' "
                            "where status in ('running', 'extracting')").rowcount
