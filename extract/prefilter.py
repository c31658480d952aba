"""The words a regular expression cannot match without: a pattern whose text holds none of them
is not run at all. Python's re tries a pattern that opens with a word boundary or a list of
words at every character, which costs far more than a substring test (the relevance terms
are 45 such patterns, run on every paragraph)."""
try:
    from re import _constants as C, _parser as parser  # Python 3.11+
except ImportError:  # an older or newer re: no prefilter, every pattern runs
    C = parser = None

MIN_LENGTH = 3  # shorter runs ("in", "to") are in nearly every paragraph: no help


def required_literals(pattern: str) -> frozenset | None:
    """Strings one of which every match of `pattern` contains, or None where that cannot be said
    (a case-insensitive pattern, a part with no literal run of MIN_LENGTH characters)."""
    if parser is None:
        return None
    try:
        parsed = parser.parse(pattern)
    except Exception:  # noqa: BLE001 - a pattern re itself would reject is not ours to judge here
        return None
    if parsed.state.flags & C.SRE_FLAG_IGNORECASE:
        return None
    return _sequence(list(parsed))


def _sequence(items) -> frozenset | None:
    """The best of the required sets of a sequence's parts: every part must match."""
    options, run = [], []

    def close_run():
        if len(run) >= MIN_LENGTH:
            options.append(frozenset({"".join(run)}))
        run.clear()

    for op, arg in items:
        if op is C.LITERAL:
            run.append(chr(arg))
            continue
        close_run()
        found = _item(op, arg)
        if found:
            options.append(found)
    close_run()
    # the set whose shortest string is longest is the rarest in text
    return max(options, key=lambda s: min(map(len, s)), default=None)


def _item(op, arg) -> frozenset | None:
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, items = arg
        if add_flags & C.SRE_FLAG_IGNORECASE:
            return None  # "(?i:chief executive)": any case, so no string it must hold as written
        return _sequence(list(items))
    if op is C.BRANCH:
        sets = [_sequence(list(branch)) for branch in arg[1]]
        return None if any(s is None for s in sets) else frozenset().union(*sets)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
        return _sequence(list(arg[2]))
    return None  # an optional part, a lookaround, a class: nothing it must hold


def may_match(literals: frozenset | None, text: str) -> bool:
    """False only where the pattern cannot match `text`."""
    return literals is None or any(s in text for s in literals)
