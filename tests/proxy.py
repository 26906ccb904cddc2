"""TCP proxies for tests: one whose existing connections can be made to go silent (half-open),
one that answers a chosen IMAP command with a chosen refusal."""

from __future__ import annotations

import re
import socket
import threading


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


class RefusingProxy:
    """An IMAP-aware TCP proxy that can answer a chosen command with a chosen tagged response
    (say `NO [UNAVAILABLE] ...`) instead of passing it to the server, as a busy or failing server
    would. Everything else passes through unchanged, both ways."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.refused = 0  # commands answered by the proxy so far
        self._rule: tuple[bytes, bytes, bytes] | None = None
        self._sockets: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def refuse(self, command: str, response: str = "NO [UNAVAILABLE] Temporarily unavailable",
               containing: str = "") -> None:
        """From now on, answer every `command` (e.g. "EXAMINE", "SEARCH", "APPEND") whose line
        holds `containing` with `response`."""
        self._rule = (command.upper().encode(), response.encode(), containing.upper().encode())

    def allow(self) -> None:
        self._rule = None

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            lock = threading.Lock()  # the proxy's own answers and the server's never interleave
            threading.Thread(target=self._commands, args=(client, upstream, lock), daemon=True).start()
            threading.Thread(target=self._answers, args=(upstream, client, lock), daemon=True).start()

    @staticmethod
    def _answers(src: socket.socket, dst: socket.socket, lock: threading.Lock) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                dst.close()
                return
            with lock:
                try:
                    dst.sendall(data)
                except OSError:
                    return

    def _commands(self, src: socket.socket, dst: socket.socket, lock: threading.Lock) -> None:
        """Read the client's commands line by line (literals pass through as bytes)."""
        buffer = b""
        literal = 0  # bytes of a literal still to pass on (or to drop, for a refused command)
        dropping = False  # the rest of a refused command (its LITERAL+ data) is not sent on
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                dst.close()
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
                elif self._rule and self._is(line, self._rule[0]) and self._rule[2] in line.upper():
                    tag = line.split(b" ", 1)[0]
                    with lock:
                        src.sendall(tag + b" " + self._rule[1] + b"\r\n")
                    self.refused += 1
                    # A synchronising literal is never sent: the client waits for "+" and gets
                    # the answer instead. A LITERAL+ one comes at once, and is dropped.
                    literal, dropping = (size, True) if plus else (0, False)
                else:
                    out += line + sep
                    literal = size
            if out:
                try:
                    dst.sendall(out)
                except OSError:
                    return

    @staticmethod
    def _is(line: bytes, command: bytes) -> bool:
        words = line.upper().split(b" ")
        if len(words) > 2 and words[1] == b"UID":
            return words[2] == command
        return len(words) > 1 and words[1] == command

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        for s in self._sockets:
            try:
                s.close()
            except OSError:
                pass
