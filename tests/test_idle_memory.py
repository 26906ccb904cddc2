"""Small while it waits, after a big scan (issue 17 item 4; daemon.memory, bench/idle_memory.py).

What keeps a waiting service large after a scan of tens of thousands of messages is not live data
but the allocators' share: glibc's heap, once its dynamic mmap threshold has grown past the size
of the messages, and caches filled while reading mail and drafting. These tests hold the three
fixes: a fixed mmap threshold, the caches let go after a poll that read or drafted, and the due
rejections' bytes read a batch at a time instead of all at once. The RSS figures themselves are
bench/idle_memory.py's: no timing or RSS bounds here.
"""

from __future__ import annotations

import ctypes
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onward.daemon import config
from onward.daemon.service import make_service
from tests.support.mail import rejection

ROOT = Path(__file__).resolve().parent.parent

# Frees an 8 MB block, then asks for one of 2 MB: prints how many blocks are mapped on their own
# before and after (glibc's mallinfo2). With the dynamic threshold, freeing the 4 MB block raised
# it to 8 MB, and the 2 MB block comes from the heap.
BLOCKS = """
import ctypes, sys
class Info(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd",
                                                "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = Info
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "fixed":
    from onward.daemon.memory import keep_large_blocks_apart
    keep_large_blocks_apart()
big = libc.malloc(8 << 20)
libc.free(big)
before = libc.mallinfo2().hblks
block = libc.malloc(2 << 20)
print(before, libc.mallinfo2().hblks)
libc.free(block)
"""


def _glibc() -> bool:
    try:
        return hasattr(ctypes.CDLL("libc.so.6"), "mallinfo2")
    except OSError:
        return False


@pytest.mark.skipif(not _glibc(), reason="glibc's allocator only")
def test_a_large_message_is_mapped_on_its_own_even_after_a_larger_block_was_freed():
    def mapped(mode: str) -> tuple[int, int]:
        out = subprocess.run([sys.executable, "-c", BLOCKS, mode], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
        return int(out[0]), int(out[1])

    before, after = mapped("fixed")
    assert after == before + 1  # its own mapping: unmapped when freed, nothing left in the heap
    before, after = mapped("dynamic")
    assert after == before  # glibc's default, for contrast: carved from the heap


def test_a_poll_that_read_and_drafted_leaves_no_compiled_patterns_behind(mail_user, write_config):
    # Reading a rejection compiles patterns from its own words (the company's name): a first scan
    # with hundreds of rejections filled the re module's cache, held among the scan's freed memory.
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"')
    for n in range(1, 4):
        mail_user.drop(rejection(n))
    service = make_service(config.load(path))
    try:
        result = service.poll()
        assert (result.recorded, result.rejections, service.drafted) == (3, 3, 3)
        assert re._cache == {}
    finally:
        service.run_once()
        service.store.close()


def test_due_rejections_are_read_a_batch_at_a_time(mail_user, write_config, monkeypatch):
    from onward.daemon import deliver

    path = write_config(mail_user, extra='[drafts]\ndelay = "1h"')
    for n in range(1, 6):
        mail_user.drop(rejection(n))
    now = [time.time()]
    service = make_service(config.load(path), clock=lambda: now[0])
    asked: list[int] = []
    pending_raw = service.store.pending_raw

    def counted(keys, account=None):
        asked.append(len(keys))
        return pending_raw(keys, account)

    monkeypatch.setattr(service.store, "pending_raw", counted)
    original = deliver.save_due_drafts
    monkeypatch.setattr("onward.daemon.service.save_due_drafts",
                        lambda store, target, settings, when: original(store, target, settings, when,
                                                                       batch_size=2))
    try:
        service.poll()
        assert service.drafted == 0 and asked == []  # recorded, due in an hour
        assert [d.raw for d in service.store.due(now[0] + 7200, raw=False)] == [b""] * 5
        now[0] += 7200
        service.save_due_drafts()
        assert asked == [2, 2, 1]  # never all five rejections' bytes at once
        assert service.drafted == 5
        assert service.store.due(now[0]) == []
    finally:
        service.run_once()
        service.store.close()
