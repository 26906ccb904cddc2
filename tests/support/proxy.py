"""TCP proxies for tests: one whose existing connections can be made to go silent (half-open),
and a fault-injecting one (FaultProxy, also known as RefusingProxy) that can answer a chosen IMAP
command with a refusal, stall, reset the connection or slow it down."""

from __future__ import annotations

import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field


class SilenceableProxy:
    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self._silenced: list[threading.Event] = []
        self._sockets: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            silenced = threading.Event()
            self._silenced.append(silenced)
            self._sockets += [client, upstream]
            self.connections += 1
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst, silenced), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket, silenced: threading.Event) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                return
            if not silenced.is_set():  # silenced: swallow everything, close nothing
                try:
                    dst.sendall(data)
                except OSError:
                    return

    def silence_current(self) -> None:
        for event in self._silenced:
            event.set()

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        for s in self._sockets:
            try:
                s.close()
            except OSError:
                pass


class FaultProxy:
    """An IMAP-aware TCP proxy in front of a real server that injects the faults a network or a
    failing server would: a tagged refusal (`NO [UNAVAILABLE] ...`) instead of passing a command
    on, a stall (nothing forwarded either way for a while, then everything resumes), a reset (TCP
    RST: SO_LINGER 0, then close) before a command reaches the server or just as its answer comes
    back, and a slow link (data forwarded in small pieces with a delay before each).

    A fault is tied to a command (`refuse("APPEND", ...)`, `reset("APPEND", after=True)`) and then
    applies to the next `times` such commands (None: until `allow()`), or applied at once to every
    open connection (`stall(3)`, `reset()`, `slow(0.01)`). Everything else passes through unchanged,
    both ways. The counters say how often each fault was applied."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self.refused = 0  # commands answered by the proxy so far
        self.stalled = 0
        self.resets = 0
        self._rules: list[_Rule] = []
        self._rules_lock = threading.Lock()
        self._resume_at = 0.0  # monotonic time before which nothing is forwarded
        self._delay, self._chunk = 0.0, 65536
        self._links: list[_Link] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    # -- choosing faults ---------------------------------------------------------------------

    def refuse(self, command: str, response: str = "NO [UNAVAILABLE] Temporarily unavailable",
               containing: str = "", times: int | None = None) -> None:
        """Answer `command` (e.g. "EXAMINE", "SEARCH", "APPEND"; UID variants included) whose
        line holds `containing` with `response`, without passing it on."""
        self._add(_Rule("refuse", command, containing, times, response=response.encode()))

    def stall(self, seconds: float, command: str | None = None, containing: str = "",
              times: int | None = 1) -> None:
        """Forward nothing, either way, for `seconds`: now, or when `command` comes (which is
        then held, and passed on when the stall ends)."""
        if command is None:
            self.stalled += 1
            self._resume_at = time.monotonic() + seconds
        else:
            self._add(_Rule("stall", command, containing, times, seconds=seconds))

    def reset(self, command: str | None = None, after: bool = False, containing: str = "",
              times: int | None = 1) -> None:
        """Reset the connection (RST): now (every open one), or when `command` comes, before it
        reaches the server, or with `after=True` once the server has done it, in place of its
        tagged answer (the client never learns that it was done)."""
        if command is None:
            for link in list(self._links):
                self._reset(link)
        else:
            self._add(_Rule("reset", command, containing, times, after=after))

    def slow(self, delay: float, chunk: int = 512) -> None:
        """From now on, forward at most `chunk` bytes at a time, each after `delay` seconds."""
        self._delay, self._chunk = delay, chunk

    def allow(self) -> None:
        """No more faults: rules dropped, a stall ended, full speed."""
        with self._rules_lock:
            self._rules = []
        self._resume_at = 0.0
        self._delay, self._chunk = 0.0, 65536

    def _add(self, rule: "_Rule") -> None:
        with self._rules_lock:
            self._rules.append(rule)

    def _match(self, line: bytes) -> "_Rule | None":
        with self._rules_lock:
            for rule in self._rules:
                if _is(line, rule.command) and rule.containing in line.upper():
                    if rule.times is not None:
                        rule.times -= 1
                        if rule.times <= 0:
                            self._rules.remove(rule)
                    return rule
        return None

    # -- forwarding --------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:  # the server is down: the client sees its connection close
                client.close()
                continue
            link = _Link(client, upstream)
            self._links.append(link)
            self.connections += 1
            threading.Thread(target=self._commands, args=(link,), daemon=True).start()
            threading.Thread(target=self._answers, args=(link,), daemon=True).start()

    def _send(self, dst: socket.socket, data: bytes) -> None:
        while (left := self._resume_at - time.monotonic()) > 0:
            time.sleep(min(left, 0.05))
        # Read once: allow() may change them while this loop runs, and a chunk size that changed
        # half-way would send some bytes twice (the server then reads a mail's text as commands).
        delay, chunk = self._delay, self._chunk
        if not delay:
            dst.sendall(data)
            return
        for start in range(0, len(data), chunk):
            time.sleep(delay)
            dst.sendall(data[start:start + chunk])

    def _reset(self, link: "_Link") -> None:
        if link.reset:
            return
        link.reset = True
        self.resets += 1
        sockets = (link.client, link.upstream)
        for s in sockets:  # linger 0 on both first: however they end up closed, it is a RST
            try:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
        for s in sockets:
            try:
                # A close alone would wait for the thread blocked in recv(); SHUT_RD wakes it
                # without sending anything, so the close below sends the RST at once.
                s.shutdown(socket.SHUT_RD)
            except OSError:
                pass
            s.close()

    def _answers(self, link: "_Link") -> None:
        src, dst = link.upstream, link.client
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data or link.reset:
                if not link.reset:
                    _close(dst)
                return
            cut = None
            for tag in list(link.reset_on_answer):
                found = re.search(rb"(?:^|\r\n)" + re.escape(tag) + rb" ", data)
                if found:
                    cut = found.start() + (2 if data[found.start():].startswith(b"\r\n") else 0)
                    break
            with link.lock:
                try:
                    self._send(dst, data if cut is None else data[:cut])
                except OSError:
                    return
            if cut is not None:
                self._reset(link)
                return

    def _commands(self, link: "_Link") -> None:
        """Read the client's commands line by line (literals pass through as bytes)."""
        src, dst = link.client, link.upstream
        buffer = b""
        literal = 0  # bytes of a literal still to pass on (or to drop, for a refused command)
        dropping = False  # the rest of a refused command (its LITERAL+ data) is not sent on
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data or link.reset:
                if not link.reset:
                    _close(dst)
                return
            buffer += data
            out = b""
            while buffer:
                if literal:
                    chunk, buffer = buffer[:literal], buffer[literal:]
                    literal -= len(chunk)
                    out += b"" if dropping else chunk
                    continue
                line, sep, rest = buffer.partition(b"\r\n")
                if not sep:
                    break
                buffer = rest
                marker = re.search(rb"\{(\d+)(\+?)\}$", line)
                size = int(marker.group(1)) if marker else 0
                plus = bool(marker and marker.group(2))
                if dropping:  # a continuation line of a refused command: drop it and its literal
                    literal, dropping = (size, True) if plus else (0, False)
                    continue
                rule = self._match(line)
                tag = line.split(b" ", 1)[0]
                if rule is None or rule.kind == "stall" or (rule.kind == "reset" and rule.after):
                    if rule and rule.kind == "stall":
                        self.stalled += 1
                        self._resume_at = time.monotonic() + rule.seconds
                    elif rule:
                        link.reset_on_answer.add(tag)
                    out += line + sep
                    literal = size
                elif rule.kind == "reset":
                    self._reset(link)
                    return
                else:
                    with link.lock:
                        try:
                            self._send(src, tag + b" " + rule.response + b"\r\n")
                        except OSError:
                            return
                    self.refused += 1
                    # A synchronising literal is never sent: the client waits for "+" and gets
                    # the answer instead. A LITERAL+ one comes at once, and is dropped.
                    literal, dropping = (size, True) if plus else (0, False)
            if out:
                try:
                    self._send(dst, out)
                except OSError:
                    return

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        for link in self._links:
            _close(link.client)
            _close(link.upstream)


RefusingProxy = FaultProxy  # the name the transient-refusal tests know it by


@dataclass
class _Rule:
    kind: str  # "refuse", "stall" or "reset"
    command: str
    containing: str
    times: int | None
    response: bytes = b""
    seconds: float = 0.0
    after: bool = False

    def __post_init__(self) -> None:
        self.command = self.command.upper().encode()  # type: ignore[assignment]
        self.containing = self.containing.upper().encode()  # type: ignore[assignment]


@dataclass
class _Link:
    client: socket.socket
    upstream: socket.socket
    lock: threading.Lock = field(default_factory=threading.Lock)  # our answers and the server's never interleave
    reset_on_answer: set = field(default_factory=set)  # tags whose answer is replaced by a RST
    reset: bool = False


def _is(line: bytes, command: bytes) -> bool:
    words = line.upper().split(b" ")
    if len(words) > 2 and words[1] == b"UID":
        return words[2] == command
    return len(words) > 1 and words[1] == command


def _close(s: socket.socket) -> None:
    try:
        s.close()
    except OSError:
        pass
