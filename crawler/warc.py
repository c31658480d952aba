"""Reading web archives (WARC, plain or gzip per record) into HTTP answers the crawler can analyse.

FastWARC reads the records (about 6 times warcio's speed here: benchmarks/warc_read.py). A
record the crawl could not have used is reported as a `Problem` with a skip reason
(crawler.stats.SKIP_REASONS) and the reading goes on: a revisit (the archive kept no new copy),
a non-200 answer, a record the archiver cut short (`WARC-Truncated`, or a file that ends
inside it), and a corrupt gzip member, after which reading resumes at the next member."""
import dataclasses
import datetime as dt
import gzip
import logging
import zlib

from fastwarc.warc import ArchiveIterator, WarcRecordType

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
RESYNC_WINDOW = 1024 * 1024


@dataclasses.dataclass
class ArchivedResponse:
    """One archived HTTP 200 answer, its body decoded as a browser receives it."""

    url: str
    fetched_at: str  # the record's WARC-Date, ISO 8601 UTC like the crawler's own timestamps
    status: int
    headers: list  # (name, value) pairs, as the server sent them
    body: bytes
    where: str  # "file@offset", for log lines


@dataclasses.dataclass
class Problem:
    """A record (or a damaged stretch of a file) that yields no page, and why."""

    reason: str  # a key of crawler.stats.SKIP_REASONS
    url: str | None
    where: str
    detail: str


def iso_date(warc_date: str | None) -> str | None:
    """WARC-Date (2024-05-01T12:00:00Z, maybe with fractions) as '2024-05-01T12:00:00+00:00'."""
    if not warc_date:
        return None
    try:
        stamp = dt.datetime.fromisoformat(warc_date.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return stamp.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()


class Truncated(ValueError):
    """A body that stops before its own framing says it ends."""


def dechunk(raw: bytes) -> bytes:
    """The body of an HTTP/1.1 chunked transfer (archived as sent by some crawlers)."""
    out, pos = [], 0
    while True:
        end = raw.find(b"\r\n", pos)
        if end < 0:
            raise Truncated("chunked body without its last chunk")
        try:
            size = int(raw[pos:end].split(b";", 1)[0].strip() or b"0", 16)
        except ValueError:
            raise Truncated("malformed chunk size") from None
        if size == 0:
            return b"".join(out)
        if end + 2 + size > len(raw):
            raise Truncated("chunked body cut inside a chunk")
        out.append(raw[end + 2:end + 2 + size])
        pos = end + 2 + size + 2


def decode_content(body: bytes, encoding: str, limit: int) -> bytes:
    """Undo Content-Encoding (gzip, deflate, br), reading at most `limit` bytes out: a small
    archived body must not inflate into gigabytes."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding in ("gzip", "x-gzip", "deflate"):
        wbits = 16 + zlib.MAX_WBITS if encoding != "deflate" else (zlib.MAX_WBITS if body[:1] == b"\x78" else -zlib.MAX_WBITS)
        inflater = zlib.decompressobj(wbits)
        return inflater.decompress(body, limit)
    if encoding == "br":
        import brotli  # Scrapy's own optional decoder for br; archives of modern sites carry it
        return brotli.decompress(body)[:limit]
    raise ValueError(f"unknown Content-Encoding {encoding!r}")


def _header(pairs, name):
    name = name.lower()
    for key, value in pairs:
        if key.lower() == name:
            return value
    return None


def _response(record, path, limit, wanted) -> ArchivedResponse | Problem | None:
    """The page a response or revisit record holds, a Problem, or None when it is not wanted."""
    url = record.headers.get("WARC-Target-URI")
    where = f"{path}@{record.stream_pos}"
    if not url:
        return Problem("corrupt_record", None, where, "record without WARC-Target-URI")
    url = url.strip().strip("<>")
    if not wanted(url):
        return None
    if record.record_type == WarcRecordType.revisit:
        return Problem("revisit", url, where, "revisit record: the archive kept no new copy")
    if record.headers.get("WARC-Truncated"):
        return Problem("truncated", url, where, f"cut short by the archiver ({record.headers.get('WARC-Truncated')})")
    http = record.http_headers
    if http is None:
        return Problem("corrupt_record", url, where, "no HTTP response in the record")
    status = http.status_code
    if status != 200:
        reason = "archived_redirect" if 300 <= (status or 0) < 400 else "http_error"
        return Problem(reason, url, where, f"HTTP {status}")
    expected = record.content_length
    raw = record.reader.read()
    if len(raw) < expected:
        return Problem("truncated", url, where, f"record ends after {len(raw):,} of {expected:,} bytes")
    pairs = [(k, v) for k, v in http.items()]
    try:
        if "chunked" in (_header(pairs, "Transfer-Encoding") or "").lower():
            raw = dechunk(raw)
        body = decode_content(raw, _header(pairs, "Content-Encoding") or "", limit)
    except Truncated as exc:
        return Problem("truncated", url, where, str(exc))
    except (zlib.error, gzip.BadGzipFile, ValueError, ImportError, OSError) as exc:
        return Problem("undecodable", url, where, f"body not decodable: {exc}")
    # the body is decoded now: its transfer and content encodings no longer apply
    pairs = [(k, v) for k, v in pairs if k.lower() not in ("transfer-encoding", "content-encoding", "content-length")]
    fetched_at = iso_date(record.headers.get("WARC-Date"))
    if fetched_at is None:
        return Problem("corrupt_record", url, where, "record without a readable WARC-Date")
    return ArchivedResponse(url, fetched_at, status, pairs, body, where)


def _resync(stream, start: int, gzipped: bool) -> int | None:
    """Offset of the next gzip member (or WARC record) after `start`, or None at the end."""
    magic = GZIP_MAGIC if gzipped else WARC_MAGIC
    pos = start
    stream.seek(pos)
    carry = b""
    while True:
        block = stream.read(RESYNC_WINDOW)
        if not block:
            return None
        data = carry + block
        found = data.find(magic)
        if found >= 0:
            return pos - len(carry) + found
        carry = data[-(len(magic) - 1):]
        pos += len(block)


def read_archive(path, wanted=lambda url: True, limit=20 * 1024 * 1024):
    """Yield an ArchivedResponse or a Problem for each response and revisit record of the WARC
    at `path` whose URL `wanted(url)` accepts (other records are passed over unread), in the
    order of the file. `limit` caps a decoded body's size."""
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield Problem("corrupt_record", None, str(path), f"cannot open: {exc}")
        return
    with stream:
        gzipped = stream.read(3) == GZIP_MAGIC
        offset, reported, seen = 0, False, 0
        while offset is not None:
            stream.seek(offset)
            last = offset
            try:
                records = ArchiveIterator(stream, record_types=WarcRecordType.response | WarcRecordType.revisit,
                                          parse_http=True, auto_decode="none")
                for record in records:
                    last = offset + record.stream_pos
                    found = _response(record, path, limit, wanted)
                    reported, seen = False, seen + 1
                    if found is not None:
                        yield found
                if not seen:
                    log.warning("%s holds no WARC response records; is it a WARC file?", path)
                return
            except OSError as exc:  # a damaged gzip member or record: go on at the next one
                if not reported:  # one damaged stretch is one problem, however many tries it takes
                    yield Problem("corrupt_record", None, f"{path}@{last}", f"unreadable: {exc}")
                    reported = True
                offset = _resync(stream, last + 1, gzipped)
