"""Page bytes to text, surviving what real servers send.

- A byte-order mark wins over any declaration (UTF-8, UTF-16 and UTF-32, as browsers do), so a
  UTF-16 page is read rather than taken for binary because of its NUL bytes.
- A page declared (or defaulting to) UTF-8 that holds bytes which are not UTF-8 was written in
  Windows-1252 by an older CMS or a pasted Word paragraph: those bytes are read as Windows-1252,
  byte run by byte run, so "£" survives and the UTF-8 around it is kept.
- A page declared Latin-1/Windows-1252 whose bytes are valid UTF-8 with non-ASCII characters
  is UTF-8 (a Windows-1252 text is almost never valid UTF-8), so "Â£" mojibake never arises.
- Control characters (ESC, BEL, C1 controls) and non-characters (U+FFFE, U+FFFF) are removed:
  lxml refuses them, and one of them used to cost the whole page.

The rules are the standard library's codecs; charset-normalizer and ftfy were measured and not
kept (see tests/crawler/test_decode.py and the branch report): the former guesses from statistics
and misreads short English pages, the latter repairs text already decoded wrongly, which these
rules avoid producing in the first place.
"""
import codecs
import re

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LATIN = {"cp1252", "latin-1", "iso8859-1", "ascii"}
# C0 controls but tab, newline and carriage return; DEL; C1 controls; non-characters; lone surrogates
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")


def _cp1252_bytes(error: UnicodeDecodeError):
    """Codec error handler: undecodable bytes are Windows-1252 (its five unassigned bytes Latin-1)."""
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("recoverywatch-cp1252", _cp1252_bytes)


def sniff_bom(body: bytes) -> tuple[str, int] | None:
    """(encoding, length of the mark) when the body starts with a byte-order mark."""
    for mark, encoding in BOMS:
        if body.startswith(mark):
            return encoding, len(mark)
    return None


def declared_encoding(body: bytes, content_type: str | None) -> str | None:
    """The encoding the server or the page names (header first, then <meta>), normalised."""
    name = http_content_type_encoding(content_type) if content_type else None
    name = name or html_body_declared_encoding(body[:4096])
    return resolve_encoding(name) if name else None


def strip_controls(text: str) -> str:
    return CONTROL.sub("", text)


def page_text(body: bytes, content_type: str | None = None) -> str:
    """The text of an HTML page's bytes (see the module docstring for the rules)."""
    bom = sniff_bom(body)
    if bom:
        encoding, skip = bom
        return strip_controls(body[skip:].decode(encoding, errors="replace"))
    encoding = declared_encoding(body, content_type) or "utf-8"
    if encoding in LATIN or encoding == "utf-8":
        # UTF-8 with stray Windows-1252 bytes, or a Latin declaration over UTF-8 bytes: both read right
        text = body.decode("utf-8", errors="recoverywatch-cp1252")
    else:
        try:
            text = body.decode(encoding, errors="replace")
        except LookupError:  # a charset Python does not know: UTF-8 with the Windows-1252 fallback
            text = body.decode("utf-8", errors="recoverywatch-cp1252")
    return strip_controls(text)


def looks_like_text(body: bytes) -> bool:
    """True for a body with a byte-order mark (UTF-16/32 has NUL bytes but is text)."""
    return sniff_bom(body) is not None
