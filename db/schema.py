"""Tables, indexes, full-text search and views, declared as data.

`ensure_shape()` applies all of it and is safe to run on every start: it only
creates what is missing, so an older database gains new columns and indexes.
"""
import pathlib

import sqlite_utils

TABLES = {
    "sources": {
        "columns": {"name": str, "kind": str, "area": str, "start_urls": str},
        "pk": "name",
    },
    "crawl_runs": {
        "columns": {
            "id": int, "started": str, "finished": str, "status": str,
            "pages_fetched": int, "not_modified": int, "articles_new": int,
            "articles_updated": int, "articles_unchanged": int,
            "articles_failed": int, "errors": int, "error_summary": str,
        },
        "pk": "id",
    },
    "articles": {
        "columns": {
            "id": int, "url": str, "source": str, "kind": str, "title": str,
            "published": str, "author": str, "publisher": str, "text": str,
            "word_count": int, "relevant": int, "relevance_score": float,
            "content_hash": str, "extracted_hash": str, "duplicate_of": int,
            "first_seen": str, "last_updated": str, "document_of": str, "signature": str, "year": str,
        },
        "pk": "id",
        "foreign_keys": [("source", "sources", "name")],
        "not_null": {"url"},
    },
    # The seen-store: what each URL looked like last time, for conditional requests.
    "pages": {
        "columns": {
            "url": str, "page_type": str, "status": int, "etag": str,
            "last_modified": str, "content_hash": str, "fetched_at": str,
        },
        "pk": "url",
    },
    # MinHash bands of each article's text, to find syndicated copies.
    "article_bands": {
        "columns": {"article_id": int, "band": str},
        "pk": ("article_id", "band"),
        "foreign_keys": [("article_id", "articles", "id")],
    },
    # Links found but not yet fetched: a killed crawl resumes from here.
    "frontier": {
        "columns": {"url": str, "source": str, "depth": int, "document_of": str, "found_at": str, "attempts": int},
        "pk": "url",
    },
    "areas": {
        "columns": {
            "id": int, "code": str, "name": str, "gss_code": str, "type": str,
            "type_name": str, "nation": str, "region": str, "county_code": str,
            "start_date": str, "end_date": str, "successor_codes": str,
            "lat": float, "lon": float,
        },
        "pk": "id",
        "not_null": {"code"},
    },
    "article_areas": {
        "columns": {
            "article_id": int, "area_id": int, "is_primary": int,
            "mentions": int, "role": str, "matched": str,
        },
        "pk": ("article_id", "area_id"),
        "foreign_keys": [("article_id", "articles", "id"), ("area_id", "areas", "id")],
    },
    "providers": {
        "columns": {
            "id": int, "slug": str, "name": str, "type": str, "status": str,
            "successor_id": int, "in_gazetteer": int,
        },
        "pk": "id",
        "not_null": {"slug"},
    },
    "article_providers": {
        "columns": {"article_id": int, "provider_id": int, "mentions": int, "matched": str},
        "pk": ("article_id", "provider_id"),
        "foreign_keys": [("article_id", "articles", "id"), ("provider_id", "providers", "id")],
    },
    "figures": {
        "columns": {
            "id": int, "article_id": int, "value": float, "unit": str,
            "text": str, "sentence": str, "start": int, "end": int,
            "approximate": int, "range_part": str, "measure": str, "kind": str,
            "period": str, "area_id": int, "provider_id": int,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("area_id", "areas", "id"), ("provider_id", "providers", "id")],
    },
    "people": {
        "columns": {
            "id": int, "key": str, "name": str, "roles": str, "organisations": str,
            "article_count": int, "quote_count": int, "first_seen": str, "last_seen": str,
        },
        "pk": "id",
        "not_null": {"key"},
    },
    "quotes": {
        "columns": {
            "id": int, "article_id": int, "text": str, "speaker": str,
            "speaker_role": str, "speaker_org": str, "kind": str,
            "start": int, "end": int, "person_id": int,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("person_id", "people", "id")],
    },
    # Local service brands ("Forward Leeds") and the provider behind them.
    "services": {
        "columns": {"id": int, "name": str, "provider_id": int},
        "pk": "id",
        "foreign_keys": [("provider_id", "providers", "id")],
        "not_null": {"name"},
    },
    "article_services": {
        "columns": {"article_id": int, "service_id": int, "matched": str},
        "pk": ("article_id", "service_id"),
        "foreign_keys": [("article_id", "articles", "id"), ("service_id", "services", "id")],
    },
}

UNIQUE_INDEXES = [
    ("articles", ["url"]),
    ("areas", ["code"]),
    ("providers", ["slug"]),
    ("people", ["key"]),
    ("services", ["name"]),
]

# Columns people facet or join on.
INDEXES = [
    ("articles", ["source"]), ("articles", ["relevant"]), ("articles", ["published"]), ("articles", ["year"]),
    # facets are counted over the relevant articles: composite indexes keep the facet page fast
    ("articles", ["relevant", "year"]), ("articles", ["relevant", "source"]), ("articles", ["relevant", "kind"]),
    ("article_areas", ["area_id"]), ("article_providers", ["provider_id"]),
    ("figures", ["article_id"]), ("figures", ["unit"]), ("figures", ["kind"]),
    ("quotes", ["article_id"]), ("quotes", ["speaker"]), ("quotes", ["person_id"]), ("quotes", ["kind"]),
    ("article_services", ["service_id"]), ("article_bands", ["band"]), ("articles", ["duplicate_of"]),
]

FTS = {
    "articles": ["title", "text"],
    "quotes": ["text", "speaker"],
}

# Who ran the service in an area, from when to when, for how much, with the evidence:
# a provider named in a relevant article whose primary area is that area. `where`
# lets a page filter before grouping (a view filtered afterwards scans everything).
TIMELINE_SQL = """
        select aa.area_id, ar.name as area, ar.code as area_code, ap.provider_id, p.name as provider,
               p.slug as provider_slug, min(a.published) as first_seen, max(a.published) as last_seen,
               count(distinct a.id) as articles, max(f.value) as largest_contract_gbp,
               group_concat(distinct a.id) as evidence_article_ids
        from article_providers ap
        join articles a on a.id = ap.article_id and a.relevant = 1 and a.duplicate_of is null
        join article_areas aa on aa.article_id = a.id and aa.is_primary = 1
        join areas ar on ar.id = aa.area_id
        join providers p on p.id = ap.provider_id
        left join figures f on f.article_id = a.id and f.kind = 'contract value' and f.unit = 'GBP'
        {where}
        group by aa.area_id, ap.provider_id
    """

VIEWS = {
    "quotes_with_speakers": """
        select q.id, q.article_id, a.title as article_title, a.url, a.published,
               q.speaker, q.speaker_role, q.speaker_org, q.kind, q.text
        from quotes q join articles a on a.id = q.article_id
    """,
    "figures_by_area": """
        select ar.name as area, ar.code as area_code, ar.gss_code, f.kind, f.measure, f.value, f.unit,
               f.period, f.text, a.published, a.title as article_title, a.url, f.article_id
        from figures f
        join articles a on a.id = f.article_id
        join article_areas aa on aa.article_id = f.article_id and aa.is_primary = 1
        join areas ar on ar.id = aa.area_id
    """,
    "commissioning_timeline": TIMELINE_SQL.format(where=""),
}



def open_db(path) -> sqlite_utils.Database:
    """Open (creating if needed) a database and bring it to the current shape."""
    path = pathlib.Path(path)
    if path.parent and not path.parent.exists():
        raise OSError(f"directory {path.parent} does not exist")
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = normal")  # WAL stays consistent; one fsync per checkpoint, not per row
    db.execute("pragma foreign_keys = on")
    ensure_shape(db)
    return db


def ensure_shape(db: sqlite_utils.Database) -> None:
    for name, spec in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(
                spec["columns"], pk=spec["pk"],
                foreign_keys=spec.get("foreign_keys"),
                not_null=spec.get("not_null"),
            )
        else:
            missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
            for col, col_type in missing.items():
                table.add_column(col, col_type)
    for name, cols in UNIQUE_INDEXES:
        db[name].create_index(cols, unique=True, if_not_exists=True)
    for name, cols in INDEXES:
        db[name].create_index(cols, if_not_exists=True)
    for name, cols in FTS.items():
        if not db[name].detect_fts():
            db[name].enable_fts(cols, create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
