"""Text of committee PDF reports (pypdf); scanned PDFs have none and are skipped."""
import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

log = logging.getLogger(__name__)
MIN_PDF_WORDS = 50


def pdf_text(body: bytes) -> str | None:
    """Text of a PDF, or None when it is corrupt or has no text layer."""
    try:
        reader = PdfReader(io.BytesIO(body))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.warning("corrupt PDF: %s", exc)
        return None
    text = "\n".join(line.strip() for page in pages for line in page.splitlines() if line.strip())
    return text if len(text.split()) >= MIN_PDF_WORDS else None


def pdf_title(body: bytes) -> str | None:
    try:
        info = PdfReader(io.BytesIO(body)).metadata
        return (info.title or None) if info else None
    except Exception:  # metadata is a nicety; the text is what matters
        return None
