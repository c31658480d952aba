"""A Datasette facet for a column that holds a JSON list of names (the news view's providers).

Datasette's own array facet de-duplicates by every column of every row (`distinct value,
inner.*`), which reads each article's whole text: seconds on a large archive. The lists here
never repeat a name, so counting the list items is enough, and it reads only the one column.
Its links narrow with Datasette's own `COLUMN__arraycontains=NAME` filter."""
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

COUNT = """select j.value as value, count(*) as count from ({sql}) as listed, json_each(listed.{col}) j
           group by j.value order by count desc, value limit {limit}"""


class ListFacet(Facet):
    type = "list"  # metadata: facets: [{list: providers}]; in a URL: ?_facet_list=providers

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for config in self.get_configs():
            column = config["config"].get("column") or config["config"]["simple"]
            sql = COUNT.format(sql=self.sql, col=escape_sqlite(column), limit=size + 1)
            try:
                found = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                              custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            arg = f"{column}__arraycontains"
            values = []
            for row in found.rows[:size]:
                value = str(row["value"])
                selected = (arg, value) in pairs
                path = (path_with_removed_args(self.request, {arg: value}) if selected
                        else path_with_added_args(self.request, {arg: value}))
                values.append({"value": value, "label": value, "count": row["count"], "selected": selected,
                               "toggle_url": self.ds.absolute_url(self.request, path)})
            results.append({"name": column, "type": self.type, "results": values,
                            "hideable": config["source"] != "metadata", "truncated": len(found.rows) > size,
                            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_list": column}))})
        return results, timed_out
