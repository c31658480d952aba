"""Stored mentions turned into nested highlight events for the article page."""

KIND_ORDER = {"quote": 0, "provider": 1, "service": 2, "area": 3, "person": 4, "figure": 5}


def nest_mentions(text, marks):
    """Render-ready events for `text` with every mark kept: ("text", piece, None),
    ("open", mark, href) and ("close", mark, href). Marks are dicts with start, end, kind
    and an optional href.

    Marks nest (a figure inside a quote, a district inside its county's mark on the same
    words); where two cross, the inner one is closed and reopened, so no mark is dropped.
    A link inside a link is not valid HTML, so only the outermost linked mark links."""
    events = []
    valid = [m for m in marks if 0 <= m["start"] < m["end"] <= len(text)]
    bounds = sorted({0, len(text), *(m["start"] for m in valid), *(m["end"] for m in valid)})

    def order(m):  # outermost first
        return (m["start"], -m["end"], KIND_ORDER.get(m["kind"], 9), m.get("id") or 0)
    stack = []  # (mark, href it opened with)
    for lo, hi in zip(bounds, bounds[1:]):
        covering = sorted((m for m in valid if m["start"] <= lo and hi <= m["end"]), key=order)
        keep = 0
        while keep < len(stack) and keep < len(covering) and stack[keep][0] is covering[keep]:
            keep += 1
        while len(stack) > keep:
            events.append(("close", *stack.pop()))
        for m in covering[keep:]:
            linked = any(href for _, href in stack)
            href = None if linked else m.get("href")
            events.append(("open", m, href))
            stack.append((m, href))
        events.append(("text", text[lo:hi], None))
    while stack:
        events.append(("close", *stack.pop()))
    return events
