"""Datasette plugin: the publication's own pages (home, search, article, area, provider,
person, the areas compared), its Atom feeds, and the guard on every connection. Loaded by `recoverywatch serve`
with --plugins-dir.

Everything is rendered through Jinja with autoescape on, so HTML inside an article's text
is always shown as text."""
import asyncio
import json
import logging
import re
import sqlite3
from collections import Counter

from datasette import NotFound, Response, hookimpl
from datasette.utils import InvalidSql
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from recoverywatch.db import snapshots
from recoverywatch.db.schema import TIMELINE_SQL
from recoverywatch.web import basemap, feeds, numbers, queries, snapshot_headers
from recoverywatch.web.contracts import contracts_for
from recoverywatch.web.facets import ListFacet
from recoverywatch.web.fts import fts_query
from recoverywatch.web.guard import guard
from recoverywatch.web.highlights import nest_mentions
from recoverywatch.web.links import safe_href
from recoverywatch.web.stats import comparison, stats_for
from recoverywatch.web.remembered import remember_counts, rows_once


def _db(datasette):
    return datasette.get_database()  # recoverywatch serves one database


async def _rows(datasette, sql, params=None):
    db = _db(datasette)

    async def run():
        return [dict(r) for r in (await db.execute(sql, params or {})).rows]
    memory = getattr(db, "rw_remembered", None)  # a published copy: see remembered.py
    return await (rows_once(memory, sql, params or {}, run) if memory is not None else run())


async def _one(datasette, sql, params, what):
    """The single row a page is about, or a 404 naming what was missing."""
    found = await _rows(datasette, sql, params)
    if not found:
        raise NotFound(f"No such {what}")
    return found[0]


def _check_db(datasette, request):
    if request.url_vars.get("db") != _db(datasette).name:
        raise NotFound("Database not found")


def _feed_links(db_name, area=None, provider=None):
    """(title, href) of the Atom feeds a page advertises."""
    query = "&".join(f"{k}={v}" for k, v in (("area", area), ("provider", provider)) if v)
    suffix = f"?{query}" if query else ""
    return [("Articles", f"/{db_name}/feed_articles.atom{suffix}"), ("Quotes", f"/{db_name}/feed_quotes.atom{suffix}")]


async def _render(datasette, request, template, context):
    context.setdefault("db_name", _db(datasette).name)
    return Response.html(await datasette.render_template(template, context, request=request))


MENTION_LINKS = {"area": ("/area/{code}", "code"), "provider": ("/provider/{slug}", "slug"),
                 "service": ("/provider/{slug}", "slug"), "person": ("/person/{entity_id}", "entity_id")}


async def article_page(datasette, request):
    article_id = request.url_vars["id"]
    art = await _one(datasette, "select * from articles where id = :id", {"id": article_id}, "article")
    text = art["text"] or ""
    base = datasette.urls.database(_db(datasette).name)
    params = {"id": article_id}
    areas = await _rows(datasette, "select ar.*, aa.is_primary, aa.matched from article_areas aa join areas ar on ar.id = aa.area_id where aa.article_id = :id order by aa.is_primary desc", params)
    providers = await _rows(datasette, "select p.*, ap.matched from article_providers ap join providers p on p.id = ap.provider_id where ap.article_id = :id", params)
    figures = await _rows(datasette, f"select f.*, {queries.FIRST_MENTION.format(kind='figure', row='f')} as mention from figures f where article_id = :id order by start", params)
    quotes = await _rows(datasette, f"select q.*, {queries.FIRST_MENTION.format(kind='quote', row='q')} as mention from quotes q where article_id = :id order by start", params)
    # highlights come from the stored mentions only: extraction decided what each span is
    mentions = await _rows(datasette, """
        select m.id, m.kind, m.entity_id, m.start, m."end", m.text,
               coalesce(ar.name, p.name, sp.name, s.name, pe.name, q.speaker, f.kind || ': ' || f.text) as label,
               ar.code, coalesce(p.slug, sp.slug) as slug, q.person_id
        from mentions m
        left join areas ar on m.kind = 'area' and ar.id = m.entity_id
        left join providers p on m.kind = 'provider' and p.id = m.entity_id
        left join services s on m.kind = 'service' and s.id = m.entity_id
        left join providers sp on m.kind = 'service' and sp.id = s.provider_id
        left join people pe on m.kind = 'person' and pe.id = m.entity_id
        left join quotes q on m.kind = 'quote' and q.id = m.entity_id
        left join figures f on m.kind = 'figure' and f.id = m.entity_id
        where m.article_id = :id order by m.start""", params)
    for m in mentions:
        link, needed = MENTION_LINKS.get(m["kind"], (None, None))
        m["href"] = link.format(**m) if link and m.get(needed) is not None else None
        if m["kind"] == "quote" and not m["label"]:
            m["label"] = "unattributed"
    return await _render(datasette, request, "rw_article.html", {
        "article": art, "events": nest_mentions(text, mentions), "areas": areas, "providers": providers,
        "figures": figures, "quotes": quotes, "base": base, "mention_count": len(mentions),
        "snapshots": await asyncio.to_thread(snapshots.versions, _db(datasette).path, art["id"]),
    })


async def snapshot_page(datasette, request):
    """/article/ID/snapshot (the latest) and /article/ID/snapshot/N: the bytes as fetched."""
    article_id = int(request.url_vars["id"])
    version = request.url_vars.get("version")
    found = await asyncio.to_thread(snapshots.read, _db(datasette).path, article_id,
                                    int(version) if version is not None else None)
    if found is None:
        raise NotFound("No such snapshot")
    content_type, headers = snapshot_headers.response_parts(found, article_id, latest=version is None)
    return Response(found["content"], content_type=content_type, headers=headers)


def _bar_chart(points, title, width=520, height=140):
    """An inline SVG bar chart of (label, value) with a title and every bar's value written on
    it: no JavaScript, nothing fetched."""
    if not points:
        return ""
    top = max(v for _, v in points) or 1
    bar = width / max(len(points), 3)  # one bar is not the whole width
    parts = [f'<svg class="rw-chart" viewBox="0 0 {width} {height + 50}" width="100%" style="max-width:{width}px" '
             f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(points):
        h = height * value / top
        x = i * bar + 4
        y = 20 + height - h
        parts.append(f'<rect x="{x:.0f}" y="{y:.0f}" width="{bar - 8:.0f}" height="{h:.0f}" fill="#3b6ea5">'
                     f"<title>{escape(label)}: {escape(numbers.plain(value))}</title></rect>")
        parts.append(f'<text x="{x + (bar - 8) / 2:.0f}" y="{y - 4:.0f}" font-size="12" text-anchor="middle">{escape(numbers.plain(value))}</text>')
        parts.append(f'<text x="{x + (bar - 8) / 2:.0f}" y="{height + 38}" font-size="12" text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


async def _area(datasette, code):
    return await _one(datasette, queries.AREA, {"code": code}, "area")


async def area_page(datasette, request):
    area = await _area(datasette, request.url_vars["code"])
    params = {"id": area["id"]}
    timeline = await _rows(datasette, TIMELINE_SQL.format(where="where aa.area_id = :id") + " order by first_seen", params)
    contracts = await _rows(datasette, queries.AREA_CONTRACTS, params)
    for step in timeline:  # each step's contract values, each linked to the sentence that states it
        step["contracts"] = [f for f in contracts if f["provider_id"] == step["provider_id"]]
    figures = await _rows(datasette, queries.AREA_FIGURES, params)
    yearly = await _rows(datasette, queries.AREA_CHART, params)
    stats = await stats_for(_db(datasette), area)
    db_name = _db(datasette).name
    return await _render(datasette, request, "rw_area.html", {
        "area": area, "timeline": timeline, "figures": figures,
        "articles": await _rows(datasette, queries.AREA_ARTICLES, params),
        "quotes": await _rows(datasette, queries.AREA_QUOTES, params),
        "chart": _bar_chart([(r["year"], r["value"]) for r in yearly], f"People in treatment in {area['name']}, largest count reported each year"),
        "feeds": _feed_links(db_name, area=area["code"]),
        "contracts": await contracts_for(_db(datasette), area_id=area["id"]),
        "stats": stats,
        "stats_chart": _bar_chart([(y["period"] + (f" ({y['only']} only)" if y["only"] else ""), y["total"])
                                   for y in (stats or {}).get("years", [])],
                                  f"People in treatment in {area['name']}, OHID's count each year"),
    })


async def compare_page(datasette, request):
    return await _render(datasette, request, "rw_compare.html",
                         await comparison(_db(datasette), (request.args.get("period") or "").strip() or None))


async def provider_page(datasette, request):
    prov = await _one(datasette, queries.PROVIDER, {"slug": request.url_vars["slug"]}, "provider")
    params = {"id": prov["id"]}
    timeline = await _rows(datasette, TIMELINE_SQL.format(where="where ap.provider_id = :id") + " order by first_seen", params)
    articles = await _rows(datasette, "select a.id, a.title, a.published from article_providers ap join articles a on a.id = ap.article_id where ap.provider_id = :id and a.duplicate_of is null order by a.published desc limit 30", params)
    former = await _rows(datasette, "select name, slug from providers where successor_id = :id order by name", params)
    return await _render(datasette, request, "rw_provider.html", {
        "provider": prov, "timeline": timeline, "articles": articles, "former": former,
        "feeds": _feed_links(_db(datasette).name, provider=prov["slug"]),
        "contracts": await contracts_for(_db(datasette), provider_id=prov["id"])})


async def person_page(datasette, request):
    person = await _one(datasette, "select * from people where id = :id", {"id": request.url_vars["id"]}, "person")
    quotes = await _rows(datasette, f"""select q.*, a.title, a.published, a.url, {queries.FIRST_MENTION.format(kind='quote', row='q')} as mention
                                    from quotes q join articles a on a.id = q.article_id
                                    where q.person_id = :id order by a.published desc""", {"id": person["id"]})
    return await _render(datasette, request, "rw_person.html", {"person": person, "quotes": quotes})


async def home_page(datasette, request):
    return await _render(datasette, request, "rw_home.html", {
        "areas": await _rows(datasette, queries.HOME_AREAS),
        "providers": await _rows(datasette, queries.HOME_PROVIDERS),
        "people": await _rows(datasette, "select id, name, roles, quote_count from people where quote_count > 0 order by last_seen desc, quote_count desc limit 20"),
        "articles": await _rows(datasette, "select id, title, published, source from articles where relevant = 1 and duplicate_of is null order by published desc limit 15"),
        "feeds": _feed_links(_db(datasette).name),
        # Datasette offers the file only when it is served immutable (see serve.py)
        "download": datasette.setting("allow_download") and not _db(datasette).is_mutable,
    })


# --- the map ----------------------------------------------------------------------------------
async def map_page(datasette, request):
    """/map: every area with relevant articles as a bubble of its article count; clusters add
    their areas' counts. Leaflet and the cluster plugin come from the installed Datasette
    plugins, the base map from the bundled tiles: nothing is fetched from elsewhere."""
    db_name = _db(datasette).name
    query = await datasette.get_canned_query(db_name, "area_map", request.actor)
    points = await _rows(datasette, query["sql"])
    return await _render(datasette, request, "rw_map.html", {
        "points": [{k: p[k] for k in ("name", "code", "articles", "latitude", "longitude")} for p in points],
        "tiles": basemap.TILE_URL, "tile_options": basemap.TILE_OPTIONS,
        "markercluster_js": datasette.urls.static_plugins("datasette-cluster-map", "leaflet.markercluster.min.js"),
        "markercluster_css": datasette.urls.static_plugins("datasette-cluster-map", "leaflet.markercluster.css"),
    })


async def basemap_tile(datasette, request):
    tile = basemap.tile(*(int(request.url_vars[k]) for k in ("z", "x", "y")))
    if tile is None:
        raise NotFound("No such tile")
    return Response(tile, content_type="image/png", headers={"Cache-Control": "public, max-age=604800"})


# --- search -------------------------------------------------------------------------------
FACET_NAMES = ("area", "provider", "source", "year", "kind")


def _snippet(text):
    """FTS snippet with \x02/\x03 around matches -> escaped HTML with <mark>."""
    return Markup(str(escape(text or "")).replace("\x02", "<mark>").replace("\x03", "</mark>"))


async def _search(datasette, request, template, hits_sql, recent_sql, matching_sql, recent_ids_sql, title):
    """The match runs once: `matching_sql` (or `recent_ids_sql` when nothing is typed) gives the
    ids the facets count; the hits are the page shown."""
    _check_db(datasette, request)
    q = (request.args.get("q") or "").strip()
    chosen = {name: (request.args.get(name) or "").strip() for name in FACET_NAMES}
    params = {"match": fts_query(q), **chosen}
    filters = queries.SEARCH_FILTERS
    window = "" if any(chosen.values()) else queries.RECENT_MATCHES
    ids_sql = (matching_sql if q else recent_ids_sql).format(filters=filters, window=window)
    params["ids"] = json.dumps([r["id"] for r in await _rows(datasette, ids_sql, params)])
    rows = await _rows(datasette, (hits_sql if q else recent_sql).format(filters=filters), params)
    for r in rows:
        r["snippet"] = _snippet(r["snippet"]) if q else r["snippet"]
    facets = {name: await _rows(datasette, sql.format(matches=queries.MATCHED), params)
              for name, sql in queries.FACETS.items()}
    facets.update(_count_facets(await _rows(datasette, queries.MATCHED_ARTICLES.format(matches=queries.MATCHED), params)))
    facets = {name: facets[name] for name in FACET_NAMES}
    return await _render(datasette, request, template, {
        "q": q, "rows": rows, "facets": facets, "chosen": chosen, "title": title,
        "facet_url": lambda name, value: _with(request, name, value),
        "feeds": _feed_links(_db(datasette).name),
    })


def _count_facets(rows, size=12):
    """{facet: [{value, label, n}]} for source, year and kind over the matched articles' rows:
    the most frequent first, years newest first."""
    out = {}
    for name in queries.ARTICLE_FACETS:
        counts = Counter(r[name] for r in rows if r[name] is not None)
        top = sorted(counts.items(), reverse=True)[:size] if name == "year" else counts.most_common(size)
        out[name] = [{"value": value, "label": value, "n": n} for value, n in top]
    return out


def _with(request, name, value):
    """This page's URL with one facet set (or cleared when value is '')."""
    import urllib.parse
    args = [(k, request.args.get(k)) for k in ("q", *FACET_NAMES) if k != name and request.args.get(k)]
    if value:
        args.append((name, value))
    return request.path + ("?" + urllib.parse.urlencode(args) if args else "")


async def search_page(datasette, request):
    return await _search(datasette, request, "rw_search.html", queries.SEARCH_HITS, queries.RECENT,
                         queries.RANKED_ARTICLES, queries.RECENT_ARTICLES, "Search articles")


async def search_quotes_page(datasette, request):
    return await _search(datasette, request, "rw_search_quotes.html", queries.SEARCH_QUOTES, queries.RECENT_QUOTES,
                         queries.MATCHING_QUOTES, queries.RECENT_QUOTE_ARTICLES, "Search quotes")


# --- feeds --------------------------------------------------------------------------------
async def _feed_scope(datasette, request):
    """(area row or None, provider row or None) from ?area= and ?provider=; unknown ones are a 404."""
    area_code = (request.args.get("area") or "").strip()
    slug = (request.args.get("provider") or "").strip()
    area = await _area(datasette, area_code) if area_code else None
    provider = await _one(datasette, queries.PROVIDER, {"slug": slug}, "provider") if slug else None
    return area, provider


def _scope_words(area, provider):
    words = []
    if area:
        words.append(f"in {area['name']}")
    if provider:
        words.append(f"mentioning {provider['name']}")
    return " ".join(words)


def _origin(request):
    return f"{request.scheme}://{request.host}"


async def feed(datasette, request):
    _check_db(datasette, request)
    what = request.url_vars["what"]
    area, provider = await _feed_scope(datasette, request)
    params = {"area": area["id"] if area else None, "provider": provider["id"] if provider else None}
    origin = _origin(request)
    if what == "articles":
        rows = await _rows(datasette, queries.FEED_ARTICLES, params)
        entries = [{"id": f"{origin}/article/{r['id']}", "title": r["title"], "link": f"{origin}/article/{r['id']}",
                    "published": r["published"] or r["first_seen"], "content": r["content"]} for r in rows]
        noun = "Drug and alcohol treatment news"
    else:
        rows = await _rows(datasette, queries.FEED_QUOTES, params)
        entries = [{"id": f"{origin}/article/{r['article_id']}#quote-{r['id']}",
                    "title": f"{r['speaker'] or 'Unattributed'}: {r['text'][:80]}", "author": r["speaker"],
                    "link": f"{origin}/article/{r['article_id']}", "published": r["published"] or r["first_seen"],
                    "content": r["text"]} for r in rows]
        noun = "Quotes on drug and alcohol treatment"
    title = " ".join(filter(None, [noun, _scope_words(area, provider)])) + " — recoverywatch"
    page = f"{origin}/area/{area['code']}" if area and not provider else (
        f"{origin}/provider/{provider['slug']}" if provider and not area else f"{origin}/")
    self_url = origin + request.path + (f"?{request.query_string}" if request.query_string else "")
    body = feeds.atom(self_url, title, self_url, page, entries)
    return Response(body, content_type="application/atom+xml; charset=utf-8")


# --- what a published database must not tell ------------------------------------------------
async def databases_json(datasette, request):
    """/-/databases without the server's file paths."""
    out = [{"name": db.name, "route": db.route, "is_mutable": db.is_mutable, "is_memory": db.is_memory,
            "hash": db.hash} for db in datasette.databases.values() if db.name != "_internal"]
    return Response.json(out)


@hookimpl
def register_routes():
    # plugin routes are matched before Datasette's own, so these replace /DB/search etc.
    return [
        (r"^/$", home_page),
        (r"^/-/databases(\.json)?$", databases_json),
        (r"^/(?P<db>[^/]+)/search$", search_page),
        (r"^/(?P<db>[^/]+)/search_quotes$", search_quotes_page),
        (r"^/(?P<db>[^/]+)/feed_(?P<what>articles|quotes)\.atom$", feed),
        (r"^/article/(?P<id>\d+)$", article_page),
        (r"^/article/(?P<id>\d+)/snapshot(?:/(?P<version>\d+))?$", snapshot_page),
        (r"^/area/(?P<code>[A-Za-z0-9-]+)$", area_page),
        (r"^/provider/(?P<slug>[A-Za-z0-9-]+)$", provider_page),
        (r"^/person/(?P<id>\d+)$", person_page),
        (r"^/compare$", compare_page),
        (r"^/map$", map_page),
        (r"^/-/basemap/(?P<z>\d+)/(?P<x>\d+)/(?P<y>\d+)\.png$", basemap_tile),
    ]


@hookimpl
def prepare_connection(conn, database, datasette):
    # the published file only: Datasette writes its own in-memory databases (_internal, and
    # the scratch connection /-/versions uses to probe FTS support)
    db = datasette.databases.get(database)
    if db is not None and not db.is_memory:
        guard(conn)
    # canned queries (and readers' SQL) can take typed words too: ... match rw_fts(:q)
    conn.create_function("rw_fts", 1, fts_query, deterministic=True)


@hookimpl
def register_facet_classes():
    return [ListFacet]


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["rw_figure"] = numbers.figure
    env.filters["rw_money"] = numbers.money
    env.filters["rw_number"] = numbers.plain
    env.filters["rw_href"] = safe_href  # outside addresses: http(s) or nothing


# --- table cells --------------------------------------------------------------------------
LINKS = {  # (table, column) -> page for that row
    ("articles", "title"): lambda row: f"/article/{row['id']}",
    ("news", "title"): lambda row: f"/article/{row['id']}",
    ("areas", "name"): lambda row: f"/area/{row['code']}",
    ("providers", "name"): lambda row: f"/provider/{row['slug']}",
    ("people", "name"): lambda row: f"/person/{row['id']}",
    # the feeds' canned queries, read as tables
    (None, "atom_title"): lambda row: f"/article/{row['article_id']}",
}
# columns that hold a code or slug, wherever they appear (views, canned queries)
CODES = {"area_code": "/area/{}", "provider_slug": "/provider/{}"}
# foreign keys that go to our pages rather than Datasette's row pages: column -> SQL for (path, label)
FOREIGN = {
    "article_id": "select '/article/' || id, title from articles where id = ?",
    "area_id": "select '/area/' || code, name from areas where id = ?",
    "provider_id": "select '/provider/' || slug, name from providers where id = ?",
    "person_id": "select '/person/' || id, name from people where id = ?",
}
FOREIGN_TABLES = {"figures", "quotes", "article_areas", "article_providers", "article_services", "mentions",
                  "article_urls", "contracts", "contract_suppliers", "quotes_with_speakers", "figures_by_area",
                  "commissioning_timeline"}
# the news view names its area and providers; their pages are found by name
NAMED = {"area": ("select name, code from areas order by end_date is null", "/area/{}"),
         "providers": ("select name, slug from providers", "/provider/{}")}


def _link(href, text):
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')


class _Names:
    """name -> code (areas) or slug (providers), read once per server and again when a name is
    new: a page of 50 rows then costs no query per cell."""

    def __init__(self):
        self.maps = {}

    async def load(self, datasette, column):
        sql, _ = NAMED[column]
        self.maps[column] = {r[0]: r[1] for r in (await _db(datasette).execute(sql)).rows}

    def cell(self, datasette, column, value):
        names = json.loads(value) if column == "providers" else [value]
        if not isinstance(names, list):
            return None
        pattern = NAMED[column][1]

        def render():
            known = self.maps.get(column, {})
            return Markup(", ").join(_link(pattern.format(known[n]), n) if n in known else escape(n) for n in names)
        if all(n in self.maps.get(column, {}) for n in names):
            return render()

        async def fresh():
            await self.load(datasette, column)
            return render()
        return fresh


NAMES = _Names()


@hookimpl
def render_cell(row, value, column, table, datasette):
    """Link titles and names to their pages; foreign keys, area codes and provider slugs to the
    area, provider, person and article pages; the news view's area and providers by name."""
    if value is None:
        return None
    make = LINKS.get((table, column))
    if make is not None:
        try:
            return _link(make(row), value)
        except (KeyError, IndexError):
            return None
    if column in CODES and isinstance(value, str) and value:
        return _link(CODES[column].format(value), value)
    if table == "news" and column in NAMED and isinstance(value, str):
        try:
            return NAMES.cell(datasette, column, value)
        except ValueError:  # not JSON: shown as it is
            return None
    if table in FOREIGN_TABLES and column in FOREIGN:
        raw = value.get("value") if isinstance(value, dict) else value
        if not isinstance(raw, int):
            return None

        async def linked():
            found = await _rows(datasette, FOREIGN[column], [raw])
            if not found:
                return None
            href, label = list(found[0].values())
            return _link(href, label or raw)
        return linked
    return None


@hookimpl
def extra_body_script():
    # Links a page builds in the browser (the map's popups take their link from query
    # results, which a crafted ?sql= can fill) are kept only when they are http(s) or
    # relative: anything else loses its href before it can be clicked.
    return {"script": SAFE_LINKS_JS}


SAFE_LINKS_JS = """
(function () {
  function safe(a) {
    var href = a.getAttribute('href');
    if (href === null) return;
    var url;
    try { url = new URL(href, document.baseURI); } catch (e) { a.removeAttribute('href'); return; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') a.removeAttribute('href');
  }
  function sweep(root) {
    if (root.tagName === 'A') safe(root);
    if (root.querySelectorAll) root.querySelectorAll('a[href]').forEach(safe);
  }
  new MutationObserver(function (changes) {
    changes.forEach(function (c) {
      c.addedNodes.forEach(sweep);
      if (c.type === 'attributes') sweep(c.target);
    });
  }).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['href']});
  sweep(document.documentElement);
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (a) { safe(a); if (!a.hasAttribute('href')) e.preventDefault(); }
  }, true);
})();
"""


@hookimpl
def permission_allowed(action):
    # Read-only publication: nobody writes, whatever other plugins offer.
    if action in ("insert-row", "delete-row", "update-row", "create-table", "drop-table", "execute-sql-write"):
        return False
    return None


@hookimpl
def handle_exception(datasette, request, exception):
    """Every error page of the publication. What the reader got wrong is a 4xx, not a 500 (SQL
    the guard or SQLite refused, an unknown sort column, a refused POST); no message names a
    server file; real faults are logged as plain tracebacks (Datasette's default prints rich
    tracebacks with every local, slowly, for each 404)."""
    status, message = _classify(request, exception)
    if status >= 500:
        LOG.error("error serving %s", request.path, exc_info=exception)
        message = "Internal error: the server's log has the details."
    message = PATH.sub("[path]", message)  # never a server path

    async def inner():
        if request.path.endswith(".json"):
            return Response.json({"ok": False, "error": message, "status": status, "title": None}, status=status)
        title = {400: "Bad request", 403: "Refused", 404: "Not found", 405: "Method not allowed"}.get(status, f"Error {status}")
        return Response.html(await datasette.render_template(
            "error.html", {"ok": False, "error": message, "status": status, "title": title}, request=request), status=status)
    return inner


LOG = logging.getLogger("recoverywatch.web")


@hookimpl
def startup(datasette):
    # this plugin answers every error (above); Datasette's default handler would still print a
    # rich traceback with every local variable for each 404, slowly, to the log
    from datasette.plugins import pm
    if pm.has_plugin("datasette.handle_exception"):
        pm.unregister(name="datasette.handle_exception")
    # a published copy cannot change while served: its counts are worked out once
    for db in datasette.databases.values():
        if not db.is_mutable and not db.is_memory and not getattr(db, "rw_remembered", None):
            db.rw_remembered = remember_counts(db)
PATH = re.compile(r"(?<![\w:])(?:/[\w.+-]+){2,}/?")


def _classify(request, exception):
    """(HTTP status, message) for an exception raised while serving `request`."""
    if isinstance(exception, Base400):
        return exception.status, str(exception.args[0] if exception.args else exception)
    if request.method not in ("GET", "HEAD") and isinstance(exception, AssertionError):
        return 405, "This publication is read-only."  # Datasette asserts only canned queries take POSTs
    if isinstance(exception, DatasetteError):
        # Datasette gives status 500 to bad parameters such as an unknown _sort column
        return (400 if exception.status == 500 else exception.status), str(exception.message)
    if isinstance(exception, (sqlite3.DatabaseError, InvalidSql)):
        return (403 if "not authorized" in str(exception) else 400), str(exception)
    return 500, ""
