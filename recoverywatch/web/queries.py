"""SQL the custom pages run, in one place (the canned queries live in metadata.yml)."""

# an area by its short code, hyphenated code (NIR-A) or GSS code, in any case; current areas first
AREA = """select * from areas where upper(code) = upper(:code) or upper(gss_code) = upper(:code)
          order by end_date is not null, id limit 1"""

PROVIDER = """select p.*, s.name as successor_name, s.slug as successor_slug from providers p
              left join providers s on s.id = p.successor_id where p.slug = lower(:slug)"""

# figures about an area: placed there by their sentence, or in an article mainly about it (two
# indexed lookups; a coalesce() over both would scan every figure; `+` keeps the planner from
# reading every figure without an area through the area_id index)
AREA_FIGURE_IDS = """(select id from figures where area_id = :id
                      union all
                      select f2.id from article_areas aa2 join figures f2 on f2.article_id = aa2.article_id
                      where aa2.area_id = :id and aa2.is_primary = 1 and +f2.area_id is null)"""

# first mention of an extracted row, so a page can link to its sentence in the article
FIRST_MENTION = "(select min(m.id) from mentions m where m.kind = '{kind}' and m.entity_id = {row}.id)"

AREA_FIGURES = f"""
    select f.*, a.title as article_title, a.published, a.source, {FIRST_MENTION.format(kind='figure', row='f')} as mention
    from figures f join articles a on a.id = f.article_id and a.duplicate_of is null and a.relevant = 1
    where f.same_as is null and f.id in {AREA_FIGURE_IDS}
    order by a.published desc, f.start limit 40"""

AREA_CONTRACTS = f"""
    select f.*, ap.provider_id, a.title as article_title, a.published, {FIRST_MENTION.format(kind='figure', row='f')} as mention
    from figures f join articles a on a.id = f.article_id and a.duplicate_of is null and a.relevant = 1
    join article_providers ap on ap.article_id = a.id
    where f.kind = 'contract value' and f.unit = 'GBP' and f.same_as is null
      and a.id in (select article_id from article_areas where area_id = :id)
    order by a.published"""

AREA_QUOTES = f"""
    select q.*, a.title, a.published, pe.roles, pe.organisations, {FIRST_MENTION.format(kind='quote', row='q')} as mention
    from quotes q join articles a on a.id = q.article_id and a.duplicate_of is null
    left join people pe on pe.id = q.person_id
    where q.kind = 'direct' and a.id in (select article_id from article_areas where area_id = :id)
    order by a.published desc limit 20"""

AREA_ARTICLES = """
    select a.id, a.title, a.published, a.source from article_areas aa join articles a on a.id = aa.article_id
    where aa.area_id = :id and a.relevant = 1 and a.duplicate_of is null order by a.published desc limit 30"""

AREA_CHART = f"""
    select substr(a.published, 1, 4) as year, max(f.value) as value
    from figures f join articles a on a.id = f.article_id and a.duplicate_of is null
    where f.id in {AREA_FIGURE_IDS} and f.counted = 'people in treatment' and f.unit = 'count'
      and f.same_as is null and a.published is not null
    group by year order by year"""

# the home page's areas and providers: those in the latest relevant articles, most recent first
# (bounded, so the front door stays fast on a large archive)
# (`+relevant = 1 and +duplicate_of is null` is the news view's condition, word for word: it reads
# the view's partial index on published, not every article row)
RECENT_WINDOW = """(select id, published from articles where +relevant = 1 and +duplicate_of is null
                    order by published desc limit 3000)"""
HOME_AREAS = f"""
    select ar.code, ar.name, count(*) as articles, max(a.published) as latest
    from {RECENT_WINDOW} a join article_areas aa on aa.article_id = a.id join areas ar on ar.id = aa.area_id
    group by ar.id order by latest desc, ar.name limit 60"""
HOME_PROVIDERS = f"""
    select p.slug, p.name, count(*) as articles, max(a.published) as latest
    from {RECENT_WINDOW} a join article_providers ap on ap.article_id = a.id join providers p on p.id = ap.provider_id
    group by p.id order by articles desc, p.name limit 40"""

FEED_ARTICLES = """
    select a.id, a.title, a.published, a.first_seen, a.source, substr(a.text, 1, 600) as content
    from articles a where a.relevant = 1 and a.duplicate_of is null
      and (:area is null or a.id in (select article_id from article_areas where area_id = :area))
      and (:provider is null or a.id in (select article_id from article_providers where provider_id = :provider))
    order by coalesce(a.published, a.first_seen) desc limit 50"""

FEED_QUOTES = """
    select q.id, q.text, q.speaker, q.speaker_role, a.id as article_id, a.title, a.published, a.first_seen
    from quotes q join articles a on a.id = q.article_id and a.duplicate_of is null
    where q.kind = 'direct'
      and (:area is null or a.id in (select article_id from article_areas where area_id = :area))
      and (:provider is null or a.id in (select article_id from article_providers where provider_id = :provider))
    order by coalesce(a.published, a.first_seen) desc limit 50"""

# search: `match` gets fts.fts_query(q); facets narrow by area, provider, source, year and kind
SEARCH_FILTERS = """
      and (:area = '' or a.id in (select aa.article_id from article_areas aa join areas ar on ar.id = aa.area_id where ar.code = :area))
      and (:provider = '' or a.id in (select ap.article_id from article_providers ap join providers p on p.id = ap.provider_id where p.slug = :provider))
      and (:source = '' or a.source = :source)
      and (:year = '' or a.year = :year)
      and (:kind = '' or a.kind = :kind)"""

# A search runs its match once: the ids of the best FACET_SAMPLE articles, ranked (the page shows
# the first 50 and the facets count all of them), in `:ids` as a JSON array for what follows.
# FTS5 computes bm25 for every match before it sorts; a word in a tenth of a two-million-article
# archive is 200,000 scores. So an unnarrowed search ranks the RANK_WINDOW most recently stored
# matches (FTS5 reads them in rowid order without scoring): a rarer word is ranked over all its
# matches. Chosen facets narrow the matches first, and then every match is ranked.
FACET_SAMPLE = 2000
RANK_WINDOW = 20000
RECENT_MATCHES = f"""
      and articles_fts.rowid >= (select coalesce(min(rowid), 0) from (
          select rowid from articles_fts where articles_fts match :match order by rowid desc limit {RANK_WINDOW}))"""
RANKED_ARTICLES = f"""
    select a.id from articles_fts join articles a on a.id = articles_fts.rowid
    where articles_fts match :match and a.duplicate_of is null {{filters}} {{window}}
    order by articles_fts.rank limit {FACET_SAMPLE}"""
# with nothing typed, the latest 3,000 articles (the whole archive would be slow to count)
RECENT_ARTICLES = """select a.id from articles a where +a.relevant = 1 and +a.duplicate_of is null {filters}
                     order by a.published desc limit 3000"""
PAGE_OF_IDS = "(select value as id, key as place from json_each(:ids) where key < 50)"
# snippets only for the page shown: one FTS lookup by rowid each
SEARCH_HITS = f"""
    select a.id, a.title, a.published, a.source, a.kind, a.url,
           (select snippet(articles_fts, 1, char(2), char(3), '…', 24) from articles_fts
            where articles_fts match :match and rowid = a.id) as snippet
    from {PAGE_OF_IDS} page join articles a on a.id = page.id order by page.place"""
RECENT = f"""
    select a.id, a.title, a.published, a.source, a.kind, a.url, substr(a.text, 1, 240) as snippet
    from {PAGE_OF_IDS} page join articles a on a.id = page.id order by page.place"""

SEARCH_QUOTES = """
    with hits as (select rowid, rank, snippet(quotes_fts, 0, char(2), char(3), '…', 40) as snippet
                  from quotes_fts where quotes_fts match :match)
    select q.id, q.speaker, q.speaker_role, q.person_id, a.id as article_id, a.title, a.published, a.source, a.kind, a.url,
           hits.snippet, {mention} as mention
    from hits join quotes q on q.id = hits.rowid join articles a on a.id = q.article_id
    where a.duplicate_of is null {filters} order by hits.rank limit 50""".replace(
    "{mention}", FIRST_MENTION.format(kind="quote", row="q"))

RECENT_QUOTES = """
    select q.id, q.speaker, q.speaker_role, q.person_id, a.id as article_id, a.title, a.published, a.source, a.kind, a.url,
           q.text as snippet, {mention} as mention
    from quotes q join articles a on a.id = q.article_id
    where q.kind = 'direct' and a.duplicate_of is null {filters} order by a.published desc limit 50""".replace(
    "{mention}", FIRST_MENTION.format(kind="quote", row="q"))

# facet counts over the ids a search found (not only the page shown): {matches} is their SQL
FACETS = {
    "area": """select ar.code as value, ar.name as label, count(*) as n from ({matches}) m
               join article_areas aa on aa.article_id = m.id and aa.is_primary = 1 join areas ar on ar.id = aa.area_id
               group by ar.id order by n desc limit 12""",
    "provider": """select p.slug as value, p.name as label, count(*) as n from ({matches}) m
                   join article_providers ap on ap.article_id = m.id join providers p on p.id = ap.provider_id
                   group by p.id order by n desc limit 12""",
}
# source, year and kind are counted from one read of the matched articles' rows
ARTICLE_FACETS = ("source", "year", "kind")
MATCHED_ARTICLES = "select a.source, a.year, a.kind from ({matches}) m join articles a on a.id = m.id"
MATCHED = "select value as id from json_each(:ids)"
MATCHING_QUOTES = f"""select distinct a.id from quotes_fts join quotes q on q.id = quotes_fts.rowid join articles a on a.id = q.article_id
                     where quotes_fts match :match and a.duplicate_of is null {{filters}} limit {FACET_SAMPLE}"""
RECENT_QUOTE_ARTICLES = """select distinct a.id from quotes q join articles a on a.id = q.article_id
                           where q.kind = 'direct' and a.duplicate_of is null {filters} order by a.published desc limit 3000"""
