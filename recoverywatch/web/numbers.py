"""Numbers as a reader writes them: £13m, £310,000, 9.5%, 1,739 (never 10000000.0)."""


def _trim(x: float, places: int) -> str:
    text = f"{x:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def plain(value) -> str:
    """1739.0 -> '1,739'; 2.25 -> '2.25'; None -> ''."""
    if value is None or value == "":
        return ""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{x:,.0f}" if x == int(x) else _trim(x, 2)


def money(value) -> str:
    """Pounds the way UK councils and papers print them: £22m, £3.4m, £1.2bn, £310,000."""
    if value is None or value == "":
        return ""
    x = float(value)
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(x) >= size:
            return f"£{_trim(x / size, 1)}{suffix}"
    return f"£{plain(x)}"


def figure(value, unit=None) -> str:
    """A stored figure (value, unit) as text."""
    if unit == "GBP":
        return money(value)
    if unit == "percent":
        return "" if value is None else f"{_trim(float(value), 1)}%"
    return plain(value)
