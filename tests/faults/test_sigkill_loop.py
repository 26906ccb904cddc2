"""SIGKILL at random moments (seeded) while mail keeps arriving and the service is restarted each
time, as a crashing machine or an impatient user would: in the end each rejection has exactly one
draft, none lost, none doubled, no inbox flag changed, nothing sent."""

from __future__ import annotations

import random
import signal
import time

from tests.support.faults import Arrivals, assert_each_rejection_drafted_once, drafts
from tests.support.helpers import onward, start_onward, state_rows, wait_for

SEED = 1616
SERVICE = '[schedule]\npoll_interval = "1s"\nidle = true\n[drafts]\ndelay = "0m"\n'


def test_random_sigkills_with_mail_arriving_lose_and_double_nothing(mail_user, write_config,
                                                                    tmp_path):
    rng = random.Random(SEED)
    arrivals = Arrivals(mail_user, seed=SEED)
    path = write_config(mail_user, timeout="5s", extra=SERVICE)
    state = tmp_path / "state.sqlite3"
    kills = 10
    for run in range(kills):
        arrivals.drop(rng.randint(1, 3))
        proc = start_onward("--config", str(path), "run", log=tmp_path / f"run{run}.log")
        time.sleep(rng.uniform(0.1, 1.2))  # killed while starting up, or once at work ...
        arrivals.drop(rng.randint(2, 4))  # ... with mail arriving: scanning, drafting
        time.sleep(rng.uniform(0.0, 1.2))
        assert proc.poll() is None, (tmp_path / f"run{run}.log").read_text()  # killed, not ended
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    arrivals.drop(4)
    assert arrivals.dropped >= 40 and len(arrivals.rejection_ids) >= 13

    log = tmp_path / "last.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: len(state_rows(state)) == arrivals.dropped, timeout=60, step=0.25)
        wait_for(lambda: len(drafts(mail_user)) >= len(arrivals.rejection_ids), timeout=60,
                 step=0.25)
        assert proc.poll() is None, log.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    assert code == 0, log.read_text()
    again = onward("--config", str(path), "run", "--once")  # nothing is left to do, or to redo
    assert again.returncode == 0, again.stderr
    assert_each_rejection_drafted_once(mail_user, arrivals.rejection_ids)
    statuses = state_rows(state, "SELECT status, COUNT(*) FROM messages GROUP BY status")
    assert dict(statuses).get("drafted") == len(arrivals.rejection_ids), statuses
