"""How the waiting service gives back the memory of a big scan (issue 17: small while it waits).

What a scan keeps alive afterwards is little (measured with tracemalloc: the live Python objects
of the waiting service are back where they were before the scan). What stays in RSS is the
allocators' share, and two things make it grow with the size of the scan:

- glibc's dynamic mmap threshold. A freed block of, say, 2 MB (a batch's raw messages, one large
  attachment) raises the threshold to 2 MB, and from then on every message up to that size is
  carved from the heap instead of mapped and unmapped on its own. The heap is then a patchwork
  of freed messages and a few blocks that stay, and malloc_trim can give back little of it.
  A fixed threshold (the default's 128 KiB) keeps large messages out of the heap.
- caches filled while reading mail (the `re` module's compiled patterns, among them patterns
  made from a sender's company name) that hold on to memory among the scan's freed blocks.
"""

from __future__ import annotations

import ctypes
import re

from onward.daemon.triage import return_memory

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter (malloc.h)
MMAP_FROM = 128 * 1024  # glibc's own starting value, kept fixed


def keep_large_blocks_apart() -> None:
    """For the whole process: blocks of MMAP_FROM or more are mapped on their own and unmapped
    when freed, however large a block freed before. Not glibc (musl, macOS): nothing to do."""
    try:
        ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, MMAP_FROM)
    except (OSError, AttributeError):
        pass


def let_go() -> None:
    """After a scan or a batch of drafts: the caches they filled are emptied and freed memory goes
    back to the system. The caches refill on the next mail, at the cost of compiling a pattern again."""
    re.purge()
    return_memory()
