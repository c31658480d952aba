from recoverywatch.web.highlights import nest_mentions


def render(text, marks):
    """Bracket notation of the events: [kind ...] for each mark, links as {...}."""
    out = []
    for event, item, href in nest_mentions(text, marks):
        if event == "text":
            out.append(item)
        elif event == "open":
            out.append(f"[{item['kind']}" + ("{" if href else "") + " ")
        else:
            out.append(("}" if href else "") + "]")
    return "".join(out)


def test_every_mark_is_kept_and_nested():
    text = "She said: “Leeds needs £2m now.” Then Leeds agreed."
    q0, q1 = text.index("“") + 1, text.index("”")
    marks = [
        {"id": 1, "kind": "quote", "start": q0, "end": q1},
        {"id": 2, "kind": "area", "start": text.index("Leeds"), "end": text.index("Leeds") + 5, "href": "/area/LDS"},
        {"id": 3, "kind": "figure", "start": text.index("£2m"), "end": text.index("£2m") + 3},
        {"id": 4, "kind": "area", "start": text.rindex("Leeds"), "end": text.rindex("Leeds") + 5, "href": "/area/LDS"},
    ]
    assert render(text, marks) == "She said: “[quote [area{ Leeds}] needs [figure £2m] now.]” Then [area{ Leeds}] agreed."
    opened = [item["id"] for event, item, _ in nest_mentions(text, marks) if event == "open"]
    assert sorted(opened) == [1, 2, 3, 4]


def test_same_span_marks_nest_and_only_the_outer_one_links():
    text = "Redditch residents"
    marks = [{"id": 1, "kind": "area", "start": 0, "end": 8, "href": "/area/WOR"},
             {"id": 2, "kind": "area", "start": 0, "end": 8, "href": "/area/RED"}]
    assert render(text, marks) == "[area{ [area Redditch]}] residents"


def test_crossing_marks_are_split_not_dropped():
    text = "abcdefgh"
    marks = [{"id": 1, "kind": "quote", "start": 0, "end": 5}, {"id": 2, "kind": "person", "start": 3, "end": 8}]
    events = nest_mentions(text, marks)
    assert "".join(item for event, item, _ in events if event == "text") == text
    assert {item["id"] for event, item, _ in events if event == "open"} == {1, 2}
    assert render(text, marks) == "[quote abc[person de]][person fgh]"


def test_marks_outside_the_text_are_ignored():
    assert render("short", [{"id": 1, "kind": "area", "start": 3, "end": 40}]) == "short"
