"""Datasette plugin: article pages with highlighted entities, and pages for an
area, a provider and a person. Loaded by `recoverywatch serve` with --plugins-dir.

Everything is rendered through Jinja with autoescape on, so HTML inside an
article's text is always shown as text."""
from datasette import NotFound, Response, hookimpl
from markupsafe import Markup, escape

from recoverywatch.db.schema import TIMELINE_SQL
from recoverywatch.web.contracts import contracts_for
from recoverywatch.web.highlights import nest_mentions


def _db(datasette):
    return datasette.get_database()  # recoverywatch serves one database


async def _rows(datasette, sql, params=None):
    return [dict(r) for r in (await _db(datasette).execute(sql, params or {})).rows]


async def _one(datasette, sql, params, what):
    """The single row a page is about, or a 404 naming what was missing."""
    found = await _rows(datasette, sql, params)
    if not found:
        raise NotFound(f"No such {what}")
    return found[0]


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
    figures = await _rows(datasette, "select * from figures where article_id = :id order by start", params)
    quotes = await _rows(datasette, "select * from quotes where article_id = :id order by start", params)
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
    return Response.html(await datasette.render_template("rw_article.html", {
        "article": art, "events": nest_mentions(text, mentions), "areas": areas, "providers": providers,
        "figures": figures, "quotes": quotes, "base": base, "mention_count": len(mentions),
    }, request=request))


def _bar_chart(points, width=520, height=140):
    """An inline SVG bar chart of (label, value): no JavaScript, nothing fetched."""
    if not points:
        return ""
    top = max(v for _, v in points) or 1
    bar = width / len(points)
    parts = [f'<svg class="rw-chart" width="{width}" height="{height + 30}" role="img" aria-label="chart">']
    for i, (label, value) in enumerate(points):
        h = height * value / top
        x = i * bar + 4
        parts.append(f'<rect x="{x:.0f}" y="{height - h:.0f}" width="{bar - 8:.0f}" height="{h:.0f}" fill="#3b6ea5">'
                     f"<title>{escape(label)}: {value:,.0f}</title></rect>")
        parts.append(f'<text x="{x:.0f}" y="{height + 16}" font-size="11">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


async def area_page(datasette, request):
    code = request.url_vars["code"]
    area = await _one(datasette, "select * from areas where code = :code", {"code": code}, "area")
    params = {"id": area["id"]}
    timeline = await _rows(datasette, TIMELINE_SQL.format(where="where aa.area_id = :id") + " order by first_seen", params)
    articles = await _rows(datasette, "select a.id, a.title, a.published, a.url from article_areas aa join articles a on a.id = aa.article_id where aa.area_id = :id and a.relevant = 1 order by a.published desc limit 30", params)
    quotes = await _rows(datasette, "select q.*, a.title, a.published from quotes q join articles a on a.id = q.article_id join article_areas aa on aa.article_id = a.id and aa.is_primary = 1 where aa.area_id = :id and q.kind = 'direct' order by a.published desc limit 20", params)
    figures = await _rows(datasette, "select * from figures_by_area where area_code = :code order by published", {"code": code})
    yearly = await _rows(datasette, "select substr(published, 1, 4) as year, max(value) as value from figures_by_area where area_code = :code and counted = 'people in treatment' and unit = 'count' group by year order by year", {"code": code})
    return Response.html(await datasette.render_template("rw_area.html", {
        "area": area, "timeline": timeline, "articles": articles, "quotes": quotes, "figures": figures,
        "chart": _bar_chart([(r["year"], r["value"]) for r in yearly if r["year"]]),
        "contracts": await contracts_for(_db(datasette), area_id=area["id"]),
    }, request=request))


async def provider_page(datasette, request):
    slug = request.url_vars["slug"]
    prov = await _one(datasette, "select p.*, s.name as successor_name, s.slug as successor_slug from providers p "
                      "left join providers s on s.id = p.successor_id where p.slug = :slug", {"slug": slug}, "provider")
    timeline = await _rows(datasette, TIMELINE_SQL.format(where="where ap.provider_id = :id") + " order by first_seen", {"id": prov["id"]})
    articles = await _rows(datasette, "select a.id, a.title, a.published from article_providers ap join articles a on a.id = ap.article_id where ap.provider_id = :id order by a.published desc limit 30", {"id": prov["id"]})
    return Response.html(await datasette.render_template("rw_provider.html", {
        "provider": prov, "timeline": timeline, "articles": articles,
        "contracts": await contracts_for(_db(datasette), provider_id=prov["id"])}, request=request))


async def person_page(datasette, request):
    person = await _one(datasette, "select * from people where id = :id", {"id": request.url_vars["id"]}, "person")
    quotes = await _rows(datasette, "select q.*, a.title, a.published, a.url from quotes q join articles a on a.id = q.article_id "
                                    "where q.person_id = :id order by a.published desc", {"id": person["id"]})
    return Response.html(await datasette.render_template("rw_person.html", {"person": person, "quotes": quotes}, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/article/(?P<id>\d+)$", article_page),
        (r"^/area/(?P<code>[A-Z0-9]+)$", area_page),
        (r"^/provider/(?P<slug>[a-z0-9-]+)$", provider_page),
        (r"^/person/(?P<id>\d+)$", person_page),
    ]


LINKS = {  # (table, column) -> page for that row
    ("articles", "title"): lambda row: f"/article/{row['id']}",
    ("areas", "name"): lambda row: f"/area/{row['code']}",
    ("providers", "name"): lambda row: f"/provider/{row['slug']}",
    ("people", "name"): lambda row: f"/person/{row['id']}",
}


@hookimpl
def render_cell(row, value, column, table):
    """Link titles and names to their pages."""
    make = LINKS.get((table, column))
    if make is None or value is None:
        return None
    try:
        href = make(row)
    except (KeyError, IndexError):
        return None
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')


@hookimpl
def permission_allowed(action):
    # Read-only publication: nobody writes, whatever other plugins offer.
    if action in ("insert-row", "delete-row", "update-row", "create-table", "drop-table", "execute-sql-write"):
        return False
    return None
