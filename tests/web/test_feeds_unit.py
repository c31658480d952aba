"""Atom feeds: valid (the RFC 4287 required elements) with no entries and with some."""
import xml.etree.ElementTree as ET

from recoverywatch.web.feeds import atom

NS = {"a": "http://www.w3.org/2005/Atom"}


def _check(xml):
    root = ET.fromstring(xml)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for tag in ("id", "title", "updated", "author/a:name"):
        assert root.find(f"a:{tag}", NS) is not None and root.find(f"a:{tag}", NS).text, tag
    for entry in root.findall("a:entry", NS):
        for tag in ("id", "title", "updated"):
            assert entry.find(f"a:{tag}", NS).text, tag
        assert entry.find("a:link", NS).get("href")
    return root


def test_an_empty_feed_is_valid_atom():
    root = _check(atom("http://x/feed", "News in Nowhere", "http://x/feed", "http://x/", []))
    assert root.findall("a:entry", NS) == []


def test_entries_are_dated_by_publication_and_link_to_our_pages():
    root = _check(atom("http://x/feed", "News", "http://x/feed", "http://x/", [
        {"id": "http://x/article/1", "title": "One", "link": "http://x/article/1", "published": "2024-03-01", "content": "text"},
        {"id": "http://x/article/2", "title": None, "link": "http://x/article/2", "published": None, "content": ""}]))
    entries = root.findall("a:entry", NS)
    assert entries[0].find("a:updated", NS).text.startswith("2024-03-01")
    assert root.find("a:updated", NS).text.startswith("2024-03-01")
    assert [e.find("a:link", NS).get("href") for e in entries] == ["http://x/article/1", "http://x/article/2"]
