"""Near-duplicate detection for syndicated stories (Local Democracy Reporting
copies run in several papers): MinHash over word 5-shingles, banded for lookup."""
import hashlib
import re

import numpy as np

NUM_HASHES = 32
BANDS = 8            # 8 bands of 4 rows: pairs above ~0.75 Jaccard almost always share a band
ROWS = NUM_HASHES // BANDS
THRESHOLD = 0.7      # estimated Jaccard above which two texts are the same story
# Random odd multipliers and offsets: permutation i of a 64-bit shingle hash is a*h + b (mod 2^64).
_RNG = np.random.default_rng(20240101)
_A = _RNG.integers(1, 2**63, NUM_HASHES, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63, NUM_HASHES, dtype=np.uint64)


def shingles(text: str, size: int = 5) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    grams = shingles(text)
    if not grams:
        return []
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams),
                         dtype=np.uint64, count=len(grams))
    with np.errstate(over="ignore"):
        mixed = hashes[None, :] * _A[:, None] + _B[:, None]
    return [int(v) for v in mixed.min(axis=1)]


def bands(sig: list[int]) -> list[str]:
    """One key per band; texts sharing any key are candidates."""
    return [f"{b}:" + hashlib.sha1(repr(sig[b * ROWS:(b + 1) * ROWS]).encode()).hexdigest()[:16]
            for b in range(BANDS)] if sig else []


def similarity(a: list[int], b: list[int]) -> float:
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def earlier_copy(sig: list[int], candidates: list[tuple[int, list[int]]]) -> int | None:
    """The first candidate (id, signature) whose text is the same story, if any."""
    for cand_id, cand_sig in candidates:
        if similarity(sig, cand_sig) >= THRESHOLD:
            return cand_id
    return None
