from recoverywatch.crawler.scope import base_path, in_scope

START = ["https://news.example.gov.uk/news/"]


def test_stays_on_host_and_under_path():
    assert in_scope("https://news.example.gov.uk/news/2024/story", START)
    assert not in_scope("https://news.example.gov.uk/jobs/vacancy", START)
    assert not in_scope("https://other.example.org/news/story", START)


def test_skips_assets_and_share_links():
    assert not in_scope("https://news.example.gov.uk/news/photo.jpg", START)
    assert not in_scope("https://news.example.gov.uk/news/story?share=facebook", START)
    assert not in_scope("mailto:press@example.gov.uk", START)


def test_committee_pdfs_anywhere_on_the_host():
    start = ["https://democracy.example.gov.uk/mgListCommittees.aspx"]
    assert base_path(start[0]) == "/"
    assert in_scope("https://democracy.example.gov.uk/documents/s123/Report.pdf", start, allow_pdf_anywhere_on_host=True)


def test_section_pages_are_the_home_page_and_the_start_pages():
    from recoverywatch.crawler.scope import is_section

    assert is_section("https://news.example.gov.uk/", START)
    assert is_section("https://news.example.gov.uk/news", START)
    assert is_section("https://news.example.gov.uk/news/", START)
    assert not is_section("https://news.example.gov.uk/news/2024/story", START)
    assert not is_section("https://news.example.gov.uk/news/?page=2", START)
    assert not is_section("http://[::1", START)


def test_malformed_addresses_are_never_in_scope():
    assert not in_scope("http://[::1", START)
    assert not in_scope("https://news.example.gov.uk:99999/news/story", START)
    assert in_scope("http://news.example.gov.uk/news/story", START)  # http and https are one site
    assert not in_scope("https://news.example.gov.uk:8443/news/story", START)
