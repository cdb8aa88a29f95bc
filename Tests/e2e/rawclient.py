"""A deliberately simple LSP client over pipes that can also send broken bytes."""
from __future__ import annotations

import json
import queue
import subprocess
import threading
import time


def frame(body: bytes | str) -> bytes:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class RawClient:
    def __init__(self, command: list[str]):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages: "queue.Queue[dict]" = queue.Queue()
        self.transcript: list[tuple[str, dict]] = []
        self.garbage: list[bytes] = []
        self.stderr = b""
        self._next = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _drain_stderr(self):
        for line in self.process.stderr:
            self.stderr += line

    def _read(self):
        buffer = b""
        out = self.process.stdout
        while True:
            chunk = out.read1(65536)
            if not chunk:
                break
            buffer += chunk
            while True:
                end = buffer.find(b"\r\n\r\n")
                if end < 0:
                    break
                header = buffer[:end].decode("ascii", "replace")
                if not header.startswith("Content-Length: ") or "\r\n" in header:
                    self.garbage.append(buffer[: end + 4])
                    buffer = buffer[end + 4 :]
                    continue
                length = int(header.split(": ")[1])
                if len(buffer) < end + 4 + length:
                    break
                body = buffer[end + 4 : end + 4 + length]
                buffer = buffer[end + 4 + length :]
                try:
                    message = json.loads(body)
                except ValueError:
                    self.garbage.append(body)
                    continue
                self.transcript.append(("s2c", message))
                # Answer the server's own requests so it is never left waiting.
                if "method" in message and "id" in message:
                    self.send({"jsonrpc": "2.0", "id": message["id"], "result": [None] if message["method"] == "workspace/configuration" else None})
                self.messages.put(message)
        if buffer.strip():
            self.garbage.append(buffer)

    def write(self, data: bytes):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message: dict):
        if "method" in message:
            self.transcript.append(("c2s", message))
        self.write(frame(json.dumps(message)))

    def request(self, method: str, params=None) -> int:
        self._next += 1
        message = {"jsonrpc": "2.0", "id": self._next, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self._next

    def notify(self, method: str, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def wait(self, predicate, timeout: float = 20) -> dict:
        deadline = time.time() + timeout
        held = []
        try:
            while True:
                remaining = deadline - time.time()
                if remaining <= 0:
                    raise TimeoutError("no matching message; stderr:\n" + self.stderr.decode("utf-8", "replace")[-2000:])
                try:
                    m = self.messages.get(timeout=remaining)
                except queue.Empty:
                    continue
                if predicate(m):
                    return m
                held.append(m)
        finally:
            for m in held:
                self.messages.put(m)

    def response(self, rid, timeout: float = 20) -> dict:
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout)

    def call(self, method: str, params=None, timeout: float = 20) -> dict:
        return self.response(self.request(method, params), timeout)

    def initialize(self, root_uri=None, capabilities=None) -> dict:
        result = self.call("initialize", {"processId": None, "rootUri": root_uri, "capabilities": capabilities or {}})
        self.notify("initialized", {})
        return result

    def exit_code(self, timeout: float = 10) -> int:
        return self.process.wait(timeout=timeout)
