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
