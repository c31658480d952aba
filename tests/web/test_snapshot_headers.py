"""How an archived copy is served (recoverywatch/web/snapshot_headers.py)."""
from recoverywatch.web.snapshot_headers import response_parts


def snap(content_type, version=2):
    return {"content_type": content_type, "version": version, "url": "https://paper.example.co.uk/news/1",
            "fetched_at": "2024-05-01T09:30:00+00:00"}


def test_html_keeps_its_type_and_runs_no_script_and_fetches_nothing():
    content_type, headers = response_parts(snap("text/html; charset=windows-1252"), 7)
    assert content_type == "text/html; charset=windows-1252"
    csp = headers["Content-Security-Policy"]
    assert csp.startswith("sandbox;") and "default-src 'none'" in csp and "script-src" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Disposition"] == 'inline; filename="article-7-v2.html"'
    assert headers["Memento-Datetime"] == "Wed, 01 May 2024 09:30:00 GMT"
    assert headers["Link"] == '<https://paper.example.co.uk/news/1>; rel="original"'
    assert "immutable" in headers["Cache-Control"]  # version 2 of article 7 never changes
    assert "immutable" not in response_parts(snap("text/html"), 7, latest=True)[1]["Cache-Control"]


def test_a_pdf_is_shown_as_a_pdf():
    content_type, headers = response_parts(snap("application/pdf"), 3)
    assert content_type == "application/pdf"
    assert headers["Content-Disposition"] == 'inline; filename="article-3-v2.pdf"'
    assert headers["X-Content-Type-Options"] == "nosniff" and "Content-Security-Policy" not in headers


def test_a_type_a_browser_could_run_as_a_document_is_only_offered_as_a_download():
    for claimed in ("image/svg+xml", "text/xml", "application/javascript", None):
        content_type, headers = response_parts(snap(claimed), 1)
        assert content_type == "application/octet-stream", claimed
        assert headers["Content-Disposition"].startswith("attachment;") and "sandbox" in headers["Content-Security-Policy"]
