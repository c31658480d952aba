"""Is an article about drug and alcohol treatment services? A weighted-term score.

Terms and weights are data (data/relevance_terms.csv). The score is per 100
words of text plus the headline twice over, so long budget papers that mention
treatment once do not pass."""
import csv
import functools
import importlib.resources
import io
import re

THRESHOLD = 1.5


@functools.cache
def _terms():
    text = importlib.resources.files("recoverywatch.extract.data").joinpath("relevance_terms.csv").read_text("utf-8")
    return [(re.compile(r["pattern"], re.I), float(r["weight"])) for r in csv.DictReader(io.StringIO(text))]


def relevance_score(title: str | None, text: str, provider_mentions: int = 0) -> float:
    body = f"{title or ''}\n{title or ''}\n{text}"
    words = max(150, len(body.split()))
    score = 0.0
    for rx, weight in _terms():
        hits = len(rx.findall(body))
        score += weight * min(hits, 6)
    score += 2 * min(provider_mentions, 3)
    return round(100 * score / words, 3)


def is_relevant(score: float) -> bool:
    return score >= THRESHOLD
