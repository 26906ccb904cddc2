"""A running service behind tests/support/proxy.FaultProxy, with mail arriving while the connection to the
real Dovecot is refused, stalled, reset or slowed: every rejection still gets exactly one draft,
nothing in the inbox is flagged, nothing is sent, and the service keeps running."""

from __future__ import annotations

import signal
import time

import pytest

from tests.support.faults import Arrivals, assert_each_rejection_drafted_once, drafts
from tests.support.helpers import start_onward, state_rows, wait_for
from tests.support.proxy import FaultProxy

SERVICE = '[schedule]\npoll_interval = "1s"\nidle = {idle}\n[drafts]\ndelay = "0m"\n'

# (name, how to arm the proxy, the counter that shows the fault happened, IDLE on)
FAULTS = [
    ("refuse-append", lambda p: p.refuse("APPEND", "NO [UNAVAILABLE] Try later", times=2), "refused", False),
    ("refuse-fetch", lambda p: p.refuse("FETCH", "NO [SERVERBUG] Oops", times=1), "refused", True),
    # Longer than the 2 s read timeout: the service gives up on the connection and makes another.
    ("stall-append", lambda p: p.stall(4, "APPEND"), "stalled", False),
    ("stall-now", lambda p: p.stall(3), "stalled", True),
    ("reset-before-fetch", lambda p: p.reset("FETCH"), "resets", False),
    # The server saves the draft, the answer is lost: the marker header must stop a second one.
    ("reset-after-append", lambda p: p.reset("APPEND", after=True, times=2), "resets", False),
    ("reset-now", lambda p: p.reset(), "resets", True),
    ("slow", lambda p: p.slow(0.003, chunk=256), None, True),
]


@pytest.mark.parametrize("name, arm, counter, idle", FAULTS, ids=[f[0] for f in FAULTS])
def test_every_rejection_gets_one_draft_through_the_fault(mail_user, write_config, tmp_path,
                                                          name, arm, counter, idle):
    proxy = FaultProxy(("127.0.0.1", mail_user.server.port))
    path = write_config(mail_user, port=proxy.port, timeout="2s",
                        extra=SERVICE.format(idle=str(idle).lower()))
    state = tmp_path / "state.sqlite3"
    arrivals = Arrivals(mail_user, seed=sum(map(ord, name)))
    arrivals.drop(3)
    log = tmp_path / "service.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: len(drafts(mail_user)) == 1, timeout=30)
        arm(proxy)
        arrivals.drop(6, spacing=0.1)
        if counter:
            wait_for(lambda: getattr(proxy, counter) >= 1, timeout=30)
        arrivals.drop(3, spacing=0.1)
        time.sleep(0.3)  # a little while with the fault (still) armed
        proxy.allow()
        wait_for(lambda: len(state_rows(state)) == arrivals.dropped, timeout=60, step=0.25)
        wait_for(lambda: len(drafts(mail_user)) >= len(arrivals.rejection_ids), timeout=60,
                 step=0.25)
        assert proc.poll() is None, log.read_text()  # still running
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
        proxy.close()
    assert code == 0, log.read_text()
    assert "Traceback" not in log.read_text()
    assert len(arrivals.rejection_ids) == 4
    assert_each_rejection_drafted_once(mail_user, arrivals.rejection_ids)


def test_mail_arriving_while_a_draft_is_saved_is_not_left_unseen(mail_user, write_config, tmp_path):
    """Found by this layer: after saving drafts the service opens the inbox again (for IDLE); mail
    that had arrived meanwhile was counted in that EXAMINE's EXISTS, so no later NOOP or IDLE
    announced it, and it waited unseen until some other mail came (with IDLE or without)."""
    proxy = FaultProxy(("127.0.0.1", mail_user.server.port))
    path = write_config(mail_user, port=proxy.port, timeout="10s",
                        extra=SERVICE.format(idle="true"))
    state = tmp_path / "state.sqlite3"
    arrivals = Arrivals(mail_user, seed=7, every=1)  # rejections only
    log = tmp_path / "service.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: state_rows(state, "SELECT * FROM folders"), timeout=30)
        proxy.stall(2, "APPEND")  # holds the draft's APPEND (well within the read timeout)
        arrivals.drop()
        wait_for(lambda: proxy.stalled == 1, timeout=30)
        arrivals.drop()  # arrives while the first one's draft is being saved
        wait_for(lambda: len(drafts(mail_user)) == 2, timeout=30, step=0.25)
        assert proc.poll() is None, log.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
        proxy.close()
    assert code == 0, log.read_text()
    assert_each_rejection_drafted_once(mail_user, arrivals.rejection_ids)
