"""The page-analysis worker processes: they die with the crawl, and come up ready to work.

A crawl killed with SIGKILL cannot shut its process pool down, and an orphaned worker would
keep its memory (and the multiprocessing resource tracker, which waits for every holder of its
pipe). On Linux the kernel delivers a signal to a process when its parent dies (prctl
PR_SET_PDEATHSIG); elsewhere the worker notices its parent is gone at its next task.

A new worker analyses a small page of its own before it takes the crawl's: the imports, data
files and trafilatura's lazily built tables (its stop-word lists alone take a quarter of a
second) are then loaded while the crawl process is still starting, not when the first listing
page waits for its links."""
import ctypes
import ctypes.util
import logging
import multiprocessing
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
WARM_UP_URL = "http://warm-up.invalid/news/warm-up"
WARM_UP_PAGE = "<!DOCTYPE html><html><head><title>Warm-up</title></head><body><main><article>" + "".join(
    f"<p>Paragraph {n} of a page the analysis worker reads once at start, so that every parser, table and "
    f"pattern it needs is loaded before the crawl sends it a page that is waiting for an answer.</p>"
    for n in range(6)) + "</article></main></body></html>"


def die_with_parent():
    """Pool initializer: ask the kernel for SIGKILL when the crawl process dies."""
    if not sys.platform.startswith("linux"):
        return
    parent = multiprocessing.parent_process()
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent.pid:  # the parent died before the request took effect
        os._exit(1)


def start():
    """Pool initializer: die with the crawl, then read the warm-up page."""
    die_with_parent()
    from recoverywatch.crawler import head
    try:
        head.analyse_page(WARM_UP_URL, WARM_UP_PAGE)
    except Exception as exc:  # a real page meets the same failure and is logged and counted with it
        logging.getLogger(__name__).warning("analysis worker warm-up failed: %s", exc)
