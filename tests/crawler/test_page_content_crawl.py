"""A real crawl of a small council site: template lines learned per source (the first pages
cleaned too) and a committee PDF that takes its meeting page's date and its cover title."""
import functools
import http.server
import sqlite3
import threading

import pytest

from recoverywatch.demo.pdf import pages_pdf
from tests.conftest import run_cli

pytestmark = pytest.mark.slow  # a real crawl in a subprocess against a local server

STRAP = "Find out more about the council's public health services and how to get in touch with them."
TOPICS = ["needle exchange", "recovery café", "naloxone training", "alcohol outreach", "prison release worker",
          "family support group", "residential rehabilitation", "young people's service"]


def _release(i, topic):
    paras = [f"The council has announced a new {topic} scheme for residents, the {i + 1}th change to local "
             f"treatment services this year, after a review of how people find help.",
             f"The {topic} will be run with the county's drug and alcohol service and will open in month {i + 2}, "
             f"with staff trained to offer advice and to book appointments on the spot.",
             f"Councillor number {i} said the {topic} would reach people who had never used the service before "
             f"and that the council would publish figures on its use after a year."]
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + f"<p>{STRAP}</p>" + f"<p>{paras[2]}</p>"
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{topic.capitalize()} scheme | Westmoor Council"
            f"</title><meta name='dcterms.created' content='2024-03-{i + 1:02d}'></head><body>"
            f"<header><a href='/'>Westmoor Council</a></header><main><h1>{topic.capitalize()} scheme announced</h1>"
            f"{body}</main><footer>Westmoor Council, County Hall</footer></body></html>")


def _site(root):
    news = root / "news"
    news.mkdir()
    links = "".join(f"<li><h3><a href='/news/r{i}.html'>{t.capitalize()} scheme announced</a></h3></li>"
                    for i, t in enumerate(TOPICS))
    (news / "index.html").write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>News</title></head>"
                                     f"<body><main><h1>News</h1><ul>{links}</ul></main></body></html>")
    for i, topic in enumerate(TOPICS):
        (news / f"r{i}.html").write_text(_release(i, topic))
    meetings = root / "meetings"
    (meetings / "docs").mkdir(parents=True)
    minutes = " ".join(["The board received the annual report on treatment and recovery services and asked "
                        "officers to report back on waiting times for residential rehabilitation."] * 3)
    (meetings / "index.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Health and Wellbeing Board, 11 July 2024</title>"
        "<meta name='dcterms.date' content='2024-07-11'></head><body><main><h1>Health and Wellbeing Board, "
        f"11 July 2024</h1><p>{minutes}</p><p>{minutes}</p><p>{minutes}</p><h2>Documents</h2><ul><li>"
        "<a href='docs/report.pdf'>Treatment and recovery annual report PDF 1 MB</a></li></ul></main></body></html>")
    header = "Health and Wellbeing Board | 11 July 2024 | Item 6"
    lines = [f"Paragraph {n}: the partnership reported that {1000 + n} adults were in structured treatment "
             f"during the year, and waiting times fell." for n in range(15)]
    (meetings / "docs" / "report.pdf").write_bytes(pages_pdf(
        [["Treatment and recovery: annual report 2023/24", *lines[:5], "Page 1 of 3"],
         [header, *lines[5:10], "Page 2 of 3"], [header, *lines[10:], "Page 3 of 3"]],
        title="Microsoft Word - HWB 11-07-24 item 6 v2.docx"))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    _site(root)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    work = tmp_path_factory.mktemp("crawl")
    (work / "sources.toml").write_text(
        f'[[source]]\nname = "council"\nkind = "council"\nstart_urls = ["{base}/news/"]\n\n'
        f'[[source]]\nname = "committees"\nkind = "committee"\nstart_urls = ["{base}/meetings/"]\n\n'
        '[crawler]\ndownload_delay = 0\n')
    db = work / "t.db"
    try:
        result = run_cli("crawl", "--no-extract", "--sources", work / "sources.toml", "--db", db)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-2000:]
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    yield con
    con.close()


def test_a_line_every_release_repeats_is_learned_and_left_out_of_every_release(crawled):
    texts = [r["text"] for r in crawled.execute("select text from articles where source = 'council'")]
    assert len(texts) == len(TOPICS)
    assert not [t for t in texts if STRAP in t]  # the first pages too, cleaned at the end of the crawl
    assert all("would reach people who had never used the service" in t for t in texts)
    (row,) = crawled.execute("select pages, example from source_furniture where source = 'council' and example = ?",
                             [STRAP])
    assert row["pages"] == len(TOPICS)


def test_committee_pdf_takes_its_cover_title_and_the_meeting_pages_date(crawled):
    (pdf,) = crawled.execute("select * from articles where url like '%report.pdf'")
    assert pdf["title"] == "Treatment and recovery: annual report 2023/24"
    assert pdf["published"] == "2024-07-11"
    assert pdf["document_of"].endswith("/meetings/")
    assert "Page 1 of 3" not in pdf["text"] and "Item 6" not in pdf["text"]
    assert all(f"Paragraph {n}:" in pdf["text"] for n in range(15))  # body lines alike but for digits stay
