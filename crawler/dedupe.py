"""Near-duplicate detection for syndicated stories (Local Democracy Reporting
copies run in several papers): MinHash over word 5-shingles, banded for lookup."""
import hashlib
import re
import struct

NUM_HASHES = 32
BANDS = 8            # 8 bands of 4 rows: pairs above ~0.75 Jaccard almost always share a band
ROWS = NUM_HASHES // BANDS
THRESHOLD = 0.7      # estimated Jaccard above which two texts are the same story
_SEEDS = [hashlib.sha1(str(i).encode()).digest()[:8] for i in range(NUM_HASHES)]


def shingles(text: str, size: int = 5) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    grams = shingles(text)
    if not grams:
        return []
    sig = []
    for seed in _SEEDS:
        sig.append(min(struct.unpack("<Q", hashlib.blake2b(g.encode(), digest_size=8, key=seed).digest())[0]
                       for g in grams))
    return sig


def bands(sig: list[int]) -> list[str]:
    """One key per band; texts sharing any key are candidates."""
    return [f"{b}:" + hashlib.sha1(repr(sig[b * ROWS:(b + 1) * ROWS]).encode()).hexdigest()[:16]
            for b in range(BANDS)] if sig else []


def similarity(a: list[int], b: list[int]) -> float:
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)
