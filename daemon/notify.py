"""systemd's notify protocol (sd_notify): tell the service manager we are ready, alive or stopping.

The protocol is one datagram of "KEY=value" lines to the socket named in $NOTIFY_SOCKET, too
small to be worth a dependency. Outside systemd the variable is unset and every call does nothing.
"""

from __future__ import annotations

import logging
import os
import socket

logger = logging.getLogger(__name__)


def socket_address(value: str) -> str:
    """The address to send to: a leading "@" names a socket in Linux's abstract namespace."""
    return "\0" + value[1:] if value.startswith("@") else value


def notify(*fields: str) -> bool:
    """Send fields such as "READY=1" or "STATUS=..." to systemd; True if sent.

    Never raises: the service must keep working even when systemd cannot be told about it.
    """
    target = os.environ.get("NOTIFY_SOCKET")
    if not target:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto("\n".join(fields).encode(), socket_address(target))
    except (OSError, UnicodeError) as exc:
        logger.debug("could not notify systemd at %s: %s", target, exc)
        return False
    return True


def watchdog_timeout() -> float | None:
    """Seconds within which systemd wants WATCHDOG=1 from us, or None when it does not watch us."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if pid and pid != str(os.getpid()):
        return None  # inherited by a child: the watchdog is meant for the process systemd started
    try:
        seconds = int(usec) / 1e6
    except ValueError:
        return None
    return seconds if seconds > 0 else None
