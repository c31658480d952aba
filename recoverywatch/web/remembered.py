"""Counts on a published copy are worked out once.

A file served immutable (a read-only published copy) cannot change while it is served, so a
table's row count and its facet counts are the same for every reader. Counting the news view's
facets reads every relevant article, and at two million articles that is seconds; here the
first reader's counts are remembered for the next ones, and so are the rows of recoverywatch's
own pages (an area's timeline reads every article about the area). Only the count and facet
queries Datasette and recoverywatch's facets generate and the pages' own queries are
remembered, never the results of a reader's own SQL, and never on a file a crawl may still be
writing."""
import json
import re
from collections import OrderedDict

# Datasette's table count ("select count(*) from ...") and its facets' "count(*) as count from ("
COUNTS = re.compile(r"^\s*select count\(\*\) from |count\(\*\) as count from \(", re.I)
# a value that may differ between two runs of the same SQL on the same file
VOLATILE = re.compile(r"random|'now'|current_(date|time)|julianday\(\s*\)", re.I)
ENTRIES = 1000


def _key(sql, params, truncate):
    return sql, json.dumps(params, sort_keys=True, default=str), truncate


def keep(memory, key, value):
    """Remember `value`, forgetting the least recently used entry beyond ENTRIES."""
    memory[key] = value
    memory.move_to_end(key)
    if len(memory) > ENTRIES:
        memory.popitem(last=False)
    return value


async def rows_once(memory, sql, params, run):
    """The rows of one of recoverywatch's own page queries (an area's timeline, a search's
    facets ...) on a published copy: run once, then copies of them (pages add keys to rows)."""
    key = ("page", *_key(sql, params, False))
    if key not in memory:
        keep(memory, key, await run())
    memory.move_to_end(key)
    return [dict(r) for r in memory[key]]


def remember_counts(database):
    """Wrap `database.execute` (a Datasette Database served immutable) so count and facet
    queries are answered from memory after their first run. A remembered count is worked out
    under the SQL time limit, not the shorter facet limit: it is paid for once."""
    run = database.execute
    memory = OrderedDict()

    async def execute(sql, params=None, truncate=False, custom_time_limit=None, page_size=None, log_sql_errors=True):
        if not COUNTS.search(sql) or VOLATILE.search(sql):
            return await run(sql, params, truncate=truncate, custom_time_limit=custom_time_limit,
                             page_size=page_size, log_sql_errors=log_sql_errors)
        key = _key(sql, params, truncate)
        if key in memory:
            memory.move_to_end(key)
            return memory[key]
        return keep(memory, key, await run(sql, params, truncate=truncate, page_size=page_size,
                                           log_sql_errors=log_sql_errors))

    database.execute = execute
    return memory
