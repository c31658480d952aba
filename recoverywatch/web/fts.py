"""Reader input to an SQLite FTS5 query: words, never syntax.

People type `Stoke-on-Trent`, `BAC O'Connor`, `£3.4m` or `Change, Grow, Live`; as raw FTS5
these are column filters, bad syntax or operators. Each run of letters and digits joined by
hyphens, apostrophes or decimal points becomes one quoted phrase (the tokenizer splits it
the same way), and phrases are ANDed. Nothing typed is ever parsed as FTS syntax."""
import re

# a "word group": word characters joined by ' ’ - . (Stoke-on-Trent, O'Connor, 3.4m)
GROUP = re.compile(r"\w+(?:[-'’.]\w+)*")
WORD = re.compile(r"\w+")
MAX_PHRASES = 16  # a pasted paragraph is still a query, just a bounded one

NOTHING = '""'  # an FTS5 query that matches no row, for input with no words at all


def fts_query(text) -> str:
    phrases = []
    for group in GROUP.findall(text or ""):
        words = WORD.findall(group)
        phrases.append('"' + " ".join(words) + '"')
    return " ".join(phrases[:MAX_PHRASES]) or NOTHING
