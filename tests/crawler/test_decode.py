"""Page bytes as servers really send them become the text a reader sees."""
import codecs

from recoverywatch.crawler import decode
from recoverywatch.crawler.page import MAX_LINKS, MAX_PAGE_BYTES, analyse, over_budget

SENTENCE = "The council will spend £2.4m on the new recovery service – “a lifeline”, said the cabinet member."


def html(body):
    return f"<html><head><title>Service</title></head><body><main>{body}</main></body></html>"


def test_utf16_and_utf32_pages_with_a_byte_order_mark_are_text():
    for encoding in ("utf-16", "utf-16-be", "utf-32", "utf-8-sig"):
        body = html(SENTENCE).encode(encoding)
        if encoding == "utf-16-be":
            body = codecs.BOM_UTF16_BE + body
        assert decode.looks_like_text(body) or encoding == "utf-8-sig"
        assert SENTENCE in decode.page_text(body, "text/html"), encoding


def test_a_byte_order_mark_wins_over_a_wrong_declaration():
    body = html(SENTENCE).encode("utf-16")
    assert SENTENCE in decode.page_text(body, "text/html; charset=iso-8859-1")


def test_windows_1252_declared_as_utf8_keeps_its_pound_signs_and_quotes():
    body = html(SENTENCE).encode("cp1252")
    assert SENTENCE in decode.page_text(body, "text/html; charset=utf-8")
    assert SENTENCE in decode.page_text(body, None)  # no declaration at all


def test_a_pasted_windows_1252_paragraph_inside_a_utf8_page_is_repaired_and_the_rest_kept():
    body = ("<p>Café culture returns – £5m.</p>".encode("utf-8") + "<p>Costs rose to £3m.</p>".encode("cp1252"))
    assert decode.page_text(body, "text/html; charset=utf-8") == "<p>Café culture returns – £5m.</p><p>Costs rose to £3m.</p>"


def test_utf8_declared_as_latin1_is_not_turned_into_mojibake():
    body = html(SENTENCE).encode("utf-8")
    text = decode.page_text(body, "text/html; charset=ISO-8859-1")
    assert SENTENCE in text and "Â£" not in text


def test_other_declared_encodings_are_honoured():
    body = html("Ціна послуги").encode("koi8-u")
    assert "Ціна послуги" in decode.page_text(body, "text/html; charset=koi8-u")


def test_an_unknown_charset_falls_back_to_utf8():
    assert "£2" in decode.page_text("<p>£2</p>".encode(), "text/html; charset=x-made-up")


def test_control_characters_and_noncharacters_are_removed_but_line_breaks_kept():
    text = decode.page_text("<p>Drug\x1b[0m services\x07 in\ufffe\x85 Leeds\n\tand York\r</p>".encode())
    assert text == "<p>Drug[0m services in Leeds\n\tand York\r</p>"


def test_a_story_with_a_control_character_is_still_an_article():
    paragraphs = "".join(f"<p>{SENTENCE} The hub opens in spring with eight new staff.\x1b Part {i}.</p>"
                         for i in range(5))
    text = decode.page_text(html(f"<article><h1>Hub opens</h1>{paragraphs}</article>").encode())
    result = analyse("https://example.org/news/hub-opens", text)
    assert result.is_article, result.reason
    assert "£2.4m" in result.text


def test_pages_over_the_size_or_link_budget_are_refused_before_parsing():
    assert over_budget(html(SENTENCE).encode()) is None
    assert over_budget(b"<p>" + b"x" * MAX_PAGE_BYTES + b"</p>")[0] == "too_large"
    links = "".join(f'<a href="/n/{i}">{i}</a>' for i in range(MAX_LINKS + 1)).encode()
    assert over_budget(links)[0] == "too_many_links"
    assert over_budget(links[: links.index(b'<a href="/n/100"')]) is None
    assert over_budget(b"<abbr>NHS</abbr><a\nhref='/x'>x</a>" * 10) is None
