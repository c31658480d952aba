"""Tables written as text, one row to a line with cells between "|" ("Service | Provider | Value"):
the rows of a table and the heading of the column a cell sits in."""
import re

TABLE_LINE = re.compile(r"^[^\n|]*(?:\|[^\n|]*)+$", re.M)


def table_lines(text):
    """(cells, first) for each line of a "|" table: its cells' offsets, and whether it opens a table
    (blank lines may stand between the rows of one table, as a paragraph-per-line text writes them)."""
    last_end = -1
    for m in TABLE_LINE.finditer(text):
        cells = [(m.start() + c.start(), m.start() + c.end()) for c in re.finditer(r"[^|]+", m.group(0))]
        yield cells, last_end < 0 or bool(text[last_end:m.start()].strip())
        last_end = m.end()


def column_heading(text, pos):
    """The heading of the table column the character at pos sits in, or None outside a table's body."""
    if "|" not in text:
        return None
    heading = None
    for cells, first in table_lines(text):
        if cells[0][0] > pos:
            return None
        if first:
            heading = cells
        for i, (a, b) in enumerate(cells):
            if a <= pos < b:
                if first or i >= len(heading):
                    return None
                return text[heading[i][0]:heading[i][1]].strip()
    return None
