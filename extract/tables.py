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


def headed_cells(text, label, spread=None):
    """(start, end, mark) of each body cell whose column heading `label` marks: `label(heading)` gives
    the mark (a scale, a denominator, True) or something false for a column of no interest.
    With `spread`, a mark on the row labels' heading alone ("Item (£000) | 2017/18 | 2018/19", as
    finance tables write it) marks every other column whose heading `spread` accepts."""
    if "|" not in text:
        return
    marks = {}
    for cells, first in table_lines(text):
        if first:
            marks = {i: mark for i, (a, b) in enumerate(cells) if (mark := label(text[a:b].strip()))}
            if spread and len(cells) > 1 and list(marks) == [0]:
                marks = {i: marks[0] for i, (a, b) in enumerate(cells[1:], 1) if spread(text[a:b].strip())}
            continue
        for i, mark in marks.items():
            if i < len(cells):
                yield (*cells[i], mark)


def column_heading(text, pos):
    """The heading of the table column the character at pos sits in, or None outside a table's body."""
    return next((heading for a, b, heading in headed_cells(text, lambda h: h or None) if a <= pos < b), None)
