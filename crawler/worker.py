"""The page-analysis worker processes die with the crawl.

A crawl killed with SIGKILL cannot shut its process pool down, and an orphaned worker would
keep its memory (and the multiprocessing resource tracker, which waits for every holder of its
pipe). On Linux the kernel delivers a signal to a process when its parent dies (prctl
PR_SET_PDEATHSIG); elsewhere the worker notices its parent is gone at its next task."""
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent():
    """Pool initializer: ask the kernel for SIGKILL when the crawl process dies."""
    if not sys.platform.startswith("linux"):
        return
    parent = multiprocessing.parent_process()
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent.pid:  # the parent died before the request took effect
        os._exit(1)
