"""Text of committee PDF reports (pypdf); scanned PDFs have none and are skipped."""
import io
import logging
import re

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
    lines = [line.strip() for page in pages for line in page.splitlines() if line.strip()]
    text = reflow(lines)
    return text if len(text.split()) >= MIN_PDF_WORDS else None


def reflow(lines: list[str]) -> str:
    """Join a PDF's wrapped lines back into paragraphs: a line that does not end a
    sentence, or is followed by a lower-case continuation, runs on."""
    paragraphs, current = [], ""
    for line in lines:
        if current and (not re.search(r"[.!?:;\"”’)]$", current) or line[:1].islower()):
            current = current[:-1] if current.endswith("-") and line[:1].islower() else current + " "
            current += line
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def pdf_title(body: bytes) -> str | None:
    try:
        info = PdfReader(io.BytesIO(body)).metadata
        return (info.title or None) if info else None
    except Exception:  # metadata is a nicety; the text is what matters
        return None
