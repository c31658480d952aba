"""finditer for a pattern that opens with a long list of words, which the re engine tries at
every character of a text: tried instead only round the hits of a cheap pattern that every
match must hold (its anchor), with the same matches as a scan of the whole text."""
REACH = 200  # well beyond how far any match runs from its anchor, lookarounds included


def finditer(rx, text, anchor, reach=REACH):
    """rx.finditer(text), where every match of rx holds a match of `anchor` and runs at most `reach`
    characters beyond it either side. Windows that touch are merged, so that no match is found
    twice or cut short; a lookbehind still sees the text before its window."""
    lo = hi = None
    for a in anchor.finditer(text):
        start, end = max(0, a.start() - reach), min(len(text), a.end() + reach)
        if hi is not None and start > hi:
            yield from rx.finditer(text, lo, hi)
            lo = None
        lo, hi = (start if lo is None else lo), end
    if lo is not None:
        yield from rx.finditer(text, lo, hi)
