"""recoverywatch.web.links: addresses from outside are linked only when a click cannot run script."""
import pytest

from recoverywatch.web.links import safe_href


@pytest.mark.parametrize("url", [
    "https://www.example.gov.uk/news/drug-service?id=3", "http://127.0.0.1:8001/a", "HTTPS://EXAMPLE.ORG/",
    "/article/3", "article/3#m2", "//cdn.example.org/x", "?q=a:b", "&#106;avascript:alert(1)",
])
def test_http_and_relative_addresses_are_kept(url):
    assert safe_href(url) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "\x01javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)", "file:///etc/passwd", "jar:http://x!/", "java script:alert(1)",
])
def test_other_schemes_are_dropped(url):
    assert safe_href(url) == ""


def test_nothing_is_nothing():
    assert safe_href(None) == "" and safe_href("") == ""


def test_the_pages_link_an_outside_address_only_through_the_filter():
    """Every template href that prints a stored URL goes through rw_href."""
    import re
    from importlib.resources import files
    templates = files("recoverywatch.web").joinpath("templates")
    raw = [(t.name, m) for t in templates.iterdir() if t.name.endswith(".html")
           for m in re.findall(r'href="\{\{ (\w+\.\w*url[\w|]*) \}\}"', t.read_text("utf-8"))]
    assert raw and all(expr.endswith("|rw_href") for _, expr in raw), raw
