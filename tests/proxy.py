"""A TCP proxy for tests whose existing connections can be made to go silent (half-open)."""

from __future__ import annotations

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
