"""Backfill from web archives: reading WARC records (crawler.warc) and `recoverywatch import-warc`."""
import gzip
import io
import json
import sqlite3
import urllib.request

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from recoverywatch.crawler import warc
from recoverywatch.demo.pdf import text_pdf
from recoverywatch.demo.server import DemoSite
from tests.conftest import run_cli

COUNCIL = "https://www.northshire.gov.uk/news/"
PAPER = "https://www.valley-gazette.co.uk/news/"
COMMITTEES = "https://democracy.northshire.gov.uk/"
SOURCES = f"""
[[source]]
name = "northshire-council"
kind = "council"
start_urls = ["{COUNCIL}"]

[[source]]
name = "valley-gazette"
kind = "press"
start_urls = ["{PAPER}"]

[[source]]
name = "northshire-committees"
kind = "committee"
start_urls = ["{COMMITTEES}"]
"""


def story(title, sentences, date="2023-03-14", encoding="utf-8"):
    """An article page as a council or paper prints one: headline, date, several paragraphs."""
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    charset = f"<meta charset='{encoding}'>" if encoding == "utf-8" else ""  # else only the HTTP header says
    return (f"<!DOCTYPE html><html><head>{charset}<title>{title}</title>"
            f"<meta property='article:published_time' content='{date}T09:00:00Z'></head>"
            f"<body><nav><a href='/'>Home</a></nav><main><article><h1>{title}</h1>"
            f"<time datetime='{date}'>{date}</time>{paragraphs}</article></main></body></html>").encode(encoding)


HOSTEL = [
    "The county council has agreed to extend its contract for adult drug and alcohol treatment with a "
    "local charity for a further two years while it reviews how the service is organised.",
    "Councillors heard that the number of adults starting treatment for alcohol alone rose by a fifth in "
    "the last year, and that waiting times for a first appointment had fallen to under three weeks.",
    "The cabinet member for public health said the extension would give people in recovery and their "
    "families stability while the council consults residents on what the service should look like.",
    "A report to the cabinet says the extension is worth about one million pounds a year and is paid "
    "for from the public health grant that the council receives from central government each year.",
]
NALOXONE = [
    "Pharmacies across the valley will hand out naloxone kits free of charge from next month under a "
    "scheme paid for by the district's public health team and run with the local treatment service.",
    "Naloxone reverses the effects of an opioid overdose for long enough for an ambulance to arrive, "
    "and the scheme's organisers say that family members are often the first people on the scene.",
    "Staff at each pharmacy will be trained to show people how to use the kits, and the service will "
    "follow up with anyone who asks for a kit to offer them an appointment with a recovery worker.",
    "The treatment service said that it had handed out more than four hundred kits from its own hubs "
    "last year and hoped the pharmacies would reach people who never come through its doors.",
]
LISTING = ("<html><head><title>News</title></head><body><main><h1>News</h1>"
           + "".join(f"<article><h3><a href='/news/item-{n}'>Item {n}</a></h3></article>" for n in range(8))
           + "</main></body></html>").encode()
REPORT = ["Report to the Health and Wellbeing Board", "Drug and alcohol treatment: contract extension",
          "The board is asked to note that the treatment contract will be extended for two years.",
          "The number of adults in treatment rose by a fifth in the last year, the report says.",
          "Officers recommend that the extension is agreed while the service is reviewed."] * 3
DECISION = story("Decision: extension of the drug and alcohol treatment contract", HOSTEL[:3] + [
    "The decision was taken by the cabinet member after consultation with officers. "
    "<a href='/documents/report-treatment.pdf'>Report on the treatment contract (PDF)</a>"], date="2023-03-20")


class Archive:
    """Writes WARC records with warcio, gzip per record, and notes where each record starts."""

    def __init__(self, gzipped=True):
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzipped)
        self.starts = []

    def response(self, url, body, status="200 OK", date="2024-01-10T12:00:00Z", headers=(), warc_headers=None,
                 content_type="text/html; charset=utf-8"):
        http = StatusAndHeaders(status, [("Content-Type", content_type), *headers], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                warc_headers_dict={"WARC-Date": date, **(warc_headers or {})})
        self._write(record)

    def revisit(self, url, date="2024-02-10T12:00:00Z"):
        http = StatusAndHeaders("304 Not Modified", [], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "revisit", http_headers=http,
                                                warc_headers_dict={"WARC-Date": date,
                                                                   "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"})
        self._write(record)

    def _write(self, record):
        self.starts.append(self.buffer.tell())
        self.writer.write_record(record)

    def save(self, path, corrupt=None):
        """Write the file; `corrupt`: the index of a record whose gzip member is damaged."""
        data = bytearray(self.buffer.getvalue())
        if corrupt is not None:
            start = self.starts[corrupt]
            data[start + 30:start + 60] = b"\x00" * 30
        path.write_bytes(bytes(data))
        return path


# --- reading records ---------------------------------------------------------------------------

def test_warc_dates_become_the_crawlers_utc_timestamps():
    assert warc.iso_date("2024-05-01T12:00:00Z") == "2024-05-01T12:00:00+00:00"
    assert warc.iso_date("2024-05-01T12:00:00.123456Z") == "2024-05-01T12:00:00+00:00"
    assert warc.iso_date("2024-05-01T13:00:00+01:00") == "2024-05-01T12:00:00+00:00"
    assert warc.iso_date("yesterday") is None and warc.iso_date(None) is None


def test_a_chunked_body_is_joined_and_a_cut_one_is_truncated():
    assert warc.dechunk(b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n") == b"hello world"
    with pytest.raises(warc.Truncated):
        warc.dechunk(b"5\r\nhello\r\n6\r\n wo")


def test_content_encodings_are_undone_within_a_size_limit():
    page = b"<p>" + b"treatment " * 1000 + b"</p>"
    assert warc.decode_content(gzip.compress(page), "gzip", 10**6) == page
    assert len(warc.decode_content(gzip.compress(page), "gzip", 100)) == 100  # a bomb stops at the limit
    with pytest.raises(ValueError):
        warc.decode_content(page, "compress", 10**6)


def test_records_are_read_in_order_and_damage_is_reported_once(tmp_path):
    archive = Archive()
    archive.response(COUNCIL + "one", story("One", HOSTEL))
    archive.response(COUNCIL + "two", story("Two", HOSTEL))
    archive.response(COUNCIL + "three", story("Three", HOSTEL))
    archive.revisit(COUNCIL + "one")
    archive.response(COUNCIL + "gone", b"Not found", status="404 Not Found")
    archive.response(COUNCIL + "moved", b"", status="301 Moved Permanently", headers=[("Location", COUNCIL + "one")])
    archive.response(COUNCIL + "cut", story("Cut", HOSTEL), warc_headers={"WARC-Truncated": "length"})
    archive.response("https://elsewhere.example.com/x", story("Elsewhere", HOSTEL))
    archive.response(COUNCIL + "four", story("Four", HOSTEL), headers=[("ETag", '"v4"')])
    path = archive.save(tmp_path / "mixed.warc.gz", corrupt=1)
    found = list(warc.read_archive(path, wanted=lambda url: "elsewhere" not in url))
    summary = [(type(f).__name__, f.url, getattr(f, "reason", None)) for f in found]
    assert summary == [
        ("ArchivedResponse", COUNCIL + "one", None),
        ("Problem", None, "corrupt_record"),
        ("ArchivedResponse", COUNCIL + "three", None),
        ("Problem", COUNCIL + "one", "revisit"),
        ("Problem", COUNCIL + "gone", "http_error"),
        ("Problem", COUNCIL + "moved", "archived_redirect"),
        ("Problem", COUNCIL + "cut", "truncated"),
        ("ArchivedResponse", COUNCIL + "four", None),
    ]
    last = found[-1]
    assert last.fetched_at == "2024-01-10T12:00:00+00:00" and ("ETag", '"v4"') in last.headers
    assert last.body.startswith(b"<!DOCTYPE html>")


def test_a_file_that_ends_inside_a_record_reports_it_truncated(tmp_path):
    archive = Archive(gzipped=False)
    archive.response(COUNCIL + "one", story("One", HOSTEL))
    archive.response(COUNCIL + "two", story("Two", HOSTEL))
    data = archive.buffer.getvalue()
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:archive.starts[1] + 1500])
    found = [(type(f).__name__, f.url, getattr(f, "reason", None)) for f in warc.read_archive(path)]
    assert found == [("ArchivedResponse", COUNCIL + "one", None), ("Problem", COUNCIL + "two", "truncated")]


# --- import-warc -------------------------------------------------------------------------------

def _rows(db, sql, *args):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


def _mixed_archive(tmp_path):
    archive = Archive()
    archive.response(COUNCIL, LISTING)
    archive.response(COUNCIL + "contract-extended-for-treatment-service", story("Treatment contract extended", HOSTEL),
                     headers=[("ETag", '"hostel-1"'), ("Last-Modified", "Tue, 14 Mar 2023 09:00:00 GMT")])
    priced = [*NALOXONE[:3], NALOXONE[3] + " The scheme costs £45,000 a year."]
    archive.response(PAPER + "naloxone-kits-in-pharmacies.html?utm_source=rss",
                     story("Naloxone kits in pharmacies", priced, encoding="windows-1252"),
                     content_type="text/html; charset=windows-1252", date="2024-01-11T08:30:00Z")
    archive.response("https://www.unrelated-news.example.com/news/story", story("Elsewhere", NALOXONE))
    archive.revisit(COUNCIL + "contract-extended-for-treatment-service")
    archive.response(COUNCIL + "old-page", b"<html><body>Not found</body></html>", status="404 Not Found")
    archive.response(COMMITTEES + "documents/report-treatment.pdf", text_pdf(REPORT, "Treatment contract report"),
                     content_type="application/pdf")
    archive.response(COMMITTEES + "ieDecisionDetails.aspx?ID=77", DECISION)
    archive.response(PAPER + "cut-story.html", story("Cut story", NALOXONE), warc_headers={"WARC-Truncated": "time"})
    archive.response(COUNCIL + "damaged", story("Damaged", HOSTEL))
    archive.response(PAPER + "gzip-story.html", gzip.compress(story("Recovery cafe opens", NALOXONE)),
                     headers=[("Content-Encoding", "gzip")])
    return archive.save(tmp_path / "mixed.warc.gz", corrupt=9)


@pytest.mark.slow
def test_import_warc_keeps_the_sources_pages_and_counts_what_it_left(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES)
    db = tmp_path / "news.db"
    path = _mixed_archive(tmp_path)
    first = run_cli("import-warc", "--sources", sources, "--db", db, "--no-extract", path)
    assert first.returncode == 0, first.stderr
    line = first.stdout.strip().splitlines()[-1]
    assert line.startswith("recoverywatch import-warc: 6 pages fetched"), line
    for count in ("1 off_scope", "1 revisit", "1 http_error", "1 truncated", "1 corrupt_record", "1 not_article"):
        assert count in line, line
    assert "5 new" in line, line
    assert "corrupt_record" in first.stderr and "truncated" in first.stderr
    articles = {a["url"]: a for a in _rows(db, "select * from articles")}
    assert set(articles) == {
        COUNCIL + "contract-extended-for-treatment-service", PAPER + "naloxone-kits-in-pharmacies.html",
        COMMITTEES + "ieDecisionDetails.aspx?ID=77", COMMITTEES + "documents/report-treatment.pdf",
        PAPER + "gzip-story.html"}
    assert articles[COUNCIL + "contract-extended-for-treatment-service"]["title"] == "Treatment contract extended"
    assert "one million pounds a year" in articles[COUNCIL + "contract-extended-for-treatment-service"]["text"]
    # the charset of the archived HTTP header decides how the page is read; tracking parameters go
    assert "costs £45,000 a year" in articles[PAPER + "naloxone-kits-in-pharmacies.html"]["text"]
    # the PDF came before its meeting page in the archive and still knows it
    report = articles[COMMITTEES + "documents/report-treatment.pdf"]
    assert report["document_of"] == COMMITTEES + "ieDecisionDetails.aspx?ID=77"
    page = _rows(db, "select * from pages where url = ?", COUNCIL + "contract-extended-for-treatment-service")[0]
    assert (page["fetched_at"], page["etag"], page["last_modified"]) == (
        "2024-01-10T12:00:00+00:00", '"hostel-1"', "Tue, 14 Mar 2023 09:00:00 GMT")
    run = _rows(db, "select * from crawl_runs")[-1]
    assert run["origin"] == "warc" and run["status"] == "finished" and run["articles_new"] == 5
    assert json.loads(run["skip_reasons"])["corrupt_record"] == 1
    assert not _rows(db, "select * from frontier")  # archived links are not queued for the live crawl

    before = _rows(db, "select id, url, title, text, content_hash, last_updated from articles order by id")
    pages_before = _rows(db, "select * from pages order by url")
    again = run_cli("import-warc", "--sources", sources, "--db", db, "--no-extract", path)
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated" in again.stdout
    assert _rows(db, "select id, url, title, text, content_hash, last_updated from articles order by id") == before
    assert _rows(db, "select * from pages order by url") == pages_before


@pytest.mark.slow
def test_an_older_archived_copy_never_overwrites_a_newer_one(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES)
    db = tmp_path / "news.db"
    url = COUNCIL + "contract-extended-for-treatment-service"
    newer, older = Archive(), Archive()
    newer.response(url, story("Treatment contract extended", HOSTEL), date="2024-06-01T10:00:00Z")
    edited = [HOSTEL[0].replace("two years", "eighteen months"), *HOSTEL[1:]]
    older.response(url, story("Treatment contract to be extended", edited), date="2023-03-14T10:00:00Z")
    assert run_cli("import-warc", "--sources", sources, "--db", db, "--no-extract",
                   newer.save(tmp_path / "newer.warc.gz")).returncode == 0
    result = run_cli("import-warc", "--sources", sources, "--db", db, older.save(tmp_path / "older.warc.gz"))
    assert result.returncode == 0, result.stderr
    assert "1 older_copy" in result.stdout
    (article,) = _rows(db, "select title, text from articles")
    assert article["title"] == "Treatment contract extended" and "two years" in article["text"]
    assert _rows(db, "select fetched_at from pages where url = ?", url)[0]["fetched_at"] == "2024-06-01T10:00:00+00:00"


def _archive_of_live_crawl(site, live_db, path):
    """A WARC of every page the live crawl stored, fetched again from the same site, in the order
    the crawl stored its articles (listings first)."""
    pages = _rows(live_db, "select p.url, (select u.article_id from article_urls u where u.url = p.url) as article "
                           "from pages p order by article is not null, article, p.url")
    archive = Archive()
    for page in pages:
        try:
            with urllib.request.urlopen(page["url"], timeout=10) as answer:
                status, headers, body = f"{answer.status} {answer.reason}", answer.headers, answer.read()
        except urllib.error.HTTPError as exc:
            status, headers, body = f"{exc.code} {exc.reason}", exc.headers, exc.read()
        pairs = [(k, v) for k, v in headers.items() if k.lower() not in ("content-type", "content-length")]
        archive.response(page["url"], body, status=status, headers=pairs,
                         content_type=headers.get("Content-Type") or "application/octet-stream")
    return archive.save(path)


@pytest.mark.slow
def test_an_archive_of_a_site_stores_what_a_live_crawl_of_it_stores(tmp_path):
    with DemoSite() as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(site.sources_toml())
        live = tmp_path / "live.db"
        crawl = run_cli("crawl", "--sources", sources, "--db", live, "--no-extract")
        assert crawl.returncode == 0, crawl.stderr
        path = _archive_of_live_crawl(site, live, tmp_path / "site.warc.gz")
    imported = tmp_path / "imported.db"
    result = run_cli("import-warc", "--sources", sources, "--db", imported, "--no-extract", path)
    assert result.returncode == 0, result.stderr
    columns = "id, url, title, text, published, document_of, duplicate_of"
    crawled = _rows(live, f"select {columns} from articles order by id")
    assert len(crawled) > 10
    assert _rows(imported, f"select {columns} from articles order by id") == crawled


def test_a_file_that_is_not_a_warc_is_one_problem_and_an_empty_one_a_warning(tmp_path, caplog):
    path = tmp_path / "page.html"
    path.write_bytes(story("Not an archive", HOSTEL))
    assert [p.reason for p in warc.read_archive(path)] == ["corrupt_record"]
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert list(warc.read_archive(empty)) == []
    assert "no WARC response records" in caplog.text
    (problem,) = warc.read_archive(tmp_path / "missing.warc.gz")
    assert problem.reason == "corrupt_record" and "cannot open" in problem.detail


@pytest.mark.slow
def test_a_missing_warc_file_stops_the_import_with_one_line_and_no_run(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES)
    db = tmp_path / "news.db"
    result = run_cli("import-warc", "--sources", sources, "--db", db, tmp_path / "nowhere.warc.gz")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == f"Error: WARC file not found: {tmp_path / 'nowhere.warc.gz'}"
    assert not db.exists() or not _rows(db, "select * from crawl_runs")
